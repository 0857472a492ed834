"""Doubts about a whole extraction: many fragment tasks, tasks naming no unit — reported as problems
with Vietnamese messages, so the explorer warns instead of showing a clean bill."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.models import Span, Task, Unit
from loaders.doubts import doubts, is_fragment
from loaders.pipeline import extract_file, extract_text

DATA = Path(__file__).parent / "data"


def _task(text: str, *, lead: bool = False) -> Task:
    units = [Unit(name="Sở Nội vụ", canonical="Sở Nội vụ", jurisdiction="Cao Bằng")] if lead else []
    return Task(text=text, lead=units, span=Span(start=0, end=len(text)))


@pytest.mark.parametrize(("text", "fragment"), [
    ("Chủ trì điều phối toàn", True),  # under six words
    ("Tổ chức tuyên truyền sâu rộng về ý nghĩa của", True),  # stops on "của"
    ("Phối hợp với Sở Văn hóa, Thể thao và Du lịch,", True),
    ("Tổ chức tuyên truyền sâu rộng về ý nghĩa lịch sử.", False),
    ("Báo cáo kết quả thực hiện về Sở Nội vụ theo", True),
    ("Hướng dẫn các xã triển khai kế hoạch, bảo đảm đúng tiến độ và", True),
])
def test_fragment(text: str, fragment: bool) -> None:
    assert is_fragment(text) is fragment


def test_many_fragments_is_a_problem_with_count_and_example() -> None:
    tasks = [_task("Chủ trì điều phối toàn", lead=True), _task("bộ nguồn hàng hỗ trợ", lead=True),
             _task("Phối hợp với các cơ quan, đơn vị liên quan tổ chức tuyên truyền.", lead=True),
             _task("Tổ chức lực lượng xung kích dọn vệ sinh và", lead=True)]
    (problem,) = doubts(tasks)
    assert problem.code == "many_fragments"
    assert problem.message.startswith("3/4 nhiệm vụ trông như mảnh câu") and "Chủ trì điều phối toàn" in problem.message


def test_tasks_naming_no_unit_is_a_problem_only_when_most_do() -> None:
    bare = [_task(f"Tuyên truyền nội dung thứ {n} của kế hoạch trên các phương tiện.") for n in range(8)]
    (problem,) = doubts(bare + [_task("Sở Nội vụ tham mưu khen thưởng các tập thể.", lead=True)])
    assert problem.code == "tasks_without_unit" and problem.message.startswith("8/9 nhiệm vụ không nêu đơn vị")
    # items under "Nội dung thực hiện" often name no one: half of them is no doubt
    assert doubts(bare[:4] + [_task("Sở Nội vụ tham mưu khen thưởng các tập thể.", lead=True)] * 4) == []
    assert doubts(bare[:4]) == []  # too few tasks to judge
    assert doubts([]) == []


def test_a_recovered_document_has_no_doubts() -> None:
    for path in sorted((DATA / "devset" / "raw").glob("*.txt")):
        codes = {p.code for p in extract_file(path).problems}
        assert not codes & {"many_fragments", "tasks_without_unit"}, path.name


def test_a_layout_that_was_not_recovered_says_so() -> None:
    # each item broken into paragraphs that open with capitals: nothing says they are one sentence
    raw = ("KẾ HOẠCH\nTriển khai công tác năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
           + "".join(f"{n}. Sở Nội vụ chủ trì tổ chức\n\nHội nghị tổng kết\n\nNgành năm 2026.\n\n" for n in range(1, 6)))
    extraction = extract_text(raw, source="vo-bo-cuc.txt")
    problems = {p.code: p for p in extraction.problems}
    assert extraction.tasks, "what was found is still given"
    assert "many_fragments" in problems
    assert "nên đối chiếu với bản gốc" in problems["many_fragments"].message
