"""Probe: Japanese chest CT reports of non-tuberculous mycobacterial disease (肺MAC症,
非結核性抗酸菌症), bronchiectasis and chronic airway infection, as Japanese radiologists write
them: 中葉舌区型の気管支拡張, 小葉中心性粒状影, 分岐状影 (tree-in-bud), cavitary nodules, 浸潤影,
気管支壁肥厚, 粘液栓, middle-lobe atelectasis, scarring, pleural thickening, DPB, 副鼻腔気管支症候群,
CF-like bronchiectasis, aspergilloma (菌球), comparison with prior CT during treatment (増加, 改善,
不変, 新出, 消失), polite and plain forms, hedges and denials, short impressions, full
findings+impression reports and 箇条書き, with negative controls. The reports were written for this
file without looking at the engine's lexicon or cue lists.
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
    ("jntm-01", "ja",
     "中葉舌区に気管支拡張と小葉中心性粒状影を認めます。肺MAC症を疑います。",
     {BRX, NOD}),
    ("jntm-02", "ja",
     ("【所見】右中葉および左舌区に円柱状の気管支拡張と気管支壁肥厚を認めます。"
     "周囲に小葉中心性の粒状影と分岐状影（tree-in-bud）が散在しています。"
     "左舌区には淡いすりガラス影も伴います。右中葉には容積減少を伴う無気肺がみられます。"
     "右上葉S2に径12mmの結節を認め、内部に小空洞を伴います。"
     "縦隔・肺門に有意なリンパ節腫大はありません。胸水は認めません。\n"
     "【診断】中葉舌区型の非結核性抗酸菌症（肺MAC症）を疑います。"),
     {BRX, PBT, NOD, OPA, ATL}),
    ("jntm-03", "ja",
     ("・両肺に小葉中心性粒状影が多発。\n"
     "・右中葉、左舌区に気管支拡張。\n"
     "・右上葉に壁の厚い空洞を伴う結節（径25mm）あり。\n"
     "・胸水なし、リンパ節腫大なし。\n"
     "→ 線維空洞型の非結核性抗酸菌症を考える。"),
     {NOD, BRX}),
    ("jntm-04", "ja",
     ("前回CT（2023年4月）と比較。肺MAC症に対し治療中。右中葉の浸潤影は縮小しており改善しています。"
     "左舌区の小葉中心性粒状影は減少しました。中葉舌区の気管支拡張は不変です。新たな病変の出現はありません。"),
     {CON, OPA, NOD, BRX}),
    ("jntm-05", "ja",
     ("前回と比較して右上葉の空洞は拡大し、空洞壁も肥厚しています。周囲の浸潤影は増加しています。"
     "左下葉に新たな結節影が出現しています。気管支壁肥厚も増強しています。病勢の増悪と考えます。"),
     {CON, OPA, NOD, PBT}),
    ("jntm-06", "ja",
     ("前回認めた右中葉の浸潤影は消失しています。前回みられた左舌区の粒状影も消失。"
     "中葉の気管支拡張は残存しています。胸水なし。"),
     {BRX}),
    ("jntm-07", "ja",
     ("肺野に結節、浸潤影、すりガラス影を認めません。気管支拡張や気管支壁肥厚はありません。肺気腫なし。"
     "胸水、心嚢液貯留なし。縦隔・肺門リンパ節の腫大なし。心拡大なし。"),
     set()),
    ("jntm-08", "ja",
     ("左上葉に既存の空洞があり、その内部に径2cmの腫瘤状の菌球を認めます。体位変換で可動性があります。"
     "空洞周囲には胸膜肥厚を伴います。周囲に瘢痕性の索状影あり。"
     "慢性肺アスペルギルス症（アスペルギローマ）を疑います。胸水は認めません。"),
     {NOD, FIB}),
    ("jntm-09", "ja",
     ("両肺びまん性に小葉中心性粒状影と分岐状影を認め、細気管支拡張を伴います。両下葉に気管支壁肥厚がみられます。"
     "右下葉に淡いすりガラス影あり。呼気相ではエアトラッピングを反映したモザイク状の吸収値差がみられます。"
     "撮像範囲の上顎洞に液貯留あり、副鼻腔炎の合併と考えます。びまん性汎細気管支炎を第一に考えます。"),
     {NOD, BRX, PBT, OPA, MOS}),
    ("jntm-10", "ja",
     "慢性副鼻腔炎あり。両下葉に気管支拡張と気管支壁肥厚、小葉中心性粒状影を認め、副鼻腔気管支症候群に合致します。",
     {BRX, PBT, NOD}),
    ("jntm-11", "ja",
     ("両上葉優位に嚢状・静脈瘤状の気管支拡張が広範にみられ、多数の粘液栓を伴います。気管支壁は全体に肥厚。"
     "右上葉に浸潤影。嚢胞性線維症類似の所見ですが、原発性線毛機能不全症の可能性も考えます。"
     "縦隔リンパ節は軽度腫大（短径12mm）しており反応性と思われます。"),
     {BRX, PBT, CON, OPA, LN}),
    ("jntm-12", "ja",
     ("右中葉は容積減少し、無気肺となっている。内部に拡張した気管支を認める（中葉症候群）。"
     "左舌区にも軽度の気管支拡張あり。その他の肺野に異常影なし。胸水なし。"),
     {ATL, BRX}),
    ("jntm-13", "ja",
     ("右上葉S1に5mm大の小結節を認めます。炎症性結節の可能性が高いですが、経過観察を推奨します。"
     "気管支拡張は認めません。小葉中心性粒状影もありません。"),
     {NOD}),
    ("jntm-14", "ja",
     ("左舌区に気管支拡張と周囲の粒状影を認めます。非結核性抗酸菌症は否定できません。"
     "喀痰抗酸菌培養をご検討ください。大動脈に壁石灰化を認めます。"),
     {BRX, NOD, AWC}),
    ("jntm-15", "ja",
     "右上葉に陳旧性の石灰化結節と瘢痕を認めます。活動性結核の除外のため喀痰検査を推奨します。浸潤影は認めません。",
     {NOD, FIB}),
    ("jntm-16", "ja",
     ("両上葉に小葉中心性肺気腫を認めます。右上葉に薄壁空洞を伴う結節があり、周囲に散布性の粒状影を伴います。"
     "気腫性変化を背景とした線維空洞型の肺MAC症を疑います。冠動脈に石灰化あり。"),
     {EMP, NOD, CAC}),
    ("jntm-17", "ja",
     "両肺に小嚢胞が散在しますが、気腫性変化は目立ちません。右中葉に軽度の気管支拡張を認めます。",
     {BRX}),
    ("jntm-18", "ja",
     ("両下葉胸膜直下優位に網状影と蜂巣肺を認め、牽引性気管支拡張を伴います。UIPパターンの間質性肺炎として矛盾しません。"
     "左舌区に新出の浸潤影があり、感染合併（非結核性抗酸菌症を含む）を疑います。"),
     {FIB, BRX, CON, OPA}),
    ("jntm-19", "ja",
     "縦隔に小リンパ節が散見されますが、有意な腫大ではありません。右中葉に気管支拡張と粒状影。",
     {BRX, NOD}),
    ("jntm-20", "ja",
     ("右中葉・左舌区に気管支拡張と小葉中心性粒状影を認め、肺MAC症として矛盾しません。前回と比べ著変ありません。"
     "食道裂孔ヘルニアあり。肝嚢胞あり。甲状腺右葉に結節あり。"),
     {BRX, NOD, HH}),
    ("jntm-21", "ja",
     ("右肺上葉に空洞を伴う浸潤影を認め、周囲に多発する粒状影を伴っています。右胸水を少量認めます。"
     "胸膜の肥厚もみられます。右肺門リンパ節の腫大を認めます。"
     "肺結核との鑑別を要しますが、非結核性抗酸菌症の可能性もあります。"),
     {CON, OPA, NOD, PE, LN}),
    ("jntm-22", "ja",
     ("・気管支拡張：なし\n"
     "・小葉中心性粒状影：なし\n"
     "・浸潤影：なし\n"
     "・結節：なし\n"
     "・胸水：なし\n"
     "・リンパ節腫大：なし\n"
     "特記すべき異常所見を認めません。"),
     set()),
    ("jntm-23", "ja",
     ("・気管支拡張：あり（右中葉、左舌区）\n"
     "・気管支壁肥厚：あり\n"
     "・粒状影：あり（右中葉）\n"
     "・空洞：なし\n"
     "・胸水：なし\n"
     "所見は肺MAC症（結節・気管支拡張型）に合致。"),
     {BRX, PBT, NOD}),
    ("jntm-24", "ja",
     "抗菌薬治療後。前回の右上葉の浸潤影は消退し、瘢痕化しています。空洞は閉鎖しています。左舌区の気管支拡張は残存。",
     {FIB, BRX}),
    ("jntm-25", "ja",
     ("右下葉の気管支内に粘液栓を認め、末梢に無気肺を伴います。左下葉にも気管支拡張と粘液栓がみられます。"
     "アレルギー性気管支肺アスペルギルス症（ABPA）も鑑別に挙がります。"),
     {ATL, BRX}),
    ("jntm-26", "ja",
     ("両上葉の中枢側優位に気管支拡張を認め、内部に高吸収の粘液栓を伴います。周囲に小葉中心性粒状影あり。"
     "ABPAを疑います。モザイクパターンはみられません。"),
     {BRX, NOD}),
    ("jntm-27", "ja",
     ("両肺にモザイク状の吸収値の不均一がみられ、細気管支病変を示唆します。"
     "両下葉に気管支壁肥厚と軽度の細気管支拡張を認めます。"),
     {MOS, PBT, BRX}),
    ("jntm-28", "ja",
     ("両肺にすりガラス影と小葉間隔壁肥厚を認め、crazy-paving様です。右中葉には気管支拡張を伴う浸潤影。"
     "両側胸水少量。心拡大あり。"),
     {OPA, IST, BRX, CON, PE, CM}),
    ("jntm-29", "ja",
     ("右鎖骨下静脈より中心静脈カテーテルが挿入され、先端は上大静脈に位置しています。肺MAC症に対して点滴治療中。"
     "右中葉の気管支拡張、粒状影は前回と比べ改善しています。"),
     {MM, BRX, NOD}),
    ("jntm-30", "ja",
     ("胸骨正中切開後のワイヤーあり。左前胸部に皮下ポートあり。左舌区に気管支拡張および気管支壁肥厚を認めます。"
     "心嚢液の貯留はありません。冠動脈石灰化を認めます。"),
     {MM, BRX, PBT, CAC}),
    ("jntm-31", "ja",
     ("前回CTと比較し、左下葉S6に新たに8mmの結節が出現。MAC症の新規病変を疑うが、肺癌も否定できない。"
     "中葉の気管支拡張は不変。"),
     {NOD, BRX}),
    ("jntm-32", "ja",
     "中葉舌区の気管支拡張、粒状影は前回と比べ不変。新出病変なし。",
     {BRX, NOD}),
    ("jntm-33", "ja",
     "肺MAC症の既往（治療終了後5年）。今回、肺野に活動性病変を示唆する所見はありません。気管支拡張も認めません。",
     set()),
    ("jntm-34", "ja",
     ("右上葉に結核後と思われる線維化と容積減少、胸膜肥厚を認めます。牽引性の気管支拡張を伴います。"
     "同部に石灰化を伴う小結節あり。胸水はありません。"),
     {FIB, BRX, NOD}),
    ("jntm-35", "ja",
     ("左舌区にair bronchogramを伴うコンソリデーションを認めます。肺炎を考えますが、非結核性抗酸菌症の増悪の可能性もあります。"
     "周囲にすりガラス影あり。"),
     {CON, OPA}),
    ("jntm-36", "ja",
     "右中葉に板状無気肺を認めます。浸潤影や結節はありません。気管支拡張は目立ちません。",
     {ATL}),
    ("jntm-37", "ja",
     ("心拡大と少量の心嚢液貯留を認めます。大動脈弓部に石灰化あり。"
     "肺野では右中葉に気管支拡張と気管支壁肥厚、周囲に粒状影がみられます。胸水なし。"),
     {CM, PCE, AWC, BRX, PBT, NOD}),
    ("jntm-38", "ja",
     ("両肺の小葉中心性粒状影は前回より増加しています。右中葉の無気肺も進行。左上葉の空洞性結節は増大しています。"
     "病状の悪化を疑います。"),
     {NOD, ATL}),
    ("jntm-39", "ja",
     "肺野に明らかな異常影は指摘できません。気管支拡張、気道壁肥厚は指摘できません。左腎に結石あり。肝臓に石灰化結節あり。",
     set()),
    ("jntm-40", "ja",
     ("右上葉の既存空洞内に air crescent sign を伴う腫瘤を認め、菌球を疑います。"
     "空洞壁の肥厚と周囲のすりガラス影が前回より増強しています。"),
     {NOD, OPA}),
    ("jntm-41", "ja",
     ("【臨床情報】70歳代女性。慢性咳嗽、血痰。肺MAC症にて経過観察中。\n"
     "【所見】前回（半年前）と比較。\n"
     "右中葉・左舌区の気管支拡張は軽度進行しています。右中葉の気管支壁肥厚および周囲の小葉中心性粒状影、"
     "分岐状影が増加しています。右下葉S6に新たな浸潤影が出現しています。左上葉の結節（10mm）は不変。"
     "縦隔リンパ節に有意な腫大はありません。胸水、心嚢液はありません。大動脈に軽度の壁石灰化を認めます。\n"
     "【診断】1. 肺MAC症の増悪を疑います。2. 右下葉の浸潤影は二次感染の可能性もあります。"),
     {BRX, PBT, NOD, CON, OPA, AWC}),
    ("jntm-42", "ja",
     "右中葉に軽度の気管支拡張を認めますが、活動性のMAC症は考えにくいです。粒状影や浸潤影はみられません。",
     {BRX}),
    ("jntm-43", "ja",
     "両上葉に傍隔壁性肺気腫と小ブラを認めます。気管支拡張なし。右下葉に陳旧性炎症後の瘢痕と思われる索状影あり。",
     {EMP, FIB}),
    ("jntm-44", "ja",
     "縦隔・両肺門に石灰化リンパ節を認めますが、腫大はありません。右上葉に石灰化肉芽腫あり。",
     {NOD}),
    ("jntm-45", "ja",
     "左下葉に斑状のすりガラス影と細気管支拡張を認める。気管支壁肥厚を伴う。慢性気道感染を疑う。",
     {OPA, BRX, PBT}),
    ("jntm-46", "ja",
     "右上葉に多発結節、一部空洞化。MAC症疑い。",
     {NOD}),
    ("jntm-48", "ja",
     "左上葉に空洞を伴う腫瘤影を認めます。周囲に散布性の粒状影はみられません。抗酸菌感染症を考えます。",
     {NOD}),
    ("jntm-47", "ja",
     "両肺に淡いすりガラス影が散在しますが、小葉間隔壁の肥厚はみられません。気管支拡張もありません。",
     {OPA}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jntm-41", OPA): "CT-RATE convention: tree-in-bud (分岐状影) alone is not labelled opacity (train: 17 of 25 reports naming it are 0); 浸潤影 alone is consolidation",
    ("jntm-04", OPA): "CT-RATE convention: 浸潤影 (consolidation) alone is not labelled Lung opacity (train: 2 of 17 reports with 浸潤影 as the only opacity word and consolidation labelled)",
    ("jntm-05", OPA): "CT-RATE convention: 浸潤影 (consolidation) alone is not labelled Lung opacity (train: 2 of 17 reports with 浸潤影 as the only opacity word and consolidation labelled)",
    ("jntm-11", OPA): "CT-RATE convention: 浸潤影 (consolidation) alone is not labelled Lung opacity (train: 2 of 17 reports with 浸潤影 as the only opacity word and consolidation labelled)",
    ("jntm-18", OPA): "CT-RATE convention: 浸潤影 (consolidation) alone is not labelled Lung opacity (train: 2 of 17 reports with 浸潤影 as the only opacity word and consolidation labelled)",
    ("jntm-21", OPA): "CT-RATE convention: 浸潤影 (consolidation) alone is not labelled Lung opacity (train: 2 of 17 reports with 浸潤影 as the only opacity word and consolidation labelled)",
    ("jntm-40", NOD): "CT-RATE convention: a lung mass alone is not labelled Lung nodule",
    ("jntm-48", NOD): "CT-RATE convention: a lung mass alone is not labelled Lung nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
