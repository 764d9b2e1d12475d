"""Probe: Japanese chest CT reports (oncology staging, lung-cancer screening, follow-up after surgery
or chemotherapy) in which the size and the wording of a lung lesion decide Lung nodule: 結節 / 結節影
of any size; 腫瘤 / 腫瘤影 / 腫瘤性病変 of 15, 22, 25, 28, 30, 35 mm and 5 cm; sizes written as 2.5cm,
25mm大, φ19mm, 長径×短径 (32×20mm), after the noun (「腫瘤は径22mm」) and as changes (「28mm→36mm」);
肺癌 / 腺癌 named with and without a described lesion; TNM stages (cT1b, cT1c, cT2a, cT3, and pT/pN
after surgery); すりガラス結節 and part-solid nodules; 多発肺転移; and nodules and masses outside the
lung (肝, 副腎, 甲状腺, 乳房, 前縦隔) as negative controls. Plain and polite forms, hedges, denials and
reports with no positive finding. The reports were written for this file without looking at the
engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned. A lung mass
over 3 cm alone is not a Lung nodule (a nodule of any size, or a mass of 3 cm or less, is); a cancer
word names a diagnosis, and its lesion counts as described (a clinical T1 counts as a nodule)."""
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
    LN,
    MM,
    NOD,
    OPA,
    PBT,
    PCE,
    PE,
    probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("jmn-01", "ja",
     ("肺がん検診目的の胸部単純CT。右肺上葉S2に径8mmの充実性結節を認める。辺縁は平滑で、"
      "1年前の前回CTと比較して著変なし。縦隔・肺門リンパ節腫大なし。胸水なし。"),
     {NOD}),
    # 35 mm mass: over 3 cm, so a mass and not a nodule.
    ("jmn-02", "ja",
     ("左肺下葉S6に長径35mmの分葉状腫瘤を認め、スピキュラを伴う。原発性肺癌を疑う。"
      "左肺門リンパ節は短径14mmと腫大している。胸水は認めない。大動脈弓部に石灰化あり。"),
     {LN, AWC}),
    # 15 mm mass: under 3 cm, counts as a nodule.
    ("jmn-03", "ja",
     ("右肺中葉に15mmの腫瘤影を認めます。周囲にすりガラス影を伴っています。"
      "肺門・縦隔リンパ節の腫大は認めません。心拡大なし。"),
     {NOD, OPA}),
    # 5 cm mass: not a nodule; obstructive atelectasis distal to it.
    ("jmn-04", "ja",
     ("左肺上葉に5cm大の腫瘤を認め、末梢に閉塞性無気肺を伴う。左上葉気管支は腫瘤により狭窄している。"
      "縦隔リンパ節(#4L)の腫大あり、転移を疑う。少量の左胸水を認める。"),
     {ATL, LN, PE}),
    ("jmn-05", "ja",
     ("右肺下葉S8に2.5cmの腫瘤を認めます。胸膜陥入像を伴っており、肺腺癌が疑われます。"
      "両肺上葉に小葉中心性肺気腫を認めます。胸水は認めません。"),
     {NOD, EMP}),
    # The mass grew past 3 cm: the present size (36 mm) decides, so not a nodule now.
    ("jmn-06", "ja",
     ("右肺上葉の腫瘤は前回28mm→今回36mmと増大しています。縦隔リンパ節の腫大は認めません。"
      "今回、少量の右胸水が出現しています。胸膜播種の可能性も念頭に置く必要があります。"),
     {PE}),
    # 長径×短径 32×20mm: the long axis is over 3 cm, so a mass, not a nodule.
    ("jmn-07", "ja",
     ("左肺上葉S1+2に32×20mmの不整形腫瘤を認める。肺癌を第一に考える。"
      "冠動脈に石灰化を認める。胸水、心嚢液貯留なし。"),
     {CAC}),
    # Size after the noun: 22 mm mass, a nodule.
    ("jmn-08", "ja",
     ("左肺下葉に腫瘤を認める。腫瘤は径22mmで、辺縁は不整、内部に気管支透亮像を伴う。"
      "リンパ節腫大は認めない。胸水なし。"),
     {NOD}),
    ("jmn-09", "ja",
     ("右上葉肺腺癌(cT1bN0M0)の術前評価です。右上葉S1の原発巣は全体径16mm、充実部径12mmの"
      "部分充実型結節で、前回と比べて著変ありません。縦隔・肺門リンパ節の腫大は認めません。"
      "遠隔転移を示唆する所見はありません。"),
     {NOD}),
    # cT2a means a tumour over 3 cm (up to 4 cm): not a nodule; the hilar node is described.
    ("jmn-10", "ja",
     ("右下葉肺扁平上皮癌の病期診断。画像上cT2aN1M0相当と考えます。"
      "右肺門リンパ節は短径13mmに腫大しています。胸水、心嚢液は認めません。"),
     {LN}),
    # cT3 with a 62 mm mass: not a nodule. Node under pathological size: 1 by convention.
    ("jmn-11", "ja",
     ("右肺上葉に最大径62mmの腫瘤を認め、胸壁への浸潤を伴う。cT3N0M0相当。"
      "縦隔リンパ節は短径6mm程度で、病的サイズに達しない。胸水なし。"),
     {LN}),
    # pT1aN0 is the resected specimen (history); staples are present devices.
    ("jmn-12", "ja",
     ("右上葉肺腺癌(pT1aN0M0)に対する右上葉切除術後。気管支断端および肺切離線にステープラーを認める。"
      "再発を示唆する結節や腫瘤は認めない。右肺尖部に術後変化として索状影と胸膜肥厚を認める。"),
     {MM, FIB}),
    # Liver mass is a negative control; the lung nodules are present.
    ("jmn-13", "ja",
     ("大腸癌術後の経過観察。両肺に径3〜12mmの多発結節を認め、多発肺転移と考えます。"
      "前回より増数、増大しています。肝S8に25mmの低吸収腫瘤を認め、肝転移と考えます。"),
     {NOD}),
    ("jmn-14", "ja",
     ("肺がん検診。両肺に結節、腫瘤は認めません。縦隔・肺門リンパ節腫大なし。胸水なし。"
      "心拡大なし。異常所見を認めません。"),
     set()),
    # Thyroid nodule: not a lung nodule.
    ("jmn-15", "ja",
     ("甲状腺右葉に18mmの低吸収結節を認めます。超音波での精査をお勧めします。"
      "肺野に結節影は認めません。縦隔リンパ節腫大なし。"),
     set()),
    # Adrenal mass under 3 cm: outside the lung, not a nodule.
    ("jmn-16", "ja",
     ("撮像範囲の左副腎に22mmの腫瘤を認め、腺腫を疑う。肺野に異常を認めない。"
      "胸水、心嚢液なし。"),
     set()),
    # Breast mass: not a lung nodule; the axillary node is described with a size.
    ("jmn-17", "ja",
     ("右乳房C領域に15mm大の腫瘤を認めます。乳癌の可能性があり、乳腺外科へのご紹介をお勧めします。"
      "右腋窩リンパ節は短径9mmです。肺野に転移を疑う結節はありません。"),
     {LN}),
    # Hedged nodule: 1.
    ("jmn-18", "ja",
     ("左肺上葉S3に小結節影を疑うが、血管断面との鑑別が難しい。次回CTで再評価を推奨する。"
      "両肺上葉に軽度の肺気腫を認める。"),
     {NOD, EMP}),
    # Nodule resolved: 0.
    ("jmn-19", "ja",
     ("前回指摘した右下葉の結節は今回消失しており、炎症性変化であったと考えます。"
      "新たな結節は認めません。両側下葉に軽度の気管支壁肥厚を認めます。"),
     {PBT}),
    # Exactly 30 mm mass: 3 cm or less (cT1c range), counts as a nodule.
    ("jmn-20", "ja",
     ("右肺上葉に径30mmの腫瘤を認める。辺縁に棘状突起を伴い、肺癌を疑う。"
      "縦隔リンパ節の腫大は認めない。大動脈および冠動脈に石灰化あり。"),
     {NOD, AWC, CAC}),
    # 3.2 cm mass: over 3 cm, not a nodule.
    ("jmn-21", "ja",
     ("右肺下葉に3.2cm大の腫瘤性病変を認めます。肺癌の可能性が高いと思われます。"
      "両肺に気腫性変化を認めます。胸水は認めません。"),
     {EMP}),
    ("jmn-22", "ja",
     ("左肺上葉舌区に25mm大の腫瘤性病変を認める。FDG-PETでの評価を推奨する。"
      "リンパ節腫大なし。胸水なし。"),
     {NOD}),
    # Pure ground-glass nodule: labelled as a nodule (the opacity is the nodule itself).
    ("jmn-23", "ja",
     ("右肺上葉S3に径12mmのすりガラス結節を認めます。前回と比べて大きさ、濃度に変化はありません。"
      "上皮内腺癌〜微少浸潤性腺癌の可能性があり、引き続き経過観察をお勧めします。"),
     {NOD}),
    ("jmn-24", "ja",
     ("左肺下葉S10に径18mm(充実部8mm)の部分充実型結節を認めます。前回より充実部が増大しており、"
      "肺腺癌を疑います。縦隔リンパ節の腫大は認めません。"),
     {NOD}),
    # Cancer named, no lesion described (primary not identifiable): no nodule.
    ("jmn-25", "ja",
     ("右上葉肺癌に対する化学放射線療法後。右上葉には放射線肺臓炎後の線維化を認め、"
      "原発巣は同定困難。新たな結節は認めない。胸水なし。"),
     {FIB}),
    ("jmn-26", "ja",
     ("左下葉腺癌の術後5年目の経過観察です。今回、右中葉に径5mmの結節を新たに認めますが、"
      "非特異的で経過観察でよいと考えます。局所再発は認めません。"),
     {NOD}),
    # The rounded shadow is explained as round atelectasis, not a nodule or mass.
    ("jmn-27", "ja",
     ("右下葉胸膜下に径25mmの腫瘤様陰影を認めますが、comet tail signを伴っており円形無気肺と考えます。"
      "腫瘍性病変は否定的です。隣接する胸膜に肥厚を認めます。"),
     {ATL}),
    # A subpleural nodule read as an intrapulmonary lymph node is still a lung nodule on CT.
    ("jmn-28", "ja",
     ("右下葉胸膜直下に5mmの結節影を認めます。形態から肺内リンパ節と思われます。"
      "縦隔リンパ節腫大は認めません。"),
     {NOD}),
    # Liver mass and nodule: outside the lung.
    ("jmn-29", "ja",
     ("肝S6に35mmの腫瘤、S3に8mmの結節を認め、転移を疑う。肺野には結節を認めない。"
      "右胸水を少量認める。"),
     {PE}),
    # 5.2 cm mass (not a nodule) plus a hedged 7 mm nodule (a nodule).
    ("jmn-30", "ja",
     ("左肺上葉に5.2cm大の腫瘤を認め、肺癌を疑う。同側下葉にも7mmの結節があり、"
      "肺内転移の可能性を否定できない。縦隔リンパ節(#7)は短径11mmに腫大している。"),
     {NOD, LN}),
    # pT1bN1 is the resected specimen (history); the residual effusion is present.
    ("jmn-31", "ja",
     ("右下葉肺癌(pT1bN1M0)術後の評価です。気管支断端にステープルを認めます。"
      "術後の右胸水は減少しましたが、わずかに残存しています。縦隔リンパ節腫大は認めません。"),
     {MM, PE}),
    # Mass shrank below 3 cm after chemotherapy: 24 mm now, a nodule.
    ("jmn-32", "ja",
     ("前回CTで指摘された左上葉の腫瘤(42mm)は化学療法後に縮小し、今回は径24mmです。"
      "右前胸部にCVポートが留置されています。新たな病変は認めません。"),
     {NOD, MM}),
    # Shrinking nodule is still present; dependent density counts as opacity.
    ("jmn-33", "ja",
     ("右下葉の結節は前回12mm→今回8mmと縮小している。両側下葉背側に荷重部の濃度上昇を認める。"
      "胸水なし。"),
     {NOD, OPA}),
    ("jmn-34", "ja",
     ("結節影、腫瘤影は認めない。左下葉に索状影を認め、陳旧性炎症後の瘢痕と考える。"
      "冠動脈に石灰化を認める。"),
     {FIB, CAC}),
    # Lung metastases with a largest size of 18 mm: nodules.
    ("jmn-35", "ja",
     ("腎細胞癌の多発肺転移は前回より増大しており、最大のものは右下葉で18mmです。"
      "縦隔リンパ節は短径15mmに腫大しています。"),
     {NOD, LN}),
    ("jmn-36", "ja",
     ("乳癌術後の経過観察。左乳房切除後の状態。左腋窩に術後のクリップを認める。"
      "多発肺転移を示唆する所見はない。胸水なし。"),
     {MM}),
    # Anterior mediastinal mass under 3 cm: outside the lung, not a nodule.
    ("jmn-37", "ja",
     ("前縦隔に径25mmの腫瘤を認め、胸腺腫を疑います。肺野に結節は認めません。"
      "胸水、心嚢液は認めません。"),
     set()),
    # Breast nodule is a negative control, but a lung micronodule is also present.
    ("jmn-38", "ja",
     ("左乳房に12mmの結節を認めます。別に右肺上葉に3mmの微小結節を認めますが、"
      "非特異的と思われます。リンパ節腫大はありません。"),
     {NOD}),
    # Node said not to be pathologically enlarged: 0.
    ("jmn-39", "ja",
     ("左上葉の腫瘤は約27mm大で、前回(20mm)より増大している。"
      "縦隔リンパ節は短径7mmで、病的腫大とはいえない。胸水なし。"),
     {NOD}),
    ("jmn-40", "ja",
     ("右肺上葉に最大径4.5cmの空洞を伴う腫瘤を認め、扁平上皮癌を疑う。"
      "両肺に高度の肺気腫を認める。大動脈弓部に石灰化あり。"),
     {EMP, AWC}),
    ("jmn-41", "ja",
     ("左肺下葉にφ19mmの腫瘤が認められます。両側に少量の胸水が認められます。"
      "心拡大は認められません。"),
     {NOD, PE}),
    # 結節 of any size: a 35 mm "nodule" is still called a nodule.
    ("jmn-42", "ja",
     ("右肺下葉に35mm大の結節を認める。内部に石灰化はない。"
      "縦隔リンパ節腫大なし。"),
     {NOD}),
    ("jmn-43", "ja",
     ("右上葉の腫瘤(28mm)は原発性肺癌と考えられ、cT1cN2M0相当です。"
      "#4Rリンパ節は短径16mmに腫大しています。胸水は認めません。"),
     {NOD, LN}),
    ("jmn-44", "ja",
     ("前回指摘の右下葉すりガラス結節は消失しています。一過性の炎症性変化であったと考えます。"
      "新たな結節は認めません。その他、特記すべき所見はありません。"),
     set()),
    # A calcified granuloma is still a nodule on CT.
    ("jmn-45", "ja",
     ("右上葉に5mmの石灰化結節を認め、陳旧性肉芽腫と考えます。"
      "その他、肺野に異常を認めません。"),
     {NOD}),
    # Mass-like consolidation of about 4 cm: consolidation, not a nodule.
    ("jmn-46", "ja",
     ("右下葉に径約4cmの腫瘤状の浸潤影を認め、器質化肺炎と肺癌の鑑別を要する。"
      "縦隔リンパ節腫大なし。"),
     {CON}),
    # Cancer only in the clinical question.
    ("jmn-47", "ja",
     ("依頼目的:肺癌疑い(血痰)。肺野に結節や腫瘤は認めません。"
      "両側下葉に軽度の気管支壁肥厚を認めます。"),
     {PBT}),
    # Thyroid mass over 3 cm: outside the lung.
    ("jmn-48", "ja",
     ("甲状腺左葉に35mmの腫瘤を認め、気管を右方へ圧排している。肺野に異常を認めない。"
      "縦隔リンパ節腫大なし。食道裂孔ヘルニアを認める。"),
     {HH}),
    ("jmn-49", "ja",
     ("両肺に複数のすりガラス結節が散在しています(最大11mm)。右上葉には径16mmの部分充実型結節も"
      "認めます。小葉中心性肺気腫を認めます。"),
     {NOD, EMP}),
    ("jmn-50", "ja",
     ("左上葉に2cm弱の腫瘤影を認め、辺縁にスピキュラを伴う。心拡大を認める。"
      "胸水は認めない。"),
     {NOD, CM}),
    ("jmn-51", "ja",
     ("右下葉の腫瘤は径6cmに増大している。右胸水が増加し、右下葉に圧排性無気肺を伴う。"
      "心嚢液の貯留も新たに認める。"),
     {PE, ATL, PCE}),
    ("jmn-52", "ja",
     ("結節なし。腫瘤は否定的。肺癌を示唆する所見はない。両側肺尖部に胸膜肥厚あり。"
      "大動脈に石灰化を認める。"),
     {AWC}),
    # Clinical stage cT1b with no lesion described: a T1 tumour counts as a nodule.
    ("jmn-53", "ja",
     ("左上葉肺癌、臨床病期cT1bN0M0(IA2期)相当です。縦隔・肺門リンパ節の腫大は認めません。"
      "左下葉に軽度の気管支拡張を認めます。"),
     {NOD, BRX}),
    # 長径×短径 26×18mm: the long axis is under 3 cm, so a nodule.
    ("jmn-54", "ja",
     ("右肺中葉に26×18mmの腫瘤を認めます。前回と比べ増大しています。"
      "大動脈に石灰化を認めます。胸水なし。"),
     {NOD, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("jmn-20", NOD): "a mass of exactly 30 mm counts as a mass (under 3 cm is a nodule by size)",
    ("jmn-27", NOD): "a 25 mm mass-like shadow explained as round atelectasis stays a nodule by size",
    ("jmn-27", OPA): "a mass-like shadow explained as round atelectasis stays an opacity by the word 陰影",
    ("jmn-32", NOD): "a mass that shrank to under 3 cm, its new size in a later clause, is not read as a nodule by size",
    ("jmn-35", NOD): "「腎細胞癌の多発肺転移」: the kidney named as the primary in the clause excludes the lung metastases",
    ("jmn-54", NOD): "a mass measured on two axes (26×18mm) is not read as a nodule by size (the one train report so measured is labelled 0)",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
