"""Health check-up and lung cancer screening chest CT reports (Japanese).

- Very short and one-line reports: 「特記すべき異常所見なし」「明らかな異常を認めません」「異常なし」
  「所見なし」「著変なし」「前回と著変ありません」, and reports with only a 結論/判定 line.
- Screening categories and advice (「判定区分：C（要経過観察）」「E（要精査）」「6か月後の再検」
  「呼吸器内科受診をお勧めします」) mixed with findings, and category lines that name a finding
  (「判定：肺結節」「判定：肺気腫、…」).
- Nodule descriptions with type and size (pure GGN, 部分充実型結節, 充実性結節, 腫瘤).
  A ground-glass NODULE (すりガラス結節, GGN) is labelled Lung nodule only, not Lung opacity.
- Incidental findings that are none of the 18 (胸膜肥厚, 甲状腺腫大, 肝嚢胞, 腎嚢胞, 肋骨骨折後変化):
  they must not fire anything; pleural thickening alone is not Pleural effusion.
- Incidental findings that are among the 18 (肺気腫, 冠動脈石灰化, 大動脈弓部石灰化, 食道裂孔ヘルニア,
  陳旧性炎症性瘢痕 -> fibrotic sequela), hedged ones (「疑い」「可能性」) counted as present.
- 「異常なし」 that covers everything except one finding named elsewhere in the report.
- Negative lists (「結節・腫瘤なし、胸水なし、縦隔リンパ節腫大なし」) and resolved findings (「消失」).
- Consolidation (コンソリデーション / 浸潤影) is labelled Consolidation; Lung opacity only where
  ground-glass opacity or density increase is named as well. Pericardial thickening counts as
  Pericardial effusion.

All reports were written for this file without looking at the engine's lexicon.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("js-01", "ja", "特記すべき異常所見なし。", set()),
    ("js-02", "ja", "明らかな異常を認めません。", set()),
    ("js-03", "ja", "胸部CT：異常なし。", set()),
    ("js-04", "ja", "所見なし。判定区分：A（異常なし）", set()),
    ("js-05", "ja", "前回（2023年）と比較し著変ありません。", set()),
    ("js-06", "ja",
     "右S3に8mm大のすりガラス結節（pure GGN）を認めます。その他特記すべき異常なし。\n"
     "判定区分：C（要経過観察）。6か月後の再検をお勧めします。",
     {NOD}),
    ("js-07", "ja",
     "左S1+2に12mm大の部分充実型結節（充実部分5mm）。縦隔リンパ節腫大なし、胸水なし。\n"
     "判定：E（要精査）。呼吸器内科受診をお勧めします。",
     {NOD}),
    ("js-08", "ja", "判定：肺結節。", {NOD}),
    ("js-09", "ja", "結論：軽度の肺気腫。その他異常なし。", {EMP}),
    ("js-10", "ja", "結節・腫瘤なし、胸水なし、縦隔リンパ節腫大なし。", set()),
    ("js-11", "ja",
     "肺野：結節・腫瘤なし。両上葉に軽度の小葉中心性肺気腫を認める。\n"
     "心大血管：冠動脈石灰化（軽度）。大動脈弓部石灰化。\n"
     "判定区分：B（軽度異常）",
     {EMP, CAC, AWC}),
    ("js-12", "ja", "食道裂孔ヘルニアを認めます。肺野に異常なし。", {HH}),
    ("js-13", "ja", "右上葉に陳旧性炎症性瘢痕。判定区分：B。経過観察不要です。", {FIB}),
    ("js-14", "ja", "両側胸膜肥厚（軽度）。胸水なし。肺野異常なし。", set()),
    ("js-15", "ja", "甲状腺腫大あり、甲状腺内科受診をお勧めします。肺野・縦隔に異常なし。", set()),
    ("js-16", "ja", "肺：異常なし。\n縦隔：異常なし。\n上腹部：肝嚢胞、左腎嚢胞。", set()),
    ("js-17", "ja", "右第6・7肋骨骨折後変化。肺野に明らかな異常なし。", set()),
    ("js-18", "ja",
     "心拡大を認める。両下葉に軽度の小葉間隔壁肥厚あり、うっ血の可能性。\n"
     "心嚢液貯留なし。胸水なし。肺野に明らかな結節なし。\n"
     "判定区分：D（要医療）。循環器内科受診をお勧めします。",
     {CM, IST}),
    ("js-19", "ja", "心嚢液少量貯留。心拡大なし。その他特記事項なし。", {PCE}),
    ("js-20", "ja", "ペースメーカー留置後。肺野に異常なし。心拡大なし。", {MM}),
    ("js-21", "ja",
     "胸骨正中切開後、胸骨ワイヤーあり。冠動脈ステント留置。冠動脈石灰化高度。その他異常所見なし。",
     {MM, CAC}),
    ("js-22", "ja",
     "右中葉に板状無気肺。左S10に4mm大の充実性結節、良性と考えます。判定区分：B。",
     {ATL, NOD}),
    ("js-23", "ja",
     "右下葉にすりガラス影を認め、炎症性変化疑い。判定区分：C。3か月後の再検をお勧めします。",
     {OPA}),
    ("js-24", "ja",
     "左下葉にコンソリデーションを認め、肺炎疑い。少量の左胸水を伴う。\n"
     "縦隔リンパ節の軽度腫大あり（反応性か）。\n"
     "判定：E（要精査）。",
     {CON, PE, LN}),
    ("js-25", "ja",
     "両側下葉胸膜直下に小葉間隔壁肥厚と軽度の線維化、牽引性気管支拡張を認めます。\n"
     "間質性肺炎を疑います。\n"
     "判定：E（要精査）。呼吸器内科受診をお勧めします。",
     {IST, FIB, BRX}),
    ("js-26", "ja",
     "右中葉・左舌区に軽度の気管支拡張と気管支壁肥厚。軽度のモザイク灌流を伴う。判定区分：B。",
     {BRX, PBT, MOS}),
    ("js-27", "ja", "呼気CTでモザイクパターン（エアートラッピング）を認めます。末梢気道病変疑い。", {MOS}),
    ("js-28", "ja",
     "縦隔リンパ節腫大（#4R、短径12mm）を認めます。肺野に結節なし。判定：D（要精査）。",
     {LN}),
    ("js-29", "ja", "判定区分：A。特記すべき異常所見なし。なお、大動脈に軽度の石灰化あり。", {AWC}),
    ("js-30", "ja", "異常なし（冠動脈石灰化を除く）。", {CAC}),
    ("js-31", "ja", "右S6の5mm大結節は前回と著変ありません。その他特記すべき所見なし。", {NOD}),
    ("js-32", "ja", "前回指摘の右下葉すりガラス影は消失しています。新たな異常なし。", set()),
    ("js-33", "ja", "前回認めた左胸水は消失。心拡大なし。", set()),
    ("js-34", "ja", "両側肺尖部胸膜肥厚。右上葉に索状影（瘢痕）。その他著変なし。", {FIB}),
    ("js-35", "ja",
     "肺気腫なし。線維化なし。気管支拡張なし。気管支壁肥厚なし。小葉間隔壁肥厚なし。モザイクパターンなし。",
     set()),
    ("js-36", "ja", "無気肺なし、浸潤影・コンソリデーションなし、すりガラス影なし、胸水・心嚢液なし。", set()),
    ("js-37", "ja", "縦隔・肺門リンパ節の腫大なし。心拡大・心嚢液貯留なし。食道裂孔ヘルニアなし。", set()),
    ("js-38", "ja", "冠動脈石灰化なし。大動脈石灰化なし。ペースメーカー・カテーテル等の留置物なし。", set()),
    ("js-39", "ja",
     "【所見】\n"
     "肺野：左S8に6mm大の充実性結節を認めます。その他、結節・腫瘤なし。\n"
     "気管支：異常なし。\n"
     "縦隔：リンパ節腫大なし。軽度の心拡大。\n"
     "その他：肝嚢胞、小さな食道裂孔ヘルニア。\n"
     "【判定】C（要経過観察）：肺結節。12か月後の再検をお勧めします。",
     {NOD, CM, HH}),
    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("js-40", "ja", "結論：右上葉肺癌疑い（30mm大の腫瘤）、右肺門リンパ節腫大。判定：E。", {LN}),
    ("js-41", "ja", "中心静脈ポート留置。両側少量胸水。両下葉に受動性無気肺。", {MM, PE, ATL}),
    ("js-42", "ja",
     "びまん性に気管支壁肥厚を認め、一部に軽度の円柱状気管支拡張。慢性気管支炎の可能性。その他異常なし。",
     {PBT, BRX}),
    ("js-43", "ja",
     "両肺に小葉間隔壁の肥厚とすりガラス影を認め、肺水腫疑い。\n"
     "両下葉にはコンソリデーションも伴う。\n"
     "両側胸水。心拡大。",
     {IST, OPA, CON, PE, CM}),
    ("js-44", "ja", "判定：肺気腫（中等度）、気管支壁肥厚、冠動脈石灰化。", {EMP, PBT, CAC}),
    ("js-45", "ja", "心膜肥厚を認めます。心嚢液は認めません。", {PCE}),
    ("js-46", "ja", "モザイク状の吸収値の不均一を認め、air trapping の可能性があります。気管支拡張なし。", {MOS}),
    ("js-47", "ja",
     "左上葉に浸潤影（コンソリデーション）と周囲のすりガラス影、肺炎疑い。左下葉に軽度の無気肺を伴う。\n"
     "抗菌薬治療後の再検をお勧めします。",
     {CON, OPA, ATL}),
    ("js-48", "ja", "食道裂孔ヘルニア（小）。大動脈弓部石灰化。胸部大動脈ステントグラフト留置後。", {HH, AWC, MM}),
    ("js-49", "ja", "心嚢液貯留疑い。軽度の心拡大の可能性。", {PCE, CM}),
    ("js-50", "ja", "右下葉の小結節は消失しました。肺野に異常なし。判定区分：A。", set()),
]

OPEN: dict[tuple[str, str], str] = {}  # filled in only by the maintainer after the first run


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
