"""Probe: English HRCT / chest CT reports of interstitial lung disease in US, UK and European
styles: UIP pattern per Fleischner/ATS categories (typical, probable, indeterminate, alternative
diagnosis), honeycombing, reticulation, traction bronchiectasis and bronchiolectasis, ground glass,
NSIP with subpleural sparing, fibrotic hypersensitivity pneumonitis (mosaic attenuation, air
trapping, three-density sign), connective-tissue disease ILD (systemic sclerosis with a patulous
oesophagus, rheumatoid arthritis), organizing pneumonia, ILAs in smokers, CPFE, acute exacerbation,
enlarged pulmonary artery, size-based reactive mediastinal nodes, prone images, comparison with
prior studies, structured templates, hedges, denials and impression lists, with negative controls.
The reports were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("eild-01", "en",
     "EXAM: CT chest without contrast, high-resolution protocol with prone and expiratory images.\n"
     "CLINICAL INDICATION: Progressive dyspnea, bibasilar crackles. Evaluate for interstitial lung disease.\n"
     "COMPARISON: None.\n"
     "FINDINGS:\n"
     "Lungs: Subpleural and basal predominant reticulation with honeycombing in both lower lobes, most "
     "pronounced posteriorly. Traction bronchiectasis and bronchiolectasis in the lower lobes. Minimal "
     "ground-glass opacity confined to areas of reticulation. No consolidation. No mosaic attenuation or "
     "air trapping on expiratory images. No suspicious pulmonary nodules.\n"
     "Pleura: No pleural effusion or pneumothorax.\n"
     "Mediastinum: Several mediastinal lymph nodes measuring up to 12 mm in short axis in the lower "
     "paratracheal station, likely reactive. The main pulmonary artery measures 31 mm. Heart size is "
     "normal. No pericardial effusion. Mild coronary artery calcifications.\n"
     "Upper abdomen: Unremarkable.\n"
     "IMPRESSION:\n"
     "1. Typical UIP pattern. In the appropriate clinical setting, findings are consistent with "
     "idiopathic pulmonary fibrosis.\n"
     "2. Mildly enlarged mediastinal lymph nodes, likely reactive.",
     {FIB, BRX, OPA, LN, CAC}),
    ("eild-02", "en",
     "HRCT thorax. Indication: ?ILD, ex-smoker, 40 pack-years.\n"
     "Findings: There is subpleural, basal predominant reticulation with peripheral traction "
     "bronchiectasis. No honeycombing is seen. Ground glass is mild and does not predominate. Moderate "
     "centrilobular emphysema in the upper lobes. Mediastinal nodes are not enlarged. No pleural effusion. "
     "Oesophagus unremarkable. Aortic and coronary arterial calcification.\n"
     "Conclusion: Probable UIP pattern (no honeycombing). Coexistent upper lobe emphysema.",
     {FIB, BRX, OPA, EMP, AWC, CAC}),
    ("eild-03", "en",
     "Findings: Subtle subpleural reticulation and ground-glass opacity at both lung bases without a clear "
     "craniocaudal gradient. No honeycombing. No traction bronchiectasis. No mosaic attenuation. Prone "
     "images confirm that the posterior abnormality persists and is not dependent atelectasis. Heart "
     "normal in size. No lymphadenopathy.\n"
     "Impression: Early fibrotic interstitial lung disease, indeterminate for UIP per Fleischner criteria.",
     {FIB, OPA}),
    ("eild-04", "en",
     "HRCT CHEST\n"
     "Findings: Bilateral reticulation with traction bronchiectasis, with a mid and upper zone "
     "predominance and relative sparing of the costophrenic angles. There are patchy ground-glass "
     "opacities and ill-defined centrilobular nodules. Mosaic attenuation with lobular areas of decreased "
     "attenuation which show air trapping on expiratory images (three-density sign). No honeycombing. "
     "No pleural effusion. Small mediastinal lymph nodes, none enlarged.\n"
     "Impression: Features suggest fibrotic hypersensitivity pneumonitis; the pattern is an alternative "
     "diagnosis rather than UIP. Correlate with exposure history (birds, moulds).",
     {FIB, BRX, OPA, NOD, MOS}),
    ("eild-05", "en",
     "CT chest (HRCT). History: Dyspnea, positive ANA.\n"
     "Findings: Bilateral symmetric lower lobe ground-glass opacity with fine reticulation and traction "
     "bronchiolectasis, with immediate subpleural sparing. Lower lobe volume loss. No honeycombing. No "
     "consolidation. The esophagus is patulous and dilated with an air-fluid level. Small pericardial "
     "effusion. Heart size normal. No pleural effusions.\n"
     "Impression:\n"
     "1. Fibrotic NSIP pattern with subpleural sparing, which in the context of a dilated esophagus raises "
     "the possibility of systemic sclerosis-associated ILD.\n"
     "2. Small pericardial effusion.",
     {OPA, FIB, BRX, PCE}),
    ("eild-06", "en",
     "Comparison: HRCT of 14 March 2022.\n"
     "Findings: Known systemic sclerosis. Ground-glass opacity and reticulation in both lower lobes have "
     "increased in extent since the prior study, now with more pronounced traction bronchiectasis. No "
     "honeycombing. The oesophagus remains dilated, containing fluid and debris. No hiatus hernia. The "
     "main pulmonary artery is enlarged at 35 mm, larger than the ascending aorta. No pericardial or "
     "pleural effusion. Mediastinal nodes measure up to 8 mm short axis.\n"
     "Impression: Progression of SSc-associated ILD (NSIP pattern). Enlarged pulmonary artery, which may "
     "indicate pulmonary hypertension; echocardiography recommended.",
     {OPA, FIB, BRX}),
    ("eild-07", "en",
     "Indication: Rheumatoid arthritis on methotrexate, worsening cough.\n"
     "Findings: Basal and subpleural predominant honeycombing and reticulation with traction "
     "bronchiectasis, in keeping with a UIP pattern. Small right pleural effusion. Bilateral apical pleural "
     "thickening. A 5 mm solid nodule in the right upper lobe (series 3, image 45), possibly a rheumatoid "
     "nodule. Scattered calcified granulomas. No consolidation. Erosive changes of the acromioclavicular "
     "joints.\n"
     "Impression: RA-associated ILD with UIP pattern. Small right pleural effusion. 5 mm RUL nodule; "
     "follow-up CT at 12 months is optional per Fleischner guidelines.",
     {FIB, BRX, PE, NOD}),
    ("eild-08", "en",
     "FINDINGS: Bilateral patchy peripheral and peribronchovascular consolidations in the lower lobes, "
     "with surrounding ground-glass opacity. A reversed halo (atoll) sign is present in the right lower "
     "lobe. Perilobular opacities in the left lower lobe. No traction bronchiectasis or reticulation. No "
     "pleural effusion. No enlarged lymph nodes.\n"
     "IMPRESSION: Findings are most suggestive of organizing pneumonia. Infection is a differential "
     "consideration.",
     {CON, OPA}),
    ("eild-09", "en",
     "Comparison CT 3 months ago. Interval resolution of the previously described bilateral peripheral "
     "consolidation and ground-glass opacity following corticosteroid therapy. Minimal residual subpleural "
     "linear scarring in the right lower lobe. No new opacity. No pleural effusion.\n"
     "Impression: Resolved organizing pneumonia with minor residual scarring.",
     {FIB}),
    ("eild-10", "en",
     "LOW-DOSE CT LUNG CANCER SCREENING.\n"
     "Findings: Mild centrilobular emphysema, upper lobe predominant. Bronchial wall thickening. Incidental "
     "interstitial lung abnormality: subtle subpleural reticulation in the posterior lower lobes, without "
     "honeycombing or traction bronchiectasis. A 3 mm solid nodule in the left upper lobe, benign "
     "appearance. Moderate coronary artery calcification. Atherosclerotic calcification of the aorta.\n"
     "Impression:\n1. Lung-RADS 2.\n2. Subpleural fibrotic interstitial lung abnormality (ILA); recommend "
     "clinical evaluation for ILD.\n3. Emphysema.",
     {EMP, PBT, FIB, NOD, CAC, AWC}),
    ("eild-11", "en",
     "Findings: Patchy non-dependent ground-glass opacities in both upper lobes, representing a "
     "non-subpleural ILA, possibly smoking-related (respiratory bronchiolitis). No reticulation, "
     "honeycombing, or traction bronchiectasis. No emphysema. No nodules. Heart and mediastinum normal.",
     {OPA}),
    ("eild-12", "en",
     "HRCT chest.\n"
     "Findings: Extensive centrilobular and paraseptal emphysema in the upper lobes. In the lower lobes "
     "there is subpleural reticulation and honeycombing with traction bronchiectasis. Thick-walled cystic "
     "airspaces at the transition zone. The pulmonary trunk is dilated, measuring 36 mm. The heart is "
     "enlarged with right ventricular dilatation. Calcification of the thoracic aorta and coronary "
     "arteries. No pleural effusion.\n"
     "Impression: Combined pulmonary fibrosis and emphysema (CPFE). Dilated pulmonary trunk and "
     "cardiomegaly, suggesting pulmonary hypertension.",
     {EMP, FIB, BRX, CM, AWC, CAC}),
    ("eild-13", "en",
     "CT CHEST WITH CONTRAST (CT angiography protocol)\n"
     "History: Known IPF, acute worsening hypoxemia over 1 week.\n"
     "Comparison: HRCT 6 months prior.\n"
     "Findings: No pulmonary embolism. Endotracheal tube tip 3 cm above the carina. Right internal jugular "
     "central venous catheter. New bilateral diffuse ground-glass opacity superimposed on the known basal "
     "subpleural honeycombing and reticulation. Dependent consolidation in the lower lobes. Small bilateral "
     "pleural effusions. Mediastinal lymph nodes measure up to 15 mm in short axis, increased from prior. "
     "Normal heart size. No pericardial effusion.\n"
     "Impression:\n"
     "1. New diffuse ground-glass opacity on a background of UIP, consistent with acute exacerbation of "
     "IPF in the absence of an alternative cause. Infection and edema are less likely but cannot be "
     "excluded.\n"
     "2. No PE.\n"
     "3. Enlarged mediastinal lymph nodes, likely reactive.",
     {MM, OPA, FIB, CON, PE, LN}),
    ("eild-14", "en",
     "HRCT chest with prone and expiratory images.\n"
     "Indication: Dyspnea, rule out interstitial lung disease.\n"
     "Findings: The lungs are clear. No reticulation, honeycombing, ground-glass opacity, or traction "
     "bronchiectasis. Prone images were obtained to exclude dependent atelectasis and show no subpleural "
     "abnormality. Expiratory images show no air trapping. No mosaic attenuation. No pulmonary nodules. "
     "No pleural effusion. Heart size normal. No mediastinal or hilar lymphadenopathy.\n"
     "Impression: No evidence of interstitial lung disease.",
     set()),
    ("eild-15", "en",
     "HRCT: Normal study. No features of interstitial lung disease or fibrosis. No emphysema.",
     set()),
    ("eild-16", "en",
     "Comparison is made with CTs from 2021 and 2023.\n"
     "The extent of subpleural reticulation and honeycombing at the lung bases is stable, with no "
     "significant progression over two years. Stable traction bronchiectasis. No new ground glass. Stable "
     "4 mm left lower lobe nodule. Stable small hiatal hernia. Sternotomy wires and surgical clips from "
     "coronary artery bypass grafting. Severe coronary calcification.\n"
     "Impression: Stable fibrotic lung disease, probable UIP pattern. No evidence of progression.",
     {FIB, BRX, NOD, HH, MM, CAC}),
    ("eild-17", "en",
     "CT THORAX HRCT PROTOCOL\n"
     "Clinical details: IPF on nintedanib. Annual review.\n"
     "Report: Compared with the study of 12/01/2023. There has been interval progression of the bibasal "
     "subpleural reticulation and honeycombing, which now extends into the mid zones. Traction "
     "bronchiectasis has increased. No focal consolidation. No pleural effusion. Mediastinal lymph nodes "
     "are prominent but remain within normal limits by size (up to 9 mm). The oesophagus is mildly "
     "dilated.\n"
     "Conclusion: Progression of UIP pattern fibrosis.",
     {FIB, BRX}),
    ("eild-18", "en",
     "Thorax CT (HRCT), native.\n"
     "Findings: Subpleural, basally accentuated reticular changes with honeycombing bilaterally. Traction "
     "bronchiectases in both lower lobes. Ground-glass opacities in the middle lobe and lingula. No pleural "
     "effusions. No pathologically enlarged lymph nodes by size criteria. Calcified plaques of the aortic "
     "arch.\n"
     "Assessment: Pulmonary fibrosis in a UIP pattern. Suspicion of an additional inflammatory component "
     "in the middle lobe and lingula.",
     {FIB, BRX, OPA, AWC}),
    ("eild-19", "en",
     "Findings: Patchy ground-glass opacity with mild reticulation in the mid and lower zones. Lobular "
     "areas of low attenuation are suspicious for mosaic attenuation; expiratory images were not obtained. "
     "No honeycombing. Possible mild traction bronchiectasis in the right lower lobe.\n"
     "Impression: Fibrotic ILD, differential fibrotic HP versus NSIP. Expiratory imaging recommended to "
     "assess for air trapping.",
     {OPA, FIB, MOS, BRX}),
    ("eild-20", "en",
     "HRCT thorax.\n"
     "Findings: Upper lobe predominant perilymphatic micronodules along the fissures and bronchovascular "
     "bundles. Peribronchovascular fibrosis with traction bronchiectasis and volume loss in both upper "
     "lobes. Bilateral hilar and mediastinal lymphadenopathy with eggshell calcification, the largest right "
     "hilar node 18 mm. No honeycombing at the bases. No pleural effusion.\n"
     "Impression: Pattern inconsistent with UIP (alternative diagnosis): fibrotic sarcoidosis (stage IV).",
     {NOD, FIB, BRX, LN}),
    ("eild-21", "en",
     "Indication: On amiodarone, new dyspnea.\n"
     "Findings: Bilateral peripheral ground-glass opacities and patchy consolidation, the consolidation "
     "being of high attenuation consistent with amiodarone deposition. The liver is diffusely "
     "hyperattenuating. Mild interlobular septal thickening. Pacemaker with leads in the right atrium and "
     "ventricle. Cardiomegaly. Small bilateral pleural effusions.\n"
     "Impression: Findings suggest amiodarone pulmonary toxicity. Cardiomegaly with small effusions.",
     {OPA, CON, IST, MM, CM, PE}),
    ("eild-22", "en",
     "Findings: No honeycombing. No reticulation. No traction bronchiectasis. No ground-glass opacity. "
     "Mild linear atelectasis in the lingula. Small sliding hiatal hernia. No lymphadenopathy.\n"
     "Impression: No evidence of fibrotic lung disease. Lingular linear atelectasis. Small hiatal hernia.",
     {ATL, HH}),
    ("eild-23", "en",
     "Supine images demonstrate subpleural ground-glass and reticular opacities in the posterior lower "
     "lobes. On prone images these persist, so they are not dependent atelectasis and represent a true "
     "interstitial abnormality. No honeycombing.\n"
     "Impression: Mild subpleural interstitial abnormality, persistent on prone imaging; early ILD "
     "possible.",
     {OPA, FIB}),
    ("eild-24", "en",
     "Findings: Diffuse ill-defined centrilobular nodules and patchy ground-glass opacity in both lungs, "
     "with mosaic attenuation. Expiratory images demonstrate lobular air trapping. No fibrosis. No "
     "traction bronchiectasis.\n"
     "Impression: Non-fibrotic (inflammatory) hypersensitivity pneumonitis.",
     {NOD, OPA, MOS}),
    ("eild-25", "en",
     "IMPRESSION:\n1. Fibrotic ILD with honeycombing, typical UIP.\n2. Small hiatal hernia.\n"
     "3. No lymphadenopathy.",
     {FIB, HH}),
    ("eild-26", "en",
     "HRCT chest. Occupational history: shipyard worker.\n"
     "Findings: Bilateral calcified pleural plaques along the diaphragmatic and posterolateral pleura. "
     "Basal subpleural reticulation with subpleural curvilinear lines, no honeycombing. Parenchymal bands "
     "in the left lower lobe. Rounded atelectasis in the right lower lobe adjacent to a pleural plaque, "
     "with a comet tail sign. No pleural effusion.\n"
     "Impression: Asbestos-related pleural disease with basal fibrosis, compatible with asbestosis. Rounded "
     "atelectasis RLL.",
     {FIB, ATL}),
    ("eild-27", "en",
     "Rheumatoid arthritis.\n"
     "Findings: Cylindrical bronchiectasis with bronchial wall thickening in the middle lobe and lower "
     "lobes. Several small subpleural nodules, the largest 6 mm. Mild basal ground glass with fine "
     "reticulation, no honeycombing. Mosaic attenuation suggests constrictive bronchiolitis. Hila and "
     "mediastinum: no adenopathy.\n"
     "Impression: RA-related airways disease (bronchiectasis, possible constrictive bronchiolitis) and mild "
     "NSIP. The nodules may be rheumatoid.",
     {BRX, PBT, NOD, OPA, FIB, MOS}),
    ("eild-28", "en",
     "Background fibrotic ILD with basal honeycombing. New bilateral ground-glass opacity with superimposed "
     "interlobular septal thickening (crazy paving). Cardiomegaly. Moderate bilateral pleural effusions. "
     "Enlarged pulmonary artery. Differential: acute exacerbation versus hydrostatic pulmonary edema.",
     {FIB, OPA, IST, CM, PE}),
    ("eild-29", "en",
     "Indication: COPD, crackles on exam, exclude fibrosis.\n"
     "Findings: Moderate centrilobular emphysema and apical bullae. There is no subpleural reticulation, "
     "honeycombing, or traction bronchiectasis to suggest fibrotic lung disease. Bronchial walls are not "
     "thickened. No nodules. Aortic calcification.\n"
     "Impression: Emphysema. No interstitial lung disease.",
     {EMP, AWC}),
    ("eild-30", "en",
     "Lungs: Negative for honeycombing, traction bronchiectasis or significant ground glass. A few "
     "scattered calcified granulomas in the right upper lobe. Mild biapical pleuroparenchymal scarring. "
     "Trachea and central airways patent.\n"
     "Heart: Normal size. Coronary artery calcifications are present, LAD distribution.\n"
     "Mediastinum: Subcentimeter mediastinal nodes, not pathologically enlarged.\n"
     "Impression: No evidence of interstitial lung disease. Mild apical scarring.",
     {NOD, FIB, CAC}),
    ("eild-31", "en",
     "Findings: Bilateral apical pleural thickening with subpleural fibrosis in the upper lobes and upward "
     "retraction of the hila, consistent with pleuroparenchymal fibroelastosis. Upper lobe traction "
     "bronchiectasis. The lower lobes are spared. Small right pneumothorax. No effusion.",
     {FIB, BRX}),
    ("eild-32", "en",
     "History of acute exacerbation of IPF, hospitalized 2 months ago. Comparison with the CT at admission. "
     "The previously seen diffuse ground-glass opacity has resolved. Background subpleural honeycombing "
     "and reticulation unchanged. The previously enlarged mediastinal lymph nodes have decreased and now "
     "measure up to 8 mm. Pleural effusions resolved. The endotracheal tube has been removed.\n"
     "Impression: Resolution of acute exacerbation changes. Stable UIP.",
     {FIB}),
    ("eild-33", "en",
     "Findings: Within the area of honeycombing in the left lower lobe there is a 22 mm spiculated mass, "
     "suspicious for lung cancer. Background moderate UIP pattern fibrosis with traction bronchiectasis and "
     "paraseptal emphysema. Enlarged left hilar lymph node measuring 14 mm. No pleural effusion.\n"
     "Impression: LLL mass suspicious for primary lung cancer in the setting of fibrosis; PET-CT "
     "recommended.",
     {NOD, FIB, BRX, EMP, LN}),
    ("eild-34", "en",
     "Findings: Symmetric bilateral lower lobe ground-glass opacities with a peribronchovascular "
     "distribution and subpleural sparing. No reticulation or traction bronchiectasis. No honeycombing. "
     "Mild esophageal dilatation. No pleural or pericardial effusion.\n"
     "Impression: Cellular NSIP pattern, likely related to connective tissue disease "
     "(dermatomyositis/antisynthetase syndrome considered).",
     {OPA}),
    ("eild-35", "en",
     "Antisynthetase syndrome (anti-Jo-1).\n"
     "Findings: Bilateral lower lobe subpleural consolidation and ground-glass opacity with mild "
     "cylindrical bronchiectasis, an NSIP/organizing pneumonia overlap pattern. No pneumomediastinum. No enlarged "
     "axillary or mediastinal lymph nodes.",
     {CON, OPA, BRX}),
    ("eild-36", "en",
     "Findings: Very subtle subpleural reticulation at the lung bases; an early interstitial lung "
     "abnormality cannot be excluded. No honeycombing. Mild bibasilar subsegmental atelectasis. Small "
     "mediastinal lymph nodes. Moderate hiatal hernia.\n"
     "Impression: Equivocal basal subpleural reticulation; follow-up HRCT suggested.",
     {FIB, ATL, HH}),
    ("eild-37", "en",
     "CHEST CT\n"
     "Lungs: No interstitial lung disease. No consolidation, ground-glass opacity or nodules. No emphysema. "
     "No bronchiectasis.\n"
     "Pleura: No effusion.\n"
     "Mediastinum: Lymph nodes within normal limits for size. Normal heart size without pericardial "
     "effusion. No aortic calcification.\n"
     "Impression: Normal chest CT; no findings to explain dyspnea.",
     set()),
    ("eild-38", "en",
     "Structured HRCT report (Fleischner Society 2018 criteria)\n"
     "Distribution: basal predominant, subpleural, heterogeneous.\n"
     "Honeycombing: present.\n"
     "Traction bronchiectasis/bronchiolectasis: present, peripheral.\n"
     "Reticulation: present.\n"
     "Ground-glass opacity: mild, not predominant.\n"
     "Features suggesting an alternative diagnosis (mosaic attenuation, air trapping, consolidation, "
     "nodules, cysts): absent.\n"
     "Emphysema: absent.\n"
     "Category: Typical UIP pattern.",
     {FIB, BRX, OPA}),
    ("eild-39", "en",
     "Structured report.\n"
     "Distribution: diffuse, no craniocaudal gradient.\n"
     "Honeycombing: absent.\n"
     "Traction bronchiectasis: absent.\n"
     "Reticulation: mild.\n"
     "Ground-glass opacity: present, patchy.\n"
     "Mosaic attenuation: present.\n"
     "Air trapping on expiratory images: three or more lobes.\n"
     "Consolidation: none.\n"
     "Category: Alternative diagnosis; consider fibrotic hypersensitivity pneumonitis.",
     {FIB, OPA, MOS}),
    ("eild-40", "en",
     "Rheumatoid arthritis.\n"
     "Findings: Small bilateral pleural effusions with pleural thickening. Pericardial thickening without "
     "effusion. Mild basal subpleural reticulation. Bibasilar compressive atelectasis adjacent to the "
     "effusions. Heart size normal.\n"
     "Impression: Serositis pattern with bilateral pleural effusions and pericardial thickening. Mild basal "
     "fibrosis.",
     {PE, PCE, FIB, ATL}),
    ("eild-41", "en",
     "HRCT chest for ILD MDT.\n"
     "There is a subpleural, lower zone predominant fibrotic process with reticulation and traction "
     "bronchiectasis. Possible early honeycombing at the right base, although this may represent "
     "paraseptal emphysema; no definite honeycombing elsewhere. Scattered lobules of low attenuation in the "
     "right lower lobe, likely a normal finding; no significant mosaicism. A few reactive-appearing "
     "mediastinal nodes, none exceeding 1 cm in short axis. Small sliding hiatus hernia. Prominent "
     "pulmonary artery (31 mm).\n"
     "Opinion: Probable UIP pattern.",
     {FIB, BRX, EMP, HH}),
    ("eild-42", "en",
     "COMPARISON: 01/2024.\n"
     "FINDINGS: Background fibrotic NSIP with lower lobe reticulation, ground glass, and traction "
     "bronchiectasis, slightly progressed. New dense consolidation in the right lower lobe with air "
     "bronchograms, likely superimposed pneumonia. Right basal atelectasis. New small right pleural "
     "effusion. Right lower paratracheal node increased to 11 mm short axis, likely reactive. Port-a-cath "
     "in the left chest wall with catheter tip in the SVC.\n"
     "IMPRESSION:\n1. New RLL consolidation, likely pneumonia.\n2. Mild progression of NSIP.\n"
     "3. Small right effusion.\n4. Mildly enlarged reactive paratracheal node.",
     {FIB, OPA, BRX, CON, ATL, PE, LN, MM}),
    ("eild-43", "en",
     "Findings: Diffuse ground-glass opacities in the lower lungs with small cysts within the ground glass, "
     "a pattern suggesting desquamative interstitial pneumonia. Centrilobular emphysema. Bronchial wall "
     "thickening. No reticulation or honeycombing. No pathologic adenopathy.\n"
     "Impression: Smoking-related ILD, DIP favored over RB-ILD.",
     {OPA, EMP, PBT}),
    ("eild-44", "en",
     "Follow-up of a previously described interstitial lung abnormality. Comparison CT 2 years ago. The "
     "previously noted faint subpleural ground-glass opacity in the right lower lobe is no longer visible. "
     "No reticulation, traction bronchiectasis or honeycombing. No new findings.\n"
     "Impression: Resolution of prior ILA. No evidence of ILD.",
     set()),
    ("eild-45", "en",
     "Conclusion: Appearances are suggestive of fibrotic HP with mosaic attenuation and air trapping; the "
     "differential includes chronic thromboembolic disease, which is considered less likely. Mild upper "
     "zone traction bronchiectasis. No lymphadenopathy.",
     {FIB, MOS, BRX}),
    ("eild-46", "en",
     "HRCT: Subpleural reticulation and honeycombing, lower lobe predominant. No interlobular septal "
     "thickening. The pulmonary artery is enlarged (34 mm), but the heart is not enlarged. No enlarged "
     "mediastinal nodes. Calcified atheroma in the descending aorta.",
     {FIB, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eild-06", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
    ("eild-32", LN): "CT-RATE convention: nodes that have decreased are still described nodes, labelled lymphadenopathy",
    ("eild-36", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
