"""ui.labels: the Vietnamese words for statuses, roles and deadlines, and dates written dd/mm/yyyy."""
from __future__ import annotations

from typing import get_args

import pytest

from graph.models import Deadline
from graph.views import ObligationStatus
from ui.labels import STATUS_COLOURS, STATUS_LABELS, deadline_label, vn_date


@pytest.mark.parametrize(("iso", "shown"), [
    ("2025-02-03", "03/02/2025"), ("2025-08", "08/2025"), ("2025", "2025"), (None, ""), ("", ""),
])
def test_dates_read_the_vietnamese_way(iso: str | None, shown: str) -> None:
    assert vn_date(iso) == shown


@pytest.mark.parametrize(("deadline", "shown"), [
    (Deadline(kind="date", due="2020-02-03", text="vào dịp 3/2/2020"), "Trước 03/02/2020"),
    (Deadline(kind="period", start="2023-01-01", due="2023-03-31"), "01/01/2023 – 31/03/2023"),
    (Deadline(kind="period", start="2025-01", due="2025-01"), "Trong 01/2025"),
    (Deadline(kind="period", due="2025-12-31"), "Đến 31/12/2025"),
    (Deadline(kind="relative", anchor="khai mạc Đại hội XX", offset_days=-7), "7 ngày trước khai mạc Đại hội XX"),
    (Deadline(kind="relative", anchor="Đại hội XIV", offset_days=15), "15 ngày sau Đại hội XIV"),
    (Deadline(kind="recurring", rule="FREQ=MONTHLY;BYMONTHDAY=20"), "Ngày 20 hằng tháng"),
    (Deadline(kind="continuous", text="thường xuyên trong năm"), "Thường xuyên"),
    (Deadline(kind="none"), "Không nêu thời hạn"),
])
def test_deadlines_read_as_a_person_says_them(deadline: Deadline, shown: str) -> None:
    assert deadline_label(deadline) == shown


def test_every_obligation_status_has_a_label_and_a_colour() -> None:
    statuses = set(get_args(ObligationStatus))
    assert set(STATUS_LABELS) == statuses == set(STATUS_COLOURS)
    assert STATUS_LABELS["overdue"] == "Quá hạn" and STATUS_LABELS["due_soon"] == "Sắp đến hạn"


def test_every_problem_code_the_loaders_write_has_a_vietnamese_label() -> None:
    import re
    from pathlib import Path

    from ui.labels import PROBLEM_LABELS, problem_label
    loaders = Path(__file__).resolve().parents[1] / "loaders"
    codes = {c for path in loaders.glob("*.py") for c in re.findall(r'code="([a-z_0-9]+)"', path.read_text(encoding="utf-8"))}
    codes |= {"unreadable_day", "blank_day"}  # written through a conditional expression
    assert codes and not codes - set(PROBLEM_LABELS), sorted(codes - set(PROBLEM_LABELS))
    assert problem_label("khong_co") == "khong_co"
