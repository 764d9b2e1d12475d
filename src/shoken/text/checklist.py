"""Tick boxes and option marks in templated reports, resolved to the option that is marked.

Structured-report templates write a finding's value as marked options:

    胸水：☐あり　☑なし          心嚢水　■なし　□あり          心拡大 ○有　●無
    Pleural effusion: [x] none  [ ] small          Nodules: (x) absent  ( ) present
    冠動脈石灰化　なし[ ]　あり[x]                 ☐ Cardiomegaly   (a ticked list)

:func:`resolve_checklists` removes every unmarked option (its mark and its words) and the
marks of the marked ones, so that the lexicons read ``胸水：　なし`` and
``Pleural effusion:  none``; the returned map sends offsets back to the original text.
An unticked list item (``☐ Cardiomegaly``) is removed when the report ticks some other
item with a mark of the same kind. It knows no words of any language: only the marks.

A choice between options written out, ``/`` or ``|`` between them, reads as the option that
is marked: in 【】 or [] (``有／【無】``, ``Present / [Absent]``), between asterisks
(``Yes | *No*``, ``**Yes** | No``), written in capitals among lower-case options
(``PRESENT / absent``), or named again after an arrow (``Yes / No -> No``).
A heading whose options are all unticked (``Pleural effusion: [ ] right  [ ] left``) was left
blank: the line is removed. A row left blank (``Cardiomegaly:`` with the next row under it, or last) is removed by
:func:`drop_blank_rows`. Left alone: a line with only solid marks (■ ● are bullets too: 「■所見」), and a bare
empty box after a heading (「心嚢液：□」), which the cue files read.
"""
from __future__ import annotations

import re

from shoken.text.segment import remove_at

# (text is folded first: full-width brackets are ASCII, letters lower-case, U+3000 a space)
_MARK = re.compile(r"\[ ?\]|\[[x×✓✔v]\]|\( ?\)|\([x×✓✔]\)|[☐□○◯☑☒■●◉✓✔]")
_KIND = {"☐": "box", "☑": "box", "☒": "box", "✓": "box", "✔": "box",
         "□": "square", "■": "square", "○": "circle", "◯": "circle", "●": "circle", "◉": "circle"}
_UNMARKED = {"☐", "□", "○", "◯"}
# solid marks that are also bullets: marked options only beside an unmarked one
_BULLETS = {"■", "●"}
# where an unmarked last option's words end: 「☐なし → 右下葉に…」
_OPTION_END = re.compile(r" {2,}|[→。;,、(\n]")
_OPTION_MAX = 30


def _kind(mark: str) -> str:
    return _KIND.get(mark) or ("bracket" if mark[0] == "[" else "paren")


_MARK_SYMBOL = re.compile(r"[☐□○◯☑☒■●◉✓✔×]")


def _may_mark(norm: str) -> bool:
    """Whether ``norm`` can hold an option mark (a scan of the whole text for ``_MARK`` is the
    slow part of a report without one: ``str`` searches rule most reports out first)."""
    if "[" in norm or "( " in norm or "()" in norm or "(x)" in norm:
        return True
    return not norm.isascii() and _MARK_SYMBOL.search(norm) is not None


def _unmarked(mark: str) -> bool:
    return mark in _UNMARKED or mark.replace(" ", "") in ("[]", "()")


def resolve_checklists(norm: str, offsets: list[int] | None = None,
                       text: str | None = None) -> tuple[str, list[int] | None]:
    """``norm`` (folded text) with unmarked options and option marks removed, and the map
    of its offsets to the original's (``offsets`` composed in); unchanged when the text has
    no option marks. ``text``: the original, for options marked by capitals."""
    drop: list[int] = (_choices(norm, offsets, text) if ("/" in norm or "|" in norm) and _CHOICE_HINT.search(norm)
                       else [])
    marks = list(_MARK.finditer(norm)) if _may_mark(norm) else []
    if not marks:
        return (remove_at(norm, sorted(set(drop)), offsets)) if drop else (norm, offsets)
    lines = []  # (marks, start, end) per line with marks
    i = 0
    while i < len(marks):
        lo = norm.rfind("\n", 0, marks[i].start()) + 1
        hi = norm.find("\n", marks[i].start())
        hi = len(norm) if hi < 0 else hi
        j = i
        while j < len(marks) and marks[j].start() < hi:
            j += 1
        lines.append((marks[i:j], lo, hi))
        i = j
    # the kinds of mark the report ticks with (a solid bullet counts only beside an open mark)
    ticked = set()
    for ms, _, _ in lines:
        mixed = any(_unmarked(m.group()) for m in ms)
        ticked.update(_kind(m.group()) for m in ms
                      if not _unmarked(m.group()) and (mixed or m.group() not in _BULLETS))
    for ms, lo, hi in lines:
        drop.extend(_line(norm, ms, lo, hi, ticked))
    if not drop:
        return norm, offsets
    return remove_at(norm, sorted(set(drop)), offsets)


