"""Model engine: a fine-tuned transformer encoder (PyTorch or ONNX) labels the findings.

Each report is cut into sentence-aligned chunks of at most the model's
``max_length`` tokens (nothing is dropped), every chunk is scored, chunk logits are
combined (``max`` by default), and the result is calibrated into a probability per
finding (``score``). The number of chunks used is in ``ReportResult.meta["chunks"]``.

States from a score ``p``, the finding's tuned threshold ``t`` and a margin ``m``
(``uncertain_margin``, stored with the model, default 0.1). The band is placed on
the side of ``t`` that keeps the 0/1 label equal to ``p >= t`` under either policy:

===================  =============================  =============================
                     ``uncertain="positive"``       ``uncertain="negative"``
===================  =============================  =============================
positive             ``p >= t + m``                 ``p >= t``
uncertain            ``t <= p < t + m`` (label 1)   ``t - m <= p < t`` (label 0)
below the band       negative / absent              negative / absent
===================  =============================  =============================

Below the band the finding is *negative* when the schema's lexicon mentions it
somewhere in the report (it is talked about and, by the model, denied) and
*absent* otherwise. A model cannot tell "denied" from "not mentioned"; the lexicon
only names which one the text looks like.

Evidence: for positive/uncertain findings, the sentences of the chunk that carried
the highest score which mention the finding (by the lexicon), else that whole chunk;
for negative findings the mentioning sentences.

``model`` is a folder: a shoken model (``shoken train``), an ONNX export
(``shoken export --onnx``, with ``backend="onnx"``), or a CT-BERT-JPN-layout
transformers sequence-classification folder whose ``config.id2label`` names the
findings (mapped onto the schema by name). ``model=None`` is the bundled default.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from shoken.core.errors import ShokenError, require
from shoken.core.schema import Schema
from shoken.core.types import Evidence, FindingResult, Report, ReportResult, State, binary_label
from shoken.engines.base import Engine

log = logging.getLogger("shoken.engines.model")

BACKENDS = ("torch", "onnx")


def default_model_path() -> Path:
    """The model bundled with the package (``shoken/models/default``)."""
    return Path(str(resources.files("shoken") / "models" / "default"))


def _norm(s: str) -> str:
    return " ".join(str(s).lower().replace("_", " ").replace("-", " ").split())


def map_labels(model_labels: list[str], schema: Schema, where: str = "model") -> list[int]:
    """Index into the model's outputs for each schema finding, matched by (display) name."""
    index = {_norm(n): i for i, n in enumerate(model_labels)}
    out: list[int | None] = []
    for f in schema.findings:
        cands = [f.name, *f.display.values()]
        out.append(next((index[_norm(c)] for c in cands if _norm(c) in index), None))
    if all(i is not None for i in out):
        return out  # type: ignore[return-value]
    generic = all(re.fullmatch(r"label[ _]?\d+", _norm(n)) for n in model_labels)
    if generic and len(model_labels) == len(schema):
        log.warning("%s: id2label has generic names (LABEL_0 ...); assuming the schema's order", where)
        return list(range(len(schema)))
    missing = [f.name for f, i in zip(schema.findings, out) if i is None]
    raise ShokenError(f"{where}: the model's labels do not cover schema {schema.name!r}: no output for "
                      f"{', '.join(missing[:4])}{' ...' if len(missing) > 4 else ''} "
                      f"(its id2label: {', '.join(model_labels[:4])} ...)")


