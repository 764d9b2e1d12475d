"""CT-RATE-style chest CT reports (English).

- Formulaic, translated-from-Turkish sentence types: "X was observed/detected/noted in Y",
  "No X was observed", "X was not detected", "Calibration ... is natural", "the largest of which
  measures ...", "The examination was evaluated in favor of ...", impression as short lines.
- Density increases explained as sequelae / atelectasis in the same sentence (FIB / ATL, not OPA).
- Combined denials ("pleural effusion-thickening", "pericardial effusion-thickening",
  "No mass, nodule or infiltration", "No bronchiectasis, bronchial wall thickening or mosaic ...").
- Aorta vs coronary calcification split, coronary stent without calcification, abdominal aorta.
- Devices: pacemaker, sternotomy wires, bypass clips, stents, catheters, tubes, staples, valve.
- Out-of-lung findings that must not count: thyroid / adrenal nodules, liver and renal cysts,
  liver hemangioma, vertebral hemangioma, rib and vertebral lesions.
- Follow-up: regressed but still present = 1; disappeared / not observed now / removed = 0.
- Hedges (may be, suspected, considered, cannot be excluded, "?") count as present.

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("cv-01", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart contour and size are normal. '
         'Neither pericardial effusion nor thickening was detected. '
         'The thoracic esophagus shows normal calibre, and no wall thickening was noted. '
         'No hiatal hernia was seen. '
         'No lymph nodes of pathological size and appearance were observed in the mediastinum or in the hilar regions. '
         'A hypodense nodule of 14 mm was observed in the left lobe of the thyroid gland. '
         'The lumen of the trachea and both main bronchi is patent. '
         'No mass, nodule or infiltration was detected in the lung parenchyma. '
         'No pleural effusion was observed. '
         'Degenerative changes were noted in the bone structures.\n'
         'Nodule in the left thyroid lobe (ultrasound correlation is recommended).\n'
         'Degenerative changes in the thoracic spine.'
        ),
        set()),
    ("cv-02", "en",
        (
         'Thoracic aorta and pulmonary artery calibres are normal. Heart size is normal. '
         'No pericardial effusion was seen. '
         'No lymphadenopathy of pathological size was detected in the mediastinum. '
         'In both lungs, peripherally located ground glass densities were observed, more prominent in the lower lobes. '
         'Consolidation areas were detected within the ground glass densities in the posterobasal segment of the right lower lobe. '
         'Interlobular septal thickenings accompanying the ground glass areas were noted in places. '
         'No pleural effusion was observed. No nodule was detected in either lung. '
         'Upper abdominal organs included in the study area are unremarkable.\n'
         'The examination was evaluated in favor of viral pneumonia (COVID-19).\n'
         'Bilateral peripheral ground glass densities and consolidation.\n'
         'Septal thickenings.'
        ),
        {CON, IST, OPA}),
    ("cv-03", "en",
        (
         'A cardiac pacemaker was observed in the left infraclavicular region, with its leads extending into the right heart chambers. '
         'The heart is enlarged (cardiomegaly). No pericardial effusion was detected. '
         'Atherosclerotic calcifications were observed in the aortic arch and in the coronary arteries. '
         'Bilateral pleural effusion was observed, reaching 3 cm in thickness on the right. '
         'Compressive atelectatic changes were noted in the adjacent lung parenchyma of both lower lobes. '
         'No nodular lesion was detected in either lung. No hiatal hernia was seen.\n'
         'Cardiac pacemaker.\nCardiomegaly.\n'
         'Bilateral pleural effusion and adjacent compressive atelectasis.\n'
         'Atherosclerotic changes in the coronary arteries and the aorta.'
        ),
        {ATL, AWC, CAC, CM, MM, PE}),
    ("cv-04", "en",
        (
         'The thoracic main vascular structures have natural calibre. '
         'Heart contour and size were evaluated as normal. '
         'No pathological lymph node was observed in the mediastinum. '
         'A sliding-type hiatal hernia was observed. '
         'In both lungs, centrilobular emphysematous changes were noted, more evident in the upper lobes. '
         'Millimetric nonspecific nodules were seen in the right lung middle lobe and left lung upper lobe. '
         'No pleural effusion-thickening was detected. '
         'In the sections passing through the upper abdomen, a simple cyst measuring 2 cm was observed in the right lobe of the liver. '
         'No pathological finding was noted in the bone structures.\n'
         'Centrilobular emphysema.\nSeveral nonspecific millimetric nodules in both lungs.\n'
         'Hiatal hernia.\nCyst in the liver.'
        ),
        {EMP, HH, NOD}),
    ("cv-05", "en",
        (
         'Calibration of the mediastinal main vessels is natural. '
         'No cardiomegaly or pericardial effusion was detected. '
         'No lymph nodes in pathological size or appearance were seen in the mediastinum. '
         'In the apical segment of the right upper lobe, density increases consistent with sequelae were observed. '
         'Fibrotic bands were noted in the lingula. '
         'No nodule or mass was detected in the lung parenchyma. '
         'No pleural effusion was observed. '
         'A 15 mm nodule with fat-containing density was observed in the left adrenal gland, consistent with adenoma. '
         'Degenerative changes of the thoracic vertebrae were observed.\n'
         'Sequelae changes in the right upper lobe and lingula.\n'
         'Adenoma in the left adrenal gland.'
        ),
        {FIB}),
    ("cv-06", "en",
        (
         'The examination was compared with the previous one dated 14.02.2021. '
         'The ground glass densities previously observed in both lungs have disappeared in the current examination. '
         'The nodule in the left lung lower lobe, which measured 9 mm in the previous examination, has regressed and now measures 5 mm. '
         'No new nodule was detected. No pleural effusion was seen. '
         'The heart size is normal, and no pericardial effusion was detected. '
         'No mediastinal lymphadenopathy was observed. '
         'Calcific atherosclerotic plaques were observed in the descending thoracic aorta.\n'
         'Regression of the nodule in the left lower lobe.\n'
         'The ground glass densities described previously have disappeared.\n'
         'Atherosclerosis in the aorta.'
        ),
        {AWC, NOD}),
    ("cv-07", "en",
        (
         'The thoracic main vascular structures are of normal calibre. '
         'Heart size is natural, and no pericardial effusion is seen. '
         'No lymph node of pathological size was detected in the mediastinal and hilar regions. '
         'Cylindrical bronchiectatic changes were observed in both lower lobes. '
         'Peribronchial thickening accompanied the bronchiectatic segments. '
         'A mosaic attenuation pattern was observed in both lungs, which may be due to small airway disease. '
         'No consolidation was seen. No pleural effusion was observed. '
         'No emphysema was detected.\nBronchiectasis in both lower lobes.\n'
         'Peribronchial thickening.\nMosaic attenuation pattern (small airways disease?).'
        ),
        {BRX, MOS, PBT}),
    ("cv-08", "en",
        (
         'Median sternotomy wires and vascular clips were observed secondary to coronary bypass surgery. '
         'Heart size was increased. Minimal pericardial thickening was noted. '
         'Dense calcifications were observed in the coronary arteries. '
         'Atherosclerotic calcifications were also noted in the thoracic aorta. '
         'No lymph node in pathological size was detected in the mediastinum. '
         'Linear atelectasis was observed in the left lung lower lobe. '
         'No pleural effusion was detected. No nodule was seen in either lung.\n'
         'Post-CABG appearance.\nCardiomegaly.\nPericardial thickening.\n'
         'Coronary and aortic atherosclerosis.\nLinear atelectasis in the left lower lobe.'
        ),
        {ATL, AWC, CAC, CM, MM, PCE}),
    ("cv-09", "en",
        (
         'A mass lesion with lobulated contours measuring 45x38 mm was observed in the right lung upper lobe. '
         'Lymph nodes in pathological size were observed in the right hilar region and in the subcarinal area, the largest measuring 22 mm in short axis. '
         'Right pleural effusion was detected. '
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart size is normal. No pericardial effusion was detected. '
         'Millimetric nodules were also seen in the left lung. '
         'A nodule of 18 mm was observed in the right adrenal gland, and metastasis cannot be excluded.\n'
         'Mass in the right upper lobe (primary malignancy?).\n'
         'Pathological lymph nodes in the right hilum and subcarinal region.\n'
         'Right pleural effusion.\nRight adrenal nodule.'
        ),
        {LN, NOD, PE}),
    ("cv-10", "en",
        (
         'Thoracic main vascular structures show natural calibre. '
         'The heart size and contour are within normal limits. '
         'No pericardial effusion-thickening was detected. '
         'No calcification was observed in the aorta or the coronary arteries. '
         'No hiatal hernia was observed. '
         'No lymph node of pathological size and appearance was seen in the mediastinum. '
         'The lung parenchyma was evaluated as normal; no nodule, consolidation or ground glass density was detected. '
         'No emphysema, bronchiectasis or septal thickening was noted. '
         'No pleural effusion is observed. '
         'A cyst of 25 mm was observed in the upper pole of the left kidney. '
         'A hemangioma was observed in the T11 vertebral body.\n'
         'No significant pathological finding was detected in the thorax.\n'
         'Left renal cyst.\nVertebral hemangioma.'
        ),
        set()),
    ("cv-11", "en",
        (
         'The current examination was compared with the previous one dated 03.12.2020. '
         'The consolidation areas seen in the left lower lobe in the previous examination have disappeared. '
         'The ground glass densities in both lungs have regressed, but some of them are still observed in the peripheral areas of the lower lobes. '
         'Newly developed fibrotic bands were observed in the right lower lobe. '
         'No pleural effusion was observed. Heart size is normal. '
         'In the mediastinum, no pathological lymph node was detected. '
         'Upper abdominal organs included in the study area are natural.\n'
         'Regressing ground glass densities in both lungs.\n'
         'The consolidations seen previously have disappeared.\n'
         'Fibrotic bands in the right lower lobe.'
        ),
        {FIB, OPA}),
    ("cv-12", "en",
        (
         'In both lungs, subpleural and basal-predominant reticular densities and honeycombing were observed, consistent with fibrosis. '
         'Traction bronchiectasis was noted in the lower lobes. '
         'Interlobular septal thickening was observed in both lungs. '
         'Ground glass densities were also present in the lower lobes. '
         'No pleural effusion was detected. Heart size is normal. '
         'Lymph nodes of pathological size were detected in the mediastinum, the largest measuring 13 mm in short axis in the right lower paratracheal area. '
         'Calcifications were seen in the coronary arteries.\n'
         'The findings were evaluated in favor of usual interstitial pneumonia.\n'
         'Fibrotic changes, honeycombing and traction bronchiectasis.\n'
         'Mediastinal lymphadenopathy.\nCoronary calcifications.'
        ),
        {BRX, CAC, FIB, IST, LN, OPA}),
    ("cv-13", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'The heart size is at the upper limit of normal. '
         'A minimal pericardial effusion, reaching 6 mm at its thickest point, was observed. '
         'No lymphadenopathy was detected in the mediastinum. '
         'Band-like density increase in the right middle lobe, which may be due to atelectasis, was observed. '
         'A few millimetric nonspecific nodules were noted in the right lung. '
         'No pleural effusion is observed. A hiatal hernia of small size was observed. '
         'Degenerative changes were noted in the thoracic spine.\n'
         'Minimal pericardial effusion.\nPossible atelectasis in the right middle lobe.\n'
         'Millimetric nodules in the right lung.\nSmall hiatal hernia.'
        ),
        {ATL, HH, NOD, PCE}),
    ("cv-14", "en",
        (
         'An endotracheal tube was observed, with its tip located 3 cm above the carina. '
         'A nasogastric catheter was observed in the esophagus, reaching the stomach. '
         'Atherosclerotic calcifications were observed in the aortic arch; no calcification was detected in the coronary arteries. '
         'The heart size is normal. '
         'In the posterobasal segments of both lower lobes, consolidation areas containing air bronchograms were observed, surrounded by ground glass densities. '
         'Bilateral minimal pleural effusion was detected. '
         'No lymph node of pathological size was observed in the mediastinum.\n'
         'Endotracheal tube and nasogastric catheter.\n'
         'Bilateral lower lobe consolidations (pneumonia? aspiration?).\n'
         'Bilateral minimal pleural effusion.\nAortic atherosclerosis.'
        ),
        {AWC, CON, MM, OPA, PE}),
    ("cv-15", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'No cardiomegaly was observed. No pericardial effusion was detected. '
         'In the mediastinum, no pathological lymph node was detected. '
         'On expiration sections, air trapping areas were observed in both lungs. '
         'Bronchial wall thickening was observed in both lower lobes. '
         'No bronchiectasis was observed. No nodule or consolidation was detected. '
         'No pleural effusion was seen. '
         'In the upper abdomen, a few hypodense lesions were observed in the liver, the largest of which measures 12 mm, consistent with cysts.\n'
         'Air trapping in both lungs (small airway disease).\nBronchial wall thickening.\n'
         'Liver cysts.'
        ),
        {MOS, PBT}),
    ("cv-16", "en",
        (
         'Atherosclerotic calcifications were observed in the aorta and coronary arteries. '
         'Heart size is normal. No pericardial effusion-thickening was detected. '
         'No hiatal hernia was seen. '
         'Lymph nodes of pathological size and appearance were not detected in the mediastinum. '
         'Paraseptal and centrilobular emphysema was observed in both lungs, with a bulla measuring 4 cm at the right apex. '
         'Nodules were observed in both lungs, the largest of which measures 7 mm in the left upper lobe. '
         'No pleural effusion was observed. '
         'Degenerative changes were observed in the bone structures.\n'
         'Emphysema and bullous changes.\nNodules in both lungs; follow-up is recommended.\n'
         'Atherosclerosis in the aorta and coronary arteries.'
        ),
        {AWC, CAC, EMP, NOD}),
    ("cv-17", "en",
        (
         'The current examination was compared with the previous one dated 21.06.2022. '
         'The left pleural effusion observed in the previous examination is not observed in the current examination. '
         'The compressive atelectasis in the left lower lobe has also disappeared. '
         'The central venous catheter seen on the previous study has been removed. '
         'The heart size is normal. No pericardial effusion is seen. '
         'Calibration of the thoracic main vascular structures is natural. '
         'No lymph node of pathological size was detected. '
         'No new lesion was detected in the lung parenchyma. '
         'A hypodense nodule was observed in the right thyroid lobe, unchanged.\n'
         'The left pleural effusion and atelectasis have disappeared.\n'
         'Nodule in the right thyroid lobe.'
        ),
        set()),
    ("cv-18", "en",
        (
         'The heart size is increased. '
         'Pericardial effusion reaching 12 mm in thickness was observed. '
         'Bilateral pleural effusion was observed, more pronounced on the right. '
         'Interlobular septal thickenings were noted in both lungs. '
         'Ground glass densities with perihilar distribution were observed in both lungs. '
         'These findings were evaluated in favor of pulmonary edema. '
         'Enlarged lymph nodes in pathological size were observed in the prevascular and paratracheal areas, the largest measuring 14 mm in short axis. '
         'Atherosclerotic calcifications were observed in the thoracic aorta. '
         'No nodule was detected.\nCardiomegaly and pericardial effusion.\n'
         'Bilateral pleural effusion.\n'
         'Findings consistent with pulmonary edema (septal thickening, ground glass).\n'
         'Mediastinal lymphadenopathy.'
        ),
        {AWC, CM, IST, LN, OPA, PCE, PE}),
    ("cv-19", "en",
        (
         'In the upper lobe of the left lung, fibrotic changes consistent with sequelae were observed, accompanied by traction bronchiectasis. '
         'Volume loss was noted in the left upper lobe. '
         'The calibration of the mediastinal vascular structures is natural. '
         'The heart contour and size are natural. No pericardial effusion was observed. '
         'No lymph node of pathological size was detected. '
         'No pleural effusion is observed. '
         'No active infiltration was detected in either lung. '
         'An 8 mm nodule with smooth contours was observed in the right lower lobe.\n'
         'Sequelae fibrotic changes and traction bronchiectasis in the left upper lobe.\n'
         'Nodule of 8 mm in the right lower lobe.'
        ),
        {BRX, FIB, NOD}),
    ("cv-20", "en",
        (
         'A consolidation area containing air bronchograms was observed in the right lower lobe, surrounded by ground glass density. '
         'The findings were evaluated in favor of pneumonia. '
         'Peribronchial thickening was noted in the right lower lobe bronchi. '
         'Minimal pleural effusion was observed on the right side. '
         'In the mediastinum, no lymph node of pathological size and appearance was detected. '
         'Heart size is normal. No pericardial effusion was detected. '
         'No emphysema was observed. A 3 cm cyst was observed in the left kidney.\n'
         'Consolidation in the right lower lobe (pneumonia).\nPeribronchial thickening.\n'
         'Minimal right pleural effusion.'
        ),
        {CON, OPA, PBT, PE}),
    ("cv-21", "en",
        (
         'A large hiatal hernia was observed, containing part of the stomach. '
         'Passive atelectasis was seen in the adjacent segments of the left lower lobe. '
         'A stent was observed in the left anterior descending coronary artery. '
         'No calcification was noted in the aorta. The heart size is normal. '
         'No pericardial effusion is observed. '
         'No mediastinal lymphadenopathy was detected. '
         'No nodule was observed in the lung parenchyma. '
         'No pleural effusion was observed. '
         'Degenerative osteophytes were observed in the thoracic vertebrae.\n'
         'Large hiatal hernia.\nAtelectasis in the left lower lobe adjacent to the hernia.\n'
         'Coronary stent.'
        ),
        {ATL, HH, MM}),
    ("cv-22", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart contour and size are natural. '
         'No pericardial effusion-thickening was observed. '
         'No lymph node in pathological size was detected in the mediastinum. '
         'Minimal emphysematous changes were considered in the apical regions of both upper lobes. '
         'No mosaic attenuation pattern was observed. '
         'No peribronchial thickening was detected. '
         'No nodule, consolidation or ground glass density was detected. '
         'No pleural effusion was observed. '
         'A hypodense nodule of 10 mm was observed in the right adrenal gland, consistent with adenoma.\n'
         'Minimal emphysematous changes in both upper lobes?\nRight adrenal adenoma.'
        ),
        {EMP}),
    ("cv-23", "en",
        (
         'A port catheter was observed in the right subclavian vein with its tip in the superior vena cava. '
         'The heart size is normal. No pericardial effusion was detected. '
         'In both lungs, ground glass densities accompanied by interlobular and intralobular septal thickening were observed, creating a crazy paving appearance. '
         'A mosaic attenuation pattern was noted in the areas outside the ground glass densities. '
         'No consolidation was observed. No pleural effusion was detected. '
         'No lymphadenopathy of pathological size was detected. '
         'Surgical clips were seen in the left axilla.\nPort catheter.\n'
         'Bilateral ground glass densities and septal thickening (crazy paving; drug toxicity? '
         'infection?).\nMosaic attenuation.'
        ),
        {IST, MM, MOS, OPA}),
    ("cv-24", "en",
        (
         'The current examination was compared with the previous examination dated 09.01.'
         '2022. '
         'The nodule in the right upper lobe, measuring 11 mm, shows no significant change. '
         'The pathological lymph nodes in the mediastinum have regressed in size, but the largest one in the subcarinal region still measures 16 mm in short axis. '
         'The previously seen pleural effusion has disappeared. '
         'No new consolidation was observed. The heart size is normal. '
         'Calcific atherosclerotic plaques were observed in the coronary arteries. '
         'Upper abdominal organs included in the study area are natural.\n'
         'The nodule in the right upper lobe is stable.\n'
         'Regressing mediastinal lymphadenopathy.\nThe pleural effusion has disappeared.'
        ),
        {CAC, LN, NOD}),
    ("cv-25", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart contour and size are normal. No pericardial effusion was detected. '
         'In the mediastinum, no lymph node of pathological size and appearance was detected. '
         'Density increases consistent with subsegmental atelectasis were observed in both lower lobes. '
         'Linear density increases consistent with sequelae were observed in the right middle lobe. '
         'No ground glass density or consolidation was observed. No nodule was observed. '
         'No pleural effusion was detected. A 2 cm hemangioma was noted in the liver.\n'
         'Subsegmental atelectasis in both lower lobes.\n'
         'Sequelae changes in the right middle lobe.\nHemangioma in the liver.'
        ),
        {ATL, FIB}),
    ("cv-26", "en",
        (
         'A mass lesion of 52x40 mm was observed in the left hilar region, obliterating the left upper lobe bronchus. '
         'Obstructive atelectasis was observed distal to the mass in the left upper lobe. '
         'Lymph nodes with pathological size were detected in the aorticopulmonary window and left hilum. '
         'Left pleural effusion was observed. '
         'Pericardial effusion with a thickness of 8 mm was also detected. '
         'Heart size is normal. Emphysematous changes were seen in both lungs. '
         'Lytic destruction was observed in the 6th rib on the left.\n'
         'Left hilar mass with obstructive atelectasis (malignancy?).\n'
         'Mediastinal and hilar lymphadenopathy.\n'
         'Left pleural effusion and pericardial effusion.\nEmphysema.\n'
         'Lytic lesion in the left 6th rib (metastasis?).'
        ),
        {ATL, EMP, LN, NOD, PCE, PE}),
    ("cv-27", "en",
        (
         'The thoracic main vascular structures are of natural calibre. '
         'Heart size is within normal limits. '
         'No pericardial effusion or thickening was observed. '
         'No atherosclerotic calcification was observed in the aorta or in the coronary arteries. '
         'No hiatal hernia was detected. The thoracic esophagus appears natural. '
         'No mediastinal lymphadenopathy is observed. '
         'No medical device or foreign body was observed in the field of view. '
         'No pathological finding was detected in the lung parenchyma. '
         'No pleural effusion was seen. Bone structures are natural.\nNormal chest CT.'
        ),
        set()),
    ("cv-28", "en",
        (
         'Cystic bronchiectatic changes were observed in the left lower lobe, some of which contain fluid levels. '
         'Peribronchial thickening and mucous plugs were observed in the same area. '
         'Atelectatic changes were noted in the left lower lobe. '
         'No consolidation was observed. No pleural effusion is observed. '
         'Heart size is normal. No pericardial effusion was observed. '
         'No lymph node in pathological size was detected in the mediastinum.\n'
         'Cystic bronchiectasis in the left lower lobe.\n'
         'Peribronchial thickening and mucous plugs.\nAtelectasis in the left lower lobe.'
        ),
        {ATL, BRX, PBT}),
    ("cv-29", "en",
        (
         'The heart appears slightly enlarged. No pericardial effusion was detected. '
         'Atherosclerotic calcifications were observed in the aortic arch and the descending aorta. '
         'No calcification was observed in the coronary arteries. '
         'Ectasia was observed in the ascending aorta, measuring 42 mm. '
         'No lymph node in pathological size was detected. '
         'Millimetric nonspecific nodules were observed in the right lung. '
         'No pleural effusion was detected. '
         'Upper abdominal organs included in the study area are natural.\n'
         'Mild cardiomegaly.\nEctasia in the ascending aorta.\n'
         'Atherosclerosis in the aorta.\nMillimetric nodules in the right lung.'
        ),
        {AWC, CM, NOD}),
    ("cv-30", "en",
        (
         'The current examination was compared with the previous examination dated 17.08.'
         '2023. '
         'The consolidation area in the right upper lobe has regressed in size but is still observed, with surrounding ground glass densities. '
         'The right pleural effusion has regressed; a minimal amount is still observed. '
         'Centrilobular emphysema in both lungs shows no significant change. '
         'No new nodule was detected. The heart size is normal. '
         'No pericardial effusion was detected. '
         'No lymph node in pathological size was observed in the mediastinum. '
         'Degenerative changes were observed in the thoracic spine.\n'
         'Regressing consolidation in the right upper lobe.\n'
         'Regressing right pleural effusion.\nEmphysema, unchanged.'
        ),
        {CON, EMP, OPA, PE}),
    ("cv-31", "en",
        (
         'A cardiac pacemaker was seen with its leads in the right atrium and right ventricle. '
         'Cardiomegaly was observed. No pericardial effusion-thickening was detected. '
         'Atherosclerotic calcifications were observed in the coronary arteries. '
         'A mosaic attenuation pattern was observed in both lungs, which may be related to perfusion differences. '
         'No pleural effusion was seen. No nodule or mass was detected. '
         'No lymphadenopathy in pathological size was observed. '
         'A small hiatal hernia was noted.\nCardiac pacemaker.\nCardiomegaly.\n'
         'Coronary artery calcifications.\nMosaic attenuation pattern.\nSmall hiatal hernia.'
        ),
        {CAC, CM, HH, MM, MOS}),
    ("cv-32", "en",
        (
         'Post-operative changes and surgical clips were observed in the left axilla, consistent with left mastectomy. '
         'Heart size is normal. No pericardial effusion is seen. '
         'Calibration of the thoracic main vascular structures is natural. '
         'Nodules were observed in both lungs, the largest of which measures 12 mm in the right lower lobe, suspicious for metastasis. '
         'Interlobular septal thickening was suspected in the right lower lobe, and lymphangitic spread cannot be excluded. '
         'No peribronchial thickening was detected. Right pleural effusion was observed. '
         'No lymph node in pathological size was detected in the mediastinum. '
         'Sclerotic lesions were observed in the thoracic vertebrae.\nLeft mastectomy.\n'
         'Multiple nodules in both lungs (metastasis?).\n'
         'Suspected septal thickening in the right lower lobe.\nRight pleural effusion.\n'
         'Sclerotic vertebral lesions (metastasis?).'
        ),
        {IST, MM, NOD, PE}),
    ("cv-33", "en",
        (
         'Patchy density increases were observed in the left lower lobe; an infectious process should be considered in the differential diagnosis. '
         'No fibrotic changes were detected. No bronchiectasis was detected. '
         'Heart contour and size are normal. No pericardial effusion was detected. '
         'No lymph node of pathological size and appearance was observed. '
         'No pleural effusion was seen. '
         'Calcification was observed in the wall of the abdominal aorta included in the sections. '
         'A renal cyst of 18 mm was observed in the right kidney.\n'
         'Patchy density increases in the left lower lobe (infection?).\nRight renal cyst.'
        ),
        {AWC, OPA}),
    ("cv-34", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart size is normal. No pericardial effusion is detected. '
         'No hiatal hernia was observed. '
         'No emphysematous changes were observed in the lungs. '
         'A faint ground glass density was observed in the superior segment of the right lower lobe, which may be related to an early infectious process. '
         'Peribronchial thickening was observed in both lower lobes. '
         'No consolidation was observed. No pleural effusion was seen. '
         'No lymph node in pathological size was detected in the mediastinum.\n'
         'Faint ground glass density in the right lower lobe (early infection?).\n'
         'Peribronchial thickening in both lower lobes.'
        ),
        {OPA, PBT}),
    ("cv-35", "en",
        (
         'Sternotomy wires and a prosthetic aortic valve were observed. '
         'Compared to the previous examination dated 02.05.'
         '2022, the left pleural effusion has regressed, but a small amount remains. '
         'Atelectatic changes adjacent to the effusion persist in the left lower lobe. '
         'The heart size is increased. '
         'No pericardial effusion is observed now; the previously seen pericardial effusion has disappeared. '
         'Atherosclerotic calcifications are observed in the aorta and the coronary arteries. '
         'No lymph node in pathological size was detected. No nodule was seen.\n'
         'Sternotomy and prosthetic aortic valve.\n'
         'Regressing left pleural effusion with adjacent atelectasis.\nCardiomegaly.\n'
         'The pericardial effusion has disappeared.'
        ),
        {ATL, AWC, CAC, CM, MM, PE}),
    ("cv-36", "en",
        (
         'Lymph nodes of pathological size were observed in both hilar regions and in the mediastinum, the largest measuring 20 mm in short axis. '
         'Perilymphatic micronodules were observed in both upper lobes. '
         'The findings were evaluated in favor of sarcoidosis; lymphoma is in the differential diagnosis. '
         'Heart size is normal. No pericardial effusion was detected. '
         'No pleural effusion was detected. No consolidation was detected. '
         'A 20 mm nodule was observed in the right thyroid lobe.\n'
         'Bilateral hilar and mediastinal lymphadenopathy.\n'
         'Perilymphatic micronodules in both upper lobes (sarcoidosis?).\n'
         'Right thyroid nodule.'
        ),
        {LN, NOD}),
    ("cv-37", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart size is normal. No pericardial effusion was detected. '
         'No pathological lymph node was observed. '
         'In the right middle lobe and lingula, a slight dilatation of bronchi suggestive of early bronchiectasis was observed. '
         'Peribronchial thickening was noted in the same segments. '
         'A mosaic attenuation pattern was suspected in both lower lobes. '
         'Atelectatic bands were observed in the lingula. No nodule was observed. '
         'No pleural effusion was observed.\n'
         'Bronchiectasis in the middle lobe and lingula?\nPeribronchial thickening.\n'
         'Suspected mosaic attenuation.\nAtelectasis in the lingula.'
        ),
        {ATL, BRX, MOS, PBT}),
    ("cv-38", "en",
        (
         'Calcified plaques were observed in the left main and left anterior descending coronary arteries. '
         'No atherosclerotic calcification was observed in the thoracic aorta. '
         'Heart size is normal. No pericardial effusion-thickening was detected. '
         'A hiatal hernia was observed. '
         'No lymph node in pathological size and appearance was observed. '
         'No septal thickening was observed in the lungs. '
         'Nodules were observed in the left lung, the largest of which measures 6 mm in the lower lobe. '
         'Density increases consistent with sequelae were seen in the right upper lobe. '
         'No pleural effusion was observed. '
         'Hypodense lesions were observed in the liver, consistent with cysts.\n'
         'Coronary artery calcifications.\nHiatal hernia.\n'
         'Nodules in the left lung, the largest 6 mm.\n'
         'Sequelae changes in the right upper lobe.\nLiver cysts.'
        ),
        {CAC, FIB, HH, NOD}),
    ("cv-39", "en",
        (
         'The current examination was compared with the previous examination dated 30.10.'
         '2021. '
         'Left upper lobectomy was performed in the interval, and surgical staple material was observed at the bronchial stump. '
         'The mass in the left upper lobe observed in the previous examination is not observed. '
         'No nodule was detected in the remaining lung parenchyma. '
         'Emphysematous changes in both lungs persist. '
         'Fibrotic changes were observed adjacent to the operation area. '
         'No pleural effusion was detected. '
         'No lymph node in pathological size was detected in the mediastinum. '
         'Heart size is normal.\nPost left upper lobectomy status.\n'
         'No mass or nodule in the remaining lung.\nEmphysema.\n'
         'Post-operative fibrotic changes.'
        ),
        {EMP, FIB, MM}),
    ("cv-40", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart contour and size are normal. No pericardial effusion was detected. '
         'A minimal amount of fluid was suspected in the right pleural space. '
         'Peripheral ground glass densities were observed in both lower lobes. '
         'No consolidation was detected. No bronchiectasis was detected. '
         'In the mediastinum, no lymph node of pathological size and appearance was observed. '
         'A hemangioma was observed in the T7 vertebral body. '
         'Atherosclerotic calcifications were observed in the thoracic aorta.\n'
         'Bilateral lower lobe ground glass densities (viral pneumonia?).\n'
         'Minimal right pleural effusion?\nAortic atherosclerosis.\nVertebral hemangioma.'
        ),
        {AWC, OPA, PE}),
    ("cv-41", "en",
        (
         'The thoracic main vascular structures are natural in calibre. '
         'Heart size is normal. No pericardial effusion was seen. '
         'Atherosclerotic calcifications were observed in the aorta and coronary arteries. '
         'Lymph nodes in pathological size were not detected in the mediastinum. '
         'Centrilobular emphysema was observed in both upper lobes. '
         'Peribronchial thickening was observed in both lungs, consistent with chronic bronchitis. '
         'No finding favoring pneumonia was detected. No nodule was detected. '
         'No pleural effusion was observed.\nEmphysema.\n'
         'Peribronchial thickening (chronic bronchitis).\n'
         'Atherosclerosis in the aorta and coronary arteries.'
        ),
        {AWC, CAC, EMP, PBT}),
    ("cv-42", "en",
        (
         'Multiple consolidation areas were observed in both lungs, accompanied by ground glass densities. '
         'Interlobular septal thickening was seen around the consolidation areas. '
         'Bilateral pleural effusion was observed. '
         'Lymph nodes in pathological size were observed in the paratracheal region. '
         'The heart size is normal. No pericardial effusion was detected. '
         'A hiatal hernia was observed. No nodule was detected.\n'
         'Multifocal consolidations and ground glass densities in both lungs (pneumonia).\n'
         'Septal thickening.\nBilateral pleural effusion.\nMediastinal lymphadenopathy.\n'
         'Hiatal hernia.'
        ),
        {CON, HH, IST, LN, OPA, PE}),
    ("cv-43", "en",
        (
         'The current examination was compared with the previous examination dated 11.04.'
         '2023. '
         'The millimetric nodule in the right lower lobe described in the previous examination is not observed in the current examination. '
         'The mosaic attenuation pattern observed previously has disappeared. '
         'No new lesion was detected in the lung parenchyma. Heart size is normal. '
         'Pericardial thickening reaching 4 mm was observed. '
         'No pleural effusion was detected. '
         'No lymph node in pathological size was detected. No hiatal hernia was observed. '
         'An 8 mm nodule was observed in the left adrenal gland, unchanged.\n'
         'The previously described nodule in the right lower lobe has disappeared.\n'
         'The mosaic attenuation pattern has disappeared.\nPericardial thickening.\n'
         'Left adrenal nodule, stable.'
        ),
        {PCE}),
    ("cv-44", "en",
        (
         'Calibration of the thoracic main vascular structures is natural. '
         'Heart contour and size are normal. No pericardial effusion was detected. '
         'No lymph node in pathological size was detected. '
         'Reticular densities were observed in the subpleural areas of both lower lobes, which may represent early fibrotic changes. '
         'An infiltration area was observed in the lingula. No atelectasis was observed. '
         'No consolidation was observed. No pleural effusion was detected. '
         'Degenerative changes were observed in the bone structures.\n'
         'Subpleural reticular densities in both lower lobes (early fibrosis?).\n'
         'Infiltration in the lingula.'
        ),
        {FIB, OPA}),
    ("cv-45", "en",
        (
         'A central venous catheter was observed in the right internal jugular vein, with its tip in the superior vena cava. '
         'Heart size is normal. No pericardial effusion was detected. '
         'No atherosclerotic calcification was observed. '
         'No lymph node in pathological size and appearance was observed. '
         'No consolidation, ground glass density or nodule was detected in the lungs. '
         'No bronchiectasis, bronchial wall thickening or mosaic attenuation was observed. '
         'No interlobular septal thickening was detected. '
         'Minimal atelectasis was observed in the posterior basal segment of the left lower lobe. '
         'No pleural effusion is observed.\nCentral venous catheter.\n'
         'Minimal atelectasis in the left lower lobe.'
        ),
        {ATL, MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("cv-26", NOD): "CT-RATE convention: a lung mass (3 cm or more) alone is not labelled Lung nodule",
    ('cv-13', OPA): "', which may be due to atelectasis,' starts a new clause, so the explanation does not reach the density increase",
    ('cv-44', OPA): "CT-RATE convention: 'infiltration' alone is not labelled Lung opacity",
}


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
