"""Phrase table for loaders.symbols: Party and State numbers-and-signs, and what they encode."""
from __future__ import annotations

import pytest

from loaders.symbols import SYMBOL_RE, issuer_from_code, parse_symbol


def found(text: str) -> list[str]:
    return [m.group(0) for m in SYMBOL_RE.finditer(text)]


# as printed, normalised symbol, number, year, type code, issuer code, family, doc type
CASES = [
    # Party: number-TYPE/ISSUER, spaces and dashes as printed
    ("35-CT/TW", "35-CT/TW", "35", None, "CT", "TW", "party", "Chỉ thị"),
    ("20- KH/ĐUK", "20-KH/ĐUK", "20", None, "KH", "ĐUK", "party", "Kế hoạch"),
    ("28 – HD/BTGTU", "28-HD/BTGTU", "28", None, "HD", "BTGTU", "party", "Hướng dẫn"),
    ("9743-CV/BTGTW", "9743-CV/BTGTW", "9743", None, "CV", "BTGTW", "party", "Công văn"),
    ("03-KH/TBTTKT", "03-KH/TBTTKT", "03", None, "KH", "TBTTKT", "party", "Kế hoạch"),
    ("25-HD/BTGDVTW", "25-HD/BTGDVTW", "25", None, "HD", "BTGDVTW", "party", "Hướng dẫn"),
    ("13-CTr/TU", "13-CTr/TU", "13", None, "CTr", "TU", "party", "Chương trình"),
    ("10 - KL/TW", "10-KL/TW", "10", None, "KL", "TW", "party", "Kết luận"),
    ("19-ĐA/TU", "19-ĐA/TU", "19", None, "ĐA", "TU", "party", "Đề án"),
    # State: number/[year/]TYPE-ISSUER
    ("982/KH-UBND", "982/KH-UBND", "982", None, "KH", "UBND", "state", "Kế hoạch"),
    ("278/2025/NĐ-CP", "278/2025/NĐ-CP", "278", 2025, "NĐ", "CP", "state", "Nghị định"),
    ("2623/QĐ-TTg", "2623/QĐ-TTg", "2623", None, "QĐ", "TTg", "state", "Quyết định"),
    ("01/2020/TT-BVHTTDL", "01/2020/TT-BVHTTDL", "01", 2020, "TT", "BVHTTDL", "state", "Thông tư"),
    ("112/KH-UBND-VX", "112/KH-UBND-VX", "112", None, "KH", "UBND-VX", "state", "Kế hoạch"),
    ("05/CĐ-TTg", "05/CĐ-TTg", "05", None, "CĐ", "TTg", "state", "Công điện"),
    ("18/2023/TT-BTTTT", "18/2023/TT-BTTTT", "18", 2023, "TT", "BTTTT", "state", "Thông tư"),
    ("12/2024/NQ-HĐND", "12/2024/NQ-HĐND", "12", 2024, "NQ", "HĐND", "state", "Nghị quyết"),
    ("45/KH-BCĐ", "45/KH-BCĐ", "45", None, "KH", "BCĐ", "state", "Kế hoạch"),
    ("123/TB-VPCP", "123/TB-VPCP", "123", None, "TB", "VPCP", "state", "Thông báo"),
    ("28-KH/ĐU", "28-KH/ĐU", "28", None, "KH", "ĐU", "party", "Kế hoạch"),
    ("01-QC/TU", "01-QC/TU", "01", None, "QC", "TU", "party", "Quy chế"),
    # laws: number/year/QHnn
    ("45/2024/QH15", "45/2024/QH15", "45", 2024, "QH", "QH15", "state", "Luật"),
]


@pytest.mark.parametrize(("printed", "symbol", "number", "year", "type_code", "issuer_code", "family", "doc_type"),
                         CASES)
def test_parse_symbol(printed: str, symbol: str, number: str, year: int | None, type_code: str,
                      issuer_code: str, family: str, doc_type: str) -> None:
    sym = parse_symbol(printed)
    assert (sym.symbol, sym.number, sym.year, sym.type_code, sym.issuer_code, sym.family) == (
        symbol, number, year, type_code, issuer_code, family)
    assert sym.doc_type == doc_type


@pytest.mark.parametrize("printed", [c[0] for c in CASES])
def test_symbol_is_found_whole_in_a_sentence(printed: str) -> None:
    assert found(f"Thực hiện văn bản số {printed}, ngày 15/11/2019 của cấp trên") == [printed]


