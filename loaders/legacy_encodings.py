"""Vietnamese 8-bit text: cp1258 and the legacy font encodings TCVN3 (ABC) and VNI, told apart
by how many valid Vietnamese syllables each decoding yields, and converted to Unicode (NFC).

The tables are data: rows of one base letter in the six tones, in the order
(level, huyền, hỏi, ngã, sắc, nặng); the Unicode side is composed from the base and the tone.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Literal

Legacy = Literal["cp1258", "tcvn3", "vni"]

LABELS: dict[str, str] = {
    "cp1258": "Windows-1258 (cp1258)",
    "tcvn3": "TCVN3 (ABC, fonts .VnTime)",
    "vni": "VNI (VNI-Windows, fonts VNI-Times)",
}

# Combining tones, in table column order after the level tone: huyền, hỏi, ngã, sắc, nặng.
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

# TCVN 5712:1993 (VN1; its VN3 subset is the "ABC" charset of the .VnTime fonts).
# Lower case and the seven plain capitals sit in 0xA1–0xFF; capitals with a tone fill 0x80–0x9F
# and a few C0 control slots. Columns: level, huyền, hỏi, ngã, sắc, nặng; None = plain ASCII.
# ABC files rarely use those VN1-only slots: capitals were typed as lower-case codes in a capital
# font (.VnTimeH), and 0x80–0x9F hold Windows punctuation (“ ” – …). decode() reads both ways.
_TCVN3_ROWS: tuple[tuple[str, tuple[int | None, ...]], ...] = (
    ("a", (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9)),
    ("ă", (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6)),
    ("â", (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB)),
    ("e", (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1)),
    ("ê", (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6)),
    ("i", (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE)),
    ("o", (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4)),
    ("ô", (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9)),
    ("ơ", (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE)),
    ("u", (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4)),
    ("ư", (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9)),
    ("y", (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE)),
    ("A", (None, 0x80, 0x81, 0x82, 0x83, 0x84)),
    ("Ă", (0xA1, 0xAF, 0xBA, 0xBF, 0xC0, 0x85)),
    ("Â", (0xA2, 0xC1, 0xC2, 0xC3, 0xC4, 0x86)),
    ("E", (None, 0x87, 0x88, 0x89, 0x8A, 0x8B)),
    ("Ê", (0xA3, 0xC5, 0xCD, 0xD9, 0xDA, 0x8C)),
    ("I", (None, 0x8D, 0x8E, 0x8F, 0x90, 0x91)),
    ("O", (None, 0x92, 0x93, 0x94, 0x95, 0x96)),
    ("Ô", (0xA4, 0xDB, 0xE0, 0xF0, 0xFF, 0x97)),
    ("Ơ", (0xA5, 0x98, 0x99, 0x9A, 0x9B, 0x9C)),
    ("U", (None, 0x9D, 0x9E, 0x9F, 0x01, 0x02)),
    ("Ư", (0xA6, 0x04, 0x05, 0x06, 0x11, 0x12)),
    ("Y", (None, 0x13, 0x14, 0x15, 0x16, 0x17)),
)
_TCVN3_SINGLES = {0xAE: "đ", 0xA7: "Đ", 0xA0: "\xa0",
                  # combining tones, for text typed with separate accents
                  0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323"}

# VNI-Windows (VNI Software's font encoding, fonts VNI-Times …): a base letter followed by an
# accent character of the Windows-1252 range; ơ ư đ, the i's and ỵ are single characters.
# Columns as above: level, huyền, hỏi, ngã, sắc, nặng.
_VNI_ROWS: tuple[tuple[str, str], ...] = (
    ("a", "a aø aû aõ aù aï"), ("â", "aâ aà aå aã aá aä"), ("ă", "aê aè aú aü aé aë"),
    ("e", "e eø eû eõ eù eï"), ("ê", "eâ eà eå eã eá eä"),
    ("i", "i ì æ ó í ò"),
    ("o", "o oø oû oõ où oï"), ("ô", "oâ oà oå oã oá oä"), ("ơ", "ô ôø ôû ôõ ôù ôï"),
    ("u", "u uø uû uõ uù uï"), ("ư", "ö öø öû öõ öù öï"),
    ("y", "y yø yû yõ yù î"),
    ("A", "A AØ AÛ AÕ AÙ AÏ"), ("Â", "AÂ AÀ AÅ AÃ AÁ AÄ"), ("Ă", "AÊ AÈ AÚ AÜ AÉ AË"),
    ("E", "E EØ EÛ EÕ EÙ EÏ"), ("Ê", "EÂ EÀ EÅ EÃ EÁ EÄ"),
    ("I", "I Ì Æ Ó Í Ò"),
    ("O", "O OØ OÛ OÕ OÙ OÏ"), ("Ô", "OÂ OÀ OÅ OÃ OÁ OÄ"), ("Ơ", "Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ"),
    ("U", "U UØ UÛ UÕ UÙ UÏ"), ("Ư", "Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ"),
    ("Y", "Y YØ YÛ YÕ YÙ Î"),
)
_VNI_SINGLES = {"ñ": "đ", "Ñ": "Đ"}


def _toned(base: str, column: int) -> str:
    return base if column == 0 else unicodedata.normalize("NFC", base + _TONES[column - 1])


def _tcvn3_decoding() -> dict[int, str]:
    table = {code: _toned(base, col) for base, codes in _TCVN3_ROWS
             for col, code in enumerate(codes) if code is not None}
    table.update(_TCVN3_SINGLES)
    return table


def _vni_decoding() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, forms in _VNI_ROWS:
        for col, form in enumerate(forms.split()):
            if form != _toned(base, col):
                table[form] = _toned(base, col)
    table.update(_VNI_SINGLES)
    # Files mix the accent's case ("Vieät", "VIEäT"); the base letter decides the output's case.
    for form, char in list(table.items()):
        if len(form) == 2:
            table.setdefault(form[0] + form[1].swapcase(), char)
    return table


TCVN3_TO_UNICODE: dict[int, str] = _tcvn3_decoding()
VNI_TO_UNICODE: dict[str, str] = _vni_decoding()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(VNI_TO_UNICODE, key=len, reverse=True)))
_UNICODE_TO_TCVN3 = {char: code for code, char in TCVN3_TO_UNICODE.items()
                     if unicodedata.category(char) != "Mn"}
_VN1_ONLY = bytes(code for code in TCVN3_TO_UNICODE if code < 0xA0)
_UNICODE_TO_VNI = {_toned(base, col): form for base, forms in _VNI_ROWS
                   for col, form in enumerate(forms.split())}
_UNICODE_TO_VNI.update({char: form for form, char in _VNI_SINGLES.items()})
# Windows-1252's 0x80–0x9F (quotes, dashes) as a legacy font shows them; its holes stay Latin-1.
_CP1252_C1 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
              if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# Windows-1252 characters a VNI file can hold as themselves: not letters, so not VNI accent bytes.
_VNI_PUNCTUATION = frozenset(c for c in bytes(range(0xA0, 0xC0)).decode("cp1252") + "".join(_CP1252_C1.values())
                             if not c.isalpha())
_WINDOWS_CHARS = frozenset(bytes(range(0x100)).decode("cp1252", errors="ignore"))
_ABC_TO_UNICODE = {**{code: char for code, char in TCVN3_TO_UNICODE.items() if code >= 0xA0},
                   **_CP1252_C1}
_UNICODE_TO_ABC = {**{char: code for code, char in _ABC_TO_UNICODE.items() if code >= 0xA0
                      and unicodedata.category(char) != "Mn" and not (char.isupper() and code > 0xA7)},
                   **{char: code for code, char in _CP1252_C1.items()}}


def decode(data: bytes, encoding: Legacy) -> str:
    """Decode 8-bit Vietnamese text to NFC Unicode; ValueError if cp1258 meets an undefined byte."""
    if encoding == "cp1258":
        text = data.decode("cp1258")  # raises UnicodeDecodeError (a ValueError) on holes
    elif encoding == "tcvn3":
        text = _tcvn3(data)
    else:
        text = _VNI_PATTERN.sub(lambda m: VNI_TO_UNICODE[m.group()],
                                data.decode("latin-1").translate(_CP1252_C1))
    # cp1258 and TCVN3 carry separate combining tones: compose them.
    return unicodedata.normalize("NFC", text)


def _tcvn3(data: bytes) -> str:
    """VN1 capitals or ABC's Windows punctuation in 0x80–0x9F: whichever reads as more Vietnamese."""
    latin = data.decode("latin-1")
    vn1 = latin.translate(TCVN3_TO_UNICODE)
    if not any(code in data for code in _VN1_ONLY):
        return _recapitalised(vn1)
    abc = latin.translate(_ABC_TO_UNICODE)
    return _recapitalised(vn1 if _evidence(vn1) > _evidence(abc) else abc)


