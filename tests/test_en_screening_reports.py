"""Probe: English low-dose CT lung cancer screening reports in US (ACR Lung-RADS), UK (Targeted
Lung Health Check / BTS) and European (NELSON-style volumetry) styles: Lung-RADS categories 0-4X
and the S modifier, nodule tables with sizes and types (solid, part-solid, non-solid/ground-glass,
perifissural, calcified/benign), "no new or enlarging nodules", resolved nodules, smoking history
lines, and incidental-findings sections grading coronary artery calcification and emphysema,
aortic calcification, hiatal hernia and extrapulmonary nodules (thyroid, adrenal, liver, kidney).
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
    ("esc-01", "en",
     ("EXAM: Low-dose CT chest, lung cancer screening, baseline.\n"
      "CLINICAL HISTORY: 62-year-old female, current smoker, 35 pack-years.\n"
      "COMPARISON: None.\n"
      "FINDINGS:\n"
      "Lungs: No pulmonary nodules. No consolidation or ground-glass opacity. No emphysema.\n"
      "Airways: Central airways are patent.\n"
      "Pleura: No pleural effusion or pneumothorax.\n"
      "Mediastinum: No mediastinal or hilar lymphadenopathy. Heart size is normal. No pericardial effusion.\n"
      "Coronary artery calcification: None.\n"
      "Upper abdomen: Unremarkable.\n"
      "IMPRESSION: Lung-RADS 1 - Negative. Continue annual screening with LDCT in 12 months.\n"
      "Significant incidental findings: None."),
     set()),
    ("esc-02", "en",
     ("LOW-DOSE CT LUNG SCREENING (ANNUAL)\n"
      "Smoking history: Former smoker, quit 2017, 42 pack-years.\n"
      "Comparison: LDCT 03/2023.\n"
      "Nodules:\n"
      "1. Right upper lobe (series 3, image 45): 4 mm solid nodule, unchanged.\n"
      "2. Left lower lobe (series 3, image 112): 3 mm solid nodule, unchanged.\n"
      "Emphysema: Mild, centrilobular, upper lobe predominant.\n"
      "Coronary artery calcification: Mild.\n"
      "Other: No pleural effusion. No lymphadenopathy.\n"
      "IMPRESSION:\n"
      "Lung-RADS 2 - Benign appearance or behavior. Continue annual screening."),
     {NOD, EMP, CAC}),
    ("esc-03", "en",
     ("Indication: Lung cancer screening. 58-year-old male, current smoker, 30 pack-years.\n"
      "Findings: There is a 6 mm triangular perifissural nodule along the right minor fissure, "
      "with morphology consistent with an intrapulmonary lymph node. Trace paraseptal emphysema at the "
      "lung apices. No mediastinal or hilar lymphadenopathy. No pleural effusion. "
      "Heart and pericardium are normal. No coronary artery calcification.\n"
      "Impression: Lung-RADS 2 (perifissural nodule, benign features). Annual LDCT."),
     {NOD, EMP}),
    ("esc-04", "en",
     ("LDCT LUNG CANCER SCREENING - BASELINE\n"
      "Pack-years: 50. Status: current smoker.\n"
      "NODULE TABLE\n"
      "Location | Type | Size | Image\n"
      "LUL | Part-solid | 7 mm total, 3 mm solid component | 3/67\n"
      "INCIDENTAL FINDINGS\n"
      "Coronary artery calcification: Moderate, involving the LAD and RCA.\n"
      "Aorta: Calcified atherosclerotic plaque in the aortic arch. Normal caliber.\n"
      "Emphysema: None.\n"
      "IMPRESSION: Lung-RADS 3S. Probably benign part-solid nodule; 6-month LDCT recommended. "
      "S: moderate coronary artery calcification, correlate with cardiovascular risk factors."),
     {NOD, CAC, AWC}),
    ("esc-05", "en",
     ("FINDINGS:\n"
      "Lungs and airways: Solid nodule in the right lower lobe measuring 9 x 8 mm (mean 8.5 mm), smooth "
      "margins, series 2 image 201. No other nodules. No emphysema.\n"
      "Pleura: Normal.\n"
      "Heart/mediastinum: Normal heart size. No lymphadenopathy. No coronary artery calcification.\n"
      "Esophagus: Small sliding hiatal hernia.\n"
      "Upper abdomen: 1.5 cm left adrenal nodule with attenuation of -5 HU, consistent with a benign "
      "adenoma; no further imaging needed.\n"
      "IMPRESSION:\n"
      "1. Lung-RADS 4A - Suspicious. 8.5 mm solid nodule right lower lobe; 3-month LDCT recommended.\n"
      "2. Left adrenal adenoma."),
     {NOD, HH}),
    ("esc-06", "en",
     ("Lung cancer screening CT, annual round 3. 71 y/o M, 60 pack-years, current smoker.\n"
      "Right lower lobe: new 18 mm solid nodule with spiculated margins (image 180).\n"
      "Enlarged right hilar lymph node measuring 14 mm in short axis.\n"
      "Moderate centrilobular and paraseptal emphysema.\n"
      "Severe coronary artery calcification.\n"
      "No pleural effusion.\n"
      "IMPRESSION: Lung-RADS 4X - very suspicious. Spiculated 18 mm RLL nodule with right hilar "
      "adenopathy. Recommend PET/CT and tissue sampling. Findings discussed with the referring clinician."),
     {NOD, LN, EMP, CAC}),
    ("esc-07", "en",
     ("COMPARISON: Screening LDCT from 14 months prior.\n"
      "FINDINGS: The previously seen 5 mm right middle lobe nodule is no longer visualized. No new or "
      "enlarging nodules. No other pulmonary nodules are present. The lungs are otherwise clear.\n"
      "Emphysema: None. Coronary artery calcification: None.\n"
      "Liver: 1.2 cm simple hepatic cyst, no follow-up needed.\n"
      "IMPRESSION: Lung-RADS 1. Resolved right middle lobe nodule. Return to annual screening."),
     set()),
    ("esc-08", "en",
     ("Follow-up LDCT, 6 months after Lung-RADS 3.\n"
      "The 6 mm ground-glass opacity in the left lower lobe on the prior study has resolved, consistent "
      "with a transient inflammatory process. Stable 4 mm solid nodule in the right upper lobe, unchanged "
      "since 2021. No new or enlarging nodules.\n"
      "No pleural effusion. No lymphadenopathy. Heart normal in size.\n"
      "IMPRESSION: Lung-RADS 2. Resume annual screening."),
     {NOD}),
    ("esc-09", "en",
     ("LUNG CANCER SCREENING LDCT\n"
      "Findings: Patchy consolidation with surrounding ground-glass opacity in the superior segment of "
      "the right lower lobe, favored to be infectious or inflammatory. Bronchial wall thickening in both "
      "lower lobes. Small right pleural effusion. No discrete pulmonary nodule.\n"
      "Impression: Lung-RADS 0 - incomplete; findings suggest an infectious/inflammatory process. "
      "Recommend follow-up LDCT in 1-3 months after treatment."),
     {CON, OPA, PBT, PE}),
    ("esc-10", "en",
     ("TARGETED LUNG HEALTH CHECK - LOW DOSE CT THORAX\n"
      "Smoking history: Ex-smoker, 30 pack-years, stopped in 2018.\n"
      "Lungs: No pulmonary nodules.\n"
      "Emphysema: Mild, centrilobular, upper zone predominant.\n"
      "Coronary artery calcification: Moderate (visual grade 2 of 3).\n"
      "Other findings: Small hiatus hernia. 14 mm nodule in the left lobe of the thyroid gland - "
      "GP to arrange thyroid ultrasound as per local protocol.\n"
      "Outcome: No lung cancer screening action required. Routine recall at 24 months."),
     {EMP, CAC, HH}),
    ("esc-11", "en",
     ("Lung Screening Programme - LDCT report\n"
      "Right lower lobe solid nodule, 5.8 mm (volume 95 mm3), Brock risk 3.1%. In keeping with BTS "
      "guidance, repeat CT at 3 months for volumetry.\n"
      "No emphysema. Coronary artery calcification: none.\n"
      "Bilateral calcified pleural plaques, consistent with previous asbestos exposure.\n"
      "No pleural effusion. No mediastinal lymphadenopathy.\n"
      "Conclusion: Indeterminate RLL nodule, 3-month surveillance scan."),
     {NOD}),
    ("esc-12", "en",
     ("Low-dose CT thorax within population screening programme, round 2.\n"
      "Nodule 1: left upper lobe, solid, volume 180 mm3 (previous round 120 mm3), volume doubling time "
      "410 days. Result: indeterminate, repeat scan in 3 months.\n"
      "No further nodules.\n"
      "Emphysema: mild (approximately 5% of lung volume below -950 HU).\n"
      "Coronary calcifications: mild.\n"
      "No lymphadenopathy, no pleural fluid."),
     {NOD, EMP, CAC}),
    ("esc-13", "en",
     ("FINDINGS: Benign calcified 5 mm granuloma in the left lower lobe. No noncalcified pulmonary "
      "nodules. Calcified right hilar lymph nodes, not enlarged. Several calcified granulomas in the "
      "spleen. No emphysema. No coronary artery calcification.\n"
      "IMPRESSION: Lung-RADS 1. Benign calcified granuloma. Annual LDCT."),
     {NOD}),
    ("esc-14", "en",
     ("Screening LDCT, annual.\n"
      "Lungs: No pulmonary nodules. No emphysema.\n"
      "Upper abdomen: Scattered calcified granulomas in the liver and spleen.\n"
      "Vascular: Mild atherosclerotic calcification of the thoracic aorta. Mild coronary artery "
      "calcification.\n"
      "IMPRESSION: Lung-RADS 1 - Negative."),
     {AWC, CAC}),
    ("esc-15", "en",
     ("LDCT SCREENING\n"
      "Nodules: Stable 5 mm solid nodule in the left lower lobe (image 150), unchanged over 2 years.\n"
      "Aorta: Calcified plaque throughout the descending thoracic aorta.\n"
      "Heart: Normal size.\n"
      "IMPRESSION:\n"
      "Lung-RADS 2S.\n"
      "S: Severe coronary artery calcification. Consider cardiology referral and statin therapy if not "
      "already prescribed."),
     {NOD, AWC, CAC}),
    ("esc-16", "en",
     ("FINDINGS: 3 mm solid nodule in the right middle lobe (series 4, image 98). Ascending aorta "
      "dilated to 4.6 cm. No CAC. No aortic calcification. No emphysema.\n"
      "IMPRESSION: Lung-RADS 2S.\n"
      "S: Aneurysmal dilatation of the ascending aorta to 4.6 cm; recommend dedicated imaging "
      "follow-up."),
     {NOD}),
    ("esc-17", "en",
     ("Lung screening CT.\n"
      "Lungs: Subpleural reticulation at both lung bases with mild traction bronchiectasis and mild "
      "peripheral interlobular septal thickening, suggestive of a fibrotic interstitial lung abnormality. "
      "No honeycombing. No pulmonary nodules.\n"
      "IMPRESSION: Lung-RADS 1S.\n"
      "S: Fibrotic interstitial lung abnormality; recommend pulmonology referral."),
     {FIB, BRX, IST}),
    ("esc-18", "en",
     ("FINDINGS: Mild mosaic attenuation in both lower lobes, likely reflecting small airways disease. "
      "Diffuse mild bronchial wall thickening, compatible with smoking-related airways disease. "
      "2 mm solid nodule in the lingula.\n"
      "IMPRESSION: Lung-RADS 2."),
     {MOS, PBT, NOD}),
    ("esc-19", "en",
     ("History: Prior left upper lobe wedge resection in 2020 for a screening-detected adenocarcinoma. "
      "Returns for annual LDCT.\n"
      "Findings: Surgical suture line in the left upper lobe without nodular thickening. Post-surgical "
      "scarring along the suture line, stable. Mild linear atelectasis adjacent to the resection site. "
      "No new pulmonary nodules. No lymphadenopathy.\n"
      "Impression: Lung-RADS 2. Stable post-surgical changes."),
     {MM, FIB, ATL}),
    ("esc-20", "en",
     ("Comparison: LDCT 2020-2023.\n"
      "Lungs: Multiple stable sub-4 mm solid nodules bilaterally, unchanged since 2020. No new or "
      "enlarging nodules.\n"
      "Heart: Severe coronary artery calcification with stents in the LAD.\n"
      "Abdomen: Cholecystectomy clips.\n"
      "IMPRESSION: Lung-RADS 2S. S: severe coronary artery calcification."),
     {NOD, CAC, MM}),
    ("esc-21", "en",
     ("FINDINGS:\n"
      "Lungs: Clear. No pulmonary nodules.\n"
      "Neck base: Heterogeneous 2.2 cm nodule in the right thyroid lobe.\n"
      "IMPRESSION:\n"
      "1. Lung-RADS 1.\n"
      "2. Potentially significant incidental findings: 2.2 cm right thyroid nodule; recommend "
      "thyroid ultrasound."),
     set()),
    ("esc-22", "en",
     ("Lungs: Trace centrilobular emphysema. No lung nodules.\n"
      "Adrenals: Left adrenal nodule measuring 2.1 cm, attenuation 25 HU, indeterminate; "
      "adrenal-protocol CT recommended.\n"
      "Kidneys: Hypodense lesion in the lower pole of the left kidney, too small to characterize.\n"
      "Impression: Lung-RADS 1S. S: indeterminate left adrenal nodule."),
     {EMP}),
    ("esc-23", "en",
     ("STRUCTURED LDCT REPORT\n"
      "Number of nodules: 0\n"
      "Emphysema: Nil\n"
      "CAC: 0 (ordinal score 0/12)\n"
      "Aortic calcification: Absent\n"
      "Hiatus hernia: Nil\n"
      "Lymph nodes: Not enlarged\n"
      "Effusions: Nil\n"
      "Lung-RADS category: 1.\n"
      "Significant/potentially significant incidental findings: None."),
     set()),
    ("esc-24", "en",
     ("FINDINGS: 14 mm part-solid nodule in the right upper lobe with a 9 mm solid component and "
      "internal bubbly lucencies (image 62). Moderate centrilobular emphysema. Mediastinal and hilar "
      "lymph nodes are not enlarged.\n"
      "IMPRESSION: Lung-RADS 4X. Part-solid nodule with suspicious features; recommend PET/CT or "
      "tissue sampling."),
     {NOD, EMP}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("esc-25", "en",
     ("FINDINGS: 3.2 cm spiculated mass in the left upper lobe abutting the pleura. Post-obstructive "
      "atelectasis of the lingula. Enlarged aortopulmonary window lymph node (16 mm) and enlarged left "
      "hilar lymph node. Small left pleural effusion.\n"
      "IMPRESSION: Lung-RADS 4X, highly suspicious for primary lung malignancy with nodal involvement. "
      "Urgent referral to the lung cancer multidisciplinary team."),
     {LN, ATL, PE}),
    ("esc-26", "en",
     ("Comparison: LDCT 2 years prior.\n"
      "Nodules: Non-solid nodule in the right upper lobe measuring 12 mm, unchanged. 3 mm solid nodule in "
      "the left lower lobe, unchanged.\n"
      "Emphysema: Mild.\n"
      "IMPRESSION: Lung-RADS 2 - stable non-solid nodule under 30 mm."),
     {NOD, EMP}),
    ("esc-27", "en",
     ("Lungs: 4 mm solid nodule in the right upper lobe.\n"
      "Heart: The heart is enlarged. Small pericardial effusion. Severe coronary artery calcification.\n"
      "IMPRESSION: Lung-RADS 2S. S: cardiomegaly with small pericardial effusion and severe coronary "
      "artery calcification."),
     {NOD, CM, PCE, CAC}),
    ("esc-28", "en",
     ("Findings: Mild bibasilar subsegmental atelectasis. No pulmonary nodules. Moderate hiatal hernia. "
      "Diffuse hepatic steatosis.\n"
      "Impression: Lung-RADS 1. Moderate hiatal hernia."),
     {ATL, HH}),
    ("esc-29", "en",
     ("Lungs: Mild cylindrical bronchiectasis in the right middle lobe and lingula with associated "
      "bronchial wall thickening. No pulmonary nodules. No emphysema.\n"
      "Impression: Lung-RADS 1. Mild middle lobe and lingular bronchiectasis."),
     {BRX, PBT}),
    ("esc-30", "en",
     ("Findings: 5 mm smoothly marginated perifissural nodule along the left major fissure, likely an "
      "intrapulmonary lymph node. Mediastinal and hilar lymph nodes are normal in size. Mild aortic "
      "atherosclerosis with calcified plaque in the arch.\n"
      "Impression: Lung-RADS 2."),
     {NOD, AWC}),
    ("esc-31", "en",
     ("ANNUAL SCREENING LDCT\n"
      "Stable 5 mm solid nodule in the left lower lobe (since 2019) and stable 3 mm perifissural nodule "
      "in the right upper lobe. No new or enlarging nodules.\n"
      "Emphysema: mild, paraseptal.\n"
      "IMPRESSION: Lung-RADS 2."),
     {NOD, EMP}),
    ("esc-32", "en",
     ("Comparison: LDCT 12 months ago.\n"
      "The right upper lobe solid nodule has grown from 5 mm to 7 mm.\n"
      "Emphysema: Severe, centrilobular.\n"
      "CAC: Absent.\n"
      "IMPRESSION: Lung-RADS 4A - growing solid nodule. Recommend 3-month LDCT."),
     {NOD, EMP}),
    ("esc-33", "en",
     ("Follow-up LDCT.\n"
      "The previously reported 8 mm part-solid nodule in the left lower lobe has resolved, consistent "
      "with an inflammatory etiology. Minor residual linear scarring at the site. No new nodules. "
      "No residual opacity.\n"
      "IMPRESSION: Lung-RADS 1."),
     {FIB}),
    ("esc-34", "en",
     ("Lungs: Mild centrilobular emphysema. 3 mm solid nodule in the right lower lobe (image 140).\n"
      "Coronary artery calcification: Mild.\n"
      "Significant incidental findings: None.\n"
      "Lung-RADS: 2."),
     {EMP, NOD, CAC}),
    ("esc-35", "en",
     ("Findings: No pulmonary nodules. Mitral annular calcification. No coronary artery calcification. "
      "No aortic calcification. Small sliding hiatal hernia.\n"
      "Impression: Lung-RADS 1."),
     {HH}),
    ("esc-36", "en",
     ("FINDINGS: No pulmonary nodules. Dense calcification of the thoracic aorta and the origins of the "
      "great vessels. Coronary calcium: moderate, three-vessel (LAD, LCx, RCA). Bilateral breast implants.\n"
      "IMPRESSION: Lung-RADS 1S. S: moderate coronary artery calcification."),
     {AWC, CAC, MM}),
    ("esc-37", "en",
     ("FINDINGS: Left chest dual-chamber pacemaker with leads in the right atrium and right ventricle. "
      "Cardiomegaly. 4 mm solid nodule in the right upper lobe. No pleural effusion.\n"
      "IMPRESSION: Lung-RADS 2."),
     {MM, CM, NOD}),
    ("esc-38", "en",
     ("FINDINGS: 12 mm nodule in the right lower lobe containing macroscopic fat and popcorn "
      "calcification, consistent with a hamartoma. No other nodules.\n"
      "IMPRESSION: Lung-RADS 1 - benign nodule (hamartoma)."),
     {NOD}),
    ("esc-39", "en",
     ("Nodules: 7 mm solid nodule in the left upper lobe (baseline).\n"
      "Coronary calcification: Mild (visual; LAD only).\n"
      "Emphysema: Not present.\n"
      "Hiatal hernia: None.\n"
      "Liver: Two small hepatic cysts.\n"
      "IMPRESSION: Lung-RADS 3. S modifier not applied. 6-month LDCT."),
     {NOD, CAC}),
    ("esc-40", "en",
     ("Low-dose CT thorax within screening programme.\n"
      "Solitary nodule in the right upper lobe, solid, 52 mm3, unchanged compared with the previous round "
      "(VDT not calculable). No other nodules.\n"
      "Pulmonary emphysema: moderate, centrilobular.\n"
      "Coronary calcifications: severe.\n"
      "Result: negative screening result, next round in 1 year."),
     {NOD, EMP, CAC}),
    ("esc-41", "en",
     ("Follow-up LDCT after Lung-RADS 0.\n"
      "The previously noted consolidation in the lingula has completely resolved. No residual opacity.\n"
      "4 mm solid nodule in the left lower lobe, unchanged.\n"
      "IMPRESSION: Lung-RADS 2."),
     {NOD}),
    ("esc-42", "en",
     ("FINDINGS: Smooth interlobular septal thickening at both lung bases and small bilateral pleural "
      "effusions, consistent with mild interstitial edema. Cardiomegaly. No pulmonary nodules.\n"
      "IMPRESSION: Lung-RADS 1S. S: findings suggesting congestive heart failure."),
     {IST, PE, CM}),
    ("esc-43", "en",
     ("Smoking history: Current smoker, 25 pack-years.\n"
      "Lungs: Trace emphysema. No nodules.\n"
      "CAC: Minimal (ordinal score 1/12).\n"
      "Lung-RADS 1. No significant incidental findings."),
     {EMP, CAC}),
    ("esc-44", "en",
     ("Comparison: LDCT 12 months prior.\n"
      "Findings: Interval new 4 mm solid nodule in the left lower lobe (image 130). No enlarging nodules. "
      "Calcified mediastinal and hilar lymph nodes, not enlarged. Dependent atelectasis at both bases. "
      "Simple hepatic cyst.\n"
      "Impression: Lung-RADS 3 - new 4 mm solid nodule; 6-month LDCT."),
     {NOD, ATL}),
    ("esc-45", "en",
     ("FINDINGS: No pulmonary nodules. No emphysema, bronchiectasis or interstitial lung disease. No "
      "consolidation. No pleural or pericardial effusion. No hiatal hernia. No lymphadenopathy. "
      "Coronary artery calcium: not seen. 9 mm nodule in the left thyroid lobe. 4 mm nonobstructing left renal calculus.\n"
      "IMPRESSION: Lung-RADS 1. Significant incidental findings: none."),
     set()),
    ("esc-46", "en",
     ("LDCT SCREENING CHECKLIST\n"
      "Pulmonary nodules: [ ] present [X] absent\n"
      "Emphysema: [X] present [ ] absent - paraseptal, with a 4 cm right apical bulla\n"
      "Coronary artery calcification: [ ] none [ ] mild [X] moderate [ ] severe\n"
      "Hiatal hernia: [ ] present [X] absent\n"
      "Lung-RADS: 1"),
     {EMP, CAC}),
    ("esc-47", "en",
     ("Nodules: 5 mm solid nodule in the right lower lobe, stable for 24 months.\n"
      "IMPRESSION: Lung-RADS 2S.\n"
      "S: Moderate to severe centrilobular emphysema; consider pulmonary function testing.\n"
      "Other incidental findings: none."),
     {NOD, EMP}),
    ("esc-48", "en",
     ("Comparison: LDCT 2023.\n"
      "No change in size of the 6 mm left upper lobe nodule. No new nodules.\n"
      "Coronary artery calcification: none. Aortic arch: mild calcification.\n"
      "Impression: Lung-RADS 2."),
     {NOD, AWC}),
    ("esc-49", "en",
     ("Lungs: No pulmonary nodules. No emphysema.\n"
      "Mediastinum: Subcentimeter mediastinal lymph nodes, not pathologically enlarged. No cardiomegaly.\n"
      "Neck base: Multinodular goiter with a dominant 18 mm nodule in the left lobe.\n"
      "Upper abdomen: Bosniak II cyst in the right kidney. 7 mm hypodensity in the liver, too small to "
      "characterize.\n"
      "Impression: Lung-RADS 1."),
     set()),
    ("esc-50", "en",
     ("LOW-DOSE CT THORAX - SCREENING ROUND 3\n"
      "Smoking status: ex-smoker, 28 pack-years.\n"
      "Nodules: 0\n"
      "Emphysema: 0 (none)\n"
      "Coronary artery calcification (0-3): 0\n"
      "Other findings: nil significant.\n"
      "Lung-RADS 1. Routine recall."),
     set()),
    ("esc-51", "en",
     ("Lungs: 4 mm solid nodule in the right middle lobe (image 88).\n"
      "Heart: Enlarged.\n"
      "Pericardium: Small effusion.\n"
      "Aorta: Calcified, normal calibre.\n"
      "Hiatus hernia: Small.\n"
      "Lung-RADS 2S. S: cardiomegaly and pericardial effusion."),
     {NOD, CM, PCE, AWC, HH}),
    ("esc-52", "en",
     ("Comparison: LDCT 6 months prior (Lung-RADS 3).\n"
      "NODULE TABLE\n"
      "Nodule 1: RUL, 5 mm, solid - resolved.\n"
      "Nodule 2: LLL, 4 mm, solid - resolved.\n"
      "No current pulmonary nodules.\n"
      "IMPRESSION: Lung-RADS 1. Both previously tracked nodules have resolved; return to annual screening."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("esc-52", NOD): "a nodule table: rows marked '- resolved' after the row's colon, and the heading 'NODULE TABLE' itself reads as a mention",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