# Not numbers-and-signs: dates, ranges, periods.
@pytest.mark.parametrize("text", [
    "ngày 30/4/2020", "nhiệm kỳ 2020 – 2025", "giai đoạn 2021-2025", "(3/2/1930 - 3/2/2030)",
    "(02/9/1945 – 02/9/2025)", "Quý II/2025", "tháng 8/2025", "năm học 2023/2024", "hoàn thành 100%/năm",
    "từ 20/01/2020 đến 08/2/2020", "lúc 7h30/ngày",
])
def test_not_a_symbol(text: str) -> None:
    assert found(text) == []


def test_several_symbols_in_one_clause() -> None:
    text = ("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; Hướng dẫn số 118-HD/BTGTW, "
            "ngày 25/11/2019 và Kế hoạch số 982/KH-UBND ngày 15/3/2025 (2020 – 2025).")
    assert found(text) == ["35-CT/TW", "118-HD/BTGTW", "982/KH-UBND"]


@pytest.mark.parametrize(("text", "symbols"), [
    ("Chỉ thị số35-CT/TW ngày 30/5/2019", ["35-CT/TW"]),  # OCR lost the space
    ("Số:982/KH-UBND", ["982/KH-UBND"]),
    ("(35-CT/TW)", ["35-CT/TW"]),
    ("các văn bản 35-CT/TW,05-CT/TW", ["35-CT/TW", "05-CT/TW"]),
    ("CT/TW", []), ("35-/TW", []), ("35-CT/", []),
])
def test_symbols_in_tight_spots(text: str, symbols: list[str]) -> None:
    assert found(text) == symbols


def test_symbol_glued_to_a_number_is_not_split() -> None:
    # "1/2/35-CT/TW" is not a symbol preceded by a date: nothing may be cut out of a longer token.
    assert found("mã 12/35-CT/TW") == []


def test_unparsable_text_keeps_its_compacted_form() -> None:
    sym = parse_symbol("  ABC  def ")
    assert (sym.symbol, sym.number, sym.type_code, sym.issuer_code) == ("ABCdef", None, None, None)
    assert sym.doc_type is None


@pytest.mark.parametrize(("code", "doc_type", "issuer"), [
    ("TW", "Chỉ thị", "Bộ Chính trị"),
    ("TW", "Kết luận", "Bộ Chính trị"),
    ("TW", "Nghị quyết", "Trung ương"),
    ("BTGTW", None, "Ban Tuyên giáo Trung ương"),
    ("BTGDVTW", "Hướng dẫn", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("VPTW", None, "Văn phòng Trung ương Đảng"),
    ("TU", None, "Tỉnh ủy"),
    ("HU", None, "Huyện ủy"),
    ("ĐUK", None, "Đảng ủy Khối"),
    ("BTGTU", None, "Ban Tuyên giáo Tỉnh ủy"),
    ("UBND", None, "Ủy ban nhân dân"),
    ("UBND-VX", None, "Ủy ban nhân dân"),
    ("TTg", None, "Thủ tướng Chính phủ"),
    ("CP", None, "Chính phủ"),
    ("TBTTKT", None, None),
    (None, None, None),
    ("", None, None),
])
def test_issuer_from_code(code: str | None, doc_type: str | None, issuer: str | None) -> None:
    assert issuer_from_code(code, doc_type=doc_type) == issuer


def test_law_code_names_the_national_assembly() -> None:
    assert issuer_from_code(parse_symbol("45/2024/QH15").issuer_code) == "Quốc hội"


@pytest.mark.parametrize(("printed", "issuer_code"), [("1234/UBND-VX", "UBND-VX"),
                                                     ("1234/BVHTTDL-TTCS", "BVHTTDL-TTCS")])
def test_state_letter_without_type_code(printed: str, issuer_code: str) -> None:
    sym = parse_symbol(printed)
    assert (sym.type_code, sym.issuer_code, sym.doc_type) == (None, issuer_code, "Công văn")


@pytest.mark.parametrize(("printed", "doc_type"), [
    ("02-CTr/BTGTU-SVHTTDL", "Chương trình"),  # a joint Party-State programme: both issuers in the sign
    ("10-QC/TU-UBND", "Quy chế"),
])
def test_joint_party_sign_is_found_whole(printed: str, doc_type: str) -> None:
    assert found(f"theo {printed} ngày 05/01/2024") == [printed]
    assert parse_symbol(printed).doc_type == doc_type


@pytest.mark.parametrize(("printed", "doc_type"), [
    ("05/KHLT-SVHTTDL-SGDĐT", "Kế hoạch"),  # kế hoạch liên tịch
    ("01/HDLN-BTGTU-SVHTTDL", "Hướng dẫn"),  # hướng dẫn liên ngành
])
def test_joint_state_type_codes(printed: str, doc_type: str) -> None:
    assert found(f"theo {printed} ngày 05/01/2024") == [printed]
    assert parse_symbol(printed).doc_type == doc_type
