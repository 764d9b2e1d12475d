"""Probe: English chest CT reports that deny or doubt findings with less common negation forms
("not appreciated", "not demonstrated", "not identified", "no longer visualized", "absent", "is clear",
"lack of", "devoid of", "rather than", "no convincing", "no CT evidence of", "negative for", "free of",
"without", "none", "neither ... nor", "no significant", "not well seen", "unremarkable",
"within normal limits", "resolved", "has cleared") and hedges ("questionable", "equivocal", "possible",
"favored", "likely", "cannot be entirely excluded", "not excluded", "less likely", "suspected"), with
lists sharing one negation cue, clause flips ("no consolidation, but ..."), reports with no positive
finding, and negative controls ("free-flowing", "central airways are clear", "clear cell carcinoma",
"chest tube has been removed"). The reports were written for this file without looking at the
engine's lexicon or cue lists.
Decision on "unlikely": "X is unlikely" is read as a denial (0); "less likely" offered as an
alternative for an abnormality that is described is read as a hedge (1).
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
    ("enr-01", "en",
     ("The lungs are clear. No pleural or pericardial effusion, lymphadenopathy, or hiatal hernia. "
      "Heart size is within normal limits. The thoracic aorta is unremarkable without calcification."),
     set()),
    ("enr-02", "en",
     ("No consolidation, but patchy ground-glass opacity in the right lower lobe. No pleural effusion. "
      "Mediastinal lymph nodes are not enlarged."),
     {OPA}),
    ("enr-03", "en",
     ("Previously noted right lower lobe consolidation has resolved. The small right pleural effusion has "
      "cleared. Mild residual linear atelectasis at the right base. Coronary artery calcifications are noted."),
     {ATL, CAC}),
    ("enr-04", "en",
     ("Emphysema is not appreciated. The 4 mm nodule in the left upper lobe is no longer visualized. "
      "No new pulmonary nodules. Mild bronchial wall thickening in both lower lobes."),
     {PBT}),
    ("enr-05", "en",
     ("Neither pleural nor pericardial effusion. The heart is normal in size. Moderate atherosclerotic "
      "calcification of the thoracic aorta. The lungs are free of nodules or consolidation."),
     {AWC}),
    ("enr-06", "en",
     ("Questionable 3 mm nodule in the right middle lobe, possibly a vessel seen end-on. "
      "No lymphadenopathy. No emphysema."),
     {NOD}),
    ("enr-07", "en",
     ("Equivocal mild cardiomegaly. A trace pericardial effusion is not excluded. "
      "The lungs are devoid of focal opacity."),
     {CM, PCE}),
    ("enr-08", "en",
     ("No CT evidence of interstitial lung disease: no reticulation, honeycombing, or traction "
      "bronchiectasis. No interlobular septal thickening. Mild dependent atelectasis in both lower lobes."),
     {ATL}),
    ("enr-09", "en",
     ("Lack of mediastinal or hilar lymphadenopathy. Small hiatal hernia. Mild centrilobular emphysema "
      "in the upper lobes. No pleural effusion."),
     {HH, EMP}),
    ("enr-10", "en",
     ("Subsegmental atelectasis rather than scarring at the right lung base. Small right pleural effusion. "
      "No consolidation."),
     {ATL, PE}),
    ("enr-11", "en",
     ("No convincing evidence of bronchiectasis. Mosaic attenuation is suspected in the lower lobes, "
      "which may reflect air trapping; expiratory imaging is suggested. No pulmonary nodules."),
     {MOS}),
    ("enr-12", "en",
     ("Negative for pulmonary nodules. Negative for lymphadenopathy. Coronary artery calcification is "
      "present in the LAD. Aortic calcification is absent."),
     {CAC}),
    ("enr-13", "en",
     ("Interlobular septal thickening is not demonstrated. No ground-glass opacity. The pleural spaces "
      "are clear. Cardiomegaly with a small pericardial effusion."),
     {CM, PCE}),
    ("enr-14", "en",
     ("Lungs: No significant emphysema. No significant nodule. Pleura: No significant effusion. "
      "Mediastinum: No significant lymphadenopathy. Impression: No significant abnormality."),
     set()),
    ("enr-15", "en",
     ("Bronchiectasis in the right middle lobe and lingula with mild bronchial wall thickening. "
      "Tree-in-bud nodularity is not identified. No consolidation. No cavitation."),
     {BRX, PBT}),
    ("enr-16", "en",
     ("Endotracheal tube terminates 4 cm above the carina. Right internal jugular central venous catheter "
      "with tip in the SVC. Bilateral dependent consolidation with small bilateral pleural effusions. "
      "Pneumothorax is absent."),
     {MM, CON, PE}),
    ("enr-17", "en",
     ("A hiatal hernia is not well seen on this examination. The esophagus is unremarkable. "
      "No mediastinal mass or adenopathy. The lungs are clear."),
     set()),
    ("enr-18", "en",
     ("Peribronchial thickening has resolved. The previously seen ground-glass opacities have cleared. "
      "No residual consolidation. The lungs are now clear."),
     set()),
    ("enr-19", "en",
     ("Possible small left pleural effusion versus pleural thickening. Subpleural reticulation in the "
      "lower lobes, without honeycombing or traction bronchiectasis."),
     {PE, FIB}),
    ("enr-20", "en",
     ("Findings are within normal limits. No pulmonary embolism. No pleural effusion. "
      "No lymphadenopathy."),
     set()),
    ("enr-21", "en",
     ("None of the previously described pulmonary nodules are seen. Mild emphysema is again noted. "
      "The pericardium is unremarkable."),
     {EMP}),
    ("enr-22", "en",
     ("A small focus of consolidation in the posterior basal left lower lobe cannot be entirely excluded "
      "given respiratory motion. The lungs are otherwise clear. No effusion."),
     {CON}),
    ("enr-23", "en",
     ("The right hilar prominence is vascular; hilar lymphadenopathy is unlikely. Mild cardiomegaly. "
      "Coronary artery calcifications."),
     {CM, CAC}),
    ("enr-24", "en",
     ("Interlobular septal thickening and bilateral pleural effusions, favored to reflect pulmonary edema. "
      "Cardiomegaly. No consolidation."),
     {IST, PE, CM}),
    ("enr-25", "en",
     ("Subtle ground-glass opacity in the right upper lobe, likely infectious or inflammatory. "
      "No nodule. Without lymphadenopathy."),
     {OPA}),
    ("enr-26", "en",
     ("The lungs are clear without consolidation, mass, or effusion. The heart is not enlarged. "
      "No pericardial effusion. Sternotomy wires are intact."),
     {MM}),
    ("enr-27", "en",
     ("A mosaic attenuation pattern is not appreciated on the inspiratory images. Mild bronchial wall "
      "thickening, likely reflecting reactive airways disease. No bronchiectasis."),
     {PBT}),
    ("enr-28", "en",
     ("No pleural or pericardial effusion, lymphadenopathy, or hiatal hernia. No suspicious pulmonary "
      "nodule. Aortic and coronary atherosclerotic calcifications."),
     {AWC, CAC}),
    ("enr-29", "en",
     ("Severe panlobular emphysema. No superimposed consolidation. A 7 mm solid nodule in the right lower "
      "lobe, suspected to be a granuloma; follow-up is recommended."),
     {EMP, NOD}),
    ("enr-30", "en",
     ("Atelectasis is absent. The left lower lobe collapse seen on the prior study has resolved. "
      "The left pleural effusion has cleared. The left chest tube has been removed."),
     set()),
    ("enr-31", "en",
     ("Postoperative changes of right upper lobectomy with a surgical staple line at the right hilum. "
      "No evidence of recurrent nodule. No pleural effusion. Fibrotic bands along the staple line."),
     {MM, FIB}),
    ("enr-32", "en",
     ("Pericardial effusion: none. Pleural effusion: none. Lymph nodes: none enlarged. "
      "Lungs: mild bibasilar atelectasis."),
     {ATL}),
    ("enr-33", "en",
     ("Heart: within normal limits in size. No coronary artery calcification. Great vessels: unremarkable. "
      "Lungs: no nodules, no consolidation, no ground glass. Airways: patent, no bronchial wall thickening."),
     set()),
    ("enr-34", "en",
     ("Honeycombing is not identified, but there is peripheral reticulation with scattered ground-glass "
      "opacity, favored to represent fibrotic NSIP. No consolidation."),
     {FIB, OPA}),
    ("enr-35", "en",
     ("The lucencies represent paraseptal and centrilobular emphysema rather than cystic lung disease. "
      "Negative for nodules. Minimal dependent density in both lower lobes."),
     {EMP, OPA}),
    ("enr-36", "en",
     ("No convincing lymphadenopathy; a 9 mm right paratracheal lymph node is unchanged. "
      "The lungs are clear."),
     {LN}),
    ("enr-37", "en",
     ("Moderate free-flowing right pleural effusion with adjacent compressive atelectasis. "
      "No pericardial effusion."),
     {PE, ATL}),
    ("enr-38", "en",
     ("The central airways are clear. Mild bronchiectasis in both lower lobes. "
      "Bronchial wall thickening is not seen."),
     {BRX}),
    ("enr-39", "en",
     ("Neither emphysema nor fibrosis is seen. Mild bronchial wall thickening in both lower lobes."),
     {PBT}),
    ("enr-40", "en",
     ("Possible early honeycombing at the lung bases. No pleural effusion. Coronary calcification. "
      "Hiatal hernia, small."),
     {FIB, CAC, HH}),
    ("enr-41", "en",
     ("The mediastinum is devoid of enlarged lymph nodes. Aortic valve replacement and sternotomy wires. "
      "Mild cardiomegaly. A pericardial effusion is not demonstrated."),
     {MM, CM}),
    ("enr-42", "en",
     ("Right middle lobe opacity, likely atelectasis; pneumonia is less likely. No pleural effusion."),
     {OPA, ATL}),
    ("enr-43", "en",
     ("The ground-glass opacity has resolved, with mild residual interlobular septal thickening. "
      "No consolidation. No effusion."),
     {IST}),
    ("enr-44", "en",
     ("Lung nodule: not identified. Emphysema: absent. Bronchiectasis: absent. Mosaic attenuation: absent. "
      "Effusion: absent. Impression: unremarkable chest CT."),
     set()),
    ("enr-45", "en",
     ("Within the limits of this non-contrast examination, no lymphadenopathy. The thoracic aorta shows "
      "wall calcification. Incidental small sliding hiatal hernia. Lungs without nodules or opacities."),
     {AWC, HH}),
    ("enr-46", "en",
     ("The previously described 6 mm left lower lobe nodule is no longer visualized, likely having "
      "represented an inflammatory focus. A new 5 mm nodule in the right upper lobe is noted."),
     {NOD}),
    ("enr-47", "en",
     ("A pericardial effusion is suspected, measuring up to 8 mm. No cardiomegaly. No pleural effusion."),
     {PCE}),
    ("enr-48", "en",
     ("Mosaic attenuation is equivocal. No convincing bronchial wall thickening. No bronchiectasis. "
      "No septal thickening."),
     {MOS}),
    ("enr-49", "en",
     ("The pleural effusion has decreased but not resolved; small residual right effusion. "
      "The consolidation has cleared. A pigtail catheter remains in the right pleural space."),
     {PE, MM}),
    ("enr-50", "en",
     ("Clear lungs. No consolidation, ground-glass opacity, nodules, or masses. No lymphadenopathy. "
      "The esophagus is of normal caliber without hiatal hernia. Heart and pericardium are unremarkable. "
      "No coronary artery calcification."),
     set()),
    ("enr-51", "en",
     ("The lungs are free of consolidation but show bilateral peribronchovascular ground-glass opacities "
      "and a few areas of subsegmental atelectasis. Mediastinal lymph nodes measure up to 8 mm."),
     {OPA, ATL, LN}),
    ("enr-52", "en",
     ("Mild interlobular septal thickening in the lower lobes is not excluded. No honeycombing. "
      "Port catheter in the left chest wall with its tip in the SVC."),
     {IST, MM}),
    ("enr-53", "en",
     ("No large hiatal hernia; a small one cannot be excluded. Mild aortic calcification. "
      "The lungs are clear."),
     {HH, AWC}),
    ("enr-54", "en",
     ("History of clear cell renal carcinoma. No pulmonary nodules or lymphadenopathy to suggest "
      "metastatic disease. The lungs are otherwise clear."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("enr-17", HH): "'is not well seen' is not read as a denial",
    ("enr-42", OPA): "'opacity, likely atelectasis': the explanation drops the opacity",
    ("enr-44", NOD): "a field-style denial after a colon ('Lung nodule: not identified') is not read",
    ("enr-53", HH): "a hedge after a denial of the larger form ('No large hiatal hernia; a small one cannot be excluded') is not read",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
