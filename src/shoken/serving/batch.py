"""The streaming batch runner behind ``shoken label``: constant memory, worker processes,
and resume after a crash.

How a job runs
--------------
The input is read as a stream and cut into *chunks* of ``chunk_size`` reports, in input
order. Each chunk is labeled (in this process, or by one of ``workers`` processes, each of
which builds its engine once) and its encoded labels are written to the output in input
order; at most ``2 * workers`` chunks are in flight, so memory does not grow with the input.

The output is written to a temporary file and moved into place only when every row is
written, so the output path is never half-written.

Resume
------
Next to the output, a *journal* folder (``<output>.shoken-journal/``) holds a
``manifest.json`` (the input's path, size, modification time and a hash of its first and
last MiB; the reader settings; the engine's configuration; the chunk size) and one file per
finished chunk (written to a temporary name, fsync'd, then renamed: a chunk file is whole or
absent). After a crash or ``kill -9``, rerunning with ``resume=True`` (``--resume``) and the
same input, settings and output reuses every journaled chunk whose fingerprint (a hash of
its ids and texts) still matches, labels only the rest, and assembles the output in input
order: every input row exactly once. The journal is removed when the output is in place.

A run without ``resume`` discards an existing journal (and says so). A run that stops on
bad input (:class:`~shoken.core.errors.InputError`) removes its journal; any other stop
(interrupt, engine failure, kill) keeps it for ``--resume``.

Report text is never logged; the journal holds labels (and, for JSONL/Parquet output, the
evidence spans the output itself will hold).
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError, ShokenError, require
from shoken.core.types import Report
from shoken.io.writers import RowWriter as OutputWriter  # noqa: F401  (re-exported)
from shoken.io.writers import _fsync_dir, encode, output_kind  # noqa: F401

log = logging.getLogger("shoken.batch")

JOURNAL_SUFFIX = ".shoken-journal"
JOURNAL_VERSION = 1
DEFAULT_CHUNK_SIZE = 1024


def journal_path(output: str | Path) -> Path:
    """The journal folder of an output file: ``<output>.shoken-journal``."""
    p = Path(output)
    return p.with_name(p.name + JOURNAL_SUFFIX)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def fingerprint(reports: Sequence[Report]) -> str:
    """A hash of a chunk's ids, texts, languages and sections (to check a journal entry)."""
    h = hashlib.blake2b(digest_size=16)
    for r in reports:
        for part in (r.id, r.text, r.language or ""):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        if r.sections:
            h.update(repr(sorted(r.sections.items())).encode())
        h.update(b"\x01")
    return h.hexdigest()


def input_identity(path: Path) -> dict[str, Any]:
    """Path, size, mtime and a hash of the first and last MiB of ``path``."""
    st = path.stat()
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        h.update(fh.read(1 << 20))
        if st.st_size > (2 << 20):
            fh.seek(-(1 << 20), os.SEEK_END)
            h.update(fh.read(1 << 20))
    return {"path": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "hash": h.hexdigest()}


