"""Sections: what a heading says about the items under it — whether they assign work ("Tổ chức
thực hiện", "Nhiệm vụ", "Phân công nhiệm vụ") or state purposes, themes and criteria ("Mục đích, yêu
cầu", "Nội dung tuyên truyền") — and where a document's preamble and closing stand.
"""
from __future__ import annotations

from functools import lru_cache

from graph.folding import fold
from loaders.outline import Node
from loaders.units import unit_only

# Headings whose items are work assignments (folded, matched anywhere in the heading).
INCLUDE = ("to chuc thuc hien", "nhiem vu", "phan cong", "hoat dong", "giai phap", "trach nhiem",
            "bien phap", "cac buoc", "lo trinh thuc hien cu the", "ke hoach hanh dong", "noi dung thuc hien",
            "noi dung ke hoach", "noi dung cong viec")
# Words that make an otherwise excluded heading ("II. NỘI DUNG VÀ GIẢI PHÁP") assign work after all.
OVERRIDE = ("nhiem vu", "phan cong", "to chuc thuc hien", "giai phap", "noi dung thuc hien",
             "noi dung ke hoach", "noi dung cong viec")
# Headings whose items are not (folded, matched at the heading's start).
EXCLUDE = ("muc dich", "yeu cau", "noi dung", "khau hieu", "mot so khau hieu", "tai lieu",
            "doi tuong", "quan diem", "chu de", "thoi gian", "lo trinh", "ket qua", "tinh hinh",
            "danh gia", "kinh phi", "bo cuc", "ben trong", "ben ngoai", "can cu", "pham vi",
            "muc tieu", "dinh huong", "tu nay", "dot ", "tuyen truyen noi dung")


def preamble_parent(parent: Node | None) -> bool:
    """Directly under the document (or under its signing authority "THỦ TƯỚNG CHÍNH PHỦ"): preamble."""
    if parent is None or parent.kind in ("root", "doctype", "header"):
        return True
    if parent.kind != "caption":
        return False
    # "THỦ TƯỚNG CHÍNH PHỦ" (the signing authority) or "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" (the title's last line)
    title_line = parent.parent is not None and parent.parent.kind == "doctype" and not any(
        k in fold(parent.text) for k in INCLUDE)
    return unit_only(parent.text) or title_line


def in_closing(node: Node) -> bool:
    return any(a.kind == "closing" for a in node.ancestors())


def section_verdict(node: Node) -> bool | None:
    """True when the nearest deciding heading assigns work, False when it is content/purpose.

    Bullets over sub-items can only exclude ("- Nội dung sinh hoạt"); "- Các hoạt động của Đại hội"
    is a theme, not a work section. Inside an annex only the annex's own title can include."""
    ancestors = node.ancestors()
    if any(a.kind == "annex" for a in ancestors):
        titles = [a for a in ancestors if a.kind in ("annex", "caption")]
        return True if any(any(k in fold(a.text) for k in OVERRIDE) for a in titles) else False
    for anc in ancestors:
        if anc.kind == "para" and not anc.is_intro():
            continue
        verdict = verdict_of(anc)
        if anc.kind == "para" and verdict is False:
            continue  # an intro ("Căn cứ …, thực hiện các nội dung sau:", "Thời gian tới, …") is no heading
        if verdict is False or (verdict is True and anc.kind != "bullet"):
            return verdict
    return None


def verdict_of(heading: Node) -> bool | None:
    return verdict_for(heading.kind, heading.text)


@lru_cache(maxsize=8192)
def verdict_for(kind: str, text: str) -> bool | None:
    """Whether a heading of this kind and text assigns work; the same headings are asked for every item."""
    head = fold(text)
    if kind == "annex" and not any(k in head for k in OVERRIDE):
        return False
    if head.startswith(EXCLUDE) and not any(k in head for k in OVERRIDE):
        return False
    return True if any(k in head for k in INCLUDE) else None
