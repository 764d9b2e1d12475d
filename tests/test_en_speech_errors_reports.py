"""Probe: English chest CT reports produced by speech recognition and not fully proofread, with
the homophone and recognition errors a radiologist still reads correctly: "plural effusion"
(pleural), "know" for "no" ("there is know", "know significant"), "at electasis", "emphysemas",
"lymph adenopathy", "consolidations", "hiatus hernia" / "high at all hernia", "bronchi ectasis",
"module" for nodule, "ground class", "cardio megaly", "peri bronchial", "honey combing",
"mosaic at tenuation", "pace maker", "stern otomy", left/right confusions that do not change the
label, missing punctuation between sentences, repeated words ("the the") and dictated
"period" / "comma" / "colon" left in the text. Present, denied, hedged and resolved findings are
mixed, with negative controls (subcutaneous emphysema, thyroid nodule, pleural plaques, Bochdalek
hernia, mitral annular calcification, a lung mass over 3 cm). The reports were written for this
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
    ("esp-01", "en",
     ("Chest CT without contrast period. There is centrilobular emphysemas in the upper lobes period. "
      "Know significant mediastinal lymph adenopathy period. There is know plural effusion or pericardial "
      "effusion period. Heart size is normal period."),
     {EMP}),
    ("esp-02", "en",
     ("Small bilateral plural effusions with adjacent compressive at electasis in the lower lobes. "
      "The heart is enlarged there is know pericardial effusion. Coronary artery calcifications are noted."),
     {PE, ATL, CM, CAC}),
    ("esp-03", "en",
     ("There is a dense consolidations in the right lower lobe with air bronchograms comma compatible with "
      "pneumonia period. Surrounding ground class opacity. Small right plural effusion. "
      "The the left lung is clear."),
     {CON, OPA, PE}),
    ("esp-04", "en",
     ("Moderate hiatus hernia. Atherosclerotic calcifications of the aortic arch and descending aorta. "
      "No pulmonary nodules period No plural effusion."),
     {HH, AWC}),
    ("esp-05", "en",
     ("Large high at all hernia containing most of the stomach period. Mild dependent at electasis in both "
      "lower lobes. Know suspicious pulmonary nodule."),
     {HH, ATL}),
    ("esp-06", "en",
     ("Cylindrical bronchi ectasis in the left lower lobe with bronchial wall thickening period. "
      "Scattered mucus plugging. Know consolidation. Heart size normal comma no pericardial effusion."),
     {BRX, PBT}),
    ("esp-07", "en",
     ("The lungs are clear without consolidation comma new nodule comma or mass period. There is know plural "
      "effusion period. Heart size is normal. No mediastinal or hilar lymph adenopathy period. "
      "No hiatal hernia."),
     set()),
    ("esp-08", "en",
     ("Comparison is made to the prior CT. There is a new 7 mm solid nodule in the left upper lobe not present "
      "previously period. The previously described right lower lobe consolidation has resolved. "
      "No plural effusion."),
     {NOD}),
    ("esp-09", "en",
     ("Stable 4 mm module in the right middle lobe period. No new nodule. Mild paraseptal emphysemas. "
      "Coronary artery calcification is present."),
     {NOD, EMP, CAC}),
    ("esp-10", "en",
     ("Mediastinal lymph nodes measure up to 8 mm in short axis comma not reaching pathologic size period. "
      "Lungs clear period. Know plural effusion."),
     {LN}),
    ("esp-11", "en",
     ("Enlarged subcarinal and right paratracheal lymph nodes measuring up to 18 mm compatible with lymph "
      "adenopathy. Left hilar lymph adenopathy as well. Know plural effusion. There is a 2.1 cm spiculated "
      "nodule in the right upper lobe suspicious for malignancy."),
     {LN, NOD}),
    ("esp-12", "en",
     ("Peripheral reticulation and honey combing at the lung bases with traction bronchi ectasis period. "
      "Findings are compatible with a usual interstitial pneumonia pattern. Know ground glass opacity. "
      "Mediastinal lymph nodes up to 11 mm comma likely reactive."),
     {FIB, BRX, LN}),
    ("esp-13", "en",
     ("Smooth inter lobular septal thickening and patchy ground glass opacity bilaterally the heart is "
      "enlarged bilateral plural effusions are present findings suggest pulmonary edema"),
     {IST, OPA, CM, PE}),
    ("esp-14", "en",
     ("Interval resolution of the previously seen left plural effusion period. Residual linear at electasis "
      "at the left base. Know new consolidation."),
     {ATL}),
    ("esp-15", "en",
     ("Endotracheal tube tip 3 cm above the carina period. Right internal jugular central venous catheter "
      "with tip in the SVC. Bilateral lower lobe consolidations with small bilateral plural effusions. "
      "Nasogastric tube in the stomach."),
     {MM, CON, PE}),
    ("esp-16", "en",
     ("Pace maker with leads in the right atrium and right ventricle. Median stern otomy wires. "
      "Mild cardio megaly. There is know plural effusion."),
     {MM, CM}),
    ("esp-17", "en",
     ("Mosaic at tenuation pattern in both lungs comma possibly related to small airways disease period. "
      "Mild bronchial wall thickening. No bronchi ectasis. No emphysemas."),
     {MOS, PBT}),
    ("esp-18", "en",
     ("Left chest tube in place. Subcutaneous emphysemas along the left chest wall at the site of the chest "
      "tube. Small left pneumothorax. No plural effusion. The lungs are otherwise clear."),
     {MM}),
    ("esp-19", "en",
     ("Thyroid nodule in the right lobe measuring 1.5 cm comma consider ultrasound. The lungs are clear with "
      "know pulmonary nodule. Mitral annular calcification. Heart size normal."),
     set()),
    ("esp-20", "en",
     ("4.8 cm mass in the left upper lobe with mediastinal invasion comma consistent with primary lung "
      "cancer. Post obstructive at electasis distally. Ipsilateral hilar lymph adenopathy. Small left plural "
      "effusion cannot be excluded."),
     {ATL, LN, PE}),
    ("esp-21", "en",
     ("Possible small pericardial effusion period. Coronary artery calcifications in the LAD. "
      "Atherosclerotic calcification of the thoracic aorta. Know plural effusion."),
     {PCE, CAC, AWC}),
    ("esp-22", "en",
     ("There is know evidence of hiatal hernia. Know cardio megaly. Know lymph adenopathy. "
      "The lungs demonstrate mild emphysemas."),
     {EMP}),
    ("esp-23", "en",
     ("the the right lower lobe shows peri bronchial thickening and tree in bud opacities suggesting "
      "infectious bronchiolitis period. Know consolidation period. No plural effusion."),
     {PBT}),
    ("esp-24", "en",
     ("Left lower lobe at electasis versus consolidations period. Moderate left plural effusion. "
      "Right lung clear."),
     {ATL, CON, PE}),
    ("esp-25", "en",
     ("Small left plural effusion. The right sided effusion layers posteriorly without loculation. "
      "Subsegmental at electasis in the right lower lobe adjacent to the left effusion."),
     {PE, ATL}),
    ("esp-26", "en",
     ("Emphysemas comma moderate comma centrilobular and paraseptal. Bullae at the apices. Scattered "
      "scarring in the right upper lobe. Know suspicious nodule."),
     {EMP, FIB}),
    ("esp-27", "en",
     ("Previously seen ground glass opacity in the left upper lobe is no longer visualized period. "
      "Know new nodules. No plural or pericardial effusion period."),
     set()),
    ("esp-28", "en",
     ("Hiatus hernia small period. Esophagus otherwise unremarkable. Bilateral gynecomastia. "
      "No axillary lymph adenopathy. Aortic calcifications mild."),
     {HH, AWC}),
    ("esp-29", "en",
     ("Status post right upper lobectomy with surgical staples at the bronchial stump. Postsurgical "
      "scarring. Know recurrent mass. Know lymph adenopathy."),
     {MM, FIB}),
    ("esp-30", "en",
     ("Coronary stents in the LAD and RCA. Dense coronary artery calcifications. Heart size upper limits of "
      "normal. Know pericardial effusion."),
     {MM, CAC}),
    ("esp-31", "en",
     ("Bilateral ground class opacities with crazy paving comma septal thickening period. Know plural "
      "effusion. Findings could represent atypical infection."),
     {OPA, IST}),
    ("esp-32", "en",
     ("Know bronchi ectasis. Mild peri bronchial thickening in the lower lobes comma likely reactive airway "
      "disease period. There is know significant mosaic attenuation."),
     {PBT}),
    ("esp-33", "en",
     ("Calcified plural plaques bilaterally consistent with prior asbestos exposure period. No plural "
      "effusion. No pulmonary fibrosis. Mild aortic atherosclerotic calcification."),
     {AWC}),
    ("esp-34", "en",
     ("Right lower lobe 12 mm solid nodule period. Recommend follow up CT in three months period. "
      "Emphysemas. Know lymph adenopathy."),
     {NOD, EMP}),
    ("esp-35", "en",
     ("Large pericardial effusion measuring up to 2 cm period. Cardio megaly. Small bilateral plural "
      "effusions. Passive at electasis at the lung bases."),
     {PCE, CM, PE, ATL}),
    ("esp-36", "en",
     ("Dependent densities at both lung bases comma likely at electasis period. No focal consolidations. "
      "Heart normal in size period."),
     {OPA, ATL}),
    ("esp-37", "en",
     ("Multiple bilateral pulmonary modules comma the largest 9 mm in the left lower lobe comma concerning "
      "for metastases period. Port a cath in the right chest with tip at the cavoatrial junction. "
      "Know plural effusion. Hepatic lesions are partially imaged."),
     {NOD, MM}),
    ("esp-38", "en",
     ("There is know significant change from prior. Chronic fibrotic bands in the lingula. Known small hiatal "
      "hernia unchanged. Know consolidation or plural effusion."),
     {FIB, HH}),
    ("esp-39", "en",
     ("Lungs colon clear period. Pleura colon know effusion period. Mediastinum colon know lymph adenopathy "
      "period. Heart colon normal size comma no pericardial effusion period. Vessels colon mild calcification "
      "of the aortic arch period."),
     {AWC}),
    ("esp-40", "en",
     ("Impression colon 1 period bilateral lower lobe consolidations concerning for aspiration period "
      "2 period small left plural effusion period 3 period know pulmonary embolism."),
     {CON, PE}),
    ("esp-41", "en",
     ("Mild cardiomegaly cannot be excluded. Coronary calcium in the left main and LAD period. "
      "Emphysemas are not seen. No hiatus hernia."),
     {CM, CAC}),
    ("esp-42", "en",
     ("There is is a small at electasis in the lingula. the the lungs are otherwise clear. There is know "
      "plural effusion. Calcified mediastinal lymph nodes from prior granulomatous disease comma not enlarged."),
     {ATL}),
    ("esp-43", "en",
     ("Know honey combing. Mild subpleural reticulation in the lower lobes may represent early interstitial "
      "lung disease period. Know traction bronchi ectasis. Know ground glass."),
     {FIB}),
    ("esp-44", "en",
     ("Bilateral hilar and mediastinal lymph adenopathy with perilymphatic nodules along the fissures comma "
      "consistent with sarcoidosis period. Know plural effusion. Know fibrosis."),
     {LN, NOD}),
    ("esp-45", "en",
     ("Normal chest CT period. Know pulmonary embolism. Know consolidations. Know plural effusions. "
      "Know lymph adenopathy. Know hiatal hernia. Heart size normal."),
     set()),
    ("esp-46", "en",
     ("The the endotracheal tube has been removed period. The previously seen right plural effusion has "
      "resolved. Residual right basilar at electasis has improved but persists. Know new consolidation."),
     {ATL}),
    ("esp-47", "en",
     ("Interlobular septal thickening has resolved period. The heart size has normalized period. "
      "Trace left plural effusion remains."),
     {PE}),
    ("esp-48", "en",
     ("Small right plural effusion or pleural thickening. Mild left lower lobe bronchi ectasis with peri "
      "bronchial thickening. Scattered areas of mosaic attenuation suggest air trapping."),
     {PE, BRX, PBT, MOS}),
    ("esp-49", "en",
     ("No plural effusion the heart is enlarged coronary artery calcifications are present"),
     {CM, CAC}),
    ("esp-50", "en",
     ("Emphysemas with bullous changes in the right upper lobe comma the left upper lobe is spared. "
      "Know new nodules compared to the prior study period. The 3 mm perifissural module in the left upper "
      "lobe is stable."),
     {EMP, NOD}),
    ("esp-51", "en",
     ("Small left Bochdalek hernia containing fat period. No hiatus hernia. Lungs clear period. "
      "Know plural effusion."),
     set()),
    ("esp-52", "en",
     ("Status post aortic valve replacement with mechanical valve prosthesis period. Median sternotomy wires "
      "intact. Know pericardial effusion. Mild cardio megaly period. Calcifications of the descending aorta."),
     {MM, CM, AWC}),
    ("esp-53", "en",
     ("The right lower lobe consolidations has cleared period. A 5 mm nodule remains at the site comma "
      "follow up recommended period. Know lymph adenopathy period."),
     {NOD}),
]

OPEN: dict[tuple[str, str], str] = {
    ("esp-05", HH): "'high at all hernia' (speech recognition for hiatal hernia) is not read",
    ("esp-05", NOD): "a misheard word before 'nodule' is read as a hedge",
    ("esp-08", NOD): "a new nodule in a report that also says another finding is 'not present' takes that denial",
    ("esp-09", NOD): "'module' for nodule is a real word and is not corrected",
    ("esp-19", NOD): "a thyroid nodule in a run-on sentence without punctuation is read as a lung nodule",
    ("esp-26", NOD): "a misheard word before 'nodule' is read as a hedge",
    ("esp-36", OPA): "dependent densities explained as atelectasis are read as explained (CT-RATE train: densities consistent with atelectasis are 0)",
    ("esp-49", CM): "without punctuation, 'No plural effusion the heart is enlarged' denies the heart too",
    ("esp-49", CAC): "without punctuation, the denial reaches the coronary calcification",
    ("esp-50", NOD): "'know' for 'known' before a finding is read as 'no'",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
