"""Tables of .docx and .html documents as text. A data table (the State "Đơn vị chủ trì | Đơn vị
phối hợp | Thời gian thực hiện" table) becomes markdown pipe rows; a page-layout table (the
header block "TỈNH ỦY … | ĐẢNG CỘNG SẢN VIỆT NAM", the signature block "Nơi nhận: | T/M BAN
THƯỜNG VỤ") becomes plain lines, cell after cell, as the header extractor reads them."""
from __future__ import annotations

import re

from graph.folding import fold

Cell = list[str]  # the cell's lines
Row = list[Cell]

# Folded phrases of the header and signature blocks that layout tables hold.
_LAYOUT = re.compile(r"""
      ^so\b\s*:?\s*\d                        # "Số: 982/KH-UBND", "Số 413-KH/TU"
    | \bngay\s+\d{1,2}\s+thang\s+\d{1,2}     # "Cao Bằng, ngày 13 tháng 12 năm 2019"
    | cong\s+hoa\s+xa\s+hoi                  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    | dang\s+cong\s+san\s+viet\s+nam         # "ĐẢNG CỘNG SẢN VIỆT NAM"
    | doc\s+lap\s*-\s*tu\s+do                # "Độc lập - Tự do - Hạnh phúc"
    | ^noi\s+nhan                            # "Nơi nhận:"
    | ^(?:t/m|k/t|tm\.|kt\.|q\.)\s           # "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"
    """, re.VERBOSE | re.MULTILINE)
# Folded column headings of data tables: such a table is data even with a layout phrase inside.
_DATA = re.compile(r"^(?:stt|tt|noi dung|don vi|thoi gian|nhiem vu|san pham|ghi chu)\b")


def is_layout(rows: list[Row]) -> bool:
    """A short table holding a header or signature phrase, with no data-table column headings."""
    if not rows or len(rows) > 4:
        return False
    if any(_DATA.match(fold(" ".join(cell))) for cell in rows[0]):
        return False
    return any(_LAYOUT.search(fold(line)) for row in rows for cell in row for line in cell)


def table_lines(rows: list[Row], *, nested: bool = False) -> list[str]:
    """The table as text lines: plain lines for layout, pipe rows (with a rule under the first)
    for data; a table nested in a cell gives one line per row, its cells joined by "; "."""
    rows = [row for row in rows if any(line.strip() for cell in row for line in cell)]
    if not rows:
        return []
    if is_layout(rows):
        return [line for row in rows for cell in row for line in cell if line.strip()]
    if nested:
        return ["; ".join(text for cell in row if (text := " ".join(l.strip() for l in cell if l.strip())))
                for row in rows]
    lines = []
    for index, row in enumerate(rows):
        cells = [" ".join(line.strip() for line in cell if line.strip()).replace("|", "\\|") for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "---|" * len(cells))
    return lines