def _recapitalised(text: str) -> str:
    """"HOạCH", "ĐảNG" → "HOẠCH", "ĐẢNG": ABC capitals typed as lower-case codes in .VnTimeH show
    through as lower-case letters inside a word whose other letters are capitals; a two-letter
    "Kế" right beside such a word ("Kế HOẠCH") is a capital word too."""
    text = unicodedata.normalize("NFC", text)
    words = list(_WORD.finditer(text))
    fixed = [m.group() for m in words]
    titles = []
    for i, word in enumerate(fixed):
        if word.islower() or word.isupper() or _ASCII_LOWER.search(word, 1):
            continue  # the common cases: "tỉnh", "UBND", "Tỉnh"
        capitals = sum(c.isupper() for c in word)
        if capitals >= 2 or (capitals and word[0].islower()):  # "HOạCH", "ủY"
            fixed[i] = word.upper()
        elif word[0].isupper():
            titles.append(i)
    for i in titles:
        if any(0 <= j < len(fixed) and _is_capital_syllable(fixed[j])
               and text[words[min(i, j)].end():words[max(i, j)].start()] == " " for j in (i - 1, i + 1)):
            fixed[i] = fixed[i].upper()
    out, last = [], 0
    for match, word in zip(words, fixed):
        if word != match.group():
            out += [text[last:match.start()], word]
            last = match.end()
    return "".join(out) + text[last:]


