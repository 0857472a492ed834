"""Layout: any text as the same blocks, one block per line.

Documents arrive one paragraph per line (Word, the seeds) or hard-wrapped: portal markdown (a blank
line between paragraphs, the first line short where an indent was eaten), PDF text layers and OCR
(no blank lines, page numbers between pages). This stage decides, per document and from evidence,
which line breaks are soft (a wrap inside a block) and which end a block; rebuilds tables whose
cells stand one per line ("|" lines between cells) as pipe rows, lays the cells of letterhead and
signature tables out as lines, and drops page numbers and markdown debris. Every later step reads
one block per line: a heading, a paragraph, a list item, an annotation or a table row.

The evidence, strongest first: emphasis opened on one line and closed on another; a line ending
mid-phrase ("," "(" "của") or a continuation starting in lower case; a line opening with an item
marker ("- ", "1.", "a)", "(i)") and a capital; and the wrap width: where the next line's first word
would have fitted on the line before it, the writer broke the line, not the wrapper.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.folding import fold
from loaders.outline import ACTION_START
from loaders.symbols import TYPE_WORDS
from loaders.units import unit_only

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

# Markdown debris that carries no words: "** **", "* *", a lone "*" (the star under a Party letterhead).
_LOWER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
_EMPTY = re.compile(r"^[\s*_#>]*$")
_HEADING_HASHES = re.compile(r"^#{1,6}\s+")
_RULE = re.compile(r"^[-–—_=.]{3,}$")
# A page number left by a PDF text layer or OCR: "2", "- 2 -", "Trang 2", "2/15".
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*\d{1,3}\s*[-–]|\d{1,3}|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$")
# What opens a new block when a capital follows it.
_MARKER = re.compile(
    rf"""^(?:
        [-+•–]\s*(?=[{_UPPER}0-9"“(*])                   # "- Tổ chức", "+ Các thông số"
      | \d{{1,2}}(?:\.\d{{1,2}}){{0,4}}[.)]\s*(?=[{_UPPER}"“(*]) # "1. Ban", "1.2. Sở", "3) Báo cáo"
      | \d{{1,2}}(?:\.\d{{1,2}}){{1,4}}\s+(?=[{_UPPER}])          # "2.1 Tổ chức"
      | [a-zđ]\)(?:\s|$)                                  # "a) Tổ chức", "đ) hướng dẫn"
      | \((?:\d{{1,2}}|[a-zđ]|[ivx]{{1,5}})\)\s*(?=\S)      # "(1) Đảng uỷ …", "(ii) Báo cáo …"
      | [IVXLC]{{1,6}}\s*[.\-–)/]\s*(?=[{_UPPER}])           # "II. NHIỆM VỤ", "IV- TỔ CHỨC"
      | (?:Điều|Chương|Phần|Mục|PHẦN|CHƯƠNG|MỤC)\s+[0-9IVXLC]+\b  # "Điều 5.", "Chương II"
      | (?:PH[ỤU]\s*L[ỤU]C|Phụ\s+lục\s+[0-9IVX])\b         # "PHỤ LỤC I"
      | (?:Nơi\s+nhận|NƠI\s+NHẬN|Kính\s+gửi|KÍNH\s+GỬI)\b  # the recipients' block
      | (?:T/M|TM\.|KT\.|TL\.|Q\.\s)\s*[{_UPPER}]          # "TM. ỦY BAN NHÂN DÂN"
      | (?:Căn\s+cứ|Thực\s+hiện|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)\s   # a basis clause opens a block
    )""",
    re.VERBOSE,
)
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,4}|[IVXLC]{1,6})\s*[.)\-–]\s")
_LETTER_ITEM = re.compile(r"^(?:[a-zđ]\)|\((?:\d{1,2}|[a-zđ]|[ivx]{1,5})\))(?:\s|$)")
_LOWER_START = re.compile(rf"^[{_LOWER}]")
# A line that cannot end a block: it stops on a comma, an opening bracket or quote, a dash, or a
# word that needs what follows ("của", "và", "số", "ngày").
_OPEN_END = re.compile(r"(?:[,(“‘\[/–-]|\b(?:của|và|với|cho|các|những|số|ngày|tháng|năm|tại|về|theo|trong|để|là|thì|hoặc|được|bị|do|từ|đến|trên|dưới|giữa|qua|nhằm|như|gồm|có|thứ|khóa|khoá|lần)|\s[Ss]ố:?)$", re.IGNORECASE)
# A State plan's annotation line under an item: "Thời gian thực hiện:", "Đơn vị chủ trì:", "Cơ quan phối hợp:".
_LABEL_LINE = re.compile(r"^(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ|Đơn\s+vị|Cơ\s+quan)(?:\s+\S+){0,4}\s*:")
# "Thời gian thực hiện:", "Thời hạn hoàn thành:" closing a line: its value follows on the next
_TIME_LABEL_END = re.compile(r"(?:^|[.;]\s|^[-+•]\s)\s*(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ)(?:\s+\S+){0,3}\s*:$")
# "khoản 2", "điểm 2.2", "tiết a" ending a line: the larger part it belongs to follows ("Mục III …", "Điều 5 …")
_CITED_PART = re.compile(r"\b(?:khoản|điểm|tiết|mục|Mục)\s+[\w.]{1,6}$")
_CITED_NEXT = re.compile(r"^(?:Mục|Điều|Chương|Phần|khoản|điểm)\s+[0-9IVXLC]")
# The formula that opens a document's closing paragraph: never the middle of another.
_CLOSING_FORMULA = re.compile(r"^Trên\s+đây\s+là\b")
# Openers that are verbs at an item's start but also words inside names ("Cổng" + "Thông tin điện tử").
_NAME_WORD = re.compile(r"^(?:Thông\s+tin|Tổ\s+chức|Quản\s+lý|Phát\s+thanh|Xây\s+dựng|Bảo\s+vệ|Phòng\s+chống)\b")
_BASIS_WORD = re.compile(r"^(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị)\s")
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*"
# "(3) ", "(ii) ": a point numbered in brackets; written inside a paragraph after its sentence's end
_ENUM_START = re.compile(r"^\((?:\d{1,2}|[ivx]{1,4})\)")
_INLINE_ENUM = re.compile(r"\S[.;:][ \t]+\((?:\d{1,2}|[ivx]{1,4})\)[ \t]+\S")
# The words of _OPEN_END (its punctuation aside): a line ending on one is never an item's last line.
_OPEN_WORD = re.compile(r"\b(?:của|và|với|cho|các|những|số|tại|về|theo|trong|để|là|thì|hoặc|được|bị|do|từ|đến|"
                        r"nhằm|như|gồm)$", re.IGNORECASE)
_TERMINAL = ".;:!?"
_CLOSERS = "\"'”’)]*_ "


@dataclass(frozen=True)
class _Widths:
    """What a document's wrapping looks like."""

    wrapped: bool = False  # hard-wrapped at a width (portal, PDF, OCR), not one paragraph per line
    width: int = 0  # the wrap width of a full line
    fits: int = 0  # a line and the next word shorter than this would have been one line
    first_fits: int = 0  # the same for a block's first line (an indented first line stops short)
    inline_enums: bool = False  # points numbered "(1)", "(i)" stand inside paragraphs, after a sentence
    short_first: bool = False  # a block's first line is short (portal copies eat the indent)
    blank_paragraphs: bool = False  # blocks are separated by blank lines (portal markdown)


