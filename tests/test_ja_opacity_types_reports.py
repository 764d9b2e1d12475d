"""Probe: Japanese chest CT reports built around the kinds of lung opacity a radiologist tells apart
(すりガラス影/すりガラス状陰影/GGO, 粒状影, 小葉中心性粒状影, 斑状影, 網状影, 淡い浸潤影, 浸潤影/
consolidation, 気管支透亮像を伴う浸潤影, 索状影, 結節影, 腫瘤影, モザイクパターン, 小葉間隔壁肥厚,
crazy-paving, 濃度上昇, 淡い陰影), in plain (である/認める) and polite (です/認めます) forms, with hedges
(疑い, 否定できない, 考えます, 可能性), denials, findings that have resolved or improved since the last study
(前回認めたすりガラス影は消退 / 縮小したが残存), reports with no positive finding, and look-alike words that are
not lung findings (縦隔脂肪織の濃度上昇, 乳房の腫瘤影, 甲状腺結節, 結節状の胸膜肥厚, 皮下の網状影).
The reports were written for this file without looking at the engine's lexicon or cue lists.

Labelling choices on the opacity types (reasoned per CT-RATE; hard cases are also commented inline):
- すりガラス影 / すりガラス状陰影 / GGO / 斑状影 / 淡い陰影 / 肺野の濃度上昇 -> Lung opacity.
- 浸潤影 / consolidation / 気管支透亮像を伴う浸潤影 -> Consolidation only (not also Lung opacity).
- 淡い浸潤影 -> Lung opacity (a faint, incomplete filling that does not efface the vessels is ground-glass-like,
  not a consolidation); when the report says 淡い浸潤影〜浸潤影 both are labelled.
- 粒状影 / 小葉中心性粒状影 (micronodules, centrilobular nodules) -> Lung nodule; tree-in-bud alone adds nothing.
- 網状影 / 索状影 / 蜂巣肺 -> Pulmonary fibrotic sequela; 牽引性気管支拡張 -> fibrotic sequela and Bronchiectasis.
- 結節影, or a 腫瘤影 under 3 cm -> Lung nodule; a 腫瘤影 over 3 cm alone -> not Lung nodule.
- crazy-paving = ground glass with superimposed septal thickening -> Lung opacity and Interlobular septal thickening.
- モザイクパターン -> Mosaic attenuation pattern; 小葉間隔壁肥厚 -> Interlobular septal thickening.
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
    PE,
    probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # IST is only "目立たない" (not conspicuous) = denied.
    ("jop-01", "ja",
     ("【所見】両肺にびまん性のすりガラス影を認める。胸膜直下は比較的保たれている。小葉間隔壁肥厚は目立たない。"
      "胸水なし。縦隔リンパ節腫大なし。"
      "【診断】びまん性すりガラス影。薬剤性肺障害、ニューモシスチス肺炎などを考える。"),
     {OPA}),
    # Air-bronchogram consolidation = CON only; measured 9 mm node = LN (convention), hedge 反応性 does not deny it.
    ("jop-02", "ja",
     ("右下葉S6に気管支透亮像を伴う浸潤影を認めます。周囲にすりガラス影はみられません。"
      "少量の右胸水を伴います。縦隔リンパ節は短径9mmまでで、反応性と考えます。細菌性肺炎を考えます。"),
     {CON, PE, LN}),
    # Hard: 小葉中心性粒状影 = centrilobular micronodules -> NOD; tree-in-bud (分岐状影) alone is not OPA.
    ("jop-03", "ja",
     ("両肺に小葉中心性粒状影と分岐状影（tree-in-bud appearance）を認め、気管支壁肥厚を伴う。"
      "感染性細気管支炎、びまん性汎細気管支炎を考える。浸潤影は認めない。胸水なし。"),
     {NOD, PBT}),
    # 粒状影 -> NOD; 石灰化を伴う索状影 -> FIB; active consolidation is denied.
    ("jop-04", "ja",
     ("両側上葉に散布性の粒状影と石灰化を伴う索状影を認め、陳旧性結核後の変化と考えます。"
      "右肺尖部には胸膜肥厚も認めます。活動性を示唆する浸潤影や空洞は認めません。"),
     {NOD, FIB}),
    # 斑状影 -> OPA; "一部は浸潤影" -> CON as well.
    ("jop-05", "ja",
     ("両肺胸膜下および気管支血管束周囲に多発する斑状影を認める。一部は浸潤影を呈している。"
      "器質化肺炎を疑う。胸水なし。"),
     {OPA, CON}),
    # 網状影 -> FIB; mild traction bronchiectasis -> FIB and BRX; "わずかに伴う" GGO -> OPA; honeycombing denied.
    ("jop-06", "ja",
     ("両側下葉胸膜直下優位に網状影を認める。蜂巣肺は明らかでない。軽度の牽引性気管支拡張を伴う。"
      "すりガラス影もわずかに伴っている。NSIPパターンを疑う。"),
     {FIB, BRX, OPA}),
    # Hard: 淡い浸潤影 read as a faint (ground-glass-like) opacity -> OPA, not CON.
    ("jop-07", "ja",
     ("右上葉S2に淡い浸潤影を認め、肺炎の初期像を疑います。その他の肺野に異常影は認めません。"
      "縦隔・肺門リンパ節の腫大はありません。"),
     {OPA}),
    ("jop-08", "ja",
     ("左下葉S8に径12mmの結節影を認める。辺縁にspiculationを伴い、胸膜陥入像もみられる。"
      "原発性肺癌を否定できない。縦隔・肺門リンパ節腫大なし。胸水なし。"),
     {NOD}),
    # Hard: 4.8 cm 腫瘤影 -> over 3 cm, so NOT Lung nodule; node 15 mm enlarged -> LN.
    ("jop-09", "ja",
     ("右上葉に最大径4.8cmの腫瘤影を認め、肺癌を疑います。右肺門リンパ節は短径15mmと腫大しています。"
      "少量の右胸水があります。"),
     {LN, PE}),
    # 2.6 cm 腫瘤影 -> under 3 cm -> NOD; halo of ground glass -> OPA.
    ("jop-10", "ja",
     ("左上葉に2.6cm大の腫瘤影を認め、周囲にすりガラス影を伴う（halo sign）。"
      "免疫抑制状態であり、侵襲性肺アスペルギルス症を考える。"),
     {NOD, OPA}),
    ("jop-11", "ja",
     ("両肺にモザイクパターンを認め、呼気CTでair trappingを伴います。軽度の気管支壁肥厚もみられます。"
      "閉塞性細気管支炎の可能性があります。"),
     {MOS, PBT}),
    ("jop-12", "ja",
     ("心拡大あり。両肺に小葉間隔壁肥厚と両側胸水を認める。肺門側優位にすりガラス影を伴い、"
      "心原性肺水腫を考える。"),
     {CM, IST, PE, OPA}),
    # Hard: crazy-paving = GGO + septal thickening -> OPA and IST.
    ("jop-13", "ja",
     ("両肺に地図状のすりガラス影を認め、内部に小葉間隔壁肥厚が重なるcrazy-paving appearanceを呈します。"
      "肺胞蛋白症が鑑別に挙がります。胸水は認めません。"),
     {OPA, IST}),
    # All resolved -> no positive finding.
    ("jop-14", "ja",
     ("前回認めたすりガラス影は消退しています。新たな浸潤影や結節影は認めません。"
      "前回の右胸水も消失しています。"),
     set()),
    # 縮小したが残存 = still present; 索状影 -> FIB.
    ("jop-15", "ja",
     ("右中葉の浸潤影は前回より縮小したが残存しており、周囲に索状影を伴う。治癒過程と考える。"),
     {CON, FIB}),
    # Hard: consolidation gone (CON 0), faint ground glass remains (OPA 1).
    ("jop-16", "ja",
     ("前回の左下葉浸潤影は消失し、淡いすりガラス影を残すのみです。胸水は認めません。"),
     {OPA}),
    # 肺野の淡い濃度上昇 -> OPA.
    ("jop-17", "ja",
     ("右下葉S10に淡い濃度上昇を認めます。炎症性変化を考えますが、腫瘍性病変も否定できません。"
      "3か月後の再検をお勧めします。"),
     {OPA}),
    # Negative control: 濃度上昇 of mediastinal fat is not a lung opacity.
    ("jop-18", "ja",
     ("縦隔脂肪織の濃度上昇を認め、縦隔炎の可能性があります。肺野に浸潤影やすりガラス影は認めません。"
      "胸水なし。"),
     set()),
    # Negative control: liver density increase (amiodarone) is not OPA; pacemaker -> MM.
    ("jop-19", "ja",
     ("ペースメーカー留置後。心拡大を認める。肝実質のびまん性濃度上昇があり、アミオダロン沈着を考える。"
      "肺野に網状影やすりガラス影は認めない。"),
     {MM, CM}),
    # Negative control: breast mass is not a lung nodule.
    ("jop-20", "ja",
     ("左乳房に2cm大の腫瘤影を認めます。乳腺外科での精査をお勧めします。肺野に結節影は認めません。"
      "縦隔・腋窩リンパ節の腫大はありません。"),
     set()),
    # Negative control: thyroid nodule is not NOD.
    ("jop-21", "ja",
     ("甲状腺右葉に低吸収の結節を認める。肺野に結節影なし。大動脈弓部に石灰化あり。"),
     {AWC}),
    ("jop-22", "ja",
     ("両肺末梢優位に多発するすりガラス状陰影を認め、一部に浸潤影が混在する。"
      "COVID-19肺炎として典型的な所見と考える。胸水なし。"),
     {OPA, CON}),
    # 淡い陰影 -> OPA; "すりガラス結節の可能性" hedged -> NOD.
    ("jop-23", "ja",
     ("左上葉S1+2に淡い陰影がみられます。すりガラス結節の可能性があり、経過観察をお勧めします。"),
     {OPA, NOD}),
    ("jop-24", "ja",
     ("右上葉S2に径14mmの充実性結節を認める。分葉状で、腺癌を疑う。"
      "縦隔リンパ節は短径6mmまで。"),
     {NOD, LN}),
    ("jop-25", "ja",
     ("両肺に大小多数の結節影を認め、最大のものは右下葉の18mm。転移性肺腫瘍を疑う。"
      "縦隔リンパ節の腫大なし。肝に多発低吸収域あり。"),
     {NOD}),
    # The suspected nodule turned out to be a vessel -> NOD 0.
    ("jop-26", "ja",
     ("前回結節影と思われた右上葉の構造は、連続断面で血管の分岐部と判断され、結節は認めません。"
      "その他、肺野に異常影はありません。"),
     set()),
    # Nodule no longer seen -> 0.
    ("jop-27", "ja",
     ("前回指摘した左下葉の8mm結節は今回指摘できない。炎症性であったと考える。新たな結節影なし。"),
     set()),
    # Unchanged = still present.
    ("jop-28", "ja",
     ("右下葉の6mm結節は前回と比べ不変です。冠動脈に石灰化を認めます。心拡大はありません。"),
     {NOD, CAC}),
    ("jop-29", "ja",
     ("両肺下葉に数条の索状影を認めるが、陳旧性の瘢痕と考える。網状影や蜂巣肺は認めない。"
      "両側上葉に小葉中心性肺気腫あり。"),
     {FIB, EMP}),
    # UIP with increasing GGO -> acute exacerbation hedged; traction bronchiectasis -> FIB + BRX.
    ("jop-30", "ja",
     ("両側下葉胸膜直下に網状影、蜂巣肺、牽引性気管支拡張を認め、UIPパターンです。"
      "前回と比べ両側下葉のすりガラス影が増加しており、急性増悪を否定できません。"),
     {FIB, BRX, OPA}),
    ("jop-31", "ja",
     ("肺野に異常影を認めない。縦隔・肺門リンパ節腫大なし。胸水・心嚢水なし。骨に異常なし。"),
     set()),
    ("jop-32", "ja",
     ("両肺に結節影、浸潤影、すりガラス影は認められません。気管・気管支に異常はありません。"
      "心大血管に特記すべき所見はありません。"),
     set()),
    # Hard: 浸潤影 with volume loss read as atelectasis -> CON (as described) and ATL (hedged).
    ("jop-33", "ja",
     ("左下葉背側に容積減少を伴う浸潤影を認め、無気肺を考えます。少量の左胸水を伴います。"),
     {CON, ATL, PE}),
    ("jop-34", "ja",
     ("気管内チューブおよび右内頸静脈から中心静脈カテーテルが留置されている。"
      "両側下葉背側に気管支透亮像を伴う浸潤影を認め、誤嚥性肺炎を疑う。両側に少量の胸水あり。"),
     {MM, CON, PE}),
    # NTM: clustered 粒状影 -> NOD; 気管支拡張 -> BRX; 索状影 -> FIB.
    ("jop-35", "ja",
     ("右上葉に粒状影の集簇を認め、非結核性抗酸菌症を疑います。中葉・舌区には気管支拡張と索状影を伴います。"),
     {NOD, BRX, FIB}),
    ("jop-36", "ja",
     ("両肺にびまん性のすりガラス影と小葉中心性粒状影を認める。モザイクパターンも伴い、"
      "過敏性肺炎を疑う。網状影は認めない。"),
     {OPA, NOD, MOS}),
    # Mosaic denied ("明らかでない").
    ("jop-37", "ja",
     ("両肺に軽度の気管支壁肥厚を認めます。モザイクパターンやair trappingは明らかではありません。"),
     {PBT}),
    # Hard: 淡い浸潤影〜浸潤影 spans both densities -> OPA and CON.
    ("jop-38", "ja",
     ("左舌区に淡い浸潤影〜浸潤影が混在し、内部に気管支透亮像を伴う。肺炎を考える。"),
     {OPA, CON}),
    # Double hedge (炎症後変化の可能性 / アーチファクトの可能性も否定できない): still reported -> OPA 1.
    ("jop-39", "ja",
     ("右下葉胸膜下に小範囲のすりガラス影があり、炎症後変化の可能性があります。"
      "呼吸性アーチファクトの可能性も否定できません。"),
     {OPA}),
    # Pneumonia only in the clinical question, denied on imaging.
    ("jop-40", "ja",
     ("肺炎の精査目的。肺野に浸潤影やすりガラス影を認めません。肺炎を示唆する所見はありません。"),
     set()),
    # Interstitial pneumonia only in history; current reticulation/GGO denied.
    ("jop-41", "ja",
     ("間質性肺炎の既往あり。今回、網状影や蜂巣肺は認めず、すりガラス影もない。大動脈に石灰化あり。"),
     {AWC}),
    # Hard: 境界不明瞭な濃度上昇域 with cavity -> OPA (non-specific opacity); scattered 粒状影 -> NOD.
    ("jop-42", "ja",
     ("左上葉に境界不明瞭な濃度上昇域を認め、内部に小空洞を伴います。周囲に粒状影が散布しています。"
      "肺結核を否定できません。"),
     {OPA, NOD}),
    ("jop-43", "ja",
     ("両肺に小葉間隔壁の結節状肥厚を認め、癌性リンパ管症を疑う。縦隔リンパ節は多数腫大し、"
      "最大短径18mm。左胸水中等量。"),
     {IST, LN, PE}),
    # Septal thickening and effusion denied; apical pleural thickening is none of the 18.
    ("jop-44", "ja",
     ("小葉間隔壁肥厚や胸水はみられず、心不全を示唆する所見はありません。両側肺尖部に軽度の胸膜肥厚があります。"),
     set()),
    # 改善傾向 = improved but still present -> 1.
    ("jop-45", "ja",
     ("右下葉に斑状のすりガラス影と浸潤影が散在している。前回より改善傾向である。"),
     {OPA, CON}),
    # Staple line -> MM; scar band at the resection margin -> FIB; recurrence nodule denied.
    ("jop-46", "ja",
     ("右上葉部分切除後。切除断端にステープルと索状影を認めます。再発を示唆する結節影はありません。"),
     {MM, FIB}),
    # 25 mm 腫瘤影 -> under 3 cm -> NOD.
    ("jop-47", "ja",
     ("右下葉に25mm大の腫瘤影を認め、肺癌の可能性があります。両側上葉に気腫性変化を認めます。"),
     {NOD, EMP}),
    # Hedged nodule (疑い) -> 1.
    ("jop-48", "ja",
     ("左上葉に5mm程度の小結節影を疑いますが、血管影との区別は困難です。次回CTでの確認をお勧めします。"),
     {NOD}),
    ("jop-49", "ja",
     ("小葉中心性肺気腫を認める。すりガラス影や浸潤影は指摘できない。冠動脈石灰化あり。"
      "食道裂孔ヘルニアあり。"),
     {EMP, CAC, HH}),
    ("jop-50", "ja",
     ("両肺にモザイクパターンを認め、肺動脈本幹は拡張しています。慢性血栓塞栓性肺高血圧症を考えます。"),
     {MOS}),
    # Consolidation explicitly denied.
    ("jop-51", "ja",
     ("両側上葉にすりガラス影を認めますが、浸潤影は伴いません。縦隔リンパ節腫大はありません。"),
     {OPA}),
    # Hard: a measured focal "GGO" is both a ground-glass opacity and a (pure ground-glass) nodule.
    ("jop-52", "ja",
     ("右上葉S3にGGO（8mm）を認め、前回と不変。上皮内腺癌を考える。"),
     {OPA, NOD}),
    # Old consolidation resolved (CON 0); new GGO present (OPA 1).
    ("jop-53", "ja",
     ("前回みられた右下葉の浸潤影は消退。新たに左上葉にすりガラス影が出現している。"),
     {OPA}),
    # Negative control: 結節状の胸膜肥厚 is not a lung nodule.
    ("jop-54", "ja",
     ("左胸膜に結節状の肥厚を認め、悪性胸膜中皮腫も否定できません。肺野に結節影はありません。"
      "左胸水少量。"),
     {PE}),
    # Negative control: reticular pattern in subcutaneous fat (edema) is not FIB.
    ("jop-55", "ja",
     ("心拡大あり。両側胸壁皮下に網状影を認め、全身浮腫を考える。肺野の網状影や小葉間隔壁肥厚はない。"),
     {CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jop-07", CON): "淡い浸潤影 (a faint infiltrate) counts as consolidation by the word 浸潤影 (CT-RATE convention); the probe reads it as ground glass",
    ("jop-26", NOD): "a nodule of the previous examination now called a vessel (「前回結節影と思われた…血管の分岐部と判断され」) stays a hedged nodule",
    ("jop-52", NOD): "a measured focal GGO (「GGO（8mm）」) named 上皮内腺癌 is not read as a nodule (a cancer word names a diagnosis)",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
