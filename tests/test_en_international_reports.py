"""International-style chest CT reports (English): UK, Australia/NZ, Canada, India, Europe.

- British terse negations: "Nil pleural effusion", "No effusion/pneumothorax", "No collapse or consolidation".
- Hedges: "Query early consolidation", "? 6 mm nodule", "cannot be excluded", "probably", "likely".
- British spellings and abbreviations: oesophagus, oedema, haemothorax, atheroma; RUL, LLL, ETT, NG tube,
  CVC, PICC, ICD, PPM, CABG clips, sternotomy wires.
- Node size wording: "not enlarged by CT size criteria", "subcentimetre", "infracentimetric", "8 mm, not
  significantly enlarged" (0) against "enlarged ... 14 mm, likely reactive" (1).
- "Heart size is at the upper limit of normal" (0) against "cardiothoracic ratio increased" (1).
- Look-alikes that must not count: surgical / subcutaneous emphysema, thyroid / adrenal nodule, liver
  lesion, breast and costal cartilage calcification, pleural plaques, hepatic steatosis, "No pulmonary
  embolus" (PE abbreviation), resolved consolidation and effusion.
- Non-native English: "Not consolidation", "Not any pulmonary nodules", "Bronchiectasis are not observed",
  "Pleural spaces free", "condensation" (French for consolidation), "a focus of 7 mm", "pleura effusion",
  "Free fluid in pleural cavities is not determined", "Coronary calcifications absent".

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # --- UK ---
    ("intl-01", "en",
     ("CT thorax with contrast. Clinical details: productive cough, ?infection. "
     "Findings: Patchy consolidation in the right lower lobe with air bronchograms, in keeping with "
     "pneumonia. Small right pleural effusion. No pneumothorax. Mediastinal lymph nodes are not enlarged "
     "by CT size criteria. Heart size is normal; no pericardial effusion. "
     "Conclusion: Right lower lobe pneumonia with a small parapneumonic effusion."),
     {CON, PE}),
    ("intl-02", "en",
     ("CT chest, abdomen and pelvis for staging. Lungs: 9 mm solid nodule in the RUL (series 3, image 45). "
     "Further 3 mm subpleural nodule in the LLL, likely an intrapulmonary lymph node. No collapse or "
     "consolidation. Nil pleural effusion. Mediastinum: subcentimetre mediastinal nodes, not pathological "
     "by size criteria. Incidental 2 cm left thyroid nodule. Abdomen: hepatic steatosis. Adrenals normal."),
     {NOD}),
    ("intl-05", "en",
     ("CT chest (ICU). ETT tip 3 cm above the carina. NG tube passes below the diaphragm, tip in the "
     "stomach. Right IJ CVC with tip in the SVC. Bilateral moderate pleural effusions with adjacent "
     "compressive atelectasis of both lower lobes. No pneumothorax. Heart size is at the upper limit of "
     "normal. No pericardial effusion."),
     {MM, PE, ATL}),
    ("intl-08", "en",
     ("CT thorax. Lungs are clear. No focal consolidation, collapse or mass. No effusion/pneumothorax. "
     "No hilar or mediastinal lymphadenopathy. Heart size normal. Calcified atheroma in the thoracic "
     "aorta. Small sliding hiatus hernia. Conclusion: No acute intrathoracic pathology."),
     {AWC, HH}),
    ("intl-10", "en",
     ("CT thorax. Extensive surgical emphysema in the left chest wall tracking into the neck, with a left "
     "ICD in situ. Small residual left apical pneumothorax. No pleural effusion. The lungs show no "
     "emphysema. Left basal atelectasis."),
     {MM, ATL}),
    ("intl-14", "en",
     ("CT chest. Comparison is made with the CT of 3 months ago. The previously seen right lower lobe "
     "consolidation has resolved. The previous left pleural effusion has also resolved. Residual linear "
     "parenchymal band in the RLL in keeping with scarring. No new nodules. No lymphadenopathy."),
     {FIB}),
    ("intl-16", "en",
     ("Findings: Right PICC line with tip at the cavoatrial junction. Dual-chamber PPM with leads in the "
     "right atrium and right ventricle. Cardiothoracic ratio increased; cardiomegaly with left atrial "
     "enlargement. No pericardial effusion. Small bilateral effusions. Smooth septal lines at the bases "
     "in keeping with mild interstitial oedema."),
     {MM, CM, PE, IST}),
    ("intl-20", "en",
     ("CT chest. Indication: haemoptysis. The airways are patent with no endobronchial lesion and no "
     "bronchial wall thickening. No pulmonary nodule or mass. No consolidation, collapse or ground-glass "
     "change. No bronchiectasis. No pleural or pericardial effusion. No mediastinal or hilar "
     "lymphadenopathy. No aortic calcification. No lines or tubes. "
     "Conclusion: No cause for haemoptysis identified."),
     set()),
    ("intl-23", "en",
     ("CT thorax. Multiple enlarged mediastinal and bilateral axillary lymph nodes; differential includes "
     "lymphoma or sarcoidosis. Perilymphatic micronodules along both fissures. No consolidation. "
     "No effusion. Bilateral coarse breast calcifications, likely benign. Costal cartilage calcification."),
     {LN, NOD}),
    ("intl-26", "en",
     ("CT thorax. Indication: weight loss, smoker. ? 6 mm nodule in the apical segment of the LLL - could "
     "represent a vessel seen end-on; suggest follow-up CT in 6 months. No consolidation. No pleural "
     "effusion. Mild paraseptal emphysema at the apices. Aortic arch calcification."),
     {NOD, EMP, AWC}),
    ("intl-29", "en",
     ("CT chest. Previous right upper lobectomy with surgical clips at the right hilum. No evidence of "
     "local recurrence. New 11 mm nodule in the left lower lobe, suspicious for metastasis. Minor right "
     "pleural thickening. No pleural effusion. No lymphadenopathy. No pericardial effusion."),
     {MM, NOD}),
    ("intl-33", "en",
     ("CT chest following a fall. Subcutaneous emphysema over the right chest wall with fractures of the "
     "right 6th to 8th ribs. Small right pleural effusion, likely haemothorax. Pulmonary contusion in the "
     "right lower lobe appearing as patchy ground-glass opacity. No pneumothorax. No pneumomediastinum."),
     {PE, OPA}),
    ("intl-36", "en",
     ("CT chest. Bilateral partially calcified pleural plaques, in keeping with previous asbestos "
     "exposure. No pleural effusion. Subpleural curvilinear lines and fine reticulation at both bases; "
     "early fibrosis cannot be excluded. No honeycombing. Lungs otherwise clear."),
     {FIB}),
    ("intl-39", "en",
     ("CT chest. No features of interstitial lung disease. No traction bronchiectasis or honeycombing. "
     "No ground glass. No mosaicism or gas trapping on the expiratory views. Mild bronchial wall "
     "thickening only. Oesophagus unremarkable; no hiatus hernia."),
     {PBT}),
    ("intl-43", "en",
     ("CT chest. Findings: There is patchy consolidation in the lingula and left lower lobe. Enlarged "
     "subcarinal lymph node measuring 14 mm, likely reactive. Left pleural effusion. Coronary artery "
     "calcification. Impression: Appearances are in keeping with left-sided pneumonia with reactive "
     "lymphadenopathy; underlying malignancy not excluded."),
     {CON, LN, PE, CAC}),
    # --- Australia / New Zealand ---
    ("intl-03", "en",
     ("HRCT chest. There is subpleural reticulation with traction bronchiectasis and honeycombing, basal "
     "predominant, in keeping with a UIP pattern. Interlobular septal thickening is present at both "
     "bases. No ground-glass opacity. No mosaicism on the expiratory images. Reactive mediastinal "
     "lymphadenopathy, the largest subcarinal node measuring 14 mm short axis."),
     {FIB, BRX, IST, LN}),
    ("intl-09", "en",
     ("CT chest. Bronchial wall thickening in both lower lobes with scattered tree-in-bud change and "
     "patchy ground-glass opacity in the RLL, in keeping with infective bronchiolitis. Mild cylindrical "
     "bronchiectasis in the middle lobe. Stable 5 mm nodule in the LUL. No consolidation. No pleural "
     "effusion. No lymphadenopathy."),
     {PBT, OPA, BRX, NOD}),
    ("intl-15", "en",
     ("CT chest for ?PE. No pulmonary emboli. Query early consolidation in the posterior basal segment "
     "of the RLL. Minor bibasal dependent atelectasis. Heart and pericardium unremarkable. No pleural "
     "effusion. Mild aortic calcification."),
     {CON, ATL, AWC}),
    ("intl-18", "en",
     ("CT chest. Lungs: Mosaic attenuation with areas of gas trapping on expiratory imaging, in keeping "
     "with small airways disease. Mild bronchial wall thickening. No bronchiectasis. No nodules. "
     "Pleura: Nil effusion. Mediastinum: no lymphadenopathy. Heart: normal size."),
     {MOS, PBT}),
    ("intl-24", "en",
     ("CT chest. Moderate centrilobular and paraseptal emphysema. Large bulla at the right apex measuring "
     "8 cm. Bronchial wall thickening. No focal consolidation. Subsegmental atelectasis at the left "
     "base. Heart size normal, no pericardial effusion."),
     {EMP, PBT, ATL}),
    ("intl-30", "en",
     ("CT chest. Lungs are clear. No emphysema. No bronchiectasis. No mosaicism. No interlobular septal "
     "thickening. Large hiatus hernia containing the gastric fundus. Coronary artery calcification, "
     "predominantly of the left anterior descending. The heart is not enlarged."),
     {HH, CAC}),
    ("intl-35", "en",
     ("CT chest. Clinical: ?malignancy. 4 cm right hilar mass with collapse of the right upper lobe "
     "(Golden S sign). Enlarged right paratracheal node, 16 mm. No convincing pleural effusion. "
     "Incidental small liver lesion, likely a cyst. Atherosclerotic calcification in the descending aorta."),
     {NOD, ATL, LN, AWC}),
    ("intl-40", "en",
     ("CT chest. Lines and tubes: right-sided ICD with tip at the apex; left subclavian CVC with tip in "
     "the SVC. The right pneumothorax has almost resolved. Consolidation in the left lower lobe, probably "
     "aspiration. Small left effusion. Mild septal thickening."),
     {MM, CON, PE, IST}),
    # --- Canada ---
    ("intl-06", "en",
     ("CT pulmonary angiogram. No pulmonary embolus. The heart is enlarged, with a small pericardial "
     "effusion. Interlobular septal thickening and bilateral ground-glass opacities, in keeping with "
     "pulmonary oedema. Small bilateral pleural effusions. Sternotomy wires and CABG clips noted. Dense "
     "coronary artery calcification."),
     {CM, PCE, IST, OPA, PE, MM, CAC}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("intl-12", "en",
     ("CT chest with contrast. 3.2 cm spiculated mass in the left upper lobe abutting the pleura, highly "
     "suspicious for primary bronchogenic carcinoma. Enlarged left hilar and AP window lymph nodes up "
     "to 1.8 cm. Distal subsegmental atelectasis in the LUL. No pleural effusion."),
     {LN, ATL}),
    ("intl-21", "en",
     ("Findings: The oesophagus is patulous with a moderate hiatus hernia. Lungs: bibasal atelectasis. "
     "No suspicious pulmonary nodules. No effusion. Heart size normal. Aortic valve prosthesis in situ. "
     "Coronary artery calcification is noted."),
     {HH, ATL, MM, CAC}),
    ("intl-27", "en",
     ("CT chest. The heart is mildly enlarged. Small pericardial effusion measuring up to 8 mm. Bilateral "
     "pleural effusions, left greater than right, with adjacent passive atelectasis. Mild interlobular "
     "septal thickening. Enlarged 12 mm prevascular lymph node, likely reactive to cardiac failure."),
     {CM, PCE, PE, ATL, IST, LN}),
    ("intl-34", "en",
     ("CT chest. Findings consistent with hypersensitivity pneumonitis: diffuse ill-defined centrilobular "
     "ground-glass opacity, mosaic attenuation and air trapping on expiratory images. No fibrosis. "
     "No honeycombing. No lymphadenopathy. No pleural effusion."),
     {OPA, MOS}),
    ("intl-41", "en",
     ("CT chest. Indication: follow-up of an incidental thyroid nodule. The 1.8 cm right thyroid nodule is "
     "unchanged. Lungs are clear with no pulmonary nodules. No lymphadenopathy. Heart size within normal "
     "limits. No pericardial effusion. Fatty infiltration of the liver."),
     set()),
    # --- India ---
    ("intl-04", "en",
     ("Plain CT thorax. Bilateral upper lobe centrilobular emphysema with few paraseptal bullae. Fibrotic "
     "strands seen in the right apex, sequelae of old healed tuberculosis. Calcified mediastinal lymph "
     "nodes noted, not enlarged. Atherosclerotic calcification in the aortic arch and coronary arteries. "
     "Heart is normal in size. No pleural effusion. Impression: Emphysema. Post-tubercular fibrotic "
     "sequelae in right upper lobe."),
     {EMP, FIB, AWC, CAC}),
    ("intl-11", "en",
     ("HRCT thorax. Multiple ill-defined ground glass opacities with interlobular septal thickening "
     "(crazy paving) in bilateral lower lobes, peripheral in distribution. CT severity score 14/25. "
     "No consolidation. No pleural or pericardial effusion. Mediastinal nodes are subcentimetric. "
     "Impression: Findings suggestive of viral pneumonia (COVID-19), CO-RADS 5."),
     {OPA, IST}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("intl-19", "en",
     ("CECT thorax. A well-defined heterogeneously enhancing mass lesion measuring 5.4 x 4.8 cm in the "
     "right lower lobe with areas of necrosis. Multiple enlarged necrotic mediastinal and right hilar "
     "lymph nodes. Moderate right pleural effusion with underlying passive collapse. Mild pericardial "
     "effusion. Impression: Likely bronchogenic carcinoma with nodal metastases."),
     {LN, PE, ATL, PCE}),
    ("intl-25", "en",
     ("HRCT chest. Bilateral cystic bronchiectasis with mucus plugging, more in the lower lobes. "
     "Peribronchial thickening present. Few fibrotic bands in the lingula. Mild mosaic attenuation. "
     "No pleural effusion."),
     {BRX, PBT, FIB, MOS}),
    ("intl-31", "en",
     ("NCCT chest. Post-tubercular sequelae in the right upper lobe in the form of fibrotic strands and "
     "traction bronchiectasis. Few calcified nodules in the right upper lobe. No active consolidation. "
     "Mild bilateral pleural thickening. No pleural effusion."),
     {FIB, BRX, NOD}),
    ("intl-37", "en",
     ("CT thorax. Cardiomegaly with gross pericardial effusion. Bilateral pleural effusion with passive "
     "atelectasis of bilateral lower lobes. Smooth interlobular septal thickening seen. No lung nodules."),
     {CM, PCE, PE, ATL, IST}),
    ("intl-44", "en",
     ("CECT chest. Bilateral lower lobe varicose bronchiectasis with peribronchial thickening and "
     "tree-in-bud opacities, suggestive of infective exacerbation. Few mediastinal lymph nodes, largest "
     "8 mm, not significantly enlarged. Mild cardiomegaly. No pleural effusion. Sternotomy wires noted. "
     "Moderate hiatus hernia."),
     {BRX, PBT, OPA, CM, MM, HH}),
    # --- Europe (non-native English) ---
    ("intl-07", "en",
     ("Thorax CT without contrast. In both lungs there are ground glass areas, more in the lower lobes, "
     "suggestive for viral pneumonia. Not consolidation. No pleural fluid. Mediastinum without "
     "pathological lymph nodes. Heart dimension normal. Small hiatal hernia."),
     {OPA, HH}),
    ("intl-13", "en",
     ("CT of the thorax. Known emphysema of centrilobular type, predominant in the upper fields. Not any "
     "pulmonary nodules. Air trapping in expiration in both lower lobes. Bronchial walls are thickened. "
     "Coronary calcifications of three vessels. Cardiac size normal. No effusions."),
     {EMP, MOS, PBT, CAC}),
    ("intl-17", "en",
     ("Chest CT. Lung parenchyma with no evidence of focal lesions nor consolidations. No pleural "
     "effusion. Mediastinal lymph nodes of non significant size. Atherosclerotic calcification of the "
     "thoracic aorta and of the supra-aortic vessels. Hiatal hernia of small size. Incidental 12 mm "
     "left adrenal nodule, likely adenoma."),
     {AWC, HH}),
    ("intl-22", "en",
     ("CT thorax. Conclusion: no signs of pulmonary embolism. Ground glass opacities in right upper lobe, "
     "probably infectious. There is also a small pleura effusion on right side. No lymphadenopathy. "
     "Heart is normal sized. Some calcification of aorta."),
     {OPA, PE, AWC}),
    ("intl-28", "en",
     ("Thoracic CT scanner. Absence of pulmonary nodule. Absence of pleural effusion. Presence of a right "
     "lower lobe condensation with air bronchogram, compatible with pneumopathy. Mediastinal adenopathies "
     "infracentimetric, not significant. Aortic calcifications."),
     {CON, AWC}),
    ("intl-32", "en",
     ("CT thorax native. Pronounced pulmonary emphysema. In the left lower lobe a round lesion of 14 mm, "
     "suspicious. Lymph nodes mediastinal not enlarged. Minimal pleural effusion on both sides. Hiatus "
     "hernia. Coronary sclerosis with calcifications."),
     {EMP, NOD, PE, HH, CAC}),
    ("intl-38", "en",
     ("Thoracic CT. Pacemaker generator in left pectoral region with electrodes in right cavities. "
     "Cardiomegaly. No pericardial effusion. Peribronchial thickening in both lower lobes. "
     "Bronchiectasis are not observed. Pleural spaces free."),
     {MM, CM, PBT}),
    ("intl-42", "en",
     ("CT of chest organs. In the S6 segment of the right lung there is a focus of 7 mm. Mediastinal "
     "lymph nodes are not enlarged. Fibrotic changes in the lower lobes. The heart is not enlarged. "
     "Calcification of the aortic walls and of coronary arteries. Free fluid in pleural cavities is not "
     "determined."),
     {NOD, FIB, AWC, CAC}),
    ("intl-45", "en",
     ("CT thorax. Lungs: emphysema centrilobular moderate. Ground glass opacities not seen. Septal "
     "thickening absent. Mosaic pattern absent. Heart: normal dimensions, pericardium without effusion. "
     "Vessels: calcified plaques of aorta. Coronary calcifications absent."),
     {EMP, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("intl-35", NOD): "CT-RATE convention: a lung mass (3 cm or more) alone is not labelled Lung nodule",
    ('intl-28', LN): 'CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy',
    ('intl-44', OPA): "an opacity named in a clause with peribronchial thickening is read as that finding's density, as CT-RATE labels it",
}


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
