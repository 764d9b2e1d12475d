"""Probe: English CT pulmonary angiography (CTPA) and CTEPH reports in US and UK style: acute filling
defects and saddle emboli, right heart strain (RV/LV ratio, septal bowing, contrast reflux into the IVC),
pulmonary infarcts (peripheral wedge-shaped opacity or consolidation, Hampton hump, reversed halo),
mosaic perfusion in chronic thromboembolic disease, pleural and pericardial effusions, IVC filters and
lines, negative and suboptimal-bolus studies, hedged infarcts, impression lists, and comparison with a
prior study after anticoagulation or thrombolysis. A thrombus or embolus is not one of the 18 findings.
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
    ("epe-01", "en",
     """CTPA. Good opacification of the pulmonary arterial tree. No filling defect to the subsegmental level.
The lungs are clear. No pleural or pericardial effusion. Heart size normal. No lymphadenopathy.
Conclusion: No pulmonary embolism.""",
     set()),
    ("epe-02", "en",
     """EXAM: CT angiography chest, PE protocol.
CLINICAL HISTORY: Syncope, hypoxia, tachycardia.
FINDINGS:
Pulmonary arteries: Saddle embolus straddling the main pulmonary artery bifurcation with extensive clot
extending into the lobar and segmental arteries of all lobes bilaterally.
Heart: RV/LV ratio 1.6. Straightening and leftward bowing of the interventricular septum. Reflux of contrast
into the IVC and hepatic veins. Heart size is normal. No pericardial effusion.
Lungs: Bibasilar subsegmental atelectasis. No consolidation. No pleural effusion.
Mediastinum: No lymphadenopathy.
IMPRESSION:
1. Saddle pulmonary embolus with large bilateral clot burden.
2. CT evidence of right heart strain.
Critical result called to the ordering physician at 14:32.""",
     {ATL}),
    ("epe-03", "en",
     """Acute emboli in the right lower lobe segmental and subsegmental arteries. Pleural-based wedge-shaped
opacity in the posterior basal right lower lobe, consistent with a pulmonary infarct (Hampton hump).
Small right pleural effusion. No right heart strain; RV/LV ratio 0.8. No pericardial effusion.""",
     {OPA, PE}),
    ("epe-04", "en",
     """CT pulmonary angiogram for suspected CTEPH.
Findings: The main pulmonary artery is enlarged, measuring 36 mm. Eccentric smooth mural thrombus lines the
right interlobar artery, with intraluminal webs and bands in the left lower lobe segmental arteries and
abrupt tapering of several segmental branches. Dilated tortuous bronchial arteries. Mosaic perfusion
throughout both lungs, the lower-density regions supplied by attenuated vessels. Peripheral subpleural
scarring in the left lower lobe, likely the sequela of prior infarction. The right ventricle is
hypertrophied, but overall heart size is not enlarged. No pleural or pericardial effusion.
Impression: Findings consistent with chronic thromboembolic pulmonary hypertension.""",
     {MOS, FIB}),
    ("epe-05", "en",
     """CTPA: Suboptimal contrast bolus with opacification of the main and lobar pulmonary arteries only;
segmental and subsegmental branches cannot be assessed reliably. No central filling defect. Respiratory
motion artefact at the bases. Lungs clear. No effusion.
Impression: No central PE. A small peripheral embolus cannot be excluded on this study. Repeat if clinical
suspicion remains high.""",
     set()),
    ("epe-06", "en",
     """FINDINGS: Nonocclusive filling defects in the posterior and lateral basal segmental arteries of the left
lower lobe. Small peripheral ground-glass opacity in the left lower lobe; an early infarct cannot be
excluded. Trace left pleural effusion. Mild bibasilar dependent atelectasis. Heart normal in size. No
pericardial effusion. Coronary artery calcification involving the LAD.
IMPRESSION:
1. Left lower lobe segmental pulmonary emboli without right heart strain.
2. Possible small early infarct in the left lower lobe.""",
     {OPA, PE, ATL, CAC}),
    ("epe-07", "en",
     """COMPARISON: CTPA 3 months prior.
