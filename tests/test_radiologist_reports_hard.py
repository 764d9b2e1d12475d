"""Hard, realistic multi-sentence chest CT reports as a probe of the rule engine.

Each case is a whole report (Japanese or English, 4-12 sentences) written by hand from
radiology knowledge, with the CT-RATE 0/1 label its meaning gives every one of the 18
findings. The reports stress language that simple 「XをRみとめる/認めない」 sentences do
not: several findings and modifiers in one sentence, coordination, temporal comparison
with the previous study (縮小しているが残存 / 消退 / 増悪なし; interval resolution,
decreased but persistent, no longer seen), hedges and differentials (疑い, 否定できない,
鑑別を要する, likely representing, differential includes), 「〜を疑う所見はありません」,
「〜の可能性は低い」, abbreviations (GGO, GGN, CABG, ICD, CVポート), plain and polite
forms, 所見/診断 sections and numbered impressions, TNM staging, and soft-tissue
emphysema (subcutaneous/mediastinal, which is NOT pulmonary Emphysema).

Labelling (CT-RATE): 1 when present, also when hedged; 0 when denied, resolved, or not
mentioned. Only the positive findings are listed per report; every other finding is 0.

The cases were written without looking at the engine's lexicon or cue files
(src/shoken/lang/, src/shoken/schemas/) or at the other radiologist-report tests, so
they are an independent probe; the expectations come from the reports' meaning, not from
running the engine.
"""
from __future__ import annotations

from findings import (  # tests/findings.py
    ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests,
)


