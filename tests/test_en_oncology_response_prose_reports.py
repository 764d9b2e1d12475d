"""Probe: English chest CT reports for cancer treatment response, written as prose (not RECIST
tables) by thoracic radiologists: interval change of masses, nodules and nodes ("has decreased from
42 to 27 mm", "has regressed to within normal limits", "no longer visible"), resolved and improved
effusions and atelectasis, post-radiation fibrosis, immunotherapy/drug pneumonitis hedges, ports,
stents, staples and pleural catheters, and oncology words that look like findings but are not
("consolidative durvalumab", "consolidation therapy", "radiation port", "mass effect", port removed).
The reports were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged (also improved but persisting), 0 when denied,
resolved, regressed to normal, or not mentioned; a mass over 3 cm alone is not a Lung nodule, a
mass that shrank under 3 cm is."""
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
    ("eor-01", "en",
     ("Comparison is made with the baseline CT from March. The dominant right upper lobe mass has decreased "
      "from 42 to 27 mm in long axis. The right paratracheal node has decreased from 18 to 11 mm in short axis. "
      "No new pulmonary nodules. No pleural effusion. Overall partial response."),
     {NOD, LN}),
    ("eor-02", "en",
     ("Previously noted mediastinal and hilar nodal disease has regressed to within normal limits. "
      "The left pleural effusion has resolved. The left lower lobe primary is no longer measurable; only a thin "
      "linear scar remains at its site. No new lesions. Findings are consistent with a near-complete response."),
     {FIB}),
    ("eor-03", "en",
     ("There are new small nodules in the left lower lobe, the largest 5 mm, suspicious for progression. "
      "The known right lower lobe mass measures 48 mm, previously 45 mm. The subcarinal lymph node has enlarged "
      "to 16 mm. A small right pleural effusion is new."),
     {NOD, LN, PE}),
    ("eor-04", "en",
     ("Status post SBRT to the right upper lobe. Post-radiation fibrosis in the treatment field with volume loss "
      "and traction bronchiectasis, as expected. No evidence of local recurrence. No lymphadenopathy. "
      "Port catheter in situ via the right internal jugular vein, tip at the cavoatrial junction."),
     {FIB, BRX, MM}),
    ("eor-05", "en",
     ("The patient is on pembrolizumab. New bilateral peripheral ground-glass opacities and patchy consolidation "
      "in the lower lobes; immunotherapy-related pneumonitis cannot be excluded. The target lesion in the left "
      "upper lobe is stable at 19 mm. No pleural or pericardial effusion."),
     {OPA, CON, NOD}),
    ("eor-06", "en",
     ("Follow-up after completion of consolidative durvalumab for stage III non-small cell lung cancer. "
      "No measurable disease. No pulmonary nodules, consolidation or ground-glass opacity. Mediastinal lymph nodes "
      "are not enlarged. No pleural effusion. Heart size is normal. Continued complete response."),
     set()),
    ("eor-07", "en",
     ("The left lower lobe mass now measures 5.2 x 4.1 cm, increased from 4.4 cm. There is associated "
      "postobstructive atelectasis of the left lower lobe. Enlarged left hilar and aortopulmonary window nodes, "
      "the largest 21 mm. Moderate left pleural effusion. Findings indicate progressive disease."),
     {ATL, LN, PE}),
    ("eor-08", "en",
     ("Right-sided chest port with the catheter tip in the SVC. Centrilobular emphysema, upper lobe predominant. "
      "The previously seen spiculated 14 mm nodule in the right upper lobe has decreased to 8 mm. "
      "No new nodules. No enlarged lymph nodes."),
     {MM, EMP, NOD}),
    ("eor-09", "en",
     ("Status post left lower lobectomy; the surgical staple line is intact. No evidence of recurrence at the "
      "bronchial stump. Small loculated left pleural effusion, stable and likely postoperative. Mild scarring "
      "adjacent to the staple line. Coronary artery calcifications are noted."),
     {MM, PE, FIB, CAC}),
    ("eor-10", "en",
     ("Known right pleural mesothelioma. The nodular pleural thickening of the right hemithorax has decreased, "
      "with maximal thickness now 8 mm compared with 15 mm. The right pleural effusion has decreased in volume "
      "and is now small. Compressive atelectasis of the right lower lobe has improved."),
     {PE, ATL}),
    ("eor-11", "en",
     ("Small cell lung cancer after four cycles of chemotherapy. The bulky mediastinal nodal conglomerate has "
      "markedly decreased and now measures 22 mm, previously 61 mm. The right hilar mass, previously 38 mm, is no "
      "longer separately identified. Right upper lobe atelectasis has resolved with re-aeration. "
      "No pleural effusion."),
     {LN}),
    ("eor-12", "en",
     ("Lymphoma restaging. Previously enlarged axillary and mediastinal lymph nodes have regressed to within "
      "normal limits. The pericardial effusion seen at baseline has resolved. The lungs are clear. "
      "No pleural effusion."),
     set()),
    ("eor-13", "en",
     ("Multiple bilateral pulmonary metastases have increased in number and size; the largest, in the right "
      "lower lobe, now measures 23 mm, previously 15 mm. Interlobular septal thickening in the left lower lobe "
      "raises concern for lymphangitic carcinomatosis. Mediastinal lymphadenopathy. Small bilateral pleural "
      "effusions."),
     {NOD, IST, LN, PE}),
    ("eor-14", "en",
     ("There is consolidation with air bronchograms in the left paramediastinal lung conforming to the radiation "
      "port, with sharp margins that do not respect anatomical boundaries, in keeping with radiation pneumonitis. "
      "Surrounding ground-glass opacity. The treated primary is obscured by the radiation changes and cannot be "
      "measured reliably."),
     {CON, OPA}),
    ("eor-15", "en",
     ("The left upper lobe cavitary lesion has decreased to 18 mm from 31 mm, with thinning of the cavity wall. "
      "No new lesions. Mediastinal nodes, the largest 7 mm in short axis, are unchanged. Aortic and coronary "
      "atherosclerotic calcifications. No effusion."),
     {NOD, LN, AWC, CAC}),
    ("eor-16", "en",
     ("Interval development of a new moderate right pleural effusion with passive atelectasis of the right "
      "lower lobe. Thoracentesis may be considered. Stable 11 mm nodule in the right middle lobe. "
      "Mediastinal nodes are not enlarged."),
     {PE, ATL, NOD}),
    ("eor-17", "en",
     ("Post-radiation fibrosis in the right paramediastinal lung with traction bronchiectasis is stable. "
      "The ground-glass opacity attributed to radiation pneumonitis on the prior study has resolved. "
      "No new nodules. No lymphadenopathy."),
     {FIB, BRX}),
    ("eor-18", "en",
     ("Near-complete response. The right lower lobe mass, 53 mm at baseline, has decreased to a 9 mm residual "
      "nodular density. Subcarinal lymphadenopathy has regressed to within normal limits. No effusion."),
     {NOD}),
    ("eor-19", "en",
     ("A mild pericardial effusion is new since the prior examination, possibly treatment-related. The heart is "
      "not enlarged. The left upper lobe mass measures 36 mm, previously 34 mm, consistent with stable disease. "
      "Left hilar adenopathy is stable at 14 mm."),
     {PCE, LN}),
    ("eor-20", "en",
     ("The Port-a-Cath has been removed since the prior study. Known right upper lobe adenocarcinoma on "
      "osimertinib: the primary lesion now measures 12 mm, previously 25 mm. The surrounding ground-glass "
      "component has decreased but persists. No nodal enlargement. No effusion."),
     {NOD, OPA}),
    ("eor-21", "en",
     ("The left pleural effusion has resolved after pleurodesis, with residual pleural thickening containing "
      "a few calcified foci. The indwelling pleural catheter has been removed. Left lower lobe scarring. "
      "No pericardial effusion."),
     {FIB}),
    ("eor-22", "en",
     ("Emphysema with a paraseptal component. The left upper lobe primary nodule (T1c) has increased from 21 "
      "to 26 mm, suggesting progression. A new left hilar lymph node measures 13 mm. Mild bronchial wall "
      "thickening in the lower lobes."),
     {EMP, NOD, LN, PBT}),
    ("eor-23", "en",
     ("Consolidation therapy has been completed. Compared with the prior study the appearance is stable. "
      "Linear atelectasis at the lung bases. No pulmonary nodules. Small hiatal hernia."),
     {ATL, HH}),
    ("eor-24", "en",
     ("Multiple tiny nodules are scattered in both lungs, too small to characterize, new since baseline; "
      "metastatic disease cannot be excluded. Stable small hiatal hernia. The heart is enlarged. "
      "Atherosclerotic calcification of the thoracic aorta."),
     {NOD, HH, CM, AWC}),
    ("eor-25", "en",
     ("The right lower lobe consolidation seen previously, thought to be pneumonia, has completely resolved. "
      "The treated right upper lobe nodule remains 7 mm. No new lesions. The port catheter tip projects over "
      "the right atrium."),
     {NOD, MM}),
    ("eor-26", "en",
     ("Restaging CT after adjuvant chemotherapy following right upper lobectomy. The right hemithorax shows the "
      "expected postoperative volume loss. No nodules, masses or lymphadenopathy. No pleural or pericardial "
      "effusion. No evidence of recurrent or metastatic disease."),
     set()),
    ("eor-27", "en",
     ("Mosaic attenuation of the lung parenchyma with air trapping on expiratory images, which may reflect small "
      "airways disease; drug toxicity is a consideration. The target right lower lobe nodule measures 14 mm "
      "(previously 17 mm). No adenopathy."),
     {MOS, NOD}),
    ("eor-28", "en",
     ("Diffuse ground-glass opacity with superimposed interlobular septal thickening (crazy paving) in both lungs, "
      "new since the last scan. In the setting of checkpoint inhibitor therapy, immune-related pneumonitis is the "
      "leading consideration; infection cannot be excluded. Small bilateral effusions. The left lower lobe "
      "primary remains 22 mm."),
     {OPA, IST, PE, NOD}),
    ("eor-29", "en",
     ("Sternotomy wires from prior CABG. Dense coronary calcification. Cardiomegaly. The left upper lobe mass "
      "now measures 4.6 cm, previously 3.9 cm, with invasion of the mediastinal fat. Mediastinal adenopathy has "
      "increased."),
     {MM, CAC, CM, LN}),
    ("eor-30", "en",
     ("Lymphangitic spread has improved: the interlobular septal thickening in the right lung is less "
      "pronounced. Right hilar nodes have decreased, the largest now 12 mm. The right pleural effusion has "
      "decreased, with a small residual. No new nodules."),
     {IST, LN, PE}),
    ("eor-31", "en",
     ("The previously described nodules in both lower lobes have resolved. No new pulmonary nodule. "
      "The right pleural effusion has resolved. Mild dependent density at the lung bases. "
      "Mediastinal lymph nodes are not enlarged."),
     {OPA}),
    ("eor-32", "en",
     ("Esophageal carcinoma after chemoradiation. The circumferential wall thickening of the distal esophagus "
      "has decreased. Post-radiation changes in the paramediastinal lungs with fibrotic strands. A paraesophageal "
      "lymph node measures 9 mm, previously 14 mm. Esophageal stent in place."),
     {FIB, LN, MM}),
    ("eor-33", "en",
     ("Breast cancer follow-up, status post left mastectomy and radiotherapy. Thin subpleural reticulation in "
      "the anterior left upper lobe, consistent with post-radiation change. Surgical clips in the left axilla. "
      "No axillary, internal mammary or mediastinal lymphadenopathy. No pulmonary metastases."),
     {FIB, MM}),
    ("eor-34", "en",
     ("The right upper lobe mass has increased in size, now 6.1 cm, with central necrosis and new chest wall "
      "invasion. Obstructive pneumonitis with consolidation in the posterior segment. The right paratracheal node "
      "measures 25 mm. Moderate right pleural effusion with nodular pleural thickening, suspicious for pleural "
      "metastases."),
     {CON, LN, PE}),
    ("eor-35", "en",
     ("Stable disease. The left lower lobe nodule is unchanged at 16 mm. The left adrenal metastasis is stable. "
      "Mild bronchiectasis in the right middle lobe, unchanged. No pleural or pericardial effusion."),
     {NOD, BRX}),
    ("eor-36", "en",
     ("Response assessment after two cycles. There is no mass effect on the mediastinal structures. "
      "The previously described left lower lobe nodule is no longer visible. Nodal stations are unremarkable. "
      "No pleural effusion; no pericardial effusion. No emphysema. Complete response."),
     set()),
    ("eor-37", "en",
     ("The right lower lobe mass, 34 mm at baseline, has decreased to 24 mm. There is a small amount of "
      "surrounding ground-glass opacity. A new 4 mm nodule in the right middle lobe is indeterminate, possibly "
      "inflammatory. Mild cardiomegaly."),
     {NOD, OPA, CM}),
    ("eor-38", "en",
     ("Compared with the prior scan, the left lower lobe atelectasis has resolved. Persistent left lower lobe "
      "bronchiectasis. The endobronchial stent in the left main bronchus is patent. The left hilar mass measures "
      "32 mm, decreased from 44 mm."),
     {BRX, MM}),
    ("eor-39", "en",
     ("Metastatic renal cell carcinoma. Multiple lung metastases, the largest 11 mm, have decreased. "
      "Mediastinal and hilar lymphadenopathy has also decreased. Pericardial thickening is noted. "
      "No pleural effusion."),
     {NOD, LN, PCE}),
    ("eor-40", "en",
     ("On nivolumab. Interval development of symmetric bilateral hilar and mediastinal lymphadenopathy; a "
      "sarcoid-like reaction to immunotherapy is favored over progression. The primary right upper lobe lesion is "
      "stable at 15 mm. Small perilymphatic nodules along the fissures."),
     {LN, NOD}),
    ("eor-41", "en",
     ("Left-sided tunneled pleural catheter in situ. Small residual left pleural effusion. Passive atelectasis "
      "of the left lower lobe. Diffuse nodular pleural thickening is unchanged. Emphysema."),
     {MM, PE, ATL, EMP}),
    ("eor-42", "en",
     ("There is a new area of consolidation with air bronchograms in the right lower lobe, possibly infection or "
      "aspiration. The left upper lobe mass is stable at 38 mm. No lymph node enlargement. Stable moderate "
      "hiatal hernia."),
     {CON, HH}),
    ("eor-43", "en",
     ("Near-complete response. The primary lesion in the left upper lobe has become a linear scar without a "
      "residual nodular component. The previously enlarged aortopulmonary window node has regressed to normal "
      "size. No pleural effusion. Calcified plaques in the aortic arch."),
     {FIB, AWC}),
    ("eor-44", "en",
     ("Interval resolution of the previously reported pericardial effusion. Mild cardiomegaly persists. "
      "The right upper lobe nodule is stable at 9 mm. Coronary calcification."),
     {CM, NOD, CAC}),
    ("eor-45", "en",
     ("Subsegmental atelectasis in the right middle lobe. The previously enlarged paratracheal lymph node has "
      "decreased in size but remains enlarged at 13 mm. Mild emphysema. No pulmonary nodules."),
     {ATL, LN, EMP}),
    ("eor-46", "en",
     ("The lingular consolidation has decreased, with residual ground-glass opacity. Port catheter tip in the "
      "superior vena cava. The left lower lobe mass has increased from 35 mm to 41 mm. No new nodules."),
     {CON, OPA, MM}),
    ("eor-47", "en",
     ("Subpleural basal honeycombing and reticulation compatible with known UIP, unchanged, with traction "
      "bronchiectasis. The right lower lobe nodule has increased from 13 to 18 mm, suspicious for progression "
      "given the background fibrosis. Mediastinal nodes up to 9 mm, likely reactive."),
     {FIB, BRX, NOD, LN}),
    ("eor-48", "en",
     ("No new or enlarging nodules. A tiny 3 mm perifissural nodule in the right lower lobe is unchanged since "
      "baseline, likely an intrapulmonary lymph node. No pleural effusion. No lymphadenopathy."),
     {NOD}),
    ("eor-49", "en",
     ("Bronchial wall thickening and mucus plugging in the right lower lobe, likely inflammatory. The right hilar "
      "mass has decreased to 28 mm from 40 mm. The right pleural effusion has resolved. No pericardial effusion."),
     {PBT, NOD}),
    ("eor-50", "en",
     ("Surveillance CT two years after stereotactic radiotherapy. The treated nodule in the left upper lobe has "
      "resolved completely without residual fibrosis. No new pulmonary nodules. No mediastinal or hilar "
      "lymphadenopathy. No pleural effusion. Heart size is normal."),
     set()),
    ("eor-51", "en",
     ("Mediastinal lymph nodes are not enlarged. The right lower lobe mass is unchanged at 45 mm. "
      "The post-obstructive atelectasis has partially improved. No effusion."),
     {ATL}),
    ("eor-52", "en",
     ("Thymoma after resection and radiotherapy. Sternotomy wires. Fibrotic changes in the anterior "
      "paramediastinal lung. Two new subpleural nodules in the left lower lobe, 5 and 7 mm, suspicious for "
      "metastases."),
     {MM, FIB, NOD}),
    ("eor-53", "en",
     ("Treatment-related changes: patchy peribronchovascular consolidation and ground-glass opacities with a "
      "reversed halo sign, consistent with an organizing pneumonia pattern, possibly drug-induced. The target "
      "nodule measures 13 mm (previously 20 mm). Reactive mediastinal nodes up to 8 mm."),
     {CON, OPA, NOD, LN}),
    ("eor-54", "en",
     ("The left pleural effusion is decreasing and is now trace. Left lower lobe atelectasis has resolved. "
      "The previously seen 2.5 cm left hilar mass is no longer visible. Aortic calcification."),
     {PE, AWC}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
