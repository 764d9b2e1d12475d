"""Probe: English chest CT follow-up reports where a status word or heading comes before a list of
findings and applies to every item of the list ("Resolved: right pleural effusion, left lower lobe
consolidation.", "New: ...", "Stable: ...", "Improved: ...", "Interval resolution of: ...",
"No longer seen: ...", "Not seen today: ...", "Unchanged findings:" with bullets, "Pertinent
negatives: ..."), and time courses written as one chain per finding ("none -> small -> moderate",
"small (Jan), trace (Mar), none (today)", "8 mm -> 6 mm -> resolved") where the last point is the
current state. Layouts vary: colon headings, ALL-CAPS headings, "-" / "*" bullets, numbered lists,
one-line lists with commas or semicolons, two-column then/today lines. Mixed in: status words in
ordinary sentences, negative controls (status words about the patient or the exam) and reports with
no positive finding. The reports were written for this file without looking at the engine's lexicon
or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned;
resolved/gone = 0; improved/decreased but still there = 1; stable/unchanged/increased = 1."""
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
    ("esh-01", "en",
     ("Comparison: CT chest 3 months prior. Resolved: right pleural effusion, left lower lobe consolidation. "
      "Persistent: mild centrilobular emphysema. No new pulmonary nodule."),
     {EMP}),
    ("esh-02", "en",
     ("New: 6 mm solid nodule in the right upper lobe. Stable: mediastinal lymphadenopathy (subcarinal node "
      "14 mm), paraseptal emphysema. No pleural or pericardial effusion."),
     {NOD, LN, EMP}),
    ("esh-03", "en",
     ("Improved: ground-glass opacities in both lower lobes, now faint. Resolved: bilateral pleural effusions. "
      "Unchanged: coronary artery calcifications."),
     {OPA, CAC}),
    ("esh-04", "en",
     ("FINDINGS\nInterval resolution of: left lower lobe atelectasis; small left pleural effusion; peribronchial "
      "thickening in the lower lobes.\nThe heart is normal in size. Atherosclerotic calcification of the "
      "thoracic aorta."),
     {AWC}),
    ("esh-05", "en",
     ("No longer seen: right middle lobe consolidation, subcentimeter right paratracheal node. Remaining: "
      "linear scarring in the right middle lobe. Heart size normal."),
     {FIB}),
    ("esh-06", "en",
     ("Not seen today: previously described 4 mm left lower lobe nodule and trace pericardial effusion. "
      "Otherwise unchanged small hiatal hernia and aortic calcification."),
     {HH, AWC}),
    ("esh-07", "en",
     ("Unchanged findings:\n- Cardiomegaly.\n- Small hiatal hernia.\n- Calcified coronary arteries.\n"
      "- Right-sided port catheter with tip in the SVC.\nNo acute abnormality."),
     {CM, HH, CAC, MM}),
    ("esh-08", "en",
     ("Pertinent negatives: no pleural effusion, no pericardial effusion, no lymphadenopathy, no consolidation. "
      "Findings: biapical pleuroparenchymal scarring. Mild bronchial wall thickening."),
     {FIB, PBT}),
    ("esh-09", "en",
     ("Right pleural effusion: none -> small -> moderate. Adjacent compressive atelectasis of the right lower "
      "lobe. Left lung clear."),
     {PE, ATL}),
    ("esh-10", "en",
     ("Pericardial effusion: small (Jan), trace (Mar), none (today). Cardiac size normal. Lungs: mild "
      "emphysema."),
     {EMP}),
    ("esh-11", "en",
     ("Nodule 8 mm -> 6 mm -> resolved (left upper lobe). No new nodules. Mild mosaic attenuation in both "
      "lungs, unchanged."),
     {MOS}),
    ("esh-12", "en",
     ("RESOLVED: BILATERAL PLEURAL EFFUSIONS. IMPROVED: INTERLOBULAR SEPTAL THICKENING, STILL MILD AT THE "
      "BASES. STABLE: CARDIOMEGALY."),
     {IST, CM}),
    ("esh-13", "en",
     ("Compared with 02/14:\n1. Resolved: right lower lobe consolidation.\n2. Decreased: right pleural "
      "effusion, now trace.\n3. New: left lower lobe subsegmental atelectasis.\n4. Stable: 5 mm right upper "
      "lobe nodule."),
     {PE, ATL, NOD}),
    ("esh-14", "en",
     ("The right lower lobe consolidation has resolved. The left pleural effusion has decreased but remains "
      "small. The mediastinal lymph nodes are stable, the largest measuring 11 mm in short axis."),
     {PE, LN}),
    ("esh-15", "en",
     ("Clinical history: patient clinically stable, follow-up of pneumonia. Findings: the lungs are clear. "
      "No consolidation, ground-glass opacity or pleural effusion. Heart normal size. No lymphadenopathy."),
     set()),
    ("esh-16", "en",
     ("Resolved: all previously described findings, including the left lower lobe consolidation, left "
      "pleural effusion and reactive hilar lymphadenopathy. No new findings."),
     set()),
    ("esh-17", "en",
     ("Increased: right paratracheal lymph node, now 16 mm (previously 11 mm). New: small left pleural "
      "effusion. Unchanged: 9 mm spiculated nodule in the right upper lobe."),
     {LN, PE, NOD}),
    ("esh-18", "en",
     ("Interval changes:\n* Resolved - ground-glass opacities in the right upper lobe\n* Resolved - "
      "peribronchial thickening\n* Persistent - bronchiectasis in the left lower lobe\nNo pleural effusion."),
     {BRX}),
    ("esh-19", "en",
     ("Unchanged: emphysema; aortic and coronary calcifications; sternotomy wires. Resolved: pericardial "
      "effusion; small bilateral pleural effusions."),
     {EMP, AWC, CAC, MM}),
    ("esh-20", "en",
     ("Left lower lobe consolidation: extensive (March) \u2192 partial (May) \u2192 resolved (today), with a "
      "residual fibrotic band. No effusion."),
     {FIB}),
    ("esh-21", "en",
     ("Mediastinal nodes: 18 mm -> 12 mm -> 9 mm. Pleural effusion: moderate -> small -> none. "
      "Lungs otherwise clear."),
     {LN}),
    ("esh-22", "en",
     ("Improved: consolidation in the right lower lobe, with residual patchy ground-glass opacity. No longer "
      "seen: right pleural effusion."),
     {CON, OPA}),
    ("esh-23", "en",
     ("NEW FINDINGS: None.\nSTABLE FINDINGS: Mild cardiomegaly; small hiatal hernia.\nRESOLVED: Right lower "
      "lobe atelectasis."),
     {CM, HH}),
    ("esh-24", "en",
     ("Indication: new cough. History of resolved pneumonia. Findings: no consolidation. No nodules. Lungs "
      "clear. Thoracic aorta of normal caliber without calcification."),
     set()),
    ("esh-25", "en",
     ("Previously seen, now resolved: tree-in-bud nodularity in the right lower lobe, bronchial wall "
      "thickening. Still present: cylindrical bronchiectasis in the right lower lobe."),
     {BRX}),
    ("esh-26", "en",
     ("Not identified on the current study: the left upper lobe nodule (previously 5 mm), the left pleural "
      "effusion. Present: small pericardial effusion, stable."),
     {PCE}),
    ("esh-27", "en",
     ("Stable: moderate centrilobular emphysema, scattered coronary calcifications, 4 mm perifissural nodule. "
      "Decreased in size: left hilar lymph node, now 10 mm short axis."),
     {EMP, CAC, NOD, LN}),
    ("esh-28", "en",
     ("Patchy ground-glass opacity, right upper lobe: extensive (2021) \u2192 moderate (2022) \u2192 minimal "
      "(today). No consolidation. No pleural effusion."),
     {OPA}),
    ("esh-29", "en",
     ("Pertinent negatives: no pulmonary embolism, no pneumothorax, no pleural effusion, no lymphadenopathy. "
      "Other: endotracheal tube tip 3 cm above the carina; nasogastric tube in the stomach. Bibasilar "
      "dependent atelectasis."),
     {MM, ATL}),
    ("esh-30", "en",
     ("Resolved since prior:\n- Right upper lobe consolidation\n- Right hilar lymphadenopathy\n- Small right "
      "pleural effusion\nPersisting:\n- Mild interlobular septal thickening in the right upper lobe"),
     {IST}),
    ("esh-31", "en",
     ("Unchanged (compared with 6 and 12 months ago): honeycombing and traction bronchiectasis at both bases; "
      "mild mediastinal lymphadenopathy. Improved: superimposed ground-glass opacities."),
     {FIB, BRX, LN, OPA}),
    ("esh-32", "en",
     ("Previously noted right lower lobe nodule is no longer visible. The left pleural effusion has resolved. "
      "There is a new small area of consolidation in the lingula."),
     {CON}),
    ("esh-33", "en",
     ("Resolved: pneumonia. Improved: atelectasis at the left base, minimal residual. No effusion."),
     {ATL}),
    ("esh-34", "en",
     ("Status of prior findings: (a) 7 mm RML nodule - stable; (b) right pleural effusion - resolved; "
      "(c) pericardial effusion - decreased, small residual."),
     {NOD, PCE}),
    ("esh-35", "en",
     ("Stable appearance of the chest. No nodules, masses, consolidation or pleural effusion. Heart normal "
      "in size. No calcification of the aorta or coronary arteries."),
     set()),
    ("esh-36", "en",
     ("Interval resolution of the following: bilateral ground-glass opacities, crazy-paving pattern with "
      "septal thickening, bilateral pleural effusions. Interval development of: left lower lobe consolidation "
      "with air bronchograms."),
     {CON}),
    ("esh-37", "en",
     ("Right pleural effusion (Jan/Mar/today): large / moderate / small. Right lower lobe passive atelectasis "
      "decreasing accordingly, still present."),
     {PE, ATL}),
    ("esh-38", "en",
     ("Right lower lobe nodule: 5 mm (2022), 5 mm (2023), 5 mm (today) - stable over 2 years, benign. "
      "Coronary artery calcification."),
     {NOD, CAC}),
    ("esh-39", "en",
     ("Resolved:\n1) Left lower lobe consolidation\n2) Left pleural effusion\nUnchanged:\n1) Biapical "
      "scarring\n2) Calcified aortic arch\n3) Hiatal hernia, small"),
     {FIB, AWC, HH}),
    ("esh-40", "en",
     ("Since drainage - Resolved: pericardial effusion. Stable: mild cardiomegaly. The pericardial drain has "
      "been removed."),
     {CM}),
    ("esh-41", "en",
     ("Decreased: bilateral mosaic attenuation, now subtle. Resolved: bronchial wall thickening. Not seen "
      "today: expiratory air trapping."),
     {MOS}),
    ("esh-42", "en",
     ("Lymph nodes: enlarged (12/2023) -> normal size (today). Emphysema: mild, stable. Mild aortic wall "
      "calcification."),
     {EMP, AWC}),
    ("esh-43", "en",
     ("Unchanged: no pleural effusion, no lymphadenopathy. New: 3 mm nodule in the left lower lobe, likely "
      "intrapulmonary lymph node."),
     {NOD}),
    ("esh-44", "en",
     ("Possible new: subtle ground-glass opacity in the left upper lobe, may be motion artifact. Resolved: "
      "right upper lobe consolidation."),
     {OPA}),
    ("esh-45", "en",
     ("Disappeared: multiple bilateral pulmonary nodules (metastases) after chemotherapy. Remaining: "
      "right-sided chest port. Decreased: mediastinal lymphadenopathy, largest node 13 mm."),
     {MM, LN}),
    ("esh-46", "en",
     ("Pertinent negatives: no emphysema, no bronchiectasis, no nodules, no consolidation, no pleural or "
      "pericardial effusion, no cardiomegaly, no hiatal hernia. Impression: normal chest CT."),
     set()),
    ("esh-47", "en",
     ("The previously noted bronchiectasis is stable. The small pleural effusion, previously present, has "
      "now resolved. The patient has improved clinically."),
     {BRX}),
    ("esh-48", "en",
     ("COMPARISON TO 3/2024:\n- NEW: RIGHT LOWER LOBE CONSOLIDATION AND SMALL RIGHT PLEURAL EFFUSION\n"
      "- RESOLVED: LEFT LOWER LOBE ATELECTASIS\n- UNCHANGED: CARDIOMEGALY, AORTIC VALVE PROSTHESIS"),
     {CON, PE, CM, MM}),
    ("esh-49", "en",
     ("Interlobular septal thickening: moderate \u2192 mild \u2192 absent. Bilateral effusions: small "
      "\u2192 trace \u2192 none. Heart size: enlarged \u2192 borderline \u2192 normal."),
     set()),
    ("esh-50", "en",
     ("Improved but persistent: left lower lobe atelectasis; peribronchial thickening. Increased: mosaic "
      "attenuation."),
     {ATL, PBT, MOS}),
    ("esh-51", "en",
     ("Resolution of: pericardial thickening. Development of: small hiatal hernia. Stable: calcified "
      "coronary arteries and aortic calcification."),
     {HH, CAC, AWC}),
    ("esh-52", "en",
     ("Previously described / Today:\nRight pleural effusion: moderate / none\nLeft lower lobe "
      "consolidation: present / decreased, residual\nHilar lymph nodes: 12 mm / 12 mm"),
     {CON, LN}),
    ("esh-53", "en",
     ("Stable post-surgical changes of right upper lobectomy with staple line, no recurrent nodule. "
      "Resolved: postoperative pleural effusion. No consolidation."),
     {MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("esh-52", PE): "a two-column table of then / today written with slashes ('moderate / none') is not read by its columns",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
