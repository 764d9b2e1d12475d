"""Text statistics per report (the CT-RATE-JPN paper's Table 1), for any text columns.

For every column and every non-empty report:

* ``characters``: Unicode characters, whitespace excluded (``count_whitespace=True``
  counts every character of the stripped text);
* ``words``: tokens from :func:`shoken.datasets.tokenize.tokenize` without
  punctuation-only tokens (MeCab for Japanese, regex words for English, characters
  for Chinese);
* ``sentences``: :func:`shoken.datasets.tokenize.sentences`;
* ``ttr``: lexical diversity, distinct words / words in the report (English words
  lower-cased).

Each is summarised as mean and sample standard deviation (``ddof=1``) over the
reports; empty cells are left out and counted in ``n_empty``.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError
from shoken.datasets.tokenize import guess_language, sentences, tokenize
from shoken.io.layouts import section_of as _section_of

METRICS = ("characters", "words", "sentences", "ttr")


def mean_sd(values: Sequence[float]) -> tuple[float, float]:
    """Mean and sample standard deviation (n-1); SD is NaN for fewer than two values."""
    n = len(values)
    if n == 0:
        return float("nan"), float("nan")
    m = sum(values) / n
    if n < 2:
        return m, float("nan")
    var = sum((v - m) ** 2 for v in values) / (n - 1)
    return m, math.sqrt(var)


def report_stats(text: str, lang: str, *, count_whitespace: bool = False) -> dict[str, float]:
    """The four statistics of one text."""
    stripped = text.strip()
    chars = len(stripped) if count_whitespace else sum(1 for c in stripped if not c.isspace())
    words = tokenize(stripped, lang, punctuation=False)
    if lang not in ("ja", "zh"):
        words = [w.lower() for w in words]
    n_words = len(words)
    return {
        "characters": float(chars),
        "words": float(n_words),
        "sentences": float(len(sentences(stripped))),
        "ttr": (len(set(words)) / n_words) if n_words else float("nan"),
    }


@dataclass
class ColumnStats:
    column: str
    language: str
    n: int = 0
    n_empty: int = 0
    values: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METRICS})

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"column": self.column, "language": self.language, "n": self.n,
                               "n_empty": self.n_empty}
        for m in METRICS:
            vals = [v for v in self.values[m] if not math.isnan(v)]
            mu, sd = mean_sd(vals)
            out[m] = {"mean": mu, "sd": sd}
        return out



def section_of(column: str) -> str:
    """The section a text column holds (findings / impression), else the column name."""
    return _section_of(column, column)


def text_stats(rows: Iterable[tuple[int, dict[str, Any]]], columns: Sequence[str], *,
               languages: dict[str, str] | None = None, count_whitespace: bool = False,
               path: object = None) -> list[ColumnStats]:
    """Statistics for ``columns`` over ``rows`` (``(row_number, record)`` pairs, as from
    :func:`shoken.io.iter_rows`). ``languages`` maps a column to ``ja``/``en``/``zh``;
    unmapped columns are guessed from their name, else from their first texts."""
    languages = dict(languages or {})
    stats: dict[str, ColumnStats] = {}
    sample: dict[str, list[str]] = {c: [] for c in columns}
    buffered: list[tuple[int, dict[str, str]]] = []

    def ensure(col: str) -> ColumnStats:
        if col not in stats:
            lang = languages.get(col) or guess_language(sample[col], col)
            stats[col] = ColumnStats(col, lang)
        return stats[col]

    def add(row: int, rec: dict[str, str]) -> None:
        for col in columns:
            st = ensure(col)
            text = rec[col]
            if not text.strip():
                st.n_empty += 1
                continue
            st.n += 1
            for k, v in report_stats(text, st.language, count_whitespace=count_whitespace).items():
                st.values[k].append(v)

    for row, rec in rows:
        cells: dict[str, str] = {}
        for col in columns:
            if col not in rec:
                raise InputError("missing column", path=path, row=row, column=col)
            v = rec[col]
            if v is None or (isinstance(v, float) and v != v):
                v = ""
            if not isinstance(v, str):
                if isinstance(v, (int, float)):
                    v = str(v)
                else:
                    raise InputError(f"expected text, got {type(v).__name__}", path=path, row=row,
                                     column=col)
            cells[col] = v
        if len(buffered) < 50 and any(c not in stats for c in columns):
            buffered.append((row, cells))
            for col in columns:
                if cells[col]:
                    sample[col].append(cells[col])
            continue
        for r, c in buffered:
            add(r, c)
        buffered.clear()
        add(row, cells)
    for r, c in buffered:
        add(r, c)
    for col in columns:
        ensure(col)
    return [stats[c] for c in columns]


def textstats_file(path: str | Path, columns: Sequence[str] | None = None, *,
                   languages: dict[str, str] | None = None, fmt: str | None = None,
                   encoding: str = "utf-8", count_whitespace: bool = False) -> list[ColumnStats]:
    """:func:`text_stats` over a CSV/TSV/JSONL/Parquet file. Without ``columns``, every
    ``Findings_*`` / ``Impressions_*`` column (else ``text``) is used."""
    from shoken.io import iter_rows, read_columns

    cols = read_columns(path, fmt, encoding=encoding)
    if columns:
        for c in columns:
            if c not in cols:
                raise InputError(f"column not found; columns are: {', '.join(cols)}", path=path,
                                 column=c)
        chosen = list(columns)
    else:
        chosen = [c for c in cols if c.lower().startswith(("findings", "impression"))]
        if not chosen and "text" in cols:
            chosen = ["text"]
        if not chosen:
            raise InputError("no text columns found: pass --column", path=path)
    return text_stats(iter_rows(path, fmt, encoding=encoding), chosen, languages=languages,
                      count_whitespace=count_whitespace, path=path)
