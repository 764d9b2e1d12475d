"""The HTTP API: endpoints, limits with JSON 4xx errors, auth, metrics, micro-batching,
engine caching, and no report text in logs."""
import asyncio
import logging
import time

import httpx
import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from shoken.engines import ENGINES, make_engine  # noqa: E402
from shoken.engines.base import Engine  # noqa: E402
from shoken.engines.rules import RuleEngine  # noqa: E402
from shoken.serving.app import ServeConfig, create_app  # noqa: E402

SECRET = "患者固有テキスト-ZQX-7781"  # a marker that must never reach a log


@pytest.fixture(scope="module")
def client():
    app = create_app(ServeConfig(max_reports=5, max_report_chars=200, max_body_bytes=4000, timeout_s=10))
    with TestClient(app) as c:
        yield c


def test_label_one_matches_the_jsonl_output(client):
    text = "胸水は認めない。右肺下葉に結節を認める。"
    r = client.post("/v1/label", json={"id": "r1", "text": text})
    assert r.status_code == 200
    want = make_engine("rules").label([text])[0].to_dict()
    want["id"] = "r1"
    assert r.json() == want
    assert r.json()["findings"]["Pleural effusion"]["state"] == "negative"


def test_label_batch_keeps_order_and_default_ids(client):
    r = client.post("/v1/label", json={"reports": [{"text": "No pleural effusion."},
                                                   {"text": "両側胸水を認める。", "id": "b"},
                                                   {"text": ""}], "uncertain": "negative"})
    assert r.status_code == 200
    body = r.json()
    assert [x["id"] for x in body["results"]] == ["0", "b", "2"]
    assert body["n"] == 3 and body["engine"] == "rules" and body["schema"] == "ct-rate-18"
    pe = [x["findings"]["Pleural effusion"]["state"] for x in body["results"]]
    assert pe == ["negative", "positive", "absent"]


def test_info_endpoints(client):
    s = {x["name"]: x for x in client.get("/v1/schemas").json()["schemas"]}
    assert s["ct-rate-18"]["default"] and len(s["ct-rate-18"]["findings"]) == 18
    assert [x["name"] for x in s.values() if x["default"]] == ["ct-rate-18"]
    e = {x["name"]: x for x in client.get("/v1/engines").json()["engines"]}
    assert e["rules"]["enabled"] and e["rules"]["default"] and e["rules"]["batches"] is False
    assert not e["llm"]["enabled"]
    h = client.get("/healthz").json()
    assert h["status"] == "ok" and h["limits"]["max_reports"] == 5
    assert {"engine": "rules", "schema": "ct-rate-18", "uncertain": "positive"} in h["engines_loaded"]


def test_openapi_has_examples(client):
    doc = client.get("/openapi.json").json()
    op = doc["paths"]["/v1/label"]["post"]
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    assert set(examples) == {"one", "batch"}
    assert {"200", "408", "413", "422"} <= set(op["responses"])
    assert "securitySchemes" not in doc.get("components", {})


@pytest.mark.parametrize("body,status,code", [
    ({"reports": [{"text": "a"}] * 6}, 422, "too_many_reports"),
    ({"text": "a" * 201}, 422, "report_too_long"),
    ({"reports": []}, 422, "invalid_request"),
    ({"text": "a", "engine": "llm"}, 422, "invalid_request"),
    ({"text": "a", "schema": "../../etc/passwd"}, 422, "invalid_request"),
    ({"text": "a", "language": "xx"}, 422, "invalid_request"),
    ({"text": 5}, 422, "invalid_request"),
    ({"text": "a", "surprise": 1}, 422, "invalid_request"),
])
def test_limits_and_bad_requests_are_json_4xx(client, body, status, code):
    r = client.post("/v1/label", json=body)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]["code"] == code and r.json()["error"]["message"]


