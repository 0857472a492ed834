"""Matching a document's dated event to the catalog: same origin, similar folded name."""
from __future__ import annotations

import pytest

from graph.catalog import load_catalog
from graph.mentions import attach_mentions, match, same_origin, similarity, words
from graph.models import Event
from graph.views import EventMention, PlanBrief

CATALOG = load_catalog()
DOC = PlanBrief(id="390-kh-tu-2024-cao-bang", symbol="390-KH/TU", doc_type="Kế hoạch", issuer="Tỉnh ủy Cao Bằng")


def mention(name: str, origin: str | None, **fields: object) -> EventMention:
    return EventMention(event=Event(name=name, date=origin, **fields), document=DOC)


def test_words_drop_the_anniversary_filler_but_keep_viet_nam() -> None:
    assert words("Kỷ niệm 80 năm Ngày Quốc khánh nước Việt Nam") == {"80", "quoc", "khanh", "nuoc", "vietnam"}
    assert words("Ngày giải phóng miền Nam") == {"giai", "phong", "mien"}


@pytest.mark.parametrize(("stated", "origin", "same"), [
    ("1950", "1950-10-03", True),
    ("1950-10-03", "1950", True),
    ("1950-10-03", "1950-10-03", True),
    ("1950-10-03", "1950-10-14", False),
    (None, "1950", False),
    ("1930-02-03", None, False),
])
def test_same_origin(stated: str | None, origin: str | None, same: bool) -> None:
    assert same_origin(stated, origin) is same


@pytest.mark.parametrize(("name", "origin", "expected"), [
    # 19/8/1945 is both the August Revolution and the police's day: the name decides
    ("Ngày truyền thống Công an nhân dân Việt Nam", "1945-08-19", "cong-an-nhan-dan"),
    ("Cách mạng Tháng Tám thành công", "1945-08-19", "cach-mang-thang-tam"),
    ("Ngày Quốc khánh nước Cộng hòa Xã hội Chủ nghĩa Việt Nam", "1945-09-02", "quoc-khanh"),
    ("Ngày Bác Hồ về nước lãnh đạo cách mạng Việt Nam", "1941-01-28", "bac-ho-ve-nuoc"),
    ("Ngày thành lập Chi bộ Đảng Cộng sản đầu tiên của tỉnh Cao Bằng", "1930-04-01", "chi-bo-dau-tien-cao-bang"),
    # the provincial event with the exact day wins over the national one known by its year
    ("Chiến thắng Biên giới năm 1950, giải phóng Cao Bằng", "1950-10-03", "giai-phong-cao-bang-1950"),
    ("Chiến thắng Biên giới năm 1950", "1950", "bien-gioi-1950"),
    ("Thành lập tỉnh Cao Bằng", "1499", "thanh-lap-cao-bang"),
    ("Ngày sinh đồng chí Lê Duẩn", "1907-04-07", "sinh-le-duan"),
    ("Tết Nguyên đán Ất Tỵ", "2025-01-29", "tet-nguyen-dan"),  # no origin: the name alone, closely
    ("Ngày giải phóng thị trấn Lai Châu", "1953-12-12", "giai-phong-lai-chau-1953"),
    ("Ngày hội văn hóa xã Bình Lư", "2003-11-15", None),
    ("Ngày thành lập Đảng Cộng sản Việt Nam", "1931-02-03", None),  # a wrong date names nothing
])
def test_match(name: str, origin: str, expected: str | None) -> None:
    found = match(mention(name, origin), CATALOG)
    assert (found.id if found else None) == expected


def test_similarity_is_symmetric_and_bounded() -> None:
    a, b = "Ngày thành lập Quân đội nhân dân Việt Nam", "thành lập Quân đội nhân dân"
    assert similarity(a, b) == similarity(b, a) == 1.0
    assert similarity(a, "") == 0.0


def test_document_events_are_grouped_once_and_undated_ones_dropped() -> None:
    other = PlanBrief(id="17-kh-hu", symbol="17-KH/HU", doc_type="Kế hoạch", issuer="Huyện ủy Tam Đường")
    mentions = [
        mention("Ngày hội văn hóa xã Bình Lư", "2003-11-15"),
        EventMention(event=Event(name="Kỷ niệm Ngày hội văn hóa xã Bình Lư", date="2003-11-15"), document=other),
        mention("Hội nghị Trung ương bầu Tổng Bí thư", None),
        mention("Ngày truyền thống Công an nhân dân Việt Nam", "1945-08-19"),
    ]
    linked = attach_mentions(CATALOG, mentions)
    assert len(linked) == len(CATALOG) + 1
    own, group = linked[-1]
    assert own.category == "document" and own.origin == "2003-11-15" and len(group) == 2
    assert own.source == "Kế hoạch 390-KH/TU (Tỉnh ủy Cao Bằng); Kế hoạch 17-KH/HU (Huyện ủy Tam Đường)"
    police = dict((e.id, m) for e, m in linked)["cong-an-nhan-dan"]
    assert [m.event.name for m in police] == ["Ngày truyền thống Công an nhân dân Việt Nam"]
