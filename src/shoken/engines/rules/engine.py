"""Rule engine: finds each finding's mentions with the schema's per-language lexicon
and decides its state from the cues around the mention, within scope.

Scope, per mention:

1. The mention's *clause*: its sentence, cut at the language's boundaries
   (「が、」, 「一方」, "but", "however", ";" …).
2. The *backward cue*: the first cue after the mention in its clause (Japanese and
   English post-position: 「胸水は認めない」, "effusion was not detected"). Lists
   share it: 「胸水、心嚢液貯留は認めない」. An affirmative predicate (「認め、」,
   "is seen") counts too, so a later negation does not reach back past it
   (「結節を認め、胸水は認めない」).
3. The *forward cue*: the nearest cue before the mention in its clause within the
   language's window, with no predicate in between ("no", "without", "free of").
4. A forward negation/uncertainty wins; else a backward one; else positive. A forward
   hedge joined to an earlier forward denial by the language's ``denied_list_join``
   ("No consolidation, or suspicious nodule") stays under the denial.
   Patterns under ``terms: {<lang>_negated: [...]}`` are mentions that deny the finding
   by themselves (e.g. "N0"). Patterns under ``<lang>_implied`` name something that
   implies the finding ("bulla", 「ブレブ」 for emphysema): their mentions count for it
   unless the report denies the finding by one of its own terms (「ブレブを認めます。
   肺気腫は認めません」).
5. A mention matched by a pattern with free words between its parts
   ("coronar\\w* (\\w+ ){0,4}calcifi\\w*") can hold a cue itself: "coronary arteries are
   not calcified" is denied, "calcification possibly in the LAD" hedged. (Other cues
   wholly inside a mention are part of the finding's name and ignored.)

6. A finding's exclusions drop a mention: words for where it is ("thyroid", 「肝」) in its
   clause, or only in its part of the clause when that part names a lung site; words for
   what it is (``<lang>_explained``: 「線維化を示唆する」) in its statement, which a part
   naming another lung site ends. A character-gap mention that joins two clauses over a
   denial inside it is dropped too.

A finding's state over the report: positive if any mention is positive, else
uncertain, else negative, else absent (CheXpert's aggregation).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, NamedTuple

from shoken.core.schema import Schema
from shoken.core.types import Evidence, FindingResult, Report, ReportResult, State, binary_label
from shoken.engines.base import Engine
from shoken.engines.rules.compile import ANAPHORA_KINDS, CompiledLanguage, compile_language
from shoken.lang import CUE_TYPES, available_languages, detect_language
from shoken.text.checklist import drop_blank_rows, resolve_checklists
from shoken.text.spelling import replace_spans
from shoken.text.segment import clause_bounds, find_sections, normalize, remove_at, rules, sentence_ends

_RANK = {State.POSITIVE: 3, State.UNCERTAIN: 2, State.NEGATIVE: 1, State.ABSENT: 0}
_STATE_OF = {"negation": State.NEGATIVE, "uncertainty": State.UNCERTAIN, "affirmation": State.POSITIVE,
             "unassessed": State.ABSENT, "hypothetical": State.ABSENT}


class RuleEngine(Engine):
    """Lexicon + scoped negation/uncertainty rules. Offline, CPU, no model weights.

    Parameters
    ----------
    schema:
        Schema name or path (default ``ct-rate-18``).
    uncertain:
        ``"positive"`` (CT-RATE convention: hedged findings are 1) or ``"negative"``.
    language:
        Force a language (``ja``, ``en``, ``zh``); default detects per report.
    max_evidence:
        Evidence items kept per finding.
    cache_size:
        Sentences whose analysis is memoised (0 disables); results are identical either way.
    evidence:
        Build evidence (offsets, text, cue, sentence) for each state; ``False`` is faster
        when only labels and states are needed (e.g. CSV output).
    language_files:
        Optional ``{code: path}`` of cue files that replace the bundled ones.
    """

    name = "rules"

    SCORES = {State.POSITIVE: 0.95, State.NEGATIVE: 0.02, State.ABSENT: 0.05}

    def __init__(self, schema: "str | Schema" = "ct-rate-18", *, uncertain: str = "positive",
                 language: str | None = None, max_evidence: int = 5,
                 language_files: dict[str, str] | None = None, cache_size: int = 100_000,
                 evidence: bool = True) -> None:
        super().__init__(schema, uncertain=uncertain)
        langs = available_languages()
        if language is not None and language not in langs:
            from shoken.core.errors import ShokenError
            raise ShokenError(f"no rules for language {language!r}; available: {', '.join(langs)}")
        self.language = language
        self.max_evidence = max_evidence
        self.evidence = bool(evidence)
        self.language_files = dict(language_files or {})
        self._compiled: dict[str, CompiledLanguage] = {}
        self._names = self.schema.names
        self._uncertain_score = 0.7 if uncertain == "positive" else 0.35
        # Sentence-level memo: a sentence's mentions and states depend only on its text,
        # and report templates repeat sentences across an archive. Per engine, bounded.
        self.cache_size = int(cache_size)
        self._sentence_cache: dict[tuple, dict[str, tuple]] = {}
        self._languages = set(langs)

    def get_config(self) -> dict[str, Any]:
        cfg = super().get_config()
        cfg.update(language=self.language, max_evidence=self.max_evidence, cache_size=self.cache_size,
                   evidence=self.evidence)
        return cfg

    def compiled(self, code: str) -> CompiledLanguage:
        c = self._compiled.get(code)
        if c is None:
            c = compile_language(self.schema, code, self.language_files.get(code))
            self._compiled[code] = c
        return c

    def _label_batch(self, reports: Sequence[Report]) -> list[ReportResult]:
        return [self.label_report(r) for r in reports]

    # -- one report -------------------------------------------------------------------
    def label_report(self, report: Report) -> ReportResult:
        text = report.text
        lang = report.language or self.language or (detect_language(text) if text.strip() else "en")
        if lang not in self._languages:
            lang = "en"
        sections = report.sections
        if sections is None and self.evidence:
            sections = find_sections(text)  # 【所見】/【診断】, FINDINGS:/IMPRESSION: headers
        states = self._analyse(text, lang, sections)
        findings: dict[str, FindingResult] = {}
        unc = self.uncertain
        for i, name in enumerate(self._names):
            got = states.get(i)
            if got is None:
                findings[name] = FindingResult(State.ABSENT, 0, self.SCORES[State.ABSENT], [])
                continue
            state, ev = got
            score = self._uncertain_score if state is State.UNCERTAIN else self.SCORES[state]
            findings[name] = FindingResult(state, binary_label(state, unc), score, ev)
        nf = self.schema.no_finding
        if nf is not None:
            skip = {nf.name, *nf.ignore}
            other = any(f.state in (State.POSITIVE, State.UNCERTAIN) for n, f in findings.items() if n not in skip)
            cur = findings[nf.name]
            if other:
                findings[nf.name] = FindingResult(State.NEGATIVE if cur.state is not State.ABSENT else State.ABSENT,
                                                  0, self.SCORES[State.NEGATIVE], [])
            else:
                findings[nf.name] = FindingResult(State.POSITIVE, 1, self.SCORES[State.POSITIVE], cur.evidence)
        return ReportResult(id=report.id, findings=findings, language=lang, engine=self.name)

    def _analyse(self, text: str, lang: str, sections) -> dict[int, tuple[State, list[Evidence]]]:
        comp = self.compiled(lang)
        # offsets: None when the normalised text lines up with the original (almost always);
        # else the map back (half-width voiced kana composed: ｶﾞ -> ガ)
        norm, offsets = normalize(text)
        if comp.typos is not None:
            # slips of the input method: 「凶水」 reads 「胸水」 (rare: one search finds none)
            hits = [(m.start(), m.end(), comp.data.typos[m.group()]) for m in comp.typos.finditer(norm)]
            if hits:
                norm, offsets = replace_spans(norm, hits, offsets)
        # template options: 「胸水：☐あり　☑なし」 reads 「胸水：　なし」
        norm, offsets = resolve_checklists(norm, offsets, text)
        # a template's row left blank says nothing: 「Cardiomegaly:」 with the next row under it
        norm, offsets = drop_blank_rows(norm, offsets)
        if comp.dictation is not None:
            # "effusion period there is ... new paragraph lungs colon": spoken marks written
            norm, offsets = comp.dictation.apply(norm, offsets)
        if comp.strip is not None:
            norm, offsets = _strip(comp, norm, offsets)
        if (comp.table_sides is not None or comp.table_courses is not None) and ("\t" in norm or "|" in norm or "│" in norm):
            # a table with a column per side: 「胸水\tなし\t少量」 reads 「胸水\t少量」; one with a column per
            # examination reads as the current one's: 「心嚢液\tなし\tなし\t少量」 under 「\t前々回\t前回\t今回」
            norm, offsets = _sided_tables(comp, norm, offsets)
        if "\n" in norm:
            if comp.data.script == "cjk":
                norm, offsets = _join_wrapped_words(norm, offsets, comp)
            else:
                norm, offsets = _join_wrapped_latin(text, norm, offsets, comp)
        try:
            return self._analyse_norm(text, norm, offsets, comp, sections)
        except _Misspelt:
            # a misspelt finding word ("atelactasis"): the report is read again with the words
            # spelt right (rare; clean text never gets here), offsets mapped to the original
            fixed, fixed_offsets = norm, offsets
            for c in (comp, self._other(comp, norm)):
                if c is not None and c.spelling is not None:
                    fixed, fixed_offsets = c.spelling.fix(fixed, fixed_offsets)
            if fixed == norm:  # pragma: no cover - the fixer and the automaton share one table
                raise
            return self._analyse_norm(text, fixed, fixed_offsets, comp, sections)

    def _other(self, comp: CompiledLanguage, norm: str) -> CompiledLanguage | None:
        """The other language of mixed text (see :meth:`_analyse_norm`), or None."""
        if comp.data.script == "cjk":
            return self.compiled("en") if _LATIN_WORD.search(norm) else None
        if not norm.isascii() and _CJK_CHAR.search(norm):
            return self.compiled(_cjk_language(norm))
        return None

    def _analyse_norm(self, text: str, norm: str, offsets: list[int] | None, comp: CompiledLanguage,
                      sections) -> dict[int, tuple[State, list[Evidence]]]:
        # Mixed-language text: English terms inside Japanese/Chinese sentences (「右下葉に
        # consolidationを認める」) and English sentences in a CJK report, or the reverse.
        other = self._other(comp, norm)
        tag = (comp.code, other.code if other is not None else None)
        cache = self._sentence_cache.get(tag)
        if cache is None:
            cache = self._sentence_cache[tag] = {}
        limit = self.cache_size
        best: dict[int, tuple[State, list[Evidence]]] = {}
        max_ev = self.max_evidence
        want_evidence = self.evidence
        ends = sentence_ends(norm)
        marks = _marks(norm, comp, other)
        # Each sentence's result, from the memo or analysed now. The lexicon is scanned
        # once over the whole report (not once per sentence), and only when some sentence
        # is not memoised; a sentence without a finding term needs no further work.
        if limit:
            results: dict[int, tuple] = {}
            todo: list[int] = []
            lo = 0
            for i, hi in enumerate(ends):
                if hi - lo >= 2:
                    res = cache.get(norm[lo:hi])
                    if res is None:
                        todo.append(i)
                    elif res:
                        results[i] = res
                lo = hi
            if todo:
                # a report with few new sentences: scan just those; else the whole report once
                fresh = sum(ends[i] - (ends[i - 1] if i else 0) for i in todo)
                found = self._scan(norm, ends, comp, other) if 2 * fresh > len(norm) else None
                for i in todo:
                    lo, hi = (ends[i - 1] if i else 0), ends[i]
                    hits = found.get(i) if found is not None else self._scan_one(norm, lo, hi, comp, other)
                    res = self._sentence(norm, lo, hi, comp, other, hits, marks) if hits else ()
                    if len(cache) >= limit:
                        cache.clear()
                    cache[norm[lo:hi]] = res
                    if res:
                        results[i] = res
            order = sorted(results)
        else:
            results = {}
            for i, hits in self._scan(norm, ends, comp, other).items():
                lo, hi = (ends[i - 1] if i else 0), ends[i]
                if hi - lo >= 2:
                    res = self._sentence(norm, lo, hi, comp, other, hits, marks)
                    if res:
                        results[i] = res
            order = sorted(results)
        if (comp.corrections is not None or comp.correction_heading is not None) and order:
            _apply_corrections(comp, norm, ends, order, results)
        if comp.identity_denial is not None and order:
            _apply_identity_denials(comp, norm, ends, order, results)
        if comp.answer_no is not None and order and ("?" in norm or "？" in norm):
            _apply_answers(comp, norm, ends, order, results)
        # (the patterns of the passes below, in one automaton pass: most reports have none)
        report_cues = comp.report_cues.candidates(norm) if comp.report_cues is not None and order else None
        if report_cues:
            _apply_list_denials(comp, norm, ends, order, results, report_cues)
        if comp.context_heading is not None and order:
            skip = _context_spans(comp, norm)
            if skip:
                order = [i for i in order if not _inside(skip, ends[i - 1] if i else 0, ends[i])]
        if comp.course_headings is not None and order and norm.count(":") + norm.count("：") + norm.count("】") > 1:
            skip = _earlier_examinations(comp, norm)
            if skip:
                order = [i for i in order if not _inside(skip, ends[i - 1] if i else 0, ends[i])]
        if report_cues and order:
            _apply_machine_readings(comp, norm, ends, order, results, report_cues)
        if comp.quotations is not None and order:
            _apply_quotations(comp, norm, ends, order, results)
        if comp.interpretation is not None and order:
            _apply_interpretations(comp, norm, ends, order, results)
        if comp.anaphora is not None and report_cues and order:
            order = _apply_anaphora(comp, norm, ends, order, results, report_cues)
        denied = None  # findings the report denies by name (computed when an implied mention needs it)
        for i in order:
            lo, hi = (ends[i - 1] if i else 0), ends[i]
            for fi, state, rs, re_, cue in results[i]:
                if fi < 0:  # an implied mention ("bulla", see implied_key): the finding's, unless the report denies it by name
                    if denied is None:
                        # (not a denial that makes an exception: "No definite emphysema elsewhere")
                        denied = {r[0] for j in order for r in results[j] if r[0] >= 0 and r[1] is State.NEGATIVE
                                  and not _excepting(comp, norm, ends, j)}
                    fi = ~fi
                    if fi in denied and not _excepted(comp, norm, lo, hi, results[i], fi):
                        continue
                cur = best.get(fi)
                if cur is not None and _RANK[cur[0]] > _RANK[state]:
                    continue
                if not want_evidence:
                    if cur is None or _RANK[state] > _RANK[cur[0]]:
                        best[fi] = (state, [])
                    continue
                s, e = lo + rs, lo + re_
                cs, ce = (lo + cue[0], lo + cue[1]) if cue else (0, 0)
                slo, shi = lo, hi
                if offsets is not None:
                    s, e, cs, ce, slo, shi = (offsets[s], offsets[e], offsets[cs], offsets[ce],
                                              offsets[slo], offsets[shi])
                ev = Evidence(start=s, end=e, text=text[s:e],
                              cue=text[cs:ce] if cue else None,
                              sentence=text[slo:shi].strip(),
                              section=_section_at(sections, s))
                if cur is None or _RANK[state] > _RANK[cur[0]]:
                    best[fi] = (state, [ev])
                elif len(cur[1]) < max_ev:
                    cur[1].append(ev)
        return best

    @staticmethod
    def _scan(norm: str, ends: list[int], comp: CompiledLanguage, other: CompiledLanguage | None) -> dict:
        """The lexicon's hits per sentence index, in both languages of mixed text."""
        found = comp.terms.candidates_by_span(norm, ends)
        if other is not None:
            for i, hits in other.terms.candidates_by_span(norm, ends).items():
                found.setdefault(i, []).extend(hits)
        return found

    @staticmethod
    def _scan_one(norm: str, lo: int, hi: int, comp: CompiledLanguage, other: CompiledLanguage | None) -> list:
        """The lexicon's hits in one sentence (what :meth:`_scan` gives for its index)."""
        hits = comp.terms.candidates(norm, lo, hi)
        if other is not None:
            hits += other.terms.candidates(norm, lo, hi)
        return hits

    def _sentence(self, norm: str, lo: int, hi: int, comp: CompiledLanguage,
                  other: CompiledLanguage | None, hits: list, marks: _Marks) -> tuple:
        """States of the mentions in one sentence, offsets relative to ``lo``, given the
        lexicon's hits in it (``(start, end, (finding, kind, language))``). Depends only
        on the sentence's text (and the languages), which is what makes it cacheable."""
        # cues follow the sentence's script: Japanese cues for a Japanese sentence
        scomp = comp if other is None else _sentence_comp(norm, lo, hi, comp, other)
        every, bounds = self._context(scomp, norm, lo, hi)
        looks = [c[1] for c in every if c[2] == "lookalike"]  # where a look-alike's words end: "mimicking |cardiomegaly"
        if looks:
            every = [c for c in every if c[2] != "lookalike"]
        # ... and where a look-alike's word starts right after a finding's word: 「結節|様」, "nodule|-like"
        alike = marks.alike
        after = set(alike[bisect_left(alike, lo):bisect_left(alike, hi)]) if alike else set()
        hits.sort(key=_start_longest)
        mentions = []
        last_end: dict[int, int] = {}
        for s, e, (fi, kind, code) in hits:  # per finding: leftmost-longest, non-overlapping
            if kind == "spelling":
                if e - s == code:  # the whole word is a known misspelling: reread the report
                    raise _Misspelt
                continue
            if s < last_end.get(fi, -1):
                continue
            if kind != "negated" and bounds and _crosses(bounds, s, e) and _holds_denial(every, s, e):
                # a pattern with a gap does not join two clauses over the first one's denial or
                # hedge: 「大動脈に石灰化は認めませんが、冠動脈石灰化を認めます」 has no coronary
                # mention from 石灰化 to 冠動脈, and the denial stays the aorta's (a ``_negated``
                # pattern is a denial by design: 「リンパ節を認めますが、有意な腫大ではありません」)
                continue
            last_end[fi] = e
            tcomp = comp if code == comp.code else other
            if fi >= 0 and _looks_alike(after, looks, s, e):
                fi = ~fi  # a look-alike (「結節様」, "mimicking"): an implied mention, which a denial by name overrules
            mentions.append((s, e, fi, kind, tcomp))
        if len(mentions) > 1 and _HEADING_COLON.search(norm, lo, hi) is not None:
            mentions = _without_headings(norm, lo, mentions)
        # a cue wholly inside a finding mention is part of the finding's name, except inside
        # a mention with words in between, whose cues are real and also reach the other
        # mentions ("Atherosclerotic calcifications were not detected in the aorta") ...
        # (... and inside a ``_negated`` mention, a denial phrase whose cues are the other findings' too:
        # 「縦隔リンパ節転移に対する放射線治療後」)
        spans = [(m[0], m[1]) for m in mentions if m[3] != "span" and m[3] != "negated"]
        cues = [c for c in every if not any(ms <= c[0] and c[1] <= me for ms, me in spans)]
        # ... and an affirmation that starts with the mention's own last word reads again from the
        # mention's end: 「心陰影の増大はなし」 is no "no growth" (増大はなし) but 心陰影の増大 denied (はなし)
        if spans and any(c[2] == "affirmation" and any(ms < c[0] < me < c[1] for ms, me in spans) for c in cues):
            cues = self._reread_overlaps(scomp, norm, hi, cues, spans)
        out = []
        memo: dict = {}
        smemo: dict = {}
        # a course of points ("none -> small", 「消失→再出現」): a cue that another point follows is not the last
        # (or dated points: 「2022年 少量、2023年 消失、今回 少量再貯留」)
        arrows, years = marks.arrows, marks.years
        course = ((bool(arrows) and bisect_left(arrows, hi) > bisect_left(arrows, lo))
                  or (len(years) > 1 and bisect_left(years, hi) - bisect_left(years, lo) > 1))
        for s, e, fi, kind, tcomp in mentions:
            a, b = clause_bounds(bounds, lo, hi, s, e)
            ex = tcomp.excludes.get(fi if fi >= 0 else ~fi)
            if ex is not None and (_excluded(ex, tcomp, norm, a, b, s, e, memo)
                                   or (a > lo and _heading_excludes(ex, norm, lo, a))):
                continue
            if tcomp is not scomp:
                # a term of the other language: the sentence's own exclusions hold too
                # (「左副腎に 15 mm の nodule」 is no lung nodule)
                ex = scomp.excludes.get(fi if fi >= 0 else ~fi)
                if ex is not None and (_excluded(ex, scomp, norm, a, b, s, e, smemo)
                                       or (a > lo and _heading_excludes(ex, norm, lo, a))):
                    continue
            if kind == "negated":
                state, cue = State.NEGATIVE, (s, e)
            else:
                state, cue = self._decide(scomp, norm, cues, a, b, s, e, course)
                if state is State.ABSENT:  # "cannot be assessed": not a mention of the finding
                    continue
                if kind == "span" and state is not State.NEGATIVE:
                    # ... unless the mention has words in between: "coronary arteries are
                    # not calcified" holds its own negation (or hedge)
                    state, cue = _inner(every, s, e, state, cue)
            if fi < 0 and state is State.NEGATIVE and _looks_alike(after, looks, s, e):
                fi = ~fi  # (a look-alike denied is the finding denied: "Apparent consolidation ... represents partial volume")
            out.append((fi, state, s - lo, e - lo, (cue[0] - lo, cue[1] - lo) if cue else None))
        return tuple(out)

    @classmethod
    def _reread_overlaps(cls, comp: CompiledLanguage, norm: str, hi: int, cues: list, spans: list) -> list:
        """``cues`` with each affirmation that starts inside a mention and reaches past it replaced by
        the cues read from the mention's end (see :meth:`_sentence`)."""
        out = []
        for c in cues:
            me = next((me for ms, me in spans if c[2] == "affirmation" and ms < c[0] < me < c[1]), None)
            if me is None:
                out.append(c)
                continue
            out += [x for x in cls._context(comp, norm, me, hi)[0] if x[0] < c[1]]
        out.sort()
        return out

    @staticmethod
    def _context(comp: CompiledLanguage, norm: str, lo: int, hi: int):
        """Cues and clause boundaries in [lo, hi), in one pass. Cues: at each start the
        longest, then leftmost non-overlapping. Boundaries: ``(start, end)``, sorted."""
        longest: dict[int, tuple[int, int, str, str]] = {}
        bounds: list[tuple[int, int]] = []
        for cs, ce, payload in comp.context.candidates(norm, lo, hi):
            if payload is None:
                bounds.append((cs, ce))
                continue
            cur = longest.get(cs)
            # (two cues over the same words: the kind listed first wins, a denial over a hedge over
            # an affirmation, and then a forward cue, the rarer and more specific, over a backward one;
            # whatever order the automaton found them in)
            if cur is None or ce > cur[1] or (ce == cur[1] and _cue_rank(payload) < _cue_rank(cur[2:])):
                longest[cs] = (cs, ce, *payload)
        out: list[tuple[int, int, str, str]] = []
        pos = lo
        for cs in sorted(longest):
            if cs < pos:
                continue
            top = longest[cs]
            out.append(top)
            pos = top[1]
        bounds.sort()
        return out, bounds

    @staticmethod
    def _decide(comp: CompiledLanguage, norm: str, cues, a: int, b: int, s: int, e: int, course: bool = False):
        fwd = None
        neg = None  # the forward negation in scope, if any
        back = None
        fw, bw = comp.forward_window, comp.backward_window
        for c in cues:
            cs, ce, kind, direction = c
            # a forward cue may overlap the mention's first words: "no pathological" +
            # "pathological lymph node"
            # ... and so may a denial read backward: "prominent but not enlarged lymph nodes"
            # ("not enlarged" + "enlarged lymph nodes")
            if ce <= s or (cs < s and ce <= e and (direction == "forward" or kind == "negation")):
                if cs < a:
                    continue
                if direction == "forward" or ce > s:
                    fwd = c if s - ce <= fw else None
                    if kind == "negation":
                        neg = fwd
                    elif kind == "affirmation":
                        neg = None
                else:
                    fwd = neg = None  # a predicate between a forward cue and the mention ends its scope
            elif (cs >= e - 1 or (cs > s and direction != "forward")) and cs < b and ce > e:
                # (a backward cue that starts inside a mention with a gap and reaches past it is
                # that mention's: 「リンパ節は縮小し、有意な腫大はありません」; an adjacent cue is only
                # the mention's that ends where it starts)
                if direction != "forward" and cs - e <= (bw if direction == "backward" else _ADJACENT):
                    if kind == "unassessed" and cs - e > comp.unassessed_window:
                        continue  # about another word: 「ステープルのため肺門部の評価は困難」
                    if course and (_COURSE_NEXT.match(norm, ce, b) is not None
                                   or _next_dated_point(comp, norm, ce, b)):
                        continue  # a point of a course that goes on: 「2023/2 消失→今回 再出現」
                    back = c
                    break
        join = comp.denied_list_join
        if (join is not None and fwd is not None and fwd[2] == "uncertainty" and neg is not None
                and s - neg[1] <= fw and join.search(norm, neg[1], fwd[0])):
            # a hedge word in a denied list is part of what is denied: "No consolidation,
            # ground-glass opacity, or suspicious nodule" (but "No effusion, possible nodule")
            fwd = neg
        if fwd is not None and fwd[2] != "affirmation":
            return _STATE_OF[fwd[2]], fwd[:2]
        if back is not None and back[2] != "affirmation":
            return _STATE_OF[back[2]], back[:2]
        if fwd is not None:
            return State.POSITIVE, fwd[:2]
        if back is not None:
            return State.POSITIVE, back[:2]
        return State.POSITIVE, None


