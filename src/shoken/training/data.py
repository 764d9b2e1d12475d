"""Training data: report text through :mod:`shoken.io` readers, labels from the schema's columns.

Any layout the readers recognise works (plain ``text``, CT-RATE ``Findings_EN`` +
``Impressions_EN``, CT-RATE-JPN ``Findings_JPN*`` + ``Impressions_JPN*``). Label
columns are named by the schema's finding names (or their display names); cells
hold 1/0, ``-1`` (uncertain, read by the ``uncertain`` policy) or blank (0).

For files that carry both Japanese and English, ``language="both"`` yields one
example per language per report; the internal validation split is always made by
report id, so the two languages of one report never straddle it.
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from shoken.core.errors import InputError
from shoken.core.schema import Schema
from shoken.evaluation.splits import is_dev
from shoken.io import iter_rows, read_columns, read_reports


@dataclass(slots=True)
class Example:
    id: str
    language: str | None
    text: str
    labels: np.ndarray  # float32 (n_findings,)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("_", " ").replace("-", " ").split())


def label_columns(columns: list[str], schema: Schema, path=None) -> list[str]:
    """The column holding each finding's labels, in schema order."""
    by_norm = {_norm(c): c for c in columns}
    out, missing = [], []
    for f in schema.findings:
        cands = [f.name, *f.display.values()]
        col = next((by_norm[_norm(c)] for c in cands if _norm(c) in by_norm), None)
        if col is None:
            missing.append(f.name)
        out.append(col)
    if missing:
        raise InputError(f"no label column for {len(missing)} finding(s) of schema {schema.name!r}: "
                         f"{', '.join(missing[:5])}{' ...' if len(missing) > 5 else ''}",
                         path=path, column=missing[0])
    return out


def _cell_label(v, uncertain: str, path, row, col) -> float:
    if v is None:
        return 0.0
    s = str(v).strip()
    if s in ("", "nan", "None"):
        return 0.0
    try:
        x = float(s)
    except ValueError:
        raise InputError(f"label must be 1, 0, -1 or blank, got {s[:20]!r}", path=path, row=row, column=col) from None
    if x == -1:
        return 1.0 if uncertain == "positive" else 0.0
    if x not in (0.0, 1.0):
        raise InputError(f"label must be 1, 0, -1 or blank, got {s[:20]!r}", path=path, row=row, column=col)
    return x


def load_examples(path: str | Path, schema: Schema, *, language: str = "both",
                  text_columns: list[str] | None = None, id_column: str | None = None,
                  uncertain: str = "positive", exclude_dev: bool = False,
                  limit: int | None = None) -> list[Example]:
    path = Path(path)
    columns = read_columns(path)
    if id_column is None and "AccessionNo" in columns:
        id_column = "AccessionNo"  # the key of the dev split; VolumeName repeats in CT-RATE files
    cols = label_columns(columns, schema, path)
    labels: dict[int, np.ndarray] = {}
    for row, rec in iter_rows(path):
        labels[row] = np.array([_cell_label(rec.get(c), uncertain, path, row, c) for c in cols],
                               dtype=np.float32)
    has_ja = any(c.startswith("Findings_JPN") or c.startswith("Impressions_JPN") for c in columns)
    has_en = any(c.startswith("Findings_EN") or c.startswith("Impressions_EN") for c in columns)
    if text_columns:
        langs: list[str | None] = [None if language == "both" else language]
    elif language == "both":
        langs = [lang for lang, ok in (("ja", has_ja), ("en", has_en)) if ok] or [None]
    else:
        if (language == "ja" and not has_ja and has_en) or (language == "en" and not has_en and has_ja):
            raise InputError(f"the file has no {language!r} text columns", path=path)
        langs = [language]
    out: list[Example] = []
    for lang in langs:
        reader = read_reports(path, text_columns=text_columns, id_column=id_column, language=lang)
        n = 0
        for rep in reader:
            if exclude_dev and is_dev(rep.id):
                continue
            if limit is not None and n >= limit:
                break
            n += 1
            if not rep.text.strip():
                continue
            out.append(Example(rep.id, lang or rep.language, rep.text, labels[rep.row]))
    if not out:
        raise InputError("no training reports with text", path=path)
    return out


def split_ids(examples: list[Example], val_fraction: float, seed: int) -> tuple[set[str], set[str]]:
    """Random split of report ids (the paper's 80/20), by report so languages stay together."""
    ids = sorted({e.id for e in examples})
    rng = random.Random(seed)
    rng.shuffle(ids)
    n_val = int(round(len(ids) * val_fraction))
    if val_fraction > 0 and len(ids) >= 2:
        n_val = max(1, min(n_val, len(ids) - 1))
    return set(ids[n_val:]), set(ids[:n_val])


def data_hash(path: str | Path, ids: list[str] | set[str]) -> str:
    """sha256 over the file's bytes and the ids used (which rows went into the model)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update("\n".join(sorted(ids)).encode())
    return h.hexdigest()
