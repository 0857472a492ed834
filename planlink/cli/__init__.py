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
    # Imported for their side effect of adding commands to `app`, in the order `planlink --help` lists
    # them; imported here, not at module level, so `from planlink.cli import app` has no cycle.
    from planlink.cli import anniversaries, explorer, extract, serve, store  # noqa: F401


def main() -> None:
    _register()
    app()
