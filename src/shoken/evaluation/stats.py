"""Statistics for comparing labelers on the same reports.

* :func:`bootstrap` — paired bootstrap over reports: percentile confidence intervals for
  macro-F1 and exact match of each system, and for the difference between two systems
  (the same resampled reports are used for both, so the difference is paired).
* :func:`mcnemar` — McNemar's test on per-report correctness (e.g. exact match): the exact
  two-sided binomial test (``scipy.stats.binomtest``) on the discordant pairs when they are
  few (``b + c < 25`` by default), otherwise the chi-square statistic with continuity
  correction ``(|b - c| - 1)^2 / (b + c)`` on 1 degree of freedom.
* :func:`paired_tests` — paired t-test (``scipy.stats.ttest_rel``) and Wilcoxon signed-rank
  test (``scipy.stats.wilcoxon``) over per-finding F1 of two systems, as in the
  LLM-labeler study.

scipy is an optional dependency (``shoken[report]``); numpy does the resampling.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from shoken.core.errors import require

#: Below this many discordant pairs McNemar uses the exact binomial test.
EXACT_BELOW = 25


def _scipy_stats():
    return require("scipy.stats", "report", "significance tests")


# ---------------------------------------------------------------------------------------------
# bootstrap
# ---------------------------------------------------------------------------------------------
@dataclass
class Interval:
    estimate: float
    low: float
    high: float
    level: float = 0.95

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.estimate:.3f} [{self.low:.3f}, {self.high:.3f}]"


def _weights(rng: np.random.Generator, n: int, size: int) -> np.ndarray:
    """``(size, n)`` resampling multiplicities: each row counts how often each report was drawn."""
    idx = rng.integers(0, n, size=(size, n))
    w = np.zeros((size, n), dtype=np.float64)
    rows = np.repeat(np.arange(size), n)
    np.add.at(w, (rows, idx.ravel()), 1.0)
    return w


def macro_f1_from_counts(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    """Macro-F1 along the last axis; a finding with ``tp + fp + fn == 0`` has F1 1.0
    (the convention of :mod:`shoken.evaluation.metrics`)."""
    den = 2 * tp + fp + fn
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(den > 0, 2 * tp / np.where(den > 0, den, 1), 1.0)
    return f1.mean(axis=-1)


def bootstrap(gold, preds: dict[str, Any] | list, *, n_boot: int = 1000, seed: int = 0,
              level: float = 0.95, chunk: int = 250) -> dict[str, Any]:
    """Paired bootstrap over reports.

    ``gold`` is an ``(n, k)`` 0/1 array; ``preds`` maps a system name to its aligned
    ``(n, k)`` 0/1 array. Every replicate draws ``n`` reports with replacement (the same
    draw for all systems) and recomputes macro-F1 and exact match. Returns::

        {"n_boot", "seed", "level",
         "systems": {name: {"macro_f1": Interval, "exact_match": Interval}},
         "differences": {(a, b): {"macro_f1": Interval, "exact_match": Interval,
                                  "p_macro_f1": float, "p_exact_match": float}}}

    Differences are ``b - a`` for every ordered pair ``a`` before ``b``; the two-sided
    bootstrap p-value is ``2 * min(P(d <= 0), P(d >= 0))`` over replicates (capped at 1).
    Intervals are percentile intervals; estimates are the full-sample values.
    """
    if isinstance(preds, list):
        preds = {str(i): p for i, p in enumerate(preds)}
    y = np.asarray(gold, dtype=np.int8)
    if y.ndim == 1:
        y = y[:, None]
    n = y.shape[0]
    names = list(preds)
    arrays = {}
    for name in names:
        p = np.asarray(preds[name], dtype=np.int8).reshape(y.shape)
        arrays[name] = p
    if n == 0:
        raise ValueError("bootstrap needs at least one report")
    rng = np.random.default_rng(seed)
    # per-report contributions (float for matrix products)
    parts = {}
    for name, p in arrays.items():
        tp = ((y == 1) & (p == 1)).astype(np.float64)
        fp = ((y == 0) & (p == 1)).astype(np.float64)
        fn = ((y == 1) & (p == 0)).astype(np.float64)
        em = (y == p).all(axis=1).astype(np.float64)
        parts[name] = (tp, fp, fn, em)
    reps = {name: {"macro_f1": [], "exact_match": []} for name in names}
    done = 0
    while done < n_boot:
        size = min(chunk, n_boot - done)
        w = _weights(rng, n, size)
        for name in names:
            tp, fp, fn, em = parts[name]
            reps[name]["macro_f1"].append(macro_f1_from_counts(w @ tp, w @ fp, w @ fn))
            reps[name]["exact_match"].append(w @ em / n)
        done += size
    alpha = (1.0 - level) / 2.0
    q = [100 * alpha, 100 * (1 - alpha)]
    full = {name: {"macro_f1": float(macro_f1_from_counts(*(x.sum(axis=0) for x in parts[name][:3]))),
                   "exact_match": float(parts[name][3].mean())} for name in names}
    out_sys: dict[str, dict[str, Interval]] = {}
    samples: dict[str, dict[str, np.ndarray]] = {}
    for name in names:
        out_sys[name] = {}
        samples[name] = {}
        for metric in ("macro_f1", "exact_match"):
            s = np.concatenate(reps[name][metric])
            samples[name][metric] = s
            lo, hi = np.percentile(s, q)
            out_sys[name][metric] = Interval(full[name][metric], float(lo), float(hi), level)
    diffs: dict[tuple[str, str], dict[str, Any]] = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            d: dict[str, Any] = {}
            for metric in ("macro_f1", "exact_match"):
                s = samples[b][metric] - samples[a][metric]
                lo, hi = np.percentile(s, q)
                d[metric] = Interval(full[b][metric] - full[a][metric], float(lo), float(hi), level)
                p = 2 * min(float((s <= 0).mean()), float((s >= 0).mean()))
                d[f"p_{metric}"] = min(1.0, p)
            diffs[(a, b)] = d
    return {"n_boot": n_boot, "seed": seed, "level": level, "n_reports": n,
            "systems": out_sys, "differences": diffs}


# ---------------------------------------------------------------------------------------------
# McNemar
# ---------------------------------------------------------------------------------------------
@dataclass
class McNemarResult:
    b: int               # A right, B wrong
    c: int               # A wrong, B right
    both_right: int
    both_wrong: int
    statistic: float     # chi-square (corrected) or, for the exact test, min(b, c)
    pvalue: float
    method: str          # "exact" | "chi2-corrected" | "none" (no discordant pairs)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def mcnemar_table(table, *, exact: bool | None = None) -> McNemarResult:
    """McNemar's test from a 2x2 table ``[[both right, A right & B wrong],
    [A wrong & B right, both wrong]]``.

    ``exact=None`` picks the exact binomial test when ``b + c < 25``.
    """
    t = np.asarray(table, dtype=np.int64).reshape(2, 2)
    a, b, c, d = int(t[0, 0]), int(t[0, 1]), int(t[1, 0]), int(t[1, 1])
    nd = b + c
    if nd == 0:
        return McNemarResult(b, c, a, d, 0.0, 1.0, "none")
    if exact is None:
        exact = nd < EXACT_BELOW
    if exact:
        st = _scipy_stats()
        p = float(st.binomtest(min(b, c), nd, 0.5, alternative="two-sided").pvalue)
        return McNemarResult(b, c, a, d, float(min(b, c)), min(1.0, p), "exact")
    st = _scipy_stats()
    chi2 = (abs(b - c) - 1.0) ** 2 / nd
    p = float(st.chi2.sf(chi2, 1))
    return McNemarResult(b, c, a, d, float(chi2), p, "chi2-corrected")


def mcnemar(correct_a, correct_b, *, exact: bool | None = None) -> McNemarResult:
    """McNemar's test on paired per-item correctness (boolean arrays of equal length)."""
    ra = np.asarray(correct_a, dtype=bool).ravel()
    rb = np.asarray(correct_b, dtype=bool).ravel()
    if ra.shape != rb.shape:
        raise ValueError("McNemar needs paired arrays of the same length")
    table = [[int((ra & rb).sum()), int((ra & ~rb).sum())],
             [int((~ra & rb).sum()), int((~ra & ~rb).sum())]]
    return mcnemar_table(table, exact=exact)


