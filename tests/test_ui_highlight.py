"""ui.highlight: every fact marked at its span, nested and overlapping spans cut cleanly, the text escaped."""
from __future__ import annotations

import re

from graph.models import Deadline, Document, Extraction, Span, Task, Unit
from ui.highlight import Mark, highlighted_html, legend_html, marks

TEXT = "Số 12-KH/TU. 1. Sở Nội vụ <i>rà soát</i> trước ngày 30/6/2025."


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start=start, end=start + len(part))


def _plain(html: str) -> str:
    """The text a reader sees: tags dropped, entities decoded."""
    import html as html_lib

    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


def test_nested_facts_keep_the_text_and_carry_every_class() -> None:
    unit = _span("Sở Nội vụ")
    found = [Mark("task", unit.start, len(TEXT), "Nhiệm vụ"), Mark("unit", unit.start, unit.end, "Đơn vị: Sở Nội vụ")]
    out = highlighted_html(TEXT, found)
    assert _plain(out) == TEXT
    assert '<span class="pl-task pl-unit" title="Đơn vị: Sở Nội vụ">Sở Nội vụ</span>' in out
    assert '<span class="pl-task" title="Nhiệm vụ"> &lt;i&gt;' in out  # the rest of the task, outside the unit


def test_overlapping_spans_are_cut_at_every_boundary() -> None:
    out = highlighted_html("abcdef", [Mark("event", 0, 4, "e"), Mark("period", 2, 6, "p")])
    assert re.findall(r'class="([^"]+)"[^>]*>([^<]+)<', out) == [
        ("pl-event", "ab"), ("pl-event pl-period", "cd"), ("pl-period", "ef")]


def test_text_and_tooltips_are_escaped() -> None:
    out = highlighted_html(TEXT, [Mark("task", 0, 5, 'a "quoted" <b>label</b>')])
    assert "<i>" not in out and "&lt;i&gt;rà soát&lt;/i&gt;" in out
    assert 'title="Nhiệm vụ' not in out and "&quot;quoted&quot;" in out and "<b>label" not in out


def test_marks_come_from_every_kind_of_fact_and_drop_spans_outside_the_text() -> None:
    unit = Unit(name="Sở Nội vụ", canonical="Sở Nội vụ", span=_span("Sở Nội vụ"))
    ex = Extraction(
        source="x.txt", text=TEXT,
        document=Document(symbol="12-KH/TU", span=_span("12-KH/TU")),
        tasks=[Task(text="Sở Nội vụ rà soát", lead=[unit], span=Span(start=16, end=len(TEXT)),
                    deadline=Deadline(kind="date", due="2025-06-30", text="trước ngày 30/6/2025",
                                      span=_span("trước ngày 30/6/2025"))),
               Task(text="beyond the end", span=Span(start=len(TEXT), end=len(TEXT) + 10))],
    )
    found = marks(ex)
    assert sorted(m.kind for m in found) == ["deadline", "document", "task", "unit"]
    legend = legend_html(found)
    assert "Nhiệm vụ (1)" in legend and "Thời hạn (1)" in legend and "Đơn vị (1)" in legend


def test_text_without_facts_is_returned_whole() -> None:
    assert _plain(highlighted_html(TEXT, [])) == TEXT
