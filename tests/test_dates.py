"""Phrase table for loaders.dates: Party and State date forms, OCR variants, ranges."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.dates import parse_when

CASES = [
    # phrase, context_year, start, end, granularity
    ("trước ngày 30/3/2023", None, "2023-03-30", "2023-03-30", "day"),
    ("Cao Bằng, ngày 13 tháng 12 năm 2019", None, "2019-12-13", "2019-12-13", "day"),
    ("ngày 01-12-2023", None, "2023-12-01", "2023-12-01", "day"),
    ("ngày 01.12.2023", None, "2023-12-01", "2023-12-01", "day"),
    ("trước 31/12/ 2025", None, "2025-12-31", "2025-12-31", "day"),
    ("xong trước 15/12", 2025, "2025-12-15", "2025-12-15", "day"),
    ("trước ngày 15/12 hằng năm", 2024, "2024-12-15", "2024-12-15", "day"),
    ("trong tháng 11/2024", None, "2024-11-01", "2024-11-30", "month"),
    ("Tháng 6/2025", None, "2025-06-01", "2025-06-30", "month"),
    ("tháng 01 năm 2020", None, "2020-01-01", "2020-01-31", "month"),
    ("hoàn thành trong tháng 10 năm 2025", None, "2025-10-01", "2025-10-31", "month"),
    ("vào cuối tháng 3/2020", None, "2020-03-01", "2020-03-31", "month"),
    ("tháng 2/2024", None, "2024-02-01", "2024-02-29", "month"),
    ("trong tháng 6 - 8/2025", None, "2025-06-01", "2025-08-31", "range"),
    ("trong quý I/2023", None, "2023-01-01", "2023-03-31", "quarter"),
    ("Quý IV năm 2025", None, "2025-10-01", "2025-12-31", "quarter"),
    ("trong quý I - II/2020", None, "2020-01-01", "2020-06-30", "quarter"),
    ("quý 3/2024", None, "2024-07-01", "2024-09-30", "quarter"),
    ("trong quý III và IV năm 2025", None, "2025-07-01", "2025-12-31", "quarter"),
    ("các năm 2025 - 2026", None, "2025-01-01", "2026-12-31", "range"),
    ("6 tháng đầu năm 2024", None, "2024-01-01", "2024-06-30", "half"),
    ("6 tháng cuối năm", 2025, "2025-07-01", "2025-12-31", "half"),
    ("trong năm 2025", None, "2025-01-01", "2025-12-31", "year"),
    ("Năm 2025 và các năm tiếp theo", None, "2025-01-01", "2025-12-31", "year"),
    ("Đầu năm 2026", None, "2026-01-01", "2026-12-31", "year"),
    ("Từ năm học 2023 - 2024", None, "2023-09-01", "2024-05-31", "school_year"),
    ("giai đoạn 2019 - 2025", None, "2019-01-01", "2025-12-31", "range"),
    ("xuyên suốt trong năm 2023 và năm 2024", None, "2023-01-01", "2024-12-31", "range"),
    ("Từ ngày 20/1/2020 đến hết ngày 08/2/2020", None, "2020-01-20", "2020-02-08", "range"),
    ("từ ngày 01/12/2023 - 10/01/2024", None, "2023-12-01", "2024-01-10", "range"),
    ("từ tháng 6 đến hết tháng 8/2023", None, "2023-06-01", "2023-08-31", "range"),
    ("từ tháng 01/2020 đến tháng 4/2020", None, "2020-01-01", "2020-04-30", "range"),
    ("Từ tháng 02/2020 đến 30/6/2020", None, "2020-02-01", "2020-06-30", "range"),
    ("từ 15/12 đến 15/1/2021", None, "2020-12-15", "2021-01-15", "range"),
    ("diễn ra từ ngày 19 - 25/1/2026", None, "2026-01-19", "2026-01-25", "range"),
    ("Thời gian: Từ ngày 15/3 - 30/4/2025", None, "2025-03-15", "2025-04-30", "range"),
    ("cao điểm từ cuối tháng 1/2020, trong tháng 2/2020", None, "2020-01-01", "2020-02-29", "range"),
]


@pytest.mark.parametrize(("phrase", "year", "start", "end", "granularity"), CASES)
def test_phrase(phrase: str, year: int | None, start: str, end: str, granularity: str) -> None:
    when = parse_when(phrase, context_year=year)
    assert when is not None, phrase
    assert (when.start, when.end, when.granularity) == (start, end, granularity)
    assert phrase[when.span[0]:when.span[1]] == when.text


@pytest.mark.parametrize("phrase", [
    "nhiệm kỳ 2020 - 2025",  # a term of office is not a date
    "35/12/2020",  # no such day
    "vị trí 1/3 chiều ngang",  # a fraction, not a day-month
    "xong trước 15/12",  # no year and no context year
    "Huy hiệu 50, 55, 60 năm tuổi Đảng",
])
def test_not_a_date(phrase: str) -> None:
    assert parse_when(phrase) is None


def test_from_now_leaves_start_to_the_caller() -> None:
    when = parse_when("Đợt I: Từ nay đến hết năm 2024.")
    assert when is not None and when.from_now and when.start is None and when.end == "2024-12-31"


def test_range_to_an_event_falls_back_to_its_first_day() -> None:
    when = parse_when("từ ngày 3/2/2020 đến Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
    assert when is not None and (when.start, when.granularity) == ("2020-02-03", "day")


def test_part_of_month_is_kept() -> None:
    when = parse_when("vào cuối tháng 3/2020")
    assert when is not None and when.part == "cuối"


def test_pos_skips_earlier_dates() -> None:
    text = "Kế hoạch số 02-KH/BTC, ngày 23/10/2019; hoàn thành trước ngày 30/4/2020"
    first = parse_when(text)
    assert first is not None and first.start == "2019-10-23"
    second = parse_when(text, pos=first.span[1])
    assert second is not None and second.start == "2020-04-30"


_TOKENS = ["từ", "đến", "hết", "ngày", "tháng", "quý", "năm", "học", "giai đoạn", "nay", "đầu", "cuối", "giữa",
           "6", "I", "IV", "-", "/", ",", "và", "trong", "12", "31", "2025", "1999", "0", "(", ")", "\n", "trước"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14), st.integers(min_value=1990, max_value=2030))
def test_any_token_soup_reads_to_a_valid_window_or_nothing(tokens: list[str], year: int) -> None:
    phrase = " ".join(tokens)
    when = parse_when(phrase, context_year=year)
    if when is not None:
        assert phrase[when.span[0]:when.span[1]] == when.text
        assert date.fromisoformat(when.end)
        if when.start is not None:
            assert date.fromisoformat(when.start) <= date.fromisoformat(when.end)
