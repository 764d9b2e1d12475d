"""English chest CT reports in North American organ-system PACS templates.

The reports mimic the structured templates used at US/Canadian academic centres: an
EXAM line, CLINICAL HISTORY / INDICATION / COMPARISON / TECHNIQUE lines, FINDINGS under
sub-headings ("Lines/tubes:", "Lungs and airways:", "Pleura:", "Heart and mediastinum:",
"Thoracic inlet/axilla:", "Upper abdomen:", "Bones/soft tissues:") and a numbered
IMPRESSION with follow-up recommendations. Phenomena covered:

- normal template defaults ("None.", "Clear.", "No effusion or pneumothorax.",
  "Normal heart size. No pericardial effusion.", "Unremarkable.") next to edited positives;
- dictation-style partially edited templates ("Lungs: 6 mm RUL nodule ... No consolidation.");
- findings named only in the history / indication / technique lines (label 0);
- varied negation (no, without, negative for, none, absent, resolved, no longer, removed)
  and lists sharing one negation;
- hedges (possible, probable, likely, suspicious for, cannot be excluded, may represent,
  favored to represent, differential includes) and unlikely / less likely forms;
- clauses that flip ("No emphysema, although there is ...", "Normal heart size, but ...");
- distractors: thyroid / adrenal / liver nodules, valve calcification, removed chest tube,
  apparent cardiomegaly on radiograph, lymph nodes within normal limits;
- Fleischner / Lung-RADS follow-up wording.

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("et-01", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: 62-year-old former smoker, lung cancer screening.
COMPARISON: None.
TECHNIQUE: Low-dose helical CT of the chest without IV contrast. Axial, coronal and sagittal reformats.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Mild centrilobular emphysema, upper lobe predominant. 6 mm solid nodule in the right upper lobe (series 3 image 45). No consolidation. Central airways are patent.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: Normal heart size. No pericardial effusion. Mild coronary artery calcifications. No lymphadenopathy by size criteria.
Upper abdomen: Unremarkable.
Bones/soft tissues: Degenerative changes of the thoracic spine.
IMPRESSION:
1. 6 mm solid right upper lobe nodule. Lung-RADS 3. Recommend follow-up low-dose CT in 6 months.
2. Mild centrilobular emphysema.
3. Coronary artery calcifications.""", {EMP, NOD, CAC}),

    ("et-02", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Shortness of breath. Evaluate for pneumonia.
COMPARISON: Chest radiograph from yesterday.
TECHNIQUE: Helical CT through the chest following administration of 75 mL Omnipaque 350.
FINDINGS:
Lines/tubes: Right IJ central venous catheter with tip in the SVC.
Lungs and airways: Dense consolidation in the right lower lobe with air bronchograms. Surrounding ground-glass opacity. Left lung is clear.
Pleura: Small right pleural effusion. No pneumothorax.
Heart and mediastinum: Normal heart size. No pericardial effusion. Mildly enlarged right hilar and subcarinal lymph nodes measuring up to 1.2 cm, likely reactive.
Upper abdomen: No acute abnormality.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Right lower lobe consolidation compatible with pneumonia in the appropriate clinical setting.
2. Small right pleural effusion.
3. Likely reactive mediastinal and hilar lymphadenopathy. Recommend follow-up CT in 8-12 weeks after treatment to document resolution.""",
     {MM, CON, OPA, PE, LN}),

    ("et-03", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Chronic cough. Rule out interstitial lung disease.
COMPARISON: None available.
TECHNIQUE: Noncontrast CT chest with high-resolution reconstructions and expiratory images.
FINDINGS:
Lines/tubes: None.
Lungs and airways: No interlobular septal thickening, honeycombing or traction bronchiectasis. No mosaic attenuation on expiratory images. No nodules. No consolidation or ground-glass opacity. Airways are normal in caliber without bronchial wall thickening.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: Normal heart size. No pericardial effusion. No coronary artery calcification. No lymphadenopathy.
Upper abdomen: No hiatal hernia. Otherwise unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. No CT evidence of interstitial lung disease.
2. No acute cardiopulmonary abnormality.""", set()),

    ("et-04", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Hypoxia, intubated.
COMPARISON: CT chest 3 days prior.
TECHNIQUE: Contrast-enhanced helical CT of the chest.
FINDINGS:
Lines/tubes: Endotracheal tube tip 3 cm above the carina. Enteric tube courses below the diaphragm with tip in the stomach. Left subclavian central line tip at the cavoatrial junction.
Lungs and airways: Bilateral dependent atelectasis, both lower lobes. Patchy ground-glass opacities in both upper lobes, new. Mild interlobular septal thickening, possibly edema. No discrete nodule.
Pleura: Moderate bilateral pleural effusions, increased. No pneumothorax.
Heart and mediastinum: Mild cardiomegaly. Trace pericardial effusion. Calcified atherosclerotic plaque in the aortic arch. No mediastinal lymphadenopathy.
Upper abdomen: Small hiatal hernia.
Bones/soft tissues: Diffuse anasarca.
IMPRESSION:
1. Support devices in satisfactory position.
2. Increased moderate bilateral pleural effusions with adjacent compressive atelectasis.
3. New bilateral upper lobe ground-glass opacities, differential includes pulmonary edema versus infection.
4. Mild cardiomegaly and trace pericardial effusion.""",
     {MM, ATL, OPA, IST, PE, CM, PCE, AWC, HH}),

    ("et-05", "en", """EXAM: HRCT CHEST
CLINICAL HISTORY: Known pulmonary fibrosis, follow-up.
COMPARISON: HRCT 1 year ago.
TECHNIQUE: Thin-section noncontrast images in inspiration and prone positioning.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Subpleural reticulation with honeycombing at the lung bases, slightly progressed. Traction bronchiectasis, lower lobes. Interlobular septal thickening in the periphery. No consolidation. No suspicious nodule.
Pleura: No pleural effusion.
Heart and mediastinum: Heart size is normal. No pericardial effusion. Dense coronary artery calcifications involving the LAD. Calcifications in the thoracic aorta. Mildly enlarged mediastinal lymph nodes, up to 11 mm short axis in the right paratracheal station, likely reactive to the fibrotic lung disease.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Usual interstitial pneumonia pattern of pulmonary fibrosis, mildly progressed since prior.
2. Coronary and aortic atherosclerotic calcification.""",
     {FIB, BRX, IST, CAC, AWC, LN}),

    ("et-06", "en", """EXAM: CT CHEST WITHOUT CONTRAST
INDICATION: Incidental lung nodule on abdominal CT.
COMPARISON: CT abdomen/pelvis 2 months ago.
FINDINGS:
Lines/tubes: None.
Lungs: 8 mm part-solid nodule in the left upper lobe (series 4 image 72). No consolidation. No effusion.
Pleura: Clear.
Heart: Mild cardiomegaly. Coronary artery calcifications.
Mediastinum: No lymphadenopathy by size criteria.
Upper abdomen: Small hiatal hernia. Subcentimeter hypodensity in the liver, too small to characterize.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. 8 mm part-solid left upper lobe nodule. Per Fleischner society guidelines, recommend follow-up CT in 3-6 months to confirm persistence.
2. Mild cardiomegaly.""", {NOD, CM, CAC, HH}),

    ("et-07", "en", """EXAM: CT CHEST WITH CONTRAST
CLINICAL HISTORY: Follow-up of left lower lobe pneumonia and parapneumonic effusion.
COMPARISON: CT 6 weeks ago.
FINDINGS:
Lines/tubes: Left chest tube has been removed.
Lungs and airways: Previously seen left lower lobe consolidation has resolved. Residual linear scarring in the left lower lobe. No new opacity.
Pleura: The left pleural effusion has resolved. Mild residual pleural thickening.
Heart and mediastinum: Normal heart size. No pericardial effusion. Previously enlarged hilar nodes have decreased and are now within normal limits.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Resolution of left lower lobe pneumonia and effusion, with minimal residual scarring.""", {FIB}),

    ("et-08", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Status post CABG, chest pain.
FINDINGS:
Lines/tubes: Median sternotomy wires intact. Surgical clips in the mediastinum from prior bypass grafting. Dual-chamber pacemaker with leads in the right atrium and right ventricle.
Lungs and airways: Linear atelectasis at the left base. No nodules or masses. No consolidation.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: The heart is enlarged, predominantly the left ventricle. Small pericardial effusion, new since prior. Extensive coronary artery calcifications and coronary stents. Aortic valve calcification. No lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Cardiomegaly with a small new pericardial effusion.
2. Postsurgical changes of CABG.""", {MM, ATL, CM, PCE, CAC}),

    ("et-09", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: COPD exacerbation.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Moderate centrilobular and paraseptal emphysema. Diffuse bronchial wall thickening, suggestive of chronic bronchitis. Mild cylindrical bronchiectasis in the right middle lobe. No focal consolidation. No pulmonary nodule.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. Atherosclerotic calcification of the aorta and coronary arteries. No lymphadenopathy.
Thoracic inlet/axilla: Unremarkable.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Moderate emphysema and bronchial wall thickening.
2. Mild right middle lobe bronchiectasis.""", {EMP, PBT, BRX, AWC, CAC}),

    ("et-10", "en", """EXAM: CT CHEST WITHOUT CONTRAST
INDICATION: Dyspnea, evaluate for small airways disease.
TECHNIQUE: Inspiratory and expiratory imaging without contrast.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Mosaic attenuation in both lungs with air trapping on expiratory images, suggesting small airways disease. Mild peribronchial thickening. No bronchiectasis. No septal thickening. No nodules.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Mosaic attenuation with expiratory air trapping, compatible with small airways disease such as constrictive bronchiolitis.""",
     {MOS, PBT}),

    ("et-11", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Fever and neutropenia. Rule out fungal infection.
FINDINGS:
Lines/tubes: Right chest port with catheter tip in the right atrium.
Lungs and airways: 1.1 cm nodule in the left lower lobe with surrounding ground-glass opacity (halo sign), suspicious for fungal infection. Additional tiny nodules in the right upper lobe. No consolidation.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No enlarged lymph nodes.
Upper abdomen: Splenomegaly.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Left lower lobe nodule with halo sign, suspicious for invasive fungal infection. Septic emboli are less likely.""",
     {MM, NOD, OPA}),

    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("et-12", "en", """EXAM: CT CHEST WITH CONTRAST
CLINICAL HISTORY: Newly diagnosed right upper lobe adenocarcinoma. Staging.
FINDINGS:
Lines/tubes: None.
Lungs and airways: 3.2 cm spiculated mass in the right upper lobe abutting the pleura. Postobstructive atelectasis of the anterior segment. Paraseptal emphysema. No additional nodules.
Pleura: No pleural effusion. No pleural nodularity.
Heart and mediastinum: Normal heart size. No pericardial effusion. Enlarged right lower paratracheal lymph node measuring 1.8 cm, and enlarged right hilar node, concerning for nodal metastasis. Calcified plaque in the descending aorta.
Thoracic inlet/axilla: No axillary or supraclavicular adenopathy.
Upper abdomen: 1.5 cm left adrenal nodule, indeterminate.
Bones/soft tissues: No suspicious osseous lesion.
IMPRESSION:
1. Right upper lobe mass compatible with known primary lung cancer.
2. Ipsilateral mediastinal and hilar lymphadenopathy, suspicious for N2 disease.
3. Indeterminate left adrenal nodule; metastasis cannot be excluded.""",
     {ATL, EMP, LN, AWC}),

    ("et-13", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Metastatic breast cancer, new dyspnea.
FINDINGS:
Lines/tubes: Left chest port, tip at the cavoatrial junction. Surgical clips in the right axilla.
Lungs and airways: Multiple bilateral pulmonary nodules, largest 1.4 cm in the left lower lobe, consistent with metastases. Smooth thickening of the interlobular septa in the right lower lobe, may represent lymphangitic spread.
Pleura: Large right pleural effusion with compressive atelectasis of the right lower lobe.
Heart and mediastinum: Moderate pericardial effusion. Heart size normal. Enlarged right internal mammary lymph node.
Thoracic inlet/axilla: Status post right mastectomy. No axillary lymphadenopathy.
Upper abdomen: Multiple hypodense liver lesions, new.
Bones/soft tissues: Sclerotic lesions in the thoracic spine, suspicious for metastases.
IMPRESSION:
1. Progression of metastatic disease with new pulmonary nodules, liver lesions and probable osseous metastases.
2. Large right pleural effusion and moderate pericardial effusion.
3. Septal thickening, possible lymphangitic carcinomatosis.""",
     {MM, NOD, IST, PE, ATL, PCE, LN}),

    ("et-14", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Follow-up of 4 mm nodule.
COMPARISON: CT chest 12 months ago.
FINDINGS:
Lines/tubes: None.
Lungs and airways: The previously described 4 mm right lower lobe nodule is no longer visualized. Lungs are otherwise clear, negative for consolidation, ground-glass opacity or emphysema.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: Normal heart size. No pericardial effusion. Scattered calcifications of the aortic arch. No coronary calcification.
Upper abdomen: Moderate hiatal hernia.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Resolution of previously seen right lower lobe nodule. No further follow-up is needed.
2. Moderate hiatal hernia.""", {AWC, HH}),

    ("et-15", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Postoperative fever after abdominal surgery.
FINDINGS:
Lines/tubes: Nasogastric tube tip in the gastric body. Right PICC line tip in the distal SVC.
Lungs and airways: Bibasilar opacities, favored to represent atelectasis, although superimposed infection cannot be excluded. No nodules.
Pleura: Small bilateral effusions.
Heart and mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Postsurgical changes with free intraperitoneal air, expected postoperatively.
Bones/soft tissues: Midline abdominal incision with skin staples.
IMPRESSION:
1. Bibasilar opacities, likely atelectasis; infection cannot be excluded.
2. Small bilateral pleural effusions.""", {MM, OPA, ATL, PE}),

    ("et-16", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Cardiomegaly on chest radiograph.
COMPARISON: Chest radiograph of the same day.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Clear.
Pleura: No effusion.
Heart and mediastinum: Heart size is within normal limits; the apparent cardiomegaly on the radiograph is attributable to a prominent epicardial fat pad. No pericardial effusion or thickening. Mild calcification of the LAD.
Upper abdomen: Unremarkable.
Bones/soft tissues: Pectus excavatum.
IMPRESSION:
1. No cardiomegaly. Prominent epicardial fat pad.
2. Mild coronary artery calcification.""", {CAC}),

    ("et-17", "en", """EXAM: CT CHEST WITHOUT CONTRAST
INDICATION: Dysphagia, recurrent aspiration.
FINDINGS:
Lines/tubes: Gastrostomy tube partially imaged.
Lungs and airways: Patchy consolidation in the posterior right lower lobe and scattered centrilobular nodules, consistent with aspiration. Bronchial wall thickening in the lower lobes.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. Patulous fluid-filled esophagus. Large hiatal hernia.
Upper abdomen: Gastrostomy tube in place.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Right lower lobe consolidation and centrilobular nodules, likely aspiration.
2. Large hiatal hernia and patulous esophagus.""", {MM, CON, NOD, PBT, HH}),

    ("et-18", "en", """EXAM: CT CHEST WITH CONTRAST
CLINICAL HISTORY: Sarcoidosis.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Perilymphatic micronodules along the bronchovascular bundles and fissures in the upper lobes. Upper lobe fibrotic changes with architectural distortion and traction bronchiectasis. No consolidation.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. Bilateral symmetric hilar and mediastinal lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Findings compatible with stage IV sarcoidosis, with upper lobe fibrosis and lymphadenopathy.""",
     {NOD, FIB, BRX, LN}),

    ("et-19", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: CHF exacerbation.
FINDINGS:
Lines/tubes: Left chest wall ICD with lead in the right ventricle.
Lungs and airways: Smooth interlobular septal thickening and diffuse ground-glass opacity, compatible with interstitial edema. Peribronchial cuffing. No consolidation.
Pleura: Moderate bilateral pleural effusions.
Heart and mediastinum: Marked cardiomegaly with left atrial enlargement. No pericardial effusion. Mildly enlarged mediastinal lymph nodes, likely related to heart failure.
Upper abdomen: Reflux of contrast into the hepatic veins.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Cardiomegaly and pulmonary edema with bilateral effusions.""",
     {MM, IST, OPA, PBT, PE, CM, LN}),

    ("et-20", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Trauma, motor vehicle collision.
FINDINGS:
Lines/tubes: Endotracheal tube in satisfactory position. Right chest tube with tip at the apex.
Lungs and airways: Patchy ground-glass opacity in the right upper lobe, likely contusion. Hazy density in the right lower lobe is favored to be dependent change; consolidation is less likely.
Pleura: Small residual right pneumothorax. No pleural effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No mediastinal hematoma.
Bones/soft tissues: Acute fractures of the right 4th-6th ribs. Subcutaneous air in the right chest wall.
IMPRESSION:
1. Right rib fractures with small residual pneumothorax, chest tube in place.
2. Right upper lobe pulmonary contusion.""", {MM, OPA}),

    ("et-21", "en", """EXAM: CT CHEST LOW DOSE LUNG CANCER SCREENING
CLINICAL HISTORY: 58-year-old, 40 pack-year smoking history.
COMPARISON: Baseline screening CT 1 year ago.
FINDINGS:
Lines/tubes: None.
Lungs and airways: New 9 mm solid nodule in the left lower lobe (series 2 image 210). Stable 3 mm right middle lobe nodule. Mild centrilobular emphysema. No consolidation.
Pleura: Clear.
Heart and mediastinum: Normal heart size. Moderate coronary artery calcifications. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. New 9 mm left lower lobe nodule, Lung-RADS 4A. Recommend PET/CT or follow-up low-dose CT in 3 months.
2. Mild emphysema. Moderate coronary artery calcification.""", {NOD, EMP, CAC}),

    ("et-22", "en", """EXAM: CT CHEST LOW DOSE LUNG CANCER SCREENING
CLINICAL HISTORY: Screening. Former smoker, quit 5 years ago.
FINDINGS:
Lines/tubes: None.
Lungs and airways: No pulmonary nodules. No emphysema. No consolidation or ground-glass opacity.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No coronary artery calcification. Aorta normal in caliber without calcification. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Small hiatal hernia.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Lung-RADS 1. Continue annual screening with low-dose CT in 12 months.""", {HH}),

    ("et-23", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Recurrent chest infections. History of bronchiectasis.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Cylindrical and varicoid bronchiectasis in the right middle lobe and lingula with bronchial wall thickening. Mild volume loss and atelectasis in the right middle lobe. Mild mosaic attenuation in the lower lobes. No consolidation.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. Shotty mediastinal lymph nodes, not enlarged by size criteria.
Upper abdomen: Unremarkable.
Bones/soft tissues: Mild thoracic kyphosis.
IMPRESSION:
1. Right middle lobe and lingular bronchiectasis with bronchial wall thickening; this pattern can be seen with MAC infection.""",
     {BRX, PBT, ATL, MOS}),

    ("et-24", "en", """EXAM: CTA CHEST
INDICATION: Known thoracic aortic aneurysm, surveillance.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Biapical pleuroparenchymal scarring. Dependent atelectasis. No nodules.
Pleura: No effusion.
Heart and mediastinum: Fusiform aneurysm of the ascending aorta measuring 4.8 cm, stable. Moderate atherosclerotic calcification of the aortic arch and great vessel origins. Coronary artery calcification present. Mild cardiomegaly. No pericardial effusion.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Stable 4.8 cm ascending aortic aneurysm.
2. Aortic atherosclerosis.""", {FIB, ATL, AWC, CAC, CM}),

    ("et-25", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Status post TAVR, follow-up.
FINDINGS:
Lines/tubes: Transcatheter aortic valve prosthesis in expected position. Left main coronary stent.
Lungs and airways: Mild dependent atelectasis bilaterally. Scattered 2-3 mm nodules, unchanged for over 2 years, benign. No consolidation.
Pleura: Trace left pleural effusion.
Heart and mediastinum: Heart size is upper normal. No pericardial effusion. Severe calcification of the thoracic aorta. No lymphadenopathy.
Upper abdomen: Cholelithiasis.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Expected appearance after TAVR.
2. Trace left pleural effusion.""", {MM, ATL, NOD, PE, AWC}),

    ("et-26", "en", """EXAM: CT CHEST WITHOUT CONTRAST
INDICATION: Follow-up pulmonary nodule.
COMPARISON: CT chest 2 years ago.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Persistent 7 mm solid nodule in the right upper lobe, unchanged over 2 years. No other nodules. No emphysema, although there is mild bronchial wall thickening in the lower lobes.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: Normal heart size without pericardial effusion. No adenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Stable 7 mm right upper lobe nodule over 2 years, consistent with a benign etiology. No further follow-up is recommended.""",
     {NOD, PBT}),

    ("et-27", "en", """EXAM: CTA CHEST PULMONARY EMBOLISM PROTOCOL
INDICATION: Pleuritic chest pain, tachycardia.
FINDINGS:
Lines/tubes: None.
Pulmonary arteries: Filling defects in the right lower lobe segmental arteries, consistent with acute pulmonary embolism. RV/LV ratio less than 1.
Lungs and airways: Peripheral wedge-shaped consolidation in the right lower lobe, likely pulmonary infarct. Adjacent subsegmental atelectasis.
Pleura: Small right pleural effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Acute right lower lobe segmental pulmonary emboli without right heart strain.
2. Probable right lower lobe pulmonary infarct and small right pleural effusion.""", {CON, ATL, PE}),

    ("et-28", "en", """EXAM: CT CHEST WITH CONTRAST
CLINICAL HISTORY: Unintentional weight loss.
FINDINGS:
Lines/tubes: None.
Thoracic inlet/axilla: 2.2 cm heterogeneous nodule in the left thyroid lobe. Enlarged left axillary lymph node measuring 2.0 cm with loss of the fatty hilum.
Lungs and airways: Lungs are clear. No pulmonary nodules or masses. Mild paraseptal emphysema at the apices.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No mediastinal or hilar lymphadenopathy.
Upper abdomen: 1.3 cm left adrenal nodule.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Enlarged left axillary lymph node, suspicious; recommend tissue sampling and correlation with mammography.
2. 2.2 cm left thyroid nodule; recommend thyroid ultrasound.
3. No pulmonary nodules.""", {LN, EMP}),

    ("et-29", "en", """EXAM: CT CHEST WITH CONTRAST
CLINICAL HISTORY: Status post left upper lobectomy for lung cancer, surveillance.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Postsurgical changes of left upper lobectomy with a staple line at the bronchial stump. Fibrotic strands adjacent to the staple line. No new or enlarging nodules. No recurrent mass.
Pleura: Small loculated left pleural effusion, stable.
Heart and mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Remote left rib resection.
IMPRESSION:
1. No evidence of recurrent disease.
2. Stable postsurgical changes.""", {MM, FIB, PE}),

    ("et-30", "en", """EXAM: CT CHEST WITHOUT CONTRAST
INDICATION: COVID-19 positive, worsening hypoxia.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Bilateral peripheral and basilar predominant ground-glass opacities with superimposed interlobular septal thickening (crazy paving). Areas of consolidation in the lower lobes. No cavitation.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy. Mild coronary artery calcification.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Bilateral ground-glass opacities and consolidation, typical appearance of COVID-19 pneumonia.""",
     {OPA, IST, CON, CAC}),

    ("et-31", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Rheumatoid arthritis, abnormal PFTs.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Patchy peribronchovascular ground-glass opacities in the lower lobes. No honeycombing. No traction bronchiectasis. Septal thickening is absent.
Pleura: No effusion.
Heart and mediastinum: Normal heart size, but there is a small pericardial effusion. No lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Erosive changes at the sternoclavicular joints.
IMPRESSION:
1. Lower lobe ground-glass opacities, favored to represent nonspecific interstitial pneumonia. Fibrotic lung disease is unlikely given the absence of honeycombing or traction bronchiectasis.
2. Small pericardial effusion.""", {OPA, PCE}),

    ("et-32", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Esophageal cancer staging.
FINDINGS:
Lines/tubes: Esophageal stent in the distal esophagus.
Lungs and airways: No pulmonary nodules to suggest metastatic disease. Mild subsegmental atelectasis in the left lower lobe.
Pleura: No effusion.
Heart and mediastinum: Circumferential wall thickening of the distal esophagus. Enlarged paraesophageal lymph node, 1.3 cm, suspicious for metastasis. No hiatal hernia. Normal heart size. No pericardial effusion.
Upper abdomen: Enlarged gastrohepatic ligament node.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Distal esophageal mass with suspicious paraesophageal and gastrohepatic adenopathy.""", {MM, ATL, LN}),

    ("et-33", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Pre-operative evaluation.
FINDINGS:
Lines/tubes: None.
Lungs: Clear without nodules, consolidation, atelectasis or emphysema.
Pleura: No effusion or pneumothorax.
Heart: Mild cardiomegaly. Coronary artery calcifications. No pericardial effusion.
Mediastinum: No lymphadenopathy by size criteria. Atherosclerotic calcification of the aortic arch.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. No acute cardiopulmonary process.
2. Mild cardiomegaly. Coronary and aortic atherosclerosis.""", {CM, CAC, AWC}),

    ("et-34", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Follow-up lymphoma after chemotherapy.
COMPARISON: CT chest 3 months ago.
FINDINGS:
Lines/tubes: Right chest port with tip at the cavoatrial junction.
Lungs and airways: Clear. Negative for nodules or consolidation.
Pleura: Previously noted left pleural effusion is now absent.
Heart and mediastinum: Previously noted bulky anterior mediastinal lymphadenopathy has resolved, with residual soft tissue measuring 1.5 cm. Normal heart size. Pericardial effusion has resolved.
Thoracic inlet/axilla: Axillary nodes are normal in size.
Upper abdomen: Spleen normal in size.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Complete interval response of mediastinal lymphoma. No residual lymphadenopathy.""", {MM}),

    ("et-35", "en", """EXAM: CT CHEST WITHOUT CONTRAST
INDICATION: Asthma, persistent wheeze.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Diffuse bronchial wall thickening. Mucus plugging in segmental bronchi of the left lower lobe with distal subsegmental atelectasis. Mild bronchiectasis in the left lower lobe. Mild mosaic attenuation, likely reflecting air trapping. No emphysema.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Bronchial wall thickening and mucus plugging compatible with asthma. Mild left lower lobe bronchiectasis; allergic bronchopulmonary aspergillosis is a consideration.""",
     {PBT, ATL, BRX, MOS}),

    ("et-36", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Chest pain, history of pericarditis.
FINDINGS:
Lines/tubes: None.
Lungs and airways: No consolidation. Minimal linear atelectasis in the lingula.
Pleura: Small left pleural effusion.
Heart and mediastinum: Diffuse smooth pericardial thickening with enhancement, without significant pericardial effusion. Normal heart size. No coronary artery calcification.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Pericardial thickening and enhancement, compatible with pericarditis in the appropriate clinical setting.""",
     {ATL, PE, PCE}),

    ("et-37", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Current smoker, weight loss.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Probable mild centrilobular emphysema in the upper lobes, limited by motion. 5 mm nodule in the left upper lobe. Faint ground-glass opacity in the right upper lobe may represent respiratory bronchiolitis.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Possible small hiatal hernia.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. 5 mm left upper lobe nodule. In a high-risk patient, optional follow-up CT at 12 months per Fleischner society guidelines.
2. Probable mild emphysema.""", {EMP, NOD, OPA, HH}),

    ("et-38", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Palpitations.
FINDINGS:
Lines/tubes: Implantable loop recorder in the left anterior chest wall.
Lungs and airways: Clear.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: No cardiomegaly. Pericardial effusion: none. Calcified plaque at the origin of the left subclavian artery. No enlarged lymph nodes.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. No acute findings.""", {MM, AWC}),

    ("et-39", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Melanoma of the back, staging.
FINDINGS:
Lines/tubes: None.
Thoracic inlet/axilla: 1.1 cm right axillary lymph node with preserved fatty hilum, borderline. Nodal metastasis cannot be excluded.
Lungs and airways: 3 mm left lower lobe nodule, nonspecific. No consolidation. Mild dependent atelectasis.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. No mediastinal lymphadenopathy.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Borderline right axillary lymph node; metastatic involvement cannot be excluded. Recommend ultrasound correlation.
2. 3 mm nonspecific left lower lobe nodule, attention on follow-up.""", {LN, NOD, ATL}),

    ("et-40", "en", """EXAM: CT CHEST WITHOUT CONTRAST
INDICATION: Follow-up emphysema.
FINDINGS:
Lines/tubes: None.
Lungs: Severe panlobular emphysema, lower lobe predominant. No nodules. No consolidation. Scattered bronchial wall thickening.
Pleura: No effusion or pneumothorax.
Heart: Normal size. No pericardial effusion. No coronary calcification.
Mediastinum: No lymphadenopathy. Thoracic aorta normal in caliber, no calcification.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Severe panlobular emphysema, which can be seen with alpha-1 antitrypsin deficiency.""", {EMP, PBT}),

    ("et-41", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Chronic dyspnea, history of prior pulmonary embolism.
FINDINGS:
Lines/tubes: IVC filter partially imaged in the upper abdomen.
Lungs and airways: Mosaic attenuation with enlarged vessels in the hyperattenuating regions, likely mosaic perfusion. Peripheral parenchymal scarring in the right lower lobe, likely sequela of prior infarct.
Pleura: No effusion.
Heart and mediastinum: Right ventricular enlargement. Enlarged main pulmonary artery measuring 3.6 cm. No pericardial effusion.
Upper abdomen: IVC filter.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Findings suspicious for chronic thromboembolic pulmonary hypertension, with mosaic perfusion and right ventricular enlargement.""",
     {MM, MOS, FIB, CM}),

    ("et-42", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Immunocompromised, dry cough.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Diffuse bilateral ground-glass opacity with relative subpleural sparing. No consolidation. Small thin-walled cysts in the upper lobes. No nodules.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. Mildly enlarged mediastinal lymph nodes.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Diffuse ground-glass opacity; differential includes Pneumocystis pneumonia, drug toxicity or viral infection.""", {OPA, LN}),

    ("et-43", "en", """EXAM: CT CHEST LOW DOSE LUNG CANCER SCREENING
CLINICAL HISTORY: Annual lung cancer screening.
COMPARISON: Screening CT 12 months ago.
FINDINGS:
Lines/tubes: None.
Lungs and airways: Stable 4 mm perifissural nodule along the right minor fissure. Linear scarring in the lingula, unchanged. No atelectasis. Moderate centrilobular emphysema.
Pleura: No effusion.
Heart and mediastinum: Normal heart size. Heavy coronary artery calcification in the LAD and RCA. Atherosclerotic calcification of the thoracic aorta. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Moderate hiatal hernia.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Lung-RADS 2. Recommend continued annual screening with low-dose CT in 12 months.
2. Emphysema.
3. Heavy coronary artery calcification; recommend cardiovascular risk assessment.""",
     {NOD, FIB, EMP, CAC, AWC, HH}),

    ("et-44", "en", """EXAM: CT CHEST WITH CONTRAST
INDICATION: Empyema, follow-up after drainage.
FINDINGS:
Lines/tubes: Right pigtail pleural drainage catheter in the posterior right pleural space.
Lungs and airways: Right lower lobe consolidation, decreased. Passive atelectasis of the adjacent right lower lobe.
Pleura: Decreased loculated right pleural fluid collection with pleural enhancement. No left effusion.
Heart and mediastinum: Normal heart size. No pericardial effusion. Mediastinal lymph nodes are no longer enlarged.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. Decreased right empyema with pigtail catheter in place.
2. Improving right lower lobe consolidation.""", {MM, CON, ATL, PE}),

    ("et-45", "en", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Abnormal chest radiograph, question of pleural effusion or consolidation.
COMPARISON: None.
FINDINGS:
Lines/tubes: None.
Lungs and airways: No consolidation, ground-glass opacity, septal thickening or mosaic attenuation. Mild bibasilar subsegmental atelectasis.
Pleura: No effusion. Mild pleural thickening at the right apex, likely an apical cap; an underlying mass is unlikely.
Heart and mediastinum: Normal heart size. No pericardial effusion. No hilar or mediastinal lymphadenopathy. Mild aortic and coronary calcifications.
Upper abdomen: Unremarkable.
Bones/soft tissues: Unremarkable.
IMPRESSION:
1. No pleural effusion or consolidation.
2. Mild bibasilar atelectasis.""", {ATL, AWC, CAC}),
]

OPEN: dict[tuple[str, str], str] = {
    ('et-15', OPA): 'opacities favoured to be atelectasis read as atelectasis, not also as an opacity (the CT-RATE labels treat density explained as atelectasis so)',
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
