"""Probe: English chest CT reports in which a finding's state differs by side or by lobe, so that the
finding is present in the examination if any side has it ("Small right pleural effusion; no left
effusion", "The left effusion has resolved; the right persists", "Right: small; left: none",
"Atelectasis in the right lower lobe but not on the left", "Right hilar lymphadenopathy, none on the
left"), and the reverse where every side is denied or resolved ("No effusion on either side", "both
effusions have resolved"). Word order varies (denied side first or last), and present, denied, hedged
and resolved findings are mixed, with negative controls (pleural thickening or plaques, a vascular
hilum, a right-sided aortic arch, an azygos fissure, a removed tube, a mass over 3 cm).
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
    ("esd-01", "en",
     ("Small right pleural effusion; no left effusion. Adjacent compressive atelectasis in the right lower "
      "lobe. Heart size is normal. No pericardial effusion. No mediastinal or hilar lymphadenopathy."),
     {PE, ATL}),
    ("esd-02", "en",
     ("Comparison is made with the CT of 3 weeks ago. The left pleural effusion has resolved; the right "
      "persists, now small. Minimal atelectasis at the right base. Coronary artery calcifications are noted."),
     {PE, ATL, CAC}),
    ("esd-03", "en",
     ("Bilateral pleural effusions, right greater than left, with passive atelectasis of both lower lobes. "
      "The heart is enlarged. Smooth interlobular septal thickening in both lungs, consistent with "
      "interstitial edema. Median sternotomy wires are present."),
     {PE, ATL, CM, IST, MM}),
    ("esd-04", "en",
     ("PLEURA: Effusion - right: small; left: none. LUNGS: Clear apart from dependent subsegmental "
      "atelectasis on the right. No pulmonary nodules. MEDIASTINUM: Unremarkable."),
     {PE, ATL}),
    ("esd-05", "en",
     ("Atelectasis in the right lower lobe but not on the left. No consolidation. No pleural effusion on "
      "either side. The thoracic aorta is normal in caliber with mild atherosclerotic wall calcification."),
     {ATL, AWC}),
    ("esd-06", "en",
     ("The left upper lobe nodule has resolved; the right lower lobe nodule is unchanged at 5 mm. No new "
      "pulmonary nodules. Mild centrilobular emphysema in both upper lobes."),
     {NOD, EMP}),
    ("esd-07", "en",
     ("A 2.1 cm spiculated nodule in the right upper lobe, suspicious for primary lung carcinoma. Right hilar "
      "lymphadenopathy, none on the left, the largest node measuring 18 mm. Mediastinal nodes are not "
      "enlarged. No pleural effusion."),
     {NOD, LN}),
    ("esd-08", "en",
     ("No effusion on either side. No atelectasis. The lungs are clear without nodules or consolidation. "
      "No lymphadenopathy. Heart size is normal."),
     set()),
    ("esd-09", "en",
     ("Compared with the prior examination, both effusions have resolved. The previously seen bibasilar "
      "atelectasis has also cleared. No consolidation. Mild coronary artery calcification."),
     {CAC}),
    ("esd-10", "en",
     ("No left pleural effusion. There is a trace right pleural effusion. Linear atelectasis at the left "
      "base, none on the right. No lymph node enlargement."),
     {PE, ATL}),
    ("esd-11", "en",
     ("Consolidation in the left lower lobe with air bronchograms; the right lung is clear. No effusion on "
      "the right, while a small left parapneumonic effusion cannot be excluded. Heart size within normal limits."),
     {CON, PE}),
    ("esd-12", "en",
     ("The right lower lobe consolidation has resolved since the prior study. The left lower lobe shows "
      "residual ground-glass opacity. No pleural effusion bilaterally. No lymphadenopathy."),
     {OPA}),
    ("esd-13", "en",
     ("Cylindrical bronchiectasis in the left lower lobe; no bronchiectasis in the right lung. Bronchial wall "
      "thickening is present bilaterally. No mosaic attenuation. No pleural effusion."),
     {BRX, PBT}),
    ("esd-14", "en",
     ("No nodule in either lung. The right hilar prominence is vascular, with no lymphadenopathy on either "
      "side. The heart is mildly enlarged. Trace pericardial effusion."),
     {CM, PCE}),
    ("esd-15", "en",
     ("Left pleural thickening without effusion; the right pleural space is normal. Calcified pleural plaques "
      "along the left hemidiaphragm, consistent with prior asbestos exposure. No pulmonary nodules. "
      "No lymphadenopathy."),
     set()),
    ("esd-16", "en",
     ("Bilateral lower lobe atelectasis, left more than right. Small bilateral pleural effusions. Left "
      "pectoral pacemaker with leads in the right atrium and right ventricle. Cardiomegaly is not present."),
     {ATL, PE, MM}),
    ("esd-17", "en",
     ("Right: no pleural effusion. Left: moderate pleural effusion with compressive atelectasis of the left "
      "lower lobe. No mediastinal shift. Aortic and coronary calcifications."),
     {PE, ATL, AWC, CAC}),
    ("esd-18", "en",
     ("Possible small right pleural effusion; none on the left. Subsegmental atelectasis in the lingula. "
      "Calcifications of the aortic arch."),
     {PE, ATL, AWC}),
    ("esd-19", "en",
     ("Nodule follow-up: the 4 mm right middle lobe nodule is no longer seen; the 6 mm left lower lobe "
      "nodule is stable. No new nodules. Scattered coronary calcifications."),
     {NOD, CAC}),
    ("esd-20", "en",
     ("Both previously described pulmonary nodules, in the right upper lobe and the left lower lobe, have "
      "resolved. No new nodules. No pleural effusion. Heart and mediastinum unremarkable."),
     set()),
    ("esd-21", "en",
     ("The right pleural effusion has decreased and is now trace; the left has resolved completely. The "
      "right chest tube has been removed in the interval. No pneumothorax."),
     {PE}),
    ("esd-22", "en",
     ("Left-sided chest tube in place. The left pneumothorax has resolved. No effusion on the left; a small "
      "effusion is noted on the right."),
     {MM, PE}),
    ("esd-23", "en",
     ("Fibrotic bands in the right lower lobe, none on the left. No honeycombing or traction bronchiectasis. "
      "No emphysema."),
     {FIB}),
    ("esd-24", "en",
     ("Patchy ground-glass opacities in the left upper lobe, not seen on the right; infection is the main "
      "differential. No consolidation on either side. Small sliding hiatal hernia."),
     {OPA, HH}),
    ("esd-25", "en",
     ("LYMPH NODES: Right paratracheal node measuring 9 mm in short axis; no left hilar or left paratracheal "
      "nodes. LUNGS: Scarring in the left lower lobe. No effusion."),
     {LN, FIB}),
    ("esd-26", "en",
     ("Effusion: absent on the right, absent on the left. Atelectasis: none. Lymphadenopathy: none. "
      "Impression: no acute intrathoracic abnormality."),
     set()),
    ("esd-27", "en",
     ("The right lower lobe atelectasis has resolved; persistent plate-like atelectasis in the left lower "
      "lobe. No pleural fluid. No nodules."),
     {ATL}),
    ("esd-28", "en",
     ("The pleural effusions have resolved bilaterally. Interval removal of the left internal jugular "
      "central venous catheter. Mild cardiomegaly persists. No pericardial effusion."),
     {CM}),
    ("esd-29", "en",
     ("Bilateral hilar lymphadenopathy, more prominent on the right, in keeping with sarcoidosis. Perilymphatic "
      "micronodules in both upper lobes. No pleural effusion on either side."),
     {LN, NOD}),
    ("esd-30", "en",
     ("A new 8 mm solid nodule in the left lower lobe. No nodule in the right lung. Emphysema bilaterally, "
      "upper lobe predominant. No effusions."),
     {NOD, EMP}),
    ("esd-31", "en",
     ("There is no right-sided pleural effusion, and the left-sided effusion seen previously has completely "
      "resolved. No consolidation. No lymphadenopathy."),
     set()),
    ("esd-32", "en",
     ("Small left pleural effusion, likely reactive; the right hemithorax is clear. Left lower lobe "
      "consolidation, suspicious for pneumonia. Left hilar lymph node measuring 11 mm, probably reactive."),
     {PE, CON, LN}),
    ("esd-33", "en",
     ("Right upper lobe: 3 mm nodule, unchanged. Left upper lobe: the previously described 5 mm nodule is no "
      "longer visible. Calcification of the aortic arch. No effusions."),
     {NOD, AWC}),
    ("esd-34", "en",
     ("The right-sided consolidation has cleared; there is new patchy consolidation in the left lower lobe. "
      "Small bilateral pleural effusions."),
     {CON, PE}),
    ("esd-35", "en",
     ("Mosaic attenuation in the right lower lobe, not on the left, with air trapping on expiratory images. "
      "Bronchial wall thickening on both sides. No bronchiectasis."),
     {MOS, PBT}),
    ("esd-36", "en",
     ("Interlobular septal thickening at the right base, none on the left. Small right pleural effusion. "
      "No cardiomegaly. No pericardial effusion."),
     {IST, PE}),
    ("esd-37", "en",
     ("Neither hemithorax contains fluid. Minimal dependent density in both lower lobes. Heart size is normal. "
      "No lymphadenopathy."),
     {OPA}),
    ("esd-38", "en",
     ("Right lower lobe bronchiectasis with mucus plugging, unchanged. No bronchiectasis on the left. The "
      "tree-in-bud nodularity in the left upper lobe has resolved."),
     {BRX}),
    ("esd-39", "en",
     ("A 4.5 cm mass in the left upper lobe abutting the mediastinum. No nodules in the right lung. Left "
      "hilar lymphadenopathy; no right hilar nodes. No pleural effusion."),
     {LN}),
    ("esd-40", "en",
     ("Atelectasis: right middle lobe, mild; left: none. Effusion: right: trace; left: trace. "
      "Nodules: none."),
     {ATL, PE}),
    ("esd-41", "en",
     ("A small left pleural effusion cannot be excluded. There is no right pleural effusion. The lungs are "
      "otherwise clear. Coronary artery stents are in place."),
     {PE, MM}),
    ("esd-42", "en",
     ("No consolidation in the left lung; in the right lower lobe there is focal consolidation. No effusion "
      "on either side. No hilar lymphadenopathy."),
     {CON}),
    ("esd-43", "en",
     ("Apical scarring in the right upper lobe; no corresponding scarring on the left. Mild paraseptal "
      "emphysema in the left upper lobe only. No nodules."),
     {FIB, EMP}),
    ("esd-44", "en",
     ("Both pleural effusions have resolved and the bibasilar atelectasis has cleared. The mediastinal lymph "
      "nodes, previously enlarged, are now normal in size. No nodules."),
     set()),
    ("esd-45", "en",
     ("Bilateral pleural effusions, left greater than right, increased since the prior study. Right-sided "
      "aortic arch, a normal variant. Small pericardial effusion."),
     {PE, PCE}),
    ("esd-46", "en",
     ("Azygos fissure on the right, a normal variant. No effusion, atelectasis or nodule on either side. "
      "The thoracic aorta and coronary arteries show no calcification."),
     set()),
    ("esd-47", "en",
     ("Left lower lobe atelectasis; right lower lobe consolidation. Both findings are new compared with the "
      "prior examination. No pleural effusions."),
     {ATL, CON}),
    ("esd-48", "en",
     ("The right lower lobe opacity has resolved; the left lower lobe opacity persists with a similar "
      "appearance. Small hiatal hernia. No effusion."),
     {OPA, HH}),
    ("esd-49", "en",
     ("No left hilar lymphadenopathy. A right hilar node measures 7 mm, which does not reach pathological "
      "size. Subsegmental atelectasis in the right middle lobe."),
     {LN, ATL}),
    ("esd-50", "en",
     ("Right effusion: resolved. Left effusion: small, unchanged. No emphysema. Heart size normal."),
     {PE}),
    ("esd-51", "en",
     ("Bilateral pleural effusions are not seen. Elevation of the right hemidiaphragm with adjacent "
      "atelectasis; the left base is clear. No consolidation."),
     {ATL}),
    ("esd-52", "en",
     ("Left upper lobe nodule of 7 mm, possibly a granuloma; no corresponding lesion on the right. The "
      "right-sided effusion has resolved, while a trace left effusion persists."),
     {NOD, PE}),
    ("esd-53", "en",
     ("There are no pleural effusions, right or left. No pulmonary nodules. No atelectasis in either lower "
      "lobe. Mild atherosclerotic calcification of the descending aorta."),
     {AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("esd-02", PE): "'The left pleural effusion has resolved; the right persists, now small': the other side is named without the finding word",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
