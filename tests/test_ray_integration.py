"""shoken.integrations.ray on a local Ray instance (one per module: start-up is slow)."""
import json
import os
import sys
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from shoken.core.errors import ShokenError  # noqa: E402
from shoken.engines import make_engine  # noqa: E402
from shoken.integrations.ray import (ShokenLabeler, label_dataset, label_file, read_dataset,  # noqa: E402
                                     write_dataset)
from shoken.serving import synthetic  # noqa: E402
from shoken.serving.batch import run_batch  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    from ray import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the test labeler below
    ray.init(address="local", num_cpus=2, include_dashboard=False, object_store_memory=150 * 1024 ** 2,
             log_to_driver=False, logging_level="WARNING")
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.execution_options.preserve_order = True
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("ray-in")
    return {ext: synthetic.write(d / f"in{ext}", 400, seed=21) for ext in (".csv", ".jsonl", ".parquet")}


class CountingLabeler(ShokenLabeler):
    """Leaves one file per engine build in $SHOKEN_TEST_BUILDS."""

    def build_engine(self, engine, config):
        folder = Path(config.pop("_builds"))
        (folder / f"{os.getpid()}-{id(self)}").touch()
        return super().build_engine(engine, config)


def test_label_dataset_matches_the_engine_and_builds_once_per_actor(local_ray, tmp_path):
    texts = [f"Case {i}: {'no ' if i % 3 else ''}pleural effusion. 胸水{'なし' if i % 2 else 'あり'}。"
             for i in range(300)]
    ds = ray.data.from_items([{"id": f"c{i}", "text": t} for i, t in enumerate(texts)], override_num_blocks=6)
    out = label_dataset(ds, engine="rules", engine_config={"_builds": str(tmp_path)}, batch_size=10,
                        concurrency=1, labeler=CountingLabeler).take_all()
    eng = make_engine("rules")
    want = eng.label(texts)
    assert [r["id"] for r in out] == [f"c{i}" for i in range(300)]
    for row, res in zip(out, want):
        d = res.to_dict()
        d["id"] = row["id"]
        assert json.loads(row["result"]) == d
        assert [row[n] for n in eng.schema.names] == [res.findings[n].label for n in eng.schema.names]
    assert len(list(tmp_path.iterdir())) == 1  # 6 blocks x 3 batches, one engine


@pytest.mark.parametrize("ext", [".csv", ".jsonl"])  # Parquet input: test_shards_read_and_write
def test_label_file_equals_the_local_runner(local_ray, data, tmp_path, ext):
    inp = data[ext]
    out = tmp_path / "ray.jsonl"
    res = label_file(inp, out, address="local")
    assert res.n_reports == 400
    ref = run_batch(inp, tmp_path / "ref.jsonl").output
    assert out.read_bytes() == ref.read_bytes()


def test_cli_label_ray_local(local_ray, data, tmp_path, capsys):
    from shoken.cli import main

    out = tmp_path / "cli.csv"
    assert main(["label", str(data[".csv"]), "-o", str(out), "--ray", "local", "-q"]) == 0
    assert "on Ray (local)" in capsys.readouterr().err
    ref = run_batch(data[".csv"], tmp_path / "ref.csv").output
    assert out.read_bytes() == ref.read_bytes()


def test_shards_read_and_write(local_ray, data, tmp_path):
    ds = read_dataset(data[".parquet"])
    labeled = label_dataset(ds).materialize()
    for fmt in ("parquet", "csv", "jsonl"):
        write_dataset(labeled, tmp_path / fmt, format=fmt)
    back = {fmt: read_dataset(tmp_path / fmt, fmt).take_all() for fmt in ("parquet", "csv", "jsonl")}
    ids = sorted(r["id"] for r in back["parquet"])
    assert ids == sorted(r["id"] for r in back["csv"]) == sorted(r["id"] for r in back["jsonl"])
    assert len(ids) == 400 == len(set(ids))
    j = {r["id"]: r for r in back["jsonl"]}
    assert set(j["syn-0000001"]["findings"]) == set(make_engine("rules").schema.names)
    # a folder output from the CLI path: Parquet shards
    res = label_file(data[".jsonl"], str(tmp_path / "shards") + "/", address="local")
    assert res.n_reports == 400
    assert sorted(r["id"] for r in read_dataset(tmp_path / "shards", "parquet").take_all()) == ids


def test_ids_keep_leading_zeros_and_are_required(local_ray, tmp_path):
    p = tmp_path / "z.csv"
    p.write_text("id,text\n007,No effusion.\n010,胸水あり。\n", encoding="utf-8")
    rows = label_dataset(read_dataset(p)).take_all()
    assert [r["id"] for r in rows] == ["007", "010"]
    q = tmp_path / "noid.csv"
    q.write_text("text\nNo effusion.\n", encoding="utf-8")
    with pytest.raises(ShokenError, match="needs an id column"):
        label_dataset(read_dataset(q))


def test_every_available_engine_on_ray(local_ray, fake_openai):
    from test_property_engines import engine_specs

    ds = ray.data.from_items([{"id": "a", "text": "No pleural effusion."}, {"id": "b", "text": ""}])
    for name, opts in engine_specs(fake_openai.url):
        rows = label_dataset(ds, engine=name, engine_config=opts, concurrency=1).take_all()
        assert [r["id"] for r in rows] == ["a", "b"], name


from fake_openai import fake_openai  # noqa: E402,F401
