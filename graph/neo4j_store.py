"""The server engine: Neo4j 5 through the official driver, for stores one machine cannot hold.

As the driver's manual advises: one driver (its connection pool) per store, shared by every thread
(each call gets its own session); managed transactions (execute_read / execute_write), which the
driver runs again on transient errors (deadlocks, a cluster changing leader); the database named
on every session; reads routed to readers on ``neo4j://`` clusters, with one bookmark manager so a
read sees the writes made before it; parameters only; rows written in UNWIND batches.
The Cypher is graph.cypher's, the same LadybugDB runs, but for the few steps where one statement
over the network beats many (per-id lookups, the trace's climb).
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from graph import cypher
from graph.cypher_store import CypherStore
from graph.errors import StoreError, StoreUnavailable
from graph.settings import Settings

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction, Session

T = TypeVar("T")


class Neo4jStore(CypherStore):
    concurrent_reads = True  # every call has its own session and transaction
    # documents per transaction when loading many. A transaction's rows stay in the server's heap
    # until it commits: 1000 benchmark documents overran a 1 GB heap's transaction memory (70% of
    # it); 500 fit; 200 leaves room for longer documents and for readers. Between 50 and 500 the
    # load time did not differ beyond this shared machine's noise (23-52 s per 1000 documents)
    bulk_batch = 200
    batch_size = 1000

    def __init__(self, driver: "Driver", *, database: str | None = None, read_only: bool = False,
                 owns_driver: bool = False) -> None:
        """``driver`` is shared, never made here (from_settings makes one); ``database`` None means
        the user's home database, asked once so that every session can name it."""
        self._driver = driver
        self._owns_driver = owns_driver
        self.read_only = read_only
        self._local = threading.local()  # this thread's open transaction, if any
        self._bookmarks = driver.execute_query_bookmark_manager
        self._database = database or self._home_database()
        if not read_only:
            self._ensure_schema()

    @classmethod
    def from_settings(cls, settings: Settings) -> "Neo4jStore":
        import neo4j

        auth = None
        if settings.neo4j_user:
            password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
            auth = (settings.neo4j_user, password)
        try:
            driver = neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=auth, user_agent="planlink",
                                                notifications_min_severity="OFF")
        except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
            raise StoreUnavailable(f"PLANLINK_NEO4J_URI {settings.neo4j_uri!r} is not a Neo4j address: {exc}. "
                                   "Use neo4j://host:7687 (or neo4j+s:// with TLS, bolt:// for one server)") from exc
        try:
            driver.verify_connectivity()
            return cls(driver, database=settings.neo4j_database, read_only=settings.read_only, owns_driver=True)
        except neo4j.exceptions.AuthError as exc:
            driver.close()
            raise StoreUnavailable(f"Neo4j at {settings.neo4j_uri} refused user {settings.neo4j_user!r}: "
                                   "check PLANLINK_NEO4J_USER / PLANLINK_NEO4J_PASSWORD") from exc
        except Exception as exc:
            driver.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreUnavailable(f"cannot reach Neo4j at {settings.neo4j_uri}: {exc}. Start the server "
                                   "or set PLANLINK_NEO4J_URI (or PLANLINK_ENGINE=ladybug)") from exc

    # --- how queries run ------------------------------------------------------------------
    def _home_database(self) -> str:
        records, _, _ = self._driver.execute_query("CALL db.info() YIELD name RETURN name",
                                                   routing_="r")
        return records[0]["name"]

    def _session(self) -> "Session":
        # notifications off: the server need not build them (the manual's advice); a property that
        # no node has yet (Status fields on a new store) would otherwise be logged on every read
        return self._driver.session(database=self._database, bookmark_manager=self._bookmarks,
                                    notifications_min_severity="OFF")

    def _managed(self, work: Callable[[], T], *, write: bool) -> T:
        """Run ``work`` in one managed transaction (joined if this thread is already in one)."""
        if getattr(self._local, "tx", None) is not None:
            return work()
        from neo4j.exceptions import DriverError, Neo4jError

        def unit(tx: "ManagedTransaction") -> T:
            self._local.tx = tx
            try:
                return work()
            finally:
                self._local.tx = None

        try:
            with self._session() as session:
                return session.execute_write(unit) if write else session.execute_read(unit)
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused a query: {exc.message or exc}") from exc
        except DriverError as exc:
            raise StoreUnavailable(f"lost Neo4j ({self._database}): {exc}") from exc

    def _atomically(self, work: Callable[[], T]) -> T:
        return self._managed(work, write=True)

    def _reading(self, work: Callable[[], T]) -> T:
        return self._managed(work, write=False)

    def _run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        tx = getattr(self._local, "tx", None)
        if tx is not None:
            return tx.run(query, params or {}).data()
        # a lone read: execute_query sends BEGIN with the query (two round trips, where a session's
        # transaction takes three), and is managed (retried) and routed to a reader just the same
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            records, _, _ = self._driver.execute_query(query, params or {}, database_=self._database,
                                                       routing_="r", bookmark_manager_=self._bookmarks)
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused a query: {exc.message or exc}") from exc
        except DriverError as exc:
            raise StoreUnavailable(f"lost Neo4j ({self._database}): {exc}") from exc
        return [record.data() for record in records]

    def _each(self, query: str, ids: list[str]) -> list[dict[str, Any]]:
        if not ids:
            return []
        found = self._run(cypher.per_id(query), {"ids": ids})
        found.sort(key=lambda r: r["each_k"])
        return [{k: v for k, v in r.items() if k not in ("each_k", "each_id")} for r in found]

    def _implements_hops(self, plan_id: str) -> Callable[[str], list[dict[str, Any]]]:
        hops: dict[str, list[dict[str, Any]]] = {}
        for row in self._run(cypher.IMPLEMENTS_REACHABLE, {"id": plan_id}):
            hops.setdefault(row["via"], []).append(row)
        return lambda via: hops.get(via, [])

    def _auto_commit(self, query: str) -> None:
        """Schema and batched deletes: statements Neo4j runs only outside an explicit transaction."""
        from neo4j.exceptions import Neo4jError

        try:
            with self._session() as session:
                session.run(query).consume()
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused {query[:80]!r}: {exc.message or exc}") from exc

    def _ensure_schema(self) -> None:
        """Create the constraints and indexes that are missing (one query when none is), and wait
        until they are online, so the first queries use them."""
        present = {r["name"] for r in self._run(cypher.NEO4J_SCHEMA_NAMES)}
        missing = [ddl for name, ddl in cypher.NEO4J_SCHEMA.items() if name not in present]
        for statement in missing:
            self._auto_commit(statement)
        if missing:
            self._auto_commit(cypher.NEO4J_AWAIT_INDEXES)

    def clear(self) -> None:
        """Remove every node and relationship (tests and benchmarks on a scratch server)."""
        self._check_writable()
        self._auto_commit(cypher.CLEAR_ALL)

    def close(self) -> None:
        if self._owns_driver:
            self._driver.close()
