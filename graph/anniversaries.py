"""What falls due in a window: the catalog's and the loaded documents' events, each with its ordinal,
solar date, tier (NĐ 145/2013/NĐ-CP Điều 3) and the plans and tasks that mention it.

Dates, as the calculator reads them:
- a 29 February origin falls on 28 February in common years;
- a year-only origin ("1499": "526 năm thành lập tỉnh Cao Bằng") has no day: its anniversary is the
  whole year, dated "YYYY", and listed whenever the window touches that year (a year-month origin,
  "1972-12", likewise is dated "YYYY-MM" and listed when the window touches that month);
- lunar events fall on the solar date of their lunar day in each lunar year (graph.lunar, UTC+7),
  and their ordinal counts lunar years; the lunar calendar is computed for 1900–2100 only;
- origins before 1900 (or before 1582) need nothing special: the ordinal is a difference of years.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from graph import lunar
from graph.catalog import CatalogEvent, load_catalog
from graph.errors import InvalidInput
from graph.folding import fold
from graph.mentions import attach_mentions
from graph.models import IsoDate, Problem, Span
from graph.store import Store
from graph.views import AnniversaryItem, AnniversaryMention, AnniversaryTier, EventMention, PeriodHit

Selection = Literal["default", "all", "tron"]


def tier_of(years: int | None) -> AnniversaryTier | None:
    """NĐ 145/2013/NĐ-CP Điều 3: 10, 20, … năm tròn; 5, 15, … năm lẻ 5; anything else năm khác."""
    if years is None:
        return None
    return "tron" if years % 10 == 0 else "le5" if years % 5 == 0 else "khac"


def check_ordinal(years: int, origin: IsoDate | date, anniversary: IsoDate | date, *,
                  span: Span | None = None) -> Problem | None:
    """A Problem when a stated ordinal disagrees with its own dates, e.g. "79 năm … (28/1/1941 –
    28/1/2021)", which is the 80th; None when they agree. The dates win; the ordinal is flagged."""
    first = origin.year if isinstance(origin, date) else int(str(origin)[:4])
    then = anniversary.year if isinstance(anniversary, date) else int(str(anniversary)[:4])
    expected = then - first
    if years == expected:
        return None
    return Problem(
        code="ordinal_mismatch",
        message=(f"the text says {years} năm, but {origin} – {anniversary} is the {expected}th anniversary; "
                 f"check the ordinal (or the dates) in the document"),
        span=span,
    )


@dataclass(frozen=True)
class Occurrence:
    """One anniversary of one event: its date (ISO, possibly year-only), ordinal and lunar year."""

    date: IsoDate
    years: int | None
    day: date | None  # the exact day, when the origin gives one


