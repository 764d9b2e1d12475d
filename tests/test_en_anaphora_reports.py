"""Probe: English chest CT reports in which a later sentence or clause refers back to a finding with a
pronoun or a general noun instead of naming it again, and that back-reference decides the finding's
state in this examination ("It has resolved.", "these have cleared", "The former has resolved while the
latter persists.", "Both have resolved.", "Neither is identified", "none of which are seen today",
"which has since resolved", "The lesion has decreased in size but persists.", "The above findings are
unchanged.", "So is ...", "as has ..."). Back-references that deny (gone now), keep (still present,
improved, increased) and hedge are mixed, with negative controls where "it", "both", "none of which" or
"the former" refer to something that is not a finding, or where the finding is still present. The
reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("ean-01", "en",
     ("COMPARISON: CT chest 3 March 2023. FINDINGS: A 6 mm solid nodule was seen in the right upper lobe on "
      "the prior CT. It has resolved. Mild centrilobular emphysema in both upper lobes. No pleural effusion. "
      "Heart size is normal."),
     {EMP}),
    ("ean-02", "en",
     ("Small bilateral pleural effusions were present in March; these have cleared. Subsegmental atelectasis "
      "persists at both lung bases. Coronary artery calcification in the LAD."),
     {ATL, CAC}),
    ("ean-03", "en",
     ("The previous study demonstrated ground-glass opacity in the right lower lobe and an enlarged subcarinal "
      "lymph node. The former has resolved while the latter persists, now measuring 13 mm in short axis. "
      "No new pulmonary nodules."),
     {LN}),
    ("ean-04", "en",
     ("On the admission CT there were patchy consolidations in both lower lobes and a small left pleural "
      "effusion. Both have resolved. There is minimal linear scarring at the left base. Calcified atheroma in "
      "the thoracic aorta."),
     {FIB, AWC}),
    ("ean-05", "en",
     ("A 14 mm spiculated nodule in the left upper lobe was noted on the prior examination. The lesion has "
      "decreased in size following stereotactic radiotherapy but persists, now measuring 9 mm. Surrounding "
      "fibrotic change in keeping with post-radiation change. No mediastinal lymphadenopathy."),
     {NOD, FIB}),
    ("ean-06", "en",
     ("Right middle lobe consolidation with air bronchograms on the study of 12 May, which has since resolved. "
      "Mild bronchial wall thickening in both lower lobes. No pleural effusion. Normal heart size."),
     {PBT}),
    ("ean-07", "en",
     ("The prior study demonstrated several enlarged mediastinal and hilar lymph nodes, none of which are seen "
      "today. The lungs are clear. No pleural or pericardial effusion. The heart is normal in size."),
     set()),
    ("ean-08", "en",
     ("FINDINGS: 4 mm perifissural nodule along the right minor fissure. Mild cardiomegaly. Small sliding "
      "hiatal hernia. IMPRESSION: The above findings are unchanged from the CT of June 2022. No new "
      "abnormality."),
     {NOD, CM, HH}),
    ("ean-09", "en",
     ("Previously noted left lower lobe atelectasis. This is no longer seen. The endotracheal tube and "
      "nasogastric tube have been removed in the interim. No pleural effusion. No consolidation."),
     set()),
    ("ean-10", "en",
     ("A small focus of ground-glass opacity was seen in the left upper lobe on the previous CT. It is less "
      "conspicuous today but may still be faintly present. Moderate paraseptal emphysema. No pleural effusion."),
     {OPA, EMP}),
    ("ean-11", "en",
     ("A trace pericardial effusion and a right pleural effusion were present on the postoperative study. The "
      "former is no longer seen; the latter has decreased but persists as a small layering effusion. "
      "Sternotomy wires are intact."),
     {PE, MM}),
    ("ean-12", "en",
     ("Two pulmonary nodules were reported previously, in the right lower lobe (5 mm) and the lingula (4 mm). "
      "Neither is identified on the current study. No lymphadenopathy. Aortic wall calcification."),
     {AWC}),
    ("ean-13", "en",
     ("Consolidation in the right and left lower lobes, both of which have improved but persist. Small "
      "bilateral effusions, unchanged. Right internal jugular central venous catheter with its tip at the "
      "cavoatrial junction."),
     {CON, PE, MM}),
    ("ean-14", "en",
     ("Interlobular septal thickening and bilateral pleural effusions were seen on the prior study, consistent "
      "with pulmonary edema. These findings have resolved following diuresis. The heart remains enlarged."),
     {CM}),
    ("ean-15", "en",
     ("Mosaic attenuation was questioned on the previous inspiratory study. This is not confirmed on today's "
      "examination, which includes expiratory images. The airways are normal. No bronchiectasis."),
     set()),
    ("ean-16", "en",
     ("There is mosaic attenuation in both lungs. It persists on expiratory images and is more pronounced, in "
      "keeping with air trapping. Mild cylindrical bronchiectasis in the lower lobes, which is unchanged. "
      "No consolidation."),
     {MOS, BRX}),
    ("ean-17", "en",
     ("The previously described hiatal hernia is again seen. It is moderate in size and contains part of the "
      "gastric fundus. Mild dependent atelectasis. The lungs are otherwise clear."),
     {HH, ATL}),
    ("ean-18", "en",
     ("The left lower lobe, which was collapsed on the study of 2 February, has since re-expanded. A small "
      "amount of residual linear atelectasis remains. The left pleural effusion has not resolved and is "
      "moderate in size."),
     {ATL, PE}),
    ("ean-19", "en",
     ("The right upper lobe nodule seen on the 2021 CT has been resected. A staple line is present at the "
      "resection margin with minimal adjacent scarring. No new nodule. No lymphadenopathy."),
     {MM, FIB}),
    ("ean-20", "en",
     ("A 5 mm nodule in the left lower lobe was described in the prior report. This is not seen today and "
      "likely represented a focus of mucoid impaction or inflammation. Lungs otherwise clear. Normal heart "
      "size."),
     set()),
    ("ean-21", "en",
     ("Several small nodules are present in both lungs, none of which exceeds 5 mm. None of these are new "
      "compared with the prior study. Mild emphysema."),
     {NOD, EMP}),
    ("ean-22", "en",
     ("Small mediastinal lymph nodes are present, none of which are enlarged. The lungs are clear. No pleural "
      "effusion. No pericardial effusion."),
     set()),
    ("ean-23", "en",
     ("There was a moderate pericardial effusion on the prior study. It has decreased and is now small, "
      "measuring up to 8 mm. The heart is mildly enlarged. Bilateral small pleural effusions."),
     {PCE, CM, PE}),
    ("ean-24", "en",
     ("The heart was enlarged on the prior study; it is now normal in size. There is no pericardial effusion. "
      "Coronary artery calcifications in the LAD and circumflex arteries; these are unchanged."),
     {CAC}),
    ("ean-25", "en",
     ("A right chest tube was present on the prior study; it has been removed. The right pneumothorax has "
      "resolved. Small right apical pleural thickening. Minimal atelectasis at the right base."),
     {ATL}),
    ("ean-26", "en",
     ("A right PICC is present. It terminates in the superior vena cava. The previously seen left subclavian "
      "catheter has been removed. Lungs clear."),
     {MM}),
    ("ean-27", "en",
     ("Previously noted right pleural effusion. It has decreased in size and is now small. The adjacent "
      "compressive atelectasis has also improved, but some remains in the right lower lobe."),
     {PE, ATL}),
    ("ean-28", "en",
     ("Pulmonary nodules: 6 mm right upper lobe and 4 mm left lower lobe. The former is unchanged; the latter "
      "is no longer seen. No new nodules."),
     {NOD}),
    ("ean-29", "en",
     ("The ground-glass opacities in both lungs have resolved, as has the mediastinal lymphadenopathy. No "
      "consolidation. No pleural effusion. IMPRESSION: Resolution of the previous findings."),
     set()),
    ("ean-30", "en",
     ("Emphysema is again noted, predominantly centrilobular. So is coronary artery calcification. Bronchial "
      "wall thickening of the lower lobe airways, which is new since the prior study."),
     {EMP, CAC, PBT}),
    ("ean-31", "en",
     ("There is a band-like density at the left lung base. It may represent subsegmental atelectasis or "
      "scarring. No pleural effusion. The heart is not enlarged."),
     {ATL, FIB}),
    ("ean-32", "en",
     ("An ill-defined density in the right lower lobe was seen on the prior study. This may reflect early "
      "consolidation and has not cleared. Follow-up CT is recommended."),
     {OPA, CON}),
    ("ean-33", "en",
     ("The 5 mm opacity in the right upper lobe described previously is unlikely to represent a nodule; on "
      "thin-section reconstructions it is more consistent with a vessel seen end-on. No other pulmonary "
      "nodules. Lungs clear."),
     set()),
    ("ean-34", "en",
     ("A lenticular density along the right major fissure on the previous study was thought to represent "
      "loculated fluid. It has resolved, confirming a pseudotumor. No pleural effusion today. Mild "
      "cardiomegaly."),
     {CM}),
    ("ean-35", "en",
     ("There was a large hiatal hernia on the CT from 2021. It has since been repaired, and surgical clips are "
      "present at the hiatus. No recurrence. Lungs clear."),
     {MM}),
    ("ean-36", "en",
     ("Centrilobular emphysema and subpleural reticulation. The former is mild and upper lobe predominant, the "
      "latter is more pronounced at the bases, with traction bronchiectasis. No honeycombing."),
     {EMP, FIB, BRX}),
    ("ean-37", "en",
     ("The previously enlarged right hilar lymph node has returned to normal size. No other lymphadenopathy. "
      "Lungs clear. No pleural effusion."),
     set()),
    ("ean-38", "en",
     ("The right hilar lymph node measured 15 mm on the previous study. It now measures 11 mm in short axis. "
      "Calcified plaque in the aortic arch; this is unchanged."),
     {LN, AWC}),
    ("ean-39", "en",
     ("The pericardial effusion seen previously has essentially resolved. The bilateral pleural effusions "
      "have also resolved. No consolidation. Left-sided pacemaker with leads in the right atrium and right "
      "ventricle."),
     {MM}),
    ("ean-40", "en",
     ("Left lower lobe consolidation was present on the prior study. It has almost completely resolved, with a "
      "small residual area of ground-glass opacity. No pleural effusion."),
     {OPA}),
    ("ean-41", "en",
     ("Small bilateral pleural effusions and bibasal atelectasis were noted on the previous CT; all of these "
      "persist. The heart is enlarged. Interlobular septal thickening is new."),
     {PE, ATL, CM, IST}),
    ("ean-42", "en",
     ("The mediastinal lymphadenopathy and left upper lobe mass seen before chemotherapy have responded. The "
      "mass, previously 4.5 cm, now measures 2.2 cm. The nodes are no longer enlarged. A right chest port is "
      "in place."),
     {NOD, MM}),
    ("ean-43", "en",
     ("Multiple cavitating nodules were present on the prior study, some of which have resolved. The remainder "
      "are smaller, the largest measuring 8 mm in the right lower lobe. No pleural effusion."),
     {NOD}),
    ("ean-44", "en",
     ("There were bilateral peripheral consolidations on the previous study, consistent with organizing "
      "pneumonia. These have largely resolved, leaving faint ground-glass opacity and a few subpleural "
      "fibrotic bands."),
     {OPA, FIB}),
    ("ean-45", "en",
     ("The heart is normal in size. It is unchanged. The aorta is of normal caliber and it shows no "
      "calcification. The pericardium is not thickened. No pleural effusion. The lungs are clear."),
     set()),
    ("ean-46", "en",
     ("A 3 cm hepatic cyst is partially imaged. It is unchanged and requires no follow-up. The lungs show mild "
      "centrilobular emphysema, which is stable. No nodules."),
     {EMP}),
    ("ean-47", "en",
     ("CLINICAL HISTORY: Pneumonia in January, treated. It has resolved clinically; please assess for residual "
      "changes. FINDINGS: No consolidation. No pleural effusion. The lungs are clear. Mild coronary artery "
      "calcification."),
     {CAC}),
    ("ean-48", "en",
     ("Previously seen consolidation in the right lower lobe. It has likely resolved, although the area is "
      "partially obscured by respiratory motion. A small right pleural effusion is new."),
     {PE}),
    ("ean-49", "en",
     ("The nodule in the lingula is again seen. It has increased in size from 6 to 9 mm. The nodule in the "
      "right lower lobe, which was 4 mm, cannot be identified today."),
     {NOD}),
    ("ean-50", "en",
     ("Right lower lobe bronchiectasis with mucus plugging. This is chronic and unchanged. The left lower lobe "
      "consolidation, however, is new; it may represent aspiration."),
     {BRX, CON}),
    ("ean-51", "en",
     ("Previously noted tree-in-bud nodularity and patchy consolidation in the right upper lobe. The former "
      "has resolved; the latter has improved but has not cleared. No cavitation."),
     {CON}),
    ("ean-52", "en",
     ("Moderate centrilobular emphysema. The previously seen 5 mm left lower lobe nodule is no longer present. "
      "Mild atherosclerotic calcification of the aorta. The above findings are otherwise stable."),
     {EMP, AWC}),
    ("ean-53", "en",
     ("The right pleural effusion and the pericardial effusion have resolved. So has the right lower lobe "
      "atelectasis. A mitral valve prosthesis is noted."),
     {MM}),
    ("ean-54", "en",
     ("A 7 mm subpleural nodule in the right lower lobe. It may be an intrapulmonary lymph node along the "
      "fissure, but a true pulmonary nodule cannot be excluded. No mediastinal lymphadenopathy."),
     {NOD}),
    ("ean-55", "en",
     ("There is a moderate left pleural effusion with adjacent passive atelectasis. It has increased since the "
      "prior study. The previously seen right effusion, however, has resolved."),
     {PE, ATL}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ean-03", LN): "'The previous study demonstrated ... an enlarged subcarinal lymph node. The former has resolved while the latter persists': the antecedent is read as the earlier study's (no state), so the back-reference finds nothing to keep",
    ("ean-29", LN): "'..., as has the mediastinal lymphadenopathy': a predicate carried over by 'as has' is not read",
    ("ean-33", OPA): "'The 5 mm opacity ... is unlikely to represent a nodule; ... more consistent with a vessel': the opacity word of a vessel is read as a lung opacity",
    ("ean-42", LN): "'The nodes are no longer enlarged': the nodes are named by a plain noun, which is no term and no back-reference",
    ("ean-42", NOD): "'The mass, previously 4.5 cm, now measures 2.2 cm': a mass shrunk under 3 cm without an arrow course is not read as a nodule",
    ("ean-43", NOD): "'nodules were present on the prior study, some of which have resolved': the earlier-study cue reaches over 'some of which'",
    ("ean-53", ATL): "'So has the right lower lobe atelectasis': a predicate carried over by 'so has' is not read",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
