"""api.uploads: file type by content, file names, and one error naming every unreadable file."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest

from api.errors import ApiError
from api.uploads import Upload, extract_uploads, safe_name, sniff


def _docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _zip_bytes(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "suffix"), [
    ("a.txt", "KẾ HOẠCH tuyên truyền".encode(), ".txt"),
    ("no-extension", "Số 413-KH/TU".encode(), ".txt"),
    ("notes.md", "# Kế hoạch\n**in đậm**".encode(), ".md"),
    ("a.txt", "\ufeffKẾ HOẠCH".encode(), ".txt"),
    # legacy cp1258 (ê precomposed, tone as a combining mark) is still text
    ("cp1258.txt", "Tuyên truyê\u0300n".encode("cp1258"), ".txt"),
    ("utf16.txt", "Kế hoạch".encode("utf-16"), ".txt"),
    ("page.txt", b"<!DOCTYPE html><html><body>K\xe1\xba\xbf</body></html>", ".html"),
    ("page.html", b"\n  <html lang='vi'><p>x</p></html>", ".html"),
    ("scan.pdf", b"%PDF-1.7\n...", ".pdf"),
    ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00", ".png"),  # a scanned page: OCR'd by the pipeline
    ("page.jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF", ".jpg"),
    ("page.tiff", b"II*\x00\x08\x00", ".tif"),
    ("misnamed.txt", _docx_bytes("Kế hoạch"), ".docx"),
])
def test_sniff_recognises_by_content_not_name(name: str, data: bytes, suffix: str) -> None:
    assert sniff(Upload(name, data)) == suffix


@pytest.mark.parametrize(("data", "status", "code", "words"), [
    (b"", 422, "empty_file", "empty"),
    (b"   \n\t ", 422, "empty_file", "empty"),
    (b"GIF89a\x00\x00", 415, "unsupported_type", "GIF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 415, "unsupported_type", ".docx"),
    (bytes(range(256)) * 4, 415, "unsupported_type", "binary"),
    (b"PK\x03\x04 truncated archive", 422, "broken_file", "broken"),
    (_zip_bytes({"data.csv": "a,b"}), 415, "unsupported_type", "word/document.xml"),
])
def test_sniff_refuses_what_it_cannot_read(data: bytes, status: int, code: str, words: str) -> None:
    with pytest.raises(ApiError) as caught:
        sniff(Upload("upload.bin", data))
    assert (caught.value.status, caught.value.code) == (status, code)
    assert words in caught.value.message and "upload.bin" in caught.value.message


@pytest.mark.parametrize(("given", "expected"), [
    ("ke-hoach.txt", "ke-hoach.txt"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\x\\Kế hoạch 413.docx", "Kế hoạch 413.docx"),
    ("a;b|c.txt", "a_b_c.txt"),
    ("", "upload"),
    (None, "upload"),
    ("...", "upload"),
])
def test_safe_name_keeps_the_base_name_only(given: str | None, expected: str) -> None:
    assert safe_name(given) == expected


def test_extract_uploads_names_every_bad_file_and_returns_nothing() -> None:
    good = Upload("good.txt", "KẾ HOẠCH\nSố 1-KH/TU".encode())
    with pytest.raises(ApiError) as caught:
        extract_uploads([good, Upload("empty.txt", b""), Upload("pic.png", b"\x89PNG\r\n\x1a\n")])
    error = caught.value
    assert error.status == 422  # mixed causes: the general "unreadable" status
    assert [item["file"] for item in error.detail] == ["empty.txt", "pic.png"]
    assert "nothing was stored" in error.message


def test_extract_uploads_reads_text_through_the_pipeline() -> None:
    [extraction] = extract_uploads([Upload("Kế hoạch.txt", "KẾ HOẠCH\nTuyên truyền".encode())])
    assert extraction.source == "Kế hoạch.txt"
    assert "Tuyên truyền" in extraction.text


def test_a_broken_docx_is_a_422_naming_the_file() -> None:
    data = _docx_bytes("Kế hoạch")
    broken = data[: len(data) // 2]
    with pytest.raises(ApiError) as caught:
        extract_uploads([Upload("ke-hoach.docx", broken)])
    assert caught.value.status == 422
    assert "ke-hoach.docx" in caught.value.message
    assert "/tmp" not in caught.value.message
