"""Phrase table for loaders.periods: campaign phases, timing sections, cued windows, programme
periods; and the task deadlines and contest-free ranges that are not periods."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.periods import find_periods

ISSUED = "2024-11-19"

# text, expected [(start, end)] in order
CASES = [
    ("- Đợt I: Từ nay đến hết năm 2024.\n- Đợt II: Từ ngày 01/01/2025 đến ngày 31/8/2025 (hoàn thành đại hội).",
     [("2024-11-19", "2024-12-31"), ("2025-01-01", "2025-08-31")]),
    ("III- ĐỢT III: TỪ NGÀY 01/9/2025 - NGÀY 31/10/2025 (từ sau đại hội cấp huyện)", [("2025-09-01", "2025-10-31")]),
    ("II- DỢT II: TỪ NGÀY 01/01/2025 ĐẾN NGÀY 31/8/2025", [("2025-01-01", "2025-08-31")]),
    ("1. Các đợt tuyên truyền\n1.1. Từ nay đến tháng 3/2025\n- Tuyên truyền lịch sử vẻ vang của Đảng.\n"
     "1.2. Tuyên truyền đại hội đảng bộ, chi bộ cơ sở: Từ tháng 02/2025 đến 30/6/2025\n",
     [("2024-11-19", "2025-03-31"), ("2025-02-01", "2025-06-30")]),
    ("IV- THỜI GIAN THỰC HIỆN\n1. Các hoạt động tuyên truyền được tổ chức trước, trong và sau Ngày kỷ niệm, bắt đầu "
     "từ tháng 12/2019 đến hết tháng 4/2020, cao điểm từ cuối tháng 1/2020, trong tháng 2/2020 và dịp 1/4/2020.\n"
     "2. Thời gian treo cờ, khẩu hiệu trong dịp kỷ niệm: Từ ngày 20/1/2020 đến hết ngày 08/2/2020 và dịp 1/4/2020.\n"
     "V- TỔ CHỨC THỰC HIỆN\n- Các chi bộ sinh hoạt chuyên đề từ tháng 01/2020 đến tháng 4/2020.",
     [("2019-12-01", "2020-04-30"), ("2020-01", "2020-02-29"), ("2020-01-20", "2020-02-08")]),
    ("- Đối với sự kiện sơ kết giữa nhiệm kỳ: Tập trung tuyên truyền từ tháng 6 đến hết tháng 8/2023.",
     [("2023-06-01", "2023-08-31")]),
    ("tham gia Cuộc thi trắc nghiệm đang diễn ra từ ngày 26/8/2019 - 30/12/2019 trên mạng VCnet",
     [("2019-08-26", "2019-12-30")]),
    # a programme named with its years is a window only when the document's title names them (below)
    ("Thực hiện Đề án số 19-ĐA/TU, ngày 13/8/2019 của Tỉnh uỷ về đổi mới công tác tuyên truyền, giai đoạn 2019 - 2025",
     []),
    # forms not in the seeds
    ("- Giai đoạn 1 (2025 - 2027): triển khai thí điểm.\n- Giai đoạn 2: Từ năm 2028 đến năm 2030.",
     [("2025-01-01", "2027-12-31"), ("2028-01-01", "2030-12-31")]),
    ("Thời gian triển khai Chương trình: Từ nay đến hết năm 2025.", [("2024-11-19", "2025-12-31")]),
    ("Đợt 2: Từ tháng 5/2025 đến hết tháng 8/2025.", [("2025-05-01", "2025-08-31")]),
    ("Đợt 1: Từ nay đến cuối năm 2025.", [("2024-11-19", "2025-12-31")]),
    ("Thời gian tuyên truyền cao điểm: từ ngày 15/8/2025 - 05/9/2025.", [("2025-08-15", "2025-09-05")]),
    ("III. THỜI GIAN THỰC HIỆN: Từ tháng 3/2025 đến tháng 12/2025", [("2025-03-01", "2025-12-31")]),
    ("1. Thời gian tuyên truyền: Từ ngày 01/4/2025 đến ngày 30/5/2025, cao điểm từ ngày 20/4 đến 19/5/2025.",
     [("2025-04-01", "2025-05-30"), ("2025-04-20", "2025-05-19")]),
    ("Thời gian tổ chức Hội thi: tháng 5/2025.", [("2025-05-01", "2025-05-31")]),
    ("a) Giai đoạn 2021 - 2025: tập trung xây dựng thể chế.", [("2021-01-01", "2025-12-31")]),
    ("Quyết định phê duyệt Chương trình bảo tồn di sản văn hóa giai đoạn 2025 - 2030.", []),
    # "thời gian <activity>" right before a range, a campaign's peak named earlier in the clause
    ("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2025; số lượng mẫu 240 mẫu/năm.", [("2025-03-01", "2025-10-31")]),
    ("Phong trào thi đua cao điểm được triển khai thực hiện từ tháng 10 năm 2025 đến hết tháng 3 năm 2026.",
     [("2025-10-01", "2026-03-31")]),
    # the steps of a campaign said under its timing label, each in one month
    ("3. Thời gian tổ chức phong trào thi đua: Phong trào thi đua cao điểm được triển khai thực hiện từ tháng 10 năm "
     "2025 đến hết tháng 3 năm 2026. Tổng kết vào tháng 4 năm 2026.", [("2025-10-01", "2026-03-31"), ("2026-04-01", "2026-04-30")]),
    ("Thời gian tổ chức Hội thi: Sơ khảo trong tháng 5/2025; chung khảo vào tháng 7/2025.",
     [("2025-05-01", "2025-05-31"), ("2025-07-01", "2025-07-31")]),
    # … but a month said in running text elsewhere is no window
    ("- Sở Nội vụ tổng kết vào tháng 4 năm 2026.", []),
    # a task's own "Thời gian thực hiện:" line is its deadline, not a window
    ("- Tổ chức hội nghị. Thời gian thực hiện: Từ tháng 3/2025 đến tháng 5/2025.", []),
]


@pytest.mark.parametrize(("title", "expected"), [
    ("thực hiện Đề án “Đổi mới công tác tuyên truyền … giai đoạn 2019 - 2025” năm 2023", [("2019-01-01", "2025-12-31")]),
    ("Kế hoạch tuyên truyền năm 2023", []),
])
def test_programme_years_count_when_the_title_names_them(title: str, expected: list) -> None:
    text = "Thực hiện Đề án số 19-ĐA/TU, ngày 13/8/2019 của Tỉnh uỷ về đổi mới công tác tuyên truyền, giai đoạn 2019 - 2025"
    assert [(p.start, p.end) for p in find_periods(text, issued_date=ISSUED, title=title)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrase(text: str, expected: list) -> None:
    assert [(p.start, p.end) for p in find_periods(text, issued_date=ISSUED)] == expected


def test_end_anchor_and_start_anchor() -> None:
    text = ("- Đợt IV: Từ ngày 01/11/2025 (từ sau Đại hội XX Đảng bộ tỉnh) đến Đại hội Đảng toàn quốc lần thứ XIV.\n"
            "- Đợt V: Sau khi bế mạc Đại hội XIV của Đảng.")
    four, five = find_periods(text, issued_date=ISSUED)
    assert (four.name, four.start, four.end, four.end_anchor) == (
        "Đợt IV", "2025-11-01", None, "Đại hội Đảng toàn quốc lần thứ XIV")
    assert (five.start, five.end, five.start_anchor) == (None, None, "bế mạc Đại hội XIV của Đảng")


def test_from_now_to_an_event() -> None:
    (period,) = find_periods("- Đợt 1: Từ nay đến Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.", issued_date=ISSUED)
    assert (period.start, period.end, period.end_anchor) == (
        ISSUED, None, "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng")


def test_window_around_each_event() -> None:
    text = ("3. Thời gian tuyên truyền\nTổ chức tuyên truyền các sự kiện xuyên suốt trong năm 2023 và năm 2024. "
            "Trong đó, tuyên truyền sâu đậm trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày.")
    (period,) = find_periods(text)
    assert (period.start, period.end, period.days_before, period.days_after) == ("2023-01-01", "2024-12-31", 20, 5)


def test_same_phase_listed_twice_is_one_period() -> None:
    text = "- Đợt I: Từ nay đến hết năm 2024.\n...\nI- ĐỢT I: TỪ NAY ĐẾN HẾT NĂM 2024\n"
    assert len(find_periods(text, issued_date=ISSUED)) == 1


def test_span_is_offset_by_base() -> None:
    text = "Đợt 2: Từ tháng 5/2025 đến hết tháng 8/2025."
    (period,) = find_periods(text, base=500)
    assert period.span is not None and text[period.span.start - 500:period.span.end - 500] == period.text


@pytest.mark.parametrize("text", [
    "- Đợt I: Báo cáo trước ngày 05/02/2025.",  # a deadline, not a window
    "Thời gian thực hiện: Từ ngày 01/3/2025 đến ngày 30/6/2025.",  # a task's deadline
    "+ Các chi bộ Đảng tổ chức sinh hoạt chuyên đề từ tháng 01/2020 đến tháng 4/2020.",
    "Bộ ảnh về thành tựu kinh tế - xã hội của tỉnh giai đoạn 2020 - 2025.",
    "Nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.",
    "kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020)",
    "- Đợt I: Từ nay đến hết năm 2023.",  # "từ nay" after the window's end: no such window
])
def test_not_periods(text: str) -> None:
    assert find_periods(text, issued_date=ISSUED) == []


_PARTS = ["- Đợt I:", "Đợt 2:", "Từ nay", "từ ngày 01/01/2025", "đến ngày 31/8/2025", "đến hết năm 2024", "- 30/12/2025",
          "Thời gian treo cờ:", "cao điểm", "III. THỜI GIAN THỰC HIỆN", "1.1.", "giai đoạn 2019 - 2025", "Đề án",
          "Sau khi bế mạc Đại hội XIV", "\n", ".", "tháng 5/2025"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=12))
def test_any_part_soup_gives_ordered_windows(parts: list[str]) -> None:
    text = " ".join(parts)
    for period in find_periods(text, base=9, issued_date=ISSUED):
        assert period.span is not None and 9 <= period.span.start <= period.span.end <= len(text) + 9
        assert text[period.span.start - 9:period.span.end - 9] == period.text
        if period.start and period.end:
            assert period.start[:len(period.end)] <= period.end
