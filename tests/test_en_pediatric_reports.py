"""Probe: English pediatric and young-adult chest CT reports in the style of US children's
hospitals: normal and prominent thymus (a normal thymus is neither lymphadenopathy nor a mass),
thymic rebound after chemotherapy, cystic fibrosis (bronchiectasis, mucus plugging, bronchial wall
thickening, mosaic attenuation), round pneumonia, congenital lung lesions (CPAM, sequestration,
bronchogenic cyst, congenital diaphragmatic hernia), pectus excavatum with Nuss bars, post-Fontan and
other cardiac repairs with sternal wires, lymphoma staging in adolescents, oncology surveillance for
metastases (Wilms tumor, osteosarcoma: tiny and calcified nodules), central lines and ports, airway
foreign bodies, and look-alike negative controls ("No PE" meaning pulmonary embolism, subcutaneous
emphysema, Bochdalek hernia, thyroid nodule, intrapulmonary lymph nodes, metallic foreign body).
The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("eped-01", "en",
     ("Indication: persistent cough. The thymus is normal in size and configuration for age, with "
      "homogeneous soft-tissue attenuation and gently convex margins, and should not be mistaken for an "
      "anterior mediastinal mass or lymphadenopathy. No mediastinal or hilar lymphadenopathy. The lungs are "
      "clear without consolidation, nodule, or pleural effusion. Heart size is normal."),
     set()),
    ("eped-02", "en",
     ("History of cystic fibrosis, annual surveillance. Diffuse cylindrical bronchiectasis, upper lobe "
      "predominant, with bronchial wall thickening and scattered mucus plugging in the right upper lobe and "
      "lingula. Tree-in-bud opacities in the right lower lobe. Mosaic attenuation, with air trapping "
      "confirmed on expiratory images. No consolidation or pleural effusion. Right arm PICC with tip at the "
      "cavoatrial junction."),
     {BRX, PBT, MOS, MM}),
    ("eped-03", "en",
     ("Cystic fibrosis, pulmonary exacerbation. Compared with 2022, there is progression of varicoid "
      "bronchiectasis in both upper lobes, with new mucoid impaction in the left upper lobe. Peribronchial "
      "thickening is unchanged. A small focus of consolidation in the right middle lobe may represent "
      "superimposed infection. Mildly enlarged hilar lymph nodes, likely reactive, the right hilar node "
      "measuring 12 mm in short axis. No pneumothorax."),
     {BRX, PBT, CON, LN}),
    ("eped-04", "en",
     ("CF, newly diagnosed by newborn screen, baseline CT at age 3. Mild bronchial wall thickening in the "
      "lower lobes without frank bronchiectasis. No mucus plugging. No mosaic attenuation on expiratory "
      "imaging. Lungs otherwise clear."),
     {PBT}),
    ("eped-05", "en",
     ("6-year-old with fever and cough, rule out mass. There is a 3.5 cm rounded area of consolidation in "
      "the superior segment of the left lower lobe with air bronchograms and ill-defined margins, most "
      "consistent with round pneumonia rather than a mass. Small adjacent left pleural effusion. No "
      "lymphadenopathy. Recommend follow-up radiograph after treatment to document resolution."),
     {CON, PE}),
    ("eped-06", "en",
     ("Follow-up of round pneumonia. The previously seen rounded consolidation in the right lower lobe has "
      "resolved. Minimal residual linear atelectasis at the site. No pleural effusion. No pulmonary "
      "nodules."),
     {ATL}),
    ("eped-07", "en",
     ("Prenatally diagnosed lung lesion. Multicystic lesion in the right lower lobe measuring 4.2 x 3.1 cm, "
      "the largest cyst measuring 1.8 cm, consistent with congenital pulmonary airway malformation (CPAM). "
      "No systemic arterial supply identified. Mild mass effect on the right middle lobe with subsegmental "
      "atelectasis. No pleural effusion."),
     {ATL}),
    ("eped-08", "en",
     ("CTA chest for suspected sequestration. A 3.8 cm heterogeneous soft-tissue lesion with internal cystic "
      "components in the posterior basal segment of the left lower lobe is supplied by an anomalous artery "
      "arising from the descending thoracic aorta, with venous drainage into the left inferior pulmonary "
      "vein, consistent with intralobar pulmonary sequestration. No mediastinal lymphadenopathy. No pleural "
      "effusion."),
     set()),
    ("eped-09", "en",
     ("Well-circumscribed 2.4 cm fluid-attenuation (8 HU) subcarinal lesion without enhancement, most "
      "consistent with a bronchogenic cyst. This is not a lymph node. No lymphadenopathy elsewhere. The "
      "lungs are clear. No pleural or pericardial effusion."),
     set()),
    ("eped-10", "en",
     ("Status post Nuss procedure for pectus excavatum, postoperative day 2. Two substernal Nuss bars in "
      "expected position with stabilizers on the right. No bar displacement. Small bilateral pleural "
      "effusions and bibasilar dependent atelectasis. No pneumothorax. Heart is normal in size."),
     {MM, PE, ATL}),
    ("eped-11", "en",
     ("Pectus excavatum, preoperative evaluation. Haller index 4.1 and correction index 32%. The heart is "
      "displaced to the left and mildly compressed by the depressed sternum, without cardiomegaly. Lungs "
      "are clear. No hardware."),
     set()),
    ("eped-12", "en",
     ("Interval removal of the Nuss bar. Mild residual pectus deformity. Linear scarring in the right middle "
      "lobe along the prior bar tract. No pleural effusion."),
     {FIB}),
    ("eped-13", "en",
     ("Status post extracardiac Fontan. Median sternotomy wires are intact. The Fontan conduit is patent "
      "without thrombus. Mild cardiomegaly. Small pericardial effusion. Embolization coils in "
      "aortopulmonary collaterals. Small right pleural effusion. Heterogeneous hepatic enhancement, "
      "compatible with Fontan-associated liver disease."),
     {MM, CM, PCE, PE}),
    ("eped-14", "en",
     ("History of tetralogy of Fallot repair. Sternal wires. Transcatheter pulmonary valve in the RVOT. "
      "The right ventricle is dilated; overall heart size is at the upper limits of normal. No pericardial "
      "effusion. Lungs are clear. No pleural effusion."),
     {MM}),
    ("eped-15", "en",
     ("Postoperative day 5 after arterial switch operation. Mediastinal drain and left pleural chest tube "
      "in place. Epicardial pacing wires. Small pericardial effusion, slightly decreased. Left lower lobe "
      "atelectasis/consolidation. Trace left pleural effusion. Subcutaneous emphysema along the sternotomy "
      "incision."),
     {MM, PCE, ATL, CON, PE}),
    ("eped-16", "en",
     ("16-year-old with newly diagnosed Hodgkin lymphoma, staging. Large lobulated anterior mediastinal "
      "mass measuring 10.2 x 7.5 cm, encasing the great vessels and mildly narrowing the left mainstem "
      "bronchus. Additional enlarged right paratracheal, AP window and bilateral hilar lymph nodes, the "
      "largest 2.3 cm. Bilateral supraclavicular lymphadenopathy. Small pericardial effusion. Moderate left "
      "pleural effusion with adjacent compressive atelectasis. No pulmonary nodules."),
     {LN, PCE, PE, ATL}),
    ("eped-17", "en",
     ("Staging for diffuse large B-cell lymphoma in a 14-year-old. Bulky mediastinal lymphadenopathy. "
      "Several bilateral pulmonary nodules up to 1.4 cm, concerning for pulmonary involvement. Multiple "
      "hypodense splenic lesions. No pleural effusion."),
     {LN, NOD}),
    ("eped-18", "en",
     ("Hodgkin lymphoma, end-of-therapy CT. Interval resolution of mediastinal and hilar lymphadenopathy. "
      "Residual soft tissue in the anterior mediastinum with a triangular configuration, likely thymic "
      "rebound rather than residual disease. The previously seen pericardial effusion has resolved. Right "
      "chest port with catheter tip in the right atrium. Lungs are clear."),
     {MM}),
    ("eped-19", "en",
     ("Hodgkin lymphoma, interim response assessment. Complete interval resolution of the anterior "
      "mediastinal mass. Subcentimeter prevascular and paratracheal lymph nodes, not enlarged by size "
      "criteria. No new pulmonary nodules. Mild ground-glass opacity in the right upper lobe may represent "
      "drug toxicity or infection. Left chest port."),
     {OPA, MM}),
    ("eped-20", "en",
     ("Surveillance for Wilms tumor, status post left nephrectomy. No pulmonary nodules to suggest "
      "metastatic disease. No lymphadenopathy. No pleural effusion. The nephrectomy bed is unremarkable on "
      "the included upper abdomen."),
     set()),
    ("eped-21", "en",
     ("Wilms tumor surveillance. New 3 mm solid nodule in the right lower lobe. Given the history, "
      "metastasis cannot be excluded; short-interval follow-up is recommended. Port catheter tip in the "
      "SVC."),
     {NOD, MM}),
    ("eped-22", "en",
     ("Osteosarcoma of the left distal femur, staging. Multiple new calcified pulmonary nodules, the largest "
      "9 mm in the left lower lobe, highly suspicious for metastases. A 4 mm noncalcified nodule in the "
      "right upper lobe is also new. No pleural effusion. No pneumothorax."),
     {NOD}),
    ("eped-23", "en",
     ("Status post right lower lobe wedge resections for osteosarcoma metastases. Surgical staple lines in "
      "the right lower lobe with adjacent scarring. No new or enlarging pulmonary nodules. The previously "
      "noted 2 mm left upper lobe nodule is no longer visualized."),
     {MM, FIB}),
    ("eped-24", "en",
     ("Osteosarcoma surveillance. Several tiny (1-2 mm) nodules in both lungs, too small to characterize; "
      "these may represent early metastatic disease versus intrapulmonary lymph nodes. Attention on "
      "follow-up is recommended. Mild dependent atelectasis."),
     {NOD, ATL}),
    ("eped-25", "en",
     ("Right internal jugular tunneled central venous catheter terminates at the cavoatrial junction. "
      "Nonocclusive thrombus along the catheter in the SVC. Lungs are clear. No pleural effusion."),
     {MM}),
    ("eped-26", "en",
     ("Interval removal of the left chest port. No residual catheter fragment. Lungs are clear without "
      "nodules. Heart size is normal."),
     set()),
    ("eped-27", "en",
     ("2-year-old with choking episode while eating. Radiolucent foreign body in the left mainstem "
      "bronchus, likely aspirated food (nut). Hyperinflation of the left lung with mediastinal shift to the "
      "right due to air trapping. Patchy atelectasis in the left lower lobe. No pneumothorax or "
      "pneumomediastinum."),
     {ATL}),
    ("eped-28", "en",
     ("Suspected foreign body aspiration. The trachea and central bronchi are patent without intraluminal "
      "foreign body. No air trapping. No atelectasis or consolidation. Lungs are clear."),
     set()),
    ("eped-29", "en",
     ("Metallic foreign body (pushpin) in the bronchus intermedius. Right middle and lower lobe collapse. "
      "Possible right lower lobe postobstructive pneumonia with consolidation. Small right pleural "
      "effusion."),
     {ATL, CON, PE}),
    ("eped-30", "en",
     ("Infant with tachypnea and hypoxemia. Geographic ground-glass opacities in the right middle lobe, "
      "lingula and perihilar regions, with mosaic attenuation elsewhere, consistent with neuroendocrine "
      "cell hyperplasia of infancy. No bronchiectasis or septal thickening. No consolidation."),
     {OPA, MOS}),
    ("eped-31", "en",
     ("Post allogeneic stem cell transplant, progressive dyspnea. Mosaic attenuation with air trapping on "
      "expiratory images. Mild bronchiectasis in the lower lobes with bronchial wall thickening, compatible "
      "with bronchiolitis obliterans syndrome. No ground-glass opacity. No nodules. Tunneled right chest "
      "catheter."),
     {MOS, BRX, PBT, MM}),
    ("eped-32", "en",
     ("17-year-old with sickle cell disease and acute chest syndrome. Consolidation in both lower lobes, "
      "left greater than right. Small bilateral pleural effusions. The heart is mildly enlarged. H-shaped "
      "vertebral bodies. Right chest port."),
     {CON, PE, CM, MM}),
    ("eped-33", "en",
     ("Postoperative cardiac patient, increasing oxygen requirement. Smooth interlobular septal thickening "
      "and patchy ground-glass opacity, most compatible with pulmonary edema. Cardiomegaly. Small bilateral "
      "pleural effusions. Endotracheal tube tip 1 cm above the carina. Nasogastric tube in the stomach."),
     {IST, OPA, CM, PE, MM}),
    ("eped-34", "en",
     ("CTA chest for pleuritic chest pain in an 18-year-old on oral contraceptives. No PE. No pleural "
      "effusion. Lungs are clear. Thymic remnant in the anterior mediastinum, normal for age. Heart size "
      "normal."),
     set()),
    ("eped-35", "en",
     ("Acute pulmonary emboli in the right lower lobe segmental arteries. Peripheral wedge-shaped "
      "consolidation in the right lower lobe may represent pulmonary infarct. Trace right pleural effusion. "
      "No RV dilatation."),
     {CON, PE}),
    ("eped-36", "en",
     ("History of Kawasaki disease. Giant aneurysm of the proximal left anterior descending artery with "
      "peripheral mural calcification. Calcified aneurysm of the proximal right coronary artery. Heart size "
      "is normal. Lungs are clear."),
     {CAC}),
    ("eped-37", "en",
     ("19-year-old with Takayasu arteritis. Circumferential wall thickening of the aortic arch and "
      "descending thoracic aorta with scattered mural calcifications. Left subclavian artery stenosis. No "
      "coronary artery calcification. Lungs are clear."),
     {AWC}),
    ("eped-38", "en",
     ("22-year-old with alpha-1 antitrypsin deficiency. Panlobular emphysema in both lower lobes. Mild "
      "bronchiectasis in the lower lobes. No nodules or consolidation."),
     {EMP, BRX}),
    ("eped-39", "en",
     ("Tall 16-year-old with spontaneous pneumothorax. Small residual left apical pneumothorax with a left "
      "chest tube in place. Small apical subpleural blebs in both lungs. No emphysema. Subcutaneous "
      "emphysema of the left chest wall."),
     {MM}),
    ("eped-40", "en",
     ("Incidental small left posterior Bochdalek hernia containing retroperitoneal fat. No hiatal hernia. "
      "Lungs are clear. Thymus normal for age."),
     set()),
    ("eped-41", "en",
     ("15-year-old with cerebral palsy and recurrent aspiration. Moderate hiatal hernia. Gastrostomy tube. "
      "Dependent consolidation in the right lower lobe with bronchial wall thickening, compatible with "
      "aspiration. Spinal fusion rods for neuromuscular scoliosis. Patulous fluid-filled esophagus."),
     {HH, MM, CON, PBT}),
    ("eped-42", "en",
     ("History of congenital diaphragmatic hernia with Gore-Tex patch repair. Left lung hypoplasia. No "
      "recurrent hernia. Mild fibrotic bands in the left lower lobe."),
     {MM, FIB}),
    ("eped-43", "en",
     ("Asthma exacerbation. Diffuse peribronchial cuffing and bronchial wall thickening. Mosaic attenuation "
      "with areas of air trapping. Subsegmental atelectasis in the right middle lobe. No consolidation. No "
      "pneumomediastinum."),
     {PBT, MOS, ATL}),
    ("eped-44", "en",
     ("Neutropenic fever in a 12-year-old with ALL. Several nodules with surrounding ground-glass halo in "
      "both upper lobes, the largest 1.8 cm, concerning for invasive fungal infection. Left arm PICC. No "
      "pleural effusion."),
     {NOD, OPA, MM}),
    ("eped-45", "en",
     ("Follow-up of invasive fungal infection. Previously seen nodules have decreased; residual 4 mm nodule "
      "in the right upper lobe. The ground-glass halo has resolved. No new consolidation."),
     {NOD}),
    ("eped-46", "en",
     ("Prominent thymus with lobulated margins, homogeneous, without mass effect on the airway or vessels, "
      "within normal range for a 3-year-old. No mediastinal mass. No lymph node enlargement. Lungs are "
      "clear."),
     set()),
    ("eped-47", "en",
     ("Osteosarcoma surveillance after completion of chemotherapy. Interval enlargement of the thymus, "
      "homogeneous, which may represent rebound thymic hyperplasia. No pulmonary nodules. No "
      "lymphadenopathy. Central venous port in place."),
     {MM}),
    ("eped-48", "en",
     ("Complicated pneumonia. Dense consolidation of the right lower lobe with areas of decreased "
      "enhancement, concerning for necrotizing pneumonia. Moderate loculated right pleural effusion with "
      "pleural enhancement, compatible with empyema. Enlarged right hilar lymph node measuring 14 mm, "
      "likely reactive."),
     {CON, PE, LN}),
    ("eped-49", "en",
     ("Status post VATS decortication; right pleural drains have been removed. Residual right pleural "
      "thickening without effusion. Resolved consolidation, with mild residual scarring in the right lower "
      "lobe. No lymphadenopathy."),
     {FIB}),
    ("eped-50", "en",
     ("Chronic cough in a 14-year-old. Mediastinal lymph nodes up to 8 mm in short axis, likely reactive. "
      "Lungs are clear. No effusion."),
     {LN}),
    ("eped-51", "en",
     ("Patchy opacity in the left lower lobe, which may represent atelectasis or early pneumonia; "
      "aspiration cannot be excluded. Trace pericardial effusion. Heart normal in size. Incidental 7 mm "
      "thyroid nodule."),
     {OPA, ATL, PCE}),
    ("eped-52", "en",
     ("Infant on VA ECMO with cannulas in the right internal jugular vein and right common carotid artery. "
      "Diffuse bilateral consolidation with air bronchograms. Endotracheal tube in place. Bilateral pleural "
      "effusions. Cardiomegaly."),
     {MM, CON, PE, CM}),
    ("eped-53", "en",
     ("Chest CT for abnormal radiograph. The suspected right upper lobe nodule on the radiograph corresponds "
      "to the first costochondral junction; no pulmonary nodule. Normal residual thymic tissue. No "
      "lymphadenopathy. No pleural or pericardial effusion."),
     set()),
    ("eped-54", "en",
     ("Juvenile dermatomyositis, evaluate for interstitial lung disease. Subpleural reticulation and "
      "ground-glass opacities in both lower lobes. No honeycombing. Interlobular septal thickening at the "
      "bases."),
     {FIB, OPA, IST}),
    ("eped-55", "en",
     ("Follow-up CT after treatment of left upper lobe pneumonia. The consolidation has completely resolved "
      "without residual scarring. No pleural effusion. No lymphadenopathy."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ('eped-14', CM): 'heart size at the upper limit of normal with a dilated right ventricle: the implied chamber enlargement counts',
    ('eped-23', NOD): "'wedge resections for osteosarcoma metastases': the resected metastases are read as nodules",
    ('eped-27', MOS): 'air trapping from an aspirated foreign body is read as the mosaic pattern (air trapping is an implied term)',
    ('eped-53', NOD): "'the suspected nodule on the radiograph corresponds to the first costochondral junction' is read as a hedged nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
