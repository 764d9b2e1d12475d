"""Probe: English chest CT reports from different reporting systems, each with its own layout and line breaks:
organ-by-organ headings (LUNGS AND AIRWAYS:, PLEURA:, HEART AND VESSELS:, MEDIASTINUM AND HILA:, UPPER ABDOMEN:,
BONES AND SOFT TISSUES:), bulleted or numbered findings ("- ", "• ", "1) "), IMPRESSION placed before FINDINGS,
RECOMMENDATION: sections that only propose work-up, NOTE: and COMMUNICATION: lines, ADDENDUM: sections that add,
retract or change a finding, dictation/e-signature footers, unfilled template lines ("Pleural effusion: [ ]") and
checkbox templates, and findings stated only in the impression. Hedges, denials, resolved findings and negative
controls (thyroid nodule, umbilical hernia, pleural thickening, "PE" meaning pulmonary embolism) are mixed in.
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
    ("esc-01", "en",
     ("EXAMINATION: CT chest without contrast\n"
      "CLINICAL INDICATION: Chronic cough, ex-smoker.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: Mild centrilobular emphysema, upper lobe predominant. No pulmonary nodule. "
      "Central airways are patent.\n"
      "PLEURA: No pleural effusion or pneumothorax.\n"
      "HEART AND VESSELS: Heart size is normal. Scattered calcified plaque in the aortic arch. "
      "No pericardial effusion.\n"
      "MEDIASTINUM AND HILA: No lymphadenopathy.\n"
      "UPPER ABDOMEN: Unremarkable.\n"
      "BONES AND SOFT TISSUES: Degenerative changes of the thoracic spine.\n\n"
      "IMPRESSION:\n"
      "Mild emphysema. No acute cardiopulmonary abnormality."),
     {EMP, AWC}),
    ("esc-02", "en",
     ("IMPRESSION:\n"
      "1) Right lower lobe consolidation with air bronchograms, most consistent with pneumonia.\n"
      "2) Small right pleural effusion.\n"
      "3) No pulmonary embolism.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: Dense consolidation in the posterior basal segment of the right lower lobe with air "
      "bronchograms and surrounding ground-glass opacity. The left lung is clear.\n"
      "PLEURA: Small right pleural effusion. No left effusion.\n"
      "HEART AND VESSELS: Normal heart size. No pericardial effusion. The pulmonary arteries opacify normally.\n"
      "MEDIASTINUM AND HILA: Right hilar lymph node measuring 11 mm in short axis, likely reactive.\n"
      "UPPER ABDOMEN: No acute abnormality."),
     {CON, OPA, PE, LN}),
    ("esc-03", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Bibasal dependent subsegmental atelectasis. No consolidation.\n"
      "PLEURA: No effusion.\n"
      "HEART AND VESSELS: The heart is enlarged. The pericardium is not well assessed on this non-gated, "
      "non-contrast study. Moderate coronary artery calcification in the LAD and circumflex territories.\n"
      "MEDIASTINUM AND HILA: No enlarged nodes.\n\n"
      "IMPRESSION:\n"
      "Cardiomegaly.\n\n"
      "RECOMMENDATION:\n"
      "Consider echocardiography to assess for pericardial effusion and ventricular function."),
     {ATL, CM, CAC}),
    ("esc-04", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Large left pneumothorax with partial collapse of the left lower lobe. Small paraseptal "
      "emphysematous changes at both apices. No nodule.\n"
      "PLEURA: No pleural effusion. No chest drain is in situ.\n"
      "HEART AND VESSELS: Mild rightward mediastinal shift. Heart size normal.\n\n"
      "IMPRESSION:\n"
      "Large left pneumothorax with mild mediastinal shift.\n\n"
      "COMMUNICATION: Findings of pneumothorax were discussed with Dr Smith by telephone at 14:20 on the day "
      "of the examination.\n\n"
      "Dictated by: Dr K. Morgan, Radiology Registrar\n"
      "Electronically signed by: Dr L. Hughes, Consultant Radiologist"),
     {ATL, EMP}),
    ("esc-05", "en",
     ("FINDINGS:\n"
      "Lungs: 5 mm nodule in the right middle lobe (series 4, image 88). No consolidation.\n"
      "Pleura: Clear.\n"
      "Mediastinum: Small sliding hiatal hernia. No lymphadenopathy.\n\n"
      "IMPRESSION:\n"
      "5 mm right middle lobe nodule; follow-up per Fleischner guidelines.\n\n"
      "ADDENDUM:\n"
      "On review of the coronal and MIP reformats, the previously described right middle lobe nodule represents "
      "a vessel seen end-on. There is no pulmonary nodule and no follow-up is required. "
      "The impression is amended accordingly."),
     {HH}),
    ("esc-06", "en",
     ("STRUCTURED CHEST CT REPORT\n"
      "Lungs:\n"
      "  Nodules: None\n"
      "  Emphysema: [ ]\n"
      "  Consolidation: [ ]\n"
      "  Ground-glass opacity: [ ]\n"
      "Pleura:\n"
      "  Pleural effusion: [ ]\n"
      "  Pneumothorax: [ ]\n"
      "Heart:\n"
      "  Cardiomegaly: [ ]\n"
      "  Pericardial effusion: [ ]\n"
      "  Coronary calcification: Present, moderate, LAD and RCA\n"
      "Mediastinum:\n"
      "  Lymphadenopathy: None\n"
      "  Hiatal hernia: [ ]"),
     {CAC}),
    ("esc-07", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Clear lungs. No nodules or masses.\n"
      "PLEURA: Normal.\n"
      "HEART AND VESSELS: Normal heart size. Normal calibre thoracic aorta.\n"
      "MEDIASTINUM AND HILA: Normal.\n"
      "UPPER ABDOMEN: Within normal limits.\n\n"
      "IMPRESSION:\n"
      "1. No acute intrathoracic abnormality.\n"
      "2. Incidental small hiatus hernia.\n"
      "3. Mild atherosclerotic calcification of the descending thoracic aorta."),
     {HH, AWC}),
    ("esc-08", "en",
     ("FINDINGS:\n"
      "• Bilateral subpleural reticulation with honeycombing at the lung bases and traction bronchiectasis.\n"
      "• Patchy ground-glass opacities in both lower lobes.\n"
      "• Mediastinal lymph nodes up to 13 mm, likely reactive in the setting of fibrotic lung disease.\n"
      "• No pleural effusion.\n"
      "• Dilated pulmonary trunk measuring 33 mm.\n\n"
      "IMPRESSION:\n"
      "• Usual interstitial pneumonia pattern.\n"
      "• Mildly enlarged mediastinal lymph nodes, likely reactive."),
     {FIB, BRX, OPA, LN}),
    ("esc-09", "en",
     ("FINDINGS:\n"
      "- Cardiomegaly.\n"
      "- Bilateral moderate pleural effusions, larger on the right.\n"
      "- Smooth interlobular septal thickening and patchy ground-glass opacity in both lungs.\n"
      "- No pericardial effusion.\n"
      "- No focal consolidation.\n\n"
      "IMPRESSION:\n"
      "- Findings compatible with pulmonary oedema / congestive heart failure.\n\n"
      "RECOMMENDATION:\n"
      "- Correlate with BNP and clinical volume status."),
     {CM, PE, IST, OPA}),
    ("esc-10", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Clear. No pulmonary nodule, consolidation or interstitial abnormality.\n"
      "PLEURA: No effusion.\n"
      "HEART AND VESSELS: Normal.\n"
      "MEDIASTINUM AND HILA: 9 mm hypodense nodule in the left lobe of the thyroid gland.\n"
      "UPPER ABDOMEN: Small fat-containing umbilical hernia at the edge of the field of view.\n"
      "BONES AND SOFT TISSUES: Calcified costal cartilages.\n\n"
      "IMPRESSION:\n"
      "No significant intrathoracic abnormality.\n\n"
      "RECOMMENDATION:\n"
      "Thyroid ultrasound may be considered for the incidental thyroid nodule."),
     set()),
    ("esc-11", "en",
     ("HEART AND VESSELS:\n"
      "Dual-chamber pacemaker with leads terminating in the right atrium and right ventricle. Median sternotomy "
      "wires and surgical clips from prior coronary artery bypass grafting. Dense calcification of the native "
      "coronary arteries. Heart size within normal limits. No pericardial effusion.\n"
      "LUNGS AND AIRWAYS:\n"
      "No consolidation or effusion. No suspicious nodule.\n"
      "IMPRESSION:\n"
      "Post-CABG and pacemaker. No acute findings."),
     {MM, CAC}),
    ("esc-12", "en",
     ("LUNGS AND AIRWAYS:\n"
      "- Mosaic attenuation with air trapping on the expiratory images.\n"
      "- Diffuse bronchial wall thickening.\n"
      "- Mild cylindrical bronchiectasis in both lower lobes.\n"
      "- No nodules or consolidation.\n"
      "PLEURA:\n"
      "- Normal.\n"
      "IMPRESSION:\n"
      "Small airways disease with bronchiectasis; constrictive bronchiolitis is a consideration."),
     {MOS, PBT, BRX}),
    ("esc-13", "en",
     ("COMPARISON: CT chest 3 months prior.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: The previously seen right lower lobe consolidation has resolved. Residual linear "
      "scarring in the right lower lobe. No new opacity.\n"
      "PLEURA: The left pleural effusion has resolved.\n"
      "HEART AND VESSELS: Unremarkable.\n\n"
      "IMPRESSION:\n"
      "Resolution of right lower lobe pneumonia and left effusion, with minor residual scarring."),
     {FIB}),
    ("esc-14", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: 4.5 cm spiculated mass in the left upper lobe abutting the mediastinal pleura. "
      "Post-obstructive atelectasis of the lingula. No separate pulmonary nodules.\n"
      "PLEURA: No pleural effusion.\n"
      "MEDIASTINUM AND HILA: Enlarged left hilar and subcarinal lymph nodes, the subcarinal node measuring 18 mm "
      "in short axis.\n"
      "BONES AND SOFT TISSUES: No destructive osseous lesion.\n\n"
      "IMPRESSION:\n"
      "Left upper lobe mass with nodal involvement, highly suspicious for primary lung carcinoma."),
     {ATL, LN}),
    ("esc-15", "en",
     ("IMPRESSION:\n"
      "1) Tiny 3 mm perifissural nodule along the right minor fissure, likely an intrapulmonary lymph node. "
      "No follow-up needed.\n"
      "2) Small hiatal hernia.\n\n"
      "FINDINGS:\n"
      "Lungs: As above. No consolidation.\n"
      "Pleura: No effusion.\n"
      "Heart: Normal size. No coronary artery calcification.\n"
      "Upper abdomen: Small hiatal hernia. Otherwise unremarkable."),
     {NOD, HH}),
    ("esc-16", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Motion artefact at the lung bases. No focal consolidation. Minor bibasal "
      "atelectasis.\n"
      "PLEURA: No pleural effusion.\n"
      "HEART AND VESSELS: Normal.\n\n"
      "NOTE: Comparison was made with an outside CT from 2019, which demonstrated a left pleural effusion that "
      "is no longer present.\n"
      "NOTE: Evaluation of the lung bases is limited by respiratory motion.\n\n"
      "IMPRESSION:\n"
      "Minor bibasal atelectasis."),
     {ATL}),
    ("esc-17", "en",
     ("IMPRESSION:\n"
      "1. Moderate to severe centrilobular and paraseptal emphysema with apical bullae.\n"
      "2. Two solid nodules in the right upper lobe, the largest 7 mm. Follow-up CT in 6-12 months recommended.\n"
      "3. Extensive coronary artery calcification.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: See impression. Airways are patent.\n"
      "PLEURA: No effusion.\n"
      "HEART AND VESSELS: Normal heart size. See impression.\n"
      "MEDIASTINUM AND HILA: No lymphadenopathy.\n\n"
      "Electronically signed by Dr A. Rao on 14/02/2024 09:41"),
     {EMP, NOD, CAC}),
    ("esc-18", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: No consolidation. Mild bronchial wall thickening.\n"
      "PLEURA: Normal.\n"
      "HEART AND VESSELS: Normal.\n\n"
      "IMPRESSION:\n"
      "Mild bronchial wall thickening, may reflect bronchitis.\n\n"
      "ADDENDUM:\n"
      "A 7 mm solid nodule in the right upper lobe (series 3, image 45) was not mentioned in the original "
      "report. Follow-up CT in 6 to 12 months is recommended. The referring clinician has been informed."),
     {PBT, NOD}),
    ("esc-19", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Mild emphysema. No nodule.\n"
      "PLEURA: Small left pleural effusion.\n"
      "HEART AND VESSELS: Mild aortic wall calcification.\n\n"
      "IMPRESSION:\n"
      "Small left pleural effusion. Mild emphysema.\n\n"
      "ADDENDUM:\n"
      "The statement 'small left pleural effusion' is incorrect. On review there is smooth left pleural "
      "thickening only, with no pleural effusion. The remainder of the report is unchanged."),
     {EMP, AWC}),
    ("esc-20", "en",
     ("FINDINGS:\n"
      "HEART AND VESSELS: Moderate pericardial effusion measuring up to 15 mm in thickness. Heart size is "
      "otherwise normal. No coronary calcification.\n"
      "LUNGS AND AIRWAYS: Mild bibasal dependent atelectasis.\n"
      "PLEURA: No pleural effusion.\n\n"
      "IMPRESSION:\n"
      "Moderate pericardial effusion. Echocardiography is recommended to assess for tamponade physiology.\n\n"
      "COMMUNICATION: Discussed with Dr Patel (Emergency Department) at 03:10."),
     {PCE, ATL}),
    ("esc-21", "en",
     ("CT THORAX - TEMPLATE v2\n"
      "Lungs: Patchy consolidation in the left lower lobe.\n"
      "Nodules: [ ]\n"
      "Lymph nodes: [ ]\n"
      "Pleural effusion: Small bilateral\n"
      "Pericardial effusion: None\n"
      "Heart size: Normal\n"
      "Other: [ ]\n"
      "Conclusion: Left lower lobe pneumonia with small bilateral effusions."),
     {CON, PE}),
    ("esc-22", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Normal lung parenchyma. No emphysema.\n"
      "PLEURA: No pleural effusion or thickening.\n"
      "HEART AND VESSELS: Normal heart size. No pericardial effusion. No coronary artery calcification.\n"
      "MEDIASTINUM AND HILA: No mediastinal or hilar lymphadenopathy.\n"
      "UPPER ABDOMEN: Simple cyst in the left kidney.\n"
      "BONES AND SOFT TISSUES: No aggressive osseous lesion.\n\n"
      "IMPRESSION:\n"
      "Normal CT of the chest.\n\n"
      "Dictated by: Dr J. Moss\n"
      "Transcribed by: speech recognition software\n"
      "Electronically signed by Dr J. Moss, 21/05/2023 16:02"),
     set()),
    ("esc-23", "en",
     ("FINDINGS:\n"
      "MEDIASTINUM AND HILA: Bilateral symmetric hilar and right paratracheal lymphadenopathy, the largest node "
      "measuring 21 mm.\n"
      "LUNGS AND AIRWAYS: Multiple small perilymphatic nodules along the bronchovascular bundles and fissures in "
      "the upper lobes.\n"
      "PLEURA: No effusion.\n\n"
      "IMPRESSION:\n"
      "Findings are most suggestive of sarcoidosis."),
     {LN, NOD}),
    ("esc-24", "en",
     ("IMPRESSION:\n"
      "Bilateral peripheral ground-glass opacities with crazy paving and areas of consolidation, typical "
      "appearance of COVID-19 pneumonia.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS:\n"
      "- Bilateral peripheral and subpleural ground-glass opacities, lower lobe predominant.\n"
      "- Superimposed interlobular septal thickening (crazy paving) in the right lower lobe.\n"
      "- Consolidation in the posterior left lower lobe.\n"
      "PLEURA:\n"
      "- No pleural effusion.\n"
      "MEDIASTINUM AND HILA:\n"
      "- No lymphadenopathy."),
     {OPA, IST, CON}),
    ("esc-25", "en",
     ("CLINICAL INDICATION: History of lymphoma. ?Pleural effusion ?pericardial effusion.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: Clear.\n"
      "PLEURA: No pleural effusion.\n"
      "HEART AND VESSELS: No pericardial effusion. Normal heart size.\n"
      "MEDIASTINUM AND HILA: No lymphadenopathy. No residual mediastinal mass.\n"
      "UPPER ABDOMEN: The spleen is normal in size.\n\n"
      "IMPRESSION:\n"
      "No evidence of lymphoma recurrence. No effusion."),
     set()),
    ("esc-26", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Minor dependent atelectasis. Otherwise clear.\n"
      "HEART AND VESSELS: Normal.\n"
      "UPPER ABDOMEN: Moderate sliding hiatus hernia. Cholelithiasis. Calcification of the splenic artery.\n"
      "BONES AND SOFT TISSUES: Unremarkable.\n\n"
      "IMPRESSION:\n"
      "Moderate hiatus hernia. Gallstones."),
     {ATL, HH, AWC}),
    ("esc-27", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Subpleural fibrotic band in the lingula. No nodules.\n"
      "PLEURA: No effusion.\n"
      "HEART AND VESSELS: Normal.\n"
      "BONES AND SOFT TISSUES: Bilateral subpectoral breast implants, intact. Healed right rib fractures.\n\n"
      "IMPRESSION:\n"
      "No acute findings. Lingular scarring."),
     {FIB, MM}),
    ("esc-28", "en",
     ("FINDINGS:\n"
      "Lungs: No consolidation, ground-glass opacity, nodule or mass.\n"
      "Pleura: No pleural effusion.\n"
      "Heart: Mild cardiomegaly. No pericardial effusion.\n"
      "Mediastinum: Normal.\n\n"
      "IMPRESSION:\n"
      "Mild cardiomegaly, otherwise normal."),
     {CM}),
    ("esc-29", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Subsegmental atelectasis in the lingula. No consolidation.\n"
      "PLEURA: Normal.\n"
      "MEDIASTINUM AND HILA: Mediastinal and hilar lymph nodes are not enlarged by CT size criteria.\n"
      "HEART AND VESSELS: Normal.\n\n"
      "IMPRESSION:\n"
      "1) Lingular subsegmental atelectasis.\n"
      "2) No lymphadenopathy."),
     {ATL}),
    ("esc-30", "en",
     ("FINDINGS:\n"
      "• Lungs: Moderate centrilobular emphysema.\n"
      "• Mediastinum: Multiple mediastinal lymph nodes measuring up to 9 mm in short axis, not reaching "
      "pathological size.\n"
      "• Pleura: No effusion.\n"
      "• Heart: Normal size.\n"
      "IMPRESSION:\n"
      "• Emphysema.\n"
      "• No pathologically enlarged lymph nodes."),
     {EMP, LN}),
    ("esc-31", "en",
     ("IMPRESSION:\n"
      "Mild subpleural reticulation in both lower lobes, possibly early interstitial fibrosis.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: Subtle subpleural reticulation in the posterior lower lobes. No honeycombing. "
      "No ground-glass opacity.\n"
      "PLEURA: Normal.\n\n"
      "RECOMMENDATION:\n"
      "Consider prone high-resolution CT and pulmonary function tests."),
     {FIB}),
    ("esc-32", "en",
     ("CHEST CT STRUCTURED REPORT\n"
      "Nodule: [ ]\n"
      "Mass: [ ]\n"
      "Consolidation: [ ]\n"
      "Pleural effusion: [ ]\n"
      "Lymphadenopathy: [ ]\n"
      "Additional comments: Diffuse bronchial wall thickening consistent with chronic bronchitis. "
      "Otherwise normal study."),
     {PBT}),
    ("esc-33", "en",
     ("FINDINGS:\n"
      "1) Fusiform aneurysm of the descending thoracic aorta measuring 4.8 cm with mural thrombus and "
      "extensive wall calcification.\n"
      "2) Mild circumferential wall thickening of the distal oesophagus.\n"
      "3) Lungs are clear. No pleural effusion.\n"
      "4) No coronary artery calcification.\n\n"
      "IMPRESSION:\n"
      "1) Descending thoracic aortic aneurysm; vascular surgery referral recommended.\n"
      "2) Distal oesophageal wall thickening; consider endoscopy."),
     {AWC}),
    ("esc-34", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Dependent densities in the posterior lower lobes bilaterally, likely atelectasis. "
      "No nodule.\n"
      "PLEURA: No effusion.\n"
      "HEART AND VESSELS: Normal.\n\n"
      "IMPRESSION:\n"
      "No acute abnormality."),
     {OPA, ATL}),
    ("esc-35", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Tree-in-bud pattern in the right lower lobe with mild bronchial wall thickening. "
      "No consolidation.\n"
      "PLEURA: No effusion.\n"
      "MEDIASTINUM AND HILA: No lymphadenopathy.\n\n"
      "IMPRESSION:\n"
      "Right lower lobe infectious bronchiolitis.\n\n"
      "RECOMMENDATION:\n"
      "Sputum cultures including AFB are suggested."),
     {PBT}),
    ("esc-36", "en",
     ("CLINICAL HISTORY: Right upper lobectomy 2021 for pT1bN1 adenocarcinoma.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: Status post right upper lobectomy with surgical staples at the bronchial stump. "
      "No nodule or mass to suggest recurrence.\n"
      "PLEURA: No effusion.\n"
      "MEDIASTINUM AND HILA: No lymphadenopathy.\n\n"
      "IMPRESSION:\n"
      "No evidence of recurrent disease."),
     {MM}),
    ("esc-37", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Mild paraseptal emphysema. No nodule.\n"
      "PLEURA: Normal.\n"
      "HEART AND VESSELS: Normal heart size.\n\n"
      "IMPRESSION:\n"
      "Mild emphysema.\n\n"
      "ADDENDUM:\n"
      "Coronary artery calcification is present in the left anterior descending artery, which was omitted from "
      "the original report. Cardiovascular risk assessment may be considered."),
     {EMP, CAC}),
    ("esc-38", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: See impression.\n"
      "PLEURA: See impression.\n"
      "HEART AND VESSELS: See impression.\n"
      "MEDIASTINUM AND HILA: Unremarkable.\n\n"
      "IMPRESSION:\n"
      "1. Cardiomegaly with small bilateral pleural effusions.\n"
      "2. Compressive atelectasis of both lower lobes.\n"
      "3. No consolidation."),
     {CM, PE, ATL}),
    ("esc-39", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Azygos fissure, a normal variant. Lungs are clear.\n"
      "PLEURA: No effusion or pneumothorax.\n"
      "HEART AND VESSELS: Normal heart size. Normal calibre aorta and pulmonary arteries.\n"
      "MEDIASTINUM AND HILA: Residual thymic tissue, normal for age.\n"
      "BONES AND SOFT TISSUES: Mild pectus excavatum.\n\n"
      "IMPRESSION:\n"
      "No acute or significant abnormality.\n\n"
      "Dictated by Dr S. Okafor. Electronically signed 02/03/2024."),
     set()),
    ("esc-40", "en",
     ("LINES AND TUBES:\n"
      "- Endotracheal tube tip 3 cm above the carina.\n"
      "- Right internal jugular central venous catheter with tip in the SVC.\n"
      "- Nasogastric tube with tip in the stomach.\n"
      "LUNGS AND AIRWAYS:\n"
      "- Bilateral lower lobe consolidation/atelectasis.\n"
      "PLEURA:\n"
      "- Small bilateral pleural effusions.\n"
      "IMPRESSION:\n"
      "Lines and tubes in satisfactory position. Bibasal consolidation/atelectasis with small effusions."),
     {MM, CON, ATL, PE}),
    ("esc-41", "en",
     ("IMPRESSION:\n"
      "• Severe emphysema with large right apical bulla.\n"
      "• 6 mm solid nodule in the left lower lobe, indeterminate.\n\n"
      "FINDINGS:\n"
      "• Severe centrilobular emphysema. 7 cm bulla in the right apex.\n"
      "• 6 mm solid nodule in the superior segment of the left lower lobe.\n"
      "• No pleural effusion.\n"
      "• No mediastinal lymphadenopathy.\n\n"
      "RECOMMENDATION:\n"
      "• Follow-up CT in 6-12 months."),
     {EMP, NOD}),
    ("esc-42", "en",
     ("FINDINGS:\n"
      "HEART AND VESSELS: Diffuse pericardial thickening with calcification, up to 5 mm. Dilated IVC and "
      "hepatic veins. Heart size normal.\n"
      "LUNGS AND AIRWAYS: Clear.\n"
      "PLEURA: No effusion.\n\n"
      "IMPRESSION:\n"
      "Pericardial thickening and calcification; in the appropriate clinical setting this would be consistent "
      "with constrictive pericarditis."),
     {PCE}),
    ("esc-43", "en",
     ("IMPRESSION:\n"
      "1) Acute PE: filling defect in a right lower lobe segmental pulmonary artery.\n"
      "2) Wedge-shaped peripheral consolidation in the right lower lobe, possibly pulmonary infarct.\n\n"
      "FINDINGS:\n"
      "PULMONARY ARTERIES: As above. RV/LV ratio less than 1.\n"
      "LUNGS AND AIRWAYS: As above.\n"
      "PLEURA: No pleural effusion.\n\n"
      "COMMUNICATION: Critical result (PE) discussed with Dr Lee, medical registrar, at 22:45."),
     {CON}),
    ("esc-44", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Consolidation in the lingula with air bronchograms.\n"
      "PLEURA: No effusion.\n"
      "MEDIASTINUM AND HILA: Mediastinal lymph nodes are not enlarged.\n\n"
      "IMPRESSION:\n"
      "Lingular pneumonia.\n\n"
      "RECOMMENDATION:\n"
      "Follow-up CT in 6-8 weeks after treatment to document resolution of the consolidation and exclude an "
      "underlying lesion."),
     {CON}),
    ("esc-45", "en",
     ("LUNGS AND AIRWAYS: Subtle mosaic attenuation in both lungs, possibly reflecting small airways disease or "
      "mosaic perfusion. No bronchiectasis. No bronchial wall thickening.\n"
      "PLEURA: Normal.\n"
      "HEART AND VESSELS: Normal calibre main pulmonary artery.\n"
      "IMPRESSION: Possible mosaic attenuation; expiratory imaging suggested."),
     {MOS}),
    ("esc-46", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Smooth and nodular interlobular septal thickening throughout the right lung.\n"
      "PLEURA: Moderate right pleural effusion.\n"
      "MEDIASTINUM AND HILA: Right hilar lymphadenopathy measuring 16 mm.\n"
      "BONES AND SOFT TISSUES: No lytic lesions.\n\n"
      "IMPRESSION:\n"
      "Findings suspicious for lymphangitic carcinomatosis of the right lung in this patient with known breast "
      "cancer."),
     {IST, PE, LN}),
    ("esc-47", "en",
     ("PRELIMINARY REPORT:\n"
      "Small left lower lobe consolidation.\n\n"
      "FINAL REPORT:\n"
      "LUNGS AND AIRWAYS: On full review, the left lower lobe density represents plate-like atelectasis rather "
      "than consolidation. No consolidation.\n"
      "PLEURA: Normal.\n"
      "HEART AND VESSELS: Calcification of the coronary arteries.\n\n"
      "IMPRESSION:\n"
      "Left lower lobe plate-like atelectasis. Coronary artery calcification."),
     {ATL, CAC}),
    ("esc-48", "en",
     ("CHECKLIST:\n"
      "Emphysema: [x] mild  [ ] moderate  [ ] severe\n"
      "Pleural effusion: [ ] right  [ ] left\n"
      "Nodules: [ ] present  [x] absent\n"
      "Coronary calcification: [ ] none  [x] mild  [ ] moderate  [ ] severe\n"
      "Pericardial effusion: [ ]\n"
      "Comment: Mild emphysema and mild coronary calcification."),
     {EMP, CAC}),
    ("esc-49", "en",
     ("CLINICAL HISTORY: Known hiatal hernia with reflux. Dyspnoea.\n\n"
      "FINDINGS:\n"
      "LUNGS AND AIRWAYS: Clear lungs.\n"
      "PLEURA: Normal.\n"
      "UPPER ABDOMEN: No hiatal hernia is seen on this study. Fundoplication wrap with surgical clips at the "
      "gastro-oesophageal junction.\n\n"
      "IMPRESSION:\n"
      "Post fundoplication without recurrent hiatal hernia."),
     {MM}),
    ("esc-50", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: The previously noted plate-like atelectasis in the left lower lobe has resolved. "
      "No new opacity or nodule.\n"
      "PLEURA: Normal.\n"
      "HEART AND VESSELS: Mild coronary artery calcification. No pericardial effusion.\n\n"
      "IMPRESSION:\n"
      "Resolved left basal atelectasis."),
     {CAC}),
    ("esc-51", "en",
     ("FINDINGS:\n"
      "1) Varicose bronchiectasis in the middle lobe and lingula with mucus plugging and peribronchial "
      "thickening.\n"
      "2) Scattered fibrotic scarring adjacent to the bronchiectatic segments.\n"
      "3) No pleural effusion.\n"
      "4) Subcentimetre mediastinal nodes, not enlarged.\n\n"
      "IMPRESSION:\n"
      "Middle lobe and lingular bronchiectasis, pattern suggestive of non-tuberculous mycobacterial infection."),
     {BRX, PBT, FIB}),
    ("esc-52", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Stable 4 mm right upper lobe nodule, benign by 2-year stability. No new nodule.\n"
      "PLEURA: No effusion.\n"
      "UPPER ABDOMEN: Hepatic steatosis. Small hypodense lesion in the liver, too small to characterise.\n"
      "BONES AND SOFT TISSUES: Bone island in T7.\n\n"
      "IMPRESSION:\n"
      "Stable benign right upper lobe nodule. No further follow-up required."),
     {NOD}),
    ("esc-53", "en",
     ("FINDINGS:\n"
      "LUNGS AND AIRWAYS: Left lower lobe consolidation.\n"
      "PLEURA: Trace left pleural effusion.\n\n"
      "IMPRESSION:\n"
      "Left lower lobe pneumonia.\n\n"
      "ADDENDUM:\n"
      "After review with the thoracic team, the left lower lobe abnormality represents passive atelectasis "
      "adjacent to the trace effusion rather than consolidation. There is no pneumonia."),
     {ATL, PE}),
    ("esc-54", "en",
     ("STRUCTURED REPORT\n"
      "Heart size: [ ] normal  [x] enlarged\n"
      "Pericardial effusion: [ ] yes  [x] no\n"
      "Aortic calcification: [x] yes  [ ] no\n"
      "Lungs: Scattered ground-glass opacities in the right upper lobe.\n"
      "Lymph nodes: Normal\n"
      "Impression: Cardiomegaly. Nonspecific right upper lobe ground-glass opacities, possibly infectious or "
      "inflammatory."),
     {CM, AWC, OPA}),
]

OPEN: dict[tuple[str, str], str] = {
    ("esc-34", OPA): "dependent densities explained as likely atelectasis: the explanation drops the opacity (CT-RATE's train reports go both ways)",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
