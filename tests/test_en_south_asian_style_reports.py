"""Probe: English chest CT reports in the style of radiologists in India, Pakistan, Bangladesh and
Sri Lanka: "Few fibrotic strands are noted", "No evidence of consolidation/collapse", "No e/o ...",
"Mild cardiomegaly is noted", "Minimal bilateral pleural effusion", "Sub-centimetric mediastinal
lymph nodes are seen", "Few calcified granulomas", "Fibro-cavitary lesion", "Koch's etiology",
"post-Koch's sequelae", "Tree-in-bud appearance", "Bronchiectatic changes", "ICD tube", "Ryle's tube",
"Bilateral lung fields are clear", "IMPRESSION: Features suggestive of ...", "? infective etiology",
"Advised clinical correlation", "No significant abnormality detected", checklist lines ("Emphysema - nil"),
with present, denied, hedged, history-only and resolved findings and negative controls (Koch's in the
history only, pleural thickening, lung cyst, masses over 3 cm, nodes said not to be enlarged). The
reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("esa-01", "en",
     ("CT THORAX (PLAIN). Few fibrotic strands are noted in the right upper lobe with few calcified granulomas. "
      "No evidence of consolidation/collapse. Bilateral pleural spaces are clear. Trachea and main bronchi are normal. "
      "Sub-centimetric mediastinal lymph nodes are seen. Heart is normal in size. "
      "IMPRESSION: Features suggestive of post-Koch's sequelae in right upper lobe. Advised clinical correlation."),
     {FIB, NOD, LN}),
    ("esa-02", "en",
     ("Fibro-cavitary lesion is seen in the apical segment of left upper lobe. Tree-in-bud appearance with few "
      "centrilobular nodules is seen in the left lower lobe. Bronchiectatic changes are noted in the left upper lobe. "
      "Minimal left pleural effusion. Enlarged necrotic pretracheal lymph node measuring 1.4 cm. "
      "IMPRESSION: Features suggestive of active Koch's etiology. Advised sputum for AFB."),
     {FIB, NOD, BRX, PE, LN}),
    ("esa-03", "en",
     ("Bilateral lung fields are clear. No e/o consolidation, nodule or mass. Trachea and main bronchi are normal. "
      "Heart is normal in size. No e/o pleural or pericardial effusion. No significant lymphadenopathy. "
      "Visualised bony thorax is normal. IMPRESSION: No significant abnormality detected."),
     set()),
    ("esa-04", "en",
     ("Mild cardiomegaly is noted. Minimal bilateral pleural effusion. Smooth interlobular septal thickening is noted "
      "in bilateral lower lobes with patchy ground glass haziness - ? fluid overload. Atherosclerotic calcification "
      "of aortic arch. IMPRESSION: Features suggestive of pulmonary edema with minimal bilateral pleural effusion. "
      "Advised clinical correlation."),
     {CM, PE, IST, OPA, AWC}),
    ("esa-05", "en",
     ("Patchy consolidation with air bronchogram is seen in the right lower lobe - ? infective etiology. "
      "Few adjacent ground glass opacities. No e/o pleural effusion. Heart is normal in size. "
      "Few sub-centimetric lymph nodes in right hilar region, largest 8 mm, likely reactive."),
     {CON, OPA, LN}),
    ("esa-06", "en",
     ("K/c/o pulmonary Koch's, completed ATT 2 years back. Present scan: Bilateral lung fields are clear. "
      "No evidence of fibrosis or cavitation. No e/o consolidation/collapse. CP angles are clear. "
      "Mediastinal structures are normal. IMPRESSION: No significant abnormality detected. "
      "No residual post-Koch's sequelae."),
     set()),
    ("esa-07", "en",
     ("Centrilobular emphysematous changes are seen in bilateral upper lobes. Few paraseptal bullae in left apex, "
      "largest 2.1 cm. Bronchial wall thickening is noted in bilateral lower lobes. No e/o consolidation. "
      "Heart size is normal. IMPRESSION: Features suggestive of COPD with emphysema."),
     {EMP, PBT}),
    ("esa-08", "en",
     ("ICD tube in situ in right pleural cavity. Residual minimal right hydropneumothorax. Underlying passive "
      "collapse of right lower lobe. Left lung is clear. "
      "IMPRESSION: Post ICD insertion status with residual minimal right hydropneumothorax."),
     {MM, PE, ATL}),
    ("esa-09", "en",
     ("Post CABG status with sternotomy wires in situ. Mild cardiomegaly. Coronary artery calcifications are noted. "
      "Calcified atheromatous plaques in descending thoracic aorta. No pericardial effusion. "
      "Lungs: few linear atelectatic bands in left lower lobe. IMPRESSION: Post CABG status. Mild cardiomegaly."),
     {MM, CM, CAC, AWC, ATL}),
    ("esa-10", "en",
     ("Bilateral basal subpleural reticulations with honeycombing and traction bronchiectasis. Patchy ground glass "
      "opacities in bilateral lower lobes. No e/o pleural effusion. Sub-centimetric mediastinal lymph nodes are seen. "
      "IMPRESSION: Features suggestive of fibrotic ILD - UIP pattern. Advised PFT and rheumatology correlation."),
     {FIB, BRX, OPA, LN}),
    ("esa-11", "en",
     ("Clinical details: fever with cough, ? pneumonia. CT findings: Bilateral lung fields are clear. "
      "No evidence of consolidation/collapse. No e/o pleural effusion. Heart is normal in size. "
      "No significant lymphadenopathy. IMPRESSION: No significant abnormality detected in the present study."),
     set()),
    ("esa-12", "en",
     ("Collapse-consolidation of the left lower lobe with crowding of bronchi. Moderate left pleural effusion. "
      "Mediastinum is central. IMPRESSION: Left lower lobe collapse-consolidation with moderate left pleural "
      "effusion - ? infective etiology. Advised diagnostic tap."),
     {ATL, CON, PE}),
    ("esa-13", "en",
     ("Tree-in-bud appearance is seen in the right middle lobe and lingula. Mild bronchial wall thickening in the "
      "same segments. No cavitation. No e/o consolidation. IMPRESSION: Features suggestive of infective "
      "bronchiolitis ? Koch's etiology, ? atypical mycobacterial infection. Advised sputum examination."),
     {PBT}),
    ("esa-14", "en",
     ("Mosaic attenuation pattern is seen in bilateral lung fields with air trapping on expiratory images. "
      "Mild cylindrical bronchiectatic changes in bilateral lower lobes. IMPRESSION: Features suggestive of small "
      "airway disease, ? hypersensitivity pneumonitis. Advised clinical correlation."),
     {MOS, BRX}),
    ("esa-15", "en",
     ("A well defined soft tissue density nodule measuring 1.2 x 1.0 cm is seen in the posterior segment of right "
      "upper lobe. Few fibrotic strands are noted adjacent to it. No calcification within. No mediastinal "
      "lymphadenopathy. IMPRESSION: Solitary pulmonary nodule right upper lobe - ? granuloma, ? neoplastic. "
      "Advised CT-guided biopsy / follow-up."),
     {NOD, FIB}),
    ("esa-16", "en",
     ("Large heterogeneously enhancing mass lesion measuring 5.8 x 4.6 cm in the left upper lobe abutting the "
      "mediastinal pleura. Enlarged left hilar and subcarinal lymph nodes, largest 2.2 cm. Minimal left pleural "
      "effusion. IMPRESSION: Features suggestive of bronchogenic carcinoma left upper lobe with mediastinal nodal "
      "metastases. Advised HPE correlation."),
     {LN, PE}),
    ("esa-17", "en",
     ("Known case of carcinoma breast, post left MRM status. Few tiny nodules in bilateral lungs, largest 4 mm in "
      "right lower lobe - ? metastatic. Chemoport in situ in right chest wall with catheter tip in SVC. "
      "No pleural effusion. IMPRESSION: Few tiny bilateral pulmonary nodules - metastasis cannot be ruled out. "
      "Advised follow-up CT after 3 months."),
     {NOD, MM}),
    ("esa-18", "en",
     ("Comparison with previous CT dated 12/03/2023. Previously seen consolidation in right lower lobe has resolved. "
      "Interval resolution of right pleural effusion. Residual few fibrotic strands in right lower lobe. "
      "Heart is normal in size. IMPRESSION: Significant interval resolution, with residual fibrotic changes."),
     {FIB}),
    ("esa-19", "en",
     ("Small sliding hiatus hernia is noted. Bilateral lung fields are clear. Trachea and main bronchi are normal. "
      "No e/o consolidation/collapse. Heart is normal in size. Calcified atherosclerotic plaques in the aortic arch."),
     {HH, AWC}),
    ("esa-20", "en",
     ("Pericardial effusion measuring 12 mm in maximum thickness. Mild cardiomegaly is noted. Minimal bilateral "
      "pleural effusion with underlying passive atelectasis. IMPRESSION: Moderate pericardial effusion - "
      "? tubercular etiology. Advised echo correlation."),
     {PCE, CM, PE, ATL}),
    ("esa-21", "en",
     ("Few calcified granulomas are seen in the left upper lobe. Few calcified mediastinal lymph nodes are seen in "
      "the subcarinal region, largest 9 mm. No active parenchymal lesion. "
      "IMPRESSION: Features suggestive of healed granulomatous disease."),
     {NOD, LN}),
    ("esa-22", "en",
     ("Bilateral upper lobe fibro-cavitary lesions with volume loss and traction bronchiectasis. Thick walled cavity "
      "measuring 3.2 cm in right upper lobe. Pleural thickening at bilateral apices. No e/o pleural effusion. "
      "IMPRESSION: Post-Koch's sequelae. Advised clinical correlation."),
     {FIB, BRX}),
    ("esa-23", "en",
     ("Patchy areas of ground glass haziness in bilateral lungs with superimposed interlobular septal thickening "
      "giving a crazy paving appearance, predominantly peripheral. No pleural effusion. CO-RADS 5. "
      "IMPRESSION: Features suggestive of viral pneumonia. CT severity score 14/25."),
     {OPA, IST}),
    ("esa-24", "en",
     ("Endotracheal tube and Ryle's tube in situ. Right internal jugular central venous catheter in situ. "
      "Bilateral dependent consolidation in lower lobes with air bronchograms. Minimal bilateral pleural effusion. "
      "IMPRESSION: ? aspiration pneumonia. Advised clinical correlation."),
     {MM, CON, PE}),
    ("esa-25", "en",
     ("Heart size is at upper limit of normal. No pericardial effusion. Aorta is normal in calibre, no calcification. "
      "Bilateral lung fields are clear. Few sub-centimetric mediastinal lymph nodes, not enlarged. "
      "IMPRESSION: No significant abnormality detected."),
     set()),
    ("esa-26", "en",
     ("Permanent pacemaker in situ with leads in right atrium and right ventricle. Cardiomegaly is noted with CT "
      "ratio of 0.6. Coronary calcifications are seen. Bilateral lung fields are clear. No e/o pleural effusion."),
     {MM, CM, CAC}),
    ("esa-27", "en",
     ("Bronchiectatic changes with peribronchial thickening in bilateral lower lobes and right middle lobe, some "
      "showing mucoid impaction. Mosaic attenuation in bilateral lower lobes. No e/o consolidation. "
      "IMPRESSION: Features suggestive of bilateral bronchiectasis - ? post-infective. Advised sputum culture."),
     {BRX, PBT, MOS}),
    ("esa-28", "en",
     ("Subsegmental atelectasis is seen in bilateral lower lobes. Few tiny non-calcified nodules in right middle "
      "lobe, largest 3 mm. No emphysematous changes. Heart is normal in size. No e/o pleural effusion."),
     {ATL, NOD}),
    ("esa-29", "en",
     ("Subtle ground glass haziness in posterior basal segment of right lower lobe - ? early consolidation, "
      "? dependent changes. Rest of the lung fields are clear. No pleural effusion. "
      "IMPRESSION: ? early infective etiology. Advised follow-up."),
     {OPA, CON}),
    ("esa-30", "en",
     ("Right sided pleural effusion has resolved as compared to previous scan. Minimal residual pleural thickening "
      "at right base. Few fibrotic bands with linear atelectasis in right lower lobe. "
      "No e/o consolidation/collapse elsewhere."),
     {FIB, ATL}),
    ("esa-31", "en",
     ("Emphysema - nil. Consolidation - nil. Pleural effusion - nil. Cardiomegaly - nil. "
      "Mediastinal lymph nodes - sub-centimetric, largest 6 mm. IMPRESSION: Essentially normal study."),
     {LN}),
    ("esa-32", "en",
     ("Multiple variable sized nodules scattered in bilateral lung fields, largest 1.8 cm in left lower lobe - "
      "s/o metastases. Enlarged paratracheal lymph nodes measuring 1.5 cm. Mild right pleural effusion. "
      "IMPRESSION: Features suggestive of pulmonary metastases. Advised correlation with primary."),
     {NOD, LN, PE}),
    ("esa-33", "en",
     ("Miliary nodules are seen in bilateral lung fields with random distribution. Few enlarged necrotic "
      "mediastinal lymph nodes. No e/o pleural effusion. IMPRESSION: Features suggestive of miliary Koch's. "
      "Advised clinical correlation."),
     {NOD, LN}),
    ("esa-34", "en",
     ("Post right pneumonectomy status. Surgical clips are seen at right hilum. Mediastinal shift to right. "
      "Left lung shows mild compensatory hyperinflation, no focal lesion. No e/o left pleural effusion."),
     {MM}),
    ("esa-35", "en",
     ("Bilateral apical pleural thickening. Few fibrotic strands in bilateral apices. Mild bronchial wall "
      "thickening in bilateral lower lobes. No e/o bronchiectasis. Heart is normal in size. "
      "IMPRESSION: Minimal post-inflammatory fibrotic changes in bilateral apices."),
     {FIB, PBT}),
    ("esa-36", "en",
     ("Right lower lobe shows a thin walled cyst measuring 2.2 cm. No surrounding consolidation. "
      "No e/o pleural effusion. No significant lymphadenopathy. IMPRESSION: Simple lung cyst, right lower lobe. "
      "No other significant abnormality detected."),
     set()),
    ("esa-37", "en",
     ("Dilated oesophagus with air-fluid level, s/o achalasia cardia. No hiatus hernia. Patchy consolidation in "
      "bilateral posterior basal segments - ? aspiration. Heart is normal in size."),
     {CON}),
    ("esa-38", "en",
     ("Moderate right pleural effusion with underlying compressive atelectasis of right lower lobe. Pleural "
      "nodularity is not seen. Heart is normal in size. Sub-centimetric pretracheal node is noted. "
      "IMPRESSION: Moderate right pleural effusion - ? Koch's etiology. Advised pleural fluid analysis (ADA)."),
     {PE, ATL, LN}),
    ("esa-39", "en",
     ("Few linear fibrotic bands in lingula. Calcification of coronary arteries (LAD). Atherosclerotic calcification "
      "in aortic arch and descending aorta. Mild emphysematous changes in bilateral upper lobes. Heart is normal in "
      "size. IMPRESSION: Mild emphysema. Coronary artery calcification - advised cardiology opinion."),
     {FIB, CAC, AWC, EMP}),
    ("esa-40", "en",
     ("Bilateral lung fields are clear. Trachea and main bronchi are normal. Heart and great vessels are normal. "
      "No e/o pleural or pericardial effusion. Oesophagus is normal. No hiatal hernia. Visualised upper abdomen "
      "shows fatty liver. IMPRESSION: No significant abnormality in thorax. Fatty liver."),
     set()),
    ("esa-41", "en",
     ("Peribronchovascular consolidation with cavitation in right upper lobe. Tree-in-bud appearance in right lower "
      "lobe. Enlarged right paratracheal lymph node of 1.3 cm with central necrosis. No pleural effusion. "
      "IMPRESSION: Features suggestive of active pulmonary Koch's. Advised sputum CBNAAT."),
     {CON, LN}),
    ("esa-42", "en",
     ("Diffuse smooth interlobular septal thickening in bilateral lungs. Mild cardiomegaly. Moderate bilateral "
      "pleural effusion. Pericardial effusion - minimal. "
      "IMPRESSION: Features suggestive of congestive cardiac failure."),
     {IST, CM, PE, PCE}),
    ("esa-43", "en",
     ("Calcified granuloma in right middle lobe. No other nodule. No e/o emphysema. No lymphadenopathy. Heart is "
      "normal. IMPRESSION: Calcified granuloma right middle lobe - benign. No significant abnormality otherwise."),
     {NOD}),
    ("esa-44", "en",
     ("HRCT THORAX: No e/o ground glass opacities, interstitial thickening or honeycombing. No bronchiectasis. "
      "No mosaic attenuation. Few subpleural atelectatic bands in bilateral lower lobes. "
      "IMPRESSION: No evidence of ILD."),
     {ATL}),
    ("esa-45", "en",
     ("Right upper lobe shows a spiculated soft tissue density lesion measuring 2.6 x 2.2 cm with pleural tag. "
      "Emphysematous changes in bilateral upper lobes. Subcarinal lymph node measures 11 mm in short axis. "
      "IMPRESSION: Spiculated lesion right upper lobe - s/o neoplastic etiology. Advised PET-CT and biopsy."),
     {NOD, EMP, LN}),
    ("esa-46", "en",
     ("Follow-up case of COVID pneumonia. Previously seen ground glass opacities have resolved. Residual few "
      "subpleural fibrotic bands in bilateral lower lobes. No e/o consolidation. No pleural effusion."),
     {FIB}),
    ("esa-47", "en",
     ("Mild cardiomegaly is noted. Prosthetic mitral valve in situ. Left atrium is dilated. Minimal pericardial "
      "effusion. Bilateral lung fields are clear."),
     {CM, MM, PCE}),
    ("esa-48", "en",
     ("Ryle's tube in situ. Large hiatus hernia with intrathoracic stomach. Adjacent passive atelectasis in left "
      "lower lobe. No pleural effusion."),
     {MM, HH, ATL}),
    ("esa-49", "en",
     ("Patchy air space opacities in left lower lobe - ? infective. Few enlarged left hilar lymph nodes, largest "
      "12 mm. Minimal left pleural effusion. No cavitation. Advised follow-up after course of antibiotics."),
     {OPA, LN, PE}),
    ("esa-50", "en",
     ("Trachea and main bronchi are normal. Both hila are normal. Mediastinal lymph nodes are not enlarged. Heart is "
      "normal in size. Aortic knuckle calcification is seen. Bilateral lung fields are clear. "
      "IMPRESSION: Aortic atherosclerosis. No significant abnormality in lung parenchyma."),
     {AWC}),
    ("esa-51", "en",
     ("Bilateral diffuse cystic bronchiectasis with air-fluid levels in left lower lobe. Surrounding consolidation "
      "in left lower lobe. Mild mosaic attenuation elsewhere. IMPRESSION: Infected cystic bronchiectasis - "
      "? post-Koch's. Advised sputum culture."),
     {BRX, CON, MOS}),
    ("esa-52", "en",
     ("Known case of ILD on follow-up. Previous HRCT showed ground glass opacities. Present study: no ground glass "
      "opacities. Stable subpleural reticulations in bilateral lower lobes. No traction bronchiectasis. "
      "No honeycombing."),
     {FIB}),
    ("esa-53", "en",
     ("No e/o collapse/consolidation. Few tiny calcific foci in left coronary artery. Heart is normal in size. "
      "Thymic remnant is seen in anterior mediastinum. No significant lymphadenopathy."),
     {CAC}),
    ("esa-54", "en",
     ("Mild hyperlucency of bilateral upper lobes - early emphysematous changes cannot be ruled out. Patchy opacity "
      "in right lower lobe - ? atelectasis ? consolidation. No e/o pleural effusion. Heart is normal in size."),
     {EMP, ATL, CON, OPA}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
