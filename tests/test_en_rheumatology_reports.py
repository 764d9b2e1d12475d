"""Probe: English chest CT reports of patients with connective tissue disease, in US and UK style:
rheumatoid arthritis (UIP and NSIP patterns, bronchiectasis, constrictive bronchiolitis, rheumatoid and
Caplan nodules, rheumatoid pleurisy), systemic sclerosis (fibrotic NSIP with ground glass and reticulation,
patulous / dilated oesophagus that is NOT a hiatal hernia, calcinosis that is NOT arterial calcification,
pulmonary hypertension), inflammatory myositis and antisynthetase syndrome (organising pneumonia),
Sjögren syndrome (thin-walled cysts and LIP; cysts are NOT emphysema), lupus (serositis with pleural and
pericardial effusions, pneumonitis, alveolar haemorrhage, shrinking lung), methotrexate pneumonitis, and
follow-up CTs (stable, progressed, improved, resolved), with hedges, denials and normal studies.
The reports were written for this file without looking at the engine's lexicon or cue lists.
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
    ("erh-01", "en",
     ("History: rheumatoid arthritis, dyspnea. Findings: Subpleural and basal-predominant reticulation with "
      "honeycombing in both lower lobes and traction bronchiectasis. No significant ground-glass opacity. "
      "Mediastinal lymph nodes measure up to 11 mm in short axis, likely reactive. No pleural or pericardial "
      "effusion. Impression: UIP pattern of fibrotic interstitial lung disease, consistent with RA-ILD."),
     {FIB, BRX, LN}),
    ("erh-02", "en",
     ("Rheumatoid arthritis on methotrexate. There are several well-defined subpleural nodules, the largest "
      "measuring 9 mm in the right upper lobe, one of which is cavitating; appearances are in keeping with "
      "rheumatoid (necrobiotic) nodules. No consolidation. No pleural effusion. The heart is normal in size. "
      "No mediastinal or hilar lymphadenopathy."),
     {NOD}),
    ("erh-03", "en",
     ("Indication: RA, chronic cough. Cylindrical bronchiectasis involving the right middle lobe and both lower "
      "lobes with associated bronchial wall thickening. Tree-in-bud pattern in the right lower lobe, likely "
      "infectious bronchiolitis. No consolidation or pleural effusion. No interstitial fibrosis."),
     {BRX, PBT}),
    ("erh-04", "en",
     ("Systemic sclerosis. Bilateral lower lobe predominant ground-glass opacity with fine reticulation and "
      "traction bronchiectasis, with relative subpleural sparing, compatible with fibrotic NSIP. The esophagus "
      "is patulous and fluid-filled, in keeping with scleroderma esophageal dysmotility. No hiatal hernia. "
      "The main pulmonary artery is enlarged at 34 mm, raising concern for pulmonary hypertension. Heart size "
      "is normal. No pericardial effusion."),
     {OPA, FIB, BRX}),
    ("erh-05", "en",
     ("Diffuse cutaneous systemic sclerosis, baseline HRCT. Mild basal subpleural ground glass change and fine "
      "reticulation, most marked posteriorly in the lower lobes. No honeycombing. The oesophagus is dilated "
      "throughout its length with an air-fluid level; this should not be mistaken for a hiatus hernia, none is "
      "present. Small volume mediastinal nodes, the largest 8 mm short axis. No pleural effusion."),
     {OPA, FIB, LN}),
    ("erh-06", "en",
     ("Dermatomyositis with new hypoxemia. Patchy peribronchovascular and subpleural consolidation in both "
      "lower lobes with surrounding ground-glass opacity and a perilobular pattern, most suggestive of "
      "organizing pneumonia. Small bilateral pleural effusions. No lymphadenopathy. No pneumothorax."),
     {CON, OPA, PE}),
    ("erh-07", "en",
     ("Primary Sjögren syndrome. Multiple scattered thin-walled lung cysts of varying size up to 15 mm, "
      "distributed along the bronchovascular bundles, with mild patchy ground glass opacification in the lower "
      "zones. Appearances would be in keeping with lymphocytic interstitial pneumonia. No emphysema. "
      "No lymphadenopathy. No pleural effusion."),
     {OPA}),
    ("erh-08", "en",
     ("SLE with pleuritic chest pain. Moderate left and small right pleural effusions. Small to moderate "
      "pericardial effusion measuring up to 12 mm, with mild pericardial enhancement, consistent with "
      "serositis. Mild compressive atelectasis in both lower lobes. Heart size otherwise normal. The lungs are "
      "otherwise clear."),
     {PE, PCE, ATL}),
    ("erh-09", "en",
     ("RA on methotrexate started 3 months ago, now with cough and fever. Diffuse bilateral ground-glass "
      "opacities with smooth interlobular septal thickening. No consolidation. Findings are concerning for "
      "drug-induced (methotrexate) pneumonitis; atypical infection including Pneumocystis cannot be excluded. "
      "Small mediastinal lymph nodes measuring up to 9 mm. No pleural effusion."),
     {OPA, IST, LN}),
    ("erh-10", "en",
     ("RA-ILD, interval follow-up compared with HRCT of 14 months ago. Stable appearances of the basal "
      "predominant subpleural reticulation and traction bronchiectasis, with no convincing honeycombing. "
      "No new ground glass change. No consolidation. No effusion. Stable 4 mm right upper lobe nodule."),
     {FIB, BRX, NOD}),
    ("erh-11", "en",
     ("Systemic sclerosis-associated ILD. Compared to 2022, there has been progression of lower lobe "
      "reticulation with increased traction bronchiectasis and new honeycombing at the right base. "
      "Ground-glass opacity has decreased. Lower lobe volume loss has increased. Patulous esophagus again "
      "noted. Coronary artery calcifications are present."),
     {FIB, BRX, OPA, CAC}),
    ("erh-12", "en",
     ("Antisynthetase syndrome on mycophenolate and prednisolone. Comparison with CT from March. The bilateral "
      "lower lobe consolidation has resolved. Some residual faint ground glass opacity persists in the left "
      "lower lobe. Minor subpleural bands at the bases are in keeping with mild fibrotic change. "
      "No pleural effusion."),
     {OPA, FIB}),
    ("erh-13", "en",
     ("Indication: rheumatoid arthritis, screening for interstitial lung disease. The lungs are clear. "
      "No ground-glass opacity, reticulation, honeycombing, or traction bronchiectasis. No nodules. No pleural "
      "or pericardial effusion. Heart size is normal. No lymphadenopathy. Impression: No CT evidence of "
      "interstitial lung disease."),
     set()),
    ("erh-14", "en",
     ("SLE, follow-up of serositis. The previously noted bilateral pleural effusions and pericardial effusion "
      "have resolved. Minor linear atelectasis at the left base. No pleural thickening. Lungs otherwise clear."),
     {ATL}),
    ("erh-15", "en",
     ("RA on methotrexate, evaluate for methotrexate pneumonitis. No ground-glass opacity or consolidation. "
      "No interlobular septal thickening. Mild bibasilar dependent atelectasis. Heart size normal. No pleural "
      "effusion. Impression: No CT evidence of methotrexate pneumonitis."),
     {ATL}),
    ("erh-16", "en",
     ("Limited cutaneous systemic sclerosis (CREST). Patulous distal oesophagus with a small sliding hiatus "
      "hernia. Fine subpleural reticulation in the lower lobes without ground glass change. Calcinosis in the "
      "subcutaneous tissues of the chest wall. No pleural effusion."),
     {HH, FIB}),
    ("erh-17", "en",
     ("Rheumatoid arthritis, 40 pack-year smoker. Centrilobular and paraseptal emphysema in the upper lobes. "
      "Lower lobe subpleural reticulation and honeycombing, consistent with combined pulmonary fibrosis and "
      "emphysema. A 3.8 cm spiculated mass in the left upper lobe is highly suspicious for primary lung "
      "malignancy. Enlarged left hilar lymph node measuring 14 mm. Atherosclerotic calcification of the aorta "
      "and coronary arteries."),
     {EMP, FIB, LN, AWC, CAC}),
    ("erh-18", "en",
     ("SLE with haemoptysis and falling haemoglobin. Extensive bilateral ground glass opacification and patchy "
      "airspace consolidation, predominantly perihilar, in keeping with diffuse alveolar haemorrhage in the "
      "clinical context. Interlobular septal thickening in the upper lobes. Small bilateral pleural effusions. "
      "Right internal jugular dialysis catheter with tip in the right atrium."),
     {OPA, CON, IST, PE, MM}),
    ("erh-19", "en",
     ("Sjögren syndrome with known cystic lung disease. Stable scattered thin-walled cysts in both lungs "
      "compared with prior. Several small solid nodules adjacent to the cysts, the largest 7 mm, some partially "
      "calcified, possibly amyloid or lymphoid nodules. No ground-glass opacity. The lungs show no emphysema. "
      "No mediastinal lymphadenopathy."),
     {NOD}),
    ("erh-20", "en",
     ("Anti-MDA5 dermatomyositis with rapidly worsening breathlessness. Compared with two weeks ago there is "
      "marked progression of bilateral lower zone consolidation with new widespread ground glass "
      "opacification. Small pneumomediastinum. No pleural effusion. No pericardial effusion."),
     {CON, OPA}),
    ("erh-21", "en",
     ("RA with progressive dyspnea and obstructive PFTs. Inspiratory images demonstrate mosaic attenuation "
      "with geographic areas of decreased attenuation and vascularity. Expiratory images show extensive air "
      "trapping. Mild bronchial wall thickening. No bronchiectasis. No fibrosis. Findings suggest constrictive "
      "bronchiolitis."),
     {MOS, PBT}),
    ("erh-22", "en",
     ("History of methotrexate pneumonitis in 2021, methotrexate discontinued. Follow up CT. The lungs are "
      "clear with no residual ground glass or consolidation. No interstitial lung disease. "
      "No lymphadenopathy. No pleural or pericardial effusion."),
     set()),
    ("erh-23", "en",
     ("Mixed connective tissue disease. Very subtle subpleural ground-glass opacity at the lung bases, which "
      "may be dependent, but early interstitial lung disease cannot be excluded; prone imaging would be "
      "helpful. No reticulation or honeycombing. The esophagus is mildly dilated. No hiatal hernia."),
     {OPA}),
    ("erh-24", "en",
     ("SLE with breathlessness. Elevated hemidiaphragms bilaterally with small lung volumes and bibasal "
      "plate-like atelectasis. No interstitial lung disease. No pleural or pericardial effusion. Heart size "
      "normal. Appearances could be in keeping with shrinking lung syndrome in the appropriate clinical setting."),
     {ATL}),
    ("erh-25", "en",
     ("SLE flare with chest pain. Moderate circumferential pericardial effusion measuring up to 16 mm. "
      "No pleural effusion. The heart is mildly enlarged. Lungs clear. Left chest port with catheter tip at the "
      "cavoatrial junction."),
     {PCE, CM, MM}),
    ("erh-26", "en",
     ("Seropositive rheumatoid arthritis. Moderate right pleural effusion with smooth pleural thickening, in "
      "keeping with rheumatoid pleurisy in the clinical context; empyema is considered less likely. Adjacent "
      "passive atelectasis of the right lower lobe. Background mild basal reticulation. No pericardial effusion."),
     {PE, ATL, FIB}),
    ("erh-27", "en",
     ("Systemic sclerosis with dysphagia and fever. Markedly dilated esophagus containing debris and an "
      "air-fluid level. Dependent consolidation in the right lower lobe posterior basal segment, likely "
      "aspiration pneumonia. Background lower lobe fibrotic NSIP with reticulation and traction bronchiectasis. "
      "No hiatal hernia. No effusion."),
     {CON, FIB, BRX}),
    ("erh-28", "en",
     ("Sjögren syndrome. A few scattered thin-walled cysts are noted in both lower lobes, the largest 11 mm. "
      "These are not emphysematous. No ground glass, nodules or consolidation. No lymphadenopathy."),
     set()),
    ("erh-29", "en",
     ("RA with organizing pneumonia treated with steroids. Compared to prior CT, marked improvement with "
      "near-complete resolution of the bilateral peribronchovascular consolidation; a small residual band of "
      "consolidation persists in the left lower lobe. Minimal residual ground-glass opacity. No new findings. "
      "No pleural effusion."),
     {CON, OPA}),
    ("erh-30", "en",
     ("Polymyositis, new diagnosis, screening for ILD. No features of interstitial lung disease. Specifically, "
      "no ground glass opacity, reticulation or consolidation. A 3 mm left lower lobe perifissural nodule, "
      "likely an intrapulmonary lymph node, requires no follow up. Normal oesophagus. No effusion."),
     {NOD}),
    ("erh-31", "en",
     ("Systemic sclerosis with pulmonary arterial hypertension. Dilated main pulmonary artery measuring 38 mm. "
      "Right ventricular and right atrial enlargement with cardiomegaly. Small pericardial effusion. Mild "
      "mosaic attenuation, likely vascular in etiology. Trace bilateral pleural effusions. Mild ground-glass "
      "at the bases. Patulous esophagus."),
     {CM, PCE, MOS, PE, OPA}),
    ("erh-32", "en",
     ("Rheumatoid arthritis, 68-year-old. Lungs are clear. No interstitial lung disease. Calcified atheroma of "
      "the aortic arch and coronary arteries. Mediastinal lymph nodes are not enlarged. No hiatus hernia. "
      "No effusions."),
     {AWC, CAC}),
    ("erh-33", "en",
     ("RA on methotrexate with new cough. Patchy ground-glass opacities in both upper lobes. Differential "
      "includes drug reaction and infection. No consolidation. No honeycombing. No pleural effusion. Mild "
      "bronchial wall thickening in the lower lobes."),
     {OPA, PBT}),
    ("erh-34", "en",
     ("SLE, acute lupus pneumonitis suspected clinically. Bilateral patchy consolidation in the lower lobes "
      "with surrounding ground glass. Small left pleural effusion. Small pericardial effusion. Mildly enlarged "
      "subcarinal node measuring 12 mm. PICC line in situ with tip in the SVC."),
     {CON, OPA, PE, PCE, LN, MM}),
    ("erh-35", "en",
     ("Comparison: CT 18 months prior. Interval progression of subpleural reticulation and honeycombing at the "
      "lung bases, with new honeycombing in the right middle lobe. Traction bronchiectasis has increased. "
      "Probable UIP pattern. No acute consolidation. Small hiatal hernia. Mild coronary artery calcification."),
     {FIB, BRX, HH, CAC}),
    ("erh-36", "en",
     ("Sjögren syndrome with LIP, on rituximab. Compared with 9 months ago the ground glass opacity has "
      "improved, with only minor residual change in the lower lobes. The thin-walled cysts are unchanged. "
      "No new nodules. No emphysema. Small volume mediastinal lymph nodes, the largest 7 mm."),
     {OPA, LN}),
    ("erh-37", "en",
     ("Scleroderma ILD follow-up. Stable mild lower lobe reticulation with traction bronchiectasis. "
      "No interval increase. No new ground-glass opacity. Patulous, air-filled esophagus is unchanged. "
      "No hiatal hernia is identified. No pericardial effusion."),
     {FIB, BRX}),
    ("erh-38", "en",
     ("Rheumatoid arthritis with bronchiectasis. Comparison is made with CT of six months ago. Bilateral lower "
      "lobe bronchiectasis is again demonstrated with bronchial wall thickening. The previous right lower lobe "
      "consolidation has cleared. Mucus plugging has reduced. No new nodule."),
     {BRX, PBT}),
    ("erh-39", "en",
     ("SLE with lupus nephritis. Small pleural effusion on the left versus pleural thickening. Trace "
      "pericardial fluid. Interlobular septal thickening and mild cardiomegaly, possibly volume overload. "
      "Hemodialysis catheter via the right internal jugular vein."),
     {PE, PCE, IST, CM, MM}),
    ("erh-40", "en",
     ("Antisynthetase syndrome, follow up after treatment. Complete resolution of the previous bilateral basal "
      "consolidation and ground glass change. No fibrotic sequelae. No pleural effusion. Normal appearances of "
      "the lungs."),
     set()),
    ("erh-41", "en",
     ("RA with coal mining history. Multiple bilateral peripheral nodules measuring 0.5 to 2.5 cm, some with "
      "central cavitation, in keeping with rheumatoid pneumoconiosis (Caplan syndrome). Calcified mediastinal "
      "lymph nodes up to 10 mm. Mild centrilobular emphysema. No pleural effusion."),
     {NOD, LN, EMP}),
    ("erh-42", "en",
     ("Systemic sclerosis. Extensive soft tissue calcinosis around both shoulders and in the chest wall. "
      "No arterial calcification. Lungs: no evidence of interstitial lung disease. The oesophagus is patulous. "
      "Heart size normal, no pericardial effusion."),
     set()),
    ("erh-43", "en",
     ("SLE with history of pericarditis. Mild diffuse pericardial thickening without significant effusion. "
      "No pleural effusion. Lungs are clear. No lymphadenopathy."),
     {PCE}),
    ("erh-44", "en",
     ("Previous methotrexate pneumonitis. The widespread ground glass change seen on the previous CT has "
      "resolved. There is some residual fine reticulation at both lung bases which may represent early "
      "fibrotic change. No septal thickening. No effusion."),
     {FIB}),
    ("erh-45", "en",
     ("RA on tocilizumab presenting with fever. Dense consolidation in the left lower lobe with air "
      "bronchograms, compatible with pneumonia. Small left parapneumonic effusion. Median sternotomy wires and "
      "coronary artery bypass grafts. Coronary artery calcification. Mild cardiomegaly."),
     {CON, PE, MM, CAC, CM}),
    ("erh-46", "en",
     ("Dermatomyositis. Subtle perilobular opacities in the lower lobes, possibly early organising pneumonia. "
      "No consolidation. Mild subpleural reticulation. No mediastinal lymphadenopathy. Normal heart size."),
     {OPA, FIB}),
    ("erh-47", "en",
     ("Undifferentiated connective tissue disease. No interstitial lung disease. No nodules. Lymph nodes are "
      "not enlarged by CT size criteria. Mild apical pleural thickening bilaterally. No pleural or pericardial "
      "effusion. The esophagus is normal in caliber."),
     set()),
    ("erh-48", "en",
     ("Rheumatoid arthritis with progressive breathlessness. Bilateral basal predominant ground glass change "
      "with fine reticulation and traction bronchiectasis, with immediate subpleural sparing, favouring NSIP. "
      "No honeycombing. Mediastinal lymph nodes up to 13 mm in short axis, presumed reactive. No effusion."),
     {OPA, FIB, BRX, LN}),
    ("erh-49", "en",
     ("Sjögren syndrome. Several new solid nodules in both lungs up to 18 mm, along with a 2.2 cm area of "
      "consolidation with air bronchograms in the right lower lobe; MALT lymphoma is a consideration. "
      "Mediastinal and axillary lymph nodes up to 15 mm. Background cysts. No effusion."),
     {NOD, CON, LN}),
    ("erh-50", "en",
     ("Systemic sclerosis, annual review. Minor basal subpleural reticulation, unchanged from 2023. "
      "No ground glass, no honeycombing, no traction bronchiectasis. No mosaic attenuation. Dilated oesophagus "
      "again seen. No hiatus hernia."),
     {FIB}),
    ("erh-51", "en",
     ("SLE serositis follow-up. Interval decrease in size of the bilateral pleural effusions, now small. "
      "The pericardial effusion has resolved. Adjacent bibasilar atelectasis has improved but persists. "
      "No consolidation."),
     {PE, ATL}),
    ("erh-52", "en",
     ("Rheumatoid arthritis, pre-biologic screening. A 5 mm calcified nodule in the right upper lobe, in "
      "keeping with a granuloma from previous granulomatous infection. No active disease. No consolidation or "
      "cavitation. No pleural effusion."),
     {NOD}),
    ("erh-53", "en",
     ("Scleroderma. Impression: 1. Patulous esophagus; no hiatal hernia. 2. No interstitial lung disease. "
      "3. No pleural or pericardial effusion."),
     set()),
    ("erh-54", "en",
     ("Long-standing rheumatoid arthritis. Linear band in the lingula, likely scarring or subsegmental "
      "atelectasis. Mild cylindrical bronchiectasis in the right lower lobe. Aortic calcification. "
      "No lymphadenopathy."),
     {FIB, ATL, BRX, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