def _is_capital_syllable(word: str) -> bool:
    return word.isupper() and not word.isascii() and is_syllable(word)


def _evidence(text: str) -> int:
    """Valid minus invalid non-ASCII words of two letters or more: a lone "Ọ" between two years
    is the en dash of an ABC file, not a VN1 capital, so single letters are no evidence."""
    text = unicodedata.normalize("NFC", text[:SAMPLE_CHARS])
    return sum(1 if is_syllable(w) else -1 for w in _WORD.findall(text) if len(w) > 1 and not w.isascii())


def encode(text: str, encoding: Legacy, *, abc: bool = False) -> bytes:
    """The inverse of decode, for tests and fixtures; ValueError on a character the table lacks.
    ``abc``: TCVN3 as ABC files hold it: capitals with a tone as lower-case codes (typed in the
    .VnTimeH capital font), Windows punctuation in 0x80–0x9F."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if ord(char) < 0x80:
            out += char.encode("ascii")
        elif encoding == "tcvn3" and abc and (
                (code := _UNICODE_TO_ABC.get(char, _UNICODE_TO_ABC.get(char.lower()))) is not None):
            out.append(code)
        elif encoding == "tcvn3" and not abc and char in _UNICODE_TO_TCVN3:
            out.append(_UNICODE_TO_TCVN3[char])
        elif encoding == "vni" and char in _UNICODE_TO_VNI:
            out += _UNICODE_TO_VNI[char].encode("cp1252")
        elif encoding == "vni" and char in _VNI_PUNCTUATION:
            out += char.encode("cp1252")
        elif encoding == "cp1258":
            out += _cp1258_char(char)
        else:
            raise ValueError(f"{char!r} (U+{ord(char):04X}) has no {LABELS[encoding]} form")
    return bytes(out)


def _cp1258_char(char: str) -> bytes:
    """cp1258 holds some toned letters whole and the rest as a base plus a combining tone."""
    try:
        return char.encode("cp1258")
    except UnicodeEncodeError:
        pass
    base, *marks = unicodedata.normalize("NFD", char)
    # NFD puts the dot below before the breve ("ặ" = a + ̣ + ̆): try each mark as the one cp1258
    # holds composed with the base ("ă"), the others as combining characters.
    for i, mark in enumerate(marks):
        head = unicodedata.normalize("NFC", base + mark)
        try:
            return head.encode("cp1258") + "".join(marks[:i] + marks[i + 1:]).encode("cp1258")
        except UnicodeEncodeError:
            continue
    try:
        return (base + "".join(marks)).encode("cp1258")
    except UnicodeEncodeError:
        pass
    raise ValueError(f"{char!r} (U+{ord(char):04X}) has no {LABELS['cp1258']} form")


# --- telling the encodings apart -------------------------------------------------------------
# A decoding is judged by its words that hold a non-ASCII character (ASCII reads alike in all
# three): the share that are valid Vietnamese syllables. Mojibake ("Tuyªn gi¸o", "Tuyeân")
# fails the syllable shape below; real text passes it almost always.
_WORD = re.compile(r"[^\s0-9!-/:-@\[-`{-~\u2010-\u206f]+")
_TONE_MARKS = frozenset(_TONES)
_ASCII_LOWER = re.compile(r"[a-z]")
_UNICODE_VIETNAMESE = re.compile(r"[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")
_SYLLABLE = re.compile(r"""
    (?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?       # onset: "ngh" in "nghị"
    (?:uyê|uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|yêu|iêu|
       ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|
       [aăâeêioôơuưy])                                               # nucleus with glides
    (?:ch|ng|nh|[cmnpt])?                                            # coda: "ch" in "sách"
    """, re.VERBOSE)
SAMPLE_CHARS = 200_000
MIN_SHARE = 0.6   # below this no decoding reads as Vietnamese: refuse rather than guess
MARGIN = 0.15     # the winner must beat the runner-up by this much


class UnsureEncoding(ValueError):
    """No legacy decoding reads clearly as Vietnamese; the message says what was tried."""


def is_syllable(word: str) -> bool:
    return _is_lower_syllable(word.lower())


@lru_cache(maxsize=1 << 16)  # a few thousand syllables make up nearly all Vietnamese text
def _is_lower_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word)
    if sum(c in _TONE_MARKS for c in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_share(text: str) -> tuple[float, int]:
    """(share of non-ASCII words that are Vietnamese syllables, how many such words)."""
    words = [w for w in _WORD.findall(text[:SAMPLE_CHARS]) if not w.isascii()]
    if not words:
        return 0.0, 0
    return sum(map(is_syllable, words)) / len(words), len(words)


@dataclass(frozen=True)
class Reading:
    encoding: Legacy
    share: float
    words: int


def rank(data: bytes) -> list[Reading]:
    """Every legacy decoding of a sample of data, the best reading first."""
    sample = data[:SAMPLE_CHARS]
    readings = []
    for encoding in ("cp1258", "tcvn3", "vni"):
        try:
            share, words = vietnamese_share(decode(sample, encoding))
        except ValueError:  # cp1258 meets a byte it leaves undefined
            continue
        readings.append(Reading(encoding, share, words))
    return sorted(readings, key=lambda r: r.share, reverse=True)


def decode_unknown(data: bytes) -> tuple[str, Legacy]:
    """Decode non-UTF-8 Vietnamese bytes with the encoding that reads best; UnsureEncoding if none does."""
    readings = rank(data)
    tried = ", ".join(f"{LABELS[r.encoding]} {r.share:.0%}" for r in readings) or "none decodes"
    if not readings or readings[0].share < MIN_SHARE or (
            len(readings) > 1 and readings[0].share - readings[1].share < MARGIN):
        raise UnsureEncoding(f"not UTF-8, and no Vietnamese 8-bit encoding reads clearly "
                             f"(share of valid syllables: {tried})")
    return decode(data, readings[0].encoding), readings[0].encoding


def repair_font_text(text: str) -> tuple[str, Legacy | None]:
    """Unicode text that is really TCVN3/VNI bytes shown through a .VnTime/VNI-Times font
    ("Tuyªn gi¸o" in a .docx) → real Unicode; unchanged, None when it already reads as Vietnamese."""
    if len(_UNICODE_VIETNAMESE.findall(text, 0, 20_000)) >= 20:
        return text, None  # letters no Windows font holds ("ơ", "ủ"): Unicode already (fast path)
    share, words = vietnamese_share(text)
    if words < 5 or share >= 0.5:
        return text, None
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError:
        return text, None  # characters beyond a Windows font: not legacy font text
    best = max((Reading(e, *vietnamese_share(decode(data[:SAMPLE_CHARS], e))) for e in ("tcvn3", "vni")),
               key=lambda r: r.share)
    if best.share < max(MIN_SHARE, share + MARGIN):
        return text, None
    return decode(data, best.encoding), best.encoding


def from_font(text: str, encoding: Literal["tcvn3", "vni"], *, capitals: bool = False) -> str:
    """Text a .docx shows in a legacy font (.VnTime: "Tuyªn"; VNI-Times: "Tuyeân") → Unicode.
    ``capitals``: a capital font (.VnTimeH) draws the lower-case codes as capitals.
    A run holding letters beyond Windows-1252 ("ủ", "ơ") is Unicode already and stays as it is."""
    if any(ord(c) > 0xFF and c.isalpha() and c not in _WINDOWS_CHARS for c in text):
        return text
    out = []
    for in_font, chars in groupby(text, key=_WINDOWS_CHARS.__contains__):
        piece = "".join(chars)
        if in_font:
            data = piece.encode("cp1252")
            piece = (data.decode("latin-1").translate(_ABC_TO_UNICODE) if encoding == "tcvn3"
                     else decode(data, "vni"))
        out.append(piece)
    converted = unicodedata.normalize("NFC", "".join(out))
    return converted.upper() if capitals else converted
