"""Layout tables (header, signature) read as lines; data tables as markdown pipe rows."""
from __future__ import annotations

import pytest

from loaders.tables import is_layout, table_lines


@pytest.mark.parametrize(("rows", "layout"), [
    ([[["TỈNH ỦY CAO BẰNG", "Số 413-KH/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]], True),
    ([[["ỦY BAN NHÂN DÂN"], ["Cao Bằng, ngày 5 tháng 3 năm 2025"]]], True),
    ([[["Nơi nhận:", "- Như trên;"], ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]]], True),
    ([[["Đơn vị chủ trì"], ["Đơn vị phối hợp"], ["Thời gian thực hiện"]],
      [["Sở A"], ["Sở B"], ["Quý I/2025"]]], False),
    ([[["STT"], ["Nội dung"]], [["1"], ["Hội nghị ngày 3 tháng 2 năm 2025"]]], False),
    ([[["a"], ["b"]]] * 5, False),
])
def test_is_layout(rows, layout: bool) -> None:
    assert is_layout(rows) is layout


def test_data_rows_with_rule_and_escaped_pipes() -> None:
    rows = [[["Đơn vị chủ trì"], ["Thời gian"]], [["Sở A | B", ""], ["Quý I", "2025"]], [[""], [" "]]]
    assert table_lines(rows) == ["| Đơn vị chủ trì | Thời gian |", "|---|---|", "| Sở A \\| B | Quý I 2025 |"]


def test_nested_data_table_one_line_per_row() -> None:
    assert table_lines([[["Sở A"], ["Sở B"]], [["Sở C"], []]], nested=True) == ["Sở A; Sở B", "Sở C"]


def test_layout_lines_cell_after_cell() -> None:
    rows = [[["TỈNH ỦY CAO BẰNG", "", "Số 413-KH/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]]
    assert table_lines(rows) == ["TỈNH ỦY CAO BẰNG", "Số 413-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM"]
