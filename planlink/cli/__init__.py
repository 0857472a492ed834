"""`planlink` command line. Each command group lives in its own module and registers on `app`."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="planlink",
    help="Knowledge graph of Vietnamese Party and State planning documents.",
    no_args_is_help=True,
    add_completion=False,
)


def _register() -> None:
    # Imported for their side effect of adding commands to `app`; each is optional while being built.
    import importlib

    for name in ("extract", "store", "anniversaries", "serve", "explorer"):
        try:
            importlib.import_module(f"planlink.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"planlink.cli.{name}":
                raise


def main() -> None:
    _register()
    app()
