"""Header: a document's own number and sign, type, issuer, date, place, title and signer.

Read from the header block when there is one; else from an annex caption ("kèm theo Kế hoạch số
390-KH/TU, ngày 19/11/2024 của Tỉnh ủy Cao Bằng") and the body ("Huyện ủy Tam Đường ban hành kế hoạch").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.folding import fold
from graph.models import Document, Problem, Span
from loaders.symbols import DOC_TYPES, SYMBOL, TYPE_WORDS, issuer_from_code, parse_symbol
from loaders.units import Jurisdiction

# "Số 413-KH/TU", "Số: 20- KH/ĐUK", "Số: 982/KH-UBND" near the top.
_NUMBER_LINE = re.compile(r"(?:^|\n)\s*S[ốỐ]\s*:?\s*(?P<sym>" + SYMBOL + r")", re.IGNORECASE)
# "Cao Bằng, ngày 13 tháng 12 năm 2019"; "Hà Nội, ngày  05  tháng 3 năm 2025".
_PLACE_DATE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?P<place>[^\n,]{2,40}),\s*)?ngày\s+(?P<d>\d{1,2}|\.{2,}|…)\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
# Annex caption: "(kèm theo Kế hoạch số 390-KH/TU, ngày 19/11/2024 của Tỉnh ủy Cao Bằng)".
_CAPTION = re.compile(
    r"(?:kèm\s+theo|ban\s+hành\s+kèm\s+theo)\s+(?P<type>[A-ZĐa-zđÀ-ỹ ]{2,20}?)\s+số\s+(?P<sym>" + SYMBOL + r")"
    r"\s*,?\s*ngày\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?:\s+của\s+(?P<issuer>[^)\n]{3,80}))?",
    re.IGNORECASE,
)
# Body: "…, Tỉnh ủy Cao Bằng xây dựng Kế hoạch …", "Huyện ủy Tam Đường ban hành kế hoạch …".
_BODY_ISSUER = re.compile(
    r"(?:^|[,;:\n]\s*)(?P<issuer>(?:Ban Thường vụ |Ban Chấp hành |Thường trực )?(?:[A-ZĐÂ][^\s,;:]*\s){0,2}"
    r"(?:[Tt]ỉnh\s+[uủ]ỷ?y?|[Hh]uyện\s+[uủ]ỷ?y?|[Tt]hành\s+[uủ]ỷ?y?|Đảng\s+[uủ]ỷ?y?|Ủy ban|Uỷ ban|UBND|Ban|Sở|Bộ)[^,;:\n]{0,90}?)"
    r"\s+(?:xây\s+dựng|ban\s+hành|triển\s+khai)\s+(?:[Kk]ế\s+hoạch|[Hh]ướng\s+dẫn|[Cc]hương\s+trình|[Kk]ết\s+luận)",
)
_SIGN_BLOCK = re.compile(r"(?:T/M|TM\.?|KT\.?|Q\.|TL\.?)\s*(?P<body>[^\n]+(?:\n[^\n]+)?)")
_SIGN_TITLES = ("PHÓ BÍ THƯ THƯỜNG TRỰC", "PHÓ BÍ THƯ", "BÍ THƯ", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "TỔNG BÍ THƯ")
_SIGN_TITLE_CASE = {
    "PHÓ BÍ THƯ THƯỜNG TRỰC": "Phó Bí thư Thường trực", "PHÓ BÍ THƯ": "Phó Bí thư", "BÍ THƯ": "Bí thư",
    "CHỦ TỊCH": "Chủ tịch", "PHÓ CHỦ TỊCH": "Phó Chủ tịch", "THỦ TƯỚNG": "Thủ tướng",
    "PHÓ THỦ TƯỚNG": "Phó Thủ tướng", "TRƯỞNG BAN": "Trưởng ban", "PHÓ TRƯỞNG BAN": "Phó Trưởng ban",
    "GIÁM ĐỐC": "Giám đốc", "PHÓ GIÁM ĐỐC": "Phó Giám đốc", "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
    "PHÓ CHÁNH VĂN PHÒNG": "Phó Chánh Văn phòng", "BỘ TRƯỞNG": "Bộ trưởng", "THỨ TRƯỞNG": "Thứ trưởng",
    "TỔNG BÍ THƯ": "Tổng Bí thư",
}
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")
_LOWER_WORDS = {"uỷ", "ủy", "ban", "thường", "vụ", "nhân", "dân", "đảng", "khối", "các", "cơ", "quan", "và",
                "doanh", "nghiệp", "tỉnh", "huyện", "thành", "phố", "xã", "tuyên", "giáo", "tổ", "chức",
                "văn", "phòng", "dân", "vận", "chấp", "hành", "kiểm", "tra", "sở", "hóa", "hoá", "thể", "thao",
                "du", "lịch", "thông", "tin", "truyền", "nội", "vụ", "bộ", "chính", "trị", "bí", "thư", "phủ"}


@dataclass
class HeaderFound:
    document: Document
    where: Jurisdiction
    problems: list[Problem] = field(default_factory=list)


def read_header(text: str, *, provinces: list[str]) -> HeaderFound:
    """The document's identity. ``provinces`` are province names the body mentions most ("tỉnh X")."""
    head = text[:2500]
    doc = Document()
    problems: list[Problem] = []

    m = _NUMBER_LINE.search(head)
    caption = _CAPTION.search(text)
    if m:
        doc.symbol = parse_symbol(m.group("sym")).symbol
        doc.span = Span(start=m.start("sym"), end=m.end("sym"))
    elif caption:
        doc.symbol = parse_symbol(caption.group("sym")).symbol
        doc.span = Span(start=caption.start("sym"), end=caption.end("sym"))
        problems.append(Problem(code="symbol_from_annex", message="number and sign read from an annex caption",
                                span=doc.span))
    else:
        problems.append(Problem(code="no_symbol", message="the text gives no number and sign for this document"))

    pd = _PLACE_DATE.search(head)
    if pd and pd.group("d").isdigit():
        doc.issued_date = _iso(pd.group("y"), pd.group("m"), pd.group("d"))
        place = (pd.group("place") or "").strip(" \t*")
        if place and len(place.split()) <= 5 and not any(ch.isdigit() for ch in place):
            doc.place = place
    elif caption and (not m or fold(parse_symbol(caption.group("sym")).symbol) == fold(doc.symbol)):
        doc.issued_date = _iso(caption.group("y"), caption.group("m"), caption.group("d"))

    doc.doc_type, title_span = _type_and_title(text)
    issuer_in_title = None
    if title_span:
        doc.title = re.sub(r"\s+", " ", text[title_span[0]:title_span[1]]).strip(" -*")
        # "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ / về …": the body named in the title issued it.
        m_of = re.match(r"^CỦA\s+(?P<body>[A-ZĐÀ-Ỹ ,]+?)\s+(?=[a-zđà-ỹ])", doc.title)
        if m_of:
            issuer_in_title = ", ".join(_title_case(b.strip()) for b in m_of.group("body").split(","))
            doc.title = doc.title[m_of.end():].strip()
    if doc.doc_type is None and doc.symbol:
        doc.doc_type = DOC_TYPES.get(parse_symbol(doc.symbol).type_code or "")

    doc.issuer = issuer_in_title or _issuer(text, head, caption)
    if not doc.issuer and doc.symbol:
        doc.issuer = issuer_from_code(parse_symbol(doc.symbol).issuer_code, doc_type=doc.doc_type)
    doc.signer_title, doc.signer_name = _signer(text)
    doc.recipients = _recipients(text)
    where = _jurisdiction(doc, provinces)
    doc.jurisdiction = where.label()
    return HeaderFound(document=doc, where=where, problems=problems)


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        yi, mi, di = int(y), int(m), int(d)
    except ValueError:
        return None
    if not (1 <= mi <= 12 and 1 <= di <= 31):
        return None
    return f"{yi:04d}-{mi:02d}-{di:02d}"


