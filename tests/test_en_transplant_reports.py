"""Probe: English chest CT reports of lung transplant recipients and candidates, written the way
US/UK attending radiologists dictate them (FINDINGS/IMPRESSION, comparison with prior exams, hedges).
Bronchial anastomoses and anastomotic stents, bronchiolitis obliterans syndrome / CLAD (mosaic
attenuation, air trapping on expiratory images), restrictive allograft syndrome, acute rejection,
infection (fungal nodules with halo, tree-in-bud), native-lung emphysema, fibrosis and LAM cysts in
single-lung recipients, post-operative pleural fluid and hemothorax, clamshell wires, tubes that were
removed, PTLD lymphadenopathy and its remission, and pre-transplant evaluation CTs. The reports were
written for this file without looking at the engine's lexicon or cue lists.
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
    ("etx-01", "en", """CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: Bilateral lung transplant 2019 for COPD/emphysema. Routine surveillance.
COMPARISON: CT chest 03/14/2023.
FINDINGS: Postsurgical changes of bilateral sequential lung transplantation via clamshell thoracotomy. Transverse sternal wires are intact. The bronchial anastomoses are patent without narrowing or dehiscence. The transplanted lungs are clear. No nodules, consolidation, or ground-glass opacity. No bronchial wall thickening or bronchiectasis. Expiratory images demonstrate no air trapping. No pleural effusion. Heart size is normal. No pericardial effusion. No mediastinal or hilar lymphadenopathy.
IMPRESSION:
1. Stable appearance of bilateral lung transplant without evidence of rejection, infection, or airway complication.""",
     {MM}),
    ("etx-02", "en", """CT CHEST, INSPIRATORY AND EXPIRATORY
HISTORY: Bilateral lung transplant 2016. Declining FEV1.
COMPARISON: 08/02/2022.
FINDINGS: Status post bilateral lung transplant. Sternal wires again noted. Inspiratory images demonstrate new mosaic attenuation in both lower lobes. Paired expiratory images show extensive lobular and segmental air trapping, increased from prior. Mild bronchial wall thickening in the lower lobes with new cylindrical bronchiectasis of the right lower lobe segmental bronchi. No consolidation or nodules. No pleural effusion.
IMPRESSION: Progressive mosaic attenuation and air trapping with bronchial wall thickening and bronchiectasis, compatible with bronchiolitis obliterans syndrome in the appropriate clinical setting.""",
     {MM, MOS, PBT, BRX}),
    ("etx-03", "en", """HISTORY: Right single lung transplant for IPF, 2021. Anastomotic stenosis status post stent placement.
COMPARISON: 11/2023.
FINDINGS: A metallic stent is present across the right mainstem bronchial anastomosis, in satisfactory position and widely patent. No stent fracture or migration. Mild granulation tissue at the distal stent margin is suspected. The native left lung demonstrates basal-predominant subpleural reticulation and honeycombing with traction bronchiectasis, compatible with usual interstitial pneumonia, unchanged. The allograft is clear. Small left pleural effusion, unchanged. Heart size normal. Coronary artery calcifications noted.
IMPRESSION:
1. Right bronchial anastomotic stent in good position.
2. Stable UIP-pattern fibrosis in the native left lung.""",
     {MM, FIB, BRX, PE, CAC}),
    ("etx-04", "en", """HISTORY: Left single lung transplant 2017 for COPD.
COMPARISON: 06/2023.
FINDINGS: The native right lung is hyperexpanded with severe centrilobular and paraseptal emphysema, with mild mediastinal shift to the left. A new 8 mm solid nodule in the native right upper lobe (series 3, image 45), not present on the prior study, is suspicious for a neoplasm. The left lung allograft is clear without consolidation. The left bronchial anastomosis is intact. No pleural effusion. Mild atherosclerotic calcification of the thoracic aorta. No enlarged mediastinal lymph nodes.
IMPRESSION:
1. New 8 mm nodule in the native right upper lobe, suspicious given the history; PET-CT or tissue sampling recommended.
2. Severe emphysema of the native lung.""",
     {EMP, NOD, AWC}),
    ("etx-05", "en", """CLINICAL: Bilateral lung transplant, post-operative day 60. Fever, positive serum galactomannan.
