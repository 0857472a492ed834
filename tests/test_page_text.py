"""Page text: words with boxes → paragraphs as the page shows them (blank lines between), the letterhead
and signature block read column by column, running page numbers and headers dropped."""
from __future__ import annotations

from loaders.page_text import pages_to_text
from loaders.page_words import Page, Word, parse_tsv

SIZE = 12.0  # letter height in points
PITCH = 14.0  # line spacing


def line(text: str, *, x: float = 72.0, y: float, width: float | None = None, conf: float = 100.0) -> list[Word]:
    """A line of words, ~6 pt a letter, from x at height y; ``width`` stretches it (justified text)."""
    words, cursor = [], x
    parts = text.split()
    natural = sum(len(p) * 6.0 for p in parts) + 4.0 * (len(parts) - 1)
    gap = 4.0 if width is None or len(parts) < 2 else 4.0 + (width - natural) / (len(parts) - 1)
    for part in parts:
        words.append(Word(part, cursor, y, cursor + len(part) * 6.0, y + SIZE, conf))
        cursor += len(part) * 6.0 + gap
    return words


def page(number: int, *lines: list[Word]) -> Page:
    return Page(number, 595.0, 842.0, [w for ln in lines for w in ln])


FULL = 450.0  # a justified line's width: the right margin at 522


def test_gap_indent_and_short_line_break_paragraphs_wraps_stay_together() -> None:
    text = pages_to_text([page(1,
        line("Thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy về việc tổ chức các hoạt động", y=100, width=FULL),
        line("kỷ niệm, Ban Tuyên giáo xây dựng kế hoạch như sau:", y=100 + PITCH),
        line("I. MỤC ĐÍCH, YÊU CẦU", y=100 + 2 * PITCH + 8),  # a gap wider than the spacing
        line("Tuyên truyền sâu rộng ý nghĩa lịch sử của các ngày kỷ niệm trong toàn", x=108, y=100 + 3 * PITCH + 8,
             width=FULL - 36),
        line("tỉnh, góp phần củng cố niềm tin của nhân dân vào sự lãnh đạo của Đảng.", y=100 + 4 * PITCH + 8),
        line("Các hoạt động phải thiết thực, hiệu quả, tiết kiệm, phù hợp với tình hình", x=108,
             y=100 + 5 * PITCH + 8, width=FULL - 36),  # indented: a first line
        line("địa phương.", y=100 + 6 * PITCH + 8),
    )]).text
    assert text.split("\n\n") == [
        "Thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy về việc tổ chức các hoạt động\n"
        "kỷ niệm, Ban Tuyên giáo xây dựng kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Tuyên truyền sâu rộng ý nghĩa lịch sử của các ngày kỷ niệm trong toàn\n"
        "tỉnh, góp phần củng cố niềm tin của nhân dân vào sự lãnh đạo của Đảng.",
        "Các hoạt động phải thiết thực, hiệu quả, tiết kiệm, phù hợp với tình hình\nđịa phương.\n",
    ]


def test_a_page_break_inside_a_paragraph_is_no_break_and_page_numbers_go() -> None:
    body = [line(f"dòng thứ {i} của một đoạn văn dài được dàn đều hai bên lề trang giấy", y=100 + i * PITCH,
                 width=FULL) for i in range(3)]
    first = page(1, *body, line("1", x=290, y=800))
    second = page(2, line("2", x=290, y=40), line("và kết thúc ở trang sau.", y=100),
                  line("Đoạn mới bắt đầu ở đây.", y=100 + PITCH + 10))
    got = pages_to_text([first, second])
    paragraphs = got.text.strip().split("\n\n")
    assert len(paragraphs) == 2 and paragraphs[0].endswith("trang giấy\nvà kết thúc ở trang sau.")
    assert "\n1\n" not in got.text and "\n2\n" not in got.text
    assert [(p.number, got.text[p.start:p.end].split()[0]) for p in got.pages] == [(1, "dòng"), (2, "và")]


