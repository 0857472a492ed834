"""A .docx body as text in document order: one line per paragraph, tables as markdown pipe rows
(so a State "Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện" table stays readable)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from loaders.docx_numbering import ListNumbers

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")


def docx_to_text(path: str | Path) -> str:
    """Paragraphs and tables of the main body; headers, footers and footnotes are left out."""
    document = docx.Document(str(path))
    return "\n".join(_lines(document.element.body, document, ListNumbers(document)))


def _lines(container, parent, numbers: ListNumbers) -> Iterator[str]:
    for child in container.iterchildren():
        if child.tag == _P:
            text = Paragraph(child, parent).text
            label = numbers.label(child)
            yield f"{label} {text}" if label and text.strip() else text
        elif child.tag == _TBL:
            yield ""
            yield from _table_rows(Table(child, parent), numbers)
            yield ""
        elif child.tag == _SDT:  # content controls wrap ordinary paragraphs and tables
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _lines(content, parent, numbers)


def _table_rows(table: Table, numbers: ListNumbers) -> Iterator[str]:
    for index, row in enumerate(table.rows):
        cells, seen = [], set()
        for cell in row.cells:
            # A horizontally merged cell comes back once per grid column it spans: keep one.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell, numbers))
        yield "| " + " | ".join(cells) + " |"
        if index == 0:
            yield "|" + "---|" * len(cells)


def _cell_text(cell, numbers: ListNumbers) -> str:
    """A cell on one line: its paragraphs (and nested tables) joined by spaces, pipes escaped."""
    parts = [line.strip() for line in _lines(cell._tc, cell, numbers) if line.strip()]
    return " ".join(parts).replace("|", "\\|").replace("\n", " ")
