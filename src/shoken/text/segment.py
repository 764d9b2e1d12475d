"""Segmentation that keeps character offsets into the original text.

* :func:`fold` maps full-width ASCII (ＣＴ, ２ｃｍ, （－）) to ASCII, half-width katakana
  to full-width (ﾘﾝﾊﾟ -> リンハ゜: its voiced marks become combining marks), a few character
  variants to the form the lexicons use (囊 -> 嚢) and lower-cases ASCII letters
  *without changing the length*, so offsets found on the folded text
  slice the original text exactly.
* :func:`normalize` is :func:`fold` plus the composition of those voiced marks
  (ｶﾞ -> ガ), which shortens the text: it also returns the map from normalised offsets
  back to the original's.
* :func:`sentence_spans` splits at 。．！？!?, bullets (•), newlines (not one right after
  a Japanese particle or 、, a soft wrap: 「心拡大は⏎ありません」) and at English
  full stops followed by a space (not decimal points such as "3.5 mm", nor the stop
  of a common abbreviation: "pl. eff.", "approx.", "e.g.", "vs."). Japanese
  「・」 and 「、」 are list and clause marks, not sentence ends.
* :func:`find_sections` finds findings / impression headers (所見, 診断, 結論,
  印象, Findings, Impression, Conclusion …).
* What each language adds (the particles and inflections of a soft wrap, the
  abbreviations, the heading words) is data: ``segmentation:`` in
  ``lang/<code>/cues.yaml``, joined over the bundled languages by :func:`rules`.
* :func:`clause_bounds` narrows a span to the clause around a position, using a
  language's boundary expression (see ``lang/<code>/cues.yaml``).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20  # ideographic space
for _cp in range(ord("A"), ord("Z") + 1):
    _FOLD[_cp] = _cp + 32
for _cp in range(0xFF21, 0xFF3B):  # full-width A-Z -> a-z
    _FOLD[_cp] = _cp - 0xFEE0 + 32
_FOLD[0x2212] = ord("-")  # minus sign
_FOLD[0x2010] = ord("-")
_FOLD[0x2013] = ord("-")
_FOLD[0x2014] = ord("-")
# character variants that report systems produce, one code point for one: 囊 (JIS X 0213) -> 嚢
_FOLD[0x56CA] = 0x56A2
# half-width katakana and punctuation (ｽﾘｶﾞﾗｽ, ｡｢｣､･) from old report systems: one full-width
# character each (NFKC); ﾞ and ﾟ become combining marks, composed by normalize()
for _cp in range(0xFF61, 0xFFA0):
    _FOLD[_cp] = ord(unicodedata.normalize("NFKC", chr(_cp)))
FOLD_TABLE = _FOLD


_NEEDS_TABLE = re.compile("[\uff01-\uff5e\uff61-\uff9f\u3000\u2010\u2013\u2014\u2212\u56ca]")


def fold(text: str) -> str:
    """Length-preserving normalisation used before matching."""
    if text.isascii():
        return text.lower()
    if _NEEDS_TABLE.search(text) is None:
        low = text.lower()  # C speed; only A-Z -> a-z matters for matching
        if len(low) == len(text) and (text.isascii() or _same_shape(text, low)):
            return low
    return text.translate(FOLD_TABLE)


_VOICED = re.compile("[\uff9e\uff9f]")
_COMBINING = re.compile(".[\u3099\u309a]", re.DOTALL)


# What exports from report systems leave in the text: HTML line and block tags (also escaped),
# entities, RTF control words, and line breaks written out as the two characters \n.
_MARKUP = re.compile(
    r"(?P<br>(?i:<br\s*/?>|</?(?:p|div|li|ul|ol|tr|table|tbody|h[1-6])\b[^<>\n]{0,200}>"
    r"|&lt;br\s*/?&gt;|&lt;/?(?:p|div|li)&gt;)"
    r"|\\(?:par|pard|line)(?![a-z])|\\r\\n|\\[nr](?![a-z]))"
    r"|(?P<sp>(?i:</?(?:td|th|span|b|i|u|strong|em|font)\b[^<>\n]{0,200}>|&(?:nbsp|ensp|emsp|thinsp);)"
    r"|\{\\rtf1|\\(?:tab|plain|b0|i0|ul0|ulnone|b|i|ul)(?![a-z])|\\(?:f|fs|cf|lang|sa|sb|li|fi)\d+ ?|\\t(?![a-z]))"
    r"|(?P<ent>&(?:lt|gt|amp|quot|#\d{2,6});)")
_ENTITY = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"'}
# zero-width characters, which can sit inside a word: 「心\u200b拡大」
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _blank(m: re.Match) -> str:
    n = len(m.group())
    if m.group("br") is not None:
        return "\n" + " " * (n - 1)
    if m.group("ent") is not None:
        e = m.group()
        ch = _ENTITY.get(e.lower()) or (chr(int(e[2:-1])) if e[1] == "#" and int(e[2:-1]) < 0x110000 else " ")
        return ch + " " * (n - 1)
    return " " * n


def clean_markup(text: str) -> str:
    """``text`` with export artefacts blanked out, *length unchanged*: a tag or control word
    that breaks a line (``<br>``, ``<li>``, ``&lt;br&gt;``, ``\\par``, a written-out ``\\n``)
    becomes a line break padded with spaces, other tags, ``&nbsp;`` and written-out ``\\t``
    become spaces, and ``&lt;`` ``&#12290;`` become their character (padded)."""
    if "<" not in text and "&" not in text and "\\" not in text:
        return text
    return _MARKUP.sub(_blank, text)


