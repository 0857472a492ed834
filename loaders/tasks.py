"""Tasks: the items of work a document assigns, with the units that lead and support each one.

Finds items in the sections that assign work ("Tổ chức thực hiện", "Nhiệm vụ cụ thể", "Phân công
nhiệm vụ", "Các hoạt động …"), skips purpose, content-theme and slogan sections, and resolves each
item's lead from, in order: its own annotation lines ("Đơn vị chủ trì: …", "Giao X chủ trì"), the
unit it opens with ("Tỉnh Đoàn thanh niên: Chủ trì …", "Sở Nội vụ tham mưu …"), and the nearest
heading or intro above it that names a unit ("2.2. Sở Văn hóa, Thể thao và Du lịch").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.folding import fold
from graph.models import Deadline, Span, Task, Unit
from loaders.deadlines import find_deadline
from loaders.outline import Node, cells, heading_path, table_header
from loaders.units import Jurisdiction, level_of, looks_like_unit, phrase_after, resolve, split_units, unit_prefix

# Headings whose items are work assignments (folded, matched anywhere in the heading).
_INCLUDE = ("to chuc thuc hien", "nhiem vu", "phan cong", "hoat dong", "giai phap", "trach nhiem",
            "bien phap", "cac buoc", "lo trinh thuc hien cu the", "ke hoach hanh dong", "noi dung thuc hien",
            "noi dung ke hoach", "noi dung cong viec")
# Words that make an otherwise excluded heading ("II. NỘI DUNG VÀ GIẢI PHÁP") assign work after all.
_OVERRIDE = ("nhiem vu", "phan cong", "to chuc thuc hien", "giai phap", "noi dung thuc hien",
             "noi dung ke hoach", "noi dung cong viec")
# Headings whose items are not (folded, matched at the heading's start).
_EXCLUDE = ("muc dich", "yeu cau", "noi dung", "khau hieu", "mot so khau hieu", "tai lieu",
            "doi tuong", "quan diem", "chu de", "thoi gian", "lo trinh", "ket qua", "tinh hinh",
            "danh gia", "kinh phi", "bo cuc", "ben trong", "ben ngoai", "can cu", "pham vi",
            "muc tieu", "dinh huong", "tu nay", "dot ", "tuyen truyen noi dung")
# Explicit assignment anywhere in a paragraph: "Giao X chủ trì", "đề nghị các chi bộ … phối hợp".
_ASSIGN = re.compile(r"(?:^|[\s,;])(?P<verb>[Gg]iao(?:\s+cho)?|[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?=\S)")
_COLON_LEAD = re.compile(r"^(?P<unit>[^:]{3,120}?)\s*:\s+(?P<rest>\S.*)$")
# State blocks: "Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Trường Chính trị tỉnh."
_LEAD_NOTE = re.compile(r"(?:đơn\s+vị|cơ\s+quan)?\s*(?:chủ\s+trì|thực\s+hiện)\s*:\s*(?P<units>.+?)\s*(?:[.;]\s*(?:đơn\s+vị|cơ\s+quan)?\s*phối\s+hợp\b.*|\.\s|\.?$)", re.IGNORECASE)
_SUPPORT_NOTE = re.compile(r"(?:đơn\s+vị|cơ\s+quan)?\s*phối\s+hợp\s*:\s*(?P<units>.+?)\s*(?:\.\s|\.?$)", re.IGNORECASE)
# "phối hợp với X", "phối hợp cùng X", "phối hợp X", "phối hợp tuyên truyền với X"
_SUPPORT = re.compile(r"[Pp]hối\s+hợp(?:(?:\s+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+){0,2}?\s+(?:với|cùng))?\s+(?=\S)")
# "đề nghị các cơ quan báo chí Trung ương … phối hợp thực hiện": asked to help, so support.
_ASKED_TO_HELP = re.compile(r"đề\s+nghị\s+(?=\S)")
_FRONTED = re.compile(r"^(?:Tùy|Tuỳ|Trên cơ sở|Trong quá trình|Quá trình|Căn cứ)[^,]{0,80},\s+")
_WEB_HEADING = re.compile(r"(?:^|\s)[Tt]rên\s.*?\scủa\s+(?P<unit>(?:các|Các)\s.+)$")
_ACTION_START = re.compile(
    r"^(?:Chỉ đạo|Tổ chức|Xây dựng|Triển khai|Tham mưu|Hướng dẫn|Phối hợp|Chủ trì|Thực hiện|Tăng cường|"
    r"Đẩy mạnh|Tiếp tục|Biên soạn|Phát hành|Ban hành|Theo dõi|Kiểm tra|Báo cáo|Tuyên truyền|Vận động|"
    r"Mở|Đăng|Cổ vũ|Nắm|Rà soát|Hoàn thành|Duy trì|Thu thập|Chuẩn bị|Liên hệ|Chịu trách nhiệm|Quan tâm|"
    r"Bám sát|Căn cứ|Đưa|Treo|Thiết kế|Chủ động|Khuyến khích|Phát động|Đề nghị|Giao|Yêu cầu|Lựa chọn|"
    r"Sử dụng|Bố trí|Cung cấp|Nghiên cứu|Phổ biến|Quán triệt|Sơ kết|Tổng kết|Đánh giá|Lồng ghép|"
    r"Tập trung|Làm tốt|Thông tin|Giới thiệu|Xuất bản|In|Dâng|Tặng|Thăm|Gặp mặt|Đôn đốc|Giám sát|"
    r"Xử lý|Phát huy|Nâng cao|Bảo đảm|Đảm bảo|Củng cố|Kiện toàn|Đổi mới|Hỗ trợ|Tham gia|Hưởng ứng)\b"
)


@dataclass(frozen=True)
class _Ctx:
    where: Jurisdiction


def find_tasks(root: Node, *, where: Jurisdiction, issued_date: str | None = None) -> list[Task]:
    """Every task in the outline, in document order, with lead and support units and deadline."""
    ctx = _Ctx(where)
    tasks: list[Task] = []
    for node in root.walk():
        if node.kind == "row":
            row_task = _row_task(node, ctx, issued_date)
            if row_task:
                tasks.append(row_task)
            continue
        if node.kind in ("root", "annex", "doctype", "footnote", "header") or not _is_task(node):
            continue
        lead, support = _units_of(node, ctx)
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


# Column names of State task tables (folded): which column holds what.
_COLUMNS = {
    "text": ("nhiem vu", "noi dung", "hoat dong", "ten ", "cong viec", "giai phap"),
    "lead": ("chu tri", "thuc hien", "don vi thuc hien", "co quan thuc hien"),
    "support": ("phoi hop",),
    "due": ("thoi gian", "thoi han", "tien do", "hoan thanh"),
}


def _row_task(node: Node, ctx: _Ctx, issued_date: str | None) -> Task | None:
    """A data row of a task table ("| 1 | Tổ chức … | Sở … | Các sở … | Quý II/2025 |")."""
    header = table_header(node)
    if header is None or _in_closing(node):
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
    verdict = _section_verdict(node)
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
    lead, support = _units(get("lead") or None, ctx), _units(get("support") or None, ctx)
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


_TIME_NOTE = re.compile(r"^\(?\s*(?:thời\s+gian|thời\s+hạn|tiến\s+độ)", re.IGNORECASE)


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
        top_level = _preamble_parent(anc.parent)
        sources = [n for n in anc.notes] + ([anc] if anc.is_intro() and not top_level else [])
        for src in sources:
            inherited = _cached_deadline(src.text, src.start, issued_date)
            if inherited.kind != "none":
                return inherited.model_copy(deep=True)
    return own


def _preamble_parent(parent: Node | None) -> bool:
    """Directly under the document (or under its signing authority "THỦ TƯỚNG CHÍNH PHỦ"): preamble."""
    if parent is None or parent.kind in ("root", "doctype", "header"):
        return True
    if parent.kind != "caption":
        return False
    # "THỦ TƯỚNG CHÍNH PHỦ" (the signing authority) or "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" (the title's last line)
    title_line = parent.parent is not None and parent.parent.kind == "doctype" and not any(
        k in fold(parent.text) for k in _INCLUDE)
    return _unit_only(parent.text) or title_line


# "Kế hoạch này có hiệu lực kể từ ngày ký.", "Trên đây là Kế hoạch …": the document speaking of itself
_BOILERPLATE = re.compile(r"^(?:(?:Kế hoạch|Quyết định|Hướng dẫn|Chỉ thị|Công văn|Thông báo|Quy chế|Chương trình)"
                          r"\s+này\s+có\s+hiệu\s+lực|Trên\s+đây\s+là\b|Quyết\s+định\s+này\s+thay\s+thế)")
_CITING_OPENER = re.compile(r"^(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét đề nghị)\s+(?:(?:ý kiến chỉ đạo|tinh thần)\s+(?:của\s+)?)?"
                            r"(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Hướng dẫn|Thông tư|"
                            r"Công văn|Thông báo|Quy định|Đề án|Chương trình|Văn bản)\b")


def _in_closing(node: Node) -> bool:
    return any(a.kind == "closing" for a in node.ancestors())


def _section_verdict(node: Node) -> bool | None:
    """True when the nearest deciding heading assigns work, False when it is content/purpose.

    Bullets over sub-items can only exclude ("- Nội dung sinh hoạt"); "- Các hoạt động của Đại hội"
    is a theme, not a work section. Inside an annex only the annex's own title can include."""
    ancestors = node.ancestors()
    if any(a.kind == "annex" for a in ancestors):
        titles = [a for a in ancestors if a.kind in ("annex", "caption")]
        return True if any(any(k in fold(a.text) for k in _OVERRIDE) for a in titles) else False
    for anc in ancestors:
        if anc.kind == "para" and not anc.is_intro():
            continue
        verdict = _section_verdict_of(anc)
        if anc.kind == "para" and verdict is False:
            continue  # an intro ("Căn cứ …, thực hiện các nội dung sau:", "Thời gian tới, …") is no heading
        if verdict is False or (verdict is True and anc.kind != "bullet"):
            return verdict
    return None


