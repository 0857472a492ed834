"""Numbers and signs ("số ký hiệu") of Party and State documents, and the types and issuers they encode.

Party: ``number-TYPE/ISSUER`` ("35-CT/TW", "20-KH/ĐUK"); State: ``number/[year/]TYPE-ISSUER``
("982/KH-UBND", "278/2025/NĐ-CP", "2623/QĐ-TTg"); laws ``number/year/QHnn``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.folding import fold

_CODE = r"[A-ZĐ][A-ZĐa-z0-9&]{0,14}"
# One pattern for both families, embeddable in other regexes (no groups of its own). Every form
# opens with a number of up to five digits, not glued to a digit or "/" before it; the forms differ
# after it. The number comes first, its look-behind after its first digit, so a scan skips to
# digits instead of trying the look-behind at every character. Only the whole digit run can be
# followed by "/" or "-", so trying the forms after the number finds what trying them in turn did.
SYMBOL = (
    r"\d(?<![\d/]\d)\d{0,4}\s*(?:"
    r"/\s*\d{4}\s*/\s*QH\d{1,2}(?![\w])"                                                         # 45/2024/QH15
    r"|/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-ZĐa-z]{0,9}\s*[-–]\s*" + _CODE + r"(?:\s*[-–]\s*[A-ZĐ]{2,8}){0,3}(?![\w])"
    # 982/KH-UBND, 844/TTr-BTC, 49/QCPH-UBND-UBMT-HCTĐ
    r"|/\s*[A-ZĐ]{2}[A-ZĐa-z]{1,8}(?![\w/-])"                                                    # 27/CTTg
    r"|[-–]\s*[A-ZĐ][A-ZĐa-z]{0,5}\s*/\s*" + _CODE + r"(?:-" + _CODE + r")?(?![\w])"             # 35-CT/TW, 02-CTr/BTGTU-SVHTTDL
    r")"
)
SYMBOL_RE = re.compile(SYMBOL)

_STATE = re.compile(r"^(?P<num>\d+)/(?:(?P<year>\d{4})/)?(?P<type>[A-ZĐ][A-ZĐa-z]*)-(?P<issuer>.+)$")
_PARTY = re.compile(r"^(?P<num>\d+)-(?P<type>[A-ZĐa-z]+)/(?P<issuer>.+)$")
_LAW = re.compile(r"^(?P<num>\d+)/(?P<year>\d{4})/(?P<issuer>QH\d+)$")

DOC_TYPES = {
    "CT": "Chỉ thị", "NQ": "Nghị quyết", "KL": "Kết luận", "HD": "Hướng dẫn", "KH": "Kế hoạch",
    "QĐ": "Quyết định", "CV": "Công văn", "ĐA": "Đề án", "TB": "Thông báo", "BC": "Báo cáo",
    "CTr": "Chương trình", "CTR": "Chương trình", "TTr": "Tờ trình", "NĐ": "Nghị định", "TT": "Thông tư",
    "QC": "Quy chế", "CĐ": "Công điện", "QH": "Luật", "HĐ": "Hợp đồng", "TTLT": "Thông tư liên tịch",
    "KHLT": "Kế hoạch", "HDLN": "Hướng dẫn", "HDLT": "Hướng dẫn", "CTrLT": "Chương trình", "NQLT": "Nghị quyết",
    "KHPH": "Kế hoạch", "CTrPH": "Chương trình", "QCPH": "Quy chế", "ĐC": "Đề cương",
}
# Type headings as printed (folded) → type name.
TYPE_WORDS = {fold(v): v for v in (
    "Kế hoạch", "Chỉ thị", "Nghị quyết", "Kết luận", "Hướng dẫn", "Quyết định", "Quy định", "Công văn",
    "Đề án", "Thông báo", "Báo cáo", "Chương trình", "Nghị định", "Thông tư", "Công điện", "Tờ trình",
    "Quy chế", "Đề cương", "Chương trình hành động", "Luật", "Bộ luật", "Pháp lệnh",
)}
_ISSUERS = {
    "TW": "Trung ương", "BCT": "Bộ Chính trị", "BBT": "Ban Bí thư", "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương", "VPTW": "Văn phòng Trung ương Đảng",
    "BTCTW": "Ban Tổ chức Trung ương", "BDVTW": "Ban Dân vận Trung ương", "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "TU": "Tỉnh ủy", "HU": "Huyện ủy", "ThU": "Thành ủy", "TP": "Thành ủy", "ĐUK": "Đảng ủy Khối",
    "BTGTU": "Ban Tuyên giáo Tỉnh ủy", "BTGDVTU": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BDVTU": "Ban Dân vận Tỉnh ủy",
    "BTCTU": "Ban Tổ chức Tỉnh ủy", "VPTU": "Văn phòng Tỉnh ủy", "BTGHU": "Ban Tuyên giáo Huyện ủy",
    "UBND": "Ủy ban nhân dân", "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "VPCP": "Văn phòng Chính phủ",
    "HĐND": "Hội đồng nhân dân", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "BTTTT": "Bộ Thông tin và Truyền thông", "BNV": "Bộ Nội vụ", "MTTQ": "Mặt trận Tổ quốc",
}


@dataclass(frozen=True)
class Symbol:
    symbol: str  # normalised: no spaces, "–" as "-"
    number: str | None = None
    year: int | None = None
    type_code: str | None = None
    issuer_code: str | None = None
    family: str = "party"  # party | state

    @property
    def doc_type(self) -> str | None:
        if self.type_code is None and self.family == "state" and self.issuer_code and self.number:
            # Nghị định 30/2020/NĐ-CP (Phụ lục I): only a Công văn is numbered "số/issuer-department",
            # with no type abbreviation — "1234/UBND-VX", "1234/BVHTTDL-TTCS"
            return "Công văn"
        return DOC_TYPES.get(self.type_code or "")


def parse_symbol(raw: str) -> Symbol:
    """"20- KH/ĐUK" → Symbol("20-KH/ĐUK", type_code "KH", issuer_code "ĐUK")."""
    sym = re.sub(r"\s+", "", raw).replace("–", "-")
    m = _LAW.match(sym)
    if m:
        return Symbol(sym, m["num"], int(m["year"]), "QH", m["issuer"], "state")
    m = _STATE.match(sym)
    if m:
        year = int(m["year"]) if m["year"] else None
        if m["type"] not in DOC_TYPES:
            # "1234/UBND-VX": a State letter numbers itself issuer-department, with no type code
            return Symbol(sym, m["num"], year, None, f"{m['type']}-{m['issuer']}", "state")
        return Symbol(sym, m["num"], year, m["type"], m["issuer"], "state")
    m = _PARTY.match(sym)
    if m:
        return Symbol(sym, m["num"], None, m["type"], m["issuer"], "party")
    return Symbol(sym)


def issuer_from_code(code: str | None, *, doc_type: str | None = None) -> str | None:
    """The issuing body a sign's issuer code stands for, when the text names no issuer."""
    if not code:
        return None
    if code == "TW" and doc_type in ("Chỉ thị", "Kết luận", "Quy định"):
        return "Bộ Chính trị"
    if code.startswith("UBND"):
        return "Ủy ban nhân dân"
    if code.startswith("QH"):
        return "Quốc hội"  # "45/2024/QH15": a law of the 15th National Assembly
    return _ISSUERS.get(code)
