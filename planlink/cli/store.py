"""`planlink load / delete / tasks / trace / units / obligations / search / periods / export`:
the graph store from the command line; every query also prints --json (the API's shapes)."""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.errors import PlanlinkError
from graph.models import Extraction
from graph.settings import Settings
from graph.engines import open_store
from graph.store import Store
from planlink.cli import app

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", help="Store folder (default: $PLANLINK_DATA_DIR, else the per-user data folder).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
FromDate = Annotated[str | None, typer.Option("--from", help="Start of the window, YYYY-MM-DD.")]
ToDate = Annotated[str | None, typer.Option("--to", help="End of the window, YYYY-MM-DD.")]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


def _settings(data_dir: Path | None, *, read_only: bool) -> Settings:
    overrides: dict[str, Any] = {"read_only": read_only}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    return Settings(**overrides)


@contextmanager
def _store(data_dir: Path | None, *, read_only: bool = True) -> Iterator[Store]:
    """Queries open read-only, so they work while the API or a load holds the writer."""
    try:
        with open_store(_settings(data_dir, read_only=read_only)) as store:
            yield store
    except PlanlinkError as exc:
        err.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(1) from exc


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD", param_hint=option) from exc


def _json(value: BaseModel | list[BaseModel]) -> None:
    data = [v.model_dump(mode="json") for v in value] if isinstance(value, list) else value.model_dump(mode="json")
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _table(*columns: str) -> Table:
    return Table(*columns, show_lines=False, expand=False)


def _units(units: list[Any]) -> str:
    return ", ".join(u.name for u in units)


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .docx .pdf .html).")],
    data_dir: DataDir = None, as_json: AsJson = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0,
                                      help="Processes that read and extract files (default: one per CPU).")] = 0,
    batch: Annotated[int, typer.Option("--batch", min=0,
                                       help="Documents per transaction (default: the engine's).")] = 0,
) -> None:
    """Extract and load documents, a batch per transaction (each document whole or absent); unchanged
    files are skipped, new versions replace."""
    from loaders.pipeline import extract_files
    from planlink.cli.extract import expand_paths, ocr_progress

    files = expand_paths(paths)
    results: list[dict[str, Any]] = []

    def report(path: Path, outcome: dict[str, Any]) -> None:
        results.append({"file": str(path), **outcome})
        if as_json:
            return
        if "error" in outcome:
            err.print(f"[red]error[/red]: {outcome['error']}")
        else:  # one line per document as it is committed
            out.print(f"{outcome['outcome']:<9} {outcome['id']}  ({outcome['tasks']} tasks)  {path}")

    with _store(data_dir, read_only=False) as store, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, disable=not err.is_terminal) as progress:
        bar = progress.add_task("loading", total=len(files))
        pending: list[tuple[Path, Extraction]] = []

        def commit() -> None:
            try:
                written = store.upsert_many([ex for _, ex in pending], batch_size=len(pending))
            except PlanlinkError:  # the batch is rolled back: write one by one, to name the bad file
                for path, ex in pending:
                    try:
                        report(path, store.upsert(ex).model_dump(mode="json"))
                    except PlanlinkError as exc:
                        report(path, {"error": f"{path}: {exc}"})
            else:
                for (path, _), result in zip(pending, written):
                    report(path, result.model_dump(mode="json"))
            progress.advance(bar, len(pending))
            pending.clear()

        size = batch or store.bulk_batch
        pages: dict[Path, Any] = {}

        def ocr(path: Path, done: int, total: int) -> None:  # one file's scan, page by page
            pages.setdefault(path, ocr_progress(progress, err, path, jobs or os.cpu_count() or 1))(done, total)

        for path, got in extract_files(files, jobs=jobs or os.cpu_count() or 1, progress=ocr):
            if path in pages:
                pages.pop(path)(-1, 0)
            if isinstance(got, str):
                report(path, {"error": got})
                progress.advance(bar)
                continue
            pending.append((path, got))
            if len(pending) >= size:
                commit()
        if pending:
            commit()
    failed = [r for r in results if "error" in r]
    if as_json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    else:
        out.print(f"{len(results) - len(failed)} loaded, {len(failed)} failed")
    if failed:
        raise typer.Exit(1)


@app.command()
def delete(doc_id: Annotated[str, typer.Argument(help="Document id, e.g. 413-kh-tu-2019-cao-bang.")],
           data_dir: DataDir = None) -> None:
    """Remove a loaded document; if others cite it, it stays as a document known by citation."""
    with _store(data_dir, read_only=False) as store:
        store.delete_document(doc_id)
    out.print(f"deleted {doc_id}")


