"""Label reports on Ray Data: one machine's cores, or a whole cluster.

::

    import ray
    from shoken.integrations.ray import label_dataset, read_dataset, write_dataset

    ray.init()                                   # or ray.init("ray://head:10001")
    ds = read_dataset("s3://bucket/reports/")    # Parquet, CSV or JSONL; files or folders
    labels = label_dataset(ds, engine="rules", concurrency=8)
    write_dataset(labels, "s3://bucket/labels/", format="parquet")

:func:`label_dataset` runs ``map_batches`` with :class:`ShokenLabeler`, a callable class:
Ray starts ``concurrency`` actors and each builds its engine once, in its constructor,
then labels batch after batch. The labeled dataset has the columns of the Parquet output:
``id``, one 0/1 column per finding (canonical names, schema order) and ``result`` (the
JSONL object as JSON text).

The text columns and the id column are found as ``shoken label`` finds them (``text``,
CT-RATE, CT-RATE-JPN, CT-CLIP layouts; ``id``, ``VolumeName``, ``AccessionNo``); an id
column is required, since rows on a cluster have no global row number.

:func:`label_file` is what ``shoken label --ray ADDRESS|local`` runs: one input file to
one output file (assembled on the driver, in input order) or to a folder of shards
(written by the workers).
"""
from __future__ import annotations

import json
import os
import time
import types
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError, ShokenError, require

FORMATS = ("parquet", "csv", "jsonl")


def _ray():
    return require("ray", "ray", "Ray integration")


class ShokenLabeler:
    """The ``map_batches`` callable: builds the engine once per actor, labels pyarrow batches."""

    def __init__(self, engine: str = "rules", engine_config: dict[str, Any] | None = None,
                 text_columns: Sequence[str] = ("text",), id_column: str = "id",
                 section_names: Sequence[str | None] | None = None, split_quote: bool = False,
                 language: str | None = None, batch_size: int = 256) -> None:
        from shoken.io.layouts import Layout

        self.engine = self.build_engine(engine, dict(engine_config or {}))
        self.names = self.engine.schema.names
        self.layout = Layout("ray", tuple(text_columns), id_column,
                             tuple(section_names) if section_names else (None,) * len(text_columns),
                             split_quote=split_quote, language=language)
        self.language = language
        self.batch_size = max(1, batch_size)

    def build_engine(self, engine: str, config: dict[str, Any]):
        """Build the engine (once per actor). Override to count or wrap."""
        from shoken.engines import make_engine

        return make_engine(engine, **config)

    def _reports(self, rows: list[dict[str, Any]]):
        from shoken.core.types import Report
        from shoken.io.readers import ReportReader, cell_text

        lay = self.layout
        shim = types.SimpleNamespace(layout=lay, path=Path("(ray dataset)"))
        out = []
        for i, rec in enumerate(rows):
            rid = cell_text(rec.get(lay.id_column), shim.path, i + 1, lay.id_column).strip()
            if not rid:
                raise InputError("empty id", path=shim.path, column=lay.id_column)
            text, sections = ReportReader._compose(shim, rec, i + 1)  # the file readers' rules
            out.append(Report(id=rid, text=text, language=self.language, sections=sections))
        return out

    def __call__(self, batch):
        import pyarrow as pa

        rows = batch.to_pylist() if hasattr(batch, "to_pylist") else pa.Table.from_pandas(batch).to_pylist()
        reports = self._reports(rows)
        results = []
        for i in range(0, len(reports), self.batch_size):
            results.extend(self.engine.label(reports[i:i + self.batch_size]))
        cols: dict[str, Any] = {"id": pa.array([r.id for r in results], pa.string())}
        for n in self.names:
            cols[n] = pa.array([r.findings[n].label for r in results], pa.int64())
        cols["result"] = pa.array([json.dumps(r.to_dict(), ensure_ascii=False) for r in results], pa.string())
        return pa.table(cols)


def _schema_names(ds) -> list[str]:
    schema = ds.schema()
    if schema is None:
        raise ShokenError("the Ray dataset has no columns")
    return list(schema.names)