def _looks_alike(after: set[int], looks: list[int], s: int, e: int) -> bool:
    """Whether the mention ``[s, e)`` is a look-alike's: a ``lookalike`` word starts where it ends
    (「結節|様」, "nodule|-like"; ``after``), or a ``lookalike`` cue ends just before it ("mimicking
    |cardiomegaly"; ``looks``)."""
    return e in after or (bool(looks) and any(s - 16 <= x <= s for x in looks))


class _Marks(NamedTuple):
    """Where a report's marks are, found once per report and looked up per sentence (sorted offsets)."""
    arrows: list[int]  # course arrows (→, ->): a sentence with one may hold a course of points
    years: list[int]  # years (2023): a sentence with two may hold dated points
    alike: list[int]  # look-alike words after a finding's word (様, -like)


def _marks(norm: str, comp: CompiledLanguage, other: CompiledLanguage | None) -> _Marks:
    return _Marks(
        arrows=([m.start() for m in _COURSE_MARK.finditer(norm)]
                if ("→" in norm or "->" in norm or "⇒" in norm or "=>" in norm) else []),
        years=_years(norm) if norm.count("20") + norm.count("19") > 1 else [],
        alike=sorted({m.start() for c in (comp, other) if c is not None and c.lookalike is not None
                      for m in c.lookalike.finditer(norm)}))


