"""Probe: chest CT reports written in structured-reporting / checklist templates as hospital RIS
systems emit them -- checkbox marks (☑ ☐ ■ □ ✓ ✔ [x] [ ] (x) ( ) ● ○), 「有・無」 forms with one
choice marked, yes/no columns, key: value lines (なし/あり/軽度/(+)/(-)/none/present/N/A/not
assessed), tab- and │-separated tables, organ sections with a heading followed by free text, and a
free-text impression at the end, sometimes restating a template line. The reports were written for
this file without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present
or hedged, 0 when denied, resolved, or not mentioned (an unmarked checkbox is not a finding)."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("ckl-01", "ja", """【胸部CT 構造化レポート】
検査目的：慢性咳嗽の精査
■肺野
　肺気腫：☑あり（小葉中心性、両上葉優位）　☐なし
　結節：☐あり　☑なし
　すりガラス影：☐あり　☑なし
　浸潤影：☐あり　☑なし
■縦隔
　リンパ節腫大：☐あり　☑なし
■胸膜
　胸水：☐あり　☑なし
■心大血管
　心拡大：☐あり　☑なし
　冠動脈石灰化：☑あり（前下行枝）　☐なし
　大動脈石灰化：☑あり　☐なし
【所見】両上葉優位に小葉中心性肺気腫を認めます。冠動脈前下行枝および胸部大動脈に石灰化を認めます。""",
     {EMP, CAC, AWC}),

    ("ckl-02", "ja", """胸部単純CT　所見チェックリスト
肺気腫：有・(無)
肺結節：(有)・無　→　右S6に8mm大の充実性結節
気管支拡張：有・(無)
無気肺：(有)・無　→　左下葉に板状無気肺
胸水：有・(無)
心嚢液：有・(無)
縦隔リンパ節腫大：有・(無)
食道裂孔ヘルニア：(有)・無　→　小さな滑脱型
コメント：右S6の8mm結節は3か月後のCTで経過観察をお勧めします。左下葉の板状無気肺は臨床的意義に乏しいと考えます。""",
     {NOD, ATL, HH}),

    ("ckl-03", "ja", """胸部CT（単純）　病棟依頼：呼吸困難
胸水　　□なし　■あり(少量、右)
心嚢水　■なし　□あり
無気肺　□なし　■あり(右下葉、受動性)
浸潤影　■なし　□あり
結節　　■なし　□あり
肺気腫　■なし　□あり
心拡大　□なし　■あり(軽度)
【診断】右少量胸水とそれに伴う右下葉の受動性無気肺。軽度の心拡大を認めます。""",
     {PE, ATL, CM}),

    ("ckl-04", "en", """CHEST CT - STRUCTURED REPORT
Indication: 62-year-old smoker, dyspnoea on exertion.
LUNGS
  Emphysema: [ ] none  [x] mild  [ ] moderate  [ ] severe
  Nodules: [x] none  [ ] present
  Consolidation: [x] none  [ ] present
  Ground-glass opacity: [x] none  [ ] present
  Bronchial wall thickening: [ ] none  [x] present
PLEURA
  Pleural effusion: [x] none  [ ] small  [ ] moderate  [ ] large
MEDIASTINUM
  Lymph nodes: [x] normal size  [ ] enlarged
HEART
  Heart size: [x] normal  [ ] enlarged
  Pericardial effusion: [x] absent  [ ] present
  Coronary calcification: [x] none  [ ] mild  [ ] moderate  [ ] severe
IMPRESSION: Mild emphysema and diffuse bronchial wall thickening, in keeping with smoking-related airway disease. No pulmonary nodule.""",
     {EMP, PBT}),

    ("ckl-05", "en", """Indication: Follow-up of known right upper lobe nodule.
Comparison: CT from 12 months ago.
Lungs:
  Nodules: present - 6 mm solid nodule in the right upper lobe, unchanged in size.
  Emphysema: absent
  Bronchiectasis: none
  Fibrosis: none
Pleura:
  Effusion: none
  Thickening: none
