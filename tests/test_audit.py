"""shoken audit: every disagreement between a shipped label file and an engine, with evidence."""
import csv
import json

import pytest

from shoken.cli import main
from shoken.core.schema import load_schema
from shoken.evaluation.audit import audit

NAMES = load_schema("ct-rate-18").names
REPORTS = {
    "r1": "Small left pleural effusion. No pulmonary nodule.",
    "r2": "Centrilobular emphysema in both upper lobes.",
    "r3": "Normal study.",
    "r4": "右胸水を認める。肺結節は認めない。",
}
# shipped labels: r1 says nodule (engine: denied), r2 misses emphysema, r3 agrees,
# r4 agrees; "r9" has no report
SHIPPED = {
    "r1": {"Pleural effusion": 1, "Lung nodule": 1},
    "r2": {},
    "r3": {},
    "r4": {"Pleural effusion": 1},
    "r9": {"Cardiomegaly": 1},
}


@pytest.fixture
def files(tmp_path):
    rep = tmp_path / "reports.csv"
    with open(rep, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        for i, t in REPORTS.items():
            w.writerow([i, t])
    lab = tmp_path / "shipped.csv"
    with open(lab, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", *NAMES])
        for i, pos in SHIPPED.items():
            w.writerow([i, *[pos.get(n, 0) for n in NAMES]])
    return rep, lab


def test_audit_runs_engine_and_lists_disagreements_with_evidence(files):
    rep, lab = files
    res = audit(lab, reports=rep)
    assert res.n_reports == 4 and res.only_shipped == 1 and res.only_engine == 0
    got = {(d.id, d.finding): d for d in res.disagreements}
    assert set(got) == {("r1", "Lung nodule"), ("r2", "Emphysema")}
    nod = got[("r1", "Lung nodule")]
    assert (nod.shipped, nod.engine, nod.state) == (1, 0, "negative")
    assert nod.first("cue") == "No" and nod.first("sentence") == "No pulmonary nodule."
    assert nod.kind == "shipped 1, engine 0"
    emph = got[("r2", "Emphysema")]
    assert (emph.shipped, emph.engine, emph.state) == (0, 1, "positive")
    assert emph.first("text") == "emphysema"
    assert res.n_changed_reports == 2 and res.n_labels == 4 * len(NAMES)
    c = res.counts()
    assert c["Lung nodule"] == {"shipped 1, engine 0": 1, "shipped 0, engine 1": 0}
    tab = res.summary_table()
    total = tab.rows[-1]
    assert total[0] == "total" and total[5] == 2
    assert "2 of 72 labels differ, in 2 of 4 reports" in tab.note


def test_audit_from_engine_output_file(files, tmp_path):
    rep, lab = files
    out = tmp_path / "rules.jsonl"
    assert main(["label", str(rep), "-o", str(out), "-q"]) == 0
    res = audit(lab, out)
    assert {(d.id, d.finding) for d in res.disagreements} == {("r1", "Lung nodule"), ("r2", "Emphysema")}
    assert res.disagreements[0].evidence  # evidence comes from the JSONL
    csv_out = tmp_path / "rules.csv"
    assert main(["label", str(rep), "-o", str(csv_out), "-q"]) == 0
    res2 = audit(lab, csv_out)
    assert len(res2.disagreements) == 2 and res2.disagreements[0].state is None  # CSV: labels only


def test_audit_writers(files, tmp_path):
    rep, lab = files
    res = audit(lab, reports=rep)
    res.write(tmp_path / "d.csv")
    rows = list(csv.DictReader(open(tmp_path / "d.csv", encoding="utf-8")))
    assert [(r["id"], r["finding"], r["shipped"], r["engine"], r["cue"]) for r in rows] == [
        ("r1", "Lung nodule", "1", "0", "No"), ("r2", "Emphysema", "0", "1", "")]
    res.write(tmp_path / "d.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[0]["evidence"][0]["sentence"] == "No pulmonary nodule."
    res.write(tmp_path / "d.json")
    full = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert full["n_disagreements"] == 2 and full["only_shipped"] == 1
    res.write(tmp_path / "d.md")
    assert "| r1 | Lung nodule | 1 | 0 |" in (tmp_path / "d.md").read_text(encoding="utf-8")
    from shoken.core.errors import InputError
    with pytest.raises(InputError):
        res.write(tmp_path / "d.txt")


def test_cli_audit(files, tmp_path, capsys):
    rep, lab = files
    out = tmp_path / "dis.csv"
    assert main(["audit", "--labels", str(lab), "--reports", str(rep), "-o", str(out)]) == 0
    cap = capsys.readouterr()
    assert "2 of 72 labels differ" in cap.out and "Lung nodule" in cap.out
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    # no id in common: one-line error, exit 2
    other = tmp_path / "other.csv"
    other.write_text("id,text\nzz,Normal.\n", encoding="utf-8")
    assert main(["audit", "--labels", str(lab), "--reports", str(other)]) == 2
    assert "no report id is on both sides" in capsys.readouterr().err
