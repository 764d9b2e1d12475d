"""Scope, states and evidence of the rule engine (core behaviours; the wide language
coverage is in test_rules_language.py)."""
import re

import pytest

from shoken.core.types import State
from shoken.engines import make_engine

ENGINE = make_engine("rules")


def state(text, finding, **kw):
    eng = make_engine("rules", **kw) if kw else ENGINE
    return eng.label([text])[0].findings[finding].state


@pytest.mark.parametrize("text, finding, expected", [
    ("胸水は認めない。", "Pleural effusion", State.NEGATIVE),
    ("胸水は認めません。", "Pleural effusion", State.NEGATIVE),
    ("結節は指摘できません。", "Lung nodule", State.NEGATIVE),
    ("心嚢液貯留なし。", "Pericardial effusion", State.NEGATIVE),
    ("胸水(-)", "Pleural effusion", State.NEGATIVE),
    ("胸水は見られません。", "Pleural effusion", State.NEGATIVE),
    ("胸水はありません。", "Pleural effusion", State.NEGATIVE),
    ("両側胸水を認める。", "Pleural effusion", State.POSITIVE),
    ("両側胸水を認めます。", "Pleural effusion", State.POSITIVE),
    ("肺気腫。", "Emphysema", State.POSITIVE),
    ("すりガラス影を疑う。", "Lung opacity", State.UNCERTAIN),
    ("無気肺を疑います。", "Atelectasis", State.UNCERTAIN),
    ("無気肺と考えます。", "Atelectasis", State.UNCERTAIN),
    ("胸水は否定できません。", "Pleural effusion", State.UNCERTAIN),
    ("リンパ節転移の可能性があります。", "Lymphadenopathy", State.UNCERTAIN),
    ("No pleural effusion.", "Pleural effusion", State.NEGATIVE),
    ("Without pleural effusion.", "Pleural effusion", State.NEGATIVE),
    ("The lungs are free of nodules.", "Lung nodule", State.NEGATIVE),
    ("Negative for pleural effusion.", "Pleural effusion", State.NEGATIVE),
    ("Pericardial effusion-thickening was not observed.", "Pericardial effusion", State.NEGATIVE),
    ("Pleural effusion is not seen.", "Pleural effusion", State.NEGATIVE),
    ("Possible small nodule in the right upper lobe.", "Lung nodule", State.UNCERTAIN),
    ("Atelectasis cannot be excluded.", "Atelectasis", State.UNCERTAIN),
    ("Findings suspicious for consolidation.", "Consolidation", State.UNCERTAIN),
    ("Small left pleural effusion.", "Pleural effusion", State.POSITIVE),
    ("The heart is normal.", "Cardiomegaly", State.ABSENT),
])
def test_cue_forms(text, finding, expected):
    assert state(text, finding) is expected


def test_list_shares_one_cue():
    r = ENGINE.label(["胸水、心嚢液貯留は認めない。"])[0]
    assert r.findings["Pleural effusion"].state is State.NEGATIVE
    assert r.findings["Pericardial effusion"].state is State.NEGATIVE
    r = ENGINE.label(["心嚢液貯留・心膜肥厚は認めない。"])[0]
    assert r.findings["Pericardial effusion"].state is State.NEGATIVE
    r = ENGINE.label(["No pleural or pericardial effusion was detected."])[0]
    assert r.findings["Pleural effusion"].state is State.NEGATIVE
    assert r.findings["Pericardial effusion"].state is State.NEGATIVE


def test_clause_flips():
    r = ENGINE.label(["結節は認めないが、すりガラス影を認める。"])[0]
    assert r.findings["Lung nodule"].state is State.NEGATIVE
    assert r.findings["Lung opacity"].state is State.POSITIVE
    r = ENGINE.label(["右肺に結節を認め、胸水は認めない。"])[0]
    assert r.findings["Lung nodule"].state is State.POSITIVE
    assert r.findings["Pleural effusion"].state is State.NEGATIVE
    r = ENGINE.label(["Consolidation is seen in the right lower lobe and pleural effusion was not detected."])[0]
    assert r.findings["Consolidation"].state is State.POSITIVE
    assert r.findings["Pleural effusion"].state is State.NEGATIVE
    r = ENGINE.label(["No pleural effusion, but there is a nodule in the left lung."])[0]
    assert r.findings["Lung nodule"].state is State.POSITIVE


def test_positive_wins_over_negative_mentions():
    r = ENGINE.label(["胸水は認めない。\n\n診断: 少量の胸水。"])[0]
    assert r.findings["Pleural effusion"].state is State.POSITIVE


def test_uncertain_policy():
    assert ENGINE.label(["すりガラス影を疑う。"])[0].findings["Lung opacity"].label == 1
    neg = make_engine("rules", uncertain="negative")
    assert neg.label(["すりガラス影を疑う。"])[0].findings["Lung opacity"].label == 0
    with pytest.raises(ValueError):
        make_engine("rules", uncertain="maybe")


@pytest.mark.parametrize("text", [
    "両側胸水を認める。心嚢液貯留・心膜肥厚は認めない。右肺に結節を疑います。",
    "No pericardial effusion. Bilateral pleural effusion is seen. Possible nodule.",
    "ＣＴ：胸水（－）。右肺下葉にconsolidationを認める。",
    # half-width katakana: voiced marks composed (ｶﾞ -> ガ) shorten the text being matched
    "右下葉にｽﾘｶﾞﾗｽ影を認めます。ﾍﾟｰｽﾒｰｶｰ留置後。縦隔ﾘﾝﾊﾟ節腫大はありません。ﾌﾞﾗを伴う肺気腫。",
])
def test_evidence_offsets_slice_back(text):
    r = ENGINE.label([text])[0]
    n = 0
    for name, f in r.findings.items():
        if f.state is State.ABSENT:
            assert f.evidence == []
            continue
        assert f.evidence, name
        for ev in f.evidence:
            n += 1
            assert text[ev.start:ev.end] == ev.text
            assert ev.sentence and ev.text in ev.sentence
            if ev.cue is not None:
                assert ev.cue in text
    assert n >= 2


def test_half_width_katakana_reads_like_full_width():
    half = "右下葉にｽﾘｶﾞﾗｽ影を認めます。ﾍﾟｰｽﾒｰｶｰ留置後。縦隔ﾘﾝﾊﾟ節腫大はありません。ｺﾝｿﾘﾃﾞｰｼｮﾝなし。"
    full = "右下葉にスリガラス影を認めます。ペースメーカー留置後。縦隔リンパ節腫大はありません。コンソリデーションなし。"
    a, b = ENGINE.label([half, full])
    assert {n: f.state for n, f in a.findings.items()} == {n: f.state for n, f in b.findings.items()}
    assert b.findings["Lung opacity"].state is State.POSITIVE
    assert b.findings["Consolidation"].state is State.NEGATIVE
    ev = a.findings["Lymphadenopathy"].evidence[0]
    assert "ﾘﾝﾊﾟ節" in ev.text and ev.cue == "はありません"
    assert ev.sentence == "縦隔ﾘﾝﾊﾟ節腫大はありません。"


def test_states_and_scores_consistent():
    r = ENGINE.label(["両側胸水を認める。心嚢液は認めない。すりガラス影を疑う。"])[0]
    f = r.findings
    assert f["Pleural effusion"].score > f["Lung opacity"].score > 0.5 > f["Pericardial effusion"].score
    assert f["Cardiomegaly"].state is State.ABSENT and f["Cardiomegaly"].label == 0


def test_chexpert_no_finding():
    eng = make_engine("rules", schema="chexpert-14")
    normal, sick = eng.label(["No acute cardiopulmonary process. Pacemaker in place.",
                              "Small right pleural effusion."])
    assert normal.findings["No Finding"].label == 1
    assert normal.findings["Support Devices"].label == 1
    assert sick.findings["No Finding"].label == 0
    assert sick.findings["Pleural Effusion"].label == 1


def test_language_override():
    eng = make_engine("rules", language="en")
    r = eng.label(["No pleural effusion."])[0]
    assert r.language == "en"


def test_cache_and_evidence_options_do_not_change_states():
    texts = ["両側胸水を認める。心嚢液は認めない。", "No pleural effusion. Possible nodule.", "両側胸水を認める。心嚢液は認めない。"]
    ref = [r.states() for r in make_engine("rules", cache_size=0).label(texts)]
    for kw in ({}, {"evidence": False}, {"cache_size": 1}):
        got = make_engine("rules", **kw).label(texts)
        assert [r.states() for r in got] == ref
    assert all(f.evidence == [] for f in make_engine("rules", evidence=False).label(texts)[0].findings.values())


def test_a_gap_pattern_does_not_join_two_clauses_over_a_denial():
    # 「石灰化 … 冠動脈」 across 「が、」 would hide the aorta's denial inside a coronary mention
    r = make_engine("rules").label(["大動脈に石灰化は認めませんが、冠動脈石灰化を認めます。"])[0]
    assert r.findings["Arterial wall calcification"].state.value == "negative"
    assert r.findings["Coronary artery wall calcification"].state.value == "positive"
    # without a denial inside, the joined mention stands: the second clause speaks of the node
    r = make_engine("rules").label(["石灰化リンパ節が縦隔に散見されるが、腫大はない。"])[0]
    assert r.findings["Lymphadenopathy"].state.value == "negative"


@pytest.mark.parametrize("text,state", [
    # another organ in the same sentence, after a joint, does not take the lung nodule away ...
    ("右上葉に結節を認め、縦隔リンパ節腫大を伴う。", "positive"),
    ("右上葉に8mmの結節があり、肝に嚢胞を認める。", "positive"),
    ("右下葉に多発結節を認め、腎癌の肺転移を疑います。", "positive"),
    ("A 6 mm nodule in the right upper lobe and enlarged mediastinal lymph nodes.", "positive"),
    ("A 6 mm nodule in the right upper lobe, and a simple cyst in the liver.", "positive"),
    ("Multiple nodules in both lungs, consistent with metastases from renal cell carcinoma.", "positive"),
    # ... but a nodule of that organ is still not a lung nodule
    ("甲状腺右葉に8mm大の結節を認めます。", "absent"),
    ("肝S6に10mm大の結節を認め、右肺に異常なし。", "absent"),
    ("A 1 cm nodule in the left lobe of the thyroid gland.", "absent"),
    ("In the right lobe of the liver, a 2 cm hypodense nodule.", "absent"),
])
def test_exclusions_stay_with_the_mentions_part_of_the_sentence(text, state):
    r = make_engine("rules").label([text])[0]
    assert r.findings["Lung nodule"].state.value == state


@pytest.mark.parametrize("text,finding,expected", [
    # chart style: a space after a statement's predicate starts the next statement, so its
    # words (an exclusion, a cue) stay in it ...
    ("右下葉に結節あり　リンパ節腫大なし", "Lung nodule", "positive"),
    ("右下葉に結節を認める リンパ節腫大なし", "Lung nodule", "positive"),
    ("右下葉に結節あり　リンパ節腫大なし", "Lymphadenopathy", "negative"),
    ("気腫性変化あり 胸水なし", "Emphysema", "positive"),
    # ... a space after a noun does not: the cue after it is still the finding's
    ("胸水 なし", "Pleural effusion", "negative"),
    ("甲状腺右葉に 8mm大の結節あり", "Lung nodule", "absent"),
])
def test_a_space_after_a_predicate_starts_a_statement(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a word that implies the finding (a bulla, a thickened pericardium) counts for it ...
    ("両肺尖部にブラを認めます。", "Emphysema", "positive"),
    ("Apical blebs in both upper lobes.", "Emphysema", "positive"),
    # ... unless the report denies the finding by name, before or after
    ("右肺尖部に径8mmのブレブを認めます。気腫性変化は認めません。", "Emphysema", "negative"),
    ("No emphysema. A 1 cm bulla in the right apex.", "Emphysema", "negative"),
    ("Blebs at the apex, but no emphysema.", "Emphysema", "negative"),
    # ... or the denial makes it an exception
    ("No evidence of emphysema, except for a single small bulla at the right apex.", "Emphysema", "positive"),
    ("肺気腫は認めません（右肺尖部の小さなブラを除く）。", "Emphysema", "positive"),
    # a named finding said present stays present
    ("Paraseptal emphysema with apical bullae.", "Emphysema", "positive"),
    # an enlarged chamber implies an enlarged heart, unless the heart is said not to be
    ("Massive left atrial enlargement.", "Cardiomegaly", "positive"),
    ("左房拡大を認めます。", "Cardiomegaly", "positive"),
    ("右室拡大は軽度ですが、心拡大は認めません。", "Cardiomegaly", "negative"),
    ("Mild right ventricular dilatation; heart size within normal limits.", "Cardiomegaly", "negative"),
    ("Expiratory air trapping in both lower lobes.", "Mosaic attenuation pattern", "positive"),
    ("Expiratory air trapping; the inspiratory images show no mosaic attenuation.", "Mosaic attenuation pattern", "negative"),
])
def test_implied_terms_yield_to_a_denial_by_name(text, finding, expected):
    assert state(text, finding).value == expected


def test_implied_terms_are_schema_data(tmp_path):
    """``<lang>_implied`` in a user's schema: the word counts until the finding is denied."""
    f = tmp_path / "s.yaml"
    f.write_text("name: mini\n"
                 "findings:\n"
                 "  - name: Emphysema\n"
                 "    terms:\n"
                 r"      en: ['\bemphysema\b']" "\n"
                 r"      en_implied: ['\bbulla\b']" "\n", encoding="utf-8")
    eng = make_engine("rules", schema=str(f))
    got = [r.findings["Emphysema"].state.value
           for r in eng.label(["A bulla in the right apex.", "A bulla in the right apex. No emphysema."])]
    assert got == ["positive", "negative"]


@pytest.mark.parametrize("text,finding,expected", [
    # a finding that could not be judged has no state: neither denied nor found ...
    ("モザイクパターンの評価はできません。", "Mosaic attenuation pattern", "absent"),
    ("上腹部は撮像範囲外で、食道裂孔ヘルニアの評価は困難です。", "Hiatal hernia", "absent"),
    ("Bronchiectasis cannot be assessed on this study.", "Bronchiectasis", "absent"),
    ("Emphysema is not well evaluated.", "Emphysema", "absent"),
    ("The lower lobes cannot be assessed for small nodules due to motion.", "Lung nodule", "absent"),
    # ... but the phrase is about the word right before it, not a finding further back
    ("左上葉切除後で、ステープルによる金属アーチファクトのため左肺門部の評価は困難です。", "Medical material", "positive"),
    ("体動により胸水量の正確な評価は困難ですが、左胸水を認めます。", "Pleural effusion", "positive"),
    ("Emphysema is present; its extent cannot be assessed.", "Emphysema", "positive"),
    # a device only proposed, and a finding of the history, are not findings of this examination
    ("抗凝固療法が困難な場合は下大静脈フィルター留置を検討してください。", "Medical material", "absent"),
    ("If anticoagulation fails, IVC filter placement could be considered.", "Medical material", "absent"),
    ("心嚢液貯留の既往あり。", "Pericardial effusion", "absent"),
    ("IVC filter placement is noted.", "Medical material", "positive"),
])
def test_unassessed_findings_have_no_state(text, finding, expected):
    assert state(text, finding).value == expected


def test_exclusion_scope_is_language_data(tmp_path):
    """Without ``exclude_breaks`` / ``exclude_sites`` the exclusions cover the whole clause."""
    import yaml
    from importlib import resources

    data = yaml.safe_load((resources.files("shoken") / "lang" / "ja" / "cues.yaml").read_text(encoding="utf-8"))
    data.pop("exclude_breaks"), data.pop("exclude_sites")
    f = tmp_path / "cues.yaml"
    f.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = "右上葉に8mmの結節があり、肝に嚢胞を認める。"
    assert make_engine("rules").label([text])[0].findings["Lung nodule"].state.value == "positive"
    eng = make_engine("rules", language_files={"ja": str(f)})
    assert eng.label([text])[0].findings["Lung nodule"].state.value == "absent"


@pytest.mark.parametrize("text,state", [
    # what the sentence says a density is reaches over the parts of one statement ...
    ("両下葉胸膜下優位に網状影を認め、線維化を示唆する。", "absent"),
    ("Density increases consistent with sequelae are observed in the lingula.", "absent"),
    ("Opacity in the right lower lobe, consistent with atelectasis.", "absent"),
    # ... but not into another statement about another lung site
    ("右下葉に斑状影を認め、左下葉には板状無気肺を認めます。", "positive"),
    ("Patchy opacities in the right lower lobe and subsegmental atelectasis in the left lower lobe.", "positive"),
    # and a word for where it is (lymph nodes) in a later part does not take it away
    ("Right lower lobe opacity, likely pneumonia, and mild mediastinal lymphadenopathy.", "positive"),
])
def test_explanations_stay_within_one_statement(text, state):
    r = make_engine("rules").label([text])[0]
    assert r.findings["Lung opacity"].state.value == state