def _line(norm: str, ms: list[re.Match], lo: int, hi: int, ticked: set[str]) -> list[int]:
    unmarked = [_unmarked(m.group()) for m in ms]
    if not any(unmarked):
        # marked options only: drop unambiguous marks (☑, [x]); ■ ● may be bullets
        return [k for m in ms if m.group() not in _BULLETS for k in range(m.start(), m.end())]
    if all(unmarked):
        # a heading whose options are all unticked was left blank: 「Pleural effusion: [ ] right  [ ] left」
        # (the whole line goes; a bare box after the heading, 「心嚢液：□」, is the cue files')
        ends = [ms[n + 1].start() if n + 1 < len(ms) else _last_option_end(norm, m.end(), hi)
                for n, m in enumerate(ms)]
        worded = [bool(norm[m.end():end].strip()) for m, end in zip(ms, ends)]
        head = norm[lo:ms[0].start()].rstrip(" \t")
        if head.endswith((":", "：")) and head[:-1].strip() and all(worded):
            return list(range(lo, hi))
        # an unticked list item, when the report ticks others with the same kind of mark
        out: list[int] = []
        for m, end, has_words in zip(ms, ends, worded):
            if _kind(m.group()) in ticked and has_words:
                out.extend(range(m.start(), end))
        return out
    first = ms[0]
    before = norm[first.start() - 1] if first.start() > lo else " "
    after = norm[first.end()] if first.end() < hi else " "
    suffix = not before.isspace() and before not in ":：" and after.isspace()
    out = []
    for n, m in enumerate(ms):
        out.extend(range(m.start(), m.end()))
        if not unmarked[n]:
            continue
        if suffix:  # 「なし[ ]　あり[x]」: the option is the word before its mark
            start = ms[n - 1].end() if n else _word_start(norm, m.start(), lo)
            out.extend(range(start, m.start()))
        else:  # 「☐あり　☑なし」: the option is the words after its mark
            end = ms[n + 1].start() if n + 1 < len(ms) else _last_option_end(norm, m.end(), hi)
            out.extend(range(m.end(), end))
    return out


# a choice written out as options with "/" or "|" between them, one of them marked: 「有／【無】」
# "Present / [Absent]", "Yes | *No*", "PRESENT / absent", "Yes / No -> No" (full-width ／ is folded to /)
_WORD = r"[^\s/|【】\[\]*:：、。,;()→>]{1,12}"
_OPTION = rf"(?:【[^【】/|\n]{{1,12}}】|\[[^\[\]/|\n]{{2,12}}\]|\*\*?{_WORD}\*\*?|{_WORD})"
_CHOICE = re.compile(rf"{_OPTION}(?:[ \t]*[/|][ \t]*{_OPTION})+(?:[ \t]*(?:->|=>|→|>)[ \t]*(?P<answer>{_WORD}))?")
_CHOICE_HINT = re.compile(r"【|[/|][ \t]*[\[*]|[\]*][ \t]*[/|]|(?:->|=>|→)|[:\t][ \t]*[a-z]{2,12}[ \t]*/[ \t]*[a-z]")
_SEP = re.compile(r"[ \t]*[/|][ \t]*")


