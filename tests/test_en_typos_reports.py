"""Probe: English chest CT reports as found in real archives and in CT-RATE style translations
from Turkish: non-native grammar and word order, British and American spellings (oedema,
haemorrhage, oesophagus, atheroma), common misspellings and dictation errors of finding words
(at most one misspelled word per sentence, kept recognisable), missing spaces or punctuation,
doubled words and capitalised headings. Every report has positives and explicit denials. The
reports were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT,
                      PCE, PE, probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("etp-01", "en",
     "The trachea and main bronchi are patent. The great vessels of the mediastinum look normal. "
     "Lymph node in pathological size was not observed in mediastinum. In both lungs is observed "
     "ground glass densities, more prominent in the lower lobes. Subsegmental atelectazis is seen "
     "in the right lower lobe. Pleural effusion was not detected in both hemithorax. Heart size is "
     "normal, pericardial effusion was not observed.",
     {OPA, ATL}),
    ("etp-02", "en",
     "FINDINGS: Calcified atheroma plaques are seen in the aortic arch and descending aorta. "
     "Calcific plaques are noted along the LAD and RCA coronary arteries. In both lungs upper lobes "
     "centrilobular emphysematoz changes are present. No nodule was detected in both lungs. There is "
     "no pleural or pericardial effusion. Hiatal hernia was not seen.",
     {AWC, CAC, EMP}),
    ("etp-03", "en",
     "Mediastinal and hilar lymphadenopaty is present, the largest lymph node measures 18 mm in the "
     "subcarinal station. Minimal pleural effusion is noted in the left hemithorax. There is no "
     "consolidation in the lung parenchyma. Heart is not enlarged. Emphysema is not observed. No "
     "nodule was detected.",
     {LN, PE}),
    ("etp-04", "en",
     "LUNGS: Cylindrical bronchiectazis are observed in both lower lobes. Bronchial wall thickening "
     "accompanies the dilated bronchi. Mosaic attenuation pattern is not seen. No consolidation or "
     "ground glass opacity was detected. MEDIASTINUM: Mediastinal lymph nodes are not enlarged. "
     "Heart size is within normal limits.",
     {BRX, PBT}),
    ("etp-05", "en",
     "Bilateral pleural effusion is present, more on the right side. Interlobular septal thickening "
     "is seen in both lungs, consistent with pulmonary oedema. Cardiomegally is observed. Pericardial "
     "effusion is not present. No lymphadenopathy in the mediastinum. No hiatal hernia.",
     {PE, IST, CM}),
    ("etp-06", "en",
     "The patient has a dual chamber pacemaker with leads in the right atrium and right ventricle. "
     "Median sternotomy wires are noted. Consolidaton with air bronchograms is seen in the right lower "
     "lobe. There is no pleural effusion. No nodule is seen in both lungs. Atelectasis is not "
     "observed.",
     {MM, CON}),
    ("etp-07", "en",
     "A small hiatus hernia is seen. The oesophagus is otherwise unremarkable. Linear atelactasis is "
     "present in the lingula. No lymphadenopathy is seen in mediastinum or hila. There is no "
     "emphysema or bullae. Heart size normal, no pericardial effusion.",
     {HH, ATL}),
    ("etp-08", "en",
     "Thorax CT without contrast.Fibrotic bands are seen in the right middle lobe.A nodule of 4 mm is "
     "present in the left upper lobe.Bronchiectasis is not seen.No pleural effusion.The thoracic aorta "
     "is of normal calibre and without calcification.",
     {FIB, NOD}),
    ("etp-09", "en",
     "There is is a 6 mm nodul in the right upper lobe posterior segment. Mosaic attenuation pattern "
     "is seen in both lungs lungs, suggesting small airway disease. There is no bronchial wall "
     "thickening. No bronchiectasis was detected. No pleural effusion was seen.",
     {NOD, MOS}),
    ("etp-10", "en",
     "Right plevral effusion measuring 2 cm in thickness is noted. Compressive atelectasis is seen in "
     "the adjacent right lower lobe. Calsification is seen in the coronary arteries. No lymph nodes of "
     "pathological size. Cardiomegaly was not detected. There is no consolidation.",
     {PE, ATL, CAC}),
    ("etp-11", "en",
     "Bilateral plural effusion is present, more on the left. Ground-glass opasity is seen in the right "
     "lower lobe. The heart is enlarged. Interlobular septal thickening is not observed. There is no "
     "fibrosis or honeycombing. No nodules are seen.",
     {PE, OPA, CM}),
    ("etp-12", "en",
     "Mozaic attenuation is seen in both lungs. Air trapping is confirmed on the expiratory images. "
     "Peribronchial thickening is present in the lower lobes. There is no emphysema. Bronchiectasis is "
     "not seen. Ground glass opacity was not detected.",
     {MOS, PBT}),
    ("etp-13", "en",
     "Multiple lenfadenopathies are present in the mediastinum, the largest in the right paratracheal "
     "area measuring 15 mm. Axillary lymph nodes are of normal size. A spiculated nodule of 22 mm is "
     "present in the right upper lobe. Calcified atheromatous plaques are seen in the thoracic aorta. "
     "There is no pleural effusion. No atelectasis.",
     {LN, NOD, AWC}),
    ("etp-14", "en",
     "In both lower lobes subpleural areas traction bronshiectasis and honeycombing are observed. "
     "Interlobular septal thickening is also present. Consolidation was not detected. There is no "
     "pleural effusion. Lymph node enlargement is not seen.",
     {BRX, FIB, IST}),
    ("etp-15", "en",
     "A 12 mm solid nodule is seen in the left lower lobe. Surrounding ground glass density is noted, "
     "which may represent haemorrhage. There is no emphysema. No pleural effusion. No hiatal hernia. "
     "Coronary artery calcification is not seen.",
     {NOD, OPA}),
    ("etp-16", "en",
     "TECHNIQUE: Non contrast chest CT. HEART AND MEDIASTINUM: Cardiomegaly is present. Pericardial "
     "fluid measuring 8 mm is seen. Atherosclerotic calcification is noted in the aortic wall. LUNGS: "
     "No consolidation. No nodule. PLEURA: No pleural effusion. IMPRESSION: Cardiomegaly and "
     "pericardial effusion.",
     {CM, PCE, AWC}),
    ("etp-17", "en",
     "Paraseptal emphysema and bullae up to 3 cm are seen at the apices. Pneumothorax is not seen. "
     "Bronchial wall thickening is observed in the lower lobes. Mosaic attenuation is not detected. "
     "No lymphadenopathy. Nodule was not detected in both lungs.",
     {EMP, PBT}),
    ("etp-18", "en",
     "Lymph node in pathological size was not observed. In both lung apex sequelae fibrotic changes "
     "are seen. A 3 mm calcified nodule is present in the right lower lobe, compatible with granuloma. "
     "Hiatal hernia is not seen. There is no pleural or pericardial effusion.",
     {FIB, NOD}),
    ("etp-19", "en",
     "A right chest tube is in place. Minimal residual pneumothorax is present. Small right pleural "
     "effusion is also seen. Subcutaneous emphysema is seen in the right chest wall. Pulmonary "
     "emphysema is not present. Passive atelectasis is seen in the right lower lobe. There is no "
     "consolidation.",
     {MM, PE, ATL}),
    ("etp-20", "en",
     "A sliding hiatal hernia is observed. Coronary arteries are calcific, involving the LAD and RCA. "
     "Cardiomegaly was not observed. There is no pericardial effusion. No atelactasis is seen. Lungs "
     "are otherwise clear.",
     {HH, CAC}),
    ("etp-21", "en",
     "Patchy consolidation with air bronchogram is present in the left lower lobe, compatible with "
     "pneumonia. Ground glass opacity is seen in the surrounding parenchyma. No pulmonary edema. "
     "There is no interlobular septal thickening. No pleural effusion. Bronchiectasis is not seen.",
     {CON, OPA}),
    ("etp-22", "en",
     "A nasogastric tube is seen with its tip in the stomach. Focal ground glass opasity is present in "
     "the right upper lobe, infectious process can not be excluded. Nodule was not seen. No "
     "lymphadenopathy in mediastinum and hilus. There is no emphysema.",
     {MM, OPA}),
    ("etp-23", "en",
     "The the heart is enlarged. Bilateral pleural effusion effusion is present. Interlobular septal "
     "thickening is observed in both lungs. Pericardial effusion is not seen. There is no "
     "consolidation. No nodule.",
     {CM, PE, IST}),
    ("etp-24", "en",
     "FINDINGS: No pleural effusion or pericardial effusion was seen mild centrilobular emphysema is "
     "present in both upper lobes. Linear atelectasis is seen in the middle lobe. Calcified atheroma "
     "plaques are present in the thoracic aorta. No lymphadenopathy.",
     {EMP, ATL, AWC}),
    ("etp-25", "en",
     "A stent is present in the LAD. Additionally calcific plaques are seen in the RCA and circumflex "
     "artery. Cardiomegaly is not seen. In lung parenchyma no nodule and no consolidation was "
     "detected. Mediastinal lymph nodes are of normal size.",
     {MM, CAC}),
    ("etp-26", "en",
     "Right middle lobe is collapsed, in keeping with atelectasis. An enlarged right hilar lymph node of "
     "2 cm is seen. Pleural effusion is not seen. Emphysema is not observed. Bronchiectasis was not "
     "detected.",
     {ATL, LN}),
    ("etp-27", "en",
     "Bullous emphysem changes are present in both upper lobes. Peribronchial thickenning is seen in "
     "the lower lobes. Nodule is not seen. Lymphadenopathy is not observed. Hiatal hernia is absent.",
     {EMP, PBT}),
    ("etp-28", "en",
     "Interlobular septal thickining and ground glass opacities are seen in both lungs, crazy paving "
     "appearance. Consolidation is not observed. Pleural effusion is absent. Heart size is normal.",
     {IST, OPA}),
    ("etp-29", "en",
     "Pericardial efusion of 1 cm thickness is seen surrounding the heart. Heart size is increased. "
     "Calcified atheroma is seen in the descending aorta. Bilateral pleural effusion is not seen. No "
     "lung nodule.",
     {PCE, CM, AWC}),
    ("etp-30", "en",
     "Calsification of the carotid and subclavian arteries is observed. No coronary artery "
     "calcification. A 5 mm nodul is seen in the left lower lobe. No emphysema. No lymphadenopathy. "
     "No pleural effusion.",
     {AWC, NOD}),
    ("etp-31", "en",
     "CLINICAL INFORMATION: Rule out pneumonia. FINDINGS: No consolidation is seen. Bronchial wall "
     "thickening is present in both lower lobes, suggestive of bronchitis. Mosaic attenuation pattern "
     "is observed in both lungs. No pleural effusion. No lymphadenopathy.",
     {PBT, MOS}),
    ("etp-32", "en",
     "Compared with the previous CT, the pleural effusion has resolved. The consolidation in the right "
     "lower lobe has completely disappeared, residual fibrotic bands are seen. A newly developed 7 mm "
     "nodule is present in the right upper lobe. Atelectasis is not seen.",
     {FIB, NOD}),
    ("etp-33", "en",
     "Port catheter is seen in the right subclavian vein with its tip in the superior vena cava. Known "
     "history of breast cancer, left mastectomy. Left axillary lymphadenopathy is not observed. "
     "Multiple metastatic nodules are seen in both lungs, the largest 9 mm. No pleural effusion. No "
     "pericardial effusion.",
     {MM, NOD}),
    ("etp-34", "en",
     "A hiatel hernia is seen. Calcification is seen in the aortic arch. Coronary calcification is not "
     "seen. There is no cardiomegaly. In the lungs emphysema is absent and nodule is absent.",
     {HH, AWC}),
    ("etp-35", "en",
     "Bronchiolectasis is seen in the lower lobes. Peribronchial thickening is present. Air trapping "
     "is seen on expiratory images. There is no consolidation. No pleural effusion. No emphysema.",
     {BRX, PBT, MOS}),
    ("etp-36", "en",
     "Heart dimensions are increased (cardiomegali). Bilateral minimal pleural effusions are present. "
     "Interlobular septal thickening is seen in both lungs. Pericardium is normal, no effusion. No "
     "consolidation was detected.",
     {CM, PE, IST}),
    ("etp-37", "en",
     "Konsolidation areas are seen in the left upper lobe. Adjacent atelectasis is present. Left hilar "
     "lymphadenopathy is observed. No pleural effusion. Emphysema is not seen. No pericardial "
     "effusion.",
     {CON, ATL, LN}),
    ("etp-38", "en",
     "Diffuse interlobular septal thickening is seen, in keeping with interstitial oedema. The heart is "
     "enlarged. A right sided central venous catheter is in place. Pleural effusions are absent. No "
     "coronary artery calcification.",
     {IST, CM, MM}),
    ("etp-39", "en",
     "Apical fibrozis and pleuroparenchymal scarring are seen on both sides. Pleural thickening on the "
     "right is seen without effusion. The coronary arteries are calcified. No nodule. "
     "No emphysema.",
     {FIB, CAC}),
    ("etp-40", "en",
     "Hypodense noduls are seen in the thyroid gland, the largest 12 mm on the right. No pulmonary "
     "nodule is seen. Paraseptal emphysema is present in both upper lobes. Linear atelectasis is seen "
     "in the left lower lobe. No pleural effusion.",
     {EMP, ATL}),
    ("etp-41", "en",
     "In right hemithorax pleural effusion is observed with 3 cm thickness. Compression atelectasis is "
     "seen in the right lower lobe. Mediastinal lymph nodes are not in pathological size. Cardiac size "
     "is normal. Ascites is seen in the upper abdominal sections.",
     {PE, ATL}),
    ("etp-42", "en",
     "Peribronshial thickening is seen in both lower lobes. Bronchiectasis is present in the lower "
     "lobes. No mozaic attenuation. No nodules are seen. No pleural effusion.",
     {PBT, BRX}),
    ("etp-43", "en",
     "Endotracheal tube tip is 3 cm above the carina. Bilateral dependent consolidations are seen. "
     "Bilateral pleural effusion is present. No pneumothorax. No pericardial effusion. No "
     "cardiomegaly.",
     {MM, CON, PE}),
    ("etp-44", "en",
     "Centrilobular amphysema is seen in both upper lobes. An 8 mm part solid nodule is present in the "
     "left upper lobe. Lymphadenopathy was not seen. Bronchiectasis absent. Hiatal hernia not seen.",
     {EMP, NOD}),
    ("etp-45", "en",
     "Interlobuler septal thickening is seen in the lower lobes. Honeycombing is present in the "
     "subpleural areas. Traction bronchiectasis is observed. There is no consolidation. No pleural "
     "effusion. No lymphadenopathy.",
     {IST, FIB, BRX}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
