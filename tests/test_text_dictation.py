"""Spoken punctuation and take-backs of dictated text (shoken.text.dictation)."""
from __future__ import annotations

from shoken.core.types import Report
from shoken.engines import make_engine
from shoken.text.dictation import Dictation

D = Dictation({"period": ".", "comma": ",", "colon": ":", "new paragraph": "\n"},
              noun_before="(the|postoperative|transverse)", retract=["scratch that", "correction"],
              min_marks=2)


def test_spoken_marks_become_marks_with_offsets_into_the_original():
    text = "small effusion period no nodule comma no mass period"
    out, offsets = D.apply(text)
    assert out == "small effusion. no nodule, no mass."
    assert offsets is not None and len(offsets) == len(out) + 1
    k = out.index("nodule")
    assert text[offsets[k]:offsets[k + len("nodule") - 1] + 1] == "nodule"


def test_typed_text_with_the_words_is_left_alone():
    text = "no effusion in the postoperative period. the transverse colon is normal."
    assert D.apply(text) == (text, None)
    assert not D.is_dictated(text)


def test_a_mark_word_after_a_noun_maker_stays_a_word_in_dictated_text():
    out, _ = D.apply("stable over the period period the transverse colon is normal period")
    assert out == "stable over the period. the transverse colon is normal."


def test_take_back_drops_what_was_said_since_the_last_mark():
    out, _ = D.apply("no atelectasis period there is effusion scratch that no effusion period")
    assert "effusion" in out and "there is effusion" not in out
    assert out.split(".")[1].strip() == "no effusion"


def test_a_correction_heading_is_not_a_take_back():
    text = "there is atelectasis period correction: the effusion is small period the end period"
    out, _ = D.apply(text)
    assert "there is atelectasis" in out


def test_words_said_twice_are_read_once():
    out, _ = D.apply("the the heart is is enlarged period no no effusion period")
    assert out == "the heart is enlarged. no effusion."


def test_engine_reads_a_dictated_report():
    eng = make_engine("rules")
    text = ("findings colon there is a small right pleural effusion period no pericardial effusion "
            "period the heart is is enlarged period there is consolidation scratch that atelectasis "
            "in the left lower lobe period")
    r = eng.label([Report(id="1", text=text, language="en")])[0].findings
    assert r["Pleural effusion"].label == 1
    assert r["Pericardial effusion"].state.value == "negative"
    assert r["Cardiomegaly"].label == 1
    assert r["Consolidation"].label == 0
    assert r["Atelectasis"].label == 1
    for ev in r["Pleural effusion"].evidence:
        assert text[ev.start:ev.end] == ev.text
