"""Probe: English chest CT reports (British, Australian and US styles) in which the radiologist's
opinion is given impersonally or in the passive ("is felt to represent", "is not felt to be
significant", "is thought to be", "is considered unlikely", "is deemed", "is favoured / not
favoured", "of doubtful significance", "presumed", "is believed to represent", "appearances would
be in keeping with", "would favour", "less likely", "more likely", "probably not", "equivocal",
"query", "? consolidation", "felt to be artefactual", "judged to be", "regarded as / not regarded
as", "interpreted as / not interpreted as"), mixing present, denied, hedged and resolved findings,
reports with no positive finding and negative controls (e.g. "No PE" meaning pulmonary embolism,
clinical-question findings, findings re-interpreted as artefact or as something else).
The reports were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, judged unlikely or artefactual,
resolved, or not mentioned."""
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
    ("epo-01", "en",
     ("There is a 7 mm solid nodule in the right upper lobe which is felt to represent a granuloma "
      "given its dense central calcification. Mild centrilobular emphysema. No pleural effusion. "
      "The heart is not enlarged."),
     {NOD, EMP}),
    ("epo-02", "en",
     ("Patchy airspace opacification in the left lower lobe is felt to represent consolidation, "
      "most likely infective. Small left pleural effusion. The mediastinal nodes are not enlarged."),
     {CON, PE}),
    ("epo-03", "en",
     ("A linear density at the right lung base is thought to be a focus of subsegmental atelectasis. "
      "Scattered calcification of the thoracic aorta. Coronary artery calcification is noted in the LAD. "
      "No consolidation."),
     {ATL, AWC, CAC}),
    ("epo-04", "en",
     ("Apparent ground-glass change in the posterior right upper lobe is felt to be artefactual, "
      "secondary to respiratory motion. No pulmonary nodules. No pleural or pericardial effusion."),
     set()),
    ("epo-05", "en",
     ("Subcentimetre mediastinal lymph nodes, the largest measuring 8 mm in short axis at the right "
      "paratracheal station, are not felt to be significant. Mild bibasal dependent atelectasis. "
      "No suspicious pulmonary nodule."),
     {LN, ATL}),
    ("epo-06", "en",
     ("The heart is considered to be at the upper limit of normal size and cardiomegaly is not favoured. "
      "A small pericardial effusion is present. Moderate three-vessel coronary artery calcification."),
     {PCE, CAC}),
    ("epo-07", "en",
     ("Small sliding hiatus hernia. Bibasal subpleural reticulation with traction bronchiectasis and "
      "honeycombing; appearances are in keeping with usual interstitial pneumonia. "
      "No ground-glass opacification. No effusion."),
     {HH, FIB, BRX}),
    ("epo-08", "en",
     ("Mosaic attenuation in both lungs is thought to reflect small airways disease, with air trapping "
      "on the expiratory images. Mild bronchial wall thickening. No bronchiectasis."),
     {MOS, PBT}),
    ("epo-09", "en",
     ("Clinical details: ? consolidation right middle lobe on chest radiograph. "
      "On CT there is no consolidation; the radiographic opacity is felt to represent overlapping "
      "vessels. The lungs are otherwise clear. No lymphadenopathy."),
     set()),
    ("epo-10", "en",
     ("Query small left pleural effusion versus pleural thickening at the costophrenic angle. "
      "Elsewhere the lungs are clear. Heart size is normal."),
     {PE}),
    ("epo-11", "en",
     ("Faint ground-glass opacity in the anterior left upper lobe, of doubtful significance. "
      "No consolidation. No pulmonary nodule."),
     {OPA}),
    ("epo-12", "en",
     ("A 4 mm perifissural nodule in the lingula is presumed to be an intrapulmonary lymph node. "
      "Calcification of the aortic arch. No hiatus hernia."),
     {NOD, AWC}),
    ("epo-13", "en",
     ("The previously noted right lower lobe consolidation has resolved. A residual linear band at the "
      "site is believed to represent scarring. No pleural effusion."),
     {FIB}),
    ("epo-14", "en",
     ("Cardiomegaly with smooth interlobular septal thickening and small bilateral pleural effusions; "
      "appearances would be in keeping with fluid overload. Ground-glass change in the dependent lungs."),
     {CM, IST, PE, OPA}),
    ("epo-15", "en",
     ("The mediastinal lymph nodes are not regarded as enlarged. The lungs are clear. "
      "No pleural effusion. Minor atherosclerotic calcification of the thoracic aorta."),
     {AWC}),
    ("epo-16", "en",
     ("Bronchiectasis is not regarded as present; the mildly prominent lower lobe airways are "
      "interpreted as within normal limits for age. Mild upper lobe centrilobular emphysema."),
     {EMP}),
    ("epo-17", "en",
     ("A 2.2 cm spiculated mass in the right upper lobe is regarded as highly suspicious for a primary "
      "lung carcinoma. An enlarged right hilar lymph node measures 14 mm in short axis. "
      "No post-obstructive collapse."),
     {NOD, LN}),
    ("epo-18", "en",
     ("A 4.5 cm mass in the left lower lobe is favoured to represent a primary malignancy. "
      "Small ipsilateral pleural effusion. Subcarinal lymph node measuring 11 mm."),
     {PE, LN}),
    ("epo-19", "en",
     ("Tree-in-bud change in the right lower lobe is thought to be infective, in keeping with "
      "bronchiolitis. Mild bronchial wall thickening. No consolidation."),
     {PBT}),
    ("epo-20", "en",
     ("A wedge-shaped density in the posterior right lower lobe is considered to represent atelectasis; "
      "consolidation is considered less likely. Heart size normal."),
     {ATL}),
    ("epo-21", "en",
     ("Median sternotomy wires are intact and surgical clips from coronary artery bypass grafting are "
      "noted. Pericardial thickening is deemed to be post-surgical. No pleural effusion."),
     {MM, PCE}),
    ("epo-22", "en",
     ("CT pulmonary angiogram. No PE. Fluid in the superior pericardial recess is deemed physiological "
      "and is not regarded as a pericardial effusion. The lungs are clear."),
     set()),
    ("epo-23", "en",
     ("CTPA: no PE to the subsegmental level. Mild cardiomegaly. Pleural effusions are not seen. "
      "Bibasal atelectasis."),
     {CM, ATL}),
    ("epo-24", "en",
     ("Emphysema is not felt to be present; the areas of low attenuation are interpreted as air "
      "trapping, giving a mosaic pattern."),
     {MOS}),
    ("epo-25", "en",
     ("A 3.5 cm subpleural lesion in the right lower lobe with a comet tail sign is judged to be rounded "
      "atelectasis, adjacent to calcified pleural plaques. The plaques are in keeping with previous "
      "asbestos exposure."),
     {ATL}),
    ("epo-26", "en",
     ("A hiatus hernia is not favoured; the retrocardiac appearance is interpreted as a patulous "
      "oesophagus. The lungs are clear."),
     set()),
    ("epo-27", "en",
     ("Bilateral lower lobe consolidation with air bronchograms is felt to represent pneumonia. "
      "A 9 mm short axis right lower paratracheal node is probably reactive."),
     {CON, LN}),
    ("epo-28", "en",
     ("No convincing pulmonary nodule. A 3 mm focus in the right upper lobe is felt to represent "
      "a vessel seen end-on."),
     set()),
    ("epo-29", "en",
     ("Equivocal mild ground-glass change at both lung bases, possibly dependent. "
      "No fibrosis. No honeycombing."),
     {OPA}),
    ("epo-30", "en",
     ("Bilateral apical pleuroparenchymal scarring, not regarded as significant. Paraseptal emphysema "
      "with a small bulla in the right apex."),
     {FIB, EMP}),
    ("epo-31", "en",
     ("A right internal jugular central venous catheter terminates at the cavoatrial junction. "
      "Nasogastric tube in the stomach. Bilateral pleural effusions with adjacent compressive "
      "atelectasis. Superimposed consolidation within the collapsed lung would not be excluded."),
     {MM, PE, ATL, CON}),
    ("epo-32", "en",
     ("Bronchial wall thickening is equivocal. Mosaic attenuation is probably not present; the "
      "appearance is thought to be due to the expiratory phase of the acquisition."),
     {PBT}),
    ("epo-33", "en",
     ("Probable small volume mediastinal lymphadenopathy. The heart is normal in size. "
      "Calcified coronary arteries."),
     {LN, CAC}),
    ("epo-34", "en",
     ("Cardiomegaly. The pericardial effusion previously demonstrated has resolved. A left ventricular "
      "pacing lead is in situ. No pleural effusion."),
     {CM, MM}),
    ("epo-35", "en",
     ("Interlobular septal thickening is not felt to be present. The lung parenchyma is normal. "
      "No lymphadenopathy. No pleural effusion. Normal heart size."),
     set()),
    ("epo-36", "en",
     ("A 12 mm part-solid nodule in the left upper lobe is considered suspicious. A separate patch of "
      "ground-glass opacity is present in the right upper lobe. Background emphysema."),
     {NOD, OPA, EMP}),
    ("epo-37", "en",
     ("Ill-defined opacity in the right upper lobe, regarded as inflammatory. Follow-up CT is advised "
      "to confirm resolution."),
     {OPA}),
    ("epo-38", "en",
     ("Appearances would favour chronic hypersensitivity pneumonitis, with mosaic attenuation, "
      "upper zone predominant fibrotic reticulation and traction bronchiectasis."),
     {MOS, FIB, BRX}),
    ("epo-39", "en",
     ("The heart is enlarged. Coronary artery stents are noted in the LAD. Aortic valve replacement. "
      "Calcification of the aortic arch."),
     {CM, MM, AWC}),
    ("epo-40", "en",
     ("The previously reported left lower lobe nodule is no longer seen and is presumed to have been "
      "inflammatory. No new pulmonary nodules."),
     set()),
    ("epo-41", "en",
     ("Small right pleural effusion, presumed reactive. Right lower lobe collapse. "
      "? early consolidation at the left base."),
     {PE, ATL, CON}),
    ("epo-42", "en",
     ("The distal oesophagus contains a fluid level and a small hiatus hernia is thought to be present. "
      "The lungs are clear."),
     {HH}),
    ("epo-43", "en",
     ("A 5 mm calcified nodule in the right upper lobe is in keeping with a granuloma. Calcified hilar "
      "lymph nodes are noted, in keeping with previous granulomatous disease, and are not regarded as "
      "enlarged."),
     {NOD}),
    ("epo-44", "en",
     ("Bronchiectasis in the middle lobe and lingula with mucus plugging is in keeping with previous "
      "infection. Bronchial wall thickening. No consolidation."),
     {BRX, PBT}),
    ("epo-45", "en",
     ("Honeycombing is not favoured; the subpleural cystic spaces are interpreted as paraseptal "
      "emphysema."),
     {EMP}),
    ("epo-46", "en",
     ("Mild cardiomegaly is felt to be present. A trace of pericardial fluid, not regarded as "
      "significant."),
     {CM, PCE}),
    ("epo-47", "en",
     ("Patchy consolidation in the right lower lobe, less likely infective and more likely due to "
      "aspiration. A few prominent but not enlarged axillary lymph nodes."),
     {CON}),
    ("epo-48", "en",
     ("Clinical query: lung nodule? interstitial lung disease? No pulmonary nodule is identified. "
      "No features of interstitial lung disease. Mild dependent density in the posterior lung bases."),
     {OPA}),
    ("epo-49", "en",
     ("Staging CT for known breast carcinoma. Left mastectomy with surgical clips in the left axilla. "
      "No pulmonary metastases. The lungs are clear. No effusion."),
     {MM}),
    ("epo-50", "en",
     ("Status post right lower lobectomy. Surgical staple line at the bronchial stump. The elevated right "
      "hemidiaphragm is deemed post-surgical and no atelectasis is regarded as present."),
     {MM}),
    ("epo-51", "en",
     ("Nodular interlobular septal thickening in the upper lobes with multiple small perilymphatic "
      "nodules and bilateral hilar lymph nodes measuring up to 15 mm; appearances would be in keeping "
      "with sarcoidosis."),
     {IST, NOD, LN}),
    ("epo-52", "en",
     ("Extensive bilateral ground-glass opacification with superimposed interlobular septal thickening "
      "giving a crazy paving pattern. Consolidation is not favoured."),
     {OPA, IST}),
    ("epo-53", "en",
     ("IMPRESSION: 1. No acute cardiopulmonary process. 2. 5 mm right middle lobe nodule, felt to be "
      "benign; no follow-up is recommended per Fleischner criteria. 3. Atherosclerotic calcification "
      "of the aorta."),
     {NOD, AWC}),
    ("epo-54", "en",
     ("Findings are not interpreted as emphysema; the lungs are hyperinflated but the parenchymal "
      "attenuation is normal. No bronchial wall thickening. No air trapping."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("epo-18", NOD): "'primary malignancy' said of a 4.5 cm mass in the same sentence: the primary is read as a nodule without the mass's size",
    ("epo-43", LN): "calcified nodes 'noted' and then, after a comma clause, 'not regarded as enlarged': the first predicate decides",
    ("epo-51", NOD): "'perilymphatic nodules' joined by 'and' to 'hilar lymph nodes' in one clause: the lymph-node exclusion takes the lung nodules too",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
