"""Probe: English chest CT reports in which the radiologist writes in the first person (or as
"we") and gives opinions rather than flat statements: negative raising ("I do not think there is
consolidation", "I don't see any pleural effusion", "We do not believe the nodes are enlarged"),
doubt and hedges ("I doubt this represents a nodule", "I suspect early bronchiectasis",
"I can't exclude a small effusion", "I wonder whether this is a small hiatal hernia"),
preferences ("I favour atelectasis over consolidation", "I would not call this emphysema"),
confidence ("I am fairly confident this is scarring", "I am not convinced of any septal
thickening"), and comparison ("I have reviewed the prior; the nodule is unchanged"). The probe
mixes present, denied, hedged and resolved findings, reports with no positive finding, and
negative controls (the clinician's question, findings only in the history, findings only
recommended to be checked). The reports were written for this file without looking at the
engine's lexicon or cue lists.
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
    ("efp-01", "en",
     ("Clinical question: ? pneumonia. I do not think there is any consolidation. I don't see a pleural "
      "effusion either. There is mild centrilobular emphysema in both upper lobes. The heart is normal in size."),
     {EMP}),
    ("efp-02", "en",
     ("I favour atelectasis over consolidation in the left lower lobe, given the volume loss and crowding of "
      "the vessels. There is a small left pleural effusion. I cannot see any mediastinal lymphadenopathy."),
     {ATL, PE}),
    ("efp-03", "en",
     ("I suspect early bronchiectasis in the right middle lobe; the bronchi are slightly larger than the "
      "accompanying arteries. There is associated bronchial wall thickening. I have not found any nodules."),
     {BRX, PBT}),
    ("efp-04", "en",
     ("We do not believe the hilar or mediastinal nodes are enlarged. There is calcification of the left "
      "anterior descending coronary artery. The lungs are clear, and we see no effusion."),
     {CAC}),
    ("efp-05", "en",
     ("I can't exclude a small right pleural effusion. Otherwise the lungs are clear to my eye. "
      "The thoracic aorta shows scattered calcified plaque."),
     {PE, AWC}),
    ("efp-06", "en",
     ("I am fairly confident this is scarring rather than a nodule: the linear density at the left apex has "
      "been stable since 2019. There is mild paraseptal emphysema. No pleural effusion."),
     {FIB, EMP}),
    ("efp-07", "en",
     ("I am not convinced of any septal thickening. There is faint ground-glass change in both lower lobes, "
      "which I would describe as subtle. Heart size is normal."),
     {OPA}),
    ("efp-08", "en",
     ("In my opinion the heart is enlarged. There is no pericardial effusion. I do not see any pulmonary "
      "oedema or septal lines. Pacemaker leads terminate in the right atrium and right ventricle."),
     {CM, MM}),
    ("efp-09", "en",
     ("I would describe the opacity in the right upper lobe as ground glass. It is ill-defined and about "
      "3 cm across, and I suspect it is infective. I don't see any consolidation."),
     {OPA}),
    ("efp-10", "en",
     ("To my eye there is mild mosaicism in both lungs, which could reflect small airways disease. "
      "I wonder whether there is also a small hiatal hernia. No consolidation."),
     {MOS, HH}),
    ("efp-11", "en",
     ("I have reviewed the prior CT from March; the 5 mm nodule in the left lower lobe is unchanged. "
      "I see no new nodules. There is no lymphadenopathy."),
     {NOD}),
    ("efp-12", "en",
     ("Thank you for the referral. I have looked carefully and I do not see any nodule, consolidation or "
      "effusion. The airways look normal to me. The heart and great vessels are unremarkable. "
      "I would regard this as a normal study."),
     set()),
    ("efp-13", "en",
     ("History: known emphysema, previous right pleural effusion. I don't think there is any emphysema on "
      "this scan, to be honest; the lung density looks normal to me. The previous right effusion has resolved."),
     set()),
    ("efp-14", "en",
     ("I do not see any lung nodule. The lungs are clear. I would suggest a dedicated cardiac CT if coronary "
      "calcium scoring is required."),
     set()),
    ("efp-15", "en",
     ("I doubt this represents a nodule; it looks more like a vessel seen end-on to me. There is a small "
      "focus of consolidation in the posterior right lower lobe, which I think is due to aspiration."),
     {CON}),
    ("efp-16", "en",
     ("I would not call this emphysema; the lucencies have walls and are more in keeping with cysts. "
      "There is reticulation and honeycombing at both bases with traction bronchiectasis, which we think "
      "represents a UIP pattern."),
     {FIB, BRX}),
    ("efp-17", "en",
     ("We think the small left pleural effusion seen previously has resolved. I don't see any residual "
      "consolidation in the lingula either. There is a little linear atelectasis at the left base."),
     {ATL}),
    ("efp-18", "en",
     ("Clinical details: cough, ? lymphoma, ? lymphadenopathy. I do not think there is any lymphadenopathy; "
      "all nodes are within normal limits by size criteria. The lungs look clear to me. "
      "There is mild aortic calcification."),
     {AWC}),
    ("efp-19", "en",
     ("I think there is a moderate pericardial effusion, up to 15 mm deep. The heart itself is not enlarged "
      "in my view. There are small bilateral pleural effusions."),
     {PCE, PE}),
    ("efp-20", "en",
     ("I'm struck by the diffuse bronchial wall thickening, which I suspect is asthmatic. To my eye there is "
      "also air trapping giving a mosaic pattern. I don't think there is bronchiectasis."),
     {PBT, MOS}),
    ("efp-21", "en",
     ("I wondered at first whether the soft tissue behind the heart was a hiatus hernia; it contains an "
      "air-fluid level, so I'm reasonably sure it is. Coronary artery calcification is extensive."),
     {HH, CAC}),
    ("efp-22", "en",
     ("I am not sure there is any real ground glass; I think the lung density simply reflects a suboptimal "
      "inspiration. There is some subsegmental atelectasis at both bases."),
     {ATL}),
    ("efp-23", "en",
     ("In my opinion there is early interlobular septal thickening at both bases, suggesting fluid overload. "
      "I also see small bilateral pleural effusions. The heart is at the upper limit of normal size."),
     {IST, PE}),
    ("efp-24", "en",
     ("We note a right-sided PICC line with its tip in the SVC. I do not think the line is associated with "
      "any complication, and I can't see a pneumothorax."),
     {MM}),
    ("efp-25", "en",
     ("I suspect this 2.5 cm mass in the right upper lobe is a primary lung carcinoma. I'd describe the "
      "right hilar nodes as enlarged, the largest measuring 16 mm in short axis."),
     {NOD, LN}),
    ("efp-26", "en",
     ("I think this 5 cm mass in the left lower lobe is likely to be malignant. There is post-obstructive "
      "collapse of the basal segments. I have not seen any separate nodules."),
     {ATL}),
    ("efp-27", "en",
     ("I'd be surprised if this was anything other than a small sliding hiatus hernia. "
      "I really don't think there's any effusion."),
     {HH}),
    ("efp-28", "en",
     ("There is no convincing evidence, in my view, of pulmonary fibrosis. I do see a few tiny calcified "
      "nodules, which I would regard as benign granulomas."),
     {NOD}),
    ("efp-29", "en",
     ("My impression is of a right lower lobe pneumonia with dense consolidation and air bronchograms. "
      "I don't see an effusion. I would recommend a follow-up CT in six weeks to confirm resolution and to "
      "exclude an underlying nodule."),
     {CON}),
    ("efp-30", "en",
     ("I've compared with the CT of 2022. The previously described ground-glass opacity in the left upper "
      "lobe has gone. I can no longer see the right paratracheal node. The sternal wires are intact."),
     {MM}),
    ("efp-31", "en",
     ("I'm not sure whether the lingular density is scarring or atelectasis; either way, I doubt it is "
      "clinically significant."),
     {FIB, ATL}),
    ("efp-32", "en",
     ("No lymphadenopathy that I can see. I'm confident there is no pleural or pericardial effusion. "
      "The lungs are clear. I would call this a normal CT chest."),
     set()),
    ("efp-33", "en",
     ("Question from the ward: ? pulmonary embolism, ? effusion. There is a moderate left pleural effusion "
      "with compressive atelectasis. I cannot comment on embolism as this is a non-contrast study."),
     {PE, ATL}),
    ("efp-34", "en",
     ("I think the nodes in the aortopulmonary window, up to 8 mm, are reactive. There is mild cardiomegaly, "
      "I believe."),
     {LN, CM}),
    ("efp-35", "en",
     ("To me, the lung bases show a little honeycombing. I don't think it has progressed since last year. "
      "I doubt there is a hiatal hernia."),
     {FIB}),
    ("efp-36", "en",
     ("There is pericardial thickening, which we think is post-surgical. Sternotomy wires are in situ. "
      "I don't see any pleural effusion."),
     {PCE, MM}),
    ("efp-37", "en",
     ("I would not describe the airways as bronchiectatic, although the bronchial walls are mildly thickened "
      "in the lower lobes."),
     {PBT}),
    ("efp-38", "en",
     ("I'm fairly certain the 'nodule' reported on the previous study was a confluence of vessels; I can't "
      "find it today. The thoracic aorta is calcified."),
     {AWC}),
    ("efp-39", "en",
     ("There is, I believe, patchy ground glass in the right lower lobe. I'd favour an infective cause. "
      "I see no effusion and no lymphadenopathy."),
     {OPA}),
    ("efp-40", "en",
     ("I don't think this is consolidation; I'd describe it as ground-glass opacity with superimposed "
      "septal thickening, a crazy-paving appearance."),
     {OPA, IST}),
    ("efp-41", "en",
     ("We cannot confidently exclude a small pericardial effusion. The coronary arteries are heavily "
      "calcified in my view."),
     {PCE, CAC}),
    ("efp-42", "en",
     ("There is an endotracheal tube and a nasogastric tube. I think there is bilateral lower lobe "
      "consolidation, left more than right, and I can't exclude aspiration. Small bilateral effusions."),
     {MM, CON, PE}),
    ("efp-43", "en",
     ("I have reviewed the prior study; the left lower lobe consolidation has completely resolved. "
      "I see some residual fibrotic bands, which I'd expect."),
     {FIB}),
    ("efp-44", "en",
     ("I am not convinced there is any emphysema. I don't see any nodules. I wonder whether the slightly "
      "dilated oesophagus reflects achalasia."),
     set()),
    ("efp-45", "en",
     ("Referral: smoker, ? emphysema, lung cancer screening. Unfortunately I'd say the emphysema is quite "
      "marked, centrilobular and upper lobe predominant. I don't see any pulmonary nodule."),
     {EMP}),
    ("efp-46", "en",
     ("We did consider mosaic attenuation, but on the expiratory images there is no air trapping and we "
      "think the lung density is homogeneous. There is a calcified plaque in the left subclavian artery."),
     {AWC}),
    ("efp-47", "en",
     ("The clinician asks whether there is a hiatus hernia. I don't see one. I do see, however, a couple of "
      "enlarged lower paratracheal nodes, which I suspect are reactive, the largest 13 mm."),
     {LN}),
    ("efp-48", "en",
     ("I think the right-sided chest drain is well positioned. The right pleural effusion is much smaller "
      "than before but has not completely resolved."),
     {MM, PE}),
    ("efp-49", "en",
     ("I'd like to draw your attention to the right lower lobe nodule, which I measure at 9 mm; I suspect "
      "it has grown slightly. I'd suggest PET-CT. I don't think the hila are enlarged."),
     {NOD}),
    ("efp-50", "en",
     ("In my view the heart is not enlarged and there is no pericardial effusion. I can't see any coronary "
      "calcification. The lungs are clear. There is no abnormality that I can identify."),
     set()),
    ("efp-51", "en",
     ("I'd say there is probably some atelectasis at the left base, although it is difficult to separate "
      "from the small pleural effusion that I also think is there."),
     {ATL, PE}),
    ("efp-52", "en",
     ("I'm afraid I cannot rule out early interstitial fibrosis; there is faint subpleural reticulation at "
      "both bases. I don't see any traction bronchiectasis or honeycombing."),
     {FIB}),
    ("efp-53", "en",
     ("Post CABG. I see sternotomy wires and surgical clips. I wouldn't describe any of the vein grafts as "
      "calcified, but the native coronary arteries certainly are."),
     {MM, CAC}),
]

OPEN: dict[tuple[str, str], str] = {
    ("efp-22", OPA): "a doubt ('not sure there is any real ground glass') settled by an alternative explanation in the next clause (suboptimal inspiration): read as a hedge, so present",
    ("efp-34", LN): "nodes named by station only ('the nodes in the aortopulmonary window, up to 8 mm'): no lymph-node word for the lexicon",
    ("efp-38", NOD): "an earlier report's 'nodule' in quotation marks, reread as vessels and not found today: the reread and the 'can't find it' back-reference are not joined to the mention",
    ("efp-46", MOS): "a finding considered and set aside by the reasoning that follows ('We did consider mosaic attenuation, but ... no air trapping'): 'consider' is no cue",
    ("efp-53", CAC): "an ellipsis ('..., but the native coronary arteries certainly are' [calcified]): the elided predicate is not read",
}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