FINDINGS: Multiple new bilateral pulmonary nodules, the largest 1.6 cm in the right upper lobe, several with a surrounding ground-glass halo. One left lower lobe nodule shows early central cavitation. No lobar consolidation. Trace bilateral pleural effusions. Clamshell wires intact. Right internal jugular central venous catheter tip in the SVC.
IMPRESSION: Multiple new nodules with halo sign, highly suspicious for invasive fungal infection, likely aspergillosis.""",
     {NOD, OPA, PE, MM}),
    # OPA 0: tree-in-bud opacities alone are not labelled opacity in CT-RATE (train: 17 of 25 reports that name it); relabelled 2026-12-07
    ("etx-06", "en", """COMPARISON: CT chest 4 months prior.
FINDINGS: Clustered centrilobular nodules and tree-in-bud opacities in the right middle and lower lobes, new since the prior study, with associated bronchial wall thickening. No consolidation. Bronchial anastomoses are intact. No pleural effusion. No lymphadenopathy.
IMPRESSION: New tree-in-bud opacities in the right lung, favored to represent infectious bronchiolitis; aspiration is also a consideration.""",
     {NOD, PBT}),
    ("etx-07", "en", """CLINICAL: Bilateral lung transplant 3 weeks ago, worsening hypoxemia.
COMPARISON: 1 week prior.
FINDINGS: New diffuse ground-glass opacity in both lungs with smooth interlobular septal thickening, lower lobe predominant. Small bilateral pleural effusions, increased. No consolidation. The left chest tube has been removed. Clamshell sternal wires intact.
IMPRESSION: New ground-glass opacity, septal thickening and increasing pleural effusions. Acute cellular rejection is favored; infection and volume overload cannot be excluded.""",
     {OPA, IST, PE, MM}),
    ("etx-08", "en", """COMPARISON: CT chest 2 months prior.
FINDINGS: The previously seen loculated right pleural fluid collection has resolved, with mild residual pleural thickening. The left basal subsegmental atelectasis has also resolved. Chest tubes have been removed. The lungs are otherwise clear. No pericardial effusion. No lymphadenopathy.
IMPRESSION: Resolution of the postoperative right pleural collection. No acute findings.""",
     set()),
    ("etx-09", "en", """HISTORY: Bilateral lung transplant 2020. Weight loss, rising EBV viral load.
COMPARISON: 10/2023.
FINDINGS: Interval development of bulky mediastinal lymphadenopathy, with a 3.2 x 2.5 cm subcarinal node and a 2.1 cm right lower paratracheal node. Enlarged left axillary node measuring 1.8 cm in short axis. A 2.4 cm soft tissue mass in the left lower lobe abutting the pleura. No pleural effusion.
IMPRESSION: New mediastinal and axillary lymphadenopathy with a left lower lobe mass, concerning for post-transplant lymphoproliferative disorder. Tissue sampling recommended.""",
     {LN, NOD}),
    ("etx-10", "en", """HISTORY: Right single lung transplant for lymphangioleiomyomatosis.
FINDINGS: The native left lung contains innumerable thin-walled cysts of varying sizes, consistent with known LAM, unchanged. Small left apical pneumothorax, unchanged. No emphysema in the allograft; the right allograft is clear. Surgical clips at the right hilum. No pleural effusion.
IMPRESSION: Stable cystic lung disease of the native lung. Clear allograft.""",
     {MM}),
    ("etx-11", "en", """CT CHEST WITH CONTRAST
