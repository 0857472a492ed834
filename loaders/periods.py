"""Campaign phases and time windows with explicit bounds: "Đợt II: Từ ngày 01/01/2025 đến ngày
31/8/2025", a "Thời gian tuyên truyền" section's ranges, "giai đoạn 2019 - 2025" of a programme.
Task deadlines are not periods: a "Thời gian thực hiện: …" line belongs to loaders.deadlines.
"""
from __future__ import annotations

import re

from graph.models import Period, Span
from loaders.dates import When, parse_when

# "- Đợt II: Từ ngày 01/01/2025 …", "II- DỢT II: TỪ NGÀY …" (OCR Đ→D), "Giai đoạn 1: …"
_PHASE = re.compile(
    r"""^[ \t]*(?:[-+•][ \t]*|[IVX]+[-.)][ \t]*|\d+[.)][ \t]*|[a-zđ]\)[ \t]*)?
        (?P<label>(?:[ĐD]ợt|Giai\s+đoạn)\s+(?P<ord>[IVX]+|\d+(?:\.\d+)*))(?:\s*[:.\-–]\s*|\s+(?=\())
        (?P<rest>(?:\(\s*)?(?:từ|sau|trước|đến|trong|tháng|quý|năm|ngày|\d)[^\n]*)$""",
    re.VERBOSE | re.IGNORECASE | re.MULTILINE,
)
# a numbered heading whose text is a window: "1.1. Từ nay đến tháng 3/2020",
# "1.2. Tuyên truyền đại hội đảng bộ, chi bộ cơ sở: Từ tháng 02/2020 đến 30/6/2020"
_HEADING = re.compile(
    r"""^[ \t]*(?P<num>\d+(?:\.\d+)+\.?|[IVX]+[-.])[ \t]+(?P<title>[^\n]{0,160})$""",
    re.VERBOSE | re.MULTILINE,
)
# the heading of a section on timing: "IV- THỜI GIAN THỰC HIỆN", "3. Thời gian tuyên truyền"
_TIME_SECTION = re.compile(r"^[ \t]*(?P<num>\d+(?:\.\d+)*\.?|[IVX]+[-.])[ \t]*thời\s+gian\b[^\n]{0,60}$",
                           re.IGNORECASE | re.MULTILINE)
