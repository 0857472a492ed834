"""read_document on real files built in tmp_path: every format, every encoding, every bad input."""
from __future__ import annotations

import codecs
import os
import unicodedata
import zipfile
from pathlib import Path

import pytest
from document_fixtures import TASK_TABLE, pdf_bytes, write_docx

from loaders import legacy_encodings as le
from loaders.errors import UnreadableDocument
from loaders.readers import RawDocument, read_document

SENTENCE = "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch"
BODY = "\n".join([
    "TỈNH ỦY CAO BẰNG",
    "Số 413-KH/TU",
    "Cao Bằng, ngày 13 tháng 12 năm 2019",
    "KẾ HOẠCH tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    SENTENCE + ", các huyện ủy, thành ủy triển khai thực hiện.",
])


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def unreadable(path: Path, **kwargs) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path, **kwargs)
    assert caught.value.path == str(path)
    assert str(path) in str(caught.value)
    return caught.value.problem


# --- text files and encodings ------------------------------------------------------------------
@pytest.mark.parametrize(("name", "fmt"), [("a.txt", "txt"), ("a.md", "md"), ("a", "txt")])
def test_utf8_text_as_is(tmp_path: Path, name: str, fmt: str) -> None:
    doc = read_document(write(tmp_path, name, "**" + BODY + "**\n"))
    assert doc == RawDocument("**" + BODY + "**\n", fmt, [], "utf-8")


def test_utf8_with_bom_drops_the_bom(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", codecs.BOM_UTF8 + BODY.encode("utf-8")))
    assert doc.text == BODY


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path: Path, codec: str) -> None:
    data = BODY.encode(codec)
    if codec != "utf-16":  # the bare codecs write no BOM: detected by the NUL pattern
        assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert read_document(write(tmp_path, "a.txt", data)).text == BODY


def test_text_stays_undecomposed_as_written(tmp_path: Path) -> None:
    """Normalisation is the pipeline's job: the reader returns what the file says."""
    decomposed = unicodedata.normalize("NFD", "Ủy ban nhân dân")
    assert read_document(write(tmp_path, "a.txt", decomposed)).text == decomposed


@pytest.mark.parametrize(("encoding", "abc"), [("cp1258", False), ("tcvn3", False), ("tcvn3", True),
                                             ("vni", False)])
def test_legacy_encodings_are_converted_and_reported(tmp_path: Path, encoding: le.Legacy, abc: bool) -> None:
    # Windows punctuation too, except in VN1 TCVN3, whose 0x80–0x9F hold capitals instead
    body = BODY + ("" if encoding == "tcvn3" and not abc else "\n“Đổi mới” 2020 – 2025…")
    data = le.encode(body, encoding, abc=abc) if encoding == "tcvn3" else le.encode(body, encoding)
    doc = read_document(write(tmp_path, "old.txt", data))
    assert doc.text == body
    assert doc.encoding == encoding
    [problem] = doc.problems
    assert problem.code == "encoding_converted"
    assert le.LABELS[encoding] in problem.message and "old.txt" in problem.message


