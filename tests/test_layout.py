"""loaders.layout: hard-wrapped text (portal markdown, PDF text layers) as one block per line."""
from __future__ import annotations

import textwrap

import pytest

from loaders.layout import lay_out
from loaders.normalise import normalise

# A portal copy: wrapped at ~80 columns, a blank line between paragraphs, the first line of each
# paragraph short (the converter ate its indent), bold markers across lines.
PORTAL = """**V. TỔ CHỨC
THỰC HIỆN**

**1. Ban
Quản lý các khu công nghệ cao và khu công nghiệp**

- Chủ trì, phối hợp với các
Sở, Ban, ngành liên quan rà soát, đánh giá hiện trạng hạ tầng thông tin và truyền
thông trong các khu công nghệ cao và khu công nghiệp, cụm công nghiệp điều chỉnh.

- Tổ chức triển khai xây dựng
hạ tầng 5G, IoT theo quy hoạch, kế hoạch.

Ủy ban nhân dân Thành phố
yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn
thông nghiêm túc triển khai thực hiện; định kỳ trước **ngày 30 tháng 11 hàng
năm **báo cáo kết quả thực hiện về UBND Thành phố.
"""

# A copy without blank lines (a Government dispatch): short first lines, items under an intro.
DISPATCH = """Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:
Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:
a) Tổ chức xây dựng kế hoạch
cụ thể, phát động và triển khai ngay "Chiến dịch Quang Trung" vào
ngày 01/12/2025 để huy động tổng lực, thần tốc xây dựng lại và sửa chữa nhà ở
cho các gia đình có nhà bị sập đổ, trôi, hư hỏng trong các đợt bão vừa qua.
Chủ tịch Ủy ban nhân dân
cấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính trung thực,
chính xác, đầy đủ của thông tin, số liệu báo cáo về thiệt hại và đề xuất kiến
nghị; đồng thời sử dụng các nguồn lực hiệu quả, đúng mục đích, đối tượng, phạm
vi, chống lãng phí, tiêu cực.
2. Bộ trưởng Bộ Quốc
phòng, Bộ trưởng Bộ Công an chỉ đạo các đơn vị trực thuộc huy động tối đa lực
lượng, tiếp tục giữ vai trò nòng cốt trong việc hỗ trợ nguồn nhân lực tại chỗ.
"""


# A wrapped portal paragraph, to give a document its widths around the lines a test is about.
PARA = ("Chủ trì, phối hợp với các\nSở, Ban, ngành liên quan rà soát, đánh giá hiện trạng hạ tầng thông tin và truyền\n"
        "thông trong các khu công nghệ cao và khu công nghiệp, cụm công nghiệp điều chỉnh.")


def blocks(raw: str) -> list[str]:
    return [line for line in normalise(raw).split("\n") if line]


def test_portal_paragraphs_become_one_block_each() -> None:
    assert blocks(PORTAL) == [
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Ban Quản lý các khu công nghệ cao và khu công nghiệp",
        "- Chủ trì, phối hợp với các Sở, Ban, ngành liên quan rà soát, đánh giá hiện trạng hạ tầng thông tin và "
        "truyền thông trong các khu công nghệ cao và khu công nghiệp, cụm công nghiệp điều chỉnh.",
        "- Tổ chức triển khai xây dựng hạ tầng 5G, IoT theo quy hoạch, kế hoạch.",
        "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp "
        "viễn thông nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả "
        "thực hiện về UBND Thành phố.",
    ]


def test_dispatch_without_blank_lines_splits_at_items_and_short_first_lines() -> None:
    got = blocks(DISPATCH)
    assert [b[:30] for b in got] == [
        "Thủ tướng Chính phủ yêu cầu:",
        "1. Chủ tịch Ủy ban nhân dân cá",
        "a) Tổ chức xây dựng kế hoạch c",
        "Chủ tịch Ủy ban nhân dân cấp t",
        "2. Bộ trưởng Bộ Quốc phòng, Bộ",
    ]
    assert got[1].endswith("Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:")


def test_one_paragraph_per_line_is_left_alone() -> None:
    text = ("KẾ HOẠCH\ntuyên truyền kỷ niệm\nI. MỤC ĐÍCH, YÊU CẦU\n- Ban hành đề cương tuyên truyền.\n"
            "Thời gian thực hiện: Quý I/2020.\n- Tổ chức hội nghị báo cáo viên.\n")
    assert normalise(text) == text


