import json

import pytest

from shoken.core.errors import InputError
from shoken.core.schema import load_schema
from shoken.engines import make_engine
from shoken.io import open_writer, read_reports


def _ids_texts(path, **kw):
    return [(r.id, r.text) for r in read_reports(path, **kw)]


def test_csv_tsv_jsonl_txt(tmp_path):
    (tmp_path / "a.csv").write_text('id,text\n1,"胸水を認める。"\n2,"No effusion,\nno nodule."\n', encoding="utf-8")
    (tmp_path / "a.tsv").write_text("id\ttext\n1\t胸水を認める。\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 7, "text": "胸水"}, ensure_ascii=False) + "\n\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("胸水を認める。\nNo effusion.\n", encoding="utf-8")
    assert _ids_texts(tmp_path / "a.csv") == [("1", "胸水を認める。"), ("2", "No effusion,\nno nodule.")]
    assert _ids_texts(tmp_path / "a.tsv") == [("1", "胸水を認める。")]
    assert _ids_texts(tmp_path / "a.jsonl") == [("7", "胸水")]
    assert _ids_texts(tmp_path / "a.txt") == [("1", "胸水を認める。"), ("2", "No effusion.")]


def test_parquet_roundtrip(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["a", "b"], "text": ["胸水を認める。", None]}), tmp_path / "in.parquet")
    reader = read_reports(tmp_path / "in.parquet")
    reps = list(reader)
    assert [r.id for r in reps] == ["a", "b"] and reps[1].text == "" and reader.n_empty == 1
    eng = make_engine("rules")
    with open_writer(tmp_path / "out.parquet", eng.schema) as w:
        w.write(eng.label(reps))
    t = pq.read_table(tmp_path / "out.parquet")
    assert t.column_names[:2] == ["id", "Medical material"] and t.column_names[-1] == "result"
    assert t.column("Pleural effusion").to_pylist() == [1, 0]
    assert json.loads(t.column("result")[0].as_py())["findings"]["Pleural effusion"]["state"] == "positive"


def test_layouts(tmp_path):
    p = tmp_path / "ct.csv"
    p.write_text("VolumeName,Findings_EN,Impressions_EN,Findings_JPN,Impressions_JPN\n"
                 "v1,No effusion.,Normal.,胸水は認めない。,正常。\n", encoding="utf-8")
    r = next(iter(read_reports(p)))
    assert r.id == "v1" and r.text == "胸水は認めない。\n\n正常。"
    assert r.text[slice(*r.sections["impression"])] == "正常。"
    r_en = next(iter(read_reports(p, language="en")))
    assert r_en.text.startswith("No effusion.")
    clip = tmp_path / "clip.csv"
    clip.write_text('AccessionNo,report_text\ntrain_1,"Lungs clear.""Normal study.""No effusion."\n', encoding="utf-8")
    r2 = next(iter(read_reports(clip)))
    assert r2.id == "train_1"
    assert r2.text[slice(*r2.sections["impression"])] == "Normal study.\nNo effusion."
    mt = tmp_path / "mt.csv"
    mt.write_text("id,Findings_JPN_MT,Findings_JPN_Revised\n1,a,b\n", encoding="utf-8")
    assert next(iter(read_reports(mt))).text == "b"
    multi = _ids_texts(p, text_columns=["Findings_JPN", "Impressions_JPN"])
    assert multi == [("v1", "胸水は認めない。\n\n正常。")]


@pytest.mark.parametrize("name, body, kw, expect", [
    ("missing.csv", "id,txt\n1,a\n", {}, "column 'text'"),
    ("missing2.csv", "id,text\n1,a\n", {"text_columns": ["Findings"]}, "column 'Findings'"),
    ("empty.csv", "", {}, "file is empty"),
    ("dup.csv", "id,text\n1,a\n1,b\n", {}, "row 2, column 'id': duplicate id '1'"),
    ("short.csv", "id,text,x\n1,a,b\n2,c\n", {}, "row 2"),
    ("bad.jsonl", '{"id": 1, "text": "a"}\n{"id": 2, "text": \n', {}, "row 2: not valid JSON"),
    ("arr.jsonl", "[1, 2]\n", {}, "JSON object"),
    ("x.docx", "id,text\n", {}, "cannot tell the format"),
    ("emptyid.csv", "id,text\n,a\n", {}, "empty id"),
])
def test_bad_input_one_line(tmp_path, name, body, kw, expect):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as ei:
        list(read_reports(p, **kw))
    msg = str(ei.value)
    assert expect in msg and name in msg and "\n" not in msg


def test_bad_encoding_names_row(tmp_path):
    p = tmp_path / "sjis.csv"
    p.write_bytes("id,text\n1,abc\n2,胸水を認める\n".encode("cp932"))
    with pytest.raises(InputError, match=r"line 3: cannot decode.*cp932"):
        list(read_reports(p))
    assert [r.text for r in read_reports(p, encoding="cp932")][1] == "胸水を認める"


def test_writer_is_atomic(tmp_path):
    schema = load_schema()
    out = tmp_path / "o.csv"
    out.write_text("old", encoding="utf-8")
    eng = make_engine("rules")
    with pytest.raises(RuntimeError):
        with open_writer(out, schema) as w:
            w.write(eng.label(["胸水"]))
            raise RuntimeError("crash")
    assert out.read_text(encoding="utf-8") == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_long_and_empty_reports():
    eng = make_engine("rules")
    long = ("右肺に結節を認める。" * 2000 + "胸水は認めない。") * 5
    assert len(long) > 100_000
    empty, big = eng.label(["   ", long])
    assert all(f.state.value == "absent" for f in empty.findings.values())
    assert big.findings["Lung nodule"].label == 1
    assert big.findings["Pleural effusion"].state.value == "negative"
