"""Model options that make it faster: fewer encoder layers, reading only mention sentences."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from shoken.training.testing import make_synthetic_reports, make_tiny_backbone, tiny_schema_yaml  # noqa: E402


def test_focus_keeps_only_sentences_that_mention_a_finding():
    from shoken.training.chunking import sentence_spans
    from shoken.training.focus import MentionFocus

    focus = MentionFocus("ct-rate-18")
    text = "気管は正中。右下葉に結節を認める。骨に異常なし。胸水は認めない。The trachea is midline. No pleural effusion."
    kept = [text[a:b] for a, b in focus.keep(text, sentence_spans(text))]
    assert kept == ["右下葉に結節を認める。", "胸水は認めない。", "No pleural effusion."]
    # denied mentions are mentions: the model must read 「胸水は認めない」 to learn it is 0
    m = focus.mentions(text)
    names = focus.schema.names
    assert {names[i] for i in m} == {"Lung nodule", "Pleural effusion"}
    for spans in m.values():
        for s, e in spans:
            assert text[s:e] in ("結節", "胸水", "pleural effusion")


def test_chunks_with_focus_cover_only_kept_sentences():
    from transformers import AutoTokenizer

    from shoken.training.chunking import chunk_text
    from shoken.training.focus import MentionFocus

    tok = AutoTokenizer.from_pretrained(str(make_tiny_backbone_cached()))
    focus = MentionFocus("ct-rate-18")
    text = "気管は正中。右下葉に結節を認める。骨に異常なし。"
    chunks = chunk_text(text, tok, 64, 0, focus)
    assert [text[a:b] for c in chunks for a, b in c.spans] == ["右下葉に結節を認める。"]
    empty = chunk_text("気管は正中。骨に異常なし。", tok, 64, 0, focus)
    assert len(empty) == 1 and empty[0].spans == []  # nothing to read: one empty chunk


_CACHE: dict = {}


def make_tiny_backbone_cached():
    import tempfile
    from pathlib import Path

    if "bb" not in _CACHE:
        _CACHE["bb"] = make_tiny_backbone(Path(tempfile.mkdtemp()) / "bb")
    return _CACHE["bb"]


def test_train_with_fewer_layers_and_focus(tmp_path):
    from shoken.engines import make_engine
    from shoken.training.config import load_config
    from shoken.training.trainer import train

    backbone = make_tiny_backbone(tmp_path / "backbone", layers=3)
    schema = tiny_schema_yaml(tmp_path / "tiny.yaml")
    data = make_synthetic_reports(tmp_path / "train.csv", n=40, seed=2)
    cfg = load_config(None, data=str(data), schema=str(schema), backbone=str(backbone), out=str(tmp_path / "run"),
                      max_length=48, num_layers=2, freeze_layers=1, focus="mentions", epochs=1, threads=1, seed=0)
    model_dir = train(cfg, progress=lambda m: None)
    config = json.loads((model_dir / "config.json").read_text())
    meta = json.loads((model_dir / "shoken.json").read_text())
    assert config["num_hidden_layers"] == 2
    assert meta["focus"] == "mentions"
    assert (model_dir / "focus-schema.yaml").is_file()  # a custom schema's lexicon travels with the model
    eng = make_engine("model", model=str(model_dir), schema=str(schema))
    assert len(eng.lm.model.base_model.encoder.layer) == 2
    res = eng.label(["気管は正中。両側に胸水を認める。", "気管は正中。"])
    assert res[0].meta["chunks"] == 1 and res[1].meta["chunks"] == 1
    from shoken.training.export import export_onnx

    pytest.importorskip("onnxruntime")
    export_onnx(model_dir, tmp_path / "onnx")
    onnx = make_engine("model", model=str(tmp_path / "onnx"), schema=str(schema), backend="onnx")
    again = onnx.label(["気管は正中。両側に胸水を認める。", "気管は正中。"])
    for a, b in zip(res, again):
        for n in a.findings:
            assert abs(a.findings[n].score - b.findings[n].score) < 1e-3
    with pytest.raises(Exception, match="num_layers 5"):
        train(load_config(None, data=str(data), schema=str(schema), backbone=str(backbone),
                          out=str(tmp_path / "run2"), num_layers=5, epochs=1))


def test_sentence_chunking_puts_each_sentence_in_its_own_chunk():
    from transformers import AutoTokenizer

    from shoken.training.chunking import chunk_text

    tok = AutoTokenizer.from_pretrained(str(make_tiny_backbone_cached()))
    text = "両側胸水を認める。心拡大なし。右下葉に結節を認める。"
    packed = chunk_text(text, tok, 64, 0)
    single = chunk_text(text, tok, 64, 0, pack=False)
    assert len(packed) == 1
    assert [text[c.start:c.end] for c in single] == ["両側胸水を認める。", "心拡大なし。", "右下葉に結節を認める。"]


def test_identical_chunks_are_scored_once_with_the_same_result(tmp_path, monkeypatch):
    import numpy as np

    import shoken.training.modeling as modeling
    from shoken.training.config import load_config
    from shoken.training.trainer import train

    backbone = make_tiny_backbone(tmp_path / "backbone")
    schema = tiny_schema_yaml(tmp_path / "tiny.yaml")
    data = make_synthetic_reports(tmp_path / "train.csv", n=30, seed=3)
    cfg = load_config(None, data=str(data), schema=str(schema), backbone=str(backbone), out=str(tmp_path / "run"),
                      max_length=48, chunking="sentence", freeze_layers=1, epochs=1, threads=1, seed=0)
    model_dir = train(cfg, progress=lambda m: None)
    assert json.loads((model_dir / "shoken.json").read_text())["chunking"] == "sentence"
    lm = modeling.load_model(model_dir)
    texts = ["両側胸水を認める。心拡大なし。", "心拡大なし。両側胸水を認める。", "心拡大なし。"]
    seen = []
    real = modeling.chunk_logits

    def counting(lm_, seqs, batch_size=16):
        seen.append(len(seqs))
        return real(lm_, seqs, batch_size)

    monkeypatch.setattr(modeling, "chunk_logits", counting)
    together = modeling.predict_texts(lm, texts)
    assert seen == [2]  # five sentence chunks, two distinct
    again = modeling.predict_texts(lm, texts)
    assert seen == [2]  # remembered: nothing scored the second time
    lm.memo.clear()
    alone = [modeling.predict_texts(lm, [t])[0] for t in texts]
    for a, b in zip(together, alone):
        assert np.allclose(a.logits, b.logits, atol=1e-5)
    assert np.allclose(together[0].logits, together[1].logits, atol=1e-5)  # max over the same sentences
    for a, b in zip(together, again):
        assert np.allclose(a.logits, b.logits)
