"""Probe: English chest CT reports for neutropenic fever and immunocompromised patients
(acute leukaemia, haematopoietic stem-cell transplant, solid-organ and lung transplant, HIV):
"no CT evidence of invasive fungal infection", nodules with a ground-glass halo, reversed halo,
cavitating nodules, the air-crescent sign, Pneumocystis ground glass and crazy paving, CMV
pneumonitis, bronchiolitis obliterans with mosaic attenuation and air trapping, engraftment
syndrome and fluid overload with septal thickening, PICC/Hickman/port lines as devices, interval
comparison with prior CT ("new", "decreased", "resolved", "removed"), and hedges ("atypical
infection is a consideration", "cannot be excluded"). Negative controls: splenic lesions and
splenic granulomas, "no source of sepsis identified", lines removed, thin-walled PJP cysts,
pleural thickening, residual mediastinal fibrotic mass, large fungal masses over 3 cm.
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
    ("enf-01", "en",
     ("Clinical indication: neutropenic fever day 12 post induction for AML, ?fungal infection. "
      "Findings: Right arm PICC with tip at the cavoatrial junction. The lungs are clear. "
      "No nodules, consolidation or ground-glass opacity. No pleural or pericardial effusion. "
      "No mediastinal or hilar lymphadenopathy. "
      "Impression: No CT evidence of invasive fungal infection."),
     {MM}),
    ("enf-02", "en",
     ("Indication: febrile neutropenia, ALL. There is a new 14 mm nodule in the right upper lobe with a "
      "surrounding halo of ground-glass attenuation (halo sign), highly suspicious for angioinvasive "
      "fungal infection, likely aspergillosis, in this clinical context. A second smaller 6 mm nodule is "
      "present in the left lower lobe. No pleural effusion. Left-sided Hickman catheter with its tip in "
      "the right atrium."),
     {NOD, OPA, MM}),
    ("enf-03", "en",
     ("Post allogeneic SCT, persistent fever on posaconazole. In the left lower lobe there is a 3.5 cm "
      "focus of central ground-glass attenuation surrounded by a complete ring of consolidation, in "
      "keeping with a reversed halo sign; in this host mucormycosis should be considered. "
      "Small left pleural effusion. No lymphadenopathy."),
     {OPA, CON, PE}),
    ("enf-04", "en",
     ("Multiple bilateral cavitating nodules, the largest 2.2 cm in the right lower lobe, have increased "
      "in number compared with the CT of 3 March. Septic emboli or fungal infection are the main "
      "differentials. Mediastinal lymph nodes measure up to 9 mm in short axis. "
      "Tunnelled right internal jugular line in situ."),
     {NOD, LN, MM}),
    ("enf-05", "en",
     ("Follow-up of known invasive pulmonary aspergillosis on voriconazole, now with neutrophil recovery. "
      "The previously described right upper lobe nodule now shows an air-crescent sign, consistent with "
      "the recovery phase. It measures 2.4 cm, slightly smaller than before (2.8 cm). The surrounding "
      "ground-glass halo has resolved. No new nodules. No pleural effusion."),
     {NOD}),
    ("enf-06", "en",
     ("HIV, CD4 count 32, hypoxia. Diffuse bilateral ground-glass opacity with a perihilar and upper zone "
      "predominance and relative sparing of the subpleural lung. Scattered thin-walled cysts in both upper "
      "lobes. No consolidation, no pleural effusion, no lymphadenopathy. "
      "Appearances are typical for Pneumocystis jirovecii pneumonia."),
     {OPA}),
    ("enf-07", "en",
     ("Renal transplant recipient with dry cough and desaturation. Extensive ground-glass opacification "
      "with superimposed interlobular septal thickening producing a crazy-paving pattern in both lungs. "
      "PJP is favoured; CMV pneumonitis is an alternative. Mild cardiomegaly. "
      "Upper abdomen: atrophic native kidneys."),
     {OPA, IST, CM}),
    ("enf-08", "en",
     ("Post-HSCT day +45 with CMV viraemia. Bilateral patchy ground-glass opacities with numerous small "
      "ill-defined centrilobular nodules, lower lobe predominant. Findings are compatible with CMV "
      "pneumonitis, although other viral pneumonias are possible. No effusion. Central venous catheter "
      "via the left subclavian vein, tip in the SVC."),
     {OPA, NOD, MM}),
    ("enf-09", "en",
     ("Two years post allogeneic transplant with progressive dyspnoea; ?bronchiolitis obliterans syndrome. "
      "Inspiratory images show mosaic attenuation with geographic areas of low attenuation and reduced "
      "vascular calibre. Expiratory images confirm extensive air trapping. Mild cylindrical bronchiectasis "
      "in both lower lobes with bronchial wall thickening. No consolidation or nodules."),
     {MOS, BRX, PBT}),
    ("enf-10", "en",
     ("Day +11 post autologous SCT with fever, rash and weight gain. Bilateral ground-glass opacity with "
      "smooth interlobular septal thickening and small bilateral pleural effusions. Appearances are "
      "consistent with engraftment syndrome or fluid overload; infection is less likely. "
      "Heart size normal. Hickman line tip in the SVC."),
     {OPA, IST, PE, MM}),
    ("enf-11", "en",
     ("Positive fluid balance of 6 litres. Cardiomegaly with a small pericardial effusion. Smooth septal "
      "thickening at both bases and moderate bilateral pleural effusions with adjacent compressive "
      "atelectasis. Dependent ground glass in both lower lobes. No focal consolidation to suggest pneumonia."),
     {CM, PCE, IST, PE, ATL, OPA}),
    ("enf-12", "en",
     ("Neutropenic fever persisting despite broad-spectrum antibiotics. Lungs: no nodules, no consolidation, "
      "no ground glass. No pleural effusion. Upper abdomen: multiple small hypodense splenic lesions "
      "measuring up to 8 mm, new since the prior study, raising the possibility of hepatosplenic "
      "candidiasis. Impression: No pulmonary source of sepsis identified. Splenic lesions as above."),
     set()),
    ("enf-13", "en",
     ("The Hickman line has been removed since the previous study; no residual catheter fragment is seen. "
      "The previously noted right lower lobe consolidation has resolved, with a small residual linear scar "
      "at the site. No pleural effusion."),
     {FIB}),
    ("enf-14", "en",
     ("Fever in a patient with lymphoma. No source of sepsis identified. The lungs are clear. Heart normal "
      "in size, no pericardial effusion. No lymphadenopathy. Right chest wall port with the catheter tip at "
      "the cavoatrial junction. Incidental small sliding hiatus hernia."),
     {MM, HH}),
    ("enf-15", "en",
     ("Bilateral lung transplant 8 months ago, now febrile. Patchy peribronchovascular consolidation in the "
      "right lower lobe with a few adjacent ground-glass opacities. Atypical infection is a consideration; "
      "acute rejection is thought less likely. The bronchial anastomoses are intact. Small right pleural "
      "effusion. Clamshell sternotomy wires."),
     {CON, OPA, PE, MM}),
    ("enf-16", "en",
     ("Follow-up after 3 weeks of antifungal therapy. The right upper lobe nodule has decreased in size from "
      "22 mm to 12 mm. The left lower lobe nodule has resolved. No new nodules. The small right pleural "
      "effusion has resolved. Interval removal of the PICC line."),
     {NOD}),
    ("enf-17", "en",
     ("Comparison: CT chest 14 days ago. Interval resolution of the bilateral ground-glass opacities. "
      "The previously seen septal thickening and pleural effusions have also resolved. No new abnormality. "
      "Impression: resolved engraftment-related changes."),
     set()),
    ("enf-18", "en",
     ("HIV positive with fever and weight loss. Enlarged centrally necrotic right paratracheal and subcarinal "
      "lymph nodes, the largest 2.3 cm in short axis. Tree-in-bud nodularity and a small cavitating nodule in "
      "the apical segment of the right upper lobe. Mycobacterial infection should be excluded. "
      "No pleural effusion."),
     {LN, NOD}),
    ("enf-19", "en",
     ("HIV with known cutaneous Kaposi sarcoma. Ill-defined flame-shaped nodules along the bronchovascular "
      "bundles of both lower lobes, with bronchial wall thickening and interlobular septal thickening. "
      "Small bilateral pleural effusions. Bilateral hilar lymphadenopathy. Appearances are in keeping with "
      "pulmonary Kaposi sarcoma."),
     {NOD, PBT, IST, PE, LN}),
    ("enf-20", "en",
     ("CLL on ibrutinib with neutropenic fever. No CT evidence of invasive fungal infection. Centrilobular "
      "emphysema in the upper lobes. Coronary artery calcification. Calcified atherosclerotic plaque in the "
      "aortic arch. Mildly enlarged axillary and mediastinal lymph nodes up to 14 mm, consistent with known CLL."),
     {EMP, CAC, AWC, LN}),
    ("enf-21", "en",
     ("Myeloma after autologous transplant. A 4 mm solid nodule in the left upper lobe is unchanged since "
      "2021 and is benign. No new nodules. Lytic lesions in several thoracic vertebrae and ribs in keeping "
      "with known myeloma. No effusion."),
     {NOD}),
    ("enf-22", "en",
     ("AML, day 20, fever. Dense consolidation in the posterior segment of the right upper lobe with air "
      "bronchograms. No halo sign. Findings favour bacterial pneumonia over fungal infection, but an "
      "angioinvasive fungal process cannot be entirely excluded. Right PICC in satisfactory position."),
     {CON, MM}),
    ("enf-23", "en",
     ("Neutropenic fever. Two small nodules, 5 mm and 7 mm, in the right lower lobe, without surrounding "
      "ground glass. In a neutropenic patient early fungal infection cannot be excluded; a follow-up CT in "
      "one week is suggested."),
     {NOD}),
    ("enf-24", "en",
     ("Orthotopic heart transplant recipient. Median sternotomy wires. Heart size within normal limits. "
      "Small pericardial effusion, unchanged. Mild bibasal subsegmental atelectasis. No consolidation. "
      "No lymphadenopathy."),
     {MM, PCE, ATL}),
    ("enf-25", "en",
     ("Liver transplant, fever. Consolidation of the right lower lobe with a moderate right pleural "
      "effusion, likely parapneumonic. Surgical clips in the right upper quadrant. Mediastinal lymph nodes "
      "are not enlarged."),
     {CON, PE, MM}),
    ("enf-26", "en",
     ("Neutropenic fever, ?source. The lungs are clear. No pulmonary nodules. No pleural effusion. "
      "No lymph node enlargement. Splenomegaly, 16 cm. The central line has been removed. "
      "Impression: no intrathoracic source of sepsis identified."),
     set()),
    ("enf-27", "en",
     ("ALL, neutropenic. Multiple bilateral nodules of varying size up to 1.8 cm, several with surrounding "
      "ground-glass halos and one in the lingula showing early cavitation. Compared with 5 days ago these "
      "are new. Features strongly suggest invasive aspergillosis. Small left pleural effusion. "
      "Bilateral dependent atelectasis."),
     {NOD, OPA, PE, ATL}),
    ("enf-28", "en",
     ("Follow-up of invasive fungal infection. Right upper lobe cavity with an intracavitary soft-tissue mass "
      "and an air crescent, the lesion now measuring 4.3 cm, overall larger than before. The surrounding "
      "consolidation has decreased."),
     {CON}),
    ("enf-29", "en",
     ("MDS with fever. Wedge-shaped peripheral consolidation in the left lower lobe abutting the pleura, "
      "which could reflect a pulmonary infarct or angioinvasive fungal infection. No filling defects in the "
      "central pulmonary arteries. No effusion."),
     {CON}),
    ("enf-30", "en",
     ("Post allo-SCT with chronic GVHD. Mosaic attenuation is absent on this study and no air trapping is "
      "seen on the expiratory images. Mild bronchial wall thickening in the lower lobes. No bronchiectasis."),
     {PBT}),
    ("enf-31", "en",
     ("Bronchiolitis obliterans follow-up. Persistent mosaic perfusion pattern in both lungs with air "
      "trapping, unchanged. Bronchiectasis in the middle lobe and both lower lobes has progressed slightly, "
      "and some bronchi are mucus plugged. Mild reticulation at the lung bases."),
     {MOS, BRX, FIB}),
    ("enf-32", "en",
     ("Day +8 after SCT with fever and hypoxia. Bilateral perihilar ground-glass opacities with smooth "
      "septal thickening; differential includes engraftment syndrome and diffuse alveolar haemorrhage. "
      "Small bilateral effusions. No cardiomegaly."),
     {OPA, IST, PE}),
    ("enf-33", "en",
     ("Neutropenic fever, Hodgkin lymphoma in remission. No pulmonary abnormality; specifically no nodules, "
      "halo sign or consolidation. The previous mediastinal mass has largely resolved, leaving a small "
      "residual soft-tissue density in the anterior mediastinum consistent with a fibrotic residual mass."),
     set()),
    ("enf-34", "en",
     ("HIV with fever. Right upper lobe consolidation with cavitation. Bilateral hilar and mediastinal "
      "lymphadenopathy. Small pericardial effusion. Left pleural thickening without effusion."),
     {CON, LN, PCE}),
    ("enf-35", "en",
     ("Kidney transplant recipient with cough. Minor linear atelectasis in the lingula. Tiny 3 mm perifissural "
      "nodule along the right horizontal fissure, likely an intrapulmonary lymph node. No consolidation. "
      "Extensive vascular calcification of the aorta and the partly imaged iliac arteries. Moderate coronary "
      "calcification."),
     {ATL, NOD, AWC, CAC}),
    ("enf-36", "en",
     ("AML, neutropenic fever day 15. Compared to the CT of 6 days ago, the left upper lobe nodule has "
      "enlarged to 26 mm; the surrounding ground-glass halo is still visible but less conspicuous. New small "
      "consolidation in the right lower lobe. The previous small right pleural effusion is no longer seen. "
      "PICC line unchanged."),
     {NOD, OPA, CON, MM}),
    ("enf-37", "en",
     ("Single right lung transplant for COPD. Severe emphysema in the native left lung, which is "
      "hyperinflated with mild mediastinal shift. The transplanted right lung is clear. No effusion."),
     {EMP}),
    ("enf-38", "en",
     ("No CT evidence of pneumonia or invasive fungal infection. Minor dependent density in both lower lobes, "
      "likely hypostatic. Small hiatus hernia. Right chest port in place."),
     {OPA, HH, MM}),
    ("enf-39", "en",
     ("HIV with fever and low CD4 count. No ground-glass opacity is seen; the lungs are clear. Mildly enlarged "
      "bilateral axillary lymph nodes measuring up to 12 mm. No mediastinal lymphadenopathy. No effusions."),
     {LN}),
    ("enf-40", "en",
     ("Neutropenic sepsis. The Hickman line has been removed, with minor soft-tissue stranding along the "
      "former tunnel tract and no thrombus. The lungs are clear apart from a 4 mm calcified nodule in the right "
      "upper lobe, a granuloma. Calcified granulomas in the spleen."),
     {NOD}),
    ("enf-41", "en",
     ("History of anthracycline cardiomyopathy. Cardiomegaly without pericardial effusion. Bilateral pleural "
      "effusions, larger on the right, with bibasal atelectasis. Interlobular septal thickening consistent "
      "with pulmonary oedema."),
     {CM, PE, ATL, IST}),
    ("enf-42", "en",
     ("Liver transplant, fever. Multiple small centrilobular nodules with a tree-in-bud pattern in the middle "
      "lobe and lingula, with bronchial wall thickening, in keeping with infective bronchiolitis. "
      "No consolidation."),
     {NOD, PBT}),
    ("enf-43", "en",
     ("Tree-in-bud opacities in the left lower lobe, likely infective bronchiolitis. No consolidation or "
      "nodules. No effusion. Left PICC with its tip in the SVC."),
     {MM}),
    ("enf-44", "en",
     ("Pre-transplant work-up, asymptomatic. Normal CT chest. No nodules, consolidation, effusion or "
      "lymphadenopathy."),
     set()),
    ("enf-45", "en",
     ("ALL with fever and prior invasive aspergillosis. Post-inflammatory scarring and fibrotic bands in the "
      "left upper lobe at the site of the previous fungal nodule. No active nodules. No ground glass."),
     {FIB}),
    ("enf-46", "en",
     ("CMV pneumonitis follow-up. The ground-glass opacities have decreased but persist in the lower lobes. "
      "The previously noted small nodules are no longer seen. No effusion."),
     {OPA}),
    ("enf-47", "en",
     ("Engraftment syndrome suspected clinically. However, no ground-glass opacity, septal thickening or "
      "pleural effusion is seen, and the lungs are clear. Right internal jugular line in situ."),
     {MM}),
    ("enf-48", "en",
     ("Febrile neutropenia, Hodgkin lymphoma. Bulky anterior mediastinal lymphadenopathy, now 6 cm, decreased "
      "from 9 cm. Compressive atelectasis of the adjacent left upper lobe. Small left effusion. "
      "Pericardial thickening."),
     {LN, ATL, PE, PCE}),
    ("enf-49", "en",
     ("Allogeneic SCT with cough. A 3.8 cm spiculated mass in the right lower lobe; primary lung carcinoma and "
      "a fungal process are both possible and tissue sampling is advised. Mediastinal lymph nodes are "
      "subcentimetric and not enlarged. No effusion."),
     set()),
    ("enf-50", "en",
     ("Neutropenic, reduced consciousness. Bilateral lower lobe consolidation with air bronchograms and "
      "surrounding ground glass, suggestive of aspiration pneumonia. Nasogastric tube in the stomach. "
      "Small bilateral effusions."),
     {CON, OPA, MM, PE}),
    ("enf-51", "en",
     ("HIV with dyspnoea. Upper lobe predominant paraseptal emphysema with apical bullae. No ground-glass "
      "opacity to suggest PJP. Bronchiectasis in the right middle lobe. Calcification of the thoracic aorta."),
     {EMP, BRX, AWC}),
    ("enf-52", "en",
     ("Post-SCT with pulmonary GVHD. Peribronchovascular consolidations in both lower lobes with perilobular "
      "opacities, suggestive of organising pneumonia. Mild subpleural reticulation at the bases."),
     {CON, OPA, FIB}),
    ("enf-53", "en",
     ("IMPRESSION: 1. Interval resolution of the previously seen cavitating nodules. 2. No new pulmonary "
      "abnormality. 3. PICC line has been removed."),
     set()),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
