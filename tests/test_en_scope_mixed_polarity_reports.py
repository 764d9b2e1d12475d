"""Probe: English chest CT reports in which one sentence holds findings of different polarity and
certainty, to test how far a denial or a hedge reaches ("No pleural effusion, but there is a small
pericardial effusion", "consolidation without effusion", "No nodules, masses or consolidation; mild
emphysema", "Neither ... nor ..., although ...", lists joined by or/and/nor/commas/semicolons,
"other than", "apart from", "except for", "only", "with the exception of", hedges covering one or
several findings, "no definite", "no convincing", "no new", "no significant change in the known ..."
(still present), "resolution of X with persistent Y", long sentences with 3-5 findings) plus
negative controls (pulmonary embolism, pleural plaques, thyroid nodule, umbilical hernia, a mass over
3 cm, a removed drain). The reports were written for this file without looking at the engine's
lexicon or cue lists.
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
    ("esm-01", "en",
     ("No pleural effusion, but there is a small pericardial effusion. The heart is normal in size. "
      "Calcification of the left anterior descending coronary artery is noted. The lungs are clear."),
     {PCE, CAC}),
    ("esm-02", "en",
     ("There is consolidation in the posterior basal segment of the right lower lobe without effusion. "
      "Air bronchograms are seen within it. No lymphadenopathy. The remaining lungs are clear."),
     {CON}),
    ("esm-03", "en",
     ("No nodules, masses or consolidation; mild centrilobular emphysema in both upper lobes. "
      "Heart size is normal. No pericardial or pleural effusion."),
     {EMP}),
    ("esm-04", "en",
     ("Neither effusion nor lymphadenopathy is seen, although there is bibasal atelectasis. "
      "Atherosclerotic calcification of the descending thoracic aorta. No nodules."),
     {ATL, AWC}),
    ("esm-05", "en",
     ("Possible atelectasis or consolidation at the left lung base. No pleural effusion. "
      "The mediastinum is unremarkable and the heart is not enlarged."),
     {ATL, CON}),
    ("esm-06", "en",
     ("No definite pulmonary nodule, though a 3 mm focus in the right upper lobe may represent a tiny "
      "nodule or a vessel seen end-on. No convincing mediastinal lymphadenopathy. No effusion."),
     {NOD}),
    ("esm-07", "en",
     ("Comparison is made with the CT of last year. No significant change in the known paraseptal "
      "emphysema. No new nodules; the 5 mm nodule in the left lower lobe is stable. No effusion."),
     {EMP, NOD}),
    ("esm-08", "en",
     ("Interval resolution of the right pleural effusion with persistent consolidation in the right "
      "lower lobe. The previously noted mediastinal lymphadenopathy has regressed, with residual "
      "nodes up to 9 mm in short axis. No pericardial effusion."),
     {CON, LN}),
    ("esm-09", "en",
     ("There is cardiomegaly with a small pericardial effusion, bilateral pleural effusions, "
      "interlobular septal thickening and patchy ground-glass opacity, in keeping with fluid overload. "
      "No consolidation. No lymphadenopathy."),
     {CM, PCE, PE, IST, OPA}),
    ("esm-10", "en",
     ("Other than mild bibasal dependent atelectasis, the lungs are clear. No effusion. "
      "No lymphadenopathy. The heart and great vessels are normal."),
     {ATL}),
    ("esm-11", "en",
     ("Apart from a small sliding hiatal hernia, there is no abnormality. Specifically, there is no "
      "nodule, consolidation or effusion, and the mediastinal nodes are not enlarged."),
     {HH}),
    ("esm-12", "en",
     ("The lungs are clear except for a few fibrotic bands in the lingula. "
      "No bronchiectasis or honeycombing. No pleural effusion."),
     {FIB}),
    ("esm-13", "en",
     ("Only minor peribronchial thickening is seen in the lower lobes; no bronchiectasis, mosaic "
      "attenuation or consolidation. No lymphadenopathy or effusion."),
     {PBT}),
    ("esm-14", "en",
     ("With the exception of a calcified 4 mm nodule in the right middle lobe, likely a granuloma, "
      "no pulmonary nodules are identified. No consolidation. Heart size normal."),
     {NOD}),
    ("esm-15", "en",
     ("No pleural or pericardial effusion, no lymphadenopathy, and no pulmonary nodule, mass, "
      "consolidation or ground-glass opacity. The heart is not enlarged. No emphysema. "
      "The airways are patent."),
     set()),
    ("esm-16", "en",
     ("Follow-up study. No new consolidation; the known right upper lobe consolidation is unchanged. "
      "No new effusion. No lymphadenopathy."),
     {CON}),
    ("esm-17", "en",
     ("Stable appearance of the moderate left pleural effusion, with no new areas of consolidation and "
      "no pneumothorax. The right lung is clear."),
     {PE}),
    ("esm-18", "en",
     ("Mild cardiomegaly without pericardial effusion. Calcification of the aortic arch and of the "
      "coronary arteries, but no aortic aneurysm. No pleural effusion."),
     {CM, AWC, CAC}),
    ("esm-19", "en",
     ("Subtle ground-glass opacity and interlobular septal thickening in both lower lobes, possibly "
      "early interstitial oedema or infection. No effusion. No consolidation."),
     {OPA, IST}),
    ("esm-20", "en",
     ("No convincing bronchiectasis, although there is mild bronchial wall thickening in the right "
      "lower lobe with a few mucus plugs. No consolidation or effusion."),
     {PBT}),
    ("esm-21", "en",
     ("Resolution of the previously described consolidation and ground-glass opacity in the left upper "
      "lobe, with residual linear scarring. No effusion. No new nodules."),
     {FIB}),
    ("esm-22", "en",
     ("Enlarged subcarinal and right hilar lymph nodes measure up to 14 mm, but there is neither "
      "pleural nor pericardial effusion. The lungs are clear."),
     {LN}),
    ("esm-23", "en",
     ("A right internal jugular central venous catheter terminates in the superior vena cava. "
      "No pneumothorax, effusion or consolidation; minor atelectasis at the left base only."),
     {MM, ATL}),
    ("esm-24", "en",
     ("Mosaic attenuation with air trapping on the expiratory images, with cylindrical bronchiectasis "
      "and bronchial wall thickening in the lower lobes, but no consolidation or nodules."),
     {MOS, BRX, PBT}),
    ("esm-25", "en",
     ("Small bilateral pleural effusions, larger on the right, with adjacent compressive atelectasis "
      "but no underlying consolidation. The heart is normal in size."),
     {PE, ATL}),
    ("esm-26", "en",
     ("Apart from the known emphysema, which is unchanged, and a stable 6 mm right lower lobe nodule, "
      "the lungs are clear. No lymphadenopathy. No effusion."),
     {EMP, NOD}),
    ("esm-27", "en",
     ("No mediastinal, hilar or axillary lymphadenopathy; a few small mediastinal nodes are present "
      "but not enlarged. Costal cartilage calcification is noted. The lungs are clear."),
     set()),
    ("esm-28", "en",
     ("Honeycombing and traction bronchiectasis in the subpleural lower lobes, with reticulation but "
      "no ground-glass opacity or consolidation to suggest active inflammation. No effusion."),
     {FIB, BRX}),
    ("esm-29", "en",
     ("The previously seen pericardial effusion has resolved, but there remains moderate cardiomegaly. "
      "No pleural effusion. The lungs are clear."),
     {CM}),
    ("esm-30", "en",
     ("Possible small hiatal hernia. No oesophageal wall thickening. No effusion or lymphadenopathy. "
      "The lungs are clear."),
     {HH}),
    ("esm-31", "en",
     ("Median sternotomy wires and surgical clips from coronary artery bypass grafting. "
      "No ground-glass opacity, consolidation or nodules are seen. No effusion."),
     {MM}),
    ("esm-32", "en",
     ("CT pulmonary angiogram. No pulmonary embolism; small left pleural effusion. "
      "No consolidation. The heart is normal in size."),
     {PE}),
    ("esm-33", "en",
     ("No focal consolidation other than a small area of atelectasis in the right middle lobe. "
      "No pleural effusion. No suspicious nodule."),
     {ATL}),
    ("esm-34", "en",
     ("A small pericardial effusion versus pericardial thickening cannot be excluded. "
      "No pleural effusion. The lungs are clear and the heart is not enlarged."),
     {PCE}),
    ("esm-35", "en",
     ("Bilateral lower lobe consolidation with air bronchograms and small bilateral effusions, with "
      "possible associated atelectasis, but no cavitation or lymphadenopathy."),
     {CON, PE, ATL}),
    ("esm-36", "en",
     ("No significant change in the known bronchiectasis of the middle lobe and lingula, and no new "
      "nodules, consolidation or effusion. The heart is normal."),
     {BRX}),
    ("esm-37", "en",
     ("The lungs show centrilobular emphysema and a 7 mm solid nodule in the right upper lobe; "
      "no consolidation, no effusion and no lymphadenopathy."),
     {EMP, NOD}),
    ("esm-38", "en",
     ("No interlobular septal thickening, no ground-glass opacity and no pleural effusion to suggest "
      "oedema; the heart is normal in size. Atherosclerotic calcification of the thoracic aorta."),
     {AWC}),
    ("esm-39", "en",
     ("Minor dependent atelectasis is present, without consolidation, effusion or suspicious nodule. "
      "The mediastinum is normal."),
     {ATL}),
    ("esm-40", "en",
     ("Resolution of the left lower lobe atelectasis; persistent small left pleural effusion and a new "
      "small right pleural effusion. No consolidation."),
     {PE}),
    ("esm-41", "en",
     ("Mild pericardial thickening, without effusion. No pleural effusion. "
      "Scattered coronary artery calcifications. The lungs are clear."),
     {PCE, CAC}),
    ("esm-42", "en",
     ("There is no hiatal hernia. A fat-containing umbilical hernia is partially imaged. "
      "Gallstones are noted. The lungs and pleura are normal."),
     set()),
    ("esm-43", "en",
     ("No pulmonary nodules; a 12 mm nodule in the left lobe of the thyroid is noted incidentally. "
      "Calcification of the aortic arch. No effusion."),
     {AWC}),
    ("esm-44", "en",
     ("Neither bronchiectasis nor bronchial wall thickening is seen, but there is a patchy mosaic "
      "attenuation pattern suggesting small airways disease. No nodules."),
     {MOS}),
    ("esm-45", "en",
     ("Tracheostomy tube in situ. Ground-glass opacity in the right lower lobe, possibly infective or "
      "inflammatory, with no consolidation, no nodules and no lymphadenopathy."),
     {OPA, MM}),
    ("esm-46", "en",
     ("No definite lymphadenopathy, though a borderline 10 mm right paratracheal node is noted. "
      "No convincing consolidation. No effusion."),
     {LN}),
    ("esm-47", "en",
     ("Scattered bilateral pleural plaques, some calcified, but no pleural effusion, lung fibrosis "
      "or nodules. The heart is normal in size."),
     set()),
    ("esm-48", "en",
     ("Large right pleural effusion with complete collapse of the right lower lobe and partial collapse "
      "of the middle lobe; no contralateral effusion, and no mass or lymphadenopathy."),
     {PE, ATL}),
    ("esm-49", "en",
     ("Interval removal of the right chest drain. The pneumothorax has resolved, and the right effusion "
      "is much smaller but still present. No consolidation."),
     {PE}),
    ("esm-50", "en",
     ("No nodules, no emphysema and no bronchiectasis; only a single subpleural fibrotic band in the "
      "left lower lobe and minimal coronary calcification."),
     {FIB, CAC}),
    ("esm-51", "en",
     ("Consolidation or atelectasis is not present. Mild cardiomegaly and a moderate hiatus hernia; "
      "no pericardial effusion."),
     {CM, HH}),
    ("esm-52", "en",
     ("There is emphysema, but no bronchial wall thickening, bronchiectasis or mosaic attenuation, and "
      "no suspicious nodule or mass."),
     {EMP}),
    ("esm-53", "en",
     ("Possible early honeycombing versus paraseptal emphysema in the subpleural lung bases, with "
      "interlobular septal thickening; no consolidation. No effusion."),
     {FIB, EMP, IST}),
    ("esm-54", "en",
     ("A 4.5 cm spiculated mass in the left upper lobe, without additional nodules, with an enlarged "
      "left hilar lymph node of 15 mm and no pleural effusion."),
     {LN}),
    ("esm-55", "en",
     ("There is no consolidation, nor pleural effusion, nor lymphadenopathy; the heart is enlarged and "
      "a dual-chamber pacemaker is present."),
     {CM, MM}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
