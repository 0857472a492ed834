"""Folded text for accent-insensitive comparison and search: "Đại hội" and "dai hoi" meet here."""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

_SPACE = re.compile(r"\s+")


def _build_table() -> dict[int, str | None]:
    """One translate table: every precomposed Latin letter to its bare base letter, đ/Đ to d/D,
    and combining marks (from text that was not composed) to nothing. Built once; str.translate
    runs in C, so folding a whole document costs about as much as copying it."""
    table: dict[int, str | None] = {}
    for code in range(0x00C0, 0x1F00):
        ch = chr(code)
        if unicodedata.category(ch) == "Mn":
            table[code] = None
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        if base != ch and base.isascii():
            table[code] = base
    for code in range(0x0300, 0x0370):  # combining diacritical marks
        table[code] = None
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


_TABLE = _build_table()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Lower case, no diacritics (đ → d), single spaces. `uỷ` and `ủy` fold alike."""
    if not text:
        return ""
    if len(text) <= 300:  # names and headings recur: fold each once
        return _fold_short(text)
    return _SPACE.sub(" ", text.translate(_TABLE).lower()).strip()


@lru_cache(maxsize=1 << 15)
def _fold_short(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_TABLE).lower()).strip()


if __name__ == "__main__":  # pragma: no cover - a quick manual check
    print(fold(" ".join(sys.argv[1:])))
