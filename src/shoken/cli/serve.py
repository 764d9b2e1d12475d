"""``shoken serve``: the HTTP API (FastAPI, run by uvicorn)."""
from __future__ import annotations

import logging
import os
import sys
import tempfile

import typer

from shoken.cli import app
from shoken.cli._common import err_console, parse_options
from shoken.core.errors import ShokenError


def _engine_options(engines: list[str], items: list[str] | None, model: str | None) -> dict[str, dict]:
    out: dict[str, dict] = {e: {} for e in engines}
    for item in items or []:
        target = engines[0]
        head, sep, rest = item.partition(":")
        if sep and head in out and "=" in rest:
            target, item = head, rest
        out[target].update(parse_options([item]))
    if model is not None:
        for e in engines:
            if e in ("model", "hybrid"):
                out[e].setdefault("model", model)
    return {k: v for k, v in out.items() if v}


@app.command("serve")
def serve_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, "--port", "-p", help="TCP port."),
    engine: list[str] = typer.Option(None, "--engine", "-e", help="Engine requests may use; repeat for several (the first is the default). Default: rules."),
    schema: str = typer.Option("ct-rate-18", "--schema", "-s", help="Default schema (a bundled name or a YAML path)."),
    model: str = typer.Option(None, "--model", "-m", help="Model folder for the model/hybrid engines."),
    option: list[str] = typer.Option(None, "--engine-option", "-O", help="Engine setting key=value for the default engine, or engine:key=value (repeatable)."),
    max_body: int = typer.Option(8 * 1024 * 1024, "--max-body", help="Largest request body, bytes (413 above)."),
    max_reports: int = typer.Option(1000, "--max-reports", help="Most reports per request (422 above)."),
    max_report_chars: int = typer.Option(100_000, "--max-report-chars", help="Longest report, characters (422 above)."),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds to read and label one request (408 above)."),
    token: str = typer.Option(None, "--token", help="Require 'Authorization: Bearer <token>' (default: $SHOKEN_TOKEN; none = no auth).", show_default=False),
    workers: int = typer.Option(1, "--workers", "-w", help="Server processes (each loads its engines once)."),
    batch_window_ms: float = typer.Option(5.0, "--batch-window-ms", help="How long a batching engine waits to merge concurrent requests."),
    log_level: str = typer.Option("info", "--log-level", help="debug, info, warning or error."),
) -> None:
    """Serve the labeling API: POST /v1/label, GET /v1/schemas, /v1/engines, /healthz,
    /metrics (Prometheus), /openapi.json and /docs.

    Report text is never logged; the access log carries sizes and timings only.
    """
    from shoken.core.errors import require

    require("fastapi", "serve", "shoken serve")
    uvicorn = require("uvicorn", "serve", "shoken serve")
    from shoken.serving.app import CONFIG_ENV, TOKEN_ENV, ServeConfig, create_app

    if workers < 1:
        raise ShokenError("--workers must be at least 1")
    engines = list(engine or ["rules"])
    tok = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    cfg = ServeConfig(engines=tuple(engines), schema=schema,
                      engine_options=_engine_options(engines, option, model),
                      max_body_bytes=max_body, max_reports=max_reports,
                      max_report_chars=max_report_chars, timeout_s=timeout, token=tok,
                      batch_window_ms=batch_window_ms)
    level = getattr(logging, log_level.upper(), None)
    if not isinstance(level, int):
        raise ShokenError(f"unknown log level {log_level!r}")
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    auth = "bearer token required" if tok else "no auth"
    err_console.print(f"shoken serve on http://{host}:{port} ({', '.join(engines)}; {auth}; "
                      f"{workers} worker{'s' if workers > 1 else ''})", markup=False, highlight=False)
    common = dict(host=host, port=port, log_level=log_level, access_log=False,
                  timeout_keep_alive=5, limit_concurrency=None)
    if workers == 1:
        uvicorn.run(create_app(cfg), **common)
        return
    os.environ[CONFIG_ENV] = cfg.to_json()
    os.environ["SHOKEN_SERVE_LOG_LEVEL"] = log_level
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="shoken-metrics-")
    uvicorn.run("shoken.serving.app:create_app_from_env", factory=True, workers=workers, **common)
