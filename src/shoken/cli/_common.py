"""Helpers shared by CLI commands."""
from __future__ import annotations

from typing import Any

from rich.console import Console

from shoken.core.errors import ShokenError

# soft_wrap: messages (with file paths in them) are never broken into lines by rich; the
# terminal wraps them, and logs and pipes get one line per message
err_console = Console(stderr=True, soft_wrap=True)


def parse_options(items: list[str] | None) -> dict[str, Any]:
    """``-O key=value`` pairs → dict (values parsed as int/float/bool when they look like one)."""
    out: dict[str, Any] = {}
    for item in items or []:
        if "=" not in item:
            raise ShokenError(f"engine option {item!r} must look like key=value")
        k, v = item.split("=", 1)
        k = k.strip().replace("-", "_")
        out[k] = _coerce(v.strip())
    return out


def _coerce(v: str) -> Any:
    low = v.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    if low in ("none", "null"):
        return None
    for t in (int, float):
        try:
            return t(v)
        except ValueError:
            pass
    return v
