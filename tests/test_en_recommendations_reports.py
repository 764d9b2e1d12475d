"""Probe: English chest CT reports whose sentences end in, or consist of, recommendations
("Recommend follow-up CT in 3 months for the 7 mm nodule", "Consider thoracentesis for the
moderate effusion", "Suggest chest tube placement", "If clinically indicated, bronchoscopy could
be considered", "Fleischner guidelines: no routine follow-up needed", "Correlate clinically for
pneumonia", "Echocardiography is recommended to assess for pericardial effusion", "Attention on
follow-up to the development of lymphadenopathy", "PET-CT may be helpful if the nodule grows",
"MDT discussion advised"), including recommendations that name a finding only hypothetically
("should an effusion develop, ...") or name a device that is not yet there, mixed with present,
denied, hedged and resolved findings and negative controls. The reports were written for this
file without looking at the engine's lexicon or cue lists.
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
    ("erec-01", "en",
     ("FINDINGS: There is a 7 mm solid nodule in the posterior segment of the right upper lobe. "
      "Mild centrilobular emphysema in both upper lobes. No pleural effusion. "
      "IMPRESSION: 7 mm right upper lobe nodule. "
      "Recommend follow-up CT in 3 months for the 7 mm nodule."),
     {NOD, EMP}),
    ("erec-02", "en",
     ("Moderate right pleural effusion with adjacent compressive atelectasis of the right lower lobe. "
      "Heart size is normal. No pericardial effusion. "
      "Consider thoracentesis for the moderate effusion."),
     {PE, ATL}),
    ("erec-03", "en",
     ("Large left pleural effusion causing mild rightward mediastinal shift. No chest tube is present. "
      "The heart is mildly enlarged. "
      "RECOMMENDATION: Suggest chest tube placement."),
     {PE, CM}),
    ("erec-04", "en",
     ("Patchy consolidation with air bronchograms in the right lower lobe, most likely pneumonia. "
      "A mildly enlarged subcarinal lymph node measures 12 mm in short axis, probably reactive. "
      "If clinically indicated, bronchoscopy could be considered."),
     {CON, LN}),
    ("erec-05", "en",
     ("4 mm solid nodule in the lateral basal left lower lobe. Scattered coronary artery calcifications. "
      "No lymphadenopathy. "
      "Fleischner guidelines: no routine follow-up needed for this 4 mm nodule."),
     {NOD, CAC}),
    ("erec-06", "en",
     ("Subtle ground-glass opacity in the lingula. No consolidation. No pleural effusion. "
      "Correlate clinically for pneumonia."),
     {OPA}),
    ("erec-07", "en",
     ("The lungs are clear. Heart size within normal limits. No pericardial effusion is identified on this "
      "non-gated study. Echocardiography is recommended to assess for pericardial effusion if clinical "
      "concern persists."),
     set()),
    ("erec-08", "en",
     ("Several subcentimeter mediastinal lymph nodes, none enlarged. Atherosclerotic calcification of "
      "the aortic arch. Attention on follow-up to the development of lymphadenopathy."),
     {AWC}),
    ("erec-09", "en",
     ("Part-solid nodule in the right upper lobe measuring 9 mm with a 4 mm solid component. "
      "Paraseptal emphysema at the apices. "
      "PET-CT may be helpful if the nodule grows."),
     {NOD, EMP}),
    ("erec-10", "en",
     ("Spiculated 2.4 cm mass in the left upper lobe, suspicious for primary lung carcinoma. "
      "Enlarged left hilar lymph node measuring 15 mm. No pleural effusion. "
      "MDT discussion advised."),
     {NOD, LN}),
    ("erec-11", "en",
     ("Bibasal linear atelectasis. No pleural effusion at present. "
      "Should an effusion develop, ultrasound-guided aspiration may be performed."),
     {ATL}),
    ("erec-12", "en",
     ("The previously noted right pleural effusion has resolved. Minimal residual fibrotic band at the "
      "right lung base. No further imaging follow-up is required."),
     {FIB}),
    ("erec-13", "en",
     ("Mild bronchial wall thickening in both lower lobes. No reticulation, honeycombing or traction "
      "bronchiectasis. In case of persistent dyspnea, HRCT could be considered to exclude interstitial "
      "lung disease."),
     {PBT}),
    ("erec-14", "en",
     ("Cardiomegaly. Small bilateral pleural effusions. Smooth interlobular septal thickening at the lung "
      "bases, consistent with interstitial edema. Recommend correlation with BNP and echocardiography."),
     {CM, PE, IST}),
    ("erec-15", "en",
     ("No pulmonary nodule. Moderate coronary artery calcification. Lung-RADS 1. "
      "Recommend continued annual low-dose CT screening in 12 months."),
     {CAC}),
    ("erec-16", "en",
     ("Endotracheal tube tip at the level of the carina; recommend withdrawal by 2 to 3 cm. "
      "Nasogastric tube with tip in the stomach. Dependent atelectasis in both lower lobes."),
     {MM, ATL}),
    ("erec-17", "en",
     ("Small pericardial effusion measuring up to 8 mm. No pleural effusion. The lungs are clear. "
      "Consider echocardiography for further evaluation."),
     {PCE}),
    ("erec-18", "en",
     ("Moderate sliding hiatal hernia. Otherwise unremarkable examination. "
      "Endoscopy is recommended if the patient is symptomatic."),
     {HH}),
    ("erec-19", "en",
     ("No hiatal hernia. The esophagus is unremarkable. Lungs and pleura are normal. "
      "An upper GI study could be considered if reflux symptoms persist."),
     set()),
    ("erec-20", "en",
     ("Mosaic attenuation with air trapping on expiratory images, suggestive of small airways disease. "
      "Recommend pulmonology referral and pulmonary function tests."),
     {MOS}),
    ("erec-21", "en",
     ("Cylindrical bronchiectasis in the middle lobe and lingula with bronchial wall thickening. "
      "Sputum cultures are recommended to exclude nontuberculous mycobacterial infection."),
     {BRX, PBT}),
    ("erec-22", "en",
     ("Tree-in-bud pattern in the right middle lobe, suggesting infectious bronchiolitis. No consolidation. "
      "Recommend sputum cultures and short-interval follow-up."),
     set()),
    ("erec-23", "en",
     ("5 mm calcified nodule in the right upper lobe, consistent with a granuloma. "
      "No follow-up is necessary for this benign finding."),
     {NOD}),
    ("erec-24", "en",
     ("Left lower lobe consolidation, compatible with pneumonia. Trace left pleural effusion. "
      "Follow-up CT is recommended in 6 to 8 weeks to document resolution of the consolidation."),
     {CON, PE}),
    ("erec-25", "en",
     ("Interval resolution of the previously seen left lower lobe consolidation. No new opacity. "
      "No further imaging follow-up is required."),
     set()),
    ("erec-26", "en",
     ("Severe upper lobe predominant centrilobular and panlobular emphysema. "
      "Consider referral for evaluation of lung volume reduction."),
     {EMP}),
    ("erec-27", "en",
     ("The ascending aorta is dilated to 4.3 cm. Calcification of the aortic wall and aortic valve. "
      "Recommend annual CT or MR surveillance of the thoracic aortic aneurysm."),
     {AWC}),
    ("erec-28", "en",
     ("Dense three-vessel coronary calcification. Heart size normal. "
      "Recommend cardiology evaluation for the coronary artery calcification."),
     {CAC}),
    ("erec-29", "en",
     ("Mildly enlarged right paratracheal lymph node measuring 11 mm in short axis. Lungs clear. "
      "Follow-up CT in 3 months is recommended to assess for interval change."),
     {LN}),
    ("erec-30", "en",
     ("Esophageal stent in situ across the distal esophagus. No lymphadenopathy. "
      "Staging PET-CT may be considered to exclude occult nodal disease."),
     {MM}),
    ("erec-31", "en",
     ("Possible faint ground-glass opacity in the right upper lobe, possibly infectious or inflammatory. "
      "Recommend follow-up CT in 3 months to confirm resolution; if persistent, a pre-invasive lesion "
      "should be considered."),
     {OPA}),
    ("erec-32", "en",
     ("Subpleural reticulation and honeycombing at the lung bases, consistent with a UIP pattern. "
      "Multidisciplinary discussion with rheumatology is advised."),
     {FIB}),
    ("erec-33", "en",
     ("Median sternotomy wires and a mechanical mitral valve prosthesis. Mild cardiomegaly. "
      "No pleural effusion. Clinical correlation is recommended."),
     {MM, CM}),
    ("erec-34", "en",
     ("Lungs clear. No pleural or pericardial effusion. This non-contrast study is not sensitive for "
      "pulmonary embolism; CT pulmonary angiography is recommended if clinically suspected."),
     set()),
    ("erec-35", "en",
     ("Respiratory motion limits evaluation of the lung bases; a small nodule in the left lower lobe cannot "
      "be excluded. Recommend repeat imaging with adequate breath-hold."),
     {NOD}),
    ("erec-36", "en",
     ("Tiny left apical pneumothorax, likely post-procedural after the recent biopsy. No pleural effusion. "
      "Recommend a chest radiograph in 4 hours."),
     set()),
    ("erec-37", "en",
     ("Complete right lower lobe collapse with mucus plugging of the bronchus intermedius. "
      "Bronchoscopy is recommended for airway clearance."),
     {ATL}),
    ("erec-38", "en",
     ("Pigtail drainage catheter in the right pleural space with a small residual effusion. "
      "Consider catheter removal if drain output has decreased."),
     {MM, PE}),
    ("erec-39", "en",
     ("Several mediastinal lymph nodes, the largest 8 mm in the aortopulmonary window. "
      "Attention on follow-up is recommended."),
     {LN}),
    ("erec-40", "en",
     ("Mild calcification of the descending aorta. No ground-glass opacity or air trapping. "
      "If symptoms of hypersensitivity pneumonitis develop, HRCT with expiratory images is recommended to "
      "look for mosaic attenuation."),
     {AWC}),
    ("erec-41", "en",
     ("Small atelectatic bands at both lung bases. In case of clinical deterioration, re-evaluation for the "
      "development of pleural effusion or consolidation is suggested."),
     {ATL}),
    ("erec-42", "en",
     ("Bilateral peripheral ground-glass opacities with superimposed interlobular septal thickening "
      "(crazy paving). Recommend RT-PCR testing for COVID-19."),
     {OPA, IST}),
    ("erec-43", "en",
     ("Diffuse bronchial wall thickening. Emphysema is not seen. "
      "Correlate with pulmonary function tests for suspected COPD."),
     {PBT}),
    ("erec-44", "en",
     ("Small hiatal hernia. No pulmonary nodule or mass. Sclerotic lesion in the T7 vertebral body, "
      "indeterminate; a bone scan is recommended."),
     {HH}),
    ("erec-45", "en",
     ("Heart size at the upper limits of normal. No pericardial effusion. "
      "Echocardiography could be considered to evaluate for cardiomyopathy."),
     set()),
    ("erec-46", "en",
     ("Pericardial thickening measuring 4 mm. No pleural effusion. "
      "Consider cardiac MRI to evaluate for constrictive pericarditis."),
     {PCE}),
    ("erec-47", "en",
     ("4.5 cm mass in the right lower lobe with obstructive atelectasis distally. Enlarged right hilar lymph "
      "node measuring 18 mm. Tissue sampling is recommended, and MDT referral is advised."),
     {ATL, LN}),
    ("erec-48", "en",
     ("Known right upper lobe adenocarcinoma, clinical stage T1b: the 1.8 cm nodule is unchanged. "
      "No new nodules. Continue surveillance per oncology protocol."),
     {NOD}),
    ("erec-49", "en",
     ("No consolidation, pleural effusion or lymphadenopathy. "
      "If fever persists, repeat imaging in 48 hours could be considered."),
     set()),
    ("erec-50", "en",
     ("Subpleural fibrotic bands in the lingula, post-inflammatory. "
      "No follow-up is required for these sequelae."),
     {FIB}),
    ("erec-51", "en",
     ("Coronary stent in the LAD. Calcification of the aortic arch. Incidental gallstone; "
      "ultrasound is recommended if clinically relevant."),
     {MM, AWC}),
    ("erec-52", "en",
     ("Stable 6 mm solid nodule in the left upper lobe, unchanged over 2 years, consistent with a benign "
      "lesion. No further follow-up is needed per Fleischner guidelines."),
     {NOD}),
    ("erec-53", "en",
     ("Dependent densities in both lower lobes, likely related to hypoventilation. Recommend repeat imaging "
      "in the prone position if interstitial lung disease is clinically suspected."),
     {OPA}),
    ("erec-54", "en",
     ("The pericardial effusion seen on the prior study has resolved. Mild cardiomegaly persists. "
      "No further echocardiographic follow-up for the effusion is required."),
     {CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("erec-27", AWC): "'Calcification of the aortic wall and aortic valve': the valve named in the clause drops the aortic wall's calcification too",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
