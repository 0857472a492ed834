"""PDF text: what each page shows, read by poppler (`pdftotext -tsv`), pages without text through OCR.

Chosen by measurement on ../shared/formats (scripts/bench_pdf_readers.py): poppler reads the number and day that
e-signed State PDFs draw as signature widgets (pypdf and pdfium skip them), places fallback-font
accents by position (pypdf appends them after the line), gives every word's box for the layout, and
reads 190 pages in 0.7 s (pypdf 8.6 s, pdfplumber 24.7 s). It is a Debian package (poppler-utils,
GPL, run as a separate program); without it pypdf reads the text layer and a problem says so.
"""
from __future__ import annotations

import logging
import re
import shutil
import subprocess
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.models import Problem
from loaders.errors import UnreadableDocument
from loaders.page_text import PageText, pages_to_text
from loaders.page_words import Page, Word, parse_tsv
from loaders.provenance import page_problems

MAX_PAGES = 300  # a longer PDF is refused before any page is read (bounded time and memory)
SPARSE_PAGE_CHARS = 300  # less text than this over a full-page image: a scan, read by OCR
TIMEOUT_S = 120  # poppler on 300 pages takes about 2 s; a file that takes longer is damaged
INSTALL_POPPLER = "apt-get install poppler-utils"
Progress = Callable[[int, int], None]  # pages done, pages to do


@dataclass
class PdfText:
    text: str
    pages: PageText
    problems: list[Problem] = field(default_factory=list)


def read_pdf(path: Path, *, jobs: int = 1, progress: Progress | None = None,
             max_pages: int = MAX_PAGES) -> PdfText:
    """The PDF's text, pages with no text layer OCR'd; UnreadableDocument naming the problem."""
    if shutil.which("pdftotext") is None:
        return _read_with_pypdf(path)
    count = _page_count(path)
    if count > max_pages:
        raise UnreadableDocument(path, f"PDF of {count} pages, more than the limit of {max_pages}; "
                                       "split it (qpdf --split-pages) or raise the limit (max_pages)")
    pages = parse_tsv(_run(path, ["pdftotext", "-tsv", "-enc", "UTF-8", str(path), "-"]))
    pages = [pages.get(n) or Page(n, 0.0, 0.0) for n in range(1, count + 1)]
    problems = _mark_widgets(path, pages)
    # a page with no text of its own, or a little text (an e-signature's note) over a full-page scan
    short = [p.number for p in pages if p.chars < SPARSE_PAGE_CHARS]
    images = _image_pages(path, short) if short else set()
    bare = [n for n in short if not pages[n - 1].words or n in images]
    if bare:
        from loaders.ocr import ocr_pdf_pages  # tesseract is needed only for scans

        ocred, ocr_problems = ocr_pdf_pages(path, bare, jobs=jobs, progress=progress,
                                            all_pages=len(bare) == len(pages),
                                            sizes={p.number: (p.width, p.height) for p in pages})
        problems.extend(ocr_problems)
        by_number = {p.number: p for p in ocred}
        pages = [by_number.get(p.number, p) for p in pages]
    layout = pages_to_text([p for p in pages if p.words])
    if not layout.text.strip():
        why = "; ".join(p.message.removeprefix(f"{path.name}: ") for p in problems if p.code.startswith("ocr_"))
        raise UnreadableDocument(path, "no text on any page, and OCR read none either" + (f" ({why})" if why else ""))
    return PdfText(layout.text, layout, problems + page_problems(path.name, layout.pages))