def _section_verdict_of(heading: Node) -> bool | None:
    return _verdict_for(heading.kind, heading.text)


@lru_cache(maxsize=8192)
def _verdict_for(kind: str, text: str) -> bool | None:
    """Whether a heading of this kind and text assigns work; the same headings are asked for every item."""
    head = fold(text)
    if kind == "annex" and not any(k in head for k in _OVERRIDE):
        return False
    if head.startswith(_EXCLUDE) and not any(k in head for k in _OVERRIDE):
        return False
    return True if any(k in head for k in _INCLUDE) else None


def _has_item_children(node: Node) -> bool:
    return any((c.kind != "para" or c.is_intro()) and c.kind != "footnote" for c in node.children)


def _is_sentence(node: Node) -> bool:
    text = node.text.rstrip()
    return len(text.split()) >= 6 and text.endswith((".", ";", ")"))


def _is_task(node: Node) -> bool:
    text = node.text.strip()
    if node.kind == "article":
        # "Điều 2. Giao Sở … chủ trì …": an article that assigns work; "Điều 3. Các Bộ trưởng … chịu trách
        # nhiệm thi hành Quyết định này" and "có hiệu lực" are the decision's boilerplate.
        return (bool(_ASSIGN.search(text)) and _assignee(text) is not None
                and not re.search(r"chịu trách nhiệm thi hành|có hiệu lực", text))
    if len(text.split()) < 4 or node.kind in ("part", "roman", "caption") or _in_closing(node):
        return False
    if node.kind == "para" and _preamble_parent(node.parent):
        # Title lines and preamble: an instruction only when it names who must act (and is not the
        # intro of the items that say what: "… đề nghị X thực hiện một số nội dung sau:").
        return (bool(_ASSIGN.search(text)) and _assignee(text) is not None
                and not (text.endswith(":") and _has_item_children(node)))
    verdict = _section_verdict(node)
    if any(_LEAD_NOTE.match(n.text) for n in node.notes) and not _has_item_children(node):
        return True  # "Đơn vị chủ trì: …" under it: an assignment, whatever the section is called
    if any(c.kind != "footnote" for c in node.children):
        # A heading over sub-items is not itself a task; a sentence followed only by paragraphs is.
        if _has_item_children(node) or not _is_sentence(node) or _unit_only(text):
            return False
    if text.endswith(":") and not node.notes:
        return False
    if re.match(r"^(?:Thực hiện\s+)?(?:theo|như)\s+(?:nội dung\s+)?Phụ lục", text) and len(text.split()) <= 10:
        return False  # "Thực hiện theo Phụ lục 02 (gửi kèm)": a pointer, the work is in the annex
    if _BOILERPLATE.match(text):
        return False
    if text.startswith("(") and text.endswith(")"):
        return False  # "(Kèm theo Quyết định số …)", "(Đề cương … gửi tới …)": captions and asides
    if _unit_only(text):
        return False
    if verdict is False:
        if node.kind == "para" and bool(_ASSIGN.search(text)) and _assignee(text) is not None:
            return True
        # "- Tuyên truyền trên báo chí: Báo Cao Bằng, Đài … xây dựng chuyên trang": a form of propaganda that
        # names who must do it is work, even under "NỘI DUNG VÀ HÌNH THỨC".
        if any(a.kind == "annex" for a in node.ancestors()) or text.endswith("!"):
            return False
        return _named_actor(text) is not None
    if verdict is True:
        return True
    # Outside any recognised section: only what reads as an instruction.
    if node.kind == "para" and not node.ancestors():
        return bool(_ASSIGN.search(text)) and _assignee(text) is not None
    if _CITING_OPENER.match(text) and not (_ASSIGN.search(text) and _assignee(text)):
        return False  # "Căn cứ Nghị định số …;", "Thực hiện Kế hoạch số …": the basis, not work
    return bool(_ACTION_START.match(text) or unit_prefix(text) or _ASSIGN.search(text))


