"""Probe: English chest CT reports in which the radiologist weighs two findings against each other
and states a preference, or leaves the pair undecided: "more likely atelectasis than consolidation",
"atelectasis is favoured over consolidation", "probably atelectasis rather than pneumonia",
"favour scarring over a nodule", "atelectasis versus consolidation", "atelectasis vs consolidation",
"atelectasis/consolidation", "either atelectasis or consolidation", "atelectasis and/or consolidation",
"cannot distinguish atelectasis from consolidation", "consolidation, less likely atelectasis",
"possible nodule, although a vessel seen end-on is more likely", "ground glass rather than mosaic
attenuation", "more in keeping with scarring than a nodule", "X instead of Y", plus negated pairs,
pairs only in the clinical question or the history, and look-alike uses of "over"/"vs"/"rather than".
The reports were written for this file without looking at the engine's lexicon or cue lists.
Labelling of a weighed pair: the preferred finding = 1; one explicitly set aside for the other
("rather than", "over", "instead of", "more likely X than Y") = 0; both members of an undecided pair
("versus", "vs", "or", "and/or", "X/Y", "cannot distinguish") = 1; a finding still named as a possible
alternative ("less likely X", "possible X, although Y is more likely") = 1.
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
    ("epr-01", "en",
     ("Technique: non-contrast CT chest. Mild centrilobular emphysema in the upper lobes. "
      "In the posterior right lower lobe there is subsegmental change that is more likely atelectasis "
      "than consolidation. No pleural effusion. Heart size is normal. No mediastinal lymphadenopathy."),
     {EMP, ATL}),
    ("epr-02", "en",
     ("Left lower lobe volume loss adjacent to a small left pleural effusion; atelectasis is favoured "
      "over consolidation. Coronary artery calcification in the LAD. Atherosclerotic calcification of "
      "the thoracic aorta."),
     {ATL, PE, CAC, AWC}),
    ("epr-03", "en",
     ("History: fever and cough. Right middle lobe partial collapse, probably atelectasis rather than "
      "pneumonia, given the volume loss and absence of air bronchograms. No pleural fluid. "
      "Mediastinal lymph nodes are not enlarged. Small sliding hiatus hernia."),
     {ATL, HH}),
    ("epr-04", "en",
     ("A 5 mm linear focus at the left apex; I favour scarring over a nodule. No other pulmonary "
      "nodules. Scattered calcified plaque in the thoracic aorta. No emphysema."),
     {FIB, AWC}),
    ("epr-05", "en",
     ("Lingula: atelectasis versus consolidation; please correlate clinically. Small bilateral "
      "pleural effusions. Cardiomegaly. Median sternotomy wires."),
     {ATL, CON, PE, CM, MM}),
    ("epr-06", "en",
     ("Bibasal atelectasis vs consolidation. Mild interlobular septal thickening at the lung bases. "
      "No pericardial effusion. No lymphadenopathy."),
     {ATL, CON, IST}),
    ("epr-07", "en",
     ("Left lower lobe atelectasis/consolidation with air bronchograms. Small left pleural effusion. "
      "Nasogastric tube with tip in the stomach. Endotracheal tube tip 4 cm above the carina."),
     {ATL, CON, PE, MM}),
    ("epr-08", "en",
     ("Posterior segment of the right lower lobe shows either atelectasis or consolidation; infection "
      "cannot be excluded. No pneumothorax. Mild cardiomegaly. No pericardial effusion."),
     {ATL, CON, CM}),
    ("epr-09", "en",
     ("Dense retrocardiac left lower lobe atelectasis and/or consolidation. Moderate left pleural "
      "effusion. The right lung is clear. Right internal jugular central venous catheter with its tip "
      "in the SVC."),
     {ATL, CON, PE, MM}),
    ("epr-10", "en",
     ("Non-contrast study. It is not possible to distinguish atelectasis from consolidation in the "
      "right lower lobe without intravenous contrast. Moderate right pleural effusion. Coronary artery "
      "calcification."),
     {ATL, CON, PE, CAC}),
    ("epr-11", "en",
     ("Consolidation in the right lower lobe, less likely atelectasis, with air bronchograms. "
      "Surrounding ground-glass opacity. Reactive right hilar lymph node measuring 11 mm in short axis."),
     {CON, ATL, OPA, LN}),
    ("epr-12", "en",
     ("Possible 4 mm nodule in the right upper lobe, although a vessel seen end-on is more likely. "
      "No other nodules. Paraseptal emphysema along the upper lobes."),
     {NOD, EMP}),
    ("epr-13", "en",
     ("Patchy increased attenuation in both lower lobes represents ground glass rather than mosaic "
      "attenuation; the vessels within it are of normal calibre. No interlobular septal thickening. "
      "No bronchiectasis."),
     {OPA}),
    ("epr-14", "en",
     ("Right middle lobe 6 mm subpleural linear focus, which is more in keeping with scarring than a "
      "nodule. Elsewhere the lungs are clear. Small hiatal hernia."),
     {FIB, HH}),
    ("epr-15", "en",
     ("Clinical question: atelectasis versus pneumonia? The lungs are clear, with no atelectasis or "
      "consolidation. No pleural or pericardial effusion. Heart size normal. No lymphadenopathy."),
     set()),
    ("epr-16", "en",
     ("Comparison is made with the CT of 12 March. The left lower lobe atelectasis versus consolidation "
      "described previously has resolved. No new opacity. Stable 3 mm right upper lobe nodule."),
     {NOD}),
    ("epr-17", "en",
     ("Mosaic attenuation with air trapping on the expiratory images, rather than ground-glass "
      "opacity; the appearances suggest small airways disease. Mild bronchial wall thickening. "
      "No bronchiectasis."),
     {MOS, PBT}),
    ("epr-18", "en",
     ("Bilateral lower lobe subpleural reticulation with ground-glass opacity; no honeycombing. "
      "A fibrotic NSIP pattern is favoured over UIP. No mediastinal lymphadenopathy."),
     {FIB, OPA}),
    ("epr-19", "en",
     ("Linear change at the left lung base most likely represents scarring rather than atelectasis, "
      "unchanged since 2019. No pleural effusion. Aortic wall calcification."),
     {FIB, AWC}),
    ("epr-20", "en",
     ("Right upper lobe: atelectasis rather than scarring, given its development since last year's "
      "study. Stable mild emphysema. Cardiomegaly."),
     {ATL, EMP, CM}),
    ("epr-21", "en",
     ("Right upper lobe spiculated mass measuring 4.8 x 4.1 cm (a mass rather than a nodule, being "
      "over 3 cm). Right paratracheal lymphadenopathy, 18 mm short axis. Postobstructive atelectasis "
      "distal to the mass. No pleural effusion."),
     {LN, ATL}),
    ("epr-22", "en",
     ("Left lower lobe consolidation instead of the atelectasis reported on the prior radiograph; air "
      "bronchograms are present and there is no volume loss. Small parapneumonic effusion."),
     {CON, PE}),
    ("epr-23", "en",
     ("Lingular change, favour consolidation; atelectasis is considered less likely. No cavitation. "
      "Mediastinal lymph nodes up to 8 mm in short axis."),
     {CON, ATL, LN}),
    ("epr-24", "en",
     ("The left base shows atelectasis rather than the consolidation suspected clinically. Elevated "
      "left hemidiaphragm. No pleural effusion. Tracheostomy tube in situ."),
     {ATL, MM}),
    ("epr-25", "en",
     ("The previously reported right lower lobe consolidation now looks more like atelectasis, with "
      "volume loss and no air bronchograms. Resolving right pleural effusion, now trace."),
     {ATL, PE}),
    ("epr-26", "en",
     ("No atelectasis and/or consolidation. No pulmonary nodules. Heart and pericardium normal. "
      "No hiatal hernia. Airways normal, without bronchial wall thickening or bronchiectasis."),
     set()),
    ("epr-27", "en",
     ("Over the interval since the 2022 study, the 6 mm left lower lobe nodule has resolved. Calcified "
      "plaque over the aortic arch. No new pulmonary nodule. No coronary artery calcification."),
     {AWC}),
    ("epr-28", "en",
     ("Small pericardial effusion versus pericardial thickening, 6 mm. Heart size at the upper limit "
      "of normal. Lungs clear. No pleural effusion."),
     {PCE}),
    ("epr-29", "en",
     ("Subtle areas of low attenuation in both lungs may reflect mosaic perfusion or air trapping; "
      "expiratory images would help. Bronchial wall thickening in the lower lobes. Mild cylindrical "
      "bronchiectasis in the right lower lobe."),
     {MOS, PBT, BRX}),
    ("epr-30", "en",
     ("Lower lobe bronchi: peribronchial thickening vs early bronchiectasis; the bronchoarterial ratio "
      "is borderline. No mucus plugging. No consolidation."),
     {PBT, BRX}),
    ("epr-31", "en",
     ("Basal interlobular septal thickening versus fine reticulation; this may be early interstitial "
      "change or mild interstitial oedema. Small bilateral pleural effusions. Cardiomegaly."),
     {IST, FIB, PE, CM}),
    ("epr-32", "en",
     ("Right paratracheal soft tissue of 11 mm: a lymph node rather than a vessel, confirmed on the "
      "venous phase. No hilar lymphadenopathy. Lungs clear."),
     {LN}),
    ("epr-33", "en",
     ("A 7 mm structure in the aortopulmonary window represents the superior pericardial recess rather "
      "than a lymph node. No lymphadenopathy. Lungs clear. No pleural effusion."),
     set()),
    ("epr-34", "en",
     ("Small hiatus hernia or patulous distal oesophagus. Mild bibasal atelectasis. No consolidation."),
     {HH, ATL}),
    ("epr-35", "en",
     ("Peripheral emphysema rather than cystic lung disease: the lucencies lack discrete walls and "
      "contain centrilobular vessels. No nodules. No lymphadenopathy."),
     {EMP}),
    ("epr-36", "en",
     ("Upper lobe lucencies are thin-walled cysts rather than emphysema, in keeping with the known "
      "LAM. Small left pneumothorax. No pleural effusion."),
     set()),
    ("epr-37", "en",
     ("Right lower lobe: round atelectasis rather than a mass or nodule, with a comet-tail sign adjacent "
      "to pleural plaque. Calcified pleural plaques bilaterally."),
     {ATL}),
    ("epr-38", "en",
     ("A 9 mm solid nodule in the left upper lobe, more likely inflammatory than neoplastic; follow-up "
      "CT in 3 months is recommended. Mild upper lobe emphysema."),
     {NOD, EMP}),
    ("epr-39", "en",
     ("Tree-in-bud pattern in the right lower lobe, infectious bronchiolitis favoured over aspiration. "
      "Associated bronchial wall thickening. No consolidation."),
     {PBT}),
    ("epr-40", "en",
     ("Ground-glass opacity in both upper lobes, probably infection rather than haemorrhage. "
      "No consolidation. No pleural effusion. Right subclavian port."),
     {OPA, MM}),
    ("epr-41", "en",
     ("Indication: ?atelectasis vs consolidation on chest radiograph. The radiographic abnormality "
      "corresponds to overlapping soft tissue; the lungs are clear. No pleural effusion. "
      "No lymphadenopathy. Heart normal in size."),
     set()),
    ("epr-42", "en",
     ("Left lower lobe: atelectasis, consolidation, or both. Moderate left pleural effusion. Left-sided "
      "chest drain in situ."),
     {ATL, CON, PE, MM}),
    ("epr-43", "en",
     ("The finding in the lingula is more likely a scar than a nodule, given its linear shape and "
      "stability over 3 years. No new nodules. Moderate coronary artery calcification."),
     {FIB, CAC}),
    ("epr-44", "en",
     ("Posterior right lower lobe: consolidation is favoured over atelectasis, as there are air "
      "bronchograms and no volume loss; aspiration is a consideration. Fluid-filled oesophagus with a "
      "moderate hiatus hernia."),
     {CON, HH}),
    ("epr-45", "en",
     ("Mild bronchiectasis in the middle lobe with adjacent atelectasis rather than consolidation. "
      "No mucus plugging. Lymph nodes are not enlarged."),
     {BRX, ATL}),
    ("epr-46", "en",
     ("Differential for the diffuse ground-glass opacity: pulmonary oedema vs infection vs drug "
      "reaction. Smooth interlobular septal thickening favours oedema. Bilateral pleural effusions. "
      "Pacemaker in situ."),
     {OPA, IST, PE, MM}),
    ("epr-47", "en",
     ("Minor left basal atelectasis. A 3 mm right upper lobe nodule versus vessel, too small to "
      "characterise. Aortic calcification."),
     {ATL, NOD, AWC}),
    ("epr-48", "en",
     ("Scarring versus a nodule at the right apex; the 7 mm focus is triangular but slightly rounded. "
      "Short-interval follow-up is advised. Centrilobular emphysema."),
     {FIB, NOD, EMP}),
    ("epr-49", "en",
     ("Left upper lobe: the 8 mm tubular focus is more likely a mucus-filled bronchus than a nodule, "
      "as it branches on adjacent slices. Mild bronchiectasis in the left upper lobe."),
     {BRX}),
    ("epr-50", "en",
     ("Lungs clear; neither atelectasis nor consolidation. Mild thoracic aortic calcification. "
      "Coronary artery calcification is present."),
     {AWC, CAC}),
    ("epr-51", "en",
     ("Posterior basal segments: hypoventilatory atelectasis instead of interstitial disease, as the "
      "changes clear on the prone images. No fibrosis. No honeycombing. No pleural effusion."),
     {ATL}),
    ("epr-52", "en",
     ("Partial volume of the hemidiaphragm versus minor atelectasis at the right base. No consolidation. "
      "No pleural effusion."),
     {ATL}),
    ("epr-53", "en",
     ("Left lower lobe collapse rather than consolidation, with posterior displacement of the major "
      "fissure. Endobronchial mucus plug. Small left pleural effusion."),
     {ATL, PE}),
    ("epr-54", "en",
     ("Mosaic attenuation versus patchy ground glass; inspiratory and expiratory imaging is recommended. "
      "Enlarged main pulmonary artery. No lymphadenopathy."),
     {MOS, OPA}),
    ("epr-55", "en",
     ("Right lower lobe: consolidation is more likely than atelectasis, given the air bronchograms and "
      "preserved volume. Small right pleural effusion. No cavitation. Mediastinal lymph nodes are not "
      "enlarged."),
     {CON, PE}),
]

OPEN: dict[tuple[str, str], str] = {
    ("epr-16", CON): "an undecided pair ('atelectasis versus consolidation described previously has resolved'): the pair's 'versus' hedge is read before the later 'has resolved'",
    ("epr-23", ATL): "'atelectasis is considered less likely' after 'favour consolidation': 'is less likely' is read as a denial, the probe reads the alternative as still possible",
    ("epr-25", CON): "a finding reread as another ('the previously reported consolidation now looks more like atelectasis'): 'looks more like' is no cue",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
