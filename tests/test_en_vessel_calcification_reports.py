"""Probe: English chest CT reports (US, UK, Turkish and Japanese authors) about calcification of
vessels: coronary artery calcification (LAD, LCx, RCA, left main; mild/moderate/severe/dense,
"coronary atherosclerosis", "calcified coronary plaque", Agatston/CAC score including zero,
three-vessel calcification, coronary stents and CABG), aortic and other arterial wall calcification
(thoracic aorta, calcified atheroma, arch plaques, great vessels, subclavian/carotid/vertebral,
"vascular calcifications"), negatives ("no coronary calcification", "no significant atherosclerosis"),
and negative controls that are not coronary or arterial wall calcification (aortic valve and mitral
annulus calcification, pericardial calcification, calcified lymph nodes, calcified granulomas, pleural
plaques, costal and tracheal cartilage calcification), with hedges and comparisons mixed with other
findings. The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("evc-01", "en",
     ("Moderate coronary artery calcification involving the LAD and RCA. Atherosclerotic calcification of "
      "the thoracic aorta. Heart size is normal. No pericardial effusion. Mild centrilobular emphysema in "
      "the upper lobes. No pulmonary nodules."),
     {CAC, AWC, EMP}),
    ("evc-02", "en",
     ("Dense three-vessel coronary artery calcification. Mild calcified atheroma of the aortic arch. "
      "The heart is enlarged. Small bilateral pleural effusions with adjacent compressive atelectasis."),
     {CAC, AWC, CM, PE, ATL}),
    ("evc-03", "en",
     ("Calibration of thoracic main vascular structures is natural. No calcific atherosclerotic plaque was "
      "observed in the aorta or coronary arteries. Heart contour and size are normal. Pericardial "
      "effusion-thickening was not observed. Lymph nodes with a short axis up to 7 mm were observed in the "
      "mediastinum, not reaching pathological size. No nodule or mass was detected in both lungs."),
     {LN}),
    ("evc-04", "en",
     ("Calcification is seen in the coronary arteries, mainly in the LAD. Arteriosclerotic change of the "
      "aorta is observed. There is a 5 mm nodule in the right S6. Emphysematous change is not seen."),
     {CAC, AWC, NOD}),
    ("evc-05", "en",
     ("Coronary artery calcium score (Agatston): 0. The thoracic aorta is normal in caliber without "
      "calcification. The lungs are clear. No pleural effusion."),
     set()),
    ("evc-06", "en",
     ("Agatston score 612, predominantly in the LAD and left main. Coronary stent in the proximal RCA. "
      "Mild cardiomegaly. Lungs are clear."),
     {CAC, MM, CM}),
    ("evc-07", "en",
     ("Heavy calcification of the aortic valve leaflets, in keeping with aortic stenosis given the clinical "
      "history. No coronary artery calcification. The thoracic aorta is unremarkable. Mild bibasal "
      "dependent atelectasis."),
     {ATL}),
    ("evc-08", "en",
     ("Mitral annular calcification is present. Heart size is at the upper limit of normal. No coronary "
      "calcification is identified. Small hiatus hernia."),
     {HH}),
    ("evc-09", "en",
     ("Curvilinear pericardial calcification over the right ventricle, likely sequela of prior "
      "pericarditis. No pericardial effusion. The coronary arteries show no calcification. Linear scarring "
      "in the lingula."),
     {FIB}),
    ("evc-10", "en",
     ("Calcified subcarinal and right hilar lymph nodes, consistent with prior granulomatous infection, not "
      "enlarged. A 3 mm calcified granuloma in the right upper lobe. No vascular calcification."),
     {NOD}),
    ("evc-11", "en",
     ("Bilateral calcified pleural plaques along the diaphragmatic pleura, consistent with previous asbestos "
      "exposure. No pleural effusion. Mild atherosclerotic calcification of the descending aorta. Subpleural "
      "reticulation at both bases, possibly early asbestosis."),
     {AWC, FIB}),
    ("evc-12", "en",
     ("Calcification of the costal cartilages is noted. No coronary artery or aortic calcification. The lungs "
      "are clear. No lymphadenopathy."),
     set()),
    ("evc-13", "en",
     ("Calcification of the tracheal and bronchial cartilage rings, a normal age-related finding. The aorta "
      "and coronary arteries are free of calcification. Bilateral lower lobe bronchiectasis with bronchial "
      "wall thickening."),
     {BRX, PBT}),
    ("evc-14", "en",
     ("Status post CABG with median sternotomy wires and surgical clips along the left internal mammary "
      "graft. Extensive native coronary artery calcification. Calcified plaques in the aortic arch. Small "
      "left pleural effusion."),
     {MM, CAC, AWC, PE}),
    ("evc-15", "en",
     ("Possible minimal calcification in the proximal LAD, difficult to confirm on this non-gated study due "
      "to motion. The aorta is normal. Ground-glass opacity in the right lower lobe, likely infectious."),
     {CAC, OPA}),
    ("evc-16", "en",
     ("No significant atherosclerosis. Heart is normal in size. 4 mm nodule in the left upper lobe, "
      "unchanged from prior."),
     {NOD}),
    ("evc-17", "en",
     ("Coronary artery calcification is again seen, unchanged in extent compared with the CT of 2021. Aortic "
      "atherosclerosis, similar. Previously noted right lower lobe consolidation has resolved."),
     {CAC, AWC}),
    ("evc-18", "en",
     ("Calcific atheroma plaques are observed in the aortic arch and descending aorta. Coronary artery "
      "calcifications are observed in the LAD and circumflex. Heart sizes are increased. Pericardial "
      "thickening of 4 mm was observed."),
     {AWC, CAC, CM, PCE}),
    ("evc-19", "en",
     ("Calcified plaque at the origin of the left subclavian artery and in both visualized carotid bulbs. "
      "No coronary calcification. Thyroid is unremarkable. Mild paraseptal emphysema."),
     {AWC, EMP}),
    ("evc-20", "en",
     ("Scattered vascular calcifications, including the vertebral arteries at the thoracic inlet. Coronary "
      "arteries are not well assessed. Mosaic attenuation of the lungs, suggesting small airway disease."),
     {AWC, MOS}),
    ("evc-21", "en",
     ("Atherosclerosis of the great vessels. Mild coronary atherosclerosis. Tiny pericardial effusion. "
      "Bibasilar interlobular septal thickening and small bilateral pleural effusions, suggesting mild "
      "pulmonary edema."),
     {AWC, CAC, PCE, IST, PE}),
    ("evc-22", "en",
     ("Clinical history: known coronary artery disease, prior balloon angioplasty. No coronary stents are "
      "visualized. No coronary artery calcification is seen. Normal heart size. Lungs clear."),
     set()),
    ("evc-23", "en",
     ("Mechanical aortic valve prosthesis. Mild calcification of the ascending aortic wall. Coronary "
      "arteries: calcification of the left main and LAD. No pleural effusion."),
     {MM, AWC, CAC}),
    ("evc-24", "en",
     ("Transcatheter aortic valve prosthesis in place. Severe calcification of the native aortic annulus. No "
      "coronary artery calcification identified. Thoracic aorta without atheromatous calcification."),
     {MM}),
    ("evc-25", "en",
     ("Coronary artery calcification: none. Aorta: unremarkable. Lungs: moderate centrilobular and paraseptal "
      "emphysema. 6 mm left lower lobe nodule."),
     {EMP, NOD}),
    ("evc-26", "en",
     ("Coronary calcium score of zero. No calcified coronary plaque. Mild aortic wall calcification is noted "
      "in the arch. The lungs are clear."),
     {AWC}),
    ("evc-27", "en",
     ("Mild calcification is seen in the aortic arch. Calcification of coronary artery is not apparent. "
      "Reticular shadow and honeycombing are seen in bilateral lower lobes, suggestive of UIP pattern. "
      "Traction bronchiectasis is also seen."),
     {AWC, FIB, BRX}),
    ("evc-28", "en",
     ("Dense calcification of the RCA and LCx. Pacemaker generator in the left chest wall with leads in the "
      "right atrium and right ventricle. Cardiomegaly."),
     {CAC, MM, CM}),
    ("evc-29", "en",
     ("Left main coronary artery: no calcification. Left main bronchus patent. Right main bronchus patent. "
      "Mild bronchial wall thickening."),
     {PBT}),
    ("evc-30", "en",
     ("In the mediastinum, lymph nodes reaching pathological size were observed in the prevascular and right "
      "paratracheal areas, the largest measuring 15 mm. Calcified lymph nodes in the subcarinal area. "
      "Atherosclerotic changes in the aorta. Consolidation in the right lower lobe with air bronchograms."),
     {LN, AWC, CON}),
    ("evc-31", "en",
     ("Calcified lymph nodes in the mediastinum without enlargement. Calcified granulomas in the liver and "
      "spleen. No coronary or aortic calcification."),
     set()),
    ("evc-32", "en",
     ("Questionable faint calcification of the aortic arch. Heart size normal. Atelectatic band in the left "
      "lower lobe."),
     {AWC, ATL}),
    ("evc-33", "en",
     ("The previous report described coronary calcification; on review, the apparent density was motion "
      "artifact and no coronary calcification is present on the current study. Small right pleural "
      "effusion, increased compared with the prior."),
     {PE}),
    ("evc-34", "en",
     ("Severe coronary calcification, Agatston score 1340. Markedly calcified thoracic aorta. Aneurysmal "
      "dilatation of the ascending aorta to 46 mm."),
     {CAC, AWC}),
    ("evc-35", "en",
     ("Moderate calcification of the thoracic aorta and coronary arteries. No aortic valve calcification. "
      "No mitral annular calcification. Hiatus hernia of moderate size."),
     {AWC, CAC, HH}),
    ("evc-36", "en",
     ("Coronary stents in the LAD and LCx. Aorta without calcification. Lungs are clear."),
     {MM}),
    ("evc-37", "en",
     ("Calcified coronary plaque in the proximal LAD. Otherwise no atherosclerosis. 7 mm solid nodule in the "
      "right upper lobe."),
     {CAC, NOD}),
    ("evc-38", "en",
     ("Thoracic aorta diameter is normal. Calcific plaques were observed in the aortic arch. Coronary artery "
      "calcification was not observed. No hiatal hernia. Emphysematous changes were observed in both lungs, "
      "more prominent in the upper lobes. Peribronchial thickening in both lungs."),
     {AWC, EMP, PBT}),
    ("evc-39", "en",
     ("No coronary artery calcification (Agatston score 0). Mild atheromatous calcification of the great "
      "vessel origins cannot be excluded due to streak artifact from contrast."),
     {AWC}),
    ("evc-40", "en",
     ("Findings suggestive of coronary atherosclerosis with mild calcification along the RCA. Central venous "
      "catheter with tip at the cavoatrial junction. Right lower lobe consolidation."),
     {CAC, MM, CON}),
    ("evc-41", "en",
     ("Sternotomy wires. Coronary artery bypass grafts are patent on this non-gated study. Calcification of "
      "the native coronary arteries and aortic root. Mosaic attenuation."),
     {MM, CAC, AWC, MOS}),
    ("evc-42", "en",
     ("Heart and mediastinum are normal. No vascular calcification. Lungs clear. No effusion."),
     set()),
    ("evc-43", "en",
     ("Coronary artery calcification is absent. Aortic valve calcification is seen. Small nodular shadow in "
      "the left S3, 4 mm. Cardiac enlargement is not observed."),
     {NOD}),
    ("evc-44", "en",
     ("Mild calcification of the coronary arteries was reported on the prior CT and is unchanged. The "
      "descending thoracic aorta shows scattered calcified plaques."),
     {CAC, AWC}),
    ("evc-45", "en",
     ("Calcification in the wall of the brachiocephalic trunk. Heart size normal; no coronary calcium. "
      "Mediastinal lymph nodes up to 9 mm in short axis."),
     {AWC, LN}),
    ("evc-46", "en",
     ("Dense calcification of the LAD. Moderate aortic valve calcification. Interstitial septal thickening "
      "at the bases with small effusions. Cardiomegaly."),
     {CAC, IST, PE, CM}),
    ("evc-47", "en",
     ("Calcified mediastinal and hilar nodes. Calcified pleural plaques. Costal cartilage calcification. No "
      "coronary or aortic calcification."),
     set()),
    ("evc-48", "en",
     ("Vascular: atherosclerotic calcification of the aorta and coronary arteries, left main and "
      "three-vessel. Lungs: biapical pleuroparenchymal scarring. Small calcified granuloma in the left lower "
      "lobe."),
     {AWC, CAC, FIB, NOD}),
    ("evc-49", "en",
     ("Scattered coronary calcification. Heart not enlarged. Right-sided Port-a-Cath with tip in the SVC. "
      "Patchy consolidation in the left lower lobe with surrounding ground-glass change."),
     {CAC, MM, CON, OPA}),
    ("evc-50", "en",
     ("No evidence of coronary artery calcification or aortic atherosclerosis. Mild cylindrical "
      "bronchiectasis in the right middle lobe. Subsegmental atelectasis in the lingula."),
     {BRX, ATL}),
    ("evc-51", "en",
     ("Calcified atheromatous plaques in the thoracic aorta and in the coronary arteries. In both lungs, "
      "ground glass densities with peripheral distribution, consistent with viral pneumonia. No pleural "
      "effusion."),
     {AWC, CAC, OPA}),
    ("evc-52", "en",
     ("The coronary arteries are difficult to evaluate; no definite calcification. Aortic arch calcification, "
      "mild. Left breast implant."),
     {AWC, MM}),
    ("evc-53", "en",
     ("Calcification of the mitral annulus and aortic valve; coronary arteries are free of calcification. "
      "Pericardium thickened at 5 mm with calcific foci."),
     {PCE}),
    ("evc-54", "en",
     ("Trace calcification in the LCx; otherwise coronary arteries unremarkable. Thoracic aorta normal in "
      "size with no atheroma."),
     {CAC}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
