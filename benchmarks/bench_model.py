"""Neural engine benchmark: accuracy on the dev split (rules, model, int8 ONNX model, hybrid)
and inference speed (torch fp32, ONNX fp32, ONNX int8, and a BERT-base of the paper's
architecture, randomly initialised, in the same run).

    python benchmarks/bench_model.py --threads 2 --out bench-model.json

Dev split: ``shoken.evaluation.splits.is_dev(AccessionNo)`` of
``../shared/data/ctrate-handlabeled`` (190 reports), in Japanese and in English.
The hybrid's mode is chosen on the default model's *internal validation* reports
(non-dev, the run's 80/20 split), never on dev; dev figures are given for every mode.
Prints a Markdown section for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "ctrate-handlabeled" / "ctrate-handlabeled.csv"


def _examples(path, schema, language):
    from shoken.training.data import load_examples

    return load_examples(path, schema, language=language)


def _metrics(y, pred, names):
    from shoken.evaluation import evaluate_arrays

    return evaluate_arrays(y, pred, names)


def _labels(results, names):
    return np.array([[r.findings[n].label for n in names] for r in results])


def _rate(fn, texts, repeat=1, engine=None):
    """Reports/s of ``fn`` over ``texts``, after a warm-up; ``engine``'s memos (the rule
    engine's sentence memo, a model's chunk memo) are cleared before timing, so every
    figure is a first pass (identical chunks within the timed call are still scored once)."""
    fn(texts[:4])  # warm up
    _forget(engine)
    t0 = time.perf_counter()
    for _ in range(repeat):
        fn(texts)
    return len(texts) * repeat / (time.perf_counter() - t0)


def _forget(engine) -> None:
    for e in (engine, getattr(engine, "rules", None), getattr(engine, "model", None)):
        if e is None:
            continue
        cache = getattr(e, "_sentence_cache", None)
        if isinstance(cache, dict):
            cache.clear()
        lm = getattr(e, "lm", None)
        if lm is not None and isinstance(getattr(lm, "memo", None), dict):
            lm.memo.clear()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--model", default=None, help="model folder (default: the bundled model)")
    ap.add_argument("--run", default=str(ROOT / "runs" / "default"), help="run folder (for its seed/val split)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--speed-reports", type=int, default=64)
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-bert-base", action="store_true")
    ap.add_argument("--out", default=None, help="write all figures as JSON here")
    args = ap.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    from shoken.core.schema import load_schema
    from shoken.core.types import Report
    from shoken.engines import make_engine
    from shoken.engines.hybrid import MODES, HybridEngine
    from shoken.evaluation.splits import is_dev
    from shoken.training.data import split_ids

    if not Path(args.data).exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 1
    schema = load_schema("ct-rate-18")
    names = schema.names
    rules = make_engine("rules")
    t0 = time.perf_counter()
    model = make_engine("model", model=args.model, threads=args.threads)
    load_s = time.perf_counter() - t0
    out: dict = {"threads": args.threads, "model": model.get_config()["model"], "model_load_s": round(load_s, 1),
                 "accuracy": {}, "speed": {}}

    # internal validation split of the run (for choosing the hybrid's mode)
    seed, vf = 42, 0.2
    cfg_file = Path(args.run) / "config.json"
    if cfg_file.exists():
        c = json.loads(cfg_file.read_text())
        seed, vf = c.get("seed", 42), c.get("val_fraction", 0.2)

    per_lang = {}
    for lang in ("ja", "en"):
        ex = _examples(args.data, schema, lang)
        dev = [e for e in ex if is_dev(e.id)]
        nondev = [e for e in ex if not is_dev(e.id)]
        _, val_ids = split_ids(nondev, vf, seed)
        val = [e for e in nondev if e.id in val_ids]
        sets = {"dev": dev, "val": val}
        res = {}
        for split, exs in sets.items():
            reps = [Report(id=e.id, text=e.text, language=lang) for e in exs]
            y = np.stack([e.labels for e in exs]).astype(int)
            rr = rules.label(reps)
            t1 = time.perf_counter()
            mr = model.label(reps)
            res[split] = {"y": y, "rules": rr, "model": mr, "model_s": time.perf_counter() - t1}
        per_lang[lang] = res

    # choose the hybrid mode on the internal validation reports (both languages pooled)
    grid = {"confident": (0.1, 0.2, 0.3, 0.4), "override": (0.2, 0.3, 0.4, 0.45)}
    cands = [(m, d) for m in MODES for d in grid.get(m, (0.0,))]
    val_scores = {}
    for mode, delta in cands:
        h = HybridEngine(mode=mode, delta=delta, rules=rules, model_engine=model)
        ys, ps = [], []
        for lang in per_lang:
            v = per_lang[lang]["val"]
            ys.append(v["y"])
            ps.append(_labels([h.combine(r, m) for r, m in zip(v["rules"], v["model"])], names))
        val_scores[(mode, delta)] = _metrics(np.concatenate(ys), np.concatenate(ps), names).macro_f1
    best_mode = max(val_scores, key=lambda k: (val_scores[k], k[0] in grid))
    out["hybrid_val_macro_f1"] = {f"{m}:{d}": round(v, 4) for (m, d), v in val_scores.items()}
    out["hybrid_chosen"] = {"mode": best_mode[0], "delta": best_mode[1]}

    tables = {}
    for lang, res in per_lang.items():
        d = res["dev"]
        y = d["y"]
        rows = {"rules": _labels(d["rules"], names), "model": _labels(d["model"], names)}
        for mode, delta in cands:
            h = HybridEngine(mode=mode, delta=delta, rules=rules, model_engine=model)
            rows[f"hybrid {mode}" + (f" δ={delta}" if mode in grid else "")] = _labels(
                [h.combine(r, m) for r, m in zip(d["rules"], d["model"])], names)
        tables[lang] = {k: _metrics(y, v, names) for k, v in rows.items()}
        out["accuracy"][lang] = {k: {"macro_f1": m.macro_f1, "exact_match": m.exact_match, "micro_f1": m.micro_f1,
                                     "f1": {f.name: f.f1 for f in m.findings}} for k, m in tables[lang].items()}
        out["accuracy"][lang]["n"] = int(len(y))

    chosen = f"hybrid {best_mode[0]}" + (f" δ={best_mode[1]}" if best_mode[0] in grid else "")

    # speed
    onnx_dir = None
    if not args.skip_speed:
        from shoken.training.export import export_onnx

        ja = [e.text for e in _examples(args.data, schema, "ja") if is_dev(e.id)]
        en = [e.text for e in _examples(args.data, schema, "en") if is_dev(e.id)]
        texts = [t for pair in zip(ja, en) for t in pair][: args.speed_reports]
        sp = out["speed"]
        sp["reports"] = len(texts)
        all_dev = [t for pair in zip(ja, en) for t in pair]
        sp["rules (all dev reports, once)"] = _rate(rules.label, all_dev, engine=rules)
        sp["model torch fp32"] = _rate(model.label, texts, engine=model)
        tmp = tempfile.mkdtemp(prefix="shoken-onnx-")
        t1 = time.perf_counter()
        exp = export_onnx(args.model, tmp, int8=True, tolerance=1.0)  # measured and reported, not enforced here
        out["export"] = {k: v for k, v in exp.items() if not isinstance(v, str)}
        out["export"]["seconds"] = round(time.perf_counter() - t1, 1)
        onnx_dir = tmp
        m32 = make_engine("model", model=tmp, backend="onnx", int8=False, threads=args.threads)
        m8 = make_engine("model", model=tmp, backend="onnx", int8=True, threads=args.threads)
        sp["model onnx fp32"] = _rate(m32.label, texts, engine=m32)
        sp["model onnx int8"] = _rate(m8.label, texts, engine=m8)
        h8 = HybridEngine(mode=best_mode[0], delta=best_mode[1], rules=rules, model_engine=m8)
        sp[chosen + " (int8)"] = _rate(h8.label, texts, engine=h8)
        # int8 accuracy on dev
        for lang in per_lang:
            d = per_lang[lang]["dev"]
            reps = [Report(id=r.id, text=t, language=lang) for r, t in
                    zip(d["model"], [e.text for e in _examples(args.data, schema, lang) if is_dev(e.id)])]
            q = m8.label(reps)
            m = _metrics(d["y"], _labels(q, names), names)
            hq = _metrics(d["y"], _labels([h8.combine(r, mm) for r, mm in zip(d["rules"], q)], names), names)
            tables[lang]["model int8 onnx"] = m
            tables[lang][chosen + " (int8)"] = hq
            for k, mm in (("model int8 onnx", m), (chosen + " (int8)", hq)):
                out["accuracy"][lang][k] = {"macro_f1": mm.macro_f1, "exact_match": mm.exact_match,
                                            "micro_f1": mm.micro_f1, "f1": {f.name: f.f1 for f in mm.findings}}
        if not args.skip_bert_base:
            from transformers import BertConfig, BertForSequenceClassification

            from shoken.training.chunking import chunk_text

            cfg = BertConfig(num_labels=18, problem_type="multi_label_classification", vocab_size=32768)
            bert = BertForSequenceClassification(cfg).eval()
            tok = model.lm.tokenizer

            def bert_label(batch):
                seqs = [[i % 32768 for i in c.ids] for t in batch for c in chunk_text(t, tok, 512)]
                order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
                with torch.inference_mode():
                    for s in range(0, len(order), 8):
                        b = [seqs[i] for i in order[s:s + 8]]
                        n = max(len(x) for x in b)
                        ids = torch.zeros((len(b), n), dtype=torch.long)
                        mask = torch.zeros((len(b), n), dtype=torch.long)
                        for k, x in enumerate(b):
                            ids[k, :len(x)] = torch.tensor(x)
                            mask[k, :len(x)] = 1
                        bert(input_ids=ids, attention_mask=mask)

            sp["BERT-base (paper architecture) torch fp32, 512"] = _rate(bert_label, texts[:32])
        out["speed"] = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in sp.items()}

    # markdown
    lines = []
    meta = model.lm.meta
    lines.append(f"Model: `{out['model']}` (best epoch {meta.get('best_epoch')}, max_length {meta.get('max_length')}, "
                 f"combine {meta.get('combine')}); {args.threads} threads. Command: `python benchmarks/bench_model.py "
                 f"--threads {args.threads}`.")
    lines.append("")
    lines.append(f"Hybrid mode chosen on the internal validation reports (not dev): **{chosen}** "
                 f"(val macro-F1 by mode: " + ", ".join(f"{k} {v:.3f}" for k, v in out["hybrid_val_macro_f1"].items()) + ").")
    lines.append("")
    for lang in per_lang:
        lines.append(f"### Dev split, {'Japanese' if lang == 'ja' else 'English'} ({out['accuracy'][lang]['n']} reports)")
        lines.append("")
        keys = ["rules", "model"] + ([k for k in tables[lang] if k.startswith("model int8")]) + [chosen] + \
            [k for k in tables[lang] if k.endswith("(int8)")]
        lines.append("| finding | " + " | ".join(keys) + " |")
        lines.append("|---|" + "|".join("---:" for _ in keys) + "|")
        for j, n in enumerate(names):
            lines.append(f"| {n} | " + " | ".join(f"{tables[lang][k].findings[j].f1:.3f}" for k in keys) + " |")
        lines.append("| **macro-F1** | " + " | ".join(f"**{tables[lang][k].macro_f1:.3f}**" for k in keys) + " |")
        lines.append("| exact match | " + " | ".join(f"{tables[lang][k].exact_match:.1%}" for k in keys) + " |")
        others = [k for k in tables[lang] if k.startswith("hybrid") and k not in keys]
        lines.append("")
        lines.append("Other hybrid modes (dev macro-F1): " + ", ".join(f"{k} {tables[lang][k].macro_f1:.3f}" for k in others) + ".")
        lines.append("")
    if out["speed"]:
        lines.append(f"### Inference speed ({out['speed']['reports']} dev reports, ja/en alternating, {args.threads} threads)")
        lines.append("")
        lines.append("| engine | reports/s |")
        lines.append("|---|---:|")
        for k, v in out["speed"].items():
            if k != "reports":
                lines.append(f"| {k} | {v:.1f} |")
        if "export" in out:
            e = out["export"]
            lines.append("")
            lines.append(f"ONNX files: fp32 {e['onnx_mb']:.0f} MB, int8 {e['int8_mb']:.0f} MB; int8 vs fp32 score "
                         f"difference on the check texts: max {e['int8_max_diff']:.4f}, mean {e['int8_mean_diff']:.4f} "
                         f"(tolerance {e['tolerance']}); decisions agree {e['int8_agreement']:.1%}.")
    md = "\n".join(lines)
    print(md)
    if args.out:
        out["markdown"] = md
        Path(args.out).write_text(json.dumps(out, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    if onnx_dir:
        import shutil

        shutil.rmtree(onnx_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
