"""Misspelt finding words (shoken.text.spelling and the rule engine's use of it)."""
from __future__ import annotations

import pytest

from shoken.engines import make_engine
from shoken.text.spelling import Spelling, edits1, replace_spans

ENGINE = make_engine("rules")


def test_edits1_kinds():
    got = edits1("effusion")
    assert "efusion" in got  # a letter dropped
    assert "effsuion" in got  # two neighbours swapped
    assert "effusoin" in got
    assert "iffusion" in got  # a vowel for a vowel
    assert "effuzion" in got  # s -> z (by sound)
    assert "effudion" in got  # s -> d (a neighbouring key)
    assert "effusiion" in got  # a letter doubled
    assert "effusion" not in got
    assert "effuqion" not in got  # neither a sound nor a neighbouring key


def test_fix_rewrites_whole_words_only():
    sp = Spelling(["atelectasis", "calcification"], min_length=7)
    text, offsets = sp.fix("linear atelactasis; calsification of the aorta")
    assert text == "linear atelectasis; calcification of the aorta"
    assert offsets is not None
    # inside a longer word nothing changes
    assert sp.fix("xatelactasis")[0] == "xatelactasis"
    assert sp.fix("atelactasisx")[0] == "atelactasisx"


def test_fix_leaves_clean_text_and_real_words_alone():
    sp = Spelling(["pleural", "traction"], not_misspellings=["pleura", "fraction"], min_length=7)
    text = "the pleura is smooth; ejection fraction normal; pleural effusions"
    assert sp.fix(text) == (text, None)
    offsets = list(range(len(text) + 1))
    assert sp.fix(text, offsets)[1] is offsets


def test_inflections_are_not_slips():
    sp = Spelling(["effusion", "sequelae"], min_length=7)
    for text in ("effusions", "sequela", "noneffusion"):
        assert sp.fix(text)[0] == text


def test_one_edit_from_two_words_is_left_alone():
    # "atelectasus" is one edit from both listed words: no guess
    sp = Spelling(["atelectasis", "atelectases"], min_length=7)
    assert sp.fix("atelectasus")[0] == "atelectasus"
    assert sp.fix("atelactasis")[0] == "atelectasis"


def test_hand_listed_misspellings():
    sp = Spelling(["nodule"], misspellings={"nodul": "nodule"}, min_length=7)
    assert sp.fix("a 6 mm nodul in the rul")[0] == "a 6 mm nodule in the rul"
    assert sp.fix("nodular")[0] == "nodular"


def test_offsets_slice_back_to_the_misspelt_word():
    original = "small efusion and nodul here"
    sp = Spelling(["effusion"], misspellings={"nodul": "nodule"}, min_length=7)
    text, offsets = sp.fix(original)
    assert text == "small effusion and nodule here"
    s, e = text.index("effusion"), text.index("effusion") + len("effusion")
    assert original[offsets[s]:offsets[e]] == "efusion"
    s, e = text.index("nodule"), text.index("nodule") + len("nodule")
    assert original[offsets[s]:offsets[e]] == "nodul"
    assert original[offsets[text.index("here")]:] == "here"


def test_replace_spans_composes_an_earlier_map():
    earlier = [10 + i for i in range(6)]  # "abcde" sits at 10..14 of some original
    text, back = replace_spans("abcde", [(1, 3, "xyz")], earlier)
    assert text == "axyzde"
    assert back[0] == 10 and back[-1] == 15
    assert back[1] == 11 and back[4] == 13


@pytest.mark.parametrize("text, finding", [
    ("Linear atelactasis is present in the lingula.", "Atelectasis"),
    ("Calsification is seen in the coronary arteries.", "Coronary artery wall calcification"),
    ("Traction bronshiectasis in both lower lobes.", "Bronchiectasis"),
    ("Konsolidation areas in the left upper lobe.", "Consolidation"),
    ("Peribronshial thickening in both lower lobes.", "Peribronchial thickening"),
    ("A hiatel hernia is seen.", "Hiatal hernia"),
])
def test_engine_reads_misspelt_findings(text, finding):
    r = make_engine("rules").label([text])[0]
    f = r.findings[finding]
    assert f.state.value == "positive"
    for ev in f.evidence:  # evidence slices the text as written
        assert text[ev.start:ev.end] == ev.text


def test_engine_denies_misspelt_findings_and_keeps_evidence_offsets():
    text = "Thorax CT. No plural efusion. Linear atelactasis in the lingula."
    r = make_engine("rules").label([text])[0]
    assert r.findings["Pleural effusion"].state.value == "negative"
    ev = r.findings["Pleural effusion"].evidence[0]
    assert text[ev.start:ev.end] == ev.text == "plural efusion"
    ev = r.findings["Atelectasis"].evidence[0]
    assert ev.text == "atelactasis"


def test_engine_memo_and_cold_paths_agree_on_misspelt_text():
    texts = ["Linear atelactasis. No plural efusion.", "Small nodul in the RUL.",
             "Linear atelactasis. No plural efusion."]
    warm = make_engine("rules").label(texts)
    cold = make_engine("rules", cache_size=0).label(texts)
    for a, b in zip(warm, cold):
        assert {n: f.state for n, f in a.findings.items()} == {n: f.state for n, f in b.findings.items()}
    assert warm[0].findings["Atelectasis"].state.value == "positive"
    assert warm[2].findings["Pleural effusion"].state.value == "negative"


def test_ocr_variants_of_scanned_reports():
    sp = Spelling(["consolidation", "nodule", "pleural", "honeycomb", "cardiomegaly"], min_length=7, ocr=True)
    for scanned, read in [("c0nsolidation", "consolidation"), ("nodu1e", "nodule"), ("cardiornegaly", "cardiomegaly"),
                          ("consoli dation", "consolidation"), ("pleu ral", "pleural"),
                          ("nopleural", "no pleural"), ("n0 consolidation", "no consolidation")]:
        text, offsets = sp.fix(f"mild {scanned} seen")
        assert text == f"mild {read} seen", scanned
        # every character maps back inside the scanned word, in order
        assert offsets == sorted(offsets)
    # a break between two listed words is no broken word; without ocr nothing of this is read
    two = Spelling(["honeycomb", "honey"], min_length=7, ocr=True)
    assert two.fix("honey comb")[0] == "honey comb"
    assert two.fix("honeyc0mb")[0] == "honeycomb"
    plain = Spelling(["consolidation", "nodule"], min_length=7)
    assert plain.fix("c0nsolidation nodu1e n0 consolidation")[0] == "c0nsolidation nodu1e n0 consolidation"


def test_the_engine_reads_scanned_english_reports():
    r = ENGINE.label(["N0 consolidation. Small right pleu ral effusion. Bibasal ate1ectasis. A 5 mm nodu1e.",
                      "Nopleural effusion. Cardiornegaly. Stage pT1bN0."])
    assert r[0].findings["Consolidation"].state.value == "negative"
    pe = r[0].findings["Pleural effusion"]
    assert pe.state.value == "positive" and pe.evidence[0].text.endswith("pleu ral effusion")
    assert r[0].findings["Atelectasis"].state.value == "positive"
    assert r[0].findings["Lung nodule"].state.value == "positive"
    assert r[1].findings["Pleural effusion"].state.value == "negative"
    assert r[1].findings["Cardiomegaly"].state.value == "positive"
    assert r[1].findings["Lymphadenopathy"].state.value == "negative"  # the stage N0 stays a stage
