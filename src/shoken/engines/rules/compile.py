"""Compile schema lexicons and language cues into fast matchers.

Speed comes from two things: every finding's patterns are one compiled
alternation, and each finding carries *anchors*, literal substrings that every
match must contain (derived from the regular expressions themselves), so a report
is only scanned for a finding when one of its anchors occurs (``str.__contains__``
runs at memchr speed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _p  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

from shoken.core.schema import Schema
from shoken.lang import LanguageData, load_language

_MIN_ANCHOR = 2


def _prefixes(items, limit: int = 16) -> set[str] | None:
    """Literal prefixes that every match of the parsed sequence starts with, or None."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            out = {p + chr(av) for p in out}
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= 4:
            out = {p + chr(v) for p in out for _, v in av}
        elif op is _c.SUBPATTERN:
            sub = _prefixes(av[-1], limit)
            if sub is None:
                break
            out = {p + s for p in out for s in sub}
            break  # stop after a group: what follows may depend on its branch
        elif op is _c.BRANCH:
            subs = set()
            for branch in av[1]:
                b = _prefixes(branch, limit)
                if b is None:
                    return _done(out)
                subs |= b
            out = {p + s for p in out for s in subs}
            break
        else:
            break
        if len(out) > limit:
            return None
    return _done(out)


def _done(out: set[str]) -> set[str] | None:
    if not out or any(len(p) < _MIN_ANCHOR for p in out):
        return None
    return out


def anchors_of(pattern: str) -> set[str] | None:
    """Literal strings of which at least one occurs (lower-cased) in every match, or None."""
    try:
        parsed = _p.parse(pattern)
    except Exception:  # pragma: no cover - patterns are validated on load
        return None
    items = list(parsed)
    # skip leading zero-width assertions (\b, lookarounds)
    while items and items[0][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        items = items[1:]
    got = _prefixes(items)
    if got is None:
        return None
    return {a.lower() for a in got}


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@dataclass(slots=True)
class CompiledFinding:
    index: int
    name: str
    regex: re.Pattern
    anchors: tuple[str, ...] | None
    exclude: re.Pattern | None  # searched anywhere in the clause
    exclude_anchored: re.Pattern | None  # patterns written with a leading '^': matched at the clause start
    negated: re.Pattern | None


@dataclass(slots=True)
class CompiledLanguage:
    code: str
    data: LanguageData
    findings: list[CompiledFinding]
    boundary: re.Pattern | None
    cue_any: re.Pattern | None
    cue_parts: list[tuple[str, str, re.Pattern]]  # (kind, direction, regex)
    forward_window: int
    backward_window: int


def compile_language(schema: Schema, code: str, language_file: str | None = None) -> CompiledLanguage:
    data = load_language(code, language_file)
    flags = re.IGNORECASE if data.script == "latin" else 0
    findings: list[CompiledFinding] = []
    for i, f in enumerate(schema.findings):
        terms = list(f.terms.get(code, []))
        neg_terms = list(f.terms.get(f"{code}_negated", []))
        if not terms and not neg_terms:
            continue
        all_terms = terms + neg_terms
        anchors: set[str] | None = set()
        for t in all_terms:
            a = anchors_of(t)
            if a is None:
                anchors = None
                break
            anchors |= a
        rx = re.compile(_alternation(all_terms), flags)
        ex = [p for p in f.exclude.get(code, []) if not p.startswith("^")]
        exa = [p[1:] for p in f.exclude.get(code, []) if p.startswith("^")]
        findings.append(CompiledFinding(
            index=i, name=f.name, regex=rx,
            anchors=None if anchors is None else tuple(sorted(anchors)),
            exclude=re.compile(_alternation(ex), flags) if ex else None,
            exclude_anchored=re.compile(_alternation(exa), flags | re.DOTALL) if exa else None,
            negated=re.compile(_alternation(neg_terms), flags) if neg_terms else None,
        ))
    parts: list[tuple[str, str, re.Pattern]] = []
    every: list[str] = []
    for kind in ("negation", "uncertainty", "affirmation"):
        cs = data.cues.get(kind)
        if cs is None:
            continue
        for direction in ("forward", "backward"):
            pats = getattr(cs, direction)
            if pats:
                parts.append((kind, direction, re.compile(_alternation(pats), flags)))
                every.extend(pats)
    return CompiledLanguage(
        code=code, data=data, findings=findings,
        boundary=re.compile(_alternation(data.boundaries), flags) if data.boundaries else None,
        cue_any=re.compile(_alternation(every), flags) if every else None,
        cue_parts=parts,
        forward_window=data.forward_window, backward_window=data.backward_window,
    )
