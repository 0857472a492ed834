"""Portal chrome around a republished document is cut; the document itself never is."""
from __future__ import annotations

from loaders.chrome import strip_chrome
from loaders.normalise import normalise

_BANNER = """|
|
Bản dịch này thuộc quyền sở hữu của **
THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép là vi phạm pháp luật.
Click vào phần bôi vàng để xem chi tiết.
|
Đang tải văn bản...
#
**Số hiệu:**
|
120/KH-UBND
|
**Loại văn bản:**
|
Kế hoạch
|
**Tình trạng:**
|
Đã biết
|
## Tóm tắt: tỉnh triển khai chuyển đổi số năm 2026
Theo đó, Ủy ban nhân dân tỉnh yêu cầu các sở tổ chức thực hiện ngay.
|
**ỦY BAN NHÂN DÂN
TỈNH AN GIANG**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
"""

_DOCUMENT = """Số: 120/KH-UBND
An Giang, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Triển khai chuyển đổi số năm 2026
1. Sở Khoa học và Công nghệ chủ trì hướng dẫn đăng nhập tài khoản định danh điện tử cho
công chức, hoàn thành trước ngày 30/6/2026.
2. Các sở, ngành phối hợp thực hiện.
|
Nơi nhận:
- Như trên;
- Lưu: VT.
|
**TM. ỦY BAN NHÂN DÂN**
CHỦ TỊCH
Nguyễn Văn A
"""

_AFTER = """|
Kế hoạch 120/KH-UBND năm 2026 triển khai chuyển đổi số
Văn bản này chưa cập nhật nội dung Tiếng Anh
## Văn bản liên quan
Ban hành:
24/02/2025
Hiệu lực: Đã biết
|
TP. HCM, ngày 31/05/2021
Thưa Quý khách,
Xin lỗi Quý khách vì sự bất tiện này!
"""


def test_portal_page_keeps_the_document_from_letterhead_to_signature():
    page = _BANNER + _DOCUMENT + _AFTER
    out = strip_chrome(page)
    assert "TỈNH AN GIANG" in out and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in out
    assert "Sở Khoa học và Công nghệ chủ trì hướng dẫn đăng nhập" in out
    assert "Nguyễn Văn A" in out
    for chrome in ("THƯ VIỆN PHÁP LUẬT", "Số hiệu", "Tóm tắt", "yêu cầu các sở tổ chức thực hiện ngay",
                   "Văn bản liên quan", "Quý khách", "Hiệu lực: Đã biết"):
        assert chrome not in out, chrome


def test_portal_summary_does_not_become_tasks():
    doc = normalise(_BANNER + _DOCUMENT + _AFTER)
    plain = normalise("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "Độc lập - Tự do - Hạnh phúc\n" + _DOCUMENT)
    assert "tổ chức thực hiện ngay" not in doc
    assert doc.count("hoàn thành trước ngày 30/6/2026") == plain.count("hoàn thành trước ngày 30/6/2026") == 1


def test_text_without_portal_is_unchanged():
    assert strip_chrome(_DOCUMENT) == _DOCUMENT
    assert strip_chrome("") == ""


def test_document_words_that_a_portal_also_uses_cut_nothing():
    # an IT regulation speaks of logging in and accounts; a plan of copyright; none of it is chrome
    body = ("QUY CHẾ\nQuản lý hệ thống thư điện tử\n" + "Điều 1. Phạm vi\n" * 3 +
            "Điều 14. Đăng nhập tài khoản và nộp hồ sơ điện tử\nTài khoản của cán bộ được cấp một lần.\n"
            "Điều 15. Bảo hộ bản quyền phần mềm\nĐăng ký thành viên hệ thống do Văn phòng thực hiện.\n")
    assert strip_chrome(body) == body
    signed = _DOCUMENT + "Phụ lục\nHướng dẫn đăng nhập tài khoản của công chức\n"
    assert strip_chrome(signed) == signed


def test_chrome_after_signature_without_banner_is_cut():
    out = strip_chrome(_DOCUMENT + _AFTER)
    assert out.rstrip("|\n").endswith("Nguyễn Văn A")  # the portal's title line after the cell goes too
    assert "Quý khách" not in out and "Văn bản liên quan" not in out


def test_normalise_is_idempotent_on_a_portal_page():
    once = normalise(_BANNER + _DOCUMENT + _AFTER)
    assert normalise(once) == once
