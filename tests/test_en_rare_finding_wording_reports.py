"""Probe: English chest CT reports that use the many wordings of the less common CT-RATE findings:
peribronchial thickening (bronchial wall thickening, peribronchial cuffing, thickened bronchial walls,
"in favour of bronchitis", peribronchovascular interstitial thickening), mosaic attenuation (mosaic
perfusion, mosaic pattern, heterogeneous lung attenuation, geographic areas of low attenuation, air
trapping, head cheese sign), interlobular septal thickening (septal lines, Kerley B lines, smooth /
nodular septal thickening, thickened interlobular septa, interstitial thickening, crazy paving),
bronchiectasis (bronchial dilatation, cylindrical / varicose / cystic bronchiectasis, signet ring sign,
bronchi larger than the adjacent artery), hiatal hernia (sliding, paraoesophageal, intrathoracic
stomach, GE junction above the hiatus) and pericardial effusion (pericardial fluid, fluid in the
pericardial recesses, pericardial thickening). Look-alikes that are not these findings are mixed in
(bronchial wall calcification, perivascular stranding, mosaic enhancement of the liver, atrial septal
defect, interventricular septal thickening, paraseptal emphysema, umbilical / Bochdalek hernia,
pericardial fat pad / cyst, peribronchial consolidation, heterogeneous thyroid), with present, denied,
hedged and resolved findings. The reports were written for this file without looking at the engine's
lexicon or cue lists.
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
    ("erw-01", "en",
     ("Multiple segmental and subsegmental bronchi in both lower lobes show cylindrical bronchiectasis "
      "with mild bronchial wall thickening. Mucus plugging is present in the right lower lobe. "
      "No consolidation. No pleural or pericardial effusion. Mediastinal lymph nodes are not enlarged."),
     {BRX, PBT}),
    ("erw-02", "en",
     ("Peribronchial cuffing is noted in the perihilar regions, together with smooth interlobular septal "
      "thickening and small bilateral pleural effusions. The heart is enlarged. Findings are in keeping "
      "with interstitial pulmonary oedema. No hiatal hernia."),
     {PBT, IST, PE, CM}),
    ("erw-03", "en",
     ("Mosaic perfusion of both lungs, with geographic areas of low attenuation that become more "
      "conspicuous on the expiratory images, consistent with air trapping. The bronchi are of normal "
      "calibre. No pulmonary nodules."),
     {MOS}),
    ("erw-04", "en",
     ("A moderate sliding hiatal hernia is seen. Small amount of fluid in the superior pericardial "
      "recess. Calcified atheroma in the thoracic aorta. The lungs are clear."),
     {HH, PCE, AWC}),
    ("erw-05", "en",
     ("Calcification of the bronchial walls and of the tracheal cartilage rings, a normal age-related "
      "finding. No bronchial wall thickening or bronchiectasis. No emphysema. No pleural effusion."),
     set()),
    ("erw-06", "en",
     ("Heterogeneous lung attenuation with a mosaic pattern, most likely related to small airways "
      "disease; a vascular cause is less likely as the pulmonary arteries are of normal calibre. "
      "The bronchial walls are thickened in both lower lobes. No nodules."),
     {MOS, PBT}),
    ("erw-07", "en",
     ("Nodular thickening of the interlobular septa and of the peribronchovascular interstitium in the "
      "right lung, with a 2.4 cm spiculated mass in the right upper lobe, in keeping with lymphangitic "
      "carcinomatosis. Enlarged right hilar and subcarinal lymph nodes, the largest 18 mm in short axis. "
      "Small right pleural effusion."),
     {IST, PBT, NOD, LN, PE}),
    ("erw-08", "en",
     ("Kerley B lines at both lung bases. Cardiomegaly with a small pericardial effusion, maximal depth "
      "9 mm. Bilateral pleural effusions with adjacent compressive atelectasis. Median sternotomy wires."),
     {IST, CM, PCE, PE, ATL, MM}),
    ("erw-09", "en",
     ("No mosaic attenuation on the inspiratory or expiratory images. No bronchiectasis. No interlobular "
      "septal thickening. The heart is normal in size without pericardial effusion. No hiatus hernia."),
     set()),
    ("erw-10", "en",
     ("The liver shows a mosaic enhancement pattern, suggestive of hepatic congestion. The lungs show no "
      "mosaic attenuation. Moderate cardiomegaly. Pacemaker leads in the right atrium and right ventricle."),
     {CM, MM}),
    ("erw-11", "en",
     ("Atrial septal defect closure device in place. No septal thickening in the lungs. Mild enlargement "
      "of the main pulmonary artery. The lungs are otherwise clear."),
     {MM}),
    ("erw-12", "en",
     ("Varicose bronchiectasis in the left lower lobe with a signet ring sign; several bronchi are larger "
      "than the adjacent pulmonary artery. Adjacent peribronchial consolidation and a tree-in-bud pattern, "
      "suggestive of superimposed infection. Reactive mediastinal lymph nodes up to 8 mm."),
     {BRX, CON, LN}),
    ("erw-13", "en",
     ("Compared with the prior CT, the previously described bronchial wall thickening in the lower lobes "
      "has resolved. No new consolidation. Mild centrilobular emphysema is unchanged. "
      "Coronary artery calcification."),
     {EMP, CAC}),
    ("erw-14", "en",
     ("Bronchial wall thickening, in favour of bronchitis. No parenchymal consolidation or ground-glass "
      "opacity. No pleural effusion. Small hiatal hernia."),
     {PBT, HH}),
    ("erw-15", "en",
     ("Cystic bronchiectasis in the right middle lobe and lingula, with air-fluid levels in some of the "
      "cystic spaces. Mild mosaic attenuation in both lower lobes. No lymphadenopathy."),
     {BRX, MOS}),
    ("erw-16", "en",
     ("Possible mild mosaic attenuation in the lower lobes, which may partly be due to suboptimal "
      "inspiration; correlation with expiratory imaging is suggested. Dependent atelectasis at both "
      "bases. No other abnormality."),
     {MOS, ATL}),
    ("erw-17", "en",
     ("Intrathoracic stomach due to a large paraoesophageal hernia. Compressive atelectasis of the "
      "adjacent left lower lobe. No pericardial effusion."),
     {HH, ATL}),
    ("erw-18", "en",
     ("A fat-containing umbilical hernia is partially imaged. No hiatal hernia. Hepatic steatosis. "
      "The lungs are clear."),
     set()),
    ("erw-19", "en",
     ("Thickened interlobular septa superimposed on patchy ground-glass opacity in both lungs, producing "
      "a crazy-paving appearance. Differential includes pulmonary alveolar proteinosis and atypical "
      "infection. Small mediastinal lymph nodes up to 9 mm."),
     {IST, OPA, LN}),
    ("erw-20", "en",
     ("Minimal pericardial thickening anteriorly. Dense calcification of the coronary arteries and the "
      "aortic valve. Calcification of the aortic wall. No pleural effusion."),
     {PCE, CAC, AWC}),
    ("erw-21", "en",
     ("Prominent pericardial fat pad at the right cardiophrenic angle; no pericardial effusion. "
      "Epicardial fat is increased. Heart size is normal. A 4 mm solid nodule in the left upper lobe."),
     {NOD}),
    ("erw-22", "en",
     ("Head cheese sign: a combination of ground-glass opacity, normal lung and lobular areas of air "
      "trapping, in keeping with hypersensitivity pneumonitis. No fibrosis. No honeycombing."),
     {OPA, MOS}),
    ("erw-23", "en",
     ("Bilateral traction bronchiectasis with subpleural reticulation and honeycombing in the lower "
      "lobes, a UIP pattern. No mosaic attenuation. Mildly enlarged mediastinal lymph nodes up to 13 mm "
      "in short axis."),
     {FIB, BRX, LN}),
    ("erw-24", "en",
     ("Paraseptal emphysema in both upper lobes. No interlobular septal thickening. No pulmonary nodules. "
      "Normal heart size."),
     {EMP}),
    ("erw-25", "en",
     ("Interstitial thickening of the interlobular septa at both lung bases, likely due to fluid overload. "
      "Small bilateral pleural effusions. Central venous catheter with its tip in the superior vena cava."),
     {IST, PE, MM}),
    ("erw-26", "en",
     ("Septal lines are seen at the right lung base. Right lower lobe consolidation with air bronchograms, "
      "consistent with pneumonia. Trace right pleural effusion."),
     {IST, CON, PE}),
    ("erw-27", "en",
     ("The previously seen pericardial effusion has resolved, and fluid in the pericardial recesses is no "
      "longer seen. Mild cardiomegaly persists. Prosthetic aortic valve in place."),
     {CM, MM}),
    ("erw-28", "en",
     ("Clinical question: bronchiectasis? No bronchiectasis is demonstrated; the bronchi taper normally "
      "toward the periphery and are not larger than the accompanying arteries. No bronchial wall "
      "thickening. Mild linear atelectasis in the lingula."),
     {ATL}),
    ("erw-29", "en",
     ("Mild bronchial dilatation in the right lower lobe, possibly early bronchiectasis. No mucus "
      "plugging. Otherwise normal examination."),
     {BRX}),
    ("erw-30", "en",
     ("Peribronchovascular interstitial thickening in both upper lobes with perilymphatic nodules, in "
      "keeping with sarcoidosis. Bilateral symmetric hilar and mediastinal lymphadenopathy, the largest "
      "node 22 mm. No pleural effusion."),
     {PBT, NOD, LN}),
    ("erw-31", "en",
     ("Perivascular fat stranding around the ascending aorta, post-surgical. Sternotomy wires. No "
      "pericardial effusion. The lungs are clear without bronchial wall thickening."),
     {MM}),
    ("erw-32", "en",
     ("Heterogeneous attenuation of the thyroid gland with a 15 mm nodule in the left lobe. Lungs: no "
      "mosaic attenuation, no nodules. A small hiatal hernia cannot be excluded."),
     {HH}),
    ("erw-33", "en",
     ("Smooth septal thickening and peribronchial cuffing, cardiomegaly and bilateral pleural effusions, "
      "most consistent with congestive heart failure. Trace pericardial effusion. Coronary artery stents."),
     {IST, PBT, CM, PE, PCE, MM}),
    ("erw-34", "en",
     ("No evidence of bronchiectasis, bronchial wall thickening or air trapping. Normal lung attenuation. "
      "A 6 mm peribronchial lymph node in the right hilum. Atherosclerotic calcification of the aorta and "
      "coronary arteries."),
     {LN, AWC, CAC}),
    ("erw-35", "en",
     ("Thickened bronchial walls in the right middle lobe and lingula. Subsegmental atelectasis in the "
      "middle lobe. Suspicion of mild bronchiectasis in the lingula."),
     {PBT, ATL, BRX}),
    ("erw-36", "en",
     ("Mosaic perfusion with enlarged central pulmonary arteries and eccentric mural thrombus in the right "
      "lower lobe artery, in keeping with chronic thromboembolic disease. No acute pulmonary embolism. "
      "No pleural effusion."),
     {MOS}),
    ("erw-37", "en",
     ("The gastro-oesophageal junction lies above the diaphragmatic hiatus, in keeping with a small "
      "sliding hernia. The oesophagus is mildly distended with fluid. A 5 mm calcified nodule (granuloma) "
      "in the right upper lobe."),
     {HH, NOD}),
    ("erw-38", "en",
     ("Status post fundoplication for hiatal hernia, with no recurrent herniation. No pericardial "
      "effusion. The lungs are clear."),
     set()),
    ("erw-39", "en",
     ("A small pericardial effusion cannot be excluded. Otherwise the mediastinum is unremarkable. "
      "Mild bibasal dependent atelectasis."),
     {PCE, ATL}),
    ("erw-40", "en",
     ("Pericardial cyst at the right cardiophrenic angle measuring 4 cm, of fluid density. No pericardial "
      "effusion. No mediastinal lymphadenopathy."),
     set()),
    ("erw-41", "en",
     ("History of bronchiolitis obliterans after bone marrow transplantation. On the current study no "
      "mosaic attenuation or air trapping is seen. The bronchi are normal."),
     set()),
    ("erw-42", "en",
     ("Mild peribronchial thickening and patchy consolidation in the left lower lobe, likely "
      "bronchopneumonia. Enlarged left hilar lymph node of 12 mm. Trace left pleural effusion."),
     {PBT, CON, LN, PE}),
    ("erw-43", "en",
     ("The interlobular septal thickening seen previously has improved but not resolved; residual mild "
      "septal thickening at the bases. The pleural effusions have resolved. Cardiomegaly."),
     {IST, CM}),
    ("erw-44", "en",
     ("Bronchial wall thickening cannot be excluded in the lower lobes, possibly artefactual due to "
      "respiratory motion. No bronchiectasis. No consolidation."),
     {PBT}),
    ("erw-45", "en",
     ("Thickened interventricular septum consistent with septal hypertrophy; overall heart size within "
      "normal limits. No pericardial effusion. Lungs: no septal thickening, no effusion."),
     set()),
    ("erw-46", "en",
     ("Diffuse cylindrical bronchiectasis with bronchial wall thickening and mucus plugging in this patient "
      "with cystic fibrosis. Mosaic attenuation due to air trapping. Port-a-cath in the right chest wall."),
     {BRX, PBT, MOS, MM}),
    ("erw-47", "en",
     ("Moderate circumferential pericardial effusion measuring up to 15 mm. No signs of tamponade. "
      "Small bilateral pleural effusions. Kerley lines are absent."),
     {PCE, PE}),
    ("erw-48", "en",
     ("Small hiatus hernia. Moderate centrilobular emphysema. Mild bronchial wall thickening, consistent "
      "with chronic bronchitis. A 7 mm nodule in the right lower lobe."),
     {HH, EMP, PBT, NOD}),
    ("erw-49", "en",
     ("Mosaic pattern of lung attenuation, likely reflecting small airways disease, though a vascular "
      "cause cannot be excluded. No bronchiectasis. No interlobular septal thickening. No pericardial "
      "effusion."),
     {MOS}),
    ("erw-50", "en",
     ("Fat-containing Bochdalek hernia on the left. No hiatal hernia. Mild dependent atelectasis. "
      "Mild calcification of the aorta."),
     {ATL, AWC}),
    ("erw-51", "en",
     ("Normal chest CT. No pulmonary nodule, consolidation or ground-glass opacity. No bronchial wall "
      "thickening. No effusion."),
     set()),
    ("erw-52", "en",
     ("Bilateral basal interstitial thickening with a few septal lines, and fluid tracking into the major "
      "fissures. Small pericardial effusion. Enlarged heart."),
     {IST, PE, PCE, CM}),
    ("erw-53", "en",
     ("Left lower lobe bronchiectasis with volume loss and surrounding fibrotic bands, in keeping with "
      "post-infectious sequelae. No active consolidation. Surgical clips in the left axilla."),
     {BRX, FIB, MM}),
    ("erw-54", "en",
     ("The bronchi of the lingula are slightly larger than the adjacent arteries, a borderline finding that "
      "may represent mild bronchiectasis. Mild mosaic attenuation is not excluded. Atherosclerotic "
      "calcification of the aorta."),
     {BRX, MOS, AWC}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
