"""Word's automatic list numbers ("1.", "1.2.", "a)", bullets) as text: they live in
numbering.xml, not in the paragraph, yet the outline of a plan ("1. Nhiệm vụ cụ thể") needs them."""
from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

_W_VAL = qn("w:val")


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str       # decimal, lowerLetter, upperRoman, bullet, none …
    text: str      # "%1.", "%1.%2.", "%3)"


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out += digits * count
    return out


def _letters(n: int) -> str:
    # Word's lowerLetter: a … z, then aa, bb … (the letter repeated), not spreadsheet columns.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(_W_VAL) if child is not None else default


class ListNumbers:
    """Counts list items through one document body and renders each item's label."""

    def __init__(self, document) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._num: dict[str, str] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        self._counts: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        self._styles = {style.get(qn("w:styleId")): style
                        for style in document.styles.element.findall(qn("w:style"))}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return  # no numbering part: no automatic numbers
        for abstract in numbering.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                    int(_val(lvl, "w:start", "1") or 1), _val(lvl, "w:numFmt", "decimal") or "decimal",
                    _val(lvl, "w:lvlText", "") or "")
            self._abstract[abstract.get(qn("w:abstractNumId"))] = levels
        for num in numbering.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            self._num[num_id] = _val(num, "w:abstractNumId") or ""
            self._overrides[num_id] = {
                int(o.get(qn("w:ilvl"), "0")): int(_val(o, "w:startOverride", "1") or 1)
                for o in num.findall(qn("w:lvlOverride")) if o.find(qn("w:startOverride")) is not None}

    def label(self, paragraph) -> str:
        """The label Word shows before this paragraph ("2.", "1.3.", "b)", "-"), or ""."""
        num_id, ilvl = self._reference(paragraph)
        if not num_id or num_id == "0" or num_id not in self._num:
            return ""
        abstract_id = self._num[num_id]
        levels = self._abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counts = self._counts.setdefault(abstract_id, {})
        if num_id not in self._started:  # a w:num with a startOverride restarts the shared list
            self._started.add(num_id)
            for lvl, start in self._overrides.get(num_id, {}).items():
                counts[lvl] = start - 1
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a new parent item restarts its children
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""
        text = level.text
        for k in range(ilvl, -1, -1):  # %10 is no level: replace the high placeholders first
            lvl = levels.get(k)
            shown = _format(counts.get(k, lvl.start if lvl else 1), lvl.fmt if lvl else "decimal")
            text = text.replace(f"%{k + 1}", shown)
        return text

    def _reference(self, paragraph) -> tuple[str | None, int]:
        """(numId, level) from the paragraph, else from its style chain (the level may still be its own)."""
        ppr = paragraph.find(qn("w:pPr"))
        own = ppr.find(qn("w:numPr")) if ppr is not None else None
        own_level = _val(own, "w:ilvl")
        if (num_id := _val(own, "w:numId")) is not None:
            return num_id, int(own_level or 0)
        style_id, seen = _val(ppr, "w:pStyle"), set()
        while style_id and style_id not in seen:  # basedOn chains; guard against loops
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            spr = style.find(qn("w:pPr"))
            inherited = spr.find(qn("w:numPr")) if spr is not None else None
            if (num_id := _val(inherited, "w:numId")) is not None:
                return num_id, int(own_level or _val(inherited, "w:ilvl", "0") or 0)
            style_id = _val(style, "w:basedOn")
        return None, 0
