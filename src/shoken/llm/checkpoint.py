"""An append-only JSONL checkpoint keyed by ``(id, section)``, for resumable LLM runs.

File format (UTF-8, one JSON object per line):

* line 1, a header: ``{"shoken_checkpoint": 1, "meta": {...}}`` (``meta`` holds the run's
  settings: model, target, prompt hash, ...);
* then one record per finished item: ``{"id": "...", "section": "...", "status": "ok" |
  "failed", ...fields}``. A later record for the same key replaces an earlier one (a
  failed item that succeeds on a rerun gets a second, ``ok`` record).

Each append is one ``write`` on an ``O_APPEND`` descriptor followed by ``fsync``, so after
a crash or ``kill -9`` the file holds every record that was acknowledged, plus at most one
torn last line; that line is ignored when loading and cut off before the next append.
A malformed line anywhere else is real corruption and raises :class:`InputError`.
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shoken.core.errors import InputError

Key = tuple[str, str]
FORMAT_VERSION = 1


class Checkpoint:
    """Open (and create if needed) the checkpoint at ``path``.

    ``readonly=True`` only reads (nothing is created or repaired). ``records`` maps
    ``(id, section)`` to the latest record; :meth:`done` tells whether a
    key finished with ``status == "ok"``. :meth:`append` is thread-safe.
    """

    def __init__(self, path: str | Path, *, meta: dict[str, Any] | None = None,
                 fsync: bool = True, readonly: bool = False) -> None:
        self.path = Path(path)
        self.fsync = fsync
        self.readonly = readonly
        self._fd: int | None = None
        self.records: dict[Key, dict[str, Any]] = {}
        self.meta: dict[str, Any] | None = None
        self.torn = 0           # torn last lines dropped on open
        self.n_lines = 0        # records read on open
        self._lock = threading.Lock()
        if self.path.parent and not self.path.parent.exists():
            raise InputError("checkpoint folder does not exist", path=self.path.parent)
        good_end = self._load()
        if readonly:
            return
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        self._fd = os.open(self.path, flags, 0o644)
        size = os.fstat(self._fd).st_size
        if good_end < size:  # cut a torn tail so the next record starts on a fresh line
            os.ftruncate(self._fd, good_end)
            self._sync()
        if self.meta is None:
            self.meta = dict(meta or {})
            self._write({"shoken_checkpoint": FORMAT_VERSION, "meta": self.meta})

    # -- reading -------------------------------------------------------------------------------
    def _load(self) -> int:
        """Read existing records; return the byte offset after the last good line."""
        if not self.path.exists():
            return 0
        data = self.path.read_bytes()
        pos = 0
        lineno = 0
        good_end = 0
        while pos < len(data):
            nl = data.find(b"\n", pos)
            last = nl == -1
            end = len(data) if last else nl + 1
            raw = data[pos:end]
            lineno += 1
            pos = end
            if not raw.strip():
                good_end = end if not last else good_end
                continue
            try:
                obj = json.loads(raw)
                if not isinstance(obj, dict):
                    raise ValueError("not an object")
            except ValueError:
                if last or data[end:].strip() == b"":
                    self.torn += 1  # a torn last line (killed mid-write)
                    break
                raise InputError("corrupt checkpoint line (not a JSON object)",
                                 path=self.path, row=lineno) from None
            if "shoken_checkpoint" in obj:
                self.meta = obj.get("meta") or {}
            else:
                try:
                    key = (str(obj["id"]), str(obj["section"]))
                except KeyError:
                    raise InputError("checkpoint record without 'id' and 'section'",
                                     path=self.path, row=lineno) from None
                self.records[key] = obj
                self.n_lines += 1
            good_end = end
        if good_end and not data[:good_end].endswith(b"\n") and not self.readonly:
            # last record was complete but lacks its newline: keep it, terminate it
            with open(self.path, "ab") as fh:
                fh.write(b"\n")
            good_end += 1
        return good_end

    def done(self, key: Key) -> bool:
        rec = self.records.get((str(key[0]), str(key[1])))
        return bool(rec) and rec.get("status") == "ok"

    def get(self, key: Key) -> dict[str, Any] | None:
        return self.records.get((str(key[0]), str(key[1])))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 2 and self.done(key)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records.values())

    def n_done(self) -> int:
        return sum(1 for r in self.records.values() if r.get("status") == "ok")

    # -- writing -------------------------------------------------------------------------------
    def _sync(self) -> None:
        if self.fsync:
            os.fsync(self._fd)

    def _write(self, obj: dict[str, Any]) -> None:
        if self._fd is None:
            raise ValueError("checkpoint is closed or read-only")
        line = (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            view = memoryview(line)
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
            self._sync()

    def append(self, id: str, section: str, status: str = "ok", **fields: Any) -> dict[str, Any]:
        """Record ``(id, section)`` durably (written and fsync'd before this returns)."""
        rec = {"id": str(id), "section": str(section), "status": status, **fields}
        self._write(rec)
        self.records[(str(id), str(section))] = rec
        return rec

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "Checkpoint":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
