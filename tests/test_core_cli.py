import csv
import json
import subprocess
import sys

import pytest

from shoken.cli import main
from shoken.core.schema import load_schema


def run(*args):
    return main([str(a) for a in args])


def test_label_example_end_to_end(tmp_path, capsys):
    assert run("examples", tmp_path / "ex") == 0
    out = tmp_path / "labels.csv"
    assert run("label", tmp_path / "ex" / "reports.csv", "-o", out) == 0
    rows = list(csv.reader(open(out, encoding="utf-8")))
    assert rows[0] == ["id", *load_schema().names]
    assert len(rows) == 11
    assert all(v in ("0", "1") for r in rows[1:] for v in r[1:])
    jl = tmp_path / "labels.jsonl"
    assert run("label", tmp_path / "ex" / "reports.csv", "-o", jl, "-q") == 0
    objs = [json.loads(line) for line in open(jl, encoding="utf-8")]
    assert objs[0]["id"] == "ja-001"
    f = objs[0]["findings"]["Emphysema"]
    assert set(f) == {"label", "state", "score", "evidence"} and f["label"] == 1
    assert {"start", "end", "text", "cue"} <= set(f["evidence"][0])
    # evaluate against the hand-made gold labels: table, JSON, CSV, Markdown
    rep = tmp_path / "rep.json"
    assert run("evaluate", "--gold", tmp_path / "ex" / "gold.csv", "--pred", jl, "-o", rep,
               "-o", tmp_path / "rep.csv", "-o", tmp_path / "rep.md") == 0
    d = json.loads(rep.read_text(encoding="utf-8"))
    assert d["n_reports"] == 10 and len(d["findings"]) == 18
    assert 0.0 <= d["macro_f1"] <= 1.0 and d["macro_auc"] is not None
    assert "| macro |" in (tmp_path / "rep.md").read_text(encoding="utf-8")
    assert "exact_match" in (tmp_path / "rep.csv").read_text(encoding="utf-8")
    captured = capsys.readouterr()
    assert "macro" in captured.out


def test_label_plain_id_text_no_flags(tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_text("id,text\na,両側胸水を認める。\nb,No pleural effusion.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert run("label", inp, "-o", out) == 0
    rows = {r["id"]: r for r in csv.DictReader(open(out, encoding="utf-8"))}
    assert rows["a"]["Pleural effusion"] == "1" and rows["b"]["Pleural effusion"] == "0"


def test_multiple_text_columns(tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_text("AccessionNo,Findings_JPN,Impressions_JPN\nx,胸水は認めない。,肺気腫。\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert run("label", inp, "-o", out, "--text-column", "Findings_JPN", "--text-column", "Impressions_JPN", "-q") == 0
    obj = json.loads(out.read_text(encoding="utf-8"))
    assert obj["id"] == "x"
    assert obj["findings"]["Emphysema"]["evidence"][0]["section"] == "impression"


@pytest.mark.parametrize("body, expect", [
    ("id,txt\n1,a\n", "column 'text'"),
    ("id,text\n1,a\n1,b\n", "duplicate id"),
    ("", "file is empty"),
])
def test_bad_input_is_one_line_no_traceback(tmp_path, body, expect):
    inp = tmp_path / "in.csv"
    inp.write_text(body, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "shoken", "label", str(inp), "-o", str(tmp_path / "o.csv")],
                       capture_output=True, text=True)
    assert p.returncode == 2
    err = [line for line in p.stderr.splitlines() if "error" in line]
    assert len(err) == 1 and expect in err[0] and "in.csv" in err[0]
    assert "Traceback" not in p.stderr
    assert not (tmp_path / "o.csv").exists()


def test_report_text_not_logged(tmp_path):
    inp = tmp_path / "in.csv"
    secret = "秘密の患者テキスト胸水"
    inp.write_text(f"id,text\n1,{secret}\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "shoken", "label", str(inp), "-o", str(tmp_path / "o.csv")],
                       capture_output=True, text=True)
    assert p.returncode == 0 and secret not in p.stderr + p.stdout


def test_schemas_and_help(capsys):
    assert run("schemas") == 0
    assert run("schemas", "chexpert-14") == 0
    out = capsys.readouterr().out
    assert "ct-rate-18" in out and "Pleural Effusion" in out
    p = subprocess.run([sys.executable, "-m", "shoken", "--help"], capture_output=True, text=True)
    assert p.returncode == 0 and "label" in p.stdout and "evaluate" in p.stdout


def test_evaluate_missing_predictions(tmp_path):
    names = load_schema().names
    g = tmp_path / "g.csv"
    g.write_text("id," + ",".join(names) + "\n1," + ",".join("0" * len(names)) + "\n2," + ",".join("1" * len(names)) + "\n",
                 encoding="utf-8")
    pr = tmp_path / "p.csv"
    pr.write_text("id," + ",".join(names) + "\n1," + ",".join("0" * len(names)) + "\n", encoding="utf-8")
    assert run("evaluate", "--gold", g, "--pred", pr) == 2


def test_usage_errors_are_one_line(tmp_path):
    p = subprocess.run([sys.executable, "-m", "shoken", "label", "x.csv", "-o", str(tmp_path / "o.csv"),
                        "--batch-size", "abc"], capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr and "batch-size" in p.stderr


def test_messages_are_one_line_even_with_long_paths(tmp_path):
    """Piped stderr (logs, CI) gets one line per message: rich must not break a long file
    path across lines (a broken path cannot be copied or grepped)."""
    import subprocess
    import sys

    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    inp = deep / "reports.csv"
    inp.write_text("id,text\n1,胸水は認めない。\n", encoding="utf-8")
    out = deep / "labels.csv"
    res = subprocess.run([sys.executable, "-c", "from shoken.cli import run; run()", "label", str(inp),
                          "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    done = [line for line in res.stderr.splitlines() if line.startswith("labeled ")]
    assert len(done) == 1 and str(out) in done[0], res.stderr