Mediastinum:
  Lymph nodes: not enlarged
Heart and vessels:
  Heart size: normal
  Pericardium: normal, no effusion
  Coronary calcification: present (mild, LAD and RCA)
  Aorta: normal calibre; atherosclerotic calcification of the arch present
Upper abdomen: not assessed
Impression: Stable 6 mm solid right upper lobe nodule, 12-month stability. Coronary and aortic calcification.""",
     {NOD, CAC, AWC}),

    ("ckl-06", "ja", """胸部CT　所見一覧
項目　　　　　│ 判定　　│ 備考
肺結節　　　　│ あり　　│ 左S1+2、充実性、12mm、辺縁やや不整
すりガラス影　│ なし　　│
浸潤影　　　　│ なし　　│
肺気腫　　　　│ あり　　│ 傍隔壁型、両上葉
胸水　　　　　│ なし　　│
リンパ節腫大　│ なし　　│
心嚢液　　　　│ なし　　│
大動脈石灰化　│ あり　　│ 弓部に散在
【総括】左S1+2の12mm充実性結節は原発性肺癌を否定できず、造影CTまたはPET-CTでの精査を推奨します。傍隔壁型肺気腫を背景に認めます。""",
     {NOD, EMP, AWC}),

    ("ckl-07", "ja", """胸部HRCT
依頼：間質性肺炎の評価
肺野：
　consolidation (-)
　GGO (+) 両下葉胸膜直下優位
　網状影 (+)
　蜂巣肺 (-)
　牽引性気管支拡張 (+)
　小葉間隔壁肥厚 (+)
胸膜：胸水 (-)
縦隔：リンパ節腫大 (-)
心臓：心拡大 (-)、心嚢液 (-)
診断：両下葉優位の網状影、すりガラス影、牽引性気管支拡張。NSIPパターンの間質性肺炎を疑います。蜂巣肺は認めません。""",
     {OPA, FIB, BRX, IST}),

    ("ckl-08", "en", """CT CHEST WITH CONTRAST - FINDINGS TABLE
Finding\tPresent\tComment
Pleural effusion\tYes\tModerate, left
Atelectasis\tYes\tCompressive, left lower lobe
Consolidation\tNo\t
Pulmonary nodule\tNo\t
Lymphadenopathy\tYes\tSubcarinal node, 18 mm short axis
Pericardial effusion\tNo\t
Cardiomegaly\tNo\t
Lines/tubes\tYes\tRight arm PICC, tip in the SVC
IMPRESSION: Moderate left pleural effusion with compressive atelectasis of the left lower lobe. Enlarged subcarinal lymph node; a malignant process cannot be excluded.""",
     {PE, ATL, LN, MM}),

    ("ckl-09", "ja", """胸部CT　術前スクリーニング
肺野：✓所見なし
気道：✓気管支壁肥厚なし　✓気管支拡張なし
胸膜：✓胸水なし　✓胸膜肥厚なし
縦隔・肺門：✓リンパ節腫大なし
心・大血管：✓心拡大なし　✓心嚢液なし　✓大動脈壁石灰化あり（軽度）
骨軟部：✓胸椎に軽度の変形性変化
上腹部：✓胆嚢摘出術後、胆嚢床に手術クリップあり
【印象】肺野に明らかな異常を認めません。軽度の大動脈壁石灰化があります。""",
     {AWC, MM}),

    ("ckl-10", "en", """CT CHEST (non-contrast) - heart failure template
Pleural effusion: ( ) absent  (x) present - trace, bilateral
Pericardial effusion: (x) absent  ( ) present
Cardiomegaly: ( ) absent  (x) present
Interlobular septal thickening: ( ) absent  (x) present
Ground-glass opacity: ( ) absent  (x) present - perihilar
Consolidation: (x) absent  ( ) present
Nodules: (x) absent  ( ) present
Lymph nodes: (x) not enlarged  ( ) enlarged
Impression: Cardiomegaly with trace bilateral pleural effusions, smooth interlobular septal thickening and perihilar ground-glass opacity, consistent with interstitial pulmonary oedema.""",
     {PE, CM, IST, OPA}),

    ("ckl-11", "ja", """胸部CT（救急外来）　発熱・湿性咳嗽
