"""What the store's queries return: the shapes the CLI (--json), the API and the UI all show.

They reuse the extraction models (Deadline, Period, Extraction) rather than copying them.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from graph.models import Deadline, Event, Extraction, IsoDate, Period, Problem, Role

ObligationStatus = Literal["done", "overdue", "due_soon", "later", "no_date", "continuous"]


class PlanBrief(BaseModel):
    id: str
    symbol: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    issued_date: IsoDate | None = None
    title: str | None = None


class UnitBrief(BaseModel):
    id: str
    name: str
    jurisdiction: str | None = None


class UnitHit(UnitBrief):
    aliases: list[str] = Field(default_factory=list)
    is_group: bool = False


class TaskStatus(BaseModel):
    """A recorded status of a task, with who set it and when (kept, never overwritten silently)."""

    status: Literal["open", "done"] = "open"
    date: IsoDate | None = None  # the day the work was done
    note: str | None = None
    by: str | None = None
    at: str | None = None  # ISO timestamp the status was recorded


class TaskHit(BaseModel):
    id: str
    text: str
    plan: PlanBrief
    section: list[str] = Field(default_factory=list)
    lead: list[UnitBrief] = Field(default_factory=list)
    support: list[UnitBrief] = Field(default_factory=list)
    deadline: Deadline = Field(default_factory=Deadline)
    status: TaskStatus | None = None


class TraceSource(BaseModel):
    id: str
    symbol: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    issued_date: IsoDate | None = None
    title: str | None = None
    depth: int  # 1 = what the task's plan implements directly
    via: str | None = None  # id of the document that cites this one
    evidence: str | None = None  # the citing clause, quoted
    loaded: bool = False  # False: known only from citations


class Trace(BaseModel):
    task: TaskHit
    plan: PlanBrief
    sources: list[TraceSource] = Field(default_factory=list)


class Obligation(BaseModel):
    task_id: str
    text: str
    role: Role
    plan: PlanBrief
    deadline: Deadline
    due_date: IsoDate | None = None  # resolved: relative deadlines through their event's date
    status: ObligationStatus


class DocumentSummary(PlanBrief):
    loaded: bool = True
    source_file: str | None = None
    n_tasks: int = 0


class StoredDocument(BaseModel):
    summary: DocumentSummary
    extraction: Extraction | None = None  # None for a document known only by citation


class Page(BaseModel):
    items: list[DocumentSummary]
    total: int


class SearchHit(BaseModel):
    kind: Literal["document", "task", "unit", "event"]
    id: str
    label: str
    snippet: str | None = None
    document: PlanBrief | None = None


class PeriodHit(BaseModel):
    period: Period
    document: PlanBrief


class EventMention(BaseModel):
    """A dated event named in a loaded document, and where it is named (for anniversary links)."""

    event: Event
    document: PlanBrief
    task_ids: list[str] = Field(default_factory=list)


# NĐ 145/2013/NĐ-CP Điều 3: an ordinal ending in 0 is "năm tròn", in 5 "năm lẻ 5"; any other is "năm khác".
AnniversaryTier = Literal["tron", "le5", "khac"]


class AnniversaryMention(BaseModel):
    """A loaded plan that names an anniversary: its tasks, what it states, and the window it sets."""

    document: PlanBrief
    task_ids: list[str] = Field(default_factory=list)
    name: str  # the event as the document writes it
    years: int | None = None  # the ordinal the document states (checked, not trusted: see problems)
    window_start: IsoDate | None = None  # "trước từng sự kiện 20 ngày": the anniversary − days_before
    window_end: IsoDate | None = None  # "sau mỗi sự kiện 05 ngày": the anniversary + days_after
    problems: list[Problem] = Field(default_factory=list)  # e.g. ordinal_mismatch


class AnniversaryItem(BaseModel):
    """One anniversary falling due: the catalog's or a loaded document's event, in one year."""

    id: str  # catalog id, or "doc:..." for an event known only from loaded documents
    name: str
    category: str
    origin_date: IsoDate | None = None  # None for a yearly observance with no first year (Tết)
    date: IsoDate  # the anniversary's solar date; "YYYY" / "YYYY-MM" when the origin gives no day
    years: int | None = None  # the ordinal; None without an origin year
    tier: AnniversaryTier | None = None
    lunar: bool = False
    lunar_date: str | None = None  # "10/3" (day/month, âm lịch) for lunar events
    statutory: bool = False  # a "ngày lễ lớn" of NĐ 145/2013/NĐ-CP Điều 4, kept every year
    scope: str = "national"  # or the province the event belongs to
    source: str
    mentioned_in: list[AnniversaryMention] = Field(default_factory=list)


class UpsertResult(BaseModel):
    id: str
    outcome: Literal["created", "unchanged", "replaced"]
    tasks: int = 0
    units: int = 0


class Stats(BaseModel):
    documents: int = 0
    cited_only: int = 0
    tasks: int = 0
    units: int = 0
    events: int = 0


class IngestReport(BaseModel):
    """What one ingested file gave: the stored document and counts of what was read from it."""

    source: str
    document: UpsertResult
    symbol: str | None = None
    references: int = 0
    tasks: int = 0
    events: int = 0
    periods: int = 0
    problems: list[Problem] = Field(default_factory=list)
