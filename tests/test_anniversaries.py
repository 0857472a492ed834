"""The anniversary calculator: ordinals, tiers, lunar dates, leap days, year-only origins, selection,
links to loaded plans in a real LadybugStore, and the `planlink anniversaries` command itself."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.anniversaries import anniversaries, check_ordinal, occurrences, tier_of
from graph.catalog import CatalogEvent, load_catalog
from graph.errors import InvalidInput
from graph.ladybug_store import LadybugStore
from graph.models import Document, Event, Extraction, Period, Task

YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))


def by_id(items: list) -> dict:
    return {item.id: item for item in items}


def event(origin: str, **fields: object) -> CatalogEvent:
    return CatalogEvent(**{"id": "e", "name": "Sự kiện thử", "category": "party", "origin": origin,
                           "source": "test", **fields})


@pytest.mark.parametrize(("years", "tier"), [
    (95, "le5"), (80, "tron"), (100, "tron"), (135, "le5"), (79, "khac"), (1, "khac"), (5, "le5"),
    (10, "tron"), (526, "khac"), (None, None),
])
def test_tier_follows_nd_145_dieu_3(years: int | None, tier: str | None) -> None:
    assert tier_of(years) == tier


@pytest.mark.parametrize(("event_id", "day", "years", "tier"), [
    ("thanh-lap-dang", "2025-02-03", 95, "le5"),
    ("sinh-nhat-bac", "2025-05-19", 135, "le5"),
    ("giai-phong-mien-nam", "2025-04-30", 50, "tron"),
    ("quoc-khanh", "2025-09-02", 80, "tron"),
    ("cach-mang-thang-tam", "2025-08-19", 80, "tron"),
    ("cong-an-nhan-dan", "2025-08-19", 80, "tron"),
    ("bao-chi-cach-mang", "2025-06-21", 100, "tron"),
    ("dien-bien-phu", "2025-05-07", 71, "khac"),  # a statutory day: listed every year, whatever its tier
])
def test_the_year_2025(event_id: str, day: str, years: int, tier: str) -> None:
    item = by_id(anniversaries(*YEAR_2025))[event_id]
    assert (item.date, item.years, item.tier) == (day, years, tier)


@pytest.mark.parametrize(("start", "event_id", "day", "years", "tier"), [
    (2030, "thanh-lap-dang", "2030-02-03", 100, "tron"),
    (2030, "sinh-nhat-bac", "2030-05-19", 140, "tron"),
    (2024, "dien-bien-phu", "2024-05-07", 70, "tron"),
    (2024, "thanh-lap-dang", "2024-02-03", 94, "khac"),
    (2026, "tong-tuyen-cu-dau-tien", "2026-01-06", 80, "tron"),
    (2026, "bac-ho-ve-nuoc", "2026-01-28", 85, "le5"),
    (2022, "dien-bien-phu-tren-khong", "2022-12", 50, "tron"),
    (2021, "dai-hoi-xiii", None, None, None),  # the congress itself is no anniversary
    (2022, "sinh-nguyen-dinh-chieu", "2022-07-01", 200, "tron"),  # an origin before 1900
    (2020, "khoi-nghia-hai-ba-trung", "2020", 1980, "tron"),  # the year 40
])
def test_other_years(start: int, event_id: str, day: str | None, years: int | None, tier: str | None) -> None:
    item = by_id(anniversaries(date(start, 1, 1), date(start, 12, 31))).get(event_id)
    if day is None:
        assert item is None
        return
    assert (item.date, item.years, item.tier) == (day, years, tier)


@pytest.mark.parametrize(("year", "tet", "gio_to"), [
    (2024, "2024-02-10", "2024-04-18"),
    (2025, "2025-01-29", "2025-04-07"),
    (2026, "2026-02-17", "2026-04-26"),
])
def test_tet_and_gio_to_fall_on_their_solar_dates(year: int, tet: str, gio_to: str) -> None:
    items = by_id(anniversaries(date(year, 1, 1), date(year, 12, 31)))
    assert (items["tet-nguyen-dan"].date, items["tet-nguyen-dan"].lunar_date) == (tet, "1/1")
    assert (items["gio-to-hung-vuong"].date, items["gio-to-hung-vuong"].lunar_date) == (gio_to, "10/3")
    assert items["tet-nguyen-dan"].lunar and items["tet-nguyen-dan"].statutory
    assert items["tet-nguyen-dan"].years is None and items["tet-nguyen-dan"].tier is None


def test_a_lunar_event_with_a_year_counts_lunar_years() -> None:
    # Ngọc Hồi – Đống Đa, mùng 5 Tết Kỷ Dậu 1789: in 2025 (Ất Tỵ) the 236th, on 2/2/2025.
    item = by_id(anniversaries(*YEAR_2025, tier="all"))["chien-thang-ngoc-hoi-dong-da"]
    assert (item.date, item.years, item.lunar_date, item.lunar) == ("2025-02-02", 236, "5/1", True)


def test_a_29_february_origin_falls_on_28_february_in_common_years() -> None:
    leap = event("2000-02-29")
    assert [o.date for o in occurrences(leap, date(2025, 1, 1), date(2025, 12, 31))] == ["2025-02-28"]
    assert [o.date for o in occurrences(leap, date(2028, 1, 1), date(2028, 12, 31))] == ["2028-02-29"]
    assert [o.date for o in occurrences(leap, date(2100, 2, 28), date(2100, 3, 1))] == ["2100-02-28"]


def test_a_year_only_origin_is_the_whole_year_and_listed_when_the_window_touches_it() -> None:
    march = by_id(anniversaries(date(2025, 3, 1), date(2025, 3, 31), tier="all"))
    assert (march["thanh-lap-cao-bang"].date, march["thanh-lap-cao-bang"].years) == ("2025", 526)
    assert by_id(anniversaries(date(2026, 1, 1), date(2026, 1, 31), tier="all"))["thanh-lap-cao-bang"].years == 527
    assert by_id(anniversaries(date(2029, 6, 1), date(2029, 6, 1)))["thanh-lap-cao-bang"].tier == "tron"  # 530th
    later = by_id(anniversaries(date(2025, 12, 31), date(2026, 1, 1), tier="all"))
    assert later["thanh-lap-cao-bang"].date == "2026"  # one per year: 2025's then 2026's
    assert [i.date for i in anniversaries(date(2025, 12, 31), date(2026, 1, 1), tier="all")
            if i.id == "thanh-lap-cao-bang"] == ["2025", "2026"]


def test_a_year_month_origin_is_listed_only_when_the_window_touches_that_month() -> None:
    assert "dien-bien-phu-tren-khong" not in by_id(anniversaries(date(2022, 1, 1), date(2022, 11, 30)))
    assert by_id(anniversaries(date(2022, 12, 31), date(2022, 12, 31)))["dien-bien-phu-tren-khong"].date == "2022-12"


def test_no_anniversary_before_the_first_year() -> None:
    assert list(occurrences(event("2025-07-01"), date(2025, 1, 1), date(2025, 12, 31))) == []
    assert [o.years for o in occurrences(event("2025-07-01"), date(2026, 1, 1), date(2026, 12, 31))] == [1]


def test_selection_default_all_and_tron() -> None:
    default = anniversaries(*YEAR_2025)
    everything = anniversaries(*YEAR_2025, tier="all")
    round_only = anniversaries(*YEAR_2025, tier="tron")
    assert {i.tier for i in round_only} == {"tron"}
    assert all(i.statutory or i.tier in ("tron", "le5") for i in default)
    assert {i.id for i in round_only} < {i.id for i in default} < {i.id for i in everything}
    assert "sinh-le-duan" in by_id(everything) and "sinh-le-duan" not in by_id(default)  # the 118th
    padded = [(i.date + "-00-00")[:10] for i in default]
    assert padded == sorted(padded) and default[0].date == "2025"  # year-only ones open their year


def test_scope_keeps_national_events_and_that_province() -> None:
    cao_bang = anniversaries(*YEAR_2025, scope="cao bang")
    assert {i.scope for i in cao_bang} == {"national", "Cao Bằng"}
    assert "giai-phong-cao-bang-1950" in by_id(cao_bang) and "giai-phong-da-nang" not in by_id(cao_bang)


def test_a_window_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInput, match="swap --from and --to"):
        anniversaries(date(2025, 12, 31), date(2025, 1, 1))


def test_a_lunar_window_outside_the_calendar_tables_is_refused() -> None:
    with pytest.raises(InvalidInput, match="1900–2100"):
        anniversaries(date(2150, 1, 1), date(2150, 12, 31))


def test_a_custom_catalog_replaces_the_shipped_one() -> None:
    items = anniversaries(*YEAR_2025, catalog=[event("1975-06-01")])
    assert [(i.id, i.date, i.years) for i in items] == [("e", "2025-06-01", 50)]


@pytest.mark.parametrize(("years", "origin", "anniversary", "flagged"), [
    (79, "1941-01-28", "2021-01-28", True),  # "79 năm … (28/1/1941 – 28/1/2021)": it is the 80th
    (79, "1941-01-28", "2020-01-28", False),
    (80, date(1941, 1, 28), date(2021, 1, 28), False),
    (526, "1499", "2026", True),  # 390-KH/TU: "526 năm thành lập tỉnh Cao Bằng (1499 - 2026)"
    (526, "1499", "2025", False),
])
def test_check_ordinal(years: int, origin: str | date, anniversary: str | date, flagged: bool) -> None:
    problem = check_ordinal(years, origin, anniversary)
    assert (problem is not None) == flagged
    if problem:
        assert problem.code == "ordinal_mismatch"
        assert str(years) in problem.message and str(int(str(anniversary)[:4]) - int(str(origin)[:4])) in problem.message


# --- links to loaded plans, in a real LadybugStore ---------------------------------------------------

def plan() -> Extraction:
    """A district plan like Tam Đường's: a window around each event, an event of its own, a wrong ordinal."""
    text = "HUYỆN ỦY TAM ĐƯỜNG. Số 99-KH/HU. Kế hoạch tuyên truyền kỷ niệm các sự kiện năm 2023 - 2024."
    return Extraction(
        source="tam_duong.txt", text=text,
        document=Document(symbol="99-KH/HU", doc_type="Kế hoạch", issuer="Huyện ủy Tam Đường",
                          issued_date="2023-01-10", jurisdiction="Tam Đường", source_file="tam_duong.txt",
                          content_hash="h-99-kh-hu"),
        tasks=[
            Task(text="Tổ chức tuyên truyền kỷ niệm 70 năm Ngày giải phóng thị trấn Lai Châu trên báo, đài"),
            Task(text="Tổ chức Ngày hội văn hóa xã Bình Lư với các hoạt động thể thao"),
        ],
        events=[
            Event(name="Ngày giải phóng thị trấn Lai Châu", date="1953-12-12", years=70,
                  anniversary_date="2023-12-12"),
            Event(name="Ngày Bác Hồ gửi thư cho đồng bào và cán bộ Lai Châu", date="1953-12-12", years=70,
                  anniversary_date="2023-12-12"),
            Event(name="Ngày Bác Hồ về nước lãnh đạo cách mạng Việt Nam", date="1941-01-28", years=79,
                  anniversary_date="2021-01-28"),
            Event(name="Ngày hội văn hóa xã Bình Lư", date="2003-11-15", years=20, anniversary_date="2023-11-15"),
            Event(name="Ngày thành lập Đảng Cộng sản Việt Nam", date="1930-02-03", years=94,
                  anniversary_date="2024-02-03"),
        ],
        periods=[Period(name="Thời gian tuyên truyền", days_before=20, days_after=5,
                        text="trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày")],
    )


