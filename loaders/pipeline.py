"""The extraction pipeline: a file or a text in, one graph.models.Extraction out.

Each step finds, then the pipeline writes: normalise → outline → header → references → tasks
(with deadlines) → events → periods. Only unreadable input raises; anything understood partly
still yields what was found, with the problems listed.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from graph.errors import PlanlinkError
from graph.models import Extraction, Problem
from loaders.doubts import doubts
from loaders.errors import UnreadableDocument
from loaders.events import find_events
from loaders.header import read_header
from loaders.normalise import normalise
from loaders.outline import parse_outline
from loaders.periods import find_periods
from loaders.page_text import LOW_CONFIDENCE
from loaders.provenance import map_spans, unsure_words
from loaders.readers import Progress, RawDocument, read_document
from loaders.references import find_references
from loaders.tasks import find_tasks

# "tỉnh Lai Châu", "Tỉnh ủy Lai Châu", "Đảng bộ tỉnh Cao Bằng": the province a text is about
_PROVINCE = re.compile(r"[Tt](?<!\w[Tt])(?:(?<=t)ỉnh|ỉnh\s+(?:ủy|uỷ))\s+(?P<p>(?:[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+)(?:\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+){0,2})")
_ANNEX = re.compile(r"(?m)^\s*PH[ỤU]\s*L[ỤU]C\b")


def extract_text(text: str, *, source: str) -> Extraction:
    """Extract every fact from an already decoded text; never raises on odd content."""
    text = normalise(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    # a district's superior ("Tỉnh ủy Lai Châu") counts three times a place it merely names ("tỉnh Điện Biên")
    counts: Counter[str] = Counter()
    for m in _PROVINCE.finditer(text):
        counts[m.group("p")] += 3 if m.group(0)[:1] == "T" or "ủy" in m.group(0) or "uỷ" in m.group(0) else 1
    provinces = [p for p, _ in counts.most_common(3)]
    head = read_header(text, provinces=provinces)
    doc = head.document
    doc.source_file = source
    doc.content_hash = digest
    problems: list[Problem] = list(head.problems)

    references = find_references(text, own_symbol=doc.symbol, where=head.where, own_date=doc.issued_date)
    outline = parse_outline(text)
    tasks = find_tasks(outline, where=head.where, issued_date=doc.issued_date)

    found = find_events(text, jurisdiction=doc.jurisdiction)
    problems.extend(found.problems)
    body_end = _body_end(text)
    periods = find_periods(text[:body_end], issued_date=doc.issued_date, title=doc.title)
    if doc.issued_date is None:
        problems.append(Problem(code="no_date", message="văn bản không có dòng địa danh, ngày tháng ban hành "
                                                        "(ngày của văn bản được trích dẫn không được lấy thay)"))
    if not tasks:
        problems.append(Problem(code="no_tasks", message="không nhận ra nhiệm vụ được giao nào trong văn bản"))
    problems.extend(doubts(tasks))  # many fragments, tasks naming no unit
    return Extraction(source=source, text=text, document=doc, references=references, tasks=tasks,
                      events=found.events, periods=periods, problems=problems)


def _body_end(text: str) -> int:
    """Where the annexes start: their content themes repeat the body's phases and would be read twice."""
    m = _ANNEX.search(text)
    return m.start() if m else len(text)


def extract_file(path: str | Path, *, max_bytes: int | None = None, jobs: int = 1,
                 progress: Progress | None = None) -> Extraction:
    """Read a .txt/.md/.docx/.pdf/.html file or a page image and extract it; scanned pages are OCR'd
    on ``jobs`` processes (``progress(done, total)`` after each); UnreadableDocument if it has no text."""
    path = Path(path)
    limits = {} if max_bytes is None else {"max_bytes": max_bytes}
    raw = read_document(path, jobs=jobs, progress=progress, **limits)
    if not raw.text.strip():
        raise UnreadableDocument(path, "the file holds no text")
    return extract_read(raw, source=path.name)


def extract_read(raw: RawDocument, *, source: str) -> Extraction:
    """Extract what a reader read, with the reader's problems (spans moved onto the normalised text)."""
    extraction = extract_text(raw.text, source=source)
    # the reader's spans (OCR'd pages, mended and doubtful words) refer to its text: move them
    extraction.problems[:0] = map_spans(raw.text, extraction.text, raw.problems)
    doc = extraction.document
    unsure = unsure_words(raw.text, extraction.text, raw.pages, doc.span) if doc.symbol and doc.span else []
    # A number written or stamped into the gap before the printed sign ("Số: 44 /CT-UBND", the 11 written by
    # hand) stands alone, and OCR reads handwriting at 80–90 %; a printed symbol is one word, doubtful under 60 %.
    unsure = [(w, c) for w, c in unsure if c < LOW_CONFIDENCE or not re.search(r"[/-]\w", w)]
    if unsure:
        # a stamped or handwritten number OCR read without certainty: no identity rather than a wrong one
        extraction.problems.append(Problem(code="unreadable_number", message=(
            f"số không đọc được chắc chắn: OCR read “{doc.symbol}” ("
            + ", ".join(f"“{w}” {c:.0f} %" for w, c in unsure) + "); check the scan"), span=doc.span))
        doc.symbol = None
    return extraction


def _extract_or_error(path: Path, jobs: int = 1, progress: Progress | None = None) -> Extraction | str:
    """For worker processes: the extraction, or the error's message (exceptions that name a file
    do not all survive pickling)."""
    try:
        return extract_file(path, jobs=jobs, progress=progress)
    except (PlanlinkError, OSError) as exc:
        return str(exc)


def extract_files(paths: list[Path], *, jobs: int = 1,
                  progress: Callable[[Path, int, int], None] | None = None) -> Iterator[tuple[Path, Extraction | str]]:
    """Extract many files, in their order, on ``jobs`` processes; a file that cannot be read yields
    the error's message (naming the file) instead of an extraction. One file alone gets the ``jobs``
    for its scanned pages (``progress(path, done, total)`` after each page)."""
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            told = (lambda done, total, path=path: progress(path, done, total)) if progress else None
            yield path, _extract_or_error(path, jobs, told)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        yield from zip(paths, pool.map(_extract_or_error, paths, chunksize=4))
