"""Sections: what a heading says about the items under it — whether they assign work ("Tổ chức
thực hiện", "Nhiệm vụ", "Phân công nhiệm vụ") or state purposes, themes and criteria ("Mục đích, yêu
cầu", "Nội dung tuyên truyền") — and where a document's preamble and closing stand.
"""
from __future__ import annotations

import re
from functools import lru_cache

from graph.folding import fold
from loaders.outline import ACTION_START, Node
from loaders.units import unit_only, unit_prefix

# Headings whose items are work assignments (folded, matched anywhere in the heading).
INCLUDE = ("to chuc thuc hien", "nhiem vu", "phan cong", "hoat dong", "giai phap", "trach nhiem",
           "bien phap", "cac buoc", "lo trinh thuc hien cu the", "ke hoach hanh dong", "noi dung thuc hien",
           "noi dung ke hoach", "noi dung cong viec", "tien do thuc hien", "noi dung trong tam",
           "noi dung chu yeu")
# Words that make an otherwise excluded heading ("II. NỘI DUNG VÀ GIẢI PHÁP") assign work after all.
OVERRIDE = ("nhiem vu", "phan cong", "to chuc thuc hien", "giai phap", "noi dung thuc hien",
            "noi dung ke hoach", "noi dung cong viec", "tien do thuc hien", "noi dung trong tam", "noi dung chu yeu")
# Headings whose items are not work (folded, matched at the heading's start): themes, forms, times,
# funding, criteria. An item under them is a task only where it names a unit acting.
EXCLUDE = ("muc dich", "yeu cau", "noi dung", "khau hieu", "mot so khau hieu", "tai lieu",
           "doi tuong", "quan diem", "chu de", "thoi gian", "lo trinh", "ket qua", "tinh hinh",
           "danh gia", "kinh phi", "bo cuc", "ben trong", "ben ngoai", "can cu", "pham vi",
           "muc tieu", "dinh huong", "tu nay", "dot ", "tuyen truyen noi dung", "nguyen tac", "tieu chuan",
           "hinh thuc khen thuong", "so luong", "thu tuc", "ho so", "tuyen trinh", "thuc trang",
           "giai thich", "chi tieu", "co cau", "danh muc", "thanh phan", "hien trang", "nguon kinh phi")
# Of those, the ones whose items never are — purposes, requirements, goals, criteria: "Purpose and
# requirement sections are not tasks" even where they name a unit ("a) Các sở, ngành … phải …").
PURPOSE = ("muc dich", "yeu cau", "muc tieu", "quan diem", "doi tuong", "pham vi", "nguyen tac",
           "tieu chuan", "tinh hinh", "thuc trang", "hien trang", "ket qua", "giai thich", "chi tieu", "can cu")
# Funding sections: who pays and from which source is no work, unless an item assigns it ("Giao Sở Tài chính
# thẩm định …").
FUNDING = ("kinh phi", "nguon kinh phi", "nguon von")


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
    heading = deciding_heading(node)
    return None if heading is None else verdict_of(heading)


def in_purpose(node: Node) -> bool:
    """Under a purpose, requirement, goal or criteria heading ("I. MỤC ĐÍCH, YÊU CẦU")."""
    heading = deciding_heading(node)
    return heading is not None and heading.kind != "annex" and purpose_heading(heading.text)


def in_funding(node: Node) -> bool:
    """Under a funding heading ("IV. KINH PHÍ THỰC HIỆN")."""
    heading = deciding_heading(node)
    return heading is not None and fold(heading.text).startswith(FUNDING)


def deciding_heading(node: Node) -> Node | None:
    """The nearest heading above a node whose words decide whether its items are work."""
    ancestors = node.ancestors()
    annex = next((a for a in ancestors if a.kind == "annex"), None)
    if annex is not None:
        titles = [a for a in ancestors if a.kind in ("annex", "caption")]
        return next((a for a in titles if verdict_of(a)), annex)
    for anc in ancestors:
        if anc.kind == "para" and not anc.is_intro():
            continue
        verdict = verdict_of(anc)
        if anc.kind == "para" and verdict is False:
            continue  # an intro ("Căn cứ …, thực hiện các nội dung sau:", "Thời gian tới, …") is no heading
        if verdict is False or (verdict is True and anc.kind != "bullet"):
            return anc
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
    if _FORMS.match(head):
        return True  # "2. Hình thức" of a State plan: its items are activities (propaganda forms are not)
    return True if any(k in head for k in INCLUDE) else None


