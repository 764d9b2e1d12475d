"""Probe: English chest CT reports with addenda, corrections, amended reports and
preliminary-versus-final reads, in the styles of US, UK and Australian hospitals. The final
meaning after any correction decides the label (a finding retracted on re-review is 0, a finding
added by an addendum is 1); about a third of the reports carry an addendum that only adds a finding
or a communication note. The reports were written for this file without looking at the engine's
lexicon or cue lists. Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or
not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("ead-01", "en",
     "CT CHEST WITH CONTRAST. CLINICAL HISTORY: Productive cough, rule out pneumonia. "
     "FINDINGS: Lungs: Mild centrilobular emphysema, upper lobe predominant. No consolidation or "
     "ground-glass opacity. No pleural effusion. Mediastinum: No enlarged mediastinal or hilar lymph "
     "nodes. The heart is normal in size and there is no pericardial effusion. "
     "IMPRESSION: 1. No CT evidence of pneumonia. 2. Mild centrilobular emphysema. "
     "ADDENDUM: On further review, a 5 mm solid nodule is present in the left lower lobe (series 3, "
     "image 112) which was not mentioned in the original report. Follow-up CT in 12 months is "
     "suggested if the patient is high risk.",
     {EMP, NOD}),
    ("ead-02", "en",
     "Preliminary (ED wet) read: Right lower lobe consolidation, concerning for pneumonia. "
     "FINAL REPORT. FINDINGS: There is a small right pleural effusion. The right lower lobe finding "
     "described on the preliminary read represents compressive atelectasis adjacent to the "
     "effusion; on final review there is no consolidation. No pulmonary nodules. The heart is not "
     "enlarged. Mild calcified plaque is seen along the aortic arch. IMPRESSION: Small right pleural "
     "effusion with adjacent compressive atelectasis. No pneumonia. The discrepancy was communicated "
     "to the ED attending, Dr. Patel, at 14:20.",
     {PE, ATL, AWC}),
    ("ead-03", "en",
     "AMENDED REPORT. FINDINGS: Coronary artery calcification involving the LAD and right coronary "
     "artery. Small sliding hiatal hernia. The lungs are clear; no consolidation, no pleural effusion "
     "and no emphysema. Mediastinal lymph nodes are normal in size. IMPRESSION: No acute "
     "cardiopulmonary process. AMENDMENT: The original report described a 4 mm nodule in the right "
     "upper lobe. Upon re-review, the nodule described in the right upper lobe is a vessel seen in "
     "cross-section. There are no pulmonary nodules and no follow-up imaging is required.",
     {CAC, HH}),
    ("ead-04", "en",
     "EXAM: CT thorax without contrast. COMPARISON: None. FINDINGS: Median sternotomy wires are "
     "intact. The heart is enlarged. No pericardial effusion. Subsegmental atelectasis is present at "
     "both lung bases. A left pleural effusion is present. No lymphadenopathy. No bronchiectasis. "
     "IMPRESSION: Cardiomegaly and bibasilar subsegmental atelectasis. "
     "ADDENDUM: Please disregard the statement that a left pleural effusion is present; the "
     "sentence should read 'no pleural effusion'. The remainder of the report is unchanged.",
     {MM, CM, ATL}),
    ("ead-05", "en",
     "CT CHEST WITH IV CONTRAST. INDICATION: Weight loss, smoker. FINDINGS: A 12 mm spiculated "
     "nodule in the right upper lobe is suspicious for primary lung malignancy. An enlarged "
     "subcarinal lymph node measures 1.6 cm in short axis. Moderate right pleural effusion. No "
     "pericardial effusion. No emphysema is seen. The heart size is normal. IMPRESSION: Spiculated "
     "right upper lobe nodule with subcarinal lymphadenopathy and right effusion, suspicious for "
     "lung cancer; tissue sampling recommended. ADDENDUM: This was discussed with Dr. Nguyen by "
     "telephone at 09:15 on the day of the study, and she acknowledged the findings.",
     {NOD, LN, PE}),
    ("ead-06", "en",
     "FINDINGS: Dense consolidation with air bronchograms in the right lower lobe. Bronchial wall "
     "thickening in both lower lobes. No pleural effusion. No cavitation. Heart and pericardium are "
     "normal. No hilar or mediastinal lymphadenopathy. IMPRESSION: Lower lobe pneumonia. "
     "Correction: The consolidation is in the LEFT lower lobe, not the right lower lobe as "
     "originally dictated. The impression is otherwise unchanged.",
     {CON, PBT}),
    ("ead-07", "en",
     "Preliminary (resident) read: Patchy bilateral ground-glass opacities, ? atypical infection. "
     "Final interpretation by attending radiologist: Inspiratory and expiratory images were "
     "reviewed. The regional differences in lung attenuation reflect mosaic attenuation with air "
     "trapping on the expiratory series, in keeping with small airways disease; true ground-glass "
     "opacity is not present. Mild bronchial wall thickening. No bronchiectasis, no consolidation "
     "and no pleural effusion. Discrepancy: the prelim read suggested ground-glass opacity; on final "
     "review this represents mosaic attenuation.",
     {MOS, PBT}),
    ("ead-08", "en",
     "CT CHEST. HISTORY: Status post coronary artery bypass grafting, dyspnoea. FINDINGS: Sternotomy "
     "wires and mediastinal surgical clips from prior CABG. Dense calcification of the native "
     "coronary arteries. Small bilateral pleural effusions. The heart is normal in size. No "
     "pericardial effusion. No consolidation. No pulmonary nodules. IMPRESSION: Small bilateral "
     "effusions after CABG. ADDENDUM: Incidentally noted is a moderate-sized hiatal hernia, not "
     "described in the original report.",
     {MM, CAC, PE, HH}),
    ("ead-09", "en",
     "CT CHEST WITH CONTRAST. FINDINGS: Cardiomegaly. Atherosclerotic calcification of the thoracic "
     "aorta. A small pericardial effusion is seen anterior to the right ventricle. Lungs are clear "
     "without nodules or consolidation. No pleural effusion. IMPRESSION: Cardiomegaly with small "
     "pericardial effusion. AMENDED REPORT: The previously reported pericardial effusion is actually "
     "epicardial fat; there is no pericardial effusion. The cardiomegaly and aortic calcification "
     "stand as reported.",
     {CM, AWC}),
    ("ead-10", "en",
     "Amended report. Reason for amendment: typographical error. "
     "CT THORAX: There is paraseptal emphysema with several apical bullae, the largest 3 cm in the "
     "right apex. Pleural-based scarring at the left apex. No suspicious pulmonary nodule. No "
     "pleural effusion. Heart size normal. Conclusion: Paraseptal emphysema with apical bullae; "
     "evidence of lymphadenopathy. The conclusion should read 'no evidence of lymphadenopathy' "
     "rather than 'evidence of lymphadenopathy'; the mediastinal and hilar nodes are of normal size.",
     {EMP, FIB}),
    ("ead-11", "en",
     "CT CHEST (non-contrast). Clinical notes: Breathless, ? fluid overload. Findings: The heart is "
     "enlarged. Smooth interlobular septal thickening in both lower lobes. Moderate bilateral "
     "pleural effusions. No focal consolidation. No pericardial effusion. No enlarged mediastinal "
     "nodes. Comment: Appearances are in keeping with cardiac failure. Addendum: Findings discussed "
     "with the referring registrar, Dr Smith, at 3:40pm.",
     {CM, IST, PE}),
    ("ead-12", "en",
     "Preliminary read: Right middle lobe bronchiectasis. FINAL REPORT: FINDINGS: The airways are "
     "of normal calibre; the appearance in the right middle lobe was due to respiratory motion and "
     "there is no bronchiectasis. Linear scarring in the lingula. Mild coronary artery "
     "calcification. No pleural effusion, no consolidation and no pulmonary nodules. IMPRESSION: "
     "Lingular scarring. Discrepancy with the preliminary read: bronchiectasis is not present.",
     {FIB, CAC}),
    ("ead-13", "en",
     "FINDINGS: A 7 mm solid nodule is present in the right lower lobe. A calcified granuloma in the "
     "left upper lobe. Atherosclerotic calcification of the aortic arch and descending aorta. No "
     "pleural effusion. No lymphadenopathy. No emphysema. IMPRESSION: 7 mm right lower lobe nodule; "
     "comparison with outside imaging would be helpful. ADDENDUM: The outside CT from March 2023 "
     "was subsequently made available. The 7 mm right lower lobe nodule is unchanged over more "
     "than two years, consistent with a benign nodule. No further follow-up is needed.",
     {NOD, AWC}),
    ("ead-14", "en",
     "CT CHEST WITHOUT CONTRAST. FINDINGS: Moderate centrilobular emphysema. Diffuse bronchial "
     "wall thickening. No consolidation. No pleural or pericardial effusion. A small hiatal hernia. "
     "No enlarged lymph nodes. IMPRESSION: Emphysema and bronchial wall thickening, consistent with "
     "COPD. ADDENDUM / CORRECTION: Please disregard the mention of a hiatal hernia; this was "
     "dictated in error and pertains to a different patient. There is no hiatal hernia.",
     {EMP, PBT}),
    ("ead-15", "en",
     "Preliminary read (overnight teleradiology): No acute findings. "
     "Final read: A right-sided chest port is in place with the catheter tip in the superior vena "
     "cava. There is a subtle area of ground-glass opacity in the posterior right upper lobe, not "
     "mentioned on the preliminary read, which may be infectious or inflammatory. No consolidation. "
     "No pleural effusion. No lymphadenopathy. Discrepancy: prelim read called the study normal; on "
     "final review there is right upper lobe ground-glass opacity. Short-interval follow-up advised.",
     {MM, OPA}),
    ("ead-16", "en",
     "PORTABLE ICU CT CHEST. FINDINGS: Endotracheal tube tip 4 cm above the carina. Nasogastric tube "
     "courses into the stomach. Right internal jugular central venous catheter. Bilateral lower lobe "
     "consolidation. Small bilateral pleural effusions. No pericardial effusion. Heart size normal. "
     "IMPRESSION: Bilateral lower lobe consolidation, possibly aspiration. ADDENDUM: The tip of the "
     "right internal jugular central venous catheter lies within the right atrium; retraction by "
     "about 2 cm is recommended. This was discussed with the ICU team at 11:05.",
     {MM, CON, PE}),
    ("ead-17", "en",
     "CT CHEST FOLLOW-UP. FINDINGS: Residual linear atelectasis at the left base. Mild left pleural "
     "thickening. Scattered calcific plaques in the thoracic aorta. No pulmonary nodule. No "
     "consolidation. IMPRESSION: Interval increase of the left pleural effusion. "
     "CORRECTION: The impression should state 'interval resolution of the left pleural effusion' "
     "rather than 'interval increase'. No pleural effusion is present on this examination.",
     {ATL, AWC}),
    ("ead-18", "en",
     "IMPRESSION: 1. Right upper lobe consolidation with early cavitation, suspicious for "
     "necrotising pneumonia. 2. Small right pleural effusion. 3. Mediastinal lymphadenopathy. "
     "4. No pericardial effusion. 5. No emphysema. "
     "ADDENDUM: Item 3 of the impression should read 'no mediastinal lymphadenopathy'. All "
     "mediastinal lymph nodes measure under 1 cm in short axis and are not enlarged.",
     {CON, PE}),
    ("ead-19", "en",
     "HRCT CHEST. FINDINGS: Mosaic attenuation is present in both lungs, accentuated on expiratory "
     "images, in keeping with air trapping. No emphysema. No honeycombing or fibrosis. No pleural "
     "effusion. Heart normal in size. IMPRESSION: Mosaic attenuation suggesting small airways "
     "disease. ADDENDUM: On review of the lung windows there is also mild cylindrical "
     "bronchiectasis in both lower lobes, which was not described in the original report.",
     {MOS, BRX}),
    ("ead-20", "en",
     "Preliminary read: Right hilar lymphadenopathy. FINAL REPORT. FINDINGS: The heart is enlarged "
     "and there is a small pericardial effusion. Calcification of the left anterior descending and "
     "circumflex coronary arteries. Discrepancy: the preliminary read suggested right hilar "
     "lymphadenopathy; on final review this represents the right interlobar pulmonary artery and "
     "there is no hilar or mediastinal lymphadenopathy. The lungs are clear. No pleural effusion.",
     {CM, PCE, CAC}),
    ("ead-21", "en",
     "CT CHEST, ABDOMEN AND PELVIS (chest portion). FINDINGS: Multiple bilateral pulmonary nodules "
     "up to 14 mm, new since the prior study, consistent with metastases. Bilateral hilar "
     "lymphadenopathy. No pleural effusion. No pericardial effusion. No consolidation. IMPRESSION: "
     "Interval development of pulmonary metastases and hilar nodal disease. "
     "ADDENDUM: Critical result. These findings were discussed with Dr O'Brien (oncology) at "
     "16:30 and read back.",
     {NOD, LN}),
    ("ead-22", "en",
     "AMENDED REPORT. FINDINGS: Dependent atelectasis in both lower lobes. Subpleural cystic spaces "
     "at the lung apices. No pleural effusion. No interlobular septal thickening. IMPRESSION: "
     "Apical honeycombing. Amendment: The previously reported honeycombing is actually paraseptal "
     "emphysema; there is no honeycombing and no pulmonary fibrosis.",
     {ATL, EMP}),
    ("ead-23", "en",
     "CT CHEST WITH CONTRAST. FINDINGS: A dual-chamber pacemaker with leads in the right atrium and "
     "right ventricle. Left lower lobe consolidation with air bronchograms. The heart is normal in "
     "size. No lymphadenopathy. No nodules. IMPRESSION: Left lower lobe pneumonia. "
     "Addendum: A trace left pleural effusion is also present.",
     {MM, CON, PE}),
    ("ead-24", "en",
     "FINDINGS: Coronary artery calcification, moderate. Posterior dependent increased attenuation "
     "in both lower lobes. No pleural effusion. No lymphadenopathy. Discrepancy: the prelim read "
     "suggested ground-glass opacities; on final review this represents dependent atelectasis, and "
     "no ground-glass opacity is present. IMPRESSION: Dependent atelectasis. Coronary artery "
     "calcification.",
     {CAC, ATL}),
    ("ead-25", "en",
     "CT THORAX WITH CONTRAST. Findings: Enlarged right paratracheal and subcarinal lymph nodes, "
     "the largest 2.2 cm. Moderate right pleural effusion. A 15 mm left adrenal nodule. The lungs "
     "show no pulmonary nodules and no consolidation. No emphysema. Conclusion: Mediastinal "
     "lymphadenopathy and right effusion; staging recommended. Addendum: Please note the report "
     "was verbally communicated to the lung cancer clinical nurse specialist on the day of the scan.",
     {LN, PE}),
    ("ead-26", "en",
     "FINDINGS: Moderate centrilobular emphysema. A 6 mm solid pulmonary nodule. No pleural "
     "effusion. No lymphadenopathy. Heart and great vessels are unremarkable. IMPRESSION: 6 mm "
     "nodule; follow-up CT in 6-12 months. Correction: The 6 mm nodule is located in the left upper "
     "lobe, not the right upper lobe as stated in the original report.",
     {EMP, NOD}),
    ("ead-27", "en",
     "CT CHEST. FINDINGS: The heart is normal in size. Diffuse pericardial thickening up to 5 mm. "
     "Calcified atherosclerotic plaque in the aortic arch. No pleural effusion. No consolidation. "
     "IMPRESSION: Pericardial thickening. ADDENDUM (correction): The statement 'the heart is normal "
     "in size' is incorrect. The heart is enlarged.",
     {CM, PCE, AWC}),
    ("ead-28", "en",
     "HRCT CHEST. FINDINGS: Basal and subpleural reticulation with honeycombing and traction "
     "bronchiectasis, in a usual interstitial pneumonia pattern. No consolidation. No pleural "
     "effusion. Mediastinal lymph nodes are not enlarged. IMPRESSION: UIP pattern fibrosis. "
     "ADDENDUM: Embolization coils are noted in the splenic artery on the included upper abdominal "
     "images.",
     {FIB, BRX, MM}),
    ("ead-29", "en",
     "CT CHEST WITHOUT CONTRAST. FINDINGS: Peribronchial cuffing and interlobular septal "
     "thickening in both lungs. Small bilateral pleural effusions. There is consolidation. "
     "Correction: the sentence 'There is consolidation' should read 'There is no consolidation'. "
     "IMPRESSION: Features of interstitial pulmonary oedema. No pneumonia. No lymphadenopathy.",
     {PBT, IST, PE}),
    ("ead-30", "en",
     "CT CHEST. HISTORY: Recurrent aspiration. FINDINGS: Large hiatal hernia containing most of "
     "the stomach. Patchy opacities in the posterior right lower lobe. No consolidation. No "
     "pleural effusion. No lymphadenopathy. IMPRESSION: Large hiatal hernia; right lower lobe "
     "patchy opacities which may reflect aspiration. ADDENDUM: This was discussed with Dr Kaur at "
     "the time of reporting.",
     {HH, OPA}),
    ("ead-31", "en",
     "Preliminary read: Bilateral upper lobe bullous emphysema. FINAL REPORT: Numerous diffuse "
     "thin-walled round cysts in both lungs, consistent with lymphangioleiomyomatosis. Discrepancy: "
     "these are cysts and not emphysema; no emphysema is present. Small left pleural effusion. "
     "Mild bronchial wall thickening. No nodules. No lymphadenopathy. The heart is normal.",
     {PE, PBT}),
    ("ead-32", "en",
     "CT CHEST WITH CONTRAST. HISTORY: Left breast cancer, status post mastectomy and radiotherapy. "
     "FINDINGS: Surgical clips in the left axilla. Radiation fibrosis in the anterior left upper "
     "lobe. No pulmonary nodules. No pleural effusion. IMPRESSION: Post-treatment changes, no "
     "recurrence. ADDENDUM: There is also an enlarged 1.8 cm right axillary lymph node, new compared "
     "with the prior study.",
     {MM, FIB, LN}),
    ("ead-33", "en",
     "FINDINGS: Calcified pleural plaques bilaterally. Moderate coronary artery calcification. No "
     "pleural effusion. No lymphadenopathy. IMPRESSION: Right lower lobe mass, further evaluation "
     "recommended. AMENDED REPORT: The previously reported right lower lobe mass is actually round "
     "atelectasis adjacent to a pleural plaque, with the typical comet-tail appearance. There is no "
     "lung mass and no pulmonary nodule.",
     {CAC, ATL}),
    ("ead-34", "en",
     "CT CHEST. FINDINGS: Multifocal peripheral ground-glass opacities with areas of consolidation "
     "in both lungs. No pleural effusion. No lymphadenopathy. The heart is not enlarged. IMPRESSION: "
     "Findings may represent viral pneumonia. ADDENDUM: Expiratory images also show mosaic "
     "attenuation with air trapping in the lower lobes.",
     {OPA, CON, MOS}),
    ("ead-35", "en",
     "AMENDED REPORT. FINDINGS: Small residual right pneumothorax. Subcutaneous emphysema in the "
     "right chest wall. Small right pleural effusion. Linear atelectasis in the right lower lobe. No "
     "consolidation. No emphysema of the lungs. Amendment: The original report incorrectly stated "
     "that a right-sided chest tube is in place; the chest tube was removed before this study and "
     "no chest tube is present.",
     {PE, ATL}),
    ("ead-36", "en",
     "Preliminary read: Interlobular septal thickening, ? early pulmonary oedema. FINAL REPORT: "
     "Mild centrilobular emphysema. A 4 mm calcified granuloma in the right lower lobe. On final "
     "review there is no interlobular septal thickening; the prominent markings are normal "
     "pulmonary vessels. No pleural effusion. No cardiomegaly.",
     {EMP, NOD}),
    ("ead-37", "en",
     "CT CHEST WITH CONTRAST. FINDINGS: Large pericardial effusion measuring up to 2.5 cm. Moderate "
     "bilateral pleural effusions. Enlarged mediastinal lymph nodes, the largest 1.9 cm in the "
     "prevascular space. No consolidation. No pulmonary nodules. IMPRESSION: Large pericardial "
     "effusion; echocardiography recommended. ADDENDUM: The findings were communicated to Dr "
     "Hernandez via the radiology results line on 12/04 at 18:10.",
     {PCE, PE, LN}),
    ("ead-38", "en",
     "CT CHEST. FINDINGS: Bronchial wall thickening in both lower lobes with mucus plugging. "
     "Bronchiectasis. Small hiatal hernia. No pleural effusion. No nodules. "
     "IMPRESSION: Inflammatory airway disease. CORRECTION: In the Findings section, "
     "'Bronchiectasis' should read 'No bronchiectasis'.",
     {PBT, HH}),
    ("ead-39", "en",
     "CT CHEST NODULE FOLLOW-UP. FINDINGS: The 8 mm left upper lobe nodule is stable. No new "
     "nodules. No pleural effusion. No lymphadenopathy. No emphysema. IMPRESSION: Stable left upper "
     "lobe nodule. ADDENDUM: Atherosclerotic calcification of the thoracic aorta and the coronary "
     "arteries is also noted.",
     {NOD, AWC, CAC}),
    ("ead-40", "en",
     "Discrepancy report. Preliminary read: Left lower lobe collapse. Final: There is left lower "
     "lobe consolidation with air bronchograms and no volume loss; the lobe is not collapsed and "
     "there is no atelectasis. A small left pleural effusion. No pericardial effusion. The heart is "
     "normal in size.",
     {CON, PE}),
    ("ead-41", "en",
     "CT CHEST WITH CONTRAST. HISTORY: Hodgkin lymphoma on treatment. FINDINGS: Enlarged anterior "
     "mediastinal lymph nodes, decreased in size since the prior study but still enlarged. No "
     "pleural effusion. No consolidation. The port-a-cath has been removed. CORRECTION: The "
     "statement that the port-a-cath has been removed is incorrect; the right chest port remains "
     "in situ with its tip at the cavoatrial junction.",
     {LN, MM}),
    ("ead-42", "en",
     "CT CHEST. FINDINGS: Median sternotomy wires. Fibrotic bands in both lower lobes. Ground-glass "
     "opacity in the left upper lobe. No pleural effusion. No lymphadenopathy. "
     "Amended report: The previously reported ground-glass opacity in the left upper lobe is "
     "actually motion artefact; on the repeat breath-hold images the left upper lobe is clear.",
     {MM, FIB}),
    ("ead-43", "en",
     "Preliminary read: Small left pleural effusion. FINAL: No pleural effusion; the preliminary "
     "read mistook pleural thickening for fluid. Mild pericardial thickening is present. "
     "Calcification of the descending thoracic aorta. No consolidation. No lymphadenopathy. No "
     "pulmonary nodules. The heart is not enlarged.",
     {PCE, AWC}),
    ("ead-44", "en",
     "CT CHEST (HRCT protocol). Findings: Extensive bronchiectasis in both lower lobes and the "
     "middle lobe with bronchial wall thickening and mucus plugging. Mosaic perfusion. No "
     "consolidation. No pleural effusion. No lymphadenopathy. Conclusion: Bronchiectasis, ? "
     "post-infective. Addendum: Findings discussed with the patient's GP, Dr Lee, by telephone.",
     {BRX, PBT, MOS}),
    ("ead-45", "en",
     "IMPRESSION: 1. Moderate emphysema. 2. Left lower lobe collapse. 3. A 9 mm right upper lobe "
     "nodule; PET-CT may be considered. 4. No lymphadenopathy. 5. No pleural effusion. "
     "ADDENDUM: Voice recognition error: impression item 2 should read 'No lobar collapse'. There "
     "is no atelectasis.",
     {EMP, NOD}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
