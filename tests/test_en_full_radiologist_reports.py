"""Probe: complete, realistic English chest CT reports as radiologists in US, UK, Australian and
European hospitals write them, with the full structure (CLINICAL DETAILS / TECHNIQUE / COMPARISON /
FINDINGS under organ subheadings such as Lungs and airways, Pleura, Mediastinum and hila, Heart and
great vessels, Upper abdomen, Bones and soft tissues / IMPRESSION with numbered items), hedges
(likely, probably, cannot be excluded, may represent, suspicious for), comparisons with dated prior
studies (improved, resolved, unchanged, new), recommendations (Fleischner and Lung-RADS follow-up,
PET-CT, clinical correlation) and incidental extra-thoracic findings that are not lung nodules
(thyroid nodule, liver cyst, adrenal adenoma, renal calculus). The case mix covers lung cancer
staging (TNM), pneumonia, ILD follow-up, heart failure, COPD, post-operative chests (lobectomy, CABG,
oesophagectomy, transplant), screening, metastasis searches, CT pulmonary angiograms (where "PE"
means embolism, not pleural effusion), trauma and ICU lines and tubes. The reports were written for
this file without looking at the engine's lexicon or cue lists.
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
    # lung cancer staging, UK
    ("efr-01", "en",
     ("CT THORAX, ABDOMEN AND PELVIS WITH CONTRAST. CLINICAL DETAILS: 68-year-old smoker with haemoptysis "
      "and a right hilar mass on chest radiograph. Staging. TECHNIQUE: Portal venous phase from the thoracic "
      "inlet to the symphysis pubis. COMPARISON: Chest radiograph 02/03/2024. FINDINGS: Lungs and airways: "
      "There is a 4.2 cm spiculated mass in the right upper lobe abutting the right hilum and narrowing the "
      "anterior segmental bronchus, with surrounding ground-glass opacity. Distal to it there is collapse of "
      "the anterior segment of the right upper lobe. Background centrilobular emphysema, upper zone "
      "predominant. No separate pulmonary nodule is seen in either lung. Pleura: No pleural effusion or "
      "pleural nodularity. Mediastinum and hila: Enlarged right lower paratracheal (station 4R) node measuring "
      "16 mm in short axis and a subcarinal node of 14 mm. Heart and great vessels: Heart size is normal. No "
      "pericardial effusion. Mild calcification of the aortic arch. Upper abdomen: A 1.9 cm left adrenal "
      "nodule is indeterminate; a metastasis cannot be excluded. Bones: No suspicious osseous lesion. "
      "IMPRESSION: 1. 4.2 cm right upper lobe mass with segmental collapse, in keeping with primary "
      "bronchogenic carcinoma. 2. Ipsilateral mediastinal and subcarinal lymphadenopathy (N2). "
      "3. Indeterminate left adrenal nodule; PET-CT is recommended. Provisional stage T2b N2 M0. "
      "4. Emphysema."),
     {ATL, AWC, EMP, LN, OPA}),
    # pneumonia, US
    ("efr-02", "en",
     ("EXAM: CT chest without contrast. INDICATION: Fever, cough and leukocytosis; evaluate for pneumonia. "
      "COMPARISON: None. FINDINGS: LUNGS AND AIRWAYS: Dense consolidation in the right lower lobe with air "
      "bronchograms. Adjacent patchy ground-glass opacity in the right middle lobe. Mild bronchial wall "
      "thickening in both lower lobes. The left lung is clear. No suspicious pulmonary nodule. PLEURA: Small "
      "right pleural effusion. No pneumothorax. MEDIASTINUM AND HILA: Mildly enlarged right hilar and "
      "subcarinal lymph nodes up to 12 mm, likely reactive. HEART AND GREAT VESSELS: Normal heart size. No "
      "pericardial effusion. The thoracic aorta is normal in caliber. UPPER ABDOMEN: Cholelithiasis without "
      "evidence of cholecystitis. BONES AND SOFT TISSUES: Degenerative changes of the thoracic spine. "
      "IMPRESSION: 1. Right lower lobe pneumonia with a small parapneumonic effusion. 2. Reactive mediastinal "
      "and hilar lymphadenopathy; follow-up CT in 6-8 weeks after treatment is recommended to document "
      "resolution."),
     {CON, LN, OPA, PBT, PE}),
    # ILD follow-up, UK
    ("efr-03", "en",
     ("HRCT THORAX (non-contrast, supine and prone inspiratory images with an expiratory series). CLINICAL "
      "DETAILS: Known idiopathic pulmonary fibrosis on nintedanib, increasing breathlessness. COMPARISON: HRCT "
      "14/06/2022. FINDINGS: Lungs: Subpleural, basal-predominant reticulation with honeycombing in both "
      "lower lobes, which has progressed since the prior study and now extends into the lingula and middle "
      "lobe. Traction bronchiectasis and bronchiolectasis in the lower lobes, increased. No new ground-glass "
      "opacity; the mild ground glass seen previously in the right lower lobe has resolved. No consolidation. "
      "Expiratory images show no air trapping. No pulmonary nodule. Pleura: No effusion. Mediastinum: "
      "Multiple mildly enlarged mediastinal nodes, the largest 13 mm in the lower paratracheal region, "
      "unchanged and likely reactive. Heart: Normal size. Coronary artery calcification in the LAD. The main "
      "pulmonary artery measures 34 mm, previously 30 mm. Upper abdomen: Small sliding hiatus hernia. "
      "IMPRESSION: 1. Definite UIP pattern with interval progression of fibrosis since 2022. 2. Enlarged "
      "pulmonary artery, which may represent pulmonary hypertension; echocardiography suggested. 3. Stable "
      "reactive mediastinal lymphadenopathy. 4. Hiatus hernia."),
     {BRX, CAC, FIB, HH, LN}),
    # heart failure, US
    ("efr-04", "en",
     ("CT CHEST WITH CONTRAST. INDICATION: Dyspnea and bilateral lower extremity edema. COMPARISON: CT chest "
      "01/15/2024. FINDINGS: LUNGS: Smooth interlobular septal thickening at both lung bases and patchy "
      "perihilar ground-glass opacities, new since the prior study, suggestive of pulmonary edema. "
      "Compressive atelectasis of both lower lobes adjacent to the effusions. No focal consolidation. PLEURA: "
      "Moderate bilateral pleural effusions, right greater than left, increased. HEART AND GREAT VESSELS: "
      "Cardiomegaly. Small pericardial effusion. Dense coronary artery calcifications. Calcified "
      "atherosclerotic plaque of the thoracic aorta. Left chest wall dual-chamber ICD with leads in the right "
      "atrium and right ventricle. MEDIASTINUM: A few mildly enlarged mediastinal nodes up to 11 mm, likely "
      "related to heart failure. UPPER ABDOMEN: Reflux of contrast into the IVC and hepatic veins. "
      "IMPRESSION: 1. Findings consistent with congestive heart failure: cardiomegaly, pulmonary edema and "
      "bilateral pleural effusions. 2. Small pericardial effusion."),
     {ATL, AWC, CAC, CM, IST, LN, MM, OPA, PCE, PE}),
    # COPD, Australia
    ("efr-05", "en",
     ("CT CHEST (NON-CONTRAST). HISTORY: COPD with recurrent exacerbations. COMPARISON: CT chest 2021 (Royal "
      "Melbourne Hospital). FINDINGS: Lungs and airways: Moderate to severe centrilobular and paraseptal "
      "emphysema, upper lobe predominant, progressed since 2021. Diffuse bronchial wall thickening. Mild "
      "cylindrical bronchiectasis in the lower lobes. Mosaic attenuation in the lower lobes, likely small "
      "airways disease with air trapping. No consolidation. A 4 mm solid nodule in the left upper lobe is "
      "unchanged since 2021 and requires no further follow-up. Pleura: No effusion. Mediastinum: No "
      "lymphadenopathy. Sabre-sheath configuration of the trachea. Heart and vessels: Normal heart size. "
      "Moderate coronary artery calcification. Calcification of the aortic arch and descending aorta. Upper "
      "abdomen: Unremarkable. Bones: Old healed left rib fractures. IMPRESSION: 1. Progressive emphysema. "
      "2. Airways disease with bronchial wall thickening, bronchiectasis and air trapping. 3. Stable 4 mm "
      "left upper lobe nodule, benign by stability."),
     {AWC, BRX, CAC, EMP, MOS, NOD, PBT}),
    # post-lobectomy surveillance, UK
    ("efr-06", "en",
     ("CT THORAX WITH CONTRAST. CLINICAL DETAILS: Right upper lobectomy 03/2022 for T1c N0 adenocarcinoma; "
      "surveillance. COMPARISON: CT 11/2023 and 05/2023. FINDINGS: Lungs: Post-surgical appearances of right "
      "upper lobectomy with a staple line at the right hilum. Fibrotic scarring adjacent to the staple line "
      "is unchanged. No evidence of local recurrence. In the left lower lobe there is a 3 mm solid nodule, "
      "stable since 05/2023. Mild paraseptal emphysema at the apices. Pleura: Minor right apical pleural "
      "thickening, post-operative. No pleural effusion. Mediastinum and hila: No lymphadenopathy. Heart: "
      "Normal size. No pericardial effusion. Upper abdomen: A 15 mm simple cyst in segment VII of the liver, "
      "unchanged. A 6 mm non-obstructing left renal calculus. Bones: Post-thoracotomy changes of the right "
      "fifth rib. IMPRESSION: 1. No evidence of recurrence following right upper lobectomy. 2. Stable 3 mm "
      "left lower lobe nodule. 3. Incidental liver cyst and left renal calculus."),
     {EMP, FIB, MM, NOD}),
    # post-CABG, US
    ("efr-07", "en",
     ("CT CHEST WITH CONTRAST. INDICATION: Postoperative day 6 after CABG, fever; assess for sternal wound "
      "infection. COMPARISON: Preoperative CT 09/02/2024. FINDINGS: MEDIASTINUM: Median sternotomy with intact "
      "sternal wires. Surgical clips along the course of the left internal mammary artery graft. No "
      "retrosternal fluid collection. Small amount of expected postoperative pneumomediastinum. LUNGS: "
      "Subsegmental atelectasis at both lung bases. Patchy consolidation in the left lower lobe could "
      "represent atelectasis or early pneumonia. PLEURA: Small bilateral pleural effusions, left greater than "
      "right. HEART AND GREAT VESSELS: Heart size is normal. Small pericardial effusion, expected after "
      "surgery. Extensive native coronary artery calcification. Calcification of the aortic arch. UPPER "
      "ABDOMEN: Unremarkable. IMPRESSION: 1. No sternal wound collection. 2. Left lower lobe consolidation, "
      "atelectasis versus early pneumonia; correlate clinically. 3. Small bilateral effusions and pericardial "
      "effusion, within the expected postoperative range."),
     {ATL, AWC, CAC, CON, MM, PCE, PE}),
    # post-oesophagectomy restaging, continental Europe
    ("efr-08", "en",
     ("CT thorax and abdomen with intravenous contrast. Clinical information: Status after Ivor Lewis "
      "oesophagectomy 8 months ago for adenocarcinoma of the distal oesophagus (ypT2 N1). Restaging. "
      "Comparison: CT of 12.01.2024. Findings: Gastric conduit in the posterior mediastinum with surgical "
      "staples at the anastomosis at the level of the azygos arch. Moderate fluid-filled distension of the "
      "conduit. Lungs: Ground-glass opacity and bronchial wall thickening in the posterior basal segment of "
      "the right lower lobe, may represent aspiration. Minor subsegmental atelectasis adjacent to it. No "
      "pulmonary nodules suspicious for metastases. Pleura: Small right pleural effusion, decreased. "
      "Mediastinum and hila: No lymphadenopathy. Heart: Normal size, no pericardial effusion. Upper abdomen: "
      "Feeding jejunostomy tube in situ. No focal liver lesion. Skeleton: No osteolytic or osteoblastic "
      "lesions. Impression: 1. No evidence of local recurrence or metastatic disease. 2. Changes in the right "
      "lower lobe, possibly due to aspiration; clinical correlation recommended. 3. Residual small right "
      "pleural effusion."),
     {ATL, MM, OPA, PBT, PE}),
    # lung cancer screening, US
    ("efr-09", "en",
     ("LOW-DOSE CT CHEST FOR LUNG CANCER SCREENING. INDICATION: 62-year-old current smoker, 40 pack-years; "
      "annual screening. COMPARISON: LDCT 04/10/2023. FINDINGS: LUNGS: A 5 mm solid nodule in the right upper "
      "lobe (series 3, image 45) is stable, previously 5 mm. New 5 mm solid nodule in the left lower lobe "
      "(image 210). Mild centrilobular emphysema. No consolidation. PLEURA: No pleural effusion. MEDIASTINUM: "
      "No lymphadenopathy. HEART: Normal heart size. Mild coronary artery calcification in the LAD. AORTA: "
      "Mild atherosclerotic calcification of the descending aorta. UPPER ABDOMEN: A 1 cm hypodense lesion in "
      "the left kidney, likely a cyst. IMPRESSION: Lung-RADS 3, probably benign. 1. New 5 mm left lower lobe "
      "nodule; 6-month follow-up LDCT is recommended. 2. Emphysema and coronary artery calcification, "
      "incidental."),
     {AWC, CAC, EMP, NOD}),
    # metastasis search, UK
    ("efr-10", "en",
     ("CT CHEST, ABDOMEN AND PELVIS. CLINICAL DETAILS: Colorectal cancer, rising CEA. COMPARISON: CT "
      "07/2023. FINDINGS: Lungs: Multiple new bilateral pulmonary nodules, the largest 14 mm in the right "
      "lower lobe and the others 4-8 mm, in keeping with metastases. No consolidation. No interlobular septal "
      "thickening to suggest lymphangitis. Pleura: No effusion. Mediastinum and hila: New enlarged right hilar "
      "node, 15 mm. Heart: Normal. Right chest wall port with the catheter tip at the cavoatrial junction. "
      "Upper abdomen: Two new hypodense liver lesions in segments VI and VIII, the larger 2.3 cm, suspicious "
      "for metastases. Simple left renal cyst. Bones: A sclerotic focus in T9 is unchanged since 2023, likely "
      "a bone island. IMPRESSION: 1. Progressive disease with new pulmonary and liver metastases. 2. New "
      "right hilar lymphadenopathy, probably metastatic. 3. MDT discussion suggested."),
     {LN, MM, NOD}),
    # CTPA, negative for embolism, US
    ("efr-11", "en",
     ("CT PULMONARY ANGIOGRAM. INDICATION: Pleuritic chest pain, tachycardia, elevated D-dimer. TECHNIQUE: "
      "CTPA with bolus tracking; opacification of the pulmonary arteries is adequate to the subsegmental "
      "level. COMPARISON: None. FINDINGS: PULMONARY ARTERIES: No filling defect to suggest pulmonary embolism. "
      "The main pulmonary artery is normal in caliber. RV:LV ratio 0.8. LUNGS: Small area of subsegmental "
      "atelectasis in the lingula. The lungs are otherwise clear, with no consolidation or ground-glass "
      "opacity. No pulmonary nodules. PLEURA: No pleural effusion. No pneumothorax. MEDIASTINUM: No "
      "lymphadenopathy. HEART: Normal size, no pericardial effusion. UPPER ABDOMEN: Hepatic steatosis. "
      "BONES: No acute fracture. IMPRESSION: 1. No PE. 2. Minor lingular atelectasis."),
     {ATL}),
    # CTPA, positive for embolism, UK
    ("efr-12", "en",
     ("CTPA. CLINICAL DETAILS: 54-year-old woman, 3 weeks after total knee replacement, acute dyspnoea and "
      "hypoxia. COMPARISON: None. FINDINGS: Pulmonary arteries: Extensive bilateral pulmonary emboli in the "
      "right interlobar artery and the segmental arteries of both lower lobes. Heart: RV:LV ratio 1.3 with "
      "straightening of the interventricular septum and reflux of contrast into the IVC, consistent with right "
      "heart strain. The overall heart size is not enlarged. No pericardial effusion. Lungs: Peripheral "
      "wedge-shaped consolidation in the right lower lobe, likely a pulmonary infarct. No pulmonary nodule. "
      "Pleura: Small right pleural effusion. Mediastinum: No lymphadenopathy. Upper abdomen: Unremarkable. "
      "IMPRESSION: 1. Acute bilateral PE with CT evidence of right heart strain. 2. Right lower lobe "
      "pulmonary infarct and small right pleural effusion. Findings discussed with the medical registrar "
      "at 14:20."),
     {CON, PE}),
    # trauma, UK
    ("efr-13", "en",
     ("CT TRAUMA (CHEST COMPONENT OF WHOLE-BODY CT). CLINICAL DETAILS: High-speed RTC, GCS 14. FINDINGS: "
      "Lines and tubes: Endotracheal tube tip 3 cm above the carina. Nasogastric tube tip in the stomach. "
      "Lungs: Patchy ground-glass opacity and consolidation in the posterior right lower lobe, in keeping "
      "with pulmonary contusion. Small right anterior pneumothorax. Pleura: Small right pleural collection "
      "measuring 45 HU, consistent with haemothorax. Mediastinum: No mediastinal haematoma. The aorta is "
      "intact with no traumatic injury. Heart: Normal size. No pericardial effusion. Bones and soft tissues: "
      "Displaced fractures of the right 4th to 8th ribs with a flail segment involving ribs 5-7. Subcutaneous "
      "emphysema in the right chest wall. Upper abdomen: No solid organ injury at the included levels. "
      "IMPRESSION: 1. Right flail chest with pulmonary contusion, small pneumothorax and haemothorax. 2. No "
      "aortic injury. 3. Lines and tubes satisfactorily positioned."),
     {CON, MM, OPA, PE}),
    # ICU, ARDS, US
    ("efr-14", "en",
     ("CT CHEST WITHOUT CONTRAST. INDICATION: ARDS, intubated, worsening oxygenation. COMPARISON: CT chest 3 "
      "days prior. FINDINGS: SUPPORT DEVICES: Endotracheal tube tip 4 cm above the carina. Right internal "
      "jugular central venous catheter with the tip in the SVC. Enteric tube in the stomach. Left chest tube "
      "in place. LUNGS: Bilateral dependent consolidation with air bronchograms and diffuse ground-glass "
      "opacities in the nondependent lungs, slightly worse. Superimposed interlobular septal thickening "
      "producing a crazy-paving pattern. PLEURA: Moderate bilateral pleural effusions, stable. No "
      "pneumothorax. MEDIASTINUM: Mildly enlarged mediastinal lymph nodes, likely reactive. HEART: Normal "
      "size. Trace pericardial effusion. UPPER ABDOMEN: Diffuse subcutaneous edema. IMPRESSION: 1. Slight "
      "worsening of diffuse lung disease compatible with ARDS. 2. Stable bilateral effusions. 3. Support "
      "devices as above."),
     {CON, IST, LN, MM, OPA, PCE, PE}),
    # negative control, UK, incidental thyroid nodule and liver cyst
    ("efr-15", "en",
     ("CT THORAX WITH CONTRAST. CLINICAL DETAILS: Persistent cough in an ex-smoker; normal chest radiograph. "
      "COMPARISON: None. FINDINGS: Lungs and airways: The lungs are clear. No pulmonary nodule, mass or "
      "consolidation. No emphysema. The airways are patent with no bronchial wall thickening or "
      "bronchiectasis. Pleura: No pleural effusion or thickening. Mediastinum and hila: No lymphadenopathy by "
      "size criteria. Heart and great vessels: Normal heart size and no pericardial effusion. No coronary "
      "artery calcification. The thoracic aorta is of normal calibre without calcification. Upper abdomen: A "
      "12 mm simple cyst in segment IV of the liver. Bones and soft tissues: A 14 mm nodule in the right lobe "
      "of the thyroid. IMPRESSION: 1. No thoracic cause for the cough identified. 2. Incidental right thyroid "
      "nodule; ultrasound is recommended if clinically appropriate."),
     set()),
    # negative control, US, adrenal adenoma and renal calculus
    ("efr-16", "en",
     ("CT CHEST WITH CONTRAST. INDICATION: Unintentional weight loss; evaluate for malignancy. COMPARISON: CT "
      "abdomen 2019. FINDINGS: LUNGS: No pulmonary nodules or masses. No consolidation, ground-glass opacity "
      "or interstitial abnormality. The airways are clear. PLEURA: No effusion or pneumothorax. MEDIASTINUM "
      "AND HILA: No mediastinal, hilar or axillary lymphadenopathy. HEART: Normal size. No pericardial "
      "effusion. VESSELS: Normal caliber thoracic aorta. UPPER ABDOMEN: A 1.6 cm left adrenal nodule is "
      "unchanged since 2019, consistent with a benign adenoma; no further imaging is needed. Nonobstructing "
      "4 mm calculus in the upper pole of the right kidney. BONES: No lytic or blastic lesion. IMPRESSION: "
      "1. No evidence of intrathoracic malignancy. 2. Benign left adrenal adenoma. 3. Right nephrolithiasis."),
     set()),
    # sarcoidosis follow-up, continental Europe
    ("efr-17", "en",
     ("HRCT of the chest. Clinical question: Known pulmonary sarcoidosis, stage II, follow-up on "
      "prednisolone. Comparison: HRCT of 03.05.2023. Findings: Lungs: Perilymphatic micronodules along the "
      "bronchovascular bundles and fissures in both upper lobes, decreased in number. Mild peribronchial "
      "thickening in the upper lobes. No fibrotic changes and no honeycombing. Mediastinum and hila: "
      "Bilateral symmetrical hilar and mediastinal lymphadenopathy, partly calcified, decreased in size (right "
      "hilar 18 mm versus 24 mm). Pleura: No effusion. Heart: Normal size. Upper abdomen: Small hypodense "
      "splenic lesions, consistent with sarcoid involvement. Impression: 1. Regression of pulmonary "
      "sarcoidosis under therapy. 2. Decreasing hilar and mediastinal lymphadenopathy. 3. No pulmonary "
      "fibrosis."),
     {LN, NOD, PBT}),
    # bronchiectasis, Australia
    ("efr-18", "en",
     ("CT CHEST HIGH RESOLUTION. HISTORY: Chronic productive cough, recurrent Pseudomonas. COMPARISON: CT "
      "2020. FINDINGS: Lungs and airways: Cylindrical and varicose bronchiectasis in the middle lobe, lingula "
      "and both lower lobes, with bronchial wall thickening and mucous plugging, progressed since 2020. Mosaic "
      "attenuation in the lower lobes. Volume loss with atelectasis of the middle lobe. No consolidation. No "
      "pulmonary nodules. Pleura: Clear. Mediastinum: A mildly enlarged subcarinal node of 11 mm, probably "
      "reactive. Heart: Normal. Upper abdomen: Unremarkable. IMPRESSION: 1. Progressive bronchiectasis, "
      "middle lobe and lingula predominant; non-tuberculous mycobacterial infection is possible and sputum "
      "for AFB is recommended. 2. Middle lobe atelectasis."),
     {ATL, BRX, LN, MOS, PBT}),
    # pneumonia follow-up, resolved, UK
    ("efr-19", "en",
     ("CT THORAX WITH CONTRAST. CLINICAL DETAILS: Follow-up of left lower lobe pneumonia treated 8 weeks ago; "
      "exclude an underlying lesion. COMPARISON: CT 04/01/2024. FINDINGS: Lungs: The left lower lobe "
      "consolidation seen on the previous study has resolved. A thin residual linear opacity in the left "
      "lower lobe is compatible with scarring. No endobronchial lesion. No suspicious nodule or mass. Pleura: "
      "The previously seen small left pleural effusion has resolved. Mediastinum: The previously enlarged "
      "subcarinal node has returned to normal size (8 mm). Heart: Normal size. Coronary artery "
      "calcification. Upper abdomen: Small hiatus hernia. IMPRESSION: 1. Resolution of the left lower lobe "
      "pneumonia with minor residual scarring; no underlying mass. 2. Incidental hiatus hernia."),
     {CAC, FIB, HH}),
    # post-COVID, US
    ("efr-20", "en",
     ("CT CHEST WITHOUT CONTRAST. INDICATION: Persistent dyspnea 3 months after COVID-19 pneumonia. "
      "COMPARISON: CT chest 12/01/2023. FINDINGS: LUNGS: Bilateral peripheral ground-glass opacities, markedly "
      "improved compared with the prior study. Residual subpleural curvilinear bands and reticulation in the "
      "lower lobes, likely post-COVID fibrotic change. No traction bronchiectasis. The previously seen "
      "consolidation has resolved. Mosaic attenuation in the upper lobes may represent small airways "
      "involvement. PLEURA: No effusion. MEDIASTINUM: No lymphadenopathy. HEART: Normal size. IMPRESSION: "
      "1. Improving post-COVID ground-glass opacities with residual fibrotic bands. 2. Mosaic attenuation; "
      "consider expiratory imaging."),
     {FIB, MOS, OPA}),
    # lung cancer staging with effusion, US
    ("efr-21", "en",
     ("CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST. INDICATION: Newly diagnosed left lower lobe adenocarcinoma; "
      "staging. COMPARISON: Outside CT 02/2024. FINDINGS: LUNGS: A 2.7 cm spiculated nodule in the superior "
      "segment of the left lower lobe corresponds to the biopsied lesion. A 6 mm nodule in the right upper "
      "lobe is indeterminate and may represent a metastasis. Smooth interlobular septal thickening in the "
      "left lower lobe is suspicious for lymphangitic spread. Passive atelectasis of the left lower lobe "
      "adjacent to the effusion. PLEURA: Moderate left pleural effusion with nodular pleural thickening, "
      "suspicious for malignant effusion. MEDIASTINUM: Enlarged left hilar node (13 mm) and AP window node "
      "(12 mm). HEART: Normal size. No pericardial effusion. UPPER ABDOMEN: Hepatic cyst. BONES: Lytic "
      "lesion in the right iliac bone. IMPRESSION: 1. Left lower lobe primary with suspected malignant "
      "pleural effusion and nodal disease; clinical stage at least T1c N2 M1a. 2. Indeterminate contralateral "
      "nodule. 3. Lytic iliac lesion suspicious for metastasis (M1c). PET-CT is recommended."),
     {ATL, IST, LN, NOD, PE}),
    # systemic sclerosis ILD, UK
    ("efr-22", "en",
     ("HRCT THORAX. CLINICAL DETAILS: Systemic sclerosis; ILD monitoring. COMPARISON: HRCT 09/2022. "
      "FINDINGS: Lungs: Lower lobe predominant ground-glass opacity with fine reticulation and relative "
      "subpleural sparing, in keeping with fibrotic NSIP. Traction bronchiectasis in both lower lobes. No "
      "honeycombing. Appearances have mildly progressed. Oesophagus: Patulous, fluid-filled oesophagus, "
      "consistent with systemic sclerosis. Small hiatus hernia. Mediastinum: Several enlarged mediastinal "
      "nodes up to 14 mm. Heart and pericardium: Normal heart size. Small pericardial effusion. Pleura: No "
      "effusion. IMPRESSION: 1. Mildly progressive fibrotic NSIP. 2. Oesophageal dilatation and hiatus hernia. "
      "3. Small pericardial effusion; echocardiography may be considered to assess for pulmonary "
      "hypertension."),
     {BRX, FIB, HH, LN, OPA, PCE}),
    # heart failure after diuresis, Australia
    ("efr-23", "en",
     ("CT CHEST WITH CONTRAST. HISTORY: Ischaemic cardiomyopathy, recent admission with decompensated heart "
      "failure; follow-up after diuresis. COMPARISON: CT 10/03/2024. FINDINGS: Heart and great vessels: "
      "Cardiomegaly, unchanged. Thinning of the left ventricular apex. Coronary artery stents in the LAD and "
      "RCA, with extensive coronary calcification. No pericardial effusion. Calcified atherosclerotic plaque "
      "in the descending aorta. Lungs: The interlobular septal thickening and ground glass seen previously "
      "have resolved. No consolidation. Pleura: The bilateral pleural effusions have decreased and are now "
      "small. Residual passive atelectasis at the left base. Mediastinum: No lymphadenopathy. Upper abdomen: "
      "Cholelithiasis. IMPRESSION: 1. Resolved pulmonary oedema. 2. Decreased, now small, bilateral "
      "effusions. 3. Stable cardiomegaly."),
     {ATL, AWC, CAC, CM, MM, PE}),
    # incidental nodule, Fleischner, UK
    ("efr-24", "en",
     ("CT THORAX WITH CONTRAST. CLINICAL DETAILS: 8 mm lung nodule noted at the lung bases on CT abdomen. "
      "COMPARISON: CT abdomen and pelvis 01/02/2024. FINDINGS: Lungs: Solid 8 mm nodule in the right lower "
      "lobe with smooth margins, unchanged in size. No other pulmonary nodules. No emphysema. The lungs are "
      "otherwise clear. Pleura: Normal. Mediastinum and hila: No lymphadenopathy. Heart and great vessels: "
      "Normal heart size. No pericardial effusion. No vascular calcification. Upper abdomen: Known 2 cm right "
      "adrenal adenoma, unchanged. IMPRESSION: Solitary 8 mm solid right lower lobe nodule, stable over 3 "
      "months. In line with the Fleischner Society guidelines for a high-risk patient, follow-up CT at 6-12 "
      "months and again at 18-24 months is recommended."),
     {NOD}),
    # screening, Lung-RADS 4B, US
    ("efr-25", "en",
     ("LOW-DOSE CT LUNG CANCER SCREENING. INDICATION: 70-year-old former smoker, 50 pack-years. "
      "COMPARISON: LDCT 03/2023. FINDINGS: LUNGS: The solid nodule in the right upper lobe has grown and "
      "now measures 11 mm, previously 7 mm. Moderate centrilobular emphysema. Mild bronchial wall "
      "thickening. No consolidation. PLEURA: No effusion. MEDIASTINUM: Calcified mediastinal and right hilar "
      "lymph nodes, sequelae of prior granulomatous infection. HEART: Normal size. Moderate coronary artery "
      "calcification. THYROID: A 2.1 cm heterogeneous nodule in the left thyroid lobe. IMPRESSION: Lung-RADS "
      "4B, suspicious. 1. Growing right upper lobe nodule; PET-CT and pulmonology referral are recommended. "
      "2. Left thyroid nodule; thyroid ultrasound recommended. 3. Emphysema and coronary artery "
      "calcification."),
     {CAC, EMP, LN, NOD, PBT}),
    # post-chemoradiotherapy, continental Europe
    ("efr-26", "en",
     ("CT thorax with contrast, follow-up. Clinical information: Stage III NSCLC of the right upper lobe, "
      "status after concurrent chemoradiotherapy completed 9 months ago, on durvalumab. Comparison: CT of "
      "15.02.2024. Findings: Lungs: Paramediastinal fibrotic change with traction bronchiectasis and volume "
      "loss in the right upper lobe, conforming to the radiation portal, consistent with post-radiation "
      "fibrosis; stable. The primary tumour is no longer separately identifiable. New patchy ground-glass "
      "opacities in the left lower lobe could represent immune-related pneumonitis; infection is a "
      "differential. Pleura: Small right pleural effusion, stable. Mediastinum: The right paratracheal lymph "
      "node has decreased to 12 mm (previously 18 mm). Heart: Normal size. Small pericardial effusion, "
      "stable. Venous port in the left chest wall. Impression: 1. Stable post-radiation fibrosis without "
      "signs of local progression. 2. New ground-glass opacities in the left lower lobe, suspicious for "
      "checkpoint inhibitor pneumonitis. 3. Regressing paratracheal lymphadenopathy."),
     {BRX, FIB, LN, MM, OPA, PCE, PE}),
    # negative control, Australia, lymphoma question
    # (2026-12-07) relabelled: described subcentimetre nodes, also with fatty hila, count as lymphadenopathy in CT-RATE
    # (33 of 35 train reports with nodes under 1 cm are 1)
    ("efr-27", "en",
     ("CT CHEST (CONTRAST). HISTORY: 45-year-old man with night sweats; query lymphoma. COMPARISON: None. "
      "FINDINGS: Lungs and airways: The lungs are clear. No nodules, consolidation, ground glass or "
      "interstitial change. Pleura: No effusion. Mediastinum and hila: No mediastinal, hilar or axillary "
      "lymphadenopathy; a few subcentimetre axillary nodes have normal fatty hila. Thymic remnant normal for "
      "age. Heart and great vessels: The heart is normal in size. No pericardial effusion. No vascular "
      "calcification. Upper abdomen: Spleen of normal size; small splenunculus. Bones: No destructive "
      "lesion. IMPRESSION: No CT evidence of lymphoma in the chest."),
     {LN}),
    # asbestos, UK
    ("efr-28", "en",
     ("CT THORAX WITH CONTRAST. CLINICAL DETAILS: Former shipyard worker with asbestos exposure, "
      "breathless. COMPARISON: CT 2019. FINDINGS: Pleura: Bilateral calcified pleural plaques on the "
      "diaphragmatic and posterolateral pleura, unchanged. Diffuse left pleural thickening. No pleural "
      "effusion. Lungs: Round atelectasis in the left lower lobe adjacent to the pleural thickening, with a "
      "comet-tail sign, unchanged since 2019. Fine subpleural reticulation in both lower lobes, suggestive of "
      "early asbestosis. No pulmonary nodule. Mediastinum: No lymphadenopathy. Heart: Normal size. Coronary "
      "artery calcification. Calcification of the thoracic aorta. IMPRESSION: 1. Asbestos-related pleural "
      "disease. 2. Stable round atelectasis with no features of malignancy. 3. Possible early asbestosis; "
      "prone HRCT could be considered."),
     {ATL, AWC, CAC, FIB}),
    # aspiration with large hiatal hernia, US
    ("efr-29", "en",
     ("CT CHEST WITH CONTRAST. INDICATION: 84-year-old with recurrent aspiration pneumonia. COMPARISON: CT "
      "chest 06/2023. FINDINGS: MEDIASTINUM: Large hiatal hernia containing most of the stomach. Fluid in the "
      "distal esophagus. No lymphadenopathy. LUNGS: Patchy consolidation in the posterior basal segments of "
      "both lower lobes, with bronchial wall thickening. Scattered ground-glass opacity in the right lower "
      "lobe. PLEURA: Trace right pleural effusion. HEART AND GREAT VESSELS: Mild cardiomegaly. Coronary "
      "artery calcification. Tortuous, calcified thoracic aorta. BONES: Chronic compression deformity of "
      "T12. IMPRESSION: 1. Bilateral lower lobe aspiration pneumonia. 2. Large hiatal hernia, likely "
      "predisposing to aspiration. 3. Mild cardiomegaly."),
     {AWC, CAC, CM, CON, HH, OPA, PBT, PE}),
    # pacemaker and cardiomegaly, US
    ("efr-30", "en",
     ("CT CHEST WITHOUT CONTRAST. INDICATION: Chronic cough; history of atrial fibrillation and pacemaker. "
      "COMPARISON: None. FINDINGS: DEVICES: Left pectoral dual-chamber pacemaker with leads in the right "
      "atrium and right ventricle. HEART: Cardiomegaly with biatrial enlargement. No pericardial effusion. "
      "Dense coronary artery calcifications. LUNGS: Mild centrilobular emphysema. A 4 mm subpleural nodule in "
      "the right middle lobe, likely benign; no follow-up is needed per Fleischner guidelines in a low-risk "
      "patient. Mild dependent atelectasis in both lower lobes. PLEURA: No effusion. MEDIASTINUM: No enlarged "
      "nodes. UPPER ABDOMEN: Cholecystectomy clips. Hepatic cyst. IMPRESSION: 1. Cardiomegaly. 2. Mild "
      "emphysema. 3. Small right middle lobe nodule, no follow-up required."),
     {ATL, CAC, CM, EMP, MM, NOD}),
    # hypersensitivity pneumonitis, continental Europe
    ("efr-31", "en",
     ("HRCT chest, inspiration and expiration. Clinical information: Bird keeper with progressive dyspnoea. "
      "Comparison: None. Findings: Lungs: Diffuse patchy ground-glass opacity in the mid and upper zones. "
      "Lobular areas of decreased attenuation produce a mosaic attenuation pattern, with air trapping on the "
      "expiratory images (three-density sign). Mild reticulation in the upper lobes without honeycombing; no "
      "traction bronchiectasis. Pleura: No effusion. Mediastinum: Mildly enlarged mediastinal lymph nodes up "
      "to 12 mm. Heart: Normal size, no pericardial effusion. Impression: Findings suggestive of "
      "hypersensitivity pneumonitis with early fibrosis. Correlation with serum precipitins and "
      "bronchoalveolar lavage recommended."),
     {FIB, LN, MOS, OPA}),
    # melanoma surveillance, UK
    ("efr-32", "en",
     ("CT CHEST, ABDOMEN AND PELVIS. CLINICAL DETAILS: Stage IIIB melanoma; surveillance. COMPARISON: CT "
      "09/2023. FINDINGS: Lungs: The 4 mm left upper lobe nodule previously described is no longer visible. "
      "No new pulmonary nodules. The lungs are clear. Pleura: No effusion. Mediastinum and hila: No "
      "lymphadenopathy. Axillae: Post-surgical changes of right axillary dissection with surgical clips. "
      "Heart: Normal. Upper abdomen: A stable 8 mm hypodense liver lesion, too small to characterise, "
      "probably a cyst. Right renal cortical cyst. Bones: No suspicious lesion. IMPRESSION: No evidence of "
      "metastatic disease. The previously noted left upper lobe nodule has resolved."),
     {MM}),
    # empyema, US
    ("efr-33", "en",
     ("CT CHEST WITH CONTRAST. INDICATION: Fever and pleuritic pain; right lower lobe pneumonia not improving "
      "on antibiotics. COMPARISON: Chest radiograph 2 days prior. FINDINGS: PLEURA: Loculated right pleural "
      "effusion with enhancing, thickened parietal and visceral pleura (split pleura sign), suspicious for "
      "empyema. LUNGS: Consolidation in the right lower lobe with adjacent compressive atelectasis. "
      "Ground-glass opacity in the right middle lobe. The left lung is clear. No cavitation. MEDIASTINUM: "
      "Enlarged right paratracheal node, 13 mm, probably reactive. HEART: Normal size. No pericardial "
      "effusion. UPPER ABDOMEN: Normal. IMPRESSION: 1. Loculated right effusion, likely empyema; drainage "
      "recommended. 2. Right lower lobe pneumonia."),
     {ATL, CON, LN, OPA, PE}),
    # ICU after oesophagectomy, UK
    ("efr-34", "en",
     ("CT THORAX WITH CONTRAST. CLINICAL DETAILS: Day 5 after minimally invasive oesophagectomy; rising CRP, "
      "?anastomotic leak. COMPARISON: Staging CT 01/2024. FINDINGS: Lines and tubes: Right internal jugular "
      "central line with the tip in the SVC. Nasogastric tube tip within the gastric conduit. Mediastinum: "
      "Anastomotic staple line in the upper mediastinum. A small locule of extraluminal gas and a small fluid "
      "collection adjacent to the anastomosis, suspicious for a contained leak. No lymphadenopathy. Lungs: "
      "Bilateral lower lobe consolidation, right worse than left, likely aspiration pneumonia. Pleura: "
      "Moderate bilateral pleural effusions. Heart: Normal size. Small pericardial effusion. IMPRESSION: "
      "1. Findings suspicious for a contained anastomotic leak; surgical team informed. 2. Bilateral lower "
      "lobe consolidation and moderate effusions."),
     {CON, MM, PCE, PE}),
    # lymphangitis, breast cancer, Australia
    ("efr-35", "en",
     ("CT CHEST, ABDOMEN AND PELVIS. HISTORY: Metastatic breast cancer, previous left mastectomy, increasing "
      "breathlessness. COMPARISON: CT 11/2023. FINDINGS: Lungs: New smooth and beaded interlobular septal "
      "thickening with peribronchial thickening in the right lung, suspicious for lymphangitis carcinomatosa. "
      "A few new nodules in the right lower lobe, up to 6 mm. Pleura: Moderate right pleural effusion, "
      "increased. Mediastinum: Enlarged right internal mammary and subcarinal lymph nodes. Chest wall: Left "
      "mastectomy with axillary surgical clips. Right chest wall port with the catheter tip at the cavoatrial "
      "junction. Heart: Normal size, no pericardial effusion. Bones: Multiple sclerotic metastases in the "
      "thoracic spine, stable. IMPRESSION: Disease progression with suspected lymphangitis carcinomatosa, new "
      "pulmonary nodules, nodal disease and an enlarging right pleural effusion."),
     {IST, LN, MM, NOD, PBT, PE}),
    # aortic dissection rule-out, US
    ("efr-36", "en",
     ("CT ANGIOGRAPHY CHEST. INDICATION: Atypical chest pain; rule out aortic dissection. TECHNIQUE: "
      "Noncontrast and arterial phase images of the chest. COMPARISON: None. FINDINGS: AORTA: No dissection, "
      "intramural hematoma or aneurysm. Mild calcified plaque in the aortic arch. HEART: Normal size. "
      "Coronary artery calcification in the LAD and circumflex. No pericardial effusion. LUNGS: Clear. No "
      "nodules or consolidation. PLEURA: No effusion. MEDIASTINUM: No lymphadenopathy. UPPER ABDOMEN: "
      "Hepatic steatosis. A 1.2 cm simple cyst in the right kidney. IMPRESSION: 1. No acute aortic syndrome. "
      "2. Coronary artery calcification; cardiovascular risk assessment is suggested."),
     {AWC, CAC}),
    # old tuberculosis, continental Europe
    ("efr-37", "en",
     ("CT thorax without contrast. Clinical information: Positive IGRA, history of treated tuberculosis. "
      "Comparison: None. Findings: Lungs: Fibrotic scarring and volume loss in the apical and posterior "
      "segments of the right upper lobe with traction bronchiectasis, consistent with old tuberculosis. "
      "Several calcified nodules in the right upper lobe (granulomas). No cavitation. No consolidation or "
      "tree-in-bud pattern to suggest active infection. Mediastinum and hila: Calcified right hilar and "
      "paratracheal lymph nodes. Pleura: Right apical pleural thickening; no effusion. Heart: Normal. "
      "Impression: Post-tuberculous sequelae without signs of active disease."),
     {BRX, FIB, LN, NOD}),
    # invasive fungal infection, US
    ("efr-38", "en",
     ("CT CHEST WITHOUT CONTRAST. INDICATION: Neutropenic fever after allogeneic stem cell transplant. "
      "COMPARISON: CT chest 2 weeks prior. FINDINGS: LUNGS: New 1.8 cm nodule in the left upper lobe with a "
      "surrounding halo of ground-glass opacity, suspicious for angioinvasive fungal infection. A few "
      "additional smaller nodules in both lungs. No consolidation. PLEURA: No effusion. MEDIASTINUM: No "
      "lymphadenopathy. LINES: Tunneled right chest catheter with the tip at the cavoatrial junction. HEART: "
      "Normal. UPPER ABDOMEN: Splenomegaly. IMPRESSION: 1. New left upper lobe nodule with halo sign, "
      "suspicious for invasive aspergillosis; other infections cannot be excluded. Galactomannan and "
      "bronchoscopy with BAL recommended."),
     {MM, NOD, OPA}),
    # endobronchial valves, UK
    ("efr-39", "en",
     ("CT THORAX. CLINICAL DETAILS: Severe COPD; left upper lobe endobronchial valves placed 2022, "
      "assessment of response. COMPARISON: CT 06/2022. FINDINGS: Lungs and airways: Three endobronchial "
      "valves in situ in the left upper lobe segmental bronchi, with complete atelectasis of the left upper "
      "lobe (target lobar collapse). Severe centrilobular emphysema in the remaining lobes, upper zone "
      "predominant. Bronchial wall thickening. No bronchiectasis. No pulmonary nodules. Pleura: No effusion "
      "or pneumothorax. Mediastinum: No lymphadenopathy. Heart and great vessels: Normal size. Coronary "
      "artery calcification. Calcification of the aortic arch. IMPRESSION: 1. Satisfactory result of "
      "endobronchial valve therapy with complete left upper lobe collapse. 2. Severe emphysema."),
     {ATL, AWC, CAC, EMP, MM, PBT}),
    # central squamous cell carcinoma staging, US
    ("efr-40", "en",
     ("CT CHEST WITH CONTRAST. INDICATION: Squamous cell carcinoma on bronchoscopy; staging. COMPARISON: "
      "None. FINDINGS: LUNGS: A 5.6 cm mass centered at the left hilum encases the left upper lobe bronchus, "
      "with post-obstructive atelectasis and consolidation of the left upper lobe. Scattered ground-glass "
      "opacity in the lingula. A 3 mm nodule in the right middle lobe is nonspecific. Centrilobular "
      "emphysema. PLEURA: Small left pleural effusion; thoracentesis could be considered to exclude a "
      "malignant effusion. MEDIASTINUM: Bulky left paratracheal and AP window lymphadenopathy; contralateral "
      "right paratracheal node of 15 mm. HEART: Normal size. Small pericardial effusion. UPPER ABDOMEN: Right "
      "adrenal nodule of 2.4 cm, suspicious for metastasis. IMPRESSION: 1. Central left upper lobe carcinoma "
      "with post-obstructive collapse, T3 N3, possible M1b. 2. PET-CT and adrenal sampling are recommended."),
     {ATL, CON, EMP, LN, NOD, OPA, PCE, PE}),
    # lung transplant surveillance, US
    ("efr-41", "en",
     ("CT CHEST WITHOUT CONTRAST, INSPIRATORY AND EXPIRATORY. INDICATION: Bilateral lung transplant 2021 for "
      "COPD; decline in FEV1. COMPARISON: CT 05/2023. FINDINGS: POSTSURGICAL: Clamshell thoracotomy with "
      "sternal wires. Bronchial anastomoses are intact. LUNGS: Mosaic attenuation with air trapping on "
      "expiratory images, new since the prior study. New bronchial wall thickening and mild bronchiectasis "
      "in the lower lobes. No emphysema. No consolidation or nodules. PLEURA: No effusion. MEDIASTINUM: No "
      "lymphadenopathy. HEART: Normal size. Mild coronary artery calcification. UPPER ABDOMEN: Small "
      "kidneys. IMPRESSION: New air trapping, bronchial wall thickening and bronchiectasis, suspicious for "
      "bronchiolitis obliterans syndrome; correlation with pulmonary function tests recommended."),
     {BRX, CAC, MM, MOS, PBT}),
    # negative control, continental Europe, renal cell carcinoma work-up
    ("efr-42", "en",
     ("CT thorax with i.v. contrast. Clinical question: Exclusion of pulmonary metastases in newly diagnosed "
      "renal cell carcinoma of the left kidney. Comparison: None. Findings: Lungs: No pulmonary nodules or "
      "masses. No infiltrates. No emphysema. Airways unremarkable. Pleura: No effusion. Mediastinum and "
      "hila: No enlarged lymph nodes. Heart: Normal size, no pericardial effusion. Vessels: Normal calibre of "
      "the thoracic aorta and pulmonary trunk. Upper abdomen: Known 6 cm enhancing mass in the upper pole of "
      "the left kidney, consistent with the known renal cell carcinoma. Small simple cyst of the right "
      "kidney. Skeleton: Degenerative changes; no osteolytic lesions. Impression: No evidence of thoracic "
      "metastases."),
     set()),
    # valvular heart disease, decompensation, continental Europe
    ("efr-43", "en",
     ("CT thorax without contrast. Clinical information: Status after mechanical mitral valve replacement "
      "and tricuspid annuloplasty; progressive dyspnoea. Comparison: CT of 20.11.2023. Findings: Heart: "
      "Marked cardiomegaly with left atrial enlargement. Mechanical mitral valve prosthesis and tricuspid "
      "annuloplasty ring. Sternal cerclage wires. Moderate pericardial effusion, new. Lungs: Interlobular "
      "septal thickening and ground-glass opacities in both lungs, consistent with interstitial oedema. "
      "Pleura: Bilateral pleural effusions with adjacent atelectasis. Mediastinum: Mildly enlarged "
      "mediastinal lymph nodes, probably congestive. Vessels: Calcified plaques of the descending aorta. "
      "Upper abdomen: Hepatic congestion. Impression: 1. Cardiac decompensation with interstitial oedema and "
      "bilateral effusions. 2. New moderate pericardial effusion; echocardiography recommended."),
     {ATL, AWC, CM, IST, LN, MM, OPA, PCE, PE}),
    # chronic thromboembolic disease, US
    ("efr-44", "en",
     ("CT PULMONARY ANGIOGRAM. INDICATION: Persistent dyspnea 6 months after pulmonary embolism; evaluate for "
      "CTEPH. COMPARISON: CTPA 05/2023. FINDINGS: PULMONARY ARTERIES: Eccentric wall-adherent filling "
      "defects and webs in the right lower lobe segmental arteries, consistent with chronic thromboembolic "
      "disease. No acute PE. The main pulmonary artery is dilated at 35 mm. HEART: Cardiomegaly with right "
      "ventricular enlargement. No pericardial effusion. LUNGS: Mosaic attenuation with hypoattenuating "
      "regions corresponding to the affected vessels, consistent with mosaic perfusion. A peripheral linear "
      "opacity in the right lower lobe is consistent with scarring from a prior infarct. No consolidation. "
      "PLEURA: No effusion. MEDIASTINUM: Bronchial artery collaterals; no lymphadenopathy. IMPRESSION: "
      "1. Chronic thromboembolic disease with mosaic perfusion and pulmonary artery enlargement, suggestive "
      "of CTEPH. 2. No acute pulmonary embolism."),
     {CM, FIB, MOS}),
    # cavitary lesion, UK
    ("efr-45", "en",
     ("CT THORAX WITH CONTRAST. CLINICAL DETAILS: Persistent cough, haemoptysis and weight loss. COMPARISON: "
      "Chest radiograph 10/01/2024. FINDINGS: Lungs: A 2.1 cm thick-walled cavitating nodule in the right "
      "upper lobe with surrounding patchy consolidation. Mild paraseptal emphysema. Pleura: No effusion. "
      "Mediastinum and hila: Right paratracheal lymphadenopathy, 14 mm, which may be reactive or metastatic. "
      "Heart and great vessels: Normal size. No coronary artery calcification is seen. Upper abdomen: A 5 mm "
      "non-obstructing right renal calculus. IMPRESSION: 1. Cavitating right upper lobe lesion; the "
      "differential includes cavitating malignancy and infection, and tuberculosis cannot be excluded. "
      "Sputum AFB and respiratory team review recommended. 2. Right paratracheal lymphadenopathy."),
     {CON, EMP, LN, NOD}),
    # ICU polytrauma day 3, Australia
    ("efr-46", "en",
     ("CT CHEST (NON-CONTRAST), ICU. HISTORY: Intubated, polytrauma day 3, increasing oxygen requirement. "
      "COMPARISON: Trauma CT 3 days prior. FINDINGS: Tubes and lines: ETT tip 5 cm above the carina. Left "
      "subclavian CVC with the tip in the SVC. NGT tip in the stomach. Bilateral intercostal catheters with "
      "tips at the apices. Lungs: The previously seen right lower lobe contusion has resolved. New bilateral "
      "dependent lower lobe consolidation with atelectasis, likely aspiration or ventilator-associated "
      "pneumonia. No residual pneumothorax. Pleura: Small bilateral pleural effusions. Bones: Multiple "
      "bilateral rib fractures with right rib fixation plates. Heart: Normal. IMPRESSION: 1. New bilateral "
      "lower lobe consolidation, likely infective. 2. Pneumothoraces resolved with intercostal catheters in "
      "situ. 3. Small bilateral effusions."),
     {ATL, CON, MM, PE}),
    # negative control, screening baseline, US
    ("efr-47", "en",
     ("LOW-DOSE CT LUNG CANCER SCREENING. INDICATION: 58-year-old former smoker, 30 pack-years, quit 5 years "
      "ago; baseline screening. COMPARISON: None. FINDINGS: LUNGS: No pulmonary nodules. No emphysema. No "
      "consolidation. The airways are normal. PLEURA: No effusion. MEDIASTINUM: No lymphadenopathy. HEART: "
      "Normal heart size. No coronary artery calcification. No pericardial effusion. UPPER ABDOMEN: Hepatic "
      "steatosis. BONES: Mild thoracic spondylosis. IMPRESSION: Lung-RADS 1, negative. Continue annual "
      "screening with LDCT in 12 months."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("efr-08", NOD): "'No pulmonary nodules suspicious for metastases': the hedge before 'metastases' is nearer than the denial and hedges the nodules",
    ("efr-25", FIB): "'calcified mediastinal and hilar lymph nodes, sequelae of prior granulomatous infection': 'sequelae' after the nodes is read as a fibrotic sequela",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
