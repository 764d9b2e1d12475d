"""Streaming readers. Rows are numbered from 1 (the first data row; a CSV header is row 0)."""
from __future__ import annotations

import codecs
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError, require
from shoken.core.types import Report
from shoken.io.layouts import Layout, resolve_layout

FORMATS = ("csv", "tsv", "jsonl", "parquet", "txt")
_EXT = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
        ".json": "jsonl", ".parquet": "parquet", ".pq": "parquet", ".txt": "txt", ".text": "txt"}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def detect_format(path: str | Path, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", path=path)
        return fmt
    p = Path(path)
    suffixes = [s.lower() for s in p.suffixes if s.lower() != ".gz"]
    ext = suffixes[-1] if suffixes else ""
    if ext not in _EXT:
        raise InputError(
            f"cannot tell the format from the extension {ext or '(none)'!r}; "
            f"use one of {', '.join(sorted(_EXT))} or pass --format", path=path)
    return _EXT[ext]


def _open_binary(path: Path, encoding: str):
    if not path.exists():
        raise InputError("file not found", path=path)
    if path.is_dir():
        raise InputError("is a directory, not a file", path=path)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", path=path) from None
    if path.suffix == ".gz":
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


class _LineCounter:
    """Decodes a binary file line by line, so a decoding error names its line."""

    def __init__(self, fh, path: Path, encoding: str):
        self.fh, self.path, self.encoding, self.rows = fh, path, encoding, 0
        self.codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding

    def __iter__(self):
        first = True
        line_no = 0
        for raw in self.fh:
            line_no += 1
            try:
                line = raw.decode(self.codec if first else self.codec.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                hint = " (try --encoding cp932 for Shift_JIS files)" if self.encoding.lower().startswith("utf") else ""
                raise InputError(f"line {line_no}: cannot decode text as {self.encoding}{hint}: {exc.reason}",
                                 path=self.path) from None
            first = False
            yield line


def iter_rows(path: str | Path, fmt: str | None = None, *, encoding: str = "utf-8",
              columns_out: list | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(row_number, {column: value})`` for every data row, streaming.

    If ``columns_out`` is a list, the column names are appended to it before the first row.
    """
    path = Path(path)
    kind = detect_format(path, fmt)
    if kind == "parquet":
        yield from _iter_parquet(path, columns_out)
        return
    fh = _open_binary(path, encoding)
    with fh:
        lines = _LineCounter(fh, path, encoding)
        if kind in ("csv", "tsv"):
            yield from _iter_csv(lines, path, "\t" if kind == "tsv" else ",", columns_out)
        elif kind == "jsonl":
            yield from _iter_jsonl(lines, path, columns_out)
        else:
            if columns_out is not None:
                columns_out.extend(["id", "text"])
            n = 0
            for line in lines:
                n += 1
                lines.rows = n
                yield n, {"id": str(n), "text": line.rstrip("\r\n")}
            if n == 0:
                raise InputError("file is empty", path=path)


def _iter_csv(lines: _LineCounter, path: Path, delimiter: str, columns_out):
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("file is empty", path=path) from None
    except csv.Error as exc:
        raise InputError(f"malformed header: {exc}", path=path, row=0) from None
    header = [h.strip() for h in header]
    if not any(header):
        raise InputError("header row is empty", path=path, row=0)
    seen: set[str] = set()
    for h in header:
        if h in seen:
            raise InputError("duplicate column name in header", path=path, row=0, column=h)
        seen.add(h)
    if columns_out is not None:
        columns_out.extend(header)
    width = len(header)
    n = 0
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"malformed row: {exc}", path=path, row=n + 1) from None
        n += 1
        lines.rows = n
        if not rec:
            continue  # blank line
        if len(rec) != width:
            col = header[min(len(rec), width) - 1] if len(rec) < width else None
            raise InputError(
                f"malformed row: {len(rec)} fields, the header has {width}"
                + (" (an unclosed quote?)" if len(rec) < width else ""),
                path=path, row=n, column=col)
        yield n, dict(zip(header, rec))


def _iter_jsonl(lines: _LineCounter, path: Path, columns_out):
    n = 0
    announced = False
    for line in lines:
        n += 1
        lines.rows = n
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc.msg} (character {exc.pos + 1})",
                             path=path, row=n) from None
        if not isinstance(obj, dict):
            raise InputError("each line must be a JSON object", path=path, row=n)
        if not announced:
            if columns_out is not None:
                columns_out.extend(obj.keys())
            announced = True
        yield n, obj
    if n == 0:
        raise InputError("file is empty", path=path)


def _iter_parquet(path: Path, columns_out):
    pq = require("pyarrow.parquet", "parquet", "reading Parquet")
    if not path.exists():
        raise InputError("file not found", path=path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises various types
        raise InputError(f"not a readable Parquet file: {exc}", path=path) from None
    names = pf.schema_arrow.names
    if columns_out is not None:
        columns_out.extend(names)
    n = 0
    for batch in pf.iter_batches(batch_size=4096):
        for rec in batch.to_pylist():
            n += 1
            yield n, rec
    if n == 0:
        raise InputError("file is empty", path=path)


def read_columns(path: str | Path, fmt: str | None = None, *, encoding: str = "utf-8") -> list[str]:
    cols: list[str] = []
    it = iter_rows(path, fmt, encoding=encoding, columns_out=cols)
    try:
        next(it)
    except StopIteration:
        pass
    finally:
        it.close()
    return cols


def cell_text(value: Any, path: object, row: int, column: str) -> str:
    """A table cell as text: None/NaN -> "", numbers -> str, anything else is an InputError."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        if value != value:  # NaN
            return ""
        return str(value)
    raise InputError(f"expected text, got {type(value).__name__}", path=path, row=row, column=column)


class ReportReader:
    """Iterate :class:`Report` objects from a file, streaming, with duplicate-id checks.

    After iteration, ``n_reports`` and ``n_empty`` tell how many reports were read
    and how many were empty or whitespace only.
    """

    def __init__(self, path: str | Path, *, text_columns: list[str] | tuple[str, ...] | None = None,
                 id_column: str | None = None, language: str | None = None,
                 fmt: str | None = None, encoding: str = "utf-8", check_duplicates: bool = True) -> None:
        self.path = Path(path)
        self.fmt = detect_format(self.path, fmt)
        self.encoding = encoding
        self.columns = read_columns(self.path, self.fmt, encoding=encoding)
        self.layout: Layout = resolve_layout(self.columns, text_columns, id_column, language, self.path)
        self.language = language
        self.check_duplicates = check_duplicates
        self.n_reports = 0
        self.n_empty = 0

    def __iter__(self) -> Iterator[Report]:
        lay = self.layout
        seen: set[int] = set()
        path = self.path
        self.n_reports = self.n_empty = 0
        for row, rec in iter_rows(path, self.fmt, encoding=self.encoding):
            if lay.id_column is not None:
                if lay.id_column not in rec:
                    raise InputError("missing id", path=path, row=row, column=lay.id_column)
                rid = cell_text(rec[lay.id_column], path, row, lay.id_column).strip()
                if not rid:
                    raise InputError("empty id", path=path, row=row, column=lay.id_column)
            else:
                rid = str(row)
            if self.check_duplicates:
                h = hash(rid)
                if h in seen:
                    raise InputError(f"duplicate id {rid!r}", path=path, row=row,
                                     column=lay.id_column or "(row number)")
                seen.add(h)
            text, sections = self._compose(rec, row)
            self.n_reports += 1
            if not text.strip():
                self.n_empty += 1
            yield Report(id=rid, text=text, language=self.language or None, sections=sections, row=row)

    def _compose(self, rec: dict[str, Any], row: int) -> tuple[str, dict[str, tuple[int, int]] | None]:
        lay = self.layout
        parts: list[tuple[str | None, str]] = []
        for col, sec in zip(lay.text_columns, lay.section_names or (None,) * len(lay.text_columns)):
            if col not in rec:
                raise InputError("missing column", path=self.path, row=row, column=col)
            val = cell_text(rec[col], self.path, row, col)
            if lay.split_quote and '"' in val:
                head, *imp = val.split('"')
                parts.append(("findings", head.strip()))
                parts.append(("impression", "\n".join(p.strip() for p in imp if p.strip())))
            else:
                parts.append((sec, val))
        if len(parts) == 1:
            sec, val = parts[0]
            return val, ({sec: (0, len(val))} if sec else None)
        text_parts: list[str] = []
        sections: dict[str, tuple[int, int]] = {}
        pos = 0
        for sec, val in parts:
            if text_parts:
                text_parts.append("\n\n")
                pos += 2
            if sec:
                sections[sec] = (pos, pos + len(val))
            text_parts.append(val)
            pos += len(val)
        return "".join(text_parts), (sections or None)


def read_reports(path: str | Path, **kwargs: Any) -> ReportReader:
    """Open ``path`` for streaming :class:`Report` objects. See :class:`ReportReader`."""
    return ReportReader(path, **kwargs)
