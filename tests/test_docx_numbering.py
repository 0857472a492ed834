"""Word's automatic list numbers come out as text, in a .docx built with python-docx."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from loaders.docx_numbering import _format
from loaders.readers import read_document

LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("lowerLetter", "%4)"),
          ("bullet", "\uf0b7")]


def _outline_document() -> docx.document.Document:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(LEVELS))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    return document


def _item(document, text: str, level: int, num_id: int = 90) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_outline_numbers_levels_and_restarts(tmp_path: Path) -> None:
    document = _outline_document()
    for text, level in [("MỤC ĐÍCH, YÊU CẦU", 0), ("Mục đích", 1), ("Yêu cầu", 1),
                        ("TỔ CHỨC THỰC HIỆN", 0), ("Nhiệm vụ cụ thể", 1), ("Tuyên truyền", 2),
                        ("Hội nghị", 2), ("Sở Văn hóa chủ trì", 3), ("Sở Y tế phối hợp", 3),
                        ("in khẩu hiệu", 4), ("Phân công nhiệm vụ", 1)]:
        _item(document, text, level)
    document.add_paragraph("Nơi nhận:")  # not a list item: no label
    _item(document, "PHỤ LỤC", 0, num_id=91)  # a second list over the same definition, restarted
    document.add_paragraph("Một", style="List Number")  # numbering inherited from the style
    document.add_paragraph("Hai", style="List Number")
    document.save(str(tmp_path / "outline.docx"))

    assert read_document(tmp_path / "outline.docx").text.splitlines() == [
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. TỔ CHỨC THỰC HIỆN",
        "1. Nhiệm vụ cụ thể", "1.1. Tuyên truyền", "1.2. Hội nghị", "a) Sở Văn hóa chủ trì",
        "b) Sở Y tế phối hợp", "- in khẩu hiệu", "2. Phân công nhiệm vụ", "Nơi nhận:",
        "I. PHỤ LỤC", "1. Một", "2. Hai",
    ]


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (4, "upperRoman", "IV"), (14, "lowerRoman", "xiv"), (1, "lowerLetter", "a"),
    (27, "lowerLetter", "aa"), (3, "upperLetter", "C"), (7, "decimalZero", "07"), (12, "decimal", "12"),
])
def test_formats(n: int, fmt: str, shown: str) -> None:
    assert _format(n, fmt) == shown
