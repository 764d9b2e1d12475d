"""Probe: English chest CT reports laid out as tables or key-value lists, the way structured-report
templates export them: "Finding<TAB>Result" rows, "Right<TAB>Left" column tables, "- Emphysema: mild"
bullets, "Present / Absent" choices with the chosen option marked in various ways ("[Absent]",
"PRESENT / absent", "Yes | **No**", checkboxes, arrows), "+ / - / ±" marks, rows left blank
("Lymphadenopathy:"), "not assessed" / "N/A" rows, pipe-separated tables, prior/current columns,
free-text comment rows at the end that add or correct something, and negative controls (rows named
after a finding whose value is a denial or not assessed). The reports were written for this file
without looking at the engine's lexicon or cue lists.
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
    ("etb-01", "en",
     ("CHEST CT STRUCTURED REPORT\nFinding\tResult\nPleural effusion\tNo\nCardiomegaly\tYes (mild)\n"
      "Nodules\tRUL 6 mm\nEmphysema\tNo\nLymphadenopathy\tNo\nCoronary calcification\tYes\n"),
     {CM, NOD, CAC}),
    ("etb-02", "en",
     ("FINDINGS\n- Emphysema: mild\n- Bronchial wall thickening: present\n- Nodules: none\n"
      "- Effusion: none\n- Heart size: normal\n- Aorta: scattered calcified plaques\n"),
     {EMP, PBT, AWC}),
    ("etb-03", "en",
     ("Item\tRight\tLeft\nPleural effusion\tsmall\tnone\nAtelectasis\tbasal, compressive\tnone\n"
      "Consolidation\tnone\tlingula\nNodule\tnone\tnone\n"),
     {PE, ATL, CON}),
    ("etb-04", "en",
     ("Emphysema: Present / [Absent]\nPleural effusion: [Present] / Absent\n"
      "Pericardial effusion: Present / [Absent]\n"
      "Lymphadenopathy: [Present] / Absent - subcarinal node 14 mm short axis\n"
      "Hiatal hernia: Present / [Absent]\n"),
     {PE, LN}),
    ("etb-05", "en",
     ("LUNG PARENCHYMA\nGround-glass opacity: PRESENT / absent\nConsolidation: present / ABSENT\n"
      "Interlobular septal thickening: PRESENT / absent\nMosaic attenuation: present / ABSENT\n"
      "Bronchiectasis: present / ABSENT\n"),
     {OPA, IST}),
    ("etb-06", "en",
     ("CARDIOVASCULAR\nCardiomegaly  [ ] Yes  [x] No\nPericardial effusion  [ ] Yes  [x] No\n"
      "Coronary artery calcification  [x] Yes  [ ] No\nAortic calcification  [x] Yes  [ ] No\n"
      "OTHER\nHiatal hernia  [x] Yes  [ ] No\n"),
     {CAC, AWC, HH}),
    ("etb-07", "en",
     ("Legend: + present, - absent, \u00b1 equivocal\nEmphysema\t+\nBronchiectasis\t-\n"
      "Bronchial wall thickening\t\u00b1\nMosaic attenuation\t-\nNodule\t+ (LLL 4 mm)\nPleural effusion\t-\n"),
     {EMP, PBT, NOD}),
    ("etb-08", "en",
     ("Lymphadenopathy:\nPleural effusion: none\nNodules:\nEmphysema: centrilobular, upper lobes\n"
      "Cardiomegaly:\nComments: mediastinal lymph nodes are not enlarged.\n"),
     {EMP}),
    ("etb-09", "en",
     ("Coronary calcification\tnot assessed (motion artefact)\nPericardial effusion\tN/A\n"
      "Lung nodules\tnone\nAtelectasis\tbibasal subsegmental\n"
      "Medical devices\tright IJ central venous catheter, tip in SVC\n"),
     {ATL, MM}),
    ("etb-10", "en",
     ("| Finding | Grade |\n|---|---|\n| Emphysema | moderate |\n| Fibrosis | none |\n"
      "| Honeycombing | absent |\n| Bronchiectasis | mild, cylindrical, lower lobes |\n"
      "| Pleural effusion | trace, left |\n"),
     {EMP, BRX, PE}),
    ("etb-11", "en",
     ("Finding\tResult\nPleural effusion\tNo\nConsolidation\tNo\nNodule\tNo\nCardiomegaly\tNo\n"
      "ADDENDUM: a small right pleural effusion is present; the template default 'No' above was not updated.\n"),
     {PE}),
    ("etb-12", "en",
     ("Finding\tResult\nEmphysema\tNone\nNodule\tNone\nLymphadenopathy\tNone\nPleural effusion\tNone\n"
      "Pericardial effusion\tNone\nCardiomegaly\tNone\nImpression\tNormal chest CT.\n"),
     set()),
    ("etb-13", "en",
     ("Fibrosis\tno\nEmphysema\tnot present\nGround glass\tnot seen\nConsolidation\tabsent\n"
      "Atelectasis\tnil\nPleura\tunremarkable\nHeart\tnormal size\nAorta\tnormal calibre, no calcification\n"),
     set()),
    ("etb-14", "en",
     ("\tRight\tLeft\nEffusion\t-\t+\nAtelectasis\t-\t+ (LLL, passive)\nNodules\t-\t-\n"
      "GGO\t+ (RUL, patchy)\t-\n"),
     {PE, ATL, OPA}),
    ("etb-15", "en",
     ("Devices: dual-chamber pacemaker, leads in RA and RV\nSternotomy wires: yes\nHeart: enlarged\n"
      "Pericardium: thickened, no effusion\nCoronaries: heavy calcification (post CABG)\nLungs: clear\n"),
     {MM, CM, PCE, CAC}),
    ("etb-16", "en",
     ("Esophagus\tsmall sliding hiatal hernia\nLymph nodes\tsubcentimetric, largest 8 mm short axis, right paratracheal\n"
      "Lungs\tno nodules or consolidation\nPleura\tno effusion\nHeart\tnormal size\n"),
     {HH, LN}),
    ("etb-17", "en",
     ("| Mosaic attenuation | yes, with air trapping on expiratory images |\n"
      "| Bronchial wall thickening | yes |\n| Bronchiectasis | no |\n| Nodules | no |\n"
      "| Pleural effusion | no |\n"),
     {MOS, PBT}),
    ("etb-18", "en",
     ("Pleural effusion: Yes | *No*\nPericardial effusion: *Yes* | No - small, 8 mm rim\n"
      "Cardiomegaly: *Yes* | No\nInterlobular septal thickening: *Yes* | No\nLymphadenopathy: Yes | *No*\n"),
     {PCE, CM, IST}),
    ("etb-19", "en",
     ("COMPARISON: CT 3 months ago\nConsolidation\tresolved (previously RLL)\nPleural effusion\tresolved\n"
      "Atelectasis\tnone\nNodule\tstable 5 mm, LUL\nFibrotic band\tyes, RLL (post-inflammatory)\n"),
     {NOD, FIB}),
    ("etb-20", "en",
     ("Clinical question\tPneumonia? Pleural effusion?\nConsolidation\tNo\nGround-glass\tNo\n"
      "Pleural effusion\tNo\nEmphysema\tMild paraseptal\nImpression\tNo pneumonia.\n"),
     {EMP}),
    ("etb-21", "en",
     ("Indication\tHistory of pleural effusion and right upper lobectomy\nPleural effusion\tnone\n"
      "Nodule\t4 mm RML, unchanged\nSurgical clips\tright hilum\nStaple line\tRUL bronchial stump, intact\n"),
     {NOD, MM}),
    ("etb-22", "en",
     ("Lung parenchyma:\n - Emphysema: none\n - Fibrosis: subpleural reticulation at both bases, no honeycombing\n"
      " - Traction bronchiectasis: mild\n - GGO: minimal, basal\nPleura: no effusion\n"),
     {FIB, BRX, OPA}),
    ("etb-23", "en",
     ("NODULE TABLE\nNo.\tLocation\tSize\tType\n1\tRUL\t7 mm\tsolid\n2\tLLL\t4 mm\tsolid\n"
      "Other findings\tnone\n"),
     {NOD}),
    ("etb-24", "en",
     ("Lesion\tRUL mass, 4.5 x 3.8 cm, spiculated\nAdditional nodules\tnone\n"
      "Hilar nodes\tright hilar 15 mm\nPleural effusion\tnone\n"
      "Atelectasis\tpostobstructive, RUL apical segment\n"),
     {LN, ATL}),
    ("etb-25", "en",
     ("Primary lesion\tLUL, 2.2 cm, spiculated (biopsy-proven adenocarcinoma)\n"
      "Mediastinal nodes\tnot enlarged\nPleural effusion\tnone\nEmphysema\tsevere, upper-lobe predominant\n"),
     {NOD, EMP}),
    ("etb-26", "en",
     ("Study\tCT chest without contrast\nLungs\tNo nodules, no consolidation\nPleura\tNo effusion\n"
      "Mediastinum\tNo lymphadenopathy\nHeart\tNormal\nVessels\tNo calcification\nUpper abdomen\tN/A\n"),
     set()),
    ("etb-27", "en",
     ("Atelectasis\tpossible, left base\nConsolidation\tcannot be excluded, RLL\nEffusion\tNo\n"
      "Nodules\tNo\nRecommendation\tshort-interval follow-up\n"),
     {ATL, CON}),
    ("etb-28", "en",
     ("Zone\tRight\tLeft\nUpper\tclear\tparaseptal emphysema\nMiddle/Lingula\tclear\tsubsegmental atelectasis\n"
      "Lower\t5 mm solid nodule\tclear\nPleura\tthickened, no effusion\tnormal\n"),
     {EMP, ATL, NOD}),
    ("etb-29", "en",
     ("Pleural effusion (-)\nPericardial effusion (-)\nLymphadenopathy (+) right paratracheal 12 mm\n"
      "Coronary calcification (+)\nAortic calcification (+)\nHiatal hernia (-)\n"),
     {LN, CAC, AWC}),
    ("etb-30", "en",
     ("Finding\tResult\nNodules\tNo\nEmphysema\tNo\nEffusion\tNo\n"
      "Comment\tIncidental small hiatal hernia. Mild bilateral bronchial wall thickening, likely bronchitis.\n"),
     {HH, PBT}),
    ("etb-31", "en",
     ("Finding\tResult\nConsolidation\tYes (RLL)\nPleural effusion\tNo\nNodule\tNo\n"
      "Comment\tCorrection: on review the RLL density is atelectasis, not consolidation.\n"),
     {ATL}),
    ("etb-32", "en",
     ("* Heart: enlarged\n* Pleural effusion: bilateral, moderate\n* Interlobular septa: smooth thickening\n"
      "* GGO: patchy, dependent\n* Pericardium: no effusion\n"),
     {CM, PE, IST, OPA}),
    ("etb-33", "en",
     ("Device\tPosition\nEndotracheal tube\ttip 4 cm above carina\nNasogastric tube\ttip in stomach\n"
      "Right chest drain\tapical\nCentral line\tleft subclavian, tip in SVC\n"
      "Pneumothorax\tsmall right apical\nConsolidation\tbilateral lower lobes\n"),
     {MM, CON}),
    ("etb-34", "en",
     ("Devices\tnone\nStents\tnone\nAorta\tnormal calibre, mural calcification\n"
      "Coronary arteries\tno calcification\nHeart\tnormal size\nLungs\tclear\n"),
     {AWC}),
    ("etb-35", "en",
     ("| | Right | Left |\n|---|---|---|\n| Effusion | moderate | small |\n"
      "| Atelectasis | passive, RLL | passive, LLL |\n| Consolidation | no | no |\n| Nodule | no | no |\n"),
     {PE, ATL}),
    ("etb-36", "en",
     ("Mosaic attenuation\tnot seen\nAir trapping\tnot assessed (no expiratory images)\n"
      "Bronchiectasis\tvaricose, RML and lingula\nBronchial wall thickening\tyes\nTree-in-bud\tyes, RML\n"),
     {BRX, PBT}),
    # # 2026-12-07: crazy paving alone is not interlobular septal thickening in CT-RATE train (7 of 8 reports label it 0)
    ("etb-37", "en",
     ("CO-RADS\t5\nGGO\tbilateral, peripheral, multifocal\nCrazy paving\tpresent\nConsolidation\tRLL, small\n"
      "Pleural effusion\tabsent\nLymphadenopathy\tabsent\nSeverity score\t12/25\n"),
     {OPA, CON}),
    ("etb-38", "en",
     ("Pattern\tProbable UIP\nHoneycombing\tAbsent\nReticulation\tPresent, basal subpleural\n"
      "Traction bronchiectasis\tPresent\nGGO\tAbsent\nEmphysema\tPresent (upper lobes)\nMosaic\tAbsent\n"),
     {FIB, BRX, EMP}),
    ("etb-39", "en",
     ("Lung-RADS\t2\nNodule 1\tRLL 5 mm solid\nEmphysema\tmild centrilobular\n"
      "Coronary artery calcium\tmoderate\nOther\tnone\n"),
     {NOD, EMP, CAC}),
    ("etb-40", "en",
     ("Lung-RADS\t1\nNodules\tnone\nEmphysema\tnone\nCoronary artery calcium\tnone\n"
      "Significant incidental findings\tnone\n"),
     set()),
    ("etb-41", "en",
     ("Pericardial effusion: Yes / No -> No\nCardiomegaly: Yes / No -> Yes\nHiatal hernia: Yes / No -> No\n"
      "Pleural effusion: Yes / No -> Yes, small left\n"),
     {CM, PE}),
    ("etb-42", "en",
     ("Heart\tnot assessed (non-gated)\nCoronary calcification\tnot assessed\n"
      "Lungs\tbibasal dependent density, otherwise clear\nPleura\tno effusion\nMediastinum\tunremarkable\n"),
     {OPA}),
    ("etb-43", "en",
     ("Finding\tResult\nAll\tNormal\n"
      "Comment\tOn review: 3 mm perifissural nodule in the right upper lobe, likely intrapulmonary lymph node; "
      "mild centrilobular emphysema.\n"),
     {NOD, EMP}),
    ("etb-44", "en",
     ("Cardiomegaly:\nPericardial effusion:\nPleural effusion: small bilateral\nLymphadenopathy:\n"
      "Consolidation: left lower lobe, with air bronchograms\n"),
     {PE, CON}),
    ("etb-45", "en",
     ("Finding\tPrior (2021)\tCurrent\nPleural effusion\tmoderate right\tnone\nConsolidation\tRLL\tresolved\n"
      "Nodule RUL\t6 mm\t6 mm\nAtelectasis\tRLL\tminimal residual linear\n"),
     {NOD, ATL}),
    ("etb-46", "en",
     ("Emphysema \u2610 Present \u2611 Absent\nBronchiectasis \u2611 Present \u2610 Absent\n"
      "Mosaic attenuation \u2611 Present \u2610 Absent\nPeribronchial thickening \u2610 Present \u2611 Absent\n"),
     {BRX, MOS}),
    ("etb-47", "en",
     ("Lymph nodes\tmultiple mediastinal nodes, short axis up to 7 mm, not reaching pathological size\n"
      "Nodule\tnone\nFibrosis\tapical pleuroparenchymal scarring, bilateral\nHiatal hernia\tmoderate\n"),
     {LN, FIB, HH}),
    ("etb-48", "en",
     ("Esophagus\tnormal, no hiatal hernia\nPericardium\tnormal\nLymph nodes\tnot enlarged\n"
      "Lungs\tmild bronchial wall thickening\nPleura\tnormal\n"),
     {PBT}),
    ("etb-49", "en",
     ("| Finding | Status |\n|---|---|\n| Cardiomegaly | - |\n| Pericardial effusion | - |\n"
      "| Pleural effusion | + |\n| Atelectasis | + |\n| Lung opacity | N/A |\n| Nodule | - |\n"),
     {PE, ATL}),
    ("etb-50", "en",
     ("Emphysema: present / ABSENT\nNodule: present / ABSENT\nEffusion: present / ABSENT\n"
      "Lymphadenopathy: present / ABSENT\nComment: no acute cardiopulmonary abnormality.\n"),
     set()),
    ("etb-51", "en",
     ("Cardiomegaly: Yes | **No**\nCoronary calcification: **Yes** | No\nAortic wall calcification: **Yes** | No\n"
      "Pleural effusion: Yes | **No**\nComment: aortic valve prosthesis in situ.\n"),
     {CAC, AWC, MM}),
    ("etb-52", "en",
     ("Nodules\tLLL 8 mm\nAtelectasis\tplate-like, lingula\nEmphysema\t\u2014\n"
      "Comment\tThe LLL 'nodule' is a vessel on multiplanar review; no true nodule.\n"),
     {ATL}),
    ("etb-53", "en",
     ("\tRight\tLeft\nEffusion\tnone\tnone\nConsolidation\tnone\tnone\nGGO\tnone\tLUL, focal\n"
      "Septal thickening\tnone\tnone\nBronchiectasis\tRLL, cylindrical\tnone\n"),
     {OPA, BRX}),
]

OPEN: dict[tuple[str, str], str] = {}

probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN, minimum=40)
