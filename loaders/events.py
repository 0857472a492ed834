"""Dated events a document names: anniversaries "N năm <event> (d/m/yyyy - d/m/yyyy)" with the
ordinal checked against the dates, dated meetings, and the congresses deadlines hang on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

from graph.folding import fold
from graph.models import Event, Problem, Span

_DAY = r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:1[4-9]|20)\d{2}"
_YEAR = r"(?:1[4-9]|20)\d{2}"
_POINT = rf"(?:{_DAY}|{_YEAR})"

# The whole-text patterns open with a character class or a literal, their look-behinds after it
# ("\d(?<![\d/.,]\d)" is a number not glued to "1/2,3."), so a scan skips to where they can match.
#
# "90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020)",
# "Kỷ niệm 20 năm chia tách, thành lập tỉnh Lai Châu: (01/01/2004-01/01/2024)",
# "526 năm thành lập tỉnh Cao Bằng (1499 - 2026)", "135 ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)"
_ANNIVERSARY = re.compile(
    rf"""(?P<n>\d(?<![\d/.,]\d)\d{{0,3}})\s+(?P<nam>năm\s+)?
         (?P<name>(?=[^();:\n]{{3,}}(?:\(|:\s*\(|\n\s*:?\s*\())                # quick test: the clause goes on to "("
                  [^\W\d](?:(?:gắn\s+với|và|cùng)\s+(?:kỷ\s+niệm\s+)?\d{{1,4}}\s+năm\s+   # a chain: "… gắn với 70 năm …"
                             |(?!\d{{1,4}}\s+năm\s)[^();:\n]){{2,250}}?)\s*:?\s*       # else no "N năm" inside
         \(\s*(?:từ\s+)?(?:ngày\s+)?(?P<d1>{_POINT})(?:\s*[-–—]\s*(?:ngày\s+)?(?P<d2>{_POINT}))?\s*\)""",
    re.VERBOSE,
)
# "50 năm ngày giải phóng miền Nam, thống nhất đất nước (dịp 30 tháng 4 năm 2025)": only the anniversary's day
_ANNIVERSARY_AT = re.compile(
    rf"""(?P<n>\d(?<![\d/.,]\d)\d{{0,3}})\s+năm\s+
         (?P<name>[^\W\d](?:(?!\d{{1,4}}\s+năm\s)[^();:\n]){{2,250}}?)\s*
         \(\s*(?:vào\s+)?(?:dịp|ngày)\s+(?:ngày\s+)?
         (?:(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>{_YEAR})
          |(?P<wd>\d{{1,2}})\s+tháng\s+(?P<wm>\d{{1,2}})\s+năm\s+(?P<wy>{_YEAR}))\s*\)""",
    re.VERBOSE,
)
# "75 năm Chiến thắng Biên giới năm 1950": the origin's year inside the name
_YEAR_IN_NAME = re.compile(
    rf"""(?P<n>\d(?<![\d/.,]\d)\d{{0,3}})\s+năm\s+
         (?P<name>(?:[Cc]hiến\s+thắng|[Cc]ách\s+mạng|[Kk]hởi\s+nghĩa|[Tt]ổng\s+tiến\s+công|[Nn]gày|[Tt]hành\s+lập)
         [^();:,.\n]{{2,40}}?\s+năm\s+(?P<year>{_YEAR}))(?!\d)""",
    re.VERBOSE,
)
# "đến năm 2030, kỷ niệm 100 năm đất nước dưới sự lãnh đạo của Đảng": the anniversary's year first
_YEAR_FIRST = re.compile(
    rf"""năm(?<!\wnăm)\s+(?P<at>{_YEAR})\s*,\s*(?:kỷ\s+niệm|tròn)\s+(?P<n>\d{{1,4}})\s+năm\s+(?P<name>[^();:,.\n]{{3,150}})""",
    re.VERBOSE,
)
# "tại Hội nghị Ban Chấp hành Trung ương Đảng ngày 03/8/2024": a dated meeting, no anniversary
# "… (19/8/1945 - 19/8/2025) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025)":
# a second event sharing the first one's "N năm", its ordinal read from its own dates
_FOLLOWER = re.compile(
    rf"""\s*(?:và|,|;|gắn\s+với)\s+(?:kỷ\s+niệm\s+)?(?P<name>[^\W\d][^();:\n]{{2,150}}?)\s*:?\s*
         \(\s*(?:ngày\s+)?(?P<d1>{_DAY})\s*[-–—]\s*(?:ngày\s+)?(?P<d2>{_DAY})\s*\)""",
    re.VERBOSE,
)
# "kỷ niệm Ngày thành lập Đảng (3/2/1930 - 3/2/2025)": no "N năm", the ordinal is read from the dates
_UNNUMBERED = re.compile(
    rf"""[KkCc](?<!\w[KkCc])(?:(?<=[Kk])ỷ\s+niệm|(?<=[Cc])hào\s+mừng)\s+(?P<name>[^\W\d][^();:\n\d]{{2,150}}?)\s*:?\s*
         \(\s*(?:ngày\s+)?(?P<d1>{_DAY})\s*[-–—]\s*(?:ngày\s+)?(?P<d2>{_DAY})\s*\)""",
    re.VERBOSE,
)
_DATED_MEETING = re.compile(
    rf"""(?P<name>(?:Hội\s+nghị|Kỳ\s+họp|Phiên\s+họp|Lễ|Đại\s+hội)\s+[^\W\d][^();:,.\n]{{2,120}}?)\s*,?\s*\(?\s*
         ngày\s+(?P<d1>{_DAY})""",
    re.VERBOSE,
)
_CITED = re.compile(r"(?:Thông\s+báo|[Kk]ết\s+luận|Nghị\s+quyết|Công\s+văn|Báo\s+cáo|Chỉ\s+thị|Quyết\s+định|Văn\s+bản)"
                    r"(?:\s+số\s+\S+)?(?:\s+\w+){0,2}\s+(?:của|tại)\s*$")
# a chained mention sharing the next dates: "70 năm ngày giải phóng … gắn với 70 năm ngày Bác Hồ gửi thư …"
_CHAIN = re.compile(r"\s+(?:gắn\s+với|và|cùng)\s+(?:kỷ\s+niệm\s+)?(?P<n>\d{1,4})\s+năm\s+")
# congresses: "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Đại hội XIV của Đảng", "Đại hội XX Đảng bộ tỉnh"
_CONGRESS = re.compile(
    r"""Đại\s+hội\s+(?:
          (?:đại\s+biểu\s+)?(?:toàn\s+quốc\s+|Đảng\s+toàn\s+quốc\s+)lần\s+thứ\s+(?P<n1>[IVXL]+)(?:\s+của\s+Đảng)?
                                                                        # "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
        | (?:lần\s+thứ\s+)?(?P<n2>[IVXL]+)\s+của\s+Đảng                  # "Đại hội XIV của Đảng"
        | (?P<n3>[IVXL]+)\s+Đảng\s+bộ\s+tỉnh                             # "Đại hội XX Đảng bộ tỉnh"
        | (?:đại\s+biểu\s+)?Đảng\s+bộ\s+tỉnh(?:\s+[A-ZĐ]\w+(?:\s+[A-ZĐ]\w+)?)?\s+lần\s+thứ\s+(?P<n4>[IVXL]+)
                                                                        # "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"
        | (?P<body>(?:đại\s+biểu\s+)?Đảng\s+bộ\s+(?!tỉnh\b|các\b)[^\W\d][^();:,.\n]{1,80}?)\s+lần\s+thứ\s+(?P<n5>[IVXL]+)
                                                                        # "Đại hội Đảng bộ Khối các Cơ quan … tỉnh lần thứ IX"
    )(?![\w])""",
    re.VERBOSE,
)
_LEAD_WORDS = re.compile(r"^(?:(?:lễ\s+)?kỷ\s+niệm|chào\s+mừng|tròn|lần\s+thứ\s+\w+)\s+", re.IGNORECASE)
# "05 năm tiếp theo (2026 - 2030)", "sau 05 năm thực hiện", "50 năm tuổi Đảng": spans of years, not anniversaries
_NOT_EVENTS = re.compile(r"^(?:của|trong|với|từ|thực\s+hiện|triển\s+khai|tuổi|qua|nhiệm\s+kỳ|học|tiếp\s+theo|tới|sắp\s+tới|gần\s+đây|"
                         r"trước|đầu|cuối|liền|liên\s+tục|đổi\s+mới\s+và\s+phát\s+triển)\b", re.IGNORECASE)


_PROGRAMMES = re.compile(r"^(?:Chương\s+trình|Nghị\s+quyết|Đề\s+án|Kế\s+hoạch|Chỉ\s+thị|Kết\s+luận|Luật|"
                         r"Quyết\s+định|Chiến\s+lược|Dự\s+án|xây\s+dựng|tổ\s+chức)\b", re.IGNORECASE)
_PLAUSIBLE_YEARS = (1900, 2075)  # anniversaries the documents plan for


@dataclass
class EventsFound:
    """``events`` are dated (what the gold lists); ``congresses`` are named congresses, dated or
    not, kept apart so relative deadlines can hang on them without counting as dated events."""

    events: list[Event] = field(default_factory=list)
    congresses: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _iso(point: str) -> str:
    parts = re.split(r"\s*[/.\-]\s*", point.strip())
    if len(parts) == 1:
        return parts[0]
    d, m, y = (int(p) for p in parts)
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(iso: str) -> bool:
    if len(iso) == 4:
        return True
    try:
        date.fromisoformat(iso)
    except ValueError:  # "31/2/1930" is a typo, not a day
        return False
    return True


def _clean_name(name: str) -> str:
    name = _LEAD_WORDS.sub("", name.strip(" ,-–"))
    return name[:1].upper() + name[1:]


def _same_event(a: Event, b: Event) -> bool:
    if a.years != b.years:
        return False
    if a.date == b.date:
        fa, fb = (re.sub(r"^ngay ", "", fold(e.name)) for e in (a, b))
        return fa in fb or fb in fa or SequenceMatcher(None, fa, fb).ratio() >= 0.6
    # "75 năm Chiến thắng Biên giới năm 1950" is the same as its fully dated mention
    short, full = sorted((a.date or "", b.date or ""), key=len)
    return len(short) == 4 and full.startswith(short)


def _anniversaries(text: str, base: int, found: EventsFound) -> list[Event]:
    out: list[Event] = []
    for m in _ANNIVERSARY.finditer(text):
        d1, d2 = _iso(m.group("d1")), _iso(m.group("d2")) if m.group("d2") else None
        if not _valid(d1) or (d2 and not _valid(d2)):
            continue
        origin_year = int(d1[:4])
        # the chain's parts all share the dates in the closing parenthesis
        parts: list[tuple[int, str, int]] = []
        name, n, start = m.group("name"), int(m.group("n")), m.start()
        for link in _CHAIN.finditer(name):
            parts.append((n, name[: link.start()], start))
            n, name, start = int(link.group("n")), name[link.end():], m.start("name") + link.end()
        parts.append((n, name, start))
        for years, raw, start in parts:
            if _NOT_EVENTS.match(raw.strip()) or (len(d1) == 4 and _PROGRAMMES.match(raw.strip())):
                continue  # "10 năm Chương trình … (2015 - 2025)": a programme's run, not an anniversary
            anniversary = d2 or (f"{origin_year + years}" if len(d1) == 4 else f"{origin_year + years}{d1[4:]}")
            stated_gap = int(anniversary[:4]) - origin_year
            if not m.group("nam") and stated_gap != years:
                continue  # "135 ngày sinh …" misses "năm": trusted only when the dates agree
            if stated_gap != years:
                found.problems.append(Problem(
                    code="ordinal_mismatch",
                    message=f"«{m.group(0)}» ghi {years} năm nhưng {d1[:4]}–{anniversary[:4]} là {stated_gap} năm; "
                            f"giữ {years} như văn bản ghi, cần kiểm tra lại",
                    span=Span(start=base + start, end=base + m.end())))
            out.append(Event(name=_clean_name(raw), date=d1, years=years, anniversary_date=anniversary,
                             text=m.group(0), span=Span(start=base + start, end=base + m.end())))
        follower = _FOLLOWER.match(text, m.end())
        if follower and not re.search(r"\d+\s+năm\s", follower.group("name")):
            f1, f2 = _iso(follower.group("d1")), _iso(follower.group("d2"))
            if _valid(f1) and _valid(f2) and f2[4:] == f1[4:] and f2 > f1:
                out.append(Event(name=_clean_name(follower.group("name")), date=f1,
                                 years=int(f2[:4]) - int(f1[:4]), anniversary_date=f2, text=text[follower.start("name"):follower.end()],
                                 span=Span(start=base + follower.start("name"), end=base + follower.end())))
    for m in _ANNIVERSARY_AT.finditer(text):
        years = int(m.group("n"))
        y, mo, d = (int(m.group(k) or m.group("w" + k)) for k in ("y", "m", "d"))
        origin = f"{y - years:04d}-{mo:02d}-{d:02d}"
        if _NOT_EVENTS.match(m.group("name")) or not _valid(origin) or not _valid(f"{y:04d}-{mo:02d}-{d:02d}"):
            continue
        out.append(Event(name=_clean_name(m.group("name")), date=origin, years=years,
                         anniversary_date=f"{y:04d}-{mo:02d}-{d:02d}", text=m.group(0),
                         span=Span(start=base + m.start(), end=base + m.end())))
    for m in _UNNUMBERED.finditer(text):
        f1, f2 = _iso(m.group("d1")), _iso(m.group("d2"))
        if _valid(f1) and _valid(f2) and f2[4:] == f1[4:] and f2 > f1 and not _NOT_EVENTS.match(m.group("name")):
            out.append(Event(name=_clean_name(m.group("name")), date=f1, years=int(f2[:4]) - int(f1[:4]),
                             anniversary_date=f2, text=m.group(0),
                             span=Span(start=base + m.start(), end=base + m.end())))
    for m in _YEAR_IN_NAME.finditer(text):
        years, year = int(m.group("n")), int(m.group("year"))
        if not _PLAUSIBLE_YEARS[0] <= year + years <= _PLAUSIBLE_YEARS[1]:
            continue  # "95 năm Ngày thành lập Đảng … năm 2025": the year is the celebration's, not the origin's
        out.append(Event(name=_clean_name(m.group("name")), date=str(year), years=years,
                         anniversary_date=str(year + years), text=m.group(0),
                         span=Span(start=base + m.start(), end=base + m.end())))
    for m in _YEAR_FIRST.finditer(text):
        years, at = int(m.group("n")), int(m.group("at"))
        out.append(Event(name=_clean_name(m.group("name")), date=str(at - years), years=years,
                         anniversary_date=str(at), text=m.group(0),
                         span=Span(start=base + m.start(), end=base + m.end())))
    for m in _DATED_MEETING.finditer(text):
        date = _iso(m.group("d1"))
        if _CITED.search(text[max(0, m.start() - 40): m.start()]):
            continue  # "Thông báo kết luận của Hội nghị … ngày 12/3/2025" cites a document
        if _valid(date):
            kind = "congress" if m.group("name").startswith("Đại") else "event"
            out.append(Event(name=m.group("name").strip(), kind=kind, date=date, text=m.group(0),
                             span=Span(start=base + m.start(), end=base + m.end())))
    return out


def _congress_name(m: re.Match, jurisdiction: str | None) -> str:
    if m.group("n1") or m.group("n2"):
        return f"Đại hội đại biểu toàn quốc lần thứ {m.group('n1') or m.group('n2')} của Đảng"
    if m.group("n5"):
        body = re.sub(r"^đại\s+biểu\s+", "", m.group("body"))
        return f"Đại hội đại biểu {' '.join(body.split())} lần thứ {m.group('n5')}"
    where = f" {jurisdiction}" if jurisdiction else ""
    return f"Đại hội đại biểu Đảng bộ tỉnh{where} lần thứ {m.group('n3') or m.group('n4')}"


def find_events(text: str, *, base: int = 0, jurisdiction: str | None = None) -> EventsFound:
    """Every dated event in ``text`` (one per distinct event and ordinal), the congresses it
    names, and an ``ordinal_mismatch`` problem where "N năm" disagrees with the dates."""
    found = EventsFound()
    for event in sorted(_anniversaries(text, base, found), key=lambda e: (-len(e.date or ""), e.span.start)):
        if not any(_same_event(event, kept) for kept in found.events):
            found.events.append(event)
    found.events.sort(key=lambda e: e.span.start)
    seen: set[str] = set()
    for m in _CONGRESS.finditer(text):
        name = _congress_name(m, jurisdiction)
        if name not in seen:
            seen.add(name)
            found.congresses.append(Event(name=name, kind="congress", text=m.group(0),
                                          span=Span(start=base + m.start(), end=base + m.end())))
    return found