def lay_out(text: str) -> str:
    """The text with one block per line (blank lines kept where they separated blocks)."""
    lines = [line.rstrip() for line in text.split("\n")]
    segments = list(_segments(lines))
    widths = _measure(segments)
    out: list[str] = []
    full: set[int] = set()  # the blocks whose last line, as wrapped, filled the width
    for kind, seg in segments:
        if kind == "row":
            out.append("| " + " | ".join(seg) + " |")
        elif kind == "rule":
            out.extend(seg)
        elif kind == "break":
            if out and out[-1] != "":
                out.append("")
        else:
            for block, last in _blocks(seg, widths):
                if widths.wrapped and _width(last) >= widths.width - 12:
                    full.add(len(out))
                out.append(block)
    return "\n".join(_mend_page_breaks(out, widths, full))


# --- tables whose cells stand one per line ---------------------------------------------------------

def _segments(lines: list[str]):
    """("run", lines) for text between hard boundaries, ("cell", lines) for a cell of a letterhead or
    signature table, ("row", cells) for the rows of a data table, ("break", []) for a blank line, a
    rule or a cell boundary."""
    i, n = 0, len(lines)
    run: list[str] = []
    while i < n:
        stripped = lines[i].strip()
        if stripped == "|":
            if run:
                yield "run", run
                run = []
            end, cells_by_row = _table(lines, i)
            if _is_data_table(cells_by_row):
                for row in cells_by_row:
                    yield "row", [_cell_text(c) for c in row]
                yield "break", []
            else:
                for row in cells_by_row:
                    for cell in row:
                        yield "break", []
                        if cell:
                            yield "cell", cell
                yield "break", []
            i = end + 1
            continue
        if _RULE.match(_bare(stripped)):
            if run:  # "-----" under a heading or a title: a line of its own, no paragraph break
                yield "run", run
                run = []
            yield "rule", [stripped]
        elif not stripped or _EMPTY.match(stripped):
            if run:
                yield "run", run
                run = []
            yield "break", []
        else:
            run.append(stripped)
        i += 1
    if run:
        yield "run", run


