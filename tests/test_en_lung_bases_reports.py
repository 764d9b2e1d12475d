"""Probe: English chest CT reports (US, UK, Turkish and Japanese authors) about the lung bases and the
dependent lung: subsegmental / plate-like / linear / bandlike / discoid / compressive / passive / rounded
atelectasis, dependent atelectasis versus dependent density, "atelectasis versus consolidation",
"scarring versus atelectasis", consolidation with air bronchograms, aspiration, basilar opacities,
volume loss, elevated hemidiaphragm, improved aeration, resolved consolidation, "no focal consolidation",
"lungs are clear", small / trace / loculated pleural effusions and "no pleural effusion or pneumothorax",
with negative controls (pneumothorax, eventration, pleural plaques, Bochdalek hernia, postsurgical volume
loss, tree-in-bud, aortic valve calcification), hedges, denials, comparisons and reports with no positive
finding. The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("elb-01", "en",
     ("CT chest without contrast. Indication: shortness of breath. Lungs: Subsegmental atelectasis in the "
      "bilateral lower lobes. No focal consolidation. No pleural effusion or pneumothorax. Heart size is normal. "
      "No pericardial effusion. Mild coronary artery calcifications."),
     {ATL, CAC}),
    ("elb-02", "en",
     ("Plate-like atelectasis in the lingula and left lower lobe. Small left pleural effusion. Mild cardiomegaly. "
      "Moderate atherosclerotic calcification of the thoracic aorta."),
     {ATL, PE, CM, AWC}),
    ("elb-03", "en",
     ("Dependent density in the posterior lower lobes bilaterally, likely atelectasis. No consolidation. "
      "The lungs are otherwise clear. No pleural effusion."),
     {OPA, ATL}),
    ("elb-04", "en",
     ("Right lower lobe consolidation with air bronchograms, compatible with pneumonia in the appropriate "
      "clinical setting. Small right parapneumonic effusion. Enlarged subcarinal lymph node measuring 1.4 cm "
      "in short axis, likely reactive."),
     {CON, PE, LN}),
    ("elb-05", "en",
     ("Posterior basal right lower lobe atelectasis versus consolidation; aspiration could produce this "
      "appearance. Nasogastric tube tip in the stomach. No pleural effusion."),
     {ATL, CON, MM}),
    ("elb-06", "en",
     ("Basilar opacities bilaterally, greater on the left, which may represent aspiration or early pneumonia. "
      "No pleural effusion. Endotracheal tube terminates 4 cm above the carina. Enteric tube courses below "
      "the diaphragm."),
     {OPA, MM}),
    ("elb-07", "en",
     ("Linear scarring versus atelectasis in the right middle lobe and lingula. No suspicious pulmonary nodule. "
      "No pleural effusion. Heart is normal in size."),
     {FIB, ATL}),
    ("elb-08", "en",
     ("The lungs are clear. No focal consolidation, pleural effusion or pneumothorax. No suspicious pulmonary "
      "nodules or masses. Heart size normal. No mediastinal, hilar or axillary lymphadenopathy."),
     set()),
    ("elb-09", "en",
     ("Compared with CT of 03/12, the previously seen left lower lobe consolidation has resolved. Improved "
      "aeration of the lung bases with minimal residual linear atelectasis at the left base. Previously noted "
      "small left pleural effusion is no longer seen."),
     {ATL}),
    ("elb-10", "en",
     ("Interval resolution of bibasilar atelectasis. No new consolidation. Trace right pleural effusion, "
      "decreased. Stable 4 mm nodule in the right upper lobe."),
     {PE, NOD}),
    ("elb-11", "en",
     ("Elevated right hemidiaphragm with associated compressive atelectasis of the right lower lobe. "
      "No pleural effusion. No pneumothorax. Hepatic steatosis."),
     {ATL}),
    ("elb-12", "en",
     ("Elevated left hemidiaphragm, likely eventration, unchanged from prior. The lung bases are clear. "
      "No atelectasis or consolidation. No pleural effusion."),
     set()),
    ("elb-13", "en",
     ("Moderate right and small left pleural effusions with adjacent passive atelectasis of the lower lobes. "
      "Cardiomegaly. Trace pericardial effusion. Smooth interlobular septal thickening, suggesting interstitial "
      "edema."),
     {PE, ATL, CM, PCE, IST}),
    ("elb-14", "en",
     ("Loculated left pleural effusion with pleural enhancement, concerning for empyema. Left chest tube in "
      "place. Compressive atelectasis of the left lower lobe. No pneumothorax."),
     {PE, MM, ATL}),
    ("elb-15", "en",
     ("Calcified pleural plaques along the bilateral posterior hemithoraces and diaphragmatic pleura, consistent "
      "with prior asbestos exposure. 3.4 cm rounded atelectasis in the posterior right lower lobe with comet-tail "
      "appearance of the bronchovascular bundle, adjacent to pleural thickening. No pleural effusion. "
      "No interstitial fibrosis."),
     {ATL}),
    ("elb-16", "en",
     ("Partially calcified pleural plaques bilaterally, stable. No pleural effusion. No evidence of asbestosis. "
      "Lungs clear. Mild aortic atherosclerotic calcification."),
     {AWC}),
    ("elb-17", "en",
     ("Small right apical pneumothorax, decreased since prior. Right pigtail pleural catheter in place. "
      "Mild bibasilar dependent atelectasis. No pleural effusion."),
     {MM, ATL}),
    ("elb-18", "en",
     ("CT thorax with contrast. Bibasal atelectasis. No consolidation or pleural effusion. Heart size normal. "
      "Mediastinal nodes are not enlarged. Small sliding hiatus hernia."),
     {ATL, HH}),
    ("elb-19", "en",
     ("Minor dependent atelectasis in both lower lobes. The lungs are otherwise clear with no suspicious nodule. "
      "Mild centrilobular emphysema in the upper lobes. No pleural or pericardial effusion."),
     {ATL, EMP}),
    ("elb-20", "en",
     ("Left lower lobe collapse with mucus plugging of the left lower lobe bronchus. Small left pleural effusion. "
      "Right lung clear. Coronary artery calcification is noted."),
     {ATL, PE, CAC}),
    ("elb-21", "en",
     ("Dependent density at both lung bases, in keeping with hypostatic change. No focal consolidation. "
      "No effusion. Incidental fat-containing Bochdalek hernia on the left."),
     {OPA}),
    ("elb-22", "en",
     ("Discoid atelectasis at the right base. Mild bronchial wall thickening in the lower lobes. "
      "No bronchiectasis. No pleural effusion."),
     {ATL, PBT}),
    ("elb-23", "en",
     ("Subsegmental atelectasis areas were observed in the posterobasal segments of both lung lower lobes. "
      "No pleural or pericardial effusion was detected. Calcific atheroma plaques were observed in the thoracic "
      "aorta and coronary arteries. Mediastinal lymph nodes, the largest of which measured 9 mm in short axis "
      "in the subcarinal region, were observed, not reaching pathological size."),
     {ATL, AWC, CAC, LN}),
    ("elb-24", "en",
     ("Bandlike atelectasis was observed in the lingular segment of the left lung upper lobe. Nonspecific "
      "nodules of millimetric size were observed in both lungs. No consolidation or mass lesion was detected. "
      "Hiatal hernia was observed."),
     {ATL, NOD, HH}),
    ("elb-25", "en",
     ("Consolidation areas containing air bronchograms were observed in the right lung lower lobe, and ground "
      "glass density increases were observed around them. Minimal pleural effusion was observed on the right. "
      "Heart size increased."),
     {CON, OPA, PE, CM}),
    ("elb-26", "en",
     ("Atelectatic changes were observed in the dependent parts of both lower lobes. Pleural effusion was not "
      "detected. Emphysematous changes were observed in both lungs. No lymph node was detected in pathological "
      "size or appearance in the mediastinum."),
     {ATL, EMP}),
    ("elb-27", "en",
     ("Fibrotic bands and minimal atelectasis were observed at both lung bases. Bronchiectatic changes were "
      "observed in the left lung lower lobe. Pleural thickening on the right, no effusion."),
     {FIB, ATL, BRX}),
    ("elb-28", "en",
     ("Atelectasis is seen in the dorsal side of bilateral lower lobes. There is no pleural effusion. "
      "Calcification of the coronary arteries is seen. No significant lymphadenopathy."),
     {ATL, CAC}),
    ("elb-29", "en",
     ("Gravity dependent opacity is seen in bilateral lower lobes. Slight pericardial effusion is seen. "
      "Bilateral pleural effusion is also seen, right side predominant. Cardiomegaly is present."),
     {OPA, PCE, PE, CM}),
    ("elb-30", "en",
     ("No apparent atelectasis or consolidation is seen. Small nodule of 5 mm in diameter in the right S6, "
      "which is unchanged compared to previous CT. Pleural effusion is not observed. Calcification of the "
      "aortic wall is seen."),
     {NOD, AWC}),
    ("elb-31", "en",
     ("Consolidation in the left lower lobe has been improved compared with previous CT, and now linear "
      "atelectasis remains. Pleural effusion has disappeared. Ground glass opacity is not seen."),
     {ATL}),
    ("elb-32", "en",
     ("Infiltrative shadow is seen in the right lower lobe dorsal segment, suggesting aspiration pneumonia. "
      "Esophageal hiatal hernia is also seen. Gastric tube is inserted."),
     {CON, HH, MM}),
    ("elb-33", "en",
     ("Indication: Evaluate for aspiration. The lungs are clear. No consolidation, atelectasis, or pleural "
      "effusion. Fluid-filled distal esophagus without mass. No hiatal hernia."),
     set()),
    ("elb-34", "en",
     ("Patchy ground-glass and consolidative opacities in the dependent lower lobes, right greater than left, "
      "suspicious for aspiration. Debris in the right lower lobe bronchi. Small bilateral pleural effusions."),
     {OPA, CON, PE}),
    ("elb-35", "en",
     ("Tree-in-bud pattern in the right lower lobe, which may reflect aspiration bronchiolitis. "
      "No consolidation. No pleural effusion. Mild bronchial wall thickening."),
     {PBT}),
    ("elb-36", "en",
     ("Bibasilar atelectasis; superimposed pneumonia cannot be excluded. No pleural effusion. Stable 6 mm right "
      "middle lobe nodule. Aortic valve calcification."),
     {ATL, NOD}),
    ("elb-37", "en",
     ("Volume loss of the right lower lobe related to prior wedge resection, with postsurgical scarring along "
      "the staple line. Surgical staples in the right lower lobe. No pleural effusion. No consolidation."),
     {FIB, MM}),
    ("elb-38", "en",
     ("Status post left lower lobectomy with expected volume loss. Small loculated left basilar pleural fluid "
      "collection, stable. Surgical clips at the left hilum. No evidence of recurrence. Right lung clear."),
     {PE, MM}),
    ("elb-39", "en",
     ("Low lung volumes with crowding of the bronchovascular markings at the bases. No atelectasis or "
      "consolidation. No effusion. Heart normal in size."),
     set()),
    ("elb-40", "en",
     ("Since the prior study, there is improved aeration of the left lower lobe, with near-complete resolution "
      "of the previous collapse. Residual mild subsegmental atelectasis. Small left effusion, decreased."),
     {ATL, PE}),
    ("elb-41", "en",
     ("New dense consolidation of the left lower lobe with air bronchograms. Right lower lobe subsegmental "
      "atelectasis. No pleural effusion. Left subclavian port catheter tip at the cavoatrial junction."),
     {CON, ATL, MM}),
    ("elb-42", "en",
     ("Resolved right middle lobe consolidation. Mild residual ground-glass opacity. No effusion. "
      "Coronary calcifications."),
     {OPA, CAC}),
    ("elb-43", "en",
     ("Subpleural reticulation with basal predominance, without honeycombing. Mild ground-glass opacity in the "
      "lower lobes. Dependent density in the posterior lungs on supine images clears on prone imaging, "
      "consistent with dependent atelectasis."),
     {FIB, OPA, ATL}),
    ("elb-44", "en",
     ("Mosaic attenuation of the lungs, likely from small airways disease. Mild bronchiectasis in the lower "
      "lobes with bronchial wall thickening. Bibasilar linear atelectasis. No pleural effusion."),
     {MOS, BRX, PBT, ATL}),
    ("elb-45", "en",
     ("Trace bilateral pleural effusions. Bibasilar compressive atelectasis. Cardiomegaly with moderate "
      "pericardial effusion. Pacemaker leads in the right atrium and right ventricle."),
     {PE, ATL, CM, PCE, MM}),
    ("elb-46", "en",
     ("Right lower lobe mass measuring 4.2 cm with postobstructive atelectasis of the right lower lobe. "
      "Enlarged right hilar lymph node measuring 1.6 cm. Small right pleural effusion. No pneumothorax."),
     {ATL, LN, PE}),
    ("elb-47", "en",
     ("Left basilar atelectasis versus scarring, unchanged since 2019. No new nodules. No consolidation. "
      "Small hiatal hernia."),
     {ATL, FIB, HH}),
    ("elb-48", "en",
     ("No pleural effusion or pneumothorax. No focal consolidation. Minimal dependent atelectasis. "
      "Mild emphysema. Thoracic aortic calcifications."),
     {ATL, EMP, AWC}),
    ("elb-49", "en",
     ("Comparison: 01/05/2023. Previously described bilateral pleural effusions and basilar atelectasis have "
      "resolved. The lungs are clear. Heart size normal; no pericardial effusion."),
     set()),
    ("elb-50", "en",
     ("Slight bronchial wall thickening is seen. Subsegmental atelectasis is seen in the right middle lobe. "
      "There is no apparent pleural effusion. Interlobular septal thickening is not seen. Small lymph nodes "
      "up to 7 mm are seen in the mediastinum."),
     {PBT, ATL, LN}),
    ("elb-51", "en",
     ("Right basal consolidation with small volume pleural effusion. Left base clear. No pneumothorax. "
      "Aortic and coronary calcification."),
     {CON, PE, AWC, CAC}),
    ("elb-52", "en",
     ("Eventration was observed in the right hemidiaphragm. Passive atelectasis areas were observed in the "
      "adjacent lung parenchyma. No pneumothorax was detected. A millimetric calcified nodule was observed in "
      "the left lung upper lobe."),
     {ATL, NOD}),
    ("elb-53", "en",
     ("Mild bibasilar subpleural ground-glass opacities, which may be dependent. No honeycombing. "
      "No traction bronchiectasis. No effusion."),
     {OPA}),
    ("elb-54", "en",
     ("Small left pleural effusion versus pleural thickening at the left costophrenic angle. Linear atelectasis "
      "in the left lower lobe. Sternotomy wires. CABG clips."),
     {PE, ATL, MM}),
    ("elb-55", "en",
     ("Clinical history: rule out pneumonia. The lungs are clear bilaterally. No focal consolidation, pleural "
      "effusion, or pneumothorax. Mild cardiomegaly."),
     {CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("elb-03", OPA): "a dependent density explained as likely atelectasis: the explanation drops the opacity (CT-RATE's train reports go both ways, 6 of 9 labelled 1)",
    ("elb-31", CON): "'has been improved ... now atelectasis remains': improved is read as still present (the CT-RATE convention); here the text implies it is gone",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
