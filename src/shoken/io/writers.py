"""Label writers, chosen by the output file's extension.

* ``.csv`` / ``.tsv``: ``id`` + one 0/1 column per finding, named by the schema's
  canonical names, in schema order.
* ``.jsonl``: one object per report:
  ``{"id", "findings": {name: {"label", "state", "score", "evidence": [...]}}}``.
* ``.parquet``: the CSV columns plus ``result`` holding the JSONL object as JSON.

Output goes to a temporary file beside the target, is fsync'd and moved into place by
``close()``, so readers never see a half-written file. :class:`RowWriter` writes rows
already encoded by :func:`encode` (the batch runner journals those rows);
:class:`LabelWriter` encodes :class:`~shoken.core.types.ReportResult` objects itself.
"""
from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError, require
from shoken.core.schema import Schema
from shoken.core.types import ReportResult

_OUTPUT_KINDS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
                 ".parquet": "parquet"}
OUTPUT_FORMATS = _OUTPUT_KINDS
_PARQUET_FLUSH = 8192


def output_kind(path: str | Path) -> str:
    ext = Path(path).suffix.lower()
    if ext not in _OUTPUT_KINDS:
        raise InputError(f"unsupported output extension {ext or '(none)'!r}; use "
                         f"{', '.join(_OUTPUT_KINDS)}", path=path)
    return _OUTPUT_KINDS[ext]



output_format = output_kind


def encode(results: Iterable[ReportResult], kind: str, names: Sequence[str]) -> list:
    """Results as the rows the output needs (JSON-serialisable, cheap to pickle).

    csv/tsv: ``[id, label, ...]``; jsonl: the JSON line; parquet: ``[id, label, ..., json]``.
    """
    if kind in ("csv", "tsv"):
        return [[r.id, *(r.findings[n].label for n in names)] for r in results]
    if kind == "jsonl":
        return [json.dumps(r.to_dict(), ensure_ascii=False) for r in results]
    return [[r.id, *(r.findings[n].label for n in names), json.dumps(r.to_dict(), ensure_ascii=False)]
            for r in results]


class AtomicOutput:
    """The life cycle shared by shoken's table writers: rows go to ``self.tmp`` beside
    ``self.path``; :meth:`close` flushes, fsyncs and moves the file into place;
    :meth:`abort` drops it. Subclasses set ``path``, ``tmp``, ``kind``, ``_closed`` and
    either ``_fh`` (text formats) or ``_pw`` (Parquet), and implement
    :meth:`_finish_parquet` (flush buffered rows; make sure ``_pw`` exists)."""

    def _finish_parquet(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.kind == "parquet":
            self._finish_parquet()
            self._pw.close()
            with open(self.tmp, "rb") as fh:
                os.fsync(fh.fileno())
        else:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
        if self.tmp != self.path:
            os.replace(self.tmp, self.path)
        _fsync_dir(self.path.parent)

    def abort(self) -> None:
        """Drop the partial output (the target is left as it was)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.kind == "parquet":
                if self._pw is not None:
                    self._pw.close()
            else:
                self._fh.close()
        finally:
            if self.tmp != self.path and self.tmp.exists():
                self.tmp.unlink()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class RowWriter(AtomicOutput):
    """Writes encoded chunks to a temporary file; :meth:`close` fsyncs and moves it into place.

    ``tmp`` must be in the target's folder (``os.replace`` is atomic only there).
    """

    def __init__(self, path: Path, names: Sequence[str], kind: str, tmp: Path) -> None:
        self.path, self.names, self.kind, self.tmp = path, list(names), kind, tmp
        self.n = 0
        self._closed = False
        if kind == "parquet":
            self._pa = require("pyarrow", "parquet", "writing Parquet")
            self._pq = require("pyarrow.parquet", "parquet", "writing Parquet")
            self._buf: list[list] = []
            self._pw = None
        else:
            self._fh = open(tmp, "w", encoding="utf-8", newline="")
            if kind in ("csv", "tsv"):
                self._csv = csv.writer(self._fh, delimiter="\t" if kind == "tsv" else ",",
                                       lineterminator="\n")
                self._csv.writerow(["id", *self.names])

    def write(self, rows: list) -> None:
        if self.kind in ("csv", "tsv"):
            self._csv.writerows(rows)
        elif self.kind == "jsonl":
            if rows:
                self._fh.write("\n".join(rows) + "\n")
        else:
            self._buf.extend(rows)
            if len(self._buf) >= _PARQUET_FLUSH:
                self._flush()
        self.n += len(rows)

    def _flush(self) -> None:
        if not self._buf:
            return
        pa = self._pa
        cols: dict[str, Any] = {"id": pa.array([r[0] for r in self._buf], pa.string())}
        for i, n in enumerate(self.names, start=1):
            cols[n] = pa.array([r[i] for r in self._buf], pa.int64())
        cols["result"] = pa.array([r[-1] for r in self._buf], pa.string())
        table = pa.table(cols)
        if self._pw is None:
            self._pw = self._pq.ParquetWriter(self.tmp, table.schema)
        self._pw.write_table(table)
        self._buf.clear()

    def _finish_parquet(self) -> None:
        if self._pw is None:  # no rows: still write a valid empty file with the right columns
            pa = self._pa
            fields = [pa.field("id", pa.string())] + [pa.field(n, pa.int64()) for n in self.names]
            fields.append(pa.field("result", pa.string()))
            self._pw = self._pq.ParquetWriter(self.tmp, pa.schema(fields))
        self._flush()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)




class LabelWriter(RowWriter):
    """Writes :class:`ReportResult` objects to ``path`` (format from the extension), atomically.

    As a context manager, a clean exit moves the file into place and an exception drops it.
    """

    def __init__(self, path: str | Path, schema: Schema, *, atomic: bool = True) -> None:
        path = Path(path)
        kind = output_kind(path)
        if not path.parent.exists():
            raise InputError("output folder does not exist", path=path.parent)
        self.schema = schema
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp") if atomic else path
        super().__init__(path, schema.names, kind, tmp)

    def write(self, results: Iterable[ReportResult]) -> None:  # type: ignore[override]
        super().write(encode(results, self.kind, self.names))


def open_writer(path: str | Path, schema: Schema, **kwargs) -> LabelWriter:
    return LabelWriter(path, schema, **kwargs)
