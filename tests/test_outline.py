"""loaders.outline: the tree of headings, items, notes and table rows, with spans in the text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.normalise import normalise
from loaders.outline import Node, cells, heading_path, is_annex, parse_outline, table_header

PLAN = """KẾ HOẠCH
tuyên truyền

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
1.1. Tuyên truyền sâu rộng.
a) Nội dung một.
- gạch đầu dòng
+ dấu cộng
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Tỉnh ủy
- Ban hành đề cương tuyên truyền.
Thời gian thực hiện: Quý I/2020.
- Tổ chức hội nghị báo cáo viên.
Giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy.
2. Các huyện ủy, thành ủy thực hiện các nội dung sau:
- Tổ chức sinh hoạt chuyên đề.
- Tổ chức treo cờ.

Nơi nhận:
- Ban Tuyên giáo Trung ương,
- Lưu VP.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

PHỤ LỤC
KHẨU HIỆU
1. Nhiệt liệt chào mừng.
"""


def outline(raw: str) -> tuple[str, Node]:
    text = normalise(raw)
    return text, parse_outline(text)


def node(root: Node, text: str) -> Node:
    hits = [n for n in root.walk() if n.text == text]
    assert len(hits) == 1, f"{text!r} is {len(hits)} nodes"
    return hits[0]


# line text (without its marker), kind, label, the text of its parent
PLAN_NODES = [
    ("KẾ HOẠCH", "doctype", "", ""),
    ("MỤC ĐÍCH, YÊU CẦU", "roman", "I", "KẾ HOẠCH"),
    ("Mục đích", "number", "1", "MỤC ĐÍCH, YÊU CẦU"),
    ("Tuyên truyền sâu rộng.", "number", "1.1", "Mục đích"),
    ("Nội dung một.", "letter", "a", "Tuyên truyền sâu rộng."),
    ("gạch đầu dòng", "bullet", "-", "Nội dung một."),
    ("dấu cộng", "bullet", "+", "gạch đầu dòng"),
    # a new roman heading climbs back to the top
    ("TỔ CHỨC THỰC HIỆN", "roman", "II", "KẾ HOẠCH"),
    ("Ban Tuyên giáo Tỉnh ủy", "number", "1", "TỔ CHỨC THỰC HIỆN"),
    ("Ban hành đề cương tuyên truyền.", "bullet", "-", "Ban Tuyên giáo Tỉnh ủy"),
    ("Tổ chức hội nghị báo cáo viên.", "bullet", "-", "Ban Tuyên giáo Tỉnh ủy"),
    ("Các huyện ủy, thành ủy thực hiện các nội dung sau:", "number", "2", "TỔ CHỨC THỰC HIỆN"),
    ("Tổ chức sinh hoạt chuyên đề.", "bullet", "-", "Các huyện ủy, thành ủy thực hiện các nội dung sau:"),
    ("Nơi nhận:", "closing", "", ""),
    ("T/M BAN THƯỜNG VỤ", "closing", "", ""),
    ("PHỤ LỤC", "annex", "", ""),
    # a capital line without a number is a heading of its own
    ("KHẨU HIỆU", "caption", "", "PHỤ LỤC"),
    ("Nhiệt liệt chào mừng.", "number", "1", "KHẨU HIỆU"),
]


@pytest.mark.parametrize(("text", "kind", "label", "parent"), PLAN_NODES)
def test_plan_tree(text: str, kind: str, label: str, parent: str) -> None:
    _, root = outline(PLAN)
    n = node(root, text)
    assert (n.kind, n.label, n.parent.text) == (kind, label, parent)


def test_annotation_lines_are_notes_of_the_item_above() -> None:
    _, root = outline(PLAN)
    first = node(root, "Ban hành đề cương tuyên truyền.")
    second = node(root, "Tổ chức hội nghị báo cáo viên.")
    assert [n.text for n in first.notes] == ["Thời gian thực hiện: Quý I/2020."]
    assert [n.text for n in second.notes] == ["Giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy."]
    assert first.full_text == "Ban hành đề cương tuyên truyền. Thời gian thực hiện: Quý I/2020."
    assert not any(n.text.startswith(("Thời gian", "Giao")) for n in root.walk())


@pytest.mark.parametrize("note", [
    "Thời gian thực hiện: Quý II/2025.",
    "Thời gian hoàn thành: tháng 5/2025.",
    "Thời gian: Thường xuyên.",
    "(Thời gian thực hiện: tháng 3/2025)",
    "Giao Sở Nội vụ chủ trì thực hiện.",
    "Đơn vị chủ trì: Sở Nội vụ.",
    "Đơn vị phối hợp: Các sở, ngành liên quan.",
    "Cơ quan thực hiện: Sở Tài chính.",
    "Chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
    "Phối hợp: Công an tỉnh.",
    "Sản phẩm: Báo cáo tổng kết.",
    "Kinh phí: Ngân sách tỉnh.",
    "- Thời gian thực hiện: Quý II/2025.",
    "- Đơn vị chủ trì: Sở Nội vụ.",
])
def test_annotation_kinds(note: str) -> None:
    _, root = outline(f"II. NHIỆM VỤ\n1. Tổ chức hội nghị quán triệt kế hoạch\n{note}\n")
    item = node(root, "Tổ chức hội nghị quán triệt kế hoạch")
    assert [n.text for n in item.notes] == [note.lstrip("- ")]
    assert item.children == []


def test_state_block_after_lettered_items_belongs_to_their_parent() -> None:
    _, root = outline("II. NHIỆM VỤ\n3. Tổ chức bồi dưỡng nghiệp vụ\n"
                      "a) Mở lớp tập huấn cho cán bộ cấp xã.\nb) Biên soạn tài liệu hướng dẫn.\n"
                      "Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Trường Chính trị tỉnh.\n"
                      "Thời gian thực hiện: Hằng năm.\n")
    parent = node(root, "Tổ chức bồi dưỡng nghiệp vụ")
    assert [n.text for n in parent.notes] == ["Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Trường Chính trị tỉnh.",
                                             "Thời gian thực hiện: Hằng năm."]
    assert [c.label for c in parent.children] == ["a", "b"]
    assert node(root, "Biên soạn tài liệu hướng dẫn.").notes == []


def test_intro_with_colon_holds_the_bullets_after_it() -> None:
    _, root = outline("III. TỔ CHỨC THỰC HIỆN\n1.1. Ban Tuyên giáo Tỉnh ủy\n"
                      "Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện các nội dung sau:\n"
                      "- Tổ chức hội nghị.\n- Tổ chức triển lãm.\n2. Sở Nội vụ\n")
    intro = node(root, "Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện các nội dung sau:")
    assert intro.is_intro()
    assert intro.parent.text == "Ban Tuyên giáo Tỉnh ủy"
    assert [c.text for c in intro.children] == ["Tổ chức hội nghị.", "Tổ chức triển lãm."]
    assert node(root, "Sở Nội vụ").parent.text == "TỔ CHỨC THỰC HIỆN"
    assert heading_path(node(root, "Tổ chức triển lãm.")) == [
        "TỔ CHỨC THỰC HIỆN", "Ban Tuyên giáo Tỉnh ủy",
        "Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện các nội dung sau:"]


def test_paragraph_without_colon_holds_nothing() -> None:
    _, root = outline("II. NHIỆM VỤ\nĐoạn văn thường không có dấu hai chấm.\n- Tổ chức hội nghị.\n")
    para = node(root, "Đoạn văn thường không có dấu hai chấm.")
    assert para.children == []
    assert node(root, "Tổ chức hội nghị.").parent.text == "NHIỆM VỤ"


@pytest.mark.parametrize(("line", "kind", "label", "text"), [
    ("I. MỤC ĐÍCH, YÊU CẦU", "roman", "I", "MỤC ĐÍCH, YÊU CẦU"),
    ("III- TỔ CHỨC THỰC HIỆN", "roman", "III", "TỔ CHỨC THỰC HIỆN"),
    ("IV – KHẨU HIỆU", "roman", "IV", "KHẨU HIỆU"),
    ("1. Mục đích", "number", "1", "Mục đích"),
    ("2.1. Sở Văn hóa, Thể thao và Du lịch", "number", "2.1", "Sở Văn hóa, Thể thao và Du lịch"),
    ("2.1.2 Các cơ quan báo chí", "number", "2.1.2", "Các cơ quan báo chí"),
    ("3) Tổ chức hội thảo", "paren", "3", "Tổ chức hội thảo"),  # one level below "3."
    ("a) Lãnh đạo, chỉ đạo", "letter", "a", "Lãnh đạo, chỉ đạo"),
    ("đ) Báo cáo kết quả", "letter", "đ", "Báo cáo kết quả"),
    ("(1) Hội nghị thứ nhất", "paren", "1", "Hội nghị thứ nhất"),
    ("- Tổ chức hội nghị", "bullet", "-", "Tổ chức hội nghị"),
    ("+ Tổ chức hội nghị", "bullet", "+", "Tổ chức hội nghị"),
    ("• Tổ chức hội nghị", "bullet", "•", "Tổ chức hội nghị"),
    ("Phần II. NỘI DUNG", "part", "Phần II", "NỘI DUNG"),
    ("A. MỤC ĐÍCH, YÊU CẦU", "part", "A", "MỤC ĐÍCH, YÊU CẦU"),
    ("B. Nội dung viết thường", "para", "", "B. Nội dung viết thường"),
    ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch", "article", "Điều 1",
     "Ban hành kèm theo Quyết định này Kế hoạch"),
    # prose that only looks like a marker
    ("5 năm qua, tỉnh đã đạt nhiều thành tựu.", "para", "", "5 năm qua, tỉnh đã đạt nhiều thành tựu."),
    ("2020 – 2025 là nhiệm kỳ quan trọng.", "para", "", "2020 – 2025 là nhiệm kỳ quan trọng."),
    ("Vì vậy cần tiếp tục.", "para", "", "Vì vậy cần tiếp tục."),
])
def test_marker_kinds(line: str, kind: str, label: str, text: str) -> None:
    raw = f"Mở đầu văn bản.\n{line}\n"
    src, root = outline(raw)
    n = node(root, text)
    assert (n.kind, n.label) == (kind, label)
    assert src[n.start:n.end] == text


@pytest.mark.parametrize("closing", ["Nơi nhận:", "NƠI NHẬN:", "PHỤ LỤC", "PHỤ LỤC 01", "T/M BAN THƯỜNG VỤ",
                                     "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"])
def test_closing_and_annex_end_the_body(closing: str) -> None:
    _, root = outline(f"II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ tổ chức hội nghị.\n{closing}\n"
                      "- Tổ chức thi tìm hiểu lịch sử Đảng bộ.\n")
    before = node(root, "Sở Nội vụ tổ chức hội nghị.")
    after = node(root, "Tổ chức thi tìm hiểu lịch sử Đảng bộ.")
    assert not is_annex(before)
    assert is_annex(after)
    assert after.parent.kind in ("closing", "annex")
    assert after.parent.parent.kind == "root"


def test_table_rows_and_cells() -> None:
    _, root = outline("II. NHIỆM VỤ CỤ THỂ\n"
                      "| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n"
                      "| 1 | Tổ chức Lễ kỷ niệm | Bộ Văn hóa, Thể thao và Du lịch |\n"
                      "| 2 | Xây dựng phim tài liệu | Đài Truyền hình Việt Nam |\n")
    rows = [n for n in root.walk() if n.kind == "row"]
    assert [cells(r) for r in rows] == [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì"],
        ["1", "Tổ chức Lễ kỷ niệm", "Bộ Văn hóa, Thể thao và Du lịch"],
        ["2", "Xây dựng phim tài liệu", "Đài Truyền hình Việt Nam"],
    ]
    assert all(r.parent.text == "NHIỆM VỤ CỤ THỂ" for r in rows)
    assert table_header(rows[0]) is None
    assert table_header(rows[1]) is rows[0]
    assert table_header(rows[2]) is rows[0]
    assert heading_path(rows[2]) == ["NHIỆM VỤ CỤ THỂ"]


def test_type_heading_inside_a_decision_starts_the_attached_document() -> None:
    _, root = outline("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
                      "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\nII. NHIỆM VỤ CỤ THỂ\n"
                      "1. Tổ chức Lễ kỷ niệm cấp quốc gia.\n")
    plan = node(root, "KẾ HOẠCH")
    assert plan.kind == "doctype"
    assert plan.parent.kind == "root"
    assert heading_path(node(root, "Tổ chức Lễ kỷ niệm cấp quốc gia.")) == ["KẾ HOẠCH", "NHIỆM VỤ CỤ THỂ"]


def test_every_span_is_its_text() -> None:
    text, root = outline(PLAN)
    nodes = list(root.walk())
    assert len(nodes) > 20
    for n in nodes:
        assert text[n.start:n.end] == n.text
        for note in n.notes:
            assert text[note.start:note.end] == note.text
    item = node(root, "Ban hành đề cương tuyên truyền.")
    assert text[item.start:item.full_end] == "Ban hành đề cương tuyên truyền.\nThời gian thực hiện: Quý I/2020."


def test_ancestors_and_walk_order() -> None:
    _, root = outline(PLAN)
    n = node(root, "dấu cộng")
    assert [a.text for a in n.ancestors()] == ["gạch đầu dòng", "Nội dung một.", "Tuyên truyền sâu rộng.",
                                              "Mục đích", "MỤC ĐÍCH, YÊU CẦU", "KẾ HOẠCH"]
    order = [x.text for x in root.walk()]
    assert order.index("MỤC ĐÍCH, YÊU CẦU") < order.index("dấu cộng") < order.index("TỔ CHỨC THỰC HIỆN")


@pytest.mark.parametrize("raw", ["", "\n\n", "|", "||\n|", "- ", "a)", "I.", "1.", "::::"])
def test_degenerate_text_parses(raw: str) -> None:
    _, root = outline(raw)
    assert root.kind == "root"
    for n in root.walk():
        assert n.start <= n.end


def test_state_block_bullets_after_bulleted_items_belong_to_their_parent() -> None:
    _, root = outline("II. NHIỆM VỤ\n3. Tổ chức bồi dưỡng nghiệp vụ\n"
                      "- Mở lớp tập huấn cho cán bộ cấp xã.\n- Biên soạn tài liệu hướng dẫn.\n"
                      "- Đơn vị chủ trì: Sở Nội vụ.\n- Thời gian thực hiện: Hằng năm.\n")
    parent = node(root, "Tổ chức bồi dưỡng nghiệp vụ")
    assert [n.text for n in parent.notes] == ["Đơn vị chủ trì: Sở Nội vụ.", "Thời gian thực hiện: Hằng năm."]
    assert node(root, "Biên soạn tài liệu hướng dẫn.").notes == []


def test_footnote_line_hangs_under_the_item_and_holds_nothing() -> None:
    _, root = outline("II. CÁC HOẠT ĐỘNG\n1. Tổ chức treo cờ Đảng¹ tại trụ sở các cơ quan, đơn vị.\n"
                      "¹ Việc sử dụng cờ Đảng thực hiện theo Hướng dẫn số 25-HD/VPTW.\n"
                      "2. Tổ chức Lễ dâng hương tại Khu di tích Pác Bó.\n")
    note = node(root, "Việc sử dụng cờ Đảng thực hiện theo Hướng dẫn số 25-HD/VPTW.")
    assert (note.kind, note.label, note.parent.text) == (
        "footnote", "¹", "Tổ chức treo cờ Đảng tại trụ sở các cơ quan, đơn vị.")
    assert node(root, "Tổ chức Lễ dâng hương tại Khu di tích Pác Bó.").parent.text == "CÁC HOẠT ĐỘNG"


@pytest.mark.parametrize(("line", "kind"), [
    ("TỔ CHỨC THỰC HIỆN", "caption"),
    ("PHÂN CÔNG NHIỆM VỤ CHI TIẾT", "caption"),
    ("MỘT SỐ KHẨU HIỆU TUYÊN TRUYỀN", "caption"),
    # a slogan or a list line in capitals is not a heading
    ("ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!", "para"),
    ("SỞ NỘI VỤ, SỞ TÀI CHÍNH,", "para"),
    ("KẾ HOẠCH", "doctype"),
    ("HƯỚNG DẪN", "doctype"),
])
def test_capital_lines(line: str, kind: str) -> None:
    _, root = outline(f"I. NỘI DUNG\nMở đầu văn bản.\n{line}\n")
    assert node(root, line).kind == kind


def test_letter_with_a_full_stop_is_a_lettered_item() -> None:
    _, root = outline("III. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh ủy\na. Ban hành đề cương tuyên truyền.\n"
                      "b. Tổ chức hội nghị báo cáo viên.\n")
    item = node(root, "Ban hành đề cương tuyên truyền.")
    assert (item.kind, item.label, item.parent.text) == ("letter", "a", "Ban Tuyên giáo Tỉnh ủy")


_PIECES = ["I. ", "II- ", "A. ", "1. ", "1.1. ", "2.1.2 ", "a) ", "a. ", "đ) ", "(1) ", "- ", "+ ", "• ", "| ", " |",
           "|---|", "\n", "\n\n", ": ", ", ", ". ", "KẾ HOẠCH", "PHỤ LỤC", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "¹ ",
           "Thời gian thực hiện:", "Đơn vị chủ trì:", "Giao ", "Điều 1", "Phần II", "TỔ CHỨC THỰC HIỆN",
           "Ban Tuyên giáo Tỉnh ủy", "tổ chức hội nghị", "5 năm qua", "2020 – 2025"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_arrangement_keeps_every_span_on_its_text(pieces: list[str]) -> None:
    text, root = outline("".join(pieces))
    for n in root.walk():
        assert text[n.start:n.end] == n.text
        assert n.parent is not None and n in n.parent.children
        for note in n.notes:
            assert text[note.start:note.end] == note.text


def test_parenthesised_numbers_under_a_numbered_heading_are_its_items() -> None:
    _, root = outline("II. NHIỆM VỤ CỤ THỂ\n1. Ban Tuyên giáo Tỉnh ủy\n1) Ban hành đề cương tuyên truyền.\n"
                      "2) Tổ chức hội nghị báo cáo viên.\n2. Sở Nội vụ\n1) Tham mưu khen thưởng.\n")
    assert node(root, "Ban hành đề cương tuyên truyền.").parent.text == "Ban Tuyên giáo Tỉnh ủy"
    assert node(root, "Tham mưu khen thưởng.").parent.text == "Sở Nội vụ"


def test_dash_markers_after_numbers_and_letters() -> None:
    _, root = outline("III- TỔ CHỨC THỰC HIỆN\n1- Ban Tuyên giáo Tỉnh ủy\na- Ban hành đề cương tuyên truyền.\n"
                      "2- Sở Nội vụ tham mưu khen thưởng.\n")
    heading = node(root, "Ban Tuyên giáo Tỉnh ủy")
    assert (heading.kind, heading.label) == ("number", "1")
    item = node(root, "Ban hành đề cương tuyên truyền.")
    assert (item.kind, item.label, item.parent.text) == ("letter", "a", "Ban Tuyên giáo Tỉnh ủy")


def test_only_an_intro_whose_last_clause_sets_the_pace_is_a_schedule() -> None:
    # "…, bảo đảm tiến độ cụ thể như sau:" sets out when the item above is due: its steps are that item's notes
    root = parse_outline(normalise("1. Xây dựng đề án sáp nhập đơn vị hành chính\n- Giao Đảng uỷ Chính phủ chủ trì xây dựng đề án.\n"
                                   "- Đảng uỷ Chính phủ khẩn trương triển khai thực hiện, bảo đảm tiến độ cụ thể như sau:\n"
                                   "+ Báo cáo Bộ Chính trị chậm nhất ngày 09/3/2025.\n"))
    first = next(n for n in root.walk() if n.kind == "bullet")
    assert [n.text for n in first.notes][-1] == "Báo cáo Bộ Chính trị chậm nhất ngày 09/3/2025."
    # "Để đảm bảo chất lượng, tiến độ …, yêu cầu …, trong đó lưu ý một số nội dung trọng tâm như sau:" opens items
    root = parse_outline(normalise("1. Ghi nhận, đánh giá cao sự nỗ lực của Bộ Y tế.\n"
                                   "2. Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình, yêu cầu Bộ Y tế tiếp tục "
                                   "nỗ lực, trong đó lưu ý một số nội dung trọng tâm như sau:\n"
                                   "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án hoàn thành trước ngày 30/11/2025.\n"))
    second = [n for n in root.walk() if n.kind == "number"][1]
    assert second.text.startswith("Để đảm bảo") and [c.kind for c in second.children] == ["paren"]
