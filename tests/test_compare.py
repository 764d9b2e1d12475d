"""shoken compare: side-by-side metrics, differences, statistics, robustness, files and CLI."""
import csv
import json

import numpy as np
import pytest

pytest.importorskip("scipy")
pytest.importorskip("matplotlib")

from shoken.cli import main  # noqa: E402
from shoken.evaluation.compare import Table, compare, llm_failures  # noqa: E402
from shoken.evaluation.metrics import evaluate_arrays  # noqa: E402

NAMES = ["Pleural effusion", "Lung nodule", "Emphysema", "Atelectasis"]


@pytest.fixture
def schema(tmp_path):
    p = tmp_path / "mini.yaml"
    body = "name: mini-4\nfindings:\n" + "".join(f"  - name: {n}\n" for n in NAMES)
    p.write_text(body, encoding="utf-8")
    return str(p)


def write_csv(path, ids, labels):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", *NAMES])
        for i, row in zip(ids, labels):
            w.writerow([i, *map(int, row)])
    return path


def write_jsonl(path, ids, labels, scores, meta=None):
    with open(path, "w", encoding="utf-8") as fh:
        for k, (i, row, sc) in enumerate(zip(ids, labels, scores)):
            rec = {"id": i, "findings": {n: {"label": int(row[j]), "state": "positive" if row[j] else "absent",
                                             "score": float(sc[j]), "evidence": []}
                                         for j, n in enumerate(NAMES)}}
            if meta and k in meta:
                rec["meta"] = meta[k]
            fh.write(json.dumps(rec) + "\n")
    return path


@pytest.fixture
def data(tmp_path):
    rng = np.random.default_rng(0)
    n = 40
    ids = [f"r{i:02d}" for i in range(n)]
    gold = (rng.random((n, len(NAMES))) < 0.4).astype(int)
    gold[:, 0] = 0
    gold[:4, 0] = 1
    flip = lambda p: np.where(rng.random(gold.shape) < p, 1 - gold, gold)  # noqa: E731
    a, b = flip(0.15), flip(0.05)
    sb = np.clip(0.6 * b + 0.4 * rng.random(gold.shape), 0, 1)
    c = flip(0.1)
    sc = np.clip(0.6 * c + 0.4 * rng.random(gold.shape), 0, 1)
    # predictions in a shuffled order, with one extra id: alignment must follow the gold ids
    perm = rng.permutation(n)
    paths = {
        "gold": write_csv(tmp_path / "gold.csv", ids, gold),
        "a": write_csv(tmp_path / "rules.csv", [ids[i] for i in perm] + ["extra"],
                       np.vstack([a[perm], np.zeros((1, len(NAMES)), int)])),
        "b": write_jsonl(tmp_path / "llm.jsonl", ids, b, sb, meta={3: {"llm": {"parse_error": "no JSON"}}}),
        "c": write_jsonl(tmp_path / "revised.jsonl", ids, c, sc),
    }
    return {"paths": paths, "gold": gold, "a": a, "b": b, "c": c, "sb": sb, "sc": sc, "ids": ids}


def test_side_by_side_metrics_match_evaluate_arrays(data, schema):
    p = data["paths"]
    cmp = compare(p["gold"], [p["a"], p["b"]], names=["rules", "llm"], schema=schema, n_boot=200)
    assert cmp.names == ["rules", "llm"]
    ref_a = evaluate_arrays(data["gold"], data["a"], NAMES)
    ref_b = evaluate_arrays(data["gold"], data["b"], NAMES, scores=data["sb"])
    ra, rb = cmp.system("rules").report, cmp.system("llm").report
    assert ra.macro_f1 == pytest.approx(ref_a.macro_f1)
    assert ra.exact_match == pytest.approx(ref_a.exact_match)
    assert rb.micro_f1 == pytest.approx(ref_b.micro_f1)
    assert [f.auc for f in rb.findings] == pytest.approx([f.auc for f in ref_b.findings])
    assert all(f.auc is None for f in ra.findings)  # CSV: no scores
    # F1 differences to the baseline (the first system)
    cols, mat = cmp.f1_difference_matrix()
    assert cols == ["llm − rules"]
    assert mat[:, 0] == pytest.approx([fb.f1 - fa.f1 for fa, fb in zip(ref_a.findings, ref_b.findings)])
    # the LLM failure in the JSONL meta is counted
    assert cmp.system("llm").failures == 1 and cmp.system("rules").failures == 0
    assert llm_failures(p["b"]) == 1 and llm_failures(p["a"]) == 0


def test_pairwise_statistics(data, schema):
    from scipy import stats as st

    p = data["paths"]
    cmp = compare(p["gold"], [p["a"], p["b"], p["c"]], names=["a", "b", "c"], schema=schema, n_boot=300, seed=1)
    assert cmp.pairs == [("a", "b"), ("a", "c"), ("b", "c")]
    g = data["gold"]
    ca, cb = (g == data["a"]).all(1), (g == data["b"]).all(1)
    m = cmp.mcnemar[("a", "b")]
    assert (m.b, m.c) == (int((ca & ~cb).sum()), int((~ca & cb).sum()))
    assert m.pvalue == pytest.approx(st.binomtest(min(m.b, m.c), m.b + m.c, 0.5).pvalue)
    t = cmp.paired[("a", "b")]
    fa, fb = cmp.system("a").f1, cmp.system("b").f1
    assert t.t_pvalue == pytest.approx(st.ttest_rel(fb, fa).pvalue)
    assert t.wilcoxon_pvalue == pytest.approx(st.wilcoxon(fb, fa).pvalue)
    boot = cmp.bootstrap
    iv = boot["systems"]["b"]["macro_f1"]
    assert iv.low <= iv.estimate <= iv.high
    d = boot["differences"][("a", "b")]["exact_match"]
    assert d.estimate == pytest.approx(cb.mean() - ca.mean())


