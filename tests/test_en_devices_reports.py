"""Probe: English chest CT reports centred on medical devices and foreign material.

Covers a wide inventory of support devices and implants (central venous catheters, PICC, chest
ports, Swan-Ganz catheters, ETT, tracheostomy, NG/OG/feeding and gastrostomy tubes, chest
tubes / pigtail / PleurX catheters, pacemakers, ICD and CRT devices, loop recorders, LVAD, ECMO
cannulas, Impella, prosthetic and transcatheter valves, MitraClip, LAA occluders, coronary stents,
CABG with sternotomy wires and clips, aortic endografts, airway / oesophageal / biliary stents,
IVC filters, coils, vertebroplasty cement, spinal hardware, staple and suture lines, fiducials,
breast implants and expanders, mesh, shrapnel and bullet fragments), plus reports where every
device has been removed and reports with post-operative changes but no device named. Each report
also carries other positive findings and explicit denials. The reports were written for this file
by hand, without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when
present or hedged, 0 when denied, resolved, or not mentioned; a removed device is 0.
"""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT,
                      PCE, PE, probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("edv-01", "en",
     "Right IJ central venous catheter terminates at the cavoatrial junction. The endotracheal tube "
     "tip lies 4 cm above the carina and a nasogastric tube courses into the stomach. Small bilateral "
     "pleural effusions with adjacent compressive atelectasis of both lower lobes. No pneumothorax. "
     "Heart size is normal and there is no pericardial effusion. No mediastinal or hilar "
     "lymphadenopathy. No focal consolidation.",
     {MM, PE, ATL}),
    ("edv-02", "en",
     "Comparison is made with the study of two weeks ago. The previously seen left subclavian central "
     "venous catheter has been removed, and no other lines or tubes are present. Centrilobular "
     "emphysema predominates in the upper lobes. A 5 mm solid nodule is noted in the right lower lobe. "
     "Calcification of the left anterior descending coronary artery. No pleural effusion. No "
     "consolidation or ground-glass opacity.",
     {EMP, NOD, CAC}),
    ("edv-03", "en",
     "A right upper extremity PICC line is present with its tip in the distal SVC. The heart is "
     "enlarged. Smooth interlobular septal thickening and patchy ground-glass opacities in both lungs, "
     "together with bilateral pleural effusions, are compatible with hydrostatic pulmonary oedema. "
     "There is no pericardial effusion. No lymph node enlargement.",
     {MM, CM, IST, OPA, PE}),
    ("edv-04", "en",
     "Indication: breast cancer, restaging. A Port-A-Cath is seated in the right anterior chest wall; "
     "its catheter tip projects over the lower superior vena cava. Multiple bilateral pulmonary "
     "nodules measuring up to 8 mm are suspicious for metastases. An enlarged left axillary lymph node "
     "measures 1.8 cm in short axis. No pleural or pericardial effusion. No consolidation.",
     {MM, NOD, LN}),
    ("edv-05", "en",
     "Post CABG day 3. Median sternotomy wires are intact. A Swan-Ganz catheter enters via the right "
     "internal jugular vein with its tip in the right interlobar pulmonary artery. A small amount of "
     "pneumomediastinum is expected post-operatively. Small left pleural effusion with left basal "
     "atelectasis. Small pericardial effusion. No emphysema. No pulmonary nodules.",
     {MM, PE, ATL, PCE}),
    ("edv-06", "en",
     "Tracheostomy tube in satisfactory position, tip well above the carina. Dependent consolidation "
     "in both lower lobes, likely aspiration. There is diffuse bronchial wall thickening. No pleural "
     "effusion. The lungs show no emphysema. Heart not enlarged. No hiatal hernia.",
     {MM, CON, PBT}),
    ("edv-07", "en",
     "Interval removal of the right chest tube. A small residual right apical pneumothorax persists. "
     "Subcutaneous emphysema is seen along the former tube tract in the right lateral chest wall. "
     "Linear atelectasis at the right lung base. No pleural effusion. No lines, tubes or other devices "
     "are seen. No lung nodules. No consolidation.",
     {ATL}),
    ("edv-08", "en",
     "A left-sided pigtail catheter is coiled in the posterior pleural space. A moderate loculated left "
     "pleural effusion remains, with smooth pleural thickening and passive atelectasis of the left "
     "lower lobe. The right lung is clear. No mediastinal lymphadenopathy. No cardiomegaly.",
     {MM, PE, ATL}),
    ("edv-09", "en",
     "Known right-sided malignant effusion with an indwelling PleurX catheter in the right pleural "
     "space; a small residual right pleural effusion is present. A spiculated 2.1 cm nodule in the "
     "right upper lobe is unchanged. Subcarinal lymphadenopathy measuring 2.2 cm. No pericardial "
     "effusion. No emphysema.",
     {MM, PE, NOD, LN}),
    ("edv-10", "en",
     "A dual-chamber pacemaker is implanted in the left pectoral region, with leads terminating in "
     "the right atrium and right ventricular apex. Cardiomegaly. Dense coronary artery calcifications "
     "involve the LAD and RCA. Calcified atherosclerotic plaque along the thoracic aorta. No pleural "
     "effusion. No pericardial effusion. The lungs are clear without nodules.",
     {MM, CM, CAC, AWC}),
    ("edv-11", "en",
     "Single-lead AICD in the left chest wall, lead tip at the RV apex. Fibrotic bands in the lingula "
     "and left lower lobe, likely post-inflammatory sequelae. Small sliding hiatal hernia. No "
     "pulmonary nodules. No pleural effusion. No lymphadenopathy.",
     {MM, FIB, HH}),
    ("edv-12", "en",
     "CRT-D device with three leads: right atrial, right ventricular, and a coronary sinus lead "
     "along the lateral left ventricular wall. Marked cardiomegaly. Interlobular septal thickening "
     "at both bases and bilateral moderate pleural effusions. No consolidation. No pericardial "
     "effusion.",
     {MM, CM, IST, PE}),
    ("edv-13", "en",
     "An implantable loop recorder lies in the left parasternal subcutaneous tissue. Paraseptal "
     "emphysema with a few small apical bullae. Expiratory images show lobular air trapping in both "
     "lower lobes. No bronchiectasis. No pulmonary nodule. No pleural effusion.",
     {MM, EMP, MOS}),
    ("edv-14", "en",
     "Left ventricular assist device (LVAD) with inflow cannula at the LV apex and outflow graft "
     "anastomosed to the ascending aorta; the driveline exits through the anterior abdominal wall. "
     "Sternotomy wires are present. The heart remains enlarged. Small pericardial effusion and small "
     "bilateral pleural effusions. No consolidation. No lymphadenopathy.",
     {MM, CM, PCE, PE}),
    ("edv-15", "en",
     "Patient on VV-ECMO: drainage cannula via the right femoral vein with its tip in the IVC, return "
     "cannula via the right internal jugular vein ending in the right atrium. ETT in good position. "
     "Diffuse bilateral consolidation with surrounding ground-glass opacity, in keeping with ARDS. "
     "Small bilateral pleural effusions. No pneumothorax. No pericardial effusion.",
     {MM, CON, OPA, PE}),
    ("edv-16", "en",
     "An Impella device is seen crossing the aortic valve with its tip in the left ventricle. "
     "Coronary stents are present in the proximal LAD. Interlobular septal thickening is noted in "
     "both lungs. Small right pleural effusion. No pericardial effusion. No consolidation. "
     "No hiatal hernia.",
     {MM, IST, PE}),
    ("edv-17", "en",
     "Mechanical aortic valve prosthesis. Calcification of the aortic arch and descending aorta. A "
     "4 mm calcified granuloma in the left upper lobe. No mediastinal or hilar lymph node enlargement. "
     "No pleural effusion. No emphysema. The heart is normal in size.",
     {MM, AWC, NOD}),
    ("edv-18", "en",
     "Status post mitral valve replacement with a bioprosthetic valve. Cardiomegaly. Cylindrical "
     "bronchiectasis with bronchial wall thickening in both lower lobes. No ground-glass opacity or "
     "consolidation. No pleural or pericardial effusion.",
     {MM, CM, BRX, PBT}),
    ("edv-19", "en",
     "TAVI prosthesis in the aortic annulus. Heavy coronary calcification in all three vessels. "
     "Extensive calcified atherosclerotic plaque of the aortic arch and both common carotid artery "
     "origins. Moderate centrilobular emphysema. No pleural effusion. No cardiomegaly.",
     {MM, CAC, AWC, EMP}),
    ("edv-20", "en",
     "A MitraClip device is seen across the mitral leaflets. The heart is globally enlarged. "
     "Perihilar ground-glass opacities. Small right pleural effusion. There is no pericardial "
     "effusion. No pulmonary nodules. No lymphadenopathy.",
     {MM, CM, OPA, PE}),
    ("edv-21", "en",
     "History of atrial fibrillation. A Watchman left atrial appendage occluder is in place. "
     "Subpleural reticulation with traction bronchiectasis at both lung bases; no honeycombing. "
     "No pleural effusion. No consolidation. No emphysema. No mediastinal adenopathy.",
     {MM, FIB, BRX}),
    ("edv-22", "en",
     "Stents are seen in the proximal left anterior descending and circumflex coronary arteries. "
     "Subsegmental atelectasis in the middle lobe. A 6 mm solid pulmonary nodule in the left lower "
     "lobe. No pleural effusion. No pericardial effusion. No emphysema.",
     {MM, ATL, NOD}),
    ("edv-23", "en",
     "Status post CABG with median sternotomy wires and surgical clips along the course of the left "
     "internal mammary artery graft. Calcification of the native coronary arteries. Small hiatal "
     "hernia. The lungs are clear. No pleural effusion. No lymphadenopathy.",
     {MM, CAC, HH}),
    ("edv-24", "en",
     "TEVAR: a stent graft extends through the descending thoracic aorta with no endoleak. Calcified "
     "plaque in the aortic arch. Moderate emphysema in both upper lobes. No pleural effusion. No "
     "pulmonary nodules. Heart size normal.",
     {MM, AWC, EMP}),
    ("edv-25", "en",
     "A self-expanding esophageal stent spans the mid oesophagus at the level of the known tumour. "
     "Enlarged paraesophageal lymph nodes, the largest 1.6 cm. Consolidation in the right lower "
     "lobe, concerning for aspiration. No pleural effusion. No hiatal hernia.",
     {MM, LN, CON}),
    ("edv-26", "en",
     "A tracheobronchial Y-stent is in place, with limbs in both main bronchi. Partial atelectasis of "
     "the left lower lobe. Peribronchial thickening in the right lower lobe. No pleural effusion. No "
     "lymphadenopathy. No nodules.",
     {MM, ATL, PBT}),
    ("edv-27", "en",
     "On the included upper abdominal images, a plastic biliary stent is present in the common bile "
     "duct with pneumobilia. Enlarged lymph nodes at the porta hepatis. Small ascites. Small bilateral "
     "pleural effusions. The lungs show no nodules or consolidation. Heart is not enlarged.",
     {MM, LN, PE}),
    ("edv-28", "en",
     "An IVC filter is partially visualised in the infrarenal inferior vena cava. Filling defects in "
     "the right lower lobe pulmonary arteries. Peripheral wedge-shaped consolidation in the right "
     "lower lobe, possibly infarction. Small right pleural effusion. No pericardial effusion. No "
     "cardiomegaly.",
     {MM, CON, PE}),
    ("edv-29", "en",
     "Embolization coils in a treated pulmonary arteriovenous malformation of the left lower lobe, "
     "with no residual feeding artery. Subsegmental atelectasis adjacent to the coils. Mild bronchial "
     "wall thickening. No lung nodule. No pleural effusion. No consolidation.",
     {MM, ATL, PBT}),
    ("edv-30", "en",
     "Vertebroplasty cement is present in the T12 and L1 vertebral bodies. Centrilobular and "
     "paraseptal emphysema. Atherosclerotic calcification of the descending aorta. Moderate hiatal "
     "hernia. No pleural effusion. No pulmonary nodule.",
     {MM, EMP, AWC, HH}),
    ("edv-31", "en",
     "Posterior spinal fusion with bilateral rods and pedicle screws from T4 to T10, causing streak "
     "artefact. Bibasal atelectasis. Scattered ground-glass opacities in the right upper lobe. No "
     "pleural effusion. No consolidation. No lymphadenopathy.",
     {MM, ATL, OPA}),
    ("edv-32", "en",
     "Status post right upper lobectomy; the surgical staple line at the bronchial stump is intact, "
     "with no sign of local recurrence. Fibrotic strands adjacent to the staple line. Centrilobular "
     "emphysema. No pleural effusion. No mediastinal lymphadenopathy. No new nodules.",
     {MM, FIB, EMP}),
    ("edv-33", "en",
     "Suture material from a prior wedge resection in the left upper lobe, with adjacent linear "
     "scarring. A new 7 mm ground-glass nodule in the right lower lobe. No pleural effusion. No "
     "consolidation. No emphysema. No lymphadenopathy.",
     {MM, FIB, NOD}),
    ("edv-34", "en",
     "Three gold fiducial markers surround the right upper lobe lesion ahead of SBRT. The lesion is a "
     "part-solid nodule of 1.4 cm. Centrilobular emphysema. No pleural effusion. No hilar or "
     "mediastinal lymphadenopathy. No pericardial effusion.",
     {MM, NOD, EMP}),
    ("edv-35", "en",
     "Bilateral silicone breast implants, intact, without signs of rupture. Mild cylindrical "
     "bronchiectasis in the middle lobe and lingula with peribronchial thickening. Axillary lymph "
     "nodes are not enlarged. No pulmonary nodules. No pleural effusion.",
     {MM, BRX, PBT}),
    ("edv-36", "en",
     "Left mastectomy with a tissue expander in the left chest wall containing a metallic port. "
     "Post-radiation fibrosis in the anterior left upper lobe. An enlarged left internal mammary "
     "lymph node measures 1.2 cm. No pleural effusion. No consolidation.",
     {MM, FIB, LN}),
    ("edv-37", "en",
     "Surgical mesh from a prior ventral hernia repair is seen in the anterior abdominal wall, with "
     "no recurrent ventral hernia. No hiatal hernia. Plate-like atelectasis in the left lower lobe. "
     "Calcification of the RCA and LAD. No pleural effusion. No emphysema.",
     {MM, ATL, CAC}),
    ("edv-38", "en",
     "Multiple metallic shrapnel fragments in the left chest wall and left lower lobe from a remote "
     "blast injury. Parenchymal scarring around the intrapulmonary fragments. Mild centrilobular "
     "emphysema. No pleural effusion. No lymphadenopathy. No consolidation.",
     {MM, FIB, EMP}),
    ("edv-39", "en",
     "Retained bullet fragments in the right posterior chest wall and right lower lobe. High-density "
     "right pleural fluid, consistent with haemothorax. Ground-glass opacity around the bullet track, "
     "compatible with contusion. No pneumothorax. No pericardial effusion. Heart is normal in size.",
     {MM, PE, OPA}),
    ("edv-40", "en",
     "All previously seen support devices, including the endotracheal tube, nasogastric tube and "
     "left chest tube, have been removed. Residual consolidation in the left lower lobe, improved. "
     "Small left pleural effusion. No new lines or tubes. No cardiomegaly. No lymphadenopathy.",
     {CON, PE}),
    ("edv-41", "en",
     "Post-operative changes of left lower lobectomy with expected volume loss and mild leftward "
     "mediastinal shift. Intravenous contrast was administered. Scattered paraseptal emphysema. "
     "Linear atelectasis in the lingula. No pleural effusion. No nodules. No lymphadenopathy.",
     {EMP, ATL}),
    ("edv-42", "en",
     "The previously implanted ICD and its leads have been extracted; no retained lead fragments are "
     "seen. Post-surgical changes of a prior right thoracotomy with deformity of the right fifth rib "
     "and mild pleural thickening. Enlarged right paratracheal lymph node measuring 1.5 cm. "
     "Coronary artery calcification. No pleural effusion. No pulmonary nodule.",
     {LN, CAC}),
    ("edv-43", "en",
     "An OG tube tip is in the gastric body and a small-bore feeding tube terminates in the duodenum. "
     "Bilateral lower lobe consolidation with air bronchograms. Atelectasis in the right middle lobe. "
     "No pleural effusion. No pericardial effusion. No emphysema.",
     {MM, CON, ATL}),
    ("edv-44", "en",
     "A percutaneous gastrostomy tube is partially imaged in the stomach. Large hiatal hernia. "
     "Patchy ground-glass opacities in the posterior right lower lobe, probably aspiration. No "
     "pleural effusion. No consolidation. No lymphadenopathy.",
     {MM, HH, OPA}),
    ("edv-45", "en",
     "The right internal jugular central line has been removed. The left chest port remains in place "
     "with its catheter tip at the cavoatrial junction. Enlarged mediastinal lymph nodes, the largest "
     "1.7 cm in the prevascular station. Small left pleural effusion. No lung nodules. No "
     "consolidation. No cardiomegaly.",
     {MM, LN, PE}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
