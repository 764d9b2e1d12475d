"""Probe: English chest CT reports that went through OCR of scanned paper reports: words broken by
spaces ("pleu ral effusion", "consoli dation"), letter confusions (l/1, O/0, rn/m: "c0nsolidation",
"emphysenna", "nodu1e", "lymphadenopathv"), lost or doubled punctuation, words run together
("Nopleural effusion", "Noconsolidation"), stray characters ("|", "~", "^"), page headers and footers
in the middle of the text ("Page 1 of 2", "CONFIDENTIAL"), hyphenation at line ends and upper-case
headings. Each report stays readable, so a radiologist would still label it clearly. Present, denied,
hedged and resolved findings are mixed, with negative controls. The reports were written for this
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
    ("eocr-01", "en",
     ("CHEST CT WITH0UT C0NTRAST\nFINDINGS: There is centri1obular emphysenna in both upper 1obes. "
      "A 6 rnm solid nodu1e in the right lower lobe.. Nopleural effusion. No mediastinal lymphadenopathv."),
     {EMP, NOD}),
    ("eocr-02", "en",
     ("FIND INGS: Right lower lobe c0nsolidation with air bronchograrns, consistent with pneu monia. "
      "Surrounding ground-g1ass opacity. Small right pleu ral effusion. Heart size is norrnal."),
     {CON, OPA, PE}),
    ("eocr-03", "en",
     ("Calcified atherosc1erotic plaques in the aortic arch and descending aorta. Coronary artery "
      "ca1cifications are present in the LAD. Noconsolidation. No pericardial effu sion.\nPage 1 of 2"),
     {AWC, CAC}),
    ("eocr-04", "en",
     ("LUNGS: Subpleural reticu1ation and honey combing at both lung bases with traction bronchiec-\n"
      "tasis, consistent with a UIP pattern. No ground glass 0pacity. Mediastinal 1ymph nodes measure "
      "up to 12 rnm, likely reactive."),
     {FIB, BRX, LN}),
    ("eocr-05", "en",
     ("The heart is en1arged. Bilateral p1eural effusions with interlobu1ar septal thick-\nening. "
      "Passive atelec tasis in both lower lobes. Findings suggest conges tive heart failure."),
     {CM, PE, IST, ATL}),
    ("eocr-06", "en",
     ("A dual-chamber pacernaker is present in the 1eft chest wall with leads in the right atrium and "
      "ventricle. Median sternotomy wires. Mild cardiomega1y. ~ Lungs are clear ~"),
     {MM, CM}),
    ("eocr-07", "en",
     ("CONFIDENTIAL\nLUNGS: Clear. No n0dules, consolidation, or ground glass opacities. PLEURA: No effu "
      "sion. HEART: Normal size, no pericardia1 effusion. No hiatal hernia.\nIMPRESSION: Norma1 chest CT."),
     set()),
    ("eocr-08", "en",
     ("Comparison with prior CT of 03/12. The previous1y noted right lower lobe consolida tion has "
      "resolved. The left pleural effusion is no 1onger seen. No new nodu1es."),
     set()),
    ("eocr-09", "en",
     ("MEDIASTINUM: Sma1l sliding hiatal hernia. The esophagea1 wall is not thickened.\nLUNGS: Mi1d "
      "paraseptal emphysema in the apices. ~ No pleural effusion ~"),
     {HH, EMP}),
    ("eocr-10", "en",
     ("Mosaic attenuati0n pattern with air trapping on expiratory images, suggesting smal1 airways "
      "disease. Bronchial wa1l thickening in both lower lobes. No bronchiectasis."),
     {MOS, PBT}),
    ("eocr-11", "en",
     ("Subtle ground g1ass opacity in the 1ingula, possib1y infectious or inflammatory. A tiny nodu1e "
      "cannot be exc1uded in the right upper lobe (image 45). Nolymphadenopathy."),
     {OPA, NOD}),
    ("eocr-12", "en",
     ("CLINICAL HISTORY: rule out pulmonary embo1ism and pleura1 effusion.\nIMPRESSION: No pulmonary "
      "embolism. Lungs clear. No effusion."),
     set()),
    ("eocr-13", "en",
     ("Moderate pericardial effu sion measuring 15 mm. Heart size norma1. Bi1ateral small pleural "
      "effusions. Compressive at electasis at the lung bases."),
     {PCE, PE, ATL}),
    ("eocr-14", "en",
     ("Mu1tiple enlarged mediastinal and hi1ar lymph nodes, the largest 2.1 cm in the subcarinal\n"
      "Page 2 of 2 -- CONFIDENTIAL --\nstation. Findings concerning for lymphoma or sarcoidosis. "
      "No pleural effusion."),
     {LN}),
    ("eocr-15", "en",
     ("A 4.5 cm spiculated rnass in the right upper 1obe, suspicious for primary lung carcinoma. "
      "Ipsilateral hilar lymphadenopathy. Post-obstructive atelectasis distal to the mass. "
      "No nodu1es elsewhere."),
     {LN, ATL}),
    ("eocr-16", "en",
     ("Cylindrical bronchiec tasis in the right middle lobe and lingula with peribronchia1 wall "
      "thickening. Scattered tree-in-bud pattern, suggestive of MAC infection. No effusion."),
     {BRX, PBT}),
    ("eocr-17", "en",
     ("N0 emphysema. Linear fibrotic band in the 1eft lower lobe, likely a post-inflammatory scar. "
      "No consolidation. Aortic wa1l calcification."),
     {FIB, AWC}),
    ("eocr-18", "en",
     ("Mediastinal lymph nodes are not en1arged. The thyroid is unremarkab1e. LUNGS: no nodu1es. "
      "No pleural or pericardia1 effusion. Heart size normal."),
     set()),
    ("eocr-19", "en",
     ("Severa1 subcentimeter mediastinal lymph nodes up to 8 mm in short axis, not reaching patho1ogical "
      "size. Mild coronary ca1cification. Lungs clear."),
     {LN, CAC}),
    ("eocr-20", "en",
     ("Bi1ateral peripheral ground-glass opaci ties with superimposed interlobular septal thicken ing "
      "(crazy paving), typical of COVID-19 pneu monia. No pleural effusion. No lymphadenopathy."),
     {OPA, IST}),
    ("eocr-21", "en",
     ("Endotracheal tube tip 3 cm above the carina. Right internal jugu1ar central venous catheter with "
      "tip in the SVC. Nasogastric tube in the stomach. Dependent ate1ectasis in both lower lobes. "
      "Smal1 left p1eural effusion."),
     {MM, ATL, PE}),
    ("eocr-22", "en",
     ("Patchy opacity in the left lower lobe, atelectasis versus ear1y consolidation. Smal1 left "
      "effusion. ^ Heart normal in size."),
     {OPA, ATL, CON, PE}),
    ("eocr-23", "en",
     ("IMPRESSI0N:\n1. Emphysenna, centrilobu1ar, moderate.\n2. Nopulmonary nodu1es.\n"
      "3. Coronary arterycalcification.\n4. No pleura1effusion."),
     {EMP, CAC}),
    ("eocr-24", "en",
     ("Heart size within norma1 limits. No pericardial effusion. No hiatus hernia. The aorta is norma1 "
      "in caliber without calcification. Lungs clear bilatera1ly."),
     set()),
    ("eocr-25", "en",
     ("Previous1y described hilar lymphadenopathy has resolved. No residua1 consolidation. Stable 4 mm "
      "nodule in the right middle lobe."),
     {NOD}),
    ("eocr-26", "en",
     ("Smooth interlobular septa1 thickening in both lower lobes with mi1d ground glass. Small "
      "bilatera1 effusions. Cardiornegaly. Dilated pulmonary veins."),
     {IST, OPA, PE, CM}),
    ("eocr-27", "en",
     ("CLINICAL HISTORY: Prior right lower lobe pneumonia, assess for resolution.\nFINDINGS: The lungs "
      "are clear. No consolidation or ground glass opacity. No effusion."),
     set()),
    ("eocr-28", "en",
     ("Left subclavian port-a-cath with catheter tip at the cavoatria1 junction. Coronary stents in the "
      "LAD. Ca1cified plaques in the thoracic aorta. Lungs: no infiltrate."),
     {MM, AWC}),
    ("eocr-29", "en",
     ("No honeycornbing or traction bronchiectasis. Mild subpleura1 reticulation at the lung bases may "
      "represent early interstitial lung disease. No effusion."),
     {FIB}),
    ("eocr-30", "en",
     ("Diffuse bronchial wall thick ening, consistent with chronic bronchitis. No mosaic attenuation. "
      "No air trapping. No emphysema."),
     {PBT}),
    ("eocr-31", "en",
     ("A 9 mm solid nodu1e in the 1eft upper lobe,, follow-up CT recommended in 3 months. No other "
      "pulmonary nodu1es. No lymphadenopathy."),
     {NOD}),
    ("eocr-32", "en",
     ("Bilateral calcified pleura1 plaques consistent with prior asbestos exposure. No pleural effusion. "
      "No pulmonary fibrosis."),
     set()),
    ("eocr-33", "en",
     ("Mild pericardial thick ening. Heart size norma1. Bibasilar subsegmental ate1ectasis."),
     {PCE, ATL}),
    ("eocr-34", "en",
     ("Prominent right hilum; hi1ar lymphadenopathy cannot be exc1uded on this non-contrast study. "
      "Lungs otherwise clear."),
     {LN}),
    ("eocr-35", "en",
     ("Cardiomegaly with left ventricu1ar prominence. Atherosc1erotic calcifications of the aorta and "
      "coronary arteries. Bullous emphysenna in the right apex."),
     {CM, AWC, CAC, EMP}),
    ("eocr-36", "en",
     ("Post radiation fibrosis in the left paramediastina1 lung with traction bronchiectasis. No "
      "recurrent mass. Surgical c1ips in the left axilla."),
     {FIB, BRX, MM}),
    ("eocr-37", "en",
     ("Patu1ous esophagus without hiatal hernia. Nolymphadenopathy. Lungs clear | no effusion |"),
     set()),
    ("eocr-38", "en",
     ("The aorta shows mild mural calcification. The main pulmonary\nPage 1 of 2\nartery is normal in "
      "caliber. There is a smal1 5 mm nodu1e in the left lower lobe. No effusion."),
     {AWC, NOD}),
    ("eocr-39", "en",
     ("Moderate right pleural effusion with adjacent compressive ate1ectasis. No septal thickening. "
      "No consolidation."),
     {PE, ATL}),
    ("eocr-40", "en",
     ("New left lower lobe consolida-\ntion. The previous1y seen right pleural effusion has resolved."),
     {CON}),
    ("eocr-41", "en",
     ("Minimal centrilobular emphysema cannot be excluded in the upper lobes. Nonodules. No lymph "
      "adenopathy."),
     {EMP}),
    ("eocr-42", "en",
     ("| LUNGS | Bilateral lower lobe bronchiectasis with mucus plugging ^ and peri bronchial thickening. "
      "~ Mosaic attenuation in both lungs. | PLEURA | No effusion."),
     {BRX, PBT, MOS}),
    ("eocr-43", "en",
     ("Multinodu1ar goiter with a 2 cm nodule in the left thyroid lobe. The lungs are clear without "
      "pulmonary nodu1es. No lymphadenopathy."),
     set()),
    ("eocr-44", "en",
     ("Partially imaged upper abdomen: 1.5 cm left adrena1 nodule, likely adenoma. Gallstones.\n"
      "CHEST: No pulmonary nodule. No effusion."),
     set()),
    ("eocr-45", "en",
     ("Bilateral breast imp1ants. Lungs clear. No axi1lary lymphadenopathy."),
     {MM}),
    ("eocr-46", "en",
     ("The right middle lobe atelectasis seen previous1y has resolved. New patchy ground g1ass "
      "opacities in the right upper lobe. Small mediastinal nodes up to 6 rnm."),
     {OPA, LN}),
    ("eocr-47", "en",
     ("Small right pneumothorax after biopsy. Chest tube in place. No p1eural effusion. Biopsied 2.5 cm "
      "nodu1e in the right upper lobe."),
     {MM, NOD}),
    ("eocr-48", "en",
     ("Mild cardio-\nmegaly. Trace peri-\ncardial effusion. Bilateral pleu-\nral effusions, left "
      "greater than right."),
     {CM, PCE, PE}),
    ("eocr-49", "en",
     ("N0 consolidation. N0 pleural effusion. No pericardial effusion. N0 lymphadenopathy. No hiatal "
      "hernia. No emphysema."),
     set()),
    ("eocr-50", "en",
     ("Interlobular septal thickening and ground g1ass opacity in the lower lobes, possibly drug-related "
      "pneumonitis. No honeycombing or traction bronchiectasis."),
     {IST, OPA}),
    ("eocr-51", "en",
     ("Rounded ate1ectasis in the left lower lobe adjacent to pleural thickening. No mass. Aortic "
      "ca1cification."),
     {ATL, AWC}),
    ("eocr-52", "en",
     ("Lungs clear. If symptoms persist, a follow-up CT to exclude developing consolidation is "
      "suggested.\nCONFIDENTIAL"),
     set()),
    ("eocr-53", "en",
     ("Multiple bilateral pu1monary nodules up to 7 mm, suspicious for metastases. Enlarged right "
      "paratracheal lymph node, 15 mm. Left chest wall port."),
     {NOD, LN, MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eocr-22", OPA): "an opacity offered as 'atelectasis versus early consolidation' is read as explained by atelectasis (CT-RATE train: densities consistent with atelectasis are 0)",
    ("eocr-23", CAC): "two words run together by the scanner ('arterycalcification') are not split",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
