"""Probe: English chest CT reports (US and UK style) after thoracic surgery and lung cancer
treatment: lobectomy, segmentectomy and wedge resection with staple lines, pneumonectomy spaces
filling with fluid, bronchial stumps, chest drains in place or removed, air leak, pneumothorax and
subcutaneous ("surgical") emphysema, post-SBRT and post-radiotherapy fibrosis, local recurrence at
the staple line, mediastinal nodal recurrence, oesophagectomy with gastric pull-up, lung
transplantation (anastomoses, bronchiolitis obliterans with mosaic attenuation), thoracoplasty,
with hedges, denials and comparison with prior studies, plus negative controls. The reports were
written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
Fluid in a pneumonectomy space is fluid in the pleural space (pleural effusion 1); surgical
staples, sutures, fiducials, stents, valves and patches are medical material; subcutaneous or
mediastinal emphysema is not emphysema; a gastric conduit is not a hiatal hernia."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("ethx-01", "en",
     "CT CHEST WITH CONTRAST.\n"
     "CLINICAL HISTORY: Non-small cell lung cancer, status post right upper lobectomy 6 months ago.\n"
     "COMPARISON: CT chest 3 months prior.\n"
     "FINDINGS: Postsurgical changes of right upper lobectomy with surgical staples at the bronchial "
     "stump, which is intact. No fluid collection at the resection site. Small right apical pleural "
     "thickening without pleural effusion. Mild linear scarring adjacent to the staple line in the right "
     "middle lobe. No new pulmonary nodules. Mild centrilobular emphysema in the upper lobes. Heart size "
     "normal. No pericardial effusion. Mild coronary artery calcifications. No mediastinal or hilar "
     "lymphadenopathy.\n"
     "IMPRESSION: 1. Stable postoperative appearance after right upper lobectomy without evidence of "
     "local recurrence. 2. Emphysema.",
     {MM, FIB, EMP, CAC}),
    ("ethx-02", "en",
     "Postoperative day 2 following left upper lobectomy. Left-sided chest tube in place with its tip at "
     "the apex. Small residual left apical pneumothorax, slightly decreased. Extensive subcutaneous "
     "emphysema of the left chest wall extending into the neck, with a small amount of mediastinal "
     "emphysema. Small left pleural effusion with dependent atelectasis of the left lower lobe. Staple "
     "line at the left upper lobe bronchus. The right lung is clear. The lung parenchyma shows no "
     "emphysema.",
     {MM, PE, ATL}),
    ("ethx-03", "en",
     "Indication: persistent air leak after right lower lobectomy; chest tube removed yesterday.\n"
     "Comparison is made with the CT of 10 days ago. The previously placed chest drain has been removed. "
     "There is now a moderate right hydropneumothorax with an air-fluid level. Pneumomediastinum and "
     "subcutaneous emphysema are decreasing. The bronchial stump appears closed and no bronchopleural "
     "fistula is demonstrated, although a small peripheral leak cannot be excluded. Surgical staples "
     "along the major fissure. Patchy consolidation in the right middle lobe, possibly infection.",
     {MM, PE, CON}),
    ("ethx-04", "en",
     "History: Adenocarcinoma of the left upper lobe treated by wedge resection in 2021.\n"
     "Findings: Wedge resection staple line in the left upper lobe. There is a new 14 mm soft tissue "
     "nodule abutting the staple line, increased from 6 mm, suspicious for local recurrence. Adjacent "
     "linear fibrosis is unchanged. No pleural or pericardial effusion. Mediastinal nodes are not "
     "enlarged. Atherosclerotic calcification of the thoracic aorta.",
     {MM, NOD, FIB, AWC}),
    ("ethx-05", "en",
     "S/p right S6 segmentectomy. Suture line intact. New 8 mm solid nodule in the left upper lobe. "
     "Faint ground-glass opacity in the lingula. No effusion.",
     {MM, NOD, OPA}),
    ("ethx-06", "en",
     "Status post left pneumonectomy. The post-pneumonectomy space is completely filled with fluid, "
     "with the expected shift of the mediastinum to the left. The left main bronchial stump is intact "
     "with surgical staples. No air in the pneumonectomy space. The right lung demonstrates mild "
     "paraseptal emphysema and no suspicious nodule. The heart is normal in size.",
     {MM, PE, EMP}),
    ("ethx-07", "en",
     "Right pneumonectomy. Compared to the prior study, the fluid level in the pneumonectomy cavity has "
     "dropped and new air has appeared within the cavity, concerning for a bronchopleural fistula; a "
     "small defect of the bronchial stump is suspected. Left lung: new patchy consolidation in the left "
     "lower lobe, concerning for aspiration. No lymphadenopathy.",
     {PE, CON}),
    ("ethx-08", "en",
     "HISTORY: SBRT to the right upper lobe for stage I NSCLC 18 months ago.\n"
     "COMPARISON: 6 months ago.\n"
     "FINDINGS: At the treated site in the right upper lobe there is consolidation with volume loss and "
     "traction bronchiectasis, consistent with a modified conventional pattern of post-radiation "
     "fibrosis. The consolidation is stable in size, with no bulging margins or new enlarging component "
     "to suggest recurrence. Fiducial markers are present near the treated lesion. No new nodules. No "
     "pleural effusion.",
     {CON, BRX, FIB, MM}),
    ("ethx-09", "en",
     "Post-SBRT left lower lobe. The consolidation at the treatment site has enlarged on two consecutive "
     "scans, with loss of the linear margin and a bulging contour, suspicious for local recurrence. PET "
     "correlation is recommended. Surrounding radiation fibrosis. New enlarged left hilar lymph node "
     "measuring 15 mm in short axis.",
     {CON, FIB, LN}),
    ("ethx-10", "en",
     "Three months after SBRT for a right lower lobe nodule. Patchy ground-glass opacity surrounds the "
     "treated nodule, which has decreased in size to 7 mm, in keeping with early radiation change. No "
     "consolidation. No fibrosis yet.",
     {OPA, NOD}),
    ("ethx-11", "en",
     "Clinical indication: Left lower lobectomy 2 years ago for squamous cell carcinoma, rising CEA.\n"
     "Findings: Interval enlargement of a subcarinal lymph node, now 22 mm in short axis (previously "
     "9 mm), and a new enlarged right lower paratracheal node of 16 mm, suspicious for nodal recurrence. "
     "Lobectomy staple line in the left hilum without soft tissue thickening. The lungs are clear apart "
     "from mild dependent atelectasis at the bases. Trace pericardial effusion.\n"
     "IMPRESSION: Mediastinal nodal recurrence.",
     {LN, MM, ATL, PCE}),
    ("ethx-12", "en",
     "History: Ivor Lewis oesophagectomy for distal oesophageal adenocarcinoma.\n"
     "Findings: Post-oesophagectomy appearances with a gastric conduit in the posterior mediastinum "
     "containing fluid and air. Anastomotic staples at the level of the azygos arch. No hiatus hernia. "
     "No anastomotic leak or collection. Small bilateral pleural effusions with adjacent passive "
     "atelectasis. Patchy consolidation in the right lower lobe, likely aspiration. No mediastinal "
     "lymphadenopathy.",
     {MM, PE, ATL, CON}),
    ("ethx-13", "en",
     "Gastric pull-up in the right hemithorax, mildly distended. Surgical clips at the hiatus. Lungs "
     "clear. No nodules.",
     {MM}),
    ("ethx-14", "en",
     "Bilateral sequential lung transplant 4 years ago for COPD. Indication: declining FEV1. Inspiratory "
     "and expiratory images were obtained. Clamshell incision with sternal wires. The bronchial "
     "anastomoses are intact without stenosis or dehiscence. Mosaic attenuation on the inspiratory "
     "images with extensive air trapping on expiration, in keeping with bronchiolitis obliterans "
     "syndrome. Mild cylindrical bronchiectasis and bronchial wall thickening in both lower lobes. No "
     "consolidation. No pleural effusion.",
     {MM, MOS, BRX, PBT}),
    ("ethx-15", "en",
     "Left single lung transplant for emphysema. The native right lung shows severe centrilobular and "
     "paraseptal emphysema. The transplanted left lung is clear. The left bronchial anastomosis is patent "
     "with a small anastomotic stent in place. No mosaic attenuation. Small pericardial effusion. "
     "Coronary artery calcification.",
     {EMP, MM, PCE, CAC}),
    ("ethx-16", "en",
     "Right lung transplant, 3 weeks post-op. Diffuse ground-glass opacity and smooth interlobular septal "
     "thickening in the allograft, with a small right pleural effusion, raising the possibility of acute "
     "rejection, although infection or reperfusion oedema cannot be excluded. The chest drains have been "
     "removed. The native left lung shows fibrosis with honeycombing in keeping with known IPF.",
     {OPA, IST, PE, FIB}),
    ("ethx-17", "en",
     "Old left thoracoplasty for tuberculosis, with resection of the upper left ribs and collapse of the "
     "left upper hemithorax. Dense pleural thickening and calcification on the left. Fibrotic scarring "
     "and traction bronchiectasis in the residual left upper lobe. Calcified granulomas in the right "
     "upper lobe. No pleural effusion.",
     {FIB, BRX, NOD}),
    ("ethx-18", "en",
     "Remote plombage thoracoplasty on the right: multiple Lucite spheres occupy the right apical "
     "extrapleural space. Surrounding fibrosis in the right apex. No new nodules. Calcification of the "
     "aortic arch.",
     {MM, FIB, AWC}),
    ("ethx-19", "en",
     "Follow-up CT chest, 3 years after right middle lobectomy. No evidence of recurrent or metastatic "
     "disease. No pulmonary nodules. No consolidation, ground-glass opacity or fibrosis. No pleural or "
     "pericardial effusion. No lymphadenopathy. No emphysema. The heart is not enlarged. No coronary or "
     "aortic calcification. No hiatal hernia.",
     set()),
    ("ethx-20", "en",
     "Comparison with the CT 2 weeks earlier. Both chest tubes have since been removed. The left pleural "
     "effusion has resolved. The previously noted left lower lobe atelectasis has cleared. The "
     "subcutaneous emphysema has resolved. No pneumothorax.",
     set()),
    ("ethx-21", "en",
     "Right VATS upper lobectomy. Staple line at the right hilum unremarkable. Small apical pneumothorax, "
     "drain in situ. Surgical emphysema of the right chest wall. Lungs otherwise clear. No effusion.",
     {MM}),
    ("ethx-22", "en",
     "Left pneumonectomy 5 years ago. The post-pneumonectomy space shows the expected near-complete "
     "obliteration, with no residual fluid. Right lung: compensatory hyperinflation. Scattered "
     "micronodules in the right upper lobe, likely inflammatory. Mild bronchial wall thickening.",
     {NOD, PBT}),
    ("ethx-23", "en",
     "Ten days after right lower lobectomy. Loculated right pleural fluid collection with enhancing "
     "thickened pleura (split pleura sign), suspicious for empyema. A right chest tube is in place at the "
     "base of the collection.",
     {PE, MM}),
    ("ethx-24", "en",
     "No suspicious nodule at the wedge resection site. No mediastinal adenopathy. No pleural effusion. "
     "There is, however, mild peribronchial thickening in the lower lobes, likely inflammatory. Wedge "
     "staple lines are noted in the right upper and lower lobes.",
     {PBT, MM}),
    ("ethx-25", "en",
     "Bilateral lung transplant. Focal narrowing of the bronchus intermedius at the anastomosis; a "
     "silicone airway stent is in place. No mosaic attenuation or air trapping. Mild subsegmental "
     "atelectasis in the right lower lobe. Cardiomegaly.",
     {MM, ATL, CM}),
    ("ethx-26", "en",
     "Sharply demarcated paramediastinal fibrosis in the left upper lobe conforming to the radiation "
     "portal, with traction bronchiectasis and volume loss. No new consolidation. Small left pleural "
     "effusion, unchanged. Left subclavian port with the catheter tip in the SVC.",
     {FIB, BRX, PE, MM}),
    ("ethx-27", "en",
     "Two years post SBRT to the right upper lobe. Linear scarring at the treatment site, with further "
     "contraction. A 4 mm right middle lobe nodule, probably an intrapulmonary lymph node, is unchanged. "
     "Old healed right rib fractures.",
     {FIB, NOD}),
    ("ethx-28", "en",
     "Oesophagectomy with gastric conduit reconstruction. The conduit is dilated with a fluid level, "
     "raising the risk of aspiration. Bilateral lower lobe bronchiectasis and bronchial wall thickening "
     "with mucus plugging, consistent with chronic aspiration. No hiatus hernia.",
     {BRX, PBT}),
    ("ethx-29", "en",
     "Status post left lower lobectomy with staple line at the left lower lobe bronchus. Post-lobectomy "
     "volume loss with elevation of the left hemidiaphragm. Moderate sliding hiatal hernia. No pleural "
     "effusion.",
     {MM, HH}),
    ("ethx-30", "en",
     "Double lung transplant 14 months ago. New multiple bilateral pulmonary nodules up to 18 mm and "
     "enlarged mediastinal lymph nodes, the largest 19 mm in the subcarinal station. Post-transplant "
     "lymphoproliferative disorder is the main concern; fungal infection is less likely.",
     {NOD, LN}),
    ("ethx-31", "en",
     "CT thorax with contrast.\n"
     "Clinical details: Left lower lobectomy 2019 for carcinoid. Increasing dyspnoea.\n"
     "Comparison: 12/2022.\n"
     "Report: Left lower lobectomy with a staple line at the left lower lobe bronchial stump. No "
     "nodularity along the staple line. Interval development of a moderate left pleural effusion with "
     "smooth pleural thickening; no pleural nodularity. Compressive atelectasis of the lingula. "
     "Background mild centrilobular emphysema. Scattered calcified atheroma of the thoracic aorta. Dense "
     "coronary calcification. Heart size at the upper limit of normal.\n"
     "Conclusion: New moderate left effusion, no CT evidence of recurrence; pleural fluid sampling is "
     "advised.",
     {MM, PE, ATL, EMP, AWC, CAC}),
    ("ethx-32", "en",
     "Right upper lobectomy for adenocarcinoma 18 months ago, staple line noted. Interval development of "
     "diffuse interlobular septal thickening in the right lung, suspicious for lymphangitic "
     "carcinomatosis. Right pleural effusion. Enlarged right hilar lymph nodes.",
     {IST, PE, LN, MM}),
    ("ethx-33", "en",
     "Restaging after right lower lobectomy. An enlarged 14 mm subcarinal node may be reactive or "
     "metastatic. The lungs are clear. No effusion.",
     {LN}),
    ("ethx-34", "en",
     "Postoperative day 5 after right middle lobectomy. Opacity in the right lower lobe may represent "
     "atelectasis or consolidation. Small right pleural effusion. Staple line intact.",
     {OPA, ATL, CON, PE, MM}),
    ("ethx-35", "en",
     "Small volume of subcutaneous emphysema at the former chest tube site. No pneumothorax. No pleural "
     "effusion. The lung parenchyma is without emphysema.",
     set()),
    ("ethx-36", "en",
     "Left upper lobe apicoposterior segmentectomy. Hyperdense suture material along the resection "
     "margin should not be mistaken for recurrence. Mild subpleural reticulation at both lung bases.",
     {MM, FIB}),
    ("ethx-37", "en",
     "Left lung transplant. Subtle mosaic perfusion in the allograft, possibly early constrictive "
     "bronchiolitis; expiratory images were not obtained. The heart is enlarged.",
     {MOS, CM}),
    ("ethx-38", "en",
     "Status post right intrapericardial pneumonectomy with a Gore-Tex pericardial patch. The right "
     "pneumonectomy space is filled with fluid. Mild pericardial thickening without effusion. Left lung "
     "clear.",
     {MM, PE, PCE}),
    ("ethx-39", "en",
     "No evidence of recurrence. No lymph node enlargement. Lungs clear.",
     set()),
    ("ethx-40", "en",
     "Four months after SBRT to the left upper lobe. Consolidation with air bronchograms at the "
     "treatment site, likely radiation pneumonitis rather than infection. Background paraseptal "
     "emphysema.",
     {CON, EMP}),
    ("ethx-41", "en",
     "Day 3 after right upper lobectomy. The right basal chest drain remains in situ; the apical drain "
     "has been removed. Tiny right apical pneumothorax. No effusion. Lungs otherwise clear.",
     {MM}),
    ("ethx-42", "en",
     "Endobronchial valves have been placed in the right upper lobe segmental bronchi for persistent "
     "air leak after right middle lobectomy. Resultant atelectasis of the right upper lobe. Small "
     "residual pneumothorax.",
     {MM, ATL}),
    ("ethx-43", "en",
     "Post-lobectomy hyperexpansion of the remaining right lung. No bronchiectasis or bronchial wall "
     "thickening. Calcified mediastinal lymph nodes, not enlarged. Dense calcification of the aortic "
     "arch.",
     {AWC}),
    ("ethx-44", "en",
     "History of left lower lobe consolidation after surgery, now resolved. The prior pleural effusion "
     "has also resolved. Stable 3 mm right upper lobe nodule.",
     {NOD}),
    ("ethx-45", "en",
     "EXAM: CT chest without contrast.\n"
     "HISTORY: Bilateral lung transplant 2018, coronary artery disease with prior PCI, shortness of "
     "breath.\n"
     "TECHNIQUE: Axial images with coronal and sagittal reformats.\n"
     "FINDINGS:\n"
     "Lines/tubes: Sternotomy wires. Coronary artery stents.\n"
     "Heart: The heart appears mildly enlarged. No pericardial effusion.\n"
     "Lungs: Smooth interlobular septal thickening at both bases with small bilateral pleural effusions, "
     "likely mild fluid overload. No consolidation. No suspicious nodules.\n"
     "Airways: Bronchial anastomoses patent.\n"
     "IMPRESSION: Mild fluid overload.",
     {MM, CM, IST, PE}),
    ("ethx-46", "en",
     "McKeown oesophagectomy. A nasogastric tube courses through the gastric conduit. The conduit "
     "passes through a widened hiatus, an expected postsurgical appearance rather than a hiatal hernia. "
     "Mild bibasal atelectasis.",
     {MM, ATL}),
    ("ethx-47", "en",
     "Single right lung transplant. Expiratory air trapping in the allograft, suspicious for "
     "bronchiolitis obliterans syndrome; the inspiratory images show no mosaic attenuation. The native "
     "left lung has large emphysematous bullae.",
     {EMP}),
    ("ethx-48", "en",
     "Right upper lobe wedge resection with staple line. Ill-defined consolidation surrounding the "
     "staple line, likely postoperative haematoma, with a halo of ground-glass opacity. No "
     "pneumothorax.",
     {MM, CON, OPA}),
    ("ethx-49", "en",
     "Interval removal of the right intercostal drain. Resolution of the right pneumothorax. Residual "
     "subcutaneous emphysema. Minor plate-like atelectasis at the right base.",
     {ATL}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ethx-34", OPA): "CT-RATE convention: an opacity explained as atelectasis (here offered as atelectasis or consolidation) is not labelled Lung opacity",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
