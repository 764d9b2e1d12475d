"""Audit a label file that came with a dataset against an engine's output.

Every (report, finding) where the shipped label and the engine's label differ is a
:class:`Disagreement`, listed with the engine's state, score and evidence (the sentence,
the matched text and the negation/uncertainty cue), so a reviewer can decide which side
is right. Users of CT-RATE found that re-running the released classifier changed 131 of
3,039 validation labels; this makes that check one command::

    shoken audit --labels shipped.csv --reports reports.csv        # runs the rule engine
    shoken audit --labels shipped.csv --pred engine_output.jsonl   # an existing output

The engine output is either a shoken JSONL file (states and evidence come from it; a
CSV gives labels only), a list of :class:`~shoken.core.types.ReportResult`, or produced on
the fly from a reports file with any engine. Reports are matched by id; only ids present
on both sides are compared (the counts of the others are reported).
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from shoken.core.errors import InputError, ShokenError
from shoken.core.schema import Schema, load_schema
from shoken.core.types import ReportResult
from shoken.evaluation.labels import LabelTable, read_labels


@dataclass
class Disagreement:
    id: str
    finding: str
    shipped: int
    engine: int
    state: str | None = None
    score: float | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """``"shipped 1, engine 0"`` or ``"shipped 0, engine 1"``."""
        return f"shipped {self.shipped}, engine {self.engine}"

    def first(self, key: str) -> str:
        vals = [str(e.get(key)) for e in self.evidence if e.get(key) not in (None, "")]
        return " | ".join(dict.fromkeys(vals))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "finding": self.finding, "shipped": self.shipped, "engine": self.engine,
                "state": self.state, "score": self.score, "evidence": self.evidence}

    def row(self) -> list[Any]:
        return [self.id, self.finding, self.shipped, self.engine, self.state or "",
                "" if self.score is None else f"{self.score:.4f}",
                self.first("sentence"), self.first("text"), self.first("cue")]


COLUMNS = ["id", "finding", "shipped", "engine", "engine_state", "engine_score",
           "sentence", "matched_text", "cue"]


@dataclass
class AuditReport:
    schema: Schema
    shipped: str
    engine: str
    n_reports: int                       # compared (ids on both sides)
    disagreements: list[Disagreement]
    shipped_positive: np.ndarray         # (k,) over compared reports
    engine_positive: np.ndarray          # (k,)
    only_shipped: int = 0                # ids in the label file without engine output
    only_engine: int = 0                 # engine ids not in the label file

    @property
    def n_labels(self) -> int:
        return self.n_reports * len(self.schema)

    @property
    def n_changed_reports(self) -> int:
        return len({d.id for d in self.disagreements})

    def counts(self) -> dict[str, dict[str, int]]:
        out = {n: {"shipped 1, engine 0": 0, "shipped 0, engine 1": 0} for n in self.schema.names}
        for d in self.disagreements:
            out[d.finding][d.kind] += 1
        return out

    def summary_table(self):
        from shoken.evaluation.compare import Table

        counts = self.counts()
        rows = []
        for j, n in enumerate(self.schema.names):
            c = counts[n]
            tot = c["shipped 1, engine 0"] + c["shipped 0, engine 1"]
            rows.append([n, int(self.shipped_positive[j]), int(self.engine_positive[j]),
                         c["shipped 1, engine 0"], c["shipped 0, engine 1"], tot,
                         1.0 - tot / self.n_reports if self.n_reports else 1.0])
        rows.append(["total", int(self.shipped_positive.sum()), int(self.engine_positive.sum()),
                     sum(c["shipped 1, engine 0"] for c in counts.values()),
                     sum(c["shipped 0, engine 1"] for c in counts.values()), len(self.disagreements),
                     1.0 - len(self.disagreements) / self.n_labels if self.n_labels else 1.0])
        note = (f"{len(self.disagreements)} of {self.n_labels} labels differ, in {self.n_changed_reports} "
                f"of {self.n_reports} reports.")
        if self.only_shipped or self.only_engine:
            note += (f" Not compared: {self.only_shipped} id(s) only in the label file, "
                     f"{self.only_engine} only in the engine output.")
        return Table("audit_summary", f"Audit: {Path(self.shipped).name} vs {self.engine}",
                     ["finding", "shipped positives", "engine positives", "shipped 1, engine 0",
                      "shipped 0, engine 1", "disagreements", "agreement"], rows, note)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": self.schema.name, "shipped": self.shipped, "engine": self.engine,
                "n_reports": self.n_reports, "n_labels": self.n_labels,
                "n_disagreements": len(self.disagreements), "n_changed_reports": self.n_changed_reports,
                "only_shipped": self.only_shipped, "only_engine": self.only_engine,
                "counts": self.counts(), "disagreements": [d.to_dict() for d in self.disagreements]}

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(d.row() for d in self.disagreements)
        return buf.getvalue()

    def to_jsonl(self) -> str:
        return "".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in self.disagreements)

    def to_markdown(self) -> str:
        esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
        lines = [self.summary_table().to_markdown(), "### Disagreements", "",
                 "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        lines += ["| " + " | ".join(esc(v) for v in d.row()) + " |" for d in self.disagreements]
        return "\n".join(lines) + "\n"

    def write(self, path: str | Path) -> Path:
        """Write the disagreements as ``.csv``, ``.jsonl``, ``.json`` (with the summary) or ``.md``."""
        p = Path(path)
        ext = p.suffix.lower()
        if ext == ".csv":
            text = self.to_csv()
        elif ext in (".jsonl", ".ndjson"):
            text = self.to_jsonl()
        elif ext == ".json":
            text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
        elif ext in (".md", ".markdown"):
            text = self.to_markdown()
        else:
            raise InputError("unsupported audit output extension; use .csv, .jsonl, .json or .md", path=p)
        if p.parent and not p.parent.exists():
            raise InputError("output folder does not exist", path=p.parent)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, p)
        return p


def _results_from_table(t: LabelTable) -> Iterator[tuple[str, list[int], dict | None, dict | None,
                                                        np.ndarray | None]]:
    for i, rid in enumerate(t.ids):
        yield (rid, t.labels[i].tolist(), t.states[i] if t.states else None,
               t.evidence[i] if t.evidence else None, None if t.scores is None else t.scores[i])


def _results_from_reports(results: Iterable[ReportResult], names: list[str]):
    for r in results:
        yield (r.id, [r.findings[n].label for n in names], r.states(),
               {n: [e.to_dict() for e in r.findings[n].evidence] for n in names},
               np.array([r.findings[n].score for n in names], dtype=float))


def audit(shipped, engine_output: Any = None, *, reports: Any = None, engine: str = "rules",
          engine_options: dict[str, Any] | None = None, schema: "str | Schema" = "ct-rate-18",
          uncertain: str = "positive", id_column: str | None = None, text_columns: list[str] | None = None,
          language: str | None = None, batch_size: int = 256, engine_name: str | None = None) -> AuditReport:
    """List the labels where ``shipped`` and the engine disagree.

    Give either ``engine_output`` (a label file path, a :class:`LabelTable` or a list of
    ``ReportResult``) or ``reports`` (a reports file, labeled now with ``engine``).
    """
    sch = load_schema(schema)
    names = sch.names
    ship = shipped if isinstance(shipped, LabelTable) else read_labels(shipped, sch, id_column=id_column,
                                                                       uncertain=uncertain)
    index = ship.index()
    if (engine_output is None) == (reports is None):
        raise ShokenError("give either an engine output file (--pred) or a reports file (--reports)")
    eng = None
    if engine_output is not None:
        if isinstance(engine_output, list):
            source = _results_from_reports(engine_output, names)
            label = engine_name or "engine output"
        else:
            t = engine_output if isinstance(engine_output, LabelTable) else read_labels(
                engine_output, sch, uncertain=uncertain)
            source = _results_from_table(t)
            label = engine_name or Path(t.path).name
    else:
        from itertools import islice

        from shoken.engines import make_engine
        from shoken.io import read_reports

        cfg = dict(engine_options or {})
        cfg.setdefault("schema", sch)
        cfg.setdefault("uncertain", uncertain)
        if language and engine == "rules":
            cfg.setdefault("language", language)
        eng = make_engine(engine, **cfg)
        reader = read_reports(reports, text_columns=text_columns or None, id_column=id_column,
                              language=language)

        def run():
            it = iter(reader)
            while batch := list(islice(it, batch_size)):
                yield from _results_from_reports(eng.label(batch), names)

        source = run()
        label = engine_name or f"engine {engine}"
    dis: list[Disagreement] = []
    seen: set[str] = set()
    k = len(names)
    sp = np.zeros(k, dtype=np.int64)
    ep = np.zeros(k, dtype=np.int64)
    only_engine = 0
    try:
        for rid, labs, states, evidence, scores in source:
            i = index.get(rid)
            if i is None:
                only_engine += 1
                continue
            if rid in seen:
                raise InputError(f"duplicate id {rid!r} in the engine output", column="id")
            seen.add(rid)
            s = ship.labels[i]
            e = np.asarray(labs, dtype=np.int8)
            sp += s
            ep += e
            for j in np.nonzero(s != e)[0]:
                n = names[j]
                dis.append(Disagreement(
                    rid, n, int(s[j]), int(e[j]), (states or {}).get(n),
                    None if scores is None else float(scores[j]),
                    list((evidence or {}).get(n) or [])))
    finally:
        if eng is not None:
            eng.close()
    if not seen:
        raise ShokenError("no report id is on both sides; check --id-column "
                          f"(label file ids look like {ship.ids[0]!r})")
    return AuditReport(sch, ship.path, label, len(seen), dis, sp, ep,
                       only_shipped=len(ship.ids) - len(seen), only_engine=only_engine)


__all__ = ["AuditReport", "COLUMNS", "Disagreement", "audit"]
