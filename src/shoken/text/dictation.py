"""Dictated text as speech recognition leaves it: "small right pleural effusion period
there is adjacent atelectasis period new paragraph lungs colon ...".

When a speech recogniser's automatic punctuation is off, the words the radiologist says
for punctuation are written out, and every sentence of the report runs into the next: a
denial ("no pericardial effusion period the heart is enlarged") would then reach findings
of other sentences. :class:`Dictation` turns the spoken marks back into marks and drops
what the radiologist took back ("there is a small pericardial effusion scratch that no
pericardial effusion") and words said twice ("the heart is is enlarged"), so the engine reads the report as typed text.

Its words come from the language's data file (``dictation:`` in ``lang/<code>/cues.yaml``).
A report is read as dictated only when it says at least ``min_marks`` spoken marks and
has fewer real marks than spoken ones: typed text with the words "period" or "colon"
in it ("the postoperative period", "the transverse colon") is left as it is, and inside
dictated text a mark word after a word that makes it a noun (``noun_before``) stays a word.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from shoken.text.spelling import replace_spans

_REAL_MARKS = re.compile(r"[.,;:\n。、]")
# one to three words said again at once
_TWICE = re.compile(r"(?<![a-z])((?:[a-z]+ ){1,3})(?=\1)")


class Dictation:
    """Reads spoken punctuation and take-backs (see the module's description).

    ``marks``: spoken words -> the mark (``{"period": ".", "new paragraph": "\\n"}``);
    ``noun_before``: a regular expression of the words after which a mark word is a
    noun; ``retract``: phrases that take back what was said since the last mark
    ("scratch that"); ``min_marks``: spoken marks a report needs to be read as dictated.
    Text is matched lower-case, as the engine folds it.
    """

    def __init__(self, marks: Mapping[str, str], noun_before: str | None = None,
                 retract: Iterable[str] = (), min_marks: int = 3) -> None:
        self.marks = {k.lower(): v for k, v in marks.items()}
        words = sorted(self.marks, key=len, reverse=True)
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        self._mark = re.compile(rf"(?<![a-z])({alt})(?![a-z])")
        self._noun = re.compile(rf"(?<![a-z])(?:{noun_before})\s*$") if noun_before else None
        back = sorted((r.lower() for r in retract), key=len, reverse=True)
        self._retract = (re.compile(rf"(?<![a-z])(?:{'|'.join(re.escape(r) for r in back)})(?![a-z])(?!\s*:)")
                         if back else None)
        self.min_marks = min_marks
        # dictated text says a full stop, a comma or a new line somewhere: a few substring
        # checks (C speed) rule typed text out before any regular expression runs
        self._words = [w for w, m in self.marks.items() if m in ".,\n"] or list(self.marks)

    def _spoken(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, mark)`` of each spoken mark, the space before it included; not a
        mark word that a word before makes a noun ("the postoperative period")."""
        out = []
        for m in self._mark.finditer(text):
            k = m.start()
            if self._noun is not None and self._noun.search(text[max(0, k - 40):k]):
                continue
            s = k
            while s > 0 and text[s - 1].isspace():
                s -= 1
            out.append((s, m.end(), self.marks[re.sub(r"\s+", " ", m.group(1))]))
        return out

    def is_dictated(self, text: str) -> bool:
        """Whether ``text`` (lower case) reads as dictated with its marks spoken."""
        if not any(w in text for w in self._words):  # typed text stops here
            return False
        spoken = len(self._spoken(text))
        return spoken >= self.min_marks and spoken > len(_REAL_MARKS.findall(text))

    def apply(self, text: str, offsets: list[int] | None = None) -> tuple[str, list[int] | None]:
        """``text`` (lower case) with its spoken marks written as marks and its take-backs
        removed, and the map from the new text's offsets to the original's (``offsets``, an
        earlier map of ``text``, composed in). Text that does not read as dictated comes
        back unchanged with ``offsets`` as given."""
        if not self.is_dictated(text):
            return text, offsets
        spans = self._spoken(text)
        text, offsets = replace_spans(text, spans, offsets) if spans else (text, offsets)
        # words said twice ("the the heart is is enlarged", "there is there is a nodule")
        twice = [(m.start(), m.end(), "") for m in _TWICE.finditer(text)]
        text, offsets = replace_spans(text, twice, offsets) if twice else (text, offsets)
        if self._retract is None:
            return text, offsets
        cut: list[tuple[int, int, str]] = []
        for m in self._retract.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in ".,;:\n") + 1
            if cut and start < cut[-1][1]:
                start = cut[-1][1]
            cut.append((start, m.end(), " " * (m.end() - start)))
        return replace_spans(text, cut, offsets) if cut else (text, offsets)
