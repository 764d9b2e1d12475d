"""Rule-engine throughput, file reading and writing included.

    python benchmarks/bench_rules_throughput.py --n 20000 --cache off    # every sentence analysed
    python benchmarks/bench_rules_throughput.py --distinct --cache on      # realistic: each report once

Builds a CSV of reports from the hand-labeled CT-RATE reports when ../shared is
present (Japanese and English), else the bundled examples, then times
`shoken label in.csv -o out.csv` in-process (one process, one core). The fixed
start-up (engine build, lexicon compilation: about a second, once per process) is
timed apart on a two-report file first and printed beside the figure.

``--cache off`` disables the rule engine's sentence memo, so cycling the same
reports measures the full analysis of every sentence. ``--distinct`` uses each
report once (no cycling), so the memo only helps where different reports share
sentences, as templated reports do (about half of CT-RATE's sentences).
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import HANDLABELED, machine  # noqa: E402


def texts(lang: str) -> list[str]:
    if HANDLABELED.exists():
        rows = list(csv.DictReader(open(HANDLABELED, encoding="utf-8")))
        out = []
        for r in rows:
            if lang in ("ja", "both"):
                out.append(r["Findings_JPN"] + "\n\n" + r["Impressions_JPN"])
            if lang in ("en", "both"):
                out.append(r["Findings_EN"] + "\n\n" + r["Impressions_EN"])
        return out
    from importlib import resources

    f = resources.files("shoken") / "examples" / "reports.csv"
    return [r["text"] for r in csv.DictReader(f.open(encoding="utf-8"))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--lang", default="both", choices=["ja", "en", "both"])
    ap.add_argument("--output", default="csv", choices=["csv", "jsonl"])
    ap.add_argument("--cache", default="off", choices=["on", "off"])
    ap.add_argument("--distinct", action="store_true", help="each source report once (n is ignored)")
    args = ap.parse_args()
    src = texts(args.lang)
    if args.distinct:
        args.n = len(src)
    with tempfile.TemporaryDirectory() as d:
        inp = Path(d) / "in.csv"
        with open(inp, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text"])
            for i in range(args.n):
                w.writerow([i, src[i % len(src)]])
        chars = sum(len(src[i % len(src)]) for i in range(args.n))
        from shoken.cli import main as cli

        opts = [] if args.cache == "on" else ["-O", "cache_size=0"]
        # fixed start-up cost (engine build, lexicon compilation for both languages, output
        # set-up), paid once per process: two short reports, timed on their own
        one = Path(d) / "one.csv"
        one.write_text("id,text\n0,胸水は認めない。\n1,No pleural effusion.\n", encoding="utf-8")
        t1 = time.perf_counter()
        cli(["label", str(one), "-o", str(Path(d) / f"one.{args.output}"), "-q", *opts])
        startup = time.perf_counter() - t1
        out = Path(d) / f"out.{args.output}"
        t0 = time.perf_counter()
        rc = cli(["label", str(inp), "-o", str(out), "-q", *opts])
        dt = time.perf_counter() - t0
        assert rc == 0
    print(f"{args.n} reports ({args.lang}, mean {chars / args.n:.0f} chars, cache {args.cache}"
          f"{', distinct' if args.distinct else ''}) -> {args.output}: "
          f"{dt:.2f} s, {args.n / dt:,.0f} reports/s (reading, labeling, writing); start-up once per process "
          f"{startup:.2f} s (with it: {args.n / (dt + startup):,.0f} reports/s)  [{machine()}]")


if __name__ == "__main__":
    main()
