"""Prometheus metrics of the HTTP API.

Each app has its own registry (several apps in one process do not collide). When
uvicorn runs several worker processes, ``shoken serve`` sets ``PROMETHEUS_MULTIPROC_DIR``
and ``/metrics`` adds up every worker's values.
"""
from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import CONTENT_TYPE_LATEST

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
                   30.0, 60.0)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        self.registry = CollectorRegistry(auto_describe=True)
        reg = self.registry
        self.requests = Counter("shoken_http_requests", "HTTP requests, by route and status.",
                                ["method", "route", "status"], registry=reg)
        self.latency = Histogram("shoken_http_request_duration_seconds",
                                 "Time from the request's first byte to the response's last.",
                                 ["method", "route"], buckets=LATENCY_BUCKETS, registry=reg)
        self.reports = Counter("shoken_reports_labeled", "Reports labeled, by engine and schema.",
                               ["engine", "schema"], registry=reg)
        self.errors = Counter("shoken_errors", "Error responses, by error code.", ["code"],
                              registry=reg)
        self.batch_size = Histogram("shoken_engine_batch_reports",
                                    "Reports per engine call (micro-batching merges requests).",
                                    ["engine"], buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024),
                                    registry=reg)
        kw = {"multiprocess_mode": "livesum"} if self.multiprocess else {}
        self.in_flight = Gauge("shoken_http_requests_in_flight", "Requests being handled.",
                               registry=reg, **kw)
        self.engines_loaded = Gauge("shoken_engines_loaded", "Engines built and cached.",
                                    registry=reg, **({"multiprocess_mode": "max"} if self.multiprocess else {}))

    def render(self) -> bytes:
        if self.multiprocess:
            from prometheus_client import multiprocess

            reg = CollectorRegistry()
            multiprocess.MultiProcessCollector(reg)
            return generate_latest(reg)
        return generate_latest(self.registry)
