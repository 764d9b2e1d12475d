"""Probe: English chest CT follow-up reports from a general hospital that mix several discourse
devices in one report: comparison with one or more earlier CTs (dates, prior/baseline), back-references
to earlier findings ("it has resolved", "these persist", "the former/the latter"), quotations of the
previous report or the requisition, AI/CAD software results that the radiologist accepts or rejects,
hedges ("possible", "cannot be excluded"), general remarks about a disease ("typically",
"classically"), and devices placed or removed (port, chest tube, stent, pacemaker, sternotomy wires).
Structure varies (free prose, FINDINGS/IMPRESSION headings, numbered impressions). Labels describe what
THIS examination shows. Includes negative controls and reports with no positive finding. The reports
were written for this file without looking at the engine's lexicon or cue lists.
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
    ("efm-01", "en",
     ("Comparison is made with the CT of 12 March 2023. The right-sided chest tube has been removed in the "
      "interim, and the small apical pneumothorax seen at that time has resolved. A small right pleural "
      "effusion persists. The 7 mm solid nodule in the right upper lobe is unchanged in size. "
      "No consolidation is seen."),
     {PE, NOD}),
    ("efm-02", "en",
     ("FINDINGS: A right chest wall port has been placed since the prior study, with the catheter tip at the "
      "cavoatrial junction. The left lower lobe consolidation described previously has resolved. "
      "There is a thin band of subsegmental atelectasis in the lingula. No pleural effusion. "
      "IMPRESSION: Resolution of left lower lobe pneumonia. New port in satisfactory position."),
     {MM, ATL}),
    ("efm-03", "en",
     ("The computer-aided detection (CAD) system marked three candidate nodules. On review, two correspond "
      "to vessel bifurcations in the right lower lobe and the third to focal pleural thickening at the left "
      "base. No true pulmonary nodule is identified. There are atherosclerotic calcifications of the "
      "thoracic aorta. Heart size is normal."),
     {AWC}),
    ("efm-04", "en",
     ("The requisition states \"known emphysema, worsening dyspnea, please compare\". Despite this history, "
      "no emphysema is identified on the current or the prior CT from 2022. There is diffuse bronchial wall "
      "thickening in both lower lobes, slightly more pronounced than before. No consolidation or effusion. "
      "No pulmonary embolism on this contrast-enhanced study."),
     {PBT}),
    ("efm-05", "en",
     ("Median sternotomy wires and mediastinal surgical clips from the previous CABG are noted. "
      "Dense calcification of the native coronary arteries. Heart size is within normal limits. "
      "A small pericardial effusion is present, decreased compared with the postoperative CT of 4 January. "
      "The bilateral pleural effusions seen at that time have resolved."),
     {MM, CAC, PCE}),
    ("efm-06", "en",
     ("The previously seen dual-chamber pacemaker has been explanted; the generator and both leads are "
      "removed and there are no retained lead fragments. A small fluid collection remains in the former "
      "left pectoral pocket. The heart is enlarged, unchanged. The lungs are clear. No pleural effusion."),
     {CM}),
    ("efm-07", "en",
     ("Two nodules were described on the baseline CT of May 2022, one in the right upper lobe (5 mm) and "
      "one in the left lower lobe (8 mm). The former is no longer visible. The latter measures 8 mm and "
      "is unchanged over two years, compatible with a benign lesion. No new nodules."),
     {NOD}),
    ("efm-08", "en",
     ("The prior CT showed ground-glass opacity in the right upper lobe and consolidation in the right "
      "lower lobe. The former has resolved, while the latter persists, now smaller and containing air "
      "bronchograms. No pleural effusion. Mediastinal lymph nodes are not enlarged. "
      "Recommend follow-up after completion of antibiotic therapy."),
     {CON}),
    ("efm-09", "en",
     ("IMPRESSION: 1. Interval improvement of bilateral pleural effusions: the right effusion has resolved "
      "and only a trace of fluid remains on the left. 2. Stable cardiomegaly. 3. The interlobular septal "
      "thickening seen on the admission CT is no longer present, consistent with resolved pulmonary edema. "
      "4. No new focal lung lesion."),
     {PE, CM}),
    ("efm-10", "en",
     ("Clinical question: \"sarcoidosis? follow-up\". Classically, sarcoidosis shows perilymphatic nodules "
      "and symmetric hilar lymphadenopathy; neither is present on this examination. The lungs are clear. "
      "No mediastinal or hilar lymphadenopathy. No pleural or pericardial effusion."),
     set()),
    ("efm-11", "en",
     ("AI-based emphysema quantification estimates 14% low-attenuation areas below -950 HU, in keeping "
      "with the visually apparent centrilobular emphysema in both upper lobes. The automated coronary "
      "calcium score is 312 Agatston units, and calcifications are confirmed in the LAD and RCA. "
      "No pulmonary nodules. Compared with 2021, the emphysema has slightly progressed."),
     {EMP, CAC}),
    ("efm-12", "en",
     ("The AI triage tool flagged \"possible consolidation, right lower lobe\". On review this corresponds "
      "to dependent subsegmental atelectasis with preserved volume of the remaining lobe, and there is no "
      "consolidation. No pleural effusion. The remainder of the lungs is unremarkable."),
     {ATL}),
    ("efm-13", "en",
     ("A self-expanding metallic stent is seen in the left main bronchus and is patent. The left hilar mass "
      "measures 4.5 x 3.9 cm, previously 5.2 x 4.4 cm. The post-obstructive atelectasis of the left upper "
      "lobe has decreased but a residual collapsed segment remains. No contralateral lesion. "
      "No pleural effusion."),
     {MM, ATL}),
    ("efm-14", "en",
     ("FINDINGS: Possible small hiatal hernia. A subtle mosaic attenuation pattern in both lower lobes "
      "cannot be excluded on this inspiratory-only acquisition; expiratory images are recommended at the "
      "next follow-up. No nodules, consolidation, or effusion. Heart size normal. "
      "IMPRESSION: As above, no acute abnormality."),
     {HH, MOS}),
    ("efm-15", "en",
     ("Comparison with CTs of 2021 and 2022. The previously described 4 mm nodule in the lingula is no longer "
      "identified. No new pulmonary nodule. The lungs are clear and there is no pleural effusion. "
      "Heart size is normal and no lymphadenopathy is seen. No further follow-up is needed."),
     set()),
    ("efm-16", "en",
     ("The report of 3 February described \"a 9 mm spiculated nodule in the left upper lobe, suspicious for "
      "malignancy\". The patient has since undergone left upper lobectomy, and a surgical staple line is "
      "seen at the left hilum. Linear fibrotic changes extend along the staple line. There is no nodule "
      "to suggest recurrence. No mediastinal lymphadenopathy."),
     {MM, FIB}),
    ("efm-17", "en",
     ("Since the CT of two days ago, a left pigtail chest tube has been inserted with its tip at the apex. "
      "The left pleural effusion has decreased substantially; a small residual effusion remains posteriorly. "
      "The compressive atelectasis of the left lower lobe has partially re-expanded, with residual "
      "atelectasis at the base. No pneumothorax."),
     {MM, PE, ATL}),
    ("efm-18", "en",
     ("Compared with the baseline staging CT of January 2024, the mediastinal lymph nodes have decreased in "
      "size: the subcarinal node now measures 8 mm in short axis (previously 16 mm) and the right "
      "paratracheal node 6 mm (previously 12 mm). No new lymphadenopathy. No pleural or pericardial "
      "effusion. Findings are consistent with treatment response."),
     {LN}),
    ("efm-19", "en",
     ("Bronchiectasis in the middle lobe persists, with mucus plugging and tree-in-bud nodularity in the "
      "adjacent segment, unchanged from March. Mediastinal lymph nodes are not enlarged. "
      "No pleural effusion. The appearance is typical of chronic infection such as MAC."),
     {BRX}),
    ("efm-20", "en",
     ("Bilateral subpleural reticulation and traction bronchiectasis were noted on the prior CT; these persist "
      "without significant progression. No honeycombing. The ground-glass opacity in the lower lobes has "
      "decreased and is now minimal. No lymphadenopathy. No effusion."),
     {FIB, BRX, OPA}),
    ("efm-21", "en",
     ("Requisition: \"COVID pneumonia? compare with previous\". The lungs show no ground-glass opacity or "
      "consolidation. Features that typically accompany COVID-19 pneumonia, such as peripheral ground-glass "
      "opacities and crazy paving, are absent. Incidental small hiatal hernia. No pleural effusion."),
     {HH}),
    ("efm-22", "en",
     ("The right internal jugular central venous catheter and the endotracheal tube have been removed since "
      "the ICU study. The bilateral lower lobe consolidations have improved but persist, with surrounding "
      "ground-glass opacity. No pleural effusion. Heart size is normal."),
     {CON, OPA}),
    ("efm-23", "en",
     ("The nasogastric tube has been removed. A left arm PICC now terminates in the superior vena cava. "
      "Mild centrilobular emphysema in the upper lobes, unchanged. No focal consolidation. "
      "No pleural effusion."),
     {MM, EMP}),
    ("efm-24", "en",
     ("Status post TEVAR with a stent graft in the descending thoracic aorta, unchanged in position compared "
      "with 2023. No endoleak is seen. Atherosclerotic calcifications of the aortic arch. "
      "The lungs are clear. No pleural effusion."),
     {MM, AWC}),
    ("efm-25", "en",
     ("A mechanical aortic valve prosthesis and sternotomy wires are present. The heart is mildly enlarged, "
      "similar to the previous examination. Coronary artery calcifications are noted. No pericardial effusion. "
      "No pulmonary nodules or consolidation."),
     {MM, CM, CAC}),
    ("efm-26", "en",
     ("The nodule management software measured the right lower lobe solid nodule at 112 mm3, compared with "
      "98 mm3 on the prior study, giving a volume doubling time of more than 600 days. This is accepted after "
      "visual review and is consistent with benign behaviour. No new nodules. No lymphadenopathy."),
     {NOD}),
    ("efm-27", "en",
     ("CAD reports a \"new 5 mm nodule\" in the left upper lobe. On review, this is a small focus of mucoid "
      "impaction within a segmental bronchus and not a nodule. There is mild bronchial wall thickening in "
      "both lower lobes. No consolidation. No pleural effusion."),
     {PBT}),
    ("efm-28", "en",
     ("The right lower lobe nodule has grown from 10 mm to 14 mm since the CT of 8 August. A right hilar "
      "lymph node measures 11 mm in short axis; reactive enlargement is possible, but early metastatic "
      "involvement cannot be excluded. No pleural effusion. PET-CT is recommended."),
     {NOD, LN}),
    ("efm-29", "en",
     ("The pericardial effusion seen on 2 June has resolved. The pericardial drain has been removed. "
      "Small bilateral pleural effusions remain, slightly smaller than before. The lungs are otherwise clear. "
      "Heart size is normal."),
     {PE}),
    ("efm-30", "en",
     ("Indication: \"follow-up of pneumonia, ?abscess\". No abscess or cavity is seen. Residual linear scarring "
      "in the middle lobe at the site of the previous pneumonia. No consolidation. No pleural effusion."),
     {FIB}),
    ("efm-31", "en",
     ("The mosaic attenuation pattern previously noted is no longer seen on this study. "
      "No air trapping on expiratory images. Coronary artery calcifications are present. "
      "No pulmonary nodules. No lymphadenopathy."),
     {CAC}),
    ("efm-32", "en",
     ("Compared with yesterday's CT, there is new smooth interlobular septal thickening and bilateral "
      "ground-glass opacity, consistent with pulmonary edema. Small bilateral pleural effusions have "
      "developed. The heart is enlarged. A pulmonary artery catheter is in the right pulmonary artery."),
     {IST, OPA, PE, CM, MM}),
    ("efm-33", "en",
     ("Status post Nissen fundoplication, with surgical clips at the gastroesophageal junction. "
      "No recurrent hiatal hernia. The lungs are clear. No pleural effusion or lymphadenopathy."),
     {MM}),
    ("efm-34", "en",
     ("The right chest tube has been removed. A small amount of residual subcutaneous emphysema is present in "
      "the right lateral chest wall at the former tube site. There is no pulmonary emphysema. "
      "Small right apical pleural thickening. No pneumothorax and no pleural effusion."),
     set()),
    ("efm-35", "en",
     ("A 4 mm calcified nodule in the right upper lobe, consistent with a granuloma, is unchanged since 2019. "
      "No other nodules. No consolidation. Heart size normal. No effusion."),
     {NOD}),
    ("efm-36", "en",
     ("IMPRESSION: 1. Patchy consolidation in the left lower lobe, possibly due to aspiration. "
      "2. Stable small hiatal hernia. 3. The esophageal stent is in expected position and unchanged. "
      "4. No pleural effusion."),
     {CON, HH, MM}),
    ("efm-37", "en",
     ("The differential on the prior examination was atelectasis versus consolidation in the right lower lobe. "
      "The current appearance favours the former, with volume loss, crowding of the bronchi and no air "
      "bronchograms. No pleural effusion. No lymphadenopathy."),
     {ATL}),
    ("efm-38", "en",
     ("A Nuss bar is in place for pectus excavatum correction, unchanged in position. "
      "No pulmonary nodules. The lungs are clear. No pleural or pericardial effusion."),
     {MM}),
    ("efm-39", "en",
     ("Mild cylindrical bronchiectasis in both lower lobes cannot be ruled out, as the bronchi appear slightly "
      "larger than the adjacent arteries. There is peribronchial thickening in the same distribution. "
      "No consolidation. Compared with 2023, no significant change."),
     {BRX, PBT}),
    ("efm-40", "en",
     ("FINDINGS: Comparison with CT from 2019. No pulmonary nodules, consolidation, or pleural effusion. "
      "The heart and pericardium are normal. No hiatal hernia. The previously described right pleural "
      "effusion has resolved. IMPRESSION: No abnormality."),
     set()),
    ("efm-41", "en",
     ("Interval placement of a left-sided dual-chamber pacemaker, with leads in the right atrium and right "
      "ventricle. Mild cardiomegaly, unchanged. The lungs are clear. No pleural effusion."),
     {MM, CM}),
    ("efm-42", "en",
     ("An ICD is present in the left chest with a single lead in the right ventricle. The AI coronary calcium "
      "tool reported a score of 0; however, a small calcification is visible in the proximal LAD, so the "
      "automated result is not accepted. The lungs are clear. No effusion."),
     {MM, CAC}),
    ("efm-43", "en",
     ("AI lung nodule detection found no nodules, concordant with the visual review. Mild bilateral apical "
      "pleuroparenchymal scarring, unchanged. No consolidation. No lymphadenopathy."),
     {FIB}),
    ("efm-44", "en",
     ("Compared with the CTs of 2020, 2022 and 2024, the part-solid nodule in the right upper lobe has slowly "
      "grown and now measures 12 mm with a 5 mm solid component. Moderate centrilobular emphysema. "
      "No lymphadenopathy. No pleural effusion."),
     {NOD, EMP}),
    ("efm-45", "en",
     ("Classically, asbestos exposure produces calcified pleural plaques, and these are seen bilaterally, "
      "unchanged. Round atelectasis in the left lower lobe adjacent to pleural thickening is stable. "
      "No pulmonary fibrosis. No pleural effusion."),
     {ATL}),
    ("efm-46", "en",
     ("No sternotomy wires are present; the requisition's mention of \"prior CABG\" appears to be erroneous. "
      "Marked coronary artery calcification. The lungs are clear. No pleural effusion."),
     {CAC}),
    ("efm-47", "en",
     ("The left main bronchus stent seen on the previous CT has been removed. Mild residual narrowing of the "
      "bronchus persists. Bronchiectasis in the left lower lobe is unchanged. No consolidation."),
     {BRX}),
    ("efm-48", "en",
     ("The right upper lobe mass measures 4.2 x 3.8 cm, previously 5.1 x 4.6 cm, after chemotherapy. "
      "The right paratracheal lymph node measures 9 mm (previously 14 mm). A right chest port has been "
      "placed. No pleural effusion."),
     {LN, MM}),
    ("efm-49", "en",
     ("Known adenocarcinoma in the left lower lobe, cT1b, measuring 1.8 cm, stable compared with the CT of "
      "September. No hilar or mediastinal lymphadenopathy. No pleural effusion. No new lesions."),
     {NOD}),
    ("efm-50", "en",
     ("A fiducial marker is present in the right upper lobe. Post-radiation fibrosis and consolidation in the "
      "right paramediastinal upper lobe are evolving as expected. No new nodule. No effusion."),
     {MM, FIB, CON}),
    ("efm-51", "en",
     ("Dependent densities in both lower lobes, likely due to hypoventilation, similar to the prior study. "
      "No consolidation. No pulmonary nodules. No pleural effusion."),
     {OPA}),
    ("efm-52", "en",
     ("Mild pericardial thickening, unchanged since the prior study, without effusion. "
      "The interlobular septal thickening previously noted is no longer seen. "
      "The lungs are otherwise clear. No lymphadenopathy."),
     {PCE}),
    ("efm-53", "en",
     ("Requisition: \"dyspnea, rule out interstitial lung disease\". There is no reticulation, honeycombing, "
      "traction bronchiectasis, or ground-glass opacity. No evidence of interstitial lung disease. "
      "Heart size normal. No effusion."),
     set()),
    ("efm-54", "en",
     ("Mosaic attenuation persists in both lungs, with air trapping on expiratory images, in keeping with "
      "small airways disease. There is bronchial wall thickening in the lower lobes. "
      "No bronchiectasis. No consolidation."),
     {MOS, PBT}),
]

OPEN: dict[tuple[str, str], str] = {
    ("efm-08", CON): "'The prior CT showed ... consolidation. The former has resolved, while the latter persists': the antecedent is the earlier study's (no state), so the back-reference finds nothing to keep",
    ("efm-37", CON): "a judgement call: 'the current appearance favours the former' (atelectasis over consolidation) weighs two options; the hedge 'versus' stands",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
