"""The visible text of an HTML page: block elements end lines, table rows become markdown pipe
rows, script/style/head are dropped. Standard library only (html.parser)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "ul", "caption",
})
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template", "svg"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# Word's saved HTML wraps list bullets in "<![if !supportLists]>…<![endif]>": markers, not text.
_WORD_CONDITIONAL = re.compile(r"<!\[(?:if\b[^\]>]*|endif)\]>", re.I)
# html.parser asserts on any other "<![" that opens no CDATA section: escape it as text.
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._hidden = 0
        self._pre = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._rows_in_table: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")
        elif tag in _BLOCKS and self._cell is None:
            self._break()
        if tag == "pre":
            self._pre += 1
        if tag == "table":
            self._rows_in_table.append(0)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:  # <br/>, <hr/>: no content, no end tag
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = _SPACES.sub(" ", "".join(self._cell)).strip().replace("|", "\\|")
            self._row.append(text)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self._emit_row()
        elif tag in _BLOCKS and self._cell is None:
            if tag == "table" and self._rows_in_table:
                self._rows_in_table.pop()
            self._break()
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self._break(force=True)
                self._line.append(piece)
        else:
            self._line.append(_SPACES.sub(" ", data))

    def _emit_row(self) -> None:
        if self._cell is not None:  # an unclosed <td> before </tr>
            self.handle_endtag("td")
        row, self._row = self._row or [], None
        if not any(row):
            return
        self._break()
        self.lines.append("| " + " | ".join(row) + " |")
        if self._rows_in_table and self._rows_in_table[-1] == 0:
            self.lines.append("|" + "---|" * len(row))
        if self._rows_in_table:
            self._rows_in_table[-1] += 1

    def _break(self, *, force: bool = False) -> None:
        line = "".join(self._line)
        line = line if self._pre else line.strip()
        if line or force:
            self.lines.append(line)
        self._line = []

    def close(self) -> None:
        super().close()
        if self._row is not None:
            self._emit_row()
        self._break()


def html_to_text(html: str) -> str:
    """Visible text, one block per line; tables as "| a | b |" rows with a header rule."""
    parser = _Visible()
    parser.feed(_MARKED_SECTION.sub("&lt;![", _WORD_CONDITIONAL.sub("", html)))
    parser.close()
    return "\n".join(parser.lines)
