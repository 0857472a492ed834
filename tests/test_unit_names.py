"""Unit names across the 2025 reorganisation, shared levels at a list's end, appositions."""
from __future__ import annotations

import pytest

from loaders.units import Jurisdiction, canonical_name, level_of, resolve

CAO_BANG = Jurisdiction(province="Cao Bằng")


@pytest.mark.parametrize(("name", "alias"), [
    ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
    ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
])
def test_renamed_bodies_know_their_other_name(name: str, alias: str) -> None:
    assert alias in resolve(name, where=CAO_BANG).aliases


def test_an_unrenamed_body_has_no_alias() -> None:
    assert resolve("Ban Tổ chức Tỉnh ủy", where=CAO_BANG).aliases == []


def test_the_level_a_list_ends_on_applies_to_each_unit() -> None:
    phrase = "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh"
    assert level_of(phrase) == "cấp tỉnh"
    front = resolve("Ủy ban Mặt trận Tổ quốc Việt Nam", where=CAO_BANG, level=level_of(phrase))
    assert front.jurisdiction == "Cao Bằng"


@pytest.mark.parametrize(("name", "jurisdiction"), [
    ("Đài Truyền hình Việt Nam", "Trung ương"),
    ("Thông tấn xã Việt Nam", "Trung ương"),
    ("Báo Cao Bằng", "Cao Bằng"),
])
def test_national_bodies_by_their_name(name: str, jurisdiction: str) -> None:
    assert resolve(name, where=CAO_BANG).jurisdiction == jurisdiction


def test_apposition_is_not_part_of_the_name() -> None:
    assert canonical_name("Ban Tuyên giáo Tỉnh uỷ, cơ quan Thường trực Ban Chỉ đạo") == "Ban Tuyên giáo Tỉnh ủy"
