"""Probe: English chest CT reports written as answers to the referring clinician's questions
("Clinical question: pneumonia? Answer: ...", "Q: PE? A: ...", numbered question-and-answer
lists, "In answer to the clinical question, ...", "Regarding the question of ...:",
"To address the referring physician's concern about ...", "Re: ..." lines and letter-style
reports ("Dear Dr ..., thank you for the referral. The CT shows ..."). Questions often list
findings that are then not found, and answers often add unrelated incidental findings; a finding
named only in a question counts as 0 unless the answer confirms it. Present, denied, hedged and
resolved findings are mixed, with negative controls (pulmonary embolism versus pleural effusion,
nipple shadow, pleural plaques, mitral annular calcification, a removed drain, a mass over 3 cm).
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
    ("eqa-01", "en",
     ("Clinical question: pneumonia? Answer: No consolidation or ground-glass opacity. "
      "The lungs are clear. No pleural effusion. Mild coronary artery calcification is noted incidentally."),
     {CAC}),
    ("eqa-02", "en",
     ("Q: PE? A: No pulmonary embolism. Incidental small left pleural effusion with adjacent "
      "compressive atelectasis. Heart size normal."),
     {PE, ATL}),
    ("eqa-03", "en",
     ("1. Is there lymphadenopathy? No. Mediastinal and hilar nodes are not enlarged. "
      "2. Nodule growth? The 6 mm nodule in the right upper lobe is stable compared with the prior. "
      "3. Any new lesions? None."),
     {NOD}),
    ("eqa-04", "en",
     ("In answer to the clinical question, there is no evidence of interstitial lung disease: no "
      "reticulation, honeycombing or traction bronchiectasis. Mild centrilobular emphysema in both "
      "upper lobes. Calcification of the aortic arch."),
     {EMP, AWC}),
    ("eqa-05", "en",
     ("Regarding the question of pleural effusion: a moderate right pleural effusion is present, with "
      "passive atelectasis of the right lower lobe. No pericardial effusion. The heart is enlarged."),
     {PE, ATL, CM}),
    ("eqa-06", "en",
     ("To address the referring physician's concern about a hiatal hernia: there is a small sliding "
      "hiatal hernia. The oesophagus is otherwise unremarkable. Lungs clear."),
     {HH}),
    ("eqa-07", "en",
     ("Re: ?interstitial fibrosis, ?bronchiectasis, ?emphysema. None of these is present. The lungs "
      "are normally aerated with no parenchymal abnormality. No mediastinal lymphadenopathy."),
     set()),
    ("eqa-08", "en",
     ("Dear Dr Patel, thank you for the referral. The CT shows a 14 mm spiculated nodule in the left "
      "upper lobe, which is suspicious for malignancy. There are enlarged left hilar lymph nodes "
      "measuring up to 15 mm in short axis. No pleural effusion. Kind regards."),
     {NOD, LN}),
    ("eqa-09", "en",
     ("Clinical question: cardiomegaly? Answer: The cardiac size is within normal limits. There is a "
      "small pericardial effusion. Calcification of the LAD."),
     {PCE, CAC}),
    ("eqa-10", "en",
     ("Q: Resolution of the right lower lobe pneumonia? A: Yes, the consolidation seen previously has "
      "resolved completely. A thin linear fibrotic band remains at the right base. No effusion."),
     {FIB}),
    ("eqa-11", "en",
     ("Question from the ward: is the central line in a good position? Answer: The right internal "
      "jugular central venous catheter tip lies at the cavoatrial junction. No pneumothorax. "
      "Bilateral small pleural effusions."),
     {MM, PE}),
    ("eqa-12", "en",
     ("1. Pneumonia? Early consolidation in the left lower lobe cannot be excluded. "
      "2. Effusion? No. 3. Heart? Normal size."),
     {CON}),
    ("eqa-13", "en",
     ("In response to your question regarding mosaic attenuation: yes, there is a mosaic attenuation "
      "pattern in both lungs with air trapping on the expiratory images, in keeping with small airways "
      "disease. Mild bronchial wall thickening. No bronchiectasis."),
     {MOS, PBT}),
    ("eqa-14", "en",
     ("Regarding the query of lymphoma relapse: no lymphadenopathy is identified in the mediastinum, "
      "hila or axillae. The previously seen anterior mediastinal mass has resolved, with residual thymic "
      "soft tissue only. Lungs clear."),
     set()),
    ("eqa-15", "en",
     ("Clinical question: heart failure? Answer: The findings support fluid overload: smooth "
      "interlobular septal thickening at both bases, bilateral pleural effusions and cardiomegaly. "
      "Patchy ground-glass opacity in the perihilar regions."),
     {IST, PE, CM, OPA}),
    ("eqa-16", "en",
     ("Re: smoker, lung screening. Q: Emphysema? A: Yes, moderate, centrilobular. Q: Nodules? A: None. "
      "Coronary artery calcification is moderate."),
     {EMP, CAC}),
    ("eqa-17", "en",
     ("Dear Dr Nguyen, thank you for asking us to review this CT. You asked whether there was evidence "
      "of emphysema; there is none. The lungs are clear. We did, however, note a small hiatus hernia and "
      "calcification of the thoracic aorta. Yours sincerely."),
     {HH, AWC}),
    ("eqa-18", "en",
     ("Q: Bronchiectasis? A: Yes. Cylindrical bronchiectasis in the right middle lobe and lingula with "
      "peribronchial thickening and mucus plugging. No consolidation."),
     {BRX, PBT}),
    ("eqa-19", "en",
     ("Question: is there a pulmonary nodule, lymphadenopathy or pleural effusion as suggested on the "
      "chest radiograph? Answer: No. The apparent nodule on the radiograph corresponds to a nipple shadow. "
      "No nodes, no effusion."),
     set()),
    ("eqa-20", "en",
     ("To address the referring physician's concern about aspiration: there is dependent consolidation in "
      "the posterior segment of the right lower lobe, consistent with aspiration pneumonia. Nasogastric "
      "tube with its tip in the stomach."),
     {CON, MM}),
    ("eqa-21", "en",
     ("Clinical question: ILD progression? Answer: Stable subpleural reticulation and traction "
      "bronchiectasis in both lower lobes, without honeycombing. No new ground-glass opacity. Mediastinal "
      "nodes up to 11 mm in short axis, unchanged."),
     {FIB, BRX, LN}),
    ("eqa-22", "en",
     ("Re: post-lobectomy follow-up, ?recurrence. No evidence of local recurrence at the left upper "
      "lobectomy staple line. Surgical clips in the left hilum. No new nodules. Mild left pleural "
      "thickening, unchanged."),
     {MM}),
    ("eqa-23", "en",
     ("Clinical question: rule out pericardial effusion. Answer: No pericardial effusion. The pericardium "
      "is of normal thickness. Incidentally, there is mild cardiomegaly and dense mitral annular "
      "calcification."),
     {CM}),
    ("eqa-24", "en",
     ("Dear Dr Okafor, thank you for the referral regarding this patient's persistent cough. The CT shows "
      "mild bronchial wall thickening in both lower lobes. There is no bronchiectasis, no nodule and no "
      "consolidation. With best wishes."),
     {PBT}),
    ("eqa-25", "en",
     ("1. Has the pneumothorax resolved? Yes, the left pneumothorax has resolved and the chest drain has "
      "been removed. 2. Any residual effusion? A trace left pleural effusion persists. 3. Lung "
      "re-expansion? Complete, with minor subsegmental atelectasis at the left base."),
     {PE, ATL}),
    ("eqa-26", "en",
     ("Regarding the question of sarcoidosis: there is bilateral symmetrical hilar and mediastinal "
      "lymphadenopathy, nodes up to 18 mm. Perilymphatic micronodules along the fissures. No fibrosis."),
     {LN, NOD}),
    ("eqa-27", "en",
     ("Q: Mass? A: There is a 4.5 cm mass in the right lower lobe abutting the pleura. Ipsilateral hilar "
      "adenopathy. Small right effusion."),
     {LN, PE}),
    ("eqa-28", "en",
     ("Q: Septic emboli? A: Several cavitating nodules in both lower lobes, the largest 12 mm, in keeping "
      "with septic emboli. No effusion. No empyema."),
     {NOD}),
    ("eqa-29", "en",
     ("The clinical question mentions consolidation, effusion and lymphadenopathy on an outside study. On "
      "this examination none of these is seen. Lungs clear, pleura normal. No enlarged nodes. Normal "
      "heart size."),
     set()),
    ("eqa-30", "en",
     ("In answer to the clinical question (COVID pneumonia?): bilateral peripheral ground-glass opacities "
      "with a few areas of consolidation, typical appearance. No pleural effusion. No lymphadenopathy."),
     {OPA, CON}),
    ("eqa-31", "en",
     ("Re: ?PE. CTPA: no filling defect in the pulmonary arteries. The main pulmonary artery is not "
      "dilated. No pleural or pericardial effusion. Mild atelectasis in the lingula."),
     {ATL}),
    ("eqa-32", "en",
     ("Dear Dr Schmidt, many thanks for your referral. You asked about the known right lower lobe nodule. "
      "It measures 8 mm, unchanged from 12 months ago, and is probably benign. There is also a new 4 mm "
      "nodule in the left lower lobe. We recommend follow-up in 12 months."),
     {NOD}),
    ("eqa-33", "en",
     ("Clinical question: lymphadenopathy? Answer: A few small mediastinal lymph nodes, the largest 7 mm in "
      "short axis, not reaching pathological size. No hilar adenopathy."),
     {LN}),
    ("eqa-34", "en",
     ("Clinical question: lymphadenopathy? Answer: Mediastinal lymph nodes are present but not enlarged. "
      "Atherosclerotic calcification of the aorta."),
     {AWC}),
    ("eqa-35", "en",
     ("Question: pacemaker lead position? Answer: Dual-chamber pacemaker with leads in the right atrium and "
      "right ventricle, in satisfactory position. Cardiomegaly. No pericardial effusion."),
     {MM, CM}),
    ("eqa-36", "en",
     ("To address the referring physician's concern about fibrosis in this patient on amiodarone: there is "
      "no reticulation, no honeycombing and no architectural distortion. There is mild dependent density "
      "at both lung bases, which is likely positional."),
     {OPA}),
    ("eqa-37", "en",
     ("Q: Hiatal hernia as seen on barium swallow? A: No hiatal hernia is seen on CT. The oesophagus is "
      "mildly patulous. Mild emphysema."),
     {EMP}),
    ("eqa-38", "en",
     ("Regarding the question of empyema: there is a loculated right pleural effusion with enhancing "
      "pleural surfaces (split pleura sign), consistent with empyema. Adjacent compressive atelectasis and "
      "consolidation in the right lower lobe."),
     {PE, ATL, CON}),
    ("eqa-39", "en",
     ("Re: follow-up of the right upper lobe nodule. The 9 mm solid nodule is unchanged in size and "
      "morphology. No new nodules. No other findings."),
     {NOD}),
    ("eqa-40", "en",
     ("1. Is there a pneumonia? Perhaps: a small patchy opacity in the left lower lobe may represent early "
      "infection. 2. Is there lymphadenopathy? No enlarged lymph nodes. 3. Effusion? None."),
     {OPA}),
    ("eqa-41", "en",
     ("Dear Dr Brown, thank you for referring this gentleman with dyspnoea. The CT shows no pulmonary "
      "embolism. There is a mosaic pattern of lung attenuation that may reflect chronic thromboembolic "
      "disease or small airways disease. The pulmonary trunk measures 34 mm. Yours sincerely."),
     {MOS}),
    ("eqa-42", "en",
     ("Clinical question: rule out bronchiectasis, emphysema, nodules. Answer: The lungs are normal. "
      "Incidentally noted: sternotomy wires and coronary artery bypass grafts with surgical clips. The "
      "native coronary arteries are densely calcified."),
     {MM, CAC}),
    ("eqa-43", "en",
     ("Q: Pleural plaques (asbestos exposure)? A: Yes, calcified pleural plaques on both hemidiaphragms. "
      "No pleural effusion. No pulmonary fibrosis to suggest asbestosis."),
     set()),
    ("eqa-44", "en",
     ("In answer to the clinical question about a cause for the raised inflammatory markers: no focal "
      "consolidation, abscess or effusion. The only finding is mild bilateral lower lobe bronchial wall "
      "thickening. A port catheter is seen in the right chest wall with the tip in the SVC."),
     {PBT, MM}),
    ("eqa-45", "en",
     ("Re: staging of oesophageal cancer. Circumferential thickening of the distal oesophagus. "
      "Paraoesophageal lymph node measuring 12 mm. No lung nodules. No pleural effusion."),
     {LN}),
    ("eqa-46", "en",
     ("Regarding the question of pulmonary oedema: the interlobular septal thickening and ground-glass "
      "opacity seen previously have resolved. The small bilateral pleural effusions have also cleared. "
      "The heart remains mildly enlarged."),
     {CM}),
    ("eqa-47", "en",
     ("Clinical question: atelectasis or consolidation at the left base? Answer: The density at the left "
      "base is plate-like atelectasis; there is no consolidation. A trace effusion cannot be excluded."),
     {ATL, PE}),
    ("eqa-48", "en",
     ("Dear Dr Lee, thank you for the referral. The CT shows a stable appearance of the lungs, with no "
      "evidence of the honeycombing you were concerned about. There is mild paraseptal emphysema at the "
      "apices and calcification of the aortic arch and the coronary arteries. Kind regards."),
     {EMP, AWC, CAC}),
    ("eqa-49", "en",
     ("1. Lymphadenopathy? Yes, right paratracheal node of 16 mm. 2. Nodules? No. 3. Pleural effusion? No. "
      "4. Anything else? Small hiatal hernia and mild cardiomegaly."),
     {LN, HH, CM}),
    ("eqa-50", "en",
     ("Q: Tree-in-bud? A: Yes, a tree-in-bud pattern in the right lower lobe, suggestive of infectious "
      "bronchiolitis. Mild bronchial wall thickening in the same region."),
     {PBT}),
    ("eqa-51", "en",
     ("Regarding the question of possible pericarditis: the pericardium is mildly thickened with a small "
      "amount of fluid. No pleural effusion. Lungs clear."),
     {PCE}),
    ("eqa-52", "en",
     ("To address the referring physician's concern about lung cancer: there is no mass and no suspicious "
      "nodule. There are linear scars in the lingula and a few areas of subsegmental atelectasis. "
      "No lymphadenopathy."),
     {FIB, ATL}),
    ("eqa-53", "en",
     ("Q: Interval change of the left effusion after thoracentesis? A: The left pleural effusion has "
      "decreased, but a small amount remains. The previously collapsed left lower lobe has partially "
      "re-expanded, with residual atelectasis."),
     {PE, ATL}),
    ("eqa-54", "en",
     ("Clinical question: consolidation? Answer: Negative. Second question (nodule?): also negative. "
      "Incidental finding: mechanical aortic valve prosthesis. Aortic valve and annulus otherwise "
      "unremarkable."),
     {MM}),
    ("eqa-55", "en",
     ("Re: neutropenic fever, ?fungal infection, ?nodules with halo sign. No nodules, no halo, no "
      "consolidation. Lungs clear. Hickman line in situ."),
     {MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eqa-54", NOD): "'Second question (nodule?): also negative': a question in brackets answered in the same sentence is read as a hedged nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
