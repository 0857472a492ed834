"""Extraction → node and relationship rows, and rows → views: the one translation both engines share.

Rows are flat dicts of strings, booleans and never-null integers (see graph.cypher on why);
nested values travel as JSON.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph import identity
from graph.folding import fold
from graph.models import Deadline, Document, Event, Extraction, Period, Problem, Reference, Span, Task, Unit
from graph.obligations import event_anchor_date, names_match, to_date
from graph.views import DocumentSummary, PlanBrief, TaskHit, TaskStatus, UnitBrief, UnitHit

Row = dict[str, Any]

# names (units, issuers, events, anchors) recur across documents: fold each once
_fold_name = lru_cache(maxsize=1 << 16)(fold)


def dumps(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "model_dump_json"):  # pydantic writes its models' JSON itself, much faster
        return value.model_dump_json()
    if isinstance(value, list):
        value = [v.model_dump(mode="json") if hasattr(v, "model_dump") else v for v in value]
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1 << 12)
def _dumps_section(section: tuple[str, ...]) -> str:  # a document's tasks share their headings
    return json.dumps(list(section), ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None, default: Any = None) -> Any:
    return json.loads(text) if text else default


def content_hash(extraction: Extraction) -> str:
    return extraction.document.content_hash or hashlib.sha256(extraction.text.encode()).hexdigest()


def ref_row(ref: Reference | Document, doc_id: str, *, year: str | None = None) -> Row:
    return {
        "id": doc_id, "symbol": ref.symbol, "symbol_key": identity.symbol_key(ref.symbol),
        "juris_key": identity.jurisdiction_key(ref.jurisdiction), "doc_type": ref.doc_type,
        "doc_type_key": fold(ref.doc_type), "issuer": ref.issuer, "issuer_key": fold(ref.issuer),
        "issued_date": ref.issued_date, "year": year if year is not None else identity.year_of(ref.issued_date),
        "jurisdiction": ref.jurisdiction,
        "folded": fold(" ".join(x for x in (ref.symbol, ref.doc_type, ref.issuer,
                                            getattr(ref, "title", None)) if x)),
    }


def _unit_row(unit: Unit, jurisdiction: str | None) -> Row:
    # the same unit is named in many tasks and documents: build its row once
    return dict(_unit_row_of(unit.name, unit.canonical, unit.jurisdiction or jurisdiction,
                             tuple(unit.abbreviations), tuple(unit.aliases), unit.is_group))


@lru_cache(maxsize=1 << 14)
def _unit_row_of(name: str, canonical: str, juris: str | None, abbreviations: tuple[str, ...],
                 aliases_: tuple[str, ...], is_group: bool) -> Row:
    aliases = sorted({name, *abbreviations, *aliases_} - {canonical})
    return {"id": identity.unit_id(canonical, juris), "name": canonical, "canonical": canonical,
            "jurisdiction": juris, "aliases": dumps(aliases), "is_group": is_group,
            "folded": _fold_name(" | ".join([canonical, *aliases]))}


# organs of a party committee belong to it: "Ban Tuyên giáo Tỉnh ủy" (Cao Bằng) → "Tỉnh ủy Cao Bằng"
_COMMITTEES = ((" tinh uy", "Tỉnh ủy"), (" huyen uy", "Huyện ủy"), (" thanh uy", "Thành ủy"))


def parent_unit(row: Row) -> Row | None:
    """The committee a unit is an organ of, when its name says so and its jurisdiction is known."""
    name = _fold_name(row["canonical"])
    for suffix, committee in _COMMITTEES:
        if name.endswith(suffix) and row["jurisdiction"] and not row["is_group"]:
            parent = f"{committee} {row['jurisdiction']}"
            return _unit_row(Unit(name=parent, canonical=parent), row["jurisdiction"])
    return None


def merge_aliases(row: Row, existing: str | None) -> Row:
    """A unit named differently by another document keeps both spellings."""
    aliases = sorted(set(loads(existing, [])) | set(loads(row["aliases"], [])))
    return {**row, "aliases": dumps(aliases), "folded": _fold_name(" | ".join([row["canonical"], *aliases]))}


def _mentions(folded_task: str, folded_name: str, years: int | None) -> bool:
    """Does a task's (folded) text name this event? "kỷ niệm 90 năm Ngày thành lập Đảng" names
    "Ngày thành lập Đảng Cộng sản Việt Nam" by its ordinal and first words."""
    if folded_name and folded_name in folded_task:
        return True
    head = " ".join(folded_name.split()[:4])
    return bool(years and f"{years} nam" in folded_task and head and head in folded_task)


@dataclass(kw_only=True)
class _Rows:
    """Node and relationship rows, by kind."""
    cited: list[Row] = field(default_factory=list)
    units: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    part_of: list[Row] = field(default_factory=list)
    tasks: list[Row] = field(default_factory=list)
    periods: list[Row] = field(default_factory=list)
    refs: dict[str, list[Row]] = field(default_factory=lambda: {"IMPLEMENTS": [], "CITES": []})
    issued_by: list[Row] = field(default_factory=list)
    assigned: list[Row] = field(default_factory=list)
    doc_about: list[Row] = field(default_factory=list)
    task_about: list[Row] = field(default_factory=list)
    due_relative: list[Row] = field(default_factory=list)
    in_period: list[Row] = field(default_factory=list)
    anniversary_of: list[Row] = field(default_factory=list)


@dataclass(kw_only=True)
class DocumentRows(_Rows):
    """One document's subgraph."""
    doc_id: str
    content_hash: str
    doc: Row


