"""Probe: Japanese chest CT reports in which the radiologist sorts out densities in the lung bases:
背側の荷重部濃度上昇 (gravity-dependent density), 板状無気肺, 受動無気肺 with 胸水, 圧排性無気肺,
閉塞性無気肺 (tumour, mucus plug), 円形無気肺 (also when it is the answer to a "mass" and when it is
rejected), 浸潤影, 誤嚥性肺炎, すりガラス影, 索状影/線状影, 「無気肺と考えますが肺炎の合併は否定できません」,
「荷重による変化と考えます」, prone re-scans and poor inspiration; plain (だ/である) and polite (です/ます)
forms, hedges, denials, resolved findings (「前回の浸潤影は消失」) and reports with no positive finding.
The reports were written for this file without looking at the engine's lexicon or cue lists.

Labelling decisions (as a radiologist reading under CT-RATE conventions):
- A basal dorsal density that the radiologist calls 荷重部変化 / 荷重による変化 (physiological,
  gravity-dependent density, e.g. gone on a prone scan) is NOT a finding: Atelectasis 0, Lung opacity 0.
  The same holds when the density is first described as すりガラス影/濃度上昇 and then concluded to be
  荷重による変化 (jdd-12), and for density from poor inspiration (jdd-42). When the radiologist does name
  it atelectasis (荷重部の無気肺, 荷重による無気肺), Atelectasis is 1 (jdd-34). When the dependent
  change is only a differential that is set aside (jdd-32, jdd-52), the named opacity stands.
- 「無気肺と考えますが肺炎の合併は否定できません」 on a density: Atelectasis 1 and, as possible pneumonic
  infiltration, Consolidation 1 (jdd-10 with 浸潤影, jdd-35 with 濃度上昇).
- 円形無気肺 is Atelectasis, not Lung nodule, even when it is described as 腫瘤様; rejected 円形無気肺 is 0.
- 索状影, and 線状影 called 瘢痕, are Pulmonary fibrotic sequela; 板状/線状の無気肺 is Atelectasis.
- 改善 with 含気良好 / 消失 is resolved (0); 減少, 縮小, 残存 are still present (1).
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
    ("jdd-01", "ja",
     ("両側下葉背側に淡い濃度上昇を認めますが、荷重による変化と考えます。"
     "肺野に結節や浸潤影はありません。胸水は認めません。縦隔・肺門リンパ節の腫大はありません。"),
     set()),
    ("jdd-02", "ja",
     ("両側下葉に板状無気肺を認める。右S10にもわずかな線状の無気肺がある。"
     "浸潤影はない。胸水なし。大動脈弓部に石灰化を認める。"),
     {ATL, AWC}),
    ("jdd-03", "ja",
     ("両側胸水貯留を認め、右優位です。隣接する両側下葉に受動無気肺を伴っています。"
     "心拡大があります。心嚢液貯留は認めません。"),
     {PE, ATL, CM}),
    ("jdd-04", "ja",
     ("右大量胸水があり、右下葉はほぼ全体が圧排性無気肺となっている。右中葉にも部分的な含気低下を伴う。"
     "縦隔は軽度左方へ偏位。左肺に異常影なし。胸腔ドレナージを検討されたい。"),
     {PE, ATL}),
    ("jdd-05", "ja",
     ("左肺門に径52mmの腫瘤を認め、左上葉気管支を閉塞し、末梢に閉塞性無気肺を伴う。原発性肺癌を疑う。"
     "左肺門および気管分岐下に短径15mmの腫大リンパ節を認める。少量の左胸水あり。"),
     {ATL, LN, PE}),
    ("jdd-06", "ja",
     ("右下葉胸膜下に径35mmの腫瘤様の濃度上昇を認めますが、comet tail signを伴い、円形無気肺と考えます。"
     "隣接する胸膜に石灰化を伴う胸膜プラークがあります。悪性腫瘍を示唆する所見はありません。"),
     {ATL}),
    ("jdd-07", "ja",
     ("右下葉に気管支透亮像を伴う浸潤影を認め、細菌性肺炎を考えます。周囲に淡いすりガラス影を伴います。"
     "胸水は認めません。"),
     {CON, OPA}),
    ("jdd-08", "ja",
     ("両側下葉背側優位に浸潤影を認め、誤嚥性肺炎を疑う。両側下葉の気管支壁肥厚を伴う。"
     "食道は拡張し内部に液体貯留あり。経鼻胃管が胃内に留置されている。"),
     {CON, PBT, MM}),
    ("jdd-09", "ja",
     ("前回CTで認めた右下葉の浸潤影は消失しています。新たな異常影は認めません。胸水はありません。"),
     set()),
    ("jdd-10", "ja",
     ("右下葉背側に浸潤影を認めます。無気肺と考えますが肺炎の合併は否定できません。"
     "胸水はありません。左肺に異常はありません。"),
     {ATL, CON}),
    ("jdd-11", "ja",
     ("両肺下葉背側の濃度上昇は荷重による変化と考えます。腹臥位での追加撮影で消失を確認しました。"
     "その他、肺野に異常はありません。冠動脈に石灰化を認めます。"),
     {CAC}),
    ("jdd-12", "ja",
     ("左下葉背側に淡いすりガラス影がみられるが、荷重部に限局しており荷重による変化と考える。"
     "その他の肺野に異常影なし。胸水、心嚢液なし。"),
     set()),
    ("jdd-13", "ja",
     ("肺野に明らかな浸潤影、すりガラス影、結節は認めない。無気肺なし。胸水・心嚢液貯留なし。"
     "縦隔・肺門リンパ節腫大なし。"),
     set()),
    ("jdd-14", "ja",
     ("両側下葉に索状影を認め、陳旧性炎症後の瘢痕と考えます。活動性の炎症を示唆する所見はありません。"
     "胸水はありません。"),
     {FIB}),
    ("jdd-15", "ja",
     ("右中葉に線状影があり、瘢痕性変化と考える。左舌区に板状無気肺を認める。"
     "結節や浸潤影は指摘できない。"),
     {FIB, ATL}),
    ("jdd-16", "ja",
     ("心拡大、両側胸水、小葉間隔壁肥厚を認め、うっ血性心不全を疑います。"
     "両側下葉背側には受動無気肺を伴います。両肺にすりガラス影が散在しています。"),
     {CM, PE, IST, ATL, OPA}),
    ("jdd-17", "ja",
     ("前回の右胸水は消失し、右下葉の受動無気肺も消失しました。右下葉に索状影が残存しています。"),
     {FIB}),
    ("jdd-18", "ja",
     ("左胸水は前回より減少したが少量残存している。隣接する左下葉の無気肺も縮小しているが残っている。"),
     {PE, ATL}),
    ("jdd-19", "ja",
     ("気管内チューブ先端は気管分岐部の約3cm頭側。右内頸静脈から中心静脈カテーテルが挿入され、先端は上大静脈。"
     "両側下葉背側に浸潤影があり、誤嚥性肺炎あるいは無気肺を考える。両側に少量胸水を認める。"),
     {MM, CON, ATL, PE}),
    ("jdd-20", "ja",
     ("誤嚥性肺炎の既往があり、経過観察目的の撮影です。今回、肺野に浸潤影は認めません。"
     "両側下葉背側にわずかな濃度上昇がありますが、荷重部変化と考えます。食道裂孔ヘルニアを認めます。"),
     {HH}),
    ("jdd-21", "ja",
     ("右下葉S6およびS10に浸潤影とすりガラス影があり、誤嚥性肺炎に矛盾しない。"
     "右下葉の気管支内に分泌物の貯留を認める。右下葉には気管支拡張も認める。"),
     {CON, OPA, BRX}),
    ("jdd-22", "ja",
     ("臨床的に肺炎疑いとのことですが、肺野に浸潤影やすりガラス影は指摘できません。"
     "両側下葉背側の淡い濃度上昇は荷重部変化です。胸水もありません。"),
     set()),
    ("jdd-23", "ja",
     ("左下葉に板状無気肺がある。左横隔膜の挙上を伴う。胸水なし。"
     "両側上葉に小葉中心性肺気腫を認める。"),
     {ATL, EMP}),
    ("jdd-24", "ja",
     ("右下葉の円形無気肺は前回と著変ありません。隣接する胸膜肥厚も変化ありません。新たな病変はありません。"),
     {ATL}),
    ("jdd-25", "ja",
     ("胸部X線で左下肺野の腫瘤影を指摘されての精査。胸膜肥厚に接して巻き込まれる血管気管支束を伴い、"
     "円形無気肺と考えられ、腫瘍性病変は否定的である。縦隔リンパ節腫大なし。"),
     {ATL}),
    ("jdd-26", "ja",
     ("右中葉気管支内に径15mmの結節を認め、右中葉に閉塞性無気肺を伴っています。"
     "カルチノイドなどの気管支内腫瘍を疑います。気管支鏡での精査をお勧めします。"),
     {NOD, ATL}),
    ("jdd-27", "ja",
     ("右下葉の浸潤影は前回より縮小しているが、なお残存している。周囲のすりガラス影は消失した。"),
     {CON}),
    ("jdd-28", "ja",
     ("前回の左下葉浸潤影は消失し、索状影のみ残存しています。胸水はありません。"),
     {FIB}),
    ("jdd-29", "ja",
     ("大動脈弁置換術後で、人工弁と胸骨ワイヤーを認めます。心拡大はありません。"
     "両側下葉背側に軽度の荷重部濃度上昇を認めますが、有意な所見とは考えません。"),
     {MM}),
    ("jdd-30", "ja",
     ("左大量胸水により左下葉は完全に虚脱し、圧排性無気肺となっている。縦隔は右方へ偏位。"
     "壁側胸膜に不整な肥厚があり、癌性胸膜炎を疑う。右肺に異常なし。"),
     {PE, ATL}),
    ("jdd-31", "ja",
     ("両側下葉胸膜下優位にすりガラス影と網状影を認め、間質性肺炎を疑う。牽引性気管支拡張を伴う。"
     "蜂巣肺は認めない。"),
     {OPA, FIB, BRX}),
    ("jdd-32", "ja",
     ("両側下葉背側のすりガラス影は荷重部変化との鑑別を要しましたが、腹臥位撮影でも残存しており、"
     "初期の間質性変化を否定できません。胸水はありません。"),
     {OPA}),
    ("jdd-33", "ja",
     ("腹臥位追加撮影で背側の濃度上昇は消失し、荷重部変化と判断した。明らかな間質性肺炎の所見はない。"),
     set()),
    ("jdd-34", "ja",
     ("両側下葉背側に荷重による無気肺を認めます。胸水はありません。結節や浸潤影はありません。"),
     {ATL}),
    ("jdd-35", "ja",
     ("右下葉背側に濃度上昇があります。無気肺と考えますが、肺炎の合併は否定できません。"
     "経過観察をお願いします。"),
     {ATL, CON}),
    ("jdd-36", "ja",
     ("肺野に異常影は認められません。両側下葉背側のわずかな濃度上昇は荷重部変化と思われます。"
     "胸水、心嚢液は認められません。リンパ節腫大は認められません。"),
     set()),
    ("jdd-37", "ja",
     ("気管前に短径9mmのリンパ節を認めますが、病的サイズには達していません。"
     "左下葉に板状無気肺を認めます。"),
     {LN, ATL}),
    ("jdd-38", "ja",
     ("縦隔リンパ節はやや目立つが、病的腫大とはいえない。右下葉背側に浸潤影があり、誤嚥を疑う。"),
     {CON}),
    ("jdd-39", "ja",
     ("誤嚥性肺炎後の経過観察。前回の両側下葉浸潤影は改善し、すりガラス影がわずかに残存している。"),
     {OPA}),
    ("jdd-40", "ja",
     ("両側下葉に気管支壁肥厚と気管支拡張を認め、内部に粘液栓を伴う。末梢には無気肺がみられる。"
     "慢性気道感染を考える。"),
     {PBT, BRX, ATL}),
    ("jdd-41", "ja",
     ("少量の心嚢液貯留と両側少量胸水を認めます。両側下葉に受動無気肺を伴います。心拡大はありません。"),
     {PCE, PE, ATL}),
    ("jdd-42", "ja",
     ("吸気不良のため両側下葉背側の肺野濃度が上昇しており、病的意義は乏しいと考えます。"
     "胸水は認めず、無気肺もありません。"),
     set()),
    ("jdd-43", "ja",
     ("両肺にモザイク状の濃度差を認め、エアトラッピングを疑う。両側下葉背側の濃度上昇は荷重部変化と考える。"),
     {MOS}),
    ("jdd-44", "ja",
     ("右胸腔ドレーン留置後で、右胸水は減少しています。右下葉に受動無気肺が残存しています。"),
     {MM, PE, ATL}),
    ("jdd-45", "ja",
     ("右胸水は消失し、胸腔ドレーンは抜去されています。右下葉の無気肺も改善し、含気は良好です。"),
     set()),
    ("jdd-46", "ja",
     ("左下葉に径4cm大の浸潤影を認め、肺炎を第一に考えるが、浸潤性粘液性腺癌も鑑別に挙がる。"
     "治療後の再検を推奨する。"),
     {CON}),
    ("jdd-47", "ja",
     ("右中葉と左舌区に板状無気肺が見られます。大動脈に石灰化があり、冠動脈にも石灰化を認めます。"),
     {ATL, AWC, CAC}),
    ("jdd-48", "ja",
     ("食道内に食物残渣が貯留しており、誤嚥のリスクがあります。食道裂孔ヘルニアは認めません。"
     "肺野に明らかな誤嚥性肺炎の所見はありません。"),
     set()),
    ("jdd-49", "ja",
     ("左に少量胸水を認め、左下葉背側に受動無気肺を伴う。心拡大は認めない。右胸水なし。"),
     {PE, ATL}),
    ("jdd-50", "ja",
     ("左下葉気管支に粘液栓があり、左下葉の無気肺を生じています。閉塞性無気肺と考えます。"
     "中枢気道に腫瘤は指摘できません。"),
     {ATL}),
    ("jdd-51", "ja",
     ("右下葉胸膜直下に径24mmの結節を認める。胸膜に接するがcomet tail signはなく、円形無気肺は否定的。"
     "肺癌を疑う。"),
     {NOD}),
    ("jdd-52", "ja",
     ("両側下葉背側に浸潤影とすりガラス影があります。背側優位の分布ですが、荷重部変化としては濃度が高く、"
     "誤嚥性肺炎を考えます。"),
     {CON, OPA}),
    ("jdd-53", "ja",
     ("両側上葉に肺気腫を認める。右下葉背側の線状影は板状無気肺あるいは瘢痕と考える。"),
     {EMP, ATL, FIB}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jdd-01", OPA): "a density put down to gravity (荷重による変化) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-11", OPA): "a density put down to gravity (荷重による変化) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-12", OPA): "a density put down to gravity (荷重による変化) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-20", OPA): "a density put down to gravity (荷重部変化) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-22", OPA): "a density put down to gravity (荷重部変化) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-29", OPA): "a dependent density called not significant still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-36", OPA): "a density put down to gravity (荷重部変化) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-43", OPA): "a density put down to gravity (荷重部変化) still counts as an opacity: CT-RATE labels dependent densities Lung opacity (14 of 16 Japanese train reports)",
    ("jdd-06", OPA): "a mass-like density explained as round atelectasis after 「認めますが、」: the explanation does not reach back across the clause",
    ("jdd-32", OPA): "「との鑑別を要しましたが」 (a differential considered, then set aside) is read as a denial of the ground glass",
    ("jdd-35", OPA): "a density called atelectasis in the next sentence still counts as an opacity (the explanation does not cross sentences)",
    ("jdd-35", CON): "a possible pneumonia (「肺炎の合併は否定できません」) is not read as a consolidation: pneumonia names a disease",
    ("jdd-39", CON): "a bare improvement (「浸潤影は改善し」) is read as 'better, still there'",
    ("jdd-45", ATL): "「無気肺も改善し、含気は良好」: an improvement with good aeration is read as 'better, still there'",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
