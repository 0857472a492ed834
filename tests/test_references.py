"""loaders.references: cited documents with type, date, issuer and subject; basis in the opening
"Thực hiện / Căn cứ" clauses; one entry per distinct document."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.models import Reference
from loaders.normalise import normalise
from loaders.references import find_references
from loaders.symbols import parse_symbol
from loaders.units import Jurisdiction

SNIPPETS = Path(__file__).parent / "data" / "snippets"
CAO_BANG = Jurisdiction(province="Cao Bằng")
LAI_CHAU = Jurisdiction(province="Lai Châu")
CENTRAL = Jurisdiction(central=True)

PARTY_PLAN = """KẾ HOẠCH
tuyên truyền

Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Hướng dẫn số 118-HD/BTGTW, ngày 25/11/2019 của Ban Tuyên giáo Trung ương thực hiện Chỉ thị; Kế hoạch số 101-KH/TU ngày 02/01/2020 của Ban Thường vụ Tỉnh ủy (khóa XVIII) về tổ chức đại hội, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch số 413-KH/TU như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV.
2. Tiếp tục thực hiện Chỉ thị 35-CT/TW và Công văn số 9743-CV/BTGTW ngày 15/6/2020 của Ban Tuyên giáo Trung ương.
3. Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị khóa XIII.
"""


def refs(raw: str, *, own: str | None = None, where: Jurisdiction = CAO_BANG) -> tuple[str, list[Reference]]:
    text = normalise(raw)
    return text, find_references(text, own_symbol=own, where=where)


def by_key(found: list[Reference]) -> dict[tuple[str, str | None], Reference]:
    return {(r.symbol, r.issued_date): r for r in found}


def test_party_plan_lists_each_document_once_in_order() -> None:
    _, found = refs(PARTY_PLAN, own="413-KH/TU")
    assert [(r.symbol, r.issued_date) for r in found] == [
        ("35-CT/TW", "2019-05-30"), ("118-HD/BTGTW", "2019-11-25"), ("101-KH/TU", "2020-01-02"),
        ("35-CT/TW", "2024-06-14"), ("9743-CV/BTGTW", "2020-06-15"), ("01-KL/TW", None)]


# symbol, date, expected fields
PARTY_CASES = [
    ("35-CT/TW", "2019-05-30", {"doc_type": "Chỉ thị", "issuer": "Bộ Chính trị", "basis": True,
                                "jurisdiction": "Trung ương",
                                "subject": "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ "
                                           "XIII của Đảng"}),
    # issuer stops at "thực hiện"
    ("118-HD/BTGTW", "2019-11-25", {"doc_type": "Hướng dẫn", "issuer": "Ban Tuyên giáo Trung ương", "basis": True}),
    # issuer stops at "(khóa XVIII)"
    ("101-KH/TU", "2020-01-02", {"doc_type": "Kế hoạch", "issuer": "Ban Thường vụ Tỉnh ủy", "basis": True,
                                 "jurisdiction": "Cao Bằng"}),
    # the same symbol with another date is another document, cited later: not a basis
    ("35-CT/TW", "2024-06-14", {"doc_type": "Chỉ thị", "issuer": "Bộ Chính trị", "basis": False,
                                "subject": "đại hội đảng bộ các cấp tiến tới Đại hội XIV"}),
    ("9743-CV/BTGTW", "2020-06-15", {"doc_type": "Công văn", "issuer": "Ban Tuyên giáo Trung ương", "basis": False}),
    # issuer stops at "khóa XIII"; no date given
    ("01-KL/TW", None, {"doc_type": "Kết luận", "issuer": "Bộ Chính trị", "basis": False}),
]


@pytest.mark.parametrize(("symbol", "date", "expected"), PARTY_CASES)
def test_party_plan_reference(symbol: str, date: str | None, expected: dict) -> None:
    _, found = refs(PARTY_PLAN, own="413-KH/TU")
    ref = by_key(found)[(symbol, date)]
    assert {k: getattr(ref, k) for k in expected} == expected


def test_own_symbol_is_not_a_reference() -> None:
    _, found = refs(PARTY_PLAN, own="413-KH/TU")
    assert "413-KH/TU" not in {r.symbol for r in found}
    _, found = refs(PARTY_PLAN, own=None)
    assert "413-KH/TU" in {r.symbol for r in found}


def test_own_symbol_matches_as_printed_with_spaces() -> None:
    _, found = refs("Kế hoạch số 20- KH/ĐUK ngày 05/01/2021 của Đảng ủy Khối.\n", own="20-KH/ĐUK")
    assert found == []


def test_undated_repeat_merges_with_the_dated_citation() -> None:
    _, found = refs("Thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị;\n"
                    "I. NỘI DUNG\n1. Quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.\n")
    assert [(r.symbol, r.issued_date, r.basis) for r in found] == [("35-CT/TW", "2019-05-30", True)]


def test_two_dates_stay_two_documents_even_when_an_undated_repeat_follows() -> None:
    _, found = refs(PARTY_PLAN, own="413-KH/TU")
    assert sum(r.symbol == "35-CT/TW" for r in found) == 2


def test_basis_is_only_the_opening_clauses() -> None:
    _, found = refs("Căn cứ Hướng dẫn số 07-HD/BTGTU ngày 03/01/2020 của Ban Tuyên giáo Tỉnh ủy;\n"
                    "I. MỤC ĐÍCH\n1. Thực hiện Kế hoạch số 12-KH/TU ngày 05/01/2020 của Ban Thường vụ Tỉnh ủy.\n")
    assert [(r.symbol, r.basis) for r in found] == [("07-HD/BTGTU", True), ("12-KH/TU", False)]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Căn cứ Nghị định số 145/2013/NĐ-CP ngày 29/10/2013 của Chính phủ về tổ chức ngày kỷ niệm;",
     {"symbol": "145/2013/NĐ-CP", "doc_type": "Nghị định", "issued_date": "2013-10-29", "issuer": "Chính phủ",
      "subject": "tổ chức ngày kỷ niệm", "jurisdiction": "Trung ương", "basis": True}),
    ("Căn cứ Nghị định số 145/2013/NĐ-CP ngày 29 tháng 10 năm 2013 của Chính phủ;",
     {"symbol": "145/2013/NĐ-CP", "issued_date": "2013-10-29", "issuer": "Chính phủ", "basis": True}),
    # a State sign's year is part of the sign, not a date the text gives (gold SPEC: null when none is given)
    ("Căn cứ Nghị định số 145/2013/NĐ-CP;", {"symbol": "145/2013/NĐ-CP", "issued_date": None, "issuer": "Chính phủ"}),
    ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", {"symbol": "63/2025/QH15", "doc_type": "Luật",
                                                       "issued_date": None, "jurisdiction": "Trung ương"}),
    ("Thực hiện Công văn số 1234/UBND-VX ngày 01/3/2025 của Ủy ban nhân dân tỉnh về việc tuyên truyền;",
     {"symbol": "1234/UBND-VX", "doc_type": "Công văn", "issued_date": "2025-03-01",
      "issuer": "Ủy ban nhân dân tỉnh", "subject": "tuyên truyền", "jurisdiction": "Lai Châu"}),
    ("Thực hiện Quyết định số 2623/QĐ-TTg ngày 26/11/2025 của Thủ tướng Chính phủ;",
     {"doc_type": "Quyết định", "issuer": "Thủ tướng Chính phủ", "jurisdiction": "Trung ương"}),
    # type and issuer read from the sign when the text names neither
    ("Thực hiện 118-HD/BTGTW;", {"doc_type": "Hướng dẫn", "issuer": "Ban Tuyên giáo Trung ương"}),
    ("Thực hiện 982/KH-UBND ngày 15/3/2025;", {"doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân",
                                               "issued_date": "2025-03-15"}),
    # issuer stops at "về"
    ("Thực hiện Kế hoạch số 45-KH/TU ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy về tuyên truyền;",
     {"issuer": "Ban Thường vụ Tỉnh ủy", "subject": "tuyên truyền"}),
    # an impossible date is no date
    ("Thực hiện Kế hoạch số 45-KH/TU ngày 45/13/2025;", {"issued_date": None}),
])
def test_state_and_party_phrase(phrase: str, expected: dict) -> None:
    _, found = refs(phrase, where=LAI_CHAU)
    assert len(found) == 1
    assert {k: getattr(found[0], k) for k in expected} == expected


@pytest.mark.parametrize(("phrase", "issuer"), [
    ("Căn cứ Nghị định số 145/2013/NĐ-CP ngày 29/10/2013 của Chính phủ quy định về tổ chức ngày kỷ niệm;",
     "Chính phủ"),
    ("Căn cứ Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao hiệu quả;",
     "Thủ tướng Chính phủ"),
    ("Căn cứ Thông tư số 01/2020/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch;",
     "Bộ Văn hóa, Thể thao và Du lịch"),
], ids=["predicate-quy-dinh", "predicate-phe-duyet", "comma-in-ministry-name"])
def test_issuer_ends_where_the_name_ends(phrase: str, issuer: str) -> None:
    _, found = refs(phrase, where=LAI_CHAU)
    assert [r.issuer for r in found] == [issuer]


def test_dates_and_ranges_are_not_references() -> None:
    _, found = refs("Kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020), nhiệm kỳ 2020 – 2025, "
                    "trong Quý II/2025 và trước ngày 30/4/2020.\n")
    assert found == []


def test_decision_snippet() -> None:
    text, found = refs((SNIPPETS / "decision_ttg.md").read_text(encoding="utf-8"), own="2623/QĐ-TTg",
                       where=CENTRAL)
    assert [(r.symbol, r.doc_type, r.issued_date, r.basis) for r in found] == [
        ("63/2025/QH15", "Luật", None, True),
        ("145/2013/NĐ-CP", "Nghị định", "2013-10-29", True),
        ("150-KL/TW", "Kết luận", "2025-10-10", True),
    ]
    assert by_key(found)[("150-KL/TW", "2025-10-10")].issuer == "Ban Bí thư"


def test_state_plan_snippet() -> None:
    text, found = refs((SNIPPETS / "state_plan_982.txt").read_text(encoding="utf-8"), own="982/KH-UBND",
                       where=LAI_CHAU)
    assert [(r.symbol, r.doc_type, r.issued_date, r.basis, r.jurisdiction) for r in found] == [
        ("123-KL/TW", "Kết luận", "2025-01-20", True, "Trung ương"),
        ("135/QĐ-TTg", "Quyết định", "2020-01-20", True, "Trung ương"),
        ("45-KH/TU", "Kế hoạch", "2025-02-10", True, "Lai Châu"),
    ]
    assert by_key(found)[("45-KH/TU", "2025-02-10")].issuer == "Ban Thường vụ Tỉnh ủy"


def test_guidance_snippet() -> None:
    text, found = refs((SNIPPETS / "guidance_btgdvtw.txt").read_text(encoding="utf-8"), own="25-HD/BTGDVTW",
                       where=CENTRAL)
    assert [(r.symbol, r.doc_type, r.issued_date, r.issuer, r.basis) for r in found] == [
        ("126-KL/TW", "Kết luận", "2025-02-14", "Bộ Chính trị", True),
        ("15-TB/VPTW", "Thông báo", "2025-03-05", "Văn phòng Trung ương Đảng", True),
    ]


@pytest.mark.parametrize("name", ["decision_ttg.md", "state_plan_982.txt", "guidance_btgdvtw.txt"])
def test_every_span_covers_its_symbol(name: str) -> None:
    text, found = refs((SNIPPETS / name).read_text(encoding="utf-8"), where=CENTRAL)
    assert found
    for ref in found:
        assert parse_symbol(text[ref.span.start:ref.span.end]).symbol == ref.symbol
        assert ref.clause and text[ref.span.start:ref.span.end] in ref.clause


def test_span_of_a_sign_printed_with_spaces() -> None:
    text, found = refs(PARTY_PLAN.replace("118-HD/BTGTW", "118 - HD/BTGTW"), own="413-KH/TU")
    ref = by_key(found)[("118-HD/BTGTW", "2019-11-25")]
    assert text[ref.span.start:ref.span.end] == "118 - HD/BTGTW"


def test_clause_is_the_citing_sentence_part() -> None:
    _, found = refs(PARTY_PLAN, own="413-KH/TU")
    ref = by_key(found)[("9743-CV/BTGTW", "2020-06-15")]
    assert ref.clause == ("Tiếp tục thực hiện Chỉ thị 35-CT/TW và Công văn số 9743-CV/BTGTW ngày 15/6/2020 "
                          "của Ban Tuyên giáo Trung ương")


def test_no_references_in_empty_text() -> None:
    assert refs("")[1] == []


def test_subject_with_commas_runs_to_the_clause_end() -> None:
    _, found = refs("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
                    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\nI. MỤC ĐÍCH\n")
    assert [(r.issuer, r.subject) for r in found] == [
        ("Bộ Chính trị", "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")]


def test_two_documents_sharing_one_issuer() -> None:
    _, found = refs("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 và Kết luận số 01-KL/TW ngày 18/5/2021 của "
                    "Bộ Chính trị;\nI. MỤC ĐÍCH\n")
    assert [(r.symbol, r.doc_type, r.issued_date, r.issuer) for r in found] == [
        ("35-CT/TW", "Chỉ thị", "2019-05-30", "Bộ Chính trị"),
        ("01-KL/TW", "Kết luận", "2021-05-18", "Bộ Chính trị")]


def test_subject_after_a_term_in_parentheses() -> None:
    _, found = refs("Căn cứ Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị (khóa XII) về đẩy mạnh học tập "
                    "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;\nI. MỤC ĐÍCH\n")
    assert [(r.issuer, r.subject) for r in found] == [
        ("Bộ Chính trị", "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")]


def test_issuer_stops_before_the_next_citation() -> None:
    _, found = refs("Thực hiện Hướng dẫn số 118-HD/BTGTW ngày 25/11/2019 của Ban Tuyên giáo Trung ương và Kế hoạch "
                    "số 101-KH/TU ngày 02/01/2020 của Tỉnh ủy;\nI. MỤC ĐÍCH\n")
    assert [(r.symbol, r.issuer) for r in found] == [("118-HD/BTGTW", "Ban Tuyên giáo Trung ương"),
                                                     ("101-KH/TU", "Tỉnh ủy")]


def test_thong_bao_ket_luan_is_a_notice() -> None:
    _, found = refs("Thực hiện Thông báo kết luận số 15-TB/TU ngày 5/3/2025 của Thường trực Tỉnh ủy;\n")
    assert [(r.doc_type, r.issuer) for r in found] == [("Thông báo", "Thường trực Tỉnh ủy")]


@pytest.mark.parametrize("date", ["30/02/2025", "31/4/2025", "29 tháng 2 năm 2023"])
def test_impossible_citation_date_is_not_a_date(date: str) -> None:
    _, found = refs(f"Thực hiện Kế hoạch số 5-KH/TU ngày {date} của Tỉnh ủy;\n")
    assert [r.issued_date for r in found] == [None]


def test_generic_van_ban_defers_to_the_sign() -> None:
    _, found = refs("Thực hiện văn bản số 118-HD/BTGTW ngày 25/11/2019 của Ban Tuyên giáo Trung ương;\n")
    assert [r.doc_type for r in found] == ["Hướng dẫn"]


def test_letter_without_headings_has_only_its_opening_clause_as_basis() -> None:
    _, found = refs("Kính gửi: Ủy ban nhân dân các huyện, thành phố.\n\n"
                    "Thực hiện Kế hoạch số 123/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh, Sở Văn hóa, Thể thao "
                    "và Du lịch đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo tổ chức các hoạt động kỷ niệm.\n\n"
                    "Nội dung tuyên truyền thực hiện theo Hướng dẫn số 05-HD/BTGTU ngày 20/4/2025 của Ban Tuyên giáo "
                    "Tỉnh ủy. Báo cáo kết quả trước ngày 25/5/2025.\n")
    assert [(r.symbol, r.basis) for r in found] == [("123/KH-UBND", True), ("05-HD/BTGTU", False)]


@pytest.mark.parametrize(("phrase", "date", "issuer"), [
    ("Thực hiện Kế hoạch số 12-KH/TU ngày 05-01-2024 của Ban Thường vụ Tỉnh ủy;", "2024-01-05",
     "Ban Thường vụ Tỉnh ủy"),
    ("Thực hiện Kế hoạch số 12-KH/TU ngày 05.01.2024 của Ban Thường vụ Tỉnh ủy;", "2024-01-05",
     "Ban Thường vụ Tỉnh ủy"),
    ("Thực hiện Kế hoạch 12-KH/TU, ngày 5/1/2024, của BTV Tỉnh ủy;", "2024-01-05", "BTV Tỉnh ủy"),
], ids=["dashes", "dots", "commas-around-the-date"])
def test_date_forms_after_the_sign(phrase: str, date: str, issuer: str) -> None:
    _, found = refs(phrase)
    assert [(r.issued_date, r.issuer) for r in found] == [(date, issuer)]


@pytest.mark.parametrize(("phrase", "date", "issuer"), [
    ("Thực hiện Nghị quyết số 05-NQ/TU năm 2021 của Ban Chấp hành Đảng bộ tỉnh;", "2021",
     "Ban Chấp hành Đảng bộ tỉnh"),
    ("Thực hiện Kế hoạch số 12-KH/TU (ngày 05/01/2024) của Ban Thường vụ Tỉnh ủy;", "2024-01-05",
     "Ban Thường vụ Tỉnh ủy"),
    ("Thực hiện Hướng dẫn số 118-HD/BTGTW của Ban Tuyên giáo Trung ương ngày 25/11/2019;", "2019-11-25",
     "Ban Tuyên giáo Trung ương"),
], ids=["year-only", "date-in-parentheses", "date-after-the-issuer"])
def test_date_in_other_places(phrase: str, date: str, issuer: str) -> None:
    _, found = refs(phrase)
    assert [(r.issued_date, r.issuer) for r in found] == [(date, issuer)]


@pytest.mark.parametrize(("where", "jurisdictions"), [
    (Jurisdiction(province="Lai Châu", district="Tam Đường"),
     [("05-KH/HU", "Tam Đường, Lai Châu"), ("12-KH/TU", "Lai Châu"), ("05-CT/TW", "Trung ương")]),
    # a provincial document citing some district's plan cannot tell which district
    (LAI_CHAU, [("05-KH/HU", None), ("12-KH/TU", "Lai Châu"), ("05-CT/TW", "Trung ương")]),
], ids=["district-document", "provincial-document"])
def test_jurisdiction_of_cited_documents(where: Jurisdiction, jurisdictions: list) -> None:
    _, found = refs("Thực hiện Kế hoạch số 05-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy và Kế hoạch số "
                    "12-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy; Chỉ thị số 05-CT/TW;\n", where=where)
    assert [(r.symbol, r.jurisdiction) for r in found] == jurisdictions


def test_basis_section_of_a_state_plan() -> None:
    _, found = refs("KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\n\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
                    "- Nghị định số 145/2013/NĐ-CP ngày 29/10/2013 của Chính phủ quy định về tổ chức ngày kỷ niệm;\n"
                    "- Kế hoạch số 45-KH/TU ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy.\n"
                    "II. MỤC ĐÍCH, YÊU CẦU\n1. Thực hiện nghiêm Chỉ thị số 05-CT/TW của Bộ Chính trị.\n", where=LAI_CHAU)
    assert [(r.symbol, r.basis) for r in found] == [
        ("145/2013/NĐ-CP", True), ("45-KH/TU", True), ("05-CT/TW", False)]


@pytest.mark.parametrize(("raw", "printed"), [
    ("Thực hiện Kế hoạch số 413-\nKH/TU ngày 13/12/2019 của Tỉnh ủy;\n", "413-\nKH/TU"),
    ("Thực hiện Kế hoạch số\n413-KH/TU ngày 13/12/2019 của Tỉnh ủy;\n", "413-KH/TU"),
], ids=["sign-split-by-a-wrap", "number-on-the-next-line"])
def test_citation_broken_across_lines(raw: str, printed: str) -> None:
    text, found = refs(raw)
    assert [(r.symbol, r.doc_type, r.issued_date, r.issuer) for r in found] == [
        ("413-KH/TU", "Kế hoạch", "2019-12-13", "Tỉnh ủy")]
    assert text[found[0].span.start:found[0].span.end] == printed


@pytest.mark.parametrize(("phrase", "jurisdiction"), [
    ("Thực hiện Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023 của Ban Tuyên giáo Tỉnh ủy;", "Lai Châu"),
    ("theo Kế hoạch số 02-KH/BTC, ngày 23/10/2019 của Ban Tổ chức các hoạt động kỷ niệm;", "Lai Châu"),
    ("Thực hiện Hướng dẫn số 107-HD/BTGTW ngày 15/11/2019 của Ban Tuyên giáo Trung ương;", "Trung ương"),
    ("Căn cứ Thông tư số 01/2020/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch;", "Trung ương"),
], ids=["province-board", "local-committee-btc", "central-board", "ministry"])
def test_a_party_sign_is_central_only_when_its_issuer_ends_in_tw(phrase: str, jurisdiction: str) -> None:
    # "BTGTU" and "BTC" are a province's boards: a citation of them must meet the loaded plan in that province
    _, found = refs(phrase, where=LAI_CHAU)
    assert [r.jurisdiction for r in found] == [jurisdiction]


@pytest.mark.parametrize(("text", "symbol", "issuer", "issued"), [
    # the issuer named before the citation
    ("Căn cứ chỉ đạo của Tổng Bí thư, của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư "
     "tại văn bản số 213-KL/TW ngày 21/11/2025;", "99-TB/TW", "Bộ Chính trị", "2025-11-21"),
    ("Căn cứ chỉ đạo của Tổng Bí thư, của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư "
     "tại văn bản số 213-KL/TW ngày 21/11/2025;", "213-KL/TW", "Ban Bí thư", "2025-11-21"),
    ("Xét đề nghị của Bộ trưởng Bộ Tài chính tại Tờ trình số 844/TTr-BTC ngày 17 tháng 11 năm 2025 và Tờ trình số "
     "18186/TTr-BTC ngày 24 tháng 11 năm 2025;", "18186/TTr-BTC", "Bộ Tài chính", "2025-11-24"),
    ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 10115/TTr-SNV ngày 27 tháng 11 năm 2025;", "10115/TTr-SNV",
     "Sở Nội vụ", "2025-11-27"),
    # one issuer, one date for a list of signs of one sender
    ("[1] Các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025 của Văn phòng Chính phủ.",
     "10894/VPCP-CN", "Văn phòng Chính phủ", "2025-11-08"),
    ("Căn cứ các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025;",
     "008/CĐ-UBND", "Ủy ban nhân dân", "2025-11-19"),
    # … but not for signs of two senders
    ("2. Tiếp tục thực hiện Chỉ thị 35-CT/TW và Công văn số 9743-CV/BTGTW ngày 15/6/2020 của Ban Tuyên giáo Trung ương.",
     "35-CT/TW", "Bộ Chính trị", None),
    # a title in capitals
    ("KẾT LUẬN VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC",
     "66-NQ/TW", "Bộ Chính trị", "2025-04-30"),
])
def test_issuer_and_date_said_around_the_citation(text: str, symbol: str, issuer: str, issued: str | None) -> None:
    _, found = refs(text)
    ref = next(r for r in found if r.symbol == symbol)
    assert (ref.issuer, ref.issued_date) == (issuer, issued)


def test_a_proposal_is_not_a_basis() -> None:
    _, found = refs("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
                    "Theo đề nghị của Sở Tài chính tại Công văn số 3679/STC-QLGCS ngày 05 tháng 11 năm 2025.\n"
                    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n")
    assert [(r.symbol, r.basis) for r in found] == [("72/2025/QH15", True), ("3679/STC-QLGCS", False)]
