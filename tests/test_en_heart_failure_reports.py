"""Probe: English chest CT reports of heart failure, fluid overload, renal failure and post-cardiac
surgery patients: smooth septal thickening and Kerley lines, perihilar "bat-wing" and ground-glass
opacities, pleural effusions (layering, loculated, fissural, trace), pericardial effusion (trace, small,
physiologic fluid), cardiomegaly and chamber enlargement, peribronchial cuffing, LVAD, pacing devices,
prosthetic valves, sternotomy wires and CABG clips, coronary and valvular calcification, anasarca,
azygos distension, reactive mediastinal nodes judged by size, hedges, denials and interval change after
diuresis. The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("ehf-01", "en",
     ("FINDINGS: The heart is enlarged. No pericardial effusion. Smooth interlobular septal thickening is "
     "present bilaterally, most pronounced at the lung bases, with patchy ground-glass opacities in a "
     "perihilar distribution. Moderate bilateral pleural effusions, right greater than left, with adjacent "
     "compressive atelectasis. Mild peribronchial cuffing. Calcifications of the coronary arteries. No "
     "lymphadenopathy.\nIMPRESSION: Findings compatible with congestive heart failure and pulmonary edema."),
     {CM, IST, OPA, PE, ATL, PBT, CAC}),
    ("ehf-02", "en",
     ("Kerley B lines at both lung bases. Small bilateral layering pleural effusions. The cardiac silhouette "
     "is enlarged. Dual-chamber pacemaker with leads in the right atrium and right ventricle. The aorta is "
     "normal in caliber without calcification."),
     {IST, PE, CM, MM}),
    ("ehf-03", "en",
     ("Bilateral perihilar 'bat-wing' ground-glass opacities with relative sparing of the lung periphery, "
     "consistent with alveolar pulmonary edema. Heart size is upper limits of normal. Trace pericardial "
     "effusion. No pleural effusion. No pneumothorax."),
     {OPA, PCE}),
    ("ehf-04", "en",
     ("The lungs are clear. No septal thickening, ground-glass opacity or consolidation. No pleural or "
     "pericardial effusion. Heart size is normal. No coronary artery calcification. No mediastinal, hilar or "
     "axillary lymphadenopathy. Unremarkable imaged upper abdomen."),
     set()),
    ("ehf-05", "en",
     ("COMPARISON: CT chest from 3 weeks prior.\nInterval resolution of the bilateral pleural effusions and of "
     "the interlobular septal thickening following diuresis. The previously noted ground-glass opacities have "
     "cleared. Persistent cardiomegaly. Left chest wall ICD with a single lead terminating in the right "
     "ventricle."),
     {CM, MM}),
    ("ehf-06", "en",
     ("Compared with the prior study, the right pleural effusion has decreased in size and is now small. The "
     "left effusion has resolved. Septal thickening has improved but is still present in both lower lobes. "
     "Improved ground-glass opacity in the upper lobes. Stable mild cardiomegaly."),
     {PE, IST, OPA, CM}),
    ("ehf-07", "en",
     ("Left ventricular assist device with the inflow cannula at the left ventricular apex and the outflow "
     "graft anastomosed to the ascending aorta. Median sternotomy wires are intact. AICD lead in place. "
     "Cardiac enlargement with marked left ventricular dilatation. Small left pleural effusion with basilar "
     "atelectasis. No pericardial fluid collection."),
     {MM, CM, PE, ATL}),
    ("ehf-08", "en",
     ("Status post CABG with median sternotomy and surgical clips along the left internal mammary artery "
     "graft. Small postoperative pericardial effusion. Small bilateral pleural effusions with passive "
     "atelectasis of both lower lobes. Mild mediastinal fat stranding, expected postoperatively; no "
     "drainable mediastinal collection. Dense coronary artery calcifications."),
     {MM, PCE, PE, ATL, CAC}),
    ("ehf-09", "en",
     ("Mechanical prosthetic aortic and mitral valves. Biatrial enlargement. Atherosclerotic calcification of "
     "the thoracic aorta. No pleural effusion. The lungs are clear."),
     {MM, CM, AWC}),
    ("ehf-10", "en",
     ("History: ESRD on hemodialysis, missed sessions, dyspnea.\nRight internal jugular tunneled dialysis "
     "catheter with the tip in the right atrium. Diffuse interlobular septal thickening and bilateral "
     "ground-glass opacity. Moderate bilateral pleural effusions. Small pericardial effusion. Anasarca with "
     "diffuse subcutaneous edema of the chest wall. Extensive vascular calcifications involving the aorta and "
     "both subclavian arteries. Atrophic kidneys.\nImpression: Fluid overload."),
     {MM, IST, OPA, PE, PCE, AWC}),
    ("ehf-11", "en",
     ("Several mildly enlarged mediastinal lymph nodes, the largest in the right lower paratracheal station "
     "measuring 13 mm in short axis, likely reactive in the setting of heart failure. Cardiomegaly. Small "
     "bilateral pleural effusions. Smooth septal thickening in the lower lobes."),
     {LN, CM, PE, IST}),
    ("ehf-12", "en",
     ("Multiple mediastinal lymph nodes, none enlarged by size criteria (largest 8 mm in short axis), likely "
     "reactive. The azygos vein and the superior vena cava are distended. Mild cardiomegaly. No pleural "
     "effusion. Mild dependent atelectasis in both lower lobes; the lungs are otherwise clear."),
     {CM, ATL}),
    ("ehf-13", "en",
     ("Patchy ground-glass opacity in both upper lobes may reflect edema; superimposed infection is not "
     "excluded. Right lower lobe consolidation, pneumonia versus asymmetric edema. Small right pleural "
     "effusion."),
     {OPA, CON, PE}),
    ("ehf-14", "en",
     ("No pulmonary edema. No interlobular septal thickening. No pleural effusion. No pericardial effusion. "
     "The heart is not enlarged. Coronary arteries: moderate calcification of the LAD and RCA. Lungs: a 4 mm "
     "solid nodule in the right middle lobe. No consolidation."),
     {CAC, NOD}),
    ("ehf-15", "en",
     ("Physiologic amount of pericardial fluid. Heart size within normal limits. Minimal linear atelectasis in "
     "the lingula; otherwise the lungs are clear. No pleural effusion."),
     {ATL}),
    ("ehf-16", "en",
     ("Loculated right pleural effusion with smooth pleural enhancement, unchanged. Fluid tracks into the right "
     "major fissure. Rounded atelectasis in the right lower lobe. Sternotomy wires. Bioprosthetic aortic "
     "valve."),
     {PE, ATL, MM}),
    ("ehf-17", "en",
     ("Biventricular pacing device (CRT-D) with leads in the right atrium, right ventricle and coronary sinus. "
     "Lentiform fluid collection within the right minor fissure (pseudotumor) in addition to a small right "
     "pleural effusion. Cardiomegaly. Centrilobular emphysema, upper lobe predominant."),
     {MM, PE, CM, EMP}),
    ("ehf-18", "en",
     "No acute cardiopulmonary abnormality. Normal heart size. No effusions.",
     set()),
    ("ehf-19", "en",
     ("Cardiomegaly. Bilat effusions, small. Septal thickening and GGO c/w edema. Coronary calcs. Small hiatal "
     "hernia."),
     {CM, PE, IST, OPA, CAC, HH}),
    ("ehf-20", "en",
     ("The main pulmonary artery is enlarged, measuring 36 mm, suggestive of pulmonary hypertension. Right "
     "ventricular enlargement and right atrial dilatation. Reflux of contrast into the IVC and hepatic veins. "
     "Mosaic attenuation of the lung parenchyma. No lymphadenopathy. No pleural effusion."),
     {CM, MOS}),
    ("ehf-21", "en",
     ("Peribronchial cuffing and thickening of the interlobular septa. Pericardial thickening without "
     "pericardial effusion. Heart size is at the upper limit of normal. Bilateral pleural thickening without "
     "effusion."),
     {PBT, IST}),
    ("ehf-22", "en",
     ("Bilateral ground-glass opacities with superimposed interlobular septal thickening (crazy paving), which "
     "may reflect pulmonary edema, although alveolar hemorrhage cannot be excluded. Small pericardial "
     "effusion. The heart is mildly enlarged."),
     {OPA, IST, PCE, CM}),
    ("ehf-23", "en",
     ("Clinical history: prior admission for decompensated heart failure with bilateral pleural effusions, "
     "treated.\nToday the lungs are clear without edema. No pleural effusion. Heart size is normal. Right "
     "chest port with the catheter tip at the cavoatrial junction."),
     {MM}),
    ("ehf-24", "en",
     ("Trachea and both main bronchi are in the midline and patent. Mediastinal structures cannot be evaluated "
     "optimally because contrast material was not given. Cardiomegaly is observed. Pericardial effusion "
     "reaching 12 mm in thickness. Calcific atherosclerotic changes are observed in the aorta and coronary "
     "arteries. No pathologically enlarged lymph nodes in the mediastinum. Bilateral pleural effusion, more "
     "on the left, with associated compressive atelectasis. Interlobular septal thickening and ground-glass "
     "densities in both lungs, consistent with pulmonary edema. No mass in the upper abdominal organs within "
     "the sections. Cholelithiasis. No lytic-destructive lesion in the bones."),
     {CM, PCE, AWC, CAC, PE, ATL, IST, OPA}),
    ("ehf-25", "en",
     ("Distended azygos vein and SVC. Diffuse anasarca. No pleural or pericardial effusion. No pulmonary "
     "edema; the lungs are clear."),
     set()),
    ("ehf-26", "en",
     "Trace left pleural effusion. Trace pericardial effusion. Mild biatrial enlargement.",
     {PE, PCE, CM}),
    ("ehf-27", "en",
     ("Heart size upper limits of normal. Coronary artery stents in the LAD and circumflex. Mild calcification "
     "of the aortic arch. Mild bibasilar subsegmental atelectasis. Small hiatal hernia."),
     {MM, AWC, ATL, HH}),
    ("ehf-28", "en",
     ("Postoperative day 3 after aortic valve replacement. Mediastinal and left pleural drains in place. Small "
     "left and small right pleural effusions. Small pericardial fluid collection with a few foci of gas, "
     "expected postoperatively. Left lower lobe atelectasis. Epicardial pacing wires."),
     {MM, PE, PCE, ATL}),
    ("ehf-29", "en",
     ("Subpleural reticulation with traction bronchiectasis at the lung bases, consistent with fibrotic "
     "interstitial lung disease. Superimposed smooth septal thickening and small bilateral effusions suggest "
     "a component of fluid overload. Cardiomegaly."),
     {FIB, BRX, IST, PE, CM}),
    ("ehf-30", "en",
     ("Clinical question: pleural effusion?\nNo pleural effusion is seen. No pericardial effusion. No "
     "cardiomegaly. The lungs are clear."),
     set()),
    ("ehf-31", "en",
     ("There is no cardiomegaly, pericardial effusion, pleural effusion, or septal thickening. Mild "
     "emphysema. Calcified granuloma in the left upper lobe."),
     {EMP, NOD}),
    ("ehf-32", "en",
     ("The pulmonary edema has resolved. Interval decrease in the bilateral pleural effusions, now trace. No "
     "septal thickening on today's exam. Cardiomegaly is unchanged."),
     {PE, CM}),
    ("ehf-33", "en",
     ("Dense consolidation in the left lower lobe, likely atelectasis adjacent to the moderate left pleural "
     "effusion, although superimposed pneumonia cannot be excluded."),
     {CON, ATL, PE}),
    ("ehf-34", "en",
     ("Status post orthotopic heart transplantation. Sternotomy wires. No pericardial effusion. A few "
     "subcentimeter mediastinal lymph nodes. Clear lungs."),
     {MM}),
    ("ehf-35", "en",
     ("Marked enlargement of the right atrium, with a dilated IVC and reflux of contrast into the hepatic "
     "veins, consistent with right heart failure. Small bilateral pleural effusions. Ascites in the upper "
     "abdomen. Mild bronchial wall thickening."),
     {CM, PE, PBT}),
    ("ehf-36", "en",
     ("Calcified pericardium without pericardial effusion, suggestive of constrictive pericarditis. Biatrial "
     "enlargement. Bilateral pleural effusions. Dilated IVC."),
     {CM, PE}),
    ("ehf-37", "en",
     ("Dense calcification of the aortic valve leaflets and of the mitral annulus. No coronary artery "
     "calcification. The aorta is without calcified plaque. Normal heart size. The lungs are clear."),
     set()),
    ("ehf-38", "en",
     ("Intra-aortic balloon pump with the tip in the proximal descending thoracic aorta. Endotracheal tube, "
     "nasogastric tube and right internal jugular central venous catheter. Bilateral dependent "
     "consolidations with air bronchograms. Diffuse ground-glass opacity. Moderate bilateral pleural "
     "effusions. Cardiomegaly."),
     {MM, CON, OPA, PE, CM}),
    ("ehf-39", "en",
     ("Smooth thickening of the interlobular septa without nodularity. Enlarged subcarinal lymph node "
     "measuring 15 mm and bilateral hilar lymphadenopathy, likely reactive to congestive failure. Small "
     "bilateral effusions."),
     {IST, LN, PE}),
    ("ehf-40", "en",
     ("Stable cardiomegaly with a small pericardial effusion. Stable small bilateral pleural effusions. Stable "
     "mild interlobular septal thickening. Stable mediastinal lymph nodes measuring up to 14 mm in short "
     "axis, likely reactive."),
     {CM, PCE, PE, IST, LN}),
    ("ehf-41", "en",
     ("The cardiac silhouette is within normal limits. Atherosclerotic calcification of the descending aorta. "
     "A few calcified mediastinal lymph nodes, not enlarged. Fibrotic strands in the right middle lobe. No "
     "effusion."),
     {AWC, FIB}),
    ("ehf-42", "en",
     ("Findings concerning for early interstitial edema: mild septal thickening at the bases. A small left "
     "pleural effusion cannot be excluded given respiratory motion. Left-sided ICD with leads in good "
     "position."),
     {IST, PE, MM}),
    ("ehf-43", "en",
     ("No bronchial wall thickening or bronchiectasis. Mild cardiomegaly and a trace right pleural effusion. "
     "No consolidation."),
     {CM, PE}),
    ("ehf-44", "en",
     ("TECHNIQUE: Contrast-enhanced CT of the chest.\nFINDINGS: Mitral annuloplasty ring and a left atrial "
     "appendage occlusion device. Massive left atrial enlargement. Calcified atheroma in the descending "
     "thoracic aorta. Mild paraseptal emphysema. No septal thickening or pleural effusion.\nIMPRESSION: "
     "Post-surgical changes of mitral repair with marked left atrial enlargement. No evidence of pulmonary "
     "edema."),
     {MM, CM, AWC, EMP}),
    ("ehf-45", "en",
     ("The interlobular septal thickening seen previously has resolved. New small right pleural effusion. "
     "Patchy ground-glass opacity persists in the right upper lobe."),
     {PE, OPA}),
    ("ehf-46", "en",
     ("The previously placed pericardial drain has been removed, and the pericardial effusion has resolved. "
     "Sternotomy wires. The heart is normal in size. No pleural effusion."),
     {MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ehf-21", PCE): "CT-RATE convention: pericardial thickening is labelled Pericardial effusion ('pericardial effusion-thickening'), also where fluid is denied, as the other probes label it",
    ("ehf-34", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
