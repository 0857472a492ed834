"""Tasks: the items of work a document assigns, with the units that lead and support each one.

Finds items in the sections that assign work ("Tổ chức thực hiện", "Nhiệm vụ cụ thể", "Phân công
nhiệm vụ", "Các hoạt động …"), skips purpose, content-theme and slogan sections, and resolves each
item's lead from, in order: its own annotation lines ("Đơn vị chủ trì: …", "Giao X chủ trì"), the
unit it opens with ("Tỉnh Đoàn thanh niên: Chủ trì …", "Sở Nội vụ tham mưu …"), and the nearest
heading or intro above it that names a unit ("2.2. Sở Văn hóa, Thể thao và Du lịch").
"""
from __future__ import annotations

import re
from functools import lru_cache

from graph.folding import fold
from graph.models import Deadline, Span, Task, Unit
from loaders.deadlines import find_deadline
from loaders.leads import ASSIGN, LEAD_NOTE, assignee, named_actor, units, units_of
from loaders.outline import ACTION_START, TIME_NOTE, Node, cells, heading_path, table_header
from loaders.sections import closing_words, in_closing, in_funding, in_purpose, is_basis, orders_work, preamble_parent, section_verdict
from loaders.units import Jurisdiction, unit_only, unit_prefix

def find_tasks(root: Node, *, where: Jurisdiction, issued_date: str | None = None) -> list[Task]:
    """Every task in the outline, in document order, with lead and support units and deadline."""
    tasks: list[Task] = []
    _fold_details(root)
    normative = _normative(root)
    addressees = _addressees(root, where)
    for node in root.walk():
        if node.kind == "row":
            row_task = _row_task(node, where, issued_date)
            if row_task:
                tasks.append(row_task)
            continue
        if node.kind in ("root", "annex", "doctype", "footnote", "header", "recipients") or not _is_task(
                node, normative=normative):
            continue
        lead, support = units_of(node, where)
        if not lead:
            lead = [u.model_copy() for u in addressees]  # "… yêu cầu các cấp uỷ, tổ chức đảng thực hiện các nội dung sau:"
        _place(lead + support, node)
        tasks.append(Task(
            text=node.full_text,
            section=heading_path(node),
            lead=lead,
            support=support,
            deadline=_deadline_of(node, issued_date),
            span=Span(start=node.start, end=node.full_end),
        ))
    return tasks


def _fold_details(node: Node) -> None:
    """An item of work whose sub-items only detail it — places, quantities, parameters ("Điểm quan
    trắc: Thực hiện quan trắc tại 07 cửa sông … như sau:" + "- Cửa sông lạch Càn: Lấy mẫu 01 vị trí …",
    "- Triển khai cáp quang …: Đảm bảo đường truyền tốc độ cao." + "+ Lắp đặt mới trạm 3G/4G: 58 trạm") —
    is one task: the details become its notes, where its deadline may stand."""
    for child in list(node.children):
        # a short intro between the item and its details ("Trong đó:", "Cụ thể:") stands aside
        lead_ins = [c for c in child.children if c.kind == "para" and c.is_intro() and len(c.text.split()) <= 4]
        items = [c for c in child.children if c.kind in _ITEMS] + [g for c in lead_ins for g in c.children
                                                                   if g.kind in _ITEMS]
        if items and _detailed(child, items):
            for part in [*lead_ins, *(d for c in items for d in (c, *c.walk()))]:
                child.notes.append(Node("note", part.label, part.text, part.start, part.end, part.rank))
                child.notes.extend(part.notes)
            child.children = [c for c in child.children if c.kind not in _ITEMS and c not in lead_ins]
        _fold_details(child)


_ITEMS = ("bullet", "letter", "paren", "number")


def _addressees(root: Node, where: Jurisdiction) -> list[Unit]:
    """Whom the document's opening asks to carry out what follows ("Bộ Chính trị, Ban Bí thư yêu cầu
    các cấp uỷ, tổ chức đảng tập trung thực hiện tốt các nội dung sau:"): the lead of an item that
    names no one."""
    for node in root.walk():
        if node.kind in ("roman", "number", "part", "article", "letter"):
            return []  # the body has begun
        if node.kind == "para" and node.is_intro() and preamble_parent(node.parent):
            asked = assignee(node.text)
            if asked and ASSIGN.search(node.text):
                return units(asked, where)
    return []
