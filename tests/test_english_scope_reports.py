"""English chest CT reports that stress negation and hedge *scope* in the rule engine.

Each report is 5-10 sentences, written either in the translated style of CT-RATE
("... was observed", "... was not detected", "When examined in the lung parenchyma
window; ...") or in American dictation style. For every report the full set of
CT-RATE findings described as present is listed; every one of the 18 findings is
checked, so a finding that should be 0 is tested as carefully as one that should be 1.

The reports probe:

* pre-negation over coordinated lists ("No A, B, or C", "There is no evidence of ...",
  "Negative for ...", "Free of ...", "Without ...", "Neither ... nor ...",
  "No ... is seen") - every item in the list must be denied;
* where a negation stops: at a sentence end, a semicolon, or a contrast word
  ("but", "although", "however", "while", "and ... is noted") - the finding after
  the boundary is present;
* post-negation ("... were not observed", "... is absent", "... has resolved",
  "... is no longer seen", "... was not detected in either lung");
* exceptions ("Apart from X, the lungs are clear", "Except for X, no abnormality",
  "Other than X, unremarkable", "With the exception of X", "Aside from", "Besides") -
  X is present;
* hedges (possible, probable, likely, may represent, suspicious for, cannot be
  excluded, differential includes, questionable) - a hedged finding is 1, and a
  hedge aimed at a different object ("a nodule, likely a granuloma") does not cancel
  the finding it follows; a hedged diagnosis (pneumonia) does not imply a finding
  (consolidation) that is not written;
* pseudo-negation ("No significant change in the size of the nodule",
  "No interval change in the emphysema", "without change", "No increase in ...",
  "No progression of ...") - the finding is present;
* temporal wording ("Interval resolution of ..." -> 0, "decreased but persistent"
  -> 1, "new", "redemonstrated", "stable", "regressed completely" -> 0);
* telegraphic "Heading: value" lines ("Pleural effusion: none.", "Cardiomegaly:
  present.", "Lymph nodes: not enlarged.");
* medical devices removed (0) versus in place (1).

Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, removed, or
not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)


# (id, phenomenon, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ------------------------------------------------------------------ pre-negation over lists
    ("escope-01", "pre-negation list",
     "The trachea and the main bronchi are patent. The great vessels of the mediastinum are normal; heart size and contour are normal. No pleural effusion, pericardial effusion, or "
     "lymphadenopathy was detected. Esophagus calibration was normal and no hiatal hernia "
     "was observed. When examined in the lung parenchyma window; emphysematous changes were "
     "observed in both lungs, more prominent in the upper lobes. There is no evidence of "
     "consolidation, ground-glass opacity, or nodules. The bones in the field of view are unremarkable.",
     {EMP}),
    ("escope-02", "pre-negation list",
     "CT CHEST WITH CONTRAST. Lines/tubes: Right internal jugular central venous catheter "
     "with tip in the superior vena cava. Lungs: Negative for consolidation, pleural "
     "effusion, or pneumothorax. Mild bronchiectasis in the right middle lobe. Heart: Normal "
     "in size. Negative for pericardial effusion. Mediastinum: Negative for lymphadenopathy. "
     "Upper abdomen: Unremarkable.",
     {MM, BRX}),
    ("escope-03", "pre-negation list",
     "The lungs are free of nodules, masses, and consolidation. The pleural spaces are free "
     "of effusion. Dense calcification of the coronary arteries is noted. The thoracic aorta "
     "is normal in caliber with scattered atherosclerotic calcifications. The heart is "
     "enlarged. There is no pericardial effusion. No hiatal hernia.",
     {CAC, AWC, CM}),
    ("escope-04", "pre-negation list",
     "Linear atelectasis in the lingula. The lungs are otherwise clear without "
     "consolidation, nodules, or ground-glass opacity. Heart size is normal without "
     "pericardial effusion. Mediastinal and hilar lymph nodes are not enlarged. The aorta is "
     "normal in caliber without calcification. A small hiatal hernia is present. No pleural "
     "effusion.",
     {ATL, HH}),
    ("escope-05", "pre-negation list",
     "Neither pleural effusion nor pericardial effusion is present. There is neither "
     "consolidation nor atelectasis. Bronchial wall thickening is seen in both lower lobes. "
     "Centrilobular emphysema in the upper lobes. Neither enlarged lymph nodes nor masses "
     "are seen in the mediastinum. Heart size is within normal limits.",
     {PBT, EMP}),
    ("escope-06", "pre-negation list",
     "No pleural or pericardial effusion is seen. No enlarged mediastinal or axillary lymph "
     "node is seen. A 6 mm solid nodule is seen in the right upper lobe. No consolidation or "
     "ground-glass opacity is seen. Calcified atherosclerotic plaques are seen in the aortic "
     "arch. No hiatal hernia is seen. Osseous structures are unremarkable.",
     {NOD, AWC}),
    ("escope-42", "pre-negation list",
     "There is no evidence of pulmonary embolism. No evidence of hiatal hernia or "
     "lymphadenopathy. Emphysema is present in the upper lobes. There is no evidence of "
     "bronchiectasis, peribronchial thickening, or mosaic attenuation. Coronary artery "
     "calcifications are present. No pleural effusion.",
     {EMP, CAC}),
    ("escope-44", "pre-negation list",
     "No mass or lymphadenopathy with pathological dimensions was observed in the "
     "mediastinum. No pleural or pericardial effusion was observed. No hiatal hernia was "
     "observed. When examined in the lung parenchyma window; no nodule, consolidation or "
     "ground glass opacity was observed in both lungs. Honeycombing and traction "
     "bronchiectasis were observed in the subpleural areas of both lower lobes. Heart size "
     "is increased.",
     {FIB, BRX, CM}),
    # ------------------------------------------------------------------ negation ends at a new statement
    ("escope-07", "negation boundary",
     "Heart size is enlarged. No pleural effusion. Small pericardial effusion. No hiatal "
     "hernia. Mild coronary artery calcification. Lungs: No consolidation. Patchy "
     "ground-glass opacity in the right lower lobe. No nodule.",
     {CM, PCE, CAC, OPA}),
    ("escope-08", "negation boundary",
     "No pleural effusion; a small pericardial effusion is present. No lymphadenopathy; the "
     "heart is mildly enlarged. No consolidation, but there is atelectasis in the left lower "
     "lobe. The airways are patent. No nodules; scattered areas of mosaic attenuation are "
     "noted in both lungs. Degenerative changes of the thoracic spine.",
     {PCE, CM, ATL, MOS}),
    ("escope-09", "negation boundary",
     "No consolidation, but there is subsegmental atelectasis in the right middle lobe. "
     "There is no pleural effusion, although a trace pericardial effusion is seen. No mass, "
     "however there are several small pulmonary nodules in both lungs. No hiatal hernia, but "
     "there is mild cardiomegaly. The aorta is normal in caliber. No significant "
     "lymphadenopathy.",
     {ATL, PCE, NOD, CM}),
    ("escope-10", "negation boundary",
     "Assessment of the mediastinum is limited because the examination is "
     "non-contrast. Heart size and contour are normal. Pericardial effusion-thickening was "
     "not observed. The thoracic oesophagus has a normal calibre without a mass. Calcified atheroma plaques were observed in "
     "the aorta and coronary arteries. When examined in the lung parenchyma window; no "
     "nodule was detected in both lungs. Interlobular septal thickening and ground glass "
     "opacities were observed in the lower lobes of both lungs. Pleural effusion was not "
     "detected.",
     {AWC, CAC, IST, OPA}),
    ("escope-43", "negation boundary",
     "The lungs show no consolidation or nodule, and mild bibasilar atelectasis is noted. No "
     "pleural effusion is present, while a small pericardial effusion is seen. Mediastinal "
     "lymph nodes are not enlarged. The heart size is normal. Scattered aortic "
     "calcifications. No hiatal hernia.",
     {ATL, PCE, AWC}),
    # ------------------------------------------------------------------ post-negation
    ("escope-11", "post-negation",
     "Trachea and main bronchi were open. Pathologically enlarged lymph nodes were not "
     "observed in the mediastinum. Pleural and pericardial effusion were not observed. A sliding hiatal hernia was seen at the oesophagogastric junction. When "
     "examined in the lung parenchyma window; consolidation and ground glass opacity were "
     "not observed. Bronchiectasis was observed in the lower lobes of both lungs. No mass "
     "lesion was detected.",
     {HH, BRX}),
    ("escope-12", "post-negation",
     "Comparison is made to the prior study. The previously seen left pleural effusion has "
     "resolved. The right lower lobe consolidation has also resolved. Pericardial effusion "
     "is absent. A right-sided pacemaker is present with leads in the right atrium and right "
     "ventricle. Mild cardiomegaly is unchanged. Lymphadenopathy is absent.",
     {MM, CM}),
    ("escope-13", "post-negation",
     "The ground-glass opacity in the left upper lobe is no longer seen. Nodules were not "
     "detected in either lung. The mediastinal lymphadenopathy is no longer visualized. "
     "Pleural effusion is not seen. Paraseptal emphysema is noted at the lung apices. Heart "
     "size is normal. Mild atherosclerotic calcification of the descending aorta.",
     {EMP, AWC}),
    ("escope-14", "post-negation",
     "Heart size and contour are normal. Pericardial effusion was not detected. Thoracic "
     "aorta diameter is normal. Atherosclerotic calcifications were not detected in the "
     "aorta or coronary arteries. Lymph nodes of pathological size were not detected in the "
     "mediastinum. When examined in the lung parenchyma window; peribronchial thickening was "
     "observed in both lungs. Atelectasis and consolidation were not detected. Pleural "
     "effusion was not detected.",
     {PBT}),
    # ------------------------------------------------------------------ exceptions
    ("escope-15", "exception",
     "Apart from emphysema, the lungs are clear. There is no pleural effusion. The heart is "
     "normal in size. Apart from a few coronary calcifications, the mediastinum is "
     "unremarkable. No lymphadenopathy. Upper abdomen is unremarkable.",
     {EMP, CAC}),
    ("escope-16", "exception",
     "Except for a small hiatal hernia, no abnormality is seen in the mediastinum. Except "
     "for minimal dependent atelectasis, the lungs are clear. No pleural effusion. No "
     "pericardial effusion. No suspicious pulmonary nodules. The thoracic aorta is normal in "
     "caliber.",
     {HH, ATL}),
    ("escope-17", "exception",
     "Other than mild cardiomegaly, the heart and pericardium are unremarkable. Other than a "
     "4 mm nodule in the right lower lobe, the lungs are unremarkable. Other than a left "
     "chest wall port catheter, the chest wall is unremarkable. There is no pleural "
     "effusion. No mediastinal or hilar lymphadenopathy. The upper abdomen is unremarkable.",
     {CM, NOD, MM}),
    ("escope-18", "exception",
     "With the exception of calcified atheroma plaques in the aorta, mediastinal vascular "
     "structures are normal. Heart size and contour are normal. Pericardial effusion was not "
     "detected. When examined in the lung parenchyma window; with the exception of fibrotic "
     "sequelae in the right middle lobe, no pathology was detected in the lung parenchyma. "
     "No pleural effusion was detected. No lymph nodes were seen in pathological size.",
     {AWC, FIB}),
    ("escope-19", "exception",
     "Aside from a moderate hiatal hernia, the mediastinum is unremarkable. Besides "
     "scattered interlobular septal thickening at the lung bases, the lungs are clear. No "
     "effusion. No pericardial effusion. No lymphadenopathy. The heart is normal in size.",
     {HH, IST}),
    # ------------------------------------------------------------------ hedges
    ("escope-20", "hedge",
     "A 5 mm nodule in the left upper lobe, likely a granuloma. No consolidation. No pleural "
     "effusion. No lymphadenopathy. The heart is normal in size. Aortic atherosclerosis with "
     "calcification.",
     {NOD, AWC}),
    ("escope-21", "hedge",
     "Opacity in the left lower lobe that may represent atelectasis. No pleural effusion. No "
     "pericardial effusion. The heart is normal in size. Mild emphysema. No "
     "lymphadenopathy.",
     {OPA, ATL, EMP}),
    ("escope-22", "hedge",
     "Patchy ground-glass opacities in the right lower lobe, suspicious for pneumonia. No "
     "pleural effusion. Heart size normal. No lymphadenopathy. No pulmonary nodules. The "
     "airways are patent.",
     {OPA}),
    ("escope-23", "hedge",
     "The heart is normal in size. A trace pericardial effusion cannot be excluded. Mild "
     "cylindrical bronchiectasis in the lingula cannot be excluded. No consolidation or "
     "pleural effusion. No lymphadenopathy. No pulmonary nodules.",
     {PCE, BRX}),
    ("escope-24", "hedge",
     "Scattered ground-glass opacities in both upper lobes; differential includes infection "
     "or early interstitial lung disease. A 9 mm nodule in the left lower lobe, differential "
     "includes metastasis versus granuloma. No pleural effusion. No mediastinal "
     "lymphadenopathy. Heart size is normal. No hiatal hernia.",
     {OPA, NOD}),
    ("escope-25", "hedge",
     "The trachea and the main bronchi are patent. Lymph nodes with a short axis of 15 mm, which "
     "may be metastatic, were observed in the right paratracheal area. Pericardial effusion "
     "was not detected. When examined in the lung parenchyma window; an irregular mass "
     "lesion, probably malignant, was observed in the right upper lobe. Consolidation areas "
     "suggestive of pneumonia were observed in the left lower lobe. Pleural effusion was not "
     "detected. Probable minimal atelectasis was observed in the right middle lobe.",
     {LN, NOD, CON, ATL}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("escope-26", "hedge",
     "A small hypodense area in the liver is noted. A 3 cm spiculated mass in the left upper "
     "lobe is suspicious for bronchogenic carcinoma. Enlarged subcarinal lymph node, likely "
     "metastatic. Small left pleural effusion, possibly malignant. No pericardial effusion. "
     "Emphysema is not seen.",
     {LN, PE}),
    ("escope-27", "hedge",
     "Possible mild cardiomegaly. There may be a small hiatal hernia. Questionable mosaic "
     "attenuation in the lower lobes. No pleural effusion. No consolidation. No "
     "lymphadenopathy. Lung nodule is not seen.",
     {CM, HH, MOS}),
    # ------------------------------------------------------------------ pseudo-negation
    ("escope-28", "pseudo-negation",
     "Comparison with the prior CT from 6 months ago. No significant change in the size of "
     "the right upper lobe nodule, measuring 7 mm. No interval change in the emphysema. No "
     "new pleural effusion. No new consolidation. Heart size is normal. No "
     "lymphadenopathy.",
     {NOD, EMP}),
    ("escope-29", "pseudo-negation",
     "Bronchiectasis in the left lower lobe is without change from the prior examination. "
     "Not significantly changed honeycombing at the lung bases. No change in the moderate "
     "pericardial effusion. No pleural effusion. No consolidation. Heart size is normal.",
     {BRX, FIB, PCE}),
    ("escope-30", "pseudo-negation",
     "Compared to the previous examination, no significant change was observed in the size "
     "of the nodule in the left lower lobe. No significant change was observed in the "
     "peribronchial thickening in both lungs. There is no change in the appearance of the "
     "sternotomy wires. Pleural effusion was not detected. Pericardial effusion was not "
     "detected. No enlarged lymph node of pathological size was seen.",
     {NOD, PBT, MM}),
    ("escope-31", "pseudo-negation",
     "No increase in the size of the mediastinal lymphadenopathy. No progression of the "
     "pulmonary fibrosis in the lower lobes. No definite interval change in the interlobular "
     "septal thickening. No pleural effusion. No pericardial effusion. The heart is normal "
     "in size.",
     {LN, FIB, IST}),
    # ------------------------------------------------------------------ temporal
    ("escope-32", "temporal",
     "Interval resolution of the right pleural effusion. Decreased but persistent "
     "consolidation in the right lower lobe. Redemonstrated small pericardial effusion. "
     "Stable mild cardiomegaly. No new nodules. No lymphadenopathy.",
     {CON, PCE, CM}),
    ("escope-33", "temporal",
     "New right lower lobe ground-glass opacity. Redemonstrated bronchiectasis in the middle "
     "lobe. Stable 5 mm nodule in the left upper lobe. Previously noted atelectasis has "
     "resolved. No pleural effusion. No pericardial effusion. No lymphadenopathy.",
     {OPA, BRX, NOD}),
    ("escope-34", "temporal",
     "Compared to the previous examination dated 12.03.2020; the pleural effusion in the "
     "left hemithorax has regressed completely. The consolidation area in the left lower "
     "lobe has decreased in size but persists. The previously observed mediastinal "
     "lymphadenopathy has disappeared. Atelectasis observed in the previous examination is "
     "no longer observed. Pericardial effusion was not detected. Heart size is increased.",
     {CON, CM}),
    # ------------------------------------------------------------------ telegraphic
    ("escope-35", "telegraphic",
     "FINDINGS:\nPleural effusion: none.\nPericardial effusion: small.\nCardiomegaly: "
     "present.\nLymph nodes: not enlarged.\nLungs: emphysema, no nodules.\nConsolidation: "
     "absent.\nHiatal hernia: none.",
     {PCE, CM, EMP}),
    ("escope-36", "telegraphic",
     "Heart: normal size. Pericardium: no effusion. Coronary calcification: present. Aorta: "
     "atherosclerotic calcification. Mediastinal lymph nodes: not enlarged. Lungs: "
     "bibasilar atelectasis; no consolidation. Pleura: no effusion. Airways: mild bronchial "
     "wall thickening.",
     {CAC, AWC, ATL, PBT}),
    ("escope-37", "telegraphic",
     "Nodules: none. Ground-glass opacity: yes, right upper lobe. Interlobular septal "
     "thickening: present at the bases. Bronchiectasis: none. Effusions: none. "
     "Lymphadenopathy: none. Hiatal hernia: small.",
     {OPA, IST, HH}),
    # ------------------------------------------------------------------ devices
    ("escope-38", "device",
     "Interval removal of the right chest tube. The endotracheal tube has been removed. No "
     "pleural effusion. No pneumothorax. Mild atelectasis at the right base. No "
     "consolidation. Heart size is normal.",
     {ATL}),
    ("escope-39", "device",
     "Endotracheal tube in place with tip 4 cm above the carina. A nasogastric tube courses "
     "into the stomach. The previously seen right chest tube has been removed. No pleural "
     "effusion. Bilateral lower lobe consolidation. No pericardial effusion.",
     {MM, CON}),
    ("escope-40", "device",
     "No central venous catheter, pacemaker, or other device is identified. Heart size is "
     "normal. No pericardial effusion. Diffuse mosaic attenuation pattern in both lungs, "
     "suggesting small airway disease. No bronchiectasis. No pleural effusion. No "
     "lymphadenopathy.",
     {MOS}),
    ("escope-41", "device",
     "A sternotomy wire and prosthetic heart valve were observed after cardiac surgery. "
     "Heart contour and size are increased. Calcified plaques were seen in the coronary arteries. Pericardial effusion was not observed. When examined in the lung "
     "parenchyma window; consolidation and nodules were not detected in both lungs. A minimal right pleural effusion was seen.",
     {MM, CM, CAC, PE}),
]

# Known engine limits, kept visible (strict: they must start passing when fixed)
OPEN = {
    ("escope-43", "Atelectasis"): "', and <finding> is noted' does not end the scope of an earlier 'no' "
                                  "(a boundary there would also cut 'No A, B, and C are seen')",
    ("escope-18", "Arterial wall calcification"): "'With the exception of X, ... are normal': the comma after "
                                                  "the excepted phrase is not a clause boundary",
    ("escope-21", "Lung opacity"): "an opacity explained as atelectasis ('may represent atelectasis') is "
                                   "not labelled Lung opacity, following CT-RATE's labels (a convention)",
}


probe_results, test_label, test_probe_set = probe_tests(
    [(rid, 'en', text, pos) for rid, _phenomenon, text, pos in REPORTS], OPEN, minimum=35)
