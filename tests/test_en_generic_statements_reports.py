"""Probe: English chest CT reports in an academic, consult-style voice (teaching hospitals) that mix the
findings of this patient with generic or teaching statements about diseases that are not findings of
this patient ("Heart failure typically produces bilateral pleural effusions ... neither of which is present
here", "Sarcoidosis classically presents with bilateral hilar lymphadenopathy", "If this were aspiration,
dependent consolidation would be expected", "watch for the development of an effusion", "could cavitate",
"has been reported in up to 30% of cases"), expected-but-absent findings, reports where the patient does
have the finding named in the generic remark, negative controls and a few reports with no positive finding.
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
    ("egs-01", "en",
     ("Bilateral ground-glass opacities with a peripheral and basal predominance. Heart failure typically "
      "produces bilateral pleural effusions and interlobular septal thickening, neither of which is present here. "
      "The heart is normal in size. No mediastinal lymphadenopathy."),
     {OPA}),
    ("egs-02", "en",
     ("Sarcoidosis classically presents with bilateral hilar lymphadenopathy and perilymphatic nodules; in this "
      "patient the hilar nodes are normal in size and the lungs are clear. No pulmonary nodules. "
      "Mild coronary artery calcification in the left anterior descending artery."),
     {CAC}),
    ("egs-03", "en",
     ("Cylindrical bronchiectasis in the right middle lobe and lingula with associated bronchial wall thickening "
      "and scattered tree-in-bud opacities. NTM infection is characterised by exactly this combination, typically "
      "in elderly women (the Lady Windermere pattern). No cavitation. No pleural effusion."),
     {BRX, PBT}),
    ("egs-04", "en",
     ("Patchy consolidation in the anterior segment of the right upper lobe. If this were aspiration, dependent "
      "consolidation in the posterior segments of the lower lobes would be expected; the lower lobes are clear. "
      "Small right pleural effusion. Watch for cavitation on follow-up."),
     {CON, PE}),
    ("egs-05", "en",
     ("Left lower lobe consolidation with air bronchograms, consistent with pneumonia. No pleural effusion at "
      "present; watch for the development of a parapneumonic effusion or empyema. Subsegmental atelectasis in the "
      "lingula."),
     {CON, ATL}),
    ("egs-06", "en",
     ("Spiculated 2.2 cm nodule in the apicoposterior segment of the left upper lobe, highly suspicious for "
      "primary lung cancer. Squamous cell carcinomas could cavitate, and this should be borne in mind at "
      "follow-up. Enlarged left hilar node measuring 14 mm in short axis. Paraseptal emphysema at both apices."),
     {NOD, LN, EMP}),
    ("egs-07", "en",
     ("Numerous thin-walled cysts scattered uniformly through both lungs, consistent with lymphangioleiomyomatosis "
      "in this clinical context. Chylous pleural effusion has been reported in up to 30% of patients with LAM, "
      "but none is seen here. No pneumothorax. No pericardial effusion."),
     set()),
    ("egs-08", "en",
     ("Heart failure typically produces bilateral pleural effusions and septal thickening, and both are present "
      "here: moderate bilateral pleural effusions and smooth interlobular septal thickening in the lower zones. "
      "Cardiomegaly. The pulmonary veins are distended."),
     {PE, IST, CM}),
    ("egs-09", "en",
     ("Sarcoidosis classically presents with bilateral hilar lymphadenopathy, as seen in this patient, with "
      "symmetric hilar and right paratracheal nodes up to 18 mm. Perilymphatic micronodules along the fissures "
      "and bronchovascular bundles. No fibrosis."),
     {LN, NOD}),
    ("egs-10", "en",
     ("The UIP pattern is defined by subpleural, basal-predominant reticulation with honeycombing, with or without "
      "traction bronchiectasis. In this patient there is mild subpleural reticulation at the bases, but no "
      "honeycombing and no traction bronchiectasis; this would be classified as probable UIP. "
      "No ground-glass opacity."),
     {FIB}),
    ("egs-11", "en",
     ("Hypersensitivity pneumonitis is typically associated with mosaic attenuation and air trapping on expiratory "
      "images; these are not seen. Mild centrilobular emphysema in the upper lobes. Calcified atherosclerotic "
      "plaque in the aortic arch."),
     {EMP, AWC}),
    ("egs-12", "en",
     ("Mosaic attenuation, which in chronic thromboembolic disease reflects regional hypoperfusion, is present "
      "in both lower lobes. The main pulmonary artery is dilated at 34 mm. Heart size is normal. "
      "No pericardial effusion."),
     {MOS}),
    ("egs-13", "en",
     ("Normal chest CT. Specifically, there is no bronchiectasis, which in primary ciliary dyskinesia would be "
      "expected in the middle lobe and lingula. No situs abnormality. The lungs are clear. "
      "No enlarged lymph nodes."),
     set()),
    ("egs-14", "en",
     ("Pneumocystis pneumonia characteristically produces diffuse ground-glass opacity with an upper lobe "
      "predominance, and cysts may develop. In this HIV-positive patient the lungs are clear apart from a small "
      "linear scar in the left lower lobe. No lymphadenopathy."),
     {FIB}),
    ("egs-15", "en",
     ("Hiatal hernia is found in up to 50% of patients over 50 years and is often incidental. A moderate sliding "
      "hiatal hernia is present. The oesophagus is otherwise unremarkable. Dependent atelectasis at both bases."),
     {HH, ATL}),
    ("egs-16", "en",
     ("Lymphangitic carcinomatosis would typically show nodular, beaded interlobular septal thickening; the septa "
      "here are smooth and not thickened. Status post left mastectomy with surgical clips in the left axilla. "
      "No pulmonary nodules."),
     {MM}),
    ("egs-17", "en",
     ("Emphysema is the most common cause of low-attenuation areas in smokers; in this never-smoker the "
      "low-attenuation regions are geographic and sharply demarcated, consistent with mosaic attenuation from "
      "small airways disease rather than emphysema. Bronchial wall thickening in the lower lobes."),
     {MOS, PBT}),
    ("egs-18", "en",
     ("Organising pneumonia may present with a reversed halo sign and migratory peripheral consolidation. Here "
      "there is a single peripheral area of consolidation in the right lower lobe with surrounding ground glass. "
      "Follow-up after treatment is recommended to confirm resolution, as persistent consolidation could "
      "represent adenocarcinoma."),
     {CON, OPA}),
    ("egs-19", "en",
     ("Pulmonary embolism may be associated with wedge-shaped peripheral infarcts and small pleural effusions. "
      "No such infarct or effusion is seen, and there is no filling defect. Mild cardiomegaly. Coronary "
      "calcification in the LAD. Dual-chamber pacemaker with leads in the right atrium and ventricle."),
     {CM, CAC, MM}),
    ("egs-20", "en",
     ("Asbestos exposure classically causes calcified pleural plaques, which are present along the diaphragmatic "
      "pleura bilaterally. Asbestosis, by contrast, produces subpleural reticulation at the bases, which is not "
      "seen. No pleural effusion. No mass."),
     set()),
    ("egs-21", "en",
     ("Rounded atelectasis is a known complication of asbestos-related pleural disease and is seen here in the "
      "posterior left lower lobe, with a comet-tail sign, adjacent to diffuse pleural thickening. Calcified "
      "pleural plaques on the right."),
     {ATL}),
    ("egs-22", "en",
     ("COVID-19 pneumonia typically produces bilateral peripheral ground-glass opacities with crazy paving; the "
      "pattern here, with a single lobar consolidation in the right lower lobe, is atypical for COVID-19 and more "
      "in keeping with bacterial pneumonia. No pleural effusion."),
     {CON}),
    ("egs-23", "en",
     ("Crazy paving (ground glass with superimposed septal thickening) is present in both upper lobes. Although "
      "classically described in pulmonary alveolar proteinosis, it is non-specific. No consolidation. "
      "No effusion."),
     {OPA, IST}),
    ("egs-24", "en",
     ("Langerhans cell histiocytosis typically shows upper lobe nodules and bizarre cysts that spare the "
      "costophrenic angles. Here there are a few small nodules up to 4 mm in the upper lobes but no cysts. "
      "Centrilobular emphysema."),
     {NOD, EMP}),
    ("egs-25", "en",
     ("Cardiac involvement, pericardial effusion and pulmonary hypertension are recognised complications of "
      "sarcoidosis, none of which is evident. Stage IV sarcoidosis with upper lobe fibrosis and traction "
      "bronchiectasis. Calcified mediastinal nodes, not enlarged."),
     {FIB, BRX}),
    ("egs-26", "en",
     ("Cavitation has been reported in up to 15% of squamous cell carcinomas. A 4.5 cm cavitating mass in the "
      "right upper lobe. Right hilar lymphadenopathy measuring 16 mm. Moderate right pleural effusion."),
     {LN, PE}),
    ("egs-27", "en",
     ("Pleural effusion occurs in approximately 20% of patients with Hodgkin lymphoma; there is none in this "
      "patient. Bulky anterior mediastinal lymphadenopathy measuring 6 x 4 cm. Small pericardial effusion."),
     {LN, PCE}),
    ("egs-28", "en",
     ("Status post right lower lobectomy with an intact staple line. Watch for recurrence at the staple line, "
      "which typically presents as nodular soft tissue; none is seen. No new nodules. Small right pleural "
      "effusion, postoperative."),
     {MM, PE}),
    ("egs-29", "en",
     ("In aspiration the dependent segments are involved, as here: consolidation in the posterior basal segments "
      "of both lower lobes and the superior segment of the right lower lobe. Small hiatal hernia, which may "
      "predispose to reflux and aspiration. Nasogastric tube tip in the stomach."),
     {CON, HH, MM}),
    ("egs-30", "en",
     ("Septic emboli classically appear as multiple peripheral nodules in various stages of cavitation, often "
      "with a feeding vessel. None are seen. The lungs are clear. Normal heart size. Central venous catheter "
      "with its tip in the SVC."),
     {MM}),
    ("egs-31", "en",
     ("Lymphadenopathy would be expected if this were primary tuberculosis in a child; in adults, post-primary "
      "TB more typically manifests as upper lobe cavitation and endobronchial spread. This patient shows "
      "tree-in-bud opacities in the right upper lobe and a 2 cm thick-walled cavity with surrounding "
      "consolidation. No lymphadenopathy."),
     {CON}),
    ("egs-32", "en",
     ("Typical findings of cystic fibrosis include upper lobe predominant bronchiectasis, mucus plugging and "
      "bronchial wall thickening, all of which are present in this patient. Mosaic attenuation is also seen. "
      "Port-a-cath in the right chest wall."),
     {BRX, PBT, MOS, MM}),
    ("egs-33", "en",
     ("Pulmonary oedema may be cardiogenic or non-cardiogenic; the absence of cardiomegaly, septal thickening and "
      "pleural effusions here favours a non-cardiogenic cause. Bilateral diffuse ground-glass opacities with "
      "dependent consolidation. Endotracheal tube 4 cm above the carina."),
     {OPA, CON, MM}),
    ("egs-34", "en",
     ("Traction bronchiectasis, when present, indicates fibrosis and carries a worse prognosis. In this patient "
      "the lower lobe ground-glass opacities are not associated with traction bronchiectasis or reticulation, "
      "suggesting a potentially reversible NSIP pattern. Dilated oesophagus, as can be seen in scleroderma."),
     {OPA}),
    ("egs-35", "en",
     ("Clinical question: exclude metastases. Metastases from renal cell carcinoma are typically hypervascular "
      "and may present as multiple well-defined nodules; none are seen. No lymphadenopathy or effusion. "
      "Heart size normal."),
     set()),
    ("egs-36", "en",
     ("Hamartomas typically contain fat and popcorn calcification. The 1.4 cm nodule in the left lower lobe "
      "contains macroscopic fat, diagnostic of hamartoma, and needs no further follow-up. Mild atherosclerotic "
      "calcification of the thoracic aorta."),
     {NOD, AWC}),
    ("egs-37", "en",
     ("Coronary artery calcification is an independent predictor of cardiovascular events and should be reported "
      "on all non-gated chest CT. No coronary calcification is identified in this patient. Aortic valve "
      "calcification is noted. Lungs clear."),
     set()),
    ("egs-38", "en",
     ("Moderate three-vessel coronary artery calcification. Extensive coronary calcification at this age should "
      "prompt cardiovascular risk assessment. Calcified atherosclerotic plaque in the descending aorta and both "
      "subclavian arteries. No cardiomegaly."),
     {CAC, AWC}),
    ("egs-39", "en",
     ("Right middle lobe collapse. Middle lobe syndrome may be caused by extrinsic compression from enlarged nodes "
      "or by an endobronchial lesion; no enlarged nodes are seen, and bronchoscopy is advised to exclude an "
      "endobronchial lesion."),
     {ATL}),
    ("egs-40", "en",
     ("Emphysema in alpha-1 antitrypsin deficiency is classically panlobular and lower lobe predominant, and may "
      "be associated with giant bullae. In this patient there is panlobular emphysema in both lower lobes, "
      "without bullae. Bronchial wall thickening."),
     {EMP, PBT}),
    ("egs-41", "en",
     ("Subpleural curvilinear lines in both lower lobes, which could represent early fibrosis or dependent "
      "atelectasis; repeat imaging in the prone position is suggested. No honeycombing. No effusion."),
     {FIB, ATL}),
    ("egs-42", "en",
     ("A pericardial effusion would be expected in uraemic pericarditis; none is present. Bilateral small "
      "pleural effusions. Tunnelled dialysis catheter with its tip in the right atrium."),
     {PE, MM}),
    ("egs-43", "en",
     ("Interlobular septal thickening is a hallmark of pulmonary veno-occlusive disease, in contrast to "
      "idiopathic pulmonary arterial hypertension. This patient with pulmonary hypertension shows smooth septal "
      "thickening, centrilobular ground-glass opacities and mediastinal lymph nodes up to 11 mm, favouring PVOD. "
      "Dilated main pulmonary artery. Mild cardiomegaly."),
     {IST, OPA, LN, CM}),
    ("egs-44", "en",
     ("Follow-up to assess for the development of pleural effusion or lymphadenopathy, which would suggest disease "
      "progression, is recommended. Currently there is no effusion and there are no enlarged nodes. The 8 mm "
      "right upper lobe nodule is unchanged."),
     {NOD}),
    ("egs-45", "en",
     ("A 7 mm part-solid nodule in the left upper lobe. In a smoker, a nodule of this type could be malignant; "
      "per Fleischner guidelines, follow-up CT in 3-6 months. Centrilobular emphysema. Mild bronchial wall "
      "thickening."),
     {NOD, EMP, PBT}),
    ("egs-46", "en",
     ("Bronchiolitis obliterans after lung transplantation typically manifests with mosaic attenuation and air "
      "trapping, which should be sought on expiratory images. No mosaic attenuation is seen at present. Both "
      "bronchial anastomoses are intact. Sternal wires from the clamshell thoracotomy."),
     {MM}),
    ("egs-47", "en",
     ("Amiodarone toxicity may produce high-attenuation consolidation and a high-attenuation liver. The liver "
      "attenuation is normal and the lungs are clear. Pacemaker generator in the left pectoral region."),
     {MM}),
    ("egs-48", "en",
     ("Empyema classically shows the split pleura sign, and the sign is present in this case: a loculated left "
      "pleural collection with enhancing visceral and parietal pleura. Adjacent compressive atelectasis of the "
      "left lower lobe."),
     {PE, ATL}),
    ("egs-49", "en",
     ("A moderate pericardial effusion is present. Pericardial effusion in malignancy is often haemorrhagic and "
      "may lead to tamponade; there is no flattening of the right ventricle to suggest tamponade. No pleural "
      "effusion. Heart size normal."),
     {PCE}),
    ("egs-50", "en",
     ("No acute findings. The absence of post-radiation fibrosis in the left upper lobe is notable given "
      "radiotherapy 2 years ago; radiation fibrosis typically develops 6-12 months after treatment. "
      "The lungs are clear. No effusion."),
     set()),
    ("egs-51", "en",
     ("Consolidation may take 6-8 weeks to resolve in the elderly. The previously seen right lower lobe "
      "consolidation has resolved. Residual linear atelectasis at the right base. No pleural effusion."),
     {ATL}),
    ("egs-52", "en",
     ("Ground-glass opacity is a non-specific finding which may be seen in infection, oedema, haemorrhage or "
      "early fibrosis. None is seen on this examination. Several enlarged subcarinal and right paratracheal "
      "lymph nodes, the largest 15 mm, of uncertain cause. Lungs otherwise clear."),
     {LN}),
    ("egs-53", "en",
     ("Textbook descriptions of pulmonary Kaposi sarcoma emphasise peribronchovascular flame-shaped nodules and "
      "septal thickening; no such pattern is seen. Diffuse bronchial wall thickening and bilateral lower lobe "
      "cylindrical bronchiectasis, likely sequelae of prior infections."),
     {PBT, BRX}),
    ("egs-54", "en",
     ("Cardiomegaly is often overcalled on CT; the heart here is at the upper limit of normal size. No pericardial "
      "effusion. Calcification of the thoracic aorta. A 3 mm juxtafissural nodule in the right lower lobe, most "
      "likely an intrapulmonary lymph node."),
     {AWC, NOD}),
]

OPEN: dict[tuple[str, str], str] = {
    ("egs-21", ATL): "'Rounded atelectasis is a known complication ... and is seen here': the general remark comes first after the mention and wins over 'is seen here'",
    ("egs-34", FIB): "'Traction bronchiectasis, when present, indicates fibrosis': what a finding would indicate, read as fibrosis",
    ("egs-53", FIB): "'bronchiectasis, likely sequelae of prior infections': the word sequelae names what the bronchiectasis is, read as a fibrotic sequela",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