def normalize(text: str) -> tuple[str, list[int] | None]:
    """:func:`clean_markup` and :func:`fold`, then half-width voiced kana composed (ｶﾞ -> ガ,
    ﾊﾟ -> パ) so that the lexicons see the usual spelling, and zero-width characters
    removed. Returns ``(normalised, offsets)``: ``offsets`` is None
    when the length is unchanged (offsets then slice the original as they are); else
    ``offsets[i]`` is the original position of normalised character ``i`` (one entry more
    than the normalised text, for end offsets)."""
    norm = fold(clean_markup(text))
    if text.isascii():
        return norm, None
    offsets = None
    if _VOICED.search(text) is not None:
        norm, offsets = _compose(norm)
    if _ZERO_WIDTH.search(norm) is not None:
        norm, offsets = remove_at(norm, [m.start() for m in _ZERO_WIDTH.finditer(norm)], offsets)
    return norm, offsets


def _compose(norm: str) -> tuple[str, list[int] | None]:
    chars: list[str] | None = None
    marks: list[int] = []
    for m in _COMBINING.finditer(norm):
        composed = unicodedata.normalize("NFC", m.group())
        if len(composed) != 1:  # nothing to compose with (a mark after a non-kana)
            continue
        if chars is None:
            chars = list(norm)
        chars[m.start()] = composed  # the base takes the composed kana; its mark goes
        marks.append(m.start() + 1)
    if chars is None:
        return norm, None
    return remove_at("".join(chars), marks)


def remove_at(text: str, positions: list[int], offsets: list[int] | None = None) -> tuple[str, list[int]]:
    """``text`` without the characters at ``positions`` (sorted), and the map from the new
    text's offsets to the original's (one entry more than the new text). ``offsets``: an
    earlier map of ``text`` to compose with (as :func:`normalize` returns)."""
    parts: list[str] = []
    back: list[int] = []
    last = 0
    for k in positions:
        parts.append(text[last:k])
        back.extend(range(last, k))
        last = k + 1
    parts.append(text[last:])
    back.extend(range(last, len(text) + 1))
    if offsets is not None:
        back = [offsets[i] for i in back]
    return "".join(parts), back


def _same_shape(text: str, low: str) -> bool:
    # str.lower() can lengthen rare characters (İ -> i̇); equal length with no such
    # character means every offset still lines up.
    return not any(c in text for c in _LENGTHENING)


_LENGTHENING = "\u0130"


