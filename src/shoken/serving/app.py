"""The HTTP API: ``create_app(config)`` builds a FastAPI application.

=======================  ====================================================
``POST /v1/label``       one report (``{"text": ...}``) or a batch
                         (``{"reports": [...]}``); the JSONL output's objects
``GET /v1/schemas``      label schemas this server labels with
``GET /v1/engines``      engines, which are enabled, which is the default
``GET /healthz``         liveness (no auth)
``GET /metrics``         Prometheus text format
``GET /openapi.json``    the OpenAPI document (with examples); ``/docs``
=======================  ====================================================

Engines are built once per worker process and cached per (engine, schema, uncertain);
engines that label batches more cheaply than single reports (``Engine.batches``) get a
micro-batcher that merges concurrent requests. Limits (body size, reports per request,
characters per report, time per request) are set in :class:`ServeConfig`; a request over
a limit gets a 4xx with a JSON body ``{"error": {"code", "message"}}``. Report text is
never logged: the access log (logger ``shoken.serve.access``) has the route, status,
sizes, report count and time.
"""

import asyncio
import hmac
import json
import logging
import os
import re
import time
import traceback
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Annotated, Any, Literal, Union

from shoken.core.errors import ShokenError, require

log = logging.getLogger("shoken.serve")
access_log = logging.getLogger("shoken.serve.access")

CONFIG_ENV = "SHOKEN_SERVE_CONFIG"
TOKEN_ENV = "SHOKEN_TOKEN"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class ServeConfig:
    """Settings of one server. Every limit is enforced per request."""

    #: engines requests may choose; the first is the default
    engines: tuple[str, ...] = ("rules",)
    #: the default schema (a bundled name or a YAML path set by the operator)
    schema: str = "ct-rate-18"
    #: server-side engine settings, per engine (e.g. {"model": {"model": "/models/x"}})
    engine_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_body_bytes: int = 8 * 1024 * 1024
    max_reports: int = 1000
    max_report_chars: int = 100_000
    #: seconds for reading the body and labeling
    timeout_s: float = 60.0
    #: bearer token; None = no auth (also read from $SHOKEN_TOKEN by `shoken serve`)
    token: str | None = None
    #: micro-batching of engines with ``batches = True``
    batch_window_ms: float = 5.0
    max_batch_reports: int = 256
    #: engines kept built (per worker)
    engine_cache: int = 8
    #: build the default engine at start-up
    preload: bool = True
    #: threads for engines that do not batch
    threads: int = 4

    def __post_init__(self) -> None:
        self.engines = tuple(self.engines)
        if not self.engines:
            raise ShokenError("serve needs at least one engine")
        from shoken.engines import ENGINES

        for e in self.engines:
            if e not in ENGINES:
                raise ShokenError(f"unknown engine {e!r}; choose from: {', '.join(ENGINES)}")
        for name, lim in (("max_body_bytes", self.max_body_bytes), ("max_reports", self.max_reports),
                          ("max_report_chars", self.max_report_chars)):
            if lim < 1:
                raise ShokenError(f"{name} must be at least 1")
        if self.timeout_s <= 0:
            raise ShokenError("timeout must be positive")

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "ServeConfig":
        return cls(**json.loads(text))


