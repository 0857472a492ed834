"""A document's text as HTML with every extracted fact marked at its character span, for the Văn bản page.

Facts nest (a unit inside a task) and may overlap, so the text is cut at every span boundary and each piece
carries the classes of all the facts covering it; the stylesheet decides how they combine.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from graph.models import Extraction, Span

FACT_LABELS: dict[str, str] = {
    "document": "Số, ký hiệu",
    "task": "Nhiệm vụ",
    "unit": "Đơn vị",
    "deadline": "Thời hạn",
    "reference": "Văn bản dẫn chiếu",
    "event": "Sự kiện",
    "period": "Đợt, thời gian",
    "ocr_doubt": "Chữ OCR chưa chắc",
    "ocr_repair": "Chữ OCR đã sửa",
}

STYLE = """
<style>
.pl-doc { white-space: pre-wrap; font-family: "Noto Serif", Georgia, serif; font-size: 0.95rem;
          line-height: 1.6; max-height: 720px; overflow-y: auto; padding: 1rem 1.25rem;
          border: 1px solid #d5d8dc; border-radius: 6px; background: #fff; }
.pl-task { background: #fdf6e3; }
.pl-unit { background: #d6eaf8; border-bottom: 2px solid #2471a3; }
.pl-deadline { background: #fadbd8; border-bottom: 2px solid #c0392b; }
.pl-reference { background: #d5f5e3; border-bottom: 2px solid #1e8449; }
.pl-event { background: #e8daef; border-bottom: 2px solid #7d3c98; }
.pl-period { background: #fdebd0; border-bottom: 2px solid #d68910; }
.pl-document { background: #eaecee; border-bottom: 2px solid #2c3e50; font-weight: 600; }
.pl-ocr_doubt { text-decoration: underline dotted #e67e22 2px; }
.pl-ocr_repair { text-decoration: underline wavy #c0392b 1px; }
.pl-legend span { display: inline-block; margin: 0 0.5rem 0.25rem 0; padding: 0 0.4rem; border-radius: 3px; }
</style>
"""


@dataclass(frozen=True)
class Mark:
    kind: str  # a key of FACT_LABELS
    start: int
    end: int
    label: str  # shown as a tooltip


def marks(extraction: Extraction) -> list[Mark]:
    """Every fact of an extraction that has a span, as a mark; spans outside the text are dropped."""
    found: list[Mark] = []
    size = len(extraction.text)

    def add(kind: str, span: Span | None, label: str | None) -> None:
        if span is not None and 0 <= span.start < span.end <= size:
            found.append(Mark(kind, span.start, span.end, f"{FACT_LABELS[kind]}: {label or ''}".strip()))

    add("document", extraction.document.span, extraction.document.symbol)
    for ref in extraction.references:
        add("reference", ref.span, ref.symbol)
    for task in extraction.tasks:
        add("task", task.span, task.text[:80])
        for unit in [*task.lead, *task.support]:
            add("unit", unit.span, unit.canonical or unit.name)
        add("deadline", task.deadline.span, task.deadline.text)
    for event in extraction.events:
        add("event", event.span, event.name)
    for period in extraction.periods:
        add("period", period.span, period.name)
    for problem in extraction.problems:  # a scan's doubtful and mended words, where OCR read them
        if problem.code in ("ocr_low_confidence", "ocr_repair"):
            add("ocr_doubt" if problem.code == "ocr_low_confidence" else "ocr_repair", problem.span,
                problem.message)
    return found


def highlighted_html(text: str, found: list[Mark]) -> str:
    """The text, HTML-escaped, cut at every mark boundary; each piece wrapped in the classes covering it."""
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    pieces: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in found if m.start <= start and end <= m.end]
        chunk = html.escape(text[start:end])
        if not covering:
            pieces.append(chunk)
            continue
        # the innermost (shortest) fact names the piece in the tooltip
        inner = min(covering, key=lambda m: m.end - m.start)
        classes = " ".join(sorted({f"pl-{m.kind}" for m in covering}))
        pieces.append(f'<span class="{classes}" title="{html.escape(inner.label)}">{chunk}</span>')
    return f'<div class="pl-doc">{"".join(pieces)}</div>'


def legend_html(found: list[Mark]) -> str:
    """One coloured chip per kind of fact present, with how many there are."""
    counts: dict[str, int] = {}
    for m in found:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    chips = [f'<span class="pl-{kind}">{FACT_LABELS[kind]} ({n})</span>'
             for kind, n in counts.items()]
    return f'<div class="pl-legend">{"".join(chips)}</div>'
