"""Probe: English chest CT reports centred on the mediastinum (US style prose and templated
FINDINGS/IMPRESSION reports): thymoma, thymic hyperplasia and rebound, thymic and bronchogenic cysts,
teratoma and germ cell tumours, lymphoma (bulky nodal masses count as lymphadenopathy), neurogenic
tumours (schwannoma, neurofibroma, ganglioneuroma — not fibrosis), substernal goiter (thyroid nodules
are not lung nodules), esophageal lesions, stents and achalasia, pericardial cysts (not pericardial
effusion), mediastinal lipomatosis, fibrosing mediastinitis (not pulmonary fibrosis), aneurysms with
wall calcification, pneumomediastinum and subcutaneous emphysema (not pulmonary emphysema), Morgagni
hernia (not hiatal hernia) and pulmonary embolism (not pleural effusion), with incidental lung and
cardiac findings, hedges, resolved findings and denials. The reports were written for this file
without looking at the engine's lexicon or cue lists.
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
    ("emd-01", "en",
     ("FINDINGS: There is a 4.2 x 3.1 cm lobulated, homogeneously enhancing soft tissue mass in the "
      "prevascular mediastinum, abutting the ascending aorta with a preserved fat plane. No calcification "
      "within the mass. No mediastinal or hilar lymphadenopathy. The lungs are clear. No pleural or "
      "pericardial effusion. IMPRESSION: Anterior mediastinal mass, most likely thymoma; invasive thymoma "
      "cannot be excluded."),
     set()),
    ("emd-02", "en",
     ("History of Hodgkin lymphoma, status post chemotherapy. The thymus has increased in size compared "
      "with the prior study and now measures 2.1 cm in thickness, preserving its arrowhead shape; this "
      "likely represents thymic rebound hyperplasia. The previously seen bulky anterior mediastinal nodal "
      "mass has resolved, with no residual lymphadenopathy. Right chest port catheter tip terminates at the "
      "cavoatrial junction. Lungs are clear."),
     {MM}),
    ("emd-03", "en",
     ("A 2.8 cm well-circumscribed, thin-walled lesion of fluid attenuation (8 HU) is present in the anterior "
      "mediastinum without an enhancing nodular component, consistent with a thymic cyst. Mild coronary "
      "artery calcification in the left anterior descending artery. Heart size is normal. Minimal dependent "
      "atelectasis at both lung bases. No pleural effusion."),
     {CAC, ATL}),
    ("emd-04", "en",
     ("There is a 6.5 cm heterogeneous anterior mediastinal mass containing fat, fluid and coarse "
      "calcification, compatible with a mature teratoma. The mass exerts mild mass effect on the main "
      "pulmonary artery. Adjacent compressive atelectasis in the lingula. Small left pleural effusion. "
      "No lymphadenopathy."),
     {ATL, PE}),
    ("emd-05", "en",
     ("Bulky conglomerate soft tissue mass in the anterior and middle mediastinum measuring 9.8 x 7.2 cm, "
      "encasing the great vessels without significant narrowing, in keeping with the known diagnosis of "
      "lymphoma. Additional enlarged right paratracheal and subcarinal lymph nodes, the largest 2.4 cm in "
      "short axis. Small bilateral pleural effusions. Small pericardial effusion. No pulmonary consolidation."),
     {LN, PE, PCE}),
    ("emd-06", "en",
     ("Comparison is made to the staging CT from March. Interval resolution of the previously enlarged "
      "mediastinal and bilateral axillary lymph nodes. Residual 1.5 cm soft tissue in the prevascular space "
      "without mass effect, likely post-treatment fibrotic residue. The previously noted pericardial effusion "
      "has resolved. Lungs are clear without nodules. Left subclavian port in place."),
     {MM}),
    ("emd-07", "en",
     ("A 3.4 cm well-defined, round, low-attenuation mass is seen in the right posterior mediastinum at the "
      "level of T6, extending into and widening the adjacent neural foramen, consistent with a neurogenic "
      "tumor, most likely schwannoma. No bony destruction. The lungs are clear. No lymphadenopathy. "
      "Atherosclerotic calcifications of the aortic arch."),
     {AWC}),
    ("emd-08", "en",
     ("Known neurofibromatosis type 1. Multiple bilateral fusiform low-density paravertebral masses along the "
      "intercostal nerves, consistent with plexiform neurofibromas, unchanged. Additional cutaneous "
      "neurofibromas in the chest wall. No pulmonary fibrosis or cystic lung disease. No pleural effusion. "
      "Heart size is normal."),
     set()),
    ("emd-09", "en",
     ("The thyroid gland is markedly enlarged and heterogeneous, with the left lobe extending into the "
      "superior mediastinum to the level of the aortic arch, deviating the trachea to the right without "
      "significant luminal narrowing. Multiple thyroid nodules, some with coarse calcification, the largest "
      "2.7 cm. No lung nodules. No mediastinal lymphadenopathy. Lungs are clear."),
     set()),
    ("emd-10", "en",
     ("Substernal extension of a multinodular goiter into the right paratracheal region. A 5 mm solid nodule "
      "in the right lower lobe (series 3, image 142). Mild centrilobular emphysema in the upper lobes. "
      "Calcified atherosclerotic plaque along the aortic arch and in the coronary arteries. No pleural effusion."),
     {NOD, EMP, AWC, CAC}),
    ("emd-11", "en",
     ("The esophagus is diffusely dilated up to 5.2 cm and filled with fluid and debris, with an air-fluid "
      "level and smooth tapering at the gastroesophageal junction (bird's beak), consistent with achalasia. "
      "Patchy consolidation with a tree-in-bud pattern in the dependent right lower lobe, likely aspiration. "
      "No hiatal hernia. No pleural effusion."),
     {CON}),
    ("emd-12", "en",
     ("Circumferential wall thickening of the distal thoracic esophagus over a length of 6 cm, maximal "
      "thickness 1.6 cm, consistent with the known esophageal carcinoma. Enlarged periesophageal lymph node "
      "measuring 1.3 cm in short axis. Small hiatal hernia. No pulmonary nodules to suggest metastases. "
      "Bilateral lower lobe bronchial wall thickening."),
     {LN, HH, PBT}),
    ("emd-13", "en",
     ("Status post placement of a self-expanding metallic esophageal stent across the mid-esophageal tumor, "
      "in expected position and widely patent. No mediastinal fluid collection or free air to suggest "
      "perforation. Small right pleural effusion with adjacent passive atelectasis. The nasogastric tube has "
      "been removed."),
     {MM, PE, ATL}),
    ("emd-14", "en",
     ("A 4.0 cm thin-walled, unilocular, water-attenuation cyst is seen in the right cardiophrenic angle, "
      "unchanged from 2019, consistent with a pericardial cyst. No pericardial effusion or thickening. "
      "The heart is normal in size. Lungs are clear. No lymphadenopathy."),
     set()),
    ("emd-15", "en",
     ("Incidental 3 cm pericardial cyst at the right cardiophrenic angle. Separately, there is a small "
      "pericardial effusion measuring up to 9 mm anterior to the right ventricle. Mild cardiomegaly. "
      "Bilateral interlobular septal thickening and small bilateral pleural effusions, suggestive of mild "
      "interstitial edema."),
     {PCE, CM, IST, PE}),
    ("emd-16", "en",
     ("Extensive homogeneous fat deposition widening the superior mediastinum without mass effect on the "
      "trachea or vessels, consistent with mediastinal lipomatosis in this patient on long-term "
      "corticosteroids. Prominent epicardial and paracardiac fat. Lipomatous hypertrophy of the interatrial "
      "septum. No lymphadenopathy. The lungs are clear. No pleural effusion."),
     set()),
    ("emd-17", "en",
     ("Infiltrative, partially calcified soft tissue in the subcarinal and right hilar regions encases and "
      "narrows the right pulmonary artery and bronchus intermedius, compatible with fibrosing mediastinitis, "
      "likely sequela of prior histoplasmosis. Mosaic attenuation in the right lung, likely related to "
      "decreased perfusion. Several calcified granulomas in the spleen. No pulmonary fibrosis."),
     {MOS}),
    ("emd-18", "en",
     ("Mediastinal fibrosis with a calcified mass in the right paratracheal region causing severe narrowing "
      "of the superior vena cava, with multiple chest wall collaterals. Right middle lobe atelectasis due to "
      "bronchial compression. No pleural effusion. Heart size is normal."),
     {ATL}),
    ("emd-19", "en",
     ("Fusiform aneurysm of the descending thoracic aorta measuring up to 5.6 cm, with circumferential mural "
      "thrombus and peripheral curvilinear wall calcification. No periaortic stranding or hematoma. Moderate "
      "coronary artery calcification. Heart size is at the upper limits of normal. Bibasilar subsegmental "
      "atelectasis."),
     {AWC, CAC, ATL}),
    ("emd-20", "en",
     ("Saccular aneurysm of the distal aortic arch measuring 4.1 cm, with dense calcification of its wall, "
      "stable compared with 2021. Extensive atherosclerotic calcification of the thoracic aorta and the "
      "origins of the great vessels. Moderate paraseptal and centrilobular emphysema. A 7 mm solid nodule in "
      "the left upper lobe; follow-up is recommended. No lymphadenopathy."),
     {AWC, EMP, NOD}),
    ("emd-21", "en",
     ("Extensive pneumomediastinum tracking along the tracheobronchial tree into the lower neck, with "
      "subcutaneous emphysema in the supraclavicular regions and anterior chest wall. No pneumothorax. "
      "No evidence of esophageal perforation; no extraluminal contrast. The lungs show no emphysema. "
      "Mild peribronchial thickening, in keeping with the history of asthma exacerbation."),
     {PBT}),
    ("emd-22", "en",
     ("Spontaneous pneumomediastinum, with air dissecting along the bronchovascular bundles (Macklin effect). "
      "Subcutaneous emphysema of the neck. No pneumopericardium. The lungs are otherwise clear. Heart size "
      "is normal. No pleural or pericardial effusion."),
     set()),
    ("emd-23", "en",
     ("Following forceful vomiting, there is pneumomediastinum with a periesophageal fluid collection at the "
      "distal esophagus and extraluminal oral contrast extending into the left pleural space, concerning for "
      "Boerhaave syndrome. Moderate left hydropneumothorax. Left lower lobe consolidation. Nasogastric tube "
      "terminates in the stomach."),
     {PE, CON, MM}),
    ("emd-24", "en",
     ("TECHNIQUE: CT chest with IV contrast. FINDINGS: Mediastinum: The thymus is fatty replaced, appropriate "
      "for age. No mediastinal, hilar or axillary lymphadenopathy. The esophagus is unremarkable. Heart and "
      "pericardium: Normal heart size. No pericardial effusion. Lungs and airways: Clear. No nodules. "
      "Pleura: No effusion or pneumothorax. IMPRESSION: No acute or significant abnormality."),
     set()),
    ("emd-25", "en",
     ("MEDIASTINUM: The thymus is diffusely enlarged with preserved triangular shape, consistent with thymic "
      "hyperplasia in this patient with Graves disease. The thyroid is diffusely enlarged. LYMPH NODES: "
      "Subcentimeter mediastinal lymph nodes, not pathologically enlarged. LUNGS: A 3 mm perifissural nodule "
      "along the right minor fissure, likely an intrapulmonary lymph node. PLEURA: No effusion. HEART: Normal "
      "size. No coronary calcification."),
     {NOD}),
    ("emd-26", "en",
     ("History of myasthenia gravis, status post thymectomy. Median sternotomy wires and surgical clips in the "
      "anterior mediastinum. No soft tissue in the thymic bed to suggest recurrence. No pleural drop "
      "metastases. No pleural effusion. Minimal linear scarring in the lingula."),
     {MM, FIB}),
    ("emd-27", "en",
     ("Large lobulated anterior mediastinal mass invading the adjacent mediastinal fat, with multiple nodular "
      "pleural implants along the left hemithorax, consistent with invasive thymoma with drop metastases "
      "(Masaoka stage IVa). Moderate left pleural effusion. Passive atelectasis of the left lower lobe. "
      "No enlarged lymph nodes."),
     {PE, ATL}),
    ("emd-28", "en",
     ("An infiltrative 7.3 cm anterior mediastinal mass with necrotic components encases the left "
      "brachiocephalic vein, suspicious for thymic carcinoma. Enlarged prevascular and left supraclavicular "
      "lymph nodes up to 1.8 cm. Multiple bilateral pulmonary nodules up to 1.2 cm, consistent with "
      "metastases. Small pericardial effusion."),
     {LN, NOD, PCE}),
    ("emd-29", "en",
     ("A 3.2 cm well-circumscribed subcarinal lesion of homogeneous 35 HU attenuation without enhancement, most "
      "consistent with a bronchogenic cyst containing proteinaceous fluid. No bronchiectasis. "
      "No lymphadenopathy. Lungs are clear. Small sliding hiatal hernia."),
     {HH}),
    ("emd-30", "en",
     ("Fat-containing Morgagni hernia in the right anterior cardiophrenic angle, containing omentum. "
      "No hiatal hernia. A tubular fluid-density lesion adjacent to the distal esophagus likely represents an "
      "esophageal duplication cyst. Heart size is normal. The lung bases are clear."),
     set()),
    ("emd-31", "en",
     ("Multiloculated cystic lesion in the superior mediastinum insinuating between the vessels without mass "
      "effect, likely a cystic lymphangioma. No lymphadenopathy. No pleural or pericardial effusion. "
      "Mild bronchiectasis in the right middle lobe."),
     {BRX}),
    ("emd-32", "en",
     ("Bilateral symmetric hilar and right paratracheal lymphadenopathy, with nodes measuring up to 2.2 cm. "
      "Perilymphatic micronodules along the bronchovascular bundles and fissures in the upper lobes. "
      "Mild peribronchovascular fibrosis with upper lobe volume loss. Findings are compatible with "
      "sarcoidosis. No pleural effusion."),
     {LN, NOD, FIB}),
    ("emd-33", "en",
     ("Solitary, avidly enhancing 4.5 cm mass in the right hilum and middle mediastinum, representing a "
      "markedly enlarged lymph node; unicentric Castleman disease is a consideration. No additional "
      "lymphadenopathy. Lungs are clear. Coronary artery calcification is noted. Aortic valve calcification."),
     {LN, CAC}),
    ("emd-34", "en",
     ("Mildly prominent subcarinal lymph node measuring 10 mm in short axis; early lymphadenopathy cannot be "
      "excluded in the setting of known lymphoma. The previously described anterior mediastinal mass is "
      "significantly smaller. Postradiation fibrosis in the paramediastinal upper lobes bilaterally, with "
      "traction bronchiectasis. No pleural effusion."),
     {LN, FIB, BRX}),
    ("emd-35", "en",
     ("Status post mediastinal radiation for Hodgkin lymphoma. Paramediastinal consolidation with sharp "
      "linear margins not conforming to anatomic boundaries, with early fibrotic change and volume loss, "
      "consistent with radiation injury. Mild pericardial thickening. Dense calcification of the coronary "
      "arteries, premature for age. No lymphadenopathy."),
     {CON, FIB, PCE, CAC}),
    ("emd-36", "en",
     ("Soft tissue nodularity in the anterior mediastinum measuring 1.8 cm; this may represent residual "
      "thymus or a small thymoma. Follow-up CT in 6 months is recommended. Patchy ground-glass opacities in "
      "both lower lobes, likely infectious or inflammatory. No consolidation. No pleural effusion."),
     {OPA}),
    ("emd-37", "en",
     ("Retrosternal goiter extending to the carina, markedly compressing the trachea to a coronal diameter of "
      "7 mm. The thyroid contains multiple hypodense nodules. Moderate cardiomegaly. Small bilateral pleural "
      "effusions, right greater than left. Smooth interlobular septal thickening at the lung bases."),
     {CM, PE, IST}),
    ("emd-38", "en",
     ("Large paraesophageal hiatal hernia with an intrathoracic stomach and organoaxial rotation, without signs "
      "of obstruction. Adjacent compressive atelectasis of the left lower lobe. Calcified plaques in the "
      "descending aorta. No pleural effusion. A 4 mm nodule in the right upper lobe, unchanged since 2020, "
      "is considered benign."),
     {HH, ATL, AWC, NOD}),
    ("emd-39", "en",
     ("Status post Ivor Lewis esophagectomy with gastric pull-through in the posterior mediastinum. Surgical "
      "anastomotic staples in the right upper chest. The neoesophagus is mildly distended with fluid, without "
      "evidence of leak. No hiatal hernia. Small right pleural effusion, decreased. Linear atelectasis at the "
      "right base. No recurrent lymphadenopathy."),
     {MM, PE, ATL}),
    ("emd-40", "en",
     ("Smoothly marginated 2.5 cm homogeneous soft tissue mass arising from the wall of the mid-esophagus, "
      "most consistent with a leiomyoma. No periesophageal lymphadenopathy. LUNGS: Mild centrilobular "
      "emphysema; no nodules. HEART: Coronary calcifications in the LAD and RCA. Normal heart size. "
      "No pleural or pericardial effusion."),
     {EMP, CAC}),
    ("emd-41", "en",
     ("Filling defects in the bilateral lower lobe segmental pulmonary arteries, consistent with acute "
      "pulmonary embolism. The RV/LV ratio is 0.9. Wedge-shaped peripheral consolidation in the right lower "
      "lobe, suspicious for pulmonary infarct. No pleural effusion. Mediastinal lymph nodes are not enlarged. "
      "Incidental 2 cm thymic cyst."),
     {CON}),
    ("emd-42", "en",
     ("Known diffuse large B-cell lymphoma. The anterior mediastinal nodal mass has decreased from 8.1 to "
      "3.4 cm. Persistently enlarged left internal mammary lymph node, 1.1 cm. Mild cardiomegaly; a "
      "pericardial effusion is no longer seen. Right internal jugular port catheter. Mild bilateral "
      "ground-glass opacities; drug-related pneumonitis cannot be excluded."),
     {LN, CM, MM, OPA}),
    ("emd-43", "en",
     ("Elongated, vertically oriented 7 cm left paravertebral posterior mediastinal mass with fine punctate "
      "calcifications spanning T4 to T9, most consistent with ganglioneuroma; neuroblastoma is less likely. "
      "Mild rightward mediastinal shift. Adjacent compressive atelectasis of the left lower lobe. No pleural "
      "effusion. No lymph node enlargement."),
     {ATL}),
    ("emd-44", "en",
     ("Prior CABG with median sternotomy wires and surgical clips along the left internal mammary artery "
      "graft. Extensive coronary artery calcifications. Cardiomegaly with left ventricular enlargement. "
      "Small pericardial effusion. Mild mediastinal lipomatosis. Small bilateral pleural effusions with "
      "bibasilar atelectasis."),
     {MM, CAC, CM, PCE, PE, ATL}),
    ("emd-45", "en",
     ("No anterior mediastinal mass; the thymus is involuted. No lymphadenopathy. No pneumomediastinum. "
      "No pericardial effusion. No thoracic aortic aneurysm or vascular calcification. The lungs are clear "
      "without nodules, consolidation or ground-glass opacity. No pleural effusion."),
     set()),
    ("emd-46", "en",
     ("Follow-up of pneumomediastinum after intubation. The pneumomediastinum and subcutaneous emphysema have "
      "completely resolved. The endotracheal tube has been removed. The previously seen right lower lobe "
      "consolidation has resolved, with residual linear scarring. The left pleural effusion has resolved."),
     {FIB}),
    ("emd-47", "en",
     ("Acute mediastinitis following sternotomy: a 5.1 x 3.0 cm collection of fluid and gas in the anterior "
      "mediastinum deep to the sternotomy wires. Stranding of the mediastinal fat. Reactive mediastinal lymph "
      "nodes up to 1.2 cm. Bilateral pleural effusions. Mild pericardial thickening and enhancement."),
     {MM, LN, PE, PCE}),
    ("emd-48", "en",
     ("LUNGS AND AIRWAYS: Mosaic attenuation with air trapping on expiratory images, suggestive of small "
      "airways disease. Cylindrical bronchiectasis in the lower lobes with bronchial wall thickening. "
      "MEDIASTINUM: Small anterior mediastinal cyst, likely thymic in origin, stable. HEART: Normal size; "
      "no pericardial effusion. VESSELS: Normal caliber thoracic aorta without calcification. PLEURA: Normal."),
     {MOS, BRX, PBT}),
    ("emd-49", "en",
     ("A 2.6 cm oval, heterogeneously enhancing mass in the aortopulmonary window, separate from the "
      "esophagus, may represent a vagus nerve schwannoma. No mediastinal or hilar lymph node enlargement. "
      "Scattered calcifications in the aortic arch. Mild subpleural reticulation at the lung bases without "
      "honeycombing."),
     {AWC, FIB}),
    ("emd-50", "en",
     ("Cardiomegaly with biatrial enlargement. Moderate pericardial effusion. Enlarged mediastinal lymph "
      "nodes, probably reactive to heart failure, the largest 13 mm in the pretracheal station. Smooth "
      "interlobular septal thickening and bilateral ground-glass opacities, compatible with pulmonary edema. "
      "Moderate bilateral pleural effusions."),
     {CM, PCE, LN, IST, OPA, PE}),
    ("emd-51", "en",
     ("Homogeneous lobulated 8 cm anterior mediastinal mass in a 28-year-old man without calcification or fat, "
      "suspicious for seminoma. Enlarged right paratracheal nodes up to 1.5 cm. A 9 mm nodule in the left "
      "lower lobe, possibly a metastasis. No pleural effusion."),
     {LN, NOD}),
    ("emd-52", "en",
     ("Status post Heller myotomy and fundoplication for achalasia. The esophagus remains mildly dilated, "
      "measuring 3.2 cm, without an air-fluid level. The fundoplication wrap is intact, with no recurrent "
      "hiatal hernia. The lungs are clear, with no evidence of aspiration."),
     set()),
    ("emd-53", "en",
     ("A 5.4 cm spiculated mass in the left upper lobe directly invades the mediastinal fat and abuts the "
      "aortic arch. Ipsilateral hilar and subaortic lymphadenopathy. Post-obstructive consolidation of the "
      "apicoposterior segment. Small left pleural effusion. Mild calcification of the aortic wall."),
     {LN, CON, PE, AWC}),
    ("emd-54", "en",
     ("Diffuse pericardial thickening up to 6 mm with dense pericardial calcification along the "
      "atrioventricular groove, in keeping with constrictive pericarditis in the appropriate clinical setting. "
      "Dilated IVC and azygos vein. Small bilateral pleural effusions. The heart is not enlarged."),
     {PCE, PE}),
]

OPEN: dict[tuple[str, str], str] = {
    ('emd-06', FIB): 'post-treatment fibrotic residue of mediastinal soft tissue read as lung fibrosis',
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
