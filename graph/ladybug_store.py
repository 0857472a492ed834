"""The embedded engine: LadybugDB (the maintained fork of Kùzu) in a data directory, no server.

One process opens it for writing; others may open it read_only=True at the same time.
Each upsert is one LadybugDB transaction (BEGIN TRANSACTION … COMMIT), so a killed load
leaves either the whole document or none of it.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph import cypher
from graph.cypher_store import CypherStore
from graph.errors import StoreError, StoreUnavailable

DB_FILE = "graph.lbug"


class LadybugStore(CypherStore):
    def __init__(self, data_dir: str | Path, *, read_only: bool = False) -> None:
        try:
            import ladybug
        except ImportError as exc:  # pragma: no cover - ladybug is a core dependency
            raise StoreUnavailable("LadybugDB is not installed: pip install 'ladybug>=0.22,<0.23'") from exc
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILE
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no planlink store in {self.data_dir}; load documents first "
                             f"(`planlink load FILES --data-dir {self.data_dir}`)")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}. Another process may be "
                             "writing to it: open it with read_only=True (PLANLINK_READ_ONLY=1)") from exc
        self._in_tx = False
        if not read_only:
            for ddl in cypher.LADYBUG_SCHEMA:
                self._conn.execute(ddl)

    def _run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            result = self._conn.execute(query, params or {})
        except RuntimeError as exc:
            raise StoreError(f"LadybugDB refused a query: {exc}\nquery: {query[:300]}") from exc
        names = result.get_column_names()
        return [dict(zip(names, row)) for row in result.get_all()]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._in_tx:  # nested: the outer transaction decides
            yield
            return
        self._conn.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield
        except BaseException:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # a statement that fails inside a transaction has LadybugDB roll it back itself
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._in_tx = False

    def size_bytes(self) -> int:
        """Bytes on disk (database file and its write-ahead log)."""
        return sum(p.stat().st_size for p in self.data_dir.glob(DB_FILE + "*") if p.is_file())

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()
        self._conn = self._db = None
