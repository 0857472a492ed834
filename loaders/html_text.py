"""The visible text of an HTML page: block elements end lines, tables become pipe rows or, for
page-layout tables, plain lines (see loaders.tables); script/style/head are dropped.
Standard library only (html.parser)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from loaders.tables import Row, table_lines

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "ul", "caption",
})
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template", "svg", "title"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# Word's saved HTML wraps list bullets in "<![if !supportLists]>…<![endif]>": markers, not text.
_WORD_CONDITIONAL = re.compile(r"<!\[(?:if\b[^\]>]*|endif)\]>", re.I)
# html.parser asserts on any other "<![" that opens no CDATA section: escape it as text.
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)")


class _Table:
    """One open <table>: its finished rows, the row and cell being read."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.row: Row | None = None
        self.cell: list[str] | None = None  # the cell's finished lines
        self.line: list[str] = []           # the cell's current line

    def end_cell(self) -> None:
        if self.cell is not None:
            self.cell.append(_SPACES.sub(" ", "".join(self.line)).strip())
            (self.row if self.row is not None else self._new_row()).append(self.cell)
        self.cell, self.line = None, []

    def end_row(self) -> None:
        self.end_cell()
        if self.row is not None:
            self.rows.append(self.row)
        self.row = None

    def _new_row(self) -> Row:
        self.row = []
        return self.row


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._hidden = 0
        self._pre = 0
        self._tables: list[_Table] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
            return
        table = self._tables[-1] if self._tables else None
        if tag == "table":
            self._tables.append(_Table())
        elif table is not None and tag == "tr":
            table.end_row()
            table.row = []
        elif table is not None and tag in ("td", "th"):
            table.end_cell()
            table.cell = []
        elif tag in _BLOCKS:
            self._break()
        if tag == "pre":
            self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:  # <br/>, <hr/>: no content, no end tag
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
            return
        table = self._tables[-1] if self._tables else None
        if tag == "table" and table is not None:
            table.end_row()
            self._tables.pop()
            self._break()
            self._emit(table_lines(table.rows, nested=bool(self._tables)))
        elif table is not None and tag == "tr":
            table.end_row()
        elif table is not None and tag in ("td", "th"):
            table.end_cell()
        elif tag in _BLOCKS:
            self._break()
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden or (self._tables and self._tables[-1].cell is None and not data.strip()):
            return  # hidden, or the white space between table tags
        if self._pre and not self._tables:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self._break(force=True)
                self._line.append(piece)
        else:
            self._current().append(data if self._pre else _SPACES.sub(" ", data))

    def _current(self) -> list[str]:
        """Where text goes now: the open cell's line, or the page's line."""
        if self._tables:
            table = self._tables[-1]
            if table.cell is None:  # text between cells: keep it in a cell of its own
                table.cell = []
            return table.line
        return self._line

    def _emit(self, lines: list[str]) -> None:
        """Finished lines (a closed table) go into the enclosing cell, or onto the page."""
        if self._tables:
            table = self._tables[-1]
            if table.cell is None:
                table.cell = []
            table.cell.extend(lines)
        else:
            self.lines.extend(lines)

    def _break(self, *, force: bool = False) -> None:
        if self._tables:  # a block inside a cell: a new line within the cell
            table = self._tables[-1]
            if table.cell is not None and (text := _SPACES.sub(" ", "".join(table.line)).strip()):
                table.cell.append(text)
            table.line = []
            return
        line = "".join(self._line)
        line = line if self._pre else line.strip()
        if line or force:
            self.lines.append(line)
        self._line = []

    def close(self) -> None:
        super().close()
        while self._tables:  # unclosed tables at the end of a broken page
            self.handle_endtag("table")
        self._break()


def html_to_text(html: str) -> str:
    """Visible text, one block per line; tables as pipe rows, or as lines for layout tables."""
    parser = _Visible()
    parser.feed(_MARKED_SECTION.sub("&lt;![", _WORD_CONDITIONAL.sub("", html)))
    parser.close()
    return "\n".join(parser.lines)