def _table(lines: list[str], start: int) -> tuple[int, list[list[list[str]]]]:
    """From a "|" line: the rows of the table, each a list of cells, each a list of lines; and the
    index of the table's last "|" line. Two "|" lines in a row end one row and open the next; the
    table ends at a "|" followed by a blank line or the end."""
    rows: list[list[list[str]]] = []
    row: list[list[str]] = []
    cell: list[str] | None = None
    i, n = start, len(lines)
    while i < n:
        stripped = lines[i].strip()
        if stripped == "|":
            if cell is not None:
                if cell:
                    row.append(cell)
                elif row:  # "|" right after "|": the row ends here
                    rows.append(row)
                    row = []
            cell = []
            if i + 1 >= n or not lines[i + 1].strip():
                break
        elif not _EMPTY.match(stripped):
            cell.append(stripped)  # the table opens on a "|" line, so a cell is always open
        i += 1
    if cell:
        row.append(cell)  # text after the last "|" up to the end (footnotes after a signature table)
    if row:
        rows.append(row)
    return i, rows


def _is_data_table(rows: list[list[list[str]]]) -> bool:
    """A table of data (a task table, a list), not the letterhead's or the signature's two columns:
    its first row holds three or more cells, and so does another."""
    wide = sum(1 for row in rows if len(row) >= 3)
    return bool(rows) and len(rows[0]) >= 3 and wide >= 2


def _cell_text(cell: list[str]) -> str:
    return " ".join(part.replace("|", "/") for part in cell)


# --- how the document wraps ------------------------------------------------------------------------

