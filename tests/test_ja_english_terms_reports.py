"""Probe: Japanese chest CT reports in which the radiologist writes finding names as English words
(consolidation, centrilobular emphysema, mosaic attenuation, interlobular septal thickening...)
inside Japanese sentences, with Japanese particles, predicates, hedges (疑い, 可能性, 否定できない) and
denials (なし, 認めない, (-)) around them; also katakana transliterations (コンソリデーション,
ブロンキエクタシス, エンフィゼーマ, アテレクターシス) and mixed forms, mixed with ordinary Japanese terms.
The reports were written for this file without looking at the engine's lexicon or cue lists.
Convention (CT-RATE): 1 when present or hedged, 0 when denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    ("jet-01", "ja",
     "右下葉に consolidation を認めます。周囲には淡い ground-glass opacity を伴っており、細菌性肺炎を疑います。"
     "pleural effusion なし。縦隔リンパ節の腫大は認めません。emphysema は認めない。心拡大はありません。",
     {CON, OPA}),
    ("jet-02", "ja",
     "両肺上葉優位に centrilobular emphysema あり。右上葉 S2 に 6 mm の solid nodule を認めます。"
     "冠動脈には calcification を認め、特に LAD で目立ちます。胸部大動脈にも atherosclerotic calcification があります。"
     "pleural effusion、pericardial effusion はいずれもなし。",
     {EMP, NOD, CAC, AWC}),
    ("jet-03", "ja",
     "bronchiectasis は認めない。両肺に mosaic attenuation を伴い、呼気相では air trapping が明瞭です。"
     "small airway disease を疑います。気管支壁の肥厚も軽度みられます。"
     "縦隔・肺門リンパ節の腫大なし。consolidation なし。",
     {MOS, PBT}),
    ("jet-04", "ja",
     "両側下葉の胸膜下優位に interlobular septal thickening が目立つ。両側に pleural effusion 少量あり。"
     "心拡大を認め、心不全に伴う変化として矛盾しない。consolidation は認めません。蜂巣肺はみられない。",
     {IST, PE, CM}),
    ("jet-05", "ja",
     "両側下葉 peribronchial thickening (+)。bronchiectasis (-)。consolidation (-)。pleural effusion (-)。"
     "nodule (-)。縦隔に腫大リンパ節 (+)、気管分岐下で短径 15 mm。急性気管支炎として矛盾しない所見です。",
     {PBT, LN}),
    ("jet-06", "ja",
     "Lt. lower lobe に subsegmental atelectasis。左 pleural effusion 少量あり、隣接する下葉には passive atelectasis を伴います。"
     "Rt. upper lobe に 4 mm の微小結節があり、経過観察を推奨します。emphysema なし。",
     {ATL, PE, NOD}),
    ("jet-07", "ja",
     "hiatal hernia を認める。大動脈弓部に calcification あり。coronary calcification 軽度。"
     "pericardial effusion は少量。肺野には nodule や consolidation は認めない。",
     {HH, AWC, CAC, PCE}),
    ("jet-08", "ja",
     "右中葉にコンソリデーションを認め、内部に air bronchogram を伴っています。ブロンキエクタシスは認めません。"
     "両側上葉にエンフィゼーマが軽度あり。胸水はなし。リンパ節腫大もなし。",
     {CON, EMP}),
    ("jet-09", "ja",
     "左舌区にアテレクターシスがあります。右上葉には GGO 様の淡い opacity がみられ、炎症後変化の可能性があります。"
     "縦隔・肺門にリンパ節腫大なし。胸水、心嚢液は認めません。",
     {ATL, OPA}),
    ("jet-10", "ja",
     "両側下葉の胸膜下に reticulation と traction bronchiectasis を認め、一部に honeycombing も見られます。"
     "UIP pattern を疑います。interlobular septal thickening も伴う。pleural effusion はなし。"
     "縦隔リンパ節は軽度腫大しており、反応性と思われます。",
     {FIB, BRX, IST, LN}),
    ("jet-11", "ja",
     "右内頸静脈から central venous catheter が挿入され、先端は上大静脈内にあります。胸骨正中切開後の sternotomy wires を認めます。"
     "cardiomegaly あり。pericardial effusion なし。左 pleural effusion 少量。",
     {MM, CM, PE}),
    ("jet-12", "ja",
     "肺炎の既往があり、前回みられた右下葉の consolidation は消失しています。同部に linear な fibrotic band が残存しています。"
     "以前の pleural effusion も消失。大動脈に calcified plaque を認める。新たな病変は指摘できない。",
     {FIB, AWC}),
    ("jet-13", "ja",
     "右上葉に 22 mm の spiculated nodule があり、原発性肺癌を疑います。右肺門および縦隔に lymphadenopathy を認める。"
     "pleural effusion はみられません。背景肺には paraseptal emphysema が併存。",
     {NOD, LN, EMP}),
    ("jet-14", "ja",
     "臨床情報: 発熱、肺炎疑いにて精査。肺野に consolidation や ground-glass opacity は認めません。"
     "bronchial wall thickening もなし。甲状腺右葉に 8 mm の thyroid nodule あり。"
     "胸部大動脈に calcification を認める。心臓の大きさは正常範囲。",
     {AWC}),
    ("jet-15", "ja",
     "左下葉の小さな consolidation は否定できない。左胸水が少量あり、左下葉に compressive atelectasis を伴っています。"
     "右肺には明らかな異常なし。縦隔リンパ節腫大なし。",
     {CON, PE, ATL}),
    ("jet-16", "ja",
     "心膜に pericardial thickening を認める。pericardial effusion はごく少量。RCA、LCX に calcification あり。"
     "心拡大は認めない。hiatal hernia なし。肺野に特記すべき所見なし。",
     {PCE, CAC}),
    ("jet-17", "ja",
     "両肺に mosaic perfusion がみられ、CTEPH の可能性があります。肺動脈本幹は拡張。"
     "両下葉に cylindrical な bronchiectasis が軽度あり。consolidation なし。pleural effusion (-)。",
     {MOS, BRX}),
    ("jet-18", "ja",
     "左上葉に large bulla あり。右上葉には paraseptal emphysema を認めます。気胸なし。subcutaneous emphysema はない。"
     "右上葉 S1 に 5 mm の solid nodule。pleural effusion、lymphadenopathy ともに認めない。",
     {EMP, NOD}),
    ("jet-19", "ja",
     "左 chest tube 留置中で、左胸壁に subcutaneous emphysema を認めます。左気胸は少量残存。"
     "肺の emphysema は認めない。左下葉に atelectasis が軽度あり。pleural effusion なし。",
     {MM, ATL}),
    ("jet-20", "ja",
     "縦隔気腫 (mediastinal emphysema) を認めます。肺気腫は認めない。両肺に patchy な ground-glass opacity が散在。"
     "気管支壁の肥厚を伴います。consolidation、pleural effusion はありません。",
     {OPA, PBT}),
    ("jet-21", "ja",
     "右下葉に 18 mm の part-solid nodule を認め、肺腺癌を疑います。縦隔リンパ節はいずれも腫大なし。両側腋窩リンパ節の腫大もなし。"
     "interlobular septal thickening なし。軽度の centrilobular emphysema あり。coronary calcification は高度。",
     {NOD, EMP, CAC}),
    ("jet-22", "ja",
     "左 Bochdalek hernia があり、後腹膜脂肪が胸腔内に脱出しています。hiatal hernia は認めない。"
     "両側 pleural effusion 中等量、両側下葉に passive atelectasis を伴います。心拡大なし。",
     {PE, ATL}),
    ("jet-23", "ja",
     "右前胸部に CV port が留置されています。化学療法中。両肺に肺転移を疑う multiple nodules を認めます。"
     "以前みられた縦隔 lymphadenopathy は縮小し、現在は腫大なし。pleural effusion なし。",
     {MM, NOD}),
    ("jet-24", "ja",
     "左前胸部に pacemaker があり、leads は右房・右室に留置。心胸郭比は増大しており cardiomegaly。"
     "両側に pleural effusion 少量。interlobular septal thickening 軽度あり、うっ血を疑う。consolidation はなし。",
     {MM, CM, PE, IST}),
    ("jet-25", "ja",
     "LAD に coronary stent 留置後。そのほかの coronary calcification は認めない。pericardial effusion は認めない。"
     "右下葉 S6 に consolidation があり、誤嚥性肺炎を疑います。胸部大動脈に有意な calcification なし。",
     {MM, CON}),
    ("jet-26", "ja",
     "左上葉の opacity は炎症の可能性が高いが、肺癌も否定できない。縦隔 lymph node の腫大 (+)。"
     "pleural effusion なし。emphysema なし。短期間での再検を推奨。",
     {OPA, LN}),
    ("jet-27", "ja",
     "両側下葉にハニカムと牽引性気管支拡張を認め、線維化が進行している。下葉にはすりガラス影も伴う。"
     "上葉には centrilobular emphysema があり、CPFE を疑う。pleural effusion は認めない。",
     {FIB, BRX, OPA, EMP}),
    ("jet-28", "ja",
     "右中葉にアテレクターシスあり。bronchiectasis は伴わない。peribronchial thickening なし。"
     "冠動脈 calcification あり。胸水なし。",
     {ATL, CAC}),
    ("jet-29", "ja",
     "前回みられた右下葉の consolidation は改善し、淡い residual ground-glass opacity のみ残存しています。"
     "pleural effusion は消失。small な hiatal hernia あり。リンパ節腫大なし。",
     {OPA, HH}),
    ("jet-30", "ja",
     "気管内挿管チューブ先端は気管分岐部の 4 cm 上。nasogastric tube は胃内。両側下葉背側に dependent atelectasis。"
     "両側 pleural effusion あり。背側の consolidation も否定できない。",
     {MM, ATL, PE, CON}),
    ("jet-31", "ja",
     "肺野に nodule、consolidation、ground-glass opacity は認めない。emphysema なし。bronchiectasis なし。"
     "pleural effusion、pericardial effusion なし。縦隔・肺門に lymphadenopathy なし。大動脈に軽度の calcification のみ。",
     {AWC}),
    ("jet-32", "ja",
     "左下葉にブロンキエクタシスを認め、peribronchial thickening を伴う。mucoid impaction もあり。"
     "周囲に consolidation はみられない。右上葉に calcified nodule あり、陳旧性肉芽腫と考えます。",
     {BRX, PBT, NOD}),
    ("jet-33", "ja",
     "両側 hilar lymphadenopathy を認め、サルコイドーシスを疑います。両肺に perilymphatic な micronodules が多発。"
     "interlobular septal thickening も軽度あり。エンフィゼーマなし。pleural effusion は認められない。",
     {LN, NOD, IST}),
    ("jet-34", "ja",
     "右下葉に軽度の peribronchial thickening があり、bronchiolectasis を伴う。mosaic attenuation は明らかでない。"
     "呼気 CT で air trapping なし。LAD に coronary calcification 軽度。",
     {PBT, BRX, CAC}),
    ("jet-35", "ja",
     "上行大動脈は径 48 mm に拡張。大動脈弓部から下行大動脈に atherosclerotic calcification を認め、左総頸動脈起始部にも calcification。"
     "cardiomegaly なし。pericardial effusion なし。coronary calcification は高度。",
     {AWC, CAC}),
    ("jet-36", "ja",
     "右上葉切除後で、staple line を認めます。staple line 周囲に線状の fibrotic change。術後の右胸膜肥厚あり。"
     "pleural effusion なし。再発を疑う nodule なし。縦隔 lymph node 腫大なし。残存肺に paraseptal emphysema。",
     {MM, EMP, FIB}),
    ("jet-37", "ja",
     "両肺末梢優位に多発する ground-glass opacity があり、一部 interlobular septal thickening を伴う crazy-paving pattern。"
     "下葉には consolidation も混在。viral pneumonia の可能性。pleural effusion なし。lymphadenopathy なし。",
     {OPA, IST, CON}),
    ("jet-38", "ja",
     "肝 S8 に 12 mm の低吸収結節、嚢胞疑い。左副腎に 15 mm の nodule (adenoma 疑い)。左乳房に 10 mm の結節。"
     "肺野に nodule なし。右下葉に subsegmental atelectasis。hiatal hernia あり。",
     {ATL, HH}),
    ("jet-39", "ja",
     "右上葉に 14 mm の part-solid nodule があり、肺腺癌の可能性。縦隔 lymph node は腫大なし。"
     "背景に mild centrilobular emphysema。mosaic attenuation なし。大動脈に calcification あり。",
     {NOD, EMP, AWC}),
    ("jet-40", "ja",
     "cardiomegaly あり、pericardial effusion 中等量。pleural effusion は認めない。"
     "両側下葉に interlobular septal thickening は認めず。sliding type の hiatal hernia を認める。",
     {CM, PCE, HH}),
    ("jet-41", "ja",
     "コンソリデーションは認めない。両側下葉に淡いすりガラス影があり、間質性肺炎の初期の可能性。"
     "interlobular septal thickening がわずかにみられる。牽引性気管支拡張なし。蜂巣肺なし。",
     {OPA, IST}),
    ("jet-42", "ja",
     "右下葉 S10 に consolidation と subsegmental atelectasis。bronchial wall thickening を伴う。"
     "食道は拡張しており、achalasia を疑う。hiatal hernia なし。右 pleural effusion ごく少量。",
     {CON, ATL, PBT, PE}),
    ("jet-43", "ja",
     "右鎖骨上窩に 18 mm の腫大リンパ節、転移を疑う。左腋窩 lymph node は正常大。両肺に multiple nodules。"
     "右 pleural effusion 少量。pericardial effusion なし。",
     {LN, NOD, PE}),
    ("jet-44", "ja",
     "右上葉に calcified granuloma と fibrotic scar があり、陳旧性結核と考えます。traction bronchiectasis を伴う。"
     "活動性を示唆する consolidation は認めない。両側に calcified pleural plaque あり。pleural effusion なし。",
     {NOD, FIB, BRX}),
    ("jet-45", "ja",
     "大動脈弁置換術後で prosthetic valve と sternotomy wires あり。CABG 後の surgical clips も認める。"
     "心拡大軽度。左 pleural effusion 少量、左下葉に passive atelectasis。coronary calcification 高度。",
     {MM, CM, PE, ATL, CAC}),
]

OPEN: dict[tuple[str, str], str] = {
    # 「淡い opacity がみられ、炎症後変化の可能性」: a post-inflammatory change is read as a
    # (hedged) sequela; the probe meant the opacity's cause only (convention unsettled)
    # 「opacity は炎症の可能性が高いが、肺癌も否定できない」: a cancer offered as the cause of an
    # opacity is read as a hedged nodule
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
