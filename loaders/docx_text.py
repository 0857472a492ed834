"""A .docx body as text in document order: one line per paragraph (with Word's list numbers),
data tables as markdown pipe rows, header/signature layout tables as lines (see loaders.tables)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table

from loaders.docx_fonts import RunFonts
from loaders.docx_numbering import ListNumbers
from loaders.tables import table_lines

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_T, _TAB, _BR, _CR, _HYPHEN = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
_TEXTBOX, _R, _PPR, _PSTYLE = qn("w:txbxContent"), qn("w:r"), qn("w:pPr"), qn("w:pStyle")
# Deleted revisions are not text; a drawing's VML fallback repeats its DrawingML text box.
_SKIP = frozenset({qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"),
                   "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"})


class _Reader:
    """What one body needs while it is read: list counters and the legacy-font converter."""

    def __init__(self, document) -> None:
        self.numbers = ListNumbers(document)
        self.fonts = RunFonts(document)


def docx_to_text(path: str | Path) -> tuple[str, list[str]]:
    """Paragraphs and tables of the main body (headers, footers and footnotes are left out),
    and the legacy fonts (.VnTime, VNI-Times) whose runs were converted to Unicode."""
    document = docx.Document(str(path))
    reader = _Reader(document)
    text = "\n".join(_lines(document.element.body, document, reader))
    return text, sorted(reader.fonts.legacy_fonts)


def _lines(container, parent, reader: _Reader, *, nested: bool = False) -> Iterator[str]:
    for child in container.iterchildren():
        if child.tag == _P:
            boxes: list = []
            ppr = child.find(_PPR)
            style = ppr.find(_PSTYLE) if ppr is not None else None
            text = "".join(_run_text(child, boxes, reader, style.get(qn("w:val")) if style is not None else None))
            label = reader.numbers.label(child)
            yield f"{label} {text}" if label and text.strip() else text
            for box in boxes:  # text boxes anchored in the paragraph, as lines after it
                yield from _lines(box, parent, reader, nested=nested)
        elif child.tag == _TBL:
            yield ""
            yield from _table_rows(Table(child, parent), reader, nested=nested)
            yield ""
        elif child.tag == _SDT:  # content controls wrap ordinary paragraphs and tables
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _lines(content, parent, reader, nested=nested)


def _run_text(element, boxes: list, reader: _Reader, style: str | None) -> Iterator[str]:
    """The paragraph's visible characters, tracked insertions, fields and smart tags included
    (python-docx's Paragraph.text reads only direct runs and hyperlinks)."""
    for child in element.iterchildren():
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):  # comments and processing instructions too
            continue
        if tag == _T:
            yield child.text or ""
        elif tag == _TAB:
            yield "\t"
        elif tag in (_BR, _CR):
            yield "\n"
        elif tag == _HYPHEN:
            yield "-"
        elif tag == _TEXTBOX:
            boxes.append(child)
        elif tag == _R:
            yield reader.fonts.text(child, "".join(_run_text(child, boxes, reader, style)), style)
        else:
            yield from _run_text(child, boxes, reader, style)


def _table_rows(table: Table, reader: _Reader, *, nested: bool) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # A horizontally merged cell comes back once per grid column it spans: keep one.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(list(_lines(cell._tc, cell, reader, nested=True)))
        rows.append(cells)
    return table_lines(rows, nested=nested)
