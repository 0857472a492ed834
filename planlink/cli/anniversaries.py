"""`planlink anniversaries`: what falls due in a window — the catalog's events and the loaded
documents', with ordinal, date, tier and the plans that mention them — as JSON or a table."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from planlink.cli import app

_TIER_LABELS = {"tron": "năm tròn", "le5": "năm lẻ 5", "khac": "năm khác", None: ""}


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-01-01") from None


def _open_store(data_dir: Path | None):  # -> Store | None
    """The configured store opened read-only, or None when the data directory holds no store yet
    (the catalog alone still answers)."""
    from graph.settings import Settings
    from graph.engines import open_store

    settings = Settings(data_dir=data_dir, read_only=True) if data_dir is not None else Settings(read_only=True)
    if settings.engine == "ladybug":
        from graph.ladybug_store import DB_FILE

        if not (settings.data_dir / DB_FILE).exists():
            typer.echo(f"no store in {settings.data_dir}: catalog only", err=True)
            return None
    return open_store(settings)


@app.command()
def anniversaries(
    start: Annotated[str, typer.Option("--from", help="first day of the window, YYYY-MM-DD")],
    end: Annotated[str, typer.Option("--to", help="last day of the window, YYYY-MM-DD")],
    tier: Annotated[str, typer.Option(
        help="default: statutory days + năm tròn and năm lẻ 5 (the yearly guidance); all: every "
             "anniversary; tron: năm tròn only")] = "default",
    scope: Annotated[str | None, typer.Option(
        help="keep national events and this province's (e.g. 'Cao Bằng'); default: every province")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print a JSON array instead of a table")] = False,
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help="store folder (default: PLANLINK_DATA_DIR)")]
    = None,
) -> None:
    """Anniversaries falling in [--from, --to], with the loaded plans and tasks that mention them."""
    from graph.anniversaries import anniversaries as compute
    from graph.errors import PlanlinkError

    first, last = _day(start), _day(end)
    if tier not in ("default", "all", "tron"):
        raise typer.BadParameter(f"unknown tier {tier!r}: choose default, all or tron", param_hint="--tier")
    store = _open_store(data_dir)
    try:
        items = compute(first, last, tier=tier, store=store, scope=scope)  # type: ignore[arg-type]
    except PlanlinkError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        if store is not None:
            store.close()
    if as_json:
        typer.echo(json.dumps([item.model_dump(mode="json") for item in items], ensure_ascii=False, indent=2))
        return
    _table(items, first=first, last=last)


def _table(items: list, *, first: date, last: date) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Ngày kỷ niệm {first:%d/%m/%Y} – {last:%d/%m/%Y} ({len(items)})", show_lines=False)
    for column in ("Ngày", "Sự kiện", "Lần thứ", "Hạng", "Gốc", "Văn bản nhắc đến"):
        table.add_column(column, overflow="fold")
    for item in items:
        when = _vn(item.date) + (f" (âm lịch {item.lunar_date})" if item.lunar else "")
        table.add_row(
            when,
            item.name + (" ★" if item.statutory else "") + (f" [{item.scope}]" if item.scope != "national" else ""),
            str(item.years) if item.years is not None else "",
            _TIER_LABELS[item.tier],
            _vn(item.origin_date) if item.origin_date else "",
            "; ".join(m.document.symbol or m.document.id for m in item.mentioned_in),
        )
    Console().print(table)


def _vn(iso: str) -> str:
    """"2025-02-03" → "03/02/2025"; "2025-06" → "06/2025"; "1499" stays."""
    return "/".join(reversed(iso.split("-")))
