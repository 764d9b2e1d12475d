"""Probe: English postmortem CT (PMCT, virtual autopsy) chest reports as forensic and clinical
radiologists write them: expected postmortem change (hypostasis / dependent ground glass and
dependent density, livor mortis, intravascular and decomposition gas, sedimentation of blood in the
heart and great vessels, the "hyperdense aortic wall" sign), resuscitation artefacts (CPR rib and
sternal fractures, endotracheal tube, intraosseous needle, defibrillator pads, gastric distension)
and real pathology (pneumonia, pleural effusion, haemopericardium / tamponade, aortic dissection,
emphysema, coronary calcification, nodules, lymphadenopathy), with PMCT hedges ("cannot be
distinguished from postmortem change", "likely antemortem", "may represent hypostasis").
Negative controls include hypostasis of blood in the heart or of the skin, subcutaneous emphysema,
pericardial gas, and the hyperdense aortic wall (not calcification). The reports were written for
this file without looking at the engine's lexicon or cue lists.
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
    ("epm-01", "en",
     ("Postmortem CT of the chest, non-contrast. Endotracheal tube in situ, tip 3 cm above the carina. "
      "Defibrillator pads over the anterior chest wall. Bilateral anterior fractures of ribs 3 to 6, in keeping "
      "with cardiopulmonary resuscitation. Dependent ground-glass opacity in both lower lobes, consistent with "
      "postmortem hypostasis. No pleural or pericardial effusion. Heart size within normal limits."),
     {MM, OPA}),
    ("epm-02", "en",
     ("Virtual autopsy. Large hyperdense pericardial collection measuring up to 60 HU, consistent with "
      "haemopericardium; the configuration suggests cardiac tamponade. Stanford type A aortic dissection with an "
      "intimal flap in the ascending aorta. Calcified plaques in the aortic arch. Posterior dependent density in "
      "both lungs. No pleural effusion."),
     {PCE, AWC, OPA}),
    ("epm-03", "en",
     ("PMCT chest. Intravascular gas in the right heart, pulmonary trunk and hepatic veins, attributable to "
      "resuscitation or early decomposition. Sedimentation of blood in the aorta and cardiac chambers with "
      "fluid-fluid levels (haematocrit effect). The lungs are well aerated. No pleural effusion. No pericardial "
      "fluid. The heart is not enlarged."),
     set()),
    ("epm-04", "en",
     ("The aortic wall appears hyperdense relative to the intraluminal blood (hyperdense aortic wall sign), "
      "reflecting postmortem sedimentation of blood cells rather than mural calcification. No vascular "
      "calcification of the aorta or coronary arteries. Lungs: ground-glass density in the posterior dependent "
      "segments bilaterally."),
     {OPA}),
    ("epm-05", "en",
     ("Dense consolidation of the right lower lobe with air bronchograms, extending into the non-dependent "
      "anterior basal segment, which favours antemortem pneumonia over hypostasis. Small right pleural effusion. "
      "Mediastinal lymph nodes up to 13 mm in short axis. Nasogastric tube with its tip in the gastric body."),
     {CON, PE, LN, MM}),
    ("epm-06", "en",
     ("Severe centrilobular and paraseptal emphysema with upper lobe predominance. Extensive coronary artery "
      "calcification of the LAD and RCA. Calcified atherosclerotic plaque along the thoracic aorta. The heart "
      "is enlarged (cardiothoracic ratio approximately 0.6, interpretation limited postmortem). Dependent density "
      "in both lower lobes, likely hypostasis."),
     {EMP, CAC, AWC, CM, OPA}),
    ("epm-07", "en",
     ("Small bilateral pleural fluid collections which cannot be distinguished from postmortem transudation. "
      "No pericardial effusion. Endotracheal tube in the mid trachea. Intraosseous needle in the right humeral "
      "head. Lungs otherwise unremarkable."),
     {PE, MM}),
    ("epm-08", "en",
     ("Advanced decomposition with extensive gas in the soft tissues, cardiac chambers, great vessels and liver "
      "parenchyma. Gas within the pericardial sac, without measurable pericardial fluid. The lungs show diffuse "
      "increased attenuation that cannot be interpreted because of putrefaction. Small bilateral pleural "
      "collections, probably decomposition fluid."),
     {OPA, PE}),
    ("epm-09", "en",
     ("Fluid in the maxillary and sphenoid sinuses and in the trachea and main bronchi. Diffuse ground-glass "
      "opacities in both lungs with a mosaic pattern, in keeping with drowning, although hypostasis contributes "
      "posteriorly. Heart and mediastinum unremarkable."),
     {OPA, MOS}),
    ("epm-10", "en",
     ("Multiple bilateral anterolateral rib fractures and a transverse sternal fracture, consistent with chest "
      "compressions. Endotracheal tube with the tip at the level of the carina. Marked gastric distension with "
      "air, likely from bag-mask ventilation. No pneumothorax. The lungs show nothing beyond minimal posterior "
      "hypostasis."),
     {MM, OPA}),
    ("epm-11", "en",
     ("No medical devices are present. No rib fractures. The heart is normal in size and there is no "
      "pericardial effusion. Lungs clear. No mediastinal or hilar lymphadenopathy. No pleural fluid. No coronary "
      "artery calcification."),
     set()),
    ("epm-12", "en",
     ("Moderate pericardial effusion of fluid attenuation (around 10 HU), not haemorrhagic. Cardiomegaly. "
      "Bilateral pleural effusions with adjacent compressive atelectasis of the lower lobes. Interlobular septal "
      "thickening and ground-glass opacity compatible with pulmonary oedema, likely antemortem cardiac failure, "
      "though postmortem change may contribute."),
     {PCE, CM, PE, ATL, IST, OPA}),
    ("epm-13", "en",
     ("Spiculated 18 mm nodule in the right upper lobe, suspicious for primary lung carcinoma. Enlarged right "
      "hilar lymph node measuring 15 mm. Paraseptal emphysema. Dependent ground glass in both lower lobes, in "
      "keeping with postmortem hypostasis."),
     {NOD, LN, EMP, OPA}),
    ("epm-14", "en",
     ("A 5.5 cm mass in the left lower lobe encasing the lower lobe bronchus, with post-obstructive collapse of "
      "the left lower lobe. Moderate left pleural effusion. Enlarged subcarinal lymph nodes. Findings likely "
      "represent advanced malignancy and are antemortem."),
     {ATL, PE, LN}),
    ("epm-15", "en",
     ("Large hiatus hernia containing most of the stomach. Dependent consolidation in the right lower lobe and "
      "the posterior segment of the right upper lobe, which may reflect aspiration; hypostasis cannot be "
      "excluded. Food material in the oesophagus."),
     {HH, CON}),
    ("epm-16", "en",
     ("Comparison is made with the antemortem CT from 5 days earlier. The previously noted right pleural "
      "effusion is no longer present. Median sternotomy wires and mediastinal surgical clips from prior CABG. "
      "Calcified native coronary arteries. The lungs show only dependent density."),
     {MM, CAC, OPA}),
    ("epm-17", "en",
     ("Subpleural reticulation with honeycombing and traction bronchiectasis in both lower lobes, a UIP pattern, "
      "clearly antemortem. Superimposed dependent ground-glass opacity cannot be distinguished between acute "
      "exacerbation and postmortem change. Mildly enlarged mediastinal lymph nodes up to 12 mm."),
     {FIB, BRX, OPA, LN}),
    ("epm-18", "en",
     ("Cylindrical bronchiectasis in the middle lobe and lingula with bronchial wall thickening and mucus "
      "plugging. Tree-in-bud pattern in the right lower lobe. No pleural effusion. Postmortem intravascular gas "
      "in the right atrium."),
     {BRX, PBT}),
    ("epm-19", "en",
     ("Dual-chamber pacemaker with leads in the right atrium and right ventricle. Cardiomegaly. Calcification "
      "of the aorta and coronary arteries. Small bilateral pleural effusions. Bibasal atelectasis."),
     {MM, CM, AWC, CAC, PE, ATL}),
    ("epm-20", "en",
     ("Livor mortis is seen as increased density of the dependent subcutaneous fat of the back. The lungs "
      "themselves are well aerated, without dependent opacity. No pericardial effusion and the pericardium is "
      "not thickened. No calcification of the aorta or the coronary arteries."),
     set()),
    ("epm-21", "en",
     ("Haemopericardium with a hyperdense clot layer of approximately 70 HU surrounding the heart, compatible "
      "with cardiac tamponade from myocardial rupture. Dense calcification of the left anterior descending "
      "coronary artery. No cardiomegaly. No pleural effusion."),
     {PCE, CAC}),
    ("epm-22", "en",
     ("Right tension pneumothorax with mediastinal shift and complete collapse of the right lung. Left-sided "
      "chest drain. Patchy ground-glass and consolidative opacities in the non-dependent left upper lobe, "
      "consistent with contusion rather than hypostasis. Multiple right rib fractures, not of a CPR pattern."),
     {ATL, MM, OPA, CON}),
    ("epm-23", "en",
     ("Large left haemothorax with a haematocrit level in the pleural space and passive atelectasis of the left "
      "lower lobe. Ruptured descending thoracic aortic aneurysm with a calcified wall. No pericardial effusion."),
     {PE, ATL, AWC}),
    ("epm-24", "en",
     ("Post-mortem CT chest. No significant abnormality. Expected postmortem changes only (intravascular gas, "
      "sedimentation of blood)."),
     set()),
    ("epm-25", "en",
     ("Bilateral posterior dependent increased lung density, most likely hypostasis. No focal consolidation. "
      "Heart and great vessels unremarkable apart from postmortem clot."),
     {OPA}),
    ("epm-26", "en",
     ("Diffuse ground-glass opacification of both lungs, which may represent pulmonary oedema or postmortem "
      "change; the two cannot be differentiated on PMCT. Smooth interlobular septal thickening at the bases. A "
      "small pericardial effusion cannot be excluded."),
     {OPA, IST, PCE}),
    ("epm-27", "en",
     ("Mosaic attenuation of the lung parenchyma could represent air trapping, but postmortem heterogeneity of "
      "aeration is the more likely explanation. Bronchial walls are not thickened. No bronchiectasis."),
     {MOS}),
    ("epm-28", "en",
     ("Infant postmortem CT. Nasogastric tube and ECG electrodes in place. The lungs show diffuse bilateral "
      "increased density, predominantly dependent, which is a common postmortem finding in infants and cannot "
      "be distinguished from infection. No pleural effusion. Thymus of normal size. No fractures."),
     {MM, OPA}),
    ("epm-29", "en",
     ("Two calcified granulomas in the left upper lobe, 3 and 4 mm. Calcified hilar lymph nodes, not enlarged. "
      "Apical pleuroparenchymal scarring bilaterally. The dependent lung is clear, without hypostatic "
      "density."),
     {NOD, FIB}),
    ("epm-30", "en",
     ("The endotracheal tube has been advanced into the right main bronchus, with collapse of the left lung. "
      "Gastric tube coiled in the upper oesophagus. Gastric distension."),
     {MM, ATL}),
    ("epm-31", "en",
     ("The endotracheal tube lies in the oesophagus rather than the trachea, with marked distension of the "
      "oesophagus and stomach. Lungs otherwise clear. No pleural or pericardial effusion."),
     {MM}),
    ("epm-32", "en",
     ("No pleural effusion. Small amounts of gas in both pleural spaces, likely decomposition related. The "
      "dependent lung parenchyma shows increased density in keeping with hypostasis."),
     {OPA}),
    ("epm-33", "en",
     ("Stanford type B aortic dissection beginning distal to the left subclavian artery, with inward displacement "
      "of intimal calcification. No haemopericardium. No mediastinal haematoma. Minor bibasal atelectasis."),
     {AWC, ATL}),
    ("epm-34", "en",
     ("Mechanical aortic valve prosthesis and sternal cerclage wires. Left ventricular hypertrophy with an "
      "enlarged heart. Small pericardial effusion. Coronary arteries without calcification."),
     {MM, CM, PCE}),
    ("epm-35", "en",
     ("A 4 mm nodule in the right middle lobe, likely benign; an intrapulmonary lymph node is also possible. No "
      "lung mass. No mediastinal or hilar lymphadenopathy."),
     {NOD}),
    ("epm-36", "en",
     ("Intraosseous access needle in the left proximal humerus. Defibrillator pads and ECG electrodes. Metal "
      "artefact from a clothing zip. Lungs: bilateral dependent ground glass and consolidation in the posterior "
      "segments, which could be hypostasis or aspiration."),
     {MM, OPA, CON}),
    ("epm-37", "en",
     ("No pleural effusion. Small volume of ascites in the upper abdomen. The heart is of normal size. No "
      "pericardial effusion. Lungs clear."),
     set()),
    ("epm-38", "en",
     ("Sedimentation of blood in the right atrium and ventricle gives a layered appearance; this is a postmortem "
      "phenomenon and should not be mistaken for thrombus. Pericardium normal. Mild calcification of the aortic "
      "arch. Mild centrilobular emphysema."),
     {AWC, EMP}),
    ("epm-39", "en",
     ("Bulky mediastinal and bilateral hilar lymphadenopathy, the largest node 28 mm in the right paratracheal "
      "station, suggestive of lymphoma or sarcoidosis. Small perilymphatic nodules along the fissures. Small "
      "right pleural effusion."),
     {LN, NOD, PE}),
    ("epm-40", "en",
     ("Several mediastinal lymph nodes up to 8 mm in short axis, below pathological size. Mild bronchial wall "
      "thickening in both lower lobes. Dependent atelectasis posteriorly."),
     {LN, PBT, ATL}),
    ("epm-41", "en",
     ("The mediastinal lymph nodes are not enlarged. No consolidation. No pleural effusion. Coronary artery "
      "calcification in the left main stem and LAD."),
     {CAC}),
    ("epm-42", "en",
     ("Postmortem interval estimated at several days. Gas within the cardiac chambers, aorta, portal venous "
      "system and subcutaneous tissue, and gas in the pericardial space. The lungs are partly collapsed, with "
      "dependent fluid density (hypostasis)."),
     {ATL, OPA}),
    ("epm-43", "en",
     ("Multifocal bilateral consolidation with cavitation in the right upper lobe, consistent with necrotising "
      "pneumonia; this is clearly antemortem as non-dependent lung is involved. Bilateral pleural effusions, "
      "right larger than left. Central venous catheter via the right internal jugular vein. Reactive "
      "mediastinal lymph nodes up to 11 mm."),
     {CON, PE, MM, LN}),
    ("epm-44", "en",
     ("Clinical question: pneumonia? pulmonary embolism? History of emphysema according to the medical records. "
      "PMCT shows no emphysema. No consolidation. Heart not enlarged. The dependent lung shows no increased "
      "density."),
     set()),
    ("epm-45", "en",
     ("Cardiomegaly with a globular configuration. The pericardium is thickened, without effusion. "
      "Calcification of the wall of the pulmonary trunk suggests chronic pulmonary hypertension."),
     {CM, PCE, AWC}),
    ("epm-46", "en",
     ("Gastric distension and pneumoperitoneum following CPR. No hiatal hernia. Dependent atelectasis and ground "
      "glass in both lower lobes, likely postmortem; however, consolidation in the right middle lobe is "
      "non-dependent and likely antemortem."),
     {ATL, OPA, CON}),
    ("epm-47", "en",
     ("Coronary stents in the LAD and circumflex artery. Extensive calcification of the coronary arteries and "
      "the thoracic aorta. Thoracic endovascular aortic graft in the descending aorta. Mild cardiomegaly."),
     {MM, CAC, AWC, CM}),
    ("epm-48", "en",
     ("Hypostasis of blood in the dependent parts of the heart and great vessels, producing horizontal "
      "blood-serum levels. The aortic wall appears relatively hyperdense, a recognised postmortem sign of "
      "haemodilution and not mural calcification. The lungs are clear, without dependent opacification. No "
      "pleural or pericardial fluid."),
     set()),
    ("epm-49", "en",
     ("Bullous emphysema with a giant bulla in the right upper lobe. Right pneumothorax with an intercostal "
      "chest drain in situ. No pleural effusion."),
     {EMP, MM}),
    ("epm-50", "en",
     ("Interlobular septal thickening with ground-glass opacity in both lungs and fluid in both pleural spaces, "
      "likely antemortem cardiogenic oedema; hypostasis may contribute to the posterior component."),
     {IST, OPA, PE}),
    ("epm-51", "en",
     ("Possible small haemopericardium; attenuation measurements are unreliable because of sedimentation. "
      "Coronary calcification. Bilateral dependent consolidation, probably hypostatic, although aspiration "
      "pneumonia is not excluded."),
     {PCE, CAC, CON}),
    ("epm-52", "en",
     ("Cervical collar in place, endotracheal tube and bilateral chest drains. Patchy ground-glass opacity in "
      "the left lower lobe, consistent with contusion. Small left haemothorax."),
     {MM, OPA, PE}),
    ("epm-53", "en",
     ("Subcutaneous emphysema of the left chest wall adjacent to CPR-related rib fractures, with a small "
      "pneumomediastinum. No pulmonary emphysema. No pleural effusion. The lungs are clear."),
     set()),
    ("epm-54", "en",
     ("Fluid within the trachea and main bronchi, possibly aspirated or postmortem; the bronchi are not dilated "
      "and their walls are not thickened. Postmortem clot in the pulmonary arteries should not be mistaken for "
      "embolism. No lung opacity."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("epm-42", OPA): "the sentence calls the dependent density fluid ('dependent fluid density'), which explains a density away as fluid",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
