"""Short impression / conclusion sections through the rule engine.

Radiologists often close a chest CT report with a terse summary: a
【診断】/【結論】/【画像診断】 block in Japanese (「右下葉肺炎疑い。」,
「#1 …」, 「1) …」, 「・…」, polite or telegraphic), or an "IMPRESSION:" /
"CONCLUSION:" block in English ("1. ...", "- ...", CT-RATE style
"Sequelae changes in both lungs." and US style "No acute cardiopulmonary
process."). Each section here is 1-6 short lines; for each one the set of
findings that should be labelled 1 is written down, and all 18 CT-RATE
findings are checked (every finding not listed is expected to be 0).

Convention (CT-RATE): 1 when described as present, also when hedged
(疑い, 可能性, possible, suspicious for, cannot be excluded, likely); 0 when
denied, resolved, or not mentioned. Pneumonia alone (肺炎 / "pneumonia")
labels neither Consolidation nor Lung opacity; subcutaneous and mediastinal
emphysema are not Emphysema.

The sections and expected labels were written by hand without looking at
the engine's lexicon or at other test files' wording.
"""
from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

SECTIONS = [
    # ---------------------------------------------------------------- Japanese
    ("imp-ja-01", "【診断】\n右下葉肺炎疑い。\n両側胸水少量。", {PE}),
    # (a cancer word names a diagnosis, not a nodule: CT-RATE convention)
    ("imp-ja-02", "【結論】\n#1 右肺上葉肺癌疑い\n#2 縦隔リンパ節転移疑い", {LN}),
    ("imp-ja-03", "【画像診断】\n1) 両肺気腫。\n2) 大動脈壁石灰化。\n3) 冠動脈石灰化。", {EMP, AWC, CAC}),
    ("imp-ja-04", "【診断】\n・左肺下葉無気肺。\n・左胸水中等量。", {ATL, PE}),
    ("imp-ja-05", "【結論】\n食道裂孔ヘルニア。\n心拡大。", {HH, CM}),
    ("imp-ja-06", "【診断】\n心嚢液貯留を認めます。\n胸水は認めません。", {PCE}),
    ("imp-ja-07", "【画像診断】\n#1 両肺すりガラス影。\nCOVID-19肺炎の可能性があります。", {OPA}),
    ("imp-ja-08", "【結論】\n1) 右肺中葉に8mm大の結節。\n2) 経過観察をお勧めします。", {NOD}),
    ("imp-ja-09", "【診断】\n右肺尖部に瘢痕、陳旧性変化。", {FIB}),
    ("imp-ja-10", "【結論】\n両側下葉に蜂巣肺。\n牽引性気管支拡張あり。", {FIB, BRX}),
    ("imp-ja-11", "【画像診断】\n・モザイクパターンを認め、エアトラッピングが疑われます。", {MOS}),
    ("imp-ja-12", "【診断】\n気管支壁肥厚。\n小葉間隔壁肥厚。", {PBT, IST}),
    ("imp-ja-13", "【結論】\n右肺下葉にコンソリデーション。\n肺炎として矛盾しません。", {CON}),
    ("imp-ja-14", "【診断】\nペースメーカー留置後。\n胸骨ワイヤー。", {MM}),
    ("imp-ja-15", "【結論】\n特記すべき異常所見なし。", set()),
    ("imp-ja-16", "【画像診断】\n前回と比較し、右胸水は消失しています。\n新たな病変なし。", set()),
    ("imp-ja-17", "【診断】\n#1 左肺上葉腫瘤、原発性肺癌を疑う。\n#2 左肺門リンパ節腫大。\n#3 左胸水。",
     {LN, PE}),  # a mass called cancer is no nodule
    ("imp-ja-18", "【結論】\n皮下気腫。\n縦隔気腫。", set()),
    ("imp-ja-19", "【画像診断】\n1) 多発肺転移。\n2) 肝転移疑い。", {NOD}),
    ("imp-ja-20", "【結論】\n両側胸水、心拡大。\nうっ血性心不全を疑います。", {PE, CM}),
    ("imp-ja-21", "【診断】\n中心静脈カテーテル先端は上大静脈内。\n気管内チューブ留置。", {MM}),
    ("imp-ja-22", "【結論】\n肺気腫なし。リンパ節腫大なし。胸水なし。", set()),
    ("imp-ja-23", "【画像診断】\n・右肺下葉に板状無気肺。", {ATL}),
    ("imp-ja-24", "【診断】\n両肺に気管支拡張症。\n気管支壁肥厚を伴います。", {BRX, PBT}),
    ("imp-ja-25", "【結論】\n心嚢水少量。\n冠動脈に石灰化。", {PCE, CAC}),
    ("imp-ja-26", "【診断】\n右肺上葉すりガラス結節(GGN)、上皮内腺癌の可能性。", {NOD}),
    ("imp-ja-27", "【結論】\n左下葉肺炎。\n胸水なし。", set()),
    ("imp-ja-28", "【画像診断】\n#1 胸部大動脈瘤。\n#2 大動脈壁に石灰化あり。", {AWC}),
    ("imp-ja-29", "【診断】\n縦隔・両肺門リンパ節腫大、サルコイドーシスを疑います。", {LN}),
    ("imp-ja-30", "【結論】\n右肺下葉の結節は前回より縮小しています。", {NOD}),
    ("imp-ja-31", "【画像診断】\n左胸水は減少していますが残存しています。", {PE}),
    ("imp-ja-32", "【診断】\n明らかな肺結節は指摘できません。\n軽度の肺気腫。", {EMP}),
    ("imp-ja-33", "【結論】\n1) 両肺上葉の線維化、陳旧性肺結核を疑う。", {FIB}),
    ("imp-ja-34", "【診断】\n食道裂孔ヘルニアを疑います。", {HH}),
    ("imp-ja-35", "【結論】\n右肺中葉の無気肺は消失。", set()),
    ("imp-ja-36", "【画像診断】\n小葉間隔壁の肥厚とすりガラス影。\n肺水腫を疑います。", {IST, OPA}),
    ("imp-ja-37", "【診断】\n#1 両側胸水\n#2 両側下葉受動無気肺", {PE, ATL}),
    ("imp-ja-38", "【結論】\n大動脈弁置換術後。\n心拡大なし。", {MM}),
    ("imp-ja-39", "【診断】\n両肺にモザイク状の吸収値差あり、小気道病変の可能性。", {MOS}),
    ("imp-ja-40", "【結論】\n胸水、心嚢液ともに認めません。", set()),
    ("imp-ja-41", "【画像診断】\n・両肺に散在する小結節、転移を否定できません。", {NOD}),
    ("imp-ja-42", "【診断】\n胸部大動脈、冠動脈に高度石灰化。", {AWC, CAC}),
    ("imp-ja-43", "【結論】\n肺野に異常所見なし。\n食道裂孔ヘルニアあり。", {HH}),
    ("imp-ja-44", "【画像診断】\n右肺下葉にコンソリデーションとすりガラス影、肺炎を疑います。", {CON, OPA}),
    ("imp-ja-45", "【診断】\n気腫性変化は認めません。\n縦隔リンパ節の腫大なし。\n心嚢液なし。", set()),
    ("imp-ja-46", "【結論】\n左乳癌術後。\n左腋窩リンパ節転移疑い。", {LN}),
    ("imp-ja-47", "【画像診断】\n右に少量の胸水を認めますが、臨床的意義は乏しいと思われます。", {PE}),
    ("imp-ja-48", "【診断】\n#1 右前胸部CVポート留置。\n#2 左鎖骨下静脈内にカテーテル。", {MM}),
    # ----------------------------------------------------------------- English
    ("imp-en-01", "IMPRESSION:\n1. Sequelae changes in both lungs.\n2. Hiatal hernia.", {FIB, HH}),
    ("imp-en-02", "IMPRESSION:\nNo pneumonic infiltration.\nNo pleural effusion.", set()),
    ("imp-en-03", "IMPRESSION:\n- Small bilateral pleural effusions.\n- Bibasilar atelectasis.", {PE, ATL}),
    ("imp-en-04", "IMPRESSION:\n1. 6 mm right upper lobe nodule.\n2. Follow-up CT in 12 months is recommended.",
     {NOD}),
    ("imp-en-05", "IMPRESSION:\nCentrilobular emphysema.\nCoronary artery calcifications.", {EMP, CAC}),
    ("imp-en-06", "IMPRESSION: Cardiomegaly. Small pericardial effusion.", {CM, PCE}),
    ("imp-en-07", "IMPRESSION:\n1. Right lower lobe consolidation, likely pneumonia.\n"
                  "2. Mediastinal lymphadenopathy, possibly reactive.", {CON, LN}),
    ("imp-en-08", "CONCLUSION:\nAtherosclerotic calcifications in the thoracic aorta.\nHiatal hernia.", {AWC, HH}),
    ("imp-en-09", "IMPRESSION:\nNo acute cardiopulmonary process.", set()),
    ("imp-en-10", "IMPRESSION:\n1. Spiculated left upper lobe mass, suspicious for primary lung malignancy.\n"
                  "2. Enlarged left hilar lymph nodes, concerning for metastatic disease.", {LN}),  # a mass, no nodule
    ("imp-en-11", "IMPRESSION:\nGround-glass opacities in both lungs, may be consistent with viral pneumonia.",
     {OPA}),
    ("imp-en-12", "IMPRESSION:\n- Mosaic attenuation pattern, suggesting small airway disease.\n"
                  "- Bronchial wall thickening.", {MOS, PBT}),
    ("imp-en-13", "IMPRESSION:\nBilateral bronchiectasis with peribronchial thickening.", {BRX, PBT}),
    ("imp-en-14", "IMPRESSION:\nInterlobular septal thickening and bilateral pleural effusions, "
                  "consistent with pulmonary edema.", {IST, PE}),
    ("imp-en-15", "IMPRESSION:\n1. Pacemaker in place.\n2. Sternotomy wires.", {MM}),
    ("imp-en-16", "IMPRESSION:\nSubcutaneous emphysema in the left chest wall.\nNo pneumothorax.", set()),
    ("imp-en-17", "IMPRESSION:\nInterval resolution of the previously seen right pleural effusion.", set()),
    ("imp-en-18", "IMPRESSION:\nHoneycombing and reticulation at the lung bases, "
                  "consistent with usual interstitial pneumonia.", {FIB}),
    ("imp-en-19", "IMPRESSION:\nLeft lower lobe pneumonia.", set()),
    ("imp-en-20", "IMPRESSION:\nMultiple pulmonary metastases.", {NOD}),
    ("imp-en-21", "IMPRESSION:\nPericardial effusion cannot be excluded.\nMild cardiomegaly.", {PCE, CM}),
    ("imp-en-22", "IMPRESSION:\n1. Stable 4 mm left lower lobe nodule.\n2. No lymphadenopathy.\n"
                  "3. No pleural effusion.", {NOD}),
    ("imp-en-23", "IMPRESSION:\nEndotracheal tube and nasogastric tube in satisfactory position.\n"
                  "Left lower lobe collapse.", {MM, ATL}),
    ("imp-en-24", "IMPRESSION:\nCalcific atheromatous plaques in the aorta and coronary arteries.\n"
                  "Emphysematous changes in both lungs.", {AWC, CAC, EMP}),
    ("imp-en-25", "IMPRESSION:\nNo evidence of mediastinal or hilar lymphadenopathy.\nNo pulmonary nodules.\n"
                  "Small hiatal hernia.", {HH}),
    ("imp-en-26", "IMPRESSION:\n- Patchy ground-glass opacity and consolidation in the right lower lobe, "
                  "suspicious for aspiration.", {OPA, CON}),
    ("imp-en-27", "IMPRESSION:\nFindings suggestive of mosaic perfusion.", {MOS}),
    ("imp-en-28", "IMPRESSION:\nPneumomediastinum and subcutaneous emphysema.\nNo pulmonary emphysema.", set()),
    ("imp-en-29", "IMPRESSION:\nFibrotic changes in the right upper lobe, likely post-inflammatory sequelae.\n"
                  "The right upper lobe consolidation has resolved.", {FIB}),
    ("imp-en-30", "IMPRESSION:\n1. Moderate left pleural effusion with adjacent compressive atelectasis.\n"
                  "2. Cardiomegaly.", {PE, ATL, CM}),
    ("imp-en-31", "IMPRESSION:\nPossible small right pleural effusion.", {PE}),
    ("imp-en-32", "IMPRESSION:\nUnremarkable CT of the chest.", set()),
]

probe_results, test_label, test_probe_set = probe_tests(
    [(sid, "ja" if sid.startswith("imp-ja-") else "en", text, pos) for sid, text, pos in SECTIONS],
    minimum=60)


def test_section_inventory():
    ids = [sid for sid, _, _ in SECTIONS]
    assert sum(i.startswith("imp-ja-") for i in ids) >= 40
    assert sum(i.startswith("imp-en-") for i in ids) >= 25