肺野
　結節影　　　　○有　●無
　浸潤影　　　　●有　○無　（右下葉、気管支透亮像を伴う）
　すりガラス影　●有　○無　（浸潤影の周囲）
　気管支壁肥厚　●有　○無
胸膜
　胸水　　　　　●有　○無　（右、少量）
縦隔
　リンパ節腫大　○有　●無
心
　心拡大　　　　○有　●無
所見：右下葉に気管支透亮像を伴う浸潤影と、その周囲のすりガラス影を認め、細菌性肺炎を疑います。右に少量の胸水があります。""",
     {CON, OPA, PBT, PE}),

    ("ckl-12", "en", """CT THORAX
LUNGS AND AIRWAYS: Paraseptal and centrilobular emphysema in both upper lobes. Linear atelectasis in the lingula. No suspicious pulmonary nodule. No consolidation.
PLEURA: No effusion or pneumothorax.
MEDIASTINUM/HILA: No lymphadenopathy. Small sliding hiatal hernia.
HEART AND GREAT VESSELS: Heart is normal in size. No pericardial effusion. Dense calcification of the LAD and circumflex arteries. Calcified plaque in the aortic arch.
BONES/SOFT TISSUES: Degenerative spondylosis. No lytic or sclerotic lesion.
IMPRESSION:
1. Emphysema.
2. Coronary artery calcification.
3. Small hiatal hernia.""",
     {EMP, ATL, HH, CAC, AWC}),

    ("ckl-13", "ja", """胸部CT（造影）
＜肺野＞　無気肺：あり
　両側下葉背側に軽度の荷重部無気肺を認めます。
　結節：なし
＜胸膜＞　胸水：あり（両側、少量）
　両側に少量の胸水貯留を認めます。
＜縦隔＞　リンパ節腫大：あり
　気管前および右肺門リンパ節が腫大しています（短径15mm）。
＜心大血管＞　心嚢液：なし　心拡大：なし
＜デバイス＞　右内頸静脈CVカテーテル：先端は上大静脈内。
診断：両側少量胸水と荷重部無気肺。縦隔・肺門リンパ節腫大があり、悪性リンパ腫などを鑑別に挙げます。""",
     {ATL, PE, LN, MM}),

    ("ckl-14", "en", """Indication: Follow-up after coronary artery bypass grafting.
Devices:
  Sternotomy wires: present, intact
  Pacemaker: N/A
  Central line: N/A
Heart:
  Size: enlarged
  Pericardial effusion: none
  Coronary calcification: extensive in the native vessels
  Surgical clips along the course of the LIMA graft
Aorta: calcified atheroma in the descending thoracic aorta.
Lungs:
  Nodules: none
  Atelectasis: mild bibasilar subsegmental
  Emphysema: none
Pleura:
  Effusion: none
  Thickening: mild, left apical
Impression: Post-CABG changes with intact sternotomy wires. Cardiomegaly. Extensive native coronary artery calcification.""",
     {MM, CM, CAC, AWC, ATL}),

    ("ckl-15", "ja", """胸部HRCT　所見票
━━ 肺 ━━
肺気腫　　　　なし[x]　あり[ ]
間質影　　　　なし[ ]　あり[x]　→　両下葉胸膜下優位の網状影、蜂巣肺
気管支拡張　　なし[ ]　あり[x]　→　牽引性
すりガラス影　なし[x]　あり[ ]
結節　　　　　なし[x]　あり[ ]
━━ 胸膜 ━━
胸水　　　　　なし[x]　あり[ ]
━━ 縦隔 ━━
リンパ節腫大　なし[ ]　あり[x]　→　気管分岐下に軽度腫大（反応性と思われる）
━━ 心大血管 ━━
冠動脈石灰化　なし[ ]　あり[x]
【印象】両下葉胸膜下優位の蜂巣肺と牽引性気管支拡張を伴うUIPパターン。特発性肺線維症を疑います。""",
     {FIB, BRX, LN, CAC}),

    ("ckl-16", "en", """CHEST CT - occupational screening
