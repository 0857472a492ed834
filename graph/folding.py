"""Folded text for accent-insensitive comparison and search: "Đại hội" and "dai hoi" meet here."""
from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Lower case, no diacritics (đ → d), single spaces. `uỷ` and `ủy` fold alike."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    bare = bare.replace("đ", "d").replace("Đ", "D").lower()
    return _SPACE.sub(" ", bare).strip()
