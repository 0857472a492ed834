"""api.exports: obligations as RFC 5545 calendar, CSV and .xlsx, read back with their own parsers."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone

import openpyxl
from icalendar import Calendar

from api.exports import COLUMNS, obligations_csv, obligations_ics, obligations_xlsx
from graph.models import Deadline
from graph.views import Obligation, PlanBrief, UnitHit

UNIT = UnitHit(id="cao-bang.so-van-hoa-the-thao-va-du-lich", name="Sở Văn hóa, Thể thao và Du lịch",
               jurisdiction="Cao Bằng")
PLAN = PlanBrief(id="413-kh-tu-2019-cao-bang", symbol="413-KH/TU", doc_type="Kế hoạch",
                 issuer="Tỉnh ủy Cao Bằng", issued_date="2019-12-13")


def _obligation(n: int, deadline: Deadline, *, due: str | None = None, status: str = "later",
                text: str = "Tổ chức triển lãm ảnh") -> Obligation:
    return Obligation(task_id=f"{PLAN.id}#t{n}", text=text, role="lead", plan=PLAN, deadline=deadline,
                      due_date=due, status=status)


ITEMS = [
    _obligation(1, Deadline(kind="date", due="2020-02-03", text="vào dịp 3/2/2020"), due="2020-02-03"),
    _obligation(2, Deadline(kind="period", start="2020-01-20", due="2020-02-08"), due="2020-02-08"),
    _obligation(3, Deadline(kind="recurring", rule="FREQ=MONTHLY;BYMONTHDAY=20", text="ngày 20 hàng tháng")),
    _obligation(4, Deadline(kind="continuous", text="thường xuyên"), status="continuous"),
    _obligation(5, Deadline(kind="period", due="2025-06"), due="2025-06", status="done"),
    _obligation(6, Deadline(kind="none"), status="no_date", text="=HYPERLINK(\"x\") công thức\x07"),
]


def _components(body: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(body)
    return {str(c["uid"]).split("#t")[1].split("@")[0]: c for c in cal.walk() if c.name in ("VEVENT", "VTODO")}


def test_calendar_has_events_for_dated_todos_for_undated_and_rrule_for_recurring() -> None:
    stamp = datetime(2026, 1, 1, tzinfo=timezone.utc)
    body = obligations_ics(ITEMS, unit=UNIT, now=stamp)
    assert body.startswith(b"BEGIN:VCALENDAR") and b"VERSION:2.0" in body
    parts = _components(body)
    assert parts["1"].name == "VEVENT"
    assert parts["1"].decoded("dtstart") == date(2020, 2, 3)
    assert parts["1"].decoded("dtend") == date(2020, 2, 4)  # all day: exclusive end
    assert parts["2"].decoded("dtstart") == date(2020, 1, 20)  # a period spans its days
    assert parts["2"].decoded("dtend") == date(2020, 2, 9)
    assert parts["3"].name == "VEVENT"  # recurring: starts at the plan's issue date, repeats by its rule
    assert parts["3"].decoded("dtstart") == date(2019, 12, 13)
    assert parts["3"]["rrule"].to_ical() == b"FREQ=MONTHLY;BYMONTHDAY=20"
    assert parts["4"].name == "VTODO" and "due" not in parts["4"]
    assert parts["5"].name == "VTODO" and parts["5"].decoded("due") == date(2025, 6, 30)
    assert str(parts["5"]["status"]) == "COMPLETED"
    assert "413-KH/TU" in str(parts["1"]["description"])
    assert all("dtstamp" in c for c in parts.values())


def test_calendar_without_obligations_is_still_a_valid_calendar() -> None:
    cal = Calendar.from_ical(obligations_ics([], unit=UNIT))
    assert cal.name == "VCALENDAR" and not cal.subcomponents


def test_csv_round_trips_with_vietnamese_text() -> None:
    body = obligations_csv(ITEMS)
    assert body.startswith("\ufeff".encode())  # so Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert list(rows[0]) == COLUMNS
    assert [r["task_id"] for r in rows] == [i.task_id for i in ITEMS]
    assert rows[0]["plan_symbol"] == "413-KH/TU" and rows[0]["text"] == "Tổ chức triển lãm ảnh"
    assert rows[4]["due_date"] == "2025-06" and rows[4]["status"] == "done"


def test_xlsx_opens_with_one_row_per_obligation_and_no_live_formulas() -> None:
    book = openpyxl.load_workbook(io.BytesIO(obligations_xlsx(ITEMS, unit=UNIT)))
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS
    assert len(rows) == 1 + len(ITEMS)
    assert rows[1][1] == "Tổ chức triển lãm ảnh"
    formula_cell = rows[6][1]
    assert formula_cell.startswith("'=") and "\x07" not in formula_cell
    assert book.worksheets[1]["B2"].value == UNIT.name
