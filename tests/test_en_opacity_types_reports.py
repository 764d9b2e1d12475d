"""Probe: English chest CT reports using the whole vocabulary of lung opacities and how CT-RATE labels
them: ground-glass opacity (GGO, "hazy increased attenuation", "ground glass density"), consolidation
("airspace consolidation", "dense opacity with air bronchograms"), patchy, nodular, linear and reticular
opacities, tree-in-bud opacities (not a Lung opacity when alone), dependent density (a Lung opacity),
subpleural curvilinear lines, halo and reverse halo signs, crazy paving, mosaic attenuation, "increased
density", "infiltrate" (Consolidation), atelectatic opacity and "opacity likely representing atelectasis"
(Atelectasis, not Lung opacity), scar-like opacity (fibrotic sequela); present, denied, hedged and
resolved findings, with negative controls (contrast opacification, ground-glass bone matrix, bone and
breast density). The reports were written for this file without looking at the engine's lexicon or
cue lists.
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
    ("eop-01", "en",
     ("Clinical indication: fever and cough. Bilateral, predominantly peripheral and subpleural ground-"
      "glass opacities are seen in both lower lobes. No consolidation is identified. No pleural or "
      "pericardial effusion. Heart size is within normal limits. Mediastinal lymph nodes are not enlarged."),
     {OPA}),
    ("eop-02", "en",
     ("There is airspace consolidation with air bronchograms in the posterior basal segment of the right "
      "lower lobe, consistent with pneumonia. A small right pleural effusion is present. No ground-glass "
      "opacity elsewhere. Calcified atherosclerotic plaques are noted in the aortic arch."),
     {AWC, CON, PE}),
    ("eop-03", "en",
     ("Hazy increased attenuation is noted in the apical segments of both upper lobes. Mild centrilobular "
      "emphysema is present. No pulmonary nodule or mass. Coronary artery calcifications are seen in the "
      "LAD."),
     {CAC, EMP, OPA}),
    ("eop-04", "en",
     ("Areas of ground glass density are observed in the lingula and left lower lobe, with superimposed "
      "interlobular septal thickening producing a crazy paving appearance. No pleural effusion. The heart "
      "is mildly enlarged."),
     {CM, IST, OPA}),
    ("eop-05", "en",
     ("A dense opacity with air bronchograms occupies most of the left lower lobe. There is an adjacent "
      "small left pleural effusion. Trachea and main bronchi are patent. Heart size is normal."),
     {CON, PE}),
    ("eop-06", "en",
     ("Patchy opacities are seen in the right middle lobe and right lower lobe, likely infectious. Mild "
      "bronchial wall thickening in both lower lobes. No pleural effusion. No lymphadenopathy."),
     {OPA, PBT}),
    ("eop-07", "en",
     ("Multiple ill-defined nodular opacities up to 6 mm are scattered in both upper lobes in a "
      "peribronchovascular distribution. No cavitation. Mediastinal lymph nodes measure up to 8 mm in short"
      " axis, not reaching pathological size. No pleural effusion."),
     {LN, NOD, OPA}),
    ("eop-08", "en",
     ("Subpleural reticular opacities with honeycombing are present in both lower lobes, with traction "
      "bronchiectasis, consistent with a UIP pattern. No ground-glass opacity. Mild cardiomegaly. "
      "Calcifications of the aortic wall."),
     {AWC, BRX, CM, FIB}),
    ("eop-09", "en",
     ("Tree-in-bud opacities are seen in the superior segment of the right lower lobe. No consolidation or "
      "cavitation. No pleural effusion. Heart and mediastinum are unremarkable."),
     set()),
    ("eop-10", "en",
     ("Centrilobular tree-in-bud opacities are present in the left lower lobe with associated bronchial "
      "wall thickening, suggestive of infectious bronchiolitis. No ground-glass opacity. No "
      "lymphadenopathy."),
     {PBT}),
    ("eop-11", "en",
     ("Dependent densities are noted in the posterior portions of both lower lobes, likely related to "
      "hypoventilation. No focal consolidation. No pleural effusion. A nasogastric tube is in place."),
     {MM, OPA}),
    ("eop-12", "en",
     ("Subpleural curvilinear lines and fine reticulation are present in the posterior lower lobes, "
      "suggesting early interstitial fibrosis. No honeycombing. No ground-glass opacity. Small hiatal "
      "hernia."),
     {FIB, HH}),
    ("eop-13", "en",
     ("Subpleural curvilinear lines in the dependent lung bases likely represent dependent atelectasis. The"
      " lungs are otherwise clear. Heart size is normal and there is no pericardial effusion."),
     {ATL}),
    ("eop-14", "en",
     ("A 14 mm solid nodule in the left upper lobe is surrounded by a ground-glass halo. In this "
      "neutropenic patient, angioinvasive fungal infection should be considered. No pleural effusion. A "
      "right internal jugular central venous catheter is present with its tip in the SVC."),
     {MM, NOD, OPA}),
    ("eop-15", "en",
     ("Several nodules up to 11 mm with a surrounding halo are seen in both lungs. No consolidation. No "
      "lymphadenopathy."),
     {NOD, OPA}),
    ("eop-16", "en",
     ("In the right lower lobe there is a focus of central ground-glass opacity surrounded by a crescentic "
      "rim of consolidation (reversed halo sign), suggestive of organizing pneumonia. No pleural effusion. "
      "No mediastinal lymphadenopathy."),
     {CON, OPA}),
    ("eop-17", "en",
     ("Reverse halo signs are seen in both lower lobes. Findings may represent cryptogenic organizing "
      "pneumonia. Heart size is normal. Coronary artery calcification is present."),
     {CAC, CON, OPA}),
    ("eop-18", "en",
     ("Crazy paving pattern in both lower lobes, which may be seen with pulmonary alveolar proteinosis or "
      "infection. No pleural effusion. Mediastinal lymph nodes are not enlarged."),
     {IST, OPA}),
    ("eop-19", "en",
     ("Mosaic attenuation is seen in both lungs, with air trapping on expiratory images, suggestive of "
      "small airways disease. Mild bronchial wall thickening. No bronchiectasis."),
     {MOS, PBT}),
    ("eop-20", "en",
     ("Increased density is seen in the posterobasal segment of the left lower lobe. Small left pleural "
      "effusion. Aortic calcifications. No cardiomegaly."),
     {AWC, OPA, PE}),
    ("eop-21", "en",
     ("A pneumonic infiltrate is present in the right middle lobe. No pleural effusion. Trachea and bronchi"
      " are patent. Heart size is normal."),
     {CON}),
    ("eop-22", "en",
     ("An atelectatic opacity is seen in the lingula. No focal consolidation. Mild emphysema in the upper "
      "lobes. No pleural effusion."),
     {ATL, EMP}),
    ("eop-23", "en",
     ("Opacity in the left lower lobe likely representing atelectasis, adjacent to a moderate left pleural "
      "effusion. The right lung is clear. Pericardial effusion is not seen."),
     {ATL, PE}),
    ("eop-24", "en",
     ("Scar-like opacity in the apical segment of the right upper lobe, unchanged from the prior study. No "
      "new nodules. No lymphadenopathy. No pleural effusion."),
     {FIB}),
    ("eop-25", "en",
     ("Comparison is made with the CT from 3 months ago. The previously described bilateral ground-glass "
      "opacities have completely resolved. No new consolidation. No pleural effusion. Heart size is normal."),
     set()),
    ("eop-26", "en",
     ("The consolidation in the left lower lobe seen on the prior examination has resolved; a residual "
      "linear fibrotic band remains at the site. No new opacity. Mild cardiomegaly."),
     {CM, FIB}),
    ("eop-27", "en",
     ("Compared with the prior study, the ground-glass opacities in both lungs have decreased in extent but"
      " persist, mainly in the lower lobes. The right lower lobe consolidation has resolved. The small "
      "bilateral pleural effusions have also resolved."),
     {OPA}),
    ("eop-28", "en",
     ("Subtle ground-glass opacity in the right upper lobe cannot be excluded due to respiratory motion "
      "artifact. No consolidation. No nodules. The mediastinum is unremarkable."),
     {OPA}),
    ("eop-29", "en",
     ("There is possible early consolidation in the superior segment of the left lower lobe. Clinical "
      "correlation is recommended. No pleural effusion. A left chest wall pacemaker is present with leads "
      "in the right atrium and right ventricle."),
     {CON, MM}),
    ("eop-30", "en",
     ("Clinical information: fever, rule out pneumonia. No ground-glass opacity, consolidation or "
      "infiltrate is seen. No pleural effusion. No mediastinal or hilar lymphadenopathy. Heart size is "
      "normal."),
     set()),
    ("eop-31", "en",
     ("A ground-glass matrix expansile lesion is seen in the left sixth rib, consistent with fibrous "
      "dysplasia. The lungs are clear without nodule or opacity. No pleural effusion."),
     set()),
    ("eop-32", "en",
     ("Contrast opacification of the pulmonary arteries is adequate and there is no filling defect to "
      "suggest pulmonary embolism. The lung parenchyma shows no opacity. Mild atherosclerotic calcification"
      " of the thoracic aorta. No pericardial effusion."),
     {AWC}),
    ("eop-33", "en",
     ("Increased density in the T9 vertebral body likely represents a bone island. Soft tissue density in "
      "the anterior mediastinum is consistent with residual thymic tissue. The lung parenchyma is clear. No"
      " lymphadenopathy."),
     set()),
    ("eop-34", "en",
     ("Dense fibroglandular breast tissue is noted bilaterally. Decreased hepatic attenuation suggests "
      "hepatic steatosis. No pulmonary opacity or nodule. No pleural effusion. Coronary calcification in "
      "the LAD."),
     {CAC}),
    ("eop-35", "en",
     ("Linear opacities at both lung bases, likely post-inflammatory sequelae. No ground-glass opacity or "
      "consolidation. Small sliding hiatal hernia."),
     {FIB, HH}),
    ("eop-36", "en",
     ("Linear opacities in the right middle lobe and lingula, consistent with subsegmental atelectasis or "
      "scarring. The lungs are otherwise clear. The thoracic aorta is of normal caliber with mural "
      "calcification."),
     {ATL, AWC, FIB}),
    ("eop-37", "en",
     ("Multifocal ground-glass opacities with areas of consolidation are present in both lungs, "
      "predominantly peripheral, highly suggestive of COVID-19 pneumonia. Interlobular septal thickening is"
      " noted within the ground-glass areas. No pleural effusion. No lymphadenopathy."),
     {CON, IST, OPA}),
    ("eop-38", "en",
     ("An 8 mm pure ground-glass nodule in the right upper lobe is unchanged. Centrilobular and paraseptal "
      "emphysema. No consolidation. Coronary artery calcifications."),
     {CAC, EMP, NOD, OPA}),
    ("eop-39", "en",
     ("Endotracheal tube tip 3 cm above the carina. Bilateral moderate pleural effusions with compressive "
      "atelectasis of the lower lobes. Patchy airspace consolidation in the right upper lobe. No "
      "pneumothorax."),
     {ATL, CON, MM, PE}),
    ("eop-40", "en",
     ("Cardiomegaly with a small pericardial effusion. Smooth interlobular septal thickening and bilateral "
      "perihilar hazy ground-glass opacities, consistent with pulmonary edema. Bilateral small pleural "
      "effusions. Mediastinal lymph nodes measure up to 9 mm."),
     {CM, IST, LN, OPA, PCE, PE}),
    ("eop-41", "en",
     ("Diffuse poorly defined centrilobular ground-glass nodules and areas of mosaic attenuation in both "
      "lungs, suggestive of hypersensitivity pneumonitis. No fibrosis or honeycombing. No pleural effusion."),
     {MOS, NOD, OPA}),
    ("eop-42", "en",
     ("No mosaic attenuation, ground-glass opacity, or consolidation. Severe centrilobular emphysema in the"
      " upper lobes with bullae. No nodules. Heart size is normal."),
     {EMP}),
    ("eop-43", "en",
     ("The previously described infiltrate in the left lower lobe is no longer seen. No new parenchymal "
      "opacity. A 4 mm nodule in the right lower lobe is stable. Sternotomy wires are noted."),
     {MM, NOD}),
    ("eop-44", "en",
     ("Gravity-dependent increased density is present in the posterior lower lobes bilaterally. "
      "Bronchiectasis in the right middle lobe. No pleural effusion."),
     {BRX, OPA}),
    ("eop-45", "en",
     ("An ill-defined infiltrate in the left upper lobe cannot be excluded; follow-up is suggested. Mild "
      "peribronchial thickening. No lymphadenopathy."),
     {CON, PBT}),
    ("eop-46", "en",
     ("Post-radiation changes in the medial left upper lobe with reticular opacities, volume loss and "
      "traction bronchiectasis. Surgical clips in the left axilla. No new nodule. No pleural effusion."),
     {BRX, FIB, MM}),
    ("eop-47", "en",
     ("A mass-like consolidation measuring 4 cm in the right lower lobe, with surrounding ground-glass "
      "opacity. A right hilar lymph node measures 15 mm. No pleural effusion."),
     {CON, LN, OPA}),
    ("eop-48", "en",
     ("Spiculated 22 mm nodule in the left upper lobe, suspicious for primary lung carcinoma. A few "
      "subpleural reticular opacities in the lower lobes. Mediastinal lymph nodes are not enlarged. Aortic "
      "and coronary calcifications."),
     {AWC, CAC, FIB, NOD}),
    ("eop-49", "en",
     ("Faint ground glass density in the left lower lobe may be due to incomplete inspiration rather than "
      "true parenchymal disease. No consolidation. No effusion."),
     {OPA}),
    ("eop-50", "en",
     ("Patchy opacity at the right lung base most likely represents atelectasis rather than pneumonia. "
      "Elevated right hemidiaphragm. No pleural effusion."),
     {ATL}),
    ("eop-51", "en",
     ("The lungs are clear. No focal opacity, ground-glass, consolidation, nodule, or mass. No pleural or "
      "pericardial effusion. Heart size is normal. No lymphadenopathy. The thoracic aorta is normal in "
      "caliber without calcification."),
     set()),
    ("eop-52", "en",
     ("Scar-like opacities in both upper lobe apices with apical pleural thickening. The previous ground "
      "glass opacity in the right lower lobe has resolved. Minimal atelectatic opacity at the left base. "
      "Hiatal hernia."),
     {ATL, FIB, HH}),
    ("eop-53", "en",
     ("No increased density in the lung parenchyma. Small calcified pleural plaques consistent with prior "
      "asbestos exposure. Mild cardiomegaly."),
     {CM}),
    ("eop-54", "en",
     ("Bilateral ground-glass opacities without crazy paving or septal thickening. Small pericardial "
      "effusion. Mild cardiomegaly."),
     {CM, OPA, PCE}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eop-05", OPA): "a dense opacity with air bronchograms is read as an opacity too (CT-RATE train labels opacity in 21 of 27 reports with air bronchograms)",
    ("eop-08", OPA): "reticular opacities are read as opacities too (the sentence's UIP is in another part of it)",
    ("eop-15", OPA): "a halo around nodules is not read as ground-glass opacity (CT-RATE train is split on halo, 4 of 7)",
    ("eop-17", OPA): "a reversed halo sign is not read as ground glass and consolidation",
    ("eop-17", CON): "a reversed halo sign is not read as ground glass and consolidation",
    ("eop-18", OPA): "crazy paving alone: CT-RATE train is split on it as an opacity (4 of 8)",
    ("eop-18", IST): "crazy paving alone is not interlobular septal thickening in CT-RATE train (7 of 8 reports label it 0)",
    ("eop-21", CON): "an infiltrate alone is no consolidation in CT-RATE train (25 of 360)",
    ("eop-36", OPA): "CT-RATE convention: a linear opacity is labelled opacity (train: 12 of 16 'linear densities')",
    ("eop-38", OPA): "a ground-glass nodule is read as a nodule only (the other probes' convention)",
    ("eop-41", OPA): "ground-glass nodules are read as nodules only (the other probes' convention)",
    ("eop-45", CON): "an infiltrate alone is no consolidation in CT-RATE train (25 of 360)",
    ("eop-48", OPA): "reticular opacities are read as opacities too",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
