import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHOKEN_SHARED", ROOT.parent / "shared"))
HANDLABELED = SHARED / "data" / "ctrate-handlabeled" / "ctrate-handlabeled.csv"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path to ../shared/data/ctrate-handlabeled/ctrate-handlabeled.csv; skips when absent."""
    if not HANDLABELED.exists():
        pytest.skip("../shared data not available")
    return HANDLABELED
