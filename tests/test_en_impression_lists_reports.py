"""Probe: English (US-style) chest CT reports with a FINDINGS section written organ by organ
("Lungs:", "Pleura:", "Heart and pericardium:", "Mediastinum and hila:", "Upper abdomen:",
"Bones:") and an IMPRESSION that is a numbered ("1. ...") or bulleted ("- ...") list, whose items
deny ("No acute intrathoracic abnormality."), hedge ("Findings may represent ...", "cannot be
excluded"), compare ("Stable 4 mm nodule; no follow-up needed per Fleischner.", "resolved",
"interval increase") and recommend ("Recommend follow-up CT in 3 months to assess for ...").
Recommendations that name findings only as things to look for are included (those findings are
0), as are impression items that contradict and correct the findings section (the impression's
corrected reading is what is labelled), and negative controls (subcutaneous emphysema, thyroid and
adrenal nodules, aortic valve and mitral annular calcification, interatrial septum, gallbladder wall
thickening, normal superior pericardial recess fluid). The reports were written for this file
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
    ("eil-01", "en",
     ("FINDINGS:\n"
      "Lungs: Clear. No nodules or consolidation.\n"
      "Pleura: No pleural effusion or pneumothorax.\n"
      "Heart and pericardium: Normal heart size. No pericardial effusion.\n"
      "Mediastinum and hila: No lymphadenopathy.\n"
      "Upper abdomen: Unremarkable.\n"
      "Bones: No aggressive osseous lesion.\n"
      "IMPRESSION:\n"
      "1. No acute intrathoracic abnormality."),
     set()),
    ("eil-02", "en",
     ("FINDINGS:\n"
      "Lungs: 4 mm solid nodule in the right middle lobe (series 3, image 88), unchanged since 2021. "
      "Mild centrilobular emphysema, upper lobe predominant.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal heart size. Coronary artery calcifications in the LAD.\n"
      "Mediastinum and hila: No enlarged lymph nodes.\n"
      "Upper abdomen: Small hiatal hernia.\n"
      "Bones: Degenerative changes of the thoracic spine.\n"
      "IMPRESSION:\n"
      "1. Stable 4 mm right middle lobe nodule; no follow-up needed per Fleischner.\n"
      "2. Mild centrilobular emphysema.\n"
      "3. Coronary artery calcification.\n"
      "4. Small hiatal hernia."),
     {NOD, EMP, CAC, HH}),
    ("eil-03", "en",
     ("FINDINGS:\n"
      "Lungs: Patchy ground-glass opacity in the left lower lobe. No consolidation.\n"
      "Pleura: No pleural effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Subcentimeter mediastinal lymph nodes, the largest 8 mm in short axis "
      "in the right paratracheal station.\n"
      "Upper abdomen: Unremarkable. Bones: Unremarkable.\n"
      "IMPRESSION:\n"
      "1. Patchy left lower lobe ground-glass opacity, likely infectious or inflammatory.\n"
      "2. Recommend follow-up CT in 3 months to assess for resolution and to exclude an underlying "
      "nodule or developing consolidation."),
     {OPA, LN}),
    ("eil-04", "en",
     ("FINDINGS:\n"
      "Lungs: Mild bibasilar dependent atelectasis. No focal consolidation.\n"
      "Pleura: Small right pleural effusion.\n"
      "Heart and pericardium: Heart size is normal. No pericardial effusion.\n"
      "Mediastinum and hila: No lymphadenopathy.\n"
      "Upper abdomen: Cholelithiasis.\n"
      "Bones: No acute fracture.\n"
      "IMPRESSION:\n"
      "1. No pleural effusion; the right posterior pleural finding described above represents "
      "pleural thickening on soft tissue windows, not fluid.\n"
      "2. Mild bibasilar dependent atelectasis.\n"
      "3. Cholelithiasis."),
     {ATL}),
    ("eil-05", "en",
     ("FINDINGS:\n"
      "Lungs: Moderate centrilobular and paraseptal emphysema. 3 mm perifissural nodule along the "
      "right minor fissure. Bronchial wall thickening in both lower lobes.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal heart size. Severe three-vessel coronary artery calcification.\n"
      "Mediastinum and hila: No lymphadenopathy. Atherosclerotic calcification of the thoracic aorta.\n"
      "Upper abdomen: Adrenal glands are normal.\n"
      "Bones: No suspicious lesion.\n"
      "IMPRESSION:\n"
      "1. Lung-RADS 2: 3 mm perifissural nodule, benign appearance. Continue annual low-dose CT "
      "screening in 12 months.\n"
      "2. Moderate centrilobular and paraseptal emphysema.\n"
      "3. Bronchial wall thickening, can be seen with chronic bronchitis.\n"
      "4. Severe coronary artery calcification. Aortic atherosclerosis."),
     {EMP, NOD, PBT, CAC, AWC}),
    ("eil-06", "en",
     ("FINDINGS:\n"
      "Lungs: Dense consolidation in the right lower lobe with air bronchograms and surrounding "
      "ground-glass opacity. Mild peribronchial thickening.\n"
      "Pleura: Small right parapneumonic effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Reactive-appearing right hilar lymph node measuring 11 mm in short axis.\n"
      "Upper abdomen: Unremarkable. Bones: Unremarkable.\n"
      "IMPRESSION:\n"
      "1. Right lower lobe pneumonia with small parapneumonic effusion.\n"
      "2. Reactive right hilar lymph node.\n"
      "3. Recommend follow-up chest CT in 6-8 weeks after treatment to document resolution and to "
      "exclude an underlying obstructing mass."),
     {CON, OPA, PBT, PE, LN}),
    ("eil-07", "en",
     ("COMPARISON: CT chest 03/14/2023.\n"
      "FINDINGS:\n"
      "Lungs: Previously seen left upper lobe consolidation has resolved. Residual linear scarring "
      "in the left upper lobe. No new nodules.\n"
      "Pleura: The prior left pleural effusion has resolved.\n"
      "Heart and pericardium: Normal heart size. No pericardial effusion.\n"
      "Mediastinum and hila: Previously enlarged AP window lymph node has returned to normal size.\n"
      "Upper abdomen: Unremarkable. Bones: Unremarkable.\n"
      "IMPRESSION:\n"
      "1. Resolution of left upper lobe pneumonia and left pleural effusion, with residual linear "
      "scarring.\n"
      "2. Resolved mediastinal lymphadenopathy.\n"
      "3. No new or suspicious pulmonary nodule."),
     {FIB}),
    ("eil-08", "en",
     ("FINDINGS:\n"
      "Lungs: Smooth interlobular septal thickening at both bases with patchy ground-glass "
      "opacities. No consolidation.\n"
      "Pleura: Moderate bilateral pleural effusions, right greater than left, with adjacent "
      "compressive atelectasis.\n"
      "Heart and pericardium: Cardiomegaly. Small pericardial effusion.\n"
      "Mediastinum and hila: Prominent mediastinal lymph nodes up to 12 mm.\n"
      "Upper abdomen: Reflux of contrast into the IVC and hepatic veins.\n"
      "Bones: Median sternotomy wires.\n"
      "IMPRESSION:\n"
      "1. Findings may represent congestive heart failure with pulmonary edema: cardiomegaly, "
      "interlobular septal thickening, ground-glass opacity, and moderate bilateral pleural "
      "effusions.\n"
      "2. Small pericardial effusion.\n"
      "3. Mildly enlarged mediastinal lymph nodes, likely reactive.\n"
      "4. Post-sternotomy changes."),
     {IST, OPA, PE, ATL, CM, PCE, LN, MM}),
    ("eil-09", "en",
     ("FINDINGS:\n"
      "Lungs: 6 mm nodule in the left upper lobe (series 4, image 52). No consolidation.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal heart size.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Subcentimeter hypodense lesion in the liver, too small to characterize.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. No pulmonary nodule. The left upper lobe \"nodule\" described in the findings represents "
      "an end-on vessel on coronal and sagittal reformats.\n"
      "2. No acute intrathoracic abnormality.\n"
      "3. Subcentimeter hepatic hypodensity, likely a cyst; no further follow-up."),
     set()),
    ("eil-10", "en",
     ("FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal heart size. No pericardial effusion.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal.\n"
      "Bones: Multilevel degenerative disc disease.\n"
      "IMPRESSION:\n"
      "1. Mild cardiomegaly. (Correction: the heart is mildly enlarged; the statement of normal "
      "heart size in the findings is in error.)\n"
      "2. Otherwise no acute intrathoracic abnormality."),
     {CM}),
    ("eil-11", "en",
     ("FINDINGS:\n"
      "Lungs: Subpleural and basilar predominant reticulation with traction bronchiectasis and "
      "honeycombing in both lower lobes. Mild ground-glass opacity in the lower lobes. No nodules.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal size. Mild coronary artery calcification.\n"
      "Mediastinum and hila: Multiple mildly enlarged mediastinal lymph nodes, up to 13 mm in the "
      "subcarinal station.\n"
      "Upper abdomen: Unremarkable. Bones: Unremarkable.\n"
      "IMPRESSION:\n"
      "1. Basilar predominant fibrosis with honeycombing and traction bronchiectasis, consistent "
      "with a usual interstitial pneumonia (UIP) pattern.\n"
      "2. Mild superimposed ground-glass opacity, which may represent acute exacerbation.\n"
      "3. Mildly enlarged mediastinal lymph nodes, commonly seen with fibrotic lung disease."),
     {FIB, BRX, OPA, CAC, LN}),
    ("eil-12", "en",
     ("FINDINGS:\n"
      "Lungs: Faint subpleural ground-glass opacity at both lung bases. No reticulation or "
      "honeycombing.\n"
      "Pleura: Normal. Heart and pericardium: Normal.\n"
      "Mediastinum and hila: No lymphadenopathy.\n"
      "Upper abdomen: Hepatic steatosis.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Faint subpleural ground-glass opacity at the lung bases, likely dependent.\n"
      "2. If there is clinical concern for interstitial lung disease, recommend prone and "
      "expiratory high-resolution CT to evaluate for early fibrosis or air trapping.\n"
      "3. Hepatic steatosis."),
     {OPA}),
    ("eil-13", "en",
     ("FINDINGS:\n"
      "Lungs: Mosaic attenuation in both lungs with air trapping on expiratory images. Mild "
      "bronchial wall thickening. No bronchiectasis.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "- Mosaic attenuation with expiratory air trapping, suggestive of small airways disease such "
      "as constrictive bronchiolitis or asthma.\n"
      "- Mild bronchial wall thickening.\n"
      "- No bronchiectasis."),
     {MOS, PBT}),
    ("eil-14", "en",
     ("FINDINGS:\n"
      "Lungs: Small residual right apical pneumothorax. Right basilar subsegmental atelectasis. "
      "No emphysema.\n"
      "Pleura: Right chest tube with tip at the apex. No pleural effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: No pneumomediastinum.\n"
      "Chest wall: Subcutaneous emphysema along the right lateral chest wall at the tube insertion "
      "site.\n"
      "Bones: Healing right 6th and 7th rib fractures.\n"
      "IMPRESSION:\n"
      "1. Small residual right apical pneumothorax with right chest tube in place.\n"
      "2. Subcutaneous emphysema of the right chest wall, expected after tube placement.\n"
      "3. Right basilar subsegmental atelectasis.\n"
      "4. Healing right rib fractures."),
     {MM, ATL}),
    ("eil-15", "en",
     ("FINDINGS:\n"
      "Lungs: Mild bibasilar atelectasis.\n"
      "Pleura: Trace left pleural effusion.\n"
      "Heart and pericardium: Heart size at the upper limits of normal. Trace pericardial fluid "
      "versus pericardial thickening.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Trace left pleural effusion and bibasilar atelectasis.\n"
      "2. Small pericardial effusion cannot be excluded. Consider echocardiography if clinically "
      "indicated."),
     {ATL, PE, PCE}),
    ("eil-16", "en",
     ("COMPARISON: 01/09/2024.\n"
      "FINDINGS:\n"
      "Lungs: New 7 mm solid nodule in the superior segment of the right lower lobe. Stable 3 mm "
      "left lower lobe nodule. No consolidation.\n"
      "Pleura: No pleural effusion.\n"
      "Heart and pericardium: Normal size. Aortic valve calcification.\n"
      "Mediastinum and hila: No enlarged lymph nodes.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. New 7 mm solid right lower lobe nodule. Per Fleischner guidelines, recommend CT at 6-12 "
      "months; consider CT at 3 months if high risk.\n"
      "2. Stable 3 mm left lower lobe nodule.\n"
      "3. Aortic valve calcification."),
     {NOD}),
    ("eil-17", "en",
     ("FINDINGS:\n"
      "Lungs: Cylindrical bronchiectasis in the right middle lobe and lingula with bronchial wall "
      "thickening and scattered tree-in-bud opacities, unchanged. No consolidation.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Small mediastinal lymph nodes, none enlarged by size criteria.\n"
      "Upper abdomen: Normal.\n"
      "Bones: Mild thoracic kyphosis.\n"
      "IMPRESSION:\n"
      "1. Stable right middle lobe and lingular bronchiectasis with bronchial wall thickening and "
      "tree-in-bud opacities, suggestive of chronic atypical mycobacterial infection (MAC).\n"
      "2. No new consolidation."),
     {BRX, PBT}),
    ("eil-18", "en",
     ("FINDINGS:\n"
      "Lungs: Clear. No nodules.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal size. No pericardial effusion.\n"
      "Mediastinum and hila: Moderate-sized hiatal hernia. Patulous, fluid-filled esophagus. No "
      "lymphadenopathy.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Moderate hiatal hernia and patulous esophagus; aspiration risk.\n"
      "2. No acute intrathoracic abnormality."),
     {HH}),
    ("eil-19", "en",
     ("FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Enlarged 15 mm right hilar lymph node.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. No hilar or mediastinal lymphadenopathy. On review of the contrast-enhanced images, the "
      "right hilar \"node\" described above is a branch of the right pulmonary artery.\n"
      "2. No acute intrathoracic abnormality."),
     set()),
    ("eil-20", "en",
     ("FINDINGS:\n"
      "Lungs: Left lower lobe atelectasis.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Small left pleural effusion with adjacent left lower lobe atelectasis. (The effusion was "
      "inadvertently omitted from the findings above.)"),
     {PE, ATL}),
    ("eil-21", "en",
     ("FINDINGS:\n"
      "Lungs: Dependent consolidation in the right lower lobe.\n"
      "Pleura: Moderate right pleural effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: No lymphadenopathy.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Moderate right pleural effusion.\n"
      "2. The right lower lobe finding represents compressive atelectasis, not consolidation; no "
      "evidence of pneumonia."),
     {PE, ATL}),
    ("eil-22", "en",
     ("FINDINGS:\n"
      "Lungs: Postsurgical changes of right upper lobectomy with a staple line at the right hilum. "
      "Mild scarring along the staple line. No suspicious nodule.\n"
      "Pleura: Mild right apical pleural thickening. No effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Surgical clips in the right paratracheal region. No lymphadenopathy.\n"
      "Upper abdomen: Normal.\n"
      "Bones: Right thoracotomy changes.\n"
      "IMPRESSION:\n"
      "1. Status post right upper lobectomy without evidence of recurrent disease.\n"
      "2. Recommend continued surveillance CT in 6 months per oncologic protocol."),
     {MM, FIB}),
    ("eil-23", "en",
     ("FINDINGS:\n"
      "Lungs: 4.5 cm spiculated mass in the left upper lobe with adjacent postobstructive "
      "atelectasis. Moderate centrilobular emphysema.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Enlarged left hilar and AP window lymph nodes, up to 18 mm.\n"
      "Upper abdomen: 1.8 cm left adrenal nodule.\n"
      "Bones: No osseous metastasis.\n"
      "IMPRESSION:\n"
      "1. 4.5 cm spiculated left upper lobe mass, highly suspicious for primary bronchogenic "
      "carcinoma, with postobstructive atelectasis.\n"
      "2. Left hilar and AP window lymphadenopathy, concerning for nodal metastases.\n"
      "3. Indeterminate left adrenal nodule; metastasis not excluded.\n"
      "4. Recommend PET/CT and tissue sampling."),
     {ATL, EMP, LN}),
    ("eil-24", "en",
     ("COMPARISON: CT chest 2 months prior.\n"
      "FINDINGS:\n"
      "Lungs: Interval improvement of bilateral peripheral ground-glass opacities, with residual "
      "faint ground glass and subpleural curvilinear bands. Previously seen lower lobe "
      "consolidation has resolved.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "IMPRESSION:\n"
      "1. Improving bilateral ground-glass opacities compatible with resolving COVID-19 pneumonia, "
      "with residual subpleural fibrotic bands.\n"
      "2. Resolved lower lobe consolidation."),
     {OPA, FIB}),
    ("eil-25", "en",
     ("FINDINGS:\n"
      "Lungs: No pulmonary nodule, mass, or consolidation.\n"
      "Pleura: No effusion or pneumothorax.\n"
      "Heart and pericardium: Normal heart size. No pericardial effusion.\n"
      "Mediastinum and hila: 1.5 cm nodule in the right thyroid lobe. No lymphadenopathy.\n"
      "Upper abdomen: Normal.\n"
      "Bones: Normal. Benign-appearing left breast calcifications.\n"
      "IMPRESSION:\n"
      "1. No acute intrathoracic abnormality.\n"
      "2. 1.5 cm right thyroid nodule; recommend thyroid ultrasound per ACR guidance."),
     set()),
    ("eil-26", "en",
     ("FINDINGS:\n"
      "Lungs: Mild biapical pleural-parenchymal scarring. No nodules.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal size. Dense coronary artery calcification in the LAD and RCA. "
      "Mitral annular calcification.\n"
      "Mediastinum and hila: Atherosclerotic calcification of the aortic arch. Ascending aorta "
      "measures 4.2 cm.\n"
      "Upper abdomen: Calcified splenic granulomas. No hiatal hernia.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Coronary artery calcification and aortic atherosclerosis.\n"
      "2. Ascending aortic dilation to 4.2 cm. Recommend annual imaging follow-up.\n"
      "3. Biapical scarring."),
     {CAC, AWC, FIB}),
    ("eil-27", "en",
     ("FINDINGS:\n"
      "Lungs: Mild lower lobe bronchial dilatation, possibly early bronchiectasis. Mild bronchial "
      "wall thickening. No emphysema.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Mild lower lobe bronchial dilatation and wall thickening; early bronchiectasis not "
      "excluded.\n"
      "2. No emphysema."),
     {BRX, PBT}),
    ("eil-28", "en",
     ("CLINICAL HISTORY: Persistent cough, evaluate for pneumonia.\n"
      "FINDINGS:\n"
      "Lungs: No consolidation, ground-glass opacity, or nodule.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. No CT evidence of pneumonia.\n"
      "2. If symptoms persist, recommend follow-up CT in 4-6 weeks to assess for interval "
      "development of consolidation, bronchiectasis, or lymphadenopathy."),
     set()),
    ("eil-29", "en",
     ("FINDINGS:\n"
      "Lungs: Linear band in the lingula.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Mild cardiomegaly. Left chest wall dual-chamber pacemaker with leads "
      "in the right atrium and right ventricle.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Linear lingular band, which may represent subsegmental atelectasis or scarring.\n"
      "2. Mild cardiomegaly.\n"
      "3. Pacemaker in place."),
     {ATL, FIB, CM, MM}),
    ("eil-30", "en",
     ("FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal size. Scattered coronary artery calcification.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Small hiatal hernia.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. No acute intrathoracic abnormality.\n"
      "2. No hiatal hernia. The apparent small hernia described above reflects a normal, "
      "incompletely distended gastroesophageal junction.\n"
      "3. Coronary artery calcification."),
     {CAC}),
    ("eil-31", "en",
     ("FINDINGS:\n"
      "Lungs: Nodular interlobular septal thickening in the right lower lobe. Several small "
      "nodules up to 5 mm.\n"
      "Pleura: Small right pleural effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Right hilar lymphadenopathy, 2.1 cm.\n"
      "Upper abdomen: Multiple hypoattenuating hepatic lesions.\n"
      "Bones: Sclerotic lesion in the T8 vertebral body.\n"
      "IMPRESSION:\n"
      "1. Nodular interlobular septal thickening in the right lower lobe, concerning for "
      "lymphangitic carcinomatosis.\n"
      "2. Small pulmonary nodules, possibly metastatic.\n"
      "3. Right hilar lymphadenopathy and small right pleural effusion.\n"
      "4. Hepatic and osseous lesions, suspicious for metastases."),
     {IST, NOD, PE, LN}),
    ("eil-32", "en",
     ("EXAM: CTA chest, PE protocol.\n"
      "FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: No effusion or pneumothorax.\n"
      "Heart and pericardium: Normal size. No pericardial effusion.\n"
      "Mediastinum and hila: No lymphadenopathy. Pulmonary arteries are well opacified.\n"
      "Upper abdomen: Cholecystectomy clips.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. No pulmonary embolism.\n"
      "2. No consolidation, pleural effusion, or pneumothorax.\n"
      "3. No cardiomegaly or pericardial effusion.\n"
      "4. No mediastinal or hilar lymphadenopathy."),
     {MM}),
    ("eil-33", "en",
     ("FINDINGS:\n"
      "Lungs: Patchy opacity in the left lower lobe, which may represent atelectasis; early "
      "consolidation cannot be excluded.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Patchy left lower lobe opacity, atelectasis versus early pneumonia.\n"
      "2. Recommend clinical correlation and short-interval follow-up."),
     {OPA, ATL, CON}),
    ("eil-34", "en",
     ("COMPARISON: 07/2023.\n"
      "FINDINGS:\n"
      "Lungs: Interval increase in size of the right upper lobe part-solid nodule, now 14 mm with "
      "a 6 mm solid component. Stable emphysema.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Unchanged 9 mm right paratracheal lymph node.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Enlarging 14 mm part-solid right upper lobe nodule, suspicious for adenocarcinoma. "
      "Recommend PET/CT and thoracic surgery consultation.\n"
      "2. Stable emphysema.\n"
      "3. Unchanged 9 mm right paratracheal lymph node, likely reactive."),
     {NOD, EMP, LN}),
    ("eil-35", "en",
     ("COMPARISON: 2 weeks prior.\n"
      "FINDINGS:\n"
      "Lungs: The previously noted left lower lobe atelectasis has resolved. No new opacity.\n"
      "Pleura: The left pleural effusion seen on the prior exam has resolved. Left pleural "
      "catheter has been removed.\n"
      "Heart and pericardium: Normal heart size. Pericardial effusion has decreased, now trace.\n"
      "Mediastinum and hila: Normal.\n"
      "IMPRESSION:\n"
      "1. Resolved left pleural effusion and left lower lobe atelectasis.\n"
      "2. Decreased pericardial effusion, now trace."),
     {PCE}),
    ("eil-36", "en",
     ("FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal size. Lipomatous hypertrophy of the interatrial septum.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Gallbladder wall thickening, possibly due to underdistention.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. No acute intrathoracic abnormality.\n"
      "2. Lipomatous hypertrophy of the interatrial septum, benign.\n"
      "3. Gallbladder wall thickening, likely from underdistention; correlate with ultrasound if "
      "right upper quadrant symptoms."),
     set()),
    ("eil-37", "en",
     ("FINDINGS:\n"
      "Support devices: Endotracheal tube tip 4 cm above the carina. Right IJ central venous "
      "catheter with tip in the SVC. Enteric tube in the stomach.\n"
      "Lungs: Bilateral dependent consolidation in the lower lobes with air bronchograms. Diffuse "
      "ground-glass opacity.\n"
      "Pleura: Small bilateral pleural effusions.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "IMPRESSION:\n"
      "1. Support devices in appropriate position.\n"
      "2. Bilateral lower lobe consolidation and diffuse ground-glass opacity; differential "
      "includes ARDS, multifocal pneumonia, or aspiration.\n"
      "3. Small bilateral pleural effusions."),
     {MM, CON, OPA, PE}),
    ("eil-38", "en",
     ("FINDINGS:\n"
      "Lungs: Few subpleural lucencies at the apices, possibly minimal paraseptal emphysema. 5 mm "
      "solid nodule in the left upper lobe.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. 5 mm solid left upper lobe nodule; no routine follow-up required per Fleischner in a "
      "low-risk patient.\n"
      "2. Possible minimal paraseptal emphysema."),
     {NOD, EMP}),
    ("eil-39", "en",
     ("FINDINGS:\n"
      "Lungs: No emphysema. Mild bronchial wall thickening.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Mild centrilobular emphysema, upper lobe predominant (correction to the findings above, "
      "which incorrectly state no emphysema).\n"
      "2. Mild bronchial wall thickening."),
     {EMP, PBT}),
    ("eil-40", "en",
     ("FINDINGS:\n"
      "Lungs: Left paramediastinal fibrotic consolidation with volume loss and traction "
      "bronchiectasis, conforming to the radiation port, stable.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Right chest port with catheter tip at the cavoatrial junction. No "
      "lymphadenopathy.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Stable post-radiation fibrosis in the left upper lobe; no evidence of recurrence.\n"
      "2. Recommend continued surveillance to assess for new nodularity or lymphadenopathy."),
     {FIB, CON, BRX, MM}),
    ("eil-41", "en",
     ("FINDINGS:\n"
      "Lungs: Stable 2 mm nodule in the right lower lobe.\n"
      "Pleura: Trace right pleural fluid.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Stable left renal cyst.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Trace right pleural effusion, of doubtful clinical significance.\n"
      "2. Stable 2 mm right lower lobe nodule; no follow-up needed."),
     {PE, NOD}),
    ("eil-42", "en",
     ("FINDINGS:\n"
      "Lungs: Mild diffuse bronchial wall thickening. No mosaic attenuation on inspiratory images "
      "and no air trapping on expiratory images.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "- Mild bronchial wall thickening, which can be seen with asthma or bronchitis.\n"
      "- No mosaic attenuation or air trapping.\n"
      "- No bronchiectasis."),
     {PBT}),
    ("eil-43", "en",
     ("FINDINGS:\n"
      "Lungs: Mild dependent atelectasis.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal heart size. Diffuse pericardial thickening up to 5 mm with "
      "calcification.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Dilated IVC. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Pericardial thickening and calcification; in the appropriate clinical setting, findings "
      "may represent constrictive pericarditis. Recommend echocardiography or cardiac MRI.\n"
      "2. Mild dependent atelectasis."),
     {PCE, ATL}),
    ("eil-44", "en",
     ("FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal heart size. Coronary artery bypass grafts. Severe native "
      "coronary artery calcification.\n"
      "Mediastinum and hila: Postsurgical changes of ascending aortic graft repair. Extensive "
      "calcified atherosclerotic plaque of the descending thoracic aorta. Left subclavian artery "
      "stent.\n"
      "Upper abdomen: Normal. Bones: Sternotomy wires.\n"
      "IMPRESSION:\n"
      "1. Status post ascending aortic graft repair without complication.\n"
      "2. Extensive aortic atherosclerosis.\n"
      "3. Post-CABG with severe native coronary artery calcification."),
     {MM, AWC, CAC}),
    ("eil-45", "en",
     ("FINDINGS:\n"
      "Lungs: Complete collapse of the right middle lobe. No discrete endobronchial lesion "
      "visualized.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: No lymphadenopathy.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Right middle lobe collapse.\n"
      "2. Recommend bronchoscopy to exclude an endobronchial lesion or obstructing mass."),
     {ATL}),
    ("eil-46", "en",
     ("FINDINGS:\n"
      "Lungs: Geographic ground-glass opacity with superimposed interlobular septal thickening "
      "(crazy paving), bilateral.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Crazy-paving pattern; findings may represent pulmonary alveolar proteinosis, though "
      "infection or hemorrhage is also possible.\n"
      "2. Recommend correlation with bronchoalveolar lavage."),
     {OPA, IST}),
    ("eil-47", "en",
     ("FINDINGS:\n"
      "Lungs: Right lower lobe consolidation.\n"
      "Pleura: Small right pleural effusion.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: No lymphadenopathy.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Right lower lobe consolidation, compatible with pneumonia.\n"
      "2. Small right pleural effusion.\n"
      "3. Enlarged 14 mm subcarinal lymph node, likely reactive; this node is not mentioned in the "
      "findings section but is present on series 2, image 60."),
     {CON, PE, LN}),
    ("eil-48", "en",
     ("FINDINGS:\n"
      "Lungs: Mild subpleural reticulation at both bases. No honeycombing or traction "
      "bronchiectasis.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Mild subpleural reticulation, possibly early interstitial lung abnormality.\n"
      "2. Recommend follow-up CT in 12 months to assess for progression."),
     {FIB}),
    ("eil-49", "en",
     ("FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Heart size normal. Small amount of fluid in the superior "
      "pericardial recess, a normal finding.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal.\n"
      "Bones: Old healed left rib fractures.\n"
      "IMPRESSION:\n"
      "1. No acute intrathoracic abnormality.\n"
      "2. No cardiomegaly or pericardial effusion."),
     set()),
    ("eil-50", "en",
     ("FINDINGS:\n"
      "Lungs: Bibasilar plate-like atelectasis.\n"
      "Pleura: Small left pleural effusion.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal.\n"
      "Bones: Postsurgical changes of posterior spinal fusion from T10 to L2 with intact hardware.\n"
      "IMPRESSION:\n"
      "- Bibasilar plate-like atelectasis and small left pleural effusion.\n"
      "- No focal consolidation to suggest pneumonia.\n"
      "- Thoracolumbar spinal fusion hardware intact."),
     {ATL, PE, MM}),
    ("eil-51", "en",
     ("FINDINGS:\n"
      "Lungs: Multiple solid nodules up to 4 mm, unchanged over 2 years. Mild paraseptal "
      "emphysema.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Calcified atherosclerosis of the abdominal aorta.\n"
      "Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Multiple stable pulmonary nodules up to 4 mm, benign; no follow-up needed per Fleischner.\n"
      "2. Mild paraseptal emphysema.\n"
      "3. Aortic atherosclerosis."),
     {NOD, EMP, AWC}),
    ("eil-52", "en",
     ("COMPARISON: 05/2024.\n"
      "FINDINGS:\n"
      "Lungs: Clear.\n"
      "Pleura: No effusion.\n"
      "Heart and pericardium: Mild cardiomegaly, unchanged. No pericardial effusion.\n"
      "Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Small pericardial effusion, new since the prior exam; the statement \"no pericardial "
      "effusion\" in the findings is in error.\n"
      "2. Stable mild cardiomegaly."),
     {PCE, CM}),
    ("eil-53", "en",
     ("FINDINGS:\n"
      "Lungs: Subtle heterogeneous lung attenuation, possibly mosaic attenuation; no expiratory "
      "images were obtained.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal. Mediastinum and hila: Normal.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Possible mosaic attenuation, which may reflect small airways disease or chronic "
      "thromboembolic disease.\n"
      "2. Recommend expiratory imaging and V/Q scan if clinically warranted."),
     {MOS}),
    ("eil-54", "en",
     ("COMPARISON: 6 months prior.\n"
      "FINDINGS:\n"
      "Lungs: Previously seen ground-glass opacities have resolved. No new nodule.\n"
      "Pleura: Normal.\n"
      "Heart and pericardium: Normal.\n"
      "Mediastinum and hila: Previously enlarged mediastinal lymph nodes are no longer seen.\n"
      "Chest wall: Right chest port with catheter tip in the SVC.\n"
      "Upper abdomen: Normal. Bones: Normal.\n"
      "IMPRESSION:\n"
      "1. Complete resolution of previously seen ground-glass opacities and mediastinal "
      "lymphadenopathy.\n"
      "2. Recommend follow-up CT in 6 months to assess for recurrent lymphadenopathy."),
     {MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ('eil-04', PE): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-09', NOD): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-10', CM): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-19', LN): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-21', CON): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-30', HH): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-39', EMP): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-52', PCE): 'the impression contradicts the findings without a correction marker; the engine does not rank one section over the other',
    ('eil-49', PCE): 'physiological fluid in the superior pericardial recess is read as a pericardial effusion',
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
