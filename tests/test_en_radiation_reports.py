"""Probe: English chest CT reports after thoracic radiotherapy and SBRT, in US and UK style:
radiation pneumonitis (ground glass and consolidation conforming to the treatment portal rather than
to anatomic boundaries), radiation fibrosis (traction bronchiectasis, volume loss, linear scarring),
post-SBRT mass-like consolidation versus local recurrence (hedged), radiation oesophagitis,
pericardial effusion/thickening after mediastinal radiation, post-breast-radiotherapy anterior lung
fibrosis, lymphoma mantle field changes, fiducial markers and surgical clips (Medical material),
follow-up wording (stable, evolving, improved, resolved), hedges, denials and negative controls
("consolidation durvalumab", thyroid nodule, oesophageal wall thickening, pleural thickening).
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
    ("erd-01", "en",
     ("CT chest without contrast. History: RUL adenocarcinoma status post SBRT 4 months ago. "
      "There is new ground-glass opacity and consolidation in the right upper lobe conforming to the "
      "radiation treatment portal, with a sharp linear margin that does not respect the fissure, "
      "consistent with radiation pneumonitis. Fiducial marker is again seen in the RUL. "
      "Centrilobular emphysema. No pleural effusion. No mediastinal lymphadenopathy."),
     {OPA, CON, MM, EMP}),
    ("erd-02", "en",
     ("CT thorax with contrast. Left lower lobe SBRT 14 months ago. Established radiation fibrosis in the "
      "left lower lobe with traction bronchiectasis and volume loss, sharply demarcated; appearances are "
      "stable compared with the previous study. No new pulmonary nodule. Small left pleural effusion, "
      "unchanged. Heart size normal. No pericardial effusion."),
     {FIB, BRX, PE}),
    ("erd-03", "en",
     ("Post-SBRT changes in the left upper lobe with mass-like consolidation measuring 3.4 x 2.8 cm, "
      "slightly larger than on the prior exam 3 months ago. Loss of the linear margin and a bulging "
      "contour are noted. Although this may represent evolving radiation change, local recurrence cannot "
      "be excluded; PET-CT is recommended. Two fiducial markers adjacent to the lesion. Coronary artery "
      "calcifications. No pleural or pericardial effusion."),
     {CON, MM, CAC}),
    ("erd-04", "en",
     ("CT chest with IV contrast, 3 weeks after completion of chemoradiation for stage III NSCLC. "
      "Circumferential thickening of the mid and distal esophageal wall with mucosal hyperenhancement, "
      "likely radiation esophagitis. The primary right hilar mass is smaller, now 2.6 cm (previously "
      "4.1 cm). Right paratracheal lymph node has decreased to 9 mm short axis. No pneumonitis. "
      "No pleural effusion. Patient is due to start consolidation durvalumab."),
     {NOD, LN}),
    ("erd-05", "en",
     ("Follow-up CT thorax. Oesophageal carcinoma treated with definitive chemoradiotherapy. A moderate "
      "pericardial effusion has developed since the previous examination, measuring up to 18 mm in depth, "
      "likely radiation-induced. The heart is not enlarged. Oesophageal stent in situ in the mid "
      "oesophagus. Bilateral small pleural effusions."),
     {PCE, MM, PE}),
    ("erd-06", "en",
     ("CT chest. History of left breast cancer, lumpectomy and whole-breast radiation 2 years ago. "
      "Subpleural reticulation and fibrotic bands in the anterior left upper lobe and lingula, conforming "
      "to the tangential radiation field, consistent with post-radiation fibrosis. Surgical clips in the "
      "left breast lumpectomy bed. No suspicious pulmonary nodule. No axillary or mediastinal "
      "lymphadenopathy. No pleural effusion."),
     {FIB, MM}),
    ("erd-07", "en",
     ("Remote history of Hodgkin lymphoma treated with mantle field radiation in 1992. Bilateral "
      "paramediastinal fibrosis with traction bronchiectasis in the upper lobes, unchanged. Dense coronary "
      "artery calcification, notably premature for age. Calcification of the aortic valve and ascending "
      "aorta. Anterior mediastinal soft tissue is unchanged, likely residual fibrotic tissue. "
      "No lymphadenopathy. No pericardial effusion."),
     {FIB, BRX, CAC, AWC}),
    ("erd-08", "en",
     ("CT chest 6 weeks post SBRT to a right lower lobe nodule. The treated nodule is not clearly "
      "visible. No ground-glass opacity or consolidation in the treatment field. No evidence of radiation "
      "pneumonitis. No pleural effusion. Lungs otherwise clear."),
     set()),
    ("erd-09", "en",
     ("Comparison CT 2 months ago demonstrated radiation pneumonitis in the left paramediastinal lung. "
      "The ground-glass opacities have resolved, with residual linear scarring along the margin of the "
      "treatment field. No consolidation. Port catheter via the right internal jugular vein, tip at the "
      "cavoatrial junction."),
     {FIB, MM}),
    ("erd-10", "en",
     ("Evolving post-radiotherapy change in the right upper lobe: the consolidation seen previously is now "
      "contracting, with developing fibrosis, traction bronchiectasis and volume loss and elevation of the "
      "right hilum. Appearances are in keeping with the expected evolution from pneumonitis to fibrosis. "
      "No new nodule. Mild emphysema. Aortic calcification."),
     {CON, FIB, BRX, EMP, AWC}),
    ("erd-11", "en",
     ("Subtle patchy ground-glass attenuation in the right lower lobe within the high-dose region, "
      "possibly early radiation pneumonitis; infection is a differential consideration. No consolidation. "
      "Small right pleural effusion. Mediastinal nodes measure up to 8 mm."),
     {OPA, PE, LN}),
    ("erd-12", "en",
     ("Right upper lobectomy followed by postoperative radiotherapy. Staple line along the bronchial stump. "
      "Mild pleural thickening at the right apex. No pleural effusion. No evidence of recurrence at the "
      "staple line. Lungs are otherwise clear."),
     {MM}),
    ("erd-13", "en",
     ("Status post SBRT to the right upper lobe 3 years ago. Small stable linear scar at the treatment "
      "site. No mass-like consolidation to suggest recurrence. No ground-glass opacity. "
      "No lymphadenopathy. No pleural or pericardial effusion. Heart normal in size."),
     {FIB}),
    ("erd-14", "en",
     ("Thoracic radiotherapy for small cell lung cancer. Right hilar mass now 4.5 cm, previously 6.0 cm, "
      "with partial collapse of the right middle lobe. Consolidative opacity in the right paramediastinal "
      "lung conforming to the radiation port. Enlarged subcarinal lymph node, 1.4 cm. Moderate right "
      "pleural effusion."),
     {ATL, CON, LN, PE}),
    ("erd-15", "en",
     ("CT thorax for restaging after radical radiotherapy. The previously described right upper lobe "
      "tumour is no longer identifiable. No radiation pneumonitis. No pleural or pericardial effusion. "
      "No thoracic lymphadenopathy. The oesophagus appears normal. No destructive bony lesion."),
     set()),
    ("erd-16", "en",
     ("Right mastectomy with tissue expander in situ. Post-radiation change in the anterior right upper "
      "and middle lobes with subpleural consolidation and ground glass conforming to the chest wall "
      "tangent field, consistent with radiation pneumonitis 3 months after treatment. Surgical clips in "
      "the right axilla. Axillary nodes are not enlarged. No effusion."),
     {MM, CON, OPA}),
    ("erd-17", "en",
     ("Left breast cancer, radiotherapy 2009. Thin band of subpleural fibrosis in the anterior left upper "
      "lobe, unchanged for many years. 5 mm nodule in the right lower lobe, stable since 2019, benign. "
      "Coronary artery calcification. Mild cardiomegaly."),
     {FIB, NOD, CAC, CM}),
    ("erd-18", "en",
     ("Post mantle radiotherapy. Pericardial thickening measuring up to 4 mm without significant effusion, "
      "may be radiation-related; constrictive physiology cannot be assessed on CT. Heavy calcification of "
      "the coronary arteries and aortic arch. Left subclavian artery calcification."),
     {PCE, CAC, AWC}),
    ("erd-19", "en",
     ("Three gold fiducial markers in the left lower lobe. Small area of ground glass surrounding the "
      "treated lesion, which measures 1.4 cm (previously 1.8 cm). No consolidation. Paraseptal "
      "emphysema."),
     {MM, OPA, NOD, EMP}),
    ("erd-20", "en",
     ("At 18 months after SBRT, a new soft-tissue nodule measuring 2.1 cm has appeared at the cranial "
      "margin of the previously stable radiation fibrosis in the right upper lobe. This is suspicious for "
      "local recurrence. The remainder of the fibrotic scar is unchanged, with air bronchograms. New right "
      "hilar lymph node, 11 mm. No pleural effusion."),
     {NOD, FIB, LN}),
    ("erd-21", "en",
     ("Mediastinal radiotherapy for oesophageal cancer completed 4 weeks ago. Diffuse oesophageal wall "
      "thickening in keeping with radiation oesophagitis. Small hiatus hernia. Patchy consolidation in the "
      "posterior basal segment of the right lower lobe, ?aspiration. No pleural effusion. Feeding "
      "jejunostomy tube noted in the upper abdomen."),
     {HH, CON, MM}),
    ("erd-22", "en",
     ("Hodgkin lymphoma, mantle radiotherapy 25 years ago. Apical and paramediastinal fibrosis. Calcified "
      "lymph nodes in the mediastinum, not enlarged. 15 mm nodule in the left lobe of the thyroid. "
      "No pulmonary nodule. Mild pericardial effusion."),
     {FIB, PCE}),
    ("erd-23", "en",
     ("Radiation pneumonitis: crazy-paving pattern with ground-glass opacity and superimposed interlobular "
      "septal thickening in the left upper lobe, bounded by a straight margin that crosses the fissure. "
      "Mild left pleural effusion. No lymphadenopathy."),
     {OPA, IST, PE}),
    ("erd-24", "en",
     ("Bilateral ground-glass opacities, including areas outside the radiation field, raise the "
      "possibility of radiation pneumonitis extending beyond the portal versus immunotherapy-related "
      "pneumonitis. Mild peribronchial thickening. No consolidation. No pleural effusion. Right chest "
      "port."),
     {OPA, PBT, MM}),
    ("erd-25", "en",
     ("Comparison is made with the CT of March. The previously noted left pleural effusion has resolved. "
      "Persistent fibrotic change and traction bronchiectasis in the left perihilar region within the "
      "radiotherapy field. Stable centrilobular emphysema. Mediastinal lymph nodes are subcentimetre and "
      "not enlarged."),
     {FIB, BRX, EMP}),
    ("erd-26", "en",
     ("Surgical clips in the left hilum from prior lobectomy and mediastinal nodal dissection. "
      "Postoperative radiotherapy changes with paramediastinal fibrosis and volume loss. No ground-glass "
      "opacity or consolidation. Small pericardial effusion is unchanged."),
     {MM, FIB, PCE}),
    ("erd-27", "en",
     ("The SBRT planning CT was reviewed for comparison. The treatment portal region in the left upper "
      "lobe shows no abnormality at this early time point. No pneumonitis, fibrosis or consolidation. "
      "Heart size normal; no pericardial effusion. No hiatal hernia. No lymphadenopathy."),
     set()),
    ("erd-28", "en",
     ("Linear atelectasis in the left lower lobe. Radiation fibrosis in the right upper lobe with traction "
      "bronchiectasis, stable. Small left pleural effusion. Mild cardiomegaly."),
     {ATL, FIB, BRX, PE, CM}),
    ("erd-29", "en",
     ("Post-SBRT mass-like consolidation in the right lower lobe has decreased in size (2.9 x 2.0 cm versus "
      "3.6 x 2.5 cm), with early linear fibrotic change at its margins, favouring post-treatment change. "
      "No evidence of local recurrence. Fiducial marker in situ. Moderate emphysema."),
     {CON, FIB, MM, EMP}),
    ("erd-30", "en",
     ("Bronchial wall thickening in the right lower lobe and mild bronchiectasis outside the radiation "
      "field. Focal fibrosis at the treated site in the left upper lobe. Aortic and coronary "
      "calcification."),
     {PBT, BRX, FIB, AWC, CAC}),
    ("erd-31", "en",
     ("Interval resolution of the small pericardial effusion seen on the prior study. No pleural effusion. "
      "Radiation-related paramediastinal consolidation has improved, with only faint residual ground-glass "
      "opacity. The esophagus is normal in caliber."),
     {OPA}),
    ("erd-32", "en",
     ("Right paratracheal node 12 mm in short axis, increased from 8 mm; nodal recurrence cannot be "
      "excluded. Radiotherapy-related fibrosis in the right upper lobe with traction bronchiectasis. "
      "No pleural effusion."),
     {LN, FIB, BRX}),
    ("erd-33", "en",
     ("Post-SBRT follow-up. No cardiomegaly. Small scattered nodules of 4 mm in the right middle lobe and "
      "3 mm in the left lower lobe, unchanged. The treated lesion has been replaced by a small fibrotic "
      "scar."),
     {NOD, FIB}),
    ("erd-34", "en",
     ("Hodgkin lymphoma treated with mantle field radiation and bleomycin-containing chemotherapy. Mosaic "
      "attenuation of the lung parenchyma with air trapping on expiratory images. Paramediastinal "
      "radiation fibrosis. Mild bronchial wall thickening. No effusions."),
     {MOS, FIB, PBT}),
    ("erd-35", "en",
     ("Right breast radiotherapy 8 weeks ago. Ill-defined ground-glass change in the anterior right upper "
      "lobe, limited to the tangential field, likely early radiation pneumonitis. Right breast surgical "
      "clips noted. No consolidation. No lymphadenopathy. No effusion."),
     {OPA, MM}),
    ("erd-36", "en",
     ("Bilateral breast implants. Anterior subpleural fibrotic change in both upper lobes following "
      "bilateral breast radiotherapy. Azygos fissure, a normal variant. No pleural effusion."),
     {MM, FIB}),
    ("erd-37", "en",
     ("Cardiomegaly with a moderate pericardial effusion, new since the previous study, in a patient who "
      "received mediastinal radiation for lymphoma. Bilateral small pleural effusions with adjacent "
      "compressive atelectasis. Interlobular septal thickening suggests mild interstitial oedema."),
     {CM, PCE, PE, ATL, IST}),
    ("erd-38", "en",
     ("Follow-up after SBRT to a left lower lobe nodule 2 years ago. Complete resolution of the post-SBRT "
      "changes; no residual scar or nodule is seen. No new pulmonary nodules. No mediastinal or hilar "
      "lymphadenopathy. No pleural effusion."),
     set()),
    ("erd-39", "en",
     ("Consolidation with air bronchograms in the medial right upper lobe corresponding to the radiation "
      "portal, with a straight lateral margin not respecting segmental anatomy. Adjacent subsegmental "
      "atelectasis. Right IJ central venous catheter with tip in the SVC. Mediastinal lymph nodes up to "
      "7 mm."),
     {CON, ATL, MM, LN}),
    ("erd-40", "en",
     ("Radiation oesophagitis with wall thickening of the upper thoracic oesophagus. Nasogastric tube in "
      "situ. No pneumonitis. Lungs clear. Heart normal size."),
     {MM}),
    ("erd-41", "en",
     ("Post mediastinal radiotherapy. Ground-glass and consolidative change in both paramediastinal regions "
      "conforming to the radiation field. Trace pericardial fluid, possibly a small effusion. Emphysema."),
     {OPA, CON, PCE, EMP}),
    ("erd-42", "en",
     ("Left upper lobe tumour measures 5.2 cm, slightly smaller following radiotherapy. Surrounding "
      "post-radiation ground-glass change. Probable early fibrotic change at the periphery of the field. "
      "Left hilar lymphadenopathy, 16 mm."),
     {OPA, FIB, LN}),
    ("erd-43", "en",
     ("No discrete pulmonary nodule. Radiation fibrosis at the left apex. Dense calcification of the left "
      "anterior descending artery. Calcified plaque in the descending thoracic aorta. Sternotomy wires from "
      "prior CABG."),
     {FIB, CAC, AWC, MM}),
    ("erd-44", "en",
     ("Right lower lobe cylindrical bronchiectasis with mucus plugging, outside the treatment field. "
      "Peribronchial thickening. Post-radiation fibrosis of the right upper lobe, unchanged."),
     {BRX, PBT, FIB}),
    ("erd-45", "en",
     ("The previously seen consolidation in the left upper lobe radiation field has resolved and has been "
      "replaced by a linear fibrotic band. No ground-glass opacity. Fiducial marker in situ."),
     {FIB, MM}),
    ("erd-46", "en",
     ("CT chest 3 months after SBRT. No evidence of radiation pneumonitis. The treated lesion is no longer "
      "visible. No lymphadenopathy, pleural effusion or pericardial effusion. No emphysema. Patient is "
      "scheduled for consolidation immunotherapy."),
     set()),
    ("erd-47", "en",
     ("Moderate hiatal hernia. Radiation pneumonitis in the left lower lobe with ground-glass opacity, "
      "without consolidation. Small left effusion."),
     {HH, OPA, PE}),
    ("erd-48", "en",
     ("Stable appearances of post-radiotherapy scarring in the right paramediastinal lung, with traction "
      "bronchiectasis and volume loss. Mildly enlarged right paratracheal node, 11 mm, unchanged. Small "
      "pericardial effusion, stable. Nil else of note."),
     {FIB, BRX, LN, PCE}),
    ("erd-49", "en",
     ("Dense consolidation in the right upper lobe extending beyond the radiation portal with new "
      "cavitation, raising concern for superimposed infection. Tree-in-bud pattern in the right lower "
      "lobe. Moderate right pleural effusion."),
     {CON, PE}),
    ("erd-50", "en",
     ("Two fiducial markers in the right lower lobe and one in the right upper lobe mark the treated "
      "lesions. The post-SBRT consolidation at both sites has evolved into fibrosis. Mediastinal nodes "
      "measure up to 9 mm, not reaching pathological size."),
     {MM, FIB, LN}),
    ("erd-51", "en",
     ("Heart size at the upper limit of normal. Coronary stent in the LAD. No pericardial effusion. "
      "Radiation fibrosis in the anterior left upper lobe following breast radiotherapy. Left breast "
      "prosthesis."),
     {MM, FIB}),
    ("erd-52", "en",
     ("Chemoradiotherapy for a left upper lobe primary, completed 10 weeks ago. Ground-glass opacity with "
      "a sharp margin in the left paramediastinal lung, confined to the radiation field. Minimal "
      "pericardial thickening. Mild esophageal wall thickening, likely post-radiation esophagitis. "
      "No mediastinal lymph node enlargement."),
     {OPA, PCE}),
]

OPEN: dict[tuple[str, str], str] = {
    ('erd-04', NOD): "'The primary right hilar mass is smaller, now 2.6 cm': a mass now under 3 cm named before its size is not read as a nodule",
    ('erd-14', OPA): "'consolidative opacity' counts as an opacity by the word",
    ('erd-19', NOD): "a 'treated lesion, 1.4 cm' is not read as a nodule",
    ('erd-31', CON): "'consolidation has improved, with only faint residual ground-glass': a bare improvement is 'better, still there'",
    ('erd-41', PE): "'Trace pericardial fluid, possibly a small effusion': the bare 'effusion' is read as pleural",
    ('erd-42', NOD): 'a mass of 3 cm or more called (suspected) cancer: the cancer word is read as a nodule, against the mass convention',
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
