"""Uploaded files → extractions: size limit, type recognised by content, then the real pipeline.

Every file of a request is read and extracted before anything is written, so a request with one
unreadable file fails as a whole (4xx naming each bad file) and leaves the store untouched.
"""
from __future__ import annotations

import io
import logging
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from fastapi import UploadFile

from api.errors import ApiError, error_response
from graph.models import Extraction
from loaders.errors import UnreadableDocument
from loaders.pipeline import extract_file

log = logging.getLogger("planlink.api")

MAX_FILES = 20
_CHUNK = 1024 * 1024
_MULTIPART_SLACK = 64 * 1024  # multipart framing around the files
_UNSAFE = re.compile(r"[^\w.\- ]+")
# Formats we recognise only to refuse them with a useful message.
_FOREIGN_MAGIC = {
    b"\xd0\xcf\x11\xe0": "a legacy Word/Excel (.doc/.xls) file: save it as .docx",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive: unpack it and upload the documents",
    b"Rar!": "a RAR archive: unpack it and upload the documents",
    b"{\\rtf": "an RTF file: save it as .docx",
}


_IMAGES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg", b"II*\x00": ".tif", b"MM\x00*": ".tif"}


@dataclass
class Upload:
    name: str  # the client's file name, without any folder
    data: bytes


@dataclass
class Failure:
    file: str
    status: int
    code: str
    problem: str


def safe_name(filename: str | None) -> str:
    """The client's file name without folders or odd characters, usable as a local file name."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = _UNSAFE.sub("_", base).strip(" .")[:120]
    return base or "upload"


async def read_uploads(files: list[UploadFile], *, max_bytes: int) -> list[Upload]:
    """Read each file, refusing (413) any larger than max_bytes without reading it all."""
    if not files:
        raise ApiError(400, "no_files", "send one or more files in the multipart field 'files'")
    if len(files) > MAX_FILES:
        raise ApiError(413, "too_many_files", f"{len(files)} files in one request; send at most {MAX_FILES}")
    uploads: list[Upload] = []
    for file in files:
        name = safe_name(file.filename)
        buffer = bytearray()
        while chunk := await file.read(_CHUNK):
            buffer += chunk
            if len(buffer) > max_bytes:
                raise ApiError(413, "file_too_large",
                               f"{name!r} is larger than the limit of {max_bytes} bytes; split it, or raise "
                               "PLANLINK_MAX_UPLOAD_BYTES on the server",
                               detail=[{"file": name, "limit": max_bytes}])
        uploads.append(Upload(name=name, data=bytes(buffer)))
    return uploads


def sniff(upload: Upload) -> str:
    """The suffix the content calls for (.pdf, .docx, .html, .md, .txt, or a page image's); ApiError if unusable."""
    data, name = upload.data, upload.name
    if not data.strip():
        raise ApiError(422, "empty_file", f"{name!r} is empty")
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = set(archive.namelist())
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise ApiError(422, "broken_file", f"{name!r} looks like a .docx but the archive is broken ({exc})") \
                from exc
        if "word/document.xml" not in members:
            raise ApiError(415, "unsupported_type", f"{name!r} is a zip archive but not a Word .docx "
                           "(no word/document.xml)")
        return ".docx"
    for magic, suffix in _IMAGES.items():  # a scanned page: read by OCR
        if data.startswith(magic):
            return suffix
    for magic, what in _FOREIGN_MAGIC.items():
        if data.startswith(magic):
            raise ApiError(415, "unsupported_type", f"{name!r} is {what}")
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ".txt"  # UTF-16 with a byte order mark: text, decoded by the pipeline
    if _looks_binary(head):
        raise ApiError(415, "unsupported_type", f"{name!r} is binary, not a document planlink reads "
                       "(.txt, .md, .html, .docx, .pdf)")
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:1024]:
        return ".html"
    return ".md" if name.lower().endswith(".md") else ".txt"


def _looks_binary(head: bytes) -> bool:
    # Text (UTF-8 or a legacy 8-bit Vietnamese encoding) has no NUL and almost no C0 controls.
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\x0c\x1a\x1b")
    return controls > max(2, len(head) // 100)


def extract_uploads(uploads: list[Upload]) -> list[Extraction]:
    """Extract every upload through the pipeline; raise one ApiError naming every file that failed."""
    extractions: list[Extraction] = []
    failures: list[Failure] = []
    with tempfile.TemporaryDirectory(prefix="planlink-upload-") as folder:
        for index, upload in enumerate(uploads):
            try:
                extractions.append(_extract_one(upload, Path(folder) / str(index)))
            except ApiError as exc:
                failures.append(Failure(upload.name, exc.status, exc.code, exc.message))
    if failures:
        names = ", ".join(repr(f.file) for f in failures)
        statuses = {f.status for f in failures}
        status = statuses.pop() if len(statuses) == 1 else 422
        first = failures[0].problem if len(failures) == 1 else f"{len(failures)} files could not be read: {names}"
        raise ApiError(status, failures[0].code if len(failures) == 1 else "unreadable_files",
                       f"{first}; nothing was stored",
                       detail=[{"file": f.file, "code": f.code, "problem": f.problem} for f in failures])
    return extractions


def _extract_one(upload: Upload, folder: Path) -> Extraction:
    suffix = sniff(upload)
    stem = upload.name
    if Path(stem).suffix.lower() in {".pdf", ".docx", ".html", ".htm", ".md", ".txt", ".png", ".jpg", ".jpeg",
                                      ".tif", ".tiff"}:
        stem = Path(stem).stem or "upload"
    folder.mkdir()
    path = folder / f"{stem}{suffix}"
    path.write_bytes(upload.data)
    try:
        return extract_file(path)
    except UnreadableDocument as exc:
        problem = exc.problem.replace(str(path), upload.name).replace(str(folder), "")
        raise ApiError(422, "unreadable_document", f"{upload.name!r} could not be read: {problem}") from exc
    except Exception as exc:  # a reader library choking on a malformed file is the file's fault here
        log.warning("extracting upload %r failed", upload.name, exc_info=exc)
        raise ApiError(422, "unreadable_document",
                       f"{upload.name!r} could not be read ({type(exc).__name__}); is it a valid {suffix} file?") \
            from exc


class BodyLimit:
    """ASGI middleware refusing (413) a request whose declared length exceeds what any allowed
    upload can need, before its body is read and parsed."""

    def __init__(self, app, *, max_file_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_file_bytes * MAX_FILES + _MULTIPART_SLACK

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] in ("POST", "PUT", "PATCH"):
            declared = dict(scope["headers"]).get(b"content-length", b"")
            if declared.isdigit() and int(declared) > self.max_bytes:
                response = error_response(
                    413, "request_too_large",
                    f"the request has {int(declared)} bytes; each file may have at most "
                    f"{(self.max_bytes - _MULTIPART_SLACK) // MAX_FILES} bytes and a request at most "
                    f"{MAX_FILES} files")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
