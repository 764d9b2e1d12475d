"""Engines label reports. Pick one by name with :func:`make_engine`.

=========  ===============================================  =========
name       what it is                                       extra
=========  ===============================================  =========
rules      negation/uncertainty-scoped lexicon rules        (core)
model      fine-tuned transformer encoder (or ONNX export)  [model]
hybrid     rules' states and evidence + model scores        [model]
llm        any OpenAI-compatible chat endpoint              [llm]
=========  ===============================================  =========
"""
from __future__ import annotations

import importlib
from typing import Any

from shoken.core.errors import MissingExtraError, ShokenError
from shoken.engines.base import Engine, as_reports

#: name -> ("module:Class", extra needed)
ENGINES: dict[str, tuple[str, str | None]] = {
    "rules": ("shoken.engines.rules:RuleEngine", None),
    "model": ("shoken.engines.model:ModelEngine", "model"),
    "hybrid": ("shoken.engines.hybrid:HybridEngine", "model"),
    "llm": ("shoken.engines.llm:LLMEngine", "llm"),
}


def engine_class(name: str) -> type[Engine]:
    try:
        target, extra = ENGINES[name]
    except KeyError:
        raise ShokenError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}") from None
    module, _, cls = target.partition(":")
    try:
        mod = importlib.import_module(module)
    except MissingExtraError:
        raise
    except ImportError as exc:
        if extra is None:
            raise
        missing = getattr(exc, "name", None) or str(exc)
        raise MissingExtraError(missing, extra, f"engine {name!r}") from exc
    return getattr(mod, cls)


def make_engine(name: str = "rules", **config: Any) -> Engine:
    """Build an engine by name with explicit configuration (e.g. ``schema=``, ``uncertain=``)."""
    return engine_class(name)(**config)


__all__ = ["ENGINES", "Engine", "as_reports", "engine_class", "make_engine"]
