"""Read PDFs, scans and images as planlink does, extract them, and print seconds per file and per page.

    .venv/bin/python scripts/bench_formats.py ../shared/formats/seeds-pdf --out /tmp/seeds-pdf
    python ../shared/eval/score.py --gold ../shared/gold --pred /tmp/seeds-pdf

--paragraphs joins the wrapped lines of each paragraph (the blank-line paragraphs the PDF and OCR
readers hand over) before extraction: what the layout stage does, to measure the readers alone.
--jobs N OCRs a scan's pages on N processes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.errors import UnreadableDocument  # noqa: E402
from loaders.pipeline import extract_read  # noqa: E402
from loaders.provenance import _alignment, map_spans  # noqa: E402
from loaders.readers import RawDocument, read_document  # noqa: E402


def joined(text: str) -> str:
    """One line per paragraph: the lines between blank lines joined by a space."""
    paragraphs = re.split(r"\n[ \t]*\n", text)
    return "\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs) + "\n"


def rejoined(raw: RawDocument) -> RawDocument:
    """The reader's text with each paragraph on one line, its spans (pages, words, problems) moved along."""
    text = joined(raw.text)
    where = _alignment(raw.text, text)

    def moved(items: list[tuple]) -> list[tuple]:
        return [(where[a], where[b], *rest) for a, b, *rest in items]

    pages = [replace(p, start=where[p.start], end=where[p.end], doubtful=moved(p.doubtful), repairs=moved(p.repairs))
             for p in raw.pages]
    return replace(raw, text=text, pages=pages, problems=map_spans(raw.text, text, raw.problems))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="write <stem>.json extractions here (for score.py)")
    parser.add_argument("--paragraphs", action="store_true", help="join each paragraph's lines first")
    parser.add_argument("--jobs", type=int, default=1, help="OCR processes per scan")
    args = parser.parse_args()
    files = [f for p in args.paths for f in (sorted(p.iterdir()) if p.is_dir() else [p]) if f.is_file()]
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    total_s, total_pages, ocr_pages = 0.0, 0, 0
    print(f"{'file':<48} {'pages':>5} {'ocr':>4} {'read s':>7} {'s/page':>7}  problems")
    for f in files:
        t0 = time.perf_counter()
        try:
            raw = read_document(f, jobs=args.jobs)
        except UnreadableDocument as exc:
            print(f"{f.name:<48} error: {exc.problem}")
            continue
        seconds = time.perf_counter() - t0
        pages = max(len(raw.pages), 1)
        ocr = sum(1 for p in raw.pages if p.source == "ocr")
        total_s, total_pages, ocr_pages = total_s + seconds, total_pages + pages, ocr_pages + ocr
        codes = sorted({p.code for p in raw.problems})
        print(f"{f.name:<48} {pages:>5} {ocr:>4} {seconds:>7.2f} {seconds / pages:>7.3f}  {', '.join(codes)}")
        if args.out:
            if args.paragraphs:
                raw = rejoined(raw)
            extraction = extract_read(raw, source=f.stem + ".txt")
            (args.out / f"{f.stem}.json").write_text(json.dumps(extraction.to_contract(), ensure_ascii=False),
                                                    encoding="utf-8")
    if total_pages:
        print(f"total: {total_pages} pages ({ocr_pages} OCR'd) in {total_s:.1f} s, "
              f"{total_s / total_pages:.3f} s/page, jobs={args.jobs}")


if __name__ == "__main__":
    main()
