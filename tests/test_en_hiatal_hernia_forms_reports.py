"""Probe: English chest CT reports that mention the oesophagus and the hiatus in many forms: small
sliding hiatal hernia, large paraoesophageal hernia, intrathoracic / upside-down stomach, British
"hiatus hernia", hedged hernias ("cannot be excluded", "versus prominent fat", "is likely"), patulous
and fluid-filled oesophagus, status post fundoplication (intact wrap vs slipped wrap / recurrent
hernia), repaired hernias, Bochdalek, Morgagni and traumatic diaphragmatic hernias (not hiatal),
diaphragmatic eventration, gastric pull-up / conduit after oesophagectomy (not a hiatal hernia),
achalasia with a dilated oesophagus, oesophageal wall thickening and "no hiatal hernia"; mixed with
other chest findings (effusions, nodules, calcifications, devices such as NG tubes, stents, clips,
mesh and ports) and with present, denied, hedged and resolved findings. The reports were written
for this file without looking at the engine's lexicon or cue lists.
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
    ("ehh-01", "en",
     ("Small sliding hiatal hernia. Mild centrilobular emphysema in both upper lobes. "
      "No pleural effusion. No pulmonary nodule. Heart size is normal."),
     {HH, EMP}),
    ("ehh-02", "en",
     ("There is a large paraoesophageal hernia containing the gastric fundus and body, with the stomach "
      "lying in the posterior mediastinum. Compressive atelectasis of the adjacent left lower lobe. "
      "No pleural or pericardial effusion. Calcified atheroma in the descending thoracic aorta."),
     {HH, ATL, AWC}),
    ("ehh-03", "en",
     ("Intrathoracic stomach with organoaxial rotation, without features of obstruction. "
      "Small bilateral pleural effusions with adjacent basal atelectasis. Cardiomegaly. "
      "Coronary artery calcification is noted."),
     {HH, PE, ATL, CM, CAC}),
    ("ehh-04", "en",
     ("Moderate hiatus hernia. The lungs are clear. No mediastinal or hilar lymphadenopathy. "
      "No pleural effusion."),
     {HH}),
    ("ehh-05", "en",
     ("A small hiatal hernia cannot be excluded. 4 mm solid nodule in the right middle lobe, likely benign; "
      "no follow-up is required under the Fleischner guidelines. No consolidation."),
     {HH, NOD}),
    ("ehh-06", "en",
     ("Patulous oesophagus with an air-fluid level, which may reflect dysmotility; no hiatal hernia. "
      "Mild dependent atelectasis in both lower lobes. No effusion."),
     {ATL}),
    ("ehh-07", "en",
     ("Fluid-filled oesophagus, raising the possibility of reflux or dysmotility; correlate clinically for "
      "aspiration risk. Patchy consolidation in the posterior basal segment of the right lower lobe, "
      "suspicious for aspiration pneumonia. No pleural effusion. No hiatus hernia."),
     {CON}),
    ("ehh-08", "en",
     ("Status post Nissen fundoplication. The wrap appears intact and is positioned below the diaphragm. "
      "No recurrent hiatal hernia. The lungs are clear. No pleural effusion."),
     set()),
    ("ehh-09", "en",
     ("Previous fundoplication with recurrent hiatal hernia; the wrap has herniated into the lower mediastinum. "
      "Surgical clips at the oesophageal hiatus. Mild bronchial wall thickening in both lower lobes."),
     {HH, MM, PBT}),
    ("ehh-10", "en",
     ("Left-sided Bochdalek hernia containing retroperitoneal fat. No hiatal hernia. "
      "Small calcified nodule in the left upper lobe, likely a granuloma. Heart size is normal."),
     {NOD}),
    ("ehh-11", "en",
     ("Morgagni hernia in the right cardiophrenic angle containing omental fat and a loop of transverse colon. "
      "The oesophageal hiatus is normal. No pericardial effusion. Mild cardiomegaly."),
     {CM}),
    ("ehh-12", "en",
     ("Eventration of the right hemidiaphragm with subsegmental atelectasis of the right lower lobe. "
      "No diaphragmatic defect or hiatal hernia is seen. No pleural effusion."),
     {ATL}),
    ("ehh-13", "en",
     ("Status post Ivor Lewis oesophagectomy with gastric pull-up in the posterior mediastinum; this is the "
      "expected postoperative appearance and should not be mistaken for a hiatal hernia. Staple line at the "
      "anastomosis. Small right pleural effusion. No lymphadenopathy."),
     {MM, PE}),
    ("ehh-14", "en",
     ("Markedly dilated oesophagus measuring 5 cm in diameter, filled with fluid and food debris and tapering "
      "at the gastro-oesophageal junction, in keeping with known achalasia. No hiatus hernia. "
      "Patchy ground-glass opacity in the right lower lobe, possibly due to aspiration. No effusion."),
     {OPA}),
    ("ehh-15", "en",
     ("Circumferential wall thickening of the distal oesophagus, up to 12 mm, extending to the "
      "gastro-oesophageal junction; endoscopic correlation is recommended. Enlarged paraoesophageal lymph node "
      "measuring 14 mm in short axis. Small hiatal hernia. No pulmonary nodules."),
     {LN, HH}),
    ("ehh-16", "en",
     ("No hiatal hernia. No lymphadenopathy. No pleural or pericardial effusion. The lungs are clear."),
     set()),
    ("ehh-17", "en",
     ("Nasogastric tube in situ with its tip in the gastric body. Small sliding hiatus hernia. "
      "Bilateral lower lobe consolidation with air bronchograms. Moderate bilateral pleural effusions."),
     {MM, HH, CON, PE}),
    ("ehh-18", "en",
     ("Oesophageal stent in place across the distal oesophagus, appropriately positioned. No hiatal hernia. "
      "Multiple bilateral pulmonary nodules, the largest 9 mm in the right lower lobe, suspicious for metastases. "
      "Mediastinal lymph nodes measure up to 8 mm in short axis."),
     {MM, NOD, LN}),
    ("ehh-19", "en",
     ("Comparison is made with the CT of 3 March. The previously noted hiatal hernia has been repaired and is no "
      "longer seen. Interval resolution of the left pleural effusion. Minor linear scarring at the left base."),
     {FIB}),
    ("ehh-20", "en",
     ("Hiatal hernia repair with mesh; no recurrence. Emphysema. Coronary artery calcifications. "
      "Atherosclerotic calcification of the thoracic aorta."),
     {MM, EMP, CAC, AWC}),
    ("ehh-21", "en",
     ("Mixed type hiatal hernia with a sliding component and a paraoesophageal component; approximately one third "
      "of the stomach has herniated into the chest. The heart is normal in size. Dense calcification of the "
      "mitral annulus. No pleural effusion."),
     {HH}),
    ("ehh-22", "en",
     ("Small hiatal hernia versus prominent fat at the gastro-oesophageal junction. Scattered bilateral "
      "ground-glass opacities. No consolidation."),
     {HH, OPA}),
    ("ehh-23", "en",
     ("Possible small hiatus hernia. Dependent density in both lower lobes. Mild bibasal interlobular septal "
      "thickening. Trace pleural effusion on the right."),
     {HH, OPA, IST, PE}),
    ("ehh-24", "en",
     ("The distal oesophagus is mildly patulous. The gastro-oesophageal junction lies at the level of the hiatus, "
      "with no herniation. Bilateral apical pleural thickening. No nodule."),
     set()),
    ("ehh-25", "en",
     ("Large hiatal hernia containing most of the stomach and part of the transverse colon. Passive atelectasis "
      "of the left lower lobe. Atherosclerotic calcification of the aortic arch."),
     {HH, ATL, AWC}),
    ("ehh-26", "en",
     ("FINDINGS: Tracheostomy tube in place. Debris within a fluid-filled, mildly distended oesophagus. "
      "No hiatal hernia is seen. Bilateral lower lobe bronchiectasis with bronchial wall thickening. "
      "Mosaic attenuation in both lungs."),
     {MM, BRX, PBT, MOS}),
    ("ehh-27", "en",
     ("IMPRESSION: 1. No evidence of hiatal hernia. 2. Stable 5 mm right upper lobe nodule. 3. Mild emphysema."),
     {NOD, EMP}),
    ("ehh-28", "en",
     ("History of hiatal hernia repair. The current study shows no recurrent herniation. Heart size is normal. "
      "Small pericardial effusion."),
     {PCE}),
    ("ehh-29", "en",
     ("Clinical question: hiatal hernia? Findings: the gastro-oesophageal junction is intra-abdominal and there is "
      "no hiatal hernia. Basal subpleural reticulation with honeycombing and traction bronchiectasis, "
      "in keeping with UIP."),
     {FIB, BRX}),
    ("ehh-30", "en",
     ("Widening of the oesophageal hiatus with herniation of a small portion of the gastric fundus. "
      "Small bilateral pleural effusions. Cardiomegaly with a pericardial effusion."),
     {HH, PE, CM, PCE}),
    ("ehh-31", "en",
     ("The stomach is partly intrathoracic. The NG tube is coiled within the herniated stomach. "
      "Right lower lobe consolidation."),
     {HH, MM, CON}),
    ("ehh-32", "en",
     ("No hiatal hernia is identified; however, the oesophagus contains an air-fluid level. "
      "A right paratracheal lymph node measures 11 mm in short axis, mildly enlarged. No pleural effusion."),
     {LN}),
    ("ehh-33", "en",
     ("Upside-down stomach (type IV hiatal hernia) with herniation of the splenic flexure. Marked compressive "
      "atelectasis of the left lower lobe. Small left pleural effusion."),
     {HH, ATL, PE}),
    ("ehh-34", "en",
     ("Post-traumatic left diaphragmatic hernia with stomach and colon in the left hemithorax; the oesophageal "
      "hiatus is intact. Left pleural effusion with left lower lobe atelectasis. Left intercostal drain in situ."),
     {PE, ATL, MM}),
    ("ehh-35", "en",
     ("The small hiatal hernia noted on the previous study is not seen today, which may be positional. "
      "No consolidation. Mild peribronchial thickening."),
     {PBT}),
    ("ehh-36", "en",
     ("Small hiatal hernia, unchanged. Stable 6 mm solid nodule in the left upper lobe. No lymphadenopathy."),
     {HH, NOD}),
    ("ehh-37", "en",
     ("Thickening of the wall of the distal oesophagus, likely related to reflux oesophagitis given the associated "
      "small hiatus hernia. Subsegmental atelectasis in the lingula. No nodules."),
     {HH, ATL}),
    ("ehh-38", "en",
     ("Achalasia: the oesophagus is dilated throughout with retained fluid, with bird's beak narrowing at the "
      "GOJ. No hiatus hernia. Tree-in-bud pattern in the right lower lobe, consistent with chronic aspiration. "
      "Mild bronchiectasis in the right lower lobe."),
     {BRX}),
    ("ehh-39", "en",
     ("Status post laparoscopic Toupet fundoplication. The fundoplication wrap has slipped above the diaphragm, "
      "consistent with a recurrent hiatal hernia. No pleural effusion. The lungs are clear."),
     {HH}),
    ("ehh-40", "en",
     ("Status post fundoplication; the wrap is intact and intra-abdominal. No hernia. Bilateral calcified pleural "
      "plaques. No pleural effusion. Coronary calcification."),
     {CAC}),
    ("ehh-41", "en",
     ("Oesophagectomy with a gastric conduit in the posterior mediastinum, mildly distended with fluid. "
      "No evidence of hiatal hernia; the conduit traverses the hiatus as expected. Surgical clips in the upper "
      "abdomen. 3 mm nodule in the left lower lobe, unchanged."),
     {MM, NOD}),
    ("ehh-42", "en",
     ("Tiny hiatal hernia. Otherwise unremarkable CT of the chest."),
     {HH}),
    ("ehh-43", "en",
     ("No hiatal hernia. Fluid-filled oesophagus. Moderate cardiomegaly. Dual-chamber pacemaker with leads in the "
      "right atrium and right ventricle."),
     {CM, MM}),
    ("ehh-44", "en",
     ("Prominent fat at the oesophageal hiatus, without hernia. Moderate pericardial effusion. "
      "Bilateral pleural effusions with adjacent atelectasis."),
     {PCE, PE, ATL}),
    ("ehh-45", "en",
     ("Gastric pull-up with the anastomosis at the thoracic inlet. Recurrent tumour cannot be excluded given soft "
      "tissue thickening at the anastomosis. Mediastinal lymphadenopathy, the largest node measuring 16 mm in the "
      "subcarinal station. Right-sided port catheter."),
     {LN, MM}),
    ("ehh-46", "en",
     ("Lungs: patchy consolidation and ground-glass opacity in the left lower lobe. Mediastinum: small sliding "
      "hiatal hernia; patulous oesophagus. Pleura: no effusion. Heart: normal size, no pericardial effusion."),
     {CON, OPA, HH}),
    ("ehh-47", "en",
     ("There is no evidence of a hiatus hernia or paraoesophageal hernia. The previously demonstrated bilateral "
      "pleural effusions have resolved. Residual linear atelectasis at the right base."),
     {ATL}),
    ("ehh-48", "en",
     ("Severe panlobular emphysema in the lower lobes. A small hiatus hernia is likely. No lymphadenopathy. "
      "Bronchial wall thickening."),
     {EMP, HH, PBT}),
    ("ehh-49", "en",
     ("Oesophageal wall thickening is not seen. There is no hiatal hernia. Mild aortic calcification. "
      "A 2.6 cm spiculated mass in the right upper lobe, suspicious for primary lung carcinoma."),
     {AWC, NOD}),
    ("ehh-50", "en",
     ("A 4.5 cm mass in the left lower lobe with ipsilateral hilar lymphadenopathy. Large hiatal hernia, "
      "incidental. No effusion."),
     {LN, HH}),
    ("ehh-51", "en",
     ("Query hiatus hernia on the chest radiograph. CT shows no hiatus hernia; the retrocardiac density on the "
      "radiograph corresponds to a dilated, fluid-filled oesophagus. The lungs are clear."),
     set()),
    ("ehh-52", "en",
     ("Morgagni hernia versus pericardial fat pad. The oesophageal hiatus is unremarkable. Small bilateral pleural "
      "effusions. Mosaic attenuation with air trapping on the expiratory images."),
     {PE, MOS}),
    ("ehh-53", "en",
     ("Feeding tube passing through the oesophagus into the stomach. Moderate hiatal hernia, increased in size "
      "compared with the prior study. Bilateral interlobular septal thickening and ground-glass opacities, in "
      "keeping with pulmonary oedema. Bilateral effusions."),
     {MM, HH, IST, OPA, PE}),
    ("ehh-54", "en",
     ("The known hiatal hernia is smaller than before but still present. Stable bronchiectasis in the middle lobe. "
      "No effusion."),
     {HH, BRX}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
