"""Probe: routine English chest CT reports written the way US, UK and Australian radiologists
write them (not the CT-RATE template), built around the everyday CT-RATE findings in their own
wording: "atherosclerotic calcification of the aorta", "three-vessel coronary calcification",
"mild cardiomegaly", "small sliding hiatus hernia", "dependent atelectasis", "bibasilar
subsegmental atelectasis", "scarring", "linear atelectasis or scarring", "mild centrilobular
emphysema", "trace pleural effusion", "subcentimeter mediastinal nodes", "calcified granuloma",
"mild bronchial wall thickening". Present, denied ("no ...", "nil ...", "is not seen",
"negative for"), hedged ("likely", "possibly", "cannot be excluded", "may represent"),
unchanged and resolved findings are mixed; some reports have nothing positive, and several carry
negative controls (splenic granulomas, thyroid/adrenal nodules, valve and mitral annular
calcification, pleural plaques, "negative for pulmonary embolism", "unremarkable heart size").
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
    ("erf-01", "en",
     ("CT CHEST WITHOUT CONTRAST. INDICATION: Chronic cough. FINDINGS: Heart size is normal. "
      "No pericardial effusion. Atherosclerotic calcification of the aorta. Three-vessel coronary "
      "calcification. No mediastinal, hilar, or axillary lymphadenopathy. Mild centrilobular "
      "emphysema, upper lobe predominant. Bibasilar subsegmental atelectasis. No pleural effusion. "
      "IMPRESSION: Mild emphysema. No acute cardiopulmonary process."),
     {AWC, CAC, EMP, ATL}),
    ("erf-02", "en",
     ("The heart is mildly enlarged. No pericardial effusion. Small sliding hiatus hernia. "
      "Minor dependent atelectasis at both lung bases. No pleural effusion. No pulmonary nodule "
      "or mass is seen."),
     {CM, HH, ATL}),
    # Nothing positive.
    ("erf-03", "en",
     ("The lungs are clear. No focal consolidation, pleural effusion or pneumothorax. Heart size is "
      "unremarkable. No pericardial effusion. No mediastinal or hilar lymphadenopathy. No suspicious "
      "pulmonary nodules. IMPRESSION: Normal CT of the chest."),
     set()),
    # A calcified granuloma in the lung is a small calcified pulmonary nodule; CT-RATE labels
    # calcified nodules as Lung nodule, so a radiologist labelling for CT-RATE marks NOD=1 even
    # though it is benign and needs no follow-up.
    ("erf-04", "en",
     ("A 4 mm calcified granuloma in the right lower lobe is benign and requires no follow-up. "
      "Otherwise the lungs are clear. No lymphadenopathy. Heart size normal. No pleural effusion."),
     {NOD}),
    # Negative control: granulomas in the spleen are not lung nodules. Cholecystectomy clips are MM.
    ("erf-05", "en",
     ("Lungs are clear without nodules or consolidation. No pleural effusion. Limited evaluation of "
      "the upper abdomen demonstrates several punctate calcified granulomas in the spleen. "
      "Cholecystectomy clips."),
     {MM}),
    # "Linear atelectasis or scarring": either alternative is hedged-present, so both ATL and FIB.
    ("erf-06", "en",
     ("Linear atelectasis or scarring in the lingula and right middle lobe. No consolidation. "
      "Trace left pleural effusion. Heart normal in size. No pericardial effusion."),
     {ATL, FIB, PE}),
    # Subcentimeter nodes described (not said to be "not enlarged") -> LN=1 by the convention.
    ("erf-07", "en",
     ("Subcentimeter mediastinal and hilar lymph nodes, likely reactive. Mild bronchial wall "
      "thickening, suggestive of bronchitis or reactive airways disease. No consolidation or "
      "pleural effusion."),
     {LN, PBT}),
    # Nodes said in so many words to be not enlarged -> LN=0.
    ("erf-08", "en",
     ("Mild cardiomegaly. Trace pericardial effusion. Subcentimeter mediastinal lymph nodes, not "
      "enlarged by CT size criteria. The lungs are clear."),
     {CM, PCE}),
    # Negative control: "negative for pulmonary embolism" is not pleural effusion.
    ("erf-09", "en",
     ("CT PULMONARY ANGIOGRAM. Negative for pulmonary embolism to the subsegmental level. Heart size "
      "is within normal limits; RV/LV ratio less than 1. No pleural or pericardial effusion. "
      "Dependent atelectasis in both lower lobes."),
     {ATL}),
    ("erf-10", "en",
     ("Possible small hiatal hernia. Ground-glass opacity in the right upper lobe may represent "
      "infection or inflammation. Mild bronchial wall thickening cannot be excluded given respiratory "
      "motion. No pleural effusion."),
     {HH, OPA, PBT}),
    ("erf-11", "en",
     ("COMPARISON: CT chest 03/2022. Stable 5 mm right upper lobe nodule, unchanged for 2 years. "
      "Stable mild centrilobular and paraseptal emphysema. Unchanged scarring at the left lung apex. "
      "The previously seen right lower lobe consolidation has resolved."),
     {NOD, EMP, FIB}),
    # Australian "nil" style. "Aortic atherosclerosis" on CT is calcified plaque -> AWC=1.
    ("erf-12", "en",
     ("Nil pleural effusion. Nil pericardial effusion. Nil consolidation. Heart size normal. "
      "No hilar or mediastinal adenopathy. Mild aortic atherosclerosis. CONCLUSION: No acute "
      "intrathoracic pathology."),
     {AWC}),
    # Negative controls: valve and mitral annular calcification are not arterial wall or coronary.
    ("erf-13", "en",
     ("Aortic valve calcification and mitral annular calcification. No coronary artery calcification. "
      "Heart size normal. The thoracic aorta is normal in calibre without calcification. Lungs clear."),
     set()),
    # Calcium score 0 -> CAC=0. A perifissural nodule "likely an intrapulmonary lymph node" is still a
    # hedged lung nodule (NOD=1), not lymphadenopathy.
    ("erf-14", "en",
     ("CORONARY ARTERY CALCIUM SCORE: 0. Lungs: 3 mm perifissural nodule along the right minor "
      "fissure, likely an intrapulmonary lymph node; no follow-up required. No pleural effusion."),
     {NOD}),
    ("erf-15", "en",
     ("Median sternotomy wires and mediastinal surgical clips from prior CABG. Coronary artery "
      "calcification of the native vessels. Mild cardiomegaly. Small bilateral pleural effusions with "
      "adjacent compressive atelectasis."),
     {MM, CAC, CM, PE, ATL}),
    ("erf-16", "en",
     ("Right chest wall port with catheter tip at the cavoatrial junction. Multiple bilateral pulmonary "
      "nodules, the largest measuring 8 mm in the left lower lobe, concerning for metastases. "
      "Borderline enlarged right paratracheal node measuring 1.1 cm short axis."),
     {MM, NOD, LN}),
    # Negative control: thyroid nodule is not a lung nodule.
    ("erf-17", "en",
     ("Incidental 1.5 cm left thyroid nodule; recommend nonemergent thyroid ultrasound. No pulmonary "
      "nodules. Lungs are clear. Mild atherosclerotic calcification of the aortic arch."),
     {AWC}),
    # Negative control: calcified pleural plaques are pleural, not pulmonary fibrosis and not arterial.
    ("erf-18", "en",
     ("Calcified pleural plaques bilaterally, consistent with prior asbestos exposure. No pleural "
      "effusion. No interstitial lung disease or fibrosis. Heart size unremarkable."),
     set()),
    # Biapical pleural thickening alone is pleural, not a parenchymal fibrotic sequela -> FIB=0.
    ("erf-19", "en",
     ("Mild biapical pleural thickening, likely benign. No suspicious pulmonary nodule. Small sliding "
      "hiatus hernia. No lymphadenopathy."),
     {HH}),
    ("erf-20", "en",
     ("Subpleural reticulation with traction bronchiectasis at the lung bases, no honeycombing; "
      "findings are suggestive of a probable UIP pattern. Mild mosaic attenuation. Mediastinal lymph "
      "nodes up to 12 mm, likely reactive."),
     {FIB, BRX, MOS, LN}),
    ("erf-21", "en",
     ("Moderate cardiomegaly. Small pericardial effusion. Smooth interlobular septal thickening and "
      "bilateral pleural effusions, right greater than left. Patchy ground-glass opacities. Findings "
      "are consistent with pulmonary edema."),
     {CM, PCE, IST, PE, OPA}),
    ("erf-22", "en",
     ("Consolidation in the right lower lobe with air bronchograms, likely pneumonia. Small adjacent "
      "parapneumonic effusion. Reactive mediastinal lymph nodes measuring up to 9 mm short axis."),
     {CON, PE, LN}),
    ("erf-23", "en",
     ("Interval resolution of the left pleural effusion and left lower lobe atelectasis. No new "
      "consolidation. Heart size normal. Persistent mild bronchial wall thickening."),
     {PBT}),
    # Tree-in-bud alone is not Lung opacity.
    ("erf-24", "en",
     ("Mild cylindrical bronchiectasis in both lower lobes with bronchial wall thickening and mucus "
      "plugging. Scattered tree-in-bud pattern in the right middle lobe, likely infectious or "
      "inflammatory. No pleural effusion."),
     {BRX, PBT}),
    ("erf-25", "en",
     ("Possible minimal centrilobular emphysema in the upper lobes. No suspicious pulmonary nodule or "
      "mass. Heart size is unremarkable. No pleural effusion."),
     {EMP}),
    ("erf-26", "en",
     ("No emphysema. No bronchiectasis. The lungs are clear apart from mild dependent atelectasis. "
      "Prominent but not enlarged hilar lymph nodes. Three-vessel coronary artery calcification. "
      "The aorta is normal in caliber."),
     {ATL, CAC}),
    # A 4.5 cm mass alone is not a Lung nodule.
    ("erf-27", "en",
     ("4.5 cm spiculated mass in the left upper lobe, highly suspicious for primary bronchogenic "
      "carcinoma. Enlarged ipsilateral hilar lymph node measuring 1.6 cm. Postobstructive atelectasis "
      "distal to the mass. Small left pleural effusion."),
     {LN, ATL, PE}),
    # Nothing positive.
    ("erf-28", "en",
     ("Coronary calcification is not seen. Aortic atherosclerosis is not seen. The heart is not "
      "enlarged. No hiatus hernia. There is no consolidation, ground-glass opacity or nodule."),
     set()),
    ("erf-29", "en",
     ("Mild cardiomegaly. Atheromatous calcification of the thoracic aorta and coronary arteries. "
      "Small sliding hiatus hernia. Bibasal dependent changes, likely atelectasis. No significant "
      "mediastinal or hilar lymphadenopathy."),
     {CM, AWC, CAC, HH, ATL}),
    # Ground-glass change is seen (OPA=1) and hedged as atelectasis (ATL=1).
    ("erf-30", "en",
     ("Subtle ground-glass change at both lung bases is likely dependent atelectasis, although early "
      "infection cannot be excluded. No pleural effusion. Heart size normal."),
     {OPA, ATL}),
    # Negative control: patulous oesophagus is not a hiatus hernia.
    ("erf-31", "en",
     ("Enteric tube with tip in the stomach. Patulous distal esophagus; no hiatal hernia. Mild "
      "bronchial wall thickening. No consolidation."),
     {MM, PBT}),
    ("erf-32", "en",
     ("Endotracheal tube tip 4 cm above the carina. Right internal jugular central venous catheter "
      "with tip in the SVC. Bilateral dense lower lobe consolidation/atelectasis. Moderate bilateral "
      "pleural effusions."),
     {MM, CON, ATL, PE}),
    # Nothing positive (UK style).
    ("erf-33", "en",
     ("The lungs are clear. No pulmonary nodules. The heart is normal in size with no pericardial "
      "effusion. No significant mediastinal, hilar or axillary lymphadenopathy. No pleural effusion. "
      "The upper abdomen is unremarkable. CONCLUSION: No evidence of intrathoracic malignancy."),
     set()),
    ("erf-34", "en",
     ("Trace right pleural effusion versus pleural thickening. Mild left basilar scarring. No "
      "consolidation. No lymphadenopathy."),
     {PE, FIB}),
    # Calcified nodes explicitly not enlarged -> LN=0; calcified granulomas in the lungs -> NOD=1.
    ("erf-35", "en",
     ("Calcified mediastinal and hilar lymph nodes, not enlarged, consistent with prior granulomatous "
      "disease. Multiple calcified granulomas in both lungs. No pleural effusion."),
     {NOD}),
    ("erf-36", "en",
     ("Mosaic attenuation with air trapping on expiratory images, consistent with small airways "
      "disease. Mild bronchial wall thickening. No bronchiectasis. No consolidation."),
     {MOS, PBT}),
    ("erf-37", "en",
     ("Unchanged mild cardiomegaly. Unchanged small hiatal hernia. Stable bibasilar linear atelectasis. "
      "No new pulmonary nodule."),
     {CM, HH, ATL}),
    # Hernia only in the history (repaired, no recurrence) -> HH=0; residual scarring -> FIB=1.
    ("erf-38", "en",
     ("History of hiatal hernia repair; the fundoplication wrap is intact without recurrent hernia. "
      "History of right lower lobe pneumonia, now resolved with minimal residual scarring."),
     {FIB}),
    # Negative controls: aortic ectasia and an enlarged pulmonary artery are neither AWC nor CM.
    ("erf-39", "en",
     ("Mild ectasia of the ascending aorta measuring 4.0 cm. No aortic calcification. Dilated main "
      "pulmonary artery measuring 3.4 cm, which can be seen with pulmonary hypertension. Heart size "
      "normal. Lungs clear."),
     set()),
    ("erf-40", "en",
     ("Left chest dual-chamber pacemaker with leads in the right atrium and right ventricle. "
      "Cardiomegaly. Dense coronary calcification. Calcified atherosclerotic plaque at the origins of "
      "the great vessels."),
     {MM, CM, CAC, AWC}),
    # Heart size "upper limits of normal" -> CM=0.
    ("erf-41", "en",
     ("Heart size is at the upper limit of normal. No pericardial effusion. Small calcified granuloma "
      "in the left upper lobe. Mild emphysema."),
     {NOD, EMP}),
    ("erf-42", "en",
     ("8 mm part-solid nodule in the right upper lobe; follow-up CT in 3 months is recommended per "
      "Fleischner Society guidelines. Background mild centrilobular emphysema. Subcentimeter "
      "mediastinal nodes."),
     {NOD, EMP, LN}),
    ("erf-43", "en",
     ("Negative for mediastinal lymphadenopathy. Negative for pleural or pericardial effusion. "
      "No consolidation. The heart is unremarkable. Minimal dependent atelectasis."),
     {ATL}),
    # Pericardial thickening counts as PCE.
    ("erf-44", "en",
     ("Postoperative changes of CABG with sternotomy wires. Mild pericardial thickening without "
      "effusion. Lungs clear. No pleural effusion."),
     {MM, PCE}),
    ("erf-45", "en",
     ("Diffuse bronchial wall thickening. Patchy consolidation in the left lower lobe may represent "
      "aspiration. Small hiatal hernia."),
     {PBT, CON, HH}),
    ("erf-46", "en",
     ("Multifocal peripheral ground-glass opacities bilaterally, typical appearance for COVID-19 "
      "pneumonia. Some superimposed interlobular septal thickening (crazy paving). No pleural "
      "effusion. Heart size normal."),
     {OPA, IST}),
    ("erf-47", "en",
     ("Severe centrilobular and paraseptal emphysema with a large right apical bulla. Bronchial wall "
      "thickening. Scarring at the right apex."),
     {EMP, PBT, FIB}),
    # Negative control: adrenal nodule is not a lung nodule.
    ("erf-48", "en",
     ("No significant abnormality detected in the chest. Incidental note is made of a left adrenal "
      "nodule measuring 1.2 cm, likely an adenoma."),
     set()),
    # Breast implants are prostheses -> MM.
    ("erf-49", "en",
     ("Bilateral breast implants. Lungs are clear. Minimal scarring in the lingula. Heart size "
      "unremarkable."),
     {MM, FIB}),
    # Effusions only in the clinical question and then denied.
    ("erf-50", "en",
     ("CLINICAL QUESTION: Pleural effusion? Pericardial effusion? FINDINGS: No pleural or pericardial "
      "effusion is seen. Heart size unremarkable. Minor linear scarring in the right middle lobe."),
     {FIB}),
    # Decreased but still present.
    ("erf-51", "en",
     ("The small left pleural effusion has decreased compared with the prior study and is now trace. "
      "Left lower lobe atelectasis has improved but persists."),
     {PE, ATL}),
    ("erf-52", "en",
     ("The heart appears mildly enlarged, possibly accentuated by low lung volumes. Bibasilar "
      "subsegmental atelectasis. Coronary artery calcifications are present in the LAD and "
      "circumflex."),
     {CM, ATL, CAC}),
    ("erf-53", "en",
     ("Thoracic aortic stent graft in the descending aorta without evidence of endoleak. Extensive "
      "atherosclerotic calcification of the aorta. No pleural effusion."),
     {MM, AWC}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