# cue forms found by the probes and the denial sweeps: one sentence, one finding, one state
CUE_FORMS = [
    ("胸水は指摘できなくなりました。", "Pleural effusion", "negative"),
    ("結節は認めなくなりました。", "Lung nodule", "negative"),
    ("右胸水は吸収されています。", "Pleural effusion", "negative"),
    ("右胸水は一部吸収されています。", "Pleural effusion", "positive"),
    ("索状影は残っていません。", "Pulmonary fibrotic sequela", "negative"),
    ("左上葉の結節は切除されており、再発は認めません。", "Lung nodule", "negative"),
    ("すりガラス影は軽快傾向です。", "Lung opacity", "positive"),
    ("すりガラス影は改善し、ほぼ消失しています。", "Lung opacity", "negative"),
    ("肺気腫の所見は乏しい。", "Emphysema", "negative"),
    ("右下葉の結節は造影効果に乏しい。", "Lung nodule", "positive"),
    ("胸水：無", "Pleural effusion", "negative"),
    ("Nil pleural effusion.", "Pleural effusion", "negative"),
    ("Pleural effusion (-).", "Pleural effusion", "negative"),
    ("Mediastinal lymph nodes, largest 8 mm, not significantly enlarged.", "Lymphadenopathy", "negative"),
    ("Calcified mediastinal lymph nodes noted, not enlarged.", "Lymphadenopathy", "negative"),
    ("Mediastinal lymph nodes of normal size.", "Lymphadenopathy", "negative"),
    ("No pulmonary nodule, consolidation, ground-glass opacity, emphysema, bronchiectasis or "
     "interlobular septal thickening is identified.", "Interlobular septal thickening", "negative"),
    ("IMPRESSION: 1. Stable nodule. 2. Resolved left pleural effusion.", "Pleural effusion", "negative"),
    ("Coronary calcification in the left anterior descending artery.", "Arterial wall calcification", "absent"),
    ("Peripheral infiltrates in both lower lobes.", "Lung opacity", "positive"),
    ("肺野に転移を疑う結節はありません。", "Lung nodule", "negative"),
    ("転移を示唆する結節は検出されなかった。", "Lung nodule", "negative"),
    ("右下葉に結節を認め、転移を疑います。", "Lung nodule", "positive"),
    ("左胸水は少量で、心嚢液はありません。", "Pleural effusion", "positive"),
    ("心膜が全周性に肥厚しています。", "Pericardial effusion", "positive"),
    ("右中葉気管支の壁肥厚と拡張を伴っています。", "Bronchiectasis", "positive"),
    ("小葉間隔壁の肥厚を認め、癌性リンパ管症を疑う。", "Lung nodule", "absent"),
    ("低吸収域と高吸収域が混在するモザイクパターンを認めます。", "Lung opacity", "absent"),
    ("石灰化結節（陳旧性肉芽腫）を認めます。", "Pulmonary fibrotic sequela", "absent"),
    ("胸水は同定困難です。", "Pleural effusion", "negative"),
    ("胸水は消褪しています。", "Pleural effusion", "negative"),
    ("有意な胸水とは言えない。", "Pleural effusion", "negative"),
    ("胸水を指摘しません。", "Pleural effusion", "negative"),
    ("胸水はほとんどない。", "Pleural effusion", "negative"),
    ("胸水は消失傾向。", "Pleural effusion", "positive"),
    ("Pleural effusion, nearly resolved.", "Pleural effusion", "positive"),
    ("Pleural effusion has almost completely resolved.", "Pleural effusion", "positive"),
    ("Pleural effusion has completely resolved.", "Pleural effusion", "negative"),
    ("Findings are not suggestive of emphysema.", "Emphysema", "negative"),
    ("There is nothing to suggest pleural effusion.", "Pleural effusion", "negative"),
    ("Findings suggestive of emphysema.", "Emphysema", "uncertain"),
    ("The heart is normal in size.", "Cardiomegaly", "negative"),
    ("以前に留置されていた中心静脈カテーテルは抜去されていた。", "Medical material", "negative"),
    ("両肺に小葉間中隔の肥厚が見られた。", "Interlobular septal thickening", "positive"),
    ("リンパ節腫大を示唆する所見はなかった。", "Lymphadenopathy", "negative"),
    ("膿胸を示唆する胸水は認めない。", "Pleural effusion", "negative"),
    ("網状影と牽引性気管支拡張は前回と比べて大きな変化はありません。", "Bronchiectasis", "positive"),
    ("右肺癌に対する定位放射線治療後2年。", "Lung nodule", "absent"),
    ("The ground glass densities previously observed in both lungs have disappeared.", "Lung opacity", "negative"),
    ("The nodule previously observed in the right lung has regressed.", "Lung nodule", "positive"),
    ("Previously noted atelectasis has resolved.", "Atelectasis", "negative"),
    ("依頼目的：胸水の評価\n【所見】胸水は認めません。", "Pleural effusion", "negative"),
    ("臨床情報：胸水貯留の精査\n所見：特記すべき異常なし。", "Pleural effusion", "absent"),
    ("Clinical history: Fever, r/o PNA. H/o hiatal hernia.\nFindings: Lungs are clear.", "Hiatal hernia", "absent"),
    ("Comparison: CT dated 25.12.2019. " + "The lungs are otherwise unremarkable. " * 5 + "Small left pleural effusion.",
     "Pleural effusion", "positive"),
    # a findings heading later on a long context line ends the context there ...
    ("HISTORY: COVID-19 pneumonia in 2020, treated. A prior CT showed bilateral ground-glass opacities. "
     "FINDINGS: No airspace disease. Small hiatal hernia. Cholecystectomy clips in the right upper quadrant. "
     "IMPRESSION: No acute cardiopulmonary process.", "Lung opacity", "absent"),
    # ... but one far along the line does not make a findings paragraph context
    ("Comparison: CT dated 25.12.2019. " + "The lungs are otherwise unremarkable. " * 5
     + "Small left pleural effusion. IMPRESSION: Small effusion.", "Pleural effusion", "positive"),
    # a telegraphic zero is none; a grade or size starting with 0 is not
    ("Nodules: 0\nEmphysema: 0 (none)", "Lung nodule", "negative"),
    ("Coronary artery calcification (0-3): 0", "Coronary artery wall calcification", "negative"),
    ("Nodules: 0.6 cm solid nodule in the RUL.", "Lung nodule", "positive"),
    ("PERICARDIUM: Small effusion.", "Pleural effusion", "absent"),
    ("PERICARDIUM: Small effusion.", "Pericardial effusion", "positive"),
    ("Pleura: small b/l effusions.", "Pleural effusion", "positive"),
    ("Bulky mediastinal and R hilar LAD.", "Lymphadenopathy", "positive"),
    ("Calcified plaque in the proximal LAD and LCx.", "Arterial wall calcification", "absent"),
    ("Lungs w/o consolidation.", "Consolidation", "negative"),
    ("Complete LLL collapse.", "Atelectasis", "positive"),
    # a lung mass is not a nodule (CT-RATE convention); under 3 cm it is one by size
    ("3.2 cm spiculated RUL mass.", "Lung nodule", "absent"),
    ("2.5 cm spiculated RUL mass.", "Lung nodule", "positive"),
    ("Impression: Resolved L effusion.", "Pleural effusion", "negative"),
    # the ninth probe round's forms
    ("浸潤影は索状影を残して消退しています。", "Consolidation", "negative"),
    ("浸潤影は索状影を残して消退しています。", "Pulmonary fibrotic sequela", "positive"),
    ("いずれも消失し、瘢痕を残していません。", "Pulmonary fibrotic sequela", "negative"),
    ("右下葉の受動無気肺は再含気されています。", "Atelectasis", "negative"),
    ("すりガラス影は前回より軽快しています。", "Lung opacity", "positive"),
    ("すりガラス影はほぼ消失し、わずかに残存するのみです。", "Lung opacity", "positive"),
    ("左下葉の無気肺も改善しており、現在は認められません。", "Atelectasis", "negative"),
    ("心拡大を示唆する所見は特に認められませんでした。", "Cardiomegaly", "negative"),
    ("胸水は見受けられません。", "Pleural effusion", "negative"),
    ("There does not appear to be any evidence of pleural effusion or lymphadenopathy.", "Lymphadenopathy", "negative"),
    ("Notably absent are bronchiectasis and emphysema.", "Emphysema", "negative"),
    ("Several small mediastinal lymph nodes are present, none of which meet CT criteria for enlargement.",
     "Lymphadenopathy", "negative"),
    ("Clips in keeping with prior axillary lymph node dissection.", "Lymphadenopathy", "absent"),
    ("Two retrosternal Nuss bars are in place.", "Medical material", "positive"),
    ("The scimitar vein drains into the inferior vena cava.", "Medical material", "absent"),
    ("Left intercostal chest drain in situ.", "Medical material", "positive"),
]


@pytest.mark.parametrize("text,finding,state", CUE_FORMS)
def test_probe_cue_forms(text, finding, state):
    assert make_engine("rules").label([text])[0].findings[finding].state.value == state


@pytest.mark.parametrize("code", ["ja", "en"])
def test_every_pattern_has_an_anchor(code):
    """A pattern without a literal anchor is scanned over every sentence (``finditer``): a
    pattern that starts with a gap or an optional number should be split so that each part
    starts with a literal (a speed guard, not a timing)."""
    comp = make_engine("rules").compiled(code)
    assert [rx.pattern for rx, _ in comp.terms.fallback] == []
    assert [rx.pattern for rx, _ in comp.context.fallback] == []


def _upper_outside_escapes(pattern: str) -> list[str]:
    return re.findall(r"[A-Z]", re.sub(r"\\.", "", pattern))


def _strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node


@pytest.mark.parametrize("code", ["ja", "zh"])
def test_non_latin_patterns_are_written_in_lower_case(code):
    """Report text is lower-cased before matching and the patterns of a non-Latin script are
    compiled case-sensitively: 「今回のCTでは」 in a pattern could never match."""
    import yaml
    from importlib import resources
    root = resources.files("shoken")
    cues = yaml.safe_load((root / "lang" / code / "cues.yaml").read_text(encoding="utf-8"))
    bad = [p for p in _strings(cues) if _upper_outside_escapes(p)]
    for name in ("ct-rate-18.yaml", "chexpert-14.yaml"):
        schema = yaml.safe_load((root / "schemas" / name).read_text(encoding="utf-8"))
        for f in schema["findings"]:
            for key in ("terms", "exclude"):
                for lang, pats in (f.get(key) or {}).items():
                    if lang == code or lang.startswith(code + "_"):
                        bad += [p for p in pats if _upper_outside_escapes(p)]
    assert bad == []


def test_a_line_break_inside_a_word_is_a_wrap():
    # fixed-width report systems wrap lines inside words; the break does not split the term ...
    text = "右肺門および縦隔リンパ\n節腫大あり、転移を疑う。\n両側下葉にコンソリデー\nション。\n#3 肺気\n腫"
    r = ENGINE.label([text])[0]
    for name in ("Lymphadenopathy", "Consolidation", "Emphysema"):
        f = r.findings[name]
        assert f.label == 1, name
        ev = f.evidence[0]
        assert text[ev.start:ev.end] == ev.text and "\n" in ev.text
    # ... but a break between two items stays one: each keeps its own cue
    r = ENGINE.label(["大動脈壁石灰化\n冠動脈石灰化なし", "結節\n肺気腫なし"])
    assert r[0].findings["Arterial wall calcification"].state is State.POSITIVE
    assert r[0].findings["Coronary artery wall calcification"].state is State.NEGATIVE
    assert r[1].findings["Lung nodule"].state is State.POSITIVE
    assert r[1].findings["Emphysema"].state is State.NEGATIVE


def test_english_lines_wrapped_at_a_fixed_width():
    # a line that goes on in lower case continues its sentence; a finding word cut by the
    # wrap is joined; a new line in capitals is a statement of its own
    r = ENGINE.label(["No mediastinal\nlymphadenopathy. No pulmonar\ny nodules.",
                      "MODERATE CENTRILOBULAR EMPH\nYSEMA.",
                      "No effusion\nCardiomegaly."])
    assert r[0].findings["Lymphadenopathy"].state is State.NEGATIVE
    assert r[0].findings["Lung nodule"].state is State.NEGATIVE
    emp = r[1].findings["Emphysema"]
    assert emp.state is State.POSITIVE and emp.evidence[0].text == "EMPH\nYSEMA"
    assert r[2].findings["Cardiomegaly"].state is State.POSITIVE



def test_hyphens_capitals_and_spaces_at_a_fixed_width_wrap():
    r = ENGINE.label([
        # a word split with a hyphen is one word; a hyphenated word keeps its hyphen
        "No lymph-\nadenopathy. Bibasilar atelec-\ntasis. Patchy ground-\nglass opacity.",
        # an upper-case report wrapped near its longest line goes on after the break ...
        "FINDINGS: THE LUNGS ARE CLEAR. NO NODULE, MASS, OR\nCONSOLIDATION. NO PLEURAL OR PERICARDIAL EFFUSION.\n"
        "HEART SIZE IS NORMAL. NO LYMPHADENOPATHY. NO MEDIASTINAL\nMASS.",
        # ... its short telegraphic lines are statements of their own
        "NO PLEURAL EFFUSION\nCARDIOMEGALY\nNO NODULES",
        # a space left before the break
        "Mild bronchial wall \nthickening.",
    ])
    assert r[0].findings["Lymphadenopathy"].state is State.NEGATIVE
    atl = r[0].findings["Atelectasis"]
    assert atl.state is State.POSITIVE and atl.evidence[0].text == "atelec-\ntasis"
    assert r[0].findings["Lung opacity"].state is State.POSITIVE
    assert r[1].findings["Consolidation"].state is State.NEGATIVE
    assert r[2].findings["Cardiomegaly"].state is State.POSITIVE
    assert r[2].findings["Pleural effusion"].state is State.NEGATIVE
    assert r[3].findings["Peribronchial thickening"].state is State.POSITIVE

def test_export_artefacts_do_not_break_reading():
    text = ("<p>No pericardial effusion.<br>Hiatal hernia is present.</p>\\nNo consolidation."
            "&lt;br&gt;\\tNo pleural effusion.\\par Cardiomegaly.")
    r = ENGINE.label([text])[0]
    assert r.findings["Pericardial effusion"].state is State.NEGATIVE
    assert r.findings["Hiatal hernia"].state is State.POSITIVE
    assert r.findings["Consolidation"].state is State.NEGATIVE
    assert r.findings["Pleural effusion"].state is State.NEGATIVE
    cm = r.findings["Cardiomegaly"]
    assert cm.state is State.POSITIVE and text[cm.evidence[0].start:cm.evidence[0].end] == "Cardiomegaly"


def test_a_line_break_inside_a_predicate_is_a_wrap():
    # 「認め⏎ません」: the denial's inflection on the next line still denies; the cue's
    # evidence slices back to the original text, break included
    text = "肺気腫は認め\nません。結節を認め\nられます。胸水なし。"
    r = ENGINE.label([text])[0]
    emp, nod = r.findings["Emphysema"], r.findings["Lung nodule"]
    assert emp.state is State.NEGATIVE and nod.state is State.POSITIVE
    assert r.findings["Pleural effusion"].state is State.NEGATIVE
    ev = emp.evidence[0]
    assert text[ev.start:ev.end] == ev.text == "肺気腫"
    assert ev.cue is not None and "\n" in ev.cue


@pytest.mark.parametrize("text,finding,expected", [
    # on a context heading's line, a sentence about the current examination ends the context
    ("既往：3年前に肺塞栓症。今回、右下葉に瘢痕を認めます。", "Pulmonary fibrotic sequela", "positive"),
    ("History: PE with an IVC filter, removed. Today, there is a small right pleural effusion.",
     "Pleural effusion", "positive"),
    # ... and without one the line stays context
    ("既往：3年前に肺塞栓症。右下葉の瘢痕を指摘。", "Pulmonary fibrotic sequela", "absent"),
    ("History: pleural effusion, now improved.", "Pleural effusion", "absent"),
])
def test_a_current_exam_sentence_ends_a_context_line(text, finding, expected):
    assert state(text, finding).value == expected


def test_language_macros_expand_where_written(tmp_path):
    """``{{name}}`` in a cue is the macro's text; an unknown macro is a one-line error."""
    import yaml

    from shoken.core.errors import ShokenError
    from shoken.lang import load_language

    data = {"language": "ja", "script": "cjk", "macros": {"no": "ない|なし", "neg": "(は|も)?({{no}})"},
            "boundaries": ["。"], "cues": {"negation": {"backward": ["{{neg}}"], "forward": []}}}
    f = tmp_path / "cues.yaml"
    f.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lang = load_language("ja", str(f))
    assert lang.cues["negation"].backward == ["(は|も)?(ない|なし)"]
    eng = make_engine("rules", language_files={"ja": str(f)})
    assert eng.label(["胸水はなし。"])[0].findings["Pleural effusion"].state is State.NEGATIVE
    assert eng.label(["胸水あり。"])[0].findings["Pleural effusion"].state is State.POSITIVE
    data["cues"]["negation"]["backward"] = ["{{nope}}"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ShokenError, match="unknown macro"):
        load_language("ja", str(bad))


