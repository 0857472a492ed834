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
from graph.settings import Settings
from graph.store import Store, open_store
from loaders.pipeline import extract_file

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "planlink" / "samples").glob("*.txt"))
TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def settings_for(folder: Path, **overrides: object) -> Settings:
    return Settings(engine="ladybug", data_dir=folder, api_token=TOKEN, api_token_name="tester", **overrides)


def load_seeds(store: Store) -> None:
    for path in SAMPLES:
        store.upsert(extract_file(path))


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
