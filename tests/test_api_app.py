"""api.app: the factory, start-up, the docs, and the one error shape (no stack traces to clients)."""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api_fixtures import client, seeded, settings_for  # noqa: F401 - fixtures
from graph.engines import open_store


def _is_error(body: dict, code: str) -> bool:
    return set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"} \
        and body["error"]["code"] == code and body["error"]["message"]


def test_health_reports_the_engine_and_counts(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["engine"] == "ladybug"
    assert body["stats"]["documents"] >= 6  # five seeds and the hand-made plan


def test_openapi_lists_every_route_and_documents_the_list_shapes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/health", "/documents", "/documents/{doc_id}", "/tasks", "/tasks/{task_id}",
            "/tasks/{task_id}/trace", "/units", "/units/{unit_id}", "/units/{unit_id}/obligations",
            "/units/{unit_id}/calendar.ics", "/units/{unit_id}/obligations.csv",
            "/units/{unit_id}/obligations.xlsx", "/periods", "/search"} <= set(spec["paths"])
    assert '{"items": [...], "total": n}' in spec["info"]["description"]
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    assert "text/html" in client.get("/docs").headers["content-type"]


def test_the_store_is_opened_at_start_up_from_the_settings(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "store")
    app = create_app(settings)
    with TestClient(app) as test_client:
        assert test_client.get("/health").json()["stats"]["documents"] == 0
    assert app.state.store is None  # closed at shutdown
    with open_store(settings) as store:  # the folder is free again: the app released it
        assert store.stats().documents == 0


def test_unknown_route_and_bad_parameters_use_the_error_shape(client: TestClient) -> None:
    missing = client.get("/nothing-here")
    assert missing.status_code == 404 and _is_error(missing.json(), "not_found")
    bad = client.get("/documents", params={"limit": "many"})
    assert bad.status_code == 422 and _is_error(bad.json(), "invalid_request")
    assert "limit" in bad.json()["error"]["message"]
    wrong_method = client.put("/health")
    assert wrong_method.status_code == 405 and _is_error(wrong_method.json(), "method_not_allowed")


def test_an_internal_failure_is_a_500_without_a_traceback(tmp_path: Path, caplog) -> None:
    settings = settings_for(tmp_path / "store")
    store = open_store(settings)
    store.close()  # a store that fails on every call: a real failure, not a simulated one
    with TestClient(create_app(settings, store=store), raise_server_exceptions=False) as test_client:
        with caplog.at_level(logging.ERROR, logger="planlink.api"):
            response = test_client.get("/health")
    assert response.status_code == 500
    body = response.json()
    assert _is_error(body, "store_error")  # a closed store says so; the details stay in the log
    assert "Traceback" not in response.text and "File \"" not in response.text
    assert any("GET /health" in r.getMessage() for r in caplog.records)  # the log keeps the details


def test_planlink_serve_is_a_registered_command() -> None:
    from planlink.cli import _register, app

    _register()
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--data-dir", "--host", "--port"):
        assert option in result.output
