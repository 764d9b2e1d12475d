"""Probe: English chest CT reports (US, UK and Australian style) of occupational and environmental
lung disease: asbestos-related pleural disease (calcified and non-calcified pleural plaques, diffuse
pleural thickening, rounded atelectasis / folded lung, benign asbestos effusion, mesothelioma),
asbestosis, silicosis and accelerated engineered-stone silicosis, coal worker's pneumoconiosis with
progressive massive fibrosis, eggshell calcification of hilar nodes (only enlarged nodes count as
lymphadenopathy), hypersensitivity pneumonitis from farm and bird exposure, berylliosis, siderosis
and hard metal disease; with ILO/ICOERD-style wording, hedges, denials, impression lists, structured
templates, comparison with prior, and negative controls. The reports were written for this file
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
    ("eocc-01", "en",
     ("CT CHEST WITHOUT CONTRAST. Indication: Former shipyard worker with asbestos exposure. "
     "Findings: Multiple bilateral discrete calcified pleural plaques along the posterolateral chest "
     "walls and over the domes of the diaphragm, typical of prior asbestos exposure. No pleural "
     "effusion. The lungs are clear without interstitial fibrosis. No pulmonary nodules. Heart size "
     "is normal. No mediastinal or hilar lymphadenopathy. IMPRESSION: Calcified pleural plaques "
     "consistent with asbestos-related pleural disease. No evidence of asbestosis."),
     set()),
    ("eocc-02", "en",
     ("Non-calcified and partly calcified pleural plaques are present on the right, the largest "
     "along the lateral seventh and eighth ribs. The thoracic aorta shows scattered mural "
     "calcification. Moderate calcification of the left anterior descending and circumflex coronary "
     "arteries. No pleural effusion. Lung parenchyma unremarkable."),
     {AWC, CAC}),
    ("eocc-03", "en",
     ("In the posterior right lower lobe there is a 3.5 cm focus of rounded atelectasis abutting an "
     "area of thickened pleura, with bronchovascular structures curving into it (comet-tail sign). "
     "There is associated volume loss of the right lower lobe. No pleural effusion. The remainder "
     "of the lungs is clear."),
     {ATL}),
    ("eocc-04", "en",
     ("Diffuse pleural thickening of the left hemithorax, extending over more than a quarter of the "
     "chest wall, with obliteration of the left costophrenic angle. No pleural fluid. Band-like "
     "fibrotic strands radiate from the thickened pleura into the left lower lobe (crow's feet "
     "sign). Small amount of linear atelectasis at the left base."),
     {FIB, ATL}),
    ("eocc-05", "en",
     ("FINDINGS: Subpleural curvilinear lines and fine reticulation at both lung bases posteriorly, "
     "with early honeycombing in the right lower lobe and mild traction bronchiectasis. Calcified "
     "pleural plaques bilaterally. No consolidation. No pleural effusion. "
     "IMPRESSION: Basal fibrosis with pleural plaques, compatible with asbestosis."),
     {FIB, BRX}),
    ("eocc-06", "en",
     ("There is basal-predominant subpleural reticulation with interlobular septal thickening and "
     "traction bronchiolectasis. No honeycombing. Centrilobular emphysema in the upper zones. "
     "Bilateral calcified pleural plaques. Appearances would be in keeping with asbestosis in the "
     "context of documented exposure, although fibrotic NSIP is a differential."),
     {FIB, IST, BRX, EMP}),
    ("eocc-07", "en",
     ("Innumerable small well-defined nodules in a perilymphatic distribution with upper lobe and "
     "posterior predominance, some of them calcified. Mediastinal and hilar lymph nodes are "
     "enlarged, up to 15 mm in short axis, and show eggshell calcification. No conglomerate mass. "
     "Impression: simple silicosis with calcified lymphadenopathy."),
     {NOD, LN}),
    ("eocc-08", "en",
     ("Sandblaster, 20 years. Numerous 2-4 mm nodules in both upper lobes, centrilobular and "
     "subpleural. Eggshell calcification of subcentimetre hilar and subcarinal lymph nodes, which "
     "are not enlarged. No pleural effusion. Findings consistent with silicosis."),
     {NOD}),
    ("eocc-09", "en",
     ("Bilateral upper lobe conglomerate masses (right 5.2 cm, left 4.1 cm) with irregular margins "
     "and punctate calcification, consistent with progressive massive fibrosis on a background of "
     "silicotic micronodules. Paracicatricial emphysema surrounds the masses. Architectural "
     "distortion with upper lobe volume loss and hilar retraction. Small bilateral pleural "
     "effusions."),
     {NOD, FIB, EMP, PE}),
    ("eocc-10", "en",
     ("Coal worker's pneumoconiosis. Numerous centrilobular micronodules, 1 to 3 mm, predominantly "
     "in the upper zones. No progressive massive fibrosis. No lymphadenopathy. Mild cardiomegaly."),
     {NOD, CM}),
    ("eocc-11", "en",
     ("Comparison is made with CT of March 2019. The left upper lobe conglomerate mass has increased "
     "from 2.8 to 3.6 cm. Background small nodules are unchanged. The previously noted right "
     "pleural effusion has resolved. Stable mild paraseptal emphysema."),
     {NOD, EMP}),
    ("eocc-12", "en",
     ("Indication: dairy farmer with progressive dyspnoea. Findings: Diffuse poorly defined "
     "centrilobular ground-glass nodules in all lobes. Patchy ground-glass opacity in the mid and "
     "upper zones. Mosaic attenuation, with lobular areas of decreased attenuation that show air "
     "trapping on expiratory images (headcheese sign). No fibrosis. No honeycombing. "
     "Impression: non-fibrotic hypersensitivity pneumonitis (farmer's lung) favoured."),
     {NOD, OPA, MOS}),
    ("eocc-13", "en",
     ("Pigeon breeder. Upper and mid zone predominant reticulation with traction bronchiectasis and "
     "some honeycombing. Mosaic attenuation with air trapping on expiration. No emphysema. "
     "Conclusion: fibrotic hypersensitivity pneumonitis (bird fancier's lung)."),
     {FIB, BRX, MOS}),
    ("eocc-14", "en",
     ("Expiratory imaging demonstrates a few lobules of air trapping in the lower lobes, within "
     "normal limits for age. Inspiratory images show no mosaic attenuation. The lungs are otherwise "
     "clear."),
     set()),
    ("eocc-15", "en",
     ("Former aerospace machinist with beryllium exposure. Bilateral symmetric hilar and mediastinal "
     "lymphadenopathy, right paratracheal node 18 mm. Small nodules along the bronchovascular "
     "bundles and fissures in a perilymphatic distribution, and smooth interlobular septal "
     "thickening in the upper lobes. Peribronchovascular interstitial thickening. The appearances "
     "mimic sarcoidosis; chronic beryllium disease is suspected."),
     {LN, NOD, IST, PBT}),
    ("eocc-16", "en",
     ("Low-dose CT for asbestos surveillance. No pleural plaques or pleural thickening. No pleural "
     "effusion. No interstitial lung disease; specifically no subpleural lines, reticulation or "
     "honeycombing. No pulmonary nodules. No lymphadenopathy. Heart is of normal size. No coronary "
     "artery calcification."),
     set()),
    ("eocc-17", "en",
     ("Silica exposure screening (quarry worker). No pulmonary nodules or masses. No lymph node "
     "enlargement and no eggshell calcification. No emphysema. No pleural abnormality. "
     "Normal study."),
     set()),
    ("eocc-18", "en",
     ("Circumferential nodular pleural thickening of the right hemithorax, extending onto the "
     "mediastinal pleura and into the major fissure, measuring up to 2 cm, with a moderate right "
     "pleural effusion. Suspicious for malignant pleural mesothelioma. Compressive atelectasis of "
     "the right lower lobe. Enlarged right internal mammary lymph node measuring 12 mm. Calcified "
     "pleural plaques on the left."),
     {PE, ATL, LN}),
    ("eocc-19", "en",
     ("Small left pleural effusion, possibly a benign asbestos-related effusion given the exposure "
     "history; there is no pleural nodularity. Bibasal dependent atelectasis. Bilateral pleural "
     "plaques."),
     {PE, ATL}),
    ("eocc-20", "en",
     ("Calcified diaphragmatic pleural plaques bilaterally. The aorta is free of calcification. "
     "Coronary arteries: no calcification. Lungs clear. No effusion."),
     set()),
    ("eocc-21", "en",
     ("Calcified pleural plaques, and focal pericardial thickening anteriorly, probably also "
     "asbestos-related. No pericardial effusion. No pleural effusion. Lungs clear."),
     {PCE}),
    ("eocc-22", "en",
     ("IMPRESSION:\n"
     "1. Bilateral partially calcified pleural plaques.\n"
     "2. Mild basal subpleural reticulation, probably early asbestosis.\n"
     "3. 4 mm right upper lobe nodule; no follow-up required per Fleischner guidelines.\n"
     "4. Small hiatus hernia.\n"
     "5. Atherosclerotic calcification of the aortic arch."),
     {FIB, NOD, HH, AWC}),
    ("eocc-23", "en",
     ("CT chest - Dust Diseases Board assessment. Bilateral pleural plaques, some calcified, the "
     "largest on the right lateral chest wall measuring 6 cm. Minor dependent atelectasis. No "
     "parenchymal fibrosis. No effusion. Degenerative change in the thoracic spine."),
     {ATL}),
    ("eocc-24", "en",
     ("Stonemason working with engineered stone benchtops. Numerous centrilobular and subpleural "
     "micronodules, upper lobe predominant, with early coalescence in the right upper lobe. Patchy "
     "ground-glass opacity in both upper lobes. Mildly enlarged mediastinal lymph nodes, up to "
     "12 mm short axis. Impression: accelerated silicosis."),
     {NOD, OPA, LN}),
    ("eocc-25", "en",
     ("Heavy recent silica exposure. Bilateral ground-glass opacity with superimposed interlobular "
     "septal thickening (crazy paving) in the dependent lungs, and posterior consolidation "
     "containing calcific foci. Appearances raise the possibility of acute silicoproteinosis."),
     {OPA, IST, CON}),
    ("eocc-26", "en",
     ("Subtle subpleural reticulation at the lung bases posteriorly, which persists on prone "
     "images; early asbestosis cannot be excluded. Pleural plaques are present bilaterally."),
     {FIB}),
    ("eocc-27", "en",
     ("Prone images were obtained. On prone imaging the lung bases are normal, with no subpleural "
     "reticulation or honeycombing. No evidence of asbestosis. No pleural plaques."),
     set()),
    ("eocc-28", "en",
     ("Since the study of 2021, the bilateral calcified pleural plaques are unchanged. The right "
     "lower lobe rounded atelectasis is stable at 3 cm. Interval development of a small right "
     "pleural effusion."),
     {ATL, PE}),
    ("eocc-29", "en",
     ("The left pleural effusion seen previously has resolved, leaving residual diffuse pleural "
     "thickening and blunting of the left costophrenic angle. No new effusion. A fibrotic band "
     "extends into the left lower lobe."),
     {FIB}),
    ("eocc-30", "en",
     ("Grew up in the Ohio River valley. Several calcified mediastinal lymph nodes of normal size; "
     "no lymphadenopathy. Calcified granuloma in the left lower lobe. Calcified granulomas in the "
     "spleen."),
     {NOD}),
    ("eocc-31", "en",
     ("Welder for 30 years. Faint, poorly defined centrilobular micronodules in the upper lungs, in "
     "keeping with siderosis. No fibrosis. Mild bronchial wall thickening. Median sternotomy wires "
     "are intact."),
     {NOD, PBT, MM}),
    ("eocc-32", "en",
     ("Hard metal worker (tungsten carbide tool grinding). Bilateral mid and lower zone ground-glass "
     "opacity with fine reticulation and traction bronchiectasis. Query hard metal lung disease."),
     {OPA, FIB, BRX}),
    ("eocc-33", "en",
     ("Findings graded according to ICOERD: bilateral basal intralobular reticulation, grade 2, "
     "consistent with asbestosis. Honeycombing: absent. Emphysema: absent. Pleural plaques: "
     "present, bilateral, calcified. Pleural effusion: absent."),
     {FIB}),
    ("eocc-34", "en",
     ("LUNGS: Centrilobular nodules: present, upper lobe predominant. Mosaic attenuation: none. "
     "Bronchiectasis: none. Emphysema: mild centrilobular.\n"
     "LYMPH NODES: calcified, not enlarged.\n"
     "PLEURA: no effusion; no plaques."),
     {NOD, EMP}),
    ("eocc-35", "en",
     ("Subacute hypersensitivity pneumonitis after exposure to mouldy hay: patchy ground-glass "
     "opacity and small areas of consolidation in the lower lobes, profuse centrilobular nodules, "
     "and mosaic attenuation with a three-density pattern."),
     {OPA, CON, NOD, MOS}),
    ("eocc-36", "en",
     ("No features to suggest hypersensitivity pneumonitis: no mosaic attenuation, no air trapping "
     "and no centrilobular nodules. Small hiatal hernia. Cardiomegaly."),
     {HH, CM}),
    ("eocc-37", "en",
     ("Follow-up after removal of the birds from the home. The previously seen centrilobular nodules "
     "and ground-glass opacity have completely resolved. No mosaic attenuation on the current "
     "study. The lungs are clear."),
     set()),
    ("eocc-38", "en",
     ("Compared with the prior, the ground-glass opacity has decreased but persists in the lower "
     "lobes; mosaic attenuation is less conspicuous but still present. The centrilobular nodules "
     "have resolved."),
     {OPA, MOS}),
    ("eocc-39", "en",
     ("Dual-chamber pacemaker with leads in the right atrium and right ventricle. Established "
     "honeycombing at both bases with traction bronchiectasis, a UIP pattern, consistent with "
     "asbestosis given the pleural plaques. Mediastinal nodes are mildly enlarged, probably "
     "reactive (right lower paratracheal 13 mm). Cardiomegaly."),
     {MM, FIB, BRX, LN, CM}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("eocc-40", "en",
     ("Left lower lobe 4 cm subpleural mass abutting thickened pleura. The comet-tail sign suggests "
     "rounded atelectasis, but bronchogenic carcinoma cannot be excluded; PET-CT is suggested."),
     {ATL}),
    ("eocc-41", "en",
     ("Calcified atherosclerotic plaque in the descending thoracic aorta. No pleural plaques. Lungs "
     "clear. No pleural effusion."),
     {AWC}),
    ("eocc-42", "en",
     ("Background silicotic nodules. New right upper lobe consolidation with cavitation and "
     "surrounding centrilobular nodules, suspicious for superimposed mycobacterial infection "
     "(silicotuberculosis). Enlarged right hilar lymph node, 14 mm."),
     {NOD, CON, LN}),
    ("eocc-43", "en",
     ("Ex-miner, 35 years underground. Moderate centrilobular emphysema. Diffuse bronchial wall "
     "thickening. A few scattered small nodules, up to 3 mm, likely pneumoconiotic. Pleura normal."),
     {EMP, PBT, NOD}),
    ("eocc-44", "en",
     ("Bilat calc pleural plaques. No ILD. No nodule. No effusion. Mild aortic calcification. "
     "Coronary calcs."),
     {AWC, CAC}),
    ("eocc-45", "en",
     ("Right lower lobe consolidation with air bronchograms, likely pneumonia. Small parapneumonic "
     "effusion on the right. Calcified pleural plaques incidentally noted. No interstitial "
     "fibrosis."),
     {CON, PE}),
    ("eocc-46", "en",
     ("Referred for nodules on chest radiograph. CT confirms that these represent en face pleural "
     "plaques; there are no lung nodules. No effusion."),
     set()),
    ("eocc-47", "en",
     ("Parenchymal bands up to 3 cm extend from the pleural plaques into both lower lobes. No "
     "reticulation or honeycombing to indicate asbestosis."),
     {FIB}),
    ("eocc-48", "en",
     ("Asbestos-exposed smoker. Spiculated 2.4 cm right upper lobe mass. Enlarged right hilar and "
     "subcarinal lymph nodes. Bilateral pleural plaques. Small pericardial effusion."),
     {NOD, LN, PCE}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
