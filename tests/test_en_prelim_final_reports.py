"""Probe: English chest CT reports that carry both a preliminary read and a final read, as in US
residency and teleradiology (nighthawk) workflow: "PRELIMINARY REPORT: ... FINAL REPORT: ...",
"Resident preliminary interpretation ... Attending addendum: I agree", "Agree with preliminary
findings with the following additions", "Correction to the preliminary report", "minor/major
discrepancy", findings reported in the preliminary and withdrawn or reclassified in the final read,
findings missed by the preliminary and added in the final, and finals that simply agree. The label
is what the final read says is present now. The reports were written for this file without looking
at the engine's lexicon or cue lists.
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
    ("epf-01", "en",
     ("PRELIMINARY REPORT: No acute cardiopulmonary process. "
      "FINAL REPORT: Agree with the preliminary report. No pulmonary embolism. The lungs are clear. "
      "No pleural or pericardial effusion. Mild coronary artery calcifications."),
     {CAC}),
    ("epf-02", "en",
     ("Resident preliminary interpretation: Right lower lobe consolidation concerning for pneumonia. "
      "Small right pleural effusion. "
      "Attending addendum: I agree with the resident's interpretation."),
     {CON, PE}),
    ("epf-03", "en",
     ("FINAL REPORT: Discrepancy: the preliminary report described a right lower lobe nodule; on review "
      "this is a vessel seen in cross-section. No pulmonary nodule is present. "
      "Mild centrilobular emphysema in the upper lobes. No lymphadenopathy."),
     {EMP}),
    ("epf-04", "en",
     ("PRELIMINARY REPORT (nighthawk): No pulmonary embolism. No acute findings. "
      "FINAL REPORT: No pulmonary embolism. Small left pleural effusion (not mentioned in the preliminary) "
      "with adjacent compressive atelectasis. Minor discrepancy, communicated to the emergency department."),
     {PE, ATL}),
    ("epf-05", "en",
     ("PRELIMINARY: Bilateral patchy ground-glass opacities, compatible with atypical infection. "
      "FINAL: Agree with preliminary findings with the following additions: 4 mm solid nodule in the left "
      "upper lobe, likely benign. Moderate hiatal hernia."),
     {OPA, NOD, HH}),
    ("epf-06", "en",
     ("Correction to the preliminary report: the preliminary report described a small pericardial effusion; "
      "this represents fluid in the superior pericardial recess, a normal finding, and there is no pericardial "
      "effusion. The heart is normal in size. Atherosclerotic calcifications of the thoracic aorta."),
     {AWC}),
    ("epf-07", "en",
     ("Major discrepancy: the preliminary interpretation reported no pulmonary embolism. On final review there "
      "are filling defects in the right lower lobe segmental arteries consistent with acute pulmonary embolism. "
      "Wedge-shaped peripheral consolidation in the right lower lobe likely represents infarction. "
      "No pleural effusion. Referring physician notified."),
     {CON}),
    ("epf-08", "en",
     ("PRELIMINARY: Emphysema. Mediastinal lymphadenopathy. "
      "FINAL: Emphysema is confirmed. On review there is no mediastinal lymphadenopathy; the presumed "
      "subcarinal node is the azygoesophageal recess."),
     {EMP}),
    ("epf-09", "en",
     ("FINAL REPORT: The preliminary read of cardiomegaly is confirmed. Moderate cardiomegaly with a small "
      "pericardial effusion. Bilateral small pleural effusions and smooth interlobular septal thickening, "
      "consistent with pulmonary edema. Otherwise agree with the preliminary."),
     {CM, PCE, PE, IST}),
    ("epf-10", "en",
     ("PRELIMINARY: Left lower lobe opacity, possibly aspiration. "
      "FINAL: The left lower lobe opacity described on the preliminary represents subsegmental atelectasis "
      "rather than aspiration. No consolidation."),
     {ATL}),
    ("epf-11", "en",
     ("Resident preliminary interpretation: No acute abnormality. Endotracheal tube tip 3 cm above the carina. "
      "Enteric tube tip in the stomach. Attending addendum: I agree."),
     {MM}),
    ("epf-12", "en",
     ("PRELIMINARY REPORT: Possible right upper lobe ground-glass nodule. "
      "FINAL REPORT: On review of thin sections, the questioned right upper lobe ground-glass nodule is "
      "motion artifact. No pulmonary nodules. Lungs are clear. No lymphadenopathy. No effusion."),
     set()),
    ("epf-13", "en",
     ("Nighthawk preliminary: Bilateral pulmonary emboli. "
      "Final: Agree, bilateral lobar and segmental pulmonary emboli. The heart is normal in size. "
      "Mosaic attenuation of the lungs, likely perfusion related. No pleural effusion."),
     {MOS}),
    ("epf-14", "en",
     ("Preliminary findings: tree-in-bud pattern in the right lower lobe, compatible with infectious "
      "bronchiolitis. Final: Agree with preliminary findings with the following additions: bronchial wall "
      "thickening in both lower lobes and mild cylindrical bronchiectasis in the right middle lobe."),
     {PBT, BRX}),
    ("epf-15", "en",
     ("Correction to the preliminary report: the preliminary report stated there was a right pneumothorax. "
      "This is a skin fold; there is no pneumothorax. Right chest tube in place. Small residual right "
      "pleural effusion."),
     {MM, PE}),
    ("epf-16", "en",
     ("FINAL REPORT: Minor discrepancy: the preliminary interpretation did not mention a 6 mm right middle "
      "lobe nodule. Otherwise agree. Coronary artery calcifications are present."),
     {NOD, CAC}),
    ("epf-17", "en",
     ("PRELIMINARY REPORT: Large left lower lobe mass. "
      "FINAL REPORT: Confirmed 4.5 cm spiculated left lower lobe mass, concerning for primary lung "
      "malignancy. Enlarged left hilar lymph node measuring 1.4 cm. No pleural effusion."),
     {LN}),
    ("epf-18", "en",
     ("FINAL REPORT: I have reviewed the images and agree with the preliminary interpretation by the "
      "resident: 1. No pulmonary embolism. 2. Subsegmental atelectasis at both lung bases. "
      "3. Small hiatal hernia."),
     {ATL, HH}),
    ("epf-19", "en",
     ("Preliminary: Small bilateral pleural effusions. "
      "Final: On review there are no pleural effusions; the preliminary finding represents calcified "
      "pleural plaques. Atherosclerotic calcification of the thoracic aorta."),
     {AWC}),
    ("epf-20", "en",
     ("FINAL REPORT: Discrepancy: the preliminary report described consolidation in the right upper lobe; "
      "on review, this is ground-glass opacity without consolidation. No pleural effusion."),
     {OPA}),
    ("epf-21", "en",
     ("Attending addendum: I agree with the preliminary findings. Additionally, there is peripheral "
      "subpleural reticulation with traction bronchiectasis at the lung bases consistent with fibrotic "
      "interstitial lung disease; honeycombing is not seen."),
     {FIB, BRX}),
    ("epf-22", "en",
     ("PRELIMINARY REPORT: Negative for PE. "
      "FINAL REPORT: No pulmonary embolism; agree. Mildly prominent mediastinal lymph nodes measuring up "
      "to 9 mm in short axis, likely reactive (not mentioned in the preliminary)."),
     {LN}),
    ("epf-23", "en",
     ("PRELIMINARY: Pericardial effusion. "
      "FINAL: Small pericardial effusion confirmed. Cardiomegaly. Dual-chamber pacemaker with leads in the "
      "right atrium and right ventricle."),
     {PCE, CM, MM}),
    ("epf-24", "en",
     ("FINAL: Agree with the preliminary report of a normal chest CT. No nodules, consolidation, or "
      "effusion. No emphysema. Heart size is normal. No coronary artery calcification."),
     set()),
    ("epf-25", "en",
     ("Major discrepancy: the preliminary report did not describe a right upper lobe consolidation with "
      "air bronchograms, which is present on the final read. The preliminary mention of possible emphysema "
      "is not confirmed; the lung parenchyma is otherwise normal."),
     {CON}),
    ("epf-26", "en",
     ("Preliminary: Mosaic attenuation concerning for air trapping. "
      "Final: The apparent mosaic attenuation on the preliminary read is related to respiratory motion; "
      "there is no mosaic attenuation. Mild bronchial wall thickening."),
     {PBT}),
    ("epf-27", "en",
     ("PRELIMINARY REPORT: Possible left lower lobe pneumonia. "
      "FINAL REPORT: Patchy left lower lobe airspace opacity, possibly early pneumonia versus aspiration. "
      "Agree with the preliminary."),
     {OPA}),
    ("epf-28", "en",
     ("Resident preliminary interpretation: Cardiomegaly. "
      "Attending addendum: Disagree; the heart is normal in size, and the apparent enlargement reflects a "
      "large epicardial fat pad. No pericardial effusion."),
     set()),
    ("epf-29", "en",
     ("Final: Agree with preliminary. Status post right upper lobectomy with surgical staples at the "
      "bronchial stump. No evidence of recurrence. Postoperative scarring along the staple line."),
     {MM, FIB}),
    ("epf-30", "en",
     ("Nighthawk preliminary read: No acute findings. "
      "Final read: Agree; no acute findings. Chronic findings include severe centrilobular and paraseptal "
      "emphysema and calcification of the aortic arch and coronary arteries."),
     {EMP, AWC, CAC}),
    ("epf-31", "en",
     ("FINAL REPORT: The preliminary report described a normal mediastinum. On final review, a small "
      "hiatal hernia cannot be excluded. Mild distal esophageal wall thickening."),
     {HH}),
    ("epf-32", "en",
     ("Correction to the preliminary report: the left lower lobe nodule measures 14 mm rather than 9 mm "
      "as previously stated. It is solid with spiculated margins. Recommend PET/CT."),
     {NOD}),
    ("epf-33", "en",
     ("PRELIMINARY REPORT: Bilateral lower lobe consolidations. "
      "FINAL REPORT: The bilateral lower lobe findings represent passive atelectasis adjacent to small "
      "bilateral pleural effusions; no consolidation."),
     {ATL, PE}),
    ("epf-34", "en",
     ("PRELIMINARY: Small right pleural effusion. "
      "FINAL: No pleural effusion is present on final review; the preliminary finding was extrapleural fat. "
      "Mild cardiomegaly."),
     {CM}),
    ("epf-35", "en",
     ("Final: Agree with preliminary findings with the following additions: interlobular septal thickening "
      "in the upper lobes superimposed on the ground-glass opacity, producing a crazy-paving pattern."),
     {IST, OPA}),
    ("epf-36", "en",
     ("Preliminary report: Possible bronchiectasis. "
      "Final report: No bronchiectasis; the bronchi are normal in caliber. Minimal bibasilar linear "
      "atelectasis."),
     {ATL}),
    ("epf-37", "en",
     ("PRELIMINARY REPORT: No pulmonary embolism. Right internal jugular central venous catheter tip in "
      "the SVC. FINAL REPORT: Agree with the preliminary report. Also noted: calcified plaque in the "
      "descending thoracic aorta and at the origins of the great vessels."),
     {MM, AWC}),
    ("epf-38", "en",
     ("Comparison: CT two weeks ago. Preliminary: Persistent right lower lobe consolidation. "
      "Final: Correction: the right lower lobe consolidation seen on the prior study has resolved; there is "
      "a residual thin fibrotic band. No pleural effusion."),
     {FIB}),
    ("epf-39", "en",
     ("Resident preliminary: Pneumomediastinum. "
      "Attending addendum: I agree. Small pneumomediastinum tracking along the esophagus. No pneumothorax. "
      "Small bilateral pleural effusions."),
     {PE}),
    ("epf-40", "en",
     ("Major discrepancy: the preliminary report stated no pneumothorax; there is a moderate right "
      "pneumothorax. No pleural effusion. No consolidation. The lungs are otherwise clear."),
     set()),
    ("epf-41", "en",
     ("FINAL REPORT: The preliminary report described scattered ground-glass opacities. On final review, "
      "these represent mosaic attenuation with geographic areas of decreased attenuation, likely small "
      "airways disease. No ground-glass opacity."),
     {MOS}),
    ("epf-42", "en",
     ("Preliminary: No lymphadenopathy. "
      "Final: Minor discrepancy: bilateral hilar and mediastinal lymphadenopathy, largest 1.6 cm in the "
      "right paratracheal station. Small perilymphatic nodules along the fissures; sarcoidosis is suggested."),
     {LN, NOD}),
    ("epf-43", "en",
     ("Attending addendum: I have personally reviewed the images and agree with the resident's findings, "
      "with the exception that the left upper lobe \"nodule\" is a focal scar. Emphysema is present."),
     {FIB, EMP}),
    ("epf-44", "en",
     ("Final: Agree with preliminary. Possible mild peribronchial thickening, which may reflect bronchitis "
      "or asthma. No consolidation."),
     {PBT}),
    ("epf-45", "en",
     ("PRELIMINARY REPORT (teleradiology): Aortic dissection excluded. "
      "FINAL REPORT: No aortic dissection. The ascending aorta is mildly dilated at 4.2 cm. Extensive aortic "
      "wall calcification. Sternotomy wires and CABG clips from prior surgery."),
     {AWC, MM}),
    ("epf-46", "en",
     ("Clinical history: prior pulmonary nodule and pleural effusion. Preliminary: No change. "
      "Final: Agree. The previously described nodule is no longer seen. No pleural effusion. Lungs clear."),
     set()),
    ("epf-47", "en",
     ("Major discrepancy: the preliminary read described the lungs as clear. On final review there is a "
      "large left pleural effusion with complete collapse of the left lower lobe and mediastinal shift to "
      "the right."),
     {PE, ATL}),
    ("epf-48", "en",
     ("Preliminary: Honeycombing. "
      "Final: No honeycombing; the subpleural lucencies represent paraseptal emphysema. Otherwise agree."),
     {EMP}),
    ("epf-49", "en",
     ("Final report: Agree with preliminary findings with the following additions: bilateral breast "
      "implants. Mild cardiomegaly."),
     {MM, CM}),
    ("epf-50", "en",
     ("PRELIMINARY: Small pericardial effusion. "
      "FINAL: Minimal pericardial thickening without a significant effusion."),
     {PCE}),
    ("epf-51", "en",
     ("Resident preliminary interpretation: 8 mm nodule in the left upper lobe. "
      "Attending addendum: I agree. The 8 mm solid nodule in the left upper lobe is new compared with 2021. "
      "Recommend follow-up CT in 3 months."),
     {NOD}),
    ("epf-52", "en",
     ("FINAL REPORT: Discrepancy: the preliminary report noted no acute findings. Diffuse bilateral "
      "ground-glass opacities with septal thickening and small bilateral pleural effusions, consistent with "
      "pulmonary edema versus atypical infection. Cardiomegaly. Coronary artery calcification."),
     {OPA, IST, PE, CM, CAC}),
    ("epf-53", "en",
     ("PRELIMINARY: Possible pulmonary embolism in the left lower lobe, limited by motion. "
      "FINAL: No pulmonary embolism; the preliminary finding was a mixing artifact. Mild bronchiectasis in "
      "both lower lobes."),
     {BRX}),
    ("epf-54", "en",
     ("Resident preliminary: Right upper lobe cavitary lesion. "
      "Attending addendum: Agree. 2.1 cm cavitary nodule in the right upper lobe with surrounding "
      "consolidation; consider tuberculosis."),
     {NOD, CON}),
    ("epf-55", "en",
     ("FINAL REPORT: No consolidation. Mild bibasilar atelectasis. No pleural effusion. "
      "PRELIMINARY REPORT (superseded): Bibasilar consolidation, concerning for pneumonia. "
      "Small left pleural effusion."),
     {ATL}),
]

OPEN: dict[tuple[str, str], str] = {
    ("epf-08", LN): "the final read's 'presumed subcarinal node' (explained as the azygo-oesophageal recess) is read as a hedged node: the forward hedge wins",
    ("epf-10", OPA): "the final read explains the preliminary's opacity as atelectasis: an explained mention is dropped, not denied, so it does not correct the preliminary",
    ("epf-21", FIB): "a denial in an addendum ('honeycombing is not seen') corrects the finding for the report, also over the addendum's own reticulation in the same sentence",
    ("epf-25", EMP): "'the preliminary mention of possible emphysema is not confirmed': the forward hedge 'possible' wins over the later denial",
    ("epf-27", CON): "'airspace opacity' is read as consolidation (no CT-RATE train evidence either way)",
    ("epf-43", NOD): "'with the exception that the left upper lobe \"nodule\" is a focal scar': the quoted nodule explained as a scar is still read as a nodule",
    ("epf-55", PE): "a superseded preliminary report after the final one is read as findings",
    ("epf-55", CON): "a superseded preliminary report after the final one is read as findings",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
