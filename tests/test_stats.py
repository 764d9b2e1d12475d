"""Statistics checked against scipy on known inputs, and McNemar by hand."""
import math

import numpy as np
import pytest

scipy_stats = pytest.importorskip("scipy.stats")

from shoken.evaluation import stats  # noqa: E402


# -- McNemar ---------------------------------------------------------------------------------
def test_mcnemar_exact_by_hand():
    # b = 10 (A right, B wrong), c = 3: two-sided exact p = 2 * P(X <= 3), X ~ Bin(13, 1/2)
    r = stats.mcnemar_table([[50, 10], [3, 7]])
    by_hand = 2 * sum(math.comb(13, k) for k in range(4)) / 2 ** 13
    assert by_hand == pytest.approx(2 * 378 / 8192)
    assert r.method == "exact"
    assert (r.b, r.c, r.both_right, r.both_wrong) == (10, 3, 50, 7)
    assert r.pvalue == pytest.approx(by_hand, rel=1e-12)
    assert r.pvalue == pytest.approx(scipy_stats.binomtest(3, 13, 0.5).pvalue)


def test_mcnemar_chi2_corrected_by_hand():
    # b = 40, c = 20: chi2 = (|40 - 20| - 1)^2 / 60; 1-df survival = erfc(sqrt(x / 2))
    r = stats.mcnemar_table([[100, 40], [20, 5]])
    chi2 = 19 ** 2 / 60
    assert r.method == "chi2-corrected"
    assert r.statistic == pytest.approx(chi2)
    assert r.pvalue == pytest.approx(math.erfc(math.sqrt(chi2 / 2)), rel=1e-9)
    assert r.pvalue == pytest.approx(scipy_stats.chi2.sf(chi2, 1))


def test_mcnemar_switch_and_forced_modes():
    assert stats.mcnemar_table([[0, 13], [12, 0]]).method == "chi2-corrected"   # b + c = 25
    assert stats.mcnemar_table([[0, 12], [12, 0]]).method == "exact"            # b + c = 24 < 25
    assert stats.mcnemar_table([[0, 40], [20, 0]], exact=True).method == "exact"
    assert stats.mcnemar_table([[0, 3], [1, 0]], exact=False).method == "chi2-corrected"
    none = stats.mcnemar_table([[5, 0], [0, 5]])
    assert none.method == "none" and none.pvalue == 1.0


def test_mcnemar_from_correctness_vectors():
    a = np.array([1, 1, 1, 0, 0, 1, 1, 0, 1, 1], dtype=bool)
    b = np.array([1, 0, 0, 0, 1, 1, 0, 0, 1, 0], dtype=bool)
    r = stats.mcnemar(a, b)
    assert (r.b, r.c, r.both_right, r.both_wrong) == (4, 1, 3, 2)
    assert r.pvalue == pytest.approx(scipy_stats.binomtest(1, 5, 0.5).pvalue)
    with pytest.raises(ValueError):
        stats.mcnemar(a, b[:-1])


# -- paired tests ----------------------------------------------------------------------------
F1_A = [0.91, 0.72, 0.85, 0.60, 0.77, 0.95, 0.81, 0.66, 0.88, 0.70, 0.79, 0.93]
F1_B = [0.94, 0.70, 0.90, 0.71, 0.80, 0.96, 0.86, 0.69, 0.87, 0.78, 0.85, 0.95]


def test_paired_tests_match_scipy():
    r = stats.paired_tests(F1_A, F1_B)
    t = scipy_stats.ttest_rel(F1_B, F1_A)
    w = scipy_stats.wilcoxon(F1_B, F1_A)
    assert r.n == 12
    assert r.t_statistic == pytest.approx(t.statistic)
    assert r.t_pvalue == pytest.approx(t.pvalue)
    assert r.wilcoxon_statistic == pytest.approx(w.statistic)
    assert r.wilcoxon_pvalue == pytest.approx(w.pvalue)
    d = np.subtract(F1_B, F1_A)
    assert r.mean_difference == pytest.approx(d.mean())
    # the t statistic by hand
    assert r.t_statistic == pytest.approx(d.mean() / (d.std(ddof=1) / math.sqrt(len(d))))


def test_paired_tests_degenerate():
    same = stats.paired_tests([0.5, 0.6, 0.7], [0.5, 0.6, 0.7])
    assert same.t_pvalue == 1.0 and same.wilcoxon_pvalue == 1.0 and "zero" in same.note
    one = stats.paired_tests([0.5], [0.7])
    assert one.t_pvalue is None and one.n == 1
    const = stats.paired_tests([0.1, 0.2, 0.3, 0.4], [0.2, 0.3, 0.4, 0.5])
    assert const.t_statistic is None and const.t_pvalue == 0.0
    assert const.wilcoxon_pvalue == pytest.approx(scipy_stats.wilcoxon([0.1] * 4).pvalue)


