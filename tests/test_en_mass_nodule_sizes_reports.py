"""Probe: English chest CT reports (US, UK, Turkish and Japanese radiologists writing in English)
that describe lung nodules and masses with sizes and descriptors: solid, part-solid and ground-glass
nodules, micronodules, nodular opacities, subpleural and perifissural nodules, calcified granulomas,
spiculated masses under 3 cm (a nodule) and masses over 3 cm (not a nodule by themselves), new,
enlarging, stable and resolved nodules, Lung-RADS and Fleischner wording, cancer words and clinical
T stages, plus thyroid, breast, liver, adrenal, oesophageal and mediastinal nodules and masses as
negative controls, hedges, denials, comparisons and reports with no nodule. The reports were written
for this file without looking at the engine's lexicon or cue lists.
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
    ("emn-01", "en",
     ("Low-dose CT for lung cancer screening. Comparison: none. Mild centrilobular emphysema, upper lobe "
      "predominant. There is a 4 mm solid nodule in the right upper lobe (series 3, image 45). No other "
      "pulmonary nodules. No pleural effusion. Coronary artery calcifications are present. "
      "Lung-RADS category 2: benign appearance or behavior."),
     {EMP, NOD, CAC}),
    ("emn-02", "en",
     ("Lung-RADS category 1: negative. No lung nodules. The lungs are otherwise clear. Heart size is normal "
      "without pericardial effusion. Moderate coronary artery calcification. Small hiatal hernia."),
     {CAC, HH}),
    ("emn-03", "en",
     ("A 2.4 cm spiculated mass in the left upper lobe abutting the pleura is highly suspicious for primary "
      "lung carcinoma. Enlarged left hilar lymph node measuring 14 mm in short axis. No pleural effusion. "
      "Background centrilobular emphysema. Lung-RADS 4X."),
     {NOD, LN, EMP}),
    ("emn-04", "en",
     ("5.2 x 4.1 cm lobulated right hilar mass with central necrosis, consistent with primary bronchogenic "
      "carcinoma, occluding the right upper lobe bronchus with postobstructive collapse of the right upper "
      "lobe. No additional pulmonary nodules. Small right pleural effusion. Subcarinal lymph node measures "
      "18 mm."),
     {ATL, PE, LN}),
    ("emn-05", "en",
     ("Right upper lobe part-solid nodule measuring 18 mm overall with a 7 mm solid component, increased "
      "from 15 mm on the prior study of 03/2022. Findings are concerning for adenocarcinoma spectrum "
      "lesion. No mediastinal or hilar lymphadenopathy. Atherosclerotic calcification of the thoracic aorta."),
     {NOD, AWC}),
    ("emn-06", "en",
     ("Persistent 9 mm pure ground-glass nodule in the superior segment of the left lower lobe, unchanged "
      "since 2021. Per Fleischner Society guidelines, continued surveillance CT in 2 years is suggested. "
      "No new nodules. Mild dependent atelectasis at both lung bases."),
     {NOD, ATL}),
    ("emn-07", "en",
     ("Comparison is made with the CT of three months ago. The previously seen 7 mm nodule in the right "
      "middle lobe is no longer visualised, in keeping with a resolved inflammatory process. No new "
      "pulmonary nodules. The lungs are otherwise clear. No pleural or pericardial effusion. No "
      "lymphadenopathy."),
     set()),
    ("emn-08", "en",
     ("Millimetric nonspecific nodules are observed in both lungs, the largest measuring 4 mm in the right "
      "lower lobe. No pathologically enlarged lymph node was detected in the mediastinum; a few lymph nodes "
      "that did not reach pathological size are present. Heart size is normal. No pleural effusion. "
      "Calcific atherosclerotic changes are noted in the thoracic aorta."),
     {NOD, LN, AWC}),
    ("emn-09", "en",
     ("A 15 mm part-solid nodule in Rt S3 with pleural indentation. Primary lung adenocarcinoma is "
      "suspected, cT1bN0. No mediastinal lymph node swelling. Mild emphysema in both upper lobes. "
      "No pleural effusion."),
     {NOD, EMP}),
    ("emn-10", "en",
     ("Known left lower lobe adenocarcinoma, clinical stage cT1bN0M0, referred for restaging. The primary "
      "lesion is again seen without significant change. Scattered subsegmental atelectasis in the lingula. "
      "Stable small pericardial effusion. No adenopathy."),
     {NOD, ATL, PCE}),
    ("emn-11", "en",
     ("Right upper lobe mass measuring 6.1 x 4.8 cm invading the chest wall, cT3. Ipsilateral mediastinal "
      "lymphadenopathy, the largest right paratracheal node measuring 2.1 cm. Moderate right pleural "
      "effusion with adjacent compressive atelectasis. No contralateral nodules."),
     {LN, PE, ATL}),
    ("emn-12", "en",
     ("Incidental 1.8 cm hypodense nodule in the left thyroid lobe; nonemergent thyroid ultrasound may be "
      "considered. Lungs: no pulmonary nodules or masses. No consolidation. The heart is normal in size. "
      "No pleural effusion."),
     set()),
    ("emn-13", "en",
     ("3.2 cm irregular mass in the upper outer quadrant of the right breast, corresponding to the known "
      "breast carcinoma. Enlarged right axillary lymph nodes up to 2.3 cm. No suspicious pulmonary nodules. "
      "The lungs are clear. A left chest port is present with the catheter tip in the SVC."),
     {LN, MM}),
    ("emn-14", "en",
     ("Partially imaged 2.1 cm left adrenal nodule measuring 8 HU, consistent with an adenoma. A 1.2 cm "
      "hypodense lesion in the liver dome is likely a cyst. The lungs are clear without nodule, "
      "consolidation or effusion. Aortic calcification. Coronary artery calcification."),
     {AWC, CAC}),
    ("emn-15", "en",
     ("Calcified granuloma in the right upper lobe, benign. Calcified right hilar lymph nodes, sequela of "
      "prior granulomatous disease, not enlarged. Splenic granulomas. No suspicious nodule. No effusion."),
     {NOD}),
    ("emn-16", "en",
     ("No suspicious pulmonary nodules. Scattered linear scarring at the left lung base. Mild bronchial "
      "wall thickening. Mild cardiomegaly."),
     {FIB, PBT, CM}),
    ("emn-17", "en",
     ("Compared with 06/2023, there is a new 6 mm solid nodule in the left lower lobe. The previously noted "
      "3 mm right upper lobe nodule is stable. Emphysema. Lung-RADS 3: probably benign, 6-month follow-up "
      "LDCT recommended."),
     {NOD, EMP}),
    ("emn-18", "en",
     ("A 5 mm triangular perifissural nodule along the right minor fissure likely represents an "
      "intrapulmonary lymph node; no follow-up is needed. No other nodules. Mild paraseptal emphysema. "
      "No mediastinal lymphadenopathy."),
     {NOD, EMP}),
    ("emn-19", "en",
     ("Subpleural nodule measuring 3 mm in the posterior left lower lobe. Mild subpleural reticulation in "
      "both lower lobes without honeycombing. No traction bronchiectasis. No ground-glass opacity."),
     {NOD, FIB}),
    ("emn-20", "en",
     ("Diffuse ill-defined centrilobular micronodules in the upper lobes, in keeping with respiratory "
      "bronchiolitis in a current smoker. Mild centrilobular emphysema. Bronchial wall thickening. "
      "No consolidation or pleural effusion."),
     {NOD, EMP, PBT}),
    ("emn-21", "en",
     ("There is a 1.1 cm nodular opacity in the lingula, which may be infectious or inflammatory; a "
      "short-term follow-up CT in 3 months is recommended to confirm resolution. Adjacent patchy "
      "ground-glass opacity. No lymphadenopathy."),
     {NOD, OPA}),
    ("emn-22", "en",
     ("An 8 mm focus in the right lower lobe may represent a nodule versus a vessel seen end-on. Trace "
      "bilateral pleural effusions. Cardiomegaly. Median sternotomy wires."),
     {NOD, PE, CM, MM}),
    ("emn-23", "en",
     ("Clinical indication: follow-up of pulmonary nodule. Findings: no pulmonary nodule or mass is "
      "identified. Mild bibasilar atelectasis. Small sliding hiatal hernia."),
     {ATL, HH}),
    ("emn-24", "en",
     ("Indication: ?lung malignancy, weight loss. Findings: no lung mass or pulmonary nodule. There is "
      "moderate centrilobular emphysema. Mild cylindrical bronchiectasis in the lower lobes. No mediastinal "
      "or hilar lymphadenopathy. Conclusion: no CT evidence of malignancy."),
     {EMP, BRX}),
    ("emn-25", "en",
     ("A 2.8 cm spiculated mass in the apicoposterior segment of the left upper lobe is highly suspicious "
      "for bronchogenic carcinoma. Small volume left hilar nodes measure up to 8 mm in short axis. No "
      "pleural effusion. Extensive coronary artery calcification."),
     {NOD, LN, CAC}),
    ("emn-26", "en",
     ("Right lower lobe mass measuring 3.8 x 3.4 cm with a separate 12 mm satellite nodule in the same "
      "lobe (cT3). Enlarged subcarinal lymph node measuring 16 mm. Aortic wall calcification."),
     {NOD, LN, AWC}),
    ("emn-27", "en",
     ("A 1.9 cm thick-walled cavitary nodule in the right upper lobe with surrounding tree-in-bud "
      "opacities; the differential includes mycobacterial infection and squamous cell carcinoma. Patchy "
      "consolidation in the posterior segment. No pleural effusion."),
     {NOD, CON}),
    ("emn-28", "en",
     ("Multiple bilateral pulmonary nodules, the largest 14 mm in the left lower lobe, increased in size "
      "and number, consistent with progressive metastatic disease. Right chest port in place. Small left "
      "pleural effusion. Mediastinal lymph nodes are not enlarged."),
     {NOD, MM, PE}),
    ("emn-29", "en",
     ("A 1.6 cm well-circumscribed nodule in the right lower lobe containing fat and popcorn calcification, "
      "diagnostic of a hamartoma, stable since 2019. No other findings. Heart size normal."),
     {NOD}),
    ("emn-30", "en",
     ("Status post SBRT for left upper lobe adenocarcinoma. At the treatment site there is a band of "
      "fibrosis with volume loss, consistent with post-radiation change; no nodular component to suggest "
      "recurrence. No new pulmonary nodules. No lymphadenopathy."),
     {FIB}),
    ("emn-31", "en",
     ("Status post right upper lobectomy with the surgical staple line intact. No nodularity along the "
      "staple line to suggest recurrence. No new pulmonary nodules. Mild right apical pleural thickening. "
      "Postoperative elevation of the right hemidiaphragm."),
     {MM}),
    ("emn-32", "en",
     ("Several small solid nodules, all less than 5 mm, stable for 2 years and considered benign. No further "
      "follow-up is required per Fleischner guidelines. Mild mosaic attenuation suggesting small airways "
      "disease. No bronchiectasis."),
     {NOD, MOS}),
    ("emn-33", "en",
     ("Fleischner Society guidelines do not apply as no pulmonary nodules are present. Mild interlobular "
      "septal thickening at both bases and small bilateral pleural effusions, suggestive of mild "
      "interstitial edema. Cardiomegaly."),
     {IST, PE, CM}),
    ("emn-34", "en",
     ("Rt S6: 22 mm solid mass with spiculation. Lung cancer is suspected. #7 lymph node 12 mm, swollen. "
      "Lt S1+2: GGN 6 mm, unchanged. Emphysema in both upper lobes."),
     {NOD, LN, EMP}),
    ("emn-35", "en",
     ("No nodule in both lungs. No pleural effusion. No lymphadenopathy. Arteriosclerosis of the aorta with "
      "calcification. Thyroid: 12 mm nodule in the right lobe, adenomatous nodule suspected."),
     {AWC}),
    ("emn-36", "en",
     ("No nodule or mass lesion was detected in both lungs. Linear atelectasis is seen in the middle lobe. "
      "Heart dimensions are increased. Pericardial effusion reaching 8 mm in thickness. No pathological "
      "lymph node was observed in the mediastinum."),
     {ATL, CM, PCE}),
    ("emn-37", "en",
     ("Ground-glass nodule of 7 mm in the upper lobe of the right lung. Interlobular septal thickening and "
      "ground-glass areas in both lower lobes; COVID-19 pneumonia cannot be excluded. Sequelae fibrotic "
      "bands in the left lower lobe."),
     {NOD, IST, OPA, FIB}),
    ("emn-38", "en",
     ("The left upper lobe solid nodule has enlarged, now measuring 11 mm compared with 7 mm in January, "
      "suspicious for malignancy. PET-CT is recommended. Emphysema. Coronary calcification. Pacemaker in "
      "place."),
     {NOD, EMP, CAC, MM}),
    ("emn-39", "en",
     ("The multiple ill-defined nodules seen on the prior study have resolved. Residual minimal "
      "subsegmental atelectasis in the right lower lobe. No pleural effusion. No new nodules or masses."),
     {ATL}),
    ("emn-40", "en",
     ("Anterior mediastinal mass measuring 6.5 cm, likely thymoma. The lungs are clear. No pulmonary "
      "nodules. No pleural effusion."),
     set()),
    ("emn-41", "en",
     ("Bilateral calcified pleural plaques consistent with prior asbestos exposure. No pulmonary mass. "
      "Subpleural curvilinear lines and mild reticulation at both bases. No nodules."),
     {FIB}),
    ("emn-42", "en",
     ("A small 4 mm density in the left lower lobe; a tiny pulmonary nodule cannot be excluded. Mild "
      "bronchiectasis in the right middle lobe. No consolidation."),
     {NOD, BRX}),
    ("emn-43", "en",
     ("Nasogastric tube in place. Dense consolidation of the left lower lobe with air bronchograms. "
      "Moderate left pleural effusion. Incidental tiny 2 mm right middle lobe nodule, too small to "
      "characterize."),
     {MM, CON, PE, NOD}),
    ("emn-44", "en",
     ("Lung-RADS 4B. There is a new 3.4 cm lobulated mass in the left lower lobe. No other nodules. "
      "Moderate emphysema. Enlarged left hilar lymph node measuring 13 mm."),
     {EMP, LN}),
    ("emn-45", "en",
     ("Irregular 1.8 cm mass in the right upper lobe with spiculated margins and adjacent pleural "
      "retraction. Surrounding paraseptal and centrilobular emphysema. Trace right pleural effusion. "
      "Aortic and coronary calcifications."),
     {NOD, EMP, PE, AWC, CAC}),
    ("emn-46", "en",
     ("Rounded atelectasis measuring 3.5 cm in the left lower lobe adjacent to pleural thickening, not to be "
      "mistaken for a mass. No pulmonary nodules."),
     {ATL}),
    ("emn-47", "en",
     ("The previously reported right upper lobe 'nodule' corresponds to a prominent vessel; no true nodule "
      "is present. Mild emphysema. Hiatal hernia."),
     {EMP, HH}),
    ("emn-48", "en",
     ("Patchy consolidation in the right lower lobe with surrounding ground-glass change, in keeping with "
      "infection. A 5 mm subpleural nodule in the left upper lobe is indeterminate; follow-up CT at 12 "
      "months would be reasonable. Mediastinal nodes measure up to 9 mm in short axis, likely reactive."),
     {CON, OPA, NOD, LN}),
    ("emn-49", "en",
     ("The lungs are clear. No focal nodule, mass or consolidation. The heart is normal in size. No pleural "
      "or pericardial effusion. No lymphadenopathy."),
     set()),
    ("emn-50", "en",
     ("Multiple bilateral ground-glass nodules up to 8 mm, unchanged, possibly representing multifocal "
      "adenocarcinoma in situ or minimally invasive adenocarcinoma. Mediastinal lymph nodes are not "
      "enlarged. Mild bronchial wall thickening."),
     {NOD, PBT}),
    ("emn-51", "en",
     ("Lung bases are clear; no pulmonary nodules. Upper abdomen: multiple hypodense liver masses up to "
      "4.5 cm, consistent with metastases. A 2 cm nodule in the left adrenal gland. Coronary "
      "calcifications."),
     {CAC}),
    ("emn-52", "en",
     ("Biopsy-proven squamous cell carcinoma of the left lower lobe, cT1aN0. The lesion measures 9 mm and "
      "is unchanged. The post-biopsy pneumothorax has resolved. The small left pleural effusion seen "
      "previously has resolved."),
     {NOD}),
    ("emn-53", "en",
     ("Circumferential mass of the distal oesophagus consistent with the known carcinoma, with a small "
      "hiatal hernia. Enlarged para-oesophageal lymph node measuring 11 mm. No pulmonary metastatic "
      "nodules."),
     {HH, LN}),
]

OPEN: dict[tuple[str, str], str] = {
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
