"""Checks on the hand-labeled CT-RATE reports in ../shared (skipped when absent).

The floor is far below the measured dev figures (docs/benchmarks.md); it catches a
broken lexicon or scope logic, not small regressions.
"""
import csv

import pytest

from shoken.core.types import Report
from shoken.engines import make_engine
from shoken.evaluation.metrics import evaluate_arrays
from shoken.evaluation.splits import is_dev


@pytest.mark.shared
@pytest.mark.parametrize("lang, col", [("ja", "JPN"), ("en", "EN")])
def test_rule_engine_on_dev_split(shared_data, lang, col):
    rows = [r for r in csv.DictReader(open(shared_data, encoding="utf-8")) if is_dev(r["AccessionNo"])]
    assert len(rows) > 100
    eng = make_engine("rules")
    names = eng.schema.names
    res = eng.label([Report(id=r["AccessionNo"], text=r[f"Findings_{col}"] + "\n\n" + r[f"Impressions_{col}"])
                     for r in rows])
    assert all(x.language == lang for x in res)
    rep = evaluate_arrays([[int(r[n]) for n in names] for r in rows],
                          [[x.findings[n].label for n in names] for x in res], names)
    assert rep.macro_f1 > 0.85 and rep.exact_match > 0.4


@pytest.mark.shared
def test_label_cli_on_shared_file(shared_data, tmp_path):
    from shoken.cli import main

    out = tmp_path / "labels.csv"
    assert main(["label", str(shared_data), "-o", str(out), "-q"]) == 0
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert len(rows) == 800 and rows[0]["id"].startswith("train_")
