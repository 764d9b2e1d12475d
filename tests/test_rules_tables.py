"""Tables in reports: a column per side (the finding is there if one side has it), a row whose
cells deny it, a context row headed by a tab."""
from __future__ import annotations

import pytest

from shoken.core.types import State
from shoken.engines import make_engine

ENGINE = make_engine("rules")

SIDED_EN = "Item\tRight\tLeft\nPleural effusion\tsmall\tnone\nConsolidation\tnone\tlingula\nNodule\tnone\tnone\n"
SIDED_MD = "| | Right | Left |\n|---|---|---|\n| Effusion | moderate | no |\n| Atelectasis | no | passive, LLL |\n| Nodule | no | no |\n"
SIDED_PM = "\tRt\tLt\nEffusion\t-\t+\nGGO\t+ (RUL, patchy)\t-\nNodules\t-\t-\n"
SIDED_JA = "\t右\t左\n胸水\tなし\t少量\nすりガラス影\tあり（上葉）\tなし\n肺結節\tなし\tなし\n"
# the same rows under columns that are not sides: the current column is the last
PRIOR = "Finding\tPrior (2021)\tCurrent\nPleural effusion\tmoderate right\tnone\nConsolidation\tRLL\tresolved\n"


@pytest.mark.parametrize("text, finding, state", [
    (SIDED_EN, "Pleural effusion", State.POSITIVE),
    (SIDED_EN, "Consolidation", State.POSITIVE),
    (SIDED_EN, "Lung nodule", State.NEGATIVE),
    (SIDED_MD, "Pleural effusion", State.POSITIVE),
    (SIDED_MD, "Atelectasis", State.POSITIVE),
    (SIDED_MD, "Lung nodule", State.NEGATIVE),
    (SIDED_PM, "Pleural effusion", State.POSITIVE),
    (SIDED_PM, "Lung opacity", State.POSITIVE),
    (SIDED_PM, "Lung nodule", State.NEGATIVE),
    (SIDED_JA, "Pleural effusion", State.POSITIVE),
    (SIDED_JA, "Lung opacity", State.POSITIVE),
    (SIDED_JA, "Lung nodule", State.NEGATIVE),
    (PRIOR, "Pleural effusion", State.NEGATIVE),
    (PRIOR, "Consolidation", State.NEGATIVE),
])
def test_a_table_with_a_column_per_side(text, finding, state):
    f = ENGINE.label([text])[0].findings[finding]
    assert f.state is state
    for ev in f.evidence:  # evidence still slices the original text
        assert text[ev.start:ev.end] == ev.text


def test_a_context_row_headed_by_a_tab_is_not_read():
    text = "Clinical question\tPneumonia? Pleural effusion?\nConsolidation\tNo\nPleural effusion\tNo\n"
    r = ENGINE.label([text])[0]
    assert r.findings["Pleural effusion"].state is State.NEGATIVE
    assert r.findings["Consolidation"].state is State.NEGATIVE


def test_row_cells_that_deny():
    text = "Coronary calcification\tnot assessed\nPericardial effusion\tN/A\nAtelectasis\tnil\nNodules\tnone\n"
    r = ENGINE.label([text])[0]
    for name in ("Coronary artery wall calcification", "Pericardial effusion", "Atelectasis", "Lung nodule"):
        assert r.findings[name].label == 0, name