def label_dataset(ds, *, engine: str = "rules", engine_config: dict[str, Any] | None = None,
                  text_columns: Sequence[str] | None = None, id_column: str | None = None,
                  language: str | None = None, batch_size: int = 256,
                  concurrency: int | tuple[int, int] | None = None, num_cpus: float = 1,
                  labeler: type[ShokenLabeler] = ShokenLabeler, **map_batches_args: Any):
    """Label a Ray Dataset; returns a lazy Dataset with ``id``, one column per finding, ``result``.

    ``concurrency`` is the number of actors (each builds its engine once); default: one per
    CPU of the cluster. Extra keyword arguments go to ``Dataset.map_batches`` (e.g.
    ``num_gpus=1`` for the model engine).
    """
    from shoken.io.layouts import resolve_layout

    lay = resolve_layout(_schema_names(ds), list(text_columns) if text_columns else None,
                         id_column, language, "(ray dataset)")
    if lay.id_column is None:
        raise ShokenError("labeling on Ray needs an id column (name it 'id' or pass --id-column): "
                          "rows on a cluster have no global row number")
    ray = _ray()
    cpus = float(ray.cluster_resources().get("CPU", 1)) if ray.is_initialized() else 1.0
    if concurrency is None:  # leave a CPU for the read tasks, or reads starve behind the actors
        concurrency = max(1, int(max(cpus - 1, 1) // max(num_cpus, 1e-9)))
    most = concurrency if isinstance(concurrency, int) else max(concurrency)
    if most * num_cpus > cpus - 0.5:
        num_cpus = max(0.05, max(cpus - 1, 0.5) / most)
    return ds.map_batches(
        labeler, batch_format="pyarrow", batch_size=batch_size * 4, concurrency=concurrency,
        num_cpus=num_cpus,
        fn_constructor_kwargs={"engine": engine, "engine_config": dict(engine_config or {}),
                               "text_columns": lay.text_columns, "id_column": lay.id_column,
                               "section_names": lay.section_names, "split_quote": lay.split_quote,
                               "language": language, "batch_size": batch_size},
        **map_batches_args)


def read_dataset(path: str | os.PathLike | Sequence[str], fmt: str | None = None, *,
                 encoding: str = "utf-8", columns_as_text: Sequence[str] | None = None):
    """Read Parquet, CSV/TSV or JSONL files (a file, a folder, a glob, a list, s3://...) as a
    Ray Dataset. CSV columns in ``columns_as_text`` (default: all, when ``path`` is a local
    file) are read as text, so ids like ``00012`` keep their zeros."""
    ray = _ray()
    import pyarrow as pa
    import pyarrow.csv as pacsv

    paths = [str(p) for p in path] if isinstance(path, (list, tuple)) else str(path)
    first = paths[0] if isinstance(paths, list) else paths
    kind = fmt or _kind_of(first)
    if kind == "parquet":
        return ray.data.read_parquet(paths)
    if kind in ("csv", "tsv"):
        cols = list(columns_as_text) if columns_as_text else None
        if cols is None and Path(first).is_file():
            from shoken.io.readers import read_columns

            cols = read_columns(first, kind, encoding=encoding)
        conv = pacsv.ConvertOptions(column_types={c: pa.string() for c in cols} if cols else None,
                                    strings_can_be_null=False, quoted_strings_can_be_null=False)
        parse = pacsv.ParseOptions(delimiter="\t" if kind == "tsv" else ",", newlines_in_values=True)
        read = pacsv.ReadOptions(encoding=encoding)
        return ray.data.read_csv(paths, parse_options=parse, convert_options=conv, read_options=read)
    if kind == "jsonl":
        return ray.data.read_json(paths, lines=True)
    raise ShokenError(f"Ray reads {', '.join(FORMATS)} (and tsv); not {kind!r}")


def _kind_of(path: str) -> str:
    low = path.lower().rstrip("/")
    for ext, kind in ((".parquet", "parquet"), (".pq", "parquet"), (".csv", "csv"), (".tsv", "tsv"),
                      (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl")):
        if low.endswith(ext):
            return kind
    if Path(path).is_dir():
        for p in sorted(Path(path).iterdir()):
            if not p.name.startswith((".", "_")):
                return _kind_of(str(p))
    raise ShokenError(f"{path}: cannot tell the format from the name; pass fmt= (parquet, csv, jsonl)")


class _ShardWriter:
    """Writes each block of a labeled dataset to its own file (JSONL/CSV exactly as the
    single-file writers write them)."""

    def __init__(self, folder: str, kind: str, names: Sequence[str]) -> None:
        self.folder, self.kind, self.names = folder, kind, list(names)

    def __call__(self, batch):
        import pyarrow as pa

        from shoken.serving.batch import OutputWriter

        n = batch.num_rows
        if n == 0:
            return pa.table({"file": pa.array([], pa.string()), "rows": pa.array([], pa.int64())})
        ext = {"csv": ".csv", "tsv": ".tsv", "jsonl": ".jsonl", "parquet": ".parquet"}[self.kind]
        name = f"part-{uuid.uuid4().hex}{ext}"
        target = Path(self.folder) / name
        w = OutputWriter(target, self.names, self.kind, Path(self.folder) / f".{name}.tmp")
        w.write(_rows(batch, self.kind, self.names))
        w.close()
        return pa.table({"file": [name], "rows": [n]})


def _rows(batch, kind: str, names: Sequence[str]) -> list:
    d = batch.to_pydict()
    if kind == "jsonl":
        return d["result"]
    cols = [d["id"], *(d[n] for n in names)]
    if kind == "parquet":
        cols.append(d["result"])
    return [list(t) for t in zip(*cols)]


def write_dataset(ds, path: str | os.PathLike, format: str = "parquet") -> None:
    """Write a labeled dataset to a folder of shards: ``parquet`` (Ray's writer), ``csv``
    (id + 0/1 columns) or ``jsonl`` (one result object per line)."""
    if format not in FORMATS:
        raise ShokenError(f"format must be one of {', '.join(FORMATS)}")
    names = [c for c in _schema_names(ds) if c not in ("id", "result")]
    if format == "parquet":
        ds.write_parquet(str(path))
        return
    folder = str(path)
    if "://" not in folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
    ds.map_batches(_ShardWriter, batch_format="pyarrow", batch_size=None, concurrency=1,
                   fn_constructor_kwargs={"folder": folder, "kind": format, "names": names}).materialize()


@dataclass
class RayResult:
    output: Path
    n_reports: int
    seconds: float


def _connect(address: str):
    import logging

    ray = _ray()
    if ray.is_initialized():
        return ray, False
    kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                          "ignore_reinit_error": True, "logging_level": logging.WARNING}
    if address == "local":
        ray.init(address="local", **kw)
    else:
        ray.init(address=address, **kw)
    return ray, True


def label_file(input: str | Path, output: str | Path, *, address: str = "local",
               engine: str = "rules", engine_config: dict[str, Any] | None = None,
               text_columns: Sequence[str] | None = None, id_column: str | None = None,
               language: str | None = None, fmt: str | None = None, encoding: str = "utf-8",
               batch_size: int = 256, concurrency: int | None = None, reader=None,
               progress: bool = False) -> RayResult:
    """``shoken label --ray``: label ``input`` on Ray.

    ``output`` with an extension (.csv/.tsv/.jsonl/.parquet) is one file, assembled on the
    driver in input order and moved into place when complete; a path ending in ``/`` (or an
    existing folder) gets Parquet shards written by the workers.
    """
    from shoken.io.readers import detect_format

    t0 = time.perf_counter()
    input, out_s = Path(input), str(output)
    kind_in = detect_format(input, fmt)
    if kind_in == "txt":
        raise ShokenError("--ray reads csv, tsv, jsonl or parquet (a .txt file has no id column)")
    as_folder = out_s.endswith(("/", os.sep)) or Path(out_s).is_dir()
    output = Path(out_s)
    if not as_folder:
        from shoken.serving.batch import output_kind

        out_kind = output_kind(output)
        if not output.parent.exists():
            raise InputError("output folder does not exist", path=output.parent)
    ray, started = _connect(address)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = progress
        ds = read_dataset(str(input), kind_in, encoding=encoding)
        labeled = label_dataset(ds, engine=engine, engine_config=engine_config,
                                text_columns=text_columns, id_column=id_column, language=language,
                                batch_size=batch_size,
                                concurrency=concurrency if (concurrency or 0) > 1 else None)
        if as_folder:
            write_dataset(labeled, output, "parquet")
            n = labeled.count()
        else:
            from shoken.core.schema import load_schema  # noqa: F401 - names come from the data
            from shoken.serving.batch import OutputWriter

            names = None
            w = None
            n = 0
            try:
                for batch in labeled.iter_batches(batch_format="pyarrow", batch_size=None):
                    if w is None:
                        names = [c for c in batch.schema.names if c not in ("id", "result")]
                        w = OutputWriter(output, names, out_kind,
                                         output.with_name(f".{output.name}.{os.getpid()}.tmp"))
                    w.write(_rows(batch, out_kind, names))
                    n += batch.num_rows
                if w is None:  # no rows
                    from shoken.engines import make_engine

                    cfg = dict(engine_config or {})
                    w = OutputWriter(output, make_engine(engine, **cfg).schema.names, out_kind,
                                     output.with_name(f".{output.name}.{os.getpid()}.tmp"))
                w.close()
            except BaseException:
                if w is not None:
                    w.abort()
                raise
    finally:
        if started:
            ray.shutdown()
    return RayResult(output=output, n_reports=n, seconds=time.perf_counter() - t0)
