"""Probe: Japanese chest CT reports typed in busy-radiologist mixed Japanese/English shorthand.

The reports mix Japanese with English terms and abbreviations the way many Japanese
radiologists actually type them, and check all 18 CT-RATE findings per report:

- English terms inside Japanese sentences: GGO, consolidation, nodule, atelectasis,
  emphysema, bronchiectasis, mosaic attenuation, LN / LAD (= lymphadenopathy), pl. eff.,
  CTR, staple, sternal wire ...
- shorthand: s/o, r/o, c/w, n.p., WNL, (+), (-), ＋/−, →, ↑, ↓, 著変なし, 特記すべき所見なし;
- half-width and full-width digits and letters (８ｍｍ, Ｓ６, ＬＮ, （－）);
- segment notation (rt S2, 左S10, Rt. S6, Lt. S9) and key-image refs (Se2 Im34);
- bullet lists (・, -, *), terse noun-ending lines (体言止め), and polite forms
  (〜を認めます / 〜は認めません / 〜あり / 〜なし) mixed in one report;
- hedges in the findings body (〜疑い, 〜か, 否定できず, s/o 〜, r/o 〜) that must be
  positive, and clinical-question lines (依頼: r/o pneumonia) that must not be labelled;
- resolved (消失), removed (抜去), unlikely (考えにくい, 否定的) findings that must be 0;
- non-lung nodules (thyroid, adrenal, liver) that are not lung nodules, valve calcification
  that is neither AWC nor CAC, and coronary "LAD" only where the coronary meaning is explicit.

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("jm-01", "ja",
     ("依頼: 発熱・咳嗽、r/o pneumonia\n"
     "所見:\n"
     "・右S6に consolidation あり、内部に air bronchogram (+)。周囲にGGOを伴う。\n"
     "・右 pl. eff. 少量。\n"
     "・縦隔・肺門LN腫大なし。\n"
     "・心拡大なし、心嚢液(-)。\n"
     "印象: 右下葉肺炎 c/w。"),
     {CON, OPA, PE}),

    ("jm-02", "ja",
     ("既往: COPD、喫煙 40 pack-years\n"
     "・両肺上葉優位に centrilobular emphysema 高度。\n"
     "・左S1+2に８ｍｍ大の充実性 nodule (Se2 Im34)。前回(2023/4)と比較し著変なし。\n"
     "・両側下葉に mosaic attenuation、air trapping s/o。\n"
     "・気管支壁肥厚あり。\n"
     "・胸水(-)、心嚢液(-)\n"
     "・大動脈壁に石灰化あり。冠動脈石灰化(-)。"),
     {EMP, NOD, MOS, PBT, AWC}),

    ("jm-03", "ja",
     ("臨床: 右上葉肺癌 VATS 右上葉切除後 1年\n"
     "・右肺門部に staple line あり、周囲に索状影 → 術後瘢痕と思われます。\n"
     "・右胸腔に少量の胸水、前回より↓。\n"
     "・再発を疑う結節なし。\n"
     "・縦隔LN: #4R 短径 12mm、前回 8mm → ↑。転移 r/o。\n"
     "・肺気腫(-)"),
     {MM, FIB, PE, LN}),

    ("jm-04", "ja",
     ("MVR後、心不全増悪にて。\n"
     "・心拡大あり (CTR↑)、左房拡大著明。\n"
     "・心嚢液 少量あり。\n"
     "・両側 pl. eff. (+)、右>左。\n"
     "・両側下葉に passive atelectasis。\n"
     "・小葉間隔壁肥厚 (+) → 肺うっ血 s/o。\n"
     "・冠動脈(LAD, RCA)に石灰化あり。\n"
     "・人工弁 (機械弁) あり、胸骨ワイヤー(+)。\n"
     "印象: うっ血性心不全 c/w。"),
     {CM, PCE, PE, ATL, IST, CAC, MM}),

    ("jm-05", "ja",
     ("依頼: 検診胸部X線で異常影、r/o lung nodule\n"
     "肺野: 特記すべき所見なし。nodule(-)。\n"
     "縦隔: LN腫大なし。\n"
     "胸膜: pl. eff.(-)\n"
     "心大血管: WNL.\n"
     "骨: n.p.\n"
     "印象: 異常所見なし。X線の異常影は乳頭陰影と思われます。"),
     set()),

    ("jm-06", "ja",
     ("・両側下葉 胸膜直下優位に網状影、honeycombing (+)、traction bronchiectasis (+)。\n"
     "・GGO 混在、小葉間隔壁肥厚も散見。\n"
     "・UIP pattern c/w.\n"
     "・前回と比べ 線維化 ↑。\n"
     "・縦隔LN 軽度腫大 (短径 11mm)、反応性か。\n"
     "・胸水なし。心嚢液なし。\n"
     "・肺気腫なし"),
     {FIB, BRX, OPA, IST, LN}),

    ("jm-07", "ja",
     ("* 食道裂孔ヘルニアあり (sliding type)。\n"
     "* 大動脈弓部に石灰化 (+)。\n"
     "* 右S10にΦ5mm大の微小結節、前回と変化なし → 良性か。\n"
     "* 左S5に板状無気肺。\n"
     "* 肺野に GGO / consolidation なし。\n"
     "* 胸水(-)"),
     {HH, AWC, NOD, ATL}),

    ("jm-08", "ja",
     ("依頼: 労作時呼吸困難、r/o 間質性肺炎\n"
     "・両肺に mosaic attenuation (+)、呼気CTで air trapping (+) → 閉塞性細気管支炎 s/o。\n"
     "・気管支壁肥厚 (+)。\n"
     "・両側下葉に軽度の気管支拡張。\n"
     "・網状影・蜂巣肺なし、線維化を示唆する所見なし。\n"
     "・LN(-)、pl. eff.(-)"),
     {MOS, PBT, BRX}),

    ("jm-09", "ja",
     ("・心嚢液貯留あり、中等量。\n"
     "・心拡大は明らかでない。\n"
     "・左胸水少量、それに伴う左下葉の compressive atelectasis。\n"
     "・縦隔LAD (+): 気管前 15mm, #7 18mm → 悪性リンパ腫 or 転移 r/o。\n"
     "・肺野: 結節なし。"),
     {PCE, PE, ATL, LN}),

    ("jm-10", "ja",
     ("・右内頸静脈よりCVカテーテル挿入、先端 SVC。\n"
     "・ペースメーカー留置、リードは右房・右室に。\n"
     "・心拡大 (+)、心嚢液少量。\n"
     "・大動脈・冠動脈に石灰化あり。\n"
     "・両側少量胸水、前回から↓。\n"
     "・肺野: 両側下葉背側に GGO、重力効果か。\n"
     "・consolidation(-)"),
     {MM, CM, PCE, AWC, CAC, PE, OPA}),

    ("jm-11", "ja",
     ("依頼: 血痰\n"
     "・中葉・舌区に bronchiectasis (+)、気管支壁肥厚を伴う。\n"
     "・周囲に小葉中心性の小結節散在 → 非結核性抗酸菌症 (NTM) s/o。\n"
     "・両側下葉に mosaic perfusion pattern あり。\n"
     "・中葉 部分的 atelectasis。\n"
     "・空洞性病変なし。\n"
     "・LN 腫大なし。胸水なし。"),
     {BRX, PBT, NOD, MOS, ATL}),

    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("jm-12", "ja",
     ("・左上葉に 32mm 大の spiculated mass、胸膜陥入 (+) → 原発性肺癌 s/o。\n"
     "・同側肺門LN腫大 (#10L 14mm)、転移疑い。\n"
     "・対側肺に結節なし。\n"
     "・肺気腫なし、間質性変化なし。\n"
     "・胸水・心嚢液なし。\n"
     "・食道裂孔ヘルニアなし。\n"
     "・左副腎に 1.5cm 結節 (腺腫か)。"),
     {LN}),

    ("jm-13", "ja",
     ("ＣＴ胸部単純\n"
     "右Ｓ６に１０ｍｍ大結節。\n"
     "胸水（－）\n"
     "縦隔ＬＮ腫大なし\n"
     "心拡大（－）\n"
     "大動脈石灰化（＋）\n"
     "冠動脈石灰化（－）\n"
     "以上。"),
     {NOD, AWC}),

    ("jm-14", "ja",
     ("依頼: 肺炎 f/u\n"
     "前回(3週前)みられた右下葉の consolidation は消失。\n"
     "わずかに索状影残存 → 炎症後変化。\n"
     "GGO も消失。\n"
     "右胸水も消失。前回の胸腔ドレーンは抜去済み。\n"
     "新規病変なし。"),
     {FIB}),

    ("jm-15", "ja",
     ("・心拡大 (+)、心嚢液 (-)\n"
     "・大動脈壁石灰化 著明。冠動脈LAD領域に石灰化 (+)。\n"
     "・小さな食道裂孔ヘルニア。\n"
     "・両肺底部に linear atelectasis。\n"
     "・肺結節なし。"),
     {CM, AWC, CAC, HH, ATL}),

    ("jm-16", "ja",
     ("・左S10に consolidation、内部に low density area → 膿瘍形成 否定できず。\n"
     "・左 pl. eff. 中等量、被包化か。\n"
     "・左下葉 compressive atelectasis 合併。\n"
     "・縦隔LN: 反応性の軽度腫大あり。\n"
     "・心嚢液なし、心拡大なし。"),
     {CON, PE, ATL, LN}),

    ("jm-17", "ja",
     ("・右S3に 12mm 大の part-solid nodule (solid部 4mm) → 肺腺癌 疑い。\n"
     "・左S8に ４ｍｍ 充実性 nodule、non-specific。\n"
     "・軽度の肺気腫あり。\n"
     "・その他、GGO・consolidation なし。気管支壁肥厚なし。\n"
     "・LN腫大なし、胸水なし。大動脈石灰化なし。"),
     {NOD, EMP}),

    ("jm-18", "ja",
     ("依頼: HIV、発熱・低酸素 r/o PCP\n"
     "・両側に小葉間隔壁肥厚と GGO → crazy paving。\n"
     "・PCP r/o、肺胞蛋白症も鑑別。\n"
     "・mosaic attenuation なし。\n"
     "・嚢胞性変化なし。\n"
     "・胸水なし。\n"
     "・LN腫大なし。"),
     {IST, OPA}),

    ("jm-19", "ja",
     ("ICU入室中、人工呼吸管理。\n"
     "・気管内挿管チューブ先端は気管分岐部上 3cm。\n"
     "・NGチューブ先端は胃内。\n"
     "・右胸腔ドレーン留置。\n"
     "・両側下葉に consolidation + air bronchogram、ARDS / 誤嚥性肺炎 s/o。\n"
     "・両側胸水 中等量。\n"
     "・心拡大なし。"),
     {MM, CON, PE}),

    ("jm-20", "ja",
     ("・軽度の小葉中心性肺気腫。\n"
     "・気管支拡張なし、気管支壁肥厚なし。\n"
     "・結節・腫瘤なし。\n"
     "・無気肺なし。\n"
     "・縦隔・腋窩LN腫大なし。\n"
     "・冠動脈石灰化なし、大動脈石灰化なし。\n"
     "・食道裂孔ヘルニアなし。"),
     {EMP}),

    ("jm-21", "ja",
     ("臨床: 左乳癌術後 f/u\n"
     "・左腋窩に 18mm 大の腫大LN → 再発 s/o。\n"
     "・両肺に多発小結節 (最大 ６ｍｍ, rt S2)、転移 r/o。\n"
     "・左乳房切除後、左腋窩に surgical clips (+)。\n"
     "・胸水(-)、心嚢液(-)。\n"
     "・肝S7 に low density nodule (嚢胞か)。"),
     {LN, NOD, MM}),

    ("jm-22", "ja",
     ("前回比較:\n"
     "- 右中葉の consolidation は縮小 ↓ するも残存。\n"
     "- 右S6 に新たに GGO 出現。\n"
     "- 無気肺(-)。\n"
     "- 気管支壁肥厚 (+)。\n"
     "- mosaic attenuation (-)。\n"
     "- 胸水(-)\n"
     "- 縦隔LN腫大(-)"),
     {CON, OPA, PBT}),

    ("jm-23", "ja",
     ("・胸部下行大動脈 瘤状拡張 最大径 45mm、壁在血栓と壁石灰化 (+)。\n"
     "・大動脈弁石灰化あり。\n"
     "・食道裂孔ヘルニアなし。\n"
     "・心拡大なし、心嚢液なし。\n"
     "・右上葉胸膜下に paraseptal emphysema。"),
     {AWC, EMP}),

    ("jm-24", "ja",
     ("依頼: 下腿浮腫、r/o 胸水、r/o 心不全\n"
     "胸水なし。\n"
     "心拡大なし。心嚢液なし。\n"
     "小葉間隔壁肥厚なし。\n"
     "両側下葉に軽度の GGO、非特異的。\n"
     "冠動脈石灰化あり (RCA)。大動脈石灰化なし。"),
     {OPA, CAC}),

    ("jm-25", "ja",
     ("Rt. S6: 7mm nodule (Se3 Im58)、前回 5mm → ↑。増大傾向あり、悪性否定できず。\n"
     "Lt. S9: 3mm nodule、著変なし。\n"
     "両側肺尖に胸膜下の瘢痕。\n"
     "縦隔LN WNL.\n"
     "胸水 n.p."),
     {NOD, FIB}),

    ("jm-26", "ja",
     ("・CABG後、胸骨正中切開後で sternal wire (+)。\n"
     "・冠動脈ステント (LAD) 留置後。冠動脈石灰化も高度。\n"
     "・心拡大 軽度。\n"
     "・両側胸水 少量。\n"
     "・両側下葉に無気肺。\n"
     "・肺気腫(-)"),
     {MM, CAC, CM, PE, ATL}),

    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("jm-27", "ja",
     ("・左主気管支に気道ステント留置中。\n"
     "・左上葉 肺門側に 4cm 大の腫瘤 (肺癌)、末梢側は閉塞性 atelectasis。\n"
     "・縦隔LAD 多発 (#4L, #5, #7)。\n"
     "・左胸水 中等量。\n"
     "・心嚢液少量 → 心膜浸潤 否定できず。"),
     {MM, ATL, LN, PE, PCE}),

    ("jm-28", "ja",
     ("肺野に明らかな結節や浸潤影は認めません。GGOなし。無気肺なし。\n"
     "縦隔リンパ節の腫大は認めません。\n"
     "心拡大は認めません。心嚢水なし。\n"
     "胸水は認めません。\n"
     "大動脈に軽度の石灰化を認めます。\n"
     "食道裂孔ヘルニアを認めます。"),
     {AWC, HH}),

    ("jm-29", "ja",
     ("依頼: COPD増悪、r/o pneumonia\n"
     "・気腫性変化 (+)、両側上葉優位。\n"
     "・気管支壁肥厚 びまん性。\n"
     "・浸潤影・consolidation なし。\n"
     "・下葉に mosaic attenuation 軽度、small airway disease か。\n"
     "・右房・右室拡大あり、肺動脈拡張 → PH s/o。\n"
     "・食道裂孔ヘルニアなし。"),
     {EMP, PBT, MOS, CM}),

    ("jm-30", "ja",
     ("・両側肺門・縦隔LN 対称性腫大 (BHL)。\n"
     "・両側上葉に気管支血管束に沿った小結節多発。\n"
     "・小葉間隔壁肥厚 軽度。\n"
     "・サルコイドーシス c/w.\n"
     "・胸水なし、心嚢液なし。"),
     {LN, NOD, IST}),

    ("jm-31", "ja",
     ("・右上葉に石灰化結節と索状影、陳旧性結核 c/w.\n"
     "・右上葉に軽度の牽引性気管支拡張。\n"
     "・consolidation・GGO なし、活動性病変を示唆する所見なし。\n"
     "・気管支壁肥厚なし。\n"
     "・左肺 n.p.、胸水なし。"),
     {NOD, FIB, BRX}),

    ("jm-32", "ja",
     ("・左S10の ８ｍｍ nodule は前回と比べ消失、炎症性であったと思われます。\n"
     "・新たな結節なし。\n"
     "・左下葉の GGO も改善し消失。\n"
     "・左下葉に軽度の気管支拡張、変化なし。\n"
     "・CVポートは抜去済み。\n"
     "・胸水なし。"),
     {BRX}),

    ("jm-33", "ja",
     ("・心膜肥厚 (+)、一部石灰化 → 収縮性心膜炎 r/o。\n"
     "・心嚢液はごく少量。\n"
     "・両側胸水 少量。\n"
     "・肝静脈拡張、肝うっ血 s/o。\n"
     "・心拡大なし。小葉間隔壁肥厚なし。\n"
     "・肺野: 異常なし。"),
     {PCE, PE}),

    ("jm-34", "ja",
     ("・右S2 に 15mm 大の consolidation、細菌性肺炎か器質化肺炎 (OP) か鑑別要。\n"
     "・周囲に GGO。\n"
     "・右肺門LN 軽度腫大か (短径 10mm)。\n"
     "・胸水なし。\n"
     "・肺気腫 軽度 (+)。"),
     {CON, OPA, LN, EMP}),

    ("jm-35", "ja",
     ("・甲状腺右葉に 12mm 大の低吸収結節 → 甲状腺エコー推奨。\n"
     "・肺野に結節なし。\n"
     "・縦隔LN腫大なし。\n"
     "・食道裂孔ヘルニア (+)。\n"
     "・大動脈石灰化 軽度。\n"
     "・冠動脈石灰化 (-)。"),
     {HH, AWC}),

    ("jm-36", "ja",
     ("前回と比べ:\n"
     "・両側胸水 ↓、右にわずかに残存。\n"
     "・小葉間隔壁肥厚は消失。\n"
     "・GGO は消失。\n"
     "・心拡大は残存。心嚢液なし。\n"
     "・CVカテーテルは抜去されています。\n"
     "・食道裂孔ヘルニアなし。"),
     {PE, CM}),

    ("jm-37", "ja",
     ("依頼: 喘息、好酸球↑、r/o ABPA\n"
     "・中枢気管支に気管支拡張なし。mucoid impaction なし。\n"
     "・びまん性に気管支壁肥厚 (+)。\n"
     "・mosaic attenuation 軽度あり。\n"
     "・肺野に結節・浸潤影なし。無気肺なし。\n"
     "・LN(-)、大動脈石灰化なし。"),
     {PBT, MOS}),

    ("jm-38", "ja",
     ("・右前胸部に CVポート留置、カテーテル先端は SVC。\n"
     "・右S6 の結節 10mm、前回 14mm → ↓ (化学療法効果)。\n"
     "・縦隔LN 縮小、現在 短径 8mm で有意な腫大なし。\n"
     "・右胸水 消失。\n"
     "・右上葉に放射線肺臓炎後の線維化、著変なし。\n"
     "・心嚢液(-)"),
     {MM, NOD, FIB}),

    ("jm-39", "ja",
     ("肺炎 f/u\n"
     "右下葉 consolidation ＋\n"
     "左下葉 atelectasis ＋\n"
     "GGO −\n"
     "胸水 ＋ (右少量)\n"
     "LN −\n"
     "心拡大 −"),
     {CON, ATL, PE}),

    ("jm-40", "ja",
     ("・右肺に小葉間隔壁の結節状肥厚 → 癌性リンパ管症 s/o。\n"
     "・右S8に 25mm 大の腫瘤。\n"
     "・右胸水 中等量。\n"
     "・縦隔・右肺門LN腫大。\n"
     "・Th8 椎体に溶骨性変化、骨転移疑い。\n"
     "・心嚢液なし。"),
     {IST, NOD, PE, LN}),

    ("jm-41", "ja",
     ("・肺気腫は認めない。\n"
     "・両側下葉背側に sub-segmental atelectasis 疑い。\n"
     "・mosaic pattern (-)。\n"
     "・気管支拡張 (-)。\n"
     "・胸水(-)、心嚢液(-)。\n"
     "・縦隔 n.p."),
     {ATL}),

    ("jm-42", "ja",
     ("・右S1 に 6mm 大の nodule、前回から不変 (2年)、悪性は考えにくい。\n"
     "・縦隔LN 短径 8mm、病的腫大は考えにくい。\n"
     "・心拡大 (-)。\n"
     "・大動脈に石灰化 (+)、冠動脈石灰化 (+)。\n"
     "・小さな食道裂孔ヘルニア疑い。"),
     {NOD, AWC, CAC, HH}),

    ("jm-43", "ja",
     ("・右肋横隔膜角の鈍化は胸膜肥厚によるもので、胸水は否定的。\n"
     "・右中葉に consolidation、誤嚥性肺炎 s/o。\n"
     "・右下葉に気管支壁肥厚。\n"
     "・食道裂孔ヘルニアあり (大きめ)、誤嚥リスク↑。\n"
     "・LN n.p."),
     {CON, PBT, HH}),

    ("jm-44", "ja",
     ("【検査目的】肺癌術後 f/u、r/o recurrence\n"
     "【所見】\n"
     "左上葉切除後。気管支断端に staple (+)、再発を示唆する軟部影なし。\n"
     "残存左肺に軽度の代償性過膨張。\n"
     "右肺: rt S2 に ３ｍｍ の微小結節、不変。\n"
     "両肺に centrilobular emphysema。\n"
     "縦隔LN: 有意な腫大なし。\n"
     "左胸腔に少量 pl. eff.、術後変化として著変なし。\n"
     "心大血管: 大動脈・冠動脈に石灰化。心拡大なし。\n"
     "【診断】術後再発なし。"),
     {MM, NOD, EMP, PE, AWC, CAC}),

    ("jm-45", "ja",
     ("依頼: 発熱、咳、体重減少。r/o pneumonia, r/o TB\n"
     "Findings:\n"
     "- 両側上葉に多発する小結節と consolidation、一部空洞形成 → 活動性結核 r/o。\n"
     "- 右上葉 bronchiectasis 軽度。\n"
     "- 縦隔・肺門 LAD (+)、一部内部低吸収。\n"
     "- pl. eff. (-)、心嚢液 (-)\n"
     "- 肺気腫 (-)、線維化 (-)"),
     {NOD, CON, BRX, LN}),
]

OPEN: dict[tuple[str, str], str] = {
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
