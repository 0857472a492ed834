"""References: every other document the text cites by number and sign, with its type, date,
issuer and subject, the clause that cites it, and whether it is a basis ("Thực hiện / Căn cứ").
"""
from __future__ import annotations

import re
from datetime import date

from graph.folding import fold
from graph.models import Reference, Span
from loaders.header import title_case
from loaders.symbols import SYMBOL_RE, TYPE_WORDS, issuer_from_code, parse_symbol
from loaders.units import Jurisdiction

_TYPE_BEFORE = re.compile(
    r"(?P<type>" + "|".join(sorted((re.escape(t) for t in TYPE_WORDS.values()), key=len, reverse=True))
    + r"|Luật|Công văn|Thông tri|Văn bản)\s*(?:số\s*:?)?\s*$",
    re.IGNORECASE,
)
# ", ngày 15/11/2019", " ngày 30 tháng 5 năm 2019", "ban hành ngày …"
_DATE_AFTER = re.compile(
    r"^\s*[,;]?\s*\(?\s*(?:ban\s+hành\s+)?(?:ngày|ngay)\s+(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+)(?P<y>\d{4})",
    re.IGNORECASE,
)
_ISSUER_AFTER = re.compile(r"^\s*\)?\s*,?\s*(?:của|CỦA)\s+(?P<issuer>(?:Bộ\s(?!Chính trị)|Sở\s|BỘ\s(?!CHÍNH TRỊ)|SỞ\s)[^;()\n]{2,120}|[^,;()\n]{2,120})")
# "… của Bộ Chính trị tại thông báo số 99-TB/TW", "Theo đề nghị của Sở Nội vụ tại Tờ trình số …": the issuer before
_ISSUER_BEFORE = re.compile(r"\bcủa\s+(?P<issuer>(?:(?!\bcủa\s)[^,;()\n]){3,80}?)\s+tại\s+(?:[^\s,;\d]+\s+){0,5}(?:số\s*:?\s*)?$")
# between two citations of one list: "ngày 17 tháng 11 năm 2025 và Tờ trình số "
_CHAINED = re.compile(r"\s*(?:,?\s*(?:ngày|ngay)\s[^,;()\n]{3,25}?)?\s*(?:,|\bvà\b)\s*(?:[^\d,;:()\n]{0,30}?\s)?(?:số\s*:?\s*)?$")
_INTRODUCES_NEXT = re.compile(r"^\s*\)?\s*,?\s*(?:của|CỦA)\s+[^,;()\n]{2,80}?\s+tại\s+(?:[^\s,;\d]+\s+){0,5}(?:số\s*:?\s*)?"
                             + SYMBOL_RE.pattern)
# "Bộ trưởng Bộ Tài chính": the body a head of it speaks for
_HEAD_OF = re.compile(r"^(?:Bộ\s+trưởng|Thủ\s+trưởng|Giám\s+đốc|Chủ\s+tịch|Trưởng\s+ban|Chánh\s+Văn\s+phòng)\s+(?=[A-ZĐ])")
# the items of a list of citations before their shared issuer: ", 8563/VPCP-CN ngày 12/9/2025", "và Kế hoạch số …"
_NEXT_CITED = re.compile(r"^\s*(?:,|\bvà\b)\s*(?:[^\d,;:()\n]{0,30}?\s)?(?:số\s*:?\s*)?(?P<sign>" + SYMBOL_RE.pattern + ")"
                         + r"(?:\s*,?\s*(?:ngày|ngay)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\s*,?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?")
_PROPOSAL = re.compile(r"^[\s*_\-–+•]*Theo\s+đề\s+nghị\b", re.IGNORECASE)
_ISSUER_STOP = re.compile(r"(?:,|\s+)(?:về|thực hiện|ban hành|triển khai|tiếp tục|khóa|khoá|Khóa|Khoá|nhiệm kỳ|tại|đối với|năm \d{4}|ngày|"
                          r"quy định|phê duyệt|hướng dẫn|và\s+(?:Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|Hướng dẫn|Quyết định|"
                          r"Công văn|Thông báo|Nghị định|Thông tư|Luật|các)|(?:Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|"
                          r"Hướng dẫn|Quyết định|Công văn|Thông báo)\s+số)\b.*$")
# "năm 2021" right after a sign; "(ngày 05/01/2024)"; a date after the issuer
# (only when the year closes the citation: "Kế hoạch thực hiện Đề án số 19-ĐA/TU năm 2023 như sau" is the plan's year)
_YEAR_AFTER = re.compile(r"^\s*,?\s*(?:\(\s*)?năm\s+(?P<y>\d{4})\)?(?=\s*(?:[,;.)]|của\b|$))")
_DATE_AFTER_ISSUER = re.compile(r"^\s*,?\s*của\s+[^,;()\n]{2,100}?\s+ngày\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})")
_SUBJECT_AFTER = re.compile(r"^\s*,?\s*(?:của\s+[^,;()\n]*?\s)?(?:\([^()\n]{1,40}\)\s+)?về\s+(?:việc\s+)?(?P<subject>[^;\n]{3,200}?)(?=[;)\n]|,\s*(?:[A-ZĐ]|ngày)|\s*$|\.\s)")
_PREAMBLE_END = re.compile(r"(?m)^\s*(?:[IVX]{1,4}\s*[.\-–]\s*\S|Điều\s+1\b|1\.\s+\S|Phần\s+(?:I|thứ nhất)\b|A\.\s)")
_CENTRAL_CODES = re.compile(r"TW$|^(?:CP|TTg|VPCP|QH\d*|B[A-ZĐ]{2,})$")


