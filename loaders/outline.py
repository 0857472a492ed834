"""The outline of a document: its headings, numbered and lettered items, bullets and paragraphs
as a tree, each node with its span in the normalised text. Tasks, periods and sections read it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.folding import fold
from loaders.units import unit_prefix

_MARKER = re.compile(
    r"""^(?:
        (?P<annex>PH[ỤU]\s*L[ỤU]C\b.*)                       # "PHỤ LỤC 01"
      | (?P<closing>(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*:?.*|(?:T/M|TM\.|KT\.|Q\.\s|TL\.)\s*[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ].*)   # "Nơi nhận:", "T/M BAN THƯỜNG VỤ"
      | (?P<part>(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+[IVXLC0-9]+\b)[.:\-–]?\s*   # "Phần I", "Chương II"
      | (?P<article>Điều\s+\d+)[.:]\s*                      # "Điều 1. Ban hành kèm theo …"
      | (?P<roman>[IVXLC]{1,6})(?![/][Vv]\b)\s*[.\-–/)]\s*     # "I- MỤC ĐÍCH", "III. TỔ CHỨC THỰC HIỆN" (not "V/v")
      | (?P<capital>[A-H])[.\-–)]\s+(?=[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]{2})           # "A. MỤC ĐÍCH, YÊU CẦU" (parts by capital letter)
      | (?P<number>\d{1,2}(?:\s?\.\s?\d{1,2}){0,4})(?:\.|\)|\s?-)?\s+(?=\S)   # "1.", "1.1.", "2.1.2 ", "1)", "1- "
      | (?P<letter>[a-zđ])(?:\)|\s?-\s|\.(?=\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]))\s*   # "a)", "đ)", "a- ", "a. Ban hành"
      | \((?P<paren>\d{1,2}|[a-zđ])\)\s*                     # "(1) Hội nghị thứ nhất"
      | (?P<bullet>[-+•–]|\*)(?:\s*[-+•–])?\s+                # "- ", "+ ", "- + "
    )""",
    re.VERBOSE,
)
# Lines that annotate the item above them instead of starting a new one.
_ANNOTATION = re.compile(
    r"""^\(?\s*(?:
        giao\s                                   # "Giao Văn phòng Tỉnh ủy chủ trì …"
      | thời\s+gian(?:\s+thực\s+hiện|\s+hoàn\s+thành)?\s*:   # "Thời gian thực hiện: Quý II/2025"
      | (?:đơn\s+vị|cơ\s+quan)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)\s*:   # State plans' blocks
      | chủ\s+trì\s*:|phối\s+hợp\s*:
      | (?:sản\s+phẩm|kết\s+quả\s+đầu\s+ra|kinh\s+phí|tiến\s+độ|thời\s+hạn|số\s+lượng|thông\s+số|tần\s+suất|
         quy\s+mô|địa\s+điểm|thành\s+phần)\b[^:]{0,80}:       # "Số lượng: 5.000 cuốn.", "Thông số, tần suất …:"
      | hình\s+thức\s*:                         # "- Hình thức: In tài liệu cấp phát …" (after "- Nội dung: …")
    )""",
    re.VERBOSE | re.IGNORECASE,
)

# What an item that assigns work opens with: its action.
ACTION_START = re.compile(
    r"^(?:Chỉ đạo|Tổ chức|Xây dựng|Triển khai|Tham mưu|Hướng dẫn|Phối hợp|Chủ trì|Thực hiện|Tăng cường|"
    r"Đẩy mạnh|Tiếp tục|Biên soạn|Phát hành|Ban hành|Theo dõi|Kiểm tra|Báo cáo|Tuyên truyền|Vận động|"
    r"Mở|Đăng|Cổ vũ|Nắm|Rà soát|Hoàn thành|Duy trì|Thu thập|Chuẩn bị|Liên hệ|Chịu trách nhiệm|Quan tâm|"
    r"Bám sát|Căn cứ|Đưa|Treo|Thiết kế|Chủ động|Khuyến khích|Phát động|Đề nghị|Giao|Yêu cầu|Lựa chọn|"
    r"Sử dụng|Bố trí|Cung cấp|Nghiên cứu|Phổ biến|Quán triệt|Sơ kết|Tổng kết|Đánh giá|Lồng ghép|"
    r"Tập trung|Làm tốt|Thông tin|Giới thiệu|Xuất bản|In|Dâng|Tặng|Thăm|Gặp mặt|Đôn đốc|Giám sát|"
    r"Xử lý|Phát huy|Nâng cao|Bảo đảm|Đảm bảo|Củng cố|Kiện toàn|Đổi mới|Hỗ trợ|Tham gia|Hưởng ứng|"
    r"Huy động|Khẩn trương|Tiếp thu|Hoàn thiện|Khắc phục|Khảo sát|Cập nhật|Trình|Đề xuất|Tổng hợp|Ưu tiên|"
    r"Thiết lập|Nâng cấp|Lắp đặt|Ứng dụng|Thử nghiệm|Đào tạo|Bồi dưỡng|Tập huấn|Tuân thủ|Chấp hành|Điều chỉnh|"
    r"Sửa đổi|Lập|Tiếp nhận|Chi trả|Xuất cấp|Quản lý|Vận hành|Bảo vệ|Phòng chống|Phòng, chống|Ngăn chặn|"
    r"Tạo điều kiện|Tích cực|Thường xuyên|Định kỳ|Kịp thời|Sớm|Nghiêm túc|Quyết liệt|Rà soát|Thống kê|"
    r"Cấp|Gửi|Phân bổ|Phân công|Ký|Thành lập|Xác định|Tiến hành|Công bố|Niêm yết|Tạm dừng|Dừng|Tăng|Giảm)\b"
)
_TYPE_HEADINGS = {fold(t) for t in (
    "Kế hoạch", "Chỉ thị", "Nghị quyết", "Kết luận", "Hướng dẫn", "Quyết định", "Quy định", "Đề án",
    "Thông báo", "Báo cáo", "Chương trình", "Chương trình hành động", "Quy chế", "Đề cương",
)}
# Section titles that stand alone on a line (bold in the original) without a number.
_SECTION_TITLES = {fold(t) for t in (
    "Tổ chức thực hiện", "Nhiệm vụ cụ thể", "Phân công nhiệm vụ", "Nhiệm vụ và giải pháp", "Nhiệm vụ, giải pháp",
    "Mục đích, yêu cầu", "Mục đích yêu cầu", "Nội dung tuyên truyền", "Nội dung", "Các hoạt động tuyên truyền",
    "Thời gian thực hiện", "Kinh phí thực hiện", "Kinh phí", "Chế độ thông tin, báo cáo", "Hình thức tuyên truyền",
)}
_RECIPIENTS = re.compile(r"^(?:Kính\s+gửi|KÍNH\s+GỬI)\b|^[A-ZĐ][^a-zđ:]{3,60}\s+điện\s*:\s*$")
_BLOCK_NOTE = re.compile(r"^(?:đơn\s+vị|cơ\s+quan|thời\s+gian)", re.IGNORECASE)

_NUMBER_RANK = 1.0  # number depth d has rank 1 + d
_LETTER_RANK = 10.0
_BULLET_RANK = 12.0
_PAREN_RANK = 12.5
_PLUS_RANK = 13.0


@dataclass
class Node:
    kind: str  # root, annex, part, article, roman, number, letter, paren, bullet, para
    label: str  # the marker as written: "II", "1.2", "a", "-", ""
    text: str  # the line without its marker
    start: int  # span of `text` in the normalised text
    end: int
    rank: float
    children: list["Node"] = field(default_factory=list)
    notes: list["Node"] = field(default_factory=list)  # annotation lines ("Thời gian thực hiện: …")
    parent: "Node | None" = field(default=None, repr=False)
    header: "Node | None" = field(default=None, repr=False)  # a table row's first row, set when parsed

    @property
    def full_text(self) -> str:
        return " ".join([self.text, *(n.text for n in self.notes)])

    @property
    def full_end(self) -> int:
        return self.notes[-1].end if self.notes else self.end

    def ancestors(self) -> list["Node"]:
        out, node = [], self.parent
        while node is not None and node.kind != "root":
            out.append(node)
            node = node.parent
        return out

    def walk(self):
        for child in self.children:
            yield child
            yield from child.walk()

    def is_intro(self) -> bool:
        return self.text.rstrip().endswith(":")


def _classify(line: str) -> tuple[str, str, str, float]:
    if line[:1] in "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079":
        return "footnote", line[:1], line[1:].strip(), _PLUS_RANK + 1  # "¹ Việc sử dụng cờ Đảng …"
    if line.startswith("|") and line.rstrip().endswith("|") or line.count(" | ") >= 2 or line.count("|") >= 3:
        # "| 1 | Tổ chức … | Sở … |", or a GitHub table without its outer pipes: "1 | Tổ chức … | Sở …"
        if re.fullmatch(r"[|\s:\-–]+", line):
            return "rule", "", line, _BULLET_RANK
        return "row", "", line, _PLUS_RANK + 1
    if line.isupper() and fold(line.rstrip(":")) in _TYPE_HEADINGS:
        # "KẾ HOẠCH" inside a decision: the attached document starts here.
        return "doctype", "", line, -1.0
    m = _MARKER.match(line)
    if not m:
        # cheap tests first: most lines are long prose, and the letter scan is the costly one
        if (len(line) <= 160 and len(line.split()) >= 2 and not line.rstrip().endswith(("!", ",", ";"))
                and (letters := [c for c in line if c.isalpha()]) and all(c.isupper() for c in letters)):
            # A heading in capitals without a number: "TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ".
            return "caption", "", line, 0.0
        if len(line) <= 60 and line[-1:] not in ".;:,!?" and fold(line) in _SECTION_TITLES:
            return "caption", "", line, 0.0  # "**Tổ chức thực hiện**" once its bold is gone
        return "para", "", line, _BULLET_RANK
    kind = m.lastgroup or "para"
    rest = line[m.end():].strip()
    if kind == "annex":
        return "annex", "", line, -1.0
    if kind == "closing":
        return "closing", "", line, -1.0
    if kind == "part":
        return "part", m.group("part"), rest, -0.5
    if kind == "article":
        return "article", m.group("article"), rest, 0.0
    if kind == "capital":
        if not rest.isupper():
            return "para", "", line, _BULLET_RANK
        return "part", m.group("capital"), rest, -0.5
    if kind == "roman":
        if not rest or (len(m.group("roman")) == 1 and m.group("roman") in "CLV" and not rest[:1].isupper()):
            return "para", "", line, _BULLET_RANK
        return "roman", m.group("roman"), rest, 0.0
    if kind == "number":
        label = re.sub(r"\s", "", m.group("number"))
        depth = label.count(".") + 1
        closer = line[len(m.group("number")):].lstrip()[:1]
        if closer == ")" and depth == 1:
            # "1)" numbers the items under a "1." heading: one level below it
            return "paren", label, rest, _PAREN_RANK
        # "2023 - 2024" or "30/4/2020" never reach here; a bare "5 " followed by a lowercase
        # word is prose ("5 năm qua"), not an item.
        if not rest or (not line[len(m.group("number")):].lstrip().startswith((".", ")", "-")) and depth == 1):
            return "para", "", line, _BULLET_RANK
        return "number", label, rest, _NUMBER_RANK + depth
    if kind == "letter":
        return "letter", m.group("letter"), rest, _LETTER_RANK
    if kind == "paren":
        return "paren", m.group("paren"), rest, _PAREN_RANK
    symbol = m.group("bullet")
    if not rest:
        return "para", "", line, _BULLET_RANK
    return "bullet", symbol, rest, _PLUS_RANK if symbol == "+" else _BULLET_RANK


def parse_outline(text: str) -> Node:
    """The tree of a normalised text. Each line is one node; annotation lines attach to the item above."""
    root = Node("root", "", "", 0, 0, -2.0)
    lines: list[tuple[str, str, str, float, int, int]] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            kind, label, body, rank = _classify(stripped)
            start = offset + raw.find(stripped) + (len(stripped) - len(body) if body != stripped else 0)
            lines.append((kind, label, body, rank, start, start + len(body)))
        offset += len(raw) + 1

    stack: list[Node] = [root]
    last: Node | None = None
    in_body = False
    recipients: Node | None = None  # "Kính gửi:" and the addressees listed under it
    for i, (kind, label, body, rank, start, end) in enumerate(lines):
        if recipients is not None:
            if kind == "bullet" or (kind == "para" and recipients.notes and not recipients.notes[-1].text.rstrip().endswith((".", ";"))
                                    and body[:1].islower()):
                recipients.notes.append(Node("note", label, body, start, end, rank))
                continue
            recipients = None
        if kind == "para" and _RECIPIENTS.match(body):
            # "Kính gửi: …", "THỦ TƯỚNG CHÍNH PHỦ điện:": who the letter is sent to, never work
            recipients = Node("recipients", "", body, start, end, rank, parent=stack[-1])
            stack[-1].children.append(recipients)
            in_body = True
            continue
        # Capitals above the body are the header block ("UBND TỈNH …", "SỞ …"), not section headings.
        if not in_body:
            if kind in ("doctype", "roman", "number", "article", "part") or (
                    kind == "para" and re.match(r"^(?:Thực hiện|Căn cứ|Kính gửi|Triển khai|Tại phiên|Theo đề nghị)", body)) or (
                    kind == "caption" and fold(body) in _SECTION_TITLES):
                # a section's title ("Tổ chức thực hiện") is no letterhead: an extract may open with it
                in_body = True
            elif kind == "caption":
                kind, rank = "header", -1.0
        if (last is not None and kind in ("para", "bullet") and _ANNOTATION.match(body) and last.kind != "root"
                and not (body[:4].lower() == "giao" and (kind == "bullet" or not _ends_sentence(last)
                                                          and len(body.split()) > 20))):
            # "Giao X chủ trì …" annotates the item sentence above it; as a bullet of its own, or under a
            # heading ("5. Xây dựng đề án …" + "Giao Quân ủy Trung ương …"), it is an item itself.
            target = last
            # "a) …  b) …" then "Đơn vị chủ trì: …" as a plain line: the block belongs to the item above
            # the lettered sub-items, not to the last of them.
            if (kind == "para" and _BLOCK_NOTE.match(body) and last.kind in ("letter", "paren")
                    and last.parent is not None and len(last.parent.children) > 1 and last.parent.kind != "root"):
                target = last.parent
            # "- sub-item a", "- sub-item b", "- Đơn vị chủ trì: …": a bullet cannot annotate its own
            # sibling, so the block belongs to the item the bullets hang under.
            elif (kind == "bullet" and _BLOCK_NOTE.match(body) and last.kind == "bullet" and last.label == label
                    and last.parent is not None and last.parent.kind not in ("root", "doctype", "header")):
                target = last.parent
            target.notes.append(Node("note", label, body, start, end, rank))
            continue
        if kind == "para" and body.endswith(":"):
            # An intro ("… các nội dung sau:") holds the items that follow it, one rank above them.
            nxt = next((ln for ln in lines[i + 1:i + 2]), None)
            if nxt and nxt[0] in ("bullet", "letter", "paren", "number") and nxt[3] > stack[-1].rank:
                rank = nxt[3] - 0.5
        if kind == "rule":
            continue
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        node = Node(kind, label, body, start, end, rank, parent=stack[-1])
        siblings = stack[-1].children
        if kind == "row" and siblings and siblings[-1].kind == "row":
            node.header = siblings[-1].header or siblings[-1]  # once per row, not a walk back per row
        siblings.append(node)
        if kind not in ("para", "row", "footnote") or (kind == "para" and node.rank != _BULLET_RANK):
            stack.append(node)
        last = node
    _absorb_continuations(root)
    _absorb_schedules(root)
    _lift_group_times(root)
    return root


_ITEM_KINDS = ("bullet", "letter", "paren", "number")
# Paragraphs that speak for themselves after a list: the document's closing words ("Trong quá trình
# thực hiện, nếu có vướng mắc …", "Trên đây là …", "Văn phòng Chính phủ thông báo để … biết"), or a
# new assignment ("Giao …", "Yêu cầu …", "Đề nghị …", "Ủy ban nhân dân tỉnh yêu cầu …").
_OWN_PARAGRAPH = re.compile(
    r"""^(?:
        (?:Trong|Quá)\s+(?:quá\s+trình|trình|khi)\b          # "Trong quá trình thực hiện, …"
      | Trên\s+đây\s+là\b | Nếu\s+có\s+(?:khó\s+khăn|vướng\s+mắc)\b
      | (?:Kế\s+hoạch|Quyết\s+định|Hướng\s+dẫn|Chỉ\s+thị|Công\s+văn|Thông\s+báo|Quy\s+chế|Quy\s+định|Chương\s+trình|
         Nghị\s+quyết|Kết\s+luận|Công\s+điện)\s+này\b     # "Kế hoạch này có hiệu lực kể từ ngày ký."
      | (?:Giao|Yêu\s+cầu|Đề\s+nghị|Khuyến\s+khích)\s         # an assignment of its own
      | [^.;:]{3,120}?\s(?:yêu\s+cầu|đề\s+nghị|giao|thông\s+báo\s+để|trân\s+trọng\s+đề\s+nghị)\s
    )""",
    re.VERBOSE,
)


def _absorb_continuations(node: Node) -> None:
    """A paragraph without a marker right after a list item goes on with that item ("b) Trình Thủ
    tướng …" + "Việc giảm lãi suất áp dụng … đến hết ngày 31/12/2025"): it becomes one of the item's
    notes, so the item's text, units and deadline include it."""
    kept: list[Node] = []
    for child in node.children:
        host = None
        if child.kind == "para" and not child.children and _continues(child):
            if kept and _item_sentence(kept[-1]) and not _holds_items(kept[-1]):
                host = kept[-1]
            elif not any(k.kind != "para" for k in kept) and _item_sentence(node):
                host = node
        if host is not None:
            host.notes.append(Node("note", "", child.text, child.start, child.end, child.rank))
            continue
        kept.append(child)
        _absorb_continuations(child)
    node.children = kept


def _continues(para: Node) -> bool:
    """A paragraph that goes on with the item before it: not an intro, a closing, an assignment,
    an action of its own ("Chủ trì, phối hợp …") or a unit's own sentence ("Sở Nội vụ tổ chức …")."""
    text = para.text
    return not (para.is_intro() or _OWN_PARAGRAPH.match(text) or ACTION_START.match(text) or unit_prefix(text))


def _item_sentence(node: Node) -> bool:
    """A list item that says something ("c) Phát huy … Thủ tướng Chính phủ."), not a heading over
    paragraphs ("1. Ban Tuyên giáo Huyện uỷ", "1.2. Hỗ trợ khẩn cấp về nhà ở")."""
    return node.kind in _ITEM_KINDS and _ends_sentence(node) and not node.is_intro()


def _ends_sentence(node: Node) -> bool:
    text = (node.notes[-1] if node.notes else node).text.rstrip(" )”\"'*")
    return text[-1:] in ".;!?…"


# An intro that sets out the schedule of the item before it: "- Đảng uỷ Chính phủ khẩn trương triển
# khai thực hiện, bảo đảm tiến độ cụ thể như sau:" + "+ Báo cáo … chậm nhất ngày 09/3/2025." …
_SCHEDULE = re.compile(r"\b(?:tiến\s+độ|lộ\s+trình|thời\s+gian\s+(?:thực\s+hiện|hoàn\s+thành))\b[^:,;]*:$", re.IGNORECASE)


def _absorb_schedules(node: Node) -> None:
    """A schedule intro and its steps belong to the item before it: they say when that work is due,
    they are not new work."""
    kept: list[Node] = []
    for child in node.children:
        prev = kept[-1] if kept else None
        if (prev is not None and child.children and child.is_intro() and _SCHEDULE.search(child.text)
                and prev.kind in _ITEM_KINDS and not prev.children and not prev.is_intro()):
            for part in [child, *child.walk()]:
                prev.notes.append(Node("note", part.label, part.text, part.start, part.end, part.rank))
                prev.notes.extend(part.notes)
            continue
        kept.append(child)
        _absorb_schedules(child)
    node.children = kept


TIME_NOTE = re.compile(r"^\(?\s*(?:thời\s+gian|thời\s+hạn|tiến\s+độ)", re.IGNORECASE)


def _lift_group_times(node: Node) -> None:
    """A time line after the last sub-item, where the document gives one time line per item of the
    parent's rank, is the parent's: it says when the whole group is due ("- Phối hợp hướng dẫn …
    Trong đó: + Sở Xây dựng: … + Sở Công Thương: … Thời gian thực hiện: Từ tháng 11/2025 …"), not the
    last sub-item alone."""
    items = [c for c in node.children if c.kind in _ITEM_KINDS]
    for child in items:
        subs = [c for c in child.children if c.kind in _ITEM_KINDS]
        if (len(subs) >= 2 and subs[-1].notes and TIME_NOTE.match(subs[-1].notes[-1].text)
                and not any(TIME_NOTE.match(n.text) for s in subs[:-1] for n in s.notes)
                and not any(TIME_NOTE.match(n.text) for n in child.notes)
                and any(TIME_NOTE.match(n.text) for sib in items if sib is not child for n in sib.notes)):
            child.notes.append(subs[-1].notes.pop())
    for child in node.children:
        _lift_group_times(child)


def _holds_items(node: Node) -> bool:
    return any(c.kind != "para" or c.is_intro() for c in node.children)


def cells(node: Node) -> list[str]:
    """The cells of a table row: "| 1 | Tổ chức … | Sở Nội vụ |" → ["1", "Tổ chức …", "Sở Nội vụ"]."""
    return [c.strip() for c in node.text.strip().strip("|").split("|")]  # outer pipes optional


def table_header(node: Node) -> Node | None:
    """The first row of the table a row belongs to (its column names); None for that first row."""
    return node.header


def heading_path(node: Node) -> list[str]:
    """The texts of the headings above a node, outermost first."""
    return [a.text for a in reversed(node.ancestors()) if a.kind not in ("para", "row") or a.is_intro()]


def is_annex(node: Node) -> bool:
    """Inside an annex, or in the closing block (recipients, signature) of the body."""
    return any(a.kind in ("annex", "closing") for a in node.ancestors())
