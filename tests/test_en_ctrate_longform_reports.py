"""Full-length chest CT reports in the style of CT-RATE (Turkish reports translated into English):
a findings part that walks the organs in a fixed order (trachea and main bronchi, mediastinal
vessels, heart and pericardium, esophagus, lymph node stations, the lung parenchyma window lobe by
lobe, pleura, upper abdominal sections, bones) and a short impression part repeating the positives.
Each report mixes a few positives with many denials, written in translated English ("is observed",
"were not detected", "of pathological size or appearance", "evaluated in favor of", "sequelae",
prior examination dates, non-native word order), with traps such as thyroid/adrenal/liver nodules,
Schmorl nodes, subcutaneous emphysema, pneumomediastinum, Bochdalek hernia, pleural thickening,
esophageal wall thickening, resolved findings, a removed port and a clinical question. The reports
were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ('ecl-01', 'en',
     'Findings: The trachea and main bronchi are midline and patent. Nothing obstructs the lumen '
     'of trachea and main bronchi. Calibration of the thoracic aorta is normal; calcific '
     'atheromatous plaques are observed in the aortic arch and descending aorta. Pulmonary artery '
     'diameter is within normal limits. The heart is of normal size and contour. Pericardial '
     'effusion or thickening was not detected. Thoracic esophagus calibration is normal, no '
     'significant wall thickening was observed in the esophagus. No hiatal hernia was detected. '
     'In the upper and lower paratracheal, prevascular, subcarinal and bilateral hilar stations, '
     'lymph nodes of pathological size or appearance were not detected. Axillary regions are '
     'natural, no lymphadenopathy. In the lung window, centrilobular emphysematous changes are '
     'observed in the upper lobes of both lungs, more prominent on the right. Millimetric '
     'nonspecific nodules are observed in the superior segment of the right lower lobe and in the '
     'lingular segment of the left upper lobe, the largest measuring 5 mm. No mass lesion with '
     'distinct borders was detected in both lungs. No consolidation or ground glass density '
     'increase was detected in the lung parenchyma. There is no atelectasis. Bronchiectasis and '
     'bronchial wall thickening were not observed. No pleural effusion was detected in both '
     'hemithoraces. In the upper abdominal slices, liver and spleen are in normal size, no focal '
     'lesion was detected. Both adrenal glands are natural in appearance. No lytic or destructive '
     'lesion was detected in the bone structures within the scan area; degenerative osteophytes '
     'are observed in the thoracic vertebrae.\n\nImpression:\nCentrilobular emphysema in both upper '
     'lobes.\nMillimetric nonspecific nodules in both lungs, follow-up is recommended.\nCalcific '
     'atheromatous plaques in the thoracic aorta.',
     {EMP, NOD, AWC}),
    ('ecl-02', 'en',
     'Findings: Trachea and both main bronchi lumens are open, no obstructive lesion is observed. '
     'The great mediastinal vessels are in normal calibration; no calcified plaque was detected '
     'in the aortic wall. Heart size has increased, cardiothoracic ratio was measured above 0.55. '
     'Pericardial effusion was not observed. Esophagus is in normal course and calibration. '
     'Sliding type hiatal hernia was not observed. Lymph node of pathological size or appearance '
     'was not detected in the mediastinum and both hilar regions. No calcification was detected '
     'in the coronary artery trajectories. When examined in the lung parenchyma window, pleural '
     'effusion reaching a thickness of 35 mm on the right and 18 mm on the left is observed in '
     'both hemithoraces. Compressive atelectasis is observed in the posterobasal segments of both '
     'lower lobes adjacent to the effusion. No nodule or mass was detected in both lungs. Ground '
     'glass opacity and consolidation were not observed in the aerated parenchyma areas. '
     'Interlobular septal thickening was not observed. No emphysematous change was detected. '
     'Bronchial structures are natural, no bronchiectasis. Mosaic pattern was not observed. In '
     'upper abdominal sections liver contour is smooth, no space-occupying lesion was observed in '
     'the sections. Gallbladder is contracted. Spleen is natural. No fracture or lytic lesion was '
     'observed in the bones in the examination area.\n\nImpression:\nCardiomegaly.\nBilateral pleural '
     'effusion, more prominent on the right.\nCompressive atelectasis in both lower lobes.',
     {CM, PE, ATL}),
    ('ecl-03', 'en',
     'Findings: Trachea, both main bronchi are patent and in the midline. Thoracic aorta diameter '
     'is normal, no atheromatous plaque was observed in its wall. Main pulmonary artery is in '
     'normal width. Heart contour and size are in normal. No pericardial thickening or effusion '
     'was detected. Esophagus was evaluated as natural, hiatal hernia is not present. Lymph nodes '
     'reaching 14 mm in short axis are observed in the right lower paratracheal and subcarinal '
     'stations, which were evaluated in favor of reactive. No lymphadenopathy was detected in '
     'both axillary regions. In the lung window, consolidation area containing air bronchograms '
     'is observed in the lateral and medial segments of the middle lobe. Ground glass density '
     'increases are observed around the consolidation and in the anterior segment of the right '
     'upper lobe. The left lung is aerated naturally. No nodule was detected in both lungs. No '
     'emphysema. Atelectasis was not observed. Bronchiectasis was not detected. No pleural '
     'effusion in both hemithoraces. In the upper abdominal slices, liver, spleen, pancreas and '
     'both adrenal glands are natural. Bone structures are natural.\n\nImpression:\nConsolidation '
     'with air bronchograms in the middle lobe and surrounding ground glass density increases, '
     'primarily evaluated in favor of pneumonia.\nReactive lymph nodes in pathological size in the '
     'mediastinum.\nControl after treatment is recommended.',
     {CON, OPA, LN}),
    ('ecl-04', 'en',
     'Findings: Trachea and main bronchi are open. Mediastinal main vessels are in normal '
     'calibration, no calcification in the aortic wall. Heart contour and size are natural, '
     'pericardial effusion was not detected. Esophagus is natural in calibration, hiatal hernia '
     'was not detected. No lymph node in pathological size was observed in mediastinal and hilar '
     'stations. In the lung window, in the basal segments of both lower lobes and in the '
     'subpleural areas of both upper lobes, reticular densities and interlobular septal '
     'thickenings are observed. Traction bronchiectasis is observed in the lower lobes within '
     'these areas. Ground glass density increases are accompanying, more prominent in the lower '
     'lobes. Honeycombing appearance was not detected. Consolidation was not detected. Nodule or '
     'mass lesion were not detected in both lungs. No emphysema was observed. No pleural effusion '
     'or pleural thickening. In the upper abdomen there is no pathology in the liver and spleen. '
     'No lytic-sclerotic lesion in the bones.\n\nImpression:\nReticular densities, interlobular '
     'septal thickening, traction bronchiectasis and ground glass areas in both lungs, compatible '
     'with fibrotic interstitial lung disease; NSIP pattern primarily.\nRheumatology correlation '
     'is recommended.',
     {FIB, BRX, IST, OPA}),
    ('ecl-05', 'en',
     'Findings: Sternotomy wires are observed in the sternum in the patient who had coronary '
     'bypass operation. Surgical clips are observed in the anterior mediastinum along the graft '
     'trajectories. The trachea and main bronchi are patent. Calcific atheromatous plaques are '
     'observed in the aortic arch and descending aorta. Heart size has increased. Calcifications '
     'are observed in the LAD and circumflex coronary artery trajectories. Neither pericardial '
     'effusion nor thickening is seen. Esophagus calibration is normal, no hiatal hernia. In '
     'mediastinal and bilateral hilar stations no lymph node of pathological size or appearance '
     'was detected. In the lung window, no nodule was detected in both lungs. No infiltration, '
     'consolidation or ground glass density increase were detected. There is no atelectasis. No '
     'emphysema. Bronchial wall thickening and bronchiectasis were not detected. No effusion in '
     'both pleural spaces. In the upper abdominal slices, liver contour is smooth, both kidneys '
     'upper poles natural. Degenerative changes are observed in the thoracic '
     'vertebrae.\n\nImpression:\nSternotomy wires and surgical clips related to coronary bypass '
     'operation.\nCardiomegaly.\nCoronary artery calcifications.\nAtheromatous calcific plaques in '
     'the aorta.',
     {MM, CM, CAC, AWC}),
    ('ecl-06', 'en',
     'Findings: Trachea and main bronchi are in normal calibration and open. Thoracic aorta is in '
     'natural calibration, no calcified plaque. Pulmonary artery is natural. The heart is of '
     'normal size and contour. Pericardial effusion was not detected. Hiatal hernia is observed '
     'at the level of the distal esophagus, containing part of the stomach. Lymph nodes of '
     'pathological size or appearance were not detected in the mediastinum. In the lung window, a '
     'solid nodule with smooth borders, measuring 6 mm, is observed in the anterior segment of '
     'the right upper lobe. Linear fibrotic bands are observed in the lingular segment of the '
     'left upper lobe, evaluated as sequelae. No consolidation was detected. Ground glass density '
     'increase was not detected. No atelectasis. Emphysematous change is not observed. No pleural '
     'effusion was detected on both sides. In the upper abdominal slices, no space-occupying '
     'lesion was detected in the liver. Spleen is in normal size. No destructive bone '
     'lesion.\n\nImpression:\nHiatal hernia.\n6 mm nodule in the right upper lobe; control with CT in '
     '6-12 months is recommended.\nSequelae fibrotic bands in the lingula.',
     {HH, NOD, FIB}),
    ('ecl-07', 'en',
     'Findings: A hypodense nodule of 12 mm is observed in the right lobe of the thyroid gland, '
     'ultrasonography correlation is recommended. The trachea and main bronchi are patent. '
     'Mediastinal main vascular structures are natural, no calcification. Heart size is normal. '
     'Pericardial effusion is not observed. Esophagus is natural. No hiatal hernia. No '
     'lymphadenopathy of pathological size or appearance was detected in mediastinal and hilar '
     'stations. In the lung window, mosaic attenuation pattern is observed in both lungs, more '
     'obvious in the lower lobes, which was evaluated in favor of small airway disease. Bronchial '
     'wall thickening is observed in both lower lobes. Cylindrical bronchiectasis is observed in '
     'the basal segments of the left lower lobe. No nodule was detected in the lung parenchyma. '
     'No consolidation. No atelectasis. No emphysema. Septal thickening was not observed. No '
     'pleural effusion. In the upper abdominal sections liver and spleen are natural. Bones are '
     'natural.\n\nImpression:\nMosaic attenuation pattern in both lungs, in favor of small airway '
     'disease.\nBronchial wall thickening in both lower lobes.\nCylindrical bronchiectasis in the '
     'left lower lobe.\nThyroid nodule on the right, ultrasonography is recommended.',
     {MOS, PBT, BRX}),
    ('ecl-08', 'en',
     'Findings: Trachea and main bronchi are open. Conglomerated lymph nodes in pathological size '
     'are observed in the prevascular area, the largest measuring 22x18 mm. Lymph nodes up to 15 '
     'mm in short axis are also observed in the right lower paratracheal station. Thoracic aorta '
     'is in normal calibration, no atheromatous plaque. Heart size is normal. Pericardial '
     'effusion reaching 15 mm in thickness is observed around the heart. No coronary '
     'calcification. Esophagus was natural, no hiatal hernia. In the lung window, minimal pleural '
     'effusion is observed in the left hemithorax. No atelectasis was observed adjacent to the '
     'effusion. No nodule or mass was detected in both lungs. No consolidation or ground glass '
     'density increase. No emphysema. Bronchiectasis was not observed. In the upper abdominal '
     'slices, the spleen is in normal size, liver natural. No lytic lesion in the '
     'bones.\n\nImpression:\nMediastinal lymphadenopathies; lymphoproliferative disease should be '
     'primarily considered.\nPericardial effusion.\nMinimal pleural effusion on the left.',
     {LN, PCE, PE}),
    ('ecl-09', 'en',
     'Findings: The trachea and main bronchi are patent. The great mediastinal vessels, the heart '
     'is of normal size and contour. Pericardial effusion was not detected. No calcified plaque '
     'in the aorta. Esophagus is natural. No hiatal hernia. Lymph nodes of pathological size or '
     'appearance were not detected in the mediastinum and hila. In the lung window, in both '
     'lungs, in the peripheral and subpleural areas of multiple lobes, ground glass density '
     'increases are observed. Interlobular septal thickenings are observed within the ground '
     'glass areas, giving crazy paving appearance. Consolidation areas are observed in the '
     'posterior segments of both lower lobes. No nodule. No pleural effusion in both '
     'hemithoraces. No atelectasis. Emphysema was not observed. No bronchiectasis. In the upper '
     'abdominal slices, liver, spleen, both adrenal glands are natural. Bone structures are '
     'natural.\n\nImpression:\nPeripheral ground glass density increases with interlobular septal '
     'thickening in both lungs.\nConsolidation areas in the posterior segments of both lower '
     'lobes.\nFindings are compatible with viral pneumonia (COVID-19).',
     {OPA, IST, CON}),
    ('ecl-10', 'en',
     'Findings: Trachea and both main bronchi lumens are open. Thoracic aorta and pulmonary '
     'artery diameters are normal, no calcification in the aortic wall. Heart size is natural. '
     'Pericardial effusion-thickening was not detected. Esophagus natural, no hiatal hernia was '
     'detected. A Bochdalek hernia containing fat is observed in the posterior of the left '
     'hemidiaphragm. No lymph node in pathological size in mediastinum and hilar regions. In the '
     'lung window, paraseptal emphysematous changes are observed in the apical segments of both '
     'upper lobes. Subsegmental atelectasis is observed in the laterobasal segment of the left '
     'lower lobe. Sequelae fibrotic bands are observed in the medial segment of the middle lobe. '
     'No nodule was detected. Consolidation and ground glass density increase were not detected. '
     'No pleural effusion. In the sections passing through the upper abdomen there is no '
     'pathology. No destructive lesion in bones.\n\nImpression:\nParaseptal emphysema in both upper '
     'lobes.\nSubsegmental atelectasis in the left lower lobe.\nSequelae fibrotic changes in the '
     'middle lobe.\nLeft Bochdalek hernia.',
     {EMP, ATL, FIB}),
    ('ecl-11', 'en',
     'Findings: The patient has right mastectomy operation; surgical clips are observed in the '
     'right axillary region. A port catheter is observed entering from the right subclavian vein, '
     'its tip in the superior vena cava. Trachea and main bronchi are open. Thoracic aorta is '
     'natural, no calcification. Heart size is normal, pericardial effusion was not observed. '
     'Esophagus is natural. No hiatal hernia. A lymph node measuring 17x12 mm in pathological '
     'size is observed in the left supraclavicular region. A lymph node in the subcarinal station '
     'of 13 mm short axis is also evaluated as pathological. In the lung window, multiple nodules '
     'are observed in both lungs, the largest measuring 9 mm in the right lower lobe posterobasal '
     'segment, evaluated in favor of metastasis. No consolidation. No atelectasis. No emphysema. '
     'No pleural effusion in both hemithoraces. In the upper abdominal slices, no metastatic '
     'lesion was detected in the liver. Both adrenal glands are natural. No lytic or sclerotic '
     'lesion in the bones.\n\nImpression:\nMultiple nodules in both lungs, in favor of '
     'metastasis.\nPathological lymph nodes in left supraclavicular and subcarinal stations.\nPort '
     'catheter in the right subclavian vein.',
     {MM, NOD, LN}),
    ('ecl-12', 'en',
     'Findings: Trachea and both main bronchi are in normal course and open. Atherosclerotic '
     'calcifications are observed in the aortic arch and at the origin of the supraaortic '
     'branches. The heart is of normal size and contour. Calcifications are observed in the LAD '
     'trajectory. No pericardial effusion. A small hiatal hernia is observed. Minimal wall '
     'thickening is observed in the distal esophagus, which is associated with the hernia. No '
     'lymph node of pathological size or appearance in the mediastinum and both hila. In the lung '
     'window, linear atelectasis is observed in the medial segment of the middle lobe. No nodule '
     'was detected in both lungs. No consolidation, no ground glass density increase. No '
     'emphysema. No bronchiectasis. No pleural effusion. In upper abdominal sections, liver and '
     'spleen are natural. Degenerative changes in the thoracic '
     'spine.\n\nImpression:\nAtherosclerotic calcifications in the aorta and coronary '
     'arteries.\nSmall hiatal hernia.\nLinear atelectasis in the middle lobe.',
     {AWC, CAC, HH, ATL}),
    ('ecl-13', 'en',
     'Findings: Compared with the previous examination dated 04.11.2021. Trachea and both main '
     'bronchi are open. The great mediastinal vessels are natural; no calcified plaque. Heart '
     'size is normal. Pericardial effusion was not detected. Esophagus is natural, no hiatal '
     'hernia. No lymph node in pathological size was detected in the mediastinum. In the lung '
     'window, the consolidation areas in the right lower lobe described in the previous '
     'examination have completely regressed. Ground glass densities previously observed in the '
     'left upper lobe were not detected in the current examination. Sequelae fibrotic bands are '
     'observed in the posterobasal segment of the right lower lobe at the location of the former '
     'consolidation. The 4 mm nodule in the superior segment of the left lower lobe is stable in '
     'size compared to the previous examination. The minimal pleural effusion on the right in the '
     'previous examination has resolved. No atelectasis. No emphysema. In the upper abdominal '
     'slices, liver and spleen are natural. Bones are natural.\n\nImpression:\nComplete regression '
     'of the previously described consolidation and ground glass areas.\nSequelae fibrotic bands '
     'in the right lower lobe.\nStable millimetric nodule in the left lower lobe.',
     {FIB, NOD}),
    ('ecl-14', 'en',
     'Findings: Trachea and both main bronchi are open, no secretion in the lumen. Thoracic aorta '
     'is natural in calibration and without plaque. Heart size is normal. Pericardial effusion '
     'was not detected. Esophagus is natural, no hiatal hernia. No lymph node in pathological '
     'size. In the lung window, peribronchial thickening is observed in both lower lobes. Patchy '
     'density increases are observed in the posterobasal segment of the right lower lobe, '
     'evaluated in favor of infectious process primarily. Plate-like atelectasis is observed in '
     'the left lower lobe. No consolidation. No nodule. No emphysema. No bronchiectasis. No '
     'pleural effusion in both hemithoraces. In the upper abdominal sections no pathology. Bones '
     'are natural.\n\nImpression:\nPeribronchial thickening in both lower lobes.\nPatchy density '
     'increases in the right lower lobe, in favor of infectious process.\nPlate-like atelectasis '
     'in the left lower lobe.',
     {PBT, OPA, ATL}),
    ('ecl-15', 'en',
     'Findings: The trachea and main bronchi are patent. Thoracic aorta is in normal calibration, '
     'no calcified plaque was observed in its wall. Heart size has increased. Minimal pericardial '
     'effusion is observed. No coronary calcification was detected. Esophagus is natural. No '
     'hiatal hernia. No lymphadenopathy was observed in the mediastinum. In the lung window, '
     'smooth interlobular septal thickenings are observed in both lungs, more prominent in the '
     'lower lobes, compatible with interstitial edema. Bilateral pleural effusion is observed, 20 '
     'mm on the right and 12 mm on the left. Ground glass density increase was not detected. No '
     'consolidation. No nodule. No atelectasis. No emphysema. In the upper abdominal slices, '
     'liver size is natural. Bones natural.\n\nImpression:\nCardiomegaly.\nMinimal pericardial '
     'effusion.\nBilateral pleural effusion.\nInterlobular septal thickening, compatible with '
     'interstitial edema.',
     {CM, PCE, PE, IST}),
    ('ecl-16', 'en',
     'Findings: Trachea and main bronchi are open. Mediastinal main vessels are in normal '
     'calibration. No calcification in the aortic wall. Heart size is normal. Pericardial '
     'effusion was not detected. Esophagus natural. No hiatal hernia. A lymph node of 13 mm short '
     'axis, in pathological size, is observed in the subcarinal station. No other mediastinal '
     'lymphadenopathy was detected. In the lung window, giant bulla measuring 6 cm is observed in '
     'the apex of the right upper lobe. Bullous emphysematous changes are observed also in the '
     'left upper lobe. A 7 mm solid nodule is observed in the superior segment of the left lower '
     'lobe. No consolidation. No ground glass density increase. No atelectasis. No pleural '
     'effusion. No pneumothorax. In the upper abdominal slices, no pathology. No lytic lesion in '
     'the bones.\n\nImpression:\nBullous emphysema in both upper lobes, giant bulla in the right '
     'apex.\n7 mm nodule in the left lower lobe.\nSubcarinal lymph node in pathological size.',
     {EMP, NOD, LN}),
    ('ecl-17', 'en',
     'Findings: A pacemaker battery is observed in the left infraclavicular subcutaneous area, '
     'its leads extending to the right atrium and right ventricle. Trachea and main bronchi are '
     'open. Calcified atheroma plaques are observed in the aortic arch. Heart size has increased, '
     'cardiomegaly. No calcification in the coronary arteries was detected. Pericardial effusion '
     'was not detected. Esophagus is natural. No hiatal hernia. No lymph node of pathological '
     'size or appearance in mediastinum. In the lung window, both lungs are aerated naturally. No '
     'nodule or mass. No consolidation or ground glass. No atelectasis. No emphysema. No pleural '
     'effusion. In the upper abdominal sections liver is natural. Schmorl nodes are observed in '
     'the thoracic vertebrae.\n\nImpression:\nPacemaker.\nCardiomegaly.\nCalcified atheroma plaques in '
     'the aortic arch.',
     {MM, CM, AWC}),
    ('ecl-18', 'en',
     'Findings: The trachea and main bronchi are patent. The great mediastinal vessels are '
     'natural. No calcified plaque in the aorta. Heart size is normal. Pericardial effusion was '
     'not detected. Esophagus natural. No hiatal hernia. No lymph node in pathological size. In '
     'the lung window, varicose and cystic bronchiectasis with bronchial wall thickening are '
     'observed in the left lower lobe. Consolidation is observed in the laterobasal segment of '
     'the left lower lobe. Volume loss and atelectasis are observed in the lingula. No nodule was '
     'detected. No emphysema. Mosaic pattern was not observed. No pleural effusion. In the upper '
     'abdominal slices, no pathology. Bones are natural.\n\nImpression:\nVaricose and cystic '
     'bronchiectasis with bronchial wall thickening in the left lower lobe.\nConsolidation in the '
     'left lower lobe, in favor of infection.\nAtelectasis in the lingula.',
     {BRX, PBT, CON, ATL}),
    ('ecl-19', 'en',
     'Findings: Trachea and main bronchi are open. Calcific plaques are observed in the '
     'descending aorta. Heart size is natural. Pericardial effusion was not observed. No coronary '
     'calcification. Esophagus is natural. No hiatal hernia. Lymph nodes in pathological size '
     'were not detected. In the lung window, a calcified nodule of 5 mm is observed in the '
     'posterior segment of the right upper lobe, compatible with granuloma. Apical '
     'pleuroparenchymal fibrotic changes are observed in both apices, evaluated as sequelae. '
     'Pleural thickening is observed in both apices. No consolidation. No ground glass density '
     'increase. No atelectasis. No emphysema. No pleural effusion. In upper abdominal sections '
     'liver and spleen are natural. Bones are natural.\n\nImpression:\nCalcified granuloma in the '
     'right upper lobe.\nApical sequelae fibrotic changes in both lungs.\nCalcific plaques in the '
     'descending aorta.',
     {NOD, FIB, AWC}),
    ('ecl-20', 'en',
     'Findings: The examination was performed without contrast, with inspiration and expiration '
     'sections. Trachea and both main bronchi lumens are open, no endobronchial lesion was '
     'observed. Thoracic aorta is in natural calibration; atheromatous calcification was not '
     'observed in its wall. Pulmonary trunk diameter was measured 26 mm, within normal limits. '
     'Heart sizes are natural, there is no pericardial effusion or thickening. Thoracic esophagus '
     'is in normal calibration, hiatal hernia was not detected. In the paratracheal, '
     'aortopulmonary window and subcarinal stations, no lymph node of pathological size or '
     'appearance was observed; bilateral hilar regions are natural. In the lung window, '
     'heterogeneous attenuation forming mosaic pattern is observed in both lungs, which becomes '
     'more evident in the expiration sections, compatible with air trapping. Patchy ground glass '
     'density areas are observed in the posterior segment of the right upper lobe and in the '
     'superior segment of the right lower lobe. Mild centrilobular emphysematous changes are '
     'observed in the apical parts of both upper lobes. No nodular lesion was detected in both '
     'lungs. Consolidation was not observed. Atelectasis was not observed. Bronchial wall '
     'thickening and bronchiectasis were not detected. Interlobular septa are natural. Both '
     'pleural spaces are free, no effusion. In the upper abdominal organs in the sections, liver '
     'has normal density, gallbladder is natural, spleen is in normal size. Both adrenal glands '
     'are natural. No lytic-blastic lesion was detected in the bone structures in the scan '
     'area.\n\nImpression:\nMosaic attenuation pattern in both lungs with air trapping in '
     'expiration.\nPatchy ground glass areas in the right lung, primarily evaluated in favor of '
     'infectious-inflammatory process.\nMild centrilobular emphysema.',
     {MOS, OPA, EMP}),
    ('ecl-21', 'en',
     'Findings: Trachea is in the midline, trachea and both main bronchi lumens are open. '
     'Ascending aorta diameter was measured 36 mm, arcus and descending aorta are in natural '
     'calibration; calcific plaque was not detected in the aortic wall. Calcifications are '
     'observed in the trajectories of the right coronary artery and left anterior descending '
     'artery. Heart contour and size are within normal limits. There is no pericardial '
     'effusion-thickening. A large hiatal hernia is observed, in which the stomach fundus and '
     'part of the corpus are herniated into the posterior mediastinum. The distal part of the '
     'esophagus cannot be evaluated separately from the hernia sac. Lymph node of pathological '
     'size or appearance was not detected in mediastinal and bilateral hilar stations. In the '
     'lung window, emphysematous changes of centrilobular type are observed in both upper lobes, '
     'more prominent in the apical and posterior segments. In both lungs, nodule or mass lesion '
     'was not detected. There is no consolidation or ground glass density increase. Atelectasis '
     'was not detected adjacent to the hernia sac. Bronchial structures are natural. Pleural '
     'effusion was not observed, pleural surfaces are natural. In the upper abdominal slices, '
     'liver contour is smooth and parenchyma density natural. A calculus of 8 mm is observed in '
     'the gallbladder lumen. Degenerative osteophytes are observed in the thoracic vertebrae, no '
     'lytic lesion.\n\nImpression:\nLarge hiatal hernia containing stomach fundus and '
     'corpus.\nCalcifications in the RCA and LAD.\nCentrilobular emphysema in both upper '
     'lobes.\nCholelithiasis.',
     {HH, CAC, EMP}),
    ('ecl-22', 'en',
     'Findings: There is no previous examination for comparison. Trachea and main bronchi are '
     'open; the left upper lobe bronchus lumen is patent. Thoracic aorta and pulmonary artery are '
     'in normal calibration, atheromatous calcification was not observed. The heart is of normal '
     'size and contour. No pericardial effusion. Esophagus calibration is natural, no hiatal '
     'hernia. Lymph nodes in pathological size, the largest measuring 18x14 mm, are observed in '
     'the left hilar region and aortopulmonary window; evaluated in favor of metastasis. The '
     'right paratracheal and subcarinal stations are natural. No lymphadenopathy in '
     'supraclavicular and axillary regions. In the lung window, a solid lesion with spiculated '
     'contours measuring 24x19 mm is observed in the apicoposterior segment of the left upper '
     'lobe, which causes retraction in the adjacent pleura; primarily compatible with primary '
     'lung malignancy. Additional nodule was not detected in both lungs. No consolidation or '
     'atelectasis was observed distal to the lesion. Emphysema was not observed. Ground glass '
     'density increase was not detected. Minimal pleural effusion is observed in the left '
     'hemithorax, without nodular pleural thickening. Right pleural space is free. In the upper '
     'abdominal slices, liver parenchyma is natural; both adrenal glands are in normal thickness, '
     'no mass. No lytic or destructive lesion was observed in the ribs and vertebrae in the scan '
     'area.\n\nImpression:\nSpiculated solid lesion of 24 mm in the left upper lobe, primarily '
     'compatible with primary malignancy; tissue diagnosis is recommended.\nPathological lymph '
     'nodes in the left hilum and aortopulmonary window, in favor of metastasis.\nMinimal pleural '
     'effusion on the left.',
     {NOD, LN, PE}),
    ('ecl-23', 'en',
     'Findings: Patient with fever and cough. Trachea and right main bronchus are open; the left '
     'lower lobe bronchus lumen is narrowed by secretion. The great mediastinal vessels are in '
     'normal calibration, no calcified atheroma plaque in the aorta. Heart size is within normal '
     'limits. Pericardial effusion was not detected. Esophagus is in natural appearance, hiatal '
     'hernia was not detected. In mediastinal stations, lymph nodes of pathological size or '
     'appearance were not observed. In the lung window, consolidation containing air bronchograms '
     'is observed in the left lower lobe, and volume loss in the lobe compatible with atelectasis '
     'is accompanying. Left pleural effusion reaching 22 mm in its thickest part is observed. '
     'Right lung is aerated naturally. Nodule was not observed in both lungs. Ground glass '
     'density increase is not observed. Emphysematous change and bronchiectasis were not '
     'detected. Interlobular septal thickening was not observed. In the upper abdominal sections, '
     'liver, spleen and pancreas that entered the sections are natural. Bone structures: no '
     'fracture or lytic lesion.\n\nImpression:\nConsolidation with volume loss and atelectasis in '
     'the left lower lobe, primarily pneumonia.\nLeft pleural effusion.\nControl after treatment is '
     'recommended.',
     {CON, ATL, PE}),
    ('ecl-24', 'en',
     'Findings: Compared with the previous examination dated 21.09.2022. Trachea and both main '
     'bronchi are open, no endoluminal lesion. Thoracic aorta is in normal diameter, no '
     'calcification in its wall. Heart size is natural. Pericardium is natural, no effusion. '
     'Esophagus natural; no hiatal hernia. Lymph nodes of pathological size or appearance were '
     'not observed in mediastinum and both hila. In the lung window, the pure ground-glass nodule '
     'measuring 9 mm in the posterior segment of the right upper lobe is stable in size compared '
     'to the previous examination. Patchy ground glass density increases, which were not present '
     'in the previous examination, are observed in the superior segment of the left lower lobe, '
     'evaluated in favor of infectious-inflammatory process. A linear fibrotic band is observed '
     'in the lateral segment of the middle lobe, unchanged. Consolidation was not detected. There '
     'is no atelectasis. Emphysema and bronchiectasis were not observed. Both pleural spaces are '
     'free, no effusion. In the upper abdominal sections, liver and spleen are natural. No '
     'destructive lesion in the bones.\n\nImpression:\nStable 9 mm pure ground-glass nodule in the '
     'right upper lobe; follow-up is recommended.\nNewly developed patchy ground glass density '
     'increases in the left lower lobe, in favor of infectious-inflammatory process.\nLinear '
     'fibrotic band in the middle lobe.',
     {NOD, OPA, FIB}),
    ('ecl-25', 'en',
     'Findings: Patient with spontaneous pneumothorax on the right, chest tube was inserted. A '
     'chest tube is observed in the right hemithorax, entering from the 5th intercostal space '
     'with its tip at the apex. Minimal residual pneumothorax is observed in the right apex. '
     'Subcutaneous emphysema is observed in the right lateral chest wall soft tissues along the '
     'tube trajectory. Trachea and both main bronchi are open and in the midline. Mediastinal '
     'shift was not detected. No calcified plaque in the thoracic aorta. Heart contour and size '
     'are natural, pericardial effusion was not detected. Esophagus is natural, hiatal hernia is '
     'not present. No lymph node of pathological size or appearance. In the lung window, small '
     'pleural effusion is observed in the posterior of the right hemithorax. Passive atelectasis '
     'is observed in the posterobasal segment of the right lower lobe adjacent to the effusion. '
     'Emphysematous change or bulla was not observed in the lung parenchyma. No nodule in both '
     'lungs. Consolidation or ground glass density increase were not detected. Left lung is '
     'natural. In the upper abdominal slices, liver and spleen are natural. No rib fracture was '
     'detected.\n\nImpression:\nChest tube in the right hemithorax, minimal residual '
     'pneumothorax.\nSmall right pleural effusion and passive atelectasis in the right lower '
     'lobe.\nSubcutaneous emphysema in the right chest wall.',
     {MM, PE, ATL}),
    ('ecl-26', 'en',
     'Findings: Patient with chronic renal failure receiving hemodialysis. A dialysis catheter is '
     'observed in the right internal jugular vein, its tip in the right atrium. Trachea and both '
     'main bronchi lumens are open. Thoracic aorta calibration is natural; calcified atheroma '
     'plaque was not observed. Pulmonary artery diameter was measured 31 mm, enlarged. Heart size '
     'has increased, cardiothoracic ratio increased. Pericardial effusion was not detected. '
     'Esophagus natural, no hiatal hernia. Lymph nodes of pathological size or appearance were '
     'not observed in the mediastinum. In the lung window, smooth interlobular septal thickenings '
     'are observed in both lungs. Ground glass density increases are observed accompanying the '
     'septal thickenings, more prominent in the perihilar areas. Bilateral pleural effusion is '
     'observed, more on the right. Consolidation was not detected. No nodule. There is no '
     'atelectasis. No emphysema. In upper abdominal sections, both kidneys are small in size and '
     'atrophic. Liver is natural. Diffuse sclerosis in the bones, compatible with renal '
     'osteodystrophy.\n\nImpression:\nDialysis catheter in the right internal jugular '
     'vein.\nCardiomegaly.\nInterlobular septal thickening and perihilar ground glass density '
     'increases in both lungs, compatible with fluid overload.\nBilateral pleural effusion.',
     {MM, CM, IST, OPA, PE}),
    ('ecl-27', 'en',
     'Findings: Patient with COPD, 40 pack-years smoking history. Trachea and main bronchi are '
     'open, mucus plug was not observed. Thoracic aorta is in normal calibration, its wall '
     'without calcification. Heart size is natural; pericardial effusion is not observed. '
     'Esophagus natural; hiatal hernia not detected. Mediastinal and hilar lymph nodes were not '
     'in pathological size. In the lung window, centrilobular and paraseptal emphysematous areas '
     'are observed diffusely in both lungs, predominantly in the upper lobes. Bronchial wall '
     'thickening is observed in both lower lobes. Cylindrical bronchiectasis is observed in the '
     'medial segment of the middle lobe. Nodule or mass was not detected in both lungs. No '
     'consolidation and ground glass density increase. There is no atelectasis. Mosaic '
     'attenuation was not observed. No pleural effusion; pleural surfaces are natural. In the '
     'upper abdominal slices, liver, spleen, adrenals are natural. Degenerative changes in the '
     'thoracic vertebrae.\n\nImpression:\nCentrilobular and paraseptal emphysema in both '
     'lungs.\nBronchial wall thickening in both lower lobes.\nCylindrical bronchiectasis in the '
     'middle lobe.',
     {EMP, PBT, BRX}),
    ('ecl-28', 'en',
     'Findings: Trachea and both main bronchi are open, in normal course. Calcific atheromatous '
     'plaques are observed in the wall of the thoracic aorta, more in the descending part. Heart '
     'size is normal. Coronary calcifications are observed in the LAD trajectory. Pericardial '
     'effusion was not detected. Esophagus natural. There is no hiatal hernia. In the mediastinum '
     'and hila, lymph node of pathological size or appearance was not observed. In the lung '
     'window, subsegmental atelectasis is observed in the inferior lingular segment. No nodule '
     'was detected in both lungs. Consolidation and ground glass density increase were not '
     'observed. Emphysema was not detected. No bronchiectasis, no bronchial wall thickening. Both '
     'hemithoraces are without pleural effusion. In the upper abdominal slices, a nodular lesion '
     'of 15 mm is observed in the left adrenal gland, with low density, compatible with adenoma. '
     'A simple cyst of 12 mm is observed in the liver segment 6. Spleen is natural. Bones are '
     'natural for age.\n\nImpression:\nCalcific atheromatous plaques in the aorta and coronary '
     'arteries.\nSubsegmental atelectasis in the lingula.\nLeft adrenal adenoma.',
     {AWC, CAC, ATL}),
    ('ecl-29', 'en',
     'Findings: Compared with the previous examination dated 02.02.2021. Trachea and main bronchi '
     'are open. The great mediastinal vessels are natural, no calcified plaque. The heart is of '
     'normal size and contour. Pericardial effusion was not detected. A small hiatal hernia is '
     'observed. Esophagus calibration natural. Lymph node of pathological size or appearance was '
     'not observed. In the lung window, reticulation and honeycombing are observed in the '
     'subpleural areas of both lower lobes, with apicobasal gradient; progressed compared to the '
     'previous examination. Traction bronchiectasis is observed in both lower lobes. Interlobular '
     'septal thickenings are observed in both lungs. Significant ground glass density increase '
     'was not detected. No consolidation. Nodule was not observed in both lungs. Emphysema was '
     'not detected. No pleural effusion. In the upper abdominal sections there is no pathology. '
     'Bones are natural.\n\nImpression:\nReticulation, honeycombing and traction bronchiectasis in '
     'both lower lobes, compatible with UIP pattern; progression compared to '
     '02.02.2021.\nInterlobular septal thickening.\nSmall hiatal hernia.',
     {FIB, BRX, IST, HH}),
    ('ecl-30', 'en',
     'Findings: Patient followed with lymphoma diagnosis. The trachea and main bronchi are '
     'patent. Lymph nodes in pathological size reaching 20 mm are observed in the prevascular and '
     'right paratracheal stations. Bilateral axillary regions are natural, no lymphadenopathy. '
     'Thoracic aorta is natural, no calcification. Heart size is normal. Pericardial thickening '
     'is observed, no significant effusion. No coronary calcification. Esophagus natural, no wall '
     'thickening. No hiatal hernia. In the lung window, ground glass density increase is observed '
     'in the superior segment of the left lower lobe. Nodule was not detected in both lungs. No '
     'consolidation. No atelectasis. Emphysema is not observed. No pleural effusion in both '
     'hemithoraces. In the upper abdominal sections spleen is in normal size. No lytic lesion in '
     'bones.\n\nImpression:\nMediastinal lymphadenopathies in the prevascular and paratracheal '
     'stations.\nPericardial thickening.\nGround glass density increase in the left lower lobe.',
     {LN, PCE, OPA}),
    ('ecl-31', 'en',
     'Findings: Patient in intensive care unit. An endotracheal tube is observed with its tip 3 '
     'cm above the carina. A nasogastric tube is observed, its tip in the stomach. A central '
     'venous catheter is observed in the right internal jugular vein, the tip in the superior '
     'vena cava. Trachea and main bronchi are open. No calcified plaque in the aorta. Heart size '
     'is normal. Pericardial effusion was not detected. No hiatal hernia. No lymph node of '
     'pathological size or appearance. In the lung window, consolidation is observed in the '
     'posterior segments of both lower lobes. Atelectasis is observed adjacent to the '
     'consolidation. Bilateral pleural effusion is observed, more prominent on the left. Nodule '
     'was not detected. Emphysema was not observed. Bronchiectasis is not present. In the upper '
     'abdominal sections liver and spleen natural. No fracture in '
     'bones.\n\nImpression:\nEndotracheal tube, nasogastric tube and central venous '
     'catheter.\nConsolidation and atelectasis in both lower lobes.\nBilateral pleural effusion.',
     {MM, CON, ATL, PE}),
    ('ecl-32', 'en',
     'Findings: Patient brought to the emergency department after a traffic accident. Air '
     'densities compatible with pneumomediastinum are observed around the trachea and along the '
     'mediastinal vascular structures. Fractures with minimal displacement are observed in the '
     'lateral arcs of the right 5th and 6th ribs. Trachea and both main bronchi are open, '
     'continuity is preserved. Thoracic aorta is in natural calibration, no finding in favor of '
     'vascular injury was detected. The heart is of normal size and contour. Pericardial '
     'effusion-hemopericardium was not detected. Esophagus is in natural course, hiatal hernia is '
     'not present. In the mediastinum no lymph node in pathological size. In the lung window, '
     'density increase with indistinct borders, compatible with contusion, is observed in the '
     'posterobasal segment of the right lower lobe. Subsegmental atelectasis is observed in the '
     'lateral segment of the middle lobe. Pneumothorax was not detected. Pleural effusion or '
     'hemothorax was not observed in both hemithoraces. Emphysema was not observed in the lung '
     'parenchyma. Nodule was not detected. Left lung is natural. In the upper abdomen, liver and '
     'spleen contours are smooth, no perihepatic or perisplenic fluid. Vertebral bodies are '
     'natural, no fracture.\n\nImpression:\nPneumomediastinum.\nFractures in the right 5th and 6th '
     'ribs.\nContusion in the right lower lobe.\nSubsegmental atelectasis in the middle lobe.',
     {OPA, ATL}),
    ('ecl-33', 'en',
     'Findings: Patient with history of recurrent pneumonias in childhood, compared with the '
     'examination dated 30.08.2019. Trachea and both main bronchi are in natural calibration, '
     'lumens open. Arcus aorta and descending aorta are in normal diameter, their walls are '
     'smooth and without calcification. Pulmonary artery is natural. Heart contour and size are '
     'natural, pericardial effusion was not detected. Thoracic esophagus is natural, no hiatal '
     'hernia. In the mediastinum, in the paratracheal and subcarinal stations, lymph nodes of '
     'pathological size or appearance were not detected. In the lung window, in both lungs, '
     'regional differences in attenuation forming mosaic attenuation pattern are observed, '
     'unchanged compared to the previous examination. Cylindrical and varicose bronchiectasis are '
     'observed in the basal segments of both lower lobes. Scar formations and fibrotic changes '
     'with volume loss are observed in the medial segment of the middle lobe, evaluated as '
     'sequelae of previous infections. Nodule was not observed in both lungs. Active infiltration '
     'or consolidation was not detected. Atelectasis was not detected. Emphysema is not present. '
     'Bronchial wall thickening was not observed. No pleural effusion. In the sections of the '
     'upper abdomen, liver and spleen are in natural size. No pathology in the bones in the scan '
     'area.\n\nImpression:\nMosaic attenuation pattern in both lungs, stable.\nBronchiectasis in the '
     'basal segments of both lower lobes.\nSequelae fibrotic changes in the middle lobe.',
     {MOS, BRX, FIB}),
    ('ecl-34', 'en',
     'Findings: Low dose lung cancer screening examination in active smoker patient. Trachea and '
     'both main bronchi lumens are open. Calcific atheromatous plaques are observed in the walls '
     'of the arcus aorta and descending thoracic aorta. Calcifications are observed along the LAD '
     'and RCA trajectories. The heart is of normal size and contour. Neither pericardial effusion '
     'nor thickening is seen. Esophagus is natural, hiatal hernia was not detected. In the right '
     'hilar region, a lymph node of 16 mm short axis, in pathological size, is observed; other '
     'mediastinal stations are natural. In the lung window, centrilobular emphysematous changes '
     'are observed in both upper lobes. A solid nodule measuring 8 mm, with lobulated contour, is '
     'observed in the anterior segment of the right upper lobe. Ground glass density increase or '
     'consolidation was not detected. Atelectasis was not observed. Bronchiectasis was not '
     'detected. Both pleural spaces are free. In the upper abdominal slices, liver, spleen and '
     'both adrenal glands are natural. No lytic lesion was detected in the '
     'bones.\n\nImpression:\nCentrilobular emphysema in both upper lobes.\n8 mm lobulated solid '
     'nodule in the right upper lobe; PET-CT correlation is recommended.\nRight hilar lymph node '
     'in pathological size.\nCalcific atheromatous plaques in the aorta and coronary arteries.',
     {EMP, NOD, LN, AWC, CAC}),
    ('ecl-35', 'en',
     'Findings: Patient with dyspnea, followed for heart failure. Trachea and main bronchi are '
     'patent. No calcified plaque was detected in the thoracic aorta, its calibration is natural. '
     'Heart size has increased, cardiothoracic ratio is increased. Dense calcifications are '
     'observed in the coronary arteries, in the left main coronary artery and LAD. Pericardial '
     'effusion was not detected. Esophagus is in natural calibration. Hiatal hernia is not '
     'present. In the mediastinal and hilar stations lymph node of pathological size or '
     'appearance was not observed. In the lung window, bilateral pleural effusion is observed, 25 '
     'mm on the right, 15 mm on the left. There is no atelectasis in the lung parenchyma adjacent '
     'to the effusion. Nodular lesion was not detected in both lungs. Consolidation or ground '
     'glass density increase was not observed. Interlobular septal thickening was not observed. '
     'Emphysematous change was not detected. In the upper abdominal slices, liver is in normal '
     'size; hepatic veins are dilated. Schmorl nodes are observed in the thoracic vertebral end '
     'plates.\n\nImpression:\nCardiomegaly.\nCoronary artery calcifications.\nBilateral pleural '
     'effusion.',
     {CM, CAC, PE}),
    ('ecl-36', 'en',
     'Findings: Patient with reflux complaints and cough. Trachea and main bronchi are open. '
     'Thoracic aorta is natural in calibration, without calcified plaque. Heart size is normal. '
     'Pericardial effusion was not detected. A sliding type hiatal hernia of moderate size is '
     'observed, the esophagus is dilated with air-fluid level in its distal part. No lymph node '
     'of pathological size or appearance was detected in the mediastinum. In the lung window, '
     'ground glass density increases are observed in the posterobasal segment of the right lower '
     'lobe, which were evaluated in favor of aspiration. Subsegmental atelectasis is observed in '
     'the laterobasal segment of the right lower lobe. Nodule was not detected in both lungs. '
     'Consolidation is not observed. Emphysema was not detected. Bronchiectasis is not present. '
     'Pleural effusion was not observed in both hemithoraces. In the upper abdominal slices, a '
     'hypodense lesion of 10 mm is observed in liver segment 7, likely cyst. Spleen and adrenal '
     'glands are natural. Degenerative changes in the thoracic vertebrae.\n\nImpression:\nSliding '
     'type hiatal hernia and dilated esophagus.\nGround glass density increases in the right lower '
     'lobe, in favor of aspiration.\nSubsegmental atelectasis in the right lower lobe.',
     {HH, OPA, ATL}),
    ('ecl-37', 'en',
     'Findings: Patient operated for descending aortic aneurysm, examination dated 11.01.2022 was '
     'used for comparison. An endovascular stent graft is observed in the descending thoracic '
     'aorta, no finding in favor of endoleak was detected. Calcific atheromatous plaques are '
     'observed in the aortic arch and at the origin of the left subclavian artery. The trachea '
     'and main bronchi are patent. The heart is of normal size and contour. Pericardial effusion '
     'was not detected. Coronary calcification was not observed. Esophagus natural, no hiatal '
     'hernia. No lymph node of pathological size or appearance in the mediastinum. In the lung '
     'window, emphysematous changes are observed in both upper lobes, more prominent in the '
     'apical segments. Nodule was not detected in both lungs. No consolidation or ground glass '
     'density increase. There is no atelectasis. Bronchial structures are natural. No pleural '
     'effusion. In the upper abdominal slices, no pathology was detected in the liver and spleen. '
     'Degenerative osteophytes in the vertebrae.\n\nImpression:\nEndovascular stent graft in the '
     'descending thoracic aorta, no endoleak.\nCalcific atheromatous plaques in the aortic arch '
     'and left subclavian artery.\nEmphysema in both upper lobes.',
     {MM, AWC, EMP}),
    ('ecl-38', 'en',
     'Clinical information: Fever and cough for three days, rule out COVID-19 pneumonia. Known '
     'history of pulmonary tuberculosis treated 15 years ago.\nFindings: The trachea and main '
     'bronchi are patent. The great mediastinal vessels are in natural calibration, no calcified '
     'plaque. Heart size is normal. Pericardial effusion was not detected. Esophagus is natural, '
     'hiatal hernia is not present. Lymph node of pathological size or appearance was not '
     'detected in the mediastinum and hila. In the lung window, findings in favor of viral '
     'pneumonia were not detected. Ground glass density increase or consolidation was not '
     'observed in both lungs. Fibrotic sequelae changes with volume loss are observed in the '
     'apicoposterior segment of the left upper lobe and the apical segment of the right upper '
     'lobe, compatible with old tuberculosis. A 4 mm millimetric nodule is observed in the '
     'lingula. Atelectasis was not observed. Emphysema is not present. Pleural effusion was not '
     'detected. In the sections passing through the upper abdomen liver and spleen are natural. '
     'No lytic lesion in the bones.\n\nImpression:\nNo findings in favor of viral '
     'pneumonia.\nFibrotic sequelae changes in both upper lobes, compatible with old '
     'tuberculosis.\n4 mm millimetric nodule in the lingula.',
     {FIB, NOD}),
    ('ecl-39', 'en',
     'Findings: Trachea and both main bronchi lumens are open, secretion is observed in the right '
     'lower lobe bronchi. Thoracic aorta is in normal calibration, no atheromatous plaque. The '
     'heart is of normal size and contour. Pericardial effusion or thickening was not observed. '
     'Esophagus natural, no hiatal hernia. Lymph nodes in pathological size, the largest 15 mm in '
     'short axis, are observed in the subcarinal station and right hilar region, evaluated as '
     'reactive. In the lung window, consolidation area is observed in the posterobasal and '
     'laterobasal segments of the right lower lobe. Peribronchial thickening is observed in both '
     'lower lobes. Nodule was not detected in both lungs. Ground glass density increase was not '
     'detected apart from the consolidation. Atelectasis is not present. Emphysema was not '
     'observed. No bronchiectasis. Pleural effusion was not observed. In the upper abdominal '
     'slices, no pathology was detected in the organs in the sections. Bone structures are '
     'natural.\n\nImpression:\nConsolidation in the right lower lobe, primarily '
     'pneumonia.\nPeribronchial thickening in both lower lobes.\nReactive lymphadenopathy in the '
     'subcarinal and right hilar region.',
     {CON, PBT, LN}),
    ('ecl-40', 'en',
     'Findings: Patient with history of tuberculous pericarditis, treated. Trachea and main '
     'bronchi are open. Calcific atheromatous plaques are observed in the aortic arch and '
     'descending aorta. Heart size is within normal limits. Pericardial thickening reaching 5 mm '
     'is observed, without accompanying effusion. Coronary artery calcification was not observed. '
     'Esophagus is natural, no hiatal hernia. Lymph node of pathological size or appearance was '
     'not observed in the mediastinum. In the lung window, fibrotic bands are observed in both '
     'lower lobes, evaluated as sequelae. Pleural thickening is observed in the left posterior '
     'costophrenic region. Pleural effusion was not detected. Nodule was not observed in both '
     'lungs. Consolidation or ground glass density increase was not detected. Atelectasis is not '
     'present. Emphysema was not observed. In the upper abdominal slices, the liver and spleen '
     'are natural. No destructive lesion in the bones.\n\nImpression:\nPericardial '
     'thickening.\nCalcific atheromatous plaques in the aorta.\nSequelae fibrotic bands in both '
     'lower lobes.\nLeft pleural thickening.',
     {PCE, AWC, FIB}),
    ('ecl-41', 'en',
     'Findings: The trachea and main bronchi are patent. Thoracic aorta is in natural '
     'calibration, wall calcification was not observed. Heart size is normal, pericardial '
     'effusion was not detected. Esophagus is natural, no hiatal hernia. Lymph node of '
     'pathological size or appearance was not observed in mediastinal stations. In the lung '
     'window, a faint ground glass density increase is observed in the anterior segment of the '
     'left upper lobe, infectious process cannot be excluded. In both lower lobes, heterogeneous '
     'attenuation that may represent mosaic attenuation is observed. A millimetric nodule is '
     'suspected in the superior segment of the right lower lobe; differential diagnosis with '
     'vessel cross-section could not be made. Consolidation was not detected. Atelectasis was not '
     'observed. Emphysema was not detected. Bronchial wall thickening is not present. Pleural '
     'effusion was not observed. In the upper abdominal sections, liver and spleen are natural. '
     'No pathology in the bones.\n\nImpression:\nFaint ground glass density increase in the left '
     'upper lobe, infectious process cannot be excluded.\nPossible mosaic attenuation in both '
     'lower lobes.\nSuspicious millimetric nodule in the right lower lobe, follow-up is '
     'recommended.',
     {OPA, MOS, NOD}),
    ('ecl-42', 'en',
     'Findings: Compared with the previous examination dated 15.06.2020. The port catheter '
     'described in the previous examination has been removed, no catheter is observed in the '
     'current examination. The trachea and main bronchi are patent. The great mediastinal vessels '
     'are natural, no calcified plaque. Heart size is normal. Pericardial effusion was not '
     'detected. Esophagus is natural, hiatal hernia was not detected. Lymph nodes of pathological '
     'size or appearance were not detected in the mediastinum and axillary regions. In the lung '
     'window, subsegmental atelectasis is observed in the posterobasal segment of the left lower '
     'lobe. The 5 mm nodule in the posterior segment of the right upper lobe is stable compared '
     'to the previous examination. New nodule was not detected. Consolidation or ground glass '
     'density increase was not observed. Emphysema is not present. Pleural effusion was not '
     'observed. In the upper abdominal slices, no space-occupying lesion was detected in the '
     'liver. Bones are natural.\n\nImpression:\nPort catheter has been removed.\nSubsegmental '
     'atelectasis in the left lower lobe.\nStable 5 mm nodule in the right upper lobe.',
     {ATL, NOD}),
    ('ecl-43', 'en',
     'Findings: The trachea and main bronchi are patent. Lymph nodes in pathological size, '
     'symmetrically placed, are observed in the bilateral hilar regions, the largest measuring '
     '24x17 mm on the right; enlarged lymph nodes are observed also in the right paratracheal and '
     'subcarinal stations. Thoracic aorta is natural in calibration, no calcification. The heart '
     'is of normal size and contour. Pericardial effusion was not detected. Esophagus is natural, '
     'no hiatal hernia. In the lung window, perilymphatic micronodules are observed in both upper '
     'lobes, along the bronchovascular bundles and fissures. Consolidation was not detected. '
     'Ground glass density increase is not observed. Atelectasis was not detected. Fibrotic '
     'changes were not observed. Emphysema is not present. No pleural effusion in both '
     'hemithoraces. In the upper abdominal slices, the spleen is in natural size. Bone structures '
     'are natural.\n\nImpression:\nBilateral hilar and mediastinal lymphadenopathy.\nPerilymphatic '
     'micronodules in both upper lobes; findings are primarily compatible with sarcoidosis.',
     {LN, NOD}),
    ('ecl-44', 'en',
     'Findings: Trachea and main bronchi are open. Thoracic aorta is in natural calibration, '
     'calcified plaque was not observed. Heart size is within normal limits. Pericardial effusion '
     'was not detected. Esophagus is natural, hiatal hernia is not present. In the mediastinal '
     'and hilar stations lymph node of pathological size or appearance was not observed. In the '
     'lung window, centrilobular emphysematous changes are observed in both upper lobes. Smooth '
     'interlobular septal thickening is observed in both lower lobes. Bilateral pleural effusion '
     'is observed, in minimal amount. Nodule was not observed in both lungs. Consolidation or '
     'ground glass density increase was not detected. Atelectasis was not detected. '
     'Bronchiectasis is not present. In the upper abdominal slices, liver and spleen are natural. '
     'Degenerative changes in the bones.\n\nImpression:\nCentrilobular emphysema in both upper '
     'lobes.\nInterlobular septal thickening in both lower lobes.\nMinimal bilateral pleural '
     'effusion.',
     {EMP, IST, PE}),
    ('ecl-45', 'en',
     'Findings: Compared with the examination dated 07.03.2023. Trachea and both main bronchi are '
     'open, no endoluminal lesion. Calcific atheromatous plaques are observed in the walls of the '
     'ascending, arcus and descending thoracic aorta. Heart size has increased, increase is '
     'present compared to previous examination. Coronary artery calcifications are observed in '
     'the LAD, LCX and RCA trajectories. Pericardial effusion-thickening was not detected. A '
     'hiatal hernia is observed at the esophageal hiatus level. Lymph nodes in pathological size '
     'are observed in the lower paratracheal and subcarinal stations, the largest measuring 14 mm '
     'in short axis, similar to the previous examination. In the lung window, subsegmental '
     'atelectasis is observed in the posterobasal segment of the left lower lobe. Nodule was not '
     'detected in both lungs. Consolidation or ground glass density increase was not observed. '
     'Emphysema is not present. Bronchiectasis and bronchial wall thickening were not observed. '
     'Pleural effusion was not detected in both hemithoraces. In the upper abdominal slices, '
     'liver contour is smooth, spleen natural, both adrenal glands natural. Degenerative '
     'osteophytes are observed in the thoracic vertebrae.\n\nImpression:\nCardiomegaly, increased '
     'compared to 07.03.2023.\nCalcific atheromatous plaques in the aorta and coronary '
     'arteries.\nHiatal hernia.\nMediastinal lymphadenopathy, stable.\nSubsegmental atelectasis in '
     'the left lower lobe.',
     {AWC, CM, CAC, HH, LN, ATL}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
