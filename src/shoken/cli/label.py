"""``shoken label``: label a file of reports with an engine, streaming."""
from __future__ import annotations

import time
from itertools import islice
from pathlib import Path

import typer

from shoken.cli import app
from shoken.cli._common import err_console, parse_options


@app.command("label")
def label_cmd(
    input: Path = typer.Argument(..., help="Reports: .csv .tsv .jsonl .parquet, or .txt (one report per line)."),
    output: Path = typer.Option(..., "--output", "-o", help="Labels: .csv (id + 0/1 per finding), .jsonl (states, scores, evidence) or .parquet."),
    engine: str = typer.Option("rules", "--engine", "-e", help="rules | model | hybrid | llm"),
    schema: str = typer.Option("ct-rate-18", "--schema", "-s", help="Schema name (see `shoken schemas`) or YAML path."),
    text_column: list[str] = typer.Option(None, "--text-column", "-t", help="Text column; repeat to join several (e.g. Findings_JPN, Impressions_JPN). Default: text, or the CT-RATE / CT-RATE-JPN / CT-CLIP layout."),
    id_column: str = typer.Option(None, "--id-column", help="Id column (default: id, VolumeName or AccessionNo, else the row number)."),
    language: str = typer.Option("auto", "--language", "-l", help="auto (detect per report), ja, en or zh."),
    uncertain: str = typer.Option("positive", "--uncertain", help="Binary label of hedged findings: positive (CT-RATE convention) or negative."),
    model: str = typer.Option(None, "--model", "-m", help="Model folder for --engine model/hybrid (default: the bundled model)."),
    option: list[str] = typer.Option(None, "--engine-option", "-O", help="Extra engine setting key=value (repeatable)."),
    fmt: str = typer.Option(None, "--format", help="Input format when the extension does not tell: csv tsv jsonl parquet txt."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Text encoding of the input (e.g. cp932 for Shift_JIS)."),
    batch_size: int = typer.Option(256, "--batch-size", help="Reports per batch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Label reports with the 18 CT-RATE findings (or another schema).

    Every finding gets a state (positive / negative / uncertain / absent) and a
    0/1 label; JSONL output adds scores and evidence (offsets, text, cue).
    """
    from shoken.engines import make_engine
    from shoken.io import open_writer, read_reports

    lang = None if language == "auto" else language
    config = parse_options(option)
    config.setdefault("schema", schema)
    config.setdefault("uncertain", uncertain)
    if model is not None:
        config["model"] = model
    if lang is not None and engine == "rules":
        config.setdefault("language", lang)
    reader = read_reports(input, text_columns=text_column or None, id_column=id_column, language=lang,
                          fmt=fmt, encoding=encoding)
    if reader.layout.name not in ("plain", "custom"):
        err_console.print(f"[dim]layout {reader.layout.name}: text from {' + '.join(reader.layout.text_columns)}"
                          f"{', ids from ' + reader.layout.id_column if reader.layout.id_column else ''}[/dim]")
    eng = make_engine(engine, **config)
    t0 = time.perf_counter()
    try:
        with open_writer(output, eng.schema) as writer:
            it = iter(reader)
            if quiet:
                while batch := list(islice(it, batch_size)):
                    writer.write(eng.label(batch))
            else:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

                with Progress(TextColumn("labeling"), BarColumn(), MofNCompleteColumn(),
                              TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                              console=err_console, transient=False) as prog:
                    task = prog.add_task("label", total=None, rate="")
                    done = 0
                    while batch := list(islice(it, batch_size)):
                        writer.write(eng.label(batch))
                        done += len(batch)
                        el = time.perf_counter() - t0
                        prog.update(task, completed=done, rate=f"{done / el:,.0f} reports/s" if el else "")
    finally:
        eng.close()
    dt = time.perf_counter() - t0
    msg = f"labeled {reader.n_reports} reports in {dt:.2f}s -> {output}"
    if reader.n_empty:
        msg += f" (warning: {reader.n_empty} empty report(s), all findings absent)"
    err_console.print(msg, markup=False, highlight=False)