CLINICAL: Post-operative day 2 after bilateral lung transplant. Hypoxia.
FINDINGS: Bilateral apical and basal chest tubes in place. Endotracheal tube tip 4 cm above the carina. Moderate right hemothorax with layering high-attenuation pleural fluid. Small left pleural effusion. Bilateral lower lobe consolidation with air bronchograms, likely atelectasis versus reperfusion edema. Patchy perihilar ground-glass opacity. Small pericardial effusion. Subcutaneous emphysema in the right chest wall.
IMPRESSION:
1. Moderate right hemothorax despite chest tubes.
2. Perihilar ground-glass opacity, compatible with primary graft dysfunction/reperfusion edema.""",
     {MM, PE, CON, ATL, OPA, PCE}),
    ("etx-12", "en", """CLINICAL: Post-operative day 10, bilateral lung transplant. Persistent air leak.
FINDINGS: Small focal defect along the anterior wall of the left mainstem bronchial anastomosis with a 6 mm extraluminal air locule, suspicious for partial dehiscence. Mild pneumomediastinum. No mediastinal fluid collection. Left chest tube in place. Dependent atelectasis in both lower lobes. Small bilateral pleural effusions.
IMPRESSION: Findings suspicious for partial left bronchial anastomotic dehiscence. Bronchoscopic correlation recommended.""",
     {MM, ATL, PE}),
    ("etx-13", "en", """FINDINGS: The lungs are clear. No ground-glass opacity or consolidation. No pulmonary nodules. The airways are patent. No bronchiectasis. Expiratory images were not obtained. No pleural effusion. Mild cardiomegaly.
IMPRESSION: No acute findings. Recommend a dedicated inspiratory/expiratory protocol on the next surveillance CT to assess for air trapping or mosaic attenuation.""",
     {CM}),
    ("etx-14", "en", """CT THORAX
Clinical details: Bilateral sequential lung transplant 2018 (cystic fibrosis). ?infection ?CLAD.
Comparison is made with the CT of 12/05/2023.
Findings: Clamshell sternotomy wires in situ. The bronchial anastomoses appear satisfactory. There is new patchy consolidation in the right lower lobe with surrounding ground glass change. Background mosaic attenuation is unchanged and there is air trapping on the expiratory sequence. Mild bronchial wall thickening. No pleural effusion. Mediastinal nodes are not enlarged.
Conclusion: New right lower lobe consolidation in keeping with infection. Stable mosaic attenuation with air trapping, consistent with known CLAD.""",
     {MM, CON, OPA, MOS, PBT}),
    ("etx-15", "en", """COMPARISON: CT 2022.
FINDINGS: Progressive upper lobe-predominant pleuroparenchymal thickening with subpleural fibrosis, volume loss and traction bronchiectasis in both upper lobes, increased since 2022. Upward retraction of the hila. Reticulation extends into the mid lungs. No ground-glass opacity. No pleural effusion.
IMPRESSION: Progressive upper lobe fibrosis with pleuroparenchymal thickening, consistent with restrictive allograft syndrome.""",
     {FIB, BRX}),
    ("etx-16", "en", """COMPARISON: CT 9 months prior.
FINDINGS: The previously seen left mainstem bronchial stent has been removed. Mild residual narrowing at the left bronchial anastomosis, measuring 7 mm in diameter, unchanged. No airway wall thickening. The lungs are clear apart from a small calcified granuloma in the left upper lobe, unchanged. No effusions. Incidental hepatic cyst.
IMPRESSION: Interval stent removal with stable mild anastomotic narrowing.""",
     {NOD}),
    ("etx-17", "en", """COMPARISON: 3 months prior.
FINDINGS: Peripheral and peribronchovascular consolidation in both lower lobes with a perilobular distribution, new from prior. No ground-glass opacity. No nodules. Small right pleural effusion.
IMPRESSION: New peripheral consolidation favored to represent organizing pneumonia, which may be related to rejection or infection. Fungal infection cannot be excluded.""",
     {CON, PE}),
    ("etx-18", "en", """HISTORY: Bilateral lung transplant 2014.