FINDINGS: Interval resolution of the previously seen bilateral lobar and segmental emboli following
anticoagulation. No residual filling defect. The wedge-shaped consolidation in the right lower lobe has
resolved, leaving a thin linear scar. The previous right pleural effusion has resolved. RV/LV ratio now 0.9
(previously 1.3). No pericardial effusion.
IMPRESSION: Resolution of pulmonary emboli. Residual linear scarring at the right base.""",
     {FIB}),
    ("epe-08", "en",
     """Comparison is made with the CTPA of 02/10. Persistent but decreased clot burden in the right interlobar
and right lower lobe arteries. The left-sided emboli have resolved. Decreasing peripheral consolidation in
the right lower lobe with surrounding ground-glass opacity, consistent with an evolving infarct. Small right
pleural effusion, decreased in size. Heart size normal.""",
     {CON, OPA, PE}),
    ("epe-09", "en",
     """IVC filter in situ in the infrarenal IVC, partially included. No filling defect within the pulmonary
arteries to the subsegmental level. Lungs: Mild centrilobular emphysema in the upper lobes. 3 mm nodule in
the right middle lobe, unchanged. No pleural effusion. Aortic atherosclerotic calcification.
Impression: No PE.""",
     {MM, EMP, NOD, AWC}),
    ("epe-10", "en",
     """CTPA: Bilateral PE involving the right lower lobe and left upper lobe segmental arteries. RV:LV ratio
1.1, septum not bowed, no contrast reflux. Small peripheral left basal opacity, ? early infarct. No
effusions.
Conclusion: Bilateral segmental PE with borderline RV dilatation. Left basal opacity, possible infarct.""",
     {OPA}),
    ("epe-11", "en",
     """CT chest with contrast, PE protocol. No pulmonary embolism. The heart is enlarged. Moderate pericardial
effusion measuring up to 15 mm. Bilateral moderate pleural effusions with adjacent compressive atelectasis.
Smooth interlobular septal thickening and patchy ground-glass opacity in both lungs, consistent with
pulmonary oedema. Mediastinal lymph nodes are enlarged, the largest a 14 mm short-axis right paratracheal
node, likely reactive.
Impression: No PE. Cardiomegaly with pericardial and bilateral pleural effusions and interstitial oedema.""",
     {CM, PCE, PE, ATL, IST, OPA, LN}),
    ("epe-12", "en",
     """FINDINGS: The pulmonary arteries opacify well; no filling defects in the main, lobar, segmental or
subsegmental arteries. RV/LV ratio less than 1. No septal bowing. Lungs clear without consolidation,
ground-glass opacity, nodule or mosaic attenuation. No bronchiectasis or bronchial wall thickening. No
pleural or pericardial effusion. No hiatal hernia. No thoracic lymphadenopathy. No coronary or aortic
calcification.
IMPRESSION: Negative for pulmonary embolism.""",
     set()),
    ("epe-13", "en",
     """History: Prior CABG, dual-chamber pacemaker, acute dyspnoea.
Median sternotomy wires and mediastinal surgical clips. Pacemaker leads in the right atrium and right
ventricle. Streak artefact from the leads limits assessment of the adjacent right lower lobe arteries. No
pulmonary embolus elsewhere. Dense coronary artery calcification and calcified aortic atheroma. Mild
cardiomegaly. Small pericardial effusion. No pleural effusion.
Impression: No PE.""",
     {MM, CAC, AWC, CM, PCE}),
    ("epe-14", "en",
     """Large-burden bilateral pulmonary emboli involving both main pulmonary arteries. Marked right ventricular
dilatation, RV/LV 2.0, with flattening and bowing of the interventricular septum towards the left
ventricle. Cardiomegaly due to right heart enlargement. Enlarged main pulmonary artery (33 mm).
Lungs: Clear. No interlobular septal thickening. No pleural effusion.
IMPRESSION: Massive PE with right heart strain. Urgent discussion with the PERT team.""",
     {CM}),
    ("epe-15", "en",
     """CTPA (CTEPH assessment). Comparison with the previous CTPA 18 months ago at the time of acute PE.
