"""Revision columns and the ``shoken revisions`` summary; a dataset table writer.

The CT-RATE-JPN validation set went through three phases per section:

=========== ========================== ==============================
phase       column                     who
=========== ========================== ==============================
MT          ``Findings_JPN_MT``        the LLM (``shoken translate``)
Revised     ``Findings_JPN_Revised``   physicians
Checked     ``Findings_JPN_Checked``   senior radiologists
=========== ========================== ==============================

Any ``<base>_MT`` / ``<base>_Revised`` / ``<base>_Checked`` columns form a revision
group (:func:`revision_groups`); :func:`revision_summary` tells, for each step
between consecutive phases present (and MT → Checked overall), how many reports were
changed and how many characters (character-level Levenshtein distance). The dataset
readers (:mod:`shoken.io.layouts`) pick the most revised column of a section
(Checked > Revised > MT) automatically.

:class:`TableWriter` writes a dataset back (CSV/TSV/JSONL/Parquet) atomically, keeping
the input columns and adding new ones (e.g. the revision columns).
"""
from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError, require
from shoken.io.writers import AtomicOutput

PHASES = ("MT", "Revised", "Checked")
_PHASE_RE = re.compile(r"^(?P<base>.+)_(?P<phase>MT|Revised|Checked)$")


def levenshtein(a: str, b: str) -> int:
    """Character-level edit distance (insertions, deletions, substitutions, cost 1 each).

    Common prefix and suffix are stripped first, then Hyyrö's bit-parallel algorithm
    runs in O(len(a) * len(b) / word) with Python integers as bit vectors.
    """
    if a == b:
        return 0
    # strip common prefix / suffix: revisions are usually small edits
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    a, b = a[i:], b[i:]
    j = 0
    n = min(len(a), len(b))
    while j < n and a[-1 - j] == b[-1 - j]:
        j += 1
    if j:
        a, b = a[:-j], b[:-j]
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for k, c in enumerate(b):
        peq[c] = peq.get(c, 0) | (1 << k)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for c in a:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


@dataclass
class RevisionGroup:
    base: str                                            # e.g. "Findings_JPN"
    phases: dict[str, str] = field(default_factory=dict)  # phase -> column

    @property
    def steps(self) -> list[tuple[str, str]]:
        present = [p for p in PHASES if p in self.phases]
        steps = list(zip(present, present[1:]))
        if len(present) == 3:
            steps.append(("MT", "Checked"))
        return steps


def revision_groups(columns: Sequence[str]) -> list[RevisionGroup]:
    """The ``<base>_MT|_Revised|_Checked`` column groups, in column order (a group may
    have one, two or three phases; only steps between phases present are compared)."""
    groups: dict[str, RevisionGroup] = {}
    for c in columns:
        m = _PHASE_RE.match(c)
        if m:
            g = groups.setdefault(m["base"], RevisionGroup(m["base"]))
            g.phases[m["phase"]] = c
    return list(groups.values())


def revision_columns(mt_column: str) -> tuple[str, str]:
    """The ``_Revised`` and ``_Checked`` column names that go with an MT column."""
    base = mt_column[:-3] if mt_column.endswith("_MT") else mt_column
    return f"{base}_Revised", f"{base}_Checked"


@dataclass
class StepStats:
    base: str
    source: str          # phase name, e.g. "MT"
    target: str          # e.g. "Revised"
    n: int = 0           # reports with both texts
    n_missing: int = 0   # reports where the later phase is empty (not done yet)
    n_changed: int = 0
    chars_changed: int = 0      # sum of edit distances
    chars_source: int = 0       # characters in the earlier phase
    distances: list[int] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        from shoken.datasets.textstats import mean_sd

        mu, sd = mean_sd([float(d) for d in self.distances])
        return {
            "section": self.base, "step": f"{self.source}->{self.target}", "n": self.n,
            "n_missing": self.n_missing, "reports_changed": self.n_changed,
            "reports_changed_pct": (100.0 * self.n_changed / self.n) if self.n else float("nan"),
            "chars_changed": self.chars_changed, "chars_source": self.chars_source,
            "chars_changed_pct": (100.0 * self.chars_changed / self.chars_source)
            if self.chars_source else float("nan"),
            "edit_distance": {"mean": mu, "sd": sd},
        }


