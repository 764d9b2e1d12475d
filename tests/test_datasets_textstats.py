"""Text statistics against numbers computed by hand on tiny texts."""
from __future__ import annotations

import csv
import json
import math

import pytest

from shoken.cli import main
from shoken.datasets.textstats import mean_sd, report_stats, text_stats, textstats_file
from shoken.datasets.tokenize import guess_language, sentences, tokenize

pytest.importorskip("fugashi")

JA1 = "右肺に結節を認めます。"                      # 11 chars; words 右肺/に/結節/を/認め/ます
JA2 = "右肺に結節を認めます。右肺に結節を認めます。"  # 22 chars; 12 words, 6 distinct; 2 sentences
EN1 = "The left lung is clear."                     # 19 non-space chars, 5 words, 5 distinct
EN2 = "The lung and the lung. No effusion."         # 29 chars, 7 words, 5 distinct, 2 sentences


def test_tokenizers_by_hand():
    assert tokenize(JA1, "ja") == ["右肺", "に", "結節", "を", "認め", "ます", "。"]
    assert tokenize(JA1, "ja", punctuation=False) == ["右肺", "に", "結節", "を", "認め", "ます"]
    assert tokenize("A 3.5 mm non-calcified nodule.", "en") == ["A", "3.5", "mm", "non-calcified",
                                                                 "nodule", "."]
    assert tokenize("右肺结节3mm。", "zh") == ["右", "肺", "结", "节", "3mm", "。"]
    assert tokenize("", "ja") == []


def test_sentences_by_hand():
    assert sentences("No effusion. Lungs are clear.\nHeart normal") == [
        "No effusion.", "Lungs are clear.", "Heart normal"]
    assert sentences("A 3.5 mm nodule.") == ["A 3.5 mm nodule."]  # no split inside 3.5
    assert sentences(JA2) == [JA1, JA1]
    assert sentences("胸水なし。\n\n・心拡大なし") == ["胸水なし。", "・心拡大なし"]


def test_report_stats_by_hand():
    assert report_stats(EN1, "en") == {"characters": 19, "words": 5, "sentences": 1, "ttr": 1.0}
    s = report_stats(EN2, "en")
    assert (s["characters"], s["words"], s["sentences"]) == (29, 7, 2)
    assert s["ttr"] == pytest.approx(5 / 7)  # the, lung, and, no, effusion ("The" == "the")
    assert report_stats(EN1, "en", count_whitespace=True)["characters"] == 23
    s = report_stats(JA2, "ja")
    assert (s["characters"], s["words"], s["sentences"], s["ttr"]) == (22, 12, 2, 0.5)


def test_mean_sd():
    assert mean_sd([19, 29]) == (24, pytest.approx(math.sqrt(50)))  # sample SD: 7.0711
    m, sd = mean_sd([3.0])
    assert m == 3.0 and math.isnan(sd)


def test_text_stats_columns_side_by_side():
    rows = [(1, {"Findings_EN": EN1, "Findings_JPN_MT": JA1}),
            (2, {"Findings_EN": EN2, "Findings_JPN_MT": JA2}),
            (3, {"Findings_EN": "", "Findings_JPN_MT": ""})]
    en, ja = text_stats(rows, ["Findings_EN", "Findings_JPN_MT"])
    assert (en.language, ja.language) == ("en", "ja")
    e, j = en.summary(), ja.summary()
    assert (e["n"], e["n_empty"]) == (2, 1)
    # English: chars (19, 29), words (5, 7), sentences (1, 2), TTR (1, 5/7)
    assert e["characters"]["mean"] == 24 and e["characters"]["sd"] == pytest.approx(7.0710678)
    assert e["words"]["mean"] == 6 and e["words"]["sd"] == pytest.approx(1.4142136)
    assert e["sentences"]["mean"] == 1.5 and e["sentences"]["sd"] == pytest.approx(0.7071068)
    assert e["ttr"]["mean"] == pytest.approx(6 / 7) and e["ttr"]["sd"] == pytest.approx(0.2020305)
    # Japanese: chars (11, 22), words (6, 12), sentences (1, 2), TTR (1, 0.5)
    assert j["characters"]["mean"] == 16.5 and j["characters"]["sd"] == pytest.approx(7.7781746)
    assert j["words"]["mean"] == 9 and j["words"]["sd"] == pytest.approx(4.2426407)
    assert j["ttr"]["mean"] == 0.75 and j["ttr"]["sd"] == pytest.approx(0.3535534)


def test_language_guess():
    assert guess_language([], "Findings_JPN_Revised") == "ja"
    assert guess_language([], "Impressions_ZH_MT") == "zh"
    assert guess_language(["右肺に結節"], "text") == "ja"
    assert guess_language(["右肺结节"], "text") == "zh"
    assert guess_language(["No nodule."], "text") == "en"


def test_textstats_cli(tmp_path, capsys):
    f = tmp_path / "t.csv"
    with open(f, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["VolumeName", "Findings_EN", "Findings_JPN_MT"])
        w.writerow(["a", EN1, JA1])
        w.writerow(["b", EN2, JA2])
    assert main(["textstats", str(f), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [o["column"] for o in out] == ["Findings_EN", "Findings_JPN_MT"]
    assert out[1]["words"]["mean"] == 9
    res = tmp_path / "stats.csv"
    assert main(["textstats", str(f), "-c", "Findings_JPN_MT", "--lang", "Findings_JPN_MT=ja",
                 "-o", str(res)]) == 0
    table = capsys.readouterr().out
    assert "type/token ratio" in table and "16.5 (7.8)" in table
    with open(res, newline="", encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    assert got[0]["column"] == "Findings_JPN_MT" and float(got[0]["characters_mean"]) == 16.5
    assert main(["textstats", str(f), "-c", "Nope"]) == 2
    err = capsys.readouterr().err
    assert "'Nope'" in err and "Traceback" not in err


def test_textstats_file_defaults(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(json.dumps({"id": "1", "text": EN1}) + "\n", encoding="utf-8")
    (st,) = textstats_file(f)
    assert st.column == "text" and st.summary()["words"]["mean"] == 5
