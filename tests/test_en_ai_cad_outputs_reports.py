"""Probe: English chest CT reports that include or discuss AI / CAD software output, as
radiologists now write them: AI nodule counts with some marks rejected as vessels or scars, CAD
marks that correspond to extrapulmonary structures, automated coronary calcium scores (including
a score of 0), AI emphysema quantification (LAA-950), AI triage alerts that are false positives,
AI "no X detected" lines contradicted or confirmed by the radiologist, AI findings tables with
accepted / rejected columns, and a final radiologist impression. The label is what the
radiologist accepts as present in this examination; AI flags the radiologist rejects are 0.
Negative controls include "CAD" as coronary artery disease in the history, pulmonary embolism
alerts (not a pleural effusion), thyroid and skin nodules, and AI outputs of "0" / "not detected".
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
    ("eai-01", "en",
     ("AI-detected nodules: 3 (2 rejected as vessels by the radiologist). The remaining 6 mm solid "
      "nodule in the right lower lobe is confirmed. No pleural effusion. Heart size is normal."),
     {NOD}),
    ("eai-02", "en",
     ("CAD mark in the right lower zone corresponds to the nipple; no true pulmonary nodule. "
      "The lungs are clear. No mediastinal or hilar lymphadenopathy."),
     set()),
    ("eai-03", "en",
     ("Automated coronary calcium score: 245 (Agatston), with calcification in the LAD and RCA. "
      "Calcification of the aortic arch is also noted. No pericardial effusion."),
     {CAC, AWC}),
    ("eai-04", "en",
     ("AI emphysema quantification: LAA-950 12%, upper-lobe predominant. The radiologist concurs "
      "with centrilobular emphysema. Mild bronchial wall thickening. No pulmonary nodules."),
     {EMP, PBT}),
    ("eai-05", "en",
     ("AI flagged a possible left pneumothorax; not confirmed on review, the flagged lucency is an "
      "apical paraseptal bulla. Paraseptal emphysema at both apices. No pleural effusion."),
     {EMP}),
    ("eai-06", "en",
     ("The AI triage alert for pulmonary embolism is a false positive (mixing artifact in the right "
      "lower lobe pulmonary artery); no filling defect is seen. Small bilateral pleural effusions "
      "with adjacent passive atelectasis."),
     {PE, ATL}),
    ("eai-07", "en",
     ("Radiologist agrees with the AI finding of a 6 mm nodule in the left upper lobe. "
      "AI: no consolidation detected. No pleural effusion. No lymphadenopathy."),
     {NOD}),
    ("eai-08", "en",
     ("AI FINDINGS SUMMARY\n"
      "Finding | AI | Radiologist\n"
      "Lung nodule, RUL, 4 mm | Detected | Accepted\n"
      "Lung nodule, LLL, 5 mm | Detected | Rejected (vessel)\n"
      "Emphysema | Detected | Accepted\n"
      "Consolidation | Not detected | -\n"
      "Pleural effusion | Detected | Rejected (pleural thickening)\n"
      "IMPRESSION: 4 mm right upper lobe nodule. Mild emphysema."),
     {NOD, EMP}),
    ("eai-09", "en",
     ("AI: no consolidation detected. However, the radiologist identifies patchy consolidation in "
      "the posterior basal segment of the right lower lobe, missed by the software (false "
      "negative). Small right pleural effusion."),
     {CON, PE}),
    ("eai-10", "en",
     ("AI-detected nodules: 0. No pulmonary nodules. No emphysema. Normal heart size. "
      "No mediastinal lymphadenopathy. Impression: no acute cardiopulmonary findings."),
     set()),
    ("eai-11", "en",
     ("Automated coronary calcium score: 0 (Agatston). No coronary artery calcification. "
      "Mild calcification of the aortic arch. Lungs are clear."),
     {AWC}),
    ("eai-12", "en",
     ("The AI lymph node module flagged a 14 mm subcarinal lymph node; the radiologist confirms "
      "subcarinal lymphadenopathy. No pleural or pericardial effusion. Lungs clear."),
     {LN}),
    ("eai-13", "en",
     ("AI lymph node detection flagged four mediastinal nodes; all measure under 10 mm in short "
      "axis and are not enlarged. AI flagged ground-glass opacity in the left lower lobe: "
      "confirmed, patchy, likely infectious."),
     {OPA}),
    ("eai-14", "en",
     ("AI interstitial lung disease quantification: reticulation 8%, honeycombing 2%, ground glass "
      "3%. Radiologist agrees with subpleural basal reticulation and honeycombing with traction "
      "bronchiectasis, UIP pattern. The AI ground-glass component is rejected as respiratory "
      "motion artifact."),
     {FIB, BRX}),
    ("eai-15", "en",
     ("AI flagged a possible pneumothorax; confirmed, small left apical pneumothorax. "
      "Left intercostal chest drain in situ. No pleural effusion."),
     {MM}),
    ("eai-16", "en",
     ("AI triage alert for pulmonary embolism: positive, confirmed by the radiologist, with filling "
      "defects in the right lower lobe segmental arteries. Wedge-shaped peripheral consolidation "
      "in the right lower lobe suggests infarction. No pleural effusion."),
     {CON}),
    ("eai-17", "en",
     ("CAD marks: 2. Mark 1 (left upper zone) corresponds to healed rib fracture callus. Mark 2 "
      "(right middle lobe) is an end-on vessel. No pulmonary nodule."),
     set()),
    ("eai-18", "en",
     ("AI emphysema quantification: LAA-950 2%, within normal limits; no emphysema. Bronchial wall "
      "thickening in both lower lobes with mild cylindrical bronchiectasis."),
     {PBT, BRX}),
    ("eai-19", "en",
     ("AI cardiac module: cardiothoracic ratio 0.58, cardiomegaly flagged; the radiologist agrees "
      "the heart is enlarged. Small pericardial effusion, missed by the AI. Automated coronary "
      "calcium score: 612."),
     {CM, PCE, CAC}),
    ("eai-20", "en",
     ("AI flagged cardiomegaly; rejected. Heart size is normal, the apparent enlargement is due to "
      "a prominent epicardial fat pad. No pericardial effusion."),
     set()),
    ("eai-21", "en",
     ("AI-detected nodules: 5. Radiologist accepts 2 (right upper lobe 5 mm, left lower lobe 7 mm); "
      "3 rejected (two vessels, one linear scar). Linear scar in the lingula."),
     {NOD, FIB}),
    ("eai-22", "en",
     ("On the prior CT the AI detected a 5 mm nodule in the right middle lobe. The previously "
      "detected nodule is no longer visible and has resolved. No new nodules; AI nodule count "
      "today: 0."),
     set()),
    ("eai-23", "en",
     ("AI: no consolidation detected. AI: no pleural effusion detected. AI: no nodules detected. "
      "Radiologist concurs. Small hiatal hernia noted incidentally (not assessed by AI)."),
     {HH}),
    ("eai-24", "en",
     ("AI aortic module: ascending aorta 38 mm; calcified plaques in the descending thoracic aorta, "
      "accepted. Right subclavian port with catheter tip at the cavoatrial junction."),
     {AWC, MM}),
    ("eai-25", "en",
     ("The AI lung opacity score is 0.82 (positive). On review, the flagged region in the right "
      "lower lobe is a true ground-glass opacity with superimposed interlobular septal thickening "
      "(crazy paving)."),
     {OPA, IST}),
    ("eai-26", "en",
     ("The AI lung opacity score of 0.64 was judged a false positive; the flagged area is beam "
      "hardening artifact from the arm positioned beside the chest. Lungs are clear."),
     set()),
    ("eai-27", "en",
     ("AI mosaic attenuation detection: positive. Radiologist agrees: mosaic attenuation with air "
      "trapping on expiratory images, suggesting small airways disease. Mild bronchial wall "
      "thickening."),
     {MOS, PBT}),
    ("eai-28", "en",
     ("AI suggested mosaic attenuation; not confirmed. The heterogeneous lung attenuation is due to "
      "suboptimal inspiratory effort. Lungs otherwise clear."),
     set()),
    ("eai-29", "en",
     ("AI atelectasis module flagged bibasal atelectasis. Radiologist accepts left basal "
      "subsegmental atelectasis and rejects the right-sided mark, which is partial volume of the "
      "diaphragm."),
     {ATL}),
    ("eai-30", "en",
     ("AI detected a possible 3 mm nodule in the right upper lobe; the radiologist cannot exclude a "
      "tiny nodule versus a vessel. Follow-up CT is recommended."),
     {NOD}),
    ("eai-31", "en",
     ("AI flagged a hiatal hernia; radiologist confirms a small sliding hiatal hernia. "
      "No lymphadenopathy. No pleural effusion."),
     {HH}),
    ("eai-32", "en",
     ("AI flagged a hiatal hernia; rejected, this represents a normal fluid-filled distal "
      "esophagus. No other abnormality."),
     set()),
    ("eai-33", "en",
     ("Clinical history: CAD, status post CABG. Sternotomy wires and surgical clips along the bypass "
      "grafts. AI coronary calcium scoring not performed because of prior CABG; dense native "
      "coronary calcification is present. No pleural effusion."),
     {MM, CAC}),
    ("eai-34", "en",
     ("History: CAD. Question: nodule? AI nodule detection: negative. Radiologist: no nodules. "
      "Lungs clear. Normal heart size."),
     set()),
    ("eai-35", "en",
     ("AI RESULTS\n"
      "- Consolidation, RLL: accepted\n"
      "- Consolidation, LLL: rejected (atelectasis)\n"
      "- Pleural effusion, right: accepted (small)\n"
      "- Pneumothorax: not detected\n"
      "IMPRESSION: Right lower lobe pneumonia with small parapneumonic effusion. Left lower lobe "
      "subsegmental atelectasis."),
     {CON, PE, ATL}),
    ("eai-36", "en",
     ("AI output: 'Emphysema: severe (LAA-950 28%)'. Radiologist concurs: severe centrilobular and "
      "panlobular emphysema. AI-detected 4.2 cm mass in the left upper lobe is confirmed, suspicious "
      "for primary lung carcinoma. Enlarged left hilar lymph node, 15 mm."),
     {EMP, LN}),
    ("eai-37", "en",
     ("AI measured the right upper lobe lesion at 2.4 cm; the radiologist confirms a 2.4 cm "
      "spiculated mass, suspicious for malignancy. No lymphadenopathy. No pleural effusion."),
     {NOD}),
    ("eai-38", "en",
     ("AI-based bronchiectasis detection: positive in the lower lobes, accepted. Varicose "
      "bronchiectasis with mucus plugging and tree-in-bud nodularity in the right lower lobe."),
     {BRX}),
    ("eai-39", "en",
     ("AI flagged bronchiectasis in the right middle lobe; rejected, the bronchoarterial ratio is "
      "normal on review. No bronchial wall thickening. Lungs otherwise clear."),
     set()),
    ("eai-40", "en",
     ("AI pleural effusion volume estimate: 320 mL on the left. Radiologist agrees: moderate left "
      "pleural effusion with compressive atelectasis of the left lower lobe. Cardiomegaly."),
     {PE, ATL, CM}),
    ("eai-41", "en",
     ("AI pleural effusion estimate: 15 mL on the right. Not confirmed by the radiologist; the "
      "flagged area represents extrapleural fat. No pleural effusion."),
     set()),
    ("eai-42", "en",
     ("Automated CAC score: 18 (Agatston), minimal calcification in the proximal LAD. No aortic "
      "calcification. Incidental 1 cm nodule in the right thyroid lobe. Lungs clear."),
     {CAC}),
    ("eai-43", "en",
     ("AI nodule software: 1 nodule, 8 mm, right lower lobe, Lung-RADS 3 per AI. Radiologist "
      "reclassifies it as a perifissural nodule, likely an intrapulmonary lymph node, Lung-RADS 2."),
     {NOD}),
    ("eai-44", "en",
     ("AI triage: no critical findings. Radiologist review: bilateral interlobular septal "
      "thickening and small bilateral pleural effusions, consistent with interstitial edema, not "
      "detected by the AI."),
     {IST, PE}),
    ("eai-45", "en",
     ("AI-detected nodules: 2, both accepted; both were present on the prior study and are stable "
      "(4 mm and 5 mm). The previously seen right lower lobe consolidation has resolved."),
     {NOD}),
    ("eai-46", "en",
     ("Compared with the prior AI-assisted report, the previously reported pericardial effusion has "
      "resolved. No pericardial effusion today. Heart size normal. Coronary calcium score 0."),
     set()),
    ("eai-47", "en",
     ("AI: no emphysema detected (LAA-950 4%). Radiologist disagrees: mild paraseptal emphysema in "
      "both upper lobes."),
     {EMP}),
    ("eai-48", "en",
     ("AI fibrosis score: low; no interstitial lung disease. Radiologist agrees. Minimal fibrotic "
      "band in the right middle lobe, sequela of prior infection."),
     {FIB}),
    ("eai-49", "en",
     ("AI flagged consolidation in the lingula; downgraded by the radiologist to linear "
      "atelectasis. No consolidation."),
     {ATL}),
    ("eai-50", "en",
     ("AI flags: pleural effusion (right), cardiomegaly. Both rejected by the radiologist: no "
      "effusion, heart size within normal limits. No acute abnormality."),
     set()),
    ("eai-51", "en",
     ("AI flagged a subtle ground-glass opacity in the right upper lobe. Radiologist: early "
      "infection cannot be excluded; suggest short-interval follow-up."),
     {OPA}),
    ("eai-52", "en",
     ("Dual-chamber pacemaker with leads in the right atrium and right ventricle; AI metal artifact "
      "reduction applied. AI-detected nodules: 1, accepted, 5 mm in the left upper lobe. "
      "Mediastinal lymph nodes up to 8 mm in short axis."),
     {MM, NOD, LN}),
    ("eai-53", "en",
     ("AI-ASSISTED READ. AI findings: emphysema (accepted), RUL nodule 9 mm (accepted), "
      "lymphadenopathy (rejected: nodes are normal in size). Additional radiologist findings: "
      "coronary artery calcification and calcified plaques in the aortic arch.\n"
      "IMPRESSION: 9 mm RUL nodule. Emphysema. Coronary and aortic atherosclerosis."),
     {EMP, NOD, CAC, AWC}),
    ("eai-54", "en",
     ("AI flagged a nodule at the left lateral chest wall; it corresponds to a sebaceous cyst in the "
      "skin and is extrapulmonary. No pulmonary nodule. Lungs otherwise clear."),
     set()),
    ("eai-55", "en",
     ("AI: consolidation detected, right lower lobe - agree. AI: no pleural effusion - disagree, a "
      "trace right pleural effusion is present."),
     {CON, PE}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eai-13", LN): "the only node mention is the tool's name (AI lymph node detection); the nodes the radiologist calls not enlarged are plain 'nodes', which are no term",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
