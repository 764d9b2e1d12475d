"""Probe: English cardiac CT / coronary CT angiography reports with their extracardiac (lung) findings
section, as cardiac imagers write them: coronary artery calcium score (Agatston 0 = no coronary
calcification), CAD-RADS categories and stenosis grading, coronary stents and bypass grafts, TAVR and
valve prostheses, valve and annular calcification (neither arterial wall nor coronary calcification),
aortic root measurements, pericardial effusion or thickening, cardiomegaly and chamber enlargement,
and incidental lung nodules, emphysema, hiatal hernia and lymph nodes; with hedges ("cannot be
excluded due to motion"), denials, resolved findings, recommendations and normal studies, plus
negative controls (non-calcified plaque, leaflet thickening, pericardial fat, pericardial cyst,
septal hypertrophy, masses over 3 cm). The reports were written for this file without looking at the
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
    ("ecc-01", "en",
     ("CORONARY CALCIUM SCORE: Total Agatston score 0. CORONARY CTA: No coronary plaque or stenosis. "
      "CAD-RADS 0. Cardiac chambers are normal in size. No pericardial effusion. "
      "EXTRACARDIAC FINDINGS: The visualized lungs are clear. No mediastinal or hilar lymphadenopathy."),
     set()),
    ("ecc-02", "en",
     ("Total Agatston score 412 (LAD 250, LCx 62, RCA 100), 88th percentile for age and sex. "
      "Mixed plaque in the proximal LAD causing 50-69% stenosis, CAD-RADS 3. Mild aortic valve calcification. "
      "Heart size is normal and there is no pericardial effusion. Extracardiac: 5 mm solid nodule in the "
      "right lower lobe; optional CT follow-up at 12 months per Fleischner guidelines."),
     {CAC, NOD}),
    ("ecc-03", "en",
     ("Status post CABG with LIMA to LAD and saphenous vein grafts to OM1 and PDA; all grafts are patent. "
      "Sternotomy wires and surgical clips are intact. Dense calcification of the native coronary arteries. "
      "Calcification of the ascending aorta and aortic arch. Mild cardiomegaly. No pericardial effusion."),
     {MM, CAC, AWC, CM}),
    ("ecc-04", "en",
     ("Stent in the mid RCA without evidence of in-stent restenosis, although assessment is limited by "
      "blooming artifact. Calcium scoring not performed given known stent. Mild calcified plaque in the "
      "proximal LAD with 25-49% stenosis, CAD-RADS 2/S. Extracardiac: centrilobular emphysema in both upper "
      "lobes. Small sliding hiatal hernia."),
     {MM, CAC, EMP, HH}),
    ("ecc-05", "en",
     ("Agatston score 0. No coronary artery calcification. Moderate to severe aortic valve calcification "
      "(aortic valve calcium score 1250 AU), suggestive of severe aortic stenosis; correlate with "
      "echocardiography. Mitral annular calcification. The aortic root measures 3.6 cm at the sinuses of "
      "Valsalva. Lungs are clear."),
     set()),
    ("ecc-06", "en",
     ("Moderate circumferential pericardial effusion measuring up to 18 mm, without CT signs of tamponade. "
      "Cardiac chambers are normal in size. Coronary calcium score is 0. Small bilateral pleural effusions "
      "with adjacent compressive atelectasis in the lower lobes."),
     {PCE, PE, ATL}),
    ("ecc-07", "en",
     ("The pericardium is diffusely thickened, up to 5 mm, with focal calcification over the right "
      "atrioventricular groove, raising concern for constrictive pericarditis in the appropriate clinical "
      "setting. Biatrial enlargement with dilated IVC and hepatic veins. No pleural effusion. "
      "Coronary arteries without calcification."),
     {PCE, CM}),
    ("ecc-08", "en",
     ("Study limited by motion artifact at the mid RCA; a stenosis in this segment cannot be excluded due to "
      "motion (CAD-RADS N). Remaining segments are free of plaque. Agatston score 0. No pericardial effusion. "
      "No pulmonary nodules. No hiatal hernia."),
     set()),
    ("ecc-09", "en",
     ("Calcium score: 3 Agatston units, from a single tiny focus in the proximal LAD. CAD-RADS 1 with minimal "
      "plaque. Normal left ventricular size. Lung windows: linear atelectasis in the lingula. "
      "No pleural effusion."),
     {CAC, ATL}),
    ("ecc-10", "en",
     ("Coronary artery calcium score 1,850. Severe diffuse coronary calcification; CAD-RADS 4A with severe "
      "stenosis of the proximal LAD. Calcified aortic arch and descending thoracic aorta. Paraseptal and "
      "centrilobular emphysema. Mediastinal lymph nodes measure up to 9 mm in short axis, below the threshold "
      "for pathologic enlargement."),
     {CAC, AWC, EMP, LN}),
    ("ecc-11", "en",
     ("No coronary artery calcification (Agatston 0). No pericardial effusion or thickening. No cardiomegaly. "
      "No hiatal hernia. No emphysema, nodule or consolidation in the imaged lungs. "
      "No mediastinal or hilar lymphadenopathy."),
     set()),
    ("ecc-12", "en",
     ("Compared with the CT of 3 months ago, the previously seen small pericardial effusion has resolved. "
      "Calcium score 45, with mild calcified plaque in the LCx. Heart is normal in size. The previously noted "
      "right middle lobe consolidation has resolved, leaving a minor residual fibrotic band."),
     {CAC, FIB}),
    ("ecc-13", "en",
     ("INDICATION: Atypical chest pain, rule out coronary artery disease. History of pericarditis and "
      "pericardial effusion. FINDINGS: Calcium score 0. CAD-RADS 0. The pericardium is normal in thickness "
      "without effusion. Dependent atelectasis in both lower lobes."),
     {ATL}),
    ("ecc-14", "en",
     ("TAVR planning CT. Heavily calcified trileaflet aortic valve. Aortic annulus perimeter 78 mm, area "
      "480 mm2. The aortic root and ascending aorta are not dilated. Extensive calcification of the abdominal "
      "aorta and iliofemoral arteries; minimal luminal diameter 6.5 mm in the right common femoral artery. "
      "Coronary artery calcification is noted. Lungs: 7 mm solid nodule in the right upper lobe."),
     {AWC, CAC, NOD}),
    ("ecc-15", "en",
     ("Status post TAVR with a balloon-expandable prosthesis in satisfactory position. Mild hypoattenuated "
      "leaflet thickening of one prosthetic leaflet. Pacemaker lead in the right ventricle. Cardiomegaly with "
      "left atrial enlargement. Small right pleural effusion."),
     {MM, CM, PE}),
    ("ecc-16", "en",
     ("Prominent epicardial and pericardial fat. No pericardial effusion. Coronary calcium score 0, "
      "CAD-RADS 0. Lungs clear."),
     set()),
    ("ecc-17", "en",
     ("Calcium score 0. However, there is non-calcified plaque in the proximal LAD causing 25-49% stenosis "
      "(CAD-RADS 2). No high-risk plaque features. Small hiatal hernia. No lung nodules."),
     {HH}),
    ("ecc-18", "en",
     ("Myocardial bridging of the mid LAD. Coronary arteries are otherwise normal, calcium score zero. "
      "Extracardiac: mild bronchial wall thickening in the lower lobes and mosaic attenuation, suggesting "
      "small airways disease."),
     {PBT, MOS}),
    ("ecc-19", "en",
     ("Agatston score 120, 70th percentile. Extracardiac: subpleural reticulation and mild honeycombing in "
      "the lung bases, possibly early fibrotic interstitial lung disease; recommend dedicated high-resolution "
      "chest CT."),
     {CAC, FIB}),
    ("ecc-20", "en",
     ("Cardiomegaly with a dilated left ventricle (end-diastolic diameter 65 mm). Small pericardial effusion. "
      "Bilateral pleural effusions, interlobular septal thickening and patchy ground-glass opacities "
      "consistent with pulmonary edema. Calcium score 0, favoring a nonischemic cardiomyopathy."),
     {CM, PCE, PE, IST, OPA}),
    ("ecc-21", "en",
     ("Agatston score of 0. Mild atherosclerotic calcification of the descending thoracic aorta. "
      "No valvular calcification. Scattered subcentimeter mediastinal lymph nodes, not enlarged."),
     {AWC}),
    ("ecc-22", "en",
     ("Patent stents in the proximal LAD and mid LCx. Moderate calcified plaque in the RCA with 50-69% "
      "stenosis. CAD-RADS 3/S. Incidental 2.1 cm spiculated mass in the right upper lobe, suspicious for "
      "malignancy; PET-CT recommended."),
     {MM, CAC, NOD}),
    ("ecc-23", "en",
     ("Calcium score 300. Extracardiac findings: 4.5 cm mass in the left upper lobe with enlarged left hilar "
      "and subcarinal lymph nodes (subcarinal node 18 mm short axis). No pleural effusion."),
     {CAC, LN}),
    ("ecc-24", "en",
     ("Trace pericardial effusion versus pericardial thickening, likely physiologic. Calcium score 0. "
      "Patchy consolidation in the posterior left lower lobe, possibly aspiration."),
     {PCE, CON}),
    ("ecc-25", "en",
     ("Coronary calcium score 12 (RCA only), CAD-RADS 1. Subtle ground-glass opacity in the right lower "
      "lobe; early pneumonia cannot be excluded. Heart size normal."),
     {OPA, CAC}),
    ("ecc-26", "en",
     ("Minimal (<25%) calcified plaque in the proximal LAD, CAD-RADS 1. Total Agatston 8. Heart size normal. "
      "A small hiatal hernia cannot be excluded. No pericardial effusion."),
     {CAC, HH}),
    ("ecc-27", "en",
     ("Agatston score: zero. Heart size within normal limits; no pericardial effusion. "
      "Possible mild centrilobular emphysema at the lung apices."),
     {EMP}),
    ("ecc-28", "en",
     ("Median sternotomy wires from prior aortic valve replacement; mechanical aortic valve prosthesis "
      "without paravalvular leak. Agatston score 0. Ascending aorta is aneurysmal at 4.3 cm."),
     {MM}),
    ("ecc-29", "en",
     ("Watchman device in the left atrial appendage, well seated, without peri-device leak. Mild cardiomegaly "
      "with an enlarged left atrium. Calcified plaques in the LAD without significant stenosis."),
     {MM, CM, CAC}),
    ("ecc-30", "en",
     ("Calcium score 0. Several subcentimeter pulmonary nodules in both lungs, the largest 6 mm in the left "
      "lower lobe. Bibasilar subsegmental atelectasis."),
     {NOD, ATL}),
    ("ecc-31", "en",
     ("Calcium score 560, above the 90th percentile. Aortic root dilated at 4.4 cm at the sinuses. "
      "Prominent right lower paratracheal lymph node measuring 11 mm."),
     {LN, CAC}),
    ("ecc-32", "en",
     ("CAD-RADS 0. Extracardiac: cylindrical bronchiectasis in the right middle lobe and lingula with "
      "bronchial wall thickening. Tree-in-bud nodularity in the right middle lobe."),
     {BRX, PBT}),
    ("ecc-33", "en",
     ("Patient reports prior PCI of the LAD; however, no coronary stent is identified on this examination, "
      "suggesting balloon angioplasty only. Calcium score 95. No pericardial effusion."),
     {CAC}),
    ("ecc-34", "en",
     ("Mixed plaque in the proximal LAD with severe (70-99%) stenosis, CAD-RADS 4A. Invasive coronary "
      "angiography with possible stent placement is recommended. Lungs are clear."),
     {CAC}),
    ("ecc-35", "en",
     ("Dual-chamber ICD with leads in the right atrium and right ventricle. Cardiomegaly. Calcified coronary "
      "arteries. Small pericardial effusion. Emphysema."),
     {MM, CM, CAC, PCE, EMP}),
    ("ecc-36", "en",
     ("Heart size normal, no pericardial effusion. Coronary artery calcium score 0. CAD-RADS 0. "
      "Lungs and mediastinum are unremarkable within the field of view."),
     set()),
    ("ecc-37", "en",
     ("Pre-ablation pulmonary vein CT. Four pulmonary veins with normal drainage and no pulmonary vein "
      "stenosis. No left atrial appendage thrombus. The left atrium is moderately enlarged (volume 130 mL). "
      "The esophagus lies posterior to the left atrium. Small hiatal hernia."),
     {CM, HH}),
    ("ecc-38", "en",
     ("Main pulmonary artery enlarged at 3.4 cm, suggesting pulmonary hypertension. Mosaic attenuation of the "
      "lung parenchyma. Calcium score 0."),
     {MOS}),
    ("ecc-39", "en",
     ("No coronary calcium. Dense consolidation with air bronchograms in the left lower lobe, likely "
      "pneumonia, with a small parapneumonic pleural effusion."),
     {CON, PE}),
    ("ecc-40", "en",
     ("Severe motion artifact degrades the calcium scoring images; a small amount of calcification in the "
      "LCx cannot be excluded due to motion. The CTA is nondiagnostic for stenosis. Lungs are clear."),
     {CAC}),
    ("ecc-41", "en",
     ("Aortic root: sinuses of Valsalva 4.1 cm, mildly dilated, with annuloaortic ectasia. No aortic wall "
      "calcification. Bicuspid aortic valve with mild calcification of the raphe. Coronary calcium score 0."),
     set()),
    ("ecc-42", "en",
     ("Ectatic RCA without calcification or stenosis; calcium score 0. Small mediastinal lymph nodes "
      "measuring up to 7 mm."),
     {LN}),
    ("ecc-43", "en",
     ("Coronary artery bypass grafts: the LIMA to LAD is patent; the SVG to the RCA is occluded. Dense "
      "calcification of the aortic arch. Linear scarring at the left lung base."),
     {MM, AWC, FIB}),
    ("ecc-44", "en",
     ("Calcium score 0. Extracardiac: peripheral ground-glass opacities and reticulation in the lower lobes, "
      "suggestive of NSIP; clinical correlation recommended."),
     {OPA, FIB}),
    ("ecc-45", "en",
     ("Calcium score 210. Heart size at the upper limits of normal. Smooth interlobular septal thickening at "
      "the lung bases, possibly mild interstitial edema."),
     {IST, CAC}),
    ("ecc-46", "en",
     ("A 3 cm fluid-attenuation pericardial cyst at the right cardiophrenic angle. No pericardial effusion. "
      "Calcium score 0."),
     set()),
    ("ecc-47", "en",
     ("Bilateral breast implants. Agatston score 0. Mild emphysema in the upper lobes."),
     {MM, EMP}),
    ("ecc-48", "en",
     ("Calcium score 17. Large hiatal hernia with intrathoracic stomach, causing compressive atelectasis of "
      "the adjacent left lower lobe."),
     {HH, ATL, CAC}),
    ("ecc-49", "en",
     ("Left ventricular hypertrophy with septal thickness of 16 mm; no left ventricular dilatation. "
      "Calcium score 0. Minor right apical pleuroparenchymal scarring."),
     {FIB}),
    ("ecc-50", "en",
     ("Calcium score has increased from 0 in 2019 to 24 on the current study. The previously described 5 mm "
      "nodule in the right upper lobe is no longer seen."),
     {CAC}),
    ("ecc-51", "en",
     ("Mild coronary calcification. Enlarged bilateral hilar and mediastinal lymph nodes with perilymphatic "
      "pulmonary nodules, suggestive of sarcoidosis."),
     {CAC, LN, NOD}),
    ("ecc-52", "en",
     ("Coronary arteries are smooth without plaque or calcification. Thoracic aorta of normal caliber "
      "without calcification. No pleural or pericardial effusion. No hiatal hernia. "
      "No suspicious pulmonary nodules."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
