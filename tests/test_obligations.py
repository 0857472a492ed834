"""Due dates and statuses, worked out in Python from the deadline and today."""
from __future__ import annotations

from datetime import date

import pytest

from graph.models import Deadline
from graph.obligations import due_date, in_window, names_match, status, to_date

TODAY = date(2025, 3, 10)


@pytest.mark.parametrize(("iso", "last", "expected"), [
    ("2025-02-03", False, date(2025, 2, 3)),
    ("2024-02", True, date(2024, 2, 29)),
    ("2024-02", False, date(2024, 2, 1)),
    ("2025", True, date(2025, 12, 31)),
    (None, True, None),
    ("2025-13", True, None),
])
def test_partial_dates(iso: str | None, last: bool, expected: date | None) -> None:
    assert to_date(iso, last=last) == expected


@pytest.mark.parametrize(("deadline", "anchor", "due"), [
    (Deadline(kind="date", due="2025-03-30"), None, date(2025, 3, 30)),
    (Deadline(kind="period", start="2025-01", due="2025-03"), None, date(2025, 3, 31)),  # "trong quý I/2025"
    (Deadline(kind="relative", anchor="Đại hội", offset_days=-7), "2025-05-10", date(2025, 5, 3)),
    (Deadline(kind="relative", anchor="Đại hội", offset_days=15), None, None),  # event date unknown
    (Deadline(kind="recurring", rule="FREQ=MONTHLY;BYMONTHDAY=20"), None, date(2025, 3, 20)),
    (Deadline(kind="recurring", rule="FREQ=MONTHLY;BYMONTHDAY=5"), None, date(2025, 4, 5)),
    (Deadline(kind="recurring", rule="not a rule"), None, None),
    (Deadline(kind="continuous"), None, None),
    (Deadline(kind="none"), None, None),
])
def test_due_dates(deadline: Deadline, anchor: str | None, due: date | None) -> None:
    assert due_date(deadline, anchor_date=anchor, today=TODAY) == due


@pytest.mark.parametrize(("kind", "due", "done", "expected"), [
    ("date", date(2025, 3, 9), False, "overdue"),
    ("date", date(2025, 3, 10), False, "due_soon"),
    ("date", date(2025, 4, 9), False, "due_soon"),
    ("date", date(2025, 4, 10), False, "later"),
    ("date", date(2025, 3, 9), True, "done"),
    ("none", None, False, "no_date"),
    ("continuous", None, False, "continuous"),
])
def test_statuses(kind: str, due: date | None, done: bool, expected: str) -> None:
    assert status(Deadline(kind=kind), due, today=TODAY, done=done) == expected


def test_windows_overlap_periods_and_keep_continuous_work() -> None:
    quarter = Deadline(kind="period", start="2025-01-01", due="2025-03-31")
    assert in_window(quarter, date(2025, 3, 31), start=date(2025, 2, 1), end=date(2025, 2, 28))
    assert not in_window(quarter, date(2025, 3, 31), start=date(2025, 4, 1), end=None)
    assert in_window(Deadline(kind="continuous"), None, start=date(2030, 1, 1), end=None)
    assert not in_window(Deadline(kind="none"), None, start=date(2025, 1, 1), end=None)
    assert in_window(Deadline(kind="none"), None, start=None, end=None)


@pytest.mark.parametrize(("anchor", "event", "expected"), [
    ("Đại hội XIV của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", True),
    ("khai mạc Đại hội", "Đại hội Đảng bộ tỉnh lần thứ XX", True),
    ("dai hoi dang bo huyen lan thu xx", "Đại hội Đảng bộ huyện lần thứ XX", True),
    ("Tết Nguyên đán", "Ngày thành lập Đảng Cộng sản Việt Nam", False),
    (None, "Đại hội", False),
])
def test_anchor_names_match_events(anchor: str | None, event: str, expected: bool) -> None:
    assert names_match(anchor, event) is expected
