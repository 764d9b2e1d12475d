"""The model engine: CT-BERT-JPN-layout folders, states, label mapping, missing extra."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from shoken.core.errors import MissingExtraError, ShokenError


def _ctbert_folder(tmp_path, labels, *, max_positions=128):
    """A transformers sequence-classification folder like CT-BERT-JPN's (no shoken.json)."""
    pytest.importorskip("torch")
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from shoken.training.testing import make_tiny_backbone

    bb = make_tiny_backbone(tmp_path / "bb", max_positions=max_positions)
    tok = AutoTokenizer.from_pretrained(bb)
    cfg = BertConfig.from_pretrained(bb, num_labels=len(labels), id2label=dict(enumerate(labels)),
                                     label2id={n: i for i, n in enumerate(labels)},
                                     problem_type="multi_label_classification")
    model = BertForSequenceClassification(cfg)
    out = tmp_path / "ct-bert-jpn"
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def test_ct_bert_jpn_layout_maps_labels_by_name(tmp_path):
    from shoken.core.schema import load_schema
    from shoken.engines import make_engine

    names = load_schema("ct-rate-18").names
    # a different order, other spellings: mapped by name, not position
    labels = [n.lower().replace(" ", "_") for n in reversed(names)]
    folder = _ctbert_folder(tmp_path, labels, max_positions=64)
    eng = make_engine("model", model=str(folder))
    long_report = "両側胸水を認める。" * 200
    res = eng.label([long_report, "No pleural effusion."])
    assert list(res[0].findings) == names
    assert res[0].meta["chunks"] > 1  # 512 by default, capped at the model's 64 positions
    probs, _ = eng.scores(["No pleural effusion."])
    raw, _ = eng.scores(["No pleural effusion."])
    assert np.allclose(probs, raw)
    # schema finding k reads the model output named like it
    z = eng.lm.model(**eng.lm.tokenizer(["No pleural effusion."], return_tensors="pt")).logits.detach().numpy()[0]
    k = names.index("Pleural effusion")
    assert np.isclose(probs[0, k], 1 / (1 + np.exp(-z[labels.index("pleural_effusion")])), atol=1e-5)
    # no shoken.json: thresholds 0.5, raw sigmoid
    assert np.allclose(eng.thresholds, 0.5)


def test_generic_labels_fall_back_to_schema_order(tmp_path):
    from shoken.engines import make_engine

    folder = _ctbert_folder(tmp_path, [f"LABEL_{i}" for i in range(18)])
    eng = make_engine("model", model=str(folder))
    assert eng.index == list(range(18))


def test_labels_that_do_not_cover_the_schema_are_an_error(tmp_path):
    from shoken.engines import make_engine

    folder = _ctbert_folder(tmp_path, ["Pleural effusion", "Something else"])
    with pytest.raises(ShokenError, match="do not cover"):
        make_engine("model", model=str(folder))


def test_missing_folder_is_one_line_error(tmp_path):
    pytest.importorskip("torch")
    from shoken.engines import make_engine

    with pytest.raises(ShokenError, match="model folder not found"):
        make_engine("model", model=str(tmp_path / "nope"))


def test_states_follow_threshold_and_policy():
    from shoken.core.types import State
    from shoken.engines.model import ModelEngine

    eng = ModelEngine.__new__(ModelEngine)
    eng.margin = 0.1
    eng.uncertain = "positive"
    assert eng.state_of(0.75, 0.6, True) is State.POSITIVE
    assert eng.state_of(0.65, 0.6, True) is State.UNCERTAIN  # label 1 under 'positive'
    assert eng.state_of(0.55, 0.6, True) is State.NEGATIVE
    assert eng.state_of(0.55, 0.6, False) is State.ABSENT
    eng.uncertain = "negative"
    assert eng.state_of(0.65, 0.6, True) is State.POSITIVE
    assert eng.state_of(0.55, 0.6, True) is State.UNCERTAIN  # label 0 under 'negative'
    assert eng.state_of(0.45, 0.6, False) is State.ABSENT


def test_missing_model_extra_gives_one_line_hint(monkeypatch):
    from shoken.engines import make_engine

    monkeypatch.setitem(sys.modules, "torch", None)  # import torch -> ImportError
    with pytest.raises(MissingExtraError) as exc:
        make_engine("model", model="whatever")
    msg = str(exc.value)
    assert "pip install 'shoken[model]'" in msg and "\n" not in msg


def test_missing_extra_for_training_and_export(monkeypatch, tmp_path):
    from shoken.training.config import load_config
    from shoken.training.export import export_onnx
    from shoken.training.trainer import train

    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(MissingExtraError, match=r"shoken\[model\]"):
        train(load_config(None, data="x.csv", out=str(tmp_path / "r")))
    with pytest.raises(MissingExtraError, match=r"shoken\[model\]"):
        export_onnx(None, tmp_path / "o")


def test_cli_missing_extra_exits_2(monkeypatch, tmp_path, capsys):
    from shoken.cli import main

    monkeypatch.setitem(sys.modules, "torch", None)
    data = tmp_path / "t.csv"
    data.write_text("text\nhello\n", encoding="utf-8")
    rc = main(["train", str(data), "--out", str(tmp_path / "run")])
    assert rc == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "shoken[model]" in err


def test_bundled_default_model_loads_and_labels():
    pytest.importorskip("torch")
    from shoken.engines import make_engine
    from shoken.engines.model import default_model_path

    if not (default_model_path() / "config.json").exists():
        pytest.skip("no bundled default model in this checkout")
    eng = make_engine("model")
    [r] = eng.label(["両側胸水を認める。心拡大なし。"])
    assert len(r.findings) == 18 and r.meta["chunks"] == 2  # one chunk per sentence (chunking: sentence)
    assert all(0 <= f.score <= 1 for f in r.findings.values())