def occurrences(event: CatalogEvent, start: date, end: date) -> Iterator[Occurrence]:
    """Every anniversary of ``event`` (ordinal ≥ 1, or every year for an observance without origin)
    whose date lies in [start, end]; year-only and year-month ones when the window touches them."""
    first = event.origin_year
    for year in range(start.year, end.year + 1):
        if event.calendar == "lunar":
            for lunar_year, day in lunar.in_year(year, event.lunar_month, event.lunar_day):
                years = lunar_year - first if first is not None else None
                if start <= day <= end and (years is None or years >= 1):
                    yield Occurrence(day.isoformat(), years, day)
            continue
        years = year - first
        if years < 1:
            continue
        origin = event.origin
        if len(origin) == 4:
            yield Occurrence(str(year), years, None)
        elif len(origin) == 7:
            month = int(origin[5:7])
            first_day = date(year, month, 1)
            last_day = (first_day + timedelta(days=31)).replace(day=1) - timedelta(days=1)
            if first_day <= end and last_day >= start:
                yield Occurrence(f"{year:04d}-{month:02d}", years, None)
        else:
            month, day_of_month = int(origin[5:7]), int(origin[8:10])
            if (month, day_of_month) == (2, 29) and not _leap(year):
                day_of_month = 28
            day = date(year, month, day_of_month)
            if start <= day <= end:
                yield Occurrence(day.isoformat(), years, day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def anniversaries(
    start: date, end: date, *, tier: Selection = "default", store: Store | None = None,
    catalog: list[CatalogEvent] | None = None, scope: str | None = None,
) -> list[AnniversaryItem]:
    """Anniversaries in [start, end], sorted by date.

    ``tier``: "default" is what the yearly central guidance lists — the statutory days every year,
    năm tròn and năm lẻ 5 of everything else — plus any anniversary a loaded plan names with its
    ordinal; "all" is everything; "tron" only năm tròn. ``store`` None: the catalog alone.
    ``scope``: keep national events and this province's (folded match); None keeps every scope.
    """
    if end < start:
        raise InvalidInput(f"the window ends ({end}) before it starts ({start}); swap --from and --to")
    if tier not in ("default", "all", "tron"):
        raise InvalidInput(f"unknown tier {tier!r}: choose default, all or tron")
    events = list(catalog if catalog is not None else load_catalog())
    mentions: list[EventMention] = store.event_mentions() if store is not None else []
    periods: list[PeriodHit] = store.periods() if store is not None else []
    linked = attach_mentions(events, mentions)
    if scope:
        wanted = fold(scope)
        linked = [(e, m) for e, m in linked if e.scope == "national" or fold(e.scope) == wanted]
    items = []
    for event, event_mentions in linked:
        for occurrence in occurrences(event, start, end):
            mentioned = [m for m in event_mentions if _targets(m, occurrence)]
            if not _selected(event, occurrence, tier=tier, named=any(_states(m) for m in mentioned)):
                continue
            items.append(_item(event, occurrence, mentioned, periods))
    # a year-only anniversary sorts at the start of its year, a year-month one at the start of its month
    items.sort(key=lambda item: ((item.date + "-00-00")[:10], item.name))
    return items


def _states(mention: EventMention) -> bool:
    return mention.event.years is not None or mention.event.anniversary_date is not None


def _targets(mention: EventMention, occurrence: Occurrence) -> bool:
    """A mention that states its ordinal or anniversary date links to that anniversary only;
    one that states neither links to every anniversary of its event."""
    stated = mention.event
    if stated.anniversary_date:
        return stated.anniversary_date[:4] == occurrence.date[:4]
    if stated.years is not None:
        return stated.years == occurrence.years
    return True


def _selected(event: CatalogEvent, occurrence: Occurrence, *, tier: Selection, named: bool) -> bool:
    level = tier_of(occurrence.years)
    if tier == "all":
        return True
    if tier == "tron":
        return level == "tron"
    return event.statutory or level in ("tron", "le5") or named


def _item(event: CatalogEvent, occurrence: Occurrence, mentions: list[EventMention],
          periods: list[PeriodHit]) -> AnniversaryItem:
    return AnniversaryItem(
        id=event.id,
        name=event.name,
        category=event.category,
        origin_date=event.origin,
        date=occurrence.date,
        years=occurrence.years,
        tier=tier_of(occurrence.years),
        lunar=event.calendar == "lunar",
        lunar_date=f"{event.lunar_day}/{event.lunar_month}" if event.calendar == "lunar" else None,
        statutory=event.statutory,
        scope=event.scope,
        source=event.source,
        mentioned_in=[_mention(m, occurrence, periods) for m in mentions],
    )


def _mention(mention: EventMention, occurrence: Occurrence, periods: list[PeriodHit]) -> AnniversaryMention:
    stated = mention.event
    problems = []
    if stated.years is not None and stated.date and stated.anniversary_date:
        problem = check_ordinal(stated.years, stated.date, stated.anniversary_date, span=stated.span)
        if problem:
            problems.append(problem)
    window_start = window_end = None
    if occurrence.day is not None:
        for hit in periods:
            period = hit.period
            if hit.document.id == mention.document.id and (period.days_before or period.days_after):
                window_start = (occurrence.day - timedelta(days=period.days_before or 0)).isoformat()
                window_end = (occurrence.day + timedelta(days=period.days_after or 0)).isoformat()
                break
    return AnniversaryMention(
        document=mention.document, task_ids=mention.task_ids, name=stated.name, years=stated.years,
        window_start=window_start, window_end=window_end, problems=problems,
    )
