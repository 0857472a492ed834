"""Units: find the organisations an item names, split lists of them, and resolve each one
within the issuer's jurisdiction ("Ban Tuyên giáo Tỉnh ủy" in a Cao Bằng plan is Cao Bằng's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.folding import fold
from graph.models import Unit

# Predicates that end a unit phrase: "Ban Tuyên giáo Tỉnh ủy | ban hành Đề cương …".
_VERBS = tuple(sorted((v.lower() for v in (
    "chủ trì", "phối hợp", "thực hiện", "tổ chức", "xây dựng", "triển khai", "chỉ đạo", "hướng dẫn",
    "tham mưu", "ban hành", "căn cứ", "tăng cường", "đăng", "tiếp sóng", "phát động", "có kế hoạch",
    "có trách nhiệm", "có thể", "lựa chọn", "chủ động", "duy trì", "bám sát", "nắm", "quan tâm", "tùy",
    "tuỳ", "theo dõi", "biên tập", "biên soạn", "chuẩn bị", "tổng hợp", "định hướng", "tuyên truyền",
    "kiểm tra", "giải quyết", "bảo đảm", "đảm bảo", "thường xuyên", "xử lý", "phát hành", "làm tốt",
    "nhằm", "tạo", "gửi", "đưa", "mở", "thành lập", "đẩy mạnh", "nghiên cứu", "cung cấp", "phản ánh",
    "báo cáo", "đôn đốc", "vận động", "khuyến khích", "tiếp tục", "rà soát", "đề xuất", "trình",
    "giao", "đề nghị", "yêu cầu", "cần", "phải", "sớm", "kịp thời", "tích cực", "đấu tranh", "thông tin",
    "in", "sản xuất", "phát sóng", "tập trung", "quán triệt", "lãnh đạo,", "phổ biến", "cử", "bố trí",
    "hoàn thành", "trong", "để", "theo", "tại", "trên", "về", "nhằm", "khi", "từ", "đến", "trước",
    "sau", "cùng", "với", "thông qua", "cụ thể", "như sau", "nội dung", "thực hiện tốt",
    "chịu trách nhiệm", "liên hệ", "tiếp nhận", "thẩm định", "ký", "phê duyệt", "cấp phát", "hỗ trợ",
    "lồng ghép", "phát huy", "nâng cao", "tham gia", "hưởng ứng", "đăng tải", "chia sẻ", "giám sát",
    "tổ chức thực hiện", "trực tiếp", "được", "là", "nghiêm túc", "khẩn trương", "quyết liệt", "nghiêm",
    "sáng tác", "biểu diễn", "xuất bản", "ghi hình", "thăm", "tặng", "dâng", "viếng", "gặp mặt", "rà soát",
    "sơ kết", "tổng kết", "đánh giá", "hướng tới", "căn cứ vào", "cập nhật", "số hóa", "bàn giao",
)), key=len, reverse=True))
# Names whose second word is also a verb: "Sở Giáo dục và Đào tạo", "Ban Chỉ đạo".
_NOUN_COMPOUNDS = {"đào tạo", "chỉ đạo", "lãnh đạo", "tổ chức", "thông tin", "tuyên truyền", "phát triển",
                   "kiểm tra", "giám sát", "vận động", "đầu tư", "thi đua", "khen thưởng", "đối ngoại"}
_NAMING_NOUNS = {"ban", "cổng", "trung tâm", "tiểu ban", "hội đồng", "phòng", "trường", "tổ", "đoàn", "viện",
                 "cơ quan"}
_NOT_SCHOOL = {"môi", "thị", "hiện", "chiến", "lập", "quảng", "công"}  # "Môi trường", "thị trường" are no school
_TRAILING = re.compile(r"(?:[\s,;:.\-–]|\b(?:và|với|của|các)\b)+$")
_LEADING_QUALIFIER = re.compile(r"^(?:riêng|đối với|giao cho|giao|đề nghị|yêu cầu)\s+", re.IGNORECASE)

# Abbreviations expanded in canonical names (the scorer and users write both forms).
_ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc", "BTGTU": "Ban Tuyên giáo Tỉnh ủy", "BTG": "Ban Tuyên giáo",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch", "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông", "PT-TH": "Phát thanh - Truyền hình", "LĐLĐ": "Liên đoàn Lao động",
    "TTTU": "trực thuộc Tỉnh ủy", "HU": "Huyện ủy", "TU": "Tỉnh ủy", "ĐUK": "Đảng ủy Khối",
    "VHNT": "Văn học Nghệ thuật", "CCB": "Cựu chiến binh", "GD&ĐT": "Giáo dục và Đào tạo",
}
_ABBR_RE = re.compile(r"(?<![\w&-])(" + "|".join(re.escape(k) for k in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w&-])")
_CENTRAL = re.compile(r"trung uong|\btw\b|chinh phu|quoc hoi|bo chinh tri|ban bi thu|thu tuong|viet nam$")
_PROVINCE = re.compile(r"tinh|\bso\b|\btu\b|cap tinh")
_DISTRICT = re.compile(r"huyen|\bxa\b|thi tran|\bhu\b|cap huyen|thanh uy")


@dataclass(frozen=True)
class Jurisdiction:
    """Where a document's issuer sits: its province, and its district when the issuer is a district."""

    province: str | None = None
    district: str | None = None
    central: bool = False

    def label(self) -> str | None:
        if self.central:
            return "Trung ương"
        if self.district:
            return f"{self.district}, {self.province}" if self.province else self.district
        return self.province


