"""Batch labeling at scale: N synthetic reports (shoken.serving.synthetic) through the rule
engine with `shoken label`'s runner, with 1 and 2 worker processes.

Reports wall time, reports/s and peak memory (max RSS of the main process and of the
largest worker). Each run is a separate process so the figures do not mix.

    python benchmarks/bench_batch.py                    # 1,000,000 reports, workers 1 and 2
    python benchmarks/bench_batch.py --n 100000 --workers 1 2 --output csv
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def one_run(inp: str, out: str, workers: int) -> dict:
    from shoken.serving.batch import run_batch

    t0 = time.perf_counter()
    res = run_batch(inp, out, workers=workers)
    dt = time.perf_counter() - t0
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"workers": workers, "reports": res.n_reports, "seconds": round(dt, 1),
            "reports_per_s": round(res.n_reports / dt), "peak_rss_main_mb": round(me),
            "peak_rss_worker_mb": round(kids) if workers > 1 else None,
            "output_mb": round(Path(out).stat().st_size / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--output", default="csv", choices=["csv", "jsonl", "parquet"])
    ap.add_argument("--dir", default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--_one", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a._one:
        print(json.dumps(one_run(a._one[0], a._one[1], int(a._one[2]))))
        return
    sys.path.insert(0, str(ROOT))
    from _common import machine

    from shoken.serving.synthetic import write

    with tempfile.TemporaryDirectory(dir=a.dir) as d:
        inp = Path(d) / "reports.csv"
        t0 = time.perf_counter()
        write(inp, a.n, language="mixed", seed=1)
        gen = time.perf_counter() - t0
        print(f"generated {a.n:,} reports ({inp.stat().st_size / 2**20:.0f} MiB CSV) in {gen:.1f}s",
              file=sys.stderr)
        rows = []
        for w in a.workers:
            out = Path(d) / f"labels-{w}.{a.output}"
            r = subprocess.run([sys.executable, __file__, "--_one", str(inp), str(out), str(w)],
                               capture_output=True, text=True, check=True)
            rows.append(json.loads(r.stdout.strip().splitlines()[-1]))
            print(json.dumps(rows[-1]), file=sys.stderr)
            out.unlink()
    print(json.dumps({"n": a.n, "output": a.output, "machine": machine(),
                      "load_average_1m": round(os.getloadavg()[0], 2), "runs": rows}, indent=1))


if __name__ == "__main__":
    main()
