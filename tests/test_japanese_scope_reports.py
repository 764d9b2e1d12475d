"""Scope probe of the rule engine with Japanese chest CT reports.

The reports imitate how Japanese radiologists write chest CT reports, in both
the polite style (「〜を認めます」「〜はありません」) and the plain style
(「〜を認める」「〜なし」), and concentrate on the *scope* of negation and hedge
cues inside 5-10 sentence reports that also contain unrelated findings:

* shared denial over long lists (「A、B、Cはいずれも認めません」,
  「AやBなどの所見は指摘できません」, 「Aを含め明らかな異常はありません」);
* exceptions (「A以外に異常はありません」, 「Aの他にBを認めます」, 「Aを除き」),
  where A is present;
* contrast inside one sentence (「Aは認めませんが、Bを認めます」,
  「Aはあるものの、Bはない」, 「Aを認める一方で、Bは指摘できない」);
* hedges with their own objects (「結節を認め、肺癌を疑います」,
  「浸潤影があり、肺炎と考えます」, 「AはBによる変化と思われます」);
* denial of a cause or interpretation next to a present finding
  (「すりガラス影を認めますが、間質性肺炎を示唆する所見はありません」);
* temporal wording (「前回指摘のAは消失」 = 0, 「縮小していますが残存」 = 1,
  「新たなAの出現はありません」 = 0, 「Aは著変ありません」 = 1);
* low probability (「Aの可能性は低いと考えます」, 「Aは考えにくい」, 「否定的」 = 0);
* recommendations without a finding statement (「精査をお勧めします」 = 0);
* telegraphic and bullet lists (「・胸水：なし」, 「(+)/(-)」, numbered impressions);
* double negation (「認めないわけではありません」, 「ないとは言い切れません」 = hedged 1).

Labels follow the CT-RATE convention: 1 when described as present or hedged,
0 when denied, resolved, judged unlikely or not mentioned. Every one of the 18
findings is checked for every report.

All reports and expected labels were written from scratch for this probe,
without looking at the engine's lexicon or cue files or at the other
report-level tests. Genuinely debatable cases (small lymph nodes, pleural
thickening alone, band-like scars as opacity, densities "compatible with
atelectasis" as opacity, consolidation alone as Lung opacity) were avoided:
wherever consolidation is present, ground-glass opacity is stated as well.
"""
from __future__ import annotations

import pytest

from shoken.core.types import Report
from shoken.engines import make_engine

from findings import (  # noqa: E402  (tests/findings.py)
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE,
)

FINDINGS = (MM, AWC, CM, PCE, CAC, HH, LN, EMP, ATL, NOD,
            OPA, FIB, PE, MOS, PBT, CON, BRX, IST)

