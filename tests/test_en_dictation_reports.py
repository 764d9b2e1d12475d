"""Probe: English chest CT reports as produced by speech recognition / dictation, with the
artefacts that leaves: spoken punctuation left as words ("period", "comma", "colon", "new
paragraph", "next line"), missing sentence punctuation and run-on sentences, recognizer
homophone slips on radiology words ("plural" for pleural, "a telectasis", "nodal" for a lung
nodule, "plaque in the order" for aorta, "hyatal hernia"), doubled words, numbers spoken out,
"there is no evidence of", "negative for", "unremarkable", "status post", and spoken corrections
("correction", "scratch that", "I mean") where the corrected statement is the valid one. The
reports were written for this file without looking at the engine's lexicon or cue lists; labels
are what the radiologist meant. Convention (CT-RATE): 1 when present or hedged, 0 when denied,
resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("edi-01", "en",
     "ct chest with contrast period comparison none period findings colon there is a small right "
     "plural effusion period there is adjacent compressive a telectasis in the right lower lobe "
     "period no pericardial effusion period the heart is normal in size period no mediastinal or "
     "hilar lymphadenopathy period no pulmonary nodules period impression colon small right pleural "
     "effusion with adjacent atelectasis period",
     {PE, ATL}),
    ("edi-02", "en",
     "CT CHEST WITHOUT CONTRAST new paragraph lungs colon there is moderate centrilobular emphysema "
     "with upper lobe predominance period there is a four millimeter nodal in the right upper lobe "
     "comma likely benign comma follow up per fleischner guidelines period no consolidation no no "
     "pleural effusion period new paragraph mediastinum colon calcified plaque in the order and "
     "coronary arteries period heart size is normal period there is a small hyatal hernia period",
     {EMP, NOD, AWC, CAC, HH}),
    ("edi-03", "en",
     "the lungs show patchy ground glass opacities in both lower lobes and there is mild interlobular "
     "septal thickening and small bilateral pleural effusions and the heart is enlarged and there is "
     "no pericardial effusion and no lymphadenopathy and no consolidation",
     {OPA, IST, PE, CM}),
    ("edi-04", "en",
     "status post median sternotomy and cabg period sternotomy wires are intact period dense coronary "
     "artery calcifications period the heart is mildly enlarged period no pleural or pericardial "
     "effusion period linear a telectasis at the left base period no emphysema period",
     {MM, CAC, CM, ATL}),
    ("edi-05", "en",
     "there is a small pericardial effusion scratch that no pericardial effusion period the heart size "
     "is normal period there is consolidation in the left lower lobe with air bronchograms period "
     "negative for pleural effusion period mild bronchial wall thickening bilaterally period no "
     "bronchiectasis period",
     {CON, PBT}),
    ("edi-06", "en",
     "there is no evidence of pulmonary embolism period there is no evidence of consolidation or "
     "pleural effusion period scattered calcified granulomas in the right middle lobe period mild "
     "paraseptal emphysema period aortic atherosclerotic calcification period no hiatal hernia period "
     "no enlarged lymph nodes in the mediastinum or axilla period",
     {NOD, EMP, AWC}),
    ("edi-07", "en",
     "lungs clear no nodules no consolidation heart normal size no pericardial effusion there is a "
     "right sided port catheter with tip in the svc small sliding hiatal hernia mild atherosclerotic "
     "calcification of the thoracic aorta no lymphadenopathy",
     {MM, HH, AWC}),
    ("edi-08", "en",
     "there is a one point two centimeter solid nodule in the left upper lobe comma new since prior "
     "period there are several enlarged mediastinal lymph nodes comma the largest measuring two point "
     "one centimeters in short axis in the subcarinal station period mild bronchiectasis in the right "
     "lower lobe period no pleural effusion period no emphysema period heart size unremarkable period",
     {NOD, LN, BRX}),
    ("edi-09", "en",
     "findings colon next line mild cardiomegaly period next line trace pericardial fluid period next "
     "line bilateral small plural effusions left greater than right period next line bibasilar a "
     "telectasis period next line no consolidation period next line no pulmonary nodules identified "
     "period next line no hiatal hernia period",
     {CM, PCE, PE, ATL}),
    ("edi-10", "en",
     "no consolidation I mean there is consolidation in the right lower lobe comma compatible with "
     "pneumonia period small right pleural effusion period no cavitation period no emphysema period no "
     "mediastinal adenopathy period heart normal in size period",
     {CON, PE}),
    ("edi-11", "en",
     "the lungs demonstrate subplural reticulation and honey combing at the bases with traction "
     "bronchiectasis period findings are compatible with a usual interstitial pneumonia pattern period "
     "no plural effusion period there is minimal ground glass opacity in the right lower lobe period no "
     "lymphadenopathy period no pericardial effusion period",
     {FIB, BRX, OPA}),
    ("edi-12", "en",
     "negative for pulmonary embolism period negative for pleural effusion period negative for "
     "pericardial effusion period there is mild mosaic attenuation in both lungs which may reflect "
     "small airways disease period expiratory images show air trapping period mild bronchial wall "
     "thickening period no bronchiectasis period no nodules period",
     {MOS, PBT}),
    ("edi-13", "en",
     "the the heart is enlarged period there is there is a small pericardial effusion period coronary "
     "artery calcification involving the lad and circumflex period no no lymphadenopathy period lungs "
     "colon mild interlobular septal thickening and ground glass opacity consistent with pulmonary "
     "edema period no pleural effusions period no consolidation period",
     {CM, PCE, CAC, IST, OPA}),
    ("edi-14", "en",
     "a large hyatal hernia is present period the esophagus is fluid filled period scattered calcified "
     "plaque in the order and the great vessels period no pulmonary nodal is seen correction no "
     "pulmonary nodule is seen period no emphysema period mild dependent a telectasis period no pleural "
     "effusion period",
     {HH, AWC, ATL}),
    ("edi-15", "en",
     "impression colon one comma right lower lobe consolidation comma likely pneumonia period two comma "
     "small right parapneumonic effusion period three comma enlarged right hilar lymph node measuring "
     "one point five centimeters comma likely reactive period four comma no pulmonary nodule period "
     "five comma no pericardial effusion period",
     {CON, PE, LN}),
    ("edi-16", "en",
     "comparison ct from last year there is interval increase in the left pleural effusion which is now "
     "moderate there is associated left lower lobe collapse there is no pericardial effusion the heart "
     "is not enlarged there is a left chest tube in place no pneumothorax no consolidation in the right "
     "lung",
     {PE, ATL, MM}),
    ("edi-17", "en",
     "status post removal of the right internal jugular central line period no residual catheter "
     "period status post left upper lobectomy with surgical staples along the bronchial stump period "
     "post surgical scarring at the left apex period no recurrent mass period small left pleural "
     "effusion period no emphysema period no lymphadenopathy period",
     {MM, FIB, PE}),
    ("edi-18", "en",
     "there are three sub centimeter nodules in the right lung comma the largest five millimeter in the "
     "right middle lobe period no new nodules period moderate emphysema period mild cardiomegaly period "
     "no pleural effusion period no hiatal hernia period no consolidation period",
     {NOD, EMP, CM}),
    ("edi-19", "en",
     "heart and mediastinum colon new paragraph heart size normal period no pericardial effusion period "
     "multiple enlarged mediastinal and bilateral hilar lymph nodes comma suspicious for sarcoidosis "
     "period new paragraph lungs colon new paragraph perilymphatic micronodules in the upper lobes "
     "period mild peribronchovascular fibrosis period no pleural effusion period no consolidation "
     "period",
     {LN, NOD, FIB}),
    ("edi-20", "en",
     "there is a small left plural effusion correction right pleural effusion period no left effusion "
     "period dependent a telectasis at the right base period the heart is normal in size period no "
     "pericardial effusion period calcification of the coronary arteries period the aorta is normal in "
     "caliber without calcification period",
     {PE, ATL, CAC}),
    ("edi-21", "en",
     "there is an endotracheal tube with tip three centimeters above the carina period the heart is "
     "unremarkable period the pericardium is unremarkable period the mediastinum is unremarkable "
     "without lymphadenopathy period lungs colon there are patchy areas of consolidation in the right "
     "upper lobe and ground glass opacity in the lingula period no pleural effusion period the airways "
     "are unremarkable period",
     {MM, CON, OPA}),
    ("edi-22", "en",
     "there is no evidence of pleural or pericardial effusion period there is no evidence of "
     "mediastinal lymphadenopathy period there is bilateral lower lobe bronchiectasis with bronchial "
     "wall thickening and mucus plugging period mosaic attenuation is noted period no emphysema period",
     {BRX, PBT, MOS}),
    ("edi-23", "en",
     "small bilateral plural effusions period the heart is enlarged period pacemaker with leads in the "
     "right atrium and right ventricle period calcified plaque in the order period a telectasis in both "
     "lower lobes period no lung nodules period no hyatal hernia period",
     {PE, CM, MM, AWC, ATL}),
    ("edi-24", "en",
     "technique contrast enhanced ct of the chest findings heart normal size no pericardial effusion "
     "coronary calcifications present aortic calcifications present lungs mild centrilobular emphysema "
     "small calcified granuloma left lower lobe no consolidation no effusion no adenopathy",
     {CAC, AWC, EMP, NOD}),
    ("edi-25", "en",
     "there is a six millimeter nodule in the right lower lobe scratch that this represents a vessel on "
     "multiplanar images period no pulmonary nodules period there is mild bibasilar subsegmental a "
     "telectasis period moderate hiatal hernia period the heart is mildly enlarged period no pleural "
     "effusion period no pericardial effusion period",
     {ATL, HH, CM}),
    ("edi-26", "en",
     "findings are negative for consolidation comma pleural effusion comma or pneumothorax period there "
     "are multifocal ground glass opacities in a peripheral distribution comma suspicious for viral "
     "pneumonia period there is mild interlobular septal thickening within the areas of ground glass "
     "comma crazy paving period no lymphadenopathy period heart size normal period",
     {OPA, IST}),
    ("edi-27", "en",
     "there is there is a enlarged left axillary lymph node measuring two centimeters period no "
     "supraclavicular adenopathy period there is a spiculated nodule in the left upper lobe measuring "
     "one point eight centimeters period mild paraseptal emphysema period no pleural effusion period no "
     "atelectasis period no coronary calcification period",
     {LN, NOD, EMP}),
    ("edi-28", "en",
     "new paragraph the nasogastric tube courses into the stomach period the endotracheal tube tip is "
     "two centimeters above the carina period bilateral dense consolidations in the lower lobes with "
     "air bronchograms period moderate bilateral pleural effusions period no pericardial effusion period "
     "no cardiomegaly period",
     {MM, CON, PE}),
    ("edi-29", "en",
     "severe emfysema correction severe emphysema with large bullae in the upper lobes period no no "
     "pulmonary nodule period no pleural effusion period the heart is normal in size period mild "
     "bronchial wall thickening period calcified atherosclerotic plaque in the aortic arch period",
     {EMP, PBT, AWC}),
    ("edi-30", "en",
     "status post treatment for right lower lobe pneumonia period the previously seen consolidation has "
     "resolved period residual linear scarring in the right lower lobe period the prior pleural "
     "effusion has resolved period no new opacity period the heart is mildly enlarged period no "
     "lymphadenopathy period",
     {FIB, CM}),
    ("edi-31", "en",
     "lungs colon mild bronchiectasis in the middle lobe and lingula comma four millimeter nodule in the "
     "right lower lobe period pleura colon no effusion period heart colon normal size comma no "
     "pericardial effusion period mediastinum colon no lymphadenopathy period upper abdomen colon small "
     "hiatal hernia period",
     {BRX, NOD, HH}),
    ("edi-32", "en",
     "next line moderate size hyatal hernia period next line mild atherosclerotic calcification of the "
     "order and bilateral subclavian arteries period next line three vessel coronary artery "
     "calcification period next line no emphysema period next line no nodules period next line no "
     "effusions period",
     {HH, AWC, CAC}),
    ("edi-33", "en",
     "no lymphadenopathy I mean there are bulky mediastinal lymph nodes period pleural effusion is "
     "absent period no pericardial effusion period the heart is not enlarged period ground glass opacity "
     "in the right upper lobe period no consolidation period",
     {LN, OPA}),
    ("edi-34", "en",
     "status post aortic valve replacement with a prosthetic valve in place period there is atelectasis "
     "in the lingula correction consolidation in the lingula period no atelectasis period small left "
     "pleural effusion period no emphysema period no bronchiectasis period",
     {MM, CON, PE}),
    ("edi-35", "en",
     "there is no evidence of pulmonary nodule and there is mild diffuse bronchial wall thickening and "
     "there is mosaic attenuation and there is no evidence of consolidation and there is no evidence of "
     "lymphadenopathy and the heart is normal in size",
     {PBT, MOS}),
    ("edi-36", "en",
     "status post coronary artery bypass grafting with surgical clips and sternal wires period extensive "
     "coronary calcification period cardiomegaly period small pericardial effusion period trace right "
     "pleural effusion period no consolidation period no mediastinal lymphadenopathy",
     {MM, CAC, CM, PCE, PE}),
    ("edi-37", "en",
     "bilateral calcified plural plaques consistent with prior asbestos exposure period no plural "
     "effusion period mild subplural fibrosis at the lung bases period no honeycombing period a three "
     "millimeter nodule in the left lower lobe period no lymphadenopathy period calcified plaque in the "
     "order period",
     {FIB, NOD, AWC}),
    ("edi-38", "en",
     "impression new line one small right pleural effusion new line two no pericardial effusion new line "
     "three multiple bilateral pulmonary nodules concerning for metastases new line four enlarged "
     "mediastinal lymph nodes new line five no consolidation",
     {PE, NOD, LN}),
    ("edi-39", "en",
     "the the interlobular septa are smoothly thickened bilaterally period there are bilateral pleural "
     "effusions period the heart is is enlarged period no consolidation period no emphysema period no "
     "hiatal hernia period",
     {IST, PE, CM}),
    ("edi-40", "en",
     "negative for lymphadenopathy comma pericardial effusion comma and pleural effusion period there "
     "are a few scattered pulmonary nodules up to four millimeters period a telectasis versus scarring "
     "in the lingula period unremarkable heart size period",
     {NOD, ATL, FIB}),
    ("edi-41", "en",
     "a right picc line is present scratch that no picc line is seen period the previously placed chest "
     "tube has been removed period small residual left pneumothorax period left basilar a telectasis "
     "period no pleural effusion period mild emphysema period no consolidation period",
     {ATL, EMP}),
    ("edi-42", "en",
     "there is a stable five millimeter nodal in the left upper lobe period no new nodals period mild "
     "centrilobular emphysema period no enlarged lymph nodes period mild atherosclerotic calcification "
     "of the aorta period no pleural effusion",
     {NOD, EMP, AWC}),
    ("edi-43", "en",
     "ground glass nodule measuring eight millimeters in the right upper lobe period part solid nodule "
     "measuring one point one centimeters in the left lower lobe period no lymphadenopathy period mild "
     "peribronchial thickening period small hiatal hernia period no pleural effusion period no coronary "
     "artery calcification period",
     {NOD, PBT, HH}),
    ("edi-44", "en",
     "bilateral lower lobe consolidation and ground glass opacity small bilateral effusions the heart is "
     "normal size no pericardial effusion there is an enlarged subcarinal lymph node there is no "
     "emphysema there is no bronchiectasis period",
     {CON, OPA, PE, LN}),
    ("edi-45", "en",
     "comparison colon none period clinical history colon rule out pneumonia period findings colon no "
     "consolidation period no ground glass opacity period there is mild cylindrical bronchiectasis in "
     "the right lower lobe period there is subsegmental a telectasis in the left lower lobe period there "
     "is a right sided dual chamber pacemaker period coronary artery calcifications period the heart is "
     "not enlarged period no pleural effusion period",
     {BRX, ATL, MM, CAC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("edi-02", AWC): "'plaque in the order' (aorta misheard): a homophone slip the engine cannot tell from 'in the order of'",
    ("edi-02", NOD): "'nodal' for nodule: 'nodal' is also the word for lymph nodes",
    ("edi-42", NOD): "'nodal' for nodule: 'nodal' is also the word for lymph nodes",
    ("edi-24", AWC): "no punctuation spoken or written: 'no pericardial effusion coronary calcifications present' runs on",
    ("edi-24", CAC): "no punctuation spoken or written: 'no pericardial effusion coronary calcifications present' runs on",
    ("edi-24", EMP): "no punctuation spoken or written: one sentence, the denial before it reaches it",
    ("edi-24", NOD): "no punctuation spoken or written: one sentence, the denial before it reaches it",
    ("edi-44", OPA): "no punctuation: 'the heart is normal size' reaches back over the findings before it",
    ("edi-44", PE): "no punctuation: 'the heart is normal size' reaches back over the findings before it",
    ("edi-44", CON): "no punctuation: 'the heart is normal size' reaches back over the findings before it",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
