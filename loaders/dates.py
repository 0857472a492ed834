"""The date grammar of Vietnamese planning documents: one phrase in, one calendar window out.

Shared by deadlines, events and periods: "ngày 13 tháng 12 năm 2019", "quý I - II/2020",
"6 tháng đầu năm 2024", "năm học 2023 - 2024", "từ tháng 6 đến hết tháng 8/2023"...
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Literal

Granularity = Literal["day", "month", "quarter", "half", "year", "school_year", "range"]

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_SEP = r"\s*[/.\-]\s*"  # "31/12/2025", "31-12-2025", "31.12.2025", OCR "31/12/ 2025"
_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?:19|20)\d{2}"

# One alternative per single date form; the names tell _single() how to read it.
_SINGLE = rf"""
      (?:ngày\s+)?(?<![\d/])(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<y>{_YEAR})(?!\d)
                                                                # "30/3/2023", "ngày 01.12.2023"
    | ngày\s+(?P<wd>\d{{1,2}})\s+tháng\s+(?P<wm>\d{{1,2}})\s+năm\s+(?P<wy>{_YEAR})
                                                                # "ngày 13 tháng 12 năm 2019"
    | (?:(?P<qpart>đầu|giữa|cuối)\s+)?quý\s+(?P<q1>IV|I{{1,3}}|[1-4])
      (?:(?:{_DASH}|\s+và\s+|\s*,\s*)(?:quý\s+)?(?P<q2>IV|I{{1,3}}|[1-4]))?
      (?:\s*/\s*|\s+năm\s+)(?P<qy>{_YEAR})                      # "quý II/2023", "quý I - II/2020", "Quý IV năm 2025"
    | (?P<hn>6|sáu)\s+tháng\s+(?P<hw>đầu|cuối)\s+năm(?:\s+(?P<hy>{_YEAR}))?
                                                                # "6 tháng đầu năm 2024", "6 tháng cuối năm"
    | tháng\s+(?P<mr1>\d{{1,2}}){_DASH}(?:tháng\s+)?(?P<mr2>\d{{1,2}})(?:\s*/\s*|\s+năm\s+)(?P<mry>{_YEAR})
                                                                # "tháng 6 - 8/2025"
    | (?:(?P<mpart>đầu|giữa|cuối)\s+)?tháng\s+(?P<mm>\d{{1,2}})
      (?:(?:\s*/\s*|\s+năm\s+|\s*-\s*)(?P<my>{_YEAR}))?(?![\d/])
                                                                # "tháng 11/2024", "cuối tháng 3/2020", "tháng 01 năm 2020", "tháng 6"
    | năm\s+học\s+(?P<sy1>{_YEAR}){_DASH}(?P<sy2>{_YEAR})         # "năm học 2023 - 2024"
    | giai\s+đoạn\s+(?P<gy1>{_YEAR}){_DASH}(?P<gy2>{_YEAR})       # "giai đoạn 2019 - 2025"
    | (?:(?P<ypart>đầu|giữa|cuối)\s+)?năm\s+(?P<yy>{_YEAR})(?!\d)
      (?:(?:\s+và\s+|{_DASH})(?:năm\s+)?(?P<yy2>{_YEAR})(?!\d))?  # "năm 2024", "Đầu năm 2026", "năm 2023 và năm 2024", "năm 2025 - 2026"
    | (?:ngày\s+|(?<=trước\s)|(?<=sau\s)|(?<=vào\s)|(?<=dịp\s)|(?<=đến\s)|(?<=hết\s)|(?<=từ\s)|(?<=hạn\s))
      (?<![\d/])(?P<dd>\d{{1,2}})\s*/\s*(?P<dm>\d{{1,2}})(?![\d/])
                                                                # "15/12", "ngày 20/1" (year from context)
    | (?P<nay>nay|bây\s+giờ)                                    # "từ nay"
    | ngày\s+(?P<od>\d{{1,2}})(?=\s*(?:[-–]|đến)\s*(?:ngày\s+)?\d{{1,2}}\s*/)
                                                                # "từ ngày 19 - 25/1/2026": a day read with the next bound's month
