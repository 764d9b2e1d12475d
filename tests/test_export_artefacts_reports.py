"""Probe: chest CT reports as they come out of RIS / PACS / EHR exports, with the artefacts such
exports leave behind: HTML tags and entities (<br>, <p>, <div>, &nbsp;, &amp;, &lt;, &gt;,
&#12290;), literal backslash-n / backslash-r sequences, Windows line ends, RTF remnants (\\par,
{\\rtf1 ...}), doubled or missing spaces, non-breaking and zero-width spaces, a leading byte-order
mark, tabs, full-width spaces, text cut into fixed-width lines, quoting, and system headers and
footers (ID placeholders, dates, "Dictated by:", 読影医, 確定). The clinical content of each
report is an ordinary chest CT report with several findings present and several denied. The
reports were written for this file without looking at the engine's lexicon or cue lists; all
personal data are invented placeholders. Convention (CT-RATE): 1 when present or hedged, 0 when
denied, resolved, or not mentioned."""
from __future__ import annotations

from findings import ATL, AWC, BRX, CAC, CM, CON, EMP, FIB, HH, IST, LN, MM, MOS, NOD, OPA, PBT, PCE, PE, probe_tests

# (id, language, text, positive findings)
REPORTS: list[tuple[str, str, str, set[str]]] = [
    # ---------------- Japanese ----------------
    ("exa-01", "ja",
     "[ID]<br>検査日：YYYY/MM/DD<br>胸部単純CT<br><br>【所見】<br>両肺上葉に小葉中心性肺気腫を認めます。"
     "<br>右肺S6に径6mmの充実性結節があります。<br>胸水は認めません。<br>縦隔・肺門リンパ節の腫大はありません。"
     "<br>心拡大なし。<br>【診断】<br>肺気腫、右肺結節<br>読影医：[医師名]",
     {EMP, NOD}),
    ("exa-02", "ja",
     "<p>胸部CT（造影）</p><p>右下葉に浸潤影を認め、肺炎を疑います。&nbsp;周囲にすりガラス影を伴います。</p>"
     "<p>右胸水少量あり。</p><p>心嚢液貯留なし。&nbsp;縦隔リンパ節腫大なし。</p>"
     "<p>大動脈壁に石灰化を認めます。</p><p>確定</p>",
     {CON, OPA, PE, AWC}),
    ("exa-03", "ja",
     "所見：\\n両側下葉胸膜直下優位に蜂巣肺を認め、牽引性気管支拡張を伴います。\\n線維化は前回より進行しています。"
     "\\n小葉間隔壁の肥厚も見られます。\\n胸水なし。\\n肺結節は指摘できません。\\nリンパ節腫大なし。\\n読影医：[医師名]",
     {FIB, BRX, IST}),
    ("exa-04", "ja",
     "胸部CT\r\n\r\n所見:\r\n心拡大を認めます。\r\n心嚢液が少量貯留しています。\r\n両側胸水あり、左優位。"
     "\r\n両下葉に受動性無気肺を伴います。\r\n小葉間隔壁肥厚を認め、肺うっ血を疑います。\r\n肺気腫なし。リンパ節腫大なし。\r\n",
     {CM, PCE, PE, ATL, IST}),
    ("exa-05", "ja",
     "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 MS Mincho;}}\\f0\\fs20 胸部CT所見\\par 冠動脈（LAD）に石灰化を認めます。"
     "\\par 大動脈弓部に石灰化プラークあり。\\par 食道裂孔ヘルニアを認めます。\\par 肺野に結節や浸潤影は認めません。"
     "\\par 胸水・心嚢液なし。\\par}",
     {CAC, AWC, HH}),
    ("exa-06", "ja",
     "【所見】\t胸部ＣＴ\n　右肺上葉から中葉に気管支壁肥厚を認めます。　\n"
     "　両肺にモザイク灌流（mosaic attenuation）を認め、エアトラッピングを疑います。\n"
     "\t気管支拡張は明らかではありません。\n　無気肺なし。　胸水なし。\n【診断】\t細気管支炎疑い",
     {PBT, MOS}),
    ("exa-07", "ja",
     "\ufeff胸部CT\u200b所見：右肺尖部に陳旧性の瘢痕性変化を認めます。\u200b左上葉に石灰化結節（肉芽腫）があります。"
     "\u200b縦隔に石灰化したリンパ節を認めますが、腫大はありません。\u200b胸水なし。心拡大なし。",
     {FIB, NOD}),
    ("exa-08", "ja",
     "検査：胸部CT\u00a0\u00a0[ID]\u00a0\u00a0YYYY-MM-DD\n所見：\u00a0左下葉に径2.1cmの分葉状結節を認め、肺癌を疑います。"
     "\u00a0\u00a0同側肺門および縦隔リンパ節の腫大を認め、転移を疑います。\u00a0左胸水少量。\u00a0肺気腫なし。\u00a0心嚢液なし。",
     {NOD, LN, PE}),
    ("exa-09", "ja",
     "胸部CT所見　右中葉に板状無気\n肺を認めます。左下葉背側にす\nりガラス影を認めます。両側に\n"
     "少量の胸水あり。心拡大、心嚢\n液貯留なし。リンパ節腫大なし\n。肺結節は認めません。",
     {ATL, OPA, PE}),
    ("exa-10", "ja",
     "\"胸部CT：両肺に多発する小結節を認め、転移性肺腫瘍を疑います。\"\"縦隔リンパ節腫大なし。\"\"胸水なし。\""
     "\"右鎖骨下静脈よりCVポートが挿入され、先端は上大静脈にあります。\"\"肺気腫なし。\"",
     {NOD, MM}),
    ("exa-11", "ja",
     "&lt;所見&gt;<br/>両肺びまん性にすりガラス影を認めます&#12290;<br/>小葉間隔壁肥厚を伴い、crazy-paving patternを呈します&#12290;"
     "<br/>胸水なし&amp;心嚢液なし&#12290;<br/>縦隔リンパ節の軽度腫大あり&#12290;<br/>&lt;診断&gt;<br/>肺胞蛋白症疑い",
     {OPA, IST, LN}),
    ("exa-12", "ja",
     "患者ID：[ID]　氏名：[氏名]　検査日：[日付]\n依頼目的：肺炎の除外\n--------------------\n所見：\n"
     "肺野に浸潤影やすりガラス影は認めません。\n右上葉に嚢胞状のブラを認めます。\n両肺上葉に傍隔壁型肺気腫あり。\n"
     "胸水なし。心拡大なし。\n大動脈に石灰化を認めます。\n--------------------\n読影医：[医師名]　確定日時：[日付]\n確定",
     {EMP, AWC}),
    ("exa-13", "ja",
     "<div class=\"report\"><div>【検査】胸部CT</div><div>【所見】気管内チューブの先端は気管分岐部上3cmにあります。"
     "経鼻胃管が胃内に留置されています。右内頸静脈から中心静脈カテーテルが挿入されています。</div>"
     "<div>両下葉背側に浸潤影と無気肺を認めます。両側胸水あり。</div><div>気胸なし。縦隔気腫なし。</div></div>",
     {MM, CON, ATL, PE}),
    ("exa-14", "ja",
     "胸部CT\\r\\n所見：\\r\\n左上葉に部分充実型結節（径8mm、充実部3mm）を認めます。\\r\\n経過観察を推奨します。"
     "\\r\\n気管支壁の肥厚は認めません。\\r\\n冠動脈に石灰化を認めます（RCA、LAD）。\\r\\n胸水なし。\\r\\nリンパ節腫大なし。",
     {NOD, CAC}),
    ("exa-15", "ja",
     "\ufeff[ID]\r\n胸部CT 単純\r\n\r\n前回CT（[日付]）と比較。\r\n右下葉の浸潤影は消失しています。\r\n右胸水も消失。"
     "\r\n右下葉に線維性瘢痕が残存しています。\r\n新たな結節影なし。\r\n大動脈弁置換術後で人工弁を認めます。胸骨ワイヤーあり。"
     "\r\n\r\n読影医：[医師名]",
     {FIB, MM}),
    ("exa-16", "ja",
     "項目\t内容\n検査名\t胸部CT\n所見\t両側肺門および縦隔に多数の腫大リンパ節を認めます。\n"
     "所見\t両肺上葉優位に小結節を多数認め、サルコイドーシスを疑います。\n所見\t胸水なし、心嚢液なし。\n"
     "所見\t肺気腫や蜂巣肺は認めません。\n診断\tサルコイドーシス疑い",
     {LN, NOD}),
    ("exa-17", "ja",
     "所見&nbsp;:&nbsp;<br>&nbsp;&nbsp;心拡大あり。&nbsp;<br>&nbsp;&nbsp;冠動脈石灰化高度。<br>"
     "&nbsp;&nbsp;ペースメーカーが留置され、リードは右心房および右心室にあります。<br>"
     "&nbsp;&nbsp;胸水なし。心嚢水なし。<br>&nbsp;&nbsp;肺野に明らかな結節なし。",
     {CM, CAC, MM}),
    ("exa-18", "ja",
     "{\\rtf1\\ansi 胸部CT\\par\\par【所見】\\par\\tab 両肺下葉に気管支拡張と気管支壁肥厚を認めます。"
     "\\par\\tab 周囲に浸潤影が散在し、感染を疑います。\\par\\tab 無気肺なし。\\par\\tab 胸水なし。"
     "\\par\\tab 縦隔リンパ節腫大なし。\\par}",
     {BRX, PBT, CON}),
    ("exa-19", "ja",
     "「胸部CT所見：左肺上葉に  径3.5cmの腫瘤を認め、肺癌を疑います。  腫瘤より末梢に閉塞性無気肺を伴います。"
     "  右上葉に4mmの小結節があり、転移は否定できません。  左胸水あり。  縦隔リンパ節腫大あり。  心嚢液なし。」",
     {ATL, NOD, PE, LN}),
    ("exa-20", "ja",
     "胸部CT　　　[ID]　　[日付]\n所見：右上葉に小葉中心性肺気腫を認めま\nす。右下葉にすりガラス影が散在しています\n"
     "。胸水は認めま\nせん。縦隔リンパ節の腫大は認めま\nせん。心拡大は認めません。食道裂孔ヘル\nニアあり。",
     {EMP, OPA, HH}),
    ("exa-21", "ja",
     "所見：両\u200b側に少量の胸\u200b水を認めます。心\u200b拡大あり。小葉間\u200b隔壁の肥厚を認めます。"
     "肺\u200b結節なし。リンパ節\u200b腫大なし。\u200b",
     {PE, CM, IST}),
    ("exa-22", "ja",
     "胸部CT\u00a0単純\n[日付]\u00a0[ID]\n\n所見\n右肺上葉に径12mmの充実性結節を認めます。前回より増大しています。\n"
     "両肺にモザイク状の低吸収域があり、エアトラッピングが示唆されます。\n気管支壁肥厚あり。\n"
     "肺気腫は認めません。胸水なし。\n\n読影医：[医師名]\u00a0\u00a0確定：[日付]",
     {NOD, MOS, PBT}),
    ("exa-23", "ja",
     "<p>所見：\\n左胸腔ドレーンが挿入されています。\\n左気胸は改善し、左胸水は少量残存しています。"
     "\\n左下葉に圧排性無気肺を認めます。</p><p>皮下気腫を認めます。\\n肺気腫なし。\\n心嚢液なし。</p>",
     {MM, PE, ATL}),
    ("exa-24", "ja",
     "【依頼科】呼吸器内科　【依頼内容】間質性肺炎の評価、肺癌の除外\n【所見】\n"
     "　両側下葉末梢優位に網状変化と牽引性気管支拡張を認め、肺線維症と考えます。\n　蜂巣肺は明らかではありません。\n"
     "　明らかな腫瘤や結節は認めません。\n　縦隔リンパ節は軽度腫大しています（短径１２ｍｍ）。\n　胸水なし。\n"
     "【診断】線維化を伴う間質性肺炎\n【読影医】[医師名]　【確定】済",
     {FIB, BRX, LN}),
    ("exa-25", "ja",
     "\ufeff<br>胸部CT&nbsp;所見<br>\r\n右下葉に浸潤影を認めます。<br>\r\n右胸水少量。<br>\r\n"
     "気管支壁肥厚を伴い、気管支肺炎を考えます。<br>\r\n大動脈および腕頭動脈に石灰化あり。<br>\r\n"
     "心拡大なし。\u200b心嚢液なし。\u200bリンパ節腫大なし。<br>\r\n読影医：[医師名]&nbsp;確定",
     {CON, PE, PBT, AWC}),
    # ---------------- English ----------------
    ("exa-26", "en",
     "CT CHEST WITHOUT CONTRAST<br>Patient: [ID]<br>Date: [DATE]<br><br>FINDINGS:<br>"
     "There is centrilobular emphysema, most pronounced in the upper lobes.<br>"
     "A 7 mm solid nodule is seen in the right middle lobe.<br>No pleural effusion.<br>"
     "No mediastinal or hilar lymphadenopathy.<br>The heart is normal in size.<br><br>IMPRESSION:<br>"
     "Emphysema. Right middle lobe nodule; follow-up CT recommended.<br><br>Dictated by: [RADIOLOGIST]",
     {EMP, NOD}),
    ("exa-27", "en",
     "FINDINGS:\\nThe heart is enlarged.\\nSmall bilateral pleural effusions with adjacent compressive atelectasis."
     "\\nSmooth interlobular septal thickening in both lungs, compatible with interstitial edema."
     "\\nNo pericardial effusion.\\nNo consolidation.\\n\\nIMPRESSION:\\nFindings consistent with congestive heart failure.",
     {CM, PE, ATL, IST}),
    ("exa-28", "en",
     "EXAM: CT chest with contrast\r\nINDICATION: Cough, rule out pneumonia.\r\n\r\nFINDINGS:\r\n"
     "Lungs: No consolidation or ground-glass opacity. Mild bronchial wall thickening in the lower lobes. "
     "Mild cylindrical bronchiectasis in the right lower lobe.\r\nPleura: No effusion.\r\n"
     "Mediastinum: No enlarged lymph nodes. Small sliding hiatal hernia.\r\n\r\nIMPRESSION:\r\n"
     "1. No pneumonia.\r\n2. Mild airway disease with bronchiectasis.\r\n",
     {PBT, BRX, HH}),
    ("exa-29", "en",
     "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs20 FINDINGS:\\par "
     "Dense calcification of the left anterior descending and right coronary arteries.\\par "
     "Calcified atherosclerotic plaque in the aortic arch and descending aorta.\\par No pericardial effusion.\\par "
     "Lungs are clear without nodules or opacities.\\par No pleural effusion.\\par}",
     {CAC, AWC}),
    ("exa-30", "en",
     "FINDINGS:&nbsp;&nbsp;Right lower lobe consolidation with air bronchograms, surrounded by patchy ground-glass opacity."
     "&nbsp;&nbsp;Small right pleural effusion.&nbsp; Lymph nodes: a right hilar node measures 14 mm in short axis, "
     "enlarged, likely reactive.&nbsp; No emphysema.&nbsp; Heart size normal &amp; no pericardial effusion.<br>"
     "IMPRESSION:&nbsp;Right lower lobe pneumonia &gt; follow-up to resolution.",
     {CON, OPA, PE, LN}),
    ("exa-31", "en",
     "CT CHEST\u00a0\u00a0[ID]\u00a0\u00a0[DATE]\nFINDINGS:There is a 1.8 cm spiculated nodule in the left upper lobe,"
     "suspicious for primary lung malignancy.Enlarged subcarinal lymph node measuring 16 mm.  No pleural effusion.  "
     "No atelectasis.Mild paraseptal emphysema.\u00a0 Heart size is normal.",
     {NOD, LN, EMP}),
    ("exa-32", "en",
     "FINDINGS: Linear atelectasis in the lef\nt lower lobe. Patchy ground-glass opac\nity in the right upper lobe, possibly \n"
     "infectious. No pleural effusion. No me\ndiastinal lymphadenopathy. No pulmonar\ny nodules. Heart size is normal.",
     {ATL, OPA}),
    ("exa-33", "en",
     "\"CT CHEST: Tracheostomy tube in place. Right PICC line with tip at the cavoatrial junction. "
     "\"\"Bilateral lower lobe consolidations\"\" with small bilateral pleural effusions. No pneumothorax. "
     "No cardiomegaly. No lymphadenopathy.\"",
     {MM, CON, PE}),
    ("exa-34", "en",
     "\ufeffFINDINGS: Mosaic attenuation\u200b with air trapping on expiratory images.\u200b "
     "Bronchial wall thickening\u200b is present in both lungs.\u200b No bronchiectasis.\u200b No nodules.\u200b "
     "No pleural or pericardial effusion.\u200b IMPRESSION: Findings suggestive of small airways disease, "
     "such as constrictive bronchiolitis.",
     {MOS, PBT}),
    ("exa-35", "en",
     "EXAM:\tCT CHEST\nPATIENT:\t[ID]\nFINDINGS:\n\tLungs:\tSubpleural reticulation and honeycombing at both bases "
     "with traction bronchiectasis. No consolidation.\n\tPleura:\tNo effusion.\n\tHeart:\tNormal size. "
     "Calcified plaque in the descending thoracic aorta.\n\tNodes:\tNo enlarged nodes.\n"
     "IMPRESSION:\tUsual interstitial pneumonia pattern.\nDictated by:\t[RADIOLOGIST]",
     {FIB, BRX, AWC}),
    ("exa-36", "en",
     "<div class=\"hdr\">Accession: [ACC] | MRN: [ID]</div><div class=\"body\"><p><b>FINDINGS</b></p>"
     "<p>Median sternotomy wires and mediastinal surgical clips are noted. Coronary artery calcification is present.</p>"
     "<p>Mild cardiomegaly. Trace pericardial effusion.</p><p>No pleural effusion. No consolidation. No emphysema.</p>"
     "</div><div class=\"ftr\">Electronically signed by: [RADIOLOGIST] on [DATE]</div>",
     {MM, CAC, CM, PCE}),
    ("exa-37", "en",
     "Clinical history: known history of pneumonia, follow-up.\\n\\nFINDINGS: The patient&#8217;s prior left lower lobe "
     "consolidation has resolved. Previously seen left pleural effusion has also resolved. There are residual "
     "parenchymal bands in the left lower lobe. A few calcified granulomas in the right upper lobe. "
     "No new opacity. No lymphadenopathy.\\n\\nIMPRESSION: Resolved pneumonia with residual scarring.",
     {FIB, NOD}),
    ("exa-38", "en",
     "\\pard\\plain FINDINGS:\\line Diffuse ground-glass opacity with superimposed interlobular septal thickening "
     "(crazy paving).\\line Small mediastinal lymph nodes, none enlarged.\\line No pleural effusion.\\line "
     "Hiatal hernia is present.\\line No bronchiectasis.\\par",
     {OPA, IST, HH}),
    ("exa-39", "en",
     "RADIOLOGY REPORT        PAGE 1 OF 1\nPATIENT: [ID]           DOB: [DATE]\n"
     "------------------------------------------\nFINDINGS: SCATTERED MICRONODULES IN BOTH\n"
     "UPPER LOBES. MODERATE CENTRILOBULAR EMPH\nYSEMA. NO CONSOLIDATION. NO PLEURAL EFFUS\n"
     "ION. CALCIFIED CORONARY ARTERIES. NO HIAT\nAL HERNIA.\n------------------------------------------\n"
     "DICTATED BY: [RADIOLOGIST]  TRANSCRIBED: [DATE]",
     {NOD, EMP, CAC}),
    ("exa-40", "en",
     "FINDINGS :  Endotracheal tube  terminates 4 cm above the carina.Nasogastric tube   courses into the stomach .  "
     "Bilateral  dependent atelectasis  .  Small left pleural effusion.No pericardial effusion.No cardiomegaly ."
     "No consolidation.",
     {MM, ATL, PE}),
    ("exa-41", "en",
     "'CT CHEST. FINDINGS: Emphysematous bullae at the right apex. A 5 mm solid nodule in the left lower lobe, "
     "likely benign. Aortic wall calcification. No pleural effusion. No lymphadenopathy. Heart size is normal. "
     "IMPRESSION: \\'Bullous emphysema\\', stable.'",
     {EMP, NOD, AWC}),
    ("exa-42", "en",
     "\ufeffFINDINGS:\r\n\u00a0\u00a0- Enlarged heart.\r\n\u00a0\u00a0- Moderate pericardial effusion.\r\n"
     "\u00a0\u00a0- Small bilateral pleural effusions.\r\n"
     "\u00a0\u00a0- Dual-chamber pacemaker with leads in the right atrium and right ventricle.\r\n"
     "\u00a0\u00a0- No consolidation.\u200b\r\n\u00a0\u00a0- No lymphadenopathy.\r\n",
     {CM, PCE, PE, MM}),
    ("exa-43", "en",
     "<ul><li>No pulmonary nodules.</li><li>Patchy consolidation in the lingula, suspicious for pneumonia.</li>"
     "<li>Mild peribronchial thickening.</li><li>No pleural effusion.</li>"
     "<li>Enlarged right paratracheal lymph node (12 mm), probably reactive.</li><li>No hiatal hernia.</li></ul>",
     {CON, PBT, LN}),
    ("exa-44", "en",
     "FINDINGS: \\b0 Bilateral lower lobe bronchiectasis with mucus plugging.\\par \\b0 Mosaic attenuation is noted."
     "\\par Subsegmental atelectasis in the right middle lobe.\\par No emphysema. No pleural effusion. No cardiomegaly."
     "\\par Dictated by: [RADIOLOGIST] \\par Transcribed: [DATE]}",
     {BRX, MOS, ATL}),
    ("exa-45", "en",
     "FINDINGS:&lt;br&gt;\\tA 9 mm part-solid nodule is seen in the right upper lobe; adenocarcinoma cannot be excluded."
     "&lt;br&gt;\\tThere is mild bilateral apical scarring.&lt;br&gt;\\tNo enlarged lymph nodes.&lt;br&gt;"
     "\\tNo pleural effusion.&lt;br&gt;\\tAortic calcification.&lt;br&gt;\\tCoronary artery calcification is absent.",
     {NOD, FIB, AWC}),
]

OPEN: dict[tuple[str, str], str] = {
    # "Small mediastinal lymph nodes, none enlarged.": CT-RATE's hand labels call described
    # small nodes 1 (see the radiologist-style xfails), and the engine follows them
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
