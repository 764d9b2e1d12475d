"""Whole-report probe of the rule engine with realistic chest CT reports.

Multi-sentence reports written the way Japanese radiologists write them (【所見】 /
【診断】 / 【画像診断】 sections, polite and plain forms, telegraphic (+)/(-) notes,
follow-up comparisons, hedges, TNM staging, lists sharing one cue, clause flips) and a
smaller set in English (CT-RATE style and American style). For every report the expected
CT-RATE 0/1 label is given for all 18 findings: 1 when described as present or hedged
(疑い, 可能性, 否定できない, 考えます, possible, suspicious for, cannot be excluded), 0 when
denied, resolved or not mentioned.

The reports and their expected labels were written from radiology knowledge alone,
without looking at the engine's lexicon or cue files, so this is an independent probe
of how the rules generalise, not a regression test fitted to them.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, FINDINGS, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)


def labels(*present: str) -> set[str]:
    """The findings expected positive (1); every other finding is expected 0."""
    unknown = set(present) - set(FINDINGS)
    assert not unknown, unknown
    return set(present)


# (id, language, text, positive findings). Comments list what is mentioned but denied (0).
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ------------------------------------------------------------------ Japanese
    ("ja-01", "ja",
     "【所見】\n"
     "両肺に明らかな結節や浸潤影は認めません。すりガラス影もみられません。"
     "胸水、心嚢液貯留は認めません。縦隔・肺門に有意なリンパ節腫大は指摘できません。"
     "心拡大はありません。\n"
     "【診断】\n"
     "胸部CT上、明らかな異常所見は認めません。",
     labels()),  # denied: NOD CON OPA PE PCE LN CM

    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("ja-02", "ja",
     "【所見】\n"
     "右上葉に長径32mmの分葉状の腫瘤を認めます。辺縁にスピキュラを伴い、胸膜陥入像がみられます。"
     "右肺門および気管分岐下に腫大リンパ節を認め、転移と考えます。"
     "対側肺に結節は指摘できません。胸水は認めません。\n"
     "【診断】\n"
     "右上葉肺癌疑い、cT2aN2M0 stage IIIA。",
     labels(LN)),  # denied: PE

    ("ja-03", "ja",
     "両肺上葉優位に小葉中心性肺気腫。\n"
     "右下葉に5mm大の結節(+)、前回と著変なし。\n"
     "胸水なし。心拡大(-)。縦隔リンパ節腫大(-)。\n"
     "大動脈壁石灰化(+)、冠動脈石灰化(+)。",
     labels(EMP, NOD, AWC, CAC)),  # denied: PE CM LN

    ("ja-04", "ja",
     "【所見】\n"
     "右下葉に気管支透亮像を伴う浸潤影を認め、周囲にすりガラス影が広がっています。"
     "細菌性肺炎を疑います。右少量胸水を認めます。左肺に明らかな異常影はみられません。"
     "縦隔リンパ節の腫大は認めません。\n"
     "【診断】\n"
     "右下葉肺炎の疑い。右胸水少量。",
     labels(CON, OPA, PE)),  # denied: LN

    ("ja-05", "ja",
     "【所見】\n"
     "心拡大を認めます。少量の心嚢液貯留があります。"
     "両側胸水を認め、両下葉に受動無気肺を伴っています。"
     "両肺に小葉間隔壁肥厚とすりガラス影がみられ、肺水腫を考えます。"
     "冠動脈に高度の石灰化を認めます。\n"
     "【診断】\n"
     "うっ血性心不全の所見と考えます。",
     labels(CM, PCE, PE, ATL, IST, OPA, CAC)),

    ("ja-06", "ja",
     "【所見】\n"
     "両側下葉の胸膜直下優位に網状影と蜂巣肺を認め、牽引性気管支拡張を伴っています。"
     "すりガラス影も散見されます。前回CTと比較して、線維化は緩徐に進行しています。"
     "胸水はありません。縦隔に有意なリンパ節腫大はありません。\n"
     "【診断】\n"
     "UIPパターンの間質性肺炎。特発性肺線維症を考えます。",
     labels(FIB, BRX, OPA)),  # denied: PE LN

    ("ja-07", "ja",
     "【所見】\n"
     "気管切開チューブ、右内頸静脈から挿入された中心静脈カテーテルが留置されています。"
     "経鼻胃管の先端は胃内にあります。左胸腔ドレーンが挿入されており、左気胸は消失しています。"
     "左胸水は少量残存しています。左下葉に無気肺を認めます。",
     labels(MM, PE, ATL)),

    ("ja-08", "ja",
     "【所見】\n"
     "左前胸部にペースメーカーが留置され、リードは右房および右室にあります。"
     "心拡大を認めます。大動脈弓部に壁石灰化がみられます。冠動脈石灰化も認めます。"
     "心嚢液貯留はみられません。両肺野に異常影は認めません。",
     labels(MM, CM, AWC, CAC)),  # denied: PCE

    ("ja-09", "ja",
     "【所見】\n"
     "前回CT(2023年5月)と比較しました。右下葉の浸潤影は消失し、淡い索状影が残存しています。"
     "炎症後の瘢痕と考えます。右胸水は消失しています。新たな結節影は指摘できません。\n"
     "【診断】\n"
     "肺炎は改善しています。",
     labels(FIB)),  # resolved: CON PE; denied: NOD

    ("ja-10", "ja",
     "【所見】\n"
     "食道裂孔ヘルニアを認めます。右中葉および左舌区に気管支拡張を認め、気管支壁の肥厚を伴っています。"
     "非結核性抗酸菌症の可能性があります。胸水は認めません。",
     labels(HH, BRX, PBT)),  # denied: PE

    ("ja-11", "ja",
     "【所見】\n"
     "左上葉に8mmの充実性結節を認めます。前回と比較して増大しており、肺癌は否定できません。"
     "縦隔リンパ節腫大は認めません。胸水、心嚢液は認めません。\n"
     "【診断】\n"
     "左上葉結節、増大傾向。肺癌の可能性は否定できません。PET-CTを推奨します。",
     labels(NOD)),  # denied: LN PE PCE

    ("ja-12", "ja",
     "【所見】\n"
     "両肺にモザイクパターンを認め、呼気CTでエアトラッピングを伴っています。"
     "細気管支炎に伴う変化を考えます。気管支壁肥厚も軽度みられます。"
     "明らかな気管支拡張は認めません。",
     labels(MOS, PBT)),  # denied: BRX

    ("ja-13", "ja",
     "【所見】\n"
     "胸水は認めませんが、右下葉背側に板状無気肺を認めます。"
     "心拡大はありませんが、冠動脈に石灰化を認めます。",
     labels(ATL, CAC)),  # denied: PE CM

    ("ja-14", "ja",
     "【所見】\n"
     "両肺に大小多数の結節を認め、多発肺転移を考えます。右胸水貯留を認めます。"
     "縦隔リンパ節の腫大もみられます。CVポートが右前胸部に留置されています。\n"
     "【診断】\n"
     "多発肺転移、右胸水、縦隔リンパ節転移。",
     labels(NOD, PE, LN, MM)),

    ("ja-15", "ja",
     "【所見】\n"
     "両肺胸膜下優位に多発するすりガラス影を認めます。"
     "一部で小葉間隔壁肥厚を伴い、crazy-paving様です。COVID-19肺炎を疑います。"
     "胸水は認めません。リンパ節腫大はありません。",
     labels(OPA, IST)),  # denied: PE LN

    ("ja-16", "ja",
     "【所見】\n"
     "右上葉切除後の状態です。右肺門部に手術用クリップを認めます。"
     "断端に再発を疑う所見はありません。左肺に新たな結節は指摘できません。胸水はみられません。",
     labels(MM)),  # denied: NOD PE

    ("ja-17", "ja",
     "【所見】\n"
     "胸部大動脈に全周性の石灰化を伴う粥状硬化性変化を認めます。"
     "冠動脈石灰化は明らかではありません。心嚢液なし。肺野に特記すべき異常はありません。",
     labels(AWC)),  # denied: CAC PCE

    ("ja-18", "ja",
     "【所見】\n"
     "両肺尖部に胸膜肥厚がある。右肺尖に瘢痕様の索状影があり、陳旧性結核の所見と考える。"
     "石灰化リンパ節が縦隔に散見されるが、腫大はない。胸水はない。",
     labels(FIB)),  # pleural thickening is not PE; calcified nodes not enlarged: LN 0

    # NOD 0: a lung mass (3 cm or more, or unmeasured) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("ja-19", "ja",
     "【所見】\n"
     "左主気管支を閉塞する長径55mmの腫瘤があり、左上葉は無気肺となっています。"
     "左胸水は認めません。対側縦隔リンパ節(#4R)の腫大を認め、N3と考えます。\n"
     "【診断】\n"
     "左肺門部肺癌、左上葉無気肺、cT3N3M0。",
     labels(ATL, LN)),  # denied: PE

    ("ja-20", "ja",
     "【所見】\n"
     "心嚢に少量の液体貯留を疑います。心拡大は認めません。両側胸水はみられません。"
     "右中葉に軽度の無気肺様変化があります。",
     labels(PCE, ATL)),  # denied: CM PE

    ("ja-21", "ja",
     "【所見】\n"
     "両肺に気腫性変化を認めます。左上葉S1+2に径12mmの充実性結節があり、前回より増大しています。"
     "原発性肺癌の可能性があります。気管支壁肥厚がみられ、慢性気管支炎の所見と考えます。",
     labels(EMP, NOD, PBT)),

    ("ja-22", "ja",
     "【所見】\n"
     "食道裂孔ヘルニアはみられません。甲状腺右葉に18mm大の低吸収結節を認めます。"
     "肝に嚢胞を認めます。両肺に異常影はありません。",
     labels()),  # thyroid nodule is not a lung nodule; denied: HH

    ("ja-23", "ja",
     "【所見】\n"
     "冠動脈バイパス術後で、胸骨ワイヤーを認めます。冠動脈に高度な石灰化があります。"
     "大動脈にも石灰化を認めます。心嚢液の貯留はありません。"
     "左胸水を少量認め、左下葉に受動無気肺を伴います。",
     labels(MM, CAC, AWC, PE, ATL)),  # denied: PCE

    ("ja-24", "ja",
     "【所見】\n"
     "前回(3か月前)と比較して、右下葉の結節は縮小しています。"
     "縦隔リンパ節腫大も縮小していますが、なお残存しています。左胸水は増加しています。"
     "新たな病変は認めません。\n"
     "【診断】\n"
     "治療効果ありと考えます。左胸水増加。",
     labels(NOD, LN, PE)),

    ("ja-25", "ja",
     "【所見】\n"
     "両側下葉背側に浸潤影とすりガラス影を認めます。誤嚥性肺炎を考えます。"
     "食道裂孔ヘルニアを伴っています。気管内チューブが留置されています。",
     labels(CON, OPA, HH, MM)),

    ("ja-26", "ja",
     "肺気腫(-)、結節(-)、浸潤影(-)、胸水(-)、心嚢液(-)、リンパ節腫大(-)。\n"
     "冠動脈石灰化(+)。\n"
     "食道裂孔ヘルニア(+)。",
     labels(CAC, HH)),  # denied: EMP NOD CON PE PCE LN

    ("ja-27", "ja",
     "【所見】\n"
     "両側肺門および縦隔に左右対称性のリンパ節腫大を認めます。"
     "両肺に気管支血管束の肥厚と小葉間隔壁の肥厚がみられます。サルコイドーシスを疑います。"
     "胸水は認めません。",
     labels(LN, PBT, IST)),  # denied: PE

    ("ja-28", "ja",
     "【所見】\n"
     "撮像範囲の肺野に特記すべき異常所見はありません。縦隔、肺門に腫大リンパ節なし。"
     "心大血管に異常なし。胸膜に異常なし。",
     labels()),  # denied: LN

    ("ja-29", "ja",
     "【所見】\n"
     "右肺に小葉間隔壁肥厚と気管支血管束の肥厚を認め、癌性リンパ管症の可能性があります。"
     "右上葉に原発巣と考えられる腫瘤を認めます。右胸水も伴っています。",
     labels(IST, PBT, NOD, PE)),

    ("ja-30", "ja",
     "【所見】\n"
     "上行大動脈の拡張を認めます(径45mm)。肺動脈の拡張はありません。"
     "両肺に異常影はありません。胸水はありません。心拡大はありません。",
     labels()),  # aortic dilatation is none of the 18; denied: PE CM

    ("ja-31", "ja",
     "【所見】\n"
     "前回と比較し、左下葉のすりガラス影は著変ありません。"
     "両肺に軽度のモザイク状の濃度差があり、小気道病変の可能性も否定できません。",
     labels(OPA, MOS)),

    ("ja-32", "ja",
     "【所見】\n"
     "両肺にびまん性の気管支壁肥厚を認め、気管支喘息に矛盾しない所見です。"
     "粘液栓を伴う気管支拡張を左下葉に認めます。ABPAの可能性を考えます。",
     labels(PBT, BRX)),

    ("ja-33", "ja",
     "【所見】\n"
     "右傍気管リンパ節が短径15mmに腫大しており、転移の可能性があります。"
     "肺野に結節は指摘できません。大動脈壁に石灰化があります。胸水はありません。",
     labels(LN, AWC)),  # denied: NOD PE

    ("ja-34", "ja",
     "【所見】\n"
     "肺気腫や気管支拡張は認めません。左下葉に索状影があり、陳旧性炎症後変化と考えます。"
     "右下葉胸膜直下に3mm大の微小結節を認めます。",
     labels(FIB, NOD)),  # denied: EMP BRX

    ("ja-35", "ja",
     "【所見】\n"
     "右下葉に胸水を伴わない浸潤影を認め、周囲にすりガラス影がみられます。"
     "リンパ節腫大を伴わない点から、感染症を第一に考えます。",
     labels(CON, OPA)),  # "胸水を伴わない": PE 0; "リンパ節腫大を伴わない": LN 0

    ("ja-36", "ja",
     "【所見】\n"
     "前回と比較して心嚢液が増加しています。心拡大も伴っています。"
     "胸水は両側とも認められません。CVポート留置後です。",
     labels(PCE, CM, MM)),  # denied: PE

    ("ja-37", "ja",
     "【所見】\n"
     "両側下葉に胸膜下優位のすりガラス影を認めます。蜂巣肺や牽引性気管支拡張は認めません。"
     "NSIPパターンを考えます。",
     labels(OPA)),  # denied: FIB BRX

    ("ja-38", "ja",
     "【検査目的】咳嗽の精査。\n"
     "【所見】\n"
     "右中葉に区域性の無気肺を認めます。気管支内に明らかな腫瘤はみられません。"
     "心嚢液、胸水の貯留はありません。\n"
     "【画像診断】\n"
     "右中葉無気肺(中葉症候群疑い)。",
     labels(ATL)),  # denied: NOD PCE PE

    # ------------------------------------------------------------------ English
    ("en-01", "en",
     "Trachea and both main bronchi are patent. Mediastinal structures could not be evaluated "
     "optimally because contrast material was not given. Heart size and contour are normal. "
     "No pericardial effusion or thickening was observed. No lymph node was detected in "
     "pathological size in the mediastinum or hila. When the lung parenchyma window is examined, "
     "there are no nodules or masses in either lung. No pleural effusion was detected.",
     labels()),  # denied: CM PCE LN NOD PE

    ("en-02", "en",
     "Calcified atherosclerotic plaques are observed in the thoracic aorta and coronary arteries. "
     "The heart is enlarged. Pericardial effusion was not observed. A sliding-type hiatal hernia "
     "is present. Centrilobular and paraseptal emphysematous changes are present in both lungs. "
     "Linear atelectasis is seen in the lingula and the right middle lobe.",
     labels(AWC, CAC, CM, HH, EMP, ATL)),  # denied: PCE

    ("en-03", "en",
     "FINDINGS: There is consolidation in the right lower lobe with air bronchograms and "
     "surrounding ground-glass opacity. Small right pleural effusion. No pericardial effusion. "
     "No mediastinal or hilar lymphadenopathy.\n"
     "IMPRESSION: Right lower lobe pneumonia with small parapneumonic effusion.",
     labels(CON, OPA, PE)),  # denied: PCE LN

    ("en-04", "en",
     "FINDINGS: A 9 mm spiculated nodule in the left upper lobe, new since the prior study. "
     "Mild centrilobular emphysema. No pleural effusion. Enlarged right lower paratracheal lymph "
     "node measuring 1.6 cm in short axis.\n"
     "IMPRESSION: Findings suspicious for primary lung malignancy with possible nodal metastasis.",
     labels(NOD, EMP, LN)),  # denied: PE

    ("en-05", "en",
     "Endotracheal tube tip is 4 cm above the carina. Right internal jugular central venous "
     "catheter terminates in the superior vena cava. A nasogastric tube is in place. "
     "Left basilar atelectasis. Trace bilateral pleural effusions.",
     labels(MM, ATL, PE)),

    ("en-06", "en",
     "FINDINGS: Subpleural reticulation with honeycombing and traction bronchiectasis in both "
     "lower lobes, worse than prior. Scattered interlobular septal thickening. No consolidation. "
     "Heart size is normal. No pericardial effusion.\n"
     "IMPRESSION: Usual interstitial pneumonia pattern, progressive.",
     labels(FIB, BRX, IST)),  # denied: CON CM PCE

    ("en-07", "en",
     "There is mosaic attenuation of the lung parenchyma with air trapping on expiratory images, "
     "suggestive of small airways disease. Mild bronchial wall thickening. No bronchiectasis. "
     "No pulmonary nodules.",
     labels(MOS, PBT)),  # denied: BRX NOD

    ("en-08", "en",
     "Sequelae fibrotic changes are observed in the apical segments of both upper lobes. "
     "There are a few millimetric nonspecific nodules in the right lung. No pleural effusion or pleural thickening was detected. Hiatal hernia was not detected. The pacemaker and "
     "its leads are seen in the right heart chambers.",
     labels(FIB, NOD, MM)),  # denied: PE HH

    ("en-09", "en",
     "Cardiomegaly. Moderate pericardial effusion. Bilateral pleural effusions with compressive "
     "atelectasis in the lower lobes. Smooth interlobular septal thickening and patchy "
     "ground-glass opacities, likely pulmonary edema; superimposed infection cannot be excluded.",
     labels(CM, PCE, PE, ATL, IST, OPA)),

    ("en-10", "en",
     "No pleural or pericardial effusion. No consolidation, ground-glass opacity, or suspicious "
     "pulmonary nodule. No hiatal hernia. Coronary artery calcifications are present.",
     labels(CAC)),  # denied: PE PCE CON OPA NOD HH

    ("en-11", "en",
     "Compared with the prior CT, the previously seen left lower lobe consolidation has resolved. "
     "The left pleural effusion has also resolved. Stable 4 mm right middle lobe nodule. "
     "Bronchiectasis in the right middle lobe is unchanged.",
     labels(NOD, BRX)),  # resolved: CON PE

    ("en-12", "en",
     "A right chest wall port catheter is in place. Multiple bilateral pulmonary nodules, the "
     "largest measuring 14 mm in the right lower lobe, consistent with metastases. Mediastinal "
     "lymphadenopathy. Mild aortic wall calcification. No cardiomegaly.",
     labels(MM, NOD, LN, AWC)),  # denied: CM
]


probe_results, test_label, test_probe_set = probe_tests(REPORTS, minimum=40)