☑ Nodule(s): two calcified granulomas in the right lower lobe, benign
☐ Mass
☐ Consolidation
☐ Ground-glass opacity
☑ Fibrotic bands: left apex, post-inflammatory
☐ Emphysema
☐ Pleural effusion
☑ Pleural thickening/plaques: calcified pleural plaques bilaterally along the diaphragm
☐ Lymphadenopathy
☐ Cardiomegaly
Impression: Bilateral calcified pleural plaques compatible with prior asbestos exposure. Benign calcified granulomas. Left apical scarring. No pleural effusion.""",
     {NOD, FIB}),

    ("ckl-17", "ja", """胸部CT　経過観察
比較：2か月前のCT
肺炎（浸潤影）：消失
胸水：消失
無気肺：残存（右中葉、線状）
結節：なし
リンパ節：腫大なし（前回腫大していた縦隔リンパ節は縮小し、正常大）
胸腔ドレーン：抜去済み
瘢痕：右下葉に索状影（炎症後の瘢痕と考えます）
総括：右下葉肺炎および右胸水は消失しました。右中葉の線状無気肺と右下葉の瘢痕性変化が残存しています。""",
     {ATL, FIB}),

    ("ckl-18", "en", """CT CHEST - FOLLOW-UP
Comparison: CT 6 weeks prior.
Consolidation: resolved.
Pleural effusion: resolved.
Chest tube: removed.
Ground-glass opacity: faint residual ground-glass opacity in the right lower lobe.
Nodules: none.
Lymph nodes: the previously enlarged right hilar node is now normal in size.
Bronchiectasis: mild cylindrical bronchiectasis in the right lower lobe, unchanged.
Impression: Interval resolution of the right lower lobe pneumonia and the right effusion, with minimal residual ground-glass opacity. Stable mild bronchiectasis.""",
     {OPA, BRX}),

    ("ckl-19", "ja", """胸部CT（吸気・呼気）
肺気腫：中等度（小葉中心性、上葉優位）
気管支壁肥厚：軽度
モザイクパターン：あり（呼気像でair trappingを確認）
結節：なし
浸潤影：なし
胸水：なし
心拡大：なし
大動脈壁石灰化：軽度
冠動脈石灰化：なし
印象：中等度の小葉中心性肺気腫。気管支壁肥厚と呼気時のair trappingがあり、末梢気道病変の合併を疑います。""",
     {EMP, PBT, MOS, AWC}),

    ("ckl-20", "en", """HRCT CHEST WITH EXPIRATORY IMAGES
Lungs:
- Mosaic attenuation: present, both lungs, accentuated on expiratory images (air trapping)
- Bronchiectasis: present, cylindrical, lower lobes
- Bronchial wall thickening: present
- Nodules: absent
- Consolidation: absent
- Emphysema: absent
Pleura: normal; no effusion.
Mediastinum: no enlarged lymph nodes.
Heart: normal size; no pericardial effusion.
Impression: Mosaic attenuation with expiratory air trapping, lower-lobe bronchiectasis and bronchial wall thickening, suggesting small airways disease such as constrictive bronchiolitis.""",
     {MOS, BRX, PBT}),

    ("ckl-21", "ja", """胸部造影CT
心大血管
　心拡大　　　☑あり　☐なし
　心嚢液　　　☑あり（中等量）　☐なし
　冠動脈石灰化　☐あり　☑なし
　大動脈石灰化　☐あり　☑なし
肺野
　小葉間隔壁肥厚　☐あり　☑なし
　すりガラス影　☐あり　☑なし
　無気肺　☑あり（左下葉、拡大した心臓による圧排性）　☐なし
胸膜
　胸水　☐あり　☑なし
まとめ：心拡大と中等量の心嚢液貯留を認めます。左下葉に圧排性無気肺があります。肺うっ血の所見はありません。""",
     {CM, PCE, ATL}),

    ("ckl-22", "en", """CT CHEST