def test_body_limit_with_and_without_content_length(client):
    big = b'{"text": "' + b"a" * 5000 + b'"}'
    r = client.post("/v1/label", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"

    def chunks():  # chunked transfer: no Content-Length to trust
        yield b'{"text": "'
        for _ in range(10):
            yield b"a" * 1000
        yield b'"}'
    r = client.post("/v1/label", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"


def test_not_json_and_unknown_routes(client):
    r = client.post("/v1/label", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_json"
    assert client.get("/v2/nothing").json()["error"]["code"] == "not_found"
    assert client.get("/v1/label").status_code == 405


def test_metrics_in_prometheus_format(client):
    client.post("/v1/label", json={"text": "No effusion."})
    client.post("/v1/label", json={"text": "a" * 201})
    r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    t = r.text
    assert 'shoken_http_requests_total{method="POST",route="/v1/label",status="200"}' in t
    assert 'shoken_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/v1/label"}' in t
    assert 'shoken_reports_labeled_total{engine="rules",schema="ct-rate-18"}' in t
    assert 'shoken_errors_total{code="report_too_long"}' in t
    assert "shoken_http_requests_in_flight" in t


def test_bearer_token():
    app = create_app(ServeConfig(token="s3cret"))
    with TestClient(app) as c:
        assert c.get("/healthz").status_code == 200  # probes need no token
        for path in ("/v1/schemas", "/v1/engines", "/metrics"):
            r = c.get(path)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        r = c.post("/v1/label", json={"text": "x"}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        r = c.post("/v1/label", json={"text": "x"}, headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 200
        doc = c.get("/openapi.json").json()
        assert doc["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_no_report_text_in_logs(caplog):
    caplog.set_level(logging.DEBUG)
    app = create_app(ServeConfig(max_report_chars=100, engines=("rules", "boom")))
    with TestClient(app, raise_server_exceptions=False) as c:
        ok = c.post("/v1/label", json={"text": f"{SECRET} 胸水を認める。"})
        assert ok.status_code == 200
        bad = c.post("/v1/label", json={"text": SECRET * 20})
        assert bad.status_code == 422 and SECRET not in bad.text  # not echoed back either
        boom = c.post("/v1/label", json={"text": SECRET, "engine": "boom"})
        assert boom.status_code == 500 and SECRET not in boom.text
    text = "\n".join(r.getMessage() + str(r.exc_text or "") for r in caplog.records)
    assert "shoken.serve.access" in {r.name for r in caplog.records}
    assert "POST /v1/label 200" in text
    assert SECRET not in text


class BoomEngine(Engine):
    name = "boom"

    def _label_batch(self, reports):
        raise RuntimeError("failed on " + reports[0].text)


class SlowEngine(RuleEngine):
    name = "slow"

    def _label_batch(self, reports):
        time.sleep(1.5)
        return super()._label_batch(reports)


class BatchyEngine(RuleEngine):
    name = "batchy"
    batches = True
    calls: list = []
    built = 0

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        type(self).built += 1

    def _label_batch(self, reports):
        type(self).calls.append(len(reports))
        time.sleep(0.05)
        return super()._label_batch(reports)


@pytest.fixture(autouse=True)
def fake_engines(monkeypatch):
    for name, cls in (("boom", "BoomEngine"), ("slow", "SlowEngine"), ("batchy", "BatchyEngine")):
        monkeypatch.setitem(ENGINES, name, (f"{__name__}:{cls}", None))


def test_timeout_is_408():
    app = create_app(ServeConfig(engines=("slow",), timeout_s=0.3, preload=False))
    with TestClient(app) as c:
        r = c.post("/v1/label", json={"text": "No effusion."})
    assert r.status_code == 408 and r.json()["error"]["code"] == "request_timeout"


def test_concurrent_requests_are_batched_and_engines_built_once():
    BatchyEngine.calls.clear()
    BatchyEngine.built = 0
    app = create_app(ServeConfig(engines=("batchy",), batch_window_ms=30, max_batch_reports=64,
                                 preload=False))

    async def go():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            texts = [f"Report {i}: {'no ' if i % 2 else ''}pleural effusion." for i in range(24)]
            rs = await asyncio.gather(*(c.post("/v1/label", json={"id": f"q{i}", "text": t})
                                        for i, t in enumerate(texts)))
            return texts, rs
    texts, rs = asyncio.run(go())
    assert all(r.status_code == 200 for r in rs)
    for i, r in enumerate(rs):  # each request gets its own report's result back
        assert r.json()["id"] == f"q{i}"
        want = "negative" if i % 2 else "positive"
        assert r.json()["findings"]["Pleural effusion"]["state"] == want
    assert sum(BatchyEngine.calls) == 24
    assert len(BatchyEngine.calls) < 24 and max(BatchyEngine.calls) > 1
    assert BatchyEngine.built == 1


def test_engines_cached_per_schema_and_uncertain():
    BatchyEngine.built = 0
    app = create_app(ServeConfig(engines=("batchy",), preload=False, batch_window_ms=0))
    with TestClient(app) as c:
        for unc in ("positive", "negative", "positive", "negative"):
            assert c.post("/v1/label", json={"text": "Possible effusion.", "uncertain": unc}).status_code == 200
    assert BatchyEngine.built == 2


def test_serve_cli_starts_uvicorn_on_loopback(monkeypatch):
    import uvicorn

    from shoken.cli import main

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.setenv("SHOKEN_TOKEN", "from-env")
    assert main(["serve", "--port", "8123", "--max-reports", "7"]) == 0
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123 and seen["access_log"] is False
    cfg = seen["app"].state.config
    assert cfg.max_reports == 7 and cfg.token == "from-env"
    assert main(["serve", "--engine", "nope"]) == 2


def test_every_available_engine_serves(fake_openai):
    """Every engine must work through the API; engines not installed here are skipped."""
    from test_property_engines import engine_specs

    for name, options in engine_specs(fake_openai.url):
        app = create_app(ServeConfig(engines=(name,), engine_options={name: options}, preload=False))
        with TestClient(app) as c:
            r = c.post("/v1/label", json={"reports": [{"text": "No pleural effusion."}, {"text": ""}]})
            assert r.status_code == 200, (name, r.text)
            assert len(r.json()["results"]) == 2


from fake_openai import fake_openai  # noqa: E402,F401  (the loopback fixture)