# Documents that rule rather than plan: their articles are norms, not assignments.
_NORMATIVE = {fold(t) for t in ("Quy định", "Quy chế", "Điều lệ", "Luật", "Nghị định", "Thông tư", "Pháp lệnh")}


def _normative(root: Node) -> bool:
    """A regulation: its type says so ("QUY ĐỊNH", "QUY CHẾ" …), or it runs to five articles or more."""
    nodes = list(root.walk())
    doctype = next((n for n in nodes if n.kind == "doctype"), None)
    if doctype is not None and fold(doctype.text) in _NORMATIVE:
        return True
    return sum(1 for n in nodes if n.kind == "article") >= 5


def _detailed(node: Node, items: list[Node]) -> bool:
    if node.kind not in ("bullet", "letter", "paren", "number", "para") or unit_only(node.text):
        return False
    if any(_reads_as_work(d.text) for c in items for d in (c, *c.walk())):
        return False  # sub-items that are work of their own
    if node.is_intro():
        return orders_work(node.text)  # an intro that orders work itself
    text = node.text.rstrip(" )”\"")
    return text.endswith(".") and len(text.split()) >= 8  # a whole sentence, then more about it


def _reads_as_work(text: str) -> bool:
    """An item that opens with an action, a unit or an assignment — after its label, if it has one
    ("Đợt I: Báo cáo trước ngày 05/02/2025.")."""
    head, colon, rest = text[:80].partition(":")
    rest = (rest + text[80:]).strip() if colon and len(head.split()) <= 6 else ""
    if rest[:1].isdigit():
        return False  # "Lắp đặt mới trạm 3G/4G: 58 trạm (…)": a quantity, not work
    return any(bool(ACTION_START.match(t) or unit_prefix(t) or ASSIGN.match(t)) for t in (text, rest) if t)


# Column names of State task tables (folded): which column holds what.
_COLUMNS = {
    "text": ("nhiem vu", "noi dung", "hoat dong", "ten ", "cong viec", "giai phap"),
    "lead": ("chu tri", "thuc hien", "don vi thuc hien", "co quan thuc hien"),
    "support": ("phoi hop",),
    "due": ("thoi gian", "thoi han", "tien do", "hoan thanh"),
}


def _row_task(node: Node, where: Jurisdiction, issued_date: str | None) -> Task | None:
    """A data row of a task table ("| 1 | Tổ chức … | Sở … | Các sở … | Quý II/2025 |")."""
    header = table_header(node)
    if header is None or in_closing(node):
        return None
    names = [fold(c) for c in cells(header)]
    row = cells(node)
    col: dict[str, int] = {}
    for i, name in enumerate(names):
        for key, words in _COLUMNS.items():
            if key not in col and any(w in name + " " for w in words):
                if key == "lead" and "phoi hop" in name:
                    continue
                col[key] = i
                break
    verdict = section_verdict(node)
    if verdict is False or ("lead" not in col and verdict is not True):
        return None
    if "text" not in col:
        candidates = [i for i in range(len(row)) if i not in col.values()]
        if not candidates:
            return None
        col["text"] = max(candidates, key=lambda i: len(row[i]) if i < len(row) else 0)
    get = lambda key: row[col[key]] if key in col and col[key] < len(row) else ""  # noqa: E731
    text = get("text")
    if len(text.split()) < 2:
        return None
    if all(key in col and not get(key) for key in ("lead", "due")) and not get("support"):
        return None  # "| I | Nhóm nhiệm vụ tuyên truyền | | | |": a group of rows, not a task
    due_text = get("due")
    deadline = (find_deadline(due_text, base=node.start + _cell_at(node, col["due"]), issued_date=issued_date)
                if due_text else Deadline())
    lead, support = units(get("lead") or None, where), units(get("support") or None, where)
    _place(lead + support, node)
    start = node.start + _cell_at(node, col["text"])
    return Task(text=text, section=heading_path(node), lead=lead, support=support, deadline=deadline,
                span=Span(start=start, end=start + len(text)))


