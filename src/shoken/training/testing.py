"""Tiny models and synthetic data for tests and smoke runs (no downloads, seconds on a CPU).

* :func:`make_tiny_backbone` writes a 2-layer BERT (hidden 32) with a WordPiece
  tokenizer trained by the ``tokenizers`` library on synthetic report sentences.
* :func:`make_synthetic_reports` writes a CT-RATE-JPN-style CSV (``AccessionNo``,
  ``Findings_EN``, ``Impressions_EN``, ``Findings_JPN``, ``Impressions_JPN`` + one
  0/1 column per finding) from templates: each finding is either stated, denied or
  not mentioned.

The sentences are written for this module; they come from no dataset.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

#: finding -> (en positive, en negative, ja positive, ja negative)
PHRASES = {
    "Pleural effusion": ("Bilateral pleural effusion is seen.", "No pleural effusion.",
                         "両側に胸水を認める。", "胸水は認めない。"),
    "Cardiomegaly": ("The heart is enlarged, cardiomegaly.", "Heart size is normal.",
                     "心拡大を認める。", "心拡大は認めない。"),
    "Lung nodule": ("A 7 mm nodule in the right upper lobe.", "No pulmonary nodule.",
                    "右上葉に7mmの結節を認める。", "肺結節は認めない。"),
    "Emphysema": ("Emphysematous changes in both lungs.", "No emphysema.",
                  "両肺に肺気腫を認める。", "肺気腫は認めない。"),
    "Atelectasis": ("Subsegmental atelectasis in the left lower lobe.", "No atelectasis.",
                    "左下葉に無気肺を認める。", "無気肺なし。"),
}
FILLER = [
    ("The trachea and both main bronchi are patent.", "気管および両側主気管支は開存している。"),
    ("The thoracic aorta has a normal diameter.", "胸部大動脈径は正常である。"),
    ("The thyroid gland is unremarkable.", "甲状腺に異常なし。"),
    ("The visualised upper abdomen is normal.", "撮像範囲の上腹部に異常なし。"),
    ("No destructive bone lesion.", "骨破壊性病変なし。"),
]


TERMS = {"Pleural effusion": ("pleural effusion", "胸水"), "Cardiomegaly": ("cardiomegaly|heart size", "心拡大"),
         "Lung nodule": ("nodule", "結節"), "Emphysema": ("emphysema", "肺気腫"),
         "Atelectasis": ("atelectasis", "無気肺")}


def tiny_schema_yaml(path: str | Path, names: list[str] | None = None) -> Path:
    """A schema file with the given findings (default: the five of :data:`PHRASES`)."""
    names = names or list(PHRASES)
    lines = ["name: tiny", "description: test schema", "findings:"]
    for n in names:
        en, ja = TERMS.get(n, (n.lower(), n))
        lines += [f"  - name: {n}", "    terms:", f"      en: ['{en}']", f"      ja: ['{ja}']"]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Path(path)


def make_synthetic_reports(path: str | Path, n: int = 120, *, seed: int = 0, names: list[str] | None = None,
                           long_every: int = 0, extra_columns: list[str] | None = None) -> Path:
    """Write ``n`` synthetic reports with labels. ``long_every=k``: every k-th report is
    made long (filler repeated) so it needs several chunks."""
    names = names or list(PHRASES)
    rng = random.Random(seed)
    cols = ["AccessionNo", "Findings_EN", "Impressions_EN", "Findings_JPN", "Impressions_JPN", *names,
            *(extra_columns or [])]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for i in range(n):
            en, ja, labels = [], [], []
            for name in names:
                r = rng.random()
                ph = PHRASES[name]
                if r < 0.4:
                    en.append(ph[0]); ja.append(ph[2]); labels.append(1)
                elif r < 0.7:
                    en.append(ph[1]); ja.append(ph[3]); labels.append(0)
                else:
                    labels.append(0)
                if rng.random() < 0.5:
                    f = rng.choice(FILLER)
                    en.append(f[0]); ja.append(f[1])
            if long_every and i % long_every == 0:
                for _ in range(12):
                    f = rng.choice(FILLER)
                    en.insert(0, f[0]); ja.insert(0, f[1])
            order = list(range(len(en)))
            rng.shuffle(order)
            en = [en[k] for k in order]
            ja = [ja[k] for k in order]
            w.writerow([f"train_{i + 1}", " ".join(en), "Impression noted.", "".join(ja), "所見は上記の通り。",
                        *labels, *(["0"] * len(extra_columns or []))])
    return Path(path)


def _corpus() -> list[str]:
    out = []
    for ph in PHRASES.values():
        out.extend(ph)
    for f in FILLER:
        out.extend(f)
    out += ["Impression noted.", "所見は上記の通り。"]
    return out


def make_tiny_backbone(folder: str | Path, *, layers: int = 2, hidden: int = 32, max_positions: int = 128) -> Path:
    """Write a randomly initialised tiny BERT + WordPiece tokenizer loadable by ``from_pretrained``."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Whitespace(),
                                                 pre_tokenizers.Split("。", behavior="isolated")])
    trainer = trainers.WordPieceTrainer(vocab_size=400, special_tokens=specials, min_frequency=1)
    tok.train_from_iterator(_corpus() * 3, trainer)
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
                                                       special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", cls_token="[CLS]",
                                   sep_token="[SEP]", pad_token="[PAD]", mask_token="[MASK]",
                                   model_max_length=max_positions)
    fast.save_pretrained(folder)
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=hidden, num_hidden_layers=layers,
                        num_attention_heads=2, intermediate_size=hidden * 2,
                        max_position_embeddings=max_positions, pad_token_id=0)
    BertModel(config).save_pretrained(folder)
    return folder
