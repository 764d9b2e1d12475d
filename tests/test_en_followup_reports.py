"""English follow-up chest CT reports in the CT-RATE style, scored by the rule engine.

What this probes: long, formulaic, translated-from-Turkish sentences typical of
follow-up examinations ("Compared to the previous examination dated 12.03.2021, ..."),
with findings that progressed, regressed but persist, are stable / showed no
significant change, completely disappeared, were "not observed in the current
examination", or whose device was removed; sequelae / fibroatelectatic changes;
hedged findings ("may be compatible with", "in favor of", "cannot be excluded",
"suspicious for"); dates with dots inside sentences; and an Impression section
that restates the findings in short lines (sometimes numbered).

Expected labels follow the CT-RATE convention: 1 when described as present,
also when hedged; 0 when denied, resolved, or not mentioned. A finding that
regressed/decreased but is still there counts as 1.

All report text was written by hand for this file, without looking at the
engine's lexicon, its schemas or any data set.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, FINDINGS, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)


# (id, text, set of findings expected positive; every other finding is expected 0)
REPORTS: list[tuple[str, str, set[str]]] = [
    ("fup-01",
     "Comparison was made with the previous examination dated 12.03.2021. "
     "Trachea and both main bronchi are open and no obstructive pathology was detected in the lumen. "
     "The great vessels of the mediastinum are normal; heart size and contour are normal. "
     "Calcified plaques are seen in the aorta and in the coronary arteries. "
     "Pericardial effusion-thickening was not observed. "
     "The thoracic oesophagus has a normal calibre without a mass. "
     "No mediastinal or hilar lymph node of pathological size was detected. "
     "The bilateral pleural effusion observed in the previous examination was not observed in the current examination. "
     "The ground glass density increases in both lungs have decreased in extent compared to the previous examination, "
     "and residual ground glass areas are still observed in both lower lobes. "
     "Fibroatelectatic changes are seen in the left lower lobe. "
     "No consolidated area was detected in the lung parenchyma. "
     "The upper abdominal organs in the scan range are unremarkable.\n"
     "Impression: Regressing ground glass areas in both lower lobes. Fibroatelectatic changes in the left lower lobe. "
     "Atherosclerotic change of the aorta and of the coronary arteries.",
     {AWC, CAC, OPA, FIB, ATL}),

    ("fup-02",
     "Compared to the previous examination dated 04.11.2020. "
     "Sternotomy wires and mediastinal surgical clips related to previous coronary bypass surgery are observed. "
     "The heart is enlarged. "
     "Calcific atheroma plaques are observed in the thoracic aorta. "
     "Diffuse calcifications are observed in the coronary arteries. "
     "Pericardial effusion was not observed. "
     "The bilateral pleural effusion, which reached 25 mm on the right in the previous examination, has decreased in amount "
     "and measures 12 mm in the current examination. "
     "Compression atelectasis is observed in the lung parenchyma adjacent to the effusion. "
     "No hiatal hernia was observed. "
     "No lymphadenopathy was detected in the mediastinum. "
     "No nodular lesion was detected in both lungs. "
     "Interlobular septal thickening is observed in both lungs, which may be compatible with pulmonary edema.\n"
     "Impression: Decreasing bilateral pleural effusion. Cardiomegaly. Findings that may be compatible with pulmonary edema.",
     {MM, CM, AWC, CAC, PE, ATL, IST}),

    ("fup-03",
     "Compared with the previous examination dated 21.01.2021. "
     "The consolidated areas with air bronchograms in the lower lobe of the right lung observed in the previous examination "
     "have completely disappeared. "
     "The ground glass density increases in both lungs observed in the previous examination were not observed in the current examination. "
     "Linear atelectasis is observed in the middle lobe of the right lung. "
     "Millimetric nonspecific nodules are observed in both lungs, and they are stable. "
     "No pleural effusion was detected. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "Mediastinal lymph nodes of pathological size were not detected. "
     "A hiatal hernia is observed at the lower end of the esophagus. "
     "The bones in the field of view are unremarkable.\n"
     "Impression: Complete regression of the pneumonic infiltrations seen in the previous examination. "
     "Linear atelectasis in the right lung middle lobe. Millimetric nodules. Hiatal hernia.",
     {ATL, NOD, HH}),

    ("fup-04",
     "Compared to the previous examination dated 08.06.2019, there is no significant change. "
     "Centrilobular and paraseptal emphysematous changes are observed in both lungs. "
     "Bronchiectatic changes and peribronchial thickening are observed in both lower lobes. "
     "A 6 mm nodule in the upper lobe of the left lung is stable. "
     "No pleural or pericardial effusion was observed. "
     "Heart size is normal. "
     "Calcific atheroma plaques are observed in the aortic arch. "
     "No calcification was observed in the coronary arteries. "
     "No pathologically enlarged lymph nodes were observed in the mediastinum. "
     "No consolidation or ground glass opacity was detected.\n"
     "Impression: Emphysema. Bronchiectasis. Stable nodule in the left lung upper lobe.",
     {EMP, BRX, PBT, NOD, AWC}),

    ("fup-05",
     "Compared to the previous examination dated 15.09.2020. "
     "A mosaic attenuation pattern is observed in both lungs, which may be compatible with small airway disease. "
     "Peribronchial thickening is present in both lower lobes. "
     "No bronchiectasis was detected. "
     "There are no ground glass density increases or consolidations in the lung parenchyma. "
     "No nodule or mass lesion was detected in both lungs. "
     "No pleural effusion was observed. "
     "Heart size is normal and pericardial effusion-thickening was not observed. "
     "The great vessels of the mediastinum are normal. "
     "No lymphadenopathy was detected in the mediastinum or hila. "
     "No hiatal hernia was observed.\n"
     "Impression: Mosaic attenuation in both lungs; the findings may be compatible with small airway disease. "
     "Peribronchial thickening.",
     {MOS, PBT}),

    ("fup-06",
     "Compared to the previous examination dated 02.02.2022, the mediastinal lymphadenopathies have decreased in size; "
     "the largest one in the subcarinal region measures 18x14 mm (previously 26x20 mm). "
     "The right hilar lymphadenopathy is stable. "
     "A port catheter is observed in the right subclavian vein with its tip in the superior vena cava. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "The right pleural effusion seen in the previous examination has completely disappeared. "
     "The spiculated nodule in the upper lobe of the right lung has decreased in size and measures 9 mm. "
     "Sequelae fibrotic changes are observed in the apical segment of the right upper lobe. "
     "No emphysematous changes were observed. "
     "No consolidation was detected.\n"
     "Impression: Regression of mediastinal lymphadenopathies. Decrease in the size of the right upper lobe nodule. "
     "Resolution of the right pleural effusion.",
     {LN, MM, NOD, FIB}),

    ("fup-07",
     "Compared to the previous examination dated 30.07.2021, the left pleural effusion has progressed and reaches 35 mm "
     "in the current examination. "
     "A new right pleural effusion reaching 15 mm has developed. "
     "Passive atelectasis is observed in the lower lobe of the left lung adjacent to the effusion. "
     "Cardiomegaly is present. "
     "Pericardial effusion reaching 8 mm is observed. "
     "Calcified plaques are seen in the aortic wall. "
     "No calcification was observed in the coronary arteries. "
     "Interlobular septal thickening and ground glass density increases are observed in both lungs, suggestive of pulmonary edema. "
     "No hiatal hernia was observed.\n"
     "Impression: Progression of bilateral pleural effusion. Cardiomegaly. Pericardial effusion. "
     "Findings in favor of pulmonary edema.",
     {PE, ATL, CM, PCE, AWC, IST, OPA}),

    ("fup-08",
     "Compared to the previous examination dated 19.12.2020. "
     "The ground glass density increases and consolidations in both lungs observed in the previous examination have completely disappeared. "
     "Pleuroparenchymal sequelae changes are observed in the subpleural areas of both lower lobes. "
     "Linear atelectasis is observed in the lingula. "
     "No new infiltration was detected. "
     "No pleural effusion was observed. "
     "Heart size is normal and no pericardial effusion was observed. "
     "No mediastinal or hilar lymphadenopathy was detected. "
     "Thoracic esophagus calibration is normal. "
     "The upper abdominal organs in the scan range are unremarkable.\n"
     "Impression: Sequelae changes in both lungs. Linear atelectasis in the lingula. No pneumonic infiltration.",
     {FIB, ATL}),

    ("fup-09",
     "Compared to the previous examination dated 11.05.2022. "
     "An endotracheal tube and a nasogastric tube are observed. "
     "A central venous catheter is observed in the right internal jugular vein. "
     "Consolidated areas with air bronchograms are observed in the lower lobes of both lungs, which have progressed "
     "compared to the previous examination. "
     "Ground glass density increases are observed in both upper lobes. "
     "Bilateral pleural effusion reaching 20 mm is observed. "
     "The heart size is increased. "
     "No pericardial effusion was observed. "
     "Calcified plaques are seen in the aorta and in the coronary arteries. "
     "No emphysematous changes were observed.\n"
     "Impression: Progression of bilateral pneumonic consolidations. Bilateral pleural effusion. Cardiomegaly.",
     {MM, CON, OPA, PE, CM, AWC, CAC}),

    ("fup-10",
     "Compared to the previous examination dated 03.03.2023, no significant change was observed. "
     "The trachea and the main bronchi are patent. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "Thoracic aorta diameter is normal and no calcific atheroma plaque was observed. "
     "No lymph node of pathological size was detected. "
     "A sliding hiatal hernia is observed at the lower end of the esophagus. "
     "No nodule or mass was detected in both lungs. "
     "No pleural effusion was observed. "
     "No consolidation or ground glass density was detected. "
     "No emphysematous changes were observed.\n"
     "Impression: Hiatal hernia. No pneumonic infiltration.",
     {HH}),

    ("fup-11",
     "Compared to the previous examination dated 27.08.2021. "
     "A new 7 mm nodule is observed in the lower lobe of the right lung; metastasis cannot be excluded. "
     "The pre-existing millimetric nodules in both lungs are stable. "
     "A lymph node measuring 15 mm in short axis is observed in the right paratracheal area, suspicious for lymphadenopathy. "
     "Left mastectomy and axillary surgical clips are observed. "
     "Radiation-related fibrotic changes in the anterior segment of the left upper lobe are stable. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No consolidation was detected.\n"
     "Impression: New nodule in the right lower lobe, metastasis cannot be excluded. "
     "Right paratracheal lymph node suspicious for lymphadenopathy. Post-radiation fibrotic changes.",
     {NOD, LN, MM, FIB}),

    ("fup-12",
     "Compared to the previous examination dated 14.10.2020, the atelectasis in the lower lobe of the left lung observed "
     "in the previous examination was not observed in the current examination. "
     "The left pleural effusion has completely resolved. "
     "Emphysematous changes in both upper lobes are stable. "
     "Bullae up to 3 cm are observed in the apex of the right lung. "
     "Heart size and contour are normal. "
     "Calcified plaques are seen in the coronary arteries. "
     "No pericardial effusion was observed. "
     "No mediastinal lymphadenopathy was detected. "
     "No nodule was detected in both lungs. "
     "No hiatal hernia was observed.\n"
     "Impression: Resolution of the left lower lobe atelectasis and pleural effusion. Emphysema.",
     {EMP, CAC}),

    ("fup-13",
     "Compared to the previous examination dated 07.01.2022. "
     "Newly developed patchy ground glass density increases are observed in the upper lobe of the left lung, "
     "which may be compatible with viral pneumonia. "
     "No consolidation was detected. "
     "Peribronchial thickening is observed in both lower lobes. "
     "No bronchiectasis was detected. "
     "No pleural effusion was observed. "
     "Heart size is normal. "
     "No pericardial effusion was observed. "
     "No pathologically enlarged lymph nodes were observed in the mediastinum. "
     "A port catheter is observed on the left anterior chest wall. "
     "No hiatal hernia was observed.\n"
     "Impression: Ground glass areas in the left upper lobe, may be compatible with viral pneumonia. Peribronchial thickening.",
     {OPA, PBT, MM}),

    ("fup-14",
     "Compared to the previous examination dated 22.04.2021. "
     "Cylindrical bronchiectatic changes in both lower lobes are stable. "
     "Peribronchial thickening accompanies the bronchiectatic changes. "
     "A new consolidated area with air bronchograms is observed in the posterobasal segment of the right lower lobe, "
     "in favor of infection. "
     "No pleural effusion was observed. "
     "No nodule was detected in both lungs. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "Mediastinal lymph nodes are not enlarged. "
     "No emphysematous changes were observed. "
     "No mosaic attenuation was observed.\n"
     "Impression: Bronchiectasis. New consolidation in the right lower lobe in favor of pneumonia.",
     {BRX, PBT, CON}),

    ("fup-15",
     "Compared to the previous examination dated 09.09.2022. "
     "Cardiomegaly is still present, although it has decreased slightly. "
     "The pericardial effusion observed in the previous examination was not observed in the current examination. "
     "Sternotomy wires are observed. "
     "Calcified plaques are seen in the aorta and in the coronary arteries. "
     "The bilateral pleural effusion has decreased; a small amount of right pleural effusion remains. "
     "The interlobular septal thickening observed in the previous examination has completely disappeared. "
     "No ground glass density was detected in both lungs. "
     "No atelectasis was observed. "
     "No lymphadenopathy was detected in the mediastinum.\n"
     "Impression: Cardiomegaly. Regressing pleural effusion. Sternotomy.",
     {CM, MM, AWC, CAC, PE}),

    ("fup-16",
     "Compared to the previous examination dated 18.02.2021, the 5 mm nodule in the middle lobe of the right lung observed "
     "in the previous examination was not observed in the current examination. "
     "The mediastinal lymphadenopathies observed in the previous examination have completely disappeared. "
     "Fibroatelectatic changes in the lingula are stable. "
     "Heart size is normal. "
     "Pericardial effusion-thickening was not observed. "
     "Calcific atheroma plaques are observed in the descending aorta. "
     "No pleural effusion was observed. "
     "No consolidation was detected. "
     "No hiatal hernia was observed.\n"
     "Impression: Disappearance of the right middle lobe nodule and mediastinal lymphadenopathies. "
     "Fibroatelectatic changes in the lingula.",
     {FIB, ATL, AWC}),

    ("fup-17",
     "Compared to the previous examination dated 25.06.2020, the interlobular septal thickening in the subpleural areas "
     "of both lower lobes has progressed. "
     "Bronchiectasis is observed in both lower lobes. "
     "Honeycombing was not observed. "
     "Ground glass density increases are observed in both lower lobes. "
     "The findings may be compatible with nonspecific interstitial pneumonia. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "Pericardial effusion was not observed. "
     "Mediastinal lymph nodes of pathological size were not detected. "
     "A hiatal hernia is observed at the lower end of the esophagus.\n"
     "Impression: Progression of interstitial changes in both lower lobes, may be compatible with NSIP. Hiatal hernia.",
     {IST, BRX, OPA, HH}),

    ("fup-18",
     "Compared to the previous examination dated 13.12.2022. "
     "The consolidation in the lower lobe of the left lung observed in the previous examination has completely regressed; "
     "subsegmental atelectasis is observed in its place. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No mediastinal lymphadenopathy was detected. "
     "No nodule or mass was detected in both lungs. "
     "No emphysematous changes were observed. "
     "No bronchiectasis was detected. "
     "No hiatal hernia was observed.\n"
     "Impression: Complete regression of the left lower lobe consolidation. Subsegmental atelectasis.",
     {ATL}),

    ("fup-19",
     "Compared to the previous examination dated 05.05.2021, the findings showed no significant change. "
     "The mosaic attenuation pattern in both lungs persists. "
     "Bronchiectatic changes in the middle lobe and lingula are unchanged. "
     "Millimetric nonspecific nodules in both lungs are stable. "
     "Calcified plaques are seen in the aortic wall. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No pleural effusion was observed. "
     "No lymphadenopathy was detected. "
     "No consolidation was detected.\n"
     "Impression: No significant change compared to the previous examination. Mosaic attenuation. Bronchiectasis. "
     "Millimetric nodules.",
     {MOS, BRX, NOD, AWC}),

    ("fup-20",
     "Compared to the previous examination dated 16.08.2022. "
     "A pacemaker is observed in the left anterior chest wall, with its leads in the right atrium and right ventricle. "
     "Cardiomegaly is observed. "
     "Calcified plaques are seen in the aorta and in the coronary arteries. "
     "Pericardial effusion is not observed. "
     "A large hiatal hernia is observed at the lower end of the esophagus, stable compared to the previous examination. "
     "Linear atelectasis is observed in both lower lobes. "
     "The bilateral pleural effusion observed previously was not observed in the current examination. "
     "No nodule was detected in both lungs. "
     "No ground glass density was detected.\n"
     "Impression: Pacemaker. Cardiomegaly. Hiatal hernia. Linear atelectasis.",
     {MM, CM, AWC, CAC, HH, ATL}),

    ("fup-21",
     "Compared to the previous examination dated 01.10.2021, the consolidated areas with air bronchograms in the lower "
     "lobe of the right lung have partially regressed; residual consolidation is observed in the posterobasal segment. "
     "The ground glass density increases around the consolidation have regressed but are still present. "
     "The right pleural effusion has decreased in amount and now measures 10 mm. "
     "No pericardial effusion was observed. "
     "Heart size and contour are normal. "
     "Mediastinal lymph nodes of pathological size were not detected. "
     "No nodule was detected in both lungs. "
     "No emphysematous changes were observed. "
     "No bronchiectasis was detected.\n"
     "Impression: Partial regression of the right lower lobe consolidation. Decreasing right pleural effusion.",
     {CON, OPA, PE}),

    ("fup-22",
     "Compared to the previous examination dated 28.03.2022. "
     "A 4 mm density suspicious for a nodule is observed in the left lower lobe, which was not present previously. "
     "Both lungs show emphysematous changes. "
     "Peribronchial thickening is observed in both lower lobes. "
     "No consolidation was detected. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "Calcified plaques are seen in the coronary arteries. "
     "No hiatal hernia was observed.\n"
     "Impression: Emphysema. Left lower lobe density suspicious for a nodule; follow-up is recommended.",
     {NOD, EMP, PBT, CAC}),

    ("fup-23",
     "Compared to the previous examination dated 10.11.2021, the port catheter observed in the previous examination "
     "has been removed. "
     "The mediastinal lymphadenopathies observed in the previous examination were not observed in the current examination. "
     "Sequelae fibrotic changes are observed in the right upper lobe. "
     "Pleuroparenchymal sequelae changes are observed at the right apex. "
     "No nodule was detected in both lungs. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No hiatal hernia was observed.\n"
     "Impression: Sequelae changes in the right lung. No lymphadenopathy.",
     {FIB}),

    ("fup-24",
     "Compared to the previous examination dated 12.06.2023. "
     "The ground glass density increases in the right lung have completely disappeared, whereas a new consolidation "
     "is observed in the left lower lobe. "
     "Bilateral pleural effusion reaching 25 mm is observed. "
     "Atelectasis is observed in the lung parenchyma adjacent to the effusion. "
     "The heart is enlarged. "
     "Pericardial effusion was not observed. "
     "A nasogastric tube is observed. "
     "No mediastinal lymphadenopathy was detected. "
     "No nodule was detected.\n"
     "Impression: New consolidation in the left lower lobe. Bilateral pleural effusion. "
     "Resolution of the ground glass areas in the right lung.",
     {CON, PE, ATL, CM, MM}),

    ("fup-25",
     "Compared to the previous examination dated 20.01.2023, the multiple nodules in both lungs have increased in number "
     "and size; the largest measures 14 mm in the right lower lobe. "
     "Interlobular septal thickening is observed in the right lower lobe, suspicious for lymphangitic carcinomatosis. "
     "The right hilar and subcarinal lymphadenopathies have progressed. "
     "Right pleural effusion reaching 18 mm is observed. "
     "No pericardial effusion was observed. "
     "Heart size and contour are normal. "
     "A port catheter is observed in the right anterior chest wall. "
     "No consolidation was detected.\n"
     "Impression: Progression of metastatic nodules in both lungs. Interlobular septal thickening suspicious for "
     "lymphangitic spread. Progressing lymphadenopathies. Right pleural effusion.",
     {NOD, IST, LN, PE, MM}),

    ("fup-26",
     "Compared to the previous examination dated 06.06.2021, the peribronchial thickening observed in the previous "
     "examination was not observed in the current examination. "
     "Mild centrilobular emphysema is observed in both upper lobes. "
     "No bronchiectasis was detected. "
     "No mosaic attenuation was observed. "
     "No consolidation or ground glass density increase was detected. "
     "No nodule was detected in both lungs. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "Calcified plaques are seen in the aortic wall.\n"
     "Impression: Mild emphysema. Resolution of the peribronchial thickening.",
     {EMP, AWC}),

    ("fup-27",
     "Compared to the previous examination dated 12.12.2020, the mosaic attenuation pattern observed in the previous "
     "examination has completely disappeared. "
     "Bronchiectasis in the left lower lobe is stable. "
     "No peribronchial thickening was observed. "
     "A hiatal hernia is observed at the lower end of the esophagus. "
     "Sternotomy wires are observed, stable. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed. "
     "No pleural effusion was observed. "
     "No consolidation was detected.\n"
     "Impression: Resolution of the mosaic attenuation. Stable bronchiectasis in the left lower lobe. Hiatal hernia.",
     {BRX, HH, MM}),

    ("fup-28",
     "Compared to the previous examination dated 17.07.2022. "
     "Stents are observed in the left anterior descending coronary artery. "
     "Calcific atheroma plaques are observed in the coronary arteries and thoracic aorta. "
     "Heart size and contour are normal. "
     "A minimal pericardial effusion is observed, stable compared to the previous examination. "
     "No pleural effusion was observed. "
     "A linear density in the right middle lobe is suspicious for subsegmental atelectasis. "
     "No nodule was detected in both lungs. "
     "No lymphadenopathy was detected. "
     "No emphysematous changes were observed.\n"
     "Impression: Coronary stent. Minimal pericardial effusion. Coronary and aortic atherosclerosis.",
     {MM, CAC, AWC, PCE, ATL}),

    ("fup-29",
     "Compared to the previous examination dated 29.09.2021. "
     "The bilateral pleural effusion, pericardial effusion and cardiomegaly showed no significant change. "
     "Passive atelectasis is observed in both lower lobes. "
     "The interlobular septal thickening in both lungs has regressed but persists. "
     "No consolidation was detected. "
     "No nodule was detected in both lungs. "
     "A central venous catheter is observed in the right internal jugular vein. "
     "No hiatal hernia was observed.\n"
     "Impression: Stable bilateral pleural effusion, pericardial effusion and cardiomegaly. "
     "Regressing interlobular septal thickening.",
     {PE, PCE, CM, ATL, IST, MM}),

    ("fup-30",
     "Compared to the previous examination dated 02.08.2020, there is no significant change. "
     "Fibroatelectatic sequelae changes are observed in both lung bases. "
     "Pleuroparenchymal sequelae changes are observed at the left apex. "
     "No active infiltration was detected. "
     "No pleural or pericardial effusion was observed. "
     "Heart size is normal. "
     "Calcified plaques are seen in the aortic wall. "
     "No hiatal hernia was observed.\n"
     "Impression: Sequelae changes in both lungs. No pneumonic infiltration.",
     {FIB, ATL, AWC}),

    ("fup-31",
     "Compared to the previous examination dated 23.05.2022. "
     "Lymphadenopathies up to 15 mm in short axis are observed in the mediastinum, in favor of reactive. "
     "The ground glass density increases and consolidations in both lungs, which may be compatible with COVID-19 "
     "pneumonia, have progressed. "
     "Pleural effusion was not observed. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No nodule was detected. "
     "No hiatal hernia was observed.\n"
     "Impression: Progression of findings compatible with COVID-19 pneumonia. Reactive mediastinal lymphadenopathies.",
     {LN, OPA, CON}),

    ("fup-32",
     "Compared to the previous examination dated 11.04.2023, the left pleural effusion has regressed, and a small amount "
     "of effusion remains in the posterior costophrenic sinus. "
     "The compressive atelectasis in the left lower lobe has completely disappeared. "
     "A thoracic drainage catheter is observed in the left hemithorax. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No consolidation was detected. "
     "No bronchiectasis was detected. "
     "No nodule was detected in both lungs. "
     "No hiatal hernia was observed.\n"
     "Impression: Regressing left pleural effusion. Resolution of the atelectasis. Drainage catheter.",
     {PE, MM}),

    ("fup-33",
     "Compared to the previous examination dated 19.03.2022. "
     "Paraseptal emphysema and bullae are observed in both upper lobes. "
     "Areas of decreased density are observed in both lower lobes, and a mosaic attenuation pattern cannot be excluded. "
     "No consolidation was detected. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "The coronary arteries show calcifications. "
     "No pericardial effusion was observed. "
     "No lymphadenopathy was detected.\n"
     "Impression: Emphysema. Possible mosaic attenuation.",
     {EMP, MOS, CAC}),

    ("fup-34",
     "Compared to the previous examination dated 14.09.2021. "
     "Surgical clips are observed at the esophagogastric junction related to the previous fundoplication surgery. "
     "The hiatal hernia observed in the previous examination was not observed in the current examination. "
     "Linear atelectasis is observed in the left lower lobe. "
     "Millimetric nonspecific nodules in both lungs are stable. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No pleural effusion was observed. "
     "No consolidation was detected.\n"
     "Impression: Postoperative changes. No hiatal hernia. Millimetric nodules.",
     {MM, ATL, NOD}),

    ("fup-35",
     "Compared to the previous examination dated 07.02.2023. "
     "The cardiomegaly observed in the previous examination was not observed in the current examination. "
     "The pericardial effusion has decreased and measures 6 mm. "
     "Calcified plaques are seen in the coronary arteries. "
     "The bilateral pleural effusion has completely disappeared. "
     "The ground glass density increases in both lungs have completely disappeared. "
     "The interlobular septal thickening has completely regressed. "
     "No consolidation was detected. "
     "No nodule was detected in both lungs.\n"
     "Impression: Heart size has returned to normal. Decreasing pericardial effusion. "
     "Resolution of the findings of pulmonary edema.",
     {PCE, CAC}),

    ("fup-36",
     "Compared to the previous examination dated 31.01.2022. "
     "No significant change in the hiatal hernia at the lower end of the esophagus. "
     "No significant change in the emphysematous areas in both upper lobes. "
     "Peribronchial thickening is observed in both lower lobes. "
     "Tubular dilatation of the bronchi is observed in the right lower lobe, in favor of bronchiectasis. "
     "No consolidation was detected. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "Pericardial effusion-thickening was not observed.\n"
     "Impression: Stable hiatal hernia and emphysema. Findings in favor of bronchiectasis.",
     {HH, EMP, PBT, BRX}),

    ("fup-37",
     "Compared to the previous examination dated 14.01.2021, the consolidated areas with air bronchograms in both lower "
     "lobes have decreased in size. "
     "The ground glass density increases in both lungs have decreased. "
     "Fibrotic bands are developing in the areas of resolution, in favor of sequelae. "
     "Interlobular septal thickening is not observed. "
     "No pleural effusion was observed. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No lymphadenopathy was detected.\n"
     "Impression: Regression of the pneumonic consolidations, with residual consolidations and ground glass areas. "
     "Developing sequelae changes.",
     {CON, OPA, FIB}),

    ("fup-38",
     "Compared to the previous examination dated 08.08.2023, no new lesion was detected. "
     "The trachea and the main bronchi are patent. "
     "The great vessels of the mediastinum are normal. "
     "Heart size and contour are normal. "
     "No pericardial effusion was observed. "
     "No calcific atheroma plaques were observed in the aorta or coronary arteries. "
     "No lymphadenopathy was detected. "
     "No hiatal hernia was observed. "
     "Both lungs are normally aerated, and no nodule, consolidation, ground glass density, emphysema or bronchiectasis was detected. "
     "No pleural effusion was observed. "
     "Bone structures are natural.\n"
     "Impression: No pathological finding in the thorax.",
     set()),

    ("fup-39",
     "Compared to the previous examination dated 26.10.2022, the right pleural effusion has increased and reaches 30 mm. "
     "Atelectasis is observed in the right lower lobe adjacent to the effusion. "
     "The 12 mm solid nodule in the right upper lobe is stable. "
     "The right hilar lymphadenopathy measuring 22 mm has progressed. "
     "A small amount of pericardial fluid is observed. "
     "Calcified plaques are seen in the aortic wall. "
     "Heart size and contour are normal. "
     "No hiatal hernia was observed.\n"
     "Impression: Increasing right pleural effusion. Progressing right hilar lymphadenopathy. Stable right upper lobe nodule.",
     {PE, ATL, NOD, LN, PCE, AWC}),

    ("fup-40",
     "Compared to the previous examination dated 03.12.2021. "
     "Postoperative changes after right upper lobectomy are observed, with surgical suture materials at the bronchial stump. "
     "A tracheostomy cannula is observed. "
     "No mass was detected at the operation site. "
     "Pleuroparenchymal sequelae changes are observed adjacent to the suture line. "
     "The right pleural effusion observed in the previous examination has regressed significantly and is minimal in the "
     "current examination. "
     "No pericardial effusion was observed. "
     "Heart size and contour are normal. "
     "No lymphadenopathy was detected. "
     "No nodule was detected in the left lung.\n"
     "Impression: Post-lobectomy changes. Minimal right pleural effusion. Sequelae changes.",
     {MM, FIB, PE}),

    ("fup-41",
     "Compared with the previous CT examination dated 15.02.2021, the ground glass density increases in both lungs "
     "have completely disappeared, and fibrotic sequelae changes have developed in their places. "
     "Linear atelectasis is observed in the middle lobe. "
     "A hiatal hernia is observed at the lower end of the esophagus. "
     "Calcified plaques are seen in the aortic wall. "
     "No pleural effusion was observed. "
     "No pericardial effusion was observed. "
     "Heart size and contour are normal.\n"
     "Impression:\n1- Sequelae changes in both lungs.\n2- Hiatal hernia.\n3- No pneumonic infiltration.",
     {FIB, ATL, HH, AWC}),
]


# CT-RATE's hand labels count "fibroatelectatic" changes as Atelectasis in only 6 of the 22
# train reports that use the word (always as a fibrotic sequela); the engine follows the labels.
_CONVENTION = "CT-RATE convention: 'fibroatelectatic' is a fibrotic sequela, mostly not labelled Atelectasis"
OPEN = {(rid, ATL): _CONVENTION for rid in ("fup-01", "fup-16", "fup-30")}

probe_results, test_label, test_probe_set = probe_tests(
    [(rid, "en", text, pos) for rid, text, pos in REPORTS], OPEN, minimum=35)


def test_every_finding_positive_somewhere():
    covered = set().union(*(p for _, _, p in REPORTS))
    assert covered == set(FINDINGS), f"findings never positive: {set(FINDINGS) - covered}"
