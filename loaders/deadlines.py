"""The deadline of one task item: a day, a window, a time relative to an event, a recurrence,
"thường xuyên", or none; read from the item's "Thời gian thực hiện: …" line when it has one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from graph.models import Deadline, Span
from loaders.dates import When, parse_when

# "Thời gian thực hiện: …", "(*thời gian hoàn thành: …*)", "(thời gian có sách: …)", "Thời hạn: …",
# "THỜI GIAN THỰC HIỆN: …", State tables' "Tiến độ hoàn thành: …"
_LABEL = re.compile(
    r"""(?P<label>\b(?i:thời\s+(?:gian|hạn|điểm)|tiến\s+độ)(?!\s+(?i:tới|qua|này|gần|sắp|dài|ngắn|đầu|cuối)\b)
        (?:\s+[^\s:;.()]+){0,3}\s*:\s*)                                      # not "trong thời gian tới: …"
        (?P<body>[^\n()]*(?:\([^()\n]*\)[^\n()]*)*?)(?=\)|\n|$)""",
    re.VERBOSE,
)

# The words right before a date that make it the item's deadline, not a date it mentions.
_CUE = re.compile(
    r"""(?:\b(?:trước|vào|trong|dịp|hoàn\s+thành|xong|chậm\s+nhất|hạn|đến\s+hết|đến|từ|
            bắt\s+đầu|thực\s+hiện|tổ\s+chức|triển\s+khai|ngày|hết)
         (?:\s+(?:ngày|hết|khoảng|dịp|tháng|năm))?\s*|\(\s*)$""",
    re.VERBOSE | re.IGNORECASE,
)

_RECURRING = re.compile(
    r"""(?:(?:vào|trước)\s+)?ngày\s+(?P<mday>\d{1,2})\s+(?:hàng|hằng)\s+tháng     # "vào ngày 20 hàng tháng"
      | (?:(?:vào|trước)\s+)?ngày\s+(?P<yday>\d{1,2})(?:\s*/\s*|\s+tháng\s+)(?P<ymonth>\d{1,2})
        \s+(?:hàng|hằng)\s+năm                                                # "trước ngày 15/12 hằng năm",
                                                                              # "trước ngày 30 tháng 11 hàng năm"
      | (?:(?:vào|trước|lúc)\s+)?(?P<dhour>\d{1,2})\s*(?:h|giờ)\s*(?:\d{2})?\s*['’]?\s*(?:hàng|hằng|mỗi)\s+ngày
                                                                              # "trước 19h00’ hằng ngày"
      | (?P<times>\d{1,2}|hai|ba)\s+lần\s*(?:/|một|mỗi|trong)\s*ngày
        (?:\s*\(\s*(?:vào|trước|lúc)?\s*(?P<hours>\d{1,2}\s*(?:h|giờ)[^()]{0,40})\))?      # "02 lần/ngày (trước 9h00’ và 16h00’)"
      | (?P<every>\d{1,2}|sáu|ba)\s+tháng\s*(?:một|1|/)\s*lần                  # "6 tháng một lần"
      | định\s+kỳ\s+(?P<every2>\d{1,2}|sáu|ba)\s+tháng                         # "định kỳ 6 tháng"
      | (?:định\s+kỳ\s+)?(?:hàng|hằng|mỗi)\s+(?P<unit>ngày|tuần|tháng|quý|năm)\b
        (?:\s+(?:một|1)\s+lần)?                                              # "hằng tháng", "định kỳ hằng quý", "mỗi năm một lần"
      | (?P<bare>định\s+kỳ)(?=\s+(?:tổng\s+hợp|báo\s+cáo|kiểm\s+tra|sơ\s+kết|đánh\s+giá))
                                                                              # "định kỳ tổng hợp báo cáo"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "kế hoạch dài hạn và hằng năm", "chương trình công tác hằng năm": a kind of plan, not a recurrence
_ADJECTIVAL = re.compile(r"(?:dài\s+hạn|ngắn\s+hạn|trung\s+hạn)\s+và\s*$|(?:kế\s+hoạch|chương\s+trình|dự\s+toán)\s*$|"
                         r"ngân\s+sách(?:\s+(?:nhà\s+nước|trung\s+ương|địa\s+phương|tỉnh|huyện|xã|cấp\s+\w+))?\s*$", re.I)
# "định kỳ hằng năm (trước ngày 25/12 trong năm)": the yearly day said right after the recurrence
_YEARLY_DAY = re.compile(r"\s*\(?\s*(?:trước|vào|chậm\s+nhất)?\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:/|\s+tháng\s+)(?P<m>\d{1,2})(?!\s*/\s*\d)",
                         re.I)
_HOURS = re.compile(r"(\d{1,2})\s*(?:h|giờ)")
_RULES = {"ngày": "FREQ=DAILY", "tuần": "FREQ=WEEKLY", "tháng": "FREQ=MONTHLY",
          "quý": "FREQ=MONTHLY;INTERVAL=3", "năm": "FREQ=YEARLY"}
_WORD_NUMBERS = {"sáu": 6, "ba": 3}

# "chi thường xuyên" (recurrent spending), "hoạt động thường xuyên", "nhiệm vụ … thường xuyên, lâu dài":
# the word qualifies a noun, it sets no time
_QUALIFIED = re.compile(r"\b(?:chi|hoạt\s+động|nhiệm\s+vụ(?:\s+chính\s+trị)?(?:\s+quan\s+trọng)?|công\s+việc|kinh\s+phí|"
                        r"dự\s+toán|nguồn|vốn|trực|định\s+kỳ\s+và)\s*,?\s*$", re.IGNORECASE)
_CONTINUOUS = re.compile(r"\b(?:thực\s+hiện\s+)?thường\s+xuyên(?:\s+trong\s+năm)?|"
                         r"\b(?:cập\s+nhật|theo\s+dõi|trực|giám\s+sát)\s+liên\s+tục|"
                         r"\btrực\s+ban\b[^.;]{0,60}?\b24\s*/\s*24\b", re.IGNORECASE)  # "trực ban … 24/24": round the clock

# An event a deadline can hang on: "khai mạc Đại hội XX", "kết thúc hội nghị", "Tết Nguyên đán".
_EVENT_HEAD = (r"(?:(?:diễn\s+ra\s+)?(?:phiên\s+)?(?:khai\s+mạc|bế\s+mạc|kết\s+thúc|tổng\s+kết|tổ\s+chức)\s+|phiên\s+)?"
               r"(?:của\s+)?(?:Đại\s+hội|đại\s+hội|Hội\s+nghị|hội\s+nghị|Lễ|lễ|Tết|kỳ\s+họp|Kỳ\s+họp|"
               r"khai\s+mạc|bế\s+mạc|kết\s+thúc|phiên)")
_EVENT_WORD = re.compile(r"\b(?:đại\s+hội|hội\s+nghị|lễ|tết|kỳ\s+họp|khai\s+mạc|bế\s+mạc|kết\s+thúc|tổng\s+kết|"
                         r"sơ\s+kết|bầu\s+cử|hội\s+thi|cuộc\s+thi|diễn\s+tập|ngày\s+\d|"
                         r"(?:lũ|nước)\s+rút|bão\s+tan)", re.IGNORECASE)  # a disaster's end is an event
_COUNT = r"(?P<{name}>\d{{1,3}}|một|hai|ba|mười)\s+(?P<{name}_unit>ngày|tuần|tháng)"
_RELATIVE = re.compile(
    rf"""
      (?P<when>
          (?:(?P<lead>chậm\s+nhất|hoàn\s+thành|xong|tổ\s+chức|trình|báo\s+cáo)\s+)?(?:{_COUNT.format(name='n1')}\s+)?
          (?:
              (?P<ngay>ngay\s+)?(?P<dir>trước|sau)(?:\s+(?:ngày\s+diễn\s+ra|ngày))?\s+
              (?={_EVENT_HEAD})                                               # "01 tuần trước ngày diễn ra phiên khai mạc"
            | (?P<ngay_khi>ngay\s+)?(?P<dir_khi>sau\s+khi|trước\s+khi)\s+                # "sau khi cấp uỷ công bố dự thảo"
          )
        | (?:(?:trong\s+(?:vòng|thời\s+hạn)|chậm\s+nhất|sau)\s+)?{_COUNT.format(name='n3')}\s+(?:làm\s+việc\s+)?
          (?P<since>kể\s+từ)\s+(?:ngày\s+)?                                     # "trong vòng 30 ngày kể từ ngày Quyết định có hiệu lực"
        | (?P<eve>(?:tối|buổi\s+tối|ngày|đêm)\s+hôm\s+trước)\s+                # "tối hôm trước phiên khai mạc"
        | (?P<at>tại|trong)\s+(?=phiên\s+(?:khai|bế)\s+mạc|Kỳ\s+họp\s+thứ)      # "tại phiên Khai mạc Đại hội XX", "tại Kỳ họp thứ 9"
        | (?P<occasion>(?:vào|nhân)\s+dịp(?:\s+chuẩn\s+bị)?(?:\s+đón)?)\s+
          (?=(?:Tết|Lễ|kỷ\s+niệm|Đại\s+hội|Ngày\s+[^\d]))                     # "vào dịp chuẩn bị đón Tết Nguyên đán"
      )
      (?P<anchor>[^.;()\n]+?)
      (?:\s+{_COUNT.format(name='n2')})?
      (?=\s*(?:[.;()\n]|$|,\s|\s+để\s|\s+nhằm\s))
    """,
    re.VERBOSE | re.IGNORECASE,
)
_RECEDING = re.compile(r"(?:lũ|nước|mưa\s+lũ)\s+rút|bão\s+tan", re.IGNORECASE)
# "được ban hành tại", "đã thông qua tại": the occasion of something done, not a time to work to
_DONE_AT = re.compile(r"\b(?:được|đã)(?:\s+\S+){1,3}\s*$", re.IGNORECASE)
# "…, Bộ Chính trị sẽ có chỉ đạo": what follows the event is another's act, in the future
_OTHERS_TURN = re.compile(r"\s*,\s+[^,.;]{2,60}?\s+sẽ\s")
# "trước, trong và sau Đại hội": around the event, not a time to finish by
_AROUND = re.compile(r"(?:trước|trong)\s*(?:,|và)\s*(?:trong\s*(?:,|và)\s*)?$", re.IGNORECASE)
_NOW_TO_EVENT = re.compile(
    r"\btừ\s+nay\s+(?:đến|tới)\s+(?!hết\b|(?:(?:đầu|giữa|cuối)\s+)?(?:ngày|tháng|quý|năm)\s+\d)"
    r"(?P<anchor>(?:[^.;()\n,]|,(?!\s))+)", re.IGNORECASE)
_BARE_YEARS = re.compile(r"^((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?$")
_DIGIT = re.compile(r"\d")
_FINISHING = re.compile(r"(?:hoàn\s+thành|\bxong|chậm\s+nhất|thời\s+hạn|hạn\s+chót)[^;.,()]*$", re.IGNORECASE)
_UNIT_DAYS = {"ngày": 1, "tuần": 7, "tháng": 30}
_SMALL = {"một": 1, "hai": 2, "ba": 3, "mười": 10}

# "từ ngày 3/2/2020 đến Đại hội đại biểu toàn quốc lần thứ XIII của Đảng": a window closed by an event
_UNTIL_EVENT = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:đến|tới)\s+(?!hết\b)(?P<anchor>[^.;()\n]*[A-ZĐ][^.;()\n]*)")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rank: int  # lower wins a tie at the same position
    deadline: Deadline


def _count(m: re.Match, name: str) -> int | None:
    raw = m.group(name)
    if raw is None:
        return None
    n = _SMALL.get(raw.lower()) or int(raw)
    return n * _UNIT_DAYS[m.group(f"{name}_unit")]


def _recurring(text: str) -> list[_Candidate]:
    low = text.lower()
    # cheap test first: most items recur nowhere. Every form holds "hàng"/"hằng", "định kỳ", "mỗi", or
    # "lần" after "tháng" ("6 tháng một lần"); a bare "lần" ("lần thứ XIV") is no recurrence.
    if not (any(word in low for word in ("hàng", "hằng", "định kỳ", "mỗi")) or ("lần" in low and ("tháng" in low or "ngày" in low))):
        return []
    out = []
    for m in _RECURRING.finditer(text):
        if m.group("unit") and _ADJECTIVAL.search(text[max(0, m.start() - 25): m.start()]):
            continue
        exact = False
        if m.group("mday"):
            rule = f"FREQ=MONTHLY;BYMONTHDAY={int(m.group('mday'))}"
        elif m.group("dhour") and int(m.group("dhour")) < 24:
            rule = f"FREQ=DAILY;BYHOUR={int(m.group('dhour'))}"
            exact = True
        elif m.group("times"):
            hours = sorted({int(h) for h in _HOURS.findall(m.group("hours") or "") if int(h) < 24})
            rule = "FREQ=DAILY" + (f";BYHOUR={','.join(map(str, hours))}" if hours else "")
            exact = bool(hours)
        elif m.group("yday"):
            rule = f"FREQ=YEARLY;BYMONTH={int(m.group('ymonth'))};BYMONTHDAY={int(m.group('yday'))}"
        elif m.group("every") or m.group("every2"):
            raw = (m.group("every") or m.group("every2")).lower()
            rule = f"FREQ=MONTHLY;INTERVAL={_WORD_NUMBERS.get(raw) or int(raw)}"
        elif m.group("unit"):
            rule = _RULES[m.group("unit").lower()]
            day = _YEARLY_DAY.match(text, m.end()) if m.group("unit").lower() == "năm" else None
            if day and 1 <= int(day.group("m")) <= 12 and 1 <= int(day.group("d")) <= 31:
                rule = f"FREQ=YEARLY;BYMONTH={int(day.group('m'))};BYMONTHDAY={int(day.group('d'))}"
                exact = True
        else:
            rule = None  # "định kỳ" with no stated frequency
        rank = 0 if (m.group("mday") or m.group("yday") or exact) else 2
        out.append(_Candidate(m.start(), m.end(), rank,
                              Deadline(kind="recurring", rule=rule, text=m.group(0))))
    return out


def _relative(text: str) -> list[_Candidate]:
    low = text.lower()
    if not any(word in low for word in ("trước", "sau", "phiên", "kỳ họp", "dịp", "kể từ")):
        return []
    out = []
    for m in _RELATIVE.finditer(text):
        anchor = m.group("anchor").strip()
        if _AROUND.search(text[max(0, m.start() - 20): m.start()]):
            continue
        if m.group("occasion"):
            offset = None  # "vào dịp …": around the event, no exact day
            if parse_when(anchor) is not None and parse_when(anchor).span[0] < 3:
                continue  # "vào dịp 3/2/2020" is a date, read by _dated
        elif m.group("eve"):
            offset = -1
        elif m.group("at"):
            offset = 0
        elif m.group("dir_khi") and not (m.group("n1") or m.group("n2") or m.group("ngay_khi")) \
                and _RECEDING.fullmatch(anchor):
            offset = None  # "sau khi nước rút": the water goes down over days, no one moment to count from
        elif m.group("since"):
            offset = _count(m, "n3")
        else:
            direction = (m.group("dir") or m.group("dir_khi") or "").split()[0].lower()
            n = _count(m, "n1") if m.group("n1") else _count(m, "n2")
            offset = (n or 0) * (-1 if direction == "trước" else 1)
        if (m.group("dir_khi") and not (m.group("n1") or m.group("n2") or m.group("ngay_khi"))
                and not _EVENT_WORD.search(anchor)):
            continue  # "trước khi đưa vào sử dụng", "sau khi thực hiện chính quyền 02 cấp": a condition
            # ("ngay sau khi lũ rút" is a time: at once when it comes)
        if m.group("at") and _DONE_AT.search(text[max(0, m.start() - 40): m.start()]):
            continue  # "các luật … được ban hành tại Kỳ họp thứ 10": where a thing was done
        if m.group("dir") and _OTHERS_TURN.match(text, m.end()):
            continue  # "…; sau Hội nghị Trung ương 11, Bộ Chính trị sẽ có chỉ đạo": when another acts
        weak = m.group("dir") and not (m.group("n1") or m.group("n2") or m.group("ngay") or m.group("lead"))
        rank = 3 if weak else 0
        out.append(_Candidate(m.start(), m.end(), rank,
                              Deadline(kind="relative", anchor=anchor, offset_days=offset, text=m.group(0).strip())))
    return out


def _context_year(issued_date: str | None) -> int | None:
    return int(issued_date[:4]) if issued_date else None


def _dated(text: str, *, issued_date: str | None, cued: bool) -> list[_Candidate]:
    if not _DIGIT.search(text):
        return []  # every date form holds a number
    out = []
    pos = 0
    year = _context_year(issued_date)
    while (when := parse_when(text, context_year=year, pos=pos)) is not None:
        pos = when.span[1]
        before = text[max(0, when.span[0] - 30): when.span[0]]
        starts_with_from = when.text[:2].lower() == "từ"
        alone = not text[: when.span[0]].strip(" \t|:-–(*") or re.search(r"[|\n]\s*$", before)
        if cued and not starts_with_from and not alone and not _CUE.search(before):
            continue  # a table cell or line holding only the time ("| Quý II/2025 |") is its own cue
        dashed = when.granularity == "range" and re.search(r"\d\s*[/.]\s*\d{4}\s*[-–—]", when.text)
        if dashed and not starts_with_from and not re.search(r"\btừ\s*$", before, re.I):
            continue  # "(3/2/1930 - 3/2/2020)": an anniversary's two dates, not a window of work
        if re.search(r"diễn\s+ra\s*(?:từ\s*)?$", before, re.I):
            continue  # "Cuộc thi … đang diễn ra từ ngày 26/8/2019": the contest's window, not the task's
        if re.search(r"(?:sự\s+kiện|ngày\s+lễ|lễ\s+lớn|kỷ\s+niệm)[^,;.]*$", text[max(0, when.span[0] - 80): when.span[0]]) \
                and re.search(r"\btrong\s*$", before):
            continue  # "các sự kiện lịch sử quan trọng trong năm 2020": the events' year
        if when.yearless and issued_date and when.end < issued_date:
            when = parse_when(text, context_year=year + 1, pos=when.span[0]) or when  # "15/1" after a December issue
        if cued and _not_a_deadline(when, before, issued_date):
            continue
        # "từ tháng 01/2020 đến tháng 4/2020; hoàn thành trước ngày 30/4/2020": the finishing date decides
        finishing = _FINISHING.search(text[max(0, when.span[0] - 60): when.span[0]])
        deadline = _deadline_of(when, text, before, issued_date)
        cue = _CUE.search(before)
        if cue and deadline.text == when.text:  # the phrase as written: "trước ngày 30/3/2023", "vào dịp 3/2/2020"
            deadline.text = before[cue.start():].lstrip("( ") + when.text
        start = text.find(deadline.text or "", max(0, when.span[0] - 40))
        out.append(_Candidate(start if start >= 0 else when.span[0], when.span[1], -1 if finishing else 0, deadline))
    return out


def _not_a_deadline(when: When, before: str, issued_date: str | None) -> bool:
    """A goal's horizon ("đến năm 2030"), a programme's years ("giai đoạn 2026 - 2030"), a date already
    past when the document was issued ("đợt mưa lũ từ ngày 16-22/11/2025"), or the time a thing was
    done ("các nhiệm vụ được giao trong năm 2025") — not when the work is due."""
    if when.granularity == "year" and re.search(r"\bđến\s*$", before, re.IGNORECASE):
        return True
    if when.text[:5].lower() == "giai " or re.search(r"giai\s+đoạn\s*$", before, re.IGNORECASE):
        return True
    if issued_date and when.end and when.end < issued_date and not when.yearless:
        return True
    return bool(re.search(r"\bđược(?:\s+\S+){1,3}\s+(?:trong|vào)\s*$", before, re.IGNORECASE))


def _deadline_of(when: When, text: str, before: str, issued_date: str | None) -> Deadline:
    phrase = when.text
    opening = re.search(r"\b(?:từ|kể\s+từ)\s*$", before, re.IGNORECASE)
    if when.granularity == "range":  # "từ nay đến hết năm 2025" starts on the issue date
        start = issued_date if when.from_now else when.start
        return Deadline(kind="period", start=start, due=when.end, text=phrase)
    if opening:
        tail = _UNTIL_EVENT.match(text, when.span[1])
        if tail:  # "từ ngày 3/2/2020 đến Đại hội XIII": due when the event comes
            return Deadline(kind="period", start=when.start, end_anchor=tail.group("anchor").strip(),
                            text=f"{before[opening.start():]}{phrase}{tail.group(0)}".strip())
        # "thực hiện từ tháng 12/2024": open-ended; a school year names the window itself
        due = when.end if when.granularity == "school_year" else None
        return Deadline(kind="period", start=when.start, due=due, text=f"{before[opening.start():]}{phrase}".strip())
    if when.granularity == "day":
        return Deadline(kind="date", due=when.end, text=phrase)
    if re.search(r"\btrước\s*$", before, re.IGNORECASE):  # "trước tháng 6/2025": done by 31/5/2025
        day_before = date.fromisoformat(when.start) - timedelta(days=1) if when.start else None
        return Deadline(kind="date", due=day_before.isoformat() if day_before else None, text=phrase)
    if re.search(r"\bđến(?:\s+hết)?\s*$", before, re.IGNORECASE):  # "thực hiện đến hết năm 2025": only the end is said
        return Deadline(kind="period", due=when.end, text=phrase)
    return Deadline(kind="period", start=when.start, due=when.end, text=phrase)


def _continuous(text: str) -> list[_Candidate]:
    """ "thực hiện thường xuyên" anywhere; a bare "thường xuyên" only in the item's first sentence,
    where it qualifies the assignment itself rather than one of its later steps."""
    low = text.lower()
    if "thường" not in low and "liên tục" not in low and "24" not in low:
        return []  # every form says "thường xuyên" or "liên tục" (any case); most items do not
    first_stop = re.search(r"\.(?:\s|$)", text)
    limit = first_stop.start() if first_stop else len(text)
    return [_Candidate(m.start(), m.end(), 1, Deadline(kind="continuous", text=m.group(0)))
            for m in _CONTINUOUS.finditer(text)
            if (m.start() < limit or m.group(0).lower().startswith("thực") or "trong năm" in m.group(0))
            and not _QUALIFIED.search(text[max(0, m.start() - 25): m.start()])]


def _from_now(text: str, *, issued_date: str | None) -> list[_Candidate]:
    """ "từ nay đến Đại hội XIV": from the issue date until an event."""
    if "nay" not in text.lower():
        return []  # cheap test first: the phrase always says "nay" (any case)
    return [_Candidate(m.start(), m.end(), 0, Deadline(kind="period", start=issued_date,
                                                        end_anchor=m.group("anchor").strip(), text=m.group(0).strip()))
            for m in _NOW_TO_EVENT.finditer(text)]


def _days(deadline: Deadline) -> int:
    if not (deadline.start and deadline.due and len(deadline.start) == len(deadline.due) == 10):
        return 0
    return (date.fromisoformat(deadline.due) - date.fromisoformat(deadline.start)).days


def _pick(text: str, *, issued_date: str | None, cued: bool) -> _Candidate | None:
    found = (_recurring(text) + _relative(text) + _dated(text, issued_date=issued_date, cued=cued)
             + _from_now(text, issued_date=issued_date) + _continuous(text))
    if not found:
        return None
    best = min(max(c.rank, 0) for c in found)
    first = min((c for c in found if max(c.rank, 0) == best), key=lambda c: c.start)
    # "từ tháng 01/2020 đến tháng 4/2020; hoàn thành trước ngày 30/4/2020": the finishing date beats a
    # window of work; otherwise the first deadline stated is the item's ("vào đầu tháng 3/2025 …;
    # … hoàn thành chậm nhất ngày 30/6/2025")
    finishing = [c for c in found if c.rank < 0 and c.start > first.start]
    window = first.deadline.kind == "period" and (re.search(r"\b(?:từ|đến)\b", first.deadline.text or "", re.I)
                                                  or _days(first.deadline) > 45)
    if finishing and window and first.rank >= 0:
        return finishing[0]
    return first


def find_deadline(text: str, *, base: int = 0, issued_date: str | None = None) -> Deadline:
    """The deadline of one task item's text (its trailing "Thời gian thực hiện: …" line included).

    A "Thời gian …:" label wins over any other date in the item; otherwise only dates with a
    deadline cue ("trước ngày", "trong quý", "vào dịp", "hoàn thành") count, so a cited
    document's date or an anniversary's dates are not taken for the deadline.
    """
    for label in reversed(list(_LABEL.finditer(text))):
        body = label.group("body").strip().rstrip(".;,").strip()
        if not body:
            continue
        offset = label.start("body") + (len(label.group("body")) - len(label.group("body").lstrip()))
        years = _BARE_YEARS.match(body)
        if years:  # a table cell "2025 - 2026" or "2025": the years named
            body_when = f"năm {years.group(1)}" + (f" - {years.group(2)}" if years.group(2) else "")
            when = parse_when(body_when)
            got = _Candidate(0, len(body), 0, Deadline(kind="period", start=when.start, due=when.end)) if when else None
        else:
            got = _pick(body, issued_date=issued_date, cued=False)
        span = Span(start=base + offset, end=base + offset + len(body))
        if got is None:
            return Deadline(kind="none", text=body, span=span)
        return got.deadline.model_copy(update={"text": body, "span": span})
    got = _pick(text, issued_date=issued_date, cued=True)
    if got is None:
        return Deadline()
    start = base + got.start
    return got.deadline.model_copy(update={"span": Span(start=start, end=start + len(got.deadline.text or ""))})
