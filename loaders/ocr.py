"""OCR: scanned PDF pages and page images → words with boxes and confidence, by Debian's tesseract.

Each page is rendered (poppler's pdftoppm, 300 dpi grey), straightened and cleaned (scan_image.py),
then read by `tesseract -l vie` as TSV; pages run in parallel, one tesseract process per page on
``jobs`` at a time, each held to one core (OMP_THREAD_LIMIT=1) so that ``jobs`` means cores.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from graph.models import Problem
from loaders.errors import UnreadableDocument
from loaders.ocr_repairs import repair_words
from loaders.page_words import Page, parse_tsv
from loaders.scan_image import MAX_PIXELS, ImageTooLarge, clean_page

DPI = 300
NOISE_CONF = 25.0
MAX_OCR_PAGES = 60  # ~4 min on one core at 4 s a page; a longer scan is refused before any OCR
PAGE_TIMEOUT_S = 180  # one page; tesseract takes 3–8 s on a 300 dpi A4 page
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie (as root; scripts/test.sh and demo.sh do it)"
Progress = Callable[[int, int], None]


class PageUnreadable(Exception):
    """One page that cannot be rendered or OCR'd; the document goes on without it."""


def tesseract_missing() -> str | None:
    """Why OCR cannot run here (and how to fix it), or None when it can."""
    if shutil.which("tesseract") is None:
        return f"tesseract is not installed: {INSTALL}"
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"tesseract does not run ({exc}): {INSTALL}"
    if "vie" not in langs.split():
        return f"tesseract has no Vietnamese model: {INSTALL}"
    return None


def ocr_pdf_pages(path: Path, numbers: list[int], *, jobs: int = 1, progress: Progress | None = None,
                  all_pages: bool = False, sizes: dict[int, tuple[float, float]] | None = None
                  ) -> tuple[list[Page], list[Problem]]:
    """OCR the given pages of a PDF. With ``all_pages`` (nothing else has text) a missing tesseract
    or a scan over the page limit is an error; otherwise a problem, and the other pages still count."""
    refusal = tesseract_missing() or shutil.which("pdftoppm") is None and "pdftoppm (poppler-utils) is missing"
    if not refusal and len(numbers) > MAX_OCR_PAGES:
        refusal = (f"{len(numbers)} scanned pages, more than the OCR limit of {MAX_OCR_PAGES} "
                   "(about 4 s a page on one core); split the PDF (qpdf --split-pages)")
    if refusal:
        if all_pages:
            raise UnreadableDocument(path, f"PDF with no text layer (a scan): {refusal}")
        return [], [Problem(code="pdf_pages_without_text", message=(
            f"{path.name}: page(s) {_listed(numbers)} have no text layer and were not OCR'd: {refusal}"))]

    with tempfile.TemporaryDirectory(prefix="planlink-ocr-") as tmp:
        def render(n: int) -> Page:
            out = Path(tmp) / f"p{n}"
            dpi = _dpi((sizes or {}).get(n))
            done = _run(["pdftoppm", "-r", f"{dpi:.0f}", "-gray", "-hide-annotations", "-f", str(n), "-l", str(n),
                         "-singlefile", str(path), str(out)])
            image = out.with_suffix(".pgm")
            if not image.exists():
                raise PageUnreadable(f"poppler could not draw it ({_last_line(done.stderr)})")
            page = _ocr(image, n, dpi=round(dpi), warning=_damage(done.stderr))
            image.unlink(missing_ok=True)
            return page

        return _run_pages(path, numbers, render, jobs=jobs, progress=progress, all_pages=all_pages)


def ocr_image(path: Path, *, jobs: int = 1, progress: Progress | None = None) -> tuple[list[Page], list[Problem]]:
    """OCR a page image (.png, .jpg, .tif; every frame of a multi-page TIFF)."""
    from PIL import Image, UnidentifiedImageError

    if (missing := tesseract_missing()) is not None:
        raise UnreadableDocument(path, f"a page image, read by OCR: {missing}")
    Image.MAX_IMAGE_PIXELS = None  # our own bound (MAX_PIXELS) is checked from the header, before decoding
    with tempfile.TemporaryDirectory(prefix="planlink-ocr-") as tmp:
        try:
            with Image.open(path) as img:
                frames = getattr(img, "n_frames", 1)
                if frames > MAX_OCR_PAGES:
                    raise UnreadableDocument(path, f"image of {frames} pages, more than the OCR limit of "
                                                   f"{MAX_OCR_PAGES}; split it")
                files = []
                for i in range(frames):
                    img.seek(i)
                    if img.width * img.height > MAX_PIXELS:
                        raise UnreadableDocument(path, f"image of {img.width}×{img.height} pixels, more than the "
                                                       f"limit of {MAX_PIXELS:,}; scan the page at 300 dpi")
                    dpi = img.info.get("dpi", (DPI, DPI))[0] or DPI
                    file = Path(tmp) / f"p{i + 1}.pgm"
                    img.convert("L").save(file)
                    files.append((file, float(dpi) if 70 <= float(dpi) <= 1200 else DPI))
        except UnreadableDocument:
            raise
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
            raise UnreadableDocument(path, f"damaged or truncated {_kind(path)} ({type(exc).__name__}: "
                                           f"{exc}); scan or export the page again") from None

        def read(n: int) -> Page:
            file, dpi = files[n - 1]
            return _ocr(file, n, dpi=dpi)

        return _run_pages(path, list(range(1, len(files) + 1)), read, jobs=jobs, progress=progress,
                          all_pages=True)


