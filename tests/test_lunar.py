"""The Vietnamese lunar calendar (graph.lunar): Tết and Giỗ Tổ against published dates, UTC+7 not UTC+8."""
from __future__ import annotations

from datetime import date

import pytest

from graph import lunar
from graph.errors import InvalidInput

# Second source for each date: the Government's yearly holiday notices (Tết and Giỗ Tổ days off), and for
# Giỗ Tổ 2026 Báo Thanh Niên, 23/2/2026 ("Giỗ tổ Hùng Vương rơi vào chủ nhật (ngày 26.4 dương lịch)").
TET = {
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
}
GIO_TO = {
    2022: date(2022, 4, 10),
    2023: date(2023, 4, 29),
    2024: date(2024, 4, 18),
    2025: date(2025, 4, 7),
    2026: date(2026, 4, 26),
}


@pytest.mark.parametrize(("year", "expected"), sorted(TET.items()))
def test_tet_nguyen_dan(year: int, expected: date) -> None:
    assert lunar.to_solar(year, 1, 1) == expected
    assert lunar.to_lunar(expected) == (1, 1, year, False)


@pytest.mark.parametrize(("year", "expected"), sorted(GIO_TO.items()))
def test_gio_to_hung_vuong(year: int, expected: date) -> None:
    assert lunar.to_solar(year, 3, 10) == expected


@pytest.mark.parametrize(("year", "vietnam", "china"), [
    # Years where the UTC+8 (Chinese) calendar puts Tết on another day: a UTC+8 library would be wrong.
    (1985, date(1985, 1, 21), date(1985, 2, 20)),
    (2007, date(2007, 2, 17), date(2007, 2, 18)),
    (2030, date(2030, 2, 2), date(2030, 2, 3)),
])
def test_vietnam_is_utc_plus_7_not_china(year: int, vietnam: date, china: date) -> None:
    from lunar_vn import convert_lunar_to_solar

    assert lunar.to_solar(year, 1, 1) == vietnam
    assert convert_lunar_to_solar(1, 1, year, 0, time_zone=8.0) == china  # the pitfall the module avoids


def test_tet_mau_than_1968_in_the_north() -> None:
    # The North adopted UTC+7 in 1968, so Tết Mậu Thân fell on 29/1/1968 there (30/1 in the South).
    assert lunar.to_solar(1968, 1, 1) == date(1968, 1, 29)


def test_leap_month_year_keeps_the_ordinary_month() -> None:
    # Ất Tỵ 2025 has a leap 6th month from 25/7/2025; the ordinary 6th month starts 25/6/2025.
    assert lunar.to_lunar(date(2025, 7, 25)) == (1, 6, 2025, True)
    assert lunar.to_solar(2025, 6, 1) == date(2025, 6, 25)


def test_day_30_of_a_29_day_month_falls_on_the_29th() -> None:
    assert lunar.month_length(2024, 12) == 29  # Giáp Thìn: no 30 Tết, giao thừa on 29 tháng Chạp
    assert lunar.to_solar(2024, 12, 30) == lunar.to_solar(2024, 12, 29) == date(2025, 1, 28)
    assert lunar.month_length(2025, 12) == 29
    assert lunar.month_length(2022, 12) == 30
    assert lunar.to_solar(2022, 12, 30) == date(2023, 1, 21)  # the eve of Tết 2023-01-22


def test_in_year_finds_late_twelfth_month_days_from_the_previous_lunar_year() -> None:
    # 23 tháng Chạp (ông Công ông Táo) of lunar 2024 falls in January 2025; of lunar 2025 in February 2026.
    assert lunar.in_year(2025, 12, 23) == [(2024, date(2025, 1, 22))]
    assert lunar.in_year(2025, 1, 1) == [(2025, date(2025, 1, 29))]


@pytest.mark.parametrize("year", [1899, 2101])
def test_outside_the_tables_is_refused_with_the_range(year: int) -> None:
    with pytest.raises(InvalidInput, match="1900–2100"):
        lunar.in_year(year, 1, 1)


def test_impossible_lunar_date_is_refused() -> None:
    with pytest.raises(InvalidInput, match="31/1"):
        lunar.to_solar(2025, 1, 31)
