"""Probe: English chest CT reports from older report systems and faxed/OCR'd text that wrap lines
at a fixed width (40, 50, 60 or 72 characters), so a line break can fall between any two words:
inside a word with a hyphen ("atelec-\\ntasis") or without one ("lymphaden\\nopathy"), between a
finding and its negation ("No pleural\\neffusion"), inside "cannot be\\nexcluded", before a bullet or
between numbered list items; also reports with real line breaks between sections (FINDINGS:,
IMPRESSION:), upper-case reports, CRLF line ends and trailing spaces. Each report was written as
natural text and then wrapped mechanically. Negative controls: subcutaneous emphysema, thyroid and
adrenal nodules, mitral annular calcification, pleural thickening and plaques, resolved findings.
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
    ("efw-01", "en",
     ("FINDINGS: Mild centrilobular emphysema in both upper lobes.\n"
     "A 5 mm solid nodule in the right lower lobe. No pleural\n"
     "effusion. No mediastinal or hilar lymphadenopathy. Heart\n"
     "size normal. Coronary artery calcification is present.\n"
     "IMPRESSION: Emphysema. 5 mm right lower lobe nodule,\n"
     "follow-up per Fleischner guidelines."),
     {EMP, NOD, CAC}),
    ("efw-02", "en",
     ("Bibasilar atelec-\n"
     "tasis. Small bilateral pleural\n"
     "effusions. Mild cardiomegaly.\n"
     "Interlobular septal thickening\n"
     "suggesting interstitial edema. No\n"
     "consolidation."),
     {ATL, PE, CM, IST}),
    ("efw-03", "en",
     ("Patchy consolidation in the left lower lobe with air bronchograms,\n"
     "consistent with pneumonia. Surrounding ground-glass opacity. A small\n"
     "parapneumonic effusion cannot be\n"
     "excluded. Mediastinal lymph nodes up to 9 mm in short axis, likely\n"
     "reactive. Heart is normal in size. No pericardial effusion."),
     {CON, OPA, PE, LN}),
    ("efw-04", "en",
     ("CHEST CT WITHOUT CONTRAST.\n"
     "FINDINGS: THE LUNGS ARE CLEAR. NO NODULE, MASS, OR\n"
     "CONSOLIDATION. NO PLEURAL OR PERICARDIAL EFFUSION.\n"
     "HEART SIZE IS NORMAL. NO LYMPHADENOPATHY.\n"
     "IMPRESSION: NO ACUTE CARDIOPULMONARY ABNORMALITY."),
     set()),
    ("efw-05", "en",
     ("Right subclavian port catheter with tip in the SVC. Bulky\n"
     "mediastinal lymphaden\n"
     "opathy, the largest node in the subcarinal station measuring\n"
     "2.4 cm. A 2.8 cm spiculated mass in the right upper lobe,\n"
     "suspicious for primary lung carcinoma. No pleural effusion."),
     {MM, LN, NOD}),
    ("efw-06", "en",
     ("Extensive honey-\n"
     "combing and reticulation in the\n"
     "subpleural lower lobes with traction\n"
     "bronchiectasis, in keeping with a UIP\n"
     "pattern. No ground-glass opacity. Mild\n"
     "mediastinal lymph node enlargement to 11\n"
     "mm. Dilated esophagus."),
     {FIB, BRX, LN}),
    ("efw-07", "en",
     ("Comparison: CT of 03/2019. The previously noted right middle lobe\n"
     "consolidation has\n"
     "resolved. Residual linear fibrotic band in the right middle lobe. No new\n"
     "nodules. No pleural effusion. Calcification of the aortic arch."),
     {FIB, AWC}),
    ("efw-08", "en",
     ("Cardiomeg\n"
     "aly with a moderate pericardial effusion measuring\n"
     "up to 15 mm. Bilateral pleural effusions, larger\n"
     "on the right, with compressive atelectasis of the\n"
     "right lower lobe. Pacemaker leads in the right\n"
     "atrium and right ventricle."),
     {CM, PCE, PE, ATL, MM}),
    ("efw-09", "en",
     ("Mosaic attenuation of the lung parenchyma with air trapping\n"
     "on expiratory images, suggestive of small airway disease.\n"
     "Bronchial wall thickening in both lower lobes. No\n"
     "bronchiectasis. No nodules."),
     {MOS, PBT}),
    ("efw-10", "en",
     ("Small hiatal hernia. Calcified\n"
     "atherosclerotic plaques in the aorta and\n"
     "coronary arteries. No pulmonary nodule.\n"
     "No pleural\n"
     "effusion. Lungs otherwise clear."),
     {HH, AWC, CAC}),
    ("efw-11", "en",
     ("Subcutaneous emphysema in the left chest wall following recent chest\n"
     "tube removal. No pneumothorax. Lung parenchyma without emphysema. No\n"
     "pleural effusion. 1.2 cm hypodense thyroid nodule in the left lobe.\n"
     "Heart normal."),
     set()),
    ("efw-12", "en",
     ("IMPRESSION:\n"
     "1. Moderate paraseptal and centrilobular\n"
     "emphysema.\n"
     "2. Multiple bilateral pulmonary nodules, the\n"
     "largest 7 mm in the left upper lobe, possibly\n"
     "metastatic.\n"
     "3. No pleural effusion.\n"
     "4. Coronary artery calcifications."),
     {EMP, NOD, CAC}),
    ("efw-13", "en",
     ("IMPRESSION: 1. Right lower lobe consolidation. 2. No pleural\n"
     "effusion. 3. Mild bronchi-\n"
     "ectasis in the left lower lobe. 4. No lymphadenopathy."),
     {CON, BRX}),
    ("efw-14", "en",
     ("Findings: Ground-glass opacities in both\n"
     "lungs with a peripheral distribution and\n"
     "a crazy-paving pattern (superimposed\n"
     "interlobular septal thickening). No\n"
     "consolidation. No effusion. Findings are\n"
     "compatible with viral pneumonia\n"
     "including COVID-19."),
     {OPA, IST}),
    ("efw-15", "en",
     ("FINDINGS:\r\n"
     "MEDIASTINUM: NO LYMPHADENOPATHY. HEART NORMAL IN SIZE. NO PERICARDIAL\r\n"
     "EFFUSION. ATHEROSCLEROTIC CALCIFICATION OF THE THORACIC AORTA.\r\n"
     "LUNGS: BIAPICAL PLEUROPARENCHYMAL SCARRING. NO NODULES. NO\r\n"
     "CONSOLIDATION.\r\n"
     "PLEURA: NO EFFUSION.\r\n"
     "IMPRESSION:\r\n"
     "NO ACUTE FINDINGS."),
     {AWC, FIB}),
    ("efw-16", "en",
     ("Large right pleural effusion with near-complete\n"
     "collapse of the right lower lobe. Superimposed\n"
     "consolidation cannot be\n"
     "excluded; recommend follow-up after drainage. Left\n"
     "lung clear. No pericardial effusion."),
     {PE, ATL, CON}),
    ("efw-17", "en",
     ("Sternotomy wires and mediastinal clips from prior CABG.\n"
     "Dense coronary calcification of the native vessels. Mild\n"
     "cardiomegaly. Small left pleural effusion, decreased since\n"
     "the prior study. Linear atelectasis at the left base."),
     {MM, CAC, CM, PE, ATL}),
    ("efw-18", "en",
     ("No lymph-\n"
     "adenopathy. No pleural or pericardial\n"
     "effusion. A 4 mm nodule in the lingula,\n"
     "unchanged from 2018 and therefore\n"
     "benign. Mild bronchial wall thickening."),
     {NOD, PBT}),
    ("efw-19", "en",
     ("Interstitial lung disease with peripheral reticulation and ground-glass\n"
     "opacity in the lower lobes, suggestive of NSIP. No honeycombing. Mild\n"
     "traction bronchiectasis. Dilated esophagus, likely scleroderma. No\n"
     "lymphadenopathy."),
     {FIB, OPA, BRX}),
    ("efw-20", "en",
     ("The lungs are clear without\n"
     "focal consolidation, nodule, or effusion. No\n"
     "emphysema. Normal heart size. Mitral annular\n"
     "calcification. Degenerative changes of the\n"
     "thoracic spine."),
     set()),
    ("efw-21", "en",
     ("Endotracheal tube 3 cm above the carina. Nasogastric tube in\n"
     "the stomach. Dependent opacities in both lower lobes, likely\n"
     "atelectasis, although aspiration cannot be\n"
     "excluded. Small bilateral effusions."),
     {MM, OPA, ATL, PE}),
    ("efw-22", "en",
     ("There is no evidence of\n"
     "pulmonary embolism. Mosaic perfusion is\n"
     "present in both lungs, which could\n"
     "reflect chronic thromboembolic disease.\n"
     "Enlarged pulmonary artery, 34 mm. No\n"
     "pleural effusion."),
     {MOS}),
    ("efw-23", "en",
     ("FINDINGS: Status post right upper lobectomy with surgical staples at the\n"
     "bronchial stump. No evidence of local recurrence. Postoperative fibrotic\n"
     "changes adjacent to the staple line. Stable 3 mm left lower lobe nodule.\n"
     "Mediastinal lymph nodes are not\n"
     "enlarged.\n"
     "IMPRESSION: No recurrence."),
     {MM, FIB, NOD}),
    ("efw-24", "en",
     ("SEVERE EMPHY-\n"
     "SEMA WITH LARGE BULLAE IN THE UPPER LOBES.\n"
     "BRONCHIAL WALL THICKENING. NO CONSOLI-\n"
     "DATION. NO PLEURAL EFFUSION. CALCIFIED PLAQUES IN\n"
     "THE AORTIC ARCH."),
     {EMP, PBT, AWC}),
    ("efw-25", "en",
     ("Bilateral hilar and mediastinal lymphadenopathy with\n"
     "perilymphatic micronodules along the fissures and\n"
     "bronchovascular bundles, consistent with sarcoidosis. No\n"
     "fibrosis. No effusion."),
     {LN, NOD}),
    ("efw-26", "en",
     ("Heart normal in size. Pericardial\n"
     "thickening up to 4 mm. No pericardial\n"
     "effusion. Lungs clear. No pleural\n"
     "effusion."),
     {PCE}),
    ("efw-27", "en",
     ("Cylindrical bronchiec\n"
     "tasis in the right middle lobe and lingula with mucus plugging and\n"
     "tree-in-bud opacities, suggestive of atypical mycobacterial infection.\n"
     "Peribronchial thickening. No consolidation."),
     {BRX, PBT}),
    ("efw-28", "en",
     ("Comparison with prior: The previously described\n"
     "right lower lobe nodule is no longer\n"
     "seen. No new nodules. Resolved right pleural\n"
     "effusion. Minimal atelectasis at the right base\n"
     "persists."),
     {ATL}),
    ("efw-29", "en",
     ("Moderate cardiomegaly. Smooth interlobular septal thickening\n"
     "and bilateral ground-glass opacities, consistent with\n"
     "pulmonary edema. Small bilateral pleural effusions. Azygos\n"
     "fissure, a normal variant."),
     {CM, IST, OPA, PE}),
    ("efw-30", "en",
     ("Lungs: No infiltrate. No nodules. No\n"
     "emphysema. Pleura: No effusion. Heart:\n"
     "Normal. Vessels: Normal caliber aorta\n"
     "without calcification. Upper abdomen:\n"
     "Small hiatal hernia. Cholelithiasis."),
     {HH}),
    ("efw-31", "en",
     ("There is a 3.5 cm mass in the left upper lobe abutting the pleura,\n"
     "suspicious for malignancy. Ipsilateral hilar lymphadenopathy measuring\n"
     "16 mm. Postobstructive atelectasis distal to the mass. No pleural\n"
     "effusion. No other nodules."),
     {LN, ATL}),
    ("efw-32", "en",
     ("Part-solid nodule of 8 mm in the right upper lobe,\n"
     "may represent adenocarcinoma in situ; follow-up\n"
     "recommended. Mild emphysema. Coronary artery\n"
     "calcification. No lymphadenopathy."),
     {NOD, EMP, CAC}),
    ("efw-33", "en",
     ("NO PLEURAL\n"
     "EFFUSION. NO PNEUMOTHORAX. NO LYMPHADENOPATHY. NO NODULE.\n"
     "MILD BIBASILAR ATELECTASIS. NORMAL HEART SIZE."),
     {ATL}),
    ("efw-34", "en",
     ("Dual-chamber pacemaker. Prosthetic\n"
     "aortic valve. Cardiomegaly. Mild aortic\n"
     "wall calcification. No pericardial\n"
     "effusion. Lungs clear without nodules."),
     {MM, CM, AWC}),
    ("efw-35", "en",
     ("Diffuse bronchial wall thickening in keeping with bronchitis or asthma.\n"
     "Mild mosaic attenuation, likely air trapping. No bronchiectasis. No\n"
     "emphysema. No focal consolidation or nodule. Heart normal."),
     {PBT, MOS}),
    ("efw-36", "en",
     ("Left lower lobe consoli-\n"
     "dation with volume loss, atelectasis versus\n"
     "pneumonia. Small left pleural effusion. Bilateral\n"
     "breast implants. No mediastinal lymph-\n"
     "adenopathy."),
     {CON, ATL, PE, MM}),
    ("efw-37", "en",
     ("IMPRESSION: - Small right pleural effusion. - No\n"
     "consolidation. - Hiatal hernia. - Bronchiectasis in the left\n"
     "lower lobe cannot be excluded due to motion artifact. - No\n"
     "pulmonary nodules."),
     {PE, HH, BRX}),
    ("efw-38", "en",
     ("Examination limited by respiratory\n"
     "motion. Questionable small nodule in the\n"
     "left lower lobe versus vessel. Possible\n"
     "early consolidation in the right middle\n"
     "lobe. No effusion."),
     {NOD, CON}),
    ("efw-39", "en",
     ("The heart is not enlarged. No pericardial effusion. The aorta is of\n"
     "normal caliber. Lungs: Fibrotic scarring at the left apex. 6 mm\n"
     "calcified nodule in the right upper lobe, likely a granuloma. No\n"
     "consolidation. No pleural effusion. Small axillary lymph nodes, the\n"
     "largest 8 mm."),
     {FIB, NOD, LN}),
    ("efw-40", "en",
     ("Postoperative changes of esophagectomy with\n"
     "gastric pull-through. Surgical clips in the\n"
     "mediastinum. No recurrent mass. Small bilateral\n"
     "pleural effusions. Bibasilar atelectasis. No\n"
     "lymphaden\n"
     "opathy."),
     {MM, PE, ATL}),
    ("efw-41", "en",
     ("Biapical pleural thickening. No pleural effusion. Extensive\n"
     "paraseptal emphy\n"
     "sema. Calcified pleural plaques bilaterally, suggestive of\n"
     "prior asbestos exposure. No nodule. Heart normal."),
     {EMP}),
    ("efw-42", "en",
     ("Right-sided central venous catheter in\n"
     "the SVC. Diffuse ground-glass opacity\n"
     "with areas of consolidation in both\n"
     "lungs, consistent with ARDS. Small\n"
     "bilateral effusions. Mild cardiomegaly\n"
     "cannot be\n"
     "excluded."),
     {MM, OPA, CON, PE, CM}),
    ("efw-43", "en",
     ("FINDINGS: No suspicious pulmonary nodule. Previously seen ground-glass\n"
     "opacity in the left upper lobe has resolved. No bronchiectasis. Mild\n"
     "coronary artery calcification. 1.5 cm left adrenal nodule, likely\n"
     "adenoma.\n"
     "IMPRESSION: Resolution of ground-glass opacity. Adrenal adenoma."),
     {CAC}),
    ("efw-44", "en",
     ("CT CHEST.\n"
     "INDICATION: R/O PNEUMONIA.\n"
     "FINDINGS: NO CONSOLIDATION. NO PLEURAL EFFUSION.\n"
     "NO LYMPH-\n"
     "ADENOPATHY. MILD CARDIOMEGALY. NO PERICARDIAL\n"
     "EFFUSION.\n"
     "IMPRESSION: NO PNEUMONIA. MILD CARDIOMEGALY."),
     {CM}),
    ("efw-45", "en",
     ("Hyperinflated lungs. No emphysema identified. Subsegmental\n"
     "atelectasis in the lingula. Peribronchial cuffing in the\n"
     "lower lobes. A 2 mm perifissural nodule along the right\n"
     "major fissure, likely an intrapulmonary lymph node."),
     {ATL, PBT, NOD}),
    ("efw-46", "en",
     ("Large sliding hiatal hernia containing\n"
     "most of the stomach. Aspiration-related\n"
     "opacities in the right lower lobe. No\n"
     "effusion. Aortic and coronary calcifica\n"
     "tions."),
     {HH, OPA, AWC, CAC}),
    ("efw-47", "en",
     ("Known metastatic breast cancer. Multiple bilateral pulmonary nodules,\n"
     "the largest 12 mm, increased in size. Enlarged internal mammary lymph\n"
     "node, 14 mm. Right chest port. Interlobular septal thickening in the\n"
     "right lower lobe, possibly lymphangitic spread. Small right pleural\n"
     "effusion."),
     {NOD, LN, MM, IST, PE}),
    ("efw-48", "en",
     ("No acute findings. Lungs clear. Heart normal. No \r\n"
     "effusion. No adenopathy. Degenerative changes in \r\n"
     "the spine. The findings were faxed to Dr. Smith."),
     set()),
    ("efw-49", "en",
     ("Bronchiec-\n"
     "tasis and bronchial wall thickening in both lower lobes,\n"
     "cystic on the left. Mosaic attenuation. Scattered mucus\n"
     "plugs. No consolidation. Mediastinal lymph nodes measuring\n"
     "up to 10 mm, likely reactive."),
     {BRX, PBT, MOS, LN}),
    ("efw-50", "en",
     ("Pericardial effusion, small. Heart size\n"
     "normal. Bilateral pleural effusions have\n"
     "resolved since the prior exam. No\n"
     "atelectasis. Aortic wall calcification."),
     {PCE, AWC}),
    ("efw-51", "en",
     ("FINDINGS:\n"
     "LUNGS: PATCHY GROUND GLASS OPACITIES IN THE RIGHT UPPER LOBE. NO\n"
     "CONSOLIDA\n"
     "TION. NO NODULES.\n"
     "PLEURA: NO EFFUSION.\n"
     "HEART: NORMAL SIZE. NO PERICARDIAL EFFUSION.\n"
     "IMPRESSION:\n"
     "NONSPECIFIC GROUND GLASS OPACITIES, INFECTIOUS OR INFLAMMATORY."),
     {OPA}),
    ("efw-52", "en",
     ("Interlobular septal thickening is not seen. There\n"
     "is no honeycombing. No ground-glass opacity. No\n"
     "evidence of interstitial lung disease. Small left\n"
     "pleural\n"
     "effusion."),
     {PE}),
    ("efw-53", "en",
     ("Stable right lower lobe atelectasis. Mild bronchial wall \n"
     "thickening. Sequelae of prior tuberculosis in the left upper \n"
     "lobe with fibrotic bands and volume loss. Mediastinal lymph \n"
     "nodes are not enlarged. No emphysema."),
     {ATL, PBT, FIB}),
    ("efw-54", "en",
     ("Lymphadenopathy is not\n"
     "present. Pleural effusion: none.\n"
     "Consolidation: none. Nodules: 3 mm left\n"
     "upper lobe, stable. Emphysema: mild,\n"
     "centrilobular."),
     {NOD, EMP}),
]

OPEN: dict[tuple[str, str], str] = {
    ("efw-21", OPA): "'dependent opacities' in a wrapped report is not read as a lung opacity",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