# What the languages add to segmentation lives in their data files (``segmentation:`` in
# ``lang/<code>/cues.yaml``): the particles after which a line break is a soft wrap and the
# inflections that cannot start a sentence (Japanese), the abbreviations whose full stop ends
# no sentence (English), the section heading words. A report may mix languages, so the
# bundled languages' entries are joined into one set of expressions, built once.
class _Rules:
    """The compiled segmentation expressions of the bundled languages."""

    def __init__(self) -> None:
        from shoken.lang import available_languages, load_language

        soft, inflections, abbreviations = "", [], []
        self.section_of: dict[str, str] = {}
        for code in available_languages():
            seg = load_language(code).segmentation
            if seg is None:
                continue
            soft += seg.soft_wrap_after or ""
            if seg.inflections:
                inflections.append(seg.inflections)
            abbreviations += seg.abbreviations
            for section, words in seg.sections.items():
                for w in words:
                    self.section_of.setdefault(w.lower(), section)
        infl = "|".join(f"(?:{i})" for i in inflections) or "(?!)"
        #: a line break inside a predicate, before its inflection (「認め⏎ません」)
        self.inflection_wrap = re.compile(rf"\n(?<=[\u3040-\u30ff\u3400-\u9fff]\n)(?={infl})")
        # (the look-behinds come after the stop, so they are tried only at a stop)
        not_after = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in abbreviations)
        soft_wrap = rf"(?<![{re.escape(soft)}]\n)" if soft else ""
        # A full stop with no space after it also ends a sentence between two words ("without
        # contrast.Fibrotic bands are seen"), not inside a number or an abbreviation.
        # (a line that starts with a bullet starts an item, whatever the line before ends with:
        # 「・すりガラス影：右上葉に淡いもの⏎・胸水：なし」)
        self.sentence_end = re.compile(rf"[。．！？!?\u2022\u25cf\u25a0]|\n(?=[ \t\u3000]*[・◆◇])|\n{soft_wrap}(?!{infl})"
                                       rf"|\.(?:(?=\s|$)|(?<=[a-z]{{2}}\.)(?=[a-z])){not_after}"
                                       # (a full stop inside a closing quotation mark ends the sentence too:
                                       # 'Prelim: "small effusion." No effusion today.')
                                       rf"|\.[\"'”’](?=\s|$)",
                                       re.IGNORECASE)
        names = "|".join(re.escape(w) for w in sorted(self.section_of, key=len, reverse=True)) or "(?!)"
        #: 【所見】 / [Findings] need no colon; a bare header needs a colon or its own line
        self.header = re.compile(
            rf"^[ \t]*(?:[【\[<][ \t]*(?P<b>{names})[ \t]*[】\]>][ \t]*[:：]?|(?P<name>{names})[ \t]*(?:[:：]|(?=\n)|$))",
            re.IGNORECASE | re.MULTILINE)
        #: a findings or impression heading inside a line: 「【既往】肺炎。【所見】…」
        self.inline_heading = re.compile(rf"[【■＜]|(?:{names})[ \t]*[:：]", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """The segmentation expressions (built from the bundled language data on first use)."""
    return _Rules()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence; the terminator belongs to its sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in rules().sentence_end.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_ends(text: str) -> list[int]:
    """End offset of every sentence (the same splits as :func:`sentence_spans`, blank
    sentences included); the last is always ``len(text)``."""
    ends = [m.end() for m in rules().sentence_end.finditer(text)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    return ends


class SentenceIndex:
    """Find the sentence containing an offset in O(log n)."""

    __slots__ = ("ends", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = sentence_ends(text)

    def span(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.ends, pos)
        if i >= len(self.ends):
            i = len(self.ends) - 1
        start = self.ends[i - 1] if i > 0 else 0
        return start, self.ends[i]


def find_sections(text: str) -> dict[str, tuple[int, int]] | None:
    """Spans of the findings / impression sections when the text has headers, else None."""
    r = rules()
    heads = [(m.start(), m.end(), r.section_of[(m.group("b") or m.group("name")).lower()])
             for m in r.header.finditer(text)]
    if not heads:
        return None
    out: dict[str, tuple[int, int]] = {}
    for i, (_s, e, name) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        if name in out:  # a repeated header extends the section
            out[name] = (out[name][0], end)
        else:
            out[name] = (e, end)
    return out


def clause_bounds(bounds: list[tuple[int, int]], lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause [a, b) within [lo, hi) containing [start, end), given boundary spans (sorted)."""
    a, b = lo, hi
    for bs, be in bounds:
        if be <= start:
            if be > a:
                a = be
        elif bs >= end:
            if bs < b:
                b = bs
            break
    return a, b
