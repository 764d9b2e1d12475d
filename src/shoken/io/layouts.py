"""Column layouts users already have, recognised automatically.

=============  ================================================  ==============
layout         text columns                                      id column
=============  ================================================  ==============
plain          ``text``                                          ``id``
CT-RATE        ``Findings_EN`` + ``Impressions_EN``              ``AccessionNo`` else ``VolumeName``
CT-RATE-JPN    ``Findings_JPN*`` + ``Impressions_JPN*``          ``VolumeName``
CT-CLIP        ``report_text`` (impression after a ``"``)        ``AccessionNo``
=============  ================================================  ==============

When a file carries both English and Japanese text (as CT-RATE-JPN files do),
Japanese is used unless ``language="en"`` is asked for; ``--text-column``
always wins.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from shoken.core.errors import InputError

# An accession number identifies a report; a CT-RATE VolumeName identifies a scan (several
# reconstructions can share one report), so AccessionNo wins when a file has both.
ID_CANDIDATES = ("id", "AccessionNo", "VolumeName", "report_id", "study_id")


@dataclass(frozen=True)
class Layout:
    name: str
    text_columns: tuple[str, ...]
    id_column: str | None
    #: section name per text column (findings / impression); None = unnamed
    section_names: tuple[str | None, ...] = field(default=())
    #: CT-CLIP: one column holding "findings" + '"' + impression parts
    split_quote: bool = False
    language: str | None = None


def section_of(col: str, default: str | None = None) -> str | None:
    """``findings`` / ``impression`` for CT-RATE-style column names (Findings_EN, Impressions_JPN_MT…)."""
    low = col.lower()
    if low.startswith("finding"):
        return "findings"
    if low.startswith("impression"):
        return "impression"
    return default


def _pick(columns: list[str], prefix: str) -> str | None:
    """Exact ``prefix`` column, else the most-revised variant (Checked > Revised > MT > other)."""
    if prefix in columns:
        return prefix
    variants = [c for c in columns if c.startswith(prefix + "_")]
    for suffix in ("_Checked", "_Revised", "_MT"):
        for c in variants:
            if c.endswith(suffix):
                return c
    return variants[0] if variants else None


def resolve_layout(columns: list[str], text_columns: list[str] | tuple[str, ...] | None = None,
                   id_column: str | None = None, language: str | None = None,
                   path: object = None) -> Layout:
    cols = list(columns)
    if id_column is not None and id_column not in cols:
        raise InputError(f"id column not found; columns are: {', '.join(cols)}",
                         path=path, column=id_column)
    if id_column is None:
        id_column = next((c for c in ID_CANDIDATES if c in cols), None)

    if text_columns:
        for c in text_columns:
            if c not in cols:
                raise InputError(f"text column not found; columns are: {', '.join(cols)}",
                                 path=path, column=c)
        secs = tuple(section_of(c) for c in text_columns)
        return Layout("custom", tuple(text_columns), id_column, secs, language=language)

    if "text" in cols:
        return Layout("plain", ("text",), id_column, (None,), language=language)

    def ctrate(suffix: str, lang: str) -> Layout | None:
        f, i = _pick(cols, f"Findings_{suffix}"), _pick(cols, f"Impressions_{suffix}")
        chosen = tuple(c for c in (f, i) if c)
        if not chosen:
            return None
        name = "CT-RATE-JPN" if suffix == "JPN" else "CT-RATE"
        return Layout(name, chosen, id_column, tuple(section_of(c) for c in chosen), language=lang)

    ja, en = ctrate("JPN", "ja"), ctrate("EN", "en")
    if language == "en" and en:
        return en
    if language == "ja" and ja:
        return ja
    if ja or en:
        return ja or en  # type: ignore[return-value]
    if "report_text" in cols:
        return Layout("CT-CLIP", ("report_text",), id_column, ("findings",), split_quote=True,
                      language=language)
    raise InputError(
        "no report text column found: name it 'text' or pass --text-column "
        f"(columns are: {', '.join(cols)})", path=path, column="text")
