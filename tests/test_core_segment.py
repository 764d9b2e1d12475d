import pytest

from shoken.lang import detect_language
from shoken.text.segment import find_sections, fold, normalize, remove_at, sentence_spans


def test_fold_keeps_length_and_offsets():
    t = "ＣＴで２ｃｍの結節（－）。Ｎｏ effusion"
    f = fold(t)
    assert len(f) == len(t)
    assert f.startswith("ctで2cmの結節(-)")
    assert "no effusion" in f


def test_fold_maps_character_variants_one_for_one():
    # 囊 (JIS X 0213, as some report systems write it) is the lexicons' 嚢; offsets stay put
    t = "心囊液貯留を認める。"
    f = fold(t)
    assert len(f) == len(t)
    assert f == "心嚢液貯留を認める。"


def test_fold_maps_half_width_katakana_one_for_one():
    t = "ﾘﾝﾊﾟ節｡ｽﾘｶﾞﾗｽ影､ﾌﾞﾗ"
    f = fold(t)
    assert len(f) == len(t)
    assert f.startswith("リンハ\u309a節。スリカ\u3099ラス影、")


@pytest.mark.parametrize("text", ["ﾘﾝﾊﾟ節腫大｡ｽﾘｶﾞﾗｽ影", "ﾞ先頭ﾟﾊﾟ", "ｶﾞｷﾞｸﾞｹﾞｺﾞ", "abc ﾊﾞ ﾊﾟ ｳﾞ x"])
def test_normalize_composes_voiced_kana_and_maps_offsets_back(text):
    norm, offsets = normalize(text)
    assert offsets is not None and len(offsets) == len(norm) + 1
    assert offsets[0] == 0 and offsets[-1] == len(text)
    assert offsets == sorted(set(offsets))  # strictly increasing
    # every normalised character comes from the original characters it maps back to
    import unicodedata
    for i, c in enumerate(norm):
        src = text[offsets[i]:offsets[i + 1]]
        assert unicodedata.normalize("NFKC", src).lower() == c or fold(src) == c


def test_normalize_is_fold_when_nothing_composes():
    # nothing to compose: a lone mark at the start, or no mark at all
    for t in ["胸水を認めない。", "ﾘﾝ", "No effusion", "ﾞ先頭"]:
        norm, offsets = normalize(t)
        assert offsets is None and norm == fold(t)
    assert normalize("ｽﾘｶﾞﾗｽ")[0] == "スリガラス"
    assert normalize("ﾘﾝﾊﾟ節")[0] == "リンパ節"


def test_japanese_sentences_keep_list_marks():
    t = "胸水・心嚢液は認めない。右肺に結節を認め、経過観察を推奨する。\n• 肺気腫"
    spans = [t[a:b].strip() for a, b in sentence_spans(t)]
    assert spans == ["胸水・心嚢液は認めない。", "右肺に結節を認め、経過観察を推奨する。", "•", "肺気腫"] or \
        spans[:2] == ["胸水・心嚢液は認めない。", "右肺に結節を認め、経過観察を推奨する。"]
    assert all("・" not in s or s.startswith("胸水") for s in spans)


def test_english_sentences_do_not_split_decimals():
    t = "A 3.5 mm nodule is seen. No effusion."
    spans = [t[a:b].strip() for a, b in sentence_spans(t)]
    assert spans == ["A 3.5 mm nodule is seen.", "No effusion."]


@pytest.mark.parametrize("text, sentences", [
    ("右 pl. eff. 少量。胸水なし。", ["右 pl. eff. 少量。", "胸水なし。"]),
    ("Nodule approx. 5 mm. No effusion.", ["Nodule approx. 5 mm.", "No effusion."]),
    ("Consolidation vs. atelectasis, e.g. in the RLL. Rt. lung clear.",
     ["Consolidation vs. atelectasis, e.g. in the RLL.", "Rt. lung clear."]),
    # the same letters ending a longer word still end a sentence ("heart." is not "rt.")
    ("Normal heart. No effusion.", ["Normal heart.", "No effusion."]),
])
def test_abbreviation_full_stops_do_not_end_sentences(text, sentences):
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == sentences


def test_run_on_report_without_punctuation_is_one_sentence():
    t = "右肺に結節あり 胸水なし 心拡大なし"
    assert len(sentence_spans(t)) == 1