_KIND_RANK = {kind: i for i, kind in enumerate(CUE_TYPES)}
# how far after a mention an adjacent cue may start: the rest of the mention's word (すりガラス|影よりは)
_ADJACENT = 2


def _cue_rank(payload: tuple) -> tuple[int, int]:
    """Which of two cues over the same words wins (the lower): see :meth:`RuleEngine._context`."""
    return _KIND_RANK[payload[0]], payload[1] != "forward"


_COURSE_MARK = re.compile(r"→|->|⇒|=>")
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_YEARISH = re.compile(r"[12][09][0-9]{2}(?![0-9])")  # (what a year starts like: a scan without a lookbehind is fast)


def _years(norm: str) -> list[int]:
    """Where the text's years (19xx, 20xx, not inside a longer number) start."""
    return [p for p in (m.start() for m in _YEARISH.finditer(norm))
            if norm[p:p + 2] in ("19", "20") and not (p and norm[p - 1].isdigit())]
_POINT_SEP = re.compile(r"[ \t]*[、,][ \t]*")


def _next_dated_point(comp: CompiledLanguage, norm: str, ce: int, b: int) -> bool:
    """Whether another dated point of a course follows right after ``ce`` (「、2023年 …」「、今回 …」)."""
    m = _POINT_SEP.match(norm, ce, b)
    if m is None:
        return False
    p = m.end()
    return (_YEAR.match(norm, p, b) is not None
            or (comp.current_words is not None and comp.current_words.match(norm, p, b) is not None))


