"""Probe: English chest CT reports built on causal and attributional chains between findings, as
radiologists write them ("atelectasis secondary to the effusion", "a large effusion causing compressive
atelectasis", "consolidation due to aspiration", "in keeping with fluid overload", "with resultant",
"as a result of", "attributable to", "caused by", "leading to", "resulting in", "with associated",
"explained by") and their denials ("no effusion to account for the atelectasis", "not due to an
obstructing mass", "no consolidation to suggest pneumonia", "not attributable to emphysema",
"without associated lymphadenopathy", "no underlying nodule", "no causative lesion"), where either the
cause or the effect may be the denied finding, mixed with ordinary positives and denials. The reports
were written for this file without looking at the engine's lexicon or cue lists.
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
    ("ecc-01", "en",
     ("Moderate right pleural effusion with adjacent compressive atelectasis of the right lower lobe. "
      "The atelectasis is secondary to the effusion. No pericardial effusion. Heart size is normal. "
      "No lymphadenopathy."),
     {PE, ATL}),
    ("ecc-02", "en",
     ("There is no pleural effusion to account for the bibasal atelectasis, which is more likely related "
      "to poor inspiratory effort. Scattered coronary artery calcification. No pulmonary nodules."),
     {ATL, CAC}),
    ("ecc-03", "en",
     ("Dense consolidation in the posterior segment of the right lower lobe, likely due to aspiration "
      "given the dependent distribution. No pleural effusion. A nasogastric tube is in place with its tip "
      "in the stomach."),
     {CON, MM}),
    ("ecc-04", "en",
     ("Cylindrical bronchiectasis in the middle lobe and lingula, likely related to prior infection. "
      "Mild peribronchial thickening accompanies it. No consolidation. No emphysema."),
     {BRX, PBT}),
    ("ecc-05", "en",
     ("Smooth interlobular septal thickening in both lower lobes, in keeping with fluid overload. "
      "Small bilateral pleural effusions. The heart is not enlarged. No pericardial effusion."),
     {IST, PE}),
    ("ecc-06", "en",
     ("Cardiomegaly with resultant pulmonary oedema, seen as diffuse ground-glass opacity and "
      "interlobular septal thickening. Bilateral pleural effusions, larger on the right. "
      "Mediastinal lymph nodes are not enlarged."),
     {CM, OPA, IST, PE}),
    ("ecc-07", "en",
     ("The left lower lobe atelectasis is not due to an obstructing mass; the bronchi are patent to the "
      "segmental level and the collapse is attributed to the adjacent moderate left pleural effusion. "
      "No lung nodule. Calcification of the aortic wall."),
     {ATL, PE, AWC}),
    ("ecc-08", "en",
     ("Patchy peribronchovascular ground-glass opacity in the right upper lobe. There is no "
      "consolidation to suggest bacterial pneumonia. No pleural effusion. No lymphadenopathy."),
     {OPA}),
    ("ecc-09", "en",
     ("There is no cardiomegaly or pleural effusion to suggest heart failure. Mild interlobular septal "
      "thickening is noted at the lung bases, not explained by fluid overload. Coronary artery "
      "calcification is present."),
     {IST, CAC}),
    ("ecc-10", "en",
     ("Areas of decreased attenuation in both lungs represent mosaic attenuation from air trapping and "
      "are not attributable to emphysema. Mild bronchial wall thickening. No bronchiectasis."),
     {MOS, PBT}),
    ("ecc-11", "en",
     ("A spiculated 14 mm nodule in the right upper lobe with associated ipsilateral hilar "
      "lymphadenopathy measuring 18 mm. No pleural effusion. No atelectasis."),
     {NOD, LN}),
    ("ecc-12", "en",
     ("A 9 mm solid nodule in the left upper lobe without associated lymphadenopathy. No pleural "
      "effusion. Mild centrilobular emphysema in both upper lobes."),
     {NOD, EMP}),
    ("ecc-13", "en",
     ("Subsegmental atelectasis in the lingula. No underlying nodule or mass is seen. "
      "Moderate-sized hiatal hernia."),
     {ATL, HH}),
    ("ecc-14", "en",
     ("Collapse of the right middle lobe. No causative endobronchial lesion is identified; mucus "
      "plugging is suspected. No pleural effusion. No mediastinal lymphadenopathy."),
     {ATL}),
    ("ecc-15", "en",
     ("Large left pleural effusion causing compressive atelectasis of most of the left lower lobe, with "
      "mediastinal shift to the right. Small pericardial effusion. Left-sided central venous catheter "
      "with its tip in the superior vena cava."),
     {PE, ATL, PCE, MM}),
    ("ecc-16", "en",
     ("Bibasal consolidation as a result of aspiration, with surrounding ground-glass opacity. "
      "A tracheostomy tube is in place. Heart size is normal."),
     {CON, OPA, MM}),
    ("ecc-17", "en",
     ("Traction bronchiectasis attributable to the underlying fibrosis, with subpleural reticulation and "
      "honeycombing in both lower lobes. No consolidation. No pleural effusion."),
     {BRX, FIB}),
    ("ecc-18", "en",
     ("Mild cardiomegaly. Interlobular septal thickening caused by interstitial oedema; no ground-glass "
      "opacity. Small right pleural effusion."),
     {CM, IST, PE}),
    ("ecc-19", "en",
     ("Enlarged subcarinal and right paratracheal lymph nodes, leading to mild narrowing of the right "
      "main bronchus. There is no resulting atelectasis. The lungs are otherwise clear."),
     {LN}),
    ("ecc-20", "en",
     ("Large hiatal hernia resulting in compressive atelectasis of the adjacent left lower lobe. "
      "No pleural effusion. Aortic and coronary artery calcifications."),
     {HH, ATL, AWC, CAC}),
    ("ecc-21", "en",
     ("No pleural effusion to account for the dyspnoea. No consolidation to suggest pneumonia. "
      "No cardiomegaly or pericardial effusion to suggest heart failure. No lymphadenopathy. "
      "The lungs are clear."),
     set()),
    ("ecc-22", "en",
     ("Peribronchial thickening with associated mucoid impaction, in keeping with bronchiolitis. "
      "No bronchiectasis. No consolidation."),
     {PBT}),
    ("ecc-23", "en",
     ("The ground-glass opacity in the right lower lobe is explained by dependent atelectasis rather "
      "than infection. No pulmonary nodules. No pleural effusion."),
     {OPA, ATL}),
    ("ecc-24", "en",
     ("Left lower lobe collapse, resulting from a large left pleural effusion. No obstructing "
      "endobronchial lesion. No pericardial effusion. Stable sternotomy wires."),
     {ATL, PE, MM}),
    ("ecc-25", "en",
     ("Multifocal consolidation with a reversed halo appearance, attributable to organising pneumonia. "
      "Ground-glass opacities are also present. No lymphadenopathy. No pleural effusion."),
     {CON, OPA}),
    ("ecc-26", "en",
     ("Central bronchiectasis, not related to prior infection but to allergic bronchopulmonary "
      "aspergillosis. Mild peribronchial thickening. No emphysema."),
     {BRX, PBT}),
    ("ecc-27", "en",
     ("The atelectasis at the left base is not attributable to a pleural effusion, as none is present; "
      "it is caused by elevation of the left hemidiaphragm. A 4 mm nodule in the right upper lobe."),
     {ATL, NOD}),
    ("ecc-28", "en",
     ("Small right pleural effusion, with no atelectasis or consolidation as a result of it. "
      "Mild cardiomegaly. Coronary artery calcification."),
     {PE, CM, CAC}),
    ("ecc-29", "en",
     ("Centrilobular and paraseptal emphysema in the upper lobes; the reduced peripheral vascularity is "
      "explained by the emphysema. Mild bronchial wall thickening."),
     {EMP, PBT}),
    ("ecc-30", "en",
     ("Moderate pericardial effusion, caused by uraemia according to the clinical history. "
      "No pleural effusion. No cardiomegaly."),
     {PCE}),
    ("ecc-31", "en",
     ("Bilateral hilar and mediastinal lymphadenopathy attributable to sarcoidosis, with small "
      "perilymphatic nodules along the fissures. No fibrosis. No pleural effusion."),
     {LN, NOD}),
    ("ecc-32", "en",
     ("Calcified mediastinal lymph nodes and a calcified 5 mm nodule in the right upper lobe, related to "
      "prior granulomatous infection. No consolidation."),
     {LN, NOD}),
    ("ecc-33", "en",
     ("Fibrotic scarring in the right upper lobe, consistent with post-radiation fibrosis. No underlying "
      "mass is seen to account for it. Surgical clips in the right axilla."),
     {FIB, MM}),
    ("ecc-34", "en",
     ("A moderate left pleural effusion is present. It is not caused by cardiac failure: the heart is "
      "normal in size and there is no interlobular septal thickening. Adjacent passive atelectasis."),
     {PE, ATL}),
    ("ecc-35", "en",
     ("Patchy consolidation in the left lower lobe with an associated small parapneumonic pleural "
      "effusion. No lymphadenopathy."),
     {CON, PE}),
    ("ecc-36", "en",
     ("No consolidation or ground-glass opacity to suggest infection. Mosaic attenuation is present, "
      "likely caused by small airways disease. No bronchiectasis."),
     {MOS}),
    ("ecc-37", "en",
     ("Mosaic attenuation explained by chronic thromboembolic disease. The pulmonary trunk is dilated. "
      "No pleural effusion."),
     {MOS}),
    ("ecc-38", "en",
     ("Hyperinflated lungs with centrilobular emphysema, leading to flattening of the diaphragm. "
      "No pulmonary nodules. The heart is small."),
     {EMP}),
    ("ecc-39", "en",
     ("Ground-glass opacity with superimposed interlobular septal thickening (crazy paving), attributable "
      "to pulmonary alveolar proteinosis. No consolidation. No lymphadenopathy."),
     {OPA, IST}),
    ("ecc-40", "en",
     ("No pleural effusion or atelectasis. No lung nodule to explain the abnormal chest radiograph; the "
      "radiographic density corresponds to a nipple shadow. Heart size is normal. No coronary artery "
      "calcification."),
     set()),
    ("ecc-41", "en",
     ("Right lower lobe consolidation caused by an obstructing mucus plug, with associated volume loss. "
      "Atelectasis of the middle lobe. Enlarged right hilar lymph nodes up to 15 mm in short axis."),
     {CON, ATL, LN}),
    ("ecc-42", "en",
     ("The interlobular septal thickening is not due to lymphangitic carcinomatosis; there are no nodules "
      "and no lymphadenopathy. It is in keeping with mild fluid overload. Small bilateral pleural "
      "effusions."),
     {IST, PE}),
    ("ecc-43", "en",
     ("There is no emphysema to explain the reduced lung attenuation, which instead reflects mosaic "
      "perfusion. Coronary artery calcification."),
     {MOS, CAC}),
    ("ecc-44", "en",
     ("Multiple pulmonary nodules, up to 12 mm, with no associated pleural effusion or "
      "lymphadenopathy. A port catheter is present in the right chest wall."),
     {NOD, MM}),
    ("ecc-45", "en",
     ("Peribronchial thickening and bronchiectasis in the lower lobes, as a result of recurrent "
      "aspiration in the context of a large hiatal hernia."),
     {PBT, BRX, HH}),
    ("ecc-46", "en",
     ("Apical scarring in both upper lobes secondary to old tuberculosis, with associated traction "
      "bronchiectasis in the right upper lobe. No cavity. No consolidation."),
     {FIB, BRX}),
    ("ecc-47", "en",
     ("The pericardial effusion has resolved. Persistent small left pleural effusion with associated "
      "atelectasis. Sternotomy wires and mediastinal surgical clips."),
     {PE, ATL, MM}),
    ("ecc-48", "en",
     ("Mild cardiomegaly, not resulting in pulmonary oedema: no septal thickening, no ground-glass "
      "opacity and no pleural effusion. Calcification of the aortic arch."),
     {CM, AWC}),
    ("ecc-49", "en",
     ("An 8 mm nodular opacity in the right lower lobe, possibly related to infection. No associated "
      "consolidation. No pleural effusion."),
     {NOD, OPA}),
    ("ecc-50", "en",
     ("Bilateral lower lobe atelectasis, possibly secondary to small pleural effusions. "
      "No consolidation. Coronary artery calcification."),
     {ATL, PE, CAC}),
    ("ecc-51", "en",
     ("Focal consolidation in the lingula, without associated pleural effusion or lymphadenopathy. "
      "There is no underlying bronchiectasis."),
     {CON}),
    ("ecc-52", "en",
     ("Bilateral ground-glass opacities, attributable to drug toxicity. No fibrotic change. No pleural "
      "effusion to suggest fluid overload. Mild mediastinal lymphadenopathy."),
     {OPA, LN}),
    ("ecc-53", "en",
     ("No pericardial effusion to explain the enlarged cardiac silhouette on the radiograph; the heart "
      "is normal in size on CT. No pleural effusion. No consolidation, atelectasis or nodule."),
     set()),
    ("ecc-54", "en",
     ("Atelectasis of the right lower lobe caused by a large pleural effusion. The effusion is in turn "
      "attributable to cardiac failure, with cardiomegaly and interlobular septal thickening."),
     {ATL, PE, CM, IST}),
    ("ecc-55", "en",
     ("No lymphadenopathy to account for the widened mediastinum, which is explained by mediastinal "
      "fat. Aortic wall calcification. The lungs are clear."),
     {AWC}),
    ("ecc-56", "en",
     ("The lungs are clear. No nodule, consolidation or atelectasis. No bronchiectasis or bronchial wall "
      "thickening to explain the chronic cough. No emphysema."),
     set()),
    ("ecc-57", "en",
     ("Centrilobular emphysema is present in the upper lobes. The lower lobe hyperlucency, however, is "
      "not attributable to emphysema but to mosaic attenuation from air trapping."),
     {EMP, MOS}),
    ("ecc-58", "en",
     ("Large hiatal hernia, which does not cause atelectasis of the adjacent lung. No pleural effusion. "
      "Mild coronary artery calcification."),
     {HH, CAC}),
    ("ecc-59", "en",
     ("No consolidation, ground-glass opacity or pleural effusion to suggest infection. No lymph node "
      "enlargement. The heart and pericardium are normal."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
