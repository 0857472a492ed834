"""Stable, readable ids: the same document, unit or event gets the same id on every load.

Documents are known by folded symbol + year + jurisdiction ("35-ct-tw-2019-trung-uong"), so the
two 35-CT/TW directives stay apart and a citation meets the full text once it is loaded.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePath

from graph.folding import fold
from graph.models import DocumentRef

_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1 << 16)  # names and symbols recur across documents
def slug(text: str | None) -> str:
    """"Ban Tuyên giáo Tỉnh ủy" → "ban-tuyen-giao-tinh-uy"; "" for nothing."""
    return _NON_WORD.sub("-", fold(text)).strip("-")


@lru_cache(maxsize=1 << 16)
def symbol_key(symbol: str | None) -> str:
    """What two spellings of one symbol share: folded, without spaces ("35 - CT/TW" = "35-CT/TW")."""
    return fold(symbol).replace(" ", "")


def jurisdiction_key(jurisdiction: str | None) -> str:
    return slug(jurisdiction)


def year_of(iso: str | None) -> str:
    return iso[:4] if iso else ""


def document_id(ref: DocumentRef, *, year: str | None = None, source: str | None = None) -> str | None:
    """The id of a document from what is known of it; None when it has no symbol and no source file.

    ``year`` overrides the ref's own (a dateless citation resolved to a known document's year).
    """
    if ref.symbol and symbol_key(ref.symbol):
        parts = [slug(ref.symbol), year if year is not None else year_of(ref.issued_date),
                 jurisdiction_key(ref.jurisdiction)]
        return "-".join(p for p in parts if p)
    if source:
        # no symbol anywhere in the text: the file it came from is the only stable handle
        return "src-" + slug(PurePath(source).stem)
    return None


def unit_id(canonical: str, jurisdiction: str | None) -> str:
    """"cao-bang.ban-tuyen-giao-tinh-uy": canonical name within its jurisdiction."""
    return f"{jurisdiction_key(jurisdiction) or 'chung'}.{slug(canonical)}"


def event_id(name: str, date: str | None) -> str:
    """"ev-1930-02-03-ngay-thanh-lap-dang-cong-san-viet-nam": by date and folded name."""
    return "ev-" + "-".join(p for p in (date or "", slug(name)) if p)


def task_id(doc_id: str, n: int) -> str:
    return f"{doc_id}#t{n}"


def period_id(doc_id: str, n: int) -> str:
    return f"{doc_id}#p{n}"
