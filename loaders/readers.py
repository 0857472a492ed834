"""Readers: a file on disk → its decoded text (not yet normalised) and what was odd about it.

The type is told by content (magic bytes), the suffix only breaks ties between text formats.
Anything that yields no usable text raises UnreadableDocument naming the file and the fix.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from graph.models import Problem
from loaders import legacy_encodings
from loaders.errors import UnreadableDocument
from loaders.html_text import html_to_text
from loaders.page_text import PageSpan

Format = Literal["txt", "md", "docx", "pdf", "html", "image"]
MAX_BYTES = 50 * 1024 * 1024
Progress = Callable[[int, int], None]  # OCR: pages done, pages to do


@dataclass(frozen=True)
class RawDocument:
    """A file's text as decoded, before normalisation, with what was odd about reading it."""

    text: str
    fmt: Format
    problems: list[Problem] = field(default_factory=list)
    encoding: str | None = None  # for text formats: the encoding the bytes were decoded from
    # PDFs and images: where each page landed in ``text``, whether it was OCR'd, its doubtful words
    pages: list[PageSpan] = field(default_factory=list)


# Containers and media that are not documents: (magic prefix, what it is, what to do).
_FOREIGN = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word .doc (OLE2) file",
     "save it as .docx (Word: Save As → Word Document)"),
    (b"{\\rtf", "an RTF file", "save it as .docx"),
    (b"GIF8", "a GIF image", "save the page as PNG, JPEG or TIFF"),
    (b"\x1f\x8b", "a gzip archive", "unpack it and pass the documents inside"),
    (b"Rar!", "a RAR archive", "unpack it and pass the documents inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and pass the documents inside"),
    (b"\x7fELF", "an executable", "pass a .txt/.md/.docx/.pdf/.html document"),
)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w]+)""", re.I)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # \t\n\v\f\r and ESC are text


# Page images read by OCR: PNG, JPEG, TIFF (both byte orders)
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES, jobs: int = 1,
                  progress: Progress | None = None) -> RawDocument:
    """Read a .txt/.md/.docx/.pdf/.html file or a page image (.png/.jpg/.tif, by OCR); scanned pages
    are OCR'd on ``jobs`` processes, ``progress(done, total)`` told after each. UnreadableDocument
    if it has no usable text."""
    path = Path(path)
    data = _load(path, max_bytes=max_bytes)
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        doc = _read_pdf(path, jobs=jobs, progress=progress)
    elif data.startswith(_IMAGES):
        doc = _read_image(path, jobs=jobs, progress=progress)
    elif data.startswith(b"PK\x03\x04"):
        doc = _read_docx(path)
    elif (foreign := _foreign(data)) is not None:
        raise UnreadableDocument(path, f"{foreign[0]}, not a text document: {foreign[1]}")
    else:
        text, encoding, problems = _decode(path, data)
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(data[:2048].removeprefix(codecs.BOM_UTF8)):
            doc = RawDocument(_visible(path, text), "html", problems, encoding)
        else:
            doc = RawDocument(text, "md" if suffix in (".md", ".markdown") else "txt", problems, encoding)
    return _checked(path, _repaired(doc))


def _load(path: Path, *, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UnreadableDocument(path, "is a directory; pass the files in it (e.g. DIR/*.docx)")
        if not path.is_file():  # a FIFO or device would never end: refuse before reading
            raise UnreadableDocument(path, "not a regular file; pass a document file")
        if size > max_bytes:
            raise UnreadableDocument(path, f"file too large ({size:,} bytes > limit {max_bytes:,}); "
                                           "split it, or raise the limit (max_bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableDocument(path, "no such file; check the path") from None
    except OSError as exc:
        raise UnreadableDocument(path, f"cannot open the file ({exc.strerror or exc}); "
                                       "check the path and its permissions") from exc
    if not data:
        raise UnreadableDocument(path, "empty file (0 bytes); nothing to extract")
    return data


def _foreign(data: bytes) -> tuple[str, str] | None:
    for magic, what, fix in _FOREIGN:
        if data.startswith(magic):
            return what, fix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image", "save the page as PNG, JPEG or TIFF"
    head = data[:8192]
    bom = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not bom and _utf16_without_bom(head) is None and (
            b"\x00" in head or len(_CONTROL.findall(head)) > len(head) // 20):
        return "a binary file (unknown type)", "pass a .txt/.md/.docx/.pdf/.html document"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text saved without a BOM: almost every other byte is NUL (ASCII letters, digits)."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _decode(path: Path, data: bytes) -> tuple[str, str, list[Problem]]:
    """Bytes → text: BOMs, UTF-8, a declared HTML charset, then the Vietnamese 8-bit encodings."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(path, data, codec), codec.removesuffix("-sig"), []
    if (codec := _utf16_without_bom(data[:8192])) is not None:
        return _strict(path, data, codec), codec, []
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared and (text := _declared(data, declared.group(1).decode("ascii"))) is not None:
        return text, declared.group(1).decode("ascii").lower(), []
    mostly_utf8 = data.decode("utf-8", errors="replace")
    bad = mostly_utf8.count("\ufffd")
    if bad <= len(data) // 1000 and sum(ord(c) > 0x7F for c in mostly_utf8) > 10 * bad:
        # A UTF-8 file with a few broken bytes (a cut-off copy, a stray Latin-1 character).
        return mostly_utf8, "utf-8", [Problem(code="invalid_utf8", message=(
            f"{path.name}: {bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"))]
    try:
        text, legacy = legacy_encodings.decode_unknown(data)
    except legacy_encodings.UnsureEncoding as exc:
        raise UnreadableDocument(path, f"{exc}; save it as UTF-8 (e.g. UniKey's converter, "
                                       "or `iconv -f <encoding> -t UTF-8`)") from None
    return text, legacy, [_converted(path, legacy)]


