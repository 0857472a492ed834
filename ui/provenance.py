"""Provenance for the Văn bản page: which pages were read by OCR, and how surely.

The loaders report an OCR'd page as a problem "ocr_page" whose message reads "…: page N read by OCR
(tesseract, vie), mean word confidence C %…" with the page's span; doubtful and mended words as
"ocr_low_confidence" and "ocr_repair" problems with their spans (loaders/provenance.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.models import Extraction, Span

_OCR_PAGE = re.compile(r"page (?P<n>\d+) read by OCR.*?confidence (?P<c>\d+) %")


@dataclass(frozen=True)
class OcrPage:
    number: int
    confidence: int  # mean word confidence, 0–100
    span: Span | None


def ocr_pages(extraction: Extraction) -> list[OcrPage]:
    out = []
    for problem in extraction.problems:
        m = _OCR_PAGE.search(problem.message) if problem.code == "ocr_page" else None
        if m:
            out.append(OcrPage(int(m.group("n")), int(m.group("c")), problem.span))
    return sorted(out, key=lambda p: p.number)


def provenance_text(extraction: Extraction) -> str | None:
    """One sentence for the reader: "Trang 1, 2, 3 đọc bằng OCR (độ tin cậy 91 %, 88 %, 93 %)…", or
    None when every page came from a text layer or a text file."""
    pages = ocr_pages(extraction)
    if not pages:
        return None
    doubtful = sum(1 for p in extraction.problems if p.code == "ocr_low_confidence" and p.span)
    mended = sum(1 for p in extraction.problems if p.code == "ocr_repair")
    listed = ", ".join(f"{p.number} ({p.confidence} %)" for p in pages)
    low = min(pages, key=lambda p: p.confidence)
    text = (f"Trang {listed} được đọc bằng nhận dạng ký tự (OCR, tesseract tiếng Việt); trong ngoặc là độ tin "
            "cậy trung bình của trang" + (f", thấp nhất là trang {low.number}." if len(pages) > 1 else ".")
            + " Trang không ghi ở đây lấy từ lớp chữ của tệp PDF.")
    if doubtful or mended:
        text += (f" {doubtful} chữ OCR chưa chắc được gạch chân chấm, {mended} chữ đã được sửa theo ngữ cảnh "
                 "(xem tab Vấn đề).")
    return text
