"""The OpenAI-compatible client against a real loopback server with injected failures."""
from __future__ import annotations

import logging
import threading
import time

import pytest
from fake_openai import FakeOpenAI, drop, fail, fake_openai, rate_limit, reply, sleep  # noqa: F401

from shoken.llm.client import (ChatClient, ChatRequest, LLMError, RemoteEndpointError, _retry_after,
                               is_local_url)

SECRET_TEXT = "Patient Yamada Taro has a 12 mm nodule in the right upper lobe"


def make(fake, **kw) -> ChatClient:
    kw.setdefault("backoff_base", 0.01)
    kw.setdefault("timeout", 5.0)
    return ChatClient(model="fake-model", base_url=fake.url, **kw)


def msgs(text: str = SECRET_TEXT) -> list[dict[str, str]]:
    return [{"role": "system", "content": "translate"}, {"role": "user", "content": text}]


def test_is_local_url():
    assert is_local_url("http://localhost:8000/v1")
    assert is_local_url("http://127.0.0.1:8080/v1")
    assert is_local_url("http://127.5.6.7/v1")
    assert is_local_url("http://[::1]:11434/v1")
    assert not is_local_url("https://api.openai.com/v1")
    assert not is_local_url("http://10.0.0.5:8000/v1")
    assert not is_local_url("http://192.168.1.2/v1")
    assert not is_local_url("http://localhost.example.com/v1")


def test_remote_endpoint_refused_without_flag():
    c = ChatClient(model="m", base_url="http://10.255.255.1:9/v1", timeout=0.2)
    with pytest.raises(RemoteEndpointError) as e:
        c.complete(msgs())
    assert "--allow-remote" in str(e.value)
    with pytest.raises(RemoteEndpointError):
        list(c.map([ChatRequest(key=1, messages=msgs())]))
    # allowed: it is attempted (and fails to connect quickly), no guard error
    c2 = ChatClient(model="m", base_url="http://10.255.255.1:9/v1", timeout=0.2, max_retries=0,
                    allow_remote=True)
    c2.check_endpoint()


def test_bad_configuration():
    with pytest.raises(LLMError):
        ChatClient(model="", base_url="http://localhost/v1")
    with pytest.raises(LLMError):
        ChatClient(model="m", base_url="localhost:8000")


def test_success_usage_and_cost(fake_openai):
    fake_openai.usage = lambda body, text: (1000, 500)
    c = make(fake_openai, price_in_per_1k=0.5, price_out_per_1k=1.0, max_tokens=64, temperature=0.2)
    r = c.complete(ChatRequest(key="a", messages=msgs("hello")))
    assert r.ok and r.text == "和訳: hello" and r.key == "a" and r.attempts == 1
    assert (r.prompt_tokens, r.completion_tokens) == (1000, 500)
    body = fake_openai.requests[0].body
    assert body["model"] == "fake-model" and body["max_tokens"] == 64 and body["temperature"] == 0.2
    c.complete(msgs("again"))
    t = c.totals
    assert (t.requests, t.succeeded, t.prompt_tokens, t.completion_tokens) == (2, 2, 2000, 1000)
    assert t.cost == pytest.approx(2 * (0.5 + 0.5))  # 1000/1k*0.5 + 500/1k*1.0 per request
    assert c.list_models() == ["fake-model"]


def test_429_honours_retry_after(fake_openai):
    fake_openai.script(rate_limit(retry_after=1))
    c = make(fake_openai)
    t0 = time.monotonic()
    r = c.complete(msgs("x"))
    assert r.ok and r.attempts == 2 and fake_openai.count == 2
    assert time.monotonic() - t0 >= 0.95  # waited the server's Retry-After, not the tiny backoff
    assert c.totals.retries == 1


def test_retry_after_parsing():
    assert _retry_after("3") == 3.0
    assert _retry_after("0.5") == 0.5
    assert _retry_after(None) is None and _retry_after("soon") is None
    from email.utils import formatdate

    assert 8 <= _retry_after(formatdate(time.time() + 10, usegmt=True)) <= 10.5


def test_5xx_then_success_and_give_up(fake_openai):
    fake_openai.script(fail(500), fail(503))
    c = make(fake_openai)
    r = c.complete(msgs("x"))
    assert r.ok and r.attempts == 3
    fake_openai.reset()
    fake_openai.script(*[fail(502)] * 10)
    c = make(fake_openai, max_retries=2)
    r = c.complete(msgs())
    assert not r.ok and r.attempts == 3 and fake_openai.count == 3
    assert "HTTP 502" in r.error and "gave up after 3 attempts" in r.error
    assert SECRET_TEXT not in r.error


def test_exponential_backoff_grows():
    c = ChatClient(model="m", base_url="http://localhost/v1", backoff_base=1.0, backoff_max=60)
    for attempt, lo, hi in ((0, 0.5, 1.0), (1, 1.0, 2.0), (3, 4.0, 8.0), (10, 30.0, 60.0)):
        for _ in range(20):
            assert lo <= c._backoff(attempt) <= hi


