"""When a task falls due and where it stands against today: date arithmetic in Python, never in Cypher.

Relative deadlines ("15 ngày sau Đại hội") resolve through their anchor event's date when the store
knows it; recurring ones ("ngày 20 hằng tháng") to their next occurrence.
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from functools import lru_cache

from graph.folding import fold
from graph.models import Deadline, Event
from graph.views import ObligationStatus

DUE_SOON_DAYS = 30
_fold_name = lru_cache(maxsize=1 << 14)(fold)  # anchors and event names recur


def to_date(iso: str | None, *, last: bool = False) -> date | None:
    """"2024-11-19" → that day; "2024-11" / "2024" → first or (last=True) last day; else None."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31) if last else date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, month, int(parts[2]))
    except ValueError:
        return None


def event_anchor_date(event: Event) -> str | None:
    """The day a relative deadline counts from: the anniversary's date if stated, else the event's."""
    for iso in (event.anniversary_date, event.date):
        if iso and len(iso) == 10:
            return iso
    return None


# words that say which moment of an event, not which event: "phiên khai mạc Đại hội XX"
_MOMENT = frozenset("phien khai mac be ket thuc ngay le to chuc cua".split())


def _tokens(name: str | None) -> frozenset[str]:
    return frozenset(_fold_name(name).replace(",", " ").split()) - _MOMENT


def names_match(a: str | None, b: str | None) -> bool:
    """Does an anchor phrase ("phiên khai mạc Đại hội XX Đảng bộ tỉnh") name this event
    ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX")? All the words of one are in the other, or most
    words are shared."""
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) < 2 or len(tb) < 2:
        return bool(ta) and ta == tb
    if ta <= tb or tb <= ta:
        return True
    return len(ta & tb) / len(ta | tb) >= 0.6


def _next_occurrence(rule: str | None, today: date) -> date | None:
    if not rule:
        return None
    try:
        from dateutil.rrule import rrulestr
    except ImportError:  # python-dateutil comes with pandas (streamlit); without it, no next date
        return None
    try:
        start = datetime(today.year, today.month, 1) - timedelta(days=366)
        nxt = rrulestr(rule, dtstart=start).after(datetime(today.year, today.month, today.day),
                                                  inc=True)
    except (ValueError, TypeError):
        return None
    return nxt.date() if nxt else None


def due_date(deadline: Deadline, *, anchor_date: str | None, today: date) -> date | None:
    """The day the task falls due, or None when it cannot be known (yet)."""
    if deadline.kind in ("date", "period"):
        return to_date(deadline.due, last=True)
    if deadline.kind == "relative":
        base = to_date(anchor_date)
        return base + timedelta(days=deadline.offset_days or 0) if base else None
    if deadline.kind == "recurring":
        return _next_occurrence(deadline.rule, today)
    return None


def start_date(deadline: Deadline, due: date | None) -> date | None:
    return to_date(deadline.start) if deadline.kind == "period" and deadline.start else due


def status(deadline: Deadline, due: date | None, *, today: date, done: bool) -> ObligationStatus:
    if done:
        return "done"
    if deadline.kind == "continuous":
        return "continuous"
    if due is None:
        return "no_date"
    if due < today:
        return "overdue"
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "later"


def in_window(deadline: Deadline, due: date | None, *, start: date | None, end: date | None) -> bool:
    """Does the task's time overlap [start, end]? Continuous work always does; undated work only
    when no window is asked for."""
    if start is None and end is None:
        return True
    if deadline.kind == "continuous":
        return True
    if due is None:
        return False
    first = start_date(deadline, due) or due
    return (end is None or first <= end) and (start is None or due >= start)