# -- bootstrap -------------------------------------------------------------------------------
def _data(n=300, k=6, seed=3):
    rng = np.random.default_rng(seed)
    gold = (rng.random((n, k)) < 0.3).astype(np.int8)
    a = np.where(rng.random(gold.shape) < 0.08, 1 - gold, gold)
    b = np.where(rng.random(gold.shape) < 0.03, 1 - gold, gold)
    return gold, a, b


def test_macro_f1_from_counts_matches_metrics():
    from shoken.evaluation.metrics import evaluate_arrays

    gold, a, _ = _data(k=4)
    a[:, 3] = 0
    gold[:, 3] = 0  # a finding with nothing to find: F1 1.0 by convention
    rep = evaluate_arrays(gold, a, ["w", "x", "y", "z"])
    tp = ((gold == 1) & (a == 1)).sum(0)
    fp = ((gold == 0) & (a == 1)).sum(0)
    fn = ((gold == 1) & (a == 0)).sum(0)
    assert stats.macro_f1_from_counts(tp, fp, fn) == pytest.approx(rep.macro_f1)


def test_bootstrap_exact_match_interval_agrees_with_scipy():
    gold, a, b = _data()
    res = stats.bootstrap(gold, {"a": a, "b": b}, n_boot=2000, seed=1)
    em_a = (gold == a).all(axis=1).astype(float)
    ref = scipy_stats.bootstrap((em_a,), np.mean, n_resamples=2000, method="percentile",
                                confidence_level=0.95, random_state=np.random.default_rng(7))
    iv = res["systems"]["a"]["exact_match"]
    assert iv.estimate == pytest.approx(em_a.mean())
    assert iv.low == pytest.approx(ref.confidence_interval.low, abs=0.02)
    assert iv.high == pytest.approx(ref.confidence_interval.high, abs=0.02)


def test_bootstrap_paired_difference_agrees_with_scipy():
    gold, a, b = _data()
    res = stats.bootstrap(gold, {"a": a, "b": b}, n_boot=2000, seed=2)
    em_a = (gold == a).all(axis=1).astype(float)
    em_b = (gold == b).all(axis=1).astype(float)
    ref = scipy_stats.bootstrap((em_a, em_b), lambda x, y: np.mean(y) - np.mean(x), paired=True,
                                vectorized=False, n_resamples=2000, method="percentile",
                                random_state=np.random.default_rng(5))
    d = res["differences"][("a", "b")]
    assert d["exact_match"].estimate == pytest.approx(em_b.mean() - em_a.mean())
    assert d["exact_match"].low == pytest.approx(ref.confidence_interval.low, abs=0.025)
    assert d["exact_match"].high == pytest.approx(ref.confidence_interval.high, abs=0.025)
    # b is clearly better: the interval excludes 0 and the bootstrap p-value is tiny
    assert d["exact_match"].low > 0 and d["p_exact_match"] < 0.01
    mf = d["macro_f1"]
    assert mf.low <= mf.estimate <= mf.high and mf.low > 0


def test_bootstrap_macro_f1_interval_agrees_with_scipy():
    gold, a, _ = _data(n=200, k=3)

    def macro(idx):
        idx = idx.astype(int)
        g, p = gold[idx], a[idx]
        tp = ((g == 1) & (p == 1)).sum(0)
        fp = ((g == 0) & (p == 1)).sum(0)
        fn = ((g == 1) & (p == 0)).sum(0)
        return stats.macro_f1_from_counts(tp, fp, fn)

    ref = scipy_stats.bootstrap((np.arange(len(gold)),), macro, vectorized=False, n_resamples=1500,
                                method="percentile", random_state=np.random.default_rng(0))
    iv = stats.bootstrap(gold, {"a": a}, n_boot=1500, seed=4)["systems"]["a"]["macro_f1"]
    assert iv.low == pytest.approx(ref.confidence_interval.low, abs=0.02)
    assert iv.high == pytest.approx(ref.confidence_interval.high, abs=0.02)


def test_bootstrap_is_deterministic_and_chunk_independent():
    gold, a, b = _data(n=80)
    r1 = stats.bootstrap(gold, [a, b], n_boot=300, seed=9, chunk=300)
    r2 = stats.bootstrap(gold, [a, b], n_boot=300, seed=9, chunk=300)
    assert r1["systems"]["0"]["macro_f1"] == r2["systems"]["0"]["macro_f1"]
    assert set(r1["differences"]) == {("0", "1")}
    ident = stats.bootstrap(gold, {"x": a, "y": a}, n_boot=200)
    d = ident["differences"][("x", "y")]["macro_f1"]
    assert d.low == d.high == 0.0
