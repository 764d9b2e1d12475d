"""Corrections and addenda: a finding denied in a sentence that corrects an earlier
statement is denied for the report (``corrections`` in ``lang/<code>/cues.yaml``)."""
from __future__ import annotations

import pytest

from shoken.core.types import Report
from shoken.engines import make_engine


@pytest.fixture(scope="module")
def eng():
    return make_engine("rules")


def label(eng, text, lang="ja"):
    return eng.label([Report(id="1", text=text, language=lang)])[0].findings


def test_a_denial_in_a_correction_overrides_the_earlier_statement(eng):
    r = label(eng, "少量の右胸水を認めます。【訂正】先の報告で右胸水ありとしましたが、胸水は認めません。")
    assert r["Pleural effusion"].label == 0


def test_without_a_correction_the_present_statement_stands(eng):
    r = label(eng, "少量の右胸水を認めます。左胸水は認めません。")
    assert r["Pleural effusion"].label == 1


def test_what_a_later_sentence_says_still_counts(eng):
    r = label(eng, "右胸水を認めます。【訂正】先の報告で右胸水ありとしましたが、胸水は認めません。"
                   "再度確認したところ、左側に少量の胸水を認めます。")
    assert r["Pleural effusion"].label == 1


def test_a_correction_that_adds_the_finding_keeps_it(eng):
    r = label(eng, "心拡大はありません。心拡大なしと記載しましたが、心胸郭比の再評価で心拡大を認めますので訂正します。")
    assert r["Cardiomegaly"].label == 1


def test_a_quoted_wrong_word_is_taken_back(eng):
    r = label(eng, "両肺上葉に無気肺を認めます。【誤記訂正】所見中「無気肺」とあるのは「肺気腫」の誤りです。")
    assert r["Atelectasis"].label == 0
    assert r["Emphysema"].label == 1


def test_a_size_correction_keeps_the_finding(eng):
    r = label(eng, "右肺上葉に結節を認めます。【修正】結節のサイズを「15mm」と記載しましたが、正しくは「11mm」です。")
    assert r["Lung nodule"].label == 1


def test_second_reading_overrules_the_first(eng):
    r = label(eng, "一次読影：両肺にモザイクパターンを認めます。二次読影：吸気不良によるもので、モザイクパターンとは判断しません。")
    assert r["Mosaic attenuation pattern"].label == 0


def test_english_should_read_correction(eng):
    r = label(eng, "There is consolidation in the right lower lobe. Correction: the sentence 'There is "
                   "consolidation' should read 'There is no consolidation'.", "en")
    assert r["Consolidation"].label == 0


def test_english_without_correction_a_later_denial_does_not_override(eng):
    r = label(eng, "There is consolidation in the right lower lobe. No consolidation on the left.", "en")
    assert r["Consolidation"].label == 1


def test_english_rereview_calls_the_nodule_a_vessel(eng):
    r = label(eng, "A 4 mm nodule in the right upper lobe. Upon re-review, the nodule described in the right "
                   "upper lobe is a vessel seen in cross-section.", "en")
    assert r["Lung nodule"].label == 0


def test_english_final_read_overrules_the_preliminary_one(eng):
    r = label(eng, "Preliminary read: Small left pleural effusion. FINAL: No pleural effusion; pleural "
                   "thickening only.", "en")
    assert r["Pleural effusion"].label == 0


def test_english_addendum_that_adds_a_finding(eng):
    r = label(eng, "No pulmonary nodules. Addendum: on review of the lung windows a 5 mm nodule is seen "
                   "in the left lower lobe.", "en")
    assert r["Lung nodule"].label == 1
