"""Synthetic CT-style reports for benchmarks and load tests.

The reports are built from a schema's display names and a few sentence templates
written for this module (no real report text). They look like chest CT reports
closely enough to exercise the rule engine's lexicons and cues, and are
deterministic for a given ``seed``::

    from shoken.serving.synthetic import generate, write

    for rec in generate(3, language="ja", seed=1):
        print(rec["id"], rec["text"])
    write("reports.csv", 100_000, language="mixed")     # csv, jsonl or parquet

Each record is ``{"id": "syn-0000001", "text": ..., "language": "ja"|"en"}``.
"""
from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shoken.core.schema import Schema, load_schema

LANGUAGES = ("ja", "en", "mixed")

_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "positive": ("{f} is seen.", "There is {f} in the {side} {part}.", "Mild {f} is noted.",
                     "{f} is present, unchanged from the prior study."),
        "negative": ("No {f}.", "{f} was not detected.", "There is no evidence of {f}.",
                     "No {f} is seen in the {side} {part}."),
        "uncertain": ("Possible {f}.", "{f} cannot be excluded.", "Findings suspicious for {f}."),
        "filler": ("The trachea and both main bronchi are patent.",
                   "The thyroid gland appears unremarkable.",
                   "Scanned upper abdominal organs are within normal limits.",
                   "Bone structures are age appropriate.",
                   "Mediastinal vascular structures are of normal calibre."),
        "side": ("right", "left", "bilateral"),
        "part": ("upper lobe", "lower lobe", "hemithorax", "lung base"),
        "head": ("Findings: ", "FINDINGS: ", ""),
        "impression": ("Impression: ", "IMPRESSION: "),
    },
    "ja": {
        "positive": ("{f}を認める。", "{side}{part}に{f}を認めます。", "軽度の{f}がみられる。",
                     "{f}あり、前回と著変なし。"),
        "negative": ("{f}は認めない。", "{f}なし。", "明らかな{f}は指摘できない。",
                     "{side}{part}に{f}は認められません。"),
        "uncertain": ("{f}の疑い。", "{f}を否定できない。", "{f}の可能性がある。"),
        "filler": ("気管、両側主気管支の開存は保たれている。", "甲状腺に特記すべき所見なし。",
                   "撮像範囲の上腹部臓器に明らかな異常はない。", "骨に年齢相応の変化がみられる。",
                   "縦隔の血管構造は正常径である。"),
        "side": ("右", "左", "両側"),
        "part": ("上葉", "下葉", "胸腔", "肺底部"),
        "head": ("所見：", "【所見】", ""),
        "impression": ("診断：", "【診断】"),
    },
}


def generate(n: int, *, language: str = "mixed", seed: int = 0,
             schema: "str | Schema" = "ct-rate-18", start: int = 1) -> Iterator[dict[str, Any]]:
    """Yield ``n`` synthetic reports as ``{"id", "text", "language"}`` dicts.

    ``language`` is ``"ja"``, ``"en"`` or ``"mixed"`` (alternating at random).
    Ids are ``syn-<number>`` from ``start``; the same ``seed`` gives the same reports.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")
    if n < 0:
        raise ValueError("n must be >= 0")
    sch = load_schema(schema)
    rng = random.Random(seed)
    names = {lang: [f.display_name(lang) for f in sch.findings] for lang in ("ja", "en")}
    states = ("positive", "negative", "negative", "uncertain")
    for i in range(start, start + n):
        lang = language if language != "mixed" else ("ja" if rng.random() < 0.5 else "en")
        t = _TEMPLATES[lang]
        disp = names[lang]
        k = rng.randint(1, 5)
        sentences = [rng.choice(t["filler"]) for _ in range(rng.randint(1, 3))]
        for fi in rng.sample(range(len(disp)), k=min(k, len(disp))):
            st = rng.choice(states)
            f = disp[fi] if lang == "ja" else disp[fi].lower()
            s = rng.choice(t[st]).format(f=f, side=rng.choice(t["side"]), part=rng.choice(t["part"]))
            sentences.insert(rng.randint(0, len(sentences)), s[0].upper() + s[1:])
        sep = "" if lang == "ja" else " "
        text = rng.choice(t["head"]) + sep.join(sentences)
        if rng.random() < 0.5:
            text += "\n" + rng.choice(t["impression"]) + rng.choice(t["filler"])
        yield {"id": f"syn-{i:07d}", "text": text, "language": lang}


def write(path: str | Path, n: int, *, language: str = "mixed", seed: int = 0,
          schema: "str | Schema" = "ct-rate-18", chunk: int = 65536) -> Path:
    """Write ``n`` synthetic reports to ``path`` (.csv, .tsv, .jsonl or .parquet), streaming.

    Columns: ``id``, ``text``, ``language``.
    """
    path = Path(path)
    ext = path.suffix.lower()
    gen = generate(n, language=language, seed=seed, schema=schema)
    if ext in (".csv", ".tsv"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t" if ext == ".tsv" else ",", lineterminator="\n")
            w.writerow(["id", "text", "language"])
            w.writerows([r["id"], r["text"], r["language"]] for r in gen)
    elif ext in (".jsonl", ".ndjson"):
        with open(path, "w", encoding="utf-8") as fh:
            for r in gen:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif ext in (".parquet", ".pq"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema_pa = pa.schema([("id", pa.string()), ("text", pa.string()), ("language", pa.string())])
        with pq.ParquetWriter(path, schema_pa) as pw:
            buf: list[dict[str, Any]] = []
            for r in gen:
                buf.append(r)
                if len(buf) >= chunk:
                    pw.write_table(pa.Table.from_pylist(buf, schema=schema_pa))
                    buf.clear()
            if buf or n == 0:
                pw.write_table(pa.Table.from_pylist(buf, schema=schema_pa))
    else:
        raise ValueError(f"unsupported extension {ext!r}: use .csv, .tsv, .jsonl or .parquet")
    return path