def _lower(text: str) -> str:
    return text.lower().replace("uỷ", "ủy").replace("hoá", "hóa")


# Heads compared with diacritics: folded, "Cổng" would match "Công nghệ".
_HEADS_LOWER = tuple(sorted({_lower(h) for h in (
    "Ban", "Sở", "Văn phòng", "Phòng", "Trung tâm", "Hội", "Chi hội", "Báo", "Đài", "Trường",
    "Ủy ban", "UBND", "HĐND", "UBMTTQ", "MTTQ", "Mặt trận", "Tỉnh Đoàn", "Thành đoàn", "Huyện đoàn",
    "Đoàn Thanh niên", "Liên đoàn", "Huyện ủy", "Thành ủy", "Tỉnh ủy", "Quận ủy", "Thị ủy", "Đảng ủy",
    "Đảng đoàn", "Đảng bộ", "Chi bộ", "Công an", "Bộ Chỉ huy", "Bộ đội", "Bộ", "Cục", "Tổng cục", "Viện",
    "Học viện", "Hãng", "Nhà xuất bản", "Tạp chí", "Thường trực", "Thường vụ", "Chính phủ", "Thủ tướng",
    "Quốc hội", "Tòa án", "Viện kiểm sát", "Kho bạc", "Ngân hàng", "Tiểu ban", "Hội đồng", "Cấp ủy",
    "Cấp huyện", "Cổng", "Bí thư", "Chủ tịch", "Giám đốc", "Thủ trưởng", "Người đứng đầu",
    "Đại học", "Tập đoàn", "Tổng công ty", "Công ty", "Liên minh", "Thông tấn xã", "Chi cục", "Doanh nghiệp",
    "Phó Thủ tướng", "Phó Chủ tịch", "Trưởng ban", "Trưởng Ban", "Ban Quản lý", "Hợp tác xã", "Quân ủy", "Quân khu",
    "Bộ Tư lệnh", "Cảnh sát", "Kiểm toán", "Thanh tra", "Bảo hiểm xã hội",
    # since 2025 the tax and customs bodies of a province are "Thuế tỉnh X", "Hải quan khu vực …"
    "Thuế tỉnh", "Thuế thành phố", "Thuế cơ sở", "Hải quan",
)}, key=len, reverse=True))


