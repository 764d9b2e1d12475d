"""Hybrid engine: the combination rule, on stub engines (no model weights needed)."""
from __future__ import annotations

import numpy as np
import pytest

from shoken.core.types import Evidence, FindingResult, ReportResult, State, binary_label
from shoken.engines.base import Engine
from shoken.engines.hybrid import HybridEngine


class Stub(Engine):
    name = "stub"

    def __init__(self, states, scores=None):
        super().__init__("ct-rate-18")
        self.states, self.scores = states, scores
        self.thresholds = np.full(len(self.schema), 0.5)

    def _label_batch(self, reports):
        out = []
        for r in reports:
            f = {}
            for j, n in enumerate(self.schema.names):
                st = self.states.get(n, State.ABSENT)
                sc = self.scores.get(n, 0.01) if self.scores else 0.9
                ev = [Evidence(0, 1, r.text[:1], cue=self.name)]
                f[n] = FindingResult(st, binary_label(st), sc, ev)
            out.append(ReportResult(r.id, f, engine=self.name, meta={"chunks": 1}))
        return out


def _model(scores):
    states = {n: (State.POSITIVE if s >= 0.6 else State.UNCERTAIN if s >= 0.5 else State.NEGATIVE)
              for n, s in scores.items()}
    m = Stub(states, scores)
    m.name = "model"
    return m


@pytest.mark.parametrize("mode,expected", [
    # rules say positive, model says 0.45 (just below): confident -> rules win; model mode -> model wins
    ("confident", 1), ("model", 0), ("rules_first", 1),
])
def test_close_call_goes_to_rules_in_confident_mode(mode, expected):
    rules = Stub({"Pleural effusion": State.POSITIVE})
    rules.name = "rules"
    model = _model({"Pleural effusion": 0.45})
    h = HybridEngine(mode=mode, delta=0.3, rules=rules, model_engine=model)
    [r] = h.label(["x"])
    f = r.findings["Pleural effusion"]
    assert f.label == expected
    assert f.score == pytest.approx(0.45)  # always the model's score
    assert f.label == binary_label(f.state)
    assert (f.evidence[0].cue == "rules") == (expected == 1)


def test_confident_model_overrides_rules_and_says_so():
    rules = Stub({"Cardiomegaly": State.NEGATIVE})
    rules.name = "rules"
    model = _model({"Cardiomegaly": 0.97})
    h = HybridEngine(mode="confident", rules=rules, model_engine=model)
    [r] = h.label(["x"])
    f = r.findings["Cardiomegaly"]
    assert f.label == 1 and f.state is State.POSITIVE
    assert r.meta["rules_overridden"] == ["Cardiomegaly"]
    assert r.engine == "hybrid" and r.meta["chunks"] == 1


def test_model_decides_findings_the_rules_miss():
    rules = Stub({})
    rules.name = "rules"
    model = _model({"Emphysema": 0.55})
    for mode in ("confident", "rules_first", "model"):
        [r] = HybridEngine(mode=mode, rules=rules, model_engine=model).label(["x"])
        assert r.findings["Emphysema"].label == 1
        assert r.findings["Lung nodule"].state is State.ABSENT  # both agree: the rules' state


def test_unknown_mode_is_an_error():
    from shoken.core.errors import ShokenError

    with pytest.raises(ShokenError, match="mode"):
        HybridEngine(mode="vote", rules=Stub({}), model_engine=_model({}))


@pytest.mark.parametrize("score,expected", [(0.55, 0), (0.95, 1)])
def test_override_mode_keeps_rule_absent_unless_model_is_confident(score, expected):
    rules = Stub({})
    rules.name = "rules"
    model = _model({"Emphysema": score})
    [r] = HybridEngine(mode="override", delta=0.3, rules=rules, model_engine=model).label(["x"])
    f = r.findings["Emphysema"]
    assert f.label == expected
    assert (r.meta["rules_overridden"] == ["Emphysema"]) == bool(expected)
    if not expected:
        assert f.state is State.ABSENT  # the rules' call stands


def test_override_mode_lets_a_confident_model_deny_a_rule_positive():
    rules = Stub({"Atelectasis": State.POSITIVE})
    rules.name = "rules"
    low = HybridEngine(mode="override", delta=0.3, rules=rules, model_engine=_model({"Atelectasis": 0.1}))
    near = HybridEngine(mode="override", delta=0.3, rules=rules, model_engine=_model({"Atelectasis": 0.3}))
    assert low.label(["x"])[0].findings["Atelectasis"].label == 0
    assert near.label(["x"])[0].findings["Atelectasis"].label == 1
