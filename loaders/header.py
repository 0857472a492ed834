"""Header: a document's own number and sign, type, issuer, date, place, title and signer.

Read from the header block when there is one; else from an annex caption ("kèm theo Kế hoạch số
390-KH/TU, ngày 19/11/2024 của Tỉnh ủy Cao Bằng") and the body ("Huyện ủy Tam Đường ban hành kế hoạch").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from graph.folding import fold
from graph.models import Document, Problem, Span
from loaders.symbols import DOC_TYPES, SYMBOL, TYPE_WORDS, issuer_from_code, parse_symbol
from loaders.units import Jurisdiction

# "Số 413-KH/TU", "Số: 20- KH/ĐUK", "Số: 982/KH-UBND" near the top.
# "Luật số: 134/2025/QH15": a law's own number is printed the same way
_NUMBER_LINE = re.compile(r"(?:^|\n)[ \t*]*(?:(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Lệnh|Nghị\s+quyết)\s+)?S[ốỐ]\s*:?\s*(?P<sym>"
                          + SYMBOL + r")", re.IGNORECASE)
# A number line without a readable number: "Số: -HD/BTCTU", "Số      /TB-UBND" (a draft, a number to be
# stamped), "Số: Ø7 /CT-UBND" (a handwritten number OCR could not read).
_NUMBERLESS_LINE = re.compile(r"(?m)^[ \t*]*[Ss][ốỐ][ \t]*[:;]?(?P<between>[^\n/]{0,14}?)[ \t]*"
                              r"(?P<sign>[-–/][^\n]{0,4}?[A-ZĐ][A-ZĐa-z]{0,5}[ \t]*[/-][ \t]*[A-ZĐ][\wĐ-]*)[ \t]*$"
                              # "Số: 2/91" (a handwritten "2191" with the sign lost to OCR): a number line all the same
                              r"|^[ \t*]*S[ốỐ][ \t]*:[ \t]*(?P<garbled>[^\n]{1,16}?)[ \t]*$")
# Where the body begins: the number and the issue date are read above it, never from a citation.
# ("Kính gửi" is no mark: a letter's addressees may stand in the letterhead's left column.)
_BODY_START = re.compile(r"(?m)^[ \t*]*[-–+]?[ \t]*(?:Căn cứ|Thực hiện|Trên cơ sở|Theo đề nghị|Ngày \d)")
# "Cao Bằng, ngày 13 tháng 12 năm 2019"; "Hà Nội, ngày  05  tháng 3 năm 2025".
_PLACE_DATE = re.compile(
    r"(?m)^[ \t*(]*(?:S[ốỐ]\s*:?\s*\S+\s+)?(?:(?P<place>(?:[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+[ \t]?){1,4}),[ \t]*)?ngày(?:\s*(?P<d>\d{1,2}|[.…_]+|[^\s\d]{1,2}\d?))?\s*tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
)
# Công văn: "V/v tuyên truyền kỷ niệm …" stands for the title.
_SUBJECT_LINE = re.compile(r"(?m)^[ \t*]*V/v[:.]?\s*(?P<subject>.+)$")
# Annex caption: "(kèm theo Kế hoạch số 390-KH/TU, ngày 19/11/2024 của Tỉnh ủy Cao Bằng)".
_CAPTION = re.compile(
    r"(?:kèm\s+theo|ban\s+hành\s+kèm\s+theo)\s+(?P<type>[^\W\d_][^\d\n]{1,20}?)\s+số\s+(?P<sym>" + SYMBOL + r")"
    r"(?:\s*,?\s*ngày\s+(?P<d>\d{1,2})(?:[/.-](?P<m>\d{1,2})[/.-]|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+)(?P<y>\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>[^)\n]{3,80}))?",
    re.IGNORECASE,
)
# Body: "…, Tỉnh ủy Cao Bằng xây dựng Kế hoạch …", "Huyện ủy Tam Đường ban hành kế hoạch …".
_BODY_ISSUER = re.compile(
    r"(?:^|[,;:\n]\s*)(?P<issuer>(?:Ban Thường vụ |Ban Chấp hành |Thường trực )?(?:[A-ZĐÂ][^\s,;:]*\s){0,2}"
    r"(?:(?:Sở|Bộ)\s[^;:\n]{0,90}?"  # "Sở Văn hóa, Thể thao và Du lịch": commas inside the name
    r"|(?:[Tt]ỉnh\s+[uủ]ỷ?y?|[Hh]uyện\s+[uủ]ỷ?y?|[Tt]hành\s+[uủ]ỷ?y?|Đảng\s+[uủ]ỷ?y?|Ủy ban|Uỷ ban|UBND|Ban|Phòng)[^,;:\n]{0,90}?))"
    r"\s+(?:xây\s+dựng|ban\s+hành|triển\s+khai)\s+(?:[Kk]ế\s+hoạch|[Hh]ướng\s+dẫn|[Cc]hương\s+trình|[Kk]ết\s+luận)",
)
_MOTTO = re.compile(r"\s*(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                    r"|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|(?:Cao Bằng|Hà Nội|[^\n,]{2,30}),\s*ngày\b.*|Số\s*:?\s*\d.*)$")
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
_NAME = re.compile(r"^(?:[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+\s){1,4}[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$")


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

    body = _BODY_START.search(text, 0, 2500)
    top = text[:body.start() if body and body.start() > 40 else 2500]  # the header block
    m = _NUMBER_LINE.search(top)
    numberless = None if m else _NUMBERLESS_LINE.search(top)
    caption = _caption(text)
    if m:
        doc.symbol = parse_symbol(m.group("sym")).symbol
        doc.span = Span(start=m.start("sym"), end=m.end("sym"))
    elif numberless:
        # the document's own number is not there: never take a cited or an annexed one for it
        caption = None
        doc.span = Span(start=numberless.start(), end=numberless.end())
        between = (numberless.group("between") or numberless.group("garbled") or "").strip(" \t.…_:")
        if numberless.group("garbled"):
            problems.append(Problem(code="unreadable_number", message=(
                f"số không đọc được: dòng số hiệu ghi “{between}”, không đọc ra số và ký hiệu; cần xem bản quét"),
                span=doc.span))
        elif between:
            problems.append(Problem(code="unreadable_number", message=(
                f"số không đọc được: phần số trước “{numberless.group('sign').strip()}” đọc ra “{between}”; "
                "cần xem bản quét"), span=doc.span))
        else:
            problems.append(Problem(code="blank_number", message=(
                f"số để trống: dòng số hiệu có ký hiệu “{numberless.group('sign').strip()}” nhưng không có số "
                "(bản dự thảo, hoặc số được đóng sau)"), span=doc.span))
    elif caption:
        doc.symbol = parse_symbol(caption.group("sym")).symbol
        doc.span = Span(start=caption.start("sym"), end=caption.end("sym"))
        problems.append(Problem(code="symbol_from_annex", message="số hiệu lấy từ dòng chú thích của phụ lục, không từ phần đầu văn bản",
                                span=doc.span))
    else:
        problems.append(Problem(code="no_symbol", message="văn bản không ghi số hiệu (số, ký hiệu) của chính nó"))

    pd = _place_date(top)
    if pd:
        day = (pd.group("d") or "").strip(".…_")
        doc.issued_date = _iso(pd.group("y"), pd.group("m"), day) if day.isdigit() else None
        if doc.issued_date is None and not day.isdigit() and 1 <= int(pd.group("m")) <= 12:
            # the day was never filled in, or a handwritten one OCR could not read: the month is still known
            # ("ngày 30 tháng 02", all digits, is a typo: no date)
            doc.issued_date = f"{int(pd.group('y')):04d}-{int(pd.group('m')):02d}"
            problems.append(Problem(code="unreadable_day" if day else "blank_day", message=(
                f"ngày không đọc được: ngày trên dòng ngày tháng đọc ra “{day}”, chỉ lấy tháng và năm" if day
                else "ngày để trống: dòng ngày tháng không ghi ngày, chỉ lấy tháng và năm"),
                span=Span(start=pd.start(), end=pd.end())))
        place = (pd.group("place") or "").strip(" \t*")
        if place and len(place.split()) <= 5 and fold(place) not in ("so", "ngay"):
            doc.place = place
    elif caption and caption.group("y") and (not m or fold(parse_symbol(caption.group("sym")).symbol) == fold(doc.symbol)):
        doc.issued_date = _iso(caption.group("y"), caption.group("m") or caption.group("m2"), caption.group("d"))

    doc.doc_type, title_span = _type_and_title(text)
    if not m and caption and not doc.doc_type:
        doc.doc_type = TYPE_WORDS.get(fold(caption.group("type")))  # "kèm theo Kế hoạch số …"
    issuer_in_title = None
    if title_span:
        doc.title = re.sub(r"\s+", " ", text[title_span[0]:title_span[1]]).strip(" -*")
        # "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ / về …": the body named in the title issued it.
        m_of = re.match(r"^CỦA\s+(?P<body>[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ ,]+?)\s+(?=[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])", doc.title)
        if m_of:
            issuer_in_title = ", ".join(title_case(b.strip()) for b in m_of.group("body").split(","))
            doc.title = doc.title[m_of.end():].strip()
    subject = _SUBJECT_LINE.search(head)
    if not doc.title and subject:
        doc.title = subject.group("subject").strip()
        doc.doc_type = doc.doc_type or "Công văn"
    if doc.doc_type is None and doc.symbol:
        doc.doc_type = parse_symbol(doc.symbol).doc_type
    if doc.doc_type is None and re.search(r"(?m)^[ \t*]*Kính\s+gửi\s*:", head):
        doc.doc_type = "Công văn"  # a letter to named recipients, with no type line: an administrative letter

    doc.issuer = issuer_in_title or _issuer(text, head, caption)
    if doc.issuer is None or fold(doc.issuer).startswith("ban chap hanh trung uong"):
        # "BAN CHẤP HÀNH TRUNG ƯƠNG" heads every central Party document; the organ that decides issues it
        # ("Bộ Chính trị, Ban Bí thư" of a Kết luận, "Ban Bí thư" of a Quy định signed "T/M BAN BÍ THƯ")
        doc.issuer = _central_organ(text) or doc.issuer
    if not m and not caption and not numberless:
        # (a number line left blank or unreadable is the document's own, never replaced by a cited one)
        # a text republished without its header: its own number in a heading line ("… tại Kết luận số
        # 127-KL/TW của Bộ Chính trị, Ban Bí thư") whose type the text calls "Kết luận này"
        own = _own_from_heading(text)
        if own:
            doc.symbol, doc.span = own.symbol, own.span
            doc.doc_type = doc.doc_type or own.doc_type
            doc.issuer = doc.issuer or own.issuer
            problems = [p for p in problems if p.code != "no_symbol"]
            problems.append(Problem(code="symbol_from_heading", span=own.span,
                                    message="số hiệu lấy từ dòng tiêu đề của trang đăng lại, không từ phần đầu văn bản"))
    if doc.issuer is None:
        doc.issuer = _speaker(text)  # "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:"
    if not doc.issuer and doc.symbol:
        doc.issuer = issuer_from_code(parse_symbol(doc.symbol).issuer_code, doc_type=doc.doc_type)
    doc.signer_title, doc.signer_name = _signer(text)
    doc.recipients = _recipients(text)
    printed = header_province(head)
    where = _jurisdiction(doc, ([printed] if printed else []) + [p for p in provinces if p != printed])
    doc.jurisdiction = where.label()
    return HeaderFound(document=doc, where=where, problems=problems)


_ORGANS = r"(?:Bộ\s+Chính\s+trị(?:\s*,\s*Ban\s+Bí\s+thư)?|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương)(?:\s+Trung\s+ương\s+Đảng)?"
_ORGAN_SPEAKS = re.compile(rf"(?P<organ>{_ORGANS})\s+(?:đã\s+)?(?:kết\s+luận|có\s+ý\s+kiến|quy\s+định|yêu\s+cầu|chỉ\s+thị|"
                           rf"thông\s+báo|quyết\s+định|ban\s+hành)\b")
_SIGNED_FOR = re.compile(r"(?m)^[ \t*]*T\s*/?\s*M\.?\s+(?P<organ>BỘ CHÍNH TRỊ|BAN BÍ THƯ|BAN CHẤP HÀNH TRUNG ƯƠNG)\b")


def _central_organ(text: str) -> str | None:
    """The central organ a Party document speaks for: the one that "kết luận", "quy định", "có ý kiến"
    in the opening, else the one it is signed for ("T/M BAN BÍ THƯ")."""
    spoken = _ORGAN_SPEAKS.search(text[:6000])
    if spoken:
        organ = re.sub(r"\s+Trung\s+ương\s+Đảng$", "", " ".join(spoken.group("organ").split()))
        if not organ.startswith("Ban Chấp hành"):
            return organ
    signed = _SIGNED_FOR.search(text)
    return title_case(signed.group("organ")) if signed else None


@dataclass
class _Own:
    symbol: str
    span: Span
    doc_type: str | None
    issuer: str | None


_HEADING_CITES = re.compile(r"(?P<type>Kết\s+luận|Nghị\s+quyết|Chỉ\s+thị|Quy\s+định|Thông\s+báo|Quyết\s+định|Kế\s+hoạch|"
                            r"Hướng\s+dẫn|Công\s+điện|Công\s+văn)\s+(?:số\s+)?(?P<sym>" + SYMBOL + r")"
                            r"(?:[^\n]{0,40}?\s+của\s+(?P<issuer>[^\n.;:]{3,80}))?")


def _own_from_heading(text: str) -> _Own | None:
    for line_m in re.finditer(r"(?m)^[^\n]{0,200}$", text):
        line = line_m.group(0)
        if len(line) > 200 or line.rstrip().endswith((";", ",")):
            continue
        for m in _HEADING_CITES.finditer(line):
            kind = " ".join(m.group("type").split())
            if not re.search(rf"\b{kind}\s+này\b", text, re.IGNORECASE):
                continue  # the text never calls itself that: a citation, not its own number
            start = line_m.start() + m.start("sym")
            issuer = m.group("issuer").strip() if m.group("issuer") else None
            return _Own(parse_symbol(m.group("sym")).symbol, Span(start=start, end=start + len(m.group("sym"))),
                        TYPE_WORDS.get(fold(kind)), issuer)
    return None


# "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:": a letter of the committee's chair
_SPEAKER = re.compile(r"(?m)^(?:Chủ\s+tịch\s+)?(?P<body>(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+(?:tỉnh|thành\s+phố|Thành\s+phố|xã|phường)"
                      r"(?:\s+[A-ZĐ][^\s,:]*)*)\s+(?:có\s+ý\s+kiến|chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|thông\s+báo)")


def _speaker(text: str) -> str | None:
    m = _SPEAKER.search(text[:8000])
    return " ".join(m.group("body").split()) if m else None


def _place_date(top: str) -> re.Match | None:
    """The place-and-date line: "Hà Nội, ngày 05 tháng 3 năm 2025", or "ngày … tháng … năm …" opening a
    line (after the number, where the letterhead's two columns share it); a date inside a sentence
    ("… ngày 15 tháng 11 năm 2019 của …") is a citation's, and _PLACE_DATE only matches at a line's start."""
    return _PLACE_DATE.search(top)


def _caption(text: str) -> re.Match | None:
    """An annex caption opening a line ("(Kèm theo Kế hoạch số 390-KH/TU …)"), not a citation inside a
    sentence ("… ban hành kèm theo Quyết định số 12/QĐ-UBND …")."""
    for caption in _CAPTION.finditer(text):
        if re.search(r"(?:^|\n)[ \t*(\[]*(?:[Bb]an\s+hành\s+)?$", text[max(0, caption.start() - 40):caption.start()]):
            return caption
    return None


def _iso(y: str, m: str, d: str) -> str | None:
    """An ISO date, or None for one the calendar does not have ("30 tháng 02" is a typo, not a date)."""
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _type_and_title(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The type line in capitals ("KẾ HOẠCH") and the title lines under it, up to the first blank
    line, rule ("-----") or opening clause."""
    for m in re.finditer(r"(?m)^[ \t*]*(?P<type>[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ ]{4,30}?)[ \t*]*$", text[:4000]):
        if re.search(r"PH[ỤU]\s*L[ỤU]C[^\n]*\n[ \t*]*$", text[max(0, m.start() - 40):m.start()]):
            continue  # "PHỤ LỤC / ĐỀ CƯƠNG TUYÊN TRUYỀN": the annex's own type, not the document's
        word = fold(m.group("type"))
        # "KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP", "ĐỀ CƯƠNG TUYÊN TRUYỀN", "THÔNG BÁO KẾT LUẬN"
        word = next((w for w in sorted(TYPE_WORDS, key=len, reverse=True) if word == w or word.startswith(w + " ")), word)
        if word in TYPE_WORDS:
            start = m.end()
            rest = text[start:]
            lines = rest.split("\n")
            pos, title_start, title_end = start, None, None
            in_capitals = False
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
                letters = [c for c in stripped if c.isalpha()]
                capitals = bool(letters) and all(c.isupper() for c in letters)
                if title_start is not None and (
                        (in_capitals and not capitals) or stripped.endswith(":") or re.match(r"^[-+•]\s", stripped)):
                    break  # a title in capitals ends where the text does not ("THỦ TƯỚNG CHÍNH PHỦ điện:", the body)
                if title_start is None:
                    in_capitals = capitals
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


_PLACE_MARKERS = {"tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành"}
_HEAD_WORDS = {"sở", "bộ", "ban", "phòng", "cục", "vụ", "viện"}


def title_case(upper: str) -> str:
    """Capitals as a name is written: "TỈNH UỶ CAO BẰNG" → "Tỉnh uỷ Cao Bằng", "SỞ VĂN HÓA, THỂ THAO VÀ
    DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch", "BAN TUYÊN GIÁO VÀ DÂN VẬN" → "Ban Tuyên giáo và Dân vận"."""
    upper = re.sub(r"^UBND\b", "ỦY BAN NHÂN DÂN", upper.strip())
    if fold(upper) in _KNOWN_BODIES:
        return _KNOWN_BODIES[fold(upper)]
    words = upper.lower().split()
    out: list[str] = []
    place = False  # inside a place name: every word capitalised
    segment_start = True  # first word of a field of a Sở/Bộ/Ban name
    named = words[0] in _HEAD_WORDS if words else False
    for i, w in enumerate(words):
        bare = w.strip(",")
        prev = words[i - 1].strip(",") if i else ""
        if bare in ("uỷ", "ủy") and prev in ("tỉnh", "huyện", "thành", "quận", "thị"):
            out.append(w)  # "Tỉnh ủy": the place comes after
            if i >= 2 and out[i - 1][:1].islower():
                out[i - 1] = out[i - 1][:1].upper() + out[i - 1][1:]  # "Ban Tuyên giáo Tỉnh ủy"
            segment_start = False
            continue
        if i and (prev in ("tỉnh", "huyện", "quận", "phường", "xã") or (prev == "phố" and words[i - 2] == "thành")
                  or (prev in ("uỷ", "ủy") and words[i - 2] in ("tỉnh", "huyện", "thành", "quận", "thị"))):
            place = True
        if i >= 2 and bare in _HEAD_WORDS and not place and (
                prev in ("ủy", "uỷ") and words[i - 2] == "đảng" or prev == "đoàn" and words[i - 2] == "đảng"):
            named, segment_start = True, True  # "Đảng ủy Sở Tài chính", "Đảng đoàn Bộ …"
        if i == 0 or place or bare == "đảng" or (named and segment_start and bare not in ("và", "các") and bare not in _PLACE_MARKERS):
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
        segment_start = i == 0 or w.endswith(",") or bare == "và" or (named and bare in _HEAD_WORDS)
        if bare in _PLACE_MARKERS and not place:
            named = False  # "Ban Thường vụ | tỉnh ủy …": the name part is over
    text = " ".join(out)
    return re.sub(r"\b[Tt]rung ương\b", "Trung ương", text)


def _issuer(text: str, head: str, caption: re.Match | None) -> str | None:
    # Header block: capitals above the number line ("TỈNH UỶ CAO BẰNG", "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY KHỐI …").
    # a two-column header flattened onto one line (PDF text): "TỈNH ỦY CAO BẰNG ĐẢNG CỘNG SẢN VIỆT NAM"
    lines = [_MOTTO.sub("", ln).strip(" \t*") for ln in head.split("\n")[:12]]
    capitals = [ln for ln in lines if ln and ln.isupper() and len(ln) > 6
                and not fold(ln).startswith(("dang cong san", "cong hoa", "doc lap")) and not re.match(r"^SỐ\b", ln)
                and fold(ln) not in TYPE_WORDS]
    units = [ln for ln in capitals if re.match(r"^(?:TỈNH|HUYỆN|THÀNH|ĐẢNG|BAN|ỦY|UỶ|UBND|SỞ|BỘ|THỦ|CHÍNH|VĂN PHÒNG|BCH|QUẬN|THỊ|PHÒNG|TRUNG TÂM|CÔNG AN|HỘI|LIÊN ĐOÀN|MẶT TRẬN|CỤC|TỔNG CỤC|VỤ|VIỆN|QUỐC HỘI|TRƯỜNG)", ln)]
    if units:
        return _issuer_from_lines(units, capitals)
    body = _BODY_ISSUER.search(text[:6000])
    if body:
        return re.sub(r"\s+", " ", body.group("issuer")).strip()
    if caption and caption.group("issuer"):
        return caption.group("issuer").strip(" .)")
    return None


_SUB_BODY = re.compile(r"^(?:BAN|VĂN PHÒNG|[UỦ]Y BAN KIỂM TRA|SỞ|PHÒNG|TRUNG TÂM|ĐẢNG [UỦ]Y|CÔNG AN|BỘ CHỈ HUY|HỘI ĐỒNG|CHI BỘ)\b")
_OWNER = re.compile(r"^(?:BAN CHẤP HÀNH TRUNG ƯƠNG|ĐẢNG BỘ|TỈNH [UỦ]|HUYỆN [UỦ]|THÀNH [UỦ]|QUẬN [UỦ]|THỊ [UỦ]|UBND|[UỦ]Y BAN NHÂN DÂN)")
_HAS_PLACE = re.compile(r"\b(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ|TRUNG ƯƠNG)\s+\S|TRUNG ƯƠNG$")


def _issuer_from_lines(units: list[str], capitals: list[str]) -> str:
    """The issuer from the capitals of the header block. The lower line issues when the upper one is
    its parent body ("ĐẢNG BỘ TỈNH CAO BẰNG" / "HUYỆN ỦY HÀ QUẢNG"; "UBND TỈNH CAO BẰNG" / "SỞ …");
    a board without a place of its own takes its parent's ("TỈNH ỦY CAO BẰNG" / "BAN TUYÊN GIÁO")."""
    upper = units[0]
    if len(units) > 1 and _OWNER.match(upper) and (_SUB_BODY.match(units[1]) or upper.startswith("ĐẢNG BỘ")):
        lower = units[1]
        if _HAS_PLACE.search(lower) or re.match(r"^(?:ĐẢNG [UỦ]Y|CHI BỘ)\b", lower):
            return title_case(lower)  # a committee of its own: "ĐẢNG ỦY KHỐI …", "ĐẢNG ỦY SỞ TÀI CHÍNH"
        if upper.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG"):
            # "VĂN PHÒNG" of the Central Committee is the Party Central Office
            return "Văn phòng Trung ương Đảng" if lower == "VĂN PHÒNG" else f"{title_case(lower)} Trung ương"
        if re.match(r"^(?:UBND|[UỦ]Y BAN NHÂN DÂN)", upper):
            place = re.sub(r"^(?:UBND|[UỦ]Y BAN NHÂN DÂN)\s*", "", upper)
            owner = title_case(place)
            return f"{title_case(lower)} {owner[:1].lower() + owner[1:]}".strip()  # "Sở … tỉnh Lai Châu"
        if re.match(r"^(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ)\s+[UỦ]", lower):
            return title_case(lower)
        owner = title_case(upper)
        return f"{title_case(lower)} {owner[:1].lower() + owner[1:] if upper.startswith('ĐẢNG BỘ') else owner}"
    if len(units) > 1 and upper.startswith("BỘ ") and re.match(r"^(?:CỤC|TỔNG CỤC|VỤ|VIỆN|VĂN PHÒNG|THANH TRA|TRƯỜNG)\b", units[1]):
        return title_case(units[1])  # "BỘ VĂN HÓA, …" over "CỤC THÔNG TIN CƠ SỞ": the department issues
    if len(units) > 1 and units[1].startswith(("ĐẢNG", "CHI BỘ")) and upper.startswith(("ĐẢNG BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ")):
        return title_case(units[1])  # "ĐẢNG ỦY KHỐI …" over "ĐẢNG ỦY SỞ TÀI CHÍNH": the cell issues
    first = upper
    # "ỦY BAN NHÂN DÂN" over "TỈNH LAI CHÂU": one name on two lines.
    i = capitals.index(first)
    if i + 1 < len(capitals) and re.match(r"^(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)\b", capitals[i + 1]):
        first = f"{first} {capitals[i + 1]}"
    return title_case(first)


def header_province(head: str) -> str | None:
    """A province printed in the header block: "ĐẢNG BỘ TỈNH CAO BẰNG", "UBND TỈNH LAI CHÂU"."""
    for line in head.split("\n")[:12]:
        line = line.strip(" \t*")
        m = re.search(r"\bTỈNH\s+(?P<p>[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ ]+)$", line)
        if line.isupper() and m and not re.search(r"TỈNH\s+[UỦ]Y$", line):
            return title_case("TỈNH " + m.group("p"))[5:]
    return None


def _signer(text: str) -> tuple[str | None, str | None]:
    tail = text[-6000:] if len(text) > 6000 else text
    cut = re.search(r"(?m)^\s*PH[ỤU] L[ỤU]C", tail)
    if cut:
        tail = tail[:cut.start()]
    for title in _SIGN_TITLES:
        for m in re.finditer(r"(?m)^[ \t*]*" + title + r"[ \t*]*$", tail):
            after = [ln.strip(" *\t") for ln in tail[m.end():].split("\n") if ln.strip(" *\t")]
            # web copies put "(Đã ký)" or "[đã ký]" where the signature was
            after = [ln for ln in after if not re.match(r"^[\[(]?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký)\s*[\])]?$", ln)]
            name = None
            if after and _NAME.match(after[0]):
                name = after[0]
            elif after and after[0].isupper() and _NAME.match(after[0].title()):
                name = after[0].title()
            return _SIGN_TITLE_CASE.get(title, title.capitalize()), name
    return None, None


def _recipients(text: str) -> list[str]:
    """Who receives the document: a letter's addressees ("Kính gửi: …"), then the "Nơi nhận" list,
    without "Như trên" (the addressees again) and the archive line ("Lưu: VT")."""
    out: list[str] = []
    m = re.search(r"Kính gửi[ \t]*:[ \t]*(?P<inline>[^\n]*)\n(?P<body>(?:[ \t]*[-+•][^\n]*\n?){0,20})", text[:4000])
    if m:
        inline = m.group("inline").strip(" .;,")
        if inline:
            out.append(inline)
        out.extend(_listed(m.group("body")))
    m = re.search(r"Nơi nhận\s*:?\s*\n(?P<body>(?:[ \t]*(?:[-+•].*)?\n?){1,30})", text)
    if m:
        out.extend(_listed(m.group("body")))
    seen: set[str] = set()
    return [r for r in out if not (fold(r) in seen or seen.add(fold(r)))]


def _listed(body: str) -> list[str]:
    out = []
    for line in body.split("\n"):
        line = line.strip()
        if line.startswith(("-", "+", "•")):
            item = line.lstrip("-+• ").rstrip(" ,.;")
            if re.match(r"^(?:Lưu\b|Như trên\b|Như kính gửi\b)", item):
                continue  # where the copy is filed; the addressees again
            item = re.sub(r"\s*\((?:b/c|báo cáo|để biết|để báo cáo|để thực hiện|t/h)\)\s*$", "", item)
            if item:
                out.append(item)
    return out


def _jurisdiction(doc: Document, provinces: list[str]) -> Jurisdiction:
    issuer = doc.issuer or ""
    f = fold(issuer)
    if ("trung uong" in f or f.endswith(" tw") or "chinh phu" in f or "thu tuong" in f or "bo chinh tri" in f
            or f.startswith(("cuc ", "tong cuc ", "vu "))
            or (f.startswith("bo ") and not f.startswith("bo chi huy")) or f.startswith("quoc hoi")):
        return Jurisdiction(central=True)
    m = re.search(r"(?:[Hh]uyện\s+[uủ]ỷ?y?|[Hh]uyện|[Tt]hị\s+ủy|[Qq]uận\s+ủy)\s+(?P<d>[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][^\s,]*(?:\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][^\s,]*)*)", issuer)
    if m:
        return Jurisdiction(province=provinces[0] if provinces else None, district=m.group("d"))
    m = re.search(r"(?:[Tt]ỉnh\s+[uủ]ỷ?y?|[Tt]ỉnh|[Tt]hành\s+phố)\s+(?P<p>[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][^\s,]*(?:\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][^\s,]*)*)", issuer)
    if m:
        return Jurisdiction(province=m.group("p"))
    if doc.place and not fold(doc.place).startswith("ha noi"):
        return Jurisdiction(province=doc.place)
    if provinces:
        return Jurisdiction(province=provinces[0])
    return Jurisdiction(province=doc.place)