@pytest.mark.parametrize("text,finding,expected", [
    # humble and literary denials, with their plain affirmed counterparts
    ("左肺に結節は指摘いたしかねます。", "Lung nodule", "negative"),
    ("左肺に結節を指摘いたします。", "Lung nodule", "positive"),
    ("右下葉に網状影は指摘しがたい。", "Pulmonary fibrotic sequela", "negative"),
    ("心嚢液は認めておりません。", "Pericardial effusion", "negative"),
    ("転移と思われる結節はございません。", "Lung nodule", "negative"),
    ("転移と思われる結節がございます。", "Lung nodule", "positive"),
    # could not be judged, asked about, a risk, a past mention, a treated disease
    ("心嚢液の有無については本検査では評価いたしかねます。", "Pericardial effusion", "absent"),
    ("「無気肺の評価をお願いします」とのことです。", "Atelectasis", "absent"),
    ("肺癌の発症リスクが高い状態です。", "Lung nodule", "absent"),
    ("肺気腫の指摘歴があります。", "Emphysema", "absent"),
    ("食道裂孔ヘルニアに対する修復術後。", "Hiatal hernia", "absent"),
    ("食道裂孔ヘルニアを認めます。", "Hiatal hernia", "positive"),
    ("当時は右下葉に浸潤影を認めた。", "Consolidation", "absent"),
    ("r/o 心嚢液", "Pericardial effusion", "absent"),
    # seen before, gone now; smaller and no longer enlarged
    ("左胸水は前回指摘されていたが今回は消失している。", "Pleural effusion", "negative"),
    ("左胸水は前回指摘されていたが今回は増加している。", "Pleural effusion", "positive"),
    ("縦隔リンパ節腫大は縮小し、現在は有意なリンパ節腫大はありません。", "Lymphadenopathy", "negative"),
    ("縦隔リンパ節腫大は縮小しているが、現在も腫大している。", "Lymphadenopathy", "positive"),
    ("縦隔リンパ節は小さなものを認めますが、有意な腫大ではありません。", "Lymphadenopathy", "negative"),
    # words inside other words
    ("胸腺癌を考えます。", "Lung nodule", "absent"),
    ("右上葉の腺癌を考えます。", "Lung nodule", "absent"),  # a diagnosis, not a nodule
    ("神経線維腫を疑う。", "Pulmonary fibrotic sequela", "absent"),
    ("ペースメーカーリードを認める。", "Interlobular septal thickening", "absent"),
    ("心胸郭比の増大はありません。", "Cardiomegaly", "negative"),
    ("拡張した気管支を認めます。", "Bronchiectasis", "positive"),
    # a bare 胃管 is a tube only with a tube's words
    ("胃管が挿入され、先端は胃内。", "Medical material", "positive"),
    ("後縦隔に再建胃管を認めます。", "Medical material", "absent"),
    ("拡張した胃管が心臓を圧排しています。", "Medical material", "absent"),
    # English
    ("The pleural effusion seen preoperatively has resolved.", "Pleural effusion", "negative"),
    ("CT is recommended to evaluate for interlobular septal thickening.", "Interlobular septal thickening", "absent"),
    ("The patient is at increased risk of emphysema.", "Emphysema", "absent"),
    ("The left ventricle remains moderately dilated.", "Cardiomegaly", "positive"),
    ("Dilated right heart chambers.", "Cardiomegaly", "positive"),
    ("Prominent but non-enlarged hilar lymph nodes.", "Lymphadenopathy", "negative"),
    ("Clamshell sternal wires.", "Medical material", "positive"),
    ("The right upper lobe target lesion measures 2.1 cm.", "Lung nodule", "positive"),
    ("Fibrosing mediastinitis with calcified nodes.", "Pulmonary fibrotic sequela", "absent"),
])
def test_cue_forms_of_the_eleventh_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # tree-in-bud alone is not labelled opacity in CT-RATE; an opacity beside it still is
    ("右下葉に木の芽様の分岐状陰影を認める。", "Lung opacity", "absent"),
    ("右下葉に分岐状陰影とすりガラス影を認める。", "Lung opacity", "positive"),
    ("Tree-in-bud nodules in the right lower lobe.", "Lung opacity", "absent"),
    # a density at a site outside the lungs; ground glass at a vertebra's level is still in the lung
    ("第12胸椎の椎体の濃度上昇を認める。", "Lung opacity", "absent"),
    ("皮下脂肪組織に網状の濃度上昇を認める。", "Lung opacity", "absent"),
    ("右下葉の椎体近傍にすりガラス様濃度上昇を認める。", "Lung opacity", "positive"),
    # calcified nodes beside a vessel are no arterial wall calcification
    ("大動脈肺動脈窓に石灰化リンパ節を認める。", "Arterial wall calcification", "absent"),
    ("大動脈弓に石灰化を認める。", "Arterial wall calcification", "positive"),
    ("Calcified lymph nodes in the aortopulmonary window.", "Arterial wall calcification", "absent"),
    ("Calcified plaques in the aortic arch.", "Arterial wall calcification", "positive"),
    # hardware
    ("胸骨に金属縫合を認める。", "Medical material", "positive"),
    ("胸椎に内固定具を認める。", "Medical material", "positive"),
    ("Internal fixators in the thoracic vertebrae.", "Medical material", "positive"),
    # a garbled template line denies both
    ("Pericardial effusion - no thickening was detected.", "Pericardial effusion", "negative"),
    ("Pericardial effusion - small.", "Pericardial effusion", "positive"),
])
def test_conventions_learnt_on_the_train_split(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a question heading's text is one sentence when findings follow on its line ...
    ("依頼目的：間質性肺炎の増悪の有無。胸膜下に網状影は認めず、増悪を示唆する所見はありません。軽度の気管支壁肥厚あり。",
     "Peribronchial thickening", "positive"),
    # ... but a short second sentence stays the question's
    ("目的：COPD。肺気腫の程度評価。", "Emphysema", "absent"),
    # a question mark before a word ends no sentence: the question stays context
    ("Clinical question: ?recurrence of lung cancer. No FDG-avid lesion to suggest recurrence or metastatic disease. "
     "No mediastinal or hilar lymphadenopathy. No pleural effusion. Physiological uptake in the gut and renal tracts.",
     "Lung nodule", "absent"),
    # a denied noun after 「を伴う」 has its own cue
    ("肺野に異常集積を伴う結節は認めません。", "Lung nodule", "negative"),
    ("リンパ節転移を疑う集積は指摘できない。", "Lymphadenopathy", "negative"),
    # nodes seen and said in so many words not to be enlarged; CT-RATE's 病的サイズ wording stays 1
    ("縦隔に短径7mmのリンパ節がみられますが、腫大とはいえません。", "Lymphadenopathy", "negative"),
    ("肺門リンパ節に集積を認めますが、リンパ節の腫大はなく、反応性と考えます。", "Lymphadenopathy", "negative"),
    ("縦隔に病的サイズに達しないリンパ節を認める。", "Lymphadenopathy", "positive"),
    # resected, turned into something else, undeterminable, the reason for referral
    ("右肺尖部ブラ切除術後。", "Emphysema", "negative"),
    ("浸潤影は著明に改善し、淡いすりガラス影として残存。", "Consolidation", "negative"),
    ("浸潤影は著明に改善し、淡いすりガラス影として残存。", "Lung opacity", "positive"),
    ("心拡大は判定困難。", "Cardiomegaly", "absent"),
    ("他院の胸部X線で結節影を指摘され、精査目的。", "Lung nodule", "absent"),
    # words inside other words and sites
    ("好酸球性多発血管炎性肉芽腫症の経過観察。", "Lung nodule", "absent"),
    ("縦隔内に気腫を認め、頸部皮下へ連続している。", "Emphysema", "absent"),
    ("右胸壁のドレーン刺入部に皮下気腫が残存。", "Medical material", "absent"),
    ("右胸腔ドレーンが留置されている。", "Medical material", "positive"),
    # English
    ("A bulky anterior mediastinal nodal mass measuring 4.0 x 2.5 cm.", "Lymphadenopathy", "positive"),
    ("A bulky anterior mediastinal nodal mass measuring 2.0 cm.", "Lung nodule", "absent"),
    ("A 7 mm left hilar node with mild FDG uptake.", "Lymphadenopathy", "positive"),
    ("Calcified, non-enlarged subcarinal and right hilar lymph nodes.", "Lymphadenopathy", "negative"),
    ("Hilar lymphadenopathy with perilymphatic nodules along the fissures.", "Lung nodule", "positive"),
    ("The right lower lobe atelectasis seen previously has also resolved.", "Atelectasis", "negative"),
    ("Areas of low attenuation without definable walls, representing centrilobular emphysema.", "Emphysema", "positive"),
    ("Areas of low attenuation without emphysema.", "Emphysema", "negative"),
])
def test_cue_forms_of_the_twelfth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # dictated Japanese: fillers, take-backs and a split inflection are removed before matching
    ("冠動脈石灰化は、えー、ありません。", "Coronary artery wall calcification", "negative"),
    ("あのー、大動脈に石灰化を認めます。", "Arterial wall calcification", "positive"),
    ("胸水を認め、あ、失礼、胸水は認めません。", "Pleural effusion", "negative"),
    ("縦隔リンパ節の腫大は認めませ ん 胸水なし", "Lymphadenopathy", "negative"),
    ("肺気腫は、高度です、結節は指摘できません。", "Emphysema", "positive"),
    ("左胸水は中等量 心拡大なし", "Pleural effusion", "positive"),
    ("左胸水は中等量 心拡大なし", "Cardiomegaly", "negative"),
    ("胸水も消えています。", "Pleural effusion", "negative"),
    ("気管支壁は、やや厚い。", "Peribronchial thickening", "positive"),
    # words inside other words
    ("ドライブラインは上腹部皮下を走行する。", "Emphysema", "absent"),
    ("右肺尖部にブラを認める。", "Emphysema", "positive"),
    ("線維素溶解療法の効果判定。", "Pulmonary fibrotic sequela", "absent"),
    ("Bronchiectasis of non-traction type.", "Pulmonary fibrotic sequela", "absent"),
    ("Traction bronchiectasis in the lower lobes.", "Pulmonary fibrotic sequela", "positive"),
    # drained, talc, an aspirated object, valves
    ("右膿胸ドレナージ後の経過観察。", "Pleural effusion", "absent"),
    ("左胸水は排液後でごく少量残存。", "Pleural effusion", "positive"),
    ("胸膜に沿って帯状の高吸収域を認め、タルク沈着と考えられる。", "Lung opacity", "absent"),
    ("Radiolucent foreign body in the left mainstem bronchus.", "Medical material", "absent"),
    ("Zephyr valves in the left lower lobe.", "Medical material", "positive"),
    ("Normal bronchial wall thickness.", "Peribronchial thickening", "negative"),
    ("Nodes up to 8 mm in the subcarinal region.", "Lymphadenopathy", "positive"),
    ("Resolved consolidation, with mild residual scarring in the right lower lobe.", "Pulmonary fibrotic sequela", "positive"),
    ("Resolved consolidation, with mild residual scarring in the right lower lobe.", "Consolidation", "negative"),
])
def test_cue_forms_of_the_thirteenth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


def test_stripped_text_keeps_evidence_offsets():
    """What ``strip`` removes never shifts the evidence: offsets index the original text."""
    text = "えー、右下葉に、あのー、結節を認めます。"
    r = ENGINE.label([text])[0]
    ev = r.findings["Lung nodule"].evidence[0]
    assert text[ev.start:ev.end] == ev.text == "結節"


