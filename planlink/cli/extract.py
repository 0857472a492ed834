"""`planlink extract`: documents in, one extraction JSON per document out (../shared/eval/CONTRACT.md shape)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from loaders.errors import UnreadableDocument
from loaders.pipeline import extract_file
from planlink.cli import app

SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html", ".htm"}


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the supported files inside any folder (sorted, recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .docx .pdf .html).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the <stem>.json files.")],
    text: Annotated[bool, typer.Option(help="Also write the normalised text the spans refer to.")] = False,
) -> None:
    """Extract documents to JSON: identity, references, tasks, events, periods, with spans and problems."""
    err = Console(stderr=True)
    files = expand_paths(paths)
    out.mkdir(parents=True, exist_ok=True)
    failed: list[tuple[Path, str]] = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  disable=len(files) < 5 or not err.is_terminal) as progress:
        bar = progress.add_task("extracting", total=len(files))
        for path in files:
            try:
                extraction = extract_file(path)
            except UnreadableDocument as exc:
                failed.append((path, exc.problem))
            except OSError as exc:
                failed.append((path, exc.strerror or str(exc)))
            else:
                data = extraction.to_contract()
                if text:
                    data["text"] = extraction.text
                (out / f"{path.stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            progress.advance(bar)
    for path, problem in failed:
        err.print(f"[red]error[/red]: {path}: {problem}", highlight=False, soft_wrap=True)
    written = len(files) - len(failed)
    err.print(f"{written} extracted, {len(failed)} failed → {out}", highlight=False)
    if failed:
        raise typer.Exit(code=1)
