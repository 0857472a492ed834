"""OCR speed: seconds per scanned page on one process and on --jobs processes, and where the time goes.

    .venv/bin/python scripts/bench_ocr.py ../shared/formats/seeds-scan/000_be368ab34b8ed495.pdf --jobs 2

Each page is drawn at 300 dpi (pdftoppm), straightened and cleaned (scan_image.py), then read by
tesseract held to one core (OMP_THREAD_LIMIT=1): --jobs N runs N pages at once. The machine's other
load shows in the figures; run it on a quiet machine, and read the stage split for what one page costs.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.ocr import DPI, ocr_pdf_pages  # noqa: E402
from loaders.scan_image import clean_page  # noqa: E402


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def stages(path: Path) -> tuple[float, float, float]:
    """One page's seconds to draw, to clean, to OCR (page 1)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "p"
        t0 = time.perf_counter()
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-hide-annotations", "-f", "1", "-l", "1",
                        "-singlefile", str(path), str(out)], check=True, capture_output=True)
        t1 = time.perf_counter()
        cleaned = clean_page(out.with_suffix(".pgm"))
        t2 = time.perf_counter()
        subprocess.run(["tesseract", str(cleaned.path), "stdout", "-l", "vie", "--psm", "3", "--dpi", str(DPI), "tsv"],
                       check=True, capture_output=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        return t1 - t0, t2 - t1, time.perf_counter() - t2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="+", type=Path, help="scanned PDFs (image-only pages)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run (default 2)")
    args = parser.parse_args()
    draw, clean, ocr = stages(args.pdfs[0])
    print(f"one page of {args.pdfs[0].name}: draw {draw:.2f} s, straighten+clean {clean:.2f} s, "
          f"tesseract {ocr:.2f} s")
    total = sum(pages_of(p) for p in args.pdfs)
    for jobs in sorted({1, args.jobs}):
        started = time.perf_counter()
        for pdf in args.pdfs:
            ocr_pdf_pages(pdf, list(range(1, pages_of(pdf) + 1)), jobs=jobs, all_pages=True)
        seconds = time.perf_counter() - started
        print(f"jobs={jobs}: {total} pages in {seconds:.1f} s = {seconds / total:.2f} s/page "
              f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end)")


if __name__ == "__main__":
    main()