def _run(path: Path, args: list[str]) -> str:
    try:
        done = subprocess.run(args, capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise UnreadableDocument(path, f"{args[0]} gave no answer in {TIMEOUT_S} s; the PDF is damaged "
                                       "or pathological: repair it (qpdf in.pdf out.pdf)") from None
    err = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        if "password" in err.lower():
            raise UnreadableDocument(path, "encrypted PDF; remove the password (qpdf --decrypt)")
        detail = err.strip().splitlines()[-1] if err.strip() else f"exit code {done.returncode}"
        raise UnreadableDocument(path, f"broken or truncated PDF ({detail}); "
                                       "get a complete copy, or repair it (qpdf in.pdf out.pdf)")
    return done.stdout.decode("utf-8", "replace")


def _image_pages(path: Path, numbers: list[int]) -> set[int]:
    """Of the given pages, those an image covers for the most part (a scan with a line of text on it)."""
    try:
        listing = _run(path, ["pdfimages", "-list", "-f", str(min(numbers)), "-l", str(max(numbers)), str(path)])
    except UnreadableDocument:
        return set()
    out = set()
    for row in listing.splitlines()[2:]:
        cells = row.split()
        # page num type width height color comp bpc enc interp object ID x-ppi y-ppi …
        if len(cells) > 13 and cells[2] == "image" and cells[12].isdigit() and int(cells[12]) > 0:
            inches = int(cells[3]) / int(cells[12]) * int(cells[4]) / max(int(cells[13]), 1)
            if inches > 0.5 * 8.3 * 11.7:  # half an A4 page
                out.add(int(cells[0]))
    return out


def _page_count(path: Path) -> int:
    info = _run(path, ["pdfinfo", str(path)])
    m = re.search(r"(?m)^Pages:\s+(\d+)", info)
    if not m or int(m.group(1)) == 0:
        raise UnreadableDocument(path, "PDF with no pages; get a complete copy")
    return int(m.group(1))


def _widget_rects(path: Path, pages: list[Page]) -> dict[int, list[tuple[float, float, float, float]]]:
    """Each page's widget and stamp annotation boxes, in the words' coordinates (points, top left)."""
    from pypdf import PdfReader

    rects: dict[int, list[tuple[float, float, float, float]]] = {}
    with _quiet_pypdf():
        try:
            reader = PdfReader(path)
            if reader.is_encrypted:
                reader.decrypt("")
            for page, pdf_page in zip(pages, reader.pages):
                annots = pdf_page.get("/Annots")
                if not annots:
                    continue
                top = float(pdf_page.mediabox.top)
                for ref in annots.get_object():
                    annot = ref.get_object()
                    if annot.get("/Subtype") not in ("/Widget", "/Stamp", "/FreeText") or "/Rect" not in annot:
                        continue
                    x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
                    rects.setdefault(page.number, []).append(
                        (min(x0, x1), top - max(y0, y1), max(x0, x1), top - min(y0, y1)))
        except Exception:  # noqa: BLE001 — annotations are a refinement; poppler has read the text
            return rects
    return rects


def _mark_widgets(path: Path, pages: list[Page]) -> list[Problem]:
    """Widget text on a line of the page ("Số: 565", "ngày 15") is kept in that line; widget text on
    its own (an e-signature's stamp: signer, e-mail, time) is not the document's text: dropped, and
    reported."""
    problems: list[Problem] = []
    for page_no, boxes in _widget_rects(path, pages).items():
        page = pages[page_no - 1]
        for box in boxes:
            inside = [w for w in page.words if _within(w, box)]
            if not inside:
                continue
            others = [w for w in page.words if not _within(w, box)]
            on_line = any(min(w.y1, o.y1) - max(w.y0, o.y0) > 0.5 * min(w.height, o.height)
                          for w in inside for o in others if not o.widget)
            if on_line:
                keep = {id(w) for w in inside}
                page.words = [Word(w.text, w.x0, w.y0, w.x1, w.y1, w.conf, True) if id(w) in keep else w
                              for w in page.words]
            else:
                page.words = others
                problems.append(Problem(code="signature_stamp", message=(
                    f"{path.name}: page {page_no}: e-signature stamp “{' '.join(w.text for w in inside)}” "
                    "left out of the text")))
    return problems


def _within(word: Word, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, word.mid_y
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


class _quiet_pypdf:
    """pypdf warns and logs on every defect it repairs; a damaged file is reported once, by us."""

    def __enter__(self) -> None:
        self._logger = logging.getLogger("pypdf")
        self._level = self._logger.level
        self._logger.setLevel(logging.ERROR)
        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc: object) -> None:
        self._warnings.__exit__(*exc)
        self._logger.setLevel(self._level)


def _read_with_pypdf(path: Path) -> PdfText:
    """Without poppler: pypdf's text layer, hard-wrapped, widgets and scans unread (and said so)."""
    from pypdf import PdfReader

    with _quiet_pypdf():
        try:
            reader = PdfReader(path)
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnreadableDocument(path, "encrypted PDF; remove the password (qpdf --decrypt)")
            if len(reader.pages) > MAX_PAGES:
                raise UnreadableDocument(path, f"PDF of {len(reader.pages)} pages, more than the limit of "
                                               f"{MAX_PAGES}; split it (qpdf --split-pages)")
            texts = [page.extract_text() or "" for page in reader.pages]
        except UnreadableDocument:
            raise
        except Exception as exc:  # pypdf raises many types for one cause: a damaged file
            raise UnreadableDocument(path, f"broken or truncated PDF ({type(exc).__name__}: {exc}); "
                                           "get a complete copy, or repair it (qpdf in.pdf out.pdf)") from None
    empty = [i + 1 for i, t in enumerate(texts) if not t.strip()]
    if len(empty) == len(texts):
        raise UnreadableDocument(path, "PDF with no text layer (a scan?): reading it needs poppler and "
                                       f"tesseract ({INSTALL_POPPLER} tesseract-ocr tesseract-ocr-vie)")
    problems = [Problem(code="pdf_reader_fallback", message=(
        f"{path.name}: read with pypdf because poppler is not installed ({INSTALL_POPPLER}): numbers and "
        "days drawn by signature widgets are missed, and paragraphs are not told apart"))]
    if empty:
        problems.append(Problem(code="pdf_pages_without_text", message=(
            f"{path.name}: page(s) {', '.join(map(str, empty))} have no text layer (scanned?); install "
            f"poppler and tesseract ({INSTALL_POPPLER} tesseract-ocr tesseract-ocr-vie) to read them")))
    text = "\n".join(texts)
    return PdfText(text, PageText(text, []), problems)
