"""Probe: English chest CT reports that describe something that LOOKS LIKE a finding and then say
what it really is (nodule-like, pseudonodule, mimicking a nodule, simulating consolidation,
effusion-like fluid that is ascites, a fluid-filled oesophagus mistaken for a hiatal hernia,
pseudo-consolidation from dependent atelectasis, fissural pseudotumour, ground-glass appearance
from motion or expiration, a vessel seen end-on, the nipple shadow, cardiophrenic fat mimicking
cardiomegaly, pulsation pseudo-bronchiectasis, stents mistaken for calcification), and the
opposite: a look-alike word where the radiologist keeps the finding (nodule-like opacity, likely a
true nodule; consolidation-like change, pneumonia). Also "pseudo" words that name something else
entirely (pseudoaneurysm, pseudocavitation). The reports were written for this file without
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
    ("elk-01", "en",
     ("Technique: Non-contrast CT of the chest. Findings: A 4 mm nodule-like focus in the right upper lobe "
      "corresponds to a vessel seen end-on, confirmed on MIP reconstructions; no true pulmonary nodule. "
      "Mild centrilobular emphysema in both upper lobes. Calcification of the left anterior descending "
      "coronary artery. No pleural or pericardial effusion. No mediastinal lymphadenopathy."),
     {EMP, CAC}),
    ("elk-02", "en",
     ("Loculated fluid in the right minor fissure forms a lenticular pseudotumour, which should not be "
      "mistaken for a mass. Small bilateral pleural effusions with adjacent compressive atelectasis. "
      "The heart is enlarged. Smooth interlobular septal thickening in the lower lobes, in keeping with "
      "interstitial oedema."),
     {PE, ATL, CM, IST}),
    ("elk-03", "en",
     ("What appears to be a hiatal hernia on the scout image is a distended, fluid-filled oesophagus with an "
      "air-fluid level, in keeping with the known achalasia. No hiatal hernia. Patchy consolidation in the "
      "posterior basal right lower lobe likely reflects aspiration. Mild bronchial wall thickening in both "
      "lower lobes."),
     {CON, PBT}),
    ("elk-04", "en",
     ("Dependent atelectasis in the posterior lower lobes produces a pseudo-consolidation appearance; there is "
      "no true consolidation to suggest pneumonia. No pleural effusion. Heart size is normal. Calcified "
      "atherosclerotic plaque in the aortic arch."),
     {ATL, AWC}),
    ("elk-05", "en",
     ("The scan was acquired in expiration, with inward bowing of the posterior tracheal membrane. The diffusely "
      "increased lung attenuation with a ground-glass appearance is attributed to the expiratory phase and is "
      "not considered a true ground-glass opacity. No nodules. No effusion. Repeat in full inspiration could "
      "be considered if clinically indicated."),
     set()),
    ("elk-06", "en",
     ("Clinical question: nodule on chest radiograph. The nodular opacity projected over the left lower zone on "
      "the radiograph corresponds to the nipple shadow; CT shows no pulmonary nodule. Lungs are clear. "
      "Small sliding hiatal hernia. No lymphadenopathy."),
     {HH}),
    ("elk-07", "en",
     ("A prominent fat pad in the right cardiophrenic angle mimics cardiomegaly on the radiograph; the cardiac "
      "chambers are normal in size on CT. No pericardial effusion. Minimal linear atelectasis in the lingula."),
     {ATL}),
    ("elk-08", "en",
     ("A 7 mm nodule-like opacity in the left lower lobe persists on thin-section and MIP images and is likely a "
      "true nodule rather than a vessel. A few additional micronodules in the right upper lobe. "
      "No lymphadenopathy. No pleural effusion."),
     {NOD}),
    ("elk-09", "en",
     ("Consolidation-like change in the right middle lobe with air bronchograms, in keeping with pneumonia. "
      "Surrounding ground-glass opacity. Small reactive right pleural effusion. Subcarinal lymph node measuring "
      "11 mm in short axis, probably reactive."),
     {CON, OPA, PE, LN}),
    ("elk-10", "en",
     ("Effusion-like fluid adjacent to the right hemidiaphragm on the lowest images lies beneath the diaphragm and "
      "represents perihepatic ascites; there is no pleural effusion. Nodular liver contour. The lungs are clear. "
      "Calcification of the splenic artery in the imaged upper abdomen."),
     {AWC}),
    ("elk-11", "en",
     ("Cardiac pulsation artefact in the lingula and left lower lobe produces a double-contour appearance "
      "simulating bronchiectasis (pseudo-bronchiectasis); the bronchi are of normal calibre. No bronchial wall "
      "thickening. Mild paraseptal emphysema at both apices."),
     {EMP}),
    ("elk-12", "en",
     ("In the right lower lobe a 9 mm nodular-appearing density on axial images is linear on coronal and sagittal "
      "reformats and represents subsegmental atelectasis, not a nodule. Small bilateral pleural effusions. "
      "Dual-chamber pacemaker with leads in the right atrium and right ventricle."),
     {ATL, PE, MM}),
    ("elk-13", "en",
     ("The hyperdense linear structure along the proximal LAD represents a coronary stent and not calcification. "
      "Elsewhere the coronary arteries are free of calcification. Heart size is normal. No pericardial effusion. "
      "Lungs clear."),
     {MM}),
    ("elk-14", "en",
     ("Dense calcification of the mitral annulus; this should not be confused with coronary artery "
      "calcification, and no coronary calcification is seen. Calcification of the aortic wall at the arch. "
      "Mild cardiomegaly."),
     {AWC, CM}),
    ("elk-15", "en",
     ("A rounded, mass-like opacity abutting thickened pleura in the posterior left lower lobe, with vessels and "
      "bronchi curving into it (comet-tail sign), represents rounded atelectasis rather than a tumour. Calcified "
      "pleural plaques bilaterally, consistent with prior asbestos exposure. No pleural effusion. "
      "No lymphadenopathy."),
     {ATL}),
    ("elk-16", "en",
     ("Areas of low attenuation in both lungs that initially resemble emphysema have preserved vessels and no "
      "parenchymal destruction; they represent air trapping, producing a mosaic attenuation pattern. "
      "No emphysema. Mild bronchial wall thickening. No nodules."),
     {MOS, PBT}),
    ("elk-17", "en",
     ("Multiple cysts in both lungs mimic emphysema but are thin-walled, round and evenly distributed, in keeping "
      "with lymphangioleiomyomatosis; there is no emphysema. Small left pleural effusion, possibly chylous. "
      "Heart normal in size."),
     {PE}),
    ("elk-18", "en",
     ("Clustered subpleural cystic spaces in the upper lobes resemble honeycombing but lie in a single row with "
      "thin walls and represent paraseptal emphysema. No honeycombing or reticulation. No traction "
      "bronchiectasis."),
     {EMP}),
    ("elk-19", "en",
     ("Subpleural reticulation with honeycomb-like clustered cysts in both lower lobes, which on closer review is "
      "true honeycombing, with traction bronchiectasis. Appearances consistent with a UIP pattern. "
      "Mediastinal lymph nodes up to 9 mm in short axis."),
     {FIB, BRX, LN}),
    ("elk-20", "en",
     ("The left superior intercostal vein simulates a lymph node lateral to the aortic arch; no mediastinal "
      "lymphadenopathy. Prominent azygos arch, a normal variant. A 3 mm nodule in the right middle lobe is "
      "unchanged. Heart normal."),
     {NOD}),
    ("elk-21", "en",
     ("The apparent enlargement of both hila on the chest radiograph is due to prominent central pulmonary "
      "arteries (main pulmonary artery 34 mm); there is no hilar lymphadenopathy. Mosaic perfusion in both "
      "lungs, in keeping with chronic thromboembolic disease. No effusion."),
     {MOS}),
    ("elk-22", "en",
     ("Ground-glass appearance in the right upper lobe is due to respiratory motion artefact, with blurring of the "
      "fissure and vessel doubling; no true ground-glass opacity. Calcified plaques in the descending aorta. "
      "Moderate coronary artery calcification. No nodules."),
     {AWC, CAC}),
    ("elk-23", "en",
     ("Gravity-dependent ground-glass density in the posterior lower lobes, most consistent with dependent density "
      "rather than interstitial lung disease. No reticulation. No honeycombing. No septal thickening."),
     {OPA}),
    ("elk-24", "en",
     ("A spiculated-looking density at the right apex is a confluence of vessels and an apical scar; no mass. "
      "Fibrotic band in the apical segment of the right upper lobe. Biapical pleural thickening. "
      "No pleural effusion."),
     {FIB}),
    ("elk-25", "en",
     ("A fat-containing Bochdalek hernia in the posterior left hemidiaphragm mimics a lower lobe mass on the "
      "radiograph. No hiatal hernia. The lungs are clear. No lymphadenopathy. Normal heart size."),
     set()),
    ("elk-26", "en",
     ("Small sliding hiatal hernia, which had simulated a retrocardiac mass on the radiograph. Mild dependent "
      "atelectasis in both lower lobes. Heart size normal. No effusion."),
     {HH, ATL}),
    ("elk-27", "en",
     ("Post-oesophagectomy gastric conduit in the posterior mediastinum with a surgical staple line; this should "
      "not be mistaken for a hiatal hernia. Small left pleural effusion. Mild bronchial wall thickening in the "
      "lower lobes, possibly related to aspiration."),
     {MM, PE, PBT}),
    ("elk-28", "en",
     ("Prominent fat around the gastro-oesophageal junction simulates a small hiatal hernia, but the stomach "
      "remains below the diaphragm; no hiatal hernia. Mild cardiomegaly. Coronary calcification in the LAD and "
      "RCA."),
     {CM, CAC}),
    ("elk-29", "en",
     ("A tubular, branching structure in the left lower lobe resembling bronchiectasis is contiguous with a "
      "pulmonary vein and enhances with contrast, representing a pulmonary varix; no bronchiectasis. "
      "The lungs are otherwise clear."),
     set()),
    ("elk-30", "en",
     ("Finger-in-glove branching densities in the right upper lobe represent mucus-filled dilated bronchi "
      "(mucoid impaction) rather than a mass, in this patient with ABPA. Central bronchiectasis in both upper "
      "lobes with bronchial wall thickening. Tree-in-bud pattern in the lingula."),
     {BRX, PBT}),
    ("elk-31", "en",
     ("A 3.5 cm rounded area of consolidation in the right lower lobe with air bronchograms mimics a mass; in "
      "this febrile patient it most likely represents round pneumonia. Follow-up after treatment is recommended "
      "to exclude an underlying lesion. No lymphadenopathy."),
     {CON}),
    ("elk-32", "en",
     ("Filling defects in the segmental arteries of the left lower lobe. Peripheral wedge-shaped pleural-based "
      "consolidation in the left lower lobe, simulating pneumonia, is consistent with a pulmonary infarct. "
      "Small left pleural effusion. No pericardial effusion."),
     {CON, PE}),
    ("elk-33", "en",
     ("Beam-hardening streak artefact from dense contrast in the superior vena cava produces linear hyperdensities "
      "in the right upper lobe simulating opacity; no parenchymal abnormality. Right internal jugular central "
      "venous catheter with its tip in the SVC. No effusion."),
     {MM}),
    ("elk-34", "en",
     ("The 5 mm calcified focus in the left anterior chest on the radiograph corresponds to calcified costal "
      "cartilage; there is no pulmonary nodule. Sclerotic bone island in the right sixth rib. Lungs clear. "
      "Heart normal."),
     set()),
    ("elk-35", "en",
     ("A nodular density adjacent to the right side of T8 represents a bridging osteophyte, not a paravertebral "
      "or pulmonary nodule. Mild centrilobular emphysema. Atherosclerotic calcification of the thoracic aorta."),
     {EMP, AWC}),
    ("elk-36", "en",
     ("Perifissural nodule of 5 mm along the right major fissure, triangular in shape, most consistent with an "
      "intrapulmonary lymph node; no follow-up required. No mediastinal or hilar lymphadenopathy."),
     {NOD}),
    ("elk-37", "en",
     ("Endobronchial material in the left lower lobe bronchus mimicking a nodule changes position on repeat images "
      "after coughing, consistent with mucus; no endobronchial lesion. Mild bronchial wall thickening. Partial "
      "atelectasis of the left lower lobe distal to the secretions."),
     {PBT, ATL}),
    ("elk-38", "en",
     ("Prominent bronchial walls in the lower lobes probably reflect partial volume averaging of the accompanying "
      "arteries rather than true bronchial wall thickening. No bronchiectasis. Small 4 mm nodule in the left "
      "upper lobe."),
     {NOD}),
    ("elk-39", "en",
     ("Epicardial fat anterior to the right ventricle mimics pericardial thickening; the pericardium itself is "
      "thin and there is no pericardial effusion. Calcification in the circumflex artery."),
     {CAC}),
    ("elk-40", "en",
     ("The soft-tissue rim surrounding the heart, which initially resembles epicardial fat, measures fluid "
      "attenuation and represents a moderate pericardial effusion. Cardiomegaly. Small bilateral pleural "
      "effusions."),
     {PCE, CM, PE}),
    ("elk-41", "en",
     ("Fluid density anterior to the ascending aorta in the superior pericardial recess is physiological and "
      "should not be mistaken for a lymph node or a dissection; no pericardial effusion. No mediastinal "
      "lymphadenopathy. Lungs clear."),
     set()),
    ("elk-42", "en",
     ("Soft tissue in the anterior mediastinum with interdigitating fat represents residual thymus, which may "
      "mimic lymphadenopathy; no enlarged lymph nodes. Bilateral silicone breast implants. Lungs clear."),
     {MM}),
    ("elk-43", "en",
     ("Calcified subcarinal and right hilar lymph nodes, not enlarged, sequelae of prior granulomatous disease; "
      "these should not be mistaken for vascular calcification. Calcified 4 mm nodule in the right upper lobe, "
      "consistent with a granuloma. The thoracic aorta is free of calcification."),
     {NOD}),
    ("elk-44", "en",
     ("Apparent cardiomegaly on the radiograph is due to pectus excavatum with leftward displacement of the heart; "
      "cardiac size is normal on CT. The appearance of a left pleural effusion on the radiograph is explained by "
      "extrapleural fat; no pleural effusion. No pericardial effusion. Lungs clear."),
     set()),
    ("elk-45", "en",
     ("Faint reticular-appearing lines at the lung bases are due to respiratory motion, with stair-step artefact on "
      "the reformats; no true reticulation or septal thickening. Small pericardial effusion."),
     {PCE}),
    ("elk-46", "en",
     ("Smooth interlobular septal thickening in both lower lobes, which had simulated fibrosis on the radiograph, "
      "reflects interstitial oedema. Cardiomegaly. Bilateral pleural effusions with relaxation atelectasis. "
      "Peribronchial cuffing."),
     {IST, CM, PE, ATL, PBT}),
    ("elk-47", "en",
     ("A low-attenuation space in the right upper lobe resembling a bulla is a thin-walled pneumatocele, unchanged "
      "since the staphylococcal pneumonia; no emphysema. Residual ground-glass opacity surrounds it."),
     {OPA}),
    ("elk-48", "en",
     ("An air-filled tracheal diverticulum arising from the right posterior wall of the trachea at the thoracic "
      "inlet mimics an apical bulla; no emphysema. The lungs are otherwise unremarkable. Mild calcification of "
      "the thoracic aorta."),
     {AWC}),
    ("elk-49", "en",
     ("Apparent consolidation at the right lung base on axial images represents partial volume of the elevated "
      "right hemidiaphragm and liver dome, simulating consolidation; the lung parenchyma is clear. Eventration "
      "of the right hemidiaphragm."),
     set()),
    ("elk-50", "en",
     ("A 5.2 cm mass in the left upper lobe, which had mimicked consolidation on the radiograph, with ipsilateral "
      "hilar lymphadenopathy. Postobstructive atelectasis distal to the mass. No pleural effusion."),
     {LN, ATL}),
    ("elk-51", "en",
     ("Pseudoaneurysm of the ascending aorta at the prior cannulation site, 2.5 cm. Median sternotomy wires and a "
      "prosthetic aortic valve. Coronary artery bypass grafts with surgical clips. Lungs clear."),
     {MM}),
    ("elk-52", "en",
     ("Pseudocavitation within a 2.2 cm part-solid nodule in the right upper lobe, suspicious for adenocarcinoma. "
      "Centrilobular emphysema. No lymphadenopathy."),
     {NOD, EMP}),
    ("elk-53", "en",
     ("Ground-glass opacity in the right lower lobe persists on repeat thin sections obtained in deep inspiration "
      "and is therefore not attributable to motion or expiration; likely inflammatory. No consolidation."),
     {OPA}),
    ("elk-54", "en",
     ("Prominent vessel versus small nodule in the left upper lobe: a 3 mm nodule cannot be excluded and "
      "follow-up is suggested. No pleural effusion. No lymphadenopathy."),
     {NOD}),
    ("elk-55", "en",
     ("The nodule-like opacity in the left lower zone, thought to be a nipple shadow on the radiograph, is a true "
      "8 mm solid pulmonary nodule on CT. No other nodules. Minimal dependent atelectasis."),
     {NOD, ATL}),
]

OPEN: dict[tuple[str, str], str] = {
    ("elk-07", CM): "'A prominent fat pad ... mimics cardiomegaly; the cardiac chambers are normal in size': the look-alike yields only to a denial by name, and 'cardiac chambers are normal in size' is none",
    ("elk-08", OPA): "a judgement call: 'nodule-like opacity ... likely a true nodule' is read as a nodule and an opacity",
    ("elk-11", BRX): "'simulating bronchiectasis (pseudo-bronchiectasis); the bronchi are of normal calibre': the look-alike stands without a denial by name",
    ("elk-37", NOD): "'material ... mimicking a nodule ... consistent with mucus; no endobronchial lesion': the look-alike stands without a denial by name",
    ("elk-41", PCE): "'Fluid density ... in the superior pericardial recess is physiological': a normal recess read as pericardial fluid",
    ("elk-43", FIB): "'Calcified ... lymph nodes, not enlarged, sequelae of prior granulomatous disease': the word sequelae names the nodes, read as a fibrotic sequela",
    ("elk-50", CON): "'which had mimicked consolidation on the radiograph': the look-alike stands without a denial by name",
    ("elk-55", OPA): "a judgement call: 'The nodule-like opacity ... is a true 8 mm solid pulmonary nodule' is read as a nodule and an opacity",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