def _cell_at(node: Node, index: int) -> int:
    """Where cell ``index`` starts in its row's text: spans point at the cell, not the row."""
    pos = node.text.find("|") + 1 if node.text.lstrip().startswith("|") else 0
    for _ in range(index):
        pos = node.text.find("|", pos) + 1
    while pos < len(node.text) and node.text[pos] == " ":
        pos += 1
    return pos


def _place(units: list[Unit], node: Node) -> None:
    """Give each unit the span of its name where it is written: the item, its notes, or the heading
    above it that named it (nearest first)."""
    sources = [node, *node.notes]
    for anc in node.ancestors():
        sources.extend([anc, *anc.notes])
    for unit in units:
        for src in sources:
            i = src.text.find(unit.name)
            if i >= 0:
                unit.span = Span(start=src.start + i, end=src.start + i + len(unit.name))
                break


_TIME_NOTE = TIME_NOTE


@lru_cache(maxsize=4096)
def _cached_deadline(text: str, base: int, issued_date: str | None) -> Deadline:
    # The same intro or "Thời gian thực hiện" line is asked once per item under it. Deadline is a
    # pydantic model: callers copy before changing it.
    return find_deadline(text, base=base, issued_date=issued_date)


def _deadline_of(node: Node, issued_date: str | None) -> Deadline:
    """The item's own deadline; else one set for a group of items by the intro above them ("…
    thường xuyên chỉ đạo thực hiện các nội dung sau:") or by a "Thời gian thực hiện" line under their parent."""
    # Each piece read where it stands, so the deadline's span is its phrase: the "Thời gian thực hiện"
    # lines first (they are what the item's time is), then the item itself, then its other notes.
    timed = [n for n in node.notes if _TIME_NOTE.match(n.text)]
    pieces = [*timed, node, *(n for n in node.notes if n not in timed)]
    own = Deadline()
    for piece in pieces:
        found = find_deadline(piece.text, base=piece.start, issued_date=issued_date)
        if found.kind != "none" or found.text:
            return found
    for anc in node.ancestors():
        if anc.kind in ("roman", "part", "article", "annex", "closing"):
            break
        # A preamble intro ("Tại phiên họp …, sau khi nghe …, Bộ Chính trị kết luận như sau:") sets no deadline.
        top_level = preamble_parent(anc.parent)
        sources = [n for n in anc.notes] + ([anc] if anc.is_intro() and not top_level else [])
        for src in sources:
            inherited = _cached_deadline(src.text, src.start, issued_date)
            if inherited.kind != "none":
                return inherited.model_copy(deep=True)
    return own


# "Kế hoạch này có hiệu lực kể từ ngày ký.", "Trên đây là Kế hoạch …": the document speaking of itself
_BOILERPLATE = re.compile(r"^(?:(?:Kế hoạch|Quyết định|Hướng dẫn|Chỉ thị|Công văn|Thông báo|Quy chế|Chương trình)"
                          r"\s+này\s+có\s+hiệu\s+lực|Trên\s+đây\s+là\b|Quyết\s+định\s+này\s+thay\s+thế)")