@pytest.fixture
def store(tmp_path: Path):
    with LadybugStore(tmp_path / "store") as opened:
        opened.upsert(plan())
        yield opened


def test_a_catalog_event_lists_the_plan_and_tasks_that_name_it(store: LadybugStore) -> None:
    items = by_id(anniversaries(date(2023, 1, 1), date(2023, 12, 31), store=store))
    liberation = items["giai-phong-lai-chau-1953"]
    [mention] = liberation.mentioned_in
    assert mention.document.symbol == "99-KH/HU" and mention.name == "Ngày giải phóng thị trấn Lai Châu"
    assert len(mention.task_ids) == 1 and mention.problems == []
    # "trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày" around 12/12/2023
    assert (mention.window_start, mention.window_end) == ("2023-11-22", "2023-12-17")
    # the same day, the other Lai Châu event: matched by name, not merged into the first
    assert [m.name for m in items["bac-ho-thu-lai-chau"].mentioned_in] == [
        "Ngày Bác Hồ gửi thư cho đồng bào và cán bộ Lai Châu"]


def test_a_document_event_not_in_the_catalog_is_still_listed(store: LadybugStore) -> None:
    items = [i for i in anniversaries(date(2023, 1, 1), date(2023, 12, 31), store=store)
             if i.category == "document"]
    assert [(i.name, i.date, i.years, i.tier) for i in items] == [
        ("Ngày hội văn hóa xã Bình Lư", "2023-11-15", 20, "tron")]
    assert "99-KH/HU" in items[0].source and len(items[0].mentioned_in[0].task_ids) == 1


