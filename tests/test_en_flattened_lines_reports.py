"""Probe: English chest CT reports (written the way US, UK, Turkish and Japanese authors write them)
as they come out of an export that lost its line breaks: the whole report on one line, sections run
together. Upper-case headings on the same line (CLINICAL HISTORY: ... TECHNIQUE: ... COMPARISON: ...
FINDINGS: ... IMPRESSION: ...), mixed-case headings (Indication: ... Findings: ... Impression: ...),
reports where the indication, history or comparison runs straight into the findings with no findings
heading, and reports whose history or indication names a finding that is only suspected or known from
before ("known lung nodule, follow-up", "prior pleural effusion"), which the findings then confirm or
deny. Hedges, denials, resolved findings and negative controls (pleural plaques, goitre, aneurysm,
pneumothorax, calcified nodes said not to be enlarged). The reports were written for this file without
looking at the engine's lexicon or cue lists.
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
    ("efl-01", "en",
     ("CLINICAL HISTORY: Cough and fever for one week, rule out pneumonia. TECHNIQUE: Non-contrast CT of "
      "the chest with 1.25 mm axial reconstructions. COMPARISON: None. FINDINGS: There is consolidation in "
      "the right lower lobe with air bronchograms. Surrounding ground-glass opacity. Small right pleural "
      "effusion. No mediastinal lymphadenopathy. Heart size is normal. IMPRESSION: Right lower lobe "
      "pneumonia with small parapneumonic effusion."),
     {CON, OPA, PE}),
    ("efl-02", "en",
     ("Clinical history: cough, r/o pneumonia. The lungs are clear. No pleural effusion. Mild cardiomegaly. "
      "No consolidation."),
     {CM}),
    ("efl-03", "en",
     ("Indication: known lung nodule, follow-up. Comparison: CT 12 months ago. Findings: The 6 mm solid "
      "nodule in the left upper lobe is unchanged. No new nodules. Scattered coronary artery calcifications. "
      "Impression: Stable 6 mm left upper lobe nodule, likely benign."),
     {NOD, CAC}),
    ("efl-04", "en",
     ("History: prior pleural effusion. Comparison: 03/2023. FINDINGS: The previously seen right pleural "
      "effusion has resolved. Minimal residual linear atelectasis at the right base. No consolidation. "
      "IMPRESSION: Resolution of the right pleural effusion."),
     {ATL}),
    ("efl-05", "en",
     ("INDICATION: Shortness of breath. Emphysema on prior chest x-ray. Centrilobular emphysema is present, "
      "upper lobe predominant. Bronchial wall thickening in both lower lobes. No focal consolidation or "
      "effusion. Heart normal in size. IMPRESSION: Centrilobular emphysema. Bronchial wall thickening "
      "suggesting chronic bronchitis."),
     {EMP, PBT}),
    ("efl-06", "en",
     ("CLINICAL INFORMATION: Dyspnea. TECHNIQUE: Thorax CT without contrast. FINDINGS: Trachea and both "
      "main bronchi are open. Mediastinal main vascular structures are of normal calibre. Calcific atheroma "
      "plaques are observed in the aorta. Heart size is increased. Pericardial effusion was not observed. "
      "Lymph nodes with short axis up to 9 mm are seen in the subcarinal and right paratracheal stations, "
      "not reaching pathological size. No mass or nodule was detected in both lungs. Sequelae fibrotic bands "
      "are seen in the lingula. IMPRESSION: Cardiomegaly. Aortic atherosclerosis."),
     {AWC, CM, LN, FIB}),
    ("efl-07", "en",
     ("Purpose: Screening for lung cancer. Smoker. Findings: No nodule is seen in both lungs. Mild "
      "emphysematous change is seen in bilateral upper lobes. Calcification of coronary arteries is seen. "
      "No lymph node swelling. Impression: Emphysema. No finding suggestive of lung cancer."),
     {EMP, CAC}),
    ("efl-08", "en",
     ("Indication: rule out hiatal hernia, reflux symptoms. Findings: No hiatal hernia. The esophagus is "
      "not dilated. Lungs clear. No pleural or pericardial effusion. Impression: Normal CT chest."),
     set()),
    ("efl-09", "en",
     ("HISTORY: Known sarcoidosis with mediastinal lymphadenopathy. COMPARISON: 6 months ago. FINDINGS: The "
      "mediastinal and bilateral hilar lymph nodes have decreased in size, now measuring up to 8 mm in short "
      "axis. Perilymphatic micronodules along the fissures persist. No fibrosis. IMPRESSION: Improving "
      "sarcoidosis."),
     {LN, NOD}),
    ("efl-10", "en",
     ("Clinical indication: post CABG, fever. Median sternotomy wires are intact. Surgical clips in the "
      "mediastinum. Small pericardial effusion. Bilateral small pleural effusions with adjacent compressive "
      "atelectasis. No consolidation to suggest pneumonia. Impression: Expected postoperative changes."),
     {MM, PCE, PE, ATL}),
    ("efl-11", "en",
     ("Indication: COVID-19 suspected. Findings: Bilateral peripheral ground glass opacities with "
      "interlobular septal thickening (crazy paving) in the lower lobes. No pleural effusion. No "
      "lymphadenopathy. IMPRESSION: Findings typical of COVID-19 pneumonia."),
     {OPA, IST}),
    ("efl-12", "en",
     ("History: bronchiectasis, recurrent infections. Cylindrical bronchiectasis in the right middle lobe "
      "and lingula with bronchial wall thickening. Tree-in-bud pattern in the right lower lobe. No "
      "consolidation. Impression: Bronchiectasis with signs of small airways infection."),
     {BRX, PBT}),
    ("efl-13", "en",
     ("CLINICAL HISTORY: Hodgkin lymphoma, end of treatment restaging. COMPARISON: Baseline CT. FINDINGS: "
      "The previously noted bulky anterior mediastinal lymphadenopathy has resolved. No enlarged lymph nodes "
      "in the lower neck, mediastinum or axillae. Right chest port with catheter tip in the SVC. Lungs clear. "
      "IMPRESSION: Complete metabolic and morphologic response."),
     {MM}),
    ("efl-14", "en",
     ("Clinical details: ? pulmonary fibrosis, crackles at bases. Technique: HRCT prone and supine. "
      "Findings: Subpleural basal predominant reticulation with honeycombing and traction bronchiectasis. No "
      "ground glass. Mild mediastinal nodes, largest 11 mm short axis, likely reactive. Conclusion: Definite "
      "UIP pattern."),
     {FIB, BRX, LN}),
    ("efl-15", "en",
     ("INDICATION: Chest pain. TECHNIQUE: CT pulmonary angiography. COMPARISON: None. FINDINGS: No "
      "pulmonary embolism. Heart size normal. No pericardial effusion. No coronary calcification. Lungs are "
      "clear without nodules or consolidation. No pleural effusion. Thoracic aorta normal in caliber without "
      "calcification. IMPRESSION: No acute findings."),
     set()),
    ("efl-16", "en",
     ("Indication: weight loss. Findings: A 2.2 cm spiculated mass in the right upper lobe, suspicious for "
      "primary lung carcinoma. Right hilar lymph node measuring 14 mm. No pleural effusion. Impression: "
      "Suspicious right upper lobe lesion, PET-CT recommended."),
     {NOD, LN}),
    ("efl-17", "en",
     ("CLINICAL HISTORY: Hemoptysis. FINDINGS: 5.4 cm mass in the left lower lobe with post-obstructive "
      "atelectasis. Moderate left pleural effusion. Enlarged subcarinal lymph node measuring 18 mm. "
      "IMPRESSION: Left lower lobe mass highly suspicious for malignancy."),
     {ATL, PE, LN}),
    ("efl-18", "en",
     ("History: COPD, emphysema. Comparison: none. No emphysema is identified. Mild bronchial wall "
      "thickening. Lungs otherwise clear."),
     {PBT}),
    ("efl-19", "en",
     ("Clinical information: Follow-up of interstitial pneumonia. Findings: Compared with previous CT, "
      "ground-glass opacity in the bilateral lower lobes is decreased. Reticular shadow remains in the "
      "subpleural area. No pleural effusion. Impression: Improvement of interstitial pneumonia."),
     {OPA, FIB}),
    ("efl-20", "en",
     ("INDICATION: Follow-up pneumonia. COMPARISON: 4 weeks prior. FINDINGS: Interval resolution of the left "
      "lower lobe consolidation. No residual opacity. No pleural effusion. IMPRESSION: Resolved pneumonia."),
     set()),
    ("efl-21", "en",
     ("History: dysphagia. Moderate sliding hiatal hernia. Nasogastric tube in place with tip in the stomach. "
      "Dependent atelectasis in both lower lobes. No effusion."),
     {HH, MM, ATL}),
    ("efl-22", "en",
     ("Indication: r/o pericardial effusion, pericarditis. Findings: No pericardial effusion. Mild "
      "pericardial thickening. Heart size normal. Lungs clear."),
     {PCE}),
    ("efl-23", "en",
     ("CLINICAL HISTORY: Congestive heart failure. FINDINGS: Cardiomegaly. Smooth interlobular septal "
      "thickening in both lungs with patchy ground-glass opacity. Bilateral moderate pleural effusions. "
      "Small pericardial effusion. IMPRESSION: Pulmonary edema."),
     {CM, IST, OPA, PE, PCE}),
    ("efl-24", "en",
     ("Indication: asthma, air trapping? Technique: inspiratory and expiratory images. Findings: Mosaic "
      "attenuation pattern with air trapping on expiratory images. Bronchial wall thickening. No "
      "bronchiectasis. Impression: Small airways disease."),
     {MOS, PBT}),
    ("efl-25", "en",
     ("History: mosaic attenuation on outside CT. No mosaic attenuation on the current study. Lungs clear. "
      "No air trapping."),
     set()),
    ("efl-26", "en",
     ("CLINICAL INFORMATION: Follow-up for lung nodule. FINDINGS: Calibers of mediastinal main vascular "
      "structures are natural. Heart contour size is natural. No pleural or pericardial effusion. No lymph "
      "node was observed in pathological size and appearance in the mediastinum. When examined in the lung "
      "parenchyma window, the nodule previously described in the right lower lobe is not observed in the "
      "current examination. Linear atelectasis is seen in the middle lobe. No hiatal hernia. IMPRESSION: "
      "Previously described nodule not seen."),
     {ATL}),
    ("efl-27", "en",
     ("Indication: Right middle lobe atelectasis on chest radiograph. Comparison: Chest radiograph 2 days "
      "ago. Findings: Persistent right middle lobe collapse. No endobronchial lesion seen. Small right "
      "effusion. Impression: Right middle lobe collapse."),
     {ATL, PE}),
    ("efl-28", "en",
     ("Indication: lung cancer screening, 30 pack-year history. Findings: 4 mm solid nodule in the right "
      "middle lobe. Mild paraseptal emphysema. Moderate coronary artery calcification. Aortic calcification. "
      "Impression: Lung-RADS 2."),
     {NOD, EMP, CAC, AWC}),
    ("efl-29", "en",
     ("History: coronary artery disease, status post stenting. Coronary stents are seen in the LAD. Dense "
      "calcification of the left main and circumflex arteries. Mild atherosclerotic calcification of the "
      "aortic arch. Lungs clear. No effusion."),
     {MM, CAC, AWC}),
    ("efl-30", "en",
     ("COMPARISON: CT 2021. Stable biapical pleuroparenchymal scarring. No suspicious pulmonary nodule. No "
      "pleural effusion. Small hiatal hernia, unchanged."),
     {FIB, HH}),
    ("efl-31", "en",
     ("INDICATION: Fever in neutropenic patient. FINDINGS: A few nodules in the left upper lobe with a "
      "surrounding ground-glass halo, possibly fungal infection. Cannot exclude a small left pleural "
      "effusion. No lymphadenopathy. IMPRESSION: Possible invasive fungal infection."),
     {NOD, OPA, PE}),
    ("efl-32", "en",
     ("Clinical details: ? lymphadenopathy, night sweats. Findings: No mediastinal, hilar or axillary "
      "lymphadenopathy. Lymph nodes are not enlarged. Lungs clear. Conclusion: No lymphadenopathy."),
     set()),
    ("efl-33", "en",
     ("Purpose: Pre-operative evaluation. Findings: Atherosclerotic change of thoracic aorta with "
      "calcification. Cardiomegaly is not seen. Small nodular shadow of 3 mm in left S6, probably "
      "intrapulmonary lymph node. Impression: No significant abnormality."),
     {AWC, NOD}),
    ("efl-34", "en",
     ("Indication: asbestos exposure. Findings: Calcified pleural plaques along both hemidiaphragms. No "
      "pleural effusion. No pulmonary fibrosis. No lung nodule. Impression: Calcified pleural plaques "
      "compatible with prior asbestos exposure, no asbestosis."),
     set()),
    ("efl-35", "en",
     ("History: prior hiatal hernia repair. Postsurgical changes of Nissen fundoplication with surgical "
      "clips at the gastroesophageal junction. No recurrent hiatal hernia. Lungs clear."),
     {MM}),
    ("efl-36", "en",
     ("INDICATION: aspiration? FINDINGS: Patchy consolidation in the dependent right lower lobe, likely "
      "aspiration. Endotracheal tube tip 3 cm above the carina. IMPRESSION: Right lower lobe aspiration "
      "pneumonia."),
     {CON, MM}),
    ("efl-37", "en",
     ("Indication: Chronic cough. Comparison: None. Findings: Mild cylindrical bronchiectasis in both lower "
      "lobes. No bronchial wall thickening. No mosaic attenuation. 3 mm calcified nodule in the right upper "
      "lobe, consistent with granuloma. Impression: Mild bronchiectasis."),
     {BRX, NOD}),
    ("efl-38", "en",
     ("HISTORY: Known ascending aortic aneurysm. FINDINGS: Ascending aorta measures 4.6 cm, unchanged. No "
      "aortic wall calcification. Heart normal size. Lungs clear."),
     set()),
    ("efl-39", "en",
     ("Indication: pulmonary hypertension. Enlarged main pulmonary artery measuring 3.4 cm. Cardiomegaly "
      "with right heart enlargement. Mosaic perfusion in both lungs. No septal thickening. No pleural "
      "effusion."),
     {CM, MOS}),
    ("efl-40", "en",
     ("CLINICAL HISTORY: Atrial fibrillation, dyspnea. TECHNIQUE: CT chest with contrast. FINDINGS: Dual "
      "chamber pacemaker with leads in the right atrium and right ventricle. Trace pericardial fluid. Lungs "
      "clear. No pleural effusion. IMPRESSION: No acute abnormality."),
     {MM, PCE}),
    ("efl-41", "en",
     ("Clinical information: Rheumatoid arthritis. Follow-up of bronchiolitis. Findings: Centrilobular small "
      "nodules are seen in both lungs, decreased compared to previous. Bronchial wall thickening is also "
      "seen. There is no consolidation. Impression: Bronchiolitis, improving."),
     {NOD, PBT}),
    ("efl-42", "en",
     ("Indication: dyspnea. Findings: Multinodular goiter extending into the superior mediastinum with "
      "tracheal deviation. Lungs are clear with no pulmonary nodules. No lymphadenopathy. No effusion."),
     set()),
    ("efl-43", "en",
     ("History: breast cancer, left mastectomy. Left breast implant. No axillary lymphadenopathy. Radiation "
      "fibrosis in the anterior left upper lobe. No pulmonary nodules."),
     {MM, FIB}),
    ("efl-44", "en",
     ("Indication: ?consolidation on CXR left base. The left basal density corresponds to subsegmental "
      "atelectasis. No consolidation. No pleural effusion. Heart normal size."),
     {ATL}),
    ("efl-45", "en",
     ("CLINICAL HISTORY: SMOKER, DYSPNEA. FINDINGS: SEVERE CENTRILOBULAR AND PARASEPTAL EMPHYSEMA. BULLAE IN "
      "BOTH APICES. NO NODULE. CALCIFIED ATHEROSCLEROTIC PLAQUE IN THE AORTA AND CORONARY ARTERIES. "
      "IMPRESSION: SEVERE EMPHYSEMA."),
     {EMP, AWC, CAC}),
    ("efl-46", "en",
     ("Indication: staging of esophageal cancer. Findings: Circumferential wall thickening of the distal "
      "esophagus. A borderline 10 mm paraesophageal lymph node, possibly metastatic. No lung nodules. A small "
      "hiatal hernia cannot be excluded."),
     {LN, HH}),
    ("efl-47", "en",
     ("COMPARISON: Prior CT 2019. FINDINGS: The minimal ground glass in the right upper lobe has resolved. "
      "New 8 mm part-solid nodule in the left lower lobe. No effusion. IMPRESSION: New part-solid nodule, "
      "short-term follow-up recommended."),
     {NOD}),
    ("efl-48", "en",
     ("History: Chest trauma. Findings: Right chest tube in place. Small residual right pneumothorax. "
      "Ground-glass opacity in the right lower lobe consistent with contusion. Right rib fractures. No "
      "pleural effusion."),
     {MM, OPA}),
    ("efl-49", "en",
     ("Indication: known ILD. Findings: No evidence of fibrosis. No honeycombing or traction "
      "bronchiectasis. Mild dependent density in the posterior lower lobes. Impression: No interstitial "
      "lung disease."),
     {OPA}),
    ("efl-50", "en",
     ("Indication: follow-up pulmonary nodule in a patient with prior consolidation. Findings: The "
      "previously described nodule is no longer seen. No consolidation. No lymphadenopathy. No pleural "
      "effusion. Impression: No pulmonary nodule."),
     set()),
    ("efl-51", "en",
     ("CLINICAL INFORMATION: Known lung cancer. Pleural effusion in previous examination. FINDINGS: The mass "
      "in the left upper lobe measuring 3.8 x 3.2 cm is seen. Left pleural effusion increased. Multiple "
      "enlarged mediastinal lymph nodes, largest 21 mm. Interlobular septal thickening in the left lung, "
      "possibly lymphangitic carcinomatosis. IMPRESSION: Progression."),
     {PE, LN, IST}),
    ("efl-52", "en",
     ("Indication: r/o PE. There is no pulmonary embolism. No pleural effusion. Mild cardiomegaly. "
      "Peribronchial cuffing. Central venous catheter in the SVC."),
     {CM, PBT, MM}),
    ("efl-53", "en",
     ("Indication: cough. Findings: Calcified hilar lymph nodes, not enlarged, consistent with prior "
      "granulomatous disease. No lung nodule. Lungs clear."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("efl-43", MM): "on a one-line report, a sentence after the history heading's first sentence that starts with a side ('Left breast implant.') is still read as history",
    ("efl-44", ATL): "on a one-line report, 'The left basal density corresponds to ...' after an indication is still read as the indication",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
