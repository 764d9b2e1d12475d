"""Probe: English (US style) chest CT reports whose main content is incidental findings and
their management per the ACR white papers: thyroid nodules, adrenal nodules (adenoma,
myelolipoma, indeterminate), hepatic cysts and hemangiomas, renal cysts (Bosniak classes),
pancreatic cysts (IPMN), breast nodules and masses, splenic granulomas, bone islands and
vertebral hemangiomas -- none of which are Lung nodules -- mixed with real lung nodules
(Fleischner recommendations), coronary and aortic calcification, emphysema, hiatal hernia, and
lymph nodes of the chest and of the upper abdomen. Includes denials, hedges, resolved findings
and "no follow-up needed" statements, in prose and in templated (section-header) reports.
Negative controls: "nodule"/"nodular" outside the lung (thyroid, adrenal, breast, mural nodule
of a pancreatic cyst, nodular liver contour, peripheral nodular enhancement of a hemangioma),
valve and mitral annular calcification, calcified granulomas outside the lung. The reports were
written for this file without looking at the engine's lexicon or cue lists.
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
    ("einc-01", "en",
     ("FINDINGS: Lungs: Mild centrilobular emphysema, upper lobe predominant. 4 mm solid nodule in the "
      "right middle lobe (series 4, image 87). No consolidation or pleural effusion. Thyroid: 1.8 cm "
      "hypodense nodule in the right thyroid lobe. IMPRESSION: 1. 4 mm right middle lobe nodule; no "
      "routine follow-up recommended per Fleischner 2017 guidelines in a low-risk patient. "
      "2. 1.8 cm right thyroid nodule; recommend nonemergent thyroid ultrasound per the ACR white paper."),
     {EMP, NOD}),
    ("einc-02", "en",
     ("Incidental 1.6 cm left adrenal nodule with an attenuation of 6 HU, consistent with a lipid-rich "
      "adenoma. No further imaging is needed. The lungs are clear. No mediastinal, hilar, or axillary "
      "lymphadenopathy. Heart size is normal without pericardial effusion. Scattered coronary artery "
      "calcifications."),
     {CAC}),
    ("einc-03", "en",
     ("Partially imaged 3.2 cm simple-appearing cyst in the upper pole of the left kidney (Bosniak I); "
      "no follow-up required. Additional subcentimeter renal hypodensities are too small to characterize "
      "and per ACR guidance need no further workup. Aortic atherosclerotic calcification. Small hiatal "
      "hernia. The lungs are without nodules."),
     {AWC, HH}),
    ("einc-04", "en",
     ("2.4 cm segment 7 hepatic lesion with peripheral discontinuous nodular enhancement, compatible with "
      "a hemangioma. No follow-up imaging is necessary. Calcified granulomas in the spleen reflect prior "
      "granulomatous disease. Calcified subcarinal and right hilar lymph nodes, not enlarged. No "
      "pulmonary nodules."),
     set()),
    ("einc-05", "en",
     ("1.2 cm cystic lesion in the pancreatic body without solid component or ductal dilatation, likely "
      "a side-branch IPMN. Per the ACR white paper, recommend MRI/MRCP in 1 year. Lungs: 7 mm solid "
      "nodule in the left lower lobe; per Fleischner criteria, CT at 6-12 months is recommended. "
      "Moderate paraseptal and centrilobular emphysema."),
     {NOD, EMP}),
    ("einc-06", "en",
     ("There is a 1.1 cm oval soft tissue nodule in the upper outer quadrant of the left breast. "
      "Recommend correlation with mammography and ultrasound if not previously characterized. "
      "Bilateral breast implants, intact. The lungs are clear without pulmonary nodules. No axillary "
      "lymphadenopathy."),
     {MM}),
    ("einc-07", "en",
     ("8 mm sclerotic focus in the T9 vertebral body with brush-border margins, consistent with a bone "
      "island; no follow-up. Typical vertebral hemangioma in L1 with coarse vertical trabeculae. No "
      "other lytic or blastic lesions. Lungs are clear. Heart is normal in size."),
     set()),
    ("einc-08", "en",
     ("Comparison is made to CT of 03/2022. The previously described 5 mm right upper lobe nodule is no "
      "longer visualized. Stable 1.4 cm left adrenal nodule since 2019, consistent with a benign "
      "adenoma; no further follow-up is needed. Mild cardiomegaly. No pericardial effusion. Dense "
      "calcification of the coronary arteries."),
     {CM, CAC}),
    ("einc-09", "en",
     ("Multiple enlarged upper abdominal lymph nodes, including a 1.6 cm portacaval node and a 1.3 cm "
      "gastrohepatic ligament node, incompletely evaluated. Mediastinal lymph nodes are not enlarged. "
      "Hepatic steatosis. Recommend dedicated contrast-enhanced CT of the abdomen and pelvis. Lungs "
      "are clear."),
     {LN}),
    ("einc-10", "en",
     ("Small 9 mm hypodense nodule in the left thyroid lobe. In a patient over 35 years, nodules under "
      "1.5 cm without suspicious features require no further evaluation. Prominent but not enlarged "
      "right paratracheal lymph node. The lungs are well aerated. No pleural effusion."),
     set()),
    ("einc-11", "en",
     ("LUNGS AND AIRWAYS: No nodules, consolidation, or emphysema. PLEURA: No effusion or pneumothorax. "
      "MEDIASTINUM AND HILA: No lymphadenopathy. HEART AND VESSELS: Normal heart size. No coronary "
      "artery calcification. No pericardial effusion. UPPER ABDOMEN: 2.1 cm simple hepatic cyst in "
      "segment 4A. BONES: Bone island in the left fifth rib. IMPRESSION: No acute cardiopulmonary "
      "abnormality. Incidental benign hepatic cyst, no follow-up."),
     set()),
    ("einc-12", "en",
     ("Indeterminate 2.3 cm right adrenal nodule measuring 28 HU on this contrast-enhanced exam; adrenal "
      "washout CT or chemical shift MRI is recommended. Possible small hiatal hernia. Mild bibasilar "
      "dependent atelectasis. Subcentimeter pretracheal lymph nodes measuring up to 7 mm."),
     {HH, ATL, LN}),
    ("einc-13", "en",
     ("Multiple solid pulmonary nodules, the largest 6 mm in the right lower lobe. Given the patient's "
      "smoking history (high risk), recommend CT at 3-6 months, then consider CT at 18-24 months per "
      "Fleischner Society guidelines. Emphysema is present. Atherosclerotic calcifications of the "
      "aortic arch and descending aorta. Calcified splenic granulomas."),
     {NOD, EMP, AWC}),
    ("einc-14", "en",
     ("Spiculated 4.5 cm mass in the left upper lobe, highly suspicious for primary bronchogenic "
      "carcinoma. Enlarged ipsilateral hilar and AP window lymph nodes, the largest 1.8 cm. Incidental "
      "1.0 cm left adrenal nodule, indeterminate in this setting; PET/CT is recommended. No pleural "
      "effusion."),
     {LN}),
    ("einc-15", "en",
     ("Partially visualized 2.0 cm minimally complex cyst of the right kidney with a few thin "
      "septations, Bosniak IIF; follow-up renal ultrasound or MRI recommended at 6 months. Moderate "
      "coronary calcification in the LAD. Aortic valve calcification. The thoracic aorta is normal in "
      "caliber without calcification."),
     {CAC}),
    ("einc-16", "en",
     ("Numerous punctate calcified granulomas within the spleen and liver, consistent with prior "
      "histoplasmosis. Calcified right hilar lymph nodes, normal in size. The lungs are clear. No "
      "lymphadenopathy."),
     set()),
    ("einc-17", "en",
     ("Large hiatal hernia containing most of the stomach, with organoaxial rotation. Adjacent "
      "compressive atelectasis in the left lower lobe. Incidental 7 mm right thyroid nodule; no "
      "follow-up. No pleural or pericardial effusion."),
     {HH, ATL}),
    ("einc-18", "en",
     ("Incidental T11 vertebral hemangioma. No suspicious osseous lesions. Lungs: No pulmonary nodule "
      "or mass. There is no emphysema. Heart: Normal size; no coronary calcification identified. "
      "Mediastinum: No lymphadenopathy. No hiatal hernia."),
     set()),
    ("einc-19", "en",
     ("5 mm triangular perifissural nodule along the right major fissure, likely an intrapulmonary "
      "lymph node; no follow-up is needed. Left adrenal thickening without a discrete nodule. Small "
      "sliding hiatal hernia. Mild emphysema."),
     {NOD, HH, EMP}),
    ("einc-20", "en",
     ("Coronary artery calcification: severe, involving the left main, LAD and right coronary arteries. "
      "Calcified plaque at the origins of the great vessels. Mild cardiomegaly. 8 mm hepatic "
      "hypodensity, too small to characterize, statistically most likely a cyst; no follow-up. Clear "
      "lungs."),
     {CAC, AWC, CM}),
    ("einc-21", "en",
     ("Tiny 5 mm pancreatic tail cyst. Per the ACR white paper, pancreatic cysts under 1.5 cm in "
      "patients over 80 years do not require follow-up. The lungs demonstrate mild upper lobe "
      "predominant emphysema and bibasilar scarring. No nodules."),
     {EMP, FIB}),
    ("einc-22", "en",
     ("Irregular 2.2 cm spiculated mass in the right breast at 10 o'clock with an enlarged right "
      "axillary lymph node measuring 1.9 cm. Findings are suspicious for breast malignancy; recommend "
      "diagnostic mammography and ultrasound. No pulmonary nodules to suggest metastatic disease. No "
      "pleural effusion."),
     {LN}),
    ("einc-23", "en",
     ("Possible 4 mm nodule in the lingula versus a vessel seen end-on; no follow-up is needed given "
      "the size. The thyroid gland is enlarged and heterogeneous with multiple nodules, the largest "
      "2.5 cm on the left, extending substernally. Recommend thyroid ultrasound."),
     {NOD}),
    ("einc-24", "en",
     ("The right adrenal gland is not well visualized; a small nodule cannot be excluded. Dependent "
      "atelectasis in both lower lobes. Small bilateral pleural effusions. Mild cardiomegaly. No "
      "pericardial effusion."),
     {ATL, PE, CM}),
    ("einc-25", "en",
     ("LUNGS: Paraseptal emphysema. 8 mm part-solid nodule in the left upper lobe with a 4 mm solid "
      "component. MEDIASTINUM: 11 mm subcarinal lymph node. HEART: Normal size. Coronary artery "
      "calcification. VESSELS: Calcified aortic atherosclerosis. UPPER ABDOMEN: Bilateral renal cysts, "
      "Bosniak I/II, no follow-up. IMPRESSION: Part-solid nodule; CT in 3-6 months recommended per "
      "Fleischner."),
     {EMP, NOD, LN, CAC, AWC}),
    ("einc-26", "en",
     ("Partially imaged 3.5 cm complex cystic lesion of the left kidney with thick enhancing septations, "
      "Bosniak III; urology referral and dedicated renal MRI are recommended. Retrocrural lymph node "
      "measuring 12 mm in short axis. No thoracic lymphadenopathy. Lungs are clear."),
     {LN}),
    ("einc-27", "en",
     ("The liver has a nodular contour consistent with cirrhosis. Splenomegaly. Small volume "
      "perihepatic ascites. No pleural effusion. Enlarged gastrohepatic and periportal lymph nodes, "
      "likely reactive in the setting of cirrhosis. Lungs are clear."),
     {LN}),
    ("einc-28", "en",
     ("Multinodular goiter with mild rightward tracheal deviation, without significant narrowing. No "
      "follow-up imaging is required if previously evaluated by ultrasound. The lungs, pleura, and "
      "mediastinum are unremarkable. No coronary artery or aortic calcification."),
     set()),
    ("einc-29", "en",
     ("Coarse popcorn calcification in the left breast, compatible with an involuting fibroadenoma; no "
      "follow-up. Mitral annular calcification. No coronary artery calcification. Heart size is normal. "
      "Trace pericardial effusion."),
     {PCE}),
    ("einc-30", "en",
     ("Stable 6 mm solid right lower lobe nodule, unchanged since 2021, consistent with a benign "
      "process; no further follow-up needed. Stable 1.2 cm right adrenal adenoma. Mild centrilobular "
      "emphysema. Coronary artery calcifications are present."),
     {NOD, EMP, CAC}),
    ("einc-31", "en",
     ("Splenule near the splenic hilum, incidental. Calcified granulomas in the spleen. Celiac axis "
      "lymph node measuring 8 mm. Linear atelectasis in the right middle lobe. No pleural effusion. No "
      "hiatal hernia."),
     {LN, ATL}),
    ("einc-32", "en",
     ("Incidental note is made of a 1.5 cm enhancing hepatic lesion in segment 6, which on prior MRI "
      "was characterized as a hemangioma; no additional imaging is needed. Mild bronchial wall "
      "thickening in the lower lobes. Mosaic attenuation on expiratory images compatible with air "
      "trapping. No bronchiectasis."),
     {PBT, MOS}),
    ("einc-33", "en",
     ("No thyroid nodules. No adrenal nodules. No pulmonary nodules. No mediastinal or upper abdominal "
      "lymphadenopathy. No hiatal hernia. Heart size is normal. No coronary calcifications."),
     set()),
    ("einc-34", "en",
     ("Status post Nissen fundoplication with no recurrent hiatal hernia. Surgical clips at the "
      "gastroesophageal junction. Incidental 1.0 cm right thyroid nodule with coarse calcification; "
      "ultrasound recommended. Lungs are clear."),
     {MM}),
    ("einc-35", "en",
     ("Patulous distal esophagus versus a small hiatal hernia. Adrenal glands are normal. Left renal "
      "cyst. Scattered calcified plaques in the thoracic aorta. Tiny 3 mm subpleural nodule in the "
      "right upper lobe; no follow-up per Fleischner."),
     {HH, AWC, NOD}),
    ("einc-36", "en",
     ("Subpleural reticulation and traction bronchiectasis in the lower lobes, with honeycombing at the "
      "bases, consistent with UIP. Mildly enlarged mediastinal lymph nodes up to 13 mm, likely reactive "
      "in the setting of fibrotic lung disease. Incidental 1.9 cm left adrenal nodule measuring -2 HU, "
      "an adenoma; no adrenal follow-up is required."),
     {FIB, BRX, LN}),
    ("einc-37", "en",
     ("Right lower lobe consolidation with air bronchograms, consistent with pneumonia. Small right "
      "parapneumonic effusion. Reactive right hilar lymph nodes measuring up to 1.1 cm. Incidental "
      "exophytic 1.3 cm simple left renal cyst. Follow-up CT after treatment to document resolution."),
     {CON, PE, LN}),
    ("einc-38", "en",
     ("Scattered patchy ground-glass opacities in both upper lobes, nonspecific, possibly infectious or "
      "inflammatory. No pulmonary nodules. 2.6 cm right thyroid lobe nodule; recommend ultrasound. "
      "Fatty infiltration of the liver."),
     {OPA}),
    ("einc-39", "en",
     ("DEVICES: Left chest dual-chamber pacemaker with leads in the right atrium and right ventricle. "
      "LUNGS: Clear. HEART: Moderate cardiomegaly. Dense coronary calcification. UPPER ABDOMEN: 3.0 cm "
      "macroscopic fat-containing right adrenal lesion, consistent with myelolipoma; no follow-up "
      "required. IMPRESSION: No acute findings."),
     {MM, CM, CAC}),
    ("einc-40", "en",
     ("Smooth interlobular septal thickening and small bilateral pleural effusions, compatible with "
      "interstitial edema. Cardiomegaly. Hepatic congestion with reflux of contrast into the hepatic "
      "veins. Incidental hepatic hemangioma, previously characterized."),
     {IST, PE, CM}),
    ("einc-41", "en",
     ("Previously enlarged mediastinal lymph nodes have decreased and are now normal in size. The "
      "previously seen left lower lobe nodule has resolved. Calcified splenic granuloma. Bone island in "
      "the T6 vertebral body. No new findings."),
     set()),
    ("einc-42", "en",
     ("Bilateral adrenal nodules measuring 2.4 cm on the right and 1.7 cm on the left, new since the "
      "prior exam and concerning for metastases. Multiple new bilateral pulmonary nodules up to 9 mm, "
      "also concerning for metastatic disease. Right paratracheal lymphadenopathy. Small left pleural "
      "effusion."),
     {NOD, LN, PE}),
    ("einc-43", "en",
     ("Nodular thickening of the left adrenal limb, likely hyperplasia. Punctate calcifications in the "
      "splenic parenchyma. Small bilateral breast nodules, stable. The lungs are clear without nodule or "
      "consolidation. Calcified atherosclerotic plaque in the splenic artery."),
     {AWC}),
    ("einc-44", "en",
     ("Bilateral gynecomastia. Mild coronary artery calcification in the LAD. No aortic calcification. "
      "No emphysema. Small left renal cyst, no follow-up."),
     {CAC}),
    ("einc-45", "en",
     ("Severe centrilobular and paraseptal emphysema with apical bullae. No suspicious pulmonary "
      "nodules. Bronchial wall thickening. The thyroid is unremarkable. Incidental 1.1 cm left adrenal "
      "nodule, 8 HU, benign adenoma; no follow-up."),
     {EMP, PBT}),
    ("einc-46", "en",
     ("Partially visualized 2.8 cm cystic lesion in the pancreatic head with a mural nodule; this "
      "warrants dedicated pancreatic protocol MRI and EUS. Peripancreatic lymph node measuring 1.4 cm. "
      "No focal consolidation in the lungs. Mild bibasilar atelectasis."),
     {LN, ATL}),
    ("einc-47", "en",
     ("Cylindrical bronchiectasis in the right middle lobe and lingula with mild bronchial wall "
      "thickening. Scattered tree-in-bud opacities in the right middle lobe, likely infectious "
      "bronchiolitis. Incidental 1.2 cm left thyroid nodule; no follow-up recommended in this "
      "70-year-old."),
     {BRX, PBT}),
    ("einc-48", "en",
     ("The esophagus is normal in caliber. No hiatal hernia. Small pericardial effusion. Atherosclerotic "
      "calcification of the thoracic aorta and coronary arteries. Incidental bone island in the "
      "manubrium."),
     {PCE, AWC, CAC}),
    ("einc-49", "en",
     ("Aortic valve calcification with mild cardiomegaly; consider echocardiography. No coronary artery "
      "calcification. The aorta is normal in caliber and without atherosclerotic calcification. "
      "Incidental 1.3 cm left adrenal nodule; recommend adrenal protocol CT in 12 months."),
     {CM}),
    ("einc-50", "en",
     ("No pulmonary nodule is identified. The nodule questioned on the outside chest radiograph "
      "corresponds to a bone island in the right anterior fourth rib. Calcified splenic granulomas. "
      "Mediastinal lymph nodes are within normal limits."),
     set()),
    ("einc-51", "en",
     ("Multiple subcentimeter retroperitoneal and mesenteric lymph nodes in the visualized upper "
      "abdomen, the largest 7 mm, nonspecific. Mild hepatic steatosis. 1.5 cm hepatic cyst. The lungs "
      "are clear, with no nodules. No pleural effusion."),
     {LN}),
    ("einc-52", "en",
     ("Solid 10 mm nodule in the right upper lobe with spiculated margins; recommend PET/CT or tissue "
      "sampling. Emphysema. Calcified coronary arteries. Incidental Bosniak II cyst of the left kidney; "
      "no follow-up."),
     {NOD, EMP, CAC}),
    ("einc-53", "en",
     ("Questionable minimal paraseptal emphysema at the apices. Probable small hiatal hernia. Tiny "
      "hepatic hypodensities, too small to characterize. Mild thyroid enlargement."),
     {EMP, HH}),
    ("einc-54", "en",
     ("Status post bilateral mastectomy with tissue expanders in place. No axillary lymphadenopathy. No "
      "pulmonary nodules. Radiation fibrosis in the anterior right upper lobe. Sclerotic lesion in T8, "
      "unchanged, favored to represent a bone island."),
     {MM, FIB}),
]

OPEN: dict[tuple[str, str], str] = {
    ('einc-10', NOD): "a nodule-size rule quoted for the thyroid ('nodules under 1.5 cm ...') is read as lung nodules",
    ('einc-24', NOD): "an adrenal 'small nodule cannot be excluded' in a sentence of its own, after the adrenal was named",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
