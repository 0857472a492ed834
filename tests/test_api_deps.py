"""api.deps: reads are open; writes need the configured bearer token, which never reaches the log."""
from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api_fixtures import AUTH, TOKEN, client, seeded, settings_for  # noqa: F401 - fixtures
from graph.settings import Settings
from graph.store import Store

TASK = quote("99-kh-tu-2024-cao-bang#t1", safe="")


def _writes(test_client: TestClient, headers: dict[str, str]) -> list[int]:
    return [
        test_client.patch(f"/tasks/{TASK}", json={"status": "done"}, headers=headers).status_code,
        test_client.delete("/documents/no-such-document", headers=headers).status_code,
        test_client.post("/documents", files={"files": ("a.txt", b"x")}, headers=headers).status_code,
    ]


def test_without_a_configured_token_writes_are_refused_and_reads_work(
        seeded: tuple[Settings, Store]) -> None:
    settings, store = seeded
    open_settings = settings.model_copy(update={"api_token": None})
    with TestClient(create_app(open_settings, store=store)) as test_client:
        assert test_client.get("/health").status_code == 200
        assert _writes(test_client, AUTH) == [403, 403, 403]
        body = test_client.patch(f"/tasks/{TASK}", json={"status": "done"}).json()
    assert body["error"]["code"] == "writes_disabled"
    assert "PLANLINK_API_TOKEN" in body["error"]["message"]


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong-token"},
    {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": f"Bearer {TOKEN}x"},
    {"Authorization": "Bearer"},
])
def test_a_missing_or_wrong_token_is_401(client: TestClient, headers: dict[str, str]) -> None:
    assert _writes(client, headers) == [401, 401, 401]
    response = client.patch(f"/tasks/{TASK}", json={"status": "done"}, headers=headers)
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "unauthorized"


def test_the_right_token_passes_and_is_never_logged(tmp_path: Path, caplog) -> None:
    from api_fixtures import load_seeds
    from graph.engines import open_store

    settings = settings_for(tmp_path / "store")
    with open_store(settings) as store:
        load_seeds(store)
        with caplog.at_level(logging.DEBUG), TestClient(create_app(settings, store=store)) as test_client:
            assert test_client.delete("/documents/no-such-document", headers=AUTH).status_code == 404
            test_client.patch(f"/tasks/{TASK}", json={"status": "done"}, headers={"Authorization": "Bearer bad"})
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(settings)  # SecretStr: not even in a settings dump