def _named_actor(text: str) -> str | None:
    """A unit that opens the item, or follows its label ("Tuyên truyền trực quan: Sở … chỉ đạo …"),
    followed by what it must do."""
    for candidate in (text, text.split(":", 1)[1].strip() if ":" in text[:120] else ""):
        prefix = unit_prefix(candidate) if candidate else None
        rest = candidate[len(prefix):].lstrip(" ,") if prefix else ""
        # an actor acts: "… được vinh danh", "… là …", "… của …" describe, they assign nothing
        if prefix and len(rest) > 3 and not re.match(r"^(?:được|là|của|đã|sẽ|và|trong|có|bị|đối với)\b", rest):
            return prefix
    return None


def _unit_only(text: str) -> bool:
    """A heading that is just a unit's name: "2.2. Sở Văn hóa, Thể thao và Du lịch"."""
    head = text.rstrip(" :.")
    if not looks_like_unit(head):
        return False
    prefix = unit_prefix(head)
    return prefix is not None and len(prefix) >= len(head) - 2


def _assignee(text: str) -> str | None:
    for m in _ASSIGN.finditer(text):
        phrase = phrase_after(text, m.end())
        if phrase and looks_like_unit(phrase):
            return phrase
    return None


def _units(phrase: str | None, ctx: _Ctx) -> list[Unit]:
    if not phrase:
        return []
    level = level_of(phrase)
    return [resolve(p, where=ctx.where, level=level) for p in split_units(phrase) if len(p) > 2]


