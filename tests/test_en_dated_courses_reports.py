"""Probe: English chest CT reports that summarise several examinations with dates for long
follow-ups: dated lines ("03/2023: right pleural effusion", "Today: ..."), baseline -> prior ->
current chains with arrows, prose walking through the dates ("On the initial CT (2022) ...,
on the prior (Jan 2024) ..., today ..."), tables with one column per date (tab- or
pipe-separated, headers such as Baseline / Prior / Today or dates), ALL-CAPS headed sections
per examination, and reports listed in reverse chronological order. The current examination
decides: a finding seen earlier but gone now is 0, one that came back is 1, one that improved
but is still present is 1. The reports were written for this file without looking at the
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
    ("edc-01", "en",
     ("Comparison: CT 03/2023 and 10/2023.\n"
      "03/2023: moderate right pleural effusion with compressive atelectasis of the right lower lobe.\n"
      "10/2023: effusion resolved, residual linear atelectasis.\n"
      "Today: recurrent small right pleural effusion. No atelectasis. "
      "Coronary artery calcification, unchanged."),
     {PE, CAC}),
    ("edc-02", "en",
     ("Right upper lobe nodule: 6 mm (baseline 2021) -> 7 mm (2022) -> 7 mm (today). "
      "Stable over two years. Centrilobular emphysema, upper lobe predominant. "
      "No mediastinal or hilar lymphadenopathy."),
     {NOD, EMP}),
    ("edc-03", "en",
     ("On the initial CT (2022) there was extensive bilateral ground-glass opacity with consolidation "
      "in the lower lobes, consistent with COVID-19 pneumonia. On the prior (Jan 2024) the consolidation "
      "had resolved, leaving faint ground glass and subpleural bands. Today the ground glass has cleared "
      "completely; a few subpleural fibrotic bands persist in both lower lobes. No pleural effusion."),
     {FIB}),
    ("edc-04", "en",
     ("Finding | Baseline (05/2022) | Prior (11/2023) | Today\n"
      "Mediastinal lymph nodes | subcarinal 14 mm | 11 mm | 8 mm\n"
      "Pleural effusion | small left | none | none\n"
      "Pulmonary nodules | multiple, up to 9 mm | up to 5 mm | not seen\n"
      "Impression: continued treatment response. Residual subcarinal lymph node measures 8 mm in short axis. "
      "Port catheter in the right chest wall, tip at the cavoatrial junction."),
     {LN, MM}),
    ("edc-05", "en",
     ("EXAMINATION 1 (2019): Bilateral apical pleuroparenchymal scarring. No nodules.\n"
      "EXAMINATION 2 (2021): New 5 mm nodule in the left lower lobe.\n"
      "CURRENT EXAMINATION (2024): The left lower lobe nodule is no longer visible. Apical scarring unchanged. "
      "Calcified atherosclerotic plaque in the aortic arch."),
     {FIB, AWC}),
    ("edc-06", "en",
     ("02/2022: left lower lobe consolidation (pneumonia).\n"
      "06/2022: improving, residual ground-glass opacity.\n"
      "Today: complete resolution. Lungs clear. No pleural effusion, no lymphadenopathy. "
      "Heart of normal size."),
     set()),
    ("edc-07", "en",
     ("Compared with 08/2023 and 01/2024. The right pleural effusion has decreased from moderate (08/2023) "
      "to small (01/2024) and is now trace. Adjacent atelectasis has resolved. Cardiomegaly persists. "
      "Dual-chamber pacemaker with leads in the right atrium and right ventricle."),
     {PE, CM, MM}),
    ("edc-08", "en",
     ("\t2021-04\t2022-09\t2024-03\n"
      "Emphysema\tmild\tmild\tmoderate\n"
      "Bronchiectasis\tRLL, cylindrical\tRLL\tRLL, unchanged\n"
      "Bronchial wall thickening\tyes\tyes\tno\n"
      "Mucus plugging\tpresent\tabsent\tabsent\n"
      "Consolidation\tlingula\tnone\tnone"),
     {EMP, BRX}),
    ("edc-09", "en",
     ("Baseline (2020): left lower lobe consolidation. Follow-up (2021): resolved. "
      "Current: new consolidation again in the left lower lobe with air bronchograms, in keeping with "
      "recurrent pneumonia. Small left pleural effusion. No cavitation."),
     {CON, PE}),
    ("edc-10", "en",
     ("Since the first CT in March 2019 there has been steady progression of subpleural reticulation and "
      "honeycombing, which now involves all lobes; traction bronchiectasis in the lower lobes is more "
      "pronounced than in September 2022. The ground glass seen in 2022 has decreased but is still present "
      "in the right lower lobe. Mediastinal lymph nodes up to 12 mm, probably reactive. No effusion."),
     {FIB, BRX, OPA, LN}),
    ("edc-11", "en",
     ("Calcified pleural plaques along the left hemidiaphragm and lateral chest wall, unchanged since 2018 "
      "and 2021, consistent with prior asbestos exposure. No pleural effusion on any of the studies. "
      "Atherosclerotic calcification of the thoracic aorta. Lungs otherwise clear."),
     {AWC}),
    ("edc-12", "en",
     ("PRIOR CT 12 JAN 2024: Collapse of the right lower lobe due to mucus plugging. Moderate right "
      "pleural effusion.\n"
      "PRIOR CT 02 FEB 2024: Partial re-expansion of the right lower lobe. Effusion small.\n"
      "TODAY 15 MAR 2024: Complete re-expansion of the right lower lobe. Minimal residual subsegmental "
      "atelectasis at the right base. Effusion resolved."),
     {ATL}),
    ("edc-13", "en",
     ("Pericardial effusion: moderate (06/2023) -> small (09/2023) -> none (today). "
      "Median sternotomy wires. Coronary artery bypass grafts with surgical clips. Heart size normal."),
     {MM}),
    ("edc-14", "en",
     ("Mosaic attenuation was first noted in 2020, was unchanged in 2022, and is still present today, with "
      "air trapping on the expiratory images. Bronchial wall thickening in both lower lobes, new since 2022. "
      "No bronchiectasis."),
     {MOS, PBT}),
    ("edc-15", "en",
     ("The hiatal hernia described on the 2017 CT was repaired in 2019 (Nissen fundoplication); "
      "no recurrent hernia today. Surgical clips at the oesophageal hiatus. Small lymph nodes along the "
      "lesser curvature, not enlarged. Lungs clear."),
     {MM}),
    ("edc-16", "en",
     ("18/02/2024 (admission): cardiomegaly, bilateral pleural effusions, smooth interlobular septal "
      "thickening and perihilar ground glass - pulmonary oedema.\n"
      "25/02/2024: effusions decreasing, septal lines less prominent.\n"
      "Today (04/03/2024): septal thickening and ground glass have resolved. A small left pleural effusion "
      "persists. Cardiomegaly unchanged."),
     {CM, PE}),
    ("edc-17", "en",
     ("| Lesion | Baseline | Prior | Today |\n"
      "| RUL nodule | 8 mm | 12 mm | 15 mm |\n"
      "| LLL solid nodule | 4 mm | 4 mm | 4 mm |\n"
      "| Right hilar lymph node | 9 mm | 15 mm | 18 mm |\n"
      "Impression: growing right upper lobe nodule and enlarging right hilar lymph node, suspicious "
      "for malignancy."),
     {NOD, LN}),
    ("edc-18", "en",
     ("Left upper lobe mass of 4.5 cm at baseline (2022), treated with chemoradiation; 2.1 cm on the "
      "prior (2023). Today there is post-radiation fibrosis in the left upper lobe with no measurable "
      "residual mass, and paramediastinal consolidation confined to the radiation field."),
     {FIB, CON}),
    ("edc-19", "en",
     ("Right lower lobe mass: 2.8 cm (10/2023) -> 3.6 cm (today), with obstructive atelectasis of the "
      "posterior basal segment distal to it. No additional pulmonary nodules. Enlarged right hilar "
      "lymph node, 14 mm short axis, new."),
     {ATL, LN}),
    ("edc-20", "en",
     ("Follow-up of an incidental 4 mm nodule first seen 05/2021.\n"
      "05/2022: unchanged.\n"
      "Today (05/2024): not identified, presumably a resolved inflammatory focus. No new nodules. "
      "No emphysema. Heart size normal."),
     set()),
    ("edc-21", "en",
     ("Compared with the examinations of 2015, 2018 and 2021. Paraseptal and centrilobular emphysema, "
      "stable. Mild bronchial wall thickening, stable. Calcifications of the coronary arteries and the "
      "aortic arch. The left adrenal nodule of 15 mm is unchanged since 2015, consistent with an adenoma."),
     {EMP, PBT, CAC, AWC}),
    ("edc-22", "en",
     ("01/05/2024: right chest tube in place, small residual pneumothorax, right pleural effusion.\n"
      "08/05/2024: chest tube removed; effusion small.\n"
      "Today: no pneumothorax; small loculated right pleural effusion with pleural thickening. "
      "Linear atelectasis at the right base."),
     {PE, ATL}),
    ("edc-23", "en",
     ("BASELINE STAGING (APRIL 2022): Bulky anterior mediastinal lymphadenopathy measuring 7 cm, bilateral "
      "axillary nodes. Small pericardial effusion.\n"
      "END OF TREATMENT (NOVEMBER 2022): Residual anterior mediastinal soft tissue of 2 cm. No pericardial "
      "effusion.\n"
      "CURRENT (MAY 2024): Anterior mediastinal residual tissue unchanged at 2 cm, consistent with fibrotic "
      "residue. New enlarged left axillary lymph nodes up to 17 mm, suspicious for relapse. "
      "Port-a-cath in the right chest wall."),
     {LN, MM}),
    ("edc-24", "en",
     ("Comparison with 2022 shows no interval change. No pleural effusion, pericardial effusion, "
      "consolidation or lymphadenopathy, then or now. Fatty involution of the thymus."),
     set()),
    ("edc-25", "en",
     ("Baseline (28 Dec 2023): dense consolidation of the right middle and lower lobes with bilateral "
      "ground-glass opacities.\n"
      "Prior (12 Jan 2024): consolidation improving.\n"
      "Current (09 Feb 2024): small residual consolidation in the posterior basal segment of the right "
      "lower lobe; ground glass resolved. Interval resolution of the right pleural effusion."),
     {CON}),
    ("edc-26", "en",
     ("Station\t02.2021\t08.2022\tcurrent\n"
      "4R\t11 mm\t9 mm\t7 mm\n"
      "7\t16 mm\t12 mm\t10 mm\n"
      "10L\t8 mm\t-\t-\n"
      "Conclusion: regressing mediastinal lymph nodes in known sarcoidosis, the subcarinal node still "
      "10 mm in short axis. Perilymphatic micronodules have decreased in number; a few remain in the upper lobes."),
     {LN, NOD}),
    ("edc-27", "en",
     ("The cardiac enlargement seen on the 2021 and 2022 studies has regressed after valve replacement; "
      "the heart is now of normal size. Mechanical aortic valve prosthesis. Pericardium thin, no effusion."),
     {MM}),
    ("edc-28", "en",
     ("The index CT (September 2020) showed a 9 mm left lower lobe nodule. On follow-up in March 2021 it had "
      "decreased to 5 mm, and on the most recent prior (March 2022) it had resolved. It has not recurred on "
      "the current study. However, there is a new 6 mm nodule in the right middle lobe."),
     {NOD}),
    ("edc-29", "en",
     ("Left lower lobe atelectasis: present 11/2022, resolved 04/2023, recurred today, together with a small "
      "left pleural effusion. Remainder of the lungs clear."),
     {ATL, PE}),
    ("edc-30", "en",
     ("CT CHEST 2020: Small hiatal hernia. Mild cardiomegaly.\n"
      "CT CHEST 2022: Hiatal hernia enlarged, now moderate.\n"
      "CT CHEST TODAY: Large hiatal hernia containing most of the stomach. Heart size within normal limits; "
      "the previously described cardiomegaly is not seen. Mild compressive atelectasis of the left lower "
      "lobe adjacent to the hernia."),
     {HH, ATL}),
    ("edc-31", "en",
     ("2022: right lower lobe opacity, interpreted as consolidation.\n"
      "2023: smaller, now thought to represent rounded atelectasis adjacent to pleural plaque.\n"
      "Today: rounded atelectasis unchanged at 3 cm, with a comet-tail sign. Calcified pleural plaques bilaterally."),
     {ATL}),
    ("edc-32", "en",
     ("Surveillance CT after left upper lobectomy for adenocarcinoma (2019, pT1b pN0). CT 2020, 2021, 2022 "
      "and today: no evidence of recurrence. Surgical staple line at the left hilum, stable. "
      "No pulmonary nodules, no lymphadenopathy, no pleural effusion."),
     {MM}),
    ("edc-33", "en",
     ("Subsolid nodule in the right upper lobe: 15 mm (2021) → 18 mm (2022) → 20 mm with a new 6 mm solid "
      "component (2024). Suspicious for adenocarcinoma; tissue sampling recommended. No lymphadenopathy."),
     {NOD}),
    ("edc-34", "en",
     ("The bilateral pleural effusions seen on 03/2024 and 04/2024 have resolved, as has the bibasal "
      "atelectasis. Remaining findings: mild cardiomegaly and a trace pericardial effusion."),
     {CM, PCE}),
    ("edc-35", "en",
     ("\tBaseline\tPrior\tToday\n"
      "Emphysema\tyes\tyes\tyes\n"
      "Nodule\tno\t5 mm RLL\tno\n"
      "Pleural effusion\tno\tno\tsmall right\n"
      "Lymph nodes\tnormal\tnormal\tnormal"),
     {EMP, PE}),
    ("edc-36", "en",
     ("In February the left lower lobe consolidation was extensive; by April it had largely cleared; on "
      "today's examination in June there is complete resolution, with a few residual fibrotic strands. "
      "The bronchiectasis in the left lower lobe, present on all three studies, is unchanged."),
     {FIB, BRX}),
    ("edc-37", "en",
     ("The mosaic attenuation seen in 2022 (hypersensitivity pneumonitis) has resolved after antigen "
      "avoidance, as have the centrilobular ground-glass nodules. Today the lungs show no mosaic pattern; "
      "mild reticulation at both bases."),
     {FIB}),
    ("edc-38", "en",
     ("10/2022: endotracheal tube, nasogastric tube and right internal jugular line; bilateral consolidation.\n"
      "11/2022: tubes removed, tracheostomy in place.\n"
      "Today: tracheostomy decannulated, stoma closed. Lungs clear apart from a 1 cm band of scarring in "
      "the right lower lobe."),
     {FIB}),
    ("edc-39", "en",
     ("FIRST STUDY - 2018: Cylindrical bronchiectasis in the middle lobe and lingula. Tree-in-bud in the "
      "middle lobe.\n"
      "SECOND STUDY - 2021: Bronchiectasis unchanged. Tree-in-bud resolved.\n"
      "THIS STUDY - 2024: Bronchiectasis now also in the right lower lobe, with bronchial wall thickening "
      "and new tree-in-bud nodularity. Consistent with nontuberculous mycobacterial infection."),
     {BRX, PBT}),
    ("edc-40", "en",
     ("TEVAR in 2019. Follow-up CTs 2020, 2022 and today: stent graft in the descending thoracic aorta in "
      "good position, no endoleak. The aneurysm sac has decreased from 62 mm to 48 mm. Extensive "
      "calcification of the aortic arch and the coronary arteries."),
     {MM, AWC, CAC}),
    ("edc-41", "en",
     ("Left Bochdalek hernia containing fat, unchanged since 2016 and 2020. Eventration of the right "
      "hemidiaphragm, stable. Mild dependent density in both lower lobes. No pleural effusion."),
     {OPA}),
    ("edc-42", "en",
     ("Compared with three prior CTs (2017-2023). Multiple bilateral pulmonary nodules, the largest 7 mm in "
      "the left upper lobe, unchanged for six years and therefore benign. No new lesions. "
      "Heart size normal, no pericardial effusion."),
     {NOD}),
    ("edc-43", "en",
     ("CURRENT EXAMINATION (12.04.2024): No pleural effusion. Mild atelectasis of the left lower lobe.\n"
      "PREVIOUS EXAMINATION (03.01.2024): Moderate left pleural effusion, consolidation of the left lower lobe.\n"
      "OLDEST EXAMINATION (15.09.2023): Normal."),
     {ATL}),
    ("edc-44", "en",
     ("Today: 4 mm nodule in the right upper lobe, unchanged. Emphysema.\n"
      "09/2023: same nodule, 4 mm. Emphysema. Left pleural effusion.\n"
      "03/2021: same nodule, 4 mm. Consolidation in the left lower lobe."),
     {NOD, EMP}),
    ("edc-45", "en",
     ("Initially (2020) there was only mild reticulation in both lower lobes; then (2022) new ground-glass "
      "opacities and interlobular septal thickening appeared; now there is further progression with "
      "honeycombing and traction bronchiectasis, while the ground glass has partially regressed. "
      "Septal thickening is no longer evident."),
     {FIB, BRX, OPA}),
    ("edc-46", "en",
     ("Date | 2023-01-10 | 2023-06-14 | 2024-01-22 (current)\n"
      "RLL consolidation | present | resolved | resolved\n"
      "Right pleural effusion | moderate | small | resolved\n"
      "Pericardial effusion | none | none | small\n"
      "Cardiomegaly | no | no | no"),
     {PCE}),
    ("edc-47", "en",
     ("Comparison: 2019, 2021, 2023. Unchanged normal chest CT. The lungs remain clear, with no nodules, "
      "masses or consolidation on any of the examinations. No lymphadenopathy. Normal heart size."),
     set()),
    ("edc-48", "en",
     ("Right pleural effusion: trace (01/24) → small (02/24) → large (today), with complete atelectasis of "
      "the right lower lobe and mediastinal shift to the left. Pleural nodularity, suspicious for "
      "metastases."),
     {PE, ATL}),
    ("edc-49", "en",
     ("Compared with baseline (July 2023) and nadir (January 2024): the lung metastases decreased from "
      "multiple, up to 18 mm at baseline, to a single 4 mm left lower lobe nodule at nadir; today there are "
      "three new nodules up to 8 mm in the right lung, indicating progression. Mediastinal lymph nodes "
      "not enlarged. Central venous port in situ."),
     {NOD, MM}),
    ("edc-50", "en",
     ("Coronary artery calcification present on all studies (2018, 2021, today) and increasing. "
      "Pericardial thickening, new today. Heart size normal. Lungs clear."),
     {CAC, PCE}),
    ("edc-51", "en",
     ("Bulla in the right upper lobe: 5 cm (2019) → 7 cm (2022); bullectomy in 2023. Today: postoperative "
      "staple line at the right apex, no residual bulla; mild paraseptal emphysema remains."),
     {MM, EMP}),
    ("edc-52", "en",
     ("CT 1 - 11 NOV 2021 (outside hospital): report only, which described bilateral effusions; images "
      "not available.\n"
      "CT 2 - 06 JUN 2023: No effusion. Small hiatal hernia.\n"
      "CT 3 - TODAY: No effusion. Hiatal hernia unchanged. Mild interlobular septal thickening in both "
      "lower lobes, new."),
     {HH, IST}),
    ("edc-53", "en",
     ("Right paratracheal lymph node: 22 mm at diagnosis (Aug 2022), 13 mm after induction (Dec 2022), "
      "9 mm at the last follow-up (Jun 2023) and 9 mm today, considered a residual node. The radiation "
      "pneumonitis in the right upper lobe (Dec 2022) has evolved into fibrosis with traction bronchiectasis."),
     {LN, FIB, BRX}),
    ("edc-54", "en",
     ("The left hilar lymph node enlargement seen in 2022 and 2023 is no longer present. Emphysema has "
      "progressed since 2022. Mild cardiomegaly, new since the last examination."),
     {EMP, CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("edc-03", OPA): "a course told in prose sentences ('On the initial CT (2022) there was ...; On the prior ...; Today ...'): the first examination's sentence is read as now",
    ("edc-03", CON): "the same course in prose",
    ("edc-18", CON): "'no measurable residual mass, and paramediastinal consolidation confined to the radiation field': the denial reaches over ', and'",
    ("edc-23", FIB): "'residual tissue ... consistent with fibrotic residue' in the mediastinum is read as a lung fibrotic sequela",
    ("edc-27", CM): "'The cardiac enlargement ... has regressed after valve replacement; the heart is now of normal size': regressed is read as still there, and the second clause names no finding",
    ("edc-34", ATL): "'..., as has the bibasal atelectasis': a predicate carried over by 'as has' is not read",
    ("edc-36", CON): "a course in one sentence ('In February ... was extensive; by April it had largely cleared; ... complete resolution'): the first point is read as now",
    ("edc-37", NOD): "'..., as have the centrilobular ground-glass nodules': a predicate carried over by 'as have' is not read",
    ("edc-45", IST): "a course in one sentence ('then (2022) new ... interlobular septal thickening appeared; now ...'): the earlier point is read as now, and 'Septal thickening is no longer evident' names the finding without 'interlobular'",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
