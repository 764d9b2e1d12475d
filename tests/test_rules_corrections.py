"""Corrections and addenda: a finding denied in a sentence that corrects an earlier
statement is denied for the report (``corrections`` in ``lang/<code>/cues.yaml``)."""
from __future__ import annotations

import pytest

from shoken.core.types import Report
from shoken.engines import make_engine

# (case, language, text, {finding: expected 0/1 label})
CASES = [
    ("a denial in a correction overrides the earlier statement", "ja",
     "少量の右胸水を認めます。【訂正】先の報告で右胸水ありとしましたが、胸水は認めません。",
     {"Pleural effusion": 0}),
    ("without a correction the present statement stands", "ja",
     "少量の右胸水を認めます。左胸水は認めません。",
     {"Pleural effusion": 1}),
    ("what a later sentence says still counts", "ja",
     "右胸水を認めます。【訂正】先の報告で右胸水ありとしましたが、胸水は認めません。"
     "再度確認したところ、左側に少量の胸水を認めます。",
     {"Pleural effusion": 1}),
    ("a correction that adds the finding keeps it", "ja",
     "心拡大はありません。心拡大なしと記載しましたが、心胸郭比の再評価で心拡大を認めますので訂正します。",
     {"Cardiomegaly": 1}),
    ("a quoted wrong word is taken back", "ja",
     "両肺上葉に無気肺を認めます。【誤記訂正】所見中「無気肺」とあるのは「肺気腫」の誤りです。",
     {"Atelectasis": 0, "Emphysema": 1}),
    ("a size correction keeps the finding", "ja",
     "右肺上葉に結節を認めます。【修正】結節のサイズを「15mm」と記載しましたが、正しくは「11mm」です。",
     {"Lung nodule": 1}),
    ("the second reading overrules the first", "ja",
     "一次読影：両肺にモザイクパターンを認めます。二次読影：吸気不良によるもので、モザイクパターンとは判断しません。",
     {"Mosaic attenuation pattern": 0}),
    ("English 'should read' correction", "en",
     "There is consolidation in the right lower lobe. Correction: the sentence 'There is "
     "consolidation' should read 'There is no consolidation'.",
     {"Consolidation": 0}),
    ("English: without a correction a later denial does not override", "en",
     "There is consolidation in the right lower lobe. No consolidation on the left.",
     {"Consolidation": 1}),
    ("English: re-review calls the nodule a vessel", "en",
     "A 4 mm nodule in the right upper lobe. Upon re-review, the nodule described in the right "
     "upper lobe is a vessel seen in cross-section.",
     {"Lung nodule": 0}),
    ("English: the final read overrules the preliminary one", "en",
     "Preliminary read: Small left pleural effusion. FINAL: No pleural effusion; pleural thickening only.",
     {"Pleural effusion": 0}),
    ("English: an addendum that adds a finding", "en",
     "No pulmonary nodules. Addendum: on review of the lung windows a 5 mm nodule is seen in the left lower lobe.",
     {"Lung nodule": 1}),
]


@pytest.fixture(scope="module")
def eng():
    return make_engine("rules")


@pytest.mark.parametrize("case,lang,text,expected", CASES, ids=[c[0] for c in CASES])
def test_correction(eng, case, lang, text, expected):
    got = eng.label([Report(id="1", text=text, language=lang)])[0].findings
    assert {f: got[f].label for f in expected} == expected