_INLINE_LEAD = re.compile(r"(?:[Đđ]ơn\s+vị|[Cc]ơ\s+quan)\s+(?:chủ\s+trì|thực\s+hiện)\s*:\s*(?P<units>[^;.)]+)")
_INLINE_SUPPORT = re.compile(r"(?:[Đđ]ơn\s+vị|[Cc]ơ\s+quan)\s+phối\s+hợp\s*:\s*(?P<units>[^;.)]+)")


def _own_lead(node: Node) -> str | None:
    inline = _INLINE_LEAD.search(node.text)
    if inline:
        return inline.group("units")
    for note in node.notes:
        m = _LEAD_NOTE.match(note.text)
        if m:
            return m.group("units")
        if fold(note.text).startswith("giao "):
            found = _assignee(note.text)
            if found:
                return found
    text = node.text.strip()
    m = _COLON_LEAD.match(text)
    if m and looks_like_unit(m.group("unit")) and len(m.group("unit").split()) <= 25:
        return m.group("unit")
    prefix = unit_prefix(text) if not fold(text).startswith(("de nghi", "yeu cau")) else None
    if prefix:
        # "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì …": the one who assigns is not the one who acts.
        after = text[len(prefix):].lstrip(" ,")
        if re.match(r"^(?:giao|đề nghị|yêu cầu)\s", after):
            assigned = _assignee(after)
            if assigned:
                return assigned
        return prefix
    m = _COLON_LEAD.match(text)
    actor = _named_actor(m.group("rest")) if m else None
    if actor:
        return actor
    if text.startswith("Giao"):
        return _assignee(text)
    m = _FRONTED.match(text)
    if m:
        rest = text[m.end():]
        prefix = unit_prefix(rest)
        if prefix:
            return prefix
    # "Hoàn thiện cơ chế, chính sách; Ủy ban nhân dân tỉnh chỉ đạo rà soát …": the clause after ';'
    for m in re.finditer(r";\s+", text):
        prefix = unit_prefix(text[m.end():])
        if prefix and not fold(text[m.end():]).startswith(("de nghi", "yeu cau")):
            return prefix
    # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo …": the subject
    # comes after a long fronted clause; take the first clause that opens with a group ("các …").
    if re.match(r"^(?:Trong|Quá trình|Nếu|Khi|Trường hợp|Tùy|Tuỳ|Căn cứ|Trên cơ sở)\b", text):
        assigned = _assignee(text)
        if assigned:
            return assigned  # "Trên cơ sở Kế hoạch này đề nghị các chi bộ, …": the one asked
        for m in re.finditer(r",\s+(?=[Cc]ác\s|[A-ZĐ])", text[:300]):
            prefix = unit_prefix(text[m.end():])
            if prefix and looks_like_unit(prefix):
                return prefix
    return None


