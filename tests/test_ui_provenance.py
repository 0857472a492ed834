"""The Văn bản page's provenance line, read from the problems the loaders write (their message format)."""
from __future__ import annotations

from graph.models import Extraction, Problem, Span
from loaders.page_text import PageSpan
from loaders.provenance import page_problems
from ui.provenance import ocr_pages, provenance_text


def test_ocr_pages_read_from_the_loaders_problems() -> None:
    pages = [PageSpan(1, 0, 10, "ocr", 91.2), PageSpan(2, 11, 20, "text"),
             PageSpan(3, 21, 30, "ocr", 78.6, doubtful=[(22, 25, "XHI", 41.0)])]
    ex = Extraction(source="scan.pdf", text="x" * 31, problems=page_problems("scan.pdf", pages))
    assert [(p.number, p.confidence, p.span) for p in ocr_pages(ex)] == [
        (1, 91, Span(start=0, end=10)), (3, 79, Span(start=21, end=30))]
    text = provenance_text(ex)
    assert text.startswith("Trang 1 (91 %), 3 (79 %) được đọc bằng nhận dạng ký tự") and "thấp nhất là trang 3" in text
    assert "1 chữ OCR chưa chắc" in text


def test_no_provenance_line_for_a_text_document() -> None:
    ex = Extraction(source="plan.docx", text="KẾ HOẠCH", problems=[Problem(code="no_tasks", message="none")])
    assert provenance_text(ex) is None
