"""Probe: English FDG PET/CT reports (US and UK style) with the low-dose / diagnostic CT part read
for the chest: SUVmax values, "FDG-avid nodule", "non-avid subcentimeter nodes", "physiologic
uptake", "no hypermetabolic lymphadenopathy", Deauville scores for lymphoma, staging and
restaging (complete metabolic response, residual non-avid soft tissue, thymic rebound),
negative controls typical of PET (brown fat, muscle, esophagitis / oesophagitis, vasculitis of the
aortic wall, myocardial uptake, thyroid and adrenal nodules, pleural plaques, valve calcification),
CT findings (emphysema, effusions, calcifications, ports and other devices, atelectasis), hedges
(likely inflammatory, indeterminate, cannot be excluded) and resolved findings. The reports were
written for this file without looking at the engine's lexicon or cue lists.
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
    ("epet-01", "en",
     ("FDG PET/CT, skull base to mid-thigh. Indication: staging of biopsy-proven right upper lobe adenocarcinoma. "
      "There is a 2.3 cm spiculated nodule in the right upper lobe with SUVmax 11.4. "
      "An FDG-avid right lower paratracheal lymph node measures 1.3 cm in short axis (SUVmax 5.8), suspicious "
      "for nodal metastasis. Moderate centrilobular emphysema. No pleural effusion. "
      "Coronary artery calcifications are noted."),
     {NOD, LN, EMP, CAC}),
    ("epet-02", "en",
     ("Indication: Hodgkin lymphoma, end-of-treatment restaging. Interval resolution of the previously FDG-avid "
      "mediastinal and left supraclavicular lymphadenopathy. Residual non-avid soft tissue in the anterior "
      "mediastinum measuring 2.8 x 1.6 cm, with uptake below mediastinal blood pool, likely post-treatment "
      "fibrosis or thymic tissue. Deauville 2, complete metabolic response. "
      "Right chest port in place with catheter tip in the SVC."),
     {MM}),
    ("epet-03", "en",
     ("Indication: DLBCL, interim PET after 2 cycles of R-CHOP. Intense symmetric uptake in the supraclavicular, "
      "axillary and paravertebral fat, consistent with brown adipose tissue activation, which limits evaluation "
      "of the neck. No hypermetabolic lymphadenopathy in the chest. Lungs are clear. "
      "No pleural or pericardial effusion. Deauville 1."),
     set()),
    ("epet-04", "en",
     ("Diffuse linear FDG uptake along the distal esophagus (SUVmax 4.1), likely esophagitis or reflux-related; "
      "no focal esophageal mass. No hiatal hernia. Subcentimeter non-avid mediastinal nodes, not enlarged by CT "
      "size criteria. Mild bibasilar dependent atelectasis. Aortic atherosclerotic calcifications."),
     {ATL, AWC}),
    ("epet-05", "en",
     ("Indication: solitary pulmonary nodule evaluation. The 9 mm solid nodule in the left lower lobe demonstrates "
      "mild FDG uptake (SUVmax 1.8), indeterminate; given its size, a low-grade malignancy cannot be excluded. "
      "No hypermetabolic hilar or mediastinal lymphadenopathy. Paraseptal emphysema in the upper lobes. "
      "Heart size normal."),
     {NOD, EMP}),
    ("epet-06", "en",
     ("There is consolidation in the right lower lobe with air bronchograms and intense FDG uptake (SUVmax 9.2), "
      "favored to be infectious or inflammatory; an underlying neoplasm cannot be excluded and follow-up CT after "
      "treatment is recommended. Surrounding ground-glass opacity. Small right pleural effusion. "
      "Mildly avid right hilar node measuring 11 mm, likely reactive."),
     {CON, OPA, PE, LN}),
    ("epet-07", "en",
     ("FDG PET-CT. Clinical details: follicular lymphoma, restaging. Findings: No FDG-avid disease above the "
      "diaphragm. Previously avid bilateral axillary nodes have resolved. Physiological activity in the "
      "myocardium, bowel and urinary tract. Small hiatus hernia. Bilateral breast prostheses noted. "
      "Conclusion: complete metabolic response, Deauville 2."),
     {HH, MM}),
    ("epet-08", "en",
     ("Indication: DLBCL, end of treatment. Persistent FDG-avid subcarinal lymph node measuring 1.6 cm with "
      "SUVmax 5.2, greater than liver (SUVmax 2.9). Deauville 4, partial metabolic response. Other previously "
      "involved nodal stations have normalized. The small left pleural effusion has resolved. "
      "PICC line via the right arm with the tip in the SVC."),
     {LN, MM}),
    ("epet-09", "en",
     ("Restaging PET/CT for Hodgkin lymphoma. Compared with the prior, there is progressive disease with new bulky "
      "hypermetabolic mediastinal adenopathy, the largest conglomerate measuring 6.5 x 4.2 cm (SUVmax 18.3), and "
      "new FDG-avid right hilar nodes. Moderate right pleural effusion with adjacent compressive atelectasis. "
      "Small pericardial effusion. Deauville 5."),
     {LN, PE, ATL, PCE}),
    ("epet-10", "en",
     ("Indication: melanoma surveillance. No abnormal FDG uptake to suggest recurrent or metastatic disease. "
      "Physiologic uptake in the brain, myocardium, liver, bowel and urinary collecting system. "
      "Lungs are clear without nodules. No lymphadenopathy. No pleural effusion. Heart is normal in size."),
     set()),
    ("epet-11", "en",
     ("Symmetric FDG uptake in the sternocleidomastoid, trapezius and intercostal muscles, likely related to "
      "muscular activity. No hypermetabolic thoracic lymph nodes. Few scattered non-avid pulmonary nodules, the "
      "largest 4 mm in the right middle lobe, below PET resolution. Calcified granulomas in the lingula. "
      "Moderate coronary artery calcification."),
     {NOD, CAC}),
    ("epet-12", "en",
     ("History of left upper lobe SBRT 14 months ago. Paramediastinal consolidation and volume loss with traction "
      "bronchiectasis in the treated region, with mild FDG uptake (SUVmax 2.6), consistent with post-radiation "
      "fibrosis. No new nodule. No FDG-avid lymphadenopathy. Emphysema."),
     {CON, FIB, BRX, EMP}),
    ("epet-13", "en",
     ("Status post right upper lobectomy with surgical staple line at the bronchial stump; no focal FDG uptake at "
      "the staple line to suggest local recurrence. Small loculated right apical pleural effusion or pleural "
      "thickening, non-avid, postsurgical. Linear atelectasis in the right middle lobe. No pulmonary nodules. "
      "No FDG-avid lymph nodes."),
     {MM, PE, ATL}),
    ("epet-14", "en",
     ("Indication: fever of unknown origin, ? large vessel vasculitis. Smooth circumferential FDG uptake of the "
      "thoracic aortic wall and the subclavian arteries (grade 3, greater than liver), consistent with "
      "large-vessel vasculitis. No mural calcification of the aorta. No lymphadenopathy. Lungs clear. "
      "No pericardial effusion."),
     set()),
    ("epet-15", "en",
     ("Symmetric FDG-avid bilateral hilar and mediastinal lymphadenopathy (right hilar node 1.8 cm, SUVmax 7.4) "
      "with perilymphatic nodules along the fissures and bronchovascular bundles, a pattern favoring sarcoidosis "
      "over lymphoma. Mild peribronchial thickening. No pleural effusion. No consolidation."),
     {LN, NOD, PBT}),
    ("epet-16", "en",
     ("Circumferential nodular FDG-avid pleural thickening of the right hemithorax (SUVmax 8.7) encasing the lung, "
      "suspicious for mesothelioma. Small right pleural effusion. Calcified pleural plaques on the left. "
      "No pulmonary nodules. Enlarged FDG-avid right internal mammary lymph node."),
     {PE, LN}),
    ("epet-17", "en",
     ("Indication: staging of distal esophageal adenocarcinoma. Intense FDG uptake in a circumferential distal "
      "esophageal mass extending to the gastroesophageal junction (SUVmax 15.6). FDG-avid paraesophageal lymph "
      "node measuring 9 mm, suspicious. Small sliding hiatal hernia. No pulmonary nodules. "
      "Right internal jugular port with the tip at the cavoatrial junction."),
     {LN, HH, MM}),
    ("epet-18", "en",
     ("There is FDG uptake in the mediastinal fat adjacent to the aortic arch and in both supraclavicular regions, "
      "corresponding to fat attenuation on CT, consistent with brown fat. No corresponding lymph nodes. "
      "Incidental 3 mm right upper lobe nodule. Heart size normal, no pericardial effusion."),
     {NOD}),
    ("epet-19", "en",
     ("Staging: 4.6 cm FDG-avid mass in the left lower lobe (SUVmax 16.2) with post-obstructive atelectasis of the "
      "posterior basal segment. Ipsilateral hilar lymph node, 1.5 cm, SUVmax 6.1. Small left pleural effusion "
      "without abnormal uptake, likely reactive. Moderate centrilobular and paraseptal emphysema. "
      "Atherosclerotic calcification of the aorta and coronary arteries."),
     {ATL, LN, PE, EMP, AWC, CAC}),
    ("epet-20", "en",
     ("Right upper lobe mass measuring 5.1 cm with central necrosis, SUVmax 21. A 7 mm satellite nodule in the "
      "same lobe is too small for reliable PET characterization. Bulky FDG-avid subcarinal and right paratracheal "
      "adenopathy. No pleural effusion. Left-sided pacemaker."),
     {NOD, LN, MM}),
    ("epet-21", "en",
     ("Bibasilar subpleural reticulation and honeycombing with traction bronchiectasis, with mild diffuse FDG "
      "uptake (SUVmax 2.4) in the fibrotic areas, consistent with usual interstitial pneumonia. No focal FDG-avid "
      "nodule. Mildly enlarged, mildly avid mediastinal nodes up to 12 mm, likely reactive to ILD. "
      "Mild cardiomegaly."),
     {FIB, BRX, LN, CM}),
    ("epet-22", "en",
     ("Follow-up PET/CT. The previously described FDG-avid left lower lobe consolidation has resolved. The left "
      "pleural effusion has also resolved. No new pulmonary nodules. No hypermetabolic lymphadenopathy. "
      "Mild residual linear scarring at the left base."),
     {FIB}),
    ("epet-23", "en",
     ("A 7 mm left hilar node with mild FDG uptake (SUVmax 2.1) is indeterminate and likely inflammatory, but "
      "early nodal involvement cannot be excluded. Primary right lower lobe nodule, 1.8 cm, SUVmax 6.8. "
      "Mild bronchial wall thickening in the lower lobes. Dependent atelectasis."),
     {LN, NOD, PBT, ATL}),
    ("epet-24", "en",
     ("Indication: Hodgkin lymphoma, 3 months post chemotherapy. Diffuse mild uptake in triangular anterior "
      "mediastinal soft tissue with convex margins, consistent with thymic rebound hyperplasia. No FDG-avid "
      "lymph nodes. Diffuse homogeneous bone marrow uptake, reactive after chemotherapy. Lungs clear. "
      "Deauville 1, complete metabolic response."),
     set()),
    ("epet-25", "en",
     ("Left chest wall port with catheter tip at the cavoatrial junction; mild linear uptake along the catheter "
      "tract, likely inflammatory. No FDG-avid disease in the thorax. Minimal bibasilar atelectasis. "
      "No pleural effusion."),
     {MM, ATL}),
    ("epet-26", "en",
     ("Clinical details: new diagnosis of classical Hodgkin lymphoma, staging. Findings: avid nodal disease in the "
      "left supraclavicular fossa, anterior mediastinum and left axilla, the largest mediastinal node 3.2 cm "
      "(SUVmax 12). Small volume left pleural effusion. No pulmonary parenchymal involvement. "
      "Conclusion: Ann Arbor stage II disease."),
     {LN, PE}),
    ("epet-27", "en",
     ("A 1.4 cm part-solid ground-glass nodule in the right upper lobe shows minimal FDG uptake (SUVmax 1.3); low "
      "FDG avidity does not exclude a lesion of the adenocarcinoma spectrum. Separate pure ground-glass opacity, "
      "8 mm, in the left upper lobe. No lymphadenopathy. Aortic calcifications."),
     {NOD, OPA, AWC}),
    ("epet-28", "en",
     ("Known metastatic breast cancer. Smooth and nodular interlobular septal thickening in the right lower lobe "
      "with diffusely increased FDG uptake, concerning for lymphangitic carcinomatosis. Moderate right pleural "
      "effusion. FDG-avid right internal mammary and subpectoral lymph nodes. Status post right mastectomy; "
      "left breast implant. Sclerotic osseous lesions."),
     {IST, PE, LN, MM}),
    ("epet-29", "en",
     ("Restaging for NSCLC after chemoradiation. No hypermetabolic lymphadenopathy. No FDG-avid pulmonary nodules. "
      "No pleural or pericardial effusion. No consolidation. Heart size within normal limits. No emphysema."),
     set()),
    ("epet-30", "en",
     ("Cardiomegaly with a small pericardial effusion. Bilateral pleural effusions, larger on the right, without "
      "FDG avidity. Interlobular septal thickening and ground-glass opacity in the dependent lungs, likely "
      "pulmonary edema. No hypermetabolic lesion to suggest malignancy. Mitral annular and coronary "
      "calcifications."),
     {CM, PCE, PE, IST, OPA, CAC}),
    ("epet-31", "en",
     ("Mosaic attenuation of the lung parenchyma with geographic areas of low attenuation, possibly related to "
      "small airways disease; expiratory imaging was not performed. Mild bronchiectasis in the lower lobes with "
      "peribronchial thickening. No FDG-avid pulmonary lesion. Mediastinal lymph nodes are subcentimeter and "
      "non-avid."),
     {MOS, BRX, PBT}),
    ("epet-32", "en",
     ("Intense uptake throughout the oesophagus, in keeping with radiation oesophagitis following recent "
      "mediastinal radiotherapy. No hiatus hernia. The right paratracheal nodal mass has reduced in size and is "
      "now non-avid, measuring 1.1 cm. Radiation pneumonitis in the medial right upper lobe with ground-glass "
      "change. Deauville 3."),
     {LN, OPA}),
    ("epet-33", "en",
     ("Post-treatment study for lymphoma. Complete resolution of the previously FDG-avid cervical, mediastinal and "
      "hilar lymphadenopathy. Small residual non-avid nodes in the prevascular space measuring up to 8 mm. "
      "Deauville 2. Mild pericardial thickening, unchanged."),
     {LN, PCE}),
    ("epet-34", "en",
     ("The previously noted 6 mm right lower lobe nodule is no longer visualized. New patchy peribronchovascular "
      "opacities in the left lower lobe with moderate uptake, likely inflammatory or infectious. "
      "No pleural effusion. No hypermetabolic lymphadenopathy."),
     {OPA}),
    ("epet-35", "en",
     ("Subsegmental atelectasis or scarring in the lingula with no abnormal uptake. Focal uptake in the left "
      "deltoid at the vaccination site. Mild FDG uptake in nonenlarged bilateral axillary lymph nodes, likely "
      "reactive to recent vaccination. Lungs otherwise clear."),
     {ATL, FIB}),
    ("epet-36", "en",
     ("Median sternotomy wires and coronary artery bypass grafts. Dual-chamber pacemaker with leads in the right "
      "atrium and right ventricle. Mildly increased FDG uptake along the pacemaker generator pocket; device "
      "infection cannot be excluded. Cardiomegaly. Small bilateral pleural effusions."),
     {MM, CM, PE}),
    ("epet-37", "en",
     ("Restaging for metastatic colorectal cancer. Multiple bilateral pulmonary nodules, the largest 1.2 cm in the "
      "left upper lobe (SUVmax 4.5), increased from prior, consistent with metastases. A new 5 mm nodule in the "
      "right middle lobe is too small to characterize. The previously noted mediastinal lymphadenopathy has "
      "resolved. No pleural effusion."),
     {NOD}),
    ("epet-38", "en",
     ("Incidental focal FDG uptake in a 1.5 cm right thyroid nodule (SUVmax 6.3); ultrasound correlation is "
      "recommended. A 2.1 cm left adrenal nodule with uptake less than liver, likely adenoma. No pulmonary "
      "nodules. No lymphadenopathy. Mild emphysema."),
     {EMP}),
    ("epet-39", "en",
     ("Trace left pleural effusion versus pleural thickening. Mild bibasilar atelectasis. FDG-avid left lower lobe "
      "nodule, 2.2 cm, SUVmax 8.4, consistent with primary malignancy. Aortic and coronary calcifications."),
     {PE, ATL, NOD, AWC, CAC}),
    ("epet-40", "en",
     ("Interim PET after 2 cycles of ABVD. The bulky anterior mediastinal nodal mass has decreased in size, now "
      "measuring 4.0 x 2.5 cm, with residual uptake slightly above mediastinal blood pool but below liver. "
      "Deauville 3. No new sites of disease. Lungs clear. Right IJ port."),
     {LN, MM}),
    ("epet-41", "en",
     ("Cylindrical bronchiectasis in the middle lobe and lingula with bronchial wall thickening and mucus "
      "plugging, with mild FDG uptake, likely infectious or inflammatory such as MAC. Tree-in-bud pattern in the "
      "right middle lobe. Mildly avid hilar lymph nodes are not enlarged, likely reactive. No consolidation."),
     {BRX, PBT}),
    ("epet-42", "en",
     ("Esophageal stent in the mid esophagus with expected mild uptake along the stent. Small hiatal hernia. "
      "Aspiration-related consolidation in the right lower lobe. Small right pleural effusion."),
     {MM, HH, CON, PE}),
    ("epet-43", "en",
     ("Severe centrilobular emphysema with upper lobe predominance and scattered bullae. A 1.1 cm spiculated left "
      "upper lobe nodule is FDG-avid (SUVmax 4.9), highly suspicious for malignancy. No FDG-avid mediastinal or "
      "hilar nodes. Mild bronchial wall thickening. Atherosclerotic calcification of the thoracic aorta."),
     {EMP, NOD, PBT, AWC}),
    ("epet-44", "en",
     ("Calcified, non-enlarged subcarinal and right hilar lymph nodes with mild uptake, consistent with prior "
      "granulomatous disease. A 5 mm calcified nodule (granuloma) in the right upper lobe. No hypermetabolic lung "
      "lesions. Heart size is normal; no coronary artery calcification."),
     {NOD}),
    ("epet-45", "en",
     ("Clinical question: ?recurrence of lung cancer. No FDG-avid lesion to suggest local recurrence or metastatic "
      "disease. No pulmonary nodule. No mediastinal or hilar lymphadenopathy. No pleural effusion. "
      "Physiological uptake in the gut and renal tracts."),
     set()),
    ("epet-46", "en",
     ("Indication: suspected cardiac sarcoidosis, after high-fat low-carbohydrate preparation. Focal-on-diffuse "
      "FDG uptake in the basal lateral left ventricular wall, suspicious for active cardiac sarcoidosis. Heart is "
      "normal in size. No pericardial effusion. FDG-avid mediastinal and bilateral hilar lymph nodes measuring up "
      "to 1.4 cm. No pulmonary parenchymal abnormality."),
     {LN}),
    ("epet-47", "en",
     ("Since the prior study, the right lower lobe collapse has re-expanded following stent placement; the right "
      "mainstem bronchial stent is in satisfactory position. Residual FDG-avid right hilar lymphadenopathy, "
      "2.4 cm, SUVmax 9.0. Small right pleural effusion, decreased. No pericardial effusion."),
     {MM, LN, PE}),
    ("epet-48", "en",
     ("Hodgkin lymphoma, end of treatment. No residual FDG-avid disease; Deauville 1. Stable residual non-avid "
      "left paratracheal soft tissue, likely fibrotic. Mild left apical pleuroparenchymal scarring. "
      "Right internal jugular Port-a-Cath."),
     {FIB, MM}),
    ("epet-49", "en",
     ("Diffuse FDG-avid osseous metastases involving the spine, ribs and pelvis, with a pathological fracture of "
      "a sclerotic right rib lesion. No FDG-avid pulmonary nodules. Bilateral small pleural effusions with "
      "adjacent passive atelectasis. Coronary artery calcifications. No hilar or mediastinal lymphadenopathy."),
     {PE, ATL, CAC}),
    ("epet-50", "en",
     ("Patchy left lower lobe consolidation versus atelectasis with moderate FDG uptake, possibly aspiration. "
      "Small left pleural effusion. Mild cardiomegaly. The esophagus is patulous with an air-fluid level; "
      "no hiatal hernia."),
     {CON, ATL, PE, CM}),
    ("epet-51", "en",
     ("Indication: restaging of melanoma. Low-grade uptake in a 6 mm right lower lobe nodule, below the threshold "
      "for reliable characterization; attention on follow-up. Non-avid left axillary lymph node measuring 8 mm "
      "in short axis. Hypermetabolic focus in the right gluteal muscle, likely injection-related. "
      "Emphysema is not seen."),
     {NOD, LN}),
    ("epet-52", "en",
     ("Prior ground-glass opacities in both lower lobes have resolved, leaving minimal residual fibrotic bands. "
      "No new FDG-avid lesion. Mild interlobular septal thickening at the lung bases. No lymphadenopathy. "
      "Aortic valve calcification."),
     {FIB, IST}),
    ("epet-53", "en",
     ("Large hiatal hernia containing most of the stomach, with mild physiologic gastric uptake. Compressive "
      "atelectasis of the adjacent left lower lobe. Small left pleural effusion. No FDG-avid pulmonary nodules. "
      "Calcified atherosclerotic plaque in the descending aorta."),
     {HH, ATL, PE, AWC}),
    ("epet-54", "en",
     ("Calcifications of the brachiocephalic and left subclavian arteries. Mild uptake at the gastroesophageal "
      "junction, likely physiologic. No hiatal hernia. Lungs clear. No mediastinal lymphadenopathy. "
      "Normal cardiac size."),
     {AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ('epet-02', FIB): 'post-treatment fibrosis of residual mediastinal soft tissue read as lung fibrosis',
    ('epet-31', LN): 'CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy',
    ('epet-33', LN): "small residual nodes named with the site after them ('nodes in the prevascular space measuring up to 8 mm') are not read; the resolved lymphadenopathy's denial stands",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
