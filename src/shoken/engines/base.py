"""The engine interface: every labeler (rules, model, hybrid, llm) implements it.

An engine is configured once (explicit keyword arguments, no global state) and
then labels batches of reports::

    engine = RuleEngine(schema="ct-rate-18", uncertain="positive")
    results = engine.label(["胸水は認めない。", "Small left pleural effusion."])

``label`` accepts plain strings or :class:`~shoken.core.types.Report` objects
and returns one :class:`~shoken.core.types.ReportResult` per input, in order.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from shoken.core.schema import Schema, load_schema
from shoken.core.types import UNCERTAIN_POLICIES, Report, ReportResult


def as_reports(items: Iterable[Report | str]) -> list[Report]:
    out: list[Report] = []
    for i, item in enumerate(items):
        if isinstance(item, Report):
            out.append(item)
        elif isinstance(item, str):
            out.append(Report(id=str(i), text=item))
        else:
            raise TypeError(f"expected str or Report, got {type(item).__name__}")
    return out


class Engine(ABC):
    """Base class. Subclasses set ``name`` and implement :meth:`_label_batch`."""

    name: ClassVar[str] = "engine"
    #: Whether labeling several reports at once is cheaper than one by one (servers batch then).
    batches: ClassVar[bool] = False

    def __init__(self, schema: "str | Schema" = "ct-rate-18", *, uncertain: str = "positive") -> None:
        if uncertain not in UNCERTAIN_POLICIES:
            raise ValueError(f"uncertain must be one of {UNCERTAIN_POLICIES}, got {uncertain!r}")
        self.schema = load_schema(schema)
        self.uncertain = uncertain

    def label(self, reports: Iterable[Report | str]) -> list[ReportResult]:
        """Label reports; returns one result per input, in input order."""
        batch = as_reports(reports)
        if not batch:
            return []
        return self._label_batch(batch)

    @abstractmethod
    def _label_batch(self, reports: Sequence[Report]) -> list[ReportResult]:
        ...

    def get_config(self) -> dict[str, Any]:
        """The settings this engine was built with (JSON-serialisable)."""
        return {"engine": self.name, "schema": self.schema.name, "uncertain": self.uncertain}

    def close(self) -> None:
        """Release resources (HTTP clients, sessions). Safe to call twice."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_config().items() if k != "engine")
        return f"{type(self).__name__}({args})"