# ---------------------------------------------------------------------------------------------
# paired tests over per-finding F1
# ---------------------------------------------------------------------------------------------
@dataclass
class PairedTests:
    n: int                       # findings compared
    mean_difference: float       # mean of b - a
    t_statistic: float | None
    t_pvalue: float | None
    wilcoxon_statistic: float | None
    wilcoxon_pvalue: float | None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _finite(x) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


def paired_tests(values_a, values_b) -> PairedTests:
    """Paired t-test and Wilcoxon signed-rank test of ``b - a`` (e.g. per-finding F1).

    When every difference is zero both tests are undefined: p-values are reported as 1.0
    and ``note`` says so. Wilcoxon drops zero differences (scipy's default ``"wilcox"``).
    """
    a = np.asarray(values_a, dtype=float).ravel()
    b = np.asarray(values_b, dtype=float).ravel()
    if a.shape != b.shape:
        raise ValueError("paired tests need two sequences of the same length")
    n = int(a.size)
    d = b - a
    mean = float(d.mean()) if n else 0.0
    if n < 2:
        return PairedTests(n, mean, None, None, None, None, "fewer than 2 pairs")
    if np.allclose(d, 0.0):
        return PairedTests(n, mean, 0.0, 1.0, 0.0, 1.0, "all differences are zero")
    st = _scipy_stats()
    note = ""
    if np.allclose(d, d[0]):
        t_stat, t_p = (math.copysign(math.inf, d[0]), 0.0)
        note = "constant non-zero difference: t is infinite"
    else:
        t = st.ttest_rel(b, a)
        t_stat, t_p = float(t.statistic), float(t.pvalue)
    w = st.wilcoxon(b, a)
    return PairedTests(n, mean, t_stat if math.isfinite(t_stat) else None, _finite(t_p),
                       _finite(w.statistic), _finite(w.pvalue), note)


__all__ = ["EXACT_BELOW", "Interval", "McNemarResult", "PairedTests", "bootstrap", "macro_f1_from_counts",
           "mcnemar", "mcnemar_table", "paired_tests"]
