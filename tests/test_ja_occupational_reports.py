"""Probe: Japanese chest CT reports of occupational / dust lung disease written in the style of
Japanese radiologists: asbestosis (subpleural curvilinear lines, subpleural dots, intralobular
reticulation, honeycombing), pleural plaques and calcified plaques (not arterial calcification,
not effusion), diffuse pleural thickening, rounded atelectasis, silicosis / pneumoconiosis (small
nodules, large opacities / progressive massive fibrosis, eggshell-calcified nodes, counted as
lymphadenopathy only when enlarged), suspected mesothelioma, workers' compensation (労災) follow-up,
polite and plain forms, hedges, denials and comparison with prior examinations, plus negative
controls. The reports were written for this file without looking at the engine's lexicon or cue
lists.
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
    ("jocc-01", "ja",
     ("【所見】両側下葉背側優位に胸膜下曲線様陰影、胸膜下粒状影、小葉内網状影を認めます。"
     "右下葉には一部蜂巣肺を伴っています。牽引性気管支拡張もみられます。"
     "両側胸膜に石灰化を伴う胸膜プラークが多発しています。胸水貯留はありません。"
     "縦隔・肺門に有意なリンパ節腫大は認めません。\n"
     "【診断】石綿肺、胸膜プラーク。"),
     {FIB, NOD, BRX}),
    ("jocc-02", "ja",
     ("両側壁側胸膜および横隔膜胸膜に石灰化胸膜プラークを多数認めます。石綿曝露歴を示唆する所見です。"
     "肺野に間質性変化はみられません。胸水なし。大動脈に石灰化なし。"),
     set()),
    ("jocc-03", "ja",
     ("横隔膜上に石灰化した胸膜プラークあり。胸部大動脈には壁在石灰化が目立つ。"
     "冠動脈（LAD）にも石灰化を認める。肺野は清。胸水・心嚢水なし。"),
     {AWC, CAC}),
    ("jocc-04", "ja",
     ("左胸膜にびまん性胸膜肥厚を認め、肋横角は鈍化しています。少量の左胸水を伴っています。"
     "良性石綿胸水の経過として矛盾しません。隣接する左下葉に受動無気肺を認めます。"),
     {PE, ATL}),
    ("jocc-05", "ja",
     ("右びまん性胸膜肥厚は前回（2023年4月）と比べ著変ありません。前回みられた右胸水は消失しています。"
     "肺野に新たな異常影なし。"),
     set()),
    ("jocc-06", "ja",
     ("右下葉背側、胸膜肥厚に接して径35mm大の類円形の無気肺を認め、"
     "気管支血管束の渦巻き状の引き込み（comet tail sign）を伴います。円形無気肺の所見です。"
     "悪性腫瘍を示唆する所見はありません。周囲に石灰化胸膜プラークあり。"),
     {ATL}),
    ("jocc-07", "ja",
     "左下葉S10の胸膜下に楔状〜類円形の肺虚脱あり。円形無気肺疑い。前回より大きさ不変。",
     {ATL}),
    ("jocc-08", "ja",
     ("両肺上葉優位に境界明瞭な小粒状影が多発しています。一部石灰化を伴います。"
     "縦隔・両側肺門リンパ節に卵殻状石灰化を認めますが、リンパ節の腫大はありません。"
     "珪肺として矛盾しない所見です。"),
     {NOD}),
    ("jocc-09", "ja",
     ("両上葉に石灰化を伴う不整形の腫瘤（大陰影、進行性塊状線維化）を認め、周囲には気腫性変化を伴っています。"
     "背景に多数の小粒状影がみられます。縦隔リンパ節は腫大し、卵殻状石灰化を伴っています（#4R 短径15mm）。"),
     {NOD, FIB, EMP, LN}),
    ("jocc-10", "ja",
     ("じん肺健診（労災補償に係る経過観察）。前回CT（2022年10月）と比較しました。"
     "両肺に散在する小粒状影は数・大きさともに著変ありません。大陰影の出現はありません。"
     "胸水、リンパ節腫大なし。"),
     {NOD}),
    ("jocc-11", "ja",
     ("右胸膜に不整な結節状肥厚が全周性に認められ、縦隔胸膜にも及んでいます。右胸水を中等量認めます。"
     "悪性胸膜中皮腫を疑います。胸膜生検をご検討ください。肺内に結節は認めません。"),
     {PE}),
    ("jocc-12", "ja",
     ("左胸膜の肥厚は前回より増大し、厚さ12mmとなっています。葉間胸膜にも結節状の肥厚が出現しています。"
     "中皮腫の可能性は否定できません。左内胸リンパ節が腫大しています（短径11mm）。胸水はありません。"),
     {LN}),
    ("jocc-13", "ja",
     ("石綿取扱い作業歴あり（造船業 20年）。胸膜プラークなし。肺野に線維化を示唆する所見を認めません。"
     "結節なし。胸水なし。縦隔リンパ節腫大なし。特記すべき異常所見はありません。"),
     set()),
    ("jocc-14", "ja",
     "胸部CT：異常所見なし。石綿関連病変を認めない。",
     set()),
    ("jocc-15", "ja",
     ("両上葉に小葉中心性肺気腫。両下葉胸膜直下に網状影、一部蜂巣肺形成。石綿肺として矛盾しない。"
     "横隔膜胸膜に石灰化プラーク。大動脈弓部に石灰化。"),
     {EMP, FIB, AWC}),
    ("jocc-16", "ja",
     ("両側下葉背側の胸膜下に曲線様陰影がみられます。腹臥位でも消失せず、"
     "早期の石綿肺による線維化の可能性があります。"),
     {FIB}),
    ("jocc-17", "ja",
     ("両下葉背側に淡い胸膜下曲線様陰影を認めます。荷重部の無気肺の可能性が高く、"
     "間質性変化は明らかではありません。必要に応じて腹臥位での撮影をご検討ください。"),
     {ATL}),
    ("jocc-18", "ja",
     ("前回（2021/6）と比較して、両下葉の網状影および蜂巣肺は拡大しています。"
     "牽引性気管支拡張も目立つようになりました。新たにすりガラス影が両下葉に出現しており、"
     "急性増悪の可能性も考慮されます。石灰化胸膜プラークは不変。"),
     {FIB, BRX, OPA}),
    ("jocc-19", "ja",
     ("両下葉胸膜下優位に小葉内網状影と小葉間隔壁肥厚を認め、石綿肺に合致します。"
     "気管支壁の肥厚もみられます。"),
     {FIB, IST, PBT}),
    ("jocc-20", "ja",
     "右下葉胸膜下に小葉内網状影がわずかにみられます。小葉間隔壁肥厚ははっきりしません。蜂巣肺なし。",
     {FIB}),
    ("jocc-21", "ja",
     ("溶接工。両肺にびまん性に淡い小葉中心性粒状影を認め、溶接工肺（じん肺）を疑います。"
     "気管支壁の肥厚あり。肺気腫は目立ちません。縦隔リンパ節は小さく、病的腫大はありません。"),
     {NOD, PBT}),
    ("jocc-22", "ja",
     ("ペースメーカー留置後。両上葉背側優位に小粒状影が散在し、珪肺の所見です。心拡大あり。"
     "食道裂孔ヘルニアあり。胸水なし。"),
     {MM, NOD, CM, HH}),
    ("jocc-23", "ja",
     ("両側胸壁（第6〜9肋骨レベル）および両側横隔膜ドーム上に、板状の石灰化を伴う胸膜肥厚斑が散在しています。"
     "いずれも胸膜プラークの所見で、前回と比較して変化ありません。胸水はなく、肺野に結節影は認めません。"),
     set()),
    ("jocc-24", "ja",
     ("右上葉S2に径14mmの充実性結節を新たに認めます。辺縁にスピキュラを伴い、原発性肺癌が疑われます。"
     "石綿曝露歴と胸膜プラークがあり、注意が必要です。右肺門リンパ節の腫大あり（短径13mm）。"),
     {NOD, LN}),
    ("jocc-25", "ja",
     ("珪肺（管理区分4）。両上葉の大陰影（進行性塊状線維化）は前回と著変なし。"
     "右下葉に新たにコンソリデーションと周囲のすりガラス影を認め、細菌性肺炎を疑います。少量の右胸水もあります。"),
     {NOD, FIB, CON, OPA, PE}),
    ("jocc-26", "ja",
     ("石綿肺の労災認定後の定期フォローです。両下葉胸膜下の網状影は前回（2023年5月）と比べ明らかな進行はありません。"
     "蜂巣肺は認めません。両側に石灰化胸膜プラークが多発しており、著変ありません。"
     "冠動脈に石灰化を認めます。心嚢液貯留はありません。"),
     {FIB, CAC}),
    ("jocc-27", "ja",
     "右びまん性胸膜肥厚あり。背側にごく少量の胸水の存在も否定できません。",
     {PE}),
    ("jocc-28", "ja",
     ("縦隔（#7、#4R）および両側肺門に卵殻状の石灰化を示すリンパ節を認めます。サイズは正常範囲内です。"
     "肺野には小粒状影がわずかに散見されます。"),
     {NOD}),
    ("jocc-29", "ja",
     "両側肺門・縦隔リンパ節腫大、卵殻状石灰化を伴う。珪肺に伴う変化と考える。肺野に粒状影多発、一部癒合傾向。",
     {LN, NOD}),
    ("jocc-30", "ja",
     ("胸膜プラークの経過観察。プラークは不変で、新たな胸膜肥厚や胸水はみられず、中皮腫を疑う所見はありません。"
     "肺野にも著変なし。"),
     set()),
    ("jocc-31", "ja",
     ("右胸膜中皮腫に対する胸膜切除/肺剥皮術後。右胸腔ドレーンが留置されています。"
     "右胸腔内に少量の液貯留と気体を認めます。右下葉に無気肺あり。再発を示唆する胸膜結節は指摘できません。"),
     {MM, PE, ATL}),
    ("jocc-32", "ja",
     ("左悪性胸膜中皮腫の既知症例。左胸膜の腫瘤状肥厚は前回より増大しています。"
     "心膜への浸潤が疑われ、心嚢液貯留が新たに出現しています。左胸水は増加しています。"
     "縦隔リンパ節腫大（#5 短径14mm）を認めます。"),
     {PCE, PE, LN}),
    ("jocc-33", "ja",
     ("両肺に小葉単位の濃度差（モザイクパターン）がみられ、呼気でair trappingを示します。"
     "小粒状影が上葉に散在。気管支壁肥厚あり。"),
     {MOS, NOD, PBT}),
    ("jocc-34", "ja",
     ("既往：良性石綿胸水（2019年、胸腔穿刺施行）。今回、胸水の再貯留はありません。"
     "右肋横角にびまん性胸膜肥厚が残存しています。右下葉胸膜下に索状影あり、陳旧性変化と考えます。"),
     {FIB}),
    ("jocc-35", "ja",
     "左下葉の円形無気肺は不変。肺癌を疑う結節・腫瘤はない。石灰化胸膜プラーク多発。",
     {ATL}),
    ("jocc-36", "ja",
     ("【臨床情報】採石業30年、珪肺にて労災認定済み。咳嗽増悪。\n"
     "【所見】両上葉に石灰化を伴う塊状影（進行性塊状線維化）があり、左上葉のものは前回より増大しています。"
     "周囲に傍隔壁型肺気腫とブラを認めます。両下葉に気管支拡張がみられます。背景に小粒状影がびまん性に分布。"
     "縦隔・肺門リンパ節は卵殻状石灰化を伴い軽度腫大。大動脈および冠動脈に石灰化。小さな食道裂孔ヘルニア。\n"
     "【診断】珪肺 PMF、肺気腫、気管支拡張症。肺癌合併の除外のためPET-CTを推奨します。"),
     {NOD, FIB, EMP, BRX, LN, AWC, CAC, HH}),
    ("jocc-37", "ja",
     "前回みられた右中葉のコンソリデーションは消退しています。胸膜プラークは不変。肺気腫なし。",
     set()),
    ("jocc-38", "ja",
     ("鋳物工場勤務歴。両肺上葉に微細粒状影を認め、珪肺が疑われます。"
     "#4Rリンパ節が短径12mmと腫大しており、反応性の変化と考えます。"),
     {NOD, LN}),
    ("jocc-39", "ja",
     ("両下葉に胸膜下優位のすりガラス影と網状影、小葉間隔壁の肥厚を認めます。胸水なし。"
     "軽度の食道裂孔ヘルニアあり。"),
     {OPA, FIB, IST, HH}),
    ("jocc-40", "ja",
     "両下葉背側胸膜下に網状影。蜂巣肺なし。牽引性気管支拡張なし。石綿肺（PR1型相当）。",
     {FIB}),
    ("jocc-41", "ja",
     ("心拡大なし。心膜の軽度肥厚あり、心嚢液貯留はない。両側胸膜プラークあり、一部石灰化。"
     "大動脈壁の石灰化は軽度。"),
     {AWC}),
    ("jocc-42", "ja",
     "右下葉に5mmの石灰化結節あり、陳旧性肉芽腫と考えます。右横隔膜胸膜に石灰化プラーク。肝嚢胞あり。",
     {NOD}),
    ("jocc-43", "ja",
     "前回指摘した左下葉の円形無気肺は今回消失しています。左胸膜肥厚は残存。",
     set()),
    ("jocc-44", "ja",
     ("石綿肺の急性増悪で挿管管理中。気管チューブ先端は気管分岐部上3cm。右内頸静脈よりCVカテーテル留置。"
     "両肺にびまん性すりガラス影が拡大し、背側にはコンソリデーションを伴います。"
     "両側少量胸水と下葉の受動無気肺を認めます。背景の蜂巣肺は既知。"),
     {MM, OPA, CON, PE, ATL, FIB}),
    ("jocc-45", "ja",
     ("粉じん作業歴（トンネル工事）あり。じん肺を示唆する粒状影や大陰影は認めません。"
     "両上葉に軽度の小葉中心性肺気腫を認めます。リンパ節に石灰化なし。"),
     {EMP}),
    ("jocc-46", "ja",
     ("左側胸壁の胸膜プラークは厚さ8mmで石灰化を伴います。少量胸水との鑑別を要しましたが、"
     "CT値から石灰化プラークと判断します。"),
     set()),
    ("jocc-47", "ja",
     ("右びまん性胸膜肥厚があり、隣接肺にcrow's feet signを呈する線状影・索状影を伴います。"
     "壁側胸膜下脂肪層の肥厚あり。"),
     {FIB}),
    ("jocc-48", "ja",
     "胸水・心嚢水・リンパ節腫大なし。肺気腫・結節なし。石灰化胸膜プラークのみ。",
     set()),
]

OPEN: dict[tuple[str, str], str] = {
    ("jocc-01", OPA): "CT-RATE convention: a linear shadow (線状影, 曲線様陰影) is labelled Lung opacity (train: all 5 reports with 線状影 are)",
    ("jocc-16", OPA): "CT-RATE convention: a linear shadow (線状影, 曲線様陰影) is labelled Lung opacity (train: all 5 reports with 線状影 are)",
    ("jocc-17", OPA): "CT-RATE convention: a linear shadow (線状影, 曲線様陰影) is labelled Lung opacity (train: all 5 reports with 線状影 are)",
    ("jocc-47", OPA): "CT-RATE convention: a linear shadow (線状影, 曲線様陰影) is labelled Lung opacity (train: all 5 reports with 線状影 are)",
    ("jocc-25", NOD): "CT-RATE convention: a lung mass (here progressive massive fibrosis, 大陰影) alone is not labelled Lung nodule",
    ("jocc-28", LN): "CT-RATE convention: a described node (here eggshell-calcified, of normal size) is labelled lymphadenopathy, as all 14 train reports with a calcified lymph node are",
    ("jocc-41", PCE): "CT-RATE convention: pericardial thickening is labelled Pericardial effusion ('pericardial effusion-thickening'), also where fluid is denied, as the other probes label it",
    ("jocc-46", AWC): "「石灰化プラーク」 in a sentence of its own is read as arterial; only the sentence before names the pleura",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