def _measure(segments: list[tuple[str, list[str]]]) -> _Widths:
    """The wrap width (the longest ordinary line), whether first lines are short, and whether
    blank lines separate blocks — read off the runs of text, not the tables."""
    runs = [[_HEADING_HASHES.sub("", ln) if ln[:1] == "#" else ln for ln in seg]
            for kind, seg in segments if kind in ("run", "cell")]
    # each line's facts, read once: its width, and whether it opens in lower case (a continuation)
    info = [[(len(ln), _opens_lower(ln)) for ln in run] for run in runs]
    lengths = sorted(w for run in info for w, _ in run if w > 3)
    # Wrapped text stops mid-phrase, its sentence going on in lower case on the next line; one
    # paragraph per line almost never does.
    broken = sum(1 for run, facts in zip(runs, info) for i in range(1, len(run))
                 if facts[i][1] and run[i - 1].rstrip(_CLOSERS)[-1:] not in _TERMINAL and not run[i - 1].isupper())
    if len(lengths) < 4 or broken < max(2, 0.05 * len(lengths)):
        return _Widths()
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    width = max(x for x in lengths if x <= 1.15 * p90 + 2)  # the ceiling the wrapped lines pile under
    if width > 160:
        return _Widths()
    # A block's first line, when a lower-case continuation proves it wrapped: short ones mean the
    # copy ate an indent, so the width test cannot judge a first line.
    firsts: list[int] = []
    first_forced: list[int] = []  # what a block's first line plus the next word measured, where it wrapped
    forced: list[int] = []  # the same for lines inside a block
    loose: list[int] = []  # … and for any line, where too few lines inside blocks wrap
    after_blank = after_text = 0
    for r, (run, facts) in enumerate(zip(runs, info)):
        for i, line in enumerate(run):
            w, lower = facts[i]
            nxt_lower = i + 1 < len(run) and facts[i + 1][1]
            opens = not lower and _MARKER.match(_bare(line)) is not None
            if opens and i == 0 and r > 0:
                after_blank += 1
            elif opens and run[i - 1].rstrip(_CLOSERS)[-1:] in _TERMINAL:
                after_text += 1
            if not nxt_lower:
                continue
            wrap = w + 1 + len(_first_word(run[i + 1]))
            if w > width * 0.75:
                loose.append(wrap)
                if lower:
                    forced.append(wrap)
            if i == 0 or opens:
                firsts.append(w)
                if w > 0.6 * width:
                    first_forced.append(wrap)
    short = sum(1 for x in firsts if x < 0.75 * width)
    # Portal wrappers are not exact: a line of 82 characters stands next to a wrap that would have
    # made one of 80. The width test counts a word as fitting only below the narrowest wraps seen.
    # Measured on lines inside a block (after a lower-case continuation): a block's first line may be
    # indented, and is measured apart below.
    forced = sorted(forced if len(forced) >= 5 else loose)
    fits = min(width, forced[len(forced) // 10] - 1) if len(forced) >= 5 else width
    # A PDF of indented paragraphs ("thụt đầu dòng"): every first line stops a few characters short.
    # Only where the first lines' wraps sit clearly below the others' (by their medians) is that an indent.
    first_forced.sort()
    indented = (len(first_forced) >= 5 and len(forced) >= 5
                and first_forced[len(first_forced) // 2] <= forced[len(forced) // 2] - 4)
    first_fits = min(fits, first_forced[len(first_forced) // 10] - 1) if indented else fits
    inline = _INLINE_ENUM.search("\n".join(ln for run in runs for ln in run)) is not None
    return _Widths(wrapped=True, width=width, fits=fits, first_fits=first_fits, inline_enums=inline,
                   short_first=short >= max(2, 0.3 * len(firsts)),
                   blank_paragraphs=after_blank >= max(3, 2 * after_text))


def _opens_lower(line: str) -> bool:
    """The line goes on a sentence: it opens in lower case, and not as a lettered item ("a) …")."""
    bare = _bare(line)
    return bool(bare) and bare[0] in _LOWER_CHARS and not _LETTER_ITEM.match(bare)


# --- blocks from a run of lines --------------------------------------------------------------------

def _blocks(run: list[str], widths: _Widths) -> list[tuple[str, str]]:
    """Join the soft-wrapped lines of a run (lines with no blank line between them): each block with
    its last line as wrapped."""
    blocks: list[str] = []
    lasts: list[str] = []
    prev = ""  # the last line read, as wrapped
    first = True  # the current block holds one line so far
    emphasis = 0  # 1 while a bold or italic run opened in the current block is not closed
    for n, raw in enumerate(run):
        if widths.wrapped and _PAGE_NUMBER.match(raw):
            if len(run) == 1:
                blocks.append(raw)  # alone between blank lines: _mend_page_breaks reads it as a page's end
                lasts.append(raw)
            continue  # a page number between two halves of a paragraph
        line = _HEADING_HASHES.sub("", raw)
        if blocks and _soft(prev, line, blocks[-1], widths=widths, first=first, emphasis=emphasis,
                            last=n == len(run) - 1):
            blocks[-1] = f"{blocks[-1]} {line}"
            lasts[-1] = line
            first = False
            emphasis ^= _emphasis(line)
        else:
            blocks.append(line)
            lasts.append(line)
            first, emphasis = True, _emphasis(line)
        prev = line
    return list(zip(blocks, lasts))


def _emphasis(line: str) -> int:
    """1 when the line leaves a bold or italic run open."""
    bold = line.count("**")
    single = line.count("*") - 2 * bold
    return (bold + single) % 2


def _first_word(line: str) -> str:
    return line.lstrip("*_ ").split(" ", 1)[0]


def _bare(line: str) -> str:
    return line.strip("*_ ")


def _soft(prev: str, line: str, block: str, *, widths: _Widths, first: bool, emphasis: int, last: bool = False) -> bool:
    """Whether the break between ``prev`` and ``line`` is a wrap inside one block."""
    bare = _bare(line)
    prev_bare = prev.rstrip(_CLOSERS)
    if (widths.wrapped and bare[:1] in _LOWER_CHARS and bare[:1] and not prev_bare.isupper()
            and not _LETTER_ITEM.match(bare) and not _RULE.match(_bare(prev)) and not prev.lstrip().startswith("|")):
        return True  # the common case, decided as the rules below would: "… Ủy ban nhân" + "dân các tỉnh"
    if _RULE.match(bare) or _RULE.match(_bare(prev)):
        return False  # "Độc lập - Tự do - Hạnh phúc" + "---------------" in one cell
    if _type_line(prev_bare.strip("*_ ")) and prev_bare.strip("*_ ") == block.strip("*_ "):
        # "**CÔNG ĐIỆN**" + "VỀ VIỆC KHẨN TRƯƠNG …": the type stands alone above its title ("II. NỘI DUNG" +
        # "KẾ HOẠCH" is one heading wrapped, and takes what follows by the rules below)
        return False
    if line.lstrip().startswith("|") or (prev.lstrip().startswith("|") and prev.rstrip().endswith("|")):
        return False  # a markdown table's row is a line of its own: "| 1 | Tổ chức … | Ban Quản lý |"
    marker = (_MARKER.match(bare) is not None and not _continues(prev_bare, bare, block, widths)
              and not _inline_enumeration(prev, bare, widths))
    if emphasis and not marker:
        return True  # "**1. Ban" … "Quản lý các khu công nghệ cao**"
    if marker:
        return False
    lower = _LOWER_START.match(bare) is not None and not _LETTER_ITEM.match(bare)
    if not widths.wrapped:
        # One paragraph per line: only a paragraph broken across a page joins ("… nhiệm" + "kỳ …").
        return _continues_page(block, line)
    if _OPEN_END.search(prev_bare):
        return True  # "… theo Quyết định số" + "1627/QĐ-UBND …"
    if prev_bare.isupper() and _caps_heading(prev_bare) and not bare.isupper():
        return False  # "KẾ HOẠCH" + "tuyên truyền …": a title's lines
    if bare[:1] in ")]},;" or lower:
        return True  # "… Ủy ban nhân" + "dân các tỉnh"
    ended = prev_bare[-1:] in _TERMINAL
    if ended and bare.isupper() and _caps_heading(bare) and not prev_bare.isupper():
        return False  # a heading in capitals after a paragraph
    if block.count("(") > block.count(")"):
        return True  # inside a bracket: "(trong đó: … " + "Đắk Lắk, …)"
    if ended and _LABEL_LINE.match(bare):
        return False  # "… của tỉnh." + "Thời gian hoàn thành: Tháng 11 - 12/2025.": the item's time line
    if ended and (_CLOSING_FORMULA.match(bare) or (bare.endswith(":") and _short(line, widths) and last)):
        return False  # "… theo quy định." + "Trên đây là Kế hoạch …"; + "Một số vấn đề lưu ý:" (an intro of its own)
    if prev_bare.endswith(":") and _TIME_VALUE.match(bare) and len(bare.split()) <= 14 and not bare.endswith(":"):
        return True  # "1.2. Tuyên truyền đại hội …:" + "Từ tháng 02/2020 đến 30/6/2020": a label and its time
    if _TIME_LABEL_END.search(prev_bare):
        return True  # "… Thời gian thực hiện:" + "Hoàn thành trong quý II/2023.": the label's value
    if widths.blank_paragraphs:
        if last and prev_bare.endswith(":") and not line.rstrip(_CLOSERS).endswith(":"):
            return True  # "- Tổ giúp việc …:" + "Không quá 05 cá nhân;" closing the paragraph: the label's value
        return not (ended and _short(line, widths))
    if widths.short_first and (first or ended):
        # A short first line says nothing about the width, only its end does. After a block's end a
        # short line is the next block's first line (its indent eaten) — unless a colon opened a
        # list that this short line closes ("… trọng tâm là các tỉnh:" + "Đắk Lắk, …, Lâm Đồng:").
        if first and not ended:
            return True
        if prev_bare.endswith(":") and line.rstrip(_CLOSERS)[-1:] in _TERMINAL:
            return True
        return not _short(line, widths)
    if not ended and _width(prev) >= widths.width - 8 and not _NUMBERED.match(_bare(block)):
        # a full line that stops mid-sentence: "… Quảng Ngãi, Gia" + "Lai, Đắk Lắk, …" (a numbered
        # heading may stop there: "1.6. Tổ chức các hoạt động văn hóa, văn nghệ, thể thao" + "Giao …")
        return True
    if first and ACTION_START.match(bare) and not _NAME_WORD.match(bare) and _unit_heading(block):
        return False  # "1. Ban Tuyên giáo Tỉnh uỷ, cơ quan Thường trực Ban Chỉ đạo" + "Thường xuyên theo dõi …"
    if _width(prev) + 1 + _width(_first_word(line)) <= (widths.first_fits if first else widths.fits):
        return False  # the word would have fitted: the writer broke the line here
    return True


# A time said after a label's colon: "Thời gian thực hiện:" + "Từ tháng 11/2025 …", "Tháng 12/2025".
_TIME_VALUE = re.compile(r"^(?:Từ\s+(?:ngày|tháng|năm|quý|nay)|Trước\s+ngày|Chậm\s+nhất|Trong\s+(?:tháng|năm|quý)|"
                         r"Tháng\s+\d|Ngày\s+\d|Năm\s+\d|Quý\s+[IV1-4]|Hằng\s+(?:năm|tháng|quý)|Thường\s+xuyên|\d{1,2}/\d)")


def _caps_heading(text: str) -> bool:
    """A line in capitals that reads as a heading or title, not a wrapped "XIV." or "UBND"."""
    return len(text.split()) >= 2


# The second halves of names joined by a dash, which a wrap can push to the next line:
# "Bộ Lao động" + "- Thương binh và Xã hội", "Công nghiệp" + "- Viễn thông Quân đội".
_NAME_HALVES = re.compile(r"^[-–]\s*(?:Thương\s+binh|Viễn\s+thông|Xã\s+hội|Thể\s+thao|Du\s+lịch|Tự\s+do|Hạnh\s+phúc|"
                          r"Môi\s+trường|Kỹ\s+thuật|Công\s+nghệ|Đào\s+tạo)\b")
# Words after which a Roman numeral is a number, not a heading: "lần thứ" + "XIV. Đăng tải …".
_NUMERAL_TAKER = re.compile(r"(?:thứ|khóa|khoá|kỳ|Đại\s+hội|Hội\s+nghị|Kỳ\s+họp|Chương|Phần|Mục)$", re.IGNORECASE)
_ROMAN_START = re.compile(r"^[IVXLC]+\b")


def _continues(prev: str, line: str, block: str, widths: _Widths) -> bool:
    """A marker-like start that continues the line before: a dash inside a name or a range pushed
    to the next line ("(3/2/1930" + "- 3/2/2020)"), a Roman numeral after "lần thứ"."""
    if prev.endswith(":") and _BASIS_WORD.match(line) and _NUMBERED.match(_bare(block)):
        return True  # "3. Các cơ quan, đơn vị thuộc tỉnh:" + "Căn cứ chức năng, nhiệm vụ …": the label's work
    if not prev or prev[-1:] in _TERMINAL:
        return False
    if _ROMAN_START.match(line) and _NUMERAL_TAKER.search(prev):
        return True
    if widths.wrapped and _citation_goes_on(prev, line):
        return True  # "… nội dung khoản 2" + "Mục III Hướng dẫn số 01-HD/BTCTU."
    if widths.wrapped and _OPEN_WORD.search(prev):
        return True  # "… theo quy định tại" + "Điều 102 Luật Lâm nghiệp": no item starts after "tại"
    if not widths.wrapped or line[:1] not in "-–":
        return False
    if _NAME_HALVES.match(line) or block.count("(") > block.count(")") or block.count("“") > block.count("”"):
        return True  # inside a bracket or a quotation: "“Vì người nghèo" + "- Không để ai bị bỏ lại phía sau”"
    # "… nhiệm kỳ 2025" + "- 2030, …": a range, where the dash could not have fitted on the line
    return line[1:].lstrip()[:1].isdigit() and len(prev) + 2 > widths.width


def _type_line(text: str) -> bool:
    """A line that is a document's type in capitals and nothing more: "KẾ HOẠCH", "THÔNG BÁO"."""
    return 4 <= len(text) <= 30 and text.isupper() and fold(text) in TYPE_WORDS


def _unit_heading(block: str) -> bool:
    """A numbered heading that is a unit's name and nothing more: the items under it are its work."""
    m = _NUMBERED.match(_bare(block))
    return bool(m) and not block.rstrip(_CLOSERS).endswith(":") and unit_only(_bare(block)[m.end():].strip())


def _citation_goes_on(prev: str, line: str) -> bool:
    return bool(_CITED_PART.search(prev) and _CITED_NEXT.match(line))


def _inline_enumeration(prev: str, line: str, widths: _Widths) -> bool:
    """ "… cấp xã." + "(3) Làm rõ …" where the document numbers points inside its paragraphs ("…; (2) Xây
    dựng …") and "(3)" would not have fitted on the full line before: a wrap, not an item."""
    m = _ENUM_START.match(line)
    return bool(m and widths.inline_enums and _width(prev) + 1 + len(m.group(0)) > widths.fits)


def _short(line: str, widths: _Widths) -> bool:
    return _width(line) < 0.75 * widths.width


def _width(line: str) -> int:
    """A line's length as the wrapper counted it (emphasis marks included: wrappers of markdown
    count them)."""
    return len(line)


def _mend_page_breaks(lines: list[str], widths: _Widths, full: set[int] = frozenset()) -> list[str]:
    """Join a paragraph broken across a page: "… nhiệm" + "" + "kỳ 2020 – 2025 …" is one block.

    Only a block that ends mid-sentence and a continuation in lower case (not an item) are joined,
    however many blank lines stand between them; headings in capitals never are. The same test as
    for lines next to each other, so a second pass over the result changes nothing."""
    out: list[str] = []
    blanks = 0
    paged = False  # a page number stood in the gap
    last_full = False  # the block before the gap filled its last line
    for i, line in enumerate(lines):
        if not line or (len(line) <= 12 and _PAGE_NUMBER.match(line)):
            blanks += 1
            paged = paged or bool(line)
            continue
        if out and (_continues_page(out[-1], line)
                    or (blanks and _continues_over_page(out[-1], line, paged and last_full))):
            out[-1] = f"{out[-1]} {line}"
        else:
            if blanks and out:
                out.append("")
            out.append(line)
        last_full = i in full
        blanks = 0
        paged = False
    return out


def _continues_over_page(block: str, line: str, full_at_page: bool) -> bool:
    """A block cut mid-phrase ("… của" + "" + "Tỉnh ủy …"), or a block that filled its last line before a
    page number ("… Đảng Cộng sản" + "5" + "Việt Nam (3/2/1930 …"), goes on after the gap whatever its
    case — unless the next line is an item, a rule or a heading in capitals."""
    end = block.rstrip(_CLOSERS)
    bare = _bare(line)
    if (not end or end[-1:] in ":;!?" or end.isupper() or block.startswith("|") or line.startswith("|")
            or line[:1] in _FOOTNOTE_MARKS
            or _MARKER.match(bare) or _RULE.match(bare) or (bare.isupper() and len(bare.split()) > 1)
            or _LABEL_LINE.match(bare)):
        return False
    if end[-1:] == ".":
        # a sentence's end on a full line just before a page number: a justified paragraph's last line
        # is rarely full, so the paragraph most likely goes on over the page
        return full_at_page
    return bool(_OPEN_WORD.search(end)) or full_at_page


def _continues_page(block: str, line: str) -> bool:
    bare = _bare(line)
    if bare[:1] not in _LOWER_CHARS or not bare or len(block) <= 40 or _LETTER_ITEM.match(bare):
        return False  # the cheap tests first: most lines open with a capital or a marker
    end = block.rstrip(_CLOSERS)
    return end[-1:] not in _TERMINAL and not end.isupper() and not block.startswith("|")