_GROUP_RE = re.compile(r"^(?:" + "|".join(sorted((re.escape(_lower(n)) for n in (
    "cơ quan", "đơn vị", "sở", "ban", "ngành", "huyện", "địa phương", "cấp ủy", "chi bộ", "đảng bộ",
    "tổ chức", "đoàn thể", "trường", "nhà trường", "cơ sở", "xã", "doanh nghiệp", "trung tâm", "hội",
    "cấp", "bộ", "tỉnh", "thành phố", "phòng", "đảng ủy", "huyện ủy", "thành ủy", "tỉnh ủy", "ủy ban",
    "lực lượng", "báo", "đài", "cơ quan báo chí", "tập thể", "thành viên", "tiểu ban", "chi hội", "lãnh đạo",
    "ngành chức năng", "nhà", "đồng chí", "quận", "phường", "thị trấn", "thị xã", "chủ đầu tư", "chủ rừng",
    "nhà đầu tư", "tập đoàn", "tổng công ty", "công ty", "hợp tác xã", "đoàn", "bộ, ngành", "đặc khu",
)), key=len, reverse=True)) + r")(?=[\s,;:.]|$)")
_HEAD_RE = re.compile(r"^(?:" + "|".join(re.escape(h) for h in _HEADS_LOWER) + r")(?:[\s,]|$)")
_VERB_RE = re.compile(r"^(?:" + "|".join(re.escape(v) for v in _VERBS) + r") ")


def _head_match(phrase: str) -> bool:
    return bool(_HEAD_RE.match(_lower(phrase[:60])))


@lru_cache(maxsize=8192)
def _is_unit_start(phrase: str) -> bool:
    phrase = phrase[:120]
    low = _lower(phrase)
    if low.startswith(("các ", "những ", "tất cả ")):
        # with diacritics: folded, "phòng" would take "các phong trào" for a group of offices
        rest = low[len("tất cả "):] if low.startswith("tất cả ") else low.split(" ", 1)[1]
        return bool(_GROUP_RE.match(rest.removeprefix("các ")))
    return (bool(phrase[:1].isupper()) and _head_match(phrase) and not phrase.rstrip().endswith("!")
            and not low.startswith(("báo cáo", "bảo đảm", "ban hành", "hội nghị", "hội thảo", "trường hợp",
                                    "bố trí", "công tác", "đại hội", "hội thi", "bộ ảnh", "chủ tịch hồ chí minh")))


def looks_like_unit(phrase: str, *, bare_groups: bool = False) -> bool:
    """A phrase that opens with a unit head ("Sở …", "Ban …", "Các cơ quan …"); with ``bare_groups``,
    also a group named without "các" ("cơ quan, đơn vị liên quan", "lãnh đạo các cơ quan …")."""
    phrase = phrase.strip()
    if bare_groups and _GROUP_RE.match(_lower(phrase)):
        return True
    return _is_unit_start(phrase)


@lru_cache(maxsize=8192)
def unit_prefix(text: str) -> str | None:
    """The unit phrase an item opens with: "Ban Tuyên giáo Tỉnh ủy ban hành …" → "Ban Tuyên giáo Tỉnh ủy"."""
    text = _LEADING_QUALIFIER.sub("", text.strip())
    if not _is_unit_start(text):
        return None
    return _cut_at_verb(text, min_words=1)


_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ".,;:!?)("})
_GROUP_OPENERS = ("tổ chức đảng", "tổ chức chính trị", "tổ chức đoàn thể", "tổ chức xã hội", "tổ chức cơ sở")


