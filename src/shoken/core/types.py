"""Result types shared by every engine, reader, writer and evaluator.

States follow CheXpert's convention:

========== ========= ==================================================
state      CheXpert  meaning
========== ========= ==================================================
positive   1         the finding is described as present
negative   0         the finding is mentioned and denied ("no effusion")
uncertain  -1        the finding is mentioned with a hedge ("possible")
absent     blank     the report does not mention the finding at all
========== ========= ==================================================

The binary label (CT-RATE convention) is 1 for positive, 0 for negative and
absent, and for uncertain it follows the engine's ``uncertain`` policy
(default ``"positive"``: a hedged finding counts as present, as in CT-RATE).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class State(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNCERTAIN = "uncertain"
    ABSENT = "absent"

    @property
    def chexpert(self) -> int | None:
        """CheXpert code: 1, 0, -1, or None (blank) for absent."""
        return _CHEXPERT[self]

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


_CHEXPERT = {State.POSITIVE: 1, State.NEGATIVE: 0, State.UNCERTAIN: -1, State.ABSENT: None}

UNCERTAIN_POLICIES = ("positive", "negative")


def binary_label(state: State, uncertain: str = "positive") -> int:
    """Project a state onto the CT-RATE 0/1 label."""
    if state is State.POSITIVE:
        return 1
    if state is State.UNCERTAIN:
        if uncertain not in UNCERTAIN_POLICIES:
            raise ValueError(f"uncertain policy must be one of {UNCERTAIN_POLICIES}, got {uncertain!r}")
        return 1 if uncertain == "positive" else 0
    return 0


@dataclass(slots=True)
class Evidence:
    """Where a state came from. ``start``/``end`` are character offsets into the input text."""

    start: int
    end: int
    text: str
    cue: str | None = None
    sentence: str | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "cue": self.cue}
        if self.sentence is not None:
            d["sentence"] = self.sentence
        if self.section is not None:
            d["section"] = self.section
        return d


@dataclass(slots=True)
class FindingResult:
    state: State
    label: int
    score: float
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "state": self.state.value,
            "score": round(float(self.score), 6),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(slots=True)
class Report:
    """One input report. ``sections`` maps a section name to its (start, end) span in ``text``."""

    id: str
    text: str
    language: str | None = None
    sections: dict[str, tuple[int, int]] | None = None
    row: int | None = None


@dataclass(slots=True)
class ReportResult:
    id: str
    findings: dict[str, FindingResult]
    language: str | None = None
    engine: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def labels(self) -> dict[str, int]:
        return {name: f.label for name, f in self.findings.items()}

    def states(self) -> dict[str, str]:
        return {name: f.state.value for name, f in self.findings.items()}

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id,
                             "findings": {n: f.to_dict() for n, f in self.findings.items()}}
        if self.language is not None:
            d["language"] = self.language
        if self.engine is not None:
            d["engine"] = self.engine
        if self.meta:
            d["meta"] = self.meta
        return d