@app.command()
def tasks(search: Annotated[str, typer.Option("--search", "-s", help="Words of the task, accents optional.")] = "",
          limit: int = 50, data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """Find tasks by their words; shows plan, lead and support units, and deadline."""
    with _store(data_dir) as store:
        hits = store.search_tasks(search, limit=limit)
    if as_json:
        return _json(hits)
    table = _table("id", "task", "plan", "lead", "support", "deadline")
    for h in hits:
        table.add_row(h.id, h.text[:90], h.plan.symbol or h.plan.id, _units(h.lead), _units(h.support),
                      h.deadline.text or h.deadline.due or h.deadline.kind)
    out.print(table)


@app.command()
def trace(task_id: Annotated[str, typer.Argument(help="Task id, e.g. 390-kh-tu-2024-cao-bang#t3.")],
          data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """The directives a task carries out: up the IMPLEMENTS chain from its plan, with the citing clause."""
    with _store(data_dir) as store:
        found = store.trace(task_id)
    if as_json:
        return _json(found)
    out.print(f"[bold]{found.task.text}[/bold]\nplan: {found.plan.symbol or found.plan.id} "
              f"({found.plan.issuer}, {found.plan.issued_date})")
    for s in found.sources:
        mark = "" if s.loaded else " [dim](chỉ biết qua trích dẫn)[/dim]"
        out.print(f"{'  ' * s.depth}↑ {s.doc_type or ''} {s.symbol} {s.issued_date or ''} {s.issuer or ''}{mark}")
        if s.evidence:
            out.print(f"{'  ' * s.depth}  “{s.evidence}”")


@app.command()
def units(search: Annotated[str, typer.Option("--search", "-s", help="Name or abbreviation, accents optional.")] = "",
          limit: int = 50, data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """Find units (organisations) by name, within their jurisdiction."""
    with _store(data_dir) as store:
        hits = store.search_units(search, limit=limit)
    if as_json:
        return _json(hits)
    table = _table("id", "name", "jurisdiction", "aliases")
    for u in hits:
        table.add_row(u.id, u.name, u.jurisdiction or "", ", ".join(u.aliases))
    out.print(table)


@app.command()
def obligations(
    unit_id: Annotated[str, typer.Argument(help="Unit id, e.g. cao-bang.so-van-hoa-the-thao-va-du-lich.")],
    start: FromDate = None, end: ToDate = None,
    role: Annotated[str | None, typer.Option(help="lead or support.")] = None,
    today: Annotated[str | None, typer.Option(help="Judge statuses as of this day (default: today).")] = None,
    data_dir: DataDir = None, as_json: AsJson = False,
) -> None:
    """Everything a unit owes: tasks it leads or supports, due dates resolved, status against today."""
    if role not in (None, "lead", "support"):
        raise typer.BadParameter(f"{role!r}: choose lead or support", param_hint="--role")
    with _store(data_dir) as store:
        found = store.obligations(unit_id, start=_date(start, "--from"), end=_date(end, "--to"),
                                  role=role, today=_date(today, "--today"))
    if as_json:
        return _json(found)
    table = _table("status", "due", "role", "task", "plan")
    for o in found:
        table.add_row(o.status, o.due_date or (o.deadline.text or ""), o.role, o.text[:90],
                      o.plan.symbol or o.plan.id)
    out.print(table)


@app.command()
def search(text: Annotated[str, typer.Argument(help="Words, accents optional: 'dai hoi' finds 'Đại hội'.")],
           limit: int = 50, data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """Search documents, tasks, units and events."""
    with _store(data_dir) as store:
        hits = store.search(text, limit=limit)
    if as_json:
        return _json(hits)
    table = _table("kind", "id", "label")
    for h in hits:
        table.add_row(h.kind, h.id, h.label[:100])
    out.print(table)


@app.command()
def periods(start: FromDate = None, end: ToDate = None, data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """Campaign phases and time windows overlapping --from/--to."""
    with _store(data_dir) as store:
        hits = store.periods(start=_date(start, "--from"), end=_date(end, "--to"))
    if as_json:
        return _json(hits)
    table = _table("start", "end", "period", "plan")
    for p in hits:
        table.add_row(p.period.start or p.period.start_anchor or "", p.period.end or p.period.end_anchor or "",
                      p.period.name, p.document.symbol or p.document.id)
    out.print(table)


@app.command()
def export(fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, json-ld or nt.")] = "turtle",
           out_file: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")] = None,
           data_dir: DataDir = None) -> None:
    """The whole graph as RDF (ELI, W3C ORG, PROV-O, OWL-Time and planlink's own terms)."""
    from graph.rdf import FORMATS

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    with _store(data_dir) as store:
        text = store.export(fmt)
    if out_file is None:
        sys.stdout.write(text)
    else:
        out_file.write_text(text, encoding="utf-8")
        err.print(f"wrote {out_file}")
