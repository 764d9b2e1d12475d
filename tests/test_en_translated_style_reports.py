"""Probe: English chest CT reports in the style of Turkish-speaking radiologists or of machine
translation from Turkish (semicolon-joined run-on sentences, passive "was observed / was detected /
draws attention", "in favor of", "evaluated as", "millimetric", "LAP", "pathological size",
"icy/frosted glass density", "density increase", "calcific atheroma plaques", "cardiothoracic index
increased", hyphenated pairs such as "effusion-thickening" and "mass-nodule", and comparisons with
earlier examinations). The reports were written for this file without looking at the engine's
lexicon or cue lists. Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or
not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("etr-01", "en",
     "Trachea and both main bronchi are patent, no obstructive lesion was observed in their lumen. "
     "Heart size increased; cardiothoracic index was measured as 0.58. "
     "Pericardial effusion-thickening was not detected. "
     "Calcific atheroma plaques were observed in the walls of the thoracic aorta and in the coronary arteries. "
     "No lymph node in pathological size and appearance was detected in the mediastinum and both hilar regions. "
     "In the lung parenchyma no mass-nodule or infiltration was found; pleural effusion is not seen.",
     {CM, AWC, CAC}),
    ("etr-02", "en",
     "The examination was performed with the prediagnosis of COVID-19 pneumonia. "
     "In both lungs, especially in the posterobasal segments of the lower lobes, peripherally located patchy icy glass "
     "density areas were observed; the findings were evaluated as compatible with viral pneumonia. "
     "In the right lower lobe a consolidation area containing air bronchograms draws attention. "
     "Interlobular septal thickening accompanying the ground glass areas was detected. "
     "No pleural or pericardial effusion was found. "
     "Mediastinal lymph nodes are not in pathological size.",
     {OPA, CON, IST}),
    ("etr-03", "en",
     "Compared with the previous examination dated 12.03.2021: the consolidation area previously described in the "
     "left lower lobe has completely regressed, and in its place a linear fibrotic band was observed, evaluated as "
     "sequelae. The right pleural effusion seen in the previous exam has disappeared. "
     "Millimetric nonspecific nodules in the right upper lobe are stable in size and number. "
     "A hiatal hernia was observed. No LAP in pathological size was detected in the mediastinum.",
     {FIB, NOD, HH}),
    ("etr-04", "en",
     "In both lungs, centrilobular and paraseptal emphysematous changes, more prominent in the upper lobes, were "
     "observed; a bulla measuring 4 cm was detected at the apex of the right lung. "
     "Peribronchial thickening draws attention in both lower lobes, compatible with chronic bronchitis. "
     "No mass-nodule was observed in the parenchyma. Pleural effusion-thickening was not detected. "
     "Heart dimensions are normal and there is no pericardial effusion. "
     "Calcific plaques are seen in the aortic arch.",
     {EMP, PBT, AWC}),
    ("etr-05", "en",
     "The patient has a history of coronary bypass operation; sternotomy wires and surgical clips in the mediastinum "
     "were observed. A cardiac pacemaker is seen in the left pectoral region, its leads ending in the right atrium and "
     "right ventricle. Cardiothoracic index increased. "
     "Bilateral minimal pleural effusion, more on the right, was observed, and passive atelectasis was detected in the "
     "adjacent lung parenchyma. Hiatal hernia was not seen. No pathological LAP.",
     {MM, CM, PE, ATL}),
    ("etr-06", "en",
     "The patient is followed with a diagnosis of breast carcinoma; right mastectomy was observed. "
     "In the right axillary region multiple lymph nodes in pathological size, the largest measuring 22x15 mm, were "
     "detected, in favor of metastasis. "
     "A few millimetric nodules were observed in both lungs; metastasis cannot be excluded and follow-up is recommended. "
     "No lytic-destructive lesion was detected in the bone structures within the scan area. "
     "Pleural effusion was not observed. A subsegmental atelectasis was seen in the left lower lobe.",
     {LN, NOD, ATL}),
    ("etr-07", "en",
     "In both lungs, with subpleural and basal predominance, reticulation, honeycombing and traction bronchiectasis were "
     "observed; the findings were evaluated as compatible with a usual interstitial pneumonia pattern. "
     "Interlobular septal thickening is also seen. Ground glass density areas are not accompanying. "
     "Mediastinal lymph nodes increased in number and size, up to 14 mm in short axis, were detected; they may be reactive. "
     "There is no pleural effusion. Heart size is normal.",
     {FIB, BRX, IST, LN}),
    ("etr-08", "en",
     "Mediastinal major vascular structures are in natural calibration. "
     "Heart contour and size are normal; pericardial effusion-thickening was not detected. "
     "There is no lymph node in pathological size and appearance in the mediastinum and hilar regions. "
     "Thoracic esophagus calibration is normal, and hiatal hernia is not seen. "
     "In both lungs no mass-infiltration or consolidation was observed; there is no emphysema. "
     "A calcified granuloma of 4 mm was detected in the right middle lobe. "
     "Millimetric calcific plaques are present in the wall of the descending aorta.",
     {NOD, AWC}),
    ("etr-09", "en",
     "Cardiothoracic index increased. Pericardial effusion reaching 12 mm in thickness was observed. "
     "Bilateral pleural effusion, more prominent on the left, was detected, with compressive atelectasis in the adjacent "
     "lower lobe segments. Smooth interlobular septal thickening and perihilar icy glass density areas draw attention "
     "in both lungs, compatible with pulmonary edema. Consolidation was not observed. No mediastinal LAP.",
     {CM, PCE, PE, ATL, IST, OPA}),
    ("etr-10", "en",
     "In both lower lobes and in the middle lobe cylindrical and varicose bronchiectasis was observed, and bronchial wall "
     "thickening accompanies it; mucus plugs are seen in some of the bronchi. "
     "A mosaic attenuation pattern was detected in both lungs, which may be related to small airway disease. "
     "No nodule or mass was detected. There is no pleural effusion or thickening. "
     "Mediastinal lymph nodes are not enlarged.",
     {BRX, PBT, MOS}),
    ("etr-11", "en",
     "In the superior segment of the right lower lobe a consolidation area containing air bronchograms was observed, "
     "accompanied by surrounding patchy icy glass density areas. "
     "In the same lobe centrilobular micronodules with budding tree appearance were detected, evaluated in favor of an "
     "infectious process. Minimal right pleural effusion is seen. "
     "Hilar lymph nodes of pathological size were not detected. Emphysema is not seen.",
     {CON, OPA, NOD, PE}),
    ("etr-12", "en",
     "Calcific atheroma plaques were observed in the aorta and its main branches. "
     "Coronary artery calcifications are seen in the LAD and the circumflex artery. "
     "A large hiatal hernia containing part of the stomach was detected at the level of the esophageal hiatus; "
     "linear atelectasis adjacent to it is seen in the left lower lobe. "
     "There is no pleural effusion. Cardiac dimensions are within normal limits. "
     "No nodule was detected in the lung parenchyma.",
     {AWC, CAC, HH, ATL}),
    ("etr-13", "en",
     "When compared with the previous examination of 6 months ago, the mediastinal lymphadenopathies have regressed in "
     "size, but the subcarinal lymph node still measures 15 mm in short axis and is in pathological size. "
     "The 7 mm nodule in the left upper lobe has decreased to 5 mm. "
     "The pleural effusion described before has disappeared. "
     "Post-radiotherapy fibrotic changes were observed in the left paramediastinal area. No new lesion was detected. "
     "A port catheter is seen in the right subclavian vein, its tip in the superior vena cava.",
     {LN, NOD, FIB, MM}),
    ("etr-14", "en",
     "Subcutaneous emphysema was observed in the left chest wall, and fractures of the left 5th and 6th ribs were "
     "detected; there is minimal pneumothorax on the left. A chest tube is seen in the left hemithorax. "
     "An icy glass density area in the left lower lobe, in favor of contusion, was observed. "
     "Subsegmental atelectasis is present in the lingula. "
     "No pleural effusion-hemothorax was observed. Pulmonary emphysema is not present. The mediastinum is in the midline.",
     {MM, OPA, ATL}),
    ("etr-15", "en",
     "On expiratory sections air trapping areas were observed in both lungs, more prominent in the lower lobes, and a "
     "mosaic perfusion pattern accompanies. Bronchial wall thickening is not seen, and no bronchiectasis was detected. "
     "A 3 mm nonspecific nodule is present in the apical segment of the right upper lobe. "
     "Cardiomegaly is not present. Pleural effusion is not seen. Aortic wall calcifications were observed.",
     {MOS, NOD, AWC}),
    ("etr-16", "en",
     "Pericardial thickening up to 5 mm was observed, without significant fluid. Heart size is normal. "
     "In the mediastinum, lymph nodes in pathological size were detected in the right paratracheal and subcarinal "
     "stations, the largest 18 mm. Bilateral pleural effusion-thickening was not observed. "
     "In the lung parenchyma perilymphatic nodules along the fissures and nodular interlobular septal thickening were "
     "detected; sarcoidosis should be considered in the differential diagnosis.",
     {PCE, LN, NOD, IST}),
    ("etr-17", "en",
     "The examination was requested for pulmonary embolism. No filling defect was observed in the pulmonary arteries. "
     "No consolidation-infiltration or pleural effusion in favor of pulmonary infarct was detected. "
     "Bibasal linear atelectasis is seen. The aortic diameter is normal; there are calcific plaques in the arcus aorta. "
     "The heart is in normal size and there is no pericardial effusion. A hiatal hernia is seen.",
     {ATL, AWC, HH}),
    ("etr-18", "en",
     "A hypodense nodule with a diameter of 14 mm was observed in the left lobe of the thyroid gland; ultrasonographic "
     "correlation is recommended. No mass-nodule was detected in either lung. "
     "Apical pleuroparenchymal scar-like fibrotic changes were observed bilaterally. "
     "Mild centrilobular emphysema is present in the upper lobes. Coronary artery calcification is seen. No LAP.",
     {FIB, EMP, CAC}),
    ("etr-19", "en",
     "In the upper abdominal sections within the scan area, a hypodense lesion in the right lobe of the liver in favor "
     "of a cyst and a 12 mm nodule in the left adrenal gland compatible with adenoma were observed. "
     "The gallbladder is not seen (operated), and surgical clips are seen in the cholecystectomy bed. "
     "In the lungs plate-like atelectasis at the bases was detected. There is no effusion in the pleural spaces. "
     "No pathological LAP in the mediastinum or axillae. Heart size and pericardium are normal. "
     "The thoracic aorta contains calcified plaques.",
     {MM, ATL, AWC}),
    ("etr-20", "en",
     "Compared with the CT performed on 03.04.2020, the bilateral icy glass density areas have significantly regressed; "
     "residual faint ground glass areas are still present in the left lower lobe. "
     "The consolidations previously described have disappeared. "
     "Subpleural fibrotic bands were observed, evaluated as post-inflammatory sequelae. "
     "Minimal pericardial effusion was observed. No pleural effusion. No mediastinal lymphadenopathy.",
     {OPA, FIB, PCE}),
    ("etr-21", "en",
     "The patient has a history of right upper lobectomy for lung adenocarcinoma. "
     "Surgical staples at the bronchial stump were observed. "
     "Postoperative volume loss and pleural thickening are seen on the right, with no accompanying pleural effusion. "
     "No mass-nodule in favor of recurrence was detected in the remaining lung parenchyma. "
     "Mediastinal lymph nodes are not in pathological size. "
     "Paraseptal emphysema was observed in the left upper lobe. Calcific atheroma plaques are present in the aorta.",
     {MM, EMP, AWC}),
    ("etr-22", "en",
     "Diffuse bronchial wall thickening was observed in both lungs; the findings may be compatible with asthma-chronic "
     "bronchitis. Mosaic attenuation was not observed and there is no bronchiectasis. "
     "A ground glass nodule measuring 6 mm was detected in the lingular segment of the left upper lobe; follow-up with "
     "control CT is recommended. A sliding type hiatal hernia is seen. "
     "The heart contour is normal. No pleural-pericardial effusion.",
     {PBT, NOD, HH}),
    ("etr-23", "en",
     "Pleural effusion reaching 6 cm in thickness at its thickest point was observed in the right hemithorax, and "
     "compressive atelectasis with nearly complete collapse of the right lower lobe accompanies it. "
     "No infiltration was observed in the left lung. Pericardial effusion was not detected. "
     "Multiple lymph nodes in pathological size are present in the mediastinum, the largest 25 mm in the prevascular area. "
     "The cardiothoracic index is normal.",
     {PE, ATL, LN}),
    ("etr-24", "en",
     "In both lungs, predominantly in the lower lobes, ground glass density increases with subpleural sparing were "
     "observed; reticulation and traction bronchiolectasis accompany them, and the findings were evaluated as compatible "
     "with an NSIP pattern. Honeycombing was not detected. "
     "The thoracic esophagus is dilated, which may be related to the underlying connective tissue disease. "
     "There is no pleural effusion. No LAP in pathological size.",
     {OPA, FIB, BRX}),
    ("etr-25", "en",
     "Calcified lymph nodes, not in pathological size, were observed in the mediastinum and hila, in favor of old "
     "granulomatous disease. A calcific nodule of 5 mm accompanies them in the right upper lobe. "
     "Fibrotic changes are not observed. Atherosclerotic calcifications are seen in the aorta. "
     "Heart enlargement was not detected. Hiatal hernia is not seen. There is no pleural effusion.",
     {NOD, AWC}),
    ("etr-26", "en",
     "In the left lower lobe a lobar consolidation with air bronchograms was observed, evaluated in favor of pneumonia. "
     "Peribronchial thickening and patchy infiltrations draw attention in the adjacent lingula. "
     "Minimal left pleural effusion was detected. No lymph node in pathological size. "
     "No cavitation was seen. Emphysema is not seen.",
     {CON, PBT, OPA, PE}),
    ("etr-27", "en",
     "The endotracheal tube tip is 3 cm above the carina. A nasogastric tube is seen in the stomach. "
     "A central venous catheter was placed through the right internal jugular vein, its tip in the superior vena cava. "
     "Bilateral pleural effusion with passive atelectasis in both lower lobes was observed. "
     "Bilateral diffuse icy glass densities and consolidations were detected, which may be compatible with ARDS. "
     "Heart size is normal. No pericardial effusion.",
     {MM, PE, ATL, OPA, CON}),
    ("etr-28", "en",
     "Low-dose examination performed for lung cancer screening. No emphysema was observed. "
     "In the right lower lobe a part-solid nodule measuring 11 mm with a solid component of 5 mm was detected "
     "(Lung-RADS 4A); a few millimetric solid nodules are also seen in both lungs. "
     "No bronchiectasis or bronchial wall thickening. Moderate coronary artery calcifications are present in the LAD. "
     "Calcified plaques are seen in the aortic arch. No lymphadenopathy. No pleural effusion.",
     {NOD, CAC, AWC}),
    ("etr-29", "en",
     "Compared with the previous exam, the chest tube on the right has been removed and the pneumothorax has resolved. "
     "The right pleural effusion has regressed, but a minimal effusion remains. "
     "Linear atelectasis is seen at the right base. No consolidation or new infiltration was observed. "
     "Mediastinal LAP is not present. Heart size increased.",
     {PE, ATL, CM}),
    ("etr-30", "en",
     "Patient with gastric carcinoma. Irregular interlobular septal thickening was observed in the right lung; "
     "lymphangitic carcinomatosis should be considered. Right pleural effusion was detected. "
     "Multiple lymph nodes in pathological size in the mediastinum and right hilum, compatible with metastasis. "
     "Multiple nodules of various sizes in both lungs, the largest 14 mm, in favor of metastasis. "
     "A lytic-destructive lesion in the T8 vertebral body was observed. "
     "Cardiac size is normal; pericardial effusion is not seen.",
     {IST, PE, LN, NOD}),
    ("etr-31", "en",
     "The ascending aorta diameter was measured as 44 mm, dilated; calcific plaques are present in the wall of the "
     "descending aorta. Heart size is normal. "
     "In the lower sections an umbilical hernia containing fat in the anterior abdominal wall was observed; there is no "
     "hiatal hernia. No mass-nodule, infiltration or effusion in the lungs. "
     "Minimal nonspecific bronchial wall thickening in the lower lobes. "
     "Emphysematous bullae are seen in the left apex.",
     {AWC, PBT, EMP}),
    ("etr-32", "en",
     "In comparison with the previous CT, the bronchiectasis in both lower lobes is stable; the bronchial wall "
     "thickening appears decreased but persists. No mosaic perfusion. "
     "A newly developed patchy icy glass density area was observed in the right middle lobe; infectious process? "
     "Consolidation was not detected. Pleural effusion is not seen.",
     {BRX, PBT, OPA}),
    ("etr-33", "en",
     "In the apical and posterior segments of the right upper lobe, fibrotic changes, volume loss and traction "
     "bronchiectasis were observed, evaluated as compatible with sequelae of old tuberculosis; calcified nodules "
     "accompany them. No cavity. Budding tree appearance in favor of active infection was not observed. No LAP. "
     "Bilateral apical pleural thickening is present, with no effusion.",
     {FIB, BRX, NOD}),
    ("etr-34", "en",
     "Heart size is within normal limits, and the cardiothoracic index is not increased. "
     "Trace pleural effusion on the left was observed, with subsegmental atelectasis in the left lower lobe. "
     "Mediastinal lymph nodes in pathological size were not detected. A small hiatal hernia is seen. "
     "No emphysema; no bronchiectasis.",
     {PE, ATL, HH}),
    ("etr-35", "en",
     "A coronary stent in the LAD was observed; in addition, calcifications are seen in the RCA and the circumflex artery. "
     "A prosthetic aortic valve is present. Cardiomegaly was detected. "
     "Minimal pericardial effusion of 6 mm thickness. "
     "Lungs: no infiltration, no nodule. Pleural effusion was not detected on either side.",
     {MM, CAC, CM, PCE}),
    ("etr-36", "en",
     "In both lungs diffuse centrilobular ill-defined micronodules and mosaic attenuation areas were observed, and air "
     "trapping accompanies them on expiratory images; patchy icy glass densities are also seen. "
     "Hypersensitivity pneumonitis is primarily considered. "
     "Emphysema was not observed. Fibrosis is not present. No LAP.",
     {NOD, MOS, OPA}),
    ("etr-37", "en",
     "In the left axillary region lymph nodes with thickened cortex, the largest 20 mm, in pathological size, were "
     "observed. A hiatal hernia was detected. In the lung parenchyma no mass-nodule was observed; a linear fibrotic band "
     "is seen in the right middle lobe. No effusion-thickening in the pleura. The heart is normal.",
     {LN, HH, FIB}),
    ("etr-38", "en",
     "Calcified pleural plaques were observed bilaterally on the diaphragmatic pleura, compatible with asbestos "
     "exposure; there is no pleural effusion. Subpleural curvilinear lines and parenchymal bands in the lower lobes, "
     "together with interlobular septal thickening, were detected. No honeycombing. "
     "Heart size is normal. Aortic calcification is present.",
     {FIB, IST, AWC}),
    ("etr-39", "en",
     "Trachea and main bronchi are patent; mediastinal vascular structures are normal; heart size increased; pericardial "
     "effusion was not observed; calcific atheroma plaques in the thoracic aorta; coronary calcifications were not "
     "observed; no pathological LAP in the mediastinum; atelectatic changes at both bases; no pleural effusion; "
     "a 5 mm nodule was detected in the right lower lobe, nonspecific.",
     {CM, AWC, ATL, NOD}),
    ("etr-40", "en",
     "In the posterobasal segment of the left lower lobe a subpleural density increase was observed; it may be compatible "
     "with atelectasis or early infiltration, and clinical correlation is recommended. "
     "Bronchiectasis cannot be excluded in the right middle lobe. "
     "No pleural effusion. No emphysema. Hiatal hernia was not observed.",
     {OPA, ATL, BRX}),
    ("etr-41", "en",
     "No mass-infiltration lesion was observed in both lungs. Consolidation-atelectasis was not detected. "
     "No pleural effusion-thickening. No pathological LAP. Heart size is normal, and there is no pericardial effusion. "
     "Hiatal hernia is not seen. Emphysema is not seen. "
     "Degenerative changes were observed in the bones within the scan area; no lytic-destructive lesion was detected. "
     "Millimetric calcific plaques in the aortic arch. "
     "A millimetric nonspecific nodule is present in the left lower lobe.",
     {AWC, NOD}),
    ("etr-42", "en",
     "Compared with the examination dated 2022: the 4 mm nodule previously described in the right upper lobe is not seen "
     "in the current exam. A newly developed consolidation in the left upper lobe with surrounding ground glass density "
     "was observed. Newly appeared mediastinal lymph nodes in pathological size, the largest 16 mm. "
     "Pleural effusion is not seen.",
     {CON, OPA, LN}),
    ("etr-43", "en",
     "Bullous emphysematous changes in both upper lobes were observed. Pneumomediastinum was not observed, and "
     "mediastinal emphysema was not detected. The pulmonary artery diameter is increased (32 mm). "
     "Bronchial wall thickening is seen in the lower lobes. Heart size increased; the cardiothoracic index is increased. "
     "No nodule. No pleural effusion.",
     {EMP, PBT, CM}),
    ("etr-44", "en",
     "In the posterior segments of both lower lobes consolidation areas and patchy infiltrations were observed, in favor "
     "of aspiration pneumonia. A large hiatal hernia containing fluid is seen. "
     "Bronchial wall thickening is not seen. Pleural effusion is not seen. "
     "Coronary artery calcification was detected.",
     {CON, OPA, HH, CAC}),
    ("etr-45", "en",
     "A port catheter is seen in the left subclavian vein. Pericardial fluid of 10 mm thickness was observed. "
     "Mediastinal lymph nodes were observed, all within normal size limits. "
     "Nodule-mass was not detected; frosted glass densities in both upper lobes were evaluated as possible drug toxicity. "
     "There is no pleural effusion.",
     {MM, PCE, OPA}),
]

OPEN: dict[tuple[str, str], str] = {
    ("etr-01", CAC): "one plaque phrase for two sites far apart ('in the walls of the thoracic aorta and in the coronary arteries')",
    ("etr-26", OPA): "'patchy infiltrations' beside peribronchial thickening: the opacity's explained-away words count the peribronchial site",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
