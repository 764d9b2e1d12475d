"""What the model reads: every sentence, or only the sentences that mention a finding.

``focus="mentions"`` keeps the sentences in which the schema's lexicon (any of its
languages, denied mentions included) finds a mention of some finding, and drops the
rest ("The trachea is midline."): about half of a CT report's tokens, so the model
runs about twice as fast, and it reads nothing that cannot carry a label. The
lexicon is the rule engine's (Aho-Corasick anchors, thousands of reports a second),
so the choice is deterministic and the same at training and at inference; it is
stored with the model (``shoken.json["focus"]``). A report with no such sentence is
read as empty (the model then scores it as it scores an empty report).
"""
from __future__ import annotations

from bisect import bisect_left

from shoken.core.schema import Schema, load_schema
from shoken.text.segment import normalize


class MentionFocus:
    """Sentence spans of a text that mention a finding of ``schema`` (all its languages)."""

    def __init__(self, schema: "str | Schema" = "ct-rate-18") -> None:
        from shoken.engines.rules.compile import compile_language
        from shoken.lang import available_languages

        self.schema = load_schema(schema)
        present = {k.split("_")[0] for f in self.schema.findings for k in f.terms}
        self._matchers = [compile_language(self.schema, code).terms
                          for code in available_languages() if code in present]

    def mentions(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """``{finding index: [(start, end), ...]}`` of the lexicon's mentions in ``text``
        (state not decided: "no effusion" mentions Pleural effusion)."""
        norm, offsets = normalize(text)
        out: dict[int, list[tuple[int, int]]] = {}
        for m in self._matchers:
            for s, e, (fi, _kind, _code) in m.candidates(norm, 0, len(norm)):
                if offsets is not None:
                    s, e = offsets[s], offsets[e]
                out.setdefault(fi, []).append((s, e))
        for spans in out.values():
            spans.sort()
        return out

    def keep(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans (sentences of ``text``) that contain a mention, in order."""
        norm, offsets = normalize(text)
        out = []
        for a, b in spans:
            na, nb = (a, b) if offsets is None else (bisect_left(offsets, a), bisect_left(offsets, b))
            for m in self._matchers:
                if m.candidates(norm, na, nb):
                    out.append((a, b))
                    break
        return out
