"""``shoken evaluate``: per-finding metrics of a prediction file against gold labels."""
from __future__ import annotations

from pathlib import Path

import typer

from shoken.cli import app


@app.command("evaluate")
def evaluate_cmd(
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold labels: label CSV/JSONL/Parquet, or any recognised layout with the schema's columns."),
    pred: Path = typer.Option(..., "--pred", "-p", help="Predictions: shoken's CSV/JSONL/Parquet output (JSONL scores give AUC)."),
    output: list[Path] = typer.Option(None, "--output", "-o", help="Write the report: .json, .csv or .md (repeatable)."),
    schema: str = typer.Option("ct-rate-18", "--schema", "-s", help="Schema name or YAML path."),
    id_column: str = typer.Option(None, "--id-column", help="Id column in both files (default: id, VolumeName, AccessionNo)."),
    gold_id_column: str = typer.Option(None, "--gold-id-column", help="Id column of the gold file, if it differs."),
    uncertain: str = typer.Option("positive", "--uncertain", help="How gold -1 (uncertain) counts: positive or negative."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the table as Markdown."),
) -> None:
    """Accuracy, precision, recall, F1, support and AUC per finding; macro/micro F1; exact match."""
    from rich.console import Console

    from shoken.evaluation.labels import evaluate_files
    from shoken.evaluation.metrics import format_table

    rep = evaluate_files(gold, pred, schema=schema, id_column=id_column, gold_id_column=gold_id_column,
                         uncertain=uncertain)
    Console().print(format_table(rep, markdown=markdown), markup=False, highlight=False)
    for out in output or []:
        rep.write(out)
        typer.echo(f"wrote {out}", err=True)