def test_sections():
    t = "【所見】胸水を認める。\n【診断】胸水。"
    sec = find_sections(t)
    assert set(sec) == {"findings", "impression"}
    a, b = sec["impression"]
    assert "胸水。" in t[a:b]
    t2 = "FINDINGS: No effusion.\nIMPRESSION: Normal."
    sec2 = find_sections(t2)
    assert t2[slice(*sec2["findings"])].strip() == "No effusion."


def test_language_detection():
    assert detect_language("両側胸水を認める。") == "ja"
    assert detect_language("Bilateral pleural effusion.") == "en"
    assert detect_language("双侧胸腔积液。") == "zh"
    assert detect_language("右肺下葉にconsolidationを認める。") == "ja"


def test_remove_at_maps_offsets_back_and_composes():
    text = "ab\ncd\nef"
    out, back = remove_at(text, [2, 5])
    assert out == "abcdef" and len(back) == len(out) + 1
    assert [text[back[i]] for i in range(len(out))] == list(out) and back[-1] == len(text)
    norm, offsets = normalize("ｶﾞ\nｷﾞ")
    out, back = remove_at(norm, [1], offsets)
    assert out == "ガギ" and back == [0, 3, 5]


@pytest.mark.parametrize("text, sentences", [
    # a soft wrap after a particle or before an inflection stays inside the sentence
    ("心拡大は\nありません。胸水なし", ["心拡大は\nありません。", "胸水なし"]),
    ("肺気腫は認め\nません。胸水なし", ["肺気腫は認め\nません。", "胸水なし"]),
    ("結節を認め\nられます。", ["結節を認め\nられます。"]),
    ("壁肥厚を伴っ\nています。", ["壁肥厚を伴っ\nています。"]),
    # a line that starts a new statement still ends the one before
    ("右肺に結節\n胸水なし", ["右肺に結節", "胸水なし"]),
])
def test_line_breaks_inside_japanese_predicates(text, sentences):
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == sentences


@pytest.mark.parametrize("text, cleaned", [
    ("A<br>B<br/>C", "A\nB\nC"),
    ("<p>Nodule.</p><ul><li>No effusion.</li></ul>", "Nodule.\nNo effusion."),
    ("A&lt;br&gt;B", "A\nB"),
    ("Lung&nbsp;nodule &lt;5 mm", "Lung nodule < 5 mm"),  # (padded to keep the length)
    ("胸水あり&#12290;結節なし", "胸水あり。 結節なし"),
    # line breaks and tabs written out as two characters, RTF control words
    ("Nodule.\\nNo effusion.\\r\\nEnd", "Nodule.\nNo effusion.\nEnd"),
    ("Nodes:\\tNone", "Nodes: None"),
    ("{\\rtf1\\ansi \\pard\\plain Nodule.\\par No effusion.\\line End}", "\\ansi\nNodule.\nNo effusion.\nEnd}"),
    # a backslash before a word is not a written-out break: "\\nodule" stays
    ("a \\nodule", "a \\nodule"),
])
def test_export_artefacts_are_blanked_in_place(text, cleaned):
    from shoken.text.segment import clean_markup

    out = clean_markup(text)
    assert len(out) == len(text)  # offsets found on the cleaned text slice the original
    assert "\n".join(" ".join(line.split()) for line in out.split("\n") if line.strip()) == cleaned


def test_zero_width_characters_are_removed_with_offsets_mapped():
    text = "\ufeff心\u200b拡大と胸\u200b水"
    norm, offsets = normalize(text)
    assert norm == "心拡大と胸水"
    assert offsets is not None and all(text[offsets[i]] == c for i, c in enumerate(norm))


def test_segmentation_follows_the_language_data():
    """Heading words and abbreviations come from ``segmentation:`` in each language's file."""
    from shoken.lang import available_languages, load_language

    seen = 0
    for code in available_languages():
        seg = load_language(code).segmentation
        if seg is None:
            continue
        for section, words in seg.sections.items():
            for w in words:
                assert list(find_sections(f"【{w}】\nno effusion") or {}) == [section], (code, w)
                seen += 1
        for a in seg.abbreviations:
            assert len(sentence_spans(f"There is a {a}. small effusion.")) == 1, (code, a)
    assert seen >= 10
