"""English chest CT reports whose impressions weigh differentials and hedge.

The probe covers full English reports (indication, findings, impression) in which the
radiologist reasons about differential diagnoses:

- hedged positives: "favored to represent", "differential considerations include",
  "likely reflects", "suggestive of", "compatible with", "equivocal", "questionable",
  "cannot be entirely excluded", "not excluded", "possibly", "probably" (all 1);
- hedged negatives: "unlikely", "doubtful", "no convincing evidence of",
  "without CT evidence of", "no definite", "no findings to suggest" (all 0);
- "X rather than Y", where the rejected alternative Y is 0;
- Fleischner-style follow-up recommendations; a finding named only in a recommendation
  to exclude it is 0;
- "clinical correlation for infection is recommended" and indication lines
  ("evaluate for PE" = pulmonary embolism, "r/o pneumonia"), which are not findings;
- resolved / removed findings, disease names containing a finding word ("cystic fibrosis"),
  and plain positives mixed with explicit denials in every report.

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("edd-01", "en",
     ("Indication: Evaluate for PE. Shortness of breath.\n"
     "Findings: No filling defect in the pulmonary arteries to suggest pulmonary embolism. "
     "Heart size is normal. No pericardial effusion. Mild atherosclerotic calcification of the "
     "aortic arch. No coronary artery calcification. No mediastinal, hilar or axillary "
     "lymphadenopathy. Dependent bibasilar subsegmental atelectasis. No pleural effusion. "
     "No consolidation. No pulmonary nodules.\n"
     "Impression: 1. No pulmonary embolism. 2. Bibasilar atelectasis, which likely reflects "
     "hypoventilation."),
     {AWC, ATL}),
    ("edd-02", "en",
     ("Indication: r/o pneumonia. Fever and productive cough.\n"
     "Findings: There is consolidation in the right lower lobe with air bronchograms and "
     "surrounding ground-glass opacity. Small right pleural effusion. Mildly enlarged right hilar "
     "lymph node measuring 1.2 cm in short axis, likely reactive. No emphysema. No bronchiectasis. "
     "The heart is normal in size.\n"
     "Impression: Right lower lobe consolidation suggestive of pneumonia, with a small "
     "parapneumonic effusion. Clinical correlation for infection is recommended. Follow-up CT in "
     "8 weeks after treatment is recommended to document resolution and to exclude an underlying "
     "mass."),
     {CON, OPA, PE, LN}),
    ("edd-03", "en",
     ("Findings: Moderate centrilobular emphysema with upper lobe predominance. A 5 mm solid nodule "
     "in the right upper lobe. No consolidation or ground-glass opacity. No pleural or pericardial "
     "effusion. Coronary artery calcifications in the LAD and RCA. The thoracic aorta is normal in "
     "caliber without calcification. No hiatal hernia.\n"
     "Impression: 1. Centrilobular emphysema. 2. 5 mm right upper lobe nodule, probably benign; "
     "per Fleischner guidelines, optional follow-up CT at 12 months in a high-risk patient. "
     "3. Coronary atherosclerosis."),
     {EMP, NOD, CAC}),
    ("edd-04", "en",
     ("Findings: The heart is enlarged. Small pericardial effusion. Bilateral pleural effusions, "
     "moderate on the right and small on the left, with adjacent compressive atelectasis. Smooth "
     "interlobular septal thickening and patchy ground-glass opacity in both lungs. No "
     "consolidation. Mildly enlarged mediastinal lymph nodes up to 1.1 cm, possibly reactive to "
     "congestion. Median sternotomy wires are intact.\n"
     "Impression: Findings are favored to represent pulmonary edema in the setting of "
     "cardiomegaly. Differential considerations include superimposed infection, which is less "
     "likely given the distribution."),
     {CM, PCE, PE, ATL, IST, OPA, LN, MM}),
    ("edd-05", "en",
     ("Findings: In the left lower lobe there is a 3 cm subpleural focus of rounded atelectasis "
     "with a comet-tail configuration of the bronchovascular bundles, adjacent to pleural "
     "thickening. No pleural effusion. No emphysema. No lymphadenopathy. Aortic and coronary "
     "artery calcifications are present.\n"
     "Impression: Rounded atelectasis in the left lower lobe rather than a mass. No follow-up is "
     "required for this finding."),
     {ATL, AWC, CAC}),
    ("edd-06", "en",
     ("Indication: Chronic dyspnea.\n"
     "Findings: Mosaic attenuation pattern throughout both lungs with air trapping on expiratory "
     "images. Mild bronchial wall thickening in the lower lobes. No bronchiectasis. No emphysema. "
     "No interlobular septal thickening. No ground-glass opacity. No pulmonary nodules. Heart size "
     "is normal, with no pericardial effusion. No pleural effusion.\n"
     "Impression: Mosaic attenuation with air trapping, compatible with constrictive bronchiolitis "
     "or another small airways disease. No CT evidence of fibrosis."),
     {MOS, PBT}),
    ("edd-07", "en",
     ("Findings: Subpleural reticulation with basal predominance, traction bronchiectasis and "
     "honeycombing in both lower lobes, compatible with a usual interstitial pneumonia pattern of "
     "pulmonary fibrosis. No ground-glass opacity or consolidation. Mildly enlarged mediastinal "
     "lymph nodes, up to 13 mm, as commonly seen with fibrotic lung disease. Small hiatal hernia. "
     "No pleural effusion. The heart is normal in size.\n"
     "Impression: Pulmonary fibrosis in a UIP pattern. Mediastinal lymphadenopathy, likely "
     "reactive."),
     {FIB, BRX, LN, HH}),
    ("edd-08", "en",
     ("Impression: Patchy ground-glass opacity in the right middle lobe, possibly infectious or "
     "inflammatory. No consolidation. No pleural effusion. Clinical correlation for infection is "
     "recommended. Follow-up CT in 3 months is advised to ensure resolution and to exclude an "
     "underlying nodule."),
     {OPA}),
    ("edd-09", "en",
     ("Findings: 9 mm part-solid nodule in the left upper lobe. Mediastinal lymph nodes are "
     "subcentimeter; lymphadenopathy is unlikely. No pleural effusion. Mild paraseptal emphysema. "
     "Atherosclerotic calcification of the descending aorta. Heart size is normal.\n"
     "Impression: Part-solid left upper lobe nodule, suspicious for a lesion of the adenocarcinoma "
     "spectrum. Per Fleischner guidelines, follow-up CT in 3 to 6 months is recommended. No "
     "metastatic lymphadenopathy."),
     {NOD, EMP, AWC}),
    ("edd-10", "en",
     ("Findings: Dense consolidation in the left lower lobe with air bronchograms and preserved "
     "lobar volume; this is unlikely to represent atelectasis. Moderate left pleural effusion. No "
     "pericardial effusion. The right lung is clear. Right internal jugular central venous "
     "catheter with its tip at the cavoatrial junction. No lymphadenopathy.\n"
     "Impression: Left lower lobe consolidation, favored to represent pneumonia. Moderate left "
     "pleural effusion; empyema cannot be entirely excluded."),
     {CON, PE, MM}),
    ("edd-11", "en",
     ("Findings: At the right lung apex there is a 7 mm irregular focus. Differential "
     "considerations include focal scarring and a small pulmonary nodule. Elsewhere the lungs are "
     "clear. No emphysema. No pleural effusion. No mediastinal lymphadenopathy. No coronary artery "
     "calcification.\n"
     "Impression: Indeterminate 7 mm right apical lesion, scar versus nodule. Follow-up CT in 6 "
     "to 12 months is recommended."),
     {FIB, NOD}),
    ("edd-12", "en",
     ("Indication: r/o pneumonia.\n"
     "Findings: No indwelling lines or devices. The lungs are clear. No consolidation, "
     "ground-glass opacity or pulmonary nodules. No mosaic attenuation or interlobular septal "
     "thickening. No pleural effusion. No pericardial effusion. Heart size is normal. No "
     "lymphadenopathy. No emphysema. No bronchiectasis or bronchial wall thickening. The thoracic "
     "aorta is normal in caliber without atherosclerotic calcification. No hiatal hernia.\n"
     "Impression: No CT evidence of pneumonia."),
     set()),
    ("edd-13", "en",
     ("History: Right upper lobectomy for lung cancer 2 years ago.\n"
     "Findings: Postsurgical changes of right upper lobectomy with a surgical staple line at the "
     "bronchial stump. Linear fibrotic changes adjacent to the staple line. No nodule at the "
     "staple line to suggest recurrence. No pulmonary nodules. No mediastinal or hilar "
     "lymphadenopathy. Small loculated right pleural effusion, unchanged. No pericardial effusion. "
     "Mild cardiomegaly.\n"
     "Impression: Stable postoperative appearance without CT evidence of recurrent disease. No "
     "findings to suggest lymph node metastasis."),
     {MM, FIB, PE, CM}),
    ("edd-14", "en",
     ("Findings: Diffuse pericardial thickening measuring up to 5 mm with a small pericardial "
     "effusion. Heart size is normal. No pleural effusion. Lungs: mild bilateral lower lobe "
     "bronchiectasis with peribronchial thickening. Mild mosaic attenuation, which likely reflects "
     "air trapping. No consolidation. No nodules. No lymphadenopathy.\n"
     "Impression: Pericardial thickening and small effusion, which may reflect pericarditis; "
     "clinical correlation is recommended. Mild lower lobe bronchiectasis."),
     {PCE, BRX, PBT, MOS}),
    ("edd-15", "en",
     ("Findings: Questionable small hiatal hernia. The esophagus is otherwise unremarkable. "
     "Calcified plaque at the origins of the great vessels and along the aortic arch. Three-vessel "
     "coronary artery calcification. Mild cardiomegaly. No pericardial effusion. Lungs: mild "
     "centrilobular emphysema. Linear atelectasis in the lingula. No nodules. No pleural "
     "effusion.\n"
     "Impression: 1. Coronary artery and aortic atherosclerotic disease. 2. Mild emphysema. "
     "3. Possible small hiatal hernia."),
     {HH, AWC, CAC, CM, EMP, ATL}),
    ("edd-16", "en",
     ("Findings: Equivocal mild interlobular septal thickening at the lung bases. No ground-glass "
     "opacity. No pleural effusions. Heart size is normal. No pericardial effusion. No coronary "
     "artery calcification. No lymphadenopathy. Pacemaker with leads in the right atrium and right "
     "ventricle.\n"
     "Impression: Equivocal mild septal thickening at the bases; early interstitial edema is not "
     "excluded. No pleural effusion."),
     {IST, MM}),
    ("edd-17", "en",
     ("Indication: Nodule seen on chest radiograph.\n"
     "Findings: No definite pulmonary nodule. Minimal dependent atelectasis at the bases. No "
     "consolidation. No definite lymphadenopathy. No emphysema. Aortic atherosclerotic "
     "calcification. The heart is normal in size. No pleural or pericardial effusion.\n"
     "Impression: No pulmonary nodule is seen on CT; the finding questioned on the radiograph "
     "likely reflected overlapping vascular shadows."),
     {ATL, AWC}),
    ("edd-18", "en",
     ("Findings: Bilateral peripheral ground-glass opacities with superimposed interlobular septal "
     "thickening in a crazy-paving pattern. Small foci of consolidation in the lower lobes. No "
     "pleural effusion. No lymphadenopathy. No pulmonary nodules.\n"
     "Impression: Findings suggestive of viral pneumonia, including COVID-19. Clinical correlation "
     "for infection is recommended."),
     {OPA, IST, CON}),
    ("edd-19", "en",
     ("Indication: Follow-up of lung nodules. History of colon cancer.\n"
     "Technique: Contrast-enhanced CT of the chest.\n"
     "Findings:\n"
     "Lines/tubes: Left chest wall port with catheter tip in the SVC.\n"
     "Mediastinum: Heart size is normal. No pericardial effusion. Enlarged subcarinal lymph node "
     "measuring 1.8 cm, increased from 1.2 cm. Right hilar lymphadenopathy.\n"
     "Lungs: Multiple bilateral pulmonary nodules, the largest measuring 14 mm in the left lower "
     "lobe, increased in size, compatible with metastases. No consolidation. No pleural effusion.\n"
     "Upper abdomen: Cholecystectomy clips. Hypodense liver lesions, possibly metastatic.\n"
     "Impression: Progression of pulmonary metastases and mediastinal and hilar lymphadenopathy."),
     {MM, LN, NOD}),
    ("edd-20", "en",
     ("Findings: Marked cardiomegaly with biventricular enlargement. Dual-chamber ICD with leads in "
     "the right atrium and right ventricle. No pericardial effusion. Small bilateral pleural "
     "effusions. Bibasilar passive atelectasis. Mild interlobular septal thickening and "
     "peribronchial thickening, compatible with mild interstitial edema. Coronary artery "
     "calcifications. Calcification of the aortic valve leaflets. No hiatal hernia.\n"
     "Impression: Cardiomegaly with mild interstitial edema and small pleural effusions."),
     {CM, MM, PE, ATL, IST, PBT, CAC}),
    ("edd-21", "en",
     ("Findings: Fibrotic bands in the right upper lobe with associated traction bronchiectasis, "
     "likely post-infectious sequelae of prior granulomatous disease. Calcified mediastinal lymph "
     "nodes, not enlarged. No consolidation. No pleural effusion. The heart is normal in size. No "
     "pericardial effusion.\n"
     "Impression: Post-inflammatory fibrotic changes in the right upper lobe. No findings to "
     "suggest active infection."),
     {FIB, BRX}),
    ("edd-22", "en",
     ("Findings: The heterogeneous lung attenuation represents mosaic attenuation due to air "
     "trapping rather than ground-glass opacity; the low-attenuation areas become more conspicuous "
     "on expiratory imaging. Bronchial wall thickening in both lower lobes. Mild cylindrical "
     "bronchiectasis in the right middle lobe. No nodules. No pleural effusion. No "
     "lymphadenopathy.\n"
     "Impression: Mosaic attenuation with air trapping and mild bronchiectasis, suggestive of "
     "small airways disease."),
     {MOS, PBT, BRX}),
    ("edd-23", "en",
     ("Findings: Endotracheal tube tip 4 cm above the carina. Nasogastric tube in the stomach. "
     "Consolidation in the posterior segments of both lower lobes, probably due to aspiration, "
     "versus atelectasis. Small bilateral pleural effusions. No pneumothorax. Heart size is normal. "
     "No pericardial effusion. No lymphadenopathy.\n"
     "Impression: Bilateral lower lobe consolidation, probably aspiration; atelectasis is a "
     "differential consideration."),
     {MM, CON, ATL, PE}),
    ("edd-24", "en",
     ("Findings: Mild centrilobular emphysema. Prone images of the lung bases show no convincing "
     "evidence of pulmonary fibrosis, honeycombing or traction bronchiectasis. No mosaic "
     "attenuation. No ground-glass opacity. No pleural effusion. Heart size is normal. Coronary "
     "calcification in the LAD.\n"
     "Impression: Mild emphysema. No convincing evidence of interstitial fibrosis."),
     {EMP, CAC}),
    ("edd-25", "en",
     ("Findings: Bulky anterior mediastinal and bilateral supraclavicular lymphadenopathy, the "
     "largest conglomerate measuring 6 cm. Enlarged bilateral axillary lymph nodes. Small "
     "pericardial effusion. Small left pleural effusion. No pulmonary nodules. No consolidation.\n"
     "Impression: Extensive lymphadenopathy, favored to represent lymphoma. Differential "
     "considerations include metastatic disease."),
     {LN, PCE, PE}),
    ("edd-26", "en",
     ("Findings: Symmetric bilateral hilar and mediastinal lymphadenopathy. Numerous perilymphatic "
     "micronodules along the bronchovascular bundles and fissures in the upper lobes. No "
     "consolidation. No mosaic attenuation. No fibrosis. No pleural effusion. Heart size is "
     "normal.\n"
     "Impression: Findings suggestive of sarcoidosis. No CT evidence of fibrotic lung disease."),
     {LN, NOD}),
    ("edd-27", "en",
     ("Findings: Large hiatal hernia containing most of the stomach. Compressive atelectasis of the "
     "adjacent left lower lobe. No consolidation. No pleural effusion. Heart size is normal. Mild "
     "atherosclerotic calcification of the thoracic aorta; no coronary artery calcification. No "
     "emphysema.\n"
     "Impression: Large hiatal hernia with adjacent atelectasis."),
     {HH, ATL, AWC}),
    ("edd-28", "en",
     ("Impression: 1. Small left pleural effusion, probably reactive. 2. 3 mm perifissural nodule "
     "in the right lower lobe, probably an intrapulmonary lymph node; no follow-up is required per "
     "Fleischner guidelines. 3. No lymphadenopathy. 4. No consolidation."),
     {PE, NOD}),
    ("edd-29", "en",
     ("Findings: Subtle increased density in the left lower lobe, for which an early infiltrate "
     "cannot be entirely excluded. Bronchial wall thickening. No pleural effusion. No "
     "lymphadenopathy. No emphysema. Heart size is normal.\n"
     "Impression: Possible early infiltrate in the left lower lobe. Bronchitic changes. Clinical "
     "correlation for infection is recommended."),
     {OPA, PBT}),
    ("edd-30", "en",
     ("Findings: Peribronchovascular ground-glass opacity in both lower lobes with subpleural "
     "sparing, fine reticulation and mild traction bronchiectasis. No definite honeycombing. No "
     "consolidation. The esophagus is dilated, with a small hiatal hernia. No lymphadenopathy. No "
     "pleural effusion.\n"
     "Impression: Fibrotic nonspecific interstitial pneumonia pattern, compatible with connective "
     "tissue disease related interstitial lung disease such as scleroderma, rather than usual "
     "interstitial pneumonia."),
     {OPA, FIB, BRX, HH}),
    ("edd-31", "en",
     ("Indication: Line placement.\n"
     "Findings: Right subclavian central venous catheter with its tip in the distal SVC. No "
     "pneumothorax. No pleural effusion. The lungs are clear without consolidation or ground-glass "
     "opacity. No pulmonary nodules. Heart size is normal. No pericardial effusion. No "
     "lymphadenopathy. No emphysema."),
     {MM}),
    ("edd-32", "en",
     ("Findings: The previously seen right chest tube has been removed. The right pleural effusion "
     "has resolved. Residual linear atelectasis at the right base. No consolidation. No "
     "pericardial effusion. No lymphadenopathy. Atherosclerotic calcifications of the aorta and "
     "coronary arteries.\n"
     "Impression: Resolution of the right pleural effusion following chest tube removal. Residual "
     "subsegmental atelectasis."),
     {ATL, AWC, CAC}),
    ("edd-33", "en",
     ("Indication: Evaluate for PE. Pleuritic chest pain.\n"
     "Findings: Filling defects in the right lower lobe segmental pulmonary arteries, compatible "
     "with acute pulmonary embolism. Wedge-shaped peripheral consolidation in the right lower "
     "lobe, suggestive of pulmonary infarction. Small right pleural effusion. Heart size is "
     "normal, with an RV/LV ratio below 1. No pericardial effusion. No lymphadenopathy.\n"
     "Impression: Acute right lower lobe segmental pulmonary embolism with probable infarct and a "
     "small pleural effusion."),
     {CON, PE}),
    ("edd-34", "en",
     ("Findings: Diffuse cylindrical and varicose bronchiectasis with marked bronchial wall "
     "thickening and mucus plugging, upper lobe predominant. Mosaic attenuation. Enlarged hilar "
     "lymph nodes, likely reactive. No pleural effusion. No pericardial effusion.\n"
     "Impression: Extensive bronchiectasis compatible with cystic fibrosis."),
     {BRX, PBT, MOS, LN}),
    ("edd-35", "en",
     ("Indication: Current smoker, lung cancer screening.\n"
     "Findings: Two solid nodules in the right lower lobe measuring 4 and 5 mm. The lungs are "
     "without CT evidence of emphysema. No bronchial wall thickening. Mild coronary artery "
     "calcification. No aortic calcification. Heart size is normal. No lymphadenopathy. No pleural "
     "effusion.\n"
     "Impression: Lung-RADS 2, benign appearance. Continue annual screening low-dose CT in 12 "
     "months."),
     {NOD, CAC}),
    ("edd-36", "en",
     ("Findings: Status post median sternotomy and aortic valve replacement with a mechanical "
     "prosthesis. Mild cardiomegaly. Trace pericardial effusion. Small bilateral pleural effusions "
     "with adjacent atelectasis. Extensive atherosclerotic calcification of the thoracic aorta. No "
     "consolidation. No nodules.\n"
     "Impression: Postoperative changes. Small bilateral pleural effusions."),
     {MM, CM, PCE, PE, ATL, AWC}),
    ("edd-37", "en",
     ("Findings: 6 mm solid nodule in the right upper lobe, unchanged for 2 years. No "
     "consolidation. Mild paraseptal emphysema at the apices. Mediastinal lymph nodes measure up "
     "to 9 mm in short axis; pathologic lymphadenopathy is doubtful. No pleural effusion. Small "
     "hiatal hernia.\n"
     "Impression: Stable 6 mm solid nodule over 2 years, consistent with a benign nodule; no "
     "further follow-up is required per Fleischner guidelines."),
     {NOD, EMP, HH}),
    ("edd-38", "en",
     ("Findings: Mild bilateral apical pleuroparenchymal scarring. The lungs are otherwise clear. "
     "No nodules or masses. No findings to suggest lymphadenopathy. The heart is normal in size. "
     "Small pericardial effusion. No pleural effusion. Coronary artery calcifications are noted.\n"
     "Impression: Small pericardial effusion, nonspecific; correlate with echocardiography if "
     "clinically indicated. Apical scarring, which likely reflects prior granulomatous infection."),
     {FIB, PCE, CAC}),
    ("edd-39", "en",
     ("Findings: Severe centrilobular and paraseptal emphysema. Bronchial wall thickening, possibly "
     "reflecting chronic bronchitis. A 2.1 cm spiculated mass in the left upper lobe. Enlarged "
     "left hilar and aortopulmonary window lymph nodes, suspicious for nodal metastases. No "
     "pleural effusion. Aortic calcification. Coronary calcifications.\n"
     "Impression: Left upper lobe mass with ipsilateral hilar and mediastinal lymphadenopathy, "
     "highly suspicious for primary lung cancer. Tissue sampling is recommended."),
     {EMP, PBT, NOD, LN, AWC, CAC}),
    ("edd-40", "en",
     ("Findings: Smooth thickening of the interlobular septa in both lower lobes. Mild cardiomegaly with "
     "left atrial enlargement. Small bilateral pleural effusions. No consolidation. No pulmonary "
     "nodules. Mediastinal lymph nodes are not pathologically enlarged. No pericardial effusion. "
     "Mitral annular calcification.\n"
     "Impression: Septal thickening and small effusions, favored to represent interstitial "
     "pulmonary edema rather than an atypical infection."),
     {IST, CM, PE}),
    ("edd-41", "en",
     ("Comparison: CT from 6 weeks ago.\n"
     "Findings: Interval resolution of the previously seen right middle lobe consolidation. "
     "Minimal residual ground-glass opacity at the site. Previously noted small right pleural "
     "effusion has resolved. No lymphadenopathy. No nodule is seen at the site of the prior "
     "consolidation.\n"
     "Impression: Near-complete resolution of right middle lobe pneumonia. No underlying mass is "
     "identified."),
     {OPA}),
    ("edd-42", "en",
     ("Findings: Linear band in the lingula, likely reflecting a combination of subsegmental "
     "atelectasis and scarring. Mild cardiomegaly. No pericardial effusion. Moderate hiatal "
     "hernia. No pleural effusion. No bronchiectasis. No interlobular septal thickening.\n"
     "Impression: Moderate hiatal hernia. Cardiomegaly."),
     {ATL, FIB, CM, HH}),
    ("edd-43", "en",
     ("Indication: Chest pain; r/o aortic dissection.\n"
     "Findings: No aortic dissection. The thoracic aorta is normal in caliber with scattered "
     "calcified plaques. Stents in the LAD and circumflex arteries, with dense coronary artery "
     "calcification. Heart size is normal. No pericardial effusion. No pleural effusion. Lungs: "
     "mild dependent atelectasis; no consolidation or nodules.\n"
     "Impression: No acute aortic syndrome. Coronary artery disease with stents."),
     {AWC, MM, CAC, ATL}),
    ("edd-44", "en",
     ("Findings: Tracheostomy tube in place. Patchy opacities in both lower lobes, likely "
     "reflecting aspiration. No consolidation. No pleural effusion. No emphysema. Diffuse bronchial "
     "wall thickening. Enlarged pretracheal lymph node measuring 1.5 cm.\n"
     "Impression: Bilateral lower lobe opacities, suggestive of aspiration. Clinical correlation "
     "for infection is recommended. Indeterminate enlarged pretracheal lymph node."),
     {MM, OPA, PBT, LN}),
    ("edd-45", "en",
     ("Indication: Follow-up of known interstitial lung disease; r/o infection.\n"
     "Technique: Non-contrast CT of the chest with prone and expiratory images.\n"
     "Findings:\n"
     "Mediastinum and hila: No lymphadenopathy. Heart size is normal. No pericardial effusion. "
     "Mild coronary artery calcification. No aortic calcification.\n"
     "Lungs and airways: Mild peripheral reticulation and traction bronchiolectasis in the lower "
     "lobes, unchanged, compatible with early pulmonary fibrosis. No honeycombing. Mosaic "
     "attenuation is questionable on expiratory images. No consolidation. No ground-glass opacity. "
     "No pulmonary nodules.\n"
     "Pleura: No pleural effusion.\n"
     "Upper abdomen: No hiatal hernia.\n"
     "Impression: 1. Stable mild lower lobe fibrosis with traction bronchiolectasis. "
     "2. Questionable mosaic attenuation, possibly reflecting mild air trapping. 3. No CT findings "
     "to suggest superimposed infection."),
     {CAC, FIB, BRX, MOS}),
]

OPEN: dict[tuple[str, str], str] = {
    ("edd-09", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
    ("edd-37", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
