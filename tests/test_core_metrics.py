import numpy as np
import pytest
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

from shoken.evaluation import evaluate
from shoken.evaluation.metrics import evaluate_arrays


def test_metrics_match_sklearn():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, size=(60, 3))
    s = np.clip(y * 0.6 + rng.random((60, 3)) * 0.5, 0, 1)
    p = (s > 0.5).astype(int)
    rep = evaluate_arrays(y, p, ["a", "b", "c"], scores=s)
    for j, f in enumerate(rep.findings):
        assert f.f1 == pytest.approx(f1_score(y[:, j], p[:, j]))
        assert f.precision == pytest.approx(precision_score(y[:, j], p[:, j]))
        assert f.recall == pytest.approx(recall_score(y[:, j], p[:, j]))
        assert f.auc == pytest.approx(roc_auc_score(y[:, j], s[:, j]))
        assert f.support == y[:, j].sum()
    assert rep.micro_f1 == pytest.approx(f1_score(y.ravel(), p.ravel()))
    assert rep.macro_f1 == pytest.approx(np.mean([f1_score(y[:, j], p[:, j]) for j in range(3)]))
    assert rep.exact_match == pytest.approx((y == p).all(axis=1).mean())


def test_hand_computed_small_case():
    # gold a: 1 1 0 0, pred a: 1 0 1 0 -> tp=1 fp=1 fn=1: P=R=F1=0.5, acc 0.5
    rep = evaluate_arrays([[1], [1], [0], [0]], [[1], [0], [1], [0]], ["a"])
    f = rep.findings[0]
    assert (f.tp, f.fp, f.fn, f.tn) == (1, 1, 1, 1)
    assert f.f1 == 0.5 and f.accuracy == 0.5 and rep.exact_match == 0.5 and f.auc is None


def test_evaluate_accepts_mappings():
    gold = {"r1": {"Pleural effusion": 1}, "r2": {"Pleural effusion": 0}}
    pred = {"r2": {"Pleural effusion": 0}, "r1": {"Pleural effusion": 1}}
    rep = evaluate(gold, pred)
    assert rep.by_name()["Pleural effusion"].f1 == 1.0 and rep.exact_match == 1.0
