"""Probe: English chest CT reports of children, young adults and uncommon or congenital conditions
(pectus excavatum and Nuss bars, sequestration, bronchial atresia, CPAM, bronchogenic and foregut
cysts, thymic rebound, teratoma, aortic arch and azygos variants, pulmonary AVM coils, cystic fibrosis,
LAM, LCH, Birt-Hogg-Dube, pneumatoceles, congenital lobar overinflation, bleb resection staples,
congenital heart disease repairs, diaphragmatic hernias). They are full of false friends: words that
look like a CT-RATE finding but are not one (subcutaneous emphysema, lung cysts, thymic soft tissue,
teratoma or valve calcification, pericardial cyst, Bochdalek or paraesophageal words, pseudo-cardiomegaly),
next to real findings. The reports were written for this file without looking at the engine's lexicon
or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned. A bulla or
bleb counts as emphysema unless the report denies emphysema itself."""
from __future__ import annotations

from findings import (
    ATL,
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
     ("CT CHEST WITHOUT CONTRAST (LOW DOSE). Indication: 15-year-old boy with pectus excavatum and "
     "exercise intolerance; surgical planning. Chest radiograph had suggested cardiomegaly.\n"
     "FINDINGS: Marked pectus excavatum with the deepest point of the sternal depression at the level "
     "of the xiphoid. Haller index 4.6, correction index 32%. The heart is displaced into the left "
     "hemithorax and the right ventricle is mildly compressed by the sternum; true heart size is normal. "
     "No pericardial effusion. Mild dependent atelectasis in both lower lobes. The lungs are otherwise "
     "clear, with no nodule or consolidation. No pleural effusion. Residual thymic tissue in the anterior "
     "mediastinum, normal for age. No lymphadenopathy.\n"
     "IMPRESSION: Severe pectus excavatum (Haller index 4.6) with leftward cardiac displacement. The "
     "apparent cardiomegaly on the radiograph is pseudo-cardiomegaly from the chest wall deformity."),
     {ATL}),
    ("eped-02", "en",
     ("Post-operative CT, day 3 after minimally invasive repair of pectus excavatum (Nuss procedure). "
     "Two retrosternal stainless steel Nuss bars are in place with lateral stabilizers; both bars are in "
     "satisfactory position without rotation or displacement. Subcutaneous emphysema along the right "
     "lateral chest wall incision. Tiny residual right apical pneumothorax. Small left pleural effusion "
     "with adjacent passive atelectasis of the left lower lobe. The lung parenchyma is otherwise normal. "
     "Heart size normal."),
     {MM, PE, ATL}),
    ("eped-03", "en",
     ("Follow-up CT 3 months after Nuss bar removal. No residual metallic hardware; the bars and "
     "stabilizers have been removed completely. Healed cortical irregularity of the ribs at the former "
     "stabilizer sites. Haller index now 2.6. Minor fibrotic band at the right lung base along the former "
     "bar tract. No nodules, no consolidation, no pleural effusion. Heart and mediastinum unremarkable."),
     {FIB}),
    ("eped-04", "en",
     ("CT ANGIOGRAPHY CHEST. 9-year-old with recurrent left lower lobe pneumonia.\n"
     "A systemic artery arising from the descending thoracic aorta at the level of T10 supplies the "
     "posterior basal segment of the left lower lobe, which contains multiple air-filled cysts, some with "
     "air-fluid levels, and surrounding consolidation. Venous drainage is to the left inferior pulmonary "
     "vein. Hyperlucency of the adjacent lung parenchyma. No pleural effusion. Small reactive hilar nodes "
     "below 1 cm in short axis; no lymphadenopathy.\n"
     "IMPRESSION: Intralobar pulmonary sequestration of the left lower lobe with surrounding consolidation, "
     "likely superimposed infection."),
     {CON}),
    ("eped-05", "en",
     ("Incidental finding on a chest radiograph in a 24-year-old woman. CT: A branching tubular structure "
     "of fluid attenuation (mucocele) in the apicoposterior segment of the left upper lobe, distal to a "
     "blind-ending segmental bronchus, with hyperinflation and reduced vascularity of the surrounding "
     "lung. Findings are characteristic of congenital bronchial atresia. No emphysema. No pulmonary "
     "nodules. Heart size is normal. No pleural or pericardial effusion."),
     set()),
    ("eped-06", "en",
     ("CT chest with contrast, 2-year-old with prenatally detected lung lesion.\n"
     "Multicystic lesion in the right lower lobe, the largest cyst 3.2 cm, with thin walls and no solid "
     "component, causing mass effect and mild mediastinal shift to the left. Compressive atelectasis of the "
     "adjacent right middle lobe. No systemic arterial supply identified.\n"
     "IMPRESSION: Congenital pulmonary airway malformation (CPAM, formerly CCAM), type 1. These cysts "
     "should not be mistaken for bullous emphysema."),
     {ATL}),
    ("eped-07", "en",
     ("Known CCAM of the left upper lobe, now presenting with fever. The cystic lesion now contains "
     "air-fluid levels with surrounding consolidation, suggestive of superinfection. Small left pleural "
     "effusion. Enlarged left hilar lymph node measuring 14 mm in short axis, probably reactive. Right lung "
     "clear."),
     {CON, PE, LN}),
    ("eped-08", "en",
     ("FINDINGS: Well-circumscribed 3.8 cm subcarinal mass of homogeneous attenuation (18 HU) with no "
     "enhancement and an imperceptible wall, consistent with a bronchogenic cyst. Mild mass effect on the "
     "left main bronchus without distal atelectasis. No mediastinal lymphadenopathy. Lungs are clear. No "
     "pleural effusion. Heart normal in size.\n"
     "IMPRESSION: Subcarinal bronchogenic cyst."),
     set()),
    ("eped-09", "en",
     ("A 4.1 cm paraesophageal cystic lesion in the posterior mediastinum with a thin rim of mural "
     "calcification and dependent layering milk of calcium, most consistent with a foregut duplication "
     "(esophageal duplication) cyst. The esophagus is displaced but not obstructed. The gastroesophageal "
     "junction is below the diaphragm. The aorta and coronary arteries show no calcification. Mild "
     "bilateral dependent atelectasis."),
     {ATL}),
    ("eped-10", "en",
     ("19-year-old man with Hodgkin lymphoma, end-of-treatment CT 4 months after chemotherapy.\n"
     "Interval enlargement of the thymus, which is triangular with smooth margins and homogeneous soft "
     "tissue attenuation, consistent with rebound thymic hyperplasia. The previously enlarged mediastinal "
     "and left supraclavicular lymph nodes have resolved; no residual lymphadenopathy. Right internal "
     "jugular port with the catheter tip at the cavoatrial junction. No lung nodules or consolidation. No "
     "pleural effusion.\n"
     "IMPRESSION: Complete response. Rebound thymic hyperplasia, not to be confused with recurrent "
     "lymphoma."),
     {MM}),
    ("eped-11", "en",
     ("22-year-old, mediastinal widening on radiograph. CT shows residual thymic tissue with partial fatty "
     "involution in the prevascular mediastinum, normal for age. No mass and no enlarged lymph nodes. Small "
     "calcified granuloma in the right upper lobe. Otherwise clear lungs. Heart size normal, no "
     "pericardial effusion."),
     {NOD}),
    ("eped-12", "en",
     ("FINDINGS: Heterogeneous anterior mediastinal mass measuring 7.2 x 5.4 cm containing fat, fluid and "
     "coarse calcifications, including a tooth-like focus, consistent with a mature cystic teratoma. The "
     "mass abuts the ascending aorta and main pulmonary artery with preserved fat planes. No arterial wall "
     "calcification. Small right pleural effusion with compressive atelectasis of the adjacent right upper "
     "lobe. No lymphadenopathy.\n"
     "IMPRESSION: Mediastinal mature teratoma."),
     {PE, ATL}),
    ("eped-13", "en",
     ("Right-sided aortic arch with an aberrant left subclavian artery arising from a Kommerell "
     "diverticulum (2.1 cm), forming a vascular ring with a left ligamentum arteriosum. Mild indentation of "
     "the posterior esophagus and slight narrowing of the distal trachea. No aortic wall calcification. "
     "Mild bronchial wall thickening in both lower lobes. Heart size normal. Lungs otherwise clear."),
     {PBT}),
    ("eped-14", "en",
     ("Incidental azygos fissure in the right upper lobe, seen as a thin curvilinear line extending from the "
     "apex to a laterally positioned azygos vein, delineating an azygos lobe; this is a normal variant and "
     "not scarring. No atelectasis. A 5 mm solid nodule in the left lower lobe. No pleural effusion. "
     "Mediastinum unremarkable."),
     {NOD}),
    ("eped-15", "en",
     ("Hereditary hemorrhagic telangiectasia. Status post coil embolization of two pulmonary arteriovenous "
     "malformations in the right lower lobe and lingula. The embolization coils are in place; the treated "
     "sacs have involuted and the draining veins are no longer enlarged. Mild linear scarring adjacent to "
     "the treated lingular AVM. A new small AVM in the left lower lobe with a 2 mm feeding artery, below "
     "the usual threshold for treatment. Multiple hepatic telangiectasias in the imaged liver."),
     {MM, FIB}),
    ("eped-16", "en",
     ("Poland syndrome. Absence of the right pectoralis major muscle with hypoplastic right anterior ribs. "
     "A silicone breast implant is present on the right in a submuscular position, intact. A 3 mm "
     "calcified granuloma in the left upper lobe. Lungs otherwise clear. Heart and great vessels normal."),
     {MM, NOD}),
    ("eped-17", "en",
     ("23-year-old with cystic fibrosis, annual CT.\n"
     "Diffuse cylindrical and varicose bronchiectasis, upper lobe predominant, with bronchial wall "
     "thickening and extensive mucus plugging. Mosaic attenuation of the lower lobes with air trapping on "
     "expiratory images. Clusters of small centrilobular nodules in the right middle lobe, likely "
     "infectious bronchiolitis. Enlarged bilateral hilar lymph nodes, right 13 mm, likely reactive. "
     "Left subclavian port catheter with tip in the superior vena cava. Complete fatty replacement of the "
     "pancreas."),
     {BRX, PBT, MOS, NOD, LN, MM}),
    ("eped-18", "en",
     ("Cystic fibrosis, follow-up after one year of CFTR modulator therapy. Compared with the prior study, "
     "mucus plugging has substantially decreased and the previous consolidation in the right upper lobe "
     "has resolved. Persistent bronchiectasis in both upper lobes with mild peribronchial thickening. No "
     "mosaic attenuation. No lymphadenopathy. Heart size normal."),
     {BRX, PBT}),
    ("eped-19", "en",
     ("34-year-old woman with tuberous sclerosis complex.\n"
     "Numerous thin-walled round cysts, 2 to 15 mm, distributed diffusely throughout both lungs with "
     "normal intervening parenchyma, consistent with lymphangioleiomyomatosis (LAM). No emphysema. Small "
     "left pleural effusion, likely chylous. Angiomyolipomas in both imaged kidneys. Sclerotic foci in "
     "several thoracic vertebral bodies."),
     {PE}),
    ("eped-20", "en",
     ("Known LAM, follow-up. Diffuse thin-walled pulmonary cysts, slightly increased in number since the "
     "prior examination. Small left apical pneumothorax. No pulmonary nodules. No pleural effusion. A "
     "cystic lymphangioleiomyoma in the retroperitoneum is unchanged."),
     set()),
    ("eped-21", "en",
     ("21-year-old smoker, dyspnoea.\n"
     "Upper and mid zone predominant irregular, bizarre-shaped and bilobed cysts with scattered "
     "centrilobular nodules up to 6 mm, a few of them cavitating. The costophrenic angles are spared. "
     "No emphysema identified. No pleural effusion. No lymphadenopathy.\n"
     "IMPRESSION: In keeping with pulmonary Langerhans cell histiocytosis."),
     {NOD}),
    ("eped-22", "en",
     ("Pulmonary Langerhans cell histiocytosis, follow-up 12 months after smoking cessation. The previously "
     "seen nodules have resolved. The upper lobe cysts are stable. Mild paraseptal emphysema at both "
     "apices. No new abnormality."),
     {EMP}),
    ("eped-23", "en",
     ("6-year-old with Staphylococcus aureus pneumonia.\n"
     "Dense consolidation of the right lower lobe containing multiple thin-walled air-filled spaces, "
     "consistent with pneumatoceles. Moderate right pleural effusion with enhancing pleura, suspicious for "
     "empyema. A right pigtail chest drain is in place."),
     {CON, PE, MM}),
    ("eped-24", "en",
     ("Follow-up 2 months after staphylococcal pneumonia. The consolidation has resolved. The pneumatoceles "
     "have decreased; a single residual 1.2 cm thin-walled pneumatocele remains in the right lower lobe. "
     "The pleural effusion has resolved and the chest drain has been removed. Minimal residual pleural "
     "thickening. Subtle linear scarring in the right lower lobe."),
     {FIB}),
    ("eped-25", "en",
     ("3-month-old infant with respiratory distress.\n"
     "Marked hyperexpansion and hyperlucency of the left upper lobe with attenuated but preserved vascular "
     "markings, herniation across the anterior midline and mediastinal shift to the right. Compressive "
     "atelectasis of the left lower lobe. No endobronchial mass.\n"
     "IMPRESSION: Congenital lobar overinflation (formerly called congenital lobar emphysema) of the left "
     "upper lobe."),
     {ATL}),
    ("eped-26", "en",
     ("Unilateral hyperlucent left lung with a small ipsilateral pulmonary artery, reduced vascularity and "
     "heterogeneous mosaic attenuation, with air trapping on expiration. Bronchiectasis in the left lower "
     "lobe. No emphysema. Findings are consistent with Swyer-James-MacLeod syndrome (post-infectious "
     "obliterative bronchiolitis)."),
     {MOS, BRX}),
    ("eped-27", "en",
     ("19-year-old tall, thin man, status post right VATS apical bullectomy and mechanical pleurodesis for "
     "recurrent primary spontaneous pneumothorax. Surgical staple line at the right lung apex with mild "
     "adjacent scarring. Several small subpleural blebs at the left lung apex, up to 8 mm. No "
     "pneumothorax. No pleural effusion."),
     {MM, FIB, EMP}),
    ("eped-28", "en",
     ("Staple line along the left apex after wedge resection of apical blebs. A few tiny residual apical "
     "blebs on the right; no emphysema. Small left apical pleural thickening without effusion. Lungs "
     "otherwise normal."),
     {MM}),
    ("eped-29", "en",
     ("Emergency CT, 20-year-old with sudden left chest pain. Large left pneumothorax with passive "
     "atelectasis of the left lower lobe. A 2.5 cm bulla at the left apex. A left intercostal chest tube "
     "has been inserted, tip at the apex. No mediastinal shift. Right lung clear."),
     {EMP, ATL, MM}),
    ("eped-30", "en",
     ("24-year-old with a history of Kawasaki disease at age 3.\n"
     "Giant aneurysms of the proximal right coronary artery (8 mm) and the left anterior descending artery "
     "(6 mm) with peripheral mural calcification. Heart size normal. No pericardial effusion. The aorta is "
     "normal in calibre without calcification. Lungs are clear."),
     {CAC}),
    ("eped-31", "en",
     ("Status post endovascular stenting of aortic coarctation. The stent at the aortic isthmus is patent "
     "without in-stent stenosis or aneurysm. The intercostal collateral arteries have regressed. Mild left "
     "ventricular hypertrophy; heart size within normal limits. Bicuspid aortic valve with mild leaflet "
     "calcification. No coronary artery calcification. Lungs clear."),
     {MM}),
    ("eped-32", "en",
     ("17-year-old with hypoplastic left heart syndrome, Fontan circulation with an extracardiac conduit. "
     "Median sternotomy wires. The conduit is patent. Cardiomegaly with an enlarged single right "
     "ventricle. Small bilateral pleural effusions. Small pericardial effusion. Mild hepatomegaly with "
     "heterogeneous enhancement of the liver."),
     {MM, CM, PE, PCE}),
    ("eped-33", "en",
     ("Repaired tetralogy of Fallot. Sternotomy wires and a bioprosthetic valve in the pulmonary position. "
     "Heart size is normal. Dilated main pulmonary artery measuring 34 mm. No pericardial effusion. Linear "
     "atelectasis at the left lung base. No nodules."),
     {MM, ATL}),
    ("eped-34", "en",
     ("A 4.5 cm well-defined, thin-walled, fluid-attenuation lesion at the right cardiophrenic angle, "
     "consistent with a pericardial cyst. No pericardial effusion or pericardial thickening. Heart size "
     "normal. No hiatal hernia. Mild paraseptal emphysema in the upper lobes."),
     {EMP}),
    ("eped-35", "en",
     ("Left posterolateral diaphragmatic defect (Bochdalek hernia) containing retroperitoneal fat and the "
     "upper pole of the left kidney. No hiatal hernia. Adjacent subsegmental atelectasis in the left lower "
     "lobe. Lungs otherwise clear."),
     {ATL}),
    ("eped-36", "en",
     ("12-year-old, status post repair of a left congenital diaphragmatic hernia with a Gore-Tex patch in "
     "infancy. No recurrent herniation through the patch. Left lung hypoplasia with reduced volume. "
     "Small sliding hiatal hernia."),
     {MM, HH}),
    ("eped-37", "en",
     ("Young adult with repaired esophageal atresia and tracheoesophageal fistula. Dilated fluid-filled "
     "esophagus above the anastomosis. The Nissen fundoplication wrap is intact without recurrent hiatal "
     "hernia. Gastrostomy tube in the stomach. Patchy ground-glass opacities in the right lower lobe, "
     "possibly from recurrent aspiration, with bronchiectasis of the posterior basal segment."),
     {MM, OPA, BRX}),
    ("eped-38", "en",
     ("Situs inversus totalis with dextrocardia. Bronchiectasis of the middle lobe (left-sided), lingula "
     "(right-sided) and both lower lobes, with bronchial wall thickening and mucus plugging. Heart size "
     "normal. Opacified paranasal sinuses in the imaged field. Findings fit primary ciliary dyskinesia "
     "(Kartagener syndrome)."),
     {BRX, PBT}),
    ("eped-39", "en",
     ("Hypoplastic right lung with dextroposition of the heart. An anomalous right pulmonary vein (scimitar "
     "vein) drains into the inferior vena cava. The heart is shifted to the right; no cardiomegaly. "
     "Systemic arterial supply to the right lower lobe from the abdominal aorta. Subsegmental atelectasis "
     "in the right lower lobe. No pleural effusion.\n"
     "IMPRESSION: Scimitar syndrome."),
     {ATL}),
    ("eped-40", "en",
     ("18-year-old with sickle cell disease, fever and chest pain.\n"
     "Bilateral lower lobe consolidation, more extensive on the left, with small bilateral pleural "
     "effusions. Cardiomegaly, in keeping with chronic anaemia. H-shaped vertebral bodies. Small calcified "
     "spleen (autosplenectomy). Right arm PICC with tip in the superior vena cava.\n"
     "IMPRESSION: Acute chest syndrome."),
     {CON, PE, CM, MM}),
    ("eped-41", "en",
     ("32-year-old man with alpha-1 antitrypsin deficiency (PiZZ). Lower lobe predominant panlobular "
     "emphysema with diffuse simplification of the lung architecture. Mild cylindrical bronchiectasis in "
     "the lower lobes. No nodules. Normal heart size. No pleural effusion."),
     {EMP, BRX}),
    ("eped-42", "en",
     ("Multiple thin-walled cysts of varying size, lower lobe and paramediastinal predominant, abutting the "
     "pleura and the proximal pulmonary vessels, some lentiform. No centrilobular emphysema. A 4 mm "
     "perifissural nodule along the right minor fissure.\n"
     "IMPRESSION: Cystic lung disease suggestive of Birt-Hogg-Dube syndrome; correlate with skin and renal "
     "findings."),
     {NOD}),
    ("eped-43", "en",
     ("16-year-old, keeps pigeons at home. Diffuse poorly defined centrilobular ground-glass nodules and "
     "patchy ground-glass opacities in all lobes, with lobular areas of decreased attenuation producing a "
     "mosaic pattern (head cheese sign). No fibrosis or honeycombing. Mildly enlarged mediastinal lymph "
     "nodes up to 12 mm in short axis.\n"
     "IMPRESSION: Subacute hypersensitivity pneumonitis."),
     {NOD, OPA, MOS, LN}),
    ("eped-44", "en",
     ("Young adult with diffuse pulmonary lymphangiomatosis. Smooth interlobular septal thickening "
     "bilaterally. Diffuse infiltration of the mediastinal fat with soft tissue attenuation, without "
     "discrete enlarged lymph nodes. Bilateral pleural effusions, larger on the left. Small pericardial "
     "effusion."),
     {IST, PE, PCE}),
    ("eped-45", "en",
     ("14-year-old, osteosarcoma of the left femur, surveillance CT. A new 7 mm ossified nodule in the right "
     "lower lobe; metastasis cannot be excluded. The previously described left lower lobe nodule has "
     "resolved. The port catheter has been removed since the prior study; no residual catheter fragment. "
     "No pleural effusion. No lymphadenopathy."),
     {NOD}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eped-01", CM): "a finding only an earlier radiograph suggested ('Chest radiograph had suggested cardiomegaly', on the title line after the indication) is read as present",
    ("eped-04", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy, also beside 'no lymphadenopathy'",
    ("eped-30", CAC): "the mural calcification of coronary aneurysms, many words after 'coronary artery', is not joined to it",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