def _cut_at_verb(text: str, *, min_words: int) -> str | None:
    words = text[:1200].split(" ")[:100]  # a unit list is never longer; the rest is never read
    lows = [w.lower() for w in words]
    out: list[str] = []
    shared = False  # inside "các Đảng uỷ: Chính phủ; Quốc hội; …", where owners follow one head
    for i, word in enumerate(words):
        if i >= min_words and word[:1].islower() and (i == 0 or lows[i - 1] not in ("các", "những", "cơ")):
            # Verbs compared with their diacritics: folded, "đăng" (post) would stop at "đảng".
            rest = " ".join(lows[i:i + 4]).translate(_PUNCT_TO_SPACE).strip() + " "
            if _VERB_RE.match(rest):
                prev = lows[i - 1] if i else ""
                # "Ban chỉ đạo", "Cổng thông tin", "Trung tâm bồi dưỡng": after an organisation noun a verb names it;
                # "Các cấp ủy, tổ chức đảng …": after a comma inside a group, "tổ chức" is the noun again
                named = ((prev in _NAMING_NOUNS and not (prev == "trường" and i > 1 and lows[i - 2] in _NOT_SCHOOL))
                         or " ".join(lows[max(0, i - 2):i]) in _NAMING_NOUNS
                         or (prev.endswith(",") and rest.startswith(_GROUP_OPENERS)))
                if f"{prev} {lows[i]}" not in _NOUN_COMPOUNDS and not named:
                    break
        last = word[-1:]
        if last == ":" and i + 1 < len(words) and _SHARED_HEAD.search(" ".join([*out[-4:], word]) + " ") \
                and words[i + 1][:1].isupper():
            shared = True
            out.append(word)
            continue
        if last == ";" and i + 1 < len(words) and (shared and words[i + 1][:1].isupper()
                                                   or _is_unit_start(" ".join(words[i + 1:]))):
            out.append(word)  # "Đảng ủy các xã, thị trấn; Mặt trận Tổ quốc …": a list goes on
            continue
        if last in ".;:(" or word[:1] == "(":
            if word[:1] != "(":
                out.append(word.rstrip(".;:"))
            break
        out.append(word)
        if len(out) > 96:
            return None
    phrase = _TRAILING.sub("", " ".join(out)).strip()
    return phrase or None


def unit_only(text: str) -> bool:
    """A heading that is just a unit's name: "2.2. Sở Văn hóa, Thể thao và Du lịch"."""
    head = text.rstrip(" :.")
    if not looks_like_unit(head):
        return False
    prefix = unit_prefix(head)
    return prefix is not None and len(prefix) >= len(head) - 2


def phrase_after(text: str, start: int) -> str | None:
    """The unit list that starts at ``start`` and runs to the next predicate or clause end."""
    return _cut_at_verb(text[start:].lstrip(), min_words=0)


_PLACE_WORD = r"(?:thành\s+phố|tỉnh|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"
_PLACED_HEAD = re.compile(rf"(?P<head>(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Công\s+an|"
                          rf"Ban\s+Chỉ\s+huy\s+Quân\s+sự)\s+{_PLACE_WORD}")
_PLACE = re.compile(_PLACE_WORD)
_OWNER_AT_END = re.compile(r"(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ)(?:\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][^\s,]*)*$|Đảng\s+(?:ủy|uỷ)\s+Khối$|Trung ương$")
_BARE_BOARD = re.compile(r"^(?:Ban|Văn phòng|Ủy ban Kiểm tra|Uỷ ban Kiểm tra)\b(?:\s+\S+){0,4}$")


# "các Đảng uỷ: Chính phủ; Quốc hội; Bộ Tư pháp": one kind of body written once for a list of owners
_SHARED_HEAD = re.compile(r"(?:^|(?<=[,;])\s*|\s+và\s+)[Cc]ác\s+(?P<head>Đảng\s+(?:ủy|uỷ)|Bộ|Sở|Ban\s+cán\s+sự\s+đảng|"
                          r"Ban|Tỉnh\s+(?:ủy|uỷ)|Thành\s+(?:ủy|uỷ)|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s*:\s*")


def _shared_head(phrase: str) -> list[str] | None:
    """ "…; các Đảng uỷ: Chính phủ; Quốc hội; Bộ Nội vụ và các cấp uỷ" → "Đảng uỷ Chính phủ", "Đảng uỷ
    Quốc hội", "Đảng uỷ Bộ Nội vụ", "các cấp uỷ" (the owners split at semicolons only: commas and "và"
    stand inside names, "Mặt trận Tổ quốc, các đoàn thể Trung ương")."""
    m = _SHARED_HEAD.search(phrase)
    if not m or ";" not in phrase[m.end():]:
        return None
    head = m.group("head")
    before = split_units(phrase[:m.start()].strip(" ,;")) if phrase[:m.start()].strip(" ,;") else []
    owners = [o.strip(" ,.") for o in phrase[m.end():].split(";") if o.strip(" ,.")]
    tail: list[str] = []
    last = re.split(r"\s+và\s+", owners[-1])
    if len(last) > 1 and _is_unit_start(last[-1]) and not last[-1].startswith(head):
        owners[-1] = " và ".join(last[:-1])
        tail = [last[-1]]
    return before + [f"{head} {o}" for o in owners] + tail


