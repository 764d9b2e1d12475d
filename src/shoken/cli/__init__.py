"""The ``shoken`` command line. Each command lives in its own module and registers
itself on :data:`app`; :func:`main` turns :class:`~shoken.core.errors.ShokenError`
into one line on stderr and a non-zero exit code (no traceback)."""
from __future__ import annotations

import importlib
import sys

import typer

from shoken.core.errors import ShokenError

app = typer.Typer(
    name="shoken",
    help="所見 shoken: structured findings from free-text radiology reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Command modules; each defines its commands with @app.command(). A module whose
# optional dependencies are missing still registers (imports inside commands).
COMMAND_MODULES = [
    "shoken.cli.label",       # label
    "shoken.cli.evaluate",    # evaluate
    "shoken.cli.schemas",     # schemas
    "shoken.cli.examples",    # examples
    "shoken.cli.train",       # train, export (issue: neural engine)
    "shoken.cli.datasets",    # translate, revisions, textstats, mt-eval
    "shoken.cli.compare",     # compare, audit
    "shoken.cli.serve",       # serve
]


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real import error inside the module
                raise


def main(argv: list[str] | None = None) -> int:
    _load_commands()
    try:
        rc = app(args=argv, standalone_mode=False)
    except ShokenError as err:
        typer.echo(f"shoken: error: {err}", err=True)
        return err.exit_code
    except KeyboardInterrupt:
        typer.echo("shoken: interrupted", err=True)
        return 130
    except typer.Exit as e:  # pragma: no cover
        return e.exit_code
    except SystemExit as e:  # pragma: no cover
        return int(e.code or 0)
    except Exception as err:  # usage errors from click (or typer's bundled copy of it)
        if hasattr(err, "show") and hasattr(err, "exit_code") and any(
                c.__name__ == "ClickException" for c in type(err).__mro__):
            err.show()
            return int(err.exit_code)
        if any(c.__name__ == "Abort" for c in type(err).__mro__):
            typer.echo("shoken: aborted", err=True)
            return 1
        raise
    return rc if isinstance(rc, int) else 0


def run() -> None:  # pragma: no cover
    sys.exit(main())
