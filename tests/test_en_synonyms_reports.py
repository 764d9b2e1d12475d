"""Probe: English chest CT reports that name the 18 findings by less common synonyms and
phrasings (enlarged cardiac silhouette, increased cardiothoracic ratio, coronary calcium,
calcified coronary plaque, mural/vascular calcification, atheromatous plaque, adenopathy,
bulky nodes, pleural fluid, hydrothorax, pericardial fluid, emphysematous/bullous changes,
low-attenuation areas, collapse, volume loss, micronodules, granulomas, small nodular
opacities, ground glass, hazy opacity, airspace disease, scarring, fibrotic strands,
reticulation, honeycomb lung, bronchial dilatation, septal thickening, mosaic perfusion,
hiatus hernia, intrathoracic stomach, catheters, tubes, pacemakers, stents), mixing present,
denied, hedged and resolved findings with look-alike negative controls (thyroid nodule,
nodular liver, vertebral collapse, pleural plaques, interatrial septum, enlarged pulmonary
artery, removed chest tube). The reports were written for this file without looking at the
engine's lexicon or cue lists.
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
    ("esy-01", "en",
     ("Findings: Mild cardiac enlargement. Calcified coronary plaque in the left anterior descending artery. "
      "Mural calcification of the aortic arch and descending thoracic aorta. No pleural fluid. "
      "The lungs are clear without nodules."),
     {CM, CAC, AWC}),
    ("esy-02", "en",
     ("Increased cardiothoracic ratio. Small pericardial fluid collection measuring up to 9 mm anterior to the "
      "right ventricle. Bilateral hydrothorax with passive collapse of the adjacent lower lobe segments. "
      "Smooth septal thickening at both bases, consistent with interstitial edema."),
     {CM, PCE, PE, ATL, IST}),
    ("esy-03", "en",
     ("Centrilobular emphysematous changes in both upper lobes, with bullous changes at the right apex. "
      "A 5 mm solid pulmonary nodule in the left lower lobe (series 3, image 142). "
      "No adenopathy in the mediastinum or hila. Heart size is normal."),
     {EMP, NOD}),
    ("esy-04", "en",
     ("No enlarged nodes in the mediastinum, hila or axillae. No pleural fluid or pericardial fluid. "
      "No airspace consolidation. The lungs are clear. Incidental 14 mm nodule in the right lobe of the thyroid gland; "
      "correlation with ultrasound may be considered."),
     set()),
    ("esy-05", "en",
     ("Honeycomb lung in the subpleural lower lobes with reticulation and traction bronchial dilatation, "
      "in keeping with a UIP pattern. No ground glass. Mediastinal nodes up to 8 mm in short axis, likely reactive."),
     {FIB, BRX, LN}),
    ("esy-06", "en",
     ("Right subclavian central venous catheter with the tip at the cavoatrial junction. Nasogastric tube coursing "
      "into the stomach. Dependent bibasilar subsegmental collapse. No pleural fluid."),
     {MM, ATL}),
    ("esy-07", "en",
     ("Dual-chamber pacemaker with leads in the right atrium and right ventricle. The heart is enlarged. "
      "Aortic atherosclerosis. Coronary atherosclerosis involving all three vessels. No pulmonary nodules."),
     {MM, CM, AWC, CAC}),
    ("esy-08", "en",
     ("Large hiatus hernia containing most of the stomach (intrathoracic stomach). "
      "Mild bronchial wall thickening in the lower lobes. No consolidation. No pleural fluid."),
     {HH, PBT}),
    ("esy-09", "en",
     ("Patchy hazy opacity in both upper lobes with areas of mosaic perfusion. Expiratory images show air trapping. "
      "Findings may reflect hypersensitivity pneumonitis. No honeycomb lung. No fibrotic strands."),
     {OPA, MOS}),
    ("esy-10", "en",
     ("Dense airspace consolidation of the right lower lobe with air bronchograms, compatible with pneumonia. "
      "Surrounding ground glass. Small right pleural fluid. Right hilar adenopathy, probably reactive."),
     {CON, OPA, PE, LN}),
    ("esy-11", "en",
     ("Follow-up examination. The previously seen airspace disease in the left lower lobe has resolved. "
      "The previously noted left pleural fluid is no longer seen. A few fibrotic strands remain at the site of the "
      "previous infection. No new nodules."),
     {FIB}),
    ("esy-12", "en",
     ("Comparison is made with the prior study. Stable 4 mm micronodules in the right middle lobe and lingula. "
      "Calcified granulomas in the left upper lobe. Calcified hilar lymph nodes, not enlarged. No pleural fluid."),
     {NOD}),
    ("esy-13", "en",
     ("Normal heart size without pericardial fluid. No vascular calcification. No emphysematous changes. "
      "The lungs are clear without nodules or ground glass. No hiatus hernia."),
     set()),
    ("esy-14", "en",
     ("Status post sternotomy with sternal wires and coronary artery bypass grafting; surgical clips along the grafts. "
      "Calcified coronary plaque in the native vessels. Small left pleural fluid with subsegmental collapse in the "
      "left lower lobe. No pericardial fluid."),
     {MM, CAC, PE, ATL}),
    ("esy-15", "en",
     ("Marked enlargement of the main pulmonary artery, measuring 36 mm, suggestive of pulmonary hypertension. "
      "Mosaic perfusion of the lungs. Heart size normal. No pleural or pericardial fluid."),
     {MOS}),
    ("esy-16", "en",
     ("Bulky nodes in the mediastinum, including a 3.2 cm subcarinal node and enlarged right paratracheal nodes. "
      "Right upper lobe mass measuring 5.1 x 4.2 cm with spiculated margins, consistent with primary lung carcinoma. "
      "Postobstructive collapse of the posterior segment of the right upper lobe. Small right pleural fluid."),
     {LN, ATL, PE}),
    ("esy-17", "en",
     ("Chronic collapse of the T12 vertebral body. No pulmonary collapse or consolidation. No adenopathy. "
      "No pleural fluid. Degenerative changes of the thoracic spine."),
     set()),
    ("esy-18", "en",
     ("Focal ground glass in the right upper lobe, possibly infectious or inflammatory; short-term follow-up is advised. "
      "Mild paraseptal emphysematous changes. Scarring in the lingula. No pleural fluid."),
     {OPA, EMP, FIB}),
    ("esy-19", "en",
     ("Small amount of pericardial fluid. No pleural fluid. The heart is not enlarged. Mild aortic atherosclerosis. "
      "The lungs are clear."),
     {PCE, AWC}),
    ("esy-20", "en",
     ("Subtle hazy opacity in the posterior lower lobes likely represents dependent change, although early airspace "
      "disease cannot be excluded. No consolidation. No pleural fluid."),
     {OPA}),
    ("esy-21", "en",
     ("Clinical question: pleural fluid? No pleural fluid. No pericardial fluid. Heart size within normal limits. "
      "The lungs are clear."),
     set()),
    ("esy-22", "en",
     ("Diffuse bronchial wall thickening with mucus plugging and bronchial dilatation in both lower lobes. "
      "Tree-in-bud pattern in the right middle lobe. Mosaic perfusion, likely due to small airways disease."),
     {PBT, BRX, MOS}),
    ("esy-23", "en",
     ("Interlobular septal thickening superimposed on bilateral ground glass (crazy paving). "
      "No airspace consolidation. No pleural fluid. Nodes up to 9 mm in the prevascular space."),
     {IST, OPA, LN}),
    ("esy-24", "en",
     ("Small hiatus hernia. No bronchial wall thickening. No scarring. "
      "Coronary calcium is noted in the left main and left anterior descending arteries."),
     {HH, CAC}),
    ("esy-25", "en",
     ("Right internal jugular port catheter with the tip in the superior vena cava. Esophageal stent in situ across "
      "the gastroesophageal junction. No enlarged nodes. No pleural fluid."),
     {MM}),
    ("esy-26", "en",
     ("The previous right chest tube has been removed. Small residual right apical pneumothorax. "
      "Linear subsegmental collapse in the right lower lobe. No pleural fluid."),
     {ATL}),
    ("esy-27", "en",
     ("Severe emphysematous changes, panlobular in the lower lobes, with confluent low-attenuation areas throughout "
      "both lungs. No nodules. No adenopathy."),
     {EMP}),
    ("esy-28", "en",
     ("Volume loss with atelectasis of the left lower lobe. Moderate left pleural fluid. The heart is enlarged. "
      "Calcified atheromatous plaque in the thoracic aorta."),
     {ATL, PE, CM, AWC}),
    ("esy-29", "en",
     ("Septal thickening is not present. No ground glass. No honeycomb lung. The lung parenchyma is otherwise normal. "
      "Mild cardiac enlargement cannot be excluded."),
     {CM}),
    ("esy-30", "en",
     ("Large right hepatic hydrothorax with compressive collapse of the right lower lobe. Nodular liver contour in "
      "keeping with cirrhosis. Splenomegaly. No pericardial fluid."),
     {PE, ATL}),
    ("esy-31", "en",
     ("Micronodules in a perilymphatic distribution along the fissures and bronchovascular bundles. "
      "Symmetric bilateral hilar and mediastinal lymph node enlargement. Findings suggest sarcoidosis. "
      "No fibrotic strands."),
     {NOD, LN}),
    ("esy-32", "en",
     ("Stable scarring at the right apex. Calcified pleural plaques bilaterally, consistent with prior asbestos "
      "exposure. No pleural fluid. No septal thickening. Costal cartilage calcification."),
     {FIB}),
    ("esy-33", "en",
     ("Heart size normal. No coronary calcium. The aorta is normal in caliber without atheromatous plaque. "
      "The lungs are clear. No hiatus hernia."),
     set()),
    ("esy-34", "en",
     ("Endotracheal tube with the tip 3 cm above the carina. Bilateral airspace consolidation in the lower lobes. "
      "Small bilateral pleural fluid. Heart size normal."),
     {MM, CON, PE}),
    ("esy-35", "en",
     ("The previous ground glass in the left upper lobe has resolved. No new nodules. Unchanged 3 mm nodule in the "
      "right lower lobe. Bronchial wall thickening has improved but persists."),
     {NOD, PBT}),
    ("esy-36", "en",
     ("Mosaic perfusion is not seen. No bronchial dilatation. Minimal bibasilar dependent density. No pleural fluid."),
     {OPA}),
    ("esy-37", "en",
     ("Small nodular opacities in the right upper lobe, the largest measuring 6 mm. "
      "Possible mild bronchial wall thickening. No adenopathy."),
     {NOD, PBT}),
    ("esy-38", "en",
     ("Mural calcification of the aortic arch and of the brachiocephalic and left subclavian arteries. "
      "Coronary atherosclerosis. The lungs are clear. No pleural fluid."),
     {AWC, CAC}),
    ("esy-39", "en",
     ("CT pulmonary angiogram: no filling defects to suggest pulmonary embolism. Subsegmental collapse in the lingula. "
      "Trace left pleural fluid."),
     {ATL, PE}),
    ("esy-40", "en",
     ("Left chest wall pacemaker generator with leads in expected position. Enlarged cardiac silhouette. "
      "Mild septal thickening at the lung bases and small bilateral pleural fluid, suggesting mild interstitial "
      "edema. No airspace consolidation."),
     {MM, CM, IST, PE}),
    ("esy-41", "en",
     ("No bullous changes. No emphysematous changes. Subpleural reticulation in the lower lobes is unchanged. "
      "Lymph nodes are not enlarged."),
     {FIB}),
    ("esy-42", "en",
     ("Intrathoracic stomach with organoaxial rotation. Compressive collapse of the adjacent left lower lobe. "
      "Stent in the left anterior descending coronary artery. Coronary calcium in the right coronary artery."),
     {HH, ATL, MM, CAC}),
    ("esy-43", "en",
     ("Patchy airspace disease in the right middle lobe, possibly aspiration. No pleural fluid. No adenopathy. "
      "A 4 mm calcified granuloma in the left lower lobe."),
     {OPA, NOD}),
    ("esy-44", "en",
     ("No evidence of adenopathy. The aorta shows no mural calcification. The esophagus is dilated and fluid-filled, "
      "consistent with achalasia; no hiatus hernia. The lungs are clear."),
     set()),
    ("esy-45", "en",
     ("Bronchial dilatation in the right middle lobe and lingula with mild bronchial wall thickening. "
      "No mucus plugging. Scattered fibrotic strands in the lingula. No consolidation."),
     {BRX, PBT, FIB}),
    ("esy-46", "en",
     ("Large circumferential pericardial fluid collection measuring up to 2.5 cm. Mild thickening of the pericardium. "
      "No pleural fluid."),
     {PCE}),
    ("esy-47", "en",
     ("History of hiatus hernia repair. No recurrent hiatus hernia. Surgical clips at the gastroesophageal junction. "
      "The lungs are clear."),
     {MM}),
    ("esy-48", "en",
     ("Minimal ground glass in the left lower lobe cannot be excluded, possibly motion artifact. "
      "Nodes up to 7 mm in the right paratracheal station. Heart size normal."),
     {OPA, LN}),
    ("esy-49", "en",
     ("The cardiac enlargement seen previously has resolved; heart size is now normal. The previously seen "
      "pericardial fluid is no longer present. Aortic atherosclerosis."),
     {AWC}),
    ("esy-50", "en",
     ("Bilateral lower lobe reticulation and honeycomb lung with traction bronchial dilatation. Superimposed new "
      "ground glass and airspace consolidation, concerning for acute exacerbation. Mediastinal lymph node "
      "enlargement, up to 14 mm."),
     {FIB, BRX, OPA, CON, LN}),
    ("esy-51", "en",
     ("Lipomatous hypertrophy of the interatrial septum. No septal thickening in the lungs. No nodules. "
      "No pleural fluid."),
     set()),
    ("esy-52", "en",
     ("Scarring and bullous changes at both apices. Bronchial wall thickening in the lower lobes. "
      "Vascular calcification in the aorta and coronary arteries."),
     {FIB, EMP, PBT, AWC, CAC}),
    ("esy-53", "en",
     ("Benign-appearing calcifications in the left breast. No axillary adenopathy. The lungs are clear. "
      "No vascular calcification."),
     set()),
    ("esy-54", "en",
     ("Geographic low-attenuation areas in the lower lobes with reduced vessel caliber, consistent with mosaic "
      "perfusion rather than emphysema. No emphysematous changes."),
     {MOS}),
    ("esy-55", "en",
     ("Suspected small hiatus hernia. Possible subsegmental collapse in the right lower lobe. "
      "No pleural fluid."),
     {HH, ATL}),
]

OPEN: dict[tuple[str, str], str] = {
    ("esy-09", OPA): "a hazy opacity beside mosaic perfusion is read as the mosaic pattern's density (no ground-glass word in the sentence)",
    ("esy-20", CON): "'airspace disease' is read as consolidation (no CT-RATE train evidence either way)",
    ("esy-37", OPA): "measured nodular opacities are read as opacities too (CT-RATE labels opacity words)",
    ("esy-43", OPA): "'airspace disease' is read as consolidation, not as an opacity (no CT-RATE train evidence either way)",
    ("esy-43", CON): "'airspace disease' is read as consolidation (no CT-RATE train evidence either way)",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