_COURSE_NEXT = re.compile(r"[^、,;。\n→>]{0,12}?(?:→|->|⇒|=>)")
_NEXT_HEADING = re.compile(r"\n[ \t]*(?:\n|[【\[<＜■●#]|[^\n:：。.]{1,24}[:：])")
# (not a query mark before its word: "Clinical details: cough, ? lymphoma, ? lymphadenopathy.")
_SENTENCE_END = re.compile(r"[。．！？]|(?:[.!]|(?<![\s,;:(])\?)(?=\s|$)")
_CONTEXT_LINE = 160  # characters: a longer line after a context heading carries more than context
_QUESTION_LEN = 40  # the longest one more question of a list on a context line ("pleural effusion?")


def _excepting(comp: CompiledLanguage, norm: str, ends: list[int], j: int) -> bool:
    """Whether sentence ``j`` makes an exception (the language's ``exceptions``: "except for",
    "elsewhere", 「以外」), so that its denials leave what it excepts."""
    return comp.exceptions is not None and comp.exceptions.search(norm, ends[j - 1] if j else 0, ends[j]) is not None


def _excepted(comp: CompiledLanguage, norm: str, lo: int, hi: int, res: tuple, fi: int) -> bool:
    """Whether the sentence [lo, hi) that holds an implied mention of finding ``fi`` makes it
    an exception to a denial of the finding: "No emphysema, except for a small bulla",
    「肺気腫は認めません（肺尖部の小さなブラを除く）」."""
    if comp.exceptions is None:
        return False
    return (any(r[0] == fi and r[1] is State.NEGATIVE for r in res)
            and comp.exceptions.search(norm, lo, hi) is not None)


def _apply_corrections(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                       results: dict[int, tuple]) -> None:
    """A finding denied in a sentence that corrects an earlier statement (the language's
    ``corrections``: 「【訂正】先の報告で胸水ありとしましたが、胸水は認めません」; its last
    mention in the sentence is the one that counts) is denied for the report: its present
    or hedged mentions in that sentence and before it are dropped (``results`` is changed
    in place). What later sentences say of it still counts. So is one denied in any sentence
    after a heading of a second reading (the language's ``correction_headings``: 「二次読影：」)."""
    upto: dict[int, int] = {}
    present: set[int] = set()  # findings said present or hedged in a sentence so far
    revised = -1  # where a second reading starts (「二次読影：」; found when first needed): the sentences after it correct the first
    for i in order:
        # only a sentence that denies a finding said present before it (or in it) can
        # correct anything: the others need no search (most reports have none)
        res = results[i]
        present.update(r[0] for r in res if r[1] is not State.NEGATIVE)
        if not any(r[1] is State.NEGATIVE and r[0] in present for r in res):
            continue
        lo, hi = (ends[i - 1] if i else 0), ends[i]
        if revised == -1:
            revised = _revision_start(comp, norm)
        # a correcting sentence, or any sentence of the second reading (「胸水とされたものは少量の
        # 心嚢液と考えます。両側胸腔内に液体貯留はありません」): its own mentions and all before it
        if not ((comp.corrections is not None and comp.corrections.search(norm, lo, hi) is not None)
                or (revised is not None and hi > revised)):
            continue
        last: dict[int, tuple] = {}  # the finding's last mention in the sentence decides
        for r in results[i]:
            if r[0] not in last or r[2] >= last[r[0]][2]:
                last[r[0]] = r
        for fi, r in last.items():
            if r[1] is State.NEGATIVE:
                upto[fi] = i
    if not upto:
        return
    for i in order:
        results[i] = tuple(r for r in results[i]
                           if r[1] is State.NEGATIVE or r[0] not in upto or i > upto[r[0]])


def _apply_identity_denials(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                            results: dict[int, tuple]) -> None:
    """In a sentence that denies what a thing is after naming it (the language's
    ``identity_denials``: 「小豆大の結節様に見える部分があるが、肺静脈の分岐部であり、結節ではない」),
    the finding's present or hedged mentions before that denial are dropped (``results`` is
    changed in place). Other sentences are not touched."""
    for i in order:
        res = results[i]
        if len(res) < 2 or not any(r[1] is State.NEGATIVE for r in res):
            continue
        lo = ends[i - 1] if i else 0
        cut: dict[int, int] = {}  # finding -> where its last identity denial starts
        for r in res:
            cue = r[4]
            if (r[1] is State.NEGATIVE and cue is not None
                    and comp.identity_denial.search(norm, lo + cue[0], lo + cue[1]) is not None):
                cut[r[0]] = max(cut.get(r[0], -1), r[2])
        if cut:
            results[i] = tuple(r for r in res if r[1] is State.NEGATIVE or r[0] not in cut or r[2] > cut[r[0]])


def _apply_answers(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                   results: dict[int, tuple]) -> None:
    """A question and its answer: the findings of a sentence that asks ("Q: Nodules?", "Is there
    lymphadenopathy?") take the answer that starts the next sentence (the language's ``answers_yes``
    / ``answers_no``: "A: None.", "No.", 「なし」), as present or denied (``results`` is changed in place)."""
    for i in order:
        hi = ends[i]
        k = hi
        while k > 0 and norm[k - 1] in " \t\n":
            k -= 1
        if k == 0 or norm[k - 1] not in "?？" or i + 1 >= len(ends):
            continue
        lo = ends[i - 1] if i else 0
        if max(norm.rfind("(", lo, k), norm.rfind("（", lo, k)) > max(norm.rfind(")", lo, k), norm.rfind("）", lo, k)):
            continue  # a question mark in brackets is a hedge: 「浸潤影を認める(感染性?無気肺?)」
        nxt_lo, nxt_hi = hi, ends[i + 1]
        if comp.answer_no.match(norm, nxt_lo, nxt_hi) is not None:
            state = State.NEGATIVE
        elif comp.answer_yes is not None and comp.answer_yes.match(norm, nxt_lo, nxt_hi) is not None:
            state = State.POSITIVE
        else:
            continue
        results[i] = tuple((r[0], state, r[2], r[3], None) for r in results[i])


_BULLET_LINE = re.compile(r"[ \t]*(?:[・•\-*‐]|[0-9]{1,2}[.)）]|[(（][0-9]{1,2}[)）])")


def _list_spans(comp: CompiledLanguage, norm: str, report_cues: list) -> list[tuple[int, int]]:
    """Where a denial given once for a list reaches (see ``list_denial_*`` in the language data):
    the rest of a head's line and the bullet lines under it; a bracket after a denial; the bullet
    lines just before a tail. (The patterns are found by their literal starts, in one automaton
    pass: most reports have none.)"""
    spans: list[tuple[int, int]] = []
    for ms, me, kind in report_cues:
        if kind == "head":
            end = norm.find("\n", me)
            end = len(norm) if end < 0 else end
            if norm[me:end].strip():
                # a list on the head's line ends with its sentence ("Resolved: effusion, consolidation.
                # Persistent: ..."), and the lines under it are not the head's
                stop = _SENTENCE_END.search(norm, me, end)
                spans.append((me, end if stop is None else stop.start()))
                continue
            while end < len(norm) and _BULLET_LINE.match(norm, end + 1) is not None:
                nxt = norm.find("\n", end + 1)
                end = len(norm) if nxt < 0 else nxt
            spans.append((me, end))
        elif kind == "bracket":
            close = min((k for k in (norm.find(")", me), norm.find("）", me)) if k >= 0), default=-1)
            # (not a bracket that makes an exception: 「異常なし（冠動脈石灰化を除く）」)
            if (close >= 0 and "\n" not in norm[me:close]
                    and (comp.exceptions is None or comp.exceptions.search(norm, me, close) is None)):
                spans.append((me, close))
        elif kind == "tail":  # a tail, which starts its line
            start = norm.rfind("\n", 0, ms) + 1
            if norm[start:ms].strip():
                continue
            lo = start
            while lo > 0:
                prev = norm.rfind("\n", 0, lo - 1) + 1
                if _BULLET_LINE.match(norm, prev) is None:
                    break
                lo = prev
            if lo < start:
                spans.append((lo, start))
    return spans


def _apply_list_denials(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                        results: dict[int, tuple], report_cues: list) -> None:
    """The findings named in a list that one denial covers (「以下はいずれも認めません：胸水、心嚢液」,
    「明らかな異常所見なし（結節、浸潤影）」, 「・肺結節⏎・胸水⏎以上、いずれも認めず。」, 「消失：右胸水、浸潤影」)
    are denied (``results`` is changed in place). ``report_cues``: the hits of ``comp.report_cues``."""
    spans = _list_spans(comp, norm, report_cues)
    if not spans:
        return
    for i in order:
        lo = ends[i - 1] if i else 0
        if not any(a < ends[i] and lo < b for a, b in spans):
            continue
        results[i] = tuple((r[0], State.NEGATIVE, r[2], r[3], None)
                           if any(a <= lo + r[2] and lo + r[3] <= b for a, b in spans) else r
                           for r in results[i])


