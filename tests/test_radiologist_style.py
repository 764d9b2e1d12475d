"""Radiologist-style sentences for the rule engine, Japanese and English.

Short cases written by hand in the way Japanese radiologists and English (CT-RATE-like)
chest CT reports phrase things: polite and plain cue forms, hedges, lists sharing one
cue, clause flips, telegraphic (-)/(+) notes, TNM staging, the usual vocabulary for
each of the 18 findings, and negative controls (a near word that must not count as the
finding). Every expectation is what the sentence means to a radiologist, not what the
engine happens to output; cases the engine cannot get right without code changes are
marked ``xfail(strict=True)`` with the reason.

States: positive, negative, uncertain (hedged), absent (not named at all).
"""
from __future__ import annotations

import pytest

from shoken.core.types import Report
from shoken.engines import make_engine

from findings import (  # noqa: E402  (tests/findings.py)
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, A, N, P, U,
)

_ABBR = {MM: "MM", AWC: "AWC", CM: "CM", PCE: "PCE", CAC: "CAC", HH: "HH", LN: "LN", EMP: "EMP",
         ATL: "ATL", NOD: "NOD", OPA: "OPA", FIB: "FIB", PE: "PE", MOS: "MOS", PBT: "PBT",
         CON: "CON", BRX: "BRX", IST: "IST"}


