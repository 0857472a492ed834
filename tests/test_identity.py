"""Stable ids: documents by symbol + year + jurisdiction, units within their jurisdiction."""
from __future__ import annotations

from graph.identity import document_id, event_id, slug, symbol_key, task_id, unit_id
from graph.models import DocumentRef


def test_namesake_directives_stay_apart() -> None:
    a = document_id(DocumentRef(symbol="35-CT/TW", issued_date="2019-05-30", jurisdiction="Trung ương"))
    b = document_id(DocumentRef(symbol="35-CT/TW", issued_date="2024-06-14", jurisdiction="Trung ương"))
    assert (a, b) == ("35-ct-tw-2019-trung-uong", "35-ct-tw-2024-trung-uong")


def test_the_same_symbol_in_two_provinces_is_two_documents() -> None:
    cao_bang = document_id(DocumentRef(symbol="413-KH/TU", issued_date="2019-12-13", jurisdiction="Cao Bằng"))
    bac_ninh = document_id(DocumentRef(symbol="413-KH/TU", issued_date="2019-12-13", jurisdiction="Bắc Ninh"))
    assert cao_bang != bac_ninh


def test_spellings_of_one_symbol_meet() -> None:
    assert symbol_key("35 - CT/TW") == symbol_key("35-ct/tw")
    assert slug("19-ĐA/TU") == "19-da-tu"


def test_documents_without_a_symbol_are_known_by_their_file() -> None:
    assert document_id(DocumentRef(issuer="Huyện ủy Tam Đường"), source="004_c8534f40af56dc42.txt") == \
        "src-004-c8534f40af56dc42"
    assert document_id(DocumentRef()) is None


def test_units_events_tasks() -> None:
    assert unit_id("Ban Tuyên giáo Tỉnh uỷ", "Cao Bằng") == unit_id("Ban Tuyên giáo Tỉnh ủy", "Cao Bằng") \
        == "cao-bang.ban-tuyen-giao-tinh-uy"
    assert unit_id("Ban Tuyên giáo Tỉnh ủy", "Lai Châu") == "lai-chau.ban-tuyen-giao-tinh-uy"
    assert event_id("Ngày thành lập Đảng", "1930-02-03") == "ev-1930-02-03-ngay-thanh-lap-dang"
    assert task_id("413-kh-tu-2019-cao-bang", 3) == "413-kh-tu-2019-cao-bang#t3"