Devices:
  [x] Pacemaker/ICD - dual-chamber pacemaker, leads in the right atrium and right ventricle
  [ ] Central venous catheter
  [ ] Endotracheal tube
Heart: Cardiomegaly: yes. Pericardial effusion: no.
Lungs: Interlobular septal thickening: no. Consolidation: no. Nodules: no.
Pleura: Pleural effusion: yes, small, right.
Findings: A dual-chamber pacemaker is in place with leads terminating in the right atrium and right ventricle. The heart is enlarged. There is a small right pleural effusion. No features of pulmonary oedema.""",
     {MM, CM, PE}),

    ("ckl-23", "ja", """【肺癌病期診断テンプレート】
原発巣：右上葉S3、径22mmの充実性結節（スピキュラあり）、原発性肺癌を疑う
胸膜陥入：あり
胸水：なし
肺内転移：なし
肺門リンパ節（#10-11）：腫大あり（右#11s、短径12mm）
縦隔リンパ節（#1-9）：腫大なし
遠隔転移（副腎・肝）：なし
背景肺：軽度の肺気腫
臨床病期：cT1cN1M0 疑い""",
     {NOD, LN, EMP}),

    ("ckl-24", "en", """CT CHEST - POST-LOBECTOMY SURVEILLANCE
History: Status post right upper lobectomy for adenocarcinoma, 2 years ago.
Staple line: intact; no nodularity along the suture line.
Local recurrence: none.
New pulmonary nodules: none.
Lymph nodes: no enlarged hilar or mediastinal nodes.
Pleura: small loculated right apical pleural effusion, unchanged, with adjacent pleural thickening.
Lungs: postoperative fibrotic changes adjacent to the staple line. Emphysema: none.
Impression: No evidence of recurrence. Stable postoperative changes including a small loculated right pleural effusion.""",
     {MM, PE, FIB}),

    ("ckl-25", "ja", """胸部CT（ICU）
肺野：両側びまん性すりガラス影（+）、浸潤影（+）両下葉背側
気管内チューブ：あり（先端は気管分岐部の3cm頭側）
経鼻胃管：あり（先端は胃内）
胸水：両側少量（+）
縦隔気腫：あり
肺気腫：なし
心嚢液：（-）
リンパ節：評価困難
総括：両側びまん性すりガラス影と背側優位の浸潤影があり、ARDSを疑います。縦隔気腫を認め、人工呼吸に伴う圧損傷の可能性があります。""",
     {OPA, CON, MM, PE}),

    ("ckl-26", "en", """CT CHEST - TRAUMA TEMPLATE
Pneumothorax: small, left apical.
Rib fractures: left 5th to 7th ribs, non-displaced.
Subcutaneous emphysema: present, left lateral chest wall.
Pulmonary contusion: ground-glass and consolidative opacity in the left lower lobe.
Hemothorax / pleural effusion: none.
Pulmonary emphysema: none.
Chest tube: [x] left, tip at the apex.
Pneumomediastinum: none.
Mediastinal hematoma: none.
Impression: Left lower lobe pulmonary contusion, left rib fractures and a small residual pneumothorax with a left chest tube in place.""",
     {OPA, CON, MM}),

    ("ckl-27", "ja", """人間ドック　胸部CT判定票
□異常なし　■所見あり
肺結節　　　　■あり（左S8、4mm微小結節、経過観察）　□なし
肺気腫　　　　□あり　■なし
陳旧性病変　　■あり（右肺尖部の瘢痕）　□なし
気管支拡張　　□あり　■なし
胸水　　　　　□あり　■なし
縦隔腫瘤　　　□あり　■なし
冠動脈石灰化　■あり（軽度）　□なし
判定：C（12か月後に再検査）""",
     {NOD, FIB, CAC}),

    ("ckl-28", "en", """LUNG CANCER SCREENING LOW-DOSE CT
Lung-RADS category: 2
Nodules:
  1. Right lower lobe, 5 mm solid, smooth margins, benign appearance.
