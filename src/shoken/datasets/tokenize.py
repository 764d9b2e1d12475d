"""Tokenizers for text statistics and MT metrics.

* Japanese (``ja``): MeCab through fugashi with the unidic-lite dictionary
  (``pip install 'shoken[ja]'``); tokens are MeCab surface forms.
* English (``en``) and other space-separated languages: regex tokens,
  ``\\w+`` runs (keeping ``3.5``, ``non-contrast``, ``don't`` together) and, with
  ``punctuation=True``, each other non-space character as its own token.
* Chinese (``zh``): one token per CJK character; runs of Latin letters/digits stay whole.

``punctuation=False`` drops tokens made only of punctuation or symbols (Unicode
categories P* and S*): that is what :mod:`~shoken.datasets.textstats` counts as words.
BLEU/ROUGE (:mod:`~shoken.datasets.mteval`) use ``punctuation=True``.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

from shoken.core.errors import require

LANGUAGES = ("ja", "en", "zh")

_EN_WORD = r"\w+(?:[-'’.,]\w+)*"
_EN_TOKEN = re.compile(rf"{_EN_WORD}|[^\w\s]")
_ZH_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]"
                       r"|[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+(?:[.\-][A-Za-z0-9]+)*"
                       r"|[^\s]")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")

_local = threading.local()


def _tagger():
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        fugashi = require("fugashi", "ja", "Japanese tokenization (MeCab)")
        require("unidic_lite", "ja", "Japanese tokenization (MeCab dictionary)")
        tagger = fugashi.Tagger()
        _local.tagger = tagger
    return tagger


def is_punct(token: str) -> bool:
    """True when every character of ``token`` is punctuation or a symbol."""
    return bool(token) and all(unicodedata.category(c)[0] in "PS" for c in token)


def tokenize(text: str, lang: str, *, punctuation: bool = True) -> list[str]:
    """Split ``text`` into tokens for ``lang`` (``ja``, ``en``, ``zh``; others as ``en``)."""
    if not text:
        return []
    if lang == "ja":
        toks = [w.surface for w in _tagger()(text)]
        toks = [t for t in toks if t.strip()]
    elif lang == "zh":
        toks = _ZH_TOKEN.findall(text)
    else:
        toks = _EN_TOKEN.findall(text)
    if not punctuation:
        toks = [t for t in toks if not is_punct(t)]
    return toks


class RougeTokenizer:
    """A tokenizer object for ``rouge_score.rouge_scorer.RougeScorer(tokenizer=...)``.

    rouge-score's default tokenizer keeps only ``[a-z0-9]`` and so drops Japanese and
    Chinese entirely; this one uses :func:`tokenize` (MeCab for Japanese).
    """

    def __init__(self, lang: str, *, punctuation: bool = True, lowercase: bool = True) -> None:
        self.lang = lang
        self.punctuation = punctuation
        self.lowercase = lowercase

    def tokenize(self, text: str) -> list[str]:
        toks = tokenize(text, self.lang, punctuation=self.punctuation)
        return [t.lower() for t in toks] if self.lowercase else toks


_SENT_END = re.compile(r"(?<=[。！？!?])|(?<=[.．])(?=\s|$)|\n+")


def sentences(text: str) -> list[str]:
    """Split into sentences at 。！？!?, at a period followed by a space or the end, and
    at line breaks. Pieces without any letter or digit are dropped."""
    parts = _SENT_END.split(text or "")
    return [p.strip() for p in parts if p and re.search(r"\w", p)]


@lru_cache(maxsize=64)
def _lang_from_name(column: str) -> str | None:
    up = column.upper()
    for tag, lang in (("_JPN", "ja"), ("_JA", "ja"), ("_JP", "ja"), ("_ZH", "zh"), ("_CN", "zh"),
                      ("_EN", "en")):
        if re.search(rf"{tag}(?:_|$)", up):
            return lang
    return None


def guess_language(texts, column: str | None = None) -> str:
    """``ja``, ``zh`` or ``en`` for a column: from its name (``*_JPN*``, ``*_ZH*``, ``*_EN*``),
    else from the script of its first texts (kana → ja; mostly ideographs → zh)."""
    if column:
        by_name = _lang_from_name(column)
        if by_name:
            return by_name
    kana = cjk = letters = 0
    for t in texts:
        if not t:
            continue
        kana += len(_KANA.findall(t))
        cjk += len(_CJK.findall(t))
        letters += len(_LETTER.findall(t))
    if kana:
        return "ja"
    if cjk and cjk >= 0.3 * max(letters, 1):
        return "zh"
    return "en"
