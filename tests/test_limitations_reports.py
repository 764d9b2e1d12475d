"""Probe: chest CT reports (about half Japanese, half English) that state technical limitations and
evaluability: respiratory/motion artefact, metal artefact, non-contrast or poorly timed contrast,
anatomy outside the field of view, 「〜の評価は困難ですが」, 「〜は評価できません」, "limited by motion",
"cannot be assessed", "not well evaluated", "within the limits of a non-contrast study". A limitation is
neither a finding nor a denial: a finding said to be unevaluable is 0, a finding described as present
despite the limits is 1, hedged ones are 1. Ordinary findings and denials are mixed in. The reports
were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (
    ATL,
    AWC,
    BRX,
    CAC,
    CM,
    CON,
    EMP,
    FIB,
    HH,
    IST,
    LN,
    MM,
    MOS,
    NOD,
    OPA,
    PBT,
    PCE,
    PE,
    probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("lim-01", "ja",
     ("呼吸性アーチファクトにより両下葉の評価は困難ですが、明らかな結節は指摘できません。"
     "右上葉に小葉中心性肺気腫を認めます。心拡大なし。胸水なし。"),
     {EMP}),
    ("lim-02", "ja",
     ("体動のため全体に画質不良であり、微細な病変の評価は限定的です。"
     "両肺にすりガラス影を認めます。縦隔リンパ節腫大は明らかではありません。"),
     {OPA}),
    ("lim-03", "ja",
     ("ペースメーカーによる金属アーチファクトのため心臓周囲の評価は困難です。"
     "左前胸部にペースメーカー本体、右室内にリードを認めます。冠動脈石灰化は評価できません。"
     "大動脈弓部に石灰化を認めます。"),
     {MM, AWC}),
    ("lim-04", "ja",
     ("単純CTのため縦隔・肺門リンパ節の評価には限界がありますが、明らかなリンパ節腫大は指摘できません。"
     "右下葉にすりガラス影を伴うコンソリデーションを認め、感染を考えます。少量の右胸水を伴います。"),
     {CON, OPA, PE}),
    ("lim-05", "ja",
     ("撮像範囲外のため肺尖部の一部は評価できません。両肺に明らかな結節やすりガラス影は認めません。"
     "気管分岐下に短径15mmのリンパ節腫大を認めます。食道裂孔ヘルニアあり。"),
     {LN, HH}),
    ("lim-06", "ja",
     ("造影タイミングが不良で、肺動脈の評価は限定的です。"
     "明らかな心嚢液貯留は指摘できませんが、評価は限定的です。心拡大を認めます。両側に少量の胸水を認めます。"),
     {CM, PE}),
    ("lim-07", "en",
     ("Study is limited by respiratory motion. Within this limitation, no pulmonary nodule is seen. "
     "Mild paraseptal emphysema in the upper lobes. Coronary artery calcifications are noted. "
     "No pleural effusion."),
     {EMP, CAC}),
    ("lim-08", "en",
     ("Evaluation of the lung bases is limited by dependent atelectasis. No focal consolidation. "
     "Heart size is normal. No pericardial effusion. Small hiatal hernia."),
     {ATL, HH}),
    ("lim-09", "en",
     ("Suboptimal contrast bolus limits evaluation of the pulmonary arteries. Mediastinal lymph nodes "
     "cannot be assessed adequately due to streak artifact from the right chest port. Right chest port "
     "with catheter tip in the SVC. Scattered ground-glass opacities in both lungs."),
     {MM, OPA}),
    ("lim-10", "en",
     ("Within the limits of a non-contrast study, there is no mediastinal or hilar lymphadenopathy. "
     "The heart is enlarged. Dense calcification of the aortic arch and coronary arteries. "
     "Small bilateral pleural effusions with adjacent compressive atelectasis."),
     {CM, AWC, CAC, PE, ATL}),
    ("lim-11", "en",
     ("The upper abdomen is only partly included; the gastroesophageal junction is not well evaluated. "
     "Interlobular septal thickening at both lung bases with small bilateral pleural effusions. "
     "Cardiomegaly."),
     {IST, PE, CM}),
    ("lim-12", "ja",
     ("心電図非同期のため冠動脈の詳細な評価は困難ですが、左前下行枝に石灰化を認めます。"
     "胸部大動脈に石灰化は目立ちません。両肺底部に線状無気肺を認めます。"),
     {CAC, ATL}),
    ("lim-13", "ja",
     ("体動アーチファクトが強く、すりガラス影の有無は評価できません。"
     "両下葉胸膜直下に蜂巣肺と牽引性気管支拡張を認め、UIPパターンに合致します。"),
     {FIB, BRX}),
    ("lim-14", "ja",
     ("胸骨ワイヤーによる金属アーチファクトのため前縦隔の評価は困難です。"
     "胸骨正中切開後で、胸骨ワイヤーを認めます。心嚢液の有無は評価できません。"),
     {MM}),
    ("lim-15", "ja",
     "息止め不良のため両肺底部の評価は限定的ですが、右下葉に8mm大の結節を認めます。肺気腫なし。",
     {NOD}),
    ("lim-16", "en",
     ("The lower lobes cannot be assessed for small nodules due to motion. "
     "Mild bronchial wall thickening in both upper lobes. No lymphadenopathy."),
     {PBT}),
    ("lim-17", "en",
     ("Examination is limited by body habitus and beam hardening from arms-down positioning. "
     "No definite pleural or pericardial effusion, though evaluation is limited. "
     "Mosaic attenuation in both lungs, which may reflect air trapping; expiratory images were not obtained."),
     {MOS}),
    ("lim-18", "en",
     ("Streak artifact from bilateral shoulder prostheses limits evaluation of the lung apices. "
     "Bilateral shoulder arthroplasties. Apical pleuroparenchymal scarring bilaterally. "
     "Aortic atherosclerotic calcification."),
     {MM, FIB, AWC}),
    ("lim-19", "ja",
     ("単純CTのため肺門リンパ節と血管の区別は困難ですが、縦隔に明らかなリンパ節腫大は認めません。"
     "両肺にびまん性の小葉間隔壁肥厚とすりガラス影を認め、肺水腫を疑います。心拡大あり。両側胸水あり。"),
     {IST, OPA, CM, PE}),
    ("lim-20", "ja",
     ("上腹部は撮像範囲外で一部しか含まれておらず、食道裂孔ヘルニアの評価は困難です。"
     "右中葉に索状影があり、陳旧性炎症後の瘢痕と考えます。"),
     {FIB}),
    ("lim-21", "ja",
     ("呼吸停止不良によるアーチファクトのため、モザイクパターンの評価はできません。"
     "両側に気管支壁肥厚を認めます。左下葉に気管支拡張を認めます。"),
     {PBT, BRX}),
    ("lim-22", "ja",
     ("低線量CTであり、淡いすりガラス結節の評価は限定的です。右上葉に5mmの充実性結節を認めます。"
     "左上葉に小さな肺嚢胞があります。"),
     {NOD}),
    ("lim-23", "en",
     ("Non-contrast technique limits assessment of the mediastinum; an enlarged right paratracheal "
     "lymph node measuring 14 mm in short axis is nonetheless seen. No emphysema. "
     "Linear atelectasis in the lingula."),
     {LN, ATL}),
    ("lim-24", "en",
     ("Evaluation for pulmonary embolism is limited by suboptimal opacification of the segmental arteries. "
     "No central filling defect. Patchy consolidation with surrounding ground-glass opacity in the left "
     "lower lobe. Small left pleural effusion."),
     {CON, OPA, PE}),
    ("lim-25", "en",
     ("The coronary arteries cannot be assessed for calcification owing to cardiac motion. "
     "Heart size is at the upper limit of normal. No pericardial effusion. "
     "Prosthetic aortic valve in place."),
     {MM}),
    ("lim-26", "en",
     ("Dependent atelectasis in both lower lobes limits assessment for subtle interstitial abnormality. "
     "No honeycombing. Mild centrilobular emphysema."),
     {ATL, EMP}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("lim-27", "ja",
     ("造影不良のため縦隔リンパ節の評価は困難です。右上葉に35mm大の腫瘤を認め、肺癌を疑います。"
     "末梢側に閉塞性無気肺を伴います。"),
     {ATL}),
    ("lim-28", "ja",
     ("脊椎固定術後の金属アーチファクトのため椎体周囲の評価は困難です。"
     "胸椎にスクリューとロッドを認めます。大動脈に壁在石灰化を認めます。両肺に異常影はありません。"),
     {MM, AWC}),
    ("lim-29", "ja",
     ("心拍動によるアーチファクトで左下葉の一部は評価困難です。"
     "明らかな結節は指摘できませんが、評価は限定的です。縦隔リンパ節腫大なし。両上葉に肺気腫あり。"),
     {EMP}),
    ("lim-30", "ja",
     ("撮像範囲外のため肺尖部は評価できません。中等量の右胸水があり、隣接する右下葉に受動無気肺を認めます。"
     "少量の心嚢液貯留を認めます。"),
     {PE, ATL, PCE}),
    ("lim-31", "en",
     ("The lung apices are excluded from the field of view. Within the imaged lungs, there is a 6 mm "
     "nodule in the right lower lobe. Traction bronchiectasis and reticulation in the subpleural lower lobes."),
     {NOD, BRX, FIB}),
    ("lim-32", "en",
     ("Motion limits evaluation. Possible faint ground-glass opacity in the right upper lobe, "
     "not well evaluated because of motion. Small hiatal hernia."),
     {OPA, HH}),
    ("lim-33", "en",
     ("Evaluation of the bronchi is limited by motion; bronchiectasis cannot be assessed. "
     "Nasogastric tube with its tip in the stomach. Coronary artery calcification."),
     {MM, CAC}),
    ("lim-34", "en",
     ("Non-diagnostic for pulmonary embolism due to poor contrast timing. Within the limits of the study, "
     "there is no pericardial effusion. Enlarged subcarinal lymph node, 18 mm. Right lower lobe "
     "consolidation with air bronchograms and surrounding ground-glass opacity."),
     {LN, CON, OPA}),
    ("lim-35", "ja",
     ("単純CTのため評価に限界がありますが、大動脈に石灰化を認めます。冠動脈にも石灰化あり。"
     "心拡大なし。両肺に明らかな異常所見はありません。"),
     {AWC, CAC}),
    ("lim-36", "ja",
     "体動により両肺の評価は困難です。再検査を推奨します。胸水なし。",
     set()),
    ("lim-37", "ja",
     "呼吸性アーチファクトにより、小葉間隔壁肥厚の有無は評価困難です。両肺下葉背側にすりガラス影を認めます。",
     {OPA}),
    ("lim-38", "ja",
     ("乳房インプラントによるアーチファクトのため左下葉前方の評価は限定的です。"
     "両側乳房インプラントを認めます。右上葉に石灰化結節があり、陳旧性肉芽腫と考えます。"),
     {MM, NOD}),
    ("lim-39", "en",
     ("Limited study due to respiratory motion. Emphysema is not well evaluated. "
     "Bilateral pleural effusions, moderate on the right. Compressive atelectasis at both bases."),
     {PE, ATL}),
    ("lim-40", "en",
     ("Evaluation of the lung bases is limited by dependent atelectasis; a small nodule cannot be excluded. "
     "No pleural effusion. Normal heart size."),
     {ATL, NOD}),
    ("lim-41", "en",
     ("The upper abdomen is only partly included. Hiatal hernia. Partially imaged hepatic cyst. "
     "Median sternotomy wires. No lung nodules."),
     {HH, MM}),
    ("lim-42", "ja",
     ("造影剤の血管外漏出のため造影効果が不十分で、縦隔の評価は限定的です。"
     "右鎖骨下静脈から中心静脈カテーテルが挿入されています。縦隔リンパ節腫大の疑いがあります。"),
     {MM, LN}),
    ("lim-43", "ja",
     ("左上葉切除後で、ステープルによる金属アーチファクトのため左肺門部の評価は困難です。"
     "切除断端に索状影があり、術後の瘢痕性変化と考えます。"),
     {MM, FIB}),
    ("lim-44", "en",
     ("Assessment of the coronary arteries is limited on this non-gated study; however, dense left main and "
     "LAD calcification is present. Ascending aortic calcification. No pericardial effusion. Mild cardiomegaly."),
     {CAC, AWC, CM}),
    ("lim-45", "en",
     ("Image quality is degraded by motion. No gross consolidation, effusion, or pneumothorax, although small "
     "lesions may be missed. Mild bronchial wall thickening. Mosaic attenuation cannot be assessed on "
     "inspiratory images alone."),
     {PBT}),
    ("lim-46", "en",
     ("Severe motion artifact. The extent of the known emphysema cannot be accurately assessed, but it "
     "appears at least moderate. No pleural effusion."),
     {EMP}),
    ("lim-47", "ja",
     "体動により胸水量の正確な評価は困難ですが、左胸水を認めます。心拡大なし。",
     {PE}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