@pytest.mark.parametrize("text,finding,expected", [
    ("右房・右室は著明に拡大している。", "Cardiomegaly", "positive"),
    ("右房・右室は著明に拡大している。心拡大は認めない。", "Cardiomegaly", "negative"),
    ("縦隔リンパ節腫大は縮小し、有意な腫大はなくなった。", "Lymphadenopathy", "negative"),
    ("縦隔リンパ節(#4R)は短径7mmに縮小しており、病的腫大とは言えません。", "Lymphadenopathy", "negative"),
    ("心膜の軽度びまん性肥厚あり、心嚢液はほとんど目立たない。", "Pericardial effusion", "positive"),
    ("胸骨背側に金属バーが2本留置されており、位置異常はありません。", "Medical material", "positive"),
    ("左横隔膜の修復にパッチが使用されている。", "Medical material", "positive"),
    ("右下葉にパッチ状のすりガラス影。", "Medical material", "absent"),
    ("左下葉支内に金属性の異物を認める。", "Medical material", "absent"),
    ("右胸腔ドレーン挿入後で、肺は再膨張している。", "Medical material", "positive"),
    # a list of questions under a context heading stays context
    ("Clinical information: pulmonary embolism? pleural effusion? No filling defect was detected in the pulmonary "
     "arteries. Pleural effusion was not observed. Linear atelectasis is observed in the right lung middle lobe. "
     "Impression: No finding in favor of pulmonary embolism.", "Pleural effusion", "negative"),
    ("The consolidation area previously observed in the lower lobe of the left lung is not observed in the current "
     "examination.", "Consolidation", "negative"),
    ("Consolidation with sharp margins not conforming to anatomic boundaries, with early fibrotic change.",
     "Pulmonary fibrotic sequela", "positive"),
    ("Fusiform aneurysm of the descending thoracic aorta measuring up to 5.6 cm, with circumferential mural thrombus "
     "and peripheral curvilinear wall calcification.", "Arterial wall calcification", "positive"),
])
def test_cue_forms_of_the_fourteenth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    ("左血気胸があり、胸腔ドレーンが挿入されている。", "Pleural effusion", "positive"),
    ("両肺は広範な浸潤影で含気がほとんど消失しており、white lungを呈する。", "Consolidation", "positive"),
    ("胸部大動脈瘤に対するTEVAR後です。ステントグラフトのmigrationはなく、エンドリークも認めません。",
     "Medical material", "positive"),
    ("ステントグラフトは抜去されている。", "Medical material", "negative"),
    ("全弓部置換術＋エレファントトランク挿入後。", "Medical material", "positive"),
    ("大動脈弓部に石灰化を伴わない粥腫（ソフトプラーク）を認める。腕頭動脈起始部にも同様の非石灰化プラークあり。",
     "Arterial wall calcification", "negative"),
    ("大動脈弓部に石灰化を疑う高吸収域がありますが、アーチファクトの可能性もあります。", "Lung opacity", "absent"),
    ("肺気腫を示唆する低吸収域は認めません。", "Emphysema", "negative"),
    # a findings heading on a question heading's line ends the context there
    ("【依頼目的】肝切除術前。肺気腫の有無を評価してください。【所見】肺気腫を示唆する低吸収域は認めません。", "Emphysema", "negative"),
    ("Small volume mediastinal nodes, the largest 8 mm short axis.", "Lymphadenopathy", "positive"),
    ("Residual nodal soft tissue measuring 3.1 x 1.4 cm, likely post-treatment fibrosis.",
     "Pulmonary fibrotic sequela", "absent"),
])
def test_cue_forms_of_the_fifteenth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # another doctor's report, an examination's limits
    ("前医報告書では右下葉に結節の指摘がありますが、今回の画像では指摘できません。", "Lung nodule", "absent"),
    ("紹介状では「肺気腫の精査」とありますが、今回の画像では気腫性変化は認めません。", "Emphysema", "negative"),
    ("右鎖骨上リンパ節は撮影範囲外のため評価できません。", "Lymphadenopathy", "absent"),
    ("スライス厚が厚く、微小結節の検出には限界がある。", "Lung nodule", "absent"),
    # airway procedures
    ("閉塞性無気肺は改善し、再膨張が得られています。", "Atelectasis", "negative"),
    ("閉塞性無気肺は改善しているが、なお残存する。", "Atelectasis", "positive"),
    ("シリコンステント留置を予定。", "Medical material", "absent"),
    ("気管支拡張薬の吸入後に撮影。", "Bronchiectasis", "absent"),
    ("無気肺も解除されています。", "Atelectasis", "negative"),
    ("気管切開部の瘢痕性狭窄を認める。", "Pulmonary fibrotic sequela", "absent"),
    # 陳旧性 only with what is old
    ("右上葉の石灰化結節は陳旧性病変と考えます。", "Pulmonary fibrotic sequela", "absent"),
    ("右上葉に陳旧性炎症性変化を認める。", "Pulmonary fibrotic sequela", "positive"),
    # English: calcium scores, valves, planning, the heart's septum, treatment words
    ("Agatston score: zero.", "Coronary artery wall calcification", "negative"),
    ("Agatston score 0. Aortic valve calcium score 1250 AU.", "Coronary artery wall calcification", "negative"),
    ("Calcium score 0. Non-calcified plaque in the proximal LAD.", "Coronary artery wall calcification", "absent"),
    ("Agatston score 112.", "Coronary artery wall calcification", "positive"),
    ("TAVR planning CT.", "Medical material", "absent"),
    ("Left ventricular hypertrophy with septal thickness of 16 mm.", "Interlobular septal thickening", "absent"),
    ("Interlobular septal thickness increases are observed in both lungs.", "Interlobular septal thickening", "positive"),
    ("The patient is on consolidation durvalumab.", "Consolidation", "absent"),
    ("CT chest 6 weeks post SBRT to a right lower lobe nodule.", "Lung nodule", "absent"),
    ("The consolidation has evolved into fibrosis.", "Consolidation", "negative"),
])
def test_cue_forms_of_the_sixteenth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # what the chest radiograph showed is not this examination's finding
    ("X線上の心陰影拡大は心膜脂肪に相当すると考えられる。心臓の拡大はない。", "Cardiomegaly", "negative"),
    ("X線で指摘された両側下肺野の濃度上昇は、乳房の重なりと考えられる。", "Lung opacity", "absent"),
    ("すりガラス影は乏しい。", "Lung opacity", "negative"),
    ("結節は目立たなくなりました。", "Lung nodule", "negative"),
    ("心膜に石灰化を伴う肥厚を認める。", "Pericardial effusion", "positive"),
    ("浸潤影を疑う濃度上昇を認める。", "Lung opacity", "absent"),
    ("心胸郭比はCTR 61%。", "Cardiomegaly", "positive"),
    ("心胸郭比はCTR 45%。", "Cardiomegaly", "absent"),
    ("冠動脈石灰化スコア（Agatston score）は0です。", "Coronary artery wall calcification", "negative"),
    ("Calcified right hilar lymph nodes, normal in size.", "Lymphadenopathy", "negative"),
    ("Posterior spinal fusion hardware from T10 to L2.", "Medical material", "positive"),
])
def test_cue_forms_of_the_seventeenth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    ("気管支血管周囲間質の肥厚を認める。", "Peribronchial thickening", "positive"),
    ("中枢側の気管支に軽度の拡張と壁肥厚を伴う。", "Peribronchial thickening", "positive"),
    ("結節性多発動脈炎の経過観察。肺に結節は認めない。", "Lung nodule", "negative"),
    ("空洞化した結節はいずれも瘢痕化している。", "Lung nodule", "negative"),
    ("小葉中心性粒状影は大部分消失し、右下葉にわずかに残存しています。", "Lung nodule", "positive"),
    ("右中葉の浸潤影は線状影に置換されている。", "Consolidation", "negative"),
    ("気管支拡張症疑いで紹介。", "Bronchiectasis", "absent"),
    ("Follow-up after left haemothorax. The haemothorax has resolved with no residual fluid.", "Pleural effusion", "negative"),
    ("The opacity seen on the chest radiograph corresponds to a pleural lipoma.", "Lung opacity", "negative"),
])
def test_cue_forms_of_the_eighteenth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a cancer word names a diagnosis, not a nodule (CT-RATE): the lesion counts as described
    ("右上葉に52mmの腫瘤を認め、肺癌を疑います。", "Lung nodule", "absent"),
    ("右上葉に28mm大の辺縁スピキュラを伴う腫瘤を認め、原発性肺癌を疑う。", "Lung nodule", "positive"),
    ("A 4.5 cm spiculated mass in the left upper lobe, suspicious for bronchogenic carcinoma.", "Lung nodule", "absent"),
    ("A 2 cm spiculated nodule, suspicious for bronchogenic carcinoma.", "Lung nodule", "positive"),
    # a T1 primary is 3 cm or less (TNM): a nodule by size; a pathological stage is the resected specimen
    ("右上葉肺癌、cT1bN0M0。", "Lung nodule", "positive"),
    ("肺癌術後（pN1）。縦隔リンパ節の腫大は認めません。", "Lymphadenopathy", "negative"),
    ("Status post right upper lobectomy, pT1bN1.", "Lymphadenopathy", "negative"),
    ("Staging: T2a N1 M0.", "Lymphadenopathy", "positive"),
    # screening names no finding: a nodule found at screening is a nodule
    ("Lung cancer screening CT shows a 6 mm nodule in the right upper lobe.", "Lung nodule", "positive"),
    ("Low-dose screening CT: 5 mm solid nodule in the RUL.", "Lung nodule", "positive"),
    ("【肺がんCT検診】右下葉S6に11mm大の充実性結節を認めます。", "Lung nodule", "positive"),
    # nodes that did not reach pathological size are described nodes (CT-RATE)
    ("小リンパ節を複数認めますが、病的サイズには達していません。", "Lymphadenopathy", "positive"),
    ("短径8mmのリンパ節を認めますが、有意な腫大ではありません。", "Lymphadenopathy", "negative"),
    ("Subcentimeter mediastinal nodes.", "Lymphadenopathy", "positive"),
    ("Enteric tube with tip in the stomach.", "Medical material", "positive"),
    ("History of hiatal hernia repair; the fundoplication wrap is intact without recurrent hernia.", "Hiatal hernia", "negative"),
    ("食道裂孔ヘルニア根治術後。再発は認めない。", "Hiatal hernia", "negative"),
    ("壁面積比は上昇しており、気道壁肥厚を示唆する。", "Peribronchial thickening", "uncertain"),
    ("Mild airway wall thickening.", "Peribronchial thickening", "positive"),
    # 「今回のCTでは」 ends a history line (patterns match lower-cased text: ct, not CT)
    ("既往歴：COPD。今回のCTでは左肺上葉に径5mmの充実性結節あり。", "Lung nodule", "positive"),
])
def test_cue_forms_of_the_nineteenth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    ("心嚢液貯留は来していない。", "Pericardial effusion", "negative"),
    ("肺気腫の所見は得られない。", "Emphysema", "negative"),
    ("縦隔リンパ節がやや目立ちますが、病的腫大とまでは言えない。", "Lymphadenopathy", "negative"),
    ("The lungs are devoid of focal opacity.", "Lung opacity", "negative"),
    ("Lack of mediastinal lymphadenopathy.", "Lymphadenopathy", "negative"),
    ("The heart cannot be evaluated due to the lack of contrast, and minimal pericardial effusion is observed.",
     "Pericardial effusion", "positive"),
    ("右上葉に腫瘤を認める。腫瘤は径22mmで分葉状。", "Lung nodule", "positive"),
    ("腫瘤は前回28mm→今回36mmに増大。", "Lung nodule", "absent"),
    ("気管支断端にステープラーを認める。", "Medical material", "positive"),
])
def test_cue_forms_of_the_twentieth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a context heading's line that lost its line breaks: the sentences that read the images are findings
    ("Clinical history: rule out pneumonia. The lungs are clear. No focal consolidation. Mild cardiomegaly.",
     "Cardiomegaly", "positive"),
    ("Clinical history: rule out pneumonia. The lungs are clear. No focal consolidation. Mild cardiomegaly.",
     "Consolidation", "negative"),
    ("Clinical history: fever, r/o PNA. H/o hiatal hernia.", "Hiatal hernia", "absent"),
    ("History: COPD. There is a history of lobectomy for a nodule.", "Lung nodule", "absent"),
    ("臨床情報：発熱、肺炎疑い。両肺に浸潤影は認めません。軽度の心拡大を認めます。", "Cardiomegaly", "positive"),
    ("臨床情報：発熱、肺炎疑い。両肺に浸潤影は認めません。軽度の心拡大を認めます。", "Consolidation", "negative"),
    ("既往：肺癌術後。前医CTで結節を指摘された。", "Lung nodule", "absent"),
    # suspected before the examination, then denied
    ("臨床的に右下葉無気肺を疑われ、精査目的で撮影された。無気肺は認めない。", "Atelectasis", "negative"),
    ("Gastric tube is inserted.", "Medical material", "positive"),
    ("Gastric tube reconstruction after esophagectomy.", "Medical material", "absent"),
    ("There is a 1.1 cm nodular opacity in the lingula.", "Lung nodule", "positive"),
    ("Infiltrative shadow is seen in the right lower lobe.", "Consolidation", "positive"),
    # tree-in-bud alone is not an opacity (CT-RATE); an opacity beside it is
    ("Tree-in-bud opacities in the right lower lobe.", "Lung opacity", "absent"),
    ("Tree-in-bud opacities and patchy ground-glass opacities in the right lower lobe.", "Lung opacity", "positive"),
])
def test_cue_forms_of_the_twenty_first_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a one-line report: a history heading, then telegraphic findings
    ("History: dysphagia. Moderate sliding hiatal hernia. No effusion.", "Hiatal hernia", "positive"),
    ("Indication: dyspnea. Pleural effusion? Small nodule?", "Pleural effusion", "absent"),
    ("History: COPD, emphysema. No emphysema is identified.", "Emphysema", "negative"),
    ("Small nodular shadow of 3 mm in left S6.", "Lung nodule", "positive"),
    ("両側上葉優位に壁肥厚を伴う気管支拡張を認めます。", "Peribronchial thickening", "positive"),
    ("Calcified lymph nodes in the mediastinum without enlargement.", "Lymphadenopathy", "negative"),
    ("Arteriosclerotic change of the aorta is observed.", "Arterial wall calcification", "positive"),
    ("Coronary artery calcium score (Agatston): 0.", "Coronary artery wall calcification", "negative"),
    ("Heavy calcification of the aortic valve leaflets, in keeping with aortic stenosis.",
     "Arterial wall calcification", "absent"),
    ("Severe calcification of the native aortic annulus.", "Arterial wall calcification", "absent"),
    ("Calcification of the mitral annulus and aortic valve; coronary arteries are free of calcification.",
     "Coronary artery wall calcification", "negative"),
    ("Mild aortic calcification and no coronary artery calcification.", "Coronary artery wall calcification",
     "negative"),
    ("Coronary calcification was described before; on review, no coronary calcification is present.",
     "Coronary artery wall calcification", "negative"),
    ("胸腔ドレーンは未挿入。", "Medical material", "negative"),
    ("前回認めた右下葉無気肺は再膨張している。", "Atelectasis", "negative"),
    ("右肺は再膨張しているが、右下葉に板状無気肺が残存。", "Atelectasis", "positive"),
    # 正常肺 (normal lung beside a lesion) denies nothing
    ("両肺にすりガラス影、正常肺、低吸収域が混在し、いわゆるheadcheese signを呈する。", "Lung opacity", "positive"),
    ("両肺にすりガラス影、正常肺、低吸収域が混在し、いわゆるheadcheese signを呈する。", "Mosaic attenuation pattern",
     "positive"),
    ("肺野の吸収値が不均一で、低吸収域では血管影が減少しています。", "Mosaic attenuation pattern", "positive"),
    ("同部の気管支は拡張し、粘液栓を伴う。", "Bronchiectasis", "positive"),
    ("気管支は拡張していない。", "Bronchiectasis", "negative"),
    # a linear shadow called Kerley B lines is the septal finding, not an opacity or a scar
    ("両側下葉の胸膜に接して、Kerley B線に相当する短い線状影が多数みられる。", "Lung opacity", "absent"),
    ("両側下葉の胸膜に接して、Kerley B線に相当する短い線状影が多数みられる。", "Pulmonary fibrotic sequela", "absent"),
    ("近傍の胸膜肥厚は陳旧性変化と考えます。", "Pulmonary fibrotic sequela", "absent"),
    ("右上葉に胸膜肺実質の後遺性変化を認める。", "Pulmonary fibrotic sequela", "positive"),
    ("右肺門に短径7mmのリンパ節が観察されるが、有意な腫大ではない。", "Lymphadenopathy", "negative"),
    ("両側乳腺組織は対称的に濃度上昇を示し、高濃度乳腺と評価した。", "Lung opacity", "absent"),
    ("右肺下葉にtree-in-bud様陰影が観察され、感染性細気管支炎に合致する。", "Lung opacity", "absent"),
    ("右肺上葉に浸潤影の後遺性変化として索状影が残存している。", "Consolidation", "negative"),
    ("右肺上葉に浸潤影の後遺性変化として索状影が残存している。", "Pulmonary fibrotic sequela", "positive"),
    # an amount in brackets keeps the item's own statement in a list that denies the next one
    ("右胸水(少量)、左胸水(-)、心嚢水(-)。", "Pleural effusion", "positive"),
    ("心嚢水はごく少量で、生理的範囲と思われます。", "Pericardial effusion", "negative"),
    ("左胸水ドレナージ目的に胸腔ドレーンが留置されています。左胸水はほぼ消失しました。", "Pleural effusion", "negative"),
    # chart shorthand: PE with a side or an amount is the effusion; the embolism's PE is not
    ("Rt PE少量。", "Pleural effusion", "positive"),
    ("左PE(+)少量、右PE(-)。", "Pleural effusion", "positive"),
    ("両側PE、造影欠損あり。", "Pleural effusion", "absent"),
    ("PE(-)。DVT(-)。肺野清。", "Pleural effusion", "absent"),
    ("The ascending aorta is ectatic (42 mm) with wall calcifications.", "Arterial wall calcification", "positive"),
    # template lines left blank: an empty box after the heading, or only unticked options
    ("Emphysema: [ ]\nConsolidation: ( )\nPericardial effusion: ☐", "Emphysema", "negative"),
    ("Emphysema: [ ]\nConsolidation: ( )\nPericardial effusion: ☐", "Consolidation", "negative"),
    ("Emphysema: [ ]\nConsolidation: ( )\nPericardial effusion: ☐", "Pericardial effusion", "negative"),
    ("Emphysema: [x] mild  [ ] moderate\nPleural effusion: [ ] right  [ ] left", "Pleural effusion", "absent"),
    ("Emphysema: [x] mild  [ ] moderate\nPleural effusion: [ ] right  [ ] left", "Emphysema", "positive"),
    ("Small left lower lobe consolidation.\nOn full review, the density represents atelectasis rather than "
     "consolidation.", "Consolidation", "negative"),
    # Japanese structured-report rows: blank, not evaluated, a bracketed choice, a bullet per line
    # (a row left blank says nothing of its finding: the row is dropped, 2026-12-07)
    ("・肺気腫：軽度\n・肺結節：\n・心嚢液：未評価", "Lung nodule", "absent"),
    ("・肺気腫：軽度\n・肺結節：\n・心嚢液：未評価", "Pericardial effusion", "absent"),
    ("胸水の有無：有／【無】\n肺気腫の有無：【有】／無", "Pleural effusion", "negative"),
    ("胸水の有無：有／【無】\n肺気腫の有無：【有】／無", "Emphysema", "positive"),
    ("・すりガラス影：右上葉に淡いもの\n・胸水：なし", "Lung opacity", "positive"),
    ("すりガラス影\t-\tあり（上葉）", "Lung opacity", "positive"),
    # a comment row that withdraws or corrects a row
    ("肺結節\t右S2 7mm\nコメント\t右S2の結節は陳旧性瘢痕と考えます。結節としての報告は取り消します。", "Lung nodule",
     "negative"),
    ("胸水\t右少量\n追記\t胸水としたものは胸膜肥厚であり、胸水は認めません。", "Pleural effusion", "negative"),
    ("The aorta is ectatic (40 mm) without wall calcification.", "Arterial wall calcification", "negative"),
])
def test_cue_forms_of_the_twenty_second_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a comparison heading holds the study compared with: what follows on its line is findings
    ("比較：前回CT 2024/5/1。前回認めた右胸水は増加しています。右下葉に圧排性無気肺を伴います。", "Pleural effusion",
     "positive"),
    ("Comparison: CT 2021. Stable biapical pleuroparenchymal scarring. Small hiatal hernia, unchanged.",
     "Hiatal hernia", "positive"),
    ("比較：前回CT（2024/5/1、胸水あり）。", "Pleural effusion", "absent"),
    # a Japanese question heading's rest counts in Japanese characters (question_rest: 15)
    ("依頼目的：術後の呼吸状態評価。両側下葉背側に無気肺を疑う所見あり。少量の両側胸水。", "Atelectasis", "uncertain"),
    ("依頼目的：COPD。気腫の評価。", "Emphysema", "absent"),
    # a one-line report: present-tense reading verbs end the clinical information
    ("既往歴：乳癌術後、化学療法中。右前胸部にCVポートが留置されています。", "Medical material", "positive"),
    ("臨床情報：ペースメーカー植込み後。左前胸部にペースメーカー本体を認め、リードは右心室に至っています。心拡大あり。",
     "Cardiomegaly", "positive"),
    ("臨床情報：胸水貯留疑い。CRP高値。", "Pleural effusion", "absent"),
])
def test_context_lines_that_lost_their_line_breaks(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a second reading revises the first: every sentence after its heading corrects
    ("一次読影：左S1+2に6mm大の結節を認めます。二次読影：一次読影で指摘の結節は血管断面と考えます。肺結節は認めません。",
     "Lung nodule", "negative"),
    ("【専攻医所見】右下葉に浸潤影を認めます。右胸水少量。【指導医修正】胸水は認めません。", "Pleural effusion", "negative"),
    ("【専攻医所見】右下葉に浸潤影を認めます。右胸水少量。【指導医修正】胸水は認めません。", "Consolidation", "positive"),
    ("Small left pleural effusion. Second read: no pleural effusion; pleural thickening only.", "Pleural effusion",
     "negative"),
    # ... without such a heading, a later denial does not undo an earlier finding
    ("右胸水少量。胸水は認めません。", "Pleural effusion", "positive"),
    # what is around a thing takes the denial: the thing is there
    ("大動脈弁置換術後。人工弁周囲に異常はありません。", "Medical material", "positive"),
    ("結節周囲にすりガラス影は認めません。", "Lung opacity", "negative"),
    # image references do not come between a finding and its predicate
    ("The consolidation seen previously (series 301, image 88) has completely resolved.", "Consolidation", "negative"),
    ("The previously noted right pleural effusion (prior 3:180) has resolved.", "Pleural effusion", "negative"),
    ("A 6 mm nodule (4:67) in the right upper lobe.", "Lung nodule", "positive"),
    # a hedge without its verb (no denial); a question from the radiograph
    ("Small nodule, malignancy not excluded.", "Lung nodule", "uncertain"),
    ("Query hiatus hernia on the chest radiograph. The lungs are clear.", "Hiatal hernia", "absent"),
    # what a treatment was for is the history; an old empyema the cause of what is seen
    ("縦隔リンパ節転移に対する放射線治療後。両側上葉に線維化を認めます。", "Lymphadenopathy", "absent"),
    ("Calcified pleural thickening from previous tuberculous empyema, without pleural fluid.", "Pleural effusion",
     "negative"),
    # an organ's calcifications are no artery's; collapse words; hernias named otherwise
    ("Splenic calcifications from prior granulomatous disease.", "Arterial wall calcification", "absent"),
    ("Volume loss in the left lower lobe, in keeping with partial collapse.", "Atelectasis", "positive"),
    ("Collapse-consolidation of the left lower lobe.", "Atelectasis", "positive"),
    ("Partial collapse of the T8 vertebral body.", "Atelectasis", "absent"),
    ("A large paraoesophageal hernia containing the gastric fundus.", "Hiatal hernia", "positive"),
    ("The stomach is partly intrathoracic.", "Hiatal hernia", "positive"),
    ("The opacity in the right lower lobe represents consolidation with air bronchograms.", "Lung opacity", "absent"),
])
def test_cue_forms_of_the_twenty_sixth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # Chinese-English phrasing
    ("Patchy shadows are seen in the right lower lobe with blurred margins.", "Lung opacity", "positive"),
    ("A few strip-like shadows are seen in the subpleural area.", "Pulmonary fibrotic sequela", "positive"),
    ("Nodular high density shadow in the left upper lobe.", "Lung nodule", "positive"),
    ("Heart shadow is enlarged.", "Lung opacity", "absent"),
    ("Compared with the previous film, the left pleural effusion is absorbed.", "Pleural effusion", "negative"),
    ("The patchy consolidation in the left lower lobe is partly absorbed.", "Consolidation", "positive"),
    ("The bronchial walls of both lower lobes are thickened.", "Peribronchial thickening", "positive"),
    ("The bronchial walls are not thickened.", "Peribronchial thickening", "negative"),
    ("The bronchi in the right lower lobe are dilated in a clustered cystic shape.", "Bronchiectasis", "positive"),
    ("Lymph nodes are visible in the mediastinum, not enlarged.", "Lymphadenopathy", "negative"),
    ("A soft tissue density mass about 2.5 cm x 2.0 cm is seen in the left lower lobe.", "Lung nodule", "positive"),
    ("A soft tissue density mass about 4.5 cm x 2.0 cm is seen in the left lower lobe.", "Lung nodule", "absent"),
    # South Asian English
    ("Emphysema - nil. Pleural effusion - nil.", "Emphysema", "negative"),
    ("Sub-centimetric pretracheal node is noted.", "Lymphadenopathy", "positive"),
    ("Ryle's tube in situ.", "Medical material", "positive"),
    ("Previous HRCT showed ground glass opacities. Present study: no ground glass opacities.", "Lung opacity",
     "negative"),
    # Japanese procedures: markers are devices; an electrode's track is not one; a treated nodule is history
    ("右上葉結節の近傍に金マーカーを留置しました。", "Medical material", "positive"),
    ("腫瘍マーカーの上昇あり。", "Medical material", "absent"),
    ("電極抜去経路に沿った出血は軽微です。", "Medical material", "absent"),
    ("右下葉S6結節に対するRFA後1日目。焼灼域周囲にすりガラス影を伴う。", "Lung nodule", "absent"),
    ("左上葉の5mmの結節は前回から変化なく、造影効果も明らかでない。", "Lung nodule", "positive"),
    ("左肺門部に造影不良な腫瘤（28mm）を認めます。", "Lung nodule", "positive"),
])
def test_cue_forms_of_the_twenty_seventh_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # devices: an infection named after a catheter is none; a device without trouble is there
    ("カテーテル関連血流感染を示唆する血栓も指摘できません。", "Medical material", "absent"),
    ("左第5〜7肋骨の固定プレートおよびスクリューに緩みはありません。", "Medical material", "positive"),
    ("腹腔静脈シャント（デンバーシャント）が造設されています。", "Medical material", "positive"),
    ("Hickman line tip in the SVC.", "Medical material", "positive"),
    ("胸腹水を認めます。", "Pleural effusion", "positive"),
    # a stomach through a torn diaphragm is no hiatal hernia
    ("左横隔膜の連続性が途絶し、胃が胸腔内に脱出しています(collar sign)。", "Hiatal hernia", "absent"),
    ("胃の一部が縦隔内に脱出しています。", "Hiatal hernia", "positive"),
    # scope: what persists after a resolved finding; a "with" phrase after a denied list; a bare degree
    ("Interval resolution of the right pleural effusion with persistent consolidation in the right lower lobe.",
     "Consolidation", "positive"),
    ("Interval resolution of the right pleural effusion with persistent consolidation in the right lower lobe.",
     "Pleural effusion", "negative"),
    ("A spiculated mass in the left upper lobe, without additional nodules, with an enlarged left hilar lymph node.",
     "Lymphadenopathy", "positive"),
    ("No consolidation, nodules or pleural effusion, with normal heart size.", "Pleural effusion", "negative"),
    ("胸水は少量、心嚢液は認めず、心拡大は軽度です。", "Pleural effusion", "positive"),
    ("胸水は少量、心嚢液は認めず、心拡大は軽度です。", "Pericardial effusion", "negative"),
    # nodes measured and then said not to be enlarged; better and now gone; a comment on the follow-up
    ("縦隔リンパ節は短径9mm程度ですが、病的腫大とはいえません。", "Lymphadenopathy", "negative"),
    ("縦隔リンパ節は短径9mm程度です。", "Lymphadenopathy", "positive"),
    ("前回認めた気管支壁肥厚は改善し、現在は認めません。", "Peribronchial thickening", "negative"),
    ("前回認めた気管支壁肥厚は改善しています。", "Peribronchial thickening", "positive"),
    ("結節については経過観察終了で良いと考えます。", "Lung nodule", "absent"),
])
def test_cue_forms_of_the_twenty_eighth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # Japanese katakana loanwords and chart abbreviations
    ("両側上葉優位にセントリロビュラーエンフィゼマを認めます。", "Emphysema", "positive"),
    ("右S6に径8mmのソリッドノジュールあり。", "Lung nodule", "positive"),
    ("ノジュラーな胸膜肥厚を認めます。", "Lung nodule", "absent"),
    ("右に少量のエフュージョンあり。", "Pleural effusion", "positive"),
    ("少量のペリカーディアルエフュージョンもみられます。", "Pleural effusion", "absent"),
    ("少量のペリカーディアルエフュージョンもみられます。", "Pericardial effusion", "positive"),
    ("縦隔・肺門にLAPなし。", "Lymphadenopathy", "negative"),
    ("LAP高値。", "Lymphadenopathy", "absent"),
    ("肺転移を疑うノジュールなし。", "Lung nodule", "negative"),
    ("両肺に小葉中心性のグランドグラスが広がり、モザイクパターンを呈しています。", "Lung opacity", "positive"),
    ("右上葉に径25mmのマスを認めます。", "Lung nodule", "positive"),
    ("ブラジャーのワイヤーによるアーチファクトが前胸部にみられます。", "Medical material", "absent"),
    # a preliminary read: what it left out is there; what the final read does not confirm is not
    ("The preliminary interpretation did not mention a 6 mm right middle lobe nodule.", "Lung nodule", "positive"),
    ("Small left pleural effusion (not mentioned in the preliminary) with adjacent compressive atelectasis.",
     "Atelectasis", "positive"),
    ("Emphysema is not confirmed.", "Emphysema", "negative"),
    ("PRELIMINARY: Mediastinal lymphadenopathy. FINAL: Emphysema. There is no mediastinal lymphadenopathy.",
     "Lymphadenopathy", "negative"),
    # a course of chart marks: the last one is now
    ("前回比較。右上葉結節(+)→(−)、消失しています。", "Lung nodule", "negative"),
    ("胸水(−)→(+)。", "Pleural effusion", "positive"),
    ("浸潤影(+)→(±)。", "Consolidation", "uncertain"),
    ("GGO(+)→(-).", "Lung opacity", "negative"),
    ("結節(±)：左下葉S10に3mm大の微小結節の可能性、血管断面との鑑別困難。", "Lung nodule", "uncertain"),
])
def test_cue_forms_of_the_twenty_ninth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # what an earlier study saw is no predicate of today's
    ("The left lower lobe atelectasis seen in 2022 and 2023 has resolved.", "Atelectasis", "negative"),
    ("Peribronchial thickening was seen in June 2024 and has since resolved.", "Peribronchial thickening", "negative"),
    ("The hiatal hernia seen in 2023 was not present in 2024 and is not present today.", "Hiatal hernia", "negative"),
    ("The nodule seen in 2023 has grown to 9 mm.", "Lung nodule", "positive"),
    ("The ground-glass opacity present in 2019 has been replaced by fibrosis.", "Lung opacity", "negative"),
    ("Compared with CTs of 2023, requested for lung nodule surveillance.", "Lung nodule", "absent"),
    ("Previous Nissen fundoplication for hiatus hernia; the wrap is intact.", "Hiatal hernia", "negative"),
    ("Biapical pleural thickening and mild calcification of the thoracic aorta.", "Arterial wall calcification",
     "positive"),
    ("Calcified plaques of the diaphragmatic pleura bilaterally.", "Arterial wall calcification", "absent"),
    # European English
    ("Dystelectasis of the lower lobes.", "Atelectasis", "positive"),
    ("Minor hypoventilation of the dorsal lower lobes.", "Atelectasis", "positive"),
    ("Obesity hypoventilation syndrome.", "Atelectasis", "absent"),
    ("Marked aortic sclerosis.", "Arterial wall calcification", "positive"),
    ("Coronary sclerosis.", "Coronary artery wall calcification", "positive"),
    ("Pneumonic infiltrate in the right lower lobe with positive air bronchogram.", "Consolidation", "positive"),
    ("Pleural effusion completely regressive.", "Pleural effusion", "negative"),
    ("Status post left-sided pleural drainage, chest tube removed.", "Medical material", "negative"),
    ("The previously described nodule is no longer detectable.", "Lung nodule", "negative"),
    ("Nodular image of 5 mm in the left lower lobe.", "Lung nodule", "positive"),
    # Japanese: gone before, back now
    ("両側胸水は前回には消失していましたが、今回再び出現しています。", "Pleural effusion", "positive"),
    ("気管前リンパ節（短径11mm）は前回は指摘なしで、今回新たに出現しています。", "Lymphadenopathy", "positive"),
])
def test_cue_forms_of_the_thirtieth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a denial of what a thing is wins in its sentence
    ("左肺舌区に小豆大の結節様に見える部分があるが、肺静脈の分岐部であり、結節ではない。", "Lung nodule", "negative"),
    ("心嚢液貯留は明らかではありません。", "Pericardial effusion", "negative"),
    ("右上葉に結節を認めます。左下葉の陰影は結節ではない。", "Lung nodule", "positive"),
    # sizes by comparison
    ("左肺上葉に母指頭大の腫瘤を認めます。", "Lung nodule", "positive"),
    ("左肺上葉に鶏卵大の腫瘤を認めます。", "Lung nodule", "absent"),
    ("前回鶏卵大であった左肺上葉の腫瘤は縮小し、現在は母指頭大です。", "Lung nodule", "positive"),
    # a post-inflammatory change as what a nodule is; a condition for a later examination; a drain only considered
    ("右肺上葉に米粒大の石灰化結節を認め、陳旧性炎症後の変化と考える。", "Pulmonary fibrotic sequela", "absent"),
    ("右肺上葉に索状影と石灰化結節を認め、陳旧性炎症後の変化と考える。", "Pulmonary fibrotic sequela", "positive"),
    ("リンパ節腫大の出現があれば再検をご検討ください。", "Lymphadenopathy", "absent"),
    ("ドレーン留置の要否についてはご高診ください。", "Medical material", "absent"),
    # English: what a follow-up watches for; cardiac surgery
    ("Attention on follow-up to the development of lymphadenopathy.", "Lymphadenopathy", "absent"),
    ("There has been development of a small right pleural effusion.", "Pleural effusion", "positive"),
    ("The pericardial effusion seen 2 weeks after surgery has resolved.", "Pericardial effusion", "negative"),
    ("The atelectasis seen postoperatively has resolved.", "Atelectasis", "negative"),
    ("Status post Bentall procedure with a composite valved graft.", "Medical material", "positive"),
    ("Mitral annuloplasty ring.", "Medical material", "positive"),
    ("Small pericardial haematoma.", "Pericardial effusion", "positive"),
    ("Subcutaneous ICD with the parasternal lead to the left of the sternum.", "Medical material", "positive"),
    ("The ICD has been explanted and the leads extracted.", "Medical material", "negative"),
])
def test_cue_forms_of_the_thirty_first_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a denial that makes an exception leaves what it excepts
    ("Subpleural lucency at the right apex could represent a small bleb. No definite emphysema elsewhere.",
     "Emphysema", "uncertain"),
    ("A small bulla at the right apex. No emphysema.", "Emphysema", "negative"),
    # fluid in a fissure; a bone lesion's matrix; breast tissue; Japanese bronchi and mosaic wording
    ("Septal lines, and fluid tracking into the major fissures.", "Pleural effusion", "positive"),
    ("A ground-glass matrix expansile lesion in the left sixth rib.", "Lung opacity", "absent"),
    ("Dense fibroglandular breast tissue bilaterally.", "Pulmonary fibrotic sequela", "absent"),
    ("両肺に地図状の低吸収域を認めます。", "Mosaic attenuation pattern", "positive"),
    ("左下葉の気管支内腔が拡張し、壁も肥厚している。", "Bronchiectasis", "positive"),
    ("左下葉の気管支内腔が拡張し、壁も肥厚している。", "Peribronchial thickening", "positive"),
    # literary Japanese denials; not likely; an operated hernia; a catheter examination
    ("浸潤影は同定し得ません。", "Consolidation", "negative"),
    ("胸水は捉えられません。", "Pleural effusion", "negative"),
    ("結節は見いだせません。", "Lung nodule", "negative"),
    ("縦隔リンパ節腫大は明らかにはできません。", "Lymphadenopathy", "negative"),
    ("縦隔にリンパ節腫大は認めがたい。", "Lymphadenopathy", "negative"),
    ("無気肺とは考えにくく、瘢痕と考えます。", "Atelectasis", "negative"),
    ("食道裂孔ヘルニア術後。ヘルニアの再発はありません。", "Hiatal hernia", "negative"),
    ("心臓カテーテル検査で冠動脈狭窄を指摘されています。", "Medical material", "absent"),
    # English: mostly gone is still there; collapse behind a tumour; measured nodular opacities
    ("The left pleural effusion has largely resolved, with only a trace remaining.", "Pleural effusion", "positive"),
    ("Postobstructive collapse of the posterior segment of the right upper lobe.", "Atelectasis", "positive"),
    ("Small nodular opacities in the right upper lobe, the largest measuring 6 mm.", "Lung nodule", "positive"),
])
def test_cue_forms_of_the_thirty_second_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # a question takes its answer
    ("Q: Emphysema? A: Yes, moderate, centrilobular. Q: Nodules? A: None.", "Emphysema", "positive"),
    ("Q: Emphysema? A: Yes, moderate, centrilobular. Q: Nodules? A: None.", "Lung nodule", "negative"),
    ("1. Is there lymphadenopathy? No. 2. Nodule growth? The 6 mm nodule is stable.", "Lymphadenopathy", "negative"),
    ("1. Is there lymphadenopathy? No. 2. Nodule growth? The 6 mm nodule is stable.", "Lung nodule", "positive"),
    ("Small effusion? Possibly.", "Pleural effusion", "uncertain"),
    ("胸水は？ なし。", "Pleural effusion", "negative"),
    # a question mark in brackets is a hedge, not a question with an answer after it
    ("右下葉に結節状浸潤影を認める(感染性?無気肺?)。撮像範囲に異常なし。", "Consolidation", "positive"),
    ("You asked whether there was evidence of emphysema; there is none.", "Emphysema", "absent"),
    ("The apparent nodule on the radiograph corresponds to a nipple shadow.", "Lung nodule", "negative"),
    # one denial for a list
    ("以下はいずれも認めません：胸水、心嚢液、縦隔・肺門リンパ節腫大。", "Pleural effusion", "negative"),
    ("明らかな異常所見なし（結節、浸潤影、胸水）。", "Lung nodule", "negative"),
    ("異常なし（冠動脈石灰化を除く）。", "Coronary artery wall calcification", "positive"),
    ("・肺結節\n・浸潤影\n・胸水\n以上、いずれも認めず。\n大動脈に壁石灰化を認めます。", "Pleural effusion", "negative"),
    ("・肺結節\n・浸潤影\n・胸水\n以上、いずれも認めず。\n大動脈に壁石灰化を認めます。", "Arterial wall calcification",
     "positive"),
    ("None of the following is seen: pleural effusion, consolidation, lymphadenopathy.", "Consolidation", "negative"),
    # softened denials and bounded findings
    ("心嚢液はほぼないと考えます。", "Pericardial effusion", "negative"),
    ("右胸水はないか、あってもごく少量です。", "Pleural effusion", "uncertain"),
    ("臨床的に無気肺の疑いとのことですが、明らかな無気肺は認めません。", "Atelectasis", "negative"),
    ("I doubt there is a true nodule.", "Lung nodule", "negative"),
    ("Doubtful cardiomegaly.", "Cardiomegaly", "negative"),
    ("No more than a trace of left pleural fluid.", "Pleural effusion", "positive"),
    ("Emphysema is absent or minimal.", "Emphysema", "positive"),
    ("A trace effusion cannot be excluded.", "Pleural effusion", "uncertain"),
    ("Superimposed consolidation cannot entirely be excluded.", "Consolidation", "uncertain"),
])
def test_cue_forms_of_the_thirty_third_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


