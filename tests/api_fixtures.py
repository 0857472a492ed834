"""Fixtures of the API tests: a real LadybugDB store in a temporary folder, loaded with the seed
documents through the real pipeline, served by the real app through TestClient.

Test modules import the fixtures they use from here (`from api_fixtures import ...`).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.models import Deadline, Document, Event, Extraction, Period, Reference, Task, Unit
from graph.settings import Settings
from graph.engines import open_store
from graph.store import Store
from loaders.pipeline import extract_file

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "planlink" / "samples").glob("*.txt"))
TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def settings_for(folder: Path, **overrides: object) -> Settings:
    return Settings(engine="ladybug", data_dir=folder, api_token=TOKEN, api_token_name="tester", **overrides)


PLAN_TEXT = """TỈNH ỦY CAO BẰNG
Số 99-KH/TU
Cao Bằng, ngày 01 tháng 3 năm 2024
KẾ HOẠCH tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ XX
Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp.
1. Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tuyên truyền, hoàn thành trước ngày 15/6/2024.
2. Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả vào ngày 20 hàng tháng.
3. Báo Cao Bằng chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tuyên truyền thường xuyên.
4. Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung tuyên truyền.
Đợt I: Từ ngày 01/3/2024 đến ngày 30/6/2024.
"""


def _unit(name: str) -> Unit:
    return Unit(name=name, canonical=name, jurisdiction="Cao Bằng")


def handmade_plan() -> Extraction:
    """A plan with known facts, so trace and obligations have exact answers whatever the extractor
    finds in the seeds today. Written as the extractor would write it; stored by the real store."""
    culture, paper, board = (_unit("Sở Văn hóa, Thể thao và Du lịch"), _unit("Báo Cao Bằng"),
                             _unit("Ban Tuyên giáo Tỉnh ủy"))
    return Extraction(
        source="99-KH-TU.txt",
        text=PLAN_TEXT,
        document=Document(symbol="99-KH/TU", doc_type="Kế hoạch", issuer="Tỉnh ủy Cao Bằng",
                          issued_date="2024-03-01", jurisdiction="Cao Bằng", place="Cao Bằng",
                          title="Tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
                          source_file="99-KH-TU.txt", content_hash="handmade-99-kh-tu"),
        references=[Reference(symbol="35-CT/TW", doc_type="Chỉ thị", issuer="Bộ Chính trị",
                              issued_date="2019-05-30", jurisdiction="Trung ương", basis=True,
                              clause="Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị")],
        tasks=[
            Task(text="Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tuyên truyền", lead=[culture],
                 deadline=Deadline(kind="date", due="2024-06-15", text="trước ngày 15/6/2024")),
            Task(text="Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả", lead=[culture],
                 deadline=Deadline(kind="recurring", rule="FREQ=MONTHLY;BYMONTHDAY=20",
                                   text="vào ngày 20 hàng tháng")),
            Task(text="Báo Cao Bằng tuyên truyền thường xuyên", lead=[paper], support=[culture],
                 deadline=Deadline(kind="continuous", text="thường xuyên")),
            Task(text="Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung tuyên truyền", lead=[board]),
        ],
        events=[Event(name="Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", kind="congress", date="2025-09-20")],
        periods=[Period(name="Đợt I", start="2024-03-01", end="2024-06-30",
                        text="Đợt I: Từ ngày 01/3/2024 đến ngày 30/6/2024")],
    )


def load_seeds(store: Store) -> None:
    """The seed documents through the real pipeline, and the hand-made plan."""
    for path in SAMPLES:
        store.upsert(extract_file(path))
    store.upsert(handmade_plan())


def url_id(item_id: str) -> str:
    """Ids hold '#' and '.'; quote them for the path."""
    return quote(item_id, safe="")


def _seeded(folder: Path) -> tuple[Settings, Store]:
    settings = settings_for(folder / "store")
    store = open_store(settings)
    load_seeds(store)
    return settings, store


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, Store]]:
    """Shared by the read-only tests of a module; never write through it."""
    settings, store = _seeded(tmp_path_factory.mktemp("api-read"))
    yield settings, store
    store.close()


@pytest.fixture(scope="module")
def client(seeded: tuple[Settings, Store]) -> Iterator[TestClient]:
    settings, store = seeded
    with TestClient(create_app(settings, store=store)) as test_client:
        yield test_client


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[tuple[TestClient, Store]]:
    """A client over a fresh seeded store of its own, for tests that write."""
    settings, store = _seeded(tmp_path)
    with TestClient(create_app(settings, store=store)) as test_client:
        yield test_client, store
    store.close()