def test_undecodable_bytes_are_refused_with_the_fix(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Größe Übermaß Äpfel schön für Straße\n".encode("cp1252"))
    problem = unreadable(path)
    assert "not UTF-8" in problem and "save it as UTF-8" in problem


def test_mostly_utf8_with_a_broken_byte_is_kept_and_reported(tmp_path: Path) -> None:
    data = (BODY * 20).encode("utf-8") + b"\xff tail"
    doc = read_document(write(tmp_path, "cut.txt", data))
    assert doc.text.startswith(BODY) and doc.text.endswith("\ufffd tail")
    assert [p.code for p in doc.problems] == ["invalid_utf8"]


def test_legacy_font_text_stored_as_unicode_is_repaired(tmp_path: Path) -> None:
    """Old .docx typed in .VnTime hold "Tuyªn gi¸o" as Unicode characters."""
    shown = le.encode(BODY, "tcvn3").decode("cp1252")
    path = write_docx(tmp_path / "vntime.docx", before=shown.splitlines(), table=(("a", "b"),),
                      after=[])
    doc = read_document(path)
    assert doc.text.startswith(BODY)
    assert doc.problems[0].code == "encoding_converted" and doc.encoding == "tcvn3"


# --- containers ----------------------------------------------------------------------------------
def test_docx_paragraphs_and_task_table_in_order(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "kh.docx", before=["KẾ HOẠCH", "1. Nhiệm vụ cụ thể"],
                      after=["Nơi nhận:"])
    doc = read_document(path)
    assert doc.fmt == "docx" and doc.problems == []
    assert doc.text.splitlines() == [
        "KẾ HOẠCH", "1. Nhiệm vụ cụ thể", "",
        "| Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |",
        "|---|---|---|",
        "| Sở Văn hóa, Thể thao và Du lịch | Các sở, ban, ngành; UBND các huyện | Quý I/2025 |",
        "| Ban Tuyên giáo Tỉnh ủy | Sở Thông tin và Truyền thông | Thường xuyên |",
        "", "Nơi nhận:",
    ]


def test_docx_merged_cells_once_and_pipes_escaped(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Nhiệm vụ | chung"
    for c, value in enumerate(TASK_TABLE[1]):
        table.cell(1, c).text = value
    document.save(str(tmp_path / "m.docx"))
    lines = read_document(tmp_path / "m.docx").text.splitlines()
    assert lines[1:3] == ["| Nhiệm vụ \\| chung |", "|---|"]


def test_docx_detected_by_content_not_suffix(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "kh.docx", before=["KẾ HOẠCH"], after=[])
    renamed = path.rename(tmp_path / "kh.txt")
    assert read_document(renamed).fmt == "docx"


def test_pdf_text_layer_pages_joined(tmp_path: Path) -> None:
    path = write(tmp_path, "kh.pdf", pdf_bytes([["KE HOACH so 413-KH/TU", "Cao Bang, 2019"],
                                                 ["Trang hai"]]))
    doc = read_document(path)
    assert doc.fmt == "pdf" and doc.problems == []
    assert [line for line in doc.text.splitlines() if line.strip()] == [
        "KE HOACH so 413-KH/TU", "Cao Bang, 2019", "Trang hai"]


def test_pdf_pages_without_text_are_ocrd_and_reported(tmp_path: Path) -> None:
    # pages 2 and 3 hold only a filled rectangle: OCR'd (only they), and found empty
    doc = read_document(write(tmp_path, "mixed.pdf", pdf_bytes([["Trang mot"], [], []])))
    assert doc.text.strip() == "Trang mot"
    assert [(p.code, p.message.split(": ")[1]) for p in doc.problems] == [
        ("ocr_page_empty", "page 2"), ("ocr_page_empty", "page 3")]


def test_pdf_without_any_text_says_so(tmp_path: Path) -> None:
    problem = unreadable(write(tmp_path, "scan.pdf", pdf_bytes([[], []])))
    assert "no text on any page" in problem and "OCR read none" in problem


def test_html_visible_text_blocks_and_tables(tmp_path: Path) -> None:
    html = ("<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style></head><body>"
            "<h1>KẾ HOẠCH</h1><p>Thực hiện   Chỉ thị số 35-CT/TW,<br>ngày 30/5/2024 &amp; khác</p>"
            "<script>var hidden = 1;</script>"
            "<table><tr><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th></tr>"
            "<tr><td>Sở A</td><td>Sở B<br>Sở C</td></tr></table><ul><li>một</li><li>hai</li></ul>"
            "</body></html>")
    doc = read_document(write(tmp_path, "page.html", html))
    assert doc.fmt == "html"
    assert doc.text.splitlines() == [
        "KẾ HOẠCH", "Thực hiện Chỉ thị số 35-CT/TW,", "ngày 30/5/2024 & khác",
        "| Đơn vị chủ trì | Đơn vị phối hợp |", "|---|---|", "| Sở A | Sở B Sở C |", "một", "hai"]


def test_html_declared_charset_and_sniffed_without_suffix(tmp_path: Path) -> None:
    html = f'<html><head><meta charset="windows-1258"></head><body><p>{SENTENCE}</p></body></html>'
    path = write(tmp_path, "page", le.encode(html, "cp1258"))
    assert read_document(path) == RawDocument(SENTENCE, "html", [], "windows-1258")


# --- bad input -----------------------------------------------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in unreadable(tmp_path / "nope.docx")


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in unreadable(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    assert "empty file (0 bytes)" in unreadable(write(tmp_path, "e.txt", b""))


def test_blank_text_has_no_text(tmp_path: Path) -> None:
    assert "no text" in unreadable(write(tmp_path, "blank.md", b"  \n\t\n"))


def test_oversized_file(tmp_path: Path) -> None:
    problem = unreadable(write(tmp_path, "big.txt", BODY * 10), max_bytes=100)
    assert "too large" in problem and "max_bytes" in problem


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "damaged or truncated PNG image"),
    (b"\xff\xd8\xff\xe0" + os.urandom(200), "damaged or truncated JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "legacy Word .doc"),
    (bytes(range(256)) * 4, "binary file"),
])
def test_binary_files(tmp_path: Path, data: bytes, what: str) -> None:
    assert what in unreadable(write(tmp_path, "plan.txt", data))


def test_random_bytes_never_escape_as_another_error(tmp_path: Path) -> None:
    for seed in range(20):
        path = write(tmp_path, f"r{seed}.docx", os.urandom(64 + 97 * seed))
        with pytest.raises(UnreadableDocument):
            read_document(path)


def test_truncated_docx(tmp_path: Path) -> None:
    data = write_docx(tmp_path / "ok.docx", before=["KẾ HOẠCH"], after=[]).read_bytes()
    problem = unreadable(write(tmp_path, "cut.docx", data[: len(data) // 2]))
    assert "broken" in problem and ".docx" in problem


def test_docx_with_a_damaged_part(tmp_path: Path) -> None:
    source = write_docx(tmp_path / "ok.docx", before=["KẾ HOẠCH"], after=[])
    damaged = tmp_path / "bad.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item, body[:40] if item.filename == "word/document.xml" else body)
    assert "broken .docx" in unreadable(damaged)


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    path = tmp_path / "book.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "Excel .xlsx, not a Word .docx" in unreadable(path)


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.95])
def test_truncated_pdf(tmp_path: Path, fraction: float) -> None:
    data = pdf_bytes([["KE HOACH"], ["Trang hai"]])
    problem = unreadable(write(tmp_path, "cut.pdf", data[: int(len(data) * fraction)]))
    assert "broken or truncated PDF" in problem


def test_html_from_word_and_stray_marked_sections(tmp_path: Path) -> None:
    html = ("<html><body><p><![if !supportLists]>1.<![endif]> Nhiệm vụ</p>"
            "<p>a <![ b</p><p><![CDATA[x]]>c</p></body></html>")
    assert read_document(write(tmp_path, "word.htm", html)).text.splitlines() == [
        "1. Nhiệm vụ", "a <![ b", "c"]


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs the DejaVu fonts (Debian fonts-dejavu-core)")
def test_vietnamese_pdf_with_embedded_font(tmp_path: Path) -> None:
    """A PDF as office software writes it: an embedded TrueType subset with a ToUnicode map."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    for line in BODY.splitlines():
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 8, "Thời gian thực hiện: quý I năm 2020.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "vi.pdf"))

    doc = read_document(tmp_path / "vi.pdf")
    assert doc.fmt == "pdf" and doc.problems == []
    assert unicodedata.is_normalized("NFC", doc.text)
    assert " ".join(doc.text.split()) == " ".join(BODY.split() + "Thời gian thực hiện: quý I năm 2020.".split())


@pytest.mark.parametrize("kind", ["docx", "pdf", "html"])
def test_damaged_files_raise_only_unreadable(tmp_path: Path, kind: str) -> None:
    """Bytes flipped at random in good files: each read either succeeds or says what is wrong."""
    import random

    if kind == "docx":
        good = write_docx(tmp_path / "good.docx", before=["KẾ HOẠCH", SENTENCE], after=["Nơi nhận:"]).read_bytes()
    elif kind == "pdf":
        good = pdf_bytes([["KE HOACH so 20-KH/DUK"], ["Trang hai"]])
    else:
        good = ("<html><body><p>KẾ HOẠCH</p><![if x]><table><tr><td>Số 1</td><td>ngày 2 tháng 3</td>"
                f"</tr></table><pre>{SENTENCE}</pre></body></html>").encode("utf-8")
    rng = random.Random(kind)
    for attempt in range(60):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 30)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = write(tmp_path, f"d{attempt}.{kind}", bytes(damaged))
        try:
            doc = read_document(path)
        except UnreadableDocument as exc:
            assert exc.problem and str(path) in str(exc)
        else:
            assert doc.text.strip()


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in unreadable(fifo)
