"""Probe: English chest CT reports in which something that looks like a finding is resolved, in the
same sentence or the next, as something else ("a nodular density ... is a vessel seen end-on", "the
apparent nodule represents a nipple shadow", "the 'nodule' on the radiograph corresponds to a rib
osteophyte", "what appeared to be a pleural effusion is pleural thickening", "the linear density is a
fissure", "the mediastinal 'node' is the left superior intercostal vein", "the ground glass is due to
expiratory acquisition", "partial volume from the diaphragm"), together with true findings confirmed
after review and written in the same style, reports with no positive finding, and negative controls.
A look-alike resolved as a normal structure or artefact is 0; one resolved as another real finding
counts as that other finding; a finding confirmed after review is 1. The reports were written for
this file without looking at the engine's lexicon or cue lists.
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
    ("elr-01", "en",
     ("Non-contrast chest CT. A nodular density in the right lower lobe is a vessel seen end-on, "
      "confirmed on contiguous slices. No pulmonary nodule. No pleural effusion. Heart size is normal."),
     set()),
    ("elr-02", "en",
     ("Correlation requested for a left lower zone nodule on the chest radiograph. The apparent nodule "
      "represents a nipple shadow; there is no corresponding lesion on CT. Mild centrilobular emphysema "
      "in both upper lobes. Calcification of the left anterior descending coronary artery."),
     {EMP, CAC}),
    ("elr-03", "en",
     ("The 'nodule' on the radiograph corresponds to a rib osteophyte at the right seventh "
      "costovertebral junction. The lungs are clear. Calcified atherosclerotic plaque in the aortic arch."),
     {AWC}),
    ("elr-04", "en",
     ("What appeared to be a left pleural effusion on the radiograph is pleural thickening, with no "
      "fluid. Linear scarring at the left lung base. No consolidation."),
     {FIB}),
    ("elr-05", "en",
     ("The linear density in the right mid zone is the minor fissure. No atelectasis. "
      "A 5 mm solid nodule in the left upper lobe is unchanged from the prior study."),
     {NOD}),
    ("elr-06", "en",
     ("An apparent mass at the right hilum is the confluence of the pulmonary veins. No hilar or "
      "mediastinal lymphadenopathy. No pulmonary nodules. Trace right pleural effusion."),
     {PE}),
    ("elr-07", "en",
     ("The mediastinal 'node' described on the prior study is the left superior intercostal vein, "
      "which opacifies on this contrast-enhanced examination. No lymphadenopathy. "
      "Calcification of the aortic wall."),
     {AWC}),
    ("elr-08", "en",
     ("Diffusely increased lung attenuation. The ground glass is due to expiratory acquisition, with "
      "anterior bowing of the posterior tracheal membrane. A repeat at full inspiration can be obtained "
      "if clinically required. No nodule. No effusion."),
     set()),
    ("elr-09", "en",
     ("The apparent consolidation in the posterior basal segment of the right lower lobe is partial "
      "volume from the diaphragm. The lungs are otherwise clear. Coronary stent in the left anterior "
      "descending artery."),
     {MM}),
    ("elr-10", "en",
     ("The hiatal region shows a normal oesophagus, no hernia. The retrocardiac soft tissue seen on the "
      "radiograph is the descending aorta, which is tortuous and calcified."),
     {AWC}),
    ("elr-11", "en",
     ("The apparent nodule in the left lower lobe on the previous CT represents rounded atelectasis "
      "adjacent to a calcified pleural plaque, with a comet tail of vessels. No other nodule."),
     {ATL}),
    ("elr-12", "en",
     ("The retrocardiac opacity on the chest radiograph corresponds to a large hiatal hernia containing "
      "the gastric fundus. No lung mass or nodule."),
     {HH}),
    ("elr-13", "en",
     ("The suspected nodule in the right upper lobe is confirmed: a 9 mm spiculated solid nodule. "
      "No mediastinal lymphadenopathy. Centrilobular emphysema."),
     {NOD, EMP}),
    ("elr-14", "en",
     ("What appeared to be a pericardial effusion on echocardiography is epicardial fat; there is no "
      "pericardial fluid on CT. Heart size is within normal limits. Extensive coronary artery "
      "calcification."),
     {CAC}),
    ("elr-15", "en",
     ("The heart appeared enlarged on the radiograph. On CT the heart is normal in size and the apparent "
      "enlargement is due to pectus excavatum displacing it to the left. No pleural or pericardial "
      "effusion."),
     set()),
    ("elr-16", "en",
     ("Apparent bronchiectasis in the lingula is cardiac motion artefact producing a double contour of "
      "the bronchial walls. No true bronchiectasis or bronchial wall thickening."),
     set()),
    ("elr-17", "en",
     ("A rounded density in the left lower lobe, initially thought to be a nodule, is a pulmonary vein "
      "varix draining into the left atrium. Bilateral small pleural effusions. Calcified granulomas in "
      "the spleen."),
     {PE}),
    ("elr-18", "en",
     ("The low-attenuation areas initially read as emphysema are air trapping on the expiratory images, "
      "consistent with small airways disease, giving a mosaic attenuation pattern. No emphysema."),
     {MOS}),
    ("elr-19", "en",
     ("The apparent septal thickening at the bases is, on review of thinner sections, due to prominent "
      "subpleural vessels. No interlobular septal thickening. No fibrosis."),
     set()),
    ("elr-20", "en",
     ("The high-density line in the superior vena cava is a mixing artefact from the contrast injection, "
      "not a catheter. No lines or tubes. Mild cardiomegaly."),
     {CM}),
    ("elr-21", "en",
     ("The opacity at the left base on the radiograph corresponds to a prominent epicardial fat pad. "
      "No consolidation or effusion. The lungs are clear."),
     set()),
    ("elr-22", "en",
     ("Bronchiectasis with mucus plugging in the right lower lobe accounts for the apparent nodule on "
      "the radiograph. No discrete pulmonary nodule."),
     {BRX}),
    ("elr-23", "en",
     ("Patchy ground glass opacity in the left upper lobe persists on the prone images and is therefore "
      "genuine rather than dependent change. No consolidation. No effusion."),
     {OPA}),
    ("elr-24", "en",
     ("Posterior density in both lower lobes clears on the prone images, in keeping with physiological "
      "dependent change. No interstitial lung disease."),
     set()),
    ("elr-25", "en",
     ("The apparent filling defect in the left lower lobe bronchus is retained secretion, which moves on "
      "the repeat image. Small left pleural effusion with adjacent compressive atelectasis."),
     {PE, ATL}),
    ("elr-26", "en",
     ("The 'nodule' in the right middle lobe on the prior study has resolved and was presumably "
      "inflammatory. No new nodules. No lymphadenopathy."),
     set()),
    ("elr-27", "en",
     ("What appeared to be a mediastinal mass on the radiograph is a tortuous, ectatic thoracic aorta "
      "with mural calcification. No lymphadenopathy."),
     {AWC}),
    ("elr-28", "en",
     ("The soft tissue in the anterior mediastinum is residual thymus, normal for age, and not a mass or "
      "a node. No lymphadenopathy. The lungs are clear. A 12 mm nodule in the left thyroid lobe."),
     set()),
    ("elr-29", "en",
     ("Apparent enlargement of the left hilum is due to a prominent main pulmonary artery; no hilar "
      "lymphadenopathy. Cardiomegaly with a small pericardial effusion."),
     {CM, PCE}),
    ("elr-30", "en",
     ("Focal high attenuation along the left anterior descending artery is true coronary calcification, "
      "confirmed on the non-contrast images rather than contrast within the lumen."),
     {CAC}),
    ("elr-31", "en",
     ("The calcification thought to be in the circumflex artery lies in the mitral annulus (mitral "
      "annular calcification). No coronary artery calcification is seen."),
     set()),
    ("elr-32", "en",
     ("The linear opacity at the left base is subsegmental atelectasis, not a fissure. "
      "Small hiatal hernia."),
     {ATL, HH}),
    ("elr-33", "en",
     ("The linear density in the right lower lobe represents a fibrotic band. No other abnormality."),
     {FIB}),
    ("elr-34", "en",
     ("The apparent nodule at the right lung apex is most likely the first costochondral junction. "
      "No pulmonary nodules. Mild paraseptal emphysema."),
     {EMP}),
    ("elr-35", "en",
     ("The small nodular density adjacent to the left major fissure seen on the prior study is a "
      "perifissural nodule, unchanged at 4 mm, consistent with an intrapulmonary lymph node. "
      "No mediastinal lymphadenopathy."),
     {NOD}),
    ("elr-36", "en",
     ("The density in the right lower zone on the radiograph corresponds to consolidation with air "
      "bronchograms in the right lower lobe, consistent with pneumonia. Surrounding ground glass. "
      "Small right pleural effusion."),
     {CON, OPA, PE}),
    ("elr-37", "en",
     ("The apparent mass in the left upper lobe is a focal area of consolidation; no discrete mass. "
      "Follow-up after antibiotic treatment is suggested."),
     {CON}),
    ("elr-38", "en",
     ("What was described as a pleural-based nodule is loculated fluid within the right major fissure "
      "(pseudotumour) in this patient with heart failure. Bilateral pleural effusions and interlobular "
      "septal thickening. Cardiomegaly."),
     {PE, IST, CM}),
    ("elr-39", "en",
     ("The apparent peribronchial thickening in the lower lobes is within normal limits on thin "
      "sections; the bronchial walls are not thickened. No bronchiectasis."),
     set()),
    ("elr-40", "en",
     ("Bronchial wall thickening in both lower lobes is confirmed on the thin-section reconstructions. "
      "Mild cylindrical bronchiectasis in the right lower lobe."),
     {PBT, BRX}),
    ("elr-41", "en",
     ("The 'effusion' on the radiograph is an elevated right hemidiaphragm with subpulmonic fat; there "
      "is no pleural fluid. Right basal atelectasis."),
     {ATL}),
    ("elr-42", "en",
     ("The streak across the left upper lobe is artefact from the patient's arm, not an opacity. "
      "A pacemaker generator in the left chest wall, with leads in the right atrium and right ventricle, "
      "causes further streak artefact."),
     {MM}),
    ("elr-43", "en",
     ("The apparent honeycombing at the bases represents paraseptal emphysema, with subpleural cysts in "
      "a single layer. No honeycombing and no traction bronchiectasis."),
     {EMP}),
    ("elr-44", "en",
     ("The subpleural reticulation at the lung bases is real and does not clear on the prone images; "
      "there is mild architectural distortion, consistent with early fibrosis. No honeycombing."),
     {FIB}),
    ("elr-45", "en",
     ("The soft tissue density at the gastro-oesophageal junction is a small sliding hiatal hernia, "
      "not a mass. The lungs are clear."),
     {HH}),
    ("elr-46", "en",
     ("Fluid in the distal oesophagus mimics a hiatal hernia; the gastro-oesophageal junction lies at the "
      "hiatus, with no hernia. The oesophagus is dilated with an air-fluid level, consistent with "
      "achalasia."),
     set()),
    ("elr-47", "en",
     ("Soft tissue at the right cardiophrenic angle, thought on the radiograph to be a mass, is a "
      "cardiophrenic lymph node measuring 14 mm in short axis. The lungs are clear."),
     {LN}),
    ("elr-48", "en",
     ("The apparent anterior pericardial fluid is the superior pericardial recess, a normal structure. "
      "No pericardial effusion or thickening. Heart size is normal."),
     set()),
    ("elr-49", "en",
     ("A pericardial effusion measuring 12 mm is confirmed; it is of fluid attenuation and is not "
      "epicardial fat. Heart size is normal."),
     {PCE}),
    ("elr-50", "en",
     ("The apparent nodule in the left lower lobe is a 6 mm calcified granuloma, benign. "
      "No follow-up is required."),
     {NOD}),
    ("elr-51", "en",
     ("The opacity in the right upper zone on the radiograph is overlapping costochondral calcification; "
      "there is no pulmonary abnormality on CT. A 10 mm hypodense nodule in the right thyroid lobe."),
     set()),
    ("elr-52", "en",
     ("The tubular structure in the left chest wall thought to be a catheter is a prominent vein. "
      "A right internal jugular central venous catheter is present with its tip in the superior vena cava."),
     {MM}),
    ("elr-53", "en",
     ("The apparent mosaic attenuation in the right lower lobe is attributable to motion artefact; there "
      "is no air trapping on the expiratory images. No mosaic attenuation."),
     set()),
    ("elr-54", "en",
     ("A hazy opacity in the right lower lobe, thought to be ground glass, is partial volume averaging "
      "of the liver dome. However, there is a 7 mm solid nodule in the right middle lobe."),
     {NOD}),
    ("elr-55", "en",
     ("A nodular density in the left lower lobe is probably a vessel seen end-on, although a small "
      "nodule cannot be entirely excluded. No effusion. No lymphadenopathy."),
     {NOD}),
]

OPEN: dict[tuple[str, str], str] = {
    ("elr-08", OPA): "ground glass the next sentence explains as expiratory acquisition ('The ground glass is due to expiratory acquisition'): an expiratory scan is no explanation the lexicon knows, and the subject is the finding itself",
    ("elr-31", CAC): "a calcification first placed in the circumflex and then moved to the mitral annulus ('thought to be in the circumflex artery lies in the mitral annulus'): the coronary mention is read as written",
    ("elr-46", HH): "a hiatal hernia mimicked by fluid, then denied as 'no hernia': a bare 'hernia' is not a hiatal hernia's name, so the denial does not reach the look-alike",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