def _strict(path: Path, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(path, f"starts as {codec} but byte {exc.start} does not decode "
                                       f"({exc.reason}); re-save it as UTF-8") from None


def _declared(data: bytes, charset: str) -> str | None:
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown or wrong declaration: fall through to detection
    # cp1258 writes most tones as separate combining marks: compose them, as for detected cp1258.
    return unicodedata.normalize("NFC", text) if codecs.lookup(charset).name == "cp1258" else text


def _visible(path: Path, html: str) -> str:
    try:
        return html_to_text(html)
    except Exception as exc:  # html.parser asserts on some malformed markup; never let it escape
        raise UnreadableDocument(path, f"malformed HTML ({type(exc).__name__}: {exc}); "
                                       "save the page again from a browser") from None


def _converted(path: Path, encoding: str) -> Problem:
    return Problem(code="encoding_converted", message=(
        f"{path.name}: decoded as {legacy_encodings.LABELS[encoding]} and converted to Unicode; "
        "check the text, and re-save the source as UTF-8"))


def _repaired(doc: RawDocument) -> RawDocument:
    """Text already Unicode but typed in a TCVN3/VNI font (common in old .docx) → real Unicode."""
    text, legacy = legacy_encodings.repair_font_text(doc.text)
    if legacy is None:
        return doc
    problem = Problem(code="encoding_converted", message=(
        f"text typed in a {legacy_encodings.LABELS[legacy]} font converted to Unicode; "
        "capitals typed in the font's capital variant (.VnTimeH) read as lower case"))
    return replace(doc, text=text, problems=[*doc.problems, problem], encoding=legacy)


def _checked(path: Path, doc: RawDocument) -> RawDocument:
    if not doc.text.strip():
        raise UnreadableDocument(path, f"no text in this {doc.fmt} file; nothing to extract")
    return doc


def _read_docx(path: Path) -> RawDocument:
    from loaders.docx_text import docx_to_text  # python-docx is loaded only for .docx files

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except Exception as exc:  # BadZipFile, NotImplementedError (zip version), OSError…: all a bad file
        raise UnreadableDocument(path, f"broken or truncated ZIP/.docx ({exc}); "
                                       "re-save it from Word or get a complete copy") from None
    if "word/document.xml" not in names:
        kind = ("an Excel .xlsx" if "xl/workbook.xml" in names else
                "an OpenDocument file" if "content.xml" in names else "a ZIP archive")
        raise UnreadableDocument(path, f"{kind}, not a Word .docx; save the document as .docx")
    try:
        text, legacy_fonts = docx_to_text(path)
    except Exception as exc:  # python-docx/lxml/zipfile raise many types for one cause: a bad file
        raise UnreadableDocument(path, f"broken .docx ({type(exc).__name__}: {exc}); "
                                       "re-save it from Word or get a complete copy") from None
    problems = [Problem(code="encoding_converted", message=(
        f"{path.name}: text typed in legacy Vietnamese fonts ({', '.join(legacy_fonts)}) converted "
        "to Unicode; check it, and re-save the source in a Unicode font"))] if legacy_fonts else []
    return RawDocument(text, "docx", problems)


def _read_pdf(path: Path, *, jobs: int, progress: Progress | None) -> RawDocument:
    from loaders.pdf_text import read_pdf  # poppler, and tesseract for scanned pages

    got = read_pdf(path, jobs=jobs, progress=progress)
    return RawDocument(got.text, "pdf", got.problems, pages=got.pages.pages)


def _read_image(path: Path, *, jobs: int, progress: Progress | None) -> RawDocument:
    from loaders.ocr import ocr_image  # tesseract is needed only for scans and images
    from loaders.page_text import pages_to_text
    from loaders.provenance import page_problems

    pages, problems = ocr_image(path, jobs=jobs, progress=progress)
    layout = pages_to_text([p for p in pages if p.words])
    if not layout.text.strip():
        raise UnreadableDocument(path, "OCR found no text in this image; is it a document page?")
    return RawDocument(layout.text, "image", problems + page_problems(path.name, layout.pages), pages=layout.pages)
