"""OCR repairs: Roman numerals and the "Số:" line mended only where a Roman numeral or the number line
must stand, each mended word keeping what was read and why."""
from __future__ import annotations

import pytest

from loaders.ocr_repairs import repair_words
from loaders.page_words import Word


def words(text: str) -> list[Word]:
    out, x = [], 72.0
    for part in text.split():
        out.append(Word(part, x, 100.0, x + 6 * len(part), 112.0, 90.0))
        x += 6 * len(part) + 4
    return out


@pytest.mark.parametrize(("read", "meant"), [
    ("Đại hội XHI của Đảng", "Đại hội XIII của Đảng"),
    ("Nghị quyết Trung ương 4 khóa XIl về xây dựng Đảng", "Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng"),
    ("hoàn thành trong quý H năm 2025", "hoàn thành trong quý II năm 2025"),
    ("Đợt H: từ ngày 01/5", "Đợt II: từ ngày 01/5"),
    ("lần thứ XVH của Đảng bộ", "lần thứ XVII của Đảng bộ"),
    ("H- NỘI DUNG TUYÊN TRUYỀN", "II- NỘI DUNG TUYÊN TRUYỀN"),
    ("Sô: 413-KH/TU", "Số: 413-KH/TU"),
    ("S6: 982/KH-UBND", "Số: 982/KH-UBND"),
    ("Hoàn thành trong quý I/⁄2023", "Hoàn thành trong quý I/2023"),
    ("ngày 13⁄12/2019", "ngày 13/12/2019"),
])
def test_clear_misreadings_are_mended_and_say_so(read: str, meant: str) -> None:
    got = repair_words(words(read))
    assert " ".join(w.text for w in got) == meant
    [mended] = [w for w in got if w.repair]
    assert mended.repair[0] in read.split() and mended.repair[1]


@pytest.mark.parametrize("text", [
    "hoàn thành trong quý 1 năm 2025",  # an Arabic quarter is right as it is
    "Công ty H và đối tác",  # a letter H with no numeral expected before it
    "Hà Nội, ngày 15 tháng 11",
    "Số người tham dự",  # "Số" opening a sentence, no sign after it
    "Đại hội XIII của Đảng",  # already right
])
def test_nothing_changes_without_clear_evidence(text: str) -> None:
    got = repair_words(words(text))
    assert " ".join(w.text for w in got) == text and not any(w.repair for w in got)
