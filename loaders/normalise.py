"""Text normalisation: NFC, markup debris removed, one block per line (the layout stage).

Every span planlink reports refers to the text this function returns, so it runs once, first.
"""
from __future__ import annotations

import re
import unicodedata

from loaders.chrome import strip_chrome
from loaders.layout import lay_out

# Word/markdown exports leave these behind: "[bookmark: bookmark0]", "**bold**", "*italic*".
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
# Emphasis marks ("**", "*", "_") are all dropped: deleting the characters is what removing every
# run of them does, without a regex pass over the text.
_EMPHASIS = ("*",)
# "_" marks emphasis only at a word's edge ("__Ghi chú__"); inside a word it is the word's ("tuyengiao_tu@").
_UNDERSCORE = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
# A markdown list item "* Thành phần hồ sơ:" is a bullet (markdown draws it "•"), not emphasis.
_STAR_BULLET = re.compile(r"^([ \t]*)\*[ \t]+(?=\**[^\s*])", re.MULTILINE)
# Footnote marks glued to words: "trực quan¹"; superscript digits never carry meaning here. A mark
# at a line's start is a footnote's number and stays (the outline reads it). The class comes first
# so the regex engine skips to candidate characters instead of trying the look-behind everywhere.
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079](?<=[^\n].)", re.DOTALL)
# Runs of spaces, tabs and odd widths become one space. A lone " " already is one: matching it
# would rebuild the text at every word, so a run must be two long or open with an odd space. One
# class first (the regex engine then skips to candidates), the two-or-odd test right after it.
_INNER_SPACE = re.compile(r"[ \t\u00a0\u2002-\u200b](?:(?<=[\t\u00a0\u2002-\u200b])|(?=[ \t\u00a0\u2002-\u200b]))"
                          r"[ \t\u00a0\u2002-\u200b]*")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # str.replace each: faster than a regex pass
# Old Windows mappings write the same letter with a different base: "qúa" for "quá" is left, but
# "uỷ"/"ủy" variants are equal under fold(); we keep the author's spelling.
_ZERO_WIDTH = ("\u200c", "\u200d", "\ufeff")


def normalise(raw: str) -> str:
    """The canonical text of a document: NFC, no markup debris, one paragraph per line."""
    text = unicodedata.normalize("NFC", raw)
    # a form feed is a PDF text layer's page break
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    for mark in _ZERO_WIDTH:
        text = text.replace(mark, "")
    text = _BOOKMARK.sub("", text)
    if "* " in text:
        text = _STAR_BULLET.sub(r"\1• ", text)
    text = strip_chrome(_SUPERSCRIPT.sub("", text))  # a portal's banner and notices around the document
    for dash in _DASHES:  # one dash for ranges and compound names: "2020 – 2025"
        text = text.replace(dash, "–")
    if "\t" in text:
        text = "\n".join(_tab_row(line) for line in text.split("\n"))
    # the space class holds no newline, so one pass over the whole text equals one per line
    text = _INNER_SPACE.sub(" ", text)
    text = lay_out(text)  # reads the emphasis marks as evidence, so they go after it
    text = _SUPERSCRIPT.sub("", text)  # a footnote mark that a joined line brought inside a block
    for mark in _EMPHASIS:
        text = text.replace(mark, "")
    if "_" in text:
        text = _UNDERSCORE.sub("", text)
    lines = [line.strip() for line in _INNER_SPACE.sub(" ", text).split("\n")]
    return "\n".join(lines).strip() + "\n"


def _tab_row(line: str) -> str:
    """A tab-separated table row ("1\tTổ chức …\tSở …\tQuý II") as a pipe row, so its cells survive."""
    if line.count("\t") < 2:
        return line
    cells = [c.strip() for c in line.split("\t")]
    if sum(1 for c in cells if c) < 3:
        return line
    return "| " + " | ".join(cells) + " |"
