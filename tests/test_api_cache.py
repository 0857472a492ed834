"""api.cache: repeated reads answered from memory while the store's data stands; any write ends that."""
from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

from api_fixtures import AUTH, PLAN_TEXT, writable  # noqa: F401 - fixtures
from graph.store import Store

TASK = "99-kh-tu-2024-cao-bang#t1"
UNIT = quote("cao-bang.so-van-hoa-the-thao-va-du-lich", safe="")


def test_a_repeated_read_is_answered_from_memory(writable: tuple[TestClient, Store]) -> None:
    client, _ = writable
    first = client.get("/search", params={"q": "tuyen truyen"})
    again = client.get("/search", params={"q": "tuyen truyen"})
    other = client.get("/search", params={"q": "bao cao"})
    assert (first.headers["x-planlink-cache"], again.headers["x-planlink-cache"],
            other.headers["x-planlink-cache"]) == ("miss", "hit", "miss")
    assert again.json() == first.json() and again.json()
    assert again.headers["content-type"] == first.headers["content-type"]


def test_a_write_ends_what_was_kept(writable: tuple[TestClient, Store]) -> None:
    client, store = writable
    url = f"/units/{UNIT}/obligations?today=2024-05-01"
    before = client.get(url).json()
    assert client.get(url).headers["x-planlink-cache"] == "hit"
    assert {o["task_id"]: o["status"] for o in before}[TASK] != "done"
    patched = client.patch(f"/tasks/{quote(TASK, safe='')}", headers=AUTH, json={"status": "done"})
    assert patched.status_code == 200
    after = client.get(url)
    assert after.headers["x-planlink-cache"] == "miss"
    assert {o["task_id"]: o["status"] for o in after.json()}[TASK] == "done"
    uploaded = client.post("/documents", headers=AUTH, files=[
        ("files", ("100-kh-tu.txt", PLAN_TEXT.replace("99-KH/TU", "100-KH/TU").encode(), "text/plain"))])
    assert uploaded.status_code == 201, uploaded.text
    assert client.get(url).headers["x-planlink-cache"] == "miss"
    assert len(client.get(url).json()) > len(after.json())  # the new plan's tasks are there


def test_errors_and_unlisted_routes_are_not_kept(writable: tuple[TestClient, Store]) -> None:
    client, _ = writable
    for _ in range(2):
        missing = client.get("/tasks/no-such-task")
        assert missing.status_code == 404 and missing.headers["x-planlink-cache"] == "miss"
        assert "x-planlink-cache" not in client.get("/health").headers