Organised chronic thrombus in the right lower lobe pulmonary artery with a web in the right middle lobe
artery. Enlarged pulmonary trunk, 34 mm. Mosaic attenuation of the lung parenchyma, more marked in the right
lower lobe. Mild cylindrical bronchiectasis in the right lower lobe adjacent to the areas of low
attenuation. Bronchial artery hypertrophy. Small pericardial effusion.
Impression: Features in keeping with chronic thromboembolic disease with mosaic perfusion. Suitability for
pulmonary endarterectomy to be discussed at the MDT.""",
     {MOS, BRX, PCE}),
    ("epe-16", "en",
     """Indication: Persistent breathlessness 6 months after PE.
CTPA: No residual thrombus. No webs or stenoses. Pulmonary trunk 26 mm. No mosaic perfusion to suggest
chronic thromboembolic disease. The previously described right lower lobe infarct has resolved completely
with no residual scar. Small sliding hiatus hernia.
Conclusion: No evidence of chronic thromboembolic disease.""",
     {HH}),
    ("epe-17", "en",
     """CTPA (pregnancy, low-dose protocol). Adequate opacification despite transient interruption of contrast
by unopacified IVC blood. No PE. Lungs and pleura normal.""",
     set()),
    ("epe-18", "en",
     """CT PULMONARY ANGIOGRAM
Indication: COVID-19 positive, rising D-dimer.
Findings: No pulmonary embolus. Patchy bilateral peripheral ground-glass opacities with areas of
consolidation in both lower lobes. No pleural effusion. Heart size normal.
Impression: No PE. Bilateral peripheral ground-glass opacities and consolidation in keeping with COVID-19
pneumonitis.""",
     {OPA, CON}),
    ("epe-19", "en",
     """History: Metastatic colorectal cancer, new dyspnoea.
Findings: Filling defects in the left lower lobe segmental arteries. Multiple bilateral pulmonary nodules,
the largest 12 mm in the right upper lobe, increased from prior, consistent with metastases. Enlarged right
hilar lymph node (15 mm). Port-a-cath via the right subclavian vein with its tip at the cavoatrial
junction. Small left pleural effusion.
Impression:
1. Left lower lobe segmental PE.
2. Progressive pulmonary metastases and right hilar adenopathy.""",
     {NOD, LN, MM, PE}),
    ("epe-20", "en",
     """Filling defect at the tip of the right internal jugular central venous catheter in the SVC, consistent
with catheter-associated thrombus. No pulmonary embolism. Lungs clear. No effusion.""",
     {MM}),
    ("epe-21", "en",
     """No pulmonary embolism. Mosaic attenuation with air trapping on the expiratory images, favouring small
airways disease rather than a vascular cause. Mild bronchial wall thickening. Mild cylindrical
bronchiectasis in both lower lobes. No pleural effusion.""",
     {MOS, PBT, BRX}),
    ("epe-22", "en",
     """FINDINGS:
PULMONARY ARTERIES: Occlusive embolus in the anterior segmental artery of the right upper lobe.
HEART: Normal size. RV/LV ratio 0.9. No pericardial effusion.
LUNGS/PLEURA: Possible trace right pleural effusion. Minimal linear atelectasis in the right middle lobe.
IMPRESSION: Single segmental right upper lobe PE without right heart strain.""",
     {PE, ATL}),
    ("epe-23", "en",
     """No acute embolus. Chronic webs in the left lower lobe segmental arteries. Old peripheral infarct scars in
both lower lobes. Calcified granulomas in the right upper lobe. No pleural effusion.
Impression: Chronic thromboembolic change without acute PE.""",
     {FIB, NOD}),
    ("epe-24", "en",
     """Dual-energy CTPA. Occlusive emboli in the right lower lobe segmental arteries with corresponding
