"""Probe of emergency, trauma and intensive-care chest CT reports in English and Japanese: rib,
sternal and flail-segment fractures, pneumothorax (not one of the 18 findings), hemothorax /
血胸 (pleural effusion), hemopericardium / 心嚢血腫 (pericardial effusion), subcutaneous and
mediastinal emphysema (not pulmonary emphysema), pulmonary contusion and laceration (opacity or
consolidation only when explicitly described), aspiration, ARDS, pulmonary edema, atelectasis in
ventilated patients, tubes and lines, aortic injury, diaphragmatic rupture (not a hiatal hernia),
and ICU follow-up reports that remove devices and deny many findings. The reports were written
for this file without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when
present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("tic-01", "en",
     "Trauma CT of the chest after a motor vehicle collision. Acute displaced fractures of the left "
     "fourth through seventh ribs, with segmental fractures of ribs five and six both anteriorly and "
     "posteriorly, consistent with a flail segment. Moderate left hemothorax. Small left pneumothorax. "
     "Patchy ground-glass opacity in the left lower lobe adjacent to the fractures, compatible with "
     "pulmonary contusion. Subcutaneous emphysema along the left chest wall. No pericardial effusion. "
     "The heart is normal in size. No mediastinal lymphadenopathy. No pulmonary emphysema.",
     {PE, OPA}),
    ("tic-02", "en",
     "ICU follow-up. Interval removal of the right chest tube. No pneumothorax. Decreased right pleural "
     "effusion, now small. The endotracheal tube tip lies 3 cm above the carina. Nasogastric tube "
     "terminates in the stomach. Persistent passive atelectasis of the right lower lobe. No "
     "consolidation. No pericardial effusion.",
     {PE, MM, ATL}),
    ("tic-03", "en",
     "Steering wheel injury. Transverse non-displaced fracture of the sternal body with a small "
     "retrosternal hematoma. No pericardial effusion or hemopericardium. The thoracic aorta is normal "
     "in caliber without evidence of traumatic injury. Mild calcified atherosclerotic plaque in the "
     "aortic arch. Calcification of the left anterior descending coronary artery. The lungs are clear "
     "without nodules or opacities. No pleural effusion.",
     {AWC, CAC}),
    ("tic-04", "en",
     "Stab wound to the left anterior chest. High-density pericardial fluid measuring up to 12 mm, "
     "consistent with hemopericardium. Small left hemothorax. Laceration of the lingula with "
     "surrounding consolidation. Pneumomediastinum. No rib fracture. No cardiomegaly.",
     {PCE, PE, CON}),
    ("tic-05", "en",
     "Mechanically ventilated patient with ARDS. Bilateral diffuse ground-glass opacities with "
     "dependent consolidation in both lower lobes. Small bilateral pleural effusions. The endotracheal "
     "tube and a right internal jugular central venous catheter are in appropriate position. No "
     "pneumothorax. No interlobular septal thickening. No bronchiectasis.",
     {OPA, CON, PE, MM}),
    ("tic-06", "en",
     "Findings are consistent with hydrostatic pulmonary edema: smooth interlobular septal thickening, "
     "perihilar ground-glass opacity and peribronchial cuffing. Bilateral moderate pleural effusions. "
     "The heart is enlarged. No pericardial effusion. No consolidation. No lymphadenopathy.",
     {IST, OPA, PBT, PE, CM}),
    ("tic-07", "en",
     "Intubated after out-of-hospital cardiac arrest; aspiration suspected clinically. Dependent "
     "consolidation in the posterior basal and superior segments of the right lower lobe with "
     "fluid-filled segmental bronchi, compatible with aspiration pneumonia. Mild bronchial wall "
     "thickening in both lower lobes. The endotracheal tube tip is at the level of the clavicular "
     "heads. No pleural effusion. No pneumothorax. Heart size is normal.",
     {CON, PBT, MM}),
    ("tic-08", "en",
     "Discontinuity of the left hemidiaphragm with herniation of the stomach and splenic flexure into "
     "the left hemithorax, consistent with traumatic diaphragmatic rupture. The esophageal hiatus is "
     "intact and there is no hiatal hernia. Compressive atelectasis of the left lower lobe. Small left "
     "pleural effusion. No pneumothorax. Fractures of the left 9th and 10th ribs.",
     {ATL, PE}),
    ("tic-09", "en",
     "Focal contour irregularity and a small pseudoaneurysm at the aortic isthmus with adjacent "
     "mediastinal hematoma, consistent with traumatic aortic injury. Small left hemothorax. Dependent "
     "atelectasis in both lower lobes. No pericardial effusion. No aortic wall calcification. No "
     "pulmonary nodules.",
     {PE, ATL}),
    ("tic-10", "en",
     "Comparison is made with the CT from 5 days ago. The left pleural effusion has resolved. The "
     "previously seen right lower lobe consolidation has also resolved. Tracheostomy tube in place. A "
     "left subclavian central venous catheter terminates in the SVC. Healing fractures of the right "
     "3rd to 6th ribs with callus formation. Residual linear atelectasis in the right middle lobe. No "
     "pneumothorax. No pericardial effusion.",
     {MM, ATL}),
    ("tic-11", "en",
     "Blunt chest trauma. Right lower lobe pulmonary laceration with a 3 cm traumatic pneumatocele "
     "containing an air-fluid level, and surrounding pulmonary contusion. Moderate right pneumothorax "
     "with a right chest tube in place, tip at the apex. Extensive subcutaneous emphysema of the right "
     "chest wall and neck. Multiple right posterior rib fractures. Centrilobular emphysema in both "
     "upper lobes. No pleural effusion. No mediastinal lymph node enlargement.",
     {MM, EMP}),
    ("tic-12", "en",
     "Flail chest on the right with segmental fractures of ribs 3 through 6. Small right pleural "
     "effusion, possibly a hemothorax. Possible small anterior pneumothorax. Bibasilar subsegmental "
     "atelectasis. Sternotomy wires from prior CABG are intact. Dense calcification of the coronary "
     "arteries. No pericardial effusion. No consolidation.",
     {PE, ATL, MM, CAC}),
    ("tic-13", "en",
     "ICU follow-up. The endotracheal tube has been removed. The nasogastric tube has been removed. No "
     "pneumothorax. No pleural effusion. No pericardial effusion. No consolidation or ground-glass "
     "opacity. Minimal plate-like atelectasis in the lingula. Calcification of the thoracic aorta.",
     {ATL, AWC}),
    ("tic-14", "en",
     "Young asthmatic patient with acute chest pain. Pneumomediastinum extending into the soft tissues "
     "of the neck, likely due to alveolar rupture; no esophageal or tracheal injury is identified. "
     "Small bilateral apical pneumothoraces. Mild peribronchial thickening and mosaic attenuation in "
     "both lungs, suggestive of air trapping. No pleural effusion. No pulmonary emphysema or bullae. "
     "No hiatal hernia. Hilar lymph nodes are not enlarged.",
     {PBT, MOS}),
    ("tic-15", "en",
     "Volume-overloaded patient on hemodialysis. Interval increase in bilateral pleural effusions, now "
     "moderate. New interlobular septal thickening in both lungs. Small pericardial effusion, "
     "unchanged. Right internal jugular dialysis catheter with its tip in the right atrium. Mild "
     "cardiomegaly. No consolidation.",
     {PE, IST, PCE, MM, CM}),
    ("tic-16", "en",
     "Clinical question: rule out pneumothorax and hemothorax after a fall from a ladder. No "
     "pneumothorax. No hemothorax or pleural effusion. Nondisplaced fracture of the left 8th rib. The "
     "lungs are clear with no contusion. A 5 mm solid pulmonary nodule in the right upper lobe, likely "
     "incidental. Small hiatal hernia. No lymphadenopathy.",
     {NOD, HH}),
    ("tic-17", "en",
     "Elderly patient after a ground-level fall. Minimally displaced fractures of the left 5th and 6th "
     "ribs laterally. Background bilateral basal reticulation with traction bronchiectasis and "
     "honeycombing, consistent with established pulmonary fibrosis. No pneumothorax. No pleural "
     "effusion. No acute consolidation. Calcified plaques in the descending aorta.",
     {FIB, BRX, AWC}),
    ("tic-18", "en",
     "Massive subcutaneous emphysema over the anterior chest wall and both axillae following chest "
     "tube placement. The left chest tube remains in situ. The left pneumothorax has decreased and is "
     "now small. Left lower lobe atelectasis. Mediastinal emphysema is also present. No pleural fluid. "
     "No pericardial fluid.",
     {MM, ATL}),
    ("tic-19", "en",
     "Large right hemothorax with layering high-attenuation fluid and active contrast extravasation "
     "from an intercostal artery. Near-complete collapse of the right lower lobe and partial collapse "
     "of the right middle lobe. Mediastinal shift to the left. An enlarged right paratracheal lymph "
     "node measures 15 mm in short axis. No pericardial effusion. The left lung is clear.",
     {PE, ATL, LN}),
    ("tic-20", "en",
     "Bilateral pulmonary contusions, manifesting as non-segmental consolidation in the right lower "
     "lobe and ground-glass opacity in the left upper lobe. Small traumatic pneumatoceles. Fractures "
     "of the right 7th to 9th ribs. Trace right pleural effusion. No pneumothorax. No cardiomegaly. "
     "The heart and pericardium are unremarkable.",
     {CON, OPA, PE}),
    ("tic-21", "en",
     "Dual-chamber pacemaker with leads in the right atrium and right ventricle. Cardiomegaly. Small "
     "bilateral pleural effusions, decreased compared with the prior study. The interlobular septal "
     "thickening seen previously has resolved. No ground-glass opacity. Coronary calcifications. No "
     "pneumothorax.",
     {MM, CM, PE, CAC}),
    ("tic-22", "en",
     "Venovenous ECMO cannulas in the right internal jugular and right femoral veins. Diffuse "
     "bilateral consolidation with air bronchograms, predominantly in the dependent lungs, in keeping "
     "with severe ARDS. The right pneumothorax has resolved after chest tube removal. No pleural "
     "effusion. Moderate pericardial effusion. No lymphadenopathy.",
     {MM, CON, PCE}),
    ("tic-23", "en",
     "Trauma pan-scan. No rib or sternal fracture. No pneumothorax, hemothorax or pneumomediastinum. "
     "No pulmonary contusion. The heart is normal in size with no pericardial effusion. The aorta is "
     "intact with no mediastinal hematoma. Incidental 4 mm calcified granuloma in the left lower lobe. "
     "Mild paraseptal emphysema at both apices.",
     {NOD, EMP}),
    ("tic-24", "ja",
     "交通外傷。左第4-7肋骨骨折を認め、第5、6肋骨は分節骨折でありフレイルチェストの所見。左血胸を認める。"
     "左気胸あり。左下葉に肺挫傷を反映したすりガラス影を認める。左胸壁に皮下気腫。心嚢液貯留なし。"
     "縦隔リンパ節腫大なし。",
     {PE, OPA}),
    ("tic-25", "ja",
     "前回CTと比較。右胸腔ドレーンは抜去されている。気胸なし。右胸水は減少しているが残存している。"
     "気管チューブ先端は気管分岐部の3cm頭側。経鼻胃管が留置されている。右下葉の受動無気肺は残存。"
     "浸潤影なし。",
     {PE, MM, ATL}),
    ("tic-26", "ja",
     "胸部打撲。心嚢内に高吸収の液体貯留を認め、心嚢血腫と考えられる。胸骨体部に骨折あり、胸骨後面に血腫を伴う。"
     "大動脈損傷を示唆する所見はない。両側胸水なし。肺野に明らかな結節なし。冠動脈に石灰化を認める。",
     {PCE, CAC}),
    ("tic-27", "ja",
     "人工呼吸管理中。両肺にびまん性のすりガラス影、背側優位に浸潤影を認め、ARDSに矛盾しない。両側少量胸水。"
     "気管チューブおよび右内頸静脈CVカテーテルが留置されている。気胸なし。小葉間隔壁肥厚なし。",
     {OPA, CON, PE, MM}),
    ("tic-28", "ja",
     "心拡大を認める。両側に小葉間隔壁肥厚と肺門周囲のすりガラス影があり、肺水腫が疑われる。両側胸水貯留。"
     "気管支壁肥厚あり。心嚢液なし。浸潤影は認めない。",
     {CM, IST, OPA, PE, PBT}),
    ("tic-29", "ja",
     "心肺停止蘇生後。右下葉背側に浸潤影を認め、誤嚥性肺炎を疑う。区域気管支内に液体貯留あり。"
     "気管チューブ先端は適切な位置にある。胸水なし。心拡大なし。大動脈に石灰化を認める。",
     {CON, MM, AWC}),
    ("tic-30", "ja",
     "左横隔膜の連続性が途絶し、胃および結腸が左胸腔内へ脱出しており、外傷性横隔膜破裂と考える。"
     "食道裂孔ヘルニアはない。左下葉に圧排性無気肺。左胸水少量。気胸なし。",
     {ATL, PE}),
    ("tic-31", "ja",
     "大動脈峡部に仮性動脈瘤と周囲の縦隔血腫を認め、外傷性大動脈損傷を疑う。左血胸あり。"
     "両下葉背側に無気肺。心嚢液貯留なし。肺結節なし。リンパ節腫大なし。",
     {PE, ATL}),
    ("tic-32", "ja",
     "前回と比較して左胸水は消失した。右下葉の浸潤影も消退している。気管切開チューブ留置中。"
     "左鎖骨下CVカテーテル先端は上大静脈内。右第3-6肋骨骨折は仮骨形成を伴い治癒過程にある。"
     "右中葉に線状無気肺が残存。気胸なし。",
     {MM, ATL}),
    ("tic-33", "ja",
     "鈍的胸部外傷。右下葉に肺裂傷があり、内部に液面形成を伴う外傷性肺嚢胞を認める。周囲に肺挫傷。"
     "右気胸に対して胸腔ドレーンが留置されている。右胸壁から頸部にかけて広範な皮下気腫。"
     "両上葉に小葉中心性肺気腫。胸水なし。",
     {MM, EMP}),
    ("tic-34", "ja",
     "右第3-6肋骨の分節骨折によるフレイルチェスト。右少量胸水あり、血胸の可能性がある。"
     "前胸部に少量の気胸の可能性。両下葉に板状無気肺。CABG後の胸骨ワイヤーあり。冠動脈に高度石灰化。"
     "心嚢液なし。",
     {PE, ATL, MM, CAC}),
    ("tic-35", "ja",
     "ICU経過観察。気管チューブは抜管済み。経鼻胃管も抜去されている。気胸なし。胸水なし。心嚢液なし。"
     "浸潤影、すりガラス影なし。舌区にわずかな板状無気肺。大動脈壁に石灰化あり。",
     {ATL, AWC}),
    ("tic-36", "ja",
     "嘔吐後の激しい胸痛。縦隔気腫および左胸水を認め、特発性食道破裂を疑う。左下葉に浸潤影あり。"
     "食道裂孔ヘルニアなし。肺気腫なし。縦隔リンパ節腫大なし。心拡大なし。",
     {PE, CON}),
    ("tic-37", "ja",
     "維持透析患者。両側胸水は前回より増加。両肺に小葉間隔壁肥厚が新たに出現している。"
     "少量の心嚢液貯留は不変。右内頸静脈から透析用カテーテルが挿入され、先端は右房。軽度心拡大。"
     "浸潤影なし。",
     {PE, IST, PCE, MM, CM}),
    ("tic-38", "ja",
     "転落外傷、気胸・血胸の除外目的。気胸なし。血胸なし。左第8肋骨に非転位骨折。肺挫傷なし。"
     "右上葉に5mmの充実性結節を認める。小さな食道裂孔ヘルニアあり。リンパ節腫大なし。",
     {NOD, HH}),
    ("tic-39", "ja",
     "長期人工呼吸管理中。気管切開チューブ留置。両下葉に気管支拡張と気管支壁肥厚を認める。"
     "両側背側に無気肺。胸水は認めない。網状変化や蜂巣肺はない。",
     {MM, BRX, PBT, ATL}),
    ("tic-40", "ja",
     "右大量血胸を認め、肋間動脈からの造影剤血管外漏出を伴う。右下葉は虚脱し、右中葉にも部分的な無気肺がある。"
     "縦隔は左方へ偏位。右気管傍リンパ節は短径15mmと腫大している。心嚢液貯留なし。左肺に異常なし。",
     {PE, ATL, LN}),
    ("tic-41", "ja",
     "両側肺挫傷。右下葉に非区域性の浸潤影、左上葉にすりガラス影を認める。右第7-9肋骨骨折。"
     "右に微量の胸水。気胸なし。心拡大なし。心膜に異常なし。",
     {CON, OPA, PE}),
    ("tic-42", "ja",
     "ペースメーカー留置後で、リードは右房および右室に位置する。心拡大あり。両側少量胸水は前回より減少。"
     "小葉間隔壁肥厚は消失した。すりガラス影なし。冠動脈石灰化あり。気胸なし。",
     {MM, CM, PE, CAC}),
    ("tic-43", "ja",
     "VV-ECMOカニューレが右内頸静脈および右大腿静脈から挿入されている。両肺背側優位にエアブロンコグラムを伴う"
     "広範な浸潤影。右気胸は胸腔ドレーン抜去後も再発なし。胸水なし。中等量の心嚢液貯留あり。リンパ節腫大なし。",
     {MM, CON, PCE}),
    ("tic-44", "ja",
     "外傷全身CT。肋骨・胸骨骨折なし。気胸、血胸、縦隔気腫なし。肺挫傷なし。心拡大なし、心嚢液なし。"
     "大動脈損傷なし。左下葉に4mmの石灰化結節(肉芽腫)。両肺尖部に傍隔壁型肺気腫。",
     {NOD, EMP}),
    ("tic-45", "ja",
     "右胸腔ドレーン留置下。右血胸は減少したが少量残存。右下葉に無気肺。両下葉に気管支拡張を認める。"
     "経鼻胃管先端は胃内。縦隔気腫は軽減。小葉間隔壁肥厚なし。肺結節なし。",
     {MM, PE, ATL, BRX}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
