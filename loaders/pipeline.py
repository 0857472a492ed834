"""The extraction pipeline: a file or a text in, one graph.models.Extraction out.

(Interface fixed; the extractors behind it are being filled in.)
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from graph.folding import nfc
from graph.models import Document, Extraction
from loaders.errors import UnreadableDocument


def extract_text(text: str, *, source: str) -> Extraction:
    """Extract every fact from an already decoded text; never raises on odd content."""
    text = nfc(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Extraction(source=source, text=text,
                      document=Document(source_file=source, content_hash=digest))


def extract_file(path: str | Path) -> Extraction:
    """Read a .txt/.md/.docx/.pdf/.html file and extract it; UnreadableDocument if it has no text."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableDocument(path, str(exc)) from exc
    return extract_text(raw, source=path.name)
