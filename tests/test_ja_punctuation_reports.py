"""Probe: Japanese chest CT reports whose punctuation and layout vary the way real archives do:
full-width ，． and Western , . inside Japanese text, spaces and full-width spaces used as 、,
statements run together without punctuation, line breaks in the middle of a sentence, one
statement per line without 。, bullets (・ - * ● ■ ※), numbered lines (1. / 1) / (1) / ①),
brackets of several kinds (「」 ｢｣ （） () 【】 [ ]), colons for key-value items, slashes and
arrows. Each report has positives and explicit denials, in plain and polite forms. The reports
were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # full-width comma and period
    ("jpv-01", "ja",
     "両肺上葉に小葉中心性肺気腫を認める．右肺下葉S9に径6mmの充実性結節あり，前回と著変なし．"
     "胸水，心嚢水は認めない．縦隔・肺門に有意なリンパ節腫大はない．大動脈弓部に石灰化を認める．",
     {EMP, NOD, AWC}),
    # Western comma and period
    ("jpv-02", "ja",
     "右肺中葉に浸潤影を認め, 周囲にすりガラス影を伴う. 肺炎として矛盾しない. 右胸水を少量認める. "
     "心拡大はない. 縦隔リンパ節の腫大なし. 肺気腫は見られません.",
     {CON, OPA, PE}),
    # spaces instead of 、
    ("jpv-03", "ja",
     "両側下葉背側に胸膜下優位の網状変化 蜂巣肺 牽引性気管支拡張を認めます。"
     "間質性肺炎（UIP pattern）として矛盾しません。すりガラス影は認めません。"
     "胸水 心嚢液 いずれも認めません。リンパ節腫大なし。",
     {FIB, BRX}),
    # full-width spaces instead of 、
    ("jpv-04", "ja",
     "左肺上葉舌区に板状無気肺　右下葉に瘢痕性変化を認める。陳旧性炎症後変化と考えます。"
     "右前胸部にCVポートが留置されている。肺結節なし　胸水なし　心拡大なし。",
     {ATL, FIB, MM}),
    # no punctuation between statements on one line
    ("jpv-05", "ja",
     "所見：両肺に気腫性変化あり左下葉に気管支壁肥厚を認める胸水なし\n"
     "冠動脈に石灰化あり肺結節は認めない縦隔リンパ節腫大なし",
     {EMP, PBT, CAC}),
    # line breaks in the middle of sentences
    ("jpv-06", "ja",
     "右肺上葉S2に径12mmの部分充実性結節を\n認めます。肺腺癌の可能性を否定できませ\nん。"
     "右肺門および気管分岐下リンパ節は\n腫大していません。胸水は\n認めません。"
     "大動脈と冠動脈に石灰化\nがみられます。",
     {NOD, AWC, CAC}),
    # one statement per line, no 。
    ("jpv-07", "ja",
     "両肺びまん性すりガラス影\n小葉間隔壁肥厚を伴う（crazy-paving）\n両側胸水少量\n心拡大あり\n"
     "心嚢水なし\n縦隔リンパ節腫大なし\n肺気腫なし",
     {OPA, IST, PE, CM}),
    # ・ bullets
    ("jpv-08", "ja",
     "【所見】\n・右下葉に無気肺を伴う中等量の右胸水\n・左肺に異常影なし\n・心拡大なし、心嚢液貯留なし\n"
     "・食道裂孔ヘルニアあり\n・リンパ節腫大なし",
     {ATL, PE, HH}),
    # - bullets
    ("jpv-09", "ja",
     "- 気管内チューブ先端は気管分岐部上3cm\n- 右内頸静脈から中心静脈カテーテル挿入、先端は上大静脈\n"
     "- 両側下葉背側に浸潤影, 誤嚥性肺炎疑い\n- 気胸なし\n- 胸水なし\n- 心嚢水なし",
     {MM, CON}),
    # * bullets with key: value
    ("jpv-10", "ja",
     "* 肺野: 両肺上葉に傍隔壁型肺気腫。左上葉に5mm大の充実性小結節。\n"
     "* 気道: 気管支壁肥厚なし。気管支拡張なし。\n* 胸膜: 胸水なし。\n"
     "* 縦隔: リンパ節腫大なし。大動脈に粥状硬化性石灰化。\n* 心臓: 心拡大なし。",
     {EMP, NOD, AWC}),
    # ● bullets
    ("jpv-11", "ja",
     "●胸部：右上葉に空洞を伴う浸潤影あり．気管支拡張を伴う．抗酸菌感染症を疑う．\n"
     "●縦隔：右気管傍リンパ節腫大（短径15mm）．\n●胸膜：胸水なし．\n"
     "●心大血管：心拡大なし．冠動脈石灰化なし．",
     {CON, BRX, LN}),
    # ■ bullets
    ("jpv-12", "ja",
     "■ 肺：左下葉に径2.2cmの分葉状結節。辺縁にスピキュラあり、原発性肺癌疑い。\n"
     "■ リンパ節：左肺門リンパ節が腫大している（転移の疑い）。\n■ 胸膜：少量の左胸水あり。\n"
     "■ その他：肺気腫なし。心嚢水なし。",
     {NOD, LN, PE}),
    # ※ notes
    ("jpv-13", "ja",
     "両肺に多発する小結節を認めます（最大8mm）。転移性肺腫瘍を疑います。\n"
     "※前回CT（2022年）では指摘できません。\n※胸水・心嚢水はありません。\n"
     "※縦隔リンパ節の腫大は認めません。\n軽度の心拡大あり。\n"
     "左鎖骨下静脈よりポートカテーテルが挿入されています。",
     {NOD, CM, MM}),
    # numbered 1. 2.
    ("jpv-14", "ja",
     "1. 右肺下葉に浸潤影と周囲のすりガラス影。肺炎を疑う。\n2. 右胸水少量。\n"
     "3. 縦隔リンパ節腫大なし。\n4. 食道裂孔ヘルニアなし。\n5. 冠動脈に石灰化あり。",
     {CON, OPA, PE, CAC}),
    # numbered 1) 2)
    ("jpv-15", "ja",
     "1) 両肺下葉にモザイクパターン（mosaic attenuation）を認め、呼気CTでエアトラッピングが明らか。\n"
     "2) 気管支壁肥厚を伴う。閉塞性細気管支炎を考える。\n3) 気管支拡張なし。\n4) 肺気腫なし。\n5) 胸水なし。",
     {MOS, PBT}),
    # numbered (1)(2)
    ("jpv-16", "ja",
     "(1) 左肺上葉に区域性の無気肺あり。中枢側に腫瘤は認めない。\n(2) 左胸水は中等量。\n"
     "(3) 心嚢液貯留あり、少量。\n(4) 肺内に結節なし。\n(5) 縦隔・肺門リンパ節腫大なし。",
     {ATL, PE, PCE}),
    # circled numbers
    ("jpv-17", "ja",
     "①胸部大動脈に石灰化を伴う動脈硬化性変化。\n②冠動脈三枝に石灰化。\n③心拡大あり。心嚢水はなし。\n"
     "④ペースメーカー本体が左前胸部に留置されており、リードは右房・右室に位置する。\n⑤両側胸水なし。",
     {AWC, CAC, CM, MM}),
    # 「」 brackets, resolved finding and history
    ("jpv-18", "ja",
     "右下葉の陰影は前回CTで「肺炎」と診断されましたが，今回は消失しています．"
     "同部位に線維化を伴う瘢痕が残存しています．両肺上葉に肺気腫を認めます．"
     "「無気肺」「胸水」の所見はありません．",
     {FIB, EMP}),
    # ｢｣ half-width corner brackets, clinical question
    ("jpv-19", "ja",
     "臨床情報：｢肺炎疑い｣\n所見：両肺に明らかな浸潤影やすりガラス影は認めません。左上葉に気腫性変化。"
     "大動脈弓に石灰化。右腋窩に腫大リンパ節(短径18mm)を認め、精査を要します。胸水なし。",
     {EMP, AWC, LN}),
    # full-width parentheses （）
    ("jpv-20", "ja",
     "左肺下葉（S10）に浸潤影（air bronchogram を伴う）を認めます。左胸水（少量）あり。"
     "心拡大（CTR上昇）なし。縦隔リンパ節（#4R, #7）の腫大は認めません。肺気腫（−）。"
     "胸骨正中切開後のワイヤー（+）。",
     {CON, PE, MM}),
    # half-width () with (+)/(-)
    ("jpv-21", "ja",
     "両肺にびまん性のすりガラス影(GGO)を認める.小葉間隔壁肥厚(+).胸水(+),両側少量."
     "心嚢水(-).リンパ節腫大(-).肺結節(-).",
     {OPA, IST, PE}),
    # 【】 headings
    ("jpv-22", "ja",
     "【肺野】右中葉に中葉症候群様の無気肺あり。気管支拡張を伴う。\n【縦隔】有意なリンパ節腫大なし。\n"
     "【胸膜】胸水なし。\n【心臓】心拡大なし。冠動脈石灰化あり。\n【上腹部】特記事項なし。",
     {ATL, BRX, CAC}),
    # [ ] headings with Western period
    ("jpv-23", "ja",
     "[肺] 両上葉に小葉中心性肺気腫. 右下葉に6mm結節.\n[胸膜] 右胸膜肥厚あり, 胸水はない.\n"
     "[縦隔] リンパ節腫大なし.\n[血管] 大動脈に石灰化.\n[心] 心嚢水なし, 心拡大なし.",
     {EMP, NOD, AWC}),
    # full-width colon key-value
    ("jpv-24", "ja",
     "肺気腫：あり（軽度）\n肺結節：なし\n無気肺：左下葉に線状無気肺\n胸水：なし\n心嚢水：なし\n"
     "リンパ節：腫大なし\n冠動脈石灰化：あり",
     {EMP, ATL, CAC}),
    # half-width colon key-value
    ("jpv-25", "ja",
     "心臓: 心拡大あり\n心嚢液: 少量あり\n胸水: 両側に中等量\n肺: 両下葉に受動無気肺, 結節なし\n"
     "縦隔LN: 腫大なし\n食道裂孔ヘルニア: なし",
     {CM, PCE, PE, ATL}),
    # slashes
    ("jpv-26", "ja",
     "胸水 −/−（右/左）。心嚢水 なし。両肺下葉に網状変化/蜂巣肺あり、線維化の進行を認める。"
     "牽引性気管支拡張あり。肺気腫 なし/リンパ節腫大 なし。",
     {FIB, BRX}),
    # arrows for change over time
    ("jpv-27", "ja",
     "右上葉結節 8mm → 12mm と増大。肺癌を疑う。\n右胸水 中等量 → 少量（減少傾向だが残存）。\n"
     "縦隔リンパ節 腫大 → 正常大に縮小。\n左下葉浸潤影 → 消失。\n大動脈石灰化あり。",
     {NOD, PE, AWC}),
    # arrows with bullets, comparison
    ("jpv-28", "ja",
     "前回比較：\n・左下葉の浸潤影→消失、淡いすりガラス影のみ残存\n・左胸水→消失\n"
     "・心拡大→変化なし（持続）\n・気管支壁肥厚→あり（不変）",
     {OPA, CM, PBT}),
    # full-width comma where 。 is expected, polite
    ("jpv-29", "ja",
     "両肺に気腫性変化を認めます，特に上葉優位です．右肺上葉に径4mmの小結節がありますが，良性と思われます．"
     "胸水や心嚢水は認めません．縦隔リンパ節の腫大もありません．食道裂孔ヘルニアを認めます．",
     {EMP, NOD, HH}),
    # Western comma and period with no spaces
    ("jpv-30", "ja",
     "左肺下葉に浸潤影あり,肺炎の可能性.同部位に無気肺も伴う.胸水は認めない.右肺に結節なし."
     "心拡大なし.大動脈に石灰化あり.冠動脈石灰化なし.",
     {CON, ATL, AWC}),
    # full-width spaces as list separators
    ("jpv-31", "ja",
     "所見　右下葉すりガラス影　小葉間隔壁肥厚　両側少量胸水　心拡大\n"
     "陰性所見　肺気腫なし　結節なし　リンパ節腫大なし",
     {OPA, IST, PE, CM}),
    # line breaks in the middle of sentences, polite
    ("jpv-32", "ja",
     "右肺上葉から下葉にかけて、気管支血管束\n周囲の気管支壁肥厚と、一部に気管支拡張を\n認めます。"
     "慢性気道感染症の可能性が\nあります。左上葉に石灰化結節（陳旧性肉芽腫）があります。肺気腫は認め\nません。"
     "胸水、心嚢水もありません。縦隔\nリンパ節の腫大は認められません。",
     {PBT, BRX, NOD}),
    # one statement per line, plain
    ("jpv-33", "ja",
     "両側上葉に肺気腫\n右下葉に部分充実性結節 18mm\n縦隔リンパ節腫大を認めない\n胸水を認めない\n"
     "心嚢水を認めない\n大動脈弓に石灰化\n冠動脈に石灰化",
     {EMP, NOD, AWC, CAC}),
    # 【】 sections with ・ inside a denial
    ("jpv-34", "ja",
     "【所見】両肺に多発するすりガラス影と浸潤影を認める。胸水なし。リンパ節腫大なし。経鼻胃管留置。\n"
     "【診断】COVID-19肺炎疑い。\n【付記】気管支拡張・肺気腫なし。",
     {OPA, CON, MM}),
    # ※ notes qualifying a nodule
    ("jpv-35", "ja",
     "右上葉S1に10mm大の結節を認めます。\n※石灰化を伴わない。\n※前回との比較では増大しています。\n"
     "左下葉に板状無気肺。\n胸水なし、心拡大なし。\n※リンパ節は腫大なし。",
     {NOD, ATL}),
    # numbered with full-width period
    ("jpv-36", "ja",
     "1．両肺下葉胸膜下に網状変化と蜂巣肺、線維化として矛盾しない．\n"
     "2．すりガラス影を伴う、急性増悪の可能性あり．\n3．胸水なし．\n"
     "4．縦隔リンパ節は軽度腫大（反応性か）．\n5．心嚢水なし．",
     {FIB, OPA, LN}),
    # 「」 around the clinical question
    ("jpv-37", "ja",
     "依頼：「肺気腫の評価」「リンパ節転移の有無」\n所見：気腫性変化は認めません。"
     "縦隔・肺門リンパ節の腫大はありません。右肺下葉にすりガラス影と浸潤影があります。右胸水少量。",
     {OPA, CON, PE}),
    # organ: finding key-value
    ("jpv-38", "ja",
     "心臓：拡大なし\n心膜：肥厚・液貯留なし\n大動脈：壁石灰化あり\n冠動脈：LAD・RCAに石灰化\n"
     "食道：裂孔ヘルニアあり\n肺：異常なし\n胸膜：胸水なし",
     {AWC, CAC, HH}),
    # slashes for alternatives and pairs
    ("jpv-39", "ja",
     "左下葉の浸潤影は肺炎/誤嚥を考える。左胸水あり/少量。右胸水なし。右肺中葉に線状無気肺。"
     "心拡大/心嚢水なし。リンパ節腫大なし。",
     {CON, PE, ATL}),
    # no punctuation at all
    ("jpv-40", "ja",
     "両肺に小葉中心性肺気腫あり右肺上葉に径7mmの結節を認める前回と比較して著変なし"
     "両側胸水は認めない大動脈に石灰化を認める縦隔リンパ節の腫大はない",
     {EMP, NOD, AWC}),
    # spaces as phrase separators, polite
    ("jpv-41", "ja",
     "両側下葉に 気管支拡張と 気管支壁肥厚を 認めます モザイクパターンを 伴います "
     "副鼻腔気管支症候群の可能性があります 胸水は ありません 肺結節は ありません 心拡大も ありません",
     {BRX, PBT, MOS}),
    # [n] numbers with colons
    ("jpv-42", "ja",
     "[1] 右肺中葉：浸潤影（無気肺を伴う）\n[2] 右胸水：少量\n[3] 心嚢水：なし\n"
     "[4] 縦隔：#7 リンパ節 14mm 腫大\n[5] 肺気腫：なし",
     {CON, ATL, PE, LN}),
    # ● bullets with devices
    ("jpv-43", "ja",
     "●右鎖骨下静脈からCVカテーテル留置，先端は上大静脈内．\n●右胸腔ドレーン留置中．\n"
     "●右気胸は改善，右胸水少量残存．\n●両肺に気腫性嚢胞（ブラ）多発．\n●心拡大・心嚢液なし．",
     {MM, PE, EMP}),
    # 認めず denials with full-width punctuation
    ("jpv-44", "ja",
     "所見：左肺上葉に浸潤影を認めず，すりガラス影も認めず．両側下葉に小葉間隔壁肥厚あり，"
     "心不全による間質性肺水腫を考える．両側胸水あり．心拡大あり．縦隔リンパ節腫大は認めず．",
     {IST, PE, CM}),
    # mixed layout: ■ heading, 1) numbers, ／ and （−）
    ("jpv-45", "ja",
     "■ 胸部CT（単純）\n1) 肺野：右上葉に瘢痕性変化を認めます．\n2) 両肺に気腫性変化はありません．\n"
     "3) 縦隔：大動脈弓に石灰化あり／リンパ節腫大なし．\n4) 胸膜：胸水（−）．\n"
     "5) 腹部：食道裂孔ヘルニアがみられます．",
     {FIB, AWC, HH}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jpv-25", ATL): "a located item (「両下葉に受動無気肺」) before a Western comma shares the next item's なし, as a bare list would",
    ("jpv-40", NOD): "a report with no punctuation at all is one clause, so the nodule's part names 縦隔 (an exclusion) too",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
