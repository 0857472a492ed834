"""Page chrome: what a legal portal prints around a document it republishes — the copyright banner,
its own table of the document's metadata ("Số hiệu:", "Loại văn bản:", "Tình trạng:"), and after
the signature its notices to readers ("Thưa Quý khách", "Đăng nhập", "Hỗ trợ: (028) …").

The document runs from its letterhead to its signature, annexes and footnotes; the chrome around it
is cut before the layout stage reads the text, so none of it becomes a task or a heading. A text
without portal chrome is returned unchanged.
"""
from __future__ import annotations

import re

# Labels of a portal's metadata table, printed above the document it republishes.
_METADATA = re.compile(r"^[\s*#|]*(?:Số\s+hiệu|Loại\s+văn\s+bản|Nơi\s+ban\s+hành|Người\s+ký|Ngày\s+ban\s+hành|"
                       r"Ngày\s+hiệu\s+lực|Ngày\s+công\s+báo|Số\s+công\s+báo|Tình\s+trạng|Lĩnh\s+vực)\s*:?[\s*]*$",
                       re.IGNORECASE)
# What a portal says to its readers; no official document says it.
_NOTICE = re.compile(r"(?:THƯ\s+VIỆN\s+PHÁP\s+LUẬT|ThuVienPhapLuat|[Tt]hư\s+viện\s+[Pp]háp\s+luật|Quý\s+khách|"
                     r"Quý\s+[Tt]hành\s+viên|Đang\s+tải\s+văn\s+bản|Click\s+(?:vào\s+phần|trái|phải)|Rà\s+chuột|"
                     r"has\s+the\s+copyright|thuộc\s+quyền\s+sở\s+hữu\s+của|Hỗ\s+trợ\s*:\s*\(\d|"
                     r"^[#*\s]*Văn\s+bản\s+liên\s+quan[*\s]*$|Văn\s+bản\s+này\s+chưa\s+cập\s+nhật|"
                     r"FILE\s+ĐƯỢC\s+ĐÍNH\s+KÈM|NỘI\s+DUNG\s+SỬA\s+ĐỔI,\s+HƯỚNG\s+DẪN|"
                     r"(?:Hiệu\s+lực|Tình\s+trạng)\s*:\s*(?:Đã\s+biết|Chưa\s+xác\s+định))", re.MULTILINE)
# Words one of which every portal page holds: a plain substring test first, so a document without any
# (nearly all of them) costs no regular-expression scan.
_PORTAL_WORDS = ("THƯ VIỆN PHÁP LUẬT", "ThuVienPhapLuat", "hư viện pháp luật", "hư viện Pháp luật", "Quý khách",
                 "Quý thành viên", "Quý Thành viên", "Đang tải văn bản", "Click", "Rà chuột", "copyright",
                 "chưa cập nhật", "ĐÍNH KÈM", "SỬA ĐỔI, HƯỚNG DẪN", "Đã biết", "Chưa xác định", "Loại văn bản",
                 "Nơi ban hành", "Ngày ban hành", "Ngày hiệu lực", "Ngày công báo")
# The first line of a document's own header: the national or Party motto, or its number line.
_LETTERHEAD = re.compile(r"CỘNG\s+H[ÒO]A\s+X[ÃA]\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|^[\s*|]*CỘNG\s+H[ÒO]A\s+XÃ\s*$|"
                         r"^[\s*|]*Số\s*:?\s*\d+\s*[-/]", re.IGNORECASE | re.MULTILINE)
_SIGNED = re.compile(r"^[\s*|]*(?:Nơi\s+nhận|NƠI\s+NHẬN|T/M\b|TM\.|KT\.|TL\.|Q\.\s)", re.MULTILINE)


def strip_chrome(text: str) -> str:
    """The document without the portal page around it (or the text unchanged when it has none)."""
    if not any(word in text for word in _PORTAL_WORDS):
        return text  # no portal: the common case costs a few substring tests
    if not _NOTICE.search(text) and not any(_METADATA.match(ln) for ln in text.split("\n", 80)[:80]):
        return text
    lines = text.split("\n")
    start = _document_start(lines)
    end = _document_end(lines, start)
    return "\n".join(lines[start:end])


def _document_start(lines: list[str]) -> int:
    """The line where the document's letterhead begins, when portal chrome stands before it."""
    for i, line in enumerate(lines):
        if not _LETTERHEAD.search(line):
            continue
        chrome_before = any(_METADATA.match(ln) or _NOTICE.search(ln) for ln in lines[:i])
        if not chrome_before:
            return 0
        # back over the issuer's cell ("**VĂN PHÒNG CHÍNH", "PHỦ**", "-------") to the "|" that opens the row
        j = i - 1
        while j > 0 and lines[j].strip() in ("|", ""):
            j -= 1
        while j > 0 and lines[j].strip() not in ("|", "") and not _METADATA.match(lines[j]) and i - j < 8:
            j -= 1
        while j > 0 and lines[j - 1].strip() == "|" and lines[j].strip() == "|":
            j -= 1
        return j if lines[j].strip() in ("|", "") else j + 1
    return 0


def _document_end(lines: list[str], start: int) -> int:
    """The line after the document: the first portal notice after the signature block."""
    signed = [i for i, ln in enumerate(lines) if i >= start and _SIGNED.match(ln)]
    after = signed[0] if signed else start + (len(lines) - start) * 3 // 5
    for i in range(after, len(lines)):
        if _NOTICE.search(lines[i]):
            # the notice's paragraph or table cell starts at the last blank or "|" line before it
            j = i
            while j > after and lines[j - 1].strip() not in ("", "|"):
                j -= 1
            return j
    return len(lines)
