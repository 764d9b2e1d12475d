"""Probe: English chest CT reports where a denial is itself softened or hedged ("probably no
effusion", "likely no significant lymphadenopathy", "no definite consolidation", "no convincing
evidence of emphysema", "I doubt there is a nodule", "there does not appear to be a pericardial
effusion", "doubtful cardiomegaly", "X is unlikely", "unlikely to represent atelectasis": all
denied, 0), and where a hedge is itself denied or bounded ("a small effusion may be present",
"possible tiny nodule", "cannot entirely exclude subtle ground glass", "not definitely excluded",
"no more than a trace of fluid", "no effusion or at most a trace", "minimal, if any", "absent or
minimal": hedged present, 1), mixed with plain present, resolved and history findings and with
negative controls (pulmonary embolism, subcutaneous emphysema, thyroid nodule, interatrial septum,
aortic valve and mitral annular calcification). The reports were written for this file without
looking at the engine's lexicon or cue lists.
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
    ("ehd-01", "en",
     ("CT chest with contrast. There is probably no pleural effusion. Mild centrilobular emphysema "
      "in the upper lobes. Likely no significant mediastinal or hilar lymphadenopathy. Coronary "
      "artery calcification is present in the LAD."),
     {EMP, CAC}),
    ("ehd-02", "en",
     ("No definite consolidation. Patchy ground-glass opacity in the right lower lobe, likely "
      "infectious or inflammatory. A small right pleural effusion may be present. Heart size is normal."),
     {OPA, PE}),
    ("ehd-03", "en",
     ("Lungs: No convincing evidence of emphysema. I doubt there is a true nodule in the left upper "
      "lobe; the previously questioned focus appears to be a vessel seen end-on. There does not appear "
      "to be a pericardial effusion. Mild calcified atherosclerotic plaque in the thoracic aorta."),
     {AWC}),
    ("ehd-04", "en",
     ("There is probably no hiatal hernia, although the distal esophagus is somewhat patulous. "
      "Doubtful cardiomegaly; heart size is at the upper limit of normal. Bibasilar dependent "
      "atelectasis. No pleural effusion."),
     {ATL}),
    ("ehd-05", "en",
     ("Possible tiny nodule in the right middle lobe measuring 3 mm (series 4, image 112). Cannot "
      "entirely exclude subtle ground glass in the posterior left lower lobe, which may be related to "
      "the expiratory phase. No consolidation. No lymphadenopathy."),
     {NOD, OPA}),
    ("ehd-06", "en",
     ("Findings: Left lower lobe bronchiectasis with mild bronchial wall thickening. Mucus plugging "
      "is not definitely excluded. Small hiatal hernia. No more than a trace of left pleural fluid."),
     {BRX, PBT, HH, PE}),
    ("ehd-07", "en",
     ("No pleural effusion or at most a trace on the right. Bilateral lower lobe subsegmental "
      "atelectasis. The heart is not enlarged. Aortic and coronary calcifications."),
     {PE, ATL, AWC, CAC}),
    ("ehd-08", "en",
     ("Linear band in the lingula, unlikely to represent atelectasis and more likely reflecting "
      "scarring. No nodules. No pleural or pericardial effusion. Thoracic aorta normal in caliber "
      "without calcification."),
     {FIB}),
    ("ehd-09", "en",
     ("Severe paraseptal and centrilobular emphysema. Spiculated 18 mm nodule in the right upper "
      "lobe, suspicious for malignancy. Enlarged right hilar lymph node measuring 14 mm in short axis. "
      "No pleural effusion."),
     {EMP, NOD, LN}),
    ("ehd-10", "en",
     ("Comparison with the prior study from March. The previously seen right pleural effusion has "
      "resolved, and there is probably no residual fluid. Interval resolution of the right lower lobe "
      "consolidation. Minimal residual atelectasis at the right base. Coronary artery calcifications "
      "are again noted."),
     {ATL, CAC}),
    ("ehd-11", "en",
     ("Cardiomegaly with a small pericardial effusion. Smooth interlobular septal thickening and "
      "bilateral pleural effusions, consistent with pulmonary edema. Ground glass opacities in both "
      "lungs. Right internal jugular central venous catheter terminates in the SVC."),
     {CM, PCE, IST, PE, OPA, MM}),
    ("ehd-12", "en",
     ("Mosaic attenuation is doubtful and may be technical. No bronchial wall thickening. No "
      "bronchiectasis. Probably no air trapping. No nodules or masses. Heart and great vessels "
      "unremarkable."),
     set()),
    ("ehd-13", "en",
     ("Acute pulmonary embolism in the right lower lobe segmental arteries. No pleural effusion. "
      "Probably no pulmonary infarct. Lungs otherwise clear. Heart size normal, and the RV/LV ratio "
      "is not definitely elevated."),
     set()),
    ("ehd-14", "en",
     ("Subcutaneous emphysema in the left chest wall after chest tube removal. No pulmonary "
      "emphysema. Small residual left pneumothorax. Left basilar atelectasis is probable."),
     {ATL}),
    ("ehd-15", "en",
     ("There is likely a small sliding hiatal hernia. Mild cardiomegaly. Trace pericardial fluid, "
      "not definitely significant. No lymphadenopathy."),
     {HH, CM, PCE}),
    ("ehd-16", "en",
     ("I don't think there is any consolidation; the right lower lobe volume loss is most consistent "
      "with atelectasis. Small right effusion. No nodules."),
     {ATL, PE}),
    ("ehd-17", "en",
     ("Stable 5 mm right upper lobe nodule. Thyroid nodule in the left lobe measuring 12 mm. No new "
      "pulmonary nodules. Probably no emphysema, although image noise limits evaluation."),
     {NOD}),
    ("ehd-18", "en",
     ("Normal heart size. It is doubtful that there is any pericardial effusion. There does not "
      "appear to be any mediastinal lymphadenopathy. Lungs are clear without definite nodules, "
      "consolidation, or effusion. Aortic valve calcification is noted."),
     set()),
    ("ehd-19", "en",
     ("Honeycombing and traction bronchiectasis at both lung bases in a subpleural distribution, "
      "consistent with UIP. Reticulation in the mid lungs. No consolidation. Mediastinal nodes up to "
      "9 mm, likely reactive."),
     {FIB, BRX, LN}),
    ("ehd-20", "en",
     ("Emphysema is absent or minimal. Mild bronchial wall thickening in both lower lobes. No "
      "bronchiectasis. No definite mosaic attenuation."),
     {EMP, PBT}),
    ("ehd-21", "en",
     ("Pacemaker with leads in the right atrium and right ventricle. Sternotomy wires. Cardiomegaly "
      "is doubtful. Minimal, if any, dependent atelectasis."),
     {MM, ATL}),
    ("ehd-22", "en",
     ("Patchy consolidation in the left lower lobe with air bronchograms, consistent with pneumonia. "
      "Surrounding ground-glass opacity. A small parapneumonic effusion cannot be excluded. "
      "Reactive-appearing left hilar nodes measuring up to 11 mm."),
     {CON, OPA, PE, LN}),
    ("ehd-23", "en",
     ("There is no convincing pericardial effusion. Mitral annular calcification. Calcification of "
      "the splenic artery is incidentally noted. No hiatal hernia."),
     {AWC}),
    ("ehd-24", "en",
     ("Mosaic attenuation pattern in both lungs, suggestive of small airways disease. Bronchial wall "
      "thickening. Probably no bronchiectasis. No nodules."),
     {MOS, PBT}),
    ("ehd-25", "en",
     ("Questionable mosaic attenuation in the lower lobes. I doubt there is significant bronchial "
      "wall thickening. No effusion."),
     {MOS}),
    ("ehd-26", "en",
     ("Findings are unchanged from prior. Interlobular septal thickening is not excluded at the lung "
      "bases but may be related to motion. The heart is normal in size. There does not appear to be "
      "a pleural effusion."),
     {IST}),
    ("ehd-27", "en",
     ("A hiatal hernia seems unlikely. Likely no pericardial effusion. Aortic calcifications are "
      "present. Coronary calcium is absent."),
     {AWC}),
    ("ehd-28", "en",
     ("Probable small right upper lobe nodule measuring 4 mm, versus a vessel. Probable atelectasis "
      "in the right middle lobe. No consolidation. No effusion."),
     {NOD, ATL}),
    ("ehd-29", "en",
     ("Status post right upper lobectomy with a surgical staple line at the bronchial stump. No "
      "evidence of recurrence. The previously described left lower lobe nodule is no longer seen. "
      "Mild postoperative pleural thickening on the right without effusion."),
     {MM}),
    ("ehd-30", "en",
     ("Small bilateral pleural effusions, decreased from prior. Probably no pericardial effusion. "
      "Mild cardiomegaly persists. Interlobular septal thickening has resolved."),
     {PE, CM}),
    ("ehd-31", "en",
     ("There appears to be a small pericardial effusion. There does not appear to be cardiomegaly. "
      "Mild ground glass in the upper lobes, which may reflect hypersensitivity pneumonitis; mosaic "
      "attenuation is not definitely excluded."),
     {PCE, OPA, MOS}),
    ("ehd-32", "en",
     ("Tree-in-bud opacities in the right lower lobe, likely infectious bronchiolitis. Mild bronchial "
      "wall thickening. No definite consolidation. Cannot entirely exclude early bronchiectasis."),
     {PBT, BRX}),
    ("ehd-33", "en",
     ("Subcentimeter mediastinal nodes up to 7 mm, not meeting size criteria for lymphadenopathy. "
      "Likely no emphysema. Atherosclerotic calcification of the aortic arch."),
     {LN, AWC}),
    ("ehd-34", "en",
     ("Mediastinal lymph nodes are not enlarged. Doubtful small hiatal hernia. The lungs show no "
      "convincing nodule. Left chest port catheter with tip at the cavoatrial junction."),
     {MM}),
    ("ehd-35", "en",
     ("I cannot exclude a small focus of consolidation in the posterior right lower lobe, although "
      "this may be atelectasis. Trace right pleural effusion. Heart size normal."),
     {CON, ATL, PE}),
    ("ehd-36", "en",
     ("No significant emphysema. No definite pleural or pericardial effusion. Mild cardiomegaly. "
      "Coronary artery bypass graft clips and sternotomy wires."),
     {CM, MM}),
    ("ehd-37", "en",
     ("Basal reticulation and traction bronchiectasis, most consistent with fibrotic interstitial lung "
      "disease. The accompanying ground glass is unlikely to represent active inflammation given the "
      "associated fibrotic change. No honeycombing. Mediastinal nodes are not enlarged."),
     {FIB, OPA, BRX}),
    ("ehd-38", "en",
     ("There is probably no pleural effusion on the left, but a small effusion is present on the "
      "right. Bibasilar atelectasis. No consolidation."),
     {PE, ATL}),
    ("ehd-39", "en",
     ("No effusion. A small nodule may be present in the left lower lobe, partially obscured by "
      "motion artifact, and follow-up is suggested. No definite lymphadenopathy."),
     {NOD}),
    ("ehd-40", "en",
     ("Clinical question: rule out pneumonia. No consolidation. No ground glass opacity. Probably no "
      "bronchial wall thickening. The lungs are essentially clear."),
     set()),
    ("ehd-41", "en",
     ("History of emphysema and prior right pleural effusion. Today, I doubt there is any emphysema; "
      "the lungs appear well inflated without bullae. No pleural effusion. Coronary artery "
      "calcification."),
     {CAC}),
    ("ehd-42", "en",
     ("Large right pleural effusion with compressive atelectasis of the right lower lobe. Underlying "
      "consolidation cannot be excluded. Mediastinal shift to the left. No pericardial effusion."),
     {PE, ATL, CON}),
    ("ehd-43", "en",
     ("Moderate cardiomegaly. There is no more than a small pericardial effusion. Aortic and coronary "
      "artery calcifications are extensive. Probably no pleural effusion."),
     {CM, PCE, AWC, CAC}),
    ("ehd-44", "en",
     ("Left upper lobe mass measuring 5.2 cm, consistent with primary carcinoma. Ipsilateral hilar "
      "lymphadenopathy. Satellite nodules are not definitely excluded. No effusion."),
     {LN, NOD}),
    ("ehd-45", "en",
     ("No convincing interlobular septal thickening. Lipomatous hypertrophy of the interatrial septum. "
      "No pleural effusion. Heart size within normal limits."),
     set()),
    ("ehd-46", "en",
     ("The esophageal hiatus appears normal; I doubt a hiatal hernia. Mild fibrotic bands in the right "
      "middle lobe. Possible minimal emphysema in the apices."),
     {FIB, EMP}),
    ("ehd-47", "en",
     ("Peribronchial thickening and cylindrical bronchiectasis in the right middle lobe and lingula. "
      "A few scattered nodules, the largest 4 mm. Mosaic attenuation is unlikely."),
     {PBT, BRX, NOD}),
    ("ehd-48", "en",
     ("Endotracheal tube and nasogastric tube in satisfactory position. Bilateral dependent "
      "opacities, likely atelectasis; superimposed consolidation cannot entirely be excluded."),
     {MM, OPA, ATL, CON}),
    ("ehd-49", "en",
     ("The previously reported pericardial effusion is no longer present. No cardiomegaly. Probably "
      "no lymphadenopathy. The small right middle lobe nodule is stable."),
     {NOD}),
    ("ehd-50", "en",
     ("Subtle ground glass is doubtful and likely reflects volume averaging. No consolidation. No "
      "effusion or at most a trace on the left."),
     {PE}),
    ("ehd-51", "en",
     ("No definite evidence of bronchiectasis, though bronchial wall thickening is present. There is "
      "no convincing nodule. Moderate hiatal hernia."),
     {PBT, HH}),
    ("ehd-52", "en",
     ("Mild cardiomegaly cannot be excluded given the suboptimal inspiration. Atelectasis is "
      "unlikely; the basal ground glass likely reflects early infection."),
     {CM, OPA}),
    ("ehd-53", "en",
     ("Scattered calcified mediastinal nodes up to 8 mm, consistent with prior granulomatous disease. "
      "No definite pulmonary nodule. I doubt there is emphysema."),
     {LN}),
    ("ehd-54", "en",
     ("Normal chest CT. The heart is normal. No effusion, lymphadenopathy, consolidation, or nodule."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("ehd-41", EMP): "'History of emphysema ...' as a sentence without a heading is read as current",
    ("ehd-48", OPA): "dependent opacities 'likely atelectasis' are read as explained by atelectasis (CT-RATE train: densities consistent with atelectasis are 0)",
    ("ehd-50", PE): "'No effusion or at most a trace on the left': a bare 'effusion' without a size or side before it is not read as pleural",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
