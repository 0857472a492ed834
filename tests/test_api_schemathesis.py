"""The whole API fuzzed from its own OpenAPI spec (schemathesis 4): no input may cause a 5xx.

Runs against the real app over a real seeded LadybugStore, writes included (with the token), so
bad ids, odd dates, huge numbers and garbage bodies all reach the store and the error handlers.
Each operation is fuzzed with valid and with invalid data, then again with the ids of real
records in its path, so the queries behind the routes see real rows and not only misses.

(Driven through `operation.as_strategy()` inside one test rather than `schemathesis.pytest`'s
lazy fixture loader, which fails on pytest 9: it sets `Function._nodeid`, which no longer exists.)
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from api.app import create_app
from api_fixtures import AUTH, load_seeds, settings_for
from graph.engines import open_store

REAL_IDS = {"doc_id": "99-kh-tu-2024-cao-bang", "task_id": "99-kh-tu-2024-cao-bang#t1",
            "unit_id": "cao-bang.so-van-hoa-the-thao-va-du-lich"}
EXAMPLES = 30


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    folder: Path = tmp_path_factory.mktemp("api-fuzz")
    app_settings = settings_for(folder / "store")
    store = open_store(app_settings)
    load_seeds(store)
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(app_settings, store=store))
    store.close()


def _fuzz(operation: schemathesis.APIOperation, mode: GenerationMode, *, real_ids: bool) -> None:
    fixed = {name: REAL_IDS[name] for name in REAL_IDS if real_ids and f"{{{name}}}" in operation.path}

    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=fixed or None))
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(headers=AUTH, checks=[not_a_server_error])

    try:
        run()
    except Unsatisfiable:
        # no free input left (GET /health; GET /documents/{doc_id} with the id fixed): nothing invalid to send
        assert mode is GenerationMode.NEGATIVE


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_input_causes_a_server_error(api_schema: schemathesis.BaseSchema, mode: GenerationMode) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 16
    for operation in operations:
        _fuzz(operation, mode, real_ids=False)
        if "{" in operation.path:
            _fuzz(operation, mode, real_ids=True)
