"""Probe: Japanese chest CT reports of sarcoidosis, malignant lymphoma and other nodal diseases
(silicosis, Castleman disease, IgG4-related disease, lymphangitic carcinomatosis): bilateral hilar
lymphadenopathy (BHL), symmetric mediastinal/hilar node enlargement, egg-shell calcification,
perilymphatic micronodules, peribronchovascular interstitial thickening (Peribronchial thickening is
1 only when bronchial wall / peribronchial thickening is stated), nodular septal thickening,
upper-lobe fibrosis, lymphomatous mediastinal masses, response after treatment (resolved or
normal-sized nodes are 0), axillary/supraclavicular/para-aortic nodes, and reports in which nodes
are denied while other findings are present. The reports were written for this file without
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
    ("jsx-01", "ja", (
        "【所見】両側肺門および縦隔(#4R, #7)リンパ節の対称性腫大を認めます。"
        "両肺にはリンパ路に沿った微細な粒状影が上中肺野優位に散見され、気管支血管束の肥厚を伴っています。"
        "胸水は認めません。\n【診断】サルコイドーシスを疑います。"
    ), {LN, NOD}),
    ("jsx-02", "ja", (
        "両側肺門リンパ節腫脹(BHL)を認めます。肺野に明らかな異常影はありません。心拡大なし。"
        "胸水、心嚢液貯留はありません。\n印象:BHL。サルコイドーシスとして矛盾しません。"
    ), {LN}),
    ("jsx-03", "ja", (
        "縦隔および両側肺門リンパ節は腫大し、卵殻状石灰化を伴っています。"
        "両側上葉優位に線維化を認め、牽引性気管支拡張と上葉の容積減少を伴います。\n"
        "診断:珪肺症、あるいは陳旧性サルコイドーシスを考えます。"
    ), {LN, FIB, BRX}),
    ("jsx-04", "ja", (
        "前縦隔に長径8cm大の分葉状の軟部腫瘤を認め、周囲の縦隔リンパ節も多数腫大しています。"
        "悪性リンパ腫を疑います。左胸水少量。心嚢液の少量貯留を認めます。"
    ), {PCE, LN, PE}),
    ("jsx-05", "ja", (
        "悪性リンパ腫、R-CHOP療法6コース終了後。前回認めた縦隔リンパ節腫大は消失しています。"
        "腋窩リンパ節も正常大です。右前胸部にCVポートが留置されています。肺野に異常影なし。"
    ), {MM}),
    ("jsx-06", "ja", (
        "化学療法後。"
        "縦隔リンパ節は全体に縮小していますが、気管前リンパ節は短径15mmと依然腫大しています。"
        "残存病変の可能性があります。肺野、胸膜に特記すべき所見はありません。"
    ), {LN}),
    ("jsx-07", "ja", (
        "縦隔・肺門にリンパ節腫大は認めません。両肺上葉に小葉中心性肺気腫を認めます。"
        "大動脈弓部に石灰化を認めます。冠動脈に石灰化あり。"
    ), {AWC, CAC, EMP}),
    ("jsx-08", "ja", (
        "小葉間隔壁の結節状肥厚と、気管支血管束に沿った小結節を両肺に認めます。"
        "両側肺門リンパ節腫大あり。\n印象:サルコイドーシスに合致する所見です。"
    ), {LN, NOD, IST}),
    ("jsx-09", "ja", (
        "両側下葉に気管支壁肥厚を認め、気管支周囲に小結節が散在しています。"
        "縦隔リンパ節は正常大です。胸水なし。"
    ), {NOD, PBT}),
    ("jsx-10", "ja", (
        "右鎖骨上窩および両側腋窩に多発するリンパ節腫大を認め、最大は左腋窩で短径3cmです。"
        "撮像範囲の上腹部で傍大動脈リンパ節も腫大しています。脾腫あり。\n"
        "診断:悪性リンパ腫の再発を疑います。"
    ), {LN}),
    ("jsx-11", "ja", (
        "縦隔に短径10mm未満の小リンパ節が散見されますが、有意な腫大ではありません。"
        "右下葉S10に5mmの充実性結節を認めます。経過観察を推奨します。"
    ), {NOD}),
    ("jsx-12", "ja", (
        "左上葉に気管支透亮像を伴う浸潤影を認め、リンパ腫の肺浸潤を否定できません。"
        "縦隔リンパ節腫大を伴っています。胸水なし。"
    ), {LN, CON}),
    ("jsx-13", "ja", (
        "サルコイドーシス経過観察。両側肺門リンパ節腫脹は前回より縮小し、現在は正常範囲内です。"
        "両肺にすりガラス影や粒状影は認めません。両上葉に軽度の線維化が残存しています。"
    ), {FIB}),
    ("jsx-14", "ja", (
        "右胸水多量で、右下葉に受動無気肺を伴います。縦隔に多発するリンパ節腫大を認めます。"
        "心嚢液貯留はありません。"
    ), {LN, ATL, PE}),
    ("jsx-15", "ja", (
        "両肺で気管支血管束の不整な肥厚を認め、その周囲にすりガラス影を伴います。"
        "縦隔・肺門リンパ節腫大は認めません。胸水なし。"
    ), {OPA}),
    ("jsx-16", "ja", (
        "心サルコイドーシスに対し植込み型除細動器が留置されており、リード先端は右室心尖部にあります。"
        "心拡大を認めます。縦隔リンパ節に軽度の腫大を認めます。肺野に異常影なし。"
    ), {MM, CM, LN}),
    ("jsx-17", "ja", (
        "縦隔・肺門リンパ節に卵殻状石灰化を認めますが、サイズは正常です。"
        "両上葉に小粒状影が多発しています。\n診断:じん肺の可能性を考えます。"
    ), {NOD}),
    ("jsx-18", "ja", (
        "撮像範囲の上腹部で傍大動脈リンパ節の腫大を認めます。胸部にリンパ節腫大はありません。"
        "肺野、胸膜に異常所見なし。"
    ), {LN}),
    ("jsx-19", "ja", (
        "両上葉優位の線維化を認め、蜂巣肺様の嚢胞と牽引性気管支拡張を伴っています。"
        "肺門リンパ節腫大は目立ちません。\n"
        "印象:サルコイドーシス(Stage IV)として矛盾しません。"
    ), {FIB, BRX}),
    ("jsx-20", "ja", (
        "前縦隔から中縦隔にかけて巨大な軟部腫瘤を認め、癒合したリンパ節と考えられます。"
        "上大静脈を圧排しています。心嚢液貯留あり。\n"
        "診断:ホジキンリンパ腫などの悪性リンパ腫を疑います。"
    ), {PCE, LN}),
    ("jsx-21", "ja", (
        "右肺門リンパ節腫大の可能性があり、造影CTでの再評価を推奨します。"
        "大動脈壁に石灰化を認めます。肺野に異常影なし。"
    ), {AWC, LN}),
    ("jsx-22", "ja", (
        "縦隔リンパ節腫大は認めません。悪性リンパ腫の除外目的にPET-CTを推奨します。"
        "食道裂孔ヘルニアを認めます。"
    ), {HH}),
    ("jsx-23", "ja", (
        "胸膜下および葉間胸膜に沿って微小結節が多発しています。小葉間隔壁の肥厚も伴います。"
        "両側肺門リンパ節腫大を認めます。\n診断:サルコイドーシス疑い。"
    ), {LN, NOD, IST}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("jsx-24", "ja", (
        "左上葉に4cm大の腫瘤を認めます。"
        "左肺に小葉間隔壁の結節状肥厚と気管支血管束の肥厚が広がっています。縦隔リンパ節腫大あり。"
        "左胸水を認めます。\n診断:肺癌および癌性リンパ管症を疑います。"
    ), {LN, PE, IST}),
    ("jsx-25", "ja", (
        "縦隔および両側肺門に多発するリンパ節腫大を認め、造影にて均一に強く増強されます。"
        "両肺に薄壁の嚢胞が散在しています。\n診断:多中心性キャッスルマン病を疑います。"
    ), {LN}),
    ("jsx-26", "ja", (
        "縦隔・両側肺門リンパ節腫大を認めます。両肺で気管支血管束の肥厚と小葉間隔壁肥厚を認めます。"
        "\n診断:IgG4関連疾患の可能性があります。"
    ), {LN, IST}),
    ("jsx-27", "ja", (
        "縦隔リンパ節に石灰化を認めますが、腫大はありません。"
        "右上葉に石灰化結節と索状影を認め、陳旧性炎症後の変化と考えます。"
    ), {NOD, FIB}),
    ("jsx-28", "ja", (
        "悪性リンパ腫治療後。前回認めた縦隔・腋窩のリンパ節はすべて正常大に縮小しています。"
        "両側胸水は消失しました。左下葉に板状無気肺を認めます。\n印象:完全奏効に相当します。"
    ), {ATL}),
    ("jsx-29", "ja", (
        "両側肺門リンパ節腫脹を認め、気管支周囲の肥厚と、リンパ路に沿った粒状影を伴っています。\n"
        "印象:サルコイドーシスを考えます。"
    ), {LN, NOD, PBT}),
    ("jsx-30", "ja", (
        "両側肺門リンパ節腫大を認めます。"
        "吸気CTで肺野にモザイク状の濃度差があり、呼気CTでエアトラッピングを認めます。"
        "サルコイドーシスの末梢気道病変を考えます。"
    ), {LN, MOS}),
    ("jsx-31", "ja", (
        "両側腋窩に脂肪門を有する小リンパ節を認め、反応性と考えます。有意な腫大はありません。"
        "両側乳房にシリコンインプラントが挿入されています。肺野に異常なし。"
    ), {MM}),
    ("jsx-32", "ja", (
        "両肺に気管支透亮像を伴う浸潤影が多発し、周囲にすりガラス影と粒状影を伴っています。"
        "両側肺門リンパ節腫大あり。\n診断:肺胞型サルコイドーシスを疑います。"
    ), {LN, NOD, OPA, CON}),
    ("jsx-33", "ja", (
        "縦隔・肺門・腋窩に有意なリンパ節腫大は認めません。"
        "右下葉に気管支拡張と気管支壁肥厚を認めます。"
    ), {PBT, BRX}),
    ("jsx-34", "ja", (
        "胸水、心嚢液、リンパ節腫大はいずれも認めません。心拡大を認めます。"
        "冠動脈に高度の石灰化あり。"
    ), {CM, CAC}),
    ("jsx-35", "ja", (
        "気管分岐下リンパ節は短径12mmと軽度腫大しており、反応性腫大も否定できません。"
        "前回認めた右下葉の浸潤影は消退しています。"
    ), {LN}),
    ("jsx-36", "ja", (
        "両側鎖骨上窩、縦隔、両側肺門、両側腋窩に多発するリンパ節腫大を認めます。"
        "右胸水を認め、右下葉に圧排性無気肺を伴います。脾腫あり。\n"
        "診断:びまん性大細胞型B細胞リンパ腫の病期評価として、横隔膜上下に病変を認めます。"
    ), {LN, ATL, PE}),
    ("jsx-37", "ja", (
        "縦隔リンパ節は正常大です。肺門リンパ節の腫大もありません。"
        "右中葉に索状影を認め、陳旧性の瘢痕と考えます。胸部大動脈に石灰化あり。"
    ), {AWC, FIB}),
    ("jsx-38", "ja", (
        "右上葉で小結節が集簇して腫瘤を形成しています(galaxy sign)。"
        "両側肺門リンパ節腫大を伴います。\n診断:サルコイドーシスを疑います。"
    ), {LN, NOD}),
    ("jsx-39", "ja", (
        "ステロイド治療中。縦隔リンパ節は前回より増大しています。両側に少量の胸水を認めます。"
    ), {LN, PE}),
    ("jsx-40", "ja", (
        "サルコイドーシスの既往。以前指摘された両側肺門リンパ節腫脹は今回消失しています。"
        "肺野に異常影なし。胆嚢摘出術後で、胆嚢床にクリップを認めます。"
    ), {MM}),
    ("jsx-41", "ja", (
        "両肺に大小不同の多発結節を認めます。縦隔リンパ節腫大あり。"
        "心膜の肥厚と心嚢液貯留を認めます。\n診断:悪性リンパ腫の肺および心膜浸潤を疑います。"
    ), {PCE, LN, NOD}),
    ("jsx-42", "ja", (
        "左下葉に気管支透亮像を伴うコンソリデーションを認め、内部に気管支拡張を伴います。"
        "リンパ節腫大は認めません。\n診断:MALTリンパ腫を疑います。"
    ), {CON, BRX}),
    ("jsx-43", "ja", (
        "両上肺野優位に多数の小粒状影を認め、両上葉には塊状の線維化(PMF)を形成しています。"
        "肺門・縦隔リンパ節は卵殻状石灰化を伴って腫大しています。肺気腫を合併しています。\n"
        "診断:珪肺症。"
    ), {LN, EMP, NOD, FIB}),
    ("jsx-44", "ja", (
        "BHLなし。軽度の小葉間隔壁肥厚を認めます。両下葉に線状無気肺あり。"
    ), {ATL, IST}),
    ("jsx-45", "ja", (
        "気管分岐下に短径9mmのリンパ節を認めますが、有意な腫大とは言えません。"
        "リンパ節腫大を疑う所見はありません。大動脈に石灰化を認めます。食道裂孔ヘルニアあり。"
    ), {AWC, HH}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jsx-01", PBT): "CT-RATE convention: peribronchovascular (気管支血管束) thickening is labelled Peribronchial thickening (train: 2 of 2 reports)",
    ("jsx-15", PBT): "CT-RATE convention: peribronchovascular (気管支血管束) thickening is labelled Peribronchial thickening (train: 2 of 2 reports)",
    ("jsx-24", PBT): "CT-RATE convention: peribronchovascular (気管支血管束) thickening is labelled Peribronchial thickening (train: 2 of 2 reports)",
    ("jsx-26", PBT): "CT-RATE convention: peribronchovascular (気管支血管束) thickening is labelled Peribronchial thickening (train: 2 of 2 reports)",
    ("jsx-31", LN): "CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
