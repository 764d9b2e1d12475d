"""Probe: English chest CT / CT pulmonary angiography reports centred on the vessels (acute and
chronic pulmonary embolism, CTEPH with mosaic perfusion, dilated pulmonary artery / pulmonary
hypertension, pulmonary infarcts, aortic aneurysm, dissection, intramural haematoma, penetrating
ulcer, stent grafts, valve prostheses, coronary calcification, pericardial and pleural effusions)
with the incidental lung findings around them, in US, UK and CT-RATE styles. Pulmonary embolism
itself is none of the 18 findings; aortic disease is Arterial wall calcification only when
calcification is written; a dilated pulmonary artery is not Cardiomegaly. The reports were written
for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ('eva-01', 'en',
     'CT PULMONARY ANGIOGRAPHY. INDICATION: Acute dyspnea, rule out pulmonary embolism. FINDINGS: '
     'There are filling defects in the right lower lobe segmental and subsegmental arteries '
     'consistent with acute pulmonary emboli. The main pulmonary artery measures 27 mm. The RV/LV '
     'ratio is less than 1. Heart size is normal. No pericardial effusion. Small right pleural '
     'effusion with adjacent compressive atelectasis. No consolidation. The lungs are otherwise '
     'clear without nodules. No mediastinal or hilar lymphadenopathy. IMPRESSION: Acute right '
     'lower lobe segmental pulmonary emboli without CT evidence of right heart strain. Small '
     'right pleural effusion.',
     {PE, ATL}),
    ('eva-02', 'en',
     'CTPA. Clinical details: Progressive breathlessness, PE two years ago. Findings: Eccentric '
     'organised thrombus lines the right and left lower lobe pulmonary arteries, with '
     'intraluminal webs in several segmental branches, in keeping with chronic thromboembolic '
     'disease. The pulmonary trunk is dilated at 38 mm, wider than the ascending aorta. There is '
     'a striking mosaic perfusion pattern throughout both lungs. Hypertrophied bronchial arteries '
     'are noted. The heart is not enlarged. No pericardial or pleural effusion. A few linear '
     'scars in the left lower lobe are likely the sequelae of previous infarction. No emphysema. '
     'No bronchiectasis. Conclusion: Appearances consistent with chronic thromboembolic pulmonary '
     'hypertension.',
     {MOS, FIB}),
    ('eva-03', 'en',
     'Mediastinal vascular structures could not be assessed in detail because the examination was '
     'performed without intravenous contrast. The ascending aorta measures 45 mm, in favour of '
     'aneurysmal dilatation. Calcific atheromatous plaques are seen in the aortic arch and the '
     'descending aorta. Calcific plaques are also noted in the coronary arteries. Heart size is '
     'increased. No pericardial effusion or thickening was detected. The thoracic esophagus is of '
     'normal calibre and no hiatal hernia is seen. No lymph node of pathological size was '
     'detected in the mediastinum or hilar regions. In the lung parenchyma there are '
     'centrilobular emphysematous changes in both upper lobes. Linear atelectasis is seen in the '
     'middle lobe. No pleural effusion or pneumothorax was observed. No nodule or mass lesion was '
     'detected in either lung.',
     {AWC, CAC, CM, EMP, ATL}),
    ('eva-04', 'en',
     'CTA CHEST. HISTORY: Tearing chest pain radiating to the back. FINDINGS: Stanford type A '
     'aortic dissection with an intimal flap that begins at the aortic root and extends through '
     'the arch into the descending thoracic aorta. Displaced intimal calcification is present '
     'along the arch. A small amount of hyperdense pericardial fluid is concerning for '
     'hemopericardium. Heart size is normal. The coronary arteries are without calcification. No '
     'pleural effusions. Lungs: bibasilar dependent atelectasis. No consolidation or pulmonary '
     'nodule. IMPRESSION: Type A aortic dissection with small hemopericardium. Emergent '
     'cardiothoracic surgical consultation recommended.',
     {AWC, PCE, ATL}),
    ('eva-05', 'en',
     'CT aorta. Findings: There is crescentic high-attenuation thickening of the descending '
     'thoracic aortic wall measuring 9 mm on the unenhanced series, without an intimal flap, '
     'consistent with an intramural haematoma. The aortic wall shows no calcification. A small '
     'left pleural effusion is present. There is no pericardial effusion. Heart size is within '
     'normal limits. Mild paraseptal emphysema at both apices. No pulmonary nodules. No '
     'mediastinal lymphadenopathy. Conclusion: Type B intramural haematoma. Small left effusion.',
     {PE, EMP}),
    ('eva-06', 'en',
     'FINDINGS: A 12 mm penetrating atherosclerotic ulcer projects from the posterior wall of the '
     'proximal descending thoracic aorta with mild surrounding wall thickening. No dissection '
     'flap. The aortic caliber is otherwise normal. Scattered coronary artery calcifications in '
     'the LAD and RCA. No cardiomegaly or pericardial effusion. There is a 5 mm solid nodule in '
     'the right upper lobe. Mild bronchial wall thickening in both lower lobes. No pleural '
     'effusion, consolidation, or emphysema. IMPRESSION: 1. Penetrating atherosclerotic ulcer of '
     'the descending thoracic aorta. 2. 5 mm right upper lobe nodule; follow-up per Fleischner '
     'guidelines.',
     {CAC, NOD, PBT}),
    ('eva-07', 'en',
     'The patient is status post endovascular repair of a descending thoracic aortic aneurysm; '
     'the stent graft is in place, extending from just distal to the left subclavian artery '
     'origin to the level of the diaphragm. The excluded aneurysm sac measures 52 mm, unchanged, '
     'and there is no contrast filling to suggest an endoleak. Atherosclerotic calcifications are '
     'seen in the aortic arch. The heart is of normal size. No pericardial effusion. No enlarged '
     'lymph nodes are seen in the mediastinum. A sliding hiatal hernia is present. In both lungs '
     'no mass or nodule was detected. There is minimal pleural effusion on the left. No '
     'consolidation was observed.',
     {MM, AWC, HH, PE}),
    ('eva-08', 'en',
     'CT CHEST WITH CONTRAST. Comparison: None. FINDINGS: Median sternotomy wires and a '
     'mechanical aortic valve prosthesis are present. The heart is enlarged. Dense coronary '
     'calcifications of the left main and LAD. No pericardial effusion. No thoracic aortic '
     'aneurysm. Mild bilateral pleural effusions. Smooth interlobular septal thickening at the '
     'lung bases suggests mild interstitial edema. No focal consolidation. No pulmonary nodules. '
     'IMPRESSION: Cardiomegaly with bilateral pleural effusions and mild interstitial edema. '
     'Postoperative changes of aortic valve replacement.',
     {MM, CM, CAC, PE, IST}),
    ('eva-09', 'en',
     'HRCT chest. Findings: The main pulmonary artery is enlarged at 35 mm, with a pulmonary '
     'artery to aorta ratio greater than 1, suggestive of pulmonary hypertension. Heart size is '
     'normal and there is no pericardial effusion. There is no mosaic attenuation. Diffuse '
     'reticulation with subpleural honeycombing and traction bronchiectasis is present in both '
     'lower lobes, in keeping with a UIP pattern. No pleural effusion. Mildly enlarged '
     'mediastinal lymph nodes up to 13 mm short axis, likely reactive. Conclusion: Fibrotic '
     'interstitial lung disease with a UIP pattern, and features suggestive of pulmonary '
     'hypertension.',
     {FIB, BRX, LN}),
    ('eva-10', 'en',
     'CTPA. FINDINGS: Occlusive thrombus in the posterior basal segmental artery of the left '
     'lower lobe. In the same segment there is a peripheral, pleural-based wedge-shaped '
     'consolidation with a surrounding halo of ground-glass opacity, compatible with pulmonary '
     'infarction. Trace left pleural effusion. Heart size within normal limits; no pericardial '
     'effusion. No emphysema. No enlarged lymph nodes. IMPRESSION: Left lower lobe pulmonary '
     'embolism with associated infarct.',
     {CON, OPA, PE}),
    ('eva-11', 'en',
     'Findings: Bilateral lower lobe pulmonary emboli. There is a wedge-shaped pleural-based '
     'opacity in the right lower lobe, likely representing an early pulmonary infarct; no air '
     'bronchograms. The right ventricle is not dilated and overall heart size is normal. Mild '
     'calcification of the aortic arch. No pleural or pericardial effusion. No lung nodules. No '
     'bronchiectasis. Comment: Bilateral PE with a probable small right lower lobe infarct.',
     {OPA, AWC}),
    ('eva-12', 'en',
     'Trachea and both main bronchi are patent. No occlusive lesion was seen in the main bronchi. '
     'Calibration of the thoracic main vascular structures is normal. The diameter of the main '
     'pulmonary artery is normal and no filling defect was detected in the pulmonary arteries. '
     'Heart size is normal. There are calcified atherosclerotic changes in the coronary arteries. '
     'No pericardial effusion or thickening was observed. No lymph node of pathological size or '
     'appearance was seen in the mediastinum and hilar regions. In the evaluation of both lung '
     'parenchyma, a 4 mm calcified nodule is present in the left lower lobe, consistent with a '
     'granuloma. Ground glass densities are seen in the lingula. No pleural effusion. No '
     'consolidation was detected. Upper abdominal sections show no pathology.',
     {CAC, NOD, OPA}),
    ('eva-13', 'en',
     'FINDINGS: Moderate to large circumferential pericardial effusion measuring up to 22 mm '
     'anterior to the right ventricle. The heart itself is normal in size. The pulmonary arteries '
     'are well opacified without filling defects. Bilateral moderate pleural effusions, right '
     'greater than left, with compressive atelectasis of the lower lobes. No pulmonary nodule or '
     'mass. No mediastinal adenopathy. No aortic calcification. IMPRESSION: 1. Moderate to large '
     'pericardial effusion. 2. No pulmonary embolism. 3. Bilateral moderate pleural effusions.',
     {PCE, PE, ATL}),
    ('eva-14', 'en',
     'CT chest with contrast. Findings: The pericardium is diffusely thickened to 6 mm with foci '
     'of pericardial calcification, raising the possibility of constrictive pericarditis. Normal '
     'heart size. No coronary artery calcification. The pulmonary arteries are patent. Bilateral '
     'apical pleural thickening, without pleural effusion. Two calcified granulomas in the right '
     'upper lobe. No lymphadenopathy. No consolidation or ground-glass opacity.',
     {PCE, NOD}),
    ('eva-15', 'en',
     'CTA CHEST (PE PROTOCOL). FINDINGS: No acute pulmonary embolism. There is chronic-appearing '
     'eccentric, smoothly marginated thrombus in the right interlobar artery, and web-like '
     'filling defects in the left lower lobe segmental arteries. The main pulmonary artery is '
     'dilated, measuring 33 mm. Mosaic attenuation of the lung parenchyma. Cardiac size is '
     'normal. No pericardial effusion. No pleural effusion. Mild cylindrical bronchiectasis in '
     'the right lower lobe. IMPRESSION: Findings of chronic thromboembolic disease with mosaic '
     'perfusion; consider referral for CTEPH evaluation.',
     {MOS, BRX}),
    ('eva-16', 'en',
     'The ascending aorta is aneurysmatic, measuring 48 mm in diameter. The arch and descending '
     'aorta are of normal calibre. No calcific plaque was observed in the aortic wall. Heart size '
     'is normal. No pericardial effusion was detected. A few mildly enlarged lymph nodes are '
     'present in the right paratracheal region, the largest measuring 14 mm in short axis. No '
     'hiatal hernia is seen. Subsegmental atelectasis is observed in the lower lobes of both '
     'lungs. There is mild bronchial wall thickening. No pleural effusion. No mass or nodule was '
     'detected in the lung parenchyma.',
     {LN, ATL, PBT}),
    ('eva-17', 'en',
     'CTA CHEST. HISTORY: Marfan syndrome, prior aortic surgery. FINDINGS: Postoperative changes '
     'of valve-sparing aortic root replacement with a tube graft. Sternotomy wires are intact. No '
     'pseudoaneurysm at the anastomoses. The descending aorta is mildly dilated at 36 mm without '
     'dissection. Heart size is normal. No pericardial effusion. Lungs: small apical bullae '
     'bilaterally. No consolidation, pleural effusion, or pulmonary nodules. IMPRESSION: Stable '
     'postoperative aortic root. Mild ectasia of the descending thoracic aorta.',
     {MM, EMP}),
    ('eva-18', 'en',
     'CT thorax. Findings: A transcatheter aortic valve prosthesis is in situ. Extensive '
     'calcification of the aortic arch and descending thoracic aorta. Heavy coronary artery '
     'calcification. The heart is enlarged. Small bilateral pleural effusions. No pericardial '
     'effusion. No emphysema. No pulmonary nodules. Conclusion: Cardiomegaly with small bilateral '
     'effusions. TAVI prosthesis in satisfactory position.',
     {MM, AWC, CAC, CM, PE}),
    ('eva-19', 'en',
     'CTPA. FINDINGS: Saddle embolus at the bifurcation of the main pulmonary artery, extending '
     'into both main pulmonary arteries and multiple lobar branches. Reflux of contrast into the '
     'IVC and hepatic veins. Heart size is not enlarged. Small bilateral pleural effusions. '
     'Patchy ground-glass opacity in the right middle lobe. No consolidation. No coronary '
     'calcification. No lymphadenopathy. IMPRESSION: Saddle pulmonary embolism with large clot '
     'burden. Critical result communicated to the ordering physician.',
     {PE, OPA}),
    ('eva-20', 'en',
     'The main pulmonary artery diameter is increased, measuring 32 mm. Heart size is normal. '
     'Calcific plaques are seen in the thoracic aorta. No pericardial effusion. In both lungs '
     'there are areas of mosaic attenuation, and the expiratory images show air trapping. No '
     'pleural effusion. No bronchiectasis or peribronchial thickening was detected. No nodules '
     'were observed.',
     {MOS, AWC}),
    ('eva-21', 'en',
     'FINDINGS: Coronary artery stents in the LAD. There is additional calcification of the RCA '
     'and circumflex arteries. Heart size is normal. No pericardial effusion. The thoracic aorta '
     'is normal in caliber without calcified plaque. The pulmonary arteries show no filling '
     'defect. Lungs: 7 mm solid nodule in the left upper lobe. No consolidation or pleural '
     'effusion. No emphysema. IMPRESSION: 7 mm left upper lobe nodule; recommend follow-up CT in '
     '6-12 months.',
     {MM, CAC, NOD}),
    ('eva-22', 'en',
     'CT CHEST. FINDINGS: Stent in the proximal left anterior descending artery. No coronary '
     'calcification is identified. The heart is normal in size and the pericardium is '
     'unremarkable. The main pulmonary artery is of normal caliber. Lungs: biapical '
     'pleuroparenchymal scarring. A 4 mm perifissural nodule along the right minor fissure. No '
     'pleural effusion. No lymphadenopathy. No hiatal hernia.',
     {MM, FIB, NOD}),
    ('eva-23', 'en',
     'CT aortogram. Findings: Chronic type B dissection, previously treated with a thoracic stent '
     'graft across the primary entry tear. The false lumen distal to the graft remains patent, '
     'with a maximal aortic diameter of 44 mm. Mural calcification of the abdominal aorta and '
     'both iliac arteries. No pericardial effusion. The heart is normal in size. Small hiatus '
     'hernia. The lungs are clear with no consolidation, nodules or effusions.',
     {MM, AWC, HH}),
    ('eva-24', 'en',
     'Thoracic aorta diameter is normal. The main pulmonary artery is dilated, measuring 31 mm. '
     'The heart is of normal size. No pericardial effusion. Calcified plaques are present in the '
     'coronary arteries, most prominent in the LAD. No lymph nodes of pathological size were '
     'seen. Interlobular septal thickening and ground-glass opacities are present in both lungs, '
     'predominantly in the lower lobes. Bilateral pleural effusion, more prominent on the right. '
     'No consolidation. No nodule.',
     {CAC, IST, OPA, PE}),
    ('eva-25', 'en',
     'FINDINGS: A 14 mm serpiginous enhancing lesion in the left lower lobe with a feeding artery '
     'and a draining vein, consistent with a pulmonary arteriovenous malformation. Embolization '
     'coils in the right lower lobe from prior AVM treatment, with no residual perfusion of that '
     'sac. No pulmonary embolism. Heart size normal. No pericardial or pleural effusion. Mild '
     'dependent atelectasis at both bases. No consolidation. IMPRESSION: Untreated left lower '
     'lobe pulmonary AVM; successfully embolized right lower lobe AVM.',
     {MM, ATL}),
    ('eva-26', 'en',
     'Findings: Extensive calcified atheroma of the thoracic aorta, with a penetrating '
     'atherosclerotic ulcer in the distal arch. No intramural haematoma. Heart size normal. '
     'Calcification of the LAD. No pericardial or pleural effusion. Moderate centrilobular '
     'emphysema. A 6 mm nodule in the right lower lobe. Conclusion: Penetrating aortic ulcer '
     'without acute complication. Emphysema. Indeterminate 6 mm right lower lobe nodule.',
     {AWC, CAC, EMP, NOD}),
    ('eva-27', 'en',
     'In the upper abdominal slices, the abdominal aorta is aneurysmal, measuring 42 mm, with '
     'mural thrombus. Calcified atheroma is seen in the descending thoracic aorta. Heart size is '
     'normal. There is no pericardial effusion. No lymphadenopathy was detected in the '
     'mediastinum. Fibrotic bands are seen in the lingula and the right middle lobe. No pleural '
     'effusion. No hiatal hernia. No emphysema.',
     {AWC, FIB}),
    ('eva-28', 'en',
     'FINDINGS: Marked enlargement of the main pulmonary artery to 42 mm and of the right and '
     'left pulmonary arteries. Cardiomegaly. Small pericardial effusion. An atrial septal '
     'occluder device is in place. Peripheral pulmonary arterial pruning. No mosaic attenuation. '
     'No pleural effusion. No consolidation or nodule. IMPRESSION: Pulmonary arterial '
     'hypertension with cardiomegaly, in a patient with a treated atrial septal defect.',
     {CM, PCE, MM}),
    ('eva-29', 'en',
     'CTPA. Findings: No pulmonary embolus to subsegmental level. Normal calibre pulmonary trunk. '
     'The heart is not enlarged. No pericardial effusion. Lungs: scattered bronchiectasis with '
     'bronchial wall thickening in both lower lobes, and patchy opacities in the right lower lobe '
     'suggesting infection. No pleural effusion. Mediastinal nodes are not enlarged. Conclusion: '
     'No PE. Lower lobe bronchiectasis with superimposed infection.',
     {BRX, PBT, OPA}),
    ('eva-30', 'en',
     'FINDINGS: Dual-chamber pacemaker with leads in the right atrium and right ventricle. A '
     'bioprosthetic mitral valve is present. Heart size is normal. No coronary calcification. '
     'Small bilateral pleural effusions. No pericardial effusion. Mild smooth interlobular septal '
     'thickening. Bibasilar atelectasis. IMPRESSION: Small bilateral effusions and mild '
     'interstitial edema.',
     {MM, PE, IST, ATL}),
    ('eva-31', 'en',
     'In the descending thoracic aorta there is crescent-shaped wall thickening reaching 8 mm, '
     'compatible with intramural hematoma. Atheromatous calcifications are present in the aortic '
     'wall. The heart is enlarged. Pericardial effusion is not observed. There is a left pleural '
     'effusion with passive atelectasis in the adjacent left lower lobe. No nodule was detected '
     'in either lung.',
     {AWC, CM, PE, ATL}),
    ('eva-32', 'en',
     'CTPA. FINDINGS: No pulmonary embolism. Main pulmonary artery is normal in caliber. Heart '
     'size normal. Mosaic attenuation with air trapping on expiratory images, suggestive of small '
     'airways disease. Bronchial wall thickening. No bronchiectasis. No pleural effusion. No '
     'lymphadenopathy. IMPRESSION: No PE. Findings of small airways disease.',
     {MOS, PBT}),
    ('eva-33', 'en',
     'Findings: Dilated pulmonary trunk measuring 36 mm. Cardiomegaly. Reflux of contrast into '
     'the hepatic veins. Trace pericardial fluid. Small bilateral pleural effusions. Mosaic '
     'attenuation is absent. No lung nodules. No emphysema. Conclusion: Features of pulmonary '
     'hypertension with cardiomegaly.',
     {CM, PCE, PE}),
    ('eva-34', 'en',
     'The thoracic aorta is of normal calibre, without calcific atheroma. Heart size is normal. '
     'There is a pleural-based linear scar in the right lower lobe, consistent with the sequela '
     'of a prior infarct. Areas of mosaic perfusion are seen in both lower lobes. Mediastinal '
     'lymph nodes are not enlarged. No pleural effusion. No consolidation.',
     {FIB, MOS}),
    ('eva-35', 'en',
     'FINDINGS: Thoracic endovascular aortic repair stent graft spanning the descending thoracic '
     'aorta. A small type II endoleak is suspected. Moderate calcified atherosclerotic plaque of '
     'the aortic arch and the great vessel origins. Mild coronary artery calcification. '
     'Paraseptal and centrilobular emphysema. No pleural effusion. No pericardial effusion. No '
     'consolidation. IMPRESSION: Possible small type II endoleak after TEVAR.',
     {MM, AWC, CAC, EMP}),
    ('eva-36', 'en',
     'Follow-up CTPA. Findings: The previously seen pulmonary emboli have resolved. The right '
     'pleural effusion described on the prior examination has resolved. The prior right lower '
     'lobe infarct has evolved into a small linear scar. Heart size is normal. No pericardial '
     'effusion. Mild coronary artery calcification. No lymphadenopathy. Conclusion: Resolution of '
     'pulmonary emboli and of the pleural effusion.',
     {FIB, CAC}),
    ('eva-37', 'en',
     'The ascending aorta is dilated at 43 mm, without an intimal flap. Heart size is increased; '
     'pericardial effusion is absent. Multiple enlarged lymph nodes are present in the '
     'mediastinum, the largest measuring 18 mm in the subcarinal station. There is consolidation '
     'in the left lower lobe with air bronchograms and surrounding ground-glass density. No '
     'pleural effusion. No nodules. A hiatal hernia is present.',
     {CM, LN, CON, OPA, HH}),
    ('eva-38', 'en',
     'FINDINGS: Bioprosthetic aortic valve. Sternotomy wires. Heart size is normal. No '
     'pericardial effusion. No coronary calcification. The thoracic aorta is of normal caliber '
     'with no calcification. Lungs: mild dependent subsegmental atelectasis. No nodules. No '
     'emphysema. No pleural effusion. No lymphadenopathy. IMPRESSION: No acute findings. '
     'Postsurgical changes.',
     {MM, ATL}),
    ('eva-39', 'en',
     'Clinical question: ? aortic dissection. Past history of pulmonary embolism and of a pleural '
     'effusion. Findings: No aortic dissection, intramural haematoma or aneurysm. Mild '
     'calcification of the aortic arch wall. No pulmonary embolus. The heart is normal. No '
     'pericardial effusion. Lungs: small ground-glass opacity in the right upper lobe, likely '
     'inflammatory. Pleural spaces are clear. Conclusion: No acute aortic syndrome.',
     {AWC, OPA}),
    ('eva-40', 'en',
     'Heart size is normal. A pericardial effusion reaching 10 mm at its thickest is observed. '
     'The main pulmonary artery is of normal diameter. In the lungs there is interlobular septal '
     'thickening in both upper lobes, together with peribronchial thickening. No pleural '
     'effusion. No consolidation. The lymph nodes are not enlarged.',
     {PCE, IST, PBT}),
    ('eva-41', 'en',
     'FINDINGS: Multiple peripheral cavitating nodules in both lungs, some with a feeding vessel, '
     'concerning for septic emboli. Small bilateral pleural effusions. No pericardial effusion. '
     'Heart size normal. PICC line with its tip in the SVC. No consolidation. No lymphadenopathy. '
     'IMPRESSION: Findings concerning for septic pulmonary emboli.',
     {NOD, PE, MM}),
    ('eva-42', 'en',
     'Findings: Aneurysm of the aortic arch measuring 5.6 cm, with mural thrombus and '
     'calcification of the aneurysm wall. Large hiatus hernia. Heart normal in size. No coronary '
     'calcification. No pleural effusion. Minor atelectasis in the left lower lobe adjacent to '
     'the hernia. No nodules. Conclusion: 5.6 cm aortic arch aneurysm; vascular surgical referral '
     'advised.',
     {AWC, HH, ATL}),
    ('eva-43', 'en',
     'There are intraluminal webs and bands in the segmental branches of both lower lobe '
     'pulmonary arteries, with abrupt vessel narrowing, consistent with chronic thromboembolism. '
     'The main pulmonary artery diameter is 34 mm. Heart size is normal. No pericardial effusion. '
     'In both lungs a mosaic perfusion pattern is present. Bronchial wall thickening is seen in '
     'the lower lobes. Emphysema is not observed. No fibrotic change is seen in the lung '
     'parenchyma. No pleural effusion. No enlarged lymph nodes.',
     {MOS, PBT}),
    ('eva-44', 'en',
     'FINDINGS: Severe centrilobular and paraseptal emphysema with upper lobe predominance. The '
     'main pulmonary artery measures 34 mm, consistent with pulmonary hypertension. Heart size is '
     'normal. No pericardial effusion. Mild coronary calcification. Scattered calcified plaque '
     'along the descending aorta. No pleural effusion. No focal consolidation. No pulmonary '
     'nodules. IMPRESSION: Severe emphysema with enlarged pulmonary artery.',
     {EMP, CAC, AWC}),
    ('eva-45', 'en',
     'Main vascular structures in the mediastinum are of normal diameter and there is no filling '
     'defect in the pulmonary arteries. The cardiothoracic ratio is increased. No pericardial '
     'effusion. Bilateral pleural effusion with compressive atelectasis in both lower lobes. '
     'Interlobular septal thickening is seen in both lungs. The lymph nodes are not enlarged. No '
     'hiatal hernia.',
     {CM, PE, ATL, IST}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
