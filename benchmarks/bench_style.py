"""Accuracy on radiologist-style sentences: text unlike the translated training reports.

    python benchmarks/bench_style.py                       # rules, model, hybrid (default modes)
    python benchmarks/bench_style.py --model runs/x/model  # another model
    python benchmarks/bench_style.py --engine hybrid --mode rules_first

The cases are the hand-written ones of ``tests/test_radiologist_style.py`` (our own
wording: polite and plain cue forms, hedges, lists, clause flips, telegraphic (-)/(+),
TNM staging, synonyms, negative controls; about 600 in Japanese and English). Each
names one finding and its meaning to a radiologist; the score is the share of cases
whose 0/1 label (CT-RATE convention: hedged = 1) is right. The rule engine's lexicon
was written with these cases in view, so for the rules this is a regression check;
for a trained model, which never saw them, it measures how far it carries beyond the
translated CT-RATE text it learned from. The small-lymph-node cases, where CT-RATE's
labelling convention and the radiologist's reading differ on purpose, are left out. Needs no data from ``../shared``.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine


def cases():
    import test_radiologist_style as T  # tests/test_radiologist_style.py

    out = []
    for p in T.ALL:
        lang, text, finding, state = p.values
        group = p.id.rsplit("-", 2)[0]  # "ja-neg-03-PE=neg" -> "ja-neg"
        if group.endswith("-conv"):
            continue  # small lymph nodes: CT-RATE labels them 1, radiologists mean 0 (a convention)
        out.append((group, lang, text, finding, state))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", action="append", help="rules | model | hybrid (repeatable; default all three)")
    ap.add_argument("--model", default=None, help="model folder for model/hybrid (default: the bundled model)")
    ap.add_argument("--mode", default=None, help="hybrid mode (default: the engine's)")
    ap.add_argument("--delta", type=float, default=None, help="hybrid delta (default: the engine's)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong cases per engine")
    args = ap.parse_args(argv)
    from shoken.core.types import Report
    from shoken.engines import make_engine

    rows = cases()
    reports = [Report(id=str(i), text=r[2], language=r[1]) for i, r in enumerate(rows)]
    print(f"{len(rows)} cases  [{machine()}]\n")
    print("| engine | ja | en | ja by group (lowest 3) |")
    print("|---|---:|---:|---|")
    for name in args.engine or ["rules", "model", "hybrid"]:
        opts: dict = {}
        if name in ("model", "hybrid"):
            opts.update(model=args.model, threads=args.threads)
        if name == "hybrid":
            opts.update({k: v for k, v in (("mode", args.mode), ("delta", args.delta)) if v is not None})
        eng = make_engine(name, **opts)
        res = eng.label(reports)
        ok, tot = collections.Counter(), collections.Counter()
        wrong = []
        for (group, lang, text, finding, state), r in zip(rows, res):
            want = 1 if state in ("positive", "uncertain") else 0
            f = r.findings[finding]
            good = f.label == want
            for k in (lang, group):
                tot[k] += 1
                ok[k] += good
            if not good:
                wrong.append((lang, text, finding, state, round(f.score, 2)))
        groups = sorted((ok[g] / tot[g], g) for g in tot if g.startswith("ja-"))[:3]
        label = name + (f" {eng.mode} δ={eng.delta}" if name == "hybrid" else "")
        print(f"| {label} | {ok['ja'] / tot['ja']:.3f} ({ok['ja']}/{tot['ja']}) | "
              f"{ok['en'] / tot['en']:.3f} ({ok['en']}/{tot['en']}) | "
              + ", ".join(f"{g} {a:.2f}" for a, g in groups) + " |")
        for w in wrong[: args.errors]:
            print("    ", w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