Resolver = Callable[[Reference], str | None]


@dataclass(kw_only=True)
class BatchRows(_Rows):
    """The rows of several documents written together: nodes deduplicated by id (units keep every
    spelling, the latest naming first; events and cited documents keep the first value of each
    property), relationships concatenated."""
    docs: list[Row] = field(default_factory=list)


def _fill(into: dict[str, Row], row: Row) -> None:
    """Keep the first value of each property; a later row only fills what is missing."""
    have = into.get(row["id"])
    if have is None:
        into[row["id"]] = dict(row)
    else:
        for key, value in row.items():
            if have.get(key) is None and value is not None:
                have[key] = value


def combine(builts: list[DocumentRows]) -> BatchRows:
    docs = {b.doc_id: dict(b.doc) for b in builts}
    cited: dict[str, Row] = {}
    units: dict[str, Row] = {}
    events: dict[str, Row] = {}
    part_of: dict[tuple[str, str], Row] = {}
    out = BatchRows()
    for b in builts:
        for row in b.cited:  # a citation of a document loaded in this batch fills its gaps
            _fill(docs if row["id"] in docs else cited, row)
        for row in b.units:  # the latest naming wins, keeping every spelling seen (as one by one)
            units[row["id"]] = merge_aliases(row, units[row["id"]]["aliases"]) if row["id"] in units else row
        for row in b.events:
            _fill(events, row)
        for row in b.part_of:
            part_of.setdefault((row["child"], row["parent"]), row)
        out.tasks += b.tasks
        out.periods += b.periods
        for rel, items in b.refs.items():
            out.refs[rel] += items
        out.issued_by += b.issued_by
        out.assigned += b.assigned
        out.doc_about += b.doc_about
        out.task_about += b.task_about
        out.due_relative += b.due_relative
        out.in_period += b.in_period
        out.anniversary_of += b.anniversary_of
    out.docs, out.cited, out.units = list(docs.values()), list(cited.values()), list(units.values())
    out.events, out.part_of = list(events.values()), list(part_of.values())
    return out