wedge-shaped perfusion defects on the iodine map. No parenchymal opacity on the lung windows. No mosaic
attenuation. No effusions. RV/LV 0.9.""",
     set()),
    ("epe-25", "en",
     """Right lower lobe subsegmental emboli. Peripheral triangular density abutting the pleura in the right
lower lobe, its apex pointing towards the hilum.
IMPRESSION: Right lower lobe subsegmental PE with probable Hampton hump.""",
     {OPA}),
    ("epe-26", "en",
     """Emboli in both lower lobe pulmonary arteries extending into the segmental branches. RV/LV ratio 1.3 with
straightening of the interventricular septum and reflux of contrast into the hepatic veins. Linear
atelectasis in the lingula. Small hepatic cyst.
Impression: Bilateral lower lobe PE with CT signs of right ventricular strain.""",
     {ATL}),
    ("epe-27", "en",
     """Isolated subsegmental filling defect in the lingula, of uncertain significance: a single subsegmental PE
versus mixing artefact. No other emboli. No subsegmental atelectasis. Lungs otherwise clear.""",
     set()),
    ("epe-28", "en",
     """EXAMINATION: CTA chest, pulmonary embolism protocol.
TECHNIQUE: Helical acquisition after IV contrast timed to the pulmonary arteries.
COMPARISON: None.
FINDINGS:
Pulmonary arteries: Acute emboli in the right main and left interlobar pulmonary arteries extending into
multiple segmental branches.
Heart and pericardium: RV/LV ratio 1.2. Heart size within normal limits. No pericardial effusion.
Vessels: Moderate calcified atherosclerotic plaque of the aortic arch. Scattered coronary artery
calcifications.
Mediastinum and hila: No lymphadenopathy. Moderate hiatal hernia.
Lungs and airways: Moderate centrilobular emphysema. Diffuse bronchial wall thickening.
Pleura: Small bilateral pleural effusions.
IMPRESSION:
1. Bilateral acute pulmonary emboli with mild RV enlargement.
2. Emphysema and bronchial wall thickening.
3. Small bilateral pleural effusions.""",
     {AWC, CAC, HH, EMP, PBT, PE}),
    ("epe-29", "en",
     """Post right upper lobectomy with surgical staple line at the bronchial stump. Right intercostal chest drain
in place. Small right pleural effusion and small residual apical pneumothorax. Filling defect in a right
lower lobe segmental artery. Atelectasis of the right lower lobe adjacent to the fissure.
Impression: Right lower lobe segmental PE in the early postoperative period.""",
     {MM, PE, ATL}),
    ("epe-30", "en",
     """CTPA: No PE. No consolidation, collapse or effusion. Heart not enlarged. No mediastinal or hilar
lymphadenopathy.""",
     set()),
    ("epe-31", "en",
     """CTPA: Occlusive emboli in the right lower lobe basal segmental arteries. Right lower lobe collapse with an
associated moderate right pleural effusion. Left lung clear. Heart size normal. No contrast reflux.
Conclusion: Right lower lobe PE with collapse and effusion; underlying infarction cannot be assessed.""",
     {ATL, PE}),
    ("epe-32", "en",
     """No filling defect to suggest pulmonary embolism. The pericardium is thickened (4 mm) without an
effusion. Calcification of the descending thoracic aortic wall. Normal heart size. Lungs clear.""",
     {AWC}),
    ("epe-33", "en",
     """FINDINGS: Subsegmental emboli in the left upper lobe. Patchy peripheral opacity in the left upper lobe
which may represent an evolving infarct or infection. Subcentimetre mediastinal nodes, not pathologically
enlarged. No pleural effusion.
IMPRESSION: Left upper lobe subsegmental PE. Peripheral left upper lobe opacity, infarct versus
infection.""",
     {OPA}),
    ("epe-34", "en",
     """Long-standing CTEPH, assessment before balloon pulmonary angioplasty. Main pulmonary artery 42 mm with
