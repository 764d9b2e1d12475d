"""Probe: English chest CT reports about atelectasis of every kind: subsegmental, plate-like/discoid
and linear atelectasis, compressive/passive atelectasis next to an effusion, obstructive and
post-obstructive collapse behind a tumour or a mucus plug, lobar collapse (RUL collapse with the
Golden S sign, Luftsichel sign, LLL collapse behind the heart), rounded atelectasis with asbestos
plaques, cicatricial atelectasis, dependent atelectasis against dependent density, "atelectatic
changes", "volume loss", "collapse-consolidation", lung re-expanded after drainage, "atelectasis vs
scarring", "atelectasis or pneumonia cannot be differentiated", mixed with present, denied, hedged
and resolved findings, and negative controls ("no collapse", "well aerated", "fully expanded",
"resolved atelectasis", "no endobronchial lesion", vertebral collapse, a collapsed oesophagus,
tracheal collapse on expiration, post-lobectomy volume loss). The reports were written for this
file without looking at the engine's lexicon or cue lists.
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
    ("eatl-01", "en",
     ("Subsegmental atelectasis is present at both lung bases. No pleural effusion. "
      "Heart size is normal. Calcified plaque is seen in the left anterior descending coronary artery."),
     {ATL, CAC}),
    ("eatl-02", "en",
     ("Plate-like atelectasis in the lingula. A 4 mm solid nodule is noted in the right upper lobe, "
      "likely benign. Atherosclerotic calcification of the aortic arch. No mediastinal lymphadenopathy."),
     {ATL, NOD, AWC}),
    ("eatl-03", "en",
     ("There is a discoid band of atelectasis in the posterior basal segment of the right lower lobe. "
      "No consolidation. No pleural or pericardial effusion. The heart is not enlarged."),
     {ATL}),
    ("eatl-04", "en",
     ("Moderate right pleural effusion with compressive atelectasis of the adjacent right lower lobe. "
      "Small left pleural effusion. The heart is enlarged. Smooth interlobular septal thickening in both "
      "lungs, in keeping with interstitial oedema."),
     {PE, ATL, CM, IST}),
    ("eatl-05", "en",
     ("Large left pleural effusion causing passive collapse of most of the left lower lobe. "
      "A small pericardial effusion measuring up to 8 mm is also present. The right lung is clear."),
     {PE, ATL, PCE}),
    ("eatl-06", "en",
     ("A 5.2 cm central mass at the right hilum obstructs the right upper lobe bronchus with resultant "
      "collapse of the right upper lobe; the concave inferior margin of the collapsed lobe with the convex "
      "central mass produces a reverse S sign of Golden. An enlarged subcarinal lymph node measures 2.1 cm "
      "in short axis. Centrilobular emphysema in both upper lobes."),
     {ATL, LN, EMP}),
    ("eatl-07", "en",
     ("Endotracheal tube tip 3 cm above the carina. Nasogastric tube in the stomach. The left lower lobe "
      "bronchus is filled with secretions and there is post-obstructive atelectasis of the left lower lobe. "
      "No endobronchial mass is identified. Diffuse bronchial wall thickening."),
     {MM, ATL, PBT}),
    ("eatl-08", "en",
     ("Bilateral partially calcified pleural plaques, in keeping with previous asbestos exposure. In the "
      "posterior right lower lobe there is a 3.5 cm subpleural lesion abutting thickened pleura, with "
      "bronchovascular structures curving into it (comet-tail sign), characteristic of rounded atelectasis. "
      "No suspicious pulmonary nodule."),
     {ATL}),
    ("eatl-09", "en",
     ("Old post-tuberculous changes in the right upper lobe with cicatricial atelectasis, fibrotic strands "
      "and upward retraction of the right hilum. The crowded bronchi within the lobe are dilated, consistent "
      "with bronchiectasis. No pleural effusion."),
     {ATL, FIB, BRX}),
    ("eatl-10", "en",
     ("Mild dependent atelectasis is seen posteriorly in both lower lobes. The lungs are otherwise clear. "
      "No lymphadenopathy. No pleural effusion."),
     {ATL}),
    ("eatl-11", "en",
     ("Gravity-dependent densities in the posterior segments of both lower lobes, likely related to "
      "hypoventilation. No focal consolidation. No nodules. Heart and pericardium are unremarkable."),
     {OPA}),
    ("eatl-12", "en",
     ("Atelectatic changes in the middle lobe and lingula. A moderate sliding hiatal hernia is present. "
      "No pleural effusion."),
     {ATL, HH}),
    ("eatl-13", "en",
     ("There is volume loss in the left lower lobe, with crowding of the bronchi and vessels and posterior "
      "displacement of the major fissure, in keeping with partial collapse. No effusion. "
      "The remainder of the lungs is clear."),
     {ATL}),
    ("eatl-14", "en",
     ("Collapse-consolidation of the left lower lobe with air bronchograms. Small left pleural effusion. "
      "No lymphadenopathy."),
     {ATL, CON, PE}),
    ("eatl-15", "en",
     ("A right-sided pigtail drain is in situ. Following drainage, the right lung has fully re-expanded "
      "and there is no residual pleural effusion. No atelectasis or consolidation is seen."),
     {MM}),
    ("eatl-16", "en",
     ("A thin linear band in the middle lobe, atelectasis versus scarring. No nodules. "
      "No mediastinal or hilar lymphadenopathy."),
     {ATL, FIB}),
    ("eatl-17", "en",
     ("Consolidation in the right lower lobe. Atelectasis or pneumonia cannot be differentiated on this "
      "examination; correlation with inflammatory markers is suggested. No pleural effusion."),
     {CON, ATL}),
    ("eatl-18", "en",
     ("The lungs are well aerated. No collapse or consolidation. No endobronchial lesion; the central "
      "airways are patent. No pleural effusion. Heart size is normal."),
     set()),
    ("eatl-19", "en",
     ("The previously seen left lower lobe atelectasis has resolved and the lobe is fully re-expanded. "
      "A 3 mm nodule in the right upper lobe is unchanged. No pleural effusion."),
     {NOD}),
    ("eatl-20", "en",
     ("Linear atelectasis at both lung bases. Paraseptal and centrilobular emphysema. "
      "Calcification of the thoracic aorta and the origins of the supra-aortic vessels."),
     {ATL, EMP, AWC}),
    ("eatl-21", "en",
     ("The middle lobe is collapsed, with bronchiectasis within the collapsed lobe, consistent with middle "
      "lobe syndrome. No endobronchial lesion is seen at the origin of the middle lobe bronchus. "
      "No lymphadenopathy."),
     {ATL, BRX}),
    ("eatl-22", "en",
     ("Left upper lobe collapse secondary to a 4.5 cm hilar mass occluding the left upper lobe bronchus. "
      "Hyperinflated superior segment of the left lower lobe interposed between the aortic arch and the "
      "collapsed lobe (Luftsichel sign). Aortopulmonary window lymph node measuring 1.6 cm in short axis."),
     {ATL, LN}),
    ("eatl-23", "en",
     ("Partial collapse of the T12 vertebral body, likely an osteoporotic compression fracture. The oesophagus "
      "is collapsed. The lungs are clear and fully expanded. No pleural effusion."),
     set()),
    ("eatl-24", "en",
     ("Minimal subsegmental atelectasis cannot be excluded at the left base. Otherwise the lungs are clear. "
      "No lymphadenopathy."),
     {ATL}),
    ("eatl-25", "en",
     ("Dual-chamber pacemaker with leads in the right atrium and right ventricle. The heart is enlarged. "
      "No significant atelectasis. No pleural effusion."),
     {MM, CM}),
    ("eatl-26", "en",
     ("Status post right upper lobectomy with a surgical staple line at the bronchial stump. Expected "
      "postoperative volume loss of the right hemithorax. The remaining right lobes are expanded without "
      "collapse. No recurrent mass."),
     {MM}),
    ("eatl-27", "en",
     ("Moderate left pneumothorax with partial collapse of the left lower lobe. No mediastinal shift. "
      "No pleural effusion. The right lung is clear."),
     {ATL}),
    ("eatl-28", "en",
     ("Bibasal opacities, most likely dependent atelectasis, although early consolidation cannot be "
      "excluded. No pleural effusion."),
     {OPA, ATL, CON}),
    ("eatl-29", "en",
     ("Clinical question: atelectasis? Findings: both lungs are fully expanded and well aerated. "
      "No atelectasis. No consolidation or pleural effusion."),
     set()),
    ("eatl-30", "en",
     ("Bilateral ground-glass opacities with interlobular septal thickening. Bilateral small pleural "
      "effusions with adjacent atelectasis of both lower lobes. Mediastinal nodes up to 9 mm."),
     {OPA, IST, PE, ATL, LN}),
    ("eatl-31", "en",
     ("Band-like atelectasis in the lingula. Bronchial wall thickening in both lower lobes. "
      "Mosaic attenuation of the lung parenchyma, possibly related to small airways disease."),
     {ATL, PBT, MOS}),
    ("eatl-32", "en",
     ("Complete collapse of the right lower lobe. The right lower lobe bronchus is occluded by low-density "
      "material, most consistent with a mucus plug rather than tumour; bronchoscopy is suggested. "
      "No lymphadenopathy."),
     {ATL}),
    ("eatl-33", "en",
     ("Following thoracentesis the left lower lobe has largely re-expanded. A small residual left pleural "
      "effusion remains, with minor residual subsegmental atelectasis."),
     {PE, ATL}),
    ("eatl-34", "en",
     ("Parenchymal bands at both lung bases, likely scarring. No atelectasis. No pleural effusion."),
     {FIB}),
    ("eatl-35", "en",
     ("A 4 cm subpleural lesion in the left lower lobe abuts an area of pleural thickening, with curving "
      "vessels entering it and volume loss of the lobe; findings are likely to represent rounded atelectasis, "
      "a neoplasm being considered less likely. Calcified pleural plaques along the diaphragm."),
     {ATL}),
    ("eatl-36", "en",
     ("The lungs are clear and well expanded. No focal consolidation, nodule or pleural effusion. "
      "Heart size normal. No lymphadenopathy."),
     set()),
    ("eatl-37", "en",
     ("Endotracheal tube, right internal jugular central venous catheter and nasogastric tube in place. "
      "Bilateral lower lobe atelectasis with bilateral moderate pleural effusions."),
     {MM, ATL, PE}),
    ("eatl-38", "en",
     ("Endotracheal tube in situ. There is complete collapse of the left lung with shift of the mediastinum "
      "to the left, due to mucus plugging of the left main bronchus. The right lung is clear."),
     {MM, ATL}),
    ("eatl-39", "en",
     ("On expiratory images there is greater than 70% collapse of the tracheal lumen, consistent with "
      "tracheomalacia. The lungs show no atelectasis or consolidation. No pleural effusion."),
     set()),
    ("eatl-40", "en",
     ("Elevated left hemidiaphragm with discoid atelectasis immediately above it. Small hiatal hernia. "
      "No pleural effusion."),
     {ATL, HH}),
    ("eatl-41", "en",
     ("Compared with the prior study, the right lower lobe collapse has resolved and the lobe is now aerated. "
      "Residual cylindrical bronchiectasis in the right lower lobe. No effusion."),
     {BRX}),
    ("eatl-42", "en",
     ("Radiation fibrosis in the left paramediastinal lung with cicatricial atelectasis of the anterior "
      "segment of the left upper lobe. No new nodules. No pleural effusion."),
     {FIB, ATL}),
    ("eatl-43", "en",
     ("Streaky changes at both lung bases, probably atelectatic. Three-vessel coronary artery calcification. "
      "No pleural effusion."),
     {ATL, CAC}),
    ("eatl-44", "en",
     ("Triangular retrocardiac density with posteromedial displacement of the major fissure, consistent with "
      "left lower lobe collapse. The left lower lobe bronchus tapers abruptly; no endobronchial mass is "
      "demonstrated. Small left pleural effusion."),
     {ATL, PE}),
    ("eatl-45", "en",
     ("Patchy opacity in the lingula; atelectasis or pneumonia cannot be differentiated. No pleural effusion. "
      "No hilar lymphadenopathy."),
     {OPA, ATL}),
    ("eatl-46", "en",
     ("No endobronchial lesion; the airways are patent to the subsegmental level. No atelectasis. "
      "Several sub-5 mm nodules in both upper lobes. Centrilobular emphysema."),
     {NOD, EMP}),
    ("eatl-47", "en",
     ("Mild hazy density in the dependent portions of both lower lobes; dependent atelectasis cannot be "
      "separated from dependent density on this supine study. No consolidation."),
     {OPA, ATL}),
    ("eatl-48", "en",
     ("Subsegmental atelectasis in both lower lobes. Mediastinal lymph nodes are not enlarged. "
      "Calcification of the descending aorta."),
     {ATL, AWC}),
    ("eatl-49", "en",
     ("Paravertebral atelectasis in the right lower lobe adjacent to bridging osteophytes. The lungs are "
      "otherwise clear. No pleural effusion."),
     {ATL}),
    ("eatl-50", "en",
     ("Median sternotomy wires and coronary bypass grafts. Calcification of the native coronary arteries. "
      "Cardiomegaly. Left basal atelectasis with a small left pleural effusion."),
     {MM, CAC, CM, ATL, PE}),
    ("eatl-51", "en",
     ("The previous atelectasis at the right base is no longer seen. New small focus of ground-glass opacity "
      "in the right upper lobe. Mediastinal lymph nodes measure up to 8 mm in short axis."),
     {OPA, LN}),
    ("eatl-52", "en",
     ("No lobar or segmental collapse. Mild bronchial wall thickening in both lower lobes. "
      "No pleural effusion."),
     {PBT}),
    ("eatl-53", "en",
     ("The right chest drain has been removed and the right lung remains fully expanded. Minor residual "
      "pleural thickening. No pleural effusion. No atelectasis."),
     set()),
    ("eatl-54", "en",
     ("Elevation of the right hemidiaphragm with passive atelectasis of the adjacent right lower lobe. "
      "No pleural effusion. Aortic wall calcification."),
     {ATL, AWC}),
    ("eatl-55", "en",
     ("The opacity in the right lower lobe represents consolidation with air bronchograms, without volume "
      "loss; there is no lobar collapse. No pleural effusion."),
     {CON}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eatl-03", FIB): "'band of atelectasis' is read as a fibrotic band too (the lexicon's reading since the first version; no CT-RATE train evidence either way)",
    ("eatl-28", OPA): "opacities 'most likely dependent atelectasis' are read as explained by atelectasis (CT-RATE train: densities consistent with atelectasis are 0), though consolidation is not excluded",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