Emphysema: [ ] none  [ ] trace  [x] mild  [ ] moderate  [ ] severe
Coronary artery calcification: [ ] none  [ ] mild  [x] moderate  [ ] severe
Other significant findings (S): none
Pleural effusion: no.  Lymphadenopathy: no.  Consolidation: no.
Impression: Lung-RADS 2, annual screening recommended. Mild emphysema. Moderate coronary artery calcification.""",
     {NOD, EMP, CAC}),

    ("ckl-29", "ja", """胸部CT
[肺野] 異常影：なし。結節：なし。
[気道] 気管支壁肥厚：なし。
[胸膜] 胸水：なし。胸膜肥厚：なし。
[縦隔] リンパ節：有意な腫大なし。食道裂孔ヘルニア：あり（中等度）。
[心大血管] 心拡大：なし。大動脈：壁石灰化あり。冠動脈：石灰化なし。
[骨軟部] Th10-L1後方固定術後でスクリューとロッドが留置されています。骨転移を疑う所見はありません。
印象：中等度の食道裂孔ヘルニア。胸腰椎後方固定術後。""",
     {HH, AWC, MM}),

    ("ckl-30", "en", """CT CHEST WITH CONTRAST
Lungs: clear. Nodules: none. Emphysema: none.
Atelectasis: minimal dependent subsegmental atelectasis in both lower lobes.
Airways: patent; no bronchiectasis or bronchial wall thickening.
Pleura: no effusion.
Mediastinum: no lymphadenopathy. Thyroid: 12 mm nodule in the right thyroid lobe.
Heart: normal size; no pericardial effusion. Coronary calcium: not assessed (non-gated study).
Aorta: normal calibre, no calcification.
Devices: right chest wall port, catheter tip at the cavoatrial junction.
Upper abdomen: 2 cm left adrenal nodule, likely adenoma.
Impression: Minimal dependent atelectasis. Incidental right thyroid nodule and left adrenal nodule. Otherwise unremarkable.""",
     {ATL, MM}),

    ("ckl-31", "ja", """COVID-19肺炎　評価テンプレート
すりガラス影：あり（両側、末梢優位、多発）
浸潤影：あり（右下葉の一部）
小葉間隔壁肥厚：あり（すりガラス影内、crazy-paving）
胸水：なし
リンパ節腫大：なし
結節：なし
空洞：なし
判定：典型的（COVID-19肺炎として典型的な所見）
コメント：両側末梢優位の多発すりガラス影と一部の浸潤影を認め、COVID-19肺炎に典型的です。""",
     {OPA, CON, IST}),

    ("ckl-32", "en", """CT CHEST - COVID-19 REPORTING TEMPLATE
RSNA category: Indeterminate
Ground-glass opacity: Yes - unilateral, peribronchovascular, right upper lobe.
Consolidation: No.
Reverse halo sign: No.
Septal thickening: No.
Pleural effusion: Yes - small, left.
Lymphadenopathy: Yes - mildly enlarged right paratracheal node, 11 mm short axis.
Tree-in-bud / nodules: No.
Impression: Indeterminate appearance for COVID-19 pneumonia; other infection should be considered.""",
     {OPA, PE, LN}),

    ("ckl-33", "ja", """胸部CT　所見記入票
肺門・縦隔リンパ節腫大　【有】・無　（両側肺門、気管分岐下）
肺結節　　　　　　　　　【有】・無　（気管支血管束に沿う小結節が多発）
小葉間隔壁肥厚　　　　　【有】・無　（上葉優位、数珠状）
胸水　　　　　　　　　　有・【無】
肺気腫　　　　　　　　　有・【無】
線維化　　　　　　　　　有・【無】
心拡大　　　　　　　　　有・【無】
コメント：両側肺門・縦隔リンパ節腫大と、リンパ路に沿う分布の多発小結節を認め、サルコイドーシスを疑います。""",
     {LN, NOD, IST}),

    ("ckl-34", "en", """CT CHEST - CHECKLIST (✔ = present, blank = absent)
