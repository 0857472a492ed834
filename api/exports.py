"""A unit's obligations as files: an RFC 5545 calendar (icalendar), CSV and Excel (.xlsx, openpyxl).

Calendar: a dated obligation is an all-day VEVENT (a period spans its days), a recurring one carries
its RRULE, and an undated one is a VTODO (with DUE at the end of the month or year when only that
is known), so calendar apps show what has a day and list what has none.
"""
from __future__ import annotations

import calendar as month_calendar
import csv
import io
import re
from datetime import date, datetime, timedelta, timezone

from icalendar import Calendar, Event, Todo, vRecur
from openpyxl import Workbook
from openpyxl.styles import Font

from graph.views import Obligation, UnitHit

COLUMNS = ["task_id", "text", "role", "status", "due_date", "deadline_kind", "deadline_text",
           "plan_symbol", "plan_type", "plan_issuer", "plan_issued_date"]
_SUMMARY_CHARS = 160


def _row(item: Obligation) -> list[str]:
    return [item.task_id, item.text, item.role, item.status, item.due_date or "", item.deadline.kind,
            item.deadline.text or "", item.plan.symbol or "", item.plan.doc_type or "",
            item.plan.issuer or "", item.plan.issued_date or ""]


def obligations_csv(items: list[Obligation]) -> bytes:
    """UTF-8 with a byte order mark, so Excel shows Vietnamese text correctly when opening it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(item) for item in items)
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def obligations_xlsx(items: list[Obligation], *, unit: UnitHit) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in items:
        sheet.append([_cell(value) for value in _row(item)])
    sheet.freeze_panes = "A2"
    sheet.column_dimensions["B"].width = 80
    meta = book.create_sheet("Đơn vị")
    meta.append(["id", unit.id])
    meta.append(["name", unit.name])
    meta.append(["jurisdiction", unit.jurisdiction or ""])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(value: str) -> str:
    # openpyxl refuses control characters; a leading "=" would make Excel run the text as a formula.
    value = _ILLEGAL_XLSX.sub("", value)
    return "'" + value if value.startswith(("=", "+", "-", "@")) else value


def obligations_ics(items: list[Obligation], *, unit: UnitHit, now: datetime | None = None) -> bytes:
    stamp = now or datetime.now(timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//planlink//obligations//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"planlink: {unit.name}")
    for item in items:
        cal.add_component(_component(item, stamp))
    return cal.to_ical()


def _component(item: Obligation, stamp: datetime) -> Event | Todo:
    deadline = item.deadline
    due = _full_date(item.due_date)
    rule = _rrule(deadline.rule) if deadline.kind == "recurring" else None
    first = due or _full_date(deadline.start) or (_full_date(item.plan.issued_date) if rule else None)
    if first is not None and (due is not None or rule is not None):
        component: Event | Todo = Event()
        start = _full_date(deadline.start) if deadline.kind == "period" else None
        start = start if start is not None and start <= first else first
        component.add("dtstart", start)
        component.add("dtend", first + timedelta(days=1))  # all-day: DTEND is exclusive
        if rule is not None:
            component.add("rrule", rule)
        component.add("transp", "TRANSPARENT")
    else:
        component = Todo()
        end = _period_end(item.due_date)
        if end is not None:
            component.add("due", end)
        component.add("status", "COMPLETED" if item.status == "done" else "NEEDS-ACTION")
    component.add("uid", f"{item.task_id}@planlink")  # task ids are stable across loads
    component.add("dtstamp", stamp)
    component.add("summary", _summary(item))
    component.add("description", _description(item))
    component.add("categories", [item.role, item.status])
    return component


def _summary(item: Obligation) -> str:
    text = " ".join(item.text.split())
    return text if len(text) <= _SUMMARY_CHARS else text[: _SUMMARY_CHARS - 1].rstrip() + "…"


def _description(item: Obligation) -> str:
    plan = item.plan
    source = " ".join(part for part in (plan.doc_type, plan.symbol, plan.issuer, plan.issued_date) if part)
    lines = [item.text, "", f"Vai trò: {'chủ trì' if item.role == 'lead' else 'phối hợp'}",
             f"Trạng thái: {item.status}"]
    if item.deadline.text:
        lines.append(f"Thời hạn: {item.deadline.text}")
    if item.deadline.rule:
        lines.append(f"Lặp lại: {item.deadline.rule}")
    if source:
        lines.append(f"Văn bản: {source}")
    return "\n".join(lines)


def _full_date(value: str | None) -> date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _period_end(value: str | None) -> date | None:
    """The last day a partial date allows: "2025-06" → 2025-06-30, "2025" → 2025-12-31."""
    if value is None:
        return None
    if len(value) == 10:
        return _full_date(value)
    try:
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            return date(year, month, month_calendar.monthrange(year, month)[1])
        if len(value) == 4:
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _rrule(rule: str | None) -> vRecur | None:
    if not rule:
        return None
    text = rule.strip()
    text = text[len("RRULE:"):] if text.upper().startswith("RRULE:") else text
    try:
        return vRecur.from_ical(text)
    except ValueError:
        return None  # kept in the description; an unparseable rule must not break the calendar
