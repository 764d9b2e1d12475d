"""Misspelt finding words read as the word: "atelactasis", "calsification", "bronshiectasis".

Reports are typed fast, dictated, or written in a second language, and a lexicon of exact
words misses every such slip. :class:`Spelling` knows a list of words (from the language's
data file, ``spelling:`` in ``lang/<code>/cues.yaml``) and every string one edit away from
each of them (a letter dropped, added or changed, or two neighbours swapped), and rewrites
whole words that are such a string into the word before the lexicon sees the text. Real
words one edit away from a listed word ("pleura" from "pleural", "fraction" from
"traction") are listed as ``not_misspellings`` and left alone; short or irregular slips can
be listed by hand (``misspellings``: {typo: word}).

With ``ocr=True`` it also knows what optical character recognition of scanned paper makes of
the words: a letter read as a digit ("nodu1e", "c0nsolidation"), m read as rn or nn
("cardiornegaly", "emphysenna"), a word broken by a space ("consoli dation", "pleu ral"), and
the word run together with a "no" before it ("nopleural effusion" reads "no pleural effusion"),
and "no" read "n0" ("N0 consolidation"; "N0" alone is a stage).

The cost per report is one regular-expression pass over its words and a set intersection
(both C speed); the text is rebuilt only when a slip is found, with the map of offsets back
to the original text that evidence needs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_VOWELS = "aeiouy"
# letters written for one another: by sound (c/k/s/z, ph/f in Turkish-English "bronshiectasis",
# "konsolidation") and by a neighbouring key on a QWERTY keyboard ("condolidation")
_SOUND = {"c": "ksz", "k": "cq", "s": "czx", "z": "sc", "q": "k", "f": "v", "v": "fw", "w": "v", "x": "s"}
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS: dict[str, str] = {}
for _row in _ROWS:
    for _i, _ch in enumerate(_row):
        _KEYS[_ch] = _row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2]


def _confusable(ch: str) -> str:
    """The letters a writer may put for ``ch``."""
    out = _SOUND.get(ch, "") + _KEYS.get(ch, "")
    if ch in _VOWELS:
        out += _VOWELS
    return "".join(sorted(set(out) - {ch}))


def edits1(word: str) -> set[str]:
    """The likely slips one edit away from ``word``: any letter dropped, any two neighbours
    swapped, a letter changed for a confusable one (a vowel for a vowel, c/k/s/z, a
    neighbouring key), or a vowel or a neighbour's double added; ``word`` itself excluded.
    (Every one-letter change would be ~50 strings per letter; these are the ones seen in
    reports, at about a fifth of the size.)"""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _confusable(b[0])}
    out |= {a + c + b for a, b in splits for c in _VOWELS}
    out |= {a + a[-1] + b for a, b in splits if a}
    out.discard(word)
    return out


# what a scanner's character recognition reads for a letter
_OCR_FOR = {"l": ("1", "i"), "o": ("0",), "i": ("1", "l"), "m": ("rn", "nn"), "e": ("c",), "s": ("5",)}
_OCR_SPLIT_MIN = 2  # the shortest piece of a word (of 7 letters or more) broken by a space


def ocr_variants(word: str) -> dict[str, str]:
    """What optical character recognition may make of ``word``: ``{variant: reading}``, the
    reading being the word, or "no <word>" for the word run together with a "no" before it.
    One slip per variant; ``word`` itself excluded."""
    out: dict[str, str] = {}
    for i, ch in enumerate(word):
        for rep in _OCR_FOR.get(ch, ()):
            out[word[:i] + rep + word[i + 1:]] = word
    if len(word) >= 7:
        for i in range(_OCR_SPLIT_MIN, len(word) - _OCR_SPLIT_MIN + 1):
            out[word[:i] + " " + word[i:]] = word
    out["no" + word] = "no " + word
    out["n0 " + word] = "no " + word
    out.pop(word, None)
    return out


class Spelling:
    """Rewrites misspellings of ``words`` into the words (see the module's description).

    ``min_length``: shorter words get no automatic variants (one edit from a short word is
    too often another word); list their slips in ``misspellings``.
    """

    def __init__(self, words: Iterable[str], not_misspellings: Iterable[str] = (),
                 misspellings: Mapping[str, str] | None = None, min_length: int = 7,
                 ocr: bool = False) -> None:
        words = sorted({w.lower() for w in words})
        keep = set(words) | {w.lower() for w in not_misspellings}
        variants: dict[str, str] = {}
        ambiguous: set[str] = set()
        for w in words:
            if len(w) < min_length:
                continue
            for v in edits1(w):
                # a letter added or dropped at either end is an inflection ("effusions",
                # "sequela") or a prefix ("noncalcified"), not a slip
                if v in keep or v.startswith(w) or w.startswith(v) or v.endswith(w) or w.endswith(v):
                    continue
                if variants.setdefault(v, w) != w:
                    ambiguous.add(v)  # one edit from two listed words: left alone
        table = {v: w for v, w in variants.items() if v not in ambiguous}
        if ocr:
            # (a variant that is a real word, or already another word's slip, is left alone; so is a
            # break between two listed words: "honey comb")
            for w in words:
                if len(w) < 5:
                    continue
                for v, r in ocr_variants(w).items():
                    if v in keep or v in table:
                        continue
                    if " " in v and r == w and any(p in keep for p in v.split(" ")):
                        continue  # a break between two listed words: "honey comb"
                    table[v] = r
        for typo, w in (misspellings or {}).items():
            table[typo.lower()] = w.lower()
        self._table = table
        self.size = len(table)
        shortest = min((len(k) for k in table if " " not in k), default=1)
        # the words of a text: runs of ASCII letters, with the digits a scanner reads for letters
        # (the engine's text is lower-cased); and, for broken words, two words with a space
        self._word = re.compile(rf"[a-z01][a-z015]{{{shortest - 1},}}")
        self._spaced = any(" " in k for k in table)

    def keys(self) -> list[str]:
        """The misspellings known."""
        return sorted(self._table)

    def fix(self, text: str, offsets: list[int] | None = None) -> tuple[str, list[int] | None]:
        """``text`` (lower-case, as the engine folds it) with its misspelt words rewritten,
        and the map from the new text's offsets to the original's (``offsets``, an earlier
        map of ``text``, composed in). Unchanged text comes back with ``offsets`` as given."""
        found = self._table.keys() & set(self._word.findall(text))  # C speed; empty when clean
        if self._spaced:
            found |= self._table.keys() & set(_PAIR.findall(text))
        if not found:
            return text, offsets
        table = self._table
        alt = "|".join(sorted(map(re.escape, found), key=len, reverse=True))
        hits = [(m.start(), m.end(), table[m.group()])
                for m in re.finditer(rf"(?<![a-z0-9])(?:{alt})(?![a-z0-9])", text)]
        return replace_spans(text, hits, offsets) if hits else (text, offsets)


# digits a scanner reads for letters, in and at the edge of words ("1ymph", "en1arged", "smal1",
# "0pacity", "attenuati0n"; not "s1", "t1", "n0", "1cm", "10th"), and the "N0" of "N0 consolidation"
# two words and the space between them, at every word (overlapping pairs)
_PAIR = re.compile(r"(?<![a-z0-9])(?=([a-z01][a-z015]* [a-z01][a-z015]*)(?![a-z0-9]))")


def replace_spans(text: str, spans: list[tuple[int, int, str]],
                  offsets: list[int] | None = None) -> tuple[str, list[int]]:
    """``text`` with each ``(start, end, replacement)`` (sorted, not overlapping) replaced,
    and the map from the new text's offsets to the original's (one entry more than the new
    text, for end offsets): a replacement's characters map into the span they replace, so
    a match that covers the replacement slices back the original's misspelt word."""
    parts: list[str] = []
    back: list[int] = []
    last = 0
    for s, e, rep in spans:
        parts.append(text[last:s])
        back.extend(range(last, s))
        parts.append(rep)
        back.extend(_align(text[s:e], rep, s, e))
        last = e
    parts.append(text[last:])
    back.extend(range(last, len(text) + 1))
    if offsets is not None:
        back = [offsets[i] for i in back]
    return "".join(parts), back


def _align(old: str, rep: str, s: int, e: int) -> list[int]:
    """Where each character of ``rep``, which replaces ``old`` at [s, e), maps in the text:
    letter by letter where the two differ by a space put in or taken out ("pleu ral" ->
    "pleural", "nopleural" -> "no pleural"); else the span's characters in order."""
    if len(rep) == len(old) - 1 and " " in old and old.replace(" ", "", 1) == rep:
        cut = old.index(" ")
        return [s + k if k < cut else s + k + 1 for k in range(len(rep))]
    if len(rep) == len(old) + 1 and " " in rep and rep.replace(" ", "", 1) == old:
        cut = rep.index(" ")
        return [s + k if k <= cut else s + k - 1 for k in range(len(rep))]
    return [min(s + k, e - 1) for k in range(len(rep))]

