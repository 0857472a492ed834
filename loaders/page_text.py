"""Page text: words with boxes → text that keeps what the page shows, in the shape of portal markdown.

Wrapped lines of one paragraph stay on consecutive lines; a blank line stands where the page shows a
paragraph break (a vertical gap larger than the line spacing, a first-line indent, a short line the
next word would have fitted on, a change of size or of case); a page break inside a paragraph is no
break. The two-column letterhead (issuer and "Số:" | motto and "…, ngày …") and the signature block
("Nơi nhận:" | signer) are read column by column; running page numbers and headers are dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from loaders.page_words import Page, Word

# "1.", "1.2.", "a)", "-", "+", "•", "I.", "II-", "Điều 3.", "Chương II": what opens an item
_ITEM = re.compile(r"^(?:[-+•–*]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+[.\-–]|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+)(?:\s|$)")
_CLOSED = tuple(".;:!?)")
# "2", "- 2 -", "Trang 2", "2/13": a running page number
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*\d{1,4}\s*[-–]|\d{1,4}|[Tt]rang\s+\d{1,4}(?:\s*/\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$")
# what stands in a signature block: "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC"
_SIGN_BLOCK = re.compile(r"^(?:Nơi nhận|T/M|TM\.|KT\.|Q\.|TL\.|TUQ\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG BAN|"
                         r"GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG)")
LOW_CONFIDENCE = 60.0  # OCR words below this are reported with their span
SURE = 90.0  # OCR words below this are kept as unsure: not trusted for a document's own number


@dataclass
class Line:
    """Words on one baseline that belong together (a row, or one column's part of a row)."""

    words: list[Word]
    page: int
    table: bool = False  # one row of a table: its cells joined by tabs
    column: tuple[float, float] | None = None  # a letterhead or signature column's left and right edge

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def height(self) -> float:
        return median(w.height for w in self.words)

    @property
    def text(self) -> str:
        return "".join(_space(a, b) + b.text if a else b.text for a, b in zip([None, *self.words], self.words))


@dataclass
class PageSpan:
    """Where a page's text landed in the output, how it was read, and its doubtful words."""

    number: int
    start: int
    end: int
    source: str
    confidence: float | None = None
    doubtful: list[tuple[int, int, str, float]] = field(default_factory=list)  # start, end, word, conf < SURE
    repairs: list[tuple[int, int, str, str, str]] = field(default_factory=list)  # start, end, read, now, why
    notes: list[str] = field(default_factory=list)  # OCR: what was odd about the page


@dataclass
class PageText:
    text: str
    pages: list[PageSpan]


def pages_to_text(pages: list[Page]) -> PageText:
    """The document's text from its pages' words, paragraphs separated by blank lines."""
    flows = [_page_lines(page, first=i == 0) for i, page in enumerate(pages)]
    _drop_running_lines(flows, {p.number: p.height for p in pages})
    lines = [line for flow in flows for line in flow]
    pitch = _pitch(lines)
    margins = _margins(lines)
    out: list[str] = []
    spans = {p.number: PageSpan(p.number, -1, -1, p.source, p.confidence, notes=list(p.notes)) for p in pages}
    pos = 0
    prev: Line | None = None
    for line in lines:
        if prev is not None:
            sep = "\n\n" if _breaks(prev, line, pitch=pitch, margins=margins.get(prev.page, (0.0, 0.0))) else "\n"
            out.append(sep)
            pos += len(sep)
        span = spans[line.page]
        if span.start < 0:
            span.start = pos
        for i, word in enumerate(line.words):
            if i:
                before = line.words[i - 1]
                sep = "\t" if line.table and _cell_gap(before, word) else _space(before, word)
                out.append(sep)
                pos += len(sep)
            if word.conf < SURE:
                span.doubtful.append((pos, pos + len(word.text), word.text, word.conf))
            if word.repair:
                span.repairs.append((pos, pos + len(word.text), word.repair[0], word.text, word.repair[1]))
            out.append(word.text)
            pos += len(word.text)
        span.end = pos
        prev = line
    for span in spans.values():
        if span.start < 0:
            span.start = span.end = pos
    return PageText("".join(out) + "\n", [spans[p.number] for p in pages])


# --- lines -----------------------------------------------------------------------------------

def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped by baseline: a word joins the row its box overlaps by half its height."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.mid_y, w.x0)):
        if rows:
            row = rows[-1]
            top, bottom = median(w.y0 for w in row), median(w.y1 for w in row)
            if min(bottom, word.y1) - max(top, word.y0) >= 0.5 * min(bottom - top, word.height):
                row.append(word)
                continue
        rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _segments(row: list[Word]) -> list[list[Word]]:
    """A row cut where the space between two words is wider than two letters' height (a column gap)."""
    size = median(w.height for w in row)
    out = [[row[0]]]
    for word in row[1:]:
        if _cell_gap(out[-1][-1], word, size):
            out.append([word])
        else:
            out[-1].append(word)
    return out


def _space(a: Word, b: Word) -> str:
    """A space between two words, or none when they touch: poppler cuts a word where the font changes
    ("T" "Ỉ" "NH" when Word drew the accented letters from a fallback font)."""
    return "" if b.x0 - a.x1 < 0.08 * min(a.height, b.height) and not a.widget and not b.widget else " "


def _cell_gap(a: Word, b: Word, size: float | None = None) -> bool:
    return b.x0 - a.x1 > 2.0 * (size if size is not None else max(a.height, b.height))


def _page_lines(page: Page, *, first: bool) -> list[Line]:
    rows = [_segments(row) for row in _rows(page.words)]
    out: list[Line] = []
    i = 0
    while i < len(rows):
        block = _two_columns(rows, i, page=page, letterhead=first and rows[i][0][0].y0 < 0.3 * page.height)
        if block:
            end, left, right = block
            for col in (left, right):
                words = [w for ws in col for w in ws]
                edges = (min(w.x0 for w in words), max(w.x1 for w in words)) if words else None
                out.extend(Line(ws, page.number, column=edges) for ws in col if ws)
            i = end
            continue
        segs = rows[i]
        words = [w for seg in segs for w in seg]
        out.append(Line(words, page.number, table=len(segs) > 1))
        i += 1
    return out


def _two_columns(rows: list[list[list[Word]]], start: int, *, page: Page,
                 letterhead: bool) -> tuple[int, list[list[Word]], list[list[Word]]] | None:
    """A letterhead or signature block from row ``start``: rows whose parts stand on either side of
    one gutter. Returns (end row, left column's lines, right column's lines)."""
    first_pair = next((r for r in rows[start:start + 3] if len(r) == 2), None)
    if first_pair is None:
        return None
    left_seg, right_seg = first_pair
    band = (max(w.x1 for w in left_seg), min(w.x0 for w in right_seg))  # the white gutter between them
    if not (0.3 * page.width < sum(band) / 2 < 0.7 * page.width):
        return None
    if not letterhead and not _is_sign_block(rows[start:start + 4]):
        return None
    left: list[list[Word]] = []
    right: list[list[Word]] = []
    columns = (_extent(left_seg), _extent(right_seg))  # to tell a column's lines from a centred title
    end = start
    for row in rows[start:]:
        if len(row) > 3:
            break  # a table
        lo, hi = band
        words = [w for seg in row for w in seg]
        for w in words:  # a line may reach into the gutter ("Hà Nội, ngày …" starts left of the motto)
            if w.x1 > lo and w.x0 < hi:
                if (w.x0 + w.x1) / 2 < (lo + hi) / 2:
                    lo = w.x1
                else:
                    hi = w.x0
        if lo >= hi:
            break  # a line across the gutter: the columns are over
        middle = (lo + hi) / 2
        lw = [w for w in words if w.x1 <= middle]
        rw = [w for w in words if w.x0 >= middle]
        if not all(_fits(part, col) for part, col in zip((lw, rw), columns) if part):
            break  # centred on the page, not in a column: the type line ("THÔNG BÁO", "HƯỚNG  DẪN")
        band = (lo, hi)
        left.append(lw)
        right.append(rw)
        end += 1
    if not any(a and b for a, b in zip(left, right)):
        return None
    return end, left, right


def _extent(words: list[Word]) -> tuple[float, float]:
    return min(w.x0 for w in words), max(w.x1 for w in words)


def _fits(words: list[Word], col: tuple[float, float]) -> bool:
    """Words centred in a column, or aligned with one of its edges."""
    x0, x1 = _extent(words)
    width = max(col[1] - col[0], 1.0)
    return (abs((x0 + x1) / 2 - (col[0] + col[1]) / 2) <= 0.25 * width
            or abs(x0 - col[0]) <= 12 or abs(x1 - col[1]) <= 12)


def _is_sign_block(rows: list[list[list[Word]]]) -> bool:
    for row in rows:
        for seg in row:
            if _SIGN_BLOCK.match(" ".join(w.text for w in seg)):
                return True
    return False


def _drop_running_lines(flows: list[list[Line]], heights: dict[int, float]) -> None:
    """Page numbers and running headers/footers: in the top or bottom eighth of the page, a number alone
    in a page's first or last line, or a line repeated there on at least three pages."""
    def margin(flow: list[Line]) -> list[Line]:
        if len(flow) < 2:
            return []
        height = heights.get(flow[0].page) or max(ln.y0 for ln in flow) + 20
        return [ln for ln in {id(x): x for x in (flow[0], flow[-1])}.values()
                if ln.y0 < height / 8 or ln.y0 > height * 7 / 8]

    edge = Counter(re.sub(r"\d+", "#", line.text) for flow in flows for line in margin(flow))
    repeated = {text for text, n in edge.items() if n >= 3 and n >= len(flows) // 2}
    for flow in flows:
        for line in margin(flow):
            text = line.text.strip()
            if _PAGE_NUMBER.match(text) or re.sub(r"\d+", "#", text) in repeated:
                flow.remove(line)


# --- paragraph breaks ------------------------------------------------------------------------

def _pitch(lines: list[Line]) -> tuple[float, float]:
    """The usual distance between the middles of two wrapped lines, and the usual letter height.

    Absolute, not a ratio of the height: fonts of one size give boxes of different heights (a run in
    Arial among Times New Roman), but the lines of one paragraph stay evenly spaced."""
    heights = Counter(round(line.height) for line in lines)
    if not heights:
        return 0.0, 0.0
    usual = heights.most_common(1)[0][0]
    gaps = Counter()
    for a, b in zip(lines, lines[1:]):
        d = _mid(b) - _mid(a)
        if a.page == b.page and 0 < d < 2.5 * usual and abs(round(a.height) - usual) <= 0.3 * usual:
            gaps[round(d * 2) / 2] += 1
    if not gaps:
        return 1.2 * usual, float(usual)
    # the commonest gap: wrapped lines outnumber paragraph gaps in any real text
    top = gaps.most_common(1)[0][0]
    return median(g for g in gaps.elements() if abs(g - top) <= 0.5), float(usual)


def _mid(line: Line) -> float:
    return median(w.mid_y for w in line.words)


def _margins(lines: list[Line]) -> dict[int, tuple[float, float]]:
    """Each page's left and right text edge (the 10th and 90th percentile of its lines' ends); a page
    with few lines takes the document's."""
    def edges(group: list[Line]) -> tuple[float, float]:
        starts = sorted(line.x0 for line in group)
        ends = sorted(line.x1 for line in group)
        return starts[int(0.1 * (len(starts) - 1))], ends[int(0.9 * (len(ends) - 1))]

    body = [line for line in lines if not line.table] or lines
    whole = edges(body) if body else (0.0, 0.0)
    by_page: dict[int, list[Line]] = {}
    for line in body:
        by_page.setdefault(line.page, []).append(line)
    return {page: edges(group) if len(group) >= 8 else whole for page, group in by_page.items()}


def _breaks(a: Line, b: Line, *, pitch: tuple[float, float], margins: tuple[float, float]) -> bool:
    """Whether a paragraph ends between line ``a`` and the next line ``b`` (``margins``: a's page's)."""
    if a.table or b.table:
        return True
    size = max(a.height, b.height)
    if abs(a.height - b.height) > 0.3 * size:
        return True  # another size: a heading, a footnote
    spacing, usual = pitch
    if size > 1.3 * usual:
        spacing *= size / usual  # a heading in larger letters
    if a.page == b.page and (_mid(b) - _mid(a) > spacing * 1.15 + 0.5 or b.y0 < a.y0):
        return True  # a gap wider than the line spacing (or a column's top again)
    ta, tb = a.text, b.text
    ua, ub = _letters_upper(ta), _letters_upper(tb)
    if ua is not None and ub is not None and ua != ub:
        return True  # "CỘNG HÒA …" over "Độc lập …"; a heading in capitals over its text
    if a.column and a.column == b.column:
        # letterhead and signature lines are items of their own ("BAN TỔ CHỨC", "*", "Số …", "PHÓ
        # TRƯỞNG BAN"), except a wrapped one: a subject ("V/v …") or an addressee going on in lower case
        return not (tb[:1].islower() or (ta.startswith("V/v") and not _ITEM.match(tb)))
    left, right = margins
    centred = (abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) < size
               and a.x0 > left + size and b.x0 > left + size)  # title lines: no indent, no full width
    if centred:
        return False
    if b.x0 > a.x0 + 0.8 * size:
        return True  # the next line is indented: a first line
    first_word = b.words[0].x1 - b.words[0].x0
    if a.x1 + first_word + 0.6 * size < right:
        return True  # a short line: the next word would have fitted on it
    if ta.endswith(_CLOSED) and _ITEM.match(tb):
        return True  # "…;" then "- Tổ chức …", "2. …"
    return False


def _letters_upper(text: str) -> bool | None:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6:
        return None  # "XIII;", "Số": too short to tell a heading from a word
    return all(c.isupper() for c in letters)
