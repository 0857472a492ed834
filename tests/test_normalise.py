"""Phrase table for loaders.normalise: markup debris, NFC, footnote marks and page-break wraps."""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from loaders.normalise import normalise

LONG = "Tiếp tục đẩy mạnh công tác tuyên truyền trong toàn Đảng bộ tỉnh nhiệm"  # > 40 chars, no closing mark

# raw text, the normalised text (without the final newline normalise always adds)
CASES = [
    # Word/markdown debris
    ("Số 35-CT/TW [bookmark: bookmark0]ngày 30/5/2019", "Số 35-CT/TW ngày 30/5/2019"),
    ("[bookmark: _GoBack]KẾ HOẠCH", "KẾ HOẠCH"),
    ("**KẾ HOẠCH**\n*Tổ chức các hoạt động kỷ niệm*", "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm"),
    ("**Điều 1.** Ban hành kèm theo Quyết định này", "Điều 1. Ban hành kèm theo Quyết định này"),
    ("***Tỉnh Đoàn thanh niên***: Chủ trì", "Tỉnh Đoàn thanh niên: Chủ trì"),
    # footnote marks glued to words
    ("Tuyên truyền trực quan¹ tại các địa điểm", "Tuyên truyền trực quan tại các địa điểm"),
    ("cán bộ, đảng viên²³ và nhân dân", "cán bộ, đảng viên và nhân dân"),
    ("theo Hướng dẫn⁴ của Ban", "theo Hướng dẫn của Ban"),
    # spaces, dashes, invisible characters, line ends
    ("Ban\u00a0\u00a0Tuyên   giáo\tTỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ("\ufeffSố: 982/KH-UBND", "Số: 982/KH-UBND"),
    ("Ban\u200bTuyên", "Ban Tuyên"),
    ("giai đoạn 2020\u20142025", "giai đoạn 2020–2025"),
    ("giai đoạn 2020\u22122025", "giai đoạn 2020–2025"),
    ("dòng một\r\ndòng hai\rdòng ba", "dòng một\ndòng hai\ndòng ba"),
    ("   lề trái và lề phải   ", "lề trái và lề phải"),
    # page-break wraps: joined only mid-sentence
    (f"{LONG}\n\nkỳ 2020 – 2025 đạt kết quả.", f"{LONG} kỳ 2020 – 2025 đạt kết quả."),
    (f"{LONG}\nkỳ 2020 – 2025 đạt kết quả.", f"{LONG} kỳ 2020 – 2025 đạt kết quả."),
    (f"{LONG},\n\ncác tầng lớp nhân dân.", f"{LONG}, các tầng lớp nhân dân."),
    (f"{LONG}\n\f\nkỳ 2020 – 2025 đạt kết quả.", f"{LONG} kỳ 2020 – 2025 đạt kết quả."),  # form feed
    ("- Tổ chức hội nghị báo cáo viên cấp tỉnh để quán triệt nội dung\n\nkế hoạch này.",
     "- Tổ chức hội nghị báo cáo viên cấp tỉnh để quán triệt nội dung kế hoạch này."),
    # a sentence that ended is not continued by the next line
    ("Tuyên truyền sâu rộng trong cán bộ, đảng viên và các tầng lớp nhân dân.\nnhững ngày lễ lớn",
     "Tuyên truyền sâu rộng trong cán bộ, đảng viên và các tầng lớp nhân dân.\nnhững ngày lễ lớn"),
    # an intro ending with ":" holds items, it is not wrapped into them
    ("Tiếp tục đẩy mạnh công tác tuyên truyền trong toàn Đảng bộ tỉnh gồm:\nnội dung thứ nhất",
     "Tiếp tục đẩy mạnh công tác tuyên truyền trong toàn Đảng bộ tỉnh gồm:\nnội dung thứ nhất"),
    # the next line is an item, not a continuation
    (f"{LONG}\n- các nội dung sau", f"{LONG}\n- các nội dung sau"),
    (f"{LONG}\na) lãnh đạo, chỉ đạo", f"{LONG}\na) lãnh đạo, chỉ đạo"),
    (f"{LONG}\nđ) báo cáo kết quả", f"{LONG}\nđ) báo cáo kết quả"),
    # the next line starts in capitals: a heading or a new sentence
    (f"{LONG}\nKỳ họp thứ hai", f"{LONG}\nKỳ họp thứ hai"),
    (f"{LONG}\nII. NỘI DUNG TUYÊN TRUYỀN", f"{LONG}\nII. NỘI DUNG TUYÊN TRUYỀN"),
    # capital headings are never joined, however long
    ("I. MỤC ĐÍCH, YÊU CẦU CỦA CÔNG TÁC TUYÊN TRUYỀN TRONG TOÀN ĐẢNG BỘ TỈNH\ntrong năm 2025",
     "I. MỤC ĐÍCH, YÊU CẦU CỦA CÔNG TÁC TUYÊN TRUYỀN TRONG TOÀN ĐẢNG BỘ TỈNH\ntrong năm 2025"),
    ("HƯỚNG DẪN\ntuyên truyền kỷ niệm 80 năm Ngày Quốc khánh",
     "HƯỚNG DẪN\ntuyên truyền kỷ niệm 80 năm Ngày Quốc khánh"),
    # a short line (a title or label) is not a wrapped paragraph
    ("Nơi nhận\ncác đồng chí", "Nơi nhận\ncác đồng chí"),
    # paragraphs keep one blank line between them, however many there were
    ("Đoạn thứ nhất kết thúc.\n\n\n\nĐoạn thứ hai.", "Đoạn thứ nhất kết thúc.\n\nĐoạn thứ hai."),
    # however many blank lines a page break leaves, a sentence cut mid-way is joined (idempotent)
    (f"{LONG}\n\n\n\n\nkỳ 2020 – 2025", f"{LONG} kỳ 2020 – 2025"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected + "\n"


@pytest.mark.parametrize("text", [
    "Tỉnh ủy Cao Bằng", "Ban Tuyên giáo và Dân vận Trung ương", "Đảng ủy Khối các cơ quan tỉnh",
    "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2025)",
])
def test_decomposed_input_comes_out_nfc(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text  # the case really exercises composition
    out = normalise(decomposed)
    assert out == text + "\n"
    assert unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\n", "\t \u00a0\n"])
def test_blank_input_is_one_newline(raw: str) -> None:
    assert normalise(raw) == "\n"


def test_normalising_twice_changes_nothing() -> None:
    raw = (f"**KẾ HOẠCH**\n[bookmark: b1]{LONG}\n\nkỳ 2020\u20142025 trực quan¹.\n\n\n"
           "II. TỔ CHỨC THỰC HIỆN\n- Ban Tuyên giáo Tỉnh ủy")
    once = normalise(raw)
    assert normalise(once) == once


def test_markdown_star_bullet_stays_a_bullet() -> None:
    # markdown draws "* item" as "•"; emphasis around it still goes, and an empty "* *" is debris
    assert normalise("* Tổ chức hội nghị báo cáo viên.") == "• Tổ chức hội nghị báo cáo viên.\n"
    assert normalise("* **Thành phần hồ sơ:**\n* *\nTờ trình.") == "• Thành phần hồ sơ:\n\nTờ trình.\n"
    # a wrapped page keeps the bullet apart from the line before it
    wrapped = ("1.4. Tuyên truyền Đại hội Đảng bộ tỉnh: Từ tháng 9/2020 đến tháng 10/2020.\n"
               "* Trước khai mạc Đại hội, tập trung tuyên truyền và họp báo những nội dung sau:\n"
               "- Các dự thảo văn kiện trình Đại hội.")
    assert normalise(wrapped).split("\n")[1].startswith("• Trước khai mạc")


def test_outline_reads_a_star_bullet_as_an_item() -> None:
    from loaders.outline import parse_outline
    root = parse_outline(normalise("II. NHIỆM VỤ\n* Tổ chức hội nghị báo cáo viên.\n* Treo băng rôn."))
    items = [n for n in root.walk() if n.kind == "bullet"]
    assert [n.text for n in items] == ["Tổ chức hội nghị báo cáo viên.", "Treo băng rôn."]


def test_underscore_inside_a_word_is_kept() -> None:
    assert normalise("Thư điện tử: tuyengiao_tu@caobang.gov.vn") == "Thư điện tử: tuyengiao_tu@caobang.gov.vn\n"
    assert normalise("__Ghi chú__: _Kế hoạch_ này") == "Ghi chú: Kế hoạch này\n"


def test_footnote_mark_opening_a_line_is_kept() -> None:
    # the footnote's own text keeps its mark, so the outline can tell it from the body
    raw = "Tuyên truyền trực quan¹ tại các địa điểm.\n¹ Việc sử dụng cờ Đảng theo quy định."
    assert normalise(raw) == "Tuyên truyền trực quan tại các địa điểm.\n¹ Việc sử dụng cờ Đảng theo quy định.\n"


@pytest.mark.parametrize("page_number", ["2", "- 2 -", "Trang 2"])
def test_page_number_inside_a_wrapped_sentence(page_number: str) -> None:
    assert normalise(f"{LONG}\n\n{page_number}\n\nkỳ 2020 – 2025 đạt kết quả.") == (
        f"{LONG} kỳ 2020 – 2025 đạt kết quả.\n")


def test_long_gap_survives_a_second_pass() -> None:
    once = normalise(f"{LONG}\n\n\n\n\nkỳ 2020 – 2025 đạt kết quả.")
    assert normalise(once) == once


_PIECES = ["a", "ă", "Đ", "ủy", "uỷ", "e\u0301", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "*", "**", "_",
           "[bookmark: x]", "¹", "²", "\u00a0", "\u200b", "\ufeff", "—", "−", ".", ":", ",", "-", "- ", "a) ", "1. ",
           "I. ", "KẾ HOẠCH", LONG, "kỳ", "\f"]
_LONG_GAP = re.compile(r"\n(?:[ \t\u00a0\u200b\ufeff*_¹²]*\n){4,}")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_normalise_is_idempotent_nfc_and_clean(pieces: list[str]) -> None:
    raw = "".join(pieces)
    assume(not _LONG_GAP.search(raw.replace("\r\n", "\n").replace("\r", "\n")))  # the known miss above
    once = normalise(raw)
    assert normalise(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "[bookmark:" not in once and "**" not in once and "¹" not in once[1:].replace("\n¹", "")
