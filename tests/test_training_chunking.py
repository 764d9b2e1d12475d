"""Long-report chunking: sentence-aligned, within max_length, no text dropped; combining."""
from __future__ import annotations

import numpy as np
import pytest

from shoken.training.chunking import chunk_text, combine_logits, covered, sentence_spans


class CharTokenizer:
    """One token per non-space character; enough to test packing without transformers."""

    cls_token_id, sep_token_id, bos_token_id, eos_token_id, pad_token_id = 1, 2, None, None, 0

    def __call__(self, texts, add_special_tokens=False):
        return {"input_ids": [[10 + (ord(c) % 1000) for c in t if not c.isspace()] for t in texts]}


TOK = CharTokenizer()


def test_sentence_spans_keep_every_character():
    text = "胸水を認める。心拡大なし！\nNo nodule. Size 3.5 mm is stable?  End"
    spans = sentence_spans(text)
    got = "".join(text[a:b] for a, b in spans)
    assert got.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert text[spans[0][0]:spans[0][1]] == "胸水を認める。"
    assert any("3.5 mm" in text[a:b] for a, b in spans)  # no split inside a decimal


@pytest.mark.parametrize("max_length", [8, 16, 40, 512])
def test_chunks_fit_and_cover(max_length):
    text = "".join(f"所見{i}は認めない。" for i in range(60)) + "A" * 100 + "。 Tail sentence."
    chunks = chunk_text(text, TOK, max_length)
    assert all(len(c.ids) <= max_length for c in chunks)
    assert covered(text, chunks)
    assert all(c.ids[0] == 1 and c.ids[-1] == 2 for c in chunks)
    # the ids are exactly the text's tokens in order: nothing dropped, nothing repeated
    inner = [i for c in chunks for i in c.ids[1:-1]]
    assert inner == TOK([text])["input_ids"][0]
    if max_length == 512:
        assert len(chunks) == 2  # 60 * 8 + 100 + ... tokens


def test_sentences_are_not_split_when_they_fit():
    text = "あいうえお。かきくけこ。さしすせそ。"
    chunks = chunk_text(text, TOK, 2 + 12)
    assert [text[c.start:c.end] for c in chunks] == ["あいうえお。かきくけこ。", "さしすせそ。"]


def test_overlap_repeats_sentences():
    text = "".join(f"文{i:02d}です。" for i in range(20))
    chunks = chunk_text(text, TOK, 2 + 14, overlap=1)
    assert covered(text, chunks)
    assert chunks[1].spans[0] == chunks[0].spans[-1]


def test_empty_text_gives_one_chunk():
    chunks = chunk_text("   ", TOK, 16)
    assert len(chunks) == 1 and chunks[0].ids == [1, 2]


def test_combine_max_and_noisy_or():
    z = np.array([[-3.0, 2.0], [1.0, -4.0]])
    assert np.allclose(combine_logits(z, "max"), [1.0, 2.0])
    p = 1 / (1 + np.exp(-z))
    no = 1 - np.prod(1 - p, axis=0)
    got = 1 / (1 + np.exp(-combine_logits(z, "noisy_or")))
    assert np.allclose(got, no)
    assert np.allclose(combine_logits(z[:1], "noisy_or"), z[0])


def test_real_tokenizer_long_report(tmp_path):
    pytest.importorskip("transformers")
    from transformers import AutoTokenizer

    from shoken.training.testing import make_tiny_backbone

    tok = AutoTokenizer.from_pretrained(make_tiny_backbone(tmp_path / "bb"))
    text = " ".join(["The trachea and both main bronchi are patent."] * 40) + " 両側に胸水を認める。" * 30
    chunks = chunk_text(text, tok, 64)
    assert len(chunks) > 5
    assert all(len(c.ids) <= 64 for c in chunks)
    assert covered(text, chunks)
    assert chunks[0].ids[0] == tok.cls_token_id and chunks[-1].ids[-1] == tok.sep_token_id
