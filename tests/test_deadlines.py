"""Phrase table for loaders.deadlines: Party and State deadline phrasings of one task item."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.deadlines import find_deadline

ISSUED = "2024-11-19"

# item text, expected fields (only those given are checked)
CASES = [
    # date
    ("Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 30/3/2023.", {"kind": "date", "due": "2023-03-30"}),
    ("Dâng hương, dâng hoa Đền thờ Chủ tịch Hồ Chí Minh vào dịp 3/2/2020.", {"kind": "date", "due": "2020-02-03"}),
    ("Tổng hợp ý kiến, xong trước 15/12.", {"kind": "date", "due": "2024-12-15"}),
    ("Hoàn thiện dự thảo, trình UBND tỉnh trước 31/12/2025.", {"kind": "date", "due": "2025-12-31"}),
    ("Gửi báo cáo trước ngày 31/12/ 2025 (OCR).", {"kind": "date", "due": "2025-12-31"}),
    ("Đợt I: Báo cáo trước ngày 05/02/2025.", {"kind": "date", "due": "2025-02-05"}),
    ("Gửi báo cáo, thời hạn gửi trước ngày 30/3/2023. Đối với sản phẩm sau, gửi ngay sau khi hoàn thành in ấn.",
     {"kind": "date", "due": "2023-03-30"}),
    # period
    ("Phát hành cuốn sách. Thời gian thực hiện: Hoàn thành trong quý I/2023.",
     {"kind": "period", "start": "2023-01-01", "due": "2023-03-31", "text": "Hoàn thành trong quý I/2023"}),
    ("Xây dựng kế hoạch.\n\nThời gian thực hiện: Hoàn thành trong tháng 11/2024.",
     {"kind": "period", "start": "2024-11-01", "due": "2024-11-30"}),
    ("Tổ chức diễn tập cấp tỉnh trong quý IV/2024.", {"kind": "period", "start": "2024-10-01", "due": "2024-12-31"}),
    ("Mặt trận tổ chức hội thảo trong quý I - II/2020.", {"kind": "period", "start": "2020-01-01", "due": "2020-06-30"}),
    ("Tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Chi bộ (01/4/1930 - 01/4/2020) vào cuối tháng 3/2020.",
     {"kind": "period", "start": "2020-03-01", "due": "2020-03-31"}),
    ("Đưa sách vào giảng dạy. Thời gian thực hiện: Từ năm học 2023 - 2024.",
     {"kind": "period", "start": "2023-09-01", "due": "2024-05-31"}),
    ("Tuyên truyền trên tạp chí, đặc san (thực hiện từ tháng 12/2024).",
     {"kind": "period", "start": "2024-12-01", "due": None}),
    ("Tổ chức các hoạt động văn hóa (thực hiện từ quý II/2025).", {"kind": "period", "start": "2025-04-01", "due": None}),
    ("Đài tiếp sóng các chương trình từ ngày 3/2/2020 đến Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
     {"kind": "period", "start": "2020-02-03", "due": None}),
    ("Các chi bộ sinh hoạt chuyên đề từ tháng 01/2020 đến tháng 4/2020; hoàn thành trước ngày 30/4/2020.",
     {"due": "2020-04-30"}),
    ("Sở Tài chính bố trí kinh phí. Thời gian thực hiện: Quý IV năm 2025.",
     {"kind": "period", "start": "2025-10-01", "due": "2025-12-31"}),
    ("Thời gian hoàn thành: Tháng 6/2025.", {"kind": "period", "start": "2025-06-01", "due": "2025-06-30"}),
    ("Rà soát quy hoạch; hoàn thành trong tháng 10 năm 2025.", {"kind": "period", "due": "2025-10-31"}),
    ("Tổ chức sơ kết. Thời gian thực hiện: 6 tháng cuối năm 2025.", {"kind": "period", "start": "2025-07-01"}),
    ("Thời gian thực hiện: Trong năm 2025.", {"kind": "period", "start": "2025-01-01", "due": "2025-12-31"}),
    ("Thời gian thực hiện: Năm 2025 và các năm tiếp theo.", {"kind": "period", "start": "2025-01-01"}),
    ("Thời gian thực hiện: Đầu năm 2026.", {"kind": "period", "start": "2026-01-01"}),
    ("Tăng cường lãnh đạo, coi đây là nhiệm vụ của địa phương, đơn vị trong năm 2023 và năm 2024.",
     {"kind": "period", "start": "2023-01-01", "due": "2024-12-31"}),
    ("Thời gian thực hiện: 2025 - 2026", {"kind": "period", "start": "2025-01-01", "due": "2026-12-31"}),
    ("Thời gian hoàn thành: 2025", {"kind": "period", "start": "2025-01-01", "due": "2025-12-31"}),
    ("| Xây dựng đề án | Sở Nội vụ | Sở Tài chính | Quý II/2025 |",
     {"kind": "period", "start": "2025-04-01", "due": "2025-06-30"}),
    ("Thời gian thực hiện: Từ nay đến năm 2030.", {"kind": "period", "start": ISSUED, "due": "2030-12-31"}),
    ("Hoàn thành trong quý III và IV năm 2025.", {"kind": "period", "start": "2025-07-01", "due": "2025-12-31"}),
    ("Các tỉnh ủy báo cáo Bộ Chính trị (qua Văn phòng Trung ương) chậm nhất ngày 20/8/2025.",
     {"kind": "date", "due": "2025-08-20"}),
    ("Trình Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.", {"kind": "date", "due": "2025-12-31"}),
    ("THỜI GIAN THỰC HIỆN: Quý II/2025.", {"kind": "period", "start": "2025-04-01", "due": "2025-06-30"}),
    ("Tiến độ hoàn thành: Tháng 9/2025.", {"kind": "period", "start": "2025-09-01", "due": "2025-09-30"}),
    ("Thời gian thực hiện: Năm 2025 (hoàn thành trước ngày 30/6/2025).", {"kind": "date", "due": "2025-06-30"}),
    ("Hoàn thành xây dựng Kế hoạch trong quý I/2023; từ quý II/2023 tiến hành biên soạn; phát hành trong năm 2024.",
     {"kind": "period", "start": "2023-01-01", "due": "2023-03-31"}),
    ("Hoàn thành trước tháng 6/2025.", {"kind": "date", "due": "2025-05-31"}),
    ("Trình Bộ Chính trị trước quý III/2025.", {"kind": "date", "due": "2025-06-30"}),
    ("Tiếp tục thực hiện đến hết năm 2025.", {"kind": "period", "start": None, "due": "2025-12-31"}),
    ("Tuyên truyền từ nay đến Đại hội XIV của Đảng.",
     {"kind": "period", "start": ISSUED, "due": None, "end_anchor": "Đại hội XIV của Đảng"}),
    ("Nhiệm vụ trong thời gian tới: đẩy mạnh tuyên truyền.\nBáo cáo kết quả trước ngày 30/6/2025.",
     {"kind": "date", "due": "2025-06-30"}),
    # relative
    ("Báo cáo kết quả trong vòng 30 ngày kể từ ngày Quyết định có hiệu lực.",
     {"kind": "relative", "offset_days": 30, "anchor": "Quyết định có hiệu lực"}),
    ("Đảng đoàn Quốc hội chỉ đạo trình Quốc hội tại Kỳ họp thứ 9.", {"kind": "relative", "offset_days": 0}),
    ("Hoàn thành trước Đại hội XIV của Đảng.", {"kind": "relative", "offset_days": 0}),
    ("Treo cờ. Thời gian thực hiện: Chậm nhất 01 tuần trước ngày diễn ra phiên khai mạc Đại hội XX Đảng bộ tỉnh.",
     {"kind": "relative", "offset_days": -7}),
    ("Đợt V: Báo cáo kết quả gửi về Ban Tuyên giáo sau khi kết thúc Đại hội XIV của Đảng 15 ngày để tổng hợp.",
     {"kind": "relative", "offset_days": 15, "anchor": "kết thúc Đại hội XIV của Đảng"}),
    ("Dâng hoa Tượng đài vào dịp chuẩn bị đón Tết Nguyên đán Canh Tý.",
     {"kind": "relative", "offset_days": None, "anchor": "Tết Nguyên đán Canh Tý"}),
    ("Xuất bản số báo đặc biệt (*thời gian hoàn thành: Chậm nhất 01 ngày trước phiên khai mạc Đại hội XX*).",
     {"kind": "relative", "offset_days": -1}),
    ("Xuất bản sách ảnh (làm quà tặng) (thời gian có sách: 20 ngày trước khi khai mạc Đại hội XX Đảng bộ tỉnh).",
     {"kind": "relative", "offset_days": -20}),
    ("Thực hiện Chương trình nghệ thuật tối hôm trước phiên khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.",
     {"kind": "relative", "offset_days": -1}),
    ("Gửi báo cáo tổng hợp ý kiến về Ban Dân vận sau khi kết thúc hội nghị 01 tuần để tổng hợp.",
     {"kind": "relative", "offset_days": 7, "anchor": "kết thúc hội nghị"}),
    ("Thời gian thực hiện: Hoàn thành ngay sau khi kết thúc đại hội đảng bộ cấp mình.",
     {"kind": "relative", "offset_days": 0}),
    ("Chuẩn bị Chương trình chào mừng tại phiên Khai mạc Đại hội XX Đảng bộ tỉnh.",
     {"kind": "relative", "offset_days": 0}),
    ("Hoàn thành trước phiên khai mạc Đại hội 10 ngày.", {"kind": "relative", "offset_days": -10}),
    # recurring
    ("Các chi bộ báo cáo kết quả vào ngày 20 hàng tháng.", {"kind": "recurring", "rule": "FREQ=MONTHLY;BYMONTHDAY=20"}),
    ("Báo cáo UBND tỉnh trước ngày 20 hằng tháng.", {"kind": "recurring", "rule": "FREQ=MONTHLY;BYMONTHDAY=20"}),
    ("Tổng hợp, báo cáo trước ngày 15/12 hằng năm.",
     {"kind": "recurring", "rule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"}),
    ("Đưa kết quả vào báo cáo hoạt động tuyên truyền hằng tháng.", {"kind": "recurring", "rule": "FREQ=MONTHLY"}),
    ("Sở Nội vụ báo cáo hằng quý.", {"kind": "recurring", "rule": "FREQ=MONTHLY;INTERVAL=3"}),
    ("Sơ kết việc thực hiện định kỳ 6 tháng.", {"kind": "recurring", "rule": "FREQ=MONTHLY;INTERVAL=6"}),
    ("Định kỳ hằng năm báo cáo Bộ Chính trị.", {"kind": "recurring", "rule": "FREQ=YEARLY"}),
    ("Tổ chức hội nghị giao ban mỗi quý một lần.", {"kind": "recurring", "rule": "FREQ=MONTHLY;INTERVAL=3"}),
    ("Cập nhật số liệu hằng tuần.", {"kind": "recurring", "rule": "FREQ=WEEKLY"}),
    ("Giao Ban Tuyên giáo theo dõi, định kỳ tổng hợp báo cáo Ban Thường vụ.", {"kind": "recurring", "rule": None}),
    # continuous
    ("Thời gian thực hiện: Thực hiện thường xuyên.", {"kind": "continuous"}),
    ("Thường xuyên theo dõi, đôn đốc việc thực hiện Đề án; định kỳ báo cáo kết quả.", {"kind": "continuous"}),
    ("Hỗ trợ du khách tại các di tích (thực hiện thường xuyên trong năm).", {"kind": "continuous"}),
    # none
    ("Tham gia Cuộc thi trắc nghiệm đang diễn ra từ ngày 26/8/2019 - 30/12/2019 trên mạng VCnet.", {"kind": "none"}),
    ("Triển khai Kế hoạch số 02-KH/BTC, ngày 23/10/2019 của Ban Tổ chức.", {"kind": "none"}),
    ("Tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020).", {"kind": "none"}),
    ("Nắm tình hình tư tưởng trước, trong và sau Đại hội đảng các cấp.", {"kind": "none"}),
    ("Chào mừng các ngày lễ lớn, các sự kiện lịch sử quan trọng trong năm 2020.", {"kind": "none"}),
    ("Xây dựng chương trình, kế hoạch dài hạn và hằng năm.", {"kind": "none"}),
    ("Tuyên truyền miệng thông qua sinh hoạt chi bộ định kỳ, chuyên đề.", {"kind": "none"}),
    ("Chăm lo đời sống của Nhân dân trong dịp Tết.", {"kind": "none"}),
    ("Thời gian thực hiện: Cấp uỷ chủ động thời gian thực hiện theo Kế hoạch của cấp trên.",
     {"kind": "none", "text": "Cấp uỷ chủ động thời gian thực hiện theo Kế hoạch của cấp trên"}),
    # a goal's horizon, a programme's years, a condition, a past event, the time a thing was assigned
    ("Rà soát, bổ sung quy hoạch hạ tầng viễn thông đến năm 2030.", {"kind": "none"}),
    ("Chủ động sử dụng ngân sách, đưa vào Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.", {"kind": "none"}),
    ("Kiểm tra an ninh thiết bị trước khi đưa vào sử dụng tại các cơ quan.", {"kind": "none"}),
    ("Báo cáo thiệt hại do đợt mưa lũ từ ngày 16-22/10/2024, gửi Văn phòng Chính phủ.", {"kind": "none"}),
    ("Đối với các nhiệm vụ được giao trong năm 2025, tiếp tục rà soát kỹ.", {"kind": "none"}),
    ("Triệt để tiết kiệm chi thường xuyên để dành nguồn lực cho an sinh xã hội.", {"kind": "none"}),
    ("Căn cứ khả năng cân đối ngân sách hàng năm, bố trí kinh phí.", {"kind": "none"}),
    ("Sử dụng dự toán chi còn lại của ngân sách địa phương hằng năm để thực hiện.", {"kind": "none"}),
    # … but a report made every year is a recurrence, whatever it is about
    ("Tổng hợp, lồng ghép báo cáo công tác truyền thông trong báo cáo công tác giảm nghèo hàng năm.",
     {"kind": "recurring", "rule": "FREQ=YEARLY"}),
    ("Xử lý vướng mắc sẽ được xử lý trong các luật, tiếp tục được xử lý trong năm 2025.", {"kind": "none"}),
    # where a thing was done, and when another body will act, are no times for this work
    ("Thực hiện các luật, nghị quyết của Quốc hội được ban hành tại Kỳ họp thứ 10.", {"kind": "none"}),
    ("Tạm dừng tổ chức đại hội đảng bộ cấp xã; sau Hội nghị Trung ương 11, Bộ Chính trị sẽ có chỉ đạo cụ thể.",
     {"kind": "none"}),
    ("Báo cáo kết quả tại Kỳ họp thứ 10 của Quốc hội.", {"kind": "relative", "offset_days": 0}),
    # hours of the day, a disaster's end, an ongoing watch
    ("Phối hợp tổ chức vận chuyển hàng đến các điểm; báo cáo trước 19h00’ hằng ngày.",
     {"kind": "recurring", "rule": "FREQ=DAILY;BYHOUR=19"}),
    ("Huy động nguồn lực tại chỗ; báo cáo 02 lần/ngày (trước 9h00’ và 16h00’) về tình hình tiếp nhận.",
     {"kind": "recurring", "rule": "FREQ=DAILY;BYHOUR=9,16"}),
    ("Báo cáo 2 lần/ngày về Sở Công Thương.", {"kind": "recurring", "rule": "FREQ=DAILY"}),
    ("Cập nhật liên tục tình hình ngập sâu, chia cắt và nhu cầu phát sinh.", {"kind": "continuous"}),
    ("Đổi mới liên tục phương thức tuyên truyền.", {"kind": "none"}),
    ("Tổ chức lực lượng xung kích dọn vệ sinh, khử khuẩn nguồn nước sau khi nước rút.",
     {"kind": "relative", "anchor": "nước rút", "offset_days": None}),  # the water goes down over days
    ("UBND xã, phường thực hiện trực ban phòng chống thiên tai 24/24, duy trì thông tin liên lạc.",
     {"kind": "continuous"}),
    # "ngay sau khi": at once when it comes, a time though no event is named
    ("Chỉ đạo xử lý môi trường ngay sau khi lũ rút, không để phát sinh dịch bệnh.",
     {"kind": "relative", "anchor": "lũ rút", "offset_days": 0}),
    # the yearly day said with the recurrence, the first of several deadlines, a range of quarters
    ("Báo cáo kết quả thực hiện định kỳ hằng năm (trước ngày 25/12 trong năm).",
     {"kind": "recurring", "rule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"}),
    ("Định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện.",
     {"kind": "recurring", "rule": "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"}),
    ("Báo cáo Bộ Chính trị vào đầu tháng 3/2025; hoàn thành chậm nhất ngày 30/6/2025.",
     {"kind": "period", "due": "2025-03-31"}),
    ("Khảo sát hạ tầng. Thời gian thực hiện: Quý IV/2025- Quý II/2026",
     {"kind": "period", "start": "2025-10-01", "due": "2026-06-30"}),
]


def _issued_for(expected: dict) -> str:
    """The phrase table's plans were issued before the dates they set: a date already past at the
    issue date is history, not a deadline."""
    years = [v[:4] for k, v in expected.items() if k in ("start", "due") and v and v[:4] < ISSUED[:4]]
    return min([ISSUED, *(f"{y}-01-01" for y in years)])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrase(text: str, expected: dict) -> None:
    got = find_deadline(text, issued_date=_issued_for(expected)).model_dump()
    assert {k: got[k] for k in expected} == expected, got


def test_span_is_offset_by_base_and_covers_the_phrase() -> None:
    text = "Tổ chức diễn tập trong quý IV/2024."
    got = find_deadline(text, base=1000, issued_date=ISSUED)
    assert got.span is not None and got.text is not None
    assert text[got.span.start - 1000: got.span.end - 1000] == got.text


def test_time_line_wins_over_other_dates_in_the_item() -> None:
    text = ("Triển khai Kế hoạch số 03-KH/TBTTKT, ngày 23/8/2024; chào mừng các ngày lễ lớn trong năm 2025.\n\n"
            "Thời gian thực hiện: Trong tháng 12/2024.")
    got = find_deadline(text, issued_date=ISSUED)
    assert (got.kind, got.start, got.due) == ("period", "2024-12-01", "2024-12-31")


def test_yearless_day_after_a_december_issue_rolls_to_next_year() -> None:
    got = find_deadline("Báo cáo trước ngày 15/1.", issued_date="2019-12-13")
    assert got.due == "2020-01-15"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_covers_the_verbatim_phrase(text: str, expected: dict) -> None:
    got = find_deadline(text, base=7, issued_date=ISSUED)
    if got.text is not None:
        assert got.span is not None
        assert text[got.span.start - 7:got.span.end - 7] == got.text


_WORDS = ["Thời gian thực hiện:", "trước", "sau khi", "ngày", "20", "hằng", "tháng", "quý", "II", "năm", "2025",
          "15/12", "thường xuyên", "khai mạc", "Đại hội XX", "01", "tuần", "từ", "đến", "(", ")", ".", ";", "\n",
          "vào dịp", "Tết", "định kỳ", "kể từ", "chậm nhất", "|"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=16))
def test_any_word_soup_gives_a_deadline_whose_span_is_its_text(words: list[str]) -> None:
    text = " ".join(words)
    got = find_deadline(text, base=3, issued_date=ISSUED)
    if got.text is not None and got.span is not None:
        assert text[got.span.start - 3:got.span.end - 3] == got.text
    if got.start and got.due:
        assert got.start <= got.due
