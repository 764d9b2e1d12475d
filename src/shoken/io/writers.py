"""Label writers, chosen by the output file's extension.

* ``.csv`` / ``.tsv``: ``id`` + one 0/1 column per finding, named by the schema's
  canonical names, in schema order.
* ``.jsonl``: one object per report:
  ``{"id", "findings": {name: {"label", "state", "score", "evidence": [...]}}}``.
* ``.parquet``: the CSV columns plus ``result`` holding the JSONL object as JSON.

Output goes to a temporary file beside the target and is moved into place by
:meth:`LabelWriter.close`, so readers never see a half-written file.
"""
from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from pathlib import Path

from shoken.core.errors import InputError, require
from shoken.core.schema import Schema
from shoken.core.types import ReportResult

OUTPUT_FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
                  ".parquet": "parquet"}


def output_format(path: str | Path) -> str:
    ext = Path(path).suffix.lower()
    if ext not in OUTPUT_FORMATS:
        raise InputError(f"unsupported output extension {ext or '(none)'!r}; use "
                         f"{', '.join(OUTPUT_FORMATS)}", path=path)
    return OUTPUT_FORMATS[ext]


class LabelWriter:
    def __init__(self, path: str | Path, schema: Schema, *, atomic: bool = True) -> None:
        self.path = Path(path)
        self.schema = schema
        self.kind = output_format(self.path)
        if self.path.parent and not self.path.parent.exists():
            raise InputError("output folder does not exist", path=self.path.parent)
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp") if atomic else self.path
        self.n = 0
        self._closed = False
        self._names = schema.names
        if self.kind == "parquet":
            self._pa = require("pyarrow", "parquet", "writing Parquet")
            self._pq = require("pyarrow.parquet", "parquet", "writing Parquet")
            self._buf: list[ReportResult] = []
            self._pw = None
        else:
            self._fh = open(self.tmp, "w", encoding="utf-8", newline="")
            if self.kind in ("csv", "tsv"):
                self._csv = csv.writer(self._fh, delimiter="\t" if self.kind == "tsv" else ",",
                                       lineterminator="\n")
                self._csv.writerow(["id", *self._names])

    def write(self, results: Iterable[ReportResult]) -> None:
        names = self._names
        if self.kind in ("csv", "tsv"):
            rows = []
            for r in results:
                f = r.findings
                rows.append([r.id, *(f[n].label for n in names)])
            self._csv.writerows(rows)
            self.n += len(rows)
        elif self.kind == "jsonl":
            lines = [json.dumps(r.to_dict(), ensure_ascii=False) for r in results]
            if lines:
                self._fh.write("\n".join(lines) + "\n")
            self.n += len(lines)
        else:
            batch = list(results)
            self._buf.extend(batch)
            self.n += len(batch)
            if len(self._buf) >= 8192:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        if not self._buf:
            return
        pa = self._pa
        cols: dict[str, list] = {"id": [r.id for r in self._buf]}
        for n in self._names:
            cols[n] = [r.findings[n].label for r in self._buf]
        cols["result"] = [json.dumps(r.to_dict(), ensure_ascii=False) for r in self._buf]
        table = pa.table(cols)
        if self._pw is None:
            self._pw = self._pq.ParquetWriter(self.tmp, table.schema)
        self._pw.write_table(table)
        self._buf.clear()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.kind == "parquet":
            if self._pw is None:  # no rows: still write a valid empty file with the right columns
                pa = self._pa
                fields = [pa.field("id", pa.string())] + [pa.field(n, pa.int64()) for n in self._names]
                fields.append(pa.field("result", pa.string()))
                self._pw = self._pq.ParquetWriter(self.tmp, pa.schema(fields))
            self._flush_parquet()
            self._pw.close()
        else:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
        if self.tmp != self.path:
            os.replace(self.tmp, self.path)

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

    def __enter__(self) -> "LabelWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def open_writer(path: str | Path, schema: Schema, **kwargs) -> LabelWriter:
    return LabelWriter(path, schema, **kwargs)
