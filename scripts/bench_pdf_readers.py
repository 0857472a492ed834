"""The measurement behind loaders/pdf_text.py's choice of poppler: each PDF text library on the same files,
seconds for all of them, and whether it reads what the page shows where the others fail.

    .venv/bin/pip install pypdfium2 pdfplumber     # only to compare; planlink itself needs neither
    .venv/bin/python scripts/bench_pdf_readers.py ../shared/formats/real/p0*.pdf ../shared/formats/seeds-pdf/*.pdf

Checks: the number and day that e-signed State PDFs draw as signature widgets ("Số: 565", "ngày 15" in
p06), and accents drawn from a fallback font after the line (a PDF this script writes with fpdf2).
"""
from __future__ import annotations

import importlib.util
import logging
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

warnings.simplefilter("ignore")
logging.disable(logging.ERROR)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FALLBACK_LINE = "TỈNH ỦY CAO BẰNG ban hành kế hoạch"


def with_pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\f".join(page.extract_text() or "" for page in PdfReader(path).pages)


def with_poppler(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def with_pdfium(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    return "\f".join(doc[i].get_textpage().get_text_bounded() for i in range(len(doc)))


def with_pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


READERS: dict[str, tuple[str | None, Callable[[Path], str]]] = {
    "pypdf (BSD, PyPI)": ("pypdf", with_pypdf),
    "poppler pdftotext (GPL, Debian poppler-utils, run as a program)": (None, with_poppler),
    "pypdfium2 (Apache-2.0/BSD, PyPI wheel with PDFium)": ("pypdfium2", with_pdfium),
    "pdfplumber/pdfminer.six (MIT, PyPI)": ("pdfplumber", with_pdfplumber),
}


def fallback_pdf(folder: Path) -> Path | None:
    """A line whose accented letters are drawn from a second font after the rest, as Word does."""
    if not DEJAVU.exists() or importlib.util.find_spec("fpdf") is None:
        return None
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Main", fname=str(DEJAVU))
    pdf.add_font("Fallback", fname=str(DEJAVU))
    pdf.add_page()
    pdf.set_font("Main", size=14)
    xs, x = [], 20.0
    for ch in FALLBACK_LINE:
        xs.append(x)
        x += pdf.get_string_width(ch)
    for font, ascii_pass in (("Main", True), ("Fallback", False)):
        pdf.set_font(font, size=14)
        for ch, x in zip(FALLBACK_LINE, xs):
            if (ord(ch) < 128) == ascii_pass:
                pdf.text(x, 40, ch)
    path = folder / "fallback.pdf"
    pdf.output(str(path))
    return path


def main() -> None:
    files = [Path(p) for p in sys.argv[1:]]
    widget_file = next((f for f in files if f.name.startswith("p06")), None)
    with tempfile.TemporaryDirectory() as tmp:
        fallback = fallback_pdf(Path(tmp))
        for name, (module, read) in READERS.items():
            if module and importlib.util.find_spec(module) is None:
                print(f"{name}: not installed (pip install {module})")
                continue
            started = time.perf_counter()
            texts = {f: read(f) for f in files}
            seconds = time.perf_counter() - started
            widgets = ("Số: 565" in " ".join(texts[widget_file].split()[:60]) if widget_file else None)
            accents = (FALLBACK_LINE in " ".join(read(fallback).split())) if fallback else None
            print(f"{name}: {len(files)} files in {seconds:.2f} s; widget number read: {widgets}; "
                  f"fallback-font accents in place: {accents}")


if __name__ == "__main__":
    main()
