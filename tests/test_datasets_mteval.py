"""BLEU / ROUGE against values computed by hand on tiny texts."""
from __future__ import annotations

import csv
import json

import pytest

from shoken.cli import main
from shoken.datasets.mteval import Scorer, default_pairs, mt_eval

pytest.importorskip("nltk")
pytest.importorskip("rouge_score")
pytest.importorskip("fugashi")

HYP_JA = "右肺に結節を認めます。"   # 右肺 に 結節 を 認め ます 。
REF_JA = "左肺に結節を認めます。"   # 左肺 に 結節 を 認め ます 。 (first token differs)


def test_japanese_by_hand():
    s = Scorer("ja").score(HYP_JA, REF_JA)
    # n-gram precisions 6/7, 5/6, 4/5, 3/4; same length so no brevity penalty:
    # BLEU = (6/7 * 5/6 * 4/5 * 3/4) ** (1/4) = (3/7) ** 0.25
    assert s["bleu"] == pytest.approx((3 / 7) ** 0.25)  # 0.80911
    assert s["rouge1"] == pytest.approx(6 / 7)           # 6 of 7 unigrams
    assert s["rouge2"] == pytest.approx(5 / 6)           # 5 of 6 bigrams
    assert s["rougeL"] == pytest.approx(6 / 7)           # LCS of 6 tokens
    assert Scorer("ja").score(HYP_JA, HYP_JA)["bleu"] == pytest.approx(1.0)


def test_english_by_hand_and_smoothing():
    hyp, ref = "no pleural effusion seen", "no pleural effusion noted"
    s = Scorer("en").score(hyp, ref)
    # precisions 3/4, 2/3, 1/2, 0/1 -> method1 replaces 0 by 0.1/1:
    # BLEU = (0.75 * 2/3 * 0.5 * 0.1) ** 0.25 = 0.025 ** 0.25
    assert s["bleu"] == pytest.approx(0.025 ** 0.25)    # 0.39764
    assert s["rouge1"] == pytest.approx(0.75)
    assert s["rouge2"] == pytest.approx(2 / 3)
    assert s["rougeL"] == pytest.approx(0.75)
    assert Scorer("en", smoothing="none").score(hyp, ref)["bleu"] == pytest.approx(0.0)
    # brevity penalty: 3 hypothesis tokens, 4 reference tokens. Precisions 3/3, 2/2, 1/1 and
    # 0/1 (no 4-gram) -> 0.1 with method1; BP = exp(1 - 4/3):
    # BLEU = exp(-1/3) * 0.1 ** 0.25 = 0.716531 * 0.562341 = 0.402936
    short = Scorer("en").score("no pleural effusion", ref)
    assert short["bleu"] == pytest.approx(0.402936, abs=1e-6)
    assert short["rouge1"] == pytest.approx(2 * 1 * 0.75 / 1.75)  # P 3/3, R 3/4 -> F 6/7
    assert short["rouge1_p"] == pytest.approx(1.0) and short["rouge1_r"] == pytest.approx(0.75)


def test_mt_eval_rows_mean_sd_and_empties():
    rows = [(1, {"id": "a", "h": HYP_JA, "r": HYP_JA}),       # BLEU 1
            (2, {"id": "b", "h": HYP_JA, "r": REF_JA}),       # BLEU (3/7)**.25
            (3, {"id": "c", "h": "", "r": ""}),               # skipped
            (4, {"id": "d", "h": "", "r": REF_JA})]           # 0
    (res,) = mt_eval(rows, [("h", "r")], id_column="id", languages={"r": "ja"})
    assert res.n == 3 and res.n_skipped == 1 and res.language == "ja"
    b = (3 / 7) ** 0.25
    summ = res.summary()
    assert summ["bleu"]["mean"] == pytest.approx((1 + b + 0) / 3)
    m = (1 + b) / 3
    sd = (((1 - m) ** 2 + (b - m) ** 2 + m ** 2) / 2) ** 0.5
    assert summ["bleu"]["sd"] == pytest.approx(sd)
    assert [p["id"] for p in res.per_report] == ["a", "b", "d"]
    assert res.per_report[2]["rouge1"] == 0.0


def test_default_pairs():
    cols = ["VolumeName", "Findings_JPN_MT", "Findings_JPN_Revised", "Findings_JPN_Checked",
            "Impressions_JPN_MT", "Impressions_JPN_Revised"]
    assert default_pairs(cols) == [("Findings_JPN_MT", "Findings_JPN_Checked"),
                                   ("Impressions_JPN_MT", "Impressions_JPN_Revised")]


def test_mt_eval_cli(tmp_path, capsys):
    f = tmp_path / "e.csv"
    with open(f, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["VolumeName", "Findings_JPN_MT", "Findings_JPN_Checked", "Findings_EN", "Ref_EN"])
        w.writerow(["v1", HYP_JA, REF_JA, "no pleural effusion seen", "no pleural effusion noted"])
    assert main(["mt-eval", str(f), "--json"]) == 0
    (s,) = json.loads(capsys.readouterr().out)
    assert s["hypothesis"] == "Findings_JPN_MT" and s["language"] == "ja"
    assert s["bleu"]["mean"] == pytest.approx((3 / 7) ** 0.25)
    per = tmp_path / "per.csv"
    summary = tmp_path / "s.json"
    assert main(["mt-eval", str(f), "--hyp", "Findings_EN", "--ref", "Ref_EN", "--per-report", str(per),
                 "-o", str(summary)]) == 0
    out = capsys.readouterr().out
    assert "BLEU" in out and "method1" in out
    with open(per, newline="", encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["id"] == "v1" and float(row["bleu"]) == pytest.approx(0.025 ** 0.25)
    assert json.loads(summary.read_text())[0]["rouge2"]["mean"] == pytest.approx(2 / 3)
    assert main(["mt-eval", str(f), "--hyp", "Findings_EN"]) == 2
    assert main(["mt-eval", str(f), "--hyp", "X", "--ref", "Ref_EN"]) == 2
    err = capsys.readouterr().err
    assert "'X'" in err and "Traceback" not in err
