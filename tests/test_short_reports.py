"""Probe of very short chest CT reports and impression-only notes as found in hospital archives:
one to four telegraphic lines, key-value lines, (+)/(-) checklists, numbered impressions and terse
phrases, in Japanese and English. The reports were written for this file without looking at the
engine's lexicon. Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not
mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # --- Japanese ---
    ("shr-01", "ja", "特記すべき所見なし。", set()),
    ("shr-02", "ja", "両側胸水。心拡大。", {PE, CM}),
    ("shr-03", "ja", "右上葉結節(8mm)。経過観察。", {NOD}),
    ("shr-04", "ja", "肺気腫、冠動脈石灰化。その他特記なし。", {EMP, CAC}),
    ("shr-05", "ja", "#1 右下葉浸潤影、肺炎疑い #2 少量胸水", {CON, PE}),
    ("shr-06", "ja", "胸水(-) 心嚢液(-) LN腫大(-)", set()),
    ("shr-07", "ja", "GGO(+) 右S6", {OPA}),
    ("shr-08", "ja", "前回と著変なし。", set()),
    ("shr-09", "ja", "異常所見なし", set()),
    ("shr-10", "ja", "左下葉に板状無気肺。\n胸水なし。", {ATL}),
    ("shr-11", "ja", "大動脈石灰化(+)。縦隔リンパ節腫大なし。", {AWC}),
    ("shr-12", "ja", "食道裂孔ヘルニア。肺野清。", {HH}),
    ("shr-13", "ja", "両下葉胸膜直下に蜂巣肺、牽引性気管支拡張。\nUIPパターン疑い。", {FIB, BRX}),
    ("shr-14", "ja", "右内頸静脈よりCVカテーテル留置、先端SVC。気胸・胸水なし。", {MM}),
    ("shr-15", "ja", "心嚢液(+)少量 心拡大(-) 胸水(-)", {PCE}),
    ("shr-16", "ja", "縦隔・右肺門リンパ節腫大。\n肺結節なし。", {LN}),
    ("shr-17", "ja", "モザイクパターン(+) 気管支壁肥厚(+) 気管支拡張(-)", {MOS, PBT}),
    ("shr-18", "ja", "小葉間隔壁肥厚、両側少量胸水。心不全疑い。", {IST, PE}),
    ("shr-19", "ja", "左上葉瘢痕、前回と著変なし。", {FIB}),
    ("shr-20", "ja", "ペースメーカー留置。\n心拡大あり。\n胸水なし。", {MM, CM}),
    ("shr-21", "ja", "右胸水は消失。左下葉無気肺は残存。", {ATL}),
    ("shr-22", "ja", "肺野:清\n胸膜:胸水なし\n縦隔:リンパ節腫大なし\n心臓:拡大なし、冠動脈石灰化あり", {CAC}),
    ("shr-23", "ja", "左S1+2すりガラス結節5mm、著変なし。軽度の気腫性変化。", {NOD, EMP}),
    # --- English ---
    ("shr-24", "en", "No acute cardiopulmonary process.", set()),
    ("shr-25", "en", "Unremarkable chest CT.", set()),
    ("shr-26", "en", "Stable 4 mm RUL nodule. No new findings.", {NOD}),
    ("shr-27", "en", "Small bilateral effusions. Cardiomegaly.", {PE, CM}),
    ("shr-28", "en", "Emphysema. Coronary calcification. Otherwise negative.", {EMP, CAC}),
    ("shr-29", "en", "1. RLL consolidation, likely pneumonia. 2. Small right effusion.", {CON, PE}),
    ("shr-30", "en", "Lungs: clear. Pleura: no effusion. Heart: normal size.", set()),
    ("shr-31", "en", "s/p CABG, sternotomy wires intact. No acute findings.", {MM}),
    ("shr-32", "en", "Bibasilar subsegmental atelectasis. No consolidation.", {ATL}),
    ("shr-33", "en", "Aortic atherosclerotic calcification.\nNo lymphadenopathy.", {AWC}),
    ("shr-34", "en", "Moderate hiatal hernia. Lungs clear.", {HH}),
    ("shr-35", "en", "Right IJ central line, tip at cavoatrial junction. No pneumothorax or effusion.", {MM}),
    ("shr-36", "en", "s/p CABG. Trace pericardial effusion. Heart size normal.", {PCE}),
    ("shr-37", "en", "Mediastinal adenopathy, nonspecific. No pulmonary nodules.", {LN}),
    ("shr-38", "en", "Mosaic attenuation with air trapping on expiration; mild bronchial wall thickening.", {MOS, PBT}),
    ("shr-39", "en", "Interlobular septal thickening and bilateral effusions, c/w edema.", {IST, PE}),
    ("shr-40", "en", "Basilar reticulation and honeycombing with traction bronchiectasis. UIP pattern.", {FIB, BRX}),
    ("shr-41", "en", "Patchy ground-glass opacity LUL. No consolidation.", {OPA}),
    ("shr-42", "en", "Left pleural effusion resolved. Residual linear atelectasis LLL.", {ATL}),
    ("shr-43", "en", "Pacemaker leads in place.\nCardiomegaly.\nNo effusion.", {MM, CM}),
    ("shr-44", "en", "Emphysema: mild. Nodules: none. Effusion: none. Adenopathy: none.", {EMP}),
    ("shr-45", "en", "Calcified granuloma RML. Otherwise normal.", {NOD}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
