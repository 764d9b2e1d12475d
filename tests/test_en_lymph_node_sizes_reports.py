"""Probe: English chest CT reports (US, UK, Turkish and Japanese authors) centred on lymph nodes:
mediastinal, hilar, axillary, supraclavicular, subcarinal, paratracheal, AP window and prevascular
stations, IASLC station numbers (4R, 7, 10L), short-axis sizes ("short axis 12 mm", "1.4 x 0.9 cm"),
"enlarged", "prominent", "borderline", "subcentimeter", "reactive-appearing", "calcified", "necrotic",
"conglomerate", "bulky adenopathy", "no pathologically enlarged lymph nodes", "within normal size
limits", stable / decreased / resolved nodes, hedges and comparisons, mixed with other findings.
Negative controls: lymph node dissection history, lymphangitic spread, an intrapulmonary lymph node
described as a nodule, prominent hilar vessels, "no adenopathy". The reports were written for this
file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned; small
described nodes with a measurement are 1 (also below pathological size), nodes said not to be
enlarged are 0."""
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
    ("eln-01", "en",
     ("CT CHEST WITH CONTRAST. Mediastinum: Enlarged right lower paratracheal (station 4R) lymph node "
      "measuring 1.6 cm in short axis, previously 1.1 cm. Subcarinal node 1.2 cm. Lungs: Spiculated 2.1 cm "
      "right upper lobe mass. Mild centrilobular emphysema. No pleural effusion. Impression: Enlarging "
      "mediastinal adenopathy, concerning for nodal metastasis."),
     {LN, NOD, EMP}),
    ("eln-02", "en",
     ("No mediastinal, hilar, or axillary lymphadenopathy. Heart size is normal. No pericardial effusion. "
      "The lungs are clear. Incidental 8 mm nodule in the left lobe of the thyroid."),
     set()),
    ("eln-03", "en",
     ("Comparison is made with the CT of 3 March. The previously noted bulky subcarinal and bilateral hilar "
      "lymphadenopathy has resolved following chemotherapy. No new lymph node enlargement. Right-sided "
      "Port-a-cath in situ with its tip at the cavoatrial junction. The lungs are clear."),
     {MM}),
    ("eln-04", "en",
     ("Mediastinal vascular structures are of normal calibre. Calcific atheromatous plaques are seen in the "
      "aortic arch. Millimetric lymph nodes were observed in the mediastinum, the largest measuring 8 mm in "
      "short axis in the prevascular area. Heart contour and size are normal. Minimal atelectatic changes in "
      "the posterior segments of both lower lobes. No pleural or pericardial effusion was detected."),
     {AWC, LN, ATL}),
    ("eln-05", "en",
     ("Swelling of the #7 lymph node measuring 14 x 11 mm is seen, suspicious for metastasis. The #10L lymph "
      "node is also slightly swollen. The primary lesion is a 2.4 cm part-solid nodule in left lower lobe S6 "
      "with pleural indentation. Ground glass opacity is seen around the lesion. Coronary artery "
      "calcification is noted."),
     {LN, NOD, OPA, CAC}),
    ("eln-06", "en",
     ("Status post right upper lobectomy and mediastinal lymph node dissection. Surgical clips in the right "
      "hilum. No evidence of recurrent mass. No lymphadenopathy. Postsurgical scarring along the staple line. "
      "Small right pleural effusion, unchanged."),
     {MM, FIB, PE}),
    ("eln-07", "en",
     ("Diffuse smooth and nodular interlobular septal thickening in the right lower lobe with nodular "
      "fissural thickening, suggestive of lymphangitic spread of tumor. Moderate right pleural effusion. "
      "Mediastinal lymph nodes are not enlarged. Left mastectomy changes."),
     {IST, PE}),
    ("eln-08", "en",
     ("There is a 5 mm perifissural nodule along the right horizontal fissure, typical of an intrapulmonary "
      "lymph node; no follow-up is required. No mediastinal or hilar lymphadenopathy. Mild bronchial wall "
      "thickening in the lower lobes."),
     {NOD, PBT}),
    ("eln-09", "en",
     ("No lymph node of pathological size and appearance was detected in the mediastinum or either hilar "
      "region. The trachea and both main bronchi are patent. Heart size is increased. Minimal pericardial "
      "effusion is observed. Bilateral pleural effusion, more on the right, with adjacent compressive "
      "atelectasis."),
     {CM, PCE, PE, ATL}),
    ("eln-10", "en",
     ("Conglomerate necrotic right supraclavicular and upper paratracheal nodal mass measuring 4.2 x 3.5 cm. "
      "Additional enlarged right hilar nodes. Post-obstructive consolidation in the right upper lobe. The "
      "left lung is clear."),
     {LN, CON}),
    ("eln-11", "en",
     ("Several prominent but subcentimeter mediastinal lymph nodes, the largest a 9 mm short axis AP window "
      "node, likely reactive. Patchy ground-glass opacities bilaterally. No consolidation or effusion."),
     {LN, OPA}),
    ("eln-12", "en",
     ("Mediastinal and hilar lymph nodes are within normal size limits. The heart is not enlarged. Mild "
      "cylindrical bronchiectasis in the middle lobe and lingula with bronchial wall thickening. Tree-in-bud "
      "pattern in the right lower lobe, likely infective."),
     {BRX, PBT}),
    ("eln-13", "en",
     ("Significant lymphadenopathy is not observed in the mediastinum and hilum. Emphysematous change in both "
      "upper lobes. Reticular shadow and honeycombing in the subpleural area of bilateral lower lobes, "
      "consistent with UIP pattern. Traction bronchiectasis is also seen."),
     {EMP, FIB, BRX}),
    ("eln-14", "en",
     ("Borderline enlarged left axillary lymph node measuring 1.0 cm in short axis with a preserved fatty "
      "hilum, likely reactive given recent ipsilateral COVID-19 vaccination. No mediastinal or hilar "
      "adenopathy. Lungs are clear. No pleural effusion."),
     {LN}),
    ("eln-15", "en",
     ("Comparison: PET/CT 6 months ago. The prevascular anterior mediastinal nodal mass has decreased in size, "
      "now 3.1 x 1.8 cm, previously 6.2 x 4.0 cm; the residual soft tissue likely represents treated disease. "
      "Right internal jugular port catheter with tip in the SVC. No pericardial effusion. The previously seen "
      "tiny bilateral pleural effusions have resolved."),
     {LN, MM}),
    ("eln-16", "en",
     ("Calcific plaques in the coronary arteries and thoracic aorta. Lymph nodes with a short axis below 1 cm "
      "were observed in the paratracheal and subcarinal areas. Sliding type hiatal hernia. Sequela fibrotic "
      "bands in the middle lobe. No emphysema."),
     {CAC, AWC, LN, HH, FIB}),
    ("eln-17", "en",
     ("No significant lymphadenopathy by size criteria. Small calcified mediastinal and hilar nodes in keeping "
      "with previous granulomatous disease, not enlarged. A 4 mm calcified granuloma in the left upper lobe. "
      "No pleural effusion."),
     {NOD}),
    ("eln-18", "en",
     ("Thyroid unremarkable. No supraclavicular, axillary, mediastinal, or hilar adenopathy. Heart normal in "
      "size. Lungs clear without nodule, consolidation, or effusion. Osseous structures unremarkable."),
     set()),
    ("eln-19", "en",
     ("Enlarged lymph nodes are seen in the right paratracheal (#4R, short axis 18 mm) and subcarinal (#7, "
      "15 mm) regions, together with bilateral hilar lymphadenopathy, suggesting sarcoidosis. Multiple small "
      "nodules along the bronchovascular bundles and subpleural region in both upper lobes. No pleural "
      "effusion."),
     {LN, NOD}),
    ("eln-20", "en",
     ("1.4 x 0.9 cm right hilar lymph node, unchanged from prior and likely reactive. Mild dependent "
      "atelectasis bilaterally. Atherosclerotic calcification of the aorta and coronary arteries. Tiny hiatal "
      "hernia."),
     {LN, ATL, AWC, CAC, HH}),
    ("eln-21", "en",
     ("Interval resolution of the previously seen mediastinal adenopathy. Interval resolution of the right "
      "lower lobe consolidation, with residual linear scarring. Mild cardiomegaly. No pericardial effusion."),
     {FIB, CM}),
    ("eln-22", "en",
     ("Bulky mediastinal lymphadenopathy involving the anterior mediastinum and bilateral paratracheal "
      "stations, the largest conglomerate measuring 7 cm, with mass effect on the SVC. Small pericardial "
      "effusion. Bilateral small pleural effusions. The lungs are clear."),
     {LN, PCE, PE}),
    ("eln-23", "en",
     ("Images were evaluated in mediastinal and parenchymal windows. Mediastinal main vascular structures, "
      "heart contour and size are normal. Thoracic esophagus calibre is normal and no significant tumoral "
      "wall thickening was detected. No lymph nodes of pathological size and appearance were detected in the "
      "prevascular, pre-paratracheal, subcarinal or bilateral hilar-axillary regions. Mosaic attenuation "
      "pattern in both lungs, suggestive of small airway disease. Peribronchial thickening in both lower "
      "lobes."),
     {MOS, PBT}),
    ("eln-24", "en",
     ("Nodes within normal size limits. Mild paraseptal emphysema. 3 mm left lower lobe nodule, unchanged over "
      "2 years, benign. Sternotomy wires are intact and there are CABG clips. Coronary artery calcifications."),
     {EMP, NOD, MM, CAC}),
    ("eln-25", "en",
     ("History: Breast cancer status post left mastectomy and axillary lymph node dissection. Findings: "
      "Surgical clips in the left axilla. No axillary, supraclavicular or internal mammary lymphadenopathy. "
      "Radiation fibrosis in the anterior left upper lobe. Left breast tissue expander in place."),
     {MM, FIB}),
    ("eln-26", "en",
     ("No swelling of mediastinal or hilar lymph nodes. Consolidation with air bronchogram in the right lower "
      "lobe, suggesting pneumonia. A small amount of right pleural effusion. Centrilobular emphysema."),
     {CON, PE, EMP}),
    ("eln-27", "en",
     ("Several small mediastinal nodes measuring up to 7 mm, which do not reach pathological size. Mild "
      "bilateral lower lobe interstitial reticulation. No honeycombing. Pericardial thickening is noted."),
     {LN, FIB, PCE}),
    ("eln-28", "en",
     ("Necrotic left supraclavicular lymph node measuring 2.3 cm. Left upper lobe 5.4 cm cavitary mass "
      "abutting the mediastinum. Left hilar lymphadenopathy. Small left pleural effusion. Moderate "
      "emphysema."),
     {LN, PE, EMP}),
    ("eln-29", "en",
     ("Lymph nodes: Mediastinal lymph nodes are stable, the largest a 1.1 cm short axis subcarinal node. "
      "Lungs: Stable 6 mm solid right middle lobe nodule. Mosaic attenuation with air trapping on expiratory "
      "images. Heart: Normal size."),
     {LN, NOD, MOS}),
    ("eln-30", "en",
     ("The pulmonary trunk diameter is increased (34 mm) and both hilar vascular structures are prominent. No "
      "hilar or mediastinal lymphadenopathy. Cardiomegaly. Bilateral interlobular septal thickening and "
      "ground glass densities, which may be compatible with pulmonary edema. Bilateral pleural effusion."),
     {CM, IST, OPA, PE}),
    ("eln-31", "en",
     ("Possible mildly enlarged left hilar node, difficult to separate from the hilar vessels on this "
      "noncontrast study. Bibasilar atelectasis. Nasogastric tube tip in the stomach. Endotracheal tube 4 cm "
      "above the carina."),
     {LN, ATL, MM}),
    ("eln-32", "en",
     ("Lymphadenopathy cannot be excluded in the aortopulmonary window, where there is a 9 mm soft tissue "
      "focus. Small 4 mm left upper lobe nodule. No effusion."),
     {LN, NOD}),
    ("eln-33", "en",
     ("No pathologically enlarged lymph nodes. The lungs are clear. No pleural or pericardial effusion. Heart "
      "size is normal. No hiatal hernia."),
     set()),
    ("eln-34", "en",
     ("Lymph nodes in the mediastinum are not enlarged. Compared with the previous CT, the nodule in right "
      "upper lobe S2 has increased from 8 mm to 12 mm. Mild bronchiectasis in the right middle lobe. "
      "Calcification in the aortic arch."),
     {NOD, BRX, AWC}),
    ("eln-35", "en",
     ("Right axillary lymphadenopathy, the largest node 2.2 x 1.5 cm with loss of its fatty hilum. Left "
      "breast implant. Lungs clear. Mild cardiomegaly."),
     {LN, MM, CM}),
    ("eln-36", "en",
     ("The subcarinal lymph node has decreased in size, now 8 mm in short axis, from 15 mm. The previously "
      "noted right paratracheal node has resolved. The right lower lobe consolidation has resolved, with "
      "residual faint ground-glass opacity."),
     {LN, OPA}),
    ("eln-37", "en",
     ("Stable appearances. No adenopathy. Chronic left lower lobe bronchiectasis and scarring. Moderate hiatus "
      "hernia."),
     {BRX, FIB, HH}),
    ("eln-38", "en",
     ("Multiple lymph nodes, the largest 15x11 mm, were observed in the subcarinal and right hilar regions. "
      "Consolidation areas and ground glass opacities in both lungs, more prominent peripherally, consistent "
      "with viral pneumonia. No pleural effusion."),
     {LN, CON, OPA}),
    ("eln-39", "en",
     ("Known lung adenocarcinoma. Extensive lymphangitic carcinomatosis with thickened interlobular septa in "
      "the left lung. No discrete mediastinal lymphadenopathy. Moderate left pleural effusion. The left upper "
      "lobe primary mass measures 2.8 cm."),
     {IST, PE, NOD}),
    ("eln-40", "en",
     ("Lymph node #4L measuring 9 mm in short axis, borderline. PET is recommended. Pleural effusion is "
      "absent. Slight atelectasis in the lingula."),
     {LN, ATL}),
    ("eln-41", "en",
     ("Moderate calcification of the aortic arch and great vessels. Three-vessel coronary artery "
      "calcification. No lymphadenopathy. Lungs clear."),
     {AWC, CAC}),
    ("eln-42", "en",
     ("Subcentimetre mediastinal lymph nodes, not enlarged by CT criteria. Extensive bilateral ground-glass "
      "opacification with superimposed interlobular septal thickening (crazy paving). Dependent consolidation "
      "in both lower lobes."),
     {OPA, IST, CON}),
    ("eln-43", "en",
     ("Prominent right paratracheal lymph node, 9 mm, not significantly changed. Mild emphysema. Left lower "
      "lobe 7 mm nodule. Right chest wall pacemaker with leads in the right atrium and ventricle."),
     {LN, EMP, NOD, MM}),
    ("eln-44", "en",
     ("Axillary lymph nodes with preserved fatty hila, of normal size and appearance. No mediastinal "
      "lymphadenopathy. Fibrotic bands in the lingula. Minimal pleural thickening on the right."),
     {FIB}),
    ("eln-45", "en",
     ("Mild mediastinal lymphadenopathy, possibly reactive in the setting of heart failure. Cardiomegaly. "
      "Small bilateral pleural effusions. Smooth interlobular septal thickening, likely interstitial edema."),
     {LN, CM, PE, IST}),
    ("eln-46", "en",
     ("Calcified lymph nodes in the subcarinal and bilateral hilar regions, the largest 13 mm, suggesting old "
      "tuberculosis. Calcified nodules and scar in the right upper lobe apex. No active lesion."),
     {LN, NOD, FIB}),
    ("eln-47", "en",
     ("The previously enlarged hilar nodes have returned to normal size. Small residual mediastinal node of "
      "6 mm. Extensive emphysema with bullae in the upper zones."),
     {LN, EMP}),
    ("eln-48", "en",
     ("No lymphadenopathy. Scattered mucoid impaction with bronchiectasis in the upper lobes and bronchial "
      "wall thickening, consistent with ABPA. No pleural effusion."),
     {BRX, PBT}),
    ("eln-49", "en",
     ("Clinical indication: History of Hodgkin lymphoma, evaluate for lymphadenopathy. Findings: No enlarged "
      "lymph nodes at the thoracic inlet, in the mediastinum, hila or axillae. Thymic rebound tissue in the "
      "anterior mediastinum. Lungs clear."),
     set()),
    ("eln-50", "en",
     ("Mediastinal evaluation was limited on this non-contrast study; lymph nodes up to 12 mm in short axis "
      "were observed in the right paratracheal area. The ascending aorta is ectatic (42 mm) with wall "
      "calcifications. Linear atelectasis in the left lower lobe. Hiatal hernia."),
     {LN, AWC, ATL, HH}),
    ("eln-51", "en",
     ("Mild hilar lymphadenopathy. Multifocal nodular consolidation. Loculated right pleural effusion with a "
      "chest tube in the right pleural space."),
     {LN, CON, PE, MM}),
    ("eln-52", "en",
     ("No apparent mass or nodule in the lung fields. Lymph node swelling is not pointed out. No pleural "
      "effusion. Mild coronary artery calcification."),
     {CAC}),
    ("eln-53", "en",
     ("The right lower paratracheal node has increased in size, now 14 mm short axis (previously 8 mm), and "
      "there is a new 11 mm left hilar node. Appearances are suspicious for nodal recurrence. Stable "
      "post-radiotherapy fibrosis in the right upper lobe."),
     {LN, FIB}),
    ("eln-54", "en",
     ("Reactive-appearing mediastinal and hilar lymph nodes, likely related to the pulmonary infection. Patchy "
      "consolidation in the left lower lobe with surrounding ground-glass. Small left parapneumonic "
      "effusion."),
     {LN, CON, OPA, PE}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
