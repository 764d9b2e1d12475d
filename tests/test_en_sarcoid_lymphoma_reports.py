"""Probe: English chest CT reports of sarcoidosis (symmetric hilar and mediastinal lymphadenopathy,
perilymphatic and subpleural nodules, galaxy sign, alveolar sarcoid, fibrotic stage IV disease with
upper-lobe traction bronchiectasis, eggshell nodal calcification, cardiac sarcoid with devices) and
lymphoma (bulky mediastinal nodal masses, staging and restaging, residual soft tissue after therapy,
complete response, thymic rebound), plus drug-related lung changes (bleomycin, methotrexate,
checkpoint-inhibitor sarcoid-like reaction, rituximab organizing pneumonia) and incidental findings.
Hedges ("likely", "favored", "cannot be excluded"), resolved findings, denials and negative controls
(normal thymus, calcified granulomas vs nodules, pleural plaques, pseudoplaques, thyroid/adrenal/splenic
nodules, mediastinal post-treatment fibrosis), in US and UK style, prose and templated. The reports
were written for this file without looking at the engine's lexicon or cue lists.
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
    ("esl-01", "en",
     ("Indication: suspected sarcoidosis. There is symmetric bilateral hilar and right paratracheal "
      "lymphadenopathy, with the largest right hilar node measuring 2.1 cm in short axis. The lungs are "
      "clear without nodules or consolidation. No pleural effusion. The heart is normal in size. "
      "Impression: Bilateral hilar and mediastinal lymphadenopathy, most consistent with stage I "
      "sarcoidosis; lymphoma is less likely given the symmetry."),
     {LN}),
    ("esl-02", "en",
     ("Bilateral hilar and subcarinal lymphadenopathy, nodes measuring up to 1.8 cm. Innumerable small "
      "perilymphatic nodules along the bronchovascular bundles, fissures and subpleural surfaces with upper "
      "and mid zone predominance. No consolidation or ground-glass opacity. No pleural effusion. Findings "
      "are compatible with stage II pulmonary sarcoidosis."),
     {LN, NOD}),
    ("esl-03", "en",
     ("Bilateral upper lobe predominant fibrosis with volume loss, posterior hilar retraction and traction "
      "bronchiectasis. Perihilar conglomerate masses with architectural distortion are present. Scattered "
      "perilymphatic nodules persist in the lower lobes. No honeycombing. Mediastinal nodes are not "
      "enlarged, some with dense calcification. Impression: Fibrotic (stage IV) sarcoidosis."),
     {FIB, BRX, NOD}),
    ("esl-04", "en",
     ("There is eggshell calcification of the bilateral hilar and subcarinal lymph nodes, which are not "
      "enlarged. A few calcified granulomas are present in the right upper lobe. No noncalcified pulmonary "
      "nodule. No pleural effusion or pleural thickening. Impression: Sequelae of prior granulomatous "
      "disease/sarcoidosis; no active disease."),
     set()),
    ("esl-05", "en",
     ("Staging CT for newly diagnosed classical Hodgkin lymphoma. There is a bulky anterior mediastinal "
      "nodal mass measuring 10.4 x 7.2 cm, encasing but not narrowing the great vessels. Additional enlarged "
      "right paratracheal and left supraclavicular lymph nodes. Small left pleural effusion and a small "
      "pericardial effusion. The lungs are clear. Impression: Bulky mediastinal lymphadenopathy consistent "
      "with known lymphoma, with small pleural and pericardial effusions."),
     {LN, PE, PCE}),
    ("esl-06", "en",
     ("Restaging after 6 cycles of ABVD. Comparison: staging CT. The previously described bulky anterior "
      "mediastinal mass has resolved, with no residual lymphadenopathy in the chest. The previously seen left "
      "pleural effusion has also resolved. Right-sided chest port with the catheter tip at the cavoatrial "
      "junction. The lungs are clear. Impression: Complete radiologic response."),
     {MM}),
    ("esl-07", "en",
     ("Interval marked decrease in the anterior mediastinal nodal mass, with residual nodal soft tissue now "
      "measuring 3.1 x 1.4 cm, likely post-treatment fibrosis; residual active lymphoma cannot be excluded "
      "and PET-CT correlation is recommended. No other mediastinal, hilar or axillary lymphadenopathy. "
      "Linear atelectasis in the lingula. Left chest port in place."),
     {LN, ATL, MM}),
    ("esl-08", "en",
     ("Follow-up CT 4 months after completion of chemotherapy for diffuse large B-cell lymphoma. There is "
      "new soft tissue in the anterior mediastinum with a bilobed, triangular configuration and homogeneous "
      "attenuation, measuring 1.6 cm in thickness, favored to represent thymic rebound hyperplasia rather "
      "than recurrent lymphoma. No mediastinal or hilar lymphadenopathy. The lungs are clear. No pleural or "
      "pericardial effusion."),
     set()),
    ("esl-09", "en",
     ("Normal residual thymic tissue in the anterior mediastinum for age. No lymph nodes enlarged by size "
      "criteria. No pulmonary nodule, mass or consolidation. Heart and pericardium are normal. No pleural "
      "effusion. Impression: Normal CT chest; no evidence of lymphoma."),
     set()),
    ("esl-10", "en",
     ("Comparison is made with the CT of 14/03/2022. Bilateral hilar and mediastinal lymphadenopathy "
      "persists but is smaller, the right hilar node now measuring 13 mm (previously 22 mm). The previously "
      "noted perilymphatic nodularity has largely resolved, with only a few residual nodules in the right "
      "upper lobe. No fibrotic change. Conclusion: Improving appearances of sarcoidosis on steroid therapy."),
     {LN, NOD}),
    ("esl-11", "en",
     ("Patient with sarcoidosis on methotrexate, new breathlessness. There is new bilateral patchy "
      "ground-glass opacification with a mosaic pattern and scattered interlobular septal thickening. "
      "No consolidation. Stable small mediastinal nodes, the largest 9 mm in short axis. No pleural "
      "effusion. Opinion: Appearances raise the possibility of methotrexate-related pneumonitis; atypical "
      "infection is a differential."),
     {OPA, MOS, IST, LN}),
    ("esl-12", "en",
     ("Patient with metastatic melanoma on pembrolizumab. New symmetric bilateral hilar and mediastinal "
      "lymphadenopathy, with nodes up to 1.5 cm, and a few new perilymphatic micronodules in the upper "
      "lobes. Favoured to represent a drug-induced sarcoid-like reaction rather than nodal metastatic "
      "disease. No pleural effusion. Right-sided port catheter noted."),
     {LN, NOD, MM}),
    ("esl-13", "en",
     ("Hodgkin lymphoma, post ABVD, with cough. Bilateral peripheral, lower lobe predominant reticulation "
      "and ground-glass opacity, likely bleomycin-related lung toxicity. No honeycombing or traction "
      "bronchiectasis. Mediastinal nodes are not enlarged. No pleural effusion."),
     {FIB, OPA}),
    ("esl-14", "en",
     ("FINDINGS: LUNGS AND AIRWAYS: Clear. No nodule, consolidation or ground glass. PLEURA: No effusion "
      "or pneumothorax. MEDIASTINUM AND HILA: No lymphadenopathy. Normal involuted fatty thymus. HEART AND "
      "PERICARDIUM: Normal heart size. No pericardial effusion. UPPER ABDOMEN: Unremarkable. IMPRESSION: "
      "No evidence of sarcoidosis in the chest."),
     set()),
    ("esl-15", "en",
     ("EXAM: CT chest with contrast. INDICATION: Follicular lymphoma staging. FINDINGS: Lymph nodes: "
      "enlarged bilateral axillary nodes up to 2.4 cm, prevascular node 1.7 cm, subcarinal node 1.9 cm. "
      "Lungs: no pulmonary nodules. Pleura: no effusion. Heart: normal size, trace pericardial fluid. "
      "Vessels: mild aortic atherosclerotic calcification. IMPRESSION: Supradiaphragmatic lymphadenopathy "
      "consistent with lymphoma."),
     {LN, PCE, AWC}),
    ("esl-16", "en",
     ("Several calcified granulomas in both lungs and calcified subcarinal nodes, sequelae of prior "
      "granulomatous infection. In addition there is a 7 mm noncalcified solid nodule in the left lower "
      "lobe, indeterminate; follow-up CT in 6-12 months is suggested per Fleischner guidelines. No "
      "lymphadenopathy. Mild centrilobular emphysema."),
     {NOD, EMP}),
    ("esl-17", "en",
     ("Bilateral partly calcified pleural plaques along the posterolateral chest wall and diaphragmatic "
      "domes, consistent with prior asbestos exposure. No pleural effusion. No pulmonary fibrosis or "
      "interstitial abnormality. No suspicious pulmonary nodule. Mediastinal and hilar nodes are within "
      "normal limits. Impression: Benign asbestos-related pleural plaques."),
     set()),
    ("esl-18", "en",
     ("Known diffuse large B-cell lymphoma. Bulky mediastinal lymphadenopathy, the dominant conglomerate "
      "measuring 8.5 cm, with compression of the left upper lobe bronchus and resultant left upper lobe "
      "collapse. Focal consolidation with air bronchograms in the right lower lobe, possibly lymphomatous "
      "involvement versus infection. Moderate left pleural effusion. SVC stent in place and patent."),
     {LN, ATL, CON, PE, MM}),
    ("esl-19", "en",
     ("History of cardiac sarcoidosis. Dual-chamber ICD with leads in the right atrium and right "
      "ventricle. Mild cardiomegaly. No pericardial effusion. Small bilateral hilar nodes measuring up to "
      "8 mm, not pathologically enlarged. No pulmonary nodules or fibrosis."),
     {MM, CM}),  # relabelled LN to 0: nodes said in so many words not to be enlarged (as jmd-10, jhp-41, jio-09, jcn-20)
    ("esl-20", "en",
     ("Follow-up of sarcoidosis. The bilateral hilar lymphadenopathy seen in 2019 has resolved. No "
      "pulmonary nodules, ground-glass opacity or fibrosis. A small hiatal hernia is noted. Impression: "
      "Resolution of thoracic sarcoidosis; incidental small hiatus hernia."),
     {HH}),
    ("esl-21", "en",
     ("Expiratory images demonstrate mosaic attenuation with lobular air trapping in both lower lobes, "
      "likely reflecting small airways involvement by sarcoidosis. Mild bronchial wall thickening. "
      "Bilateral hilar nodes up to 14 mm. No fibrosis."),
     {MOS, PBT, LN}),
    ("esl-22", "en",
     ("Cluster of coalescent micronodules in the right upper lobe forming a 2.4 cm nodular opacity (galaxy "
      "sign), favored to represent sarcoidosis, though granulomatous infection cannot be excluded. "
      "Additional scattered perilymphatic nodules. Mild symmetric hilar lymphadenopathy."),
     {NOD, LN}),
    ("esl-23", "en",
     ("Bilateral peribronchovascular consolidation with air bronchograms in the mid and upper zones, "
      "surrounded by perilymphatic nodules, compatible with alveolar sarcoidosis. Bilateral hilar and right "
      "paratracheal lymphadenopathy. No pleural effusion."),
     {CON, NOD, LN}),
    ("esl-24", "en",
     ("Clinical details: Hodgkin lymphoma, interim restaging after 2 cycles. Comparison: 02/01/2024. "
      "Findings: The anterior mediastinal nodal mass has reduced in size from 9.1 x 6.0 cm to 4.3 x 2.2 cm. "
      "The left supraclavicular nodes have normalised. The previous small pericardial effusion has "
      "resolved. Lungs clear. Right PICC line with tip in the SVC. Conclusion: Partial response."),
     {LN, MM}),
    ("esl-25", "en",
     ("No mediastinal, hilar or axillary lymphadenopathy. No pulmonary nodules. No interstitial lung "
      "disease; specifically no perilymphatic nodularity or septal thickening. No pleural or pericardial "
      "effusion. Heart size normal. Coronary calcification is absent. Impression: No CT evidence of "
      "sarcoidosis."),
     set()),
    ("esl-26", "en",
     ("Mediastinal and bilateral hilar lymph nodes measuring up to 12 mm, unchanged since 2018 and likely "
      "related to known sarcoidosis. Moderate coronary artery calcification involving the LAD and RCA. "
      "Calcified atherosclerotic plaque in the aortic arch. Paraseptal emphysema in the upper lobes. No "
      "pulmonary nodule."),
     {LN, CAC, AWC, EMP}),
    ("esl-27", "en",
     ("Nodular thickening of the interlobular septa and fissures in the upper lobes, with beaded thickening "
      "of the bronchovascular bundles. Small perilymphatic nodules. The appearances are most in keeping with "
      "sarcoidosis; lymphangitic carcinomatosis is considered less likely given the absence of a known "
      "primary and the symmetric hilar nodes (right 16 mm, left 14 mm)."),
     {IST, PBT, NOD, LN}),
    ("esl-28", "en",
     ("Surveillance CT, 2 years after completion of R-CHOP. New 1.4 cm left axillary lymph node and 1.2 cm "
      "prevascular node, suspicious for relapse; reactive nodes cannot be excluded. No pulmonary nodule. "
      "Stable mild left apical pleural thickening without effusion. The port has been removed since the "
      "prior exam."),
     {LN}),
    ("esl-29", "en",
     ("Neutropenic fever during chemotherapy for Burkitt lymphoma. Multiple nodules with a surrounding "
      "ground-glass halo in both upper lobes, the largest 1.8 cm, concerning for invasive fungal infection. "
      "No mediastinal lymphadenopathy. Small right pleural effusion. Tunneled central venous catheter with "
      "tip in the right atrium."),
     {NOD, OPA, PE, MM}),
    ("esl-30", "en",
     ("Diffuse perilymphatic and subpleural nodules with upper lobe predominance and subpleural "
      "pseudoplaques along the fissures. No hilar or mediastinal lymphadenopathy. Minimal reticulation at "
      "the apices without traction bronchiectasis. Impression: Parenchymal sarcoidosis without adenopathy "
      "(Scadding stage III); early apical fibrosis cannot be excluded."),
     {NOD, FIB}),
    ("esl-31", "en",
     ("Established end-stage fibrotic sarcoidosis with upper lobe volume loss, honeycombing and cystic "
      "bronchiectasis. There is a 3.5 cm mycetoma within a right apical cavity. Pleural thickening at the "
      "right apex. Calcified, non-enlarged mediastinal nodes. No effusion."),
     {FIB, BRX}),
    ("esl-32", "en",
     ("Residual bilateral hilar lymph nodes up to 11 mm. Incidental 1.5 cm hypodense nodule in the left "
      "thyroid lobe; ultrasound is recommended. The lungs are clear with no nodules. No effusion."),
     {LN}),
    ("esl-33", "en",
     ("Upper abdomen: multiple hypoattenuating splenic nodules, in keeping with splenic sarcoidosis. "
      "Chest: small mediastinal nodes, the largest 9 mm, below pathological size criteria. No pulmonary "
      "nodules. Lungs otherwise clear."),
     {LN}),
    ("esl-34", "en",
     ("Large anterior mediastinal mass measuring 12 cm with infiltration of the pericardium and a moderate "
      "pericardial effusion, accompanied by enlarged right paratracheal nodes. Bilateral pleural effusions "
      "with compressive atelectasis of the lower lobes. The mass narrows the SVC. Findings in keeping with "
      "primary mediastinal large B-cell lymphoma. Lung nodules are not seen."),
     {LN, PCE, PE, ATL}),
    ("esl-35", "en",
     ("Comparison with 05/2023. No residual or recurrent lymphadenopathy. Thymus normal. Lungs clear. No "
      "effusion. Impression: Continued complete remission."),
     set()),
    ("esl-36", "en",
     ("Dilated main pulmonary artery measuring 3.6 cm, suggesting pulmonary hypertension. Right "
      "ventricular enlargement with mild cardiomegaly. Bilateral upper lobe fibrosis with traction "
      "bronchiectasis, stable. Mosaic attenuation in the lower lobes, possibly vascular in origin. No "
      "pericardial effusion."),
     {CM, FIB, BRX, MOS}),
    ("esl-37", "en",
     ("Small volume bilateral hilar lymphadenopathy. Lungs clear. No effusion. Appearances may represent "
      "sarcoidosis; lymphoma not excluded."),
     {LN}),
    ("esl-38", "en",
     ("Known history of sarcoidosis with prior hilar lymphadenopathy; clinical question: activity? Current "
      "study: hilar and mediastinal nodes are normal in size. No perilymphatic nodules or ground-glass. No "
      "fibrosis. Impression: No active thoracic sarcoidosis."),
     set()),
    ("esl-39", "en",
     ("On rituximab maintenance. Peripheral and peribronchovascular consolidations in both lower lobes with "
      "a reversed halo sign, suggestive of organizing pneumonia, possibly drug-related. Surrounding "
      "ground-glass opacity. No lymphadenopathy. No effusion."),
     {CON, OPA}),
    ("esl-40", "en",
     ("Post mediastinal radiotherapy for Hodgkin lymphoma. Paramediastinal fibrotic change in both upper "
      "lobes with straight lateral margins and traction bronchiectasis, in keeping with radiation fibrosis. "
      "No mass. Dense coronary calcification, premature for age. No lymphadenopathy."),
     {FIB, BRX, CAC}),
    ("esl-41", "en",
     ("LUNGS: Scattered perilymphatic nodules, unchanged. Subsegmental atelectasis in the right middle "
      "lobe. AIRWAYS: Patent. PLEURA: No effusion. MEDIASTINUM: Stable bilateral hilar lymphadenopathy, "
      "right 15 mm. Moderate hiatal hernia. HEART: Normal size. IMPRESSION: Stable sarcoidosis."),
     {NOD, ATL, LN, HH}),
    ("esl-42", "en",
     ("Low-dose CT component of PET-CT. Mildly enlarged subcarinal node, 12 mm, likely reactive. Few tiny "
      "subpleural nodules, too small to characterise, probably intrapulmonary lymph nodes. No "
      "consolidation."),
     {LN, NOD}),
    ("esl-43", "en",
     ("Interlobular septal thickening and peribronchial cuffing in the left lower lobe adjacent to an "
      "enlarged left hilar nodal mass, possibly lymphatic spread of lymphoma. Left hilar and subcarinal "
      "adenopathy. Small left effusion."),
     {IST, PBT, LN, PE}),
    ("esl-44", "en",
     ("Centrilobular emphysema. Coronary artery calcifications. Several small calcified mediastinal and "
      "hilar nodes, not enlarged, likely old granulomatous disease. No suspicious nodules. No effusion."),
     {EMP, CAC}),
    ("esl-45", "en",
     ("Asymmetric right paratracheal and anterior mediastinal lymphadenopathy, largest 3.4 cm, with a small "
      "necrotic component. The asymmetry and anterior mediastinal involvement favour lymphoma over "
      "sarcoidosis; tissue sampling is advised. The lungs are clear. Mild pericardial thickening."),
     {LN, PCE}),
    ("esl-46", "en",
     ("Follow-up after treated pneumonia in a patient with chronic lymphocytic leukaemia. The previous right "
      "lower lobe consolidation has resolved. Minor residual fibrotic band at the right base. Multiple "
      "enlarged bilateral axillary and mediastinal lymph nodes, stable, consistent with CLL. No collapse. "
      "No effusion."),
     {FIB, LN}),
    ("esl-47", "en",
     ("Sarcoidosis with left main bronchus stenosis from extrinsic nodal compression, treated with an "
      "airway stent which is in satisfactory position. Bilateral hilar lymphadenopathy with eggshell "
      "calcification, nodes measuring up to 2 cm. Distal bronchiectasis in the left lower lobe with mucus "
      "plugging."),
     {MM, LN, BRX}),
    ("esl-48", "en",
     ("Calcified granuloma in the right middle lobe. Calcified left pleural plaque. No lymph node "
      "enlargement. No pleural fluid. Normal heart size."),
     set()),
    ("esl-49", "en",
     ("Restaging for mantle cell lymphoma. Mediastinal lymph nodes have decreased, now up to 8 mm short "
      "axis. Incidental left adrenal nodule measuring 1.8 cm, likely an adenoma. Lungs clear. Gynecomastia "
      "noted."),
     {LN}),
    ("esl-50", "en",
     ("Patchy ground-glass opacity in the upper lobes superimposed on perilymphatic nodules; active "
      "alveolitis in sarcoidosis is favored, although opportunistic infection cannot be excluded on imaging "
      "in this patient on infliximab. Hilar nodes are not enlarged."),
     {OPA, NOD}),
    ("esl-51", "en",
     ("Large right pleural effusion, likely chylothorax given known lymphoma with retrocrural and posterior "
      "mediastinal lymphadenopathy. Compressive atelectasis of the right lower lobe. No pericardial "
      "effusion. Heart size normal."),
     {PE, LN, ATL}),
    ("esl-52", "en",
     ("The previously demonstrated pericardial effusion has resolved. The heart is not enlarged. No "
      "lymphadenopathy remains. Lungs clear."),
     set()),
    ("esl-53", "en",
     ("Median sternotomy wires and CABG clips. Cardiomegaly. Aortic calcification. Mediastinal nodes up to "
      "13 mm, likely reactive. Interlobular septal thickening and small bilateral pleural effusions suggest "
      "mild interstitial oedema."),
     {MM, CM, AWC, LN, IST, PE}),
]

OPEN: dict[tuple[str, str], str] = {
    ('esl-04', NOD): 'calcified granulomas are read as (calcified) nodules',
    ('esl-04', FIB): "'sequelae' of old granulomatous infection read as a fibrotic sequela, as CT-RATE's 'sequelae'",
    ('esl-16', LN): "calcified subcarinal nodes beside 'No lymphadenopathy': calcified nodes count as lymphadenopathy (CT-RATE train: 10 of 10), and the denial does not name them",
    ('esl-16', FIB): "'sequelae' of old granulomatous infection read as a fibrotic sequela, as CT-RATE's 'sequelae'",
    ('esl-22', OPA): "CT-RATE convention: 'nodular opacity' is labelled opacity (the shape word names another finding)",
    ('esl-27', LN): "'symmetric hilar nodes (right 16 mm, left 14 mm)': sizes in parentheses after the nodes are not read",
    ('esl-38', LN): "'with prior hilar lymphadenopathy' in a history sentence without a heading is read as current",
    ('esl-48', NOD): 'a calcified granuloma is read as a (calcified) nodule',
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
