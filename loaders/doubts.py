"""Doubts about a whole extraction: signs that the text's layout was not recovered or its genre not
understood, so the explorer warns instead of showing a clean bill.

- ``many_fragments``: a large share of the tasks look like pieces of a wrapped line (under 6 words, or
  ending mid-phrase on "của", "và", a comma …) — the layout stage cut items at line breaks.
- ``tasks_without_unit``: most tasks name no unit at all (neither lead nor support) — the obligations
  view will not show them under anyone.

Both are measured against thresholds chosen on the development sets and the 316-document corpus
(see ``scripts/corpus_report.py``): the seed and devset documents, whose layout is recovered, stay
under them.
"""
from __future__ import annotations

import re

from graph.models import Problem, Task

_MID_PHRASE = re.compile(r"(?:[,(“\[–-]|\b(?:của|và|với|cho|các|những|số|ngày|tháng|tại|về|theo|trong|để|là|"
                         r"hoặc|được|do|từ|đến|nhằm|như|gồm))$", re.IGNORECASE)

# A document is doubtful when at least this many tasks and this share of them are affected.
FRAGMENT_MIN, FRAGMENT_SHARE = 3, 0.25
NO_UNIT_MIN, NO_UNIT_SHARE = 5, 0.8


def is_fragment(text: str) -> bool:
    """A task of fewer than 6 words, or one that stops mid-phrase without closing punctuation."""
    text = text.strip()
    return len(text.split()) < 6 or bool(_MID_PHRASE.search(text.rstrip(" .;:")) and not text.endswith((".", ";")))


def doubts(tasks: list[Task]) -> list[Problem]:
    """The doubts the tasks of one document give, each with its count and an example, in Vietnamese."""
    out: list[Problem] = []
    if not tasks:
        return out
    fragments = [t for t in tasks if is_fragment(t.text)]
    if len(fragments) >= FRAGMENT_MIN and len(fragments) >= FRAGMENT_SHARE * len(tasks):
        example = fragments[0]
        out.append(Problem(
            code="many_fragments", span=example.span,
            message=(f"{len(fragments)}/{len(tasks)} nhiệm vụ trông như mảnh câu bị ngắt dòng "
                     f"(ví dụ “{_clip(example.text)}”): bố cục văn bản có thể chưa được khôi phục, "
                     "nên đối chiếu với bản gốc.")))
    unitless = [t for t in tasks if not t.lead and not t.support]
    if len(unitless) >= NO_UNIT_MIN and len(unitless) >= NO_UNIT_SHARE * len(tasks):
        example = unitless[0]
        out.append(Problem(
            code="tasks_without_unit", span=example.span,
            message=(f"{len(unitless)}/{len(tasks)} nhiệm vụ không nêu đơn vị chủ trì hay phối hợp nào "
                     f"(ví dụ “{_clip(example.text)}”): các nhiệm vụ này sẽ không hiện trong nghĩa vụ "
                     "của đơn vị nào.")))
    return out


def _clip(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
