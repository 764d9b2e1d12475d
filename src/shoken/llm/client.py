"""A small, reusable client for OpenAI-compatible ``/v1/chat/completions`` endpoints.

Works with OpenAI, vLLM (``http://localhost:8000/v1``), llama.cpp's server
(``http://localhost:8080/v1``) and Ollama (``http://localhost:11434/v1``).

* configuration: base URL, model, API key read from an environment variable
  (never printed, never logged), temperature, max tokens, timeout;
* bounded concurrency (a thread pool) behind a synchronous facade:
  :meth:`ChatClient.map` yields :class:`ChatResult` objects *in completion order*,
  each carrying the ``key`` of its :class:`ChatRequest`;
* retries with exponential backoff and jitter on 429 (``Retry-After`` honoured),
  5xx, timeouts and connection errors; an optional requests-per-minute limit;
* token usage and cost totals (:attr:`ChatClient.totals`);
* a guard: text is only sent to loopback endpoints (``localhost``, 127.0.0.0/8,
  ``::1``) unless ``allow_remote=True``.

Report text never appears in logs or in error messages; logs carry counts,
status codes and timings only.
"""
from __future__ import annotations

import email.utils
import ipaddress
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from shoken.core.errors import ShokenError, require

log = logging.getLogger("shoken.llm")

DEFAULT_BASE_URL = "http://localhost:8000/v1"
DEFAULT_API_KEY_ENV = "OPENAI_API_KEY"


class LLMError(ShokenError):
    """A configuration or endpoint problem (one line, never containing report text)."""


class RemoteEndpointError(LLMError):
    """Refused to send text to a non-local endpoint without ``allow_remote=True``."""


def is_local_url(url: str) -> bool:
    """True when ``url``'s host is ``localhost``, in 127.0.0.0/8, or ``::1``."""
    host = (urlsplit(url).hostname or "").strip("[]").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class ChatRequest:
    """One chat-completion request. ``key`` is returned with the result (e.g. ``(id, section)``)."""

    key: Hashable
    messages: list[dict[str, str]]
    temperature: float | None = None   # None = the client's default
    max_tokens: int | None = None      # None = the client's default
    extra: dict[str, Any] = field(default_factory=dict)  # more body fields (e.g. response_format)


@dataclass
class ChatResult:
    key: Hashable
    text: str | None = None            # the reply content ("" when the model sent nothing)
    error: str | None = None           # one line, no report text; None when ok
    status: int | None = None          # last HTTP status seen
    attempts: int = 0                  # HTTP attempts made (1 = no retry)
    invalid: int = 0                   # replies rejected by ``validate``
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str | None = None
    latency_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class UsageTotals:
    requests: int = 0          # HTTP attempts sent
    succeeded: int = 0         # results returned ok
    failed: int = 0            # results returned with an error
    retries: int = 0           # attempts beyond the first (HTTP errors + invalid replies)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class _RateLimiter:
    """Spaces request starts at least ``60 / rpm`` seconds apart (thread-safe)."""

    def __init__(self, rpm: float | None) -> None:
        self.interval = 60.0 / rpm if rpm and rpm > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def acquire(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self.interval
        delay = slot - time.monotonic()
        if delay > 0:
            time.sleep(delay)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, dt.timestamp() - time.time())


def _scrub(message: str, request: ChatRequest, limit: int = 200) -> str:
    """Return a server error message only if it does not echo any request text."""
    message = " ".join(str(message).split())[:limit]
    window = 12
    for m in request.messages:
        content = str(m.get("content") or "")
        if len(content) < window:
            if content and content in message:
                return "(message withheld: it quotes the request)"
            continue
        grams = {content[i:i + window] for i in range(len(content) - window + 1)}
        if any(message[i:i + window] in grams for i in range(max(0, len(message) - window + 1))):
            return "(message withheld: it quotes the request)"
    return message