_APART = re.compile(r"[:;,.\n、。：；，]")
_CELL_END = re.compile(r"[|│\t][ \t]*$")


def _apply_machine_readings(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                            results: dict[int, tuple], report_cues: list) -> None:
    """What software says it found (the language's ``machine_readings``: "AI flagged a nodule",
    「AIが結節を指摘しましたが、…」) is a first reading, which the radiologist's words correct
    (``results`` is changed in place). A mention after such a reading in its sentence is the
    software's; the first verdict after it (``machine_rejects`` / ``machine_accepts``), in its
    sentence or starting the next one, decides it: a rejected mention is denied (a rejected denial
    is dropped), an accepted one stands. Without a verdict, its present or hedged mention is
    dropped when the report denies the finding by name, but not by a denial of the finding's
    other instances ("No other nodules") or one that makes an exception. A verdict in a
    table's cell ("Pleural effusion | Detected | Rejected") makes its row the software's.
    ``report_cues``: the hits of ``comp.report_cues``."""
    hits = report_cues
    readings = sorted(h[0] for h in hits if h[2] == "reading")
    rejects = [(h[0], h[1]) for h in hits if h[2] == "reject"]
    # (an acceptance inside a rejection is the rejection's: "not confirmed", 「採用せず」)
    verdicts = sorted([(a, b, True) for a, b in rejects]
                      + [(h[0], h[1], False) for h in hits
                         if h[2] == "accept" and not any(a <= h[0] < b for a, b in rejects)])
    if not readings and not verdicts:
        return
    cells = [v for v in verdicts if _CELL_END.search(norm, max(0, v[0] - 8), v[0]) is not None]
    pending: list[tuple[int, int]] = []  # (sentence, mention) of the software's mentions without a verdict
    rejected: set[int] = set()
    changed: dict[int, list] = {}
    for i in order:
        lo, hi = (ends[i - 1] if i else 0), ends[i]
        k = bisect_left(readings, lo)
        start = readings[k] if k < len(readings) and readings[k] < hi else None
        if any(lo <= v[0] < hi for v in cells):
            start = lo
        if start is None:
            continue
        # (the software's part ends where the radiologist's begins: "...; however, a small calcification is visible")
        stop = comp.machine_end.search(norm, start, hi) if comp.machine_end is not None else None
        upto = stop.start() if stop is not None else hi
        res = list(results[i])
        for j, r in enumerate(res):
            # (also a mention that names the software's tool: 「冠動脈石灰化自動解析ソフト」, "the AI nodule tool")
            if lo + r[2] < start and not (k < len(readings) and 0 <= readings[k] - (lo + r[3]) <= 2):
                continue
            if lo + r[2] >= upto:
                continue
            verdict = next((v for v in verdicts if lo + r[3] <= v[0] < hi), None)
            if verdict is None and i + 1 < len(ends):
                # a verdict that starts the next sentence, before its first mention and apart from it
                # ("Not confirmed by the radiologist; ...", "Both rejected: no effusion", not "Agrees with X")
                nlo = hi
                first = min((nlo + q[2] for q in results.get(i + 1, ())), default=ends[i + 1])
                verdict = next((v for v in verdicts if nlo <= v[0] < min(first, nlo + 40)
                                and (first == ends[i + 1] or _APART.search(norm, v[1], first) is not None)), None)
            if verdict is None:
                if r[1] is not State.NEGATIVE:
                    pending.append((i, j))
                continue
            if verdict[2]:  # rejected: a finding the software saw is denied, a denial it made is dropped
                fi = r[0] if r[0] >= 0 else ~r[0]
                res[j] = None if r[1] is State.NEGATIVE else (fi, State.NEGATIVE, r[2], r[3], (verdict[0] - lo, verdict[1] - lo))
                if r[1] is not State.NEGATIVE:
                    rejected.add(fi)
        changed[i] = res
    if pending:
        denied = set(rejected)
        for i in order:
            lo = ends[i - 1] if i else 0
            if _excepting(comp, norm, ends, i):
                continue
            for r in changed.get(i, results[i]):
                if r is None or r[1] is not State.NEGATIVE:
                    continue
                if comp.other_instances is not None:
                    a, b = lo + r[2], lo + r[3]
                    if r[4] is not None:
                        a, b = min(a, lo + r[4][0]), max(b, lo + r[4][1])
                    if comp.other_instances.search(norm, max(lo, a - 8), min(ends[i], b + 12)) is not None:
                        continue
                denied.add(r[0] if r[0] >= 0 else ~r[0])
        for i, j in pending:
            r = changed[i][j]
            if (r[0] if r[0] >= 0 else ~r[0]) in denied:
                changed[i][j] = None
    for i, res in changed.items():
        results[i] = tuple(r for r in res if r is not None)


def _quotation_spans(comp: CompiledLanguage, norm: str) -> list[tuple[int, int]]:
    """The insides of the report's quotations of another text (see ``quotations`` in the
    language data): marks that always quote one (「『』」), the others after what opens a
    quotation ("The prior report describes \"...\"", "Referral: '...'") or joins one to the
    quotation before it; not a quotation that this reading confirms right after it."""
    data = comp.data.quotations
    found = []
    for a, _b in data.marks:
        p = norm.find(a)
        while p >= 0:
            m = comp.quotations.match(norm, p)
            if m is not None:
                found.append((p, m.end(), a))
            p = norm.find(a, p + 1)
    if not found:
        return []
    found.sort()
    spans: list[tuple[int, int]] = []
    last = -1  # where the last quotation of another text ends
    for p, end, a in found:
        if p < last:
            continue  # (a mark inside a quotation)
        lo = max(norm.rfind("\n", 0, p) + 1, p - 80)
        if not (a in data.always
                or (comp.quotes_opened_by is not None and comp.quotes_opened_by.search(norm, lo, p) is not None)
                or (comp.quotes_continued_by is not None and 0 <= last <= p and p - last <= 16
                    and comp.quotes_continued_by.fullmatch(norm, last, p) is not None)):
            continue
        last = end
        if comp.quotes_confirmed_by is not None and comp.quotes_confirmed_by.match(norm, end) is not None:
            continue
        spans.append((p + 1, end - 1))
    return spans


def _apply_quotations(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                      results: dict[int, tuple]) -> None:
    """What is said only inside a quotation of another text is that text's (「前回レポートでは
    『右下葉に小結節』と記載されていますが、今回は同定できません」, 'The prior report describes "a 6 mm
    nodule", which is not seen today'): a present or hedged mention wholly inside one is dropped,
    unless the cue that set it is outside the quotation (「前回の『右下葉結節』は今回も残存」).
    ``results`` is changed in place."""
    spans = _quotation_spans(comp, norm)
    if not spans:
        return
    for i in order:
        lo, hi = (ends[i - 1] if i else 0), ends[i]
        if not any(a < hi and lo < b for a, b in spans):
            continue
        kept = []
        for r in results[i]:
            if r[1] is not State.NEGATIVE:
                s, e = lo + r[2], lo + r[3]
                inside = any(a <= s and e <= b for a, b in spans)
                if inside and (r[4] is None or any(a <= lo + r[4][0] < b for a, b in spans)):
                    continue  # (a cue inside a quotation is that text's too)
            kept.append(r)
        results[i] = tuple(kept)


def _apply_interpretations(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                           results: dict[int, tuple]) -> None:
    """A sentence that only says what the one before it shows (``interpretations`` in the language
    data: 「右下葉に濃度上昇を認めます。無気肺と考えます。」, "There is a density increase in the right lower
    lobe. This is consistent with atelectasis.") explains that sentence's mentions as it would within
    one sentence: a present or hedged mention whose finding's ``explained`` patterns match the
    interpretation is dropped. Not when the interpretation names a lung site of its own (it is then a
    finding of its own). ``results`` is changed in place."""
    rx, sites = comp.interpretation, comp.exclude_sites
    for i in order:
        j = i + 1
        if j >= len(ends):
            continue
        # (each mention with its finding's exclusions, looked up once; only present or hedged ones with
        # ``explained`` patterns can be explained away)
        held = [(r, ex if r[1] is not State.NEGATIVE and ex is not None and (ex[2] is not None or ex[3] is not None)
                 else None) for r in results[i] for ex in (comp.excludes.get(r[0] if r[0] >= 0 else ~r[0]),)]
        if all(ex is None for _, ex in held):
            continue
        lo2, hi2 = ends[i], ends[j]
        if rx.match(norm, lo2, hi2) is None or (sites is not None and sites.search(norm, lo2, hi2) is not None):
            continue
        # the two sentences read as one, the interpretation a clause of the first: what the first names
        # itself still counts (a clause that names ground glass stays an opacity)
        lo1 = ends[i - 1] if i else 0
        joined = (norm[lo1:lo2].rstrip().rstrip("。．.!?！？") + ("、" if comp.data.script == "cjk" else ", ")
                  + norm[lo2:hi2].strip())
        results[i] = tuple(r for r, ex in held
                           if ex is None or not ((ex[3] is not None and ex[3].match(joined) is not None)
                                                 or (ex[2] is not None and ex[2].search(joined) is not None)))


