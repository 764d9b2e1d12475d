"""Behavioural tests for the rule engine's language knowledge (Japanese and English).

Each case is a short hand-written sentence and the state that its radiological meaning
gives one or two findings. The expectations come from what the sentence says, not from
running the engine. States: positive, negative, uncertain (hedged), absent (not named).
"""
from __future__ import annotations

import pytest

from shoken.core.types import Report
from shoken.engines import make_engine

from findings import (  # noqa: E402  (tests/findings.py)
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, LN, MM, NOD, OPA, PCE, PE, A, N, P, U,
)

JA = [
    # polite forms
    ("右胸水を認めます。", {PE: P}),
    ("胸水は認めません。", {PE: N}),
    ("明らかなリンパ節腫大は指摘できません。", {LN: N}),
    ("肺気腫は見られません。", {EMP: N}),
    ("両肺に小結節が散見されます。", {NOD: P}),
    # hedges
    ("右下葉に肺炎による浸潤影を疑います。", {CON: U}),
    ("左上葉の結節は肺癌の可能性があります。", {NOD: P}),
    ("縦隔リンパ節転移は否定できません。", {LN: U}),
    ("右下葉のすりガラス影は炎症性変化と考えます。", {OPA: P}),
    ("少量の心嚢液貯留の可能性があります。", {PCE: U}),
    # staging
    ("右上葉肺癌、cT2N1M0。", {NOD: A, LN: P}),  # a T2 primary is a mass, not a nodule
    ("右上葉肺癌、cT1cN0M0。", {NOD: P, LN: N}),  # a T1 primary is 3 cm or less
    ("左肺癌 T1bN0M0 と考えます。", {LN: N}),
    ("病期は cT3N2M1a です。", {LN: P}),
    # telegraphic style
    ("胸水(-)、心嚢液(-)。", {PE: N, PCE: N}),
    ("胸水(+)。", {PE: P}),
    ("心拡大なし。", {CM: N}),
    ("リンパ節腫大なし、胸水なし。", {LN: N, PE: N}),
    # lists sharing one cue
    ("胸水、心嚢液貯留は認めない。", {PE: N, PCE: N}),
    ("肺気腫、気管支拡張、無気肺を認める。", {EMP: P, BRX: P}),
    ("胸水・心嚢液貯留はいずれも認めません。", {PE: N, PCE: N}),
    # clause flips
    ("胸水は認めないが、心嚢液貯留を認める。", {PE: N, PCE: P}),
    ("右下葉に結節を認め、胸水は認めない。", {NOD: P, PE: N}),
    ("肺気腫を認めますが、結節は指摘できません。", {EMP: P, NOD: N}),
    # pseudo-negation: unchanged means present
    ("左上葉の結節は前回と比較して著変なし。", {NOD: P}),
    ("縦隔リンパ節腫大は不変です。", {LN: P}),
    # other negation forms
    ("食道裂孔ヘルニアは明らかではない。", {HH: N}),
    ("前回みられた胸水は消失しています。", {PE: N}),
    ("心拡大は認められず、心嚢液貯留もない。", {CM: N, PCE: N}),
    # bullets
    ("・右胸水\n・縦隔リンパ節腫大なし", {PE: P, LN: N}),
    ("冠動脈に石灰化を認めます。", {CAC: P}),
    ("ペースメーカーが留置されています。", {MM: P}),
    ("両肺尖部に瘢痕性変化を認める。", {FIB: P}),
    ("胸水は検出されない。", {PE: N}),
    ("縦隔・肺門リンパ節の腫大は認めない。", {LN: N}),
    ("右肺S6に8mm大の結節影を認め、肺癌を疑います。", {NOD: P}),
    ("無気肺の可能性も否定できません。", {ATL: U}),
    ("右胸水は減少しています。", {PE: P}),
    ("縦隔リンパ節腫大を認めず、胸水もなし。", {LN: N, PE: N}),
    # the humble polite ～ております forms: present, and denied
    ("右下葉に小結節を認めております。", {NOD: P}),
    ("胸水は認められておりません。", {PE: N}),
    ("心嚢液は認めておりません。", {PCE: N}),
    ("縦隔リンパ節は腫大しておりません。", {LN: N}),
    ("肺気腫は存在しておりません。", {EMP: N}),
    ("新たな結節は指摘されておりません。", {NOD: N}),
    # 「〜のほか」 (besides X) keeps X: 「肺気腫のほかに結節は認めない」
    ("肺気腫のほかに結節や浸潤影は認めない。", {EMP: P, NOD: N, CON: N}),
    ("両側胸水のほか、有意な所見は認めません。", {PE: P}),
    ("そのほか、胸水は認めない。", {PE: N}),
    # a metastatic "implant" (播種) is no device
    ("腹膜播種(インプラント)と考えられた。", {MM: A}),
    ("左乳房にインプラントを認める。", {MM: P}),
    # a bare 転移 names no organ: 「転移を支持する」 is about a lesion named before (here the liver's)
    ("肝S4に長径30mmの腫瘤を認め、転移を支持する。", {NOD: A}),
    ("両肺に多発転移を認める。", {NOD: P}),
    # a finding limited to one place, then the rest denied: 「〜に限られ、ほかの肺葉には認められません」
    ("気管支拡張は右中葉に限られ、ほかの肺葉には認められません。", {BRX: P}),
    # improved, only a scar left: resolved
    ("右下葉の浸潤影は改善し、淡い瘢痕を残すのみです。", {CON: N}),
    # the attributive 「病的意義のある」 is no affirmation
    ("縦隔リンパ節に病的意義のある腫大はない。", {LN: N}),
    ("胸水は生じていない。", {PE: N}),
    ("肺気腫の所見を欠く。", {EMP: N}),
    ("右肺門に石灰化したリンパ節を認めるが、サイズは正常である。", {LN: N}),
    ("VV-ECMOカニューレが右内頸静脈から挿入されている。", {MM: P}),
    ("左下葉の結節は6mmで、2年間変化ありません。", {NOD: P}),
    ("ステントグラフトは前回同様で、エンドリークの出現なし。", {MM: P}),
    # reticulation is the fibrotic pattern, not an opacity
    ("両側下葉胸膜下に網状影を認める。", {FIB: P, OPA: A}),
    # spaced polite denials and a right/left pair of minus marks
    ("胸水は ありません 心拡大も ありません", {PE: N, CM: N}),
    ("胸水 −/−（右/左）。", {PE: N}),
    ("左上葉肺癌、化学療法後。", {NOD: N}),
    ("#1 右下葉結節 #2 縦隔リンパ節腫大", {NOD: P, LN: P}),
    ("両側傍縦隔に放射線照射野に一致した線維化を認めます。", {FIB: P}),
    # micronodular shadows are nodules, not an opacity
    ("右中葉に小葉中心性粒状影が散在する。", {NOD: P, OPA: A}),
    ("胸腹部大動脈瘤を認め、瘤壁には壁在血栓と石灰化がある。", {AWC: P}),
    # 繊維 is the other common spelling of 線維 (fibrosis)
    ("両肺下葉に繊維化を認める。", {FIB: P}),
    # a rhetorical question is a hedge, not a denial: 「〜ではないでしょうか」
    ("右下葉の索状影は無気肺ではないでしょうか。", {ATL: U}),
]

