"""Probe: English chest CT reports dense with measurements and numbers next to the findings
(nodule and node sizes, HU attenuation values, Agatston calcium scores, cardiothoracic ratios,
effusion depths, aortic diameters, emphysema indices and percentages, dates, series/image
numbers), in US, UK and CT-RATE (Turkish-English) styles. The numbers must not change what the
report says: labels follow the radiologist's meaning. The reports were written for this file
without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or
hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT,
                      PCE, PE, probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("emr-01", "en",
     "Trachea and both main bronchi are patent. Calibration of the thoracic aorta is normal, the "
     "ascending aorta measuring 34 mm. Heart contour and size are normal, CTR 0.46. No pericardial "
     "effusion. Calcified atheroma plaques are seen in the aortic arch and descending aorta. Lymph "
     "nodes in the prevascular and paratracheal stations measuring up to 8 mm in short axis are "
     "not pathologically enlarged. In the right lung upper lobe posterior segment a 6 x 5 mm solid "
     "nodule is observed (series 3, image 45). Centrilobular emphysematous changes are present in "
     "both upper lobes. No pleural effusion or thickening. No consolidation.",
     {AWC, NOD, EMP}),
    ("emr-02", "en",
     "CT CHEST WITH CONTRAST. COMPARISON: 12.03.2023. FINDINGS: Lines and tubes: right internal "
     "jugular central venous catheter with tip at the cavoatrial junction. The heart is enlarged, "
     "cardiothoracic ratio 0.58. Small pericardial effusion measuring up to 9 mm in thickness. "
     "Moderate bilateral pleural effusions, the right measuring 35 mm in depth and the left 22 mm, "
     "with adjacent compressive atelectasis of both lower lobes. No lymphadenopathy; the largest "
     "node is a 7 mm right lower paratracheal node, not enlarged by size criteria. No pulmonary "
     "nodules. IMPRESSION: Cardiomegaly with pericardial and bilateral pleural effusions.",
     {MM, CM, PCE, PE, ATL}),
    ("emr-03", "en",
     "CT thorax, compared with the previous study of 04/07/2022. The dominant left upper lobe "
     "part-solid nodule now measures 14 x 11 mm (previously 12 x 10 mm) with a solid component of "
     "6 mm (series 4, image 112). Several further solid nodules ranging from 3 to 5 mm are "
     "unchanged. There is no mediastinal or hilar lymphadenopathy, all nodes being of normal size "
     "(largest 6 mm at station 4R). Mild paraseptal emphysema. No pleural effusion. The heart is "
     "not enlarged. Coronary artery calcification is noted in the LAD and circumflex.",
     {NOD, EMP, CAC}),
    ("emr-04", "en",
     "Cardiomegaly is present, the cardiothoracic ratio measured as 0.61. 2 cm pericardial fluid "
     "was observed, most pronounced anterior to the right ventricle. Bilateral pleural effusion, "
     "deepest 28 mm on the right and 15 mm on the left. Interlobular septal thickening in both "
     "lungs was evaluated in favour of interstitial edema. Lymph nodes of pathological size were "
     "observed in the mediastinum: subcarinal lymph node 14 mm in short axis and right lower "
     "paratracheal 12 mm. No nodule was detected in both lungs.",
     {CM, PCE, PE, IST, LN}),
    ("emr-05", "en",
     "Coronary artery calcium: Agatston score 312 (LAD 198, LCX 40, RCA 74). Mild atherosclerotic "
     "calcification of the thoracic aorta. The ascending aorta measures 4.2 cm and is mildly "
     "dilated. Heart size is normal. No pericardial effusion. Lungs: 4 mm calcified granuloma in "
     "the right middle lobe (image 88). No consolidation, pleural effusion or pneumothorax. No "
     "hiatal hernia. Mediastinal and hilar lymph nodes are not enlarged.",
     {CAC, AWC, NOD}),
    ("emr-06", "en",
     "Quantitative analysis: emphysema index (-950 HU) 12% of total lung volume, predominantly "
     "upper zone. Visually there is moderate centrilobular emphysema with a 4 cm bulla at the "
     "right apex. Bronchial wall thickening in the lower lobes. No bronchiectasis. Subsegmental "
     "atelectasis in the lingula. No suspicious pulmonary nodule. The mediastinal nodes are not "
     "enlarged. No pleural effusion.",
     {EMP, PBT, ATL}),
    ("emr-07", "en",
     "In the quantitative evaluation, the ratio of areas below -950 HU to the total lung volume "
     "was 8%. Paraseptal and centrilobular emphysema is seen in both lungs. Linear atelectasis 25 "
     "mm long in the middle lobe. There is an 8 mm solid nodule in the left lower lobe superior "
     "segment (series 2, image 156). Thoracic aorta diameter is normal, 31 mm. Heart size is "
     "normal. No pleural or pericardial effusion. None of the mediastinal "
     "lymph nodes is enlarged.",
     {EMP, ATL, NOD}),
    ("emr-08", "en",
     "Multiple enlarged mediastinal lymph nodes: right paratracheal (station 4R) 2.1 x 1.5 cm, "
     "subcarinal (station 7) 1.8 cm in short axis, and a left hilar node of 13 mm. Right axillary "
     "nodes are normal in size, largest 8 mm. Right upper lobe spiculated nodule measuring 2.4 x "
     "1.9 cm (series 5, image 67). Small right pleural effusion, 12 mm in depth. No pericardial "
     "effusion. No emphysema.",
     {LN, NOD, PE}),
    ("emr-09", "en",
     "There is a hiatus hernia, with approximately 4 cm of stomach above the diaphragm. A fat "
     "density (-95 HU) lesion in the right cardiophrenic angle is consistent with a pericardial "
     "fat pad; there is no pericardial effusion. The heart is of normal size. Scattered "
     "calcification of the aortic arch. Mild dependent atelectasis at both bases. No focal "
     "consolidation. No pleural effusion. No lymphadenopathy: hilar and mediastinal nodes measure "
     "less than 10 mm in short axis and are not enlarged.",
     {HH, AWC, ATL}),
    ("emr-10", "en",
     "Sternotomy wires and mediastinal surgical clips are present. Calcification in the coronary "
     "arteries. In the sections passing through the upper abdomen, a 17 x 14 mm nodule with a "
     "density of -12 HU in the left adrenal gland is consistent with an adenoma, and a 9 mm "
     "hypodense lesion in liver segment 7 is consistent with a cyst. A sequela fibrotic band 3 cm "
     "long is seen in the right lower lobe. Pleural thickening of 4 mm on the left without "
     "effusion. No pulmonary nodule was detected. No lymph nodes of pathological size.",
     {MM, CAC, FIB}),
    ("emr-11", "en",
     "Right chest wall port with catheter tip in the SVC. Large pericardial effusion measuring 2.6 "
     "cm circumferentially, attenuation 8 HU, compatible with simple fluid. Cardiac size is "
     "otherwise normal. Bilateral small pleural effusions, left 11 mm, right trace. Bibasilar "
     "passive atelectasis. No mediastinal or hilar lymphadenopathy. No pulmonary nodule or "
     "consolidation.",
     {MM, PCE, PE, ATL}),
    ("emr-12", "en",
     "Subpleural reticulation and honeycombing in both lower lobes, more extensive on the left, "
     "with traction bronchiectasis (segmental bronchi up to 7 mm). Ground-glass opacity in the "
     "lower lobes accounting for approximately 15% of lung volume. Mildly enlarged mediastinal "
     "nodes, the largest 13 mm in short axis at station 4R, likely reactive. No pleural effusion. "
     "No emphysema. The oesophagus is mildly dilated, 25 mm.",
     {FIB, BRX, OPA, LN}),
    ("emr-13", "en",
     "A mosaic attenuation pattern is observed in both lungs. On the expiratory sections air "
     "trapping areas are seen, the largest approximately 4 x 3 cm in the right lower lobe. "
     "Bronchial wall thickening is noted. Cylindrical bronchiectasis in both lower lobes, with a "
     "bronchoarterial ratio up to 1.6. No mediastinal lymph nodes of pathological size; short axes "
     "are below 10 mm. Heart and pericardium are normal. No pleural effusion.",
     {MOS, PBT, BRX}),
    ("emr-14", "en",
     "Dense consolidation of the left lower lobe with air bronchograms, measuring approximately "
     "7.5 x 5 cm, attenuation 35 HU after contrast. Small parapneumonic left pleural effusion 18 "
     "mm deep. Surrounding ground-glass opacity in the lingula. Reactive, mildly enlarged left "
     "hilar node, 12 mm in short axis. No pulmonary nodule. No cardiomegaly; CTR 0.47.",
     {CON, PE, OPA, LN}),
    ("emr-15", "en",
     "Aneurysmal dilatation of the ascending aorta, maximum diameter 5.1 cm at the level of the "
     "right pulmonary artery; the descending aorta measures 3.0 cm. Extensive mural calcification "
     "of the aortic arch and descending thoracic aorta, and calcified plaque at the origin of the "
     "left subclavian artery. Coronary calcification is also present (Agatston 540). No "
     "pericardial fluid. Heart size normal, CTR 0.48. The lungs are clear apart from a 3 mm "
     "perifissural nodule on the right horizontal fissure (series 3, image 120), requiring no "
     "follow-up. No pleural effusion.",
     {AWC, CAC, NOD}),
    ("emr-16", "en",
     "Several lymph nodes are seen in the prevascular, paratracheal and subcarinal areas, the "
     "largest having a short axis of 9 mm in the subcarinal area; these were not considered "
     "pathological in size. Axillary lymph nodes with preserved fatty hilum are normal in size "
     "and appearance. Millimetric nodules (3-4 mm) in the right lung middle lobe and left upper "
     "lobe. Subsegmental atelectasis in the left lower lobe. A sliding hiatal hernia was observed. "
     "No pleural or pericardial effusion.",
     {NOD, ATL, HH}),
    ("emr-17", "en",
     "Dual-chamber ICD with leads in the right atrium and right ventricle. Marked cardiomegaly "
     "(cardiothoracic ratio 0.65). Trace pericardial fluid, 4 mm. No pleural effusion. "
     "Interlobular septal thickening at the lung bases. No coronary artery calcification is "
     "identified (Agatston score 0). No consolidation.",
     {MM, CM, PCE, IST}),
    ("emr-18", "en",
     "CT thorax, comparison 15.11.2021. Heart size normal, CTR 0.44. Ascending aorta 3.2 cm, "
     "descending 2.4 cm. No coronary artery calcification, Agatston score 0. No pericardial "
     "effusion. No mediastinal, hilar or axillary lymphadenopathy; the largest node is 6 mm at "
     "station 7 and is not enlarged. The previously described 4 mm nodule in the left lower lobe "
     "(prior series 2, image 180) has resolved. No emphysema (emphysema index 1%). Minor bibasal "
     "linear atelectasis. Small sliding hiatus hernia. No pleural effusion.",
     {ATL, HH}),
    ("emr-19", "en",
     "Multiple nodules in both lungs with diameters ranging from 3 to 6 mm are seen, the largest "
     "in the right lower lobe laterobasal segment (series 4, image 201). Compared with the "
     "previous examination dated 12.03.2023, there is no change in size. Fibrotic sequela changes "
     "in the left upper lobe lingular segment. Minimal pleural effusion on the right, 8 mm thick. "
     "Calcified atheroma plaques in the coronary arteries. No lymphadenopathy of pathological size "
     "in the mediastinum.",
     {NOD, FIB, PE, CAC}),
    ("emr-20", "en",
     "Nasogastric tube with tip in the gastric body. Ground-glass opacities in the bilateral upper "
     "lobes, the largest 2.8 x 2.0 cm in the right upper lobe, mean attenuation -550 HU. "
     "Interlobular septal thickening within the areas of ground glass (crazy paving). No "
     "consolidation. No pleural or pericardial effusion. Mediastinal nodes are not enlarged, all "
     "under 1 cm in short axis. No bronchiectasis.",
     {MM, OPA, IST}),
    ("emr-21", "en",
     "Left intercostal chest drain in situ, tip at the apex. There is a 15 mm deep residual left "
     "pleural effusion, reduced from 45 mm on 02/02/2024, with associated passive atelectasis of "
     "the left lower lobe. No pneumothorax. The right lung is clear. No lymphadenopathy. Heart of "
     "normal size.",
     {MM, PE, ATL}),
    ("emr-22", "en",
     "A consolidation area with air bronchograms measuring 45 x 30 mm in the right lung lower lobe "
     "posterobasal segment was evaluated in favour of pneumonia, with accompanying ground glass "
     "densities. Peribronchial thickening in both lower lobes. Mediastinal lymph nodes, the largest "
     "8 mm in the right paratracheal area, are not of pathological size. No pleural effusion. No "
     "pericardial effusion. Heart size is normal. No calcification in the aorta.",
     {CON, OPA, PBT}),
    ("emr-23", "en",
     "Right upper lobe mass measuring 4.5 x 3.8 cm, enhancing to +45 HU, with satellite nodules "
     "measuring 5 and 7 mm. Post-obstructive atelectasis of the anterior segment. Enlarged right "
     "hilar lymph node 2.0 cm and station 4R node 1.6 cm. Moderate right pleural effusion, 30 mm "
     "deep, likely malignant. No pericardial effusion. No emphysema.",
     {NOD, ATL, LN, PE}),
    ("emr-24", "en",
     "Bronchiectasis predominantly of the middle lobe and lingula, with bronchial diameters up to "
     "1.5 times the adjacent artery, associated with bronchial wall thickening and mucus plugging. "
     "Small areas of mosaic attenuation in the lower lobes. No consolidation. No effusion. "
     "Mediastinal nodes are not enlarged (all below 1 cm short axis).",
     {BRX, PBT, MOS}),
    ("emr-25", "en",
     "Thoracic aorta diameter is 37 mm at the ascending level, ectatic. The heart is of "
     "normal size and contour, with no pericardial effusion or thickening. Hiatal hernia was not detected. Mediastinal "
     "and hilar nodes are normal in size and appearance. No "
     "emphysema in the lungs. Sequela fibrotic changes and linear atelectasis in the right middle "
     "lobe. A 5 mm calcified nodule in the left upper lobe, consistent with a granuloma. No pleural "
     "effusion.",
     {FIB, ATL, NOD}),
    ("emr-26", "en",
     "Cardiac: coronary artery calcium score (Agatston) 1,245, with calcium in the LAD, LCX and "
     "RCA. Heart size normal. Calcified plaque in the aortic arch. Small hiatal hernia. Lungs: mild "
     "centrilobular emphysema. No pulmonary nodules. No pleural effusion. No lymphadenopathy.",
     {CAC, AWC, HH, EMP}),
    ("emr-27", "en",
     "Calcium score 87 Agatston units (MESA 70th percentile). The heart is of normal size and "
     "there is no pericardial effusion. Bilateral small pleural effusions (right 10 mm, left 6 mm) "
     "with lower lobe subsegmental atelectasis. No lymphadenopathy. No lung nodules.",
     {CAC, PE, ATL}),
    ("emr-28", "en",
     "Postoperative surgical clips in the right breast. Lymph nodes of pathological size were "
     "observed in the left axilla, the largest measuring 22 x 15 mm with loss of the fatty hilum. "
     "Mediastinal lymph nodes are normal in size. In the lungs, 4 mm and 5 mm nodules in the right "
     "lower lobe. No pleural effusion. No consolidation.",
     {MM, LN, NOD}),
    ("emr-29", "en",
     "Pericardial thickening measuring 5 mm with calcification, without pericardial fluid. Heart "
     "of normal size. Small bilateral pleural effusions, 14 mm on the right and 9 mm on the left. "
     "Interlobular septal thickening at both bases. No lymphadenopathy. No lung nodule.",
     {PCE, PE, IST}),
    ("emr-30", "en",
     "Patchy peripheral ground-glass opacities involving approximately 25% of the lung parenchyma "
     "(CT severity score 10/25), with foci of consolidation in the lower lobes. Mild cardiomegaly, "
     "CTR 0.55. No pleural effusion. No lymphadenopathy; nodes up to 7 mm, not enlarged. "
     "Incidental 6 mm nodule in the thyroid.",
     {OPA, CON, CM}),
    ("emr-31", "en",
     "A hypodense nodule of 14 mm is seen in the right thyroid lobe. Mediastinal lymph nodes are "
     "of normal size. No pulmonary nodule or mass was detected. Bronchiectatic changes and "
     "peribronchial thickening in the left lower lobe. Emphysematous areas in both upper lobes. "
     "The thoracic aorta is ectatic at 40 mm, with calcified atherosclerotic plaques. No pleural "
     "effusion.",
     {BRX, PBT, EMP, AWC}),
    ("emr-32", "en",
     "Upper abdomen: 1.2 cm hypoattenuating liver lesion (+15 HU), likely a cyst. 8 mm left renal "
     "nodule, indeterminate. Lungs: bibasilar subsegmental atelectasis and mild bronchial wall "
     "thickening. No suspicious pulmonary nodules. Heart: mild cardiomegaly with trace pericardial "
     "effusion. No pleural effusion.",
     {ATL, PBT, CM, PCE}),
    ("emr-33", "en",
     "Large bullae in both apices, the largest 7 cm on the right, with background paraseptal "
     "emphysema. Surgical staple line in the left upper lobe from previous wedge resection, with "
     "adjacent scarring. No pulmonary nodule. No effusion. No lymphadenopathy.",
     {EMP, MM, FIB}),
    ("emr-34", "en",
     "On the expiratory images air trapping involves approximately 30% of both lungs, consistent "
     "with small airway disease. No bronchiectasis. No emphysema. Heart size normal, no "
     "pericardial effusion. A subcarinal lymph node of 11 x 8 mm is not of pathological size. "
     "Minimal pleural effusion on the left measuring 5 mm. Calcified atheromatous plaques in the "
     "aortic arch.",
     {MOS, PE, AWC}),
    ("emr-35", "en",
     "Moderate hiatal hernia, 5.5 cm in transverse dimension. Lungs: two pulmonary nodules, right "
     "upper lobe 7 x 5 mm (series 3, image 45) and left lower lobe 4 mm (series 3, image 210). "
     "Dependent atelectasis. No lymphadenopathy. No pleural effusion. Heart normal in size. No "
     "coronary calcifications.",
     {HH, NOD, ATL}),
    ("emr-36", "en",
     "Compared with the CT of 12.03.2023. Right PICC line with tip in the SVC. The previously seen "
     "right lower lobe consolidation has completely resolved. The left pleural effusion "
     "(previously 40 mm) has resolved. The mediastinal lymphadenopathy has regressed, the "
     "subcarinal node now 7 mm in short axis and no longer enlarged. Residual linear scarring in "
     "the right lower lobe. Small pericardial effusion, 8 mm, unchanged.",
     {MM, FIB, PCE}),
    ("emr-37", "en",
     "Bilateral pleural effusion measuring 42 mm on the right and 30 mm on the left at the "
     "thickest part, with compressive atelectasis in the adjacent parenchyma. Heart size is "
     "increased; CTR 0.57. Pericardial effusion was not observed. Calcification in the coronary "
     "arteries and aortic wall. No lymph nodes of pathological size.",
     {PE, ATL, CM, CAC, AWC}),
    ("emr-38", "en",
     "Coronary stent in the proximal LAD. Heart normal size. Solid right upper lobe nodule, 9 mm, "
     "unchanged since 01/15/2022 (series 4, image 60). Mild paraseptal emphysema. No "
     "consolidation. No mediastinal lymphadenopathy; normal-sized nodes up to 8 mm. No pleural "
     "effusion.",
     {MM, NOD, EMP}),
    ("emr-39", "en",
     "The solid nodule in the right lower lobe measures 8.2 mm (volume 210 mm3), previously 6.9 mm "
     "(volume 140 mm3) on 10/10/2023, volume doubling time approximately 320 days. Bilateral apical "
     "pleuroparenchymal scarring. Bronchial wall thickening. No emphysema. No lymphadenopathy: no "
     "node exceeds 10 mm in short axis. No pleural effusion. The aorta and coronary arteries are "
     "free of calcification.",
     {NOD, FIB, PBT}),
    ("emr-40", "en",
     "The endotracheal tube tip is 3.5 cm above the carina. A nasogastric tube is seen in the "
     "stomach. Consolidation with air bronchograms in the posterior segments of both lower lobes, "
     "more prominent on the left (approximately 6 x 4 cm). Bilateral pleural effusion, right 20 "
     "mm, left 25 mm. Subcutaneous emphysema in the right chest wall. No pulmonary emphysema. No "
     "pericardial effusion.",
     {MM, CON, PE}),
    ("emr-41", "en",
     "Small pneumomediastinum; no pneumothorax. No emphysema of the lungs. Patchy opacity in the "
     "right middle lobe, 2.3 cm. Bronchial wall thickening. Small hiatal hernia. No interlobular "
     "septal thickening. No lymphadenopathy (largest node 5 mm, normal).",
     {OPA, PBT, HH}),
    ("emr-42", "en",
     "A fat-containing (-100 HU) hiatus hernia measuring 3 cm, containing omentum. A 4 cm fat "
     "density lesion in the anterior mediastinum, consistent with a thymolipoma. Coronary artery "
     "calcification, Agatston score 312. Lungs: no nodules, no consolidation. Mild interlobular "
     "septal thickening at the lung bases. No effusion. Nodes are not enlarged.",
     {HH, CAC, IST}),
    ("emr-43", "en",
     "Bilateral hilar and mediastinal lymphadenopathy, the largest lymph node measuring 25 x 18 mm "
     "in the right hilum and 20 mm in the subcarinal station. Perilymphatic micronodules along the "
     "bronchovascular bundles and fissures, 2-3 mm in size. Interlobular septal thickening in the "
     "upper lobes. No fibrosis. No pleural effusion. Heart size normal.",
     {LN, NOD, IST}),
    ("emr-44", "en",
     "Fibrosis extent approximately 20% of lung volume, with subpleural reticulation, honeycombing "
     "and traction bronchiolectasis. Lobular areas of mosaic attenuation. Mediastinal nodes are "
     "mildly enlarged, largest 12 mm in short axis at station 7, probably reactive to the "
     "fibrosis. No pleural effusion. No consolidation.",
     {FIB, BRX, MOS, LN}),
    ("emr-45", "en",
     "Comparison 12.03.2023. Sternotomy wires and a prosthetic aortic valve. The heart is enlarged, "
     "CTR 0.60. Moderate right pleural effusion, 45 mm deep, with partial collapse of the right "
     "lower lobe. Mediastinal nodes are not enlarged: station 4R 8 mm, station 7 9 mm. No "
     "pericardial effusion. No emphysema. No pulmonary nodule.",
     {MM, CM, PE, ATL}),
]

OPEN: dict[tuple[str, str], str] = {
    ("emr-16", LN): "a denial in a later clause about 'these' ('; these were not considered pathological in size') is not linked back to the nodes; CT-RATE also labels described sub-centimetre nodes 1",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