def test_timeout_is_retried(fake_openai):
    fake_openai.script(sleep(1.5))
    c = make(fake_openai, timeout=0.4)
    r = c.complete(msgs("x"))
    assert r.ok and r.attempts == 2 and r.text == "和訳: x"


def test_timeout_gives_up(fake_openai):
    fake_openai.script(sleep(1.0), sleep(1.0))
    c = make(fake_openai, timeout=0.3, max_retries=1)
    r = c.complete(msgs())
    assert not r.ok and "timed out" in r.error


def test_connection_errors_are_retried(fake_openai):
    fake_openai.script(drop())
    c = make(fake_openai)
    r = c.complete(msgs("x"))
    assert r.ok and r.attempts == 2
    # nothing listening at all
    dead = ChatClient(model="m", base_url="http://127.0.0.1:9/v1", backoff_base=0.01, max_retries=1)
    r = dead.complete(msgs())
    assert not r.ok and "connection error" in r.error and r.attempts == 2


def test_4xx_not_retried_and_message_scrubbed(fake_openai):
    fake_openai.script(fail(400, body={"error": {"message": f"bad input: {SECRET_TEXT}"}}))
    c = make(fake_openai)
    r = c.complete(msgs())
    assert not r.ok and r.attempts == 1 and r.error.startswith("HTTP 400")
    assert SECRET_TEXT[:20] not in r.error and "withheld" in r.error
    fake_openai.script(fail(404, body={"error": {"message": "model 'x' does not exist"}}))
    r = c.complete(msgs())
    assert "model 'x' does not exist" in r.error and "--model" in r.error


def test_validate_retries_invalid_replies(fake_openai):
    fake_openai.script(reply("no marker here"), reply(""))
    c = make(fake_openai)
    check = lambda t: None if "和訳:" in t else "no marker"  # noqa: E731
    r = c.complete(msgs("x"), validate=check, validate_retries=2)
    assert r.ok and r.invalid == 2 and r.attempts == 3
    fake_openai.script(*[reply("still none")] * 5)
    r = c.complete(msgs("x"), validate=check, validate_retries=1)
    assert not r.ok and r.invalid == 2 and r.error == "invalid reply: no marker"
    assert r.text == "still none"


def test_map_concurrency_completion_order_and_keys(fake_openai):
    active = [0, 0]
    lock = threading.Lock()

    def responder(body):
        with lock:
            active[0] += 1
            active[1] = max(active[1], active[0])
        text = FakeOpenAI.user_text(body)
        time.sleep(0.8 if text == "slow" else 0.05)
        with lock:
            active[0] -= 1
        return "和訳: " + text

    fake_openai.responder = responder
    c = make(fake_openai, concurrency=3)
    reqs = [ChatRequest(key=("slow", "findings"), messages=msgs("slow"))]
    reqs += [ChatRequest(key=(str(i), "findings"), messages=msgs(str(i))) for i in range(8)]
    out = list(c.map(iter(reqs)))
    assert sorted(r.key for r in out) == sorted(r.key for r in reqs)
    assert all(r.ok for r in out)
    assert out[-1].key == ("slow", "findings")  # completion order, not input order
    assert active[1] <= 3 and active[1] >= 2


def test_rpm_limiter_spaces_requests(fake_openai):
    c = make(fake_openai, rpm=600, concurrency=4)  # one start per 0.1 s
    t0 = time.monotonic()
    out = list(c.map(ChatRequest(key=i, messages=msgs(str(i))) for i in range(6)))
    assert len(out) == 6
    assert time.monotonic() - t0 >= 0.45
    times = sorted(r.time for r in fake_openai.requests)
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.07


def test_api_key_from_env_never_shown(fake_openai, monkeypatch, caplog):
    monkeypatch.setenv("SHOKEN_TEST_KEY", "sk-very-secret-123")
    caplog.set_level(logging.DEBUG)
    fake_openai.script(fail(500), reply("no marker"))
    c = make(fake_openai, api_key_env="SHOKEN_TEST_KEY")
    r = c.complete(msgs(), validate=lambda t: None if "和訳" in t else "no marker", validate_retries=1)
    assert r.ok
    assert fake_openai.requests[0].headers["authorization"] == "Bearer sk-very-secret-123"
    assert "sk-very-secret" not in repr(c)
    assert c.headers()["Authorization"] == "Bearer ***"
    assert "sk-very-secret" not in caplog.text and SECRET_TEXT not in caplog.text
    assert "retry" in caplog.text  # the logs do say what happened
    monkeypatch.delenv("SHOKEN_TEST_KEY")
    c.complete(msgs("y"))
    assert "authorization" not in fake_openai.requests[-1].headers