@pytest.mark.parametrize("width", [62, 75, 90])
def test_pdf_text_layer_with_page_numbers(width: int) -> None:
    paragraphs = [
        "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành liên quan tổ chức các hoạt "
        "động văn hóa, văn nghệ chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, hoàn thành trước "
        "ngày 15/01/2026.",
        "2. Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục tuyên truyền về Đại hội; thời gian "
        "thực hiện: thường xuyên.",
        "- Tổ chức hội nghị báo cáo viên.",
    ]
    lines = [line for p in paragraphs for line in textwrap.wrap(p, width=width, break_on_hyphens=False)]
    lines.insert(3, "2")  # a page number between two halves of the first paragraph
    assert blocks("\n".join(lines)) == paragraphs


def test_cells_one_per_line_become_pipe_rows() -> None:
    raw = "\n".join([
        "|", "**TT**", "|", "**Nội dung**", "|", "**Cơ quan chủ trì**", "|", "**Thời gian**", "|",
        "|", "1", "|", "Tổ chức điều chỉnh, bổ sung", "quy hoạch hạ tầng viễn thông", "|",
        "Ban Quản lý các khu công nghệ cao", "|", "Quý III Năm 2026", "|",
        "|", "2", "|", "Khảo sát, đánh giá thực trạng", "|", "Sở Khoa học và Công nghệ", "|", "Thường xuyên", "|",
        "",
    ])
    assert blocks(raw) == [
        "| TT | Nội dung | Cơ quan chủ trì | Thời gian |",
        "| 1 | Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông | Ban Quản lý các khu công nghệ cao "
        "| Quý III Năm 2026 |",
        "| 2 | Khảo sát, đánh giá thực trạng | Sở Khoa học và Công nghệ | Thường xuyên |",
    ]


def test_letterhead_cells_become_lines() -> None:
    raw = "\n".join([
        "|", "**ỦY BAN NHÂN", "DÂN **", "THÀNH PHỐ HÀ NỘI", "--------", "|", "**CỘNG HÒA XÃ",
        "HỘI CHỦ NGHĨA VIỆT NAM**", "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "|",
        "Số: 310/KH-UBND", "|", "*Hà Nội, ngày", "24 tháng 11 năm 2025*", "|", "", "**KẾ HOẠCH**", "",
    ])
    assert blocks(raw) == [
        "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "--------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 310/KH-UBND", "Hà Nội, ngày 24 tháng 11 năm 2025",
        "KẾ HOẠCH",
    ]


@pytest.mark.parametrize(("raw", "joined"), [
    # a dash inside a name, pushed to the next line by the wrap
    ("Ban hành kèm theo Thông tư liên tịch của Bộ Quốc phòng, Bộ Công an và Bộ Lao động\n"
     "- Thương binh và Xã hội hướng dẫn thực hiện chế độ.", True),
    # a Roman numeral after "lần thứ" is a number, not a heading
    ("Tổ chức tuyên truyền sâu rộng về Đại hội đại biểu toàn quốc lần thứ\n"
     "XIV. Đăng tải các dự thảo văn kiện Đại hội trên Cổng thông tin điện tử tỉnh.", True),
    # a real bullet after a heading that has no full stop
    ("2.5. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh\n- Căn cứ điều kiện thực tế, tổ chức.", False),
])
def test_marker_like_starts(raw: str, joined: bool) -> None:
    filler = "\n".join(textwrap.wrap("Căn cứ tình hình thực tế tại địa phương, " * 12, width=80))
    got = blocks(f"{filler}.\n\n{raw}\n")[1:]
    assert (len(got) == 1) is joined, got


def test_lay_out_keeps_blank_lines_between_blocks() -> None:
    assert lay_out("Một.\n\n\nHai.") == "Một.\n\nHai."


@pytest.mark.parametrize("value", ["Từ tháng 02/2020 đến 30/6/2020", "Tháng 11 - 12/2025", "Trước ngày 15/11/2025",
                                   "Thường xuyên"])
def test_a_time_after_a_labels_colon_joins_it(value: str) -> None:
    # portal markdown: one paragraph per blank-separated block, a label broken off from its time
    raw = (f"{PARA}\n\n1.2. Tuyên truyền đại hội đảng bộ, chi bộ cơ sở:\n{value}\n\n{PARA}\n\n"
           f"- Sở Tài chính chủ trì tổng hợp kết quả.\n\n{PARA}\n")
    assert f"1.2. Tuyên truyền đại hội đảng bộ, chi bộ cơ sở: {value}" in normalise(raw).split("\n")


def test_an_intro_before_its_items_is_not_a_time() -> None:
    raw = f"{PARA}\n\nTập trung tuyên truyền các nội dung sau:\nTình hình kinh tế - xã hội của tỉnh.\n\n{PARA}\n"
    assert "Tập trung tuyên truyền các nội dung sau:" in normalise(raw).split("\n")


