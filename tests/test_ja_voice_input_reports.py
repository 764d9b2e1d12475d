"""Probe: Japanese chest CT reports dictated with speech-recognition software and only partly
corrected, as happens in Japanese hospitals: missing or odd punctuation (long run-on sentences
joined only with 、, spaces instead of 。), filler words left in (えー, あの, えーと), numbers in
kanji or full width (五ミリ, １２ｍｍ), misrecognitions a radiologist still reads correctly
(hiragana for kanji such as きょうすい, けっせつ, はいきしゅ, むきはい; katakana variants;
認めませ ん split by a space), repeated words (胸水胸水は認めません), and corrections spoken
inline (右、いや左下葉に / 浸潤影、いや、すりガラス影ですね / 胸水を認め、あ、失礼、胸水は認めません).
Plain and polite forms are mixed. Labels are what the radiologist meant. The reports were
written for this file without looking at the engine's lexicon or cue lists.
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
    ("jvi-01", "ja",
     ("えー、胸部単純CTです。えー両肺上葉に小葉中心性のはいきしゅを認めます、右上葉S2に、五ミリの"
      "充実性けっせつがあります、縦隔リンパ節の腫大は認めませ ん 胸水なし"),
     {EMP, NOD}),
    ("jvi-02", "ja",
     ("あの、右、いや左下葉に浸潤影を認めます 周囲にすりガラス影あり 少量のきょうすいきょうすいを"
      "伴っています 肺炎を疑います"),
     {CON, OPA, PE}),
    ("jvi-03", "ja",
     ("心拡大あり、えー心嚢水は認めません、大動脈弓部に石灰化、冠動脈にも石灰化を認めます、"
      "肺野は、えー、特に問題ありません"),
     {CM, AWC, CAC}),
    ("jvi-04", "ja",
     ("両側下葉の胸膜直下に網状影、えー、蜂巣肺を認めます、牽引性気管支拡張を伴っています、"
      "すりガラス影すりガラス影は目立ちません UIPパターンと考えます"),
     {FIB, BRX}),
    ("jvi-05", "ja",
     ("えー、特記すべき異常はありません。はい、肺野に結節影なし 縦隔リンパ節腫大なし 胸水、"
      "心嚢水なし。以上です"),
     set()),
    ("jvi-06", "ja",
     ("ペースメーカーが左前胸部に留置されています、リードは右心房と右心室に、えー、心拡大は軽度、"
      "両側に少量のきょうすいがあります"),
     {MM, CM, PE}),
    ("jvi-07", "ja",
     ("右下葉に結節、いや、えー、訂正します、板状無気肺です。結節は指摘できません 胸水も"
      "ありません"),
     {ATL}),
    ("jvi-08", "ja",
     ("肺気腫、あの、はいきしゅは認めません。両側下葉に気管支壁の肥厚を認めます、"
      "きかんしかくちょうも軽度あり、慢性気道炎症を疑います"),
     {PBT, BRX}),
    ("jvi-09", "ja",
     ("右肺上葉に１２ｍｍの充実性結節を認めます 前回と比べ、えー、変化ありません 左上葉にも"
      "３ｍｍの微小結節 縦隔に短径１５ｍｍのリンパ節腫大があります"),
     {NOD, LN}),
    ("jvi-10", "ja",
     ("左上葉に、えー、長径五センチの腫瘤を認めます、肺癌を疑います、縦隔リンパ節、えー、#4Rが"
      "短径十二ミリに腫大しています 胸水は認めませ ん"),
     {LN}),
    ("jvi-11", "ja",
     ("右中葉に径八ミリの結節、えーと、辺縁は平滑です。ほかに、えー、小葉間隔壁の肥厚は"
      "ありません、気管支拡張もなし"),
     {NOD}),
    ("jvi-12", "ja",
     ("前回みられた右下葉の浸潤影は、えー、消失しています 胸水も消えています。あ、残存する"
      "索状影があり、瘢痕と思われます"),
     {FIB}),
    ("jvi-13", "ja",
     ("食道裂孔ヘルニアを認めます、しょくどうれっこうヘルニア、はい、中等度です。あの、"
      "経鼻胃管が胃内に留置されています"),
     {HH, MM}),
    ("jvi-14", "ja",
     ("両肺に、えー、モザイク状の、もざいくかんりゅうを認めます 呼気でエアトラッピングあり "
      "細気管支炎を疑います 気管支拡張はない"),
     {MOS}),
    ("jvi-15", "ja",
     ("右下葉に淡いすりガラス影、炎症かな、えー、炎症性変化の可能性があります 明らかな結節は"
      "ありません"),
     {OPA}),
    ("jvi-16", "ja",
     ("両側に小葉間隔壁の肥厚、しょうようかんかくへきひこう、えーと、すりガラス影を認めます "
      "肺水腫を疑います 両側胸水あり 心拡大あり"),
     {IST, OPA, PE, CM}),
    ("jvi-17", "ja",
     ("左乳癌術後、えー、左腋窩に術後のクリップあり、肺野に明らかな結節なし、リンパ節腫大なし、"
      "胸水なし"),
     {MM}),
    ("jvi-18", "ja",
     ("えー、既往に肺炎、肺炎の既往がありますが、今回、浸潤影は認めません、あの、心拡大も、"
      "ありません"),
     set()),
    ("jvi-19", "ja",
     ("あのー、大動脈、下行大動脈に石灰化、石灰化を認めます、冠動脈石灰化は、えー、ありません、"
      "はい"),
     {AWC}),
    ("jvi-20", "ja",
     ("心嚢液は、認めません、あ、いや、訂正します、少量の心嚢液貯留があります。胸水は"
      "ありません"),
     {PCE}),
    ("jvi-21", "ja",
     ("右胸水を認め、あ、失礼、胸水は認めません、右胸膜の肥厚のみです。肺野は、えー、"
      "異常なし"),
     set()),
    ("jvi-22", "ja",
     ("右上葉に空洞を伴う結節 二十ミリ 周囲に、えー、tree-in-budパターンあり 結核の可能性あり "
      "縦隔リンパ節は小さいものが散見されますが腫大なし"),
     {NOD}),
    ("jvi-23", "ja",
     ("じゅうかくリンパ節腫大を認めます、えー、気管分岐下、短径十八ミリ、あの、両側肺門"
      "リンパ節も腫大、サルコイドーシスを疑います、気管支血管束に沿って小結節が多発しています"),
     {LN, NOD}),
    ("jvi-24", "ja",
     ("左下葉に、えー、むきはい、受動性無気肺を認めます 左胸水は中等量 心拡大なし"),
     {ATL, PE}),
    ("jvi-25", "ja",
     ("気管内チューブ、えー、先端は気管分岐部の上三センチ、中心静脈カテーテルは右内頸静脈から、"
      "先端は上大静脈、両側下葉背側に、えー、無気肺と浸潤影、はい"),
     {MM, ATL, CON}),
    ("jvi-26", "ja",
     ("肺気腫肺気腫は、えー、高度です、両肺に気腫性変化が広範です、結節は、結節は、"
      "指摘できません"),
     {EMP}),
    ("jvi-27", "ja",
     ("えー、胸部CTです。右肺下葉S6に、径、えー、七ミリの結節を認めますです、あ、認めます。"
      "前回と著変ありません。心拡大は、ございません"),
     {NOD}),
    ("jvi-28", "ja",
     ("上行大動脈は径四十二ミリと拡張、あの、壁の石灰化も伴います、冠動脈には、えー、ステント"
      "留置後、冠動脈石灰化も高度です"),
     {AWC, MM, CAC}),
    ("jvi-29", "ja",
     ("右上葉に結節、あ、いえ、血管の断面です、結節ではありません。肺野にほかの異常なし"),
     set()),
    ("jvi-30", "ja",
     ("中葉と舌区に、えー、気管支拡張、きかんしかくちょうと、気管支壁肥厚を認めます、粘液栓もあり、"
      "非結核性抗酸菌症を疑います、中葉には容積減少を伴う無気肺があります"),
     {BRX, PBT, ATL}),
    ("jvi-31", "ja",
     ("えー、間質性肺炎の経過観察です、前回と比べ、網状影は、網状影はやや増加しています、"
      "すりガラス影は、えーと、改善していますが、まだ残っています"),
     {FIB, OPA}),
    ("jvi-32", "ja",
     ("心臓、心臓は大きい、心拡大あり、えー、心膜の肥厚を認めます、胸水はない"),
     {CM, PCE}),
    ("jvi-33", "ja",
     ("右、いや左上葉に、えー、十五ミリの結節、スピキュラを伴います、肺癌疑い、縦隔リンパ節の"
      "腫大は、ありません"),
     {NOD}),
    ("jvi-34", "ja",
     ("胸水、胸水はありません。心嚢水もありません。えー、縦隔リンパ節、腫大なし 肺野、明らかな"
      "異常なし、以上"),
     set()),
    ("jvi-35", "ja",
     ("縦隔に短径八ミリのリンパ節、えー、数個、あの、右肺門にも七ミリのリンパ節、肺野には、えー、"
      "異常を認めません"),
     {LN}),
    ("jvi-36", "ja",
     ("縦隔に短径六ミリのリンパ節を認めますが、えー、有意な腫大ではありません、はい、肺野に"
      "結節なし"),
     set()),
    ("jvi-37", "ja",
     ("両側上葉、下葉に、えー、すりガラス影と、コンソリ、あの、コンソリデーションが多発、"
      "COVID-19肺炎を疑います、典型的です、胸水なし"),
     {OPA, CON}),
    ("jvi-38", "ja",
     ("肺気腫は、ありません、えー、結節の有無の評価のため、三か月後のフォローのCTを、あの、"
      "お勧めします"),
     set()),
    ("jvi-39", "ja",
     ("左下葉に、えー、浸潤影、いや、すりガラス影ですね、すりガラス影を認めます、感染を疑います"),
     {OPA}),
    ("jvi-40", "ja",
     ("えー、胸骨正中切開後、ワイヤー、あの、胸骨ワイヤーあり、冠動脈バイパス術後、大動脈弁"
      "置換後で人工弁があります、心拡大は、なし"),
     {MM}),
    ("jvi-41", "ja",
     ("右中葉に索状影、さくじょうえい、えー、陳旧性炎症後の瘢痕と思われます、舌区にも同様の"
      "瘢痕性変化、活動性の病変はない"),
     {FIB}),
    ("jvi-42", "ja",
     ("無気肺無気肺は認めません、きょうすいも認めません、えー、はいきしゅは軽度あり"),
     {EMP}),
    ("jvi-43", "ja",
     ("食道、あの、しょくどう裂孔ヘルニアは、ありません、えー、食道の拡張もなし、縦隔リンパ節は"
      "腫大あり、右気管傍で十三ミリ"),
     {LN}),
    ("jvi-44", "ja",
     ("右下葉に、えー、十二ミリ、いや、えー、二十一ミリの結節を認めます 前回より増大しています "
      "胸水なし"),
     {NOD}),
    ("jvi-45", "ja",
     ("左下葉に十八ミリ、いや、四十八ミリの腫瘤、腫瘤です、えー、胸壁浸潤の疑い、左胸水少量"),
     {PE}),
    ("jvi-46", "ja",
     ("えー、本日の胸部CTですが、前回と比べまして、あの、右下葉の浸潤影は消退しておりまして、"
      "えー、わずかにすりガラス影が残存しております、胸水は消失しております、心拡大はございません"),
     {OPA}),
    ("jvi-47", "ja",
     ("モザイクパターンは、はっきりしません、あの、エアトラッピングもなし、気管支壁は、えー、"
      "やや厚い、気管支炎の可能性"),
     {PBT}),
    ("jvi-48", "ja",
     ("CVポートが右前胸部、えー、カテーテル先端は上大静脈、両側肺に多発結節、えー、転移を"
      "疑います、最大十四ミリ"),
     {MM, NOD}),
    ("jvi-49", "ja",
     ("えー、かんどうみゃくせっかいか、を認めます、だいどうみゃくにも、せっかいか、あり、"
      "心拡大はありません"),
     {CAC, AWC}),
    ("jvi-50", "ja",
     ("両側、あの、両側胸水、少量、えー、きょうすい、と、心拡大、しんかくだい、あり、小葉間隔壁の"
      "肥厚は、ありません"),
     {PE, CM}),
    ("jvi-51", "ja",
     ("前縦隔に、えー、遺残胸腺を認めます、結節状ですが、あの、正常範囲です、リンパ節ではありません、"
      "肺野に異常なし"),
     set()),
    ("jvi-52", "ja",
     ("右、いや、左の胸水、少量、あの、右の胸水は、ありません、左下葉の、えー、受動無気肺"),
     {PE, ATL}),
    ("jvi-53", "ja",
     ("右下葉にコンソリデーション、エアブロンコグラムを伴います、えー、誤嚥性肺炎疑い、"
      "食道裂孔ヘルニア、大きいです"),
     {CON, HH}),
    ("jvi-54", "ja",
     ("えー、あの、冠動脈の、石灰化、なし、大動脈の、石灰化、なし、えー、軽度の心拡大は否定"
      "できません"),
     {CM}),
]

OPEN: dict[tuple[str, str], str] = {
    ('jvi-01', EMP): 'hiragana spellings of finding words from speech recognition (はいきしゅ) are not read',
    ('jvi-01', NOD): 'hiragana spellings of finding words from speech recognition (けっせつ) are not read',
    ('jvi-02', PE): 'hiragana spellings of finding words from speech recognition (きょうすい) are not read',
    ('jvi-06', PE): 'hiragana spellings of finding words from speech recognition (きょうすい) are not read',
    ('jvi-08', BRX): 'hiragana spellings of finding words from speech recognition (きかんしかくちょう) are not read',
    ('jvi-42', EMP): 'hiragana spellings of finding words from speech recognition (はいきしゅ) are not read',
    ('jvi-49', AWC): 'hiragana spellings of finding words from speech recognition (だいどうみゃく…せっかいか) are not read',
    ('jvi-49', CAC): 'hiragana spellings of finding words from speech recognition (かんどうみゃくせっかいか) are not read',
    ('jvi-33', NOD): 'a run-on sentence joined by 、 only: 縦隔 later in the same clause excludes the nodule',
    ('jvi-35', LN): 'sizes in kanji numerals (短径八ミリ) are not read as measurements',
    ('jvi-52', PE): "「左の胸水、少量、右の胸水は、ありません」: the right side's denial also takes the left effusion",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