Cardiomegaly .............. ✔
Pericardial effusion ......
Coronary calcification .... ✔
Aortic calcification ...... ✔
Pleural effusion .......... ✔ (bilateral, small)
Hiatal hernia .............
Lymphadenopathy ...........
Pulmonary nodules .........
Free text: The heart is enlarged, with small bilateral pleural effusions. Extensive three-vessel coronary artery calcification and calcification of the thoracic aorta. No pericardial effusion.""",
     {CM, CAC, AWC, PE}),

    ("ckl-35", "ja", """胸部CT
■心大血管：大動脈弁置換術後（機械弁）で、胸骨ワイヤーを認めます。心拡大あり。心嚢液なし。上行大動脈の拡張はなく、弓部に壁石灰化を認めます。
■肺野：両下葉に軽度の小葉間隔壁肥厚とすりガラス影があり、軽度の肺うっ血を疑います。結節なし。
■胸膜：胸水なし。
■縦隔：リンパ節腫大なし。
■骨軟部：特記すべき所見なし。
【印象】AVR術後。心拡大と軽度の肺うっ血疑い。""",
     {MM, CM, AWC, IST, OPA}),

    ("ckl-36", "en", """CT CHEST - SUMMARY TABLE
Region      │ Finding          │ Status
Lungs       │ Consolidation    │ present (left lower lobe, with air bronchograms)
Lungs       │ Nodule           │ absent
Lungs       │ Emphysema        │ absent
Lungs       │ Bronchiectasis   │ absent
Airways     │ Wall thickening  │ absent
Pleura      │ Effusion         │ present, small parapneumonic, left
Mediastinum │ Lymph nodes      │ reactive, not enlarged
Heart       │ Size             │ normal
Devices     │ Nasogastric tube │ present, tip in the stomach
Impression: Left lower lobe pneumonia with a small parapneumonic effusion.""",
     {CON, PE, MM}),

    ("ckl-37", "ja", """間質性肺炎　経過観察テンプレート
比較：6か月前
網状影：中等度（前回と同程度）
蜂巣肺：あり（両下葉胸膜下）
牽引性気管支拡張：あり
すりガラス影：軽度増加
浸潤影：なし
肺気腫：上葉に軽度あり
胸水：なし
縦隔リンパ節：軽度腫大（短径11mm、前回と同様）
総括：気腫合併肺線維症（CPFE）。すりガラス影が軽度増加しており、急性増悪の初期の可能性は否定できません。""",
     {FIB, BRX, OPA, EMP, LN}),

    ("ckl-38", "en", """HRCT CHEST - ASTHMA CLINIC
AIRWAYS:
  Bronchiectasis: yes - central, varicose, both upper lobes
  Mucoid impaction: yes - high-attenuation mucus
  Bronchial wall thickening: yes
PARENCHYMA:
  Mosaic attenuation: present
  Nodules: none
  Emphysema: none
  Consolidation: none
PLEURA: no effusion.
NODES: no lymphadenopathy.
Impression: Central bronchiectasis with high-attenuation mucus plugging and mosaic attenuation, highly suggestive of allergic bronchopulmonary aspergillosis.""",
     {BRX, PBT, MOS}),

    ("ckl-39", "ja", """胸部CT所見チェック
・肺気腫 (-)
・肺結節 (-)
・無気肺 (+)　中葉に線状
・胸膜プラーク (+)　両側、石灰化を伴う
・胸水 (-)
・縦隔リンパ節腫大 (-)
・大動脈石灰化 (+)
・冠動脈石灰化 (+)
・食道裂孔ヘルニア (-)
所見：両側に石灰化胸膜プラークがあり、石綿曝露歴に合致します。中葉に線状無気肺を認めます。大動脈および冠動脈に石灰化があります。""",
     {ATL, AWC, CAC}),

    ("ckl-40", "en", """CT NECK/CHEST - LYMPHOMA STAGING