# The office that serves both a province's National Assembly delegation and its People's Council
_JOINT_OFFICE = re.compile(r"Văn\s+phòng\s+Đoàn\s+(?:đại\s+biểu\s+Quốc\s+hội|ĐBQH)$", re.IGNORECASE)
_COUNCIL = re.compile(r"(?:HĐND|Hội\s+đồng\s+nhân\s+dân)\b")


def split_units(phrase: str) -> list[str]:
    """Split "Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy và các sở, ngành liên quan" into its units,
    keeping commas that belong inside one name ("Sở Văn hóa, Thể thao và Du lịch")."""
    if ":" in phrase and (shared := _shared_head(phrase)) is not None:
        return shared
    parts: list[str] = []
    for chunk in re.split(r"\s*;\s*", phrase):
        pieces = re.split(r"(,\s+|\s+và\s+)", chunk)
        current = pieces[0]
        # "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh … và tỉnh Quảng Ninh": one body per place
        head = _PLACED_HEAD.match(current)
        for sep, piece in zip(pieces[1::2], pieces[2::2]):
            if sep.strip() == "và" and _JOINT_OFFICE.search(current) and _COUNCIL.match(piece):
                current = current + sep + piece  # "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh": one office
                continue
            if _is_unit_start(piece):
                parts.append(current)
                current = piece
                head = _PLACED_HEAD.match(current)
            elif head and _PLACE.match(piece):
                parts.append(current)
                current = f"{head.group('head')} {piece}"
            else:
                current = current + sep + piece
        parts.append(current)
    parts = [p.strip(" ,.") for p in parts if p.strip(" ,.")]
    # "Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức Huyện ủy": the owner written once belongs to each board.
    owner = _OWNER_AT_END.search(parts[-1]) if len(parts) > 1 else None
    if owner:
        parts = [p if _OWNER_AT_END.search(p) or not _BARE_BOARD.match(p) else f"{p} {owner.group(0)}" for p in parts]
    return parts


# An apposition after the unit: "Ban Tuyên giáo Tỉnh ủy, cơ quan Thường trực Ban Chỉ đạo".
_APPOSITION = re.compile(r",\s*(?:là\s+)?cơ quan (?:thường trực|chủ trì|đầu mối|tham mưu)\b.*$", re.IGNORECASE)


def canonical_name(name: str) -> str:
    """Abbreviations expanded, modern tone placement, first letter capitalised, appositions dropped."""
    text = _APPOSITION.sub("", name.strip())
    text = _ABBR_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    text = re.sub(r"(?i)u\u1ef7", lambda m: "ủy" if m.group(0)[0] == "u" else "Ủy", text)  # uỷ → ủy
    text = text.replace("Uỷ", "Ủy").replace("uỷ", "ủy")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return text[:1].upper() + text[1:] if text else text