# -- engines ---------------------------------------------------------------------------
class MicroBatcher:
    """Merges concurrent requests for one engine into engine calls of up to ``max_reports``."""

    def __init__(self, engine, max_reports: int, window_s: float, on_batch=None) -> None:
        self.engine = engine
        self.max_reports = max(1, max_reports)
        self.window_s = max(0.0, window_s)
        self.on_batch = on_batch
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="shoken-batch")
        self.queue: asyncio.Queue | None = None
        self.task: asyncio.Task | None = None

    async def label(self, reports) -> list:
        if self.queue is None:
            self.queue = asyncio.Queue()
            self.task = asyncio.get_running_loop().create_task(self._run())
        fut = asyncio.get_running_loop().create_future()
        await self.queue.put((reports, fut))
        return await fut

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        q = self.queue
        assert q is not None
        carry = None
        while True:
            item = carry if carry is not None else await q.get()
            carry = None
            items = [item]
            n = len(item[0])
            deadline = loop.time() + self.window_s
            while n < self.max_reports:
                left = deadline - loop.time()
                try:
                    nxt = q.get_nowait() if left <= 0 else await asyncio.wait_for(q.get(), left)
                except (asyncio.TimeoutError, asyncio.QueueEmpty):
                    break
                if n + len(nxt[0]) > self.max_reports:
                    carry = nxt
                    break
                items.append(nxt)
                n += len(nxt[0])
            items = [it for it in items if not it[1].done()]  # requests that timed out
            if not items:
                continue
            merged = [r for reports, _ in items for r in reports]
            try:
                results = await loop.run_in_executor(self.executor, self.engine.label, merged)
            except Exception as exc:  # noqa: BLE001 - handed to each waiting request
                for _, fut in items:
                    if not fut.done():
                        fut.set_exception(exc)
                continue
            if self.on_batch is not None:
                self.on_batch(len(merged))
            pos = 0
            for reports, fut in items:
                if not fut.done():
                    fut.set_result(results[pos:pos + len(reports)])
                pos += len(reports)

    def close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)


class EnginePool:
    """Engines built once per process, cached per (engine, schema, uncertain), LRU-bounded."""

    def __init__(self, config: ServeConfig, metrics) -> None:
        self.config = config
        self.metrics = metrics
        self._engines: OrderedDict[tuple, Any] = OrderedDict()
        self._batchers: dict[tuple, MicroBatcher] = {}
        self._locks: dict[tuple, asyncio.Lock] = {}
        self._threads: ThreadPoolExecutor | None = None

    @property
    def threads(self) -> ThreadPoolExecutor:
        if self._threads is None:
            self._threads = ThreadPoolExecutor(max(1, self.config.threads), thread_name_prefix="shoken-label")
        return self._threads

    def _build(self, key: tuple):
        from shoken.engines import make_engine

        name, schema, uncertain = key
        opts = dict(self.config.engine_options.get(name, {}))
        opts.update(schema=schema, uncertain=uncertain)
        t0 = time.perf_counter()
        eng = make_engine(name, **opts)
        log.info("built engine %s (schema %s) in %.2fs", name, schema, time.perf_counter() - t0)
        return eng

    async def get(self, key: tuple):
        eng = self._engines.get(key)
        if eng is not None:
            self._engines.move_to_end(key)
            return eng
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            eng = self._engines.get(key)
            if eng is None:
                loop = asyncio.get_running_loop()
                eng = await loop.run_in_executor(self.threads, self._build, key)
                self._engines[key] = eng
                while len(self._engines) > max(1, self.config.engine_cache):
                    old, _ = self._engines.popitem(last=False)
                    b = self._batchers.pop(old, None)
                    if b is not None:
                        b.close()
                self.metrics.engines_loaded.set(len(self._engines))
        return eng

    def loaded(self) -> list[dict[str, str]]:
        return [{"engine": k[0], "schema": k[1], "uncertain": k[2]} for k in self._engines]

    async def label(self, key: tuple, reports) -> list:
        eng = await self.get(key)
        if getattr(eng, "batches", False):
            b = self._batchers.get(key)
            if b is None:
                b = self._batchers[key] = MicroBatcher(
                    eng, self.config.max_batch_reports, self.config.batch_window_ms / 1000,
                    on_batch=lambda n, e=key[0]: self.metrics.batch_size.labels(e).observe(n))
            return await b.label(reports)
        loop = asyncio.get_running_loop()
        self.metrics.batch_size.labels(key[0]).observe(len(reports))
        return await loop.run_in_executor(self.threads, eng.label, reports)

    def close(self) -> None:
        for b in self._batchers.values():
            b.close()
        for eng in self._engines.values():
            try:
                eng.close()
            except Exception:  # noqa: BLE001
                pass
        self._engines.clear()
        self._batchers.clear()
        self._locks.clear()  # bound to the event loop that is ending
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
            self._threads = None


