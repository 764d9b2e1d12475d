"""Reading label files (gold or predicted) and evaluating one against another.

A label file is any readable table (CSV/TSV/JSONL/Parquet) with an id column and one
column per finding named by the schema's canonical names (matched exactly, else
case-insensitively), or shoken's JSONL output (``{"id", "findings": {...}}``), which
also carries scores. Cell values: 1/0, "1.0"/"0.0", true/false; CheXpert codes
-1 (uncertain → the ``uncertain`` policy) and blank (not mentioned → 0).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from shoken.core.errors import InputError
from shoken.core.schema import Schema, load_schema
from shoken.io.layouts import ID_CANDIDATES
from shoken.io.readers import iter_rows

_TRUE = {"1", "1.0", "true", "yes", "positive", "pos"}
_FALSE = {"0", "0.0", "false", "no", "negative", "neg", "", "nan", "none", "absent"}
_UNC = {"-1", "-1.0", "uncertain", "u"}


@dataclass
class LabelTable:
    path: str
    ids: list[str]
    labels: np.ndarray  # (n, k) int8
    scores: np.ndarray | None  # (n, k) float or None
    names: list[str]
    states: list[dict[str, str]] | None = None
    evidence: list[dict[str, Any]] | None = None

    def index(self) -> dict[str, int]:
        return {i: k for k, i in enumerate(self.ids)}


def _value(v: Any, path, row: int, col: str, uncertain: str) -> int:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if v != v:  # NaN
            return 0
        if v == -1:
            return 1 if uncertain == "positive" else 0
        if v in (0, 1):
            return int(v)
        raise InputError(f"label must be 0 or 1 (or -1, blank), got {v!r}", path=path, row=row, column=col)
    s = "" if v is None else str(v).strip().lower()
    if s in _TRUE:
        return 1
    if s in _FALSE:
        return 0
    if s in _UNC:
        return 1 if uncertain == "positive" else 0
    raise InputError(f"label must be 0 or 1 (or -1, blank), got {v!r}", path=path, row=row, column=col)


def read_labels(path: str | Path, schema: "str | Schema" = "ct-rate-18", *, id_column: str | None = None,
                fmt: str | None = None, uncertain: str = "positive", encoding: str = "utf-8") -> LabelTable:
    sch = load_schema(schema)
    names = sch.names
    ids: list[str] = []
    labels: list[list[int]] = []
    scores: list[list[float]] = []
    states: list[dict[str, str]] = []
    evidence: list[dict[str, Any]] = []
    has_scores = True
    seen: set[str] = set()
    colmap: dict[str, str] | None = None
    idcol: str | None = None
    nested = False
    for row, rec in iter_rows(path, fmt, encoding=encoding):
        if colmap is None:
            nested = isinstance(rec.get("findings"), dict)
            keys = list(rec.keys())
            if id_column is not None:
                if id_column not in rec:
                    raise InputError("id column not found", path=path, row=row, column=id_column)
                idcol = id_column
            else:
                idcol = next((c for c in ID_CANDIDATES if c in rec), None)
            if nested:
                colmap = {n: n for n in names}
            else:
                lower = {k.lower(): k for k in keys}
                colmap = {}
                missing = []
                for n in names:
                    if n in rec:
                        colmap[n] = n
                    elif n.lower() in lower:
                        colmap[n] = lower[n.lower()]
                    else:
                        missing.append(n)
                if missing:
                    raise InputError(f"no column for finding(s): {', '.join(missing)}", path=path,
                                     row=0, column=missing[0])
                has_scores = False
        rid = str(rec.get(idcol, row) if idcol else row).strip()
        if rid in seen:
            raise InputError(f"duplicate id {rid!r}", path=path, row=row, column=idcol or "(row number)")
        seen.add(rid)
        ids.append(rid)
        if nested:
            fd = rec["findings"]
            lab, sc, st, ev = [], [], {}, {}
            for n in names:
                item = fd.get(n)
                if item is None:
                    raise InputError("finding missing from 'findings'", path=path, row=row, column=n)
                if isinstance(item, dict):
                    lab.append(_value(item.get("label"), path, row, n, uncertain))
                    if "score" in item and item["score"] is not None:
                        sc.append(float(item["score"]))
                    else:
                        has_scores = False
                        sc.append(float(lab[-1]))
                    if "state" in item:
                        st[n] = item["state"]
                    if item.get("evidence"):
                        ev[n] = item["evidence"]
                else:
                    lab.append(_value(item, path, row, n, uncertain))
                    sc.append(float(lab[-1]))
                    has_scores = False
            labels.append(lab)
            scores.append(sc)
            states.append(st)
            evidence.append(ev)
        else:
            labels.append([_value(rec.get(colmap[n]), path, row, colmap[n], uncertain) for n in names])
    if not ids:
        raise InputError("no rows", path=path)
    k = len(names)
    return LabelTable(
        path=str(path), ids=ids, names=names,
        labels=np.asarray(labels, dtype=np.int8).reshape(-1, k),
        scores=np.asarray(scores, dtype=float).reshape(-1, k) if (nested and has_scores) else None,
        states=states if nested else None, evidence=evidence if nested else None,
    )


def align(gold: LabelTable, pred: LabelTable) -> np.ndarray:
    """Row index into ``pred`` for each gold id; every gold id must be predicted."""
    idx = pred.index()
    out = np.empty(len(gold.ids), dtype=np.int64)
    for k, i in enumerate(gold.ids):
        j = idx.get(i)
        if j is None:
            raise InputError(f"id {i!r} from the gold file has no prediction "
                             f"({sum(1 for g in gold.ids if g not in idx)} of {len(gold.ids)} missing)",
                             path=pred.path, column="id")
        out[k] = j
    return out


def evaluate_files(gold, pred, *, schema: "str | Schema" = "ct-rate-18", id_column: str | None = None,
                   gold_id_column: str | None = None, uncertain: str = "positive"):
    from shoken.evaluation.metrics import evaluate_arrays

    sch = load_schema(schema)
    gold, pred = (_from_mapping(x, sch, name) for x, name in ((gold, "gold"), (pred, "pred")))
    g = gold if isinstance(gold, LabelTable) else read_labels(gold, sch, id_column=gold_id_column or id_column,
                                                              uncertain=uncertain)
    p = pred if isinstance(pred, LabelTable) else read_labels(pred, sch, id_column=id_column, uncertain=uncertain)
    j = align(g, p)
    scores = None if p.scores is None else p.scores[j]
    return evaluate_arrays(g.labels, p.labels[j], sch.names, scores=scores,
                           meta={"gold": g.path, "pred": p.path, "schema": sch.name})


def _from_mapping(obj, sch: Schema, name: str):
    """``{id: {finding: 0|1}}`` (or a list of ReportResult) → LabelTable; other inputs pass through."""
    from shoken.core.types import ReportResult

    if isinstance(obj, list) and obj and isinstance(obj[0], ReportResult):
        ids = [r.id for r in obj]
        lab = np.asarray([[r.findings[n].label for n in sch.names] for r in obj], dtype=np.int8)
        sc = np.asarray([[r.findings[n].score for n in sch.names] for r in obj], dtype=float)
        return LabelTable(name, ids, lab, sc, sch.names)
    if isinstance(obj, dict):
        ids = [str(k) for k in obj]
        lab = np.asarray([[_value(v.get(n), name, i + 1, n, "positive") for n in sch.names]
                          for i, v in enumerate(obj.values())], dtype=np.int8).reshape(-1, len(sch))
        return LabelTable(name, ids, lab, None, sch.names)
    return obj
