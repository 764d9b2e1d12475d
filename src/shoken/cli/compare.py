"""``shoken compare`` (side-by-side metrics, significance, figures, HTML report) and
``shoken audit`` (a shipped label file against an engine's output, with evidence)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from shoken.cli import app
from shoken.cli._common import err_console, parse_options


def _console():
    import sys

    from rich.console import Console

    # a pipe or a file gets wide, unwrapped tables; a terminal its own width
    return Console() if sys.stdout.isatty() else Console(width=220)


def _rich_table(t, max_rows: int | None = None):
    from rich.table import Table as RichTable

    from shoken.evaluation.compare import _fmt

    rt = RichTable(title=t.title, title_justify="left", show_lines=False, pad_edge=False)
    for i, c in enumerate(t.columns):
        if i == 0:
            rt.add_column(c, justify="left", no_wrap=True)
        else:
            rt.add_column(c, justify="right", min_width=6, overflow="fold")
    rows = t.rows if max_rows is None else t.rows[:max_rows]
    for r in rows:
        rt.add_row(*[_fmt(v, 3) for v in r])
    return rt


@app.command("compare")
def compare_cmd(
    preds: Optional[list[Path]] = typer.Argument(None, help="Prediction files (shoken CSV/JSONL/Parquet output, or any label table); JSONL scores give AUC and ROC curves."),
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold labels (label table, or a dataset file with the schema's columns)."),
    output: Path = typer.Option(..., "--output", "-o", help="Output folder: tables (.csv .md .json), comparison.json, figures/ (PNG, SVG), report.html."),
    name: Optional[list[str]] = typer.Option(None, "--name", "-n", help="Display name of each prediction file, in order (repeat; default: file stems)."),
    robustness: Optional[tuple[Path, Path]] = typer.Option(None, "--robustness", help="A B: the same engine's output on two inputs of the same reports (e.g. machine-translated, radiologist-revised); deltas are B − A."),
    robustness_name: Optional[list[str]] = typer.Option(None, "--robustness-name", help="Names of the two robustness inputs (repeat twice)."),
    schema: str = typer.Option("ct-rate-18", "--schema", "-s", help="Schema name or YAML path."),
    id_column: str = typer.Option(None, "--id-column", help="Id column of the prediction files (default: id, VolumeName, AccessionNo)."),
    gold_id_column: str = typer.Option(None, "--gold-id-column", help="Id column of the gold file, if it differs."),
    uncertain: str = typer.Option("positive", "--uncertain", help="How -1 (uncertain) labels count: positive or negative."),
    n_boot: int = typer.Option(1000, "--n-boot", help="Bootstrap replicates for the confidence intervals (0: none)."),
    seed: int = typer.Option(0, "--seed", help="Bootstrap random seed."),
    figures: bool = typer.Option(True, "--figures/--no-figures", help="Write PNG and SVG figures (needs shoken[report])."),
    html: bool = typer.Option(True, "--html/--no-html", help="Write report.html (tables and figures in one file)."),
) -> None:
    """Compare labelers side by side: per-finding accuracy/precision/recall/F1/AUC, macro and
    micro F1, exact match, F1 differences, bootstrap CIs, McNemar, paired t and Wilcoxon."""
    from shoken.evaluation.compare import compare

    if robustness_name and len(robustness_name) != 2:
        raise typer.BadParameter("give --robustness-name twice (one per robustness input)")
    if robustness_name and not robustness:
        raise typer.BadParameter("--robustness-name needs --robustness A B")
    cmp = compare(gold, preds or [], names=name or None, schema=schema, uncertain=uncertain,
                  id_column=id_column, gold_id_column=gold_id_column,
                  robustness=tuple(robustness) if robustness else None,
                  robustness_names=tuple(robustness_name) if robustness_name else None,
                  n_boot=n_boot, seed=seed)
    written = cmp.write(output, figures=figures, html_report=html)
    con = _console()
    con.print(_rich_table(cmp.summary_table()))
    if cmp.systems:
        con.print(_rich_table(cmp.f1_table()))
    if len(cmp.systems) > 1:
        sig = cmp.significance_table()
        keep = [0, 1, 2, 3, 4, 10, 11, 13, 14, 15, 16]
        from shoken.evaluation.compare import Table

        con.print(_rich_table(Table(sig.name, sig.title, [sig.columns[i] for i in keep],
                                    [[r[i] for i in keep] for r in sig.rows])))
    rt = cmp.robustness_table()
    if rt is not None:
        con.print(_rich_table(rt))
        con.print(rt.note, markup=False, highlight=False)
    n = sum(len(v) for v in written.values())
    err_console.print(f"wrote {n} files to {output}"
                      + (f" (report: {written['html'][0]})" if written["html"] else ""),
                      markup=False, highlight=False)


@app.command("audit")
def audit_cmd(
    labels: Path = typer.Option(..., "--labels", "-L", help="The label file that came with the dataset (CSV/JSONL/Parquet, one 0/1 column per finding)."),
    pred: Path = typer.Option(None, "--pred", "-p", help="An engine's output to audit against (shoken JSONL carries evidence; CSV gives labels only)."),
    reports: Path = typer.Option(None, "--reports", "-r", help="Reports to label now with --engine (default: the --labels file itself, when it has the report text)."),
    engine: str = typer.Option("rules", "--engine", "-e", help="Engine for --reports: rules | model | hybrid | llm."),
    option: Optional[list[str]] = typer.Option(None, "--engine-option", "-O", help="Engine setting key=value (repeatable)."),
    text_column: Optional[list[str]] = typer.Option(None, "--text-column", "-t", help="Text column(s) of --reports (default: the layout's)."),
    id_column: str = typer.Option(None, "--id-column", help="Id column (default: id, VolumeName, AccessionNo)."),
    language: str = typer.Option("auto", "--language", "-l", help="auto, ja, en or zh."),
    schema: str = typer.Option("ct-rate-18", "--schema", "-s", help="Schema name or YAML path."),
    uncertain: str = typer.Option("positive", "--uncertain", help="How uncertain labels count: positive or negative."),
    output: Optional[list[Path]] = typer.Option(None, "--output", "-o", help="Write the disagreements: .csv, .jsonl, .json (with summary) or .md (repeatable)."),
    limit: int = typer.Option(20, "--limit", help="Disagreements to print (0: none; the files hold all)."),
) -> None:
    """List every label where a shipped label file and an engine disagree, with the engine's
    evidence (sentence, matched text, cue)."""
    from shoken.evaluation.audit import COLUMNS, audit
    from shoken.evaluation.compare import Table

    lang = None if language == "auto" else language
    if pred is not None and reports is not None:
        raise typer.BadParameter("give --pred or --reports, not both")
    if pred is None and reports is None:
        reports = labels
    rep = audit(labels, pred, reports=reports, engine=engine, engine_options=parse_options(option),
                schema=schema, uncertain=uncertain, id_column=id_column, text_columns=text_column or None,
                language=lang)
    con = _console()
    con.print(_rich_table(rep.summary_table()))
    con.print(rep.summary_table().note, markup=False, highlight=False)
    if limit and rep.disagreements:
        rows = [d.row() for d in rep.disagreements[:limit]]
        con.print(_rich_table(Table("disagreements", f"First {len(rows)} of {len(rep.disagreements)} disagreements",
                                    COLUMNS, rows)))
    for out in output or []:
        rep.write(out)
        err_console.print(f"wrote {out}", markup=False, highlight=False)
