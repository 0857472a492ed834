"""Visible text of HTML pages: blocks, pre, hidden parts, layout and nested tables, broken markup."""
from __future__ import annotations

from loaders.html_text import html_to_text


def test_layout_header_table_as_lines_then_data_table_as_rows() -> None:
    html = """<html><head><title>Kế hoạch</title></head><body>
    <table><tr><td><p>TỈNH ỦY CAO BẰNG</p><p>*</p><p>Số 413-KH/TU</p></td>
    <td><p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p><p><i>Cao Bằng, ngày 13 tháng 12 năm 2019</i></p></td></tr></table>
    <p>KẾ HOẠCH</p>
    <table border=1>
     <tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th></tr>
     <tr><td>1</td><td>Hội nghị<br>quán triệt</td>
         <td><table><tr><td>Sở A</td><td>Sở B</td></tr></table></td></tr>
    </table></body></html>"""
    assert html_to_text(html).splitlines() == [
        "TỈNH ỦY CAO BẰNG", "*", "Số 413-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Cao Bằng, ngày 13 tháng 12 năm 2019", "KẾ HOẠCH",
        "| TT | Nội dung | Đơn vị chủ trì |", "|---|---|---|", "| 1 | Hội nghị quán triệt | Sở A; Sở B |"]


def test_pre_keeps_lines_and_spaces_hidden_parts_dropped() -> None:
    html = "<body><style>p{}</style><noscript>bật JS</noscript><pre>a  b\nc</pre><p>d</p></body>"
    assert html_to_text(html).splitlines() == ["a  b", "c", "d"]


def test_unclosed_cells_rows_and_tables() -> None:
    html = "<table><tr><td>Đơn vị<td>Thời gian<tr><td>Sở A<td>Quý I"
    assert html_to_text(html).splitlines() == [
        "| Đơn vị | Thời gian |", "|---|---|", "| Sở A | Quý I |"]
