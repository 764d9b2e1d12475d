"""Probe: English chest CT reports (CT-RATE Turkish-English, US and UK styles) in which the scope
of a denial or a statement is bounded by an exception or a contrast ("except for", "apart from",
"aside from", "other than", "besides", "with the exception of", "excluding", "save for", "the only
finding is", "otherwise unremarkable", "no other", "the rest of the lungs", "elsewhere",
"remaining", "but", "however", "although", "while", "whereas", "in contrast", "on the other
hand", and left-versus-right splits). The reports were written for this file without looking at
the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or hedged, 0 when denied,
resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("eex-01", "en",
     "The trachea and main bronchi are patent. The great vessels and the heart look normal in size "
     "and shape. Neither pericardial effusion nor thickening is seen. Except for calcified "
     "atheroma plaques in the aortic arch, the thoracic aorta is of normal appearance and diameter. "
     "The mediastinal and hilar nodes are not enlarged and look benign, "
     "all of them. When examined in the lung parenchyma window, apart from a 4 mm nodule in the "
     "posterior segment of the right upper lobe, no nodule or mass lesion was observed. Linear "
     "atelectasis is seen in the middle lobe. No pleural effusion was detected. No hiatal hernia.",
     {AWC, NOD, ATL}),
    ("eex-02", "en",
     "FINDINGS: Lines/tubes: Right internal jugular central venous catheter terminates at the "
     "cavoatrial junction. Lungs: Aside from mild centrilobular emphysema in the upper lobes, the "
     "lungs are clear without consolidation or nodule. Pleura: No pleural effusion or pneumothorax. "
     "Heart: Normal in size. No pericardial effusion. Mediastinum: No lymphadenopathy. "
     "IMPRESSION: Mild centrilobular emphysema; otherwise unremarkable CT of the chest.",
     {MM, EMP}),
    ("eex-03", "en",
     "The only abnormality is a small left pleural effusion with adjacent compressive atelectasis "
     "of the left lower lobe. The lungs are otherwise clear, with no nodules, consolidation or "
     "ground-glass change. No mediastinal or hilar lymphadenopathy. The heart is not enlarged and "
     "there is no pericardial effusion.",
     {PE, ATL}),
    ("eex-04", "en",
     "Coronary artery calcification is present in the LAD and circumflex arteries. Other than this, "
     "the mediastinum is unremarkable: heart size is normal, there is no pericardial effusion and no "
     "lymph nodes are enlarged. Lungs: No consolidation in the left lung; in the right lung there is "
     "patchy consolidation in the lower lobe with surrounding ground-glass opacity. No pleural "
     "effusion.",
     {CAC, CON, OPA}),
    ("eex-05", "en",
     "With the exception of a few scattered calcified granulomas in the right upper lobe, no "
     "pulmonary nodule is identified. There is bronchial wall thickening in both lower lobes. No "
     "bronchiectasis. No emphysema. No pleural or pericardial effusion. The heart is enlarged. No "
     "hiatal hernia.",
     {NOD, PBT, CM}),
    ("eex-06", "en",
     "Median sternotomy wires and mediastinal surgical clips are noted. Cardiomegaly is present. The "
     "pericardium is normal. Apart from fibrotic bands in the lingula, the lung parenchyma is clear. "
     "There is no pleural effusion, no consolidation and no nodule. There is no hiatal hernia.",
     {MM, CM, FIB}),
    ("eex-07", "en",
     "Thoracic aorta diameter is normal. Calcific atherosclerotic changes are observed in the aorta "
     "and coronary arteries. Heart size is increased. Pericardial effusion-thickening was not "
     "observed. In both axillary regions, no lymph node in pathological size was observed. "
     "Mediastinal lymph nodes are not enlarged. In the lung parenchyma, no infiltrative or mass "
     "lesion is seen, except for sequelae changes in the right middle lobe. No pleural effusion. "
     "Hiatal hernia is observed at the lower end of the esophagus.",
     {AWC, CAC, CM, FIB, HH}),
    ("eex-08", "en",
     "IMPRESSION: 1. Bilateral moderate pleural effusions with bibasilar passive atelectasis. "
     "2. No pulmonary embolism. FINDINGS: The heart is normal in size; however, a small pericardial "
     "effusion is present. No mediastinal, hilar or axillary lymphadenopathy. The lungs are "
     "otherwise clear. No emphysema.",
     {PE, ATL, PCE}),
    ("eex-09", "en",
     "Interlobular septal thickening and ground-glass opacities are seen in both lungs, predominantly "
     "in the lower lobes, whereas the upper lobes are spared. Small bilateral pleural effusions. No "
     "consolidation. No lymphadenopathy. The heart is enlarged. No pericardial effusion.",
     {IST, OPA, PE, CM}),
    ("eex-10", "en",
     "The lungs show mosaic attenuation, with air trapping on the expiratory images. Cylindrical "
     "bronchiectasis is present in the right middle lobe, but there is no bronchial wall thickening. "
     "Besides these findings, the lungs are unremarkable, with no nodules, consolidation or fibrosis. "
     "No pleural effusion. No hiatal hernia. Heart size is normal.",
     {MOS, BRX}),
    ("eex-11", "en",
     "Comparison is made with the previous CT. The previously seen right lower lobe consolidation has "
     "resolved. Elsewhere, there is a new 6 mm solid nodule in the left upper lobe. No pleural "
     "effusion. There is scattered calcified atheroma in the descending thoracic aorta. No "
     "mediastinal lymphadenopathy. Heart size is normal.",
     {NOD, AWC}),
    ("eex-12", "en",
     "Apart from a small right pleural effusion and a left chest wall port with its catheter tip in "
     "the superior vena cava, no abnormality is seen in the chest. Specifically, there is no "
     "consolidation, nodule or lymph node enlargement. The heart size is normal and the pericardium "
     "is unremarkable.",
     {PE, MM}),
    ("eex-13", "en",
     "No mass or infiltration is seen in the lung parenchyma, except for a ground glass area in the "
     "superior segment of the left lower lobe. Emphysematous changes are seen in both lung apices. No "
     "pleural effusion. Several enlarged lymph nodes are seen in the subcarinal and right "
     "paratracheal regions, the largest measuring 17x14 mm. Heart size is normal. No pericardial "
     "effusion.",
     {OPA, EMP, LN}),
    ("eex-14", "en",
     "Excluding a small sliding hiatal hernia, the upper abdominal sections are unremarkable. The "
     "lungs demonstrate minimal subsegmental atelectasis at the left base. No pulmonary nodules. No "
     "consolidation. No pleural effusion. The heart is normal in size, and there is no coronary "
     "artery calcification.",
     {HH, ATL}),
    ("eex-15", "en",
     "Save for mild bronchial wall thickening, the airways are normal. There is no bronchiectasis. "
     "The lung parenchyma is clear, with no nodule, opacity or consolidation. Dense calcification of "
     "the coronary arteries. Atherosclerotic calcification of the aorta. No pleural effusion.",
     {PBT, CAC, AWC}),
    ("eex-16", "en",
     "The right lung is clear. In contrast, the left lower lobe shows dense consolidation with air "
     "bronchograms, and there is a moderate left pleural effusion. There is no right pleural "
     "effusion. Mediastinum: Enlarged precarinal lymph node measuring 1.4 cm in short axis. Heart "
     "size is normal. No pericardial effusion.",
     {CON, PE, LN}),
    ("eex-17", "en",
     "No nodule in the left lung; in the right lung, there is a 7 mm part-solid nodule in the upper "
     "lobe. No consolidation on either side. Paraseptal emphysema. No pleural effusion. No "
     "lymphadenopathy.",
     {NOD, EMP}),
    ("eex-18", "en",
     "Although the heart is not enlarged, there is a moderate pericardial effusion. There is no "
     "pleural effusion. The lungs are clear apart from a linear scar in the right lower lobe. No "
     "lymphadenopathy. No hiatal hernia.",
     {PCE, FIB}),
    ("eex-19", "en",
     "Without intravenous contrast the mediastinum is assessed only in part. "
     "As far as can be seen: heart contour and size are normal. No pericardial effusion. Calcified "
     "plaques are observed in the aortic wall. No lymph node in pathological size and appearance in "
     "the mediastinum. In the lung parenchyma window, there are peribronchial thickening and "
     "bronchiectasis in both lower lobes. The rest of the lungs show no nodule or infiltration. No "
     "pleural effusion.",
     {AWC, PBT, BRX}),
    ("eex-20", "en",
     "Endotracheal tube and nasogastric tube in satisfactory positions. Dependent consolidation and "
     "atelectasis in both lower lobes. The remaining lung is well aerated, with no nodules. Small "
     "bilateral pleural effusions. The heart is not enlarged.",
     {MM, CON, ATL, PE}),
    ("eex-21", "en",
     "Honeycombing and reticulation are present in the subpleural lower lobes, with traction "
     "bronchiectasis. Otherwise the lungs are normal, with no consolidation or nodules. No pleural "
     "effusion. Mildly enlarged mediastinal lymph nodes, likely reactive. No pericardial effusion.",
     {FIB, BRX, LN}),
    ("eex-22", "en",
     "While the lung parenchyma shows no consolidation, there is patchy ground-glass opacity in the "
     "right upper lobe. There is no interlobular septal thickening. No pulmonary nodules. Mild "
     "cardiomegaly. No pleural effusion. A cardiac pacemaker is present with leads in the right "
     "atrium and right ventricle.",
     {OPA, CM, MM}),
    ("eex-23", "en",
     "IMPRESSION: No acute cardiopulmonary abnormality other than a small hiatal hernia. FINDINGS: "
     "Heart size is normal. No pericardial effusion. The lungs are clear without consolidation, "
     "nodule, or effusion. Mild atherosclerotic calcification of the thoracic aorta.",
     {HH, AWC}),
    ("eex-24", "en",
     "Trachea and main bronchi are normal. Except for a few millimetric nonspecific nodules in both "
     "lungs, no mass lesion was detected. Minimal fibrotic changes at the lung bases. No pleural "
     "effusion or pleural thickening was detected. No hiatal hernia. No lymphadenopathy in the "
     "mediastinum. Heart size is normal.",
     {NOD, FIB}),
    ("eex-25", "en",
     "No pleural effusion is seen on the left; however, there is a small right pleural effusion. The "
     "lungs show mild emphysema. No focal consolidation. There is a right-sided chest tube. No "
     "pneumothorax. No cardiomegaly.",
     {PE, EMP, MM}),
    ("eex-26", "en",
     "The mediastinal lymph nodes are not enlarged, whereas bilateral axillary lymph nodes are "
     "enlarged, the largest measuring 22 mm on the right. No lung nodules. No pleural effusion. "
     "Surgical clips are noted in the left breast. The heart is normal in size.",
     {LN, MM}),
    ("eex-27", "en",
     "Lungs: Minor atelectasis at both bases but otherwise clear. No pulmonary nodule or mass. No "
     "consolidation. Pleura: No effusion. Mediastinum: Normal calibre aorta with mural "
     "calcification. Heart size normal, with coronary artery calcification in the LAD.",
     {ATL, AWC, CAC}),
    ("eex-28", "en",
     "Aside from the known right hilar adenopathy, which is stable in size at 2.1 cm, there is no "
     "lymph node enlargement. The lungs are clear except for a 5 mm calcified granuloma in the left "
     "lower lobe. No pleural effusion. No pericardial effusion.",
     {LN, NOD}),
    ("eex-29", "en",
     "Bronchiectasis is not seen. Excluding the right lower lobe, where there is patchy "
     "consolidation, the lungs are clear. No pleural effusion. Heart size is normal. No hiatal "
     "hernia. Calcifications in the coronary arteries.",
     {CON, CAC}),
    ("eex-30", "en",
     "There are ground glass opacities and interlobular septal thickenings in both lungs, more "
     "prominent in the lower lobes, consistent with viral pneumonia. Apart from these, no nodule or "
     "mass is seen. No pleural effusion. The heart size is normal and there is no pericardial "
     "effusion. No enlarged lymph nodes in the mediastinum.",
     {OPA, IST}),
    ("eex-31", "en",
     "The heart is enlarged, with no pericardial effusion. Other than cardiomegaly, the mediastinum "
     "is unremarkable. Mosaic attenuation in both lungs suggests small airway disease. No bronchial "
     "wall thickening. No nodules, consolidation or effusion.",
     {CM, MOS}),
    ("eex-32", "en",
     "Aortic valve prosthesis and sternotomy wires. The heart is enlarged but there is no "
     "pericardial effusion. The lungs show small bilateral pleural effusions and interlobular septal "
     "thickening, in keeping with fluid overload. No consolidation. No nodule. No lymphadenopathy.",
     {MM, CM, PE, IST}),
    ("eex-33", "en",
     "No abnormality is seen in the lungs other than a 3 mm subpleural nodule in the right lower "
     "lobe, which does not require follow-up. Moderate hiatal hernia. No pleural effusion. There is "
     "no coronary artery calcification. No lymphadenopathy.",
     {NOD, HH}),
    ("eex-34", "en",
     "Lungs: Bibasilar subsegmental atelectasis. No other focal airspace opacity. Incidental 4 mm "
     "nodule in the right middle lobe. Pleura: Trace right pleural effusion. Heart/Mediastinum: No "
     "cardiomegaly. No pericardial effusion. No lymphadenopathy. Upper abdomen: Small hiatal hernia.",
     {ATL, NOD, PE, HH}),
    ("eex-35", "en",
     "There is extensive centrilobular and paraseptal emphysema, with a large bulla at the right "
     "apex. Elsewhere the lungs are clear; no consolidation or nodules. No pleural effusion. No "
     "lymphadenopathy. Bronchial wall thickening is noted in the lower lobes.",
     {EMP, PBT}),
    ("eex-36", "en",
     "The only findings are a small pericardial effusion and mild calcification of the aortic arch. "
     "The lungs are clear, without nodule, consolidation or ground glass. No pleural effusion. No "
     "lymphadenopathy. The heart is normal in size.",
     {PCE, AWC}),
    ("eex-37", "en",
     "No lymphadenopathy in the mediastinum, whereas a few enlarged lymph nodes are present in the "
     "left axilla. Fibrotic bands in both lung bases. No pleural effusion. Except for mild "
     "bronchiectatic changes in the left lower lobe, the bronchi are normal. No nodule.",
     {LN, FIB, BRX}),
    ("eex-38", "en",
     "The right lung is unremarkable. On the other hand, the left upper lobe shows a 2.2 cm "
     "spiculated nodule, suspicious for primary lung cancer. There is no consolidation. Enlarged left "
     "hilar lymph node. No pleural effusion. Emphysema is not present.",
     {NOD, LN}),
    ("eex-39", "en",
     "With the exception of a small amount of pleural fluid on the right, there is no pleural "
     "abnormality. Dependent atelectasis in the right lower lobe. The remaining lungs are clear. No "
     "nodules. Heart size is normal. Coronary arteries: moderate calcification. No pericardial "
     "effusion.",
     {PE, ATL, CAC}),
    ("eex-40", "en",
     "The heart and mediastinum are normal apart from a small pericardial effusion; there is no "
     "cardiomegaly. Lungs: no consolidation or nodules, but mild peribronchial thickening is present. "
     "A nasogastric tube is in the stomach. No pleural effusion.",
     {PCE, PBT, MM}),
    ("eex-41", "en",
     "Besides mild cardiomegaly, there is no cardiac abnormality. Calcification of the aortic arch "
     "and the origins of the subclavian arteries. The lungs are clear, although there is mild mosaic "
     "attenuation in the lower lobes. No nodules. No pleural effusion. No lymphadenopathy.",
     {CM, AWC, MOS}),
    ("eex-42", "en",
     "Compared with the prior study, the left pleural effusion has resolved. However, there is "
     "persistent left lower lobe consolidation. Elsewhere there is no consolidation. No lung "
     "nodules. Atheromatous calcification of the aorta. Heart size is normal. No lymphadenopathy.",
     {CON, AWC}),
    ("eex-43", "en",
     "Apart from the pacemaker generator in the left pectoral region and its leads, no pathological "
     "finding is seen in the chest wall. Heart size is increased. Pericardial effusion was not "
     "detected. No hiatal hernia. In both lungs, subsegmental atelectasis is seen in the lower lobes. "
     "No nodule. No pleural effusion. Septal thickening is not observed.",
     {MM, CM, ATL}),
    ("eex-44", "en",
     "The lungs are clear with no consolidation, ground-glass opacity or nodule, excluding a small "
     "area of scarring at the left apex. Mild centrilobular emphysema. No pleural effusion. Small "
     "hiatus hernia.",
     {FIB, EMP, HH}),
    ("eex-45", "en",
     "Small right lower lobe nodule, 5 mm. No other pulmonary nodules. Bilateral lower lobe bronchial "
     "wall thickening. Otherwise normal CT chest: no consolidation, no effusion, no lymphadenopathy, "
     "and the heart size is normal.",
     {NOD, PBT}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
