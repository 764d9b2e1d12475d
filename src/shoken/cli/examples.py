"""``shoken examples DIR``: write the bundled example reports and their gold labels."""
from __future__ import annotations

from pathlib import Path

import typer

from shoken.cli import app


@app.command("examples")
def examples_cmd(
    folder: Path = typer.Argument(Path("shoken-examples"), help="Folder to write reports.csv and gold.csv into."),
    force: bool = typer.Option(False, "--force", help="Overwrite existing files."),
) -> None:
    """Write example reports (Japanese, English, mixed; written for shoken) and hand-made gold labels."""
    from importlib import resources

    from shoken.core.errors import ShokenError

    folder.mkdir(parents=True, exist_ok=True)
    src = resources.files("shoken") / "examples"
    for name in ("reports.csv", "gold.csv"):
        dest = folder / name
        if dest.exists() and not force:
            raise ShokenError(f"{dest}: exists (use --force to overwrite)")
        dest.write_bytes((src / name).read_bytes())
        typer.echo(f"wrote {dest}")
