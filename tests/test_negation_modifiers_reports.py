"""Probe: negation and hedging that attach to a modifier or to a second finding rather than to
the main finding ("atelectasis without effusion", 「石灰化を伴わない結節」, 「〜は認めるものの〜は
認めない」), exceptions ("no X other than Y", 「〜以外に異常なし」, 「〜を除き特記すべき所見なし」),
contrasts ("X, not Y", "rather than", "neither ... nor"), and double negatives ("not without",
「〜がないとは言えない」, 「〜を認めないわけではない」). The reports were written for this file
without looking at the engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or
hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import (ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE,
                      PE, probe_tests)

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ---------------------------------------------------------------- Japanese
    ("nmd-01", "ja",
     "右下葉背側に胸水を伴わない板状無気肺を認めます。両側上葉には気腫性変化が散見されます。"
     "縦隔および肺門に腫大したリンパ節は認めません。心拡大はなく、心嚢液貯留もみられません。",
     {ATL, EMP}),
    ("nmd-02", "ja",
     "左上葉S3に径6mmの、石灰化を伴わない充実性結節を認めます。前回CTと比較して大きさに変化はありません。"
     "胸水は認めません。気管支の拡張や壁肥厚はみられません。縦隔に腫大リンパ節はありません。",
     {NOD}),
    ("nmd-03", "ja",
     "両側下葉の胸膜直下優位に線維化を示唆する網状変化と牽引性気管支拡張は認めるものの、蜂巣肺は認めない。"
     "同部には小葉間隔壁の肥厚も伴っている。胸水は認めない。縦隔リンパ節の腫大はない。心拡大なし。",
     {FIB, BRX, IST}),
    ("nmd-04", "ja",
     "右肺尖部には低吸収域が散在しており、気腫性変化がないとは言えず、軽度の小葉中心性肺気腫と考えます。"
     "大動脈弓部に壁在石灰化を認めます。縦隔に腫大したリンパ節は認めません。"
     "胸水、心嚢水はいずれもみられません。肺野に結節はありません。",
     {EMP, AWC}),
    ("nmd-05", "ja",
     "心胸郭比は拡大しており、心拡大を認めます。冠動脈（左前下行枝、右冠動脈）に石灰化を認めます。"
     "左胸腔背側にわずかな液体濃度があり、少量の胸水の可能性は低いものの否定はできません。"
     "心嚢液貯留は認めません。肺野に浸潤影やすりガラス影はありません。リンパ節腫大なし。",
     {CM, CAC, PE}),
    ("nmd-06", "ja",
     "右下葉S10に径4mmの微小結節を認めます。これ以外に肺野に明らかな異常はありません。"
     "縦隔、肺門に有意なリンパ節腫大はなく、胸水も認めません。上行大動脈に軽度の壁石灰化があります。"
     "食道裂孔ヘルニアはみられません。",
     {NOD, AWC}),
    ("nmd-07", "ja",
     "左前胸部にペースメーカー本体が留置され、リードは右房と右室に至っています。"
     "左下葉の線状無気肺を除き、肺野に特記すべき所見はありません。心拡大や心嚢液貯留は認めません。"
     "食道裂孔ヘルニアなし。胸水なし。",
     {MM, ATL}),
    ("nmd-08", "ja",
     "両側上葉に傍隔壁性肺気腫は指摘できるが、ブラは指摘できない。"
     "縦隔（右傍気管）リンパ節の腫大は指摘できるが、肺門リンパ節の腫大は指摘できない。"
     "胸水、心嚢水はない。肺野に浸潤影は認めない。",
     {EMP, LN}),
    ("nmd-09", "ja",
     "右上葉S1に径8mmの充実性結節を認めます。スライス厚が厚いため、結節内部の石灰化の有無は判定困難です。"
     "背景肺には小葉中心性肺気腫がみられます。冠動脈や大動脈に石灰化は認めません。"
     "胸水はなく、縦隔リンパ節の腫大もありません。",
     {NOD, EMP}),
    ("nmd-10", "ja",
     "両側下葉に、気管支拡張を伴わない気管支壁肥厚を認めます。モザイク状の濃度差は認めません。"
     "胸部下行大動脈に石灰化があります。胸水なし。心拡大なし。浸潤影なし。",
     {PBT, AWC}),
    ("nmd-11", "ja",
     "左下葉S6に、前回と比べ明らかな増大のない9mmの部分充実性結節が残存しています。"
     "新たな結節の出現はありません。肺気腫は認めません。冠動脈に石灰化を認めます。"
     "縦隔リンパ節の腫大はなく、胸水もありません。",
     {NOD, CAC}),
    ("nmd-12", "ja",
     "右内頸静脈から挿入された中心静脈カテーテルの先端は上大静脈内にあります。"
     "両側下葉胸膜直下に軽度の小葉間隔壁肥厚を認めないわけではありませんが、ごく軽微です。"
     "胸水や浸潤影は認めません。心拡大はありません。リンパ節腫大なし。",
     {MM, IST}),
    ("nmd-13", "ja",
     "両側に少量の胸水を認めますが、浸潤影は伴っていません。胸水に接して両下葉に受動無気肺があります。"
     "心拡大を認めます。心嚢液貯留はありません。縦隔リンパ節の腫大は認めません。",
     {PE, ATL, CM}),
    ("nmd-14", "ja",
     "右中葉の容積減少を伴う所見は、浸潤影ではなく無気肺と考えます。気管支拡張は認めません。"
     "食道裂孔ヘルニアを認めます。肺気腫はありません。胸水なし。心嚢液なし。",
     {ATL, HH}),
    ("nmd-15", "ja",
     "前回認めた右胸水は消失しましたが、右下葉の無気肺は残存しています。心嚢液も認めなくなりました。"
     "冠動脈（左前下行枝）にステントが留置されています。縦隔リンパ節の腫大はありません。肺結節なし。",
     {ATL, MM}),
    ("nmd-16", "ja",
     "右下葉末梢に淡いすりガラス影があり、間質性肺炎の初期像である可能性を否定できません。"
     "気管支拡張の所見は乏しく、否定的です。少量の心嚢液貯留を認めます。"
     "縦隔リンパ節腫大はありません。胸水はみられません。",
     {OPA, PCE}),
    ("nmd-17", "ja",
     "左上葉に径5mmの石灰化結節を認め、陳旧性肉芽腫と考えます。肺気腫も気管支拡張も認めません。"
     "大動脈および冠動脈に石灰化を認めます。胸水、心嚢液はありません。",
     {NOD, AWC, CAC}),
    ("nmd-18", "ja",
     "右下葉に気管支透亮像を伴う浸潤影を認め、その周囲にすりガラス影を伴っています。胸水は伴いません。"
     "縦隔リンパ節は腫大していません。心拡大はありません。無気肺は認めません。",
     {CON, OPA}),
    ("nmd-19", "ja",
     "左乳癌術後で、左腋窩に手術クリップを認めます。気管分岐下リンパ節は短径9mmで、腫大とは言えません。"
     "一方、右腋窩リンパ節は短径15mmと腫大しています。両肺に結節は認めません。胸水なし。",
     {MM, LN}),
    ("nmd-20", "ja",
     "胸骨正中切開後のワイヤーを認めます。両肺にモザイク状の吸収値を認め、エアトラッピングが疑われます。"
     "気管支壁肥厚は明らかではありません。心拡大は認めません。胸水、心嚢水なし。",
     {MM, MOS}),
    ("nmd-21", "ja",
     "右肺尖部にブラを認めますが、気胸は認めません。両側肺門リンパ節に石灰化を認めますが、腫大は伴いません。"
     "食道裂孔ヘルニアがあります。肺野に浸潤影はなく、胸水もありません。",
     {EMP, HH}),
    ("nmd-22", "ja",
     "右下葉に索状の線維性瘢痕を認めます。左下葉の気管支は軽度拡張しており、気管支拡張がないとは断定できません。"
     "胸水、心嚢水はありません。縦隔リンパ節腫大なし。肺結節なし。",
     {FIB, BRX}),
    ("nmd-23", "ja",
     "大動脈弓に石灰化プラークを認めます。冠動脈にも石灰化があります。"
     "肺野は、両側肺尖部の胸膜肥厚以外に異常所見はありません。胸水はありません。"
     "縦隔リンパ節の腫大はなく、心拡大もありません。",
     {AWC, CAC}),
    # ---------------------------------------------------------------- English
    ("nmd-24", "en",
     "Plate-like atelectasis in the left lower lobe without associated pleural effusion. "
     "No consolidation. Mild centrilobular emphysema in both upper lobes. "
     "Heart size is normal and there is no pericardial effusion.",
     {ATL, EMP}),
    ("nmd-25", "en",
     "A 5 mm solid nodule in the right upper lobe without calcification. "
     "Bronchial wall thickening in both lower lobes. Small hiatal hernia. "
     "No mediastinal or hilar lymphadenopathy. No pleural effusion.",
     {NOD, PBT, HH}),
    ("nmd-26", "en",
     "The heart is enlarged. No pericardial effusion. "
     "No pleural effusion other than a trace on the left. "
     "Smooth interlobular septal thickening at both bases, consistent with mild interstitial edema. "
     "No consolidation.",
     {CM, PE, IST}),
    ("nmd-27", "en",
     "The lungs are not without some emphysema, mainly paraseptal at the apices. "
     "Calcification of the aortic arch. No pulmonary nodules. "
     "No pleural effusion. No lymphadenopathy.",
     {EMP, AWC}),
    ("nmd-28", "en",
     "Right chest wall port with the catheter tip at the cavoatrial junction. "
     "Small ground-glass opacity in the right lower lobe; early infection cannot be excluded. "
     "A pericardial effusion can be excluded. Mediastinal lymph nodes are not enlarged. No pleural effusion.",
     {MM, OPA}),
    ("nmd-29", "en",
     "No change in the known 7 mm nodule in the left lower lobe. No new nodules. "
     "Calcification of the left anterior descending coronary artery. "
     "No pleural effusion. No emphysema.",
     {NOD, CAC}),
    ("nmd-30", "en",
     "No new nodule. The previously described 4 mm subpleural nodule in the right middle lobe persists, unchanged. "
     "Subsegmental atelectasis at both bases. No consolidation. Median sternotomy wires are intact. "
     "No pleural effusion.",
     {NOD, ATL, MM}),
    ("nmd-31", "en",
     "No evidence of lymphadenopathy except a mildly enlarged right paratracheal node measuring 12 mm in short axis. "
     "No evidence of consolidation. Mosaic attenuation with air trapping on expiratory images. "
     "No bronchiectasis.",
     {LN, MOS}),
    ("nmd-32", "en",
     "Dual-chamber pacemaker with leads in the right atrium and right ventricle. "
     "Apart from mild bilateral apical scarring, the lung parenchyma is unremarkable. "
     "No pleural or pericardial effusion. No lymphadenopathy.",
     {MM, FIB}),
    ("nmd-33", "en",
     "Cylindrical bronchiectasis in the right lower lobe with peribronchial thickening. "
     "There is neither consolidation nor ground-glass opacity. "
     "Neither pleural nor pericardial effusion is present.",
     {BRX, PBT}),
    ("nmd-34", "en",
     "The finding at the left base is subsegmental atelectasis, not a fibrotic scar. "
     "The heart is enlarged. Calcified plaque in the descending thoracic aorta. "
     "No pleural effusion. No nodules.",
     {ATL, CM, AWC}),
    ("nmd-35", "en",
     "The heterogeneous lung attenuation reflects mosaic perfusion rather than ground-glass opacity. "
     "Small hiatal hernia. Atherosclerotic calcification of the aorta. "
     "No bronchial wall thickening. No pleural effusion.",
     {MOS, HH, AWC}),
    ("nmd-36", "en",
     "Tracheostomy tube in place. No consolidation, although a small area of ground-glass opacity "
     "is present in the lingula with adjacent interlobular septal thickening. "
     "Mediastinal lymph nodes are not enlarged. No hiatal hernia.",
     {MM, OPA, IST}),
    ("nmd-37", "en",
     "Right pleural thickening without effusion. Centrilobular emphysema without bullae. "
     "A tiny nodule in the left upper lobe cannot be ruled out on this motion-degraded study. "
     "No lymphadenopathy. Heart size normal.",
     {EMP, NOD}),
    ("nmd-38", "en",
     "The mediastinum is not unremarkable: there are several enlarged subcarinal lymph nodes. "
     "Coronary calcification is not absent either, with mild calcification in the LAD. "
     "The heart is not enlarged. No pericardial effusion. No pleural effusion.",
     {LN, CAC}),
    ("nmd-39", "en",
     "Honeycombing is absent; however, reticulation and traction bronchiectasis are present in both lower lobes. "
     "No interlobular septal thickening and no ground-glass opacity. "
     "Mildly enlarged mediastinal lymph nodes.",
     {FIB, BRX, LN}),
    ("nmd-40", "en",
     "The previously seen right pleural effusion has resolved, with no residual atelectasis. "
     "The right chest tube has been removed. "
     "Persistent consolidation in the left lower lobe, without cavitation. Calcified coronary arteries.",
     {CON, CAC}),
    ("nmd-41", "en",
     "Mild cardiomegaly without pericardial effusion. "
     "Calcified atherosclerotic plaque of the thoracic aorta, without aneurysm. "
     "Small bilateral pleural effusions without loculation. No lymphadenopathy. No consolidation.",
     {CM, AWC, PE}),
    ("nmd-42", "en",
     "No evidence of emphysema, except for a single small bulla at the right apex. "
     "Nasogastric tube with its tip in the stomach. No pulmonary nodules. "
     "No pleural effusion. No consolidation.",
     {EMP, MM}),
    ("nmd-43", "en",
     "Lymphadenopathy at the left hilum is unlikely but cannot be entirely excluded given the limited contrast. "
     "Interlobular septal thickening in the right lower lobe. "
     "No pleural effusion. No consolidation. No bronchiectasis.",
     {LN, IST}),
    ("nmd-44", "en",
     "Compared with the prior examination, no interval change apart from a new 6 mm ground-glass nodule "
     "in the right upper lobe. The known bronchiectasis in the middle lobe is unchanged. "
     "No pleural effusion. No lymphadenopathy.",
     {NOD, BRX}),
    ("nmd-45", "en",
     "Surgical staple line in the left upper lobe after wedge resection. "
     "Other than bronchial wall thickening, the airways are normal, with no bronchiectasis or mucus plugging. "
     "Neither emphysema nor fibrosis. No pleural effusion.",
     {MM, PBT}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
