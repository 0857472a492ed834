"""Layout invariance: the seeds and the devset documents re-laid as real copies arrive (tests/layouts.py)
give the same tasks — folded text, leads, deadlines — as their own layout.

Two tests. A grid of six layouts per document must agree exactly, except the pairs listed in
KNOWN_DIFFERENCES (each a break the text alone cannot decide: a sentence ending on a full line before
a capitalised paragraph, a page break inside a table); the list may only shrink. A property test over
any width 60–100, blank lines or none, page numbers, emphasis and eaten indents holds every document
to a floor of agreement, so no layout makes the extractor lose most of a document.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.folding import fold
from loaders.pipeline import extract_text
from tests.layouts import Layout, relay

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = {p.name[:14]: p for p in [*sorted((ROOT / "planlink" / "samples").glob("*.txt")),
                                      *sorted((ROOT / "tests" / "data" / "devset" / "raw").glob("*.txt"))]}

GRID = [
    Layout(width=80, blank=True, emphasis=True, indent=30),  # portal markdown, its first lines short
    Layout(width=66, blank=True, indent=20),
    Layout(width=100, emphasis=True),  # a wide text layer
    Layout(width=60, pages=True),  # a narrow PDF text layer with page numbers
    Layout(width=72, blank=True, pages=True),
    Layout(width=90, pages=True, emphasis=True, indent=8),  # indented paragraphs
]

# (document, layout) pairs whose tasks differ today, each for a reason the text alone cannot settle.
KNOWN_DIFFERENCES: set[tuple[str, str]] = {
    # a sentence ends on a line the next word would not have fitted, and the next paragraph opens with a
    # capital: "… theo quy định." + "Trên cơ sở …" reads as one paragraph
    ("c01_bct-127-kl", "w100-dense-emphasis"),  # "… Ban Bí thư" + "Theo TTXVN" (a source credit)
    ("s06_thanhhoa-2", "w100-dense-emphasis"),  # "… 06 mẫu/năm" + "(chi tiết tại phụ lục …)" (its own paragraph)
    ("s06_thanhhoa-2", "w60-dense-pages"),
    ("l07_hcm-ubnd-c", "w60-dense-pages"),  # "… Thành phố;" + "Một số vấn đề lưu ý:"
    ("l07_hcm-ubnd-c", "w90-dense-pages-emphasis-indent8"),
    ("004_c8534f40af", "w90-dense-pages-emphasis-indent8"),  # "… ngày 28/6/1909." + "Quá trình xây dựng …"
    ("s06_thanhhoa-2", "w90-dense-pages-emphasis-indent8"),
    # an indented first line one character short of the first lines' measured width: "… Việt" + "Nam, …"
    ("000_be368ab34b", "w90-dense-pages-emphasis-indent8"),
    # a page number after a line that is not full: "… như sau." + page + "Thực hiện …" may go on or not
    ("001_3d58be2be9", "w72-blank-pages"),
    ("c07_ttg-234-cd", "w72-blank-pages"),
    ("s06_thanhhoa-2", "w72-blank-pages"),  # "… Ammonia tổng cộng" + page + "(NH4+-N), …"
}

Fact = tuple[str, tuple[str, ...], tuple[object, ...]]


def facts(text: str, name: str) -> list[Fact]:
    return [(fold(t.text), tuple(sorted(u.canonical for u in t.lead)),
             (t.deadline.kind, t.deadline.due, t.deadline.start, t.deadline.rule, t.deadline.offset_days))
            for t in extract_text(text, source=name).tasks]


@lru_cache(maxsize=None)
def original(key: str) -> tuple[Fact, ...]:
    path = DOCUMENTS[key]
    return tuple(facts(path.read_text(encoding="utf-8"), path.name))


def relaid(key: str, layout: Layout) -> list[Fact]:
    path = DOCUMENTS[key]
    return facts(relay(path.read_text(encoding="utf-8"), layout), path.name)


def test_the_documents_are_there() -> None:
    assert len(DOCUMENTS) == 22
    assert all(original(key) for key in DOCUMENTS)


@pytest.mark.parametrize("layout", GRID, ids=str)
def test_grid_layouts_give_the_same_tasks(layout: Layout) -> None:
    differ = {key for key in DOCUMENTS if relaid(key, layout) != list(original(key))}
    known = {key for key, name in KNOWN_DIFFERENCES if name == str(layout)}
    assert not differ - known, f"{layout}: tasks differ for {sorted(differ - known)}"
    assert not known - differ, f"{layout}: now the same, remove from KNOWN_DIFFERENCES: {sorted(known - differ)}"


def _agreement(a: list[Fact], b: list[Fact]) -> float:
    same = sum(1 for fact in b if fact in a)
    return same / max(len(a), len(b), 1)


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    blank = draw(st.booleans())
    # a portal eats long indents; a PDF text layer keeps the first line a few characters short at most
    indent = draw(st.sampled_from([0, 8, 20, 30, 40] if blank else [0, 4, 8]))
    return Layout(width=draw(st.integers(60, 100)), blank=blank, pages=draw(st.booleans()),
                  emphasis=draw(st.booleans()), indent=indent)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(key=st.sampled_from(sorted(DOCUMENTS)), layout=layouts())
def test_any_layout_keeps_most_tasks(key: str, layout: Layout) -> None:
    assert _agreement(list(original(key)), relaid(key, layout)) >= 0.7, (key, str(layout))