def test_running_header_repeated_on_pages_is_dropped() -> None:
    pages = [page(n, line("Tài liệu này thuộc sở hữu của cơ quan Đảng", x=150, y=30),
                  line(f"Nội dung riêng của trang {n}.", y=400)) for n in range(1, 5)]
    text = pages_to_text(pages).text
    assert "sở hữu" not in text and text.count("Nội dung riêng") == 4


def test_centred_title_lines_are_one_paragraph() -> None:
    text = pages_to_text([page(1,
        line("KẾ HOẠCH", x=270, y=100),
        line("Tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng", x=160, y=100 + PITCH + 2),
        line("và mừng xuân Ất Tỵ", x=240, y=100 + 2 * PITCH + 2),
        line("Thực hiện Hướng dẫn số 107-HD/BTGTW của Ban Tuyên giáo Trung ương, Tỉnh", y=100 + 3 * PITCH + 12,
             width=FULL),
    )]).text
    assert text.split("\n\n")[:2] == ["KẾ HOẠCH", "Tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng\nvà mừng xuân Ất Tỵ"]


def test_two_column_letterhead_read_column_by_column() -> None:
    # each letterhead line an item of its own (the header reads them line by line); issuer and number on the left, motto and place-date on the right, then the centred type line
    text = pages_to_text([page(1,
        line("ỦY BAN NHÂN DÂN", x=100, y=70) + line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x=300, y=70),
        line("TỈNH QUẢNG NGÃI", x=100, y=70 + PITCH) + line("Độc lập - Tự do - Hạnh phúc", x=330, y=70 + PITCH),
        line("Số: 565 /TB-UBND", x=100, y=115) + line("Quảng Ngãi, ngày 15 tháng 11 năm 2024", x=300, y=115),
        line("THÔNG BÁO", x=270, y=150),
        line("Kết luận của Phó Chủ tịch UBND tỉnh", x=200, y=165),
    )]).text
    assert [p for p in text.strip().split("\n\n")] == [
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 565 /TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 15 tháng 11 năm 2024", "THÔNG BÁO",
        "Kết luận của Phó Chủ tịch UBND tỉnh"]


def test_signature_block_read_column_by_column() -> None:
    text = pages_to_text([page(3,
        line("Nơi nhận:", x=72, y=600) + line("KT. CHỦ TỊCH", x=380, y=600),
        line("- Như trên;", x=72, y=600 + PITCH) + line("PHÓ CHỦ TỊCH", x=380, y=600 + PITCH),
        line("- Lưu: VT.", x=72, y=600 + 2 * PITCH),
        line("Võ Phiên", x=395, y=680),
    )]).text
    assert text.strip().split("\n\n") == ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                          "Võ Phiên"]


def test_doubtful_words_are_located_in_the_text() -> None:
    ocr = page(1, line("Đại hội XHI của Đảng", y=100, conf=90.0))
    ocr.words[2] = Word("XHI", *(ocr.words[2].x0, ocr.words[2].y0, ocr.words[2].x1, ocr.words[2].y1), conf=41.0)
    ocr.source = "ocr"
    got = pages_to_text([ocr])
    [(start, end, word, conf)] = got.pages[0].doubtful
    assert got.text[start:end] == word == "XHI" and conf == 41.0


def test_tsv_of_poppler_and_tesseract_read_alike() -> None:
    tsv = ("level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "1\t1\t0\t0\t0\t0\t302.5\t712.6\t595.3\t842.0\t-1\t###PAGE###\n"  # poppler's odd page origin
           "5\t1\t0\t0\t0\t0\t72.0\t100.0\t30.0\t12.0\t100\tSố:\n"
           "5\t1\t0\t0\t0\t1\t105.0\t100.0\t40.0\t12.0\t87.5\tXHI\n")
    [got] = parse_tsv(tsv).values()
    assert (got.width, got.height) == (595.3, 842.0)
    assert [(w.text, w.conf) for w in got.words] == [("Số:", 100.0), ("XHI", 87.5)]
    [scaled] = parse_tsv(tsv, scale=0.5).values()
    assert scaled.words[0].x0 == 36.0