@pytest.mark.parametrize("text,finding,expected", [
    # slips of the Japanese input method read as the word meant; evidence slices the original
    ("右凶水を少量認めます。", "Pleural effusion", "positive"),
    ("左下葉に無機肺あり。", "Atelectasis", "positive"),
    ("血節は認めせん。", "Lung nodule", "negative"),
    # statuses after and before findings
    ("Pleural effusion (none). Emphysema (absent).", "Emphysema", "negative"),
    ("Right pleural effusion (resolved).", "Pleural effusion", "negative"),
    ("Left chest tube — removed.", "Medical material", "negative"),
    ("右下葉肺腺癌（cT1b、20mm、著変なし）。", "Lung nodule", "positive"),
    ("右下葉結節（疑い、血管断面との区別困難）。", "Lung nodule", "uncertain"),
    # speech recognition's "know" for "no"; words heard as two
    ("Know significant lymphadenopathy.", "Lymphadenopathy", "negative"),
    ("There is know pleural effusion.", "Pleural effusion", "negative"),
    ("Cylindrical bronchi ectasis in the lower lobes.", "Bronchiectasis", "positive"),
    # one side has it, the other not
    ("胸膜：右少量胸水、左胸水なし。", "Pleural effusion", "positive"),
    ("胸膜：左胸水少量、右胸水なし。", "Pleural effusion", "positive"),
    ("胸水、心嚢液貯留は認めない。", "Pleural effusion", "negative"),
    ("前回のすりガラス影は改善し、現在ほぼ指摘できない。", "Lung opacity", "negative"),
    ("Patchy ground-glass opacities in the left upper lobe, not seen on the right.", "Lung opacity", "positive"),
    ("PLEURA: Effusion - right: small; left: none.", "Pleural effusion", "positive"),
    ("両側に軽度の胸膜肥厚を認めますが、胸水は認めません。陳旧性の変化と思われます。", "Pulmonary fibrotic sequela", "absent"),
    ("右下葉に小さな結節を認めますが、陳旧性の炎症性変化と思われます。", "Pulmonary fibrotic sequela", "absent"),
    ("右上葉に陳旧性の線維化を認めます。", "Pulmonary fibrotic sequela", "positive"),
])
def test_cue_forms_of_the_thirty_fourth_probe_round(text, finding, expected):
    assert state(text, finding).value == expected


def test_input_method_typos_keep_evidence_on_the_original_text():
    from shoken.engines import make_engine
    text = "右凶水を少量認めます。"
    ev = make_engine("rules").label([text])[0].findings["Pleural effusion"].evidence[0]
    assert text[ev.start:ev.end] == ev.text == "凶水"