def test_a_stated_ordinal_that_disagrees_with_its_dates_is_flagged(store: LadybugStore) -> None:
    item = by_id(anniversaries(date(2021, 1, 1), date(2021, 12, 31), store=store))["bac-ho-ve-nuoc"]
    assert item.years == 80  # computed from the dates, not the text's 79
    [mention] = item.mentioned_in
    assert mention.years == 79 and [p.code for p in mention.problems] == ["ordinal_mismatch"]


def test_a_mention_with_its_ordinal_links_to_that_year_only_and_is_selected(store: LadybugStore) -> None:
    party_2024 = by_id(anniversaries(date(2024, 1, 1), date(2024, 12, 31), store=store))["thanh-lap-dang"]
    assert [m.years for m in party_2024.mentioned_in] == [94]
    party_2025 = by_id(anniversaries(*YEAR_2025, store=store))["thanh-lap-dang"]
    assert party_2025.mentioned_in == []
    # Bình Lư's 21st (2024) is "năm khác" and unnamed: not in the default list; its 20th was named
    assert not any(i.category == "document" for i in anniversaries(date(2024, 1, 1), date(2024, 12, 31),
                                                                   store=store))


def test_an_empty_store_gives_the_catalog_alone(tmp_path: Path) -> None:
    with LadybugStore(tmp_path / "empty") as empty:
        assert anniversaries(*YEAR_2025, store=empty) == anniversaries(*YEAR_2025)