class ModelEngine(Engine):
    """Fine-tuned encoder. ``model=None`` uses the bundled default model.

    Parameters
    ----------
    model: model folder (see module docs) or None.
    backend: ``"torch"`` or ``"onnx"`` (needs ``model.onnx`` / ``model.int8.onnx`` in the folder).
    int8: with ONNX, prefer (None), require (True) or refuse (False) the int8 file.
    batch_size: chunks per forward pass. threads: CPU threads (torch / onnxruntime).
    uncertain_margin: override the stored margin of the uncertain band.
    device: torch device (``cpu``, ``cuda``).
    """

    name: ClassVar[str] = "model"
    batches: ClassVar[bool] = True

    def __init__(self, model: str | Path | None = None, schema: "str | Schema" = "ct-rate-18", *,
                 uncertain: str = "positive", backend: str = "torch", batch_size: int = 16,
                 threads: int | None = None, int8: bool | None = None,
                 uncertain_margin: float | None = None, device: str = "cpu", **ignored: Any) -> None:
        super().__init__(schema, uncertain=uncertain)
        if backend not in BACKENDS:
            raise ShokenError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
        for k in ignored:
            if k not in ("language",):
                raise TypeError(f"ModelEngine got an unexpected setting {k!r}")
        feature = "the model engine"
        if backend == "torch":
            require("torch", "model", feature)
        else:
            require("onnxruntime", "model", feature)
        require("transformers", "model", feature)
        from shoken.training.modeling import load_model

        self.model_path = Path(model) if model is not None else default_model_path()
        if model is None and not (self.model_path / "config.json").exists():
            raise ShokenError("no bundled default model in this installation; pass --model PATH "
                              "(a folder made by shoken train)")
        self.backend = backend
        self.batch_size = batch_size
        self.threads = threads
        self.lm = load_model(self.model_path, backend=backend, threads=threads, device=device, int8=int8)
        meta = self.lm.meta
        self.index = map_labels(self.lm.labels, self.schema, str(self.model_path))
        ths = meta.get("thresholds") or {}
        self.thresholds = np.array([float(ths.get(self.lm.labels[i], 0.5)) for i in self.index])
        self.margin = float(meta.get("uncertain_margin", 0.1) if uncertain_margin is None else uncertain_margin)
        from shoken.training.focus import MentionFocus

        # where the schema's lexicon mentions each finding: "negative" vs "absent", evidence
        self._lexicon = MentionFocus(self.schema)

    def scores(self, texts: Sequence[str]) -> tuple[np.ndarray, list]:
        """Calibrated probabilities (n, n_findings) in schema order, and the raw predictions."""
        from shoken.training.modeling import calibrate, predict_texts

        preds = predict_texts(self.lm, list(texts), self.batch_size)
        if not preds:
            return np.zeros((0, len(self.schema))), preds
        z = np.stack([p.logits for p in preds])
        p = calibrate(z, self.lm.meta.get("calibration"), self.lm.labels)
        return p[:, self.index], preds

    def _label_batch(self, reports: Sequence[Report]) -> list[ReportResult]:
        nonempty = [i for i, r in enumerate(reports) if r.text.strip()]
        probs, preds = self.scores([reports[i].text for i in nonempty])
        out: list[ReportResult | None] = [None] * len(reports)
        for k, i in enumerate(nonempty):
            out[i] = self._result(reports[i], probs[k], preds[k])
        for i, r in enumerate(reports):
            if out[i] is None:
                out[i] = ReportResult(r.id, {f.name: FindingResult(State.ABSENT, 0, 0.0) for f in self.schema.findings},
                                      language=r.language, engine=self.name, meta={"chunks": 0})
        return out  # type: ignore[return-value]

    def state_of(self, p: float, t: float, mentioned: bool) -> State:
        m = self.margin
        if self.uncertain == "positive":
            if p >= t + m:
                return State.POSITIVE
            if p >= t:
                return State.UNCERTAIN
        else:
            if p >= t:
                return State.POSITIVE
            if p >= t - m:
                return State.UNCERTAIN
        return State.NEGATIVE if mentioned else State.ABSENT

    def _result(self, rep: Report, probs: np.ndarray, pred) -> ReportResult:
        text = rep.text
        mentions = self._lexicon.mentions(text)
        findings: dict[str, FindingResult] = {}
        for j, f in enumerate(self.schema.findings):
            p = float(probs[j])
            hits = mentions.get(j, [])
            state = self.state_of(p, float(self.thresholds[j]), bool(hits))
            ev: list[Evidence] = []
            if state in (State.POSITIVE, State.UNCERTAIN):
                c = pred.chunks[int(np.argmax(pred.chunk_logits[:, self.index[j]]))]
                ev = self._sentences(text, c.spans, hits) or [Evidence(c.start, c.end, text[c.start:c.end])]
            elif state is State.NEGATIVE:
                ev = self._sentences(text, [s for c in pred.chunks for s in c.spans], hits)
            findings[f.name] = FindingResult(state, binary_label(state, self.uncertain), p, ev[:3])
        return ReportResult(rep.id, findings, language=rep.language, engine=self.name,
                            meta={"chunks": len(pred.chunks)})

    @staticmethod
    def _sentences(text: str, spans, hits) -> list[Evidence]:
        out, seen = [], set()
        for s, e in hits:
            for a, b in spans:
                if a <= s < b and (a, b) not in seen:
                    seen.add((a, b))
                    out.append(Evidence(s, e, text[s:e], cue=None, sentence=text[a:b]))
        return out

    def get_config(self) -> dict[str, Any]:
        d = super().get_config()
        d.update({"model": str(self.model_path), "backend": self.backend, "batch_size": self.batch_size,
                  "threads": self.threads})
        if self.backend == "onnx":
            d["onnx_file"] = self.lm.onnx_file
        return d