@pytest.mark.parametrize("text, finding, expected", [
    # a verdict after the software's mention decides it
    ("The AI marked a 5 mm nodule in the left lower lobe; rejected, it is a vessel.", "Lung nodule", State.NEGATIVE),
    ("CAD flagged a right upper lobe nodule, confirmed on review.", "Lung nodule", State.POSITIVE),
    ("AI detected a small left pleural effusion - disagree, this is pleural thickening.", "Pleural effusion", State.NEGATIVE),
    ("AIが右下葉に結節を検出しましたが、不採用（血管）。", "Lung nodule", State.NEGATIVE),
    ("AIが左S6の結節を指摘し、読影医も採用。", "Lung nodule", State.POSITIVE),
    # ... also one that starts the next sentence, apart from its own mentions
    ("Automated detection reports emphysema. Not confirmed by the radiologist; the lungs are normal.",
     "Emphysema", State.NEGATIVE),
    # ... but not a verdict with an object of its own
    ("AI flagged ground-glass opacity. Radiologist agrees with the bronchiectasis. No effusion.",
     "Lung opacity", State.POSITIVE),
    # a verdict in a table's cell makes its row the software's
    ("Finding | Software | Reader\nPleural effusion | Detected | Rejected\nEmphysema | Detected | Accepted",
     "Pleural effusion", State.NEGATIVE),
    ("Finding | Software | Reader\nPleural effusion | Detected | Rejected\nEmphysema | Detected | Accepted",
     "Emphysema", State.POSITIVE),
    # without a verdict, the radiologist's denial by name wins over the software's mention ...
    ("AI suggested cardiomegaly. The heart is of normal size; no cardiomegaly.", "Cardiomegaly", State.NEGATIVE),
    ("AIが心嚢液貯留を指摘していますが、心膜脂肪と考えます。心嚢液貯留は認めません。", "Pericardial effusion", State.NEGATIVE),
    # ... not a denial of its other instances
    ("AI detected a 6 mm nodule in the right middle lobe. No other nodules.", "Lung nodule", State.POSITIVE),
    ("AIが右S3に6mmの結節を指摘。他に結節は認めません。", "Lung nodule", State.POSITIVE),
    # the same denials leave a radiologist's own mention alone
    ("A 6 mm nodule in the right middle lobe. The nodule has resolved in the left lung; no nodule there.",
     "Lung nodule", State.POSITIVE),
    # what the software missed is there
    ("Small right pleural effusion, not flagged by the AI.", "Pleural effusion", State.POSITIVE),
    # the software's part of a sentence ends where the radiologist's begins
    ("The AI calcium tool reported a score of 0; however, a small calcification is visible in the LAD, so the "
     "automated result is not accepted.", "Coronary artery wall calcification", State.POSITIVE),
    # CAD is coronary artery disease unless it is the software's
    ("History of CAD. Coronary artery calcification. No coronary artery calcification in the LAD stent.",
     "Coronary artery wall calcification", State.POSITIVE),
])
def test_software_readings_yield_to_the_radiologist(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a status before its list gives every item the status, up to the sentence's end ...
    ("Resolved: left pleural effusion, right middle lobe consolidation. Persistent: mild emphysema.",
     "Consolidation", State.NEGATIVE),
    ("Resolved: left pleural effusion, right middle lobe consolidation. Persistent: mild emphysema.",
     "Emphysema", State.POSITIVE),
    ("No longer seen:\n- small pericardial effusion\n- subcarinal lymphadenopathy", "Lymphadenopathy", State.NEGATIVE),
    # ... not to the numbered items under a line that has its own list
    ("1. Resolved: left lower lobe consolidation.\n2. New: 4 mm nodule in the right upper lobe.",
     "Lung nodule", State.POSITIVE),
    ("指摘なし：胸水、縦隔リンパ節腫大、心嚢液。右S6に索状影を認めます。", "Pleural effusion", State.NEGATIVE),
    ("【前回から消失した所見】\n・右胸水\n・左下葉の浸潤影\n【残存する所見】\n・右下葉の板状無気肺", "Consolidation", State.NEGATIVE),
    ("【前回から消失した所見】\n・右胸水\n・左下葉の浸潤影\n【残存する所見】\n・右下葉の板状無気肺", "Atelectasis", State.POSITIVE),
    # a course of points: the last one is now
    ("Left pleural effusion: moderate -> small -> none.", "Pleural effusion", State.NEGATIVE),
    ("Left pleural effusion: none -> trace -> small.", "Pleural effusion", State.POSITIVE),
    ("Subcarinal node: 16 mm -> 13 mm -> 11 mm.", "Lymphadenopathy", State.POSITIVE),
    ("Pericardial effusion: moderate (May), small (July), none (today).", "Pericardial effusion", State.NEGATIVE),
    # a lung segment is a lung site: the node in the same list leaves the nodule alone
    ("増大：右S6結節（9mm→12mm）、右肺門リンパ節", "Lung nodule", State.POSITIVE),
])
def test_a_status_before_a_list_and_a_course_of_points(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # postmortem CT: the lungs' hypostasis is a dependent density; the heart's is not
    ("両肺上葉背側に血液就下を認めます。", "Lung opacity", State.POSITIVE),
    ("心腔内に血液就下を認めます。", "Lung opacity", State.ABSENT),
    ("Bilateral posterior hypostasis in the lower lobes.", "Lung opacity", State.POSITIVE),
    ("Hypostasis of blood in the cardiac chambers.", "Lung opacity", State.ABSENT),
    ("両肺の透過性がびまん性に低下しています。", "Lung opacity", State.POSITIVE),
    # what a thing differs from is denied: 「…とは異なります」
    ("腐敗ガスによる気腫様の像を認めますが、肺気腫とは異なります。", "Emphysema", State.NEGATIVE),
    # arteries beyond the aorta, and the intima's calcification
    ("Calcification of the wall of the pulmonary trunk.", "Arterial wall calcification", State.POSITIVE),
    ("Dissection flap with inward displacement of intimal calcification.", "Arterial wall calcification", State.POSITIVE),
    # treatment response: a node named by its station, a node shrunk to normal, a mass shrunk under 3 cm
    ("T1: 4R node 19 mm short axis.", "Lymphadenopathy", State.POSITIVE),
    ("Right hilar node 14 mm -> 6 mm short axis, now non-pathological.", "Lymphadenopathy", State.NEGATIVE),
    ("Right hilar node 14 mm short axis, now normal in size.", "Lymphadenopathy", State.NEGATIVE),
    ("Right upper lobe mass 47 mm -> 26 mm.", "Lung nodule", State.POSITIVE),
    ("Right upper lobe mass 26 mm -> 47 mm.", "Lung nodule", State.ABSENT),
    ("左上葉腫瘤 41mm→27mm（-34%）。", "Lung nodule", State.POSITIVE),
    # lung metastases are in the lungs, whatever else the list names; a check asked for is no finding
    ("非標的病変：多発肺転移、縦隔リンパ節腫大。", "Lung nodule", State.POSITIVE),
    ("乳癌術後、肺転移チェック。", "Lung nodule", State.ABSENT),
])
def test_cue_forms_of_the_thirty_fifth_probe_round(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a history named in a sentence of its own is no finding of this examination ...
    ("History of emphysema according to the referral letter. The lungs are clear.", "Emphysema", State.ABSENT),
    ("Indication: cough? History of cardiomegaly.", "Cardiomegaly", State.ABSENT),
    ("既往に心拡大を指摘されている。", "Cardiomegaly", State.ABSENT),
    ("既往歴として胸水貯留あり。", "Pleural effusion", State.ABSENT),
    # ... but what follows it in the sentence, or what this examination shows, is
    ("History of CABG with sternotomy wires.", "Medical material", State.POSITIVE),
    ("History of tuberculosis, fibrotic bands in the right apex.", "Pulmonary fibrotic sequela", State.POSITIVE),
    ("A patient with a history of smoking shows centrilobular emphysema.", "Emphysema", State.POSITIVE),
    ("既往に結核があり、今回右上葉に結節を認める。", "Lung nodule", State.POSITIVE),
])
def test_a_history_sentence_is_no_finding(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # what is said of a disease in general is no finding of this examination ...
    ("Heart failure typically produces pleural effusions and septal thickening, neither seen here.",
     "Pleural effusion", State.ABSENT),
    ("Pericardial effusion occurs in about 15% of such patients; none here.", "Pericardial effusion", State.ABSENT),
    ("Sarcoidosis may be associated with hilar lymphadenopathy. The lungs are clear.", "Lymphadenopathy", State.ABSENT),
    ("Consolidation would be expected if this were aspiration.", "Consolidation", State.ABSENT),
    ("Bronchiectasis is a recognised complication of ABPA.", "Bronchiectasis", State.ABSENT),
    ("一般に心不全では両側胸水を伴うことが多いが、本例では認めない。", "Pleural effusion", State.ABSENT),
    ("肺塞栓症ではモザイク灌流を呈しうる。肺動脈に造影欠損はない。", "Mosaic attenuation pattern", State.ABSENT),
    ("食道裂孔ヘルニアは高齢者でしばしば見られる。", "Hiatal hernia", State.ABSENT),
    ("増悪の際には胸水の出現に注意されたい。", "Pleural effusion", State.ABSENT),
    # ... but this patient's findings next to it stand
    ("Heart failure typically produces effusions; here there is a small right pleural effusion.",
     "Pleural effusion", State.POSITIVE),
    ("Consolidation in the right lower lobe may be associated with aspiration.", "Consolidation", State.POSITIVE),
    ("NTM症では気管支拡張が特徴的とされるが、本例では右中葉に気管支拡張を認める。", "Bronchiectasis", State.POSITIVE),
])
def test_general_remarks_are_no_findings(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a result written for the patient, in plain words
    ("There is some fluid around your left lung.", "Pleural effusion", State.POSITIVE),
    ("There is no fluid around your lungs.", "Pleural effusion", State.NEGATIVE),
    ("A little fluid in the sac around your heart.", "Pericardial effusion", State.POSITIVE),
    ("Your heart is a little enlarged.", "Cardiomegaly", State.POSITIVE),
    ("A small spot on your right lung, about 4 mm.", "Lung nodule", State.POSITIVE),
    ("The spot on your lung is no longer there.", "Lung nodule", State.NEGATIVE),
    ("Some glands in your chest are swollen.", "Lymphadenopathy", State.POSITIVE),
    ("The thyroid gland is enlarged.", "Lymphadenopathy", State.ABSENT),
    ("Calcium build-up in the arteries that supply your heart.", "Coronary artery wall calcification", State.POSITIVE),
    ("We will drain the fluid next week.", "Medical material", State.ABSENT),
    ("We could not completely rule out a small spot in the left lung.", "Lung nodule", State.UNCERTAIN),
    ("肺のまわりに少し水がたまっています。", "Pleural effusion", State.POSITIVE),
    ("心臓のまわりに水はたまっていません。", "Pericardial effusion", State.NEGATIVE),
    ("心臓が少し大きくなっています。", "Cardiomegaly", State.POSITIVE),
    ("大動脈の壁にカルシウムが少しついています。", "Arterial wall calcification", State.POSITIVE),
    ("がんを思わせるしこりは見つかりませんでした。", "Lung nodule", State.NEGATIVE),
    ("甲状腺に小さなしこりがあります。", "Lung nodule", State.ABSENT),
    ("気管支が少し太くなっています。", "Bronchiectasis", State.POSITIVE),
    ("肺気腫があるか調べるためにCTを撮りました。", "Emphysema", State.ABSENT),
])
def test_plain_words_of_a_result_for_the_patient(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # what is said only inside a quotation of another text is that text's ...
    ('The prior report describes "a 5 mm left upper lobe nodule"; not seen today.', "Lung nodule", State.ABSENT),
    ("Preliminary read: 'small right effusion'. The pleural spaces are clear.", "Pleural effusion", State.ABSENT),
    ('The outside CT described "patchy GGO" and a "small left effusion". The lungs are clear.',
     "Pleural effusion", State.ABSENT),
    ("前回レポートでは『左上葉に小結節』と記載されていますが、今回は指摘できません。", "Lung nodule", State.ABSENT),
    ("紹介状に「胸水貯留疑い」とありますが、胸腔内に液体貯留はありません。", "Pleural effusion", State.NEGATIVE),
    # ... unless this reading says it too, after the quotation or right after it
    ('The prior report described "mild bronchiectasis in the lingula". This is again seen.', "Bronchiectasis",
     State.POSITIVE),
    ("前回の『右下葉結節』は今回も残存しています。", "Lung nodule", State.POSITIVE),
    # CT-RATE's translations wrap their own impressions in quotation marks: those are this reading's
    ("“Minimal pericardial effusion.” Mild cardiomegaly.", "Pericardial effusion", State.POSITIVE),
    ("「少量の心嚢液貯留。」", "Pericardial effusion", State.POSITIVE),
    # a full stop inside a closing quotation mark ends the sentence
    ('History: "emphysema on spirometry." No emphysema is seen on CT.', "Emphysema", State.NEGATIVE),
])
def test_quotations_of_another_text(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a look-alike counts unless the report denies the finding by name ...
    ("右下葉に結節様にみえる部分がありますが、心拍動による偽病変と考えます。明らかな結節はありません。",
     "Lung nodule", State.NEGATIVE),
    ("右横隔膜下に胸水様の液体貯留を認めますが、腹水と考えます。胸水は認めません。", "Pleural effusion", State.NEGATIVE),
    ("A nodule-like density in the lingula. No pulmonary nodules.", "Lung nodule", State.NEGATIVE),
    ("右上葉に結節様の陰影を認めます。", "Lung nodule", State.POSITIVE),
    # ... and the names made with 様 stay names
    ("両肺にすりガラス様陰影を認めます。その他に明らかな陰影は認めません。", "Lung opacity", State.POSITIVE),
    ("両肺上葉に気腫様変化を認めます。", "Emphysema", State.POSITIVE),
])
def test_look_alikes_yield_to_a_denial_by_name(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a course: what an earlier examination showed is no finding now; the current one decides
    ("2023/1：左下葉に浸潤影。\n2023/3：改善傾向。\n今回（2023/6）：消失し、明らかな異常影なし。", "Consolidation", State.ABSENT),
    ("2023/4：右胸水なし\n今回：右胸水少量", "Pleural effusion", State.POSITIVE),
    ("【前回 2023/8】両下葉に小葉間隔壁肥厚\n【今回 2024/8】新たな異常なし", "Interlobular septal thickening", State.ABSENT),
    # ... without a heading of the current examination, dated lines are read as they are
    ("2024/5/1：右下葉に結節あり。", "Lung nodule", State.POSITIVE),
    # a point that another point follows is not the last one
    ("すりガラス影：2022/9 両側→2023/2 消失→今回 両上葉に再出現。", "Lung opacity", State.POSITIVE),
    ("右胸水：2022年 少量、2023年 消失、今回 少量再貯留。", "Pleural effusion", State.POSITIVE),
    ("右胸水 少量→消失。", "Pleural effusion", State.NEGATIVE),
    # a table with one column per examination reads as the current one
    ("所見\t2022/6\t2023/6\t今回\n心嚢液\tなし\tなし\t少量", "Pericardial effusion", State.POSITIVE),
    ("|所見|2023/1|2023/7|2024/1|\n|胸水|少量|少量|なし|", "Pleural effusion", State.NEGATIVE),
    ("Finding\tPrior\tToday\nPleural effusion\tsmall\tnone", "Pleural effusion", State.NEGATIVE),
])
def test_courses_of_examinations_read_as_now(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a back-reference decides what was named before it ...
    ("A 5 mm nodule was seen in the left lower lobe on the prior CT. It has resolved.", "Lung nodule", State.NEGATIVE),
    ("Small bilateral pleural effusions were present in May; these have cleared.", "Pleural effusion", State.NEGATIVE),
    ("Right lower lobe consolidation on the study of 3 June, which has since resolved.", "Consolidation", State.NEGATIVE),
    ("Two nodules were reported previously. Neither is seen on the current study.", "Lung nodule", State.NEGATIVE),
    ("前回CTでは右下葉に6mmの結節を認めた。今回これは消失している。", "Lung nodule", State.NEGATIVE),
    ("前回は右胸水と心嚢液貯留を認めた。今回、前者は消失したが、後者は少量残存している。", "Pericardial effusion",
     State.POSITIVE),
    ("前回は右胸水と心嚢液貯留を認めた。今回、前者は消失したが、後者は少量残存している。", "Pleural effusion",
     State.NEGATIVE),
    # ... a kept one keeps it, and a clause's last predicate decides
    ("A 6 mm nodule in the right upper lobe. It is unchanged.", "Lung nodule", State.POSITIVE),
    ("前回みられた右胸水は、いずれも改善し、今回は認めない。", "Pleural effusion", State.NEGATIVE),
    # ... but it revives nothing denied, says nothing of an attribute, and does not reach over a sentence
    ("The heart is normal in size. It is unchanged.", "Cardiomegaly", State.NEGATIVE),
    ("There is a 7 mm nodule in the right upper lobe. It is not calcified.", "Lung nodule", State.POSITIVE),
    ("The left pleural effusion has not resolved.", "Pleural effusion", State.POSITIVE),
    ("The right pleural effusion, which had resolved on the June study, has recurred.", "Pleural effusion", State.POSITIVE),
])
def test_back_references_decide_what_was_named(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a look-alike named before its word counts unless the report denies the finding by name
    ("A prominent fat pad mimics cardiomegaly. No cardiomegaly.", "Cardiomegaly", State.NEGATIVE),
    ("Dependent atelectasis produces a pseudo-consolidation appearance; no true consolidation.", "Consolidation",
     State.NEGATIVE),
    ("What appears to be a hiatal hernia is a fluid-filled oesophagus. No hiatal hernia.", "Hiatal hernia",
     State.NEGATIVE),
    ("Apparent consolidation at the right base represents partial volume of the liver dome.", "Consolidation",
     State.NEGATIVE),
    ("Material mimicking a nodule in the left lower lobe bronchus.", "Lung nodule", State.POSITIVE),
    # an earlier course's headed lines are not read, in English too
    ("Baseline (2020): left lower lobe consolidation. Follow-up (2021): resolved. Current: clear lungs.",
     "Consolidation", State.ABSENT),
    ("CT CHEST 2020: Small hiatal hernia.\nCT CHEST TODAY: No hiatal hernia.", "Hiatal hernia", State.NEGATIVE),
    ("\tBaseline\tPrior\tToday\nLymph nodes\tenlarged\tenlarged\tnormal", "Lymphadenopathy", State.NEGATIVE),
    # what an operation took away
    ("The hiatal hernia described on the 2017 CT was repaired in 2019.", "Hiatal hernia", State.NEGATIVE),
])
def test_look_alikes_and_courses_in_english(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # double negatives in Japanese: hedged ...
    ("右胸水がないとは言えません。", "Pleural effusion", State.UNCERTAIN),
    ("縦隔リンパ節腫大は明らかでないとは言えない。", "Lymphadenopathy", State.UNCERTAIN),
    ("気管支壁肥厚は否定的とまでは言えない。", "Peribronchial thickening", State.UNCERTAIN),
    ("冠動脈石灰化がなくはない。", "Coronary artery wall calcification", State.UNCERTAIN),
    ("肺気腫は否定的ですが、否定はしきれません。", "Emphysema", State.UNCERTAIN),
    # ... or denied
    ("心嚢液貯留は否定しうる。", "Pericardial effusion", State.NEGATIVE),
    ("肺気腫があるとは言い難い。", "Emphysema", State.NEGATIVE),
])
def test_japanese_double_negatives(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # double negatives in English: hedged ...
    ("It is not possible to exclude a 5 mm nodule in the lingula.", "Lung nodule", State.UNCERTAIN),
    ("Subcarinal soft tissue, not inconsistent with lymphadenopathy.", "Lymphadenopathy", State.UNCERTAIN),
    ("There is no evidence against atelectasis at the left base.", "Atelectasis", State.UNCERTAIN),
    ("The study can neither confirm nor exclude septal thickening.", "Interlobular septal thickening", State.UNCERTAIN),
    ("The absence of a small pleural effusion cannot be confirmed.", "Pleural effusion", State.UNCERTAIN),
    # ... present ...
    ("A not insignificant right pleural effusion is present.", "Pleural effusion", State.POSITIVE),
    ("There is no lack of coronary artery calcification.", "Coronary artery wall calcification", State.POSITIVE),
    # ... or denied
    ("It would be wrong to call this consolidation.", "Consolidation", State.NEGATIVE),
    ("A hiatal hernia cannot be confirmed.", "Hiatal hernia", State.NEGATIVE),
])
def test_english_double_negatives(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # treatment response in prose: a mass whose size now is under 3 cm is a nodule ...
    ("The right upper lobe mass has decreased from 42 to 27 mm.", "Lung nodule", State.POSITIVE),
    ("The hilar mass has decreased to 26 mm from 41 mm.", "Lung nodule", State.POSITIVE),
    ("The right upper lobe mass has increased from 27 to 42 mm.", "Lung nodule", State.ABSENT),
    # ... nodes regressed to normal and a primary turned into a scar are gone; the scar is there
    ("Nodal disease has regressed to within normal limits.", "Lymphadenopathy", State.NEGATIVE),
    ("The primary lesion has become a linear scar.", "Pulmonary fibrotic sequela", State.POSITIVE),
    # the software's tool named by a finding is the software's reading
    ("冠動脈石灰化自動解析ソフトの結果はスコア0でした。目視でも冠動脈に石灰化は認めません。",
     "Coronary artery wall calcification", State.NEGATIVE),
    ("右前胸部のCVポートは抜去されています。ポート抜去部の皮下に軽度の濃度上昇があります。", "Medical material", State.NEGATIVE),
])
def test_treatment_response_in_prose(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # the written style's joining denials right after the noun ...
    ("胸水なく、心拡大あり。", "Pleural effusion", State.NEGATIVE),
    ("肺気腫なきも、両側に気管支壁肥厚あり。", "Emphysema", State.NEGATIVE),
    ("肺気腫なきも、両側に気管支壁肥厚あり。", "Peribronchial thickening", State.POSITIVE),
    ("結節は認めざるも、右肺尖部に線状影を認む。", "Lung nodule", State.NEGATIVE),
    ("胸水は見ざるも、心拡大を認む。", "Pleural effusion", State.NEGATIVE),
    ("短径6mm大のリンパ節を数個見るも、有意な腫大ではない。", "Lymphadenopathy", State.NEGATIVE),
    # ... not an adverb, nor a finding that has not grown, nor what must be admitted
    ("胸水少なく、心拡大あり。", "Pleural effusion", State.POSITIVE),
    ("右肺結節は増大なく、胸水なし。", "Lung nodule", State.POSITIVE),
    ("結節を認めざるを得ない。", "Lung nodule", State.POSITIVE),
    # a device in working order is there
    ("ペースメーカーは問題なし。", "Medical material", State.POSITIVE),
])
def test_japanese_written_style_denials(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # too little to count is a denial ...
    ("Negligible emphysema.", "Emphysema", State.NEGATIVE),
    ("Hardly any emphysematous change is observed.", "Emphysema", State.NEGATIVE),
    ("Negligible change in the nodule.", "Lung nodule", State.POSITIVE),
    # ... almost gone, or gone but for a remnant named, is still there
    ("The right pleural effusion has almost entirely resolved.", "Pleural effusion", State.POSITIVE),
    ("The ground-glass opacities have essentially resolved, with a small residual focus in the lingula.",
     "Lung opacity", State.POSITIVE),
    ("The ground-glass opacities have essentially resolved.", "Lung opacity", State.NEGATIVE),
])
def test_degree_words_in_english(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # one artery's calcification and another's denial in one sentence: each its own
    ("Mild coronary artery calcification without significant aortic calcification.",
     "Coronary artery wall calcification", State.POSITIVE),
    ("Mild coronary artery calcification without significant aortic calcification.",
     "Arterial wall calcification", State.NEGATIVE),
    ("冠動脈石灰化あり、大動脈石灰化なし。", "Coronary artery wall calcification", State.POSITIVE),
    ("冠動脈石灰化あり、大動脈石灰化なし。", "Arterial wall calcification", State.NEGATIVE),
    # a valve's calcium score is no coronary calcification
    ("大動脈弁の石灰化スコアは120です。", "Coronary artery wall calcification", State.ABSENT),
    ("Aortic valve Agatston score 300.", "Coronary artery wall calcification", State.ABSENT),
    ("石灰化スコアは120です。", "Coronary artery wall calcification", State.POSITIVE),
])
def test_calcification_sites_in_one_sentence(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # what a noun-modifying clause denies or would suggest is denied ...
    ("腫大のないリンパ節が数個みられます。", "Lymphadenopathy", State.NEGATIVE),
    ("縦隔に有意な腫大のない短径6mm程度のリンパ節が散見されます。", "Lymphadenopathy", State.NEGATIVE),
    ("気腫のない肺野に嚢胞が散在しています。", "Emphysema", State.NEGATIVE),
    ("心拡大を示唆しない心陰影です。", "Cardiomegaly", State.NEGATIVE),
    ("胸水を疑う液体貯留は認めない。", "Pleural effusion", State.NEGATIVE),
    # ... while the head noun keeps its own state
    ("心嚢液を疑う少量の液体貯留を心尖部に認める。", "Pericardial effusion", State.UNCERTAIN),
    ("石灰化のない結節を認めます。", "Lung nodule", State.POSITIVE),
    ("胸水は前回と変化のない少量です。", "Pleural effusion", State.POSITIVE),
    ("中葉に壁肥厚を伴う拡張した気管支を認めます。", "Peribronchial thickening", State.POSITIVE),
    ("石灰化を伴う下行大動脈の壁在血栓を認める。", "Arterial wall calcification", State.POSITIVE),
    ("左前下行枝に石灰化を伴うプラークを認めます。", "Arterial wall calcification", State.ABSENT),
])
def test_japanese_noun_modifying_clauses(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # an affirmation that starts with the mention's own word reads again from the mention's end
    ("心陰影の増大はなし。", "Cardiomegaly", State.NEGATIVE),
    ("CTでは心陰影の増大はなく、心拡大は認めません。", "Cardiomegaly", State.NEGATIVE),
    ("リンパ節の増大はなく、新たな結節もない。", "Lymphadenopathy", State.NEGATIVE),
    # ... but a growth denied after another finding's word is that finding unchanged
    ("右肺結節の増大はなく、胸水なし。", "Lung nodule", State.POSITIVE),
    # two cues over the same words: a denial over an affirmation, whatever the automaton's order
    ("気腫性変化は認めません。", "Emphysema", State.NEGATIVE),
])
def test_overlapping_cues(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # contracted and first-person denials
    ("There isn't any pleural effusion.", "Pleural effusion", State.NEGATIVE),
    ("I don't see a pleural effusion.", "Pleural effusion", State.NEGATIVE),
    ("I don’t see a pleural effusion.", "Pleural effusion", State.NEGATIVE),
    ("I cannot see any mediastinal lymphadenopathy.", "Lymphadenopathy", State.NEGATIVE),
    ("I have not found any nodules.", "Lung nodule", State.NEGATIVE),
    ("We didn't identify any nodules.", "Lung nodule", State.NEGATIVE),
    ("I am not convinced there is any emphysema.", "Emphysema", State.NEGATIVE),
    ("I don't think this is consolidation.", "Consolidation", State.NEGATIVE),
    ("The heart isn't enlarged.", "Cardiomegaly", State.NEGATIVE),
    # ... the alternative preferred and the one set aside
    ("I favour atelectasis over consolidation.", "Atelectasis", State.POSITIVE),
    ("I favour atelectasis over consolidation.", "Consolidation", State.NEGATIVE),
    # ... the writer's own doubts are hedges; an earlier read's omission is still a finding
    ("I wonder whether there is also a small hiatal hernia.", "Hiatal hernia", State.UNCERTAIN),
    ("It doesn't exclude a small nodule.", "Lung nodule", State.UNCERTAIN),
    ("I cannot differentiate atelectasis from consolidation.", "Consolidation", State.UNCERTAIN),
    ("The preliminary report did not identify a 6 mm nodule.", "Lung nodule", State.POSITIVE),
    # a scoring proposed is no score
    ("I would suggest a dedicated cardiac CT if coronary calcium scoring is required.",
     "Coronary artery wall calcification", State.ABSENT),
    # a query mark before its word does not end a context line's sentence
    ("Clinical details: cough, ? lymphoma, ? lymphadenopathy. I do not think there is any lymphadenopathy; "
     "all nodes are within normal limits by size criteria. There is mild aortic calcification.",
     "Lymphadenopathy", State.NEGATIVE),
])
def test_first_person_opinions_in_english(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    ("心拡大とは思えません。", "Cardiomegaly", State.NEGATIVE),
    ("心拡大は積極的には疑いません。", "Cardiomegaly", State.NEGATIVE),
    ("浸潤影よりは閉塞性無気肺を考えます。", "Consolidation", State.NEGATIVE),
    ("浸潤影よりは閉塞性無気肺を考えます。", "Atelectasis", State.UNCERTAIN),
    ("リンパ節腫大よりは残存胸腺と考えます。", "Lymphadenopathy", State.NEGATIVE),
    # (a comparison with an earlier examination is no preference)
    ("胸水は前回よりも増加しています。", "Pleural effusion", State.POSITIVE),
    ("気管前に短径9mm程度のリンパ節を認めますが、病的腫大とは考えにくいです。", "Lymphadenopathy", State.NEGATIVE),
    # what the finding has become is its own statement; what is gone is gone
    ("右肺上葉のすりガラス影は前回と比べ淡くなっており、浸潤影は認めません。", "Lung opacity", State.POSITIVE),
    ("胸水なくなっており、心拡大あり。", "Pleural effusion", State.NEGATIVE),
    # a post-inflammatory change said of a nodule is the nodule's cause, not a sequela of its own
    ("右肺下葉に径7mmの結節を認めますが、炎症後の変化とするのが妥当と思います。", "Pulmonary fibrotic sequela", State.ABSENT),
    ("両肺に微小結節が散見されます。いずれも充実性で、炎症後変化の可能性があります。", "Pulmonary fibrotic sequela", State.ABSENT),
    ("右肺下葉に炎症後の変化を認めます。", "Pulmonary fibrotic sequela", State.POSITIVE),
])
def test_first_person_opinions_in_japanese(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # an adjacent cue acts only on the mention right before it ...
    ("浸潤影よりは閉塞性無気肺を考えます。", "Consolidation", State.NEGATIVE),
    ("すりガラス影よりは、air trappingによるモザイクパターンを考えます。", "Lung opacity", State.NEGATIVE),
    ("心拡大というよりは心嚢液貯留を考えます。", "Cardiomegaly", State.NEGATIVE),
    ("心拡大というよりは心嚢液貯留を考えます。", "Pericardial effusion", State.UNCERTAIN),
    # ... not on findings named before another word it follows
    ("肺門周囲のすりガラス影と小葉間隔壁肥厚は、肺炎よりは肺水腫の可能性が高いと考えます。",
     "Interlobular septal thickening", State.UNCERTAIN),
    ("右中葉は無気肺となっており、内部に腫瘤を示唆する造影不良域は認めない。", "Atelectasis", State.POSITIVE),
    ("左下葉は受動性無気肺を呈し、内部に腫瘤を示唆する造影不良域は指摘できない。", "Atelectasis", State.POSITIVE),
    # unlikely (可能性は低く) is a denial, unless it is not ruled out
    ("リンパ節腫大の可能性は低く、残存胸腺と考えます。", "Lymphadenopathy", State.NEGATIVE),
    ("胸水の可能性は低く、否定はできません。", "Pleural effusion", State.UNCERTAIN),
    ("胸水の可能性は低くないと考えます。", "Pleural effusion", State.UNCERTAIN),
    ("心膜腔に液体はほとんどなく、心拡大と考える。", "Pericardial effusion", State.NEGATIVE),
])
def test_preferences_and_adjacent_cues(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    ("Consolidation is considered unlikely.", "Consolidation", State.NEGATIVE),
    ("Consolidation is felt to be unlikely.", "Consolidation", State.NEGATIVE),
    ("A hiatal hernia is not felt to be present.", "Hiatal hernia", State.NEGATIVE),
    ("Consolidation is considered.", "Consolidation", State.UNCERTAIN),
])
def test_passive_opinions_in_english(text, finding, expected):
    assert state(text, finding) is expected