# words that make a range in running text a campaign window rather than a task's deadline
_CUE = re.compile(
    r"""(?:\bthời\s+gian\s+(?!thực\s+hiện\s*:|hoàn\s+thành)[^:\n]{0,60}:   # "Thời gian treo cờ, khẩu hiệu …:"
        | \bthời\s+gian\s+(?!thực\s+hiện\s*$|hoàn\s+thành)\S[^:;\n]{0,80}     # "thời gian quan trắc từ …",
                                                                        # "thời gian thực hiện giảm lãi suất … từ …"
        | tập\s+trung\s+tuyên\s+truyền                                      # "Tập trung tuyên truyền từ tháng 6 …"
        | tuyên\s+truyền\s+(?:đậm\s+nét|sâu\s+đậm|cao\s+điểm)               # "tuyên truyền đậm nét từ ngày …"
        | cao\s+điểm | đang\s+diễn\s+ra | bắt\s+đầu | xuyên\s+suốt)\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# "Phong trào thi đua cao điểm được triển khai thực hiện từ …": a campaign's peak named earlier in the clause
_PEAK = re.compile(r"\bcao\s+điểm\b[^.;:\n]{0,80}$", re.IGNORECASE)
# "Thời gian tổ chức Hội thi: tháng 5/2025": a named window of one month or quarter
# (opens with "[Tt]" outside IGNORECASE, its word-start test after it, so a scan skips to "t"s)
_LABELLED = re.compile(r"(?P<label>[Tt](?<!\w[Tt])(?i:hời\s+gian\s+(?!thực\s+hiện|hoàn\s+thành)[^:\n]{3,60})):"
                       r"(?i:\s*(?:trong\s+)?)")
# "giai đoạn 2019 - 2025" of a programme document named in the same clause
_PROGRAMME_NOUN = re.compile(r"\b(?:Đề\s+án|Chương\s+trình|Chiến\s+lược|Kế\s+hoạch|Dự\s+án)\b", re.IGNORECASE)
_PROGRAMME = re.compile(rf"{_PROGRAMME_NOUN.pattern}[^.;]{{0,220}}$", re.IGNORECASE)
_UNTIL_EVENT = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:đến|tới)\s+(?!hết\b)(?P<anchor>[^.;()\n]+)", re.IGNORECASE)
_NOW_TO_EVENT = re.compile(r"^\s*từ\s+nay\s+(?:đến|tới)\s+(?!hết\b|(?:(?:đầu|giữa|cuối)\s+)?(?:ngày|tháng|quý|năm)\s+\d)(?P<anchor>[^.;()\n]*[A-ZĐ][^.;()\n]*)",
                           re.IGNORECASE)
_AFTER_EVENT = re.compile(r"^\s*sau\s+(?:khi\s+)?(?P<anchor>[^.;()\n]+)", re.IGNORECASE)
_YEARS = re.compile(r"^\(?\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")
# "trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày": a window around every event
_AROUND = re.compile(
    r"trước\s+(?:từng|mỗi|các)\s+sự\s+kiện\s+(?P<before>\d{1,3})\s+ngày\s+và\s+sau\s+(?:từng|mỗi|các)\s+sự\s+kiện\s+"
    r"(?P<after>\d{1,3})\s+ngày",
    re.IGNORECASE,
)


def _bound(iso: str | None, part: str | None) -> str | None:
    """A bound given as "cuối/giữa tháng 1/2020" is only known to the month."""
    if iso and part in ("cuối", "giữa") and len(iso) == 10:
        return iso[:7]
    return iso


def _period(name: str, when: When, *, base: int, offset: int, issued_date: str | None) -> Period | None:
    start = issued_date if when.from_now else _bound(when.start, when.start_part)
    if when.from_now and not issued_date:
        start = None
    end = when.end if when.part != "giữa" else when.end[:7]
    if start and start[:len(end)] > end:
        return None  # "từ nay đến hết năm 2023" in a 2024 document: no window left
    span = Span(start=base + offset + when.span[0], end=base + offset + when.span[1])
    return Period(name=name.strip(" :-–,.") or when.text, start=start, end=end, text=when.text, span=span)


def _years(name: str, first: str, last: str, *, base: int, lo: int, hi: int, text: str) -> Period | None:
    if first > last:
        return None
    return Period(name=name, start=f"{first}-01-01", end=f"{last}-12-31", text=text[lo:hi],
                  span=Span(start=base + lo, end=base + hi))


def _phase(m: re.Match, *, base: int, issued_date: str | None) -> Period | None:
    rest, offset, name = m.group("rest"), m.start("rest"), m.group("label")
    name = re.sub(r"^[ĐD]ợt|^[ĐD]ỢT", "Đợt", name, flags=re.IGNORECASE)
    last = re.match(r"(?:19|20)\d{2}\b", rest)
    if re.fullmatch(r"(?:19|20)\d{2}", m.group("ord")) and last:  # "Giai đoạn 2021 - 2025: …"
        return _years(name, m.group("ord"), last.group(0), base=base, lo=m.start("ord"), hi=offset + last.end(),
                      text=m.string)
    years = _YEARS.match(rest)
    if years:  # "Giai đoạn 1 (2025 - 2027)": a bare pair of years
        return _years(name, years.group(1), years.group(2), base=base, lo=offset + years.start(1),
                      hi=offset + years.end(2), text=m.string)
    now = _NOW_TO_EVENT.match(rest)
    if now:  # "Đợt 1: Từ nay đến Đại hội XIV của Đảng": from the issue date to the event
        return Period(name=name, start=issued_date, end_anchor=now.group("anchor").strip(), text=rest.strip(),
                      span=Span(start=base + offset, end=base + offset + len(rest.rstrip())))
    after = _AFTER_EVENT.match(rest)
    if after:  # "Đợt V: Sau khi bế mạc Đại hội XIV của Đảng."
        return Period(name=name, start_anchor=after.group("anchor").strip(), text=rest.strip(),
                      span=Span(start=base + offset, end=base + offset + len(rest.rstrip())))
    when = parse_when(rest, context_year=int(issued_date[:4]) if issued_date else None)
    if when is None or when.span[0] > 12:
        return None
    if when.granularity != "range":
        tail = _UNTIL_EVENT.match(rest, when.span[1])
        opening = re.search(r"\btừ\s*$", rest[: when.span[0]], re.IGNORECASE)
        if not (tail and opening):
            return None  # "Đợt I: Báo cáo trước ngày 05/02/2025" is a deadline
        # "Đợt IV: Từ ngày 01/11/2025 (từ sau Đại hội XX) đến Đại hội Đảng toàn quốc lần thứ XIV"
        return Period(name=name, start=when.start, end_anchor=tail.group("anchor").strip(),
                      text=rest.strip(), span=Span(start=base + offset, end=base + offset + len(rest.rstrip())))
    return _period(name, when, base=base, offset=offset, issued_date=issued_date)


def _ranges(text: str, *, year: int | None) -> list[When]:
    """Every range in the text (single dates are never windows in running text)."""
    out, pos = [], 0
    while (when := parse_when(text, context_year=year, pos=pos)) is not None:
        pos = when.span[1]
        if when.granularity == "range":
            out.append(when)
    return out


def _headings(text: str, *, base: int, issued_date: str | None, year: int | None) -> list[Period | None]:
    """Numbered headings whose text is a window, or ends with one after a colon."""
    out = []
    for m in _HEADING.finditer(text):
        title = m.group("title")
        when = parse_when(title, context_year=year)
        if when is None or when.granularity != "range" or len(title) - when.span[1] > 3:
            continue
        if when.span[0] > 0 and not re.search(r":\s*$", title[: when.span[0]]):
            continue
        name = title[: when.span[0]].strip(" :") or title.strip(" .")
        out.append(_period(name, when, base=base, offset=m.start("title"), issued_date=issued_date))
    return out


def _windows(text: str, *, base: int, issued_date: str | None, year: int | None,
             title: str | None) -> list[Period | None]:
    """Ranges in running text that a timing section, a campaign cue or a programme makes windows."""
    out = []
    titled = {_years_in(m.group(0)) for m in _TITLE_YEARS.finditer(title or "")}
    sections = [(m.start(), _section_end(text, m)) for m in _TIME_SECTION.finditer(text)]
    for when in _ranges(text, year=year):
        lo = when.span[0]
        before = text[max(0, lo - 80): lo]
        in_section = any(a <= lo < b for a, b in sections)
        cued = _CUE.search(re.sub(r"\btừ\s*$|\btrong\s*$", "", before).rstrip()) or _PEAK.search(before)
        window = text[max(0, lo - 250): lo]
        # "Đề án số 19-ĐA/TU … giai đoạn 2019 - 2025": a programme's years are a window only when the
        # document's title names them (its own horizon, or the programme it carries out)
        programme = (when.text.lower().startswith("giai") and _PROGRAMME.search(window)
                     and _years_in(when.text) in titled)
        if not (in_section or cued or programme):
            continue
        clause_start = max(text.rfind(sep, 0, lo) for sep in ("\n", ". ", "; ", ": "))
        name = re.sub(r"^\d+(?:\.\d+)*\.?\s*", "", text[clause_start + 1: lo].strip(" .;:-–+"))
        if not name and cued:  # "Thời gian treo cờ, khẩu hiệu: Từ ngày …": the label names the window
            name = cued.group(0).strip(" :")
        if programme:  # "Đề án số 19-ĐA/TU … giai đoạn 2019 - 2025": named by the programme
            last = list(_PROGRAMME_NOUN.finditer(window))[-1]
            name = f"{' '.join(window[last.start():].split())[:160]} {when.text}"
        period = _period(name or when.text, when, base=base, offset=0, issued_date=issued_date)
        line_end = text.find("\n", lo)
        around = _AROUND.search(text, when.span[1], line_end if line_end >= 0 else len(text))
        if period and around:
            period = period.model_copy(update={"days_before": int(around.group("before")),
                                               "days_after": int(around.group("after"))})
        out.append(period)
    return out


# "… Tổng kết vào tháng 4 năm 2026.": a step of the campaign held in one month or quarter
_STEP_AT = re.compile(r"(?:^|[.;]\s+)(?P<name>[^\W\d_][^.;:\n]{3,60}?)\s+(?:được\s+tổ\s+chức\s+)?(?:vào|trong)\s+(?=tháng|quý)")


def _labelled(text: str, *, base: int, issued_date: str | None, year: int | None) -> list[Period | None]:
    """ "Thời gian tổ chức Hội thi: tháng 5/2025": one month, quarter or year under a window's label;
    "Thời gian tổ chức phong trào thi đua: … Tổng kết vào tháng 4 năm 2026.": each step of it said so."""
    out = []
    for m in _LABELLED.finditer(text):
        when = parse_when(text, context_year=year, pos=m.end())
        if when and when.span[0] == m.end() and when.granularity in ("month", "quarter", "half", "year"):
            out.append(_period(m.group("label").strip(), when, base=base, offset=0, issued_date=issued_date))
        line_end = text.find("\n", m.end())
        line = text[m.end(): line_end if line_end >= 0 else len(text)]
        for step in _STEP_AT.finditer(line):
            pos = m.end() + step.end()
            when = parse_when(text, context_year=year, pos=pos)
            if when and when.span[0] == pos and when.granularity in ("month", "quarter"):
                out.append(_period(step.group("name"), when, base=base, offset=0, issued_date=issued_date))
    return out


def find_periods(text: str, *, base: int = 0, issued_date: str | None = None, title: str | None = None) -> list[Period]:
    """Named phases and windows of the campaign, one per distinct pair of bounds (or anchors)."""
    year = int(issued_date[:4]) if issued_date else None
    found = [_phase(m, base=base, issued_date=issued_date) for m in _PHASE.finditer(text)]
    found += _headings(text, base=base, issued_date=issued_date, year=year)
    found += _windows(text, base=base, issued_date=issued_date, year=year, title=title)
    found += _labelled(text, base=base, issued_date=issued_date, year=year)
    return _distinct([p for p in found if p is not None])


_TITLE_YEARS = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")


def _years_in(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"(?:19|20)\d{2}", text))[:2]


def _section_end(text: str, heading: re.Match) -> int:
    """A section runs to the next heading of its level or higher."""
    num = heading.group("num")
    roman = not num[0].isdigit()
    depth = 0 if roman else num.rstrip(".").count(".") + 1
    for m in re.finditer(r"^[ \t]*(\d+(?:\.\d+)*\.?|[IVX]+[-.])[ \t]+\S", text[heading.end():], re.MULTILINE):
        other = m.group(1)
        other_depth = 0 if not other[0].isdigit() else other.rstrip(".").count(".") + 1
        if other_depth <= depth:
            return heading.end() + m.start()
    return len(text)


def _distinct(periods: list[Period]) -> list[Period]:
    out: list[Period] = []
    seen: set[tuple] = set()
    for p in sorted(periods, key=lambda p: p.span.start if p.span else 0):
        key = (p.start, p.end, p.start_anchor and p.start_anchor.lower(), p.end_anchor and p.end_anchor.lower())
        if key in seen:
            if p.days_before is not None:  # keep the around-each-event window on the kept entry
                for i, kept in enumerate(out):
                    if (kept.start, kept.end) == (p.start, p.end) and kept.days_before is None:
                        out[i] = kept.model_copy(update={"days_before": p.days_before, "days_after": p.days_after})
            continue
        seen.add(key)
        out.append(p)
    return out