# --- the command ---------------------------------------------------------------------------------

def run(*args: str) -> object:
    from planlink.cli import _register, app

    _register()
    return CliRunner().invoke(app, ["anniversaries", *args])


@pytest.mark.parametrize(("year", "expected"), [
    (2025, {
        "Ngày thành lập Đảng Cộng sản Việt Nam": ("2025-02-03", 95, "le5"),
        "Ngày sinh Chủ tịch Hồ Chí Minh": ("2025-05-19", 135, "le5"),
        "Ngày Giải phóng miền Nam, thống nhất đất nước": ("2025-04-30", 50, "tron"),
        "Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam": ("2025-09-02", 80, "tron"),
        "Ngày truyền thống Công an nhân dân Việt Nam": ("2025-08-19", 80, "tron"),
        "Ngày Báo chí cách mạng Việt Nam": ("2025-06-21", 100, "tron"),
        "Tết Nguyên đán": ("2025-01-29", None, None),
        "Giỗ Tổ Hùng Vương": ("2025-04-07", None, None),
    }),
    (2030, {
        "Ngày thành lập Đảng Cộng sản Việt Nam": ("2030-02-03", 100, "tron"),
        "Ngày sinh Chủ tịch Hồ Chí Minh": ("2030-05-19", 140, "tron"),
        "Ngày Giải phóng miền Nam, thống nhất đất nước": ("2030-04-30", 55, "le5"),
        "Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam": ("2030-09-02", 85, "le5"),
        "Ngày thành lập Quân đội nhân dân Việt Nam": ("2030-12-22", 86, None),  # absent: năm khác
        "Tết Nguyên đán": ("2030-02-02", None, None),
    }),
])
def test_the_command_on_an_empty_store(tmp_path: Path, year: int, expected: dict) -> None:
    result = run("--from", f"{year}-01-01", "--to", f"{year}-12-31", "--json", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert set(items[0]) >= {"name", "origin_date", "date", "years", "tier", "lunar", "category", "source",
                             "mentioned_in"}
    found = {i["name"]: (i["date"], i["years"], i["tier"]) for i in items}
    for name, (day, years, tier) in expected.items():
        if tier is None and years is not None:
            assert name not in found
        else:
            assert found[name] == (day, years, tier)


def test_the_command_links_loaded_plans(tmp_path: Path) -> None:
    with LadybugStore(tmp_path) as writer:
        writer.upsert(plan())
    result = run("--from", "2023-12-01", "--to", "2023-12-31", "--json", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    [liberation] = [i for i in json.loads(result.stdout) if i["id"] == "giai-phong-lai-chau-1953"]
    assert liberation["mentioned_in"][0]["document"]["symbol"] == "99-KH/HU"


def test_the_command_prints_a_table(tmp_path: Path) -> None:
    result = run("--from", "2025-04-01", "--to", "2025-04-30", "--tier", "tron", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "30/04/2025" in result.stdout and "năm tròn" in result.stdout


@pytest.mark.parametrize(("args", "complaint"), [
    (("--from", "2025-13-01", "--to", "2025-12-31"), "YYYY-MM-DD"),
    (("--from", "2025-01-01", "--to", "2025-12-31", "--tier", "some"), "default, all or tron"),
    (("--from", "2025-12-31", "--to", "2025-01-01"), "swap --from and --to"),
])
def test_the_command_names_bad_input(tmp_path: Path, args: tuple[str, ...], complaint: str) -> None:
    result = run(*args, "--data-dir", str(tmp_path))
    assert result.exit_code == 2
    assert complaint in result.output


def test_the_shipped_catalog_loads_once() -> None:
    assert load_catalog() == load_catalog() and load_catalog() is not load_catalog()
