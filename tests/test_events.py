"""Phrase table for loaders.events: anniversaries (full dates, years only, chained), the ordinal
check, dated meetings, and congresses kept apart from the dated events."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.events import find_events

# text, expected (date, years, anniversary_date) of the one event found
CASES = [
    ("Tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020) và mừng xuân",
     ("1930-02-03", 90, "2020-02-03")),
    ("Kỷ niệm 20 năm chia tách, thành lập tỉnh Lai Châu: (01/01/2004-01/01/2024)", ("2004-01-01", 20, "2024-01-01")),
    ("135 ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025);", ("1890-05-19", 135, "2025-05-19")),
    ("526 năm thành lập tỉnh Cao Bằng (1499 - 2025);", ("1499", 526, "2025")),
    ("các hoạt động kỷ niệm 75 năm Chiến thắng Biên giới năm 1950, 75 năm ngày Giải phóng Cao Bằng",
     ("1950", 75, "2025")),
    ("đến năm 2030, kỷ niệm 100 năm thành lập Đảng; ", ("1930", 100, "2030")),
    ("Kỷ niệm 80 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025) và Quốc khánh",
     ("1945-08-19", 80, "2025-08-19")),
    ("Tổ chức kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975)",
     ("1975-04-30", 50, "2025-04-30")),
    ("chào mừng 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024)!", ("1954-10-10", 70, "2024-10-10")),
    ("kỷ niệm 95 năm Ngày thành lập Đảng (ngày 3/2/1930 - ngày 3/2/2025)", ("1930-02-03", 95, "2025-02-03")),
    ("Kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27.7.1947 - 27.7.2024)", ("1947-07-27", 77, "2024-07-27")),
    ("Hướng dẫn tuyên truyền kỷ niệm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026).",
     ("1931-03-26", 95, "2026-03-26")),
    ("đồng chí Tô Lâm được bầu tại Hội nghị Ban Chấp hành Trung ương Đảng ngày 03/8/2024;", ("2024-08-03", None, None)),
    # only the anniversary's day is given: the origin is derived from it
    ("các công trình chào mừng 50 năm ngày giải phóng miền Nam, thống nhất đất nước (dịp 30 tháng 4 năm 2025) và",
     ("1975-04-30", 50, "2025-04-30")),
    ("Lễ khánh thành vào ngày 19 tháng 12 năm 2025 nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến (19/12/1946-19/12/2025)",
     ("1946-12-19", 79, "2025-12-19")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrase(text: str, expected: tuple) -> None:
    found = find_events(text)
    assert [(e.date, e.years, e.anniversary_date) for e in found.events] == [expected]
    event = found.events[0]
    assert event.span is not None and text[event.span.start:event.span.end] == event.text


def test_unnumbered_follower_takes_its_ordinal_from_its_dates() -> None:
    text = ("Kỷ niệm 80 năm Ngày Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025) và Quốc khánh nước "
            "Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025).")
    found = find_events(text)
    assert [(e.date, e.years, e.anniversary_date) for e in found.events] == [
        ("1945-08-19", 80, "2025-08-19"), ("1945-09-02", 80, "2025-09-02")]
    assert found.events[1].name.startswith("Quốc khánh")


def test_dated_congress_is_an_event() -> None:
    found = find_events("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc ngày 19/1/2026 tại Hà Nội")
    assert [(e.kind, e.date, e.years) for e in found.events] == [("congress", "2026-01-19", None)]


def test_name_is_trimmed_of_ceremony_words() -> None:
    found = find_events("Lễ kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)")
    assert found.events[0].name == "Ngày thành lập Đảng Cộng sản Việt Nam"


def test_chained_mentions_share_the_dates() -> None:
    text = ("Kỷ niệm 70 năm ngày giải phóng thị trấn Lai Châu gắn với 70 năm ngày Bác Hồ gửi thư cho "
            "đồng bào và cán bộ Lai Châu (12/12/1953 - 12/12/2023)")
    found = find_events(text)
    assert [(e.name, e.date, e.years) for e in found.events] == [
        ("Ngày giải phóng thị trấn Lai Châu", "1953-12-12", 70),
        ("Ngày Bác Hồ gửi thư cho đồng bào và cán bộ Lai Châu", "1953-12-12", 70),
    ]


def test_ordinal_mismatch_is_a_problem_not_a_fix() -> None:
    found = find_events("kỷ niệm 526 năm thành lập tỉnh Cao Bằng (1499 - 2026)", base=100)
    assert found.events[0].years == 526 and found.events[0].anniversary_date == "2026"
    assert [p.code for p in found.problems] == ["ordinal_mismatch"]
    assert found.problems[0].span is not None and found.problems[0].span.start >= 100


def test_one_entry_per_event_and_ordinal() -> None:
    text = ("95 năm thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025); ... Kỷ niệm 95 năm ngày thành lập "
            "Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025); 79 năm ngày Quốc khánh (02/9/1945 - 02/9/2024); "
            "80 năm ngày Quốc khánh (02/9/1945 - 02/9/2025). 75 năm Chiến thắng Biên giới năm 1950; "
            "75 năm Chiến thắng Biên giới năm 1950, giải phóng Cao Bằng (03/10/1950 - 03/10/2025)")
    found = find_events(text)
    assert [(e.date, e.years) for e in found.events] == [
        ("1930-02-03", 95), ("1945-09-02", 79), ("1945-09-02", 80), ("1950-10-03", 75)]


@pytest.mark.parametrize("text", [
    "trao tặng Huy hiệu 50, 55, 60, 65, 70… năm tuổi Đảng",
    "những bài học kinh nghiệm sau 05 năm thực hiện Nghị quyết (2020 - 2025)",
    "mục tiêu 05 năm tiếp theo (2026 - 2030)",
    "nhất là 35 năm lãnh đạo sự nghiệp đổi mới đất nước",
    "Tác phẩm tổng kết 80 năm của ngành tuyên giáo dưới sự lãnh đạo của Đảng ta (1930 – 2010).",
    "tổng kết 10 năm Chương trình mục tiêu quốc gia (2015 - 2025)",
    "kỷ niệm 95 năm Ngày thành lập Đảng gắn với các hoạt động mừng Xuân năm 2025",
    "theo Kế hoạch số 02-KH/BTC, ngày 23/10/2019 của Ban Tổ chức",
    "thực hiện Thông báo kết luận của Hội nghị Ban Thường vụ Tỉnh ủy ngày 12/3/2025",
    "Đại hội XX Đảng bộ tỉnh và Đại hội Đảng toàn quốc lần thứ XIV",
])
def test_not_dated_events(text: str) -> None:
    assert find_events(text).events == []


def test_congresses_are_named_once_and_kept_apart() -> None:
    text = ("tuyên truyền Đại hội XX Đảng bộ tỉnh, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, "
            "tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Đại hội XIV của Đảng; "
            "Đại hội Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh lần thứ IX")
    found = find_events(text, jurisdiction="Cao Bằng")
    assert found.events == []
    assert [c.name for c in found.congresses] == [
        "Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX",
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        "Đại hội đại biểu Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh lần thứ IX",
    ]
    assert all(c.kind == "congress" for c in found.congresses)


_PIECES = ["90 năm", "Ngày thành lập Đảng", "kỷ niệm", "(3/2/1930 - 3/2/2020)", "(1499 - 2025)", "(31/2/1930 - 31/2/2020)",
           "và", "gắn với", ";", "năm 2030,", "Hội nghị Trung ương", "ngày 03/8/2024", "Đại hội XX Đảng bộ tỉnh", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_any_piece_soup_gives_events_whose_spans_are_their_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = find_events(text, base=5)
    for item in found.events + found.congresses:
        assert item.span is not None
        assert text[item.span.start - 5:item.span.end - 5].strip() == (item.text or "").strip()
        if item.years is not None and item.date and item.anniversary_date:
            assert item.date[:4] < item.anniversary_date[:4]
