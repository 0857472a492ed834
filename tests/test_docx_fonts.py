"""Runs typed in legacy Vietnamese fonts (.VnTime, .VnTimeH, VNI-Times) come out as Unicode,
whether the font is set on the run, on its paragraph style or as the document default."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

from loaders import legacy_encodings as le
from loaders.readers import read_document


def _as_font_shows(text: str, encoding: le.Legacy) -> str:
    """What Word stores for text typed in the legacy font: the code bytes as Windows-1252."""
    return le.encode(text, encoding, abc=True).decode("cp1252") if encoding == "tcvn3" else \
        le.encode(text, encoding).decode("cp1252")


def test_runs_in_legacy_fonts_are_converted_and_reported(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run(_as_font_shows("kế hoạch", "tcvn3")).font.name = ".VnTimeH"  # capital font
    paragraph.add_run(" ")
    paragraph.add_run(_as_font_shows("Ban Tuyên giáo Tỉnh ủy “chủ trì”", "tcvn3")).font.name = ".VnTime"
    paragraph.add_run(", ")
    paragraph.add_run(_as_font_shows("phối hợp với Sở Văn hóa", "vni")).font.name = "VNI-Times"
    paragraph.add_run(" và Sở Y tế").font.name = "Times New Roman"  # Unicode: left alone
    style = document.styles.add_style("Cu", WD_STYLE_TYPE.PARAGRAPH)
    style.font.name = ".VnTime"
    document.add_paragraph(_as_font_shows("Thời gian thực hiện: quý I năm 2025", "tcvn3"), style="Cu")
    document.save(str(tmp_path / "old.docx"))

    doc = read_document(tmp_path / "old.docx")
    assert doc.text.splitlines() == [
        "KẾ HOẠCH Ban Tuyên giáo Tỉnh ủy “chủ trì”, phối hợp với Sở Văn hóa và Sở Y tế",
        "Thời gian thực hiện: quý I năm 2025"]
    [problem] = doc.problems
    assert problem.code == "encoding_converted"
    assert ".VnTime" in problem.message and ".VnTimeH" in problem.message and "VNI-Times" in problem.message


def test_unicode_text_in_a_legacy_font_name_is_left_alone() -> None:
    """Letters a Windows font cannot hold are no font codes: an already Unicode run stays whole."""
    assert le.from_font("Tuyên giáo Tỉnh ủy", "tcvn3") == "Tuyên giáo Tỉnh ủy"
    assert le.from_font("Tuyên giáo Tỉnh ủy", "vni") == "Tuyên giáo Tỉnh ủy"
    assert le.from_font("Tuy\xaan gi\xb8o “x”", "tcvn3") == "Tuyên giáo “x”"
