"""Bounded load test of `shoken serve` on loopback (127.0.0.1 only).

Starts `shoken serve` in a subprocess on a free port, runs N concurrent clients for S
seconds (each sends one synthetic report per request, or a batch with --batch), and prints
throughput, latency percentiles, errors and the server's memory (RSS sampled every 0.5 s).

    python benchmarks/bench_serve_load.py --clients 200 --seconds 30
    python benchmarks/bench_serve_load.py --clients 50 --seconds 10 --batch 16
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def start_server(port: int, extra: list[str] | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-c", "from shoken.cli import run; run()", "serve", "--host", HOST,
           "--port", str(port), "--log-level", "warning", *(extra or [])]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import httpx

    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited: " + proc.stderr.read().decode(errors="replace")[-2000:])
        try:
            if httpx.get(f"http://{HOST}:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start within 60 s")


async def _load(url: str, clients: int, seconds: float, bodies: list[bytes], n_per: int) -> dict:
    import httpx

    lat: list[float] = []
    errors: dict[str, int] = {}
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as c:
        async def worker(k: int) -> None:
            i = k
            while time.perf_counter() < stop:
                body = bodies[i % len(bodies)]
                i += clients
                t = time.perf_counter()
                try:
                    r = await c.post("/v1/label", content=body, headers={"content-type": "application/json"})
                    if r.status_code == 200:
                        lat.append(time.perf_counter() - t)
                    else:
                        errors[str(r.status_code)] = errors.get(str(r.status_code), 0) + 1
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        wall = time.perf_counter() - t0
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")
    return {"requests": len(lat), "errors": errors, "wall_s": round(wall, 2),
            "requests_per_s": round(len(lat) / wall, 1), "reports_per_s": round(len(lat) * n_per / wall, 1),
            "p50_ms": round(pct(0.50), 1), "p90_ms": round(pct(0.90), 1), "p99_ms": round(pct(0.99), 1),
            "max_ms": round(lat[-1] * 1000, 1) if lat else None,
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None}


def run_load(clients: int = 200, seconds: float = 30, batch: int = 1, reports: int = 2000,
             server_args: list[str] | None = None) -> dict:
    """Start a server, load it, stop it; returns the figures (and whether it stayed up)."""
    from shoken.serving.synthetic import generate

    recs = list(generate(reports, language="mixed", seed=7))
    if batch <= 1:
        bodies = [json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False).encode() for r in recs]
    else:
        bodies = [json.dumps({"reports": [{"id": r["id"], "text": r["text"]} for r in recs[i:i + batch]]},
                             ensure_ascii=False).encode() for i in range(0, len(recs) - batch + 1, batch)]
    port = free_port()
    proc = start_server(port, server_args)
    url = f"http://{HOST}:{port}"
    samples: list[float] = [rss_mb(proc.pid)]
    try:
        async def main():
            async def sampler():
                while True:
                    samples.append(rss_mb(proc.pid))
                    await asyncio.sleep(0.5)
            task = asyncio.create_task(sampler())
            try:
                return await _load(url, clients, seconds, bodies, max(batch, 1))
            finally:
                task.cancel()
        out = asyncio.run(main())
        import httpx

        out["server_up_after"] = httpx.get(f"{url}/healthz", timeout=5).status_code == 200
        m = httpx.get(f"{url}/metrics", timeout=5).text
        out["metrics_reports_labeled"] = sum(float(line.rsplit(" ", 1)[1]) for line in m.splitlines()
                                             if line.startswith("shoken_reports_labeled_total{"))
        samples.append(rss_mb(proc.pid))
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.stderr.close()
    out.update(clients=clients, seconds=seconds, batch=max(batch, 1),
               rss_start_mb=round(samples[0], 1), rss_peak_mb=round(max(samples), 1),
               rss_end_mb=round(samples[-1], 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--batch", type=int, default=1, help="reports per request")
    ap.add_argument("--server-arg", action="append", default=[], help="extra `shoken serve` argument")
    a = ap.parse_args()
    if a.clients > 1000 or a.seconds > 300:
        sys.exit("bounded: at most 1000 clients and 300 s")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import machine

    res = run_load(a.clients, a.seconds, a.batch, server_args=a.server_arg)
    res["machine"] = machine()
    res["load_average_1m"] = os.getloadavg()[0]
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