def test_adjacent_cues_are_language_data(tmp_path):
    """An ``adjacent`` cue moved to ``backward`` reaches the mentions before another word too."""
    import yaml
    from importlib import resources

    data = yaml.safe_load((resources.files("shoken") / "lang" / "ja" / "cues.yaml").read_text(encoding="utf-8"))
    neg = data["cues"]["negation"]
    assert neg["adjacent"]
    neg["backward"] = neg["backward"] + neg.pop("adjacent")
    f = tmp_path / "cues.yaml"
    f.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = "肺門周囲の小葉間隔壁肥厚は、肺炎よりは肺水腫の可能性が高いと考えます。"
    name = "Interlobular septal thickening"
    assert make_engine("rules").label([text])[0].findings[name].state.value == "uncertain"
    eng = make_engine("rules", language_files={"ja": str(f)})
    assert eng.label([text])[0].findings[name].state.value == "negative"


@pytest.mark.parametrize("text, finding, expected", [
    # explained away, not taken for the finding, or probably not there
    ("Apparent ground-glass change in the right upper lobe is felt to be artefactual.", "Lung opacity", State.NEGATIVE),
    ("The radiographic opacity is felt to represent overlapping vessels.", "Lung opacity", State.NEGATIVE),
    ("Bronchiectasis is not regarded as present.", "Bronchiectasis", State.NEGATIVE),
    ("The mediastinal lymph nodes are not regarded as enlarged.", "Lymphadenopathy", State.NEGATIVE),
    ("Findings are not interpreted as emphysema.", "Emphysema", State.NEGATIVE),
    ("Fluid in the superior pericardial recess is deemed physiological and is not regarded as a pericardial effusion.",
     "Pericardial effusion", State.NEGATIVE),
    ("Mosaic attenuation is probably not present.", "Mosaic attenuation pattern", State.NEGATIVE),
    # ... but a measured node called insignificant is still described, and a hedge stays a hedge
    ("Mediastinal lymph nodes, the largest measuring 8 mm, are not felt to be significant.", "Lymphadenopathy", State.POSITIVE),
    ("Superimposed consolidation would not be excluded.", "Consolidation", State.UNCERTAIN),
    ("The pericardial effusion previously demonstrated has resolved.", "Pericardial effusion", State.NEGATIVE),
    ("Clinical query: lung nodule? No pulmonary nodule is identified.", "Lung nodule", State.NEGATIVE),
])
def test_opinions_that_explain_away(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # the alternative set aside for the one preferred
    ("Left lower lobe density, more likely atelectasis than consolidation.", "Consolidation", State.NEGATIVE),
    ("Left lower lobe density, more likely atelectasis than consolidation.", "Atelectasis", State.POSITIVE),
    ("Atelectasis is favoured over consolidation.", "Consolidation", State.NEGATIVE),
    ("The lesion is more in keeping with scarring than a nodule.", "Lung nodule", State.NEGATIVE),
    ("Consolidation is more likely than atelectasis.", "Atelectasis", State.NEGATIVE),
    ("Consolidation is more likely than atelectasis.", "Consolidation", State.POSITIVE),
    # ... not "more likely than not"
    ("Consolidation, more likely than not infective.", "Consolidation", State.POSITIVE),
])
def test_preferences_in_english(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # a sentence that points back and only interprets explains the last one's finding ...
    ("右下葉に濃度上昇を認めます。これは無気肺と考えます。", "Lung opacity", State.ABSENT),
    ("両肺上葉に容積減少を伴う濃度上昇を認める。所見は第一に後遺性変化と考えられた。", "Lung opacity", State.ABSENT),
    ("There is a density increase in the right lower lobe. This is consistent with atelectasis.",
     "Lung opacity", State.ABSENT),
    # ... not what the last sentence names itself, nor a denial, a finding of its own elsewhere, or a plain
    # interpretation without a pointing word
    ("右上葉に淡いすりガラス影および線維性変化を認める。所見は後遺性変化と考えられた。", "Lung opacity", State.POSITIVE),
    ("右下葉に濃度上昇を認めます。これは無気肺とは考えにくいです。", "Lung opacity", State.POSITIVE),
    ("右下葉に濃度上昇を認めます。これは左下葉の無気肺と考えます。", "Lung opacity", State.POSITIVE),
    ("右肺下葉に線状影を認めます。瘢痕と考えます。", "Lung opacity", State.POSITIVE),
    ("There is a density increase in the right lower lobe. This is not consistent with atelectasis.",
     "Lung opacity", State.POSITIVE),
])
def test_interpretations_in_the_next_sentence(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # weighed and set aside for what the sentence settles on ...
    ("右肺中葉に索状影を認めます。無気肺との鑑別を要しますが、容積減少に乏しく、陳旧性炎症後の瘢痕と判断します。",
     "Atelectasis", State.NEGATIVE),
    ("肺気腫の可能性も考えたが、低吸収域はなく否定的。", "Emphysema", State.NEGATIVE),
    ("気管前に縦隔リンパ節の腫大を疑いましたが、連続スライスで確認すると血管の断面であり、リンパ節腫大は否定的です。",
     "Lymphadenopathy", State.NEGATIVE),
    ("両下葉に気管支壁の肥厚を認めます。気管支拡張症とするには気管支径の拡大が乏しく、慢性気管支炎に伴う変化と考えます。",
     "Bronchiectasis", State.NEGATIVE),
    ("当初、冠動脈石灰化と考えましたが、大動脈基部の壁在石灰化であり、冠動脈には石灰化を認めません。",
     "Coronary artery wall calcification", State.NEGATIVE),
    ("胸水貯留も考えたが、CT値が高く、胸膜プラークと判断する。", "Pleural effusion", State.NEGATIVE),
    ("気管支壁肥厚を疑う所見はなく、気道感染は考えにくいです。", "Peribronchial thickening", State.NEGATIVE),
    # ... unless it stays possible
    ("無気肺との鑑別を要しますが、浸潤影を考えます。無気肺も否定できません。", "Atelectasis", State.UNCERTAIN),
    ("肺気腫の可能性も考えたが、否定はできない。", "Emphysema", State.UNCERTAIN),
    # not assessable, with the reason between
    ("冠動脈石灰化の評価はステントのアーチファクトにより困難である。", "Coronary artery wall calcification", State.ABSENT),
])
def test_reasoning_that_sets_a_finding_aside(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # the next sentence explains a shadow as a normal structure, a bone or an artefact ...
    ("右下葉に線状影を認めます。これは肺静脈の走行と考えます。", "Lung opacity", State.ABSENT),
    ("右下葉に線状影を認めます。これは肺静脈の走行と考えます。", "Pulmonary fibrotic sequela", State.ABSENT),
    ("右肺尖部に結節状の高吸収域を認める。同部は第1肋骨の骨棘と考える。", "Lung opacity", State.ABSENT),
    ("両下葉背側の濃度上昇は、呼吸による動きのアーチファクトと考えます。", "Lung opacity", State.NEGATIVE),
    ("冠動脈石灰化の評価はステントのアーチファクトにより困難である。", "Coronary artery wall calcification", State.ABSENT),
    # ... a contrast that goes on to an interpretation still interprets; a denial in 〜にくく does not
    ("右中葉に容積減少を伴う濃度上昇を認めます。これは肺炎ではなく、無気肺と考えます。", "Lung opacity", State.ABSENT),
    ("左下葉背側に淡い濃度上昇を認めます。これは無気肺とは考えにくく、荷重部の変化と考えます。",
     "Lung opacity", State.POSITIVE),
    # ... and a vessel that is not what explains the shadow leaves it alone
    ("右下葉に線状影を認めます。肺静脈に異常はありません。", "Lung opacity", State.POSITIVE),
])
def test_shadows_explained_as_normal_structures(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # an earlier reading this one revises is denied ...
    ("What appeared to be a left pleural effusion on the radiograph is pleural thickening.",
     "Pleural effusion", State.NEGATIVE),
    ("A rounded density, initially thought to be a nodule, is a pulmonary vein varix.", "Lung nodule", State.NEGATIVE),
    ("The areas initially read as emphysema are air trapping.", "Emphysema", State.NEGATIVE),
    ("What was described as a pleural-based nodule is loculated fluid in the fissure.", "Lung nodule", State.NEGATIVE),
    ("The opacity on the chest radiograph corresponds to a large hiatal hernia.", "Lung opacity", State.NEGATIVE),
    ("The opacity on the chest radiograph corresponds to a large hiatal hernia.", "Hiatal hernia", State.POSITIVE),
    # ... what only appears so now stays a look-alike that counts, and a previously described one is there
    ("What appears to be a small pleural effusion is seen on the left.", "Pleural effusion", State.POSITIVE),
    ("The previously described nodule in the right upper lobe is stable.", "Lung nodule", State.POSITIVE),
    # an artery called calcified after another word
    ("The descending aorta, which is tortuous and calcified.", "Arterial wall calcification", State.POSITIVE),
])
def test_revised_readings_in_english(text, finding, expected):
    assert state(text, finding) is expected


