"""loaders.header over short headers of each genre: number and sign, type, issuer, date, place,
title, signer and recipients, as a careful reader of the document would give them."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.folding import fold
from loaders.header import HeaderFound, read_header
from loaders.normalise import normalise

SNIPPETS = Path(__file__).parent / "data" / "snippets"

PARTY_PLAN = """TỈNH ỦY CAO BẰNG
*
Số 413-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Cao Bằng, ngày 13 tháng 12 năm 2019

KẾ HOẠCH
tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020)

Thực hiện Hướng dẫn số 118-HD/BTGTW ngày 25/11/2019 của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Tuyên truyền sâu rộng.

Nơi nhận:
- Ban Tuyên giáo Trung ương (b/c),
- Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy,
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Triệu Đình Lê
"""

ANNEX_ONLY = """PHỤ LỤC
ĐỀ CƯƠNG TUYÊN TRUYỀN
(kèm theo Kế hoạch số 390-KH/TU, ngày 19/11/2024 của Tỉnh ủy Cao Bằng)

I. Ý NGHĨA LỊCH SỬ
Năm 1945, Cách mạng Tháng Tám thành công.
"""

NO_HEADER = """KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ

Thực hiện Kế hoạch số 12-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy Lai Châu, Huyện ủy Tam Đường ban hành kế hoạch tổ chức các hoạt động kỷ niệm như sau:

I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng.
"""

PROVINCE_BOARD = """TỈNH ỦY CAO BẰNG
BAN TUYÊN GIÁO
*
Số 28 – HD/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Cao Bằng, ngày 02 tháng 3 năm 2020

HƯỚNG DẪN
tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XIX
"""

DISTRICT_PARTY = """HUYỆN ỦY TAM ĐƯỜNG
*
Số 45-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tam Đường, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ
"""

DISTRICT_STATE = """ỦY BAN NHÂN DÂN
HUYỆN TAM ĐƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Tam Đường, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
tổ chức Ngày hội Đại đoàn kết toàn dân tộc

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Hùng
"""

BLOC_COMMITTEE = """ĐẢNG BỘ TỈNH BẮC NINH
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
*
Số: 20- KH/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Ninh, ngày 05 tháng 01 năm 2021

KẾ HOẠCH
tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
"""

POLITBURO = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 35-CT/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 30 tháng 5 năm 2019

CHỈ THỊ
về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng

T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
Nguyễn Phú Trọng
"""

MINISTRY = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 1234/KH-BVHTTDL
Hà Nội, ngày 10 tháng 4 năm 2024

KẾ HOẠCH
tổ chức các hoạt động kỷ niệm
"""

UNDATED_DAY = """TỈNH ỦY CAO BẰNG
*
Số 05-NQ/TU
Cao Bằng, ngày ... tháng 3 năm 2020

