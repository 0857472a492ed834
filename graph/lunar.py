"""The Vietnamese lunar calendar (âm lịch), computed for UTC+7 through PyPI ``lunar-vn``.

Vietnam has reckoned its calendar at UTC+7 since 1968; Chinese-calendar libraries use UTC+8 and put
some new moons on another day (Tết 1985: 21/1 here, 20/2 in China; Tết 2030: 2/2 here, 3/2 there),
so they must not be used for Vietnamese holidays.
"""
from __future__ import annotations

from datetime import date

from lunar_vn import SUPPORTED_YEAR_RANGE, convert_lunar_to_solar, solar_to_lunar

from graph.errors import InvalidInput

VIETNAM_UTC_OFFSET = 7.0
FIRST_YEAR, LAST_YEAR = SUPPORTED_YEAR_RANGE


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(
            f"lunar year {year} is outside the range lunar-vn computes ({FIRST_YEAR}–{LAST_YEAR}); "
            "choose a window within it"
        )


def to_lunar(day: date) -> tuple[int, int, int, bool]:
    """(lunar day, lunar month, lunar year, leap month?) of a solar date."""
    _check_year(day.year)
    lunar = solar_to_lunar(day, time_zone=VIETNAM_UTC_OFFSET)
    return lunar.day, lunar.month, lunar.year, lunar.leap


def month_length(year: int, month: int) -> int:
    """Days (29 or 30) of the ordinary (non-leap) lunar month ``month`` of lunar year ``year``."""
    _check_year(year)
    first = convert_lunar_to_solar(1, month, year, 0, time_zone=VIETNAM_UTC_OFFSET)
    # Day 30 of a 29-day month silently rolls into the next month's day 1 in lunar-vn.
    thirtieth = convert_lunar_to_solar(30, month, year, 0, time_zone=VIETNAM_UTC_OFFSET)
    return 30 if to_lunar(thirtieth)[:2] == (30, month) else (thirtieth - first).days


def to_solar(year: int, month: int, day: int) -> date:
    """The solar date of lunar ``day``/``month`` in lunar year ``year`` (ordinary month, not the leap one).

    A yearly observance falls in the ordinary month even in a year with a leap month of that number.
    Day 30 in a year whose month has 29 days falls on the month's last day (29), as giỗ are kept.
    """
    _check_year(year)
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise InvalidInput(f"lunar date {day}/{month} does not exist: the month is 1–12 and the day 1–30")
    if day == 30 and month_length(year, month) == 29:
        day = 29
    return convert_lunar_to_solar(day, month, year, 0, time_zone=VIETNAM_UTC_OFFSET)


def in_year(solar_year: int, month: int, day: int) -> list[tuple[int, date]]:
    """(lunar year, solar date) of each time lunar ``day``/``month`` falls in ``solar_year``: usually
    once; none or twice for late 12th-month days, which can fall in January of the next solar year."""
    _check_year(solar_year)
    found = []
    for lunar_year in (solar_year - 1, solar_year):
        try:
            solar = to_solar(lunar_year, month, day)
        except (InvalidInput, ValueError):  # lunar year 1899 / past 2100: outside lunar-vn's tables
            continue
        if solar.year == solar_year:
            found.append((lunar_year, solar))
    return found
