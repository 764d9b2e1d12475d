"""Probe: complete English follow-up chest CT reports, as written by US, UK, European and Asian
radiologists, each compared with one or two earlier examinations ("Compared with 12 March 2025",
"since the prior study", "interval"). Findings are new, increased, unchanged/stable, decreased or
improved (still present), largely resolved or residual (still present) or resolved (absent), in a
treatment context (chemotherapy, radiotherapy, antibiotics, surgery, drainage, diuresis), with hedges,
recommendations and a numbered IMPRESSION restating the main points. Case mixes: lung cancer on
treatment (RECIST-like prose), pneumonia, ILD, nodule surveillance (Fleischner, Lung-RADS), NTM,
treated heart failure, post-operative follow-up, drained effusions and ICU day-to-day changes in
lines and tubes (a removed tube counts only when another device remains). Each report is labelled by
what is present NOW. The reports were written for this file without looking at the engine's lexicon
or cue lists.
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
    ("efu-01", "en",
     ("CT CHEST WITH CONTRAST. COMPARISON: CT chest of 12 March 2025 and PET-CT of 20 January 2025. "
      "CLINICAL HISTORY: Stage IIIB adenocarcinoma of the right upper lobe on carboplatin and pemetrexed, "
      "restaging after four cycles. FINDINGS: The spiculated right upper lobe primary nodule has decreased "
      "in size, now measuring 18 x 14 mm, previously 27 x 22 mm. The right lower paratracheal lymph node "
      "has also decreased, now 11 mm in short axis compared with 19 mm, and remains mildly enlarged. "
      "The subcarinal node is no longer enlarged, measuring 6 mm. No new pulmonary nodules are identified. "
      "The small right pleural effusion seen previously has resolved. Mild centrilobular emphysema is "
      "unchanged in the upper lobes. A right chest port is in place with the catheter tip at the "
      "cavoatrial junction. Scattered coronary artery calcifications are again noted. The heart size is "
      "normal and there is no pericardial effusion. IMPRESSION: 1. Partial response to therapy, with "
      "decrease of the right upper lobe primary nodule and right paratracheal lymphadenopathy. "
      "2. Resolution of the right pleural effusion. 3. No new metastatic disease in the chest."),
     {NOD, LN, EMP, MM, CAC}),
    ("efu-02", "en",
     ("CT thorax. Comparison is made with the previous CT of 3 February 2025. Indication: follow-up of "
      "right lower lobe pneumonia after a course of co-amoxiclav, persistent cough. The previously seen "
      "dense consolidation in the right lower lobe has largely resolved, with a small residual area of "
      "consolidation in the posterior basal segment and surrounding ground-glass opacity. A few strands of "
      "linear opacity are also present in the same segment. The small right parapneumonic effusion has "
      "resolved. Previously enlarged right hilar lymph nodes have returned to normal size. No new "
      "consolidation is seen elsewhere. The airways are patent, with mild bronchial wall thickening in both "
      "lower lobes. There is no bronchiectasis. The heart is not enlarged. Mild atheromatous calcification "
      "of the aortic arch. Impression: 1. Largely resolved right lower lobe pneumonia with a small residual "
      "consolidation, ground-glass change and linear opacity, likely post-inflammatory. 2. Resolved "
      "effusion and hilar nodes. 3. A repeat CT is not required unless symptoms persist."),
     {CON, OPA, FIB, PBT, AWC}),
    ("efu-03", "en",
     ("HRCT CHEST. COMPARISON: HRCT from 2024-09-10 and 2023-08-22. HISTORY: Idiopathic pulmonary fibrosis "
      "on nintedanib. FINDINGS: Subpleural reticulation with basal predominance has progressed slightly "
      "since the prior study, now involving the lingula. Honeycombing in both lower lobes has increased "
      "in extent. Traction bronchiectasis in the lower lobes is more pronounced. There is no ground-glass "
      "opacity to suggest an acute exacerbation. Mildly enlarged mediastinal lymph nodes measure up to "
      "13 mm in short axis, unchanged, likely reactive in the setting of fibrosis. The oesophagus is "
      "mildly dilated. A small hiatal hernia is stable. Moderate coronary artery calcification is present. "
      "No pleural effusion. IMPRESSION: 1. Interval progression of fibrotic interstitial lung disease in a "
      "UIP pattern, with increased honeycombing and traction bronchiectasis. 2. No evidence of acute "
      "exacerbation. 3. Stable mildly enlarged, likely reactive mediastinal lymph nodes."),
     {FIB, BRX, LN, HH, CAC}),
    ("efu-04", "en",
     ("CT CHEST WITHOUT CONTRAST, LOW DOSE. COMPARISON: CT chest of March 3, 2025. INDICATION: Follow-up "
      "of a 7 mm solid nodule in the left upper lobe. FINDINGS: The previously described left upper lobe "
      "nodule is no longer visualized, consistent with a resolved inflammatory process. No new pulmonary "
      "nodules are seen. The lungs are clear, without consolidation, ground-glass opacity or emphysema. "
      "There is no pleural effusion or pneumothorax. No mediastinal, hilar or axillary lymphadenopathy. "
      "The heart is normal in size without pericardial effusion. No coronary artery calcification is "
      "identified. The thoracic aorta is normal in caliber. IMPRESSION: 1. Resolution of the previously "
      "seen left upper lobe nodule, presumably inflammatory. 2. No new nodules; no further follow-up is "
      "needed for this finding."),
     set()),
    ("efu-05", "en",
     ("LOW-DOSE CT FOR LUNG CANCER SCREENING. Comparison: Baseline screening CT dated 15 January 2024. "
      "Findings: A 5 mm solid nodule in the right middle lobe is unchanged in size and morphology over "
      "14 months. A 3 mm perifissural nodule along the right major fissure is also stable, with features "
      "of an intrapulmonary lymph node. No new or growing nodules are identified. There is moderate "
      "centrilobular and paraseptal emphysema, upper lobe predominant, similar to the prior. Mild "
      "bronchial wall thickening is present. Coronary artery calcification is moderate in the left "
      "anterior descending artery. Atherosclerotic calcification of the thoracic aorta. No pleural "
      "effusion. No suspicious lymph nodes. IMPRESSION: 1. Lung-RADS category 2: stable benign-appearing "
      "nodules. Recommend continued annual screening low-dose CT in 12 months. 2. Moderate emphysema. "
      "3. Coronary artery calcification; consider cardiovascular risk assessment."),
     {NOD, EMP, PBT, CAC, AWC}),
    ("efu-06", "en",
     ("Chest CT. Compared with the previous CT on 2024/11/20. Clinical information: Mycobacterium avium "
      "complex lung disease, on clarithromycin, ethambutol and rifampicin for 9 months. The bronchiectasis "
      "in the right middle lobe and lingula is unchanged. Bronchial wall thickening around these bronchi "
      "persists. The centrilobular small nodules in the right upper lobe have decreased in number. "
      "The consolidation in the lingula has improved but is still seen. Mild atelectasis of the right "
      "middle lobe is unchanged. No new lesion is found. No pleural effusion. No significant lymph node "
      "enlargement in the mediastinum. Impression: 1. MAC lung disease, improved on treatment: decreased "
      "centrilobular nodules and improving lingular consolidation. 2. Bronchiectasis of the middle lobe "
      "and lingula, unchanged. 3. Continuation of the current regimen and follow-up CT in 6 months are "
      "recommended."),
     {BRX, PBT, NOD, CON, ATL}),
    ("efu-07", "en",
     ("CT thorax, comparison with the examination of 28.02.2025. Clinical question: decompensated heart "
      "failure, follow-up after diuretic therapy. Cardiomegaly persists, unchanged. The bilateral pleural "
      "effusions have decreased markedly; a small left effusion remains and the right effusion has "
      "resolved. The interlobular septal thickening seen previously has resolved. The previously noted "
      "perihilar ground-glass opacities have also resolved. A small amount of pericardial fluid is still "
      "present, slightly reduced. Compressive atelectasis in the left lower lobe has decreased, with "
      "minimal residual atelectasis. Coronary artery calcifications are noted. There is an implantable "
      "cardioverter-defibrillator with leads in the right atrium and right ventricle. Conclusion: "
      "1. Marked regression of cardiac decompensation after diuresis: resolved septal thickening, ground "
      "glass and right effusion. 2. Small residual left pleural effusion and pericardial effusion. "
      "3. Persistent cardiomegaly."),
     {CM, PE, PCE, ATL, CAC, MM}),
    ("efu-08", "en",
     ("CT CHEST WITH CONTRAST. COMPARISON: 06/12/2024 preoperative CT and 09/15/2024 postoperative CT. "
      "HISTORY: Status post right upper lobectomy for stage IA adenocarcinoma, 6 months ago. FINDINGS: "
      "Postsurgical changes of right upper lobectomy with a metallic staple line at the bronchial stump, "
      "which is intact. Postoperative fibrotic changes along the staple line are stable. The small right "
      "apical pneumothorax and the right pleural effusion seen on the prior postoperative study have "
      "resolved. The chest tube has been removed. No new nodules or suspicious opacities are seen in the "
      "remaining lungs. No hilar or mediastinal lymphadenopathy. Mild centrilobular emphysema. Mild aortic "
      "atherosclerotic calcification. The heart is normal in size. IMPRESSION: 1. Expected postsurgical "
      "changes after right upper lobectomy without evidence of local recurrence. 2. Resolution of the "
      "postoperative pneumothorax and effusion. 3. Continued surveillance CT in 6 months is recommended."),
     {MM, FIB, EMP, AWC}),
    ("efu-09", "en",
     ("CT chest with contrast. Comparison: CT of 14 April 2025 and chest radiograph of yesterday. History: "
      "Large left pleural effusion, drained 5 days ago; cytology negative. A left-sided intercostal drain "
      "is in situ, its tip at the left lung base posteriorly. The left pleural effusion has substantially "
      "decreased, with a small residual loculated collection laterally. The left lower lobe, previously "
      "collapsed, has largely re-expanded, with residual passive atelectasis posterobasally. There is "
      "smooth enhancement of the visceral and parietal pleura. No pleural nodularity is seen. "
      "No pneumothorax. The right lung is clear. No enlarged mediastinal lymph nodes. Mild cardiomegaly, "
      "unchanged. Impression: 1. Good response to drainage of the left pleural effusion, with a small "
      "residual loculated component. 2. Largely re-expanded left lower lobe with residual atelectasis. "
      "3. Drain in satisfactory position."),
     {MM, PE, ATL, CM}),
    ("efu-10", "en",
     ("CT CHEST WITHOUT CONTRAST. COMPARISON: CT chest from yesterday, 05/10/2025. HISTORY: ARDS, "
      "intubated, ICU day 6. FINDINGS: Endotracheal tube tip is 4 cm above the carina. The right internal "
      "jugular central venous catheter terminates in the superior vena cava. A nasogastric tube has been "
      "placed since the prior study, with its tip in the stomach. Bilateral dependent consolidations have "
      "increased slightly. Diffuse ground-glass opacities are unchanged. Small bilateral pleural effusions "
      "are new. Right lower lobe atelectasis is unchanged. No pneumothorax. The heart size is normal. "
      "There is no pericardial effusion. IMPRESSION: 1. Slight increase in bilateral dependent "
      "consolidation, with new small bilateral effusions. 2. Stable diffuse ground-glass opacities "
      "compatible with ARDS. 3. Support devices in satisfactory position."),
     {MM, CON, OPA, PE, ATL}),
    ("efu-11", "en",
     ("CT CHEST. COMPARISON: CT chest 4 days ago (May 2, 2025). HISTORY: Post-extubation, evaluate for "
      "residual pneumonia. FINDINGS: The endotracheal tube, nasogastric tube and left subclavian central "
      "venous catheter have been removed; no support devices remain. The left lower lobe consolidation "
      "with air bronchograms has decreased in size. Left lower lobe atelectasis is also improved. "
      "The small left pleural effusion is unchanged. No new opacities. Mild diffuse bronchial wall "
      "thickening. No lymphadenopathy. Heart size normal. The aorta shows mild calcified plaque. "
      "IMPRESSION: 1. Removal of all support devices. 2. Improving left lower lobe consolidation and "
      "atelectasis. 3. Unchanged small left pleural effusion."),
     {CON, ATL, PE, PBT, AWC}),
    ("efu-12", "en",
     ("CT thorax with contrast. Comparison with the CT of 10 October 2024, before radiotherapy, and "
      "the CT of 20 January 2025. History: Left upper lobe squamous cell carcinoma treated with "
      "stereotactic body radiotherapy, completed 5 months ago. In the treated region of the left upper "
      "lobe there is a new area of consolidation with surrounding ground-glass opacity conforming to the "
      "radiation field, consistent with radiation pneumonitis. The previously treated 15 mm nodule is no "
      "longer seen and has resolved. No new pulmonary nodules are seen. "
      "Mediastinal and hilar lymph nodes are not enlarged. There is no pleural effusion. Moderate "
      "paraseptal emphysema, unchanged. Coronary artery calcifications. Impression: 1. Expected "
      "post-radiation change in the left upper lobe: consolidation and ground glass within the radiation "
      "field, in keeping with radiation pneumonitis. 2. Follow-up CT in 3 months is recommended to "
      "confirm the expected evolution. 3. No new nodules or lymphadenopathy."),
     {CON, OPA, EMP, CAC}),
    ("efu-13", "en",
     ("Chest CT, follow-up. Compared with 12 March 2025 and 15 September 2024. History: right lung "
      "cancer, status post chemoradiotherapy in 2023. The paramediastinal radiation fibrosis in the right "
      "upper lobe, with volume loss and traction bronchiectasis, is unchanged. No new consolidation or "
      "nodular opacity within or adjacent to the fibrotic area. A small right pleural effusion is stable "
      "since the prior study. The right hilar lymph node measures 9 mm in short axis, unchanged, and is "
      "not enlarged. No lymphadenopathy elsewhere. Small hiatal hernia. Aortic calcification. The heart "
      "is not enlarged. Impression: 1. Stable post-radiation fibrosis in the right upper lobe with "
      "traction bronchiectasis, no signs of recurrence. 2. Stable small right pleural effusion. 3. Next "
      "control in 6 months."),
     {FIB, BRX, PE, HH, AWC}),
    ("efu-14", "en",
     ("CT CHEST. COMPARISON: 2025-01-08. INDICATION: Follow-up of multifocal pneumonia after antibiotic "
      "therapy. FINDINGS: The multifocal consolidations in both lower lobes have completely resolved. "
      "The previously described ground-glass opacities in the right upper lobe have also resolved. "
      "The small bilateral pleural effusions have resolved. There is no residual scarring. Previously "
      "enlarged mediastinal lymph nodes have decreased to normal size. A 4 mm solid nodule in the left "
      "lower lobe, unchanged since 2023, is benign and requires no follow-up. Mild coronary calcification. "
      "Small sliding hiatal hernia. IMPRESSION: 1. Complete resolution of multifocal pneumonia and pleural "
      "effusions. 2. Stable benign 4 mm left lower lobe nodule. 3. Incidental small hiatal hernia."),
     {NOD, CAC, HH}),
    ("efu-15", "en",
     ("CT CHEST, ABDOMEN AND PELVIS (chest portion reported). COMPARISON: 12 March 2025, the baseline for "
      "the current line of therapy. HISTORY: Metastatic non-small cell lung cancer on pembrolizumab. "
      "FINDINGS: Target lesion 1, left lower lobe nodule: 22 mm, previously 15 mm. Target lesion 2, left "
      "hilar lymph node: 21 mm short axis, previously 14 mm. There are several new bilateral pulmonary "
      "nodules, the largest 8 mm in the right middle lobe, consistent with new metastases. The left "
      "pleural effusion has increased from small to moderate. New smooth interlobular septal thickening "
      "in the left lower lobe, possibly representing lymphangitic spread. Left lower lobe compressive "
      "atelectasis adjacent to the effusion. No pericardial effusion. The left port catheter is unchanged "
      "in position. IMPRESSION: 1. Progressive disease by RECIST 1.1: increase in target lesions and new "
      "pulmonary nodules. 2. Increased left pleural effusion, possibly malignant. 3. Septal thickening in "
      "the left lower lobe; lymphangitic carcinomatosis cannot be excluded."),
     {NOD, LN, PE, IST, ATL, MM}),
    ("efu-16", "en",
     ("HRCT of the chest. Comparison: 20 December 2024. History: Anti-synthetase syndrome with an "
      "organising pneumonia pattern, on prednisolone and mycophenolate. Findings: The peribronchovascular "
      "consolidations in both lower lobes have markedly decreased, with only small residual consolidations "
      "in the left lower lobe. The surrounding ground-glass opacities have partly resolved, with residual "
      "ground glass persisting in the subpleural lower zones. Mild reticulation has developed at the lung "
      "bases, likely representing early fibrosis. No honeycombing. There is no traction bronchiectasis. "
      "The mediastinal lymph nodes are not enlarged. No pleural or pericardial effusion. The heart is "
      "normal in size. The oesophagus is mildly patulous. Impression: 1. Marked improvement of organising "
      "pneumonia on immunosuppression, with residual consolidation and ground glass. 2. New mild basal "
      "reticulation, likely early fibrotic change; continued follow-up is recommended."),
     {CON, OPA, FIB}),
    ("efu-17", "en",
     ("Chest CT (thin-section). Compared with the previous CT on 2024/06/15 and 2023/06/10. A 6 mm solid "
      "nodule in the right upper lobe S2 is unchanged in size and shape. Another 4 mm calcified nodule in "
      "the left upper lobe S3 is also unchanged. No new nodule is detected. Mild emphysema is seen in both "
      "upper lobes. No consolidation or ground-glass opacity. No pleural effusion. No mediastinal or hilar "
      "lymphadenopathy. Coronary artery calcification is not evident. Impression: 1. Solid nodules in the "
      "right S2 and left S3, stable for 2 years, considered benign. 2. According to the Fleischner "
      "guidelines, no further follow-up of these nodules is required. 3. Mild emphysema; smoking "
      "cessation is advised."),
     {NOD, EMP}),
    ("efu-18", "en",
     ("CT CHEST WITH CONTRAST. COMPARISON: CT chest on February 2, 2025 (postoperative day 4). HISTORY: "
      "Status post coronary artery bypass grafting, follow-up of pleural and pericardial effusions. "
      "FINDINGS: Median sternotomy wires are intact. Surgical clips are seen along the left internal "
      "mammary artery graft. The pericardial effusion has decreased and is now trace. The left pleural "
      "effusion has decreased and is now small; the right pleural effusion has resolved. Left lower lobe "
      "atelectasis has improved, with minimal residual subsegmental atelectasis. The small anterior "
      "mediastinal fluid collection has resolved. No pneumothorax. Extensive native coronary artery "
      "calcification. Calcification of the aortic arch. The heart size is at the upper limit of normal. "
      "IMPRESSION: 1. Decreasing postoperative pericardial and left pleural effusions. 2. Improving left "
      "basilar atelectasis. 3. No postoperative collection."),
     {MM, PCE, PE, ATL, CAC, AWC}),
    ("efu-19", "en",
     ("CT of the thorax. Comparison: 11 January 2025 (acute phase). History: Follow-up three months after "
      "COVID-19 pneumonia requiring high-flow oxygen. Findings: The extensive bilateral ground-glass "
      "opacities have considerably decreased, with faint residual ground glass in the subpleural lower "
      "lobes. The areas of consolidation have resolved. Curvilinear subpleural bands and a few linear "
      "opacities are present in both lower lobes, consistent with post-inflammatory fibrotic change. "
      "There is mild traction bronchiectasis in the right lower lobe. There is a mosaic attenuation "
      "pattern in both lungs, possibly related to small airways involvement. No pleural effusion. "
      "No lymphadenopathy. Heart size normal. Impression: 1. Considerable improvement, with residual "
      "ground glass and post-COVID fibrotic changes, including mild traction bronchiectasis. 2. Mosaic "
      "attenuation, possibly small airways disease; expiratory imaging could be considered. 3. Follow-up "
      "HRCT in 6 months."),
     {OPA, FIB, BRX, MOS}),
    ("efu-20", "en",
     ("CT CHEST WITHOUT CONTRAST. COMPARISON: CT chest from 04/22/2025. HISTORY: Follow-up of left "
      "pneumothorax treated with a pigtail catheter. FINDINGS: The left pneumothorax has resolved. "
      "The pigtail catheter has been removed, and no other tubes or lines are present. The previously "
      "noted small left pleural effusion has resolved. The left lower lobe atelectasis seen previously has "
      "also resolved, and the lung is fully expanded. No pulmonary nodules. No emphysema is seen. "
      "No consolidation or ground-glass opacity. The mediastinum is unremarkable without lymphadenopathy. "
      "The heart size is normal. IMPRESSION: 1. Resolved left pneumothorax, pleural effusion and "
      "atelectasis. 2. Catheter removed. 3. No acute abnormality."),
     set()),
    ("efu-21", "en",
     ("CT CHEST WITHOUT CONTRAST. COMPARISON: 1 March 2025 and 14 November 2024. HISTORY: Dyspnoea, known "
      "ischaemic cardiomyopathy. FINDINGS: The heart remains enlarged. New smooth interlobular septal "
      "thickening is present in both lungs. There are new bilateral ground-glass opacities in a perihilar "
      "distribution. Bilateral pleural effusions have increased, now moderate on the right and small on "
      "the left. Mildly enlarged mediastinal lymph nodes, up to 12 mm, are new and likely reactive to "
      "congestion. There is peribronchial cuffing. A biventricular pacemaker is in situ with leads "
      "unchanged. Coronary artery calcification and stents in the left anterior descending artery. "
      "No pericardial effusion. IMPRESSION: 1. Interval development of pulmonary oedema with septal "
      "thickening, ground glass and increased effusions, consistent with congestive heart failure. "
      "2. Cardiomegaly. 3. Likely reactive mediastinal lymph nodes; reassess after treatment."),
     {CM, IST, OPA, PE, LN, PBT, MM, CAC}),
    ("efu-22", "en",
     ("CT thorax with contrast. Comparison: CT 2 weeks ago (7 April 2025). History: Right empyema, treated "
      "with a chest drain and intrapleural fibrinolytics. The right chest drain has been removed. No other "
      "lines or tubes are seen. The loculated right pleural effusion has decreased substantially in size, "
      "with only a thin residual rind of fluid posteriorly. There is mild residual pleural enhancement. "
      "The adjacent right lower lobe consolidation has improved but persists. Passive atelectasis of the "
      "right lower lobe has decreased. A few right hilar and subcarinal lymph nodes have decreased in size "
      "but remain enlarged, likely reactive. The left lung is clear. Heart size normal. Impression: "
      "1. Marked improvement of the right empyema after drainage, with a small residual collection. "
      "2. Improving right lower lobe consolidation and atelectasis. 3. Decreasing reactive "
      "lymphadenopathy."),
     {PE, CON, ATL, LN}),
    ("efu-23", "en",
     ("LOW-DOSE CT LUNG SCREENING. COMPARISON: Prior screening CT of 12 March 2025 (Lung-RADS 3). "
      "FINDINGS: The solid nodule in the left upper lobe has increased from 7 mm to 11 mm in mean "
      "diameter, with new spiculated margins. No other nodules are seen. Centrilobular emphysema is "
      "moderate and upper lobe predominant, unchanged. There is a new enlarged left hilar lymph node "
      "measuring 13 mm in short axis. Bronchial wall thickening in both lower lobes is unchanged. Coronary "
      "artery calcification is severe. Calcified plaques in the aortic arch and descending aorta. A small "
      "hiatal hernia is present. No pleural effusion. IMPRESSION: 1. Lung-RADS 4B: growing spiculated left "
      "upper lobe nodule, suspicious for malignancy, with a new enlarged left hilar lymph node. "
      "2. Recommend PET-CT and tissue sampling. 3. Moderate emphysema; severe coronary calcification."),
     {NOD, EMP, LN, PBT, CAC, AWC, HH}),
    ("efu-24", "en",
     ("HRCT CHEST WITH EXPIRATORY IMAGES. COMPARISON: 09/05/2024. HISTORY: Fibrotic hypersensitivity "
      "pneumonitis (bird exposure), antigen avoidance. FINDINGS: Upper and mid zone predominant "
      "reticulation with mild traction bronchiectasis is unchanged. The mosaic attenuation with lobular "
      "areas of decreased attenuation persists, with air trapping on expiratory images. The centrilobular "
      "ground-glass nodules have resolved. Patchy ground-glass opacity has decreased but is still present "
      "in the mid zones. No honeycombing. Mildly enlarged mediastinal lymph nodes are unchanged. "
      "No pleural effusion. Heart size normal. IMPRESSION: 1. Fibrotic hypersensitivity pneumonitis with a "
      "stable fibrotic component. 2. Decrease in ground-glass opacity and resolution of the centrilobular "
      "nodules, suggesting reduced inflammatory activity. 3. Persistent mosaic attenuation with air "
      "trapping."),
     {FIB, BRX, MOS, OPA, LN}),
    ("efu-25", "en",
     ("CT CHEST WITH CONTRAST. COMPARISON: January 15, 2025 and October 2, 2024. HISTORY: Limited-stage "
      "small cell lung cancer after chemotherapy and thoracic radiotherapy. FINDINGS: The left hilar "
      "primary tumour and the previously enlarged left hilar and subcarinal lymph nodes are no longer "
      "identified; there is no measurable disease. Post-radiation fibrosis in the left perihilar region "
      "has slightly increased in extent, with mild traction bronchiectasis. No new pulmonary nodules. "
      "The previously noted small left pleural effusion has resolved. A right-sided port catheter is "
      "present. Moderate centrilobular emphysema is unchanged. Mild coronary calcifications. "
      "No pericardial effusion. IMPRESSION: 1. Complete response in the chest. 2. Evolving post-radiation "
      "fibrosis in the left perihilar lung. 3. Continued surveillance CT every 3 months is recommended."),
     {FIB, BRX, MM, EMP, CAC}),
    ("efu-26", "en",
     ("CT chest. Comparison is made with the CT of 19 February 2025. Clinical details: recurrent aspiration "
      "pneumonia, large hiatus hernia. The large hiatus hernia containing most of the stomach is "
      "unchanged. The consolidation in the right lower lobe posterior basal segment has improved, with "
      "residual patchy consolidation. New patchy consolidation and ground-glass opacity in the left lower "
      "lobe, likely a new episode of aspiration. The small right pleural effusion is unchanged. Bibasal "
      "atelectasis. Bronchial wall thickening of the lower lobe bronchi with some mucus plugging. The heart "
      "is mildly enlarged. Aortic and coronary artery calcification. Impression: 1. New left lower lobe "
      "consolidation, likely aspiration, and improving right lower lobe consolidation. 2. Large hiatus "
      "hernia, unchanged, which is a predisposing factor. 3. Small right pleural effusion."),
     {HH, CON, OPA, PE, ATL, PBT, CM, AWC, CAC}),
    ("efu-27", "en",
     ("CT chest with contrast. Comparison: CT chest of 10 December 2024 and 20 June 2024. History: Left "
      "lower lobe wedge resection for a colorectal metastasis in May 2024, surveillance. Findings: "
      "The metallic staple line of the wedge resection in the left lower lobe is unchanged, with adjacent "
      "linear scarring. No soft tissue nodularity along the staple line. The 4 mm nodule in the right "
      "lower lobe described on the previous study is no longer seen. A new 6 mm solid nodule has appeared "
      "in the right upper lobe, indeterminate, possibly a new metastasis. Mild centrilobular emphysema is "
      "stable. No enlarged mediastinal or hilar lymph nodes. No pleural effusion. Coronary artery "
      "calcification. Impression: 1. New 6 mm right upper lobe nodule, metastasis possible; short-interval "
      "follow-up in 3 months or PET-CT is advised. 2. Stable post-surgical changes in the left lower lobe. "
      "3. Resolved 4 mm right lower lobe nodule."),
     {MM, FIB, NOD, EMP, CAC}),
    ("efu-28", "en",
     ("CT THORAX. COMPARISON: CT from 21 August 2024. HISTORY: Pulmonary sarcoidosis on methotrexate. "
      "FINDINGS: Bilateral hilar and mediastinal lymphadenopathy has decreased, with the largest right "
      "hilar node now 14 mm, previously 22 mm. Several nodes show new punctate calcification. "
      "The perilymphatic micronodules along the bronchovascular bundles and fissures have decreased in "
      "number. Peribronchovascular thickening in the upper lobes is less pronounced but still present. "
      "No fibrosis or traction bronchiectasis. No consolidation or ground-glass opacity. No pleural "
      "effusion. The heart is normal in size. The aorta is normal. IMPRESSION: 1. Improvement of "
      "sarcoidosis, with decreased hilar and mediastinal lymphadenopathy and fewer perilymphatic nodules. "
      "2. No fibrotic lung disease."),
     {LN, NOD, PBT}),
    ("efu-29", "en",
     ("Thoracic CT, follow-up. Compared with the previous examination of 05.11.2024. Indication: known "
      "cystic fibrosis, infective exacerbation treated with intravenous antibiotics. Findings: Cylindrical "
      "and varicose bronchiectasis in both upper lobes, unchanged. Bronchial wall thickening has decreased "
      "slightly. Mucus plugging in the right upper lobe, seen before, has largely resolved, with only a "
      "few residual plugs. The consolidation in the right upper lobe has resolved. Mosaic perfusion is "
      "unchanged. A totally implantable venous access device is in the left chest wall. Mildly enlarged "
      "hilar lymph nodes, stable. No pleural effusion. Conclusion: 1. Improvement after antibiotic "
      "treatment: resolved right upper lobe consolidation and less mucus plugging. 2. Stable extensive "
      "bronchiectasis with mosaic perfusion."),
     {BRX, PBT, MOS, MM, LN}),
    ("efu-30", "en",
     ("CT CHEST WITH CONTRAST. COMPARISON: CT chest dated 12 March 2025. HISTORY: Follow-up of left upper "
      "lobe consolidation after two courses of antibiotics, to exclude an underlying lesion. FINDINGS: "
      "The left upper lobe consolidation has completely resolved. There is no residual opacity, scarring "
      "or underlying nodule. The previously enlarged left hilar lymph node has returned to normal size. "
      "The small left pleural effusion is no longer present. The airways are normal, without "
      "bronchiectasis or bronchial wall thickening. No emphysema. The heart and pericardium are normal. "
      "No arterial calcification is seen. IMPRESSION: 1. Complete resolution of the left upper lobe "
      "pneumonia; no underlying lesion. 2. No further imaging required."),
     set()),
    ("efu-31", "en",
     ("Chest CT. Comparison: 2025/01/20 and 2024/07/18. Clinical information: Mycobacterium abscessus "
      "infection, not on treatment. Compared with the previous study, the consolidation in the right "
      "middle lobe has increased. New small nodules are seen in the left lower lobe. Bronchiectasis of the "
      "right middle lobe and the lingula has progressed. Bronchial wall thickening is also increased. "
      "Atelectasis of the lingula is unchanged. Small mediastinal lymph nodes are not enlarged. No pleural "
      "effusion is found. Mild pectus excavatum. Impression: 1. Progression of NTM lung disease, with "
      "increased consolidation and new small nodules. 2. Progressive bronchiectasis. 3. Initiation of "
      "treatment should be considered."),
     {CON, NOD, BRX, PBT, ATL}),
    ("efu-32", "en",
     ("CT CHEST WITHOUT CONTRAST. COMPARISON: CT chest 24 hours earlier (05/14/2025). HISTORY: Trauma "
      "patient, right rib fractures and pneumothorax. FINDINGS: The endotracheal tube has been removed "
      "since the prior study. The right chest tube remains in place, with its tip at the apex. The right "
      "pneumothorax has decreased and is now small. Right lower lobe contusion with consolidation is "
      "unchanged. The right haemothorax has decreased to a small pleural effusion. New left lower lobe "
      "atelectasis. Multiple right rib fractures are again noted. Subcutaneous emphysema in the right "
      "chest wall has decreased. The heart size is normal. IMPRESSION: 1. Interval extubation; the right "
      "chest tube is in place. 2. Decreased right pneumothorax and haemothorax. 3. New left basal "
      "atelectasis."),
     {MM, PE, CON, ATL}),
    ("efu-33", "en",
     ("CT CHEST. COMPARISON: CT chest of 03/02/2025. HISTORY: Follow-up after admission for acute heart "
      "failure, now on optimal medical therapy. FINDINGS: The bilateral pleural effusions have resolved. "
      "The interlobular septal thickening and ground-glass opacities have resolved. The pericardial "
      "effusion has also resolved. The heart size has decreased and is now within normal limits. "
      "The previously enlarged mediastinal lymph nodes have returned to normal size. There is mild "
      "coronary artery calcification. Calcification of the thoracic aorta. No pulmonary nodules. "
      "No consolidation. IMPRESSION: 1. Resolution of pulmonary oedema and of the pleural and pericardial "
      "effusions. 2. Normal heart size. 3. Coronary and aortic atherosclerosis."),
     {CAC, AWC}),
    # (2026-12-07) relabelled: a measured node counts as lymphadenopathy in CT-RATE even under 1 cm (33 of 35 train
    # reports with nodes under 1 cm are 1)
    ("efu-34", "en",
     ("CT THORAX WITH CONTRAST. COMPARISON: 12 March 2025 and 10 December 2024. HISTORY: EGFR-mutant "
      "adenocarcinoma of the right lower lobe on osimertinib. FINDINGS: The right lower lobe primary nodule "
      "is unchanged at 16 mm. Small nodules in both lungs, up to 5 mm, are unchanged in number and size, "
      "likely representing treated metastases. The right pleural effusion has not recurred since "
      "pleurodesis. Right pleural thickening after pleurodesis is stable. There is a new subtle patchy "
      "ground-glass opacity in the left upper lobe, possibly infective; drug-related pneumonitis cannot be "
      "excluded. No consolidation. No new lymphadenopathy; the subcarinal node remains at 8 mm. Heart size "
      "normal. IMPRESSION: 1. Stable disease. 2. New patchy ground-glass opacity in the left upper lobe; "
      "drug-induced pneumonitis cannot be excluded. Clinical correlation and short-term follow-up are "
      "advised."),
     {NOD, OPA, LN}),
    ("efu-35", "en",
     ("CT CHEST. COMPARISON: Pre-procedure CT of 10 January 2025. HISTORY: Severe emphysema, status post "
      "endobronchial valve placement in the left upper lobe. FINDINGS: Three endobronchial valves are "
      "present in the left upper lobe bronchi. There is complete atelectasis of the left upper lobe, the "
      "intended treatment effect, which is new since the prior study. Severe centrilobular and panlobular "
      "emphysema persists in the remaining lungs. The small left apical pneumothorax seen on the "
      "post-procedure radiograph has resolved. No pleural effusion. Mild bronchial wall thickening. "
      "The heart is normal in size. Coronary artery calcification. Enlarged mediastinal lymph nodes are "
      "not seen. IMPRESSION: 1. Successful target lobe atelectasis after endobronchial valve placement. "
      "2. Severe emphysema. 3. Resolved pneumothorax."),
     {MM, ATL, EMP, PBT, CAC}),
    ("efu-36", "en",
     ("High-resolution CT chest. Comparison: 14 May 2024 and 2 June 2023. History: Systemic "
      "sclerosis-associated interstitial lung disease. Findings: Basal-predominant ground-glass opacity "
      "with fine reticulation and subpleural sparing is stable, consistent with fibrotic NSIP. Mild "
      "traction bronchiectasis in the lower lobes is unchanged. No honeycombing. The oesophagus is dilated "
      "and fluid-filled, unchanged. A few mildly enlarged paraoesophageal lymph nodes are stable. "
      "The pulmonary artery is mildly dilated. No pericardial effusion has developed. No pleural effusion. "
      "No consolidation. Impression: 1. Stable fibrotic NSIP pattern ILD. 2. Dilated oesophagus in keeping "
      "with systemic sclerosis. 3. Mildly enlarged pulmonary artery; echocardiographic assessment for "
      "pulmonary hypertension may be considered."),
     {OPA, FIB, BRX, LN}),
    ("efu-37", "en",
     ("CT CHEST WITHOUT CONTRAST. COMPARISON: CT chest on 12 March 2025. HISTORY: Incidental pulmonary "
      "nodules, follow-up per Fleischner Society guidelines. FINDINGS: The 8 mm solid nodule in the right "
      "lower lobe has decreased to 4 mm, favoring an inflammatory etiology. The cluster of small nodules in "
      "the left lower lobe has resolved. No new nodules. Mild dependent subsegmental atelectasis in both "
      "lower lobes. No consolidation. Mild paraseptal emphysema at the apices. No lymphadenopathy. Trace "
      "bilateral pleural effusions are new, of uncertain significance. Small hiatal hernia. IMPRESSION: "
      "1. Decreasing right lower lobe nodule and resolved left lower lobe nodules, consistent with a benign "
      "inflammatory process. 2. Per Fleischner guidelines, no further follow-up of the nodule is needed. "
      "3. New trace bilateral pleural effusions."),
     {NOD, ATL, EMP, PE, HH}),
    ("efu-38", "en",
     ("CT PULMONARY ANGIOGRAM. COMPARISON: CTPA of February 10, 2025. HISTORY: Follow-up of bilateral "
      "pulmonary emboli after 3 months of anticoagulation. FINDINGS: The previously demonstrated filling "
      "defects in the right and left lower lobe pulmonary arteries have resolved. There is a small residual "
      "eccentric web in a right lower lobe segmental artery, consistent with chronic thrombus. The "
      "wedge-shaped peripheral consolidation in the right lower lobe, previously thought to represent "
      "infarction, has resolved, leaving a small linear scar. Mosaic attenuation in the lower lobes, seen "
      "previously, is no longer evident. The small right pleural effusion has resolved. An IVC filter is "
      "partially visualized. Heart size is normal, with a normalized right ventricle to left ventricle "
      "ratio. No lymphadenopathy. IMPRESSION: 1. Resolution of acute pulmonary emboli with a small "
      "residual chronic web. 2. Resolved infarct with a small linear scar. 3. Resolved pleural effusion."),
     {FIB, MM}),
    ("efu-39", "en",
     ("CT CHEST. COMPARISON: CT chest of 2 days ago, 03/18/2025. HISTORY: Severe influenza pneumonia, "
      "decannulated from ECMO yesterday. FINDINGS: The ECMO cannulas have been removed. A tracheostomy tube "
      "is now in place, replacing the endotracheal tube. The right PICC line terminates in the superior "
      "vena cava. Bilateral consolidation in the lower lobes is unchanged. The ground-glass opacities in "
      "the upper lobes have decreased. The left pleural effusion has slightly increased, and the right "
      "pleural effusion is stable and small. Bilateral lower lobe atelectasis. Small pericardial effusion, "
      "unchanged. A small focus of subcutaneous emphysema is present at the tracheostomy site. "
      "IMPRESSION: 1. Removal of ECMO cannulas; tracheostomy and PICC in satisfactory position. 2. Stable "
      "lower lobe consolidation with improving upper lobe ground glass. 3. Slightly increased left pleural "
      "effusion."),
     {MM, CON, OPA, PE, ATL, PCE}),
    ("efu-40", "en",
     ("CT CHEST WITH CONTRAST. COMPARISON: Staging CT of 8 November 2024 and interim CT of 20 January "
      "2025. HISTORY: Hodgkin lymphoma, end-of-treatment assessment after ABVD chemotherapy. FINDINGS: "
      "The bulky anterior mediastinal nodal conglomerate has decreased markedly in size, now a 3.1 x 1.8 cm "
      "residual soft tissue, previously 9.5 x 6.0 cm. Left supraclavicular and axillary lymphadenopathy has "
      "resolved. There is residual right paratracheal lymph node enlargement, now 12 mm. The small "
      "pericardial effusion seen at staging has resolved. The left pleural effusion has resolved. "
      "No pulmonary nodules or consolidation. The left-sided port catheter has been removed, and no device "
      "remains. Impression: 1. Marked response of Hodgkin lymphoma, with residual anterior mediastinal "
      "soft tissue and a mildly enlarged right paratracheal node; PET-CT is recommended to assess residual "
      "activity. 2. Resolution of effusions and peripheral nodal disease."),
     {LN}),
    ("efu-41", "en",
     ("CT CHEST. COMPARISON: CT chest 3 weeks ago (April 20, 2025). HISTORY: Melanoma on nivolumab and "
      "ipilimumab, grade 2 checkpoint inhibitor pneumonitis, now on steroids. FINDINGS: The bilateral "
      "patchy ground-glass opacities and consolidations have improved substantially. Small residual areas "
      "of ground glass remain in the right lower lobe. Consolidation is no longer seen. The interlobular "
      "septal thickening previously seen in both lower lobes has resolved. The small pulmonary nodule in "
      "the left upper lobe, a known metastasis, is stable at 7 mm. Enlarged mediastinal lymph nodes, "
      "probably a sarcoid-like reaction to immunotherapy, are unchanged. No pleural effusion. "
      "No cardiomegaly. IMPRESSION: 1. Improving checkpoint inhibitor pneumonitis, with residual ground "
      "glass and resolution of consolidation and septal thickening. 2. Stable left upper lobe metastasis. "
      "3. Unchanged mediastinal lymphadenopathy, possibly a sarcoid-like reaction."),
     {OPA, NOD, LN}),
    ("efu-42", "en",
     ("CT CHEST WITH CONTRAST. COMPARISON: CT of 15 December 2024. HISTORY: Follow-up of mediastinal "
      "lymphadenopathy noted during a viral illness. FINDINGS: The previously enlarged subcarinal and right "
      "paratracheal lymph nodes have decreased and now measure less than 1 cm in short axis, within normal "
      "limits. No hilar or axillary lymphadenopathy. The lungs are clear. The patchy ground-glass "
      "opacities seen previously in the lingula have resolved. No pulmonary nodules, consolidation or "
      "emphysema. No pleural or pericardial effusion. The heart is normal in size. No vascular "
      "calcification. IMPRESSION: 1. Resolution of reactive mediastinal lymphadenopathy. 2. Resolved "
      "lingular ground glass. 3. Normal CT of the chest."),
     set()),
    ("efu-43", "en",
     ("CT CHEST WITHOUT CONTRAST. COMPARISON: CT chest of 12 March 2025 (postoperative day 1). HISTORY: "
      "Aortic valve replacement, now postoperative day 5. FINDINGS: The mediastinal drains and the left "
      "pleural drain have been removed since the prior study. Temporary epicardial pacing wires remain. "
      "A prosthetic aortic valve and sternotomy wires are in place. The small pneumomediastinum has "
      "resolved. The left pleural effusion has increased slightly, now moderate, with compressive "
      "atelectasis of the left lower lobe. The small pericardial effusion is stable. No pneumothorax. "
      "Mild cardiomegaly. Calcification of the ascending aorta. IMPRESSION: 1. Removal of drains; pacing "
      "wires, sternal wires and the valve prosthesis remain. 2. Slightly increased, now moderate, left "
      "pleural effusion with adjacent atelectasis. 3. Stable small pericardial effusion."),
     {MM, PE, ATL, PCE, CM, AWC}),
    ("efu-44", "en",
     ("Chest CT. Comparison: CT chest 2024/12/05. History: Pulmonary tuberculosis, after 6 months of "
      "anti-tuberculous treatment. Findings: The consolidation in the right upper lobe has markedly "
      "decreased but is still present, and residual fibrotic change with traction bronchiectasis is seen "
      "in the right apex. The small nodules in the right upper lobe have mostly disappeared, with a few "
      "calcified nodules remaining. The left upper lobe ground-glass opacity has resolved. The calcified "
      "right hilar lymph nodes are unchanged. No pleural effusion. No new lesion. The heart is normal in "
      "size. Impression: 1. Improvement of pulmonary tuberculosis after treatment, with residual "
      "consolidation, post-inflammatory fibrosis and traction bronchiectasis. 2. Residual calcified "
      "nodules and calcified lymph nodes, in keeping with healed disease. 3. Follow-up CT after completion "
      "of therapy is suggested."),
     {CON, FIB, BRX, NOD, LN}),
    ("efu-45", "en",
     ("CT CHEST. COMPARISON: CT chests from 12 March 2025 and 30 January 2025. HISTORY: COPD and heart "
      "failure with reduced ejection fraction; recurrent admissions. FINDINGS: Cardiomegaly, unchanged. "
      "Small bilateral pleural effusions have decreased since 12 March but are slightly larger than on "
      "30 January. Mild interlobular septal thickening at the lung bases persists, improved. "
      "No ground-glass opacity. Severe centrilobular emphysema. Diffuse bronchial wall thickening. A few "
      "mildly enlarged mediastinal lymph nodes, similar to both prior studies. Coronary artery bypass "
      "grafts with sternotomy wires. Moderate aortic calcification. No pericardial effusion. IMPRESSION: "
      "1. Improving but persistent fluid overload, with small effusions and mild septal thickening. "
      "2. Severe emphysema with airway wall thickening. 3. Stable cardiomegaly."),
     {CM, PE, IST, EMP, PBT, LN, MM, AWC}),
    ("efu-46", "en",
     ("CT CHEST. COMPARISON: 2025-02-14. HISTORY: Follow-up of right middle lobe collapse after "
      "bronchoscopic removal of a mucus plug. FINDINGS: The right middle lobe has re-expanded, and the "
      "previously seen atelectasis has resolved. The mucus plug in the middle lobe bronchus is no longer "
      "present. There is no endobronchial lesion. The small right pleural effusion has resolved. "
      "No bronchiectasis is seen in the re-expanded lobe. The lungs are otherwise clear, with no nodule or "
      "consolidation. No lymphadenopathy. The heart, pericardium and great vessels are normal. "
      "IMPRESSION: 1. Resolved right middle lobe atelectasis after bronchoscopy. 2. No underlying "
      "obstructing lesion. 3. No further follow-up is needed."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("efu-02", FIB): "a bare 'linear opacity' is read as a lung opacity only; in CT-RATE train it is a fibrotic sequela in 7 of 13 reports, too even to call",
    ("efu-41", CON): "improved in one sentence, 'no longer seen' in the next: a mention still present anywhere makes the finding present",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