def find_references(text: str, *, own_symbol: str | None, where: Jurisdiction,
                    own_date: str | None = None) -> list[Reference]:
    """Distinct cited documents, in order of first citation. The document's own symbol is skipped
    (unless cited with another year: numbers restart each term); the same symbol with two different
    years stays two documents."""
    preamble_end = _preamble_end(text)
    own = fold(re.sub(r"\s+", "", own_symbol or ""))
    found: list[Reference] = []
    # the issuer a citation states, carried to the next one listed with it ("… của Bộ trưởng Bộ Tài chính
    # tại Tờ trình số 844/TTr-BTC ngày 17/11/2025 và Tờ trình số 18186/TTr-BTC …")
    chain_issuer: str | None = None
    chain_end = 0
    for m in SYMBOL_RE.finditer(text):
        sym = parse_symbol(m.group(0))
        before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 400]
        type_m = _TYPE_BEFORE.search(before)
        doc_type = _type_name(type_m.group("type")) if type_m else sym.doc_type
        # "Thông báo kết luận số 15-TB/TU", "văn bản số 118-HD/BTGTW": the sign's type when the text agrees
        # with it or names only a generic "văn bản"
        if sym.doc_type and (doc_type in ("Văn bản", "Công văn") and sym.type_code != "CV"
                             or fold(sym.doc_type) in fold(before[-30:])):
            doc_type = sym.doc_type
        date_m = _DATE_AFTER.match(after)
        issued = None
        rest = after
        if date_m:
            month = date_m.group("m") or date_m.group("m2")
            issued = _iso(date_m.group("y"), month, date_m.group("d"))
            rest = after[date_m.end():]
        else:
            year_m = _YEAR_AFTER.match(after)
            if year_m:  # "Nghị quyết số 05-NQ/TU năm 2021"
                issued = year_m.group("y")
                rest = after[year_m.end():]
            else:  # "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025": a date the list shares
                issued = _shared_date(after, m.group(0))
            # (a State sign's own year, "83/2015/QH13", is part of the sign, not a date the text gives)
        if issued is None:
            late = _DATE_AFTER_ISSUER.match(rest)  # "của Ban Tuyên giáo Trung ương ngày 25/11/2019"
            if late:
                issued = _iso(late.group("y"), late.group("m"), late.group("d"))
        if fold(sym.symbol) == own and (issued is None or own_date is None or issued[:4] == own_date[:4]):
            continue
        stated = (_issuer(rest) or _issuer_before(text[max(0, m.start() - 160):m.start()]) or _shared_issuer(rest, m.group(0))
                  or (chain_issuer if chain_issuer and _CHAINED.match(text, chain_end, m.start()) else None))
        issuer = stated or issuer_from_code(sym.issuer_code, doc_type=doc_type)
        chain_issuer, chain_end = stated, m.end() + (date_m.end() if date_m else 0)
        subject_m = _SUBJECT_AFTER.match(rest)
        ref = Reference(
            symbol=sym.symbol, doc_type=doc_type, issuer=issuer, issued_date=issued,
            jurisdiction=_jurisdiction_of(sym.issuer_code, where, family=sym.family),
            subject=subject_m.group("subject").strip() if subject_m else None,
            basis=_is_basis(text, m.start(), preamble_end), clause=_clause(text, m.start(), m.end()),
            span=Span(start=m.start(), end=m.end()),
        )
        _merge(found, ref)
    return found


def _type_name(word: str) -> str:
    return TYPE_WORDS.get(fold(word), word[:1].upper() + word[1:].lower())


def _iso(y: str, m: str | None, d: str) -> str | None:
    """An ISO date, or None for one the calendar does not have ("30/02/2025" is a typo)."""
    if not m:
        return None
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _issuer(rest: str) -> str | None:
    m = _ISSUER_AFTER.match(rest)
    if not m:
        return None
    if _INTRODUCES_NEXT.match(rest):
        return None  # "…, của Ban Bí thư tại văn bản số 213-KL/TW": the issuer of the next citation
    issuer = _ISSUER_STOP.sub("", m.group("issuer")).strip(" .")
    if issuer.isupper():
        # "… NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ …" in a title in capitals
        issuer = title_case(re.split(r"\s+(?:VỀ|NHIỆM\s+KỲ|KHÓA|KHOÁ)\b", issuer)[0])
    # "của Ban về Đại hội …" names no one: too short to be an issuer.
    return issuer if len(issuer.split()) >= 2 else None