NGHỊ QUYẾT
về phát triển văn hóa
"""


def header(raw: str, provinces: list[str] | None = None) -> tuple[str, HeaderFound]:
    text = normalise(raw)
    return text, read_header(text, provinces=provinces or [])


# text, provinces the body mentions, expected document fields (only those given are checked)
CASES = [
    pytest.param(PARTY_PLAN, [], {
        "symbol": "413-KH/TU", "doc_type": "Kế hoạch", "issuer": "Tỉnh ủy Cao Bằng", "issued_date": "2019-12-13",
        "place": "Cao Bằng", "jurisdiction": "Cao Bằng",
        "title": "tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020)",
        "signer_title": "Phó Bí thư Thường trực", "signer_name": "Triệu Đình Lê"}, id="party-plan"),
    pytest.param(ANNEX_ONLY, [], {
        "symbol": "390-KH/TU", "doc_type": "Kế hoạch", "issuer": "Tỉnh ủy Cao Bằng", "issued_date": "2024-11-19",
        "jurisdiction": "Cao Bằng", "place": None, "signer_title": None}, id="number-only-in-annex-caption"),
    pytest.param(NO_HEADER, ["Lai Châu"], {
        "symbol": None, "doc_type": "Kế hoạch", "issuer": "Huyện ủy Tam Đường", "issued_date": None,
        "jurisdiction": "Tam Đường, Lai Châu",
        "title": "Tổ chức các hoạt động kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ"}, id="issuer-only-in-body"),
    pytest.param(DISTRICT_PARTY, ["Lai Châu"], {
        "symbol": "45-KH/HU", "issuer": "Huyện ủy Tam Đường", "issued_date": "2024-01-10", "place": "Tam Đường",
        "jurisdiction": "Tam Đường, Lai Châu"}, id="district-party"),
    pytest.param(DISTRICT_STATE, ["Lai Châu"], {
        "symbol": "12/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Tam Đường",
        "jurisdiction": "Tam Đường, Lai Châu", "signer_title": "Phó Chủ tịch", "signer_name": "Lò Văn Hùng"},
        id="district-state-two-line-issuer"),
    pytest.param(BLOC_COMMITTEE, [], {
        "symbol": "20-KH/ĐUK", "issued_date": "2021-01-05", "place": "Bắc Ninh", "jurisdiction": "Bắc Ninh",
        "title": "tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}, id="bloc-committee"),
    pytest.param(POLITBURO, [], {
        "symbol": "35-CT/TW", "doc_type": "Chỉ thị", "issued_date": "2019-05-30", "place": "Hà Nội",
        "jurisdiction": "Trung ương", "signer_title": "Tổng Bí thư", "signer_name": "Nguyễn Phú Trọng"},
        id="central-directive"),
    # the day left blank for the signer: only the month is known (SPEC: "YYYY-MM when the text gives only that")
    pytest.param(UNDATED_DAY, [], {"symbol": "05-NQ/TU", "doc_type": "Nghị quyết", "issued_date": "2020-03"},
                 id="day-left-blank"),
]


@pytest.mark.parametrize(("raw", "provinces", "expected"), CASES)
def test_read_header(raw: str, provinces: list[str], expected: dict) -> None:
    _, found = header(raw, provinces)
    doc = found.document
    got = {key: getattr(doc, key) for key in expected}
    assert got == expected


def test_bloc_committee_is_the_lower_header_line() -> None:
    # "ĐẢNG BỘ TỈNH BẮC NINH" over "ĐẢNG ỦY KHỐI …": the committee issued it, not the provincial Party.
    _, found = header(BLOC_COMMITTEE)
    assert fold(found.document.issuer) == fold("Đảng ủy Khối các cơ quan tỉnh")


def test_state_two_line_issuer_from_snippet() -> None:
    text, found = header((SNIPPETS / "state_plan_982.txt").read_text(encoding="utf-8"))
    doc = found.document
    assert (doc.symbol, doc.doc_type, doc.issuer, doc.issued_date, doc.place, doc.jurisdiction) == (
        "982/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Lai Châu", "2025-03-15", "Lai Châu", "Lai Châu")
    assert doc.signer_title == "Phó Chủ tịch"
    assert doc.title.startswith("Triển khai thực hiện Kết luận số 123-KL/TW")
    assert found.problems == []


def test_decision_of_the_prime_minister_from_snippet() -> None:
    _, found = header((SNIPPETS / "decision_ttg.md").read_text(encoding="utf-8"))
    doc = found.document
    assert (doc.symbol, doc.doc_type, doc.issuer, doc.issued_date, doc.place, doc.jurisdiction) == (
        "2623/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2025-11-26", "Hà Nội", "Trung ương")
    assert doc.title == ("Ban hành Kế hoạch tổ chức các hoạt động kỷ niệm 100 năm Ngày thành lập "
                         "Đảng Cộng sản Việt Nam")


def test_board_under_its_parent_body_from_snippet() -> None:
    # "BAN CHẤP HÀNH TRUNG ƯƠNG" over "BAN TUYÊN GIÁO VÀ DÂN VẬN": the Central board.
    _, found = header((SNIPPETS / "guidance_btgdvtw.txt").read_text(encoding="utf-8"))
    doc = found.document
    assert (doc.symbol, doc.doc_type, doc.issued_date, doc.place, doc.jurisdiction) == (
        "25-HD/BTGDVTW", "Hướng dẫn", "2025-07-02", "Hà Nội", "Trung ương")
    assert fold(doc.issuer) == fold("Ban Tuyên giáo và Dân vận Trung ương")
    assert found.where.central


def test_province_board_under_its_committee() -> None:
    _, found = header(PROVINCE_BOARD)
    doc = found.document
    assert (doc.symbol, doc.doc_type, doc.issued_date, doc.jurisdiction) == (
        "28-HD/BTGTU", "Hướng dẫn", "2020-03-02", "Cao Bằng")
    assert fold(doc.issuer) == fold("Ban Tuyên giáo Tỉnh ủy Cao Bằng")


def test_board_name_keeps_its_capitals() -> None:
    _, found = header((SNIPPETS / "guidance_btgdvtw.txt").read_text(encoding="utf-8"))
    assert found.document.issuer == "Ban Tuyên giáo và Dân vận Trung ương"


def test_province_board_name_keeps_its_capitals() -> None:
    _, found = header(PROVINCE_BOARD)
    assert found.document.issuer == "Ban Tuyên giáo Tỉnh ủy Cao Bằng"


def test_ministry_is_central() -> None:
    _, found = header(MINISTRY)
    doc = found.document
    assert (doc.issuer, doc.jurisdiction) == ("Bộ Văn hóa, Thể thao và Du lịch", "Trung ương")


def test_symbol_span_points_at_the_printed_sign() -> None:
    text, found = header(BLOC_COMMITTEE)
    span = found.document.span
    assert text[span.start:span.end] == "20- KH/ĐUK"
    text, found = header(ANNEX_ONLY)
    span = found.document.span
    assert text[span.start:span.end] == "390-KH/TU"


@pytest.mark.parametrize(("raw", "codes"), [
    (PARTY_PLAN, []),
    (ANNEX_ONLY, ["symbol_from_annex"]),
    (NO_HEADER, ["no_symbol"]),
    ("", ["no_symbol"]),
])
def test_problems(raw: str, codes: list[str]) -> None:
    _, found = header(raw)
    assert [p.code for p in found.problems] == codes


def test_recipients_drop_report_marks() -> None:
    _, found = header(PARTY_PLAN)
    recipients = found.document.recipients
    assert recipients[:3] == ["Ban Tuyên giáo Trung ương", "Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                              "Các đồng chí Tỉnh ủy viên"]


def test_recipients_leave_out_the_archive_line() -> None:
    _, found = header(PARTY_PLAN)
    assert found.document.recipients == ["Ban Tuyên giáo Trung ương",
                                         "Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                                         "Các đồng chí Tỉnh ủy viên"]


def test_no_recipients_block() -> None:
    _, found = header(POLITBURO)
    assert found.document.recipients == []


def test_empty_text_has_nothing() -> None:
    _, found = header("")
    doc = found.document
    assert (doc.symbol, doc.issuer, doc.issued_date, doc.title, doc.signer_title) == (None, None, None, None, None)


BODY_ISSUER_ONLY = """KẾ HOẠCH
tuyên truyền Đại hội

Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Cao Bằng xây dựng Kế hoạch như sau:
"""


def test_body_issuer_after_the_basis_clause() -> None:
    _, found = header(BODY_ISSUER_ONLY)
    doc = found.document
    assert (doc.symbol, doc.doc_type, doc.issuer, doc.jurisdiction) == (
        None, "Kế hoạch", "Ban Thường vụ Tỉnh ủy Cao Bằng", "Cao Bằng")


PARTY_CONGRESS_COMMITTEE = """ĐẢNG BỘ TỈNH CAO BẰNG
BAN CHẤP HÀNH
*
Số 05-NQ/TU
Cao Bằng, ngày 20 tháng 3 năm 2020

