"""Probe: English chest CT reports written by UK (NHS) consultant radiologists, with British
phrasing and spelling ("Appearances are in keeping with...", "No sinister features", "Nil acute",
"?infection" and "query" as hedges, "likely", "favour", "cannot be excluded", "the lungs are clear",
"no focal lung lesion", "hiatus hernia", "oesophagus", "haemothorax", "calcified atheroma",
"coronary artery calcification is noted incidentally", "heart size at the upper limit of normal",
"a few subcentimetre nodes", "comparison is made with the CT of 3/4/2024", "no interval change",
"CONCLUSION:" sections and MDT-style recommendations). Includes UK-specific traps: "PE" meaning
pulmonary embolism in CTPA reports, "surgical emphysema" (subcutaneous air), "collapse" for
atelectasis, pleural plaques/thickening, thyroid and adrenal nodules, valve calcification, and
procedures only recommended. The reports were written for this file without looking at the
engine's lexicon or cue lists.
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
    ("euk-01", "en",
     ("Clinical details: Pleuritic chest pain, raised D-dimer. ?PE. Technique: CT pulmonary angiogram. "
      "The pulmonary arteries are well opacified with no filling defect to suggest pulmonary embolism. "
      "The lungs are clear. No pleural or pericardial effusion. Heart size is normal. "
      "No significant mediastinal or hilar lymphadenopathy. CONCLUSION: No PE. Nil acute."),
     set()),
    ("euk-02", "en",
     ("Comparison is made with the CT of 3/4/2024. There is no interval change in the 6 mm solid nodule "
      "in the right upper lobe. No new nodule. Mild centrilobular emphysema with upper lobe predominance. "
      "Calcified atheroma in the thoracic aorta. CONCLUSION: Stable 6 mm RUL nodule, appearances are in "
      "keeping with a benign nodule; no further follow-up is required as per BTS guidelines."),
     {NOD, EMP, AWC}),
    ("euk-03", "en",
     ("Clinical details: ?infection, productive cough, raised CRP. Patchy consolidation in the right lower "
      "lobe with air bronchograms and surrounding ground-glass change. Small right pleural effusion. "
      "A few subcentimetre mediastinal nodes, the largest 8 mm short axis, likely reactive. "
      "CONCLUSION: Appearances are in keeping with right lower lobe pneumonia. Recommend a follow-up chest "
      "radiograph in 6 weeks to ensure resolution."),
     {CON, OPA, PE, LN}),
    ("euk-04", "en",
     ("Query early consolidation in the lingula. Elsewhere the lungs are clear. No pleural effusion. "
      "Heart size at the upper limit of normal. No pericardial effusion."),
     {CON}),
    ("euk-05", "en",
     ("Bibasal subpleural reticulation with honeycombing and traction bronchiectasis, in keeping with a "
      "UIP pattern. No ground-glass opacification. Mild mediastinal lymphadenopathy, the largest node 12 mm "
      "in the right paratracheal station, likely reactive in the context of fibrotic lung disease. "
      "Suggest discussion at the ILD MDT."),
     {FIB, BRX, LN}),
    ("euk-06", "en",
     ("Cardiomegaly. Bilateral pleural effusions, right greater than left, with adjacent passive "
      "atelectasis. Smooth interlobular septal thickening and patchy ground-glass opacity. "
      "Appearances are in keeping with fluid overload. No pericardial effusion."),
     {CM, PE, ATL, IST, OPA}),
    ("euk-07", "en",
     ("Median sternotomy wires and coronary artery bypass graft clips. Dual-chamber pacemaker with leads in "
      "the right atrium and right ventricle. Dense coronary artery calcification. The heart is not enlarged. "
      "The lungs are clear. Nil acute."),
     {MM, CAC}),
    ("euk-08", "en",
     ("Small sliding hiatus hernia. The oesophagus is otherwise unremarkable. The lungs are clear with no "
      "focal lung lesion. No pleural or pericardial effusion. No significant mediastinal or hilar "
      "lymphadenopathy. CONCLUSION: No sinister features. Incidental small hiatus hernia."),
     {HH}),
    ("euk-09", "en",
     ("Staging CT for known left breast carcinoma. Left mastectomy with surgical clips in the left axilla. "
      "No pulmonary nodule or mass to suggest metastatic disease. No axillary, mediastinal or hilar "
      "lymphadenopathy. No pleural effusion. A 3 mm hypodensity in the liver is too small to characterise. "
      "CONCLUSION: No evidence of metastatic disease in the chest."),
     {MM}),
    ("euk-10", "en",
     ("Comparison is made with the CT of 12/01/2025. The previously seen right lower lobe consolidation has "
      "resolved. Residual linear atelectasis at the right base. The small right pleural effusion has also "
      "resolved. No new abnormality. CONCLUSION: Interval resolution of the right lower lobe pneumonia with "
      "minor residual atelectasis."),
     {ATL}),
    ("euk-11", "en",
     ("A 42 mm spiculated mass in the left upper lobe abutting the mediastinal pleura, highly suspicious for "
      "a primary bronchogenic carcinoma. Enlarged left hilar node measuring 15 mm and subcarinal node "
      "measuring 13 mm. Background moderate centrilobular and paraseptal emphysema. No pleural effusion. "
      "Recommend PET-CT and discussion at the lung cancer MDT."),
     {LN, EMP}),
    ("euk-12", "en",
     ("A 22 mm part-solid nodule in the right upper lobe with a 12 mm solid component, suspicious for "
      "adenocarcinoma. No further nodules. A few subcentimetre mediastinal nodes, not enlarged by size "
      "criteria. No pleural effusion. CONCLUSION: Suspicious RUL part-solid nodule. Refer to the lung MDT."),
     {NOD}),
    ("euk-13", "en",
     ("Clinical details: known COPD, infective exacerbation, ?consolidation. Bronchial wall thickening in "
      "both lower lobes. Mild emphysema. No consolidation. No pleural effusion. Heart size normal."),
     {PBT, EMP}),
    ("euk-14", "en",
     ("Cylindrical bronchiectasis in the middle lobe and lingula with bronchial wall thickening and mucus "
      "plugging. Scattered tree-in-bud change in the right lower lobe, ?infective. No consolidation. "
      "No lymphadenopathy."),
     {BRX, PBT}),
    ("euk-15", "en",
     ("Mosaic attenuation throughout both lungs with air trapping on the expiratory images, in keeping with "
      "small airways disease. No bronchiectasis. No fibrosis. The lungs are otherwise clear."),
     {MOS}),
    ("euk-16", "en",
     ("Calcified pleural plaques along both hemidiaphragms, in keeping with previous asbestos exposure. "
      "No pleural effusion. No pleural thickening of malignant morphology. No fibrosis to suggest "
      "asbestosis. Calcified atheroma in the aortic arch."),
     {AWC}),
    ("euk-17", "en",
     ("Trauma CT. Small volume of surgical emphysema in the left chest wall tracking from the site of the "
      "left-sided chest drain. Small residual left pneumothorax. Small left haemothorax. Left lower lobe "
      "contusion with surrounding ground-glass. Undisplaced fractures of the left 5th to 7th ribs."),
     {MM, PE, OPA}),
    ("euk-18", "en",
     ("Heart size at the upper limit of normal. No pericardial effusion. Coronary artery calcification is "
      "noted incidentally. Mild calcified atheroma of the descending thoracic aorta. The lungs are clear. "
      "CONCLUSION: Nil acute. Incidental coronary artery calcification; suggest cardiovascular risk "
      "assessment in primary care."),
     {CAC, AWC}),
    ("euk-19", "en",
     ("CTPA. No PE to segmental level. Moderate pericardial effusion measuring up to 18 mm. Cardiomegaly. "
      "Small bilateral pleural effusions. CONCLUSION: No PE. Pericardial effusion, ?cause; suggest "
      "echocardiography."),
     {PCE, CM, PE}),
    ("euk-20", "en",
     ("Clinical details: ?pleural effusion on CXR. There is no pleural effusion. The radiographic "
      "appearance is due to a prominent epicardial fat pad. The lungs are clear. "
      "CONCLUSION: No pleural effusion."),
     set()),
    ("euk-21", "en",
     ("Right lower lobe collapse with abrupt cut-off of the bronchus intermedius, ?endobronchial lesion. "
      "Small right pleural effusion. Enlarged right hilar node measuring 14 mm. "
      "Recommend bronchoscopy and discussion at the lung MDT."),
     {ATL, PE, LN}),
    ("euk-22", "en",
     ("Linear bands of atelectasis or scarring at both lung bases. No focal lung lesion. No pleural "
      "effusion. No hiatus hernia. CONCLUSION: No sinister features."),
     {ATL, FIB}),
    ("euk-23", "en",
     ("Multiple bilateral pulmonary nodules, the largest 14 mm in the left lower lobe, in keeping with "
      "metastases. The previously noted pleural effusion has resolved. Right-sided Port-a-Cath with the "
      "tip at the cavoatrial junction."),
     {NOD, MM}),
    ("euk-24", "en",
     ("Patchy peripheral ground-glass opacification in both lower lobes with some subpleural consolidation; "
      "appearances are in keeping with organising pneumonia, although an atypical infection cannot be "
      "excluded. No pleural effusion. No lymphadenopathy."),
     {OPA, CON}),
    ("euk-25", "en",
     ("Comparison is made with the CT of 3/4/2024. No interval change in the bibasal fibrosis with traction "
      "bronchiectasis. No new consolidation. Stable small subcarinal node (9 mm). Moderate hiatus hernia."),
     {FIB, BRX, LN, HH}),
    ("euk-26", "en",
     ("Endotracheal tube tip 3 cm above the carina. Nasogastric tube in the stomach. Right internal jugular "
      "central venous catheter. Bilateral dependent consolidation with air bronchograms, more marked on the "
      "left. Small bilateral effusions."),
     {MM, CON, PE}),
    ("euk-27", "en",
     ("A 16 mm nodule in the left lobe of the thyroid; recommend ultrasound if clinically indicated. "
      "The lungs are clear with no pulmonary nodule. No lymphadenopathy. Left adrenal nodule of 11 mm, "
      "likely an adenoma."),
     set()),
    ("euk-28", "en",
     ("Apical bullous emphysema, worse on the right. No pneumothorax. A 4 mm calcified nodule in the left "
      "lower lobe, in keeping with a granuloma, requires no follow-up."),
     {EMP, NOD}),
    ("euk-29", "en",
     ("?Atelectasis at the left base, no convincing consolidation. Small left pleural effusion. Heart size "
      "normal. No significant mediastinal or hilar lymphadenopathy."),
     {ATL, PE}),
    ("euk-30", "en",
     ("Cardiomegaly with left atrial enlargement. Mitral valve replacement. Mitral annular calcification. "
      "No pericardial effusion. Smooth septal thickening at the lung bases, ?early pulmonary oedema. "
      "Small right pleural effusion."),
     {CM, MM, IST, PE}),
    ("euk-31", "en",
     ("Coronary artery stents in the LAD. Calcified atheroma in the circumflex and right coronary arteries. "
      "The aorta is of normal calibre without significant atheroma. No pleural or pericardial effusion."),
     {MM, CAC}),
    ("euk-32", "en",
     ("Large paraoesophageal hiatus hernia with an intrathoracic stomach, causing compressive atelectasis of "
      "the adjacent left lower lobe. No consolidation. The oesophagus is fluid-filled."),
     {HH, ATL}),
    ("euk-33", "en",
     ("No focal lung lesion. No consolidation, collapse or effusion. Normal heart size. No pericardial "
      "effusion. No mediastinal, hilar or axillary lymphadenopathy. The thoracic aorta is of normal calibre "
      "with no calcified atheroma. CONCLUSION: Normal CT chest."),
     set()),
    ("euk-34", "en",
     ("Oesophageal stent in situ across the lower oesophagus. Oesophageal wall thickening above the stent. "
      "Enlarged paraoesophageal node measuring 13 mm. Small left pleural effusion. The lungs are clear."),
     {MM, LN, PE}),
    ("euk-35", "en",
     ("Comparison is made with the CT of 3/4/2024. Interval increase in size of the left upper lobe nodule, "
      "now 11 mm (previously 7 mm), with a volume doubling time concerning for malignancy. "
      "No lymphadenopathy. Recommend discussion at the lung MDT. "
      "Reported by Dr A. Patel, Consultant Thoracic Radiologist."),
     {NOD}),
    ("euk-36", "en",
     ("Extensive bilateral ground-glass opacities with a crazy-paving pattern due to superimposed "
      "interlobular septal thickening. No pleural effusion. No cardiomegaly. ?PCP in this immunosuppressed "
      "patient."),
     {OPA, IST}),
    ("euk-37", "en",
     ("Heart size at the upper limit of normal. Pericardial thickening without effusion. Calcified atheroma "
      "of the aortic arch. The lungs are clear."),
     {PCE, AWC}),
    ("euk-38", "en",
     ("Mild bronchial wall thickening, ?asthma. No mosaic attenuation. No bronchiectasis. No emphysema. "
      "The lungs are otherwise clear."),
     {PBT}),
    ("euk-39", "en",
     ("Left pleural effusion with pleural enhancement and a split pleura sign, concerning for empyema. "
      "Adjacent left lower lobe collapse-consolidation. Chest drain insertion is recommended."),
     {PE, ATL, CON}),
    ("euk-40", "en",
     ("Comparison is made with the CT of 3/4/2024. The left chest drain has been removed. No residual "
      "pleural effusion. The left lower lobe atelectasis has resolved. Minor pleural thickening at the left "
      "base. CONCLUSION: Resolved left empyema."),
     set()),
    ("euk-41", "en",
     ("Widespread centrilobular emphysema. Bronchial wall thickening. Heart size normal. Coronary artery "
      "calcification. Calcified atheroma of the aorta and great vessels. A 5 mm perifissural nodule along "
      "the right horizontal fissure, likely an intrapulmonary lymph node; no follow-up required."),
     {EMP, PBT, CAC, AWC, NOD}),
    ("euk-42", "en",
     ("Clinical details: Haemoptysis. ?malignancy. No endobronchial lesion. No focal lung lesion. "
      "No lymphadenopathy. Mild bronchiectasis in the left lower lobe, which may account for the "
      "haemoptysis."),
     {BRX}),
    ("euk-43", "en",
     ("The lungs are clear. No pleural or pericardial effusion. Sternotomy wires from previous aortic valve "
      "replacement, with a prosthetic aortic valve in situ. The ascending aorta is mildly dilated at 42 mm. "
      "Coronary artery calcification."),
     {MM, CAC}),
    ("euk-44", "en",
     ("Subtle patchy ground-glass change in the right upper lobe, ?infective/inflammatory. Recommend a "
      "follow-up CT in 3 months to ensure resolution. No nodule. No hiatus hernia. No lymphadenopathy."),
     {OPA}),
    ("euk-45", "en",
     ("Dependent density at both lung bases, likely positional. No consolidation. Mild cardiomegaly. "
      "Small hiatus hernia. Calcified atheroma in the partly included abdominal aorta."),
     {OPA, CM, HH, AWC}),
    ("euk-46", "en",
     ("The pericardial effusion has resolved since the previous CT. Heart size normal. Residual small left "
      "pleural effusion. No pulmonary nodule."),
     {PE}),
    ("euk-47", "en",
     ("Sarcoid follow-up. Bilateral symmetrical hilar and mediastinal lymphadenopathy, the largest node "
      "18 mm, slightly reduced compared with the CT of 3/4/2024. Perilymphatic nodules along the fissures. "
      "Mild upper zone fibrotic change with architectural distortion. No effusion."),
     {LN, NOD, FIB}),
    ("euk-48", "en",
     ("Nil acute. The lungs are clear. No consolidation, no effusion. Bilateral breast implants, intact. "
      "No axillary lymphadenopathy."),
     {MM}),
    ("euk-49", "en",
     ("Known right lower lobe primary tumour measuring 28 mm. Nodular interlobular septal thickening in the "
      "right lower lobe and right hilar lymphadenopathy (16 mm); appearances are in keeping with "
      "lymphangitis carcinomatosa. Right pleural effusion."),
     {NOD, IST, LN, PE}),
    ("euk-50", "en",
     ("Clinical details: ex-smoker, weight loss. No suspicious pulmonary nodule or mass. Paraseptal "
      "emphysema at the apices. Aortic valve calcification. No coronary artery calcification. "
      "CONCLUSION: No sinister features."),
     {EMP}),
    ("euk-51", "en",
     ("No interval change in the subpleural reticulation and ground-glass in both lower lobes; favour "
      "fibrotic NSIP. No honeycombing. Traction bronchiectasis is not seen. Mild oesophageal dilatation, "
      "?scleroderma-related. Subcentimetre mediastinal nodes up to 8 mm."),
     {FIB, OPA, LN}),
    ("euk-52", "en",
     ("Previous Nissen fundoplication for hiatus hernia; the wrap is intact and there is no recurrent hiatus "
      "hernia. The lungs are clear. No pericardial or pleural effusion."),
     set()),
    ("euk-53", "en",
     ("Left lower lobe consolidation has progressed since the CT of 3/4/2024. An underlying lesion cannot be "
      "excluded; recommend follow-up CT after treatment. Small left effusion. PICC line with the tip in "
      "the SVC."),
     {CON, PE, MM}),
    ("euk-54", "en",
     ("Heart size at the upper limit of normal; no pericardial effusion. A few tiny nodules of 2-3 mm in the "
      "right lower lobe, below the threshold for follow-up as per BTS guidance. The interlobular septa are "
      "not thickened. No bronchial wall thickening."),
     {NOD}),
    ("euk-55", "en",
     ("Trauma. No pneumothorax or haemothorax. No pulmonary contusion. No mediastinal haematoma. "
      "Old healed right rib fractures. Nil acute."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