def _type_and_title(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The type line in capitals ("KẾ HOẠCH") and the title lines under it, up to the first blank
    line, rule ("-----") or opening clause."""
    for m in re.finditer(r"(?m)^[ \t*]*(?P<type>[A-ZĐÀ-Ỹ ]{4,30}?)[ \t*]*$", text[:4000]):
        word = fold(m.group("type"))
        if word in TYPE_WORDS:
            start = m.end()
            rest = text[start:]
            lines = rest.split("\n")
            pos, title_start, title_end = start, None, None
            for line in lines:
                stripped = line.strip()
                line_start = pos + (len(line) - len(line.lstrip()))
                pos += len(line) + 1
                if not stripped:
                    if title_start is not None:
                        break
                    continue
                if re.match(r"^[-_=*]{3,}$", stripped) or re.match(r"^(Thực hiện|Căn cứ|Kính gửi|Trên cơ sở)\b", stripped):
                    break
                if title_start is None:
                    title_start = line_start
                title_end = line_start + len(stripped)
            return TYPE_WORDS[word], (title_start, title_end) if title_start is not None else None
    return None, None


_KNOWN_BODIES = {fold(n): n for n in (
    "Thủ tướng Chính phủ", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương",
    "Văn phòng Trung ương Đảng", "Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo Trung ương",
    "Ban Dân vận Trung ương", "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương", "Quốc hội",
    "Văn phòng Chính phủ", "Ban Chấp hành Trung ương Đảng",
)}


def _title_case(upper: str) -> str:
    """"TỈNH UỶ CAO BẰNG" → "Tỉnh uỷ Cao Bằng": unit words lower case, place names capitalised."""
    if fold(upper) in _KNOWN_BODIES:
        return _KNOWN_BODIES[fold(upper)]
    words = upper.lower().split()
    out = []
    for i, w in enumerate(words):
        if i == 0 or w not in _LOWER_WORDS:
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    # Boards: "Ban Tuyên giáo và Dân vận …", "Ban Thường vụ …": the board's own name is capitalised.
    if out and out[0] == "Ban" and len(out) > 1:
        out[1] = out[1][:1].upper() + out[1][1:]
        for i in range(2, len(out) - 1):
            if out[i] == "và" and out[i - 2] in ("Ban", "Tuyên"):
                out[i + 1] = out[i + 1][:1].upper() + out[i + 1][1:]
    text = " ".join(out)
    return re.sub(r"\bTrung ương\b|\btrung ương\b", "Trung ương", text)


def _issuer(text: str, head: str, caption: re.Match | None) -> str | None:
    # Header block: capitals above the number line ("TỈNH UỶ CAO BẰNG", "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY KHỐI …").
    lines = [ln.strip(" \t*") for ln in head.split("\n")[:12]]
    capitals = [ln for ln in lines if ln and ln.isupper() and len(ln) > 6
                and not fold(ln).startswith(("dang cong san", "cong hoa", "doc lap", "so "))
                and fold(ln) not in TYPE_WORDS]
    units = [ln for ln in capitals if re.match(r"^(?:TỈNH|HUYỆN|THÀNH|ĐẢNG|BAN|ỦY|UỶ|UBND|SỞ|BỘ|THỦ|CHÍNH|VĂN PHÒNG|BCH|QUẬN|THỊ)", ln)]
    if units:
        # "ĐẢNG BỘ TỈNH BẮC NINH" above "ĐẢNG ỦY KHỐI …": the lower line is the issuer.
        first = units[-1] if len(units) > 1 and units[0].startswith("ĐẢNG BỘ") else units[0]
        # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "TỈNH ỦY CAO BẰNG" over "BAN TUYÊN GIÁO": a board of that body.
        if len(units) > 1 and re.match(r"^(?:BAN|VĂN PHÒNG|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA)\b", units[1]) \
                and re.match(r"^(?:BAN CHẤP HÀNH TRUNG ƯƠNG|TỈNH [UỦ]|HUYỆN [UỦ]|THÀNH [UỦ]|QUẬN [UỦ]|THỊ [UỦ])", units[0]):
            owner = "Trung ương" if units[0].startswith("BAN CHẤP HÀNH") else _title_case(units[0])
            return f"{_title_case(units[1])} {owner}"
        # "ỦY BAN NHÂN DÂN" over "TỈNH LAI CHÂU": one name on two lines.
        i = capitals.index(first)
        if i + 1 < len(capitals) and re.match(r"^(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)\b", capitals[i + 1]):
            first = f"{first} {capitals[i + 1]}"
        return _title_case(first)
    body = _BODY_ISSUER.search(text[:6000])
    if body:
        return re.sub(r"\s+", " ", body.group("issuer")).strip()
    if caption and caption.group("issuer"):
        return caption.group("issuer").strip(" .)")
    return None


def _signer(text: str) -> tuple[str | None, str | None]:
    tail = text[-6000:] if len(text) > 6000 else text
    cut = re.search(r"(?m)^\s*PH[ỤU] L[ỤU]C", tail)
    if cut:
        tail = tail[:cut.start()]
    best: tuple[str | None, str | None] = (None, None)
    for title in _SIGN_TITLES:
        for m in re.finditer(r"(?m)^[ \t*]*" + title + r"[ \t*]*$", tail):
            after = [ln.strip(" *\t") for ln in tail[m.end():].split("\n") if ln.strip(" *\t")]
            name = after[0] if after and _NAME.match(after[0]) else None
            return _SIGN_TITLE_CASE.get(title, title.capitalize()), name
    return best


def _recipients(text: str) -> list[str]:
    m = re.search(r"Nơi nhận\s*:?\s*\n(?P<body>(?:[ \t]*(?:[-+•].*)?\n?){1,30})", text)
    if not m:
        return []
    out = []
    for line in m.group("body").split("\n"):
        line = line.strip()
        if line.startswith(("-", "+", "•")):
            item = line.lstrip("-+• ").rstrip(" ,.;")
            item = re.sub(r"\s*\((?:b/c|báo cáo|để biết)\)\s*$", "", item)
            if item:
                out.append(item)
    return out


def _jurisdiction(doc: Document, provinces: list[str]) -> Jurisdiction:
    issuer = doc.issuer or ""
    f = fold(issuer)
    if "trung uong" in f or f.endswith(" tw") or "chinh phu" in f or "thu tuong" in f or "bo chinh tri" in f:
        return Jurisdiction(central=True)
    m = re.search(r"(?:[Hh]uyện\s+[uủ]ỷ?y?|[Hh]uyện|[Tt]hị\s+ủy|[Qq]uận\s+ủy)\s+(?P<d>[A-ZĐÀ-Ỹ][^\s,]*(?:\s+[A-ZĐÀ-Ỹ][^\s,]*)*)", issuer)
    if m:
        return Jurisdiction(province=provinces[0] if provinces else None, district=m.group("d"))
    m = re.search(r"(?:[Tt]ỉnh\s+[uủ]ỷ?y?|[Tt]ỉnh|[Tt]hành\s+phố)\s+(?P<p>[A-ZĐÀ-Ỹ][^\s,]*(?:\s+[A-ZĐÀ-Ỹ][^\s,]*)*)", issuer)
    if m:
        return Jurisdiction(province=m.group("p"))
    if doc.place and not fold(doc.place).startswith("ha noi"):
        return Jurisdiction(province=doc.place)
    if provinces:
        return Jurisdiction(province=provinces[0])
    return Jurisdiction(province=doc.place)
