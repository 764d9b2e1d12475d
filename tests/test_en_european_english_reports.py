"""Probe: English chest CT reports written (or translated) by radiologists from Germany, the Netherlands,
Scandinavia, Italy, Spain and France, with their typical continental phrasing: "No evidence for ...",
"Dystelectasis" (German Dystelektase), "hypoventilation", "infiltrates" for opacities/consolidations,
"condensation" (Romance languages), "laminar atelectasis", "round focus", "aortic/coronary sclerosis",
"Status post ...", "Known ...", "In comparison to the previous examination from 12.03.2024", "regressive",
"progredient", "constant", "discrete", "in the sense of", "compatible with", "DD" (differential diagnosis),
"Presence of / Absence of", "No image of", "Lymph nodes not enlarged, max. 8 mm short axis", "PE" used for
pulmonary embolism, and "Assessment:" sections. Present, denied, hedged and resolved findings are mixed, with
negative controls (thyroid nodule, subcutaneous emphysema, Bochdalek hernia, pleural plaques, aortic ectasia).
The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("eeu-01", "en",
     ("Chest CT with contrast. In comparison to the previous examination from 12.03.2024: Known pulmonary "
      "nodule in the right upper lobe, constant in size at 6 mm. No new suspicious pulmonary nodules. "
      "No evidence for pneumothorax. No pleural effusion. Lymph nodes not enlarged, max. 8 mm short axis. "
      "Assessment: Constant nodule RUL, no signs of progression."),
     {NOD}),
    ("eeu-02", "en",
     ("Dystelectasis of both lower lobes. Pleural effusion left-sided, small. No pericardial effusion. "
      "Heart not enlarged. Aortic sclerosis. "
      "Assessment: Small left pleural effusion with adjacent dystelectasis, no pneumonic infiltrate."),
     {ATL, PE, AWC}),
    ("eeu-03", "en",
     ("Pneumonic infiltrate in the right lower lobe with positive air bronchogram, surrounded by ground-glass "
      "opacities. Small parapneumonic effusion right-sided. Reactive mediastinal lymph nodes up to 11 mm "
      "short axis. Assessment: Lower lobe pneumonia right, DD aspiration."),
     {CON, OPA, PE, LN}),
    ("eeu-04", "en",
     ("Emphysematous changes, centrilobular, upper lobe predominant. Bronchial wall thickening in both lower "
      "lobes compatible with chronic bronchitis. No suspicious pulmonary nodules. No infiltrates. "
      "Coronary sclerosis. Assessment: COPD-typical changes."),
     {EMP, PBT, CAC}),
    ("eeu-05", "en",
     ("Indication: Exclusion of pulmonary embolism. No evidence for central or peripheral pulmonary embolism. "
      "Lungs well ventilated, no infiltrates, no nodules. No pleural or pericardial effusion. Mediastinal and "
      "hilar lymph nodes not enlarged. Assessment: No PE. No pathological findings."),
     set()),
    ("eeu-06", "en",
     ("Status post right upper lobectomy for known adenocarcinoma (pT1b pN1). Stapler suture line at the "
      "bronchial stump, no signs of local recurrence. Postoperative pleural thickening right apically, "
      "no effusion. Lymph nodes not enlarged. Assessment: No evidence for tumour recurrence."),
     {MM}),
    ("eeu-07", "en",
     ("Port catheter via the right subclavian vein, tip in the superior vena cava. In comparison to the "
      "previous examination from 04.11.2023, the pulmonary metastases are regressive, the largest now 7 mm "
      "in the left lower lobe (previously 12 mm). No new lesions. Pleural effusion completely regressive. "
      "Assessment: Partial response."),
     {MM, NOD}),
    ("eeu-08", "en",
     ("Honeycombing and reticulation, subpleural and basal predominant, with traction bronchiectasis, "
      "compatible with a UIP pattern. Progredient compared to the previous examination from 02.02.2023. "
      "No ground-glass opacities. Mediastinal lymph nodes up to 13 mm, DD reactive in fibrosis."),
     {FIB, BRX, LN}),
    ("eeu-09", "en",
     ("Cardiomegaly. Interlobular septal thickening and bilateral pleural effusions, right more than left, "
      "in the sense of cardiac decompensation. Compressive atelectasis of the right lower lobe. "
      "Small pericardial effusion. Assessment: Signs of congestion."),
     {CM, IST, PE, ATL, PCE}),
    ("eeu-10", "en",
     ("No signs of pulmonary embolism. A few subsegmental linear atelectases in the middle lobe and lingula. "
      "No consolidations. Small sliding hiatal hernia. Normal size of the heart. "
      "Conclusion: No PE. Incidental small hiatal hernia."),
     {ATL, HH}),
    ("eeu-11", "en",
     ("Presence of ground-glass opacities with bilateral peripheral distribution, in the sense of viral "
      "pneumonia, DD COVID-19. Absence of pleural effusion. Absence of significant mediastinal "
      "lymphadenopathy. Calcifications of the aortic arch."),
     {OPA, AWC}),
    ("eeu-12", "en",
     ("Laminar atelectasis in the left lung base. Parenchymal condensation in the right lower lobe with air "
      "bronchogram, compatible with pneumonia. No pleural effusion is observed. Small calcified nodule in the "
      "right upper lobe, granuloma."),
     {ATL, CON, NOD}),
    ("eeu-13", "en",
     ("No image of pulmonary nodule. No pleural effusion. Bilateral apical pleuroparenchymal scarring. "
      "Atheroma of the thoracic aorta with calcifications. Normal heart size. "
      "Conclusion: no suspicious lesion."),
     {FIB, AWC}),
    ("eeu-14", "en",
     ("Known sarcoidosis. Bilateral hilar and mediastinal lymphadenopathy, regressive compared to the previous "
      "examination from 15.06.2023, now max. 14 mm short axis. Perilymphatic micronodules along the fissures, "
      "constant. No fibrotic changes."),
     {LN, NOD}),
    ("eeu-15", "en",
     ("In comparison to the previous examination from 20.01.2024: The infiltrate in the left lower lobe has "
      "completely resolved. Residual discrete fibrotic band. No pleural effusion anymore. No new infiltrates."),
     {FIB}),
    ("eeu-16", "en",
     ("Pacemaker with leads in the right atrium and right ventricle. Sternal cerclages after sternotomy. "
      "Status post aortic valve replacement. Heart enlarged. No pleural effusion. No pericardial effusion. "
      "Assessment: Postoperative status, cardiomegaly."),
     {MM, CM}),
    ("eeu-17", "en",
     ("Mosaic pattern of the lung parenchyma with air trapping in expiration, DD bronchiolitis obliterans. "
      "Mild bronchiectasis in both lower lobes. No consolidation."),
     {MOS, BRX}),
    ("eeu-18", "en",
     ("Lung mass in the left upper lobe measuring 5.2 x 4.1 cm with spiculated margins, highly suspicious of "
      "bronchial carcinoma. Ipsilateral hilar lymph nodes enlarged up to 18 mm. Poststenotic dystelectasis. "
      "No pleural effusion. No further nodules."),
     {LN, ATL}),
    ("eeu-19", "en",
     ("No evidence for pneumothorax after CT-guided biopsy. The biopsied round focus in the right lower lobe "
      "(2.1 cm) is unchanged. Discrete perifocal ground-glass, DD biopsy-related haemorrhage."),
     {NOD, OPA}),
    ("eeu-20", "en",
     ("Heart size at the upper limit of normal. No pericardial effusion. Discrete mediastinal lipomatosis. "
      "Thyroid with a small nodule on the left, DD adenoma. Lungs without infiltrates. No pleural effusion."),
     set()),
    ("eeu-21", "en",
     ("Gastric tube and central venous catheter via the left jugular vein in correct position. Endotracheal "
      "tube 3 cm above the carina. Bilateral dorsobasal dependent densities, DD dystelectasis. "
      "Small pleural effusions bilaterally."),
     {MM, OPA, ATL, PE}),
    ("eeu-22", "en",
     ("Paraseptal and centrilobular emphysema. Bullae in the right apex up to 3 cm. Coronary artery "
      "calcifications in the LAD. Lymph nodes up to 9 mm short axis, below the threshold for pathological "
      "size. Pleural effusion: none."),
     {EMP, CAC, LN}),
    ("eeu-23", "en",
     ("Status post left-sided pleural drainage, chest tube removed. The pleural effusion on the left is "
      "regressive, now only a small residual. No evidence for pneumothorax."),
     {PE}),
    ("eeu-24", "en",
     ("Ground-glass opacities in the sense of a hypersensitivity pneumonitis, with centrilobular nodules and "
      "mosaic attenuation. No honeycombing. Mediastinal lymph nodes not enlarged."),
     {OPA, NOD, MOS}),
    # # 2026-12-07: crazy paving alone is not interlobular septal thickening in CT-RATE train (7 of 8 reports label it 0)
    ("eeu-25", "en",
     ("Crazy paving pattern in both lungs, DD pulmonary alveolar proteinosis, DD atypical infection. "
      "No pleural effusion."),
     {OPA}),
    ("eeu-26", "en",
     ("Minor hypoventilation of the dorsal lower lobes. No evidence for pneumonic infiltrates. No pleural "
      "effusion. Ectasia of the ascending aorta, 4.1 cm, without calcification."),
     {ATL}),
    ("eeu-27", "en",
     ("No sign of malignancy. A 4 mm nodule in the right middle lobe, probably an intrapulmonary lymph node; "
      "no follow-up needed according to Fleischner. Slight calcification of the coronary arteries. "
      "Otherwise normal findings."),
     {NOD, CAC}),
    ("eeu-28", "en",
     ("Known bronchiectasis in the middle lobe and lingula with mucus plugging and tree-in-bud pattern, "
      "progredient. Bronchial wall thickening. No consolidation."),
     {BRX, PBT}),
    ("eeu-29", "en",
     ("Assessment: 1. No evidence for pulmonary metastases. 2. Known hepatic metastases (see abdominal CT). "
      "3. Axial hiatal hernia. 4. Aortic sclerosis."),
     {HH, AWC}),
    ("eeu-30", "en",
     ("Interstitial changes with reticulation and ground-glass in the lower lobes, compatible with NSIP, "
      "DD drug-induced pneumonitis (status post bleomycin). Traction bronchiectasis not present. "
      "Small pericardial effusion, constant."),
     {FIB, OPA, PCE}),
    ("eeu-31", "en",
     ("Pleural effusion right-sided, moderate, with compressive atelectasis of the adjacent lower lobe. "
      "No pleural nodules detectable. Discrete pleural thickening. "
      "Assessment: DD malignant effusion, puncture recommended."),
     {PE, ATL}),
    ("eeu-32", "en",
     ("In comparison to the previous examination from 01.08.2023, the previously enlarged mediastinal lymph "
      "nodes have regressed and are no longer enlarged. The consolidation in the lingula is largely "
      "regressive, only residual ground-glass opacity."),
     {OPA}),
    ("eeu-33", "en",
     ("Bilateral pleural plaques, partly calcified, after known asbestos exposure. No pleural effusion. "
      "No asbestosis-typical fibrosis. No suspicious pulmonary nodules."),
     set()),
    ("eeu-34", "en",
     ("Coronary stents in the LAD and RCA. Pronounced coronary sclerosis. Calcifications of the aortic valve. "
      "Heart not enlarged."),
     {MM, CAC}),
    ("eeu-35", "en",
     ("Known pulmonary fibrosis with honeycombing, constant. New ground-glass opacities in both lungs, "
      "DD acute exacerbation, DD infection. Emphysematous changes in the upper lobes (combined pulmonary "
      "fibrosis and emphysema)."),
     {FIB, OPA, EMP}),
    ("eeu-36", "en",
     ("Clinical question: pneumonia? Lymphadenopathy? Findings: No infiltrates. No enlarged lymph nodes. "
      "No pleural effusion. Assessment: No evidence for pneumonia."),
     set()),
    ("eeu-37", "en",
     ("Discrete bronchial wall thickening in the lower lobes, DD bronchitis. Small patchy peribronchial "
      "infiltrates in the right lower lobe, in the sense of bronchopneumonia."),
     {PBT, OPA}),
    ("eeu-38", "en",
     ("Oesophageal stent in place. Dilated oesophagus with fluid level. Aspiration-related consolidations in "
      "both lower lobes. No hiatal hernia."),
     {MM, CON}),
    ("eeu-39", "en",
     ("Multiple bilateral pulmonary nodules up to 9 mm, progredient compared to 05.05.2024, compatible with "
      "metastases. Lymphangitis carcinomatosa with septal thickening in the right lower lobe cannot be "
      "excluded. Small right-sided pleural effusion."),
     {NOD, IST, PE}),
    ("eeu-40", "en",
     ("Bochdalek hernia on the left containing fat. No hiatal hernia. No pleural effusion. "
      "Lungs unremarkable."),
     set()),
    ("eeu-41", "en",
     ("Extensive consolidation of the left lower lobe with volume loss, DD atelectasis, DD pneumonia. "
      "Small amount of pleural fluid on the left."),
     {CON, ATL, PE}),
    ("eeu-42", "en",
     ("Status post CABG with sternal wires and surgical clips. Calcifications of the aorta and of the "
      "supra-aortic vessels. Small postoperative pericardial effusion, regressive. "
      "Dystelectasis of the left lower lobe."),
     {MM, AWC, PCE, ATL}),
    ("eeu-43", "en",
     ("The previously described nodule in the left upper lobe is no longer detectable, in retrospect "
      "inflammatory. No new nodules. Emphysema: not present. Mild dependent atelectasis."),
     {ATL}),
    ("eeu-44", "en",
     ("Mosaic perfusion with dilated pulmonary trunk (34 mm), DD chronic thromboembolic pulmonary "
      "hypertension. Enlargement of the right heart. No acute PE."),
     {MOS, CM}),
    ("eeu-45", "en",
     ("Presence of a solid nodule of 14 mm in the right upper lobe with spiculated margins; malignancy must "
      "be considered. Associated pleural retraction. Absence of lymph nodes of pathological size."),
     {NOD}),
    ("eeu-46", "en",
     ("The small left pleural effusion is no longer evident compared to the previous examination. Pulmonary "
      "congestion regressive, no septal thickening anymore. Heart enlarged, constant."),
     {CM}),
    ("eeu-47", "en",
     ("Diffuse bronchiectasis with bronchial wall thickening, in the context of known cystic fibrosis. "
      "Mucoid impactions. Some subpleural consolidations in the left upper lobe. Mediastinal adenopathies "
      "of up to 15 mm."),
     {BRX, PBT, CON, LN}),
    ("eeu-48", "en",
     ("A small axial sliding hernia cannot be excluded. Oesophagus otherwise unremarkable. Lungs without "
      "infiltrates. Old fracture of the Th12 vertebral body."),
     {HH}),
    ("eeu-49", "en",
     ("Pneumothorax left-sided, small, with chest tube in place. Subcutaneous emphysema of the left thoracic "
      "wall. Contusion in the left lower lobe with ground-glass opacities. Rib fractures 5-7 left."),
     {MM, OPA}),
    ("eeu-50", "en",
     ("Nodular image of 5 mm in the left lower lobe, non-specific. Presence of discrete bronchial wall "
      "thickening. Absence of pleural effusion or pericardial effusion."),
     {NOD, PBT}),
    ("eeu-51", "en",
     ("Part-solid nodule in the right upper lobe, 18 mm, with a solid component of 6 mm, constant, DD "
      "minimally invasive adenocarcinoma. Additionally discrete ground-glass opacities in the left lower lobe "
      "in the sense of minor inflammatory changes."),
     {NOD, OPA}),
    ("eeu-52", "en",
     ("Lymph nodes: not enlarged, max. 8 mm short axis. Heart: not enlarged. Pleura: no effusion. "
      "Lung: Discrete dystelectasis in the lingula. No emphysema. Vessels: atherosclerotic plaques of the "
      "descending aorta, partly calcified."),
     {ATL, AWC}),
    ("eeu-53", "en",
     ("In comparison to the previous examination from 28.09.2023, the ground-glass opacities are completely "
      "regressive. No residual fibrosis. No pleural effusion. "
      "Assessment: Complete resolution of the known COVID pneumonia."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("eeu-25", OPA): "crazy paving alone: CT-RATE train is split on it as an opacity (4 of 8)",
    ("eeu-32", CON): "'largely regressive' (mostly gone) is read as still present, as 'nearly resolved' is",
    ("eeu-37", OPA): "'patchy peribronchial infiltrates': a peribronchial density is read as peribronchial thickening, not as an opacity",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
