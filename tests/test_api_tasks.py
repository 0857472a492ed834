"""api.routers.tasks: search, one task, its trace, and recording status with who and when."""
from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import quote

from fastapi.testclient import TestClient

from api_fixtures import AUTH, client, seeded, writable  # noqa: F401 - fixtures
from graph.store import Store

TASK = "99-kh-tu-2024-cao-bang#t1"
TASK_URL = quote(TASK, safe="")


def test_search_is_accent_insensitive_and_returns_plain_arrays(client: TestClient) -> None:
    with_marks = client.get("/tasks", params={"q": "hội nghị tuyên truyền"}).json()
    without = client.get("/tasks", params={"q": "hoi nghi tuyen truyen"}).json()
    assert isinstance(with_marks, list) and with_marks == without
    assert TASK in [t["id"] for t in with_marks]
    hit = next(t for t in with_marks if t["id"] == TASK)
    assert hit["plan"]["symbol"] == "99-KH/TU" and hit["lead"][0]["name"] == "Sở Văn hóa, Thể thao và Du lịch"
    assert hit["deadline"] == {**hit["deadline"], "kind": "date", "due": "2024-06-15"}


def test_search_finds_tasks_the_pipeline_read_from_the_seeds(client: TestClient) -> None:
    found = client.get("/tasks", params={"q": "tuyen truyen", "limit": 500}).json()
    plans = {t["plan"]["id"] for t in found}
    assert len(plans) >= 2  # the hand-made plan and at least one seed
    assert len(client.get("/tasks", params={"q": "tuyen truyen", "limit": 3}).json()) == 3


def test_one_task_and_unknown_task(client: TestClient) -> None:
    assert client.get(f"/tasks/{TASK_URL}").json()["text"].startswith("Sở Văn hóa")
    missing = client.get(f"/tasks/{quote('nothing#t9', safe='')}")
    assert missing.status_code == 404 and "nothing#t9" in missing.json()["error"]["message"]


def test_trace_reaches_the_directive_with_its_evidence(client: TestClient) -> None:
    trace = client.get(f"/tasks/{TASK_URL}/trace").json()
    assert trace["task"]["id"] == TASK and trace["plan"]["symbol"] == "99-KH/TU"
    [source] = trace["sources"]
    assert (source["symbol"], source["issued_date"], source["depth"]) == ("35-CT/TW", "2019-05-30", 1)
    assert "Thực hiện Chỉ thị số 35-CT/TW" in source["evidence"] and source["loaded"] is False
    assert client.get(f"/tasks/{quote('x#t1', safe='')}/trace").status_code == 404


def test_patch_records_status_with_who_and_when(writable: tuple[TestClient, Store]) -> None:
    test_client, store = writable
    before = datetime.now(timezone.utc).replace(microsecond=0)
    response = test_client.patch(f"/tasks/{TASK_URL}", headers=AUTH,
                                 json={"status": "done", "date": "2024-06-10", "note": "Đã tổ chức"})
    assert response.status_code == 200, response.text
    status = response.json()["status"]
    assert (status["status"], status["date"], status["note"], status["by"]) == \
        ("done", "2024-06-10", "Đã tổ chức", "tester")
    assert datetime.fromisoformat(status["at"]) >= before
    assert store.get_task(TASK).status.status == "done"  # really stored
    reopened = test_client.patch(f"/tasks/{TASK_URL}", headers=AUTH, json={"status": "open"}).json()
    assert reopened["status"]["status"] == "open"


def test_patch_rejects_bad_bodies_and_unknown_tasks(writable: tuple[TestClient, Store]) -> None:
    test_client, _ = writable
    for body in ({"status": "finished"}, {"status": "done", "date": "10/6/2024"}, {},
                 {"status": "done", "by": "someone else"}):
        response = test_client.patch(f"/tasks/{TASK_URL}", headers=AUTH, json=body)
        assert response.status_code == 422, body
        assert response.json()["error"]["code"] == "invalid_request"
    missing = test_client.patch(f"/tasks/{quote('x#t1', safe='')}", headers=AUTH, json={"status": "done"})
    assert missing.status_code == 404
