"""The one store interface, task-shaped; the engines implement it beside it, and graph.engines picks
one by name (this module knows none of them).

Every caller (CLI, API, UI) goes through these methods; no caller writes Cypher.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from datetime import date
from typing import ClassVar

from graph.models import Extraction, Role
from graph.views import (
    DocumentSummary,
    EventMention,
    Obligation,
    Page,
    PeriodHit,
    SearchHit,
    Stats,
    StoredDocument,
    TaskHit,
    TaskStatus,
    Trace,
    UnitHit,
    UpsertResult,
)


class Store(ABC):
    """A planlink graph. Raise graph.errors.NotFound for unknown ids. The search_* methods match folded
    text anywhere; an empty text matches everything (up to ``limit``), so pickers can list before typing."""

    # True when other threads may read while a write is under way and see only committed data
    # (one connection or session per thread). When False, the API holds reads back during writes.
    concurrent_reads: ClassVar[bool] = False
    # documents per transaction when loading many (upsert_many's default)
    bulk_batch: ClassVar[int] = 500

    @property
    def data_version(self) -> int | None:
        """A number that changes whenever the stored data may have changed, or None when the store
        cannot tell (another process may write to it): callers then keep no answers."""
        return None

    # --- writes -------------------------------------------------------------------------
    @abstractmethod
    def upsert(self, extraction: Extraction) -> UpsertResult:
        """Write one document's subgraph atomically; same content hash → unchanged."""

    def upsert_many(self, extractions: Iterable[Extraction], *, batch_size: int | None = None) -> list[UpsertResult]:
        """Write many documents; an engine may write them in batches (each batch atomic)."""
        return [self.upsert(extraction) for extraction in extractions]

    @abstractmethod
    def delete_document(self, doc_id: str) -> None: ...

    @abstractmethod
    def set_task_status(self, task_id: str, status: TaskStatus) -> TaskHit: ...

    # --- reads --------------------------------------------------------------------------
    @abstractmethod
    def stats(self) -> Stats: ...

    @abstractmethod
    def list_documents(
        self, *, issuer: str | None = None, doc_type: str | None = None, year: int | None = None,
        offset: int = 0, limit: int = 50,
    ) -> Page: ...

    @abstractmethod
    def get_document(self, doc_id: str) -> StoredDocument: ...

    @abstractmethod
    def search_tasks(self, text: str, *, limit: int = 50) -> list[TaskHit]: ...

    @abstractmethod
    def get_task(self, task_id: str) -> TaskHit: ...

    @abstractmethod
    def trace(self, task_id: str) -> Trace: ...

    @abstractmethod
    def search_units(self, text: str, *, limit: int = 50) -> list[UnitHit]: ...

    @abstractmethod
    def get_unit(self, unit_id: str) -> UnitHit: ...

    @abstractmethod
    def obligations(
        self, unit_id: str, *, start: date | None = None, end: date | None = None,
        role: Role | None = None, today: date | None = None,
    ) -> list[Obligation]: ...

    @abstractmethod
    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]: ...

    @abstractmethod
    def periods(self, *, start: date | None = None, end: date | None = None) -> list[PeriodHit]: ...

    @abstractmethod
    def event_mentions(self) -> list[EventMention]: ...

    @abstractmethod
    def recent_documents(self, *, limit: int = 10) -> list[DocumentSummary]: ...

    def due_obligations(
        self, *, start: date, end: date, today: date | None = None, limit: int = 200,
    ) -> list[tuple[UnitHit, Obligation]]:
        """Every unit's obligations with a due date in [start, end], soonest first (the overview's
        "falling due" list). Composed from search_units and obligations; an engine may answer natively."""
        found: list[tuple[UnitHit, Obligation]] = []
        for unit in self.search_units("", limit=1_000_000):
            for ob in self.obligations(unit.id, start=start, end=end, today=today):
                if ob.due_date and start.isoformat() <= ob.due_date <= end.isoformat():
                    found.append((unit, ob))
        found.sort(key=lambda pair: (pair[1].due_date or "", pair[1].role != "lead", pair[0].name, pair[1].task_id))
        return found[:limit]

    def status_history(self, task_id: str) -> list[TaskStatus]:
        """Every status recorded for a task, oldest first (set_task_status keeps them all)."""
        raise NotImplementedError(f"{type(self).__name__} keeps no status history")

    def unit_parents(self, unit_id: str) -> list[UnitHit]:
        """The committees a unit is an organ of ("Ban Tuyên giáo Tỉnh ủy" → "Tỉnh ủy Cao Bằng")."""
        raise NotImplementedError(f"{type(self).__name__} keeps no unit hierarchy")

    def unit_children(self, unit_id: str) -> list[UnitHit]:
        """The organs of a committee (the inverse of unit_parents)."""
        raise NotImplementedError(f"{type(self).__name__} keeps no unit hierarchy")

    def dump(self) -> dict[str, list[dict]]:
        """Every node and relationship as flat rows (graph.cypher.DUMP), for exports."""
        raise NotImplementedError(f"{type(self).__name__} cannot dump its graph")

    def export(self, fmt: str = "turtle") -> str:
        """The whole graph as RDF: fmt is turtle, json-ld or nt (graph.rdf)."""
        from graph.rdf import export_store

        return export_store(self, fmt)

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

