"""English CT chest/abdomen/pelvis reports with abdominal findings beside the thoracic ones.

The reports mix thoracic findings with upper-abdominal, abdominal and pelvic findings, under
organ headings or in running prose (American and European styles), so that the engine must keep
extrathoracic look-alikes out of the thoracic labels:

- liver cysts / hypodensities / metastases, adrenal, renal, thyroid and breast nodules (not Lung nodule)
- ascites, pelvic free fluid, pericholecystic fluid (not Pleural or Pericardial effusion)
- abdominal aortic, iliac, splenic, renal and mesenteric artery calcification (Arterial wall calcification)
  beside gallstones, renal calculi, phleboliths and calcified splenic/hepatic granulomas (not AWC)
- retroperitoneal, mesenteric, pelvic nodes: enlarged = Lymphadenopathy, subcentimeter / not enlarged = 0
- bowel, gallbladder and colon wall thickening (not Peribronchial thickening)
- umbilical / inguinal hernias (not Hiatal hernia) beside sliding and paraesophageal hiatal hernias
- splenomegaly / hepatomegaly (not Cardiomegaly); retroperitoneal fibrosis, renal scarring (not pulmonary)
- abdominal devices: surgical clips, drains, ureteral and biliary stents, nephrostomy tubes, IVC filter, TIPS
- hedges, resolved findings, removed devices and indication-only mentions

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("eab-01", "en",
     ("EXAMINATION: CT chest, abdomen and pelvis with IV contrast.\n"
     "INDICATION: Weight loss, evaluate for malignancy.\n"
     "LUNGS: A 7 mm solid nodule in the right upper lobe. Mild centrilobular emphysema in the upper "
     "lobes. No consolidation or ground-glass opacity.\n"
     "PLEURA: No pleural effusion.\n"
     "MEDIASTINUM: No enlarged mediastinal or hilar lymph nodes. Heart size normal. No pericardial "
     "effusion.\n"
     "LIVER: Several subcentimeter hypodense lesions, too small to characterize, likely cysts.\n"
     "GALLBLADDER: Cholelithiasis without wall thickening.\n"
     "KIDNEYS: Simple cyst in the left kidney. No hydronephrosis.\n"
     "ADRENALS: 1.5 cm left adrenal nodule, likely adenoma.\n"
     "VESSELS: Calcified atherosclerotic plaque throughout the abdominal aorta and the two common iliac arteries.\n"
     "LYMPH NODES: No retroperitoneal or pelvic lymphadenopathy.\n"
     "BONES: No suspicious osseous lesion."),
     {NOD, EMP, AWC}),
    ("eab-02", "en",
     ("CT of the chest, abdomen and pelvis. The lungs demonstrate dependent subsegmental atelectasis at "
     "both bases. There is no pulmonary nodule. There is a small to moderate volume of ascites in the "
     "abdomen and pelvis, with perihepatic fluid. The pleural spaces are clear. The liver is nodular in "
     "contour, consistent with cirrhosis, and the spleen is enlarged at 15 cm. Several enlarged "
     "periportal and portocaval lymph nodes measure up to 1.8 cm. A moderate sliding hiatal hernia is "
     "present. There are esophageal varices. The heart is not enlarged and there is no pericardial "
     "effusion."),
     {ATL, LN, HH}),
    ("eab-03", "en",
     ("CT thorax/abdomen with contrast. Comparison with prior of 03/2022.\n"
     "Thorax: No pulmonary nodules or masses. No infiltrates. Small bilateral pleural effusions with "
     "adjacent compressive atelectasis. Cardiomegaly. Small pericardial effusion. No mediastinal "
     "lymphadenopathy.\n"
     "Abdomen: Liver of normal size with a 2 cm cyst in segment VII. Status post cholecystectomy with "
     "surgical clips in the gallbladder fossa. Kidneys without calculi. No ascites. Atherosclerosis of "
     "the abdominal aorta with mural calcifications.\n"
     "Impression: Cardiac decompensation with bilateral pleural effusions and pericardial effusion."),
     {PE, ATL, CM, PCE, MM, AWC}),
    ("eab-04", "en",
     ("FINDINGS:\n"
     "Lower neck: 1 cm hypodense thyroid nodule on the left.\n"
     "Lungs and airways: Bronchial wall thickening in both lower lobes with mild cylindrical "
     "bronchiectasis. Patchy areas of mosaic attenuation, suggestive of small airways disease. No "
     "pulmonary nodules.\n"
     "Pleura: No effusion.\n"
     "Heart and vessels: Normal heart size. Calcification of the LAD and RCA. No aortic calcification.\n"
     "Upper abdomen: Multiple punctate calcified granulomas in the spleen. The liver is unremarkable. "
     "No upper abdominal lymphadenopathy.\n"
     "IMPRESSION: Airway disease with bronchiectasis and mosaic attenuation. Thyroid nodule; "
     "ultrasound recommended."),
     {PBT, BRX, MOS, CAC}),
    ("eab-05", "en",
     ("CT CHEST/ABDOMEN/PELVIS - STAGING, known colon carcinoma.\n"
     "Chest: No pulmonary nodules to suggest metastatic disease. No pleural or pericardial effusion. "
     "No thoracic lymphadenopathy. Right subclavian port with the catheter tip at the cavoatrial "
     "junction.\n"
     "Abdomen/pelvis: Innumerable hypoattenuating hepatic lesions, the largest 4 cm in segment VIII, "
     "consistent with liver metastases. Circumferential wall thickening of the sigmoid colon over 6 cm "
     "corresponding to the known primary. Enlarged mesenteric lymph nodes in the sigmoid mesocolon, up "
     "to 14 mm, suspicious for nodal metastases. Small umbilical hernia containing fat. Trace free fluid "
     "in the pelvis. No hydronephrosis.\n"
     "IMPRESSION: Hepatic and nodal metastases. No evidence of pulmonary metastasis."),
     {MM, LN}),
    ("eab-06", "en",
     ("Findings: There is a 3.5 cm left adrenal mass with washout characteristics favoring an adenoma. "
     "The lungs are clear with no nodules, consolidation or ground-glass opacities. No emphysema. No "
     "pleural effusion. The heart is enlarged, predominantly the left ventricle. Coronary artery "
     "calcifications are noted in the left main and left anterior descending arteries. The thoracic "
     "aorta has mild atherosclerotic calcification. Mediastinal lymph nodes are subcentimeter. A "
     "nonobstructing 4 mm calculus in the lower pole of the right kidney. Bilateral renal cortical "
     "cysts."),
     {CM, CAC, AWC}),
    ("eab-07", "en",
     ("CT ABDOMEN AND PELVIS WITH CONTRAST\n"
     "LUNG BASES: Linear atelectasis in the lingula. Trace left pleural effusion. No basal "
     "consolidation.\n"
     "LIVER: Diffuse hepatic steatosis. A 12 mm arterially enhancing lesion in segment VI, "
     "indeterminate.\n"
     "GALLBLADDER AND BILE DUCTS: Distended gallbladder with pericholecystic fluid and wall "
     "thickening, concerning for acute cholecystitis. Gallstone impacted in the neck.\n"
     "PANCREAS: Normal.\n"
     "SPLEEN: Normal.\n"
     "KIDNEYS: No calculi or hydronephrosis.\n"
     "BOWEL: No obstruction. Scattered colonic diverticula without diverticulitis.\n"
     "VESSELS: Normal caliber aorta without calcification.\n"
     "LYMPH NODES: Subcentimeter mesenteric lymph nodes, nonspecific.\n"
     "PERITONEUM: No free air or ascites.\n"
     "IMPRESSION: Acute calculous cholecystitis."),
     {ATL, PE}),
    ("eab-08", "en",
     ("CT chest and upper abdomen without contrast.\n"
     "Lungs: Subpleural reticulation with honeycombing and traction bronchiectasis at both lung bases, "
     "compatible with a usual interstitial pneumonia pattern. Smooth thickening of the interlobular septa "
     "at the bases. Superimposed ground-glass opacities. No consolidation. No nodules.\n"
     "Mediastinum: Mildly enlarged subcarinal and right paratracheal lymph nodes up to 13 mm, likely "
     "reactive. Small hiatal hernia. The esophagus is patulous.\n"
     "Heart: Normal size. Calcified coronary arteries.\n"
     "Upper abdomen: Calcified gallstones. Simple hepatic cyst. Both adrenal glands are unremarkable.\n"
     "Impression: Fibrotic interstitial lung disease, UIP pattern."),
     {FIB, BRX, IST, OPA, LN, HH, CAC}),
    ("eab-09", "en",
     ("CT angiography of the chest, abdomen and pelvis.\n"
     "There is a 5.4 cm infrarenal abdominal aortic aneurysm with extensive mural thrombus and "
     "circumferential wall calcification, extending into the common iliac arteries, which are also "
     "heavily calcified. No periaortic stranding or retroperitoneal hematoma. The thoracic aorta is of "
     "normal caliber. Advanced centrilobular and paraseptal emphysema. A calcified granuloma in the "
     "liver. No pulmonary nodule. No pleural effusion. No lymphadenopathy. Cardiac size within normal "
     "limits. Status post coronary artery bypass grafting with sternotomy wires.\n"
     "Conclusion: Infrarenal AAA of 5.4 cm, no signs of rupture."),
     {AWC, EMP, MM}),
    ("eab-10", "en",
     ("Indication: fever, right upper quadrant pain, rule out abscess.\n"
     "Findings: Consolidation in the right lower lobe with air bronchograms, consistent with pneumonia, "
     "and bronchial wall thickening in the adjacent segments. Small right parapneumonic pleural "
     "effusion. Left lung clear. No pulmonary nodules. No mediastinal lymphadenopathy. The liver "
     "contains no focal lesion; no hepatic abscess. The gallbladder is normal. No ascites. The kidneys "
     "and adrenals are normal. No hiatal hernia.\n"
     "Impression: Right lower lobe pneumonia; no intra-abdominal abscess."),
     {CON, PBT, PE}),
    ("eab-11", "en",
     ("CT NECK, CHEST, ABDOMEN AND PELVIS - LYMPHOMA STAGING\n"
     "Bulky mediastinal lymphadenopathy, the largest conglomerate in the anterior mediastinum measuring "
     "8 x 5 cm. Bilateral enlarged axillary lymph nodes. Extensive retroperitoneal para-aortic and "
     "aortocaval lymphadenopathy, up to 3 cm. Splenomegaly (17 cm) with several hypodense splenic "
     "lesions consistent with lymphomatous involvement. Small pericardial effusion. No pleural effusion. "
     "Lungs: no nodules or consolidation. No ascites. No osseous lesions.\n"
     "IMPRESSION: Stage III/IV lymphoma."),
     {LN, PCE}),
    ("eab-12", "en",
     ("CT chest/abdomen/pelvis, postoperative day 7 after Whipple procedure.\n"
     "Surgical drains in the right upper quadrant. Nasogastric tube in the stomach. Right internal "
     "jugular central venous catheter terminating in the SVC. Bilateral small pleural effusions with "
     "bibasilar atelectasis. No consolidation. Small amount of fluid near the pancreaticojejunostomy "
     "without organized collection. Mild ascites. No enlarged lymph nodes. Aortic calcification is "
     "mild. Heart normal in size; no pericardial effusion.\n"
     "Impression: Expected postoperative changes; no abscess."),
     {MM, PE, ATL, AWC}),
    ("eab-13", "en",
     ("Thoracic and abdominal CT with IV contrast. The lungs show no focal lesions. No emphysema, no "
     "fibrosis. Pleural spaces free. Heart normal in size, no pericardial effusion. Calcifications of "
     "the coronary arteries. No pathologically enlarged mediastinal lymph nodes. The liver shows a 3 cm "
     "hypodense lesion in segment IV with peripheral nodular enhancement, typical for a haemangioma. "
     "Gallbladder without stones. Spleen normal. A 2.5 cm solid renal mass on the left, suspicious for "
     "renal cell carcinoma. No retroperitoneal lymphadenopathy. Calcification of the abdominal aorta "
     "and the renal arteries. Degenerative changes of the spine.\n"
     "Assessment: Suspected renal cell carcinoma on the left. Hepatic haemangioma."),
     {CAC, AWC}),
    ("eab-14", "en",
     ("CT CHEST AND ABDOMEN\n"
     "History: Dysphagia.\n"
     "Findings:\n"
     "Large paraesophageal hernia with most of the stomach in the posterior mediastinum, without signs "
     "of obstruction. Adjacent passive atelectasis of the left lower lobe. Scattered ground-glass "
     "opacities in the right lower lobe, possibly aspiration. No pleural effusion. No lung nodules. "
     "Heart size normal. Moderate calcified plaque in the aortic arch. Liver, spleen, pancreas, and "
     "kidneys are unremarkable. No lymphadenopathy in the chest or abdomen.\n"
     "Impression: Large paraesophageal hiatal hernia."),
     {HH, ATL, OPA, AWC}),
    ("eab-15", "en",
     ("CT chest, abdomen, pelvis: normal study.\n"
     "Lungs are clear without nodule, opacity, consolidation, or atelectasis. No bronchiectasis or "
     "bronchial wall thickening. No emphysema. No mosaic attenuation or interlobular septal thickening. "
     "No pleural or pericardial effusion. Heart normal in size. No coronary or aortic calcification. No "
     "hiatal hernia. No indwelling lines or devices. No lymphadenopathy in the chest, abdomen or pelvis. "
     "Liver, gallbladder, pancreas, spleen, adrenals and kidneys are normal. No ascites. No bone lesion."),
     set()),
    ("eab-16", "en",
     ("Restaging CT of the chest, abdomen and pelvis in a patient with metastatic prostate cancer.\n"
     "Multiple sclerotic bone lesions throughout the thoracolumbar spine, pelvis and ribs, increased in "
     "number. Enlarged left external iliac and common iliac lymph nodes up to 2 cm. Calcified "
     "atherosclerotic disease of the iliac arteries. Bilateral double-J ureteral stents in place. The "
     "lungs show a few new small pulmonary nodules in both lower lobes, up to 5 mm, suspicious for "
     "metastases. No pleural effusion. Mild cardiomegaly. No pericardial effusion.\n"
     "IMPRESSION: Progressive osseous and nodal disease; new small pulmonary nodules suspicious for "
     "metastases."),
     {LN, AWC, MM, NOD, CM}),
    ("eab-17", "en",
     ("Findings: The heart is enlarged with marked dilatation of the right atrium and right ventricle. "
     "Reflux of contrast into the dilated IVC and hepatic veins. Moderate bilateral pleural effusions. "
     "Diffuse smooth interlobular septal thickening and patchy ground-glass opacities, consistent with "
     "interstitial pulmonary edema. Peribronchial cuffing. Moderate ascites and periportal edema. The "
     "gallbladder wall is edematous. No pericardial effusion. No lymphadenopathy. Pacemaker with leads "
     "in the right atrium and right ventricle.\n"
     "Impression: Congestive heart failure with pulmonary edema, pleural effusions and ascites."),
     {CM, PE, IST, OPA, PBT, MM}),
    ("eab-18", "en",
     ("CT CHEST WITH CONTRAST, includes upper abdomen.\n"
     "Symmetric bilateral hilar and mediastinal lymphadenopathy, some nodes showing punctate "
     "calcification. Numerous perilymphatic micronodules along the bronchovascular bundles and fissures "
     "in the upper lobes. Mild peribronchovascular fibrosis in the right upper lobe. No pleural "
     "effusion. No consolidation. Normal heart size. Upper abdomen: multiple small hypodense splenic "
     "lesions, which may reflect sarcoid involvement. Liver normal. No adrenal nodules.\n"
     "IMPRESSION: Findings consistent with sarcoidosis, stage II."),
     {LN, NOD, FIB}),
    ("eab-19", "en",
     ("CT abdomen/pelvis without contrast (renal stone protocol), lung bases included.\n"
     "Lung bases: Paraseptal emphysema. A 4 mm nodule in the right lower lobe. No pleural effusion.\n"
     "Kidneys: 6 mm obstructing calculus at the left ureterovesical junction with moderate left "
     "hydronephrosis and perinephric stranding. Several nonobstructing right renal calculi. Simple cyst "
     "of the right kidney.\n"
     "Other: Small hiatal hernia. Vascular calcifications in the abdominal aorta, iliac and splenic "
     "arteries. Phleboliths in the pelvis. No enlarged lymph nodes. No free fluid."),
     {EMP, NOD, HH, AWC}),
    ("eab-20", "en",
     ("Trachea and main bronchi are patent. There is a 9 mm solid nodule in the left upper lobe. "
     "Early consolidation in the posterior basal segment of the right lower lobe cannot be excluded. "
     "No pleural effusion. The mediastinal lymph nodes are not pathologically enlarged. The heart is of "
     "normal size. There is no pericardial effusion. Atherosclerotic calcification of the descending "
     "thoracic aorta. Within the scanned upper abdomen, the liver has a few hypodense lesions compatible "
     "with cysts; there is a 1.2 cm right adrenal nodule. A gallstone is present."),
     {NOD, CON, AWC}),
    ("eab-21", "en",
     ("CT chest/abdomen/pelvis with contrast.\n"
     "Abdomen: Periaortic soft tissue mantle surrounding the infrarenal aorta and common iliac arteries, "
     "consistent with retroperitoneal fibrosis, causing mild bilateral hydronephrosis. Bilateral "
     "nephrostomy tubes in place. No discrete retroperitoneal lymphadenopathy. Calcification of the "
     "abdominal aorta.\n"
     "Chest: The lungs are clear; no pulmonary fibrosis, nodules or opacities. No pleural effusion. "
     "Heart normal in size. No coronary artery calcification. No mediastinal lymphadenopathy.\n"
     "Impression: Retroperitoneal fibrosis with obstructive uropathy, decompressed with nephrostomy "
     "tubes."),
     {MM, AWC}),
    ("eab-22", "en",
     ("Findings: Left renal cortical scarring and atrophy, likely post-pyelonephritic. Right kidney "
     "normal. Liver and spleen unremarkable. No lymphadenopathy. Aorta normal in caliber with scattered "
     "calcified plaque. Lungs: no nodules, no scarring, no atelectasis. No pleural effusion. Heart "
     "normal. No hiatal hernia."),
     {AWC}),
    ("eab-23", "en",
     ("CT chest and abdomen. Biapical pleuroparenchymal scarring and fibrotic strands in the right upper "
     "lobe, likely post-infectious sequelae. Calcified granulomas in the liver and spleen, suggesting "
     "prior granulomatous infection. No pulmonary nodules. No lung consolidation. Mild cylindrical "
     "bronchiectasis in the middle lobe. No pleural effusion. No enlarged lymph nodes. Normal heart "
     "size; no pericardial effusion. Mild calcification of the abdominal aorta. Kidneys: bilateral small "
     "cortical cysts."),
     {FIB, BRX, AWC}),
    ("eab-24", "en",
     ("CT CHEST/ABDOMEN/PELVIS\n"
     "Clinical information: ovarian carcinoma, CA-125 rising.\n"
     "Large-volume ascites with omental caking and peritoneal nodularity, consistent with peritoneal "
     "carcinomatosis. Bilateral complex adnexal masses. Enlarged pelvic and para-aortic lymph nodes. "
     "Chest: no pleural effusion. No pulmonary nodules. Bilateral lower lobe compressive atelectasis "
     "from elevated hemidiaphragms. Enlarged cardiophrenic lymph nodes. Left-sided port catheter with "
     "tip in the SVC.\n"
     "Impression: Peritoneal carcinomatosis with large-volume ascites and nodal metastases."),
     {LN, ATL, MM}),
    ("eab-25", "en",
     ("CT chest, abdomen and pelvis with contrast for abdominal pain.\n"
     "LUNGS: Moderate centrilobular emphysema. Bibasilar subsegmental atelectasis. No consolidation. "
     "No nodules.\n"
     "PLEURA: No effusion.\n"
     "HEART AND GREAT VESSELS: Mild cardiomegaly. Dense three-vessel coronary calcification. Calcified "
     "plaque along the aortic arch and descending aorta.\n"
     "ABDOMEN: Small bowel obstruction with transition point in the right lower quadrant, likely "
     "adhesive. Small amount of ascites. Gallbladder surgically absent with clips. Atrophic pancreas.\n"
     "VESSELS: Extensive calcification involving the abdominal aorta and the iliacs, no aneurysm.\n"
     "LYMPH NODES: Few prominent but not enlarged mesenteric lymph nodes.\n"
     "IMPRESSION: Small bowel obstruction."),
     {EMP, ATL, CM, CAC, AWC, MM}),
    ("eab-26", "en",
     ("CT chest high-resolution with expiratory images, upper abdomen included.\n"
     "Diffuse patchy ground-glass opacities in both lungs with lobular areas of decreased attenuation "
     "and mosaic attenuation, accentuated on expiration, suggesting air trapping. No fibrosis, no "
     "honeycombing. No bronchiectasis or bronchial wall thickening. No interlobular septal thickening. "
     "No pleural effusion. No mediastinal lymphadenopathy. Heart normal. Upper abdomen: hepatomegaly "
     "with diffuse fatty infiltration. No ascites.\n"
     "Impression: Findings suggestive of subacute hypersensitivity pneumonitis."),
     {MOS, OPA}),
    ("eab-27", "en",
     ("CT pulmonary angiogram with venous phase through the abdomen and pelvis.\n"
     "Filling defects in the right lower lobe segmental arteries, consistent with acute pulmonary "
     "embolism. Peripheral wedge-shaped consolidation in the right lower lobe, likely pulmonary "
     "infarct. Small right pleural effusion. The heart is not enlarged; RV/LV ratio normal. Thrombus in "
     "the left common femoral and external iliac veins. An infrarenal IVC filter is in place. No "
     "lymphadenopathy. Liver and spleen normal. Calcification in the iliac arteries."),
     {CON, PE, MM, AWC}),
    ("eab-28", "en",
     ("Thorax: No evidence of pulmonary infiltrates. No pleural effusions. No suspicious intrapulmonary "
     "nodules. Mediastinal and hilar lymph nodes not enlarged. Heart size normal. Coronary sclerosis "
     "with calcifications of the LAD.\n"
     "Abdomen: Liver normal in size with homogeneous parenchyma. Multiple gallbladder stones without "
     "signs of cholecystitis. Pancreas and spleen unremarkable. Adrenal glands slim. Kidneys with small "
     "cortical cysts on both sides. No free intra-abdominal fluid. No enlarged retroperitoneal lymph "
     "nodes. Moderate arteriosclerosis of the abdominal aorta with calcified plaques.\n"
     "Skeleton: Osteochondrosis of the lumbar spine. No osteolytic or osteoblastic lesions.\n"
     "Assessment: No evidence of tumour manifestation in the chest and abdomen. Cholecystolithiasis."),
     {CAC, AWC}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("eab-29", "en",
     ("CT chest, abdomen and pelvis for staging of a right upper lobe mass.\n"
     "There is a 4.2 cm spiculated mass in the right upper lobe abutting the mediastinal pleura, with "
     "distal obstructive atelectasis. Enlarged right hilar and ipsilateral paratracheal lymph nodes. "
     "Small right pleural effusion. Bilateral adrenal nodules measuring 2.1 cm on the right and 1.8 cm "
     "on the left, suspicious for metastases. Several hypodense liver lesions, indeterminate. Lytic "
     "lesion in the T10 vertebral body. No ascites. No pericardial effusion. Upper lobe predominant "
     "centrilobular emphysema.\n"
     "Impression: Right upper lobe lung cancer with nodal, adrenal and osseous metastases."),
     {ATL, LN, PE, EMP}),
    ("eab-30", "en",
     ("Small bilateral pleural effusions, no pericardial effusion. No lung nodules. Upper abdomen: trace "
     "perihepatic ascites and a nodular cirrhotic liver; the spleen is enlarged. Gastroesophageal "
     "varices. Small hiatal hernia suspected."),
     {PE, HH}),
    ("eab-31", "en",
     ("CT abdomen/pelvis with visualized lower chest.\n"
     "There is large-volume ascites. No pleural effusion in the visualized lower chest. No dependent "
     "atelectasis. The liver is shrunken and nodular. Recanalized paraumbilical vein. TIPS stent in "
     "place traversing from the right hepatic vein to the right portal vein, patent. Splenomegaly. "
     "Mesenteric edema. No lymphadenopathy. No arterial calcification.\n"
     "IMPRESSION: Cirrhosis with large-volume ascites. Patent TIPS."),
     {MM}),
    ("eab-32", "en",
     ("Impression:\n"
     "1. A 1.1 cm right retrocrural lymph node, borderline enlarged; early lymphadenopathy cannot be "
     "excluded.\n"
     "2. Mild diffuse bronchial wall thickening with mosaic attenuation in the lower lobes, which may "
     "reflect small airways disease.\n"
     "3. Left renal angiomyolipoma.\n"
     "4. No pulmonary nodule, consolidation or pleural effusion.\n"
     "5. Extensive aortoiliac calcified atherosclerosis.\n"
     "6. Small fat-containing left inguinal hernia. No hiatal hernia."),
     {LN, PBT, MOS, AWC}),
    ("eab-33", "en",
     ("CT chest and abdomen after Ivor Lewis esophagectomy.\n"
     "Gastric pull-through in the posterior mediastinum with surgical staple line intact. No "
     "anastomotic leak. Jejunostomy feeding tube in the left upper quadrant. Dependent atelectasis in "
     "both lower lobes. Small left pleural effusion. Patchy opacities in the right lower lobe, "
     "concerning for aspiration. No enlarged mediastinal or upper abdominal lymph nodes. The liver has "
     "no metastases. Normal heart size. No pericardial effusion."),
     {MM, ATL, PE, OPA}),
    ("eab-34", "en",
     ("Findings: Diffuse pericardial thickening up to 6 mm with pericardial calcifications, in keeping "
     "with constrictive pericarditis. Dilated IVC and hepatic veins. Bilateral pleural effusions. Mild "
     "ascites. The lungs are otherwise clear; no nodules, consolidation or interlobular septal "
     "thickening. Heart size is normal. No coronary calcification. No lymphadenopathy."),
     {PCE, PE}),
    ("eab-35", "en",
     ("CT chest/abdomen/pelvis, follow-up after treatment of pneumonia and liver abscess.\n"
     "The previously seen right lower lobe consolidation has completely resolved. The right pleural "
     "effusion has also resolved. Minimal residual linear scarring in the right lower lobe. The liver "
     "abscess in segment VI has decreased to 1.5 cm; the percutaneous drainage catheter has been "
     "removed. No new lung nodules. No lymphadenopathy. Heart normal."),
     {FIB}),
    ("eab-36", "en",
     ("CT ABDOMEN AND PELVIS WITH IV CONTRAST\n"
     "Lower chest: Minimal bibasilar interlobular septal thickening. No pleural effusion. The heart is "
     "mildly enlarged. Small pericardial effusion.\n"
     "Abdomen: Long-segment wall thickening of the descending and sigmoid colon with pericolic "
     "stranding, consistent with colitis. Small volume ascites. Enlarged ileocolic lymph nodes, likely "
     "reactive. Liver with a subcentimeter hypodensity too small to characterize. Small hiatal hernia. "
     "Gallbladder normal.\n"
     "Vessels: Calcification of the superior mesenteric artery origin and abdominal aorta."),
     {IST, CM, PCE, LN, HH, AWC}),
    ("eab-37", "en",
     ("CT chest in a patient with systemic sclerosis, upper abdomen included.\n"
     "Basal-predominant fine reticulation and ground-glass opacity with traction bronchiolectasis and "
     "subpleural sparing, consistent with fibrotic nonspecific interstitial pneumonia. No honeycombing. "
     "No mosaic attenuation. The esophagus is markedly dilated and fluid-filled. No hiatal hernia. "
     "Small mediastinal lymph nodes, not enlarged. Pulmonary trunk dilated to 34 mm. No pericardial "
     "effusion. No pleural effusion. Calcinosis in the subcutaneous soft tissues. Upper abdomen "
     "unremarkable.\n"
     "Impression: Fibrotic NSIP pattern."),
     {OPA, BRX, FIB}),
    ("eab-38", "en",
     ("CT chest/abdomen/pelvis in a renal transplant recipient with fever.\n"
     "Transplant kidney in the right iliac fossa with a ureteral stent. Native kidneys are atrophic with "
     "multiple cysts. Calcified iliac arteries. No perinephric collection. Lungs: patchy consolidation "
     "in the left lower lobe and lingula, with surrounding ground-glass opacity. No nodules. No "
     "cavitation. No pleural effusion. Normal heart size. No lymphadenopathy. No ascites."),
     {MM, AWC, CON, OPA}),
    ("eab-39", "en",
     ("CT PANCREAS PROTOCOL WITH CHEST\n"
     "Chest: Tiny 3 mm pulmonary nodules in the left lower lobe, nonspecific. No pleural effusion. No "
     "emphysema.\n"
     "Abdomen: 3 cm hypoenhancing mass in the pancreatic head with upstream pancreatic duct dilatation "
     "and a common bile duct stent. Encasement of the superior mesenteric artery. Enlarged "
     "peripancreatic lymph nodes. Several hypodense liver lesions suspicious for metastases. No "
     "ascites. Mild calcified plaque at the aortic bifurcation.\n"
     "IMPRESSION: Locally advanced pancreatic adenocarcinoma with probable hepatic metastases."),
     {NOD, MM, LN, AWC}),
    ("eab-40", "en",
     ("Computed tomography of chest and abdomen after IV contrast. Compared with the examination of 12 "
     "months ago. Linear changes in the left lower lobe, probably atelectasis, unchanged. No new "
     "pulmonary nodules. No pleural effusions. No enlarged lymph nodes, thoracic or abdominal. Heart "
     "not enlarged. Liver: known cyst in segment II, unchanged at 2 cm. Adrenal glands: known left "
     "adrenal adenoma, stable. Kidneys: small stone in the right kidney. Urinary bladder normal. Aorta "
     "without calcifications. Small hernia of the stomach through the hiatus.\n"
     "Conclusion: Findings unchanged from the prior study."),
     {ATL, HH}),
    ("eab-41", "en",
     ("CT chest and abdomen without contrast, end-stage renal disease.\n"
     "Tunneled right internal jugular hemodialysis catheter with tip in the right atrium. Cardiomegaly "
     "with moderate pericardial effusion. Extensive vascular calcification of the thoracic and "
     "abdominal aorta, coronary arteries and visceral arteries. Bilateral small pleural effusions. "
     "Smooth interlobular septal thickening bilaterally, suggesting fluid overload. Small atrophic "
     "kidneys with multiple cysts. Small amount of ascites. No lymphadenopathy. No lung nodules."),
     {MM, CM, PCE, AWC, CAC, PE, IST}),
    ("eab-42", "en",
     ("CT chest, abdomen and pelvis for multiple myeloma.\n"
     "Innumerable small lytic lesions throughout the axial skeleton. Posterior spinal fusion hardware "
     "from T8 to L1 with vertebral augmentation cement at T12. No extraosseous soft tissue mass. Lungs "
     "are clear. No pleural effusion. No lymphadenopathy. Heart normal size. Mild splenomegaly. The "
     "kidneys are normal. No hiatal hernia."),
     {MM}),
    ("eab-43", "en",
     ("CT chest and upper abdomen, adult cystic fibrosis.\n"
     "Extensive bilateral upper lobe predominant cylindrical and varicose bronchiectasis with bronchial "
     "wall thickening and mucus plugging. Mosaic attenuation of the lung parenchyma. Small scattered "
     "centrilobular nodules. No consolidation. No pleural effusion. Enlarged reactive hilar lymph nodes. "
     "Upper abdomen: fatty replacement of the pancreas; cholelithiasis; no biliary dilatation. "
     "Right-sided PICC line with tip in the SVC."),
     {BRX, PBT, MOS, NOD, LN, MM}),
    ("eab-44", "en",
     ("Findings:\n"
     "LUNGS: Clear. No pulmonary nodule, mass, or consolidation. No emphysema.\n"
     "PLEURA: No pleural effusion or pneumothorax.\n"
     "HEART: Normal size. No pericardial effusion.\n"
     "THYROID: Multinodular goiter with substernal extension.\n"
     "BREAST: 1.4 cm nodule in the left breast.\n"
     "GI TRACT: Moderate sliding hiatal hernia.\n"
     "LIVER: Multiple hypodense cysts, the largest 3 cm.\n"
     "ADRENALS: 2 cm right adrenal nodule, indeterminate.\n"
     "KIDNEYS: 2 cm exophytic right renal cyst. 5 mm calculus in the left kidney.\n"
     "SPLEEN: Several calcified granulomas.\n"
     "ABDOMINAL WALL: Small periumbilical hernia.\n"
     "PELVIS: Moderate volume free fluid in the pelvis.\n"
     "VESSELS: No atherosclerotic calcification.\n"
     "LYMPH NODES: Subcentimeter retroperitoneal lymph nodes."),
     {HH}),
    ("eab-45", "en",
     ("CLINICAL HISTORY: 72-year-old former smoker, history of tuberculosis, rule out pneumonia.\n"
     "TECHNIQUE: Contiguous axial images through the chest, abdomen and pelvis after IV contrast.\n"
     "FINDINGS: Fibrotic scarring with traction bronchiectasis in the right upper lobe, compatible with "
     "old tuberculosis. No acute airspace consolidation. No pulmonary nodule. Calcified, non-enlarged "
     "right hilar lymph nodes. No pleural effusion. The heart is normal in size. Mild coronary artery "
     "calcifications. The liver and spleen contain several calcified granulomas. Both adrenal glands "
     "are normal. There is a 1.8 cm left renal cyst. Enlarged aortocaval lymph node measuring 1.6 cm "
     "in short axis, indeterminate. Moderate calcification of the abdominal aorta and common iliac "
     "arteries. Degenerative changes of the lumbar spine.\n"
     "IMPRESSION: 1. Sequelae of prior tuberculosis in the right upper lobe. 2. No pneumonia. "
     "3. Enlarged aortocaval lymph node, indeterminate."),
     {FIB, BRX, CAC, LN, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eab-06", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
    ("eab-07", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
    ("eab-44", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
