"""Probe: English chest CT reports drafted by an AI assistant or a very verbose writer and then
signed by a radiologist: long sentences, stacked hedges and double modality ("There does not appear
to be any evidence of...", "which is likely, though not definitively, consistent with...", "cannot be
entirely excluded", "is favored to represent", "is not appreciated", "Notably absent are..."), bullet
summaries that repeat the findings, "Key findings:" / "Pertinent negatives:" sections and
recommendations. Hedged present findings are 1; pertinent negatives are 0. The reports were written
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
    ("ellm-01", "en",
     ("FINDINGS: It is worth noting that there are mild centrilobular emphysematous changes, predominantly "
      "involving both upper lobes. A 5 mm solid nodule is identified in the right lower lobe, which is "
      "likely, though not definitively, consistent with a benign intrapulmonary lymph node; nevertheless, it "
      "should be regarded as a pulmonary nodule for follow-up purposes. There does not appear to be any "
      "evidence of pleural effusion or pericardial effusion. The heart size appears to be within normal "
      "limits. Mediastinal or hilar lymphadenopathy is not appreciated.\n"
      "Key findings:\n- Mild centrilobular emphysema, upper-lobe predominant.\n- 5 mm right lower lobe "
      "nodule.\n"
      "Pertinent negatives:\n- No consolidation.\n- No pleural effusion.\n- No lymphadenopathy.\n"
      "RECOMMENDATION: Follow-up CT in 12 months in accordance with the Fleischner Society guidelines."),
     {EMP, NOD}),
    ("ellm-02", "en",
     ("FINDINGS: The lungs are clear for the most part. While there is no overt consolidation, subtle "
      "ground-glass change in the posterior basal segment of the left lower lobe cannot be entirely "
      "excluded. It is worth noting that there is moderate atherosclerotic calcification of the aortic arch "
      "and the descending thoracic aorta, as well as calcified plaque along the left anterior descending "
      "coronary artery. No pleural effusion is present. The cardiac size appears to be within normal limits.\n"
      "Key findings:\n- Possible subtle ground-glass opacity, left lower lobe.\n- Aortic and coronary "
      "artery calcifications.\n"
      "Pertinent negatives:\n- No consolidation.\n- No pleural or pericardial effusion."),
     {OPA, AWC, CAC}),
    ("ellm-03", "en",
     ("FINDINGS: Small bilateral pleural effusions are present, right greater than left, with adjacent "
      "compressive atelectasis of both lower lobes. The cardiac silhouette is enlarged, which is likely, "
      "though not definitively, consistent with the patient's known cardiomyopathy. Notably absent are "
      "pericardial effusion, pneumothorax, and focal consolidation.\n"
      "IMPRESSION:\n1. Small bilateral pleural effusions with compressive atelectasis.\n2. Cardiomegaly."),
     {PE, ATL, CM}),
    ("ellm-04", "en",
     ("FINDINGS: There does not appear to be any evidence of pulmonary nodules, consolidation, or "
      "ground-glass opacity. There are no definite findings to suggest emphysema or bronchiectasis. The "
      "mediastinum appears to be within normal limits, and lymphadenopathy is not appreciated. There is no "
      "hiatal hernia. No pleural or pericardial effusion is seen. Coronary artery calcification is not "
      "appreciated, and the thoracic aorta appears to be within normal limits in caliber without mural "
      "calcification.\n"
      "IMPRESSION: No acute or chronic cardiopulmonary abnormality is identified. It is worth noting that "
      "this is an entirely unremarkable examination."),
     set()),
    ("ellm-05", "en",
     ("FINDINGS: Median sternotomy wires are noted, in keeping with prior coronary artery bypass grafting. "
      "A dual-chamber pacemaker is present, with leads terminating in the right atrium and the right "
      "ventricle. Dense calcifications of the native coronary arteries are seen. There is also "
      "atherosclerotic calcification of the thoracic aorta. The heart is mildly enlarged. It is worth noting "
      "that there does not appear to be any evidence of pericardial effusion.\n"
      "Key findings:\n- Post-CABG sternotomy and pacemaker.\n- Coronary and aortic calcification.\n- Mild "
      "cardiomegaly."),
     {MM, CAC, AWC, CM}),
    ("ellm-06", "en",
     ("FINDINGS: There is subpleural reticulation in both lower lobes with associated traction "
      "bronchiectasis, which is favored to represent a fibrotic interstitial lung disease, possibly in a "
      "usual interstitial pneumonia pattern. Honeycombing is not appreciated. There is no significant "
      "ground-glass opacity, and interlobular septal thickening is not a dominant feature and is not "
      "appreciated. No pleural effusion.\n"
      "IMPRESSION: Probable fibrotic interstitial lung disease with traction bronchiectasis. Recommend "
      "correlation with pulmonary function tests and multidisciplinary discussion."),
     {FIB, BRX}),
    ("ellm-07", "en",
     ("FINDINGS: A small sliding hiatal hernia is incidentally noted. There are a few subcentimeter "
      "mediastinal lymph nodes, which appear to be within normal limits in size, and there are no definite "
      "findings to suggest lymphadenopathy. The lungs are clear, without nodules, opacities, or "
      "consolidation. No pleural effusion.\n"
      "Key findings:\n- Small hiatal hernia.\n"
      "Pertinent negatives:\n- No lymphadenopathy.\n- No pulmonary nodules."),
     {HH}),
    ("ellm-08", "en",
     ("FINDINGS: There is a mosaic attenuation pattern throughout both lungs, which is likely, though not "
      "definitively, consistent with small airways disease; air trapping should be considered and could be "
      "confirmed on expiratory imaging. Mild bronchial wall thickening is also observed in both lower "
      "lobes. Notably absent are bronchiectasis and emphysema.\n"
      "Key findings:\n- Mosaic attenuation.\n- Mild bronchial wall thickening.\n"
      "RECOMMENDATION: Consider expiratory CT to evaluate for air trapping."),
     {MOS, PBT}),
    ("ellm-09", "en",
     ("FINDINGS: Dense airspace consolidation with air bronchograms is present in the right lower lobe, "
      "surrounded by ground-glass opacity, and this is favored to represent infectious pneumonia. A small "
      "right parapneumonic pleural effusion is present. Mildly enlarged right hilar lymph nodes are noted, "
      "measuring up to 12 mm in short axis, which are likely reactive in nature.\n"
      "IMPRESSION:\n- Right lower lobe pneumonia.\n- Small right pleural effusion.\n- Reactive right hilar "
      "lymphadenopathy.\n"
      "RECOMMENDATION: Follow-up CT after treatment to document resolution."),
     {CON, OPA, PE, LN}),
    ("ellm-10", "en",
     ("COMPARISON: CT from four months ago.\n"
      "FINDINGS: Compared with the prior CT, the previously described left lower lobe consolidation has "
      "completely resolved. The previously noted small left pleural effusion is no longer seen. There is a "
      "residual thin fibrotic band in the left lower lobe, in keeping with post-inflammatory scarring.\n"
      "IMPRESSION: Resolution of left lower lobe pneumonia and effusion, with residual scarring."),
     {FIB}),
    ("ellm-11", "en",
     ("FINDINGS: A right-sided chest port is in place, with the catheter tip at the cavoatrial junction. A "
      "small pericardial effusion is noted, measuring up to 8 mm in thickness. It is worth noting that the "
      "heart size otherwise appears to be within normal limits. There are no definite findings to suggest "
      "pulmonary metastatic disease. No pleural effusion.\n"
      "Key findings:\n- Small pericardial effusion.\n- Port catheter in satisfactory position."),
     {PCE, MM}),
    ("ellm-12", "en",
     ("FINDINGS: Smooth interlobular septal thickening is present in both lungs, together with patchy "
      "ground-glass opacities, which is favored to represent interstitial pulmonary edema. There are "
      "moderate bilateral pleural effusions. The heart is enlarged.\n"
      "IMPRESSION: Findings are likely, though not definitively, consistent with congestive heart failure: "
      "cardiomegaly, bilateral pleural effusions, and interstitial edema."),
     {IST, OPA, PE, CM}),
    ("ellm-13", "en",
     ("FINDINGS: A 4 mm calcified granuloma is noted in the right upper lobe, consistent with prior "
      "granulomatous infection. There does not appear to be any evidence of suspicious pulmonary nodules or "
      "masses. A few calcified mediastinal lymph nodes are present, none of which are enlarged. No "
      "consolidation or pleural effusion.\n"
      "IMPRESSION: Calcified granuloma from prior granulomatous infection. No suspicious pulmonary "
      "lesion."),
     {NOD}),
    ("ellm-14", "en",
     ("FINDINGS: Paraseptal and centrilobular emphysema is present in both upper lobes, with a few small "
      "subpleural bullae at the apices. Atherosclerotic calcification of the aortic arch is noted. Notably "
      "absent are bronchiectasis, interlobular septal thickening, and pleural effusion.\n"
      "Key findings:\n- Emphysema, upper-lobe predominant.\n- Aortic atherosclerosis."),
     {EMP, AWC}),
    ("ellm-15", "en",
     ("FINDINGS: There may possibly be a very subtle focus of cylindrical bronchiectasis in the medial "
      "segment of the right middle lobe, although this appearance could in part be related to respiratory "
      "motion. Mild peribronchial thickening is noted in the right middle lobe and lingula. There does not "
      "appear to be any evidence of consolidation or nodules.\n"
      "IMPRESSION: Possible mild right middle lobe bronchiectasis and peribronchial thickening."),
     {BRX, PBT}),
    ("ellm-16", "en",
     ("FINDINGS: The patient is status post right upper lobectomy, with surgical staple lines at the "
      "bronchial stump. There is expected postoperative volume loss of the right hemithorax. There are no "
      "definite findings to suggest local recurrence. A small loculated right pleural effusion is present, "
      "which is likely, though not definitively, post-surgical in nature. Mild linear fibrotic strands "
      "adjacent to the staple line are favored to represent postoperative scarring.\n"
      "Key findings:\n- Post right upper lobectomy.\n- Small loculated right pleural effusion.\n- "
      "Postoperative scarring."),
     {MM, PE, FIB}),
    ("ellm-17", "en",
     ("FINDINGS: Plate-like subsegmental atelectasis is seen at both lung bases. There are no definite "
      "findings to suggest consolidation or ground-glass opacity. A hiatal hernia is not appreciated. The "
      "heart and pericardium appear to be within normal limits.\n"
      "IMPRESSION: Mild bibasilar subsegmental atelectasis. Otherwise unremarkable."),
     {ATL}),
    ("ellm-18", "en",
     ("FINDINGS: There are multiple enlarged mediastinal and bilateral hilar lymph nodes, the largest in "
      "the subcarinal station measuring 18 mm in short axis, and the symmetric distribution is favored to "
      "represent sarcoidosis. Numerous perilymphatic micronodules are seen along the bronchovascular "
      "bundles and the fissures. It is worth noting that there is no pleural effusion.\n"
      "Key findings:\n- Mediastinal and hilar lymphadenopathy.\n- Perilymphatic micronodules.\n"
      "RECOMMENDATION: Tissue sampling may be considered if clinically indicated."),
     {LN, NOD}),
    ("ellm-19", "en",
     ("FINDINGS: There are bilateral peripheral ground-glass opacities with superimposed interlobular "
      "septal thickening in the lower lobes, producing a crazy-paving appearance, which is likely, though "
      "not definitively, consistent with viral pneumonia, including COVID-19. There is no dense "
      "consolidation. There does not appear to be any evidence of pleural effusion.\n"
      "Key findings:\n- Peripheral ground-glass opacities with crazy paving.\n"
      "Pertinent negatives:\n- No consolidation.\n- No pleural effusion.\n- No lymphadenopathy."),
     {OPA, IST}),
    ("ellm-20", "en",
     ("FINDINGS: Mild atherosclerotic calcification of the descending thoracic aorta is present. Coronary "
      "artery calcification is not appreciated. The lungs appear to be within normal limits. There is no "
      "pleural effusion, and there are no definite findings to suggest lymphadenopathy.\n"
      "IMPRESSION: Mild aortic atherosclerosis. No other abnormality."),
     {AWC}),
    ("ellm-21", "en",
     ("FINDINGS: A right internal jugular central venous catheter terminates in the superior vena cava. An "
      "endotracheal tube is in appropriate position, approximately 4 cm above the carina. A nasogastric "
      "tube courses into the stomach. There is bilateral dependent consolidation in the lower lobes with "
      "air bronchograms, and superimposed aspiration pneumonia cannot be entirely excluded. Adjacent "
      "passive atelectasis is present. Small bilateral pleural effusions are noted.\n"
      "Key findings:\n- Support devices in satisfactory position.\n- Bilateral lower lobe consolidation.\n- "
      "Small bilateral pleural effusions."),
     {MM, CON, ATL, PE}),
    ("ellm-22", "en",
     ("FINDINGS: There is no definite evidence of bronchiectasis; the bronchi appear to be within normal "
      "limits in caliber. Mild bronchial wall thickening in the lower lobes cannot be entirely excluded. A "
      "tiny 3 mm perifissural nodule is noted along the right minor fissure, which is favored to represent "
      "an intrapulmonary lymph node.\n"
      "IMPRESSION:\n- Possible mild bronchial wall thickening.\n- 3 mm perifissural nodule, likely benign; "
      "no follow-up is required."),
     {PBT, NOD}),
    ("ellm-23", "en",
     ("FINDINGS: There is mild cardiomegaly. Coronary artery calcifications are present in the left "
      "anterior descending artery. The esophagus appears to be within normal limits, and a hiatal hernia is "
      "not appreciated. There does not appear to be any evidence of pericardial effusion.\n"
      "Key findings:\n- Mild cardiomegaly.\n- LAD coronary calcification."),
     {CM, CAC}),
    ("ellm-24", "en",
     ("CLINICAL HISTORY: The patient has a history of left lower lobe pneumonia with a pleural effusion, "
      "treated in 2021.\n"
      "FINDINGS: It is worth noting that there is no residual consolidation or pleural effusion on the "
      "current study. Mild paraseptal emphysema is present in the upper lobes.\n"
      "IMPRESSION: Mild paraseptal emphysema. No evidence of recurrent pneumonia."),
     {EMP}),
    ("ellm-25", "en",
     ("FINDINGS: Several scattered micronodules, up to 3 mm, are favored to represent benign "
      "post-inflammatory granulomas. A few tiny calcifications are seen in the wall of the aortic arch. "
      "Notably absent are lymphadenopathy, pleural effusion, pericardial effusion, and cardiomegaly.\n"
      "Key findings:\n- Scattered micronodules, likely benign.\n- Minimal aortic calcification."),
     {NOD, AWC}),
    ("ellm-26", "en",
     ("FINDINGS: A patchy area of consolidation in the lingula is favored to represent early pneumonia. "
      "There is no surrounding ground-glass opacity. There does not appear to be any evidence of pleural "
      "effusion or lymphadenopathy.\n"
      "IMPRESSION: Lingular consolidation, likely infectious.\n"
      "RECOMMENDATION: Clinical correlation and short-interval follow-up after antibiotic therapy."),
     {CON}),
    ("ellm-27", "en",
     ("FINDINGS: Bilateral breast implants are noted. Surgical clips are present in the left axilla, in "
      "keeping with prior axillary lymph node dissection. There is no axillary, mediastinal, or hilar "
      "lymphadenopathy. Paramediastinal fibrotic changes in the left upper lobe are favored to represent "
      "post-radiation fibrosis.\n"
      "Key findings:\n- Post-treatment changes of the left breast and axilla.\n- Left upper lobe radiation "
      "fibrosis."),
     {MM, FIB}),
    ("ellm-28", "en",
     ("FINDINGS: A 1.5 cm hypodense nodule in the right thyroid lobe is incidentally noted. Several hepatic "
      "cysts are partially imaged, and a punctate calcification is seen in the upper pole of the left "
      "kidney. There does not appear to be any evidence of pulmonary nodules. A small hiatal hernia is "
      "present.\n"
      "RECOMMENDATION: Thyroid ultrasound is recommended for the thyroid nodule."),
     {HH}),
    ("ellm-29", "en",
     ("FINDINGS: A trace amount of left pleural fluid cannot be entirely excluded, although this appearance "
      "may partly reflect pleural thickening. There is mild pleural thickening on the right side without "
      "effusion. The lungs are otherwise clear.\n"
      "IMPRESSION: Possible trace left pleural effusion."),
     {PE}),
    ("ellm-30", "en",
     ("FINDINGS: There is moderate centrilobular emphysema in both lungs. There is bronchial wall "
      "thickening with cylindrical bronchiectasis in both lower lobes, and some of the dilated bronchi "
      "contain mucus. It is worth noting that there is no suspicious nodule.\n"
      "Key findings:\n1. Moderate centrilobular emphysema.\n2. Bronchial wall thickening and cylindrical "
      "bronchiectasis in the lower lobes.\n3. No suspicious pulmonary nodule."),
     {EMP, PBT, BRX}),
    ("ellm-31", "en",
     ("FINDINGS: Notably absent is any mosaic attenuation pattern to suggest small airways disease, and "
      "there is no air trapping on the expiratory images. Mild dependent atelectasis is seen in both lower "
      "lobes. Calcified atherosclerotic plaque is present in the right coronary artery.\n"
      "IMPRESSION: Mild dependent atelectasis. Coronary artery calcification."),
     {ATL, CAC}),
    ("ellm-32", "en",
     ("FINDINGS: The patient is status post transcatheter aortic valve replacement, and the valve "
      "prosthesis is in expected position. A stent is present in the left main coronary artery, and there "
      "are extensive coronary artery calcifications. The heart does not appear to be enlarged. There is no "
      "pericardial effusion.\n"
      "Key findings:\n- TAVR prosthesis and coronary stent.\n- Coronary artery calcification."),
     {MM, CAC}),
    ("ellm-33", "en",
     ("FINDINGS: A 2.3 cm spiculated mass is present in the left upper lobe, which is highly suspicious for "
      "primary bronchogenic carcinoma. Background centrilobular emphysema is noted. Several small "
      "mediastinal lymph nodes are present, none of which meet CT criteria for enlargement (all under 1 cm "
      "in short axis).\n"
      "Key findings:\n- Spiculated left upper lobe mass.\n- Emphysema.\n"
      "Pertinent negatives:\n- No lymphadenopathy.\n- No pleural effusion.\n"
      "RECOMMENDATION: PET-CT and tissue sampling."),
     {NOD, EMP}),
    ("ellm-34", "en",
     ("FINDINGS: Subtle interlobular septal thickening at the lung bases cannot be entirely excluded, and "
      "it may be accentuated by dependent positioning. There is no honeycombing, traction bronchiectasis, "
      "or reticulation to suggest pulmonary fibrosis.\n"
      "IMPRESSION: Possible minimal basal interlobular septal thickening. No evidence of fibrosis."),
     {IST}),
    ("ellm-35", "en",
     ("FINDINGS: There are small bilateral pleural effusions with bibasilar atelectasis. The heart does not "
      "appear to be enlarged, and there does not appear to be any significant pericardial effusion. There "
      "are no definite findings to suggest pulmonary embolism.\n"
      "Key findings:\n- Small bilateral pleural effusions.\n- Bibasilar atelectasis."),
     {PE, ATL}),
    ("ellm-36", "en",
     ("FINDINGS: An inferior vena cava filter is partially visualized. There is ground-glass opacity in the "
      "right middle lobe, which is favored to represent an inflammatory process. Emphysema is not "
      "appreciated. Bronchiectasis is not appreciated. Lymphadenopathy is not appreciated.\n"
      "IMPRESSION: Right middle lobe ground-glass opacity, likely inflammatory."),
     {MM, OPA}),
    ("ellm-37", "en",
     ("FINDINGS: There appears to possibly be a small area of peribronchovascular consolidation in the "
      "superior segment of the right lower lobe. Furthermore, associated mild bronchiectasis in this "
      "segment cannot be entirely excluded. There does not appear to be any evidence of pleural effusion.\n"
      "IMPRESSION: Possible small right lower lobe consolidation with possible bronchiectasis."),
     {CON, BRX}),
    ("ellm-38", "en",
     ("FINDINGS: There is basal-predominant honeycombing with traction bronchiectasis and reticulation, "
      "compatible with a usual interstitial pneumonia pattern. Mediastinal lymph nodes are mildly enlarged, "
      "up to 13 mm in short axis, which is likely, though not definitively, reactive to the underlying "
      "fibrotic lung disease.\n"
      "Key findings:\n- UIP pattern pulmonary fibrosis.\n- Mild mediastinal lymphadenopathy, likely "
      "reactive."),
     {FIB, BRX, LN}),
    ("ellm-39", "en",
     ("FINDINGS: A small hiatal hernia is favored, although this may partially reflect a patulous distal "
      "esophagus. Moderate three-vessel coronary artery calcification is present. The lungs appear to be "
      "within normal limits.\n"
      "IMPRESSION: Probable small hiatal hernia. Coronary artery calcification."),
     {HH, CAC}),
    ("ellm-40", "en",
     ("FINDINGS: There are patchy ground-glass opacities in the right lower lobe, which are favored to "
      "represent infectious bronchiolitis. Mild bronchial wall thickening is present in the right lower "
      "lobe.\n"
      "RECOMMENDATION: Recommend follow-up chest CT in 3 months to exclude an underlying nodule once the "
      "inflammatory changes have resolved."),
     {OPA, PBT}),
    ("ellm-41", "en",
     ("FINDINGS: While there is no overt pleural effusion, mild pleural thickening is noted along the left "
      "lateral chest wall. Calcified pleural plaques are present bilaterally, which are favored to "
      "represent prior asbestos exposure. A 3 cm area of rounded atelectasis is seen in the left lower lobe "
      "adjacent to the pleural thickening.\n"
      "IMPRESSION: Asbestos-related pleural disease with rounded atelectasis."),
     {ATL}),
    ("ellm-42", "en",
     ("Key findings:\n- Centrilobular emphysema.\n- Bronchial wall thickening.\n- No pneumonia.\n"
      "FINDINGS: A tracheostomy tube is in place. There is centrilobular emphysema throughout both lungs. "
      "Diffuse bronchial wall thickening is present, which is likely, though not definitively, consistent "
      "with chronic bronchitis. There are no definite findings to suggest pneumonia."),
     {EMP, PBT, MM}),
    ("ellm-43", "en",
     ("FINDINGS: The ascending aorta measures 4.4 cm, which is mildly aneurysmal. There is extensive "
      "atherosclerotic calcification of the aortic arch and descending aorta, as well as of the coronary "
      "arteries. Notably absent is any evidence of aortic dissection or intramural hematoma.\n"
      "Key findings:\n- Mild ascending aortic aneurysm.\n- Aortic and coronary atherosclerotic "
      "calcification.\n"
      "RECOMMENDATION: Annual imaging surveillance of the ascending aorta."),
     {AWC, CAC}),
    ("ellm-44", "en",
     ("COMPARISON: CT from three months ago.\n"
      "FINDINGS: Median sternotomy wires are present. The previously noted pericardial effusion has "
      "resolved. There is mild cardiomegaly.\n"
      "Key findings:\n- Resolved pericardial effusion.\n- Mild cardiomegaly."),
     {MM, CM}),
    ("ellm-45", "en",
     ("COMPARISON: CT from six weeks ago.\n"
      "FINDINGS: The right upper lobe consolidation has decreased in extent but persists, with residual "
      "surrounding ground-glass opacity. The previously seen left pleural effusion has resolved.\n"
      "IMPRESSION: Improving but persistent right upper lobe consolidation. Resolved left pleural effusion."),
     {CON, OPA}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
