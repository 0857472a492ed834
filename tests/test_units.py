"""Phrase tables for loaders.units: splitting lists of units, the unit an item opens with,
canonical names, and jurisdiction ("Ban Tuyên giáo Tỉnh ủy" of Cao Bằng is not Lai Châu's)."""
from __future__ import annotations

import pytest

from loaders.units import Jurisdiction, canonical_name, looks_like_unit, phrase_after, resolve, split_units, unit_prefix

CAO_BANG = Jurisdiction(province="Cao Bằng")
LAI_CHAU = Jurisdiction(province="Lai Châu")
TAM_DUONG = Jurisdiction(province="Lai Châu", district="Tam Đường")
CENTRAL = Jurisdiction(central=True)


@pytest.mark.parametrize(("phrase", "units"), [
    # one name with commas and "và" inside
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    # a group unit stays whole
    ("Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy", ["Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy"]),
    ("Các sở, ban, ngành liên quan", ["Các sở, ban, ngành liên quan"]),
    ("Ủy ban nhân dân các huyện, thành phố", ["Ủy ban nhân dân các huyện, thành phố"]),
    # lists split at commas, "và" and ";"
    ("Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy và các sở, ngành liên quan",
     ["Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy", "các sở, ngành liên quan"]),
    ("Ủy ban nhân dân các huyện, thành phố; Sở Tài chính", ["Ủy ban nhân dân các huyện, thành phố", "Sở Tài chính"]),
    ("Văn phòng Chính phủ, Bộ Ngoại giao", ["Văn phòng Chính phủ", "Bộ Ngoại giao"]),
    ("Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"]),
    ("Sở Giáo dục và Đào tạo, Sở Thông tin và Truyền thông",
     ["Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông"]),
    ("Báo Cao Bằng, Đài Phát thanh và Truyền hình tỉnh", ["Báo Cao Bằng", "Đài Phát thanh và Truyền hình tỉnh"]),
    ("Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh",
     ["Hội Cựu chiến binh", "Hội Nông dân", "Hội Liên hiệp Phụ nữ tỉnh"]),
    ("Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh",
     ["Mặt trận Tổ quốc", "các đoàn thể chính trị - xã hội tỉnh"]),
    ("Bộ Quốc phòng, Bộ Công an.", ["Bộ Quốc phòng", "Bộ Công an"]),
    # one body named once for several places: one unit per place
    ("Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh, thành phố Hải Phòng và tỉnh Quảng Ninh",
     ["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hồ Chí Minh",
      "Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân tỉnh Quảng Ninh"]),
    ("Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam",
     ["Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam"]),
    ("", []),
])
def test_split_units(phrase: str, units: list[str]) -> None:
    assert split_units(phrase) == units


