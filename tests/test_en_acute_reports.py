"""Probe: English CT reports from emergency, ICU and trauma settings and CAP staging scans.

Written the way US/UK/Australian radiologists dictate, not in CT-RATE's translated style:

- CT pulmonary angiograms (RV/LV ratio, "no filling defect", infarcts, effusions, atelectasis)
- trauma scans (pneumothorax, rib fractures, contusion stated as consolidation or ground-glass,
  haemothorax stated as pleural effusion, surgical/subcutaneous emphysema as a trap)
- ICU lines and tubes (ETT, IJ CVC, NG tube, chest drains, Swan-Ganz, IABP, ECMO cannula,
  pacemaker leads, sternotomy wires), devices removed or only recommended
- post-operative chest (lobectomy staple line, CABG, valve prosthesis, mastectomy clips)
- chest-abdomen-pelvis staging with abdominal findings (hepatic lesions, renal cysts, adrenal
  and thyroid nodules, gallstones, calcified splenic granulomas, abdominal aortic calcification,
  retroperitoneal nodes)
- numbered IMPRESSION lists, UK "Nil", "negative for", "no longer visualized", "has been
  removed", "resolved", hedges (possible, probable, suspicious for, cannot be excluded, may
  represent, could reflect, differential includes) and unlikely forms (unlikely, less likely)
- lists sharing one negation and clauses that flip ("No effusion, but there is ...")

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("ea-01", "en",
     ("CT PULMONARY ANGIOGRAM. INDICATION: Pleuritic chest pain, tachycardia, raised D-dimer. "
     "r/o PE. FINDINGS: There are filling defects within the right lower lobe segmental and "
     "subsegmental arteries, in keeping with acute pulmonary emboli. The RV/LV ratio is 0.8; no CT "
     "features of right heart strain. Small right pleural effusion with adjacent passive "
     "atelectasis of the right lower lobe. Peripheral wedge-shaped consolidation in the posterior "
     "basal right lower lobe, likely a pulmonary infarct. No pericardial effusion. Heart size "
     "normal. No mediastinal or hilar lymphadenopathy. IMPRESSION: 1. Acute right lower lobe "
     "segmental and subsegmental pulmonary emboli without right heart strain. 2. Small right "
     "pleural effusion and probable infarct."),
     {PE, ATL, CON}),
    ("ea-02", "en",
     ("CTPA. Clinical: Shortness of breath after a long-haul flight. Technique: Adequate "
     "opacification of the pulmonary arterial tree to subsegmental level. Findings: No filling "
     "defect to suggest pulmonary embolism. The main pulmonary artery is of normal calibre. The "
     "heart is not enlarged and there is no pericardial effusion. No aortic calcification. Lungs: "
     "Mild centrilobular emphysema in the upper lobes. A 4 mm solid nodule in the right middle "
     "lobe (series 4 image 112), likely benign; no follow-up required for a low-risk patient. No "
     "consolidation or ground-glass opacity. No atelectasis. No bronchial wall thickening. No "
     "pleural effusion. Impression: No pulmonary embolism. Incidental mild emphysema and a 4 mm "
     "RML nodule."),
     {EMP, NOD}),
    ("ea-03", "en",
     ("CT CHEST/ABDOMEN/PELVIS WITH CONTRAST - TRAUMA. History: High-speed MVC, seatbelt sign. "
     "Findings: Chest: Moderate left pneumothorax with no mediastinal shift. Acute fractures of the "
     "left 4th to 8th ribs posterolaterally, with a flail segment involving ribs 5-7. Patchy "
     "ground-glass opacity with consolidation in the left lower lobe, consistent with pulmonary "
     "contusion. Small left pleural effusion, likely haemothorax given its high attenuation. No "
     "pneumomediastinum. The thoracic aorta is intact with no evidence of traumatic aortic injury; "
     "no mediastinal haematoma. No pericardial effusion. Abdomen/pelvis: No solid organ injury. No "
     "free fluid. IMPRESSION: 1. Moderate left pneumothorax - recommend chest drain. 2. Left 4-8 "
     "rib fractures with flail segment. 3. Left lower lobe contusion. 4. Small left haemothorax."),
     {OPA, CON, PE}),
    ("ea-04", "en",
     ("CT CHEST WITHOUT CONTRAST. Indication: Intubated patient, worsening oxygenation. Lines and "
     "tubes: ETT tip 3 cm above the carina. Right IJ CVC with tip at the cavoatrial junction. NG "
     "tube coursing into the stomach. Lungs: Bilateral dependent consolidation with air "
     "bronchograms in both lower lobes. Moderate bilateral pleural effusions with compressive "
     "atelectasis. Diffuse ground-glass opacity in the upper lobes. No pneumothorax. Heart: mildly "
     "enlarged. No pericardial effusion. IMPRESSION: 1. Bilateral lower lobe consolidation, may "
     "represent aspiration or pneumonia. 2. Moderate bilateral effusions. 3. Support devices in "
     "satisfactory position."),
     {MM, CON, PE, ATL, OPA, CM}),
    ("ea-05", "en",
     ("CT CHEST WITH CONTRAST. Clinical: Right upper lobectomy for adenocarcinoma 2 years ago. "
     "Surveillance. Comparison: 6 months ago. Findings: Postsurgical changes of right upper "
     "lobectomy with staple line at the right hilum. Stable linear scarring adjacent to the staple "
     "line. No nodule or mass to suggest local recurrence. No new pulmonary nodules. No "
     "mediastinal, hilar or axillary lymphadenopathy. No pleural effusion. Small calcified plaques "
     "in the aortic arch. The heart is normal in size. No coronary artery calcification. "
     "Impression: No evidence of recurrent or metastatic disease."),
     {MM, FIB, AWC}),
    ("ea-06", "en",
     ("CT CHEST, ABDOMEN AND PELVIS WITH IV CONTRAST. Indication: Staging, newly diagnosed "
     "colorectal cancer. Chest: Multiple bilateral pulmonary nodules, the largest 14 mm in the "
     "left lower lobe, highly suspicious for metastases. Enlarged right paratracheal lymph node "
     "measuring 18 mm short axis. No pleural effusion. No pericardial effusion. Abdomen: Several "
     "hypoattenuating hepatic lesions, the largest 2.5 cm in segment 7, concerning for metastases. "
     "Simple cyst in the left kidney. A 1.2 cm left adrenal nodule with attenuation of 8 HU, "
     "consistent with adenoma. Cholelithiasis without cholecystitis. Calcified splenic "
     "granulomas. Extensive abdominal aortic calcification. Pelvis: Circumferential wall "
     "thickening of the sigmoid colon corresponding to the known primary. IMPRESSION: 1. Pulmonary "
     "and hepatic metastases. 2. Right paratracheal lymphadenopathy, likely nodal metastasis. "
     "3. Incidental left adrenal adenoma, renal cyst and cholelithiasis."),
     {NOD, LN, AWC}),
    ("ea-07", "en",
     ("CT CHEST. Indication: Day 3 post CABG, fever. Lines/tubes: Swan-Ganz catheter via the right "
     "IJ with tip in the right main pulmonary artery. Left chest drain in situ. Sternotomy wires "
     "intact. Mediastinal surgical clips. Findings: Small pericardial effusion, expected "
     "post-operatively. Small left pleural effusion with left lower lobe atelectasis. No "
     "consolidation. No pneumothorax. The heart is not enlarged. Dense coronary artery "
     "calcification and stents in the LAD. Impression: Expected postoperative appearances. No "
     "focal collection."),
     {MM, PCE, PE, ATL, CAC}),
    ("ea-08", "en",
     ("CT CHEST WITHOUT CONTRAST. History: Dyspnoea, known heart failure. Findings: Dual-chamber "
     "pacemaker with leads in the right atrium and right ventricle. Marked cardiomegaly. Trace "
     "pericardial fluid. Bilateral pleural effusions, right greater than left. Smooth thickening "
     "of the interlobular septa in both lungs with patchy ground-glass opacity, consistent with pulmonary "
     "oedema. Mildly enlarged mediastinal lymph nodes, likely reactive. Calcification of the "
     "thoracic aorta and of the coronary arteries. Small hiatus hernia. No consolidation. Impression: "
     "1. Cardiomegaly with pulmonary oedema and bilateral effusions. 2. Reactive mediastinal "
     "lymphadenopathy."),
     {MM, CM, PCE, PE, IST, OPA, LN, AWC, CAC, HH}),
    ("ea-09", "en",
     ("CT CHEST. Indication: Fall from standing, left chest wall pain. Findings: No acute rib "
     "fracture. No pneumothorax or haemothorax. No retained foreign body. The lungs are clear, "
     "without consolidation, contusion or nodule. No pleural or pericardial effusion. Heart size "
     "normal. Mediastinum normal; no lymphadenopathy. No hiatal hernia. Impression: No acute "
     "traumatic injury."),
     set()),
    ("ea-10", "en",
     ("CT CHEST. Comparison: CT 10 days ago. Findings: The endotracheal tube and nasogastric tube "
     "have been removed. The left chest drain is no longer visualized. The previously seen right "
     "lower lobe consolidation has resolved. The left pleural effusion has resolved. Residual "
     "linear atelectasis at the left base. No new opacity. Heart not enlarged. Impression: "
     "Interval improvement with resolution of consolidation and effusion."),
     {ATL}),
    ("ea-11", "en",
     ("HRCT CHEST. Indication: Chronic productive cough. Findings: Moderate centrilobular as well as "
     "paraseptal emphysema with upper lobe predominance. Cylindrical bronchiectasis in both lower "
     "lobes with bronchial wall thickening and mucus plugging. Scattered centrilobular ground-glass "
     "opacities in the right lower lobe, suggestive of infective bronchiolitis. No consolidation. "
     "No honeycombing or fibrosis. No pleural effusion. Mosaic attenuation with air trapping on "
     "expiratory images. Impression: 1. Emphysema. 2. Lower lobe bronchiectasis with airway wall "
     "thickening. 3. Mosaic attenuation suggesting small airways disease."),
     {EMP, BRX, PBT, OPA, MOS}),
    ("ea-12", "en",
     ("CT CHEST HIGH RESOLUTION. Findings: Subpleural reticulation with traction bronchiectasis and "
     "honeycombing, basal predominant, in a UIP pattern. No ground-glass opacity. No "
     "consolidation. Mildly enlarged mediastinal lymph nodes up to 12 mm, which are common in "
     "fibrotic lung disease. Small hiatal hernia. No pleural effusion. No emphysema. No coronary "
     "artery calcification. Impression: Usual interstitial pneumonia pattern pulmonary fibrosis. "
     "Mild mediastinal lymphadenopathy."),
     {FIB, BRX, LN, HH}),
    ("ea-13", "en",
     ("CT ANGIOGRAM AORTA. Indication: Tearing chest pain radiating to the back. Findings: Stanford "
     "type B aortic dissection arising just distal to the left subclavian artery and extending to "
     "the infrarenal aorta. Displaced intimal calcification. Moderate atherosclerotic "
     "calcification of the aortic arch and iliac arteries. No pericardial effusion. Periaortic "
     "soft tissue at the level of the arch is more likely haematoma; lymphadenopathy is unlikely. "
     "Small bilateral pleural effusions. Bibasal atelectasis. The heart is enlarged. No pulmonary "
     "nodules. Impression: Acute type B aortic dissection."),
     {AWC, PE, ATL, CM}),
    ("ea-14", "en",
     ("CT CHEST WITH CONTRAST. Indication: Fever, neutropenia. Findings: A 9 mm nodule in the left "
     "upper lobe with adjacent ground-glass opacity, suspicious for invasive fungal infection. "
     "Possible small focus of consolidation in the lingula. Trace right pleural effusion cannot be "
     "excluded. Right-sided tunnelled central venous catheter (Hickman line) with tip in the SVC. "
     "No lymphadenopathy. No pericardial effusion. Impression: Left upper lobe nodule, concerning "
     "for angioinvasive aspergillosis."),
     {NOD, OPA, CON, PE, MM}),
    ("ea-15", "en",
     ("CT CHEST WITH CONTRAST. Indication: Cough, weight loss. Findings: Enlarged subcarinal lymph "
     "node measuring 15 mm short axis. Mild dependent atelectasis at both bases; superimposed "
     "consolidation is unlikely. Subtle hazy attenuation in the right lower lobe likely reflects "
     "respiratory motion; true ground-glass opacity is less likely. Emphysema is not seen. No "
     "pleural effusion. Heart normal in size. Impression: Subcarinal lymphadenopathy, "
     "differential includes sarcoidosis and lymphoma."),
     {LN, ATL}),
    ("ea-16", "en",
     ("CT CHEST WITHOUT CONTRAST. Indication: Viral illness, hypoxia. Findings: No consolidation, "
     "but there are patchy peripheral ground-glass opacities in both lower lobes with superimposed "
     "interlobular septal thickening (crazy paving). No pleural effusion, but there is a small "
     "pericardial effusion. Heart size is normal. No vascular calcification. No lymphadenopathy. "
     "No emphysema. Impression: 1. Bilateral peripheral ground-glass opacities, may represent "
     "viral pneumonia including COVID-19. 2. Small pericardial effusion."),
     {OPA, IST, PCE}),
    ("ea-17", "en",
     ("CT CHEST, ABDOMEN, PELVIS. Indication: Lymphoma restaging. Findings: Chest: Previously "
     "enlarged mediastinal lymph nodes have resolved; no residual lymphadenopathy in the chest, "
     "abdomen or pelvis. Left chest port with catheter tip in the SVC. No pleural or pericardial "
     "effusion. No pulmonary nodules, consolidation or ground-glass opacity. Abdomen: Spleen "
     "normal in size. Several small hepatic cysts. Bilateral renal cysts. Cholelithiasis. Mild "
     "calcification of the abdominal aorta. Impression: Complete response. No evidence of "
     "lymphoma."),
     {MM, AWC}),
    ("ea-18", "en",
     ("CT CHEST. Indication: Recurrent aspiration. Findings: Large hiatal hernia containing most of "
     "the stomach. Patulous fluid-filled oesophagus. Dependent consolidation in the right lower "
     "lobe and posterior segment of the right upper lobe, likely aspiration pneumonia. Bronchial "
     "wall thickening in the right lower lobe. No pleural effusion. No cardiomegaly. Coronary "
     "artery calcification. Impression: 1. Large hiatus hernia. 2. Right lower lobe "
     "consolidation, probably aspiration."),
     {HH, CON, PBT, CAC}),
    ("ea-19", "en",
     ("CT CHEST WITH CONTRAST. Indication: Pre-operative assessment for oesophagectomy. Findings: "
     "Mid-oesophageal wall thickening in keeping with the known tumour. Negative for mediastinal "
     "or supraclavicular lymphadenopathy. Negative for pulmonary metastases. Mild paraseptal "
     "emphysema. Mild bronchiectasis in the lingula. Scattered calcified atherosclerosis of the "
     "descending thoracic aorta. Moderate coronary artery calcification. Heart is normal in size. "
     "No pleural effusion. Impression: Known oesophageal tumour, no evidence of nodal or pulmonary "
     "metastases."),
     {EMP, BRX, AWC, CAC}),
    ("ea-20", "en",
     ("CTPA. Findings: Saddle embolus at the main pulmonary artery bifurcation with extensive "
     "bilateral lobar and segmental filling defects. The right ventricle is dilated with an RV/LV "
     "ratio of 1.6 and straightening of the interventricular septum, consistent with right heart "
     "strain. Reflux of contrast into the IVC and hepatic veins. No pericardial effusion. "
     "Peripheral wedge-shaped opacities in the left lower lobe, suspicious for pulmonary infarcts. "
     "Small left pleural effusion. The remaining lungs are clear. Impression: 1. Massive bilateral "
     "pulmonary embolism with CT evidence of right heart strain. 2. Probable left lower lobe "
     "infarcts. Findings discussed with Dr Smith at 14:32."),
     {CM, OPA, PE}),
    ("ea-21", "en",
     ("CT CHEST. Indication: Ventilated patient, sudden desaturation. Findings: Large right "
     "pneumothorax with leftward mediastinal shift, concerning for tension. Extensive subcutaneous "
     "emphysema in the right chest wall and neck. Endotracheal tube tip 2 cm above the carina. "
     "Left subclavian central line, tip in the SVC. The lungs show no underlying emphysema. Right "
     "lower lobe collapse. Left lower lobe consolidation. No pleural effusion. IMPRESSION: 1. Large "
     "right pneumothorax with features of tension - urgent decompression advised; findings "
     "telephoned to the ICU registrar. 2. Extensive surgical emphysema."),
     {MM, ATL, CON}),
    ("ea-22", "en",
     ("CT CHEST WITH CONTRAST. History: Prior aortic valve replacement and CABG. Findings: Median "
     "sternotomy wires. Mechanical aortic valve prosthesis. Patent left internal mammary artery "
     "graft. Coronary artery calcification in the native vessels. Mild cardiomegaly, predominantly "
     "left atrial enlargement. No pericardial effusion. Lungs: A few subpleural fibrotic bands in "
     "the lingula. No nodules. No effusion. Impression: Post-surgical changes. No acute "
     "abnormality."),
     {MM, CAC, CM, FIB}),
    ("ea-23", "en",
     ("CT CHEST ABDOMEN PELVIS. Indication: Metastatic breast cancer, on treatment. Comparison: "
     "3 months. Findings: Post left mastectomy with axillary clips. Enlarged left supraclavicular "
     "and internal mammary lymph nodes, increased in size. Moderate left pleural effusion, "
     "increased, with nodular pleural thickening, suspicious for pleural metastases. Adjacent "
     "compressive atelectasis of the left lower lobe. Multiple new pulmonary nodules, the largest "
     "8 mm in the right upper lobe. No pericardial effusion. Abdomen: Innumerable hepatic "
     "metastases. Sclerotic bone metastases throughout the spine. Adrenals are normal. "
     "Impression: Progressive disease."),
     {MM, LN, PE, ATL, NOD}),
    ("ea-24", "en",
     ("CT chest: Lungs clear. No effusion. No lymphadenopathy. Heart normal size. Impression: "
     "Normal CT chest."),
     set()),
    ("ea-25", "en",
     ("CT CHEST WITHOUT CONTRAST. Indication: Long-term ventilated patient, recurrent infections. "
     "Lines/tubes: Tracheostomy tube in satisfactory position. Right arm PICC with tip at the "
     "cavoatrial junction. PEG tube noted in the upper abdomen. Lungs: Bilateral lower lobe "
     "consolidation with air bronchograms, left greater than right. Mucus plugging of the left "
     "lower lobe bronchi with bronchial wall thickening. Bronchiectasis is not seen. No mosaic "
     "attenuation. Small bilateral pleural effusions. Impression: Bilateral lower lobe pneumonia."),
     {MM, CON, PBT, PE}),
    ("ea-26", "en",
     ("CTPA. Indication: Chronic exertional dyspnoea. Findings: Eccentric mural thrombus and webs "
     "in the right lower lobe pulmonary arteries, consistent with chronic thromboembolic disease. "
     "No acute filling defect. Enlarged main pulmonary artery (34 mm). Mosaic attenuation of the "
     "lung parenchyma, in keeping with mosaic perfusion. Right ventricular enlargement. No pleural "
     "or pericardial effusion. Calcified plaque in the aortic arch. Impression: Chronic "
     "thromboembolic disease with mosaic perfusion and right ventricular enlargement; chronic "
     "thromboembolic pulmonary hypertension is possible."),
     {MOS, CM, AWC}),
    ("ea-27", "en",
     ("CTPA. Findings: Good contrast bolus. No pulmonary embolus to the subsegmental level. RV/LV "
     "ratio <1. Bibasal subsegmental atelectasis. A small area of ground-glass in the right middle "
     "lobe may represent early infection. No consolidation. No interlobular septal thickening. No "
     "pleural effusion. Incidental small hiatal hernia. The heart and pericardium are normal. "
     "Impression: 1. No PE. 2. Subtle RML ground-glass, may represent early infection."),
     {ATL, OPA, HH}),
    ("ea-28", "en",
     ("CT TRAUMA PANSCAN - CHEST, ABDOMEN, PELVIS. Mechanism: Motorcycle vs car. Chest: Bilateral "
     "small pneumothoraces. Right 2nd-6th rib fractures, displaced. Ground-glass opacification in "
     "the right upper lobe in keeping with contusion; no consolidation. Sternal fracture with "
     "small retrosternal haematoma. No pericardial effusion. No pleural effusion. Abdomen: Grade II "
     "splenic laceration. Calcified splenic granulomas. Small amount of perisplenic free fluid. No "
     "renal injury. Pelvis: Right superior and inferior pubic rami fractures. Impression: "
     "1. Bilateral small pneumothoraces. 2. Right rib fractures and sternal fracture. 3. Right "
     "upper lobe pulmonary contusion. 4. Grade II splenic injury."),
     {OPA}),
    ("ea-29", "en",
     ("CT CHEST WITH CONTRAST. Findings: A 2.1 cm heterogeneous nodule in the left thyroid lobe; "
     "ultrasound recommended. Lungs: 6 mm solid nodule in the right upper lobe; an early "
     "malignancy cannot be excluded. Mild emphysema. No consolidation. No bronchial wall "
     "thickening. No pleural effusion. Mediastinum: no lymphadenopathy. Upper abdomen: A 1.5 cm "
     "left adrenal nodule, indeterminate. Impression: 1. 6 mm RUL nodule - follow-up CT in 6-12 "
     "months. 2. Thyroid nodule. 3. Indeterminate left adrenal nodule."),
     {NOD, EMP}),
    ("ea-30", "en",
     ("CT THORAX, ABDOMEN AND PELVIS WITH CONTRAST. Clinical details: ?malignancy, weight loss, "
     "raised CA-125. Findings: Thorax: No pulmonary nodules or masses. No consolidation. No pleural "
     "effusion. Nil mediastinal or axillary lymphadenopathy. Mild cardiomegaly. Abdomen and "
     "pelvis: Large complex cystic and solid right adnexal mass. Omental caking. Moderate ascites. "
     "Enlarged retroperitoneal para-aortic lymph nodes. Calcified atheroma of the abdominal aorta "
     "and common iliac arteries. Conclusion: Right adnexal mass with peritoneal disease, most "
     "likely ovarian primary."),
     {CM, LN, AWC}),
    ("ea-31", "en",
     ("CT CHEST. Comparison: 1 week ago. Findings: The right IJ central venous catheter has been "
     "removed. Interval resolution of the interlobular septal thickening and of the ground-glass opacity. The "
     "bilateral pleural effusions have decreased but small effusions persist. Cardiomegaly is "
     "unchanged. Pacemaker leads in the right atrium and ventricle. Impression: Improving "
     "pulmonary oedema with small residual effusions."),
     {MM, PE, CM}),
    ("ea-32", "en",
     ("CT CHEST HIGH RESOLUTION. Indication: Known sarcoidosis. Findings: Bilateral symmetric hilar "
     "and mediastinal lymphadenopathy with eggshell calcification. Perilymphatic micronodules along "
     "the bronchovascular bundles and fissures, upper zone predominant. Nodular interlobular septal "
     "thickening. Early fibrotic change with architectural distortion in the right upper lobe. No "
     "traction bronchiectasis. No honeycombing. No pleural effusion. Impression: Pulmonary "
     "sarcoidosis with early fibrotic change."),
     {LN, NOD, IST, FIB}),
    ("ea-33", "en",
     ("CT CHEST WITH CONTRAST. Indication: Pneumonia not responding to antibiotics. Findings: Dense "
     "consolidation of the right lower lobe with air bronchograms. Loculated right pleural effusion "
     "with split pleura sign, concerning for empyema. Right-sided pigtail chest drain with tip in "
     "the posterior costophrenic recess. Enlarged right hilar and subcarinal lymph nodes, likely "
     "reactive. No cavitation. No lung abscess. No pericardial effusion. The left lung is clear. "
     "Impression: 1. Right lower lobe pneumonia. 2. Loculated right effusion, likely empyema, "
     "drain in situ."),
     {CON, PE, MM, LN}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("ea-34", "en",
     ("CT CHEST, ABDOMEN AND PELVIS. Indication: Haemoptysis, smoker. Findings: Chest: 5.2 cm "
     "spiculated mass in the left upper lobe encasing the left upper lobe bronchus, with distal "
     "obstructive atelectasis. Ipsilateral hilar and aortopulmonary window lymphadenopathy. "
     "Moderate centrilobular emphysema. Biapical pleuroparenchymal scarring. No pleural effusion. "
     "No pericardial effusion. Atherosclerotic calcification of the thoracic aorta and of the coronary "
     "arteries. Abdomen: 2.3 cm right adrenal nodule, suspicious for metastasis. Liver: 8 mm "
     "hypodensity, too small to characterise. Bilateral simple renal cysts. Impression: 1. Left "
     "upper lobe mass, consistent with primary lung cancer. 2. Hilar and mediastinal nodal "
     "disease. 3. Right adrenal nodule suspicious for metastatic disease; PET-CT recommended."),
     {ATL, LN, EMP, FIB, AWC, CAC}),
    ("ea-35", "en",
     ("CT CHEST. Comparison: 3 months prior. Findings: The previously noted 7 mm right lower lobe "
     "nodule is no longer visualized, suggesting it was inflammatory. The left lower lobe "
     "ground-glass opacity has resolved. No new nodules. Stable mild bronchiectasis in the right "
     "middle lobe. No peribronchial thickening. Mild mosaic attenuation, unchanged, likely "
     "reflecting small airways disease. No lymphadenopathy. Heart size normal. Impression: "
     "Resolution of the previously seen nodule and ground-glass opacity."),
     {BRX, MOS}),
    ("ea-36", "en",
     ("CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST. Indication: Abdominal pain, query "
     "diverticulitis. Lung bases: Mild dependent atelectasis. No consolidation or pleural "
     "effusion. There is no hiatal hernia. The visualised heart is not enlarged; no coronary "
     "artery calcification. Abdomen: Gallstones without gallbladder wall thickening. Simple cysts "
     "in both kidneys. Infrarenal abdominal aortic aneurysm measuring 4.2 cm with calcified "
     "atherosclerotic plaque and mural thrombus. Sigmoid diverticulosis with pericolic fat "
     "stranding, consistent with acute uncomplicated diverticulitis. No free air or collection. "
     "Impression: 1. Acute uncomplicated sigmoid diverticulitis. 2. 4.2 cm infrarenal AAA - "
     "vascular surgery referral. 3. Cholelithiasis."),
     {ATL, AWC}),
    ("ea-37", "en",
     ("CT CHEST WITHOUT CONTRAST. Indication: VA-ECMO, cardiogenic shock. Lines and tubes: "
     "Endotracheal tube in satisfactory position. Intra-aortic balloon pump with tip in the "
     "proximal descending thoracic aorta. ECMO return cannula in the right atrium. Bilateral "
     "pleural drains. Findings: Severe cardiomegaly. Moderate pericardial effusion. Diffuse "
     "bilateral ground-glass opacity plus consolidation with dependent predominance. Small residual "
     "bilateral pleural effusions. No pneumothorax. No mediastinal lymphadenopathy. Impression: "
     "Diffuse bilateral airspace disease, may represent pulmonary oedema or ARDS."),
     {MM, CM, PCE, OPA, CON, PE}),
    ("ea-38", "en",
     ("CT CHEST WITH CONTRAST. Indication: Persistent cough after COVID-19 infection. Findings: "
     "Peripheral and peribronchovascular consolidation in both lower lobes with a reversed halo "
     "sign in the left lower lobe. Differential includes organizing pneumonia and, less likely, "
     "chronic eosinophilic pneumonia. Mild peribronchial thickening. No atelectasis. No "
     "lymphadenopathy. No pleural effusion. No fibrosis. No bronchiectasis. Impression: Bilateral "
     "consolidation, likely organizing pneumonia."),
     {CON, PBT}),
    ("ea-39", "en",
     ("CT CHEST WITH CONTRAST. Indication: Chest pain, known lung adenocarcinoma. Findings: "
     "Moderate pericardial effusion, new since the prior study, probably malignant; no CT signs of "
     "tamponade. Possible mild cardiomegaly, although assessment is limited by the effusion. Right "
     "lower lobe mass, slightly enlarged. Subcarinal node measuring 11 mm short axis, suspicious "
     "for nodal metastasis. Right-sided chest port. No pleural effusion. Linear atelectasis in the "
     "right middle lobe. Impression: 1. New moderate pericardial effusion, likely malignant. "
     "2. Suspected subcarinal nodal metastasis."),
     {PCE, CM, NOD, LN, MM, ATL}),
    ("ea-40", "en",
     ("CT CHEST WITHOUT CONTRAST. Indication: Spontaneous pneumothorax, young smoker. Findings: "
     "Small left apical pneumothorax. No chest drain in situ. Bilateral apical paraseptal "
     "emphysema with subpleural blebs. Mild bronchial wall thickening. No nodules. No "
     "consolidation. No fibrosis. No pleural effusion. No evidence of lymphangioleiomyomatosis or "
     "Langerhans cell histiocytosis. Impression: 1. Small left apical pneumothorax. 2. Apical "
     "paraseptal emphysema, the likely cause."),
     {EMP, PBT}),
    ("ea-41", "en",
     ("CTPA. Indication: Post-partum dyspnoea. Findings: No pulmonary arterial filling defect. RV/LV "
     "ratio 0.9. No pleural effusion, pericardial effusion or lymphadenopathy. Mosaic attenuation "
     "is not seen. Mild smooth interlobular septal thickening at the lung bases with small "
     "bilateral ground-glass opacities, which could reflect mild fluid overload. The heart is "
     "mildly enlarged. Impression: 1. No pulmonary embolism. 2. Mild cardiomegaly and features "
     "that could reflect fluid overload; peripartum cardiomyopathy should be considered "
     "clinically."),
     {IST, OPA, CM}),
    ("ea-42", "en",
     ("CT CHEST WITH CONTRAST. Indication: Oesophageal cancer with tracheo-oesophageal fistula. "
     "Findings: Oesophageal stent in situ spanning the mid oesophagus. Tracheal stent in the "
     "distal trachea. Persistent mid-oesophageal mass. Enlarged paraoesophageal lymph nodes. "
     "Patchy consolidation in the right lower lobe, likely aspiration. Small right pleural "
     "effusion. Calcified coronary arteries. No pericardial effusion. No hiatal hernia. "
     "Impression: 1. Stents in situ. 2. Right lower lobe aspiration pneumonia."),
     {MM, LN, CON, PE, CAC}),
    ("ea-43", "en",
     ("CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST. Indication: Unexplained fever. Findings: Chest: "
     "The lungs are clear without consolidation, ground-glass opacity, nodules or masses. No "
     "emphysema. No bronchiectasis. No mosaic attenuation. No pleural or pericardial effusion. "
     "Heart is normal in size. Mild calcification of the LAD. The thoracic aorta is normal in "
     "calibre without atherosclerotic calcification. Moderate sliding hiatal hernia. No surgical "
     "clips or other devices. No lymphadenopathy in the chest, abdomen or pelvis. Abdomen/pelvis: "
     "Liver, spleen, pancreas and adrenals are unremarkable. 3 cm simple cyst in the right kidney. "
     "No collection or abscess. Impression: No source of fever identified. Incidental hiatal "
     "hernia and right renal cyst."),
     {CAC, HH}),
    ("ea-44", "en",
     ("HRCT CHEST WITH EXPIRATORY IMAGES. Indication: Post allogeneic stem cell transplant, "
     "progressive dyspnoea, ?bronchiolitis obliterans. Findings: Mosaic attenuation with extensive "
     "air trapping on expiratory images. Mild bronchiectasis plus bronchial wall thickening in both "
     "lower lobes. No consolidation or ground-glass opacity. No atelectasis. No pleural effusion. "
     "Right chest port, catheter tip at the cavoatrial junction. Impression: Findings suspicious "
     "for bronchiolitis obliterans syndrome."),
     {MOS, BRX, PBT, MM}),
    ("ea-45", "en",
     ("CT CHEST WITH CONTRAST. IMPRESSION: 1. No acute pulmonary embolism. 2. Right middle lobe "
     "collapse, possibly from mucus plugging; follow-up CT advised after treatment. 3. Small left "
     "pleural effusion. 4. No interlobular septal thickening to suggest lymphangitic spread. "
     "5. Calcified atheromatous plaque in the aortic arch and left subclavian artery. 6. Mild "
     "cardiomegaly. 7. No suspicious pulmonary nodule."),
     {ATL, PE, AWC, CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ea-39", NOD): "CT-RATE convention: a lung mass (3 cm or more) alone is not labelled Lung nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
