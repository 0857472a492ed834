"""Provenance: how each page was read (text layer or OCR, and how surely), as problems with spans.

Readers report spans in the raw text they return; the pipeline maps them onto the normalised text
(map_spans), so the document view highlights the right words.
"""
from __future__ import annotations

from graph.models import Problem, Span
from loaders.page_text import LOW_CONFIDENCE, PageSpan

MAX_DOUBTFUL = 200  # low-confidence words reported one by one; the rest are counted in one problem
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def page_problems(name: str, pages: list[PageSpan]) -> list[Problem]:
    """A problem per OCR'd page (its confidence), per mended word and per doubtful word; spans in the
    reader's text."""
    out: list[Problem] = []
    doubtful = 0
    for page in pages:
        if page.source != "ocr":
            continue
        out.append(Problem(code="ocr_page", message=(
            f"{name}: page {page.number} read by OCR (tesseract, vie), mean word confidence "
            f"{page.confidence or 0:.0f} %" + "".join(f"; {note}" for note in page.notes)),
            span=Span(start=page.start, end=page.end)))
        for start, end, read, now, why in page.repairs:
            out.append(Problem(code="ocr_repair", message=(
                f"page {page.number}: OCR read “{read}”, mended to “{now}” ({why})"), span=Span(start=start, end=end)))
        for start, end, word, conf in page.doubtful:
            if conf >= LOW_CONFIDENCE:
                continue
            doubtful += 1
            if doubtful <= MAX_DOUBTFUL:
                out.append(Problem(code="ocr_low_confidence", message=(
                    f"page {page.number}: “{word}” read by OCR with confidence {conf:.0f} %; check it "
                    "against the scan"), span=Span(start=start, end=end)))
    if doubtful > MAX_DOUBTFUL:
        out.append(Problem(code="ocr_low_confidence", message=(
            f"{name}: {doubtful - MAX_DOUBTFUL} more words read with low OCR confidence")))
    return out


def map_spans(raw: str, text: str, problems: list[Problem]) -> list[Problem]:
    """The problems with their spans moved from the raw text onto the normalised ``text``.

    Normalising only drops characters (markup, page numbers), changes white space and unifies dashes,
    so the non-space characters of ``text`` are a subsequence of the raw text's: walk both."""
    if not any(p.span for p in problems):
        return problems
    where = _alignment(raw, text)

    def moved(span: Span) -> Span:
        start = where[min(span.start, len(raw))]
        end = where[min(span.end, len(raw))]
        return Span(start=start, end=max(start, end))

    return [p.model_copy(update={"span": moved(p.span)}) if p.span else p for p in problems]


def _alignment(raw: str, text: str) -> list[int]:
    """For each raw offset (and the end), the offset in ``text`` where that character now stands."""
    out = [0] * (len(raw) + 1)
    j = 0
    n = len(text)
    for i, c in enumerate(raw):
        if c.isspace():
            out[i] = j
            continue
        k = j
        while k < n and text[k].isspace():
            k += 1
        if k < n and (text[k] == c or (c in _DASHES and text[k] == "–")):
            out[i] = k
            j = k + 1
        else:
            out[i] = j  # a character normalising dropped
    out[len(raw)] = j
    return out


def unsure_words(raw: str, text: str, pages: list[PageSpan], span: Span) -> list[tuple[str, float]]:
    """The OCR'd words under page_text.SURE confidence that ``span`` (in the normalised ``text``) covers:
    a handwritten number read as "44" with 87 % must not become the document's identity."""
    words = [(start, end, word, conf) for page in pages for start, end, word, conf in page.doubtful]
    if not words:
        return []
    where = _alignment(raw, text)
    return [(word, conf) for start, end, word, conf in words
            if where[min(start, len(raw))] < span.end and where[min(end, len(raw))] > span.start]
