"""The .docx body as text: paragraphs, revisions, text boxes, layout and nested tables, in order."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from loaders.docx_text import docx_to_text

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_header_and_signature_layout_tables_read_as_lines(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG"
    header.cell(0, 0).add_paragraph("Số: 982/KH-UBND")
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    header.cell(0, 1).add_paragraph("Cao Bằng, ngày 13 tháng 12 năm 2024")
    document.add_paragraph("KẾ HOẠCH")
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "Nơi nhận:"
    signature.cell(0, 0).add_paragraph("- Như trên;")
    signature.cell(0, 1).text = "KT. CHỦ TỊCH"
    signature.cell(0, 1).add_paragraph("PHÓ CHỦ TỊCH")
    signature.cell(0, 1).add_paragraph("Nguyễn Văn A")
    document.save(str(tmp_path / "state.docx"))

    assert [line for line in docx_to_text(tmp_path / "state.docx")[0].splitlines() if line] == [
        "ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "Số: 982/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 13 tháng 12 năm 2024", "KẾ HOẠCH",
        "Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]


def test_tracked_insertions_fields_and_no_deletions(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Sở Văn hóa ")
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="a"><w:r><w:t xml:space="preserve">chủ trì, </w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>bỏ đi </w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>phối hợp</w:t></w:r></w:fldSimple>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:tab/><w:t>quý I</w:t><w:br/><w:t>năm 2025</w:t></w:r>'))
    document.save(str(tmp_path / "rev.docx"))
    assert docx_to_text(tmp_path / "rev.docx")[0] == "Sở Văn hóa chủ trì, phối hợp\tquý I\nnăm 2025"


def test_text_box_once_after_its_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("KẾ HOẠCH")
    box = ('<w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>')
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")} {MC}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}'
        f'</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    document.add_paragraph("Sau")
    document.save(str(tmp_path / "box.docx"))
    assert docx_to_text(tmp_path / "box.docx")[0].splitlines() == ["KẾ HOẠCH", "DỰ THẢO", "Sau"]


def test_table_nested_in_a_cell_reads_as_one_cell(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nội dung", "Đơn vị phối hợp"
    table.cell(1, 0).text = "Hội nghị"
    inner = table.cell(1, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text, inner.cell(1, 0).text = "Sở A", "Sở B"
    document.save(str(tmp_path / "nested.docx"))
    assert [line for line in docx_to_text(tmp_path / "nested.docx")[0].splitlines() if line] == [
        "| Nội dung | Đơn vị phối hợp |", "|---|---|", "| Hội nghị | Sở A Sở B |"]