_FORMS = re.compile(r"^hinh thuc(?: (?:thuc hien|trien khai|to chuc|hoat dong))?[.:]?$")


@lru_cache(maxsize=4096)
def purpose_heading(text: str) -> bool:
    head = fold(text)
    # "III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ": a heading that also holds the plan of action
    # is no pure purpose; a unit named acting under it has work (an item naming no one still has none)
    return head.startswith(PURPOSE) and not any(k in head for k in (*OVERRIDE, "phuong an"))


# A basis clause: "Căn cứ Điều lệ Đảng;", "Xét đề nghị của Văn phòng Trung ương Đảng,", "Thực hiện
# Kế hoạch số 13-KH/TU …;" — what the document rests on, never work.
_CITING_OPENER = re.compile(
    r"^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Tiếp\s+theo)\s+"
    r"(?:(?:ý\s+kiến\s+chỉ\s+đạo|tinh\s+thần|các)\s+(?:của\s+)?)?"
    r"(?:Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Điều\s+lệ|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kết\s+luận|"
    r"Kế\s+hoạch|Hướng\s+dẫn|Thông\s+tư|Công\s+văn|Công\s+điện|Thông\s+báo|Quy\s+định|Quy\s+chế|Đề\s+án|Chương\s+trình|"
    r"Văn\s+bản|Tờ\s+trình|Phương\s+án|Báo\s+cáo|Thông\s+tư\s+liên\s+tịch|của|đề\s+nghị)\b")
_THIS_DOCUMENT = re.compile(r"^\S+\s+\S+\s+(?:Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị|Công\s+văn|Hướng\s+dẫn|Thông\s+báo|Nghị\s+quyết|"
                            r"Kết\s+luận|Quy\s+định|Chương\s+trình|Đề\s+án|Văn\s+bản)\s+này\b")
_ASSIGNING = re.compile(r"(?:^|[\s,;])(?:[Gg]iao|[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?:các|Sở|Ban|Ủy|UBND|Văn\s+phòng|Bộ|Đảng)")


def is_basis(text: str, *, preamble: bool = False) -> bool:
    """A clause that cites what the document carries out, ending as a clause of the preamble does
    (";", ",", ":" or a full stop with nothing assigned after the citation)."""
    if not _CITING_OPENER.match(text) or _ASSIGNING.search(text) or _THIS_DOCUMENT.match(text):
        return False  # "…, Sở Văn hóa … đề nghị Ủy ban nhân dân các huyện …", "Căn cứ Kế hoạch này xây dựng …"
    if text.rstrip().endswith((";", ",", ":")) or preamble:
        return True
    # "Căn cứ Đề án số 19-ĐA/TU, Kế hoạch này và tình hình thực tiễn của địa phương, đơn vị xây dựng Kế
    # hoạch …": a long item goes on to the work; a citation is short or says nothing after it.
    return len(text.split()) <= 30 and not any(
        unit_prefix(clause) or ACTION_START.match(clause) for clause in text.split(", ")[1:])