def _xf(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


def cases(group: str, lang: str, rows: list) -> list:
    """rows: (text, finding, state[, marks]) -> pytest.param(lang, text, finding, state)."""
    out = []
    for i, row in enumerate(rows):
        text, finding, state = row[:3]
        marks = row[3] if len(row) > 3 else ()
        if not isinstance(marks, (tuple, list)):
            marks = (marks,)
        out.append(pytest.param(lang, text, finding, state, marks=marks,
                                id=f"{group}-{i:02d}-{_ABBR[finding]}={state[:3]}"))
    return out


# --------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------

JA_NEGATION = cases("ja-neg", "ja", [
    # plain and polite forms of 認める / 見る / 指摘 / ある
    ("胸水は認めない。", PE, N),
    # 目立たない (not conspicuous) and 描出されない (not depicted): denials in radiology Japanese
    ("小葉間隔壁の肥厚は目立ちません。", IST, N),
    ("気管支壁肥厚はさほど目立たない。", PBT, N),
    ("胸水は目立たず、心嚢液貯留もみられない。", PE, N),
    ("明らかな結節は描出されません。", NOD, N),
    ("胸水は認識できません。", PE, N),
    ("胸水は認めません。", PE, N),
    ("胸水は認められません。", PE, N),
    ("胸水貯留は認められませんでした。", PE, N),
    ("胸水貯留はみとめない。", PE, N),
    ("心嚢液貯留は見られません。", PCE, N),
    ("心嚢水はみられない。", PCE, N),
    ("明らかなリンパ節腫大は指摘できません。", LN, N),
    ("有意なリンパ節腫大は認めず。", LN, N),
    ("肺気腫はありません。", EMP, N),
    ("食道裂孔ヘルニアはみられない。", HH, N),
    ("無気肺は指摘されません。", ATL, N),
    ("心拡大は認めない。", CM, N),
    ("肺野に明らかな結節は見当たりません。", NOD, N),
    ("浸潤影は明らかではありません。", CON, N),
    ("すりガラス影は認めません。", OPA, N),
    ("気管支拡張は認められない。", BRX, N),
    ("蜂巣肺は認めません。", FIB, N),
    ("モザイクパターンは見られません。", MOS, N),
    ("小葉間隔壁肥厚は指摘できない。", IST, N),
    ("気管支壁肥厚はみられません。", PBT, N),
    ("大動脈壁石灰化はない。", AWC, N),
    ("冠動脈石灰化は認めません。", CAC, N),
    ("明らかな異物は認めません。", MM, N),
    ("心嚢液の貯留はない。", PCE, N),
    ("胸水の貯留は認めず、", PE, N),
    ("肺気腫性変化は明らかでない。", EMP, N),
    # 〜していない: the finding's own verb denied
    ("縦隔リンパ節は腫大していません。", LN, N),
    ("心臓は拡大していない。", CM, N),
    ("心臓の大きさは正常です。", CM, N),
    ("新たな結節は出現していません。", NOD, N),
    ("無気肺は消失しています。", ATL, N),
    ("胸水は消失した。", PE, N),
    ("明らかな胸水貯留は指摘し得ない。", PE, N),
    ("肺気腫の所見はありません。", EMP, N),
    ("リンパ節腫大の所見なし。", LN, N),
    ("気管支拡張像はない。", BRX, N),
    ("結節影は消退しています。", NOD, N),
    ("冠動脈には明らかな石灰化は認めません。", CAC, N),
    ("縦隔に腫大リンパ節は認めません。", LN, N),
    ("肺門リンパ節の腫大なし。", LN, N),
    ("心嚢液は生理的範囲内です。", PCE, N),
    ("気管支壁は肥厚していません。", PBT, N),
    ("胸水は貯留していない。", PE, N),
    ("心嚢液貯留は認めませんでした。", PCE, N),
    ("肺転移の可能性は低いと考えます。", NOD, N),
    ("無気肺とは考えにくいです。", ATL, N),
    ("リンパ節転移を疑う所見はありません。", LN, N),
    ("肺野に結節影や浸潤影はみられない。", NOD, N),
    ("肺野に結節影や浸潤影はみられない。", CON, N),
    ("胸水は両側とも認めない。", PE, N),
    ("肺気腫なし。", EMP, N),
    ("無気肺の残存はありません。", ATL, N),
    ("縦隔リンパ節腫大ははっきりしません。", LN, N),
    ("小結節は指摘困難です。", NOD, N),
    ("リンパ節腫大は指摘できない。", LN, N),
    ("縦隔リンパ節の腫大を認めない。", LN, N),
    ("心嚢液の貯留なし。", PCE, N),
    ("小葉間隔壁肥厚はみられない。", IST, N),
    ("縦隔リンパ節腫大は否定的です。", LN, N),
    ("胸水は消失し、無気肺も改善しています。", PE, N),
    ("以前指摘された結節は今回指摘できません。", NOD, N),
    ("胸水なし、心嚢液なし、リンパ節腫大なし。", PCE, N),
    ("胸水なし、心嚢液なし、リンパ節腫大なし。", LN, N),
    ("結節(-)", NOD, N),
    # devices taken out are no longer there; one still in place is
    ("前回留置されていた胸腔ドレーンは抜去されています。", MM, N),
    ("中心静脈カテーテル抜去後です。", MM, N),
    ("気管内チューブは抜管されている。", MM, N),
    ("右鎖骨下静脈からCVカテーテルが挿入されています。", MM, P),
    # a denial inside a noun-modifying clause: the head noun is present, the modifier denied
    ("空洞を伴わない結節を右上葉に認めます。", NOD, P),
    ("胸水を伴わない無気肺を左下葉に認める。", PE, N),
    ("胸水を伴わない無気肺を左下葉に認める。", ATL, P),
    ("縦隔リンパ節腫大は伴っていません。", LN, N),
])

JA_AFFIRMATION = cases("ja-pos", "ja", [
    ("右胸水を認めます。", PE, P),
    ("両側胸水貯留あり。", PE, P),
    ("少量の心嚢水がみられる。", PCE, P),
    ("心拡大が見られます。", CM, P),
    ("縦隔リンパ節腫大を認める。", LN, P),
    ("両肺上葉優位に小葉中心性肺気腫を認めます。", EMP, P),
    ("右下葉に板状無気肺を認めます。", ATL, P),
    ("左上葉に5mm大の小結節を認めます。", NOD, P),
    ("右中葉にすりガラス影がみられます。", OPA, P),
    ("左下葉に浸潤影を認めます。", CON, P),
    ("食道裂孔ヘルニアがあります。", HH, P),
    ("冠動脈石灰化が目立つ。", CAC, P),
    ("大動脈壁に石灰化を認める。", AWC, P),
    ("右前胸部にCVポートが留置されています。", MM, P),
    ("モザイクパターンを呈しています。", MOS, P),
    ("両下葉に小葉間隔壁肥厚を認めます。", IST, P),
    ("気管支壁肥厚が目立ちます。", PBT, P),
    ("両肺底部に気管支拡張がみられます。", BRX, P),
    ("右肺尖部に瘢痕を認めます。", FIB, P),
    # "unchanged" / "increased" / "decreased": the finding is there
    ("左上葉の結節は前回と比較して著変ありません。", NOD, P),
    ("縦隔リンパ節腫大は前回と変化なし。", LN, P),
    ("右胸水は増加しています。", PE, P),
    ("左胸水は減少しています。", PE, P),
    ("結節は増大していません。", NOD, P),
    ("すりガラス影は残存しています。", OPA, P),
    ("肺気腫は著変なし。", EMP, P),
    ("胸水は消失し、無気肺も改善しています。", ATL, P),
    ("胸水は右側にのみ少量認める。", PE, P),
    ("心嚢液少量貯留。", PCE, P),
    ("左胸水少量。", PE, P),
    ("肺気腫は軽度。", EMP, P),
    ("肺気腫性変化あり。", EMP, P),
    ("両肺にすりガラス影が多発しており、COVID-19肺炎を疑います。", OPA, P),
    ("両肺にびまん性のすりガラス影を認め、間質性肺炎が疑われます。", OPA, P),
    ("右上葉に径15mmの充実性結節。肺癌疑い。", NOD, P),
    ("右S2にGGNあり、経過観察を推奨。", NOD, P),
    # a cancer word names a diagnosis, not a nodule: CT-RATE labels a lung cancer that is
    # described only as a mass, or not described, 0 (the lesion counts as described)
    ("右上葉扁平上皮癌と診断します。", NOD, A),
    ("胸水の増加なし、心嚢液貯留なし。", PE, P),
    ("左上葉に腫瘤を認め、原発性肺癌を疑います。縦隔リンパ節転移なし。", NOD, A),  # a mass and a cancer word: no nodule
    ("両側胸水、左優位。", PE, P),
    ("右胸水は少量で、無気肺を伴う。", ATL, P),
    ("肺炎後の瘢痕と思われる索状影を認めます。", FIB, P),
])

JA_HEDGE = cases("ja-hedge", "ja", [
    ("縦隔リンパ節腫大を疑います。", LN, U),
    ("少量胸水が疑われます。", PE, U),
    ("食道裂孔ヘルニアの疑い。", HH, U),
    ("右下葉の無気肺と思われます。", ATL, U),
    ("心嚢液貯留の可能性があります。", PCE, U),
    ("縦隔リンパ節転移は否定できません。", LN, U),
    ("気管支拡張が示唆されます。", BRX, U),
    ("肺気腫と考えます。", EMP, U),
    ("右上葉肺癌疑い。", NOD, A),  # a diagnosis, not a nodule
    ("リンパ節転移を疑う。", LN, U),
    ("すりガラス影の可能性があります。", OPA, U),
    ("軽度の心拡大が疑われます。", CM, U),
    ("気管支拡張症の可能性も否定できません。", BRX, U),
    ("少量の胸水を疑う所見です。", PE, U),
    ("モザイクパターンが疑われる。", MOS, U),
    ("無気肺の可能性が考えられます。", ATL, U),
    ("肺癌の可能性が考えられます。", NOD, A),  # a diagnosis, not a nodule
    # the topic is seen; only its cause is hedged
    ("右下葉の浸潤影は肺炎を疑います。", CON, P),
    ("右下葉の結節影は肺癌が疑われます。", NOD, P),
    ("右下葉の結節影を認め、肺癌を疑います。", NOD, P),
    ("右肺尖部に索状影を認め、陳旧性炎症性変化と思われます。", FIB, P),
    ("縦隔リンパ節転移も否定はできません。", LN, U),
    ("肺炎による浸潤影の除外はできません。", CON, U),
    ("少量の胸水と推測されます。", PE, U),
    ("無気肺の可能性を考えます。", ATL, U),
    ("右下葉に無気肺か。", ATL, U),
    ("多発肺転移を疑います。", NOD, U),
    ("肺気腫の可能性が高いと考えます。", EMP, U),
    ("右下葉の陰影は無気肺が考えられます。", ATL, U),
    ("気管支拡張症が示唆される。", BRX, U),
    ("間質性肺炎に伴う蜂巣肺の可能性があります。", FIB, U),
    ("縦隔リンパ節転移の可能性も考えられます。", LN, U),
    ("胸水を疑う所見を認めます。", PE, U),
    ("無気肺と肺炎との鑑別を要します。", ATL, U),
    ("肺気腫を考えます。", EMP, U),
    ("食道裂孔ヘルニア疑いです。", HH, U),
    ("心嚢液貯留の疑いがあります。", PCE, U),
    ("リンパ節転移の可能性は否定できない。", LN, U),
    ("肺癌(cT1bN0M0)疑い。", NOD, U),  # a T1 primary is 3 cm or less: a nodule by size
    ("右上葉肺癌、cT2aN0M0。", NOD, A),  # T2 and over: a mass
    # the hedge after 「、」 is about the diagnosis, not the nodule seen before it
    ("右下葉結節、肺癌の疑い。", NOD, P,
     _xf("engine: the first backward cue in the clause (の疑い) reaches back past 「、」 to the "
         "noun phrase before it; needs a rule that a hedge with its own object (肺癌の) stops there")),
])

JA_LISTS = cases("ja-list", "ja", [
    ("胸水、心嚢液貯留は認めません。", PE, N),
    ("胸水、心嚢液貯留は認めません。", PCE, N),
    ("胸水・心嚢水は認めない。", PCE, N),
    ("縦隔・肺門リンパ節腫大、胸水は認めません。", LN, N),
    ("縦隔・肺門リンパ節腫大、胸水は認めません。", PE, N),
    ("肺気腫、気管支拡張、無気肺は見られません。", EMP, N),
    ("肺気腫、気管支拡張、無気肺は見られません。", ATL, N),
    ("結節や浸潤影は指摘できません。", NOD, N),
    ("結節や浸潤影は指摘できません。", CON, N),
    ("心拡大や心嚢液貯留はありません。", CM, N),
    ("胸水および心嚢液の貯留は認めません。", PE, N),
    ("胸水および心嚢液の貯留は認めません。", PCE, N),
    ("すりガラス影、浸潤影、結節影を認めます。", OPA, P),
    ("すりガラス影、浸潤影、結節影を認めます。", NOD, P),
])

JA_FLIPS = cases("ja-flip", "ja", [
    ("結節を認めますが、胸水は認めません。", NOD, P),
    ("結節を認めますが、胸水は認めません。", PE, N),
    ("胸水は認めませんが、心嚢液貯留を認めます。", PCE, P),
    ("右下葉に無気肺を認め、胸水は認めない。", ATL, P),
    ("右下葉に無気肺を認め、胸水は認めない。", PE, N),
    ("心拡大を認める一方、心嚢液貯留は認めない。", CM, P),
    ("心拡大を認める一方、心嚢液貯留は認めない。", PCE, N),
    ("リンパ節腫大はなく、胸水を認めます。", LN, N),
    ("リンパ節腫大はなく、胸水を認めます。", PE, P),
    ("肺気腫を認め、気管支壁肥厚も見られますが、浸潤影は認めません。", PBT, P),
    ("肺気腫を認め、気管支壁肥厚も見られますが、浸潤影は認めません。", CON, N),
    ("胸水は認めない。心嚢液貯留を認める。", PCE, P),
])

JA_TELEGRAPHIC = cases("ja-tele", "ja", [
    ("胸水(-)", PE, N),
    ("胸水（－）", PE, N),
    ("胸水(−)、心嚢液(−)", PCE, N),
    ("胸水(+)", PE, P),
    ("胸水（＋）", PE, P),
    ("リンパ節腫大(-)", LN, N),
    ("肺気腫(+)", EMP, P),
    ("冠動脈石灰化(+)", CAC, P),
    ("冠動脈: 石灰化(+)", CAC, P),
    ("心嚢液なし", PCE, N),
    ("胸水: なし", PE, N),
    ("胸水：少量", PE, P),
    ("縦隔リンパ節: 腫大なし", LN, N),
    ("心拡大(-)、胸水(-)、リンパ節腫大(-)", CM, N),
    ("心拡大(-)、胸水(-)、リンパ節腫大(-)", LN, N),
    ("肺野：特記すべき所見なし。", NOD, A),
    ("胸部：特記すべき異常所見なし。", PE, A),
    ("前回と比較して著変なし。", NOD, A),
    # bullet / numbered impressions
    ("・右胸水\n・縦隔リンパ節腫大なし", PE, P),
    ("・右胸水\n・縦隔リンパ節腫大なし", LN, N),
    ("1. 右上葉結節、経過観察を推奨します。\n2. 肺気腫。", EMP, P),
    ("1. 右上葉結節、経過観察を推奨します。\n2. 肺気腫。", NOD, P),
    ("#1 右上葉肺癌疑い\n#2 縦隔リンパ節転移疑い", LN, U),
    ("#1 右上葉肺癌疑い\n#2 縦隔リンパ節転移疑い", NOD, A),
    ("気管支拡張(±)", BRX, U),
    ("胸水(±)、心嚢液(-)", PE, U),
    ("胸水(±)、心嚢液(-)", PCE, N),
    ("胸水(少量)", PE, P),
    ("心拡大(軽度)", CM, P),
    ("心嚢液: 少量", PCE, P),
    ("所見: 胸水なし", PE, N),
    ("胸水: -", PE, N),
    ("胸水: +", PE, P),
    ("リンパ節腫大：なし", LN, N),
    ("結節：あり", NOD, P),
    ("気管支拡張（＋）", BRX, P),
])

JA_STAGING = cases("ja-stage", "ja", [
    ("右上葉肺癌、cT2aN1M0。", LN, P),
    ("左下葉肺癌 cT1bN0M0 と考えます。", LN, N),
    ("臨床病期: T1aN0M0", LN, N),
    ("cT3N2M1a, stage IVA。", LN, P),
    ("pN0。", LN, N),
    ("cN0", LN, N),
    ("T2 N2 M0", LN, P),
    ("肺門リンパ節転移(N1)を疑う。", LN, U),
    ("縦隔リンパ節転移 (N2, #7) を認めます。", LN, P),
    ("#4Rリンパ節腫大を認めます。", LN, P),
    ("胃の一部が縦隔内に脱出しています。", HH, P),
    ("心膜腔に少量の液体を認めます。", PCE, P),
    ("両肺に気管支血管束周囲の肥厚を認めます。", PBT, P),
    ("気管支周囲のカフィングを認めます。", PBT, P),
    ("右下葉の浸潤影は前回より軽度退縮しています。", CON, P),
    ("右下葉の浸潤影は完全に退縮しました。", CON, N),
    ("浸潤影は消失しています。", CON, N),
    ("大動脈弓にアテローマプラークを認めます。", AWC, P),
    ("腹部大動脈に粥腫プラークあり。", AWC, P),
    ("心臓の大きさは増大しており、形態は正常です。", CM, P),
    ("両側の気管支に軽度の拡張を認めます。", BRX, P),
    ("縦隔リンパ節は腫大しており、転移を疑います。", LN, P),
    ("胸膜に接する8mmの結節を認めます。", NOD, P),
    ("胸膜肥厚と右上葉の小結節を認めます。", NOD, P),
    ("胸膜プラークを認めます。", NOD, A),
    ("上心膜陥凹に液体貯留あり。", PCE, P),
    ("心膜腔に液体貯留は認めません。", PCE, N),
    ("右下肺野の透過性低下を認めます。", OPA, P),
    # sizes typed with the square unit symbols of Japanese IMEs (㎜ U+339C, ㎝ U+339D)
    ("気管分岐下に短径12㎜のリンパ節を認めます。", LN, P),
    ("右肺門リンパ節は1.2㎝に腫大しています。", LN, P),
])

JA_SYNONYMS = cases("ja-syn", "ja", [
    # Medical material
    ("ペースメーカー留置後。", MM, P),
    ("冠動脈ステント留置後の状態です。", MM, P),
    ("胸骨正中切開後で胸骨ワイヤーを認めます。", MM, P),
    ("右内頸静脈より中心静脈カテーテルが挿入されています。", MM, P),
    ("気管内チューブが留置されています。", MM, P),
    ("左胸腔ドレーンが挿入されています。", MM, P),
    ("大動脈弁置換術後です。", MM, P),
    # Arterial wall calcification
    ("大動脈弓部に石灰化を認めます。", AWC, P),
    ("胸部大動脈に動脈硬化性変化がみられます。", AWC, P),
    ("大動脈に石灰化プラークを認めます。", AWC, P),
    # Cardiomegaly
    ("心肥大を認めます。", CM, P),
    ("心胸郭比の拡大を認める。", CM, P),
    ("心臓の拡大がみられます。", CM, P),
    # Pericardial effusion
    ("少量の心嚢液貯留を認めます。", PCE, P),
    ("心膜液が少量みられます。", PCE, P),
    # Coronary artery calcification
    ("冠動脈に高度の石灰化を認めます。", CAC, P),
    ("左前下行枝に石灰化を認めます。", CAC, P),
    # Hiatal hernia
    ("滑脱型食道裂孔ヘルニアを認める。", HH, P),
    ("裂孔ヘルニアあり。", HH, P),
    # Lymphadenopathy
    ("気管分岐下リンパ節の腫大を認めます。", LN, P),
    ("短径12mmの縦隔リンパ節を認めます。", LN, P),
    ("右肺門リンパ節腫大がみられます。", LN, P),
    ("腫大リンパ節を認める。", LN, P),
    # Emphysema
    ("汎小葉性肺気腫を認めます。", EMP, P),
    ("傍隔壁型肺気腫がみられます。", EMP, P),
    ("両肺尖部にブラを認めます。", EMP, P),
    ("気腫性変化を認めます。", EMP, P),
    # Atelectasis
    ("両下葉背側に受動無気肺を認めます。", ATL, P),
    ("左下葉に線状無気肺を認める。", ATL, P),
    ("右中葉の含気低下を認めます。", ATL, P),
    # Lung nodule
    ("右上葉にすりガラス結節を認めます。", NOD, P),
    ("左下葉に充実性結節を認めます。", NOD, P),
    ("右上葉に部分充実性結節を認めます。", NOD, P),
    ("両肺に微小結節が散在しています。", NOD, P),
    ("左上葉に腫瘤を認めます。", NOD, A),  # a lung mass is not a nodule (CT-RATE convention)
    # Lung opacity
    ("右下葉にすりガラス陰影を認めます。", OPA, P),
    ("両肺に淡い濃度上昇域を認めます。", OPA, P),
    ("右上葉にGGOを認めます。", OPA, P),
    ("左下葉に斑状影がみられます。", OPA, P),
    # Pulmonary fibrotic sequela
    ("両下葉胸膜直下に網状影、蜂巣肺を認めます。", FIB, P),
    ("右上葉に陳旧性炎症性変化を認めます。", FIB, P),
    ("両肺尖部に線維化を認めます。", FIB, P),
    ("左舌区に索状影を認めます。", FIB, P),
    ("両下葉に牽引性気管支拡張を伴う線維化を認めます。", BRX, P),
    # Pleural effusion
    ("両側に少量胸水を認めます。", PE, P),
    ("右胸腔内に液体貯留を認めます。", PE, P),
    ("左胸水貯留が見られます。", PE, P),
    # Mosaic attenuation
    ("両肺にモザイク状の濃度差を認めます。", MOS, P),
    ("呼気CTでair trappingを認めます。", MOS, P),
    ("エアトラッピングを認める。", MOS, P),
    # Peribronchial thickening
    ("気管支血管束の肥厚を認めます。", PBT, P),
    ("両下葉に気管支壁の肥厚がみられます。", PBT, P),
    ("気管支周囲の肥厚を認める。", PBT, P),
    # Consolidation
    ("右下葉にコンソリデーションを認めます。", CON, P),
    ("左下葉にconsolidationを認める。", CON, P),
    ("右中葉に浸潤影がみられます。", CON, P),
    # Bronchiectasis
    ("中葉に細気管支拡張を認めます。", BRX, P),
    ("両下葉に気管支の拡張を認める。", BRX, P),
    ("気管支拡張症を認めます。", BRX, P),
    # Interlobular septal thickening
    ("小葉間隔壁の肥厚を認めます。", IST, P),
    ("両下葉に小葉間隔壁肥厚が目立ちます。", IST, P),
    ("葉間胸水を認めます。", PE, P),
    ("被包化胸水を認める。", PE, P),
    ("右下葉に石灰化結節を認めます。", NOD, P),
    ("冠動脈三枝に石灰化を認めます。", CAC, P),
    ("腹部大動脈に石灰化を認めます。", AWC, P),
    ("大動脈の石灰化が目立ちます。", AWC, P),
    ("左房拡大を認めます。", CM, P),
    ("両下葉に小葉間隔壁の肥厚と、すりガラス影を認めます。", OPA, P),
    ("右上葉にスリガラス影を認めます。", OPA, P),
    ("右上葉に肺癌を認めます。", NOD, A),  # a diagnosis, not a nodule
    ("右上葉に肺癌を疑う結節を認めます。", NOD, P),
    ("左鎖骨下静脈よりCVカテーテルが挿入されています。", MM, P),
    ("ICD植込み後です。", MM, P),
    ("経鼻胃管が留置されています。", MM, P),
    ("気管切開チューブが挿入されています。", MM, P),
    ("胸部大動脈に粥状硬化性変化を認めます。", AWC, P),
    ("胸部大動脈壁の石灰化は軽度。", AWC, P),
    ("冠動脈の石灰化が目立ちます。", CAC, P),
    ("心嚢水少量。", PCE, P),
    ("心胸比の拡大を認めます。", CM, P),
    ("腋窩リンパ節腫大を認めます。", LN, P),
    ("右鎖骨上窩リンパ節転移を認めます。", LN, P),
    ("円形無気肺を認めます。", ATL, P),
    ("閉塞性無気肺を伴っています。", ATL, P),
    ("右上葉にスリガラス結節を認めます。", NOD, P),
    ("両肺に多発結節影を認めます。", NOD, P),
    ("淡いすりガラス状陰影を認めます。", OPA, P),
    ("右肺尖部に陳旧性結核による瘢痕を認めます。", FIB, P),
    ("モザイク状の濃度分布を認めます。", MOS, P),
    ("気管支周囲間質の肥厚を認めます。", PBT, P),
    ("嚢胞状気管支拡張を認めます。", BRX, P),
    ("小葉間隔壁の肥厚（crazy-paving）を認めます。", IST, P),
])

JA_CONTROLS = cases("ja-ctrl", "ja", [
    ("右胸膜肥厚を認めます。", PE, A),
    ("右胸膜肥厚を認めます。", PCE, A),
    ("左気胸を認めます。", PE, A),
    ("左気胸を認めます。", ATL, A),
    ("胸壁に皮下気腫を認めます。", EMP, A),
    ("縦隔気腫を認めます。", EMP, A),
    ("肝嚢胞を認めます。", NOD, A),
    ("甲状腺右葉に結節を認めます。", NOD, A),
    ("左乳癌術後の状態です。", NOD, A),
    ("冠動脈ステント留置後の状態です。", CAC, A),
    ("心房中隔欠損症術後です。", IST, A),
    ("造影剤を使用しました。", MM, A),
    ("大動脈弁に石灰化を認めます。", AWC, A),
    ("肝臓に石灰化を認めます。", AWC, A),
    ("腹壁の瘢痕を認めます。", FIB, A),
    ("食道の拡張を認めます。", HH, A),
    ("リンパ節腫大なし。", LN, N),
    ("心拡大なし。", CM, N),
    ("右肺門に石灰化リンパ節を認めます。", CAC, A),
    ("両側乳房内リンパ節を認めます。", LN, A),
    ("甲状腺に石灰化を認めます。", AWC, A),
    ("右上葉にスリガラス結節を認めます。", OPA, A),
    ("両側に胸膜プラークを認めます。", PE, A),
    ("両側に胸膜プラークを認めます。", AWC, A),
    ("気管支内に粘液栓を認めます。", BRX, A),
    ("陳旧性肋骨骨折を認めます。", FIB, A),
    ("陳旧性心筋梗塞の既往があります。", FIB, A),
    ("胸部大動脈瘤を認めます。", AWC, A),
    ("冠動脈バイパス術後です。", CAC, A),
    # CABG alone names no device: CT-RATE labels it 0 unless wires or clips are named
    ("冠動脈バイパス術後です。", MM, A),
    ("冠動脈バイパス術後の胸骨ワイヤーを認めます。", MM, P),
    ("食道癌術後の状態です。", NOD, A),
    ("縦隔腫瘍を認めます。", NOD, A),
    ("脾臓に石灰化を認めます。", AWC, A),
])

# --------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------

EN_NEGATION = cases("en-neg", "en", [
    ("No pleural or pericardial effusion.", PE, N),
    ("No pleural or pericardial effusion.", PCE, N),
    ("There is no evidence of pleural effusion.", PE, N),
    ("No pathologically enlarged lymph nodes.", LN, N),
    ("No mediastinal or hilar lymphadenopathy.", LN, N),
    ("No pneumothorax or pleural effusion.", PE, N),
    ("There is no hiatal hernia.", HH, N),
    ("No consolidation, ground-glass opacity or nodules.", CON, N),
    ("No consolidation, ground-glass opacity or nodules.", OPA, N),
    ("No consolidation, ground-glass opacity or nodules.", NOD, N),
    ("Without evidence of emphysema.", EMP, N),
    ("Absence of bronchiectasis.", BRX, N),
    ("Negative for pulmonary nodules.", NOD, N),
    ("No pericardial effusion was detected.", PCE, N),
    ("Emphysema was not detected.", EMP, N),
    ("No atelectasis.", ATL, N),
    ("No septal thickening.", IST, N),
    ("No mosaic attenuation or air trapping.", MOS, N),
    ("No bronchial wall thickening.", PBT, N),
    ("No calcification of the coronary arteries.", CAC, N),
    ("No lymph nodes in pathological size were observed in the mediastinum.", LN, N),
    ("Mediastinal lymph nodes are not enlarged.", LN, N),
    ("The heart is not enlarged.", CM, N),
    ("Heart size is normal.", CM, N),
    ("Cardiac size is within normal limits.", CM, N),
    ("The previously described nodule is no longer seen.", NOD, N),
    ("Pleural effusion has resolved.", PE, N),
    ("No mediastinal lymph node of pathological size was detected.", LN, N),
    ("No mass or nodule is detected in the lung parenchyma.", NOD, N),
    ("Hiatal hernia was not observed.", HH, N),
    ("Pericardial effusion is not observed.", PCE, N),
    ("Heart size and contour are normal.", CM, N),
    ("No enlarged lymph nodes.", LN, N),
    ("No significantly enlarged lymph nodes are seen.", LN, N),
    ("No pericardial effusion or thickening.", PCE, N),
    ("The oesophageal wall is not thickened.", HH, A),
    ("No lymph nodes in pathological size were detected in the mediastinal lymph node stations.", LN, N),
    ("There is no evidence of mediastinal lymphadenopathy.", LN, N),
    ("No pulmonary nodules or masses are identified.", NOD, N),
    ("No pleural effusion bilaterally.", PE, N),
    ("No pericardial effusion. Heart size normal.", CM, N),
    ("No coronary artery calcification.", CAC, N),
    ("No honeycombing.", FIB, N),
    ("No traction bronchiectasis.", BRX, N),
    ("There is no consolidation or ground-glass opacity to suggest pneumonia.", CON, N),
    ("There is no consolidation or ground-glass opacity to suggest pneumonia.", OPA, N),
    ("No definite pulmonary nodule.", NOD, N),
    ("No suspicious pulmonary nodules.", NOD, N),
    ("Air trapping is not seen.", MOS, N),
    ("No significant lymphadenopathy.", LN, N),
    ("No focal consolidation.", CON, N),
    ("Without evidence of pleural or pericardial effusion.", PCE, N),
    ("Pleural effusion is absent.", PE, N),
    ("Likely scarring rather than nodule.", NOD, N),
    ("Linear opacity in the lingula, likely atelectasis rather than consolidation.", CON, N),
    ("Pleural effusion: none.", PE, N),
    ("The previously seen consolidation has cleared.", CON, N),
    ("The consolidation has completely regressed.", CON, N),
    ("No fluid was seen in the pericardial space.", PCE, N),
    ("Pericardial effusion: absent.", PCE, N),
    ("Findings: small right pleural effusion.", PE, P),
    ("The chest tube has been removed.", MM, N),
    ("The central venous catheter noted on the prior study has been removed.", MM, N),
    ("The drainage catheter was removed.", MM, N),
    ("A central venous catheter is present in the superior vena cava.", MM, P),
    # a hedge word inside a denied list is denied with it; after a comma it starts a new statement
    ("No pleural effusion, consolidation, or suspicious pulmonary nodule.", NOD, N),
    ("No pleural effusion, consolidation, or suspicious pulmonary nodule.", CON, N),
    ("Without atelectasis or possible pericardial effusion.", PCE, N),
    ("No pleural effusion, possible small nodule in the left upper lobe.", NOD, U),
    # the follow-up idiom with a long location before "previous examination"
    ("The ground glass areas observed in the lower lobe of the left lung on the previous examination "
     "are not observed in this examination.", OPA, N),
])

EN_AFFIRMATION = cases("en-pos", "en", [
    ("The consolidation in the right lower lobe has partially regressed.", CON, P),
    ("The right pleural effusion has regressed compared to the previous examination.", PE, P),
    ("There is 20 mm effusion on the left in the deepest part of the bilateral hemithorax.", PE, P),
    ("An effusion measuring 15 mm is seen in the right hemithorax.", PE, P),
    ("Heart sizes increased.", CM, P),
    ("The heart dimensions have increased.", CM, P),
    ("Mild ectasia in the bronchial structures of the right lower lobe.", BRX, P),
    ("A pleural-based nodule in the right lower lobe.", NOD, P),
    ("Calcified pleural plaques.", NOD, A),
    ("A small amount of fluid is seen in the pericardial space.", PCE, P),
    ("An effusion measuring 8 mm at its deepest point was observed in the pericardial area.", PCE, P),
    ("Bilateral pleural effusion is present.", PE, P),
    ("Small right pleural effusion.", PE, P),
    ("Cardiomegaly is noted.", CM, P),
    ("The heart is enlarged.", CM, P),
    ("Mediastinal lymph nodes measuring up to 12 mm.", LN, P),
    ("A 6 mm nodule is seen in the right upper lobe.", NOD, P),
    ("Subsegmental atelectasis in both lower lobes.", ATL, P),
    ("Centrilobular emphysema is observed.", EMP, P),
    ("Findings consistent with emphysema.", EMP, P),
    ("Honeycombing and traction bronchiectasis are seen at the lung bases.", FIB, P),
    ("Honeycombing and traction bronchiectasis are seen at the lung bases.", BRX, P),
    ("Stable pulmonary nodule.", NOD, P),
    ("No significant change in the right upper lobe nodule.", NOD, P),
    ("Emphysema, unchanged.", EMP, P),
    ("Trace pleural effusion.", PE, P),
    ("Small bilateral pleural effusions with adjacent atelectasis.", ATL, P),
    ("Mild cardiomegaly.", CM, P),
    ("Coronary artery calcifications are present.", CAC, P),
    ("Aortic atherosclerosis.", AWC, P),
    ("Minimal bibasilar atelectasis.", ATL, P),
    ("Bullous emphysema.", EMP, P),
    ("A 4 mm nodule, likely benign.", NOD, P),
    ("Nodule in the right upper lobe, probably a granuloma.", NOD, P),
    ("Mosaic attenuation, suggesting small airways disease.", MOS, P),
    ("Mild bronchial wall thickening, suggesting bronchitis.", PBT, P),
    ("Impression: 1. Emphysema. 2. No lymphadenopathy.", EMP, P),
    ("Impression: 1. Emphysema. 2. No lymphadenopathy.", LN, N),
    ("Calcified granuloma in the left lower lobe.", NOD, P),
])

EN_HEDGE = cases("en-hedge", "en", [
    ("Pleural effusion cannot be excluded.", PE, U),
    ("A small pleural effusion is not excluded.", PE, U),
    ("Suggestive of bronchiectasis.", BRX, U),
    ("Likely atelectasis.", ATL, U),
    ("Probably subsegmental atelectasis.", ATL, U),
    ("Possible hiatal hernia.", HH, U),
    ("Questionable small nodule in the right upper lobe.", NOD, U),
    ("Mild cardiomegaly is suspected.", CM, U),
    ("Emphysema may be present.", EMP, U),
    ("Findings suspicious for mediastinal lymphadenopathy.", LN, U),
    ("Atelectasis versus consolidation in the left lower lobe.", CON, U),
    # the finding is seen; only its cause is hedged
    ("Ground-glass opacities, likely infectious.", OPA, P),
    ("A tiny nodule suspicious for metastasis.", NOD, P),
    ("Consolidation in the right lower lobe, probably pneumonia.", CON, P),
    ("Atelectasis is likely.", ATL, U),
    ("Lung nodule cannot be ruled out.", NOD, U),
    ("Suggesting emphysema.", EMP, U),
    ("Bilateral hilar lymphadenopathy is not excluded.", LN, U),
    ("Findings compatible with bronchiectasis.", BRX, P),
    ("Pulmonary nodules suggestive of metastases.", NOD, P),
    ("Fibrotic changes thought to be sequelae.", FIB, P),
    ("Probable small hiatal hernia.", HH, U),
    ("Pulmonary nodules cannot be excluded.", NOD, U),
    ("Findings are most likely consistent with atelectasis.", ATL, U),
    ("Linear opacity in the lingula, likely atelectasis rather than consolidation.", ATL, U),
    ("Nonspecific subcentimeter nodules.", NOD, P),
    ("Atelectasis versus scarring in the lingula.", ATL, U,
     _xf("engine: 'versus' hedges both sides, but a cue is either forward or backward; at one "
         "position only one direction is kept, so the finding before 'versus' stays positive")),
])

EN_FLIPS = cases("en-flip", "en", [
    ("A nodule is noted, but no pleural effusion.", NOD, P),
    ("A nodule is noted, but no pleural effusion.", PE, N),
    ("There is no pleural effusion; however, a small pericardial effusion is seen.", PE, N),
    ("There is no pleural effusion; however, a small pericardial effusion is seen.", PCE, P),
    ("No consolidation. Emphysema is present.", EMP, P),
    ("No lymphadenopathy, although there is a 5 mm nodule.", LN, N),
    ("No lymphadenopathy, although there is a 5 mm nodule.", NOD, P),
    ("Emphysema without bronchiectasis.", EMP, P),
    ("Emphysema without bronchiectasis.", BRX, N),
    ("Cardiomegaly without pericardial effusion.", CM, P),
    ("Cardiomegaly without pericardial effusion.", PCE, N),
])

EN_STAGING = cases("en-stage", "en", [
    ("Right upper lobe carcinoma, staged cT2aN0M0.", LN, N),
    ("Clinical stage T3N2M0.", LN, P),
    ("Stage pT1b N1 M0.", LN, N),  # a pathological stage is the resected specimen: the history
    ("Stage cT1b N1 M0.", LN, P),
])

EN_SYNONYMS = cases("en-syn", "en", [
    ("Pacemaker leads in the right heart chambers.", MM, P),
    ("Central venous catheter with its tip in the superior vena cava.", MM, P),
    ("Median sternotomy wires.", MM, P),
    ("Coronary artery stent.", MM, P),
    ("Surgical clips in the left axilla.", MM, P),
    ("Nasogastric tube in place.", MM, P),
    ("Atherosclerotic calcifications in the aortic arch.", AWC, P),
    ("Calcified plaques in the thoracic aorta.", AWC, P),
    ("Aortic wall calcification.", AWC, P),
    ("Enlarged cardiac silhouette.", CM, P),
    ("Minimal pericardial effusion.", PCE, P),
    ("Pericardial fluid measuring 8 mm.", PCE, P),
    ("Calcified plaques in the coronary arteries.", CAC, P),
    ("Coronary artery calcifications.", CAC, P),
    ("Calcification in the LAD.", CAC, P),
    ("Small sliding hiatal hernia.", HH, P),
    ("Paraesophageal hernia.", HH, P),
    ("Enlarged mediastinal lymph nodes.", LN, P),
    ("Subcarinal lymph node with a short axis of 15 mm.", LN, P),
    ("Bilateral hilar adenopathy.", LN, P),
    ("Paraseptal emphysema.", EMP, P),
    ("Apical bullae.", EMP, P),
    ("Linear atelectasis in the lingula.", ATL, P),
    ("Passive atelectasis adjacent to the effusion.", ATL, P),
    ("Plate-like atelectasis.", ATL, P),
    ("Micronodules in both lungs.", NOD, P),
    ("Part-solid nodule in the left upper lobe.", NOD, P),
    ("Spiculated mass in the right upper lobe.", NOD, A),  # a lung mass is not a nodule (CT-RATE convention)
    ("Ground-glass opacities in both lungs.", OPA, P),
    ("Tree-in-bud pattern in the right lower lobe.", OPA, P,
     _xf("CT-RATE convention: tree-in-bud alone is not labelled opacity (train: 17 of 25 reports naming it are 0)")),
    ("Patchy opacities in the left lower lobe.", OPA, P),
    ("Fibrotic changes in both lung apices.", FIB, P),
    ("Reticular opacities at the lung bases.", FIB, P),
    ("Parenchymal bands in the lingula.", FIB, P),
    ("Scarring in the right middle lobe.", FIB, P),
    ("Fluid in the right pleural space.", PE, P),
    ("Mosaic attenuation pattern.", MOS, P),
    ("Air trapping on expiratory images.", MOS, P),
    ("Peribronchial thickening.", PBT, P),
    ("Thickening of the bronchial walls.", PBT, P),
    ("Consolidative opacity in the right lower lobe.", CON, P),
    ("Airspace disease in the left lower lobe.", CON, P),
    ("Cylindrical bronchiectasis.", BRX, P),
    ("Dilated bronchi in the lower lobes.", BRX, P),
    ("Interlobular septal thickening.", IST, P),
    ("Thickened interlobular septa.", IST, P),
    ("Kerley B lines.", IST, P),
    ("Calcific atheromatous plaques are observed in the aorta.", AWC, P),
    ("Minimal atherosclerotic changes in the aortic arch.", AWC, P),
    ("Millimetric nodules in both lungs.", NOD, P),
    ("Sequelae changes in the right upper lobe.", FIB, P),
    ("Minimal interlobular septal thickening.", IST, P),
    ("Diffuse ground glass density increases.", OPA, P),
    ("Emphysematous changes are seen.", EMP, P),
    ("Bronchiectatic changes in the lower lobes.", BRX, P),
    ("Peribronchial wall thickening.", PBT, P),
    ("Linear atelectatic changes.", ATL, P),
    ("Consolidation areas with air bronchograms.", CON, P),
    ("Ground glass areas in the right lower lobe.", OPA, P),
    ("Mosaic perfusion pattern.", MOS, P),
    ("Minimal pleural effusion on the left.", PE, P),
    ("The cardiothoracic ratio is increased.", CM, P),
    ("Port catheter in the right hemithorax.", MM, P),
    ("ICD leads in the right ventricle.", MM, P),
    ("Prosthetic aortic valve.", MM, P),
    ("Status post CABG.", MM, A),
    ("Status post CABG with sternotomy wires.", MM, P),
    ("Vertebroplasty at the T12 level.", MM, P),
])

EN_CONTROLS = cases("en-ctrl", "en", [
    ("Pleural thickening on the right.", PE, A),
    ("Subcutaneous emphysema in the chest wall.", EMP, A),
    ("A nodule in the right thyroid lobe.", NOD, A),
    ("Hypodense nodule in the liver.", NOD, A),
    ("Atrial septal defect.", IST, A),
    ("Intravenous contrast material was administered.", MM, A),
    ("Aortic valve calcification.", AWC, A),
    ("No lymphadenopathy.", LN, N),
    ("Pneumothorax on the left.", PE, A),
    ("Ground-glass nodule in the left upper lobe.", OPA, A),
    ("Increased density in the subcutaneous fat tissue.", OPA, A),
    ("Coronary artery stent.", CAC, A),
    ("Subpleural lymph node in the major fissure.", LN, A),
    ("Pericardial recesses are normal.", PCE, A),
    ("Pleural plaques.", PE, A),
    ("Esophageal wall thickening.", PBT, A),
    ("Esophageal wall thickening.", HH, A),
    ("Nodular goiter.", NOD, A),
    ("Vertebral body collapse at L1.", ATL, A),
    ("Old rib fractures.", FIB, A),
    ("Fibroadenoma in the left breast.", FIB, A),
    ("Atrial fibrillation.", FIB, A),
    ("Breast implants.", MM, P),
])

# Small, millimetric, sub-centimetre nodes, or nodes "not reaching pathological size", are
# not lymphadenopathy to a radiologist. CT-RATE's labels mostly count them as positive
# (train split: "millimetric lymph nodes" reports are labelled 1), and denying them in the
# lexicon dropped train Lymphadenopathy F1 from 0.957 to 0.862 (ja) and 0.938 to 0.819
# (en). The project targets CT-RATE labels, so these stay open (a decision, not a bug).
_CONV = _xf("CT-RATE convention: described small / sub-centimetre nodes are labelled lymphadenopathy")
LN_CONVENTION = cases("ja-conv", "ja", [
    ("縦隔に小リンパ節が散見されます。", LN, N, _CONV),
    ("縦隔および肺門に短径1cm未満のリンパ節を認めます。", LN, N, _CONV),
    ("病的サイズに達しない縦隔リンパ節。", LN, N, _CONV),
    ("両側肺門にミリ単位のリンパ節がみられる。", LN, N, _CONV),
]) + cases("en-conv", "en", [
    ("There are millimetric lymph nodes in the mediastinum.", LN, N, _CONV),
    ("Lymph nodes with short axis less than 1 cm are observed in the mediastinum.", LN, N, _CONV),
    ("A few small lymph nodes are seen in the mediastinum and at the hila.", LN, N, _CONV),
    ("Subcentimeter mediastinal lymph nodes.", LN, N, _CONV),
    ("Lymph nodes that do not reach pathological size.", LN, N, _CONV),
])

ALL = (JA_NEGATION + JA_AFFIRMATION + JA_HEDGE + JA_LISTS + JA_FLIPS + JA_TELEGRAPHIC
       + JA_STAGING + JA_SYNONYMS + JA_CONTROLS
       + EN_NEGATION + EN_AFFIRMATION + EN_HEDGE + EN_FLIPS + EN_STAGING + EN_SYNONYMS
       + EN_CONTROLS + LN_CONVENTION)


@pytest.fixture(scope="module")
def engine():
    return make_engine("rules")


@pytest.mark.parametrize("lang,text,finding,expected", ALL)
def test_radiologist_style(engine, lang, text, finding, expected):
    res = engine.label([Report(id="t", text=text, language=lang)])[0]
    got = res.findings[finding]
    assert got.state.value == expected, f"{text!r}: {finding} is {got.state.value}, expected {expected}"
    # CT-RATE convention: hedged findings are labelled 1
    assert got.label == (1 if expected in (P, U) else 0)


def test_case_count():
    assert len(ALL) >= 120


@pytest.mark.parametrize("text,finding", [
    ("Effusion was not detected in both hemithorax.", PE),
    ("Effusion is not seen in the pleural space.", PE),
    ("Fluid was not observed in the pericardial space.", PCE),
    ("Fluid is not present in the pericardial recess.", PCE),
])
def test_a_denial_between_fluid_and_its_space_never_reads_as_present(engine, text, finding):
    """Lexicon patterns that span "effusion ... in the hemithorax" hold the negation between
    the two words: the mention is denied, never read as present."""
    f = engine.label([text])[0].findings[finding]
    assert f.label == 0 and f.state.value == "negative"


@pytest.mark.parametrize("text,finding,state", [
    ("The coronary arteries are not calcified.", CAC, N),
    ("Calcification was not observed in the coronary arteries.", CAC, N),
    ("Bronchial walls are not thickened.", PBT, N),
    ("Interlobular septa are not thickened.", IST, N),
    ("Peribronchial area shows no thickening.", PBT, N),
    ("Calcified plaques are seen in the coronary arteries.", CAC, P),
    ("Calcification possibly in the LAD.", CAC, U),
    # a character gap in Japanese joins two statements: the cue after the mention decides
    ("大動脈には異常なく、冠動脈に石灰化を認める。", CAC, P),
])
def test_a_cue_inside_a_mention_with_words_in_between_counts(engine, text, finding, state):
    """Patterns such as "coronar\\w* (\\w+ ){0,4}calcifi\\w*" span the words between their
    parts; a denial or hedge among those words decides the state."""
    assert engine.label([text])[0].findings[finding].state.value == state


# Predicate forms of Japanese denial and presence, including the past and progressive forms
# that machine translations use ("was not observed" -> 「観察されなかった」).
_JA_DENIALS = ["存在しない", "存在しなかった", "存在しません", "なかった", "観察されなかった", "観察されない",
               "観察されません", "同定されなかった", "検出されていない", "見られていない", "みとめられない",
               "指摘されていない", "明らかではなかった", "認識されなかった", "描出されていない", "確認されていない",
               "確認できなかった", "指摘できなかった", "認めなかった", "認められなかった", "認められませんでした",
               "見当たらなかった", "観察できない", "観察されていない", "認められていない", "みられなかった",
               "検出されなかった", "呈していない", "はっきりしなかった", "指摘されなかった"]
_JA_PRESENCE = ["観察された", "観察される", "観察されます", "存在する", "存在した", "みとめられる", "認められた",
                "検出された", "同定された", "確認された", "指摘された", "描出された", "呈している",
                "認めている", "観察されている", "存在している"]


@pytest.mark.parametrize("form", _JA_DENIALS)
def test_japanese_denial_forms(engine, form):
    for text, finding in ((f"胸水は{form}。", PE), (f"右下葉に結節は{form}。", NOD)):
        got = engine.label([Report(id="t", text=text, language="ja")])[0].findings[finding]
        assert got.state.value == N, f"{text!r}: {got.state.value}"


@pytest.mark.parametrize("form", _JA_PRESENCE)
def test_japanese_presence_forms(engine, form):
    for text, finding in ((f"胸水が{form}。", PE), (f"右下葉に結節が{form}。", NOD)):
        got = engine.label([Report(id="t", text=text, language="ja")])[0].findings[finding]
        assert got.state.value == P, f"{text!r}: {got.state.value}"


_EN_DENIALS = ["could not be detected", "cannot be seen", "could not be seen", "was not noticed", "did not appear",
               "was not identifiable", "could not be identified", "was not observed", "has not been detected",
               "were not found", "is not identified", "was not visualized", "is absent", "is no longer seen"]


@pytest.mark.parametrize("form", _EN_DENIALS)
def test_english_denial_forms(engine, form):
    for text, finding in ((f"Pleural effusion {form}.", PE), (f"A nodule {form} in the right lower lobe.", NOD)):
        got = engine.label([Report(id="t", text=text, language="en")])[0].findings[finding]
        assert got.state.value == N, f"{text!r}: {got.state.value}"


@pytest.mark.parametrize("text,finding", [
    ("The examination did not show pleural effusion.", PE),
    ("The lungs do not contain nodules.", NOD),
])
def test_english_verb_denial_before_the_finding(engine, text, finding):
    assert engine.label([Report(id="t", text=text, language="en")])[0].findings[finding].state.value == N


@pytest.mark.parametrize("lang,text,finding,state", [
    ("en", "Interval resolution of the previously seen right pleural effusion.", PE, N),
    ("en", "Left lower lobe collapse.", ATL, P),
    ("en", "Collapse of the right middle lobe.", ATL, P),
    ("ja", "右肺尖部に瘢痕、陳旧性炎症性変化。", OPA, A),
    ("ja", "右肺尖部に瘢痕、陳旧性炎症性変化。", FIB, P),
])
def test_impression_line_forms(engine, lang, text, finding, state):
    got = engine.label([Report(id="t", text=text, language=lang)])[0].findings[finding]
    assert got.state.value == state, f"{text!r}: {finding} is {got.state.value}"