class Journal:
    """The append-only sidecar folder that makes a job resumable. See the module docs."""

    def __init__(self, output: Path, manifest: dict[str, Any]) -> None:
        self.dir = journal_path(output)
        self.manifest = manifest
        self.done: set[int] = set()

    @property
    def partial(self) -> Path:
        """Where the output is assembled before it is moved into place."""
        return self.dir / "output.partial"

    def open(self, resume: bool, notice: Callable[[str], None]) -> int:
        """Create or reuse the journal; returns the number of reusable chunks."""
        mpath = self.dir / "manifest.json"
        if self.dir.exists():
            old = None
            try:
                old = json.loads(mpath.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass
            if resume and old == self.manifest:
                for p in self.dir.glob("chunk-*.json"):
                    try:
                        self.done.add(int(p.stem.split("-")[1]))
                    except (IndexError, ValueError):
                        continue
                for p in self.dir.glob(".*.tmp"):  # pieces of a write that was cut short
                    p.unlink(missing_ok=True)
                return len(self.done)
            if resume:
                notice(f"the journal in {self.dir} is for another input or other settings: starting over")
            else:
                notice(f"discarding the journal of an unfinished earlier run in {self.dir} "
                       "(pass --resume to continue such a run)")
            shutil.rmtree(self.dir)
        elif resume:
            notice("nothing to resume: no journal for this output; labeling from the start")
        self.dir.mkdir(parents=True)
        _atomic_write(mpath, json.dumps(self.manifest, indent=1, sort_keys=True).encode())
        _fsync_dir(self.dir.parent)
        return 0

    def chunk_path(self, idx: int) -> Path:
        return self.dir / f"chunk-{idx:08d}.json"

    def load(self, idx: int, n: int, fp: str) -> list | None:
        """A journaled chunk's rows, or None if it is missing or does not match."""
        try:
            obj = json.loads(self.chunk_path(idx).read_bytes())
        except (OSError, ValueError):
            return None
        if obj.get("chunk") != idx or obj.get("n") != n or obj.get("fp") != fp:
            return None
        rows = obj.get("rows")
        return rows if isinstance(rows, list) and len(rows) == n else None

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def save_chunk(journal_dir: str | None, idx: int, fp: str, rows: list) -> None:
    if journal_dir is None:
        return
    data = json.dumps({"chunk": idx, "n": len(rows), "fp": fp, "rows": rows},
                      ensure_ascii=False).encode("utf-8", "surrogatepass")
    _atomic_write(Path(journal_dir) / f"chunk-{idx:08d}.json", data)


# -- labeling a chunk (here or in a worker process) -------------------------------------
_WORKER: dict[str, Any] = {}


class WorkerError(ShokenError):
    """A ShokenError raised in a worker process, carried back as its message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


def _init_worker(engine: str, config: dict[str, Any]) -> None:
    _WORKER["engine_spec"] = (engine, config)


def _worker_engine():
    eng = _WORKER.get("engine")
    if eng is None:
        from shoken.engines import make_engine

        name, config = _WORKER["engine_spec"]
        eng = _WORKER["engine"] = make_engine(name, **config)
    return eng


def label_chunk(engine, reports: Sequence[Report], kind: str, names: Sequence[str],
                batch_size: int, idx: int, fp: str, journal_dir: str | None) -> list:
    rows: list = []
    for i in range(0, len(reports), max(1, batch_size)):
        rows.extend(encode(engine.label(reports[i:i + batch_size]), kind, names))
    save_chunk(journal_dir, idx, fp, rows)
    return rows


def _work(reports, kind, names, batch_size, idx, fp, journal_dir) -> list:
    try:
        return label_chunk(_worker_engine(), reports, kind, names, batch_size, idx, fp, journal_dir)
    except ShokenError as err:
        raise WorkerError(str(err)) from None


# -- counting (for the progress bar's ETA) ----------------------------------------------
def count_reports(path: str | Path, fmt: str | None = None, encoding: str = "utf-8") -> int | None:
    """How many reports ``path`` holds (exact for Parquet and CSV; lines for JSONL/TXT)."""
    from shoken.io.readers import detect_format

    path = Path(path)
    try:
        kind = detect_format(path, fmt)
        if path.suffix == ".gz":
            return None
        if kind == "parquet":
            pq = require("pyarrow.parquet", "parquet")
            return pq.ParquetFile(path).metadata.num_rows
        if kind in ("jsonl", "txt"):
            n = 0
            last = b"\n"
            with open(path, "rb") as fh:
                while block := fh.read(1 << 20):
                    n += block.count(b"\n")
                    last = block[-1:]
            return n + (last != b"\n")
        enc = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        with open(path, encoding=enc, errors="replace", newline="") as fh:
            rd = csv.reader(fh, delimiter="\t" if kind == "tsv" else ",")
            return max(0, sum(1 for rec in rd if rec) - 1)
    except Exception:  # a count is only for the progress bar
        return None


# -- the runner -------------------------------------------------------------------------
@dataclass
class BatchResult:
    output: Path
    n_reports: int = 0
    n_empty: int = 0
    #: reports whose labels came from the journal of an interrupted run
    n_resumed: int = 0
    n_chunks: int = 0
    seconds: float = 0.0
    layout: str = ""
    notices: list[str] = field(default_factory=list)


ProgressFn = Callable[[int, "int | None", int], None]


def _chunks(reports: Iterator[Report], size: int) -> Iterator[list[Report]]:
    while chunk := list(islice(reports, size)):
        yield chunk


def run_batch(input: str | Path, output: str | Path, *, engine: str = "rules",
              engine_config: dict[str, Any] | None = None,
              text_columns: Sequence[str] | None = None, id_column: str | None = None,
              language: str | None = None, fmt: str | None = None, encoding: str = "utf-8",
              batch_size: int = 256, chunk_size: int = DEFAULT_CHUNK_SIZE, workers: int = 1,
              resume: bool = False, journal: bool = True,
              progress: ProgressFn | None = None, notice: Callable[[str], None] | None = None,
              reader=None, engine_obj=None) -> BatchResult:
    """Label ``input`` into ``output`` (.csv/.tsv/.jsonl/.parquet), streaming, in input order.

    ``progress(done, total, labeled_now)`` is called after every chunk (``total`` may be
    None; ``labeled_now`` excludes chunks restored from the journal). ``notice(msg)``
    receives one-line messages for the user. See the module docs for ``resume``.
    """
    from shoken.engines import make_engine
    from shoken.io import read_reports

    t0 = time.perf_counter()
    input, output = Path(input), Path(output)
    config = dict(engine_config or {})
    notices: list[str] = []

    def say(msg: str) -> None:
        notices.append(msg)
        if notice is not None:
            notice(msg)

    if workers < 1:
        raise ShokenError("--workers must be at least 1")
    if chunk_size < 1 or batch_size < 1:
        raise ShokenError("--batch-size must be at least 1")
    kind = output_kind(output)
    if not output.parent.exists():
        raise InputError("output folder does not exist", path=output.parent)
    if reader is None:
        reader = read_reports(input, text_columns=list(text_columns) if text_columns else None,
                              id_column=id_column, language=language, fmt=fmt, encoding=encoding)
    eng = engine_obj if engine_obj is not None else make_engine(engine, **config)
    names = eng.schema.names
    result = BatchResult(output=output, layout=reader.layout.name, notices=notices)

    jr: Journal | None = None
    if journal:
        manifest = {
            "version": JOURNAL_VERSION,
            "input": input_identity(input),
            "reader": {"fmt": reader.fmt, "encoding": encoding, "layout": reader.layout.name,
                       "text_columns": list(reader.layout.text_columns),
                       "id_column": reader.layout.id_column, "language": language},
            "engine": json.loads(json.dumps({"name": engine, "config": eng.get_config(),
                                             "requested": config}, sort_keys=True, default=str)),
            "output": {"kind": kind, "names": names},
            "chunk_size": chunk_size,
        }
        jr = Journal(output, manifest)
        reusable = jr.open(resume, say)
        if reusable:
            say(f"resuming: {reusable} finished chunk(s) of {chunk_size} reports found in the journal")
        tmp = jr.partial
        jdir: str | None = str(jr.dir)
    else:
        tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
        jdir = None

    total = count_reports(input, reader.fmt, encoding) if progress is not None else None
    pool = None
    if workers > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        if engine_obj is None:
            eng.close()  # the workers build their own
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                   initializer=_init_worker, initargs=(engine, config))
    writer = OutputWriter(output, names, kind, tmp)
    done = labeled = 0
    window = max(2, 2 * workers)
    pending: deque = deque()

    def drain_one() -> None:
        nonlocal done, labeled
        idx, chunk, fp, how, fut = pending.popleft()
        if how == "journal":
            rows = jr.load(idx, len(chunk), fp) if jr is not None else None
            if rows is None:  # missing or stale: label it now
                if pool is not None:
                    rows = pool.submit(_work, chunk, kind, names, batch_size, idx, fp, jdir).result()
                else:
                    rows = label_chunk(eng, chunk, kind, names, batch_size, idx, fp, jdir)
                labeled += len(chunk)
            else:
                result.n_resumed += len(chunk)
        elif how == "pool":
            rows = fut.result()
            labeled += len(chunk)
        else:
            rows = label_chunk(eng, chunk, kind, names, batch_size, idx, fp, jdir)
            labeled += len(chunk)
        writer.write(rows)
        done += len(chunk)
        result.n_chunks += 1
        if progress is not None:
            progress(done, total, labeled)

    ok = False
    keep_journal = True
    try:
        for idx, chunk in enumerate(_chunks(iter(reader), chunk_size)):
            fp = fingerprint(chunk)
            if jr is not None and idx in jr.done:
                pending.append((idx, chunk, fp, "journal", None))
            elif pool is not None:
                fut = pool.submit(_work, chunk, kind, names, batch_size, idx, fp, jdir)
                pending.append((idx, chunk, fp, "pool", fut))
            else:
                pending.append((idx, chunk, fp, "inline", None))
            while len(pending) >= window or (pending and pending[0][3] != "pool"):
                drain_one()
        while pending:
            drain_one()
        writer.close()
        ok = True
    except InputError:
        keep_journal = False
        raise
    finally:
        if not ok:
            writer.abort()
        if pool is not None:
            pool.shutdown(wait=ok, cancel_futures=True)
        if engine_obj is None and pool is None:
            eng.close()
        if jr is not None and (ok or not keep_journal):
            jr.remove()
            _fsync_dir(output.parent)
    result.n_reports = reader.n_reports
    result.n_empty = reader.n_empty
    result.seconds = time.perf_counter() - t0
    log.info("labeled %d reports (%d from the journal) in %.2fs -> %s",
             result.n_reports, result.n_resumed, result.seconds, output.name)
    return result

