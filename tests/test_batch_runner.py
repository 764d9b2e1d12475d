"""The streaming batch runner behind `shoken label`: same files as the plain writers,
worker processes, resume from the journal, never a half-written output."""
import csv
import json

import pytest

from shoken.core.errors import InputError
from shoken.engines import make_engine
from shoken.io import open_writer, read_reports
from shoken.serving import synthetic
from shoken.serving.batch import count_reports, journal_path, run_batch


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("batch-in")
    return {ext: synthetic.write(d / f"in{ext}", 700, seed=5) for ext in (".csv", ".jsonl", ".parquet")}


def reference(inp, out):
    eng = make_engine("rules")
    with open_writer(out, eng.schema) as w:
        w.write(eng.label(list(read_reports(inp))))
    return out


def table(path):
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("ext", [".csv", ".tsv", ".jsonl", ".parquet"])
def test_same_output_as_label_writer(inputs, tmp_path, ext):
    ref = reference(inputs[".csv"], tmp_path / f"ref{ext}")
    out = tmp_path / f"out{ext}"
    res = run_batch(inputs[".csv"], out, chunk_size=128)
    assert res.n_reports == 700 and res.n_resumed == 0 and res.n_chunks == 6
    if ext == ".parquet":
        assert table(out) == table(ref)
    else:
        assert out.read_bytes() == ref.read_bytes()
    assert not journal_path(out).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([ref.name, out.name])


def test_two_workers_match_one(inputs, tmp_path):
    one = run_batch(inputs[".parquet"], tmp_path / "one.jsonl", chunk_size=100)
    two = run_batch(inputs[".parquet"], tmp_path / "two.jsonl", chunk_size=100, workers=2)
    assert one.n_reports == two.n_reports == 700
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


class Stop(KeyboardInterrupt):
    pass


def interrupt_after(n_chunks):
    seen = []

    def progress(done, total, labeled):
        seen.append(done)
        if len(seen) == n_chunks:
            raise Stop()
    return progress


def test_resume_after_interrupt(inputs, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old output\n")  # an earlier run's output stays whole until the new one is ready
    with pytest.raises(Stop):
        run_batch(inputs[".jsonl"], out, chunk_size=100, progress=interrupt_after(3))
    assert out.read_text() == "old output\n"
    jdir = journal_path(out)
    assert len(list(jdir.glob("chunk-*.json"))) == 3
    res = run_batch(inputs[".jsonl"], out, chunk_size=100, resume=True)
    assert res.n_resumed == 300 and res.n_reports == 700
    assert any("resuming" in n for n in res.notices)
    assert out.read_bytes() == reference(inputs[".jsonl"], tmp_path / "ref.csv").read_bytes()
    assert not jdir.exists()


def test_resume_with_workers_and_a_stale_chunk(inputs, tmp_path):
    out = tmp_path / "out.parquet"
    with pytest.raises(Stop):
        run_batch(inputs[".csv"], out, chunk_size=100, progress=interrupt_after(4))
    jdir = journal_path(out)
    chunk = jdir / "chunk-00000001.json"
    obj = json.loads(chunk.read_text())
    obj["rows"][0][1] = 9  # tampered or stale: its fingerprint no longer vouches for it
    obj["fp"] = "0" * 32
    chunk.write_text(json.dumps(obj))
    (jdir / ".chunk-00000005.json.123.ab.tmp").write_text("{half")  # a write cut short
    res = run_batch(inputs[".csv"], out, chunk_size=100, resume=True, workers=2)
    assert res.n_resumed == 300
    assert table(out) == table(reference(inputs[".csv"], tmp_path / "ref.parquet"))


def test_without_resume_the_journal_is_discarded(inputs, tmp_path):
    out = tmp_path / "out.csv"
    with pytest.raises(Stop):
        run_batch(inputs[".csv"], out, chunk_size=100, progress=interrupt_after(2))
    res = run_batch(inputs[".csv"], out, chunk_size=100)
    assert res.n_resumed == 0 and any("discarding" in n for n in res.notices)


def test_resume_of_another_input_starts_over(inputs, tmp_path):
    out = tmp_path / "out.csv"
    with pytest.raises(Stop):
        run_batch(inputs[".csv"], out, chunk_size=100, progress=interrupt_after(2))
    other = synthetic.write(tmp_path / "other.csv", 50, seed=99)
    res = run_batch(other, out, chunk_size=100, resume=True)
    assert res.n_resumed == 0 and res.n_reports == 50
    assert any("another input" in n for n in res.notices)
    # other engine settings are another job too
    with pytest.raises(Stop):
        run_batch(inputs[".csv"], out, chunk_size=100, progress=interrupt_after(2))
    res = run_batch(inputs[".csv"], out, chunk_size=100, resume=True,
                    engine_config={"uncertain": "negative"})
    assert res.n_resumed == 0


def test_bad_input_leaves_no_output_and_no_journal(tmp_path):
    inp = tmp_path / "in.csv"
    rows = [["id", "text"]] + [[f"r{i}", "No effusion."] for i in range(300)] + [["r5", "dup"]]
    with open(inp, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    out = tmp_path / "out.csv"
    with pytest.raises(InputError, match="duplicate id"):
        run_batch(inp, out, chunk_size=100)
    assert not out.exists() and not journal_path(out).exists()
    assert list(tmp_path.iterdir()) == [inp]


def test_count_reports(inputs, tmp_path):
    for p in inputs.values():
        assert count_reports(p) == 700
    txt = tmp_path / "a.txt"
    txt.write_text("a\nb\nc")
    assert count_reports(txt) == 3


def test_progress_reports_total_and_order(inputs, tmp_path):
    calls = []
    run_batch(inputs[".csv"], tmp_path / "o.csv", chunk_size=300,
              progress=lambda d, t, n: calls.append((d, t, n)))
    assert calls == [(300, 700, 300), (600, 700, 600), (700, 700, 700)]


def test_cli_workers_and_resume(inputs, tmp_path, capsys):
    from shoken.cli import main

    out = tmp_path / "cli.csv"
    assert main(["label", str(inputs[".csv"]), "-o", str(out), "--workers", "2", "--resume"]) == 0
    err = capsys.readouterr().err
    assert "nothing to resume" in err and "labeled 700 reports" in err
    assert out.read_bytes() == reference(inputs[".csv"], tmp_path / "ref.csv").read_bytes()
    assert main(["label", str(inputs[".csv"]), "-o", str(out), "--workers", "0"]) != 0


def test_cli_progress_bar_shows_rate_and_eta(inputs, tmp_path, capsys):
    from shoken.cli import main

    assert main(["label", str(inputs[".csv"]), "-o", str(tmp_path / "p.csv"), "--batch-size", "64"]) == 0
    err = capsys.readouterr().err
    assert "reports/s" in err and "ETA" in err and "700/700" in err


def test_every_available_engine_through_the_runner(inputs, tmp_path, fake_openai):
    from test_property_engines import engine_specs

    small = synthetic.write(tmp_path / "small.csv", 12, seed=3)
    for name, opts in engine_specs(fake_openai.url):
        out = tmp_path / f"{name}.jsonl"
        res = run_batch(small, out, engine=name, engine_config=opts, chunk_size=5)
        lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert res.n_reports == 12 and [x["id"] for x in lines] == [f"syn-{i:07d}" for i in range(1, 13)]


from fake_openai import fake_openai  # noqa: E402,F401
