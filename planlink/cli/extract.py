"""`planlink extract`: documents in, one extraction JSON per document out (../shared/eval/CONTRACT.md shape)."""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from loaders.errors import UnreadableDocument
from loaders.pipeline import extract_file
from planlink.cli import app

SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the supported files inside any folder (sorted, recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def ocr_progress(progress: Progress, err: Console, path: Path, jobs: int) -> Callable[[int, int], None]:
    """A scan's OCR shown page by page: a bar in a terminal, a line every few pages elsewhere (a
    30-page scan takes minutes and must not look hung). Called with done=-1 when the file is done."""
    state: dict[str, Any] = {}

    def told(done: int, total: int) -> None:
        if done < 0:
            if "bar" in state:
                progress.remove_task(state["bar"])
            return
        if not progress.disable:
            if "bar" not in state:
                state["bar"] = progress.add_task(f"OCR {path.name} ({jobs} processes)", total=total)
            progress.update(state["bar"], completed=done)
        elif done == 0 or done == total or done % 5 == 0:
            err.print(f"OCR {path.name}: {done}/{total} pages", highlight=False)

    return told


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .docx .pdf .html).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the <stem>.json files.")],
    text: Annotated[bool, typer.Option(help="Also write the normalised text the spans refer to.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0,
                                      help="Processes that OCR a scan's pages (default: one per CPU).")] = 0,
) -> None:
    """Extract documents to JSON: identity, references, tasks, events, periods, with spans and problems.
    Scanned PDFs and page images (.png .jpg .tif) are read by OCR, their pages on --jobs processes."""
    err = Console(stderr=True)
    files = expand_paths(paths)
    out.mkdir(parents=True, exist_ok=True)
    failed: list[tuple[Path, str]] = []
    jobs = jobs or os.cpu_count() or 1
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not err.is_terminal) as progress:
        bar = progress.add_task("extracting", total=len(files), visible=len(files) >= 5)
        for path in files:
            pages = ocr_progress(progress, err, path, jobs)
            try:
                extraction = extract_file(path, jobs=jobs, progress=pages)
            except UnreadableDocument as exc:
                failed.append((path, exc.problem))
            except OSError as exc:
                failed.append((path, exc.strerror or str(exc)))
            else:
                data = extraction.to_contract()
                if text:
                    data["text"] = extraction.text
                (out / f"{path.stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            pages(-1, 0)
            progress.advance(bar)
    for path, problem in failed:
        err.print(f"[red]error[/red]: {path}: {problem}", highlight=False, soft_wrap=True)
    written = len(files) - len(failed)
    err.print(f"{written} extracted, {len(failed)} failed → {out}", highlight=False)
    if failed:
        raise typer.Exit(code=1)
