"""English chest CT reports whose history / indication / comparison lines name findings.

Each report opens with a clinical history, indication or comparison line that names
findings (emphysema, prior CABG, known lung cancer, s/p lobectomy, known effusion ...),
followed by findings and an impression stating what is seen now. Phenomena covered:

- findings only named in the history / indication line (label 0 unless described now)
- "again seen", "redemonstrated", "unchanged", "stable" findings (label 1)
- "new", "interval development of", "increased" findings (label 1)
- "resolved", "no longer seen", "has been removed" (label 0)
- "interval decrease" of a finding still present (label 1)
- sternotomy wires, clips, ports, leads seen now (Medical material 1)
- traps: mitral annular calcification, thyroid / adrenal nodules, calcified but
  non-enlarged nodes, peribronchial consolidation
- explicit denials mixed with positives in every report

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("ecx-01", "en",
     ("History: emphysema, prior CABG.\nComparison: CT chest 2023.\n"
     "Findings: Median sternotomy wires and surgical clips along the course of the LIMA graft are "
     "again seen. Centrilobular emphysema with upper lobe predominance is unchanged. Calcification of "
     "the native coronary arteries. No pleural or pericardial effusion. No pulmonary nodule. "
     "Mediastinal lymph nodes are not enlarged.\n"
     "Impression: Stable emphysema. Post-CABG changes."),
     {MM, EMP, CAC}),
    ("ecx-02", "en",
     ("Clinical history: Known lung cancer, left upper lobe, on systemic therapy.\n"
     "Comparison: CT from 6 months ago.\n"
     "Findings: The spiculated left upper lobe mass shows interval decrease in size, now measuring "
     "2.1 cm (previously 3.0 cm). An enlarged left hilar lymph node measuring 15 mm in short axis is "
     "stable. New small left pleural effusion. No consolidation. No emphysema. Heart size is normal. "
     "No hiatal hernia.\n"
     "Impression: Partial response of the left upper lobe primary. New small left pleural effusion."),
     {NOD, LN, PE}),
    ("ecx-03", "en",
     ("Indication: Follow-up of right lower lobe pneumonia.\nComparison: CT 8 weeks ago.\n"
     "Findings: The right lower lobe consolidation seen on the prior study has resolved. There are "
     "residual linear fibrotic bands in the right lower lobe. No pleural effusion. No new pulmonary "
     "nodules. Scattered calcification of the aortic wall.\n"
     "Impression: Resolution of pneumonia with minor residual scarring."),
     {FIB, AWC}),
    ("ecx-04", "en",
     ("History: s/p right upper lobectomy for adenocarcinoma in 2022.\nComparison: CT 2023.\n"
     "Findings: Postoperative changes of right upper lobectomy with a surgical staple line at the "
     "right hilum. No evidence of local recurrence. No new pulmonary nodules. Subsegmental atelectasis "
     "in the right lower lobe. No mediastinal or hilar lymphadenopathy. No pleural effusion.\n"
     "Impression: Post-lobectomy status without evidence of recurrence."),
     {MM, ATL}),
    ("ecx-05", "en",
     ("Indication: Dyspnea. History of heart failure and pericardial effusion.\nComparison: CT 2022.\n"
     "Findings: Cardiomegaly with left ventricular enlargement, unchanged. The previously noted "
     "pericardial effusion is no longer seen. Small bilateral pleural effusions, new compared with the "
     "prior. New smooth thickening of the interlobular septa in both lower lobes with patchy ground-glass "
     "opacities. No consolidation.\n"
     "Impression: Findings consistent with interstitial pulmonary edema. New bilateral pleural effusions."),
     {CM, PE, IST, OPA}),
    ("ecx-06", "en",
     ("History: Bronchiectasis with recurrent infections.\nComparison: CT 2021.\n"
     "Findings: Cylindrical bronchiectasis in the middle lobe and lingula is redemonstrated, with "
     "associated bronchial wall thickening. Stable mosaic attenuation pattern throughout both lungs. No "
     "consolidation. No ground-glass opacity. No pleural effusion. No lymphadenopathy.\n"
     "Impression: Stable bronchiectasis."),
     {BRX, PBT, MOS}),
    ("ecx-07", "en",
     ("History: Hiatal hernia repair 2019.\n"
     "Findings: Surgical clips at the gastroesophageal junction. No recurrent hiatal hernia. "
     "Atherosclerotic calcification of the thoracic aorta. No coronary artery calcification. Mild "
     "paraseptal emphysema in the upper lobes. No pulmonary nodules.\n"
     "Impression: No recurrence of hiatal hernia. Mild emphysema."),
     {MM, AWC, EMP}),
    ("ecx-08", "en",
     ("History: Known sarcoidosis.\nComparison: CT 2022.\n"
     "Findings: Bilateral hilar and mediastinal lymphadenopathy, unchanged. Perilymphatic micronodules "
     "along the fissures, stable. Fibrotic changes in the upper lobes with traction bronchiectasis. No "
     "atelectasis. No mosaic attenuation. No pleural effusion. No consolidation. Heart size is normal.\n"
     "Impression: Stable stage IV sarcoidosis."),
     {LN, NOD, FIB, BRX}),
    ("ecx-09", "en",
     ("Indication: r/o pulmonary embolism. History: atrial fibrillation, pacemaker.\n"
     "Findings: Dual-chamber pacemaker with leads in the right atrium and right ventricle. No "
     "pulmonary embolism. The left atrium is enlarged. Mitral annular calcification. Dependent "
     "atelectasis in both lower lobes. A small area of consolidation in the left lower lobe, possibly "
     "early pneumonia. No pleural effusion. No pericardial effusion.\n"
     "Impression: No pulmonary embolism. Left atrial enlargement."),
     {MM, CM, ATL, CON}),
    ("ecx-10", "en",
     ("History: COVID-19 pneumonia 3 months ago.\nComparison: CT at admission.\n"
     "Findings: The ground-glass opacities have markedly decreased, with faint residual ground-glass "
     "opacity in the peripheral lower lobes. The consolidation is no longer seen. Subpleural "
     "reticulation and fibrotic bands in both lower lobes. No bronchiectasis. No pleural effusion.\n"
     "Impression: Improving post-COVID changes with residual ground-glass and early fibrotic sequelae."),
     {OPA, FIB}),
    ("ecx-11", "en",
     ("History: Prior pulmonary tuberculosis.\n"
     "Findings: Fibrotic scarring in the right upper lobe with bronchiectasis, unchanged. Calcified "
     "mediastinal lymph nodes, not enlarged. No cavitation. No new nodule. No consolidation. No "
     "emphysema. No bronchial wall thickening. Small hiatal hernia.\n"
     "Impression: Stable post-tuberculous sequelae."),
     {FIB, BRX, HH}),
    ("ecx-12", "en",
     ("History: Known metastatic colon cancer. Prior pleural effusion.\nComparison: CT 2023.\n"
     "Findings: Multiple bilateral pulmonary metastases, increased in number and size; the largest "
     "measures 1.8 cm in the left lower lobe. New right paratracheal lymphadenopathy. Port catheter in "
     "the right chest wall with tip at the cavoatrial junction. No fibrotic changes. No pericardial "
     "effusion. Partially imaged liver lesions.\n"
     "Impression: Progression of pulmonary metastases and new mediastinal adenopathy."),
     {NOD, LN, MM}),
    ("ecx-13", "en",
     ("History: COPD, emphysema per referral.\nComparison: none.\n"
     "Findings: No emphysema is identified. Bronchial wall thickening in both lower lobes. Mild mosaic "
     "attenuation, likely from air trapping. No pulmonary nodules. Heart size normal. No medical "
     "devices.\n"
     "Impression: Airway disease without emphysema."),
     {PBT, MOS}),
    ("ecx-14", "en",
     ("History: s/p aortic valve replacement and CABG.\nComparison: CT 2023.\n"
     "Findings: Prosthetic aortic valve and sternotomy wires. Dense coronary artery calcifications. "
     "Calcified atherosclerotic plaque in the aortic arch. Mild cardiomegaly, stable. Small "
     "pericardial effusion, new. No pleural effusion. The lungs are clear without consolidation or "
     "opacity.\n"
     "Impression: New small pericardial effusion. Stable mild cardiomegaly."),
     {MM, CAC, AWC, CM, PCE}),
    ("ecx-15", "en",
     ("History: Interstitial lung disease, UIP pattern.\nComparison: CT 2022.\n"
     "Findings: Subpleural honeycombing and reticulation in the lower lobes, progressed. Traction "
     "bronchiectasis has increased. Interlobular septal thickening. No mosaic attenuation. No "
     "consolidation. Mediastinal lymph nodes are mildly enlarged, up to 12 mm, likely reactive. No "
     "pleural effusion.\n"
     "Impression: Progression of pulmonary fibrosis."),
     {FIB, BRX, IST, LN}),
    ("ecx-16", "en",
     ("Indication: Follow-up of pulmonary nodule.\nComparison: CT 2022.\n"
     "Findings: The 6 mm solid nodule in the right middle lobe is stable since 2022. No new nodules. "
     "Small hiatal hernia. Mild calcifications of the thoracic aortic wall. No coronary calcification. "
     "No lymphadenopathy. No emphysema. No atelectasis.\n"
     "Impression: Stable 6 mm nodule, likely benign."),
     {NOD, HH, AWC}),
    ("ecx-17", "en",
     ("Indication: Follow-up of left upper lobe nodule.\nComparison: CT 2023.\n"
     "Findings: The previously described left upper lobe nodule is no longer seen. No pulmonary "
     "nodules. Subsegmental atelectasis in the lingula. Coronary artery calcification in the LAD. "
     "Moderate hiatal hernia. No pleural or pericardial effusions.\n"
     "Impression: Resolution of the previously seen nodule, likely inflammatory."),
     {ATL, CAC, HH}),
    ("ecx-18", "en",
     ("History: Esophageal cancer s/p esophagectomy.\nComparison: CT 2024.\n"
     "Findings: Gastric pull-up in the posterior mediastinum with surgical clips at the anastomosis. "
     "Small bilateral pleural effusions, stable, with adjacent compressive atelectasis. No "
     "lymphadenopathy. No pulmonary nodules.\n"
     "Impression: Postoperative appearance without evidence of recurrence."),
     {MM, PE, ATL}),
    ("ecx-19", "en",
     ("History: Right pleural effusion, s/p thoracentesis.\nComparison: CT 1 month ago.\n"
     "Findings: No residual pleural effusion. Linear atelectasis at the right base. New patchy "
     "consolidation in the left lower lobe, suspicious for pneumonia. No lymphadenopathy. Heart size "
     "is normal.\n"
     "Impression: Resolved right pleural effusion. New left lower lobe consolidation."),
     {ATL, CON}),
    ("ecx-20", "en",
     ("Indication: Suspected pericardial effusion.\n"
     "Findings: No pericardial effusion. Heart size is normal. Calcifications of the aorta and the "
     "coronary arteries. Paraseptal emphysema at both apices.\n"
     "Impression: No pericardial effusion. Emphysema."),
     {AWC, CAC, EMP}),
    ("ecx-21", "en",
     ("History: Lymphoma with mediastinal lymphadenopathy, s/p chemotherapy.\n"
     "Comparison: PET-CT 2023.\n"
     "Findings: The previously enlarged mediastinal lymph nodes have decreased and are now all "
     "subcentimeter, within normal limits. No new lymphadenopathy. Right chest port catheter. No "
     "pleural or pericardial effusion. New mild ground-glass opacity in the right upper lobe, possibly "
     "infectious or drug-related.\n"
     "Impression: Complete nodal response. New ground-glass opacity in the right upper lobe."),
     {MM, OPA}),
    ("ecx-22", "en",
     ("History: Current smoker, lung cancer screening.\nComparison: Low-dose CT 2023.\n"
     "Findings: Moderate centrilobular emphysema, stable. Bronchial wall thickening. New 8 mm "
     "part-solid nodule in the left upper lobe. Moderate coronary artery calcification. The aortic "
     "wall shows no calcification. No fibrosis. No hiatal hernia. No lymphadenopathy. No pleural "
     "effusion.\n"
     "Impression: New part-solid nodule, Lung-RADS 4A."),
     {EMP, PBT, NOD, CAC}),
    ("ecx-23", "en",
     ("History: Bronchiectasis, pneumonia.\nComparison: CT 2021.\n"
     "Findings: Hiatal hernia, unchanged. Atelectasis at the left base, unchanged. No nodules. No "
     "effusions. No other change.\n"
     "Impression: No interval change."),
     {HH, ATL}),
    ("ecx-24", "en",
     ("History: Aspiration in ICU.\nComparison: CT 2 days ago.\n"
     "Findings: Dense consolidation in the posterior basal segment of the right lower lobe with air "
     "bronchograms and surrounding ground-glass opacity, new since the prior. Endotracheal tube and "
     "nasogastric tube in position. Small right pleural effusion. No cardiomegaly. No emphysema. No "
     "bronchial wall thickening.\n"
     "Impression: Aspiration pneumonia in the right lower lobe."),
     {CON, OPA, MM, PE}),
    ("ecx-25", "en",
     ("History: Pulmonary hypertension, CTEPH.\nComparison: CT 2023.\n"
     "Findings: Mosaic attenuation pattern, redemonstrated. Enlarged right ventricle and right atrium. "
     "Dilated main pulmonary artery. Small pericardial effusion. No interlobular septal thickening. "
     "No pleural effusion. No arterial wall calcification.\n"
     "Impression: Stable findings of chronic thromboembolic pulmonary hypertension."),
     {MOS, CM, PCE}),
    ("ecx-26", "en",
     ("History: Known hypersensitivity pneumonitis.\nComparison: CT 2023.\n"
     "Findings: Patchy ground-glass opacities in the upper lobes, decreased. Mosaic attenuation with "
     "air trapping, stable. Mild interlobular septal thickening. No honeycombing or fibrosis. No "
     "bronchiectasis.\n"
     "Impression: Improving hypersensitivity pneumonitis without fibrosis."),
     {OPA, MOS, IST}),
    ("ecx-27", "en",
     ("History: Breast cancer s/p left mastectomy, axillary dissection and radiotherapy.\n"
     "Findings: Surgical clips in the left axilla. No axillary, supraclavicular or mediastinal "
     "lymphadenopathy. Radiation fibrosis in the anterior left upper lobe, unchanged. No pulmonary "
     "nodules. No pleural effusion.\n"
     "Impression: No evidence of metastatic disease."),
     {MM, FIB}),
    ("ecx-28", "en",
     ("History: Prior CABG, known cardiomegaly.\nComparison: CT 2022.\n"
     "Findings: Sternotomy wires. Heart size is now normal. Coronary artery calcification. No "
     "pericardial effusion. No consolidation. No pleural effusion.\n"
     "Impression: Normalised heart size."),
     {MM, CAC}),
    ("ecx-29", "en",
     ("History: Rheumatoid arthritis.\nComparison: CT 2022.\n"
     "Findings: New mild bronchiectasis with bronchial wall thickening at both bases. Subpleural "
     "reticulation with fibrosis at the bases. Minimal interlobular septal thickening. A 4 mm nodule "
     "in the right upper lobe, stable. No lymphadenopathy. No pleural or pericardial effusion.\n"
     "Impression: Rheumatoid lung disease with new airway involvement."),
     {BRX, PBT, FIB, IST, NOD}),
    ("ecx-30", "en",
     ("History: Left lower lobe consolidation and atelectasis on prior CT.\nComparison: CT 2024.\n"
     "Findings: The left lower lobe consolidation and atelectasis have resolved. The lungs are clear. "
     "No pleural effusion. Mild calcified plaque in the descending aorta. Heart size is normal. No "
     "indwelling devices.\n"
     "Impression: Resolution of left lower lobe process."),
     {AWC}),
    ("ecx-31", "en",
     ("History: Reflux, hiatal hernia. Indication: r/o pneumonia.\nComparison: CT 2022.\n"
     "Findings: Large hiatal hernia containing most of the stomach, increased in size. Compressive "
     "atelectasis in the adjacent left lower lobe. No consolidation. No lymphadenopathy.\n"
     "Impression: Enlarging large hiatal hernia. No pneumonia."),
     {HH, ATL}),
    ("ecx-32", "en",
     ("History: Lung cancer s/p chemoradiation.\nComparison: CT 2024.\n"
     "Findings: The right upper lobe perihilar mass is again seen, unchanged in size. Post-radiation "
     "fibrosis and consolidation in the right paramediastinal lung, stable. New small right pleural "
     "effusion. Mediastinal lymph nodes are not enlarged. Right chest port.\n"
     "Impression: Stable tumour. New small right pleural effusion."),
     {NOD, FIB, CON, PE, MM}),
    ("ecx-33", "en",
     ("History: Right pneumothorax, chest tube placement.\nComparison: CT 1 week ago.\n"
     "Findings: The right chest tube has been removed. No residual pneumothorax. No pleural effusion. "
     "Linear atelectasis at the right base. Bronchial wall thickening. No lung nodules. No other lines "
     "or tubes.\n"
     "Impression: Resolved pneumothorax."),
     {ATL, PBT}),
    ("ecx-34", "en",
     ("History: Known pericardial effusion.\nComparison: CT 2 weeks ago.\n"
     "Findings: Moderate pericardial effusion, increased. Cardiomegaly. Bilateral pleural effusions "
     "with passive atelectasis of the lower lobes. No consolidation. No interlobular septal "
     "thickening.\n"
     "Impression: Increasing pericardial effusion."),
     {PCE, CM, PE, ATL}),
    ("ecx-35", "en",
     ("History: Smoker with emphysema, prior left lower lobe pneumonia.\nComparison: CT 2023.\n"
     "Findings: Bullous and centrilobular emphysema, unchanged. The prior left lower lobe pneumonia "
     "has resolved with no residual consolidation or opacity. Aortic calcification. No coronary "
     "artery calcification. No nodules.\n"
     "Impression: Stable emphysema. Resolved pneumonia."),
     {EMP, AWC}),
    ("ecx-36", "en",
     ("History: Renal cell carcinoma s/p left nephrectomy. Evaluate for metastases.\n"
     "Comparison: CT 2023.\n"
     "Findings: Two new pulmonary nodules, 5 mm and 7 mm, suspicious for metastases. Enlarged right "
     "hilar lymph node. Surgical clips in the left nephrectomy bed. Left adrenal nodule, unchanged. "
     "No pleural effusion. No emphysema.\n"
     "Impression: New pulmonary nodules suspicious for metastases."),
     {NOD, LN, MM}),
    ("ecx-37", "en",
     ("History: Thyroid nodule, emphysema.\nComparison: CT 2022.\n"
     "Findings: Thyroid nodule in the left lobe, unchanged. No pulmonary nodules. Mild peribronchial "
     "thickening. No lymphadenopathy. Coronary artery calcification. No aortic wall calcification.\n"
     "Impression: No significant change."),
     {PBT, CAC}),
    ("ecx-38", "en",
     ("Indication: Cough.\nComparison: CT 2023.\n"
     "Findings: Interval development of bilateral peribronchial consolidation and ground-glass "
     "opacity in the lower lobes. Mediastinal lymph nodes are slightly enlarged, up to 11 mm, likely "
     "reactive. Small left pleural effusion. Trace pericardial effusion. No septal thickening. No "
     "bronchiectasis.\n"
     "Impression: Bilateral lower lobe pneumonia."),
     {CON, OPA, LN, PE, PCE}),
    ("ecx-39", "en",
     ("History: ICD, heart failure.\nComparison: CT 2023.\n"
     "Findings: ICD with lead in the right ventricle. Cardiomegaly, stable. Interlobular septal "
     "thickening and small bilateral pleural effusions, decreased. No consolidation. Calcified plaque in "
     "both the coronary arteries and the thoracic aorta.\n"
     "Impression: Improving pulmonary edema."),
     {MM, CM, IST, PE, CAC, AWC}),
    ("ecx-40", "en",
     ("History: COPD with emphysema; hiatal hernia and lymphadenopathy on prior PET.\n"
     "Comparison: PET-CT 2023.\n"
     "Findings: Mild centrilobular emphysema. No hiatal hernia. Mediastinal lymph nodes are within "
     "normal limits. No lung nodule. No mosaic attenuation. Linear scar in the lingula.\n"
     "Impression: Mild emphysema. No adenopathy."),
     {EMP, FIB}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ecx-32", NOD): "CT-RATE convention: a lung mass (3 cm or more) alone is not labelled Lung nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