def _choices(norm: str, offsets: list[int] | None, text: str | None) -> list[int]:
    """Offsets to drop for the written-out choices: the options not chosen (with their
    separators) and the marks of the chosen one, where exactly one option of the run is marked."""
    out: list[int] = []
    for m in _CHOICE.finditer(norm):
        run_end = m.start("answer") if m.group("answer") else m.end()
        parts, pos = [], m.start()
        for sep in _SEP.finditer(norm, m.start(), run_end):
            parts.append((pos, sep.start()))
            pos = sep.end()
        # (an answer after an arrow: the run ends before the arrow)
        tail = re.match(r"[^\s/|]*", norm[pos:run_end]).end()
        parts.append((pos, pos + tail))
        if m.group("answer") and [norm[a:b] for a, b in parts].count(m.group("answer")) == 1:
            out.extend(range(m.start(), m.start("answer")))  # the options and the arrow
            continue
        k = _marked(norm, parts, offsets, text, m.start(), parts[-1][1])
        if k is None:
            continue
        a, b = parts[k]
        lead = 2 if norm.startswith("**", a) else 1
        if norm[a] in "【[*":
            out.extend(range(a, a + lead))
            out.extend(range(b - lead, b))
        # the other options, with the separator that joins each to its neighbour
        for i, (x, y) in enumerate(parts):
            if i < k:
                out.extend(range(x, parts[i + 1][0]))
            elif i > k:
                out.extend(range(parts[i - 1][1], y))
    return out


def _marked(norm: str, parts, offsets, text, lo: int, hi: int) -> int | None:
    """The index of the one marked option of a run, or None."""
    boxed = [i for i, (a, b) in enumerate(parts)
             if (norm[a], norm[b - 1]) in (("【", "】"), ("[", "]"), ("*", "*"))]
    if boxed:
        return boxed[0] if len(boxed) == 1 else None
    if text is None:
        return None
    # capitals among lower-case words (a line's own value: after a heading, at the line's end)
    before = norm[max(0, lo - 2):lo]
    after = norm[hi:hi + 2]
    if not (before.endswith((": ", "\t", ":", "  ")) and (after[:1] in ("", "\n") or after in (" -", " (", ", "))):
        return None
    shapes = []
    for a, b in parts:
        word = text[a:b] if offsets is None else text[offsets[a]:offsets[b - 1] + 1]
        if not word.isalpha() or len(word) < 2:
            return None
        shapes.append("upper" if word.isupper() else "lower" if word.islower() else "")
    if shapes.count("upper") == 1 and shapes.count("lower") == len(shapes) - 1:
        return shapes.index("upper")
    return None


def _last_option_end(norm: str, start: int, hi: int) -> int:
    stop = _OPTION_END.search(norm, start, hi)
    end = stop.start() if stop is not None else hi
    return min(end, start + _OPTION_MAX)


def _word_start(norm: str, end: int, lo: int) -> int:
    k = end
    while k > lo and not norm[k - 1].isspace() and norm[k - 1] not in ":：":
        k -= 1
    return k


# a template's row left blank: a heading, its colon or tab, nothing after it
_BLANK_HINT = re.compile(r"[:：\t][ \t]*(?:\n|$)")
_BLANK_ROW = re.compile(r"^(?P<indent>[ \t]*)(?:[-•*·・][ \t]*)?[^\s:：\t][^:：\t\n]{0,40}?(?:[:：][ \t]*|\t[ \t]*)$", re.MULTILINE)
# ... and what shows the row was blank: the next row of the template, a blank line, the end
_NEXT_ROW = re.compile(r"(?P<indent>[ \t]*)(?:$|(?:[-•*·・][ \t]*)?[^\s:：\t][^:：\t\n]{0,40}?(?:[:：]|\t))", re.MULTILINE)


def drop_blank_rows(norm: str, offsets: list[int] | None = None) -> tuple[str, list[int] | None]:
    """``norm`` without the template rows left blank (``Cardiomegaly:``, 「肺結節：」,
    ``Lymphadenopathy\t``): a heading with nothing after its colon or tab, whose next line is
    another row of the same level, a blank line or the end of the text (a heading with its
    list or text on the lines under it is kept: ``Nodules:\n  1. Right lower lobe, 5 mm``)."""
    if _BLANK_HINT.search(norm) is None:
        return norm, offsets
    drop: list[int] = []
    for m in _BLANK_ROW.finditer(norm):
        if m.end() < len(norm):
            nxt = _NEXT_ROW.match(norm, m.end() + 1)
            if nxt is None or len(nxt.group("indent")) > len(m.group("indent")):
                continue
        drop.extend(range(m.start(), min(m.end() + 1, len(norm))))
    if not drop:
        return norm, offsets
    return remove_at(norm, drop, offsets)