def _heading_lead(node: Node) -> str | None:
    text = node.text.strip().rstrip(":.")
    for note in node.notes:
        found = _assignee(note.text) if fold(note.text).startswith("giao ") else None
        if found:
            return found
    if _unit_only(text):
        # A unit in capitals without a number ("THỦ TƯỚNG CHÍNH PHỦ") is a signing authority, not a heading.
        return None if node.kind == "caption" else text
    lead = _own_lead(node)
    if lead:
        return lead
    m = _WEB_HEADING.search(text)
    if m:
        return m.group("unit")
    found = _assignee(text)
    if found and (fold(text).startswith(("giao", "de nghi", "yeu cau")) or node.is_intro()):
        return found  # "…, Ban Tuyên giáo Tỉnh ủy đề nghị các huyện ủy … thực hiện một số nội dung sau:"
    return None


def _support_of(text: str) -> str | None:
    for m in _SUPPORT.finditer(text):
        phrase = phrase_after(text, m.end())
        if phrase and looks_like_unit(phrase, bare_groups=True):
            return phrase
    for m in _ASKED_TO_HELP.finditer(text):
        phrase = phrase_after(text, m.end())
        if phrase and looks_like_unit(phrase) and re.match(r"\s*phối\s+hợp", text[m.end() + len(phrase):]):
            return phrase
    return None


def _own_support(node: Node) -> str | None:
    inline = _INLINE_SUPPORT.search(node.text)
    if inline:
        return inline.group("units")
    for note in node.notes:
        m = _SUPPORT_NOTE.search(note.text)
        if m:
            return m.group("units")
    return _support_of(node.full_text)


def _units_of(node: Node, ctx: _Ctx) -> tuple[list[Unit], list[Unit]]:
    lead_phrase = _own_lead(node)
    support_phrase = _own_support(node)
    if lead_phrase is None:
        for anc in node.ancestors():
            if anc.kind == "header" or anc.kind in ("roman", "part", "article", "annex", "closing", "caption") and _section_verdict_of(anc) is False:
                break
            if support_phrase is None and (anc.is_intro() or anc.notes):
                support_phrase = _own_support(anc)
            lead_phrase = _heading_lead(anc)
            if lead_phrase:
                break
    if lead_phrase is None:
        lead_phrase = _assignee(node.text)
    lead = _units(lead_phrase, ctx)
    support = [u for u in _units(support_phrase, ctx) if fold(u.canonical) not in {fold(x.canonical) for x in lead}]
    return lead, support
