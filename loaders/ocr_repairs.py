"""OCR repairs: what tesseract commonly misreads in this domain, mended only where the evidence is clear.

Every mended word keeps what was read and why (Word.repair), and the reader reports each as a
problem with its span: never a silent change. The repairs:
- Roman numerals of congresses, terms and quarters read with H, l, 1 or | for I ("XHI", "XIl",
  "khóa XH", "quý H" → "XIII", "XII", "XII", "quý II"), where a Roman numeral must stand;
- the number line's "Số:" read as "Sô:", "S6:", "Sỏ;" when a document sign follows ("…/KH-UBND");
- a fraction slash "⁄" for the slash of a date or a sign ("quý I/⁄2023", "12⁄2019").
"""
from __future__ import annotations

import re
from dataclasses import replace

from graph.folding import fold
from loaders.page_words import Word

_ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
# letters tesseract puts for I in a run of capitals; "H" is a squeezed "II"
_LOOKALIKE = {"H": "II", "l": "I", "1": "I", "|": "I", "!": "I", "]": "I"}
# words after which a Roman numeral must stand: "khóa XIII", "Đại hội XIII", "lần thứ XIII", "quý II"
_BEFORE_ROMAN = {"khoa", "hoi", "thu", "quy", "dot", "phan", "chuong", "muc", "doan"}
_SO = re.compile(r"^S[ôóòỏõọốồổỗộơớờởỡợoóoö06éèêếềẻ][:;.,]?$")
_SIGN_SHAPE = re.compile(r"[-/][A-ZĐ]{1,10}")


def repair_words(words: list[Word]) -> list[Word]:
    """The words with clear misreadings mended (in reading order, as tesseract gives them)."""
    out = list(words)
    for i, word in enumerate(out):
        before = fold(out[i - 1].text).strip(".,:;()") if i else ""
        new_line = i == 0 or word.x0 < out[i - 1].x0
        mended = _roman(word.text, before=before, line_start=new_line,
                        next_text=out[i + 1].text if i + 1 < len(out) else "")
        if mended:
            out[i] = replace(word, text=mended[0], repair=(word.text, mended[1]))
            continue
        if "⁄" in word.text and re.search(r"[\w/]⁄\d|\d⁄\w", word.text):
            out[i] = replace(word, text=word.text.replace("/⁄", "/").replace("⁄", "/"),
                             repair=(word.text, "a fraction slash read for the slash of a date or a sign"))
            continue
        if new_line and _SO.match(word.text) and word.text != "Số:" and i + 1 < len(out) and (
                _SIGN_SHAPE.search(out[i + 1].text) or i + 2 < len(out) and _SIGN_SHAPE.search(out[i + 2].text)):
            out[i] = replace(word, text="Số:", repair=(word.text, "the number line opens with “Số:”"))
    return out


def _roman(text: str, *, before: str, line_start: bool, next_text: str) -> tuple[str, str] | None:
    core = text.strip(".,;:()-–")
    if not core or core.isdigit() or not any(c in _LOOKALIKE for c in core) or not all(c in "XVIL" or c in _LOOKALIKE for c in core):
        return None
    fixed = "".join(_LOOKALIKE.get(c, c) for c in core)
    if not _ROMAN.match(fixed) or fixed == core:
        return None
    has_roman = any(c in "XV" for c in core)
    # "II- NỘI DUNG" read "H- NỘI DUNG": a heading number, when a word in capitals follows
    heading = line_start and text[len(core):len(core) + 1] in (".", "-", "–") and next_text[:1].isupper() \
        and next_text.upper() == next_text
    if before in _BEFORE_ROMAN or heading or (has_roman and len(core) >= 3):
        why = ("a Roman numeral after “" + before + "”" if before in _BEFORE_ROMAN
               else "a heading's Roman numeral" if heading else "a Roman numeral misread")
        return text.replace(core, fixed, 1), why
    return None