NGHỊ QUYẾT
về phát triển văn hóa
"""


def test_executive_committee_under_the_provincial_party() -> None:
    _, found = header(PARTY_CONGRESS_COMMITTEE)
    doc = found.document
    assert "cao bang" in fold(doc.issuer)
    assert doc.jurisdiction == "Cao Bằng"


DISTRICT_UNDER_PROVINCE = """ĐẢNG BỘ TỈNH CAO BẰNG
HUYỆN ỦY HÀ QUẢNG
*
Số 45-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Quảng, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
tuyên truyền Đại hội
"""


def test_district_committee_under_its_provincial_party() -> None:
    _, found = header(DISTRICT_UNDER_PROVINCE)
    assert (found.document.issuer, found.where.district) == ("Huyện ủy Hà Quảng", "Hà Quảng")


def test_district_jurisdiction_takes_the_province_from_the_header() -> None:
    _, found = header(DISTRICT_UNDER_PROVINCE)
    assert found.document.jurisdiction == "Hà Quảng, Cao Bằng"


def test_party_cell_under_its_bloc_is_the_issuer() -> None:
    _, found = header("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nĐẢNG ỦY SỞ TÀI CHÍNH\n*\nSố 03-KH/ĐU\n"
                      "Lai Châu, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\ntuyên truyền\n")
    assert found.document.issuer.startswith("Đảng ủy Sở Tài chính")


def test_state_department_under_its_people_s_committee_is_the_issuer() -> None:
    _, found = header("UBND TỈNH LAI CHÂU\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 112/KH-SVHTTDL\n"
                      "Lai Châu, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\ntuyên truyền\n")
    doc = found.document
    assert doc.issuer in ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu")
    assert doc.jurisdiction == "Lai Châu"


LETTER = """TỈNH ỦY CAO BẰNG
BAN TUYÊN GIÁO
*
Số 215-CV/BTGTU
V/v tuyên truyền kỷ niệm 80 năm Ngày Quốc khánh
ĐẢNG CỘNG SẢN VIỆT NAM
Cao Bằng, ngày 05 tháng 8 năm 2025

