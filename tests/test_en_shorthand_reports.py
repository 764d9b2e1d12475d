"""Clinical-shorthand chest CT reports (English).

- abbreviations: s/p, h/o, w/, w/o, c/w, r/o, ?, +/-, x2, b/l, bilat, nl, RUL/RML/RLL/LUL/LLL, GGO
- "PE" meaning pulmonary embolism ("No PE." in a CTA report is not a pleural finding)
- "LAD" meaning lymphadenopathy vs the left anterior descending artery
- "effusion" alone under a PLEURA or PERICARDIUM heading
- Lines/tubes sections, CABG only in the history vs sternotomy wires seen
- follow-up wording: Stable, Unchanged from prior, Again seen, Redemonstrated,
  Interval development of, Interval resolution of
- Addendum that corrects a finding away or adds one; findings only in the clinical history
- negative checklists ("Nodules: none."), "Otherwise unremarkable", numbered impressions
- pulmonary emphysema vs subcutaneous emphysema; hedges (?, r/o, vs) in the findings

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("sh-01", "en",
     "Clinical history: SOB, r/o PE.\nTechnique: CTA chest w/ IV contrast.\nComparison: None.\n"
     "Findings: No PE. Heart size nl. No pericardial effusion. No pleural effusion. Lungs clear. No LAD.\n"
     "Impression: No PE. No acute cardiopulmonary process.",
     set()),
    ("sh-02", "en",
     "Clinical history: CP, tachycardia, r/o PE.\nTechnique: CTA chest, PE protocol.\n"
     "Findings: Filling defects in RLL segmental and subsegmental PAs c/w acute PE. RV/LV ratio <1. "
     "No pleural effusion. Wedge-shaped peripheral opacity RLL, ?infarct.\n"
     "Impression:\n1. Acute R PE, no right heart strain.\n2. RLL peripheral opacity, ?early infarct.",
     {OPA}),
    ("sh-03", "en",
     "Clinical history: h/o CAD s/p CABG x3.\n"
     "Findings: Median sternotomy wires and mediastinal surgical clips. Dense CAC involving the LAD and RCA. "
     "Mild calcified atherosclerosis of the aortic arch. Heart mildly enlarged. No pericardial effusion. "
     "Lungs: mild centrilobular emphysema, upper lobe predominant. No nodules.\n"
     "Impression: s/p CABG. Cardiomegaly. Emphysema.",
     {MM, CAC, AWC, CM, EMP}),
    ("sh-04", "en",
     "Clinical history: h/o CABG, now w/ cough.\n"
     "Findings: Lungs: mild bibasilar dependent atelectasis. No consolidation. No effusion.\n"
     "Mediastinum: no LAD.\n"
     "Impression: No acute cardiopulmonary process. Mild bibasilar atelectasis.",
     {ATL}),
    ("sh-05", "en",
     "Lines/tubes: ETT 3 cm above carina. R IJ CVC tip at cavoatrial junction. NGT tip in stomach.\n"
     "Lungs: Dense consolidation LLL w/ air bronchograms. Patchy GGO RUL. Mod L pleural effusion, small R.\n"
     "Heart: nl size. No pericardial effusion.\n"
     "Impression:\n1. LLL consolidation c/w PNA.\n2. Bilat effusions L>R.\n3. Support devices as above.",
     {MM, CON, OPA, PE}),
    ("sh-06", "en",
     "PLEURA: Small R effusion. No pneumothorax.\n"
     "LUNGS: Compressive atelectasis RLL adjacent to the effusion. No nodules.\n"
     "HEART: nl.\n"
     "IMPRESSION: Small R effusion w/ adjacent atelectasis.",
     {PE, ATL}),
    ("sh-07", "en",
     "HEART: Mild cardiomegaly.\nPERICARDIUM: Small effusion, no tamponade physiology.\n"
     "PLEURA: No effusion.\n"
     "LUNGS: Mild interlobular septal thickening b/l, c/w interstitial edema. Patchy GGO b/l.\n"
     "IMPRESSION:\n1. Cardiomegaly w/ small pericardial effusion.\n2. Mild interstitial edema.",
     {CM, PCE, IST, OPA}),
    ("sh-08", "en",
     "Technique: Low-dose CT chest, lung cancer screening.\n"
     "Findings: Nodules: none. Effusion: none. Adenopathy: none. Emphysema: none. Consolidation: none. "
     "Hiatal hernia: none. Coronary calcification: none. Airways: patent, no bronchial wall thickening.\n"
     "Impression: Lung-RADS 1. Otherwise unremarkable.",
     set()),
    ("sh-09", "en",
     "Comparison: CT 6/2022.\n"
     "Findings: Again seen 6 mm solid nodule RUL, unchanged. Stable 4 mm LLL nodule. No new nodules. "
     "No LAD. No effusion.\n"
     "Impression: Stable RUL and LLL nodules since 6/2022, likely benign.",
     {NOD}),
    ("sh-10", "en",
     "Findings: 5 mm RLL nodule. Lungs otherwise clear. No effusion.\n"
     "Impression: 5 mm RLL nodule, f/u per Fleischner.\n"
     "Addendum: On review of MIP images the RLL 'nodule' represents a vessel seen end-on. "
     "No pulmonary nodule.",
     set()),
    ("sh-11", "en",
     "Findings: Lungs clear. No effusion. Heart nl.\n"
     "Impression: No acute cardiopulmonary process.\n"
     "Addendum: Small hiatal hernia, omitted from the original report.",
     {HH}),
    ("sh-12", "en",
     "Clinical history: s/p L chest tube.\nLines/tubes: L chest tube w/ tip at the apex.\n"
     "Findings: Small residual L apical pneumothorax. Subcutaneous emphysema along the L lateral chest wall. "
     "Lungs w/o consolidation. No effusion.\n"
     "Impression: Small L PTX w/ chest tube in place. L chest wall subcutaneous emphysema.",
     {MM}),
    ("sh-13", "en",
     "Clinical history: fall, rib fx.\n"
     "Findings: Acute nondisplaced fx R 5th-7th ribs. Subcutaneous emphysema R lateral chest wall. No PTX. "
     "Lungs: mod centrilobular and paraseptal emphysema, upper lobe predominant. No consolidation.\n"
     "Impression: R rib fx w/ subcutaneous emphysema. Emphysema.",
     {EMP}),
    ("sh-14", "en",
     "Comparison: CT 3/1/2024 (RML PNA).\n"
     "Findings: Interval resolution of RML consolidation and of the previously seen small L effusion. "
     "Minimal residual linear scarring RML. No new opacities.\n"
     "Impression: Resolved RML PNA w/ minimal residual scar.",
     {FIB}),
    ("sh-15", "en",
     "Comparison: 1 mo prior.\n"
     "Findings: Interval development of a mod R pleural effusion w/ RLL passive atelectasis. "
     "New mediastinal LAD, largest R paratracheal node 1.8 cm. Heart nl size.\n"
     "Impression:\n1. New mod R effusion, RLL passive atelectasis.\n2. New mediastinal LAD.",
     {PE, ATL, LN}),
    ("sh-16", "en",
     "Clinical history: chest pain.\nTechnique: CT chest w/ contrast.\n"
     "Findings:\nHeart: nl size. Calcified plaque in the proximal LAD and LCx. No pericardial effusion.\n"
     "Mediastinum: no pathologically enlarged lymph nodes.\nAorta: nl caliber, no calcification.\n"
     "Lungs: clear.\n"
     "Impression: Coronary calcification (LAD, LCx). Otherwise unremarkable.",
     {CAC}),
    ("sh-17", "en",
     "Clinical history: hemoptysis, 40 pk-yr smoker.\n"
     "Findings: 3.2 cm spiculated RUL mass. Bulky mediastinal and R hilar LAD, largest subcarinal 2.4 cm. "
     "No coronary calcification. No effusion.\n"
     "Impression: RUL mass w/ mediastinal/hilar LAD, c/w primary lung ca.",
     {NOD, LN}),
    ("sh-18", "en",
     "Clinical history: h/o L pleural effusion s/p thoracentesis, f/u.\nComparison: CT 2 mo prior.\n"
     "Findings: Interval resolution of L effusion. Lungs clear. No LAD.\n"
     "Impression: Resolved L effusion. No acute cardiopulmonary process.",
     set()),
    ("sh-19", "en",
     "Clinical history: Fever, r/o PNA. H/o hiatal hernia.\n"
     "Findings: No consolidation or GGO. No effusion. Heart nl. Otherwise unremarkable.\n"
     "Impression: No evidence of PNA.",
     set()),
    ("sh-20", "en",
     "Clinical history: cough.\n"
     "Findings: Patchy opacity RLL; r/o developing consolidation vs atelectasis. No effusion.\n"
     "Impression: RLL opacity, ?early PNA vs atelectasis. Suggest f/u.",
     {OPA, CON, ATL}),
    ("sh-21", "en",
     "Findings: Heart nl. ?Small sliding hiatal hernia. Mild bronchial wall thickening b/l lower lobes. "
     "No bronchiectasis. Lungs otherwise clear.\n"
     "Impression:\n1. Mild bronchial wall thickening, c/w bronchitis.\n2. ?Small hiatal hernia.",
     {HH, PBT}),
    ("sh-22", "en",
     "Clinical history: chronic cough, h/o asthma.\nTechnique: Insp/exp HRCT.\n"
     "Findings: Mild cylindrical bronchiectasis b/l lower lobes +/- mucoid impaction. Diffuse bronchial "
     "wall thickening. Mosaic attenuation w/ air trapping on expiratory images.\n"
     "Impression: Bronchiectasis, bronchial wall thickening and air trapping, c/w small airways dz.",
     {BRX, PBT, MOS}),
    ("sh-23", "en",
     "Clinical history: ILD f/u.\nTechnique: HRCT w/ prone and expiratory images.\n"
     "Findings: Subpleural fibrosis w/ traction bronchiectasis and honeycombing b/l lower lobes, basal "
     "predominant, c/w UIP. No GGO. No mosaic attenuation or air trapping on expiratory images. No effusion.\n"
     "Impression: UIP pattern fibrosis, progressed from prior.",
     {FIB, BRX}),
    ("sh-24", "en",
     "Clinical history: SOB, h/o CHF.\n"
     "Findings: Cardiomegaly. Small b/l pleural effusions. Smooth interlobular septal thickening b/l and "
     "patchy GGO, c/w pulmonary edema. No pericardial effusion.\n"
     "Impression: CHF w/ interstitial edema and b/l effusions.",
     {CM, PE, IST, OPA}),
    ("sh-25", "en",
     "Comparison: 1 wk prior.\n"
     "Findings: Stable crazy-paving pattern LLL: GGO w/ superimposed interlobular septal thickening. "
     "No consolidation. No effusion.\n"
     "Impression: Stable LLL crazy paving, ddx infection vs edema.",
     {OPA, IST}),
    ("sh-26", "en",
     "Clinical history: CAD, preop.\n"
     "Findings: Heart: nl size. Coronaries: dense 3-vessel calcification (LM, LAD, LCx, RCA). "
     "Aorta: atherosclerotic calcifications of the arch and descending aorta; ascending aorta 4.1 cm, ectatic. "
     "Lungs clear.\n"
     "Impression:\n1. Severe CAC.\n2. Aortic atherosclerosis.\n3. Ectatic asc aorta.",
     {CAC, AWC}),
    ("sh-27", "en",
     "Findings: Dual-chamber pacemaker w/ leads in RA and RV. Cardiomegaly. Mild pericardial thickening, "
     "no effusion. No pleural effusion. Lungs clear.\n"
     "Impression: Cardiomegaly. Pacemaker in place.",
     {MM, CM, PCE}),
    ("sh-28", "en",
     "Clinical history: s/p TAVR.\n"
     "Findings: Transcatheter aortic valve prosthesis in place. LAD stent. Calcification of the descending "
     "thoracic aorta. Heart nl size. Lungs clear.\n"
     "Impression: Postprocedural changes. Aortic atherosclerosis.",
     {MM, AWC}),
    ("sh-29", "en",
     "Clinical history: L breast ca s/p mastectomy and XRT.\n"
     "Findings: R chest wall port w/ catheter tip at cavoatrial junction. Surgical clips L axilla. "
     "No axillary or mediastinal LAD. Radiation fibrosis anterior LUL. No nodules.\n"
     "Impression: No evidence of metastatic disease. Post-radiation fibrosis LUL.",
     {MM, FIB}),
    ("sh-30", "en",
     "Comparison: 2021.\n"
     "Findings: Unchanged from prior: b/l upper lobe fibrotic bands and traction bronchiectasis; paraseptal "
     "emphysema. No new nodules. No effusion.\n"
     "Impression: Stable chronic changes. No acute cardiopulmonary process.",
     {FIB, BRX, EMP}),
    ("sh-31", "en",
     "Comparison: 1/2023.\n"
     "Findings: Redemonstrated large hiatal hernia w/ intrathoracic stomach. Redemonstrated mosaic "
     "attenuation b/l, likely small airways dz. No nodules. No effusion.\n"
     "Impression: Stable large hiatal hernia and mosaic attenuation.",
     {HH, MOS}),
    ("sh-32", "en",
     "Technique: CTA chest, PE protocol.\n"
     "Findings: Pulmonary arteries: no filling defect. Heart: enlarged. Pleura: small b/l effusions. "
     "Lungs: bibasilar atelectasis.\n"
     "Impression:\n1. No PE.\n2. Small b/l effusions.\n3. Bibasilar atelectasis.\n4. Cardiomegaly.",
     {PE, ATL, CM}),
    ("sh-33", "en",
     "Clinical history: syncope, r/o PE.\nTechnique: CTA chest.\n"
     "Findings: Saddle PE extending into bilat lobar arteries. Heart nl size. No pleural or pericardial "
     "effusion. IVC filter partially imaged.\n"
     "Impression: Saddle PE.",
     {MM}),
    ("sh-34", "en",
     "Technique: CT chest w/o contrast.\n"
     "Findings: Multiple b/l pulmonary nodules, largest 1.2 cm LUL, c/w mets. Mediastinal and R hilar LAD. "
     "Small L effusion. No pericardial effusion.\n"
     "Impression: Pulmonary metastases w/ thoracic LAD and small L effusion.",
     {NOD, LN, PE}),
    ("sh-35", "en",
     "Findings: RUL nodules x2, 4 and 6 mm, solid. Mild peribronchial cuffing b/l. No bronchiectasis. "
     "No LAD.\n"
     "Impression:\n1. RUL nodules x2, f/u CT in 6-12 mo.\n2. Peribronchial cuffing, ?bronchitis.",
     {NOD, PBT}),
    ("sh-36", "en",
     "Clinical history: h/o sarcoidosis.\nComparison: 2022.\n"
     "Findings: Stable b/l hilar and mediastinal LAD w/ partially calcified nodes. Stable perilymphatic "
     "micronodules in the upper lobes. Upper lobe fibrotic changes w/ architectural distortion, unchanged.\n"
     "Impression: Stable sarcoidosis findings.",
     {LN, NOD, FIB}),
    # OPA 0: tree-in-bud opacities alone are not labelled opacity in CT-RATE (train: 17 of 25 reports that name it); relabelled 2026-12-07
    ("sh-37", "en",
     "Clinical history: fever, cough, r/o TB.\n"
     "Findings: Tree-in-bud opacities RML and lingula c/w infectious bronchiolitis. Mild bronchial wall "
     "thickening. No cavitation. No consolidation. No effusion.\n"
     "Impression: Infectious bronchiolitis RML/lingula. No findings to suggest TB.",
     {PBT}),
    ("sh-38", "en",
     "Findings: Mild centrilobular emphysema. Aortic and coronary calcification. Small hiatal hernia. "
     "No nodules.\n"
     "Impression: No acute cardiopulmonary process. Emphysema.",
     {EMP, AWC, CAC, HH}),
    ("sh-39", "en",
     "Clinical history: intubated, desaturation.\n"
     "Lines/tubes: ETT tip 2 cm above carina. OGT tip in stomach.\n"
     "Findings: Complete LLL collapse w/ mucus plugging of the LLL bronchus. Remaining lungs clear. "
     "No effusion.\n"
     "Impression: LLL collapse, likely mucus plugging.",
     {MM, ATL}),
    ("sh-40", "en",
     "Clinical history: sepsis.\n"
     "Findings: Multifocal consolidations RLL, LLL and lingula w/ air bronchograms. Enlarged mediastinal LN, "
     "up to 1.3 cm short axis, likely reactive. Effusions: none.\n"
     "Impression: Multifocal PNA. Reactive mediastinal LAD.",
     {CON, LN}),
    ("sh-41", "en",
     "Clinical history: dyspnea, r/o CTEPH.\nTechnique: CTA chest.\n"
     "Findings: No PE. Mosaic attenuation b/l, ?small airways dz vs chronic thromboembolic dz. "
     "Heart nl size. No effusion.\n"
     "Impression:\n1. No acute PE.\n2. Mosaic attenuation, nonspecific.",
     {MOS}),
    ("sh-42", "en",
     "Clinical history: COVID PNA 2 mo ago.\nComparison: 2 mo prior.\n"
     "Findings: Interval resolution of b/l GGO and consolidation. Residual subpleural fibrotic bands "
     "b/l lower lobes. No effusion.\n"
     "Impression: Resolved COVID PNA w/ residual fibrotic bands.",
     {FIB}),
    ("sh-43", "en",
     "Findings:\nHeart: Normal size. Pericardium: no effusion.\nAorta: nl caliber, no calcification.\n"
     "Mediastinum/hila: no LAD.\n"
     "Lungs: Cylindrical bronchiectasis RML and lingula w/ mild mucus plugging. No septal thickening. "
     "No nodules.\nPleura: no effusion.\n"
     "Impression: RML/lingular bronchiectasis.",
     {BRX}),
    ("sh-44", "en",
     "Findings: Mild cardiomegaly. Small L pleural effusion. Lungs otherwise clear.\n"
     "Impression:\n1. Mild cardiomegaly.\n2. Small L effusion.\n"
     "Addendum: On review the L 'effusion' represents LLL subsegmental atelectasis; no pleural effusion.",
     {CM, ATL}),
    ("sh-45", "en",
     "Clinical history: s/p LUL lobectomy for adenoca.\n"
     "Findings: Surgical staple line at the LUL resection margin w/ adjacent postsurgical scarring. "
     "No nodules to suggest recurrence. No LAD. No effusion.\n"
     "Impression: Postsurgical changes, no evidence of recurrence.\n"
     "Addendum: Small pericardial effusion, new since prior, not mentioned in the original report.",
     {MM, FIB, PCE}),
]

OPEN: dict[tuple[str, str], str] = {
    ("sh-17", NOD): "CT-RATE convention: a lung mass (3 cm or more) alone is not labelled Lung nodule",
    ('sh-14', PE): "'Interval resolution of X and of the previously seen Y': the participle 'seen' ends the resolution's reach",
}


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
