"""A fake OpenAI-compatible server on loopback, for tests (a real HTTP server).

Use the fixture (import it into a test module, or into a conftest)::

    from fake_openai import FakeOpenAI, fail, rate_limit, reply, sleep, drop, fake_openai

    def test_x(fake_openai):
        fake_openai.responder = lambda body: "和訳: " + FakeOpenAI.user_text(body)
        fake_openai.script(rate_limit(retry_after=1), fail(500))   # next two requests fail
        client = ChatClient(model="m", base_url=fake_openai.url, backoff_base=0.01)
        ...
        assert fake_openai.count == 3

API
---
``FakeOpenAI(responder=None, *, model="fake-model", latency=0.0)``; ``start()`` /
``stop()`` (the fixture does both); ``url`` is the base URL, ``http://127.0.0.1:<port>/v1``.

Endpoints: ``POST /v1/chat/completions`` (an OpenAI chat completion, with
``usage``) and ``GET /v1/models`` (``{"data": [{"id": model}]}``); anything else is 404,
a body that is not JSON is 400.

Attributes you may set at any time:

* ``responder(body: dict) -> str``: the reply content for a request. The default answers
  ``"和訳: " + the last user message`` (a Japanese-style echo with the marker).
* ``usage(body: dict, reply: str) -> (prompt_tokens, completion_tokens)``: default is the
  number of characters of all message contents and of the reply.
* ``latency``: seconds every request waits before it is answered.

Scripted behaviours, consumed one per request in order (``script(*behaviours, when=None)``;
with ``when(body) -> bool`` a behaviour only applies to matching requests):

* ``fail(status=500, retry_after=None, body=None)``: an error answer (``Retry-After`` header
  when given); ``rate_limit(retry_after=1)`` is ``fail(429, retry_after=...)``;
* ``sleep(seconds, then=None)``: wait (e.g. past the client's timeout), then answer normally
  or with behaviour ``then``;
* ``reply(text)``: answer with ``text`` instead of the responder's (``reply("")`` for an
  empty output, ``reply("no marker here")`` for output without the marker);
* ``drop()``: close the connection without answering.

Records: ``requests`` is a list of :class:`Recorded` (``body``, ``headers``, ``behaviour``,
``status``); ``count`` is ``len(requests)``; ``user_texts()`` the last user message of each;
``clear_script()`` drops behaviours not yet used; ``reset()`` clears records, script,
responder, usage and latency.
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Behaviour:
    kind: str                      # "fail" | "sleep" | "reply" | "drop"
    status: int = 500
    retry_after: float | str | None = None
    body: Any = None
    seconds: float = 0.0
    text: str | None = None
    then: "Behaviour | None" = None
    when: Callable[[dict], bool] | None = None


def fail(status: int = 500, retry_after: float | str | None = None, body: Any = None) -> Behaviour:
    return Behaviour("fail", status=status, retry_after=retry_after, body=body)


def rate_limit(retry_after: float | str | None = 1) -> Behaviour:
    return fail(429, retry_after=retry_after)


def sleep(seconds: float, then: Behaviour | None = None) -> Behaviour:
    return Behaviour("sleep", seconds=seconds, then=then)


def reply(text: str) -> Behaviour:
    return Behaviour("reply", text=text)


def drop() -> Behaviour:
    return Behaviour("drop")


@dataclass
class Recorded:
    body: dict
    headers: dict[str, str]
    behaviour: str = "ok"
    status: int = 200
    time: float = field(default_factory=time.monotonic)


def _default_usage(body: dict, text: str) -> tuple[int, int]:
    prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
    return prompt, len(text)


class FakeOpenAI:
    def __init__(self, responder: Callable[[dict], str] | None = None, *, model: str = "fake-model",
                 latency: float = 0.0) -> None:
        self.model = model
        self.responder = responder or self.echo_ja
        self.usage: Callable[[dict, str], tuple[int, int]] = _default_usage
        self.latency = latency
        self.requests: list[Recorded] = []
        self._script: list[Behaviour] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._n = 0

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def user_text(body: dict) -> str:
        users = [m for m in body.get("messages", []) if m.get("role") == "user"]
        return str(users[-1].get("content") or "") if users else ""

    @staticmethod
    def system_text(body: dict) -> str:
        sys_ = [m for m in body.get("messages", []) if m.get("role") == "system"]
        return str(sys_[0].get("content") or "") if sys_ else ""

    @classmethod
    def echo_ja(cls, body: dict) -> str:
        return "和訳: " + cls.user_text(body)

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def user_texts(self) -> list[str]:
        with self._lock:
            return [self.user_text(r.body) for r in self.requests]

    def script(self, *behaviours: Behaviour, when: Callable[[dict], bool] | None = None) -> None:
        with self._lock:
            for b in behaviours:
                if when is not None:
                    b = Behaviour(**{**b.__dict__, "when": when})
                self._script.append(b)

    def clear_script(self) -> None:
        with self._lock:
            self._script.clear()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._script.clear()
        self.responder = self.echo_ja
        self.usage = _default_usage
        self.latency = 0.0

    def _take(self, body: dict) -> Behaviour | None:
        with self._lock:
            for i, b in enumerate(self._script):
                if b.when is None or b.when(body):
                    return self._script.pop(i)
        return None

    # -- server ----------------------------------------------------------------------------------
    def start(self) -> "FakeOpenAI":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # silence
                pass

            def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:
                if self.path.rstrip("/") == "/v1/models":
                    self._send(200, {"object": "list",
                                     "data": [{"id": fake.model, "object": "model"}]})
                else:
                    self._send(404, {"error": {"message": "not found", "type": "not_found"}})

            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n) if n else b""
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, {"error": {"message": "not found", "type": "not_found"}})
                    return
                try:
                    body = json.loads(raw)
                    assert isinstance(body, dict)
                except Exception:
                    self._send(400, {"error": {"message": "body is not JSON", "type": "invalid"}})
                    return
                rec = Recorded(body=body, headers={k.lower(): v for k, v in self.headers.items()})
                with fake._lock:
                    fake.requests.append(rec)
                    fake._n += 1
                    n_id = fake._n
                b = fake._take(body)
                if fake.latency:
                    time.sleep(fake.latency)
                while b is not None and b.kind == "sleep":
                    rec.behaviour = f"sleep {b.seconds:g}"
                    time.sleep(b.seconds)
                    b = b.then
                if b is not None and b.kind == "drop":
                    rec.behaviour, rec.status = "drop", 0
                    self.close_connection = True
                    try:
                        self.connection.shutdown(2)
                    except OSError:
                        pass
                    return
                if b is not None and b.kind == "fail":
                    rec.behaviour, rec.status = f"fail {b.status}", b.status
                    headers = {}
                    if b.retry_after is not None:
                        headers["Retry-After"] = str(b.retry_after)
                    payload = b.body if b.body is not None else {
                        "error": {"message": f"injected failure {b.status}", "type": "fake"}}
                    self._send(b.status, payload, headers)
                    return
                if b is not None and b.kind == "reply":
                    rec.behaviour = "reply"
                    text = b.text or ""
                else:
                    text = fake.responder(body)
                pt, ct = fake.usage(body, text)
                self._send(200, {
                    "id": f"chatcmpl-fake-{n_id}", "object": "chat.completion",
                    "created": int(time.time()), "model": body.get("model", fake.model),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": text}}],
                    "usage": {"prompt_tokens": pt, "completion_tokens": ct,
                              "total_tokens": pt + ct},
                })

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-openai",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture
def fake_openai():
    """A started :class:`FakeOpenAI` on 127.0.0.1 (a free port), stopped after the test."""
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()
