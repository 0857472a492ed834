"""api.routers.search: one search over documents, tasks, units and events, with or without accents."""
from __future__ import annotations

from fastapi.testclient import TestClient

from api_fixtures import client, seeded  # noqa: F401 - fixtures


def test_search_without_accents_finds_accented_text(client: TestClient) -> None:
    plain = client.get("/search", params={"q": "dai hoi", "limit": 500}).json()
    marked = client.get("/search", params={"q": "Đại hội", "limit": 500}).json()
    assert plain == marked
    kinds = {(hit["kind"], hit["id"]) for hit in plain}
    assert ("document", "99-kh-tu-2024-cao-bang") in kinds
    assert ("event", "ev-2025-09-20-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xx") in kinds


def test_search_limit_and_bad_queries(client: TestClient) -> None:
    assert len(client.get("/search", params={"q": "tuyen truyen", "limit": 2}).json()) == 2
    assert client.get("/search", params={"q": "zzzz-khong-co"}).json() == []
    for params in ({}, {"q": ""}, {"q": "x" * 201}, {"q": "a", "limit": 0}):
        response = client.get("/search", params=params)
        assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request", params
