"""Probe: routine Japanese chest CT reports as written by radiologists at ordinary hospitals, in
polite (〜を認めます, 〜はありません) and plain / 体言止め styles (〜あり, 〜なし, 「右少量胸水。」),
covering the everyday CT-RATE findings in the words Japanese radiologists really use
(動脈硬化性変化, 大動脈壁の石灰化, 冠動脈石灰化 (LAD, RCA, LCX), 心拡大/心拡大傾向, 食道裂孔ヘルニア,
気腫性変化, 陳旧性炎症性変化, 索状影, 胸膜肥厚, 少量胸水, 板状無気肺, 結節, 縦隔リンパ節), mixing present,
denied (認めません, 指摘できません, 明らかではありません, 否定的です), hedged (疑います, 否定できません,
考えます), unchanged-from-prior (前回と著変なし) and resolved (消失) findings, with normal reports and
negative controls (胸膜肥厚 / 胸膜プラーク alone, 甲状腺・乳房・副腎の結節, 大動脈拡張, 弁の石灰化,
重力効果による背側濃度上昇, 薄壁嚢胞, 結節状胸膜肥厚). The reports were written for this file without
looking at the engine's lexicon or cue lists.
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
    ("jrf-01", "ja",
     ("胸部単純CT。前回（2022年5月）と比較しました。両肺野に明らかな結節や浸潤影は認めません。"
      "縦隔・肺門リンパ節の腫大は指摘できません。胸水、心嚢液貯留はありません。心拡大なし。"),
     set()),
    # 「胸部大動脈に動脈硬化性変化」: on CT this is read as atherosclerotic (calcified) aortic wall -> AWC.
    ("jrf-02", "ja",
     ("胸部大動脈に動脈硬化性変化を認めます。冠動脈石灰化（LAD、RCA）あり。心拡大傾向。"
      "両肺に明らかな異常影は指摘できません。胸水なし。"),
     {AWC, CAC, CM}),
    # 索状影 + 陳旧性炎症性変化 = scar / fibrotic sequela -> FIB.
    ("jrf-03", "ja",
     ("両肺上葉優位に気腫性変化を認めます。右肺尖部に索状影があり、陳旧性炎症性変化と考えます。"
      "縦隔リンパ節の腫大は明らかではありません。食道裂孔ヘルニアあり。"),
     {EMP, FIB, HH}),
    # Negative control: apical pleural thickening alone is neither effusion nor pulmonary fibrosis.
    ("jrf-04", "ja",
     ("両側肺尖部に胸膜肥厚を認めますが、胸水は認めません。肺野に活動性の病変は指摘できません。"
      "大動脈壁の石灰化が軽度にみられます。"),
     {AWC}),
    # 石灰化肉芽腫: a radiologist still reads it as a (benign, calcified) lung nodule, and CT-RATE labels
    # calcified nodules as Lung nodule -> NOD=1. Calcified nodes said not enlarged -> LN=0.
    ("jrf-05", "ja",
     ("右肺上葉S2に5mm大の石灰化肉芽腫を認めます。良性病変と考え、経過観察は不要です。"
      "その他、肺野に結節は指摘できません。縦隔に石灰化リンパ節が散見されますが、腫大はありません。"),
     {NOD}),
    ("jrf-06", "ja",
     ("左下葉背側に板状無気肺。右少量胸水。心拡大あり。心嚢液少量。上行大動脈から弓部に石灰化。"),
     {ATL, PE, CM, PCE, AWC}),
    ("jrf-07", "ja",
     ("前回CT（2023年3月）と比較。右肺下葉S6の8mm大の充実性結節は著変ありません。"
      "新たな結節の出現はありません。気腫性変化は軽度で前回と同様です。縦隔リンパ節の腫大なし。"),
     {NOD, EMP}),
    # Resolved effusion and atelectasis -> 0; residual band -> FIB.
    ("jrf-08", "ja",
     ("前回認めた右胸水は消失しています。右下葉の無気肺も改善しており、現在は指摘できません。"
      "右下葉に索状影が残存しています。心拡大は認めません。"),
     {FIB}),
    ("jrf-09", "ja",
     ("食道裂孔ヘルニアを疑います。冠動脈LCXに石灰化あり。大動脈壁の石灰化も認めます。"
      "肺野には特記すべき所見なし。"),
     {HH, CAC, AWC}),
    # Measured node, called reactive but not said to be "not enlarged" -> LN=1 (CT-RATE convention).
    ("jrf-10", "ja",
     ("気管分岐下に短径9mmのリンパ節を認めます。前回と著変なく、反応性と考えます。"
      "肺野に結節、浸潤影なし。胸水なし。"),
     {LN}),
    ("jrf-11", "ja",
     ("縦隔に小リンパ節が散見されますが、有意な腫大ではありません。"
      "両肺下葉に淡いすりガラス影を認め、炎症性変化を疑います。胸水は明らかではありません。"),
     {OPA}),
    # Negative control: thyroid nodule is not a lung nodule.
    ("jrf-12", "ja",
     ("甲状腺右葉に12mm大の低吸収結節を認めます。超音波での精査をご検討ください。"
      "肺野に結節は指摘できません。冠動脈石灰化（LAD）を認めます。"),
     {CAC}),
    # Negative control: aortic dilatation is not wall calcification.
    ("jrf-13", "ja",
     ("上行大動脈は径43mmと軽度拡張しています。壁の石灰化は目立ちません。心拡大なし。"
      "心嚢液貯留なし。両肺に明らかな異常影なし。"),
     set()),
    ("jrf-14", "ja",
     ("両肺上葉に軽度の気腫性変化を疑います。右肺中葉に板状無気肺を認めます。"
      "胸膜肥厚が左側でみられます。胸水はありません。"),
     {EMP, ATL}),
    ("jrf-15", "ja",
     ("冠動脈バイパス術後。胸骨ワイヤーを認めます。冠動脈には高度の石灰化がみられます（LAD、LCX、RCA）。"
      "心拡大傾向。両側に少量胸水。"),
     {MM, CAC, CM, PE}),
    ("jrf-16", "ja",
     ("肺野：明らかな結節、浸潤影なし。気道：異常なし。縦隔：リンパ節腫大なし。"
      "胸膜：胸水なし。心・大血管：心拡大なし、石灰化なし。"),
     set()),
    ("jrf-17", "ja",
     ("右肺下葉に浸潤影を認め、肺炎を考えます。周囲にすりガラス影を伴います。右少量胸水あり。"
      "縦隔リンパ節は短径10mm程度で、反応性腫大を考えます。"),
     {CON, OPA, PE, LN}),
    # Clinical question only; all denied.
    ("jrf-18", "ja",
     ("依頼目的：肺炎疑い。両肺に肺炎を示唆する浸潤影やすりガラス影は認めません。"
      "気管支壁肥厚も明らかではありません。胸水なし。"),
     set()),
    # Small calcifications inside an old TB scar are part of the scar, not a separate nodule.
    ("jrf-19", "ja",
     ("右肺上葉に索状影と小石灰化を伴う陳旧性炎症性変化を認めます。前回と比較して変化ありません。"
      "活動性病変を示唆する所見は指摘できません。"),
     {FIB}),
    ("jrf-20", "ja",
     ("両肺下葉に気管支拡張と気管支壁肥厚を認めます。中葉に粘液栓を伴う部分があります。"
      "慢性気道感染症の可能性を考えます。"),
     {BRX, PBT}),
    ("jrf-21", "ja",
     ("心拡大傾向ですが、心嚢液貯留は認めません。大動脈壁に石灰化。冠動脈石灰化はRCAに軽度。肺野は清。"),
     {CM, AWC, CAC}),
    # Intrapulmonary lymph node is a small lung nodule, not lymphadenopathy; 「悪性は否定的」 denies
    # malignancy, not the nodule.
    ("jrf-22", "ja",
     ("左肺下葉胸膜直下に4mmの小結節を認め、肺内リンパ節を疑います。悪性は否定的です。"
      "その他、肺野に異常なし。"),
     {NOD}),
    # Negative control: calcified pleural plaques are neither AWC nor effusion nor fibrosis.
    ("jrf-23", "ja",
     ("両側胸膜に石灰化胸膜プラークを認め、アスベスト曝露歴との関連を考えます。胸水は認めません。"
      "肺野に線維化を示唆する網状影は明らかではありません。"),
     set()),
    ("jrf-24", "ja",
     ("両肺に気腫性変化。右上葉S1に6mm結節、前回と著変なし。左下葉に索状影。"
      "大動脈、冠動脈（LAD）に石灰化。食道裂孔ヘルニア。"),
     {EMP, NOD, FIB, AWC, CAC, HH}),
    ("jrf-25", "ja",
     ("左肋骨横隔膜角にごく少量の胸水の可能性は否定できません。左下葉に板状無気肺を伴います。"
      "心拡大は明らかではありません。"),
     {PE, ATL}),
    ("jrf-26", "ja",
     ("前回指摘の左上葉すりガラス影は消失しています。新たな病変の出現は認めません。"
      "縦隔リンパ節腫大なし。大動脈壁に軽度石灰化。"),
     {AWC}),
    ("jrf-27", "ja",
     ("左前胸部にペースメーカー留置後。心拡大あり。冠動脈に石灰化あり。両側胸水なし。"),
     {MM, CM, CAC}),
    ("jrf-28", "ja",
     ("両側下葉胸膜直下に網状影と牽引性気管支拡張を認め、間質性肺炎を考えます。"
      "前回と比較して軽度進行しています。小葉間隔壁の肥厚もみられます。"),
     {FIB, BRX, IST}),
    ("jrf-29", "ja",
     ("心拡大を認めます。両側胸水（右優位）。小葉間隔壁肥厚と両肺のすりガラス影を認め、"
      "肺うっ血を考えます。心嚢液少量。"),
     {CM, PE, IST, OPA, PCE}),
    ("jrf-30", "ja",
     ("両肺にモザイクパターンを認め、呼気CTではエアトラッピングを疑います。気管支壁肥厚を伴います。"
      "気管支拡張は明らかではありません。"),
     {MOS, PBT}),
    # Negative control: breast nodule is not a lung nodule.
    ("jrf-31", "ja",
     ("左乳房に15mm大の結節を認めます。乳腺外科での精査をお勧めします。肺野に結節は認めません。"
      "腋窩リンパ節の腫大はありません。"),
     set()),
    # Negative control: adrenal nodule.
    ("jrf-32", "ja",
     ("撮像範囲内で左副腎に10mm大の結節を認め、腺腫を考えます。肺野に特記すべき異常所見なし。"
      "軽度の大動脈壁石灰化。"),
     {AWC}),
    # Negative control: dependent density attributed to gravity is not a lung opacity.
    ("jrf-33", "ja",
     ("両肺背側に淡い濃度上昇がみられますが、重力効果によるものと考えます。"
      "明らかな浸潤影やすりガラス影は指摘できません。胸水なし。"),
     set()),
    # Negative control: aortic valve and mitral annular calcification are valve calcification, not
    # arterial wall or coronary calcification.
    ("jrf-34", "ja",
     ("大動脈弁および僧帽弁輪に石灰化を認めます。冠動脈石灰化は指摘できません。心拡大なし。"
      "両肺に異常影なし。"),
     set()),
    ("jrf-35", "ja",
     ("左鎖骨下動脈起始部と大動脈弓部に石灰化を認めます。冠動脈石灰化（LAD）。気腫性変化なし。"
      "肺野に結節なし。"),
     {AWC, CAC}),
    # Staples count as MM; pleural thickening alone is not effusion.
    ("jrf-36", "ja",
     ("右肺上葉切除術後。切除断端にステープルを認め、周囲に索状影がみられます。"
      "再発を疑う所見は指摘できません。右胸膜肥厚あり、胸水は認めません。"),
     {MM, FIB}),
    ("jrf-37", "ja",
     ("右肺門リンパ節の軽度腫大を疑います。造影CTでの評価をご検討ください。"
      "肺野に明らかな腫瘤影は認めません。"),
     {LN}),
    ("jrf-38", "ja",
     ("気腫性変化、間質性変化は明らかではありません。結節影も指摘できません。"
      "心拡大、胸水、心嚢液貯留はいずれも認めません。"),
     set()),
    # 45 mm mass alone is not a Lung nodule (convention).
    ("jrf-39", "ja",
     ("右肺上葉に45mm大の腫瘤を認め、肺癌を疑います。腫瘤遠位に閉塞性無気肺を伴います。"
      "縦隔リンパ節は短径15mmに腫大しており、転移を疑います。少量の右胸水あり。"),
     {ATL, LN, PE}),
    ("jrf-40", "ja",
     ("左肺上葉に3mm大の微小結節を認めます。右下葉に石灰化結節があり、陳旧性の肉芽腫と考えます。"
      "いずれも前回と著変なし。"),
     {NOD}),
    ("jrf-41", "ja",
     ("食道裂孔ヘルニアは認めません。食道の拡張もみられません。心拡大傾向あり。大動脈に動脈硬化性変化。"),
     {CM, AWC}),
    ("jrf-42", "ja",
     ("冠動脈ステント留置後（LAD）。ステント以外の冠動脈にも石灰化がみられます。大動脈壁石灰化あり。"
      "肺野は異常なし。"),
     {MM, CAC, AWC}),
    # Pericardial thickening counts as PCE (convention).
    ("jrf-43", "ja",
     ("心膜の軽度肥厚を認めます。心嚢液貯留は明らかではありません。心拡大なし。両肺に異常影なし。"),
     {PCE}),
    ("jrf-44", "ja",
     ("右中葉に索状影、陳旧性炎症性変化と考える。左下葉に板状無気肺。胸水なし。リンパ節腫大なし。"),
     {FIB, ATL}),
    # Consolidation shrinking but still present -> 1; effusion gone -> 0.
    ("jrf-45", "ja",
     ("左下葉の浸潤影は前回と比較して縮小していますが残存しています。気腫性変化を背景に認めます。"
      "胸水は消失しました。"),
     {CON, EMP}),
    # Measured node explicitly 「病的腫大とはいえません」 -> LN=0 (convention).
    ("jrf-46", "ja",
     ("気管前に短径8mm程度のリンパ節を認めますが、病的腫大とはいえません。"
      "両肺上葉に小葉中心性の気腫を認めます。"),
     {EMP}),
    # Negative control: nodular pleural thickening is pleural, not a lung nodule.
    ("jrf-47", "ja",
     ("左胸膜に結節状の肥厚を認めます。胸水は指摘できません。肺野に結節や腫瘤は認めません。"),
     set()),
    # Negative control: a thin-walled cyst is not emphysema.
    ("jrf-48", "ja",
     ("右下葉に10mm大の薄壁嚢胞を認めます。気腫性変化は認めません。その他、肺野に異常なし。"),
     set()),
    ("jrf-49", "ja",
     ("右上葉S3に8mm大の充実性結節を認め、胸膜陥入像を伴います。前回と著変ありません。"
      "経過観察を推奨します。"),
     {NOD}),
    ("jrf-50", "ja",
     ("大動脈および冠動脈に動脈硬化性の石灰化を認めます。心拡大は指摘できません。"
      "両肺尖部に軽度の気腫性変化。"),
     {AWC, CAC, EMP}),
    # 「胸水は否定的です」 = effusion unlikely -> 0.
    ("jrf-51", "ja",
     ("食道裂孔ヘルニアは前回と同程度です。両下葉背側の軽度無気肺を疑います。胸水は否定的です。"),
     {HH, ATL}),
    ("jrf-52", "ja",
     ("心臓の大きさは正常範囲。心嚢液なし。大動脈壁に石灰化なし。冠動脈石灰化なし。"
      "肺野に粒状影、結節影なし。胸水なし。"),
     set()),
    ("jrf-53", "ja",
     ("【所見】両肺上葉に小葉中心性の気腫性変化を認めます。左下葉S10に7mm大の結節あり。"
      "縦隔リンパ節腫大なし。\n【診断】1. 肺気腫 2. 左下葉結節（要経過観察）"),
     {EMP, NOD}),
    # Resolved effusion and septal thickening -> 0; cardiomegaly persists -> 1.
    ("jrf-54", "ja",
     ("心不全治療後の評価。前回みられた両側胸水と小葉間隔壁肥厚は消失しています。心拡大は残存しています。"),
     {CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jrf-33", OPA): "a density put down to gravity (重力効果) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
