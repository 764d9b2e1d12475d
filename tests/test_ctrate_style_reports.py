"""Whole-report probe of the rule engine with CT-RATE-style chest CT reports.

Every report here imitates the style of the CT-RATE dataset: long, formulaic
findings paragraphs translated from Turkish into English ("Heart contour and
size are normal.", "No lymph node was detected in pathological size and
appearance ...", "When examined in the lung parenchyma window; ...",
"... in favor of sequelae", "compared to the previous examination dated ...")
and their plain Japanese machine translations in the CT-RATE-JPN style
(「〜を認める。」「〜は認めない。」「〜に一致する」「前回検査と比較して〜」).

Each report mixes present, denied, hedged, resolved and unmentioned findings
inside the usual normal-structure boilerplate, and every one of the 18
CT-RATE findings is checked for every report under the CT-RATE convention:
1 when described as present or hedged, 0 when denied, resolved or not
mentioned.

The reports and their expected labels were written from scratch for this
probe, without looking at the engine's lexicon or cue files, at the other
report-level tests, or at any CT-RATE report; none reproduces a real report.
Cases whose reference label is genuinely debatable (small/sub-centimetre
lymph nodes, pleural thickening alone, linear atelectasis versus fibrosis)
were deliberately left out.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings); every other finding is expected 0.
CASES: list[tuple[str, str, str, set[str]]] = [
    # ------------------------------------------------------------------ English
    ("ctr-en-01", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected in their lumens. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "As far as can be observed, the calibration of the mediastinal main vascular structures is natural. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "The thoracic oesophagus has a normal calibre without a mass. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; no mass or infiltrative lesion was detected in both lungs. "
     "No pleural effusion or pneumothorax was observed. "
     "No free fluid or collection was detected in the upper abdominal sections included in the examination. "
     "No lytic or destructive lesion was detected in the bone structures within the scanning area."),
     set()),

    ("ctr-en-02", "en",
     ("The trachea and the main bronchi are patent. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Calcified plaques are seen in the aorta and in the coronary arteries. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "A hiatal hernia is seen at the oesophagogastric junction. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; minimal centrilobular emphysematous changes are observed "
     "in the upper lobes of both lungs. "
     "Millimetric nonspecific nodules are observed in both lungs. "
     "There was no pleural effusion and no pneumothorax. "
     "Degenerative changes are observed in the thoracic vertebrae."),
     {AWC, CAC, HH, EMP, NOD}),

    ("ctr-en-03", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Calibration of the thoracic aorta and main pulmonary artery is within normal limits. "
     "The heart size is increased. "
     "Pericardial effusion reaching 12 mm in thickness was observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "Thoracic esophagus calibration was normal. "
     "Pleural effusion with a thickness of 15 mm was observed on the right. "
     "When examined in the lung parenchyma window; passive atelectasis is observed in the adjacent parts "
     "of the lower lobe of the right lung. "
     "No mass lesion with distinct borders was detected in both lungs. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {CM, PCE, PE, ATL}),

    ("ctr-en-04", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; ground glass density increases with peripheral and subpleural "
     "distribution are observed in both lungs, more prominent in the lower lobes. "
     "Consolidation areas containing air bronchograms are observed in the posterobasal segment of the lower lobe "
     "of the left lung. "
     "Interlobular septal thickening accompanying the ground glass areas is observed. "
     "The findings are primarily compatible with viral pneumonia (Covid-19). "
     "No pleural effusion was detected. "
     "No upper abdominal free fluid-collection was detected in the sections included in the examination."),
     {OPA, CON, IST}),

    ("ctr-en-05", "en",
     ("The trachea and the main bronchi are patent. "
     "The mediastinal great vessels have a normal calibre. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; bronchiectatic changes and peribronchial thickening are "
     "observed in the middle lobe of the right lung and the lingular segment of the left lung. "
     "Fibrotic bands in favor of sequelae are observed in the upper lobe of the right lung. "
     "There was no pleural effusion and no pneumothorax. "
     "No lytic or destructive lesion was detected in the bone structures within the scanning area."),
     {BRX, PBT, FIB}),

    ("ctr-en-06", "en",
     ("Sternotomy wires and mediastinal surgical clips related to previous coronary bypass surgery are observed. "
     "A pacemaker is observed in the left pectoral region, with its leads extending into the right heart chambers. "
     "The heart size is increased. "
     "Calcified plaques are seen in the aortic arch and the descending aorta. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; no mass or infiltrative lesion was detected in both lungs. "
     "No pleural effusion was observed. "
     "Degenerative changes are observed in the thoracic vertebrae."),
     {MM, CM, AWC}),

    ("ctr-en-07", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No hiatal hernia was detected. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; a mosaic attenuation pattern is observed in both lungs, "
     "which may be related to small airway disease. "
     "No bronchiectasis was observed. "
     "There was no pleural effusion and no pneumothorax. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {MOS}),

    ("ctr-en-08", "en",
     ("The trachea and the main bronchi are patent. "
     "Calibration of the thoracic aorta is normal. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "Lymph nodes of pathological size are observed in the mediastinum, the largest measuring 22x15 mm "
     "in the subcarinal area. "
     "When examined in the lung parenchyma window; a solid nodule with a diameter of 14 mm with spiculated "
     "contours is observed in the anterior segment of the upper lobe of the right lung. "
     "Pleural effusion is not observed. "
     "No free fluid or collection was detected in the upper abdominal sections. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {LN, NOD}),

    ("ctr-en-09", "en",
     ("Compared to the previous examination dated 12.03.2020: "
     "The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "The pleural effusion on the left seen in the previous examination has completely regressed. "
     "When examined in the lung parenchyma window; the ground glass density increases described in both lungs "
     "in the previous examination have regressed significantly, and residual ground glass areas are observed "
     "in the lower lobes. "
     "Fibrotic bands in favor of sequelae have developed in the subpleural areas. "
     "No new consolidation was observed. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {OPA, FIB}),

    ("ctr-en-10", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; a nodule of 5 mm is observed in the superior segment of the "
     "lower lobe of the left lung, which may be an intrapulmonary lymph node. "
     "Nonspecific density increases are observed in the posterior segment of the lower lobe of the right lung. "
     "Atelectasis or early consolidation cannot be excluded in this area. "
     "No pleural effusion was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {NOD, OPA, ATL, CON}),

    ("ctr-en-11", "en",
     ("The trachea and the main bronchi are patent. "
     "Calcified atherosclerotic plaques are observed in the wall of the thoracic aorta. "
     "The heart is not enlarged. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; centrilobular and paraseptal emphysematous changes are "
     "observed in both lungs, more prominent in the upper lobes. "
     "Bullous changes are observed in the apical segment of the upper lobe of the right lung. "
     "There was no pleural effusion and no pneumothorax. "
     "Degenerative changes are observed in the thoracic vertebrae."),
     {AWC, EMP}),

    ("ctr-en-12", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "A large hiatal hernia containing part of the stomach is observed at the lower end of the esophagus. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; subsegmental atelectasis is observed in the lower lobe "
     "of the left lung adjacent to the hernia. "
     "No nodule or mass was detected in both lungs. "
     "No pleural effusion was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {HH, ATL}),

    ("ctr-en-13", "en",
     ("An endotracheal tube is observed, with its tip 3 cm above the carina. "
     "A central venous catheter extending from the right internal jugular vein to the superior vena cava "
     "is observed. "
     "A nasogastric tube is observed extending into the stomach. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "Bilateral pleural effusion, more prominent on the left and reaching 30 mm in thickness, is observed. "
     "When examined in the lung parenchyma window; consolidation areas containing air bronchograms are observed "
     "in the lower lobes of both lungs, and ground glass opacities are observed in the upper lobes. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {MM, PE, CON, OPA}),

    ("ctr-en-14", "en",
     ("The trachea and the main bronchi are patent. "
     "Calibration of the thoracic aorta is normal. "
     "Cardiomegaly is present. "
     "An 8 mm pericardial effusion is seen. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "Minimal pleural effusion is observed on both sides. "
     "When examined in the lung parenchyma window; interlobular septal thickening is observed in both lungs, "
     "and ground glass density increases are observed in the perihilar areas. "
     "The findings may be compatible with pulmonary edema. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {CM, PCE, PE, IST, OPA}),

    ("ctr-en-15", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; no emphysema, bronchiectasis or consolidation was observed. "
     "No interlobular septal thickening was observed. "
     "Peribronchial thickening was not detected. "
     "There is no mosaic attenuation pattern. "
     "No atelectasis was detected. "
     "A millimetric nonspecific nodule is observed in the middle lobe of the right lung. "
     "There was no pleural effusion and no pneumothorax."),
     {NOD}),

    ("ctr-en-16", "en",
     ("The trachea and the main bronchi are patent. "
     "A stent is observed in the left anterior descending coronary artery. "
     "Calcified plaques are seen in the aortic wall. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; no mass or infiltrative lesion was detected in both lungs. "
     "No pleural effusion was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {MM, AWC}),

    ("ctr-en-17", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "The mediastinal great vessels have a normal calibre. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; a calcified nodule of 4 mm, in favor of a granuloma, "
     "is observed in the upper lobe of the right lung. "
     "Fibrotic bands in favor of sequelae are observed in the lingular segment of the left lung. "
     "There was no pleural effusion and no pneumothorax. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {NOD, FIB}),

    ("ctr-en-18", "en",
     ("A hypodense nodule of 15 mm is observed in the right lobe of the thyroid gland. "
     "The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; mild emphysematous changes are observed in both lungs. "
     "No nodule was detected in both lungs. "
     "No pleural effusion was detected. "
     "A nodule of 12 mm containing fat density, compatible with an adenoma, is observed in the left adrenal gland. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {EMP}),

    ("ctr-en-19", "en",
     ("A chest tube is observed in the right hemithorax. "
     "Subcutaneous emphysema is observed in the soft tissues of the right lateral chest wall. "
     "Minimal pneumothorax is observed at the apex of the right lung. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; no emphysematous changes were detected in the lung parenchyma. "
     "No pleural effusion was detected. "
     "Fractures are observed in the right 5th and 6th ribs."),
     {MM}),

    ("ctr-en-20", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; peribronchial thickening is observed in the lower lobes "
     "of both lungs. "
     "A mosaic attenuation pattern compatible with air trapping is observed. "
     "Cylindrical bronchiectasis is observed in the lower lobe of the right lung. "
     "No pleural effusion was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {PBT, MOS, BRX}),

    ("ctr-en-21", "en",
     ("Compared to the previous examination dated 05.01.2021: "
     "The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "The lymph nodes of pathological size in the mediastinum have progressed, the largest measuring 18 mm "
     "in the right paratracheal area. "
     "When examined in the lung parenchyma window; the nodule in the upper lobe of the right lung has increased "
     "in size and measures 9 mm (previously 6 mm). "
     "A new pleural effusion with a thickness of 10 mm has developed on the left. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {LN, NOD, PE}),

    ("ctr-en-22", "en",
     ("Compared to the previous examination dated 20.09.2019, no significant change was observed. "
     "The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; the bronchiectatic changes in the lower lobe of the left lung "
     "are stable. "
     "The consolidation in the lower lobe of the right lung described in the previous examination has "
     "completely resolved. "
     "Atelectasis was not observed. "
     "No pleural effusion was detected."),
     {BRX}),

    ("ctr-en-23", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "The thoracic aorta is of normal calibre and no calcification was observed in its wall. "
     "Calcified plaques are observed in the coronary arteries. "
     "Heart size and contour are normal. "
     "Minimal pericardial effusion is observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; no mass or infiltrative lesion was detected in both lungs. "
     "There was no pleural effusion and no pneumothorax. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {CAC, PCE}),

    ("ctr-en-24", "en",
     ("The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "Bilateral hilar lymphadenopathy is observed, the largest lymph node measuring 20 mm on the right. "
     "Lymph nodes of pathological size are also observed in the right paratracheal area. "
     "When examined in the lung parenchyma window; millimetric nodules with perilymphatic distribution are "
     "observed in both lungs. "
     "Nodular interlobular septal thickening is observed in the upper lobes. "
     "No pleural effusion was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {LN, NOD, IST}),

    ("ctr-en-25", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "The ascending aorta is dilated, with a diameter of 45 mm. "
     "Calcific atheroma plaques are observed in the wall of the aorta. "
     "Heart size and contour are normal. "
     "Pericardial effusion was not observed. "
     "An appearance that may be compatible with a small hiatal hernia is observed at the lower end of the esophagus. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; no mass or infiltrative lesion was detected in both lungs. "
     "Pleural effusion was not observed."),
     {AWC, HH}),

    ("ctr-en-26", "en",
     ("The trachea and the main bronchi are patent. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; consolidation with air bronchograms is observed in the "
     "lower lobe of the right lung, and the appearance is primarily compatible with pneumonia. "
     "Ground glass areas accompanying the consolidation are observed. "
     "A minimal right pleural effusion is seen. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {CON, OPA, PE}),

    ("ctr-en-27", "en",
     ("Compared to the previous examination dated 14.02.2022: "
     "The nasogastric tube seen in the previous examination has been removed. "
     "The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "The previously described pleural effusion on the right is no longer observed. "
     "When examined in the lung parenchyma window; the emphysematous changes in the upper lobes of both lungs "
     "persist. "
     "No new nodule was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {EMP}),

    ("ctr-en-28", "en",
     ("A pacemaker is observed in the left infraclavicular region. "
     "A prosthetic aortic valve is observed. "
     "Cardiomegaly is observed. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; atelectasis is observed in the lower lobes of both lungs. "
     "No pleural effusion was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {MM, CM, ATL}),

    ("ctr-en-29", "en",
     ("Trachea and both main bronchi are open and no occlusive pathology is detected. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "Hiatal hernia is observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; sequelae fibrotic changes are observed in the apex "
     "of the right lung. "
     "Mosaic attenuation pattern was not observed. "
     "Interlobular septal thickening was not observed. "
     "No peribronchial thickening was detected. "
     "No pleural effusion was detected."),
     {HH, FIB}),

    ("ctr-en-30", "en",
     ("A tracheostomy cannula is observed. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Calcified plaques are seen in the aorta and in the coronary arteries. "
     "Cardiomegaly is observed. "
     "Pericardial effusion-thickening was not observed. "
     "No hiatal hernia was detected. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "Pleural effusion with a thickness of 20 mm is observed on the left. "
     "When examined in the lung parenchyma window; ground glass density increases are observed in both lungs. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {MM, AWC, CAC, CM, PE, OPA}),

    ("ctr-en-31", "en",
     ("The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "When examined in the lung parenchyma window; a nonspecific nodule of 3 mm is observed in the upper lobe "
     "of the left lung, and follow-up is recommended. "
     "Minimal bronchiectasis is observed in the lingular segment. "
     "No emphysema was detected. "
     "No pleural effusion was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {NOD, BRX}),

    ("ctr-en-32", "en",
     ("A port catheter is observed, extending from the right subclavian vein into the superior vena cava. "
     "The trachea and the main bronchi are patent. "
     "There was no pleural or pericardial effusion. "
     "The heart is enlarged. "
     "Atheromatous plaques with calcification are observed in the wall of the descending thoracic aorta. "
     "No mediastinal or hilar lymphadenopathy was detected. "
     "When examined in the lung parenchyma window; emphysematous areas are observed in the upper lobes "
     "of both lungs. "
     "Sequelae changes are observed in the apicoposterior segment of the upper lobe of the left lung. "
     "No consolidation or ground glass opacity was detected. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {MM, CM, AWC, EMP, FIB}),

    ("ctr-en-33", "en",
     ("An implantable cardioverter defibrillator is observed in the left chest wall. "
     "Mediastinal structures could not be evaluated optimally because contrast material was not given. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No lymph node was detected in pathological size and appearance in the mediastinum and both hilar regions. "
     "A fluid density that may be compatible with minimal pleural effusion is observed in the left posterior "
     "costophrenic sinus. "
     "When examined in the lung parenchyma window; atelectatic changes are observed in the middle lobe "
     "of the right lung. "
     "Traction bronchiectasis is not observed. "
     "No lytic or destructive lesion was detected in the bone structures."),
     {MM, PE, ATL}),

    # ----------------------------------------------------------------- Japanese
    ("ctr-ja-01", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "評価可能な範囲で、縦隔の主要血管構造の口径は正常である。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "胸部食道の口径は正常であり、有意な腫瘍性壁肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺に腫瘤性病変や浸潤性病変は認めない。"
     "胸水や気胸は認めない。"
     "検査範囲に含まれる上腹部断面では、腹水や液体貯留は認めない。"
     "撮像範囲の骨に溶骨性変化はない。"),
     set()),

    ("ctr-ja-02", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "大動脈と冠動脈に石灰化プラークがみられる。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "食道下端に裂孔ヘルニアを認める。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺にミリ単位の非特異的結節を認める。"
     "胸水や気胸は認めない。"
     "胸椎に変性変化を認める。"),
     {AWC, CAC, HH, NOD}),

    ("ctr-ja-03", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "胸部大動脈および主肺動脈の口径は正常範囲内である。"
     "心拡大を認める。"
     "厚さ10mmの心嚢液貯留を認める。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "右側に厚さ15mmの胸水を認める。"
     "肺実質条件で評価すると、胸水に隣接する右肺下葉に受動性無気肺を認める。"
     "両肺に腫瘤は指摘できない。"
     "骨に溶骨性変化はない。"),
     {CM, PCE, PE, ATL}),

    ("ctr-ja-04", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺の末梢および胸膜下優位に、下葉でより顕著なすりガラス濃度上昇を認める。"
     "左肺下葉後肺底区に気管支透亮像を伴うコンソリデーション領域を認める。"
     "すりガラス領域に伴う小葉間隔壁肥厚を認める。"
     "所見はウイルス性肺炎（COVID-19）に一致する。"
     "胸水は認めない。"),
     {OPA, CON, IST}),

    ("ctr-ja-05", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "縦隔の主要血管構造の口径は正常である。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、右肺中葉および左肺舌区に気管支拡張性変化と気管支周囲肥厚を認める。"
     "右肺上葉に後遺症と考えられる線維性索状影を認める。"
     "胸水や気胸は認めない。"
     "骨に溶骨性変化はない。"),
     {BRX, PBT, FIB}),

    ("ctr-ja-06", "ja",
     ("冠動脈バイパス術後の胸骨ワイヤーおよび縦隔の手術用クリップを認める。"
     "左前胸部にペースメーカーを認め、リードは右心腔内に及んでいる。"
     "心臓の大きさは増大している。"
     "大動脈弓部および下行大動脈壁に石灰化プラークがみられる。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺に腫瘤性病変や浸潤性病変は認めない。"
     "胸水は認めない。"),
     {MM, CM, AWC}),

    ("ctr-ja-07", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "裂孔ヘルニアは認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺にモザイク状減弱パターンを認め、小気道病変に関連している可能性がある。"
     "気管支拡張は認めない。"
     "胸水や気胸は認めない。"),
     {MOS}),

    ("ctr-ja-08", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "胸部大動脈の口径は正常である。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔に病的な大きさのリンパ節を認め、最大のものは気管分岐下領域で22×15mmである。"
     "肺実質条件で評価すると、右肺上葉前区に辺縁スピキュラを伴う径14mmの充実性結節を認める。"
     "胸水は認めない。"
     "骨に溶骨性変化はない。"),
     {LN, NOD}),

    ("ctr-ja-09", "ja",
     ("前回検査（2020年3月12日）と比較した。"
     "気管・主気管支の内腔は保たれている。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "前回検査で認めた左胸水は完全に消失している。"
     "肺実質条件で評価すると、前回両肺に認めたすりガラス濃度上昇は著明に退縮しているが、下葉に残存するすりガラス領域を認める。"
     "胸膜下に後遺症と考えられる線維性索状影が新たに出現している。"
     "新たなコンソリデーションは認めない。"),
     {OPA, FIB}),

    ("ctr-ja-10", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、左肺下葉上区に5mmの結節を認め、肺内リンパ節の可能性がある。"
     "右肺下葉後肺底区に非特異的な濃度上昇を認める。"
     "同部位では無気肺または初期のコンソリデーションを否定できない。"
     "胸水は認めない。"),
     {NOD, OPA, ATL, CON}),

    ("ctr-ja-11", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "胸部大動脈壁に石灰化した動脈硬化性プラークを認める。"
     "心拡大は認めない。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺に上葉優位の小葉中心性および傍隔壁性の気腫性変化を認める。"
     "右肺上葉肺尖区にブラを認める。"
     "胸水や気胸は認めない。"
     "胸椎に変性変化を認める。"),
     {AWC, EMP}),

    ("ctr-ja-12", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "食道下端に胃の一部を含む大きな裂孔ヘルニアを認める。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、ヘルニアに隣接する左肺下葉に亜区域性無気肺を認める。"
     "両肺に結節や腫瘤は認めない。"
     "胸水は認めない。"),
     {HH, ATL}),

    ("ctr-ja-13", "ja",
     ("気管内チューブを認め、先端は気管分岐部の3cm上方に位置している。"
     "右内頸静脈から上大静脈に至る中心静脈カテーテルを認める。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "左側優位の両側胸水を認め、厚さは最大30mmである。"
     "肺実質条件で評価すると、両肺下葉に気管支透亮像を伴うコンソリデーション領域を認め、上葉にはすりガラス影を認める。"),
     {MM, PE, CON, OPA}),

    ("ctr-ja-14", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "胸部大動脈の口径は正常である。"
     "心拡大を認める。"
     "厚さ8mmの心嚢液貯留を認める。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "両側に少量の胸水を認める。"
     "肺実質条件で評価すると、両肺に小葉間隔壁肥厚を認め、肺門周囲にすりガラス濃度上昇を認める。"
     "所見は肺水腫に一致する可能性がある。"
     "骨に溶骨性変化はない。"),
     {CM, PCE, PE, IST, OPA}),

    ("ctr-ja-15", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、肺気腫、気管支拡張、コンソリデーションは認めない。"
     "小葉間隔壁肥厚は認めない。"
     "気管支周囲肥厚は認めない。"
     "モザイク減弱パターンは認めない。"
     "無気肺は認めない。"
     "右肺中葉にミリ単位の非特異的結節を認める。"
     "胸水や気胸は認めない。"),
     {NOD}),

    ("ctr-ja-16", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "左冠動脈前下行枝にステントを認める。"
     "大動脈壁に石灰化プラークがみられる。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺に腫瘤性病変や浸潤性病変は認めない。"
     "胸水は認めない。"),
     {MM, AWC}),

    ("ctr-ja-17", "ja",
     ("甲状腺右葉に15mmの低吸収結節を認める。"
     "気管・主気管支の内腔は保たれている。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺に軽度の気腫性変化を認める。"
     "両肺に結節は認めない。"
     "胸水は認めない。"
     "左副腎に脂肪濃度を含む12mmの結節を認め、腺腫に一致する。"),
     {EMP}),

    ("ctr-ja-18", "ja",
     ("前回検査（2021年1月5日）と比較した。"
     "気管・主気管支の内腔は保たれている。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔の病的な大きさのリンパ節は進行しており、最大のものは右気管傍領域で18mmである。"
     "肺実質条件で評価すると、右肺上葉の結節は増大しており、現在9mm（前回6mm）である。"
     "左側に厚さ10mmの胸水が新たに出現している。"
     "骨に溶骨性変化はない。"),
     {LN, NOD, PE}),

    ("ctr-ja-19", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "胸部大動脈の口径は正常であり、壁に石灰化は認めない。"
     "冠動脈に石灰化プラークを認める。"
     "心臓の輪郭とサイズは正常である。"
     "少量の心嚢液貯留を認める。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺に腫瘤性病変や浸潤性病変は認めない。"
     "胸水や気胸は認めない。"),
     {CAC, PCE}),

    ("ctr-ja-20", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、両肺下葉に気管支周囲肥厚を認める。"
     "エアトラッピングに一致するモザイク状減弱パターンを認める。"
     "右肺下葉に円柱状気管支拡張を認める。"
     "右肺尖部に後遺症性の線維性変化を認める。"
     "胸水は認めない。"),
     {PBT, MOS, BRX, FIB}),

    ("ctr-ja-21", "ja",
     ("前回検査（2019年9月20日）と比較して、有意な変化は認めない。"
     "前回検査で認めた経鼻胃管は抜去されている。"
     "気管・主気管支の内腔は保たれている。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "肺実質条件で評価すると、左肺下葉の気管支拡張性変化は安定している。"
     "前回認めた右肺下葉のコンソリデーションは完全に消失している。"
     "胸水は認めない。"),
     {BRX}),

    ("ctr-ja-22", "ja",
     ("気管・主気管支の内腔は保たれている。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "食道下端に小さな裂孔ヘルニアに一致する可能性のある所見を認める。"
     "両側肺門部にリンパ節腫大を認め、最大のものは右側で20mmである。"
     "肺実質条件で評価すると、両肺にリンパ路周囲分布を示すミリ単位の結節を認める。"
     "上葉に結節状の小葉間隔壁肥厚を認める。"
     "胸水は認めない。"
     "骨に溶骨性変化はない。"),
     {HH, LN, NOD, IST}),

    ("ctr-ja-23", "ja",
     ("右鎖骨下静脈から上大静脈に至るポートカテーテルを認める。"
     "気管・主気管支の内腔は保たれている。"
     "胸水および心嚢液貯留は認めない。"
     "心臓は拡大している。"
     "下行胸部大動脈壁に石灰化を伴う粥状硬化性プラークを認める。"
     "縦隔および肺門部にリンパ節腫大は認めない。"
     "肺実質条件で評価すると、両肺上葉に気腫性領域を認める。"
     "左肺上葉肺尖後区に後遺症性変化を認める。"
     "コンソリデーションやすりガラス影は認めない。"
     "骨に溶骨性変化はない。"),
     {MM, CM, AWC, EMP, FIB}),

    ("ctr-ja-24", "ja",
     ("左胸壁に植込み型除細動器を認める。"
     "造影剤が投与されていないため、縦隔構造は最適に評価できなかった。"
     "心臓の輪郭とサイズは正常である。"
     "心膜液貯留・肥厚は認めない。"
     "縦隔および両側肺門部に病的な大きさおよび形態のリンパ節は認めない。"
     "左後肋骨横隔膜角に少量の胸水に一致する可能性のある液体濃度を認める。"
     "肺実質条件で評価すると、右肺中葉に無気肺性変化を認める。"
     "牽引性気管支拡張は認めない。"
     "骨に溶骨性変化はない。"),
     {MM, PE, ATL}),
]

probe_results, test_label, test_probe_set = probe_tests(CASES, minimum=45)


def test_language_mix():
    assert sum(lang == "en" for _, lang, _, _ in CASES) >= 25
    assert sum(lang == "ja" for _, lang, _, _ in CASES) >= 18
