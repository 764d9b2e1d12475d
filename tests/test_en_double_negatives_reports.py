"""Probe: English chest CT reports that use double negatives and negated hedges, where the
polarity of each finding has to be worked out rather than read off a single negation cue
("X cannot be excluded", "it is not possible to exclude X", "I cannot say there is no X",
"not without some X", "not unlike X", "the absence of X cannot be confirmed", "no reason to doubt
the presence of X", "no evidence against X", "not inconsistent with X", "not incompatible with X",
"no more than a trace of X", "it would be premature to exclude X" -> present/hedged; "unlikely to
represent X", "it would be wrong to call this X", "I doubt there is X", "no reason to suspect X",
"it is improbable that there is X" -> denied). "Cannot confirm X" / "X cannot be confirmed" is read
as a radiologist reads it: the finding was looked for and not demonstrated (0), whereas "can
neither confirm nor exclude X" keeps it open (1). Mixed with plain present and plain denied
findings, resolved findings, scope traps ("unlikely to be malignant" keeps the nodule; "PE" for
pulmonary embolism; "pulmonary embolism cannot be excluded"; "malignancy cannot be excluded"),
negative controls (thyroid nodule, thymic remnant, epicardial fat, fluid-distended oesophagus) and
reports with no positive finding. The reports were written for this file without looking at the
engine's lexicon or cue lists.
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
    ("edn-01", "en",
     ("Chest CT without contrast. A small right pleural effusion cannot be excluded. "
      "No consolidation. The heart is normal in size. Mild coronary artery calcification."),
     {PE, CAC}),
    ("edn-02", "en",
     ("It is not possible to exclude a 4 mm nodule in the right upper lobe, which may be a vessel "
      "seen end-on. The airways are normal. No emphysema. No mediastinal or hilar lymphadenopathy."),
     {NOD}),
    ("edn-03", "en",
     ("There is volume loss in the posterior left lower lobe, mostly subsegmental atelectasis. "
      "I cannot say there is no consolidation within it. No pleural effusion."),
     {ATL, CON}),
    ("edn-04", "en",
     ("The lungs are not without some emphysema, centrilobular in type, in the upper lobes. "
      "The remaining parenchyma is clear. Aortic calcification is present. No pericardial effusion."),
     {EMP, AWC}),
    ("edn-05", "en",
     ("Faint subpleural changes at both lung bases, not unlike early fibrosis. No honeycombing. "
      "No traction bronchiectasis. No ground-glass opacity. No pleural effusion."),
     {FIB}),
    ("edn-06", "en",
     ("The absence of a small left pleural effusion cannot be confirmed because of streak artefact "
      "from the arms. The lungs are clear. No lymphadenopathy. The heart is enlarged."),
     {PE, CM}),
    ("edn-07", "en",
     ("There is no reason to doubt the presence of cylindrical bronchiectasis in the middle lobe and "
      "lingula, which is unchanged. Mild bronchial wall thickening accompanies it. No mucus plugging. "
      "No consolidation."),
     {BRX, PBT}),
    ("edn-08", "en",
     ("A 5 mm focus in the left lower lobe abutting a vessel is unlikely to represent a nodule; it is "
      "more likely a vascular branch point. No other pulmonary abnormality. No pleural or pericardial "
      "effusion."),
     set()),
    ("edn-09", "en",
     ("Left basal volume loss with crowding of the bronchi. There is no evidence against atelectasis, "
      "which is the most likely explanation. No mass. No effusion."),
     {ATL}),
    ("edn-10", "en",
     ("Right lower lobe ground-glass opacity. It would be wrong to call this consolidation, as the "
      "vessels remain visible through it. Small mediastinal lymph nodes, the largest 7 mm in short "
      "axis. No effusion."),
     {OPA, LN}),
    ("edn-11", "en",
     ("Soft tissue in the subcarinal region is not inconsistent with lymphadenopathy, although a "
      "contrast-enhanced study would clarify this. Patchy consolidation in the right lower lobe. "
      "No pleural effusion."),
     {LN, CON}),
    ("edn-12", "en",
     ("Clinical question: hiatal hernia? A hiatal hernia cannot be confirmed; the gastro-oesophageal "
      "junction lies at the level of the hiatus. The distal oesophagus is mildly distended with fluid. "
      "The lungs are clear."),
     set()),
    ("edn-13", "en",
     ("Cannot confirm the previously reported left upper lobe nodule; it may have resolved. "
      "There is a new small right pleural effusion. Heart size normal."),
     {PE}),
    ("edn-14", "en",
     ("Moderate centrilobular and paraseptal emphysema. A small nodule cannot be excluded within the "
      "emphysematous lung at the left apex. Coronary calcification is extensive. The aorta is "
      "calcified. No effusion."),
     {EMP, NOD, CAC, AWC}),
    ("edn-15", "en",
     ("Pulmonary embolism cannot be excluded on this non-contrast examination. No pleural effusion. "
      "No consolidation. The heart size is normal. No pericardial effusion."),
     set()),
    ("edn-16", "en",
     ("PE cannot be excluded without a CT pulmonary angiogram; please correlate with D-dimer. "
      "The lungs are clear. No pleural fluid. Mild atherosclerotic calcification of the aortic arch."),
     {AWC}),
    ("edn-17", "en",
     ("Malignancy cannot be excluded in the 2.2 cm spiculated nodule in the right upper lobe. "
      "Ipsilateral hilar lymph node measuring 15 mm. Background emphysema."),
     {NOD, LN, EMP}),
    ("edn-18", "en",
     ("The nodule in the left lower lobe is unlikely to be malignant given its benign calcification "
      "pattern and stability over two years. No new nodules. No lymphadenopathy."),
     {NOD}),
    ("edn-19", "en",
     ("No consolidation is seen, nor can I exclude a small amount of pericardial fluid; the "
      "pericardium is slightly thickened anteriorly. The lungs are otherwise clear."),
     {PCE}),
    ("edn-20", "en",
     ("It is not clear that the left pleural effusion has resolved; a thin rim of fluid may persist "
      "posteriorly. The previous left lower lobe consolidation has resolved. Residual linear scarring "
      "in the left lower lobe."),
     {PE, FIB}),
    ("edn-21", "en",
     ("There is no doubt that the right middle lobe consolidation has resolved. No effusion. "
      "No lymphadenopathy. A few linear atelectatic bands remain in the middle lobe."),
     {ATL}),
    ("edn-22", "en",
     ("There is no question that there is emphysema, predominantly in the upper lobes. Whether there "
      "is also early fibrosis is not clear; the bases show faint reticulation."),
     {EMP, FIB}),
    ("edn-23", "en",
     ("The heart is not normal in size; it is moderately enlarged. There is no pericardial effusion. "
      "Bilateral small pleural effusions with interlobular septal thickening, not inconsistent with "
      "fluid overload."),
     {CM, PE, IST}),
    ("edn-24", "en",
     ("The mediastinal lymph nodes are not enlarged. The lungs are not free of nodules: three "
      "subcentimetre nodules are seen in the right lung, the largest 5 mm. No effusion."),
     {NOD}),
    ("edn-25", "en",
     ("No more than a trace of right pleural fluid. Nothing more than minimal subsegmental atelectasis "
      "at both bases. No consolidation or nodule."),
     {PE, ATL}),
    ("edn-26", "en",
     ("I do not doubt that the airways are thickened: there is diffuse bronchial wall thickening, most "
      "marked in the lower lobes. Mosaic attenuation with air trapping is also present. "
      "No bronchiectasis."),
     {PBT, MOS}),
    ("edn-27", "en",
     ("I doubt there is any bronchiectasis; the bronchi appear mildly prominent only because of the "
      "adjacent atelectasis in the left lower lobe. Small left pleural effusion."),
     {ATL, PE}),
    ("edn-28", "en",
     ("I don't think a small pericardial effusion can be excluded. The heart is not enlarged. "
      "Coronary artery calcification in the LAD. Lungs clear."),
     {PCE, CAC}),
    ("edn-29", "en",
     ("I don't think there is lymphadenopathy; the anterior mediastinal soft tissue is a normal "
      "thymic remnant and should not be mistaken for a node. Lungs clear. No effusion."),
     set()),
    ("edn-30", "en",
     ("The referring clinician's concern for a hiatal hernia is not unfounded: a small sliding hiatal "
      "hernia is present. The lungs show mild emphysema. No nodules."),
     {HH, EMP}),
    ("edn-31", "en",
     ("The clinical concern for pneumonia is unfounded: there is no consolidation or ground-glass "
      "opacity. The bronchi are normal. A left-sided port catheter is in place with the tip in the SVC."),
     {MM}),
    ("edn-32", "en",
     ("It would be premature to exclude a small nodule at the right base, where respiratory motion "
      "degrades the images. No effusion. Mild aortic calcification. Status post CABG with sternal wires."),
     {NOD, AWC, MM}),
    ("edn-33", "en",
     ("It would be wrong to say there is no fibrosis: there is subtle subpleural reticulation in both "
      "lower lobes. No honeycombing. No ground glass."),
     {FIB}),
    ("edn-34", "en",
     ("The left lower lobe abnormality is not just atelectasis; there is volume loss with superimposed "
      "consolidation and air bronchograms. Small left effusion. Heart not enlarged."),
     {ATL, CON, PE}),
    ("edn-35", "en",
     ("The ground-glass opacity in the right upper lobe has not resolved, although it is less dense. "
      "Septal thickening is not seen. No lymphadenopathy."),
     {OPA}),
    ("edn-36", "en",
     ("There is no indication that the left upper lobe atelectasis has resolved; the lobe remains "
      "collapsed around the endobronchial stent. No effusion."),
     {ATL, MM}),
    ("edn-37", "en",
     ("There is no indication that any effusion has developed since the previous study. The lungs are "
      "clear. No lymphadenopathy. The heart is normal in size."),
     set()),
    ("edn-38", "en",
     ("The appearances cannot be anything other than honeycombing in the subpleural lower lobes, with "
      "traction bronchiectasis. Patchy ground glass is superimposed. No effusion."),
     {FIB, BRX, OPA}),
    ("edn-39", "en",
     ("The findings do not allow exclusion of mosaic attenuation; expiratory images would help. "
      "The bronchial walls are normal. No nodules."),
     {MOS}),
    ("edn-40", "en",
     ("Mosaic attenuation is excluded on the expiratory images. No bronchiectasis. No bronchial wall "
      "thickening. No nodules. Normal heart size."),
     set()),
    ("edn-41", "en",
     ("The findings are not incompatible with a small hiatal hernia, though the appearance may also be "
      "due to a patulous oesophagus. No mediastinal lymphadenopathy. Lungs clear."),
     {HH}),
    ("edn-42", "en",
     ("There is no reason to suspect lymphadenopathy; all mediastinal nodes are normal in size. "
      "The heart is normal in size. The lungs are clear with no nodule and no consolidation."),
     set()),
    ("edn-43", "en",
     ("Contrary to the prior report, there is no pericardial effusion; the anterior soft tissue is "
      "epicardial fat. The heart is mildly enlarged. Coronary calcification is present."),
     {CM, CAC}),
    ("edn-44", "en",
     ("A not insignificant right pleural effusion is present, with compressive atelectasis of the "
      "right lower lobe. No pericardial effusion. The left lung is clear."),
     {PE, ATL}),
    ("edn-45", "en",
     ("The lungs are not entirely normal: there is mild peribronchial thickening in the lower lobes and "
      "a few interlobular septa are thickened at the bases. No consolidation. No emphysema. No effusion."),
     {PBT, IST}),
    ("edn-46", "en",
     ("The study can neither confirm nor exclude early interlobular septal thickening at the bases "
      "given the low-dose technique. No effusion. No cardiomegaly."),
     {IST}),
    ("edn-47", "en",
     ("The clinically suspected lymphadenopathy cannot be confirmed; the hilar densities are vascular. "
      "No pulmonary nodule is identified. Minimal scarring at the left apex."),
     {FIB}),
    ("edn-48", "en",
     ("No evidence of consolidation. No evidence of emphysema. No evidence against a small amount of "
      "pleural fluid at the left base, which is equivocal. Thyroid nodule in the left lobe measuring "
      "12 mm."),
     {PE}),
    ("edn-49", "en",
     ("It is not impossible that the faint focus in the lingula represents a small nodule, but it is "
      "more likely partial volume of a vessel. Aortic wall calcification. No effusion."),
     {NOD, AWC}),
    ("edn-50", "en",
     ("It is improbable that there is any consolidation; the right basal change is atelectasis. "
      "Mild cardiomegaly. Pacemaker in situ with leads in the right atrium and ventricle."),
     {ATL, CM, MM}),
    ("edn-51", "en",
     ("No pleural effusion. No pericardial effusion. No lymphadenopathy. No nodules, no consolidation, "
      "no ground-glass opacity. The heart is normal in size and there is no coronary calcification. "
      "Normal chest CT."),
     set()),
    ("edn-52", "en",
     ("There is no lack of coronary artery calcification, which involves all three vessels. "
      "The thoracic aorta is also calcified. The lungs are clear, with no emphysema and no nodule."),
     {CAC, AWC}),
    ("edn-53", "en",
     ("The lung bases are not devoid of atelectasis, but it is minimal. Interlobular septal thickening "
      "is absent. Bronchiectasis is absent. The pleural spaces are clear."),
     {ATL}),
    ("edn-54", "en",
     ("Emphysema is not uncommon in patients of this age with a smoking history, but none is seen "
      "here. No nodules. No lymphadenopathy. Mild bronchial wall thickening."),
     {PBT}),
    ("edn-55", "en",
     ("Bilateral breast implants. It cannot be said that the lungs are free of ground-glass opacity: "
      "there is faint ground glass in the right upper lobe. I would hesitate to call this fibrosis. "
      "No effusion."),
     {MM, OPA}),
]

OPEN: dict[tuple[str, str], str] = {
    ("edn-23", CM): "'The heart is not normal in size; it is moderately enlarged': the size phrase with not is no term, and the enlargement is said of it",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
