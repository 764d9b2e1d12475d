"""Probe: English chest CT reports that compare the present study with three or more earlier
examinations ("Compared with CTs of January 2023, June 2024 and March 2025"): findings that appeared,
grew, shrank, disappeared and reappeared across the series, sizes per time point
("8 mm (2023) -> 10 mm (2024) -> 12 mm (now)"), "previously seen ... no longer visible", "new since the
most recent study", "unchanged over three years", and reports where the present state must be read from
the last time point. The reports were written for this file without looking at the engine's lexicon or
cue lists.
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
    ("emtp-01", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. The right pleural effusion, which had "
      "resolved on the June study, has recurred and is now moderate in size. Adjacent compressive atelectasis "
      "of the right lower lobe. Emphysema, present on all prior studies, is unchanged. No pericardial effusion."),
     {PE, ATL, EMP}),
    ("emtp-02", "en",
     ("Comparison: 03/2022, 11/2023 and 08/2024. The right upper lobe nodule, stable from 2022 to 2023, has now "
      "grown: 8 mm (2022) → 8 mm (2023) → 12 mm (now). No new nodules. No mediastinal or hilar "
      "lymphadenopathy. Coronary artery calcification."),
     {NOD, CAC}),
    ("emtp-03", "en",
     ("Compared with three prior CTs (2021, 2023, 2024). Previously seen ground-glass opacity in the left lower "
      "lobe is no longer visible. The small left effusion noted in 2023 has also resolved. The lungs are clear. "
      "Heart size is normal."),
     set()),
    ("emtp-04", "en",
     ("Compared with CTs of February 2022, September 2023 and January 2025. Left lower lobe nodule: "
      "6 mm → 5 mm → 4 mm, slowly involuting, likely benign. Calcified granuloma in the right upper lobe, "
      "unchanged over three years. No pleural effusion."),
     {NOD}),
    ("emtp-05", "en",
     ("New since the most recent study (April 2025): patchy consolidation in the right lower lobe with air "
      "bronchograms. The earlier studies from 2022 and 2023 showed clear lungs. A small right parapneumonic "
      "effusion is also new. No lymphadenopathy."),
     {CON, PE}),
    ("emtp-06", "en",
     ("Comparison with CTs of 2020, 2022 and 2024. Mediastinal lymph nodes, enlarged on the 2020 study (up to "
      "18 mm), decreased in 2022 and are now normal in size. No pleural or pericardial effusion. Mild "
      "centrilobular emphysema, unchanged."),
     {EMP}),
    ("emtp-07", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Pericardial effusion: small (2023), none "
      "(2024), small again today. Cardiomegaly, stable across all examinations. Calcification of the aortic "
      "arch and of the coronary arteries."),
     {PCE, CM, AWC, CAC}),
    ("emtp-08", "en",
     ("Compared with prior studies from 2019, 2021 and 2023. Bilateral lower lobe subpleural reticulation with "
      "traction bronchiectasis, progressive across the series, now with early honeycombing. The ground-glass "
      "opacity present in 2019 has been replaced by fibrosis; no residual ground glass. No effusion."),
     {FIB, BRX}),
    ("emtp-09", "en",
     ("Compared with CTs of 2022, 2023 and 2024. The left lower lobe atelectasis seen in 2022 and 2023 has "
      "resolved. Sternotomy wires and a mitral valve prosthesis are unchanged. No cardiomegaly. No pleural "
      "effusion."),
     {MM}),
    ("emtp-10", "en",
     ("Comparison: March 2021, July 2022 and October 2024. The lingular nodule measures 5 mm (2021) → 5 mm "
      "(2022) → 5 mm (now), unchanged over three years and therefore benign. Small hiatal hernia, unchanged "
      "since 2021. No other abnormality."),
     {NOD, HH}),
    ("emtp-11", "en",
     ("Compared with four prior CTs (2018–2024), the most recent in August 2024. The right upper lobe mass has "
      "decreased from 4.5 cm to 3.8 cm and now measures 2.4 cm following chemoradiation. The right hilar "
      "lymph node has decreased from 15 mm to 9 mm short axis. Radiation fibrosis in the right paramediastinal "
      "lung, stable since 2022."),
     {NOD, LN, FIB}),
    ("emtp-12", "en",
     ("Comparison is made with CTs from January 2023, June 2024 and March 2025. The tree-in-bud opacities in "
      "the right middle lobe, present in 2023 and 2024, are no longer visible. No new nodules since the most "
      "recent study. No consolidation, effusion or lymphadenopathy. The heart and great vessels are "
      "unremarkable."),
     set()),
    ("emtp-13", "en",
     ("Compared with CTs of 2021, 2023 and May 2025. Bilateral interlobular septal thickening and bilateral "
      "pleural effusions, which had resolved on the 2023 study, have reappeared, in keeping with recurrent "
      "interstitial oedema. Cardiomegaly. No consolidation."),
     {IST, PE, CM}),
    ("emtp-14", "en",
     ("Compared with three prior studies. The bronchiectasis in the left lower lobe, present on all prior "
      "studies, is unchanged. Bronchial wall thickening has increased since the most recent study. Mucoid "
      "impaction seen in 2023 has cleared. Mosaic attenuation is again noted."),
     {BRX, PBT, MOS}),
    ("emtp-15", "en",
     ("Comparison CT: 01/2023, 06/2024, 03/2025. Part-solid nodule in the right upper lobe: 10 mm (2023) → "
      "14 mm (2024) → 18 mm (now), with the solid component growing from 2 mm to 6 mm; adenocarcinoma must be "
      "considered. No lymphadenopathy. Centrilobular emphysema."),
     {NOD, EMP}),
    ("emtp-16", "en",
     ("Compared with studies of 2020, 2022 and 2024. The port catheter, present in 2020 and 2022, has been "
      "removed since the last study. No lymphadenopathy. The lungs are clear. No pleural effusion."),
     set()),
    ("emtp-17", "en",
     ("Comparison with CTs of January, March and June 2025. The left lower lobe consolidation seen in January "
      "improved in March and has now completely resolved, leaving a small linear scar. The left effusion, "
      "present in January only, has not recurred."),
     {FIB}),
    ("emtp-18", "en",
     ("Compared with CTs of 2022, 2023 and 2024. Emphysema is not seen on this or on any of the prior studies. "
      "The lung nodule reported in 2022 was not confirmed on subsequent studies and is again not seen. "
      "Coronary artery calcification, unchanged."),
     {CAC}),
    ("emtp-19", "en",
     ("Compared with CTs of November 2023, February 2024 and January 2025. There is a new 7 mm nodule in the "
      "left upper lobe since the most recent study. The right lower lobe nodule, which had disappeared on the "
      "February 2024 study, has reappeared at the same location and measures 5 mm, possibly inflammatory. "
      "No pleural effusion."),
     {NOD}),
    ("emtp-20", "en",
     ("Comparison: 2019, 2021, 2023. Subcarinal lymph node 11 mm → 14 mm → 19 mm, progressively enlarging. "
      "Right paratracheal node 12 mm, unchanged. A small pericardial effusion cannot be excluded. "
      "Calcification of the aortic wall."),
     {LN, PCE, AWC}),
    ("emtp-21", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. The hiatal hernia seen in 2023 was not "
      "present in 2024 and is not present today. Heart size normal. No pleural effusion. Atelectasis in the "
      "lingula, present on all three prior studies, persists."),
     {ATL}),
    ("emtp-22", "en",
     ("Comparison with examinations from 2021, 2022 and 2024. Diffuse mosaic attenuation, present in 2021, had "
      "resolved in 2022 and has not recurred. No air trapping. The lungs are clear."),
     set()),
    ("emtp-23", "en",
     ("Compared with three earlier CTs (2020–2024). The left pleural effusion has steadily decreased: large "
      "(2020) → moderate (2022) → small (2024) → trace (now). Residual pleural thickening. Subsegmental "
      "atelectasis in the left lower lobe."),
     {PE, ATL}),
    ("emtp-24", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Bilateral patchy ground-glass opacities, "
      "absent in 2023, developed by June 2024 and have increased on the present study. No consolidation. "
      "No effusion. Mild cardiomegaly, unchanged."),
     {OPA, CM}),
    ("emtp-25", "en",
     ("Comparison: June 2022, August 2023 and April 2025. The previously seen 6 mm right lower lobe nodule is "
      "no longer visible. No new nodules. Emphysema, unchanged over three years. Median sternotomy wires."),
     {EMP, MM}),
    ("emtp-26", "en",
     ("Compared with CTs of 2022, 2023 and 2024. Right pleural effusion: present (2022), absent (2023), "
      "present (2024), absent (now). Cardiomegaly, unchanged. Dual-chamber pacemaker in place."),
     {CM, MM}),
    ("emtp-27", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Consolidation in the right middle lobe: "
      "present in 2023, resolved in 2024, recurrent in March 2025, and persisting today with slight increase. "
      "Possible underlying bronchiectasis. No lymph node enlargement."),
     {CON, BRX}),
    ("emtp-28", "en",
     ("Compared with the prior CTs of 2021, 2022 and 2023. The left lower lobe nodule, stable from 2021 to "
      "2022, has now grown from 9 mm to 14 mm. New right hilar lymphadenopathy, 13 mm. Malignancy cannot be "
      "excluded."),
     {NOD, LN}),
    ("emtp-29", "en",
     ("Comparison studies: 2020, 2022, 2024. No emphysema, as on all prior studies. No bronchiectasis. No "
      "nodules. The small pericardial effusion noted in 2022 has resolved. Coronary stents in the LAD and RCA."),
     {MM}),
    ("emtp-30", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Bilateral apical pleuroparenchymal "
      "scarring, unchanged over three years. Centrilobular and paraseptal emphysema, present on all prior "
      "studies, has slightly progressed. No suspicious nodules."),
     {FIB, EMP}),
    ("emtp-31", "en",
     ("Compared with CTs of 2022, 2023 and 2024. Mediastinal lymph nodes measure up to 8 mm, unchanged, and are "
      "not enlarged. Small hiatal hernia, new since the most recent study. Aortic calcification has progressed."),
     {HH, AWC}),
    ("emtp-32", "en",
     ("Comparison: March 2023, September 2024 and February 2025. Right middle lobe atelectasis: present in "
      "2023, resolved in 2024, recurred in February 2025, and has now resolved again. No consolidation. "
      "Small right pleural effusion, new."),
     {PE}),
    ("emtp-33", "en",
     ("Compared with three prior studies, most recently May 2025. The endotracheal tube and the right internal "
      "jugular central venous catheter have been removed since the most recent study. A nasogastric tube "
      "remains in place. Dependent densities in both lower lobes, unchanged. No pneumothorax."),
     {MM, OPA}),
    ("emtp-34", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. No pleural effusion on this study or on "
      "any prior. No cardiomegaly. No lymphadenopathy. The lungs are clear; slight thickening of the minor "
      "fissure is unchanged and not significant."),
     set()),
    ("emtp-35", "en",
     ("Compared with CTs of 2021, 2023 and January 2025. The left upper lobe mass has grown from 2.8 cm (2021) "
      "→ 3.6 cm (2023) → 4.7 cm (now). Enlarged aortopulmonary window lymph node, 16 mm. Moderate left "
      "pleural effusion, new since the most recent study, likely malignant."),
     {LN, PE}),
    ("emtp-36", "en",
     ("Comparison with prior CT scans dated 2019, 2022 and 2024. Peribronchial thickening, present on all "
      "prior studies, has decreased and is no longer evident. Mild bronchiectasis, stable. No emphysema."),
     {BRX}),
    ("emtp-37", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. The left lower lobe consolidation which "
      "appeared in June 2024 has evolved into a fibrotic band. The surrounding ground-glass opacity has "
      "resolved. No new consolidation."),
     {FIB}),
    ("emtp-38", "en",
     ("Compared with CTs of 2022, 2023 and 2024. Honeycombing was not present on any prior study and is not "
      "seen today. Minimal basal reticulation, unchanged over three years. No traction bronchiectasis."),
     {FIB}),
    ("emtp-39", "en",
     ("Comparison with CTs of 2020, 2022 and 2024. The septal thickening seen in 2022 has resolved. The "
      "previously seen right effusion is no longer visible. Cardiomegaly has regressed and the heart size is "
      "now normal."),
     set()),
    ("emtp-40", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Since March 2025 there is new bilateral "
      "ground-glass opacity with superimposed interlobular septal thickening (crazy paving). Small bilateral "
      "pleural effusions. Mediastinal nodes up to 9 mm, likely reactive."),
     {OPA, IST, PE, LN}),
    ("emtp-41", "en",
     ("Compared with the three previous CTs. Left ventricular assist device and ICD in place, unchanged. "
      "Cardiomegaly, present on all prior studies. Small pericardial effusion, stable. Atelectasis at the left "
      "base has increased."),
     {MM, CM, PCE, ATL}),
    ("emtp-42", "en",
     ("Comparison: 2021, 2023, 2024. The previously seen left lower lobe nodule (6 mm in 2021, 4 mm in 2023, "
      "2 mm in 2024) is no longer visible. No other nodules. No emphysema."),
     set()),
    ("emtp-43", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Large hiatal hernia, present on all prior "
      "studies, unchanged. Consolidation in the right lower lobe, new since the most recent study, probably "
      "due to aspiration. Bronchial wall thickening in both lower lobes."),
     {HH, CON, PBT}),
    ("emtp-44", "en",
     ("Compared with CTs of 2022, 2023 and 2024. Mosaic attenuation, first seen in 2023, persists, with air "
      "trapping on expiratory images. No bronchiectasis. New tree-in-bud opacities in the right lower lobe."),
     {MOS}),
    ("emtp-45", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. The ascending aortic graft and sternal "
      "wires are unchanged. Coronary artery calcification has progressed. Calcified plaques of the descending "
      "aorta. No effusion. No nodules."),
     {MM, CAC, AWC}),
    ("emtp-46", "en",
     ("Compared with CTs of 2020, 2023 and 2024. Right lower lobe consolidation, present in 2020 and resolved "
      "in 2023, has not recurred. At its site there is a 9 mm nodule, new since the most recent study; "
      "follow-up CT is advised."),
     {NOD}),
    ("emtp-47", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Emphysema, present on all prior studies. "
      "Right upper lobe nodule: 8 mm (2023) → 10 mm (2024) → 12 mm (now). Right hilar node 7 mm (2023), "
      "9 mm (2024), 11 mm (now). No effusion."),
     {EMP, NOD, LN}),
    ("emtp-48", "en",
     ("Compared with four prior CTs from 2021 onward, the most recent in January 2025. No interval change. "
      "Stable chronic findings: biapical pleural thickening and mild calcification of the thoracic aorta."),
     {AWC}),
    ("emtp-49", "en",
     ("Comparison: CTs of 2022, 2023 and 2024. Bilateral lower lobe atelectasis, present in 2023 and 2024, is "
      "less extensive today but still present. The small bilateral effusions seen in 2023 and 2024 have "
      "resolved. No cardiomegaly."),
     {ATL}),
    ("emtp-50", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Peribronchial thickening was seen in June "
      "2024 and has since resolved; no bronchial wall thickening today. The lungs are otherwise clear. "
      "Oesophageal stent in place, new since the most recent study."),
     {MM}),
    ("emtp-51", "en",
     ("Compared with CTs of 2021, 2022 and 2024. Bronchiectasis with peribronchial thickening in the middle "
      "lobe and lingula, unchanged over three years. Scattered nodules up to 4 mm, stable. No consolidation."),
     {BRX, PBT, NOD}),
    ("emtp-52", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025. Possible new small left pleural effusion. "
      "Possible early consolidation in the lingula, unchanged since March 2025. The pericardial effusion has "
      "resolved since June 2024."),
     {PE, CON}),
    ("emtp-53", "en",
     ("Compared with CTs of 2022, 2023 and 2024. The mediastinal lymphadenopathy seen in 2022 regressed in "
      "2023 and recurred in 2024; today the mediastinal nodes have normalised in size. The heart is normal. "
      "No effusion."),
     set()),
    ("emtp-54", "en",
     ("Compared with CTs of January 2023, June 2024 and March 2025, requested for lung nodule surveillance and "
      "emphysema follow-up. No nodule is seen on the current study, as on all prior examinations. No emphysema "
      "is present."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("emtp-32", ATL): "a time series written as 'present in 2023, resolved in 2024, recurred in February 2025, and has now resolved again' is not read to its last point",
    ("emtp-37", CON): "'the consolidation which appeared in June 2024 has evolved into a fibrotic band': the relative clause cuts the consolidation off from its predicate",
    ("emtp-53", LN): "'lymphadenopathy ... recurred in 2024; today the mediastinal nodes have normalised': today's statement names the nodes, not the lymphadenopathy",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
