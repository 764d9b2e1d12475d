"""Probe: English oncology chest CT reports (staging and restaging, RECIST target and
non-target lesions, PR/SD/PD/CR, lymphangitic carcinomatosis, pleural and pericardial
metastases with effusion, radiation pneumonitis and fibrosis, drug-induced pneumonitis,
post-lobectomy and wedge-resection staple lines, ports, nodal disease by station, treated
nodules that decreased or disappeared), in US, UK and CT-RATE styles. The reports were
written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA,
                      PBT, PCE, PE, probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ('eon-01', 'en',
     'CT CHEST WITH CONTRAST. INDICATION: Newly diagnosed adenocarcinoma of the right upper lobe, '
     'staging. FINDINGS: There is a 2.3 cm spiculated nodule in the apical segment of the right '
     'upper lobe, consistent with the known primary. An enlarged right paratracheal (station 4R) '
     'lymph node measures 1.6 cm in short axis, suspicious for nodal metastasis. The subcarinal '
     '(station 7) node is not enlarged. No pleural effusion. No pericardial effusion. Mild '
     'centrilobular emphysema in the upper lobes. Heart size is normal. No consolidation. '
     'IMPRESSION: 1. Right upper lobe primary with ipsilateral 4R nodal disease, at least cT1c '
     'N2. 2. Emphysema.',
     {NOD, LN, EMP}),
    ('eon-02', 'en',
     'CT thorax, abdomen and pelvis. Clinical details: small cell lung cancer, restaging after '
     'four cycles of chemotherapy. Comparison is made with the staging CT of 3 March. The left '
     'lower lobe primary tumour has decreased in size and now measures 2.1 cm (previously 3.8 '
     'cm). Previously enlarged left hilar and subcarinal lymph nodes are no longer enlarged. '
     'Minor left lower lobe atelectasis distal to the tumour. There is no pleural effusion. Left '
     'subclavian Port-a-Cath in situ with its tip at the cavoatrial junction. Conclusion: partial '
     'response.',
     {NOD, ATL, MM}),
    ('eon-03', 'en',
     'The trachea and main bronchi are midline and patent. Mediastinal main vascular structures '
     'and heart size are normal. Pericardial effusion was not detected. Multiple enlarged lymph '
     'nodes are seen in the right hilar and subcarinal regions, the largest measuring 22 mm. '
     'Smooth and beaded interlobular septal thickening is observed in the right lung, more '
     'prominent in the lower lobe, consistent with lymphangitic carcinomatosis. Right pleural '
     'effusion is seen, reaching 3 cm in thickness. There are multiple nodules in both lungs, the '
     'largest 14 mm in the right middle lobe, consistent with metastases. No consolidation was '
     'observed. Lytic lesions are observed in the thoracic vertebrae.',
     {LN, IST, PE, NOD}),
    ('eon-04', 'en',
     'Clinical history: metastatic breast cancer, increasing dyspnoea. Findings: Appearances in '
     'the left lung are in keeping with lymphangitis carcinomatosa, increased since the previous '
     'examination. Moderate left pleural effusion with adjacent passive atelectasis of the left '
     'lower lobe. Left mastectomy changes with surgical clips in the axilla. No enlarged axillary '
     'or mediastinal lymph nodes. No pericardial effusion. No pulmonary nodules. Impression: '
     'progressive lymphangitis carcinomatosa of the left lung; progressive disease.',
     {PE, ATL, MM}),
    ('eon-05', 'en',
     'INDICATION: Lung adenocarcinoma, restaging. FINDINGS: Interval development of irregular '
     'pleural thickening along the right hemithorax with enhancing pleural deposits, compatible '
     'with pleural metastases. There is an associated large right pleural effusion, likely '
     'malignant, causing compressive atelectasis of the right lower lobe. The known right lower '
     'lobe primary now measures 2.6 cm (previously 2.0 cm). No contralateral effusion. '
     'Mediastinal lymph nodes are not enlarged. IMPRESSION: Progressive disease with new pleural '
     'metastases and malignant right pleural effusion (M1a).',
     {PE, ATL, NOD}),
    ('eon-06', 'en',
     'CT CHEST. HISTORY: Melanoma. FINDINGS: There is a moderate pericardial effusion with '
     'irregular enhancing thickening of the pericardium, suspicious for pericardial metastasis. '
     'The heart is not enlarged. Several bilateral pulmonary nodules, the largest 9 mm in the '
     'left lower lobe, are new since the prior study and consistent with metastases. Enlarged '
     'left axillary lymph node measuring 2.0 cm. No pleural effusion. No consolidation. '
     'IMPRESSION: New pericardial effusion with features of pericardial metastatic disease; new '
     'pulmonary metastases; progressive disease.',
     {PCE, NOD, LN}),
    ('eon-07', 'en',
     'History: stage III NSCLC, chemoradiotherapy completed 10 weeks ago, new cough. Findings: '
     'There is ground-glass opacity and consolidation in the left paramediastinal region with a '
     'sharp lateral margin conforming to the radiotherapy portal, in keeping with radiation '
     'pneumonitis. The treated left upper lobe tumour has decreased and now measures 1.4 cm. The '
     'previously enlarged aortopulmonary window (station 5) lymph node is no longer enlarged. No '
     'pleural effusion. No established fibrosis yet. Conclusion: radiation pneumonitis; good '
     'partial response of the primary.',
     {OPA, CON, NOD}),
    ('eon-08', 'en',
     'CT chest 18 months after SBRT for a right lower lobe tumour. FINDINGS: At the treated site '
     'in the right lower lobe there is a band-like area of fibrosis with traction bronchiectasis, '
     'consistent with radiation fibrosis. No enlarging soft tissue to suggest local recurrence. '
     'No new pulmonary nodules. No mediastinal or hilar lymphadenopathy. No pleural effusion. '
     'Coronary artery calcifications are noted in the LAD and RCA. IMPRESSION: Stable post-SBRT '
     'radiation fibrosis. No evidence of recurrence.',
     {FIB, BRX, CAC}),
    ('eon-09', 'en',
     'Indication: metastatic melanoma on pembrolizumab, new dyspnea. Findings: New bilateral '
     'patchy ground-glass opacities with peripheral and peribronchovascular predominance, with '
     'mild interlobular septal thickening. Appearances raise the possibility of immune checkpoint '
     'inhibitor-related pneumonitis. No consolidation. No pleural effusion. The previously seen '
     'right lower lobe metastasis is no longer seen. Mediastinal lymph nodes are normal in size. '
     'Impression: findings suspicious for drug-induced pneumonitis. Complete response of the '
     'pulmonary metastasis.',
     {OPA, IST}),
    ('eon-10', 'en',
     'CT CHEST. HISTORY: Right upper lobectomy 2 years ago for stage IB adenocarcinoma, '
     'surveillance. FINDINGS: Postsurgical changes of right upper lobectomy with a staple line at '
     'the bronchial stump. Mild linear atelectasis adjacent to the staple line. A 4 mm nodule in '
     'the left lower lobe is unchanged. No enlarged lymph nodes. No pleural effusion or pleural '
     'thickening. Atherosclerotic calcification of the aortic arch. IMPRESSION: No evidence of '
     'recurrence.',
     {MM, ATL, NOD, AWC}),
    ('eon-11', 'en',
     'CT thorax. Previous left lower lobe wedge resection for a colorectal metastasis. Surgical '
     'staple line in the left lower lobe with surrounding scarring, stable. No soft tissue '
     'thickening along the staple line. Two new subpleural nodules in the right lower lobe '
     'measuring 5 mm and 7 mm, suspicious for new metastases. No mediastinal or hilar lymph node '
     'enlargement. No pleural effusion. Heart size normal. Conclusion: new right lower lobe '
     'nodules, likely metastatic.',
     {MM, FIB, NOD}),
    ('eon-12', 'en',
     'A port catheter is observed in the right subclavian vein with its tip in the superior vena '
     'cava. Trachea and main bronchi are open. Calibration of the great mediastinal vessels is '
     'normal. Calcified atherosclerotic plaques are seen in the aorta. Heart contour and size are '
     'normal. No pericardial effusion was detected. Compared with the previous examination, the '
     'lymph nodes in the right paratracheal and subcarinal regions have increased in size, the '
     'largest measuring 28x20 mm. Multiple metastatic nodules are observed in both lungs, '
     'increased in number and size. No pleural effusion was detected. No infiltrative opacity or '
     'consolidation was detected in the lung parenchyma. Hiatal hernia is not observed.',
     {MM, AWC, LN, NOD}),
    ('eon-13', 'en',
     'FINDINGS: Comparison is made with CT from six months ago. The previously described right '
     'lower lobe nodule is no longer seen. Previously enlarged right hilar and subcarinal lymph '
     'nodes have returned to normal size. No new pulmonary nodules. Linear scarring in the right '
     'lower lobe at the site of the treated nodule. No pleural or pericardial effusion. Left '
     'chest port in place. IMPRESSION: Complete response by RECIST 1.1.',
     {FIB, MM}),
    ('eon-14', 'en',
     'CT CHEST/ABDOMEN/PELVIS - RECIST 1.1 ASSESSMENT. Target lesions: (1) left upper lobe '
     'nodule, 17 mm (baseline 18 mm). (2) Enlarged right lower paratracheal lymph node, 19 mm '
     'short axis (baseline 20 mm). (3) Liver segment VII lesion, 24 mm (baseline 23 mm). Sum of '
     'diameters: 60 mm (baseline 61 mm). Non-target lesions: small left pleural effusion, '
     'unchanged. New lesions: none. Other findings: bilateral paraseptal emphysema. No '
     'pericardial effusion. Overall response: stable disease.',
     {NOD, LN, PE, EMP}),
    ('eon-15', 'en',
     'INDICATION: NSCLC on second-line docetaxel. FINDINGS: The target right lower lobe nodule '
     'has increased from 1.5 cm to 2.4 cm. New enlarged left supraclavicular lymph node (1.8 cm). '
     'The station 10R hilar node has increased and now measures 1.7 cm in short axis. Interval '
     'increase in a small right pleural effusion. There is patchy ground-glass opacity in both '
     'lower lobes, which could represent drug toxicity or infection. No consolidation. No '
     'pericardial effusion. No cardiomegaly. IMPRESSION: Progressive disease.',
     {NOD, LN, PE, OPA}),
    ('eon-16', 'en',
     'CT thorax with contrast. Clinical details: right breast cancer treated with wide local '
     'excision and radiotherapy, now rising tumour markers. Findings: Surgical clips in the right '
     'breast. Subpleural reticulation and fibrotic bands in the anterior right upper lobe, in '
     'keeping with radiotherapy-related fibrosis. No suspicious pulmonary nodule. No axillary, '
     'internal mammary or mediastinal lymphadenopathy. No pleural effusion. Small hiatus hernia. '
     'Impression: no evidence of thoracic recurrence.',
     {MM, FIB, HH}),
    ('eon-17', 'en',
     'CT CHEST. HISTORY: Esophageal adenocarcinoma, staging. FINDINGS: Circumferential wall '
     'thickening of the distal esophagus extending to the gastroesophageal junction, consistent '
     'with the known tumor. An enlarged paraesophageal lymph node measures 1.3 cm and is '
     'suspicious for metastasis. Enlarged left gastric lymph node. No pulmonary nodules. Mild '
     'dependent atelectasis bilaterally. No pleural effusion. No hiatal hernia. Mild '
     'calcification of the descending thoracic aorta.',
     {LN, ATL, AWC}),
    ('eon-18', 'en',
     'Clinical details: EGFR-mutant adenocarcinoma on osimertinib, breathless. Findings: '
     'Extensive bilateral ground-glass change with superimposed areas of consolidation in the '
     'lower lobes, a pattern that could reflect drug-induced interstitial lung disease. No '
     'interlobular septal thickening. The left upper lobe primary (1.2 cm) is smaller than '
     'before. Mediastinal nodes are not enlarged. Trace bilateral pleural effusions. Conclusion: '
     'probable drug-induced pneumonitis; primary responding.',
     {OPA, CON, NOD, PE}),
    ('eon-19', 'en',
     'In the mediastinum, lymph nodes of pathological dimensions are observed in the prevascular, '
     'right lower paratracheal and subcarinal areas. Pericardial effusion reaching 18 mm in '
     'thickness is observed, with irregular pericardial thickening suggestive of pericardial '
     'involvement. Heart size is within normal limits. In the left upper lobe, a spiculated 25 mm '
     'lesion is observed, consistent with the primary tumour. Left pleural effusion is observed. '
     'No sign of emphysema. Peribronchial thickening is not observed.',
     {LN, PCE, NOD, PE}),
    ('eon-20', 'en',
     'CT CHEST. HISTORY: Left lower lobectomy 6 weeks ago. FINDINGS: Staple line at the left '
     'lower lobe bronchial stump. Small residual left pleural effusion with adjacent atelectasis. '
     'The left chest tube has been removed. No pneumothorax. The right lung is clear. No enlarged '
     'lymph nodes. Heart size normal. IMPRESSION: Expected postoperative appearance.',
     {MM, PE, ATL}),
    ('eon-21', 'en',
     'CT NECK AND CHEST. HISTORY: Hodgkin lymphoma, interim restaging. FINDINGS: Bulky anterior '
     'mediastinal lymphadenopathy has decreased, the conglomerate now measuring 4.1 x 2.8 cm '
     '(previously 9.0 x 6.2 cm). Previously enlarged bilateral axillary lymph nodes are no longer '
     'enlarged. A small pericardial effusion persists, decreased. Right internal jugular port '
     'with tip in the SVC. No pulmonary nodules. No pleural effusion. IMPRESSION: Partial '
     'response.',
     {LN, PCE, MM}),
    ('eon-22', 'en',
     'Trachea and main bronchi are open. The heart contour and size are normal. There are '
     'calcifications in the coronary arteries. Thoracic aorta diameter is normal; atherosclerotic '
     'calcifications are observed in its wall. No lymph nodes of pathological size and appearance '
     'were detected in the mediastinum or hilar regions. In comparison with the previous '
     'examination, the nodules previously seen in both lungs are no longer observed. Minimal '
     'subsegmental atelectasis is observed in the lingula. No pleural or pericardial effusion. No '
     'mass or infiltration was detected.',
     {CAC, AWC, ATL}),
    ('eon-23', 'en',
     'FINDINGS: Multiple bilateral pulmonary metastases have decreased in size, the dominant '
     'right middle lobe nodule now 8 mm (previously 15 mm). No new nodules. The previously '
     'enlarged left hilar lymph node has decreased but remains enlarged at 1.2 cm in short axis. '
     'No pleural effusion. Mild bronchial wall thickening in the lower lobes. No consolidation. '
     'IMPRESSION: Partial response.',
     {NOD, LN, PBT}),
    ('eon-24', 'en',
     'CT chest. Metastatic renal cell carcinoma on sunitinib. Comparison with the scan of '
     'January. The pulmonary nodules have decreased in size and number; the largest, in the left '
     'lower lobe, measures 6 mm. Mediastinal lymph nodes, previously enlarged, are no longer '
     'enlarged. No pleural or pericardial effusion. Right adrenal nodule unchanged. Portacath in '
     'the left chest wall. Degenerative changes of the thoracic spine. Conclusion: partial '
     'response.',
     {NOD, MM}),
    ('eon-25', 'en',
     'CT CHEST. HISTORY: Left upper lobe NSCLC status post chemoradiation 8 months ago. FINDINGS: '
     'The paramediastinal consolidation seen on the previous study has resolved, leaving '
     'band-like fibrosis with traction bronchiectasis in the left upper lobe, consistent with '
     'maturing radiation fibrosis. No new ground-glass opacity. The left pleural effusion has '
     'resolved. No enlarged lymph nodes at any station. Moderate centrilobular emphysema. '
     'IMPRESSION: Evolving post-radiation fibrosis. No evidence of progression.',
     {FIB, BRX, EMP}),
    ('eon-26', 'en',
     'CT THORAX. History of ovarian cancer with malignant right pleural effusion. An indwelling '
     'tunneled pleural catheter is present in the right hemithorax. Small residual loculated '
     'right pleural effusion. Diffuse smooth pleural thickening on the right, consistent with '
     'pleural metastatic disease. Compressive atelectasis of the right lower lobe. No lung '
     'nodules. Cardiac size is normal and there is no pericardial effusion. IMPRESSION: Pleural '
     'metastatic disease with a small residual effusion around the catheter.',
     {MM, PE, ATL}),
    ('eon-27', 'en',
     'Mediastinal structures were evaluated suboptimally as the examination was unenhanced. '
     'Bilateral hilar lymphadenopathy is present. In both lungs, interlobular septal thickening '
     'is observed, consistent with lymphangitic spread of tumour. Peribronchial thickening is '
     'also present. Bilateral minimal pleural effusion is seen. No consolidation. No pulmonary '
     'nodule was detected.',
     {LN, IST, PBT, PE}),
    ('eon-28', 'en',
     'FINDINGS: Status post left upper lobectomy. Along the surgical staple line there is a new '
     '1.6 cm soft tissue nodule, suspicious for local recurrence. An enlarged station 5 lymph '
     'node measures 1.4 cm, new from prior. No pleural effusion. Severe emphysema with bullae in '
     'the right upper lobe. IMPRESSION: Suspected staple line recurrence and nodal metastasis.',
     {MM, NOD, LN, EMP}),
    ('eon-29', 'en',
     'Follow-up CT after steroid treatment for checkpoint inhibitor pneumonitis. The previous '
     'bilateral ground-glass opacities have resolved. No consolidation. No septal thickening. The '
     'left lower lobe metastasis is stable at 11 mm. The right paratracheal node is stable and '
     'not enlarged. Small pericardial effusion, unchanged. Conclusion: resolution of pneumonitis; '
     'stable disease.',
     {NOD, PCE}),
    ('eon-30', 'en',
     'Right pleural effusion is observed, with irregular pleural thickening and enhancing soft '
     'tissue implants along the costal and diaphragmatic pleura, consistent with pleural '
     'metastases. Passive atelectasis is seen in the right lower lobe adjacent to the effusion. '
     'There is a 19 mm nodule in the right upper lobe. Lymph nodes with a short axis up to 15 mm '
     'in the right hilum are considered pathological. Heart size is normal. No pericardial '
     'effusion. Thoracic aorta calibre is normal. No hiatal hernia.',
     {PE, ATL, NOD, LN}),
    ('eon-31', 'en',
     'CT CHEST WITH CONTRAST. INDICATION: Breast cancer, staging. FINDINGS: Right chest wall port '
     'with catheter tip at the cavoatrial junction. Left breast mass with enlarged left axillary '
     'lymph nodes, the largest 2.3 cm. No internal mammary lymphadenopathy. Lungs: no pulmonary '
     'nodules or masses. No consolidation, ground-glass opacity or pleural effusion. Heart normal '
     'in size. Bones: no suspicious lesion.',
     {MM, LN}),
    ('eon-32', 'en',
     'RESTAGING CT. HISTORY: Sarcoma with pulmonary metastases. FINDINGS: Multiple bilateral '
     'pulmonary nodules are stable in size, the largest 12 mm in the right lower lobe. A '
     'calcified granuloma in the left upper lobe is unchanged. No new nodules. No '
     'lymphadenopathy. No pleural effusion. Mild cardiomegaly. Trace pericardial fluid. '
     'IMPRESSION: Stable disease.',
     {NOD, CM, PCE}),
    ('eon-33', 'en',
     'Post-radiotherapy change: patchy consolidation with air bronchograms confined to the medial '
     'right lung, respecting the radiotherapy field, compatible with radiation pneumonitis. No '
     'septal thickening. The right paratracheal (4R) lymph node is smaller, now 9 mm, and no '
     'longer enlarged. Bilateral small pleural effusions. Coronary artery calcification. No '
     'pericardial effusion.',
     {CON, PE, CAC}),
    ('eon-34', 'en',
     'FINDINGS: Known metastatic gastric cancer, status post total gastrectomy with surgical '
     'clips at the esophagojejunal anastomosis. Findings consistent with lymphangitic '
     'carcinomatosis in the right lower lobe. Multiple enlarged mediastinal and bilateral hilar '
     'lymph nodes. No pleural effusion. No pericardial effusion. No pulmonary nodules.',
     {LN, MM}),
    ('eon-35', 'en',
     'History of acute myeloid leukaemia after allogeneic stem cell transplant. A tunnelled '
     'central venous catheter is seen with its tip in the right atrium. Mosaic attenuation with '
     'air trapping on expiratory images, and cylindrical bronchiectasis in the lower lobes, '
     'suggestive of bronchiolitis obliterans. No consolidation. No nodules. No lymphadenopathy. '
     'No pleural effusion.',
     {MM, MOS, BRX}),
    ('eon-36', 'en',
     'IMPRESSION: 1. Progressive disease. 2. New large pericardial effusion with enhancing '
     'pericardial soft tissue implants, concerning for pericardial metastasis. 3. Enlarging '
     'subcarinal lymph node, now 2.4 cm. FINDINGS: Known thymic carcinoma; the anterior '
     'mediastinal mass has increased. Small bilateral pleural effusions. No pulmonary nodules. No '
     'consolidation.',
     {PCE, LN, PE}),
    ('eon-37', 'en',
     'CT thorax. Surveillance after right middle lobectomy and adjuvant chemotherapy. Staple line '
     'in the right hilum. Previously noted subcentimetre nodules in the left lower lobe are no '
     'longer seen. Parenchymal bands in the right lower lobe, unchanged. No hilar or mediastinal '
     'lymph node enlargement. No pleural effusion. Conclusion: no evidence of recurrence.',
     {MM, FIB}),
    ('eon-38', 'en',
     'Calibration of the thoracic aorta is normal; calcified plaques are observed in its wall. '
     'Coronary artery calcifications are present. Heart dimensions are normal. Lymph nodes '
     'measuring up to 17 mm are observed in the subcarinal region, in pathological size. '
     'Centrilobular and paraseptal emphysematous changes are seen in both lungs. A 22 mm '
     'spiculated nodule is observed in the superior segment of the left lower lobe, evaluated as '
     'primary malignancy. No pleural effusion or pericardial effusion.',
     {AWC, CAC, LN, EMP, NOD}),
    ('eon-39', 'en',
     'COMPARISON: Prior CT chest. Target lesions: right lower lobe nodule decreased from 14 mm to '
     '6 mm. Non-target lesions: previously enlarged subcarinal lymph node, now 7 mm and no longer '
     'pathologic. The right pleural effusion previously present has resolved. New lesions: none. '
     'Incidental: small sliding hiatal hernia. Dual-chamber pacemaker with leads in the right '
     'atrium and ventricle. IMPRESSION: Partial response.',
     {NOD, HH, MM}),
    ('eon-40', 'en',
     'HISTORY: Lymphoma on bleomycin. FINDINGS: Peripheral and perilobular consolidations in both '
     'lower lobes with surrounding ground-glass opacity, consistent with organizing pneumonia, '
     'likely drug-related. Subpleural reticulation in the lung bases. No pleural effusion. '
     'Mediastinal nodes are normal in size. A tunneled right internal jugular line has its tip in '
     'the right atrium.',
     {CON, OPA, FIB, MM}),
    ('eon-41', 'en',
     'Right-sided malignant pleural mesothelioma, restaging (modified RECIST). Circumferential '
     'right pleural thickening has progressed, maximum 18 mm. Small right pleural effusion. '
     'Calcified pleural plaques on the left. Enlarged right internal mammary lymph node. No '
     'contralateral disease. No lung nodules. Conclusion: progressive disease.',
     {PE, LN}),
    ('eon-42', 'en',
     'Compared with the previous examination, new nodules up to 8 mm are observed in both lungs, '
     'compatible with metastasis. A ground-glass density increase is observed in the posterior '
     'segment of the right upper lobe, which may be infectious. Lymph nodes in the right '
     'paratracheal area have increased, 16 mm in short axis. Minimal pleural effusion on the '
     'left. Heart size is normal. Pericardial effusion is not seen. There is a port catheter in '
     'the left subclavian vein.',
     {NOD, OPA, LN, PE, MM}),
    ('eon-43', 'en',
     'FINDINGS: Collapse of the right middle lobe, increased, due to progressive endobronchial '
     'tumour. A separate 1.1 cm nodule in the right upper lobe is stable. Small right pleural '
     'effusion. The subcarinal node is no longer enlarged. No pericardial effusion. IMPRESSION: '
     'Progressive disease with increasing right middle lobe collapse.',
     {ATL, NOD, PE}),
    ('eon-44', 'en',
     'CT chest. Left breast cancer, radiotherapy completed four months ago. Radiation-induced '
     'changes in the left upper lobe: ground-glass opacity with interlobular septal thickening '
     '(crazy paving) confined to the radiation port, with surrounding fibrotic strands. Left '
     'subclavian Portacath. No enlarged lymph nodes. No pleural effusion. No pulmonary nodules.',
     {OPA, IST, FIB, MM}),
    ('eon-45', 'en',
     'CT CHEST. Follow-up after completion of chemotherapy for testicular germ cell tumour. The '
     'previously noted pulmonary metastases are no longer seen. No enlarged mediastinal or hilar '
     'lymph nodes. The port has been removed. No pleural effusion. The lungs are clear apart from '
     'a tiny calcified granuloma in the right upper lobe. Mild bronchial wall thickening.',
     {NOD, PBT}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
