"""English chest CT reports that stress the scope of negation in realistic sentences.

Each report mixes plain positives and plain denials with one or more negation-scope traps:

- coordinated denials: "no X or Y", "neither X nor Y", "without evidence of X, Y or Z"
- a denial followed by a contrasting positive: "No X; however, Y is present", "no X, although Y",
  "X is absent but Y is noted", "negative for X, positive for Y"
- exclusion frames: "other than X, no Y", "aside from X, the lungs are clear", "apart from X, no Y"
- alternatives: "Y rather than X"
- follow-up: "no new X, but the known Y persists", resolved findings
- long lists after "no" that end with a positive clause
- post-posed negation: "X is not seen", "X has not developed", "X is not identified"

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("esc-01", "en",
     ("FINDINGS: No pleural or pericardial effusion. No mediastinal, hilar or axillary lymphadenopathy. "
     "There is a 6 mm solid nodule in the right upper lobe, posterior segment. Mild centrilobular "
     "emphysema is present in both upper lobes. No consolidation or ground-glass opacity.\n"
     "IMPRESSION: 6 mm right upper lobe nodule; follow-up CT in 12 months is suggested. Mild emphysema."),
     {NOD, EMP}),
    ("esc-02", "en",
     ("Neither pleural effusion nor pericardial effusion is present. The heart is enlarged. Calcified "
     "atherosclerotic plaque is seen along the aortic arch and descending thoracic aorta. Dense "
     "calcification of the LAD coronary artery. No pulmonary nodule. The lungs are "
     "otherwise clear."),
     {CM, AWC, CAC}),
    ("esc-03", "en",
     ("Without evidence of consolidation, pleural effusion or pneumothorax, there is linear atelectasis at "
     "both lung bases. A right internal jugular central venous catheter terminates in the superior vena "
     "cava. No enlarged mediastinal lymph nodes. Heart size is normal."),
     {ATL, MM}),
    ("esc-04", "en",
     ("There is no hiatal hernia; however, a small pericardial effusion is present, measuring up to 8 mm. "
     "The heart is not enlarged. No coronary artery calcification. Mild bronchial wall thickening is "
     "noted in both lower lobes. No nodules, no consolidation."),
     {PCE, PBT}),
    ("esc-05", "en",
     ("Emphysema is absent, but cylindrical bronchiectasis is noted in the right middle lobe and lingula, "
     "with associated peribronchial thickening. No mosaic attenuation. No pulmonary nodules. No pleural "
     "effusion."),
     {BRX, PBT}),
    ("esc-06", "en",
     ("CT chest: negative for pulmonary nodule, positive for patchy ground-glass opacity in the left lower "
     "lobe. Smooth interlobular septal thickening is seen at both bases. There is no pleural effusion. "
     "Heart size is normal. No lymphadenopathy."),
     {OPA, IST}),
    ("esc-07", "en",
     ("The wedge-shaped density in the left lower lobe represents atelectasis rather than consolidation, "
     "given the volume loss and crowding of the bronchi. There is a small left pleural effusion. No lymph "
     "node enlargement. No emphysema."),
     {ATL, PE}),
    ("esc-08", "en",
     ("Median sternotomy wires are intact. Other than a small sliding hiatal hernia, no abnormality is "
     "identified in the mediastinum. No lymphadenopathy. No pericardial effusion. Lungs: no nodule, no "
     "consolidation, no emphysema."),
     {HH, MM}),
    ("esc-09", "en",
     ("Aside from biapical fibrotic scarring, the lungs are clear. No pleural effusion. Scattered "
     "calcifications are seen in the wall of the thoracic aorta. No coronary artery calcification. "
     "The heart is normal in size."),
     {FIB, AWC}),
    ("esc-10", "en",
     ("Apart from a few mildly enlarged mediastinal lymph nodes, the largest 14 mm in short axis in the "
     "subcarinal station, no abnormality is seen. No pulmonary nodules, no consolidation and no pleural "
     "effusion. Heart size is within normal limits."),
     {LN}),
    ("esc-11", "en",
     ("There is no consolidation, although patchy ground-glass opacities are present in both upper lobes, "
     "set against a mosaic attenuation pattern. No bronchiectasis. No interlobular septal thickening. "
     "No pleural effusion.\n"
     "IMPRESSION: Ground-glass opacities and mosaic attenuation; hypersensitivity pneumonitis is a "
     "consideration."),
     {OPA, MOS}),
    ("esc-12", "en",
     ("Comparison is made with the CT of last year. No new nodule, but the known 9 mm left upper lobe "
     "nodule persists without change. No lymphadenopathy. Moderate centrilobular emphysema is unchanged. "
     "No pleural effusion."),
     {NOD, EMP}),
    ("esc-13", "en",
     ("There is no pleural effusion, pericardial effusion, lymphadenopathy, consolidation, ground-glass "
     "opacity, bronchiectasis, interlobular septal thickening or emphysema, but there is a left-sided "
     "pacemaker with leads in the right atrium and right ventricle, and there are calcifications in the "
     "left anterior descending and right coronary arteries."),
     {MM, CAC}),
    ("esc-14", "en",
     ("A pleural effusion is not seen. Consolidation has not developed. The mediastinal lymph nodes are not "
     "enlarged. The cardiac silhouette is enlarged. There is atherosclerotic calcification of the "
     "thoracic aorta."),
     {CM, AWC}),
    ("esc-15", "en",
     ("A hiatal hernia is not present. Pericardial effusion is not identified. There is a moderate right "
     "pleural effusion with adjacent compressive atelectasis of the right lower lobe. A right-sided chest "
     "drain is in situ. No pulmonary nodules."),
     {PE, ATL, MM}),
    ("esc-16", "en",
     ("No filling defect to suggest pulmonary embolism. There is no mosaic attenuation or air trapping. "
     "Subpleural reticulation with honeycombing and traction bronchiectasis is present in both lower "
     "lobes, consistent with pulmonary fibrosis. Interlobular septal thickening is also present. No "
     "consolidation."),
     {FIB, BRX, IST}),
    ("esc-17", "en",
     ("Neither consolidation nor atelectasis is seen. The lungs show paraseptal and centrilobular "
     "emphysema. A 4 mm nodule is seen in the right lower lobe. Mild cardiomegaly. No pericardial "
     "effusion."),
     {EMP, NOD, CM}),
    ("esc-18", "en",
     ("Without evidence of lymphadenopathy, nodules or masses, the study demonstrates an enlarged heart "
     "with a small pericardial effusion. Small bilateral pleural effusions. Thickened interlobular "
     "septa throughout both lungs suggest interstitial edema."),
     {CM, PCE, PE, IST}),
    ("esc-19", "en",
     ("There is no pleural effusion; however, there is consolidation in the right lower lobe with air "
     "bronchograms, suspicious for pneumonia, with surrounding ground-glass opacity. No cavitation. No "
     "lymphadenopathy."),
     {CON, OPA}),
    ("esc-20", "en",
     ("Coronary artery calcification is absent, but calcified plaque is noted in the abdominal aorta and "
     "the two common iliac arteries. A moderate hiatal hernia is present. No lung nodule. No pleural "
     "effusion."),
     {AWC, HH}),
    ("esc-21", "en",
     ("Negative for emphysema, positive for bronchial wall thickening and mosaic attenuation, suggesting "
     "small airways disease. No bronchiectasis. A trace of pericardial fluid is present. No consolidation."),
     {PBT, MOS, PCE}),
    ("esc-22", "en",
     ("The linear band at the right lung base is a fibrotic scar rather than a nodule. No other lung "
     "lesions. Stable mild cardiomegaly. The aortic valve is calcified; no coronary artery calcification. "
     "No effusion."),
     {FIB, CM}),
    ("esc-23", "en",
     ("Postoperative changes with surgical clips in the left axilla. Other than these, no abnormality; no "
     "axillary or mediastinal lymphadenopathy is seen. No lung nodules or masses. The lungs are clear."),
     {MM}),
    ("esc-24", "en",
     ("Aside from mild dependent atelectasis, the lungs are clear, with no nodule, consolidation or "
     "effusion. Small hiatal hernia. Calcification of the left anterior descending and right coronary "
     "arteries."),
     {ATL, HH, CAC}),
    ("esc-25", "en",
     ("Apart from diffuse bronchial wall thickening, no airway abnormality is seen; in particular, no "
     "bronchiectasis. No emphysema. No septal thickening. An enlarged right hilar lymph node measures "
     "15 mm."),
     {PBT, LN}),
    ("esc-26", "en",
     ("Endotracheal tube tip lies 4 cm above the carina. No pleural effusion, although there is mild "
     "pleural thickening on the left. Subsegmental atelectasis in the lingula. No nodules."),
     {ATL, MM}),
    ("esc-27", "en",
     ("Follow-up CT. No new consolidation, but the known ground-glass opacity in the right upper lobe "
     "persists. The previously noted left pleural effusion has resolved. No lymphadenopathy."),
     {OPA}),
    ("esc-28", "en",
     ("No pneumothorax, pleural effusion, pericardial effusion, hiatal hernia, cardiomegaly, "
     "lymphadenopathy or pulmonary nodule is identified; there is moderate centrilobular emphysema. "
     "Calcified atherosclerosis of the thoracic aorta."),
     {EMP, AWC}),
    ("esc-29", "en",
     ("Bronchiectasis is not seen. Emphysema has not developed. Nodules are not identified. Ground-glass "
     "opacities in the lower lobes with superimposed interlobular septal thickening (crazy paving). Small "
     "bilateral pleural effusions."),
     {OPA, IST, PE}),
    ("esc-30", "en",
     ("Neither mediastinal nor hilar lymphadenopathy. Neither nodule nor mass. A left subclavian port "
     "catheter is present with its tip at the cavoatrial junction. Bilateral lower lobe consolidation. "
     "Small left pleural effusion."),
     {MM, CON, PE}),
    ("esc-31", "en",
     ("The heart is unremarkable, without evidence of pericardial effusion, cardiomegaly or coronary "
     "calcification. A moderate hiatal hernia is present. Fibrotic strands in the lingula. Mosaic "
     "attenuation in both lower lobes."),
     {HH, FIB, MOS}),
    ("esc-32", "en",
     ("No emphysema; however, traction bronchiectasis and honeycombing are present in both lower lobes. "
     "No consolidation. Interlobular septal thickening is not seen. No pleural effusion."),
     {BRX, FIB}),
    ("esc-33", "en",
     ("A 4 cm mass is present in the left upper lobe, but no mediastinal lymphadenopathy is noted. "
     "Post-obstructive atelectasis distal to the mass. Patchy consolidation in the lingula. No pleural "
     "effusion."),
     {NOD, ATL, CON}),
    ("esc-34", "en",
     ("Negative for pleural effusion and consolidation; positive for multiple bilateral pulmonary nodules "
     "consistent with metastases, and for enlarged mediastinal lymph nodes. A coronary stent is seen in "
     "the left anterior descending artery."),
     {NOD, LN, MM}),
    ("esc-35", "en",
     ("Mosaic attenuation rather than ground-glass opacity accounts for the heterogeneous lung "
     "attenuation. No consolidation. Mild bronchial wall thickening. No bronchiectasis."),
     {MOS, PBT}),
    ("esc-36", "en",
     ("Other than coronary artery calcifications, the heart is unremarkable, without cardiomegaly or "
     "pericardial effusion. No aortic wall calcification. Linear atelectasis at the right base."),
     {CAC, ATL}),
    ("esc-37", "en",
     ("Apart from a small hiatal hernia, no abnormality in the upper abdomen. No pleural effusion. No "
     "emphysema. A pericardial effusion is not present. Interlobular septal thickening is absent. "
     "Peribronchial thickening is present bilaterally."),
     {HH, PBT}),
    ("esc-38", "en",
     ("No new nodules, but the known bronchiectasis in the left lower lobe persists. The consolidation "
     "seen previously has resolved, leaving a residual fibrotic band. Mild mediastinal lymphadenopathy "
     "persists."),
     {BRX, FIB, LN}),
    ("esc-39", "en",
     ("INDICATION: Fever, r/o pneumonia.\n"
     "FINDINGS: No consolidation or pleural effusion. No ground-glass opacity. No nodules. The heart is "
     "normal in size. Aortic calcification is noted. Emphysema is absent. A nasogastric tube terminates "
     "in the stomach.\n"
     "IMPRESSION: No pneumonia. Aortic atherosclerosis."),
     {AWC, MM}),
    ("esc-40", "en",
     ("Without evidence of bronchiectasis, mosaic attenuation or peribronchial thickening, there is "
     "extensive bilateral ground-glass opacity and consolidation. Interlobular septal thickening. "
     "Cardiomegaly with a pericardial effusion."),
     {OPA, CON, IST, CM, PCE}),
]

OPEN: dict[tuple[str, str], str] = {
    ("esc-33", NOD): "CT-RATE convention: a lung mass (3 cm or more) alone is not labelled Lung nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
