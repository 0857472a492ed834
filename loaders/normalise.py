"""Text normalisation: NFC, markup debris removed, page-break wraps joined.

Every span planlink reports refers to the text this function returns, so it runs once, first.
"""
from __future__ import annotations

import re
import unicodedata

# Word/markdown exports leave these behind: "[bookmark: bookmark0]", "**bold**", "*italic*".
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_EMPHASIS = re.compile(r"[*_]{1,3}")
# Footnote marks glued to words: "trực quan¹"; superscript digits never carry meaning here.
_SUPERSCRIPT = re.compile(r"(?<!^)(?<!\n)[\u00b9\u00b2\u00b3\u2070-\u2079]")
_INNER_SPACE = re.compile(r"[ \t\u00a0\u2002-\u200b]+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
# Old Windows mappings write the same letter with a different base: "qúa" for "quá" is left, but
# "uỷ"/"ủy" variants are equal under fold(); we keep the author's spelling.
_ZERO_WIDTH = re.compile(r"[\u200c\u200d\ufeff]")

# A line that ends mid-sentence: no closing punctuation.
_OPEN_END = re.compile(r"[^.:;!?)\]”\"']$")
_LOWER_START = re.compile(r"^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
_ITEM_START = re.compile(r"^\s*(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[IVXLC]+[.\-–]\s)")


def normalise(raw: str) -> str:
    """The canonical text of a document: NFC, no markup debris, one paragraph per line."""
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _BOOKMARK.sub("", text)
    text = _SUPERSCRIPT.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _DASHES.sub("–", text)  # one dash for ranges and compound names: "2020 – 2025"
    lines = [_INNER_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(_join_wraps(lines)).strip() + "\n"


def _join_wraps(lines: list[str]) -> list[str]:
    """Join a paragraph broken across a page: "… nhiệm" + "" + "kỳ 2020 – 2025 …" becomes one line.

    Only a line that ends without closing punctuation and a continuation that starts in lower case
    (and is not itself an item) are joined; headings in capitals are never touched.
    """
    out: list[str] = []
    blanks = 0
    for line in lines:
        if not line:
            blanks += 1
            continue
        prev = out[-1] if out else ""
        if (prev and blanks <= 3 and _OPEN_END.search(prev) and _LOWER_START.match(line)
                and not _ITEM_START.match(line) and not prev.isupper() and len(prev) > 40):
            out[-1] = f"{prev} {line}"
        else:
            if blanks and out:
                out.append("")
            out.append(line)
        blanks = 0
    return out
