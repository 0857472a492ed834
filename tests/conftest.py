"""Suite-wide settings. Property tests run derandomized: the same examples on every run, so CI is
repeatable; set HYPOTHESIS_PROFILE=explore locally to search fresh examples."""
from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# --- Neo4j: one server for the whole session (tests/neo4j_server.py) ---------------------------
import pytest  # noqa: E402

import neo4j_server  # noqa: E402


@pytest.fixture(scope="session")
def neo4j_target(tmp_path_factory: pytest.TempPathFactory):  # -> Iterator[neo4j_server.Neo4jTarget]
    """The Neo4j the tests use: PLANLINK_TEST_NEO4J_URI's, else the launcher started here once."""
    if (target := neo4j_server.external()) is not None:
        yield target
        return
    if (why := neo4j_server.missing()) is not None:
        pytest.skip(f"Neo4j tests skipped: {why}")
    with neo4j_server.launched(tmp_path_factory.mktemp("neo4j")) as target:
        yield target


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_target):  # -> Iterator[neo4j.Driver]
    """One driver for the session, as an application keeps one."""
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_target.uri, auth=neo4j_target.auth) as driver:
        yield driver


@pytest.fixture
def neo4j_store(neo4j_target, neo4j_driver):  # -> Iterator[Neo4jStore]
    """A Neo4jStore on an empty graph (the server is shared by the session's tests)."""
    from graph.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_driver, database=neo4j_target.database)
    store.clear()
    yield store
    store.close()
