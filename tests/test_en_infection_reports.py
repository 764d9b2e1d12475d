"""Probe: English chest CT reports of pulmonary and pleural infection: lobar pneumonia and
bronchopneumonia, aspiration, lung abscess, empyema versus simple effusion, septic emboli,
tuberculosis (active versus old, fibrocalcific scarring, calcified granulomas, tree-in-bud, miliary),
nontuberculous mycobacteria with bronchiectasis, fungal infection (halo sign, air crescent,
aspergilloma), viral and Pneumocystis pneumonia with ground glass, and follow-up scans where the
pneumonia has resolved, partly resolved or left scarring. Hedges ("likely infectious", "cannot
exclude superimposed infection", "versus") and negative controls (calcified granuloma versus new
nodule, calcified nodes that are not enlarged, "no evidence of pneumonia", infectious bronchiolitis
or tree-in-bud without opacity, rule-out questions, history only) are mixed in. The reports were
written for this file without looking at the engine's lexicon or cue lists.
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
    ("einf-01", "en",
     ("Dense consolidation of the right lower lobe with air bronchograms, consistent with lobar pneumonia. "
      "Small right parapneumonic effusion. No cavitation. Mediastinal and hilar lymph nodes are not enlarged. "
      "Heart size is normal. No pericardial effusion."),
     {CON, PE}),
    ("einf-02", "en",
     ("Patchy bilateral peribronchial consolidations in the lower lobes with bronchial wall thickening, "
      "in keeping with bronchopneumonia. Scattered ground-glass opacity in the lingula. "
      "No pleural effusion. Mild coronary artery calcification."),
     {CON, PBT, OPA, CAC}),
    ("einf-03", "en",
     ("Dependent consolidation in the posterior basal segments of both lower lobes, right greater than left, "
      "with debris in the bronchus intermedius; findings suggest aspiration pneumonia. Small hiatal hernia. "
      "Nasogastric tube with its tip in the stomach. No effusion."),
     {CON, HH, MM}),
    ("einf-04", "en",
     ("FINDINGS: Thick-walled cavity measuring 4.8 cm with an air-fluid level in the superior segment of the "
      "left lower lobe, surrounded by consolidation. Reactive left hilar lymph node measuring 11 mm in short axis. "
      "No pleural effusion. IMPRESSION: Left lower lobe lung abscess. No empyema."),
     {CON, LN}),
    ("einf-05", "en",
     ("Loculated right pleural fluid collection with enhancing, thickened visceral and parietal pleura "
      "(split pleura sign), concerning for empyema. Compressive atelectasis of the adjacent right lower lobe. "
      "No chest drain is in place yet; image-guided drainage is recommended."),
     {PE, ATL}),
    ("einf-06", "en",
     ("Moderate left pleural effusion without pleural thickening or enhancement, favouring a simple "
      "effusion over empyema. Passive atelectasis of the left lower lobe. No consolidation. "
      "The heart is enlarged. No pericardial effusion."),
     {PE, ATL, CM}),
    ("einf-07", "en",
     ("Multiple peripheral nodules in both lungs measuring up to 14 mm, several with central cavitation and "
      "feeding vessels, most consistent with septic emboli in this patient with tricuspid endocarditis. "
      "Small bilateral pleural effusions. Right internal jugular central venous catheter with its tip at the "
      "cavoatrial junction."),
     {NOD, PE, MM}),
    ("einf-08", "en",
     ("Cavitary consolidation in the apicoposterior segment of the left upper lobe with a surrounding tree-in-bud "
      "pattern in the left upper and lower lobes, highly suspicious for active pulmonary tuberculosis. "
      "Necrotic subcarinal lymph node measuring 16 mm. No pleural effusion."),
     {CON, LN}),
    ("einf-09", "en",
     ("Fibrocalcific scarring at both lung apices with traction bronchiectasis in the right upper lobe, "
      "in keeping with old, healed tuberculosis. Calcified right hilar and paratracheal lymph nodes, not enlarged. "
      "No cavitation, consolidation or tree-in-bud to suggest reactivation."),
     {FIB, BRX}),
    ("einf-10", "en",
     ("5 mm densely calcified nodule in the right middle lobe, representing a benign calcified granuloma. "
      "No other pulmonary nodules. The lungs are otherwise clear. Atherosclerotic calcification of the aortic arch."),
     {NOD, AWC}),
    ("einf-11", "en",
     ("The previously reported 6 mm right lower lobe nodule is no longer visible, consistent with a resolved "
      "inflammatory focus. No new pulmonary nodules. No evidence of pneumonia. No pleural or pericardial effusion."),
     set()),
    ("einf-12", "en",
     ("Cylindrical bronchiectasis in the middle lobe and lingula with bronchial wall thickening and clustered "
      "centrilobular nodules, a pattern typical of nontuberculous mycobacterial infection. Atelectasis of the "
      "middle lobe with mild volume loss. No lymphadenopathy."),
     {BRX, PBT, NOD, ATL}),
    ("einf-13", "en",
     ("In this neutropenic patient there are three nodules in the right upper lobe, the largest 2.1 cm, each "
      "surrounded by a halo of ground-glass attenuation; invasive aspergillosis is the main consideration. "
      "No pleural effusion. Tunnelled central venous line in situ."),
     {NOD, OPA, MM}),
    ("einf-14", "en",
     ("The left upper lobe nodule now shows an air crescent sign, in keeping with the recovery phase of "
      "angioinvasive fungal infection. The surrounding ground-glass halo seen previously has resolved. "
      "No new consolidation."),
     {NOD}),
    ("einf-15", "en",
     ("Bilateral multifocal peripheral ground-glass opacities in the lower lobes with superimposed interlobular "
      "septal thickening (crazy paving), consistent with viral pneumonia such as COVID-19. No consolidation. "
      "No pleural effusion. No lymphadenopathy."),
     {OPA, IST}),
    ("einf-16", "en",
     ("Follow-up CT after treatment of right lower lobe pneumonia. The consolidation has completely resolved. "
      "No residual opacity or scarring. No effusion."),
     set()),
    ("einf-17", "en",
     ("Interval partial resolution of the left lower lobe consolidation, with residual patchy consolidation and "
      "surrounding ground-glass opacity. The previously seen small left effusion has resolved. "
      "Stable 4 mm left upper lobe nodule."),
     {CON, OPA, NOD}),
    ("einf-18", "en",
     ("Compared with the CT of three months ago, the right middle lobe pneumonia has cleared, leaving a linear "
      "band of fibrotic scarring. No residual consolidation. No pleural effusion."),
     {FIB}),
    ("einf-19", "en",
     ("Patchy ground-glass opacities in both lower lobes on a background of usual interstitial pneumonia with "
      "subpleural reticulation, honeycombing and traction bronchiectasis; superimposed infection cannot be excluded. "
      "Mediastinal lymph nodes measure up to 9 mm in short axis."),
     {OPA, FIB, BRX, LN}),
    ("einf-20", "en",
     ("Diffuse bronchial wall thickening with a scattered tree-in-bud pattern in both lower lobes, likely "
      "infectious bronchiolitis. No consolidation or ground-glass opacity. No bronchiectasis. No pleural effusion."),
     {PBT}),
    ("einf-21", "en",
     ("Clinical indication: fever and cough, rule out pneumonia. The lungs are clear with no evidence of "
      "pneumonia, consolidation or pleural effusion. No mediastinal lymphadenopathy. Heart size is normal."),
     set()),
    ("einf-22", "en",
     ("Tree-in-bud opacities in the posterior basal segment of the right lower lobe, likely aspiration "
      "bronchiolitis. No consolidation. Mild centrilobular emphysema in the upper lobes. Coronary artery "
      "calcifications."),
     {EMP, CAC}),
    ("einf-23", "en",
     ("Diffuse bilateral ground-glass opacities with upper lobe predominance and relative subpleural sparing, "
      "with a few thin-walled cysts, suspicious for Pneumocystis jirovecii pneumonia in this HIV-positive patient. "
      "Mild interlobular septal thickening. No pleural effusion. No lymphadenopathy."),
     {OPA, IST}),
    ("einf-24", "en",
     ("Endotracheal tube 3 cm above the carina. Bilateral lower lobe consolidation with air bronchograms, which "
      "may represent ventilator-associated pneumonia versus atelectasis. Small bilateral effusions. "
      "Right chest tube in place."),
     {MM, CON, ATL, PE}),
    ("einf-25", "en",
     ("Extensive calcified pleural thickening of the right hemithorax from previous tuberculous empyema, without "
      "pleural fluid. Volume loss of the right hemithorax. Several calcified granulomas in the right upper lobe."),
     {NOD}),
    ("einf-26", "en",
     ("Follow-up: the cavitary nodules previously attributed to septic emboli have resolved, leaving small scars "
      "in the right lower lobe. No new nodules. No pleural effusion. Prosthetic aortic valve."),
     {FIB, MM}),
    ("einf-27", "en",
     ("Right upper lobe consolidation with a bulging horizontal fissure, suggesting Klebsiella pneumonia. "
      "Moderate centrilobular and paraseptal emphysema. Calcification of the thoracic aortic wall. "
      "Small sliding hiatus hernia. No effusion."),
     {CON, EMP, AWC, HH}),
    ("einf-28", "en",
     ("A 3.5 cm rounded area of consolidation in the left lower lobe, likely round pneumonia; follow-up CT after "
      "antibiotics is recommended to exclude an underlying mass. No pleural effusion. No lymphadenopathy."),
     {CON}),
    ("einf-29", "en",
     ("Innumerable 1-2 mm randomly distributed micronodules throughout both lungs, consistent with miliary "
      "tuberculosis. Enlarged necrotic right paratracheal lymph nodes. Small pericardial effusion."),
     {NOD, LN, PCE}),
    ("einf-30", "en",
     ("Moderate right pleural effusion with smooth pleural thickening, likely tuberculous pleurisy given the "
      "clinical context. Minimal adjacent atelectasis. The lung parenchyma otherwise shows no consolidation or cavity."),
     {PE, ATL}),
    ("einf-31", "en",
     ("Mosaic attenuation with air trapping on expiratory images and mild bronchial wall thickening, consistent "
      "with post-infectious constrictive bronchiolitis. No bronchiectasis. No ground-glass opacity."),
     {MOS, PBT}),
    ("einf-32", "en",
     ("Three-month follow-up after COVID-19 pneumonia: the ground-glass opacities have resolved, with residual "
      "subpleural fibrotic bands and mild reticulation in both lower lobes. No traction bronchiectasis. "
      "No pleural effusion."),
     {FIB}),
    ("einf-33", "en",
     ("Residual faint ground glass in the right middle lobe at the site of the prior pneumonia, possibly still "
      "resolving infection or early scarring. No consolidation. Stable mild cardiomegaly."),
     {OPA, FIB, CM}),
    ("einf-34", "en",
     ("No consolidation, ground glass, nodules or pleural effusion. The airways are patent without wall "
      "thickening or bronchiectasis. Heart and mediastinum are unremarkable. No hiatal hernia."),
     set()),
    ("einf-35", "en",
     ("Large hiatal hernia with fluid in the distal oesophagus. Patchy opacities in the dependent right lower lobe, "
      "likely due to recurrent aspiration. Bronchiectasis in the right lower lobe. No effusion."),
     {HH, OPA, BRX}),
    ("einf-36", "en",
     ("Compared with the prior study, the left lower lobe abscess has decreased in size and is now a 1.8 cm "
      "thin-walled residual cavity without an air-fluid level. The surrounding consolidation has resolved, with "
      "minor adjacent scarring. The left pleural effusion has resolved."),
     {FIB}),
    ("einf-37", "en",
     ("New 9 mm noncalcified solid nodule in the left upper lobe, possibly infectious or inflammatory; short-term "
      "follow-up is suggested. Stable calcified granuloma in the right lower lobe. No lymphadenopathy."),
     {NOD}),
    ("einf-38", "en",
     ("A trace right pleural effusion cannot be excluded. Mild subsegmental atelectasis in the right lower lobe. "
      "No focal consolidation to suggest pneumonia."),
     {PE, ATL}),
    ("einf-39", "en",
     ("Mild dependent density in both lower lobes, probably hypoventilatory. No focal consolidation. "
      "No pleural effusion. Pacemaker generator in the left chest wall with leads in the right heart."),
     {OPA, MM}),
    ("einf-40", "en",
     ("Multiple calcified mediastinal and hilar lymph nodes and splenic calcifications, consistent with prior "
      "granulomatous infection such as histoplasmosis. No lymph node enlargement. No pulmonary nodules. "
      "The lungs are clear."),
     # 2026-12-07: calcified lymph nodes are labelled Lymphadenopathy in CT-RATE train (11 of 11 reports,
     # also beside "No enlarged lymph nodes")
     {LN}),
    ("einf-41", "en",
     ("Varicose bronchiectasis of both lower lobes with mucus plugging, bronchial wall thickening and a "
      "surrounding tree-in-bud pattern, suggestive of an infective exacerbation. Patchy consolidation in the "
      "left lower lobe. No pleural effusion."),
     {BRX, PBT, CON}),
    ("einf-42", "en",
     ("Right-sided empyema with a pigtail drain in situ; the collection has decreased in size but persists, "
      "with locules of gas. Residual right lower lobe consolidation. The left lung is clear."),
     {PE, MM, CON}),
    ("einf-43", "en",
     ("Opacity at the left lung base, atelectasis favoured, although early consolidation cannot be excluded. "
      "Small left pleural effusion. Calcification of the left anterior descending coronary artery."),
     {OPA, ATL, CON, PE, CAC}),
    ("einf-44", "en",
     ("Several subpleural wedge-shaped opacities and a 7 mm cavitating nodule in the right lower lobe; septic "
      "emboli should be considered given the indwelling port and bacteraemia. Port-a-cath in the right chest wall. "
      "No effusion."),
     {OPA, NOD, MM}),
    ("einf-45", "en",
     ("Small nodules and fibrotic strands in the right upper lobe with a few calcifications; activity cannot be "
      "determined on CT, and comparison with older imaging or sputum testing is suggested. No cavitation. "
      "No pleural effusion."),
     {NOD, FIB}),
    ("einf-46", "en",
     ("The lungs show no consolidation, cavitation or tree-in-bud. No halo sign or air crescent. No pleural "
      "effusion or empyema. No mediastinal or hilar lymphadenopathy. The thoracic aorta is normal in calibre "
      "without calcification."),
     set()),
    ("einf-47", "en",
     ("Lingular consolidation with surrounding ground glass, compatible with pneumonia. Enlarged reactive-appearing "
      "subcarinal lymph node of 13 mm. Trace pericardial fluid. No pleural effusion."),
     {CON, OPA, LN, PCE}),
    ("einf-48", "en",
     ("Old tuberculous cavity in the right upper lobe with surrounding fibrosis, now containing a 2.6 cm mobile "
      "soft-tissue nodule outlined by an air crescent, consistent with an aspergilloma. Adjacent pleural thickening. "
      "No pleural effusion."),
     {FIB, NOD}),
    ("einf-49", "en",
     ("The right lower lobe consolidation seen on the prior study has resolved. Minimal residual subsegmental "
      "atelectasis at the right base. The small pleural effusion is no longer seen. Mild emphysema."),
     {ATL, EMP}),
    ("einf-50", "en",
     ("Scattered patchy ground-glass opacities and peribronchial thickening in both lungs, favour viral or "
      "atypical infection. No lobar consolidation. Sternotomy wires and coronary stents noted. Aortic calcification."),
     {OPA, PBT, MM, AWC}),
    ("einf-51", "en",
     ("Peripheral and peribronchovascular consolidations in both lower lobes, suggestive of organising pneumonia "
      "following the recent infection. No pleural effusion. No lymphadenopathy."),
     {CON}),
    ("einf-52", "en",
     ("Small focus of consolidation in the posterior left lower lobe, likely infectious. No interlobular septal "
      "thickening to suggest oedema. The heart is not enlarged. No effusion."),
     {CON}),
    ("einf-53", "en",
     ("History of treated pulmonary tuberculosis and prior right lower lobe pneumonia. The current study shows "
      "clear lungs with no scarring or consolidation. Mild calcification of the thoracic aorta. Normal heart size."),
     {AWC}),
    ("einf-54", "en",
     ("IMPRESSION: Cluster of small centrilobular nodules in the right lower lobe, likely infectious; follow-up in "
      "3 months. Mild cylindrical bronchiectasis in the same region. No lymphadenopathy."),
     {NOD, BRX}),
]

OPEN: dict[tuple[str, str], str] = {
    ("einf-43", OPA): "an opacity with 'atelectasis favoured' is read as explained by atelectasis (CT-RATE train: densities consistent with atelectasis are 0), though consolidation is not excluded",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
