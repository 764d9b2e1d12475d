"""Rule-engine accuracy on the hand-labeled CT-RATE reports (Japanese and English).

    python benchmarks/bench_rules_accuracy.py --split dev            # the numbers we report
    python benchmarks/bench_rules_accuracy.py --split train --errors 5  # error analysis (train only)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import load_handlabeled  # noqa: E402

from shoken.core.types import Report  # noqa: E402
from shoken.engines import make_engine  # noqa: E402
from shoken.evaluation.metrics import evaluate_arrays, format_table  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["train", "dev", "all"])
    ap.add_argument("--lang", default="both", choices=["ja", "en", "both"])
    ap.add_argument("--errors", type=int, default=0, help="print N errors per finding (never on dev)")
    ap.add_argument("--finding", default=None)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    if args.errors and args.split == "dev":
        sys.exit("error analysis on the dev split is not allowed: use --split train")
    rows = load_handlabeled(args.split)
    engine = make_engine("rules")
    names = engine.schema.names
    langs = ["ja", "en"] if args.lang == "both" else [args.lang]
    for lang in langs:
        col = "JPN" if lang == "ja" else "EN"
        reports = []
        for r in rows:
            f, i = r[f"Findings_{col}"], r[f"Impressions_{col}"]
            text = f + "\n\n" + i
            reports.append(Report(id=r["AccessionNo"], text=text, language=lang,
                                  sections={"findings": (0, len(f)), "impression": (len(f) + 2, len(text))}))
        results = engine.label(reports)
        gold = [[int(r[n]) for n in names] for r in rows]
        pred = [[res.findings[n].label for n in names] for res in results]
        scores = [[res.findings[n].score for n in names] for res in results]
        rep = evaluate_arrays(gold, pred, names, scores=scores)
        print(f"\n## {lang} — {args.split} split, {len(rows)} reports\n")
        print(format_table(rep, markdown=args.markdown))
        if args.errors:
            for j, n in enumerate(names):
                if args.finding and n != args.finding:
                    continue
                k = 0
                for g, p, res, rep_ in zip(gold, pred, results, reports):
                    if g[j] != p[j] and k < args.errors:
                        k += 1
                        fr = res.findings[n]
                        kind = "FN" if g[j] else "FP"
                        ev = "; ".join(f"[{e.text}|{e.cue}] {e.sentence[:200]}" for e in fr.evidence[:2])
                        print(f"{kind} {n} {res.id} {fr.state.value}: {ev}")


if __name__ == "__main__":
    main()
