"""Errors with one-line, user-facing messages.

Every error a user can cause (bad file, bad column, missing optional dependency)
is a :class:`ShokenError`; the CLI prints ``str(err)`` on one line and exits
non-zero without a traceback.
"""
from __future__ import annotations

import importlib
from types import ModuleType


class ShokenError(Exception):
    """Base class for errors that are shown to the user as one line."""

    exit_code = 2


class InputError(ShokenError):
    """Bad input data: names the file, and where known the row and the column."""

    def __init__(self, message: str, *, path: object = None, row: int | None = None,
                 column: str | None = None) -> None:
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column
        self.detail = message
        where = []
        if self.path is not None:
            where.append(self.path)
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class MissingExtraError(ShokenError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, module: str, extra: str, feature: str | None = None) -> None:
        what = feature or "this feature"
        super().__init__(
            f"{what} needs the optional dependency {module!r}: pip install 'shoken[{extra}]'"
        )
        self.module = module
        self.extra = extra


def require(module: str, extra: str, feature: str | None = None) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``shoken[extra]``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised via tests with monkeypatch
        raise MissingExtraError(module.split(".")[0], extra, feature) from exc
