"""Dataset commands: ``translate``, ``revisions``, ``textstats``, ``mt-eval``."""
from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any, Optional

import typer

from shoken.cli import app
from shoken.core.errors import InputError, ShokenError


class IncompleteError(ShokenError):
    """The run finished but some sections failed (exit code 1; output written)."""

    exit_code = 1


def _console(stderr: bool = True):
    import sys

    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    wide = None if stream.isatty() else 160  # tables piped to a file are not squeezed to 80
    return Console(stderr=stderr, highlight=False, width=wide)


def _fmt(mean: float, sd: float, digits: int = 2) -> str:
    if mean is None or (isinstance(mean, float) and math.isnan(mean)):
        return "—"
    if sd is None or (isinstance(sd, float) and math.isnan(sd)):
        return f"{mean:.{digits}f}"
    return f"{mean:.{digits}f} ({sd:.{digits}f})"


def _write_text_atomic(path: Path, text: str) -> None:
    if not path.parent.exists():
        raise InputError("output folder does not exist", path=path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _write_rows(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> None:
    from shoken.datasets.revisions import TableWriter

    with TableWriter(path, columns) as w:
        for r in rows:
            w.write(r)


def _write_summary_rows(output: Path, summ: list[dict], keys: tuple[str, ...], metrics) -> None:
    """One row per summary item: its ``keys`` plus ``<metric>_mean`` / ``<metric>_sd``."""
    rows = []
    for s in summ:
        r = {k: s[k] for k in keys}
        for m in metrics:
            r[f"{m}_mean"], r[f"{m}_sd"] = s[m]["mean"], s[m]["sd"]
        rows.append(r)
    _write_rows(output, rows, list(rows[0].keys()))


def _lang_map(items: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for it in items or []:
        if "=" not in it:
            raise ShokenError(f"--lang takes COLUMN=LANG (ja, en, zh), got {it!r}")
        col, lang = it.split("=", 1)
        if lang not in ("ja", "en", "zh"):
            raise ShokenError(f"--lang {it!r}: language must be ja, en or zh")
        out[col] = lang
    return out


# -- translate ---------------------------------------------------------------------------------
@app.command("translate")
def translate_cmd(
    input: Path = typer.Argument(..., help="CT-RATE-style file (CSV, TSV, JSONL, Parquet)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Output file (.csv/.tsv/.jsonl/.parquet)."),
    target: str = typer.Option("ja", help="Target language (ja, zh, or any code)."),
    model: Optional[str] = typer.Option(None, envvar="SHOKEN_LLM_MODEL",
                                        help="Model name as the endpoint knows it."),
    base_url: str = typer.Option("http://localhost:8000/v1", envvar="SHOKEN_LLM_BASE_URL",
                                 help="OpenAI-compatible base URL (vLLM :8000/v1, llama.cpp "
                                      ":8080/v1, Ollama :11434/v1, https://api.openai.com/v1)."),
    api_key_env: str = typer.Option("OPENAI_API_KEY",
                                    help="Environment variable holding the API key (never printed)."),
    allow_remote: bool = typer.Option(False, "--allow-remote",
                                      help="Allow sending report text to a non-local endpoint."),
    column: Optional[list[str]] = typer.Option(None, "--column", "-c",
                                               help="Source column (repeat; default Findings_EN, Impressions_EN)."),
    id_column: Optional[str] = typer.Option(None, help="Id column (default VolumeName/id/...)."),
    suffix: Optional[str] = typer.Option(None, help="Output column suffix (default _JPN_MT, _ZH_MT, ...)."),
    prompt: Optional[Path] = typer.Option(None, help="Prompt template YAML (replaces the built-in one)."),
    checkpoint: Optional[Path] = typer.Option(None, help="Checkpoint file (default OUTPUT.checkpoint.jsonl)."),
    temperature: float = typer.Option(0.0, help="Sampling temperature."),
    max_tokens: Optional[int] = typer.Option(None, help="Max tokens per reply (default: the server's)."),
    timeout: float = typer.Option(120.0, help="Seconds per HTTP request."),
    concurrency: int = typer.Option(4, help="Requests in flight at most."),
    rpm: Optional[float] = typer.Option(None, help="Requests per minute at most."),
    max_retries: int = typer.Option(5, help="Retries on 429/5xx/timeouts/connection errors."),
    backoff: float = typer.Option(1.0, help="Base seconds of the exponential backoff."),
    marker_retries: int = typer.Option(2, help="Re-asks when a reply lacks the answer marker."),
    accept_unmarked: bool = typer.Option(False, "--accept-unmarked",
                                         help="Keep a reply without marker (after the retries) as is."),
    price_in: float = typer.Option(0.0, help="Price per 1k input tokens."),
    price_out: float = typer.Option(0.0, help="Price per 1k output tokens."),
    revision_columns: bool = typer.Option(False, "--revision-columns",
                                          help="Also add *_Revised and *_Checked columns (copies of MT)."),
    limit: Optional[int] = typer.Option(None, help="Only the first N rows."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace output columns already in the input."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the first request; send nothing."),
    fmt: Optional[str] = typer.Option(None, "--format", help="Input format if not from the extension."),
    encoding: str = typer.Option("utf-8", help="Input text encoding."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Machine-translate report sections through an OpenAI-compatible endpoint (resumable)."""
    from shoken.datasets.translate import load_prompts, translate_file
    from shoken.llm.client import ChatClient

    if output is None and not dry_run:
        raise ShokenError("give an output file with --output/-o")
    if output is None:
        output = input.with_name(input.stem + f".{target}.csv")
    prompts = load_prompts(target, prompt)
    if not model and not dry_run:
        raise ShokenError("give the model name with --model (or SHOKEN_LLM_MODEL)")
    client = ChatClient(model=model or "(model)", base_url=base_url, api_key_env=api_key_env,
                        temperature=temperature, max_tokens=max_tokens, timeout=timeout,
                        concurrency=concurrency, max_retries=max_retries, backoff_base=backoff,
                        rpm=rpm, price_in_per_1k=price_in, price_out_per_1k=price_out,
                        allow_remote=allow_remote)
    if not dry_run:
        client.check_endpoint()  # before reading anything
    err = _console()
    kwargs = dict(prompts=prompts, client=client, columns=column or None, id_column=id_column,
                  suffix=suffix, checkpoint=checkpoint, marker_retries=marker_retries,
                  accept_unmarked=accept_unmarked, revision_columns=revision_columns,
                  limit=limit, overwrite=overwrite, fmt=fmt, encoding=encoding)
    if dry_run:
        s = translate_file(input, output, dry_run=True, **kwargs)
        out = _console(stderr=False)
        out.print(f"[bold]dry run[/bold]: {s.rows} rows, {s.todo} requests would be sent "
                  f"({s.reused} already in the checkpoint, {s.empty} empty cells); nothing sent.")
        out.print(f"output columns: {', '.join(s.output_columns)}")
        if not client.is_local and not allow_remote:
            out.print(f"[yellow]note[/yellow]: {base_url} is not local; a real run needs --allow-remote")
        if s.first_request:
            fr = s.first_request
            out.print(f"first request (id {fr['id']!r}, section {fr['section']!r}):")
            out.print(f"POST {fr['url']}")
            for k, v in fr["headers"].items():
                out.print(f"{k}: {v}")
            typer.echo(json.dumps(fr["body"], ensure_ascii=False, indent=2))
        return

    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:  # type: ignore[override]
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.2f} sections/s" if speed else "-- sections/s")

    bar = Progress(TextColumn("translate"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                   TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                   console=err, disable=not progress, transient=False)
    task = None

    def on_start(total: int) -> None:
        nonlocal task
        task = bar.add_task("translate", total=total)

    def on_result(res) -> None:
        if task is not None:
            bar.advance(task)

    try:
        with bar:
            s = translate_file(input, output, on_start=on_start, on_result=on_result, **kwargs)
    except KeyboardInterrupt:
        err.print("interrupted: finished sections are in the checkpoint; rerun the same "
                  "command to resume")
        raise
    finally:
        client.close()
    for w in s.warnings:
        err.print(f"[yellow]warning[/yellow]: {w}")
    u = s.usage
    err.print(f"{s.rows} rows: {s.translated} sections translated, {s.reused} from the checkpoint, "
              f"{s.failed} failed, {s.empty} empty; {u.get('requests', 0)} HTTP requests "
              f"({u.get('retries', 0)} retries), {s.invalid_replies} replies without marker"
              + (f", {s.accepted_unmarked} kept unmarked" if s.accepted_unmarked else ""))
    err.print(f"tokens: {u.get('prompt_tokens', 0)} in, {u.get('completion_tokens', 0)} out; "
              f"cost {u.get('cost', 0.0):.4f}; {s.elapsed_s:.1f}s")
    err.print(f"wrote {s.output} ({', '.join(s.output_columns)}); checkpoint {s.checkpoint}")
    if s.failed or s.missing:
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(s.errors.items()))
        raise IncompleteError(f"{s.missing} sections have no translation ({kinds}); the output "
                              "has them empty; rerun the same command to retry them")


# -- revisions ---------------------------------------------------------------------------------
@app.command("revisions")
def revisions_cmd(
    input: Path = typer.Argument(..., help="File with *_MT / *_Revised / *_Checked columns."),
    per_report: Optional[Path] = typer.Option(None, "--per-report", "-o",
                                              help="Write edit distances per report (.csv/.tsv/.jsonl/.parquet)."),
    id_column: Optional[str] = typer.Option(None, help="Id column (default VolumeName/id/...)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    fmt: Optional[str] = typer.Option(None, "--format"),
    encoding: str = typer.Option("utf-8"),
) -> None:
    """How many reports and characters changed at each revision phase (MT → Revised → Checked)."""
    from shoken.datasets.revisions import revision_groups, revision_summary
    from shoken.io import iter_rows, read_columns
    from shoken.io.layouts import ID_CANDIDATES

    cols = read_columns(input, fmt, encoding=encoding)
    groups = [g for g in revision_groups(cols) if g.steps]
    if not groups:
        raise InputError("no revision columns (<section>_MT with _Revised and/or _Checked)",
                         path=input)
    if id_column is None:
        id_column = next((c for c in ID_CANDIDATES if c in cols), None)
    elif id_column not in cols:
        raise InputError("id column not found", path=input, column=id_column)
    rows_out: list[dict[str, Any]] | None = [] if per_report else None
    steps = revision_summary(iter_rows(input, fmt, encoding=encoding), groups, id_column=id_column,
                             per_report=rows_out)
    summ = [s.summary() for s in steps]
    if per_report is not None and rows_out is not None:
        names = ["id"] + [f"{s.base}:{s.source}->{s.target}" for s in steps]
        _write_rows(per_report, rows_out, names)
    if as_json:
        typer.echo(json.dumps(summ, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    t = Table(title=f"revisions: {input.name}")
    for h in ("section", "step", "reports", "changed", "chars changed", "edit distance mean (SD)",
              "not done"):
        t.add_column(h, justify="left" if h in ("section", "step") else "right")
    for s in summ:
        pct = s["reports_changed_pct"]
        cpct = s["chars_changed_pct"]
        t.add_row(s["section"], s["step"], str(s["n"]),
                  f"{s['reports_changed']}" + ("" if math.isnan(pct) else f" ({pct:.1f}%)"),
                  f"{s['chars_changed']}" + ("" if math.isnan(cpct) else f" ({cpct:.1f}%)"),
                  _fmt(s["edit_distance"]["mean"], s["edit_distance"]["sd"], 1), str(s["n_missing"]))
    _console(stderr=False).print(t)


# -- textstats ---------------------------------------------------------------------------------
@app.command("textstats")
def textstats_cmd(
    input: Path = typer.Argument(..., help="CSV/TSV/JSONL/Parquet file."),
    column: Optional[list[str]] = typer.Option(None, "--column", "-c",
                                               help="Text column (repeat; default all Findings_*/Impressions_*)."),
    lang: Optional[list[str]] = typer.Option(None, "--lang",
                                             help="COLUMN=ja|en|zh (default: from the name or the text)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the table (.csv/.tsv/.jsonl/.json)."),
    count_whitespace: bool = typer.Option(False, "--count-whitespace",
                                          help="Count whitespace as characters."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    fmt: Optional[str] = typer.Option(None, "--format"),
    encoding: str = typer.Option("utf-8"),
) -> None:
    """Characters, words, sentences and type/token ratio per report: mean (SD) per column."""
    from shoken.datasets.textstats import METRICS, textstats_file

    stats = textstats_file(input, column or None, languages=_lang_map(lang), fmt=fmt,
                           encoding=encoding, count_whitespace=count_whitespace)
    summ = [s.summary() for s in stats]
    if output is not None:
        if output.suffix.lower() == ".json":
            _write_text_atomic(output, json.dumps(summ, ensure_ascii=False, indent=2) + "\n")
        else:
            _write_summary_rows(output, summ, ("column", "language", "n", "n_empty"), METRICS)
    if as_json:
        typer.echo(json.dumps(summ, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    t = Table(title=f"text statistics per report, mean (SD): {input.name}")
    t.add_column("")
    for s in summ:
        t.add_column(f"{s['column']}\n({s['language']}, n={s['n']})", justify="right")
    labels = {"characters": "characters", "words": "words", "sentences": "sentences",
              "ttr": "type/token ratio"}
    for m in METRICS:
        digits = 3 if m == "ttr" else 1
        t.add_row(labels[m], *(_fmt(s[m]["mean"], s[m]["sd"], digits) for s in summ))
    _console(stderr=False).print(t)


# -- mt-eval -----------------------------------------------------------------------------------
@app.command("mt-eval")
def mt_eval_cmd(
    input: Path = typer.Argument(..., help="File with hypothesis and reference columns."),
    hyp: Optional[list[str]] = typer.Option(None, "--hyp", help="Hypothesis column (repeat, pairs with --ref)."),
    ref: Optional[list[str]] = typer.Option(None, "--ref", help="Reference column (repeat)."),
    lang: Optional[list[str]] = typer.Option(None, "--lang", help="COLUMN=ja|en|zh."),
    smoothing: str = typer.Option("method1", help="nltk BLEU smoothing: method1 (default), none, method2..7."),
    stemmer: bool = typer.Option(False, "--stemmer", help="Porter stemmer in English ROUGE."),
    id_column: Optional[str] = typer.Option(None, help="Id column for the per-report output."),
    per_report: Optional[Path] = typer.Option(None, "--per-report",
                                              help="Write scores per report (.csv/.tsv/.jsonl/.parquet)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the summary (.json/.csv)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    fmt: Optional[str] = typer.Option(None, "--format"),
    encoding: str = typer.Option("utf-8"),
) -> None:
    """BLEU (nltk sentence BLEU) and ROUGE-1/2/L (rouge-score, MeCab tokens for Japanese)."""
    from shoken.datasets.mteval import METRICS, mt_eval_file

    hyp, ref = list(hyp or []), list(ref or [])
    if len(hyp) != len(ref):
        raise ShokenError("give as many --ref as --hyp (they pair in order)")
    pairs = list(zip(hyp, ref)) or None
    results = mt_eval_file(input, pairs, id_column=id_column, languages=_lang_map(lang),
                           smoothing=smoothing, stemmer=stemmer, fmt=fmt, encoding=encoding)
    summ = [r.summary() for r in results]
    if per_report is not None:
        rows = []
        for r in results:
            for p in r.per_report:
                rows.append({"hypothesis": r.hypothesis, "reference": r.reference, **p})
        cols = ["hypothesis", "reference", "id", "row", *METRICS,
                *[f"{m}_{x}" for m in METRICS[1:] for x in ("p", "r")]]
        _write_rows(per_report, rows, cols)
    if output is not None:
        if output.suffix.lower() == ".json":
            _write_text_atomic(output, json.dumps(summ, ensure_ascii=False, indent=2) + "\n")
        else:
            _write_summary_rows(output, summ, ("hypothesis", "reference", "language", "n", "n_skipped"), METRICS)
    if as_json:
        typer.echo(json.dumps(summ, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    t = Table(title=f"translation quality, mean (SD) per report: {input.name}")
    for h in ("hypothesis", "reference", "n", "BLEU", "ROUGE-1", "ROUGE-2", "ROUGE-L"):
        t.add_column(h, justify="left" if h in ("hypothesis", "reference") else "right")
    for s in summ:
        t.add_row(s["hypothesis"], s["reference"], str(s["n"]),
                  *(_fmt(s[m]["mean"], s[m]["sd"], 3) for m in METRICS))
    out = _console(stderr=False)
    out.print(t)
    out.print(f"BLEU: nltk sentence_bleu, 4-gram uniform weights, smoothing {smoothing}; "
              "ROUGE: rouge-score F-measure" + (", MeCab tokens" if any(s["language"] == "ja" for s in summ) else ""))
