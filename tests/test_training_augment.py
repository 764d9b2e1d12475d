"""Training-data augmentation: paraphrased copies keep a report's meaning (and labels)."""
from __future__ import annotations

import json
import random

import pytest

from shoken.core.errors import ShokenError
from shoken.engines import make_engine
from shoken.lang import load_paraphrases
from shoken.training.augment import Paraphraser

# Our own sentences in the translated-report style the rules rewrite, one statement each.
JA = [
    "胸水は認めない。", "心嚢液貯留は認めない。", "右下葉に結節を認める。", "両肺に肺気腫を認める。",
    "縦隔リンパ節腫大は認められない。", "右肺尖部に無気肺がみられる。", "左下葉に浸潤影を認める。",
    "気管支拡張の可能性がある。", "心拡大は認めない。", "冠動脈に石灰化を認める。", "有意なリンパ節腫大はない。",
    "食道裂孔ヘルニアが疑われる。", "大動脈径は正常である。",
]
EN = [
    "Pleural effusion was not observed.", "A nodule is seen in the right lower lobe.",
    "No pericardial effusion.", "Atelectasis is possible in the left lower lobe.",
    "Emphysema was detected in both lungs.", "Consolidation is likely in the right lower lobe.",
]


@pytest.fixture(scope="module")
def rules():
    return make_engine("rules")


def _binary(rules, text, lang):
    from shoken.core.types import Report

    r = rules.label([Report(id="x", text=text, language=lang)])[0]
    return {n: f.label for n, f in r.findings.items()}


@pytest.mark.parametrize("lang,text", [("ja", t) for t in JA] + [("en", t) for t in EN])
def test_every_paraphrase_keeps_the_labels(rules, lang, text):
    """Each copy says the same thing in other words: the rule engine (a separate
    component) reads the same 18 labels from it as from the original."""
    copies = Paraphraser().copies(text, lang, 8, seed=1)
    assert copies, f"no paraphrase for {text!r}"
    want = _binary(rules, text, lang)
    for c in copies:
        assert c != text
        assert _binary(rules, c, lang) == want, f"{text!r} -> {c!r}"


def test_paraphrases_reach_the_forms_radiologists_write():
    got = set(Paraphraser().copies("胸水は認めない。", "ja", 16, seed=0))
    assert {"胸水なし。", "胸水は認めません。"} & got
    assert len(got) >= 8  # polite, telegraphic and other verbs


def test_copies_are_deterministic_and_distinct():
    p = Paraphraser()
    text = "右下葉に結節を認める。胸水は認めない。心嚢液貯留は認めない。"
    a, b = p.copies(text, "ja", 3, seed="s"), p.copies(text, "ja", 3, seed="s")
    assert a == b and len(set(a)) == len(a) == 3
    assert p.copies(text, "ja", 3, seed="other") != a


def test_no_rules_no_copies():
    p = Paraphraser()
    assert p.copies("胸部に異常所見なし", "zh", 2, seed=0) == []  # zh has no paraphrase file
    assert p.copies("The trachea is midline", "en", 0, seed=0) == []
    assert load_paraphrases("zh") is None


def test_bad_paraphrase_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "p.yaml"
    bad.write_text("language: ja\nrules:\n  - pattern: '(unclosed'\n    replace: ['x']\n", encoding="utf-8")
    with pytest.raises(ShokenError, match=r"p\.yaml: invalid paraphrase data"):
        load_paraphrases("ja", str(bad))
    bad.write_text("language: ja\nrules:\n  - pattern: 'は認めない'\n    replace: ['\\g<1>なし']\n", encoding="utf-8")
    with pytest.raises(ShokenError, match="group"):
        load_paraphrases("ja", str(bad))
    with pytest.raises(ShokenError, match="not found"):
        load_paraphrases("ja", str(tmp_path / "missing.yaml"))


def test_paraphrase_uses_a_replacement_or_the_original():
    p = Paraphraser()
    rng = random.Random(3)
    seen = {p.paraphrase("胸水は認めない。", "ja", rng) for _ in range(200)}
    assert "胸水は認めない。" in seen  # the original is one of the choices
    reps = {r for rx, rs in p.rules("ja") if rx.search("胸水は認めない。") for r in rs}
    assert all(s == "胸水は認めない。" or any(s == "胸水" + r + "。" for r in reps) for s in seen)


def test_training_with_augment_copies_only_training_examples(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from shoken.training.config import load_config
    from shoken.training.testing import (
        make_synthetic_reports,
        make_tiny_backbone,
        tiny_schema_yaml,
    )
    from shoken.training.trainer import train

    backbone = make_tiny_backbone(tmp_path / "bb")
    schema = tiny_schema_yaml(tmp_path / "tiny.yaml")
    data = make_synthetic_reports(tmp_path / "train.csv", n=30, seed=4)
    said: list[str] = []
    cfg = load_config(None, data=str(data), schema=str(schema), backbone=str(backbone), out=str(tmp_path / "run"),
                      max_length=48, chunking="sentence", freeze_layers=1, epochs=1, threads=1, seed=0, augment=2)
    train(cfg, progress=said.append)
    line = next(m for m in said if m.startswith("augment:"))
    internal = next(m for m in said if m.startswith("data:"))
    n_train_reports = int(internal.split("internal split ")[1].split(" train")[0])
    # "augment: C paraphrased copies of A of T training examples": T counts only the
    # training part of the internal split (both languages), never its validation reports
    words = line.split()
    copies, augmented, total = int(words[1]), int(words[5]), int(words[7])
    assert total == 2 * n_train_reports
    assert 0 < augmented <= total and augmented < copies <= 2 * augmented
    assert json.loads((tmp_path / "run" / "config.json").read_text())["augment"] == 2
    with pytest.raises(ShokenError, match="augment"):
        load_config(None, augment=-1)


def test_broken_yaml_in_a_language_file_is_one_clear_error(tmp_path):
    from shoken.lang import load_language

    bad = tmp_path / "broken.yaml"
    bad.write_text("language: ja\nrules: [unclosed\n", encoding="utf-8")
    for load in (load_paraphrases, load_language):
        with pytest.raises(ShokenError, match=r"broken\.yaml: not valid YAML"):
            load("ja", str(bad))
