"""Probe: English chest CT reports that quote or paraphrase other texts: the prior report, the
requisition, an outside reading, a resident's preliminary read, the clinician's or ED note, the
patient's own words, or a guideline (Fleischner, Lung-RADS), with double or single quotation marks
or indirect speech ("was described as", "reportedly", "according to the referral"). Only what THIS
examination shows as the signing radiologist reads it is labelled: a quoted finding confirmed now
is 1; one only quoted, refuted, resolved, or not said to be current is 0. Includes negative
controls (PE meaning pulmonary embolism, a thyroid nodule, quoted normal impressions) and reports
with no positive finding. The reports were written for this file without looking at the engine's
lexicon or cue lists.
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
    ("eqr-01", "en",
     ("The prior report describes \"a 6 mm RUL nodule\", which is not seen today. The lungs are clear. "
      "No pleural effusion. Mild coronary artery calcification."),
     {CAC}),
    ("eqr-02", "en",
     ("Requisition states \"effusion?\". There is a small right pleural effusion with adjacent compressive "
      "atelectasis of the right lower lobe. No consolidation. Heart size is normal."),
     {PE, ATL}),
    ("eqr-03", "en",
     ("Clinical information per requisition: \"fever, cough, ?pneumonia, r/o effusion\". No pleural effusion. "
      "No consolidation or ground-glass opacity. Mild centrilobular emphysema in the upper lobes."),
     {EMP}),
    ("eqr-04", "en",
     ("An outside CT from March 2021 was read as \"extensive bilateral ground-glass opacities consistent with "
      "COVID-19 pneumonia\". These have resolved. Residual subpleural fibrotic bands are present in both "
      "lower lobes. No pleural effusion."),
     {FIB}),
    ("eqr-05", "en",
     ("The resident's preliminary read mentioned \"possible RLL consolidation\". On my review this represents "
      "dependent subsegmental atelectasis; there is no consolidation. No effusion or lymphadenopathy."),
     {ATL}),
    ("eqr-06", "en",
     ("The clinician's note reports \"known emphysema\". Moderate centrilobular and paraseptal emphysema is "
      "indeed present, upper lobe predominant. A 4 mm solid nodule in the left upper lobe is unchanged."),
     {EMP, NOD}),
    ("eqr-07", "en",
     ("History: \"s/p CABG 2015, pacemaker for heart block\". Median sternotomy wires are present. A "
      "dual-chamber pacemaker is in place with leads in the right atrium and right ventricle. Dense native "
      "coronary artery calcification. No pericardial effusion."),
     {MM, CAC}),
    ("eqr-08", "en",
     ("According to the referral, the patient \"had a pericardial effusion drained in 2019\". No pericardial "
      "effusion is seen today. The heart is normal in size. Small sliding hiatal hernia."),
     {HH}),
    ("eqr-09", "en",
     ("A 4 mm solid nodule is present in the middle lobe. Per the Fleischner Society 2017 guidelines, "
      "\"no routine follow-up\" is required for a solitary solid nodule under 6 mm in a low-risk patient. "
      "No other findings."),
     {NOD}),
    ("eqr-10", "en",
     ("No pulmonary nodules are identified, so the Fleischner recommendation for \"multiple solid nodules "
      "6-8 mm\" quoted in the request does not apply. The lungs are clear. The aorta is of normal caliber "
      "without calcification. No effusion."),
     set()),
    ("eqr-11", "en",
     ("Bronchiectasis was described in the 2019 report. Today the bronchi are of normal caliber, with mild "
      "bronchial wall thickening in the lower lobes. No consolidation."),
     {PBT}),
    ("eqr-12", "en",
     ("The outside CT reportedly showed \"bulky mediastinal adenopathy\". The previously enlarged nodes have "
      "regressed and are no longer enlarged. No new lymphadenopathy. A right chest port is in place with the "
      "catheter tip in the SVC."),
     {MM}),
    ("eqr-13", "en",
     ("According to the referral: \"interstitial lung disease, UIP pattern on prior CT\". Basal and "
      "subpleural predominant reticulation with honeycombing and traction bronchiectasis is confirmed. "
      "No ground-glass opacity. No effusion."),
     {FIB, BRX}),
    ("eqr-14", "en",
     ("The requisition asks 'mass in LUL? cancer?'. There is a 2.2 cm spiculated nodule in the left upper "
      "lobe. An ipsilateral hilar lymph node measures 14 mm in short axis. No pleural effusion."),
     {NOD, LN}),
    ("eqr-15", "en",
     ("The prior report mentioned 'trace bilateral effusions' and 'mild interlobular septal thickening'; both "
      "have resolved. Cardiomegaly persists. No pericardial effusion."),
     {CM}),
    ("eqr-16", "en",
     ("The resident's preliminary report stated \"no acute findings\". On attending review there is a 9 mm "
      "ground-glass opacity in the posterior segment of the right upper lobe, possibly a subsolid nodule. "
      "Follow-up CT is suggested."),
     {OPA, NOD}),
    ("eqr-17", "en",
     ("The patient says \"I had TB as a child\". There is apical pleuroparenchymal scarring on the right and a "
      "5 mm calcified nodule (granuloma) in the right upper lobe. No cavitation. No effusion."),
     {FIB, NOD}),
    ("eqr-18", "en",
     ("Clinician's note: \"COPD exacerbation, ?pneumothorax\". No pneumothorax. Diffuse mild bronchial wall "
      "thickening. Mosaic attenuation with air trapping on expiratory images."),
     {PBT, MOS}),
    ("eqr-19", "en",
     ("The impression of the prior report reads: \"Stable appearances. No nodules, no effusion, no "
      "lymphadenopathy.\" Today's study is likewise unremarkable."),
     set()),
    ("eqr-20", "en",
     ("The pericardial effusion was described as \"small\" on the prior study and is unchanged today. "
      "Atherosclerotic calcification of the thoracic aorta. Lungs clear."),
     {PCE, AWC}),
    ("eqr-21", "en",
     ("An outside reading suggested \"right lower lobe consolidation vs. mass\". I agree there is "
      "consolidation in the right lower lobe with air bronchograms; no discrete mass is seen. No effusion."),
     {CON}),
    ("eqr-22", "en",
     ("The outside interpretation described \"honeycombing\" at the lung bases. I do not see honeycombing; "
      "the subpleural lucencies represent paraseptal emphysema. No reticulation or traction bronchiectasis."),
     {EMP}),
    ("eqr-23", "en",
     ("Referral: 'Known hiatus hernia, staging of distal esophageal carcinoma.' A large hiatal hernia is "
      "present. There is circumferential wall thickening of the distal esophagus. A paraesophageal lymph "
      "node measures 11 mm."),
     {HH, LN}),
    ("eqr-24", "en",
     ("History as given: \"Previous left lower lobe collapse, bronchoscopy 2022.\" The left lower lobe is "
      "fully aerated; no atelectasis. No effusion. Mild cardiomegaly."),
     {CM}),
    ("eqr-25", "en",
     ("The patient was reportedly told she has 'spots on the lung'. There are multiple small solid nodules "
      "in both lungs, the largest 5 mm in the left lower lobe. No lymphadenopathy."),
     {NOD}),
    ("eqr-26", "en",
     ("Comparison CT report: \"mild bronchiectasis in the middle lobe\". This is again seen, now with mucus "
      "plugging and tree-in-bud nodularity. No consolidation."),
     {BRX}),
    ("eqr-27", "en",
     ("The clinical note says \"?PE\". CT pulmonary angiogram: no pulmonary embolism. No pleural effusion. "
      "The lungs are clear apart from a small linear scar in the lingula."),
     {FIB}),
    ("eqr-28", "en",
     ("Preliminary read: \"cardiomegaly\". The apparent cardiac enlargement is due to prominent epicardial fat; "
      "the heart is normal in size. No pericardial effusion. Calcification of the LAD."),
     {CAC}),
    ("eqr-29", "en",
     ("The prior CT described \"ground-glass opacities in the lower lobes, likely infective\" and a \"small "
      "left effusion\". The ground-glass opacities persist, slightly improved. The effusion has resolved."),
     {OPA}),
    ("eqr-30", "en",
     ("The requisition mentions \"lymphoma, restaging\". No thoracic lymphadenopathy. Right chest port in "
      "situ. Lungs clear. No effusion."),
     {MM}),
    ("eqr-31", "en",
     ("Lung cancer screening, Lung-RADS 2. A 4 mm solid nodule in the right lower lobe. Moderate centrilobular "
      "emphysema. ACR guidance states that coronary calcification \"should be reported\" on screening CT; "
      "moderate three-vessel coronary calcification is present."),
     {NOD, EMP, CAC}),
    ("eqr-32", "en",
     ("Patient history: \"Former smoker, emphysema on spirometry, father had lung nodules.\" No emphysema is "
      "seen on CT. No pulmonary nodules. No effusion."),
     set()),
    ("eqr-33", "en",
     ("The clinician queries \"interstitial edema\". There is smooth interlobular septal thickening at the "
      "bases, which may represent mild interstitial edema, with small bilateral pleural effusions."),
     {IST, PE}),
    ("eqr-34", "en",
     ("Outside report: \"Left upper lobe mass, 4.5 cm.\" Today the left upper lobe mass measures 4.8 cm. No "
      "separate nodules. An enlarged AP window lymph node measures 15 mm. Post-obstructive atelectasis of "
      "the lingula."),
     {LN, ATL}),
    ("eqr-35", "en",
     ("The prior report described the heart as \"mildly enlarged\"; it is again mildly enlarged and stable. "
      "Bilateral breast implants. No effusion."),
     {CM, MM}),
    ("eqr-36", "en",
     ("The findings are compatible with what the ED note calls 'aspiration': dependent consolidation in both "
      "lower lobes, right greater than left. No pleural effusion."),
     {CON}),
    ("eqr-37", "en",
     ("It was reported from the outside hospital that a chest tube had been placed. No chest tube is present "
      "today. A small left pleural effusion is present. No pneumothorax."),
     {PE}),
    ("eqr-38", "en",
     ("The 2020 report said \"mosaic attenuation, suggest expiratory imaging\". With expiratory images today "
      "there is no mosaic attenuation or air trapping. Small hiatal hernia."),
     {HH}),
    ("eqr-39", "en",
     ("Resident preliminary report: \"no nodules\". Addendum by attending: an 8 mm part-solid nodule in the "
      "apicoposterior segment of the left upper lobe was overlooked on the preliminary read."),
     {NOD}),
    ("eqr-40", "en",
     ("Clinician: \"no known lung disease\". Centrilobular emphysema is present in the upper lobes. "
      "Cylindrical bronchiectasis in the left lower lobe."),
     {EMP, BRX}),
    ("eqr-41", "en",
     ("\"Reticular opacities\" described on the prior chest radiograph are not confirmed on CT; the lungs are "
      "clear. The aortic arch shows atherosclerotic calcification."),
     {AWC}),
    ("eqr-42", "en",
     ("Outside CT: \"right pleural effusion vs thickening\". On today's study this is pleural thickening "
      "without fluid. Mild atherosclerotic calcification of the coronary arteries and the aorta."),
     {CAC, AWC}),
    ("eqr-43", "en",
     ("The clinician's note states the patient is \"on amiodarone for 3 years\". Patchy peripheral "
      "ground-glass opacities with interlobular septal thickening, possibly amiodarone toxicity."),
     {OPA, IST}),
    ("eqr-44", "en",
     ("Requisition: 'Hemoptysis. ?bronchiectasis ?malignancy.' No bronchiectasis. No nodule or mass. Mild "
      "patchy consolidation in the middle lobe, likely infection or hemorrhage."),
     {CON}),
    ("eqr-45", "en",
     ("Atelectasis in the left lower lobe, as described in the prior report, persists. Endotracheal tube tip "
      "3 cm above the carina. Nasogastric tube in the stomach."),
     {ATL, MM}),
    ("eqr-46", "en",
     ("The report of 12/2023 mentions a 'nodule in the right lower lobe'; this has resolved and was likely "
      "inflammatory. No other abnormality."),
     set()),
    ("eqr-47", "en",
     ("The referring team asks to \"exclude lymphadenopathy\". Several mediastinal lymph nodes measure up to "
      "7 mm in short axis, which do not reach pathological size. Lungs clear."),
     {LN}),
    ("eqr-48", "en",
     ("The patient reportedly has \"cardiomegaly on echo\"; on CT the heart is normal in size. A small "
      "pericardial effusion is noted."),
     {PCE}),
    ("eqr-49", "en",
     ("Clinical details: \"Chest pain. Pericardial effusion? Hiatal hernia? Prior LAD stent.\" No pericardial "
      "effusion. No hiatal hernia. A stent is present in the LAD."),
     {MM}),
    ("eqr-50", "en",
     ("The prior CT was reported as \"normal\". Today there are new bilateral ground-glass opacities with a "
      "crazy-paving pattern and interlobular septal thickening, and small bilateral pleural effusions."),
     {OPA, IST, PE}),
    ("eqr-51", "en",
     ("Consolidation was described in the left lower lobe on the outside report. It has resolved; only "
      "residual ground-glass opacity and subsegmental atelectasis remain."),
     {OPA, ATL}),
    ("eqr-52", "en",
     ("Referral states \"?fibrosis, on methotrexate\". There is no fibrosis. Mild mosaic attenuation is seen, "
      "likely small airways disease."),
     {MOS}),
    ("eqr-53", "en",
     ("The patient states \"they drained fluid from my lung last month\". A moderate right pleural effusion "
      "has reaccumulated, with compressive atelectasis of the right lower lobe."),
     {PE, ATL}),
    ("eqr-54", "en",
     ("The 2022 report noted \"dilated bronchi with wall thickening in both lower lobes\". These findings are "
      "unchanged."),
     {BRX, PBT}),
    ("eqr-55", "en",
     ("Study performed according to the 'low-dose screening protocol'. The lungs are clear; no pulmonary "
      "nodules. Incidental 1.5 cm nodule in the right thyroid lobe. Simple hepatic cyst."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("eqr-11", BRX): "'Bronchiectasis was described in the 2019 report': reported speech without quotation marks; the report year after it is not read as another text",
    ("eqr-35", CM): "'described the heart as 'mildly enlarged'; it is again mildly enlarged': the confirmation names no finding word ('it ... enlarged')",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
