"""Page words: the words a page shows, each with its box (in points, origin top left) and confidence.

Both text engines speak the same TSV (poppler's `pdftotext -tsv` copies tesseract's columns), so a
PDF's text layer and an OCR'd scan become the same thing here, and one layout reads both.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float = 100.0  # 0–100; a text layer is certain
    widget: bool = False  # drawn by a form/signature widget, not by the page's content
    repair: tuple[str, str] | None = None  # OCR: (what was read, why it was changed)

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def mid_y(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    source: str = "text"  # "text" (the PDF's text layer) or "ocr"
    confidence: float | None = None  # OCR: mean word confidence, 0–100
    notes: list[str] = field(default_factory=list)  # OCR: what was odd (a damaged image, a strong skew)

    @property
    def chars(self) -> int:
        return sum(len(w.text) for w in self.words)


def parse_tsv(tsv: str, *, scale: float = 1.0) -> dict[int, Page]:
    """Pages from TSV (level, page_num, …, left, top, width, height, conf, text); ``scale`` turns
    pixels into points (72 / dpi for an OCR'd image)."""
    pages: dict[int, Page] = {}
    current: Page | None = None
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        level, page_num = cells[0], int(cells[1])
        left, top, width, height = (float(c) * scale for c in cells[6:10])
        if level == "1":  # the page's size (poppler puts odd numbers in its left and top)
            current = pages.setdefault(page_num, Page(page_num, width, height))
            continue
        text = unicodedata.normalize("NFC", "\t".join(cells[11:]).strip())
        if level != "5" or not text or text.startswith("###"):
            continue
        if current is None or current.number != page_num:
            current = pages.setdefault(page_num, Page(page_num, 0.0, 0.0))
        conf = float(cells[10])
        current.words.append(Word(text, left, top, left + width, top + height, 100.0 if conf < 0 else conf))
    return pages
