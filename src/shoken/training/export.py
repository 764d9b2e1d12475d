"""ONNX export and dynamic int8 quantisation, with a score check.

``export_onnx(model, out, int8=True)`` writes ``out/model.onnx`` (fp32, dynamic batch
and sequence axes, inputs ``input_ids`` + ``attention_mask``, output ``logits`` per
chunk), optionally ``out/model.int8.onnx`` (``onnxruntime.quantization.quantize_dynamic``,
int8 MatMul/Gemm weights, per-channel; embeddings stay fp32), the tokenizer, ``config.json`` and ``shoken.json`` (so the
folder is a model for ``ModelEngine(model=out, backend="onnx")``), and
``export.json`` with the check:

* fp32 ONNX against PyTorch: largest |calibrated score difference| (expected ~1e-6);
* int8 against fp32: largest |score difference| must stay within ``tolerance``
  (default :data:`DEFAULT_TOLERANCE` = 0.25 on the 0-1 probability scale; the default model measures 0.053 max, 0.002 mean), and the
  share of 0/1 decisions that agree is reported. Over the tolerance, the int8 file
  is removed and a one-line error says so.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np

from shoken.core.errors import ShokenError, require
from shoken.training.modeling import FOCUS_SCHEMA_FILE, META_FILE, calibrate, load_model, predict_texts

DEFAULT_TOLERANCE = 0.25

#: Check texts written for this purpose (not from any dataset).
SAMPLE_TEXTS = [
    "両側胸水を認める。右下葉に無気肺を伴う。縦隔リンパ節の腫大なし。",
    "心拡大は認めない。冠動脈に石灰化を認める。大動脈壁の石灰化あり。",
    "右上葉に8mm大の結節を認める。肺気腫性変化あり。気管支拡張は認めない。",
    "明らかな異常所見なし。",
    "食道裂孔ヘルニアを認める。心嚢液貯留なし。両肺にすりガラス影を認め、小葉間隔壁の肥厚を伴う。",
    "Bilateral pleural effusion with adjacent atelectasis. No pericardial effusion.",
    "Coronary artery calcification. Mild cardiomegaly. A 6 mm nodule in the left lower lobe.",
    "No lymphadenopathy. Emphysematous changes in both upper lobes. Peribronchial thickening.",
    "Consolidation in the right lower lobe. Mosaic attenuation pattern. No bronchiectasis.",
    "Sternotomy wires and a cardiac pacemaker are seen. Fibrotic sequelae in the lingula.",
    "Normal chest CT.",
    "Small hiatal hernia. Interlobular septal thickening at the bases. Aortic wall calcification.",
]


def _mb(p: Path) -> float:
    return p.stat().st_size / 2**20


def export_onnx(model: str | Path | None, out: str | Path, *, int8: bool = False,
                tolerance: float = DEFAULT_TOLERANCE, check_texts: list[str] | None = None,
                opset: int = 17) -> dict[str, Any]:
    torch = require("torch", "model", "ONNX export")
    require("onnx", "model", "ONNX export")
    require("onnxruntime", "model", "ONNX export")
    from shoken.engines.model import default_model_path

    src = Path(model) if model is not None else default_model_path()
    out = Path(out)
    if out.resolve() == src.resolve():
        raise ShokenError(f"{out}: export into a new folder, not the model's own")
    out.mkdir(parents=True, exist_ok=True)
    lm = load_model(src, backend="torch")
    m = lm.model.eval()
    texts = check_texts or SAMPLE_TEXTS

    def probs(loaded) -> np.ndarray:
        preds = predict_texts(loaded, texts)
        return calibrate(np.stack([p.logits for p in preds]), loaded.meta.get("calibration"), loaded.labels)

    p_torch = probs(lm)  # the model as users run it, before the export switches attention

    class Wrapper(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).logits

    try:  # a traced SDPA graph can bake in "no padding"; eager attention keeps the mask
        m.set_attn_implementation("eager")
    except Exception:  # pragma: no cover - older transformers / other models
        m.config._attn_implementation = "eager"
    # example inputs with padding, so the mask path is the one traced
    a = lm.tokenizer("胸水を認める。 No effusion. Small nodule.")["input_ids"]
    b = a[: max(3, len(a) // 2 - 1)] + a[-1:]
    pad = lm.tokenizer.pad_token_id if lm.tokenizer.pad_token_id is not None else 0
    ids = torch.tensor([a, b + [pad] * (len(a) - len(b))], dtype=torch.long)
    mask = torch.tensor([[1] * len(a), [1] * len(b) + [0] * (len(a) - len(b))], dtype=torch.long)
    onnx_path = out / "model.onnx"
    tmp = out / "model.onnx.tmp"
    with torch.inference_mode():
        torch.onnx.export(
            Wrapper(m), (ids, mask), str(tmp), dynamo=False, opset_version=opset,
            input_names=["input_ids", "attention_mask"], output_names=["logits"],
            dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                          "attention_mask": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}},
            do_constant_folding=True,
        )
    os.replace(tmp, onnx_path)
    lm.tokenizer.save_pretrained(out)
    m.config.save_pretrained(out)
    if (src / FOCUS_SCHEMA_FILE).is_file():
        shutil.copyfile(src / FOCUS_SCHEMA_FILE, out / FOCUS_SCHEMA_FILE)
    meta = dict(lm.meta)
    meta["exported_from"] = str(src)
    meta["base"] = None  # the ONNX file holds every weight
    (out / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    fp32 = load_model(out, backend="onnx", int8=False)
    p_fp32 = probs(fp32)
    res: dict[str, Any] = {"onnx": str(onnx_path), "onnx_mb": _mb(onnx_path),
                           "fp32_max_diff": float(np.abs(p_fp32 - p_torch).max()),
                           "tolerance": tolerance, "check_texts": len(texts)}
    if int8:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        q_path = out / "model.int8.onnx"
        qtmp = out / "model.int8.onnx.tmp"
        # MatMul/Gemm weights only: int8 embedding tables (Gather) cost the most accuracy
        quantize_dynamic(str(onnx_path), str(qtmp), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul", "Gemm"])
        os.replace(qtmp, q_path)
        q = load_model(out, backend="onnx", int8=True)
        p_q = probs(q)
        th = np.array([float((lm.meta.get("thresholds") or {}).get(n, 0.5)) for n in lm.labels])
        diff = float(np.abs(p_q - p_fp32).max())
        res.update({"int8": str(q_path), "int8_mb": _mb(q_path), "int8_max_diff": diff,
                    "int8_mean_diff": float(np.abs(p_q - p_fp32).mean()),
                    "int8_agreement": float(((p_q >= th) == (p_fp32 >= th)).mean())})
        if diff > tolerance:
            q_path.unlink()
            (out / "export.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
            raise ShokenError(f"int8 scores differ from fp32 by up to {diff:.3f} (> tolerance {tolerance}); "
                              f"removed the int8 file, use {onnx_path} or pass a larger --tolerance")
    (out / "export.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return res

