"""Leads: which units an item names to lead its work and which to support it — from its own
annotation lines ("Đơn vị chủ trì: …", "Giao X chủ trì"), the unit it opens with ("Tỉnh Đoàn thanh
niên: Chủ trì …", "Sở Nội vụ tham mưu …"), or the nearest heading or intro above it that names one
("2.2. Sở Văn hóa, Thể thao và Du lịch"); support after "phối hợp (với)".
"""
from __future__ import annotations

import re

from graph.folding import fold
from graph.models import Unit
from loaders.outline import ACTION_START, Node
from loaders.sections import verdict_of
from loaders.units import Jurisdiction, level_of, looks_like_unit, phrase_after, resolve, split_units, unit_only, unit_prefix

# Explicit assignment anywhere in a paragraph: "Giao X chủ trì", "đề nghị các chi bộ … phối hợp".
ASSIGN = re.compile(r"(?:^|[\s,;])(?P<verb>[Gg]iao(?:\s+cho)?|[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Kk]huyến\s+khích)\s+(?=\S)")
_COLON_LEAD = re.compile(r"^(?P<unit>[^:]{3,120}?)\s*:\s+(?P<rest>\S.*)$")
# State blocks: "Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Trường Chính trị tỉnh."
LEAD_NOTE = re.compile(r"(?:đơn\s+vị|cơ\s+quan)?\s*(?:chủ\s+trì|thực\s+hiện)\s*:\s*(?P<units>.+?)\s*(?:[.;]\s*(?:đơn\s+vị|cơ\s+quan)?\s*phối\s+hợp\b.*|\.\s|\.?$)", re.IGNORECASE)
_SUPPORT_NOTE = re.compile(r"(?:đơn\s+vị|cơ\s+quan)?\s*phối\s+hợp\s*:\s*(?P<units>.+?)\s*(?:\.\s|\.?$)", re.IGNORECASE)
# "phối hợp với X", "phối hợp cùng X", "phối hợp X", "phối hợp tuyên truyền với X"
_SUPPORT = re.compile(r"[Pp]hối\s+hợp(?:(?:\s+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+){0,2}?\s+(?:với|cùng))?\s+(?=\S)")
# "đề nghị các cơ quan báo chí Trung ương … phối hợp thực hiện": asked to help, so support.
_ASKED_TO_HELP = re.compile(r"đề\s+nghị\s+(?=\S)")
_RELAYED = re.compile(r"^chỉ\s+đạo\s+(?P<unit>.+?)\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)\s+(?:tốt\s+)?"
                      r"(?:các|những|một\s+số)\s+(?:nội\s+dung|nhiệm\s+vụ|công\s+việc)[^:]{0,40}:\s*$")
