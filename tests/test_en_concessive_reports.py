"""Probe: English chest CT reports built around concessive and contrastive clauses, as radiologists
write them in the US, UK, Europe and Asia ("although", "though", "even though", "despite",
"in spite of", "while", "whilst", "whereas", "albeit small", "if small", "small but definite",
"even so", "nonetheless", "nevertheless", "that said", "granted", "admittedly", "but", "yet",
"however", "on the other hand"), where the direction of the concession decides which finding is
present and which is denied ("although no X is seen, Y is present"; "X has decreased although it
persists"; "despite the absence of X"; "despite the resolution of X"), mixed with ordinary findings.
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
    ("ecs-01", "en",
     ("Although no pleural effusion is seen, there is bibasilar subsegmental atelectasis. "
      "The heart is normal in size. Scattered calcified plaques are present in the aortic arch."),
     {ATL, AWC}),
    ("ecs-02", "en",
     ("The right lower lobe consolidation has decreased in extent although it persists. "
      "No pleural effusion. The mediastinal lymph nodes are not enlarged."),
     {CON}),
    ("ecs-03", "en",
     ("Despite the absence of pleural effusion, a small pericardial effusion is present. "
      "Mild cardiomegaly. Coronary artery calcifications are noted in the left anterior descending artery."),
     {PCE, CM, CAC}),
    ("ecs-04", "en",
     ("Despite the resolution of the left pleural effusion, residual subsegmental atelectasis remains "
      "at the left base. No consolidation is seen."),
     {ATL}),
    ("ecs-05", "en",
     ("There is a small albeit definite right pleural effusion. No pericardial effusion. "
      "Mild centrilobular emphysema is seen in both upper lobes."),
     {PE, EMP}),
    ("ecs-06", "en",
     ("A definite, if small, nodule is present in the left upper lobe, measuring 4 mm. "
      "No consolidation or ground-glass opacity. Heart size is normal."),
     {NOD}),
    ("ecs-07", "en",
     ("Small but definite hiatal hernia. The oesophagus is otherwise unremarkable. "
      "No mediastinal or hilar lymphadenopathy. The lungs are clear."),
     {HH}),
    ("ecs-08", "en",
     ("The previously described ground-glass opacity in the right upper lobe is less conspicuous; "
      "even so, it remains visible and warrants follow-up. No new pulmonary nodules."),
     {OPA}),
    ("ecs-09", "en",
     ("No definite consolidation is identified. Nonetheless, patchy ground-glass opacities are present "
      "in both lower lobes, which could represent early infection. No pleural effusion."),
     {OPA}),
    ("ecs-10", "en",
     ("The heart is not enlarged. Nevertheless, there is a moderate pericardial effusion. "
      "Calcification of the descending thoracic aortic wall is noted."),
     {PCE, AWC}),
    ("ecs-11", "en",
     ("The lung parenchyma is largely unremarkable. That said, there are mild subpleural fibrotic changes "
      "with traction bronchiectasis at both bases, in keeping with early pulmonary fibrosis."),
     {FIB, BRX}),
    ("ecs-12", "en",
     ("Granted, the study is degraded by respiratory motion, but no pulmonary nodule is seen. "
      "Mild bronchial wall thickening is present bilaterally."),
     {PBT}),
    ("ecs-13", "en",
     ("Admittedly small, the left apical nodule is nonetheless solid and measures 5 mm. "
      "There is no emphysema. No pleural effusion."),
     {NOD}),
    ("ecs-14", "en",
     ("The mediastinal lymph nodes are not enlarged, but there is a small sliding hiatal hernia. "
      "No pleural or pericardial effusion."),
     {HH}),
    ("ecs-15", "en",
     ("There is no pleural effusion, yet the left lower lobe shows subsegmental atelectasis. "
      "No focal consolidation."),
     {ATL}),
    ("ecs-16", "en",
     ("The prior bilateral pleural effusions have resolved. However, interlobular septal thickening "
      "persists in both lower lobes. Heart size is upper normal."),
     {IST}),
    ("ecs-17", "en",
     ("On the one hand, no consolidation is seen; on the other hand, there is a mosaic attenuation "
      "pattern suggesting small airways disease. The airways are otherwise unremarkable."),
     {MOS}),
    ("ecs-18", "en",
     ("Whereas the right lung is clear, the left lower lobe shows dense consolidation with air "
      "bronchograms. A small left pleural effusion accompanies it."),
     {CON, PE}),
    ("ecs-19", "en",
     ("While the emphysema is stable, a new 7 mm solid nodule has appeared in the right lower lobe. "
      "Coronary artery calcification is noted."),
     {EMP, NOD, CAC}),
    ("ecs-20", "en",
     ("Whilst the heart is not enlarged, there is extensive calcification of the coronary arteries. "
      "Atherosclerotic calcification of the thoracic aorta is also seen. The lungs are clear."),
     {CAC, AWC}),
    ("ecs-21", "en",
     ("Even though the pacemaker generator has been explanted, a retained lead fragment is seen in the "
      "right ventricle. No pleural effusion. No lung nodules."),
     {MM}),
    ("ecs-22", "en",
     ("In spite of diuretic treatment, the bilateral pleural effusions have increased. There is "
      "compressive atelectasis in both lower lobes."),
     {PE, ATL}),
    ("ecs-23", "en",
     ("Though the hila are unremarkable and the mediastinal lymph nodes are not enlarged, there is a "
      "2.2 cm spiculated nodule in the right upper lobe, suspicious for malignancy. No pleural effusion."),
     {NOD}),
    ("ecs-24", "en",
     ("Although the patient reports a persistent cough, the lungs are clear. No consolidation, nodule "
      "or pleural effusion. Normal heart size. No lymphadenopathy."),
     set()),
    ("ecs-25", "en",
     ("Although mild cardiomegaly was described on the prior study, the heart size is now within normal "
      "limits. No pericardial effusion. Mild cylindrical bronchiectasis in the right middle lobe."),
     {BRX}),
    ("ecs-26", "en",
     ("The lingular consolidation has resolved, although faint residual ground-glass opacity remains. "
      "No pleural effusion."),
     {OPA}),
    ("ecs-27", "en",
     ("Despite its small size, the pericardial effusion is new compared with the prior examination. "
      "The thoracic aorta shows mural calcification."),
     {PCE, AWC}),
    ("ecs-28", "en",
     ("The nodule in the right upper lobe has decreased in size, though it persists at 6 mm. "
      "Centrilobular emphysema is unchanged."),
     {NOD, EMP}),
    ("ecs-29", "en",
     ("No nodule is seen in the left lung, whereas the right lower lobe contains a 9 mm solid nodule. "
      "No pleural effusion."),
     {NOD}),
    ("ecs-30", "en",
     ("Bronchiectasis, albeit mild, is present in both lower lobes, with associated peribronchial "
      "thickening. No consolidation."),
     {BRX, PBT}),
    ("ecs-31", "en",
     ("Interlobular septal thickening is not seen, but there is diffuse ground-glass opacity in both "
      "lungs. Heart size is normal."),
     {OPA}),
    ("ecs-32", "en",
     ("The endotracheal tube has been removed; however, a nasogastric tube remains in place with its tip "
      "in the stomach. The lungs are clear."),
     {MM}),
    ("ecs-33", "en",
     ("Although a hiatal hernia was suspected on the radiograph, no hiatal hernia is identified on CT. "
      "Minimal dependent atelectasis in both lower lobes."),
     {ATL}),
    ("ecs-34", "en",
     ("Emphysema, though mild, is seen in the upper lobes. There is no bronchiectasis. "
      "No pleural effusion."),
     {EMP}),
    ("ecs-35", "en",
     ("The central airways are patent, yet there is diffuse bronchial wall thickening, and a mosaic "
      "attenuation pattern is seen in both lungs."),
     {PBT, MOS}),
    ("ecs-36", "en",
     ("The patient has known lymphoma; nevertheless, no mediastinal or axillary lymphadenopathy is seen "
      "on this examination. A right chest port catheter is in place."),
     {MM}),
    ("ecs-37", "en",
     ("A real, if small, left pleural effusion is now seen. There is a prosthetic aortic valve. "
      "No consolidation."),
     {PE, MM}),
    ("ecs-38", "en",
     ("Clinical suspicion for pneumonia is high; even so, no consolidation or ground-glass opacity is "
      "identified. The lungs are clear. No pleural effusion."),
     set()),
    ("ecs-39", "en",
     ("In spite of the patient's heavy smoking history, there is no emphysema. A few coronary artery "
      "calcifications are seen."),
     {CAC}),
    ("ecs-40", "en",
     ("Although the subcarinal lymph nodes are not enlarged, there is bulky right hilar "
      "lymphadenopathy. A small right pleural effusion is present."),
     {LN, PE}),
    ("ecs-41", "en",
     ("The interlobular septal thickening has decreased although it persists at the lung bases. "
      "The pleural effusions have resolved. The heart remains enlarged."),
     {IST, CM}),
    ("ecs-42", "en",
     ("Despite the absence of cardiomegaly, there is prominent calcification of the coronary arteries "
      "and of the thoracic aorta. No pericardial effusion."),
     {CAC, AWC}),
    ("ecs-43", "en",
     ("While there is no honeycombing, there are subpleural fibrotic changes with traction "
      "bronchiectasis, suggestive of fibrotic NSIP. Ground-glass opacity is also present in the lower "
      "lobes."),
     {FIB, BRX, OPA}),
    ("ecs-44", "en",
     ("Admittedly the finding is subtle, but there is a 3 mm solid nodule in the right upper lobe. "
      "No emphysema or bronchiectasis."),
     {NOD}),
    ("ecs-45", "en",
     ("A small left pleural effusion was present previously. However, it has now completely resolved. "
      "Mild subsegmental atelectasis persists at the left base."),
     {ATL}),
    ("ecs-46", "en",
     ("Although no lung mass is seen, there is an enlarged left hilar lymph node measuring 15 mm in "
      "short axis. The lungs are otherwise clear."),
     {LN}),
    ("ecs-47", "en",
     ("There is no consolidation despite the patient's fever. Mild peribronchial thickening is present, "
      "however, in both lower lobes."),
     {PBT}),
    ("ecs-48", "en",
     ("Granted there is some respiratory motion, the lungs are clear without nodules, opacities or "
      "emphysema. No pleural effusion. Normal heart size. No hiatal hernia."),
     set()),
    ("ecs-49", "en",
     ("The hiatal hernia, though smaller than before, is still present. Mild coronary artery "
      "calcification."),
     {HH, CAC}),
    ("ecs-50", "en",
     ("Although the right pleural effusion has decreased, a small amount persists, with adjacent "
      "passive atelectasis."),
     {PE, ATL}),
    ("ecs-51", "en",
     ("The mediastinal lymph nodes are not enlarged. Though there is no consolidation, mucus plugging "
      "and bronchiectasis are present in the right lower lobe."),
     {BRX}),
    ("ecs-52", "en",
     ("Despite the resolution of the ground-glass opacities seen on the prior study, a few subpleural "
      "linear opacities remain in both lower lobes."),
     {OPA, FIB}),
    ("ecs-53", "en",
     ("The right middle lobe shows volume loss in keeping with atelectasis, whereas the previously seen "
      "consolidation has disappeared. No pleural effusion."),
     {ATL}),
    ("ecs-54", "en",
     ("Even though cardiomegaly is present, there is no pericardial effusion and no pleural effusion. "
      "The lungs are clear."),
     {CM}),
    ("ecs-55", "en",
     ("Mosaic attenuation, albeit subtle, is noted in both lungs, while the bronchial walls are not "
      "thickened."),
     {MOS}),
    ("ecs-56", "en",
     ("Although small nodules are not seen, emphysematous change is seen in both upper lobes. "
      "Calcification of the aortic wall is seen."),
     {EMP, AWC}),
    ("ecs-57", "en",
     ("In spite of the sternotomy wires and the surgical clips from prior bypass grafting, no "
      "pericardial effusion is seen. Heart size is normal."),
     {MM}),
    ("ecs-58", "en",
     ("Airway wall thickening was suggested clinically. That said, no peribronchial thickening is "
      "evident on this study. There is smooth interlobular septal thickening in both lower lobes."),
     {IST}),
    ("ecs-59", "en",
     ("The left lung is clear. The right lung, on the other hand, shows a moderate pleural effusion and "
      "consolidation in the lower lobe."),
     {PE, CON}),
    ("ecs-60", "en",
     ("Although the prior CT described emphysema, no emphysema is seen on the current thin-section "
      "images. The lungs are clear. No pleural effusion."),
     set()),
    ("ecs-61", "en",
     ("The right pleural effusion and the adjacent atelectasis have both resolved, and no residual "
      "opacity remains, although the patient remains symptomatic. No lymphadenopathy."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("ecs-33", HH): "a suspicion on the radiograph ('was suspected on the radiograph') denied on CT: the earlier modality's hedge stands beside the denial",
    ("ecs-51", BRX): "a denial in a conceded clause reaches past its comma when the main clause starts without an article ('Though there is no consolidation, mucus plugging and bronchiectasis are present')",
    ("ecs-52", FIB): "'a few subpleural linear opacities remain' is read as a lung opacity only; a bare linear opacity is a fibrotic sequela in 7 of 13 CT-RATE train reports",
    ("ecs-58", PBT): "a clinical suggestion ('Airway wall thickening was suggested clinically') is read as a finding; the next sentence's denial ('no peribronchial thickening') does not correct it",
    ("ecs-60", EMP): "an earlier CT's description ('the prior CT described emphysema, no emphysema is seen') opens a quotation that swallows the current denial",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
