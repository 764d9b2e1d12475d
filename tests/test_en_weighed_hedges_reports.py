"""Probe: English chest CT reports in which the radiologist weighs a diagnosis attached to one of the
findings, in both directions: hedged presence ("is the leading consideration", "is a consideration",
"the differential includes", "favoured to represent", "cannot be entirely excluded", "not excluded",
"equivocal for", "questionable", "possible but not definite", "subtle", "? early consolidation",
"remote possibility", "cannot be confidently called", "low suspicion for") and hedged denial
("unlikely to represent", "doubtful", "probably not", "no convincing", "no definite", "without definite",
"not thought to represent", "argues against"), plus "less likely" (0 when the finding is only set aside
in favour of another, 1 when it is also called possible), mixed with ordinary positive and negative
findings. The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("ewh-01", "en",
     ("Air bronchograms are seen in the posterior basal segment of the right lower lobe with "
      "preserved lobar volume; consolidation is the leading consideration. No pleural effusion. "
      "Heart size is normal. Mild coronary artery calcification."),
     {CON, CAC}),
    ("ewh-02", "en",
     ("A 4 mm subpleural nodule in the left upper lobe. Several mediastinal lymph nodes measure up to "
      "13 mm in short axis; reactive lymphadenopathy is a consideration. No emphysema. "
      "No pleural or pericardial effusion."),
     {NOD, LN}),
    ("ewh-03", "en",
     ("Heterogeneous lung attenuation with geographic areas of lucency; the differential includes mosaic "
      "attenuation from small airways disease. Mild bronchial wall thickening in the lower lobes. "
      "No consolidation or effusion."),
     {MOS, PBT}),
    ("ewh-04", "en",
     ("Volume loss in the lingula, favoured to represent subsegmental atelectasis. Small hiatal hernia. "
      "No pulmonary nodule. Heart size is normal."),
     {ATL, HH}),
    ("ewh-05", "en",
     ("A small left pleural effusion cannot be entirely excluded given beam-hardening artefact at the "
      "left base. Calcified plaques in the aortic arch. No consolidation."),
     {PE, AWC}),
    ("ewh-06", "en",
     ("Focal lucency in the right upper lobe; centrilobular emphysema is not excluded. Right chest port "
      "with the catheter tip in the superior vena cava. No lymphadenopathy."),
     {EMP, MM}),
    ("ewh-07", "en",
     ("The heart is at the upper limit of normal in size, equivocal for mild cardiomegaly. "
      "No pericardial effusion. Sternotomy wires are intact. Coronary artery calcification is present, "
      "with a stent in the left anterior descending artery."),
     {CM, MM, CAC}),
    ("ewh-08", "en",
     ("Questionable mild bronchiectasis in the right middle lobe. Peribronchial thickening in both lower "
      "lobes. No mosaic attenuation. No pleural effusion."),
     {BRX, PBT}),
    ("ewh-09", "en",
     ("Possible but not definite small pericardial effusion. Cardiomegaly. Bilateral small pleural "
      "effusions with adjacent compressive atelectasis."),
     {PCE, CM, PE, ATL}),
    ("ewh-10", "en",
     ("Subtle interlobular septal thickening at both lung bases. Mild ground-glass opacity in the "
      "dependent lower lobes. No consolidation. The aorta is normal in calibre without calcification."),
     {IST, OPA}),
    ("ewh-11", "en",
     ("Patchy ground-glass in the left lower lobe, ? early consolidation. No effusion. Multiple small "
      "mediastinal lymph nodes, none enlarged."),
     {OPA, CON}),
    ("ewh-12", "en",
     ("Platelike change with volume loss in the left lower lobe, most in keeping with atelectasis; "
      "consolidation is less likely. Small left pleural effusion."),
     {ATL, PE}),
    ("ewh-13", "en",
     ("Consolidation in the right middle lobe. Post-obstructive atelectasis is less likely but possible "
      "given the mild volume loss. No lymphadenopathy."),
     {CON, ATL}),
    # (2026-12-07) relabelled: measured nodes count as lymphadenopathy in CT-RATE even when said not to be pathological (33 of 35 train reports with nodes under 1 cm, 2 of 2 'did not reach pathological size')
    ("ewh-14", "en",
     ("The mediastinal lymph nodes are prominent but unlikely to represent lymphadenopathy, all measuring "
      "under 10 mm in short axis. A 6 mm solid nodule in the right lower lobe. Mild paraseptal emphysema."),
     {NOD, EMP, LN}),
    ("ewh-15", "en",
     ("Mild bronchial wall thickening. True bronchiectasis is doubtful. Calcification of the coronary "
      "arteries. No pleural effusion."),
     {PBT, CAC}),
    ("ewh-16", "en",
     ("Mild prominence of the cardiac silhouette, probably not true cardiomegaly given the abundant "
      "epicardial fat. Calcification of the thoracic aorta. Nasogastric tube with its tip in the stomach."),
     {AWC, MM}),
    ("ewh-17", "en",
     ("Low suspicion for a small sliding hiatal hernia at the gastro-oesophageal junction. Emphysema in "
      "both upper lobes. No lung nodule."),
     {HH, EMP}),
    ("ewh-18", "en",
     ("No convincing consolidation. Bilateral lower lobe ground-glass opacities. Small bilateral pleural "
      "effusions."),
     {OPA, PE}),
    ("ewh-19", "en",
     ("No definite pulmonary nodule. Moderate centrilobular emphysema. Calcified plaque in the aortic "
      "arch. Tracheostomy tube in place."),
     {EMP, AWC, MM}),
    ("ewh-20", "en",
     ("Bilateral patchy ground-glass opacities without definite interlobular septal thickening. "
      "Cardiomegaly. No pleural effusion."),
     {OPA, CM}),
    ("ewh-21", "en",
     ("Atelectasis is the likely cause of the left basal change, with a remote possibility of early "
      "consolidation. Coronary artery calcification. No lymphadenopathy."),
     {ATL, CON, CAC}),
    ("ewh-22", "en",
     ("Mild diffuse interstitial prominence; interlobular septal thickening cannot be confidently called. "
      "Lymph nodes are not enlarged. Pacemaker leads in the right atrium and right ventricle."),
     {IST, MM}),
    # (2026-12-07) relabelled: measured nodes count as lymphadenopathy in CT-RATE even when said not to be pathological (33 of 35 train reports with nodes under 1 cm, 2 of 2 'did not reach pathological size')
    ("ewh-23", "en",
     ("The right paratracheal lymph node measures 11 mm in short axis and is not thought to represent "
      "pathological lymphadenopathy. Moderate hiatal hernia. Bilateral small pleural effusions."),
     {HH, PE, LN}),
    ("ewh-24", "en",
     ("The smooth margins and lack of air bronchograms argue against consolidation; the right lower lobe "
      "finding is in keeping with rounded atelectasis. Calcification of the descending aorta."),
     {ATL, AWC}),
    ("ewh-25", "en",
     ("A 9 mm rounded focus in the left lower lobe; a solid pulmonary nodule is the leading consideration "
      "rather than a vessel seen end-on. Mild paraseptal emphysema. No lymphadenopathy."),
     {NOD, EMP}),
    ("ewh-26", "en",
     ("A thin rim of fluid density surrounds the heart; a small pericardial effusion is a consideration. "
      "Heart size is normal. Coronary stents are noted. Extensive calcification of the descending aorta."),
     {PCE, MM, AWC}),
    ("ewh-27", "en",
     ("The differential for the ill-defined ground-glass opacity in the right upper lobe includes "
      "infection, haemorrhage and early adenocarcinoma. Mild cylindrical bronchiectasis in both lower "
      "lobes. No pleural effusion."),
     {OPA, BRX}),
    ("ewh-28", "en",
     ("Linear strands at the left apex, favoured to represent post-inflammatory scarring. No pulmonary "
      "nodule. Mild cardiomegaly."),
     {FIB, CM}),
    ("ewh-29", "en",
     ("Mild ground-glass opacity in the lingula; early consolidation cannot be entirely excluded. "
      "Right internal jugular central venous catheter. Trace left pleural effusion."),
     {OPA, CON, MM, PE}),
    ("ewh-30", "en",
     ("A 4 mm focus in the right middle lobe, possibly a vessel; a small nodule is not excluded. "
      "No pleural effusion. Aortic and coronary artery calcifications."),
     {NOD, AWC, CAC}),
    ("ewh-31", "en",
     ("The lung parenchyma is equivocal for mosaic attenuation on these inspiratory images; expiratory "
      "imaging would help. No bronchiectasis. No pulmonary nodules."),
     {MOS}),
    ("ewh-32", "en",
     ("Questionable small hiatal hernia. Bilateral pleural effusions, moderate on the right, with "
      "adjacent atelectasis in the right lower lobe."),
     {HH, PE, ATL}),
    ("ewh-33", "en",
     ("A right hilar lymph node of borderline size, possible but not definite lymphadenopathy. "
      "Multiple bilateral pulmonary nodules up to 8 mm. No consolidation."),
     {LN, NOD}),
    ("ewh-34", "en",
     ("Subtle peribronchial thickening in the lower lobes, in keeping with mild airways inflammation. "
      "No bronchiectasis. No consolidation or ground-glass opacity. Heart size normal."),
     {PBT}),
    ("ewh-35", "en",
     ("Left lower lobe ground-glass opacity ? early consolidation ? aspiration. Large hiatal hernia "
      "containing fluid. No lymphadenopathy."),
     {OPA, CON, HH}),
    ("ewh-36", "en",
     ("Areas of decreased attenuation in both lower lobes with vessels of normal calibre are most in "
      "keeping with mosaic attenuation from air trapping; emphysema is less likely. "
      "Bronchial wall thickening in both lower lobes."),
     {MOS, PBT}),
    ("ewh-37", "en",
     ("The dependent soft tissue at the right base is most likely pleural thickening; a small pleural "
      "effusion is less likely but possible. Aortic valve prosthesis. No pulmonary nodule."),
     {PE, MM}),
    ("ewh-38", "en",
     ("A 3 mm subpleural focus in the right lower lobe is unlikely to represent a nodule and is most "
      "consistent with a vessel seen in cross-section. Coronary artery calcification. Cardiomegaly."),
     {CAC, CM}),
    ("ewh-39", "en",
     ("Pericardial effusion is doubtful; the pericardium is only mildly thickened. Coronary artery bypass "
      "grafts with surgical clips. Small left pleural effusion."),
     {MM, PE}),
    ("ewh-40", "en",
     ("The mild crowding of vessels at the left base is probably not atelectasis and rather reflects a "
      "shallow inspiration. Calcified mediastinal lymph nodes. Centrilobular emphysema."),
     {LN, EMP}),
    ("ewh-41", "en",
     ("Low suspicion for consolidation in the right lower lobe, where there is minimal ground-glass "
      "opacity. No lymphadenopathy. Bilateral breast implants."),
     {CON, OPA, MM}),
    ("ewh-42", "en",
     ("No convincing mediastinal or hilar lymphadenopathy. Biapical pleuroparenchymal scarring. "
      "Moderate hiatal hernia."),
     {FIB, HH}),
    ("ewh-43", "en",
     ("No definite bronchiectasis. Diffuse peribronchial thickening. Mosaic attenuation in both lungs, "
      "suggesting small airways disease."),
     {PBT, MOS}),
    ("ewh-44", "en",
     ("Patchy ground-glass opacities in both lower lobes without definite consolidation. "
      "Interlobular septal thickening. Cardiomegaly with a small pericardial effusion."),
     {OPA, IST, CM, PCE}),
    ("ewh-45", "en",
     ("Mild hyperlucency of the upper lobes, with a remote possibility of early emphysema, although "
      "technique is more likely responsible. Coronary artery calcification. Aortic calcification."),
     {EMP, CAC, AWC}),
    ("ewh-46", "en",
     ("A 3 mm focus in the left upper lobe cannot be confidently called a nodule on this motion-degraded "
      "study. Small right pleural effusion."),
     {NOD, PE}),
    ("ewh-47", "en",
     ("Consolidation in the right lower lobe. The mild airway dilatation within it is not thought to "
      "represent bronchiectasis given the surrounding consolidation. No pleural effusion."),
     {CON}),
    ("ewh-48", "en",
     ("The cardiac silhouette appears prominent on the scout image, but the CT measurements argue "
      "against cardiomegaly. Pacemaker generator in the left chest wall. No pericardial effusion."),
     {MM}),
    ("ewh-49", "en",
     ("No convincing consolidation or ground-glass opacity. No definite pulmonary nodule. Heart size is "
      "normal without pericardial effusion. No lymphadenopathy."),
     set()),
    ("ewh-50", "en",
     ("The lungs are clear. No pleural effusion. The mediastinal lymph nodes are within normal limits. "
      "The aorta is of normal calibre without calcification."),
     set()),
    ("ewh-51", "en",
     ("No definite emphysema and no bronchiectasis. A tiny focus in the right upper lobe is not thought "
      "to represent a nodule and is in keeping with a vessel. No pleural effusion."),
     set()),
    ("ewh-52", "en",
     ("Hiatal hernia is doubtful; the gastro-oesophageal junction lies at the hiatus. Heart size is "
      "normal. The lungs are clear."),
     set()),
    ("ewh-53", "en",
     ("Lung attenuation is homogeneous, which argues against mosaic attenuation. No airway wall "
      "thickening. No interlobular septal thickening."),
     set()),
    ("ewh-54", "en",
     ("Right middle lobe volume loss with a triangular collapsed segment; atelectasis is the leading "
      "consideration and consolidation is less likely. Small right pleural effusion."),
     {ATL, PE}),
    ("ewh-55", "en",
     ("Both lung bases show a fine polygonal pattern; interlobular septal thickening from early pulmonary "
      "oedema is a consideration. Cardiomegaly. Bilateral small pleural effusions."),
     {IST, CM, PE}),
    ("ewh-56", "en",
     ("Findings at the left base are equivocal for minor subsegmental atelectasis. Mild coronary artery "
      "calcification. No consolidation."),
     {ATL, CAC}),
    ("ewh-57", "en",
     ("A 14 mm soft-tissue structure in the aortopulmonary window, favoured to represent an enlarged "
      "lymph node. Emphysema. No pulmonary nodules."),
     {LN, EMP}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