# "Chịu trách nhiệm trước pháp luật nếu …", "Chủ tịch … chịu trách nhiệm toàn diện trước Thủ tướng …":
# accountability, not work.
_ACCOUNTABLE = re.compile(r"^(?:[^,.;:]{0,80}\s)?chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+|hoàn\s+toàn\s+)?trước\b", re.IGNORECASE)
# "Thực hiện theo Mục III Kế hoạch số 13-KH/TU.", "Về đối tượng …: thực hiện tương tự như điểm 2.2 …",
# "Thẩm quyền quyết định …: Ban Thường vụ Đảng ủy cấp xã.": pointers and definitions, not work.
# "Được phép thực hiện …", and an item that opens with a right ("Được thu thập, tạo lập dữ liệu …", "Được bảo
# vệ các quyền …", "Được hưởng …"): what one may do or receive, not work to do
_PERMISSION = re.compile(r"^(?:[^.;:]{0,80}\s)?[Đđ]ược\s+phép\b|^Được\s+(?!giao\b|phân\s+công\b)")
_POINTER = re.compile(r"^(?:(?:Về\s+)?[^:]{3,90}:\s*)?(?:[Tt]hực\s+hiện\s+(?:tương\s+tự\s+(?:như\s+)?|theo\s+(?:đúng\s+)?)"
                      r"(?:nội\s+dung\s+|quy\s+định\s+tại\s+)?(?:tại\s+)?(?:Mục|mục|khoản|Khoản|điểm|Điểm|Phụ\s+lục|Hướng\s+dẫn|"
                      r"Kế\s+hoạch|Công\s+văn|Quyết\s+định|Nghị\s+định|Thông\s+tư|quy\s+định)\b[^;]{0,160}\.?$"
                      r"|Thẩm\s+quyền\b[^:]{0,80}:)")

def _has_item_children(node: Node) -> bool:
    return any((c.kind != "para" or c.is_intro()) and c.kind != "footnote" for c in node.children)


_MANDATE = re.compile(r"\b(?:quyen han|chuc nang)\b")


def _mandate(node: Node) -> bool:
    return any(_MANDATE.search(fold(a.text)) for a in node.ancestors() if a.kind in ("article", "part", "roman", "number"))


_DIRECTING = re.compile(r"(?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|kết\s+luận|chỉ\s+đạo|yêu\s+cầu)(?:\s+như\s+sau)?\s*:$")


def _after_directing_intro(node: Node) -> bool:
    """The paragraphs of a letter after its directing intro ("Phó Thủ tướng … có ý kiến chỉ đạo như sau:"),
    up to its closing."""
    siblings = node.parent.children if node.parent is not None else []
    before = siblings[:siblings.index(node)] if node in siblings else []
    return any(s.kind == "para" and _DIRECTING.search(s.text) for s in before)


def _shared_out(node: Node) -> bool:
    """An intro whose work the items below share out, each to a unit it names ("- Phối hợp hướng dẫn …
    Trong đó: + Sở Xây dựng: hướng dẫn … + Sở Công Thương: hướng dẫn …"): the items are the tasks, the
    intro only sums them up."""
    items = [c for c in node.children if c.kind in ("bullet", "letter", "paren", "number")]
    if len(items) < 2 or unit_prefix(node.text):
        return False
    return all(named_actor(c.text) or (":" in c.text[:80] and unit_only(c.text.split(":", 1)[0])) for c in items)


def _is_sentence(node: Node) -> bool:
    text = node.text.rstrip()
    return len(text.split()) >= 6 and text.endswith((".", ";", ")"))


