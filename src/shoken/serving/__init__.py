"""Serving and scale: the HTTP API (:mod:`shoken.serving.app`), the streaming batch runner
with worker processes and resume (:mod:`shoken.serving.batch`), and a synthetic report
generator for benchmarks (:mod:`shoken.serving.synthetic`).

Nothing here imports FastAPI until the app is asked for, so ``shoken label`` stays light.
"""
from __future__ import annotations

from typing import Any

__all__ = ["ServeConfig", "create_app", "run_batch"]


def __getattr__(name: str) -> Any:
    if name in ("ServeConfig", "create_app"):
        from shoken.serving import app

        return getattr(app, name)
    if name == "run_batch":
        from shoken.serving.batch import run_batch

        return run_batch
    raise AttributeError(name)
