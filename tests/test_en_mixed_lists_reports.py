"""Probe: long English sentences that list several findings with different states, testing how far
each cue reaches (a negation that opens a list, a positive after "but"/"however"/"while"/"although",
lists joined by commas, "and", "or", "as well as", "along with", "with", "without", "in addition to",
semicolon-separated telegraphic lists), in US, UK and CT-RATE (Turkish-English) styles. The reports
were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT,
                      PCE, PE, probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ('eml-01', 'en',
     'There is a small right pleural effusion, no left effusion and no pericardial effusion. Mild '
     'centrilobular emphysema is seen in the upper lobes. No consolidation, nodule or '
     'lymphadenopathy. The heart is normal in size. Calcified atherosclerotic plaques are present '
     'in the thoracic aorta.',
     {PE, EMP, AWC}),
    ('eml-02', 'en',
     'Comparison: none. No consolidation, effusion or lymphadenopathy; mild emphysema. Linear '
     'atelectasis at the left lung base. Coronary artery calcification is noted in the LAD. No '
     'hiatus hernia.',
     {EMP, ATL, CAC}),
    ('eml-03', 'en',
     'Bilateral pleural effusions, right greater than left, with adjacent compressive '
     'atelectasis, without pericardial effusion. The heart is enlarged. No pulmonary nodule is '
     'identified. No hiatal hernia. No bronchiectasis.',
     {PE, ATL, CM}),
    ('eml-04', 'en',
     'Emphysema and bronchiectasis are present, but there is no nodule, mass or consolidation. '
     'Bronchial wall thickening is seen in both lower lobes. No pleural or pericardial effusion. '
     'No mediastinal lymphadenopathy.',
     {EMP, BRX, PBT}),
    ('eml-05', 'en',
     'Neither pleural effusion nor pericardial effusion is seen, although a small hiatal hernia '
     'is noted. Scattered ground-glass opacities are present in both lower lobes, without '
     'consolidation or interlobular septal thickening. No enlarged lymph nodes.',
     {HH, OPA}),
    ('eml-06', 'en',
     'The trachea and main bronchi are patent. No mass or lymph node of pathological size or '
     'appearance was detected in the mediastinum. The aorta and coronary arteries carry calcific '
     'atheroma plaques. Heart size is normal, no pericardial effusion-thickening. In both lungs, '
     'emphysematous changes as well as fibrotic bands in the lower lobes are observed. No pleural '
     'effusion, no nodule with distinct borders. Hiatal hernia is not observed.',
     {AWC, CAC, EMP, FIB}),
    ('eml-07', 'en',
     'Median sternotomy wires and a prosthetic aortic valve are present, along with mild '
     'cardiomegaly. There is no pericardial effusion, pleural effusion or pulmonary oedema. '
     'Patchy ground-glass opacity is seen in the right middle lobe. No lung nodule.',
     {MM, CM, OPA}),
    ('eml-08', 'en',
     'Findings: right internal jugular central venous catheter with its tip at the cavoatrial '
     'junction; trace left pleural effusion; no pneumothorax; no consolidation; subsegmental '
     'atelectasis in the lingula; no lymphadenopathy; no emphysema.',
     {MM, PE, ATL}),
    ('eml-09', 'en',
     'There is no consolidation or ground-glass opacity, however a 6 mm solid nodule is seen in '
     'the right upper lobe. No bronchiectasis and no bronchial wall thickening. Mediastinal lymph '
     'nodes are not enlarged. Calcification of the aortic wall is present.',
     {NOD, AWC}),
    ('eml-10', 'en',
     'Interlobular septal thickening and ground-glass opacity in both lungs, in addition to small '
     'bilateral pleural effusions, suggest interstitial oedema. The heart is enlarged. No '
     'pericardial effusion. No consolidation.',
     {IST, OPA, PE, CM}),
    ('eml-11', 'en',
     'No pleural effusion, while a moderate pericardial effusion is present. The cardiac '
     'silhouette is enlarged. The lungs are clear, without nodules, consolidation or emphysema. '
     'Mediastinal lymphadenopathy is absent.',
     {PCE, CM}),
    ('eml-12', 'en',
     'Mosaic attenuation with air trapping on expiratory images, as well as bronchial wall '
     'thickening and mild cylindrical bronchiectasis, consistent with small airways disease. No '
     'emphysema, no nodule, no effusion.',
     {MOS, PBT, BRX}),
    ('eml-13', 'en',
     'There is no pleural effusion or pneumothorax. Paraseptal emphysema with a few apical '
     'bullae. A calcified granuloma is present in the left lower lobe. No hilar or mediastinal '
     'lymphadenopathy. The heart is not enlarged and there is no pericardial effusion.',
     {EMP, NOD}),
    ('eml-14', 'en',
     'Enlarged mediastinal and right hilar lymph nodes, the largest 18 mm in short axis, along '
     'with a 2.2 cm spiculated nodule in the right upper lobe. No pleural effusion, no '
     'consolidation, no atelectasis. No coronary artery calcification.',
     {LN, NOD}),
    ('eml-15', 'en',
     'Subpleural reticulation and honeycombing in the lower lobes with traction bronchiectasis, '
     'without ground-glass opacity or consolidation. No lymphadenopathy. No pleural effusion. '
     'Coronary calcifications are seen in the LAD and RCA.',
     {FIB, BRX, CAC}),
    ('eml-16', 'en',
     'Mediastinal structures were evaluated as optimal as the examination was non-contrast. The '
     'heart is of normal size. Thoracic aorta diameter is normal. No pericardial effusion or '
     'thickening. No pathological lymph nodes were detected. On the lung window, atelectasis in '
     'the middle lobe and lingula, consolidation and ground-glass areas in the right lower lobe '
     'posterior segment are observed. Pleural effusion is not observed. No nodule was detected.',
     {ATL, CON, OPA}),
    ('eml-17', 'en',
     'No consolidation, but small bilateral effusions and bibasilar atelectasis. A nasogastric '
     'tube terminates in the stomach. No pericardial effusion. No hiatal hernia. Heart size is '
     'normal.',
     {PE, ATL, MM}),
    ('eml-18', 'en',
     'Neither mediastinal lymphadenopathy nor pleural effusion is present. There is a moderate '
     'sliding hiatal hernia. Mild bronchial wall thickening and scattered micronodules are seen '
     'in the right lower lobe. No emphysema.',
     {HH, PBT, NOD}),
    ('eml-19', 'en',
     'The lungs show centrilobular emphysema, bronchiectasis in the right middle lobe, and '
     'peribronchial thickening, with no focal consolidation, nodule, or pleural effusion. The '
     'heart is normal in size.',
     {EMP, BRX, PBT}),
    ('eml-20', 'en',
     'Left chest tube in place with a decreased left pleural effusion, which is now small. No '
     'right effusion. Compressive atelectasis of the left lower lobe, with no consolidation '
     'elsewhere. No lymphadenopathy. The pericardium is normal.',
     {MM, PE, ATL}),
    ('eml-21', 'en',
     'Findings: no nodule; no mass; no consolidation; mild interlobular septal thickening at the '
     'bases; trace bilateral pleural fluid; heart enlarged; no pericardial fluid.',
     {IST, PE, CM}),
    ('eml-22', 'en',
     'There are atherosclerotic calcifications of the aortic arch and the coronary arteries, as '
     'well as a pacemaker with leads in the right atrium and right ventricle. The lungs are '
     'clear, without nodule, opacity or effusion.',
     {AWC, CAC, MM}),
    ('eml-23', 'en',
     'Bilateral upper lobe fibrotic scarring with associated traction bronchiectasis and volume '
     'loss; no active consolidation. No pleural effusion; no lymphadenopathy. Small hiatus hernia.',
     {FIB, BRX, HH}),
    ('eml-24', 'en',
     'No pleural effusion is identified, however a small pericardial effusion is present, along '
     'with calcification in the left anterior descending coronary artery. No lung nodules or '
     'masses. No emphysema.',
     {PCE, CAC}),
    ('eml-25', 'en',
     'There is no evidence of pulmonary embolism. Mosaic perfusion is noted in both lungs, '
     'without ground-glass opacity, consolidation or septal thickening. No pleural effusion. Mild '
     'cardiomegaly.',
     {MOS, CM}),
    ('eml-26', 'en',
     'Right lower lobe consolidation with air bronchograms, in addition to a small right '
     'parapneumonic effusion; no left effusion, no pericardial effusion and no mediastinal '
     'lymphadenopathy. No nodules.',
     {CON, PE}),
    ('eml-27', 'en',
     'Calcified plaques are observed in the wall of the thoracic aorta and its branches. No lymph '
     'nodes in pathological size were detected in the mediastinum and hilar regions. In both '
     'lungs, there are emphysematous areas, more prominent in the upper lobes, and sequelae '
     'changes in the lingula. A nodule of 4 mm was observed in the right lower lobe. No pleural '
     'effusion or thickening was detected. No mass.',
     {AWC, EMP, FIB, NOD}),
    ('eml-28', 'en',
     'There is bilateral axillary and mediastinal lymphadenopathy, while the lungs show no '
     'nodule, consolidation, or effusion. The heart is normal in size without pericardial '
     'effusion. Surgical clips are seen in the right axilla.',
     {LN, MM}),
    ('eml-29', 'en',
     'No emphysema or bronchiectasis; patchy ground-glass opacities and interlobular septal '
     'thickening in both upper lobes producing a crazy-paving pattern. No consolidation. No '
     'pleural effusion. No enlarged nodes.',
     {OPA, IST}),
    ('eml-30', 'en',
     'Neither cardiomegaly nor pericardial effusion. There is a small left pleural effusion with '
     'passive atelectasis of the adjacent lower lobe, but no consolidation. Coronary artery '
     'calcification.',
     {PE, ATL, CAC}),
    ('eml-31', 'en',
     'Multiple bilateral pulmonary nodules, the largest 12 mm in the left upper lobe, with '
     'enlarged subcarinal lymph nodes, without pleural or pericardial effusion. No consolidation '
     'or atelectasis. Right chest port with the catheter tip in the SVC.',
     {NOD, LN, MM}),
    ('eml-32', 'en',
     'Findings include mild cardiomegaly, a small pericardial effusion, and bilateral pleural '
     'effusions. There is no consolidation. No lung nodule. No emphysema. No hiatal hernia.',
     {CM, PCE, PE}),
    ('eml-33', 'en',
     'Features of bronchiectasis in both lower lobes with bronchial wall thickening and mucus '
     'plugging; however, there is no consolidation or effusion. No emphysema. Lymph nodes are of '
     'normal size.',
     {BRX, PBT}),
    ('eml-34', 'en',
     'No pneumothorax, pleural effusion, or focal consolidation is seen, but there is a 5 mm '
     'ground-glass nodule in the left lower lobe as well as mild paraseptal emphysema. Aortic '
     'atherosclerotic calcification.',
     {NOD, EMP, AWC}),
    ('eml-35', 'en',
     'The airways are patent. Cardiothoracic index increased. No pericardial effusion. A sliding '
     'hiatal hernia is seen at the distal oesophagus. There are no lymph nodes in pathological '
     'size. Ground glass density increases and interlobular septal thickenings are observed in '
     'both lungs. No consolidation. No pleural effusion.',
     {CM, HH, OPA, IST}),
    ('eml-36', 'en',
     'The left lower lobe is collapsed, along with a moderate left pleural effusion, whereas the '
     'right lung is clear without effusion, nodule or consolidation. No lymphadenopathy. No '
     'pericardial effusion.',
     {ATL, PE}),
    ('eml-37', 'en',
     'No evidence of fibrosis, honeycombing or traction bronchiectasis. Mild peribronchial '
     'thickening. Scattered micronodules in a centrilobular distribution. No mosaic attenuation. '
     'No effusion.',
     {PBT, NOD}),
    ('eml-38', 'en',
     'Endotracheal tube terminates 4 cm above the carina and a nasogastric tube is in the '
     'stomach. Dense consolidation in both lower lobes with small bilateral effusions, without '
     'pericardial effusion or cardiomegaly. No lymphadenopathy.',
     {MM, CON, PE}),
    ('eml-39', 'en',
     'Hiatal hernia, coronary artery calcification and aortic calcification are noted; no '
     'pulmonary nodule, consolidation or effusion. No emphysema.',
     {HH, CAC, AWC}),
    ('eml-40', 'en',
     'Mild bilateral apical pleuroparenchymal scarring without nodules; no lymphadenopathy; no '
     'pleural effusion; mild centrilobular emphysema.',
     {FIB, EMP}),
    ('eml-41', 'en',
     'Ground-glass opacity and consolidation in the right upper lobe, in addition to enlarged '
     'right hilar lymph nodes. No nodule elsewhere. Neither pleural nor pericardial effusion. No '
     'bronchiectasis.',
     {OPA, CON, LN}),
    ('eml-42', 'en',
     'In both lungs, fibroatelectatic changes as well as linear atelectasis in the lower lobes '
     'are observed. Bronchiectatic changes and peribronchial thickening are observed in the lower '
     'lobes. There is no nodule or mass with distinct borders. Pleural effusion was not detected. '
     'No lymph nodes of pathological size or appearance in the mediastinum.',
     {ATL, FIB, BRX, PBT}),
    ('eml-43', 'en',
     'No mediastinal or hilar lymphadenopathy, although a few mildly enlarged right axillary '
     'lymph nodes are seen. The lungs show mild emphysema without nodules. No effusion.',
     {LN, EMP}),
    ('eml-44', 'en',
     'There is no consolidation, nodule or pleural effusion, while mild interlobular septal '
     'thickening and mosaic attenuation are noted in the lower lobes. Heart size is normal. '
     'Coronary artery calcification is present.',
     {IST, MOS, CAC}),
    ('eml-45', 'en',
     'Status post right upper lobectomy with surgical staples along the bronchial stump, without '
     'evidence of recurrence. There is no lymphadenopathy, effusion or nodule, but postoperative '
     'fibrotic change and a small amount of atelectasis are present at the resection margin.',
     {MM, FIB, ATL}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