def _is_task(node: Node, *, normative: bool = False) -> bool:
    text = node.text.strip()
    if node.kind == "article":
        # "Điều 2. Giao Sở … chủ trì …": an article that assigns work; "Điều 3. Các Bộ trưởng … chịu trách
        # nhiệm thi hành Quyết định này" and "có hiệu lực" are the decision's boilerplate.
        return (bool(ASSIGN.search(text)) and assignee(text) is not None
                and not re.search(r"chịu trách nhiệm thi hành|có hiệu lực", text))
    if len(text.split()) < 4 or node.kind in ("part", "roman", "caption") or in_closing(node):
        return False
    if is_basis(text, preamble=preamble_parent(node.parent)) or _ACCOUNTABLE.match(text) or _POINTER.match(text):
        return False  # "Căn cứ Điều lệ Đảng;", "Chịu trách nhiệm trước pháp luật …", "Thực hiện theo Mục III …"
    if node.kind == "para" and preamble_parent(node.parent):
        # Title lines and preamble: an instruction only when it names who must act (and is not the
        # intro of the body: "… đề nghị X thực hiện một số nội dung sau:") — or, in a letter without
        # headings, a paragraph after "… có ý kiến chỉ đạo như sau:" whose unit acts.
        if _after_directing_intro(node) and named_actor(text) is not None:
            return True
        return bool(ASSIGN.search(text)) and assignee(text) is not None and not text.endswith(":")
    if in_purpose(node):
        return False  # "I. MỤC ĐÍCH, YÊU CẦU": never work, whoever it names
    if in_funding(node):
        return bool(ASSIGN.search(text)) and assignee(text) is not None  # "… Giao Sở Tài chính thẩm định …"
    if node.kind == "para" and closing_words(text):
        # "Trong quá trình thực hiện, nếu có vướng mắc …", "Yêu cầu các sở … nghiêm túc thực hiện./.":
        # the document's closing, a task only where it sets a time ("… định kỳ trước ngày 30/11 hằng năm").
        return find_deadline(node.full_text, base=node.start).kind not in ("none", "continuous")
    verdict = section_verdict(node)
    if normative and (verdict is not True or _mandate(node)):
        # a regulation's articles rule; only "Trách nhiệm …", "Tổ chức thực hiện" assign. A body's standing
        # mandate ("Điều 2. Nhiệm vụ và quyền hạn" of a Sở, "Chức năng") says what it may do, not work to do
        return False
    if any(LEAD_NOTE.match(n.text) for n in node.notes) and not _has_item_children(node):
        return True  # "Đơn vị chủ trì: …" under it: an assignment, whatever the section is called
    if any(c.kind != "footnote" for c in node.children):
        # A heading over sub-items is not itself a task, unless it orders work of its own ("1. Các đồng
        # chí Bộ trưởng … đề cao trách nhiệm, trực tiếp chỉ đạo …; trong đó chú trọng các nội dung sau:").
        if _has_item_children(node):
            return node.is_intro() and verdict is not False and orders_work(text) and not _shared_out(node)
        if not _is_sentence(node) or unit_only(text):
            return False
    if text.endswith(":") and not node.notes:
        return False
    if re.match(r"^(?:Thực hiện\s+)?(?:theo|như)\s+(?:nội dung\s+)?Phụ lục", text) and len(text.split()) <= 10:
        return False  # "Thực hiện theo Phụ lục 02 (gửi kèm)": a pointer, the work is in the annex
    if _BOILERPLATE.match(text):
        return False
    if text.startswith("(") and text.rstrip(".;").endswith(")"):
        return False  # "(Kèm theo Quyết định số …)", "(chi tiết tại phụ lục I, II, III kèm theo).": asides
    if _PERMISSION.match(text):
        return False  # "Được phép thực hiện …": a permission, not work
    if unit_only(text):
        return False
    if ASSIGN.match(text) and assignee(text) is not None:
        return True  # "- Giao Đảng uỷ Chính phủ chủ trì …", under whatever heading
    if verdict is False:
        if node.kind == "para" and bool(ASSIGN.search(text)) and assignee(text) is not None:
            return True
        # "- Tuyên truyền trên báo chí: Báo Cao Bằng, Đài … xây dựng chuyên trang": a form of propaganda that
        # names who must do it is work, even under "NỘI DUNG VÀ HÌNH THỨC".
        if any(a.kind == "annex" for a in node.ancestors()) or text.endswith("!"):
            return False
        # "Thời gian trình khen thưởng: Hồ sơ trình … gửi về Sở Nội vụ trước ngày 31/3/2026": a duty with a day
        return named_actor(text) is not None or _deadline_of(node, None).kind == "date"
    if verdict is True:
        return True
    # Outside any recognised section: only what reads as an instruction.
    if node.kind == "para" and not node.ancestors():
        return bool(ASSIGN.search(text)) and assignee(text) is not None
    if node.kind in _ITEMS and node.parent is not None and unit_only(node.parent.text) and len(text.split()) >= 6:
        return True  # "3. Sở Tài chính" + "- Cân đối, tham mưu …": an item under a unit's label is that unit's work
    return bool(ACTION_START.match(text) or unit_prefix(text) or ASSIGN.search(text))