@pytest.mark.parametrize(("item", "unit"), [
    # stops at the predicate
    ("Ban Tuyên giáo Tỉnh ủy ban hành Đề cương tuyên truyền.", "Ban Tuyên giáo Tỉnh ủy"),
    ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo Tỉnh ủy"),
    ("Sở Nội vụ tham mưu khen thưởng các tập thể.", "Sở Nội vụ"),
    # "Môi trường" is no school ("Trường …" names one)
    ("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản.", "Sở Nông nghiệp và Môi trường"),
    ("Tất cả lực lượng, phương tiện tham gia thực hiện Kế hoạch này phải tuân thủ quy định.",
     "Tất cả lực lượng, phương tiện"),
    ("Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu.", "Sở Khoa học và Công nghệ"),
    ("Sở Lao động - Thương binh và Xã hội tổ chức thăm hỏi gia đình chính sách.",
     "Sở Lao động - Thương binh và Xã hội"),
    ("Đảng ủy Khối các cơ quan tỉnh chỉ đạo các chi bộ.", "Đảng ủy Khối các cơ quan tỉnh"),
    ("Trường Chính trị tỉnh mở lớp bồi dưỡng.", "Trường Chính trị tỉnh"),
    ("Công an tỉnh bảo đảm an ninh, trật tự.", "Công an tỉnh"),
    ("Hội Liên hiệp Phụ nữ tỉnh vận động hội viên.", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("Tỉnh Đoàn thanh niên: Chủ trì tổ chức các hoạt động.", "Tỉnh Đoàn thanh niên"),
    ("Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội tỉnh tuyên truyền, vận động.",
     "Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội tỉnh"),
    ("Báo Cao Bằng, Đài Phát thanh - Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh mở chuyên mục.",
     "Báo Cao Bằng, Đài Phát thanh - Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh"),
    # "đảng" is not "đăng", "giáo" is not "giao": no stop inside the name
    ("Các chi bộ Đảng tổ chức sinh hoạt chuyên đề.", "Các chi bộ Đảng"),
    ("Các chi bộ đảng trực thuộc tổ chức sinh hoạt.", "Các chi bộ đảng trực thuộc"),
    # "các tổ chức" is a noun here, not the verb "tổ chức"
    ("Các tổ chức cơ sở đảng đăng ký công trình chào mừng.", "Các tổ chức cơ sở đảng"),
    ("Báo Cao Bằng đăng tin, bài.", "Báo Cao Bằng"),
    ("Phòng Văn hóa và Thông tin huyện đăng tải tin bài.", "Phòng Văn hóa và Thông tin huyện"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy giao các cơ quan báo chí thực hiện.", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("Các cơ sở giáo dục tổ chức cho học sinh tham quan.", "Các cơ sở giáo dục"),
    ("Ban Tuyên giáo các huyện ủy, thành ủy hướng dẫn tuyên truyền.", "Ban Tuyên giáo các huyện ủy, thành ủy"),
    ("Các cơ quan báo chí của tỉnh mở chuyên trang.", "Các cơ quan báo chí của tỉnh"),
    ("Cổng thông tin điện tử tỉnh đăng tải tin bài.", "Cổng thông tin điện tử tỉnh"),
    ("Ban chỉ đạo 35 tỉnh chỉ đạo đấu tranh.", "Ban chỉ đạo 35 tỉnh"),
    ("Ban Quản lý Khu di tích quốc gia đặc biệt Pác Bó tổ chức lễ.",
     "Ban Quản lý Khu di tích quốc gia đặc biệt Pác Bó"),
    ("Các đơn vị lực lượng vũ trang tỉnh tổ chức.", "Các đơn vị lực lượng vũ trang tỉnh"),
    ("Trường Chính trị Hoàng Đình Giong mở lớp.", "Trường Chính trị Hoàng Đình Giong"),
    ("Liên đoàn Lao động tỉnh vận động.", "Liên đoàn Lao động tỉnh"),
    # a leading "Giao" / "Đề nghị" is not part of the unit
    ("Giao Văn phòng Tỉnh ủy chủ trì tổ chức.", "Văn phòng Tỉnh ủy"),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp thực hiện.", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    # items that open with an action, not a unit
    ("Tổ chức hội nghị báo cáo viên.", None),
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5.", None),
    ("Bảo đảm an toàn tuyệt đối các hoạt động.", None),
    ("Ban hành kế hoạch tuyên truyền.", None),
    ("Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy.", None),
    ("Đại hội Đảng bộ tỉnh lần thứ XX.", None),
    ("Các nội dung tuyên truyền.", None),
    ("tuyên truyền về Đại hội.", None),
])
def test_unit_prefix(item: str, unit: str | None) -> None:
    assert unit_prefix(item) == unit


def test_unit_prefix_keeps_dao_tao() -> None:
    assert unit_prefix("Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức.") == "Sở Giáo dục và Đào tạo"


@pytest.mark.parametrize(("text", "start", "phrase"), [
    ("Giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy tổ chức gặp mặt.", 5, "Văn phòng Tỉnh ủy"),
    ("Giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy tổ chức gặp mặt.", 45, "Ban Tổ chức Tỉnh ủy"),
    ("phối hợp với các cơ quan, đơn vị liên quan hướng dẫn thực hiện.", 13, "các cơ quan, đơn vị liên quan"),
])
def test_phrase_after(text: str, start: int, phrase: str) -> None:
    assert phrase_after(text, start) == phrase


@pytest.mark.parametrize(("text", "start", "phrase"), [
    ("phối hợp với Ban Tuyên giáo Tỉnh ủy thực hiện.", 13, "Ban Tuyên giáo Tỉnh ủy"),
    ("phối hợp với Trường Chính trị tỉnh, Hội Khoa học lịch sử tỉnh tổ chức.", 13,
     "Trường Chính trị tỉnh, Hội Khoa học lịch sử tỉnh"),
    ("phối hợp với các cơ quan, đơn vị liên quan hướng dẫn.", 13, "các cơ quan, đơn vị liên quan"),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp.", 8, "Ủy ban Mặt trận Tổ quốc tỉnh"),
], ids=["thuc-hien-dot", "to-chuc-dot", "huong-dan-dot", "phoi-hop-dot"])
def test_phrase_after_stops_at_a_predicate_before_the_full_stop(text: str, start: int, phrase: str) -> None:
    assert phrase_after(text, start) == phrase


@pytest.mark.parametrize(("phrase", "bare", "expected"), [
    ("Sở Nội vụ", False, True),
    ("Các cơ quan báo chí", False, True),
    ("cơ quan, đơn vị liên quan", False, False),
    ("cơ quan, đơn vị liên quan", True, True),
    ("Tổ chức hội nghị", False, False),
    ("Hội thi tìm hiểu", False, False),
    ("Chủ tịch Hồ Chí Minh", False, False),
    ("Các nội dung", False, False),
])
def test_looks_like_unit(phrase: str, bare: bool, expected: bool) -> None:
    assert looks_like_unit(phrase, bare_groups=bare) is expected


@pytest.mark.parametrize(("name", "canonical"), [
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("MTTQ Việt Nam tỉnh", "Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("BTGTU", "Ban Tuyên giáo Tỉnh ủy"),
    ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh"),
    ("Hội CCB tỉnh", "Hội Cựu chiến binh tỉnh"),
    ("Các đảng bộ TTTU", "Các đảng bộ trực thuộc Tỉnh ủy"),
    # a sign's issuer-department part is not a unit abbreviation to expand
    ("UBND-VX", "UBND-VX"),
    # "uỷ" written the modern way
    ("Tỉnh uỷ Cao Bằng", "Tỉnh ủy Cao Bằng"),
    ("Uỷ ban nhân dân huyện", "Ủy ban nhân dân huyện"),
    ("Ban Tuyên giáo Tỉnh uỷ", "Ban Tuyên giáo Tỉnh ủy"),
    # spacing, trailing punctuation, first capital
    (" Ban Dân vận  Tỉnh ủy; ", "Ban Dân vận Tỉnh ủy"),
    ("sở Nội vụ", "Sở Nội vụ"),
    ("các sở, ngành liên quan.", "Các sở, ngành liên quan"),
    # an abbreviation inside a word is left alone
    ("Trường THPT Bảo Lạc", "Trường THPT Bảo Lạc"),
])
def test_canonical_name(name: str, canonical: str) -> None:
    assert canonical_name(name) == canonical


# name as written, issuer's jurisdiction, expected unit jurisdiction
RESOLVE = [
    ("Ban Tuyên giáo Tỉnh ủy", CAO_BANG, "Cao Bằng"),
    ("Ban Tuyên giáo Tỉnh ủy", LAI_CHAU, "Lai Châu"),
    ("Ban Tuyên giáo Huyện ủy", TAM_DUONG, "Tam Đường, Lai Châu"),
    ("Văn phòng Huyện ủy", TAM_DUONG, "Tam Đường, Lai Châu"),
    ("UBND huyện", TAM_DUONG, "Tam Đường, Lai Châu"),
    ("Ủy ban nhân dân các xã, thị trấn", TAM_DUONG, "Tam Đường, Lai Châu"),
    # a provincial body named in a district's plan is the province's
    ("Ban Tuyên giáo Tỉnh ủy", TAM_DUONG, "Lai Châu"),
    ("Sở Văn hóa, Thể thao và Du lịch", TAM_DUONG, "Lai Châu"),
    ("Sở Văn hóa, Thể thao và Du lịch", LAI_CHAU, "Lai Châu"),
    # central bodies are central wherever they are named
    ("Ban Tuyên giáo Trung ương", CAO_BANG, "Trung ương"),
    ("Ban Tuyên giáo và Dân vận Trung ương", CENTRAL, "Trung ương"),
    ("Văn phòng Chính phủ", LAI_CHAU, "Trung ương"),
    ("Bộ Chính trị", CAO_BANG, "Trung ương"),
    ("Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy", CAO_BANG, "Cao Bằng"),
    ("Ban Thường vụ Huyện ủy", TAM_DUONG, "Tam Đường, Lai Châu"),
    ("Ban Thường vụ Tỉnh ủy", TAM_DUONG, "Lai Châu"),
    ("Công an huyện", TAM_DUONG, "Tam Đường, Lai Châu"),
    ("Công an tỉnh", TAM_DUONG, "Lai Châu"),
    ("Bộ Chỉ huy Quân sự tỉnh", TAM_DUONG, "Lai Châu"),
    ("Đảng ủy các xã, thị trấn", TAM_DUONG, "Tam Đường, Lai Châu"),
    # national bodies named "… Việt Nam", but a province's own committee of one
    ("Hội Nhà báo Việt Nam", CAO_BANG, "Trung ương"),
    ("Đài Truyền hình Việt Nam", CAO_BANG, "Trung ương"),
    ("Thông tấn xã Việt Nam", CAO_BANG, "Trung ương"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", CAO_BANG, "Cao Bằng"),
    ("Hội Cựu chiến binh Việt Nam tỉnh", CAO_BANG, "Cao Bằng"),
    ("Bộ Quốc phòng", CAO_BANG, "Trung ương"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", CAO_BANG, "Cao Bằng"),
]


@pytest.mark.parametrize(("name", "where", "jurisdiction"), RESOLVE)
def test_resolve_jurisdiction(name: str, where: Jurisdiction, jurisdiction: str) -> None:
    assert resolve(name, where=where).jurisdiction == jurisdiction


def test_same_name_in_two_provinces_is_two_units() -> None:
    cao_bang = resolve("Ban Tuyên giáo Tỉnh ủy", where=CAO_BANG)
    lai_chau = resolve("Ban Tuyên giáo Tỉnh uỷ", where=LAI_CHAU)
    assert cao_bang.canonical == lai_chau.canonical == "Ban Tuyên giáo Tỉnh ủy"
    assert (cao_bang.canonical, cao_bang.jurisdiction) != (lai_chau.canonical, lai_chau.jurisdiction)


@pytest.mark.parametrize(("name", "is_group"), [
    ("Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy", True),
    ("Các sở, ban, ngành liên quan", True),
    ("Ủy ban nhân dân các huyện, thành phố", True),
    ("Sở Văn hóa, Thể thao và Du lịch", False),
    ("Ban Tuyên giáo Tỉnh ủy", False),
])
def test_resolve_group(name: str, is_group: bool) -> None:
    assert resolve(name, where=CAO_BANG).is_group is is_group


def test_resolve_keeps_name_as_written_and_abbreviations() -> None:
    unit = resolve(" UBND tỉnh ", where=LAI_CHAU)
    assert (unit.name, unit.canonical, unit.jurisdiction, unit.abbreviations) == (
        "UBND tỉnh", "Ủy ban nhân dân tỉnh", "Lai Châu", ["UBND"])


def test_ministry_in_a_provincial_plan_is_central() -> None:
    unit = resolve("Bộ Văn hóa, Thể thao và Du lịch", where=LAI_CHAU)
    assert (unit.jurisdiction, unit.is_group) == ("Trung ương", False)


def test_jurisdiction_label() -> None:
    assert Jurisdiction().label() is None
    assert CENTRAL.label() == "Trung ương"
    assert CAO_BANG.label() == "Cao Bằng"
    assert TAM_DUONG.label() == "Tam Đường, Lai Châu"
    assert Jurisdiction(district="Tam Đường").label() == "Tam Đường"


@pytest.mark.parametrize("uy", ["ủy", "uỷ"])  # both tone placements are written
def test_owner_at_the_end_of_a_list_applies_to_each(uy: str) -> None:
    assert split_units(f"Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức Huyện {uy}") == [
        f"Ban Tuyên giáo Huyện {uy}", f"Ban Dân vận Huyện {uy}", f"Ban Tổ chức Huyện {uy}"]


_SHARED = ("Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng; các Đảng uỷ: Chính phủ; Quốc hội; Mặt trận Tổ quốc, "
           "các đoàn thể Trung ương; Bộ Tư pháp; Bộ Nội vụ và các cấp uỷ, tổ chức đảng")


def test_one_head_written_once_for_a_list_of_owners() -> None:
    assert split_units(_SHARED) == [
        "Ban Tổ chức Trung ương", "Văn phòng Trung ương Đảng", "Đảng uỷ Chính phủ", "Đảng uỷ Quốc hội",
        "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương", "Đảng uỷ Bộ Tư pháp", "Đảng uỷ Bộ Nội vụ",
        "các cấp uỷ, tổ chức đảng"]
    # the list runs on past the head's colon to the verb
    assert phrase_after(f"Giao {_SHARED} căn cứ Kết luận này để tổ chức thực hiện.", 5) == _SHARED
    # a colon that opens the work still ends the list
    assert phrase_after("Giao Sở Nội vụ: tham mưu tổ chức hội nghị.", 5) == "Sở Nội vụ"


@pytest.mark.parametrize(("item", "unit"), [
    ("Các cơ quan thông tin đại chúng tuyên truyền sâu rộng.", "Các cơ quan thông tin đại chúng"),
    ("Hội Văn học Nghệ thuật tỉnh sáng tác tác phẩm.", "Hội Văn học Nghệ thuật tỉnh"),
], ids=["thong-tin-as-noun", "unlisted-verb"])
def test_unit_prefix_noun_verbs_and_unlisted_verbs(item: str, unit: str) -> None:
    assert unit_prefix(item) == unit


@pytest.mark.parametrize(("name", "jurisdiction"), [
    ("Tỉnh ủy Lai Châu", "Lai Châu"),
    ("Ban Tuyên giáo Tỉnh ủy Lai Châu", "Lai Châu"),
    ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu", "Lai Châu"),
    ("Huyện ủy Hà Quảng", "Hà Quảng, Cao Bằng"),
    ("Ủy ban nhân dân huyện Bảo Lạc", "Bảo Lạc, Cao Bằng"),
])
def test_a_place_in_the_name_wins_over_the_issuer_s(name: str, jurisdiction: str) -> None:
    assert resolve(name, where=CAO_BANG).jurisdiction == jurisdiction


@pytest.mark.parametrize("name", ["Báo Nhân dân", "Tạp chí Cộng sản", "Báo Quân đội nhân dân"])
def test_central_press_is_central(name: str) -> None:
    assert resolve(name, where=CAO_BANG).jurisdiction == "Trung ương"


@pytest.mark.parametrize(("item", "unit"), [
    ("Các cấp ủy, tổ chức đảng tăng cường lãnh đạo, chỉ đạo công tác tuyên truyền.", "Các cấp ủy, tổ chức đảng"),
    ("Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tổ chức quán triệt.",
     "Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội"),
], ids=["cap-uy-to-chuc-dang", "long-group"])
def test_group_with_to_chuc_dang(item: str, unit: str) -> None:
    assert unit_prefix(item) == unit


def test_a_long_list_of_provincial_bodies_is_read_to_its_verb() -> None:
    text = ("Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn đại biểu "
            "Quốc hội và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân "
            "tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc nhà nước khu vực XI, Ngân hàng nhà nước khu vực 8, "
            "Chi cục Hải quan khu vực XI tăng cường công tác bảo vệ bí mật nhà nước.")
    phrase = phrase_after(text, len("Đề nghị "))
    assert phrase is not None and phrase.endswith("Chi cục Hải quan khu vực XI")
    parts = split_units(phrase)
    assert "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh" in parts  # one office serves both
    assert {"Tòa án nhân dân tỉnh", "Thuế tỉnh"} <= set(parts) and len(parts) == 12