Supraclavicular nodes: enlarged left supraclavicular node, 2.1 cm.
Axillary nodes: bilateral enlarged nodes, up to 1.8 cm.
Mediastinal nodes: bulky anterior mediastinal nodal conglomerate, 7 cm.
Lungs: Nodules: none. Consolidation: none.
Pleura: small right pleural effusion.
Pericardium: small pericardial effusion.
Port: N/A.
Spleen (partially imaged): enlarged.
Impression: Extensive supraclavicular, axillary and mediastinal lymphadenopathy consistent with lymphoma. Small right pleural effusion and small pericardial effusion.""",
     {LN, PE, PCE}),

    ("ckl-41", "ja", """胸部CT
【肺野】
　・すりガラス影：右上葉に淡い限局性すりガラス影（炎症後変化を疑う）
　・結節：認めない
　・肺気腫：認めない
【気道】
　・気管支拡張：両下葉に軽度の円柱状気管支拡張
　・気管支壁肥厚：両下葉にあり
【胸膜】
　・胸水：認めない
【縦隔・肺門】
　・リンパ節：腫大なし
【心・大血管】
　・心嚢液：少量あり
　・心拡大：なし
【印象】右上葉の限局性すりガラス影。両下葉の気管支拡張と気管支壁肥厚。少量の心嚢液。""",
     {OPA, BRX, PBT, PCE}),

    ("ckl-42", "en", """CT CHEST
Lungs  ■ abnormal  □ normal
  ■ Atelectasis: plate-like, right middle lobe
  □ Consolidation
  ■ Fibrosis: mild subpleural reticulation, lower lobes
  □ Honeycombing
  ■ Interlobular septal thickening, lower lobes
Pleura  □ abnormal  ■ normal
Mediastinum  ■ abnormal  □ normal
  ■ Hiatal hernia: large, with intrathoracic stomach
  □ Lymphadenopathy
Heart  □ abnormal  ■ normal
Impression: Large hiatal hernia. Mild subpleural reticulation and septal thickening in the lower lobes, possibly early interstitial lung disease or related to chronic aspiration.""",
     {ATL, FIB, IST, HH}),

    ("ckl-43", "ja", """胸部CT（循環器内科依頼）
心大血管：
　✔冠動脈ステント（前下行枝近位部）
　✔心拡大なし
　✔心嚢液なし
　✔大動脈壁石灰化あり
肺：
　✔肺気腫あり（軽度）
　✔結節なし
　✔すりガラス影なし
胸膜：✔胸水なし
縦隔：✔リンパ節腫大なし　✔食道裂孔ヘルニアなし
総括：前下行枝ステント留置後。軽度の肺気腫と大動脈壁石灰化を認めます。""",
     {MM, AWC, EMP}),

    ("ckl-44", "ja", """肺動脈血栓塞栓症　評価テンプレート
肺塞栓：■あり（右下葉区域枝）　□なし
右心負荷：□あり　■なし（RV/LV比 0.9）
肺梗塞：■疑い（右下葉末梢の楔状浸潤影）
胸水：■あり（右、少量）
無気肺：□
結節：□
リンパ節腫大：□
心嚢液：□
下肢静脈：評価範囲外
まとめ：右下葉区域枝の肺塞栓症。末梢の楔状浸潤影は肺梗塞の可能性があります。右少量胸水。""",
     {CON, PE}),

    ("ckl-45", "ja", """胸部CT　所見表
部位\t所見\t程度・部位
肺\t気管支拡張\t軽度（中葉・舌区）
肺\t小結節\t多発（2-4mm、中葉・舌区）
肺\t気管支壁肥厚\tあり
胸膜\t胸水\tなし
縦隔\tリンパ節\t腫大なし
心\t心拡大\tなし
印象：中葉・舌区の気管支拡張と多発小結節を認め、非結核性抗酸菌症を疑います。""",
     {BRX, NOD, PBT}),
]

OPEN: dict[tuple[str, str], str] = {
    # 「淡い限局性すりガラス影（炎症後変化を疑う）」: a post-inflammatory change is read as a
    # (hedged) sequela; the probe meant the opacity's cause only (convention unsettled)
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
