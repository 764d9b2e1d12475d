"""Deterministic train/dev splits by id, so every tool and benchmark agrees on
which reports were tuned on and which were held apart.

``is_dev(id)`` puts about ``fraction`` of ids in the dev split, decided by a hash
of the id (stable across machines, Python versions and row order).
"""
from __future__ import annotations

import hashlib

DEFAULT_SALT = "shoken-dev-v1"


def is_dev(report_id: str, fraction: float = 0.25, salt: str = DEFAULT_SALT) -> bool:
    if not 0.0 <= fraction <= 1.0:
        raise ValueError("fraction must be between 0 and 1")
    h = hashlib.sha1(f"{salt}:{report_id}".encode()).digest()
    return int.from_bytes(h[:8], "big") / 2**64 < fraction


def split_ids(ids, fraction: float = 0.25, salt: str = DEFAULT_SALT) -> tuple[list, list]:
    """Return ``(train_ids, dev_ids)`` preserving input order."""
    train, dev = [], []
    for i in ids:
        (dev if is_dev(str(i), fraction, salt) else train).append(i)
    return train, dev