def _apply_anaphora(comp: CompiledLanguage, norm: str, ends: list[int], order: list[int],
                    results: dict[int, tuple], report_cues: list) -> list[int]:
    """Back-references that decide the state of the findings named before them (see
    ``anaphora`` in the language data): "A 6 mm nodule was seen on the prior CT. It has
    resolved." denies the nodule (its mention before is dropped, the back-reference is the
    evidence); 「同所見は残存」 keeps it. A subject counts at a sentence's start or after a clause's
    end (``stops``). ``results`` is changed in place; returns the sentences with results, the
    back-references' included. ``report_cues``: the hits of ``comp.report_cues``."""
    found = sorted((h for h in report_cues if h[2] in ANAPHORA_KINDS), key=lambda h: (h[0], -h[1]))
    if not found:
        return order
    gone, kept, stops = comp.anaphora
    starts = [0] + ends[:-1]
    added_to: set[int] = set()
    before = dict(results)  # (what each sentence named before any back-reference changed it)
    by_sentence: dict[int, list] = {}
    last = -1
    for s, e, kind in found:
        if s < last:
            continue  # (one subject per place: the longest, the kinds in their order)
        j = bisect_right(ends, s)
        if j >= len(ends):
            continue
        lo = starts[j]
        q = s
        while q > lo and norm[q - 1] in " \t\n\u3000":
            q -= 1
        # (a stop is looked for just before it, reading on to the sentence's end: one may look ahead, 「、(?=後者)」)
        if q > lo and not (stops is not None and any(
                c.end() == q for c in stops.finditer(norm, max(lo, q - 12), ends[j]))):
            continue  # not a clause's start
        last = e
        by_sentence.setdefault(j, []).append((s, e, kind))
    for j, subjects in by_sentence.items():
        lo, hi = starts[j], ends[j]
        cuts = [c.start() for c in stops.finditer(norm, lo, hi)] if stops is not None else []
        for n, (ms, me, kind) in enumerate(subjects):
            # (a clause reads to its end, or to the next back-reference: 「前者は消失しており、後者は残存」)
            end = min([c for c in cuts if c >= me] + [x[0] for x in subjects[n + 1:]] + [hi])
            if kind == "denying":
                state, cue = State.NEGATIVE, (ms, me)
            else:
                # the clause's last predicate decides (「いずれも改善し、今回は認めない」); one inside a
                # predicate that keeps is that one's (「著変を認めない」)
                # (from the subject's start: a subject may hold its verb, "it has", so that its literal
                # start is rare, not "it")
                keeps = [x.span() for x in kept.finditer(norm, ms, end)]
                gones = [x.span() for x in gone.finditer(norm, ms, end)
                         if not any(a <= x.start() < b for a, b in keeps)]
                if not keeps and not gones:
                    continue
                if gones and (not keeps or gones[-1][0] > keeps[-1][0]):
                    state, cue = State.NEGATIVE, gones[-1]
                else:
                    state, cue = State.POSITIVE, keeps[-1]
            # the findings named before it: in its own sentence if the sentence names one before it
            # (a finding word there without a state, 「前回指摘した…について」, leaves it unknown), else in
            # the sentence right before it
            # (over sentences that are back-references themselves: "The former is no longer visible.
            # The latter is unchanged.")
            if comp.terms.candidates(norm, lo, ms):
                i = j
            else:
                i = j - 1
                while i >= 0 and i not in before and i in by_sentence:
                    i -= 1
                if i < 0 or i not in before:
                    continue
            ilo = starts[i]
            named = sorted((r for r in before.get(i, ()) if ilo + r[3] <= ms), key=lambda r: r[2])
            if not named:
                continue
            if kind in ("former", "latter"):
                keys = [r[0] if r[0] >= 0 else ~r[0] for r in named]
                keys = keys[:1] if kind == "former" else keys[-1:]
            else:
                # (what is said present, else what is named: "..., no effusion. It has resolved" is the nodule's)
                said = [r for r in named if r[1] is not State.NEGATIVE] or named
                keys = [r[0] if r[0] >= 0 else ~r[0] for r in said]
                if kind == "singular":
                    keys = keys[-1:]
            if state is State.POSITIVE and kind not in ("former", "latter"):
                # (what is kept is what was there: "The heart is normal in size. It is unchanged.")
                there = {r[0] if r[0] >= 0 else ~r[0] for r in named if r[1] is not State.NEGATIVE}
                keys = [k for k in keys if k in there]
            targets = set(keys)
            if state is State.NEGATIVE:
                ilo = starts[i]
                results[i] = tuple(r for r in results[i] if r[1] is State.NEGATIVE
                                   or (r[0] if r[0] >= 0 else ~r[0]) not in targets or ilo + r[2] > ms)
            added = tuple((fi, state, ms - lo, me - lo, (cue[0] - lo, cue[1] - lo)) for fi in sorted(targets))
            results[j] = results.get(j, ()) + added
            added_to.add(j)
    return sorted(set(order) | added_to) if added_to else order


_HEADING_END = re.compile(r"[:：】]")


def _revision_start(comp: CompiledLanguage, norm: str) -> int | None:
    """Where the report's first heading of a second reading starts (「二次読影：」), or None.
    (Looked for only before a colon or 】: a search of the whole report for the names is slow.)"""
    heading = comp.correction_heading
    if heading is None:
        return None
    for m in _HEADING_END.finditer(norm):
        hit = heading.search(norm, max(0, m.start() - 40), m.end())
        if hit is not None:
            return hit.start()
    return None


def _earlier_examinations(comp: CompiledLanguage, norm: str) -> list[tuple[int, int]]:
    """Spans of a course's earlier examinations (see ``course_headings``): what follows each
    heading that is not the current examination's, up to the next heading or the line's end;
    none unless the report has a heading of the current examination."""
    heads = [(m.start(), m.end(), comp.current_words is not None
              and comp.current_words.search(norm, m.start(), m.end()) is not None)
             for m in comp.course_headings.finditer(norm)]
    if len(heads) < 2 or not any(h[2] for h in heads):
        return []
    spans = []
    for k, (hs, e, current) in enumerate(heads):
        if current:
            continue
        eol = norm.find("\n", e)
        eol = len(norm) if eol < 0 else eol
        if eol == e or not norm[e:eol].strip():  # a heading on its own line: the lines up to the next heading
            end = heads[k + 1][0] if k + 1 < len(heads) else len(norm)
        else:
            end = min(eol, heads[k + 1][0]) if k + 1 < len(heads) else eol
        while end > e and norm[end - 1] in " \t":
            end -= 1  # (the next heading's sentence starts at the space before it)
        spans.append((hs, end))
    return spans


def _context_spans(comp: CompiledLanguage, norm: str) -> list[tuple[int, int]]:
    """Spans of the report's context sections (clinical question, history, technique,
    comparison): the rest of the heading's line (only its first sentence if the line is long)
    when the heading has text after it, else everything up to the next heading or blank line."""
    spans = []
    # a findings heading later on a context heading's line ends the context: 「【既往】肺炎。【所見】…」
    inline = rules().inline_heading
    for m in comp.context_heading.finditer(norm):
        eol = norm.find("\n", m.end())
        if eol < 0:
            eol = len(norm)
        if norm[m.end():eol].strip():
            # text after the heading on its line: the line, when it is short ("Clinical history:
            # Fever, r/o PNA. H/o hiatal hernia."); of a long one only the first sentence, since
            # a findings paragraph may follow ("Comparison: CT dated 25.12.2019. Trachea ...")
            # (a findings heading within a short line's reach ends it, however long the line:
            # "HISTORY: ... A prior CT showed ground-glass opacities. FINDINGS: ...")
            end = eol
            nxt = inline.search(norm, m.end(), min(eol, m.end() + _CONTEXT_LINE))
            if nxt is None and eol - m.end() > _CONTEXT_LINE:
                stop = _SENTENCE_END.search(norm, m.end(), eol)
                if stop is not None:
                    end = stop.end()
                    # a list of questions is one: "Clinical information: pulmonary embolism? pleural effusion?"
                    while norm[end - 1] in "?？":
                        more = _SENTENCE_END.search(norm, end, min(eol, end + _QUESTION_LEN))
                        if more is None or norm[more.end() - 1] not in "?？":
                            break
                        end = more.end()
                nxt = inline.search(norm, m.end(), end)
            if nxt is not None:
                # the next sentence starts with the space before the heading
                end = _before_space(norm, nxt.start(), m.end())
            if nxt is None and comp.question_heading is not None and comp.question_heading.match(norm, m.start()):
                # the question is one sentence, when a findings paragraph follows on its line:
                # 「依頼目的：増悪の有無。胸膜下に網状影は認めず…」 (not 「目的：COPD。気腫の評価。」)
                stop = _SENTENCE_END.search(norm, m.end(), end)
                if stop is not None and end - stop.end() > comp.data.question_rest:
                    end = stop.end()
            if comp.context_end is not None:  # 「既往：肺塞栓症。今回、肺動脈に…」
                now = comp.context_end.search(norm, m.end(), end)
                if now is not None:
                    end = _before_space(norm, now.start(), m.end())
            spans.append((m.start(), end))
        else:
            nxt = _NEXT_HEADING.search(norm, eol)
            spans.append((m.start(), nxt.start() if nxt is not None else len(norm)))
    return spans