def _text(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def revision_summary(rows: Iterable[tuple[int, dict[str, Any]]], groups: Sequence[RevisionGroup],
                     *, id_column: str | None = None,
                     per_report: list[dict[str, Any]] | None = None) -> list[StepStats]:
    """Per step statistics; if ``per_report`` is a list, one dict per report is appended
    (``id`` and ``<base>:<from>-><to>`` edit distances, None where a phase is empty)."""
    steps = [StepStats(g.base, s, t) for g in groups for s, t in g.steps]
    cols = {(g.base, p): c for g in groups for p, c in g.phases.items()}
    for row, rec in rows:
        entry: dict[str, Any] = {"id": _text(rec.get(id_column)) if id_column else str(row)}
        for st in steps:
            src = _text(rec.get(cols[(st.base, st.source)])).strip()
            dst = _text(rec.get(cols[(st.base, st.target)])).strip()
            name = f"{st.base}:{st.source}->{st.target}"
            if not dst:
                st.n_missing += 1
                entry[name] = None
                continue
            d = levenshtein(src, dst)
            st.n += 1
            st.chars_source += len(src)
            st.chars_changed += d
            st.distances.append(d)
            if d:
                st.n_changed += 1
            entry[name] = d
        if per_report is not None:
            per_report.append(entry)
    return steps


# -- writing datasets --------------------------------------------------------------------------
TABLE_FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
                 ".parquet": "parquet"}


class TableWriter(AtomicOutput):
    """Write rows (dicts) with fixed ``columns`` to CSV/TSV/JSONL/Parquet, atomically:
    rows go to a temporary file beside ``path`` that :meth:`close` moves into place."""

    def __init__(self, path: str | Path, columns: Sequence[str]) -> None:
        self.path = Path(path)
        ext = self.path.suffix.lower()
        if ext not in TABLE_FORMATS:
            raise InputError(f"unsupported output extension {ext or '(none)'!r}; use "
                             f"{', '.join(TABLE_FORMATS)}", path=path)
        self.kind = TABLE_FORMATS[ext]
        if not self.path.parent.exists():
            raise InputError("output folder does not exist", path=self.path.parent)
        self.columns = list(columns)
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.n = 0
        self._closed = False
        if self.kind == "parquet":
            self._pa = require("pyarrow", "parquet", "writing Parquet")
            self._pq = require("pyarrow.parquet", "parquet", "writing Parquet")
            self._buf: list[dict[str, Any]] = []
            self._pw = None
            self._schema = None
        else:
            self._fh = open(self.tmp, "w", encoding="utf-8", newline="")
            if self.kind in ("csv", "tsv"):
                self._csv = csv.writer(self._fh, delimiter="\t" if self.kind == "tsv" else ",",
                                       lineterminator="\n")
                self._csv.writerow(self.columns)

    def write(self, row: dict[str, Any]) -> None:
        self.n += 1
        if self.kind in ("csv", "tsv"):
            self._csv.writerow(["" if row.get(c) is None else row.get(c) for c in self.columns])
        elif self.kind == "jsonl":
            self._fh.write(json.dumps({c: row.get(c) for c in self.columns}, ensure_ascii=False)
                           + "\n")
        else:
            self._buf.append({c: row.get(c) for c in self.columns})
            if len(self._buf) >= 4096:
                self._flush()

    def _flush(self) -> None:
        if not self._buf and self._pw is not None:
            return
        pa = self._pa
        if self._schema is None:
            t = pa.Table.from_pylist(self._buf) if self._buf else None
            fields = []
            for c in self.columns:
                typ = t.schema.field(c).type if t is not None else pa.string()
                fields.append(pa.field(c, pa.string() if pa.types.is_null(typ) else typ))
            self._schema = pa.schema(fields)
            self._pw = self._pq.ParquetWriter(self.tmp, self._schema)
        if self._buf:
            self._pw.write_table(pa.Table.from_pylist(self._buf, schema=self._schema))
        self._buf.clear()

    def _finish_parquet(self) -> None:
        self._flush()  # creates the Parquet writer (with the schema) if no row came yet
