import socket
import time

import pytest

pytest.importorskip("httpx")

from shoken.core.errors import ShokenError  # noqa: E402
from shoken.engines import make_engine  # noqa: E402


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_unreachable_endpoint_fails_fast(tmp_path):
    eng = make_engine("llm", model="m", base_url=f"http://127.0.0.1:{_closed_port()}/v1",
                      cache_dir=str(tmp_path / "cache"))
    t0 = time.perf_counter()
    with pytest.raises(ShokenError, match="cannot reach"):
        eng.label(["胸水を認める。"] * 5)
    assert time.perf_counter() - t0 < 10
