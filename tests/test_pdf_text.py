"""PDF text through poppler: real Word-made and e-signed PDFs, accents from a fallback font, and bad PDFs
refused with the file and the problem named."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from document_fixtures import pdf_bytes
from loaders.errors import UnreadableDocument
from loaders.pdf_text import MAX_PAGES, read_pdf
from loaders.pipeline import extract_file

DATA = Path(__file__).parent / "data" / "formats"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="needs poppler-utils (scripts/test.sh installs it as root)")


def test_esigned_state_pdf_keeps_the_number_and_day_drawn_by_signature_widgets() -> None:
    got = read_pdf(DATA / "p06_565-TB-UBND_QuangNgai_2024.pdf")
    head = got.text[:400]
    assert "Số: 565 /TB-UBND" in head and "Quảng Ngãi, ngày 15 tháng 11 năm 2024" in head
    # the e-signature's own stamp (signer, e-mail, time) is not the document's text, and is said so
    assert "ttcbth@" not in got.text
    [stamp] = [p for p in got.problems if p.code == "signature_stamp"]
    assert "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC" in stamp.message and "page 1" in stamp.message


def test_esigned_pdf_header_reads_symbol_issuer_and_date() -> None:
    doc = extract_file(DATA / "p06_565-TB-UBND_QuangNgai_2024.pdf").document
    assert (doc.symbol, doc.issuer, doc.issued_date, doc.doc_type) == (
        "565/TB-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi", "2024-11-15", "Thông báo")


def test_word_made_pdf_paragraphs_are_separated_by_blank_lines() -> None:
    text = read_pdf(DATA / "p06_565-TB-UBND_QuangNgai_2024.pdf").text
    paragraphs = text.split("\n\n")
    # a paragraph wrapped over ten lines stays one paragraph, its lines kept as the page wraps them
    [attendance] = [p for p in paragraphs if p.startswith("Ngày 12/11/2024")]
    assert attendance.count("\n") == 9 and attendance.endswith("UBND các huyện, thị xã, thành phố.")
    assert "I. Đánh giá chung" in paragraphs


def test_central_party_pdf_issuer_from_the_signature_and_letterhead_in_columns() -> None:
    ex = extract_file(DATA / "p01_06-HD-TW_2025.pdf")
    # the left column (issuer, "*", number) before the right one (motto, place and date), a line each
    assert read_pdf(DATA / "p01_06-HD-TW_2025.pdf").text.startswith(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\n*\n\nSố 06-HD/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM")
    assert (ex.document.symbol, ex.document.issuer, ex.document.issued_date) == ("06-HD/TW", "Ban Bí thư", "2025-06-09")
    assert "\n2\n" not in ex.text  # running page numbers dropped


def test_draft_with_blank_number_and_day_says_so() -> None:
    ex = extract_file(DATA / "p05_HD-BTCTU-HaNoi_huyhieu_2025.pdf")
    assert ex.document.symbol is None and ex.document.issued_date == "2025-08"
    codes = {p.code: p.message for p in ex.problems}
    assert "số để trống" in codes["blank_number"] and "-HD/BTCTU" in codes["blank_number"]
    assert "ngày để trống" in codes["blank_day"] and "no_symbol" not in codes


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs the DejaVu fonts (Debian fonts-dejavu-core)")
def test_accents_drawn_from_a_fallback_font_land_in_their_words(tmp_path: Path) -> None:
    """Word draws the letters its font lacks from another font, often after the line: read by position."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Main", fname=str(DEJAVU))
    pdf.add_font("Fallback", fname=str(DEJAVU))
    pdf.add_page()
    line = "TỈNH ỦY CAO BẰNG ban hành kế hoạch"
    pdf.set_font("Main", size=14)
    xs, x = [], 20.0
    for ch in line:
        xs.append(x)
        x += pdf.get_string_width(ch)
    for ch, x in zip(line, xs):  # the main font's letters first …
        if ord(ch) < 128:
            pdf.text(x, 40, ch)
    pdf.set_font("Fallback", size=14)
    for ch, x in zip(line, xs):  # … then the fallback font's, at their places
        if ord(ch) >= 128:
            pdf.text(x, 40, ch)
    pdf.output(str(tmp_path / "fallback.pdf"))
    assert read_pdf(tmp_path / "fallback.pdf").text.strip() == line


def test_encrypted_pdf_is_refused_naming_file_and_fix(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(pdf_bytes([["KE HOACH so 413-KH/TU"]]))
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="mat-khau", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    with pytest.raises(UnreadableDocument) as err:
        read_pdf(locked)
    assert str(locked) in str(err.value) and "encrypted PDF" in err.value.problem and "qpdf --decrypt" in err.value.problem


def test_pdf_over_the_page_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes([[f"Trang {i}"] for i in range(500)]))
    with pytest.raises(UnreadableDocument) as err:  # refused from pdfinfo's page count, before any page
        read_pdf(path)
    assert f"PDF of 500 pages, more than the limit of {MAX_PAGES}" in err.value.problem and str(path) in str(err.value)


def test_truncated_pdf_is_a_broken_pdf(tmp_path: Path) -> None:
    data = (DATA / "p06_565-TB-UBND_QuangNgai_2024.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:2000])
    with pytest.raises(UnreadableDocument) as err:
        read_pdf(path)
    assert "PDF" in err.value.problem and str(path) in str(err.value)


def test_without_poppler_pypdf_reads_the_text_layer_and_says_what_is_missed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where poppler-utils was never installed
    got = read_pdf(DATA / "p06_565-TB-UBND_QuangNgai_2024.pdf")
    assert "Phó Chủ tịch UBND tỉnh Võ Phiên" in got.text
    [fallback] = [p for p in got.problems if p.code == "pdf_reader_fallback"]
    assert "apt-get install poppler-utils" in fallback.message and "signature widgets" in fallback.message