def test_an_artery_called_not_calcified_after_another_word_is_no_calcification():
    assert state("The descending aorta, which is tortuous and not calcified.",
                 "Arterial wall calcification") in (State.NEGATIVE, State.ABSENT)


@pytest.mark.parametrize("text, finding, expected", [
    # only there is there ...
    ("結節は右上葉にしか認めません。", "Lung nodule", State.POSITIVE),
    ("胸水はごく少量しかありません。", "Pleural effusion", State.POSITIVE),
    ("無気肺は右下葉にしか見られず、胸水は認めない。", "Pleural effusion", State.NEGATIVE),
    ("結節を認める。しかし、胸水はない。", "Pleural effusion", State.NEGATIVE),
    # ... not as far as the name is none
    ("気管支拡張とまでは言えません。", "Bronchiectasis", State.NEGATIVE),
    ("The heart size falls short of cardiomegaly.", "Cardiomegaly", State.NEGATIVE),
    ("Patchy ground glass that stops short of frank consolidation.", "Consolidation", State.NEGATIVE),
    ("Patchy ground glass that stops short of frank consolidation.", "Lung opacity", State.POSITIVE),
])
def test_restriction_and_extent(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    ("気管支壁肥厚は軽度にとどまり、気管支拡張とまでは言えません。", "Peribronchial thickening", State.POSITIVE),
    ("気管支壁肥厚は軽度にとどまり、気管支拡張とまでは言えません。", "Bronchiectasis", State.NEGATIVE),
    ("心拡大とするには及ばない程度です。", "Cardiomegaly", State.NEGATIVE),
    ("左胸水は穿刺を要するほどではない少量です。", "Pleural effusion", State.POSITIVE),
    ("異常は右下葉の無気肺しかなく、ほかに結節や浸潤影はない。", "Atelectasis", State.POSITIVE),
    ("異常は右下葉の無気肺しかなく、ほかに結節や浸潤影はない。", "Lung nodule", State.NEGATIVE),
    ("気管挿管チューブと経鼻胃管しか留置されていません。", "Medical material", State.POSITIVE),
    # a subject left out and carried from the sentence before
    ("右下葉の結節は前回認めた。今回は消失。", "Lung nodule", State.NEGATIVE),
    ("右下葉に結節を認める。今回は胸水を認めない。", "Lung nodule", State.POSITIVE),
    # below a threshold, in English
    ("The degree of bronchial dilatation does not reach the threshold for bronchiectasis.", "Bronchiectasis",
     State.NEGATIVE),
    ("The hilar lymph nodes do not reach the threshold for lymphadenopathy.", "Lymphadenopathy", State.NEGATIVE),
    ("The heart is at the upper end of normal size, short of cardiomegaly.", "Cardiomegaly", State.NEGATIVE),
    ("Patient short of breath. Bilateral pleural effusions.", "Pleural effusion", State.POSITIVE),
])
def test_restriction_and_extent_in_context(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # spoken forms of chart notes deny ...
    ("リンパ節腫大はなさそう。", "Lymphadenopathy", State.NEGATIVE),
    ("結節は特にないです。", "Lung nodule", State.NEGATIVE),
    ("心嚢水じゃないです、心膜周囲の脂肪でしょう。", "Pericardial effusion", State.NEGATIVE),
    ("胸水っぽくない、胸膜外脂肪でしょう。", "Pleural effusion", State.NEGATIVE),
    ("浸潤影は消えてる。", "Consolidation", State.NEGATIVE),
    # ... a rhetorical 〜じゃないかな hedges
    ("右下葉は無気肺なんじゃないかな。", "Atelectasis", State.POSITIVE),
    # a device in working order, a bare CV with its course
    ("挿管チューブ先端は気管分岐部上4cmで問題なし。", "Medical material", State.POSITIVE),
    ("CVは右内頸から入ってて先端はSVC。", "Medical material", State.POSITIVE),
    ("CVP上昇の既往。", "Medical material", State.ABSENT),
    # what a finding goes with reads on to the predicate
    ("前回認めた右胸水とそれに伴う受動無気肺は消失しています。", "Pleural effusion", State.NEGATIVE),
    ("右下葉に胸水に伴う受動無気肺を認めます。", "Pleural effusion", State.POSITIVE),
    # what a denied cause would explain is there
    ("There is no pleural effusion to account for the bibasal atelectasis.", "Atelectasis", State.POSITIVE),
    ("There is no pleural effusion to account for the bibasal atelectasis.", "Pleural effusion", State.NEGATIVE),
    ("A moderate left pleural effusion is present. It is not caused by cardiac failure: the heart is normal in size.",
     "Pleural effusion", State.POSITIVE),
])
def test_chart_notes_and_causes(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # English chart notes
    ("Heart's big.", "Cardiomegaly", State.POSITIVE),
    ("Tiny bit of fluid at the bases.", "Pleural effusion", State.POSITIVE),
    ("A little fluid in the abdomen.", "Pleural effusion", State.ABSENT),
    ("-ve for nodule.", "Lung nodule", State.NEGATIVE),
    ("Lymph nodes not big.", "Lymphadenopathy", State.NEGATIVE),
    ("Nodes a bit big at the R hilum, 12-13 mm.", "Lymphadenopathy", State.POSITIVE),
    ("Calcified mediastinal nodes.", "Lymphadenopathy", State.POSITIVE),
    ("Asked to r/o nodule - no obvious nodule seen.", "Lung nodule", State.NEGATIVE),
    ("Not convinced of consolidation, looks more like atelectasis in the RLL.", "Atelectasis", State.POSITIVE),
    ("Not convinced of consolidation, looks more like atelectasis in the RLL.", "Consolidation", State.NEGATIVE),
    # concessions: the conceded clause's denial stays in it
    ("Despite the absence of pleural effusion, a small pericardial effusion is present.", "Pericardial effusion",
     State.POSITIVE),
    ("Despite the resolution of the left pleural effusion, residual subsegmental atelectasis remains.",
     "Atelectasis", State.POSITIVE),
    ("No pleural effusion, pericardial effusion or lymphadenopathy is seen.", "Lymphadenopathy", State.NEGATIVE),
    ("胸水こそないが、心拡大を認める。", "Pleural effusion", State.NEGATIVE),
    ("板状無気肺は軽微でこそあれ、消失はしていない。", "Atelectasis", State.POSITIVE),
    ("心拡大とはいっても軽度で、胸水は伴わない。", "Cardiomegaly", State.POSITIVE),
    ("両肺に気腫性変化が目立つ反面、間質性変化は認めない。", "Emphysema", State.POSITIVE),
])
def test_chart_notes_and_concessions(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # none at all, and a count of none
    ("胸水、心嚢液貯留は一切ありません。", "Pericardial effusion", State.NEGATIVE),
    ("両肺に結節は皆無。", "Lung nodule", State.NEGATIVE),
    ("結節数はゼロです。", "Lung nodule", State.NEGATIVE),
    ("【肺結節】0個（前回1個）", "Lung nodule", State.NEGATIVE),
    ("CTR: 0.55。", "Cardiomegaly", State.ABSENT),
    ("右下葉に径0.5cmの結節を認める。", "Lung nodule", State.POSITIVE),
    # some of them gone, the rest there
    ("結節3個のうち1個は消失、他は不変。", "Lung nodule", State.POSITIVE),
    ("小結節のいくつかは消失し、残りは不変。", "Lung nodule", State.POSITIVE),
    ("結節数は前回と同じく5個で、新出はありません。", "Lung nodule", State.POSITIVE),
    # a bare 無, the likelier reading, prefixes that do not deny
    ("気管支壁肥厚は無。", "Peribronchial thickening", State.NEGATIVE),
    ("右肺下葉の径7mmの結節は肉芽腫が考えやすく、悪性は否定的です。", "Lung nodule", State.POSITIVE),
    ("Incomplete resolution of the consolidation.", "Consolidation", State.POSITIVE),
    ("Ground-glass opacity not fully resolved.", "Lung opacity", State.POSITIVE),
    ("The right middle lobe is airless and reduced in volume, in keeping with collapse.", "Atelectasis",
     State.POSITIVE),
    ("Mediastinal lymph nodes are non-pathological in size.", "Lymphadenopathy", State.NEGATIVE),
    ("The lungs are emphysema-free.", "Emphysema", State.NEGATIVE),
    ("Non-dilated bronchi.", "Bronchiectasis", State.ABSENT),
])
def test_counts_prefixes_and_partial_change(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    ("小葉間隔壁の肥厚は示唆されない。", "Interlobular septal thickening", State.NEGATIVE),
    ("肺気腫が示唆されます。", "Emphysema", State.UNCERTAIN),
    ("Zero pulmonary nodules are identified.", "Lung nodule", State.NEGATIVE),
    ("Nodule count: 0.", "Lung nodule", State.NEGATIVE),
    ("Nodule count: 0.5 per cm.", "Lung nodule", State.POSITIVE),
    ("Neither lung shows emphysema.", "Emphysema", State.NEGATIVE),
    ("Both lungs show emphysema.", "Emphysema", State.POSITIVE),
])
def test_counts_and_sides_of_none(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    ("The primary tumour is no longer separately identifiable.", "Lung nodule", State.NEGATIVE),
])
def test_no_longer_identifiable(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    ("右肺中葉の結節状影(10mm)", "Lung nodule", State.POSITIVE),
    ("右下葉に8mm大の結節状影を認める。", "Lung nodule", State.POSITIVE),
    ("右下葉に結節状影を認める。", "Lung nodule", State.ABSENT),
    ("右下葉に結節状影を認める。", "Lung opacity", State.POSITIVE),
])
def test_a_measured_nodular_shadow_is_a_nodule(text, finding, expected):
    assert state(text, finding) is expected


def test_not_big_denies_only_the_nodes_or_the_heart():
    assert state("A 6 mm nodule, not large.", "Lung nodule") is State.POSITIVE
    assert state("A small left pleural effusion, not large.", "Pleural effusion") is State.POSITIVE
    assert state("Lymph nodes not big.", "Lymphadenopathy") is State.NEGATIVE


@pytest.mark.parametrize("text, finding, expected", [
    ("気管支壁肥厚を積極的に疑う所見に乏しい。", "Peribronchial thickening", State.NEGATIVE),
    ("心胸郭比はやや大きいが、心拡大とする根拠に乏しい。", "Cardiomegaly", State.NEGATIVE),
    ("心嚢液貯留は否定してよいと思います。", "Pericardial effusion", State.NEGATIVE),
    ("肺気腫を疑う。", "Emphysema", State.UNCERTAIN),
    ("The CT measurements argue against cardiomegaly.", "Cardiomegaly", State.NEGATIVE),
    ("Atelectasis is less likely but possible.", "Atelectasis", State.UNCERTAIN),
    ("Atelectasis is less likely.", "Atelectasis", State.NEGATIVE),
    ("Nodular ground glass opacity of 9 mm in the right upper lobe.", "Lung nodule", State.POSITIVE),
    ("A 9 mm nodular ground-glass density in the left lower lobe.", "Lung nodule", State.POSITIVE),
    ("Nodular ground glass opacities in both lungs.", "Lung nodule", State.ABSENT),
])
def test_weighed_hedges_and_measured_nodular_ground_glass(text, finding, expected):
    assert state(text, finding) is expected


@pytest.mark.parametrize("text, finding, expected", [
    # smaller first, none now: the course's last point decides
    ("縦隔リンパ節の軽度腫大は縮小し、現在は有意な腫大を認めません。", "Lymphadenopathy", State.NEGATIVE),
    ("浸潤影は前回減少し、今回はいずれも消失しています。", "Consolidation", State.NEGATIVE),
    ("縦隔リンパ節(#4R)は前回短径15mmから8mmへ縮小し、有意な腫大ではなくなりました。", "Lymphadenopathy", State.NEGATIVE),
    ("結節は縮小し、現在も残存しています。", "Lung nodule", State.POSITIVE),
    ("胸水は減少し、今回は少量を認めるのみ。", "Pleural effusion", State.POSITIVE),
    # the reason for this examination is no finding
    ("すりガラス影の経過観察目的です。", "Lung opacity", State.NEGATIVE),
])
def test_smaller_then_none_and_the_reason_for_follow_up(text, finding, expected):
    assert state(text, finding) is expected
