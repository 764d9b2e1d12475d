"""Probe: English chest CT reports written by radiologists in mainland China, Taiwan or Hong Kong,
with the phrasing typical of Chinese-English reports ("Patchy shadows are seen in the right lower
lobe", "Nodular high density shadow", "Strip-like shadows" for fibrous stripes, "No enlarged lymph
nodes are seen in the mediastinum", "Bilateral pleural effusion is not seen", "The bronchi are
unobstructed", "Heart shadow is enlarged", "Calcification of the aortic wall", "ground glass density
shadow", "Consider inflammation, please combine with clinical", "Suggest follow-up review", numbered
impression lines, "Compared with the previous film, the lesion is absorbed" for resolved findings and
"partly absorbed" for findings still present), mixed with negative controls (no obvious abnormal
density shadow, thyroid and liver lesions, pleural thickening without effusion, increased lung
markings). The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("ecn-01", "en",
     ("Patchy shadows are seen in the right lower lobe with blurred margins. The bronchi are unobstructed. "
      "No enlarged lymph nodes are seen in the mediastinum. Bilateral pleural effusion is not seen. "
      "Impression: Right lower lobe inflammation, please combine with clinical."),
     {OPA}),
    ("ecn-02", "en",
     ("The transparency of both lungs is increased and the lung markings are sparse. Multiple bullae are seen "
      "in both upper lobes. The bronchial walls are thickened. Heart shadow is not enlarged. "
      "Impression: 1. Chronic bronchitis, emphysema. 2. Bullae in both upper lobes."),
     {EMP, PBT}),
    ("ecn-03", "en",
     ("A nodular high density shadow about 6 mm is seen in the apical segment of the left upper lobe, with "
      "clear margin. Calcification of the aortic wall. No pleural effusion is seen. "
      "Impression: Small nodule in the left upper lobe, suggest follow-up review."),
     {NOD, AWC}),
    ("ecn-04", "en",
     ("Strip-like shadows are seen in the lingular segment of the left upper lobe and the right middle lobe, "
      "consider fibrous foci. The mediastinum is centered. No enlarged lymph nodes are seen. "
      "Heart shadow is not enlarged."),
     {FIB}),
    ("ecn-05", "en",
     ("Compared with the previous film dated 2023-03-12, the patchy shadows in the left lower lobe are absorbed. "
      "No new lesion is seen. A few fibrous stripes remain in the left lower lobe. "
      "Impression: Left lower lobe inflammation is absorbed, residual fibrous foci."),
     {FIB}),
    ("ecn-06", "en",
     ("Compared with the previous film, the consolidation in the right lower lobe is partly absorbed, with "
      "residual patchy ground glass density shadow around it. A small amount of right pleural effusion is seen. "
      "Suggest follow-up review after treatment."),
     {CON, OPA, PE}),
    ("ecn-07", "en",
     ("Both lungs are clear and no obvious abnormal density shadow is seen in the lung parenchyma. "
      "The trachea and bronchi are unobstructed. The mediastinum is centered, no enlarged lymph nodes are seen. "
      "Heart shadow and great vessels are normal. No pleural effusion or pleural thickening. "
      "Impression: No obvious abnormality in chest CT scan."),
     set()),
    ("ecn-08", "en",
     ("A low density nodule about 12 mm is seen in the right lobe of the thyroid gland. No abnormal density "
      "shadow is seen in both lungs. No enlarged lymph nodes are seen in the mediastinum and bilateral hila. "
      "Impression: Right thyroid nodule, suggest ultrasound examination."),
     set()),
    ("ecn-09", "en",
     ("No obvious abnormal density shadow is seen in both lungs, no nodule is found. "
      "A round low density shadow is seen in the right lobe of the liver, consider liver cyst. "
      "Several punctate calcified foci are seen in the spleen. Please combine with abdominal ultrasound."),
     set()),
    ("ecn-10", "en",
     ("The left pleura is thickened and adhesive with calcification. No pleural effusion is seen. "
      "Strip-like high density shadows are seen in the left lower lobe adjacent to the pleura. "
      "Impression: Old lesions of the left pleura, fibrous foci in the left lower lobe."),
     {FIB}),
    ("ecn-11", "en",
     ("Heart shadow is enlarged, mainly the left ventricle. A small amount of pericardial effusion is seen. "
      "Bilateral pleural effusion with compressive atelectasis of both lower lobes. "
      "The interlobular septa are thickened. Consider cardiac insufficiency, please combine with clinical."),
     {CM, PCE, PE, ATL, IST}),
    ("ecn-12", "en",
     ("Calcification of the coronary arteries is seen, mainly in the left anterior descending branch. "
      "Calcification of the aortic wall. Heart shadow is not enlarged. No pericardial effusion is seen. "
      "No abnormal density shadow in both lungs."),
     {CAC, AWC}),
    ("ecn-13", "en",
     ("Part of the stomach is seen above the diaphragm through the esophageal hiatus, consider hiatal hernia. "
      "The esophageal wall is not thickened. No abnormal density shadow is seen in both lungs. "
      "Bilateral pleural effusion is not seen."),
     {HH}),
    ("ecn-14", "en",
     ("A mass shadow about 4.5 cm x 3.8 cm is seen at the right upper lobe hilum with lobulation and spiculation, "
      "and the right upper lobe bronchus is obstructed. Obstructive atelectasis of the right upper lobe. "
      "Multiple enlarged lymph nodes are seen in the mediastinum and right hilum, the larger one about 18 mm "
      "in short diameter. Impression: Central lung cancer of the right upper lobe with lymph node metastasis, "
      "please combine with bronchoscopy."),
     {ATL, LN}),
    ("ecn-15", "en",
     ("Several small lymph nodes are seen in the mediastinum, the largest about 8 mm in short diameter. "
      "A solid nodule about 5 mm is seen in the posterior segment of the right upper lobe. "
      "The bronchi are unobstructed. Suggest follow-up review in 12 months."),
     {LN, NOD}),
    ("ecn-16", "en",
     ("Lymph nodes are visible in the mediastinum, not enlarged. Linear high density shadow is seen in the "
      "right middle lobe, consider linear atelectasis. No pleural effusion is seen."),
     {ATL}),
    ("ecn-17", "en",
     ("The bronchi of the left lower lobe are dilated in a cylindrical shape with thickened walls, and small "
      "patchy shadows are seen around them. Impression: Bronchiectasis of the left lower lobe with infection, "
      "please combine with clinical."),
     {BRX, PBT, OPA}),
    ("ecn-18", "en",
     ("Tree-in-bud signs are seen in the posterior segment of the right upper lobe, consider bronchiolitis. "
      "No consolidation is seen. A calcified nodule about 4 mm is seen in the left upper lobe, consider old "
      "tuberculosis."),
     {NOD}),
    ("ecn-19", "en",
     ("Multiple nodular and strip-like shadows with calcification are seen in the apicoposterior segment of "
      "the left upper lobe. Impression: Secondary pulmonary tuberculosis of the left upper lobe, mainly "
      "proliferative and calcified foci. Suggest follow-up review."),
     {NOD, FIB}),
    ("ecn-20", "en",
     ("Multiple ground glass density shadows are seen under the pleura of both lungs, with thickened interlobular "
      "septa inside them, showing crazy paving sign. No pleural effusion. Consider viral pneumonia, please "
      "combine with clinical and nucleic acid test."),
     {OPA, IST}),
    ("ecn-21", "en",
     ("Compared with the previous film dated 2022-12-28, the ground glass shadows in both lower lobes are mostly "
      "absorbed, and a few residual faint ground glass shadows remain. A few strip-like shadows are newly seen "
      "in the subpleural area. Suggest follow-up review."),
     {OPA, FIB}),
    ("ecn-22", "en",
     ("Postoperative changes of right upper lobectomy, and metal suture shadow is seen at the bronchial stump. "
      "The right pleura is thickened. No pleural effusion is seen. No nodule is seen in the remaining lung. "
      "No enlarged lymph nodes are seen in the mediastinum."),
     {MM}),
    ("ecn-23", "en",
     ("A pacemaker is seen in the left anterior chest wall with the leads in the right atrium and right "
      "ventricle. Heart shadow is enlarged. Calcification of the aortic arch. No pericardial effusion."),
     {MM, CM, AWC}),
    ("ecn-24", "en",
     ("Tracheal intubation is in place, the tip is above the carina. Patchy consolidation shadows with air "
      "bronchogram are seen in both lower lobes. Bilateral pleural effusion with compressive atelectasis of the "
      "adjacent lung tissue. Impression: Bilateral lower lobe pneumonia, please combine with clinical."),
     {MM, CON, PE, ATL}),
    ("ecn-25", "en",
     ("Heart shadow is not enlarged. No pericardial effusion. No calcification of the coronary arteries is seen. "
      "The aorta is not widened. Slightly increased density is seen in the dependent parts of both lower lobes, "
      "considered hypostatic change."),
     {OPA}),
    ("ecn-26", "en",
     ("Both lungs show mosaic perfusion, and air trapping is seen on the expiratory scan, consider small airway "
      "disease. The bronchial walls are slightly thickened. No bronchiectasis is seen."),
     {MOS, PBT}),
    ("ecn-27", "en",
     ("Reticular and honeycomb shadows are seen under the pleura of both lower lobes, with traction "
      "bronchiectasis. Ground glass shadows are not obvious. No pleural effusion. "
      "Impression: Interstitial pneumonia of both lungs, UIP pattern, please combine with clinical."),
     {FIB, BRX}),
    ("ecn-28", "en",
     ("There is a 2.1 cm spiculated nodule in the right upper lobe, suspicious of malignancy. "
      "Emphysematous changes are seen in both upper lobes. No hilar or mediastinal lymphadenopathy. "
      "No pleural effusion. PET-CT is suggested."),
     {NOD, EMP}),
    ("ecn-29", "en",
     ("Impression: 1. Bilateral lung emphysema. 2. Atherosclerosis of aorta with calcification. "
      "3. Cardiomegaly is not noted. 4. No lymphadenopathy in mediastinum."),
     {EMP, AWC}),
    ("ecn-30", "en",
     ("Compared with the previous film, the nodule in the right lower lobe has disappeared. No nodular shadow is "
      "seen in both lungs at present. The bronchi are unobstructed. No enlarged lymph nodes are seen."),
     set()),
    ("ecn-31", "en",
     ("A small patchy faint shadow is seen in the basal segment of the left lower lobe, inflammation cannot be "
      "excluded. Suggest follow-up review after anti-inflammatory treatment. No pleural effusion."),
     {OPA}),
    ("ecn-32", "en",
     ("The volume of the right middle lobe is reduced with a high density shadow, consider atelectasis. "
      "The right middle lobe bronchus is narrowed. Suggest bronchoscopy."),
     {ATL}),
    ("ecn-33", "en",
     ("Calcified plaques are seen in the wall of the aorta and the coronary arteries. A stent shadow is seen in the "
      "left anterior descending coronary artery. Heart shadow is not enlarged. No abnormal density in both lungs."),
     {AWC, CAC, MM}),
    ("ecn-34", "en",
     ("Heart shadow is not large. The pericardium is thickened. No pleural effusion is seen. "
      "No abnormal density shadow is seen in both lungs."),
     {PCE}),
    ("ecn-35", "en",
     ("The esophagus is slightly dilated, no hiatal hernia is seen. A small amount of left pleural effusion is "
      "seen. No enlarged lymph nodes are seen in the mediastinum."),
     {PE}),
    ("ecn-36", "en",
     ("History of right pneumonia. Compared with the previous film, the patchy shadows in the right lower lobe are "
      "completely absorbed. At present no obvious abnormal density shadow is seen in both lungs. "
      "Impression: Right lower lobe inflammation is absorbed."),
     set()),
    ("ecn-37", "en",
     ("Clinical information: cough for 2 weeks, to exclude pneumonia and lung nodule. "
      "No obvious abnormal density shadow is seen in both lungs. The bronchi are unobstructed. "
      "Heart shadow and mediastinum are normal."),
     set()),
    ("ecn-38", "en",
     ("Multiple small nodules are seen in both lungs, the largest about 4 mm, consider inflammatory granulomas, "
      "suggest annual review. Emphysema is seen in both upper lobes. A bulla is seen in the right lung apex."),
     {NOD, EMP}),
    ("ecn-39", "en",
     ("A soft tissue density mass about 2.5 cm x 2.0 cm is seen in the left lower lobe with lobulated margin, "
      "consider peripheral lung cancer. Enlarged lymph nodes are seen in the left hilum. "
      "Left pleural effusion is not seen."),
     {NOD, LN}),
    ("ecn-40", "en",
     ("The lung markings of both lungs are increased and disordered. The bilateral hila are not enlarged. "
      "Enlarged lymph nodes are not found in the mediastinum. Impression: Chronic bronchitis, please combine "
      "with clinical."),
     set()),
    ("ecn-41", "en",
     ("Consolidation is seen in the right upper lobe with air bronchogram, consider lobar pneumonia. "
      "A small amount of effusion is seen in the right pleural cavity. Enlarged lymph nodes are not seen."),
     {CON, PE}),
    ("ecn-42", "en",
     ("Right pleural effusion after drainage, and the drainage tube is seen in the right pleural cavity. "
      "The effusion is decreased compared with before. Partial compressive atelectasis of the right lower lobe."),
     {MM, PE, ATL}),
    ("ecn-43", "en",
     ("A central venous catheter is seen with the tip in the superior vena cava. Heart shadow is enlarged. "
      "Calcification of the aortic wall. Interlobular septal thickening is seen in both lower lobes."),
     {MM, CM, AWC, IST}),
    ("ecn-44", "en",
     ("Compared with the previous film, the left pleural effusion is absorbed and the atelectasis of the left "
      "lower lobe is re-expanded. The left pleura is still thickened. No new lesion is seen."),
     set()),
    ("ecn-45", "en",
     ("The bronchial walls of both lower lobes are thickened, with mucus plugs in some bronchi. "
      "Bronchiectasis is not seen. No consolidation."),
     {PBT}),
    ("ecn-46", "en",
     ("Sternal wires are seen after CABG. Calcification of the coronary arteries. No pericardial effusion. "
      "A small amount of bilateral pleural effusion is seen."),
     {MM, CAC, PE}),
    ("ecn-47", "en",
     ("No emphysema or bulla is seen. Both lung fields are clear. The aortic arch is tortuous, no calcification "
      "is seen. Heart shadow is not enlarged."),
     set()),
    ("ecn-48", "en",
     ("A small calcified nodule about 3 mm is seen in the right middle lobe, consider calcified granuloma. "
      "A low density nodule is seen in the liver. Gallbladder stone."),
     {NOD}),
    ("ecn-49", "en",
     ("Mild cardiomegaly. Small pericardial effusion. No pleural effusion. Prominent mediastinal nodes measuring "
      "up to 9 mm in short axis, not reaching pathological size."),
     {CM, PCE, LN}),
    ("ecn-50", "en",
     ("Multiple thin-walled cystic lucent shadows are seen under the pleura of both upper lobes, consider "
      "paraseptal emphysema. The bronchi in the right lower lobe are dilated in a clustered cystic shape."),
     {EMP, BRX}),
    ("ecn-51", "en",
     ("Compared with the previous film, the patchy consolidation in the left lower lobe is partly absorbed. "
      "The left pleural effusion is absorbed. Suggest follow-up review."),
     {CON}),
    ("ecn-52", "en",
     ("Hiatal hernia is not seen. The lower segment of the esophageal wall is thickened, suggest gastroscopy. "
      "Strip-like fibrous foci are seen in the right middle lobe."),
     {FIB}),
    ("ecn-53", "en",
     ("The main pulmonary artery is mildly widened, no filling defect is seen. Heart shadow is enlarged, mainly "
      "the right ventricle. Mosaic attenuation is not seen."),
     {CM}),
    ("ecn-54", "en",
     ("Interlobular septal thickening with beaded appearance is seen in the right lung, consider lymphangitic "
      "carcinomatosis. The right hilar lymph nodes are enlarged. Right pleural effusion."),
     {IST, LN, PE}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
