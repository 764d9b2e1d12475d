"""Probe: Japanese chest CT reports (polite です/ます and plain である/だ forms, as radiologists write them)
in which a finding is described in one sentence and the next sentence interprets it, usually pointing
back with これは / これらは / 同部は / 同所見は / 上記は / 所見は / いずれも / 以上より, sometimes with no
pointing word. The interpretation may turn a generic density into another finding (atelectasis, scar,
fibrosis, consolidation), explain a shadow away as a normal structure or artefact (vessel, rib, nipple,
accessory fissure), keep a nodule as a nodule (granuloma, scar, intrapulmonary node, metastasis), keep an
infected or inflamed finding present, deny a reading (「これは無気肺とは考えにくい」), or name the same
finding at another site (「左下葉にも無気肺を認めます」). Some reports have no positive finding, and some are
negative controls (thyroid nodule, valve calcification, dilated oesophagus, pleural thickening).
The reports were written for this file without looking at the engine's lexicon or cue lists.
Labelling: a density explained as another finding counts as that finding (not also Lung opacity, except
ground glass, which stays Lung opacity whatever it is called); a shadow explained as a normal structure
is no finding; a nodule explained as a granuloma or scar stays a nodule.
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
    ("jpi-01", "ja",
     ("右下葉背側に濃度上昇を認めます。これは無気肺と考えます。胸水は認めません。"
      "心拡大はありません。縦隔・肺門リンパ節の腫大は認めません。"),
     {ATL}),
    ("jpi-02", "ja",
     ("両肺に索状影を認める。いずれも陳旧性の変化と考える。"
      "縦隔リンパ節腫大なし。胸水なし。"),
     {FIB}),
    ("jpi-03", "ja",
     ("左下葉に結節影を認めます。同部は血管の断面と考えます。"
      "その他、肺野に明らかな結節は認めません。大動脈弓部に石灰化を認めます。"),
     {AWC}),
    ("jpi-04", "ja",
     ("右上葉にすりガラス影を認めます。これは炎症性変化と考えます。"
      "縦隔リンパ節の腫大は認めません。胸水貯留はありません。"),
     {OPA}),
    ("jpi-05", "ja",
     ("右下葉に浸潤影を認める。これは肺炎と考える。周囲の気管支壁肥厚を伴っている。"
      "少量の右胸水を認める。心拡大はない。"),
     {CON, PBT, PE}),
    ("jpi-06", "ja",
     ("左下葉背側に淡い濃度上昇を認めます。これは無気肺とは考えにくく、荷重部の変化と考えます。"
      "肺野に結節は認めません。"),
     {OPA}),
    ("jpi-07", "ja",
     ("右中葉に線状影を認めます。これは板状無気肺と考えます。左下葉にも無気肺を認めます。"
      "冠動脈に石灰化を認めます。"),
     {ATL, CAC}),
    ("jpi-08", "ja",
     ("右前胸壁皮下に小結節状の構造を認めますが、これは乳頭と考えます。"
      "両上葉に軽度の小葉中心性肺気腫を認めます。肺結節は指摘できません。"),
     {EMP}),
    ("jpi-09", "ja",
     ("右肺尖部に結節状の高吸収域を認める。同部は第1肋骨の骨棘と考える。"
      "肺野に異常影は認めない。心大血管に特記すべき所見なし。"),
     set()),
    ("jpi-10", "ja",
     ("右上葉S1に5mm大の石灰化結節を認めます。これは陳旧性肉芽腫と考えます。"
      "経過観察は不要と考えます。その他に異常所見はありません。"),
     {NOD}),
    ("jpi-11", "ja",
     ("左上葉S3に8mm大の不整形結節を認める。前回CTと比較して著変なく、瘢痕と考える。"
      "縦隔リンパ節腫大は認めない。"),
     {NOD, FIB}),
    ("jpi-12", "ja",
     ("心拡大を認めます。両側胸水と小葉間隔壁の肥厚を認めます。"
      "以上より、うっ血性心不全と考えます。心嚢液貯留はありません。"),
     {CM, PE, IST}),
    ("jpi-13", "ja",
     ("両下葉胸膜直下優位に網状影を認めます。同所見は間質性肺炎を示唆します。"
      "蜂巣肺は認めません。牽引性気管支拡張も明らかではありません。"),
     {FIB}),
    ("jpi-14", "ja",
     ("右下葉S6に径2cmの腫瘤を認めます。上記は原発性肺癌を疑います。"
      "右肺門リンパ節は短径12mmに腫大しており、転移を疑います。胸水は認めません。"),
     {NOD, LN}),
    ("jpi-15", "ja",
     ("左上葉に径4.5cmの腫瘤を認める。これは肺癌を第一に考える。"
      "縦隔リンパ節腫大は認めない。大動脈壁に石灰化を認める。"),
     {AWC}),
    ("jpi-16", "ja",
     ("両肺にびまん性の淡いすりガラス影とモザイクパターンを認めます。"
      "所見は過敏性肺炎に矛盾しません。縦隔リンパ節の腫大はありません。"),
     {OPA, MOS}),
    ("jpi-17", "ja",
     ("右中葉と左舌区に気管支拡張を認めます。周囲に小結節の散布を伴います。"
      "非結核性抗酸菌症を疑います。胸水はありません。"),
     {BRX, NOD}),
    ("jpi-18", "ja",
     ("右上葉に6mm大の結節影を認めます。これは血管影とは考えにくく、充実性結節と考えます。"
      "3か月後の経過観察CTを推奨します。"),
     {NOD}),
    ("jpi-19", "ja",
     ("肺野に明らかな結節、浸潤影は認めません。胸水なし。心拡大なし。"
      "縦隔リンパ節腫大なし。"),
     set()),
    ("jpi-20", "ja",
     ("前回指摘された右下葉の浸潤影は消失しています。これは肺炎の改善と考えます。"
      "新たな異常影は認めません。胸水も消失しています。"),
     set()),
    ("jpi-21", "ja",
     ("甲状腺右葉に15mm大の結節を認めます。これは腺腫様甲状腺腫と考えます。"
      "肺野に結節は認めません。縦隔リンパ節の腫大もありません。"),
     set()),
    ("jpi-22", "ja",
     ("左下葉に浸潤影を認める。これは無気肺ではなく、肺炎と考える。"
      "内部にair bronchogramを伴う。胸水はない。"),
     {CON}),
    ("jpi-23", "ja",
     ("右上葉胸膜直下に限局した濃度上昇を認めます。これは陳旧性炎症後の線維化と考えます。"
      "前回と比較して変化はありません。"),
     {FIB}),
    ("jpi-24", "ja",
     ("両下葉胸膜直下にすりガラス影を認めます。これは線維化を反映していると考えます。"
      "蜂巣肺は認めません。"),
     {OPA, FIB}),
    ("jpi-25", "ja",
     ("両下葉背側に淡いすりガラス影を認める。これは荷重部の変化と考える。"
      "有意な浸潤影はない。心拡大なし。"),
     {OPA}),
    ("jpi-26", "ja",
     ("両肺に数mm大の小結節を数個認める。いずれも非特異的な所見と考え、経過観察でよいと考える。"
      "肺気腫は認めない。"),
     {NOD}),
    # (2026-12-07) relabelled: a node given a size counts as lymphadenopathy in CT-RATE even when called
    # not pathological (18 of 18 train reports with 「短径7-8mmのリンパ節」, one 「病的サイズ・形態ではない」)
    ("jpi-27", "ja",
     ("縦隔に短径8mm程度のリンパ節を数個認めます。いずれも病的腫大とはいえません。"
      "胸部大動脈に石灰化を認めます。"),
     {AWC, LN}),
    ("jpi-28", "ja",
     ("縦隔に短径7mmまでのリンパ節を認めるが、いずれも病的サイズには達しない。"
      "肺野に異常はない。"),
     {LN}),
    ("jpi-29", "ja",
     ("右胸腔に液体貯留を認めます。これは胸水と考えます。"
      "隣接する右下葉に受動性の含気低下を伴い、無気肺と考えます。"),
     {PE, ATL}),
    ("jpi-30", "ja",
     ("心膜の肥厚を認めます。これは少量の心嚢液と考えます。"
      "心拡大は認めません。胸水はありません。"),
     {PCE}),
    ("jpi-31", "ja",
     ("両上葉優位に境界不明瞭な低吸収域を多数認める。これは小葉中心性肺気腫と考える。"
      "気管支壁の肥厚は目立たない。"),
     {EMP}),
    ("jpi-32", "ja",
     ("両肺に不均一な濃度差を認めます。これはモザイクパターンと考えます。"
      "呼気相ではエアトラッピングを認め、小気道病変を疑います。"),
     {MOS}),
    ("jpi-33", "ja",
     ("左下葉に10mm大の薄壁嚢胞を認める。これは肺気腫とは考えにくく、単純な肺嚢胞と考える。"
      "その他に異常はない。"),
     set()),
    ("jpi-34", "ja",
     ("右下葉に線状影を認めます。これは肺静脈の走行と考えます。"
      "冠動脈に石灰化を認めます。"),
     {CAC}),
    ("jpi-35", "ja",
     ("食道裂孔部に含気を伴う構造を認めます。これは食道裂孔ヘルニアと考えます。"
      "肺野に異常は認めません。"),
     {HH}),
    ("jpi-36", "ja",
     ("後縦隔に拡張した食道を認め、内部に液面形成を伴う。これは食道アカラシアと考える。"
      "食道裂孔ヘルニアは認めない。肺野は清明である。"),
     set()),
    ("jpi-37", "ja",
     ("大動脈弁に石灰化を認めます。これは大動脈弁狭窄症の原因となりうる所見です。"
      "冠動脈には石灰化を認めません。心拡大はありません。"),
     set()),
    ("jpi-38", "ja",
     ("右内頸静脈から上大静脈に管状の高吸収構造を認めます。これは中心静脈カテーテルと考えます。"
      "先端は上大静脈内にあります。気胸はありません。"),
     {MM}),
    ("jpi-39", "ja",
     ("右上葉内側に弧状の線状影を認める。これは奇静脈葉間裂と考え、正常変異である。"
      "肺野に異常影はない。"),
     set()),
    ("jpi-40", "ja",
     ("左舌区に濃度上昇を認める。同部はair bronchogramを伴う浸潤影であり、肺炎を疑う。"
      "縦隔リンパ節の腫大はない。"),
     {CON}),
    ("jpi-41", "ja",
     ("右上葉に容積減少を伴う濃度上昇を認めます。これは右上葉支の閉塞に伴う無気肺と考えます。"
      "中枢側には径3.5cmの腫瘤を認めます。気管分岐下リンパ節は短径15mmに腫大しています。"),
     {ATL, LN}),
    ("jpi-42", "ja",
     ("両下葉に網状影と牽引性気管支拡張を認める。胸膜直下には蜂巣肺も伴う。"
      "以上より、UIPパターンと考える。"),
     {FIB, BRX}),
    ("jpi-43", "ja",
     ("左下葉の結節影は、連続するスライスで血管と連続しており、血管の断面と考えます。"
      "明らかな肺結節は認めません。"),
     set()),
    ("jpi-44", "ja",
     ("右下葉胸膜直下に4mm大の結節を認めます。これは肺内リンパ節と考えます。"
      "縦隔・肺門のリンパ節腫大はありません。"),
     {NOD}),
    ("jpi-45", "ja",
     ("右上葉縦隔側に照射野に一致した索状影と濃度上昇を認めます。"
      "これは放射線肺臓炎後の線維化と考えます。胸水は認めません。"),
     {FIB}),
    ("jpi-46", "ja",
     ("左下葉背側に小さな浸潤影。誤嚥性肺炎を疑う。"
      "気管支内に分泌物の貯留あり。胸水なし。"),
     {CON}),
    ("jpi-47", "ja",
     ("右中葉に容積減少を伴う濃度上昇を認めます。これは肺炎ではなく、無気肺と考えます。"
      "気管支の閉塞機転は明らかではありません。"),
     {ATL}),
    ("jpi-48", "ja",
     ("両下葉背側の濃度上昇は、呼吸による動きのアーチファクトと考えます。"
      "明らかなすりガラス影は認めません。"),
     set()),
    ("jpi-49", "ja",
     ("右下葉に5mm大の結節影を認めます。血管の断面の可能性もありますが、結節を否定できません。"
      "経過観察をお勧めします。"),
     {NOD}),
    ("jpi-50", "ja",
     ("両肺に大小多数の結節を認めます。これらは転移を疑います。"
      "縦隔リンパ節腫大は認めません。少量の左胸水を認めます。"),
     {NOD, PE}),
    ("jpi-51", "ja",
     ("両肺に点状影を複数認める。これらは血管の断面と考える。"
      "心拡大を認める。"),
     {CM}),
    ("jpi-52", "ja",
     ("右胸膜に沿った軟部濃度を認めます。これは胸水ではなく、胸膜肥厚と考えます。"
      "肺野に異常は認めません。"),
     set()),
    ("jpi-53", "ja",
     ("両下葉の気管支壁が肥厚している。これは慢性気管支炎を反映していると考える。"
      "気管支拡張は認めない。"),
     {PBT}),
    # (2026-12-07) relabelled: a finding that has improved (改善) is still present, by the CT-RATE convention
    ("jpi-54", "ja",
     ("以前指摘された左下葉の無気肺は改善しています。同部には索状影が残存しており、瘢痕と考えます。"
      "新たな病変は認めません。"),
     {FIB, ATL}),
    ("jpi-55", "ja",
     ("両肺に多数の線状影を認めます。これは小葉間隔壁の肥厚と考えます。"
      "癌性リンパ管症を疑います。"),
     {IST}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jpi-40", OPA): "a density the next sentence calls consolidation with a clause of its own (「同部はair bronchogramを伴う浸潤影であり、肺炎を疑う」): the explanation reads only 浸潤影 followed by a verb of calling",
    ("jpi-41", OPA): "an interpretation that names the bronchus of a cause (「右上葉支の閉塞に伴う無気肺と考えます」) names a lung site, so it is read as a finding of its own",
    ("jpi-55", OPA): "linear shadows the next sentence calls septal thickening (「これは小葉間隔壁の肥厚と考えます」): septal thickening is not an explanation of an opacity",
    ("jpi-55", FIB): "linear shadows the next sentence calls septal thickening: 線状影 stays a fibrotic sequela",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
