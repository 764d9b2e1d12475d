"""Property-based tests of every reader (CSV, TSV, JSONL, Parquet, TXT): arbitrary Unicode
and control characters round-trip exactly; arbitrary bytes and JSON give reports or a
one-line ShokenError, never another exception."""
import csv
import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoken.core.errors import ShokenError
from shoken.io import read_reports

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
one_line = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=300)


def write(tmp, kind, texts):
    path = tmp / f"{uuid.uuid4().hex}.{kind}"
    ids = [f"r{i}" for i in range(len(texts))]
    if kind in ("csv", "tsv"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t" if kind == "tsv" else ",")
            w.writerow(["id", "text"])
            w.writerows(zip(ids, texts))
    elif kind == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            for i, t in zip(ids, texts):
                fh.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    elif kind == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"id": pa.array(ids, pa.string()), "text": pa.array(texts, pa.string())}), path)
    else:
        path.write_text("".join(t + "\n" for t in texts), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["csv", "tsv", "jsonl", "parquet"])
@SETTINGS
@given(texts=st.lists(any_text, min_size=1, max_size=8))
def test_texts_round_trip(tmp_path, kind, texts):
    reports = list(read_reports(write(tmp_path, kind, texts)))
    assert [r.text for r in reports] == texts
    assert [r.id for r in reports] == [f"r{i}" for i in range(len(texts))]


@SETTINGS
@given(texts=st.lists(one_line, min_size=1, max_size=8))
def test_txt_round_trip(tmp_path, texts):
    reports = list(read_reports(write(tmp_path, "txt", texts)))
    assert [r.text for r in reports] == texts
    assert [r.id for r in reports] == [str(i + 1) for i in range(len(texts))]


def test_huge_and_empty_cells(tmp_path):
    huge = "胸水を認める。" * 300_000  # ~2.1 M characters in one cell
    for kind in ("csv", "jsonl", "parquet"):
        reports = list(read_reports(write(tmp_path, kind, [huge, "", " "])))
        assert [len(r.text) for r in reports] == [len(huge), 0, 1]


@pytest.mark.parametrize("ext", ["csv", "tsv", "jsonl", "txt", "parquet"])
@SETTINGS
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_never_crash(tmp_path, ext, data):
    path = tmp_path / f"{uuid.uuid4().hex}.{ext}"
    path.write_bytes(data)
    try:
        for r in read_reports(path):
            assert isinstance(r.text, str) and isinstance(r.id, str)
    except ShokenError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | any_text,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.sampled_from(["id", "text", "x"]), c, max_size=3),
    max_leaves=8)


@SETTINGS
@given(rows=st.lists(json_values, min_size=1, max_size=6))
def test_arbitrary_json_lines_never_crash(tmp_path, rows):
    path = tmp_path / f"{uuid.uuid4().hex}.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    try:
        for r in read_reports(path, text_columns=["text"]):
            assert isinstance(r.text, str)
    except ShokenError:
        pass
