"""Re-lay a document the ways real copies arrive, for the layout-invariance tests: hard-wrapped at a
width, with or without blank lines between paragraphs (portal markdown / PDF text layer), page
numbers between pages, emphasis markers around headings and inside sentences, and the first line of
a paragraph shortened by an indent the converter ate.

The input is read through ``normalise`` first (one block per line), so the same function re-lays the
seeds (one paragraph per line) and the hard-wrapped devset texts alike. Table rows stay whole: a
portal keeps a markdown row on one line.
"""
from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass

from loaders.normalise import normalise


@dataclass(frozen=True)
class Layout:
    width: int = 80  # the wrap width, 60–100
    blank: bool = False  # a blank line between paragraphs (portal markdown)
    pages: bool = False  # a page number every 40 lines (PDF text layer, OCR)
    emphasis: bool = False  # "**…**" around headings, "*…*" across a few words of long paragraphs
    indent: int = 0  # the first line of a paragraph is this much shorter

    def __str__(self) -> str:
        parts = [f"w{self.width}", "blank" if self.blank else "dense"]
        parts += ["pages"] * self.pages + ["emphasis"] * self.emphasis + ([f"indent{self.indent}"] if self.indent else [])
        return "-".join(parts)


def relay(text: str, layout: Layout) -> str:
    rnd = random.Random(layout.width)  # the same layout marks the same words
    out: list[str] = []
    for block in normalise(text).split("\n"):
        if not block.strip():
            continue
        if block.startswith("|"):
            out.append(block)
        else:
            out.extend(_wrap(_emphasise(block, rnd) if layout.emphasis else block, layout))
        if layout.blank:
            out.append("")
    if layout.pages:
        paged: list[str] = []
        for i, line in enumerate(out, 1):
            paged.append(line)
            if i % 40 == 0:
                number = str(i // 40 + 1)
                paged.extend(["", number, ""] if layout.blank else [number])
        out = paged
    return "\n".join(out) + "\n"


def _wrap(block: str, layout: Layout) -> list[str]:
    lines = textwrap.wrap(block, width=layout.width, initial_indent=" " * layout.indent,
                          break_long_words=False, break_on_hyphens=False)
    if lines:
        lines[0] = lines[0].lstrip()
    return lines


def _emphasise(block: str, rnd: random.Random) -> str:
    heading = block.isupper() or block.split(" ", 1)[0].rstrip(".").replace(".", "").isdigit() and len(block) < 90
    if heading:
        return f"**{block}**"
    words = block.split(" ")
    if len(words) > 12 and rnd.random() < 0.3:
        i = rnd.randrange(2, len(words) - 4)
        words[i], words[i + 2] = "*" + words[i], words[i + 2] + "*"
    return " ".join(words)
