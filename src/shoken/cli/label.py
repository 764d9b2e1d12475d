"""``shoken label``: label a file of reports with an engine, streaming."""
from __future__ import annotations

import time
from pathlib import Path

import typer

from shoken.cli import app
from shoken.cli._common import err_console, parse_options
from shoken.core.errors import ShokenError


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
    workers: int = typer.Option(1, "--workers", "-w", help="Worker processes (each builds its engine once); with --ray, Ray actors."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run with the same input, settings and output (every row labeled exactly once, in input order)."),
    ray: str = typer.Option(None, "--ray", help="Label on Ray: local (a Ray instance on this machine), auto, or a cluster address such as ray://head:10001."),
) -> None:
    """Label reports with the 18 CT-RATE findings (or another schema).

    Every finding gets a state (positive / negative / uncertain / absent) and a
    0/1 label; JSONL output adds scores and evidence (offsets, text, cue).
    """
    from shoken.io import read_reports

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
    if ray is not None:
        from shoken.integrations.ray import label_file

        if resume:
            raise ShokenError("--resume is for local runs; Ray retries failed tasks itself")
        res = label_file(input, output, address=ray, engine=engine, engine_config=config,
                         text_columns=text_column or None, id_column=id_column, language=lang,
                         fmt=fmt, encoding=encoding, batch_size=batch_size, concurrency=workers,
                         reader=reader, progress=not quiet)
        err_console.print(f"labeled {res.n_reports} reports on Ray ({ray}) in {res.seconds:.2f}s -> {output}",
                          markup=False, highlight=False)
        return
    from shoken.serving.batch import run_batch

    def notice(msg: str) -> None:
        err_console.print(f"[yellow]{msg}[/yellow]", highlight=False)

    if engine == "rules" and Path(output).suffix.lower() in (".csv", ".tsv"):
        config.setdefault("evidence", False)  # CSV/TSV carry labels only: skip building evidence
    t0 = time.perf_counter()
    run = dict(engine=engine, engine_config=config, encoding=encoding, batch_size=batch_size,
               workers=workers, resume=resume, notice=notice, reader=reader)
    try:
        if quiet:
            res = run_batch(input, output, **run)
        else:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(TextColumn("labeling"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[eta]}"),
                          TimeElapsedColumn(), console=err_console, transient=False) as prog:
                task = prog.add_task("label", total=None, rate="", eta="")

                def progress(done: int, total: int | None, labeled: int) -> None:
                    el = time.perf_counter() - t0
                    rate = labeled / el if el > 0 else 0.0
                    total = max(total, done) if total is not None else None
                    eta = ""
                    if total is not None and rate > 0:
                        left = (total - done) / rate
                        eta = f"ETA {int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}"
                    prog.update(task, completed=done, total=total,
                                rate=f"{rate:,.0f} reports/s" if labeled else "", eta=eta)

                res = run_batch(input, output, progress=progress, **run)
    except KeyboardInterrupt:
        from shoken.serving.batch import journal_path

        if journal_path(output).exists():
            err_console.print("interrupted: rerun the same command with --resume to continue",
                              markup=False, highlight=False)
        raise
    dt = time.perf_counter() - t0
    msg = f"labeled {reader.n_reports} reports in {dt:.2f}s -> {output}"
    if res.n_resumed:
        msg += f" ({res.n_resumed} from the journal of the interrupted run)"
    if reader.n_empty:
        msg += f" (warning: {reader.n_empty} empty report(s), all findings absent)"
    err_console.print(msg, markup=False, highlight=False)
