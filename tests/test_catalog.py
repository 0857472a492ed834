"""The shipped catalog's integrity: unique ids, real dates, a source on every row, NFC names, no duplicates."""
from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from datetime import date

import pytest

from graph.catalog import CATALOG_PATH, CatalogEvent, load_catalog, parse_rows
from graph.errors import InvalidInput
from graph.folding import fold

CATALOG = load_catalog()


def test_catalog_is_broad() -> None:
    assert len(CATALOG) >= 300
    categories = Counter(event.category for event in CATALOG)
    for category in ("statutory_day", "congress", "leader_birth", "liberation", "province", "mass_org"):
        assert categories[category] >= 8, category


def test_ids_are_unique() -> None:
    counts = Counter(event.id for event in CATALOG)
    assert [i for i, n in counts.items() if n > 1] == []


def test_every_row_names_its_source() -> None:
    assert [e.id for e in CATALOG if len(e.source.strip()) < 8] == []


def test_names_are_nfc_and_trimmed_in_the_file_itself() -> None:
    with CATALOG_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for field in ("name", "source", "aliases", "scope"):
            assert unicodedata.is_normalized("NFC", row[field]), (row["id"], field)
            assert row[field] == row[field].strip(), (row["id"], field)


def test_dates_are_real_and_not_in_the_future_of_the_catalog() -> None:
    for event in CATALOG:
        if event.origin is None:
            assert event.calendar == "lunar" or event.category == "statutory_day", event.id
            continue
        if len(event.origin) == 10:
            assert date.fromisoformat(event.origin) <= date(2026, 12, 31), event.id
        else:
            assert int(event.origin[:4]) <= 2026, event.id


def test_no_duplicates_by_folded_name_and_date() -> None:
    keys = Counter((fold(e.name), e.origin, e.lunar_month, e.lunar_day) for e in CATALOG)
    assert [k for k, n in keys.items() if n > 1] == []


def test_statutory_days_are_those_of_nd_145_dieu_4() -> None:
    statutory = {(e.origin, e.lunar_month, e.lunar_day) for e in CATALOG if e.statutory}
    assert statutory == {
        (None, 1, 1),  # Tết Nguyên đán
        ("1930-02-03", None, None),
        (None, 3, 10),  # Giỗ Tổ Hùng Vương
        ("1975-04-30", None, None),
        ("1954-05-07", None, None),
        ("1890-05-19", None, None),
        ("1945-08-19", None, None),
        ("1945-09-02", None, None),
    }
    assert all("145/2013/NĐ-CP" in e.source for e in CATALOG if e.statutory)


@pytest.mark.parametrize(("event_id", "origin"), [
    ("quan-doi-nhan-dan", "1944-12-22"),
    ("cong-an-nhan-dan", "1945-08-19"),
    ("mat-tran-to-quoc", "1930-11-18"),
    ("doan-thanh-nien", "1931-03-26"),
    ("hoi-lien-hiep-phu-nu", "1930-10-20"),
    ("cong-doan", "1929-07-28"),
    ("hoi-nong-dan", "1930-10-14"),
    ("hoi-cuu-chien-binh", "1989-12-06"),
    ("bao-chi-cach-mang", "1925-06-21"),
    ("bien-phong", "1959-03-03"),
    ("thuong-binh-liet-si", "1947-07-27"),
    ("nha-giao", "1982-11-20"),
    ("thay-thuoc", "1955-02-27"),
    ("sinh-tran-phu", "1904-05-01"),
    ("sinh-le-duan", "1907-04-07"),
    ("sinh-truong-chinh", "1907-02-09"),
    ("sinh-pham-van-dong", "1906-03-01"),
    ("sinh-vo-nguyen-giap", "1911-08-25"),
    ("sinh-ton-duc-thang", "1888-08-20"),
    ("hiep-dinh-paris", "1973-01-27"),
    ("hiep-dinh-gionevo", "1954-07-21"),
    ("giai-phong-thu-do", "1954-10-10"),
    ("tong-tuyen-cu-dau-tien", "1946-01-06"),
    ("bac-ho-ve-nuoc", "1941-01-28"),
    ("bac-ho-ra-di-tim-duong-cuu-nuoc", "1911-06-05"),
    ("thanh-lap-cao-bang", "1499"),
    ("chi-bo-dau-tien-cao-bang", "1930-04-01"),
    ("dien-bien-phu-tren-khong", "1972-12"),
    ("dai-hoi-i", "1935-03-27"),
    ("dai-hoi-xiii", "2021-01-25"),
    ("dai-hoi-xiv", "2026-01-19"),
])
def test_dates_named_in_the_brief(event_id: str, origin: str) -> None:
    assert {e.id: e for e in CATALOG}[event_id].origin == origin


def test_party_congresses_one_to_fourteen() -> None:
    congresses = sorted((e.origin for e in CATALOG if e.category == "congress"))
    assert len(congresses) == 14
    assert congresses[0] == "1935-03-27" and congresses[-1] == "2026-01-19"


def test_province_mergers_of_2025() -> None:
    merged = [e for e in CATALOG if e.id.startswith("hop-nhat-")]
    assert len(merged) == 23  # 34 provinces and cities: 11 unchanged, 23 formed by merger
    assert {e.origin for e in merged} == {"2025-07-01"}
    assert all("202/2025/QH15" in e.source for e in merged)


@pytest.mark.parametrize(("row", "complaint"), [
    ({"id": "x", "name": "A", "category": "party", "origin": "1930-02-31", "source": "Wikipedia: A"}, "x"),
    ({"id": "y", "name": "B", "category": "party", "origin": "1930", "source": ""}, "source"),
    ({"id": "z", "name": "C", "category": "nonsense", "origin": "1930", "source": "Wikipedia: C"}, "category"),
    ({"id": "w", "name": "D", "category": "culture", "calendar": "lunar", "origin": "1930",
      "source": "Wikipedia: D"}, "lunar_month"),
    ({"id": "v", "name": "E", "category": "culture", "origin": "", "source": "Wikipedia: E"}, "origin"),
])
def test_a_bad_row_is_refused_naming_its_line(row: dict[str, str], complaint: str) -> None:
    with pytest.raises(InvalidInput, match=r"(?s)line 2 .*" + complaint):
        parse_rows([row], where="test.csv")


def test_an_unquoted_comma_is_refused() -> None:
    row = {"id": "u", "name": "F", "category": "party", "origin": "1930", "source": "A", None: [" B"]}
    with pytest.raises(InvalidInput, match="line 2 has more cells than columns.*quote"):
        parse_rows([row], where="test.csv")  # type: ignore[list-item]


def test_rows_are_frozen_models() -> None:
    event = CATALOG[0]
    assert isinstance(event, CatalogEvent)
    with pytest.raises(Exception):
        event.name = "x"  # type: ignore[misc]
