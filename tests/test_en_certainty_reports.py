"""Probe: English chest CT reports covering the whole scale of certainty, from firm statements
through hedges ("may represent", "might reflect", "could be", "suggestive of", "suspicious for",
"worrisome for", "concerning for", "equivocal", "indeterminate", "favour", "likely", "probably",
"presumably", "questionable", "cannot be excluded", "not entirely excluded", "differential
includes", "versus", "or", "vs.") to denials ("no definite", "no convincing", "no evidence of",
"without evidence of", "unlikely", "doubtful", "is not favoured", "less likely", "rather than",
"instead of", "not seen"), resolved findings, and double negatives ("not without", "cannot be
ruled out"). Hedged findings count as present, denied/disfavoured and resolved ones as absent.
Includes reports with no positive finding and negative controls (subcutaneous emphysema,
interatrial septum, pericardial fat pad, pleural plaques, mass over 3 cm). The reports were
written for this file without looking at the engine's lexicon or cue lists.
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
    ("ecert-01", "en",
     ("Non-contrast CT of the chest. There is a 6 mm solid nodule in the right upper lobe, likely a "
      "benign intrapulmonary lymph node. No evidence of pleural effusion. No mediastinal or hilar "
      "lymphadenopathy. Mild coronary artery calcification."),
     {NOD, CAC}),
    ("ecert-02", "en",
     ("Patchy consolidation in the left lower lobe with air bronchograms, most likely pneumonia. "
      "A small left pleural effusion may be present. No pericardial effusion. "
      "The heart is normal in size."),
     {CON, PE}),
    ("ecert-03", "en",
     ("Ground-glass opacity in the right middle lobe may represent infection or early inflammation. "
      "No definite consolidation. Findings could reflect an atypical pneumonia. "
      "The thoracic aorta shows atherosclerotic calcification."),
     {OPA, AWC}),
    ("ecert-04", "en",
     ("Subsegmental linear density at the left lung base, atelectasis versus scarring. "
      "No focal consolidation. No pleural effusion. Emphysema is not seen."),
     {ATL, FIB}),
    ("ecert-05", "en",
     ("Comparison is made with the CT of three months ago. The previously described right lower lobe "
      "consolidation has resolved. The previously seen right pleural effusion is no longer present. "
      "Minimal residual fibrotic bands in the right lower lobe. No new nodules."),
     {FIB}),
    ("ecert-06", "en",
     ("Centrilobular emphysema, predominantly in the upper lobes. A 9 mm part-solid nodule in the left "
      "upper lobe is suspicious for a neoplasm. Mediastinal lymph nodes are not enlarged. "
      "Bronchial wall thickening is not seen."),
     {EMP, NOD}),
    ("ecert-07", "en",
     ("Mild cardiomegaly. Smooth interlobular septal thickening at the lung bases, suggestive of "
      "interstitial oedema. Small bilateral pleural effusions. A small pericardial effusion cannot be "
      "excluded."),
     {CM, IST, PE, PCE}),
    ("ecert-08", "en",
     ("CT pulmonary angiogram. No evidence of pulmonary embolism. No consolidation, nodule or pleural "
      "effusion. Heart size is within normal limits. No hiatal hernia."),
     set()),
    ("ecert-09", "en",
     ("Mosaic attenuation of the lung parenchyma, which could be due to small airways disease or "
      "chronic thromboembolic disease. Mild bronchial wall thickening. No bronchiectasis. "
      "Expiratory images would be helpful."),
     {MOS, PBT}),
    ("ecert-10", "en",
     ("Subpleural reticulation and honeycombing at the lung bases with traction bronchiectasis, "
      "probably representing usual interstitial pneumonia. There is no convincing ground-glass "
      "opacity. Mediastinal lymph nodes measure up to 11 mm in short axis, likely reactive."),
     {FIB, BRX, LN}),
    ("ecert-11", "en",
     ("Small hiatal hernia. The oesophagus is otherwise unremarkable. Questionable 3 mm nodule in the "
      "right lower lobe, which may be a vessel seen end-on. No emphysema."),
     {HH, NOD}),
    ("ecert-12", "en",
     ("Indeterminate 12 mm nodule in the left lower lobe. Differential includes granuloma, hamartoma "
      "and primary lung carcinoma. No lymphadenopathy. Calcification of the coronary arteries is noted."),
     {NOD, CAC}),
    ("ecert-13", "en",
     ("Right internal jugular central venous catheter with its tip in the superior vena cava. "
      "Bibasilar dependent densities, presumably atelectasis. No pneumothorax. No pleural effusion."),
     {MM, OPA, ATL}),
    ("ecert-14", "en",
     ("A 4.5 cm spiculated mass in the right lower lobe. Nodular interlobular septal thickening "
      "throughout the right lung is worrisome for lymphangitic spread. Right hilar lymphadenopathy "
      "measuring 18 mm. Small right pleural effusion."),
     {IST, LN, PE}),
    ("ecert-15", "en",
     ("Peripheral and peribronchovascular consolidations in both lower lobes, concerning for "
      "organising pneumonia. No pleural effusion. No evidence of fibrosis."),
     {CON}),
    ("ecert-16", "en",
     ("Equivocal mild bronchiectasis in the right middle lobe and lingula. Bronchial wall thickening "
      "is present. Tree-in-bud nodularity is not seen. No consolidation."),
     {BRX, PBT}),
    ("ecert-17", "en",
     ("Status post aortic valve replacement with a prosthetic valve and median sternotomy wires. "
      "Coronary artery bypass grafts with surgical clips. Mild cardiomegaly. Atherosclerotic "
      "calcification of the aortic arch. No pericardial effusion."),
     {MM, CM, AWC}),
    ("ecert-18", "en",
     ("No definite pulmonary nodule. The previously questioned right upper lobe nodule is not seen on "
      "the current study and likely represented a vessel. The lungs are clear. No lymphadenopathy."),
     set()),
    ("ecert-19", "en",
     ("Early consolidation in the posterior segment of the right upper lobe cannot be ruled out. "
      "There is surrounding ground-glass opacity. No effusion."),
     {CON, OPA}),
    ("ecert-20", "en",
     ("The lower lobe airways are not without mild bronchial wall thickening, which might reflect "
      "chronic bronchitis. Mild paraseptal emphysema. No mosaic attenuation."),
     {PBT, EMP}),
    ("ecert-21", "en",
     ("Pericardial effusion is doubtful; the apparent density along the right heart border is a "
      "pericardial fat pad. The heart is normal in size. Coronary artery calcification in the left "
      "anterior descending artery."),
     {CAC}),
    ("ecert-22", "en",
     ("Left lower lobe opacity, which may represent atelectasis or pneumonia. Small left pleural "
      "effusion. No suspicious pulmonary nodules."),
     {OPA, ATL, PE}),
    ("ecert-23", "en",
     ("Round atelectasis in the right lower lobe adjacent to calcified pleural plaques, consistent "
      "with prior asbestos exposure. No pleural effusion. No suspicious nodules."),
     {ATL}),
    ("ecert-24", "en",
     ("Multiple small pulmonary nodules, the largest 5 mm, presumably post-inflammatory. "
      "No convincing lymphadenopathy. Mild hepatic steatosis."),
     {NOD}),
    ("ecert-25", "en",
     ("A 2.2 cm spiculated mass in the left upper lobe, suspicious for malignancy. Ipsilateral hilar "
      "lymph node measuring 14 mm. No pleural effusion. Background emphysema."),
     {NOD, LN, EMP}),
    ("ecert-26", "en",
     ("Bilateral ground-glass opacities with superimposed interlobular septal thickening (crazy "
      "paving), possibly representing pulmonary alveolar proteinosis versus infection. "
      "No pleural effusion."),
     {OPA, IST}),
    ("ecert-27", "en",
     ("No evidence of emphysema. Subcutaneous emphysema in the left lateral chest wall following "
      "recent chest tube removal. No pneumothorax. No pleural effusion."),
     set()),
    ("ecert-28", "en",
     ("A left chest tube is in place. Small residual left apical pneumothorax. Left basal atelectasis. "
      "The left pleural effusion has largely resolved, with only a trace remaining."),
     {MM, ATL, PE}),
    ("ecert-29", "en",
     ("Cardiomegaly is not favoured; the heart appears prominent because of low lung volumes. "
      "No pericardial effusion. The lungs are clear."),
     set()),
    ("ecert-30", "en",
     ("Multiple thin-walled cysts are scattered through both lungs. Emphysema is less likely given "
      "the discrete walls; lymphangioleiomyomatosis is favoured. Small left pleural effusion, "
      "presumably chylous."),
     {PE}),
    ("ecert-31", "en",
     ("Subsegmental atelectasis at both lung bases rather than consolidation. No pleural effusion. "
      "Mild bronchial wall thickening."),
     {ATL, PBT}),
    ("ecert-32", "en",
     ("A 7 mm solid nodule in the right upper lobe may represent a primary neoplasm or a granuloma. "
      "Coronary calcification. Hiatal hernia is not seen."),
     {NOD, CAC}),
    ("ecert-33", "en",
     ("Dilated bronchi with bronchial wall thickening in the lower lobes, consistent with "
      "bronchiectasis. Mucus plugging. Mosaic attenuation, presumably due to air trapping. "
      "No consolidation."),
     {BRX, PBT, MOS}),
    ("ecert-34", "en",
     ("Enlarged mediastinal lymph nodes measuring up to 2.1 cm, suggestive of lymphoma vs. "
      "sarcoidosis. Perilymphatic nodules along the fissures. No pleural effusion."),
     {LN, NOD}),
    ("ecert-35", "en",
     ("Hilar lymph nodes are not enlarged, without evidence of mediastinal lymphadenopathy. The lungs "
      "are clear. Atherosclerotic calcification of the aorta and supra-aortic branches. "
      "Coronary calcification is absent."),
     {AWC}),
    ("ecert-36", "en",
     ("Pericardial thickening, could be post-surgical. No significant pericardial effusion. "
      "Median sternotomy wires."),
     {PCE, MM}),
    ("ecert-37", "en",
     ("Right upper lobe volume loss with traction bronchiectasis and fibrotic changes, suggestive of "
      "post-radiation fibrosis instead of recurrent tumour. No nodule. No lymphadenopathy."),
     {FIB, BRX}),
    ("ecert-38", "en",
     ("Emphysema is doubtful on this study. No pulmonary nodules. A small hiatal hernia is suggested. "
      "Healed right rib fractures."),
     {HH}),
    ("ecert-39", "en",
     ("Questionable minimal interlobular septal thickening at the lung bases. Mild cardiomegaly. "
      "Pleural effusion is not seen."),
     {IST, CM}),
    ("ecert-40", "en",
     ("There is no evidence of consolidation or ground-glass opacity to suggest pneumonia. "
      "Bronchiectasis is unlikely; the bronchi are of normal calibre. No mosaic attenuation."),
     set()),
    ("ecert-41", "en",
     ("Consolidation in the dependent right lower lobe with a tree-in-bud pattern; differential "
      "includes aspiration pneumonia. Small hiatal hernia with a fluid-filled oesophagus."),
     {CON, HH}),
    ("ecert-42", "en",
     ("Left upper lobe collapse, presumably due to a central obstructing lesion. A 5.2 cm left hilar "
      "mass. Mediastinal lymphadenopathy. No contralateral nodules."),
     {ATL, LN}),
    ("ecert-43", "en",
     ("Focal opacity in the lingula, likely scarring. Mild coronary artery calcification. "
      "No pleural or pericardial effusion."),
     {OPA, FIB, CAC}),
    ("ecert-44", "en",
     ("No definite bronchiectasis. Minimal bronchial wall thickening could be present in the right "
      "lower lobe. No convincing mosaic attenuation."),
     {PBT}),
    ("ecert-45", "en",
     ("Interval resolution of the previously seen ground-glass opacities. No new consolidation. "
      "The previously noted mediastinal lymphadenopathy has resolved; the nodes are no longer enlarged."),
     set()),
    ("ecert-46", "en",
     ("Dual-chamber pacemaker with leads in the right atrium and right ventricle. Cardiomegaly. "
      "A small right pleural effusion cannot be excluded at the partially imaged costophrenic angle. "
      "Aortic calcification."),
     {MM, CM, PE, AWC}),
    ("ecert-47", "en",
     ("Patchy consolidation in the right lower lobe is not entirely excluded given streak artefact "
      "from the patient's arms. Adjacent atelectasis. No nodules."),
     {CON, ATL}),
    ("ecert-48", "en",
     ("Wedge-shaped subpleural consolidation in the left lower lobe, worrisome for pulmonary "
      "infarction. Small left pleural effusion. No pericardial effusion. The heart is not enlarged."),
     {CON, PE}),
    ("ecert-49", "en",
     ("Lipomatous hypertrophy of the interatrial septum. Mild calcification of the mitral annulus. "
      "The lungs are clear. No lymphadenopathy."),
     set()),
    ("ecert-50", "en",
     ("Probably a small hiatal hernia. Several mediastinal lymph nodes up to 8 mm in short axis, "
      "below the threshold for pathological size."),
     {HH, LN}),
    ("ecert-51", "en",
     ("Mosaic attenuation, favour small airways disease rather than a perfusion abnormality. "
      "Bronchial wall thickening. Cylindrical bronchiectasis in the lower lobes is possible."),
     {MOS, PBT, BRX}),
    ("ecert-52", "en",
     ("Bilateral lower lobe reticulation with ground-glass opacity, probably nonspecific interstitial "
      "pneumonia; honeycombing is not seen. The oesophagus is dilated, presumably related to "
      "scleroderma. No lymphadenopathy."),
     {FIB, OPA}),
    ("ecert-53", "en",
     ("Tiny 2 mm perifissural nodule along the right minor fissure, presumably an intrapulmonary lymph "
      "node. Aortic wall calcification. No emphysema."),
     {NOD, AWC}),
    ("ecert-54", "en",
     ("Consolidation is unlikely; the change in the left lower lobe more likely represents "
      "atelectasis. Stable 4 mm nodule in the right middle lobe. Coronary artery stents."),
     {ATL, NOD, MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ecert-13", OPA): "dependent densities 'presumably atelectasis' are read as explained by atelectasis (CT-RATE train: densities consistent with atelectasis are 0; dependent densities alone are 1)",
    ("ecert-43", OPA): "an opacity 'likely scarring' is read as explained by the scar",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
