"""Compile schema lexicons and language cues into fast matchers.

Speed comes from two things: every finding's patterns are one compiled
alternation, and each finding carries *anchors*, literal substrings that every
match must contain (derived from the regular expressions themselves), so a report
is only scanned for a finding when one of its anchors occurs (``str.__contains__``
runs at memchr speed).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _p  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

from shoken.core.schema import Schema
from shoken.lang import CUE_TYPES, DIRECTIONS, LanguageData, load_language
from shoken.text.dictation import Dictation
from shoken.text.spelling import Spelling

_MAX_ANCHORS = 512
_MAX_ANCHOR_LEN = 12


def _class_chars(av) -> set[str] | None:
    """The characters of a small positive character class ([cpy], [0-4]), else None."""
    out: set[str] = set()
    for o, v in av:
        if o is _c.LITERAL:
            out.add(chr(v))
        elif o is _c.RANGE and v[1] - v[0] < 16:
            out.update(chr(c) for c in range(v[0], v[1] + 1))
        else:
            return None
    return out if len(out) <= 16 else None


def _seq_prefixes(items: list, need: int = 6) -> set[str] | None:
    """Literal prefixes of a parsed sequence: every match starts with one of them.

    Walks literals, small character classes, groups, alternations and optional
    items (``x?``), stopping at anything else; None when no useful prefix exists.
    """
    if not items or need <= 0:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        heads = {chr(av)}
    elif op is _c.IN and (chars := _class_chars(av)) is not None:
        heads = chars
    elif op is _c.SUBPATTERN:
        return _seq_prefixes(list(av[-1]) + rest, need)
    elif op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            b = _seq_prefixes(list(branch) + rest, need)
            if b is None:
                return None
            out |= b
            if len(out) > _MAX_ANCHORS:
                return None
        return out
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] <= 3:
        # x?, x{0,2}, x{1,3}: the union over each repeat count
        out = set()
        for k in range(av[0], av[1] + 1):
            got = _seq_prefixes(list(av[2]) * k + rest, need)
            if got is None:
                return None
            out |= got
            if len(out) > _MAX_ANCHORS:
                return None
        return out
    elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _seq_prefixes(rest, need)
    else:
        return {""}
    tails = _seq_prefixes(rest, need - 1)
    if tails is None:
        return None
    out = {h + t for h in heads for t in tails}
    out = {a[:_MAX_ANCHOR_LEN] for a in out}
    return out if len(out) <= _MAX_ANCHORS else None


def anchors_of(pattern: str, flags: int = 0) -> set[str] | None:
    """Literal strings, lower-cased, one of which every match of ``pattern`` starts with.

    A match can only begin where one of these occurs, so an Aho-Corasick pass over
    the text finds every candidate start at C speed. None when the pattern has no
    usable literal prefix (it is then scanned with ``finditer``).
    """
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover - patterns are validated on load
        return None
    # long anchors first ("in the foreground" should not stop at every "in the"); shorter
    # ones when long ones are too many
    for need in (12, 8, 6, 4, 3, 2, 1):
        got = _seq_prefixes(list(parsed), need)
        if got is None or not got:
            continue
        got = {a.lower() for a in got}
        # one character is enough for CJK (胸, 癌) and punctuation ("。", "?");
        # Latin letters and digits need two (the regex itself checks word boundaries)
        if any(len(a) == 0 or (len(a) < 2 and a.isascii() and a.isalnum()) for a in got):
            continue
        return got
    return None


def _has_gap(items) -> bool:
    """Whether a parsed pattern has a run of free characters (``[^。]{0,25}``, ``.*``, ``\\S+``),
    i.e. whether a match can join two statements."""
    for op, av in items:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            body = list(av[2])
            if av[1] >= 4 and any(o in (_c.NOT_LITERAL, _c.ANY, _c.CATEGORY)
                                  or (o is _c.IN and any(x[0] in (_c.NEGATE, _c.CATEGORY) for x in a))
                                  for o, a in body):
                return True
            if _has_gap(body):
                return True
        elif op is _c.SUBPATTERN:
            if _has_gap(av[-1]):
                return True
        elif op is _c.BRANCH:
            if any(_has_gap(b) for b in av[1]):
                return True
    return False


def has_gap(pattern: str, flags: int = 0) -> bool:
    try:
        return _has_gap(list(_p.parse(pattern, flags)))
    except re.error:  # pragma: no cover - patterns are validated on load
        return True


class Matcher:
    """Finds every match start of many patterns: Aho-Corasick over literal anchors,
    then each candidate pattern is tried with ``match`` at that position only.
    Patterns without anchors fall back to ``finditer``."""

    def __init__(self, entries: list[tuple], flags: int) -> None:
        """``entries``: ``(pattern, payload)``, or ``(pattern, payload, anchors)`` with the
        anchors given (many literal words sharing one pattern: the misspellings)."""
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        table: dict[str, list] = {}
        self.fallback: list[tuple[re.Pattern, object]] = []
        self.gapped: set[re.Pattern] = set()  # patterns with free characters (see tight_spans)
        for entry in entries:
            pattern, payload = entry[0], entry[1]
            rx = re.compile(pattern, flags)
            if len(entry) > 2:
                for a in entry[2]:
                    table.setdefault(a, []).append((rx, payload))
                continue
            if has_gap(pattern, flags):
                self.gapped.add(rx)
            anchors = anchors_of(pattern, flags)
            if anchors is None:
                self.fallback.append((rx, payload))
                continue
            minimal: set[str] = set()
            for a in sorted(anchors, key=len):  # a longer anchor that extends a kept one is redundant
                if not any(a[:k] in minimal for k in range(1, len(a))):
                    minimal.add(a)
            for a in minimal:
                table.setdefault(a, []).append((rx, payload))
        for a, items in table.items():
            self.automaton.add_word(a, (len(a), tuple(items)))
        self.empty = not table
        if not self.empty:
            self.automaton.make_automaton()

    def candidates(self, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, object]]:
        """``(start, end, payload)`` for every pattern matching at some start in
        ``text[lo:hi]`` (overlaps kept), in the automaton's order. A list, not a generator:
        this is the rule engine's innermost loop."""
        if hi is None:
            hi = len(text)
        out: list[tuple[int, int, object]] = []
        add = out.append
        if not self.empty:
            for end, (n, items) in self.automaton.iter(text, lo, hi):
                p = end - n + 1
                for rx, payload in items:
                    m = rx.match(text, p, hi)
                    if m is not None:
                        me = m.end()
                        if me > p:
                            add((p, me, payload))
        for rx, payload in self.fallback:
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start():
                    add((m.start(), m.end(), payload))
        return out

    def tight_spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of the matches in ``text`` of the patterns without free characters
        (words, not phrases: what a line break inside a word would split)."""
        out: list[tuple[int, int]] = []
        if self.empty:
            return out
        gapped = self.gapped
        for end, (n, items) in self.automaton.iter(text):
            p = end - n + 1
            for rx, _payload in items:
                if rx in gapped:
                    continue
                m = rx.match(text, p)
                if m is not None and m.end() > p:
                    out.append((p, m.end()))
        return out

    def candidates_by_span(self, text: str, ends: list[int]) -> dict[int, list[tuple[int, int, object]]]:
        """:meth:`candidates` of every span ``[ends[i-1], ends[i])`` of ``text`` (the
        sentences), in one pass over the whole text: ``{i: [(start, end, payload), ...]}``
        for the spans with a match. A match never crosses its span's end, exactly as if
        each span were scanned on its own; one automaton pass per report instead of one
        per sentence is what keeps the per-sentence overhead out of the inner loop."""
        out: dict[int, list[tuple[int, int, object]]] = {}
        if not self.empty:
            where = bisect_right
            for end, (n, items) in self.automaton.iter(text):
                p = end - n + 1
                i = where(ends, p)
                hi = ends[i]
                if end >= hi:  # an anchor across a span's end: never a candidate of either span
                    continue
                for rx, payload in items:
                    m = rx.match(text, p, hi)
                    if m is not None:
                        me = m.end()
                        if me > p:
                            got = out.get(i)
                            if got is None:
                                out[i] = [(p, me, payload)]
                            else:
                                got.append((p, me, payload))
        if self.fallback:
            lo = 0
            for i, hi in enumerate(ends):
                for rx, payload in self.fallback:
                    for m in rx.finditer(text, lo, hi):
                        if m.end() > m.start():
                            out.setdefault(i, []).append((m.start(), m.end(), payload))
                lo = hi
        return out


# A lexicon pattern with free words between its parts ("coronar\\w* (\\w+ ){0,4}calcifi\\w*")
# can span a cue: "coronary arteries are not calcified". Only word gaps count: in
# Japanese a character gap (「大動脈[^。]{0,25}石灰化」) spanning a denial usually joins two
# statements (「大動脈には異常なく、冠動脈に石灰化」), so the cue after the mention decides.
# A word gap is ``(\w+ ){m,n}``, ``(\S+ ){m,n}`` or one that stops at punctuation, ``([^\s,;]+ ){m,n}``.
_GAP = re.compile(r"\((?:\\w|\\S|\[\^\\s[^\]]*\])\+ \)\{")


def implied_key(index: int) -> int:
    """The finding key of an implied mention of finding ``index`` (a bulla for emphysema):
    negative, so the engine tells it from a direct mention (``key >= 0``); ``~key`` is the
    index again. Misspelling hits carry the key None (they name no finding)."""
    return ~index


# the word that starts at a misspelling's anchor (the engine compares its length)
_WHOLE_WORD = r"(?<![a-z0-9])[a-z01][a-z015]*(?![a-z0-9])"
_TWO_WORDS = r"(?<![a-z0-9])[a-z01][a-z015]* [a-z01][a-z015]*(?![a-z0-9])"


def _term_kind(pattern: str) -> str:
    """``"span"`` for patterns that can swallow a cue (words in between), else ``"term"``."""
    return "span" if _GAP.search(pattern) else "term"


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _heading(names: str, flags: int) -> re.Pattern:
    """A heading at a line start: 【name】, ＜name＞, ■name, or name followed by a colon, by
    a tab (a table's row: "Clinical question\tPneumonia?") or alone on its line."""
    return re.compile(
        rf"^[ \t]*(?:[【\[<＜■●][ \t]*(?:{names})[ \t]*[】\]>＞]?[ \t]*[:：]?|(?:{names})(?:[ \t]*(?:[:：]|(?=\n)|$)|\t))",
        flags | re.MULTILINE)


def _split_anchored(patterns: list[str], flags: int) -> tuple[re.Pattern | None, re.Pattern | None]:
    """Exclusion patterns as (one search regex, one regex of those written with a leading
    '^', matched at the start of their scope); None for an empty group."""
    plain = [p for p in patterns if not p.startswith("^")]
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    return (re.compile(_alternation(plain), flags) if plain else None,
            re.compile(_alternation(anchored), flags | re.DOTALL) if anchored else None)


@dataclass(slots=True)
class CompiledFinding:
    index: int
    name: str
    exclude: re.Pattern | None  # searched in the exclusion scope (see the rule engine)
    exclude_anchored: re.Pattern | None  # patterns written with a leading '^': matched at its start
    explained: re.Pattern | None  # ``<lang>_explained``: what the sentence says the mention is
    explained_anchored: re.Pattern | None
    negated: re.Pattern | None


@dataclass(slots=True)
class CompiledLanguage:
    code: str
    data: LanguageData
    findings: list[CompiledFinding]
    terms: Matcher  # payload: (finding index, "term" | "span" | "negated", language code)
    context: Matcher  # cues and clause boundaries, one pass; payload: (kind, direction), None for a boundary
    excludes: dict  # finding index -> (search, anchored, explained search, explained anchored); each a regex or None
    forward_window: int
    backward_window: int
    unassessed_window: int = 4  # how far after a mention an 'unassessed' cue may start
    denied_list_join: re.Pattern | None = None
    exclude_breaks: re.Pattern | None = None
    exclude_sites: re.Pattern | None = None
    context_heading: re.Pattern | None = None  # a heading of a context section, at a line start
    context_end: re.Pattern | None = None  # a sentence about the current examination, after a full stop
    question_heading: re.Pattern | None = None  # a context heading whose text is one sentence (the question)
    table_sides: re.Pattern | None = None  # a table's column heading that names a side
    table_courses: re.Pattern | None = None  # a table's column heading that names an examination of a course
    spelling: Spelling | None = None  # misspelt finding words (their hits in ``terms`` have kind "spelling")
    dictation: Dictation | None = None  # spoken punctuation of dictated text
    strip: Matcher | None = None  # what is removed before matching (fillers of dictated text)
    retract: Matcher | None = None  # spoken take-backs, removed with the words before them
    corrections: re.Pattern | None = None  # a sentence that corrects an earlier statement
    correction_heading: re.Pattern | None = None  # a heading after which every sentence corrects
    identity_denial: re.Pattern | None = None  # a denial of what a thing is, which wins in its sentence
    answer_yes: re.Pattern | None = None  # the start of an answer to a question: yes
    answer_no: re.Pattern | None = None  # ... no
    # the report-level passes' patterns, found in one automaton pass per report: a denial given once
    # for a list (payload "head" | "bracket" | "tail") and software's readings ("reading" | "reject" | "accept")
    report_cues: Matcher | None = None
    typos: re.Pattern | None = None  # the language's typos (``data.typos``), longest first
    exceptions: re.Pattern | None = None  # "except for": an implied mention after it survives the denial
    machine_end: re.Pattern | None = None  # where the software's part of a sentence ends ("however")
    other_instances: re.Pattern | None = None  # a denial of the finding's other instances ("No other nodules")
    interpretation: re.Pattern | None = None  # a sentence that only says what the last one's finding is
    lookalike: re.Pattern | None = None  # right after a finding's word: a look-alike (「結節様」), an implied mention
    course_headings: re.Pattern | None = None  # the examinations of a course, one heading each (「2023/4：」「今回：」)
    current_words: re.Pattern | None = None  # ... the current one's words (「今回」, "today")
    quotations: re.Pattern | None = None  # a quotation (group "o": its opening mark), see ``data.quotations``
    quotes_opened_by: re.Pattern | None = None  # what opens a quotation of another text
    quotes_continued_by: re.Pattern | None = None  # ... what joins one to the quotation before it
    quotes_confirmed_by: re.Pattern | None = None  # ... what confirms one after it
    anaphora: tuple | None = None  # back-references: (subject pattern, kind) pairs, gone, kept; see ``data.anaphora``


def _quotations(data: LanguageData) -> re.Pattern | None:
    """One pattern for the language's quotations: an opening mark (group ``o``), then text
    without the closing mark or a line break, then the closing mark."""
    if data.quotations is None or not data.quotations.marks:
        return None
    return re.compile("|".join(f"(?P<o{i}>{re.escape(a)})[^{re.escape(b)}\n]{{1,240}}{re.escape(b)}"
                               for i, (a, b) in enumerate(data.quotations.marks)))


ANAPHORA_KINDS = ("plural", "former", "latter", "denying", "singular")


def _anaphora(data: LanguageData, flags: int) -> tuple | None:
    """``(gone, kept, stops)`` of the language's back-references (their subjects are found with
    the report-level cues, payload the kind: ``singular``, ``plural``, ``former``, ``latter``,
    ``denying``)."""
    a = data.anaphora
    if a is None or not any(getattr(a, k) for k in ANAPHORA_KINDS):
        return None
    return (re.compile(a.gone, flags), re.compile(a.kept, flags), re.compile(a.stops, flags) if a.stops else None)


def _report_cues(data: LanguageData, flags: int) -> Matcher | None:
    entries = [(p, kind) for p, kind in ((data.list_denial_heads, "head"), (data.list_denial_brackets, "bracket"),
                                         (data.list_denial_tails, "tail")) if p]
    if data.machine_readings:  # (verdicts only with readings: alone they are nothing)
        entries += [(p, kind) for p, kind in ((data.machine_readings, "reading"), (data.machine_rejects, "reject"),
                                              (data.machine_accepts, "accept")) if p]
    if data.anaphora is not None:  # back-references' subjects (payload: their kind)
        entries += [(getattr(data.anaphora, k), k) for k in ANAPHORA_KINDS if getattr(data.anaphora, k)]
    return Matcher(entries, flags) if entries else None


@lru_cache(maxsize=16)
def compile_language(schema: Schema, code: str, language_file: str | None = None) -> CompiledLanguage:
    """The schema's lexicon and the language's cues for ``code``, compiled. Memoised per
    process (a compiled language is read-only), so engines built one after another (a
    server's workers, a test suite, ``shoken label`` per file) compile once."""
    data = load_language(code, language_file)
    # ASCII word boundaries for Latin-script terms, so "に consolidation を" still splits words
    flags = (re.IGNORECASE | re.ASCII) if data.script == "latin" else 0
    findings: list[CompiledFinding] = []
    term_entries: list[tuple[str, object]] = []
    for i, f in enumerate(schema.findings):
        terms = list(f.terms.get(code, []))
        neg_terms = list(f.terms.get(f"{code}_negated", []))
        implied = list(f.terms.get(f"{code}_implied", []))
        if not terms and not neg_terms and not implied:
            continue
        term_entries += [(t, (i, _term_kind(t), code)) for t in terms] + [(t, (i, "negated", code)) for t in neg_terms]
        # words that imply the finding ("bulla" for emphysema): a mention of their own, which
        # the report's explicit denial of the finding overrules (keyed implied_key(i))
        term_entries += [(t, (implied_key(i), _term_kind(t), code)) for t in implied]
        ex, exa = _split_anchored(f.exclude.get(code, []), flags)
        xp, xpa = _split_anchored(f.exclude.get(f"{code}_explained", []), flags)
        findings.append(CompiledFinding(index=i, name=f.name, exclude=ex, exclude_anchored=exa,
                                        explained=xp, explained_anchored=xpa, negated=None))
    spelling = None
    if data.spelling is not None:
        sd = data.spelling
        spelling = Spelling(sd.words, sd.not_misspellings, sd.misspellings, sd.min_length, sd.ocr)
        # every misspelling is a literal anchor of one shared pattern (the whole word from the
        # anchor): found in the lexicon's own automaton pass, so clean text costs nothing
        # more; the engine checks that the word is the misspelling and rereads the report
        by_length: dict[tuple[int, bool], list[str]] = {}
        for k in spelling.keys():
            by_length.setdefault((len(k), " " in k), []).append(k)
        term_entries += [(_TWO_WORDS if spaced else _WHOLE_WORD, (None, "spelling", n), ks)
                         for (n, spaced), ks in sorted(by_length.items())]
    cue_entries: list[tuple[str, object]] = []
    for kind in CUE_TYPES:
        cs = data.cues.get(kind)
        if cs is None:
            continue
        for direction in DIRECTIONS:
            cue_entries += [(pat, (kind, direction)) for pat in getattr(cs, direction)]
    return CompiledLanguage(
        code=code, data=data, findings=findings,
        terms=Matcher(term_entries, flags),
        context=Matcher(cue_entries + [(b, None) for b in data.boundaries], flags),
        excludes={f.index: (f.exclude, f.exclude_anchored, f.explained, f.explained_anchored) for f in findings
                  if any(x is not None for x in (f.exclude, f.exclude_anchored, f.explained, f.explained_anchored))},
        forward_window=data.forward_window, backward_window=data.backward_window,
        unassessed_window=data.unassessed_window,
        denied_list_join=re.compile(data.denied_list_join, flags) if data.denied_list_join else None,
        exclude_breaks=re.compile(data.exclude_breaks, flags) if data.exclude_breaks else None,
        exclude_sites=re.compile(data.exclude_sites, flags) if data.exclude_sites else None,
        context_heading=_heading(data.context_headings, flags) if data.context_headings else None,
        question_heading=_heading(data.question_headings, flags) if data.question_headings else None,
        table_sides=re.compile(rf"(?:{data.table_sides})", flags) if data.table_sides else None,
        table_courses=re.compile(rf"(?:{data.table_courses})", flags) if data.table_courses else None,
        context_end=(re.compile(rf"(?:(?<=[。．！？])|(?<=[.!?] )|(?<=[.!?][\"'”’] ))[ \t\u3000]*(?:{data.context_ends})", flags)
                     if data.context_ends else None),
        spelling=spelling,
        corrections=re.compile(data.corrections, flags) if data.corrections else None,
        identity_denial=re.compile(data.identity_denials, flags) if data.identity_denials else None,
        answer_yes=re.compile(rf"[ \t\n]*(?:{data.answers_yes})", flags) if data.answers_yes else None,
        answer_no=re.compile(rf"[ \t\n]*(?:{data.answers_no})", flags) if data.answers_no else None,
        typos=(re.compile("|".join(re.escape(k) for k in sorted(data.typos, key=len, reverse=True)))
               if data.typos else None),
        report_cues=_report_cues(data, flags),
        correction_heading=(re.compile(rf"【[ \t]*(?:{data.correction_headings})[ \t]*】|(?:{data.correction_headings})[ \t]*[:：]", flags)
                            if data.correction_headings else None),
        exceptions=re.compile(data.exceptions, flags) if data.exceptions else None,
        machine_end=re.compile(data.machine_ends, flags) if data.machine_ends else None,
        other_instances=re.compile(data.other_instances, flags) if data.other_instances else None,
        interpretation=(re.compile(rf"[ \t\n]*(?:{data.interpretations})", flags)
                        if data.interpretations else None),
        lookalike=re.compile(data.lookalike, flags) if data.lookalike else None,
        course_headings=re.compile(data.course_headings, flags | re.MULTILINE) if data.course_headings else None,
        current_words=re.compile(data.current_words, flags) if data.current_words else None,
        quotations=_quotations(data),
        anaphora=_anaphora(data, flags),
        quotes_opened_by=(re.compile(rf"(?:{data.quotations.opened_by})[ \t]*$", flags)
                          if data.quotations is not None and data.quotations.opened_by else None),
        quotes_continued_by=(re.compile(data.quotations.continued_by, flags)
                             if data.quotations is not None and data.quotations.continued_by else None),
        quotes_confirmed_by=(re.compile(data.quotations.confirmed_by, flags)
                             if data.quotations is not None and data.quotations.confirmed_by else None),
        strip=Matcher([(p, None) for p in data.strip], flags) if data.strip else None,
        retract=Matcher([(p, None) for p in data.retract], flags) if data.retract else None,
        dictation=(Dictation(data.dictation.marks, data.dictation.noun_before, data.dictation.retract,
                             data.dictation.min_marks) if data.dictation is not None else None),
    )
