"""References: every other document the text cites by number and sign, with its type, date,
issuer and subject, the clause that cites it, and whether it is a basis ("Thực hiện / Căn cứ").
"""
from __future__ import annotations

import re
from datetime import date

from graph.folding import fold
from graph.models import Reference, Span
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
_ISSUER_AFTER = re.compile(r"^\s*\)?\s*,?\s*của\s+(?P<issuer>(?:Bộ\s(?!Chính trị)|Sở\s)[^;()\n]{2,120}|[^,;()\n]{2,120})")
_ISSUER_STOP = re.compile(r"(?:,|\s+)(?:về|thực hiện|ban hành|triển khai|tiếp tục|khóa|khoá|nhiệm kỳ|tại|đối với|năm \d{4}|ngày|"
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
            elif sym.year:
                issued = str(sym.year)
        if issued is None:
            late = _DATE_AFTER_ISSUER.match(rest)  # "của Ban Tuyên giáo Trung ương ngày 25/11/2019"
            if late:
                issued = _iso(late.group("y"), late.group("m"), late.group("d"))
        if fold(sym.symbol) == own and (issued is None or own_date is None or issued[:4] == own_date[:4]):
            continue
        issuer = _issuer(rest) or issuer_from_code(sym.issuer_code, doc_type=doc_type)
        subject_m = _SUBJECT_AFTER.match(rest)
        ref = Reference(
            symbol=sym.symbol, doc_type=doc_type, issuer=issuer, issued_date=issued,
            jurisdiction=_jurisdiction_of(sym.issuer_code, where, family=sym.family),
            subject=subject_m.group("subject").strip() if subject_m else None,
            basis=m.start() < preamble_end, clause=_clause(text, m.start(), m.end()),
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
    issuer = _ISSUER_STOP.sub("", m.group("issuer")).strip(" .")
    # "của Ban về Đại hội …" names no one: too short to be an issuer.
    return issuer if len(issuer.split()) >= 2 else None


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