def _run_pages(path: Path, numbers: list[int], read: Callable[[int], Page], *, jobs: int,
               progress: Progress | None, all_pages: bool) -> tuple[list[Page], list[Problem]]:
    pages: list[Page] = []
    failed: list[str] = []
    done = 0
    if progress:
        progress(0, len(numbers))
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:  # each thread waits on its own process
        futures = {pool.submit(read, n): n for n in numbers}
        for future in futures:
            n = futures[future]
            try:
                pages.append(future.result())
            except (PageUnreadable, ImageTooLarge) as exc:
                failed.append(f"page {n}: {exc}")
            done += 1
            if progress:
                progress(done, len(numbers))
    problems = [_page_problem(path, page) for page in pages]
    problems = [p for p in problems if p is not None]
    if failed:
        if all_pages and not any(p.words for p in pages):
            raise UnreadableDocument(path, "no page could be read by OCR: " + "; ".join(failed))
        problems.append(Problem(code="ocr_page_failed", message=f"{path.name}: " + "; ".join(failed)))
    return sorted(pages, key=lambda p: p.number), problems


def _ocr(image: Path, number: int, *, dpi: float = DPI, warning: str | None = None) -> Page:
    try:
        cleaned = clean_page(image)
    except ImageTooLarge:
        raise
    except Exception as exc:  # noqa: BLE001 — Pillow raises many types for one cause: a damaged image
        raise PageUnreadable(f"damaged image ({type(exc).__name__}: {exc})") from None
    done = _run(["tesseract", str(cleaned.path), "stdout", "-l", "vie", "--psm", "3", "--dpi", str(int(dpi)), "tsv"])
    if done.returncode != 0:
        raise PageUnreadable(f"tesseract failed ({_last_line(done.stderr)})")
    scale = 72.0 / dpi
    page = parse_tsv(done.stdout.decode("utf-8", "replace"), scale=scale).get(1) or Page(1, 0.0, 0.0)
    page.number, page.source = number, "ocr"
    page.width, page.height = cleaned.width * scale, cleaned.height * scale
    words = [w for w in page.words if w.text.strip()]
    # marks read with almost no confidence are specks, stamps and logos, not words
    page.words = repair_words([w for w in words if w.conf >= NOISE_CONF])
    if len(page.words) < len(words):
        page.notes.append(f"{len(words) - len(page.words)} marks read with confidence under {NOISE_CONF:.0f} % "
                          "left out (specks, stamps, logos)")
    letters = sum(len(w.text) for w in page.words)
    page.confidence = sum(w.conf * len(w.text) for w in page.words) / letters if letters else 0.0
    page.notes[:0] = [note for note in (warning, cleaned.note) if note]
    return page


def _dpi(size: tuple[float, float] | None) -> float:
    """300 dpi, less for a page so large (in points) that it would pass MAX_PIXELS: memory stays bounded."""
    if not size or size[0] <= 0 or size[1] <= 0:
        return DPI
    inches = size[0] / 72 * size[1] / 72
    return min(DPI, (MAX_PIXELS / inches) ** 0.5 * 0.98)


def _run(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        return subprocess.run(args, capture_output=True, timeout=PAGE_TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        raise PageUnreadable(f"{args[0]} gave no answer in {PAGE_TIMEOUT_S} s") from None


def _damage(stderr: bytes) -> str | None:
    """poppler draws what it can of a damaged image and says so on stderr ("Premature end of JPEG")."""
    text = stderr.decode("utf-8", "replace")
    bad = [ln for ln in text.splitlines() if "error" in ln.lower() or "premature" in ln.lower()]
    return f"damaged image on the page ({bad[0].strip()[:120]})" if bad else None


def _page_problem(path: Path, page: Page) -> Problem | None:
    notes = page.notes
    if not page.words:
        return Problem(code="ocr_page_empty", message=(
            f"{path.name}: page {page.number}: OCR found no text" + (f" ({'; '.join(notes)})" if notes else "")))
    return None  # a page with text: its notes go with its provenance (provenance.page_problems)


def _last_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:160] if lines else "no message"


def _kind(path: Path) -> str:
    with path.open("rb") as f:
        head = f.read(8)
    return ("PNG image" if head.startswith(b"\x89PNG") else "JPEG image" if head.startswith(b"\xff\xd8")
            else "TIFF image" if head[:4] in (b"II*\x00", b"MM\x00*") else "image")


def _listed(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:20])) + (" …" if len(numbers) > 20 else "")