def build(extraction: Extraction, *, resolve: Resolver, loaded_at: str) -> DocumentRows:
    """Every row of one document's subgraph; ``resolve`` maps a citation to a document id."""
    doc = extraction.document
    doc_id = document_id(extraction)
    digest = content_hash(extraction)
    row = ref_row(doc, doc_id) | {
        "place": doc.place, "title": doc.title, "signer_title": doc.signer_title,
        "signer_name": doc.signer_name, "recipients": dumps(doc.recipients),
        "source_file": doc.source_file or extraction.source, "content_hash": digest,
        "span": dumps(doc.span), "text": extraction.text, "problems": dumps(extraction.problems),
        "loaded_at": loaded_at, "loaded": True, "n_tasks": len(extraction.tasks),
    }
    out = DocumentRows(doc_id=doc_id, content_hash=digest, doc=row)

    for n, ref in enumerate(extraction.references):
        target = resolve(ref)
        if not target or target == doc_id:
            continue
        rel = "IMPLEMENTS" if ref.basis else "CITES"
        seen = next((r for rels in out.refs.values() for r in rels if r["target"] == target), None)
        if seen is not None:  # one edge per cited document, IMPLEMENTS if any citation is a basis
            if rel == "IMPLEMENTS" and seen in out.refs["CITES"]:
                out.refs["CITES"].remove(seen)
                out.refs["IMPLEMENTS"].append(seen | {"reference": dumps(ref), "clause": ref.clause})
            continue
        out.cited.append(ref_row(ref, target))
        out.refs[rel].append({"doc_id": doc_id, "target": target, "n": n,
                              "reference": dumps(ref), "clause": ref.clause})

    units: dict[str, Row] = {}
    if doc.issuer:
        issuer = _unit_row(Unit(name=doc.issuer, canonical=doc.issuer), doc.jurisdiction)
        units[issuer["id"]] = issuer
        out.issued_by.append({"doc_id": doc_id, "unit_id": issuer["id"]})

    events: list[tuple[Event, str, str]] = []
    for n, event in enumerate(extraction.events):
        eid = identity.event_id(event.name, event.date)
        events.append((event, eid, _fold_name(event.name)))
        out.events.append({"id": eid, "name": event.name, "kind": event.kind,
                           "event_date": event.date, "folded": events[-1][2]})
        out.doc_about.append({"doc_id": doc_id, "event_id": eid, "n": n, "mention": dumps(event)})
        on = anniversary_on(event)
        if on:  # "95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025)": the 95th, ANNIVERSARY_OF the founding
            name = f"{event.years} năm {event.name}"
            occurrence = identity.event_id(name, on)
            out.events.append({"id": occurrence, "name": name, "kind": "anniversary", "event_date": on,
                               "folded": _fold_name(name)})
            out.anniversary_of.append({"doc_id": doc_id, "source": occurrence, "target": eid,
                                       "years": event.years})

    periods: list[tuple[str, date | None, date | None]] = []
    for n, period in enumerate(extraction.periods, start=1):
        pid = identity.period_id(doc_id, n)
        periods.append((pid, to_date(period.start), to_date(period.end, last=True)))
        out.periods.append({"id": pid, "doc_id": doc_id, "n": n, "name": period.name,
                            "start_date": period.start, "end_date": period.end,
                            "period": dumps(period), "folded": fold(period.name)})

    for n, task in enumerate(extraction.tasks, start=1):
        tid = identity.task_id(doc_id, n)
        dl = task.deadline
        due = dl.due if dl.kind in ("date", "period") else None
        folded = fold(task.text)
        out.tasks.append({"id": tid, "doc_id": doc_id, "n": n, "text": task.text,
                          "folded": folded, "section": _dumps_section(tuple(task.section)),
                          "deadline": dumps(dl), "kind": dl.kind, "due": due, "span": dumps(task.span)})
        for role, members in (("lead", task.lead), ("support", task.support)):
            for k, unit in enumerate(members):
                urow = _unit_row(unit, doc.jurisdiction)
                have = units.setdefault(urow["id"], urow)
                if have is not urow and have["aliases"] != urow["aliases"]:
                    units[urow["id"]] = merge_aliases(have, urow["aliases"])
                out.assigned.append({"doc_id": doc_id, "task_id": tid, "unit_id": urow["id"],
                                     "role": role, "n": k, "mention": dumps(unit)})
        for event, eid, folded_name in events:
            if _mentions(folded, folded_name, event.years):
                out.task_about.append({"doc_id": doc_id, "task_id": tid, "event_id": eid, "n": n})
        if dl.kind == "relative" and dl.anchor:
            match = next(((e, eid) for e, eid, _ in events if names_match(dl.anchor, e.name)), None)
            if match:
                out.due_relative.append({"doc_id": doc_id, "task_id": tid, "event_id": match[1],
                                         "anchor_date": event_anchor_date(match[0])})
        due_day = to_date(due, last=True)
        for pid, lo, hi in periods:
            if due_day and lo and hi and lo <= due_day <= hi:
                out.in_period.append({"doc_id": doc_id, "task_id": tid, "period_id": pid})
    for row in list(units.values()):
        parent = parent_unit(row)
        if parent and parent["id"] != row["id"]:
            units.setdefault(parent["id"], parent)
            out.part_of.append({"child": row["id"], "parent": parent["id"]})
    out.units = list(units.values())
    return out


def anniversary_on(event: Event) -> str | None:
    """The day (or month, or year) of the anniversary an event's mention counts: as stated, else its
    date moved on by its ordinal; None when the mention gives no ordinal or no date."""
    if not event.years:
        return None
    if event.anniversary_date:
        return event.anniversary_date
    if not event.date:
        return None
    year, rest = event.date[:4], event.date[4:]
    if rest == "-02-29":
        rest = "-02-28" if (int(year) + event.years) % 4 else rest
    return f"{int(year) + event.years}{rest}"


