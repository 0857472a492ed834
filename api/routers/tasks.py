"""Tasks: search, one task, its trace up the IMPLEMENTS chain, and recording its status."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from api.deps import GateDep, StoreDep, WriterDep
from api.errors import ERROR_RESPONSES, WRITE_ERROR_RESPONSES
from graph.models import IsoDate
from graph.views import TaskHit, TaskStatus, Trace

router = APIRouter(prefix="/tasks", tags=["tasks"])


class StatusChange(BaseModel):
    """The input variant of graph.views.TaskStatus: `by` and `at` are set by the server."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["open", "done"]
    date: IsoDate | None = Field(default=None, description="the day the work was done")
    note: str | None = Field(default=None, max_length=2000)


@router.get("", response_model=list[TaskHit], responses=ERROR_RESPONSES)
def search_tasks(
    store: StoreDep,
    q: Annotated[str, Query(max_length=200, description="words of the task (accent-insensitive)")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[TaskHit]:
    """Tasks whose text matches `q` (the same items as `planlink tasks --json`)."""
    return store.search_tasks(q, limit=limit)


@router.get("/{task_id}", response_model=TaskHit, responses=ERROR_RESPONSES)
def get_task(task_id: str, store: StoreDep) -> TaskHit:
    return store.get_task(task_id)


@router.get("/{task_id}/trace", response_model=Trace, responses=ERROR_RESPONSES)
def trace_task(task_id: str, store: StoreDep) -> Trace:
    """Every document the task's plan carries out, directly or up the chain, with the citing clause."""
    return store.trace(task_id)


@router.patch("/{task_id}", response_model=TaskHit, responses=WRITE_ERROR_RESPONSES)
def set_status(task_id: str, change: StatusChange, store: StoreDep, gate: GateDep,
               writer: WriterDep) -> TaskHit:
    """Record a task's status (done / open, the day, a note), keeping who set it and when."""
    status = TaskStatus(status=change.status, date=change.date, note=change.note, by=writer,
                        at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    with gate.writing():
        return store.set_task_status(task_id, status)
