"""Probe: hedges and differentials whose scope over several findings must be read right.

Every alternative offered in a differential ("atelectasis versus consolidation", "cannot
differentiate X from Y", 「AあるいはB」, 「Aも鑑別に挙がる」) is hedged and therefore 1; an alternative
explicitly rejected ("X rather than Y" for Y, "X is unlikely", "not X", 「XではなくYと考える」,
「Xは否定的」) is 0; a hedge on the cause of a finding ("effusion, possibly malignant",
「結節は肺癌の可能性がある」) leaves the finding itself present. Every report also carries plain
positives and explicit denials. The reports were written for this file without looking at the
engine's lexicon or cue lists. Convention (CT-RATE): 1 when present or hedged, 0 when denied,
resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ---------------- English ----------------
    ("dfs-01", "en",
     "There is a wedge-shaped area of increased density in the posterior basal segment of the right "
     "lower lobe; atelectasis versus consolidation. A small right pleural effusion is present. "
     "No pericardial effusion. No mediastinal or hilar lymphadenopathy. The heart is normal in size. "
     "No emphysema.",
     {OPA, ATL, CON, PE}),
    ("dfs-02", "en",
     "Patchy opacity in the lingula, which represents atelectasis rather than consolidation. "
     "Mild centrilobular emphysema is seen in both upper lobes. There is no pleural effusion. "
     "Calcified plaques are noted in the aortic arch. No cardiomegaly. Lymph nodes are not enlarged.",
     {OPA, ATL, EMP, AWC}),
    ("dfs-03", "en",
     "Moderate left pleural effusion, possibly malignant. A 14 mm spiculated nodule in the left upper "
     "lobe is suspicious for primary lung cancer. An enlarged left hilar lymph node measuring 16 mm in "
     "short axis may be metastatic. No consolidation. No emphysema. No pericardial effusion. "
     "Heart size is within normal limits.",
     {PE, NOD, LN}),
    ("dfs-04", "en",
     "Bilateral ground-glass opacities with smooth interlobular septal thickening are present; the "
     "differential includes hydrostatic pulmonary edema and atypical infection. Small bilateral pleural "
     "effusions. The heart is enlarged. No consolidation. No bronchiectasis. No coronary artery "
     "calcification.",
     {OPA, IST, PE, CM}),
    ("dfs-05", "en",
     "Linear change in the subpleural right middle lobe; we cannot differentiate subsegmental "
     "atelectasis from a parenchymal scar. Median sternotomy wires are intact. Calcification of the "
     "left anterior descending coronary artery. No pleural or pericardial effusion. No lung nodule. "
     "No hiatal hernia.",
     {ATL, FIB, MM, CAC}),
    ("dfs-06", "en",
     "Basal-predominant subpleural fibrosis with honeycombing and traction bronchiectasis. The "
     "differential includes usual interstitial pneumonia and fibrotic nonspecific interstitial "
     "pneumonia. Mediastinal lymph nodes are mildly enlarged, probably reactive. No ground-glass "
     "opacity is seen. There is no mosaic attenuation. No pleural effusion.",
     {FIB, BRX, LN}),
    ("dfs-07", "en",
     "Multiple small nodules are scattered in both lungs; metastases versus granulomas. A few of "
     "them are calcified. No lymphadenopathy. No pleural effusion. A hiatal hernia is present. "
     "Mild atherosclerotic calcification of the thoracic aorta. The heart is not enlarged.",
     {NOD, HH, AWC}),
    ("dfs-08", "en",
     "The right lower lobe abnormality is not consolidation; it is passive atelectasis adjacent to a "
     "large right pleural effusion. Bronchial wall thickening is present in both lower lobes. "
     "No emphysema. No pulmonary nodules. The heart size is normal.",
     {ATL, PE, PBT}),
    ("dfs-09", "en",
     "Bilateral peripheral ground-glass opacities. The findings may represent viral pneumonia or "
     "organizing pneumonia; drug-induced pneumonitis is unlikely. No pleural effusion. "
     "No lymphadenopathy. A right internal jugular central venous catheter terminates in the superior "
     "vena cava. Interlobular septal thickening is absent.",
     {OPA, MM}),
    ("dfs-10", "en",
     "Possible mild bronchiectasis with bronchial wall thickening in the right lower lobe. Air trapping "
     "is seen on the expiratory images, suggesting small airway disease. No emphysema. No nodule or "
     "mass. No pleural effusion.",
     {BRX, PBT, MOS}),
    ("dfs-11", "en",
     "A 9 mm solid nodule in the right upper lobe; primary lung cancer versus granuloma. "
     "No lymphadenopathy, no effusion. Mild paraseptal emphysema. Coronary calcifications in the RCA "
     "and LAD. Heart size is normal.",
     {NOD, EMP, CAC}),
    ("dfs-12", "en",
     "Consolidation with air bronchograms in the left lower lobe, likely pneumonia; an obstructing "
     "lesion cannot be excluded. Small left pleural effusion, probably parapneumonic. An enlarged "
     "subcarinal lymph node, reactive or neoplastic. No atelectasis. No emphysema. No cardiomegaly.",
     {CON, PE, LN}),
    ("dfs-13", "en",
     "The subpleural lesion in the left upper lobe represents fibrotic scarring rather than a nodule. "
     "Subsegmental atelectasis in the lingula. Moderate pericardial effusion. No pleural effusion. "
     "Calcification of the aortic wall. No hiatal hernia.",
     {FIB, ATL, PCE, AWC}),
    ("dfs-14", "en",
     "Hazy increased attenuation in the dependent portions of both lower lobes, which may be related to "
     "dependent atelectasis or hypoventilation. No interlobular septal thickening. A dual-chamber "
     "pacemaker with leads in the right atrium and right ventricle. Cardiomegaly. No pleural effusion.",
     {OPA, ATL, MM, CM}),
    ("dfs-15", "en",
     "Regional differences in lung attenuation that could represent either mosaic perfusion or "
     "ground-glass opacity. Mild bronchiectasis in both lower lobes. No consolidation. No nodules. "
     "No lymphadenopathy. No pleural effusion.",
     {MOS, OPA, BRX}),
    ("dfs-16", "en",
     "Focal consolidation in the right upper lobe; pneumonia versus invasive mucinous adenocarcinoma. "
     "Right hilar lymphadenopathy. A small hiatal hernia. No emphysema and no atelectasis. "
     "No pericardial effusion.",
     {CON, LN, HH}),
    ("dfs-17", "en",
     "At the right costophrenic angle the finding is not pleural effusion but pleural thickening. "
     "Centrilobular emphysema with bullae in the upper lobes. Peribronchial thickening. Multiple "
     "calcified granulomas in the right lung. No lymphadenopathy. The heart is normal in size.",
     {EMP, PBT, NOD}),
    ("dfs-18", "en",
     "Diffuse ground-glass opacity with superimposed interlobular septal thickening (crazy paving); the "
     "differential includes pulmonary alveolar proteinosis and Pneumocystis pneumonia. No consolidation. "
     "No pleural effusion. No lymphadenopathy. A nasogastric tube is in place. Coronary artery "
     "calcification is absent.",
     {OPA, IST, MM}),
    ("dfs-19", "en",
     "There is a dense opacity in the left lower lobe; on this noncontrast study we cannot differentiate "
     "consolidation from atelectasis. A small left pleural effusion. No emphysema. No bronchiectasis. "
     "Calcification of the thoracic aortic wall.",
     {OPA, CON, ATL, PE, AWC}),
    ("dfs-20", "en",
     "Either a small hiatal hernia or a patulous distal esophagus. The heart is mildly enlarged. "
     "No pericardial effusion. A 5 mm nodule in the left lower lobe, likely benign. No mediastinal lymph "
     "node enlargement. No emphysema, no fibrosis.",
     {HH, CM, NOD}),
    ("dfs-21", "en",
     "The left basal changes are thought to represent fibrotic bands rather than atelectasis. "
     "Bronchial wall thickening. Small right pleural effusion. No consolidation. A stent is present in "
     "the left anterior descending artery; no coronary calcification is seen.",
     {FIB, PBT, PE, MM}),
    ("dfs-22", "en",
     "Bilateral pleural effusions and a pericardial effusion, possibly related to heart failure. "
     "Cardiomegaly. Interlobular septal thickening, possibly from edema or lymphangitic spread. "
     "No lung nodules. No consolidation.",
     {PE, PCE, CM, IST}),
    ("dfs-23", "en",
     "Mosaic attenuation, which could be due to small airway disease or chronic thromboembolic disease. "
     "Bronchiectasis is unlikely; the airways are of normal caliber. No bronchial wall thickening. "
     "Mediastinal lymph nodes are not enlarged. Mild emphysema. No pleural effusion. Aortic "
     "calcification is present.",
     {MOS, EMP, AWC}),
    # ---------------- Japanese ----------------
    ("dfs-24", "ja",
     "右下葉後肺底区に楔状の濃度上昇域を認め、無気肺と浸潤影の鑑別を要する。少量の右胸水あり。"
     "心嚢水なし。縦隔・肺門リンパ節腫大なし。気腫性変化は認めない。",
     {OPA, ATL, CON, PE}),
    ("dfs-25", "ja",
     "舌区の淡い陰影は浸潤影ではなく無気肺と考える。両側上葉に小葉中心性肺気腫を認める。"
     "胸水は認めない。大動脈弓部に石灰化あり。心拡大なし。",
     {OPA, ATL, EMP, AWC}),
    ("dfs-26", "ja",
     "左胸水を中等量認め、癌性胸水の可能性がある。左上葉に18mm大の辺縁不整な結節あり。"
     "この結節は肺癌の可能性がある。左肺門リンパ節は短径15mmに腫大し、転移を疑う。"
     "浸潤影なし。心嚢液貯留なし。",
     {PE, NOD, LN}),
    ("dfs-27", "ja",
     "両肺にすりガラス影と小葉間隔壁肥厚を認める。肺水腫あるいは非定型肺炎を考える。"
     "両側に少量胸水あり。心拡大を認める。気管支拡張なし。冠動脈石灰化は認めない。",
     {OPA, IST, PE, CM}),
    ("dfs-28", "ja",
     "右中葉胸膜下に板状無気肺あるいは瘢痕を疑う所見を認める。胸骨正中切開後のワイヤーあり。"
     "冠動脈(左前下行枝)に石灰化を認める。胸水・心嚢水なし。肺結節なし。食道裂孔ヘルニアなし。",
     {ATL, FIB, MM, CAC}),
    ("dfs-29", "ja",
     "両側下葉胸膜下優位に線維化と蜂巣肺を認め、牽引性気管支拡張を伴う。UIPパターンを考えるが、"
     "線維性NSIPも鑑別に挙がる。縦隔リンパ節の軽度腫大あり、反応性と思われる。すりガラス影なし。"
     "胸水なし。",
     {FIB, BRX, LN}),
    ("dfs-30", "ja",
     "両肺に小結節が多発しており、転移または肉芽腫を考える。一部は石灰化を伴う。"
     "リンパ節腫大なし。胸水なし。食道裂孔ヘルニアを認める。胸部大動脈に軽度の石灰化。心拡大なし。",
     {NOD, HH, AWC}),
    ("dfs-31", "ja",
     "大量の右胸水を認める。右下葉の所見は浸潤影ではなく、胸水による受動無気肺と考える。"
     "両側下葉に気管支壁肥厚あり。肺気腫なし。結節なし。",
     {ATL, PE, PBT}),
    ("dfs-32", "ja",
     "両肺末梢にすりガラス影を認める。ウイルス性肺炎または器質化肺炎の可能性がある。"
     "薬剤性肺障害は否定的。胸水なし。リンパ節腫大なし。右内頸静脈から中心静脈カテーテルが挿入され、"
     "先端は上大静脈に位置する。小葉間隔壁肥厚は認めない。",
     {OPA, MM}),
    ("dfs-33", "ja",
     "右下葉に軽度の気管支拡張および気管支壁肥厚の疑い。呼気CTでエアトラッピングを認め、"
     "小気道病変が疑われる。肺気腫なし。結節・腫瘤なし。胸水なし。",
     {BRX, PBT, MOS}),
    ("dfs-34", "ja",
     "右上葉に9mm大の充実性結節を認める。原発性肺癌と肉芽腫の鑑別を要する。"
     "リンパ節腫大や胸水はない。軽度の傍隔壁型肺気腫あり。右冠動脈と左前下行枝に石灰化あり。"
     "心拡大なし。",
     {NOD, EMP, CAC}),
    ("dfs-35", "ja",
     "左下葉に気管支透亮像を伴う浸潤影を認め、肺炎を考える。閉塞性病変も否定できない。"
     "少量の左胸水があり、随伴性胸水と思われる。気管分岐下リンパ節腫大あり、反応性あるいは腫瘍性。"
     "無気肺なし。心拡大なし。",
     {CON, PE, LN}),
    ("dfs-36", "ja",
     "左上葉胸膜下の病変は結節ではなく瘢痕と考える。舌区に亜区域性無気肺あり。"
     "中等量の心嚢液貯留を認める。胸水なし。大動脈壁石灰化あり。食道裂孔ヘルニアなし。",
     {FIB, ATL, PCE, AWC}),
    ("dfs-37", "ja",
     "両肺にモザイク灌流またはすりガラス影を疑う所見がある。両側下葉に軽度の気管支拡張。"
     "浸潤影なし。結節なし。縦隔リンパ節腫大なし。胸水なし。",
     {MOS, OPA, BRX}),
    ("dfs-38", "ja",
     "両側胸水と心嚢液貯留を認め、心不全によるものの可能性がある。心拡大あり。"
     "小葉間隔壁肥厚を認め、肺水腫あるいは癌性リンパ管症を考える。肺結節なし。浸潤影なし。",
     {PE, PCE, CM, IST}),
    ("dfs-39", "ja",
     "左肺底部の変化は無気肺ではなく線維化と考える。気管支壁肥厚あり。少量の右胸水。浸潤影なし。"
     "冠動脈ステント留置後。冠動脈石灰化なし。",
     {FIB, PBT, PE, MM}),
    ("dfs-40", "ja",
     "びまん性のすりガラス影に小葉間隔壁肥厚が重なり、crazy-paving appearanceを呈する。"
     "肺胞蛋白症やニューモシスチス肺炎が鑑別に挙がる。浸潤影なし。胸水なし。リンパ節腫大なし。"
     "経鼻胃管が留置されている。冠動脈石灰化は認めない。",
     {OPA, IST, MM}),
    ("dfs-41", "ja",
     "左下葉に濃度上昇を認めるが、単純CTでは浸潤影と無気肺の区別は困難である。少量の左胸水あり。"
     "肺気腫なし。気管支拡張なし。胸部大動脈壁に石灰化あり。",
     {OPA, CON, ATL, PE, AWC}),
    ("dfs-42", "ja",
     "小さな食道裂孔ヘルニアまたは下部食道の拡張を疑う。軽度の心拡大。心嚢水なし。"
     "左下葉に5mm大の結節があり、良性の可能性が高い。縦隔リンパ節腫大なし。肺気腫や線維化はみられない。",
     {HH, CM, NOD}),
    ("dfs-43", "ja",
     "右肋骨横隔膜角の所見は胸水ではなく胸膜肥厚と考える。上葉優位に小葉中心性肺気腫とブラを認める。"
     "気管支周囲肥厚あり。右肺に石灰化肉芽腫が多発している。リンパ節腫大なし。心拡大なし。",
     {EMP, PBT, NOD}),
    ("dfs-44", "ja",
     "右上葉に限局性の浸潤影を認め、肺炎あるいは浸潤性粘液性腺癌を考える。右肺門リンパ節腫大あり。"
     "小さな食道裂孔ヘルニア。肺気腫なし、無気肺なし。心嚢液なし。",
     {CON, LN, HH}),
    ("dfs-45", "ja",
     "両肺にモザイクパターンを認め、小気道病変または慢性血栓塞栓症による可能性がある。"
     "気管支拡張は否定的。気管支壁肥厚なし。縦隔リンパ節は腫大していない。軽度の肺気腫あり。"
     "胸水なし。大動脈石灰化あり。",
     {MOS, EMP, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("dfs-24", OPA): "CT-RATE convention: an opacity explained as atelectasis (here offered as atelectasis or consolidation) is not labelled Lung opacity",
    ("dfs-25", OPA): "CT-RATE convention: an opacity explained as atelectasis is not labelled Lung opacity",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