_CLAUSE = re.compile(r"(?:;|\.(?!\d))\s+(?=[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]|[Cc]ác\s)")
# "Đề nghị X; Y; Z: tổ chức …": the units asked, listed up to the colon that opens their work
_ASKED_LIST = re.compile(r"^(?:Đề\s+nghị|Yêu\s+cầu|Giao)\s+(?P<units>[^:]{8,700}?)\s*:\s+(?P<work>\S.*)$", re.DOTALL)
_FRONTED = re.compile(r"^(?:Tùy|Tuỳ|Trên cơ sở|Trong quá trình|Quá trình|Căn cứ)[^,]{0,80},\s+")
# "Trách nhiệm của đối tượng thực hiện kiểm kê:", "Nhiệm vụ của các cơ quan quản lý cấp trên (bao gồm …)":
# a heading over items names whoever carries them out, known unit or not.
_DUTY_HEADING = re.compile(r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ)\s+của\s+(?P<unit>[^():;]{4,90}?)\s*(?:\(.*)?$")
_WEB_HEADING = re.compile(r"(?:^|\s)[Tt]rên\s.*?\scủa\s+(?P<unit>(?:các|Các)\s.+)$")


def named_actor(text: str) -> str | None:
    """A unit that opens the item, or follows its label ("Tuyên truyền trực quan: Sở … chỉ đạo …"),
    followed by what it must do."""
    for candidate in (text, text.split(":", 1)[1].strip() if ":" in text[:120] else ""):
        prefix = unit_prefix(candidate) if candidate else None
        rest = candidate[candidate.find(prefix) + len(prefix):].lstrip(" ,:") if prefix else ""
        # an actor acts ("… phối hợp với …", "… chỉ đạo treo …"); "… được vinh danh", "…: Không quá 05 cá
        # nhân", "… mỗi đơn vị đề nghị không quá …" describe, they assign nothing
        if prefix and len(rest) > 3 and ACTION_START.match(rest[:1].upper() + rest[1:]):
            return prefix
    return None


def assignee(text: str) -> str | None:
    for m in ASSIGN.finditer(text):
        phrase = phrase_after(text, m.end())
        if phrase and looks_like_unit(phrase):
            return phrase
    return None


def units(phrase: str | None, where: Jurisdiction) -> list[Unit]:
    if not phrase:
        return []
    level = level_of(phrase)
    return [resolve(p, where=where, level=level) for p in split_units(phrase) if len(p) > 2]


_INLINE_LEAD = re.compile(r"(?:[Đđ]ơn\s+vị|[Cc]ơ\s+quan)\s+(?:chủ\s+trì|thực\s+hiện)\s*:\s*(?P<units>[^;.)]+)")
_INLINE_SUPPORT = re.compile(r"(?:[Đđ]ơn\s+vị|[Cc]ơ\s+quan)\s+phối\s+hợp\s*:\s*(?P<units>[^;.)]+)")


def _own_lead(node: Node) -> str | None:
    inline = _INLINE_LEAD.search(node.text)
    if inline:
        return inline.group("units")
    for note in node.notes:
        m = LEAD_NOTE.match(note.text)
        if m:
            return m.group("units")
        if fold(note.text).startswith("giao "):
            found = assignee(note.text)
            if found:
                return found
    text = node.text.strip()
    asked = _ASKED_LIST.match(text)
    work = asked.group("work") if asked else ""
    if asked and looks_like_unit(asked.group("units")) and ACTION_START.match(work[:1].upper() + work[1:]):
        # "Đề nghị các cơ quan chuyên môn …; Văn phòng Đoàn …; các Hội được … giao nhiệm vụ …; Hội đồng nhân dân,
        # Ủy ban nhân dân các xã, phường và đặc khu: tổ chức triển khai …": everything before the colon is asked
        return asked.group("units")
    m = _COLON_LEAD.match(text)
    if m and looks_like_unit(m.group("unit")) and len(m.group("unit").split()) <= 25:
        return m.group("unit")
    prefix = unit_prefix(text) if not fold(text).startswith(("de nghi", "yeu cau")) else None
    if prefix:
        # "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì …": the one who assigns is not the one who acts.
        after = text[len(prefix):].lstrip(" ,")
        if re.match(r"^(?:giao|đề nghị|yêu cầu)\s", after):
            assigned = assignee(after)
            if assigned:
                return assigned
        relayed = _RELAYED.match(after)
        if relayed and looks_like_unit(relayed.group("unit")):
            # "Sở Nông nghiệp … chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:": the one
            # who does the items is the one directed ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam: a) …"
            # keeps Bộ Tài chính: nothing says the directed one carries the items out)
            return relayed.group("unit")
        return prefix
    m = _COLON_LEAD.match(text)
    actor = named_actor(m.group("rest")) if m else None
    if actor:
        return actor
    if text.startswith("Giao"):
        return assignee(text)
    m = _FRONTED.match(text)
    if m:
        rest = text[m.end():]
        prefix = unit_prefix(rest)
        if prefix:
            return prefix
    # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo …": the subject
    # comes after a long fronted clause; take the first clause that opens with a group ("các …").
    if re.match(r"^(?:Trong|Quá trình|Nếu|Khi|Trường hợp|Tùy|Tuỳ|Căn cứ|Trên cơ sở)\b", text):
        assigned = assignee(text)
        if assigned:
            return assigned  # "Trên cơ sở Kế hoạch này đề nghị các chi bộ, …": the one asked
        for m in re.finditer(r",\s+(?=[Cc]ác\s|[A-ZĐ])", text[:300]):
            if named_actor(text[m.end():]):  # the subject acts; "…, chỉ đạo các cơ sở …, các cơ sở …" is an object
                return unit_prefix(text[m.end():])
    return None


def _trim_aside(phrase: str | None) -> str | None:
    """A unit phrase without the aside that explains it: "Các cơ quan … lĩnh vực (gồm các Sở" → "Các cơ quan … lĩnh vực"."""
    if phrase and "(" in phrase:
        cut = phrase[:phrase.index("(")].rstrip(" ,:")
        return cut if len(cut) > 3 else phrase
    return phrase


def _heading_lead(node: Node) -> str | None:
    return _trim_aside(_heading_lead_phrase(node))


def _heading_lead_phrase(node: Node) -> str | None:
    text = node.text.strip().rstrip(":.")
    for note in node.notes:
        found = assignee(note.text) if fold(note.text).startswith("giao ") else None
        if found:
            return found
    if unit_only(text):
        # A unit in capitals without a number ("THỦ TƯỚNG CHÍNH PHỦ") is a signing authority, not a heading.
        return None if node.kind == "caption" else text
    lead = _own_lead(node)
    if lead:
        return lead
    m = _WEB_HEADING.search(text)
    if m:
        return m.group("unit")
    m = _DUTY_HEADING.match(text)
    if m and node.children:
        return m.group("unit")
    found = assignee(text)
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


def units_of(node: Node, where: Jurisdiction) -> tuple[list[Unit], list[Unit]]:
    lead_phrase = _own_lead(node)
    support_phrase = _own_support(node)
    if lead_phrase is None:
        for anc in node.ancestors():
            if anc.kind == "header" or anc.kind in ("roman", "part", "article", "annex", "closing", "caption") and verdict_of(anc) is False:
                break
            if support_phrase is None and (anc.is_intro() or anc.notes):
                support_phrase = _own_support(anc)
            lead_phrase = _heading_lead(anc)
            if lead_phrase:
                break
    if lead_phrase is None:
        lead_phrase = assignee(node.text)
    lead = units(lead_phrase, where)
    # "Giao các đoàn kiểm tra … nắm tình hình …. Uỷ ban Kiểm tra Trung ương chủ trì tổng hợp, báo cáo …",
    # "Hoàn thiện cơ chế, chính sách; Ủy ban nhân dân tỉnh chỉ đạo rà soát …": a later clause whose own
    # subject acts makes that unit answer for the item too
    named = {fold(u.canonical) for u in lead}
    for unit in units_acting_later(node.text, where):
        if fold(unit.canonical) not in named:
            lead.append(unit)
            named.add(fold(unit.canonical))
    support = [u for u in units(support_phrase, where) if fold(u.canonical) not in named]
    return lead, support


def units_acting_later(text: str, where: Jurisdiction) -> list[Unit]:
    """Units that open a later clause of the item (after "; " or ". ") and act in it."""
    out: list[Unit] = []
    for m in _CLAUSE.finditer(text):
        clause = text[m.end():]
        if fold(clause[:12]).startswith(("de nghi", "yeu cau", "giao")):
            continue
        actor = named_actor(clause)
        if actor and clause.startswith(actor):
            out.extend(units(actor, where))
    return out
