"""Shared helpers for benchmark scripts (not part of the package)."""
from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHOKEN_SHARED", ROOT.parent / "shared"))
HANDLABELED = SHARED / "data" / "ctrate-handlabeled" / "ctrate-handlabeled.csv"


def load_handlabeled(split: str = "dev"):
    """Rows of the hand-labeled CT-RATE file for ``split`` in (train, dev, all)."""
    from shoken.evaluation.splits import is_dev

    if not HANDLABELED.exists():
        sys.exit(f"benchmark needs {HANDLABELED} (not found)")
    rows = list(csv.DictReader(open(HANDLABELED, encoding="utf-8")))
    if split == "all":
        return rows
    want = split == "dev"
    return [r for r in rows if is_dev(r["AccessionNo"]) == want]


def machine() -> str:
    import platform

    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
