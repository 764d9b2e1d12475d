"""Language data (cue words, boundaries) and language detection.

Each language is a folder ``lang/<code>/`` with a ``cues.yaml``; adding a cue or a
language is a data change. :func:`load_language` validates and caches the file.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from shoken.core.errors import ShokenError

# ``unassessed``: the finding could not be judged ("cannot be assessed", 「評価困難」): no
# state at all (absent), neither a denial nor a finding; it applies to the word right before it
# (``unassessed_window``). ``hypothetical``: what is said of a disease in general or of a case
# that is not this one ("Heart failure typically produces effusions", 「一般に…を伴うことが多い」,
# "would be expected if ..."): no state either, and it reaches as far as any cue
# ``lookalike``: words before a finding's word that make it a look-alike ("mimicking cardiomegaly",
# "pseudo-consolidation"): its mention counts unless the report denies the finding by name (as
# ``lookalike`` after the word does); a forward cue of no state of its own
CUE_TYPES = ("negation", "uncertainty", "affirmation", "unassessed", "hypothetical", "lookalike")
DIRECTIONS = ("forward", "backward", "adjacent")

_MACRO = re.compile(r"\{\{(\w+)\}\}")


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """``pattern`` with every ``{{name}}`` replaced by ``macros[name]`` (itself expanded):
    one list written once (the denial predicates) and used by many cues."""
    def _sub(m: re.Match) -> str:
        if m.group(1) not in macros:
            raise ValueError(f"unknown macro {{{{{m.group(1)}}}}}; defined: {', '.join(sorted(macros)) or 'none'}")
        return macros[m.group(1)]

    for _ in range(8):  # a macro may use another; eight levels is more than any file needs
        if "{{" not in pattern:
            return pattern
        pattern = _MACRO.sub(_sub, pattern)
    raise ValueError(f"macros nest too deep in {pattern[:60]!r}")


class CueSet(BaseModel):
    """One kind's cues: ``forward`` ones act on the mentions after them, ``backward`` ones on the
    mentions before them (within the language's ``backward_window``), ``adjacent`` ones only on a
    mention that ends where they start (「浸潤影|よりは無気肺を考えます」, not 「すりガラス影は、肺炎|よりは…」)."""
    model_config = ConfigDict(extra="forbid")
    forward: list[str] = Field(default_factory=list)
    backward: list[str] = Field(default_factory=list)
    adjacent: list[str] = Field(default_factory=list)


class SpellingData(BaseModel):
    """Finding words whose misspellings (one edit away) are read as the word; see
    :mod:`shoken.text.spelling`."""
    model_config = ConfigDict(extra="forbid")
    words: list[str]
    not_misspellings: list[str] = Field(default_factory=list)
    misspellings: dict[str, str] = Field(default_factory=dict)
    min_length: int = 7
    # also what character recognition makes of the words in scanned reports ("nodu1e", "pleu ral")
    ocr: bool = False


class DictationData(BaseModel):
    """Spoken punctuation and take-backs of dictated text; see :mod:`shoken.text.dictation`."""
    model_config = ConfigDict(extra="forbid")
    marks: dict[str, str]
    noun_before: str | None = None
    retract: list[str] = Field(default_factory=list)
    min_marks: int = 3


class QuotationData(BaseModel):
    """Quotations of another text (the prior report, the referral, a preliminary read): what is
    said only inside them is that text's, not this reading's."""
    model_config = ConfigDict(extra="forbid")
    # quotation marks, each an opening and a closing character: ["\"", "\""], ["『", "』"]
    marks: list[tuple[str, str]]
    # ... of those, the marks that always quote another text (「『』」 in Japanese reports); the others
    # quote one only after ``opened_by`` (CT-RATE's translations wrap their own impressions in “…”)
    always: list[str] = Field(default_factory=list)
    # what comes right before a quotation of another text ("The prior report describes", "Referral:",
    # 「前回レポートでは」): a regular expression matched to the end of the text before the mark
    opened_by: str | None = None
    # ... or what joins it to the quotation before it ('described "GGO" and a "small effusion"'):
    # a regular expression matched to the whole text between the two
    continued_by: str | None = None
    # what, right after a quotation, says this reading finds it too ('"mild bronchiectasis". This is
    # again seen', 「『右下葉結節』。これは今回も残存」): its mentions then stand; matched at the closing mark
    confirmed_by: str | None = None


class AnaphoraData(BaseModel):
    """Back-references that decide the state of the findings named before them ("A 6 mm nodule
    was seen on the prior CT. It has resolved.", 「…結節を認めた。今回これは消失している。」). The
    subjects are regular expressions matched at a sentence's start (or after a semicolon):
    ``singular`` refers to the last finding named before it, ``plural`` to all the findings of
    that sentence, ``former`` / ``latter`` to its first / last, and ``denying`` ("Neither is
    seen") denies them all. After the subject, ``kept`` ("persists", 「残存」) says they are still
    there, else ``gone`` ("has resolved", 「消失」) says they are not."""
    model_config = ConfigDict(extra="forbid")
    singular: str | None = None
    plural: str | None = None
    former: str | None = None
    latter: str | None = None
    denying: str | None = None
    gone: str
    kept: str
    # where a clause ends ("; ", ", while", 「が、」): a back-reference reads to it, and one may start after it
    stops: str | None = None


class SegmentationData(BaseModel):
    """What a language adds to sentence and section segmentation (see
    :mod:`shoken.text.segment`). Segmentation is one pass for every language, since one
    report may mix them: the bundled languages' entries are joined."""
    model_config = ConfigDict(extra="forbid")
    # a line break right after one of these characters is a soft wrap inside a sentence
    # (「心拡大は⏎ありません」), a character class without its brackets
    soft_wrap_after: str | None = None
    # a line break before one of these is a wrap too: an inflection cannot start a sentence
    # (「肺気腫は認め⏎ません」); a regular expression
    inflections: str | None = None
    # a full stop after one of these words does not end the sentence ("approx. 5 mm")
    abbreviations: list[str] = Field(default_factory=list)
    # section headings (【所見】, "IMPRESSION:"): section name -> heading words
    sections: dict[str, list[str]] = Field(default_factory=dict)


class LanguageData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str
    script: str = "latin"
    boundaries: list[str] = Field(default_factory=list)
    forward_window: int = 60
    # how far (characters) after a mention an ``unassessed`` cue may start: it is about the
    # word right before it (「リンパ節の評価は困難」, not 「ステープルによるアーチファクトのため肺門部の評価は困難」)
    unassessed_window: int = 4
    backward_window: int = 150
    # text between a forward denial and a later forward hedge that keeps the hedge under the
    # denial: "No consolidation, or suspicious nodule" (a regular expression, searched on
    # the text between the two; none: a nearer hedge always wins)
    denied_list_join: str | None = None
    # Where a finding's exclusion patterns (the schema's ``exclude``: "thyroid", 「肝」 for a
    # nodule) are looked for: the whole clause, except when the mention's part of it (cut at
    # ``exclude_breaks``, list and clause joints such as 「、」 or ", and ") names a site in
    # the lungs (``exclude_sites``): then only that part, so that 「右上葉に結節を認め、肝に
    # 嚢胞」 keeps its nodule. Both regular expressions; none: always the whole clause.
    exclude_breaks: str | None = None
    exclude_sites: str | None = None
    # Headings of sections that give context, not findings (the clinical question, the
    # history, the technique, the comparison): 「依頼目的：胸水の評価」, "Indication: r/o
    # pneumonia". A regular expression of heading names; their sections are not labelled.
    context_headings: str | None = None
    # Words that start a sentence about the current examination (「今回、」, "Today,"): on a
    # context heading's line, such a sentence ends the context (「既往：肺塞栓症。今回、…」)
    context_ends: str | None = None
    # Context headings whose text is one sentence, the clinical question (「依頼目的：間質性肺炎の増悪の
    # 有無。胸膜下に網状影は認めず…」) or the study compared with (「比較：前回CT 2024/5/1。右胸水は増加」):
    # on their line, what follows the first sentence is findings when it is longer than
    # ``question_rest`` characters (a short rest is more of the question: 「目的：COPD。気腫の評価。」)
    question_headings: str | None = None
    question_rest: int = 30
    # The column headings of a table with one column per side ("\tRight\tLeft", 「|右|左|」): a
    # regular expression matched to each heading; in such a table a row's denied side is
    # dropped when another side of the row has the finding ("Effusion\tnone\tsmall")
    table_sides: str | None = None
    # The column headings of a table with one column per examination of a course ("\tPrior\tToday",
    # 「|2023/1|2023/7|今回|」): a regular expression matched to each heading; in such a table a row
    # reads as the current examination's cell (the one ``current_words`` match, else the last)
    table_courses: str | None = None
    # Sentences that correct an earlier statement (「【訂正】先の報告で胸水ありとしましたが、
    # 胸水は認めません」, "Correction: there is no effusion"): a regular expression; a finding
    # denied in such a sentence is denied for the report, over what the report said of it before
    corrections: str | None = None
    # Headings of a second reading that revises the first (「二次読影：」「【指導医修正】」, "Second read:",
    # "Addendum:"): names, a regular expression; every sentence after such a heading corrects
    # what came before it, as a ``corrections`` sentence does
    correction_headings: str | None = None
    # A denial that says what a thing is not (「肺静脈の分岐部であり、結節ではない」, "a vessel, not a true
    # nodule"): a regular expression matched on a denial's cue; such a denial, after the finding's
    # mention in the same sentence (「結節様に見える部分があるが、…」), wins over that mention
    identity_denials: str | None = None
    # A question and its answer ("Q: Nodules? A: None.", "Is there lymphadenopathy? No.", 「胸水は？ → なし」):
    # regular expressions for the start of the sentence after a question; its findings take the answer
    answers_yes: str | None = None
    # A denial given once for a list: before it, ending in a colon (「以下はいずれも認めません：胸水、心嚢液」,
    # "None of the following is seen:"), with the list in brackets after it (「明らかな異常所見なし（結節、
    # 浸潤影、胸水）」), or after a list of bullet lines (「・肺結節⏎・胸水⏎以上、いずれも認めず。」)
    list_denial_heads: str | None = None
    list_denial_brackets: str | None = None
    list_denial_tails: str | None = None
    answers_no: str | None = None
    # What software says it found ("AI flagged a nodule", 「AIが結節を指摘」, "CAD marks", an automated
    # score): a first reading, which the radiologist's own words correct. A regular expression; a
    # mention after it in its sentence is the software's. Such a mention is dropped when the report
    # denies the finding by name (not only its other instances, see ``other_instances``), and a
    # verdict after it decides it: ``machine_rejects`` ("rejected", 「不採用」) denies it, and
    # ``machine_accepts`` ("confirmed", 「採用」) keeps it. A verdict counts in the mention's sentence,
    # in a table's cell ("Nodule | Detected | Rejected") and at the start of the next sentence
    # ("Not confirmed by the radiologist.")
    machine_readings: str | None = None
    machine_rejects: str | None = None
    machine_accepts: str | None = None
    # where the software's part of a sentence ends and the radiologist's begins ("...; however, a small
    # calcification is visible", 「…を指摘しましたが、」): a regular expression
    machine_ends: str | None = None
    # Headings of the examinations of a course written one per line or segment (「2023/4：右胸水あり」
    # 「前回：…」「今回：…」, "2023-01: ...", "Today: ..."): a regular expression. When the report has
    # a heading of the current examination (one that ``current_words`` match), what follows the
    # others, up to the next heading or the line's end, is an earlier examination's: not labelled
    course_headings: str | None = None
    current_words: str | None = None
    # What, right after a finding's word, makes it a look-alike (「結節様にみえる部分」「胸水様の液体貯留」,
    # "nodule-like"): such a mention counts unless the report denies the finding by name, as an
    # implied mention does (「…心拍動による偽病変と考えます。明らかな結節はありません」)
    lookalike: str | None = None
    # A sentence that only says what the last one's finding is ("This is consistent with atelectasis.",
    # 「無気肺と考えます。」): a regular expression matched at the sentence's start. A present or hedged
    # mention in the sentence before is dropped when that interpretation explains it as its finding's
    # ``<lang>_explained`` patterns do within a sentence (a density called atelectasis), unless the
    # interpretation names a lung site of its own (``exclude_sites``)
    interpretations: str | None = None
    # Words by which a denial is of the finding's other instances only ("No other nodules",
    # 「他に結節なし」): it leaves the software's reading of the finding standing
    other_instances: str | None = None
    # Words that make what follows an exception to a denial ("No emphysema, except for a small
    # bulla"): a mention of a word that implies the finding (the schema's ``<lang>_implied``)
    # after them still counts, though the finding itself is denied in the same sentence
    exceptions: str | None = None
    # What is removed before matching (regular expressions; offsets still index the original):
    # the fillers and take-backs of dictated text (「冠動脈石灰化は、えー、ありません」, 「右、いや左上葉に」),
    # a space inside an inflection (「認めませ ん」)
    strip: list[str] = Field(default_factory=list)
    # ... and spoken take-backs, removed with the words before them back to the clause's last
    # break (at most ``retract_reach`` characters): 「右、いや左上葉に」 reads 「左上葉に」
    retract: list[str] = Field(default_factory=list)
    retract_reach: int = 12
    # what a slip of the input method writes for a word, read as the word: {typo: word} (「凶水」 for 胸水,
    # 「無機肺」 for 無気肺, 「認めせん」 for 認めません); replaced before matching, offsets still index the original
    typos: dict[str, str] = Field(default_factory=dict)
    # misspelt finding words read as the word ("atelactasis", "calsification")
    spelling: SpellingData | None = None
    # dictated text whose punctuation was spoken ("effusion period there is ...")
    dictation: DictationData | None = None
    # quotations of another text: a present or hedged mention wholly inside one is dropped, unless
    # the cue that set it is outside the quotation (「前回の『右下葉結節』は今回も残存」)
    quotations: QuotationData | None = None
    # back-references ("It has resolved.", 「同所見は残存」): see AnaphoraData
    anaphora: AnaphoraData | None = None
    segmentation: SegmentationData | None = None
    # named pieces of regular expression, written ``{{name}}`` in cues and boundaries
    macros: dict[str, str] = Field(default_factory=dict)
    cues: dict[str, CueSet]

    @model_validator(mode="before")
    @classmethod
    def _expand_macros(cls, data):
        if not isinstance(data, dict) or not data.get("macros"):
            return data
        macros = {str(k): str(v) for k, v in data["macros"].items()}
        data = dict(data)
        if isinstance(data.get("boundaries"), list):
            data["boundaries"] = [expand_macros(b, macros) if isinstance(b, str) else b for b in data["boundaries"]]
        cues = data.get("cues")
        if isinstance(cues, dict):
            data["cues"] = {
                kind: ({d: [expand_macros(p, macros) if isinstance(p, str) else p for p in pats]
                        if isinstance(pats, list) else pats for d, pats in cs.items()} if isinstance(cs, dict) else cs)
                for kind, cs in cues.items()}
        return data

    def model_post_init(self, __context) -> None:
        for kind in self.cues:
            if kind not in CUE_TYPES:
                raise ValueError(f"unknown cue type {kind!r}; use {CUE_TYPES}")
        extra = [p for p in (self.denied_list_join, self.exclude_breaks, self.exclude_sites, self.context_headings, self.context_ends, self.question_headings, self.table_sides, self.table_courses,
                             self.corrections, self.correction_headings, self.identity_denials, self.answers_yes, self.answers_no, self.list_denial_heads, self.list_denial_brackets, self.list_denial_tails, self.exceptions, self.interpretations, self.machine_readings, self.machine_rejects, self.machine_accepts, self.machine_ends, self.other_instances, self.lookalike, self.course_headings, self.current_words, self.dictation.noun_before if self.dictation else None, self.quotations.opened_by if self.quotations else None, self.quotations.continued_by if self.quotations else None, self.quotations.confirmed_by if self.quotations else None, *((self.anaphora.singular, self.anaphora.plural, self.anaphora.former, self.anaphora.latter, self.anaphora.denying, self.anaphora.gone, self.anaphora.kept, self.anaphora.stops) if self.anaphora else ()),
                             self.segmentation.inflections if self.segmentation else None) if p]
        for pat in self.boundaries + self.strip + self.retract + extra + [p for c in self.cues.values() for p in c.forward + c.backward + c.adjacent]:
            try:
                re.compile(pat)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pat!r}: {exc}") from exc


@lru_cache(maxsize=1)
def _available() -> tuple[str, ...]:
    root = resources.files("shoken") / "lang"
    return tuple(sorted(p.name for p in root.iterdir() if (p / "cues.yaml").is_file()))


def available_languages() -> list[str]:
    return list(_available())


def _read(code: str, name: str, path: str | None, what: str) -> tuple[dict, str] | None:
    """``(parsed YAML, where)`` of ``lang/<code>/<name>`` or of the file at ``path``;
    None when the bundled file does not exist."""
    if path is not None:
        src = Path(path)
        if not src.exists():
            raise ShokenError(f"{path}: {what} file not found")
        text, where = src.read_text(encoding="utf-8"), str(src)
    else:
        f = resources.files("shoken") / "lang" / code / name
        if not f.is_file():
            return None
        text, where = f.read_text(encoding="utf-8"), f"shoken:lang/{code}/{name}"
    try:
        return yaml.safe_load(text) or {}, where
    except yaml.YAMLError as exc:
        raise ShokenError(f"{where}: not valid YAML: {str(exc).splitlines()[0]}") from None


@lru_cache(maxsize=16)
def load_language(code: str, path: str | None = None) -> LanguageData:
    """Cue data for ``code`` (``ja``, ``en``, ``zh``), or from a YAML file at ``path``."""
    got = _read(code, "cues.yaml", path, "language")
    if got is None:
        raise ShokenError(f"no language data for {code!r}; available: {', '.join(available_languages())}")
    data, where = got
    try:
        return LanguageData(**data)
    except (ValidationError, ValueError, TypeError) as exc:
        raise ShokenError(f"{where}: invalid language data: {_first_error(exc)}") from exc


_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_CJK_ANY = re.compile(r"[\u3040-\u30ff\uff66-\uff9f\u3400-\u9fff\uf900-\ufaff]")
# Simplified-Chinese characters that Japanese does not use (见 积 无 结 节 钙 气 肿 …)
_SIMPLIFIED = re.compile("[见积无结节钙气肿变张扩实间们这为诊淋叶纵对称显检查术后门脉脏两侧肾肤]")


def detect_language(text: str, sample: int = 4000) -> str:
    """``ja``, ``zh`` or ``en`` from the script mix of (the start of) ``text``.

    Kana means Japanese; Han characters without kana mean Chinese when simplified-only
    characters occur, else Japanese (kanji-only phrases such as 「肺気腫。」); otherwise English.
    Mixed text is judged by which script dominates.
    """
    s = text[:sample]
    if s.isascii() or _CJK_ANY.search(s) is None:
        return "en"
    n_ascii = len(s.encode("ascii", "ignore"))
    n_other = len(s) - n_ascii
    if n_ascii > 4 * n_other:  # a few CJK characters in an English report
        return "en"
    if _KANA.search(s) is None:
        # Kanji-only Japanese (「肺気腫。」) vs Chinese: look for simplified-only characters
        return "zh" if _SIMPLIFIED.search(s) else "ja"
    return "ja"


class ParaphraseRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str
    replace: list[str]


class Paraphrases(BaseModel):
    """``lang/<code>/paraphrase.yaml``: phrasings with the same meaning, for training-data
    augmentation (``shoken train --augment N``)."""

    model_config = ConfigDict(extra="forbid")
    language: str
    rules: list[ParaphraseRule] = Field(default_factory=list)

    def model_post_init(self, __context) -> None:
        for r in self.rules:
            try:
                rx = re.compile(r.pattern)
                for rep in r.replace:
                    if max((int(g) for g in re.findall(r"\\g<(\d+)>", rep)), default=0) > rx.groups:
                        raise ValueError(f"replacement {rep!r} refers to a group {r.pattern!r} lacks")
            except re.error as exc:
                raise ValueError(f"invalid regular expression {r.pattern!r}: {exc}") from exc


@lru_cache(maxsize=16)
def load_paraphrases(code: str, path: str | None = None) -> Paraphrases | None:
    """Paraphrase rules for ``code`` (``lang/<code>/paraphrase.yaml``, or a YAML file at
    ``path``); None when the language has none."""
    got = _read(code, "paraphrase.yaml", path, "paraphrase")
    if got is None:
        return None
    data, where = got
    try:
        return Paraphrases(**data)
    except (ValidationError, ValueError, TypeError) as exc:
        raise ShokenError(f"{where}: invalid paraphrase data: {_first_error(exc)}") from exc


def _first_error(exc: Exception) -> str:
    """One line: pydantic's first error (where and what), else the exception's first line."""
    if isinstance(exc, ValidationError):
        e = exc.errors()[0]
        loc = ".".join(str(x) for x in e.get("loc", ()))
        return f"{loc + ': ' if loc else ''}{e['msg']}"
    return str(exc).splitlines()[0]
