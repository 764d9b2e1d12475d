"""Probe: the IMPRESSION part of CT-RATE-style English chest CT reports, as written by Turkish
radiologists in slightly non-native English: 3-7 short items, one per line, sometimes numbered,
mostly noun phrases (sequelae in both lungs, a hiatal hernia of the sliding type), with hedges
as question marks ("(infection process?)"), "compatible with", "evaluation in terms of ... is
recommended", and occasional denials (no active infiltrate). The reports were written for this
file without looking at the engine's lexicon or cue lists, and without any dataset text.
Convention (CT-RATE): 1 when present or hedged (a question mark counts as present), 0 when denied,
resolved, or not mentioned. Lymph nodes "not reaching pathological size" count as LN; "sequelae
changes" count as FIB; "linear atelectasis" counts as ATL; "nonspecific nodules" count as NOD;
"infiltration" alone is not consolidation."""
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
    ("eci-01", "en",
     ("Emphysema involving both lungs\n"
      "Nonspecific nodules of a few millimetres in both lungs\n"
      "Calcified atheromatous plaques of the thoracic aorta and the coronary arteries\n"
      "Lymph nodes in mediastinum which are not reaching to pathological size"),
     {EMP, NOD, AWC, CAC, LN}),
    ("eci-02", "en",
     ("1. Sequelae changes in the upper lobes of both lungs\n"
      "2. Linear atelectasis in lower lobes\n"
      "3. Hiatal hernia of sliding character\n"
      "4. No infiltration that looks active in the lungs"),
     {FIB, ATL, HH}),
    ("eci-03", "en",
     ("Ground glass areas in the right lower lobe (infection process?)\n"
      "Minimal pleural fluid on both sides\n"
      "Cardiomegaly\n"
      "Pericardial effusion is not present"),
     {OPA, PE, CM}),
    ("eci-04", "en",
     ("No significant pathological finding was detected in the thorax CT examination\n"
      "No infiltration that looks active or mass in the lungs\n"
      "Degenerative spondylosis of the thoracic spine"),
     set()),
    ("eci-05", "en",
     ("Mosaic attenuation of both lungs (small airways disease?)\n"
      "Bronchiectatic changes in the lower lobes\n"
      "Thickening along the peribronchial regions\n"
      "Millimetric nonspecific nodule in the right upper lobe"),
     {MOS, BRX, PBT, NOD}),
    ("eci-06", "en",
     ("1. Consolidation area with air bronchograms in the left lower lobe, compatible with pneumonia\n"
      "2. Ground glass densities surrounding the consolidation\n"
      "3. Pleural effusion on the left side\n"
      "4. Mediastinal lymph nodes with short axis up to 12 mm (reactive?)"),
     {CON, OPA, PE, LN}),
    ("eci-07", "en",
     ("Cardiomegaly\n"
      "Pericardial effusion reaching 12 mm in thickness\n"
      "Pleural effusion on both sides\n"
      "Interlobular septal thickening in both lungs (pulmonary edema?)\n"
      "Passive atelectasis in the lower lobes adjacent to the effusion"),
     {CM, PCE, PE, IST, ATL}),
    ("eci-08", "en",
     ("Status post median sternotomy, sternal wires\n"
      "Calcified atherosclerotic plaques along the coronary arteries\n"
      "Cardiomegaly\n"
      "Neither pleural nor pericardial effusion is seen"),
     {MM, CAC, CM}),
    ("eci-09", "en",
     ("Not significantly changed since the prior study\n"
      "Millimetric nonspecific nodules in both lungs are stable\n"
      "Sequelae fibrotic changes in the right middle lobe"),
     {NOD, FIB}),
    ("eci-10", "en",
     ("1. Centriacinar and paraseptal emphysema\n"
      "2. Spiculated nodule measuring 18 mm in the right upper lobe, evaluation in terms of "
      "malignancy is recommended\n"
      "3. Lymph nodes in the right hilar and subcarinal region, some of them reaching pathological size\n"
      "4. Calcific atheroma plaques in the aorta"),
     {EMP, NOD, LN, AWC}),
    ("eci-11", "en",
     ("Steatosis of the liver\n"
      "Thyroid nodule in the left lobe, ultrasonographic correlation is recommended\n"
      "No pathological finding in the lungs"),
     set()),
    ("eci-12", "en",
     ("Bilateral ground glass opacities with peripheral distribution, findings compatible with "
      "viral pneumonia (COVID-19?)\n"
      "Interlobular septal thickening accompanying the ground glass areas (crazy paving)\n"
      "Pleural effusion is not seen"),
     {OPA, IST}),
    ("eci-13", "en",
     ("Hiatus hernia of sliding type\n"
      "Atheromatous calcified plaques of the thoracic aorta\n"
      "Linear atelectasis in the right middle lobe and lingula\n"
      "Minimal emphysematous changes in the upper lobes"),
     {HH, AWC, ATL, EMP}),
    ("eci-14", "en",
     ("Right-sided central venous catheter with its tip in the superior vena cava\n"
      "Bilateral pleural effusion, more on the right\n"
      "Compressive atelectasis of the lower lobes\n"
      "Consolidation in the right lower lobe cannot be excluded"),
     {MM, PE, ATL, CON}),
    ("eci-15", "en",
     ("Bronchiectasis in the middle lobe and lingula with mucus plugging\n"
      "Ground glass opacities in the right lower lobe (infection?)\n"
      "Thickening of the peribronchial walls"),
     {BRX, OPA, PBT}),
    ("eci-16", "en",
     ("Pleural thickening in the apical regions of both lungs and sequelae parenchymal bands\n"
      "Millimetric calcified nodule in the left lower lobe (granuloma?)\n"
      "Calcified lymph nodes in the mediastinum"),
     {FIB, NOD, LN}),
    ("eci-17", "en",
     ("1. Lungs are clear, no nodule or mass\n"
      "2. No lymph node of pathological size in the mediastinum\n"
      "3. Heart size is normal\n"
      "4. Pleural spaces are free of effusion"),
     set()),
    ("eci-18", "en",
     ("Cardiomegaly\n"
      "Calcific atheroma plaques in the aorta and coronary arteries\n"
      "Pacemaker device in the left pectoral region with leads in the right heart chambers\n"
      "Mild interlobular septal thickening"),
     {CM, AWC, CAC, MM, IST}),
    ("eci-19", "en",
     ("Emphysematous changes in both lungs, dominant in the upper lobes\n"
      "Bronchial wall thickening (chronic bronchitis?)\n"
      "Mosaic pattern of lung attenuation\n"
      "Compared with the prior study, no significant interval change"),
     {EMP, PBT, MOS}),
    ("eci-20", "en",
     ("Fibrotic changes with traction bronchiectasis in the subpleural areas of both lower lobes\n"
      "Honeycombing appearance (UIP pattern?)\n"
      "Ground glass areas accompanying the fibrosis\n"
      "Mediastinal lymph nodes not reaching pathological size"),
     {FIB, BRX, OPA, LN}),
    ("eci-21", "en",
     ("Right lower lobe consolidation\n"
      "Pleural effusion on the right side\n"
      "Calcified atheroma plaques along the thoracic aorta\n"
      "Lymphadenopathy is not seen"),
     {CON, PE, AWC}),
    ("eci-22", "en",
     ("Nodule of 7 mm in the left upper lobe, follow-up CT is recommended\n"
      "Emphysema of minimal degree\n"
      "Hiatus hernia, sliding type\n"
      "Osteophytes in the thoracic vertebrae"),
     {NOD, EMP, HH}),
    ("eci-23", "en",
     ("Plate atelectasis in the left lower lobe\n"
      "Left-sided pleural effusion, minimal\n"
      "Nasogastric tube passing through the esophagus\n"
      "Cardiomegaly"),
     {ATL, PE, MM, CM}),
    ("eci-24", "en",
     ("No infiltration that looks active in the lungs\n"
      "No mass or lymphadenopathy in the mediastinum\n"
      "Renal cyst in the upper pole of left kidney"),
     set()),
    ("eci-25", "en",
     ("1. Bilateral ground glass and consolidation areas (atypical pneumonia?)\n"
      "2. Lymph nodes in the mediastinum not reaching pathological size\n"
      "3. Calcific plaques in the coronary arteries"),
     {OPA, CON, LN, CAC}),
    ("eci-26", "en",
     ("Mosaic attenuation seen throughout both lungs\n"
      "Air trapping in the expiration images (small airway disease?)\n"
      "Cylindrical bronchiectasis in the lower lobes"),
     {MOS, BRX}),
    ("eci-27", "en",
     ("Sequelae changes involving both lungs\n"
      "Few-millimetre nonspecific nodules in both lungs\n"
      "Linear atelectasis within both lower lobes\n"
      "Thoracic aortic calcified atheroma plaques"),
     {FIB, NOD, ATL, AWC}),
    ("eci-28", "en",
     ("Nodule of 25 mm with spiculated contours in the right upper lobe, suspicious for malignancy, "
      "evaluation in terms of primary lung cancer is recommended\n"
      "Pathological sized lymph nodes in the right paratracheal and subcarinal stations\n"
      "Right pleural effusion (malignant?)\n"
      "Postobstructive atelectasis distal to the lesion"),
     {NOD, LN, PE, ATL}),
    ("eci-29", "en",
     ("Status post right upper lobectomy, surgical sutures in the bronchial stump\n"
      "Postoperative sequelae changes in the right hemithorax\n"
      "No finding in favor of recurrence\n"
      "Calcific atheroma plaques in the aorta"),
     {MM, FIB, AWC}),
    ("eci-30", "en",
     ("Pericardial effusion of minimal amount\n"
      "Cardiomegaly\n"
      "Ascending aorta diameter 42 mm, aneurysmatic dilatation\n"
      "Calcified plaques of the aortic arch"),
     {PCE, CM, AWC}),
    ("eci-31", "en",
     ("Nonspecific nodules measuring a few millimetres in both lungs\n"
      "No significant interval change from the prior examination\n"
      "No pleural effusion or pneumonic infiltration"),
     {NOD}),
    ("eci-32", "en",
     ("Changes of emphysema\n"
      "Bronchiectatic changes in the right lower lobe\n"
      "Peribronchial thickening in the lower lobes\n"
      "Linear atelectasis in the lingula\n"
      "Coronary artery calcified atheroma plaques"),
     {EMP, BRX, PBT, ATL, CAC}),
    ("eci-33", "en",
     ("Interlobular septal thickening and ground glass densities in both lungs (pulmonary edema?)\n"
      "Pleural effusions on both sides\n"
      "Cardiomegaly\n"
      "Pericardial effusion is also present\n"
      "Mediastinal lymph nodes not reaching pathological size"),
     {IST, OPA, PE, CM, PCE, LN}),
    ("eci-34", "en",
     ("Hiatal hernia\n"
      "The esophagus is dilated with fluid content (achalasia?)\n"
      "Ground glass areas in the lower lobes, aspiration?"),
     {HH, OPA}),
    ("eci-35", "en",
     ("1. Normal thorax CT findings\n"
      "2. No nodule detected in the lungs\n"
      "3. No effusion in pleural or pericardial space"),
     set()),
    ("eci-36", "en",
     ("Prosthetic heart valve in aortic position and sternotomy wires\n"
      "Cardiomegaly\n"
      "Minimal bilateral pleural effusion\n"
      "Consolidation is absent"),
     {MM, CM, PE}),
    ("eci-37", "en",
     ("Interlobular septal thickening in the subpleural areas of lower lobes (early interstitial "
      "lung disease?)\n"
      "Nonspecific nodules measuring a few millimetres\n"
      "Emphysema"),
     {IST, NOD, EMP}),
    ("eci-38", "en",
     ("Consolidation in the lingular segment of left upper lobe, pneumonia?\n"
      "Right pleural effusion was resolved compared to the previous examination\n"
      "Minimal changes of emphysema"),
     {CON, EMP}),
    ("eci-39", "en",
     ("Tracheostomy tube in place\n"
      "Bilateral consolidations in the lower lobes (aspiration pneumonia?)\n"
      "Bilateral pleural effusions\n"
      "Cardiomegaly"),
     {MM, CON, PE, CM}),
    ("eci-40", "en",
     ("Nodular ground glass opacity of 9 mm in the right upper lobe, follow-up is recommended\n"
      "Sequelae changes in the left lung apex\n"
      "Calcified atheromatous plaques in the thoracic aortic wall"),
     {NOD, OPA, FIB, AWC}),
    ("eci-41", "en",
     ("1. Lymphadenopathies in the mediastinum and both hilar regions (lymphoma? sarcoidosis?)\n"
      "2. Micronodules along the bronchovascular bundles in both lungs\n"
      "3. There is no effusion in the pleural spaces"),
     {LN, NOD}),
    ("eci-42", "en",
     ("Decrease in the ground glass areas in both lungs compared to the previous examination\n"
      "Linear atelectasis in the left lower lobe\n"
      "No new lesion"),
     {OPA, ATL}),
    ("eci-43", "en",
     ("Emphysema seen in both lungs\n"
      "Calcific atheroma plaques in the aorta and coronary arteries\n"
      "Hiatal hernia, sliding\n"
      "Cardiomegaly\n"
      "Nonspecific nodules in both lungs, a few millimetres in size\n"
      "Lymph nodes in the mediastinum that do not reach pathological size"),
     {EMP, AWC, CAC, HH, CM, NOD, LN}),
    ("eci-44", "en",
     ("No significant difference from the previous study\n"
      "No active lung pathology\n"
      "The heart and mediastinal vessels are normal"),
     set()),
    ("eci-45", "en",
     ("Mosaic attenuation of the lungs (small airway disease?)\n"
      "Bronchiectasis of minimal degree\n"
      "No significant finding in the mediastinum"),
     {MOS, BRX}),
    ("eci-46", "en",
     ("Right-sided chest tube, minimal pneumothorax\n"
      "Subcutaneous emphysema in the right chest wall\n"
      "Right-sided pleural effusion\n"
      "Ground glass areas in the right lower lobe compatible with contusion"),
     {MM, PE, OPA}),
    ("eci-47", "en",
     ("Calcified atheroma plaques along the coronary arteries\n"
      "No pathological finding in the lungs\n"
      "Sliding-type hiatus hernia"),
     {CAC, HH}),
    ("eci-48", "en",
     ("1- Pleural effusion seen on both sides\n"
      "2- Passive atelectasis in the lower lobes\n"
      "3- Cardiomegaly\n"
      "4- Ascites in the abdomen"),
     {PE, ATL, CM}),
    ("eci-49", "en",
     ("Pericardial effusion of 15 mm\n"
      "No effusion in the pleural spaces\n"
      "No cardiomegaly"),
     {PCE}),
    ("eci-50", "en",
     ("Sequelae fibrotic bands in the right middle lobe\n"
      "Changes of bronchiectasis\n"
      "Calcified lymph nodes in the mediastinum (old granulomatous disease?)"),
     {FIB, BRX, LN}),
    ("eci-51", "en",
     ("Emphysema\n"
      "No nodule or mass\n"
      "Lymphadenopathy is absent\n"
      "Pleural effusion is absent"),
     {EMP}),
    ("eci-52", "en",
     ("Peribronchial thickening and ground glass areas in both lower lobes (bronchopneumonia?)\n"
      "Lymph nodes in mediastinum that do not reach pathological size\n"
      "Right-sided pleural effusion, minimal"),
     {PBT, OPA, LN, PE}),
    ("eci-53", "en",
     ("Calcific atheroma plaques in the abdominal aorta and iliac arteries in the sections included\n"
      "Cardiomegaly is not seen\n"
      "Nonspecific nodules a few millimetres in size"),
     {AWC, NOD}),
    ("eci-54", "en",
     ("1. Stent in the left anterior descending coronary artery\n"
      "2. Calcific plaques in the coronary arteries\n"
      "3. Linear atelectasis in both lower lobes\n"
      "4. Hepatic cyst"),
     {MM, CAC, ATL}),
    ("eci-55", "en",
     ("Ground glass areas in the right lower lobe disappeared compared to the previous examination\n"
      "Bilateral lung sequelae changes\n"
      "No nodule"),
     {FIB}),
    ("eci-56", "en",
     ("Chest CT is within normal limits\n"
      "No infiltration, nodule or mass in the lungs\n"
      "Pleural effusion is not present\n"
      "No significant lymph node in the mediastinum"),
     set()),
    ("eci-57", "en",
     ("Consolidation is not seen\n"
      "Pneumonic infiltration is not observed\n"
      "Mosaic attenuation pattern, diffuse\n"
      "Thickened bronchial walls"),
     {MOS, PBT}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
