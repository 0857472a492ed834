"""Parallel uploads and reads through one app over one store, embedded or Neo4j (one driver, its
pool shared by the API's threads): uploads queue, reads keep answering, nothing fails, and
afterwards the store holds exactly what was uploaded."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api_fixtures import AUTH, SAMPLES, TOKEN, load_seeds, writable  # noqa: F401 - fixtures
from graph.engines import open_store
from graph.settings import Settings
from graph.store import Store

UPLOADS = 8
READERS = 4


def _document(n: int) -> bytes:
    lines = [f"TỈNH ỦY CAO BẰNG\nSố {500 + n}-KH/TU\nCao Bằng, ngày 02 tháng 3 năm 2024\n",
             f"KẾ HOẠCH tuyên truyền số {n}\n", "II. TỔ CHỨC THỰC HIỆN\n"]
    lines += [f"{i}. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hoạt động {n}.{i}, hoàn thành trước ngày "
              f"{i + 1}/6/2024.\n" for i in range(1, 6)]
    return "".join(lines).encode()


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def served(request: pytest.FixtureRequest) -> Iterator[tuple[TestClient, Store]]:
    if request.param == "ladybug":
        yield request.getfixturevalue("writable")
        return
    target = request.getfixturevalue("neo4j_target")
    request.getfixturevalue("neo4j_store")  # an empty graph
    settings = Settings(engine="neo4j", neo4j_uri=target.uri, neo4j_user=target.user,
                        neo4j_password=target.password, neo4j_database=target.database,
                        api_token=TOKEN, api_token_name="tester")
    with open_store(settings) as store:
        load_seeds(store)
        with TestClient(create_app(settings, store=store)) as test_client:
            yield test_client, store


@pytest.mark.slow
def test_parallel_uploads_and_reads_all_succeed_and_leave_a_consistent_store(
        served: tuple[TestClient, Store]) -> None:
    test_client, store = served
    before = store.stats().documents
    seed_text = SAMPLES[0].read_bytes()
    stop = threading.Event()
    read_statuses: list[int] = []
    read_errors: list[str] = []

    def upload(n: int) -> tuple[int, str]:
        # two files per request, one of them a seed already stored (unchanged), one new
        files = [("files", (f"ke-hoach-{n}.txt", _document(n))), ("files", (SAMPLES[0].name, seed_text))]
        response = test_client.post("/documents", files=files, headers=AUTH)
        return response.status_code, response.text

    def read() -> None:
        paths = ["/health", "/documents?limit=100", "/search?q=tuyen%20truyen",
                 f"/tasks/{quote('99-kh-tu-2024-cao-bang#t1', safe='')}/trace",
                 "/units/cao-bang.so-van-hoa-the-thao-va-du-lich/obligations"]
        while not stop.is_set():
            for path in paths:
                response = test_client.get(path)
                read_statuses.append(response.status_code)
                if response.status_code != 200:
                    read_errors.append(f"{path}: {response.text[:300]}")
            # a reader never sees half a document: a new plan is absent or has all its tasks
            for doc in test_client.get("/documents", params={"limit": 500}).json()["items"]:
                if (doc["source_file"] or "").startswith("ke-hoach-"):
                    stored = test_client.get(f"/documents/{doc['id']}").json()
                    if len(stored["extraction"]["tasks"]) != 5:
                        read_errors.append(f"torn read: {doc['id']} has {len(stored['extraction']['tasks'])} tasks")

    with ThreadPoolExecutor(max_workers=UPLOADS + READERS) as pool:
        readers = [pool.submit(read) for _ in range(READERS)]
        uploads = list(pool.map(upload, range(UPLOADS)))
        stop.set()
        for reader in readers:
            reader.result()

    assert [status for status, _ in uploads] == [201] * UPLOADS, [text for _, text in uploads]
    assert not read_errors, read_errors[:5]
    assert len(read_statuses) >= READERS * 5  # reads kept being answered while uploads ran

    # consistent: every new plan is there once, whole, with all five tasks; nothing else changed
    assert store.stats().documents == before + UPLOADS
    listed = test_client.get("/documents", params={"limit": 500}).json()
    assert listed["total"] == len({d["id"] for d in listed["items"]})  # no document twice
    assert sum(d["loaded"] for d in listed["items"]) == before + UPLOADS
    for n in range(UPLOADS):
        [hit] = [d for d in listed["items"] if d["source_file"] == f"ke-hoach-{n}.txt"]
        stored = test_client.get(f"/documents/{hit['id']}").json()
        assert stored["summary"]["n_tasks"] == len(stored["extraction"]["tasks"]) == 5, stored["summary"]
        assert f"tuyên truyền số {n}" in stored["extraction"]["text"]