# -- limits: body size and read time (pure ASGI, before any parsing) --------------------
_LIMIT_ERRORS: dict[str, type] = {}


def _limit_errors() -> tuple[type, type]:
    """HTTPException subclasses (FastAPI passes those through its body parsing as they are)."""
    if not _LIMIT_ERRORS:
        from starlette.exceptions import HTTPException

        class BodyTooLarge(HTTPException):
            def __init__(self, limit: int) -> None:
                super().__init__(413, f"request body is over the limit of {limit} bytes")

        class ReadTimeout(HTTPException):
            def __init__(self, timeout: float) -> None:
                super().__init__(408, f"the request body was not received within {timeout:g}s")

        _LIMIT_ERRORS.update(big=BodyTooLarge, slow=ReadTimeout)
    return _LIMIT_ERRORS["big"], _LIMIT_ERRORS["slow"]


class LimitsMiddleware:
    """Rejects bodies over ``max_body_bytes`` (413) and bodies slower than the timeout (408),
    counts requests and latency, and writes the access log (sizes and timings only)."""

    def __init__(self, app, config: ServeConfig, metrics) -> None:
        self.app, self.config, self.metrics = app, config, metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        limit = self.config.max_body_bytes
        deadline = t0 + self.config.timeout_s
        state = {"in": 0, "out": 0, "status": 0, "started": False}
        length = None
        for k, v in scope.get("headers", ()):
            if k == b"content-length":
                try:
                    length = int(v)
                except ValueError:
                    length = -1
        m = self.metrics
        m.in_flight.inc()
        _BodyTooLarge, _ReadTimeout = _limit_errors()

        async def recv():
            left = deadline - time.perf_counter()
            try:
                msg = await asyncio.wait_for(receive(), max(left, 0.001))
            except asyncio.TimeoutError:
                raise _ReadTimeout(self.config.timeout_s) from None
            if msg["type"] == "http.request":
                state["in"] += len(msg.get("body", b""))
                if state["in"] > limit:
                    raise _BodyTooLarge(limit)
            return msg

        async def snd(msg):
            if msg["type"] == "http.response.start":
                state["status"] = msg["status"]
                state["started"] = True
            elif msg["type"] == "http.response.body":
                state["out"] += len(msg.get("body", b""))
            await send(msg)

        try:
            if length is not None and length > limit:
                await self._error(snd, 413, "body_too_large",
                                  f"request body is {length} bytes; the limit is {limit}")
            else:
                try:
                    await self.app(scope, recv, snd)
                except _BodyTooLarge:
                    if not state["started"]:
                        await self._error(snd, 413, "body_too_large",
                                          f"request body is over the limit of {limit} bytes")
                except _ReadTimeout:
                    if not state["started"]:
                        await self._error(snd, 408, "request_timeout",
                                          f"the request body was not received within {self.config.timeout_s:g}s")
        finally:
            m.in_flight.dec()
            dt = time.perf_counter() - t0
            route = scope.get("route")
            rpath = getattr(route, "path", None) or "(unmatched)"
            method = scope.get("method", "")
            status = state["status"] or 500
            m.requests.labels(method, rpath, str(status)).inc()
            m.latency.labels(method, rpath).observe(dt)
            n_reports = scope.get("state", {}).get("n_reports", "-") if isinstance(scope.get("state"), dict) else "-"
            access_log.info("%s %s %d in=%dB out=%dB reports=%s %.1fms", method, rpath, status,
                            state["in"], state["out"], n_reports, dt * 1000)

    async def _error(self, send, status: int, code: str, message: str) -> None:
        self.metrics.errors.labels(code).inc()
        body = json.dumps({"error": {"code": code, "message": message}}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


# -- the app ----------------------------------------------------------------------------
def _schema_choices(config: ServeConfig) -> list[str]:
    from shoken.core.schema import available_schemas, load_schema

    names = list(available_schemas())
    default = load_schema(config.schema).name
    if default not in names:
        names.insert(0, default)
    return names


def create_app(config: ServeConfig | None = None):
    """Build the FastAPI app for ``config`` (default: rules engine, default limits)."""
    require("fastapi", "serve", "shoken serve")
    require("prometheus_client", "serve", "shoken serve")
    from fastapi import Depends, FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse, Response
    from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
    from pydantic import BaseModel, ConfigDict, Field, field_validator
    from starlette.exceptions import HTTPException as StarletteHTTPException

    import shoken
    from shoken.core.schema import load_schema
    from shoken.core.types import Report
    from shoken.engines import ENGINES
    from shoken.lang import available_languages
    from shoken.serving.metrics import Metrics

    cfg = config or ServeConfig()
    metrics = Metrics()
    pool = EnginePool(cfg, metrics)
    schema_names = _schema_choices(cfg)
    schema_paths = {load_schema(cfg.schema).name: cfg.schema}
    default_schema = load_schema(cfg.schema).name
    languages = tuple(available_languages())

    EngineName = Literal[tuple(cfg.engines)]  # type: ignore[valid-type]
    SchemaName = Literal[tuple(schema_names)]  # type: ignore[valid-type]
    LanguageCode = Literal[languages]  # type: ignore[valid-type]

    def _no_surrogates(v: str | None, what: str) -> str | None:
        if v is not None:
            m = _SURROGATE.search(v)
            if m:
                raise ValueError(f"{what} holds a lone surrogate at character {m.start()}; send valid Unicode")
        return v

    text_desc = (f"The report (at most {cfg.max_report_chars} characters). Findings and impression "
                 "may be joined with a blank line.")

    class ReportIn(BaseModel):
        model_config = ConfigDict(extra="forbid", json_schema_extra={
            "examples": [{"id": "r1", "text": "胸水は認めない。右肺下葉に結節を認める。"}]})
        id: str | None = Field(None, max_length=256, description="Your id for the report; default: its position in the batch (0, 1, ...).")
        text: str = Field(..., max_length=cfg.max_report_chars, description=text_desc)
        language: LanguageCode | None = Field(None, description="ja, en or zh; default: detected per report.")

        @field_validator("id", "text")
        @classmethod
        def _valid_unicode(cls, v, info):
            return _no_surrogates(v, info.field_name)

    class Options(BaseModel):
        engine: EngineName = Field(cfg.engines[0], description="Engine (see GET /v1/engines).")
        schema_: SchemaName = Field(default_schema, alias="schema", description="Label schema (see GET /v1/schemas).")
        uncertain: Literal["positive", "negative"] = Field(
            "positive", description="Binary label of hedged findings: positive (CT-RATE convention) or negative.")

    class LabelOne(ReportIn, Options):
        model_config = ConfigDict(extra="forbid", populate_by_name=True, title="LabelOne",
                                  json_schema_extra={"examples": [
                                      {"text": "Small left pleural effusion. No pneumothorax.", "id": "r1"}]})

    class LabelBatch(Options):
        model_config = ConfigDict(extra="forbid", populate_by_name=True, title="LabelBatch")
        reports: list[ReportIn] = Field(..., min_length=1, max_length=cfg.max_reports,
                                        description=f"1 to {cfg.max_reports} reports.")
        language: LanguageCode | None = Field(None, description="Language of every report without its own.")

    class EvidenceOut(BaseModel):
        start: int = Field(..., description="Character offset of the mention in the text.")
        end: int
        text: str
        cue: str | None = Field(..., description="The negation/uncertainty/affirmation cue, if any.")
        sentence: str | None = None
        section: str | None = None

    class FindingOut(BaseModel):
        label: Literal[0, 1] = Field(..., description="CT-RATE 0/1 label.")
        state: Literal["positive", "negative", "uncertain", "absent"]
        score: float = Field(..., ge=0, le=1)
        evidence: list[EvidenceOut]

    class ResultOut(BaseModel):
        model_config = ConfigDict(json_schema_extra={"examples": [{
            "id": "r1", "language": "en", "engine": "rules",
            "findings": {"Pleural effusion": {"label": 1, "state": "positive", "score": 0.95, "evidence": [
                {"start": 0, "end": 22, "text": "Small left pleural effusion", "cue": None,
                 "sentence": "Small left pleural effusion."}]}}}]})
        id: str
        findings: dict[str, FindingOut] = Field(..., description="Every finding of the schema, in schema order.")
        language: str | None = None
        engine: str | None = None
        meta: dict[str, Any] | None = None

    class BatchOut(BaseModel):
        results: list[ResultOut] = Field(..., description="One result per report, in request order.")
        engine: str
        schema_: str = Field(..., alias="schema")
        n: int

    class ErrorBody(BaseModel):
        code: str = Field(..., description="Machine-readable error code.", examples=["report_too_long"])
        message: str
        detail: list[dict[str, Any]] | None = None

    class ErrorOut(BaseModel):
        error: ErrorBody

    class FindingInfo(BaseModel):
        name: str
        display: dict[str, str]

    class SchemaInfo(BaseModel):
        name: str
        description: str
        default: bool
        languages: list[str]
        findings: list[FindingInfo]

    class SchemasOut(BaseModel):
        schemas: list[SchemaInfo]

    class EngineInfo(BaseModel):
        name: str
        enabled: bool
        default: bool
        extra: str | None = Field(..., description="pip extra the engine needs, if any.")
        batches: bool | None = Field(..., description="Whether concurrent requests are merged into batches (known once built).")

    class EnginesOut(BaseModel):
        engines: list[EngineInfo]

    class LimitsOut(BaseModel):
        max_body_bytes: int
        max_reports: int
        max_report_chars: int
        timeout_s: float

    class HealthOut(BaseModel):
        status: Literal["ok"]
        version: str
        engines_loaded: list[dict[str, str]]
        limits: LimitsOut

    def err(status: int, code: str, message: str, detail=None, headers=None) -> JSONResponse:
        metrics.errors.labels(code).inc()
        body: dict[str, Any] = {"code": code, "message": message}
        if detail is not None:
            body["detail"] = detail
        return JSONResponse({"error": body}, status_code=status, headers=headers)

    async def lifespan(app):
        if cfg.preload:
            key = (cfg.engines[0], schema_paths.get(default_schema, default_schema), "positive")
            eng = await pool.get(key)
            if callable(getattr(eng, "compiled", None)):  # the rule engine compiles per language
                for code in languages:
                    eng.compiled(code)
        yield
        pool.close()

    app = FastAPI(
        title="shoken",
        version=shoken.__version__,
        summary="Structured findings from free-text radiology reports.",
        description=("Label radiology reports (Japanese, English, Chinese) with a schema's findings: "
                     "each finding gets a state (positive / negative / uncertain / absent), a 0/1 label, "
                     "a score and evidence. Responses are the objects of `shoken label -o x.jsonl`."
                     + (" Send `Authorization: Bearer <token>`." if cfg.token else "")),
        lifespan=lifespan,
    )
    app.state.config = cfg
    app.state.pool = pool
    app.state.metrics = metrics

    bearer = HTTPBearer(auto_error=False, description="The token given to `shoken serve --token`.")

    async def check_token(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]):
        tok = cfg.token
        if creds is None or not hmac.compare_digest(creds.credentials.encode(), tok.encode()):
            raise _Unauthorized()

    auth = [Depends(check_token)] if cfg.token else []
    e401 = {401: {"model": ErrorOut, "description": "Missing or wrong bearer token."}} if cfg.token else {}

    @app.exception_handler(_Unauthorized)
    async def _unauth(request: Request, exc: _Unauthorized):
        return err(401, "unauthorized", "missing or wrong bearer token (Authorization: Bearer <token>)",
                   headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = list(exc.errors())
        # a body matches LabelOne (text) or LabelBatch (reports): report the branch it meant
        body = getattr(exc, "body", None)
        branch = "LabelBatch" if isinstance(body, dict) and "reports" in body else "LabelOne"
        kept = []
        for e in errors:
            loc = tuple(e.get("loc", ()))
            if len(loc) > 1 and loc[0] == "body" and loc[1] in ("LabelOne", "LabelBatch"):
                if loc[1] != branch:
                    continue
                e = {**e, "loc": ("body", *loc[2:])}
            kept.append(e)
        errors = kept or errors
        detail = [{"loc": [str(x) for x in e.get("loc", ())], "type": e.get("type", ""),
                   "msg": str(e.get("msg", ""))} for e in errors[:20]]
        types = {e.get("type") for e in errors}
        locs = [tuple(e.get("loc", ())) for e in errors]
        code, message = "invalid_request", "the request does not match the API schema"
        if "json_invalid" in types:
            code, message = "invalid_json", "the request body is not valid JSON"
        elif any(e.get("type") == "too_long" and tuple(e.get("loc", ()))[-1:] == ("reports",) for e in errors):
            code, message = "too_many_reports", f"at most {cfg.max_reports} reports per request"
        elif any(e.get("type") == "string_too_long" and tuple(e.get("loc", ()))[-1:] == ("text",) for e in errors):
            code, message = "report_too_long", f"a report is longer than {cfg.max_report_chars} characters"
        elif locs:
            first = errors[0]
            where = ".".join(str(x) for x in first.get("loc", ()))
            message = f"{where}: {first.get('msg', '')}"
        # the body is not echoed back: pydantic's "input" may be report text
        return err(422, code, message, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        codes = {404: "not_found", 405: "method_not_allowed", 400: "bad_request",
                 413: "body_too_large", 408: "request_timeout"}
        headers = getattr(exc, "headers", None)
        if exc.status_code == 400:  # FastAPI could not parse the body (e.g. not UTF-8)
            return err(422, "invalid_json", "the request body is not valid UTF-8 JSON")
        return err(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail), headers=headers)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        # type and frames only: an exception's message may quote report text
        log.error("internal error %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
        return err(500, "internal_error", "internal error; the server log has the details")

    label_examples = {
        "one": {"summary": "One report", "value": {"id": "r1", "text": "胸水は認めない。右肺下葉に結節を認める。"}},
        "batch": {"summary": "A batch", "value": {
            "reports": [{"id": "a", "text": "Small left pleural effusion. No pneumothorax."},
                        {"id": "b", "text": "心拡大なし。両側胸水を認める。", "language": "ja"}],
            "uncertain": "positive"}},
    }
    common_errors = {
        408: {"model": ErrorOut, "description": "Reading or labeling took longer than the server's timeout."},
        413: {"model": ErrorOut, "description": "The body is larger than the server's limit."},
        422: {"model": ErrorOut, "description": "Not valid JSON, or not a valid request (too many reports, a report too long, an unknown engine or schema)."},
        **e401,
    }

    from fastapi import Body

    @app.post("/v1/label", tags=["label"], dependencies=auth,
              response_model=Union[ResultOut, BatchOut],  # type: ignore[arg-type]
              responses={200: {"description": "A result for `text`, or `results` for `reports`."},
                         **common_errors},
              summary="Label one report or a batch")
    async def label(request: Request,
                    body: Annotated[Union[LabelOne, LabelBatch], Body(openapi_examples=label_examples)]):
        """Label one report (`text`) or a batch (`reports`). The result objects are those
        of the JSONL output: `{"id", "findings": {name: {"label", "state", "score",
        "evidence": [...]}}}`, with every finding of the schema, in schema order."""
        if isinstance(body, LabelBatch):
            reports = [Report(id=r.id if r.id is not None else str(i), text=r.text,
                              language=r.language or body.language) for i, r in enumerate(body.reports)]
        else:
            reports = [Report(id=body.id if body.id is not None else "0", text=body.text, language=body.language)]
        request.scope.setdefault("state", {})["n_reports"] = len(reports)
        key = (body.engine, schema_paths.get(body.schema_, body.schema_), body.uncertain)
        try:
            results = await asyncio.wait_for(pool.label(key, reports), cfg.timeout_s)
        except asyncio.TimeoutError:
            return err(408, "request_timeout",
                       f"labeling took longer than the server's limit of {cfg.timeout_s:g}s; send fewer or shorter reports")
        except ShokenError as exc:
            return err(422, "engine_error", str(exc))
        metrics.reports.labels(body.engine, body.schema_).inc(len(results))
        out = [r.to_dict() for r in results]
        if isinstance(body, LabelBatch):
            return JSONResponse({"results": out, "engine": body.engine, "schema": body.schema_, "n": len(out)})
        return JSONResponse(out[0])

    @app.get("/v1/schemas", response_model=SchemasOut, tags=["info"], dependencies=auth,
             responses=e401, summary="Label schemas")
    async def schemas():
        out = []
        for name in schema_names:
            s = load_schema(schema_paths.get(name, name))
            out.append({"name": s.name, "description": s.description, "default": s.name == default_schema,
                        "languages": s.languages,
                        "findings": [{"name": f.name, "display": dict(f.display)} for f in s.findings]})
        return {"schemas": out}

    @app.get("/v1/engines", response_model=EnginesOut, tags=["info"], dependencies=auth,
             responses=e401, summary="Engines")
    async def engines():
        built = {k[0]: e for k, e in pool._engines.items()}
        return {"engines": [
            {"name": n, "enabled": n in cfg.engines, "default": n == cfg.engines[0], "extra": extra,
             "batches": (bool(getattr(built[n], "batches", False)) if n in built else None)}
            for n, (_, extra) in ENGINES.items()]}

    @app.get("/healthz", response_model=HealthOut, tags=["info"], summary="Liveness")
    async def healthz():
        return {"status": "ok", "version": shoken.__version__, "engines_loaded": pool.loaded(),
                "limits": {"max_body_bytes": cfg.max_body_bytes, "max_reports": cfg.max_reports,
                           "max_report_chars": cfg.max_report_chars, "timeout_s": cfg.timeout_s}}

    @app.get("/metrics", tags=["info"], dependencies=auth, summary="Prometheus metrics",
             response_class=Response,
             responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}},
                              "description": "Prometheus text exposition format."}, **e401})
    async def metrics_endpoint():
        return Response(metrics.render(), media_type=metrics.content_type)

    app.add_middleware(LimitsMiddleware, config=cfg, metrics=metrics)
    return app


class _Unauthorized(Exception):
    pass


def create_app_from_env():
    """Factory for ``uvicorn --factory`` (one app per worker): config from $SHOKEN_SERVE_CONFIG."""
    level = os.environ.get("SHOKEN_SERVE_LOG_LEVEL")
    if level and not logging.getLogger().handlers:  # a fresh worker process: log like the parent
        logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO),
                            format="%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s")
    raw = os.environ.get(CONFIG_ENV)
    cfg = ServeConfig.from_json(raw) if raw else ServeConfig()
    if cfg.token is None and os.environ.get(TOKEN_ENV):
        cfg.token = os.environ[TOKEN_ENV]
    return create_app(cfg)
