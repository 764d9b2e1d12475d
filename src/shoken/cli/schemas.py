"""``shoken schemas``: list bundled schemas, or show one (bundled name or YAML path)."""
from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from shoken.cli import app


@app.command("schemas")
def schemas_cmd(
    name: str = typer.Argument(None, help="Schema to show (bundled name or path to a .yaml)."),
    language: str = typer.Option("en", "--language", "-l", help="Display names in this language."),
) -> None:
    """List label schemas, or show one schema's findings."""
    from shoken.core.schema import available_schemas, load_schema

    console = Console()
    if name is None:
        t = Table(title="label schemas (use --schema NAME or --schema path/to/schema.yaml)")
        for c in ("name", "findings", "languages", "description"):
            t.add_column(c)
        for n, desc in available_schemas().items():
            s = load_schema(n)
            t.add_row(n, str(len(s)), ", ".join(s.languages), desc)
        console.print(t)
        return
    s = load_schema(name)
    t = Table(title=f"{s.name}: {s.description}")
    t.add_column("#", justify="right")
    t.add_column("name")
    t.add_column(f"display ({language})")
    t.add_column("terms per language")
    for i, f in enumerate(s.findings, 1):
        t.add_row(str(i), f.name, f.display_name(language),
                  ", ".join(f"{k}:{len(v)}" for k, v in sorted(f.terms.items())))
    console.print(t)
