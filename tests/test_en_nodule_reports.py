"""Probe: English chest CT reports centred on pulmonary nodules, as written for lung cancer
screening (Lung-RADS) and incidental nodule follow-up (Fleischner): solid, pure ground-glass and
part-solid nodules, calcified granulomas, perifissural/subpleural/centrilobular nodules and
micronodules, sizes and volumes, interval change (stable, decreased, resolved, new), Lung-RADS
categories and recommendations, denials ("no suspicious pulmonary nodule", "no new nodules") and
nodules of other organs (thyroid, adrenal, liver, breast, kidney), together with other findings
stated or denied. US, UK and CT-RATE styles are mixed. The reports were written for this file
without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or
hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ('enm-01', 'en',
     'EXAMINATION: Low-dose CT chest for lung cancer screening. COMPARISON: Prior screening CT '
     'from 12 months ago. FINDINGS: Lungs: A 4 mm solid nodule in the right upper lobe (series 3, '
     'image 45) is unchanged. Mild centrilobular emphysema in the upper lobes. No consolidation '
     'or pleural effusion. Mediastinum: No enlarged mediastinal or hilar lymph nodes. Heart size '
     'is normal. No pericardial effusion. Moderate coronary artery calcification involving the '
     'LAD. IMPRESSION: Lung-RADS 2, benign appearance or behavior. Continue annual screening with '
     'low-dose CT in 12 months.',
     {NOD, EMP, CAC}),
    ('enm-02', 'en',
     'Indication: Incidental lung nodule on CT abdomen, for follow up. Findings: The previously '
     'noted 5 mm ground-glass nodule in the left lower lobe has resolved. No new pulmonary '
     'nodules. There is minor dependent atelectasis at both bases. No pleural or pericardial '
     'effusion. The heart is not enlarged. Small sliding hiatus hernia. No mediastinal '
     'lymphadenopathy. Conclusion: Resolution of the left lower lobe ground-glass nodule, in '
     'keeping with a transient inflammatory process. No further follow up required.',
     {ATL, HH}),
    ('enm-03', 'en',
     'The trachea and main bronchi are patent. Calcified atherosclerotic plaques are seen in the '
     'aortic arch and coronary arteries. Heart size is normal. No pericardial effusion. No lymph '
     'nodes of pathological size or appearance were detected in the mediastinum and hilar '
     'regions. On the lung window, a 3 mm nonspecific nodule is seen in the superior segment of '
     'the right lower lobe. A calcified nodule consistent with a granuloma is observed in the '
     'left upper lobe. No pleural effusion or thickening. No infiltration or consolidation was '
     'observed in both lungs. A 10 mm hypodense nodule in the left adrenal gland, consistent with '
     'an adenoma.',
     {AWC, CAC, NOD}),
    ('enm-04', 'en',
     'CLINICAL HISTORY: 64-year-old former smoker, 40 pack-years, annual screening. FINDINGS: '
     'There is a part-solid nodule in the apicoposterior segment of the left upper lobe measuring '
     '14 mm in total diameter with a new solid component of 3 mm; it was previously a pure '
     'ground-glass nodule of 12 mm. Paraseptal and centrilobular emphysema. Scattered bronchial '
     'wall thickening. No pleural effusion. Heart normal in size. Atherosclerotic calcification '
     'of the thoracic aorta. Mild coronary calcification. No hiatal hernia. No adenopathy. '
     'IMPRESSION: Lung-RADS 4A: part-solid nodule with a new solid component. Recommend 3-month '
     'LDCT; PET/CT may be considered.',
     {NOD, EMP, PBT, AWC, CAC}),
    ('enm-05', 'en',
     'Lung cancer screening CT, baseline. No pulmonary nodules. No emphysema. No consolidation, '
     'ground-glass opacity or pleural effusion. No bronchiectasis. Subsegmental atelectasis in '
     'the lingula. The heart is normal in size without pericardial effusion. No coronary artery '
     'calcification. The thoracic aorta is normal in calibre without calcification. Small hiatal '
     'hernia. No mediastinal, hilar or axillary lymphadenopathy. Impression: Lung-RADS 1, '
     'negative. Continue annual screening in 12 months.',
     {ATL, HH}),
    ('enm-06', 'en',
     'FINDINGS: Numerous centrilobular nodules in the right middle and lower lobes with '
     'associated bronchial wall thickening, most likely infectious bronchiolitis. Mild '
     'cylindrical bronchiectasis in the right middle lobe. No consolidation. No pleural effusion. '
     'The heart and pericardium are unremarkable. No lymphadenopathy. IMPRESSION: Infectious '
     'bronchiolitis in the right middle and lower lobes; follow-up CT after treatment.',
     {NOD, PBT, BRX}),
    ('enm-07', 'en',
     'CT chest with contrast. Indication: Cough. Findings: 7 x 5 mm solid nodule in the right '
     'middle lobe (image 88). No other nodules. Small left pleural effusion with adjacent '
     'compressive atelectasis. The heart is mildly enlarged. No pericardial effusion. Mediastinal '
     'and hilar lymph nodes are not enlarged. Impression: 1. Solitary 7 mm solid pulmonary '
     'nodule; per Fleischner Society guidelines, CT at 6-12 months is recommended for a low-risk '
     'patient. 2. Small left pleural effusion with compressive atelectasis. 3. Mild cardiomegaly.',
     {NOD, PE, ATL, CM}),
    ('enm-08', 'en',
     'Findings: No suspicious pulmonary nodule or mass. Bibasilar subpleural reticulation with '
     'traction bronchiectasis and honeycombing in the lower lobes. Interlobular septal thickening '
     'at the periphery. No pleural effusion. Mildly enlarged mediastinal lymph nodes up to 13 mm '
     'in short axis, likely reactive. Heart normal in size. Impression: Fibrotic interstitial '
     'lung disease in a UIP pattern. No suspicious pulmonary nodule.',
     {FIB, BRX, IST, LN}),
    ('enm-09', 'en',
     'Screening low-dose CT, annual follow-up. Comparison: 2022. A 5 mm triangular perifissural '
     'nodule abutting the right major fissure is unchanged, compatible with an intrapulmonary '
     'lymph node. No new nodules. Mild emphysema. No pleural effusion. No consolidation. '
     'Extensive coronary artery calcification. Calcification of the thoracic aorta. Lung-RADS 2. '
     'Continue annual screening.',
     {NOD, EMP, CAC, AWC}),
    ('enm-10', 'en',
     'Comparison is made with the CT of 14 March. There is a new 6 mm solid nodule in the left '
     'lower lobe. The previously described right upper lobe nodule is stable at 4 mm. The '
     'bilateral pleural effusions have resolved. Residual linear atelectasis at the left base. '
     'Sternotomy wires and mediastinal surgical clips. Prosthetic aortic valve. Heart size '
     'normal. No lymphadenopathy. Impression: New 6 mm left lower lobe nodule. Lung-RADS 3; '
     'recommend 6-month LDCT.',
     {NOD, ATL, MM}),
    ('enm-11', 'en',
     'The mediastinum was only partly assessable, the examination being non-contrast. The heart '
     'is of normal size. No pericardial effusion or thickening. The thoracic esophagus has a '
     'normal calibre without wall thickening. Enlarged lymph nodes are observed in the '
     'prevascular and right paratracheal areas, the largest measuring 15x11 mm. On the lung '
     'window, bilateral ground glass nodules are observed, the largest in the right upper lobe '
     'measuring 8 mm. Mild atelectasis in the middle lobe. No pleural effusion. Degenerative '
     'changes in the thoracic vertebrae.',
     {LN, NOD, ATL}),
    ('enm-12', 'en',
     'Follow-up CT for pulmonary nodules. The left upper lobe solid nodule has decreased in size, '
     'now 4 mm, previously 7 mm. The right lower lobe part-solid nodule measures 11 mm with a 4 '
     'mm solid component, unchanged. The patchy ground-glass opacity in the right lower lobe seen '
     'previously has cleared. No consolidation. Small pericardial effusion. No pleural effusion. '
     'Moderate hiatal hernia. Impression: Decreasing left upper lobe nodule and stable part-solid '
     'nodule; continued surveillance recommended.',
     {NOD, PCE, HH}),
    ('enm-13', 'en',
     'CT thorax. Clinical details: Weight loss, ex-smoker, ?malignancy. Report: No lung nodules '
     'or masses. Extensive centrilobular and paraseptal emphysema with apical bullae. Bronchial '
     'wall thickening in the lower lobes. No pleural effusion. No mediastinal or hilar '
     'lymphadenopathy. The heart is normal in size. Aortic and coronary calcification. The '
     'included upper abdomen shows a 2 cm hypodense liver lesion, likely a cyst. Conclusion: No '
     'evidence of malignancy. Emphysema.',
     {EMP, PBT, AWC, CAC}),
    ('enm-14', 'en',
     'FINDINGS: Thyroid: 18 mm hypodense nodule in the right thyroid lobe; nonemergent thyroid '
     'ultrasound recommended. Lungs: Densely calcified 6 mm granuloma in the right lower lobe, '
     'benign. Mild dependent atelectasis. No pleural effusion. No consolidation. No other '
     'pulmonary nodules. Mediastinum: Calcified subcarinal and right hilar lymph nodes, not '
     'enlarged. Heart: Normal size. No pericardial effusion. Upper abdomen: Cholecystectomy '
     'clips. IMPRESSION: 1. Benign calcified granuloma in the right lower lobe, no follow-up '
     'needed. 2. Right thyroid nodule.',
     {NOD, ATL, MM}),
    ('enm-15', 'en',
     'Low-dose CT lung screening, round 3. Nodule 1: solid, left upper lobe, volume 85 mm3 '
     '(previously 82 mm3), volume doubling time over 600 days, stable. Nodule 2: solid, '
     'subpleural, right lower lobe, 42 mm3, unchanged. No new nodules. No pleural effusion or '
     'thickening. Moderate emphysema, upper lobe predominant. Coronary calcium present, moderate. '
     'Hiatus hernia. Conclusion: Stable nodules, indeterminate-negative screen result; next round '
     'in 12 months.',
     {NOD, EMP, CAC, HH}),
    ('enm-16', 'en',
     'CT CHEST WITHOUT CONTRAST. HISTORY: Fever, rule out pneumonia. FINDINGS: Patchy '
     'consolidation in the left lower lobe with air bronchograms and surrounding ground-glass '
     'opacity. A few scattered micronodules in the left lower lobe, likely inflammatory. Small '
     'left pleural effusion. No pericardial effusion. Heart size normal. Enlarged left hilar '
     'lymph node measuring 12 mm in short axis, likely reactive. IMPRESSION: Left lower lobe '
     'pneumonia with a small parapneumonic effusion. Follow-up CT in 3 months to document '
     'resolution of the micronodules.',
     {CON, OPA, NOD, PE, LN}),
    ('enm-17', 'en',
     'Indication: Follow-up of right upper lobe nodule. Comparison: CTs from 2021 and 2022. The 5 '
     'mm solid nodule in the right upper lobe is stable for 2 years, consistent with a benign '
     'aetiology. No new nodules. Mild bronchiectasis in the lingula. Linear scarring in the right '
     'middle lobe. No pleural effusion. Heart size normal. Impression: Right upper lobe nodule '
     'stable for 2 years; no further follow-up required.',
     {NOD, BRX, FIB}),
    ('enm-18', 'en',
     'Annual LDCT. There is an enlarging spiculated solid nodule in the right upper lobe, now 18 '
     'x 14 mm (previously 9 mm). Enlarged right hilar and subcarinal lymph nodes, the largest 16 '
     'mm. No pleural effusion. No pericardial effusion. Moderate emphysema. Atherosclerotic '
     'calcification of the aortic arch. Impression: Lung-RADS 4B. Enlarging spiculated right '
     'upper lobe nodule with hilar and subcarinal lymphadenopathy, highly suspicious for primary '
     'bronchogenic carcinoma. Recommend PET/CT and tissue sampling.',
     {NOD, LN, EMP, AWC}),
    ('enm-19', 'en',
     'Findings: Several small subpleural nodules in the left lower lobe, the largest measuring 4 '
     'mm. Calcified pleural plaques along both hemidiaphragms, consistent with prior asbestos '
     'exposure. No pleural effusion. Smooth interlobular septal thickening at the lung bases. '
     'Mild cardiomegaly. No pericardial effusion. No hiatal hernia. Impression: Calcified pleural '
     'plaques. Small subpleural nodules; optional CT at 12 months per Fleischner criteria.',
     {NOD, IST, CM}),
    ('enm-20', 'en',
     'History: Right upper lobectomy in 2019 for adenocarcinoma, surveillance. Findings: '
     'Postsurgical changes of right upper lobectomy with a staple line at the right hilum. No '
     'suspicious pulmonary nodule. Scarring along the staple line. Small loculated right pleural '
     'effusion, unchanged. No mediastinal lymphadenopathy. Heart normal. No pericardial effusion. '
     'Impression: No evidence of recurrence.',
     {MM, FIB, PE}),
    ('enm-21', 'en',
     'Trachea and both main bronchi are patent. The great vessels and the heart contour and size '
     'are normal. Thoracic aorta diameter is normal. No pericardial effusion or thickening. The '
     'thoracic esophagus has a normal calibre. No enlarged lymph nodes in the prevascular, '
     'pre-paratracheal, subcarinal or bilateral hilar-axillary regions. On the lung window, a few '
     'millimetric nonspecific nodules are observed in both lungs, the largest 4 mm in the left '
     'lower lobe. Linear atelectasis in the lingula. Centriacinar emphysema is present in both '
     'upper lobes. No pleural effusion. A sliding type hiatal hernia is seen at the lower end of '
     'the esophagus.',
     {NOD, ATL, EMP, HH}),
    ('enm-22', 'en',
     'LDCT for lung cancer screening, follow-up. Stable 15 mm pure ground-glass nodule in the '
     'left upper lobe, unchanged since the baseline study 2 years ago, without a solid component. '
     'No new nodules. Mild paraseptal emphysema. Bronchial wall thickening. No pleural effusion, '
     'no pericardial effusion. Mild coronary artery calcifications. Lung-RADS 2. Continue annual '
     'screening.',
     {NOD, EMP, PBT, CAC}),
    ('enm-23', 'en',
     'Comparison with CT of 3 months ago. The previously described 8 mm solid nodule in the right '
     'lower lobe is no longer visualised, and the surrounding consolidation has resolved. No '
     'pulmonary nodules are identified on the current study. There is new mild cardiomegaly and a '
     'small pericardial effusion. Small bilateral pleural effusions with passive atelectasis at '
     'the bases. Impression: Resolution of the right lower lobe nodule and consolidation, in '
     'keeping with an infectious process. New small bilateral pleural effusions and pericardial '
     'effusion.',
     {CM, PCE, PE, ATL}),
    ('enm-24', 'en',
     'CT chest, abdomen and pelvis. Chest: No pulmonary nodules. Lungs are clear without '
     'consolidation or effusion. Heart size normal. Mild atherosclerotic calcification of the '
     'descending aorta. Abdomen: A 12 mm left adrenal nodule with attenuation of 8 HU, consistent '
     'with a lipid-rich adenoma. Several small hypoattenuating liver nodules, too small to '
     'characterise. Enlarged retroperitoneal lymph nodes up to 18 mm in short axis. Bilateral '
     'iliac artery calcifications. Impression: No pulmonary nodules. Retroperitoneal '
     'lymphadenopathy, indeterminate.',
     {AWC, LN}),
    ('enm-25', 'en',
     'HRCT chest with inspiratory and expiratory images. Mosaic attenuation in both lungs with '
     'air trapping on expiratory images, suggesting small airways disease. Scattered ill-defined '
     'centrilobular ground-glass nodules in the upper lobes. Mild bronchial wall thickening. No '
     'honeycombing and no traction bronchiectasis. No pleural effusion. No lymphadenopathy. Heart '
     'normal. Impression: Findings most consistent with subacute hypersensitivity pneumonitis.',
     {MOS, NOD, PBT}),
    ('enm-26', 'en',
     'CTPA. Clinical details: Pleuritic chest pain, raised D-dimer. No pulmonary embolus. A 3 mm '
     'solid nodule in the right upper lobe; under Fleischner guidance no follow up is required '
     'for a nodule of this size in a low-risk patient. Small bilateral pleural effusions. Bibasal '
     'atelectasis. The heart is enlarged. No pericardial effusion. Opinion: No PE. Incidental 3 '
     'mm lung nodule, no follow up needed.',
     {NOD, PE, ATL, CM}),
    ('enm-27', 'en',
     'Baseline lung cancer screening CT. A solid nodule in the left lower lobe with a mean '
     'diameter of 6.5 mm. Additional 2 mm and 3 mm solid nodules in the right upper lobe. Mild '
     'centrilobular emphysema. No consolidation and no ground-glass opacity. No pleural effusion. '
     'Severe three-vessel coronary artery calcification. Heart size upper normal. Impression: '
     'Lung-RADS 3, probably benign; 6-month LDCT recommended. Coronary artery calcification, '
     'cardiology referral suggested.',
     {NOD, EMP, CAC}),
    ('enm-28', 'en',
     'Findings: In the right upper lobe there is an 11 mm ground-glass nodule with a 2 mm central '
     'solid component, which may represent adenocarcinoma in situ or minimally invasive '
     'adenocarcinoma. Elsewhere, minor scarring at the left apex. No pleural effusion. Mild '
     'dilatation of the ascending aorta to 41 mm. Calcified plaque in the aortic arch. No '
     'enlarged lymph nodes. Recommendation: CT in 3-6 months to confirm persistence.',
     {NOD, FIB, AWC}),
    ('enm-29', 'en',
     'CT chest. Dual-chamber pacemaker with leads in the right atrium and right ventricle. Marked '
     'cardiomegaly. Moderate right and small left pleural effusions with adjacent compressive '
     'atelectasis. Smooth interlobular septal thickening, consistent with interstitial pulmonary '
     'oedema. A 5 mm nodule in the right upper lobe; a further small nodule cannot be excluded in '
     'the atelectatic left lower lobe. Impression: Congestive heart failure. Right upper lobe 5 '
     'mm nodule, reassess after treatment.',
     {MM, CM, PE, ATL, IST, NOD}),
    ('enm-30', 'en',
     'Examination: Non-contrast thorax CT. Heart sizes are increased. Calcific plaques are '
     'observed in the coronary arteries. No pericardial effusion. No lymph nodes of pathological '
     'size in the mediastinum. In both lungs, sequelae fibrotic changes are seen in the upper '
     'lobes. A subpleural nodule of 5x4 mm is observed in the posterobasal segment of the right '
     'lower lobe. A calcified nodule in the left upper lobe was evaluated as a granuloma. No '
     'pleural effusion. No consolidation.',
     {CM, CAC, FIB, NOD}),
    ('enm-31', 'en',
     'FINDINGS: A 9 mm nodule in the upper outer quadrant of the left breast; recommend '
     'correlation with mammography. No axillary lymphadenopathy. Lungs: Consolidation in the '
     'right lower lobe with volume loss. Plate-like atelectasis in the left lower lobe. No '
     'pulmonary nodules. No pleural effusion. Upper abdomen: 1.5 cm exophytic right renal nodule, '
     'indeterminate. IMPRESSION: 1. Right lower lobe consolidation, likely pneumonia. 2. Left '
     'breast nodule and indeterminate right renal nodule, further evaluation recommended. 3. No '
     'pulmonary nodules.',
     {CON, ATL}),
    ('enm-32', 'en',
     'Findings: Cylindrical bronchiectasis in the right middle lobe and lingula with bronchial '
     'wall thickening and mucus plugging. Multiple small nodules in the right middle lobe, the '
     'largest 7 mm, suggestive of nontuberculous mycobacterial infection. Volume loss with '
     'atelectasis of the middle lobe. No cavitation. No pleural effusion. No mediastinal '
     'adenopathy. Impression: Bronchiectasis and nodules in a pattern suspicious for MAC '
     'infection.',
     {BRX, PBT, NOD, ATL}),
    ('enm-33', 'en',
     'History: Colon cancer with pulmonary metastases, on chemotherapy. Comparison: CT 3 months '
     'prior. Multiple bilateral pulmonary nodules have decreased in size; the index nodule in the '
     'right lower lobe measures 9 mm (previously 14 mm). No new nodules. Port catheter in the '
     'right chest wall with the tip at the cavoatrial junction. No pleural effusion. No '
     'lymphadenopathy. Liver metastases are better assessed on the abdominal CT. Impression: '
     'Partial response of pulmonary metastases.',
     {NOD, MM}),
    ('enm-34', 'en',
     'Clinical information: history of treated tuberculosis. Report: Fibrotic bands and calcified '
     'granulomas in the right upper lobe, consistent with old granulomatous disease. Traction '
     'bronchiectasis at the right apex. No active consolidation. No cavity. No pleural effusion. '
     'Calcified right hilar lymph nodes, not enlarged. No pericardial effusion. Conclusion: '
     'Post-tuberculous sequelae without signs of active disease.',
     {FIB, NOD, BRX}),
    ('enm-35', 'en',
     'LOW-DOSE CT LUNG CANCER SCREENING. Technique: Low-dose helical CT without contrast. '
     'Comparison: None. Findings: Lungs and airways: 3 mm solid nodule in the left upper lobe. 4 '
     'mm calcified nodule in the right lower lobe. Moderate centrilobular emphysema. No '
     'consolidation. Pleura: No effusion or pneumothorax. Heart and mediastinum: Heart size '
     'normal. Moderate coronary artery calcification. Small hiatal hernia. No lymphadenopathy. '
     'IMPRESSION: Lung-RADS 2S. S: emphysema, coronary artery calcification. Continue annual LDCT '
     'in 12 months.',
     {NOD, EMP, CAC, HH}),
    ('enm-36', 'en',
     'Findings: Enlarged multinodular thyroid goitre with retrosternal extension, the dominant '
     'nodule measuring 25 mm on the left. Mild tracheal deviation to the right. Lungs: no '
     'suspicious pulmonary nodules. Mild paraseptal emphysema. Subsegmental atelectasis in the '
     'right lower lobe. Pleural spaces clear. Heart size normal. Calcified aortic arch. '
     'Impression: Multinodular goitre with retrosternal extension. No suspicious lung nodules.',
     {EMP, ATL, AWC}),
    ('enm-37', 'en',
     'Trachea and main bronchi are open, no obstructive pathology. Mediastinal vascular '
     'structures are natural. Heart size increased, and pericardial effusion of 12 mm in '
     'thickness is seen. Lymph nodes of pathological size reaching 14 mm in short axis were '
     'observed in the subcarinal area. Interlobular septal thickenings in the lower lobes of both '
     'lungs. A solid nodule of 6 mm in the lateral segment of the right middle lobe. Bilateral '
     'pleural effusion, reaching 3 cm in thickness on the right.',
     {CM, PCE, LN, IST, NOD, PE}),
    ('enm-38', 'en',
     'Annual screening LDCT. Findings: New cluster of small centrilobular nodules in the left '
     'lower lobe, the largest 5 mm, likely infectious or inflammatory. Bronchial wall thickening '
     'in the left lower lobe. Stable 3 mm right upper lobe nodule. Mild emphysema. No pleural '
     'effusion. No lymphadenopathy. Impression: Lung-RADS 0. Findings suggestive of an infectious '
     'or inflammatory process; recommend 1-3 month LDCT follow-up.',
     {NOD, PBT, EMP}),
    ('enm-39', 'en',
     'CT chest for staging of renal cell carcinoma. Two new solid pulmonary nodules, 8 mm in the '
     'left lower lobe and 5 mm in the right upper lobe, suspicious for metastases. No mediastinal '
     'or hilar lymphadenopathy. No pleural effusion. Small volume ascites in the upper abdomen. '
     'Right nephrectomy clips. Atherosclerotic calcification of the aorta and the coronary '
     'arteries. Impression: Two new pulmonary nodules suspicious for metastatic disease.',
     {NOD, MM, AWC, CAC}),
    ('enm-40', 'en',
     'CT thorax (HRCT protocol). Indication: Breathlessness, ?ILD. Findings: Mild basal '
     'subpleural reticulation without honeycombing. Mosaic attenuation in the lower lobes. Mild '
     'bronchiolectasis at both bases. No nodules. No effusions. No mediastinal lymphadenopathy. '
     'Heart normal size. No hiatus hernia. Conclusion: Early fibrotic ILD, probable UIP pattern '
     'versus fibrotic HP given the mosaic attenuation.',
     {FIB, MOS, BRX}),
    ('enm-41', 'en',
     'Findings: Bilateral symmetric hilar and mediastinal lymphadenopathy, the largest right '
     'hilar node measuring 22 mm. Perilymphatic micronodules along the bronchovascular bundles '
     'and fissures in the upper lobes. Interlobular septal thickening in the upper zones. No '
     'fibrosis. No pleural effusion. Heart normal in size. Impression: Findings consistent with '
     'stage II sarcoidosis.',
     {LN, NOD, IST}),
    ('enm-42', 'en',
     'Follow-up after right pneumothorax treated with a chest tube. The chest tube has been '
     'removed. No residual pneumothorax. The right upper lobe nodule, 6 x 4 mm, has decreased '
     'slightly. No new nodules. Minor parenchymal scarring at the right apex. Small right pleural '
     'effusion. Heart size normal. Impression: Resolved pneumothorax. Slightly smaller right '
     'upper lobe nodule.',
     {NOD, FIB, PE}),
    ('enm-43', 'en',
     'Patient intubated. Endotracheal tube tip 3 cm above the carina. Nasogastric tube in the '
     'stomach. Right internal jugular central venous catheter with the tip in the superior vena '
     'cava. Bilateral lower lobe consolidations with air bronchograms. Bilateral pleural '
     'effusions. A 4 mm nodule in the right upper lobe is noted incidentally. No pericardial '
     'effusion. Heart normal size.',
     {MM, CON, PE, NOD}),
    ('enm-44', 'en',
     'Reason for exam: Rule out pulmonary nodule seen on chest radiograph. Findings: The density '
     'on the chest radiograph corresponds to the nipple shadow. No pulmonary nodule is '
     'identified. Minimal dependent atelectasis. No pleural effusion. No pericardial effusion. '
     'Heart normal. Calcified atherosclerotic plaque in the aortic arch and left subclavian '
     'artery. Small hiatal hernia. Impression: No pulmonary nodule. The radiographic finding '
     'corresponds to the nipple shadow.',
     {ATL, AWC, HH}),
    ('enm-45', 'en',
     'LDCT lung screening, 6-month follow-up of a Lung-RADS 3 nodule. The left lower lobe solid '
     'nodule measures 6 mm in mean diameter, unchanged in 6 months. No new nodules. There is a '
     'small area of ground-glass opacity in the right middle lobe, likely inflammatory. Mild '
     'bilateral apical pleural thickening. No pleural effusion. Calcified plaques in the '
     'descending aorta. Impression: Lung-RADS 2, continue annual screening in 12 months.',
     {NOD, OPA, AWC}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
