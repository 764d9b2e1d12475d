"""Probe: English chest CT / CT pulmonary angiography reports written in a pulmonary hypertension
work-up (CTEPH, PVOD/PCH, group 2 and 3 PH, Eisenmenger physiology, portopulmonary and
sarcoid-associated PH, post-endarterectomy and balloon angioplasty follow-up): enlarged pulmonary
trunk, right heart strain, right atrial / ventricular enlargement (cardiomegaly only where the heart
or a chamber is said to be enlarged or dilated), mosaic perfusion, chronic thromboembolic webs and
bands, pericardial effusion as a prognostic sign, contrast reflux into the IVC and hepatic veins,
septal thickening and centrilobular ground glass in veno-occlusive disease, and calcification of
the pulmonary artery wall, in attending-style FINDINGS/IMPRESSION prose with comparisons and hedges.
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
    ("eph-01", "en",
     ("CT PULMONARY ANGIOGRAM. CLINICAL: Exertional dyspnea, suspected CTEPH. COMPARISON: None.\n"
     "FINDINGS: The main pulmonary artery is enlarged, measuring 36 mm, larger than the ascending aorta. "
     "Eccentric wall-adherent filling defects in the right lower lobe segmental arteries with an "
     "intraluminal web in the right interlobar artery, consistent with chronic thromboembolic disease. "
     "No acute embolus. Right ventricular enlargement with an RV/LV ratio of 1.4 and flattening of the "
     "interventricular septum. Mosaic perfusion in both lower lobes. Dilated bronchial arteries. "
     "No pericardial or pleural effusion. No mediastinal lymphadenopathy. The lungs are otherwise clear.\n"
     "IMPRESSION: 1. Chronic thromboembolic pulmonary hypertension with webs and mosaic perfusion. "
     "2. Right ventricular enlargement."),
     {CM, MOS}),
    ("eph-02", "en",
     ("FINDINGS: The pulmonary trunk is dilated to 34 mm. Straightening of the interventricular septum, "
     "suggestive of right heart strain. The cardiac chambers are normal in size. Reflux of contrast into "
     "the inferior vena cava and hepatic veins. No pericardial effusion. Mild atherosclerotic calcification "
     "of the aortic arch. No coronary artery calcification. Lungs: no nodules or consolidation. No mosaic "
     "attenuation.\n"
     "IMPRESSION: Enlarged pulmonary artery and CT signs of right heart strain without chamber enlargement. "
     "Contrast reflux into the IVC suggests elevated right-sided pressures."),
     {AWC}),
    ("eph-03", "en",
     ("CLINICAL: PAH with poor response to vasodilator therapy. Evaluate for PVOD.\n"
     "FINDINGS: Smooth interlobular septal thickening in both lungs, most pronounced in the lower lobes. "
     "Poorly defined centrilobular ground-glass opacities in both upper lobes. Enlarged mediastinal lymph "
     "nodes, the largest in the subcarinal station measuring 14 mm in short axis. Main pulmonary artery "
     "38 mm. The right atrium and right ventricle are dilated. Small pericardial effusion. No pleural "
     "effusion. A Hickman catheter terminates in the right atrium.\n"
     "IMPRESSION: Triad of septal thickening, centrilobular ground glass and lymphadenopathy, highly "
     "suggestive of pulmonary veno-occlusive disease. Small pericardial effusion, a poor prognostic sign."),
     {IST, OPA, LN, CM, PCE, MM}),
    ("eph-04", "en",
     ("FINDINGS: Moderate centrilobular and paraseptal emphysema, upper lobe predominant. Diffuse bronchial "
     "wall thickening. Enlarged main pulmonary artery (33 mm) with a pulmonary artery to aorta ratio of 1.1. "
     "Heart size is normal. No pericardial effusion. Dense coronary artery calcification in the LAD and RCA. "
     "Calcified atherosclerotic plaque in the descending thoracic aorta. Bibasilar subsegmental atelectasis. "
     "No suspicious pulmonary nodule.\n"
     "IMPRESSION: Emphysema with enlarged pulmonary artery, in keeping with group 3 pulmonary hypertension."),
     {EMP, PBT, CAC, AWC, ATL}),
    ("eph-05", "en",
     ("CLINICAL: Status post pulmonary endarterectomy 6 months ago for CTEPH.\n"
     "COMPARISON: Preoperative CT of 2023-03-14.\n"
     "FINDINGS: Median sternotomy wires are intact. The pulmonary trunk has decreased in caliber, now 29 mm "
     "(previously 37 mm). The previously seen mosaic perfusion has resolved. The right ventricle, "
     "previously dilated, is now normal in size. Small residual web in the left lower lobe artery. The "
     "pericardial effusion seen preoperatively has resolved. Linear scarring in the lingula. No pleural "
     "effusion.\n"
     "IMPRESSION: Expected postoperative appearance with resolution of mosaic perfusion and of right "
     "ventricular dilatation."),
     {MM, FIB}),
    ("eph-06", "en",
     ("CLINICAL: Systemic sclerosis with pulmonary arterial hypertension.\n"
     "FINDINGS: Peripheral, basal-predominant reticulation and ground-glass opacity with traction "
     "bronchiectasis, in a pattern of fibrotic NSIP. No honeycombing. Dilated, fluid-filled esophagus. "
     "Small sliding hiatal hernia. Main pulmonary artery 35 mm. Mild cardiomegaly with right atrial "
     "enlargement. Trace pericardial effusion. Several mildly enlarged lower paratracheal lymph nodes, "
     "likely reactive.\n"
     "IMPRESSION: 1. Fibrotic NSIP. 2. Findings of pulmonary hypertension. 3. Patulous esophagus and "
     "hiatal hernia."),
     {FIB, OPA, BRX, HH, CM, PCE, LN}),
    ("eph-07", "en",
     ("CLINICAL: Eisenmenger physiology.\n"
     "FINDINGS: Large secundum atrial septal defect with marked right atrial and right ventricular "
     "enlargement. Aneurysmal main pulmonary artery measuring 52 mm with atherosclerotic calcification of "
     "the pulmonary trunk wall. No pericardial effusion. The lungs are clear. No interlobular septal "
     "thickening.\n"
     "IMPRESSION: Secundum ASD with Eisenmenger physiology and calcified, aneurysmal pulmonary trunk."),
     {CM, AWC}),
    ("eph-08", "en",
     ("CLINICAL: Prior percutaneous ASD closure, persistent pulmonary hypertension.\n"
     "FINDINGS: Amplatzer septal occluder in the interatrial septum. The right ventricle is mildly dilated. "
     "Pulmonary trunk 33 mm. No pericardial effusion. Lipomatous hypertrophy of the interatrial septum. "
     "Lungs: no septal thickening and no ground-glass opacity. Tiny calcified granuloma in the right upper "
     "lobe.\n"
     "IMPRESSION: Persistent right ventricular dilatation after ASD closure."),
     {MM, CM, NOD}),
    ("eph-09", "en",
     ("FINDINGS: Chronic eccentric thrombus and band-like webs in the right lower lobe pulmonary arteries. "
     "Peripheral wedge-shaped consolidation in the right lower lobe with surrounding ground glass, "
     "suggestive of pulmonary infarct. Small right pleural effusion. Enlarged main pulmonary artery. Heart "
     "size within normal limits, no right ventricular dilatation. Reflux of contrast into the hepatic "
     "veins. No lymphadenopathy.\n"
     "IMPRESSION: Chronic thromboembolic disease with a probable right lower lobe infarct."),
     {CON, OPA, PE}),
    ("eph-10", "en",
     ("FINDINGS: IVC filter partially imaged in the infrarenal IVC. Mosaic attenuation with sharply "
     "demarcated regions of hypoattenuation containing small vessels. No bronchial wall thickening or "
     "bronchiectasis to suggest small airways disease. The right atrium is enlarged. Pericardial "
     "thickening without effusion. Calcified mediastinal and hilar lymph nodes, not enlarged.\n"
     "IMPRESSION: Mosaic perfusion, likely vascular given the absence of airway disease."),
     {MM, MOS, CM, PCE}),
    ("eph-11", "en",
     ("FINDINGS: Cardiomegaly with left atrial enlargement. Main pulmonary artery 34 mm. Bilateral small "
     "pleural effusions, right greater than left. Smooth interlobular septal thickening and patchy "
     "ground-glass opacities in the dependent lungs, consistent with interstitial edema. Passive "
     "atelectasis at both bases. Coronary artery calcifications and aortic valve calcification. Pacemaker "
     "leads in the right atrium and right ventricle. Small pericardial effusion.\n"
     "IMPRESSION: Pulmonary venous hypertension with interstitial edema."),
     {CM, PE, IST, OPA, ATL, CAC, MM, PCE}),
    ("eph-12", "en",
     ("CLINICAL: Dyspnea; echocardiogram suggests elevated PASP. Exclude CTEPH.\n"
     "FINDINGS: Main pulmonary artery normal in caliber (26 mm). No filling defects, webs or bands. No "
     "mosaic perfusion. The heart is normal in size without right ventricular dilatation. No pericardial "
     "effusion. No pleural effusion. No lymphadenopathy. The lungs are clear without nodules, ground glass "
     "or septal thickening. No emphysema. No hiatal hernia. No coronary artery calcification.\n"
     "IMPRESSION: No CT evidence of chronic thromboembolic disease or pulmonary hypertension."),
     set()),
    ("eph-13", "en",
     ("FINDINGS: Pulmonary trunk borderline enlarged at 30 mm. Subtle mosaic attenuation in the right middle "
     "lobe and lingula, which may represent mosaic perfusion; air trapping cannot be excluded without "
     "expiratory imaging. A tiny pericardial effusion cannot be excluded. Heart size normal. Scattered "
     "2-3 mm solid nodules in the left upper lobe, likely benign.\n"
     "IMPRESSION: Possible mosaic perfusion. Recommend V/Q scan."),
     {MOS, PCE, NOD}),
    ("eph-14", "en",
     ("FINDINGS: Perilymphatic nodules along the bronchovascular bundles and fissures in the upper lobes, "
     "with upper lobe fibrosis and traction bronchiectasis. Bilateral hilar and mediastinal "
     "lymphadenopathy with eggshell calcification. Main pulmonary artery 37 mm. The right ventricle is "
     "enlarged. No pericardial effusion.\n"
     "IMPRESSION: Stage IV sarcoidosis with pulmonary hypertension."),
     {NOD, FIB, BRX, LN, CM}),
    ("eph-15", "en",
     ("COMPARISON: CT of 2024-01-10.\n"
     "FINDINGS: Interval increase in the pericardial effusion, now moderate, up to 14 mm. New small left "
     "pleural effusion. Persistent right atrial and right ventricular dilatation. Main pulmonary artery "
     "stable at 41 mm. Port-a-cath via the right subclavian vein with its tip at the cavoatrial junction. "
     "Stable mild centrilobular ground-glass opacity.\n"
     "IMPRESSION: Enlarging pericardial effusion, a poor prognostic marker in PAH."),
     {PCE, PE, CM, MM, OPA}),
    ("eph-16", "en",
     ("COMPARISON: 2023-09-02.\n"
     "FINDINGS: The previously demonstrated pericardial effusion is no longer seen. Previously noted "
     "bilateral pleural effusions have resolved. Main pulmonary artery 35 mm, unchanged. The right "
     "ventricle remains mildly dilated. Residual linear atelectasis at the left base.\n"
     "IMPRESSION: Resolved pericardial and pleural effusions on targeted therapy."),
     {CM, ATL}),
    ("eph-17", "en",
     ("FINDINGS: Right ventricular hypertrophy with a free wall thickness of 8 mm, without dilatation. "
     "Leftward bowing of the interventricular septum. Cardiac size is normal. Pulmonary trunk 36 mm with "
     "peripheral pruning. No pericardial fluid. The lungs are clear.\n"
     "IMPRESSION: RV hypertrophy and septal bowing consistent with pressure overload."),
     set()),
    ("eph-18", "en",
     ("CLINICAL: 34-year-old with idiopathic PAH on IV epoprostenol.\n"
     "FINDINGS: Tunneled central venous catheter from the left with its tip in the SVC. The main pulmonary "
     "artery is aneurysmally dilated to 55 mm with curvilinear calcification of its wall, consistent with "
     "longstanding severe pulmonary hypertension. The aorta is normal without atherosclerotic "
     "calcification. No coronary artery calcification. Marked right atrial and right ventricular "
     "enlargement. Moderate pericardial effusion. The dilated pulmonary artery compresses the left main "
     "coronary artery. Lungs: diffuse centrilobular ground-glass opacities. No septal thickening.\n"
     "IMPRESSION: Severe PAH with pulmonary artery aneurysm and wall calcification, right heart "
     "enlargement and moderate pericardial effusion."),
     {MM, AWC, CM, PCE, OPA}),
    ("eph-19", "en",
     ("CLINICAL: PAH, worsening on sildenafil.\n"
     "FINDINGS: Kerley B lines at both lung bases. Faint centrilobular ground glass in the upper lobes. "
     "Mildly enlarged right paratracheal lymph node, 12 mm. No pleural effusion. Enlarged pulmonary trunk. "
     "Dilated right ventricle.\n"
     "IMPRESSION: Findings suspicious for PVOD; caution with vasodilator therapy given the risk of "
     "pulmonary edema."),
     {IST, OPA, LN, CM}),
    ("eph-20", "en",
     ("FINDINGS: No evidence of pulmonary embolism, acute or chronic. Enlarged main pulmonary artery, 32 mm. "
     "No evidence of interlobular septal thickening, centrilobular ground glass or lymphadenopathy to "
     "suggest PVOD. No mosaic perfusion. Mild cardiomegaly. Small hiatal hernia. Mild aortic "
     "atherosclerotic calcification. The pericardium is unremarkable.\n"
     "IMPRESSION: Enlarged pulmonary artery without CT evidence of CTEPH or PVOD."),
     {CM, HH, AWC}),
    ("eph-21", "en",
     ("FINDINGS: Multiple peripheral subpleural parenchymal bands and scars in both lower lobes, sequelae of "
     "prior infarcts. Mosaic perfusion. Hypertrophied bronchial arteries. Intravascular webs in the "
     "segmental arteries of the left lower lobe. The right ventricle is enlarged. Minimal pericardial "
     "effusion. No pleural effusion.\n"
     "IMPRESSION: Chronic thromboembolic disease with prior infarct scars."),
     {FIB, MOS, CM, PCE}),
    ("eph-22", "en",
     ("FINDINGS: Mosaic attenuation in both lungs. Vessels in the lucent regions are not clearly smaller. "
     "Mild bronchial wall thickening and cylindrical bronchiectasis in the lower lobes. No filling defects "
     "in the pulmonary arteries. Pulmonary artery 28 mm, normal. Heart normal in size.\n"
     "IMPRESSION: Mosaic attenuation, likely due to small airways disease rather than CTEPH."),
     {MOS, PBT, BRX}),
    ("eph-23", "en",
     ("CLINICAL: CTEPH, status post third session of balloon pulmonary angioplasty.\n"
     "COMPARISON: CT of 2024-02-20.\n"
     "FINDINGS: Small area of ground-glass opacity in the right lower lobe, likely reperfusion injury. "
     "Mosaic perfusion has improved but persists in the left lower lobe. Residual webs in the treated "
     "segments. The right ventricle has decreased in size and is now normal. Heart size normal. No "
     "pericardial effusion.\n"
     "IMPRESSION: Improving CTEPH after BPA with minor reperfusion change."),
     {OPA, MOS}),
    ("eph-24", "en",
     ("FINDINGS: The right atrium and right ventricle are dilated, RV/LV ratio 1.6. Dense reflux of contrast "
     "into the IVC and hepatic veins. Heterogeneous hepatic enhancement suggestive of passive congestion. "
     "Simple cyst in the liver. Mild smooth pleural thickening on the right without effusion. Enlarged "
     "pulmonary trunk. The lungs are clear.\n"
     "IMPRESSION: Right heart dilatation with signs of elevated right-sided pressure and hepatic congestion."),
     {CM}),
    ("eph-25", "en",
     ("CT CHEST WITHOUT CONTRAST.\n"
     "FINDINGS: Mild centrilobular emphysema. 5 mm solid nodule in the right upper lobe. Main pulmonary "
     "artery 33 mm; pulmonary hypertension cannot be excluded. No cardiomegaly. No pericardial effusion. "
     "Moderate coronary artery calcification.\n"
     "IMPRESSION: Enlarged pulmonary artery, suggestive of pulmonary hypertension; correlate with "
     "echocardiography. 5 mm nodule, follow-up per guidelines."),
     {EMP, NOD, CAC}),
    ("eph-26", "en",
     ("CLINICAL: Cirrhosis, suspected portopulmonary hypertension.\n"
     "FINDINGS: Nodular liver contour with regenerative nodules. TIPS stent in place. Splenomegaly and "
     "paraesophageal varices. Small right pleural effusion, likely hepatic hydrothorax. Pulmonary trunk "
     "35 mm. Heart normal in size. No pericardial effusion. No lung nodules.\n"
     "IMPRESSION: Enlarged pulmonary trunk, compatible with portopulmonary hypertension in this setting."),
     {MM, PE}),
    ("eph-27", "en",
     ("CLINICAL: Takayasu arteritis.\n"
     "FINDINGS: Circumferential thickening of the pulmonary artery walls with stenosis of the left "
     "pulmonary artery. Mosaic perfusion in the left lung distal to the stenosis. Calcification of the "
     "aortic wall. No bronchial wall thickening. Heart size normal.\n"
     "IMPRESSION: Large-vessel vasculitis involving the pulmonary arteries with mosaic perfusion."),
     {AWC, MOS}),
    ("eph-28", "en",
     ("CLINICAL: Fibrosing mediastinitis.\n"
     "FINDINGS: Calcified mediastinal soft tissue encasing and narrowing the right pulmonary artery and "
     "right inferior pulmonary vein. Calcified hilar and subcarinal lymph nodes, not enlarged. Right lung "
     "oligemia with mosaic perfusion. Interlobular septal thickening in the right lower lobe due to "
     "venous obstruction. Small right pleural effusion. Calcified granulomas in the right upper lobe.\n"
     "IMPRESSION: Fibrosing mediastinitis with right pulmonary arterial and venous obstruction."),
     {MOS, IST, PE, NOD}),
    ("eph-29", "en",
     ("FINDINGS: Expansile low-attenuation filling defect occupying the main pulmonary artery and extending "
     "into the right pulmonary artery, suggestive of intimal sarcoma; chronic thrombus is less likely. "
     "Several pulmonary nodules in the right lower lobe, suspicious for metastases. Mosaic perfusion in "
     "the right lung. Heart size normal.\n"
     "IMPRESSION: Pulmonary artery sarcoma favored over CTEPH. Pulmonary nodules, possible metastases."),
     {NOD, MOS}),
    ("eph-30", "en",
     ("FINDINGS: Sinus venosus atrial septal defect with partial anomalous pulmonary venous return of the "
     "right upper pulmonary vein to the SVC. Dilated right heart chambers. Main pulmonary artery 39 mm. "
     "No pericardial effusion. No pleural effusion. Azygos fissure, a normal variant.\n"
     "IMPRESSION: Sinus venosus ASD with PAPVR and right heart dilatation."),
     {CM}),
    ("eph-31", "en",
     ("CLINICAL: History of pulmonary embolism in 2019. Status post pericardial window for a large "
     "pericardial effusion.\n"
     "FINDINGS: No pericardial effusion today. Surgical clips in the left anterior mediastinum. Main "
     "pulmonary artery 34 mm. Right ventricle normal in size. No residual thrombus. Linear atelectasis in "
     "the left lower lobe.\n"
     "IMPRESSION: No recurrent pericardial effusion. No chronic thromboembolic disease."),
     {MM, ATL}),
    ("eph-32", "en",
     ("FINDINGS: Enlarged pulmonary trunk (37 mm). The right ventricle is dilated. Small pericardial "
     "effusion. Respiratory motion artifact limits assessment of the lung parenchyma.\n"
     "IMPRESSION: Findings of pulmonary hypertension. If PVOD is suspected clinically, dedicated HRCT is "
     "recommended to evaluate for septal thickening and centrilobular ground glass."),
     {CM, PCE}),
    ("eph-33", "en",
     ("FINDINGS: PA 40 mm. RV and RA enlarged. Septum flattened. Contrast reflux into IVC/hepatic veins. "
     "Pericardial effusion: small. Pleural effusion: none. Lungs: mosaic perfusion, no nodules.\n"
     "IMPRESSION: Severe PH with right heart enlargement."),
     {CM, PCE, MOS}),
    ("eph-34", "en",
     ("FINDINGS: Severe paraseptal and bullous emphysema with a giant bulla in the left upper lobe. "
     "Bronchial wall thickening. Main pulmonary artery 34 mm. Atherosclerotic calcification of the aorta "
     "and coronary arteries. Moderate hiatal hernia. Heart size normal.\n"
     "IMPRESSION: Bullous emphysema with pulmonary artery enlargement, suggestive of group 3 PH."),
     {EMP, PBT, AWC, CAC, HH}),
    ("eph-35", "en",
     ("FINDINGS: Prominent but non-enlarged mediastinal lymph nodes, largest 9 mm. Mild interlobular septal "
     "thickening at the bases, which could reflect mild venous congestion. No centrilobular ground glass. "
     "The right atrium is enlarged. Pulmonary trunk 33 mm.\n"
     "IMPRESSION: Mild basal septal thickening, nonspecific; PVOD considered less likely in the absence of "
     "lymphadenopathy and centrilobular ground glass."),
     {IST, CM}),
    ("eph-36", "en",
     ("FINDINGS: Enlarged pulmonary trunk abutting the heart; heart size normal. Enlarged azygos vein. "
     "Dilated coronary sinus. Mild diffuse bronchial wall thickening. No coronary artery calcification.\n"
     "IMPRESSION: Enlarged pulmonary trunk. Dilated coronary sinus may reflect elevated right atrial "
     "pressure."),
     {PBT}),
    ("eph-37", "en",
     ("FINDINGS: Diffuse ill-defined centrilobular ground-glass opacities, suggesting pulmonary capillary "
     "hemangiomatosis. No septal thickening. Small bilateral pleural effusions. The right ventricle is "
     "dilated.\n"
     "IMPRESSION: Suspected pulmonary capillary hemangiomatosis."),
     {OPA, PE, CM}),
    ("eph-38", "en",
     ("CLINICAL: CTEPH with hemoptysis, prior bronchial artery embolization.\n"
     "FINDINGS: Embolization coils in the right bronchial artery. Mosaic perfusion. Peripheral "
     "consolidation with surrounding ground glass in the right lower lobe, likely pulmonary hemorrhage.\n"
     "IMPRESSION: Right lower lobe hemorrhage in a patient with CTEPH."),
     {MM, MOS, CON, OPA}),
    ("eph-39", "en",
     ("COMPARISON: CT of 2023-11-05.\n"
     "FINDINGS: Mosaic perfusion is less pronounced than on the prior study but persists in the right "
     "lower lobe. The previously enlarged right ventricle has normalized. The small pericardial effusion "
     "has decreased, now trace. Stable 4 mm nodule in the left lower lobe.\n"
     "IMPRESSION: Improvement on riociguat."),
     {MOS, PCE, NOD}),
    ("eph-40", "en",
     ("FINDINGS: The heart is enlarged, predominantly due to the right-sided chambers. No pleural or "
     "pericardial effusion. No mediastinal, hilar or axillary lymphadenopathy. Centrilobular ground-glass "
     "opacities without septal thickening. Mild subsegmental atelectasis in the lingula. No emphysema.\n"
     "IMPRESSION: Right-sided cardiomegaly with centrilobular ground glass."),
     {CM, OPA, ATL}),
    ("eph-41", "en",
     ("FINDINGS: Perimembranous ventricular septal defect with bidirectional shunting. Pulmonary trunk "
     "48 mm with calcification of the arterial wall. Dilated bronchial arteries. Heart size is normal. "
     "Pericardial effusion: none. No bronchiectasis.\n"
     "IMPRESSION: VSD with Eisenmenger physiology."),
     {AWC}),
    ("eph-42", "en",
     ("FINDINGS: Mechanical mitral valve prosthesis and median sternotomy wires. Coronary stent in the LAD. "
     "Marked left atrial enlargement. Interlobular septal thickening with small bilateral pleural "
     "effusions. Coronary artery calcification.\n"
     "IMPRESSION: Post-capillary pulmonary hypertension with interstitial edema."),
     {MM, CM, IST, PE, CAC}),
    ("eph-43", "en",
     ("FINDINGS: Subpleural wedge-shaped opacity in the left lower lobe with a reversed halo, likely a "
     "subacute infarct; superimposed pneumonia cannot be excluded. Small left pleural effusion. "
     "Pulmonary trunk 31 mm. No right ventricular dilatation.\n"
     "IMPRESSION: Probable left lower lobe infarct."),
     {OPA, PE}),
    ("eph-44", "en",
     ("FINDINGS: Subpleural basal honeycombing with traction bronchiectasis in a UIP pattern. Upper lobe "
     "centrilobular emphysema, consistent with combined pulmonary fibrosis and emphysema. Main pulmonary "
     "artery 36 mm. Enlarged mediastinal lymph nodes up to 15 mm, likely reactive to the fibrosis. Heart "
     "normal in size.\n"
     "IMPRESSION: CPFE with pulmonary hypertension."),
     {FIB, BRX, LN, EMP}),
    ("eph-45", "en",
     ("FINDINGS: Fluid in the superior pericardial recess. No pleural fluid. Enlarged pulmonary artery. "
     "Right ventricular dilatation. Small sliding hiatus hernia.\n"
     "IMPRESSION: Pulmonary hypertension with right ventricular dilatation and a small pericardial "
     "effusion."),
     {PCE, CM, HH}),
    ("eph-46", "en",
     ("FINDINGS: Overall heart size is within normal limits; however, the right ventricle is enlarged "
     "relative to the left. No pericardial effusion. Mild bronchial wall thickening.\n"
     "IMPRESSION: Right ventricular enlargement, suggestive of pulmonary hypertension."),
     {CM, PBT}),
]

OPEN: dict[tuple[str, str], str] = {
    ('eph-46', CM): 'heart size normal, right ventricle enlarged: the explicit denial of heart size wins over the implied chamber enlargement',
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
