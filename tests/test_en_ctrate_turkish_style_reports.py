"""Probe: English chest CT reports in the style of the CT-RATE dataset, i.e. reports from a Turkish
hospital translated into English, with its typical phrasing ("Trachea and both main bronchi are open.",
"Mediastinal main vascular structures, heart contour, size are normal.", "Pericardial effusion-thickening
was not observed.", "When examined in the lung parenchyma window;", "millimetric nonspecific nodules",
"sequelae fibrotic changes", "density increases", "atelectatic changes", "budding tree appearance",
"calcific atheroma plaques", "Hiatal hernia is observed at the lower end of the esophagus"), with new
combinations of present, denied, hedged and resolved findings, negative controls (thyroid/liver/adrenal
nodules, subcutaneous emphysema, Bochdalek hernia, pleural thickening/plaques alone, esophageal wall
thickening, interatrial septum, contrast material, vertebral density increase) and an impression.
The reports were written for this file without looking at the engine's lexicon or cue lists.
For CT-RATE, described millimetric nodes are LN=1, also those that "did not reach pathological size"
(11 of 11 train reports; etr-23 was relabelled to 1),
pleuroparenchymal sequelae/fibrotic bands are FIB=1, "density increase" in the lung is Lung opacity=1,
and a bulla or bleb is Emphysema=1.
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
    ("etr-01", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour, size are normal. "
      "Pericardial effusion-thickening was not observed. No lymph node was detected in mediastinal and bilateral "
      "hilar pathological size and appearance. When examined in the lung parenchyma window; aeration of both lung "
      "parenchyma is normal and no mass or infiltrative lesion was detected. Pleural effusion-thickening was not "
      "detected. Impression: No pathological finding was detected in the thorax CT examination."),
     set()),
    ("etr-02", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour, size are normal. "
      "Calcific atheroma plaques are observed in the aortic arch. No lymph node was detected in mediastinal and "
      "bilateral hilar pathological size and appearance. When examined in the lung parenchyma window; millimetric "
      "nonspecific nodules are observed in the upper lobe of the right lung and the lower lobe of the left lung. "
      "Sequelae fibrotic changes are present in the apicoposterior segment of the left lung upper lobe. "
      "Impression: Millimetric nonspecific nodules in both lungs. Sequelae fibrotic changes in the left lung apex. "
      "Atherosclerotic changes in the aorta."),
     {AWC, NOD, FIB}),
    ("etr-03", "en",
     ("Heart size increased. Pericardial effusion-thickening was not observed. Pleural effusion reaching 25 mm in "
      "thickness was observed in the right hemithorax and 12 mm in the left hemithorax. Compression atelectasis is "
      "observed in the adjacent lung parenchyma of both lower lobes. Calcific atheroma plaques were observed in the "
      "coronary arteries. Impression: Cardiomegaly. Bilateral pleural effusion, more prominent on the right, and "
      "accompanying compressive atelectasis. Coronary artery calcification."),
     {CM, PE, ATL, CAC}),
    ("etr-04", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour, size are normal. "
      "When examined in the lung parenchyma window; ground glass density increases with peripheral and subpleural "
      "distribution were observed in both lungs, more prominent in the lower lobes. Consolidation areas are observed "
      "in places within them. Interlobular septal thickening accompanies the ground glass areas in the right lower "
      "lobe. Pleural effusion was not detected. Impression: Findings are compatible with viral pneumonia "
      "(COVID-19 pneumonia?)."),
     {OPA, CON, IST}),
    ("etr-05", "en",
     ("Centriacinar and paraseptal emphysematous changes are observed in both lung upper lobes. A bulla measuring "
      "32 mm was observed in the apex of the right lung. Peribronchial thickening is observed in both lungs. No mass "
      "or infiltrative lesion was detected. Mediastinal main vascular structures, heart contour, size are normal. "
      "Impression: Emphysema. Bulla in the right lung apex. Findings compatible with chronic bronchitis."),
     {EMP, PBT}),
    ("etr-06", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour, size are normal. "
      "Calcific atheroma plaques are observed in the thoracic aorta and coronary arteries. Pericardial "
      "effusion-thickening was not observed. Hiatal hernia is observed at the lower end of the esophagus. When "
      "examined in the lung parenchyma window; aeration of both lung parenchyma is normal. Impression: Hiatal hernia. "
      "Atherosclerotic changes in the aorta and coronary arteries."),
     {AWC, CAC, HH}),
    ("etr-07", "en",
     ("Lymph nodes of millimetric size are observed in the prevascular and right paratracheal area. A lymph node "
      "measuring 14x11 mm was observed in the subcarinal area. When examined in the lung parenchyma window; no mass "
      "or infiltrative lesion was detected in both lungs. Minimal linear atelectatic changes are observed in the "
      "lingular segment. Impression: Subcarinal lymphadenopathy. Linear atelectasis in the lingula."),
     {LN, ATL}),
    ("etr-08", "en",
     ("When examined in the lung parenchyma window; cylindrical bronchiectasis and bronchial wall thickening are "
      "observed in the middle lobe of the right lung and the lower lobes of both lungs. Budding tree appearance is "
      "observed in the lower lobe of the right lung. Mucus plugs are observed in some bronchi. No pleural effusion "
      "was observed. Impression: Bronchiectasis. Budding tree appearance in the right lower lobe, infection?"),
     {BRX, PBT}),
    ("etr-09", "en",
     ("Port catheter is observed in the right subclavian vein, its tip is in the superior vena cava. Sternotomy "
      "wires and metallic clips due to coronary bypass surgery are observed. Heart contour, size are normal. "
      "Calcific atheroma plaques are observed in the aorta. When examined in the lung parenchyma window; sequelae "
      "fibrotic changes are observed in both lower lobes. Impression: Postoperative changes. Sequela changes in "
      "both lungs."),
     {MM, AWC, FIB}),
    ("etr-10", "en",
     ("The examination was performed without intravenous contrast material. A hypodense nodule measuring 15 mm was "
      "observed in the right lobe of the thyroid gland. Trachea and both main bronchi are open. Heart contour, size "
      "are normal. When examined in the lung parenchyma window; aeration of both lung parenchyma is normal and no "
      "nodule was detected. A hypodense cystic lesion of 12 mm was observed in liver segment 7. Impression: Nodule "
      "in the right thyroid lobe, ultrasonography correlation is recommended. Liver cyst."),
     set()),
    ("etr-11", "en",
     ("Compared with the previous examination dated 12.03.2021; the pleural effusion in the left hemithorax has "
      "completely regressed. The consolidation area previously observed in the lower lobe of the left lung is not "
      "observed in the current examination. Sequelae fibrotic bands are observed in the same localization. No lymph "
      "node was detected in mediastinal and bilateral hilar pathological size and appearance. Impression: "
      "Regression of the pneumonia and pleural effusion. Residual sequelae fibrotic changes in the left lower lobe."),
     {FIB}),
    ("etr-12", "en",
     ("Compared with the previous examination; the ground glass density increases in both lungs have decreased "
      "significantly, but are still observed in the lower lobes. Subsegmental atelectasis is observed in the "
      "posterobasal segments. Pericardial effusion with a thickness of 8 mm was observed. Impression: Regressing "
      "ground glass density increases. Minimal pericardial effusion."),
     {OPA, ATL, PCE}),
    ("etr-13", "en",
     ("A mass lesion measuring 52x44 mm with spiculated contours, narrowing the right upper lobe bronchus, was "
      "observed in the right lung upper lobe. Lymph nodes up to 18 mm in size are observed in the right hilar and "
      "subcarinal areas. Obstructive atelectasis is observed distal to the mass. Pleural effusion of 10 mm thickness "
      "was observed in the right hemithorax. Impression: Mass lesion in the right lung upper lobe, primary lung "
      "malignancy? Mediastinal and hilar lymphadenopathy."),
     {LN, ATL, PE}),
    ("etr-14", "en",
     ("A lesion with irregular borders measuring 22x18 mm is observed in the superior segment of the left lung "
      "lower lobe. Emphysematous changes are observed in both lungs. Millimetric lymph nodes are observed in the "
      "left hilar area. Impression: 22 mm lesion in the left lower lobe, malignancy cannot be excluded; PET-CT is "
      "recommended. Emphysema."),
     {NOD, EMP, LN}),
    ("etr-15", "en",
     ("Trachea and both main bronchi are open. When examined in the lung parenchyma window; mosaic attenuation "
      "pattern is observed in both lungs, air trapping? Bronchial wall thickening was observed. No mass or "
      "infiltrative lesion was detected. Impression: Mosaic attenuation pattern, small airway disease?"),
     {MOS, PBT}),
    ("etr-16", "en",
     ("Reticular densities and honeycombing appearance are observed in the subpleural areas of both lungs, "
      "prominent in the basal segments. Traction bronchiectasis accompanies them. Ground glass density increases "
      "are not observed. Mediastinal lymph nodes measuring up to 11 mm in short axis were observed. Impression: "
      "Findings compatible with UIP pattern interstitial lung disease."),
     {FIB, BRX, LN}),
    ("etr-17", "en",
     ("Pacemaker is observed in the left pectoral area, its leads extend to the right atrium and right ventricle. "
      "Heart size increased. Calcific atheroma plaques are observed in the coronary arteries and aortic arch. Mitral "
      "annular calcification is observed. Impression: Cardiomegaly. Pacemaker. Atherosclerotic changes."),
     {MM, CM, CAC, AWC}),
    ("etr-18", "en",
     ("Subcutaneous emphysema is observed in the right chest wall. Fracture lines are observed in the right 5th and "
      "6th ribs. Minimal pneumothorax is observed in the right hemithorax. When examined in the lung parenchyma "
      "window; a contusion-compatible density increase is observed in the right lung lower lobe. No pleural effusion "
      "was detected. Impression: Right rib fractures, pneumothorax, pulmonary contusion."),
     {OPA}),
    ("etr-19", "en",
     ("A density increase was observed in the posterobasal segment of the right lung lower lobe; it was evaluated "
      "in favor of atelectasis, an infectious process cannot be excluded. Pleural effusion-thickening was not "
      "detected. Impression: Density increase in the right lower lobe, atelectasis? pneumonia?"),
     {OPA, ATL}),
    ("etr-20", "en",
     ("Sliding type hiatal hernia is observed. Heart contour, size are normal. Calcific atheroma plaques were not "
      "observed. When examined in the lung parenchyma window; a calcified nodule measuring 5 mm was observed in the "
      "right lung middle lobe, evaluated as granuloma. Impression: Hiatal hernia. Calcific granuloma in the right "
      "lung middle lobe."),
     {HH, NOD}),
    ("etr-21", "en",
     ("Postoperative appearance consistent with right upper lobectomy. Metallic suture materials are observed in "
      "the right hilar area. Pleural thickening is observed in the right hemithorax, no pleural effusion. No nodule "
      "was detected in the remaining lung parenchyma. Impression: Postoperative changes after right upper "
      "lobectomy. No finding in favor of recurrence."),
     {MM}),
    ("etr-22", "en",
     ("A consolidation area containing air bronchograms is observed in the right lung lower lobe. Pleural effusion "
      "with a thickness of 15 mm accompanies it in the right hemithorax. Reactive lymph nodes of 10 mm in short axis "
      "are observed in the right hilar area. Impression: Pneumonic consolidation in the right lower lobe. "
      "Parapneumonic effusion."),
     {CON, PE, LN}),
    ("etr-23", "en",
     ("Trachea and both main bronchi are open. Millimetric lymph nodes that did not reach pathological size were "
      "observed in the mediastinum. Pericardial effusion-thickening was not observed. When examined in the lung "
      "parenchyma window; aeration of both lung parenchyma is normal. Impression: Thorax CT within normal limits."),
     {LN}),  # relabelled: CT-RATE labels nodes that "did not reach pathological size" 1 (11 of 11 train reports)
    ("etr-24", "en",
     ("The millimetric nodule in the left lung lower lobe described in the previous examination is stable (4 mm). "
      "A new 3 mm nonspecific nodule was observed in the right lung upper lobe. Degenerative changes are observed "
      "in the thoracic vertebrae. Impression: Millimetric nonspecific nodules in both lungs, follow-up is "
      "recommended."),
     {NOD}),
    ("etr-25", "en",
     ("Heart size increased. Bilateral pleural effusion was observed. Interlobular septal thickenings and ground "
      "glass density increases are observed in both lungs. Impression: Findings compatible with pulmonary edema. "
      "Cardiomegaly. Bilateral pleural effusion."),
     {CM, PE, IST, OPA}),
    ("etr-26", "en",
     ("Ascending aorta diameter was measured as 43 mm (ectatic). Minimal pericardial thickening was observed. "
      "Calcific atheroma plaques are observed in the descending aorta. Aeration of both lung parenchyma is normal. "
      "Impression: Ectasia of the ascending aorta. Pericardial thickening."),
     {PCE, AWC}),
    ("etr-27", "en",
     ("Lipomatous hypertrophy of the interatrial septum is observed. Wall thickening reaching 12 mm was observed "
      "in the distal thoracic esophagus; endoscopic correlation is recommended. Gallstones were observed in the "
      "gallbladder. Aeration of both lung parenchyma is normal. Impression: Wall thickening in the distal esophagus. "
      "Cholelithiasis."),
     set()),
    ("etr-28", "en",
     ("A fat-containing Bochdalek hernia is observed in the posterior part of the left hemidiaphragm. Thoracic "
      "esophagus calibration was normal and no hiatal hernia was detected. When examined in the lung parenchyma "
      "window; a nonspecific nodule of 3 mm was observed subpleurally in the right lung lower lobe. Impression: Left "
      "Bochdalek hernia. Millimetric nonspecific nodule in the right lung."),
     {NOD}),
    ("etr-29", "en",
     ("Pleuroparenchymal sequelae changes are observed in both lung apices. Blebs are observed in the right lung "
      "apex. No mass or infiltrative lesion was detected. Impression: Apical pleuroparenchymal sequelae changes. "
      "Apical blebs."),
     {FIB, EMP}),
    ("etr-30", "en",
     ("Stent is observed in the left anterior descending coronary artery. Calcific atheroma plaques are observed "
      "in the coronary arteries. Heart contour, size are normal. No atelectasis, consolidation or ground glass "
      "density was detected in the lung parenchyma. Impression: Coronary stent. Coronary artery calcification."),
     {MM, CAC}),
    ("etr-31", "en",
     ("Endotracheal tube is observed, its tip is 3 cm above the carina. Nasogastric tube is observed in the "
      "esophagus, extending to the stomach. Right jugular central venous catheter is observed. Bilateral pleural "
      "effusion and adjacent atelectatic changes are observed. Consolidation areas are observed in both lower lobes. "
      "Impression: Bilateral pleural effusion, atelectasis and consolidation. Medical devices as described."),
     {MM, PE, ATL, CON}),
    ("etr-32", "en",
     ("A consolidation area containing a 25 mm cavity is observed in the apical segment of the right lung upper "
      "lobe. Budding tree appearance is observed around it. No pleural effusion was detected. Impression: Findings "
      "are primarily compatible with active tuberculosis."),
     {CON}),
    ("etr-33", "en",
     ("A lymph node of 10 mm in short axis was observed in the right paratracheal area, reactive? Patchy density "
      "increases are observed in the left lung lower lobe, infectious process? Pleural effusion-thickening was not "
      "detected. Impression: Density increases in the left lower lobe. Right paratracheal lymph node."),
     {LN, OPA}),
    ("etr-34", "en",
     ("Mosaic perfusion pattern is observed in both lungs. Varicose bronchiectasis is observed in the lower lobes. "
      "No consolidation was detected. Impression: Bronchiectasis. Mosaic perfusion pattern."),
     {MOS, BRX}),
    ("etr-35", "en",
     ("The 6 mm nodule in the right lung middle lobe described in the previous examination was not observed in the "
      "current examination. No new nodule was detected. Aeration of both lung parenchyma is normal. Impression: "
      "Disappearance of the previously described nodule, it was probably inflammatory."),
     set()),
    ("etr-36", "en",
     ("The patient has a history of right breast cancer surgery; right mastectomy appearance. Metallic clips are "
      "observed in the right axilla. Radiation-induced fibrotic changes are observed in the anterior segment of the "
      "right lung upper lobe. No nodule in favor of metastasis was detected. Impression: Postoperative and "
      "post-radiotherapy changes."),
     {MM, FIB}),
    ("etr-37", "en",
     ("Clinical information: pulmonary embolism? pleural effusion? No filling defect was detected in the pulmonary "
      "arteries. Pleural effusion was not observed. Linear atelectasis is observed in the right lung middle lobe. "
      "Impression: No finding in favor of pulmonary embolism. Linear atelectasis in the middle lobe."),
     {ATL}),
    ("etr-38", "en",
     ("Aortic valve prosthesis and sternotomy wires are observed. Heart size increased. Pericardial effusion of 6 mm "
      "was observed. Aeration of both lung parenchyma is normal. Impression: Postoperative changes. Cardiomegaly. "
      "Minimal pericardial effusion."),
     {MM, CM, PCE}),
    ("etr-39", "en",
     ("The thyroid gland is enlarged with a multinodular appearance, extends to the retrosternal area and deviates "
      "the trachea to the right. When examined in the lung parenchyma window; millimetric nonspecific nodules are "
      "observed in both lungs. Impression: Multinodular goiter with retrosternal extension. Millimetric nonspecific "
      "nodules in both lungs."),
     {NOD}),
    ("etr-40", "en",
     ("Lymph nodes are observed in the bilateral hilar and mediastinal areas, the largest measuring 22 mm in the "
      "subcarinal area. Perilymphatic micronodules are observed along the bronchovascular bundles in both lungs. "
      "Impression: Bilateral hilar and mediastinal lymphadenopathy and micronodules, sarcoidosis?"),
     {LN, NOD}),
    ("etr-41", "en",
     ("Atelectatic changes are observed in the posterobasal segments of both lower lobes, more prominent on the "
      "right. Thoracic esophagus calibration was normal and no hiatal hernia was detected. No lymph node was "
      "detected in mediastinal and bilateral hilar pathological size and appearance. Impression: Atelectatic changes "
      "in both lower lobes."),
     {ATL}),
    ("etr-42", "en",
     ("Ground glass density increases accompanied by interlobular septal thickening (crazy paving appearance) are "
      "observed in both lung upper lobes. Calcific atheroma plaques are observed in the aorta. Bilateral pleural "
      "effusion was not observed. Impression: Crazy paving appearance in both upper lobes."),
     {OPA, IST, AWC}),
    ("etr-43", "en",
     ("A sclerotic density increase compatible with a bone island is observed in the T7 vertebral body. A density "
      "increase consistent with gynecomastia is observed behind the left areola. Aeration of both lung parenchyma "
      "is normal and no mass or infiltrative lesion was detected. Impression: Bone island in T7. Left gynecomastia."),
     set()),
    ("etr-44", "en",
     ("A few subpleural blebs are observed in both lung apices. No nodular lesion was detected in the lung "
      "parenchyma. Pleural effusion-thickening was not detected. Impression: Apical blebs."),
     {EMP}),
    ("etr-45", "en",
     ("An endovascular stent graft is observed in the descending thoracic aorta. Calcific atheroma plaques are "
      "observed in the aortic arch. Pleural effusion of 8 mm was observed in the left hemithorax. Impression: "
      "Post-EVAR changes. Minimal left pleural effusion."),
     {MM, AWC, PE}),
    ("etr-46", "en",
     ("Bronchiectatic changes and mucus plugs are observed in the right lung middle lobe, and volume loss with "
      "atelectasis accompanies them. Impression: Middle lobe syndrome? Bronchiectasis and atelectasis in the middle "
      "lobe."),
     {BRX, ATL}),
    ("etr-47", "en",
     ("Heart contour, size are normal. Coronary artery calcification was not observed. Calcific atheroma plaques "
      "are observed in the aorta. Hepatosteatosis is observed in the sections passing through the upper abdomen. "
      "When examined in the lung parenchyma window; aeration of both lung parenchyma is normal. Impression: "
      "Atherosclerotic changes in the aorta. Hepatosteatosis."),
     {AWC}),
    ("etr-48", "en",
     ("Heart size is at the upper limit of normal. Minimal pericardial effusion-thickening was observed. No lymph "
      "node was detected in mediastinal and bilateral hilar pathological size and appearance. Aeration of both lung "
      "parenchyma is normal. Impression: Minimal pericardial effusion."),
     {PCE}),
    ("etr-49", "en",
     ("Calcific atheroma plaques are observed in the aorta and coronary arteries. Centrilobular emphysematous "
      "changes are observed in both lungs. Bronchial wall thickening is observed. A nonspecific nodule of 4 mm was "
      "observed in the left lung upper lobe. Impression: Emphysema. Chronic bronchitis. Millimetric nonspecific "
      "nodule. Atherosclerotic changes."),
     {AWC, CAC, EMP, PBT, NOD}),
    ("etr-50", "en",
     ("Calcified pleural plaques are observed in both hemithoraces. Subpleural fibrotic bands are observed in both "
      "lower lobes. Rounded atelectasis is observed in the left lung lower lobe adjacent to the pleural plaque. "
      "Pleural effusion was not observed. Impression: Findings compatible with asbestos-related pleural disease."),
     {FIB, ATL}),
    ("etr-51", "en",
     ("Volume loss, sequelae fibrotic changes and traction bronchiectasis are observed in the left lung upper lobe. "
      "Calcific nodules are observed in the same area. Impression: Sequelae changes in the left upper lobe, old "
      "tuberculosis?"),
     {FIB, BRX, NOD}),
    ("etr-52", "en",
     ("Aeration of both lung parenchyma is normal. No mass or infiltrative lesion was detected. Pleural and "
      "pericardial effusion were not observed. Impression: Normal thorax CT."),
     set()),
    ("etr-53", "en",
     ("Epicardial fat tissue is prominent. Pericardial effusion-thickening was not observed. Heart contour, size "
      "are normal. Minimal density increases are observed in the dependent parts of both lungs, may be related to "
      "hypoventilation. Impression: Density increases in the dependent parts of both lungs."),
     {OPA}),
]

OPEN: dict[tuple[str, str], str] = {
    ('etr-11', PE): "'Regression of the pneumonia and pleural effusion' in the impression: a bare regression is 'smaller, still there' by the engine's convention",
    ('etr-14', NOD): "'A lesion with irregular borders measuring 22x18 mm': a lung 'lesion' is not read as a nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
