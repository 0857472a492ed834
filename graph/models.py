"""The one schema of planlink: what loaders produce, stores accept and return, the API serves,
the UI shows and the RDF export maps.

Dates are ISO strings (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when the text gives only that):
they survive both engines (LadybugDB, Neo4j) unchanged, and partial dates
stay honest instead of being padded to a made-up day.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]

DeadlineKind = Literal["date", "period", "relative", "recurring", "continuous", "none"]
Role = Literal["lead", "support"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Character offsets [start, end) in the document's normalised text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Problem(_Model):
    """Something the extractor could not read cleanly; reported, never silently fixed."""

    code: str  # e.g. "ordinal_mismatch", "no_symbol", "encoding_converted"
    message: str
    span: Span | None = None


class Unit(_Model):
    """An organisation as a document names it, resolved within the issuer's jurisdiction.

    ``name`` is what the text says ("Ban Tuyên giáo Tỉnh ủy"); ``canonical`` the expanded,
    standard name ("Ban Tuyên giáo Tỉnh ủy"), and ``jurisdiction`` where it belongs
    ("Cao Bằng"), so Cao Bằng's board and Lai Châu's are two units.
    """

    name: str
    canonical: str
    jurisdiction: str | None = None
    abbreviations: list[str] = Field(default_factory=list)  # as written: "UBND", "MTTQ", "BTGTU"
    aliases: list[str] = Field(default_factory=list)  # other names of the same body (2025 renames)
    is_group: bool = False  # "Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy"
    span: Span | None = None


class Deadline(_Model):
    """When a task is due. ``text`` is the verbatim phrase; the other fields depend on ``kind``:
    date → due; period → start, due (last day); relative → anchor, offset_days (negative = before);
    recurring → rule (RFC 5545 RRULE); continuous / none → nothing."""

    kind: DeadlineKind = "none"
    due: IsoDate | None = None
    start: IsoDate | None = None
    anchor: str | None = None
    offset_days: int | None = None
    end_anchor: str | None = None
    rule: str | None = None
    text: str | None = None
    span: Span | None = None


class DocumentRef(_Model):
    """A document's identity as far as it is known (from its own header or from a citation)."""

    symbol: str | None = None  # "413-KH/TU", "982/KH-UBND", "278/2025/NĐ-CP"
    doc_type: str | None = None  # "Kế hoạch", "Chỉ thị", ...
    issuer: str | None = None
    issued_date: IsoDate | None = None
    # the issuer's place: "Cao Bằng", "Tam Đường", "Bắc Ninh"; "Trung ương" for central bodies.
    # With symbol and year it identifies a document: "413-KH/TU" exists in many provinces.
    jurisdiction: str | None = None


class Document(DocumentRef):
    place: str | None = None
    title: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    recipients: list[str] = Field(default_factory=list)
    source_file: str | None = None
    content_hash: str | None = None
    span: Span | None = None  # where the symbol was read


class Reference(DocumentRef):
    """Another document cited by number-and-sign; ``clause`` is the sentence that cites it."""

    subject: str | None = None  # "về tuyên truyền kỷ niệm ..."
    basis: bool = False  # cited in the opening "Thực hiện / Căn cứ" clause
    clause: str | None = None
    span: Span | None = None


class Task(_Model):
    """One item of work the document assigns."""

    text: str
    section: list[str] = Field(default_factory=list)  # headings above the item, outermost first
    lead: list[Unit] = Field(default_factory=list)
    support: list[Unit] = Field(default_factory=list)
    deadline: Deadline = Field(default_factory=Deadline)
    span: Span | None = None


class Event(_Model):
    """A dated event the document names: an anniversary, a congress, a holiday."""

    name: str
    kind: Literal["anniversary", "congress", "holiday", "event"] = "anniversary"
    date: IsoDate | None = None  # the original event's date
    years: int | None = None  # the anniversary's ordinal as the text states it
    anniversary_date: IsoDate | None = None
    lunar: bool = False
    text: str | None = None
    span: Span | None = None


class Period(_Model):
    """A campaign phase or time window: "Đợt II: Từ ngày 01/01/2025 đến ngày 31/8/2025"."""

    name: str
    start: IsoDate | None = None
    end: IsoDate | None = None
    start_anchor: str | None = None
    end_anchor: str | None = None
    # "trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày": a window around each event
    days_before: int | None = None
    days_after: int | None = None
    text: str | None = None
    span: Span | None = None


class Extraction(_Model):
    """Everything read from one source document, with the normalised text the spans refer to."""

    source: str
    text: str = ""
    document: Document = Field(default_factory=Document)
    references: list[Reference] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)

    def to_contract(self) -> dict:
        """The JSON shape of ../shared/eval/CONTRACT.md (unit lists as names), plus our own fields."""
        data = self.model_dump(mode="json", exclude={"text"})
        for task, raw in zip(self.tasks, data["tasks"]):
            raw["lead"] = [u.name for u in task.lead]
            raw["support"] = [u.name for u in task.support]
            raw["lead_units"] = [u.model_dump(mode="json") for u in task.lead]
            raw["support_units"] = [u.model_dump(mode="json") for u in task.support]
        return data