# (id, phenomenon, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ---------------------------------------------------------------- shared denial
    ("scope-ja-01", "shared-denial",
     "両肺に明らかな結節や腫瘤は認めません。浸潤影、すりガラス影、無気肺はいずれも認めません。"
     "気管支拡張や気管支壁肥厚もありません。胸水、心嚢液貯留、縦隔・肺門リンパ節腫大はいずれも認めません。"
     "心拡大はありません。胸部大動脈壁に石灰化を認めます。冠動脈に石灰化を認めます。"
     "上腹部に特記すべき所見はありません。",
     {AWC, CAC}),
    ("scope-ja-02", "shared-denial",
     "両肺上葉優位に小葉中心性肺気腫を認めます。結節、浸潤影、すりガラス影、小葉間隔壁肥厚などの所見は指摘できません。"
     "胸水や心嚢液貯留などの所見は指摘できません。縦隔リンパ節の腫大はありません。"
     "食道裂孔ヘルニアを認めます。心臓の大きさは正常範囲です。骨に異常はありません。",
     {EMP, HH}),
    ("scope-ja-03", "shared-denial",
     "左上葉S1+2に8mm大の充実性結節を認めます。原発性肺癌を疑います。"
     "胸水、心嚢液、縦隔リンパ節腫大、肺気腫を含め、その他に明らかな異常はありません。"
     "心拡大は認めません。大動脈に有意な石灰化はありません。肝臓に小嚢胞を認めます。",
     {NOD}),
    ("scope-ja-04", "shared-denial",
     "右下葉にコンソリデーションを認め、周囲にすりガラス影を伴う。細菌性肺炎と考える。"
     "両側胸水、心嚢液貯留、縦隔リンパ節腫大のいずれも認めない。"
     "肺気腫、気管支拡張、無気肺のいずれも認めない。心拡大なし。大動脈に石灰化あり。",
     {CON, OPA, AWC}),
    ("scope-ja-05", "shared-denial",
     "胸骨正中切開後で、胸骨ワイヤーを認めます。冠動脈にステントが留置されています。"
     "心拡大、心嚢液貯留、胸水、リンパ節腫大、肺結節、浸潤影はいずれも認められません。"
     "両肺野は清明です。冠動脈に石灰化を認めます。食道裂孔ヘルニアはありません。",
     {MM, CAC}),
    ("scope-ja-06", "shared-denial",
     "両肺下葉に小葉間隔壁の肥厚を認める。心拡大と両側胸水を認め、うっ血性心不全を考える。"
     "肺気腫、気管支拡張、モザイクパターン、結節、コンソリデーションといった所見は指摘できない。"
     "心嚢液は認めない。縦隔リンパ節腫大なし。",
     {IST, CM, PE}),
    # ---------------------------------------------------------------- exceptions
    ("scope-ja-07", "exception",
     "右中葉に板状無気肺を認めます。右中葉の無気肺以外に、肺野に異常所見はありません。"
     "縦隔に腫大リンパ節は認めません。胸水や心嚢液はありません。大動脈弓部に石灰化を認めます。"
     "心臓の大きさは正常です。肝臓に嚢胞を認めます。",
     {ATL, AWC}),
    ("scope-ja-08", "exception",
     "両肺上葉に気腫性変化を認めます。気腫の他に、右上葉に12mm大の結節を認めます。"
     "肺癌の可能性があり、精査をお勧めします。胸水はありません。"
     "縦隔・肺門リンパ節の腫大は認めません。心拡大はありません。冠動脈石灰化を認めます。",
     {EMP, NOD, CAC}),
    ("scope-ja-09", "exception",
     "左下葉の小さな瘢痕を除き、両肺に異常はありません。胸水、心嚢液は認めません。"
     "リンパ節腫大はありません。心拡大はありません。ペースメーカーが留置されています。"
     "大動脈に軽度の石灰化があります。",
     {FIB, MM, AWC}),
    ("scope-ja-10", "exception",
     "食道裂孔ヘルニア以外に、縦隔に特記すべき所見はない。両肺にすりガラス影を認める。"
     "気管支壁の肥厚を伴う。胸水なし。心拡大なし。リンパ節腫大なし。",
     {HH, OPA, PBT}),
    ("scope-ja-11", "exception",
     "心拡大を除いて、胸部に明らかな異常はありません。肺野に結節や浸潤影は認めません。"
     "胸水はありません。心嚢液貯留はありません。冠動脈に石灰化はありません。"
     "上腹部に異常はありません。",
     {CM}),
    ("scope-ja-12", "exception",
     "両側下葉の気管支拡張と気管支壁肥厚以外には、肺野に特記すべき所見はない。"
     "胸水や心嚢液を認めない。縦隔リンパ節腫大を認めない。心臓の大きさは正常。"
     "大動脈壁に石灰化を認める。",
     {BRX, PBT, AWC}),
    # ---------------------------------------------------------------- contrast in one sentence
    ("scope-ja-13", "contrast",
     "胸水は認めませんが、少量の心嚢液貯留を認めます。肺野に結節は認めませんが、右下葉に無気肺を認めます。"
     "縦隔リンパ節腫大はありません。心拡大はありません。大動脈に石灰化を認めます。",
     {PCE, ATL, AWC}),
    ("scope-ja-14", "contrast",
     "両肺に気腫性変化はあるものの、結節や浸潤影はない。心拡大はあるものの、心嚢液貯留はない。"
     "縦隔に腫大したリンパ節を認める。胸水なし。冠動脈に石灰化あり。",
     {EMP, CM, LN, CAC}),
    ("scope-ja-15", "contrast",
     "右上葉にすりガラス影を認める一方で、コンソリデーションは指摘できません。"
     "両側胸水を認める一方で、心嚢液貯留は指摘できません。縦隔リンパ節は腫大していません。"
     "気管支拡張はありません。心拡大はありません。",
     {OPA, PE}),
    ("scope-ja-16", "contrast",
     "左肺下葉に結節を認めますが、縦隔・肺門リンパ節の腫大は認めません。"
     "小葉間隔壁の肥厚はありませんが、モザイクパターンを認めます。胸水はありません。"
     "心拡大はありません。食道裂孔ヘルニアを認めます。",
     {NOD, MOS, HH}),
    ("scope-ja-17", "contrast",
     "大動脈に石灰化を認めますが、冠動脈には石灰化を認めません。"
     "両肺下葉に蜂巣肺を認め、間質性肺炎に伴う線維化と考えます。"
     "胸水は認めないものの、心嚢液が少量貯留しています。リンパ節腫大はありません。心拡大はありません。",
     {AWC, FIB, PCE}),
    ("scope-ja-18", "contrast",
     "明らかな肺気腫は認めないが、両下葉に気管支拡張を認める。胸水はないが、左下葉に板状無気肺がある。"
     "縦隔リンパ節の腫大はないが、右肺門リンパ節の腫大を認める。心拡大はない。"
     "右胸腔ドレーンが留置されており、挿入部周囲に皮下気腫を認める。",
     {BRX, ATL, LN, MM}),
    # ---------------------------------------------------------------- hedges with their own objects
    ("scope-ja-19", "hedge-object",
     "右上葉に2cm大の分葉状結節を認め、肺癌を疑います。右肺門および縦隔にリンパ節腫大を認め、"
     "リンパ節転移を疑います。胸水は認めません。心拡大はありません。両肺上葉に肺気腫を認めます。",
     {NOD, LN, EMP}),
    ("scope-ja-20", "hedge-object",
     "左下葉に浸潤影があり、肺炎と考えます。周囲にすりガラス影を伴っています。"
     "少量の左胸水があり、随伴性胸水と考えます。心嚢液はありません。"
     "縦隔リンパ節の腫大はありません。心拡大はありません。",
     {CON, OPA, PE}),
    ("scope-ja-21", "hedge-object",
     "両肺上葉に低吸収域が散在しており、肺気腫による変化と思われます。"
     "右下葉の5mm大の小結節は炎症性肉芽腫と思われます。縦隔リンパ節の腫大があり、反応性の変化と思われます。"
     "胸水は認めません。心嚢液はありません。心臓の大きさは正常範囲内です。",
     {EMP, NOD, LN}),
    ("scope-ja-22", "hedge-object",
     "左上葉にすりガラス影が出現しており、薬剤性肺障害を疑う。小葉間隔壁の肥厚を伴い、肺水腫も否定できない。"
     "胸水なし。心拡大なし。リンパ節腫大なし。大動脈に石灰化なし。",
     {OPA, IST}),
    ("scope-ja-23", "hedge-object",
     "少量の心嚢液貯留の可能性があります。右胸水が疑われます。左下葉に気管支拡張が疑われます。"
     "縦隔リンパ節腫大は認めません。肺野に結節はありません。心拡大はありません。"
     "大動脈弓に石灰化を認めます。胃管が留置されています。",
     {PCE, PE, BRX, AWC, MM}),
    # ---------------------------------------------------------------- denial of cause vs finding
    ("scope-ja-24", "cause-denial",
     "両肺下葉に淡いすりガラス影を認めますが、間質性肺炎を示唆する所見はありません。"
     "蜂巣肺や牽引性気管支拡張は認めません。胸水はありません。縦隔リンパ節の腫大はありません。"
     "心拡大はありません。冠動脈に石灰化を認めます。",
     {OPA, CAC}),
    ("scope-ja-25", "cause-denial",
     "右中葉に6mm大の結節を認めますが、悪性を疑う所見はありません。"
     "リンパ節転移を示唆する腫大リンパ節は認めません。胸水はありません。両肺上葉に肺気腫を認めます。"
     "心拡大はありません。",
     {NOD, EMP}),
    ("scope-ja-26", "cause-denial",
     "心拡大を認めますが、うっ血を示唆する所見はありません。"
     "右胸水を認めますが、胸膜播種を示唆する結節は指摘できません。心嚢液はありません。"
     "肺野に浸潤影はありません。縦隔リンパ節の腫大はありません。",
     {CM, PE}),
    ("scope-ja-27", "cause-denial",
     "右上葉にコンソリデーションとすりガラス影を認めるが、結核を示唆する空洞や散布影はない。"
     "細菌性肺炎を考える。胸水なし。縦隔リンパ節腫大なし。気管支拡張なし。心拡大なし。大動脈壁石灰化あり。",
     {CON, OPA, AWC}),
    # ---------------------------------------------------------------- temporal
    ("scope-ja-28", "temporal",
     "前回指摘の右下葉のコンソリデーションは消失しています。前回認めた左胸水も消失しています。"
     "右上葉の結節は著変ありません。新たな結節の出現はありません。心拡大はありません。"
     "縦隔リンパ節腫大はありません。大動脈に石灰化を認めます。",
     {NOD, AWC}),
    ("scope-ja-29", "temporal",
     "右胸水は縮小していますが残存しています。右下葉の無気肺は改善傾向ですが、まだ残存しています。"
     "前回みられた縦隔リンパ節腫大は消失しています。新たな結節の出現はありません。"
     "心嚢液はありません。心拡大は著変ありません。",
     {PE, ATL, CM}),
    ("scope-ja-30", "temporal",
     "両肺の気管支拡張は前回と著変なし。新たな浸潤影やすりガラス影の出現はない。新規の胸水は認めない。"
     "縦隔リンパ節腫大の出現はない。食道裂孔ヘルニアは不変。冠動脈石灰化は前回同様。",
     {BRX, HH, CAC}),
    ("scope-ja-31", "temporal",
     "左下葉のコンソリデーションは消失しましたが、周囲のすりガラス影はわずかに残存しています。"
     "前回の心嚢液貯留は消失しています。両側胸水は増加しています。縦隔リンパ節の腫大はありません。"
     "心拡大はありません。中心静脈カテーテルは抜去されています。",
     {OPA, PE}),
    ("scope-ja-32", "temporal",
     "前回と比較して、右上葉に新たに15mm大の結節が出現しています。転移を疑います。"
     "以前みられた右中葉の無気肺は改善し、指摘できません。縦隔リンパ節の腫大が出現しています。"
     "胸水はありません。両肺の肺気腫は前回と同様です。",
     {NOD, LN, EMP}),
    # ---------------------------------------------------------------- low probability
    ("scope-ja-33", "low-probability",
     "右下葉に浸潤影とすりガラス影を認め、肺炎と考えます。腫瘤形成はなく、肺癌の可能性は低いと考えます。"
     "右肺門の軟部影は血管影であり、リンパ節腫大の可能性は低いと考えます。胸水は認めません。"
     "心拡大はありません。冠動脈に石灰化を認めます。",
     {CON, OPA, CAC}),
    ("scope-ja-34", "low-probability",
     "両肺上葉に肺気腫を認めます。左下葉の点状影は血管断面と考えられ、肺結節は考えにくいです。"
     "縦隔に腫大リンパ節はありません。胸水はありません。心拡大はありません。食道裂孔ヘルニアを認めます。",
     {EMP, HH}),
    ("scope-ja-35", "low-probability",
     "右上葉と中葉に気管支拡張を認める。気管支壁肥厚を伴う。非結核性抗酸菌症を疑う。"
     "肺癌は考えにくい。胸水は認めない。心嚢液貯留の可能性は低い。大動脈に石灰化あり。",
     {BRX, PBT, AWC}),
    # ---------------------------------------------------------------- recommendations
    ("scope-ja-36", "recommendation",
     "胸部CTでは肺野に異常を認めません。胸水、心嚢液は認めません。縦隔・肺門リンパ節の腫大はありません。"
     "心拡大はありません。腫瘍マーカー高値とのことですので、上部消化管内視鏡などでの精査をお勧めします。"
     "肺癌の除外目的で、半年後のCTでの経過観察をお勧めします。冠動脈に石灰化を認めます。",
     {CAC}),
    ("scope-ja-37", "recommendation",
     "右上葉に1cm大の結節を認めます。PET-CTでの精査をお勧めします。"
     "縦隔リンパ節転移の評価のため、造影CTもご検討ください。胸水はありません。心拡大はありません。"
     "気腫性変化はありません。大動脈弓部の石灰化を認めます。",
     {NOD, AWC}),
    ("scope-ja-44", "recommendation",
     "両肺に明らかな結節は認めません。右下葉にすりガラス影を認めます。"
     "間質性肺炎の有無の評価のため、高分解能CTでの精査をお勧めします。"
     "心嚢液貯留の評価には心エコーをご検討ください。胸水はありません。心拡大はありません。"
     "大動脈に石灰化を認めます。",
     {OPA, AWC}),
    ("scope-ja-45", "low-probability",
     "右上葉に空洞を伴わない浸潤影と周囲のすりガラス影を認める。器質化肺炎の可能性を考える。"
     "悪性腫瘍の可能性は低いと考える。縦隔リンパ節転移は考えにくい。胸水なし。心拡大なし。",
     {CON, OPA}),
    # ---------------------------------------------------------------- telegraphic / bullets
    ("scope-ja-38", "telegraphic",
     "【所見】\n・肺結節：なし\n・すりガラス影：あり（両下葉）\n・胸水：なし\n・心拡大：あり\n"
     "・心嚢液：なし\n・リンパ節腫大：なし\n・肺気腫：あり\n・冠動脈石灰化：あり",
     {OPA, CM, EMP, CAC}),
    ("scope-ja-39", "telegraphic",
     "所見：右下葉に腫瘤を認めます。右胸水を認めます。縦隔リンパ節が腫大しています。\n\n"
     "診断：\n1. 右下葉肺癌疑い\n2. 縦隔リンパ節転移疑い\n3. 右胸水（癌性胸水の可能性）\n"
     "4. 心拡大なし、心嚢液なし\n5. 肺気腫なし",
     {NOD, PE, LN}),
    ("scope-ja-40", "telegraphic",
     "・肺気腫(+)\n・気管支拡張(-)\n・無気肺(+)、左下葉\n・胸水(-)\n・心嚢液(-)\n"
     "・大動脈石灰化(+)\n・食道裂孔ヘルニア(-)",
     {EMP, ATL, AWC}),
    ("scope-ja-41", "telegraphic",
     "＜胸部CT＞\n1) 両肺に小葉中心性結節やすりガラス影は認めず。\n2) 胸水、心嚢液、リンパ節腫大なし。\n"
     "3) ペースメーカー留置後。\n4) 心拡大あり。\n5) 冠動脈石灰化、大動脈石灰化あり。",
     {MM, CM, CAC, AWC}),
    # ---------------------------------------------------------------- double negation / 否定的
    ("scope-ja-42", "double-negation",
     "右下葉にごく淡いすりガラス影を認めないわけではありません。少量の左胸水がないとは言い切れません。"
     "縦隔リンパ節の腫大はありません。心拡大はありません。肺気腫はありません。大動脈に石灰化を認めます。",
     {OPA, PE, AWC}),
    ("scope-ja-43", "double-negation",
     "左上葉の結節は増大しており、肺癌を否定できない。縦隔リンパ節転移は否定的。胸水は否定的。"
     "心嚢液貯留なし。心拡大なし。冠動脈石灰化あり。",
     {NOD, CAC}),
]

