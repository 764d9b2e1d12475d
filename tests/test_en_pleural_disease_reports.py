"""Probe: English chest CT reports centred on the pleura, in US and UK style: empyema (split
pleura sign, gas locules, empyema necessitans), loculated and fissural effusions, haemothorax /
hemothorax (counts as pleural effusion), chylothorax, malignant effusion and pleural metastases,
mesothelioma (nodular pleural thickening), asbestos-related calcified and non-calcified pleural
plaques (not arterial calcification, not lung nodules), diffuse pleural thickening (not peribronchial
thickening, not pericardial effusion), talc pleurodesis (talc is not medical material), indwelling
pleural catheters and chest drains (medical material), surgical emphysema of the chest wall (not
pulmonary emphysema), follow-ups (decreased, resolved, reaccumulated, drain removed), hedges and
denials. The reports were written for this file without looking at the engine's lexicon or cue
lists.
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
    ("epl-01", "en",
     ("Large loculated right pleural fluid collection with smoothly thickened, enhancing visceral and "
      "parietal pleura separated by the fluid (split pleura sign), consistent with empyema. "
      "Compressive atelectasis of the right lower lobe. Reactive mediastinal lymph nodes up to 11 mm "
      "in short axis. Heart size is normal. No pericardial effusion."),
     {PE, ATL, LN}),
    ("epl-02", "en",
     ("Moderate left haemothorax with layering high-density dependent fluid measuring 45 HU. "
      "Displaced fractures of the left 7th to 9th ribs. Left intercostal chest drain in situ, tip at "
      "the apex. Small residual left anterior pneumothorax. Passive atelectasis of the left lower lobe. "
      "No pericardial collection."),
     {PE, MM, ATL}),
    ("epl-03", "en",
     ("Known breast cancer. Large right pleural effusion with nodular pleural thickening along the "
      "costal and mediastinal pleura, highly suspicious for pleural metastatic disease. Enhancing "
      "pleural nodules measure up to 14 mm. Near-complete collapse of the right lower lobe. Enlarged "
      "right internal mammary lymph node, 12 mm. No pulmonary nodules in the aerated lung."),
     {PE, ATL, LN}),
    ("epl-04", "en",
     ("Circumferential nodular pleural thickening of the left hemithorax, extending along the "
      "mediastinal pleura and into the major fissure, maximum thickness 18 mm, with loss of volume of "
      "the left hemithorax. Appearances are in keeping with malignant pleural mesothelioma. Calcified "
      "pleural plaques on the right. No pleural effusion. No mediastinal lymphadenopathy."),
     set()),
    ("epl-05", "en",
     ("Multiple bilateral calcified pleural plaques along the posterolateral chest walls and the "
      "diaphragmatic domes, consistent with prior asbestos exposure. No pleural effusion. The lungs are "
      "clear without nodules. No interstitial fibrosis to suggest asbestosis. Mild calcification of the "
      "thoracic aorta."),
     {AWC}),
    ("epl-06", "en",
     ("Calcified pleural plaque in the posterior left lower hemithorax with an adjacent 3.2 cm "
      "subpleural lesion showing a comet-tail of vessels and bronchi curving into it, consistent with "
      "rounded atelectasis. No pleural fluid. Remaining lungs clear."),
     {ATL}),
    ("epl-07", "en",
     ("Status post right talc pleurodesis. High-attenuation deposits along the dependent posterior and "
      "basal right pleura, consistent with talc. Mild right pleural thickening. No residual pleural "
      "effusion. No pneumothorax. Heart is normal in size."),
     set()),
    ("epl-08", "en",
     ("Right indwelling tunneled pleural catheter in place with its tip in the posterior costophrenic "
      "recess. Small residual right pleural effusion, decreased compared with the prior study. "
      "Nodularity along the right diaphragmatic pleura is unchanged. No consolidation."),
     {MM, PE}),
    ("epl-09", "en",
     ("Follow-up chest CT. The previously noted left pleural effusion has resolved. Minor residual left "
      "basal pleural thickening. A linear parenchymal band at the left base likely represents "
      "post-inflammatory scarring."),
     {FIB}),
    ("epl-10", "en",
     ("Interval reaccumulation of a moderate left pleural effusion since therapeutic thoracentesis two "
      "weeks ago. Smooth pleural thickening without nodularity. Compressive atelectasis of the left "
      "lower lobe. The heart is enlarged. No pericardial effusion."),
     {PE, ATL, CM}),
    ("epl-11", "en",
     ("Clinical details: ?pleural effusion ?empyema. Findings: No pleural effusion or pleural "
      "thickening. No evidence of empyema. Lungs are clear. No mediastinal or hilar lymphadenopathy. "
      "Heart size normal, no pericardial effusion. Impression: No pleural collection."),
     set()),
    ("epl-12", "en",
     ("Bilateral smooth pleural thickening, more marked on the left. No bronchial wall thickening. No "
      "pleural effusion. Mild cylindrical bronchiectasis in the right middle lobe."),
     {BRX}),
    ("epl-13", "en",
     ("Small left pleural effusion. Pleural thickening adjacent to the left heart border, separate from "
      "the pericardium, which is of normal thickness without effusion."),
     {PE}),
    ("epl-14", "en",
     ("Right-sided pigtail chest drain in situ, coiled within the right pleural space. The multiloculated "
      "right pleural collection has decreased in size, with residual gas locules related to the drain. "
      "Enhancing pleura. Right lower lobe consolidation with air bronchograms."),
     {MM, PE, CON}),
    ("epl-15", "en",
     ("A small left pleural effusion cannot be excluded; a trace of fluid may be present in the "
      "posterior costophrenic sulcus. No pleural thickening. Scattered coronary artery calcifications."),
     {PE, CAC}),
    ("epl-16", "en",
     ("No pleural effusion, pleural thickening or pleural mass. No pneumothorax. Minimal centrilobular "
      "emphysema in the upper lobes. Small hiatus hernia."),
     {EMP, HH}),
    ("epl-17", "en",
     ("Known right epithelioid mesothelioma. Lobulated right pleural thickening involving the "
      "mediastinal pleural surface with encasement of the right lung, together with a moderate right "
      "pleural effusion. Enlarged right paratracheal node, 14 mm. Tumour abuts the pericardium; small "
      "pericardial effusion, suspicious for pericardial involvement."),
     {PE, LN, PCE}),
    ("epl-18", "en",
     ("Calcified plaques of the diaphragmatic pleura bilaterally, typical of asbestos-related pleural "
      "disease. No calcified atherosclerotic plaque in the aorta or the coronary arteries. Lungs clear."),
     set()),
    ("epl-19", "en",
     ("Several non-calcified pleural plaques along the right anterolateral ribs, up to 8 mm in "
      "thickness; these are pleural based and do not represent pulmonary nodules. No pulmonary nodule "
      "is identified. No effusion."),
     set()),
    ("epl-20", "en",
     ("Lentiform right posterior pleural collection containing gas locules, with the split pleura sign, "
      "representing empyema. Thickened extrapleural fat. Right lower lobe consolidation with surrounding "
      "ground-glass opacity. Mediastinal lymph nodes up to 9 mm in short axis."),
     {PE, CON, OPA, LN}),
    ("epl-21", "en",
     ("Loculated left pleural effusion along the lateral chest wall and within the left major fissure. "
      "Subsegmental atelectasis in the left lower lobe. Atherosclerotic calcification of the aorta."),
     {PE, ATL, AWC}),
    ("epl-22", "en",
     ("Lenticular fluid collection within the right minor fissure (pseudotumour) in a patient with heart "
      "failure, together with small bilateral effusions. Cardiomegaly. Interlobular septal thickening at "
      "both bases. Trace pericardial fluid."),
     {PE, CM, IST, PCE}),
    ("epl-23", "en",
     ("Follow-up after left haemothorax. The haemothorax has resolved with no residual fluid. The chest "
      "drain has been removed. Minor residual pleural thickening laterally. Healing left rib fractures."),
     set()),
    ("epl-24", "en",
     ("Decreased size of the right hemothorax, now small, with residual clotted blood in the posterior "
      "costophrenic angle. The right chest tube has been removed. Small linear atelectasis in the right "
      "lower lobe."),
     {PE, ATL}),
    ("epl-25", "en",
     ("Multiple enhancing pleural nodules along the left hemithorax, the largest 11 mm on the posterior "
      "parietal pleura, in keeping with pleural metastases. No pleural effusion. No parenchymal lung "
      "nodule. Multiple sclerotic vertebral metastases."),
     set()),
    ("epl-26", "en",
     ("Prior left talc pleurodesis, with dense high-attenuation pleural thickening at the left base; this "
      "should not be mistaken for calcified plaque or recurrent tumour. Small loculated residual left "
      "effusion, stable. A left PleurX catheter remains in place."),
     {PE, MM}),
    ("epl-27", "en",
     ("The left intercostal drain traverses the major fissure with its tip projecting into the lung "
      "parenchyma; repositioning is advised. The left pneumothorax has decreased. Small left effusion. "
      "Surgical emphysema in the left chest wall."),
     {MM, PE}),
    ("epl-28", "en",
     ("There is a small right pleural effusion with adjacent passive atelectasis. No left effusion. No "
      "pericardial effusion. Mild cardiomegaly. Coronary artery calcifications."),
     {PE, ATL, CM, CAC}),
    ("epl-29", "en",
     ("Small left parapneumonic effusion without pleural enhancement or loculation; empyema is considered "
      "unlikely. Consolidation in the left lower lobe. Peribronchial thickening in both lower lobes. No "
      "cavitation."),
     {PE, CON, PBT}),
    ("epl-30", "en",
     ("Right pleural fluid collection with mild pleural enhancement; early empyema cannot be excluded. "
      "Recommend correlation with diagnostic thoracentesis. Lungs otherwise clear."),
     {PE}),
    ("epl-31", "en",
     ("Bilateral calcified pleural plaques. Subpleural reticulation and parenchymal bands in both lower "
      "lobes with early honeycombing, in keeping with asbestosis. No effusion."),
     {FIB}),
    ("epl-32", "en",
     ("Clinical details: breathless, pleural effusion on CXR, ?cause. CT: the opacity seen on the chest "
      "radiograph corresponds to a left basal pleural-based lipoma. No pleural effusion. Lungs otherwise "
      "clear."),
     set()),
    ("epl-33", "en",
     ("Diffuse right pleural thickening extending over more than a quarter of the chest wall with an "
      "obliterated costophrenic angle, consistent with benign asbestos-related diffuse pleural "
      "thickening. No free fluid. Atherosclerotic calcification of the aortic arch and coronary arteries."),
     {AWC, CAC}),
    ("epl-34", "en",
     ("Moderate pericardial effusion. No pleural effusions. Calcified pleural plaque on the right "
      "hemidiaphragm."),
     {PCE}),
    ("epl-35", "en",
     ("Bilateral pleural effusions, right greater than left, with bibasal compressive atelectasis. Right "
      "internal jugular central venous catheter with its tip at the cavoatrial junction. Median "
      "sternotomy wires."),
     {PE, ATL, MM}),
    ("epl-36", "en",
     ("Status post extended pleurectomy/decortication for left mesothelioma. Postoperative changes with "
      "surgical clips along the left hemithorax. No evidence of recurrent pleural nodularity. Small "
      "stable left pleural fluid. Left lower lobe volume loss with subsegmental atelectasis."),
     {MM, PE, ATL}),
    ("epl-37", "en",
     ("No evidence of loculated effusion or empyema. The previously seen right basal collection has "
      "completely resolved. Residual linear scarring at the right base."),
     {FIB}),
    ("epl-38", "en",
     ("Spiculated 2.1 cm nodule in the right upper lobe. Small ipsilateral pleural effusion, possibly "
      "malignant. Right hilar lymphadenopathy."),
     {NOD, PE, LN}),
    ("epl-39", "en",
     ("5.4 cm mass in the left lower lobe abutting the pleura; pleural invasion is suspected. Small left "
      "pleural effusion. Subcarinal lymph node of 15 mm. Background emphysema."),
     {PE, LN, EMP}),
    ("epl-40", "en",
     ("Small right apical pneumothorax with a right chest tube in place. No pleural effusion. "
      "Endotracheal tube 3 cm above the carina. Nasogastric tube in the stomach. Bibasal atelectasis."),
     {MM, ATL}),
    ("epl-41", "en",
     ("A retrocardiac fluid-containing structure represents a large hiatal hernia rather than a "
      "loculated pleural effusion. No pleural fluid."),
     {HH}),
    ("epl-42", "en",
     ("Small bilateral pleural effusions, reduced since the last examination. Mild interlobular septal "
      "thickening has improved. Cardiomegaly persists. No pericardial effusion."),
     {PE, IST, CM}),
    ("epl-43", "en",
     ("The left effusion seen previously has resolved; however, there is a new small right pleural "
      "effusion. Ground-glass opacity in the right lower lobe. Mosaic attenuation in both lungs."),
     {PE, OPA, MOS}),
    ("epl-44", "en",
     ("Right pleural collection extending through the chest wall into the subcutaneous tissues, in "
      "keeping with empyema necessitans. Right lower lobe consolidation. Several right axillary lymph "
      "nodes, the largest 9 mm."),
     {PE, CON, LN}),
    ("epl-45", "en",
     ("Dense curvilinear calcification of the left pleura from prior tuberculous pleurisy. Fibrotic "
      "scarring in the left upper lobe. No active disease."),
     {FIB}),
    ("epl-46", "en",
     ("Lungs are clear. No pleural effusion or pneumothorax. No pleural thickening or pleural plaques. "
      "Heart normal in size. No lymphadenopathy. Impression: No acute intrathoracic abnormality."),
     set()),
    ("epl-47", "en",
     ("Persistent small left pleural effusion with smooth visceral pleural thickening despite drainage, "
      "suggestive of trapped lung. The left lower lobe remains partially collapsed. Tunnelled pleural "
      "catheter in situ."),
     {PE, ATL, MM}),
    ("epl-48", "en",
     ("Possible tiny left pleural effusion versus pleural thickening. No bronchial wall thickening. Mild "
      "aortic calcification."),
     {PE, AWC}),
    ("epl-49", "en",
     ("Large left pleural effusion of low attenuation, in keeping with the known chylothorax following "
      "oesophagectomy. Gastric pull-up in the posterior mediastinum with anastomotic clips."),
     {PE, MM}),
    ("epl-50", "en",
     ("The small right pleural effusion is no longer visible. The right basal pleural catheter has been "
      "removed. No pleural thickening."),
     set()),
    ("epl-51", "en",
     ("Nodular pleural thickening along the right major fissure, suspicious for pleural metastases, with "
      "a small right effusion. Smooth interlobular septal thickening in the right lower lobe, suggestive "
      "of lymphangitic spread."),
     {PE, IST}),
    ("epl-52", "en",
     ("Bilateral pleural effusions have increased and are now moderate; the right-sided effusion is "
      "partly loculated. Pericardial effusion is not seen. Bilateral lower lobe consolidation. Aortic "
      "valve replacement."),
     {PE, CON, MM}),
    ("epl-53", "en",
     ("Interval removal of the left chest drain. The left empyema has decreased substantially, with a "
      "small residual loculated component. No pneumothorax."),
     {PE}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
