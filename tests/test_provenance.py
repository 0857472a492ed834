"""Provenance: OCR'd pages, mended and doubtful words as problems, their spans moved from the reader's
text onto the normalised text the document view shows."""
from __future__ import annotations

from graph.models import Problem, Span
from loaders.normalise import normalise
from loaders.page_text import PageSpan
from loaders.provenance import map_spans, page_problems, unsure_words


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part))


def test_spans_follow_the_words_through_normalisation() -> None:
    raw = "**KẾ HOẠCH**\n\n\nĐại   hội XIII — nhiệm\n\n2\n\nkỳ 2020 – 2025 quý II\n"
    text = normalise(raw)
    problems = [Problem(code="ocr_repair", message="x", span=span_of(raw, "XIII")),
                Problem(code="ocr_low_confidence", message="y", span=span_of(raw, "quý II")),
                Problem(code="note", message="no span")]
    moved = map_spans(raw, text, problems)
    assert [text[p.span.start:p.span.end] for p in moved[:2]] == ["XIII", "quý II"]
    assert moved[2].span is None


def test_page_problems_report_ocr_pages_repairs_and_doubtful_words() -> None:
    text = "Đại hội XIII của Đảng\n"
    page = PageSpan(1, 0, len(text) - 1, "ocr", 91.4, doubtful=[(0, 3, "Đại", 55.0), (4, 7, "hội", 80.0)],
                    repairs=[(8, 12, "XHI", "XIII", "a Roman numeral after “hoi”")], notes=["page straightened by 2.5°"])
    text_page = PageSpan(2, len(text), len(text), "text")
    problems = page_problems("scan.pdf", [page, text_page])
    assert [p.code for p in problems] == ["ocr_page", "ocr_repair", "ocr_low_confidence"]  # 80 % is not doubtful
    assert "page 1 read by OCR" in problems[0].message and "91 %" in problems[0].message
    assert "straightened" in problems[0].message
    assert "“XHI”" in problems[1].message and text[problems[1].span.start:problems[1].span.end] == "XIII"


def test_unsure_words_under_a_span() -> None:
    raw = "Số: 44 /CT-UBND\n"
    page = PageSpan(1, 0, len(raw), "ocr", 90.0, doubtful=[(4, 6, "44", 87.0)])
    text = normalise(raw)
    assert unsure_words(raw, text, [page], span_of(text, "44 /CT-UBND")) == [("44", 87.0)]
    assert unsure_words(raw, text, [page], span_of(text, "/CT-UBND")) == []
