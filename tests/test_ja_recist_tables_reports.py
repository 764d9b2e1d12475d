"""Probe: Japanese chest (and chest-abdomen) CT reports written for oncology trials and treatment-response
assessment (RECIST 1.1 / 効果判定), as Japanese radiologists write them: 標的病変 and 非標的病変 lists with
baseline and current sizes (「標的病変1：右S6結節 22mm→15mm」), 径和, 新病変の有無, 総合効果 (CR/PR/SD/PD/
非CR非PD), laid out as tab or ｜ tables, bullets, numbered items or one-line summaries, followed by the usual
free-text findings (胸水, リンパ節, 無気肺, 放射線肺臓炎, 薬剤性肺障害, 肺気腫, 冠動脈石灰化, ポート, ステント).
Traps of the domain: target lesions that 消失 / 同定できず (CR) are gone; a lesion that only shrank is still
there; a lung mass over 3 cm alone is not a nodule, but one that shrank under 3 cm is; liver, adrenal and
thyroid 結節 are not lung nodules; target lymph nodes (短径15mm) are lymphadenopathy, nodes that shrank to
「病的腫大なし」 / 「短径10mm未満に縮小し非病的」 are not; 皮下気腫 is not emphysema; a removed port is not
medical material; a gastric conduit after esophagectomy is not a hiatal hernia. The reports were written for
this file without looking at the engine's lexicon or cue lists.
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
    ("jrc-01", "ja",
     ("【効果判定（RECIST 1.1）】\n"
      "標的病変\tベースライン\t今回\n"
      "1. 右S6結節\t22mm\t15mm\n"
      "2. #4Rリンパ節（短径）\t16mm\t11mm\n"
      "径和\t38mm\t26mm（-32%）\n"
      "非標的病変：右胸水 少量残存\n"
      "新病変：なし\n"
      "総合効果：PR\n"
      "【その他】両肺上葉に小葉中心性肺気腫。冠動脈石灰化あり。右前胸部にCVポート留置。"),
     {NOD, LN, PE, EMP, CAC, MM}),
    ("jrc-02", "ja",
     ("標的病変1：左S1+2結節 18mm→消失\n"
      "標的病変2：#7リンパ節 短径14mm→6mm（短径10mm未満に縮小し非病的）\n"
      "径和：32mm→6mm\n"
      "非標的病変：左胸水→消失\n"
      "新病変：なし\n"
      "総合効果：CR\n"
      "その他：左上葉に放射線肺臓炎後の索状影・線維化が残存、前回と変化なし。大動脈に石灰化を認める。"),
     {FIB, AWC}),
    ("jrc-03", "ja",
     ("総合効果：PD（新病変出現のため）。標的病変：右上葉腫瘤 45mm→52mm。"
      "新病変：左S9に径8mmの結節が出現、肝S7に低吸収結節が出現し転移を疑う。"
      "縦隔・肺門リンパ節腫大なし。胸水なし。"),
     {NOD}),
    ("jrc-04", "ja",
     ("標的病変1：左上葉腫瘤 62mm→48mm（縮小）。前回みられた末梢の閉塞性無気肺は改善し、今回は消失している。"
      "非標的病変：肝転移 縮小。新病変なし。総合効果：PR。心拡大なし。心嚢液貯留なし。"),
     set()),
    ("jrc-05", "ja",
     ("化学療法4コース後の評価。標的病変：右下葉S10腫瘤 36mm→24mm（-33%）。"
      "新病変なし、非標的病変なし。総合効果：PR。両側下葉に軽度の気管支壁肥厚を認める。胸水なし。"),
     {NOD, PBT}),
    ("jrc-06", "ja",
     ("｜No.｜部位｜BL｜今回｜\n"
      "｜T1｜右S3結節｜14mm｜14mm｜\n"
      "｜T2｜左副腎結節｜28mm｜30mm｜\n"
      "｜径和｜－｜42mm｜44mm｜\n"
      "新病変：なし　総合効果：SD\n"
      "所見：左下葉背側に荷重部の濃度上昇あり。大動脈弓部に石灰化。食道裂孔ヘルニアを認める。"),
     {NOD, OPA, AWC, HH}),
    ("jrc-07", "ja",
     ("RECIST：SD（径和 41mm→38mm、-7%）、新病変なし。両肺の多発結節は著変なし。"),
     {NOD}),
    ("jrc-08", "ja",
     ("ニボルマブ投与中。標的病変：右S8結節 19mm→12mm。新病変なし。総合効果：PR。"
      "両側下葉胸膜下にすりガラス影と浸潤影が新たに出現しており、薬剤性肺障害（免疫関連有害事象）を疑う。"
      "腫瘍の進行とは考えにくく新病変には含めない。胸水なし。"),
     {NOD, OPA, CON}),
    ("jrc-09", "ja",
     ("標的病変1：右S2結節 12mm→同定できず\n"
      "非標的病変：なし\n"
      "新病変：なし\n"
      "総合効果：CR\n"
      "縦隔・肺門リンパ節腫大なし。胸水、心嚢液なし。肺気腫なし。"),
     set()),
    ("jrc-10", "ja",
     ("胸部放射線治療終了後3か月。右上葉の照射野に一致して浸潤影とすりガラス影を認め、放射線肺臓炎と考える。"
      "照射野外への進展はない。標的病変：右肺門リンパ節 短径21mm→13mm。新病変：なし。効果判定：PR。"),
     {CON, OPA, LN}),
    ("jrc-11", "ja",
     ("標的病変\n"
      "　① 右S1結節　25mm → 17mm\n"
      "　② #10Lリンパ節　短径13mm → 病的腫大なし\n"
      "径和　38mm → 17mm\n"
      "新病変　なし\n"
      "総合効果　PR\n"
      "付記：冠動脈（LAD）に石灰化。左側胸壁に胸膜プラークあり、石綿曝露歴に関連か。"),
     {NOD, CAC}),
    ("jrc-12", "ja",
     ("・標的病変：肝S4転移 40mm→46mm、肝S7転移 22mm→30mm\n"
      "・非標的病変：右肺下葉の多発小結節、増大傾向\n"
      "・新病変：あり（第3腰椎骨転移）\n"
      "・総合効果：PD\n"
      "・胸部：右胸水が増加し、右下葉に圧排性無気肺を伴う。"),
     {NOD, PE, ATL}),
    ("jrc-13", "ja",
     ("胸腹部造影CT。両肺野に結節影は認めない。標的病変：肝S8結節 31mm→19mm、肝S3結節 15mm→8mm。"
      "新病変なし。総合効果：PR。甲状腺左葉に低吸収結節あり、既知で著変なし。胸水なし。"),
     set()),
    ("jrc-14", "ja",
     ("右下葉切除術後、術後補助療法前のベースライン評価。測定可能病変なし（RECIST評価対象外）。"
      "切除断端に自動縫合器のステープルを認める。右側胸壁に少量の皮下気腫があり術後変化。"
      "再発を示唆する結節は指摘できない。右胸水少量。リンパ節腫大なし。"),
     {MM, PE}),
    ("jrc-15", "ja",
     ("両肺にびまん性の小葉間隔壁肥厚が増強しており、癌性リンパ管症の進行を疑う。"
      "標的病変：左S6結節 20mm→27mm、#4Lリンパ節 短径15mm→19mm。径和 35mm→46mm（+31%）。"
      "両側胸水が増加。総合効果：PD。"),
     {IST, NOD, LN, PE}),
    ("jrc-16", "ja",
     ("心拡大と中等量の心嚢液貯留を認め、前回より増加しており癌性心膜炎の可能性がある。"
      "標的病変：右S4結節 17mm→18mm。新病変：なし。非標的病変（心嚢液）の明らかな増悪としてPDと判定。"),
     {CM, PCE, NOD}),
    ("jrc-17", "ja",
     ("前回まで留置されていた右鎖骨下CVポートは抜去されている。標的病変は消失したままでCR継続。"
      "左上葉に瘢痕様の索状影が残存。両肺に小葉中心性肺気腫。新病変なし。"),
     {FIB, EMP}),
    ("jrc-18", "ja",
     ("左主気管支にステント留置中で開存は良好。標的病変：左肺門腫瘤 41mm→33mm（-20%）。"
      "左下葉の閉塞性無気肺は一部含気が改善したが残存している。新病変なし。総合効果：SD。"),
     {MM, ATL}),
    ("jrc-19", "ja",
     ("1) 標的病変：右S9結節 11mm→9mm、右S10結節 14mm→10mm\n"
      "2) 径和：25mm→19mm（-24%）\n"
      "3) 新病変：なし\n"
      "4) 総合効果：SD\n"
      "5) 背景肺：両側下葉胸膜直下に網状影と蜂巣肺を認め、間質性肺炎の背景あり。前回と比べ増悪なし。"),
     {NOD, FIB}),
    ("jrc-20", "ja",
     ("標的病変なし（非標的病変のみで評価）。非標的病変：多発肺転移、縦隔リンパ節腫大（#2R、#4R）いずれも残存、"
      "明らかな増大なし。新病変なし。総合効果：非CR/非PD。大動脈および冠動脈に石灰化を認める。"),
     {NOD, LN, AWC, CAC}),
    ("jrc-21", "ja",
     ("標的病変：右S3結節 15mm→15mm。新病変：なし。総合効果：SD。"
      "両肺に区域性のモザイク状の吸収値差を認め、エアトラッピングの可能性がある。胸水なし。"),
     {NOD, MOS}),
    ("jrc-22", "ja",
     ("標的病変：#7リンパ節 短径22mm→16mm（-27%）。新病変なし。総合効果：SD。"
      "右中葉に気管支拡張と気管支壁肥厚を認め、慢性炎症性変化と考える。前回と著変なし。"),
     {LN, BRX, PBT}),
    ("jrc-23", "ja",
     ("標的病変：#4Rリンパ節 短径17mm→7mm。縦隔リンパ節はいずれも短径10mm未満に縮小し非病的。"
      "新病変なし。総合効果：CR。左下葉に板状無気肺を認める。"),
     {ATL}),
    ("jrc-24", "ja",
     ("標的病変1 右S5結節：13mm→消失\n"
      "非標的病変：縦隔に短径8mm程度のリンパ節が散見されるが、前回と同様\n"
      "新病変：なし\n"
      "総合効果：CR\n"
      "上行大動脈から弓部にかけて石灰化。"),
     {LN, AWC}),
    ("jrc-25", "ja",
     ("標的病変：右上葉腫瘤 38mm→36mm。左S8に4mm大の微小結節が新たに出現しているが、"
      "新病変とするかは判定保留とし次回確認を推奨。総合効果：SD（新病変疑い、確定せず）。"),
     {NOD}),
    ("jrc-26", "ja",
     ("標的病変：右S10結節 21mm→20mm。非標的病変：右胸膜播種 変化なし。胸水は認めない。"
      "新病変なし。総合効果：SD。"),
     {NOD}),
    ("jrc-27", "ja",
     ("｜評価項目｜結果｜\n"
      "｜標的病変｜左S3結節 16mm→13mm｜\n"
      "｜非標的病変｜なし｜\n"
      "｜新病変｜なし｜\n"
      "｜総合効果｜SD｜\n"
      "その他：両肺上葉優位の肺気腫。食道裂孔ヘルニアあり。左前胸部に皮下埋込型ポート。"),
     {NOD, EMP, HH, MM}),
    ("jrc-28", "ja",
     ("TL1：RUL S2 nodule 20mm→14mm、TL2：#4R LN 短径17mm→12mm。SOD 37mm→26mm（-30%）。"
      "NTL：なし。新病変：なし。Overall response：PR。冠動脈石灰化あり。"),
     {NOD, LN, CAC}),
    ("jrc-29", "ja",
     ("標的病変：左S9結節 18mm→16mm。右下葉背側に浸潤影が新たに出現、誤嚥性肺炎を疑う。"
      "腫瘍性病変ではないと考え新病変とはしない。総合効果：SD。"),
     {NOD, CON}),
    ("jrc-30", "ja",
     ("前回認めた右胸水と右下葉の受動無気肺は消失した。標的病変：右S6結節 18mm→8mm。"
      "新病変：なし。総合効果：PR。"),
     {NOD}),
    ("jrc-31", "ja",
     ("ペムブロリズマブ6コース後。標的病変：左S6結節 24mm→21mm、左副腎 19mm→18mm。径和 43mm→39mm。"
      "新病変なし。総合効果：SD。薬剤性肺障害を示唆するすりガラス影や浸潤影は認めない。放射線肺臓炎なし。"),
     {NOD}),
    ("jrc-32", "ja",
     ("標的病変：右S8結節 27mm→19mm。新病変なし。総合効果：PR。"
      "両側下葉胸膜直下に軽度の網状影あり（ILA）、前回と比較して間質性肺炎の増悪はない。"),
     {NOD, FIB}),
    ("jrc-33", "ja",
     ("標的病変\t左S4結節\t19mm→18mm\n"
      "新病変\tなし\n"
      "総合効果\tSD\n"
      "心拡大なし。心嚢液：なし。冠動脈に高度石灰化（3枝）。"),
     {NOD, CAC}),
    ("jrc-34", "ja",
     ("ベースライン評価。標的病変：①左S1+2結節 28mm、②#5リンパ節 短径14mm、③左副腎 22mm。径和 64mm。"
      "非標的病変：左胸水（少量）、第8胸椎骨転移。"),
     {NOD, LN, PE}),
    ("jrc-35", "ja",
     ("多発肺転移（非標的病変）：いずれも縮小、最大のものは右S9で12mm→7mm。新病変なし。"
      "総合効果：非CR/非PD。胸水、リンパ節腫大なし。"),
     {NOD}),
    ("jrc-36", "ja",
     ("標的病変：右S2結節 16mm→17mm。新病変なし。総合効果：SD。"
      "両肺上葉にすりガラス影が新たに出現、感染か薬剤性肺障害か鑑別困難。"),
     {NOD, OPA}),
    ("jrc-37", "ja",
     ("右上葉肺腺癌（cT1cN0M0）に対するSBRT後12か月。原発巣は同定困難で、照射部位に一致して浸潤影と索状影を認め、"
      "放射線肺臓炎後の瘢痕性変化と考える。新病変なし。リンパ節腫大なし。"),
     {CON, FIB}),
    ("jrc-38", "ja",
     ("両側胸水と小葉間隔壁肥厚を認め、心不全の合併を疑う。心拡大あり。"
      "標的病変：右S6結節 15mm→16mm。新病変なし。総合効果：SD。"),
     {PE, IST, CM, NOD}),
    ("jrc-39", "ja",
     ("標的病変：左肺門リンパ節 短径15mm→18mm、左S3結節 13mm→17mm。径和 28mm→35mm（+25%、+7mm）。"
      "総合効果：PD。気管支壁肥厚なし。気管支拡張なし。"),
     {LN, NOD}),
    ("jrc-40", "ja",
     ("大動脈弁置換術後（機械弁）。冠動脈に石灰化。標的病変：右S1結節 12mm→11mm。新病変なし。"
      "総合効果：SD。"),
     {MM, CAC, NOD}),
    ("jrc-41", "ja",
     ("左前胸部にペースメーカー本体、リード先端は右室心尖部。標的病変：右下葉腫瘤 54mm→55mm。"
      "新病変：なし。総合効果：SD。右胸水なし。"),
     {MM}),
    ("jrc-42", "ja",
     ("標的病変：#4Rリンパ節 短径12mm→11mm。新病変なし。総合効果：SD。"
      "肺気腫は認めない。縦隔気腫や気胸もない。肺野に結節なし。"),
     {LN}),
    ("jrc-43", "ja",
     ("標的病変1　右S6結節　消失\n"
      "標的病変2　左S8結節　15mm→6mm\n"
      "径和　33mm→6mm（-82%）\n"
      "新病変　なし\n"
      "総合効果　PR"),
     {NOD}),
    ("jrc-44", "ja",
     ("標的病変：左上葉腫瘤 32mm→同定できず、瘢痕様の索状影のみ残存。新病変なし。総合効果：CR。"
      "縦隔リンパ節腫大なし。"),
     {FIB}),
    ("jrc-45", "ja",
     ("新病変：右胸水の出現（細胞診で悪性確認済み）。標的病変：右S4結節 22mm→23mm。総合効果：PD。"),
     {PE, NOD}),
    ("jrc-46", "ja",
     ("標的病変：右S3結節 CR維持（同定できず）。胸水：なし。心嚢液：なし。リンパ節：有意な腫大なし。"
      "新病変：なし。総合効果：CR。"),
     set()),
    ("jrc-47", "ja",
     ("標的病変：右S6結節 21mm→18mm、結節内部に粗大な石灰化を伴う。新病変なし。総合効果：SD。"
      "肋軟骨に石灰化。"),
     {NOD}),
    ("jrc-48", "ja",
     ("標的病変：左肺門腫瘤 47mm→44mm。左上葉の無気肺は腫瘍進展との境界が不明瞭で、無気肺か腫瘍進展か判別困難。"
      "新病変なし。総合効果：SD。"),
     {ATL}),
    ("jrc-49", "ja",
     ("標的病変：右S9結節 25mm→18mm。非標的病変：#4Rリンパ節 短径11mm、経過観察。新病変なし。総合効果：PR。"),
     {NOD, LN}),
    ("jrc-50", "ja",
     ("食道癌術後、後縦隔経路の胃管再建後。吻合部にステープルあり。"
      "標的病変：右S8結節 13mm→10mm。新病変なし。総合効果：SD。食道裂孔ヘルニアはない。"),
     {MM, NOD}),
    ("jrc-51", "ja",
     ("CVポート先端は上大静脈に位置する。両肺上葉に気腫性変化あり。"
      "標的病変：左S10結節 30mm→21mm。新病変：なし。総合効果：PR。"),
     {MM, EMP, NOD}),
    ("jrc-52", "ja",
     ("標的病変1：右S6結節 22mm→15mm。標的病変2：左S9結節 14mm→10mm。新病変：なし。総合効果：PR。"
      "放射線肺臓炎の所見なし。無気肺なし。"),
     {NOD}),
    ("jrc-53", "ja",
     ("効果判定：PD。前回消失していた#7リンパ節が短径15mmに再腫大（新病変扱い）。"
      "肺野の標的病変は同定できずCR維持。左胸水なし。"),
     {LN}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jrc-22", OPA): "「慢性炎症性変化と考える」 explains the bronchiectasis and wall thickening before it; 炎症性変化 is read as an opacity of its own",
    ("jrc-23", LN): "the target node is measured (「#4Rリンパ節 短径17mm→7mm」), which counts by the CT-RATE convention; the next sentence's 「いずれも…縮小し非病的」 does not reach back to it",
    ("jrc-37", NOD): "a judgement call: cT1c (a nodule by size) is given as the treated primary's stage, and 「原発巣は同定困難」 says it is no longer seen; the stage is read as a nodule",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
