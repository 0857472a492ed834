"""cp1258 / TCVN3 / VNI tables against the standards' known byte values, round trips, detection."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from loaders import legacy_encodings as le

SENTENCES = [
    "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch",
    "Kế hoạch tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020)",
    "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy chỉ đạo tổ chức thực hiện thường xuyên.",
    "Ủy ban nhân dân tỉnh giao Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí.",
]
CAPITALS = "ĐẢNG CỘNG SẢN VIỆT NAM - ĂN ỞỞ ẶỰỴ ƯỚC ĐỒNG"


# --- known byte values, read off the published tables -----------------------------------------
@pytest.mark.parametrize(("code", "char"), [
    (0xB8, "á"), (0xB5, "à"), (0xB9, "ạ"), (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"),
    (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"), (0xA7, "Đ"), (0xA2, "Â"), (0xD7, "ì"), (0xF1, "ủ"),
    (0xE8, "ố"), (0xEE, "ợ"), (0xFE, "ỵ"), (0xFF, "Ố"), (0xDA, "Ế"),
])
def test_tcvn3_bytes_match_tcvn_5712(code: int, char: str) -> None:
    assert le.decode(bytes([code]), "tcvn3") == char


@pytest.mark.parametrize(("data", "text"), [
    # VN1 capitals in 0x80–0x9F and C0 slots, told apart from ABC's Windows punctuation by context
    (b"\xa7\x81NG C\x97NG S\x81N VI\x8cT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    (b"\x01Y BAN, TH\x12C HI\x8cN", "ÚY BAN, THỰC HIỆN"),
    (b"\x93\xae\xe5ng ch\xdd\x94 2020 \x96 2025\x85", "“đồng chí” 2020 – 2025…"),
])
def test_tcvn3_vn1_capitals_or_abc_punctuation(data: bytes, text: str) -> None:
    assert le.decode(data, "tcvn3") == text


def test_tcvn3_abc_capitals_come_back_from_capital_words() -> None:
    """ABC files type capitals as lower-case codes in .VnTimeH: words of capitals come back."""
    data = le.encode("KẾ HOẠCH tổ chức ĐẠI HỘI, Bộ VHTTDL", "tcvn3", abc=True)
    assert b"\x84" not in data and b"\xb9" in data  # "Ạ" written as the code of "ạ"
    assert le.decode(data, "tcvn3") == "KẾ HOẠCH tổ chức ĐẠI HỘI, Bộ VHTTDL"


@pytest.mark.parametrize(("vni", "char"), [
    ("aù", "á"), ("aø", "à"), ("aâ", "â"), ("aê", "ă"), ("aá", "ấ"), ("aé", "ắ"), ("eä", "ệ"),
    ("ô", "ơ"), ("ö", "ư"), ("öï", "ự"), ("ñ", "đ"), ("Ñ", "Đ"), ("í", "í"), ("æ", "ỉ"),
    ("î", "ỵ"), ("AÙ", "Á"), ("OÂ", "Ô"), ("Ô", "Ơ"), ("EÄ", "Ệ"), ("Eä", "Ệ"),
])
def test_vni_sequences_match_vni_windows(vni: str, char: str) -> None:
    assert le.decode(vni.encode("cp1252"), "vni") == char


@pytest.mark.parametrize(("data", "char"), [
    (b"\xd0", "Đ"), (b"\xf0", "đ"), (b"\xe2", "â"), (b"\xf5", "ơ"), (b"\xfd", "ư"),
    (b"a\xec", "á"), (b"\xea\xcc", "ề"), (b"i\xd2", "ỉ"), (b"\xfd\xf2", "ự"), (b"\xfe", "₫"),
])
def test_cp1258_combining_tones_are_composed(data: bytes, char: str) -> None:
    assert le.decode(data, "cp1258") == char


def test_well_known_sentence_bytes() -> None:
    assert le.encode("Tuyên giáo Tỉnh ủy", "tcvn3") == b"Tuy\xaan gi\xb8o T\xd8nh \xf1y"
    assert le.encode("Tuyên giáo Tỉnh ủy", "vni") == "Tuyeân giaùo Tænh uûy".encode("cp1252")


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs iconv for the cross-check")
def test_tcvn3_table_agrees_with_glibc_tcvn5712_1() -> None:
    codes = [b for b in range(1, 256) if b not in (0x0A, 0x0D)]
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"x",
                           capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("this iconv has no TCVN5712-1")
    for code in codes:
        theirs = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
                                input=b"x" + bytes([code]), capture_output=True, check=True).stdout
        ours = "x" + le.TCVN3_TO_UNICODE.get(code, chr(code))  # the VN1 table, without context
        assert unicodedata.normalize("NFC", ours) == unicodedata.normalize(
            "NFC", theirs.decode("utf-8")), hex(code)


# --- round trips and detection -----------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["cp1258", "tcvn3", "vni"])
@pytest.mark.parametrize("text", [*SENTENCES, CAPITALS])
def test_round_trip(encoding: le.Legacy, text: str) -> None:
    assert le.decode(le.encode(text, encoding), encoding) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("encoding", ["cp1258", "tcvn3", "vni"])
def test_detection_picks_the_encoding(encoding: le.Legacy) -> None:
    data = le.encode("\n".join(SENTENCES), encoding)
    text, found = le.decode_unknown(data)
    assert found == encoding
    assert text == "\n".join(SENTENCES)


def test_detection_refuses_when_nothing_reads_as_vietnamese() -> None:
    german = "Größe Übermaß Äpfel schön für Straße".encode("cp1252")
    with pytest.raises(le.UnsureEncoding, match="no Vietnamese 8-bit encoding reads clearly"):
        le.decode_unknown(german)


def test_encode_names_a_character_the_table_lacks() -> None:
    with pytest.raises(ValueError, match=r"U\+4E2D"):
        le.encode("中", "tcvn3")


@pytest.mark.parametrize(("word", "ok"), [
    ("nghiêng", True), ("Tuyên", True), ("khuya", True), ("người", True), ("gì", True),
    ("Tuyªn", False), ("gi¸o", False), ("Tuyeân", False), ("giaùo", False), ("ááá", False),
])
def test_syllable_shape(word: str, ok: bool) -> None:
    assert le.is_syllable(word) is ok


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_repair_font_text_reverses_a_legacy_font(encoding: le.Legacy) -> None:
    shown = le.encode("\n".join(SENTENCES), encoding).decode("cp1252")  # as Word stores it
    text, found = le.repair_font_text(shown)
    assert (text, found) == ("\n".join(SENTENCES), encoding)


def test_repair_font_text_leaves_unicode_alone() -> None:
    assert le.repair_font_text("\n".join(SENTENCES)) == ("\n".join(SENTENCES), None)
