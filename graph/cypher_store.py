"""The Store interface implemented once over Cypher; an engine only says how to run a query and
how to hold a transaction (graph.ladybug_store, graph.neo4j_store), and may answer a few steps its
own way where its server does better (graph.neo4j_store: per-id lookups, trace).
"""
from __future__ import annotations

import functools
from abc import abstractmethod
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timezone
from typing import Any, Concatenate, ParamSpec, TypeVar

from graph import cypher, identity, obligations, rows
from graph.errors import InvalidInput, NotFound, StoreError
from graph.folding import fold
from graph.models import Deadline, Document, Event, Extraction, Period, Reference, Role
from graph.store import Store
from graph.views import (DocumentSummary, EventMention, Obligation, Page, PeriodHit, SearchHit,
                         Stats, StoredDocument, TaskHit, TaskStatus, Trace, TraceSource, UnitHit,
                         UpsertResult)

MAX_TRACE_DEPTH = cypher.TRACE_DEPTH
T = TypeVar("T")
P = ParamSpec("P")
S = TypeVar("S", bound="CypherStore")


def reading(method: Callable[Concatenate[S, P], T]) -> Callable[Concatenate[S, P], T]:
    """A read whose queries run in one read transaction of the engine (_reading): on Neo4j one
    session and transaction per call instead of one per query, retried on transient errors."""
    @functools.wraps(method)
    def read(self: S, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._reading(lambda: method(self, *args, **kwargs))
    return read


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _chunks(items: list[rows.Row], size: int) -> Iterator[list[rows.Row]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _deadline(stored: str | None) -> Deadline:
    return Deadline.model_validate_json(stored) if stored else Deadline()


@dataclass
class _DatedEvents:
    count: int
    events: list[tuple[str, str]]
    memo: dict[str | None, str | None] = field(default_factory=dict)


class _SymbolIndex:
    """Resolves citations to document ids for one batch. A dateless citation joins the one dated
    document of that symbol in that jurisdiction, if there is exactly one, among those stored and
    those written earlier in the batch (the store is read once, at the first dateless citation)."""

    def __init__(self, store: "CypherStore") -> None:
        self._store = store
        self._known: dict[tuple[str, str], dict[str, str | None]] | None = None
        self._pending: list[rows.Row] = []

    def _remember(self, row: rows.Row) -> None:
        assert self._known is not None
        if row.get("symbol_key"):  # a dateless citation of a dated document does not undate it
            known = self._known.setdefault((row["symbol_key"], row["juris_key"]), {})
            known[row["id"]] = known.get(row["id"]) or row["year"]

    def add(self, built: rows.DocumentRows) -> None:
        for row in (built.doc, *built.cited):
            if self._known is None:
                self._pending.append(row)
            else:
                self._remember(row)

    def __call__(self, ref: Reference) -> str | None:
        if not ref.symbol or not identity.symbol_key(ref.symbol):
            return None
        if ref.issued_date:
            return identity.document_id(ref)
        if self._known is None:
            self._known = {}
            for row in [*self._store._run(cypher.ALL_SYMBOLS), *self._pending]:
                self._remember(row)
        known = self._known.get((identity.symbol_key(ref.symbol), identity.jurisdiction_key(ref.jurisdiction)), {})
        dated = {doc_id for doc_id, year in known.items() if year}
        return dated.pop() if len(dated) == 1 else identity.document_id(ref)


class CypherStore(Store):
    """Everything but the engine: ingest, entity resolution, queries, statuses."""

    read_only: bool = False
    batch_size: int = 500  # rows per UNWIND statement

    @abstractmethod
    def _run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement (inside the open transaction, if any) and return its rows as dicts."""

    @abstractmethod
    def _atomically(self, work: Callable[[], T]) -> T:
        """Run ``work`` in one write transaction: its statements commit together or not at all. An
        engine may run it again from the start on a transient error, so it reads what it decides on."""

    def _reading(self, work: Callable[[], T]) -> T:
        """Run ``work``'s queries together (an engine may hold one read transaction for them)."""
        return work()

    # --- helpers ------------------------------------------------------------------------
    def _one(self, query: str, **params: Any) -> dict[str, Any] | None:
        found = self._run(query, params)
        return found[0] if found else None

    def _each(self, query: str, ids: list[str]) -> list[dict[str, Any]]:
        """One query per id ({id: $id}): LadybugDB plans a key lookup from UNWIND as a scan."""
        return [row for i in ids for row in self._run(query, {"id": i})]

    def _write_rows(self, query: str, items: list[rows.Row]) -> None:
        for batch in _chunks(items, self.batch_size):
            self._run(query, {"rows": batch})

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only=True "
                             "(one process writes, the others read)")

    # --- writes -------------------------------------------------------------------------
    def upsert(self, extraction: Extraction) -> UpsertResult:
        return self.upsert_many([extraction])[0]

    def upsert_many(self, extractions: Iterable[Extraction], *, batch_size: int | None = None) -> list[UpsertResult]:
        """Write documents in batches of ``batch_size`` (default: the engine's ``bulk_batch``), each batch
        one transaction (so every document is whole or absent); same content hash → unchanged, a new
        version replaces its subgraph."""
        self._check_writable()
        batch_size = batch_size or self.bulk_batch
        results: list[UpsertResult] = []
        batch: list[Extraction] = []
        for extraction in extractions:
            batch.append(extraction)
            if len(batch) >= batch_size:
                results += self._upsert_batch(batch)
                batch = []
        if batch:
            results += self._upsert_batch(batch)
        return results

    def _upsert_batch(self, extractions: list[Extraction]) -> list[UpsertResult]:
        # the stored states are read inside the transaction: a retried batch decides again
        return self._atomically(lambda: self._write_documents(extractions))

    def _write_documents(self, extractions: list[Extraction]) -> list[UpsertResult]:
        ids = [rows.document_id(e) for e in extractions]
        states = {r["id"]: r for r in self._run(cypher.DOC_STATES, {"ids": sorted(set(ids))})}
        results: list[UpsertResult] = []
        todo: dict[str, Extraction] = {}  # doc id → the version to write (the last one in the batch)
        for extraction, doc_id in zip(extractions, ids):
            digest = rows.content_hash(extraction)
            state = states.get(doc_id) or {}
            was_loaded = doc_id in todo or bool(state.get("loaded"))
            current = rows.content_hash(todo[doc_id]) if doc_id in todo else state.get("content_hash")
            if was_loaded and current == digest:
                results.append(UpsertResult(id=doc_id, outcome="unchanged", tasks=len(extraction.tasks)))
                continue
            todo[doc_id] = extraction
            results.append(UpsertResult(id=doc_id, outcome="replaced" if was_loaded else "created",
                                        tasks=len(extraction.tasks)))
        if not todo:
            return results
        resolve = _SymbolIndex(self)
        loaded_at = _now()
        builts = []
        for extraction in todo.values():
            builts.append(rows.build(extraction, resolve=resolve, loaded_at=loaded_at))
            resolve.add(builts[-1])
        units = {b.doc_id: len(b.units) for b in builts}
        results = [r.model_copy(update={"units": units[r.id]}) if r.outcome != "unchanged" else r
                   for r in results]
        neighbours: list[dict[str, Any]] = []
        for doc_id in todo:
            if states.get(doc_id, {}).get("loaded"):
                neighbours += self._neighbours(doc_id)
                for query in cypher.DROP_OWNED:
                    self._run(query, {"id": doc_id})
        batch = rows.combine(builts)
        known = {r["id"]: r for r in self._run(cypher.GET_UNITS, {"ids": [u["id"] for u in batch.units]})}
        batch.units = [rows.merge_aliases(u, known[u["id"]]["aliases"]) if u["id"] in known else u
                       for u in batch.units]
        self._write_batch(batch, existing_units=known)
        self._absorb_undated(todo)
        self._delete_orphans(neighbours)
        return results

    def _write_batch(self, batch: rows.BatchRows, *, existing_units: dict[str, rows.Row]) -> None:
        """Write a batch's rows (MERGE for shared nodes, CREATE for a document's own); an engine
        with a bulk path (LadybugDB's COPY) overrides this. ``existing_units``: the stored rows of
        the batch's units that are already in the store."""
        self._write_rows(cypher.MERGE_DOC, batch.docs)
        self._write_rows(cypher.MERGE_CITED, batch.cited)
        self._write_rows(cypher.MERGE_UNITS, batch.units)
        self._write_rows(cypher.MERGE_EVENTS, batch.events)
        self._write_rows(cypher.CREATE_TASKS, batch.tasks)
        self._write_rows(cypher.CREATE_PERIODS, batch.periods)
        for rel, items in batch.refs.items():
            self._write_rows(cypher.CREATE_REFS[rel], items)
        self._write_rows(cypher.CREATE_ISSUED_BY, batch.issued_by)
        self._write_rows(cypher.MERGE_PART_OF, batch.part_of)
        self._write_rows(cypher.CREATE_ASSIGNED, batch.assigned)
        self._write_rows(cypher.CREATE_DOC_ABOUT, batch.doc_about)
        self._write_rows(cypher.CREATE_TASK_ABOUT, batch.task_about)
        self._write_rows(cypher.CREATE_DUE_RELATIVE, batch.due_relative)
        self._write_rows(cypher.CREATE_IN_PERIOD, batch.in_period)
        self._write_rows(cypher.CREATE_ANNIVERSARY_OF, batch.anniversary_of)

    def _absorb_undated(self, written: dict[str, Extraction]) -> None:
        """Citations made without a date, before a dated document was loaded, move onto it when it
        is now the only dated document of that symbol in its jurisdiction."""
        undated: dict[str, tuple[str, Document]] = {}
        for doc_id, extraction in written.items():
            doc = extraction.document
            if doc.symbol and doc.issued_date and identity.document_id(doc, year="") != doc_id:
                undated[identity.document_id(doc, year="")] = (doc_id, doc)
        if not undated:
            return
        for state in self._run(cypher.DOC_STATES, {"ids": sorted(undated)}):
            if state["loaded"]:
                continue
            doc_id, doc = undated[state["id"]]
            known = self._run(cypher.DOCS_BY_SYMBOL, {"symbol_key": identity.symbol_key(doc.symbol),
                                                       "juris_key": identity.jurisdiction_key(doc.jurisdiction)})
            if {k["id"] for k in known if k["year"]} != {doc_id}:
                continue
            for rel, query in cypher.MOVE_CITATIONS.items():
                moved = [r | {"target": doc_id} for r in self._run(query, {"id": state["id"]})]
                self._write_rows(cypher.CREATE_REFS[rel], moved)
            self._run(cypher.DELETE_DOC, {"id": state["id"]})

    def _neighbours(self, doc_id: str) -> list[dict[str, Any]]:
        return [r for query in cypher.DOC_NEIGHBOURS for r in self._run(query, {"id": doc_id})]

    def _delete_orphans(self, neighbours: list[dict[str, Any]]) -> None:
        for label in ("Document", "Event"):
            ids = sorted({n["id"] for n in neighbours if n["label"] == label})
            if ids:
                self._each(cypher.DELETE_ORPHANS[label], ids)
        units = {n["id"] for n in neighbours if n["label"] == "Unit"}
        for _ in range(2):  # organs first; then the committees they were the last part of
            used = {r["id"] for q in cypher.UNIT_IN_USE for r in self._each(q, sorted(units))}
            if not units - used:
                break
            self._run(cypher.DELETE_UNITS, {"ids": sorted(units - used)})
            units &= used

    def delete_document(self, doc_id: str) -> None:
        self._check_writable()
        self._atomically(lambda: self._delete_document(doc_id))

    def _delete_document(self, doc_id: str) -> None:
        state = self._one(cypher.DOC_STATE, id=doc_id)
        if not state:
            raise NotFound(f"no document {doc_id!r}; list them with `planlink search` or GET /documents")
        if not state["loaded"]:
            raise InvalidInput(f"document {doc_id!r} is known only from citations; delete the "
                               "documents that cite it instead")
        neighbours = self._neighbours(doc_id)
        for query in cypher.DROP_OWNED:
            self._run(query, {"id": doc_id})
        cited_by = sum(self._run(q, {"id": doc_id})[0]["n"] for q in cypher.INCOMING_CITATIONS)
        # others still cite it: it stays, as a document known only from those citations
        self._run(cypher.UNLOAD_DOC if cited_by else cypher.DELETE_DOC, {"id": doc_id})
        self._delete_orphans(neighbours)

    def set_task_status(self, task_id: str, status: TaskStatus) -> TaskHit:
        self._check_writable()
        recorded = status if status.at else status.model_copy(update={"at": _now()})

        def record() -> None:  # the history is read in the transaction that extends it
            self.get_task(task_id)
            history = [h.model_dump(mode="json") for h in self.status_history(task_id)]
            history.append(recorded.model_dump(mode="json"))
            self._run(cypher.MERGE_STATUS, {
                "id": task_id, "status": recorded.status, "done_date": recorded.date,
                "note": recorded.note, "status_by": recorded.by, "status_at": recorded.at,
                "history": rows.dumps(history)})

        self._atomically(record)
        return self.get_task(task_id)

    @reading
    def status_history(self, task_id: str) -> list[TaskStatus]:
        """Every status recorded for a task, oldest first."""
        found = self._run(cypher.GET_STATUSES, {"ids": [task_id]})
        return [TaskStatus.model_validate(h) for h in rows.loads(found[0]["history"], [])] if found else []

    # --- reads --------------------------------------------------------------------------
    @reading
    def stats(self) -> Stats:
        return Stats(**{name: self._run(q)[0]["n"] for name, q in cypher.COUNT.items()})

    @reading
    def list_documents(self, *, issuer: str | None = None, doc_type: str | None = None,
                       year: int | None = None, offset: int = 0, limit: int = 50) -> Page:
        params = {"issuer": fold(issuer), "doc_type": fold(doc_type), "year": str(year or "")}
        total = self._run(cypher.COUNT_DOCS, params)[0]["n"]
        found = self._run(cypher.LIST_DOCS, params | {"offset": offset, "limit": limit})
        return Page(items=[rows.summary(r) for r in found], total=total)

    @reading
    def get_document(self, doc_id: str) -> StoredDocument:
        doc = self._one(cypher.GET_DOC, id=doc_id)
        if not doc:
            raise NotFound(f"no document {doc_id!r}; find ids with `planlink search` or GET /documents")
        summary = rows.summary(doc)
        if not doc["loaded"]:
            return StoredDocument(summary=summary)
        tasks = self._run(cypher.DOC_TASKS, {"id": doc_id})
        extraction = rows.extraction(
            doc, refs={rel: self._run(q, {"id": doc_id}) for rel, q in cypher.DOC_REFS.items()},
            tasks=tasks, units=self._each(cypher.TASK_UNITS, [t["id"] for t in tasks]),
            events=self._run(cypher.DOC_EVENTS, {"id": doc_id}),
            periods=self._run(cypher.DOC_PERIODS, {"id": doc_id}))
        return StoredDocument(summary=summary, extraction=extraction)

    def all_extractions(self) -> Iterator[tuple[str, Extraction]]:
        """Every loaded document's id and extraction (for exports)."""
        for row in self._run(cypher.ALL_DOC_IDS):
            stored = self.get_document(row["id"])
            if stored.extraction is not None:
                yield row["id"], stored.extraction

    @reading
    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {name: self._run(query) for name, query in cypher.DUMP.items()}

    def _statuses(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The recorded statuses of these tasks. A store that knows when its data changes keeps all
        statuses (few: only tasks someone marked) until it does; otherwise they are asked by id."""
        if not ids:
            return {}
        version = self.data_version
        if version is None:
            return {s["id"]: s for s in self._run(cypher.GET_STATUSES, {"ids": ids})}
        cached = getattr(self, "_status_cache", None)
        if cached is None or cached[0] != version:
            cached = self._status_cache = (version, {s["id"]: s for s in self._run(cypher.ALL_STATUSES)})
        return {i: cached[1][i] for i in ids if i in cached[1]}

    def _hydrate(self, task_rows: list[dict[str, Any]]) -> list[TaskHit]:
        ids = [t["id"] for t in task_rows]
        units: dict[str, list[dict[str, Any]]] = {}
        for u in self._each(cypher.TASK_UNITS, ids):
            units.setdefault(u["task_id"], []).append(u)
        statuses = self._statuses(ids)
        return [rows.task_hit(t, units.get(t["id"], []), statuses.get(t["id"])) for t in task_rows]

    @reading
    def search_tasks(self, text: str, *, limit: int = 50) -> list[TaskHit]:
        ids = [r["id"] for r in self._run(cypher.SEARCH_TASKS[bool(fold(text))], {"q": fold(text), "limit": limit})]
        found = self._each(cypher.TASK_BY_ID, ids)
        return self._hydrate(sorted(found, key=lambda t: (t["doc_id"], t["n"])))

    @reading
    def get_task(self, task_id: str) -> TaskHit:
        found = self._run(cypher.TASK_BY_ID, {"id": task_id})
        if not found:
            raise NotFound(f"no task {task_id!r}; find task ids with `planlink tasks --search TEXT`")
        return self._hydrate(found)[0]

    def _implements_hops(self, plan_id: str) -> Callable[[str], list[dict[str, Any]]]:
        """The IMPLEMENTS links out of a document, asked one document at a time (an engine may
        fetch everything reachable from ``plan_id`` at once instead)."""
        return lambda via: self._run(cypher.IMPLEMENTS_HOP, {"id": via})

    @reading
    def trace(self, task_id: str) -> Trace:
        task = self.get_task(task_id)
        hops = self._implements_hops(task.plan.id)
        sources: list[TraceSource] = []
        seen, frontier = {task.plan.id}, [task.plan.id]
        for depth in range(1, MAX_TRACE_DEPTH + 1):
            if not frontier:
                break
            nxt = []
            for via in frontier:
                for r in sorted(hops(via), key=lambda r: r["n"]):
                    if r["id"] in seen:
                        continue
                    seen.add(r["id"])
                    if r["loaded"]:  # a document known only from citations cites nothing itself
                        nxt.append(r["id"])
                    sources.append(TraceSource(
                        id=r["id"], symbol=r["symbol"], doc_type=r["doc_type"], issuer=r["issuer"],
                        issued_date=r["issued_date"], title=r["title"], depth=depth, via=r["via"],
                        evidence=r["evidence"], loaded=bool(r["loaded"])))
            frontier = nxt
        return Trace(task=task, plan=task.plan, sources=sources)

    @reading
    def search_units(self, text: str, *, limit: int = 50) -> list[UnitHit]:
        """Units whose names hold the text, in name order. The store sorts no more than a window of
        matches (sorting all 116k units of a 10k-document store took 66 ms): when more than
        ``max(4 × limit, 2000)`` match, the page is the first of them in name order, not of all."""
        window = max(4 * limit, 2000)
        found = self._run(cypher.SEARCH_UNITS[bool(fold(text))], {"q": fold(text), "limit": window})
        found.sort(key=lambda r: (r["canonical"] or "", r["id"]))
        return [rows.unit_hit(r) for r in self._each(cypher.GET_UNIT, [r["id"] for r in found[:limit]])]

    @reading
    def get_unit(self, unit_id: str) -> UnitHit:
        found = self._one(cypher.GET_UNIT, id=unit_id)
        if not found:
            raise NotFound(f"no unit {unit_id!r}; find unit ids with `planlink units --search TEXT`")
        return rows.unit_hit(found)

    @reading
    def unit_parents(self, unit_id: str) -> list[UnitHit]:
        """The committees a unit is an organ of (PART_OF)."""
        return [rows.unit_hit(r) for r in self._run(cypher.UNIT_PARENTS, {"id": unit_id})]

    @reading
    def unit_children(self, unit_id: str) -> list[UnitHit]:
        """The organs of a committee (PART_OF, inverse)."""
        return [rows.unit_hit(r) for r in self._run(cypher.UNIT_CHILDREN, {"id": unit_id})]

    def _anchor_dates(self, unit_id: str | None, task_rows: list[dict[str, Any]]) -> dict[str, str | None]:
        """Dates of the events relative deadlines hang on: a unit's in one query; across units
        (``unit_id`` None) one key lookup per relative task."""
        relative = {t["id"]: Deadline.model_validate(rows.loads(t["deadline"], {}))
                    for t in task_rows if t["kind"] == "relative"}
        if not relative:
            return {}
        found = (self._run(cypher.UNIT_ANCHORS, {"id": unit_id}) if unit_id is not None
                 else self._each(cypher.TASK_ANCHOR, list(relative)))
        dates = {r["task_id"]: r["anchor_date"] or r["event_date"] for r in found}
        missing = [tid for tid in relative if not dates.get(tid)]
        if missing:  # the anchor event may be dated by another document in the store
            named = self._dated_events()
            for tid in missing:
                anchor = relative[tid].anchor
                if anchor not in named.memo:
                    named.memo[anchor] = next((day for name, day in named.events
                                               if obligations.names_match(anchor, name)), None)
                dates[tid] = named.memo[anchor]
        return dates

    def _dated_events(self) -> "_DatedEvents":
        """Every stored event with a full date, and the anchors already matched against them; kept
        while the number of events stays the same (a new or deleted event changes it)."""
        count = self._run(cypher.COUNT["events"])[0]["n"]
        cached = getattr(self, "_dated_cache", None)
        if cached is None or cached.count != count:
            cached = self._dated_cache = _DatedEvents(count, [
                (e["name"], e["event_date"]) for e in self._run(cypher.EVENTS_ALL)
                if e["event_date"] and len(e["event_date"]) == 10])
        return cached

    @reading
    def obligations(self, unit_id: str, *, start: date | None = None, end: date | None = None,
                    role: Role | None = None, today: date | None = None) -> list[Obligation]:
        self.get_unit(unit_id)
        today = today or date.today()
        found = [r for r in self._run(cypher.UNIT_TASKS, {"id": unit_id}) if role in (None, r["role"])]
        ids = list(dict.fromkeys(r["id"] for r in found))
        statuses = self._statuses(ids)
        anchors = self._anchor_dates(unit_id, found)
        plans: dict[str, Any] = {}  # many tasks share a plan: one PlanBrief each
        out = []
        for r in found:
            deadline = _deadline(r["deadline"])
            due = obligations.due_date(deadline, anchor_date=anchors.get(r["id"]), today=today)
            if not obligations.in_window(deadline, due, start=start, end=end):
                continue
            done = bool(statuses.get(r["id"]) and statuses[r["id"]]["status"] == "done")
            out.append(Obligation(task_id=r["id"], text=r["text"], role=r["role"],
                                  plan=plans.get(r["plan_id"]) or plans.setdefault(
                                      r["plan_id"], rows.plan_brief(r)), deadline=deadline,
                                  due_date=due.isoformat() if due else None,
                                  status=obligations.status(deadline, due, today=today, done=done)))
        out.sort(key=lambda o: (o.due_date is None, o.due_date or "", o.task_id))
        return out

    @reading
    def due_obligations(self, *, start: date, end: date, today: date | None = None,
                        limit: int = 200) -> list[tuple[UnitHit, Obligation]]:
        # One query for every unit's candidates instead of Store's per-unit composition (measured: 69 s
        # for 1968 units at 200 documents); due dates and statuses as in obligations().
        today = today or date.today()
        found = self._run(cypher.DUE_CANDIDATES, {"first_year": start.isoformat()[:4], "last": end.isoformat()})
        ids = list(dict.fromkeys(r["id"] for r in found))
        statuses = self._statuses(ids)
        anchors = self._anchor_dates(None, list({r["id"]: r for r in found}.values()))
        plans: dict[str, Any] = {}  # many tasks share a plan: one PlanBrief each
        out = []
        for r in found:
            deadline = _deadline(r["deadline"])
            due = obligations.due_date(deadline, anchor_date=anchors.get(r["id"]), today=today)
            if due is None or not start <= due <= end:
                continue
            done = bool(statuses.get(r["id"]) and statuses[r["id"]]["status"] == "done")
            unit = rows.unit_hit({"id": r["unit_id"], **{k: r[f"unit_{k}"] for k in cypher.UNIT_PROPS}})
            out.append((unit, Obligation(task_id=r["id"], text=r["text"], role=r["role"],
                                         plan=plans.get(r["plan_id"]) or plans.setdefault(
                                      r["plan_id"], rows.plan_brief(r)), deadline=deadline, due_date=due.isoformat(),
                                         status=obligations.status(deadline, due, today=today, done=done))))
        out.sort(key=lambda pair: (pair[1].due_date or "", pair[1].role != "lead", pair[0].name, pair[1].task_id))
        return out[:limit]

    @reading
    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Documents, then tasks, units and events, up to ``limit`` in all (a kind is searched only
        while the page has room)."""
        q = fold(text)
        found = sorted(self._run(cypher.SEARCH_DOCS[bool(q)], {"q": q, "limit": limit}),
                       key=lambda r: (not r["loaded"], r["id"]))
        hits = [SearchHit(kind="document", id=r["id"], label=" ".join(
                    x for x in (r["doc_type"], r["symbol"]) if x) or r["id"],
                          snippet=r["title"], document=rows.plan_brief(r, ""))
                for r in self._each(cypher.DOC_BRIEF, [r["id"] for r in found])]
        if len(hits) < limit:
            hits += [SearchHit(kind="task", id=t.id, label=t.text[:160], snippet=t.text, document=t.plan)
                     for t in self.search_tasks(text, limit=limit - len(hits))]
        if len(hits) < limit:
            hits += [SearchHit(kind="unit", id=u.id, label=u.name, snippet=u.jurisdiction)
                     for u in self.search_units(text, limit=limit - len(hits))]
        if len(hits) < limit:
            hits += [SearchHit(kind="event", id=r["id"], label=r["name"], snippet=r["event_date"])
                     for r in self._run(cypher.SEARCH_EVENTS[bool(q)], {"q": q, "limit": limit - len(hits)})]
        return hits

    @reading
    def periods(self, *, start: date | None = None, end: date | None = None) -> list[PeriodHit]:
        out = []
        for r in self._run(cypher.ALL_PERIODS):
            period = Period.model_validate(rows.loads(r["period"]))
            lo, hi = obligations.to_date(period.start), obligations.to_date(period.end, last=True)
            if end and lo and lo > end or start and hi and hi < start:
                continue
            out.append(PeriodHit(period=period, document=rows.plan_brief(r)))
        return out

    @reading
    def event_mentions(self) -> list[EventMention]:
        tasks: dict[tuple[str, str], list[str]] = {}
        for r in self._run(cypher.TASK_MENTIONS):
            tasks.setdefault((r["doc_id"], r["event_id"]), []).append(r["task_id"])
        return [EventMention(event=Event.model_validate(rows.loads(r["mention"])),
                             document=rows.plan_brief(r),
                             task_ids=tasks.get((r["plan_id"], r["event_id"]), []))
                for r in self._run(cypher.DOC_MENTIONS)]

    @reading
    def recent_documents(self, *, limit: int = 10) -> list[DocumentSummary]:
        return [rows.summary(r) for r in self._run(cypher.RECENT_DOCS, {"limit": limit})]
