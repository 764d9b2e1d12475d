"""Probe: English follow-up chest CT reports in which nearly every finding is described by its
change since a prior CT (interval increase/decrease, new, stable, unchanged, persistent,
redemonstrated, improving, worsening, progressed, resolved, no longer seen, cleared, removed),
often with old and new sizes, and sentences that mix resolved findings with persisting ones.
US, UK and CT-RATE (Turkish-English) styles are mixed. The reports were written for this file
without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or
hedged (decreased/improving but still present counts as present), 0 when denied, resolved, removed,
or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ('ecp-01', 'en',
     'CT CHEST WITH CONTRAST. COMPARISON: CT chest 03/2024. FINDINGS: Compared with the CT of '
     '03/2024, the right lower lobe consolidation has resolved. The small right pleural effusion '
     'has also resolved. The 6 mm right upper lobe nodule is stable. Mild centrilobular emphysema '
     'is unchanged. The heart is normal in size. No pericardial effusion. No mediastinal or hilar '
     'lymphadenopathy. IMPRESSION: Resolution of right lower lobe pneumonia and effusion. Stable '
     '6 mm right upper lobe nodule.',
     {NOD, EMP}),
    ('ecp-02', 'en',
     'CT thorax. Comparison is made with the previous CT of 03/2024. The left lower lobe collapse '
     'has improved, with residual plate-like atelectasis at the left base. The right effusion has '
     'resolved, while a small left effusion persists. The mediastinal lymph nodes are no longer '
     'enlarged. The left intercostal chest drain has been removed. No consolidation. Heart size '
     'is normal. No emphysema.',
     {ATL, PE}),
    ('ecp-03', 'en',
     'The trachea and main bronchi are midline and nothing obstructs their lumens. Compared with '
     'the CT dated 03/2024, the mediastinal lymph nodes, the largest of which was 22x15 mm in the '
     'subcarinal area, are no longer observed in pathological size. Calcific atheromatous plaques '
     'are observed in the aorta and coronary arteries, unchanged compared to the previous '
     'examination. The heart is of normal size. No pericardial effusion or thickening. Hiatal '
     'hernia is again seen. The ground glass areas previously described in both lower lobes have '
     'regressed completely. Interlobular septal thickening observed in the previous examination '
     'is not seen on the current study. No nodule was detected in both lungs. No pleural effusion.',
     {AWC, CAC, HH}),
    ('ecp-04', 'en',
     'COMPARISON: CT 03/2024. LINES/TUBES: The endotracheal tube has been removed. A right '
     'internal jugular central venous catheter is new since the prior, with its tip in the SVC. '
     'LUNGS: Bilateral dependent consolidations have progressed and now contain air bronchograms. '
     'Small bilateral pleural effusions, increased since the prior. HEART: Cardiomegaly, '
     'unchanged. No pericardial effusion. No pneumothorax. No pulmonary nodules.',
     {MM, CON, PE, CM}),
    ('ecp-05', 'en',
     'CT chest, comparison 03/2024. The part-solid nodule in the right upper lobe now measures 8 '
     'mm, previously 12 mm, with a smaller solid component. The previously seen 4 mm left lower '
     'lobe nodule is no longer visualised. Paraseptal emphysema is stable. The airways are normal '
     'with no bronchial wall thickening and no bronchiectasis. No pleural fluid. No '
     'lymphadenopathy. Coronary artery calcification, unchanged.',
     {NOD, EMP, CAC}),
    ('ecp-06', 'en',
     'When compared with the previous examination dated 03/2024; the ground glass opacities in '
     'both lungs have decreased significantly, with residual faint ground glass areas in the '
     'peripheral lower lobes. Fibrotic bands have developed in the subpleural areas of both lower '
     'lobes. The consolidation areas described in the previous examination have disappeared. '
     'Interlobular septal thickening is no longer seen. No pleural or pericardial effusion was '
     'detected. Mediastinal lymph nodes are not in pathological size. Heart size is normal.',
     {OPA, FIB}),
    ('ecp-07', 'en',
     'Compared with the CT of 03/2024, there is progression of the basal predominant reticulation '
     'with worsening traction bronchiectasis and new honeycombing at the lung bases. Patchy '
     'ground-glass opacity in the lower lobes is similar. Mediastinal lymph nodes are mildly '
     'enlarged, stable, measuring up to 12 mm in short axis. A small hiatal hernia is unchanged. '
     'No mosaic attenuation or air trapping. No pleural effusion. No consolidation.',
     {FIB, BRX, OPA, LN, HH}),
    ('ecp-08', 'en',
     'CT thorax compared with 03/2024. The right-sided chest drain has been removed and the '
     'pneumothorax has resolved. Median sternotomy wires are unchanged. The prosthetic aortic '
     'valve is again seen. Mild cardiomegaly persists. The small pericardial effusion seen '
     'previously has resolved. No pleural effusion. Linear atelectasis in the lingula is '
     'redemonstrated. No pulmonary nodules.',
     {MM, CM, ATL}),
    ('ecp-09', 'en',
     'Compared to the previous CT examination dated 03/2024, the conglomerate lymph nodes in the '
     'anterior mediastinum have decreased in size; the largest now measures 25x18 mm (previously '
     '48x35 mm). The right axillary lymphadenopathy is no longer seen. A left supraclavicular '
     'lymph node with a short axis of 16 mm persists. A port catheter is observed in the right '
     'subclavian vein. The pleural effusion observed on the right in the previous examination has '
     'completely disappeared. Atelectatic changes at the right base have cleared. No pericardial '
     'effusion. No nodular lesion was detected in both lungs. No consolidation.',
     {LN, MM}),
    ('ecp-10', 'en',
     'COMPARISON: 03/2024. The left upper lobe consolidation has cleared. There is a new patchy '
     'opacity in the right middle lobe, suspicious for new infection. Bronchial wall thickening '
     'in the lower lobes has improved but is still present. No pleural effusion. No '
     'lymphadenopathy. Heart size is normal. No emphysema.',
     {OPA, PBT}),
    ('ecp-11', 'en',
     'Compared with the CT of 03/2024, the right effusion has resolved, while a small left '
     'effusion persists. The associated passive atelectasis of the right lower lobe has also '
     'resolved; there is minor residual compressive atelectasis in the left lower lobe. The '
     'pericardial effusion is slightly smaller but still present, measuring 9 mm in depth. No '
     'cardiomegaly. No consolidation. Calcified plaques in the aortic arch are unchanged.',
     {PE, ATL, PCE, AWC}),
    ('ecp-12', 'en',
     'Comparison was made with the thorax CT dated 03/2024. The great vessels are normal and the '
     'heart is of normal size. Thoracic aorta diameter is normal. There is no pericardial '
     'effusion or thickening. No lymph node of pathological size or appearance was seen in the '
     'mediastinal and bilateral hilar regions. The nodule of 7 mm in the right lung upper lobe '
     'apical segment has become 5 mm and is still visible. The emphysematous changes in both '
     'lungs are stable. Minimal bronchiectasis in the left lung lower lobe is persistent. No '
     'infiltration was observed. Pleural effusion was not detected.',
     {NOD, EMP, BRX}),
    ('ecp-13', 'en',
     'Compared with the CT of 03/2024, there is interval decrease in the smooth interlobular '
     'septal thickening and the bilateral pleural effusions, which remain small. The heart '
     'remains enlarged. The diffuse ground-glass opacity has resolved. Coronary artery '
     'calcifications are again noted. No consolidation. No mediastinal lymphadenopathy.',
     {IST, PE, CM, CAC}),
    ('ecp-14', 'en',
     'Follow-up CT after right upper lobectomy, compared with 03/2024. The surgical staple line '
     'at the right hilum is unchanged. The postoperative right pleural fluid collection has been '
     'resorbed and there is no pleural effusion now. Linear scarring adjacent to the staple line '
     'is stable. No pulmonary nodules are seen. No nodal enlargement. No consolidation. Mild '
     'emphysema is unchanged.',
     {MM, FIB, EMP}),
    ('ecp-15', 'en',
     'Compared with the previous examination dated 03/2024, a hiatal hernia is newly observed. '
     'Calcified atheromatous plaques are observed in the thoracic aorta, similar to the previous '
     'examination. The consolidation in the left lung lower lobe seen in the previous examination '
     'is not seen on the current study. Linear atelectasis is newly seen in the left lung lower '
     'lobe. Pleural effusion-thickening was not detected. No mass or nodule was found in both '
     'lungs.',
     {HH, AWC, ATL}),
    ('ecp-16', 'en',
     'Compared with the CT of 03/2024, the multiple bilateral pulmonary nodules have increased in '
     'size and number, the index nodule in the left lower lobe measuring 14 mm, previously 9 mm. '
     'Right hilar lymphadenopathy has progressed, now 2.1 cm. There is a new small right pleural '
     'effusion. The right chest port is unchanged. No consolidation. No pericardial effusion.',
     {NOD, LN, PE, MM}),
    ('ecp-17', 'en',
     'Comparison: CT 03/2024. The nasogastric tube has been removed. The endotracheal tube has '
     'been removed. The left lower lobe consolidation is improving but persists, now smaller. '
     'Bronchiectasis in the right lower lobe is unchanged. No pleural effusion. Heart size '
     'normal. No hiatus hernia.',
     {CON, BRX}),
    ('ecp-18', 'en',
     'In comparison with the CT dated 03/2024: Sequelae fibrotic changes in the right lung upper '
     'lobe are stable. The calcified nodule of 4 mm in the left lung upper lobe is unchanged, '
     'compatible with granuloma. The peribronchial thickening seen in the previous examination '
     'has disappeared. The mosaic attenuation pattern in both lungs persists. No pleural '
     'effusion. Heart size is normal. No lymphadenopathy.',
     {FIB, NOD, MOS}),
    ('ecp-19', 'en',
     'Compared with the CT of 03/2024, a dual-chamber pacemaker has been placed in the interval, '
     'with leads in the right atrium and right ventricle. The heart is enlarged, stable. The '
     'small pericardial effusion has resolved. Bilateral pleural effusions have resolved. '
     'Scattered calcified plaque in the aortic arch and the proximal great vessels is unchanged. '
     'No coronary artery calcification. No consolidation.',
     {MM, CM, AWC}),
    ('ecp-20', 'en',
     'Compared with the CT of 03/2024, the ground-glass nodule in the left upper lobe has '
     'resolved, in keeping with a transient inflammatory focus. The solid 5 mm right lower lobe '
     'nodule is stable. Subsegmental atelectasis at both bases has improved, although some '
     'remains at the left base. No emphysema. No bronchial wall thickening. No pleural effusion.',
     {NOD, ATL}),
    ('ecp-21', 'en',
     'Compared with the CT dated 03/2024; the pleural effusion on the left has increased, with a '
     'thickness of 35 mm. Compressive atelectasis is observed in the adjacent lung parenchyma. '
     'The pleural effusion on the right that was seen in the previous examination is no longer '
     'observed. Pericardial effusion with a thickness of 12 mm, which was not present in the '
     'previous examination, is observed. Heart size is increased. No pathologically enlarged '
     'lymph nodes were detected.',
     {PE, ATL, PCE, CM}),
    ('ecp-22', 'en',
     'Compared with the CT of 03/2024, interval resolution of the right lower lobe consolidation '
     'and the associated parapneumonic effusion. The right pigtail pleural catheter has been '
     'removed. Mild bronchiectasis and bronchial wall thickening in the right lower lobe persist. '
     'No pulmonary nodule. The heart is normal in size. No lymphadenopathy.',
     {BRX, PBT}),
    ('ecp-23', 'en',
     'CT thorax, compared with 03/2024. The mediastinal and hilar lymphadenopathy has slightly '
     'decreased but the nodes remain enlarged, the subcarinal node measuring 18 mm (previously 22 '
     'mm). The perilymphatic nodules along the fissures are less numerous but still present. '
     'Fibrotic changes in the upper lobes have worsened, with new traction bronchiectasis. No '
     'pleural effusion. No consolidation.',
     {LN, NOD, FIB, BRX}),
    ('ecp-24', 'en',
     'Compared to the examination dated 03/2024, the stent in the left main bronchus is observed '
     'in its place. The post-obstructive atelectasis in the left lung lower lobe has decreased; a '
     'small area of atelectasis persists. The left pleural effusion has disappeared. '
     'Calcification is observed in the coronary arteries. Hiatal hernia was not observed. Lymph '
     'nodes are not in pathological size.',
     {MM, ATL, CAC}),
    ('ecp-25', 'en',
     'Compared with the CT of 03/2024, the previously noted air-space consolidation in the '
     'lingula has resolved. Stable centrilobular and paraseptal emphysema, with a new 2.5 cm '
     'apical bulla. Diffuse bronchial wall thickening, stable. Moderate atherosclerotic '
     'calcification of the thoracic aorta. No pleural effusion. No pulmonary nodules.',
     {EMP, PBT, AWC}),
    ('ecp-26', 'en',
     'Comparison: CT 03/2024. There is interval worsening of the bilateral ground-glass '
     'opacification with new smooth interlobular septal thickening, giving a crazy-paving '
     'appearance. Small bilateral pleural effusions are new. The Hickman line has been removed. '
     'No cardiomegaly. No lymphadenopathy. No consolidation.',
     {OPA, IST, PE}),
    ('ecp-27', 'en',
     'When compared to the CT dated 03/2024, the nodule in the right lung middle lobe has '
     'increased in size, now 11 mm (previously 7 mm). Bilateral hilar and mediastinal lymph nodes '
     'are of normal size, as before. Emphysema in both upper lobes is stable. Calcification is '
     'observed in the thoracic aorta. Hiatal hernia was not detected. Pleural effusion was not '
     'detected.',
     {NOD, EMP, AWC}),
    ('ecp-28', 'en',
     'Compared with the CT of 03/2024, the left pneumothorax has resolved and the left chest tube '
     'has been removed. Subcutaneous emphysema along the left chest wall has decreased but '
     'persists. Mild bibasilar atelectasis, unchanged. No pulmonary emphysema. Stable small '
     'hiatal hernia. No pleural effusion. No consolidation.',
     {ATL, HH}),
    ('ecp-29', 'en',
     'Compared with CT of 03/2024. The previous bilateral lower lobe consolidation has resolved; '
     'there is persistent patchy ground-glass change in the right lower lobe. The right-sided '
     'pleural effusion has resolved, while a small left effusion persists. The previously '
     'enlarged right paratracheal node has returned to normal size. No pericardial effusion. No '
     'bronchiectasis.',
     {OPA, PE}),
    ('ecp-30', 'en',
     'Compared with the previous thorax CT dated 03/2024; the tracheostomy cannula is observed in '
     'its place. The nasogastric tube seen previously has been removed. Consolidation areas with '
     'air bronchograms in the posterobasal segments of both lower lobes have increased. Bilateral '
     'minimal pleural effusion is observed, which was not present previously. Heart size is '
     'normal. No pericardial effusion. Mediastinal lymph nodes are not in pathological size.',
     {MM, CON, PE}),
    ('ecp-31', 'en',
     'Compared with the CT of 03/2024, mosaic attenuation with expiratory air trapping is again '
     'seen, slightly improved. Bronchiectasis in both lower lobes is unchanged. Bronchial wall '
     'thickening has decreased and is now mild. No consolidation. No pleural effusion. No '
     'pulmonary nodules. No lymphadenopathy.',
     {MOS, BRX, PBT}),
    ('ecp-32', 'en',
     'Follow-up CT, compared with 03/2024. The previously seen pericardial effusion is no longer '
     'visualised. The heart, previously enlarged, is now normal in size. The bilateral pleural '
     'effusions have cleared. The interlobular septal thickening has resolved. There is a '
     'residual band of subpleural scarring in the right lower lobe, unchanged. Coronary artery '
     'calcification is stable.',
     {FIB, CAC}),
    ('ecp-33', 'en',
     'Comparison with the CT dated 03/2024 was made. Ground glass densities in the upper lobe of '
     'the left lung have increased. New consolidation is seen in the lingula. Emphysematous '
     'changes are observed in both lungs, similar to the previous examination. The atelectasis '
     'observed in the previous study in the right lower lobe has disappeared. Mediastinal lymph '
     'nodes in pathological size were not observed. Pleural effusion is not seen. Heart size is '
     'normal.',
     {OPA, CON, EMP}),
    ('ecp-34', 'en',
     'Compared with the CT of 03/2024, the spiculated right upper lobe nodule is now 19 mm, '
     'previously 16 mm, consistent with worsening. Mediastinal adenopathy is new, with a 15 mm '
     'lower right paratracheal node. Aortic and coronary artery calcifications are unchanged. No '
     'pleural effusion. No atelectasis.',
     {NOD, LN, AWC, CAC}),
    ('ecp-35', 'en',
     'Compared with the CT of 03/2024, the right middle lobe collapse has re-expanded and there '
     'is no residual atelectasis. The endobronchial stent in the bronchus intermedius remains in '
     'satisfactory position. The previously described right hilar lymphadenopathy has regressed, '
     'and the nodes now measure under 1 cm and are not enlarged. A small right pleural effusion '
     'is still present but smaller. No consolidation.',
     {MM, PE}),
    ('ecp-36', 'en',
     'Compared to the previous examination dated 03/2024, reticulation and interlobular septal '
     'thickening in the subpleural areas of both lungs have progressed. Traction bronchiectasis '
     'is observed. Honeycomb appearance in the lower lobes is new. No pleural effusion. No '
     'pathological lymph node. Heart size is normal. Hiatal hernia is not seen.',
     {FIB, IST, BRX}),
    ('ecp-37', 'en',
     'Compared with the CT of 03/2024, the previously seen 5 mm left upper lobe nodule is not '
     'seen on the current study. Stable mild cardiomegaly. Trace pericardial effusion, unchanged. '
     'The small bilateral pleural effusions have resolved. No consolidation or ground-glass '
     'opacity.',
     {CM, PCE}),
    ('ecp-38', 'en',
     'Compared with the CT of 03/2024, the consolidation in the right lower lobe has progressed '
     'and is now associated with a new moderate right pleural effusion. The left basal '
     'atelectasis has resolved. Emphysema is again demonstrated. The PICC line has been removed; '
     'a right internal jugular line is now present.',
     {CON, PE, EMP, MM}),
    ('ecp-39', 'en',
     'Compared with the CT dated 03/2024, a few millimetric nodules are observed in both lungs, '
     'unchanged. Mild peribronchial thickening is observed, decreased compared to the previous '
     'examination. The pleural effusion on the left side, which was observed in the previous '
     'examination, has regressed completely. Calcific plaques are seen in the coronary arteries. '
     'No hiatal hernia.',
     {NOD, PBT, CAC}),
    ('ecp-40', 'en',
     'Compared with the CT of 03/2024, interval removal of the left chest tube. Interval '
     'resolution of the left pneumothorax and left pleural effusion. Residual subsegmental '
     'atelectasis in the left lower lobe. Surgical staples from the left upper lobe wedge '
     'resection are present. No pulmonary nodules. No lymphadenopathy.',
     {ATL, MM}),
    ('ecp-41', 'en',
     'Compared with the CT of 03/2024, the cavitating consolidation in the right upper lobe has '
     'improved but remains. The centrilobular nodules in the right upper lobe have resolved. '
     'Bronchiectasis in the right upper lobe is new. The small right effusion has cleared. The '
     'mediastinal nodes are not enlarged.',
     {CON, BRX}),
    ('ecp-42', 'en',
     'Compared with the CT dated 03/2024; the cardiothoracic ratio has increased. Pericardial '
     'thickening is observed, unchanged. Bilateral pleural effusion has increased, with passive '
     'atelectasis in both lower lobes. No infiltration or nodule was detected. Mediastinal lymph '
     'nodes are not in pathological size.',
     {CM, PCE, PE, ATL}),
    ('ecp-43', 'en',
     'Compared with the CT of 03/2024: the hiatal hernia has increased in size, now moderate. '
     'Patchy consolidation in the left lower lobe is new, possibly aspiration. The previously '
     'seen right lower lobe ground-glass opacity has resolved. Aortic atherosclerotic '
     'calcification, stable. No pleural effusion. No lymphadenopathy.',
     {HH, CON, AWC}),
    ('ecp-44', 'en',
     'Compared with the CT of 03/2024, the previously seen right paratracheal and subcarinal '
     'lymphadenopathy has resolved. The right upper lobe nodule has decreased in size, now 6 mm, '
     'previously 10 mm. Mild emphysema, unchanged. The right port-a-cath has been removed. No '
     'pleural or pericardial effusion.',
     {NOD, EMP}),
    ('ecp-45', 'en',
     'Compared to the CT dated 03/2024, a mosaic attenuation pattern is observed in both lungs, '
     'which is new. Ground glass opacities in the lower lobes persist. Sternotomy wires are '
     'observed. A prosthetic mitral valve is present. Heart size is normal. The pleural effusion '
     'previously observed on the right is no longer visualized. No consolidation.',
     {MOS, OPA, MM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("ecp-03", LN): "a 'which' clause inside the subject ('the nodes, the largest of which was 22 mm, are no longer observed') starts a clause, so the main predicate does not reach back to the nodes",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
