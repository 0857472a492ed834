"""OCR with Debian's tesseract: a scanned page, a page image, an e-signed scan; confidence and provenance
kept with spans on the right words; pages on several processes; bad images refused in bounded time."""
from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from graph.folding import fold
from loaders.errors import UnreadableDocument
from loaders.ocr import tesseract_missing
from loaders.pdf_text import read_pdf
from loaders.pipeline import extract_file
from loaders.readers import read_document

DATA = Path(__file__).parent / "data" / "formats"
SCAN = DATA / "scan_page.jpg"  # the top of a seed plan, printed and scanned at 300 dpi (skewed 0.7°, noisy)
pytestmark = pytest.mark.skipif(tesseract_missing() is not None or shutil.which("pdftoppm") is None,
                                reason="needs tesseract-ocr, tesseract-ocr-vie and poppler-utils "
                                       "(scripts/test.sh installs them as root)")


def test_scanned_page_image_is_read_with_its_header() -> None:
    ex = extract_file(SCAN)
    doc = ex.document
    assert (doc.symbol, fold(doc.issuer), doc.issued_date) == ("413-KH/TU", fold("Tỉnh ủy Cao Bằng"), "2019-12-13")
    assert fold("Tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng") in fold(ex.text)


def test_ocr_provenance_spans_land_on_the_words() -> None:
    ex = extract_file(SCAN)
    [page] = [p for p in ex.problems if p.code == "ocr_page"]
    assert "page 1 read by OCR" in page.message and "confidence" in page.message
    assert page.span.start == 0 and page.span.end >= len(ex.text.rstrip()) - 1
    doubtful = [p for p in ex.problems if p.code == "ocr_low_confidence"]
    for problem in doubtful:  # each names the word its span covers in the normalised text
        word = problem.message.split("“")[1].split("”")[0]
        assert ex.text[problem.span.start:problem.span.end] == word


def test_pages_run_on_several_processes_with_progress(tmp_path: Path) -> None:
    """A two-page TIFF: the same text on one process and on two, and progress told after each page."""
    page = Image.open(SCAN).convert("L")
    tiff = tmp_path / "two.tif"
    page.save(tiff, save_all=True, append_images=[page.copy()], dpi=(300, 300))
    told: list[tuple[int, int]] = []
    one = read_document(tiff, jobs=1)
    two = read_document(tiff, jobs=2, progress=lambda done, total: told.append((done, total)))
    assert one.text == two.text and [p.number for p in two.pages] == [1, 2]
    assert told == [(0, 2), (1, 2), (2, 2)]
    assert all(p.source == "ocr" and p.confidence > 70 for p in two.pages)


@pytest.mark.slow
def test_esigned_scan_only_scanned_pages_ocrd_and_handwritten_number_left_empty() -> None:
    ex = extract_file(DATA / "s05_464-TTg_2026_scan.pdf", jobs=2)
    assert len([p for p in ex.problems if p.code == "ocr_page"]) == 3
    assert any(p.code == "signature_stamp" for p in ex.problems)  # the e-signature's text is no page text
    # "Số: 464 /TTg-CĐS" with 464 written by hand: no number rather than a wrong one
    assert ex.document.symbol is None
    assert {"unreadable_number", "no_symbol"} & {p.code for p in ex.problems}
    assert ex.document.issuer == "Thủ tướng Chính phủ" and ex.document.issued_date == "2026-04-30"
    assert "Kết luận số 18-KL/TW" in ex.text.replace("\n", " ")


def test_image_of_20000_by_20000_pixels_is_refused_before_decoding() -> None:
    path = DATA / "blank_20000x20000.png"
    with pytest.raises(UnreadableDocument) as err:  # the header's size is checked: 400 million pixels never decoded
        read_document(path)
    assert "20000×20000 pixels" in err.value.problem and str(path) in str(err.value)


def test_zero_byte_tiff_is_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "scan.tif"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument) as err:
        read_document(path)
    assert "empty file (0 bytes)" in err.value.problem and str(path) in str(err.value)


def test_corrupt_jpeg_inside_a_pdf_names_the_damage(tmp_path: Path) -> None:
    from fpdf import FPDF

    jpeg = io.BytesIO()
    Image.open(SCAN).convert("L").save(jpeg, format="JPEG", quality=50)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg.getvalue()), x=0, y=0, w=210)
    data = bytearray(pdf.output())
    start = data.index(b"\xff\xd8\xff")
    data[start + 600:start + 40000] = os.urandom(39400)  # the scan's bytes garbled after its header
    path = tmp_path / "broken-scan.pdf"
    path.write_bytes(bytes(data))
    try:
        got = read_pdf(path)
    except UnreadableDocument as exc:
        assert str(path) in str(exc) and "damaged image" in exc.problem
    else:  # poppler drew part of the page: what OCR read is kept, and the damage is said
        assert any("damaged image" in p.message for p in got.problems if p.code == "ocr_page")


def test_without_tesseract_a_scan_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a PATH that holds poppler's programs and not tesseract: a machine where it was never installed
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("pdftotext", "pdfinfo", "pdftoppm", "pdfimages"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    monkeypatch.setenv("PATH", str(bin_dir))
    with pytest.raises(UnreadableDocument) as err:
        read_document(DATA / "s05_464-TTg_2026_scan.pdf")
    assert "tesseract is not installed" in err.value.problem and "apt-get install tesseract-ocr" in err.value.problem
    with pytest.raises(UnreadableDocument) as err:
        read_document(SCAN)
    assert "tesseract is not installed" in err.value.problem


def test_without_tesseract_a_mixed_pdf_keeps_its_text_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from document_fixtures import pdf_bytes

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("pdftotext", "pdfinfo", "pdftoppm", "pdfimages"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    monkeypatch.setenv("PATH", str(bin_dir))
    path = tmp_path / "mixed.pdf"
    path.write_bytes(pdf_bytes([["KE HOACH so 20-KH/DUK"], []]))
    doc = read_document(path)
    assert doc.text.strip() == "KE HOACH so 20-KH/DUK"
    [problem] = doc.problems
    assert problem.code == "pdf_pages_without_text" and "page(s) 2" in problem.message
    assert "apt-get install tesseract-ocr" in problem.message


def test_a_huge_pdf_page_is_drawn_at_a_resolution_within_the_pixel_bound() -> None:
    from loaders.ocr import DPI, _dpi
    from loaders.scan_image import MAX_PIXELS

    assert _dpi((595.0, 842.0)) == DPI  # A4 at 300 dpi: 8.7 million pixels
    dpi = _dpi((14400.0, 14400.0))  # a page of 200 × 200 inches
    assert (200 * dpi) ** 2 <= MAX_PIXELS


def test_cli_extract_shows_ocr_progress_off_a_terminal(tmp_path: Path) -> None:
    import subprocess
    import sys

    command = Path(sys.executable).with_name("planlink")
    result = subprocess.run([str(command), "extract", str(SCAN), "--out", str(tmp_path), "--jobs", "2"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "OCR scan_page.jpg: 0/1 pages" in result.stderr and "OCR scan_page.jpg: 1/1 pages" in result.stderr
    assert (tmp_path / "scan_page.json").exists()