def document_id(extraction: Extraction) -> str:
    doc_id = identity.document_id(extraction.document, source=extraction.source)
    if doc_id is None:  # no symbol, no source name: the content is all that identifies it
        doc_id = "doc-" + content_hash(extraction)[:16]
    return doc_id


# --- rows → views ---------------------------------------------------------------------------
def plan_brief(row: Row, prefix: str = "plan_") -> PlanBrief:
    return PlanBrief(id=row[f"{prefix}id"], symbol=row[f"{prefix}symbol"],
                     doc_type=row[f"{prefix}doc_type"], issuer=row[f"{prefix}issuer"],
                     issued_date=row[f"{prefix}issued_date"], title=row[f"{prefix}title"])


def summary(row: Row, prefix: str = "") -> DocumentSummary:
    return DocumentSummary(**plan_brief(row, prefix).model_dump(), loaded=bool(row[f"{prefix}loaded"]),
                           source_file=row[f"{prefix}source_file"],
                           n_tasks=row[f"{prefix}n_tasks"] or 0)


def unit_hit(row: Row) -> UnitHit:
    return UnitHit(id=row["id"], name=row["canonical"] or row["name"], jurisdiction=row["jurisdiction"],
                   aliases=loads(row["aliases"], []), is_group=bool(row["is_group"]))


def task_status(row: Row | None) -> TaskStatus | None:
    if not row:
        return None
    return TaskStatus(status=row["status"], date=row["done_date"], note=row["note"],
                      by=row["status_by"], at=row["status_at"])


def task_hit(row: Row, units: list[Row], status: Row | None) -> TaskHit:
    ordered = sorted(units, key=lambda u: u["n"])
    return TaskHit(
        id=row["id"], text=row["text"], plan=plan_brief(row), section=loads(row["section"], []),
        lead=[UnitBrief(id=u["id"], name=u["name"], jurisdiction=u["jurisdiction"])
              for u in ordered if u["role"] == "lead"],
        support=[UnitBrief(id=u["id"], name=u["name"], jurisdiction=u["jurisdiction"])
                 for u in ordered if u["role"] == "support"],
        deadline=Deadline.model_validate(loads(row["deadline"], {})), status=task_status(status))


def extraction(doc: Row, *, refs: dict[str, list[Row]], tasks: list[Row], units: list[Row],
               events: list[Row], periods: list[Row]) -> Extraction:
    """The Extraction a loaded document was written from, rebuilt from its rows."""
    document = Document(
        symbol=doc["symbol"], doc_type=doc["doc_type"], issuer=doc["issuer"],
        issued_date=doc["issued_date"], jurisdiction=doc["jurisdiction"], place=doc["place"],
        title=doc["title"], signer_title=doc["signer_title"], signer_name=doc["signer_name"],
        recipients=loads(doc["recipients"], []), source_file=doc["source_file"],
        content_hash=doc["content_hash"], span=Span.model_validate(loads(doc["span"])) if doc["span"] else None)
    references = sorted((r for rel in refs.values() for r in rel), key=lambda r: r["n"])
    by_task: dict[str, list[Row]] = {}
    for u in units:
        by_task.setdefault(u["task_id"], []).append(u)
    out_tasks = []
    for t in tasks:
        mentions = sorted(by_task.get(t["id"], []), key=lambda u: u["n"])
        out_tasks.append(Task(
            text=t["text"], section=loads(t["section"], []),
            lead=[Unit.model_validate(loads(u["mention"])) for u in mentions if u["role"] == "lead"],
            support=[Unit.model_validate(loads(u["mention"])) for u in mentions if u["role"] == "support"],
            deadline=Deadline.model_validate(loads(t["deadline"], {})),
            span=Span.model_validate(loads(t["span"])) if t["span"] else None))
    return Extraction(
        source=doc["source_file"] or doc["id"], text=doc["text"] or "", document=document,
        references=[Reference.model_validate(loads(r["reference"])) for r in references],
        tasks=out_tasks,
        events=[Event.model_validate(loads(e["mention"])) for e in events],
        periods=[Period.model_validate(loads(p["period"])) for p in periods],
        problems=[Problem.model_validate(p) for p in loads(doc["problems"], [])])
