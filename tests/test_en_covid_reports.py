"""Probe: English chest CT reports from the COVID-19 era. About half are written in the style of
CT-RATE (Turkish radiologists' reports translated into English: templated mediastinum and abdomen
sentences, "Ground glass opacities were observed in the peripheral subpleural areas of both lungs",
"Findings compatible with viral pneumonia"), and half in native US/UK style with RSNA consensus
categories (typical, indeterminate, atypical, negative for pneumonia), CO-RADS and BSTI scores,
crazy-paving, reverse halo, organizing pneumonia pattern, post-COVID fibrotic change, improving and
resolved opacities, pulmonary embolism and ICU support devices (ET tube, central line, ECMO cannula,
NG tube). The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    # ---------------- CT-RATE style (translated Turkish reports) ----------------
    ("ecv-01", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour and "
     "size are normal. Thoracic aorta diameter is normal. Pericardial effusion-thickening was not "
     "observed. Thoracic esophagus calibration was normal and no significant tumoral wall thickening "
     "was detected. No lymph node was detected in mediastinal and bilateral hilar pathological size and "
     "appearance. When examined in the lung parenchyma window; Ground glass opacities were observed in "
     "the peripheral subpleural areas of both lungs, more prominent in the lower lobes. Findings "
     "compatible with viral pneumonia. No pleural or pericardial effusion was detected. Upper abdominal "
     "organs included in the sections are normal. Bone structures in the study area are natural."),
     {OPA}),
    ("ecv-02", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour and "
     "size are normal. Calcific atheromatous plaques are observed in the aortic arch and descending "
     "aorta. No pericardial effusion-thickening was detected. No enlarged lymph nodes in prevascular, "
     "pre-paratracheal, subcarinal or bilateral hilar-axillary pathological dimensions were detected. "
     "When examined in the lung parenchyma window; widespread ground glass areas and consolidations were "
     "observed in both lungs, with interlobular septal thickening accompanying the ground glass areas in "
     "places. The findings are primarily compatible with Covid-19 pneumonia. No pleural effusion was "
     "detected. Bone structures in the study area are natural."),
     {AWC, OPA, CON, IST}),
    ("ecv-03", "en",
     ("Heart size increased. Calcific atherosclerotic changes were observed in the coronary arteries. "
     "Pericardial effusion reaching 8 mm in thickness was observed. Thoracic esophagus calibration was "
     "normal. No lymph node was detected in mediastinal pathological size. Bilateral pleural effusion, "
     "more pronounced on the right, and compressive atelectasis in the adjacent lung parenchyma were "
     "observed. Patchy ground glass densities were observed in both lungs. Viral pneumonia cannot be "
     "excluded; clinical and laboratory correlation is recommended. Upper abdominal organs included in "
     "the sections are normal."),
     {CM, CAC, PCE, PE, ATL, OPA}),
    ("ecv-04", "en",
     ("Compared with the previous examination performed for Covid-19 pneumonia, the ground glass "
     "opacities in both lungs have completely regressed. Subpleural fibrotic bands were observed in the "
     "lower lobes of both lungs, evaluated as sequelae changes. Millimetric nonspecific nodules were "
     "observed in the upper lobe of the right lung. Mediastinal main vascular structures, heart contour "
     "and size are normal. No pleural or pericardial effusion was detected. No pathologically enlarged "
     "lymph nodes were detected in the mediastinum."),
     {FIB, NOD}),
    ("ecv-05", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour and "
     "size are normal. A sliding type hiatal hernia was observed at the lower end of the esophagus. "
     "When examined in the lung parenchyma window; centriacinar emphysematous changes are observed in "
     "the upper lobes of both lungs. Bronchial wall thickening is observed. Peripherally located patchy "
     "ground glass areas were detected in the right lung middle lobe and bilateral lower lobes. Covid-19 "
     "pneumonia cannot be excluded. No pleural effusion-thickening was detected."),
     {HH, EMP, PBT, OPA}),
    ("ecv-06", "en",
     ("Trachea and both main bronchi are open. Mediastinal main vascular structures, heart contour and "
     "size are normal. Thoracic aorta diameter is normal. Pericardial effusion-thickening was not "
     "observed. No lymph node was detected in mediastinal and bilateral hilar pathological size. When "
     "examined in the lung parenchyma window; no infiltrative lesion was detected in both lungs. No mass "
     "or nodule was detected. No findings in favor of viral pneumonia were detected. No pleural "
     "effusion-thickening was detected. A 12 mm cyst was observed in the liver segment 7. Bone "
     "structures in the study area are natural."),
     set()),
    ("ecv-07", "en",
     ("Lymph nodes of pathological size, the largest measuring 17x12 mm in the subcarinal area, were "
     "observed in the mediastinum. Heart contour and size are normal. When examined in the lung "
     "parenchyma window; a consolidation area containing air bronchograms was observed in the lower lobe "
     "of the right lung. Pleural effusion was observed on the right. No ground glass opacity was detected. "
     "The findings are not typical for Covid-19; bacterial pneumonia should be considered primarily."),
     {LN, CON, PE}),
    ("ecv-08", "en",
     ("The endotracheal tube tip is in the trachea. A central venous catheter is observed in the right "
     "internal jugular vein, its tip in the superior vena cava. The nasogastric tube extends into the "
     "stomach. Heart contour and size are normal. When examined in the lung parenchyma window; "
     "consolidations were observed in the posterior dependent parts of both lower lobes, and ground glass "
     "opacities in all lobes of both lungs. Minimal pleural effusion was observed bilaterally. The "
     "findings are compatible with severe Covid-19 pneumonia."),
     {MM, CON, OPA, PE}),
    ("ecv-09", "en",
     ("Mediastinal main vascular structures, heart contour and size are normal. No lymph node was detected "
     "in mediastinal pathological size. When examined in the lung parenchyma window; a mosaic attenuation "
     "pattern is observed in both lungs, which may be associated with small airway disease. Linear "
     "atelectasis was observed in the lingula. No typical finding of Covid-19 pneumonia was observed. No "
     "pleural effusion was detected."),
     {MOS, ATL}),
    ("ecv-10", "en",
     ("Heart contour and size are normal. When examined in the lung parenchyma window; cylindrical "
     "bronchiectasis and peribronchial thickening were observed in the lower lobes of both lungs. "
     "Sequelae fibrotic changes were observed in the right lung middle lobe. Patchy ground glass "
     "densities were also observed in the left lung lower lobe. An infectious process including Covid-19 "
     "should be considered in the differential diagnosis. No pleural effusion was detected."),
     {BRX, PBT, FIB, OPA}),
    ("ecv-11", "en",
     ("Sternotomy wires and surgical clips in the mediastinum related to previous coronary bypass "
     "surgery were observed. Heart size increased. Calcific atheroma plaques were observed in the aortic "
     "arch and coronary arteries. No pericardial effusion was detected. When examined in the lung "
     "parenchyma window; ground glass opacities were observed in the peripheral areas of both lungs. "
     "Findings compatible with viral pneumonia. No pleural effusion was detected."),
     {MM, CM, AWC, CAC, OPA}),
    ("ecv-12", "en",
     ("Mediastinal main vascular structures, heart contour and size are normal. Minimal pleural thickening "
     "was observed on the right; no pleural effusion was detected. A calcified nodule of 4 mm was "
     "observed in the upper lobe of the left lung, compatible with a granuloma. No ground glass area or "
     "consolidation was detected in both lungs. No findings in favor of Covid-19 pneumonia."),
     {NOD}),
    ("ecv-13", "en",
     ("Compared with the previous examination, the ground glass areas in both lungs have decreased in "
     "size and density and are regressing. Reticular densities consistent with early fibrotic changes "
     "were observed in the subpleural areas. Mediastinal main vascular structures, heart contour and "
     "size are normal. No pleural or pericardial effusion was detected."),
     {OPA, FIB}),
    ("ecv-14", "en",
     ("The heart is enlarged. Bilateral pleural effusion was observed. When examined in the lung "
     "parenchyma window; interlobular septal thickening and diffuse ground glass densities were "
     "observed in both lungs. The findings may be compatible with pulmonary edema; viral pneumonia "
     "cannot be excluded. No pericardial effusion was detected."),
     {CM, PE, IST, OPA}),
    ("ecv-15", "en",
     ("Lymph nodes with a short axis of less than 1 cm were observed in the mediastinum. Heart contour and "
     "size are normal. When examined in the lung parenchyma window; paraseptal emphysema was observed in "
     "the upper lobes of both lungs. Millimetric nodules were observed in both lungs. No ground glass "
     "opacity or consolidation suggestive of viral pneumonia was detected. No pleural effusion was "
     "detected."),
     {EMP, NOD}),
    ("ecv-16", "en",
     ("Pericardial thickening was observed; no pericardial effusion was detected. Heart size is normal. "
     "When examined in the lung parenchyma window; a consolidation area containing air bronchograms was "
     "observed in the lower lobe of the left lung, and subsegmental atelectasis adjacent to it. The "
     "appearance is not typical for Covid-19. No pleural effusion was detected."),
     {CON, ATL}),
    ("ecv-17", "en",
     ("Pacemaker leads were observed in the right heart cavities. Calcific plaques were observed in the "
     "wall of the descending aorta. Heart contour and size are normal. When examined in the lung "
     "parenchyma window; peripherally located ground glass opacities were observed in both lungs. "
     "Findings compatible with viral pneumonia. No pleural effusion-thickening was detected."),
     {MM, AWC, OPA}),
    ("ecv-18", "en",
     ("When examined in the lung parenchyma window; consolidation areas with perilobular distribution "
     "were observed in the peripheral and peribronchovascular areas of both lungs. In some of them a "
     "reverse halo sign, central ground glass surrounded by a ring of consolidation, was observed. These "
     "findings may be consistent with organizing pneumonia in the late phase of Covid-19. Heart contour "
     "and size are normal. No pleural effusion was detected."),
     {CON, OPA}),
    ("ecv-19", "en",
     ("The ascending aorta diameter was increased, measuring 42 mm. Atheromatous calcifications were "
     "observed in the coronary arteries. A sliding type hiatal hernia was observed. No lymph node was "
     "detected in mediastinal pathological size. When examined in the lung parenchyma window; no "
     "pneumonic infiltration was detected in both lungs. No pleural or pericardial effusion was detected."),
     {CAC, HH}),
    ("ecv-20", "en",
     ("When examined in the lung parenchyma window; ground glass areas and consolidations were observed in "
     "both lungs with a peripheral distribution. Traction bronchiectasis was observed within the fibrotic "
     "areas in the lower lobes. Findings compatible with viral pneumonia, with developing fibrosis. "
     "Mediastinal main vascular structures, heart contour and size are normal. No pleural effusion was "
     "detected."),
     {OPA, CON, BRX, FIB}),
    ("ecv-21", "en",
     ("A hypodense nodule of 10 mm was observed in the right lobe of the thyroid gland. Heart contour and "
     "size are normal. When examined in the lung parenchyma window; a few ground glass opacity foci were "
     "observed in the lower lobe of the right lung; the findings are indeterminate for Covid-19. No "
     "pleural effusion was detected. A 5 mm calculus was observed in the left kidney."),
     {OPA}),
    ("ecv-22", "en",
     ("Bilateral breast prostheses were observed. Trachea and both main bronchi are open. Mediastinal main "
     "vascular structures, heart contour and size are normal. When examined in the lung parenchyma "
     "window; both lungs are clear, no ground glass or consolidation was detected. No pleural effusion "
     "was detected."),
     {MM}),
    # ---------------- US / UK style, RSNA, CO-RADS, BSTI, ICU ----------------
    ("ecv-23", "en",
     ("FINDINGS: Lungs: Bilateral, peripheral, multifocal ground-glass opacities with a lower lobe "
     "predominance, some with rounded morphology. Pleura: No pleural effusion. Heart: Normal in size. No "
     "pericardial effusion. Mediastinum: No mediastinal or hilar lymphadenopathy. IMPRESSION: Typical "
     "appearance for COVID-19 pneumonia (RSNA consensus). CO-RADS 5."),
     {OPA}),
    ("ecv-24", "en",
     ("FINDINGS: Scattered perihilar ground-glass opacities without a peripheral or rounded distribution. "
     "Mild bronchial wall thickening. No consolidation. No effusion. IMPRESSION: Indeterminate appearance "
     "for COVID-19 pneumonia. CO-RADS 3."),
     {OPA, PBT}),
    ("ecv-25", "en",
     ("FINDINGS: Lobar consolidation of the right lower lobe with air bronchograms. Small right "
     "parapneumonic effusion. Enlarged right hilar lymph node measuring 1.4 cm in short axis. No "
     "ground-glass opacity elsewhere. IMPRESSION: Atypical appearance for COVID-19 pneumonia; findings "
     "favor bacterial lobar pneumonia. CO-RADS 2."),
     {CON, PE, LN}),
    ("ecv-26", "en",
     ("FINDINGS: No ground-glass opacity, consolidation, or pulmonary nodules. Mild centrilobular "
     "emphysema in the upper lobes. Coronary artery calcifications. Heart size normal. IMPRESSION: "
     "Negative for pneumonia. CO-RADS 1."),
     {EMP, CAC}),
    ("ecv-27", "en",
     ("SUPPORT DEVICES: Endotracheal tube terminates 4 cm above the carina. Right internal jugular central "
     "venous catheter with tip in the SVC. Enteric tube courses below the diaphragm. VV-ECMO: right "
     "femoral venous drainage cannula with tip at the IVC-right atrial junction and return cannula via "
     "the right internal jugular vein. LUNGS: Diffuse bilateral ground-glass opacities with superimposed "
     "interlobular septal thickening (crazy-paving), and dense dependent consolidation in both lower "
     "lobes. Moderate bilateral pleural effusions with adjacent compressive atelectasis. Small "
     "pneumomediastinum. IMPRESSION: Severe COVID-19 ARDS."),
     {MM, OPA, IST, CON, PE, ATL}),
    ("ecv-28", "en",
     ("FINDINGS: Crazy-paving pattern in the right upper lobe and both lower lobes. No consolidation. No "
     "pleural effusion. Heart size normal. No lymphadenopathy. IMPRESSION: Typical appearance for "
     "COVID-19 pneumonia. CO-RADS 5."),
     {OPA, IST}),
    ("ecv-29", "en",
     ("CLINICAL: Follow-up 4 months after COVID-19 pneumonia requiring ICU admission. FINDINGS: There has "
     "been interval resolution of the previously seen ground-glass opacification. Persistent subpleural "
     "reticulation and parenchymal bands in both lower lobes with mild traction bronchiolectasis, in "
     "keeping with post-COVID fibrotic change. No honeycombing. Subtle mosaic attenuation on expiratory "
     "images suggests small airways involvement."),
     {FIB, BRX, MOS}),
    ("ecv-30", "en",
     ("COMPARISON: CT chest 2 weeks prior. FINDINGS: The bilateral peripheral ground-glass opacities are "
     "improving, with decreased extent. The consolidation in the left lower lobe has resolved. No "
     "pleural effusion. IMPRESSION: Improving COVID-19 pneumonia."),
     {OPA}),
    ("ecv-31", "en",
     ("FINDINGS: Perilobular and peribronchovascular consolidative opacities in the lower lobes, with a "
     "reverse halo sign in the right lower lobe. IMPRESSION: Appearance suggests an organizing pneumonia "
     "pattern, as can be seen in the later phase of COVID-19 infection."),
     {CON, OPA}),
    ("ecv-32", "en",
     ("FINDINGS: Unilateral ground-glass opacity in the right lower lobe. Incidental 6 mm solid nodule in "
     "the left upper lobe. Aortic atherosclerosis. No lymphadenopathy. IMPRESSION: CO-RADS 4. Fleischner "
     "follow-up is recommended for the left upper lobe nodule."),
     {OPA, NOD, AWC}),
    ("ecv-33", "en",
     ("COMPARISON: CT 8 weeks prior. FINDINGS: Complete resolution of the previously described multifocal "
     "ground-glass opacities and consolidation. No residual fibrosis. The lungs are clear. No pleural "
     "effusion. IMPRESSION: Resolved COVID-19 pneumonia."),
     set()),
    ("ecv-34", "en",
     ("HISTORY: COVID-19 pneumonia in 2020, treated. A prior CT showed bilateral ground-glass opacities. "
     "FINDINGS: No airspace disease. Small hiatal hernia. Cholecystectomy clips in the right upper "
     "quadrant. IMPRESSION: No acute cardiopulmonary process."),
     {HH, MM}),
    ("ecv-35", "en",
     ("CT PULMONARY ANGIOGRAM in a COVID-19 positive patient. FINDINGS: Filling defects in the right lower "
     "lobe segmental arteries consistent with acute pulmonary embolism. A peripheral wedge-shaped "
     "consolidation in the right lower lobe may represent a pulmonary infarct. Background bilateral "
     "ground-glass opacities consistent with known COVID-19. No pleural effusion. RV/LV ratio is normal."),
     {CON, OPA}),
    ("ecv-36", "en",
     ("FINDINGS: Right-sided chest tube in place with a small residual pneumothorax. Subcutaneous "
     "emphysema in the right chest wall. Extensive bilateral consolidation and ground-glass opacity "
     "consistent with ARDS in the setting of COVID-19."),
     {MM, CON, OPA}),
    ("ecv-37", "en",
     ("FINDINGS: Residual faint ground-glass opacity in the lower lobes. Two new thin-walled pneumatoceles "
     "in the right lower lobe. No emphysema. No pneumothorax. No effusion."),
     {OPA}),
    ("ecv-38", "en",
     ("FINDINGS: Subcentimeter mediastinal lymph nodes, likely reactive; no lymphadenopathy. No coronary "
     "artery calcification. The lungs are clear without ground-glass opacity or consolidation. Dependent "
     "atelectasis at the lung bases. IMPRESSION: Negative for pneumonia."),
     {ATL}),
    ("ecv-39", "en",
     ("Tracheostomy tube in situ. There is bilateral patchy ground glass change with a peripheral and "
     "basal distribution, and a few parenchymal bands which may represent early fibrotic change. "
     "Appearances are in keeping with COVID-19 pneumonitis (BSTI classic/probable COVID-19)."),
     {MM, OPA, FIB}),
    ("ecv-40", "en",
     ("The heart is enlarged. Small pericardial effusion. The pulmonary arteries are enlarged. Smooth "
     "interlobular septal thickening and small bilateral pleural effusions, in keeping with fluid "
     "overload. No convincing features of COVID-19."),
     {CM, PCE, IST, PE}),
    ("ecv-41", "en",
     ("FINDINGS: Right arm PICC with tip at the cavoatrial junction. Multiple bilateral pulmonary nodules "
     "with a surrounding ground-glass halo; the right upper lobe nodule is cavitating. IMPRESSION: "
     "Atypical appearance for COVID-19 pneumonia; consider angioinvasive fungal infection in this "
     "immunocompromised patient."),
     {MM, NOD, OPA}),
    ("ecv-42", "en",
     ("FINDINGS: Possible faint ground-glass opacity at the right lung base, which may be atelectatic. "
     "Early viral pneumonia cannot be excluded. No pleural effusion. IMPRESSION: CO-RADS 3."),
     {OPA, ATL}),
    ("ecv-43", "en",
     ("FINDINGS: Mild bibasilar subsegmental atelectasis. No suspicious pulmonary nodules. No "
     "consolidation. Thoracic aortic atherosclerotic calcification and three-vessel coronary artery "
     "calcification. Mildly patulous esophagus; no hiatal hernia. IMPRESSION: Negative for pneumonia."),
     {ATL, AWC, CAC}),
    ("ecv-44", "en",
     ("CLINICAL: Persistent dyspnea after COVID-19 (long COVID). FINDINGS: Expiratory imaging demonstrates "
     "lobular air trapping bilaterally, producing a mosaic attenuation pattern. Mild bronchial wall "
     "thickening. No bronchiectasis. The previously noted ground-glass opacities have resolved."),
     {MOS, PBT}),
    ("ecv-45", "en",
     ("FINDINGS: Left chest wall port with catheter tip in the SVC. Dense consolidation in the left upper "
     "lobe. Prominent but not enlarged hilar lymph nodes. IMPRESSION: Atypical appearance for COVID-19 "
     "pneumonia. Follow-up CT in 6-8 weeks is recommended to ensure resolution and to exclude an "
     "underlying mass."),
     {MM, CON}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ecv-16", PCE): "pericardial thickening is read as Pericardial effusion (CT-RATE's 'pericardial effusion-thickening'), as the other probes label it; this probe labels thickening without fluid 0",
    ("ecv-15", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
    ("ecv-38", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy, also beside 'no lymphadenopathy'",
    ("ecv-28", OPA): "crazy-paving alone is not read as its parts (CT-RATE train: of 8 reports with crazy paving, 4 are labelled Lung opacity)",
    ("ecv-28", IST): "crazy-paving alone is not read as its parts (CT-RATE train: of 8 reports with crazy paving, 1 is labelled septal thickening)",
    ("ecv-41", OPA): "CT-RATE convention: a ground-glass halo around a nodule is part of the nodule, not a Lung opacity",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