# Bodies merged or renamed in the 2025 reorganisation (Kết luận 121-KL/TW, 127-KL/TW; NQ 18-NQ/TW):
# a plan written before names the old body, a user today searches by the new one. Each name gets the
# other as an alias, so both find the same obligations.
_RENAMED_2025 = (
    ("Ban Tuyên giáo và Dân vận", ("Ban Tuyên giáo", "Ban Dân vận")),
    ("Sở Khoa học và Công nghệ", ("Sở Thông tin và Truyền thông",)),
    ("Sở Tài chính", ("Sở Kế hoạch và Đầu tư",)),
    ("Sở Nội vụ", ("Sở Lao động - Thương binh và Xã hội",)),
    ("Sở Xây dựng", ("Sở Giao thông vận tải",)),
    ("Sở Nông nghiệp và Môi trường", ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn")),
)


def _renamed(canonical: str) -> list[str]:
    """The other names of a body renamed in 2025: "Ban Tuyên giáo Tỉnh ủy" ↔ "Ban Tuyên giáo và Dân vận Tỉnh ủy"."""
    out: list[str] = []
    for new, olds in _RENAMED_2025:
        if canonical.startswith(new + " ") or canonical == new:
            rest = canonical[len(new):]
            out.extend(old + rest for old in olds)
            continue
        for old in olds:
            if (canonical.startswith(old + " ") or canonical == old) and not canonical.startswith(new):
                out.append(new + canonical[len(old):])
    return out


_LEVEL_AT_END = re.compile(r"\b(?:cấp tỉnh|cấp huyện|cấp xã|tỉnh|huyện|thành phố|trung ương|Trung ương)$")


def level_of(phrase: str) -> str | None:
    """The level a list ends on, shared by every unit in it: "Ủy ban MTTQ Việt Nam và các tổ chức
    chính trị - xã hội cấp tỉnh" → "cấp tỉnh"."""
    m = _LEVEL_AT_END.search(phrase.strip(" .;,"))
    return m.group(0) if m else None


# The Party's and the State's central press and agencies, named in every guidance's "đề nghị" list.
_CENTRAL_NAMES = {fold(n) for n in (
    "Báo Nhân dân", "Tạp chí Cộng sản", "Báo Quân đội nhân dân", "Báo Công an nhân dân", "Đài Tiếng nói Việt Nam",
    "Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam", "Báo Điện tử Đảng Cộng sản Việt Nam", "Báo Lao động",
    "Báo Tiền phong", "Báo Thanh niên", "Báo Đại đoàn kết", "Báo Nông thôn ngày nay", "Báo Pháp luật Việt Nam",
    "Báo Văn hóa", "Truyền hình Quốc hội", "Báo Đại biểu Nhân dân", "Kênh Truyền hình Quốc phòng Việt Nam",
)}
_MINISTRY = re.compile(r"^Bộ\s+(?!Chỉ huy|đội|phận)[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]")
# "Tỉnh ủy Lai Châu", "Sở … tỉnh Lai Châu", "Huyện ủy Hà Quảng", "Ủy ban nhân dân huyện Bảo Lạc"
_PLACE_IN_NAME = re.compile(
    r"\b(?P<level>[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)(?:\s+(?:ủy|uỷ))?\s+(?P<place>[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+(?:\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+){0,2})$")


def _named_place(canonical: str, where: Jurisdiction) -> str | None:
    """The place a name states, which wins over the issuer's: Cao Bằng's plan may name Lai Châu's board."""
    m = _PLACE_IN_NAME.search(canonical)
    if not m:
        return None
    place = m.group("place")
    if fold(m.group("level")) == "tinh":
        return place
    if where.district and fold(place) == fold(where.district):
        return where.label()
    return f"{place}, {where.province}" if where.province else place


def resolve(name: str, *, where: Jurisdiction, group: bool | None = None, level: str | None = None) -> Unit:
    """A Unit for a name as written, qualified by the level its name points to (or, when the name
    has none, by ``level``: the level its list ends on)."""
    canonical = canonical_name(name)
    f = fold(canonical)
    if level and not _LEVEL_AT_END.search(canonical) and not _CENTRAL.search(f.replace("viet nam", "")):
        f = f"{f} {fold(level)}"
    named = _named_place(canonical, where)
    if named:
        jurisdiction = named
    elif f in _CENTRAL_NAMES or (_CENTRAL.search(f) and not (f.endswith("viet nam") and f.startswith("uy ban mat tran") and where.province)) \
            or _MINISTRY.match(canonical):
        jurisdiction = "Trung ương"
    elif where.district and _DISTRICT.search(f) and not _PROVINCE.search(f.replace("thanh uy", "")):
        jurisdiction = Jurisdiction(province=where.province, district=where.district).label()
    elif where.district and _PROVINCE.search(f):
        jurisdiction = where.province
    else:
        jurisdiction = where.label()
    abbreviations = [m.group(1) for m in _ABBR_RE.finditer(name)]
    is_group = group if group is not None else bool(
        f.startswith(("cac ", "nhung ")) or " cac " in f or (name.strip()[:1].islower() and _GROUP_RE.match(_lower(name.strip()))))
    return Unit(name=name.strip(), canonical=canonical, jurisdiction=jurisdiction,
                abbreviations=abbreviations, aliases=_renamed(canonical), is_group=is_group)