def _issuer_before(before: str) -> str | None:
    m = _ISSUER_BEFORE.search(before)
    if not m:
        return None
    issuer = _HEAD_OF.sub("", m.group("issuer").strip())
    return issuer if len(issuer.split()) >= 2 else None


def _same_sender(a: str, b: str, *, same_type: bool) -> bool:
    """Two signs of one sender (and, for a shared date, of one kind): "10894/VPCP-CN" and "8563/VPCP-CN"."""
    sa, sb = parse_symbol(a), parse_symbol(b)
    return bool(sa.issuer_code) and sa.issuer_code == sb.issuer_code and (not same_type or sa.type_code == sb.type_code)


def _shared_issuer(rest: str, sign: str) -> str | None:
    """The issuer written once after a list of citations: "… số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN
    ngày 12/9/2025 của Văn phòng Chính phủ", "Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày
    29/12/2023 của Ban Thường vụ Tỉnh ủy"."""
    pos, hops = 0, 0
    while hops < 8 and (m := _NEXT_CITED.match(rest[pos:])) and _same_sender(sign, m.group("sign"), same_type=False):
        pos, hops = pos + m.end(), hops + 1
    return _issuer(rest[pos:]) if hops else None


def _shared_date(after: str, sign: str) -> str | None:
    """ "Các Công điện: … số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025": signs of one kind and sender
    listed before one date share it ("Chỉ thị 35-CT/TW và Công văn số 9743-CV/BTGTW ngày …" do not)."""
    pos, hops = 0, 0
    while hops < 8 and (m := _NEXT_CITED.match(after[pos:])) and _same_sender(sign, m.group("sign"), same_type=True):
        date_m = _DATE_AFTER.match(after[pos + m.end("sign"):])
        pos, hops = pos + m.end(), hops + 1
        if date_m:
            return _iso(date_m.group("y"), date_m.group("m") or date_m.group("m2"), date_m.group("d"))
    return None


def _is_basis(text: str, at: int, preamble_end: int) -> bool:
    """Cited in the opening clauses the document rests on, before its body; not the proposal it answers
    ("Theo đề nghị của Sở X tại Công văn số …": SPEC, basis false)."""
    if at >= preamble_end:
        return False
    return not _PROPOSAL.match(text[text.rfind("\n", 0, at) + 1:at])


def _preamble_end(text: str) -> int:
    """Where the opening "Thực hiện / Căn cứ" clauses end: the first heading; in a letter without
    headings, the end of the opening clause's paragraph."""
    m = _PREAMBLE_END.search(text)
    if m:
        # "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH": a State plan lists its bases in its first section
        if re.match(r"\s*[IVX]{1,4}\s*[.\-–]\s*(?:CĂN CỨ|Căn cứ)", text[m.start():m.start() + 40]):
            nxt = _PREAMBLE_END.search(text, m.end())
            return nxt.start() if nxt else m.end()
        return m.start()
    opening = re.search(r"(?m)^(?:Thực hiện|Căn cứ|Triển khai)\b[^\n]*", text[:6000])
    return opening.end() if opening else min(len(text), 3000)


def _clause(text: str, start: int, end: int) -> str:
    left = max(text.rfind("\n", 0, start), text.rfind(";", 0, start), text.rfind(". ", 0, start))
    right_candidates = [i for i in (text.find("\n", end), text.find(";", end), text.find(". ", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right].strip(" ;.")


def _jurisdiction_of(code: str | None, where: Jurisdiction, *, family: str = "party") -> str | None:
    """Where the cited document's issuer sits. A Party sign is central only when its issuer code ends in
    TW ("BTGTW", "VPTW"): "BTGTU", "BTC" are a province's boards. A State sign is central for the
    Government, the Prime Minister, the National Assembly and ministries ("BVHTTDL", "BNV")."""
    if not code:
        return None
    first = code.split("-")[0]
    if first.endswith("TW") or (family == "state" and _CENTRAL_CODES.search(first)):
        return "Trung ương"
    if code.endswith("HU") or code.startswith("HU"):
        return where.label() if where.district else None
    return where.province or where.label()


def _year(date: str | None) -> str | None:
    return date[:4] if date else None


def _merge(found: list[Reference], ref: Reference) -> None:
    """One entry per document: same symbol and year, or one side undated."""
    key = fold(ref.symbol)
    for old in found:
        if fold(old.symbol) != key:
            continue
        oy, ny = _year(old.issued_date), _year(ref.issued_date)
        if oy and ny and oy != ny:
            continue
        if not old.issued_date and ref.issued_date:
            old.issued_date = ref.issued_date
        if ref.issuer and (not old.issuer or len(ref.issuer) > len(old.issuer) and fold(old.issuer) in fold(ref.issuer)):
            old.issuer = ref.issuer
        old.basis = old.basis or ref.basis
        old.subject = old.subject or ref.subject
        return
    found.append(ref)