# (id, language, text, findings labelled 1; all others 0)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ------------------------------------------------------------------ Japanese
    ("hard-ja-01", "ja",
     "【所見】\n"
     "両肺に小葉中心性肺気腫を認めます。右上葉S2に径8mmの充実性結節を認め、前回と比較して著変ありません。"
     "縦隔・肺門に有意なリンパ節腫大は指摘できません。胸水や心嚢水は認めません。"
     "大動脈および冠動脈に石灰化を認めます。\n"
     "【診断】\n1. 肺気腫\n2. 右上葉結節、著変なし",
     {EMP, NOD, AWC, CAC}),
    ("hard-ja-02", "ja",
     "前回CTと比較しました。右胸水は前回より減少していますが、少量残存しています。左胸水は消失しています。"
     "右下葉の受動性無気肺は改善傾向ですが残存しています。心拡大を認めます。心嚢液貯留はありません。"
     "ペースメーカー留置後です。",
     {PE, ATL, CM, MM}),
    ("hard-ja-03", "ja",
     "両肺下葉背側の胸膜直下優位に蜂巣肺を認め、通常型間質性肺炎(UIP)パターンに一致する所見です。"
     "牽引性気管支拡張を伴っています。小葉間隔壁の肥厚も見られます。前回と比較して明らかな増悪はありません。"
     "明らかな腫瘤性病変は指摘できません。胸水は認めません。",
     {FIB, BRX, IST}),
    ("hard-ja-04", "ja",
     "右上葉に径25mm大の辺縁不整な腫瘤を認め、原発性肺癌を疑います。腫瘤周囲にすりガラス影を伴っています。"
     "右肺門および気管分岐下リンパ節の腫大を認め、転移を疑います。cT2aN2M0, stage IIIAが考えられます。"
     "腫瘤末梢側には閉塞性肺炎を疑う浸潤影がみられます。胸水はありません。骨転移を疑う所見はありません。",
     {NOD, OPA, LN, CON}),
    ("hard-ja-05", "ja",
     "前回指摘された左下葉の浸潤影は消退しています。すりガラス影も消失しました。"
     "両側胸水は前回より縮小しているが残存しています。新たな結節影の出現はありません。"
     "縦隔リンパ節の腫大は認めません。",
     {PE}),
    ("hard-ja-06", "ja",
     "CABG後の状態です。胸骨ワイヤーおよびバイパスグラフトのクリップを認めます。"
     "心拡大を認めますが、心嚢水は認めません。冠動脈に高度の石灰化がみられます。"
     "大動脈弓部に壁在石灰化を認めます。両側胸水はありません。肺野に明らかな異常影はありません。",
     {MM, CM, CAC, AWC}),
    ("hard-ja-07", "ja",
     "食道裂孔ヘルニアを認めます。右中葉に線状の無気肺を認めます。左上葉舌区に瘢痕性変化がみられます。"
     "肺気腫の所見はありません。胸水、心嚢水はいずれも認めません。肝臓に嚢胞を認めます。",
     {HH, ATL, FIB}),
    ("hard-ja-08", "ja",
     "右下葉にすりガラス影と小葉間隔壁の肥厚を認め、crazy-paving appearanceを呈しています。"
     "肺胞蛋白症や感染症との鑑別を要します。気管支壁の肥厚もみられます。胸水はわずかに認めます。"
     "縦隔リンパ節腫大はありません。",
     {OPA, IST, PBT, PE}),
    ("hard-ja-09", "ja",
     "両肺にモザイク状の濃度差(mosaic attenuation)を認め、呼気相でair trappingを伴っています。"
     "細気管支炎や慢性過敏性肺炎の可能性を考えます。気管支拡張は認めません。"
     "結節や浸潤影は指摘できません。心拡大はありません。",
     {MOS}),
    ("hard-ja-10", "ja",
     "左上葉S1+2に径6mmのGGNを認め、異型腺腫様過形成や上皮内腺癌の可能性があります。"
     "前回と比較して大きさに変化はありません。右下葉背側には淡いGGOが散見され、炎症性変化と考えます。"
     "心膜の軽度肥厚を認めますが、心嚢液貯留の可能性は低いと考えます。大動脈に軽度の石灰化を認めます。"
     "リンパ節腫大なし。胸水なし。",
     {NOD, OPA, AWC}),
    ("hard-ja-11", "ja",
     "明らかな肺結節は指摘できませんが、両肺上葉に傍隔壁性肺気腫を認めます。右下葉に板状無気肺を認めます。"
     "気管支拡張や気管支壁肥厚はありません。縦隔に短径15mm大に腫大したリンパ節を認めます。"
     "心嚢水の貯留は認めません。",
     {EMP, ATL, LN}),
    ("hard-ja-12", "ja",
     "左前胸部にICDが留置されており、リードは右室内に達しています。右鎖骨下にCVポートを認めます。"
     "心拡大があり、少量の心嚢水貯留を認めます。両側胸水を認め、左優位です。"
     "胸水に接して両下葉に受動無気肺を伴っています。肺野に浸潤影はありません。",
     {MM, CM, PCE, PE, ATL}),
    ("hard-ja-13", "ja",
     "両側肺尖部の瘢痕影は前回と比較して増悪はありません。右上葉の気管支拡張は不変です。"
     "左下葉の小結節も著変ありません。その他、新たな異常影は認めません。",
     {FIB, BRX, NOD}),
    ("hard-ja-14", "ja",
     "胸部大動脈に粥状硬化性の石灰化を認めます。冠動脈石灰化は認めません。肺気腫を疑う所見はありません。"
     "リンパ節転移を疑う所見はありません。右上葉切除後の術後変化で、ステープルラインを認めます。"
     "胸水は認めません。",
     {AWC, MM}),
    ("hard-ja-15", "ja",
     "【所見】\n"
     "両肺にびまん性に気管支壁肥厚を認めます。右中葉と左舌区には気管支拡張を認めます。"
     "右中葉に無気肺を伴っています。胸水なし。\n"
     "【診断】\n1. 気管支拡張症\n2. 副鼻腔気管支症候群の可能性\n3. 中葉舌区の無気肺",
     {PBT, BRX, ATL}),
    ("hard-ja-16", "ja",
     "右下葉に気管支透亮像を伴う浸潤影を認め、周囲にすりガラス影を伴っています。細菌性肺炎を疑います。"
     "右胸水を少量認めます。縦隔・肺門リンパ節の腫大は認めません。心臓の大きさは正常範囲です。",
     {CON, OPA, PE}),
    ("hard-ja-17", "ja",
     "両肺末梢優位に多発するすりガラス影を認め、一部に小葉間隔壁の肥厚を伴っています。"
     "COVID-19肺炎を含むウイルス性肺炎を考えます。浸潤影は目立ちません。胸水や心嚢水はありません。"
     "リンパ節腫大は認めません。",
     {OPA, IST}),
    # NOD 0: a lung mass (3 cm or more) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("hard-ja-18", "ja",
     "右肺下葉に径32mmの腫瘤を認める。胸膜陥入を伴い、肺腺癌を疑う。同側肺門リンパ節の腫大あり、N1相当。"
     "対側肺に結節なし。胸水なし。心拡大なし。大動脈壁に石灰化あり。",
     {LN, AWC}),
    ("hard-ja-19", "ja",
     "右胸腔ドレーン留置後である。右胸壁に皮下気腫を認め、縦隔気腫も伴っている。"
     "右気胸は前回より改善している。肺気腫の所見はない。右下葉に軽度の無気肺を認める。",
     {MM, ATL}),
    ("hard-ja-20", "ja",
     "滑脱型の食道裂孔ヘルニアがみられます。冠動脈(左前下行枝)に石灰化を認めます。"
     "大動脈には明らかな石灰化を認めません。心嚢液はありません。肺野には特記すべき異常はありません。",
     {HH, CAC}),
    ("hard-ja-21", "ja",
     "左下葉に径15mmの結節影を認め、肺癌を否定できません。結節周囲にはすりガラス影を伴います。"
     "右下葉背側の病変は無気肺と浸潤影との鑑別を要します。少量の右胸水を伴っています。"
     "リンパ節腫大はありません。",
     {NOD, OPA, ATL, CON, PE}),
    ("hard-ja-22", "ja",
     "縦隔条件で右傍気管リンパ節が短径12mmに腫大しており、転移を否定できません。"
     "右上葉に小結節を2個認めます。肺転移の可能性があります。両側胸水は認めません。"
     "心膜に異常なし。食道裂孔ヘルニアなし。",
     {LN, NOD}),
    ("hard-ja-23", "ja",
     "前回CT(2023年5月)と比較しました。左上葉の結節は切除されており、同部に術後変化と金属クリップを認めます。"
     "新たな結節の出現はありません。左胸水は消失しました。"
     "左上葉切除後の残存肺に軽度の無気肺がみられます。縦隔リンパ節の腫大は認めません。",
     {MM, ATL}),
    ("hard-ja-24", "ja",
     "両肺上葉優位に高度の汎小葉性肺気腫を認め、多発するブラを伴っています。"
     "気管支壁の肥厚がみられ、慢性気管支炎の合併を考えます。"
     "右下葉に径4mmの微小結節を認めますが、前回から変化なく良性と考えます。心拡大はありません。"
     "冠動脈石灰化を認めます。",
     {EMP, PBT, NOD, CAC}),
    ("hard-ja-25", "ja",
     "大動脈弁置換術後で、人工弁を認めます。心拡大を認めます。両側胸水貯留を認め、右優位です。"
     "両肺に小葉間隔壁の肥厚とすりガラス影を認め、うっ血性心不全に伴う肺水腫を考えます。"
     "心嚢水を少量認めます。",
     {MM, CM, PE, IST, OPA, PCE}),
    ("hard-ja-26", "ja",
     "前縦隔、両側腋窩、縦隔内に多数の腫大リンパ節を認め、最大のものは短径28mmです。"
     "悪性リンパ腫を疑います。肺野に結節は認めません。少量の心嚢液貯留を認めます。胸水はありません。"
     "脾腫を認めます。",
     {LN, PCE}),
    ("hard-ja-27", "ja",
     "両側下葉の線維化と蜂巣肺は前回と同程度で、増悪はありません。右下葉の牽引性気管支拡張も同様です。"
     "新たなすりガラス影や浸潤影の出現はなく、急性増悪を示唆する所見はありません。胸水なし。",
     {FIB, BRX}),
    ("hard-ja-28", "ja",
     "大きな食道裂孔ヘルニアを認め、胃の一部が縦隔内に脱出しています。"
     "両側下葉背側に浸潤影とすりガラス影を認め、誤嚥性肺炎を疑います。"
     "経鼻胃管が胃内に留置されています。胸水は認めません。",
     {HH, CON, OPA, MM}),
    ("hard-ja-29", "ja",
     "右上葉に石灰化を伴う陳旧性炎症性瘢痕を認めます。右肺門部に石灰化リンパ節を認めますが、腫大はありません。"
     "左下葉に小さな石灰化結節(肉芽腫)を認めます。その他、肺野に異常はありません。",
     {FIB, NOD}),
    ("hard-ja-30", "ja",
     "左下葉の無気肺は前回より縮小していますが、まだ残存しています。右下葉の浸潤影は消失しました。"
     "胸水は認めません。気管内チューブが留置されており、先端は気管分岐部の上方3cmに位置します。",
     {ATL, MM}),
    ("hard-ja-31", "ja",
     "両肺に気管支拡張と気管支壁肥厚を認めます。モザイクパターンを呈しており、末梢気道病変の存在が示唆されます。"
     "右中葉に粘液栓を伴います。明らかな浸潤影はありません。",
     {BRX, PBT, MOS}),
    ("hard-ja-32", "ja",
     "右下葉の胸膜直下に楔状の浸潤影を認め、周囲にすりガラス影を伴っており、肺梗塞に一致する所見です。"
     "両側肺動脈に造影欠損を認め、肺塞栓症と考えます。少量の右胸水を伴います。心拡大はありません。",
     {CON, OPA, PE}),
    # ------------------------------------------------------------------ English
    ("hard-en-01", "en",
     "FINDINGS: There is a 1.2 cm spiculated nodule in the right upper lobe, suspicious for primary "
     "lung malignancy. Mild centrilobular emphysema is present. No pleural or pericardial effusion. "
     "Atherosclerotic calcification of the thoracic aorta and coronary arteries. "
     "No mediastinal or hilar lymphadenopathy.\n"
     "IMPRESSION: 1. Spiculated right upper lobe nodule, suspicious for malignancy. PET-CT is "
     "recommended. 2. Emphysema.",
     {NOD, EMP, AWC, CAC}),
    ("hard-en-02", "en",
     "Comparison is made with the prior CT. Interval resolution of the left lower lobe consolidation. "
     "Decreased but persistent small right pleural effusion. No new pulmonary nodules. "
     "Stable mild cardiomegaly. No pericardial effusion.\n"
     "IMPRESSION: Resolved left lower lobe pneumonia. Persistent small right pleural effusion.",
     {PE, CM}),
    ("hard-en-03", "en",
     "Status post CABG with intact median sternotomy wires and surgical clips. Dense coronary artery "
     "calcifications. The heart is enlarged. Trace pericardial effusion. Bibasilar dependent "
     "atelectasis. No focal consolidation.",
     {MM, CAC, CM, PCE, ATL}),
    ("hard-en-04", "en",
     "Bilateral subpleural honeycombing with traction bronchiectasis, predominantly at the lung bases, "
     "consistent with a UIP pattern. Interlobular septal thickening is also present. "
     "No ground-glass opacity to suggest acute exacerbation. Mediastinal lymph nodes are not enlarged. "
     "No pleural effusion.\nIMPRESSION: Pulmonary fibrosis in a UIP pattern, unchanged from prior.",
     {FIB, BRX, IST}),
    ("hard-en-05", "en",
     "A left chest wall pacemaker is present with leads terminating in the right atrium and right "
     "ventricle. Small hiatal hernia. The lungs are clear without evidence of consolidation, nodules "
     "or effusion. No lymphadenopathy. Mild calcification of the aortic arch.",
     {MM, HH, AWC}),
    ("hard-en-06", "en",
     "Patchy ground-glass opacities in both lower lobes with superimposed consolidation, likely "
     "representing multifocal pneumonia. Differential includes organizing pneumonia. Small bilateral "
     "pleural effusions. Enlarged subcarinal lymph node measuring 1.5 cm in short axis, likely "
     "reactive. No pericardial effusion.",
     {OPA, CON, PE, LN}),
    ("hard-en-07", "en",
     "Redemonstrated 6 mm solid nodule in the left upper lobe, unchanged since the prior study. "
     "Previously seen right middle lobe opacity is no longer seen. No new nodules. "
     "Mild bronchial wall thickening. No bronchiectasis. No pleural effusion.",
     {NOD, PBT}),
    ("hard-en-08", "en",
     "Mosaic attenuation of the lung parenchyma with air trapping on expiratory images, suggestive "
     "of small airways disease. No bronchiectasis. No interlobular septal thickening. "
     "The heart size is normal. Negative for pulmonary embolism. No pleural effusion.",
     {MOS}),
    # NOD 0: a lung mass (3 cm or more) called (suspected) cancer is no nodule (CT-RATE convention; relabelled 2026-12-07)
    ("hard-en-09", "en",
     "Large left pleural effusion with compressive atelectasis of the left lower lobe. A left-sided "
     "chest tube is in place. Left hilar mass measuring 4.5 cm, consistent with known lung cancer. "
     "Enlarged left hilar and subcarinal lymph nodes, compatible with nodal metastases (N2). "
     "No pericardial effusion.",
     {PE, ATL, MM, LN}),
    ("hard-en-10", "en",
     "Right-sided port catheter with the tip in the superior vena cava. No suspicious pulmonary "
     "nodule or mass. Mild paraseptal emphysema in the upper lobes. Small sliding hiatal hernia. "
     "No pleural effusion.",
     {MM, EMP, HH}),
    ("hard-en-11", "en",
     "Subcutaneous emphysema along the right chest wall following recent chest tube removal. "
     "Small residual right pneumothorax. No pulmonary emphysema. Linear atelectasis in the right "
     "middle lobe. No consolidation or pleural effusion.",
     {ATL}),
    ("hard-en-12", "en",
     "Unchanged scattered ground-glass opacities and interlobular septal thickening in the upper "
     "lobes. Cylindrical bronchiectasis in the right lower lobe is stable. No lymphadenopathy. "
     "The heart is mildly enlarged. Possible small pericardial effusion.",
     {OPA, IST, BRX, CM, PCE}),
    ("hard-en-13", "en",
     "Post-treatment changes of the right upper lobe with radiation fibrosis. Interval decrease in "
     "size of the right paratracheal lymph node, which is no longer enlarged. No evidence of "
     "recurrent mass. Calcified coronary arteries. No hiatal hernia.",
     {FIB, CAC}),
    ("hard-en-14", "en",
     "Endotracheal tube tip 3 cm above the carina. Nasogastric tube courses into the stomach. "
     "Dense bilateral lower lobe consolidations with air bronchograms and surrounding ground-glass "
     "opacity. Moderate bilateral pleural effusions. No pneumothorax. Heart size within normal limits.",
     {MM, CON, OPA, PE}),
    ("hard-en-15", "en",
     "Small calcified granuloma in the left lower lobe. No other pulmonary nodules. Scattered "
     "atherosclerotic calcifications of the aorta; no coronary artery calcification. Peribronchial "
     "thickening in the lower lobes, suggestive of bronchitis. No lymphadenopathy, pleural effusion "
     "or pericardial effusion.",
     {NOD, AWC, PBT}),
    ("hard-en-16", "en",
     "Previously noted pericardial effusion has resolved. The previously described left lower lobe "
     "atelectasis is no longer seen. Stable 4 mm right upper lobe pulmonary nodule. Mild emphysema "
     "is again noted. Mild cardiomegaly, unchanged.",
     {NOD, EMP, CM}),
]

# Known engine limits, kept visible (strict: they must start passing when fixed)
OPEN = {
    ("hard-ja-10", PCE): "pericardial thickening is read as Pericardial effusion (CT-RATE's 'pericardial effusion-thickening', and 心膜肥厚 elsewhere in the lexicon); this probe labels mild thickening without fluid 0",
}


probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
