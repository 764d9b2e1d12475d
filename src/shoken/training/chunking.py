"""Long reports: sentence-aligned chunks of at most ``max_length`` tokens, no text dropped.

A report is cut into sentences (``。．！？!?``, a ``.`` before whitespace, line
breaks); sentences are tokenized once and packed greedily into chunks whose token
count, special tokens included, is at most ``max_length``. A sentence longer than a
chunk is cut at clause marks (``、，,;；:``), then at character windows, so every
character of the report lands in some chunk. Chunk predictions are combined into a
report prediction by ``max`` (default: a finding is present if some chunk says so,
the natural rule for "does the report mention X") or ``noisy_or``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

_SENT_END = re.compile(r"[。．！？!?]+[」』）)]*|\.(?=\s|$)|\n+")
_CLAUSE = re.compile(r"[、，,;；:：]")


@dataclass(slots=True)
class Chunk:
    """Token ids (special tokens included) and the character span of the text it covers."""

    ids: list[int]
    start: int
    end: int
    spans: list[tuple[int, int]] = field(default_factory=list)  # sentence spans inside


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences; whitespace between them is left out, nothing else is."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _add(text, pos, end, spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


def _encode(tokenizer, texts: list[str]) -> list[list[int]]:
    if not texts:
        return []
    return tokenizer(texts, add_special_tokens=False)["input_ids"]


def _split_long(text: str, span: tuple[int, int], n_tok: int, budget: int, tokenizer) -> list[tuple[tuple[int, int], list[int]]]:
    """Cut one over-long sentence into pieces that each fit ``budget`` tokens."""
    a, b = span
    pieces: list[tuple[int, int]] = []
    pos = a
    for m in _CLAUSE.finditer(text, a, b):
        pieces.append((pos, m.end()))
        pos = m.end()
    pieces.append((pos, b))
    pieces = [p for p in pieces if p[1] > p[0]]
    out: list[tuple[tuple[int, int], list[int]]] = []
    ids_list = _encode(tokenizer, [text[p:q] for p, q in pieces])
    for (p, q), ids in zip(pieces, ids_list):
        if len(ids) <= budget:
            out.append(((p, q), ids))
            continue
        # hard character windows, sized from the token density, re-checked
        n = max(2, math.ceil(len(ids) / budget) + 1)
        step = max(1, math.ceil((q - p) / n))
        s = p
        while s < q:
            e = min(q, s + step)
            sub = _encode(tokenizer, [text[s:e]])[0]
            while len(sub) > budget and e - s > 1:
                e = s + max(1, (e - s) // 2)
                sub = _encode(tokenizer, [text[s:e]])[0]
            out.append(((s, e), sub))
            s = e
    return out


def chunk_text(text: str, tokenizer, max_length: int = 256, overlap: int = 0, focus=None,
               pack: bool = True) -> list[Chunk]:
    """Sentence-aligned chunks of at most ``max_length`` tokens covering all of ``text``
    (with ``focus``, a :class:`~shoken.training.focus.MentionFocus`, only the sentences it
    keeps). ``pack=False`` makes every sentence a chunk of its own (repeated sentences then
    repeat whole chunks, which inference scores once)."""
    cls_id, sep_id = _specials(tokenizer)
    budget = max_length - (cls_id is not None) - (sep_id is not None)
    if budget < 4:
        raise ValueError("max_length too small")
    spans = sentence_spans(text)
    if focus is not None:
        spans = focus.keep(text, spans)
    if not spans:
        return [Chunk(_wrap([], cls_id, sep_id), 0, len(text), [])]
    units: list[tuple[tuple[int, int], list[int]]] = []
    for span, ids in zip(spans, _encode(tokenizer, [text[a:b] for a, b in spans])):
        if len(ids) <= budget:
            units.append((span, ids))
        else:
            units.extend(_split_long(text, span, len(ids), budget, tokenizer))
    chunks: list[Chunk] = []
    i = 0
    n = len(units)
    while i < n:
        ids: list[int] = []
        j = i
        while j < n and len(ids) + len(units[j][1]) <= budget and (pack or j == i):
            ids.extend(units[j][1])
            j += 1
        if j == i:  # cannot happen (units fit), but never loop forever
            ids = units[i][1][:budget]
            j = i + 1
        sub = [u[0] for u in units[i:j]]
        chunks.append(Chunk(_wrap(ids, cls_id, sep_id), sub[0][0], sub[-1][1], sub))
        if j >= n:
            break
        i = max(j - overlap, i + 1) if overlap else j
    return chunks


def _specials(tokenizer) -> tuple[int | None, int | None]:
    cls_id = tokenizer.cls_token_id if tokenizer.cls_token_id is not None else tokenizer.bos_token_id
    sep_id = tokenizer.sep_token_id if tokenizer.sep_token_id is not None else tokenizer.eos_token_id
    return cls_id, sep_id


def _wrap(ids: list[int], cls_id, sep_id) -> list[int]:
    return ([cls_id] if cls_id is not None else []) + ids + ([sep_id] if sep_id is not None else [])


def covered(text: str, chunks: list[Chunk]) -> bool:
    """True when every non-space character of ``text`` lies in some chunk's sentences."""
    mask = np.zeros(len(text), dtype=bool)
    for c in chunks:
        for a, b in c.spans:
            mask[a:b] = True
    return all(mask[i] or text[i].isspace() for i in range(len(text)))


# --- combining chunk predictions ---------------------------------------------------------

def combine_logits(chunk_logits: np.ndarray, how: str = "max") -> np.ndarray:
    """(n_chunks, n_labels) logits -> (n_labels,) report logits."""
    z = np.asarray(chunk_logits, dtype=np.float64)
    if z.shape[0] == 1:
        return z[0]
    if how == "max":
        return z.max(axis=0)
    if how == "noisy_or":
        log1mp = -np.logaddexp(0.0, z).sum(axis=0)  # log(1 - p) = sum log sigmoid(-z)
        log1mp = np.minimum(log1mp, -1e-12)
        return np.log(-np.expm1(log1mp)) - log1mp
    raise ValueError(f"combine must be 'max' or 'noisy_or', got {how!r}")


def combine_logits_torch(chunk_logits, how: str = "max"):
    """The same as :func:`combine_logits` on a torch tensor (differentiable), for training."""
    import torch

    if chunk_logits.shape[0] == 1:
        return chunk_logits[0]
    if how == "max":
        return chunk_logits.max(dim=0).values
    log1mp = torch.nn.functional.logsigmoid(-chunk_logits).sum(dim=0).clamp(max=-1e-6)
    return torch.log(-torch.expm1(log1mp)) - log1mp
