"""The embedded engine: LadybugDB (the maintained fork of Kùzu) in a data directory, no server.

One process opens it for writing; others may open it read_only=True at the same time. Within the
process every thread has its own connection (reads see committed data only, and run while a write
is under way); writes take a lock, one transaction at a time. Each batch of upserts is one
transaction (BEGIN TRANSACTION … COMMIT), so a killed load leaves whole documents or none.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from graph import cypher, rows
from graph.cypher_store import CypherStore
from graph.errors import StoreError, StoreUnavailable
from graph.settings import Settings, default_buffer_pool_mb

DB_FILE = "graph.lbug"
T = TypeVar("T")


class LadybugStore(CypherStore):
    # each thread reads through its own connection, so it sees committed data only
    concurrent_reads = True
    # LadybugDB checkpoints (folds its write-ahead log into the file) at every commit that ran a COPY,
    # and a checkpoint costs more as the store grows (measured: 2 s at 1.5k documents, ~8 s at 10k),
    # so bulk loads commit big batches
    bulk_batch = 2000
    # ... and that checkpoint makes a COPY commit cost ~0.5 s even on a small store, so batches of
    # fewer documents than this are written with UNWIND statements instead (no checkpoint)
    copy_from_docs = 50

    def __init__(self, data_dir: str | Path, *, read_only: bool = False,
                 buffer_pool_mb: int | None = None) -> None:
        try:
            import ladybug
        except ImportError as exc:  # pragma: no cover - ladybug is a core dependency
            raise StoreUnavailable("LadybugDB is not installed: pip install 'ladybug>=0.22,<0.23'") from exc
        self._ladybug = ladybug
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILE
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no planlink store in {self.data_dir}; load documents first "
                             f"(`planlink load FILES --data-dir {self.data_dir}`)")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._conns: list[Any] = []
        self._conns_lock = threading.Lock()
        self._write_lock = threading.RLock()  # one write transaction at a time, whatever the thread
        self._version = 0
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only,
                                        buffer_pool_size=(buffer_pool_mb or default_buffer_pool_mb()) << 20)
            conn = self._conn
        except RuntimeError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}. Another process may be "
                             "writing to it: open it with read_only=True (PLANLINK_READ_ONLY=1)") from exc
        if not read_only:
            for ddl in cypher.LADYBUG_SCHEMA:
                conn.execute(ddl)

    @classmethod
    def from_settings(cls, settings: Settings) -> "LadybugStore":
        return cls(settings.data_dir, read_only=settings.read_only, buffer_pool_mb=settings.buffer_pool_mb)

    @property
    def _conn(self) -> Any:
        """This thread's connection (made on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._db is None:
                raise StoreError(f"the store at {self.path} is closed")
            conn = self._local.conn = self._ladybug.Connection(self._db)
            with self._conns_lock:
                self._conns.append(conn)
        return conn

    def _run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            result = self._conn.execute(query, params or {})
        except RuntimeError as exc:
            raise StoreError(f"LadybugDB refused a query: {exc}\nquery: {query[:300]}") from exc
        names = result.get_column_names()
        return [dict(zip(names, row)) for row in result.get_all()]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if getattr(self._local, "in_tx", False):  # nested: the outer transaction decides
            yield
            return
        with self._write_lock:
            conn = self._conn
            conn.execute("BEGIN TRANSACTION")
            self._local.in_tx = True
            try:
                yield
            except BaseException:
                try:
                    conn.execute("ROLLBACK")
                except RuntimeError:
                    pass  # a statement that fails inside a transaction has LadybugDB roll it back itself
                raise
            else:
                conn.execute("COMMIT")
                self._version += 1
            finally:
                self._local.in_tx = False
                if getattr(self._local, "copied", False):
                    self._drop_connection()

    def _atomically(self, work: Callable[[], T]) -> T:
        # one writer per folder (a lock within the process, the file lock across processes): a
        # transaction never meets another writer's, so nothing is retried
        with self._transaction():
            return work()

    def _drop_connection(self) -> None:
        """Close this thread's connection (the next call opens another). ladybug 0.22 keeps every
        statement that scanned an Arrow table, table included, in its connection's statement cache
        (measured: 10 GB held at 36k documents loaded); closing the connection lets them go."""
        conn, self._local.conn, self._local.copied = self._local.conn, None, False
        with self._conns_lock:
            self._conns.remove(conn)
        conn.close()

    @property
    def data_version(self) -> int:
        """Commits made through this store: one process writes a LadybugDB folder, and a read-only
        store sees the folder as it was when opened, so nothing else changes what it reads."""
        return self._version

    # --- bulk writes: COPY FROM Arrow tables ------------------------------------------------
    # LadybugDB plans "UNWIND $rows … MATCH (n {id: r.x})" as a scan of the whole table, so writing a
    # document's rows that way costs more as the store grows; COPY looks endpoints up by primary key
    # and runs inside the open transaction (measured: 100k relationships in 0.23 s).
    def _copy(self, table: str, items: list[dict[str, Any]], columns: tuple[str, ...],
              pair: tuple[str, str] | None = None) -> None:
        if not items:
            return
        import pyarrow as pa

        arrays = {}
        for col in columns:
            name = {"_from": "from", "_to": "to"}.get(col, col)
            kind = (pa.int64() if col in cypher.INT_PROPS else pa.bool_() if col in cypher.BOOL_PROPS
                    else pa.string())
            arrays[name] = pa.array([row.get(col) for row in items], type=kind)
        options = f" (from='{pair[0]}', to='{pair[1]}')" if pair else ""
        self._local.copied = True  # this connection now holds the table: dropped after the transaction
        self._run(f"COPY {table} FROM $rows{options}", {"rows": pa.table(arrays)})

    def _copy_rel(self, rel: str, items: list[dict[str, Any]], source: str, target: str,
                  pair: tuple[str, str] | None = None) -> None:
        _, props = cypher.REL_TABLES[rel]
        edges = [{"_from": row[source], "_to": row[target], **row} for row in items]
        self._copy(rel, edges, ("_from", "_to", *props), pair)

    def _existing(self, label: str, ids: list[str]) -> set[str]:
        return {r["id"] for r in self._run(cypher.EXISTING[label], {"ids": ids})} if ids else set()

    def _write_batch(self, batch: rows.BatchRows, *, existing_units: dict[str, rows.Row]) -> None:
        if len(batch.docs) < self.copy_from_docs:
            return super()._write_batch(batch, existing_units=existing_units)
        node = {label: ("id", *(p for p in props if p != "id")) for label, props in cypher.NODE_PROPS.items()}
        stored = self._existing("Document", [r["id"] for r in batch.docs + batch.cited])
        self._copy("Document", [r for r in batch.docs if r["id"] not in stored], node["Document"])
        self._write_rows(cypher.MERGE_DOC, [r for r in batch.docs if r["id"] in stored])
        fresh = [r | {"loaded": False, "n_tasks": 0} for r in batch.cited if r["id"] not in stored]
        self._copy("Document", fresh, node["Document"])
        self._write_rows(cypher.MERGE_CITED, [r for r in batch.cited if r["id"] in stored])
        self._copy("Unit", [r for r in batch.units if r["id"] not in existing_units], node["Unit"])
        # a stored unit changes only when this batch names it in a new way
        self._write_rows(cypher.MERGE_UNITS, [r for r in batch.units if existing_units.get(r["id"], r) != r])
        events = self._existing("Event", [r["id"] for r in batch.events])
        self._copy("Event", [r for r in batch.events if r["id"] not in events], node["Event"])
        self._write_rows(cypher.MERGE_EVENTS, [r for r in batch.events if r["id"] in events])
        self._copy("Task", batch.tasks, node["Task"])
        self._copy("Period", batch.periods, node["Period"])
        self._copy_rel("HAS_TASK", batch.tasks, "doc_id", "id")
        self._copy_rel("HAS_PERIOD", batch.periods, "doc_id", "id")
        for rel, items in batch.refs.items():
            self._copy_rel(rel, items, "doc_id", "target")
        self._copy_rel("ISSUED_BY", batch.issued_by, "doc_id", "unit_id")
        linked = {(r["child"], r["parent"]) for r in self._run(
            cypher.PART_OF_FROM, {"ids": sorted({r["child"] for r in batch.part_of} & existing_units.keys())})}
        self._copy_rel("PART_OF", [r for r in batch.part_of if (r["child"], r["parent"]) not in linked],
                       "child", "parent")
        self._copy_rel("ASSIGNED_TO", batch.assigned, "task_id", "unit_id")
        self._copy_rel("ABOUT", batch.doc_about, "doc_id", "event_id", ("Document", "Event"))
        self._copy_rel("ABOUT", batch.task_about, "task_id", "event_id", ("Task", "Event"))
        self._copy_rel("DUE_RELATIVE_TO", batch.due_relative, "task_id", "event_id")
        self._copy_rel("IN_PERIOD", batch.in_period, "task_id", "period_id")
        self._copy_rel("ANNIVERSARY_OF", batch.anniversary_of, "source", "target")

    def size_bytes(self) -> int:
        """Bytes on disk (database file and its write-ahead log)."""
        return sum(p.stat().st_size for p in self.data_dir.glob(DB_FILE + "*") if p.is_file())

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is None:
            return
        with self._conns_lock:
            for conn in self._conns:
                conn.close()
            self._conns.clear()
        self._local = threading.local()
        db.close()
        self._db = None
