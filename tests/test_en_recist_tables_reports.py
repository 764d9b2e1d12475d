"""Probe: English chest CT reports for oncology trials and treatment-response assessment
(RECIST 1.1, iRECIST): target and non-target lesion tables with baseline / nadir / current sizes
laid out with pipes, tabs, bullets, numbered items, arrows ("22 mm -> 15 mm") or one-line
summaries, sums of diameters, "New lesions: none", overall response (CR/PR/SD/PD, iUPD/iCPD),
ALL-CAPS headings, and the usual free-text findings (pleural effusion, lymph nodes, atelectasis,
radiation pneumonitis/fibrosis, emphysema, coronary calcification, port catheters). Target lesions
that have resolved count 0, ones that shrank still count; lung masses over 3 cm alone are not
nodules; target nodes now "<10 mm short axis, non-pathological" count 0; liver, adrenal, thyroid,
breast and subcutaneous lesions are negative controls for Lung nodule. The reports were written
for this file without looking at the engine's lexicon or cue lists.
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
    ("erc-01", "en",
     ("CT CHEST WITH CONTRAST - RECIST 1.1 FOLLOW-UP (CYCLE 6)\n"
      "TARGET LESIONS\n"
      "| # | Site | Baseline | Nadir | Current |\n"
      "| T1 | RLL nodule | 22 mm | 15 mm | 15 mm |\n"
      "| T2 | Right paratracheal node (4R), short axis | 18 mm | 12 mm | 13 mm |\n"
      "Sum of diameters: 40 mm / 27 mm / 28 mm.\n"
      "NON-TARGET: Small left pleural effusion, unchanged.\n"
      "NEW LESIONS: None.\n"
      "OVERALL RESPONSE: PR relative to baseline.\n"
      "Other findings: Centrilobular emphysema. Coronary artery calcification."),
     {NOD, LN, PE, EMP, CAC}),
    ("erc-02", "en",
     ("Target lesions:\n"
      "T1: LUL nodule 14 mm -> not measurable, resolved (0 mm).\n"
      "T2: Subcarinal node 16 mm short axis -> 7 mm, <10 mm short axis, now non-pathological.\n"
      "Sum of diameters 30 mm -> 7 mm. New lesions: none.\n"
      "Overall response: CR.\n"
      "Right chest port catheter with tip in the SVC. No pleural effusion."),
     {MM}),
    ("erc-03", "en",
     ("RECIST 1.1 assessment. T1: RUL mass 48 mm -> 61 mm (+27%). "
      "New lesions: two new nodules in the left lower lobe measuring 6 mm and 8 mm. "
      "New moderate right pleural effusion. Post-obstructive atelectasis of the right upper lobe "
      "distal to the mass. Overall response: PD."),
     {NOD, PE, ATL}),
    ("erc-04", "en",
     ("Target lesion T1, left upper lobe mass: baseline 55 mm, current 42 mm (-24%). "
      "No other pulmonary nodules. Mediastinal and hilar lymph nodes are not enlarged. "
      "No new lesions. Overall response: SD. Incidental: moderate centrilobular emphysema and "
      "atherosclerotic calcification of the thoracic aorta."),
     {EMP, AWC}),
    ("erc-05", "en",
     ("Lesion\tLocation\tBaseline (mm)\tCurrent (mm)\n"
      "T1\tRML nodule\t19\t21\n"
      "T2\tLiver segment VII\t34\t40\n"
      "T3\tLeft adrenal nodule\t25\t31\n"
      "Sum: 78 -> 92 mm (+18%). Non-target: sclerotic bone lesions, stable. New lesions: none. "
      "Response: SD.\n"
      "Additional findings: mild bilateral dependent atelectasis. Trace pericardial effusion."),
     {NOD, ATL, PCE}),
    ("erc-06", "en",
     ("iRECIST follow-up on pembrolizumab. T1 LLL nodule 17 mm -> 19 mm. New lesion: left hilar "
      "lymph node measuring 14 mm in short axis. Time-point response: iUPD, confirmation scan in "
      "4-8 weeks recommended. New bilateral peripheral ground-glass opacities with some "
      "consolidation in the lower lobes, favour checkpoint inhibitor pneumonitis."),
     {NOD, LN, OPA, CON}),
    ("erc-07", "en",
     ("Comparison: multiple prior restaging CTs. Complete response is maintained. The previously "
      "treated right upper lobe nodule has not recurred; no residual abnormality at that site. "
      "No new lesions. Lungs clear. No mediastinal or hilar lymphadenopathy. No pleural or "
      "pericardial effusion. Heart normal in size. Overall response: CR."),
     set()),
    ("erc-08", "en",
     ("Post-SBRT assessment. T1 LUL nodule 18 mm -> 9 mm. Surrounding paramediastinal consolidation "
      "with air bronchograms and ground-glass opacity conforming to the treatment field, "
      "consistent with radiation pneumonitis. No pleural effusion. Left subclavian port-a-cath "
      "in situ. No new lesions. Overall: PR."),
     {NOD, CON, OPA, MM}),
    ("erc-09", "en",
     ("Right paramediastinal fibrosis with traction bronchiectasis and volume loss, consistent with "
      "mature radiation fibrosis, unchanged from prior. No measurable target lesion remains. "
      "No new lesions. Overall response: CR."),
     {FIB, BRX}),
    ("erc-10", "en",
     ("TARGET LESIONS\n"
      "\u2022 T1: Left axillary lymph node, 22 mm SA -> 15 mm SA\n"
      "\u2022 T2: Right lower lobe nodule, 12 mm -> 11 mm\n"
      "NON-TARGET LESIONS\n"
      "\u2022 NT1: Multiple small bilateral pulmonary nodules, stable\n"
      "NEW LESIONS: none\n"
      "OVERALL RESPONSE: SD\n"
      "OTHER: Mild cardiomegaly. Small hiatal hernia."),
     {LN, NOD, CM, HH}),
    ("erc-11", "en",
     ("Summary: T1 LLL mass 36 mm, T2 4L node 28 mm SA; SoD 64 mm (baseline 71, nadir 58, +10% vs "
      "nadir); no new lesions; NT non-PD; overall SD. Stable bilateral apical scarring. Aortic "
      "atherosclerotic calcification."),
     {LN, FIB, AWC}),
    ("erc-12", "en",
     ("Breast cancer, neoadjuvant chemotherapy. T1: right breast mass 31 mm -> 24 mm. T2: right "
      "axillary lymph node 19 mm -> 11 mm short axis. Sum 50 -> 35 mm (-30%), PR. Lungs: no "
      "pulmonary nodules. No pleural effusion. Left chest wall port with catheter tip at the "
      "cavoatrial junction."),
     {LN, MM}),
    ("erc-13", "en",
     ("1. Target lesions: T1 LUL nodule 11 mm (baseline 24 mm, nadir 11 mm); T2 RLL nodule 10 mm "
      "(baseline 17 mm).\n"
      "2. Sum of diameters 21 mm (baseline 41 mm), -49%.\n"
      "3. Non-target: small mediastinal nodes up to 8 mm short axis, not reaching pathological "
      "size.\n"
      "4. New lesions: none.\n"
      "5. Overall response: PR.\n"
      "6. Incidental: sliding hiatal hernia; right-sided port catheter, tip at the cavoatrial "
      "junction."),
     {NOD, LN, HH, MM}),
    ("erc-14", "en",
     ("T1 precarinal lymph node 17 mm -> 6 mm short axis, now non-pathological. T2 right hilar node "
      "12 mm -> 8 mm short axis, non-pathological. No pulmonary lesions. Overall: CR. Minor linear "
      "atelectasis in the lingula. Mild coronary artery calcification."),
     {ATL, CAC}),
    ("erc-15", "en",
     ("TARGET: T1 RUL nodule 25 mm -> 24 mm.\n"
      "NON-TARGET: Right malignant pleural effusion, increased, now moderate, with compressive "
      "atelectasis of the right lower lobe. Unequivocal progression of non-target disease.\n"
      "NEW LESIONS: None.\n"
      "OVERALL RESPONSE: PD (non-target progression)."),
     {NOD, PE, ATL}),
    ("erc-16", "en",
     ("T1: right hilar mass 41 mm (previously 39 mm). Non-target: right hilar and subcarinal "
      "lymphadenopathy, stable. New interlobular septal thickening in the right lower lobe, "
      "suspicious for lymphangitic carcinomatosis (equivocal new lesion, follow-up advised). "
      "No pleural effusion. Overall: SD."),
     {IST, LN}),
    ("erc-17", "en",
     ("FINDINGS:\n"
      "LUNGS: SEVERE CENTRILOBULAR EMPHYSEMA. DIFFUSE BRONCHIAL WALL THICKENING.\n"
      "TARGET LESIONS: T1 RUL NODULE 13 MM (PRIOR 12 MM).\n"
      "NEW LESIONS: NONE.\n"
      "PLEURA: NO EFFUSION.\n"
      "IMPRESSION: STABLE DISEASE (RECIST 1.1)."),
     {EMP, PBT, NOD}),
    ("erc-18", "en",
     ("Target lesions are hepatic only: T1 liver segment IVa 28 mm -> 22 mm; T2 liver segment VI "
      "19 mm -> 14 mm. Sum 47 -> 36 mm (-23%): SD. Chest: no pulmonary nodules. The previously "
      "noted left lower lobe consolidation has resolved. No pleural or pericardial effusion. "
      "No lymphadenopathy. Incidental 9 mm left thyroid nodule, unchanged."),
     set()),
    ("erc-19", "en",
     ("T1 LLL nodule 15 mm -> 10 mm. No new lesions; PR. Left subclavian port with catheter tip in "
      "the SVC. Cardiomegaly with a small pericardial effusion, new since the prior study "
      "(non-target, not counted for response)."),
     {NOD, MM, CM, PCE}),
    ("erc-20", "en",
     ("Target lesions:\n"
      "- T1 RML nodule: resolved (0 mm)\n"
      "- T2 LUL nodule: 13 mm -> 5 mm\n"
      "Sum 29 -> 5 mm. No new lesions. Overall response: PR. Mild cylindrical bronchiectasis in "
      "the lingula, unchanged."),
     {NOD, BRX}),
    ("erc-21", "en",
     ("T1: RLL nodule 16 mm -> 0 mm (resolved). No residual or new pulmonary nodules. A faint "
      "linear scar remains at the former tumour site. No lymphadenopathy. Overall response: CR."),
     {FIB}),
    ("erc-22", "en",
     ("iRECIST. T1 RLL mass 52 mm -> 58 mm. The new lesions recorded at the prior iUPD time point "
      "(two left lung nodules) have increased, 7 -> 12 mm and 5 -> 9 mm, and there is an "
      "additional new 6 mm right upper lobe nodule. Moderate left pleural effusion. "
      "Time-point response: iCPD."),
     {NOD, PE}),
    ("erc-23", "en",
     ("Lesion\tSite\tBaseline\tNadir\tCurrent\n"
      "T1\t4R lymph node (SA)\t21\t12\t12\n"
      "T2\tStation 7 lymph node (SA)\t15\t9\t9\n"
      "T3\tLUL primary\t30\t18\t19\n"
      "Sum 66 / 39 / 40 mm. New lesions: none. Overall: PR.\n"
      "Paraseptal emphysema. Coronary stent in the LAD."),
     {LN, NOD, EMP, MM}),
    ("erc-24", "en",
     ("T1: left adrenal metastasis 30 mm -> 28 mm. T2: LUL nodule 14 mm -> 14 mm. Overall SD. "
      "New right lower lobe consolidation with air bronchograms, likely infectious; not "
      "considered a new malignant lesion, reassess after treatment. Small right pleural effusion."),
     {CON, NOD, PE}),
    ("erc-25", "en",
     ("T1 RUL nodule 12 mm, stable (baseline 12 mm). No new lesions: SD. Mosaic attenuation of "
      "both lungs with air trapping on expiratory images, suggesting small airways disease. No "
      "bronchiectasis. No pleural effusion."),
     {NOD, MOS}),
    ("erc-26", "en",
     ("T1 left lower lobe central mass 58 mm -> 29 mm (-50%). The previously collapsed left lower "
      "lobe has re-expanded following tumour response; no residual atelectasis. No new lesions. "
      "PR. Right internal jugular central venous catheter, tip in the SVC."),
     {NOD, MM}),
    ("erc-27", "en",
     ("TARGET LESIONS: T1 RUL nodule 24 mm -> 20 mm; T2 right lower paratracheal node 16 mm -> "
      "13 mm short axis. NON-TARGET: none. NEW LESIONS: none. OVERALL: SD. Patchy ground-glass "
      "opacity in the left lower lobe, nonspecific, possibly infective or inflammatory."),
     {NOD, LN, OPA}),
    ("erc-28", "en",
     ("Restaging CT chest. Target disease is confined to the peritoneum and assessed on the "
      "abdominal study. Chest: no pulmonary nodule or mass. No consolidation or ground-glass "
      "opacity. No enlarged lymph nodes. No pleural effusion. Heart size normal; no coronary "
      "calcification. No hiatal hernia."),
     set()),
    ("erc-29", "en",
     ("T1 LUL nodule 21 mm -> 12 mm. NT1: left pleural effusion - resolved. Previously seen left "
      "lower lobe atelectasis has resolved. New lesions: none. Overall response: PR. "
      "Atherosclerotic calcification of the thoracic aorta."),
     {NOD, AWC}),
    ("erc-30", "en",
     ("Oesophageal carcinoma on chemotherapy. Oesophageal stent in situ. T1 paraoesophageal lymph "
      "node 16 mm -> 11 mm short axis. T2 right paratracheal node 13 mm -> 9 mm short axis, now "
      "non-pathological. Dependent ground-glass opacity in both lower lobes, possibly "
      "aspiration. Overall: SD."),
     {MM, LN, OPA}),
    ("erc-31", "en",
     ("Melanoma. Multiple bilateral pulmonary metastases; target lesions T1 RUL 14 mm -> 22 mm and "
      "T2 LLL 11 mm -> 18 mm (sum +60%). New right hilar adenopathy, 16 mm short axis. New 12 mm "
      "subcutaneous nodule in the left back. Overall response: PD."),
     {NOD, LN}),
    ("erc-32", "en",
     ("Differentiated thyroid cancer follow-up. Innumerable bilateral micronodules, too small to "
      "measure (non-target), stable. No measurable target lesions. Status post total "
      "thyroidectomy with surgical clips in the neck. No lymphadenopathy. Overall: non-CR/non-PD."),
     {NOD, MM}),
    ("erc-33", "en",
     ("Status post right upper lobectomy with intact staple line; no evidence of local recurrence. "
      "Small loculated post-operative right pleural effusion, stable. Fibrotic strands along "
      "the staple line. No pulmonary nodules. No target lesions; no new lesions. "
      "Assessment: NED."),
     {MM, PE, FIB}),
    ("erc-34", "en",
     ("T1 RLL mass 34 mm -> 33 mm. Non-target: left adrenal nodule 14 mm, stable. No new lesions. "
      "Overall response: SD. Moderate emphysema, upper lobe predominant. No effusion."),
     {EMP}),
    ("erc-35", "en",
     ("Small cell lung cancer. T1: conglomerate right paratracheal lymphadenopathy 45 mm SA -> "
      "20 mm SA. The small right pleural effusion seen at baseline has resolved. SVC stent in "
      "place, patent. No new lesions. Overall: PR."),
     {LN, MM}),
    ("erc-36", "en",
     ("| Lesion | Baseline | Current |\n"
      "| T1 LUL nodule | 23 mm | 19 mm |\n"
      "No new lesions. SD.\n"
      "Mild pericardial thickening, non-target, unchanged. No pleural effusion. Lungs otherwise "
      "clear."),
     {NOD, PCE}),
    ("erc-37", "en",
     ("iUPD: target sum increased 24% from nadir (31 -> 38 mm). T1 LLL nodule 18 -> 23 mm; "
      "T2 RUL nodule 13 -> 15 mm. No new lesions. Confirm at 4-8 weeks. New bilateral hilar "
      "lymph nodes, 11 mm short axis, possibly a sarcoid-like reaction to immunotherapy."),
     {NOD, LN}),
    ("erc-38", "en",
     ("Target lesions (liver): T1 22 mm -> 15 mm. No lung nodules. Bilateral peribronchovascular "
      "consolidations with a reversed halo sign, organising pneumonia pattern, likely "
      "immune-related pneumonitis. The previously noted ground-glass opacities have resolved. "
      "No lymphadenopathy."),
     {CON}),
    ("erc-39", "en",
     ("- T1 right lower lobe nodule: 10 mm (baseline 10 mm)\n"
      "- New lesions: none\n"
      "- Overall response: SD\n"
      "- Cardiomegaly. Dense coronary artery calcification in three vessels. Calcified plaque in "
      "the aortic arch."),
     {NOD, CAC, CM, AWC}),
    ("erc-40", "en",
     ("Target lesions are hepatic and decreased (see abdominal report). Lungs: the previously "
      "described 5 mm RML nodule is no longer visible. No consolidation or pleural effusion. "
      "Lymph nodes not enlarged. The right port catheter has been removed since the prior study."),
     set()),
    ("erc-41", "en",
     ("T1 RUL mass 40 mm -> 42 mm. New moderate pericardial effusion measuring up to 15 mm and new "
      "small bilateral pleural effusions with compressive atelectasis of both lower lobes. "
      "Overall response: PD (new pericardial disease suspected)."),
     {PCE, PE, ATL}),
    ("erc-42", "en",
     ("| Target | Baseline | Current | Comment |\n"
      "| T1 RLL nodule | 15 mm | 9 mm | decreased |\n"
      "| T2 4L node | 14 mm SA | 8 mm SA | <10 mm short axis, now non-pathological |\n"
      "Sum 29 -> 17 mm. NEW LESIONS: none. RESPONSE: PR. Median sternotomy wires. Heart normal "
      "in size."),
     {NOD, MM}),
    ("erc-43", "en",
     ("Background UIP pattern with subpleural reticulation, honeycombing and traction "
      "bronchiectasis, stable. T1 LLL nodule 23 mm -> 27 mm (+17%). No new lesions. SD. "
      "Mildly enlarged mediastinal lymph nodes up to 12 mm, likely reactive."),
     {FIB, BRX, NOD, LN}),
    ("erc-44", "en",
     ("RECIST: T1 RUL nodule 17->11, T2 L hilar LN 16->10 SA; SoD 33->21 (-36%) = PR. NL: none. "
      "NT: stable. Mild paraseptal emphysema."),
     {NOD, LN, EMP}),
    ("erc-45", "en",
     ("T1 left supraclavicular lymph node 18 mm -> 6 mm short axis, now normal. LUNGS: no nodules "
      "or masses. MEDIASTINUM: no lymphadenopathy. PLEURA: no effusion. HEART: normal size, no "
      "pericardial effusion. Overall response: CR."),
     set()),
    ("erc-46", "en",
     ("Thymoma. T1 anterior mediastinal mass 62 mm -> 55 mm. No pleural implants identified. "
      "Elevation of the right hemidiaphragm with basal subsegmental atelectasis. No pleural "
      "effusion. Overall: SD."),
     {ATL}),
    ("erc-47", "en",
     ("Lesion\tBaseline\tCurrent\n"
      "T1 cavitating LUL nodule\t14 mm\t16 mm\n"
      "New lesions: none. SD.\n"
      "Right lower lobe bronchial wall thickening with tree-in-bud nodularity, likely infective. "
      "No consolidation."),
     {NOD, PBT}),
    ("erc-48", "en",
     ("T1 LUL nodule 18 mm -> 24 mm (+33%). New lesion: 15 mm hypodense liver lesion. Overall "
      "response: PD. Right arm PICC with tip in the SVC. No pleural effusion. No lymphadenopathy."),
     {NOD, MM}),
    ("erc-49", "en",
     ("Head and neck SCC surveillance. No target lesions (non-measurable disease only): multiple "
      "sub-5 mm pulmonary nodules, stable, non-target. Tracheostomy tube in place. Large hiatal "
      "hernia. New lesions: none. Response: non-CR/non-PD."),
     {NOD, MM, HH}),
    ("erc-50", "en",
     ("T1 RLL nodule 12 mm -> 12 mm, SD. Smooth interlobular septal thickening and bilateral "
      "pleural effusions, likely fluid overload rather than tumour. Cardiomegaly. No new lesions."),
     {NOD, IST, PE, CM}),
    ("erc-51", "en",
     ("Target lesions (liver) stable: SD. Tiny 3 mm RUL opacity, possibly a new nodule versus a "
      "vessel, too small to characterise; equivocal new lesion, reassess at next time point. "
      "No emphysema. No effusion."),
     {NOD}),
    ("erc-52", "en",
     ("Status post left mastectomy and axillary dissection with surgical clips. T1 right "
      "paratracheal node 14 mm SA -> 16 mm SA. T2 sternal soft-tissue component 25 mm -> 28 mm. "
      "NL: none. Overall SD. Radiation fibrosis in the anterior left upper lobe. No atelectasis."),
     {MM, LN, FIB}),
    ("erc-53", "en",
     ("OVERALL RESPONSE: CR.\n"
      "TARGET LESIONS: T1 RUL NODULE 0 MM (RESOLVED); T2 SUBCARINAL NODE 7 MM SHORT AXIS "
      "(<10 MM, NON-PATHOLOGICAL).\n"
      "NON-TARGET: RIGHT PLEURAL EFFUSION - RESOLVED.\n"
      "NEW LESIONS: NONE."),
     set()),
    ("erc-54", "en",
     ("Consolidation and ground-glass opacity in the right upper lobe conforming to the radiation "
      "portal, consistent with radiation pneumonitis; no discrete measurable tumour. Moderate "
      "centrilobular emphysema. Coronary arterial calcification. No new lesions. Overall: CR "
      "(no residual target disease)."),
     {CON, OPA, EMP, CAC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("erc-51", OPA): "'a 3 mm opacity, possibly a new nodule versus a vessel': the radiologist's loose word opacity for a hedged nodule is read as a lung opacity",
    ("erc-53", LN): "'SUBCARINAL NODE 7 MM SHORT AXIS (<10 MM, NON-PATHOLOGICAL)' without a course reads like a node short of pathological size, which CT-RATE labels 1",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