# The closing words of a document or a section: "Trong quá trình thực hiện, nếu có vướng mắc …",
# "Trên đây là Kế hoạch …", "Văn phòng Chính phủ thông báo để … biết, thực hiện./.", "Yêu cầu các sở,
# ban, ngành … nghiêm túc triển khai thực hiện./.", "Ủy ban nhân dân tỉnh yêu cầu … thực hiện".
_CLOSING = re.compile(
    r"""^(?:
        (?:Trong|Quá)\s+(?:quá\s+)?trình\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)
      | Trên\s+đây\s+là\b | Nếu\s+có\s+(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh)
      | [^.;]{0,120}\bthông\s+báo\s+để\b
      | (?:[^.;,]{0,80}\s)?(?:[Yy]êu\s+cầu|[Đđ]ề\s+nghị)\s[^.;]{0,250}?(?:nghiêm\s+túc|khẩn\s+trương|tổ\s+chức|triển\s+khai)
        (?:\s+(?:triển\s+khai|tổ\s+chức))?\s+thực\s+hiện(?:\s+(?:nghiêm|tốt|có\s+hiệu\s+quả))?(?:\s+(?:Kế\s+hoạch|Chỉ\s+thị|
        Công\s+văn|Quyết\s+định|Thông\s+báo|Công\s+điện)\s+này)?\s*[./]*\s*$
    )""",
    re.VERBOSE,
)


def closing_words(text: str) -> bool:
    return bool(_CLOSING.match(text))


# What an intro relays without ordering anything itself: "… thực hiện tốt một số nội dung trọng tâm
# sau:", "… chỉ đạo Chi cục … thực hiện các nội dung sau:", "… chủ trì, phối hợp với các bộ:".
_RELAY_TAIL = re.compile(
    r"(?:[,;]?\s*(?:trong\s+đó|cụ\s+thể)[^:]*|"
    r"(?:\s+(?:tập\s+trung|khẩn\s+trương|chủ\s+động|tiếp\s+tục|nghiêm\s+túc|quyết\s+liệt))*\s+"
    r"(?:thực\s+hiện|triển\s+khai|làm)(?:\s+(?:tốt|ngay|nghiêm|hiệu\s+quả))*(?:\s+(?:một\s+số|các|những))?\s+"
    r"(?:nội\s+dung|nhiệm\s+vụ|giải\s+pháp|công\s+việc|việc|yêu\s+cầu)(?:\s+[^\s:(]+){0,4}(?:\s*\([^)]*\))?(?:\s+[^\s:(]+){0,3}\s*|"
    r"[,;]?\s*(?:như\s+sau|sau))\s*:\s*$")
_RELAY_HEAD = re.compile(r"^(?:chỉ\s+đạo|giao|đề\s+nghị|yêu\s+cầu|chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)\b",
                         re.IGNORECASE)
_WORK_VERB = re.compile(r"\b(?:chỉ\s+đạo|tổ\s+chức|triển\s+khai|thực\s+hiện|xây\s+dựng|tập\s+trung|đề\s+cao|rà\s+soát|tiếp\s+tục|"
                        r"chủ\s+động|khẩn\s+trương|bảo\s+đảm|đảm\s+bảo|nâng\s+cao|tăng\s+cường|đẩy\s+mạnh|quán\s+triệt|"
                        r"hướng\s+dẫn|kiểm\s+tra|theo\s+dõi|báo\s+cáo|tham\s+mưu|quan\s+trắc|lấy\s+mẫu)\b",
                        re.IGNORECASE)
_ASSIGN_HEAD = re.compile(r"^(?:Giao(?:\s+cho)?|Đề\s+nghị|Yêu\s+cầu)\s+")


def orders_work(text: str) -> bool:
    """An intro over a list that orders work of its own besides the list ("1. Các đồng chí Bộ trưởng
    … đề cao trách nhiệm, trực tiếp chỉ đạo thực hiện đồng bộ … các nhiệm vụ, giải pháp …; trong đó
    lưu ý … các nội dung sau:"), not a label ("2. Bộ Xây dựng:", "a) Bộ Tài chính chủ trì, phối hợp với
    các bộ:") nor a relay ("… chỉ đạo Chi cục … thực hiện các nội dung sau:")."""
    body = _ASSIGN_HEAD.sub("", _RELAY_TAIL.sub("", text).rstrip(" ,;:"))
    prefix = unit_prefix(body)
    if prefix:
        body = body[len(prefix):].lstrip(" ,")
    words = body.split()
    if len(words) < 12 or _RELAY_HEAD.match(body) and len(words) < 25:
        return False
    return bool(_WORK_VERB.search(body))  # "… từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: …" orders nothing
