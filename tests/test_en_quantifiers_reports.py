"""Probe: English chest CT reports in which findings carry quantifiers and counts, as radiologists
write them: "a few", "several", "multiple", "numerous", "innumerable", "scattered", "a single",
"solitary", "one", "two", counts of zero ("zero nodules", "Nodule count: 0", "Nodules: none"),
emphatic denials ("no nodules whatsoever", "not a single nodule", "none at all", "not any",
"without any effusion"), partitive courses ("all nodules have resolved" vs "one of the three
nodules has resolved, the others are unchanged", "some of the nodules have resolved", "most of the
consolidation has cleared", "the majority of the nodes have normalised"), distributive and
dual quantifiers ("none of the nodes", "neither lung", "both lungs", "each of the nodules"),
comparative counts ("fewer nodules than before", "unchanged at five") and "no new nodules" always
stated together with whether old nodules remain. Mixed with ordinary positives and denials.
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
    ("eqt-01", "en",
     ("A few small solid nodules are seen in the right lower lobe, the largest measuring 4 mm. "
      "No pleural effusion. Mild coronary artery calcification in the LAD."),
     {NOD, CAC}),
    ("eqt-02", "en",
     ("Several enlarged mediastinal lymph nodes, the largest in the subcarinal station measuring 14 mm "
      "in short axis. Multiple nodules in both lungs, suspicious for metastases. No consolidation."),
     {LN, NOD}),
    ("eqt-03", "en",
     ("Numerous centrilobular nodules in both upper lobes with associated bronchial wall thickening, "
      "likely infectious bronchiolitis. No pleural or pericardial effusion."),
     {NOD, PBT}),
    ("eqt-04", "en",
     ("Innumerable tiny pulmonary nodules in a random distribution throughout both lungs, consistent "
      "with a miliary pattern. Heart size is normal. No mediastinal or hilar lymphadenopathy."),
     {NOD}),
    ("eqt-05", "en",
     ("Scattered small calcified nodules in both lungs, in keeping with old granulomatous disease. "
      "Scattered atherosclerotic calcifications of the thoracic aorta. No effusion."),
     {NOD, AWC}),
    ("eqt-06", "en",
     ("A single 7 mm solid nodule is present in the apicoposterior segment of the left upper lobe. "
      "No other nodules are seen. Centrilobular emphysema in both upper lobes."),
     {NOD, EMP}),
    ("eqt-07", "en",
     ("Solitary pulmonary nodule in the right middle lobe measuring 9 mm with spiculated margins. "
      "No mediastinal lymphadenopathy. No pleural effusion. PET-CT is recommended."),
     {NOD}),
    ("eqt-08", "en",
     ("One 5 mm nodule in the lingula and two subpleural nodules in the right lower lobe, each under "
      "4 mm. Small hiatal hernia. Calcified plaques in the aortic arch."),
     {NOD, HH, AWC}),
    ("eqt-09", "en",
     ("Zero pulmonary nodules are identified on this study. The heart is mildly enlarged. "
      "No pericardial effusion."),
     {CM}),
    ("eqt-10", "en",
     ("Nodule count: 0. The lung parenchyma is otherwise clear. Atherosclerotic calcification of the "
      "coronary arteries is noted."),
     {CAC}),
    ("eqt-11", "en",
     ("Nodules: none. Pleural effusion: none. Lymph nodes: not enlarged. Heart: mildly enlarged. "
      "Devices: right internal jugular central venous catheter with its tip in the SVC."),
     {CM, MM}),
    ("eqt-12", "en",
     ("No nodules whatsoever. No consolidation or ground-glass opacity. "
      "Small sliding hiatal hernia."),
     {HH}),
    ("eqt-13", "en",
     ("Not a single pulmonary nodule is seen in either lung. Bilateral small pleural effusions with "
      "adjacent compressive atelectasis of the lower lobes."),
     {PE, ATL}),
    ("eqt-14", "en",
     ("Pleural effusion: none at all. Pericardial effusion: trace. "
      "Mild paraseptal emphysema at the lung apices."),
     {PCE, EMP}),
    ("eqt-15", "en",
     ("There is not any evidence of mediastinal lymphadenopathy. Dense consolidation in the left lower "
      "lobe with air bronchograms, consistent with pneumonia."),
     {CON}),
    ("eqt-16", "en",
     ("Right lower lobe consolidation without any pleural effusion. No cavitation. "
      "The heart is normal in size."),
     {CON}),
    ("eqt-17", "en",
     ("All previously noted pulmonary nodules have resolved. No new nodules. No lymphadenopathy. "
      "Stable mild centrilobular emphysema."),
     {EMP}),
    ("eqt-18", "en",
     ("One of the three nodules in the right upper lobe has resolved; the other two are unchanged at "
      "4 and 6 mm. Coronary artery calcification."),
     {NOD, CAC}),
    ("eqt-19", "en",
     ("Some of the nodules have resolved since the prior examination. No pleural effusion. "
      "Mild bronchial wall thickening in the lower lobes."),
     {NOD, PBT}),
    ("eqt-20", "en",
     ("Most of the consolidation in the left lower lobe has cleared. "
      "The small left pleural effusion has resolved. No lymphadenopathy."),
     {CON}),
    ("eqt-21", "en",
     ("The majority of the mediastinal lymph nodes have normalised in size; a right paratracheal node "
      "remains enlarged at 12 mm short axis. No pulmonary nodules."),
     {LN}),
    ("eqt-22", "en",
     ("None of the mediastinal or hilar nodes is enlarged. Bilateral patchy ground-glass opacities in "
      "the lower lobes, possibly viral pneumonitis."),
     {OPA}),
    ("eqt-23", "en",
     ("Neither lung shows emphysema. Mild cylindrical bronchiectasis in the right lower lobe. "
      "No pleural effusion."),
     {BRX}),
    ("eqt-24", "en",
     ("Both lungs show centrilobular emphysema with upper lobe predominance. Small left pleural "
      "effusion. No consolidation."),
     {EMP, PE}),
    ("eqt-25", "en",
     ("Each of the nodules is stable compared with the prior study, the largest measuring 5 mm in the "
      "right lower lobe. Mild cardiomegaly."),
     {NOD, CM}),
    ("eqt-26", "en",
     ("Fewer nodules than on the previous examination. Interlobular septal thickening at both lung "
      "bases. No pleural effusion."),
     {NOD, IST}),
    ("eqt-27", "en",
     ("The number of pulmonary nodules is unchanged at five, all under 6 mm. No new consolidation. "
      "Aortic wall calcification."),
     {NOD, AWC}),
    ("eqt-28", "en",
     ("The known bilateral pulmonary nodules are stable. No new nodules. No pleural effusion. "
      "No mediastinal lymphadenopathy."),
     {NOD}),
    ("eqt-29", "en",
     ("No new nodules. The previously described 6 mm right upper lobe nodule is unchanged. "
      "Mild atelectasis at the left base."),
     {NOD, ATL}),
    ("eqt-30", "en",
     ("No new nodules; the previously noted left lower lobe nodule is no longer visible. "
      "Left chest wall pacemaker with leads in the right atrium and right ventricle."),
     {MM}),
    ("eqt-31", "en",
     ("No nodules, masses or consolidation. No pleural or pericardial effusion. No lymphadenopathy. "
      "Heart size is normal. No emphysema."),
     set()),
    ("eqt-32", "en",
     ("Multiple bilateral patchy ground-glass opacities. Several small mediastinal lymph nodes, none "
      "enlarged by size criteria. No pleural effusion."),
     {OPA}),
    ("eqt-33", "en",
     ("Two enlarged right hilar lymph nodes measuring 11 and 13 mm. A few scattered bands of linear "
      "atelectasis in the lingula."),
     {LN, ATL}),
    ("eqt-34", "en",
     ("Numerous surgical clips in the mediastinum from prior coronary bypass grafting. Sternotomy "
      "wires are intact. Extensive coronary artery calcification."),
     {MM, CAC}),
    ("eqt-35", "en",
     ("A handful of tiny perifissural nodules along the right major fissure, benign in appearance. "
      "Mild paraseptal emphysema."),
     {NOD, EMP}),
    ("eqt-36", "en",
     ("Both pleural spaces contain small effusions. Neither lung has consolidation. "
      "No pericardial effusion."),
     {PE}),
    ("eqt-37", "en",
     ("No nodule in either lung. None of the bronchi are dilated. Mosaic attenuation in both lungs, "
      "suggesting air trapping."),
     {MOS}),
    # (2026-12-07) relabelled: nodes said to measure under 1 cm in short axis count as lymphadenopathy in CT-RATE (33 of 35 train reports are 1)
    ("eqt-38", "en",
     ("All mediastinal lymph nodes measure less than 1 cm in short axis. Two solid nodules in the "
      "right upper lobe, measuring 8 and 10 mm."),
     {NOD, LN}),
    ("eqt-39", "en",
     ("The right pleural effusion has completely resolved. There is no longer any consolidation in the "
      "right lower lobe. Mild residual linear scarring at the right base."),
     {FIB}),
    ("eqt-40", "en",
     ("All three nodules have resolved. A trace left pleural effusion persists. "
      "No lymphadenopathy."),
     {PE}),
    ("eqt-41", "en",
     ("Several of the nodules have decreased in size and two have resolved. "
      "The hiatal hernia is unchanged."),
     {NOD, HH}),
    ("eqt-42", "en",
     ("None of the previously enlarged lymph nodes remain enlarged. Stable coronary artery "
      "calcification. No pleural effusion."),
     {CAC}),
    ("eqt-43", "en",
     ("At least three nodules are present in the left lung, the largest 8 mm in the left lower lobe. "
      "No pleural effusion. Heart size normal."),
     {NOD}),
    ("eqt-44", "en",
     ("Diffuse interlobular septal thickening with numerous Kerley B lines. Bilateral pleural "
      "effusions. Cardiomegaly. Findings suggest pulmonary oedema."),
     {IST, PE, CM}),
    ("eqt-45", "en",
     ("Multiple areas of consolidation in both lower lobes. No nodules. Endotracheal tube tip 4 cm "
      "above the carina."),
     {CON, MM}),
    ("eqt-46", "en",
     ("Scattered bronchiectasis in both lower lobes with mild bronchial wall thickening. "
      "No consolidation whatsoever."),
     {BRX, PBT}),
    ("eqt-47", "en",
     ("There is no lung nodule of any size. Not a single enlarged lymph node is seen. "
      "Calcification of the descending thoracic aorta."),
     {AWC}),
    ("eqt-48", "en",
     ("Nodules: two, both stable (right upper lobe 4 mm, left lower lobe 5 mm). Effusion: none. "
      "Lymph nodes: none enlarged."),
     {NOD}),
    ("eqt-49", "en",
     ("Nodules: 3. Consolidation: none. Atelectasis: minimal, bibasilar. "
      "Pericardial effusion: none."),
     {NOD, ATL}),
    ("eqt-50", "en",
     ("Both lungs are free of nodules. Each hemithorax contains a small pleural effusion. "
      "The heart is not enlarged."),
     {PE}),
    ("eqt-51", "en",
     ("Neither hilum shows lymphadenopathy. Both the LAD and the right coronary artery are calcified. "
      "No emphysema."),
     {CAC}),
    ("eqt-52", "en",
     ("No new nodules compared with the prior study, which showed no nodules either. "
      "No pleural effusion. Mild bibasilar atelectasis."),
     {ATL}),
    ("eqt-53", "en",
     ("The lungs are clear without any nodule, consolidation or ground-glass opacity. No effusion. "
      "Normal heart size. No hiatal hernia."),
     set()),
    ("eqt-54", "en",
     ("A few of the previously seen nodules are no longer visible; the remainder are unchanged. "
      "Moderate centrilobular emphysema."),
     {NOD, EMP}),
    ("eqt-55", "en",
     ("The solitary nodule previously seen in the left upper lobe has resolved. No other nodules. "
      "Small pericardial effusion."),
     {PCE}),
    ("eqt-56", "en",
     ("Most of the ground-glass opacity has resolved, with faint residual ground glass in the right "
      "lower lobe. No consolidation. No pleural effusion."),
     {OPA}),
    ("eqt-57", "en",
     ("All of the nodules are calcified and stable, consistent with granulomas. Several calcified "
      "mediastinal lymph nodes. No pleural effusion."),
     {NOD, LN}),
    ("eqt-58", "en",
     ("No nodules, none at all. No effusions. No lymphadenopathy. No emphysema. "
      "No acute abnormality."),
     set()),
    ("eqt-59", "en",
     ("The majority of the previously enlarged nodes have normalised after chemotherapy. "
      "The previously noted small pericardial effusion has resolved. No nodules."),
     {LN}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eqt-17", NOD): "'All previously noted pulmonary nodules have resolved': after 'All previously noted' the resolution is not read as the nodules' cue",
    ("eqt-18", NOD): "a part of them gone and the rest there: a backward 'has/have resolved' decides the mention, and English has no cue for the part before it ('One of the three nodules ... has resolved')",
    ("eqt-19", NOD): "a part of them gone and the rest there: a backward 'has/have resolved' decides the mention, and English has no cue for the part before it ('Some of the nodules have resolved')",
    ("eqt-20", CON): "a part of them gone and the rest there: a backward 'has/have resolved' decides the mention, and English has no cue for the part before it ('Most of the consolidation ... has cleared')",
    ("eqt-41", NOD): "a part of them gone and the rest there: a backward 'has/have resolved' decides the mention, and English has no cue for the part before it ('Several of the nodules have decreased in size and two have resolved')",
    ("eqt-54", NOD): "a part of them gone and the rest there: a backward 'has/have resolved' decides the mention, and English has no cue for the part before it ('A few of the previously seen nodules are no longer visible')",
    ("eqt-59", LN): "a part of them gone and the rest there: a backward 'has/have resolved' decides the mention, and English has no cue for the part before it ('The majority of the previously enlarged nodes have normalised')",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
