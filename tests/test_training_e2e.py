"""End to end on a tiny model the test builds: train -> thresholds -> export -> label."""
from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from shoken.training.testing import make_synthetic_reports, make_tiny_backbone, tiny_schema_yaml  # noqa: E402


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    backbone = make_tiny_backbone(root / "backbone")
    schema = tiny_schema_yaml(root / "tiny.yaml")
    data = make_synthetic_reports(root / "train.csv", n=100, seed=1, long_every=10)
    return {"root": root, "backbone": backbone, "schema": schema, "data": data}


@pytest.fixture(scope="module")
def trained(tiny):
    from shoken.training.config import load_config
    from shoken.training.trainer import train

    out = tiny["root"] / "run"
    cfg = load_config(None, data=str(tiny["data"]), schema=str(tiny["schema"]), backbone=str(tiny["backbone"]),
                      out=str(out), max_length=48, freeze_layers=1, epochs=6, lr=1e-2, head_lr=3e-2,
                      batch_size=8, threads=1, seed=0)
    model_dir = train(cfg, progress=lambda m: None)
    return model_dir


def test_run_folder_records_everything(trained):
    run = trained.parent
    for name in ("config.json", "data.json", "metrics.jsonl", "versions.json"):
        assert (run / name).exists(), name
    epochs = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert [e["epoch"] for e in epochs] == [1, 2, 3, 4, 5, 6]
    assert all("val_macro_f1" in e for e in epochs)
    assert min(e["train_loss"] for e in epochs[1:]) < epochs[0]["train_loss"]  # it learns
    data = json.loads((run / "data.json").read_text())
    assert len(data["sha256"]) == 64 and data["languages"] == ["en", "ja"]
    assert data["train_reports"] == 80 and data["val_reports"] == 20
    versions = json.loads((run / "versions.json").read_text())
    assert "torch" in versions and "transformers" in versions


def test_thresholds_and_calibration_stored(trained):
    meta = json.loads((trained / "shoken.json").read_text())
    assert set(meta["thresholds"]) == {"Pleural effusion", "Cardiomegaly", "Lung nodule", "Emphysema", "Atelectasis"}
    assert all(0.0 < t < 1.0 for t in meta["thresholds"].values())
    assert meta["calibration"]["method"] == "platt"
    assert meta["chunks"]["multi_chunk_examples"] > 0  # long reports were chunked, not cut
    assert 1 <= meta["best_epoch"] <= 6


def test_label_with_trained_model(trained, tiny):
    from shoken.engines import make_engine

    eng = make_engine("model", model=str(trained), schema=str(tiny["schema"]))
    res = eng.label(["両側に胸水を認める。心拡大は認めない。", "No pleural effusion. Heart size is normal.", ""])
    assert len(res) == 3
    for r in res:
        assert set(r.findings) == set(eng.schema.names)
        for f in r.findings.values():
            assert 0.0 <= f.score <= 1.0
            assert f.state.value in ("positive", "negative", "uncertain", "absent")
    assert res[0].meta["chunks"] == 1
    assert res[2].meta["chunks"] == 0 and all(f.state.value == "absent" for f in res[2].findings.values())
    # denied findings mentioned by the lexicon are 'negative', never-mentioned ones 'absent'
    for name, f in res[1].findings.items():
        if f.state.value in ("negative", "absent"):
            mentioned = name in ("Pleural effusion", "Cardiomegaly")
            assert f.state.value == ("negative" if mentioned else "absent"), name
            assert f.label == 0


def test_export_int8_and_onnx_engine(trained, tiny, tmp_path):
    from shoken.engines import make_engine
    from shoken.training.export import export_onnx

    res = export_onnx(str(trained), tmp_path / "onnx", int8=True, tolerance=0.2)
    assert res["fp32_max_diff"] < 1e-4
    assert res["int8_max_diff"] <= 0.2
    assert (tmp_path / "onnx" / "model.int8.onnx").exists()
    texts = ["両側に胸水を認める。", "No emphysema. A 7 mm nodule in the right upper lobe."]
    torch_eng = make_engine("model", model=str(trained), schema=str(tiny["schema"]))
    onnx_eng = make_engine("model", model=str(tmp_path / "onnx"), schema=str(tiny["schema"]),
                           backend="onnx", int8=False)
    a = [[f.score for f in r.findings.values()] for r in torch_eng.label(texts)]
    b = [[f.score for f in r.findings.values()] for r in onnx_eng.label(texts)]
    assert np.allclose(a, b, atol=1e-4)
    q = make_engine("model", model=str(tmp_path / "onnx"), schema=str(tiny["schema"]), backend="onnx")
    assert q.get_config()["onnx_file"] == "model.int8.onnx"


def test_rerun_is_refused_then_resumed(trained, tiny):
    from shoken.core.errors import ShokenError
    from shoken.training.config import load_config
    from shoken.training.trainer import train

    kw = dict(data=str(tiny["data"]), schema=str(tiny["schema"]), backbone=str(tiny["backbone"]),
              out=str(trained.parent), max_length=48, freeze_layers=1, epochs=6, lr=1e-2, head_lr=3e-2,
              batch_size=8, threads=1, seed=0)
    with pytest.raises(ShokenError, match="--overwrite"):
        train(load_config(None, **kw))
    lines_before = (trained.parent / "metrics.jsonl").read_text().count("\n")
    train(load_config(None, resume=True, **kw), progress=lambda m: None)  # all epochs done: no new epoch
    assert (trained.parent / "metrics.jsonl").read_text().count("\n") == lines_before
    assert (trained / "shoken.json").exists()


def test_cli_label_and_export_with_trained_model(trained, tiny, tmp_path):
    from shoken.cli import main

    out = tmp_path / "labels.jsonl"
    rc = main(["label", str(tiny["data"]), "-o", str(out), "--engine", "model", "--model", str(trained),
               "--schema", str(tiny["schema"]), "-q"])
    assert rc == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 100 and rows[0]["engine"] == "model" and rows[0]["meta"]["chunks"] >= 1
    assert set(rows[0]["findings"]) == {"Pleural effusion", "Cardiomegaly", "Lung nodule", "Emphysema", "Atelectasis"}
    rc = main(["export", "--model", str(trained), "--out", str(tmp_path / "onnx"), "--int8", "--tolerance", "0.2"])
    assert rc == 0 and (tmp_path / "onnx" / "export.json").exists()
