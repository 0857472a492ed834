"""Legacy Vietnamese fonts in a .docx: runs typed in .VnTime (TCVN3/ABC; .VnTimeH its capitals)
or VNI-Times hold font codes, not Unicode. The font is resolved as Word does: the run, its
character style, the paragraph style chain, the default paragraph style, the document defaults."""
from __future__ import annotations

from functools import lru_cache

from docx.oxml.ns import qn

from loaders.legacy_encodings import from_font

_FONT_ATTRS = (qn("w:hAnsi"), qn("w:ascii"))  # letters past ASCII are drawn in the hAnsi font
_VAL = qn("w:val")


def _rfonts_name(rpr) -> str | None:
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if fonts is None:
        return None
    return next((fonts.get(attr) for attr in _FONT_ATTRS if fonts.get(attr)), None)


class RunFonts:
    """Converts the text of runs typed in a legacy font; remembers which fonts it met."""

    def __init__(self, document) -> None:
        styles = document.styles.element
        self._styles = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
        self._default_paragraph = next((sid for sid, s in self._styles.items()
                                        if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true")),
                                       None)
        defaults = styles.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        self._document_font = _rfonts_name(rpr_default.find(qn("w:rPr"))) if rpr_default is not None else None
        self.legacy_fonts: set[str] = set()
        self._style_font = lru_cache(maxsize=None)(self._style_font_uncached)

    def text(self, run, text: str, paragraph_style: str | None) -> str:
        font = self._font(run, paragraph_style)
        if not font or not text:
            return text
        name = font.strip()
        if name.lower().startswith(".vn"):
            self.legacy_fonts.add(name)
            return from_font(text, "tcvn3", capitals=name.endswith("H"))
        if name.upper().startswith(("VNI-", "VNI ")):
            self.legacy_fonts.add(name)
            return from_font(text, "vni")
        return text

    def _font(self, run, paragraph_style: str | None) -> str | None:
        rpr = run.find(qn("w:rPr"))
        if (direct := _rfonts_name(rpr)) is not None:
            return direct
        run_style = rpr.find(qn("w:rStyle")) if rpr is not None else None
        for style_id in (run_style.get(_VAL) if run_style is not None else None,
                         paragraph_style, self._default_paragraph):
            if style_id and (font := self._style_font(style_id)) is not None:
                return font
        return self._document_font

    def _style_font_uncached(self, style_id: str) -> str | None:
        seen: set[str] = set()
        while style_id and style_id not in seen:  # basedOn chains; guard against loops
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return None
            if (font := _rfonts_name(style.find(qn("w:rPr")))) is not None:
                return font
            based = style.find(qn("w:basedOn"))
            style_id = based.get(_VAL) if based is not None else None
        return None