_CELL_SEP = re.compile(r"[\t│|]")
_RULE_ROW = re.compile(r"[ \t]*[|│]?[ \t]*:?-{2,}")  # a Markdown table's line under its heading row


def _cells(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line ``[a, b)``: ``(start, end)``, each starting at its separator
    (the first at the line's start); a Markdown row's outer pipes open and close no cell."""
    seps = [m.start() for m in _CELL_SEP.finditer(norm, a, b)]
    if not seps:
        return []
    cells = list(zip([a] + seps, seps + [b]))
    if norm[a:seps[0]].strip() == "" and norm[seps[0]] in "|│":
        cells = cells[1:]
        cells[0] = (cells[0][0] + 1, cells[0][1])
    if norm[seps[-1] + 1:b].strip() == "" and norm[seps[-1]] in "|│":
        cells = cells[:-1]
    return cells


def _sided_tables(comp: CompiledLanguage, norm: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """A table with one column per side (its heading row names only sides: "\tRight\tLeft"):
    in each row that has the finding on some side, the cells that deny it on another are
    dropped, so that the row's heading reads as the side that has it ("Consolidation\tnone\t
    lingula" reads "Consolidation\tlingula"). A cell denies when it starts with a negation cue.
    A table with one column per examination of a course (``table_courses``: "\tPrior\tToday")
    keeps only the current examination's column ("Effusion\tsmall\tnone" reads "Effusion\tnone")."""
    lines, pos = [], 0
    for line in norm.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    drop: list[int] = []
    sides, courses = comp.table_sides, comp.table_courses
    i = 0
    while i < len(lines):
        head = _cells(norm, *lines[i])
        i += 1
        if len(head) < 3:
            continue
        keep = None  # a course's table: the column of the current examination
        if not (sides is not None and all(sides.fullmatch(norm[x + 1:y].strip()) for x, y in head[1:])):
            if courses is None or not all(courses.fullmatch(norm[x + 1:y].strip()) for x, y in head[1:]):
                continue
            now = comp.current_words
            keep = next((k for k, (x, y) in enumerate(head) if k and now is not None
                         and now.search(norm, x + 1, y) is not None), len(head) - 1)
        while i < len(lines) and _RULE_ROW.match(norm, lines[i][0]) and not norm[slice(*lines[i])].strip(" \t|│:-"):
            i += 1
        while i < len(lines):
            row = _cells(norm, *lines[i])
            if len(row) != len(head):
                break
            i += 1
            if keep is not None:
                for k, (x, y) in enumerate(row):
                    if k and k != keep:
                        drop.extend(range(x, y))
                continue
            denied, other = [], False
            for x, y in row[1:]:
                if not norm[x + 1:y].strip():
                    continue
                if _denies(comp, norm, x, y):
                    denied.append((x, y))
                else:
                    other = True
            if other:
                for x, y in denied:
                    drop.extend(range(x, y))
    if not drop:
        return norm, offsets
    return remove_at(norm, drop, offsets)


def _denies(comp: CompiledLanguage, norm: str, x: int, y: int) -> bool:
    """Whether the cell ``[x, y)`` (its separator first) starts with a negation cue (the
    cell read alone: a cue's look at later cells does not count)."""
    start = x + 1
    while start < y and norm[start] in " \t":
        start += 1
    best = None
    for cs, ce, payload in comp.context.candidates(norm, x, y):
        if payload is not None and cs in (x, start) and (best is None or ce - cs > best[1] - best[0]):
            best = (cs, ce, payload[0])
    return best is not None and best[2] == "negation"


def _strip(comp: CompiledLanguage, norm: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """``norm`` without what the language's ``strip`` patterns match (「冠動脈石灰化は、えー、
    ありません」 reads 「冠動脈石灰化は、ありません」) and without its ``retract`` matches together with
    the words before them back to the clause's last break (「右、いや左上葉に」 reads 「左上葉に」)."""
    cut: set[int] = set()
    for s, e, _ in comp.strip.candidates(norm):
        cut.update(range(s, e))
    if comp.retract is not None:
        reach = comp.data.retract_reach
        for s, e, _ in comp.retract.candidates(norm):
            j = s
            while j > 0 and s - j < reach and norm[j - 1] not in _CLAUSE_BREAKS:
                j -= 1
            cut.update(range(j, e))
    if not cut:
        return norm, offsets
    return remove_at(norm, sorted(cut), offsets)


_CLAUSE_BREAKS = frozenset("、。，,\n")


def _before_space(norm: str, end: int, lo: int) -> int:
    """``end`` moved back over the spaces before it (not past ``lo``)."""
    while end > lo and norm[end - 1] in " \t\u3000":
        end -= 1
    return end


def _inside(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether the sentence [lo, hi) starts in one of the spans (a heading starts a line, and
    a line starts a sentence)."""
    return any(a <= lo < b for a, b in spans)


def _excluded(ex: tuple, comp: CompiledLanguage, norm: str, a: int, b: int, s: int, e: int,
              memo: dict) -> bool:
    """Whether the finding's exclusions drop the mention [s, e) of clause [a, b). ``memo``
    keeps each clause's parts for the other mentions of the sentence."""
    search, anchored, x_search, x_anchored = ex
    # a search that finds nothing in the clause finds nothing in a part of it either
    if (search is not None and search.search(norm, a, b)) or anchored is not None:
        xa, xb = _exclude_scope(comp, norm, a, b, s, e, memo)
        if ((search is not None and search.search(norm, xa, xb))
                or (anchored is not None and anchored.match(norm, xa, xb))):
            return True
    if (x_search is not None and x_search.search(norm, a, b)) or x_anchored is not None:
        xa, xb = _explained_scope(comp, norm, a, b, s, e, memo)
        if ((x_search is not None and x_search.search(norm, xa, xb))
                or (x_anchored is not None and x_anchored.match(norm, xa, xb))):
            return True
    return False


def _parts(comp: CompiledLanguage, norm: str, a: int, b: int, memo: dict) -> list[tuple[int, int, bool]]:
    """The clause [a, b) cut at the language's exclusion breaks (list and clause joints):
    ``(start, end, names a lung site)`` per part."""
    got = memo.get((a, b))
    if got is None:
        spans, lo = [], a
        for m in comp.exclude_breaks.finditer(norm, a, b):
            if m.start() > lo:
                spans.append((lo, m.start()))
            lo = m.end()
        if lo < b or not spans:
            spans.append((lo if lo < b else a, b))
        if len(spans) == 1:  # one part: the scope is the clause, whatever it names
            got = memo[(a, b)] = [(a, b, False)]
        else:
            site = comp.exclude_sites.search
            got = memo[(a, b)] = [(pa, pb, site(norm, pa, pb) is not None) for pa, pb in spans]
    return got


def _own_part(parts: list[tuple[int, int, bool]], s: int) -> int:
    for i, part in enumerate(parts):
        if s < part[1]:
            return i
    return len(parts) - 1


def _exclude_scope(comp: CompiledLanguage, norm: str, a: int, b: int, s: int, e: int,
                   memo: dict) -> tuple[int, int]:
    """Where the exclusions of the mention [s, e) in clause [a, b) are searched (words for
    *where* it is: "thyroid", 「肝」): the clause, or only the mention's part of it when that
    part names a site in the lungs (「右上葉に結節を認め、肝に嚢胞」)."""
    if comp.exclude_breaks is None or comp.exclude_sites is None:
        return a, b
    parts = _parts(comp, norm, a, b, memo)
    if len(parts) == 1:
        return a, b
    pa, pb, site = parts[_own_part(parts, s)]
    if e > pb:  # a mention over a break: its own reach
        pb = e
        site = comp.exclude_sites.search(norm, pa, pb) is not None
    return (pa, pb) if site else (a, b)


def _explained_scope(comp: CompiledLanguage, norm: str, a: int, b: int, s: int, e: int,
                     memo: dict) -> tuple[int, int]:
    """Where the ``_explained`` exclusions of the mention are searched (words for *what* it
    is: 「線維化を示唆する」, "in favour of atelectasis"): the clause; but when the mention's
    part of it names a lung site, only that part and its neighbours up to a part that names a
    lung site of its own, which is another statement (「右下葉に斑状影を認め、左下葉には板状
    無気肺を認めます」). A part without a site shares the next one's ("Density increases
    consistent with sequelae are observed in the lingula")."""
    if comp.exclude_breaks is None or comp.exclude_sites is None:
        return a, b
    parts = _parts(comp, norm, a, b, memo)
    if len(parts) == 1:
        return a, b
    k = _own_part(parts, s)
    site = parts[k][2] if e <= parts[k][1] else comp.exclude_sites.search(norm, parts[k][0], e) is not None
    if not site:
        return a, b
    lo, hi = k, k
    while lo > 0 and not parts[lo - 1][2]:
        lo -= 1
    while hi + 1 < len(parts) and not parts[hi + 1][2]:
        hi += 1
    return parts[lo][0], max(parts[hi][1], e)


_HEADING_COLON = re.compile(r"[:：]")
# the start of a line up to a heading's colon: "SPLEEN: ", "  LYMPH NODES: ", 「肝： 」
_HEADING = re.compile(r"[ \t]*[^\s:：。.][^:：\n。.]{0,30}[:：][ \t]*")


def _without_headings(norm: str, lo: int, mentions: list) -> list:
    """The mentions less those that are a line's heading ("LYMPH NODES: No retroperitoneal
    lymphadenopathy.") when the line goes on to mention the same finding: that mention, not
    the heading, carries the state. A heading alone keeps its state (「リンパ節：腫大あり」)."""
    out = []
    for m in mentions:
        s, e, fi = m[0], m[1], m[2]
        j = e
        while j < len(norm) and norm[j] in " \t":
            j += 1
        if (j < len(norm) and norm[j] in ":：" and not norm[max(lo, norm.rfind("\n", lo, s) + 1):s].strip(" \t-•*")
                and any(o[2] == fi and o[0] > j for o in mentions)):
            continue
        out.append(m)
    return out


def _heading_excludes(ex: tuple, norm: str, lo: int, a: int) -> bool:
    """Whether the line's heading before the clause [a, ...) names one of the finding's
    exclusion words: "SPLEEN: Several calcified granulomas." (the clause after a colon is the
    heading's)."""
    search = ex[0]
    return search is not None and _HEADING.fullmatch(norm, lo, a) is not None and search.search(norm, lo, a) is not None


# a line break between two kana / kanji: a wrap inside a word (「縦隔リンパ⏎節腫大」, 「す⏎りガラス」)
# or an item break (「結節⏎肺気腫」)
# (the break first, then the look-behind: the search jumps from line break to line break)
# (not before a bullet: 「…淡いもの⏎・胸水：なし」 is two items; ・ is U+30FB, inside the katakana block)
_WRAP = re.compile(r"\n(?<=[\u3040-\u30ff\u3400-\u9fff]\n)(?=[\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff])")
# ... and between two letters: 「EMPH⏎YSEMA」, "me⏎diastinal"
_WRAP_LATIN = re.compile(r"\n(?<=[a-z]\n)(?=[a-z])")
# a line that goes on in lower case continues the sentence before it: "No mediastinal⏎lymphadenopathy"
# (a space or two may be left before the break: "bronchial wall ⏎thickening")
# (the break first, then the look-behinds: the search jumps from line break to line break)
_SOFT_WRAP_LATIN = re.compile(r"\n(?:(?<=[A-Za-z,]\n)|(?<=[A-Za-z,][ \t]\n)|(?<=[A-Za-z,][ \t]{2}\n))(?=[a-z])")
_HYPHEN_WRAP_LATIN = re.compile(r"-(?<=[a-z]-)[ \t]{0,2}\n[ \t]*(?=[a-z])")
_LETTERS_AFTER = re.compile(r"[a-z]+")
_LOWER = re.compile(r"[a-z]")


class _Misspelt(Exception):
    """Raised inside a sentence's analysis when a lexicon pass met a misspelt finding word."""


def _join_wrapped_latin(text: str, norm: str, offsets: list[int] | None, comp: CompiledLanguage):
    """English text from fixed-width report systems: a line break inside a finding word is
    removed (where the letters on both sides make one word of the ``spelling`` list in the
    cue file: "EMPH⏎YSEMA"), and a line
    that goes on in lower case ("No mediastinal⏎lymphadenopathy", "No me⏎diastinal ...")
    continues its sentence (the break reads as a space). Lines that start in capitals or with
    a mark stay statements of their own."""
    keep = []
    words: set[str] | None = None
    for m in _WRAP_LATIN.finditer(norm):
        # the letters on both sides, joined, make one of the finding words (not a line
        # that ends a word and a line that starts one: "effusion⏎cardiomegaly")
        k = m.start()
        i = k
        while i > 0 and k - i < _WRAP_REACH and "a" <= norm[i - 1] <= "z":
            i -= 1
        b = _LETTERS_AFTER.match(norm, k + 1)
        if words is None:
            words = set(comp.data.spelling.words) if comp.data.spelling is not None else set()
        if b is not None and norm[i:k] + b.group() in words:
            keep.append(k)
    # a hyphen at a wrap: "atelec-⏎tasis" is one word (the hyphen goes too), "ground-⏎glass" one
    # hyphenated word (the hyphen stays)
    for m in _HYPHEN_WRAP_LATIN.finditer(norm):
        k = m.start()
        i = k
        while i > 0 and k - i < _WRAP_REACH and "a" <= norm[i - 1] <= "z":
            i -= 1
        b = _LETTERS_AFTER.match(norm, m.end())
        if words is None:
            words = set(comp.data.spelling.words) if comp.data.spelling is not None else set()
        keep.extend(range(k if b is not None and norm[i:k] + b.group() in words else k + 1, m.end()))
    soft, spaces = [], []  # the breaks that read as a space; the spaces before them, which go
    for m in _SOFT_WRAP_LATIN.finditer(text):
        k = m.start()
        soft.append(k)
        i = k
        while text[i - 1] in " \t":
            i -= 1
        spaces.extend(range(i, k))
    if "\n" in text and _LOWER.search(text, 0, 200) is None:
        soft.extend(_caps_wraps(text))
    if soft:
        if offsets is not None:  # original positions to normalised ones
            where = {o: i for i, o in enumerate(offsets)}
            soft = [where[k] for k in soft if k in where]
            spaces = [where[k] for k in spaces if k in where]
        chars = list(norm)
        for k in soft:
            if chars[k] == "\n":
                chars[k] = " "
        norm = "".join(chars)
        keep.extend(k for k in spaces if norm[k] in " \t")
    if not keep:
        return norm, offsets
    return remove_at(norm, sorted(set(keep)), offsets)


_CAPS_HEADING = re.compile(r"[ \t]*[A-Z][A-Z /&-]{0,30}:")
_CAPS_WIDTH = 40  # the shortest line that may have been wrapped at a fixed width


def _caps_wraps(text: str) -> list[int]:
    """The line breaks of an upper-case report that wrap a sentence at a fixed width ("NO
    NODULE, MASS, OR⏎CONSOLIDATION."): after a line that ends in a letter or comma and runs
    near the report's longest line, before a line that starts with a letter and no heading.
    (Short lines are statements of their own: "NO PLEURAL EFFUSION⏎CARDIOMEGALY".)"""
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    out, pos = [], 0
    for line, nxt in zip(lines, lines[1:]):
        pos += len(line) + 1
        body = line.rstrip()
        if (len(body) >= max(_CAPS_WIDTH, 0.75 * width) and (body[-1].isalpha() or body[-1] == ",")
                and not any(c.islower() for c in body) and nxt.lstrip()[:1].isupper()
                and not _CAPS_HEADING.match(nxt)):
            out.append(pos - 1)
    return out


def _join_wrapped_words(norm: str, offsets: list[int] | None, comp: CompiledLanguage):
    """The text without the line breaks that split a lexicon word (「リンパ⏎節腫大」,
    「コンソリデー⏎ション」, 「肺気⏎腫」), as fixed-width report systems wrap lines; a break is
    removed only where a finding term without free characters runs across it once it is gone,
    so item breaks stay (「大動脈壁石灰化⏎冠動脈石灰化なし」 keeps two statements); and the breaks
    inside a predicate, before its inflection (「肺気腫は認め⏎ません」)."""
    keep = [m.start() for m in rules().inflection_wrap.finditer(norm)]
    for m in _WRAP.finditer(norm):
        k = m.start()
        # the words around the break, joined (a word without free characters is short)
        lo, hi = max(0, k - _WRAP_REACH), min(len(norm), k + 1 + _WRAP_REACH)
        window = norm[lo:k] + norm[k + 1:hi]
        cut = k - lo
        if any(s < cut < e for s, e in comp.terms.tight_spans(window)):
            keep.append(k)
    if not keep:
        return norm, offsets
    return remove_at(norm, sorted(set(keep)), offsets)


_WRAP_REACH = 16


def _crosses(bounds: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether a clause boundary starts strictly inside [s, e) (boundaries sorted)."""
    for bs, _be in bounds:
        if bs >= e:
            return False
        if bs > s:
            return True
    return False


def _holds_denial(cues, s: int, e: int) -> bool:
    """Whether a negation or uncertainty cue lies wholly inside [s, e)."""
    return any(s <= c[0] and c[1] <= e and c[2] != "affirmation" for c in cues)


def _start_longest(hit: tuple) -> tuple[int, int]:
    return hit[0], -hit[1]


_LATIN_WORD = re.compile(r"[a-z]{3,}")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _cjk_language(norm: str) -> str:
    return "ja" if _KANA.search(norm) else "zh"


def _inner(cues, s: int, e: int, state: State, cue):
    """The state of a mention with words in between, given the cues inside its span:
    a negation inside denies it, a hedge inside makes a positive uncertain."""
    hedge = None
    for c in cues:
        if s <= c[0] and c[1] <= e:
            if c[2] == "negation":
                return State.NEGATIVE, c[:2]
            if c[2] == "uncertainty" and hedge is None:
                hedge = c
    if hedge is not None and state is State.POSITIVE:
        return State.UNCERTAIN, hedge[:2]
    return state, cue


def _sentence_comp(norm: str, lo: int, hi: int, comp: CompiledLanguage, other: CompiledLanguage) -> CompiledLanguage:
    cjk = _CJK_CHAR.search(norm, lo, hi) is not None
    if comp.data.script == "cjk":
        return comp if cjk else other
    return other if cjk else comp


def _section_at(sections, pos: int) -> str | None:
    if not sections:
        return None
    for name, (a, b) in sections.items():
        if a <= pos < b:
            return name
    return None
