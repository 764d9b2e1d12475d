"""Probe: English chest CT reports of cancer patients on immune checkpoint inhibitors or targeted
therapy, written as attending radiologists write them (FINDINGS/IMPRESSION, comparisons, hedges):
checkpoint-inhibitor pneumonitis in organizing pneumonia, NSIP, hypersensitivity-like and diffuse
alveolar damage patterns, drug-related ground glass on EGFR inhibitors, sarcoid-like reaction with
hilar/mediastinal lymphadenopathy, pseudoprogression, RECIST/iRECIST response assessment with
"decreased", "resolved", "new" and "stable", port catheters and other devices, radiation fibrosis and
radiation recall, and pleural/pericardial effusions that grow, shrink or disappear. The reports were
written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("eio-01", "en",
     "CT CHEST WITH CONTRAST\n"
     "CLINICAL HISTORY: Stage IV lung adenocarcinoma on pembrolizumab, new cough and dyspnea.\n"
     "COMPARISON: CT chest 3 months prior.\n"
     "FINDINGS:\n"
     "Lines/tubes: Right chest wall port with catheter tip at the cavoatrial junction.\n"
     "Lungs: New bilateral peripheral and peribronchovascular consolidations in the lower lobes with "
     "surrounding ground-glass opacity. A reversed halo configuration is present in the left lower lobe. "
     "The spiculated left upper lobe primary mass measures 2.1 x 1.8 cm, previously 2.9 x 2.4 cm. "
     "Mild centrilobular emphysema in the upper lobes.\n"
     "Pleura: No pleural effusion.\n"
     "Mediastinum: No enlarged lymph nodes. Heart size is normal. No pericardial effusion. "
     "Mild atherosclerotic calcification of the aortic arch.\n"
     "IMPRESSION:\n"
     "1. New bilateral peripheral consolidations and ground-glass opacities with a reversed halo sign, "
     "organizing pneumonia pattern, most consistent with checkpoint inhibitor pneumonitis. Infection is "
     "less likely but cannot be excluded.\n"
     "2. Decreased size of the left upper lobe primary mass, consistent with treatment response.",
     {MM, CON, OPA, NOD, EMP, AWC}),

    ("eio-02", "en",
     "INDICATION: Metastatic melanoma on nivolumab and ipilimumab, progressive dyspnea.\n"
     "COMPARISON: 11/02.\n"
     "FINDINGS: There are new bilateral, lower lobe predominant ground-glass opacities with fine "
     "reticulation and relative subpleural sparing. Mild traction bronchiolectasis in both lower lobes. "
     "No honeycombing. No consolidation. The known 8 mm right lower lobe nodule is unchanged. "
     "Left chest port in place. No pleural effusion. No mediastinal or hilar lymphadenopathy. "
     "Scattered coronary artery calcifications.\n"
     "IMPRESSION: New NSIP pattern of lung injury, consistent with immune-related pneumonitis "
     "(at least grade 2 given symptoms).",
     {OPA, FIB, BRX, NOD, MM, CAC}),

    ("eio-03", "en",
     "HISTORY: Metastatic melanoma on combination ipilimumab/nivolumab. Restaging.\n"
     "COMPARISON: CT chest 2 months ago.\n"
     "FINDINGS: Interval development of symmetric bilateral hilar and mediastinal lymphadenopathy; the "
     "right lower paratracheal node measures 1.6 cm and the subcarinal node 1.8 cm in short axis. "
     "Numerous tiny perilymphatic nodules along the bronchovascular bundles and fissures, upper lobe "
     "predominant. No pleural or pericardial effusion. The heart is normal in size. Left chest port "
     "catheter terminates in the superior vena cava.\n"
     "IMPRESSION: New symmetric hilar and mediastinal lymphadenopathy with perilymphatic micronodules, "
     "favored to represent a sarcoid-like reaction to immunotherapy rather than nodal metastatic "
     "disease. Tissue sampling could be considered if clinically warranted.",
     {LN, NOD, MM}),

    ("eio-04", "en",
     "COMPARISON: CT 4 months ago demonstrating sarcoid-like hilar and mediastinal adenopathy.\n"
     "FINDINGS: The previously enlarged hilar and mediastinal lymph nodes have returned to normal size; "
     "the largest, in the subcarinal station, measures 7 mm in short axis. The perilymphatic "
     "micronodules have resolved. The lungs are otherwise clear. No pleural effusion. Heart size is "
     "normal without pericardial effusion. Small sliding hiatal hernia. Surgical clips in the right "
     "axilla from prior lymph node dissection.\n"
     "IMPRESSION: Resolution of the sarcoid-like reaction. No evidence of recurrent or metastatic "
     "disease in the chest.",
     {HH, MM}),

    ("eio-05", "en",
     "CLINICAL: Non-small cell lung cancer, atezolizumab started 6 weeks ago.\n"
     "COMPARISON: Baseline CT prior to immunotherapy.\n"
     "FINDINGS: The right upper lobe mass has increased in size, now 4.5 x 3.8 cm (previously "
     "3.6 x 3.1 cm), with a new rim of surrounding ground-glass opacity. A right hilar lymph node has "
     "enlarged to 1.4 cm in short axis. No new pulmonary nodules. Postobstructive atelectasis of the "
     "posterior segment of the right upper lobe. New small right pleural effusion. Extensive "
     "centrilobular and paraseptal emphysema. Calcified plaque of the aortic arch. Three-vessel "
     "coronary calcification.\n"
     "IMPRESSION: Enlarging right upper lobe mass and right hilar node. Given the early timepoint after "
     "initiation of immunotherapy, pseudoprogression is a consideration, although true progression "
     "cannot be excluded. Short-interval follow-up per iRECIST is recommended.",
     {NOD, OPA, LN, ATL, PE, EMP, AWC, CAC}),

    ("eio-06", "en",
     "RECIST 1.1 ASSESSMENT\n"
     "Target lesions:\n"
     "1. Left lower lobe nodule: 1.2 cm (baseline 2.4 cm).\n"
     "2. Right lower lobe nodule: 0.8 cm (baseline 1.5 cm).\n"
     "3. Left adrenal mass: 1.9 cm (baseline 3.0 cm).\n"
     "Sum of diameters: 3.9 cm (baseline 6.9 cm), a 43% decrease.\n"
     "Non-target lesions: The previously enlarged mediastinal lymph nodes have decreased and are now "
     "normal in size. The small left pleural effusion seen at baseline has resolved.\n"
     "New lesions: None.\n"
     "Other findings: Right chest port. Minimal dependent atelectasis at the lung bases. Mild "
     "cardiomegaly. No pericardial effusion.\n"
     "IMPRESSION: Partial response by RECIST 1.1.",
     {NOD, MM, ATL, CM}),

    ("eio-07", "en",
     "COMPARISON: Multiple prior CTs, most recent 3 months ago.\n"
     "FINDINGS: The previously seen right middle lobe nodule and left upper lobe nodules have resolved. "
     "No new pulmonary nodules. The previously noted subcarinal lymphadenopathy has resolved. Scattered "
     "linear scarring in the lingula, unchanged. No consolidation. No pleural or pericardial effusion. "
     "The port catheter has been removed in the interval.\n"
     "IMPRESSION: Complete response of intrathoracic disease.",
     {FIB}),

    ("eio-08", "en",
     "CLINICAL: Stage III NSCLC, completed concurrent chemoradiation, now on durvalumab consolidation.\n"
     "COMPARISON: 3 months prior.\n"
     "FINDINGS: Paramediastinal left upper lobe consolidation with volume loss, traction "
     "bronchiectasis, and sharp linear margins conforming to the radiation portal, with a thin rim of "
     "adjacent ground-glass opacity, compatible with evolving radiation fibrosis. No new opacities "
     "outside the radiation field. Fiducial markers in the left upper lobe. No pleural effusion. No "
     "lymphadenopathy.\n"
     "IMPRESSION: Expected evolution of radiation fibrosis in the left upper lobe. No evidence of "
     "pneumonitis outside the radiation field.",
     {CON, OPA, FIB, BRX, MM}),

    ("eio-09", "en",
     "HISTORY: Right upper lobe squamous cell carcinoma treated with radiotherapy 14 months ago, "
     "nivolumab started 5 weeks ago.\n"
     "FINDINGS: New ground-glass opacity and patchy consolidation confined to the right upper lobe "
     "radiation field. Background paramediastinal fibrotic strands in the same region. Small right "
     "pleural effusion with an indwelling right tunneled pleural catheter. The heart is not enlarged.\n"
     "IMPRESSION: Findings suggestive of radiation recall pneumonitis.",
     {OPA, CON, FIB, PE, MM}),

    ("eio-10", "en",
     "INDICATION: Renal cell carcinoma on nivolumab, restaging.\n"
     "FINDINGS:\n"
     "Lungs: No pulmonary nodules, masses, or consolidation. No ground-glass opacity to suggest "
     "pneumonitis. No bronchiectasis or interstitial thickening. Airways are patent without bronchial "
     "wall thickening.\n"
     "Pleura: No effusion or pneumothorax.\n"
     "Mediastinum and hila: No lymphadenopathy. Heart is normal in size. No pericardial effusion. "
     "Thoracic aorta is normal in caliber without calcification.\n"
     "Upper abdomen: Postsurgical changes of left nephrectomy with surgical clips in the nephrectomy "
     "bed. Multiple hepatic metastases, decreased in size.\n"
     "IMPRESSION: No evidence of intrathoracic metastatic disease. Decreased hepatic metastases.",
     {MM}),

    ("eio-11", "en",
     "INDICATION: On pembrolizumab, chest pain and elevated troponin.\n"
     "FINDINGS: New moderate pericardial effusion with mild pericardial enhancement. The heart is mildly "
     "enlarged. Small bilateral pleural effusions with adjacent compressive atelectasis. Smooth "
     "interlobular septal thickening in the lower lobes. Left chest port. Coronary artery "
     "calcification.\n"
     "IMPRESSION: New moderate pericardial effusion; in the setting of checkpoint inhibitor therapy, "
     "immune-related myopericarditis should be considered. Mild interstitial edema.",
     {PCE, CM, PE, ATL, IST, MM, CAC}),

    ("eio-12", "en",
     "COMPARISON: 6 weeks prior.\n"
     "FINDINGS: Decreased, now small left pleural effusion. Small pericardial effusion, decreased from "
     "moderate. Passive atelectasis of the left lower lobe, improved. The left lower lobe target lesion "
     "measures 1.6 cm, previously 1.9 cm. Atherosclerotic calcification of the descending aorta.\n"
     "IMPRESSION: Improving pleural and pericardial effusions. Slight decrease of the target lesion, "
     "stable disease by RECIST.",
     {PE, PCE, ATL, NOD, AWC}),

    ("eio-13", "en",
     "COMPARISON: CT 6 weeks ago showing organizing pneumonia pattern pneumonitis.\n"
     "FINDINGS: Interval resolution of the previously described bilateral peripheral consolidations and "
     "ground-glass opacities following corticosteroid therapy. Mild residual subpleural reticulation "
     "and fibrotic bands in the lower lobes. No new opacity. No pleural effusion. The right lower lobe "
     "nodule is stable at 6 mm. Port catheter unchanged.\n"
     "IMPRESSION: Resolved immune-related pneumonitis with minimal residual fibrotic change.",
     {FIB, NOD, MM}),

    ("eio-14", "en",
     "COMPARISON: 3 weeks prior, after initiation of steroids.\n"
     "FINDINGS: Improving but persistent ground-glass opacities in both lower lobes. The previously seen "
     "consolidation in the right lower lobe has resolved. Mild bronchial wall thickening in the lower "
     "lobes. No pleural effusion. No lymphadenopathy.\n"
     "IMPRESSION: Improving checkpoint inhibitor pneumonitis.",
     {OPA, PBT}),

    ("eio-15", "en",
     "INDICATION: On pembrolizumab, cough.\n"
     "FINDINGS: Diffuse ill-defined centrilobular ground-glass opacities with areas of mosaic "
     "attenuation; expiratory images demonstrate lobular air trapping. No consolidation. No septal "
     "thickening. Mild bronchial wall thickening. Right chest port. Innumerable hepatic metastases are "
     "partially imaged.\n"
     "IMPRESSION: Hypersensitivity pneumonitis-like pattern, likely immune-related pneumonitis. "
     "Differential includes atypical infection.",
     {OPA, MOS, PBT, MM}),

    ("eio-16", "en",
     "PORTABLE ICU PATIENT. Clinical: Severe hypoxemia on nivolumab.\n"
     "FINDINGS: Extensive bilateral ground-glass opacities with superimposed interlobular septal "
     "thickening, creating a crazy-paving pattern, and dependent consolidation in the lower lobes. Mild "
     "cylindrical bronchiectasis in the lower lobes. Small bilateral pleural effusions. Endotracheal tube tip 3 cm above the "
     "carina. Enteric tube terminates in the stomach. Right internal jugular central venous catheter.\n"
     "IMPRESSION: Diffuse alveolar damage pattern, favored grade 4 immune-related pneumonitis; "
     "superimposed infection cannot be excluded.",
     {OPA, IST, CON, BRX, PE, MM}),

    ("eio-17", "en",
     "COMPARISON: 3 months prior.\n"
     "FINDINGS: New 5 mm solid nodule in the right middle lobe (series 4, image 112), indeterminate. "
     "The other previously described nodules are stable. No lymphadenopathy. Mild emphysema. Stable "
     "small hiatal hernia. Calcified atherosclerotic plaque of the thoracic aorta.\n"
     "IMPRESSION: New indeterminate 5 mm right middle lobe nodule; attention on follow-up.",
     {NOD, EMP, HH, AWC}),

    ("eio-18", "en",
     "HISTORY: Melanoma of the left upper extremity, on adjuvant nivolumab.\n"
     "FINDINGS: Enlarging left axillary lymph node, now 2.2 cm in short axis (previously 1.1 cm), with "
     "loss of the fatty hilum. Enlarging prevascular lymph node, now 1.3 cm (previously 0.8 cm); nodal "
     "progression cannot be excluded, although reactive enlargement is possible. Lungs are clear. No "
     "pleural effusion.\n"
     "IMPRESSION: Enlarging left axillary and prevascular lymphadenopathy, suspicious for progression.",
     {LN}),

    ("eio-19", "en",
     "FINDINGS: No evidence of pneumonitis. No pleural effusion. No pericardial effusion. The heart is "
     "normal in size. Mediastinal lymph nodes are not enlarged. Stable 3 mm calcified granuloma in the "
     "left upper lobe. Right chest port with the catheter tip in the distal SVC.\n"
     "IMPRESSION: No acute intrathoracic abnormality. No evidence of checkpoint inhibitor pneumonitis.",
     {NOD, MM}),

    ("eio-20", "en",
     "HISTORY: EGFR-mutant lung adenocarcinoma on osimertinib.\n"
     "FINDINGS: New bilateral multifocal ground-glass opacities, predominantly subpleural, without "
     "consolidation. The primary left lower lobe tumor has decreased to 1.1 cm. The multiple small "
     "bilateral pulmonary metastases have decreased in size and number, some resolved. Small left "
     "pleural effusion, unchanged. No hilar or mediastinal adenopathy.\n"
     "IMPRESSION: New ground-glass opacities, suspicious for drug-induced pneumonitis related to "
     "osimertinib. Continued response of the primary tumor and pulmonary metastases.",
     {OPA, NOD, PE}),

    ("eio-21", "en",
     "HISTORY: ALK-rearranged adenocarcinoma status post right upper lobectomy, on alectinib.\n"
     "FINDINGS: Postsurgical changes of right upper lobectomy with a surgical staple line at the "
     "bronchial stump. Small loculated right apical pleural fluid collection, stable since the "
     "postoperative study. Small focal ground-glass opacity in the right lower lobe superior segment, "
     "possibly transient and treatment-related. No hiatal hernia. No lymphadenopathy.\n"
     "IMPRESSION: Small ground-glass opacity, possibly drug-related; follow-up recommended.",
     {MM, PE, OPA}),

    ("eio-22", "en",
     "COMPARISON: 2 months prior.\n"
     "FINDINGS: Mild smooth pericardial thickening without pericardial effusion, likely sequela of prior "
     "mediastinal radiation. Heart size is normal. No pleural effusion. Paramediastinal radiation "
     "fibrosis in both upper lobes, stable. Scattered coronary calcification.\n"
     "IMPRESSION: Stable post-radiation changes. No evidence of recurrent Hodgkin lymphoma.",
     {PCE, FIB, CAC}),

    ("eio-23", "en",
     "STRUCTURED ONCOLOGY TEMPLATE\n"
     "Lungs: Scattered pulmonary metastases, see measurements below.\n"
     "Emphysema: Mild centrilobular.\n"
     "Airways: No bronchiectasis or wall thickening.\n"
     "Pleura: Trace left pleural effusion.\n"
     "Heart: Normal size.\n"
     "Pericardium: No effusion.\n"
     "Lymph nodes: None enlarged.\n"
     "Coronary calcification: Moderate.\n"
     "Aortic calcification: Mild.\n"
     "Hiatal hernia: None.\n"
     "Measurements: Right upper lobe 1.4 cm (prior 1.5 cm); left lower lobe 0.9 cm (prior 0.9 cm).\n"
     "IMPRESSION: Stable disease.",
     {NOD, EMP, PE, CAC, AWC}),

    ("eio-24", "en",
     "COMPARISON: 4 weeks prior.\n"
     "FINDINGS: Interval decrease in the patchy ground-glass opacities in the right lower lobe, which "
     "persist to a lesser degree. The left lower lobe consolidation is smaller but still present. No new "
     "areas of involvement. Mild bibasilar subsegmental atelectasis. Port catheter tip at the "
     "cavoatrial junction.\n"
     "IMPRESSION: Partially treated immune-related pneumonitis, improving.",
     {OPA, CON, ATL, MM}),

    ("eio-25", "en",
     "COMPARISON: Baseline staging CT.\n"
     "FINDINGS: The right lower lobe mass has decreased in size, now 3.0 cm from 4.6 cm, and has "
     "developed central cavitation, consistent with treatment response. Mild cylindrical bronchiectasis "
     "in the adjacent right lower lobe. The previously enlarged right hilar lymph node measures 0.9 cm in "
     "short axis, now within normal limits. No pleural effusion.\n"
     "IMPRESSION: Partial response with cavitation of the right lower lobe mass.",
     {NOD, BRX}),

    ("eio-26", "en",
     "HISTORY: Breast cancer on pembrolizumab, new dyspnea.\n"
     "FINDINGS: Smooth and nodular interlobular septal thickening in the right lower and middle lobes "
     "with peribronchovascular interstitial thickening. Enlarged right hilar lymph node, 1.5 cm. Moderate "
     "right pleural effusion. Left mastectomy with surgical clips in the left axilla.\n"
     "IMPRESSION: Findings concerning for lymphangitic carcinomatosis of the right lung. Drug-related "
     "pneumonitis is considered less likely given the unilateral distribution.",
     {IST, PBT, LN, PE, MM}),

    ("eio-27", "en",
     "HISTORY: Esophageal adenocarcinoma on nivolumab, dysphagia.\n"
     "FINDINGS: Esophageal stent spanning the distal esophageal tumor, in expected position. An enlarged "
     "paraesophageal lymph node measures 1.2 cm in short axis. Patchy dependent opacity in the posterior "
     "right lower lobe, possibly aspiration. No consolidation. No pleural effusion. No hiatal hernia.\n"
     "IMPRESSION: Patchy right lower lobe opacity, possibly aspiration. Paraesophageal "
     "lymphadenopathy.",
     {MM, LN, OPA}),

    ("eio-28", "en",
     "INDICATION: Melanoma on pembrolizumab, restaging.\n"
     "FINDINGS: The lungs are clear. No pulmonary nodules. A 1.5 cm hypodense nodule in the left thyroid "
     "lobe. A 1.2 cm left adrenal nodule, indeterminate. Several hypoattenuating liver lesions, too small "
     "to characterize. Calcified splenic granulomas. Stent in the proximal left anterior descending "
     "coronary artery with coronary artery calcification elsewhere. No pleural or pericardial "
     "effusion.\n"
     "IMPRESSION: No evidence of thoracic metastatic disease. Left thyroid nodule; thyroid ultrasound "
     "recommended.",
     {MM, CAC}),

    ("eio-29", "en",
     "COMPARISON: 2 months prior.\n"
     "FINDINGS: Dense consolidation with air bronchograms in the right lower lobe and surrounding "
     "ground-glass opacity, lobar in distribution. Small right parapneumonic effusion. Mildly enlarged "
     "reactive right hilar lymph node. Left chest port.\n"
     "IMPRESSION: Right lower lobe pneumonia favored over checkpoint inhibitor pneumonitis given the lobar "
     "distribution.",
     {CON, OPA, PE, LN, MM}),

    ("eio-30", "en",
     "COMPARISON: 3 months prior.\n"
     "FINDINGS: Bilateral hilar lymphadenopathy has decreased but remains enlarged, with the right hilar "
     "node now measuring 1.3 cm (previously 2.0 cm). No new lymphadenopathy. No pulmonary nodules. No "
     "pleural effusion. Small hiatal hernia.\n"
     "IMPRESSION: Improving sarcoid-like hilar adenopathy on continued immunotherapy.",
     {LN, HH}),

    ("eio-31", "en",
     "HISTORY: Prior malignant pericardial effusion status post pericardiocentesis.\n"
     "FINDINGS: No recurrent pericardial effusion. The pericardial drain has been removed. Heart size is "
     "normal. Left lower lobe nodule, 1.0 cm, previously 1.4 cm. No pleural effusion. No "
     "lymphadenopathy.\n"
     "IMPRESSION: No recurrent pericardial effusion. Decreasing left lower lobe nodule.",
     {NOD}),

    ("eio-32", "en",
     "HISTORY: History of grade 3 immune-related pneumonitis in 2022, treated with steroids; currently off "
     "therapy.\n"
     "FINDINGS: No ground-glass opacity or consolidation. No residual fibrosis. Moderate centrilobular "
     "emphysema. No pulmonary nodules. No pleural effusion. Mild aortic and coronary calcifications.\n"
     "IMPRESSION: No evidence of recurrent pneumonitis.",
     {EMP, AWC, CAC}),

    ("eio-33", "en",
     "COMPARISON: 2 months prior.\n"
     "FINDINGS: The previously noted mosaic attenuation is no longer seen. Mild bronchial wall thickening "
     "persists in the lower lobes. No ground-glass opacity. No pleural effusion. The port catheter is "
     "unchanged.\n"
     "IMPRESSION: Resolution of mosaic attenuation; persistent mild airway wall thickening.",
     {PBT, MM}),

    ("eio-34", "en",
     "HISTORY: Triple-negative breast cancer on pembrolizumab, status post left breast irradiation.\n"
     "FINDINGS: Anterior subpleural fibrosis in the left upper lobe conforming to the tangential "
     "radiation field, unchanged. Left breast implant. Surgical clips in the left axilla. No pulmonary "
     "nodules. No pleural effusion. No lymphadenopathy.\n"
     "IMPRESSION: Stable post-radiation fibrosis. No evidence of metastatic disease.",
     {FIB, MM}),

    ("eio-35", "en",
     "INDICATION: On durvalumab, chronic cough.\n"
     "FINDINGS: New cylindrical bronchiectasis in both lower lobes with diffuse bronchial wall "
     "thickening. No consolidation or ground-glass opacity. No pleural effusion. Moderate coronary "
     "artery calcification.\n"
     "IMPRESSION: New bronchiectasis and airway wall thickening, possibly immune-related airway disease.",
     {BRX, PBT, CAC}),

    ("eio-36", "en",
     "FINDINGS: Possible trace right pleural effusion. Linear atelectasis or scarring in the lingula. No "
     "consolidation. Stable 4 mm right upper lobe nodule. Heart size normal. No pericardial effusion.\n"
     "IMPRESSION: No significant interval change.",
     {PE, ATL, FIB, NOD}),

    ("eio-37", "en",
     "COMPARISON: 3 months prior.\n"
     "FINDINGS: Stable bilateral pulmonary nodules, the largest 9 mm in the left lower lobe. Stable "
     "mildly enlarged left hilar lymph node measuring 1.2 cm. No new nodules. No pleural effusion. "
     "Mild cardiomegaly, unchanged. Dual-chamber pacemaker with leads in the right atrium and "
     "ventricle.\n"
     "IMPRESSION: Stable disease.",
     {NOD, LN, CM, MM}),

    ("eio-38", "en",
     "COMPARISON: 6 weeks prior.\n"
     "FINDINGS: Increased moderate left pleural effusion, previously small, with new compressive "
     "atelectasis of the left lower lobe. The left upper lobe mass is larger, 5.2 cm from 4.1 cm. New "
     "left paratracheal lymphadenopathy measuring 1.7 cm. Right chest port.\n"
     "IMPRESSION: Progressive disease by RECIST. Pseudoprogression is considered unlikely at this "
     "timepoint.",
     {PE, ATL, NOD, LN, MM}),

    ("eio-39", "en",
     "FINDINGS: The cardiac silhouette is enlarged with an increased cardiothoracic ratio compared with "
     "the prior study. No pericardial effusion. Small bilateral pleural effusions. Mild smooth "
     "interlobular septal thickening at the lung bases, likely interstitial edema. Coronary artery "
     "calcifications.\n"
     "IMPRESSION: Interval cardiomegaly with interstitial edema. In a patient on checkpoint inhibitors, "
     "immune-related myocarditis should be excluded clinically.",
     {CM, PE, IST, CAC}),

    ("eio-40", "en",
     "FINDINGS: Subsegmental atelectasis in the lingula without consolidation. Left lower lobe "
     "consolidation with adjacent ground-glass opacity, without associated pleural effusion. No "
     "lymphadenopathy. No emphysema.\n"
     "IMPRESSION: Left lower lobe consolidation, possibly infectious or immune-related.",
     {ATL, CON, OPA}),

    ("eio-41", "en",
     "FINDINGS: Varicoid bronchiectasis in the right middle lobe and lingula, unchanged, likely "
     "post-infectious. No bronchial wall thickening. No new opacity. Stable 7 mm left upper lobe nodule. "
     "Port catheter in the right chest.\n"
     "IMPRESSION: Stable bronchiectasis. No evidence of pneumonitis.",
     {BRX, NOD, MM}),

    ("eio-42", "en",
     "IMPRESSION:\n"
     "1. Grade 1 pneumonitis: subtle subpleural ground-glass opacity in the right lower lobe.\n"
     "2. Stable sarcoid-like mediastinal and hilar lymphadenopathy.\n"
     "3. Port catheter in satisfactory position.\n"
     "4. No pleural effusion.",
     {OPA, LN, MM}),

    ("eio-43", "en",
     "FINDINGS: Focal atelectasis in the right middle lobe. Follow-up CT after resolution is recommended "
     "to exclude an underlying nodule. No pleural effusion. Mild paraseptal emphysema at the apices. "
     "Small hiatal hernia.\n"
     "IMPRESSION: Right middle lobe atelectasis; follow-up recommended.",
     {ATL, EMP, HH}),

    ("eio-44", "en",
     "COMPARISON: 8 weeks prior.\n"
     "FINDINGS: New mediastinal and bilateral hilar lymph node enlargement, with a 1.5 cm subcarinal "
     "node, while all target lung lesions have decreased in size; the left upper lobe nodule now measures "
     "1.0 cm. No pleural effusion. No pericardial effusion. Aortic wall calcification.\n"
     "IMPRESSION: New hilar and mediastinal adenopathy in the setting of response elsewhere, favored to "
     "represent a sarcoid-like reaction or pseudoprogression rather than true progression.",
     {LN, NOD, AWC}),

    ("eio-45", "en",
     "COMPARISON: 3 months prior.\n"
     "FINDINGS: Previously described ground-glass opacities in the lower lobes have resolved. No "
     "interlobular septal thickening. The small right pleural effusion has resolved. Minimal residual "
     "right basilar atelectasis. Mild centrilobular emphysema. Left chest port.\n"
     "IMPRESSION: Resolution of prior pneumonitis and right pleural effusion.",
     {ATL, EMP, MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ('eio-05', NOD): "a lung mass over 3 cm: the schema follows CT-RATE's hand labels (a mass alone is no nodule); the probe counts it",
    ('eio-25', NOD): "a lung mass over 3 cm: the schema follows CT-RATE's hand labels (a mass alone is no nodule); the probe counts it",
    ('eio-38', NOD): "a lung mass over 3 cm: the schema follows CT-RATE's hand labels (a mass alone is no nodule); the probe counts it",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
