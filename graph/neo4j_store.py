"""The server engine: Neo4j 5 (or any Bolt + Cypher server) through the official driver.

The driver is passed in (or built from settings by from_settings); the Cypher is graph.cypher's,
the same as LadybugDB runs. Each upsert is one explicit transaction.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from graph import cypher
from graph.cypher_store import CypherStore
from graph.errors import StoreError, StoreUnavailable
from graph.settings import Settings

if TYPE_CHECKING:
    from neo4j import Driver


class Neo4jStore(CypherStore):
    concurrent_reads = True  # the driver's pool gives each read its own session
    def __init__(self, driver: "Driver", *, database: str | None = None, read_only: bool = False,
                 batch_size: int = 500, owns_driver: bool = False) -> None:
        self._driver = driver
        self._database = database
        self.read_only = read_only
        self.batch_size = batch_size
        self._owns_driver = owns_driver
        self._local = threading.local()  # the open transaction, per thread (API workers)
        if not read_only:
            self._ensure_schema()

    @classmethod
    def from_settings(cls, settings: Settings) -> "Neo4jStore":
        try:
            import neo4j
        except ImportError as exc:  # pragma: no cover - neo4j is a core dependency
            raise StoreUnavailable("the Neo4j engine needs the driver: pip install 'neo4j>=5.28'") from exc
        auth = None
        if settings.neo4j_user:
            password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
            auth = (settings.neo4j_user, password)
        driver = neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=auth)
        try:
            driver.verify_connectivity()
        except Exception as exc:
            driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {settings.neo4j_uri}: {exc}. Start the "
                                   "server or set PLANLINK_NEO4J_URI / PLANLINK_ENGINE=ladybug") from exc
        return cls(driver, database=settings.neo4j_database, read_only=settings.read_only,
                   owns_driver=True)

    def _ensure_schema(self) -> None:
        from neo4j.exceptions import Neo4jError

        for constraint, index in zip(cypher.NEO4J_CONSTRAINTS, cypher.NEO4J_INDEXES):
            try:
                self._run(constraint)
            except StoreError:
                # servers without Neo4j 5 constraint DDL (FalkorDB): a plain index; "exists" is fine
                try:
                    self._driver.execute_query(index, database_=self._database)
                except Neo4jError:
                    pass

    def _run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        from neo4j.exceptions import Neo4jError

        tx = getattr(self._local, "tx", None)
        try:
            if tx is not None:
                return [record.data() for record in tx.run(query, params or {})]
            records, _, _ = self._driver.execute_query(query, params or {}, database_=self._database)
            return [record.data() for record in records]
        except Neo4jError as exc:
            raise StoreError(f"the Bolt server refused a query: {exc}\nquery: {query[:300]}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if getattr(self._local, "tx", None) is not None:
            yield
            return
        with self._driver.session(database=self._database) as session:
            tx = session.begin_transaction()
            self._local.tx = tx
            try:
                yield
            except BaseException:
                tx.rollback()
                raise
            else:
                tx.commit()
            finally:
                self._local.tx = None
                tx.close()

    def clear(self) -> None:
        """Remove every node and relationship (for tests and benchmarks on a scratch server)."""
        self._check_writable()
        self._run(cypher.CLEAR_ALL)

    def close(self) -> None:
        if self._owns_driver:
            self._driver.close()
