"""Probe: Japanese chest CT reports written the way Japanese radiologists really write them when they
mix English abbreviations and shorthand into Japanese sentences (GGO, GGN, PE for pleural effusion
with 胸水 alongside, LN / LNs, CTR, BE, Tbc/TB, COPD, IP/UIP/NSIP, CP angle, Rt/Lt, RUL/RLL/LUL/LLL,
S1-S10 segments, s/o, r/o, c/w, f/u, (+)/(-), arrows, "Ca" for calcification or cancer, AAA, CVC,
PM, CABG後, PCI後, NG tube, Ao, LAD/RCA/LCX, BHL), full-width and half-width characters, terse
体言止め lines, である調 and です・ます調, hedges and denials. The reports were written for this file
without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or
hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MOS, NOD, OPA, PBT, PCE, PE, MM,
                      probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("jab-01", "ja",
     "【臨床情報】咳嗽、r/o 肺炎。\n"
     "【所見】Rt S6 に 8mm大 GGN(+)。境界明瞭で solid component は認めない。"
     "浸潤影(-)、consolidation なし。両側 PE(-)、胸水は認めない。縦隔・肺門 LN 腫大なし。"
     "両上葉優位に小葉中心性肺気腫(+)。\n"
     "【診断】1. Rt S6 GGN 8mm、3か月後 f/u CT を推奨。2. 肺気腫。",
     {NOD, EMP}),
    ("jab-02", "ja",
     "心拡大あり、CTR↑。心嚢液少量(+)。Ao 壁 Ca(+)、弓部から下行大動脈に石灰化が散在。"
     "LAD および LCX に冠動脈石灰化を認める。両側に少量の胸水(PE)あり、Lt>Rt。"
     "両下葉背側に受動性無気肺を伴う。肺野に結節なし。縦隔 LN 腫大なし。",
     {CM, PCE, AWC, CAC, PE, ATL}),
    ("jab-03", "ja",
     "PM 留置後、リード先端は右房および右室心尖部。CABG 後、胸骨ワイヤー(+)。"
     "LAD、RCA に高度の石灰化。下行 Ao にも石灰化あり。心拡大は認めません。心嚢液貯留なし。"
     "肺野に明らかな異常陰影を認めません。胸水なし。",
     {MM, CAC, AWC}),
    ("jab-04", "ja",
     "両側下葉の胸膜直下優位に網状影と蜂巣肺を認め、c/w UIP pattern。牽引性気管支拡張(+)。"
     "GGO は軽度で Lt S10 にわずかにみられる。急性増悪を示唆するびまん性の GGO の拡がりはない。"
     "胸水(PE)(-)。縦隔 LN は軽度腫大、短径 12mm、反応性と思われる。",
     {FIB, BRX, OPA, LN}),
    ("jab-05", "ja",
     "NSIP 疑い。両側下葉に気管支血管束周囲優位の GGO と網状影を認めます。胸膜直下は sparing されています。"
     "蜂巣肺は明らかではありません。軽度の牽引性気管支拡張を伴います。"
     "小葉間隔壁肥厚は目立ちません。胸水・心嚢液の貯留はありません。",
     {OPA, FIB, BRX}),
    ("jab-06", "ja",
     "陳旧性 Tbc 疑い。Rt S1、S2 に石灰化結節があり、周囲に瘢痕性変化を伴う。"
     "活動性 Tbc を示唆する tree-in-bud や空洞は認めない(-)。右肺尖部に胸膜肥厚あり、胸水なし。"
     "縦隔 LN に石灰化を認めるが腫大はない。",
     {NOD, FIB}),
    ("jab-07", "ja",
     "BHL(+)。両側肺門および縦隔 LNs の腫大あり、最大は #7 で短径 18mm。サルコイドーシスを疑う。"
     "両肺に小葉間隔壁や気管支血管束に沿って分布する微小結節が散在 (perilymphatic distribution)。"
     "GGO(-)、consolidation(-)。胸水なし。",
     {LN, NOD}),
    ("jab-08", "ja",
     "肺腺癌疑いにて f/u。Lt S3 の part-solid GGN 14mm→17mm↑、solid 部 5mm→8mm↑。"
     "増大傾向あり、s/o 浸潤性腺癌。Rt S8 の pure GGN 5mm は著変なし。"
     "Lt 下葉に線状無気肺。縦隔 LN 腫大なし。胸水なし。肺気腫(-)。",
     {NOD, ATL}),
    ("jab-09", "ja",
     "【臨床】発熱、CRP↑。\n"
     "【所見】RLL (S9、S10) に air bronchogram を伴う consolidation(+)、周囲に GGO。"
     "s/o 細菌性肺炎。右胸水少量 (Rt PE)。縦隔 LN 腫大は認めない。無気肺なし。\n"
     "【診断】右下葉肺炎、c/w bacterial pneumonia。少量右胸水。",
     {CON, OPA, PE}),
    ("jab-10", "ja",
     "前回 CT (3週前) でみられた LLL の浸潤影は消失。周囲の GGO も消退した。"
     "Lt PE (胸水) も消失している。Lt S9 に索状の瘢痕が残存。"
     "縦隔 LN の腫大なし。RCA に冠動脈石灰化あり。",
     {FIB, CAC}),
    ("jab-11", "ja",
     "ICU 入室中。NG tube 先端は胃内。Rt IJV から CVC 挿入、先端は SVC。"
     "気管チューブ先端は気管分岐部上 4cm。両側 PE (胸水) 中等量、両下葉に圧排性無気肺。"
     "consolidation も混在しており肺炎の合併を否定できない。心拡大なし。",
     {MM, PE, ATL, CON}),
    ("jab-12", "ja",
     "COPD。両肺に上葉優位の小葉中心性肺気腫。Lt apex に 4cm 大の bulla(+)。"
     "気管支壁肥厚(+)。気胸なし。肺結節(-)。胸水(-)。LN 腫大(-)。",
     {EMP, PBT}),
    ("jab-13", "ja",
     "食道裂孔ヘルニア(+)、滑脱型。下行 Ao から腹部 Ao にかけて壁石灰化。"
     "AAA 径 38mm、腎動脈分岐下。心拡大(-)。肺野: Lt S10 に 4mm の微小結節、前回と著変なし。"
     "胸水・心嚢液なし。",
     {HH, AWC, NOD}),
    ("jab-14", "ja",
     "Rt S2 に spicula を伴う 25mm 大の結節、胸膜陥入(+)。原発性肺癌を疑う。"
     "右肺門 #10R、縦隔 #4R の LN 腫大 (短径 15mm) あり、転移疑い。"
     "Rt PE (胸水) 少量、胸膜播種の可能性も否定できない。閉塞性無気肺なし。背景に軽度の肺気腫。",
     {NOD, LN, PE, EMP}),
    ("jab-15", "ja",
     "Ｒｔ Ｓ３ に淡いＧＧＯ(+)。炎症性変化を疑う。両下葉に軽度の気管支拡張(+)、気管支壁肥厚を伴う。"
     "ＬＮ腫大(－)。胸水(－)。心拡大(－)。",
     {OPA, BRX, PBT}),
    ("jab-16", "ja",
     "吸気・呼気 CT。両肺にモザイクパターン(+)、呼気相で air trapping が明瞭。"
     "s/o 閉塞性細気管支炎 (BO)。気管支壁肥厚あり。気管支拡張はなし。"
     "GGO・consolidation なし。胸水なし。",
     {MOS, PBT}),
    ("jab-17", "ja",
     "心不全疑い。心拡大(+)、CTR↑。両側に小葉間隔壁肥厚(+)、両肺門周囲に GGO。"
     "両側 PE (胸水)、Rt>Lt。心嚢液少量。c/w うっ血性心不全。"
     "mediastinal LNs 軽度腫大、短径 11mm、うっ血に伴う反応性と思われる。",
     {CM, IST, OPA, PE, PCE, LN}),
    ("jab-18", "ja",
     "検診目的。肺野に明らかな結節・浸潤影を認めません。GGO なし。気腫性変化なし。"
     "胸水・心嚢液の貯留はありません。縦隔・肺門リンパ節の腫大はありません。"
     "大動脈弓部に軽度の石灰化を認めます。RCA に冠動脈石灰化があります。食道裂孔ヘルニアを認めます。",
     {AWC, CAC, HH}),
    ("jab-19", "ja",
     "PCI 後、LAD にステント留置。ステント以外に冠動脈石灰化は認めない。心拡大なし。"
     "Lt S1+2 に 6mm の充実性結節、前回 (1年前) と著変なく良性を考える。"
     "LLL に板状無気肺。胸水なし。",
     {MM, NOD, ATL}),
    ("jab-20", "ja",
     "肺 Ca 術後 (RUL 切除後) f/u。staple line 周囲に軟部影の増大はなく、再発を疑う所見なし。"
     "Ao 壁に Ca 沈着(+) (石灰化)。残存肺に GGO なし。縦隔 LN 腫大なし。"
     "前回みられた Rt PE (術後胸水) は消失。",
     {MM, AWC}),
    ("jab-21", "ja",
     "両肺びまん性 GGO。小葉間隔壁肥厚。crazy-paving pattern。両側少量胸水。"
     "縦隔 LN 腫大なし。心拡大なし。",
     {OPA, IST, PE}),
    ("jab-22", "ja",
     "誤嚥性肺炎疑い。RLL 背側に consolidation、一部は無気肺。Rt B10 内に分泌物貯留、気管支壁肥厚(+)。"
     "Lt 下葉にもわずかな GGO。胸水なし。LN 腫大なし。",
     {CON, ATL, PBT, OPA}),
    ("jab-23", "ja",
     "ICD 留置後。心膜肥厚(+)、収縮性心膜炎の可能性。心嚢液は少量。軽度の心拡大。"
     "両側胸水なし。Ao 石灰化なし。冠動脈石灰化なし。",
     {MM, PCE, CM}),
    ("jab-24", "ja",
     "NTM 症疑い。中葉 (Rt S4、S5) および舌区 (Lt S5) に気管支拡張、周囲に tree-in-bud を伴う小結節が散在。"
     "中葉は容積減少し無気肺あり。空洞なし。胸水なし。LN 腫大なし。",
     {BRX, NOD, ATL}),
    ("jab-25", "ja",
     "COPD 疑いで精査。肺気腫は明らかではない。気管支壁肥厚も目立たない。air trapping なし。"
     "Lt S6 に 3mm の微小結節を 1 個認める。胸水(-)、LN 腫大(-)。大動脈に軽度の石灰化。",
     {NOD, AWC}),
    ("jab-26", "ja",
     "Lt PE 大量 (胸水)、縦隔は右方へ偏位。LLL は完全虚脱 (無気肺)。"
     "胸膜に結節状の肥厚あり、癌性胸膜炎疑い。右肺に結節なし。縦隔 LN #5、#6 腫大、短径 13mm。",
     {PE, ATL, LN}),
    ("jab-27", "ja",
     "COVID-19 後 f/u。両側下葉胸膜下の GGO は前回より縮小↓したが残存。"
     "網状影が出現し、器質化から線維化への移行を示す。牽引性気管支拡張はなし。"
     "consolidation は消失。胸水なし。",
     {OPA, FIB}),
    ("jab-28", "ja",
     "右上葉にｽﾘｶﾞﾗｽ影あり、炎症を疑う。Rt apex にﾌﾞﾗ(+)。LLL に線状無気肺。"
     "ﾘﾝﾊﾟ節腫大なし。胸水なし。",
     {OPA, EMP, ATL}),
    ("jab-29", "ja",
     "甲状腺右葉に 15mm 大の低吸収結節、US での精査を推奨。肺野に結節なし。縦隔 LN 腫大なし。"
     "Rt S10 にわずかな subsegmental atelectasis。両側 CP angle は sharp で胸水なし。"
     "心拡大なし。Ao に石灰化あり。",
     {ATL, AWC}),
    ("jab-30", "ja",
     "肝 S8 に 10mm 低吸収結節、嚢胞疑い。左副腎に 12mm 結節、腺腫疑い。"
     "肺野: Rt S3 に 5mm の GGN。Lt S8 に石灰化結節 (肉芽腫)。気管支壁肥厚(+)。"
     "LN 腫大なし。Emphysema(-)。",
     {NOD, PBT}),
    ("jab-31", "ja",
     "造影 CT。肺動脈に血栓塞栓症 (PTE) を示唆する造影欠損なし。両側少量胸水あり。"
     "LLL に楔状の consolidation、梗塞は否定的で肺炎を考える。心拡大(+)。心嚢液なし。"
     "左鎖骨下から CV ポート留置、先端 SVC。",
     {PE, CON, CM, MM}),
    ("jab-32", "ja",
     "前回比較。Rt PE (胸水) 中等量→少量↓。RLL 無気肺→改善、ごく軽度残存。"
     "心拡大(+)、不変。縦隔 LN 腫大なし。GGO の新出(-)。",
     {PE, ATL, CM}),
    ("jab-33", "ja",
     "活動性 TB 疑い。Rt S1、S2 に空洞を伴う consolidation、周囲に小結節散在 (tree-in-bud)。"
     "Lt S6 にも散布性の小結節。右肺門 LN 腫大。右に少量胸水。空気感染隔離を要する。",
     {CON, NOD, LN, PE}),
    ("jab-34", "ja",
     "CABG 後 (LITA-LAD、SVG-RCA)。胸骨ワイヤー、グラフト周囲に外科用クリップあり。"
     "上行 Ao 42mm と軽度拡張。Ao 弓部から下行に石灰化プラーク。native LAD、LCX に高度石灰化。"
     "心拡大(-)。両側胸水(-)、心嚢液(-)。肺野に異常影なし。",
     {MM, AWC, CAC}),
    ("jab-35", "ja",
     "MVR 後、機械弁。PM リード(+)。心拡大著明。Lt CP angle 鈍化、少量胸水 (PE) あり。"
     "GGO なし。小葉間隔壁肥厚なし。肺結節なし。",
     {MM, CM, PE}),
    ("jab-36", "ja",
     "Lt S1+2 に 11mm 大の充実性結節を認めます。辺縁は分葉状で、肺癌の可能性を否定できません。"
     "PET-CT 等での精査をお勧めします。縦隔・肺門リンパ節の有意な腫大はありません。"
     "背景肺に傍隔壁型肺気腫を認めます。胸水はありません。",
     {NOD, EMP}),
    ("jab-37", "ja",
     "IP 急性増悪疑い。既存の両下葉蜂巣肺に加え、両肺びまん性に GGO が新出。小葉間隔壁肥厚を伴う。"
     "Rt S10 には一部 consolidation。PE(-) (胸水なし)。縦隔 LN 腫大(+)、短径 13mm。",
     {FIB, OPA, IST, CON, LN}),
    ("jab-38", "ja",
     "依頼: 咳嗽遷延、r/o 肺癌、r/o 間質性肺炎。\n"
     "所見: 肺野に結節なし。網状影・蜂巣肺なし、間質性肺炎を示唆する所見なし。気管支壁肥厚軽度(+)。"
     "両下葉背側に軽度の無気肺、荷重性と思われる。LN 腫大(-)、胸水(-)。小さな食道裂孔ヘルニア。",
     {PBT, ATL, HH}),
    ("jab-39", "ja",
     "Lt 乳癌術後。Rt 鎖骨下に CV ポート留置。Lt 腋窩に術後変化、外科用クリップ。"
     "Rt 腋窩 LN 腫大 (短径 14mm)、転移を疑う。両肺に多発小結節 (最大 7mm)、転移性を疑う。"
     "胸水なし。Lt S3 胸膜下に放射線肺臓炎後の線維化。",
     {MM, LN, NOD, FIB}),
    ("jab-40", "ja",
     "縦隔 LN は複数みられるがいずれも短径 10mm 未満で腫大なし。"
     "中葉に区域性の consolidation、s/o 肺炎。Rt PE (胸水) 少量。心嚢液なし。Ao 石灰化軽度。",
     {CON, PE, AWC}),
    ("jab-41", "ja",
     "両肺にびまん性の気管支拡張と気管支壁肥厚を認めます。モザイク状の濃度差 (mosaic attenuation) があり、"
     "小気道病変を疑います。粘液栓(+)。consolidation は認めません。胸水なし、LN 腫大なし。",
     {BRX, PBT, MOS}),
    ("jab-42", "ja",
     "前回留置されていた Rt 胸腔ドレーンは抜去済み。NG tube も抜去されている。Rt 気胸は消失。"
     "Rt PE (胸水) 少量残存。RLL に plate-like atelectasis。胸壁に皮下気腫がわずかに残存。",
     {PE, ATL}),
    ("jab-43", "ja",
     "嘔吐後の胸痛。縦隔気腫(+)、頸部皮下気腫へ連続。食道破裂の可能性を否定できず、食道造影を推奨。"
     "Lt PE (胸水) 少量。肺気腫なし。LLL に GGO、誤嚥の可能性。",
     {PE, OPA}),
    ("jab-44", "ja",
     "両下葉 BE(+)、cylindrical type。気管支壁肥厚(+)。RML に無気肺。GGO(-)。"
     "PE(-) (胸水なし)。LN 腫大(-)。",
     {BRX, PBT, ATL}),
    ("jab-45", "ja",
     "大腸 Ca 術後、肺転移チェック。両肺に結節なし。前回指摘の Lt S8 4mm 結節は消失。"
     "縦隔 LN 腫大なし。胸水(-)。心嚢液(-)。LAD に軽度の冠動脈石灰化。Ao 壁石灰化(+)。",
     {CAC, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    # convention: English reports write "tree-in-bud opacities", and the engine reads tree-in-bud
    # as an opacity; the probe reads it as small nodules only
    # 「consolidation、梗塞は否定的で肺炎を考える」: the denial of a differential diagnosis (梗塞)
    # reaches back over the list comma to the finding before it; lists of findings and
    # non-findings (「胸水、腹水は認めない」) share one cue, so the comma alone cannot stop it
    ("jab-31", CON): "a denied diagnosis after a comma reaches the finding before it",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
