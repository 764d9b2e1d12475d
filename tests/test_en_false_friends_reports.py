"""Probe: English chest(-abdomen) CT reports crowded with "false friends", words that look like one
of the 18 CT-RATE findings but are not (subcutaneous/mediastinal emphysema, emphysematous
cholecystitis and pyelonephritis, thyroid/hepatic/adrenal/renal/breast nodules, splenic and hepatic
calcified granulomas, renal and gallbladder stones, pancreatic/breast/costal cartilage calcification,
ascites, joint effusion, biliary/pancreatic duct and bowel dilatation, gallbladder/esophageal/gastric
wall thickening, pleural thickening and calcified plaques, non-hiatal hernias, hepatosplenomegaly,
goitre, enlarged pulmonary artery, myocardial fat, interatrial lipomatous hypertrophy, vertebral
sclerosis and bone islands, elevated hemidiaphragm, pneumothorax, fracture consolidation, fatty
infiltration, fat stranding and other non-lung "density"/"opacity" words), set next to 1-4 real
findings and several explicit denials. US/UK and CT-RATE (Turkish-English) styles. The reports were
written for this file without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1
when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT,
                      PCE, PE, probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("eff-01", "en",
     "A left-sided thoracostomy tube is in place with its tip projecting at the apex. Subcutaneous "
     "emphysema is seen along the left lateral chest wall, extending into the axillary soft tissues. "
     "A small residual apical pneumothorax persists on the left. Passive atelectasis is observed in "
     "the posterior basal segment of the left lower lobe. No emphysematous change is seen in the lung "
     "parenchyma. No pleural effusion. No nodule or mass was detected in either lung. The "
     "main mediastinal vessels and the heart are of normal size. No lymph node of pathological size was "
     "detected in the mediastinum.",
     {MM, ATL}),
    ("eff-02", "en",
     "FINDINGS: Pneumomediastinum with gas tracking along the paratracheal and periesophageal planes "
     "and extending superiorly into the soft tissues of the neck. No pneumothorax. The distal "
     "esophageal wall appears mildly thickened; no hiatal hernia. Heart size is normal and there is no "
     "pericardial effusion. Lungs: a few subpleural micronodules in the right upper lobe, the largest "
     "3 mm. No pulmonary emphysema. No consolidation. Minimal left pleural effusion. "
     "IMPRESSION: Pneumomediastinum, likely after forceful vomiting; esophagography is suggested.",
     {NOD, PE}),
    ("eff-03", "en",
     "Mediastinal emphysema is noted surrounding the trachea and the great vessels, probably related "
     "to the recent difficult intubation. The endotracheal tube terminates 4 cm above the carina and "
     "a nasogastric tube courses into the stomach. Dependent consolidation with air bronchograms is "
     "present in both lower lobes, with surrounding ground-glass opacity. There are no bullae and no "
     "emphysematous destruction of the lung parenchyma. No pleural effusion. The heart is not "
     "enlarged.",
     {MM, CON, OPA}),
    ("eff-04", "en",
     "CT chest, abdomen and pelvis with contrast. The gallbladder is distended, with gas within its "
     "wall and lumen, consistent with emphysematous cholecystitis. There is gallbladder wall "
     "thickening with pericholecystic fat stranding, and several gallstones are present. Lung bases: "
     "bibasilar linear atelectasis and a small right pleural effusion. No pulmonary emphysema. Heart "
     "size normal. No hiatal hernia. No enlarged lymph nodes.",
     {ATL, PE}),
    ("eff-05", "en",
     "Abdomen: gas is present within the left renal parenchyma with perinephric fat stranding and "
     "increased density of the perirenal fat, in keeping with emphysematous pyelonephritis. An 8 mm "
     "calculus is seen in the left renal pelvis. Thorax: centrilobular emphysema in both upper lobes. "
     "Calcification of the left anterior descending coronary artery. No pleural effusion. No "
     "consolidation. No mediastinal or hilar lymphadenopathy.",
     {EMP, CAC}),
    ("eff-06", "en",
     "The right lobe of the thyroid gland contains a 14 mm hypodense nodule; the gland is otherwise "
     "normal in size. A 5 mm solid pulmonary nodule is present in the superior segment of the left "
     "lower lobe. Atherosclerotic calcification of the aortic arch. No mediastinal or hilar "
     "lymphadenopathy. No pleural or pericardial effusion. No atelectasis or consolidation. "
     "Recommend thyroid ultrasound for the thyroid nodule.",
     {NOD, AWC}),
    ("eff-07", "en",
     "Multiple hypodense nodules are seen in the liver, the largest measuring 12 mm in segment VII, "
     "suspicious for metastases. A 15 mm left adrenal nodule with low attenuation, likely a lipid-rich "
     "adenoma. Enlarged right paratracheal and subcarinal lymph nodes, up to 18 mm in short axis. "
     "Median sternotomy wires are intact. No pulmonary nodule is identified. No pleural effusion. No "
     "pericardial effusion.",
     {LN, MM}),
    ("eff-08", "en",
     "In the upper abdomen covered by the scan, a 9 mm exophytic hyperdense nodule "
     "is seen in the upper pole of the right kidney. Nodular thickening of the left adrenal gland was "
     "observed. In the lung parenchyma window, ground glass opacities are present in both lower lobes "
     "accompanied by interlobular septal thickening. No consolidation. No pleural effusion was "
     "detected. No nodule was detected in the lung parenchyma. Trachea and both main bronchi are "
     "patent.",
     {OPA, IST}),
    ("eff-09", "en",
     "Multiple punctate calcified granulomas are present in the spleen, and a few calcified granulomas "
     "are also seen in the liver. The lungs show no calcified or noncalcified pulmonary nodules. The "
     "heart is enlarged. A small pericardial effusion is present. No pleural effusion. No emphysema. "
     "No mediastinal lymphadenopathy.",
     {CM, PCE}),
    ("eff-10", "en",
     "A 4 mm calcified granuloma is present in the right middle lobe. Additional calcified granulomas "
     "are seen in the spleen and a calcified focus in the right hepatic lobe, consistent with prior "
     "granulomatous infection. Mild bronchial wall thickening in both lower lobes. No lymphadenopathy. "
     "No pleural effusion. No consolidation or atelectasis.",
     {NOD, PBT}),
    ("eff-11", "en",
     "Bilateral non-obstructing renal calculi, the largest 6 mm in the left lower pole. Cholelithiasis "
     "without gallbladder wall thickening. Subsegmental atelectasis in the right lower lobe. Mild "
     "cylindrical bronchiectasis in both lower lobes. No pulmonary nodules. No pleural effusion. Heart "
     "size normal.",
     {ATL, BRX}),
    ("eff-12", "en",
     "Coarse calcifications throughout the pancreatic parenchyma with dilatation of the main "
     "pancreatic duct to 6 mm, consistent with chronic calcific pancreatitis. Calcified atherosclerotic "
     "plaque in the abdominal aorta and splenic artery. Paraseptal emphysema at both lung apices. No "
     "coronary artery calcification. No pleural effusion. No pulmonary nodule.",
     {AWC, EMP}),
    ("eff-13", "en",
     "Coarse, benign-appearing calcifications are present in the left breast. A 10 mm nodule in the "
     "upper outer quadrant of the right breast; correlation with mammography is recommended. The right "
     "axillary lymph nodes are enlarged, the largest 22 mm. A right subclavian port catheter terminates "
     "at the cavoatrial junction. No pulmonary nodules. No pleural or pericardial effusion.",
     {LN, MM}),
    ("eff-14", "en",
     "There is degenerative calcification of the costal cartilages, with mild thoracic spondylosis. "
     "Minor fibrotic scarring is present at the right lung apex. There is no emphysema and no "
     "pulmonary nodule. The heart is of normal size. The thoracic aorta is of normal calibre without "
     "mural calcification. Coronary artery calcification is noted in the LAD and circumflex "
     "territories. No pleural effusion.",
     {FIB, CAC}),
    ("eff-15", "en",
     "Moderate ascites in the perihepatic and perisplenic spaces and in the pelvis. The liver surface "
     "is nodular, consistent with cirrhosis, and the spleen is enlarged at 15 cm. A TIPS stent is in "
     "place and appears patent. Paraesophageal varices. No pleural effusion. Bibasilar subsegmental "
     "atelectasis. No pulmonary nodule. No hiatal hernia.",
     {ATL, MM}),
    ("eff-16", "en",
     "There is moderate intrahepatic biliary ductal dilatation and the common bile duct measures "
     "11 mm; no biliary stent is present. In the chest, peribronchial thickening and patchy "
     "ground-glass opacities are seen in the right lower lobe, likely infectious. No bronchiectasis. "
     "No pleural effusion. No lymphadenopathy.",
     {PBT, OPA}),
    ("eff-17", "en",
     "Dilated small bowel loops up to 3.5 cm with air-fluid levels, with a transition point at a "
     "lower abdominal incisional hernia. The herniated loop shows wall thickening. There is no hiatal "
     "hernia. Bilateral small pleural effusions with adjacent compressive atelectasis. No "
     "bronchiectasis. No consolidation.",
     {PE, ATL}),
    ("eff-18", "en",
     "Circumferential wall thickening of the distal thoracic esophagus up to 12 mm, suspicious for "
     "neoplasm, extending to the gastric cardia with gastric wall thickening. An enlarged "
     "paraesophageal lymph node measures 14 mm. A hiatal hernia is not seen. Several micronodules, "
     "the largest 4 mm, are present in the right lung. No bronchial wall thickening. No pleural "
     "effusion.",
     {LN, NOD}),
    ("eff-19", "en",
     "Diffuse wall thickening of the gastric antrum, endoscopic correlation advised. A small sliding "
     "hiatal hernia is present. Smooth pleural thickening at the left lung base without pleural "
     "effusion. Fibrotic bands are seen in the left lower lobe. No consolidation. No lymphadenopathy. "
     "Heart size normal.",
     {FIB, HH}),
    ("eff-20", "en",
     "Bilateral calcified pleural plaques along the diaphragmatic and posterolateral pleura, "
     "consistent with prior asbestos exposure. Diffuse pleural thickening on the right without pleural "
     "fluid. Subpleural reticulation with interlobular septal thickening in both lower lobes; early "
     "asbestosis is possible. Rounded atelectasis adjacent to a plaque in the right lower lobe. No "
     "honeycombing and no traction bronchiectasis. No pleural effusion. No mediastinal "
     "lymphadenopathy.",
     {FIB, IST, ATL}),
    ("eff-21", "en",
     "Fat-containing umbilical hernia. A right inguinal hernia contains a loop of sigmoid colon without "
     "obstruction. Consolidation with air bronchograms in both lower lobes, with surrounding "
     "ground-glass opacity. Coronary artery stents are seen in the LAD. No hiatal hernia. No pleural "
     "effusion. The heart is not enlarged.",
     {CON, OPA, MM}),
    ("eff-22", "en",
     "A small left posterior Bochdalek hernia containing retroperitoneal fat. Linear atelectasis is "
     "present at the left lung base adjacent to the hernia. Mild cardiomegaly. No pericardial "
     "effusion. No hiatal hernia. No pleural effusion. No emphysema.",
     {CM, ATL}),
    ("eff-23", "en",
     "A right anterior cardiophrenic Morgagni hernia containing omental fat and a segment of "
     "transverse colon. The heart is enlarged. Smooth interlobular septal thickening and peribronchial "
     "cuffing in both lungs, in keeping with interstitial pulmonary edema. Small bilateral pleural "
     "effusions. No consolidation. No hiatal hernia.",
     {CM, IST, PBT, PE}),
    ("eff-24", "en",
     "Hepatosplenomegaly, the liver measuring 20 cm and the spleen 16 cm in craniocaudal length. "
     "Multiple enlarged retroperitoneal and mesenteric lymph nodes, the largest 3 cm, suggestive of "
     "lymphoma. The heart size is normal, with no cardiomegaly. A mild pericardial effusion is present. "
     "No pulmonary nodule. No consolidation. No pleural effusion.",
     {LN, PCE}),
    ("eff-25", "en",
     "The thyroid gland is diffusely enlarged, with a multinodular goitre extending retrosternally and "
     "causing mild tracheal deviation to the right. No cervical or mediastinal lymphadenopathy. "
     "Calcified plaques in the aortic arch. A mosaic attenuation pattern is seen in both lungs, "
     "compatible with air trapping. No pulmonary nodule. No bronchiectasis. No pleural effusion.",
     {AWC, MOS}),
    ("eff-26", "en",
     "The main pulmonary artery is dilated to 34 mm, suggesting pulmonary hypertension. Heart size is "
     "within normal limits and the cardiothoracic ratio is normal. Mosaic attenuation of the lung "
     "parenchyma. Bronchiectasis in the right middle lobe. No pericardial effusion. No pleural "
     "effusion. No consolidation.",
     {MOS, BRX}),
    ("eff-27", "en",
     "Fat attenuation is seen in the subendocardial myocardium of the left ventricular apex, "
     "consistent with prior infarction. Lipomatous hypertrophy of the interatrial septum. Calcification "
     "of the LAD and right coronary artery. A dual-chamber pacemaker with leads in the right atrium "
     "and right ventricle. The heart is not enlarged. No pericardial effusion. No interlobular septal "
     "thickening. No pleural effusion.",
     {CAC, MM}),
    ("eff-28", "en",
     "A 9 mm sclerotic density in the T8 vertebral body, consistent with a bone island. Degenerative "
     "endplate sclerosis in the lower thoracic spine. No lytic-destructive lesion. Patchy ground-glass "
     "opacity in the lingula. Atherosclerotic calcification of the descending thoracic aorta. No "
     "pulmonary nodule. No consolidation. No lymphadenopathy.",
     {OPA, AWC}),
    ("eff-29", "en",
     "Multiple sclerotic foci in the thoracic vertebrae and the ribs, suspicious for osteoblastic "
     "metastases given the history of prostate carcinoma; the increased density in the T10 vertebral "
     "body is the largest. Mediastinal lymph nodes are not enlarged. Bilateral pleural effusions with "
     "passive atelectasis of both lower lobes. No pulmonary nodules. No pericardial effusion.",
     {PE, ATL}),
    ("eff-30", "en",
     "The left hemidiaphragm is elevated, with no associated atelectasis. A small hiatal hernia is "
     "present. Coronary artery calcification in the LAD. No pleural effusion. No consolidation. No "
     "pulmonary nodule. Heart size normal.",
     {CAC, HH}),
    ("eff-31", "en",
     "Large right pneumothorax with partial collapse of the right lung. Subcutaneous emphysema in the "
     "right chest wall. Several apical bullae in the right upper lobe. No chest tube is in place. No "
     "pleural effusion or hydropneumothorax. No mediastinal shift. The left lung is clear.",
     {ATL, EMP}),
    ("eff-32", "en",
     "Increased density of the mesenteric fat around the mesenteric root, with a few mesenteric lymph "
     "nodes that are not enlarged by size criteria. Fat stranding around the sigmoid colon with "
     "diverticula, consistent with acute diverticulitis. Lung bases: interlobular septal thickening "
     "and trace bilateral pleural effusions. No consolidation. No ground-glass opacity.",
     {IST, PE}),
    ("eff-33", "en",
     "A hyperdense opacity in the gallbladder lumen represents vicarious excretion of contrast medium. "
     "A soft-tissue density in the left axilla is consistent with a postoperative seroma. "
     "Consolidation in the left lower lobe with surrounding ground-glass opacity. Small left pleural "
     "effusion. No lymphadenopathy. No cardiomegaly.",
     {CON, OPA, PE}),
    ("eff-34", "en",
     "Diffuse fatty infiltration of the liver with focal fatty sparing adjacent to the gallbladder "
     "fossa. Fatty infiltration of the pancreas. Centrilobular emphysema in both upper lobes. Bronchial "
     "wall thickening. No pulmonary infiltrate or consolidation. No pleural effusion. No "
     "lymphadenopathy.",
     {EMP, PBT}),
    ("eff-35", "en",
     "Healing fractures of the right fifth to seventh ribs with callus formation; consolidation of the "
     "fracture lines is not yet complete. Plate and screw fixation of the left clavicle. Ground glass "
     "opacity in the right lower lobe, likely pulmonary contusion. The previously described "
     "pneumothorax has resolved. No pleural effusion or hemothorax. No parenchymal consolidation.",
     {MM, OPA}),
    ("eff-36", "en",
     "Moderate effusion in the right glenohumeral joint, with fluid in the subacromial bursa. The "
     "heart is enlarged. Pericardial effusion measuring 8 mm. No pleural effusion. No lymphadenopathy. "
     "No pulmonary nodules.",
     {CM, PCE}),
    ("eff-37", "en",
     "Postoperative scar tissue and a seroma in the right breast after lumpectomy, with surgical clips "
     "in the lumpectomy bed. Skin thickening of the right breast, likely post-radiation. No radiation "
     "fibrosis in the right upper lobe. A stable 4 mm nodule in the left lower lobe. No pleural "
     "effusion. No axillary lymphadenopathy.",
     {MM, NOD}),
    ("eff-38", "en",
     "Periaortic soft tissue rind encasing the infrarenal aorta, consistent with retroperitoneal "
     "fibrosis. Calcification of the aortic wall. Bilateral double-J ureteral stents. No fibrotic "
     "changes in the lungs. No pleural effusion. No lymphadenopathy. No pulmonary nodules.",
     {AWC, MM}),
    ("eff-39", "en",
     "A tracheostomy cannula is in place. Subcutaneous emphysema in the anterior neck soft tissues. "
     "Bilateral lower lobe consolidations and ground-glass opacities, consistent with aspiration. No "
     "pulmonary emphysema. No pleural effusion. No pericardial effusion.",
     {MM, CON, OPA}),
    ("eff-40", "en",
     "Both thyroid lobes are enlarged and heterogeneous with multiple nodules, the largest 2 cm in the "
     "left lobe. The thoracic aorta has a normal calibre. The heart is of normal size and contour, "
     "without pericardial effusion or thickening. The thoracic esophagus has a normal calibre and no "
     "tumoral wall thickening. Mediastinal and hilar nodes are not enlarged and look benign. On the "
     "lung window, fibrotic sequelae are seen at both lung apices. Mild "
     "bronchiectatic changes in the right lower lobe. No pleural effusion. Below the diaphragm the "
     "liver is of low attenuation, in keeping with fatty infiltration. A 1 cm "
     "stone is present in the gallbladder lumen. Degenerative changes and a hemangioma in the T11 "
     "vertebra.",
     {FIB, BRX}),
    ("eff-41", "en",
     "The aortic arch carries calcified atheroma plaques. Calcific plaques are seen in the "
     "coronary arteries. Calcification in the costochondral junctions. A calcified granuloma in the "
     "spleen. A hypodense lesion in the left renal cortex, consistent with a cyst. Bilateral "
     "gynecomastia. No nodular lesion was detected in either lung. No pleural effusion. No "
     "lymphadenopathy.",
     {AWC, CAC}),
    ("eff-42", "en",
     "Umbilical hernia containing omental fat. Splenomegaly. Hiatal hernia was not observed. "
     "Millimetric nonspecific nodules are seen in both lungs. Subsegmental atelectasis in the lingula. "
     "No pleural effusion. No pericardial effusion. No consolidation.",
     {NOD, ATL}),
    ("eff-43", "en",
     "The pancreatic duct is dilated to 5 mm, with a hypodense mass in the pancreatic head and "
     "dilatation of the common bile duct (double duct sign). An enlarged portocaval lymph node "
     "measures 2 cm. Multiple bilateral pulmonary nodules up to 9 mm, consistent with metastases. No "
     "bronchiectasis. No pleural effusion. No pericardial effusion.",
     {LN, NOD}),
    ("eff-44", "en",
     "A 2 cm left adrenal nodule and a hyperdense 1 cm lesion in the right kidney, likely a "
     "hemorrhagic cyst. Honeycombing and traction bronchiectasis in both lower lobes, with "
     "interlobular septal thickening. No pleural effusion. No lymphadenopathy. No consolidation.",
     {FIB, BRX, IST}),
    ("eff-45", "en",
     "The esophagus is markedly dilated and fluid-filled, consistent with achalasia. Ground glass "
     "opacities in the right lower lobe, likely aspiration-related. Pleural thickening at the right "
     "apex, without pleural effusion. Mild cardiomegaly. No hiatal hernia. No pulmonary nodule. No "
     "bronchiectasis.",
     {OPA, CM}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
