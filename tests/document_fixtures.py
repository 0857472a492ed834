"""Real document files built inside a test: a .docx by python-docx, a PDF written by hand."""
from __future__ import annotations

from pathlib import Path

import docx

TASK_TABLE = (
    ("Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành; UBND các huyện", "Quý I/2025"),
    ("Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông", "Thường xuyên"),
)


def write_docx(path: Path, *, before: list[str], table=TASK_TABLE, after: list[str]) -> Path:
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    for line in after:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF 1.4: one page per list of ASCII lines, in the standard Helvetica font.
    A page with no lines gets only a filled rectangle: a page without a text layer, like a scan."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages))), len(pages)),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, lines in enumerate(pages):
        if lines:
            ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"] + [b"(%s) Tj T*" % line.encode("ascii")
                                                      for line in lines] + [b"ET"]
        else:
            ops = [b"0 0 1 rg 10 10 300 300 re f"]
        stream = b"\n".join(ops)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
