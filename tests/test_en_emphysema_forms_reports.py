"""Probe: English chest CT reports describing emphysema in its many forms and its look-alikes:
centrilobular, paraseptal, panlobular and paracicatricial emphysema, "emphysematous changes",
bullae and blebs (counted as emphysema), giant bulla, bullous disease, quantitative low attenuation
areas (LAA%), grading words (trace, minimal, mild, moderate, severe, confluent), hedges ("cannot
exclude early emphysema", "probable"), denials ("no emphysema", "no significant emphysema"), and the
look-alikes that are not lung emphysema: hyperinflation alone, air trapping (mosaic attenuation),
subcutaneous / surgical / mediastinal emphysema (air in soft tissues), pneumatoceles, cysts of LAM,
LCH and Birt-Hogg-Dube, and the honeycombing vs paraseptal emphysema differential; post lung volume
reduction (valves, coils, staple lines as devices). The reports were written for this file without
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
    ("eem-01", "en",
     ("FINDINGS: Moderate centrilobular emphysema with upper lobe predominance. "
      "A 5 mm solid nodule in the superior segment of the right lower lobe. "
      "No pleural effusion. No mediastinal or hilar lymphadenopathy. "
      "IMPRESSION: Moderate centrilobular emphysema. 5 mm right lower lobe nodule."),
     {EMP, NOD}),
    ("eem-02", "en",
     ("Lungs: Paraseptal emphysema along both apices with a few small subpleural blebs. "
      "No consolidation or ground-glass opacity. Heart: normal size. "
      "Vessels: atherosclerotic calcification of the thoracic aorta."),
     {EMP, AWC}),
    ("eem-03", "en",
     ("Panlobular emphysema predominantly involving the lower lobes, in keeping with the known "
      "alpha-1 antitrypsin deficiency. Bronchial wall thickening in both lower lobes. "
      "No pleural or pericardial effusion."),
     {EMP, PBT}),
    ("eem-04", "en",
     ("TECHNIQUE: Non-contrast CT of the chest. FINDINGS: No emphysema. The lungs are clear. "
      "No pleural effusion. Heart size within normal limits. IMPRESSION: Normal chest CT."),
     set()),
    ("eem-05", "en",
     ("Extensive subcutaneous emphysema in the left chest wall and lower neck following chest tube "
      "placement. Left intercostal chest tube in situ with a small residual apical pneumothorax. "
      "The lung parenchyma shows no emphysematous changes. Small left pleural effusion."),
     {MM, PE}),
    ("eem-06", "en",
     ("Pneumomediastinum with mediastinal emphysema tracking into the soft tissues of the neck. "
      "No pneumothorax. The lungs are clear, without emphysema or nodules. "
      "IMPRESSION: Spontaneous pneumomediastinum."),
     set()),
    ("eem-07", "en",
     ("The lungs are hyperinflated with flattening of the hemidiaphragms. No emphysema is identified. "
      "Expiratory images show air trapping in both lower lobes, suggestive of small airways disease. "
      "Mild bronchial wall thickening."),
     {MOS, PBT}),
    ("eem-08", "en",
     ("Mild emphysematous changes in both upper lobes. Coronary artery calcifications in the LAD and "
      "circumflex arteries. No cardiomegaly. No pericardial effusion."),
     {EMP, CAC}),
    ("eem-09", "en",
     ("Giant bulla occupying most of the right upper hemithorax, measuring 14 cm, with compressive "
      "atelectasis of the adjacent right middle lobe. Background centrilobular emphysema. "
      "No pleural effusion."),
     {EMP, ATL}),
    ("eem-10", "en",
     ("Bullous disease of both upper lobes. Scattered linear scarring at the lung bases. "
      "Small hiatal hernia. IMPRESSION: Bullous emphysema."),
     {EMP, FIB, HH}),
    ("eem-11", "en",
     ("Quantitative analysis: LAA% (below -950 HU) is 18% of total lung volume, consistent with "
      "moderate emphysema. No mosaic attenuation. No bronchiectasis."),
     {EMP}),
    ("eem-12", "en",
     ("Quantitative analysis: low attenuation areas (LAA% below -950 HU) comprise 2% of lung volume, "
      "within normal limits. No visually apparent emphysema. The lungs are otherwise clear."),
     set()),
    ("eem-13", "en",
     ("Trace centrilobular emphysema in the apical segments of the upper lobes. "
      "Otherwise unremarkable CT of the chest."),
     {EMP}),
    ("eem-14", "en",
     ("Cannot exclude early centrilobular emphysema in the right upper lobe. "
      "Subsegmental atelectasis at the left lung base. No effusion."),
     {EMP, ATL}),
    ("eem-15", "en",
     ("Minimal paraseptal emphysema at the left apex. A 4 mm perifissural nodule along the right "
      "minor fissure, likely an intrapulmonary lymph node. No lymphadenopathy."),
     {EMP, NOD}),
    ("eem-16", "en",
     ("Numerous thin-walled round cysts of varying size are diffusely distributed throughout both "
      "lungs, in keeping with lymphangioleiomyomatosis. No emphysema. Small left pleural effusion, "
      "possibly chylous."),
     {PE}),
    ("eem-17", "en",
     ("Multiple irregular, bizarre-shaped cysts and small nodules predominantly in the upper and mid "
      "zones, sparing the costophrenic angles, suggestive of pulmonary Langerhans cell histiocytosis. "
      "These cysts are not emphysema. The nodules measure up to 4 mm."),
     {NOD}),
    ("eem-18", "en",
     ("Subpleural honeycombing at both lung bases with traction bronchiectasis and reticulation, "
      "consistent with a UIP pattern. Paraseptal emphysema in the upper lobes, distinct from the basal "
      "honeycombing. IMPRESSION: Combined pulmonary fibrosis and emphysema."),
     {FIB, BRX, EMP}),
    ("eem-19", "en",
     ("Subpleural cystic lucencies at the lung bases are arranged in a single row with thin walls, "
      "favouring paraseptal emphysema rather than honeycombing. No reticulation or traction "
      "bronchiectasis. No ground-glass opacity."),
     {EMP}),
    ("eem-20", "en",
     ("Clustered subpleural cysts at the bases, stacked in several layers, represent honeycombing "
      "rather than paraseptal emphysema. Associated reticulation and traction bronchiectasis. "
      "Mediastinal lymph nodes up to 9 mm in short axis."),
     {FIB, BRX, LN}),
    ("eem-21", "en",
     ("Status post endobronchial valve placement in the left upper lobe for lung volume reduction. "
      "The valves are in satisfactory position with complete atelectasis of the treated left upper "
      "lobe. Severe emphysema in the remaining lung."),
     {MM, ATL, EMP}),
    ("eem-22", "en",
     ("Post right lung volume reduction surgery, with staple lines in the right upper lobe. "
      "Residual moderate emphysema. Linear scarring along the staple line."),
     {MM, EMP, FIB}),
    ("eem-23", "en",
     ("Pneumatoceles in the right lower lobe following recent staphylococcal pneumonia, decreased in "
      "size. The previous consolidation has resolved. No emphysema. No pleural effusion."),
     set()),
    ("eem-24", "en",
     ("Severe confluent centrilobular emphysema. Dilated main pulmonary artery. The right ventricle is "
      "dilated and the heart is enlarged. Coronary artery calcification."),
     {EMP, CM, CAC}),
    ("eem-25", "en",
     ("Status post left apical bullectomy; the previously seen apical bulla is no longer visible. "
      "Staple line at the left apex. No residual blebs or emphysema. No pneumothorax."),
     {MM}),
    ("eem-26", "en",
     ("The subcutaneous emphysema in the right chest wall has resolved since the prior study. "
      "The right pleural effusion has decreased but a small effusion persists. "
      "Mild centrilobular emphysema, unchanged."),
     {PE, EMP}),
    ("eem-27", "en",
     ("Interval resolution of the pneumomediastinum and mediastinal emphysema. The lungs are free of "
      "emphysema. New ground-glass opacities in the right lower lobe."),
     {OPA}),
    ("eem-28", "en",
     ("No evidence of emphysema, bullae or blebs. A 7 mm solid nodule in the left upper lobe. "
      "Calcified atherosclerotic plaque of the aortic arch."),
     {NOD, AWC}),
    ("eem-29", "en",
     ("Apical blebs bilaterally, the largest 1.5 cm on the right, in a young patient with prior "
      "spontaneous pneumothorax. No pneumothorax at present. No other abnormality."),
     {EMP}),
    ("eem-30", "en",
     ("Hyperinflation of both lungs with an increased retrosternal air space, but no emphysema. "
      "Mild cardiomegaly. Small pericardial effusion."),
     {CM, PCE}),
    ("eem-31", "en",
     ("Mosaic attenuation with air trapping on expiratory images, likely constrictive bronchiolitis. "
      "No emphysema. Central cylindrical bronchiectasis."),
     {MOS, BRX}),
    ("eem-32", "en",
     ("Emphysema: none. Nodules: none. Lymph nodes: mediastinal nodes are not enlarged. "
      "Pleura: no effusion. Heart: normal size, no pericardial effusion. "
      "Vessels: mild calcification of the aortic arch."),
     {AWC}),
    ("eem-33", "en",
     ("Probable mild centrilobular emphysema. Possible small right pleural effusion. "
      "No consolidation."),
     {EMP, PE}),
    ("eem-34", "en",
     ("Compensatory hyperinflation of the left lung after right pneumonectomy. No emphysema. "
      "Surgical clips at the right bronchial stump. No nodules in the left lung."),
     {MM}),
    ("eem-35", "en",
     ("Findings suspicious for emphysema in both upper lobes, limited by motion artifact. "
      "Bronchial wall thickening. Dependent densities at both lung bases."),
     {EMP, PBT, OPA}),
    ("eem-36", "en",
     ("Severe emphysema with multiple large bullae in both upper lobes. Infected bulla in the right "
      "upper lobe with an air-fluid level and surrounding consolidation. Reactive right hilar lymph "
      "node measuring 12 mm."),
     {EMP, CON, LN}),
    ("eem-37", "en",
     ("Emphysema is absent. Interlobular septal thickening and ground-glass opacities in both lungs "
      "with bilateral pleural effusions, consistent with pulmonary edema. Cardiomegaly."),
     {IST, OPA, PE, CM}),
    ("eem-38", "en",
     ("Moderate paraseptal and centrilobular emphysema. Cardiac pacemaker with leads in the right "
      "atrium and right ventricle. Coronary stents in the LAD."),
     {EMP, MM}),
    ("eem-39", "en",
     ("Surgical emphysema in the left lateral chest wall following thoracotomy. Left chest drain in "
      "place. Left basal atelectasis."),
     {MM, ATL}),
    ("eem-40", "en",
     ("Mild centrilobular emphysema without bullae. No pulmonary nodules. "
      "No pleural effusion."),
     {EMP}),
    ("eem-41", "en",
     ("CLINICAL HISTORY: Known emphysema. FINDINGS: However, no emphysema is demonstrated on this CT. "
      "The lungs are clear. No lymphadenopathy."),
     set()),
    ("eem-42", "en",
     ("INDICATION: COPD, evaluate for emphysema. FINDINGS: No emphysema. Bronchial wall thickening of "
      "the lower lobes. Mucus plugging in the right lower lobe."),
     {PBT}),
    ("eem-43", "en",
     ("Lung volume reduction coils in the right upper lobe, in place, with surrounding fibrotic change. "
      "Severe emphysema."),
     {MM, FIB, EMP}),
    ("eem-44", "en",
     ("The endobronchial valves previously placed in the right upper lobe have been removed; no "
      "endobronchial devices are seen now. Moderate emphysema persists. The right upper lobe "
      "atelectasis has resolved."),
     {EMP}),
    ("eem-45", "en",
     ("Emphysematous lungs. Mild bilateral apical pleural thickening. Calcification of the aortic "
      "valve and coronary arteries."),
     {EMP, CAC}),
    ("eem-46", "en",
     ("Scattered centrilobular lucencies without perceptible walls in the upper lobes, consistent with "
      "early centrilobular emphysema. No thin-walled cysts."),
     {EMP}),
    ("eem-47", "en",
     ("Areas of decreased attenuation in the left lower lobe with reduced vessel caliber represent air "
      "trapping rather than emphysema (mosaic pattern). No consolidation."),
     {MOS}),
    ("eem-48", "en",
     ("Pneumatocele in the left upper lobe in a patient with Pneumocystis pneumonia, with surrounding "
      "ground-glass opacities. Blebs: none. No emphysema."),
     {OPA}),
    ("eem-49", "en",
     ("Destructive emphysema with bullae, severe and confluent in the upper lobes. Calcified "
      "ascending aorta; aneurysmal descending aorta with mural calcification. 2.5 cm spiculated mass in "
      "the left upper lobe."),
     {EMP, AWC, NOD}),
    ("eem-50", "en",
     ("A 4.5 cm mass in the right upper lobe within emphysematous lung. Enlarged right paratracheal "
      "lymph node measuring 15 mm. Mild emphysema elsewhere."),
     {EMP, LN}),
    ("eem-51", "en",
     ("No significant emphysema. Small sliding hiatal hernia. The lungs are otherwise clear."),
     {HH}),
    ("eem-52", "en",
     ("Emphysema, unchanged from prior. The left lower lobe consolidation seen previously has cleared. "
      "Small residual linear atelectasis in the left lower lobe."),
     {EMP, ATL}),
    ("eem-53", "en",
     ("Paracicatricial emphysema adjacent to apical scarring in the right upper lobe. "
      "No suspicious nodule. Heart normal in size."),
     {EMP, FIB}),
    ("eem-54", "en",
     ("Multiple basal, paramediastinal thin-walled lung cysts, a pattern suggestive of Birt-Hogg-Dube "
      "syndrome. No emphysema. No pneumothorax."),
     set()),
    ("eem-55", "en",
     ("Subpleural lucency at the right apex could represent a small bleb. No definite emphysema "
      "elsewhere. No pleural effusion."),
     {EMP}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eem-46", EMP): "'lucencies without perceptible walls ..., consistent with early centrilobular emphysema': the forward 'without' reaches over the comma to the emphysema",
    ("eem-47", MOS): "'represent air trapping rather than emphysema (mosaic pattern)': 'rather than' reaches into the parenthesis",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