EN = [
    # pre-negation
    ("No pleural effusion.", {PE: N}),
    ("The lungs are free of nodules.", {NOD: N}),
    ("Negative for mediastinal lymphadenopathy.", {LN: N}),
    ("Normal heart size without pericardial effusion.", {PCE: N}),
    ("There is no evidence of consolidation or pleural effusion.", {CON: N, PE: N}),
    # post-negation
    ("Pleural effusion was not observed.", {PE: N}),
    ("Hiatal hernia is not seen.", {HH: N}),
    ("Pathologically enlarged lymph nodes were not detected.", {LN: N}),
    # uncertainty
    ("Early pneumonia with ground-glass opacity cannot be excluded.", {OPA: U}),
    ("The nodule may represent a granuloma.", {NOD: P}),
    # (the mass is not a nodule, CT-RATE convention; the suspected cancer is)
    ("A spiculated mass suspicious for lung cancer.", {NOD: A}),  # a mass and a diagnosis: no nodule
    ("A 2 cm spiculated nodule suspicious for lung cancer.", {NOD: P}),
    ("Possible small left pleural effusion.", {PE: U}),
    ("Findings are suspicious for mediastinal lymphadenopathy.", {LN: U}),
    # staging
    ("Right upper lobe carcinoma, staged cT2aN0M0.", {LN: N}),
    ("Clinical stage T2N2M0.", {LN: P}),
    # lists sharing a cue and clause flips
    ("No pleural or pericardial effusion.", {PE: N, PCE: N}),
    ("Emphysema and bronchiectasis are seen.", {EMP: P, BRX: P}),
    ("No pleural effusion, but a small pericardial effusion is present.", {PE: N, PCE: P}),
    ("A nodule is seen in the right lower lobe; no pleural effusion.", {NOD: P, PE: N}),
    # pseudo-negation: unchanged means present
    ("The right upper lobe nodule shows no significant change.", {NOD: P}),
    ("No interval change in the mediastinal lymph nodes.", {LN: P}),
    ("Cardiomegaly is noted.", {CM: P}),
    ("Calcified atherosclerotic plaques in the coronary arteries.", {CAC: P}),
    ("The previously seen pleural effusion has resolved.", {PE: N}),
    ("Mediastinal lymph nodes are not enlarged.", {LN: N}),
    ("Emphysema is unlikely.", {EMP: N}),
    ("Findings suggestive of emphysema.", {EMP: U}),
    ("The lungs are clear without consolidation.", {CON: N}),
    # a density that the sentence calls consolidation is the consolidation; a list names both
    ("Left lower lobe density increase, consistent with consolidation.", {CON: P, OPA: A}),
    ("Patchy opacities and consolidation in the right lower lobe.", {OPA: P, CON: P}),
    # an effusion placed in the pericardium is not pleural; a comma ends that look-ahead
    ("Minimal effusion was observed in the pericardial space.", {PCE: P, PE: A}),
    ("Small right effusion, no pericardial effusion.", {PE: P, PCE: N}),
    # fibro-atelectasis written apart is still the fibrotic sequela (CT-RATE convention)
    ("Pleuroparenchymal fibro atelectasis sequelae in the lingula.", {FIB: P, ATL: A}),
    # rarer denials and hedges
    ("Bronchiectasis is lacking.", {BRX: N}),
    ("Consolidation is not favoured; more in keeping with atelectasis.", {CON: N}),
    ("There has been interval clearing of the left basal consolidation.", {CON: N}),
    ("Bronchiectasis cannot be entirely ruled out in the right lower lobe.", {BRX: U}),
    ("A bioprosthetic aortic valve is noted.", {MM: P}),
    # devices and foreign material beyond tubes and lines; a discontinued device is gone
    ("Venovenous ECMO cannulas in the right internal jugular vein.", {MM: P}),
    ("Retained bullet fragments in the right chest wall.", {MM: P}),
    ("ECMO was discontinued and decannulated.", {MM: N}),
    ("The heart remains enlarged.", {CM: P}),
    # interval change: resolved and normalised are gone, stable is there
    ("The postoperative right pleural fluid collection has been resorbed.", {PE: N}),
    ("The previously enlarged right paratracheal node has returned to normal size.", {LN: N}),
    ("The previously seen 5 mm nodule is not seen on the current study.", {NOD: N}),
    ("The left lower lobe is collapsed.", {ATL: P}),
    # oncology: a lobe's primary is a nodule; a diagnosis with its treatment is context; tumour implants are no device
    ("The known right lower lobe primary now measures 2.6 cm.", {NOD: P}),
    ("Lung cancer, status post chemoradiation.", {NOD: N}),
    ("Enhancing soft tissue implants along the pleura, consistent with pleural metastases.", {MM: A}),
    ("The 4R lymph node is smaller, now 9 mm, and no longer enlarged.", {LN: N}),
    ("Coronary calcium present, moderate.", {CAC: P}),
    ("The patchy ground-glass opacity seen previously has cleared.", {OPA: N}),
    ("A 5 mm perifissural nodule, compatible with an intrapulmonary lymph node.", {NOD: P}),
    # vessels: an ulcer names no calcification; a calcified aneurysm wall does; a thickened pericardium
    ("A penetrating atherosclerotic ulcer of the descending aorta.", {AWC: A}),
    ("Aneurysm of the aortic arch with calcification of the aneurysm wall.", {AWC: P}),
    ("The pericardium is diffusely thickened to 6 mm.", {PCE: P}),
    ("Past history of a pleural effusion.", {PE: A}),
    # an exception ends a denial's reach, before or after it
    ("No acute abnormality other than a small hiatal hernia.", {HH: P}),
    ("Except for mild bronchiectasis in the left lower lobe, the bronchi are normal.", {BRX: P}),
    # a calcium score above zero is coronary calcification; zero denies it
    ("Coronary artery calcium: Agatston score 312.", {CAC: P}),
    ("Agatston score 0.", {CAC: N}),
    # a participle before the main verb: "the nodule observed in ... disappeared"
    ("The nodule observed in the right lower lobe in the previous examination disappeared.", {NOD: N}),
    ("Nodules observed in both lungs and the effusion resolved.", {NOD: P}),
    # sequelae of another organ are not the lung's; a lung site in the same sentence keeps them
    ("Chronic pyelonephritis sequelae in both kidneys.", {FIB: A}),
    ("Sequelae of an old fracture of the right humerus.", {FIB: A}),
    ("Calcified granulomas in the spleen and fibrotic sequelae in both lung apices.", {FIB: P}),
]


@pytest.fixture(scope="module")
def engine():
    return make_engine("rules")


def _states(engine, text: str, lang: str) -> dict[str, str]:
    res = engine.label([Report(id="t", text=text, language=lang)])[0]
    return {n: f.state.value for n, f in res.findings.items()}


@pytest.mark.parametrize("text,expected", JA, ids=[t for t, _ in JA])
def test_japanese(engine, text, expected):
    got = _states(engine, text, "ja")
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text,expected", EN, ids=[t for t, _ in EN])
def test_english(engine, text, expected):
    got = _states(engine, text, "en")
    assert {k: got[k] for k in expected} == expected


def test_case_count():
    assert len(JA) + len(EN) >= 40
