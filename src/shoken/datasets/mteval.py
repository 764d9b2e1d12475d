"""Translation quality against references (the CT-RATE-JPN paper's Table 2).

Per report, for each (hypothesis column, reference column) pair:

* **BLEU**: ``nltk.translate.bleu_score.sentence_bleu`` with one reference, 4-gram
  uniform weights ``(0.25, 0.25, 0.25, 0.25)`` and, by default,
  ``SmoothingFunction().method1`` (epsilon 0.1 added to zero n-gram counts), so a
  short report with no matching 4-gram does not score 0. Scale 0-1.
* **ROUGE-1, ROUGE-2, ROUGE-L**: ``rouge_score.rouge_scorer.RougeScorer`` F-measures
  (precision and recall are kept in the per-report output), with
  :class:`~shoken.datasets.tokenize.RougeTokenizer`: MeCab tokens for Japanese,
  characters for Chinese, regex tokens for English (rouge-score's own tokenizer
  would drop every Japanese character).

Tokens are those of :func:`shoken.datasets.tokenize.tokenize` with punctuation kept
(BLEU is case-sensitive; ROUGE lower-cases). Rows where both texts are empty are
skipped; a row with one side empty scores 0.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError, ShokenError, require
from shoken.datasets.textstats import mean_sd
from shoken.datasets.tokenize import RougeTokenizer, guess_language, tokenize
from shoken.io.readers import cell_text

METRICS = ("bleu", "rouge1", "rouge2", "rougeL")
SMOOTHING = ("none", "method0", "method1", "method2", "method3", "method4", "method5", "method6",
             "method7")


class Scorer:
    """Scores one hypothesis against one reference in language ``lang``."""

    def __init__(self, lang: str, *, smoothing: str = "method1", stemmer: bool = False) -> None:
        if smoothing not in SMOOTHING:
            raise ShokenError(f"unknown BLEU smoothing {smoothing!r}; use one of {', '.join(SMOOTHING)}")
        bleu = require("nltk.translate.bleu_score", "mt", "BLEU")
        rouge = require("rouge_score.rouge_scorer", "mt", "ROUGE")
        self.lang = lang
        self._bleu = bleu.sentence_bleu
        sf = bleu.SmoothingFunction()
        self._smooth = None if smoothing in ("none", "method0") else getattr(sf, smoothing)
        tok = RougeTokenizer(lang) if lang in ("ja", "zh") else None
        # English: rouge-score's own tokenizer (lower-case, [a-z0-9] tokens), as usual.
        self._rouge = rouge.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=stemmer,
                                        tokenizer=tok)

    def score(self, hypothesis: str, reference: str) -> dict[str, float]:
        hyp = tokenize(hypothesis, self.lang)
        ref = tokenize(reference, self.lang)
        out: dict[str, float] = {}
        if not hyp or not ref:
            bleu = 0.0
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                bleu = float(self._bleu([ref], hyp, weights=(0.25, 0.25, 0.25, 0.25),
                                        smoothing_function=self._smooth))
        out["bleu"] = bleu
        scores = self._rouge.score(reference, hypothesis)  # (target, prediction)
        for name in ("rouge1", "rouge2", "rougeL"):
            s = scores[name]
            out[name] = float(s.fmeasure)
            out[f"{name}_p"] = float(s.precision)
            out[f"{name}_r"] = float(s.recall)
        return out


@dataclass
class PairResult:
    hypothesis: str
    reference: str
    language: str
    n: int = 0
    n_skipped: int = 0
    per_report: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"hypothesis": self.hypothesis, "reference": self.reference,
                               "language": self.language, "n": self.n, "n_skipped": self.n_skipped}
        for m in METRICS:
            mu, sd = mean_sd([r[m] for r in self.per_report])
            out[m] = {"mean": mu, "sd": sd}
        return out




def mt_eval(rows: Iterable[tuple[int, dict[str, Any]]], pairs: Sequence[tuple[str, str]], *,
            id_column: str | None = None, languages: dict[str, str] | None = None,
            smoothing: str = "method1", stemmer: bool = False,
            path: object = None) -> list[PairResult]:
    """Score every ``(hypothesis, reference)`` column pair over ``rows``."""
    rows = list(rows) if not isinstance(rows, list) else rows
    languages = dict(languages or {})
    results: list[PairResult] = []
    for hyp_col, ref_col in pairs:
        sample = []
        for row, rec in rows[:50]:
            for c in (ref_col, hyp_col):
                if c not in rec:
                    raise InputError("missing column", path=path, row=row, column=c)
            sample.append(cell_text(rec.get(ref_col), path, row, ref_col))
        lang = languages.get(ref_col) or languages.get(hyp_col) or guess_language(sample, ref_col)
        scorer = Scorer(lang, smoothing=smoothing, stemmer=stemmer)
        pr = PairResult(hyp_col, ref_col, lang)
        for row, rec in rows:
            for c in (ref_col, hyp_col):
                if c not in rec:
                    raise InputError("missing column", path=path, row=row, column=c)
            hyp = cell_text(rec[hyp_col], path, row, hyp_col)
            ref = cell_text(rec[ref_col], path, row, ref_col)
            if not hyp.strip() and not ref.strip():
                pr.n_skipped += 1
                continue
            s = scorer.score(hyp, ref)
            pr.n += 1
            rid = str(rec.get(id_column, row)) if id_column else str(row)
            pr.per_report.append({"id": rid, "row": row, **s})
        results.append(pr)
    return results


def default_pairs(columns: Sequence[str]) -> list[tuple[str, str]]:
    """Revision groups with an ``_MT`` column and a reference: MT vs Checked (else Revised)."""
    from shoken.datasets.revisions import revision_groups

    pairs = []
    for g in revision_groups(columns):
        ref = g.phases.get("Checked") or g.phases.get("Revised")
        if g.phases.get("MT") and ref:
            pairs.append((g.phases["MT"], ref))
    return pairs


def mt_eval_file(path: str | Path, pairs: Sequence[tuple[str, str]] | None = None, *,
                 id_column: str | None = None, languages: dict[str, str] | None = None,
                 smoothing: str = "method1", stemmer: bool = False, fmt: str | None = None,
                 encoding: str = "utf-8") -> list[PairResult]:
    from shoken.io import iter_rows, read_columns
    from shoken.io.layouts import ID_CANDIDATES

    cols = read_columns(path, fmt, encoding=encoding)
    if pairs:
        for h, r in pairs:
            for c in (h, r):
                if c not in cols:
                    raise InputError(f"column not found; columns are: {', '.join(cols)}",
                                     path=path, column=c)
    else:
        pairs = default_pairs(cols)
        if not pairs:
            raise InputError("no hypothesis/reference columns found (*_MT with *_Revised or "
                             "*_Checked): pass --hyp and --ref", path=path)
    if id_column is None:
        id_column = next((c for c in ID_CANDIDATES if c in cols), None)
    elif id_column not in cols:
        raise InputError("id column not found", path=path, column=id_column)
    rows = list(iter_rows(path, fmt, encoding=encoding))
    return mt_eval(rows, pairs, id_column=id_column, languages=languages, smoothing=smoothing,
                   stemmer=stemmer, path=path)