"""

# A range: "từ X đến (hết) Y", "từ X - Y", "X - Y" (two full dates), "từ X, trong Y".
_WHEN = re.compile(
    rf"""
    (?P<range>
        (?P<from>[Tt]ừ\s+|[Bb]ắt\s+đầu\s+từ\s+)?
        (?P<a>{_SINGLE.replace('(?P<', '(?P<a_')})
        (?:\s*\([^()]{{0,80}}\))?                               # "Từ ngày 01/11/2025 (từ sau Đại hội XX) đến ..."
        (?P<conn>\s+(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?\s+|{_DASH}(?:ngày\s+)?|\s*,\s*trong\s+)
        (?P<b>{_SINGLE.replace('(?P<', '(?P<b_')})
    )
    | (?P<one>{_SINGLE})
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Where a date can open: a number's first digit followed by what _SINGLE's number-led forms need
# ("d/m/y", "d/m", "6 tháng"; no other form opens with a digit; "1. Tổ chức" is no date), or at a word's start one of "từ", "bắt", "ngày",
# "quý", "tháng", "năm", "giai", "đầu", "giữa", "cuối", "sáu", "nay", "bây" (any case). Written to
# open with one character class (without IGNORECASE, which hides it from the regex engine), so a
# scan skips straight to candidate characters; "ſ" is a case variant of "s" to IGNORECASE.
_OPENER = re.compile(
    r"""[\dtTbBnNqQgGcCsSđĐſ]
        (?: (?<=\d)(?<!\d\d)                                   # a number's first digit, when a date form
            (?=\d?\s*[/.\-]\s*\d|(?<=6)\s)                      # can go on: "30/4", "15.12", "6 tháng"
          | (?<!\w\w)                                           # at a word's start
            (?i: (?<=t)(?:ừ|háng) | (?<=b)(?:ắt|ây) | (?<=n)(?:gày|ăm|ay) | (?<=q)uý
               | (?<=g)(?:iai|iữa) | (?<=đ)ầu | (?<=c)uối | (?<=s)áu )\b
        )""",
    re.VERBOSE,
)
_ONE = re.compile(rf"(?P<one>{_SINGLE})", re.VERBOSE | re.IGNORECASE)


@dataclass(frozen=True)
class When:
    """A calendar window read from a phrase.

    ``start``/``end`` are the first and last ISO days; ``start`` is None for "từ nay" (the
    caller knows the issue date). ``part`` keeps "đầu"/"giữa"/"cuối" of an approximate month or
    year (the window is still the whole unit). ``span`` is [start, end) in the phrase.
    ``yearless`` is True when the year came from ``context_year``.
    """

    start: str | None
    end: str
    granularity: Granularity
    text: str
    span: tuple[int, int]
    part: str | None = None
    start_part: str | None = None
    yearless: bool = False
    from_now: bool = False


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _low(part: str | None) -> str | None:
    return part.lower() if part else None


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _quarter(token: str) -> int:
    return _ROMAN.get(token.upper()) or int(token)


def _single(g: dict, year: int | None) -> tuple[str | None, str, Granularity, str | None, bool] | None:
    """(start, end, granularity, part, yearless) of one single-date match, or None if invalid."""
    yearless = False
    if g.get("d"):
        y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
    elif g.get("wd"):
        y, m, d = int(g["wy"]), int(g["wm"]), int(g["wd"])
    elif g.get("dd"):
        if year is None:
            return None
        y, m, d, yearless = year, int(g["dm"]), int(g["dd"]), True
    else:
        d = None
    if d is not None:
        if not (1 <= m <= 12 and 1 <= d <= _last_day(y, m)):
            return None
        day = _iso(y, m, d)
        return day, day, "day", None, yearless
    if g.get("q1"):
        y, q1 = int(g["qy"]), _quarter(g["q1"])
        q2 = _quarter(g["q2"]) if g.get("q2") else q1
        if q2 < q1:
            return None
        return _iso(y, 3 * q1 - 2, 1), _iso(y, 3 * q2, _last_day(y, 3 * q2)), "quarter", g.get("qpart"), False
    if g.get("hn"):
        if g.get("hy"):
            y = int(g["hy"])
        elif year is not None:
            y, yearless = year, True
        else:
            return None
        if g["hw"].lower() == "đầu":
            return _iso(y, 1, 1), _iso(y, 6, 30), "half", None, yearless
        return _iso(y, 7, 1), _iso(y, 12, 31), "half", None, yearless
    if g.get("mr1"):
        y, m1, m2 = int(g["mry"]), int(g["mr1"]), int(g["mr2"])
        if not 1 <= m1 < m2 <= 12:
            return None
        return _iso(y, m1, 1), _iso(y, m2, _last_day(y, m2)), "range", None, False
    if g.get("mm"):
        m = int(g["mm"])
        if g.get("my"):
            y = int(g["my"])
        elif year is not None:
            y, yearless = year, True
        else:
            return None
        if not 1 <= m <= 12:
            return None
        return _iso(y, m, 1), _iso(y, m, _last_day(y, m)), "month", g.get("mpart"), yearless
    if g.get("sy1"):
        y1, y2 = int(g["sy1"]), int(g["sy2"])
        # a school year runs from September to the end of May
        return (_iso(y1, 9, 1), _iso(y2, 5, 31), "school_year", None, False) if y2 == y1 + 1 else None
    if g.get("gy1"):
        y1, y2 = int(g["gy1"]), int(g["gy2"])
        return (_iso(y1, 1, 1), _iso(y2, 12, 31), "range", None, False) if y1 <= y2 else None
    if g.get("yy"):
        y1 = int(g["yy"])
        y2 = int(g["yy2"]) if g.get("yy2") else y1
        if y2 < y1:
            return None
        return _iso(y1, 1, 1), _iso(y2, 12, 31), "year" if y1 == y2 else "range", g.get("ypart"), False
    if g.get("nay"):
        return None, "", "day", None, False
    return None


def _names(pattern: re.Pattern, prefix: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The group names of one bound ("a_", "b_") or, with prefix "", of a single date (no bound's names)."""
    if prefix:
        full = tuple(k for k in pattern.groupindex if k.startswith(prefix))
        return full, tuple(k[len(prefix):] for k in full)
    full = tuple(k for k in pattern.groupindex if not k.startswith(("a_", "b_")))
    return full, full


# computed once per pattern and prefix: walking groupdict() of ~140 groups per match was the cost
_NAMES = {(p, prefix): _names(p, prefix) for p, prefix in ((_WHEN, ""), (_WHEN, "a_"), (_WHEN, "b_"), (_ONE, ""))}


def _groups(m: re.Match, prefix: str) -> dict:
    full, short = _NAMES[m.re, prefix]
    return {k: v for k, v in zip(short, m.group(*full)) if v}


def _year_hint(g: dict) -> int | None:
    for key in ("y", "wy", "qy", "hy", "mry", "my", "yy", "sy1", "gy1"):
        if g.get(key):
            return int(g[key])
    return None


def _read(m: re.Match, context_year: int | None) -> When | None:
    span = m.span()
    if "range" not in m.re.groupindex or not m.group("range"):
        got = _single(_groups(m, ""), context_year)
        if got is None or got[0] is None:
            return None
        start, end, gran, part, yearless = got
        return When(start, end, gran, m.group(0), span, part=_low(part), yearless=yearless)
    ga, gb = _groups(m, "a_"), _groups(m, "b_")
    # "từ tháng 6 đến hết tháng 8/2023": the first bound takes its year from the second
    hint_a, hint_b = _year_hint(ga), _year_hint(gb)
    b = _single(gb, hint_a or context_year)
    if ga.get("od") and b is not None and b[2] == "day":
        ga = {"d": ga["od"], "m": b[1][5:7], "y": b[1][:4]}
    a = _single(ga, hint_b or context_year)
    if a is None or b is None or b[0] is None:
        return None
    dash_only = m.group("conn").strip()[:1] in "-–—"
    if dash_only and not m.group("from") and not (a[2] == b[2] and a[2] in ("day", "quarter") and hint_a and hint_b
                                                 or a[2] == "day" and b[2] == "day"):
        return None  # "2020 - 2025" dashes are ranges only between two full days or quarters ("Quý IV/2025- Quý II/2026")
    if a[0] is not None and a[0] > b[1]:
        if a[4] and a[0][:4] == b[1][:4]:  # "từ 15/12 đến 15/1/2021": the first bound is the year before
            shifted = _single(ga, int(b[1][:4]) - 1)
            a = shifted if shifted else a
        if a[0] is not None and a[0] > b[1]:
            return None
    yearless = (a[4] and not hint_b) or (b[4] and not hint_a)
    return When(a[0], b[1], "range", m.group(0), span, part=_low(b[3]), start_part=_low(a[3]),
                yearless=bool(yearless), from_now=a[0] is None)


def parse_when(phrase: str, *, context_year: int | None = None, pos: int = 0) -> When | None:
    """The first date, month, quarter, year or range in ``phrase`` at or after ``pos``.

    A day-month without a year ("xong trước 15/12") takes ``context_year``; without it the
    phrase is skipped. Returns None when nothing calendar-like is found.
    """
    # _WHEN.search would try its whole alternation at every character; only words that can
    # open a date are worth a full match attempt (ten times faster on long documents).
    for opener in _OPENER.finditer(phrase, pos):
        m = _WHEN.match(phrase, opener.start())
        if m is None:
            continue
        when = _read(m, context_year)
        if when is not None:
            return when
        if m.group("range"):
            # "từ ngày 3/2/2020 đến Đại hội XIII" is no range, but its first bound is a date
            one = _ONE.match(phrase, m.start("a"))
            if one is not None and (when := _read(one, context_year)) is not None:
                return when
    return None