FINDINGS: Mild pericardial thickening without pericardial effusion, unchanged. Small hiatal hernia. The lungs are clear. No pleural effusion. Scattered coronary artery calcification.
IMPRESSION: No acute cardiopulmonary process.""",
     {PCE, HH, CAC}),
    ("etx-19", "en", """HISTORY: Left single lung transplant for pulmonary fibrosis. Cough and fever.
FINDINGS: The native right lung shows extensive honeycombing and traction bronchiectasis. New consolidation in the native right lower lobe may represent pneumonia; acute exacerbation is less likely given the absence of diffuse ground glass. The allograft is clear. Small right pleural effusion. Enlarged right hilar lymph node measuring 1.4 cm, likely reactive.
IMPRESSION: New native right lower lobe consolidation, likely pneumonia.""",
     {FIB, BRX, CON, PE, LN}),
    ("etx-20", "en", """FINDINGS:
Transplanted lungs: No consolidation, ground-glass opacity, or nodules. Negative for mosaic attenuation; expiratory images show no air trapping. No bronchiectasis or bronchial wall thickening. No interlobular septal thickening.
Pleura: No effusion.
Mediastinum: No lymphadenopathy.
Heart: Normal in size without pericardial effusion.
Chest wall: Sternal wires intact.
IMPRESSION: Normal post-transplant CT chest.""",
     {MM}),
    ("etx-21", "en", """HISTORY: Right single lung transplant 2015 for emphysema.
FINDINGS: Native left lung: severe emphysema, with a large bulla in the left upper lobe measuring 9 cm. Plate-like atelectasis in the lingula. Allograft: mild linear scarring at the right base. Small pericardial effusion. Coronary stent in the LAD.
IMPRESSION: Stable native lung emphysema. No acute allograft abnormality.""",
     {EMP, ATL, FIB, PCE, MM}),
    ("etx-22", "en", """CLINICAL: 4 months post bilateral lung transplant, CMV viremia.
FINDINGS: Diffuse bilateral ground-glass opacities with scattered small centrilobular nodules, new. No consolidation. No septal thickening. No pleural effusion.
IMPRESSION: New diffuse ground-glass opacities and centrilobular nodules; CMV pneumonitis is favored. Acute rejection is a differential consideration.""",
     {OPA, NOD}),
    ("etx-23", "en", """COMPARISON: 01/10/2024.
FINDINGS: The previously noted right middle lobe ground-glass opacity and consolidation have resolved. No new opacity. No evidence of bronchiectasis. Subcentimeter mediastinal lymph nodes, not enlarged by size criteria. Clamshell wires.
IMPRESSION: Resolution of right middle lobe infection.""",
     {MM}),
    ("etx-24", "en", """CT CHEST, PRE-TRANSPLANT EVALUATION
HISTORY: COPD, GOLD 4.
FINDINGS: Severe upper lobe predominant centrilobular emphysema. Bronchial wall thickening. Moderate coronary artery calcifications in the LAD and RCA. Atherosclerotic calcification of the thoracic aorta and the origins of the great vessels. Main pulmonary artery dilated at 3.4 cm. No suspicious pulmonary nodules. Small sliding hiatal hernia. No lymphadenopathy.
IMPRESSION: Severe emphysema. Coronary artery calcification; correlate for cardiac risk stratification as part of the transplant workup.""",
     {EMP, PBT, CAC, AWC, HH}),
    ("etx-25", "en", """PRE-TRANSPLANT EVALUATION, IPF
