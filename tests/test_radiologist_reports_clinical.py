"""Clinical-context probe of the rule engine with realistic multi-sentence chest CT reports.

Each report is written in the voice of a specific clinical setting -- interstitial
lung disease follow-up, lung cancer staging and post-operative follow-up, ICU /
emergency imaging, cardiac imaging, chest infection (COVID-19, bacterial pneumonia,
non-tuberculous mycobacteriosis), COPD / small-airway disease, low-dose lung cancer
screening, and Japanese text mixed with English terms -- plus English reports in
both the CT-RATE translated style ("... was observed", "... is noteworthy",
"... in favor of ...") and American style.

For every report the expected 0/1 label of all 18 CT-RATE findings is given
(the set of positive findings; every other finding is expected 0), following the
CT-RATE convention: present or hedged -> 1; denied, resolved or not mentioned -> 0.

The reports and labels were written from radiology knowledge only, without looking
at the engine's lexicon, cue or schema files or at the other radiologist test files,
so the file is an independent probe of the rules.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)


# (id, language, text, set of findings expected positive)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ------------------------------------------------------------------
    # Interstitial lung disease follow-up
    # ------------------------------------------------------------------
    ("clin-ja-01", "ja",
     "間質性肺炎の経過観察目的。前回CTと比較しました。"
     "両側下葉優位、胸膜直下優位に蜂巣肺を認め、UIPパターンに合致します。"
     "両下葉には牽引性気管支拡張を伴っています。"
     "前回と比較して蜂巣肺の範囲はやや拡大しています。"
     "急性増悪を示唆するすりガラス影は認めません。"
     "両上葉に軽度の小葉中心性肺気腫を認めます。"
     "胸水は認めません。"
     "胸部大動脈壁に石灰化を認めます。",
     {FIB, BRX, EMP, AWC}),
    ("clin-ja-02", "ja",
     "全身性強皮症に伴う間質性肺疾患の評価。"
     "両側下葉に胸膜直下を比較的温存する分布のすりガラス影が広がっています。"
     "牽引性気管支拡張を伴う線維化性変化を認め、fibrotic NSIPパターンと考えます。"
     "蜂巣肺は明らかではありません。"
     "食道は全長にわたり拡張しており、強皮症に伴う変化と思われます。"
     "食道裂孔ヘルニアはありません。"
     "心嚢液貯留は認めません。胸水なし。",
     {OPA, FIB, BRX}),
    ("clin-ja-03", "ja",
     "特発性肺線維症の急性増悪疑いで撮影。"
     "両肺にびまん性のすりガラス影が新たに出現しています。"
     "背景の蜂巣肺と合わせて、急性増悪を疑います。"
     "すりガラス影の内部には小葉間隔壁肥厚が目立ちます。"
     "右下葉背側にはコンソリデーションもみられます。"
     "両側に少量の胸水を認めます。"
     "縦隔リンパ節腫大はありません。心拡大なし。",
     {OPA, FIB, IST, CON, PE}),
    ("clin-ja-04", "ja",
     "関節リウマチに伴う間質性肺疾患の経過観察。"
     "両下葉の網状影と蜂巣肺は前回と著変ありません。"
     "右下葉には牽引性気管支拡張を認めます。"
     "小葉間隔壁肥厚も前回同様に散見されます。"
     "両下葉のすりガラス影も残存しています。"
     "新たな結節影や浸潤影は認めません。"
     "胸水、心嚢液はありません。"
     "冠動脈に石灰化を認めます。",
     {FIB, BRX, IST, OPA, CAC}),
    # ------------------------------------------------------------------
    # Lung cancer staging and post-operative follow-up
    # ------------------------------------------------------------------
    # NOD 0: a lung mass (3 cm or more) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("clin-ja-05", "ja",
     "右上葉肺癌の病期診断目的。"
     "右上葉S2に長径38mmの分葉状の腫瘤を認め、胸膜陥入像を伴います。"
     "原発性肺癌として矛盾しません。"
     "右肺門および気管分岐下（#7）のリンパ節は短径15mmと腫大しており、転移を疑います。"
     "対側縦隔リンパ節の腫大はありません。"
     "胸水や胸膜播種を示唆する所見はありません。"
     "腫瘤末梢に閉塞性無気肺はみられません。"
     "cT2aN2M0、stage IIIAと考えます。",
     {LN}),
    ("clin-ja-06", "ja",
     "右上葉肺癌術後（右上葉切除後）の経過観察。"
     "右上葉切除後の状態で、気管支断端に金属製のステープルを認めます。"
     "断端周囲に局所再発を疑う軟部影はありません。"
     "残存肺に新たな結節は認めません。"
     "縦隔・肺門リンパ節の腫大はありません。"
     "胸水なし。"
     "大動脈および冠動脈に石灰化あり。",
     {MM, AWC, CAC}),
    ("clin-ja-07", "ja",
     "左下葉切除後、肺腺癌術後のフォローアップ。"
     "前回CTと比較して、右中葉に新たに9mmの充実性結節が出現しており、肺転移を疑います。"
     "左肺には明らかな局所再発所見はありません。"
     "縦隔リンパ節（#4L）が短径14mmに増大しており、リンパ節転移の可能性があります。"
     "左胸水は前回より減少していますが、少量残存しています。"
     "右上葉胸膜直下に陳旧性の瘢痕性変化を認めます。",
     {NOD, LN, PE, FIB}),
    ("clin-ja-08", "ja",
     "大腸癌術後、転移検索目的。"
     "両肺に最大12mmまでの多発結節を認め、多発肺転移を考えます。"
     "右下葉の結節は前回より増大しています。"
     "縦隔・肺門リンパ節の腫大は認めません。"
     "胸水や心嚢液の貯留はありません。"
     "右鎖骨下静脈から上大静脈に至るCVポートが留置されています。"
     "肝臓に低吸収域を複数認め、肝転移を疑います。",
     {NOD, MM}),
    # ------------------------------------------------------------------
    # ICU / emergency
    # ------------------------------------------------------------------
    ("clin-ja-09", "ja",
     "ICU入室中、人工呼吸管理中。"
     "気管挿管チューブの先端は気管分岐部の約4cm上方にあります。"
     "右内頸静脈から挿入された中心静脈カテーテルの先端は上大静脈内にあります。"
     "経鼻胃管の先端は胃内に位置しています。"
     "両側に中等量の胸水を認め、両下葉に受動無気肺を伴います。"
     "気胸は認めません。",
     {MM, PE, ATL}),
    ("clin-ja-10", "ja",
     "心不全増悪にて救急搬送。"
     "心拡大を認めます。"
     "両肺門側優位にすりガラス影が広がり、小葉間隔壁肥厚を伴っています。"
     "肺水腫として矛盾しない所見です。"
     "両側胸水を認め、右側優位です。"
     "気管支壁の肥厚もみられます。"
     "少量の心嚢液貯留を認めます。"
     "大動脈弓部に石灰化を認めます。",
     {CM, OPA, IST, PE, PBT, PCE, AWC}),
    ("clin-ja-11", "ja",
     "交通外傷、右気胸に対する胸腔ドレーン挿入後。"
     "右胸腔ドレーンの先端は肺尖部に位置しています。"
     "右気胸は縮小しています。"
     "右胸壁から頸部にかけて皮下気腫を認めます。"
     "縦隔気腫も少量みられます。"
     "右第5-7肋骨骨折を認めます。"
     "右下葉背側に肺挫傷と考えられるすりガラス影と浸潤影があります。"
     "右胸腔に少量の胸水を認め、血胸を疑います。"
     "肺気腫の所見はありません。",
     {MM, OPA, CON, PE}),
    ("clin-ja-12", "ja",
     "食道癌術後、ICU管理中の再評価。"
     "気管切開チューブが留置されています。"
     "左鎖骨下静脈から挿入された中心静脈カテーテルの先端は上大静脈にあります。"
     "前回認めた左下葉の無気肺は再膨張し、消失しています。"
     "左胸水も消失しました。"
     "右胸腔に少量の胸水が新たに出現しています。",
     {MM, PE}),
    # ------------------------------------------------------------------
    # Cardiac
    # ------------------------------------------------------------------
    ("clin-ja-13", "ja",
     "心不全の精査。"
     "心拡大を認めます。"
     "中等量の心嚢液貯留があり、前回より増加しています。"
     "両側胸水はみられません。"
     "冠動脈（左前下行枝、回旋枝）に高度の石灰化を認めます。"
     "上行大動脈の拡張はありません。"
     "大動脈弓に壁石灰化を認めます。",
     {CM, PCE, CAC, AWC}),
    ("clin-ja-14", "ja",
     "冠動脈バイパス術（CABG）後。"
     "胸骨正中切開後で、胸骨ワイヤーを認めます。"
     "グラフト周囲に外科用クリップが散見されます。"
     "心拡大は認めません。心嚢液貯留なし。"
     "冠動脈には石灰化が目立ちます。"
     "左胸水が少量みられます。"
     "左下葉に板状無気肺を認めます。",
     {MM, CAC, PE, ATL}),
    ("clin-ja-15", "ja",
     "大動脈弁置換術後、ペースメーカー植込み後。"
     "大動脈弁位に人工弁を認めます。"
     "左前胸部にペースメーカー本体があり、リードは右房および右室に留置されています。"
     "心拡大を認めます。"
     "心嚢液貯留は認めません。"
     "胸部下行大動脈に粥状硬化性の石灰化を認めます。"
     "肺野に異常所見はありません。",
     {MM, CM, AWC}),
    ("clin-ja-16", "ja",
     "胸痛の精査。"
     "心拡大や心嚢液貯留はありません。"
     "冠動脈石灰化は指摘できません。"
     "大動脈に解離や瘤はありません。"
     "食道裂孔ヘルニアを認めます。"
     "肺野に明らかな異常影はありません。",
     {HH}),
    # ------------------------------------------------------------------
    # Infection
    # ------------------------------------------------------------------
    ("clin-ja-17", "ja",
     "COVID-19 PCR陽性。"
     "両肺の胸膜直下優位に多発するすりガラス影を認めます。"
     "一部ではすりガラス影の内部に小葉間隔壁肥厚を伴い、crazy-paving patternを呈しています。"
     "左下葉には浸潤影も混在しています。"
     "RSNA分類のtypical appearanceに相当します。"
     "胸水やリンパ節腫大は認めません。",
     {OPA, IST, CON}),
    ("clin-ja-18", "ja",
     "発熱、咳嗽、CRP高値。"
     "右下葉に気管支透亮像を伴う浸潤影を認め、周囲にすりガラス影を伴っています。"
     "右下葉の気管支壁肥厚もみられます。"
     "細菌性肺炎を考えます。"
     "右胸水が少量あります。"
     "縦隔に有意なリンパ節腫大はありません。",
     {CON, OPA, PBT, PE}),
    ("clin-ja-19", "ja",
     "非結核性抗酸菌症の経過観察。"
     "右中葉と左舌区に気管支拡張を認め、気管支壁肥厚を伴っています。"
     "両肺に小葉中心性粒状影が散在し、tree-in-bud appearanceを呈しています。"
     "左舌区にはすりガラス影も認めます。"
     "右中葉には無気肺を伴う容積減少がみられます。"
     "右上葉に空洞を伴う12mmの結節を認めます。"
     "前回と比較して粒状影はやや増加しています。"
     "胸水なし。",
     {BRX, PBT, OPA, ATL, NOD}),
    ("clin-ja-20", "ja",
     "誤嚥性肺炎疑い。"
     "両下葉背側に浸潤影とすりガラス影を認め、誤嚥性肺炎の可能性があります。"
     "大きな食道裂孔ヘルニアがあります。"
     "気管内に少量の分泌物を認めます。"
     "経鼻胃管が留置されています。"
     "両側に少量胸水。",
     {CON, OPA, HH, MM, PE}),
    ("clin-ja-21", "ja",
     "肺炎治療後の効果判定。"
     "前回認めた右下葉の浸潤影は消失しています。"
     "すりガラス影も消失しています。"
     "右胸水も消失しています。"
     "右下葉に軽度の瘢痕を残しています。"
     "左上葉の4mmの小結節は前回と著変なく、経過観察で良いと考えます。"
     "新たな病変は認めません。",
     {FIB, NOD}),
    # ------------------------------------------------------------------
    # COPD / airway
    # ------------------------------------------------------------------
    ("clin-ja-22", "ja",
     "COPDの経過観察。"
     "両上葉優位に小葉中心性肺気腫を認めます。"
     "胸膜直下にはブラも散見されます。"
     "気管支壁肥厚を認めます。"
     "右下葉に軽度の気管支拡張あり。"
     "肺野に結節影や浸潤影は認めません。"
     "大動脈と冠動脈に石灰化を認めます。",
     {EMP, PBT, BRX, AWC, CAC}),
    ("clin-ja-23", "ja",
     "気管支喘息、閉塞性細気管支炎疑い。"
     "吸気相で両肺にモザイク状の濃度不均一を認めます。"
     "呼気相では低吸収域が残存しており、エアトラッピングを示唆します。"
     "気管支壁肥厚がびまん性にみられます。"
     "気管支拡張は認めません。"
     "肺気腫はありません。",
     {MOS, PBT}),
    ("clin-ja-24", "ja",
     "重喫煙歴あり。"
     "両肺に汎小葉性および傍隔壁型の肺気腫が高度に認められます。"
     "左上葉には巨大なブラを伴っています。"
     "右下葉に10mmの充実性結節を認め、前回から増大しており、肺癌の可能性を否定できません。"
     "縦隔リンパ節腫大なし。"
     "胸水なし。",
     {EMP, NOD}),
    # ------------------------------------------------------------------
    # Lung cancer screening / low-dose CT
    # ------------------------------------------------------------------
    ("clin-ja-25", "ja",
     "肺がん検診（低線量CT）。"
     "右下葉S6に5mmの充実性結節を認めます。"
     "Lung-RADS category 2相当であり、12ヶ月後の低線量CTでの経過観察を推奨します。"
     "その他、肺野に異常所見は認めません。"
     "縦隔に腫大リンパ節なし。"
     "冠動脈石灰化が軽度みられます。",
     {NOD, CAC}),
    ("clin-ja-26", "ja",
     "低線量CT検診。"
     "左上葉S1+2に長径14mm、充実成分6mmの部分充実性結節を認めます。"
     "前回検診時より充実成分が増大しています。"
     "肺腺癌の可能性があり、精査を推奨します（Lung-RADS 4A）。"
     "両上葉に軽度の肺気腫を認めます。"
     "胸水、心嚢液なし。",
     {NOD, EMP}),
    ("clin-ja-27", "ja",
     "検診CT。"
     "右上葉に8mmの淡いすりガラス結節（pure GGN）を認めます。"
     "上皮内腺癌などの可能性があり、経過観察を推奨します。"
     "左下葉に淡いすりガラス影を認め、炎症性変化を考えます。"
     "食道裂孔ヘルニアを認めます。"
     "肝嚢胞あり。",
     {NOD, OPA, HH}),
    ("clin-ja-28", "ja",
     "肺がん検診CT。"
     "肺野に結節影は認めません。"
     "肺気腫や間質性変化はありません。"
     "右中葉に線状の無気肺を認めます。"
     "縦隔・肺門リンパ節腫大なし。"
     "甲状腺右葉に小結節があります。",
     {ATL}),
    # ------------------------------------------------------------------
    # Japanese mixed with English terms
    # ------------------------------------------------------------------
    ("clin-ja-29", "ja",
     "発熱と低酸素血症。"
     "右下葉にair bronchogramを伴うconsolidationを認めます。"
     "周囲にGGOが広がっています。"
     "左側にsmall pleural effusionがあります。"
     "CTR 58%で心拡大を認めます。"
     "Mediastinal lymphadenopathyは認めません。",
     {CON, OPA, PE, CM}),
    ("clin-ja-30", "ja",
     "IPF疑い。"
     "両側下葉subpleuralにhoneycombingとtraction bronchiectasisを認め、UIP patternと考えます。"
     "GGOは軽度です。"
     "emphysemaの合併はありません。"
     "縦隔リンパ節の腫大（短径16mm）を認めます。",
     {FIB, BRX, OPA, LN}),
    ("clin-ja-31", "ja",
     "術後ICU。"
     "ETチューブ先端はcarinaの5cm上です。"
     "右IJからのCVC先端はSVCにあります。"
     "左chest tubeが留置されており、気胸は消失しています。"
     "両下葉にatelectasisを認めます。"
     "Pleural effusionは少量です。"
     "septal thickeningはありません。",
     {MM, ATL, PE}),
    # ------------------------------------------------------------------
    # English, CT-RATE translated style
    # ------------------------------------------------------------------
    ("clin-en-01", "en",
     "The trachea and the main bronchi are patent. "
     "The great vessels of the mediastinum are normal; heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No mediastinal lymph node of pathological size was detected. "
     "In both lungs, reticulation and honeycombing are observed in the subpleural areas, "
     "more prominent in the lower lobes. "
     "Traction bronchiectasis is noteworthy in both lower lobes. "
     "Ground glass densities are observed in the basal segments of both lower lobes. "
     "Findings are in favor of interstitial lung disease with fibrosis. "
     "No pleural effusion was detected.",
     {FIB, BRX, OPA}),
    ("clin-en-02", "en",
     "Cardiomegaly was observed. "
     "Minimal pericardial effusion was observed. "
     "Calcified plaques were seen in the thoracic aorta and in the coronary arteries. "
     "A cardiac pacemaker was observed in the left anterior chest wall, with its leads extending "
     "into the right heart chambers. "
     "Bilateral pleural effusion was observed, more pronounced on the right. "
     "Passive atelectasis was observed in the adjacent lung parenchyma. "
     "Interlobular septal thickening and ground glass densities were observed in both lungs, "
     "consistent with pulmonary edema. "
     "Sliding type hiatal hernia was observed.",
     {CM, PCE, AWC, CAC, MM, PE, ATL, IST, OPA, HH}),
    ("clin-en-03", "en",
     "The trachea and the main bronchi are patent. "
     "In both lungs, multiple ground glass opacities with peripheral distribution are observed, "
     "more prominent in the lower lobes. "
     "Consolidation areas are noteworthy in the lower lobe of the left lung. "
     "Findings are in favor of viral pneumonia (COVID-19). "
     "No pleural effusion was detected. "
     "No pathologically enlarged lymph nodes were detected in the mediastinum or hilar regions. "
     "Heart size is normal.",
     {OPA, CON}),
    ("clin-en-04", "en",
     "Emphysematous changes are observed in both lungs, more prominent in the upper lobes. "
     "A nodule measuring 7 mm was observed in the superior segment of the right lower lobe. "
     "Bronchial wall thickening was observed in both lungs. "
     "Mosaic attenuation pattern was not observed. "
     "Linear atelectasis was observed in the middle lobe. "
     "Atherosclerotic calcifications were observed in the aorta. "
     "Thoracic esophagus calibration was normal and no hiatal hernia was detected.",
     {EMP, NOD, PBT, ATL, AWC}),
    ("clin-en-05", "en",
     "A mass lesion measuring 45x38 mm with spiculated contours was observed in the upper lobe of "
     "the left lung, suspicious for malignancy. "
     "Lymph nodes measuring 18 mm in short axis were observed in the left hilar and aortopulmonary "
     "window regions, which were evaluated in favor of metastasis. "
     "Obstructive atelectasis was observed distal to the mass. "
     "Minimal pleural effusion was observed in the left hemithorax. "
     "A port catheter was observed in the right subclavian vein. "
     "No emphysema was detected.",
     {NOD, LN, ATL, PE, MM}),
    ("clin-en-06", "en",
     "Cylindrical bronchiectasis and peribronchial thickening were observed in the middle lobe "
     "and lingula. "
     "Mosaic attenuation pattern was observed in both lungs, which may be secondary to small "
     "airway disease. "
     "A solid nodule measuring 9 mm was observed in the right upper lobe. "
     "Consolidation was not observed. "
     "Heart size and contour are normal. "
     "No pleural or pericardial effusion was observed.",
     {BRX, PBT, MOS, NOD}),
    # ------------------------------------------------------------------
    # English, American style
    # ------------------------------------------------------------------
    ("clin-en-07", "en",
     "Support devices: Endotracheal tube terminates 3 cm above the carina. "
     "Right internal jugular central venous catheter terminates in the SVC. "
     "Enteric tube courses below the diaphragm with the tip in the stomach. "
     "Lungs: Dense consolidation in the left lower lobe with air bronchograms, and patchy "
     "ground-glass opacity in the right lung. "
     "Pleura: Small bilateral pleural effusions. No pneumothorax. "
     "Heart and mediastinum: Heart size is normal. No pericardial effusion.",
     {MM, CON, OPA, PE}),
    ("clin-en-08", "en",
     "Status post right upper lobectomy with surgical staple line at the bronchial stump. "
     "No evidence of local recurrence. "
     "No new or enlarging pulmonary nodules. "
     "A 4 mm nodule in the left lower lobe is unchanged. "
     "No mediastinal or hilar lymphadenopathy. "
     "Mild centrilobular emphysema. "
     "Coronary artery calcifications. "
     "Small hiatal hernia.",
     {MM, NOD, EMP, CAC, HH}),
    ("clin-en-09", "en",
     "Low-dose CT for lung cancer screening. "
     "There is a 6 mm solid nodule in the left lower lobe, new since the prior exam. "
     "Lung-RADS 4A; recommend 3-month follow-up low-dose CT. "
     "Moderate centrilobular and paraseptal emphysema. "
     "No consolidation or pleural effusion. "
     "Moderate coronary artery calcification. "
     "Atherosclerotic calcification of the thoracic aorta.",
     {NOD, EMP, CAC, AWC}),
    ("clin-en-10", "en",
     "Status post median sternotomy and CABG; sternal wires are intact. "
     "Prosthetic mitral valve. "
     "Moderate cardiomegaly. "
     "Small pericardial effusion. "
     "Dense coronary artery calcifications. "
     "Trace left pleural effusion with adjacent compressive atelectasis. "
     "Lungs otherwise clear.",
     {MM, CM, PCE, CAC, PE, ATL}),
    ("clin-en-11", "en",
     "Bilateral lower lobe predominant ground-glass opacities with subpleural sparing and fine "
     "reticulation. "
     "Traction bronchiectasis without honeycombing. "
     "Findings are suggestive of fibrotic NSIP. "
     "Enlarged mediastinal lymph nodes, measuring up to 13 mm in short axis, likely reactive. "
     "Patulous esophagus. "
     "No pleural effusion.",
     {OPA, BRX, FIB, LN}),
    ("clin-en-12", "en",
     "Diffuse bronchial wall thickening. "
     "Mosaic attenuation with air trapping on expiratory images, compatible with small airways "
     "disease. "
     "No emphysema. "
     "No bronchiectasis. "
     "Mild smooth interlobular septal thickening at the lung bases. "
     "Heart is mildly enlarged. "
     "Possible small pericardial effusion. "
     "No pleural effusion.",
     {PBT, MOS, IST, CM, PCE}),
]

OPEN: dict[tuple[str, str], str] = {
    ("clin-en-05", NOD): "CT-RATE convention: a lung mass (3 cm or more) alone is not labelled Lung nodule",
}


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