class ChatClient:
    """Synchronous facade over a thread pool of chat-completion calls.

    >>> client = ChatClient(model="qwen2.5-7b-instruct", base_url="http://localhost:8000/v1")
    >>> for res in client.map(ChatRequest(key=i, messages=[...]) for i in ...):  # doctest: +SKIP
    ...     print(res.key, res.ok, res.text)
    """

    def __init__(self, *, model: str, base_url: str = DEFAULT_BASE_URL,
                 api_key_env: str | None = DEFAULT_API_KEY_ENV, temperature: float | None = 0.0,
                 max_tokens: int | None = None, timeout: float = 120.0, concurrency: int = 4,
                 max_retries: int = 5, backoff_base: float = 1.0, backoff_max: float = 60.0,
                 max_retry_after: float = 300.0, rpm: float | None = None,
                 price_in_per_1k: float = 0.0, price_out_per_1k: float = 0.0,
                 allow_remote: bool = False, extra_body: dict[str, Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        if not model:
            raise LLMError("no model given (--model)")
        if concurrency < 1:
            raise LLMError("concurrency must be at least 1")
        if max_retries < 0:
            raise LLMError("max_retries must be 0 or more")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LLMError(f"base URL must be http(s)://host[:port]/..., got {base_url!r}")
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.api_key_env = api_key_env
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.timeout = float(timeout)
        self.concurrency = int(concurrency)
        self.max_retries = int(max_retries)
        self.backoff_base = float(backoff_base)
        self.backoff_max = float(backoff_max)
        self.max_retry_after = float(max_retry_after)
        self.rpm = rpm
        self.price_in_per_1k = float(price_in_per_1k)
        self.price_out_per_1k = float(price_out_per_1k)
        self.allow_remote = bool(allow_remote)
        self.extra_body = dict(extra_body or {})
        self._headers = dict(headers or {})
        self.totals = UsageTotals()
        self._lock = threading.Lock()
        self._limiter = _RateLimiter(rpm)
        self._http = None

    # -- configuration -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"{self.base_url}/chat/completions"

    @property
    def is_local(self) -> bool:
        return is_local_url(self.base_url)

    def check_endpoint(self) -> None:
        """Raise :class:`RemoteEndpointError` if text may not be sent to this endpoint."""
        if not self.is_local and not self.allow_remote:
            host = urlsplit(self.base_url).hostname
            raise RemoteEndpointError(
                f"refusing to send report text to the non-local endpoint {host!r}; "
                "pass --allow-remote (allow_remote=True) if that is intended")

    def _api_key(self) -> str | None:
        if not self.api_key_env:
            return None
        return os.environ.get(self.api_key_env) or None

    def headers(self, *, redact: bool = True) -> dict[str, str]:
        """Request headers; the API key is shown as ``Bearer ***`` unless ``redact=False``."""
        h = {"Content-Type": "application/json", **self._headers}
        key = self._api_key()
        if key:
            h["Authorization"] = "Bearer ***" if redact else f"Bearer {key}"
        return h

    def body(self, request: ChatRequest) -> dict[str, Any]:
        """The JSON body that would be sent for ``request`` (used by ``--dry-run``)."""
        b: dict[str, Any] = {"model": self.model, "messages": request.messages}
        temp = request.temperature if request.temperature is not None else self.temperature
        if temp is not None:
            b["temperature"] = temp
        mt = request.max_tokens if request.max_tokens is not None else self.max_tokens
        if mt is not None:
            b["max_tokens"] = mt
        b.update(self.extra_body)
        b.update(request.extra)
        return b

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.price_in_per_1k + completion_tokens * self.price_out_per_1k) / 1000.0

    def __repr__(self) -> str:
        key = "set" if self._api_key() else "unset"
        return (f"ChatClient(model={self.model!r}, base_url={self.base_url!r}, "
                f"api_key_env={self.api_key_env!r} ({key}), concurrency={self.concurrency})")

    # -- HTTP ------------------------------------------------------------------------------------
    def _client(self):
        if self._http is None:
            httpx = require("httpx", "llm", "the LLM client")
            with self._lock:
                if self._http is None:
                    self._http = httpx.Client(
                        timeout=httpx.Timeout(self.timeout),
                        limits=httpx.Limits(max_connections=self.concurrency,
                                            max_keepalive_connections=self.concurrency))
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self) -> "ChatClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def list_models(self) -> list[str]:
        """``GET /models``: the model ids the endpoint serves (sends no report text)."""
        httpx = require("httpx", "llm", "the LLM client")
        try:
            r = self._client().get(f"{self.base_url}/models", headers=self.headers(redact=False))
        except httpx.HTTPError as exc:
            raise LLMError(f"cannot reach {self.base_url}: {type(exc).__name__}") from None
        if r.status_code != 200:
            raise LLMError(f"GET {self.base_url}/models answered HTTP {r.status_code}")
        try:
            return [m["id"] for m in r.json().get("data", [])]
        except Exception:
            raise LLMError(f"GET {self.base_url}/models: unexpected response") from None

    def _backoff(self, attempt: int) -> float:
        base = min(self.backoff_max, self.backoff_base * (2 ** attempt))
        return base * random.uniform(0.5, 1.0)

    def complete(self, request: ChatRequest | list[dict[str, str]], *,
                 validate: Callable[[str], str | None] | None = None,
                 validate_retries: int = 0) -> ChatResult:
        """Send one request (with retries) and return its :class:`ChatResult`.

        ``validate(text)`` returns ``None`` when a reply is usable, else a short reason
        (no report text); an unusable reply is asked for again up to ``validate_retries``
        times, after which the result has ``error="invalid reply: <reason>"`` and the last
        reply in ``text``.
        """
        if not isinstance(request, ChatRequest):
            request = ChatRequest(key=None, messages=list(request))
        self.check_endpoint()
        httpx = require("httpx", "llm", "the LLM client")
        http = self._client()
        body = self.body(request)
        res = ChatResult(key=request.key)
        t0 = time.monotonic()
        http_attempt = 0
        while True:
            self._limiter.acquire()
            res.attempts += 1
            with self._lock:
                self.totals.requests += 1
                if res.attempts > 1:
                    self.totals.retries += 1
            delay: float | None = None
            error: str | None = None
            try:
                r = http.post(self.url, json=body, headers=self.headers(redact=False))
            except httpx.TimeoutException:
                error = f"timed out after {self.timeout:g}s"
                res.status = None
            except httpx.TransportError as exc:
                error = f"connection error ({type(exc).__name__})"
                res.status = None
            else:
                res.status = r.status_code
                if r.status_code == 200:
                    parsed = self._parse(r, request)
                    if isinstance(parsed, str):  # a malformed body
                        error = parsed
                    else:
                        text, finish, pt, ct = parsed
                        res.prompt_tokens += pt
                        res.completion_tokens += ct
                        res.finish_reason = finish
                        with self._lock:
                            self.totals.prompt_tokens += pt
                            self.totals.completion_tokens += ct
                            self.totals.cost += self.cost(pt, ct)
                        reason = validate(text) if validate is not None else None
                        if reason is None:
                            res.text, res.error = text, None
                            break
                        res.invalid += 1
                        res.text = text
                        log.debug("invalid reply for one request (%s), attempt %d", reason, res.invalid)
                        if res.invalid > validate_retries:
                            res.error = f"invalid reply: {reason}"
                            break
                        continue  # ask again at once; not an HTTP failure
                elif r.status_code == 429 or r.status_code >= 500:
                    error = f"HTTP {r.status_code}"
                    if r.status_code == 429:
                        ra = _retry_after(r.headers.get("retry-after"))
                        if ra is not None:
                            delay = min(ra, self.max_retry_after)
                else:
                    res.error = f"HTTP {r.status_code}: {self._error_message(r, request)}"
                    break
            # a retryable failure
            if http_attempt >= self.max_retries:
                res.error = f"{error} (gave up after {http_attempt + 1} attempts)"
                break
            if delay is None:
                delay = self._backoff(http_attempt)
            http_attempt += 1
            log.info("request failed (%s); retry %d/%d in %.2fs", error, http_attempt,
                     self.max_retries, delay)
            time.sleep(delay)
        res.latency_s = time.monotonic() - t0
        with self._lock:
            if res.ok:
                self.totals.succeeded += 1
            else:
                self.totals.failed += 1
        return res

    @staticmethod
    def _parse(r, request: ChatRequest):
        try:
            data = r.json()
            choice = data["choices"][0]
            text = (choice.get("message") or {}).get("content")
            if text is None:
                text = choice.get("text") or ""
            usage = data.get("usage") or {}
            return (str(text), choice.get("finish_reason"), int(usage.get("prompt_tokens") or 0),
                    int(usage.get("completion_tokens") or 0))
        except Exception:
            return "malformed response (not an OpenAI chat completion)"

    @staticmethod
    def _error_message(r, request: ChatRequest) -> str:
        msg = ""
        try:
            err = r.json().get("error")
            if isinstance(err, dict):
                msg = str(err.get("message") or err.get("type") or err.get("code") or "")
            elif err:
                msg = str(err)
        except Exception:
            msg = ""
        hint = {401: "check the API key variable", 403: "check the API key variable",
                404: "check --base-url and --model"}.get(r.status_code, "")
        msg = _scrub(msg, request) if msg else ""
        return "; ".join(x for x in (msg, hint) if x) or "request rejected"

    # -- many requests ---------------------------------------------------------------------------
    def map(self, requests: Iterable[ChatRequest], *,
            validate: Callable[[str], str | None] | None = None,
            validate_retries: int = 0) -> Iterator[ChatResult]:
        """Send ``requests`` with at most ``concurrency`` in flight; yield results as they finish.

        The iterable is consumed lazily (at most ``2 * concurrency`` requests are held),
        so a generator over a large dataset runs in constant memory. Failures are results
        with ``ok == False``, never exceptions (configuration errors do raise).
        """
        self.check_endpoint()
        it = iter(requests)
        limit = 2 * self.concurrency
        pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="shoken-llm")
        pending: set[Future] = set()
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < limit:
                    try:
                        req = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    pending.add(pool.submit(self.complete, req, validate=validate,
                                            validate_retries=validate_retries))
                if not pending:
                    break
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
        finally:
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
