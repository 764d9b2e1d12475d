"""Side-by-side comparison of labelers against one gold file.

>>> cmp = compare("gold.csv", ["rules.jsonl", "llm.jsonl"], names=["rules", "llm"])  # doctest: +SKIP
>>> cmp.write("out/")                                                              # doctest: +SKIP

Every prediction file is read with :func:`shoken.evaluation.labels.read_labels`,
aligned to the gold ids with :func:`~shoken.evaluation.labels.align` (every gold id must be
predicted; extra predicted ids are ignored) and scored with
:func:`~shoken.evaluation.metrics.evaluate_arrays`. On top of the per-system metrics a
:class:`Comparison` holds

* per-finding F1 differences to the first system (the baseline);
* paired bootstrap confidence intervals of macro-F1 and exact match, per system and for
  every pair's difference (:func:`shoken.evaluation.stats.bootstrap`);
* McNemar's test on per-report exact match, and the paired t-test and Wilcoxon
  signed-rank test over per-finding F1, for every pair;
* optionally, robustness deltas (:class:`Robustness`): the same engine run on two
  versions of the same reports (e.g. machine-translated and radiologist-revised), as
  ``second - first`` per finding, with the AUC change when the files carry scores.

Tables are :class:`Table` objects that render as CSV, Markdown, JSON and HTML.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from shoken.core.errors import ShokenError
from shoken.core.schema import Schema, load_schema
from shoken.evaluation.labels import LabelTable, align, read_labels
from shoken.evaluation.metrics import EvaluationReport, evaluate_arrays
from shoken.evaluation import stats as _stats


# ---------------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------------
def _fmt(v: Any, digits: int) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (float, np.floating)):
        v = float(v)
        if v != v:
            return ""
        if abs(v) < 1e-12:
            v = 0.0
        if abs(v) != 0 and abs(v) < 10 ** -digits:
            return f"{v:.2e}"
        return f"{v:.{digits}f}"
    return str(v)


@dataclass
class Table:
    """A named table: ``name`` is the file stem, ``title`` the heading."""

    name: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    note: str = ""

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.columns)
        for r in self.rows:
            w.writerow([_fmt(v, 4) for v in r])
        return buf.getvalue()

    def to_markdown(self) -> str:
        esc = lambda s: s.replace("|", "\\|")  # noqa: E731
        lines = [f"### {self.title}", ""]
        lines.append("| " + " | ".join(esc(c) for c in self.columns) + " |")
        lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(self.columns))) + "|")
        for r in self.rows:
            lines.append("| " + " | ".join(esc(_fmt(v, 3)) for v in r) + " |")
        if self.note:
            lines += ["", self.note]
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        e = html.escape
        head = "".join(f"<th>{e(c)}</th>" for c in self.columns)
        body = []
        for r in self.rows:
            cells = []
            for i, v in enumerate(r):
                cls = "" if i == 0 else ' class="num"'
                cells.append(f"<td{cls}>{e(_fmt(v, 3))}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        note = f'<p class="note">{e(self.note)}</p>' if self.note else ""
        return (f'<section class="table" id="table-{e(self.name)}"><h3>{e(self.title)}</h3>'
                f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
                f"{note}</section>")

    def to_dict(self) -> dict[str, Any]:
        def plain(v):
            if isinstance(v, (np.floating, np.integer)):
                return v.item()
            if isinstance(v, float) and v != v:
                return None
            return v
        return {"name": self.name, "title": self.title, "columns": self.columns,
                "rows": [[plain(v) for v in r] for r in self.rows], "note": self.note}


# ---------------------------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------------------------
@dataclass(eq=False)
class System:
    """One compared labeler: its predictions aligned to the gold order, and its metrics."""

    name: str
    path: str
    labels: np.ndarray            # (n, k), gold order
    scores: np.ndarray | None     # (n, k) or None
    report: EvaluationReport
    failures: int = 0             # LLM reports whose output failed (JSONL meta), counted as 0

    @property
    def f1(self) -> np.ndarray:
        return np.array([f.f1 for f in self.report.findings])

    def correct(self, gold: np.ndarray) -> np.ndarray:
        """Per-report exact match (all findings right)."""
        return (self.labels == gold).all(axis=1)


@dataclass(eq=False)
class Robustness:
    """The same labeler on two inputs of the same reports; deltas are ``b - a``."""

    a: System
    b: System
    mcnemar: _stats.McNemarResult
    paired: _stats.PairedTests
    bootstrap: dict[str, Any]
    changed: np.ndarray           # (k,) reports whose label changed, per finding

    def delta(self, attr: str) -> list[float | None]:
        out = []
        for fa, fb in zip(self.a.report.findings, self.b.report.findings):
            va, vb = getattr(fa, attr), getattr(fb, attr)
            out.append(None if va is None or vb is None else vb - va)
        return out


@dataclass(eq=False)
class Comparison:
    schema: Schema
    gold: LabelTable
    systems: list[System]
    bootstrap: dict[str, Any] | None
    mcnemar: dict[tuple[str, str], _stats.McNemarResult]
    paired: dict[tuple[str, str], _stats.PairedTests]
    robustness: Robustness | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.systems]

    @property
    def findings(self) -> list[str]:
        return self.schema.names

    @property
    def pairs(self) -> list[tuple[str, str]]:
        n = self.names
        return [(a, b) for i, a in enumerate(n) for b in n[i + 1:]]

    def system(self, name: str) -> System:
        for s in self.systems:
            if s.name == name:
                return s
        raise KeyError(name)

    # -- tables ----------------------------------------------------------------------------------
    def summary_table(self) -> Table:
        cols = ["system", "reports", "macro F1", "macro F1 95% CI", "micro F1", "exact match",
                "exact match 95% CI", "macro AUC", "LLM failures"]
        rows = []
        for s in self._all_systems():
            ci = ((self.bootstrap or {}).get("systems", {}).get(s.name)
                  if any(s is x for x in self.systems) else None)
            r = s.report
            rows.append([s.name, r.n_reports, r.macro_f1,
                         _ci(ci["macro_f1"]) if ci else "", r.micro_f1, r.exact_match,
                         _ci(ci["exact_match"]) if ci else "", r.macro_auc, s.failures])
        note = ""
        if self.bootstrap:
            note = (f"Percentile intervals from a paired bootstrap over reports "
                    f"({self.bootstrap['n_boot']} replicates, seed {self.bootstrap['seed']}).")
        if any(s.failures for s in self._all_systems()):
            note += (" LLM failures: reports whose model output could not be parsed or whose "
                     "request failed; their findings are counted as label 0.")
        return Table("summary", "Summary", cols, rows, note.strip())

    def metrics_table(self) -> Table:
        cols = ["finding", "support"]
        for s in self.systems:
            cols += [f"{s.name} acc", f"{s.name} prec", f"{s.name} rec", f"{s.name} F1", f"{s.name} AUC"]
        rows = []
        for j, name in enumerate(self.findings):
            row: list[Any] = [name, self.systems[0].report.findings[j].support if self.systems else ""]
            for s in self.systems:
                f = s.report.findings[j]
                row += [f.accuracy, f.precision, f.recall, f.f1, f.auc]
            rows.append(row)
        for label, attr in (("macro", "macro_f1"), ("micro", "micro_f1")):
            row = [label, ""]
            for s in self.systems:
                row += ["", "", "", getattr(s.report, attr), s.report.macro_auc if label == "macro" else None]
            rows.append(row)
        row = ["exact match", self.gold.labels.shape[0]]
        for s in self.systems:
            row += [s.report.exact_match, "", "", "", None]
        rows.append(row)
        return Table("metrics", "Per-finding metrics", cols, rows,
                     "AUC needs scores (shoken JSONL output); blank otherwise or when a finding "
                     "has a single gold class.")

    def f1_table(self) -> Table:
        cols = ["finding", *[f"{n} F1" for n in self.names]]
        rows = [[name, *[s.report.findings[j].f1 for s in self.systems]]
                for j, name in enumerate(self.findings)]
        rows.append(["macro", *[s.report.macro_f1 for s in self.systems]])
        return Table("f1", "Per-finding F1", cols, rows)

    def f1_difference_matrix(self) -> tuple[list[str], np.ndarray]:
        """Column labels and a ``(k, m-1)`` matrix of F1(system) - F1(baseline)."""
        if len(self.systems) < 2:
            return [], np.zeros((len(self.findings), 0))
        base = self.systems[0]
        labels = [f"{s.name} − {base.name}" for s in self.systems[1:]]
        mat = np.stack([s.f1 - base.f1 for s in self.systems[1:]], axis=1)
        return labels, mat

    def difference_table(self) -> Table:
        labels, mat = self.f1_difference_matrix()
        base = self.systems[0]
        cols = ["finding", f"{base.name} F1", *[f"Δ F1 {lab}" for lab in labels]]
        rows = [[name, base.report.findings[j].f1, *mat[j].tolist()] for j, name in enumerate(self.findings)]
        rows.append(["macro", base.report.macro_f1,
                     *[s.report.macro_f1 - base.report.macro_f1 for s in self.systems[1:]]])
        return Table("f1_differences", f"Per-finding F1 differences (baseline: {base.name})", cols, rows)

    def significance_table(self) -> Table:
        cols = ["A", "B", "Δ macro F1 (B−A)", "Δ macro F1 95% CI", "Δ macro F1 bootstrap p",
                "Δ exact match (B−A)", "Δ exact match 95% CI", "Δ exact match bootstrap p", "McNemar b", "McNemar c", "McNemar test", "McNemar p", "mean Δ F1",
                "paired t", "t p", "Wilcoxon W", "Wilcoxon p"]
        rows = []
        diffs = (self.bootstrap or {}).get("differences", {})
        for a, b in self.pairs:
            d = diffs.get((a, b))
            m, pt = self.mcnemar[(a, b)], self.paired[(a, b)]
            rows.append([a, b,
                         d["macro_f1"].estimate if d else None, _ci(d["macro_f1"], est=False) if d else "",
                         d["p_macro_f1"] if d else None,
                         d["exact_match"].estimate if d else None, _ci(d["exact_match"], est=False) if d else "",
                         d["p_exact_match"] if d else None,
                         m.b, m.c, m.method, m.pvalue, pt.mean_difference, pt.t_statistic, pt.t_pvalue,
                         pt.wilcoxon_statistic, pt.wilcoxon_pvalue])
        return Table("significance", "Pairwise significance", cols, rows,
                     "McNemar on per-report exact match (b: A right and B wrong, c: A wrong and B "
                     f"right; exact binomial test when b + c < {_stats.EXACT_BELOW}, else chi-square "
                     "with continuity correction). Paired t-test and Wilcoxon signed-rank test over "
                     "the per-finding F1 of A and B.")

    def distribution_table(self) -> Table:
        n = self.gold.labels.shape[0]
        cols = ["finding", "gold positives", "gold %", *[f"{s} predicted" for s in self.names]]
        pos = self.gold.labels.sum(axis=0)
        order = np.argsort(-pos, kind="stable")
        rows = [[self.findings[j], int(pos[j]), 100.0 * pos[j] / n if n else 0.0,
                 *[int(s.labels[:, j].sum()) for s in self.systems]] for j in order]
        return Table("label_distribution", "Label distribution (gold positives, sorted)", cols, rows)

    def robustness_table(self) -> Table | None:
        r = self.robustness
        if r is None:
            return None
        a, b = r.a, r.b
        cols = ["finding", f"F1 {a.name}", f"F1 {b.name}", "Δ F1", f"AUC {a.name}", f"AUC {b.name}",
                "Δ AUC", "labels changed"]
        df, da = r.delta("f1"), r.delta("auc")
        rows = []
        for j, name in enumerate(self.findings):
            fa, fb = a.report.findings[j], b.report.findings[j]
            rows.append([name, fa.f1, fb.f1, df[j], fa.auc, fb.auc, da[j], int(r.changed[j])])
        ma, mb = a.report.macro_auc, b.report.macro_auc
        rows.append(["macro", a.report.macro_f1, b.report.macro_f1, b.report.macro_f1 - a.report.macro_f1,
                     ma, mb, None if ma is None or mb is None else mb - ma, int(r.changed.sum())])
        rows.append(["micro", a.report.micro_f1, b.report.micro_f1, b.report.micro_f1 - a.report.micro_f1,
                     None, None, None, None])
        rows.append(["exact match", a.report.exact_match, b.report.exact_match,
                     b.report.exact_match - a.report.exact_match, None, None, None, None])
        d = r.bootstrap["differences"][(a.name, b.name)]
        note = (f"Deltas are {b.name} − {a.name}. Δ macro F1 95% CI {_ci(d['macro_f1'], est=False)} "
                f"(bootstrap p {_fmt(d['p_macro_f1'], 3)}); Δ exact match 95% CI "
                f"{_ci(d['exact_match'], est=False)}; McNemar ({r.mcnemar.method}) b={r.mcnemar.b} "
                f"c={r.mcnemar.c} p={_fmt(r.mcnemar.pvalue, 4)}; paired t over per-finding F1 "
                f"p={_fmt(r.paired.t_pvalue, 4)}, Wilcoxon p={_fmt(r.paired.wilcoxon_pvalue, 4)}.")
        return Table("robustness", f"Robustness: {b.name} − {a.name}", cols, rows, note)

    def tables(self) -> list[Table]:
        out: list[Table] = [self.summary_table()]
        if self.systems:
            out += [self.metrics_table()]
            if len(self.systems) > 1:
                out += [self.difference_table(), self.significance_table()]
        out.append(self.distribution_table())
        rt = self.robustness_table()
        if rt is not None:
            out.append(rt)
        return out

    def _all_systems(self) -> list[System]:
        extra = [self.robustness.a, self.robustness.b] if self.robustness else []
        return self.systems + extra

    # -- output ----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        def pair_key(p):
            return f"{p[0]} vs {p[1]}"
        d: dict[str, Any] = {
            "schema": self.schema.name, "gold": self.gold.path, "n_reports": int(self.gold.labels.shape[0]),
            "systems": {s.name: {"path": s.path, "failures": s.failures, "metrics": s.report.to_dict()}
                        for s in self._all_systems()},
            "mcnemar": {pair_key(p): m.to_dict() for p, m in self.mcnemar.items()},
            "paired_tests": {pair_key(p): t.to_dict() for p, t in self.paired.items()},
            "tables": [t.to_dict() for t in self.tables()],
            "meta": self.meta,
        }
        if self.bootstrap:
            d["bootstrap"] = _boot_dict(self.bootstrap)
        if self.robustness:
            r = self.robustness
            d["robustness"] = {"a": r.a.name, "b": r.b.name, "delta_f1": r.delta("f1"),
                               "delta_auc": r.delta("auc"),
                               "delta_macro_f1": r.b.report.macro_f1 - r.a.report.macro_f1,
                               "mcnemar": r.mcnemar.to_dict(), "paired_tests": r.paired.to_dict(),
                               "bootstrap": _boot_dict(r.bootstrap), "labels_changed": r.changed.tolist()}
        return d

    def write(self, outdir: str | Path, *, figures: bool = True, html_report: bool = True,
              formats: tuple[str, ...] = ("png", "svg")) -> dict[str, list[Path]]:
        """Write tables (``.csv``, ``.md``, ``.json``), ``comparison.json``, figures and
        ``report.html`` into ``outdir`` (created if needed). Returns the paths by kind."""
        out = Path(outdir)
        out.mkdir(parents=True, exist_ok=True)
        written: dict[str, list[Path]] = {"tables": [], "figures": [], "html": []}
        tables = self.tables()
        for t in tables:
            for ext, text in (("csv", t.to_csv()), ("md", t.to_markdown()),
                              ("json", json.dumps(t.to_dict(), ensure_ascii=False, indent=2))):
                p = out / f"{t.name}.{ext}"
                _atomic_write(p, text)
                written["tables"].append(p)
        p = out / "comparison.json"
        _atomic_write(p, json.dumps(self.to_dict(), ensure_ascii=False, indent=2, default=_json_default))
        written["tables"].append(p)
        figs: dict[str, dict[str, Path]] = {}
        if figures or html_report:
            from shoken.evaluation import figures as _fig

            figs = _fig.comparison_figures(self, out / "figures", formats=formats)
            written["figures"] = [q for d in figs.values() for q in d.values()]
        if html_report:
            from shoken.evaluation.html import write_html

            p = out / "report.html"
            write_html(p, self, figures=figs, tables=tables)
            written["html"].append(p)
        return written


def _json_default(o):
    if isinstance(o, (np.floating, np.integer)):
        return o.item()
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, _stats.Interval):
        return o.to_dict()
    raise TypeError(type(o).__name__)


def _boot_dict(b: dict[str, Any]) -> dict[str, Any]:
    return {"n_boot": b["n_boot"], "seed": b["seed"], "level": b["level"],
            "systems": {n: {m: i.to_dict() for m, i in d.items()} for n, d in b["systems"].items()},
            "differences": {f"{a} vs {c}": {m: (v.to_dict() if isinstance(v, _stats.Interval) else v)
                                            for m, v in d.items()}
                            for (a, c), d in b["differences"].items()}}


def _ci(iv: _stats.Interval | None, est: bool = False) -> str:
    """``[low, high]`` (``est=True`` prefixes the estimate)."""
    if iv is None:
        return ""
    rng = f"[{iv.low:.3f}, {iv.high:.3f}]"
    return f"{iv.estimate:.3f} {rng}" if est else rng


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# building a comparison
# ---------------------------------------------------------------------------------------------
def llm_failures(path: str | Path) -> int:
    """Reports in a shoken JSONL file whose LLM output failed (``meta.llm.parse_error`` or
    ``meta.llm.error``); 0 for other formats."""
    from shoken.io.readers import detect_format, iter_rows

    try:
        if detect_format(path) != "jsonl":
            return 0
    except ShokenError:
        return 0
    n = 0
    for _, rec in iter_rows(path, "jsonl"):
        meta = rec.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get("llm"), dict):
            m = meta["llm"]
            if m.get("parse_error") or m.get("error"):
                n += 1
    return n


def _unique_names(paths: list[str | Path], names: list[str] | None) -> list[str]:
    if names:
        if len(names) != len(paths):
            raise ShokenError(f"{len(names)} --name given for {len(paths)} prediction files; give one per file")
        if len(set(names)) != len(names):
            raise ShokenError("--name values must be unique")
        return list(names)
    out: list[str] = []
    for i, p in enumerate(paths):
        stem = Path(str(p)).stem or f"system{i + 1}"
        cand = stem
        k = 2
        while cand in out:
            cand = f"{stem}-{k}"
            k += 1
        out.append(cand)
    return out


def _system(name: str, source, gold: LabelTable, sch: Schema, *, id_column, uncertain) -> System:
    if isinstance(source, LabelTable):
        table = source
    elif isinstance(source, System):
        return source
    else:
        table = read_labels(source, sch, id_column=id_column, uncertain=uncertain)
    j = align(gold, table)
    labels = table.labels[j]
    scores = None if table.scores is None else table.scores[j]
    rep = evaluate_arrays(gold.labels, labels, sch.names, scores=scores,
                          meta={"gold": gold.path, "pred": table.path, "schema": sch.name, "name": name})
    fails = llm_failures(table.path) if not isinstance(source, LabelTable) else 0
    return System(name, table.path, labels, scores, rep, fails)


def _pair_stats(gold: np.ndarray, a: System, b: System):
    return (_stats.mcnemar(a.correct(gold), b.correct(gold)), _stats.paired_tests(a.f1, b.f1))


def compare(gold, preds=(), names: list[str] | None = None, *, schema: "str | Schema" = "ct-rate-18",
            uncertain: str = "positive", id_column: str | None = None, gold_id_column: str | None = None,
            robustness: tuple[Any, Any] | None = None, robustness_names: tuple[str, str] | None = None,
            n_boot: int = 1000, seed: int = 0, level: float = 0.95) -> Comparison:
    """Compare prediction files (or :class:`LabelTable` objects) against ``gold``.

    ``names`` default to the file stems. ``robustness=(a, b)`` adds the deltas of ``b``
    minus ``a`` (two prediction files from the same engine on two inputs of the same
    reports). ``n_boot=0`` skips the bootstrap.
    """
    sch = load_schema(schema)
    preds = list(preds)
    if not preds and robustness is None:
        raise ShokenError("nothing to compare: give prediction files and/or --robustness A B")
    g = gold if isinstance(gold, LabelTable) else read_labels(gold, sch, id_column=gold_id_column or id_column,
                                                              uncertain=uncertain)
    labels = _unique_names([getattr(p, "path", p) for p in preds], names)
    systems = [_system(n, p, g, sch, id_column=id_column, uncertain=uncertain) for n, p in zip(labels, preds)]
    boot = None
    if n_boot and systems:
        boot = _stats.bootstrap(g.labels, {s.name: s.labels for s in systems}, n_boot=n_boot, seed=seed,
                                level=level)
    mc, pt = {}, {}
    for i, a in enumerate(systems):
        for b in systems[i + 1:]:
            mc[(a.name, b.name)], pt[(a.name, b.name)] = _pair_stats(g.labels, a, b)
    rob = None
    if robustness is not None:
        ra, rb = robustness
        rn = list(robustness_names) if robustness_names else _unique_names(
            [getattr(ra, "path", ra), getattr(rb, "path", rb)], None)
        taken = {s.name for s in systems}
        if rn[0] == rn[1] or rn[0] in taken or rn[1] in taken:
            if robustness_names:
                raise ShokenError("robustness names must differ from each other and from the --name values")
            rn = [rn[0] + " (A)", rn[1] + " (B)"]
        sa = _system(rn[0], ra, g, sch, id_column=id_column, uncertain=uncertain)
        sb = _system(rn[1], rb, g, sch, id_column=id_column, uncertain=uncertain)
        m, t = _pair_stats(g.labels, sa, sb)
        rboot = _stats.bootstrap(g.labels, {sa.name: sa.labels, sb.name: sb.labels},
                                 n_boot=max(n_boot, 1) if n_boot else 200, seed=seed, level=level)
        rob = Robustness(sa, sb, m, t, rboot, (sa.labels != sb.labels).sum(axis=0))
    return Comparison(sch, g, systems, boot, mc, pt, rob,
                      meta={"uncertain": uncertain, "n_boot": n_boot, "seed": seed, "level": level})


__all__ = ["Comparison", "Robustness", "System", "Table", "compare", "llm_failures"]
