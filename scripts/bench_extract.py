"""Benchmark: loaders.pipeline.extract_text over the seed texts replicated to ≥ 500 documents (or over a
folder of real documents with --corpus),
single-threaded (one core), best of N runs by CPU time; dateparser's search_dates over the same
texts as a peer for the dates alone (on a subset, extrapolated, when it is slow); and
loaders.readers.read_document over the same texts as .txt files. Prints a small table.

The copies of a seed differ only in their last line, so the loaders' memo caches (folded names,
unit phrases, inherited deadlines) answer from the first copy on. A second row times the same
documents with every cache in loaders/graph emptied before each one: what a corpus of distinct
documents costs.

    .venv/bin/python scripts/bench_extract.py [--copies 100] [--repeat 3] [--peer-docs 10]
    .venv/bin/python scripts/bench_extract.py --corpus ../shared/corpus/docs   # 316 real documents
"""
from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from loaders.pipeline import extract_text
from loaders.readers import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "planlink" / "samples"


def corpus(copies: int) -> list[tuple[str, str]]:
    """Each seed `copies` times; each copy gets its own last line, so no two texts are equal."""
    seeds = sorted(SAMPLES.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"no seed texts in {SAMPLES}; run from a planlink checkout")
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in seeds]
    return [(f"{stem}#{n}", f"{text}\nBản sao số {n}.\n") for n in range(copies) for stem, text in texts]


def documents_in(path: Path) -> list[tuple[str, str]]:
    """The .txt/.md documents of a folder, as read from disk (decoded by the project's reader)."""
    paths = sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".md"))
    if not paths:
        raise SystemExit(f"no .txt/.md documents in {path}")
    return [(p.name, read_document(p).text) for p in paths]


def best_of(repeat: int, run: Callable[[], int]) -> tuple[float, float, int]:
    """Fastest CPU time and fastest wall time of `repeat` runs, and what the last run found.
    CPU time is the figure: on a shared machine the wall clock also counts other people's work."""
    cpu, wall, found = float("inf"), float("inf"), 0
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        found = run()
        cpu = min(cpu, time.process_time() - start_cpu)
        wall = min(wall, time.perf_counter() - start_wall)
    return cpu, wall, found


def memo_caches() -> list[Callable[[], None]]:
    """cache_clear of every functools cache in the loaded loaders.* and graph.* modules."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("loaders", "graph"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and callable(getattr(value, "cache_info", None)):
                    found[id(value)] = value.cache_clear
    return list(found.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of each seed (5 seeds)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool; the best is kept")
    parser.add_argument("--corpus", type=Path, help="a folder of .txt/.md documents instead of the seed copies")
    parser.add_argument("--peer-docs", type=int, default=10,
                        help="documents timed through dateparser (it is slow); 0 = all")
    args = parser.parse_args()

    docs = documents_in(args.corpus) if args.corpus else corpus(args.copies)
    megabytes = sum(len(text.encode("utf-8")) for _, text in docs) / 1e6

    def ours() -> int:
        return sum(len(x.tasks) + len(x.references) + len(x.events) + len(x.periods) + 1
                   for x in (extract_text(text, source=name) for name, text in docs))

    ours_s, ours_wall, ours_found = best_of(args.repeat, ours)
    caches = memo_caches()

    def cold() -> tuple[float, float, int]:
        """One pass with the caches emptied before each document; only extract_text is timed."""
        cpu = wall = 0.0
        found = 0
        for name, text in docs:
            for clear in caches:
                clear()
            start_cpu, start_wall = time.process_time(), time.perf_counter()
            x = extract_text(text, source=name)
            cpu += time.process_time() - start_cpu
            wall += time.perf_counter() - start_wall
            found += len(x.tasks) + len(x.references) + len(x.events) + len(x.periods) + 1
        return cpu, wall, found

    passes = [cold() for _ in range(args.repeat)]
    cold_s, cold_wall, cold_found = min(c for c, _, _ in passes), min(w for _, w, _ in passes), passes[-1][2]

    with tempfile.TemporaryDirectory() as folder:  # the step before: the same texts read as files
        paths = []
        for name, text in docs:
            paths.append(Path(folder) / f"{name.replace('#', '_')}.txt")
            paths[-1].write_text(text, encoding="utf-8")
        read_s, read_wall, read_found = best_of(
            args.repeat, lambda: sum(len(read_document(p).text) > 0 for p in paths))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation noise
        from dateparser.search import search_dates

        subset = docs if args.peer_docs <= 0 else docs[: args.peer_docs]
        subset_mb = sum(len(text.encode("utf-8")) for _, text in subset) / 1e6

        def peer() -> int:
            return sum(len(search_dates(text, languages=["vi"]) or []) for _, text in subset)

        search_dates(subset[0][1][:2000], languages=["vi"])  # warm-up: dateparser loads its language data
        peer_s, peer_wall, peer_found = best_of(args.repeat, peer)
    scale = len(docs) / len(subset)

    rows = [
        ("planlink extract_text", len(docs), megabytes, ours_s, ours_wall,
         f"{ours_found} facts (documents, tasks, references, events, periods)"),
        ("  caches emptied per doc", len(docs), megabytes, cold_s, cold_wall,
         f"{cold_found} facts; {len(caches)} memo caches emptied before each document"),
        ("dateparser search_dates", len(subset), subset_mb, peer_s, peer_wall, f"{peer_found} dates"),
        ("planlink read_document", len(docs), megabytes, read_s, read_wall,
         f"{read_found} .txt files read (the step before extract_text in extract_file)"),
    ]
    what = (f"{len(docs)} documents of {args.corpus}" if args.corpus else
            f"{len(docs)} documents = {len(docs) // args.copies} seeds × {args.copies}")
    print(f"python {platform.python_version()} on {platform.machine()}, single-threaded, best of {args.repeat}; "
          f"{what} ({megabytes:.1f} MB of UTF-8)\n")
    print(f"{'tool':<26}{'docs':>6}{'MB':>7}{'CPU s':>8}{'wall s':>8}{'docs/s':>9}{'MB/s':>8}  found")
    for name, n, mb, seconds, wall, found in rows:
        print(f"{name:<26}{n:>6}{mb:>7.2f}{seconds:>8.2f}{wall:>8.2f}{n / seconds:>9.1f}"
              f"{mb / seconds:>8.3f}  {found}")
    print("\n(docs/s and MB/s from CPU time; MB = 10^6 bytes of UTF-8)")
    if scale > 1:
        print(f"\ndateparser was timed on the first {len(subset)} documents and extrapolated ×{scale:.0f}: "
              f"≈ {peer_s * scale:.0f} s for all {len(docs)}.")
    print(f"planlink is {(len(docs) / ours_s) / (len(subset) / peer_s):.1f}× dateparser's documents/s "
          f"({(len(docs) / cold_s) / (len(subset) / peer_s):.1f}× with its caches emptied per document) "
          "while extracting everything, not only dates.")


if __name__ == "__main__":
    main()