calcification within its wall, a feature of long-standing pulmonary hypertension. Chronic eccentric
thrombus in both lower lobe arteries with post-stenotic dilatation. Marked mosaic perfusion. Tricuspid
regurgitation with reflux into the IVC. Cardiomegaly with right atrial and ventricular enlargement.
Moderate pericardial effusion.""",
     {AWC, MOS, CM, PCE}),
    ("epe-35", "en",
     """COMPARISON: CTPA 5 days ago, before catheter-directed thrombolysis.
FINDINGS: The bilateral pulmonary artery infusion catheters have been removed. Significant reduction of
clot burden, with small residual nonocclusive thrombus in the right lower lobe artery. Resolving right
lower lobe infarct with residual peripheral ground-glass opacity. RV/LV ratio has normalised. The
pericardial effusion has resolved. No pleural effusion.""",
     {OPA}),
    ("epe-36", "en",
     """CTPA demonstrates no pulmonary embolism. Mild paraseptal emphysema at the apices. No pleural effusion.
Mildly enlarged subcarinal lymph node measuring 11 mm in short axis. Heart normal size.""",
     {EMP, LN}),
    ("epe-37", "en",
     """Indication: Known idiopathic pulmonary fibrosis, acute deterioration.
No pulmonary embolism. Basal-predominant subpleural reticulation with traction bronchiectasis and
honeycombing, UIP pattern, unchanged. Enlarged mediastinal lymph nodes up to 12 mm short axis, commonly
seen with fibrotic lung disease. No new ground-glass opacity. No pleural effusion.""",
     {FIB, BRX, LN}),
    ("epe-38", "en",
     """No pulmonary embolus. Heart size normal. Possible trace pericardial effusion. No pleural effusion. Lungs
clear.""",
     {PCE}),
    ("epe-39", "en",
     """PE: neg.
Lungs: mild dependent atelectasis.
Pleura: no effusion.
Heart: nl size, no pericardial effusion.
Vessels: mild aortic atherosclerosis.
Other: small hiatal hernia.""",
     {ATL, AWC, HH}),
    ("epe-40", "en",
     """No acute filling defect. Subtle mosaic attenuation in both lower lobes, possibly reflecting chronic
thromboembolic disease versus air trapping; consider a V/Q scan. Pulmonary trunk 31 mm. No pleural
effusion.""",
     {MOS}),
    ("epe-41", "en",
     """Small subsegmental emboli in the left lower lobe. The right ventricle is prominent but the RV/LV ratio is
0.95. No cardiomegaly. Tiny left pleural effusion. No consolidation.""",
     {PE}),
    ("epe-42", "en",
     """History: PE in 2019 treated with anticoagulation; prior left pleural effusion and pulmonary infarct.
CTPA: No filling defect. Lungs clear. No pleural effusion. Heart size normal.
Conclusion: No recurrent PE.""",
     set()),
    ("epe-43", "en",
     """FINDINGS: Occlusive emboli in the right lower lobe and lingular segmental arteries. Multiple peripheral
wedge-shaped consolidations in the right lower lobe with central ground-glass opacity and a peripheral rim
of consolidation (reversed halo sign), typical for infarction. Small right pleural effusion. Heart normal
in size. No pericardial effusion. No lymphadenopathy.
IMPRESSION:
1. Right lower lobe and lingular PE.
2. Multiple right lower lobe pulmonary infarcts.""",
     {CON, OPA, PE}),
    ("epe-44", "en",
     """CTPA: No PE. The lungs show no mosaicism. Mild bronchial wall thickening in the lower lobes. No
effusion.""",
     {PBT}),
    ("epe-45", "en",
     """CTPA: No pulmonary embolus. Calcified mediastinal lymph nodes, not enlarged. Atheroma of the aortic arch.
Moderate hiatus hernia. Lungs clear. No pleural effusion.""",
     {AWC, HH}),
]

OPEN: dict[tuple[str, str], str] = {
    ("epe-32", PCE): "CT-RATE convention: pericardial thickening is labelled Pericardial effusion ('pericardial effusion-thickening'), also where fluid is denied, as the other probes label it",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
