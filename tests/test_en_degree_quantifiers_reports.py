"""Probe: English chest CT reports (US, UK, Australian and non-native styles) in which the degree or
amount of a finding decides or colours the reading: trace, trivial, minimal, tiny, small amount of,
scant, a sliver of, barely perceptible, subtle, mild, mild-to-moderate, severe, marked, extensive,
a few, scattered, occasional, minute, no more than minimal (present), and the near-denials
negligible, no significant, no appreciable, virtually no, hardly any (absent); resolution wording
(essentially / almost entirely resolved) with and without a named residual. Some sentences name two
findings with different degrees and polarities; some reports have no positive finding; negative
controls include valve, thyroid, oesophageal and spinal findings. The reports were written for this
file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present in any amount or hedged, 0 when denied (including
"negligible"/"no significant"/"no appreciable"/"virtually no"), resolved without a named residual,
or not mentioned."""
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
    ("edeg-01", "en",
     ("Trace bilateral pleural effusions. Minimal dependent atelectasis at both lung bases. "
      "No consolidation. Heart size is normal. No pericardial effusion."),
     {PE, ATL}),
    ("edeg-02", "en",
     ("Trivial pericardial effusion, not haemodynamically significant. Mild cardiomegaly. "
      "The lungs are clear. No pleural effusion."),
     {PCE, CM}),
    ("edeg-03", "en",
     ("The previously seen right lower lobe pneumonia has almost entirely resolved, with minimal residual "
      "consolidation posteriorly. No pleural effusion. No mediastinal lymphadenopathy."),
     {CON}),
    ("edeg-04", "en",
     ("Negligible emphysema. No significant mediastinal or hilar lymphadenopathy. No appreciable pleural "
      "effusion. The lungs are otherwise clear."),
     set()),
    ("edeg-05", "en",
     ("Scattered tiny pulmonary nodules, the largest measuring 3 mm in the left upper lobe, likely benign. "
      "Mild centrilobular emphysema in the upper lobes. No consolidation or effusion."),
     {NOD, EMP}),
    ("edeg-06", "en",
     ("A sliver of left pleural fluid is noted. Small amount of pericardial fluid. Small hiatus hernia. "
      "No focal lung lesion."),
     {PE, PCE, HH}),
    ("edeg-07", "en",
     ("Barely perceptible ground-glass opacity in the posterior segment of the right upper lobe, of "
      "uncertain significance; suggest follow-up. No discrete nodule. No interlobular septal thickening."),
     {OPA}),
    ("edeg-08", "en",
     ("Subtle mosaic attenuation in both lower lobes, possibly reflecting small airways disease. Mild "
      "bronchial wall thickening. No bronchiectasis."),
     {MOS, PBT}),
    ("edeg-09", "en",
     ("There is a small right pleural effusion but no pericardial effusion. Mild coronary artery "
      "calcification without significant aortic calcification. Lungs are clear."),
     {PE, CAC}),
    ("edeg-10", "en",
     ("Severe emphysema with marked hyperinflation and extensive paraseptal bullous change. A few "
      "subcentimetre mediastinal nodes are present, not enlarged. No pleural effusion."),
     {EMP}),
    ("edeg-11", "en",
     ("Marked cardiomegaly. Moderate bilateral pleural effusions with adjacent compressive atelectasis. "
      "Interlobular septal thickening is mild. Dual-chamber pacemaker in situ."),
     {CM, PE, ATL, IST, MM}),
    ("edeg-12", "en",
     ("No significant abnormality. The lungs are clear with no appreciable nodule. Virtually no "
      "atherosclerotic calcification of the thoracic aorta. Heart not enlarged. No pleural or pericardial "
      "effusion."),
     set()),
    ("edeg-13", "en",
     ("Mild-to-moderate subpleural reticulation at both bases with traction bronchiectasis, in keeping with "
      "fibrotic interstitial lung disease. No honeycombing. Mild superimposed ground-glass opacity."),
     {FIB, BRX, OPA}),
    ("edeg-14", "en",
     ("Occasional tiny calcified nodules in both upper lobes, in keeping with old granulomatous disease. "
      "Minimal apical pleural thickening. No lymphadenopathy."),
     {NOD}),
    # (2026-12-07) relabelled: band atelectasis is also a fibrotic sequela in CT-RATE (train: 3 of 4 English reports)
    ("edeg-15", "en",
     ("Near-complete resolution of the left lower lobe consolidation, with a small residual band of "
      "atelectasis. The left pleural effusion has resolved."),
     {ATL, FIB}),
    ("edeg-16", "en",
     ("Comparison is made with the CT of 3 months ago. The pneumonia has essentially resolved. No residual "
      "consolidation. The pleural effusion has resolved."),
     set()),
    ("edeg-17", "en",
     ("The bilateral ground-glass opacities have essentially resolved, with a small residual focus in the "
      "lingula. No new consolidation."),
     {OPA}),
    ("edeg-18", "en",
     ("There is minimal pleural effusion at right side. Also little pericardial effusion is seen. "
      "Heart is not prominent. Aorta shows mild calcified plaques."),
     {PE, PCE, AWC}),
    ("edeg-19", "en",
     ("Hardly any emphysematous change is observed. Few small lymph nodes are in mediastinum, largest is "
      "7 mm in short axis, they did not reach pathological size. Nodule is not detected."),
     {LN}),
    ("edeg-20", "en",
     ("Small volume bilateral pleural effusions. Mild bibasal dependent atelectasis. Heart size at the "
      "upper limits of normal. No pericardial effusion."),
     {PE, ATL}),
    ("edeg-21", "en",
     ("Mediastinal nodes are inconspicuous. Hilar nodes are not prominent. The lungs are clear. Mild "
      "calcification of the aortic arch."),
     {AWC}),
    ("edeg-22", "en",
     ("Extensive bilateral ground-glass opacification with superimposed interlobular septal thickening "
      "giving a crazy-paving appearance. Small areas of consolidation in the dependent lower lobes. "
      "No effusion."),
     {OPA, IST, CON}),
    ("edeg-23", "en",
     ("Minute 2 mm nodule in the right middle lobe, of no clinical significance. No further follow-up is "
      "required. Otherwise unremarkable study."),
     {NOD}),
    ("edeg-24", "en",
     ("Scant endobronchial secretions in the right lower lobe bronchi. Mild bronchial wall thickening. "
      "No bronchiectasis. No consolidation."),
     {PBT}),
    ("edeg-25", "en",
     ("Mild cardiomegaly without pericardial effusion. Minimal coronary calcification, no aortic "
      "calcification. Lungs clear."),
     {CM, CAC}),
    ("edeg-26", "en",
     ("There is no more than minimal dependent atelectasis at the lung bases. No pleural effusion. "
      "No lymphadenopathy."),
     {ATL}),
    ("edeg-27", "en",
     ("Severe three-vessel coronary artery calcification. Marked atherosclerotic calcification of the "
      "aorta. Median sternotomy wires and surgical clips from previous CABG. Trivial left pleural effusion."),
     {CAC, AWC, MM, PE}),
    ("edeg-28", "en",
     ("Scattered subtle areas of mosaic attenuation in both lungs. No bronchiectasis. No fibrosis."),
     {MOS}),
    ("edeg-29", "en",
     ("Small sliding hiatus hernia. Mild circumferential oesophageal wall thickening in the distal third. "
      "Lungs clear. No pleural effusion."),
     {HH}),
    ("edeg-30", "en",
     ("No significant hiatus hernia. No appreciable lymphadenopathy. Small axillary nodes within normal "
      "limits. Lungs and pleura unremarkable."),
     set()),
    ("edeg-31", "en",
     ("Trace fluid in the superior pericardial recess. The lungs are clear. No pleural effusion. "
      "No significant coronary artery calcification."),
     {PCE}),
    ("edeg-32", "en",
     ("Mild apical scarring bilaterally. No subpleural reticulation or honeycombing. No nodules."),
     {FIB}),
    ("edeg-33", "en",
     ("Mild interlobular septal thickening at the bases, but no pleural effusion. The heart is markedly "
      "enlarged."),
     {IST, CM}),
    ("edeg-34", "en",
     ("Several small-volume mediastinal lymph nodes, none enlarged by size criteria. Tiny left pleural "
      "effusion. Lungs clear."),
     {PE}),
    ("edeg-35", "en",
     ("Moderate centrilobular and paraseptal emphysema, upper lobe predominant. Mild bronchial wall "
      "thickening. Occasional small mucus plugs. No consolidation."),
     {EMP, PBT}),
    ("edeg-36", "en",
     ("Subtle tree-in-bud change in the right lower lobe, likely infective bronchiolitis. Mild bronchial "
      "wall thickening. No consolidation."),
     {PBT}),
    ("edeg-37", "en",
     ("The ground-glass change in the left lower lobe has almost entirely resolved; a faint residual area "
      "remains. No effusion."),
     {OPA}),
    ("edeg-38", "en",
     ("The previously described right pleural effusion has almost entirely resolved, with only a trace "
      "remaining. The previous left lower lobe collapse has resolved."),
     {PE}),
    ("edeg-39", "en",
     ("The consolidation has essentially resolved. No residual opacity. No pleural effusion."),
     set()),
    ("edeg-40", "en",
     ("IMPRESSION: 1. Mild cardiomegaly. 2. Trace pericardial effusion. 3. No acute pulmonary process."),
     {CM, PCE}),
    ("edeg-41", "en",
     ("LUNGS: Mild dependent atelectasis. Small 4 mm right upper lobe nodule, stable. PLEURA: No effusion. "
      "HEART: Normal size. Trace coronary calcifications. VESSELS: Mild calcified atherosclerosis of the "
      "thoracic aorta."),
     {ATL, NOD, CAC, AWC}),
    ("edeg-42", "en",
     ("Mild degenerative changes of the thoracic spine. Minimal gynaecomastia. Small left thyroid nodule. "
      "The lungs are clear."),
     set()),
    ("edeg-43", "en",
     ("A small amount of fluid tracks into the right horizontal fissure. No consolidation. Heart size "
      "normal."),
     {PE}),
    ("edeg-44", "en",
     ("Emphysema is mild degree at bilateral upper lobes. Consolidation is not seen. Atelectasis is "
      "minimal at lingula. Coronary calcification is severe."),
     {EMP, ATL, CAC}),
    ("edeg-45", "en",
     ("Appearances are in keeping with mild lower lobe bronchiectasis with marked bronchial wall "
      "thickening; no significant mucus plugging. No mosaicism."),
     {BRX, PBT}),
    ("edeg-46", "en",
     ("Extensive basal honeycombing with marked traction bronchiectasis. Scattered mildly enlarged "
      "mediastinal nodes up to 13 mm short axis, probably reactive."),
     {FIB, BRX, LN}),
    ("edeg-47", "en",
     ("Subtle linear atelectasis in the lingula. No significant emphysema. No pleural effusion."),
     {ATL}),
    ("edeg-48", "en",
     ("A few small solid nodules in both lungs, up to 4 mm. Minimal apical pleural thickening. "
      "No lymphadenopathy."),
     {NOD}),
    ("edeg-49", "en",
     ("Cardiac size at the upper limit of normal. Trivial aortic valve calcification. No significant "
      "coronary artery calcification. Lungs clear."),
     set()),
    ("edeg-50", "en",
     ("Large left pleural effusion with complete collapse of the left lower lobe and partial collapse of "
      "the left upper lobe. Mild mediastinal shift to the right. Small right pleural effusion."),
     {PE, ATL}),
    ("edeg-51", "en",
     ("Mild mosaic attenuation, but no significant air trapping on expiratory images. Minimal "
      "peribronchial cuffing in the lower lobes."),
     {MOS, PBT}),
    ("edeg-52", "en",
     ("There is minimal scarring at the right apex with no significant emphysema. Small calcified nodule "
      "in the left lower lobe, consistent with a granuloma."),
     {FIB, NOD}),
    ("edeg-53", "en",
     ("Negligible pericardial fluid. No appreciable pleural effusion. Very mild cardiomegaly."),
     {CM}),
    ("edeg-54", "en",
     ("Trace atherosclerotic calcification of the aortic arch; no coronary artery calcification is "
      "present. A small amount of subsegmental atelectasis in the right lower lobe."),
     {AWC, ATL}),
    ("edeg-55", "en",
     ("Port-a-cath in situ with the tip at the cavoatrial junction. Pulmonary vasculature is not "
      "prominent. No septal thickening. No ground-glass opacity."),
     {MM}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
