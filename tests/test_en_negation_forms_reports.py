"""Probe: English chest CT reports (US, UK and CT-RATE Turkish-English styles) that use less
common denial forms ("is not appreciated", "devoid of", "no longer visualised", "interval
clearing of", "rather than X", "X is not favoured", "no features of X", "has been removed" ...)
and hedge forms ("cannot be entirely ruled out", "equivocal", "indeterminate", "raises the
possibility of", "differential includes" ...) next to common ones. Every report states a few
findings and denies several others. The reports were written for this file without looking at
the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or hedged, 0 when denied,
resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("enf-01", "en",
     "Findings: Centrilobular emphysema is present, most pronounced in the upper lobes. "
     "A 6 mm solid nodule is seen in the superior segment of the right lower lobe. "
     "Pleural effusion is not appreciated. Mediastinal or hilar lymphadenopathy is not evident. "
     "The heart is normal in size and there is no pericardial effusion. "
     "Coronary artery calcification is not demonstrated. "
     "Impression: Upper lobe predominant emphysema. 6 mm right lower lobe nodule; follow-up CT in 6-12 months.",
     {EMP, NOD}),
    ("enf-02", "en",
     "There is dense consolidation of the left lower lobe with air bronchograms, in keeping with pneumonia. "
     "A small left pleural effusion is noted layering posteriorly. "
     "No CT evidence of pulmonary embolism. No convincing mediastinal lymph node enlargement. "
     "The heart is not enlarged. There is no hiatus hernia. "
     "The airways are patent and there is no bronchiectasis.",
     {CON, PE}),
    ("enf-03", "en",
     "The trachea and main bronchi are midline and patent. "
     "The great vessels look normal and the heart is of normal size. "
     "Calcified atherosclerotic plaques are observed in the thoracic aorta. "
     "Pericardial effusion-thickening was not observed. "
     "Mediastinal and hilar nodes are not enlarged. "
     "When the lung parenchyma was evaluated, ground glass density increases were observed in the posterior "
     "segments of both lower lobes, suggestive of an infectious process. "
     "No pleural effusion-thickening was detected. No definite nodule was identified in both lungs. "
     "Hiatal hernia is absent.",
     {AWC, OPA}),
    ("enf-04", "en",
     "Postoperative changes of median sternotomy with intact sternotomy wires. A mechanical prosthetic aortic "
     "valve is in place. Dense coronary artery calcifications involve the LAD and circumflex arteries. "
     "The heart is mildly enlarged. Pericardial effusion is absent. "
     "The lungs are clear without consolidation. Nothing to suggest interstitial edema; in particular, "
     "there is no interlobular septal thickening. No pleural effusions.",
     {MM, CAC, CM}),
    ("enf-05", "en",
     "Comparison is made with the CT of three months ago. The previously noted right pleural effusion has resolved. "
     "The right middle lobe consolidation has also resolved, leaving a small area of residual linear atelectasis. "
     "There has been interval clearing of the ground-glass opacities in the left upper lobe. "
     "A few fibrotic bands persist at the right lung base. No new pulmonary nodules. "
     "Mediastinal lymph nodes are not enlarged.",
     {ATL, FIB}),
    ("enf-06", "en",
     "The right internal jugular central venous catheter has been removed. The tip of the nasogastric tube "
     "is located in the stomach. Thoracic aortic diameter is normal. Heart size is increased. "
     "A mild pericardial effusion is seen. In both lungs, interlobular septal thickening and bilateral pleural "
     "effusion are observed, compatible with volume overload. No mass or nodule is identified in both lungs. "
     "Consolidation is not evident.",
     {MM, CM, PCE, IST, PE}),
    ("enf-07", "en",
     "The endotracheal tube and the left chest tube have been removed since the prior study. "
     "There is no pneumothorax. Bibasilar atelectasis is present. "
     "A small residual left pleural effusion remains. No convincing consolidation. "
     "Emphysema is not demonstrated. Mediastinal lymph nodes are normal in size.",
     {ATL, PE}),
    ("enf-08", "en",
     "The small pulmonary nodule previously described in the right upper lobe is no longer visualised. "
     "There is cystic bronchiectasis in the left lower lobe with associated bronchial wall thickening. "
     "Mosaic attenuation is seen in both lungs, which could represent small airways disease. "
     "No pleural or pericardial effusion. No hiatus hernia.",
     {BRX, PBT, MOS}),
    ("enf-09", "en",
     "The aorta and the coronary arteries carry calcific atheroma plaques. Heart size is normal, and "
     "pericardial effusion is not detected. Several lymph nodes with short axis up to 14 mm in the subcarinal "
     "and right paratracheal stations are considered pathological. In the lung parenchyma, a 9 mm nodule with "
     "spiculated contours is seen in the left upper lobe, suspicious for malignancy. "
     "Emphysema is not appreciated. There is no pleural effusion.",
     {AWC, CAC, LN, NOD}),
    ("enf-10", "en",
     "The lingular abnormality most likely represents subsegmental atelectasis rather than consolidation. "
     "Small hiatal hernia. Mild paraseptal emphysema in the upper lobes. "
     "No pleural effusion. No thoracic lymphadenopathy. Heart size is normal.",
     {ATL, HH, EMP}),
    ("enf-11", "en",
     "There is bilateral lower lobe predominant subpleural reticulation with traction bronchiectasis and "
     "honeycombing, in keeping with a usual interstitial pneumonia pattern. Ground-glass opacity is lacking. "
     "No consolidation. Mosaic attenuation is not evident. "
     "Mediastinal nodes are not enlarged. Heart size is normal.",
     {FIB, BRX}),
    ("enf-12", "en",
     "Without contrast the mediastinum is only partly assessable. Within that limit the "
     "heart looks normal in size, with neither pericardial effusion nor thickening. "
     "The thoracic esophagus is of normal calibre without tumoral wall thickening. "
     "No hiatal hernia. Paraseptal and centrilobular emphysematous changes are observed in both lungs. "
     "Peribronchial thickening is noted. Linear atelectasis is present in the lingula. "
     "No pleural effusion was detected. No nodule was detected in both lungs.",
     {EMP, PBT, ATL}),
    ("enf-13", "en",
     "Indication: Cough and fever, rule out pneumonia. "
     "Findings: No CT evidence of consolidation. No ground-glass opacity. "
     "A 4 mm calcified granuloma is present in the right upper lobe. "
     "There is atherosclerotic calcification of the aortic arch. Cardiomegaly is not present. "
     "Negative for pleural effusion. Mild bronchial wall thickening may reflect bronchitis.",
     {NOD, AWC, PBT}),
    ("enf-14", "en",
     "Questionable 5 mm ground-glass nodule at the right lung apex; a follow-up study is suggested. "
     "Scattered peribronchial cuffing in both lower lobes. No features of interstitial lung disease. "
     "No hiatus hernia. The pleural spaces are clear. No lymphadenopathy. The heart is normal in size.",
     {NOD, PBT}),
    ("enf-15", "en",
     "Cardiothoracic ratio is increased. Minimal pericardial effusion is present. "
     "Bilateral pleural effusion, more prominent on the right, with compressive atelectasis in the adjacent "
     "lower lobe parenchyma. Interlobular septal thickening is equivocal. "
     "Lymph nodes in the mediastinum are not of pathological size. No consolidation was detected.",
     {CM, PCE, PE, ATL, IST}),
    ("enf-16", "en",
     "A 7 mm part-solid nodule is present in the left lower lobe; the differential includes an adenocarcinoma "
     "spectrum lesion versus focal infection. Coronary calcifications are noted in the LAD. "
     "Emphysema is absent. No bronchiectasis. "
     "The previously seen right paratracheal adenopathy is no longer present. No pleural effusion.",
     {NOD, CAC}),
    ("enf-17", "en",
     "An indeterminate 12 mm nodule is present in the right lower lobe. Mild cardiomegaly. "
     "No pericardial effusion. Minor dependent atelectasis at both bases. "
     "Consolidation is not favoured; the basal appearances are more in keeping with atelectasis. "
     "The pleural spaces are devoid of fluid.",
     {NOD, CM, ATL}),
    ("enf-18", "en",
     "Patchy ground glass opacities are seen in both lungs, concerning for viral pneumonia. "
     "Consolidation areas are present in the right lower lobe. Interlobular septal thickening accompanying "
     "the ground glass areas is not observed. No pleural effusion. "
     "No mediastinal lymphadenopathy. No hiatal hernia. Heart size is normal.",
     {OPA, CON}),
    ("enf-19", "en",
     "Tracheostomy tube in satisfactory position. Mild cardiomegaly. A small pericardial effusion is not excluded. "
     "No pleural effusion. Trace bibasilar atelectasis. No focal consolidation. "
     "No emphysema.",
     {MM, CM, PCE, ATL}),
    ("enf-20", "en",
     "Bilateral calcified pleural plaques, consistent with prior asbestos exposure. "
     "A pleural effusion is unlikely; the basal pleural density is more in keeping with pleural thickening. "
     "Parenchymal bands are present at both bases. No honeycombing. "
     "No convincing interlobular septal thickening. Mediastinal lymph node enlargement is not demonstrated. "
     "Small hiatus hernia.",
     {FIB, HH}),
    ("enf-21", "en",
     "Sternotomy wires and mediastinal surgical clips are observed secondary to coronary bypass operation. "
     "Coronary artery calcifications are present. Heart dimensions are increased. No pericardial effusion. "
     "Mosaic attenuation pattern is noted in both lungs, compatible with air trapping. "
     "Bronchiectasis is lacking. No nodule was detected in both lungs.",
     {MM, CAC, CM, MOS}),
    ("enf-22", "en",
     "Right lower lobe opacity is worrisome for aspiration. Large hiatal hernia containing fluid. "
     "No pleural effusion. The heart size is within normal limits. No lymphadenopathy is evident. "
     "Emphysema is not demonstrated. No pulmonary nodules.",
     {OPA, HH}),
    ("enf-23", "en",
     "Widespread centrilobular emphysema. There has been interval clearing of the left basal consolidation. "
     "The left pleural effusion is no longer present. Residual mild bronchial wall thickening is seen. "
     "A 3 mm subpleural nodule in the right upper lobe is likely benign. No hiatus hernia.",
     {EMP, PBT, NOD}),
    ("enf-24", "en",
     "The port catheter seen in the previous examination has been removed. "
     "Calcified atherosclerotic plaques are observed in the aorta. Heart size is normal. "
     "Lymph nodes in the mediastinum are not enlarged. Subsegmental atelectasis is observed in both lower lobes. "
     "Fibrotic sequela changes are seen in the right middle lobe. No pleural effusion. "
     "No nodule was detected.",
     {AWC, ATL, FIB}),
    ("enf-25", "en",
     "Stable 1.8 cm spiculated right upper lobe nodule, concerning for primary lung malignancy. "
     "An enlarged right hilar lymph node measuring 1.6 cm raises the possibility of nodal metastasis. "
     "No pleural effusion. No pericardial effusion. No features of emphysema. No consolidation.",
     {NOD, LN}),
    ("enf-26", "en",
     "Mild dependent ground-glass change is present posteriorly in both lungs, which may reflect hypostasis. "
     "Interlobular septal thickening is not demonstrated. No traction bronchiectasis. No honeycombing. "
     "Heart size is normal. A bioprosthetic aortic valve is noted. No pleural effusion.",
     {OPA, MM}),
    ("enf-27", "en",
     "Minimal pleural effusion is present in the right hemithorax, with passive atelectasis in the adjacent "
     "parenchyma. The lesion seen in the right lower lobe is thought to be atelectasis rather than a nodule. "
     "Pericardial effusion was not detected. No lymphadenopathy. Mild cardiomegaly is present.",
     {PE, ATL, CM}),
    ("enf-28", "en",
     "Consolidation is not favored; the left lower lobe finding is more consistent with rounded atelectasis "
     "adjacent to pleural thickening. Calcified plaque is present in the left subclavian and carotid arteries. "
     "Coronary artery calcification is not seen. No hiatal hernia. No pleural effusion.",
     {ATL, AWC}),
    # OPA 0: tree-in-bud opacities alone are not labelled opacity in CT-RATE (train: 17 of 25 reports that name it); relabelled 2026-12-07
    ("enf-29", "en",
     "Tree-in-bud opacities are present in the right lower lobe, suggestive of infective bronchiolitis, with "
     "associated bronchial wall thickening. Bronchiectasis cannot be entirely ruled out in the right lower lobe. "
     "No consolidation. No pleural effusion. No mediastinal or hilar lymphadenopathy.",
     {PBT, BRX}),
    ("enf-30", "en",
     "Bilateral hilar and mediastinal lymph nodes are enlarged, the largest measuring 18 mm. "
     "Perilymphatic micronodules are seen in both upper lobes; sarcoidosis is favoured. "
     "Fibrotic changes are present in the upper lobes. Interlobular septal thickening is not appreciated. "
     "No pleural effusion. No pericardial effusion.",
     {LN, NOD, FIB}),
    ("enf-31", "en",
     "Left subclavian pacemaker with leads in the right atrium and right ventricle. Moderate cardiomegaly. "
     "Small bilateral pleural effusions. Smooth interlobular septal thickening, likely interstitial edema, "
     "without evidence of consolidation. Mosaic attenuation is not seen.",
     {MM, CM, PE, IST}),
    ("enf-32", "en",
     "The study is negative for pulmonary embolism. Mild bibasal subsegmental atelectasis. "
     "No focal consolidation. Small sliding hiatus hernia. No pericardial effusion. "
     "Coronary arterial calcification is absent. No emphysema.",
     {ATL, HH}),
    ("enf-33", "en",
     "Both lungs show ground glass opacities and consolidations with a peripheral distribution, in keeping with "
     "COVID-19 pneumonia. Traction bronchiectasis is not present. No pleural effusion. "
     "Mediastinal lymph nodes are not in pathological size. Heart contour and size are normal. "
     "Calcification is observed in the aortic wall.",
     {OPA, CON, AWC}),
    ("enf-34", "en",
     "Moderate upper lobe predominant emphysema with bullae at the right apex. "
     "The previously reported 5 mm right upper lobe nodule is not re-demonstrated. "
     "No pleural effusion. No lymphadenopathy. Coronary calcification is seen in the RCA.",
     {EMP, CAC}),
    ("enf-35", "en",
     "Large left pleural effusion with compressive collapse of the left lower lobe. "
     "No convincing underlying mass. Indeterminate 6 mm nodule in the right middle lobe. "
     "Heart size is normal. No pericardial effusion. No axillary or mediastinal lymphadenopathy.",
     {PE, ATL, NOD}),
    ("enf-36", "en",
     "Compared to the previous examination dated 2021, the consolidation in the right lower lobe has resolved. "
     "A residual fibrotic band is seen in the same location. The right pleural effusion has regressed completely. "
     "Hiatal hernia is observed. No lymphadenopathy was detected in the mediastinum.",
     {FIB, HH}),
    ("enf-37", "en",
     "Mild cylindrical bronchiectasis in the lower lobes with bronchial wall thickening. "
     "Air trapping on expiratory images, compatible with small airways disease. Emphysema is not evident. "
     "No nodules. No pleural effusion. Cardiomegaly is not present.",
     {BRX, PBT, MOS}),
    ("enf-38", "en",
     "Right-sided chest drain in situ with a small residual apical pneumothorax. Subcutaneous emphysema "
     "tracks along the right chest wall. No pulmonary emphysema. Minor right basal atelectasis. "
     "No pleural fluid. The heart is not enlarged.",
     {MM, ATL}),
    ("enf-39", "en",
     "Mediastinal emphysema (pneumomediastinum) is seen. Consolidation areas are present in the left lower lobe. "
     "Pleural effusion is observed on the left. Calcific atheroma is seen in the thoracic aorta. "
     "No parenchymal emphysema is seen. Lymphadenopathy is not detected. No nodule.",
     {CON, PE, AWC}),
    ("enf-40", "en",
     "Diffuse interlobular septal thickening and ground-glass opacity, raising the possibility of pulmonary "
     "edema versus atypical infection. Small pericardial effusion. Cardiomegaly is absent. "
     "No consolidation. No bronchiectasis.",
     {IST, OPA, PCE}),
    ("enf-41", "en",
     "There is pericardial thickening, which could represent the sequela of previous pericarditis; no "
     "pericardial effusion. Calcification of the LAD and RCA. Mild bronchial wall thickening. "
     "No hiatus hernia. No pulmonary nodules, no consolidation and no emphysema.",
     {PCE, CAC, PBT}),
    ("enf-42", "en",
     "Axillary lymph node enlargement is present, the largest measuring 25 mm on the left; metastasis could "
     "not be excluded. Multiple nodules are seen in both lungs, the largest 8 mm, suspicious for metastasis. "
     "No pleural effusion. No pericardial effusion. Atelectasis is not seen.",
     {LN, NOD}),
    ("enf-43", "en",
     "Findings suggestive of early fibrosis: mild subpleural reticulation at the lung bases. "
     "Honeycombing is absent. Traction bronchiectasis is lacking. No mosaic attenuation. "
     "Aortic atherosclerosis with calcified plaque.",
     {FIB, AWC}),
    ("enf-44", "en",
     "Patchy peribronchovascular consolidation bilaterally with surrounding ground-glass opacity, favoured to "
     "represent organising pneumonia. No pleural effusion. No lymphadenopathy. No bronchiectasis. "
     "The heart is normal in size.",
     {CON, OPA}),
    ("enf-45", "en",
     "A coronary stent is observed in the LAD. Heart size is normal. Pericardial effusion was not observed. "
     "Centrilobular emphysema is seen in both upper lobes. No nodule was detected. "
     "No pleural effusion was detected. Atelectasis was not observed.",
     {MM, EMP}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
