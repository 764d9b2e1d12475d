"""Probe: English chest CT reports full of words whose negative-looking affixes do not deny the
finding they qualify (noncalcified nodule, non-specific nodules, nonsegmental consolidation,
non-dependent ground glass, non-obstructive atelectasis, unchanged, unresolved, undetermined,
indeterminate, ill-defined, irregular, inhomogeneous, incomplete resolution, untreated, unusual,
unilateral, uncomplicated, non-tunneled, airless lobe, nodular opacity, a suture "knot"), mixed with
real denials written with the same affixes or with terse words (unremarkable, nonenlarged,
non-pathological, non-dilated, emphysema-free, no longer seen, nil, absent, without, not).
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
    ("ena-01", "en",
     ("Non-contrast CT of the chest. A 5 mm noncalcified nodule is seen in the right upper lobe. "
      "No pleural effusion. Heart size is normal."),
     {NOD}),
    ("ena-02", "en",
     ("Multiple non-specific nodules measuring up to 4 mm are scattered in both lungs. "
      "No consolidation. Mild centrilobular emphysema in the upper lobes."),
     {NOD, EMP}),
    ("ena-03", "en",
     ("Nonsegmental consolidation in the left lower lobe with air bronchograms, compatible with pneumonia. "
      "Small left pleural effusion. No lymphadenopathy."),
     {CON, PE}),
    ("ena-04", "en",
     ("Patchy non-dependent ground glass opacities in both upper lobes. No interlobular septal thickening. "
      "No pleural or pericardial effusion."),
     {OPA}),
    ("ena-05", "en",
     ("Non-obstructive atelectasis at both lung bases. The central airways are patent. "
      "Coronary artery calcifications are present."),
     {ATL, CAC}),
    ("ena-06", "en",
     ("The 8 mm solid nodule in the left upper lobe is unchanged compared with the prior examination. "
      "Calcification of the aortic wall. No enlarged mediastinal or hilar lymph nodes."),
     {NOD, AWC}),
    ("ena-07", "en",
     ("Unresolved right pleural effusion with adjacent compressive atelectasis. Cardiomegaly. "
      "No pericardial effusion."),
     {PE, ATL, CM}),
    ("ena-08", "en",
     ("A 12 mm indeterminate nodule in the right middle lobe; PET-CT is recommended. "
      "No emphysema. No pleural effusion."),
     {NOD}),
    ("ena-09", "en",
     ("Ill-defined opacity in the lingula, likely infectious. Bronchial wall thickening in both lower lobes. "
      "No effusion."),
     {OPA, PBT}),
    ("ena-10", "en",
     ("Irregular 9 mm spiculated nodule in the left upper lobe, suspicious for malignancy. Paraseptal emphysema. "
      "A right paratracheal lymph node measures 14 mm in short axis."),
     {NOD, EMP, LN}),
    ("ena-11", "en",
     ("Incomplete resolution of the consolidation in the right lower lobe compared with the prior study. "
      "The pleural effusion seen previously is no longer present. "
      "A right internal jugular central venous catheter is in place."),
     {CON, MM}),
    ("ena-12", "en",
     ("Inhomogeneous lung attenuation with sharply demarcated lobular areas of low attenuation, consistent with "
      "mosaic attenuation; expiratory images are suggested. Mild cylindrical bronchiectasis in the lower lobes."),
     {MOS, BRX}),
    ("ena-13", "en",
     ("The right middle lobe is airless and reduced in volume, in keeping with collapse. "
      "No endobronchial lesion is identified. Small right pleural effusion."),
     {ATL, PE}),
    ("ena-14", "en",
     ("The lungs are unremarkable. The mediastinum is unremarkable. No pleural effusion. "
      "Heart size is normal."),
     set()),
    ("ena-15", "en",
     ("Nonenlarged mediastinal and hilar lymph nodes. The heart is not enlarged. "
      "Emphysema is present in both upper lobes."),
     {EMP}),
    ("ena-16", "en",
     ("Untreated large hiatal hernia with an intrathoracic stomach, unchanged. "
      "Passive atelectasis in the adjacent left lower lobe. No pleural effusion."),
     {HH, ATL}),
    ("ena-17", "en",
     ("Unusual upper-lobe predominant distribution of cylindrical bronchiectasis, raising the possibility of "
      "cystic fibrosis. Associated peribronchial thickening and mucous plugging."),
     {BRX, PBT}),
    ("ena-18", "en",
     ("Mediastinal lymph nodes are non-pathological in size. No pleural effusion. "
      "A 6 mm solid nodule in the right upper lobe."),
     {NOD}),
    ("ena-19", "en",
     ("The previously described left lower lobe consolidation is no longer seen. No new opacity. "
      "Stable sternotomy wires."),
     {MM}),
    ("ena-20", "en",
     ("A suture knot and staple line at the site of the prior right upper lobe wedge resection. "
      "Linear scarring adjacent to the staple line. No nodules."),
     {MM, FIB}),
    ("ena-21", "en",
     ("Nodular opacity measuring 9 mm in the left lower lobe. No pleural effusion. "
      "No lymphadenopathy."),
     {NOD, OPA}),
    ("ena-22", "en",
     ("The lungs are emphysema-free. Minimal dependent atelectasis at the bases. Normal heart size."),
     {ATL}),
    ("ena-23", "en",
     ("Pleural effusion: nil. Pericardial effusion: absent. "
      "The lungs are clear without nodules or consolidation."),
     set()),
    ("ena-24", "en",
     ("Consolidation in the right lower lobe without pleural effusion. Coronary artery calcification. "
      "No cardiomegaly."),
     {CON, CAC}),
    ("ena-25", "en",
     ("Heart size is not increased. A small pericardial effusion is noted. "
      "Pleural effusion is not seen."),
     {PCE}),
    ("ena-26", "en",
     ("Non-contrast CT. No nodules, consolidation or ground glass. No emphysema. No lymphadenopathy. "
      "Heart and pericardium are unremarkable."),
     set()),
    ("ena-27", "en",
     ("Noncalcified 4 mm nodule in the right lower lobe. A calcified subcarinal lymph node. "
      "Atherosclerotic calcification of the aortic arch."),
     {NOD, LN, AWC}),
    ("ena-28", "en",
     ("Interlobular septal thickening with non-dependent ground-glass opacity, suggestive of pulmonary edema. "
      "Bilateral pleural effusions. Cardiomegaly."),
     {IST, OPA, PE, CM}),
    ("ena-29", "en",
     ("Bilateral ground-glass opacities of undetermined etiology; the differential includes hypersensitivity "
      "pneumonitis. Mosaic attenuation is present. No fibrosis."),
     {OPA, MOS}),
    ("ena-30", "en",
     ("Unchanged subpleural reticulation and honeycombing in the lower lobes with traction bronchiectasis, "
      "consistent with UIP. No new consolidation."),
     {FIB, BRX}),
    ("ena-31", "en",
     ("Non-dilated bronchi. No bronchial wall thickening. "
      "A 3 mm noncalcified nodule in the left upper lobe, non-specific."),
     {NOD}),
    ("ena-32", "en",
     ("Airless left lower lobe due to mucus plugging, consistent with obstructive atelectasis. "
      "Endotracheal tube 4 cm above the carina. Small left pleural effusion."),
     {ATL, MM, PE}),
    ("ena-33", "en",
     ("The right pleural effusion is unresolved despite the indwelling chest tube. No pneumothorax. "
      "Heart size is normal."),
     {MM, PE}),
    ("ena-34", "en",
     ("Ill-defined patchy opacities in both lower lobes, possibly aspiration. Small hiatal hernia. "
      "No pleural effusion."),
     {OPA, HH}),
    ("ena-35", "en",
     ("Irregular interlobular septal thickening in the lower lobes. Peribronchial thickening. "
      "No honeycombing."),
     {IST, PBT}),
    ("ena-36", "en",
     ("Nonenlarged axillary and mediastinal lymph nodes. No pleural effusion. "
      "A non-tunneled dialysis catheter in the right internal jugular vein."),
     {MM}),
    ("ena-37", "en",
     ("Emphysema absent. Atelectasis absent. Mild cardiomegaly, without pericardial effusion."),
     {CM}),
    ("ena-38", "en",
     ("Uncomplicated hiatal hernia. Bilateral breast implants. Otherwise unremarkable."),
     {HH, MM}),
    ("ena-39", "en",
     ("Unilateral moderate left pleural effusion. Adjacent atelectasis of the left lower lobe. "
      "The heart is not enlarged."),
     {PE, ATL}),
    ("ena-40", "en",
     ("There is no longer any evidence of the previously seen right middle lobe atelectasis. "
      "Stable 5 mm noncalcified nodule in the left lower lobe. No new nodules."),
     {NOD}),
    ("ena-41", "en",
     ("Inhomogeneous consolidation of the right upper lobe with low-attenuation areas, suspicious for "
      "necrotizing pneumonia. Reactive enlarged hilar lymph nodes up to 13 mm. No effusion."),
     {CON, LN}),
    ("ena-42", "en",
     ("Non-specific mild bronchial wall thickening. No bronchiectasis. No mosaic attenuation."),
     {PBT}),
    ("ena-43", "en",
     ("Nil focal consolidation. Nil pleural effusion. Mild emphysema. Aortic calcification."),
     {EMP, AWC}),
    ("ena-44", "en",
     ("A small pericardial effusion cannot be excluded. Heart size is at the upper limit of normal. "
      "No pleural effusion."),
     {PCE}),
    ("ena-45", "en",
     ("Nonobstructive subsegmental atelectasis in the lingula. Unremarkable mediastinum. "
      "No lymphadenopathy."),
     {ATL}),
    ("ena-46", "en",
     ("Pulmonary nodules: none. Emphysema: none. Ground glass: absent. Effusion: nil. "
      "Lymph nodes: not enlarged."),
     set()),
    ("ena-47", "en",
     ("Coronary stent in the LAD with extensive coronary artery calcifications. Aortic valve prosthesis. "
      "Nonenlarged heart."),
     {MM, CAC}),
    ("ena-48", "en",
     ("Indeterminate ground-glass opacity in the left upper lobe, unchanged over 2 years; an adenocarcinoma "
      "spectrum lesion cannot be excluded. No lymphadenopathy."),
     {OPA}),
    ("ena-49", "en",
     ("Irregular linear opacities at both lung bases. Mild traction bronchiectasis. "
      "No pleural effusion."),
     {OPA, FIB, BRX}),
    ("ena-50", "en",
     ("Non-contrast CT for follow-up of untreated sarcoidosis. Bilateral hilar and mediastinal "
      "lymphadenopathy, unchanged. Perilymphatic nodules in the upper lobes."),
     {LN, NOD}),
    ("ena-51", "en",
     ("Lungs are emphysema-free. Small pericardial effusion. Aortic wall calcification."),
     {PCE, AWC}),
    ("ena-52", "en",
     ("Bronchiectasis is not seen. Consolidation is not present. "
      "Small bilateral pleural effusions are present."),
     {PE}),
    ("ena-53", "en",
     ("Unremarkable lungs apart from a 4 mm nodular opacity in the right middle lobe. No effusion."),
     {NOD, OPA}),
    ("ena-54", "en",
     ("Non-pathological appearance of the heart and pericardium. Interlobular septal thickening in the "
      "upper lobes. No effusions."),
     {IST}),
    ("ena-55", "en",
     ("Unchanged mild cardiomegaly and small pericardial effusion. Sternotomy wires. "
      "No pleural effusion."),
     {CM, PCE, MM}),
    ("ena-56", "en",
     ("Examination without contrast. Lungs without nodule, consolidation or emphysema. "
      "Heart without enlargement. Mediastinum without adenopathy."),
     set()),
    ("ena-57", "en",
     ("The previous left pleural effusion is no longer seen. Persistent consolidation in the left lower lobe. "
      "Ground-glass opacity not fully resolved in the right upper lobe."),
     {CON, OPA}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ena-40", ATL): "'no longer any evidence of the previously seen ... atelectasis': the past predicate 'previously seen' ends the denial's reach",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
