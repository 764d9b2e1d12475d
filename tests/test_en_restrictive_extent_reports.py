"""Probe: English chest CT reports using restrictive and extent expressions, as radiologists write
them (US, UK, European and Asian authors), where a negative-looking wording does not deny a finding
or an affirmative-looking one does: "only", "nothing but", "no more than a trace of", "at most
minimal", "merely", "limited to", "confined to", "other than", "apart from", "except for", "none
except", "nothing beyond", "not more than" (all keep the finding present); "falls short of",
"does not reach the threshold for", "not to the degree of", "does not amount to", "not enough to
call", "not large enough to be called" (all deny it); "borderline", "if anything", "too small to
characterise" (hedged or qualified, still present); "not only X but also Y", "neither X nor Y",
"no X, let alone Y". Mixed with ordinary findings lists. The reports were written for this file
without looking at the engine's lexicon or cue lists.
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
    ("erx-01", "en",
     ("Atelectasis only at the left base. The lungs are otherwise clear, with no nodule or consolidation. "
      "No pleural effusion. Heart size is normal."),
     {ATL}),
    ("erx-02", "en",
     ("Nothing but minor dependent atelectasis in both lower lobes. No emphysema. "
      "Mediastinal lymph nodes are not enlarged. Atherosclerotic calcification of the aortic arch."),
     {ATL, AWC}),
    ("erx-03", "en",
     ("There is no more than a trace of fluid in the right pleural space. The heart is not enlarged and "
      "there is no pericardial effusion. A 4 mm solid nodule in the right upper lobe is unchanged."),
     {PE, NOD}),
    ("erx-04", "en",
     ("At most minimal bronchial wall thickening in the lower lobes, which may relate to small airways "
      "disease. No bronchiectasis. No consolidation or ground-glass opacity."),
     {PBT}),
    ("erx-05", "en",
     ("Merely a few calcified micronodules in the right upper lobe, consistent with old granulomatous "
      "disease. Calcified right hilar lymph nodes are also seen. No pleural effusion."),
     {NOD, LN}),
    ("erx-06", "en",
     ("Centrilobular emphysema limited to the upper lobes; the lower lobes are clear. "
      "No lymphadenopathy. Coronary artery calcification in the LAD territory."),
     {EMP, CAC}),
    ("erx-07", "en",
     ("Ground-glass opacity confined to the posterior basal segment of the right lower lobe, likely "
      "infective. No consolidation. No pleural or pericardial effusion."),
     {OPA}),
    ("erx-08", "en",
     ("Other than a small left pleural effusion, no abnormality is seen. In particular there is no "
      "consolidation, nodule or lymphadenopathy."),
     {PE}),
    ("erx-09", "en",
     ("The cardiac silhouette is at the upper limit of normal but falls short of cardiomegaly. "
      "No pericardial effusion. Mild calcification of the thoracic aorta."),
     {AWC}),
    # (2026-12-07) relabelled: nodes given a size count as lymphadenopathy in CT-RATE even when said to fall
    # below pathological size (2 of 2 train reports: "did not reach the pathological size", "not pathological")
    ("erx-10", "en",
     ("Several mediastinal lymph nodes are visible, the largest 8 mm in short axis, which does not reach "
      "the threshold for lymphadenopathy. A small area of consolidation is present in the lingula. "
      "No effusion."),
     {CON, LN}),
    ("erx-11", "en",
     ("Mild bronchial wall thickening in both lower lobes, not to the degree of bronchiectasis. "
      "No mosaic attenuation. The heart is normal in size."),
     {PBT}),
    ("erx-12", "en",
     ("Slight prominence of the lower lobe bronchi, which does not amount to bronchiectasis. "
      "A linear opacity is seen in the right middle lobe. No nodules."),
     {OPA, FIB}),
    ("erx-13", "en",
     ("There are a few scattered lucencies in the upper lobes, not enough to call emphysema. "
      "No pulmonary nodule. Small hiatus hernia."),
     {HH}),
    ("erx-14", "en",
     ("A 2 mm subpleural dot in the left lower lobe is not large enough to be called a nodule and most "
      "likely represents a vessel in cross-section. No pleural effusion. Median sternotomy wires are present."),
     {MM}),
    ("erx-15", "en",
     ("Borderline cardiomegaly. Small pericardial effusion. Bilateral pleural effusions with adjacent "
      "compressive atelectasis of the lower lobes."),
     {CM, PCE, PE, ATL}),
    ("erx-16", "en",
     ("There is a tiny subpleural nodule in the right lower lobe, too small to characterise. "
      "No other pulmonary nodules. No lymphadenopathy."),
     {NOD}),
    ("erx-17", "en",
     ("If anything, there is minimal dependent atelectasis at the lung bases. "
      "No consolidation, no effusion."),
     {ATL}),
    ("erx-18", "en",
     ("There is no fluid in the chest except a trace of pericardial fluid. No pleural effusion. "
      "Calcified plaques in the coronary arteries."),
     {PCE, CAC}),
    ("erx-19", "en",
     ("Nothing beyond mild interlobular septal thickening at the lung bases. No ground-glass opacity. "
      "Heart size is normal."),
     {IST}),
    ("erx-20", "en",
     ("The right lower lobe nodule measures no more than 5 mm and is stable. No new nodules. "
      "No consolidation."),
     {NOD}),
    ("erx-21", "en",
     ("A solid nodule in the left upper lobe measures not more than 6 mm. "
      "Paraseptal and centrilobular emphysema in both upper lobes. No pleural effusion."),
     {NOD, EMP}),
    ("erx-22", "en",
     ("Except for a small sliding hiatal hernia, the mediastinum is unremarkable. The lungs are clear. "
      "No lymph node enlargement."),
     {HH}),
    ("erx-23", "en",
     ("Apart from coronary artery calcification, the heart is unremarkable, with no pericardial effusion "
      "and no cardiomegaly. The lungs are clear."),
     {CAC}),
    ("erx-24", "en",
     ("Other than a small calcified nodule in the left lower lobe, no pulmonary nodule is seen. "
      "No pleural effusion. A right internal jugular central venous catheter terminates in the SVC."),
     {NOD, MM}),
    ("erx-25", "en",
     ("Not only is there consolidation in the right lower lobe, but also a moderate right pleural "
      "effusion. Reactive mediastinal lymph nodes up to 12 mm in short axis."),
     {CON, PE, LN}),
    ("erx-26", "en",
     ("Neither pleural nor pericardial effusion is present. Mild cardiomegaly. "
      "Calcification of the descending thoracic aorta."),
     {CM, AWC}),
    ("erx-27", "en",
     ("There is no pleural effusion, let alone empyema. No consolidation, let alone cavitation. "
      "Minor bibasal atelectasis."),
     {ATL}),
    ("erx-28", "en",
     ("Neither emphysema nor bronchiectasis is seen. A few ground-glass opacities in the right upper lobe, "
      "probably inflammatory."),
     {OPA}),
    ("erx-29", "en",
     ("The lungs are clear. No nodule, consolidation or ground-glass opacity. No pleural or pericardial "
      "effusion. Heart size is normal. No lymphadenopathy. No hiatus hernia."),
     set()),
    ("erx-30", "en",
     ("The only abnormality is a small hiatus hernia. The lungs and pleura are normal."),
     {HH}),
    ("erx-31", "en",
     ("Consolidation is confined to the left lower lobe, with air bronchograms, consistent with pneumonia. "
      "Small left pleural effusion. The remaining lung is clear."),
     {CON, PE}),
    ("erx-32", "en",
     ("The subcarinal lymph node is borderline enlarged at 10 mm in short axis. No pleural effusion. "
      "Centrilobular emphysema in the upper lobes."),
     {LN, EMP}),
    ("erx-33", "en",
     ("Interlobular septal thickening is limited to the lung bases and is mild. There is also ground-glass "
      "opacity in both lower lobes. Small bilateral pleural effusions. Cardiomegaly."),
     {IST, OPA, PE, CM}),
    ("erx-34", "en",
     ("The heart is at the upper end of normal size, short of cardiomegaly. No pericardial effusion. "
      "Dual-chamber pacemaker with leads in the right atrium and right ventricle."),
     {MM}),
    ("erx-35", "en",
     ("The airways show mild wall thickening, not to the degree that would suggest bronchiectasis, and there "
      "is no bronchial dilatation. Mosaic attenuation in both lungs, suggesting air trapping."),
     {PBT, MOS}),
    ("erx-36", "en",
     ("The pulmonary arteries opacify normally without filling defect. The lungs show no more than a few "
      "bands of subsegmental atelectasis in the lingula."),
     {ATL}),
    ("erx-37", "en",
     ("Merely a small pericardial effusion, of no haemodynamic significance. Heart size is normal. "
      "Calcified atheroma of the aortic arch."),
     {PCE, AWC}),
    ("erx-38", "en",
     ("Nodules: none except a 3 mm perifissural nodule in the right middle lobe. No lymphadenopathy. "
      "No pleural effusion."),
     {NOD}),
    ("erx-39", "en",
     ("There is nothing beyond age-related change: calcification of the coronary arteries and of the aortic "
      "arch. No pulmonary abnormality."),
     {CAC, AWC}),
    ("erx-40", "en",
     ("The degree of bronchial dilatation does not reach the threshold for bronchiectasis. Peribronchial "
      "thickening is present in the right lower lobe. No consolidation."),
     {PBT}),
    ("erx-41", "en",
     ("The lucency of the upper lobes is not enough to call emphysema and is likely a normal variant. "
      "No nodules. A small calcified mediastinal lymph node."),
     {LN}),
    ("erx-42", "en",
     ("Not only coronary artery calcification but also calcification of the aortic wall is noted. "
      "No cardiomegaly. The lungs are clear."),
     {CAC, AWC}),
    ("erx-43", "en",
     ("There is neither lymphadenopathy nor pleural effusion. A small nodule in the left upper lobe, too "
      "small to characterise, warrants follow-up CT in 12 months."),
     {NOD}),
    ("erx-44", "en",
     ("No emphysema, let alone bullous disease. No interstitial abnormality. The heart is normal in size "
      "and there is no pericardial effusion."),
     set()),
    ("erx-45", "en",
     ("If anything, there is slight interlobular septal thickening in the lower lobes. Otherwise the lungs "
      "are clear. Nasogastric tube with its tip in the stomach."),
     {IST, MM}),
    ("erx-46", "en",
     ("Emphysema is limited to a small paraseptal area at the right apex. A 7 mm solid nodule in the left "
      "lower lobe. No effusion."),
     {EMP, NOD}),
    ("erx-47", "en",
     ("The pleural effusion is small and confined to the right costophrenic angle, with adjacent "
      "atelectasis. The hilar lymph nodes do not reach the threshold for lymphadenopathy."),
     {PE, ATL}),
    ("erx-48", "en",
     ("The findings fall short of consolidation; there is only patchy ground-glass opacity in the left "
      "lower lobe. No pleural effusion."),
     {OPA}),
    ("erx-49", "en",
     ("Borderline enlarged heart. No pericardial effusion. Bilateral pleural effusions, larger on the right."),
     {CM, PE}),
    ("erx-50", "en",
     ("No nodule, no consolidation, no effusion. Neither cardiomegaly nor pericardial effusion. "
      "No hiatal hernia and no lymphadenopathy."),
     set()),
    ("erx-51", "en",
     ("Apart from mild bronchiectasis in the middle lobe, the airways are normal. No mucus plugging. "
      "No mosaic attenuation."),
     {BRX}),
    ("erx-52", "en",
     ("The only finding other than the sternotomy wires is a small left pleural effusion."),
     {MM, PE}),
    ("erx-53", "en",
     ("No more than mild cardiomegaly. Trace pericardial effusion. Coronary artery calcification."),
     {CM, PCE, CAC}),
    ("erx-54", "en",
     ("Dependent density at the lung bases does not amount to consolidation and represents atelectasis. "
      "A 5 mm nodule in the right middle lobe."),
     {ATL, NOD}),
    ("erx-55", "en",
     ("The mediastinal lymph nodes are all subcentimetre and do not reach the threshold for "
      "lymphadenopathy. The heart falls short of cardiomegaly. No effusion. The lungs are clear."),
     set()),
    ("erx-56", "en",
     ("Not only is there emphysema, but also extensive bronchial wall thickening. No consolidation. "
      "No lymphadenopathy."),
     {EMP, PBT}),
    ("erx-57", "en",
     ("Atelectatic change is seen only in the right middle lobe. Otherwise there is nothing but a small "
      "hiatal hernia."),
     {ATL, HH}),
    ("erx-58", "en",
     ("Neither the lungs nor the pleura show any abnormality. There is no any lymphadenopathy and no "
      "pericardial effusion."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("erx-12", FIB): "a bare 'linear opacity' is read as a lung opacity only; in CT-RATE train it is a fibrotic sequela in 7 of 13 reports, too even to call",
    ("erx-54", ATL): "a denial before 'and represents atelectasis' ('does not amount to consolidation and represents atelectasis'): 'represents' is no affirmative predicate that ends the denial's reach",
    ("erx-55", LN): "'The mediastinal lymph nodes are all subcentimetre and do not reach the threshold': the described nodes' own predicate ('are') comes first and keeps them, as CT-RATE labels described small nodes",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
