"""Probe: English chest CT reports written by Japanese radiologists (English as a second language).

The reports imitate the English used in Japanese university hospitals and English-language
case reports, with its typical phrasing and shorthand:

- "is pointed out" / "is not pointed out" / "cannot be pointed out", "is seen" / "is not seen"
- "lymph node swelling", "cardiac enlargement", "emphysematous change", "calcification of aorta"
- hedges: "is suspected", "cannot be denied", "is considered", "possibly", "may be", "s/o", "c/w"
- denials: "is not detected", "disappeared", "is denied", "is unlikely", "is not clear"
- "(+)" / "(-)" marks and "/" lists sharing one mark ("pleural effusion/pericardial effusion (-)")
- segment notation (rt S6, lt S1+2), follow-up wording ("is improved", "disappeared", "remains")
- IMPRESSION lines "#1. ..." with TNM, clinical-information / purpose lines naming findings (0)
- lists sharing one negation, clauses that flip, lung vs. thyroid/liver nodules

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("jee-01", "en",
     ("Clinical information: Cough for 2 weeks. r/o pneumonia.\n"
     "Findings: Consolidation with air bronchogram is seen in rt S10. GGO is seen around it. "
     "It is suspected to be bacterial pneumonia. Small amount of rt pleural effusion is seen. "
     "Pericardial effusion is not seen. Mediastinal lymph node swelling is not pointed out. "
     "Emphysematous change is not seen.\n"
     "IMPRESSION: #1. Rt lower lobe pneumonia, s/o bacterial."),
     {CON, OPA, PE}),
    ("jee-02", "en",
     ("A nodule of 12 mm is pointed out in the right S6. The margin is spiculated and pleural "
     "indentation is seen. Lung cancer is suspected. There is no significant lymph node swelling "
     "in the mediastinum and bilateral hila. No pleural effusion is pointed out. Emphysematous "
     "change is seen in bilateral upper lobes. Calcification of aorta is seen. Coronary artery "
     "calcification is also seen.\n"
     "IMPRESSION: #1. Rt lung cancer, cT1bN0M0 is suspected. #2. Pulmonary emphysema."),
     {NOD, EMP, AWC, CAC}),
    ("jee-03", "en",
     ("Compared with previous CT (2023/5/10).\n"
     "Rt pleural effusion disappeared. Passive atelectasis of rt lower lobe is improved and is "
     "not pointed out now. Pericardial effusion is also decreased, but a small amount remains. "
     "Cardiac enlargement is seen. Pacemaker lead is seen in the right ventricle. "
     "Consolidation cannot be pointed out.\n"
     "IMPRESSION: #1. Improvement of rt pleural effusion and atelectasis. "
     "#2. Cardiomegaly and small pericardial effusion."),
     {PCE, CM, MM}),
    ("jee-04", "en",
     ("Reticular shadow and honeycombing are seen in bilateral lower lobes, predominantly in "
     "subpleural area. Traction bronchiectasis is also seen. It is c/w UIP pattern. GGO is not "
     "seen. Consolidation (-). Interlobular septal thickening is not evident. "
     "Pleural effusion/pericardial effusion (-). Mediastinal lymph nodes are enlarged, up to "
     "12 mm, reactive change is considered.\n"
     "IMPRESSION: #1. Interstitial pneumonia, UIP pattern. s/o IPF."),
     {FIB, BRX, LN}),
    ("jee-05", "en",
     ("Cardiac enlargement is seen. Bilateral pleural effusion is seen, rt > lt. Interlobular "
     "septal thickening and GGO are seen in bilateral lungs, s/o pulmonary edema. Pericardial "
     "effusion is also seen. Mediastinal lymph node swelling is not pointed out. "
     "Bronchiectasis (-). Calcification of aorta and coronary arteries is seen.\n"
     "IMPRESSION: #1. Congestive heart failure is suspected."),
     {CM, PE, IST, OPA, PCE, AWC, CAC}),
    ("jee-06", "en",
     ("Purpose: Medical check-up. Emphysema?\n"
     "Findings: Emphysematous change cannot be pointed out. A small nodule of 4 mm is seen in "
     "lt S8, intrapulmonary lymph node is considered. There is no change compared with previous "
     "CT. There is no consolidation or GGO. Pleural effusion is not seen. No lymph node "
     "swelling. Hiatal hernia is seen.\n"
     "IMPRESSION: #1. Lt S8 small nodule, probably benign. #2. Hiatal hernia."),
     {NOD, HH}),
    ("jee-07", "en",
     ("Status post rt upper lobectomy for lung cancer. Staple line is seen at the rt hilum. "
     "Local recurrence is not pointed out. Small amount of rt pleural effusion remains. "
     "Linear atelectasis is seen in rt S6. A new nodule of 6 mm is pointed out in lt S1+2. "
     "Metastasis cannot be denied. Lymph node swelling is not seen. Cardiac enlargement (-).\n"
     "IMPRESSION: #1. Lt S1+2 nodule, metastasis cannot be denied. Follow-up is recommended."),
     {MM, PE, ATL, NOD}),
    ("jee-08", "en",
     ("Centrilobular emphysema is seen in bilateral upper lobes. Bronchial wall thickening is "
     "also seen, s/o chronic bronchitis. Mosaic attenuation is not pointed out. No nodule is "
     "seen. Pleural effusion (-). Lymph node swelling (-). Calcification of aorta is seen. "
     "Coronary calcification (-). Hiatal hernia (-)."),
     {EMP, PBT, AWC}),
    ("jee-09", "en",
     ("Mosaic attenuation is seen in bilateral lungs. Air trapping is seen on expiratory CT, "
     "s/o bronchiolitis obliterans. Bronchiolectasis is also seen in bilateral lower lobes. "
     "Bronchial wall thickening is seen. Consolidation/GGO (-). Emphysema is not seen. "
     "Pleural effusion is not pointed out.\n"
     "IMPRESSION: #1. Bronchiolitis obliterans is suspected."),
     {MOS, BRX, PBT}),
    ("jee-10", "en",
     ("Clinical information: Pneumonia follow-up.\n"
     "Consolidation in lt S4 disappeared. GGO is improved but remains slightly. Fibrotic change "
     "is seen in lt S5 as a sequela. Pleural effusion disappeared. No new lesion is pointed "
     "out. Mediastinal lymph node swelling is not detected. Cardiac enlargement is not seen."),
     {OPA, FIB}),
    ("jee-11", "en",
     ("Multiple lymph node swelling is seen in mediastinum, bilateral hila and bilateral axillae. "
     "Maximum is 32 mm in #4R. Malignant lymphoma is suspected. No nodule or consolidation is "
     "seen in the lung field. Pleural effusion is not seen. Small amount of pericardial effusion "
     "is seen. CV port is seen via the lt subclavian vein; its tip is in the SVC.\n"
     "IMPRESSION: #1. Systemic lymphadenopathy, malignant lymphoma is suspected."),
     {LN, PCE, MM}),
    ("jee-12", "en",
     ("There is no change compared with previous CT. Emphysematous change and bronchial wall "
     "thickening are seen. No nodule. No pleural effusion. No lymph node swelling."),
     {EMP, PBT}),
    ("jee-13", "en",
     ("A 15 mm nodule is seen in lt S3. It is solid and lobulated. Lung cancer is suspected; "
     "inflammatory nodule is unlikely. Hilar lymph node swelling is suspected (#11L, 11 mm). "
     "Mediastinal lymph node swelling is not pointed out. Pleural effusion is not seen. "
     "Atelectasis is not seen. Aortic calcification is seen.\n"
     "IMPRESSION: #1. Lt lung cancer, cT1cN1M0 is suspected."),
     {NOD, LN, AWC}),
    ("jee-14", "en",
     ("Bronchiectasis is seen in rt middle lobe and lt lingula, with bronchial wall thickening. "
     "Small nodules along the bronchi are scattered, s/o NTM infection. Cavity cannot be "
     "pointed out. Consolidation is not seen. Atelectasis of rt middle lobe is seen. "
     "Pleural effusion (-).\n"
     "IMPRESSION: #1. Pulmonary NTM disease is suspected."),
     {BRX, PBT, NOD, ATL}),
    ("jee-15", "en",
     ("There is no pleural effusion, pericardial effusion or lymph node swelling. Cardiac "
     "enlargement is seen. Calcification is seen in the aortic arch and LAD. A 5 mm solid "
     "nodule is seen in rt S2; follow-up is recommended."),
     {CM, AWC, CAC, NOD}),
    ("jee-16", "en",
     ("Endotracheal tube and NG tube are seen. Rt chest drain is inserted. Rt pneumothorax is "
     "improved. Consolidation is seen in bilateral lower lobes dorsally, s/o aspiration "
     "pneumonia. Bilateral pleural effusion is seen. Interlobular septal thickening is also "
     "seen, s/o pulmonary edema. Pulmonary emphysema is not seen. Cardiac enlargement is not "
     "pointed out."),
     {MM, CON, PE, IST}),
    ("jee-17", "en",
     ("Sliding type hiatal hernia is seen. Esophageal wall thickening is not seen. Aspiration "
     "pneumonia cannot be denied in rt S10, showing GGO and small consolidation. Pleural "
     "effusion is not pointed out."),
     {HH, OPA, CON}),
    ("jee-18", "en",
     ("Cardiac enlargement is not seen. Pericardial thickening is seen, s/o constrictive "
     "pericarditis. Calcification of coronary arteries (LAD, RCA) is seen. Calcification of "
     "the aortic valve is also seen. Aortic wall calcification is not pointed out. Pleural "
     "effusion is seen in bilateral side, small amount."),
     {PCE, CAC, PE}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("jee-19", "en",
     ("A mass lesion of 35 mm is seen in lt lower lobe. It is difficult to deny malignancy. "
     "Obstructive atelectasis is seen distally. Lt pleural effusion is seen; pleural "
     "dissemination cannot be denied. Mediastinal lymph node swelling (#7) is seen. "
     "Emphysematous change is seen. Rt lung: no nodule is pointed out.\n"
     "IMPRESSION: #1. Lt lung cancer, cT2bN2M1a is suspected."),
     {ATL, PE, LN, EMP}),
    ("jee-20", "en",
     ("Clinical information: Hemoptysis. r/o lung cancer, bronchiectasis.\n"
     "Findings: No nodule or mass is pointed out in bilateral lungs. Bronchiectasis is not "
     "seen. Consolidation and GGO are not seen. No pleural effusion. No lymph node swelling. "
     "Cardiac enlargement is not seen. Mild calcification of aorta is seen.\n"
     "IMPRESSION: #1. No apparent abnormality to explain hemoptysis."),
     {AWC}),
    ("jee-21", "en",
     ("Interlobular septal thickening with nodular pattern is seen in rt lung, s/o lymphangitic "
     "carcinomatosis. Rt hilar lymph node swelling is seen. Rt pleural effusion is seen. "
     "Multiple small nodules are seen in bilateral lungs, metastasis is considered. "
     "Pericardial effusion is not seen.\n"
     "IMPRESSION: #1. Lymphangitic carcinomatosis and multiple lung metastases."),
     {IST, LN, PE, NOD}),
    ("jee-22", "en",
     ("Clinical information: Fever, COVID-19 PCR (+).\n"
     "Findings: Multiple GGO is seen in bilateral lower lobes, peripheral predominant. "
     "Interlobular septal thickening is partly seen within the GGO in rt S9. Consolidation is "
     "not pointed out. Pleural effusion is not seen. Lymph node swelling (-). "
     "It is c/w COVID-19 pneumonia."),
     {OPA, IST}),
    ("jee-23", "en",
     ("Post CABG state. Sternal wires are seen. Cardiac enlargement is not seen. Pericardial "
     "effusion is not seen. Calcification of the coronary arteries and aorta is seen. Lt "
     "pleural effusion is seen, small amount. Passive atelectasis of lt lower lobe is seen."),
     {MM, CAC, AWC, PE, ATL}),
    ("jee-24", "en",
     ("Compared with previous CT. The GGO in rt S2 disappeared. However, new GGO is seen in lt "
     "S6, s/o inflammatory change. The nodule in rt S8 is unchanged (8 mm). Lymph node "
     "swelling is not pointed out. Emphysema (-). Pleural effusion (-)."),
     {OPA, NOD}),
    ("jee-25", "en",
     ("Consolidation in rt upper lobe disappeared and became scar-like linear shadow. Cardiac "
     "enlargement is seen. Hiatal hernia is seen. Bronchial wall thickening is not seen. "
     "Lymph node swelling is not pointed out."),
     {FIB, CM, HH}),
    ("jee-26", "en",
     ("Clinical information: Asthma.\n"
     "Findings: Bronchial wall thickening is seen in bilateral lungs. Mucoid impaction is seen "
     "in lt B8, and bronchiectasis is also seen around it, s/o ABPA. Mosaic attenuation is not "
     "clear. Emphysematous change (-). Consolidation (-). Eosinophilic pneumonia is unlikely."),
     {PBT, BRX}),
    ("jee-27", "en",
     ("Lung field: Emphysema (+), GGO (-), consolidation (-), nodule (-).\n"
     "Mediastinum: Lymph node swelling (-). Cardiomegaly (+). Pericardial effusion (-).\n"
     "Pleura: Pleural effusion (+), rt side.\n"
     "Others: Hiatal hernia (+). Calcification of aorta (+)."),
     {EMP, CM, PE, HH, AWC}),
    ("jee-28", "en",
     ("Bilateral hilar and mediastinal lymph node swelling is seen, partly with calcification. "
     "Small nodules along bronchovascular bundles and interlobular septa are seen in bilateral "
     "upper lobes. Sarcoidosis is suspected. Pleural effusion is not seen. Fibrotic change is "
     "not pointed out."),
     {LN, NOD}),
    ("jee-29", "en",
     ("Purpose: r/o pulmonary embolism, pleural effusion?\n"
     "Findings: No filling defect is seen in pulmonary arteries. Pleural effusion is not seen. "
     "Slight atelectasis is seen in bilateral lower lobes dorsally. Cardiac enlargement is "
     "seen; rt ventricle is enlarged. Pericardial effusion is not detected."),
     {ATL, CM}),
    ("jee-30", "en",
     ("Consolidation is denied. GGO is seen in bilateral upper lobes with centrilobular "
     "distribution, s/o hypersensitivity pneumonitis. Mosaic attenuation is also seen. "
     "Mediastinal lymph nodes are not swollen. Pleural effusion is not seen."),
     {OPA, MOS}),
    ("jee-31", "en",
     ("Status post TEVAR. Stent graft is seen in the descending aorta. Endoleak is not pointed "
     "out. Calcification of the aortic wall is seen. Coronary artery calcification (+). Lt "
     "pleural effusion disappeared. Atelectasis of lt S10 remains."),
     {MM, AWC, CAC, ATL}),
    ("jee-32", "en",
     ("Status post lt mastectomy. Surgical clips are seen in lt axilla. A thyroid nodule of "
     "10 mm is seen in rt lobe. A low density nodule is seen in liver S8, cyst is considered. "
     "No nodule is pointed out in the lung. Axillary lymph node swelling is not seen. "
     "Radiation pneumonitis is seen in lt S3, showing consolidation and GGO."),
     {MM, CON, OPA}),
    ("jee-33", "en",
     ("Nodule, consolidation or pleural effusion cannot be pointed out. Bronchiectasis is seen "
     "in rt S5 with bronchial wall thickening. Mosaic attenuation is also seen, s/o small "
     "airway disease. Mild emphysematous change is seen in the apex."),
     {BRX, PBT, MOS, EMP}),
    ("jee-34", "en",
     ("Calcified nodules and fibrotic scar are seen in rt S1 and S2, s/o old tuberculosis. "
     "Traction bronchiectasis is seen in the same area. Active lesion is not pointed out. "
     "Pleural effusion is not seen. Lymph nodes are calcified but not swollen."),
     {NOD, FIB, BRX}),
    ("jee-35", "en",
     ("Esophageal wall thickening is seen in the middle thoracic esophagus, s/o esophageal "
     "cancer. Lymph node swelling is seen at #106recR and #110. Lung metastasis is not pointed "
     "out. Pleural effusion/pericardial effusion (-). Hiatal hernia is not seen. "
     "Calcification of aorta (+)."),
     {LN, AWC}),
    ("jee-36", "en",
     ("A faint GGO is seen in lt S1+2, possibly inflammatory change. Re-evaluation after 3 "
     "months is recommended. Mild cardiac enlargement may be present. Pericardial effusion is "
     "not seen. Bronchial wall thickening is not seen. Slight bilateral pleural effusion may "
     "be present."),
     {OPA, CM, PE}),
    ("jee-37", "en",
     ("Central venous catheter is inserted via rt internal jugular vein, tip in SVC. "
     "Tracheostomy tube is seen. Bilateral lower lobe atelectasis is seen. Consolidation of lt "
     "lower lobe is also seen, pneumonia cannot be denied. Bilateral pleural effusion, "
     "moderate. Interlobular septal thickening is seen bilaterally, s/o fluid overload. "
     "Cardiac enlargement (-)."),
     {MM, ATL, CON, PE, IST}),
    ("jee-38", "en",
     ("Paraseptal emphysema is seen in bilateral upper lobes. Pneumothorax is not seen. A solid "
     "nodule is pointed out in rt S6, 9 mm. Lung cancer is suspected. Bronchial wall "
     "thickening (-). Mediastinal lymph node swelling (-). Aortic calcification (-)."),
     {EMP, NOD}),
    ("jee-39", "en",
     ("GGO and reticular shadow suggesting fibrosis are seen in bilateral lower lobes; the "
     "immediate subpleural area is spared. Traction bronchiectasis is seen. NSIP pattern is "
     "suspected. Honeycombing is not seen. Consolidation is not seen. Mediastinal lymph node "
     "swelling is suspected (#4R, 13 mm). Esophageal dilatation is seen, s/o systemic "
     "sclerosis. Pericardial effusion is not pointed out."),
     {OPA, FIB, BRX, LN}),
    ("jee-40", "en",
     ("Clinical information: r/o organizing pneumonia.\n"
     "Findings: Consolidation is seen in subpleural area of bilateral lower lobes, with reversed "
     "halo sign. Organizing pneumonia is considered. Pleural effusion is not pointed out. "
     "Bronchiectasis (-). Lymph node swelling (-). Calcification of coronary artery is seen."),
     {CON, CAC}),
    ("jee-41", "en",
     ("Clinical information: 78 y.o. male, smoker. Dyspnea.\n"
     "Comparison: CT 2022/11/02.\n"
     "Findings:\n"
     "Lung: Emphysematous change is seen in bilateral upper lobes, progressed compared with "
     "previous CT. The nodule in lt S9 is increased in size (8 mm -> 14 mm). Lung cancer is "
     "suspected. Linear atelectasis is seen in rt S5. Interlobular septal thickening is not "
     "seen.\n"
     "Pleura: Pleural effusion (-).\n"
     "Mediastinum: Lymph node swelling is not pointed out. Cardiac enlargement is seen. "
     "Pericardial effusion (-). Calcification of aorta and coronary arteries is seen.\n"
     "Upper abdomen: Hiatal hernia is seen.\n"
     "IMPRESSION:\n"
     "#1. Lt lung cancer is suspected, cT1cN0M0.\n"
     "#2. Pulmonary emphysema.\n"
     "#3. Hiatal hernia."),
     {EMP, NOD, ATL, CM, AWC, CAC, HH}),
    ("jee-42", "en",
     ("After chemotherapy. Mediastinal lymph node swelling disappeared. The primary tumor in rt "
     "S3 is decreased in size (25 mm -> 12 mm). Rt pleural effusion is decreased but remains. "
     "Drug-induced pneumonitis is not seen; GGO is not pointed out. CV port is seen in the rt "
     "chest wall."),
     {NOD, PE, MM}),
    ("jee-43", "en",
     ("Enlargement of pulmonary artery trunk is seen (35 mm). Mosaic attenuation is seen in "
     "bilateral lungs, s/o CTEPH. Rt atrium and rt ventricle are enlarged. Small amount of "
     "pericardial effusion is seen. Pleural effusion is not seen. Bronchial wall thickening is "
     "not seen."),
     {MOS, CM, PCE}),
    ("jee-44", "en",
     ("Clinical information: r/o lung metastasis from colon cancer.\n"
     "Findings: No nodule is pointed out in bilateral lungs. Subsegmental atelectasis is seen "
     "in lt S5. Hiatal hernia is seen. Aortic calcification is seen. Emphysema (-). "
     "Consolidation (-). Pleural effusion (-).\n"
     "IMPRESSION: #1. No lung metastasis."),
     {ATL, HH, AWC}),
    ("jee-45", "en",
     ("Purpose: Interstitial pneumonia? Bronchiectasis?\n"
     "Findings: Reticular shadow and honeycombing are not seen. Bronchiectasis is not seen. "
     "Consolidation is seen in rt S3, s/o pneumonia. Bronchial wall thickening is also seen in "
     "rt upper lobe. Pleural effusion is not seen. Coronary artery calcification is seen. "
     "Pericardial effusion (-). Lymph node swelling (-)."),
     {CON, PBT, CAC}),
]

OPEN: dict[tuple[str, str], str] = {
    ('jee-03', ATL): '"Improvement of rt pleural effusion and atelectasis" in the impression reads as still present (improved, not gone); the findings say it is no longer seen',
    ('jee-03', PE): 'the same impression line; the findings say the effusion disappeared',
    ('jee-28', IST): 'a mention of the interlobular septa is read as their thickening (the lexicon reads CT-RATE so); here it only says where nodules lie',
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
