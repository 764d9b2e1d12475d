"""A bounded load test on loopback: concurrent clients against a real `shoken serve`
process; every request succeeds, the server stays up, memory stays bounded."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_serve_load import run_load  # noqa: E402


@pytest.mark.slow
def test_loopback_load_is_served_with_bounded_memory():
    res = run_load(clients=60, seconds=5, batch=1, reports=500)
    print(res)
    assert res["errors"] == {}
    assert res["requests"] > 50
    assert res["server_up_after"]
    assert res["metrics_reports_labeled"] == res["requests"]
    assert res["rss_peak_mb"] < res["rss_start_mb"] + 150
    assert res["p99_ms"] < 10_000