COMPARISON: 2 years prior.
FINDINGS: Basal and subpleural predominant reticulation with honeycombing, traction bronchiectasis and bronchiolectasis, progressed. Superimposed mild ground-glass opacity. Mildly enlarged mediastinal lymph nodes, largest 1.3 cm in the right paratracheal station, likely reactive in the setting of fibrosis. Small calcified granulomas in the spleen. Heart size normal.
IMPRESSION: Progressive UIP pattern fibrosis.""",
     {FIB, BRX, OPA, LN}),
    # OPA 0: tree-in-bud opacities alone are not labelled opacity in CT-RATE (train: 17 of 25 reports that name it); relabelled 2026-12-07
    ("etx-26", "en", """PRE-TRANSPLANT ASSESSMENT, CYSTIC FIBROSIS
FINDINGS: Diffuse cylindrical and varicoid bronchiectasis, upper lobe predominant, with extensive mucus plugging and bronchial wall thickening. Mosaic attenuation in the lower lobes. Tree-in-bud opacities and clustered centrilobular nodules in the right upper lobe. Right PICC tip at the cavoatrial junction. Enlarged hilar lymph nodes bilaterally, likely reactive.
IMPRESSION: Advanced cystic fibrosis lung disease.""",
     {BRX, PBT, MOS, NOD, MM, LN}),
    ("etx-27", "en", """PRE-TRANSPLANT EVALUATION, PULMONARY ARTERIAL HYPERTENSION
FINDINGS: Enlarged main pulmonary artery measuring 4.1 cm. Cardiomegaly with right ventricular enlargement and flattening of the interventricular septum. Small pericardial effusion. Mosaic perfusion throughout both lungs. Scattered small centrilobular nodules. No pleural effusion.
IMPRESSION: Findings of severe pulmonary hypertension.""",
     {CM, PCE, MOS, NOD}),
    ("etx-28", "en", """COMPARISON: 5 days prior.
FINDINGS: The left pleural effusion has decreased, now small. The right pleural effusion has resolved. Compressive atelectasis of the left lower lobe has improved but persists. The left basilar chest tube has been removed. The right subclavian central line has been removed.
IMPRESSION: Decreasing left pleural effusion.""",
     {PE, ATL}),
    ("etx-29", "en", """COMPARISON: 6 months prior.
FINDINGS: Fracture of one of the transverse sternal wires with mild separation of the sternal fragments, new. No pleural effusion. Moderate pericardial effusion, increased. Heart size upper normal. The lungs are clear.
IMPRESSION: Sternal wire fracture. Increasing pericardial effusion.""",
     {MM, PCE}),
    ("etx-30", "en", """HISTORY: Bilateral lung transplant, esophageal dysmotility, recurrent aspiration.
FINDINGS: Moderate hiatal hernia with fluid in the distal esophagus. Dependent consolidation in the posterior basal segment of the right lower lobe with surrounding patchy ground-glass opacity, suspicious for aspiration. Gastrostomy tube in place. No effusion.
IMPRESSION: Right lower lobe consolidation, likely aspiration pneumonia.""",
     {HH, CON, OPA, MM}),
    ("etx-31", "en", """COMPARISON: 2 months prior.
FINDINGS: The cavitary nodule in the right upper lobe has decreased in size to 9 mm (previously 18 mm), with thinner walls, consistent with treated aspergillosis. The previously noted surrounding ground-glass halo has resolved. The other previously seen smaller nodules have resolved. No new nodules.
IMPRESSION: Improving fungal infection.""",
     {NOD}),
    ("etx-32", "en", """CLINICAL: 6 weeks post right single lung transplant. Bronchoscopy showed necrotic debris.
FINDINGS: Irregular bronchial wall thickening at the right mainstem bronchial anastomosis with mild luminal narrowing. No extraluminal air. Native left lung: mild paraseptal emphysema. No pleural effusion.
IMPRESSION: Anastomotic bronchial wall thickening, possibly fungal anastomotic infection given the bronchoscopic findings.""",
     {PBT, EMP}),
    ("etx-33", "en", """HISTORY: Prior PTLD treated with rituximab.
