"""Corpus report: run the extractor over a folder of real documents and print what a reader would
doubt — tasks that look like fragments of a wrapped line, tasks without a lead, documents without a
symbol, problems by code — with the time it took (documents/s and MB/s on one core).

    .venv/bin/python scripts/corpus_report.py ../shared/corpus/docs [--limit N] [--show 5] [--json]

A fragment is a task of fewer than 6 words, or one that ends mid-phrase (on a comma, an opening
bracket, or a word such as "của", "và", "các" that needs what follows): loaders.doubts.is_fragment, the
test the extractor's own "many_fragments" problem uses.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from graph.models import Extraction
from loaders.doubts import is_fragment
from loaders.pipeline import extract_file

SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html", ".htm"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files (sorted by name)")
    parser.add_argument("--show", type=int, default=5, help="examples of each kind of doubt to print")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()

    paths = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    if args.limit:
        paths = paths[: args.limit]
    if not paths:
        print(f"no documents in {args.folder}", file=sys.stderr)
        return 2
    size = sum(p.stat().st_size for p in paths)
    figures: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    examples: dict[str, list[str]] = {"fragment": [], "no_lead": [], "no_symbol": [], "failed": []}
    cpu = wall = 0.0
    for path in paths:
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        try:
            x: Extraction = extract_file(path)
        except Exception as exc:  # a report lists every failure instead of stopping at the first
            figures["failed"] += 1
            examples["failed"].append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        finally:
            cpu += time.process_time() - start_cpu
            wall += time.perf_counter() - start_wall
        figures["documents"] += 1
        figures["tasks"] += len(x.tasks)
        figures["documents_without_tasks"] += not x.tasks
        if not x.document.symbol:
            figures["documents_without_symbol"] += 1
            examples["no_symbol"].append(f"{path.name}: {(x.document.title or '')[:70]}")
        for task in x.tasks:
            if is_fragment(task.text):
                figures["fragments"] += 1
                examples["fragment"].append(f"{path.name}: {task.text[:90]!r}")
            if not task.lead:
                figures["tasks_without_lead"] += 1
                examples["no_lead"].append(f"{path.name}: {task.text[:90]!r}")
        problems.update(p.code for p in x.problems)
    figures["seconds_cpu"] = round(cpu, 2)
    if args.json:
        print(json.dumps({"files": len(paths), "megabytes": round(size / 1e6, 2), **figures,
                          "problems": dict(problems.most_common())}, ensure_ascii=False, indent=2))
        return 0
    tasks = max(figures["tasks"], 1)
    print(f"{len(paths)} files, {size / 1e6:.2f} MB, read and extracted on one core")
    print(f"  documents          {figures['documents']} ({figures['failed']} failed)")
    print(f"  tasks              {figures['tasks']} ({figures['documents_without_tasks']} documents with none)")
    print(f"  fragments          {figures['fragments']} ({100 * figures['fragments'] / tasks:.1f} % of tasks)")
    print(f"  tasks without lead {figures['tasks_without_lead']} ({100 * figures['tasks_without_lead'] / tasks:.1f} %)")
    print(f"  without symbol     {figures['documents_without_symbol']} documents")
    print(f"  time               {cpu:.1f} s CPU ({wall:.1f} s wall): {len(paths) / cpu:.1f} documents/s, "
          f"{size / 1e6 / cpu:.3f} MB/s")
    print("  problems           " + (", ".join(f"{code} {n}" for code, n in problems.most_common()) or "none"))
    for kind, rows in examples.items():
        if rows and args.show:
            print(f"\n{kind} (first {min(args.show, len(rows))} of {len(rows)}):")
            for row in rows[: args.show]:
                print(f"  {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
