"""What only the Neo4j engine does, on the session's real Neo4j 5 (the contract itself is
test_store_contract's): the same graph and RDF as the embedded engine, retried deadlocks, the schema,
the text index behind search, settings and URIs."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import factories as f
from api_fixtures import SAMPLES, handmade_plan
from graph import cypher
from graph.engines import open_store
from graph.errors import StoreError, StoreUnavailable
from graph.ladybug_store import LadybugStore
from graph.neo4j_store import Neo4jStore
from graph.settings import Settings
from graph.views import TaskStatus
from loaders.pipeline import extract_file

pytestmark = pytest.mark.neo4j


def _everything() -> list:
    return [*(extract_file(p) for p in SAMPLES), handmade_plan(), f.directive(2019), f.province_plan(),
            f.district_plan(), f.cao_bang_plan(), f.directive(2024), f.citing_plan(11, cites_year=2008),
            f.citing_plan(12, cites_year=None)]


def test_the_graph_and_its_rdf_are_the_embedded_engines(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    status = TaskStatus(status="done", date="2025-02-03", by="vp", at="2025-02-03T08:00:00+00:00")
    with LadybugStore(tmp_path) as embedded:
        for store in (embedded, neo4j_store):
            store.upsert_many(_everything()[:4])
            store.upsert_many(_everything()[4:], batch_size=3)
            store.set_task_status("src-004-tam-duong#t1", status)
            store.delete_document("12-kh-tu-2022-ha-giang")
        expected = embedded.dump()
        assert sum(map(len, expected.values())) > 500  # the seeds are in it, not only the hand-made plans
        assert neo4j_store.dump() == expected
        assert isomorphic(Graph().parse(data=neo4j_store.export("turtle"), format="turtle"),
                          Graph().parse(data=embedded.export("turtle"), format="turtle"))


def test_a_deadlocked_batch_is_run_again_and_lands_once(neo4j_store: Neo4jStore,
                                                         neo4j_driver, neo4j_target) -> None:
    """Another writer and a batch lock the same two documents in opposite orders: Neo4j stops the
    batch (DeadlockDetected, a transient error), the driver runs it again, and it lands once."""
    neo4j_store.upsert(f.province_plan())
    neo4j_store.upsert(f.cao_bang_plan())
    a, b = "171-kh-btgtu-2023-lai-chau", "413-kh-tu-2019-cao-bang"
    lock = "MATCH (d:Document {id: $id}) SET d.title = d.title"
    other_has_a, batch_has_b = threading.Event(), threading.Event()
    attempts: list[int] = []

    def other_writer() -> None:
        with neo4j_driver.session(database=neo4j_target.database) as session, session.begin_transaction() as tx:
            tx.run(lock, id=a).consume()
            other_has_a.set()
            batch_has_b.wait(30)
            tx.run(lock, id=b).consume()  # waits for the batch, which then closes the cycle
            tx.commit()

    def batch() -> None:
        attempts.append(1)
        neo4j_store._run(lock, {"id": b})
        if len(attempts) == 1:
            batch_has_b.set()
            time.sleep(1)  # the other writer is now waiting for b
        neo4j_store._run(lock, {"id": a})
        neo4j_store._write_documents([f.district_plan()])

    writer = threading.Thread(target=other_writer)
    writer.start()
    assert other_has_a.wait(30)
    neo4j_store._atomically(batch)
    writer.join(30)
    assert len(attempts) == 2
    assert neo4j_store.stats().documents == 3
    assert neo4j_store.get_document("src-004-tam-duong").summary.n_tasks == 6


def test_a_failed_statement_names_the_problem_and_keeps_nothing(neo4j_store: Neo4jStore) -> None:
    def work() -> None:
        neo4j_store._write_documents([f.district_plan()])
        neo4j_store._run("MATCH (d:Document) RETURN nosuchvar")

    with pytest.raises(StoreError, match="nosuchvar"):
        neo4j_store._atomically(work)
    assert neo4j_store.stats().documents == 0


def test_schema_is_made_once_and_search_uses_the_text_index(neo4j_store: Neo4jStore, neo4j_driver,
                                                           neo4j_target) -> None:
    Neo4jStore(neo4j_driver, database=neo4j_target.database)  # a second start: nothing to do, no error
    records, _, _ = neo4j_driver.execute_query("SHOW INDEXES YIELD name, type, state", database_=neo4j_target.database)
    indexes = {r["name"]: (r["type"], r["state"]) for r in records}
    for label in cypher.SEARCHED:
        assert indexes[f"{label.lower()}_folded"] == ("TEXT", "ONLINE")
    records, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name, type", database_=neo4j_target.database)
    assert {r["name"]: r["type"] for r in records} == {
        f"{label.lower()}_id": "UNIQUENESS" for label in cypher.LABELS}
    with neo4j_driver.session(database=neo4j_target.database) as session:
        plan = session.run("EXPLAIN " + cypher.SEARCH_TASKS[True], q="dai hoi", limit=5).consume().plan
    assert "NodeIndexContainsScan" in str(plan)


def test_opened_from_settings_with_a_routing_or_direct_uri(neo4j_target, neo4j_store: Neo4jStore) -> None:
    neo4j_store.upsert(f.district_plan())
    direct = neo4j_target.uri.replace("neo4j://", "bolt://")
    for uri in {neo4j_target.uri, direct}:
        settings = Settings(engine="neo4j", neo4j_uri=uri, neo4j_user=neo4j_target.user,
                            neo4j_password=neo4j_target.password, read_only=True)
        with open_store(settings) as store:
            assert store.stats().documents == 1
            with pytest.raises(StoreError, match="read-only"):
                store.delete_document("src-004-tam-duong")


def test_a_wrong_password_or_address_says_which_setting_to_fix(neo4j_target) -> None:
    wrong = Settings(engine="neo4j", neo4j_uri=neo4j_target.uri, neo4j_user=neo4j_target.user or "neo4j",
                     neo4j_password="not-the-password")
    with pytest.raises(StoreUnavailable, match="PLANLINK_NEO4J_PASSWORD"):
        open_store(wrong)
    for uri in ("bolt://127.0.0.1:1", "redis://127.0.0.1:6379"):  # nothing listening; not a Neo4j scheme
        with pytest.raises(StoreUnavailable, match="PLANLINK_NEO4J_URI"):
            open_store(Settings(engine="neo4j", neo4j_uri=uri))
