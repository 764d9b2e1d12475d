"""STRUCTURED (template) chest CT reports: one organ heading per line.

Many hospitals write CT reports as a template in which every line starts with an organ
heading and the content after it is often telegraphic. Japanese examples:
「肺野：特記すべき異常なし」「胸膜：胸水なし」「胸水：両側少量」「心臓：軽度拡大」
「縦隔・肺門：…」「その他：…」「【結論】…」 and checklist fields such as 「結節：(-)」.
English examples: "LUNGS: Clear.", "PLEURA: Small right effusion.", "HEART AND GREAT
VESSELS: Normal size.", "LINES/TUBES: None.", "UPPER ABDOMEN: Unremarkable.",
"IMPRESSION: ...".

What is probed:

* a bare denial under a heading ("None.", "Unremarkable.", 「なし」「(-)」「特記すべき
  異常なし」) denies only what the heading names when the heading names a finding
  (「胸水：なし」 -> Pleural effusion 0) and makes nothing positive otherwise;
* a bare positive value under a finding heading (「胸水：両側少量」, 「心臓：軽度拡大」,
  "HEART: Mildly enlarged.") is that finding;
* the heading decides which space an effusion is in ("PLEURA: Small right effusion." is
  pleural, "HEART: Small pericardial effusion." is pericardial);
* the negation in one line does not leak into the next line;
* look-alikes: subcutaneous / mediastinal emphysema is not Emphysema;
* resolved findings are 0, hedged findings are 1, stable findings are 1.

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)



def _t(*lines: str) -> str:
    return "\n".join(lines)


# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ================================================================== Japanese
    ("struct-ja-01", "ja", _t(
        "肺野：特記すべき異常なし。",
        "気道：異常所見なし。",
        "胸膜：胸水なし。",
        "縦隔・肺門：有意なリンパ節腫大なし。",
        "心臓・大血管：特記すべき異常なし。",
        "その他：特記すべき異常なし。",
        "【結論】異常所見なし。"), set()),
    ("struct-ja-02", "ja", _t(
        "肺野：右下葉に8mmの結節あり。",
        "気道：特記すべき異常なし。",
        "胸膜：胸水なし。",
        "縦隔・肺門：リンパ節腫大なし。",
        "心臓・大血管：冠動脈石灰化あり。",
        "【結論】右下葉結節。冠動脈石灰化。"), {NOD, CAC}),
    ("struct-ja-03", "ja", _t(
        "肺野：両側下葉背側に受動無気肺を認める。",
        "胸水：両側少量。",
        "心臓・大血管：心拡大あり。心嚢液貯留なし。",
        "縦隔・肺門：特記すべき異常なし。",
        "【結論】両側胸水、受動無気肺、心拡大。"), {ATL, PE, CM}),
    ("struct-ja-04", "ja", _t(
        "心臓：軽度拡大。",
        "心嚢液：なし。",
        "大動脈：壁石灰化あり。",
        "肺野：異常所見なし。",
        "胸水：(-)"), {CM, AWC}),
    ("struct-ja-05", "ja", _t(
        "肺野：両上葉優位に小葉中心性肺気腫を認める。結節や浸潤影は認めない。",
        "気道：気管支壁肥厚なし。",
        "胸膜：特記すべき異常なし。",
        "縦隔・肺門：特記すべき異常なし。",
        "心臓・大血管：大動脈に石灰化を認める。冠動脈石灰化あり。",
        "【結論】肺気腫。"), {EMP, AWC, CAC}),
    ("struct-ja-06", "ja", _t(
        "肺気腫：(-)",
        "結節：(-)",
        "すりガラス影：(+)　右上葉に淡いすりガラス影。",
        "胸水：(-)",
        "リンパ節腫大：(-)"), {OPA}),
    ("struct-ja-07", "ja", _t(
        "胸膜：右胸水少量。",
        "肺野：右下葉に軽度の無気肺あり。",
        "心臓・大血管：心拡大なし。心嚢液なし。",
        "【結論】右胸水。"), {PE, ATL}),
    ("struct-ja-08", "ja", _t(
        "心臓・大血管：少量の心嚢液貯留あり。心拡大なし。",
        "胸膜：胸水なし。",
        "肺野：特記すべき異常なし。",
        "【結論】少量心嚢液。"), {PCE}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("struct-ja-09", "ja", _t(
        "縦隔・肺門：気管分岐下および右肺門に最大18mmの腫大リンパ節を認め、転移を疑う。",
        "肺野：右上葉に32mm大の腫瘤あり。肺癌を疑う。",
        "胸膜：胸水なし。",
        "その他：特記すべき異常なし。",
        "【結論】右上葉肺癌疑い、縦隔・肺門リンパ節転移疑い。"), {LN}),
    ("struct-ja-10", "ja", _t(
        "その他：右内頸静脈より中心静脈カテーテルが挿入され、先端は上大静脈に位置する。",
        "肺野：特記すべき異常なし。",
        "胸膜：胸水なし。",
        "心臓・大血管：ペースメーカー留置後。"), {MM}),
    ("struct-ja-11", "ja", _t(
        "肺野：異常所見なし。",
        "縦隔・肺門：特記すべき異常なし。",
        "心臓・大血管：特記すべき異常なし。",
        "その他：食道裂孔ヘルニアあり。"), {HH}),
    ("struct-ja-12", "ja", _t(
        "肺野：右上葉に索状影あり、陳旧性炎症後の瘢痕と思われる。",
        "気道：特記すべき異常なし。",
        "胸膜：胸水なし。",
        "【結論】陳旧性変化のみ。"), {FIB}),
    ("struct-ja-13", "ja", _t(
        "気道：両下葉に気管支拡張と気管支壁肥厚を認める。",
        "肺野：結節なし。浸潤影なし。",
        "胸膜：特記すべき異常なし。"), {BRX, PBT}),
    ("struct-ja-14", "ja", _t(
        "肺野：左下葉に浸潤影（コンソリデーション）あり、肺炎を疑う。周囲にすりガラス影を伴う。",
        "胸膜：左少量胸水。",
        "縦隔・肺門：リンパ節腫大は認めない。",
        "【結論】左下葉肺炎疑い。"), {CON, OPA, PE}),
    ("struct-ja-15", "ja", _t(
        "肺野：両肺にモザイクパターンを認める。小葉間隔壁肥厚を伴う。",
        "気道：特記すべき異常なし。",
        "胸膜：胸水なし。"), {MOS, IST}),
    ("struct-ja-16", "ja", _t(
        "肺野：両下葉胸膜下優位に網状影と蜂巣肺を認め、線維化を示唆する。小葉間隔壁の肥厚あり。",
        "気道：牽引性気管支拡張あり。",
        "胸膜：特記すべき異常なし。"), {FIB, IST, BRX}),
    ("struct-ja-17", "ja", _t(
        "肺野：前回指摘の右下葉浸潤影は消失。新たな結節なし。",
        "胸膜：前回認めた右胸水は消失。",
        "【結論】改善。"), set()),
    ("struct-ja-18", "ja", _t(
        "肺野：左上葉に6mmのすりガラス結節あり、経過観察を推奨。",
        "縦隔・肺門：特記すべき異常なし。",
        "心臓・大血管：冠動脈石灰化なし。大動脈石灰化軽度。"), {NOD, AWC}),
    ("struct-ja-19", "ja", _t(
        "その他：右胸壁に皮下気腫を認める。右胸腔ドレーン留置。",
        "胸膜：軽度の右気胸あり。胸水なし。",
        "肺野：右下葉に軽度の無気肺。"), {MM, ATL}),
    ("struct-ja-20", "ja", _t(
        "縦隔・肺門：縦隔気腫を認める。リンパ節腫大なし。",
        "肺野：特記すべき異常なし。",
        "胸膜：胸水なし。"), set()),
    ("struct-ja-21", "ja", _t(
        "心臓・大血管：心拡大なし。冠動脈石灰化あり（LAD）。大動脈弓部に石灰化。",
        "肺野：両肺に小葉中心性肺気腫。",
        "胸膜：(-)"), {CAC, AWC, EMP}),
    ("struct-ja-22", "ja", _t(
        "心拡大：なし",
        "心嚢液：なし",
        "胸水：右少量",
        "無気肺：なし",
        "結節：なし"), {PE}),
    ("struct-ja-23", "ja", _t(
        "気道：気管・主気管支に異常なし。",
        "肺野：右中葉に無気肺あり。",
        "胸膜：胸水なし。",
        "心臓・大血管：特記すべき異常なし。"), {ATL}),
    ("struct-ja-24", "ja", _t(
        "肺野：特記すべき異常なし。",
        "その他：気管内チューブ先端は気管分岐部の3cm頭側。経鼻胃管留置。",
        "胸膜：胸水なし。"), {MM}),
    ("struct-ja-25", "ja", _t(
        "縦隔・肺門：両側肺門リンパ節の腫大あり。サルコイドーシスを疑う。",
        "肺野：特記すべき異常なし。",
        "胸膜：胸水なし。"), {LN}),
    ("struct-ja-26", "ja", _t(
        "肺野：両肺びまん性にすりガラス影を認める。",
        "胸膜：胸水なし。",
        "心臓・大血管：心拡大なし。"), {OPA}),
    ("struct-ja-27", "ja", _t(
        "肺野：特記すべき異常なし。",
        "胸膜：両側胸水を認める。",
        "心臓・大血管：心拡大あり。心嚢液少量。"), {PE, CM, PCE}),
    ("struct-ja-28", "ja", _t(
        "肺野：右上葉に5mm大の小結節あり、前回と著変なし。",
        "その他：特記すべき異常なし。",
        "【結論】右上葉小結節、著変なし。"), {NOD}),
    ("struct-ja-29", "ja", _t(
        "肺野：気腫性変化なし。",
        "気道：気管支拡張なし、気管支壁肥厚なし。",
        "胸膜：胸水なし。",
        "縦隔・肺門：リンパ節腫大なし。",
        "心臓・大血管：心拡大なし、心嚢液なし、冠動脈石灰化なし。",
        "その他：食道裂孔ヘルニアなし。"), set()),
    ("struct-ja-30", "ja", _t(
        "肺野：左下葉に浸潤影あり。",
        "胸膜：(-)",
        "縦隔・肺門：(-)",
        "心臓・大血管：大動脈壁に石灰化(+)"), {CON, AWC}),
    ("struct-ja-31", "ja", _t(
        "【所見】",
        "肺野：両下葉にすりガラス影と小葉間隔壁肥厚を認める（crazy-paving）。",
        "胸膜：異常所見なし。",
        "【結論】すりガラス影。"), {OPA, IST}),
    # ================================================================== English
    ("struct-en-01", "en", _t(
        "LUNGS: Clear.",
        "PLEURA: No effusion.",
        "HEART AND GREAT VESSELS: Normal size. No pericardial effusion.",
        "MEDIASTINUM/HILA: No lymphadenopathy.",
        "LINES/TUBES: None.",
        "UPPER ABDOMEN: Unremarkable.",
        "IMPRESSION: No acute cardiopulmonary abnormality."), set()),
    ("struct-en-02", "en", _t(
        "LUNGS: Mild centrilobular emphysema. No nodules.",
        "PLEURA: Small right effusion.",
        "HEART AND GREAT VESSELS: Normal size. Coronary artery calcifications.",
        "MEDIASTINUM/HILA: Unremarkable.",
        "LINES/TUBES: Right IJ central line tip in SVC.",
        "UPPER ABDOMEN: Unremarkable.",
        "IMPRESSION: Small right pleural effusion. Emphysema."), {EMP, PE, CAC, MM}),
    ("struct-en-03", "en", _t(
        "HEART: Mildly enlarged. Small pericardial effusion.",
        "PLEURA: None.",
        "LUNGS: Clear."), {CM, PCE}),
    ("struct-en-04", "en", _t(
        "LUNGS: 8 mm solid nodule in the right lower lobe. Otherwise clear.",
        "PLEURA: No effusion.",
        "MEDIASTINUM/HILA: Enlarged right hilar lymph node measuring 15 mm in short axis.",
        "IMPRESSION: Right lower lobe nodule and right hilar adenopathy."), {NOD, LN}),
    ("struct-en-05", "en", _t(
        "LINES/TUBES: Endotracheal tube tip 4 cm above the carina. Nasogastric tube courses into the stomach.",
        "LUNGS: Bibasilar atelectasis.",
        "PLEURA: Small bilateral effusions.",
        "HEART AND GREAT VESSELS: Normal size."), {MM, ATL, PE}),
    ("struct-en-06", "en", _t(
        "LINES/TUBES: None.",
        "LUNGS: Unremarkable.",
        "PLEURA: Unremarkable.",
        "HEART: Unremarkable.",
        "AORTA: Atherosclerotic calcification of the aortic arch."), {AWC}),
    ("struct-en-07", "en", _t(
        "LUNGS: Clear.",
        "PLEURA: No effusion.",
        "HEART AND GREAT VESSELS: Normal size.",
        "UPPER ABDOMEN: Small hiatal hernia."), {HH}),
    ("struct-en-08", "en", _t(
        "LUNGS: Patchy ground-glass opacities in the right upper lobe, possibly infectious.",
        "PLEURA: No effusion.",
        "MEDIASTINUM/HILA: Unremarkable."), {OPA}),
    ("struct-en-09", "en", _t(
        "LUNGS: Dense consolidation in the left lower lobe with air bronchograms.",
        "PLEURA: Trace left effusion.",
        "HEART AND GREAT VESSELS: Normal size."), {CON, PE}),
    ("struct-en-10", "en", _t(
        "AIRWAYS: Bronchiectasis and bronchial wall thickening in both lower lobes.",
        "LUNGS: Mosaic attenuation, likely air trapping.",
        "PLEURA: No effusion."), {BRX, PBT, MOS}),
    ("struct-en-11", "en", _t(
        "LUNGS: Subpleural reticulation with interlobular septal thickening and scattered fibrotic bands.",
        "PLEURA: Unremarkable."), {IST, FIB}),
    ("struct-en-12", "en", _t(
        "CHEST WALL: Subcutaneous emphysema along the left lateral chest wall.",
        "LINES/TUBES: Left chest tube in place.",
        "PLEURA: No effusion.",
        "LUNGS: Clear."), {MM}),
    ("struct-en-13", "en", _t(
        "MEDIASTINUM/HILA: Mediastinal emphysema. No lymphadenopathy.",
        "LUNGS: Clear.",
        "PLEURA: No effusion."), set()),
    ("struct-en-14", "en", _t(
        "LUNGS: Previously seen right lower lobe consolidation has resolved. No new nodules.",
        "PLEURA: Prior right effusion has resolved.",
        "IMPRESSION: Resolution of pneumonia."), set()),
    ("struct-en-15", "en", _t(
        "LUNGS: 2.5 cm spiculated mass in the left upper lobe.",
        "MEDIASTINUM/HILA: Enlarged AP window lymph node, suspicious for metastasis.",
        "PLEURA: No effusion.",
        "IMPRESSION: Left upper lobe mass suspicious for primary lung cancer with nodal metastasis."), {NOD, LN}),
    ("struct-en-16", "en", _t(
        "HEART AND GREAT VESSELS: Cardiomegaly. No pericardial effusion. "
        "Calcified atherosclerotic plaque in the thoracic aorta and coronary arteries.",
        "LUNGS: Clear.",
        "PLEURA: No effusion."), {CM, AWC, CAC}),
    ("struct-en-17", "en", _t(
        "Pleural effusion: None.",
        "Cardiomegaly: Absent.",
        "Lymphadenopathy: None.",
        "Nodules: 4 mm nodule in the right middle lobe."), {NOD}),
    ("struct-en-18", "en", _t(
        "LUNGS: Scarring at the left lung base. Linear atelectasis in the lingula.",
        "PLEURA: No effusion."), {FIB, ATL}),
    ("struct-en-19", "en", _t(
        "LUNGS: Part-solid ground-glass nodule in the right upper lobe measuring 12 mm.",
        "PLEURA: No effusion.",
        "IMPRESSION: Part-solid nodule, recommend follow-up CT."), {NOD}),
    ("struct-en-20", "en", _t(
        "LINES/TUBES: Dual-chamber pacemaker with leads in the right atrium and right ventricle.",
        "HEART: Normal size.",
        "LUNGS: Clear."), {MM}),
    ("struct-en-21", "en", _t(
        "LUNGS: No emphysema. No consolidation.",
        "PLEURA: Negative.",
        "HEART: Normal.",
        "MEDIASTINUM/HILA: No adenopathy.",
        "UPPER ABDOMEN: No hiatal hernia."), set()),
    ("struct-en-22", "en", _t(
        "AIRWAYS: Mild bronchial wall thickening, may represent bronchitis.",
        "LUNGS: Clear.",
        "PLEURA: No effusion."), {PBT}),
    ("struct-en-23", "en", _t(
        "LUNGS: Mild paraseptal emphysema in the upper lobes. "
        "Diffuse ground-glass opacity with superimposed interlobular septal thickening.",
        "PLEURA: No effusion."), {EMP, OPA, IST}),
    ("struct-en-24", "en", _t(
        "PLEURA: Moderate left pleural effusion with adjacent compressive atelectasis.",
        "HEART: Normal size.",
        "LUNGS: Otherwise clear."), {PE, ATL}),
    ("struct-en-25", "en", _t(
        "LUNGS: 6 mm nodule in the right lower lobe.",
        "PLEURA: Unremarkable.",
        "IMPRESSION: 1. Right lower lobe nodule, recommend follow-up. 2. No pleural effusion."), {NOD}),
]

OPEN: dict[tuple[str, str], str] = {}


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=45)