Kính gửi:
- Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,
- Các cơ quan báo chí của tỉnh.

Thực hiện Hướng dẫn số 25-HD/BTGDVTW ngày 02/10/2025 của Ban Tuyên giáo và Dân vận Trung ương, Ban Tuyên giáo Tỉnh ủy đề nghị các đơn vị tuyên truyền.

Nơi nhận:
- Như trên,
- Thường trực Tỉnh ủy (b/c),
- Lưu VP.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Nông Thị Hà
"""


def test_party_letter_takes_its_subject_line_as_title() -> None:
    _, found = header(LETTER)
    doc = found.document
    assert (doc.symbol, doc.doc_type, doc.issuer, doc.issued_date, doc.title) == (
        "215-CV/BTGTU", "Công văn", "Ban Tuyên giáo Tỉnh ủy Cao Bằng", "2025-08-05",
        "tuyên truyền kỷ niệm 80 năm Ngày Quốc khánh")
    assert (doc.signer_title, doc.signer_name) == ("Phó Trưởng ban", "Nông Thị Hà")
    assert "Thường trực Tỉnh ủy" in doc.recipients


def test_title_in_capitals_over_two_lines_is_one_title() -> None:
    _, found = header("TỈNH ỦY CAO BẰNG\n*\nSố 413-KH/TU\nCao Bằng, ngày 13 tháng 12 năm 2019\n\nKẾ HOẠCH\n"
                      "TUYÊN TRUYỀN KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP\nĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 - 3/2/2020)\n"
                      "-----\n\nThực hiện Hướng dẫn số 118-HD/BTGTW\n")
    assert found.document.title == ("TUYÊN TRUYỀN KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM "
                                    "(3/2/1930 - 3/2/2020)")


@pytest.mark.parametrize(("tail", "title", "name"), [
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Lương", "Chủ tịch", "Lê Văn Lương"),
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTạ Quang Đông", "Thứ trưởng", "Tạ Quang Đông"),
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n\n\nTriệu Đình Lê", "Phó Bí thư Thường trực", "Triệu Đình Lê"),
])
def test_signer(tail: str, title: str, name: str) -> None:
    _, found = header(f"TỈNH ỦY CAO BẰNG\nSố 1-KH/TU\n\nKẾ HOẠCH\ntuyên truyền\n\nNơi nhận:\n- Lưu VP.\n{tail}\n")
    assert (found.document.signer_title, found.document.signer_name) == (title, name)


@pytest.mark.parametrize(("tail", "names"), [
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(Đã ký)\nTriệu Đình Lê", ("Triệu Đình Lê",)),
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nđã ký\nHoàng Xuân Ánh", ("Hoàng Xuân Ánh",)),
    ("T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTRẦN HỒNG MINH", ("TRẦN HỒNG MINH", "Trần Hồng Minh")),
], ids=["da-ky-in-parentheses", "da-ky", "name-in-capitals"])
def test_signer_name_after_da_ky_or_in_capitals(tail: str, names: tuple[str, ...]) -> None:
    _, found = header(f"TỈNH ỦY CAO BẰNG\nSố 1-KH/TU\n\nKẾ HOẠCH\ntuyên truyền\n\nNơi nhận:\n- Lưu VP.\n{tail}\n")
    assert found.document.signer_name in names


@pytest.mark.parametrize("day", ["ngày 30 tháng 02 năm 2025", "ngày 31 tháng 4 năm 2025", "ngày 29 tháng 2 năm 2023"])
def test_impossible_issue_date_is_not_a_date(day: str) -> None:
    _, found = header(f"TỈNH ỦY CAO BẰNG\nSố 12-KH/TU\nCao Bằng, {day}\n\nKẾ HOẠCH\ntuyên truyền\n")
    assert found.document.issued_date is None


def test_letter_recipients_are_its_addressees() -> None:
    _, found = header(LETTER)
    assert found.document.recipients == ["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                                         "Các cơ quan báo chí của tỉnh", "Thường trực Tỉnh ủy"]


def test_single_line_addressee_is_a_recipient() -> None:
    _, found = header((SNIPPETS / "official_letter_cv.txt").read_text(encoding="utf-8"))
    assert found.document.recipients == ["Ủy ban nhân dân các huyện, thành phố"]


@pytest.mark.parametrize(("type_line", "sign", "doc_type"), [
    ("KẾ HOẠCH LIÊN TỊCH", "05/KHLT-SVHTTDL-SGDĐT", "Kế hoạch"),
    ("CHƯƠNG TRÌNH PHỐI HỢP", "02-CTr/BTGTU", "Chương trình"),
    ("ĐỀ CƯƠNG TUYÊN TRUYỀN", "12-ĐC/BTGTU", "Đề cương"),
    ("THÔNG BÁO KẾT LUẬN", "15-TB/TU", "Thông báo"),
])
def test_type_heading_with_a_qualifier(type_line: str, sign: str, doc_type: str) -> None:
    _, found = header(f"TỈNH ỦY CAO BẰNG\n*\nSố {sign}\nCao Bằng, ngày 13 tháng 12 năm 2019\n\n{type_line}\n"
                      "về việc tuyên truyền kỷ niệm\n")
    assert (found.document.doc_type, found.document.title) == (doc_type, "về việc tuyên truyền kỷ niệm")


@pytest.mark.parametrize(("caption", "symbol", "issuer"), [
    ("(Kèm theo Quyết định số 2623/QĐ-TTg ngày 26 tháng 11 năm 2025 của Thủ tướng Chính phủ)", "2623/QĐ-TTg",
     "Thủ tướng Chính phủ"),
    ("(Kèm theo Kế hoạch số 390-KH/TU của Tỉnh ủy Cao Bằng)", "390-KH/TU", "Tỉnh ủy Cao Bằng"),
], ids=["date-in-words", "no-date"])
def test_annex_caption_without_a_numeric_date(caption: str, symbol: str, issuer: str) -> None:
    _, found = header(f"KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\n{caption}\n\nI. MỤC ĐÍCH\n")
    assert (found.document.symbol, found.document.issuer) == (symbol, issuer)


@pytest.mark.parametrize(("clause", "issuer", "jurisdiction"), [
    ("Ủy ban nhân dân huyện Tam Đường ban hành Kế hoạch thực hiện như sau:", "Ủy ban nhân dân huyện Tam Đường",
     "Tam Đường, Lai Châu"),
    ("Đảng ủy Khối các cơ quan tỉnh xây dựng Kế hoạch như sau:", "Đảng ủy Khối các cơ quan tỉnh", "Lai Châu"),
])
def test_body_issuer_of_state_and_party_bodies(clause: str, issuer: str, jurisdiction: str) -> None:
    _, found = header(f"KẾ HOẠCH\ntuyên truyền\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân "
                      f"dân tỉnh, {clause}\n", ["Lai Châu"])
    assert (found.document.issuer, found.document.jurisdiction) == (issuer, jurisdiction)


def test_body_issuer_with_commas_in_its_name() -> None:
    _, found = header("KẾ HOẠCH\ntuyên truyền\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân "
                      "tỉnh, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch thực hiện như sau:\n", ["Lai Châu"])
    assert found.document.issuer == "Sở Văn hóa, Thể thao và Du lịch"


def test_district_office_under_its_people_s_committee_is_the_issuer() -> None:
    _, found = header("UBND HUYỆN TAM ĐƯỜNG\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 15/KH-VHTT\n"
                      "Tam Đường, ngày 20 tháng 3 năm 2025\n\nKẾ HOẠCH\ntuyên truyền\n", ["Lai Châu"])
    assert found.document.issuer.startswith("Phòng Văn hóa và Thông tin")
    assert found.document.jurisdiction == "Tam Đường, Lai Châu"


def test_executive_committee_name_keeps_dang_bo_capital() -> None:
    _, found = header("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH CAO BẰNG\n*\nSố 05-NQ/TU\nCao Bằng, ngày 20 tháng 3 năm 2020\n\n"
                      "NGHỊ QUYẾT\nvề phát triển văn hóa\n")
    assert found.document.issuer == "Ban Chấp hành Đảng bộ tỉnh Cao Bằng"


@pytest.mark.parametrize(("raw", "issuer", "jurisdiction"), [
    ("TỈNH ỦY CAO BẰNG\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 413-KH/TU\tCao Bằng, ngày 13 tháng 12 năm 2019\n\n"
     "KẾ HOẠCH\ntuyên truyền\n", "Tỉnh ủy Cao Bằng", "Cao Bằng"),
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 982/KH-UBND\tLai Châu, ngày 15 tháng 3 năm 2025\n\nKẾ HOẠCH\ntriển khai\n",
     "Ủy ban nhân dân tỉnh Lai Châu", "Lai Châu"),
], ids=["party", "state"])
def test_flattened_two_column_header(raw: str, issuer: str, jurisdiction: str) -> None:
    _, found = header(raw)
    doc = found.document
    assert (doc.issuer, doc.jurisdiction) == (issuer, jurisdiction)


@pytest.mark.parametrize("raw", [
    "TỈNH ỦY CAO BẰNG\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 413-KH/TU\tCao Bằng, ngày 13 tháng 12 năm 2019\n\nKẾ HOẠCH\n"
    "tuyên truyền\n",
])
def test_flattened_header_still_gives_number_date_and_place(raw: str) -> None:
    _, found = header(raw)
    doc = found.document
    assert (doc.symbol, doc.issued_date, doc.place) == ("413-KH/TU", "2019-12-13", "Cao Bằng")


@pytest.mark.parametrize(("top", "issuer"), [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO", "Ban Tuyên giáo Trung ương"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN DÂN VẬN", "Ban Dân vận Trung ương"),
    ("CHÍNH PHỦ", "Chính phủ"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
])
def test_central_issuers(top: str, issuer: str) -> None:
    _, found = header(f"{top}\n*\nSố 05-HD/BTGTW\nHà Nội, ngày 20 tháng 3 năm 2020\n\nHƯỚNG DẪN\nvề việc\n")
    assert (found.document.issuer, found.document.jurisdiction) == (issuer, "Trung ương")


@pytest.mark.parametrize(("top", "issuer"), [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG", "Văn phòng Trung ương Đảng"),
    ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCỤC THÔNG TIN CƠ SỞ", "Cục Thông tin cơ sở"),
], ids=["party-central-office", "department-of-a-ministry"])
def test_central_offices_and_departments(top: str, issuer: str) -> None:
    _, found = header(f"{top}\n*\nSố 05-HD/BTGTW\nHà Nội, ngày 20 tháng 3 năm 2020\n\nHƯỚNG DẪN\nvề việc\n")
    assert found.document.issuer.startswith(issuer)
    assert found.document.jurisdiction == "Trung ương"


@pytest.mark.parametrize(("number_line", "symbol"), [
    ("Số:      /KH-UBND", None),  # a draft: the number is left for the registry
    ("Số: ..../KH-UBND", None),
    ("Số: 982 /KH-UBND", "982/KH-UBND"),
    ("Số: 982/ KH-UBND", "982/KH-UBND"),
    ("Số: 982/KH - UBND", "982/KH-UBND"),
    ("Số 413 – KH/TU", "413-KH/TU"),
    ("SỐ 413-KH/TU", "413-KH/TU"),
])
def test_number_line_forms(number_line: str, symbol: str | None) -> None:
    _, found = header(f"ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n{number_line}\nLai Châu, ngày 15 tháng 3 năm 2025\n\n"
                      "KẾ HOẠCH\ntriển khai\n")
    assert found.document.symbol == symbol
    # a number line without its number: "số để trống", never "no number line"
    assert ("blank_number" in {p.code for p in found.problems}) == (symbol is None)
    assert "no_symbol" not in {p.code for p in found.problems}


# --- the document's own number and date, never a citation's -----------------------------------------

def test_law_number_is_the_documents_own_and_the_national_assembly_issues_it() -> None:
    _, found = header("QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                      "Luật số: 134/2025/QH15\nHà Nội, ngày 10 tháng 12 năm 2025\n\nLUẬT\nTRÍ TUỆ NHÂN TẠO\n"
                      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Nghị quyết số 203/2025/QH15;\n")
    doc = found.document
    assert (doc.symbol, doc.issuer, doc.doc_type, doc.issued_date) == (
        "134/2025/QH15", "Quốc hội", "Luật", "2025-12-10")


@pytest.mark.parametrize(("number_line", "code", "words"), [
    ("Số: -HD/BTCTU", "blank_number", "số để trống"),
    ("Số          - HD/BTCTU", "blank_number", "số để trống"),
    ("Số: ## /CT-UBND", "unreadable_number", "số không đọc được"),  # a handwritten number OCR lost
    ("Số: 6% /TTg-CĐS", "unreadable_number", "số không đọc được"),
    ("Số: 2/91 €T-CS", "unreadable_number", "số không đọc được"),  # "2191/CT-CS" by hand, OCR'd
    ("Số: 2/91", "unreadable_number", "số không đọc được"),  # … and its sign lost as noise
])
def test_number_line_without_its_number_never_takes_a_cited_one(number_line: str, code: str, words: str) -> None:
    _, found = header(f"THÀNH ỦY HÀ NỘI\nBAN TỔ CHỨC\n{number_line}\nHà Nội, ngày 12 tháng 8 năm 2025\n\n"
                      "HƯỚNG DẪN\nthực hiện quy trình\n\nCăn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp "
                      "hành Trung ương;\n(kèm theo Quyết định số 02-QĐ/TU)\n")
    assert found.document.symbol is None
    [problem] = [p for p in found.problems if p.code == code]
    assert words in problem.message


@pytest.mark.parametrize(("date_line", "issued", "code"), [
    ("Hà Nội, ngày    tháng 8 năm 2025", "2025-08", "blank_day"),
    ("Quảng Ngãi, ngày đỗ tháng 6 năm 2026", "2026-06", "unreadable_day"),  # OCR of a handwritten day
    ("Hà Nội, ngày30 tháng 4 năm 2026", "2026-04-30", None),  # OCR lost the space
])
def test_day_blank_or_unreadable_keeps_the_month_and_says_so(date_line: str, issued: str, code: str | None) -> None:
    _, found = header(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\n{date_line}\n\nKẾ HOẠCH\ntriển khai\n")
    assert found.document.issued_date == issued
    assert ({p.code for p in found.problems} & {"blank_day", "unreadable_day"}) == ({code} if code else set())


def test_issue_date_comes_from_the_place_date_line_only() -> None:
    # the draft's date line is blank; a cited plan's full date sits in the opening clause above the body
    _, found = header("TỈNH ỦY CAO BẰNG\n*\nSố 12-KH/TU\n\nKẾ HOẠCH\ntuyên truyền\n\n"
                      "Thực hiện Kế hoạch số 05-KH/TU ngày 15 tháng 11 năm 2019 của Tỉnh ủy,\n")
    assert found.document.issued_date is None and found.document.symbol == "12-KH/TU"


def test_a_citation_inside_a_sentence_is_no_annex_caption() -> None:
    _, found = header("KẾ HOẠCH\ntuyên truyền\n\nCác đơn vị thực hiện theo mẫu ban hành kèm theo Quyết định số "
                      "12-QĐ/TU, ngày 01/02/2020 của Tỉnh ủy.\n")
    assert found.document.symbol is None and found.document.issued_date is None


def test_central_party_document_issued_by_the_body_it_signs_for() -> None:
    _, found = header("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 06-HD/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                      "Hà Nội, ngày 09 tháng 6 năm 2025\n\nHƯỚNG DẪN\nthi hành Điều lệ Đảng\n\n"
                      "Ban Bí thư hướng dẫn như sau:\n1. Nội dung.\n\nT/M BAN BÍ THƯ\n\nTrần Cẩm Tú\n")
    assert found.document.issuer == "Ban Bí thư"


@pytest.mark.parametrize(("raw", "issuer"), [
    # the organ that decides, not the letterhead that heads every central Party document
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 384-QĐ/TW\nHà Nội, ngày 19 tháng 11 năm 2025\nQUY ĐỊNH\nvề kết nối dữ liệu\n"
     "- Căn cứ Điều lệ Đảng;\nĐiều 1. Phạm vi\nQuy định này có hiệu lực kể từ ngày ký.\nT/M BAN BÍ THƯ\nTrần Cẩm Tú\n",
     "Ban Bí thư"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 127-KL/TW\nHà Nội, ngày 28 tháng 2 năm 2025\nKẾT LUẬN\n"
     "Tại phiên họp ngày 28/2/2025, Bộ Chính trị, Ban Bí thư có ý kiến như sau:\n1. Tạm dừng tổ chức đại hội.\n",
     "Bộ Chính trị, Ban Bí thư"),
], ids=["signed-for", "speaks"])
def test_central_party_issuer_is_the_organ_that_decides(raw: str, issuer: str) -> None:
    _, found = header(raw)
    assert found.document.issuer == issuer


def test_republished_text_without_header_takes_its_number_from_a_heading() -> None:
    raw = ("Tại phiên họp ngày 28/2/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo (Công văn số 8011-CV/BTCTW, ngày "
           "27/02/2025), Bộ Chính trị, Ban Bí thư có ý kiến như sau:\n1. Giao Ban Tổ chức Trung ương theo dõi việc "
           "thực hiện Kết luận này.\nINFOGRAPHICS: Một số nội dung quan trọng tại Kết luận số 127-KL/TW của Bộ "
           "Chính trị, Ban Bí thư\n")
    text, found = header(raw)
    doc = found.document
    assert (doc.symbol, doc.doc_type, doc.issuer, doc.issued_date) == (
        "127-KL/TW", "Kết luận", "Bộ Chính trị, Ban Bí thư", None)
    assert text[doc.span.start:doc.span.end] == "127-KL/TW"
    assert [p.code for p in found.problems] == ["symbol_from_heading"]


def test_a_cited_documents_date_is_not_the_issue_date() -> None:
    raw = ("Kính gửi:\n- Các sở, ban, ngành Thành phố.\n"
           "Căn cứ Kế hoạch số 13-KH/TU ngày 17 tháng 11 năm 2025 của Ban Thường vụ Thành ủy;\n"
           "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n1. Đề nghị các sở báo cáo.\n")
    _, found = header(raw)
    assert (found.document.issued_date, found.document.issuer) == (None, "Ủy ban nhân dân Thành phố")


def test_a_letter_without_type_line_is_a_cong_van() -> None:
    _, found = header("Kính gửi:\n- Các sở, ban, ngành Thành phố.\n"
                      "Căn cứ Kế hoạch số 13-KH/TU ngày 17 tháng 11 năm 2025 của Ban Thường vụ Thành ủy;\n"
                      "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n1. Đề nghị các sở báo cáo.\n")
    assert found.document.doc_type == "Công văn"


@pytest.mark.parametrize(("raw", "doc_type", "title"), [
    # the type alone above a title in capitals; the title ends where the capitals do
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 224/CĐ-TTg\nHà Nội, ngày 20 tháng 11 năm 2025\n**CÔNG ĐIỆN**\nVỀ VIỆC KHẨN TRƯƠNG\n"
     "CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH, KHỞI CÔNG CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN, Ý\nNGHĨA CHÀO MỪNG ĐẠI HỘI\n"
     "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n- Bộ trưởng, Thủ trưởng cơ quan ngang bộ;\nTiếp theo kết quả tích cực, Thủ "
     "tướng Chính phủ yêu cầu:\n1. Bộ Xây dựng chủ trì.\n", "Công điện",
     "VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH, KHỞI CÔNG CÁC DỰ ÁN, CÔNG TRÌNH QUY MÔ LỚN, Ý NGHĨA CHÀO "
     "MỪNG ĐẠI HỘI"),
    ("VĂN PHÒNG CHÍNH PHỦ\nSố: 659/TB-VPCP\nHà Nội, ngày 29 tháng 11 năm 2025\n**THÔNG BÁO**\nKẾT LUẬN CỦA PHÓ THỦ "
     "TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ TÌNH\nHÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại Trụ "
     "sở Chính phủ, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp.\n", "Thông báo",
     "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW"),
])
def test_type_line_and_a_title_in_capitals(raw: str, doc_type: str, title: str) -> None:
    _, found = header(raw)
    assert (found.document.doc_type, found.document.title) == (doc_type, title)
