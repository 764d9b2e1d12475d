"""Probe: English chest CT reports after cardiac surgery and with cardiac devices: CABG (sternotomy
wires, surgical clips, graft ring markers), mechanical and bioprosthetic aortic/mitral valves, TAVI,
LVAD, pacemakers, ICDs and CRT devices with leads, left atrial appendage occluders, aortic root/
ascending aortic grafts, post-operative pericardial effusion and haematoma, post-operative pleural
effusions, sternal dehiscence, mediastinal fluid collections, post-operative atelectasis, calcific
constrictive pericarditis, coronary calcification in native vessels versus grafts. Negative controls:
removed epicardial pacing wires and drains, "no pericardial effusion", valve leaflet and mitral annular
calcification (not arterial wall calcification), generator pocket and retrosternal collections (not
pericardial), residual pleural thickening after a drained effusion. The reports were written for this
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
    ("ecs-01", "en",
     ("Status post median sternotomy with seven intact sternal cerclage wires. Surgical clips along the "
      "left internal mammary harvest bed. Dense calcification of the native LAD and circumflex arteries. "
      "Small bilateral pleural effusions with compressive atelectasis of both lower lobes. "
      "No pericardial effusion. Heart size within normal limits."),
     {MM, CAC, PE, ATL}),
    ("ecs-02", "en",
     ("Mechanical aortic valve prosthesis in situ, well seated, with streak artefact limiting assessment "
      "of the aortic root. Ascending aorta 38 mm. Mild cardiomegaly. Calcified atherosclerotic plaque in "
      "the aortic arch and descending thoracic aorta. Lungs are clear. No pleural or pericardial effusion."),
     {MM, CM, AWC}),
    ("ecs-03", "en",
     ("Transcatheter aortic valve implantation: the stent frame is in a satisfactory position with the "
      "heavily calcified native leaflets displaced against the sinuses. Moderate mitral annular "
      "calcification. The thoracic aorta is of normal calibre with no mural calcification. No coronary "
      "artery calcification is identified. 5 mm solid nodule in the right upper lobe, unchanged since 2021."),
     {MM, NOD}),
    ("ecs-04", "en",
     ("HeartMate 3 left ventricular assist device with the inflow cannula at the LV apex and the outflow "
      "graft anastomosed to the ascending aorta. Single-chamber ICD, lead tip at the RV apex. Marked "
      "cardiomegaly. Small anterior pericardial effusion, similar to prior. Small bilateral pleural "
      "effusions, right greater than left. Smooth interlobular septal thickening in the lower lobes in "
      "keeping with mild interstitial oedema."),
     {MM, CM, PCE, PE, IST}),
    ("ecs-05", "en",
     ("Dual-chamber pacemaker in a left prepectoral pocket with leads terminating in the right atrial "
      "appendage and the right ventricular apex; no evidence of lead perforation. The heart is not "
      "enlarged. No pericardial effusion. Mild centrilobular emphysema in both upper lobes."),
     {MM, EMP}),
    ("ecs-06", "en",
     ("Follow-up after removal of all sternal wires for chronic sternal osteomyelitis. No residual wires "
      "or other foreign material. The temporary epicardial pacing wires seen on the previous study have "
      "been removed. Mild irregularity of the sternal margins without fluid collection. No pericardial "
      "effusion. The lungs are clear. No pleural effusion."),
     set()),
    ("ecs-07", "en",
     ("Day 5 after CABG x3. Heterogeneous high-attenuation pericardial collection up to 18 mm thick along "
      "the right atrium, consistent with haematoma, with mild mass effect on the right atrium. The "
      "mediastinal drains have been removed. Sternotomy wires intact. Moderate left pleural effusion with "
      "passive atelectasis of the left lower lobe. Small right pleural effusion."),
     {PCE, MM, PE, ATL}),
    ("ecs-08", "en",
     ("Sternal dehiscence: 6 mm diastasis between the sternal halves, with two fractured and displaced "
      "cerclage wires. Retrosternal fluid collection measuring 4 x 2 cm with rim enhancement, suspicious "
      "for mediastinitis. The pericardium is not involved and there is no pericardial effusion. "
      "Bibasal subsegmental atelectasis."),
     {MM, ATL}),
    ("ecs-09", "en",
     ("Status post Bentall procedure with a composite valved graft; no perigraft fluid or pseudoaneurysm "
      "at the reimplanted coronary buttons. Atherosclerotic calcification of the native aortic arch "
      "distal to the graft. Scattered calcification of the proximal right coronary artery. "
      "Linear scarring in the lingula."),
     {MM, AWC, CAC, FIB}),
    ("ecs-10", "en",
     ("Watchman left atrial appendage occluder in expected position. Cardiomegaly with marked left atrial "
      "enlargement. Coronary calcification in the LAD. Trace pericardial fluid. No pleural effusion. "
      "No mediastinal or hilar lymphadenopathy."),
     {MM, CM, CAC, PCE}),
    ("ecs-11", "en",
     ("Diffuse pericardial thickening up to 6 mm with coarse calcification along the atrioventricular "
      "grooves and the diaphragmatic surface of the heart, in keeping with calcific constrictive "
      "pericarditis. Dilated IVC and hepatic veins. Bilateral pleural effusions. No pericardial fluid."),
     {PCE, PE}),
    ("ecs-12", "en",
     ("Bioprosthetic mitral valve and tricuspid annuloplasty ring in situ. Biatrial enlargement with "
      "cardiomegaly. The left pleural effusion on the early postoperative scan has resolved, with "
      "residual plate-like atelectasis in the left lower lobe. No pericardial effusion."),
     {MM, CM, ATL}),
    ("ecs-13", "en",
     ("The pericardial effusion seen 2 weeks after surgery has resolved. Sternal wires and mitral "
      "annuloplasty ring unchanged. No pleural effusion. The lungs are clear apart from a thin band of "
      "subsegmental atelectasis in the middle lobe."),
     {MM, ATL}),
    ("ecs-14", "en",
     ("CRT-D device with leads in the right atrium, right ventricle and a lateral coronary sinus tributary. "
      "Cardiomegaly. Calcification of the aortic valve leaflets; no calcification of the thoracic aortic "
      "wall. No coronary artery calcification. Mild bronchial wall thickening in both lower lobes."),
     {MM, CM, PBT}),
    ("ecs-15", "en",
     ("Indication: work-up before planned CABG. No sternotomy wires or cardiac devices. Heart size normal. "
      "Extensive calcification of the LAD, circumflex and RCA. No pericardial effusion. Thoracic aorta of "
      "normal calibre. Lungs clear. No pleural effusion. No lymphadenopathy."),
     {CAC}),
    ("ecs-16", "en",
     ("Clinical question: pericardial effusion after valve surgery? Answer: no pericardial effusion. "
      "Bioprosthetic aortic valve in good position. Small left pleural effusion with adjacent "
      "basal atelectasis."),
     {MM, PE, ATL}),
    ("ecs-17", "en",
     ("Possible small pericardial haematoma adjacent to the right ventricular outflow tract, difficult "
      "to separate from postoperative fat stranding. Epicardial pacing wires still in place. Sternotomy "
      "wires. Right-sided chest drain with a small residual apical pneumothorax. Patchy consolidation in "
      "the left lower lobe, atelectasis versus pneumonia."),
     {PCE, MM, CON, ATL}),
    ("ecs-18", "en",
     ("Prior CABG with a saphenous vein graft to the obtuse marginal branch; graft ring markers at the "
      "proximal aortic anastomosis. Stents in the proximal LAD and RCA with extensive calcification of the "
      "native coronary arteries. Calcified plaques in the aortic arch. Paraseptal emphysema in the upper lobes."),
     {MM, CAC, AWC, EMP}),
    ("ecs-19", "en",
     ("Previous CABG. The native coronary arteries are heavily calcified; the vein grafts themselves show "
      "no calcification and opacify normally. Sternal wires intact. No pericardial or pleural effusion. "
      "Small hiatus hernia."),
     {CAC, MM, HH}),
    ("ecs-20", "en",
     ("Post aortic valve replacement. Calcification of the bioprosthetic leaflets in keeping with "
      "structural valve degeneration. The aorta shows no wall calcification. No coronary calcification. "
      "Heart not enlarged. No pleural effusion. Lungs clear."),
     {MM}),
    ("ecs-21", "en",
     ("Left pectoral pacemaker generator with a moderate pocket haematoma measuring 5 cm. Leads in "
      "satisfactory position. No pericardial effusion to suggest lead perforation. Lungs clear."),
     {MM}),
    ("ecs-22", "en",
     ("Six weeks after mitral valve repair. Residual smooth pleural thickening at the left base following "
      "the drained postoperative effusion; no pleural fluid now. Annuloplasty ring and sternal wires in "
      "situ. Normal heart size. Pericardium unremarkable."),
     {MM}),
    ("ecs-23", "en",
     ("Ascending aortic interposition graft following repair of type A dissection, with felt strips at the "
      "anastomoses. Residual dissection flap in the descending aorta with a thrombosed false lumen. "
      "Mural calcification of the descending aorta. Small left pleural effusion. Bilateral lower lobe "
      "atelectasis. Mediastinal lymph nodes up to 9 mm short axis, likely reactive."),
     {MM, AWC, PE, ATL, LN}),
    ("ecs-24", "en",
     ("Pacemaker leads traverse the left brachiocephalic vein; the generator is in the left infraclavicular "
      "region. Ground-glass opacities in both lungs with a perihilar predominance and septal thickening, "
      "suggestive of pulmonary oedema. Moderate bilateral pleural effusions. Cardiomegaly. "
      "No pericardial effusion."),
     {MM, OPA, IST, PE, CM}),
    ("ecs-25", "en",
     ("Postoperative day 2 after aortic valve replacement. Small amount of fluid and gas in the anterior "
      "mediastinum, expected postoperatively. Two mediastinal drains and a pericardial drain in place. "
      "Thin rim of pericardial fluid. Dependent densities in both lower lobes. Bilateral small effusions."),
     {MM, PCE, OPA, PE}),
    ("ecs-26", "en",
     ("No cardiac device. No evidence of previous cardiac surgery. Normal heart size without pericardial "
      "effusion. No coronary or aortic calcification. Lungs are clear without nodules or consolidation. "
      "No pleural effusion. No hiatus hernia."),
     set()),
    ("ecs-27", "en",
     ("S/p MitraClip. Mitral annular calcification. Coronary artery calcification involving the left "
      "main and LAD. Enlarged heart. Trace left pleural fluid cannot be excluded. Mild emphysema."),
     {MM, CAC, CM, PE, EMP}),
    ("ecs-28", "en",
     ("LVAD in situ with the driveline exiting the right upper abdominal wall. Fluid collection along "
      "the outflow graft measuring 2 cm, which may represent seroma or infection. The heart remains "
      "enlarged. No pericardial effusion. Bilateral dependent atelectasis."),
     {MM, CM, ATL}),
    ("ecs-29", "en",
     ("Subcutaneous ICD with the parasternal lead to the left of the sternum. No transvenous leads. "
      "Heart size normal. No pericardial effusion. No pleural effusion. Lung fields clear."),
     {MM}),
    ("ecs-30", "en",
     ("The previously described postoperative pericardial effusion is much reduced, now a small residual "
      "collection of 6 mm along the inferior wall. The left pleural effusion has resolved completely. "
      "Sternotomy wires unchanged. Clips along the left internal mammary graft."),
     {PCE, MM}),
    ("ecs-31", "en",
     ("Temporary epicardial pacing wires removed since the last study. No pericardial effusion. "
      "Calcification of the aortic valve and mitral annulus. The thoracic aorta is not calcified. "
      "Coronary arteries free of calcification. Lungs and pleura normal."),
     set()),
    ("ecs-32", "en",
     ("Post CABG. Sternal wires intact and no sternal dehiscence. Surgical clips in the anterior "
      "mediastinum. Pericardial thickening of 4 mm with a small amount of fluid, post-pericardiotomy "
      "syndrome cannot be excluded. Left lower lobe consolidation with air bronchograms. "
      "Small left pleural effusion."),
     {MM, PCE, CON, PE}),
    ("ecs-33", "en",
     ("Moderate-to-large pericardial effusion measuring up to 25 mm circumferentially, increased since "
      "surgery, without features of tamponade on CT. Mechanical mitral valve prosthesis. Cardiomegaly. "
      "No pleural effusion. Mild bilateral lower lobe bronchiectasis."),
     {PCE, MM, CM, BRX}),
    ("ecs-34", "en",
     ("Status post heart transplantation. Sternal wires. Normal heart size. No pericardial effusion. "
      "Mosaic attenuation of the lungs with air trapping on expiration. Mild bronchial wall thickening. "
      "No consolidation."),
     {MM, MOS, PBT}),
    ("ecs-35", "en",
     ("ICD lead fracture suspected at the costoclavicular space. Dual-coil ICD lead in the RV. "
      "Cardiomegaly. Calcified plaques of the descending aorta and the origins of the supra-aortic "
      "vessels. Coronary calcifications. Pleural spaces clear."),
     {MM, CM, AWC, CAC}),
    ("ecs-36", "en",
     ("Right mini-thoracotomy mitral valve repair with annuloplasty ring. No sternotomy. Right pleural "
      "effusion, moderate, with rounded atelectasis of the right lower lobe. Ground-glass opacity in the "
      "right upper lobe, possibly re-expansion oedema. No pericardial effusion."),
     {MM, PE, ATL, OPA}),
    ("ecs-37", "en",
     ("Sternotomy wires and clips. The atelectasis seen postoperatively has resolved. No pleural "
      "effusion. No pericardial effusion. Fibrotic band in the left lower lobe. "
      "Mediastinal lymph nodes are not enlarged."),
     {MM, FIB}),
    ("ecs-38", "en",
     ("Prosthetic aortic valve and aortic root graft. The native coronary arteries were reimplanted. "
      "The sternum has healed. No collection in the mediastinum. Solid pulmonary nodule of 8 mm in the "
      "left lower lobe, new. Mild cardiomegaly."),
     {MM, NOD, CM}),
    ("ecs-39", "en",
     ("Bioprosthetic aortic valve with a TAVI valve-in-valve. Calcified annulus. Small hiatal hernia. "
      "Subpleural reticulation and honeycombing at both lung bases with traction bronchiectasis, UIP "
      "pattern. No pleural effusion."),
     {MM, HH, FIB, BRX}),
    ("ecs-40", "en",
     ("The previously noted pericardial haematoma has resolved. The chest drains have been removed. "
      "Sternal wires in place. Calcification of the LIMA-LAD anastomosis region and the native RCA. "
      "Plate-like atelectasis at both lung bases."),
     {MM, CAC, ATL}),
    ("ecs-41", "en",
     ("Leadless pacemaker (Micra) in the right ventricular septum. No transvenous leads. Heart size "
      "at the upper limit of normal. No pericardial effusion. Aortic calcification. Scattered tiny "
      "pulmonary nodules, the largest 3 mm."),
     {MM, AWC, NOD}),
    ("ecs-42", "en",
     ("Pericardial calcification along the right ventricle without thickening or effusion; no signs of "
      "constriction. No pleural effusion. The lungs are clear. No cardiac device."),
     set()),
    ("ecs-43", "en",
     ("3 weeks after aortic valve replacement and CABG. Large left pleural effusion with complete "
      "collapse of the left lower lobe. No pericardial effusion. Sternal wires intact. Mediastinal "
      "fluid in the prevascular space, 3 cm, likely postoperative seroma."),
     {PE, ATL, MM}),
    ("ecs-44", "en",
     ("Pacemaker with a single atrial lead. The heart is markedly enlarged. Pericardial effusion not "
      "present. Enlarged subcarinal lymph node of 14 mm. Consolidation with surrounding ground-glass in "
      "the right lower lobe."),
     {MM, CM, LN, CON, OPA}),
    ("ecs-45", "en",
     ("Follow-up after pericardiectomy for constrictive pericarditis. No residual pericardial thickening "
      "or calcification. Sternal wires. Small bilateral pleural effusions. Bibasal atelectasis."),
     {MM, PE, ATL}),
    ("ecs-46", "en",
     ("Post CABG. Sternal wires. Small pericardial effusion suspected. Coronary artery calcifications "
      "of the native vessels. Emphysema. Interlobular septal thickening at the bases. "
      "Left pleural effusion cannot be ruled out."),
     {MM, PCE, CAC, EMP, IST, PE}),
    ("ecs-47", "en",
     ("Mitral valve prosthesis (mechanical). Left atrial appendage clip. No intracardiac thrombus "
      "assessed on this non-gated scan. Pleural effusion: none. Pericardium: normal. Lungs: normal. "
      "Heart: normal size."),
     {MM}),
    ("ecs-48", "en",
     ("Chest CT 4 days after sternotomy for ascending aortic replacement. Epicardial pacing wires and "
      "two mediastinal drains in situ. Haemopericardium with a 12 mm collection. Bilateral pleural "
      "effusions with lower lobe atelectasis. Calcification of the aortic arch beyond the graft."),
     {MM, PCE, PE, ATL, AWC}),
    ("ecs-49", "en",
     ("No pleural effusion. No pericardial effusion. No atelectasis. Prior sternotomy with intact "
      "wires. Aortic valve calcification with no aortic wall calcification. No coronary calcium."),
     {MM}),
    ("ecs-50", "en",
     ("TAVI prosthesis. Cardiomegaly. Heavy coronary calcification. Calcified aortic arch and "
      "descending aorta. Small right pleural effusion, decreased. Mild centrilobular emphysema. "
      "Bronchial wall thickening."),
     {MM, CM, CAC, AWC, PE, EMP, PBT}),
    ("ecs-51", "en",
     ("The ICD has been explanted and the leads extracted. No residual lead fragments. Heart size "
      "normal. No pericardial effusion. The lungs are clear."),
     set()),
    ("ecs-52", "en",
     ("Post-sternotomy. Wires intact. No pericardial effusion or haematoma. Bilateral pleural "
      "effusions have resolved. Linear atelectasis in the lingula. Coronary calcification."),
     {MM, ATL, CAC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ecs-49", AWC): "'Aortic valve calcification with no aortic wall calcification': the valve exclusion yields to the aorta named within 30 characters after it",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