def test_a_markdown_table_row_never_joins_the_text_before_it() -> None:
    raw = (f"{PARA}\n{PARA}\n| TT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n"
           "| 1 | Tổ chức điều chỉnh quy hoạch hạ tầng viễn thông | Ban Quản lý |\n| 2 | Khảo sát hạ tầng | Sở Xây dựng |\n")
    got = blocks(raw)
    assert got[-4:] == ["| TT | Nhiệm vụ | Chủ trì |", "|---|---|---|",
                        "| 1 | Tổ chức điều chỉnh quy hoạch hạ tầng viễn thông | Ban Quản lý |",
                        "| 2 | Khảo sát hạ tầng | Sở Xây dựng |"]


_PAGE_TEXT = ("Tổ chức các hoạt động kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam gắn với các hoạt động "
              "hướng tới kỷ niệm 90 năm Ngày thành lập Chi bộ Đảng Cộng sản đầu tiên của tỉnh Cao Bằng và các hoạt "
              "động đón Tết Nguyên đán Canh Tý 2020, bảo đảm trang trọng, thiết thực, tiết kiệm.")
_OTHER = ("Các cơ quan, đơn vị căn cứ tình hình thực tế xây dựng kế hoạch cụ thể để triển khai thực hiện, bảo đảm "
          "đúng tiến độ, hiệu quả và báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy theo quy định hiện hành.")


def _pdf_page_break(gap: str, width: int = 72) -> tuple[str, list[str]]:
    """A PDF text layer: paragraphs wrapped at one width, no blank lines, a page number after the
    first line of the middle paragraph."""
    lines = textwrap.wrap(_PAGE_TEXT, width)
    text = "\n".join([*textwrap.wrap(_OTHER, width), lines[0]]) + gap + "\n".join(
        [*lines[1:], *textwrap.wrap(_OTHER, width)]) + "\n"
    return text, lines


@pytest.mark.parametrize("gap", ["\n\n5\n\n", "\n5\n", "\n- 5 -\n"])
def test_a_paragraph_cut_by_a_page_number_after_a_full_line_goes_on(gap: str) -> None:
    text, lines = _pdf_page_break(gap)
    assert len(lines[0]) >= 62  # a full line, then the page ends
    assert _PAGE_TEXT in blocks(text)


def test_a_footnote_after_a_page_number_stays_apart() -> None:
    first = textwrap.wrap(_PAGE_TEXT, 72)[0]
    text = "\n".join(textwrap.wrap(_OTHER, 72)) + f"\n{first}\n\n5\n\n¹ Việc sử dụng cờ Đảng theo Quy định số 99-QĐ/TW.\n"
    assert "¹ Việc sử dụng cờ Đảng theo Quy định số 99-QĐ/TW." in blocks(text)


@pytest.mark.parametrize(("first", "second", "joined"), [
    # a law's article after "tại" is a citation running on, not an article of this text
    ("- Thực hiện trách nhiệm quản lý nhà nước về lâm nghiệp theo quy định tại",
     "Điều 102 Luật Lâm nghiệp, Luật Đất đai; Nghị định số 131/2025/NĐ-CP.", True),
    # an item's time line after its sentence's end, however full the line before
    ("- Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho tỉnh.",
     "Thời gian hoàn thành: Tháng 11 - 12/2025.", False),
    # a unit heading and the work under it
    ("1. Ban Tuyên giáo Tỉnh uỷ, cơ quan Thường trực Ban Chỉ đạo tỉnh Hà Giang",
     "Thường xuyên theo dõi, đôn đốc việc thực hiện Đề án số 19-ĐA/TU và Kế hoạch này.", False),
])
def test_wrapped_pdf_line_pairs(first: str, second: str, joined: bool) -> None:
    width = len(first)  # the first line is full: only the words can tell
    other = "\n".join(textwrap.wrap(_OTHER * 2, width))
    got = blocks(f"{other}\n{first}\n{second}\n{other}\n")
    assert (f"{first} {second}" in got) is joined, got


def test_a_labels_work_after_its_colon_even_opening_with_can_cu() -> None:
    raw = (f"{PORTAL}\n3. Các cơ quan, đơn vị, địa phương thuộc tỉnh:\nCăn cứ chức năng, nhiệm vụ được giao và Kế "
           "hoạch này, chủ động xây\ndựng kế hoạch triển khai Phong trào thi đua với nội dung phù hợp.\n\n")
    assert ("3. Các cơ quan, đơn vị, địa phương thuộc tỉnh: Căn cứ chức năng, nhiệm vụ được giao và Kế hoạch này, "
            "chủ động xây dựng kế hoạch triển khai Phong trào thi đua với nội dung phù hợp.") in blocks(raw)
