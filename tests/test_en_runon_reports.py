"""Run-on, system-organised American academic chest CT reports (English).

- long sentences (15-60 words) that carry several findings at once, under system headings
  (LUNGS AND AIRWAYS, PLEURA, HEART AND VESSELS, MEDIASTINUM AND HILA, UPPER ABDOMEN, BONES,
  LINES AND TUBES) with a numbered IMPRESSION;
- findings of other organs in the same sentence as chest findings (thyroid, adrenal, liver,
  kidney, breast, vertebra, subcutaneous emphysema) that must not count as lung nodule,
  lymphadenopathy or pulmonary emphysema;
- a denial and an assertion in one sentence ("No pleural effusion, but there is a small
  pericardial effusion"; "no consolidation or effusion, although there is ...");
- a hedge attached to one item of a list only ("possible early cylindrical bronchiectasis");
- opacities explained in the same statement as atelectasis or scarring (count as that finding,
  not as Lung opacity); resolved findings; devices (clips, staples, stents, ports, prostheses).

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("er-01", "en", (
        'LUNGS AND AIRWAYS: There is a 7 mm solid nodule in the right upper lobe and a 4 mm '
        'perifissural nodule along the left major fissure, without consolidation, ground-'
        'glass opacity or bronchiectasis. PLEURA: No pleural effusion or pneumothorax. HEART '
        'AND VESSELS: The heart is normal in size, there is no pericardial effusion, and '
        'there is no coronary artery or aortic calcification. MEDIASTINUM AND HILA: No '
        'enlarged mediastinal or hilar lymph nodes. UPPER ABDOMEN: A 1.5 cm hypodense lesion '
        'in the left hepatic lobe, likely a simple cyst. BONES: No suspicious osseous lesion.'
        ' IMPRESSION: 1. A 7 mm solid right upper lobe nodule; follow-up CT in 6 to 12 months'
        ' is suggested per Fleischner guidelines. 2. Probable hepatic cyst.'
    ), {NOD}),
    ("er-02", "en", (
        'LUNGS AND AIRWAYS: Patchy ground-glass opacities in the right lower lobe with '
        'adjacent subsegmental atelectasis, and mild bronchial wall thickening in both lower '
        'lobes. PLEURA: Small bilateral pleural effusions, layering dependently. HEART AND '
        'VESSELS: Heart size is normal. No pericardial effusion. MEDIASTINUM AND HILA: No '
        'lymphadenopathy. UPPER ABDOMEN: Unremarkable. BONES: Degenerative changes of the '
        'thoracic spine. IMPRESSION: 1. Right lower lobe ground-glass opacities, possibly '
        'infectious or inflammatory, with adjacent subsegmental atelectasis. 2. Small '
        'bilateral pleural effusions.'
    ), {OPA, ATL, PBT, PE}),
    ("er-03", "en", (
        'HEART AND VESSELS: Mild cardiomegaly with coronary artery calcifications in the left'
        ' anterior descending and right coronary arteries and atherosclerotic calcification '
        'of the thoracic aorta, without pericardial effusion. LUNGS AND AIRWAYS: '
        'Centrilobular emphysema predominantly in the upper lobes, with no nodule, mass or '
        'consolidation. PLEURA: No effusion. MEDIASTINUM AND HILA: No enlarged lymph nodes. '
        'UPPER ABDOMEN: A 2 cm left adrenal nodule measuring 5 Hounsfield units, consistent '
        'with an adenoma. BONES: Unremarkable. IMPRESSION: 1. Mild cardiomegaly. 2. Coronary '
        'and aortic atherosclerosis. 3. Centrilobular emphysema. 4. Left adrenal adenoma.'
    ), {CM, CAC, AWC, EMP}),
    ("er-04", "en", (
        'LINES AND TUBES: A right internal jugular central venous catheter terminates at the '
        'cavoatrial junction, and an endotracheal tube is in place 4 cm above the carina. '
        'LUNGS AND AIRWAYS: Dense consolidation in the left lower lobe with air bronchograms '
        'and volume loss, and dependent atelectasis in the right lower lobe. PLEURA: Moderate'
        ' left pleural effusion; no right effusion. HEART AND VESSELS: Normal heart size '
        'without pericardial effusion. MEDIASTINUM AND HILA: No mediastinal lymphadenopathy. '
        'IMPRESSION: 1. Left lower lobe consolidation, concerning for pneumonia or '
        'aspiration. 2. Moderate left pleural effusion. 3. Support devices in satisfactory '
        'position.'
    ), {MM, CON, ATL, PE}),
    ("er-05", "en", (
        'HEART AND VESSELS: The heart is mildly enlarged. No pleural effusion, but there is a'
        ' small pericardial effusion measuring up to 8 mm along the right ventricular free '
        'wall. The thoracic aorta is normal in caliber without calcification. LUNGS AND '
        'AIRWAYS: Smooth interlobular septal thickening in both lower lobes, suggesting mild '
        'interstitial edema, without consolidation or airspace opacity. MEDIASTINUM AND HILA:'
        ' No hilar or mediastinal adenopathy. UPPER ABDOMEN: Small sliding hiatal hernia. '
        'BONES: No acute fracture. IMPRESSION: 1. Cardiomegaly with a small pericardial '
        'effusion. 2. Interlobular septal thickening, likely mild interstitial edema. 3. '
        'Small hiatal hernia.'
    ), {CM, PCE, IST, HH}),
    ("er-06", "en", (
        'LUNGS AND AIRWAYS: There is no consolidation or effusion, although there is mild '
        'bronchial wall thickening in the lower lobes and cylindrical bronchiectasis in the '
        'right middle lobe. Mosaic attenuation with expiratory air trapping is present in '
        'both lower lobes, suggestive of small airways disease. PLEURA: No pleural effusion. '
        'HEART AND VESSELS: Normal heart size. No coronary calcification. MEDIASTINUM AND '
        'HILA: No lymphadenopathy. BONES: Normal. IMPRESSION: 1. Bronchial wall thickening '
        'and right middle lobe bronchiectasis. 2. Mosaic attenuation with air trapping, '
        'consistent with small airways disease.'
    ), {PBT, BRX, MOS}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("er-07", "en", (
        'MEDIASTINUM AND HILA: There is a 2.1 cm heterogeneous nodule in the left thyroid '
        'lobe, and there are enlarged right paratracheal and subcarinal lymph nodes measuring'
        ' up to 1.8 cm in short axis. LUNGS AND AIRWAYS: A spiculated 3.2 cm mass in the '
        'right upper lobe with associated post-obstructive atelectasis of the posterior '
        'segment. PLEURA: No effusion. HEART AND VESSELS: Calcification of the aortic arch. '
        'No pericardial effusion. BONES: No lytic or blastic lesion. IMPRESSION: 1. Right '
        'upper lobe mass with mediastinal lymphadenopathy, highly suspicious for primary lung'
        ' malignancy. 2. Left thyroid nodule; dedicated thyroid ultrasound is recommended.'
    ), {LN, ATL, AWC}),
    ("er-08", "en", (
        'LUNGS AND AIRWAYS: Subpleural reticulation with traction bronchiectasis and '
        'honeycombing in both lower lobes, consistent with pulmonary fibrosis in a usual '
        'interstitial pneumonia pattern. No consolidation. PLEURA: No pleural effusion. HEART'
        ' AND VESSELS: Coronary artery calcifications are present; heart size is normal. '
        'MEDIASTINUM AND HILA: No mediastinal lymphadenopathy. CHEST WALL AND BREASTS: A 1.8 '
        'cm irregular mass in the upper outer quadrant of the left breast; correlation with '
        'mammography is recommended. BONES: Unremarkable. IMPRESSION: 1. Fibrotic '
        'interstitial lung disease with traction bronchiectasis and honeycombing. 2. Left '
        'breast mass. 3. Coronary artery calcification.'
    ), {FIB, BRX, CAC}),
    ("er-09", "en", (
        'LINES AND TUBES: A left chest tube is in place with its tip at the apex, with '
        'subcutaneous emphysema along the left lateral chest wall. PLEURA: Small residual '
        'left apical pneumothorax; no pleural effusion. LUNGS AND AIRWAYS: Linear atelectasis'
        ' in the lingula and a few scattered fibrotic bands at the left base, without '
        'pulmonary emphysema. BONES: A typical hemangioma in the T9 vertebral body and '
        'healing fractures of the left fifth and sixth ribs. HEART AND VESSELS: Normal. '
        'IMPRESSION: 1. Left chest tube with small residual pneumothorax and subcutaneous '
        'emphysema. 2. Lingular linear atelectasis.'
    ), {MM, ATL, FIB}),
    ("er-10", "en", (
        'LUNGS AND AIRWAYS: Right middle lobe consolidation, a 5 mm solid nodule in the left '
        'lower lobe, and possible early cylindrical bronchiectasis in the lingula. PLEURA: '
        'Trace right pleural effusion. HEART AND VESSELS: Normal heart size, no pericardial '
        'effusion. MEDIASTINUM AND HILA: Enlarged right hilar lymph node measuring 1.4 cm, '
        'likely reactive. IMPRESSION: 1. Right middle lobe consolidation, likely infectious. '
        '2. Reactive right hilar lymphadenopathy. 3. Follow-up CT after treatment is '
        'recommended to document resolution.'
    ), {CON, NOD, BRX, PE, LN}),
    ("er-11", "en", (
        'LUNGS AND AIRWAYS: There is a band-like opacity in the left lower lobe, likely '
        'atelectasis, and a small opacity at the right lung apex, most consistent with '
        'scarring. No suspicious nodule. PLEURA: No effusion. HEART AND VESSELS: Heart normal'
        ' in size. Calcified plaque in the descending thoracic aorta and at the origins of '
        'the great vessels. UPPER ABDOMEN: A 2.5 cm simple cyst in the upper pole of the left'
        ' kidney. IMPRESSION: 1. Left lower lobe atelectasis and right apical scarring. 2. '
        'Aortic atherosclerosis. 3. Left renal cyst.'
    ), {ATL, FIB, AWC}),
    ("er-12", "en", (
        'LUNGS AND AIRWAYS: No pulmonary nodule, consolidation, ground-glass opacity, '
        'emphysema, bronchiectasis or interlobular septal thickening is identified, and the '
        'central airways are patent. PLEURA: No pleural effusion or thickening. HEART AND '
        'VESSELS: The heart is not enlarged, there is no pericardial effusion, and no '
        'coronary or aortic calcification is seen. MEDIASTINUM AND HILA: No lymphadenopathy. '
        'A moderate hiatal hernia containing part of the gastric fundus. UPPER ABDOMEN: '
        'Cholecystectomy clips in the gallbladder fossa. BONES: No aggressive lesion. '
        'IMPRESSION: 1. Moderate hiatal hernia. 2. No acute cardiopulmonary abnormality.'
    ), {HH, MM}),
    ("er-13", "en", (
        'LUNGS AND AIRWAYS: Moderate paraseptal and centrilobular emphysema with a 9 mm part-'
        'solid nodule in the left upper lobe, which may represent a lesion of the '
        'adenocarcinoma spectrum, and mild bronchial wall thickening. PLEURA: A small left '
        'pleural effusion cannot be excluded given streak artifact at the base. HEART AND '
        'VESSELS: Coronary calcifications in all three vessels, calcified atherosclerotic '
        'plaque in the aortic arch, and a normal-sized heart. MEDIASTINUM AND HILA: No '
        'mediastinal or hilar lymph node enlargement. IMPRESSION: 1. Part-solid left upper '
        'lobe nodule, suspicious; PET-CT or short-interval follow-up is recommended. 2. '
        'Emphysema and bronchial wall thickening. 3. Possible small left pleural effusion.'
    ), {EMP, NOD, PBT, PE, CAC, AWC}),
    ("er-14", "en", (
        'LINES AND TUBES: A dual-chamber pacemaker with leads in the right atrium and right '
        'ventricle, and median sternotomy wires. HEART AND VESSELS: Marked cardiomegaly with '
        'diffuse pericardial thickening, dense coronary calcification, and extensive '
        'calcification of the aortic arch and descending aorta. LUNGS AND AIRWAYS: Bibasilar '
        'subsegmental atelectasis, without focal consolidation. PLEURA: Small right pleural '
        'effusion. MEDIASTINUM AND HILA: No lymphadenopathy. IMPRESSION: 1. Marked '
        'cardiomegaly and pericardial thickening. 2. Small right pleural effusion with '
        'bibasilar atelectasis.'
    ), {MM, CM, PCE, CAC, AWC, ATL, PE}),
    ("er-15", "en", (
        'COMPARISON: CT of 3 months prior. LUNGS AND AIRWAYS: The previously seen right lower'
        ' lobe consolidation has resolved, and the prior ground-glass opacities in the left '
        'upper lobe are no longer visible, although there are new fibrotic bands in the right'
        ' lower lobe. PLEURA: The previously described left pleural effusion has resolved. '
        'HEART AND VESSELS: Normal heart size. MEDIASTINUM AND HILA: No mediastinal '
        'lymphadenopathy. IMPRESSION: 1. Resolution of the right lower lobe pneumonia and the'
        ' left pleural effusion. 2. Residual fibrotic bands in the right lower lobe.'
    ), {FIB}),
    ("er-16", "en", (
        'LUNGS AND AIRWAYS: Geographic mosaic attenuation throughout both lungs, with air '
        'trapping on expiratory images, scattered bronchiectasis in the lower lobes and '
        'peribronchial thickening, but no interlobular septal thickening or honeycombing. '
        'PLEURA: No effusion. HEART AND VESSELS: Normal heart size; no pericardial effusion. '
        'The main pulmonary artery is normal in caliber. MEDIASTINUM AND HILA: Normal. UPPER '
        'ABDOMEN: Hepatic steatosis. IMPRESSION: 1. Mosaic attenuation with air trapping, '
        'bronchiectasis and peribronchial thickening, suggestive of constrictive '
        'bronchiolitis or chronic airway disease.'
    ), {MOS, BRX, PBT}),
    ("er-17", "en", (
        'LUNGS AND AIRWAYS: Diffuse ground-glass opacities in both lungs with superimposed '
        'interlobular septal thickening in a crazy-paving pattern, and dense consolidation in'
        ' the dependent lower lobes. PLEURA: Small bilateral effusions. HEART AND VESSELS: '
        'Mild cardiomegaly. Small pericardial effusion. MEDIASTINUM AND HILA: Multiple '
        'enlarged mediastinal lymph nodes, the largest in the prevascular space measuring 1.6'
        ' cm. LINES AND TUBES: Nasogastric tube with its tip in the gastric body. IMPRESSION:'
        ' 1. Diffuse ground-glass opacities with septal thickening and dependent '
        'consolidation; the differential includes pulmonary edema, infection, and diffuse '
        'alveolar damage. 2. Cardiomegaly with small pericardial and bilateral pleural '
        'effusions. 3. Mediastinal lymphadenopathy.'
    ), {OPA, IST, CON, PE, CM, PCE, LN, MM}),
    ("er-18", "en", (
        'LUNGS AND AIRWAYS: The lungs are well aerated, without nodules, masses, airspace '
        'opacities, or atelectasis. PLEURA: No pleural effusion. HEART AND VESSELS: Normal '
        'heart size without pericardial effusion. MEDIASTINUM AND HILA: Bulky right axillary '
        'and right supraclavicular lymphadenopathy, with nodes up to 2.8 cm, and an enlarged '
        'right hilar node. UPPER ABDOMEN: Splenomegaly. BONES: No lytic lesions. IMPRESSION: '
        '1. Right axillary, supraclavicular and hilar lymphadenopathy with splenomegaly, '
        'suspicious for lymphoma.'
    ), {LN}),
    ("er-19", "en", (
        'LUNGS AND AIRWAYS: Compressive atelectasis of the right lower lobe adjacent to a '
        'large right pleural effusion, and a few scattered 3 mm nodules in the right middle '
        'lobe, likely benign. PLEURA: Large free-flowing right pleural effusion. HEART AND '
        'VESSELS: Normal heart size; mild calcification of the aortic arch. MEDIASTINUM AND '
        'HILA: No lymphadenopathy. No hiatal hernia. UPPER ABDOMEN: Multiple hypoattenuating '
        'hepatic lesions, the largest 3 cm in segment 7, concerning for metastases. '
        'IMPRESSION: 1. Large right pleural effusion with compressive atelectasis. 2. Hepatic'
        ' lesions, concerning for metastatic disease.'
    ), {ATL, NOD, PE, AWC}),
    ("er-20", "en", (
        'LINES AND TUBES: Coronary artery stents in the left anterior descending artery and a'
        ' left atrial appendage occlusion device. HEART AND VESSELS: Heavy coronary artery '
        'calcification beyond the stents, a normal-sized heart, and no pericardial effusion; '
        'the aorta has scattered calcified plaques. LUNGS AND AIRWAYS: Mild centrilobular '
        'emphysema in the upper lobes and a linear scar in the right middle lobe. PLEURA: '
        'Clear. MEDIASTINUM AND HILA: No enlarged nodes. IMPRESSION: 1. Coronary '
        'atherosclerosis with stents. 2. Mild emphysema.'
    ), {MM, CAC, AWC, EMP, FIB}),
    ("er-21", "en", (
        'CLINICAL HISTORY: Status post right upper lobectomy for adenocarcinoma. LINES AND '
        'TUBES: Surgical staples along the bronchial stump of the right upper lobectomy. '
        'LUNGS AND AIRWAYS: Postoperative volume loss in the right hemithorax with fibrotic '
        'changes along the staple line, and no pulmonary nodule. PLEURA: Mild right pleural '
        'thickening; no effusion. HEART AND VESSELS: Normal. MEDIASTINUM AND HILA: No '
        'recurrent lymphadenopathy. BONES: A sclerotic focus in the L1 vertebral body, '
        'unchanged, likely a bone island. IMPRESSION: 1. Postsurgical changes of right upper '
        'lobectomy without evidence of recurrence.'
    ), {MM, FIB}),
    ("er-22", "en", (
        'LUNGS AND AIRWAYS: Patchy airspace opacities in the posterior segments of the right '
        'lower lobe, likely aspiration, with mild bronchial wall thickening and a small '
        'amount of secretions in the bronchus intermedius. PLEURA: No effusion. MEDIASTINUM '
        'AND HILA: A large hiatal hernia with a fluid-filled distal esophagus, and no '
        'lymphadenopathy. HEART AND VESSELS: Normal-sized heart. UPPER ABDOMEN: Unremarkable.'
        ' IMPRESSION: 1. Right lower lobe opacities, likely aspiration, in the setting of a '
        'large hiatal hernia.'
    ), {OPA, PBT, HH}),
    ("er-23", "en", (
        'LUNGS AND AIRWAYS: Severe panlobular emphysema with a 6 cm bulla in the left upper '
        'lobe and scattered scarring at the lung apices, without nodules or consolidation. '
        'PLEURA: No pleural effusion or pneumothorax. HEART AND VESSELS: The heart is normal '
        'in size with no pericardial effusion or thickening; the pulmonary arteries are '
        'enlarged, with the main pulmonary artery measuring 3.4 cm. MEDIASTINUM AND HILA: No '
        'lymphadenopathy. IMPRESSION: 1. Severe emphysema with a large left upper lobe bulla.'
        ' 2. Enlarged pulmonary arteries, suggestive of pulmonary hypertension.'
    ), {EMP, FIB}),
    ("er-24", "en", (
        'LUNGS AND AIRWAYS: In the left lower lobe there is a 2.4 cm mass with lobulated '
        'margins, distal obstructive consolidation and bronchial wall thickening, while the '
        'right lung shows only mild paraseptal emphysema at the apex. PLEURA: No pleural '
        'effusion. HEART AND VESSELS: No cardiomegaly, but there is a small pericardial '
        'effusion, and there are scattered coronary artery calcifications. MEDIASTINUM AND '
        'HILA: Enlarged left hilar and aortopulmonary window lymph nodes, up to 1.5 cm. '
        'BONES: A lytic lesion in the left seventh rib, suspicious for metastasis. '
        'IMPRESSION: 1. Left lower lobe mass with obstructive consolidation and hilar and '
        'mediastinal lymphadenopathy, suspicious for malignancy. 2. Lytic rib lesion, '
        'possibly metastatic. 3. Small pericardial effusion.'
    ), {NOD, CON, PBT, EMP, PCE, CAC, LN}),
    ("er-25", "en", (
        'HEART AND VESSELS: Cardiomegaly with biventricular enlargement, a moderate '
        'pericardial effusion, and dense calcification of the thoracic aorta. LUNGS AND '
        'AIRWAYS: Smooth interlobular septal thickening in both lungs with patchy ground-'
        'glass opacities in a perihilar distribution, consistent with pulmonary edema. '
        'PLEURA: Moderate bilateral pleural effusions with adjacent passive atelectasis. '
        'MEDIASTINUM AND HILA: No lymphadenopathy. LINES AND TUBES: A peripherally inserted '
        'central catheter terminates in the superior vena cava. IMPRESSION: 1. Congestive '
        'heart failure with cardiomegaly, pericardial and bilateral pleural effusions, and '
        'interstitial and alveolar pulmonary edema.'
    ), {CM, PCE, AWC, IST, OPA, PE, ATL, MM}),
    ("er-26", "en", (
        'MEDIASTINUM AND HILA: Symmetric bilateral hilar and right paratracheal '
        'lymphadenopathy, with some nodes showing eggshell-like calcification. LUNGS AND '
        'AIRWAYS: Numerous small perilymphatic nodules along the bronchovascular bundles and '
        'fissures in the upper lobes, with fibrotic distortion and traction bronchiectasis in'
        ' the posterior upper lobes. PLEURA: No effusion. HEART AND VESSELS: Normal heart '
        'size. No coronary calcification. IMPRESSION: 1. Hilar and mediastinal '
        'lymphadenopathy with perilymphatic nodules and upper lobe fibrosis, consistent with '
        'advanced sarcoidosis.'
    ), {LN, NOD, FIB, BRX}),
    ("er-27", "en", (
        'LUNGS AND AIRWAYS: No lobar consolidation; there is a faint area of ground-glass '
        'attenuation in the lingula that may represent early infection. PLEURA: No effusion. '
        'HEART AND VESSELS: Normal heart size, no pericardial effusion, and no vascular '
        'calcification. MEDIASTINUM AND HILA: No lymphadenopathy. No hiatal hernia. UPPER '
        'ABDOMEN: A 9 mm hypodense lesion in the pancreatic tail, indeterminate, for which '
        'MRI may be considered. BONES: Mild multilevel degenerative disc disease. IMPRESSION:'
        ' 1. Faint lingular ground-glass opacity, which may be infectious or inflammatory; '
        'short-interval follow-up is suggested. 2. Indeterminate pancreatic lesion.'
    ), {OPA}),
    ("er-28", "en", (
        'LUNGS AND AIRWAYS: Peripheral infiltrates in both lower lobes and a 1.2 cm cavitary '
        'nodule in the right upper lobe, concerning for septic emboli, without atelectasis or'
        ' bronchiectasis. PLEURA: Trace left pleural effusion. LINES AND TUBES: A tunneled '
        'right internal jugular dialysis catheter with its tip in the right atrium. HEART AND'
        ' VESSELS: Heart size is normal; a trace pericardial effusion is possible. '
        'MEDIASTINUM AND HILA: No adenopathy. IMPRESSION: 1. Multiple peripheral infiltrates '
        'and a cavitary right upper lobe nodule, concerning for septic pulmonary emboli in '
        'the setting of a dialysis catheter.'
    ), {OPA, NOD, PE, MM, PCE}),
    ("er-29", "en", (
        'LUNGS AND AIRWAYS: Basal-predominant ground-glass opacities with fine reticulation '
        'and traction bronchiectasis, with relative subpleural sparing, consistent with a '
        'fibrotic nonspecific interstitial pneumonia pattern. PLEURA: No effusion. '
        'MEDIASTINUM AND HILA: A patulous, fluid-filled esophagus and a small hiatal hernia, '
        'suggestive of scleroderma-related dysmotility; no lymphadenopathy. HEART AND '
        'VESSELS: Normal heart size. IMPRESSION: 1. Fibrotic NSIP pattern with traction '
        'bronchiectasis. 2. Dilated esophagus and small hiatal hernia.'
    ), {OPA, FIB, BRX, HH}),
    ("er-30", "en", (
        'LUNGS AND AIRWAYS: Two solid nodules in the left upper lobe, measuring 6 and 8 mm, '
        'are stable compared with the prior examination, and there is no mosaic attenuation, '
        'septal thickening or airway wall thickening. PLEURA: Calcified pleural plaques along'
        ' the diaphragmatic pleura bilaterally, consistent with prior asbestos exposure, with'
        ' no pleural effusion. HEART AND VESSELS: Coronary calcification in the left anterior'
        ' descending artery. MEDIASTINUM AND HILA: No lymphadenopathy. UPPER ABDOMEN: A 1.8 '
        'cm right adrenal adenoma. BONES: Normal. IMPRESSION: 1. Stable left upper lobe '
        'nodules. 2. Calcified pleural plaques from asbestos exposure.'
    ), {NOD, CAC}),
    ("er-31", "en", (
        'HEART AND VESSELS: Eccentric chronic thrombus in both lower lobe pulmonary arteries,'
        ' an enlarged main pulmonary artery, and right ventricular enlargement with mild '
        'cardiomegaly. LUNGS AND AIRWAYS: Mosaic attenuation with regions of decreased '
        'attenuation and vessel caliber, consistent with mosaic perfusion, and a peripheral '
        'linear scar in the left lower lobe. PLEURA: No effusion. MEDIASTINUM AND HILA: No '
        'enlarged lymph nodes. LINES AND TUBES: An inferior vena cava filter is partially '
        'imaged. IMPRESSION: 1. Findings of chronic thromboembolic disease with mosaic '
        'perfusion and signs of pulmonary hypertension. 2. Mild cardiomegaly.'
    ), {CM, MOS, FIB, MM}),
    ("er-32", "en", (
        'MEDIASTINUM AND HILA: A multinodular goiter extends into the superior mediastinum '
        'with mild leftward tracheal deviation, and there is no mediastinal or hilar '
        'lymphadenopathy. LUNGS AND AIRWAYS: The lungs are clear apart from mild bibasilar '
        'dependent atelectasis, with no nodules, consolidation or emphysema. PLEURA: No '
        'effusion. HEART AND VESSELS: Normal heart size. Atherosclerotic calcification of the'
        ' aortic arch and of the brachiocephalic artery. BONES: Anterior wedge compression '
        'deformity of T11, age-indeterminate. IMPRESSION: 1. Multinodular goiter with '
        'substernal extension. 2. Aortic atherosclerosis.'
    ), {ATL, AWC}),
    ("er-33", "en", (
        'LUNGS AND AIRWAYS: Opacity in the posterior basal segment of the left lower lobe, '
        'likely atelectasis, although superimposed consolidation cannot be excluded. PLEURA: '
        'Small left pleural effusion. HEART AND VESSELS: Mild cardiomegaly. No pericardial '
        'effusion. Aortic calcification is absent. MEDIASTINUM AND HILA: No lymphadenopathy. '
        'UPPER ABDOMEN: Bilateral simple renal cysts and a nonobstructing left renal '
        'calculus. LINES AND TUBES: None. IMPRESSION: 1. Left lower lobe atelectasis with a '
        'small left pleural effusion; pneumonia cannot be excluded. 2. Mild cardiomegaly.'
    ), {ATL, CON, PE, CM}),
    ("er-34", "en", (
        'LINES AND TUBES: A tracheostomy tube is in satisfactory position, and a percutaneous'
        ' gastrostomy tube is seen in the upper abdomen. LUNGS AND AIRWAYS: Varicoid '
        'bronchiectasis in both lower lobes with mucus plugging and bronchial wall '
        'thickening, and mild mosaic attenuation, but no consolidation. PLEURA: No effusion. '
        'HEART AND VESSELS: Normal. MEDIASTINUM AND HILA: An enlarged, reactive-appearing '
        'subcarinal lymph node measuring 1.3 cm. IMPRESSION: 1. Bilateral lower lobe '
        'bronchiectasis with mucus plugging and bronchial wall thickening, compatible with '
        'chronic aspiration or infection. 2. Mildly enlarged subcarinal lymph node, likely '
        'reactive.'
    ), {MM, BRX, PBT, MOS, LN}),
    ("er-35", "en", (
        'COMPARISON: CT of 4 months ago during COVID-19 pneumonia. LUNGS AND AIRWAYS: There '
        'has been marked interval improvement, with residual faint ground-glass opacities and'
        ' curvilinear subpleural fibrotic bands in both lower lobes, and no consolidation or '
        'pleural effusion. HEART AND VESSELS: Normal heart size, no pericardial effusion. '
        'Mild coronary calcification. MEDIASTINUM AND HILA: No lymphadenopathy. IMPRESSION: '
        '1. Post-COVID-19 sequelae with residual ground-glass opacities and fibrotic bands.'
    ), {OPA, FIB, CAC}),
    ("er-36", "en", (
        'LUNGS AND AIRWAYS: No focal consolidation, nodule, mass, ground-glass opacity, '
        'emphysema, atelectasis, fibrosis, or bronchiectasis. The airways are patent without '
        'wall thickening. PLEURA: No pleural effusion. HEART AND VESSELS: Heart size within '
        'normal limits without pericardial effusion. No coronary artery calcification or '
        'aortic calcification. MEDIASTINUM AND HILA: No mediastinal, hilar or axillary '
        'lymphadenopathy. No hiatal hernia. UPPER ABDOMEN: Normal. BONES: Normal. IMPRESSION:'
        ' 1. Normal CT of the chest.'
    ), set()),
    ("er-37", "en", (
        'HEART AND VESSELS: Enlarged heart, questionable trace pericardial fluid, and '
        'calcified plaques in the coronary arteries and the abdominal aorta. PLEURA: Small '
        'bilateral pleural effusions. LUNGS AND AIRWAYS: Mild interlobular septal thickening '
        'at the lung bases, without consolidation. MEDIASTINUM AND HILA: No lymphadenopathy. '
        'UPPER ABDOMEN: Cirrhotic liver morphology with ascites. LINES AND TUBES: A '
        'prosthetic aortic valve is in place. IMPRESSION: 1. Cardiomegaly, small pleural '
        'effusions, and basal septal thickening, likely from volume overload.'
    ), {CM, PCE, CAC, AWC, PE, IST, MM}),
    ("er-38", "en", (
        'LUNGS AND AIRWAYS: Innumerable bilateral pulmonary nodules of varying size, the '
        'largest 2.2 cm in the right lower lobe, consistent with hematogenous metastases, '
        'along with nodular interlobular septal thickening in the left lower lobe concerning '
        'for lymphangitic spread. PLEURA: No effusion. HEART AND VESSELS: No pericardial '
        'effusion. MEDIASTINUM AND HILA: Enlarged bilateral hilar lymph nodes. LINES AND '
        'TUBES: A right chest wall port with its catheter tip in the superior vena cava. '
        'BONES: Multiple sclerotic lesions in the thoracic spine. IMPRESSION: 1. Widespread '
        'pulmonary metastases with possible lymphangitic carcinomatosis. 2. Hilar '
        'lymphadenopathy. 3. Osseous metastases.'
    ), {NOD, IST, LN, MM}),
    ("er-39", "en", (
        'LUNGS AND AIRWAYS: Mild centrilobular emphysema and scattered patchy opacities in '
        'the right upper lobe, possibly inflammatory, without bronchial wall thickening or '
        'bronchiectasis. PLEURA: No effusion. HEART AND VESSELS: Normal heart size with mild '
        'aortic calcification and no coronary artery calcification. MEDIASTINUM AND HILA: '
        'Small hiatal hernia. No lymphadenopathy. IMPRESSION: 1. Patchy right upper lobe '
        'opacities, possibly inflammatory; follow-up is recommended. 2. Emphysema.'
    ), {EMP, OPA, AWC, HH}),
    ("er-40", "en", (
        'CHEST WALL AND BREASTS: Status post left mastectomy with a left breast implant and '
        'surgical clips in the left axilla. LUNGS AND AIRWAYS: Radiation fibrosis in the '
        'anterior left upper lobe, with a sharply marginated paramediastinal opacity '
        'consistent with post-radiation scarring, and no pulmonary nodule. PLEURA: No '
        'effusion. HEART AND VESSELS: Normal heart size, no pericardial effusion. MEDIASTINUM'
        ' AND HILA: No lymphadenopathy. BONES: No metastatic lesion. IMPRESSION: 1. Post-'
        'radiation fibrosis in the left upper lobe. 2. No evidence of recurrent disease.'
    ), {MM, FIB}),
    ("er-41", "en", (
        'LUNGS AND AIRWAYS: Throughout both lungs there are scattered areas of mosaic '
        'attenuation, a few thin-walled cysts, mild peribronchial thickening, and a 5 mm '
        'solid nodule in the right upper lobe, but no consolidation, no bronchiectasis and no'
        ' septal thickening, and the findings are overall unchanged from the study performed '
        'one year earlier. PLEURA: No pleural effusion, but there is mild pleural thickening '
        'on the left. HEART AND VESSELS: Normal heart size. MEDIASTINUM AND HILA: No '
        'lymphadenopathy. IMPRESSION: 1. Stable mosaic attenuation, peribronchial thickening '
        'and a small solid nodule; the airway findings may relate to small airways disease.'
    ), {MOS, PBT, NOD}),
    ("er-42", "en", (
        'LINES AND TUBES: An endovascular stent graft in the descending thoracic aorta '
        'without endoleak, and an esophageal stent at the gastroesophageal junction. HEART '
        'AND VESSELS: Extensive mural calcification of the aortic arch and the proximal '
        'subclavian arteries, normal heart size, and no pericardial effusion. LUNGS AND '
        'AIRWAYS: Subsegmental atelectasis in the left lower lobe next to a small left '
        'pleural effusion. MEDIASTINUM AND HILA: No hiatal hernia; no lymphadenopathy. '
        'IMPRESSION: 1. Aortic stent graft in expected position. 2. Small left pleural '
        'effusion with adjacent atelectasis.'
    ), {MM, AWC, ATL, PE}),
    ("er-43", "en", (
        'LUNGS AND AIRWAYS: Right upper lobe consolidation with internal cavitation and '
        'surrounding ground-glass opacity, and scattered clustered nodules in the right lower'
        ' lobe, in keeping with an active infectious process such as tuberculosis. PLEURA: No'
        ' effusion. MEDIASTINUM AND HILA: Enlarged right paratracheal lymph nodes with '
        'central necrosis. HEART AND VESSELS: Normal. IMPRESSION: 1. Cavitary right upper '
        'lobe consolidation with nodules and necrotic lymphadenopathy, suspicious for active '
        'tuberculosis.'
    ), {CON, OPA, NOD, LN}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("er-44", "en", (
        'LUNGS AND AIRWAYS: Complete collapse of the left upper lobe due to an obstructing '
        'endobronchial mass in the left upper lobe bronchus, with compensatory hyperinflation'
        ' of the left lower lobe and no emphysema. PLEURA: Small left pleural effusion. HEART'
        ' AND VESSELS: Normal heart size; coronary calcifications. MEDIASTINUM AND HILA: An '
        'enlarged aortopulmonary window lymph node measuring 1.7 cm. IMPRESSION: 1. Left '
        'upper lobe collapse secondary to an obstructing endobronchial mass, suspicious for '
        'bronchogenic carcinoma. 2. Aortopulmonary window lymphadenopathy.'
    ), {ATL, PE, CAC, LN}),
    ("er-45", "en", (
        'CLINICAL HISTORY: Fifth day after coronary artery bypass grafting. LINES AND TUBES: '
        'Median sternotomy wires and mediastinal surgical clips, with a small amount of '
        'subcutaneous emphysema in the anterior chest wall. HEART AND VESSELS: Normal heart '
        'size with a new small pericardial effusion; calcification of the coronary arteries '
        'and the thoracic aorta. PLEURA: The left pleural effusion seen on the previous study'
        ' has resolved. LUNGS AND AIRWAYS: Bibasilar linear atelectasis, without '
        'consolidation. MEDIASTINUM AND HILA: Postoperative mediastinal fat stranding without'
        ' fluid collection or lymphadenopathy. IMPRESSION: 1. Expected postoperative changes '
        'after coronary artery bypass grafting. 2. Small pericardial effusion. 3. Resolved '
        'left pleural effusion.'
    ), {MM, PCE, CAC, AWC, ATL}),
]

OPEN: dict[tuple[str, str], str] = {
    ('er-22', CON): "'airspace opacities' counts as consolidation (airspace disease), not only as an opacity; a convention not settled",
}


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
