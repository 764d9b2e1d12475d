"""Probe: English chest CT reports (US/UK/Australian radiologists) that cite key images and series
inline: "(series 3, image 45)", "(3:45)", "(se 4 im 112)", "(image 88 of series 5)", "[key image 2]",
"(axial 45/210)", "(coronal 3:58)", image references placed right after a finding or between a finding
and its predicate, numbered finding lists each with an image reference, image/series numbers that look
like sizes or counts (negative controls: "image 8" is not 8 mm, "5 series" is not a count of lesions),
and measurements sharing the parentheses with image numbers ("(6 mm, 4:67)"). Present, denied, hedged
and resolved findings are mixed. The reports were written for this file without looking at the
engine's lexicon or cue lists.
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
    ("eir-01", "en",
     ("CT chest with contrast. Comparison: none. A 6 mm solid nodule (4:67) in the right upper lobe. "
      "A second 3 mm nodule in the left lower lobe (series 4, image 201). No pleural effusion (series 2). "
      "No mediastinal or hilar lymphadenopathy. Heart size is normal. "
      "IMPRESSION: Two small pulmonary nodules, the larger 6 mm (4:67). Fleischner follow-up recommended."),
     {NOD}),
    ("eir-02", "en",
     ("Moderate centrilobular emphysema, upper lobe predominant (series 3, images 20-85). "
      "Scattered coronary artery calcification (se 2 im 112). No suspicious pulmonary nodule. "
      "No pleural or pericardial effusion."),
     {EMP, CAC}),
    ("eir-03", "en",
     ("LUNGS: Clear. No nodules. Image 8 of series 5 demonstrates normal appearing segmental airways. "
      "No consolidation. PLEURA: No pleural effusion. MEDIASTINUM: No lymphadenopathy. "
      "HEART: Normal size, no pericardial effusion."),
     set()),
    ("eir-04", "en",
     ("Right lower lobe nodule (6 mm, 4:67), previously 5 mm. Left upper lobe part-solid nodule "
      "(9 mm, series 4 image 45) with a 4 mm solid component. Dependent atelectasis at both bases "
      "(series 4, images 180-210). No effusion."),
     {NOD, ATL}),
    ("eir-05", "en",
     ("Small right pleural effusion (axial 145/210) with adjacent compressive atelectasis (axial 150/210). "
      "No pericardial effusion. The heart is mildly enlarged. Left chest wall port with catheter tip at "
      "the cavoatrial junction (coronal 3:58)."),
     {PE, ATL, CM, MM}),
    ("eir-06", "en",
     ("[key image 1] Moderate sized hiatal hernia. [key image 2] Patchy consolidation in the left lower "
      "lobe with air bronchograms, likely pneumonia. No pleural effusion. Mediastinal nodes are not "
      "enlarged."),
     {HH, CON}),
    ("eir-07", "en",
     ("Previously seen right middle lobe consolidation (prior series 3, image 112) has resolved. "
      "Residual linear scarring at that site (series 3, image 110). No new nodules. No pleural effusion."),
     {FIB}),
    ("eir-08", "en",
     ("Subtle ground-glass opacity in the left upper lobe (image 88 of series 5), possibly infectious or "
      "inflammatory. Possible mild bronchial wall thickening in the lower lobes (5:140-170). "
      "No consolidation. Aortic atherosclerotic calcification (series 2, image 60)."),
     {OPA, PBT, AWC}),
    ("eir-09", "en",
     ("TECHNIQUE: 5 series acquired, including inspiratory and expiratory imaging. "
      "FINDINGS: Expiratory images (series 7) show no air trapping. No mosaic attenuation. "
      "The lungs are clear. No lymphadenopathy. Image 12 reviewed on lung windows, normal."),
     set()),
    ("eir-10", "en",
     ("Mosaic attenuation with air trapping on expiratory images (series 8, images 40-90), consistent "
      "with small airways disease. Mild bronchial wall thickening (4:102). Cylindrical bronchiectasis in "
      "the right lower lobe (4:155). No pulmonary nodules."),
     {MOS, PBT, BRX}),
    ("eir-11", "en",
     ("Subpleural reticulation with honeycombing at the lung bases (series 4, images 190-230) and traction "
      "bronchiectasis (4:205). Interlobular septal thickening (4:180). No consolidation. Mildly enlarged "
      "mediastinal lymph nodes, the largest a 12 mm subcarinal node (2:66)."),
     {FIB, BRX, IST, LN}),
    ("eir-12", "en",
     ("FINDINGS:\n1. 4 mm nodule, right upper lobe (3:45).\n2. 5 mm nodule, lingula (3:112).\n"
      "3. No pleural effusion.\n4. Coronary artery calcifications (2:88).\n5. No hiatal hernia."),
     {NOD, CAC}),
    ("eir-13", "en",
     ("Image 8 shows the right hilum; no adenopathy. Series 12 sagittal reformats reviewed. "
      "No nodule on images 1 through 240. Trachea and central airways are patent. The heart is normal "
      "in size."),
     set()),
    ("eir-14", "en",
     ("A 2.1 cm spiculated mass (se 4 im 98) in the left upper lobe, suspicious for primary lung "
      "carcinoma. Enlarged left hilar node measuring 14 mm (se 2 im 54). No pleural effusion. "
      "Moderate paraseptal emphysema."),
     {NOD, LN, EMP}),
    ("eir-15", "en",
     ("Large 5.4 x 4.8 cm mass in the right lower lobe (series 3, image 150) with postobstructive "
      "atelectasis (series 3, image 160). Moderate right pleural effusion (series 2, image 80). "
      "Bulky subcarinal lymphadenopathy, 2.8 cm (2:70). No additional pulmonary nodules."),
     {ATL, PE, LN}),
    ("eir-16", "en",
     ("Comparison made with CT of 03/2023. Left basal consolidation (se 5 im 201) has improved but not "
      "fully resolved. Small left effusion persists (se 2 im 170). Stable 4 mm RUL nodule (se 5 im 62). "
      "No lymphadenopathy."),
     {CON, PE, NOD}),
    ("eir-17", "en",
     ("Key images saved to PACS. Dense calcification of the thoracic aorta and coronary arteries "
      "(key image 3). Cardiomegaly (key image 4). Small pericardial effusion, 8 mm in depth "
      "(key image 5). No pleural effusion. Lungs clear."),
     {AWC, CAC, CM, PCE}),
    ("eir-18", "en",
     ("There is a 7 mm solid nodule in the superior segment of the left lower lobe (image 88 of series 5). "
      "There is no consolidation. Mild dependent atelectasis (image 120 of series 5). "
      "No hiatal hernia."),
     {NOD, ATL}),
    ("eir-19", "en",
     ("No pleural effusion (series 2) or pneumothorax. A tiny 3 mm perifissural nodule (4:112) is likely "
      "an intrapulmonary lymph node. The heart (2:80) is normal in size. The thoracic aorta (2:45) is "
      "normal in caliber without calcification."),
     {NOD}),
    ("eir-20", "en",
     ("Endotracheal tube tip 3 cm above the carina (coronal 3:58). Nasogastric tube in the stomach. "
      "Bilateral dependent consolidation in the lower lobes (axial 180/250), aspiration not excluded. "
      "Bilateral small pleural effusions. Heart size normal."),
     {MM, CON, PE}),
    ("eir-21", "en",
     ("The lungs are clear. Specifically, the previously questioned nodule in the right upper lobe "
      "(prior series 3, image 45) is not seen on the current study and likely represented a vessel. "
      "No pleural effusion. No mediastinal lymphadenopathy. No coronary calcification."),
     set()),
    ("eir-22", "en",
     ("Interlobular septal thickening is noted (se 4 im 150-200) with bilateral ground-glass opacity "
      "(se 4 im 160) and small bilateral effusions (se 2 im 140), consistent with pulmonary oedema. "
      "The heart is enlarged. No consolidation."),
     {IST, OPA, PE, CM}),
    ("eir-23", "en",
     ("Borderline right paratracheal node, 9 mm short axis (2:34), likely reactive. Possible mild "
      "bronchiectasis in the middle lobe (4:130). No emphysema. No pleural effusion."),
     {LN, BRX}),
    ("eir-24", "en",
     ("Small sliding hiatal hernia (2:150). Mild coronary calcification of the LAD (2:95). Calcified "
      "plaque in the aortic arch (2:40). No lung nodules. Mild bibasal atelectasis (4:210)."),
     {HH, CAC, AWC, ATL}),
    ("eir-25", "en",
     ("Status post right upper lobectomy. Surgical staple line (4:40) without evidence of local "
      "recurrence. Minor apical pleural thickening. No pleural effusion. Stable postsurgical scarring "
      "adjacent to the staple line (4:42). No new nodule."),
     {MM, FIB}),
    ("eir-26", "en",
     ("Surgical clips in the left axilla (series 2, image 12). Two prominent but not enlarged nodes in the "
      "aortopulmonary window (2:40, 2:42). No pulmonary nodule is seen at the site of prior concern "
      "(5:8). No pleural effusion."),
     {MM}),
    ("eir-27", "en",
     ("PERICARDIUM: Thin, no effusion (se 2 im 98). HEART: Normal size. GREAT VESSELS: Normal, no "
      "calcification. LUNGS: Minimal linear atelectasis in the lingula (se 4 im 120). No nodule, "
      "consolidation or ground glass. PLEURA: No effusion."),
     {ATL}),
    ("eir-28", "en",
     ("The previously noted trace right pleural effusion (prior 3:180) has resolved. The previously "
      "described left lower lobe consolidation (3:200 on the prior) is no longer present. "
      "No new abnormality."),
     set()),
    ("eir-29", "en",
     ("Emphysema ++ upper zones (se 3 im 30). Bronchial wall thickening (se 3 im 140). 5mm nodule left "
      "lower lobe (se 3 im 190) - benign appearance, no follow-up required per BTS guidance. "
      "No lymphadenopathy."),
     {EMP, PBT, NOD}),
    ("eir-30", "en",
     ("Pacemaker generator in the left chest wall with leads in the right atrium and ventricle "
      "(coronal 4:62). Sternotomy wires. Cardiomegaly. Small pericardial effusion cannot be excluded "
      "(2:110). Interlobular septal thickening at both bases (4:180-210)."),
     {MM, CM, PCE, IST}),
    ("eir-31", "en",
     ("Lung-RADS 1. No nodules (series 3). No emphysema. No coronary artery calcification. "
      "No lymphadenopathy. Image 45 of series 3 shows an azygos fissure, a normal variant."),
     set()),
    ("eir-32", "en",
     ("Focal opacity in the posterior right lower lobe (series 4, image 178) may represent early "
      "consolidation or atelectasis. No pleural effusion. Mild aortic calcification (series 2, "
      "image 70)."),
     {OPA, CON, ATL, AWC}),
    ("eir-33", "en",
     ("Right hilar lymph node (15 mm, 2:58) and precarinal node (11 mm, 2:45). Left adrenal nodule "
      "(18 mm, 2:190), indeterminate. No pulmonary nodules. No pleural effusion."),
     {LN}),
    ("eir-34", "en",
     ("Incidental 15 mm left thyroid nodule (2:12). The lungs are clear. No lymphadenopathy. "
      "Normal heart size."),
     set()),
    ("eir-35", "en",
     ("A 9 mm nodule in the left breast (series 2, image 70); correlate with mammography. Simple liver "
      "cyst (2:210). Lungs: mild dependent density at both bases (4:190), otherwise clear."),
     {OPA}),
    ("eir-36", "en",
     ("[Key image 1: right lower lobe] Tree-in-bud nodularity in the right lower lobe with mild "
      "bronchiectasis and bronchial wall thickening, suggestive of infectious bronchiolitis. "
      "[Key image 2] No consolidation. No cavitation. No effusion."),
     {BRX, PBT}),
    ("eir-37", "en",
     ("Bilateral peripheral ground-glass opacities (se 3 im 60, 95, 140) with superimposed interlobular "
      "septal thickening, crazy paving (se 3 im 120). No consolidation. No pleural effusion. "
      "No lymphadenopathy."),
     {OPA, IST}),
    ("eir-38", "en",
     ("Known sarcoidosis. Bilateral hilar and mediastinal lymphadenopathy (2:50-70), decreased since "
      "prior. Perilymphatic nodules along the fissures (4:100). Upper lobe fibrosis with architectural "
      "distortion (4:40)."),
     {LN, NOD, FIB}),
    ("eir-39", "en",
     ("History: pneumonia. Follow-up. The right middle lobe consolidation seen previously (series 301, "
      "image 88) has completely resolved. No residual opacity. No pleural effusion. No lymphadenopathy. "
      "Incidental small hiatal hernia (2:160)."),
     {HH}),
    ("eir-40", "en",
     ("Bronchiectasis, bilateral lower lobes (se 4 im 112, 130), with mucus plugging (se 4 im 125). "
      "Mild mosaic attenuation (se 4 im 90). Peribronchial thickening. No consolidation."),
     {BRX, MOS, PBT}),
    ("eir-41", "en",
     ("The aorta is normal in calibre (ascending 34 mm, 2:40). Mild calcified atheroma of the descending "
      "aorta (2:88). Heart size is at the upper limit of normal, not enlarged. No pericardial effusion. "
      "Lungs clear."),
     {AWC}),
    ("eir-42", "en",
     ("Right-sided PICC with tip in the SVC (coronal 5:40). Small left pleural effusion (2:150) with "
      "adjacent atelectasis (4:200). A 5 mm nodule, series 4 image 5, in the right upper lobe."),
     {MM, PE, ATL, NOD}),
    ("eir-43", "en",
     ("Left lower lobe collapse (4:180) with endobronchial mucus. Moderate left pleural effusion (2:160). "
      "Right lung clear. No mediastinal shift. Lymph nodes are not enlarged."),
     {ATL, PE}),
    ("eir-44", "en",
     ("No pleural effusion (2:150). No pericardial effusion (2:100). No hiatal hernia (2:170). No lung "
      "nodule (series 4). No emphysema (series 4). No consolidation. Mild bibasal fibrotic bands "
      "(4:210)."),
     {FIB}),
    ("eir-45", "en",
     ("The heart is enlarged (image 92). Coronary artery calcification involving the LAD and RCA "
      "(images 88 and 95). Mitral annular calcification. Small bilateral pleural effusions "
      "(images 140-160)."),
     {CM, CAC, PE}),
    ("eir-46", "en",
     ("Patulous oesophagus; possible small hiatal hernia (coronal 3:58). Mild paraseptal emphysema at "
      "the apices (axial 20/300). No nodules. No lymphadenopathy."),
     {HH, EMP}),
    ("eir-47", "en",
     ("Re-demonstrated 8 mm left upper lobe nodule (previously series 3 image 45, now series 4 image 52), "
      "unchanged over 2 years, benign. Previously noted subcarinal lymphadenopathy has resolved (2:70). "
      "No effusion."),
     {NOD}),
    ("eir-48", "en",
     ("Biapical pleuroparenchymal scarring (se 3 im 12-20). No active lung disease. No pleural effusion. "
      "Heart and mediastinum unremarkable."),
     {FIB}),
    ("eir-49", "en",
     ("Lines and tubes: none. Lungs: clear. A 3 mm focus at series 4 image 8 is a vessel on adjacent "
      "images, not a nodule. No effusion. No adenopathy."),
     set()),
    ("eir-50", "en",
     ("A 6 mm nodule (4:67) in the right upper lobe is new since the prior, and a 4 mm nodule (4:88) in "
      "the left upper lobe is unchanged. Consolidation (4:150) in the left lower lobe. Moderate emphysema. "
      "Aortic and coronary calcification."),
     {NOD, CON, EMP, AWC, CAC}),
    ("eir-51", "en",
     ("Mediastinal lymphadenopathy cannot be excluded on this non-contrast study; a right paratracheal "
      "soft tissue focus (2:35) may represent a node. Lungs clear. No effusion."),
     {LN}),
    ("eir-52", "en",
     ("Bilateral pleural effusions, left greater than right (series 2, images 120-180). Atelectasis of "
      "the left lower lobe (series 4, image 190). Small pericardial effusion (series 2, image 100). "
      "Cardiomegaly. Dual-chamber pacemaker (coronal 601:45)."),
     {PE, ATL, PCE, CM, MM}),
    ("eir-53", "en",
     ("Heart (2:90) and mediastinum (2:50) unremarkable. Lungs (4:1-260) clear. Pleural spaces clear. "
      "Upper abdomen: cholelithiasis (2:220)."),
     set()),
    ("eir-54", "en",
     ("Three nodules (4:12, 4:30, 4:45), each under 4 mm, unchanged from prior. No ground-glass "
      "opacity. Bilateral gynaecomastia (2:60). No lymphadenopathy."),
     {NOD}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eir-32", OPA): "an opacity that 'may represent early consolidation or atelectasis' is read as explained by atelectasis (CT-RATE train: densities consistent with atelectasis are 0)",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