COMPARISON: 04/2023.
FINDINGS: The previously enlarged mediastinal and hilar lymph nodes have returned to normal size. No new lymphadenopathy. The previously seen left lower lobe mass has resolved with residual linear scarring. No pleural effusion.
IMPRESSION: Complete response; no evidence of recurrent PTLD.""",
     {FIB}),
    ("etx-34", "en", """FINDINGS: Subtle mosaic attenuation in both lower lobes, new. Expiratory images are limited by motion; air trapping cannot be confidently assessed. No bronchiectasis.
IMPRESSION: Subtle new mosaic attenuation, possibly representing early small airways disease/CLAD. Repeat with adequate expiratory images suggested.""",
     {MOS}),
    ("etx-35", "en", """COMPARISON: 1 year prior.
FINDINGS: The previously described mosaic attenuation is no longer evident, and there is no air trapping on expiratory images. Mild dependent atelectasis in both lower lobes.
IMPRESSION: Resolved mosaic attenuation.""",
     {ATL}),
    ("etx-36", "en", """COMPARISON: 1 week prior.
FINDINGS: Smooth interlobular septal thickening and peribronchial cuffing with bilateral moderate pleural effusions, new since last week. Cardiomegaly. Enlarged azygos vein. Left PICC.
IMPRESSION: Findings most consistent with hydrostatic pulmonary edema; rejection is less likely.""",
     {IST, PBT, PE, CM, MM}),
    ("etx-37", "en", """HISTORY: Left single lung transplant.
FINDINGS: Prominent but not pathologically enlarged mediastinal lymph nodes, the largest 9 mm in short axis in the subcarinal station, unchanged. Mild emphysema in the native right lung. Minimal subsegmental atelectasis at the left allograft base.
IMPRESSION: No acute abnormality.""",
     {EMP, ATL}),
    ("etx-38", "en", """FINDINGS: Severe narrowing of the bronchus intermedius distal to the right anastomosis, with resultant collapse of the right middle and lower lobes. No airway stent. Small right pleural effusion.
IMPRESSION: Bronchus intermedius stenosis with right middle and lower lobe collapse.""",
     {ATL, PE}),
    ("etx-39", "en", """CT THORAX
Findings: ECMO cannulae have been removed. Clamshell incision with sternal wires noted. There is a small focus of consolidation in the lingula which may represent early infection. No effusion.
Conclusion: Small lingular consolidation, ?early infection.""",
     {CON, MM}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("etx-40", "en", """HISTORY: Right single lung transplant for COPD.
FINDINGS: New 3.5 cm spiculated mass in the native left upper lobe with ipsilateral hilar and mediastinal lymphadenopathy. Nodular interlobular septal thickening in the left upper lobe, suspicious for lymphangitic spread. Background emphysema in the native lung. The allograft is clear.
IMPRESSION: Native lung mass with nodal disease, highly suspicious for primary lung cancer.""",
     {LN, IST, EMP}),
    ("etx-41", "en", """COMPARISON: 6 weeks prior.
FINDINGS: The bilateral pleural effusions have resolved. The tree-in-bud opacities in the left lower lobe are no longer seen. Interval resolution of the peribronchial thickening. Left lower lobe bronchiectasis persists, stable.
IMPRESSION: Resolved infectious bronchiolitis. Stable mild bronchiectasis.""",
     {BRX}),
    ("etx-42", "en", """CT PULMONARY ANGIOGRAM
FINDINGS: Filling defects in the left lower lobe segmental pulmonary arteries consistent with acute pulmonary embolism. Peripheral wedge-shaped consolidation in the left lower lobe, likely pulmonary infarct. Small left pleural effusion. IVC filter in the imaged upper abdomen.
IMPRESSION: Acute left lower lobe pulmonary embolism with probable infarct.""",
     {CON, PE, MM}),
    ("etx-43", "en", """FINDINGS: Mild narrowing at the left pulmonary artery anastomosis, unchanged. Dense calcification of the aortic arch and descending aorta. Three-vessel coronary artery calcification. No pericardial effusion. The lungs are clear. No emphysema in the allografts.
