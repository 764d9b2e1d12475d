"""Per-finding metrics: accuracy, precision, recall, F1, support, AUC-ROC (when
scores are given), macro/micro F1 and exact-match accuracy over all findings.

Conventions: precision/recall/F1 of a finding with no positive gold *and* no
positive prediction are reported as 1.0 (nothing to find, nothing wrongly
found); with positives on only one side they are 0.0. AUC is ``None`` when the
gold column has a single class or no scores were given. Macro-F1 averages the
per-finding F1 over all findings; micro-F1 pools all findings' counts.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np


@dataclass
class FindingMetrics:
    name: str
    support: int
    predicted: int
    tp: int
    fp: int
    fn: int
    tn: int
    accuracy: float
    precision: float
    recall: float
    f1: float
    auc: float | None = None


@dataclass
class EvaluationReport:
    n_reports: int
    findings: list[FindingMetrics]
    macro_f1: float
    micro_f1: float
    exact_match: float
    macro_auc: float | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def by_name(self) -> dict[str, FindingMetrics]:
        return {f.name: f for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        cols = ["finding", "support", "predicted", "accuracy", "precision", "recall", "f1", "auc"]
        w.writerow(cols)
        for f in self.findings:
            w.writerow([f.name, f.support, f.predicted, _r(f.accuracy), _r(f.precision), _r(f.recall),
                        _r(f.f1), "" if f.auc is None else _r(f.auc)])
        w.writerow(["macro", "", "", "", "", "", _r(self.macro_f1),
                    "" if self.macro_auc is None else _r(self.macro_auc)])
        w.writerow(["micro", "", "", "", "", "", _r(self.micro_f1), ""])
        w.writerow(["exact_match", "", "", _r(self.exact_match), "", "", "", ""])
        return buf.getvalue()

    def to_markdown(self) -> str:
        return format_table(self, markdown=True)

    def write(self, path: str | Path) -> None:
        """Write as .json, .csv or .md by extension (atomically)."""
        import os

        p = Path(path)
        ext = p.suffix.lower()
        if ext == ".json":
            data = self.to_json()
        elif ext == ".csv":
            data = self.to_csv()
        elif ext in (".md", ".markdown"):
            data = self.to_markdown() + "\n"
        else:
            from shoken.core.errors import InputError
            raise InputError("unsupported report extension; use .json, .csv or .md", path=p)
        tmp = p.with_name(f".{p.name}.tmp")
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, p)


def _r(x: float) -> str:
    return f"{x:.4f}"


def _safe_div(a: float, b: float, empty: float) -> float:
    return a / b if b else empty


def evaluate_arrays(gold, pred, names: list[str], *, scores=None, meta: dict | None = None) -> EvaluationReport:
    """Metrics from aligned ``(n_reports, n_findings)`` 0/1 arrays (and optional scores)."""
    y = np.asarray(gold, dtype=np.int8).reshape(-1, len(names))
    p = np.asarray(pred, dtype=np.int8).reshape(-1, len(names))
    if y.shape != p.shape:
        raise ValueError(f"gold {y.shape} and predictions {p.shape} differ in shape")
    s = None if scores is None else np.asarray(scores, dtype=float).reshape(y.shape)
    out: list[FindingMetrics] = []
    TP = FP = FN = 0
    for j, name in enumerate(names):
        g, q = y[:, j], p[:, j]
        tp = int(((g == 1) & (q == 1)).sum())
        fp = int(((g == 0) & (q == 1)).sum())
        fn = int(((g == 1) & (q == 0)).sum())
        tn = int(((g == 0) & (q == 0)).sum())
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        none = tp + fp + fn == 0
        prec = _safe_div(tp, tp + fp, 1.0 if none else 0.0)
        rec = _safe_div(tp, tp + fn, 1.0 if none else 0.0)
        f1 = _safe_div(2 * tp, 2 * tp + fp + fn, 1.0)
        auc = None
        if s is not None and 0 < g.sum() < len(g):
            from sklearn.metrics import roc_auc_score

            auc = float(roc_auc_score(g, s[:, j]))
        out.append(FindingMetrics(name, int(g.sum()), int(q.sum()), tp, fp, fn, tn,
                                  float((g == q).mean()) if len(g) else 0.0, prec, rec, f1, auc))
    aucs = [f.auc for f in out if f.auc is not None]
    return EvaluationReport(
        n_reports=int(y.shape[0]),
        findings=out,
        macro_f1=float(np.mean([f.f1 for f in out])) if out else 0.0,
        micro_f1=_safe_div(2 * TP, 2 * TP + FP + FN, 1.0),
        exact_match=float((y == p).all(axis=1).mean()) if y.shape[0] else 0.0,
        macro_auc=float(np.mean(aucs)) if aucs else None,
        meta=dict(meta or {}),
    )


def format_table(rep: EvaluationReport, markdown: bool = False) -> str:
    head = ["finding", "support", "acc", "prec", "rec", "F1", "AUC"]
    rows = [[f.name, str(f.support), f"{f.accuracy:.3f}", f"{f.precision:.3f}", f"{f.recall:.3f}",
             f"{f.f1:.3f}", "" if f.auc is None else f"{f.auc:.3f}"] for f in rep.findings]
    rows.append(["macro", "", "", "", "", f"{rep.macro_f1:.3f}",
                 "" if rep.macro_auc is None else f"{rep.macro_auc:.3f}"])
    rows.append(["micro", "", "", "", "", f"{rep.micro_f1:.3f}", ""])
    rows.append(["exact match", str(rep.n_reports), f"{rep.exact_match:.3f}", "", "", "", ""])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    fmt = lambda r: "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r))  # noqa: E731
    return "\n".join([fmt(head)] + [fmt(r) for r in rows])
