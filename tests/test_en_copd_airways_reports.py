"""Probe: English chest CT reports focused on airways disease, in US and UK styles, templated
(FINDINGS / IMPRESSION, organ headings, numbered impressions) and prose: COPD with
centrilobular, paraseptal and panlobular emphysema (trace to severe, quantitative percent
low-attenuation area), bronchial wall thickening, small airways disease with air trapping on
expiratory images and mosaic attenuation, bronchiectasis (cylindrical, varicose, cystic;
traction versus non-traction), infectious and respiratory bronchiolitis (tree-in-bud),
tracheobronchomalacia and saber-sheath trachea, endobronchial (Zephyr) valves and lung volume
reduction coils, lung volume reduction surgery staple lines, and exacerbations with
consolidation. Hedges, denials, resolved findings and negative controls (subcutaneous
emphysema, paraseptal, expiratory tracheal collapse, thyroid nodules, aortic valve
calcification, cystic fibrosis, tree-in-bud opacities, masses over 3 cm) are mixed in.
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
    ("eaw-01", "en",
     ("EXAM: CT chest without contrast. INDICATION: COPD, progressive dyspnea. "
      "FINDINGS: LUNGS: Moderate centrilobular emphysema, upper lobe predominant. Mild paraseptal "
      "emphysema along the anterior upper lobes. No consolidation or pleural effusion. "
      "AIRWAYS: Diffuse bronchial wall thickening. No bronchiectasis. "
      "MEDIASTINUM: No lymphadenopathy. Coronary artery calcifications. "
      "IMPRESSION: Moderate centrilobular and mild paraseptal emphysema with bronchial wall "
      "thickening, consistent with COPD."),
     {EMP, PBT, CAC}),
    ("eaw-02", "en",
     ("Indication: ?bronchiectasis, recurrent infective exacerbations. There is bilateral lower lobe "
      "cylindrical bronchiectasis with associated bronchial wall thickening and scattered mucus "
      "plugging. Tree-in-bud nodularity in the right middle lobe in keeping with infective "
      "bronchiolitis. No consolidation. No emphysema. No pleural effusion. No significant "
      "mediastinal lymphadenopathy."),
     {BRX, PBT}),
    ("eaw-03", "en",
     ("Technique: volumetric inspiratory and expiratory acquisitions. Inspiratory images show subtle "
      "mosaic attenuation. Expiratory images demonstrate extensive lobular and segmental air "
      "trapping in both lungs, consistent with small airways disease. Mild bronchial wall "
      "thickening. No bronchiectasis. No emphysema. No ground-glass opacity or septal thickening."),
     {MOS, PBT}),
    ("eaw-04", "en",
     ("Chronic cough, never smoker. Patchy air trapping on the expiratory images in both lower "
      "lobes, possibly reflecting small airways disease such as asthma. The central airways are "
      "normal. No emphysema or bronchiectasis. Lungs otherwise clear."),
     {MOS}),
    ("eaw-05", "en",
     ("CT chest for COPD exacerbation. The lungs are clear. No emphysema is seen. The airways are "
      "patent with normal bronchial wall thickness. No air trapping on expiratory images. No "
      "bronchiectasis. Heart size normal. No pleural or pericardial effusion."),
     set()),
    ("eaw-06", "en",
     ("Status post bronchoscopic lung volume reduction with three Zephyr endobronchial valves in the "
      "left upper lobe. There is complete atelectasis of the left upper lobe, as intended. Severe "
      "centrilobular emphysema in the remaining lung, right upper lobe predominant. The small left "
      "apical pneumothorax has resolved compared with the prior. No pleural effusion."),
     {MM, ATL, EMP}),
    ("eaw-07", "en",
     ("Interval removal of the endobronchial valves from the right upper lobe. The right upper lobe "
      "has re-expanded and the previously seen lobar atelectasis has resolved. Severe emphysema is "
      "again demonstrated, with panlobular changes in the lower lobes. No new consolidation."),
     {EMP}),
    ("eaw-08", "en",
     ("Multiple lung volume reduction coils are present in both upper lobes with surrounding "
      "fibrotic bands. Severe centrilobular emphysema. Mild peri-coil ground-glass opacity, likely "
      "post-procedural. No pneumothorax. Aortic atherosclerotic calcification."),
     {MM, FIB, EMP, OPA, AWC}),
    ("eaw-09", "en",
     ("Post bilateral lung volume reduction surgery with surgical staple lines at both apices. "
      "Adjacent linear scarring. Residual moderate paraseptal and centrilobular emphysema. No "
      "bullae. Stable 4 mm nodule in the right lower lobe. No lymphadenopathy."),
     {MM, FIB, EMP, NOD}),
    ("eaw-10", "en",
     ("Severe bullous emphysema with a giant bulla occupying more than a third of the right "
      "hemithorax and compressing the adjacent right lower lobe, which shows passive atelectasis. "
      "Paraseptal emphysema along the left lung. No pleural effusion. Heart normal in size."),
     {EMP, ATL}),
    ("eaw-11", "en",
     ("Quantitative analysis: LAA-950 of 2.1%, within normal limits. No visual emphysema. Bronchial "
      "walls are not thickened. No bronchiectasis. The lungs are otherwise clear."),
     set()),
    ("eaw-12", "en",
     ("Quantitative CT: percent low-attenuation area below -950 HU is 18%, upper lobe predominant, "
      "consistent with moderate emphysema. Visually there is centrilobular emphysema throughout "
      "both upper lobes. Bronchial wall thickening of the segmental bronchi. Mild cardiomegaly. "
      "Small hiatal hernia."),
     {EMP, PBT, CM, HH}),
    ("eaw-13", "en",
     ("Trace centrilobular emphysema at the lung apices. No other parenchymal abnormality. Mild "
      "apical pleural thickening. No lymphadenopathy."),
     {EMP}),
    ("eaw-14", "en",
     ("Dynamic expiratory CT demonstrates greater than 70% expiratory collapse of the tracheal lumen "
      "and both main bronchi, in keeping with tracheobronchomalacia. No fixed tracheal stenosis. "
      "Lungs clear, no atelectasis. Mild centrilobular emphysema."),
     {EMP}),
    ("eaw-15", "en",
     ("Saber-sheath configuration of the intrathoracic trachea, a finding associated with COPD. "
      "Moderate centrilobular emphysema. Diffuse bronchial wall thickening. Calcification of the "
      "tracheal and bronchial cartilage rings, a normal age-related finding. Coronary calcification "
      "is present."),
     {EMP, PBT, CAC}),
    ("eaw-16", "en",
     ("Clinical: AECOPD, fever. Dense consolidation in the right lower lobe with air bronchograms, "
      "compatible with pneumonia. Surrounding ground-glass opacity. Small right pleural effusion. "
      "Background moderate centrilobular emphysema and bronchial wall thickening. Reactive right "
      "hilar lymph node measuring 12 mm in short axis."),
     {CON, OPA, PE, EMP, PBT, LN}),
    ("eaw-17", "en",
     ("Follow-up after COPD exacerbation. The right lower lobe consolidation seen on the previous "
      "study has completely resolved. Minor residual linear atelectasis in the right lower lobe. "
      "Mild emphysema, unchanged. No pleural effusion."),
     {ATL, EMP}),
    ("eaw-18", "en",
     ("Known cystic fibrosis. Extensive bilateral upper lobe predominant varicose and cystic "
      "bronchiectasis with marked bronchial wall thickening and mucus plugging. Mosaic attenuation "
      "reflecting small airways involvement. No consolidation. Port-a-cath with the tip in the SVC."),
     {BRX, PBT, MOS, MM}),
    ("eaw-19", "en",
     ("Subpleural reticulation with traction bronchiectasis in both lower lobes, basal predominant, "
      "without honeycombing. This is combined with upper lobe centrilobular emphysema (combined "
      "pulmonary fibrosis and emphysema). No consolidation. Mediastinal lymph nodes up to 9 mm in "
      "short axis."),
     {FIB, BRX, EMP, LN}),
    ("eaw-20", "en",
     ("Mild cylindrical bronchiectasis in the middle lobe and lingula, of non-traction type, with no "
      "surrounding fibrosis. Scattered tree-in-bud opacities in the middle lobe, suggestive of "
      "atypical mycobacterial infection. No cavitation."),
     {BRX}),
    ("eaw-21", "en",
     ("Possible early bronchiectasis in the left lower lobe, with bronchi slightly larger than the "
      "accompanying arteries; this may be within normal limits for age. Equivocal mild bronchial "
      "wall thickening. No emphysema."),
     {BRX, PBT}),
    ("eaw-22", "en",
     ("Conclusion: No bronchiectasis. Mild bronchial wall thickening, in keeping with airways "
      "inflammation / asthma. Report: Airways of normal calibre. Mild bronchial wall thickening in "
      "the lower lobes. No mosaicism or air trapping on expiratory imaging. Lung parenchyma clear. "
      "No lymphadenopathy."),
     {PBT}),
    ("eaw-23", "en",
     ("Left intercostal chest drain in situ with surgical emphysema tracking along the left chest "
      "wall. Small residual left apical pneumothorax. No pulmonary emphysema. Left basal "
      "atelectasis. Small left pleural effusion."),
     {MM, ATL, PE}),
    ("eaw-24", "en",
     ("Alpha-1 antitrypsin deficiency. Severe panlobular emphysema with lower lobe predominance and "
      "pruning of the pulmonary vasculature. Mild cylindrical bronchiectasis in the lower lobes. "
      "No nodules. No lymphadenopathy."),
     {EMP, BRX}),
    ("eaw-25", "en",
     ("Indication: emphysema on chest x-ray, evaluate. Findings: The lungs are hyperinflated but no "
      "emphysema is demonstrated on CT. No bullae. Airways are normal. No pleural effusion. "
      "Impression: No CT evidence of emphysema."),
     set()),
    ("eaw-26", "en",
     ("Central varicose bronchiectasis in the upper lobes with high-attenuation mucoid impaction "
      "(finger-in-glove appearance), in keeping with allergic bronchopulmonary aspergillosis. "
      "Bronchial wall thickening. Mosaic attenuation with air trapping. Subsegmental atelectasis in "
      "the right upper lobe distal to a plugged bronchus."),
     {BRX, PBT, MOS, ATL}),
    ("eaw-27", "en",
     ("Mosaic attenuation with enlarged central pulmonary arteries; no air trapping on expiratory "
      "images, favouring mosaic perfusion from chronic thromboembolic disease rather than small "
      "airways disease. Heart size normal. No emphysema."),
     {MOS}),
    ("eaw-28", "en",
     ("Current smoker. Faint ill-defined centrilobular ground-glass opacity in the upper lobes, "
      "suggesting respiratory bronchiolitis. Mild centrilobular emphysema. No consolidation."),
     {OPA, EMP}),
    ("eaw-29", "en",
     ("LUNGS AND AIRWAYS: Four endobronchial valves in the right upper lobe segmental bronchi. The "
      "right upper lobe is incompletely collapsed, likely due to collateral ventilation. Severe "
      "centrilobular emphysema. PLEURA: No pneumothorax or effusion. HEART: Normal size. Mild "
      "pericardial effusion. IMPRESSION: Partial right upper lobe atelectasis following valve "
      "placement."),
     {MM, ATL, EMP, PCE}),
    ("eaw-30", "en",
     ("No bronchiectasis, bronchial wall thickening, or mosaic attenuation. The previously seen "
      "tree-in-bud opacities in the left lower lobe have resolved. No emphysema. No "
      "lymphadenopathy. Heart size normal without pericardial effusion."),
     set()),
    ("eaw-31", "en",
     ("Multinodular goitre with a 2 cm nodule in the left thyroid lobe. Lungs: mild paraseptal "
      "emphysema at the apices. No pulmonary nodules. No septal thickening. Aortic calcification."),
     {EMP, AWC}),
    ("eaw-32", "en",
     ("Background moderate centrilobular emphysema. Smooth interlobular septal thickening and "
      "bilateral pleural effusions, consistent with interstitial oedema. Cardiomegaly. Dependent "
      "ground-glass opacity. Coronary artery calcification."),
     {EMP, IST, PE, CM, OPA, CAC}),
    ("eaw-33", "en",
     ("Pre-assessment for lung volume reduction. Heterogeneous severe upper lobe predominant "
      "emphysema, with the left upper lobe the most destroyed (target lobe). Left major fissure "
      "complete. No nodules or masses. Mild bronchial wall thickening. No lymphadenopathy."),
     {EMP, PBT}),
    ("eaw-34", "en",
     ("Questionable minimal centrilobular emphysema in the right upper lobe. 5 mm solid nodule in "
      "the left upper lobe; follow-up per Fleischner guidelines. No bronchial wall thickening."),
     {EMP, NOD}),
    ("eaw-35", "en",
     ("Silicone Y-stent in the distal trachea and main bronchi for tracheobronchomalacia, well "
      "positioned. Mucus within the stent lumen. Mild bibasal bronchiectasis. Aortic valve "
      "calcification. No coronary calcification."),
     {MM, BRX}),
    ("eaw-36", "en",
     ("Apical fibrotic scarring with traction bronchiectasis in the right upper lobe, likely "
      "post-tuberculous. Calcified mediastinal lymph nodes, not enlarged. Mild paraseptal "
      "emphysema. No active consolidation."),
     {FIB, BRX, EMP}),
    ("eaw-37", "en",
     ("A 4.5 cm spiculated mass in the left upper lobe, suspicious for primary lung carcinoma, on a "
      "background of severe centrilobular emphysema. Ipsilateral hilar lymphadenopathy, 15 mm. "
      "Postobstructive atelectasis in the left upper lobe. No pleural effusion."),
     {EMP, LN, ATL}),
    ("eaw-38", "en",
     ("Hyperlucent small left lung with reduced vascularity and air trapping on expiratory images, "
      "consistent with Swyer-James-MacLeod syndrome. Mild bronchiectasis in the left lower lobe. "
      "The right lung is normal. No emphysema."),
     {MOS, BRX}),
    ("eaw-39", "en",
     ("Post bilateral lung transplant, bronchial anastomoses intact. Extensive mosaic attenuation "
      "with air trapping on expiratory images, concerning for bronchiolitis obliterans syndrome. "
      "Mild bronchiectasis in the lower lobes. Clamshell sternotomy wires."),
     {MOS, BRX, MM}),
    ("eaw-40", "en",
     ("Moderate centrilobular emphysema, upper zone predominant. Bronchial wall thickening. No "
      "bronchiectasis. Small sliding hiatus hernia. Atheromatous calcification of the aorta and "
      "coronary arteries. Heart size normal. No pericardial effusion. No mediastinal or hilar "
      "lymphadenopathy."),
     {EMP, PBT, HH, AWC, CAC}),
    ("eaw-41", "en",
     ("The trachea and central airways are patent. No saber-sheath deformity or tracheomalacia on "
      "the expiratory sequence. Lungs are clear with no emphysema, nodules, or consolidation. No air "
      "trapping. No pleural effusion."),
     set()),
    ("eaw-42", "en",
     ("Comparison with CT from 6 months ago during exacerbation. Previously noted bronchial wall "
      "thickening and lower lobe tree-in-bud opacities have resolved. Stable mild centrilobular "
      "emphysema. Stable 3 mm perifissural nodule. No new findings."),
     {EMP, NOD}),
    ("eaw-43", "en",
     ("Patchy opacity in the left lower lobe, which may represent early consolidation or "
      "atelectasis. Severe emphysema. Small left effusion cannot be excluded."),
     {OPA, CON, ATL, EMP, PE}),
    ("eaw-44", "en",
     ("Bronchiectasis in the lower lobes is non-traction in type, with no reticulation or "
      "honeycombing. Marked bronchial wall thickening with mucus plugging. Mosaic attenuation. "
      "Nodes up to 8 mm in the subcarinal region."),
     {BRX, PBT, MOS, LN}),
    ("eaw-45", "en",
     ("Acute exacerbation of COPD. No consolidation to suggest pneumonia. Diffuse bronchial wall "
      "thickening and scattered endobronchial secretions. Moderate centrilobular emphysema. Mild "
      "dependent atelectasis at the lung bases. Nasogastric tube in the stomach."),
     {PBT, EMP, ATL, MM}),
    ("eaw-46", "en",
     ("Multiple thin-walled cysts throughout both lungs without a central dot, favouring cystic "
      "lung disease rather than emphysema. No bronchiectasis. Small right pleural effusion."),
     {PE}),
    ("eaw-47", "en",
     ("IMPRESSION: 1. Severe centrilobular and paraseptal emphysema. 2. Zephyr valves in the left "
      "lower lobe with expected lobar collapse. 3. New right upper lobe consolidation, concerning "
      "for pneumonia. 4. Enlarged pulmonary artery. 5. No pleural effusion."),
     {EMP, MM, ATL, CON}),
    ("eaw-48", "en",
     ("Clinical question: bronchiectasis? Chronic productive cough. Findings: The bronchi are of "
      "normal calibre and wall thickness throughout. No bronchiectasis. No mosaic attenuation on "
      "inspiratory imaging and no air trapping on expiratory imaging. Incidental small hiatus "
      "hernia. Conclusion: No evidence of bronchiectasis."),
     {HH}),
    ("eaw-49", "en",
     ("Moderate emphysema. Right upper lobe 7 mm part-solid nodule. Lymph nodes up to 7 mm in the "
      "paratracheal station. Coronary artery calcification. Mild cardiomegaly."),
     {EMP, NOD, LN, CAC, CM}),
    ("eaw-50", "en",
     ("Post right lung volume reduction surgery with a staple line in the right upper lobe. Pleural "
      "thickening adjacent to the staple line, without effusion. The remaining lungs show severe "
      "emphysema. Subpleural fibrotic bands at the right apex."),
     {MM, EMP, FIB}),
    ("eaw-51", "en",
     ("Mild ground-glass opacity in the lower lobes, possibly reflecting mild hypoventilation "
      "rather than true disease. Mild centrilobular emphysema. Bronchial wall thickening."),
     {OPA, EMP, PBT}),
    ("eaw-52", "en",
     ("Infectious bronchiolitis: clustered tree-in-bud nodularity in the right lower lobe. Small "
      "focal consolidation in the posterior basal segment. No bronchiectasis. Small right "
      "paratracheal node, 6 mm, not pathologically enlarged."),
     {CON}),
    ("eaw-53", "en",
     ("Moderate paraseptal emphysema with apical bullae. Pericardial thickening, no significant "
      "effusion. Aortic arch calcification. Mild bronchial wall thickening."),
     {EMP, PCE, AWC, PBT}),
    ("eaw-54", "en",
     ("Airways: Normal. No bronchial wall thickening. Lungs: No emphysema. No nodule. Pleura: "
      "Normal. Heart: Normal size, no pericardial effusion. Mediastinum: No adenopathy. Upper "
      "abdomen: No hiatal hernia."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