IMPRESSION: Stable post-transplant appearance.""",
     {AWC, CAC}),
    ("etx-44", "en", """PRE-TRANSPLANT EVALUATION
HISTORY: Alpha-1 antitrypsin deficiency.
FINDINGS: Severe panlobular emphysema, lower lobe predominant. Mild cylindrical bronchiectasis in the lower lobes. No pulmonary nodules. Calcified granulomas in the liver and spleen. No lymphadenopathy. Heart size normal.
IMPRESSION: Severe lower lobe panlobular emphysema, compatible with alpha-1 antitrypsin deficiency.""",
     {EMP, BRX}),
    ("etx-45", "en", """FINDINGS: Multiple cavitary nodules and mass-like consolidation in the right upper lobe, suspicious for Nocardia; fungal infection cannot be excluded. Loculated right pleural fluid collection with enhancing pleura, concerning for empyema.
IMPRESSION: Findings suspicious for Nocardia with right empyema. Pigtail drain placement is recommended.""",
     {NOD, CON, PE}),
    ("etx-46", "en", """FINDINGS: Mild lobular air trapping on expiratory images, within normal limits; no mosaic attenuation on inspiratory images. No bronchial wall thickening. The lungs are clear. Sternal wires.
IMPRESSION: No evidence of chronic lung allograft dysfunction.""",
     {MM}),
    ("etx-47", "en", """HISTORY: Left single lung transplant; prior native right upper lobe aspergilloma, resected 2022.
FINDINGS: Postsurgical changes of right upper lobe wedge resection with a staple line. No recurrent cavity or nodule. Native right lung emphysema. The left allograft is clear.
IMPRESSION: No recurrence of aspergilloma.""",
     {MM, EMP}),
    ("etx-48", "en", """INDICATION: Bilateral lung transplant. Evaluate for air trapping/BOS; rule out pneumonia.
FINDINGS: The lungs are clear. Inspiratory and expiratory images are unremarkable. No effusion. Clamshell hardware intact.
IMPRESSION: Negative.""",
     {MM}),
    ("etx-49", "en", """HISTORY: Left single lung transplant.
FINDINGS: The native right lung is markedly emphysematous. The right lower lobe is partially atelectatic. The left lower lobe airways are mildly bronchiectatic. The interlobular septa at the left base are thickened. Suture material at the left bronchial anastomosis.
IMPRESSION: No significant interval change.""",
     {EMP, ATL, BRX, IST, MM}),
    ("etx-50", "en", """COMPARISON: 2 weeks prior.
FINDINGS: No change in the small bilateral pleural effusions. Unchanged trace pericardial fluid. No change in the mild cardiac enlargement. The lungs are otherwise clear.
IMPRESSION: Stable examination.""",
     {PE, PCE, CM}),
    ("etx-51", "en", """FINDINGS: The right bronchial stent is no longer present; it was removed bronchoscopically in March. Right upper lobe scarring, unchanged. Faint ground glass in the left lower lobe, possibly early infection or rejection.
IMPRESSION: Faint left lower lobe ground glass; short-interval follow-up suggested.""",
     {FIB, OPA}),
    ("etx-52", "en", """CT THORAX
Findings: Right single lung transplant. Nil pleural effusion. Nil consolidation. No lymphadenopathy. Native left lung: established emphysema. Stable 4 mm pulmonary nodule in the left upper lobe.
Conclusion: Stable appearances.""",
     {EMP, NOD}),
    ("etx-53", "en", """INDICATION: Prior PTLD. Evaluate for recurrent lymphadenopathy.
FINDINGS: Mediastinal nodes measure up to 6 mm in short axis. The small left pleural effusion has resolved. Calcified atherosclerotic plaque in the aortic arch. Lungs clear.
IMPRESSION: No recurrent lymphadenopathy.""",
     {AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("etx-53", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
