"""api.routers.periods: campaign windows overlapping a date range."""
from __future__ import annotations

from fastapi.testclient import TestClient

from api_fixtures import client, seeded  # noqa: F401 - fixtures


def _names(client: TestClient, **params: str) -> set[tuple[str, str]]:
    found = client.get("/periods", params=params).json()
    return {(p["document"]["id"], p["period"]["name"]) for p in found}


def test_periods_overlapping_a_window(client: TestClient) -> None:
    ours = ("99-kh-tu-2024-cao-bang", "Đợt I")
    assert ours in _names(client)
    assert ours in _names(client, **{"from": "2024-06-30", "to": "2024-12-31"})
    assert ours not in _names(client, **{"from": "2024-07-01"})
    assert ours not in _names(client, to="2024-02-29")


def test_periods_reject_a_reversed_window(client: TestClient) -> None:
    response = client.get("/periods", params={"from": "2025-01-01", "to": "2024-01-01"})
    assert response.status_code == 400 and "swap" in response.json()["error"]["message"]
