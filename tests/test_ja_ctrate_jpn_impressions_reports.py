"""Probe: the IMPRESSION part of Japanese machine-translated CT-RATE-style reports, as an LLM told to
write like a Japanese radiologist would render an English impression list originally written by
Turkish radiologists: 3-7 short items, one per line, noun-phrase style (体言止め) or short sentences,
sometimes numbered, with hedges as question marks in parentheses, 〜に合致する可能性,
〜の観点から評価が推奨される, occasional denials (活動性の浸潤影なし) and impressions that only say
nothing significant. The reports were written for this file without looking at the engine's lexicon
or cue lists.
Convention (CT-RATE): 1 when present or hedged (a question mark counts as present), 0 when denied,
resolved, or not mentioned; lymph nodes said not to reach pathological size still count as LN,
後遺性変化 counts as FIB, 線状無気肺 as ATL, 非特異的結節 as NOD."""
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
    ("jci-01", "ja",
     ("両肺の気腫性変化\n"
      "両肺の非特異的な小結節(最大径4mm)\n"
      "胸部大動脈の石灰化アテローム性プラーク"),
     {EMP, NOD, AWC}),
    ("jci-02", "ja",
     ("1. 右肺下葉のコンソリデーションおよび周囲のすりガラス影(感染過程?)\n"
      "2. 右側少量胸水\n"
      "3. 縦隔に病的サイズに達しないリンパ節を数個認める"),
     {CON, OPA, PE, LN}),
    ("jci-03", "ja",
     ("胸部CTで有意な病的所見なし\n"
      "活動性浸潤影は認めない\n"
      "縦隔リンパ節腫大なし"),
     set()),
    ("jci-04", "ja",
     ("心拡大\n"
      "両側胸水\n"
      "両肺の小葉間隔壁肥厚(肺うっ血に合致する可能性)\n"
      "両肺下葉の受動性無気肺"),
     {CM, PE, IST, ATL}),
    ("jci-05", "ja",
     ("滑脱型食道裂孔ヘルニア\n"
      "冠動脈の石灰化\n"
      "両肺下葉の線状無気肺"),
     {HH, CAC, ATL}),
    ("jci-06", "ja",
     ("両肺の後遺性変化\n"
      "左肺上葉の石灰化結節(陳旧性肉芽腫性病変)\n"
      "前回検査から有意な変化を認めない"),
     {FIB, NOD}),
    ("jci-07", "ja",
     ("1. 吸収値のモザイクパターン(小気道病変?)\n"
      "2. 気管支壁肥厚\n"
      "3. 両肺下葉の気管支拡張性変化"),
     {MOS, PBT, BRX}),
    ("jci-08", "ja",
     ("胸骨正中切開後の変化および胸骨ワイヤー\n"
      "冠動脈バイパス術後\n"
      "大動脈の石灰化\n"
      "心拡大なし"),
     {MM, AWC}),
    ("jci-09", "ja",
     ("両肺に散在するすりガラス影(ウイルス性肺炎に合致する可能性)\n"
      "両肺の小葉間隔壁肥厚\n"
      "胸水は認めない"),
     {OPA, IST}),
    ("jci-10", "ja",
     ("右肺上葉の16mmの結節、悪性腫瘍の観点から評価が推奨される\n"
      "右肺門および縦隔のリンパ節腫大\n"
      "小葉中心性肺気腫"),
     {NOD, LN, EMP}),
    ("jci-11", "ja",
     ("前回の検査と比べて有意な変化はない\n"
      "肺実質に活動性病変なし"),
     set()),
    ("jci-12", "ja",
     ("心嚢液貯留\n"
      "両側胸水、左側優位\n"
      "左肺下葉の圧排性無気肺"),
     {PCE, PE, ATL}),
    ("jci-13", "ja",
     ("気管内チューブおよび経鼻胃管\n"
      "右内頸静脈カテーテル\n"
      "両肺下葉背側のコンソリデーション(誤嚥?)\n"
      "両側少量胸水"),
     {MM, CON, PE}),
    ("jci-14", "ja",
     ("両肺の肺気腫性変化、上葉優位\n"
      "両肺の非特異的結節(最大5mm)\n"
      "両肺尖部の胸膜肥厚および後遺性変化\n"
      "胸部大動脈と冠動脈に石灰化したアテロームプラーク"),
     {EMP, NOD, FIB, AWC, CAC}),
    ("jci-15", "ja",
     ("両肺下葉胸膜下優位の線維性変化および蜂巣肺(UIPパターン?)\n"
      "牽引性気管支拡張\n"
      "病的な大きさに至らない縦隔リンパ節"),
     {FIB, BRX, LN}),
    ("jci-16", "ja",
     ("肝臓の低吸収域(嚢胞?)\n"
      "甲状腺左葉の結節\n"
      "胸部に特記すべき所見なし"),
     set()),
    ("jci-17", "ja",
     ("右肺中葉の線状影(後遺性変化)\n"
      "左肺舌区の線状無気肺\n"
      "食道裂孔ヘルニア"),
     {FIB, ATL, HH}),
    ("jci-18", "ja",
     ("両肺のびまん性すりガラス影およびコンソリデーション(COVID-19肺炎に合致する可能性)\n"
      "縦隔の反応性リンパ節腫大\n"
      "胸水なし"),
     {OPA, CON, LN}),
    ("jci-19", "ja",
     ("1. 心拡大\n"
      "2. 上行大動脈の拡張(38mm)\n"
      "3. 大動脈弓の石灰化\n"
      "4. 心嚢液なし"),
     {CM, AWC}),
    ("jci-20", "ja",
     ("左肺下葉の8mmの充実性結節、経過観察が推奨される\n"
      "両肺の軽度気腫性変化"),
     {NOD, EMP}),
    ("jci-21", "ja",
     ("両肺のモザイク状の吸収値(エアトラッピング?)\n"
      "気管支拡張および気管支壁肥厚\n"
      "右肺中葉の無気肺"),
     {MOS, BRX, PBT, ATL}),
    ("jci-22", "ja",
     ("右肺上葉の腫瘤(45mm、悪性腫瘍?)\n"
      "右肺門リンパ節腫大\n"
      "右側胸水"),
     {LN, PE}),
    ("jci-23", "ja",
     ("明らかな肺結節、浸潤影、胸水は認めない\n"
      "心臓の大きさは正常範囲"),
     set()),
    ("jci-24", "ja",
     ("両側乳房切除後の変化\n"
      "左腋窩の手術クリップ\n"
      "両肺の非特異的結節\n"
      "右肺上葉の放射線治療後の線維性変化"),
     {MM, NOD, FIB}),
    ("jci-25", "ja",
     ("大動脈および冠動脈の石灰化\n"
      "両肺下葉の線状無気肺\n"
      "甲状腺腫大\n"
      "胆嚢結石"),
     {AWC, CAC, ATL}),
    ("jci-26", "ja",
     ("両肺上葉の傍隔壁型および小葉中心性肺気腫\n"
      "気管支壁肥厚(慢性気管支炎?)\n"
      "両肺下葉の線状影"),
     {EMP, PBT, OPA, FIB}),
    ("jci-27", "ja",
     ("左肺下葉の肺炎に合致するコンソリデーション\n"
      "左肺下葉の気管支透亮像\n"
      "左側少量胸水\n"
      "縦隔に病的サイズに達しないリンパ節を認める"),
     {CON, PE, LN}),
    ("jci-28", "ja",
     ("心臓ペースメーカー\n"
      "心拡大\n"
      "両側胸水\n"
      "肺うっ血に伴う小葉間隔壁肥厚"),
     {MM, CM, PE, IST}),
    ("jci-29", "ja",
     ("食道裂孔ヘルニア\n"
      "右肺中葉の小結節(3mm)\n"
      "有意なリンパ節腫大なし"),
     {HH, NOD}),
    ("jci-30", "ja",
     ("両肺の後遺性変化\n"
      "両肺下葉の気管支拡張性変化\n"
      "両肺にミリ単位の非特異的結節\n"
      "冠動脈の石灰化"),
     {FIB, BRX, NOD, CAC}),
    ("jci-31", "ja",
     ("右側胸水、中等量\n"
      "右肺下葉の圧排性無気肺\n"
      "少量の心嚢液"),
     {PE, ATL, PCE}),
    ("jci-32", "ja",
     ("1. 両肺のすりガラス影および小葉間隔壁肥厚(crazy-pavingパターン)\n"
      "2. 両側少量胸水\n"
      "3. 縦隔リンパ節腫大\n"
      "4. 心拡大"),
     {OPA, IST, PE, LN, CM}),
    ("jci-33", "ja",
     ("左肺上葉の空洞を伴う結節(20mm)\n"
      "気管支拡張\n"
      "気管支壁肥厚"),
     {NOD, BRX, PBT}),
    ("jci-34", "ja",
     ("胸部CTで有意な異常所見なし\n"
      "肺野に結節、すりガラス影は認めない"),
     set()),
    ("jci-35", "ja",
     ("両肺の気腫性変化\n"
      "左肺下葉のコンソリデーション、活動性感染の観点から評価が推奨される\n"
      "大動脈の石灰化アテローム性プラーク"),
     {EMP, CON, AWC}),
    ("jci-36", "ja",
     ("左肺上葉のすりガラス影(炎症性?)\n"
      "右肺下葉の線状無気肺\n"
      "縦隔に病的な大きさに達しないリンパ節"),
     {OPA, ATL, LN}),
    ("jci-37", "ja",
     ("大動脈弁置換術後、人工弁\n"
      "胸骨ワイヤー\n"
      "心拡大\n"
      "冠動脈の石灰化\n"
      "両側少量胸水"),
     {MM, CM, CAC, PE}),
    ("jci-38", "ja",
     ("前回検査と比較して右肺下葉のコンソリデーションは縮小\n"
      "残存するすりガラス影\n"
      "右側胸水は消失"),
     {CON, OPA}),
    ("jci-39", "ja",
     ("両肺びまん性の小葉中心性肺気腫\n"
      "肺動脈幹の拡張(肺高血圧?)\n"
      "両肺のモザイク状の吸収値"),
     {EMP, MOS}),
    ("jci-40", "ja",
     ("縦隔および両側肺門の多発リンパ節腫大(サルコイドーシス?)\n"
      "両肺の気管支血管束周囲の多発小結節"),
     {LN, NOD}),
    ("jci-41", "ja",
     ("両肺下葉の気管支拡張\n"
      "気管支壁肥厚\n"
      "粘液栓\n"
      "右肺中葉の無気肺"),
     {BRX, PBT, ATL}),
    ("jci-42", "ja",
     ("右肺上葉の結節(12mm)、前回検査と比較して増大、悪性腫瘍の観点から評価が推奨される\n"
      "右肺上葉の後遺性線維化\n"
      "食道裂孔ヘルニア"),
     {NOD, FIB, HH}),
    ("jci-43", "ja",
     ("中心静脈カテーテル\n"
      "右肺上葉切除後、気管支断端にステープル\n"
      "わずかな右側胸水"),
     {MM, PE}),
    ("jci-44", "ja",
     ("両肺の気腫性変化\n"
      "両肺下葉の小葉間隔壁肥厚\n"
      "両肺下葉の蜂巣肺(気腫合併肺線維症?)"),
     {EMP, IST, FIB}),
    ("jci-45", "ja",
     ("心拡大なし。心嚢液なし\n"
      "肺実質に活動性浸潤影は認めない\n"
      "胸水は認めない"),
     set()),
    ("jci-46", "ja",
     ("左肺下葉のコンソリデーションおよび無気肺\n"
      "左側胸水\n"
      "左肺の気管支壁肥厚"),
     {CON, ATL, PE, PBT}),
    ("jci-47", "ja",
     ("1. 右肺中葉の結節状影(10mm)\n"
      "2. 病的サイズに達しない縦隔のリンパ節\n"
      "3. 大動脈の石灰化"),
     {NOD, OPA, LN, AWC}),
    ("jci-48", "ja",
     ("両側少量胸水\n"
      "両肺下葉の線状無気肺\n"
      "心拡大\n"
      "冠動脈ステント"),
     {PE, ATL, CM, MM}),
    ("jci-49", "ja",
     ("両肺のびまん性すりガラス影(過敏性肺炎?)\n"
      "モザイク状の吸収値\n"
      "縦隔の軽度リンパ節腫大"),
     {OPA, MOS, LN}),
    ("jci-50", "ja",
     ("気管支拡張性変化\n"
      "両肺の後遺性変化\n"
      "肺気腫は認めない\n"
      "結節は認めない"),
     {BRX, FIB}),
    ("jci-51", "ja",
     ("経皮的胃瘻カテーテル\n"
      "大きな食道裂孔ヘルニア\n"
      "両肺下葉の誤嚥性変化に合致する可能性のあるすりガラス影"),
     {MM, HH, OPA}),
    ("jci-52", "ja",
     ("1. 心拡大\n"
      "2. 心嚢液貯留\n"
      "3. 胸水なし\n"
      "4. 冠動脈の石灰化"),
     {CM, PCE, CAC}),
    ("jci-53", "ja",
     ("右肺下葉の浸潤影、肺炎の観点から評価が推奨される\n"
      "右肺下葉の気管支拡張\n"
      "両肺の非特異的結節"),
     {CON, BRX, NOD}),
    ("jci-54", "ja",
     ("胸部に特記すべき病的所見なし\n"
      "前回検査との比較で有意な変化を認めず"),
     set()),
    ("jci-55", "ja",
     ("両肺上葉の肺気腫\n"
      "左肺上葉の8mmの結節(悪性?)\n"
      "胸部大動脈の石灰化アテローム性プラーク\n"
      "冠動脈の石灰化\n"
      "縦隔には病的な大きさに達しないリンパ節\n"
      "両肺下葉の線状無気肺\n"
      "前回検査と比較して変化なし"),
     {EMP, NOD, AWC, CAC, LN, ATL}),
    ("jci-56", "ja",
     ("右肺下葉のすりガラス影、感染過程の可能性は否定できない\n"
      "悪性腫瘍は考えにくい\n"
      "両側胸水"),
     {OPA, PE}),
    ("jci-57", "ja",
     ("両側胸水は前回検査と比較して減少\n"
      "左肺下葉の無気肺は改善傾向\n"
      "心拡大"),
     {PE, ATL, CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jci-14", FIB): "「両肺尖部の胸膜肥厚および後遺性変化」 is read as the pleura's own old change, which is no lung sequela",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
