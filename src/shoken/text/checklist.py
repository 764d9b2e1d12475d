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

A choice between slashes with the chosen option in 【】 (``有／【無】``) reads as that option.
A heading whose options are all unticked (``Pleural effusion: [ ] right  [ ] left``) was left
blank: the line is removed. Left alone: a line with only solid marks (■ ● are bullets too: 「■所見」), and a bare
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


def _unmarked(mark: str) -> bool:
    return mark in _UNMARKED or mark.replace(" ", "") in ("[]", "()")


def resolve_checklists(norm: str, offsets: list[int] | None = None) -> tuple[str, list[int] | None]:
    """``norm`` (folded text) with unmarked options and option marks removed, and the map
    of its offsets to the original's (``offsets`` composed in); unchanged when the text has
    no option marks."""
    drop: list[int] = _choices(norm) if "【" in norm else []
    marks = list(_MARK.finditer(norm))
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


# a choice written as options between slashes, the chosen one in 【】: 「有／【無】」「【あり】/なし」
# (full-width ／ is folded to /)
_OPTION = r"(?:【[^【】/\n]{1,8}】|[^【】/\s:：、。]{1,8})"
_CHOICE = re.compile(rf"{_OPTION}(?:/{_OPTION})+")


def _choices(norm: str) -> list[int]:
    """Offsets to drop for the bracketed choices: the options not chosen (with their slash)
    and the brackets of the chosen one, where exactly one option of the run is bracketed."""
    out: list[int] = []
    for m in _CHOICE.finditer(norm):
        parts, pos = [], m.start()
        for opt in m.group().split("/"):
            parts.append((pos, pos + len(opt)))
            pos += len(opt) + 1
        chosen = [i for i, (a, b) in enumerate(parts) if norm[a] == "【" and norm[b - 1] == "】"]
        if len(chosen) != 1:
            continue
        k = chosen[0]
        for i, (a, b) in enumerate(parts):
            if i == k:
                out.extend((a, b - 1))
            else:  # the option and the slash that joins it to its neighbour
                out.extend(range(a - 1 if i > k else a, b if i > k else b + 1))
    return out


def _last_option_end(norm: str, start: int, hi: int) -> int:
    stop = _OPTION_END.search(norm, start, hi)
    end = stop.start() if stop is not None else hi
    return min(end, start + _OPTION_MAX)


def _word_start(norm: str, end: int, lo: int) -> int:
    k = end
    while k > lo and not norm[k - 1].isspace() and norm[k - 1] not in ":：":
        k -= 1
    return k