def test_robustness_deltas_include_auc(data, schema):
    p = data["paths"]
    cmp = compare(p["gold"], [], schema=schema, robustness=(p["b"], p["c"]),
                  robustness_names=("machine-translated", "revised"), n_boot=100)
    r = cmp.robustness
    ref_b = evaluate_arrays(data["gold"], data["b"], NAMES, scores=data["sb"])
    ref_c = evaluate_arrays(data["gold"], data["c"], NAMES, scores=data["sc"])
    assert r.delta("f1") == pytest.approx([c.f1 - b.f1 for b, c in zip(ref_b.findings, ref_c.findings)])
    assert r.delta("auc") == pytest.approx([c.auc - b.auc for b, c in zip(ref_b.findings, ref_c.findings)])
    assert r.changed.tolist() == (data["b"] != data["c"]).sum(0).tolist()
    t = cmp.robustness_table()
    macro = next(row for row in t.rows if row[0] == "macro")
    assert macro[3] == pytest.approx(ref_c.macro_f1 - ref_b.macro_f1)
    assert macro[6] == pytest.approx(ref_c.macro_auc - ref_b.macro_auc)
    assert "revised − machine-translated" in t.title


def test_tables_render(data, schema):
    p = data["paths"]
    cmp = compare(p["gold"], [p["a"], p["b"]], schema=schema, n_boot=50)
    names = [t.name for t in cmp.tables()]
    assert names == ["summary", "metrics", "f1_differences", "significance", "label_distribution"]
    for t in cmp.tables():
        assert len(t.to_csv().splitlines()) == len(t.rows) + 1
        md = t.to_markdown()
        assert md.count("\n|") >= len(t.rows) + 1
        assert t.to_html().count("<tr>") == len(t.rows) + 1
        json.dumps(t.to_dict())
    # default names are file stems; sorted gold distribution
    assert cmp.names == ["rules", "llm"]
    dist = cmp.distribution_table().rows
    assert [r[1] for r in dist] == sorted([r[1] for r in dist], reverse=True)
    tb = Table("x", "X & <y>", ["a", "b|c"], [["p<q", 0.5], ["r", None]])
    assert "&lt;y&gt;" in tb.to_html() and "p&lt;q" in tb.to_html()
    assert "b\\|c" in tb.to_markdown()


def test_errors(data, schema, tmp_path):
    from shoken.core.errors import InputError, ShokenError

    p = data["paths"]
    with pytest.raises(ShokenError, match="nothing to compare"):
        compare(p["gold"], [], schema=schema)
    with pytest.raises(ShokenError, match="--name"):
        compare(p["gold"], [p["a"], p["b"]], names=["x"], schema=schema)
    short = write_csv(tmp_path / "short.csv", data["ids"][:5], data["a"][:5])
    with pytest.raises(InputError, match="no prediction"):
        compare(p["gold"], [short], schema=schema)
    same = compare(p["gold"], [p["a"], p["a"]], schema=schema, n_boot=20)
    assert same.names == ["rules", "rules-2"]


def test_write_outputs_and_html_contains_every_table(data, schema, tmp_path):
    p = data["paths"]
    cmp = compare(p["gold"], [p["a"], p["b"]], names=["rules", "llm"], schema=schema,
                  robustness=(p["b"], p["c"]), n_boot=100)
    out = tmp_path / "out"
    written = cmp.write(out)
    tables = cmp.tables()
    for t in tables:
        for ext in ("csv", "md", "json"):
            assert (out / f"{t.name}.{ext}").stat().st_size > 0
    full = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    assert list(full["systems"]) == ["rules", "llm", "llm (A)", "revised (B)"]
    assert "robustness" in full and len(full["robustness"]["delta_auc"]) == len(NAMES)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for t in tables:
        assert f'id="table-{t.name}"' in html
        assert t.title.replace("&", "&amp;").replace("<", "&lt;") in html or t.title in html.replace("&amp;", "&")
    for stem in ("label_distribution", "f1_bars", "f1_difference_heatmap", "roc_curves", "robustness_f1"):
        assert f'id="figure-{stem}"' in html
        assert (out / "figures" / f"{stem}.png").stat().st_size > 1000
        assert (out / "figures" / f"{stem}.svg").stat().st_size > 1000
    assert html.count("<svg") >= 5
    assert "src=\"http" not in html and "<script" not in html  # self-contained
    assert len(written["figures"]) == 10 and written["html"] == [out / "report.html"]


def test_cli_compare(data, schema, tmp_path, capsys):
    p = data["paths"]
    out = tmp_path / "cli"
    rc = main(["compare", "--gold", str(p["gold"]), str(p["a"]), str(p["b"]), "--name", "rules",
               "--name", "llm", "--robustness", str(p["b"]), str(p["c"]), "--robustness-name", "MT",
               "--robustness-name", "revised", "-s", schema, "-o", str(out), "--n-boot", "50",
               "--no-figures", "--no-html"])
    assert rc == 0
    cap = capsys.readouterr()
    assert "Summary" in cap.out and "Per-finding F1" in cap.out and "Robustness" in cap.out
    assert "revised − MT" in cap.out
    assert (out / "robustness.csv").exists() and not (out / "report.html").exists()
    with open(out / "summary.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["system"] for r in rows] == ["rules", "llm", "MT", "revised"]
    assert rows[1]["LLM failures"] == "1"
    # a bad input is one line and exit code 2
    rc = main(["compare", "--gold", str(tmp_path / "missing.csv"), str(p["a"]), "-s", schema, "-o", str(out)])
    assert rc == 2
    assert "missing.csv" in capsys.readouterr().err
