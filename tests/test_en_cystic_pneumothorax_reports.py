"""Probe: English chest CT reports about pneumothorax (spontaneous, tension, iatrogenic/post-procedural,
after chest drain placement, resolved), apical blebs and bullae (a bulla alone counts as Emphysema, as
CT-RATE labels it), cystic lung diseases (LAM, Birt-Hogg-Dube, pulmonary Langerhans cell histiocytosis,
LIP, pneumatoceles; lung cysts are not Emphysema unless emphysema is named), pleurodesis, VATS bullectomy
staple lines and young patients. Negative controls: hepatic, renal, pericardial and bronchogenic cysts,
subcutaneous/surgical emphysema, pneumomediastinum and emphysematous pyelonephritis (none of them
pulmonary Emphysema), and "no pneumothorax" statements. US and UK spelling, templated and prose reports.
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
    ("ecy-01", "en",
     ("FINDINGS: Lungs: Large right pneumothorax with near-complete collapse of the right lung toward the hilum. "
      "Multiple subpleural apical blebs on the right, the largest 1.2 cm. The left lung is clear. "
      "Pleura: No pleural effusion. Mediastinum: No lymphadenopathy. Heart: Normal size, no pericardial effusion. "
      "IMPRESSION: Large right primary spontaneous pneumothorax with underlying apical blebs."),
     {EMP, ATL}),
    ("ecy-02", "en",
     ("Right-sided intercostal chest drain in situ, its tip projecting over the apex. Small residual apical "
      "pneumothorax, reduced in size. Subcutaneous emphysema tracks along the right lateral chest wall. "
      "Minor dependent atelectasis at the right base. No pleural effusion."),
     {MM, ATL}),
    ("ecy-03", "en",
     ("Large left tension pneumothorax with shift of the mediastinum to the right and inversion of the left "
      "hemidiaphragm. The left lung is completely collapsed. A small air-fluid level at the left base indicates "
      "a small hydropneumothorax. Associated pneumomediastinum. No underlying emphysema or bullae are seen in "
      "the right lung."),
     {ATL, PE}),
    ("ecy-04", "en",
     ("34-year-old woman with progressive dyspnoea. Innumerable thin-walled round cysts are diffusely "
      "distributed through both lungs, 2-15 mm, with normal intervening lung parenchyma, consistent with "
      "lymphangioleiomyomatosis. No emphysema. Small left pneumothorax. A small left pleural effusion is also "
      "present, possibly chylous. A fat-containing lesion in the upper pole of the left kidney is in keeping "
      "with an angiomyolipoma."),
     {PE}),
    ("ecy-05", "en",
     ("Multiple thin-walled, elliptical cysts are present, predominantly in the lower lobes in subpleural and "
      "paramediastinal locations, some abutting proximal pulmonary vessels. The pattern raises the possibility "
      "of Birt-Hogg-Dube syndrome. No pneumothorax. No pulmonary nodules. On the included upper abdomen, a "
      "2.8 cm enhancing solid lesion in the right kidney warrants dedicated imaging; there are also simple "
      "cysts in the left kidney."),
     set()),
    ("ecy-06", "en",
     ("27-year-old heavy smoker. Upper-lobe predominant cysts of bizarre, bilobed and irregular shapes are "
      "present, together with several centrilobular nodules up to 6 mm, a few of them cavitating. The "
      "costophrenic angles are spared. Appearances favour pulmonary Langerhans cell histiocytosis. Mild "
      "centrilobular emphysema in both upper lobes."),
     {NOD, EMP}),
    ("ecy-07", "en",
     ("Scattered thin-walled perivascular cysts in both lower lobes, with patchy ground-glass opacity and mild "
      "interlobular septal thickening. In this patient with Sjogren syndrome the findings are in keeping with "
      "lymphocytic interstitial pneumonia. Mildly enlarged mediastinal lymph nodes up to 12 mm short axis. "
      "No emphysema. No pleural effusion."),
     {OPA, IST, LN}),
    ("ecy-08", "en",
     ("The lungs are clear. No pneumothorax. No pulmonary nodule. Several simple hepatic cysts are seen, the "
      "largest 3.1 cm in segment VII, as well as bilateral simple renal cortical cysts. Heart and mediastinum "
      "are unremarkable."),
     set()),
    ("ecy-09", "en",
     ("Status post right VATS apical bullectomy with a linear staple line at the right apex. No recurrent "
      "pneumothorax. Minor linear scarring adjacent to the staple line. Mild paraseptal emphysema persists at "
      "the left apex. No pleural effusion."),
     {MM, FIB, EMP}),
    ("ecy-10", "en",
     ("Previous left talc pleurodesis, with nodular high-attenuation pleural thickening along the posterior and "
      "basal left hemithorax. No pneumothorax. No pleural effusion. The lungs are otherwise clear."),
     set()),
    ("ecy-11", "en",
     ("Comparison is made with the CT of 12 March. The previously demonstrated right pneumothorax has resolved "
      "and the chest drain has been removed. The right lower lobe atelectasis seen previously has also "
      "resolved. A few small apical blebs persist on the right."),
     {EMP}),
    ("ecy-12", "en",
     ("Extensive subcutaneous emphysema in the neck and anterior chest wall with pneumomediastinum, following "
      "an episode of forceful vomiting. No pneumothorax. The lung parenchyma is normal; no pulmonary emphysema. "
      "No extraluminal oral contrast to suggest oesophageal perforation. No pleural effusion."),
     set()),
    ("ecy-13", "en",
     ("Post-procedural CT after CT-guided biopsy of a 2.1 cm spiculated nodule in the left upper lobe. Small "
      "left pneumothorax with a rim of approximately 1 cm. Perilesional ground-glass haemorrhage along the "
      "needle track. Moderate centrilobular emphysema."),
     {NOD, OPA, EMP}),
    ("ecy-14", "en",
     ("Right internal jugular central venous catheter with its tip in the SVC. Small right apical pneumothorax, "
      "likely iatrogenic following line insertion. No pleural effusion. Heart size is normal. The lungs are "
      "otherwise unremarkable."),
     {MM}),
    ("ecy-15", "en",
     ("19-year-old male with sudden-onset left chest pain. There is a moderate left pneumothorax measuring 3 cm "
      "at the apex. A 2 cm bulla is seen in the apicoposterior segment of the left upper lobe. The right lung is "
      "normal. No pleural fluid and no mediastinal shift."),
     {EMP}),
    ("ecy-16", "en",
     ("Findings: Bilateral apical bullae, the largest measuring 4 cm on the right. No pneumothorax. No "
      "consolidation. No effusion. Normal heart size. Conclusion: Bilateral apical bullous disease without "
      "pneumothorax."),
     {EMP}),
    ("ecy-17", "en",
     ("A giant bulla occupies more than one third of the right hemithorax, with compressive atelectasis of the "
      "adjacent right middle and lower lobes. Severe centrilobular and paraseptal emphysema elsewhere. "
      "Coronary artery calcification is noted. Calcified atheroma of the thoracic aorta."),
     {EMP, ATL, CAC, AWC}),
    ("ecy-18", "en",
     ("Indication: fall, rule out pneumothorax. No pneumothorax. No rib fractures. The lungs are clear. No "
      "pleural effusion. No emphysema."),
     set()),
    ("ecy-19", "en",
     ("Right haemopneumothorax with a moderate haemothorax layering dependently, mean attenuation 45 HU. "
      "Displaced fractures of the right fifth to seventh ribs. Pulmonary contusion in the right lower lobe with "
      "patchy consolidation. Subcutaneous emphysema in the right lateral chest wall."),
     {PE, CON}),
    ("ecy-20", "en",
     ("Known LAM, on sirolimus. The diffuse thin-walled cysts are unchanged in number and size. The previously "
      "noted left pleural effusion has resolved. No pneumothorax. Small retrocrural lymph nodes up to 6 mm, "
      "not enlarged by size criteria."),
     set()),
    ("ecy-21", "en",
     ("35-year-old woman with recurrent right pneumothorax coinciding with menses. Small right pneumothorax. "
      "Small right basal pleural effusion. No parenchymal cysts, blebs or emphysema are identified. The "
      "possibility of catamenial pneumothorax is raised."),
     {PE}),
    ("ecy-22", "en",
     ("HIV-positive patient. Bilateral diffuse ground-glass opacity with upper-zone predominance and multiple "
      "thin-walled pneumatoceles, suggestive of Pneumocystis pneumonia. Small bilateral pneumothoraces. A right "
      "pigtail chest tube is in place."),
     {OPA, MM}),
    ("ecy-23", "en",
     ("Follow-up after left chest tube placement for spontaneous pneumothorax. The drain tip lies at the left "
      "apex and the left lung has fully re-expanded. Faint ground-glass opacity in the left upper lobe may "
      "represent mild re-expansion oedema. Paraseptal emphysema with subpleural blebs at both apices."),
     {MM, OPA, EMP}),
    ("ecy-24", "en",
     ("Secondary spontaneous pneumothorax: moderate left pneumothorax. Panlobular emphysema with lower-lobe "
      "predominance, in keeping with known alpha-1 antitrypsin deficiency. Bronchial wall thickening. Mild "
      "cylindrical bronchiectasis in both lower lobes."),
     {EMP, PBT, BRX}),
    ("ecy-25", "en",
     ("Cystic bronchiectasis in the left lower lobe, some of the cystic airways containing fluid levels. "
      "Mucus plugging and tree-in-bud nodularity in the lingula. No pneumothorax. No emphysema."),
     {BRX}),
    ("ecy-26", "en",
     ("17-year-old with an acute asthma exacerbation. Pneumomediastinum with air dissecting into the neck and "
      "supraclavicular soft tissues. No pneumothorax. Diffuse bronchial wall thickening. Mosaic attenuation "
      "with air trapping on expiratory images."),
     {PBT, MOS}),
    ("ecy-27", "en",
     ("Day 2 after right VATS bullectomy and mechanical pleurodesis. Two right chest drains are in place. Small "
      "residual anterior pneumothorax. Surgical emphysema in the right chest wall. Small right haemothorax. "
      "Atelectasis at the right lung base."),
     {MM, PE, ATL}),
    ("ecy-28", "en",
     ("Family history of Birt-Hogg-Dube syndrome. Multiple basal-predominant lung cysts up to 2 cm, several "
      "abutting the pleura. Incidental 5 mm solid nodule in the right upper lobe. No emphysema. No "
      "pneumothorax."),
     {NOD}),
    ("ecy-29", "en",
     ("A tiny left anterior pneumothorax cannot be excluded. A small bulla at the left apex is also possible. "
      "Minimal bibasal atelectasis. No consolidation."),
     {EMP, ATL}),
    ("ecy-30", "en",
     ("CT chest for assessment of recurrent pneumothorax. No blebs or bullae identified. No cystic lung "
      "disease. The lungs are clear. No pneumothorax at present."),
     set()),
    ("ecy-31", "en",
     ("Lungs: A few thin-walled cysts scattered in both lungs in this 45-year-old smoker, which may be "
      "incidental or represent early cystic lung disease. Heart: Mild cardiomegaly. Pericardium: Small "
      "pericardial effusion. Oesophagus: Small sliding hiatus hernia. Aorta: Atherosclerotic calcification of "
      "the arch."),
     {CM, PCE, HH, AWC}),
    ("ecy-32", "en",
     ("Small loculated posterobasal pneumothorax on the right, adjacent to the site of prior pleurodesis. "
      "Calcified right pleural thickening. Fibrotic bands at the right lung base. Small right pleural "
      "effusion."),
     {FIB, PE}),
    ("ecy-33", "en",
     ("Basal and subpleural predominant reticulation with honeycombing, consistent with a UIP pattern. "
      "Small left pneumothorax. The honeycomb cysts should not be mistaken for emphysema. No pleural "
      "effusion."),
     {FIB}),
    ("ecy-34", "en",
     ("A well-defined, fluid-attenuation lesion of 4 cm at the right cardiophrenic angle is in keeping with a "
      "pericardial cyst. No pericardial effusion. The lungs are clear and there is no pneumothorax."),
     set()),
    ("ecy-35", "en",
     ("A 3 cm fluid-density subcarinal lesion is consistent with a bronchogenic cyst. No mediastinal "
      "lymphadenopathy. The lungs are clear. No pneumothorax or pleural effusion."),
     set()),
    ("ecy-36", "en",
     ("22-year-old with recurrent left lower lobe infections. Multicystic lesion in the left lower lobe with "
      "air-filled cysts up to 3 cm, consistent with a congenital pulmonary airway malformation. Surrounding "
      "consolidation suggests superimposed infection. Small left pleural effusion."),
     {CON, PE}),
    ("ecy-37", "en",
     ("ICU patient. Endotracheal tube, nasogastric tube and left chest tube in place. Persistent small left "
      "pneumothorax. Bilateral lower lobe consolidation with air bronchograms. Small bilateral pleural "
      "effusions. Cardiomegaly."),
     {MM, CON, PE, CM}),
    ("ecy-38", "en",
     ("Left hydropneumothorax with an air-fluid level. Passive atelectasis of the left lower lobe. A 4.5 cm mass "
      "in the left upper lobe with enlarged ipsilateral hilar and subcarinal lymph nodes."),
     {PE, ATL, LN}),
    ("ecy-39", "en",
     ("Hyperlucency of the left lung with reduced vascularity and small left pulmonary artery, in keeping with "
      "Swyer-James syndrome. Mosaic attenuation. Bronchiectasis in the left lower lobe. No emphysema. No "
      "pneumothorax."),
     {MOS, BRX}),
    ("ecy-40", "en",
     ("The previous right-sided pneumothorax has resolved and the intercostal drain has been removed. A small "
      "amount of subcutaneous emphysema at the former drain site is resolving. No bullae. No pleural "
      "effusion."),
     set()),
    ("ecy-41", "en",
     ("Apical lucencies probably represent small blebs or paraseptal emphysema. A shallow pneumothorax cannot "
      "be entirely excluded. Calcified granuloma in the right lower lobe. No lymphadenopathy."),
     {EMP, NOD}),
    ("ecy-42", "en",
     ("Tall 22-year-old with Marfan syndrome. Dilated aortic root measuring 48 mm. Apical bullae bilaterally. "
      "Small right pneumothorax. Pectus excavatum."),
     {EMP}),
    ("ecy-43", "en",
     ("Known pulmonary Langerhans cell histiocytosis. Extensive coalescent cysts in the upper lobes. The nodules "
      "seen on the previous study have resolved. Slight bronchial wall thickening. No pneumothorax."),
     {PBT}),
    ("ecy-44", "en",
     ("Left pneumothorax following dual-chamber pacemaker implantation; the leads terminate in the right atrium "
      "and right ventricle. Small left pleural effusion. No consolidation."),
     {MM, PE}),
    ("ecy-45", "en",
     ("Following right thoracentesis there is a small right pneumothorax, likely ex vacuo. Residual moderate "
      "right pleural effusion. Compressive atelectasis of the right lower lobe."),
     {PE, ATL}),
    ("ecy-46", "en",
     ("Multiple areas of low attenuation without definable walls in the upper lobes, representing centrilobular "
      "emphysema. In addition, a few thin-walled cysts are present in the lower lobes. No pneumothorax."),
     {EMP}),
    ("ecy-47", "en",
     ("Pneumothorax: None. Emphysema: None. Bullae: None. Nodules: None. Lymph nodes: Not enlarged. "
      "Pleural effusion: None. Coronary calcification: Present."),
     {CAC}),
    ("ecy-48", "en",
     ("Post-sternotomy wires. Pneumomediastinum and subcutaneous emphysema, expected post-operatively. Small "
      "bilateral pleural effusions. Small pericardial effusion. Bibasal atelectasis. No pneumothorax."),
     {MM, PE, PCE, ATL}),
    ("ecy-49", "en",
     ("Tuberous sclerosis complex. A few thin-walled lung cysts. Multiple tiny solid nodules 2-4 mm scattered in "
      "both lungs, likely multifocal micronodular pneumocyte hyperplasia. Sclerotic bone lesions. Renal "
      "angiomyolipomas."),
     {NOD}),
    ("ecy-50", "en",
     ("Recurrent left apical pneumothorax despite prior pleurodesis. There is a new subpleural bleb at the left "
      "apex adjacent to the surgical staple line from the previous bullectomy."),
     {MM, EMP}),
    ("ecy-51", "en",
     ("Bilateral peripheral ground-glass opacities and consolidation, typical of COVID-19 pneumonia. Spontaneous "
      "pneumomediastinum. No pneumothorax. No emphysema."),
     {OPA, CON}),
    ("ecy-52", "en",
     ("Gas within the left renal parenchyma on the included upper abdominal images, in keeping with "
      "emphysematous pyelonephritis. The lungs are clear. No pneumothorax or pleural effusion."),
     set()),
    ("ecy-53", "en",
     ("Minimal biapical pleuroparenchymal scarring. No blebs. No pneumothorax. Moderate hiatus hernia."),
     {FIB, HH}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
