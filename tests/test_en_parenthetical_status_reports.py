"""Probe: English chest CT reports (follow-up studies and impression lists) that give each finding's
status in round or square brackets, after a dash or colon, as a leading status word
("Resolved: right effusion. Persistent: LLL atelectasis."), or in a table with a status column:
"(resolved)", "(stable, 6 mm)", "- improved", "(new)", "(not seen today)", "[known]", "(removed)",
"— persistent", "none new", prior/current tables and Present/Absent columns. Present, denied,
hedged and resolved findings are mixed, with negative controls (subcutaneous emphysema, pleural
plaques, thyroid/adrenal nodules, pericardial vs pleural fluid, masses over 3 cm). The reports were
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
    ("eps-01", "en",
     ("Comparison: CT chest 3 months ago. Right pleural effusion (resolved). RUL nodule (stable, 6 mm). "
      "Atelectasis - improved, with minimal residual bandlike atelectasis at the right base. "
      "No consolidation. Heart size normal, no pericardial effusion."),
     {NOD, ATL}),
    ("eps-02", "en",
     ("Indication: follow-up of left lower lobe pneumonia. Consolidation (new) in the right middle lobe "
      "with surrounding ground-glass. LLL consolidation (resolved). Small left pleural effusion (decreased). "
      "Mediastinal lymphadenopathy (decreased, now 9 mm short axis)."),
     {CON, OPA, PE, LN}),
    ("eps-03", "en",
     ("IMPRESSION: 1. Emphysema (unchanged), centrilobular, upper lobe predominant. "
      "2. Pericardial effusion (not seen today). 3. Hiatal hernia [known], small. "
      "4. Coronary artery calcification (moderate). 5. No new nodules."),
     {EMP, HH, CAC}),
    ("eps-04", "en",
     ("Lines/tubes: Left chest tube (removed). Right IJ central venous catheter (in situ, tip at the "
      "cavoatrial junction). Pneumothorax (resolved). Left pleural effusion - trace, decreased. "
      "Left basal atelectasis (persistent)."),
     {MM, PE, ATL}),
    ("eps-05", "en",
     ("Follow-up of COVID-19 pneumonia. GGO: resolved. Consolidation: resolved. "
      "Residual subpleural reticulation and fibrotic bands in both lower lobes (stable). "
      "No pleural effusion. No lymphadenopathy."),
     {FIB}),
    ("eps-06", "en",
     ("Bronchiectasis — persistent, cylindrical, both lower lobes. Bronchial wall thickening — unchanged. "
      "Mucus plugging — resolved. Tree-in-bud nodularity — resolved. "
      "Mosaic attenuation — less conspicuous than before."),
     {BRX, PBT, MOS}),
    ("eps-07", "en",
     ("Nodules: none new. The previously described 4 mm LLL nodule is stable. "
      "The 5 mm lingular nodule (no longer seen). Emphysema: mild, paraseptal. Effusions: none."),
     {NOD, EMP}),
    ("eps-08", "en",
     ("Comparison is made with the CT of 12 March. Resolved: right effusion. Persistent: LLL atelectasis. "
      "New: small pericardial effusion. Unchanged: aortic calcification."),
     {ATL, PCE, AWC}),
    ("eps-09", "en",
     ("Follow-up CT chest with contrast.\n"
      "Finding | Status\n"
      "Right pleural effusion | Resolved\n"
      "RLL consolidation | Improved, small residual\n"
      "Mediastinal lymph nodes | Not enlarged\n"
      "Cardiomegaly | Stable\n"
      "Hiatal hernia | Not seen"),
     {CON, CM}),
    ("eps-10", "en",
     ("Comparison with prior study. Cardiomegaly (stable). Pericardial effusion (small, stable). "
      "Bilateral pleural effusions (increased, now moderate). Interlobular septal thickening (new) with "
      "perihilar ground-glass, consistent with pulmonary edema. Sternotomy wires (intact)."),
     {CM, PCE, PE, IST, OPA, MM}),
    ("eps-11", "en",
     ("Follow-up of incidental nodule. RUL nodule (resolved, likely inflammatory). No new nodules. "
      "Lungs otherwise clear. No effusion, no lymphadenopathy, heart normal in size. "
      "Impression: resolution of the previously seen nodule; no further follow-up needed."),
     set()),
    ("eps-12", "en",
     ("Mediastinal lymph nodes (stable, largest 7 mm in the right paratracheal station). "
      "Hilar lymphadenopathy (resolved). RML atelectasis (new). Right effusion (none)."),
     {LN, ATL}),
    ("eps-13", "en",
     ("Status of lesions: RUL mass (increased, now 4.3 cm). Ipsilateral hilar lymphadenopathy (new, 18 mm). "
      "Right pleural effusion (new, small) - malignant effusion cannot be excluded. Emphysema (unchanged)."),
     {LN, PE, EMP}),
    ("eps-14", "en",
     ("RUL mass (decreased, now 2.2 cm) after chemoradiation. Post-radiation fibrosis (evolving) in the "
      "right paramediastinal lung. Right hilar node (decreased, now 8 mm). Port-a-cath (in place)."),
     {NOD, FIB, LN, MM}),
    ("eps-15", "en",
     ("Pleural plaques (calcified, stable) bilaterally, consistent with prior asbestos exposure. "
      "No pleural effusion. Thyroid nodule (stable, 12 mm). Left adrenal nodule (unchanged). "
      "Lungs: no nodules. Aortic valve calcification (unchanged)."),
     set()),
    ("eps-16", "en",
     ("Pneumothorax — resolved. Chest drain — removed. Subcutaneous emphysema — resolving, left chest wall. "
      "Lung parenchyma: clear."),
     set()),
    ("eps-17", "en",
     ("Hiatal hernia (moderate, unchanged). Esophageal wall thickening (new) - correlate with endoscopy. "
      "Dependent atelectasis (bilateral, minimal). No lung nodule. No pericardial effusion."),
     {HH, ATL}),
    ("eps-18", "en",
     ("Consolidation vs atelectasis (LLL, new). Possible small left effusion (?trace). "
      "Heart: normal size. Coronary calcification: none."),
     {CON, ATL, PE}),
    ("eps-19", "en",
     ("Impression:\n"
      "- Ground-glass opacities (resolved)\n"
      "- Interlobular septal thickening (resolved)\n"
      "- Bilateral pleural effusions (resolved)\n"
      "- Cardiomegaly (mild, unchanged)\n"
      "- Pacemaker (in situ), leads in the right atrium and right ventricle"),
     {CM, MM}),
    ("eps-20", "en",
     ("Pericardial effusion: none. Pleural effusion: none. Consolidation: none. "
      "Emphysema: yes, moderate. Nodules: two, up to 5 mm, stable."),
     {EMP, NOD}),
    ("eps-21", "en",
     ("Findings compared with prior: Bilateral effusions (right resolved, left small, persistent). "
      "LLL compressive atelectasis (improved). Pericardium: small effusion (stable)."),
     {PE, ATL, PCE}),
    ("eps-22", "en",
     ("Pleura: effusion resolved. Pericardium: trace fluid (new). "
      "Lungs: minimal linear scarring in the lingula (unchanged). No consolidation."),
     {PCE, FIB}),
    ("eps-23", "en",
     ("Comparison table.\n"
      "Finding | Prior | Current\n"
      "Right pleural effusion | Moderate | None\n"
      "Left pleural effusion | Small | Small\n"
      "RLL consolidation | Present | Resolved\n"
      "Mediastinal lymph nodes | 14 mm | 9 mm"),
     {PE, LN}),
    ("eps-24", "en",
     ("Follow-up interstitial lung disease. Honeycombing (progressed), bilateral lower lobes. "
      "Reticulation (increased). Architectural distortion (increased). Ground-glass opacity (unchanged, mild). "
      "Emphysema (absent). Mediastinal nodes (reactive, up to 11 mm, stable)."),
     {FIB, OPA, LN}),
    ("eps-25", "en",
     ("Emphysema (not present). Bronchial wall thickening (mild, new) – likely bronchitis. "
      "Mosaic attenuation (none). Air trapping on expiratory images (none). No bronchiectasis."),
     {PBT}),
    ("eps-26", "en",
     ("Atelectasis (resolved) - replaced by a linear scar in the RML. Right effusion (resolved). "
      "RML nodule (questionable, 3 mm, new)."),
     {FIB, NOD}),
    ("eps-27", "en",
     ("Lymphoma follow-up. Lymphadenopathy (resolved; residual nodes up to 7 mm). Spleen (normal size). "
      "Lungs: no consolidation, no nodules."),
     {LN}),
    ("eps-28", "en",
     ("Aorta: calcified atheroma (stable). Coronary arteries: calcification (LAD, known). "
      "Heart: not enlarged. Pericardium: no effusion. Hiatus: small sliding hernia (new)."),
     {AWC, CAC, HH}),
    ("eps-29", "en",
     ("Indication: known pericardial effusion and hiatal hernia, follow-up. Pericardial effusion (resolved). "
      "Hiatal hernia (not appreciated on the current study). Heart size normal. Lungs clear."),
     set()),
    ("eps-30", "en",
     ("Tubes/lines: ETT (tip 4 cm above the carina). NG tube (in stomach). Right PICC (removed). "
      "Bilateral dependent consolidation (new). Bilateral effusions (small, new)."),
     {MM, CON, PE}),
    ("eps-31", "en",
     ("[Status key: N = new, S = stable, R = resolved]\n"
      "Right pleural effusion [R]\n"
      "LLL atelectasis [S]\n"
      "RUL solid nodule, 8 mm [S]\n"
      "Mediastinal lymph node, 12 mm [N]"),
     {ATL, NOD, LN}),
    ("eps-32", "en",
     ("Findings – Emphysema: mild (unchanged). Nodule RLL: 7 mm (previously 5 mm) – growing. "
      "Pleural effusion: absent. Coronary calcification: present."),
     {EMP, NOD, CAC}),
    ("eps-33", "en",
     ("Consolidation (new), right lower lobe, with air bronchograms. Parapneumonic effusion (small, new). "
      "Previously seen LUL ground-glass (no longer seen). Hilar nodes (reactive, 10 mm)."),
     {CON, PE, LN}),
    ("eps-34", "en",
     ("Left lower lobectomy (status post). Surgical staple line (intact, no nodularity). "
      "Post-surgical pleural thickening (stable). Left effusion (resolved). No new nodules; no recurrence."),
     {MM}),
    ("eps-35", "en",
     ("Varicose bronchiectasis (unchanged), both lower lobes. Mucus plugging (increased). "
      "Peribronchial thickening (increased). Tree-in-bud (new), right lower lobe, infectious bronchiolitis likely."),
     {BRX, PBT}),
    ("eps-36", "en",
     ("Pericardial thickening (stable) without effusion. Pleural effusion (none). Cardiomegaly (no). "
      "Lungs clear."),
     {PCE}),
    ("eps-37", "en",
     ("Mosaic attenuation (new), likely small airways disease. Bronchial wall thickening (stable). "
      "No emphysema. No interlobular septal thickening."),
     {MOS, PBT}),
    ("eps-38", "en",
     ("Interlobular septal thickening (resolved after diuresis). Pleural effusions (markedly decreased, "
      "trace on the right). Cardiomegaly — unchanged. Ground-glass (resolved)."),
     {PE, CM}),
    ("eps-39", "en",
     ("Known right hilar lymphadenopathy (not confirmed on today's study; nodes are normal in size). "
      "Lung nodules (none). Atelectasis (none)."),
     set()),
    ("eps-40", "en",
     ("Summary of changes:\n"
      "• Improved: RLL consolidation, right effusion.\n"
      "• Unchanged: emphysema, 5 mm LUL nodule.\n"
      "• Resolved: pericardial effusion, GGO.\n"
      "• New: none."),
     {CON, PE, EMP, NOD}),
    ("eps-41", "en",
     ("Resolved: LLL consolidation, bilateral effusions, septal thickening. Persistent: cardiomegaly. New: none."),
     {CM}),
    ("eps-42", "en",
     ("Impression: Stable exam. Emphysema [stable]. Aortic calcification [stable]. Coronary calcification [stable]. "
      "Pulmonary nodule [resolved]. Effusion [none]."),
     {EMP, AWC, CAC}),
    ("eps-43", "en",
     ("Post cardiac surgery. Pacemaker (removed); epicardial leads (retained). Sternal wires (intact). "
      "Pericardial effusion (postoperative, small, decreasing). Left effusion (small). "
      "Left basal atelectasis (new)."),
     {MM, PCE, PE, ATL}),
    ("eps-44", "en",
     ("Comparison CT 6 months ago. All previously described findings have resolved: consolidation (resolved), "
      "pleural effusion (resolved), lymphadenopathy (resolved). Lungs clear. No new findings."),
     set()),
    ("eps-45", "en",
     ("Opacity RUL (persistent, 2 months) – consider bronchoscopy to exclude malignancy. "
      "Consolidation: not seen. Emphysema: mild. No lymphadenopathy."),
     {OPA, EMP}),
    ("eps-46", "en",
     ("Lung nodules: RUL 6 mm (stable), LLL 4 mm (new). Lymph nodes: not enlarged. "
      "Pleura: no effusion; small calcified plaques (stable). Heart: normal. "
      "Hiatal hernia (large, with intrathoracic stomach)."),
     {NOD, HH}),
    ("eps-47", "en",
     ("Mucoid impaction (resolved). Bronchiectasis — no longer evident (likely reversible, post-infectious). "
      "Bronchial wall thickening — resolved. Lungs otherwise clear."),
     set()),
    ("eps-48", "en",
     ("Impression: 1. Pulmonary emboli (resolved). 2. Wedge-shaped peripheral opacity RLL (evolving infarct, "
      "decreased). 3. Small right effusion (resolved). 4. Right PICC (in situ)."),
     {OPA, MM}),
    ("eps-49", "en",
     ("Right pleural effusion (loculated, unchanged). Adjacent RLL atelectasis (stable). "
      "Pleural thickening (increased). Empyema (cannot be excluded). Pigtail drain (in situ)."),
     {PE, ATL, MM}),
    ("eps-50", "en",
     ("Airways: tracheobronchomalacia (stable). Lungs: mosaic attenuation (resolved). Emphysema: none. "
      "Nodules: none. Lymph nodes: no enlargement."),
     set()),
    ("eps-51", "en",
     ("Interval change: LUL consolidation (resolved) with residual ground-glass (faint). Left effusion (not seen). "
      "Mediastinal lymph nodes (not enlarged). Coronary calcification (mild, known)."),
     {OPA, CAC}),
    ("eps-52", "en",
     ("Bilateral lower lobe subpleural reticulation — stable. Honeycombing — absent. "
      "Interlobular septal thickening — mild, stable. Ground-glass — none. "
      "Emphysema — upper lobes, stable (combined pulmonary fibrosis and emphysema)."),
     {FIB, IST, EMP}),
    ("eps-53", "en",
     ("Structured findings:\n"
      "Finding | Status\n"
      "Cardiomegaly | Absent\n"
      "Pericardial effusion | Absent\n"
      "Pleural effusion | Present (small, left)\n"
      "Atelectasis | Present (left base)\n"
      "Lung nodule | Absent\n"
      "Hiatal hernia | Present"),
     {PE, ATL, HH}),
    ("eps-54", "en",
     ("Follow-up after thoracic aortic stent-graft. Endograft (in situ, no endoleak). "
      "Aortic wall calcification (extensive, unchanged). Periaortic hematoma (resolved). Left effusion (resolved)."),
     {MM, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("eps-14", NOD): "'RUL mass (decreased, now 2.2 cm)': the size in brackets after a mass is not read as a nodule by size",
    ("eps-21", PE): "'Bilateral effusions (right resolved, left small)': the bracket's denial of one side is read for both",
    ("eps-24", LN): "nodes measured only in a bracket after their status are not read",
    ("eps-27", LN): "'Lymphadenopathy (resolved; residual nodes up to 7 mm)': the bracket's 'resolved' wins over the measured residual nodes",
    ("eps-31", PE): "a status code in brackets ('[R]' for resolved) is not read",
    ("eps-33", LN): "'Hilar nodes (reactive, 10 mm)': nodes measured in a bracket are not read",
    ("eps-33", PE): "a status in a bracket after one side is read for the other too",
    ("eps-39", LN): "'(not present)' in a list of statuses is read for the first finding only",
    ("eps-46", AWC): "'calcified plaques' of the pleura in a status list are read as arterial plaques",
    ("eps-50", LN): "'Lymph nodes: no enlargement': the telegraphic denial of enlargement is not read for the nodes",
    ("eps-54", MM): "an endograft named with its status in brackets is not read as a device",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