_BY_ID = {rid: (phen, text, pos) for rid, phen, text, pos in REPORTS}


@pytest.fixture(scope="module")
def results():
    eng = make_engine("rules")
    reports = [Report(id=rid, text=text, language="ja") for rid, _, text, _ in REPORTS]
    return {r.id: r for r in eng.label(reports)}


def test_report_set_is_large_and_unique():
    ids = [rid for rid, *_ in REPORTS]
    assert len(ids) >= 35
    assert len(set(ids)) == len(ids)
    for _, _, _, pos in REPORTS:
        assert pos <= set(FINDINGS)


CASES = [(rid, f) for rid, *_ in REPORTS for f in FINDINGS]


@pytest.mark.parametrize("rid,finding", CASES, ids=[f"{rid}-{f}" for rid, f in CASES])
def test_scope_report_finding(results, rid, finding):
    phen, text, pos = _BY_ID[rid]
    expected = 1 if finding in pos else 0
    fr = results[rid].findings[finding]
    ev = "; ".join(f"{e.text!r} (cue={e.cue!r}, sentence={e.sentence!r})" for e in fr.evidence) or "none"
    assert fr.label == expected, (
        f"[{phen}] {rid} {finding}: expected {expected}, got {fr.label} "
        f"(state={fr.state.value}); evidence: {ev}\nreport:\n{text}"
    )
