"""Units: search, one unit, and what it owes (JSON, and as calendar / CSV / Excel files)."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from api.deps import StoreDep
from api.errors import ERROR_RESPONSES
from api.exports import obligations_csv, obligations_ics, obligations_xlsx
from api.ranges import check_range
from graph.models import Role
from graph.store import Store
from graph.views import Obligation, UnitHit

router = APIRouter(prefix="/units", tags=["units"])

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("", response_model=list[UnitHit], responses=ERROR_RESPONSES)
def search_units(
    store: StoreDep,
    q: Annotated[str, Query(max_length=200, description="name or abbreviation (accent-insensitive)")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[UnitHit]:
    return store.search_units(q, limit=limit)


@router.get("/{unit_id}", response_model=UnitHit, responses=ERROR_RESPONSES)
def get_unit(unit_id: str, store: StoreDep) -> UnitHit:
    return store.get_unit(unit_id)


class ObligationQuery:
    """The filters every obligations route takes: from, to, role, and the day status is judged on."""

    def __init__(
        self,
        start: Annotated[date | None, Query(alias="from", description="due on or after (YYYY-MM-DD)")] = None,
        end: Annotated[date | None, Query(alias="to", description="due on or before (YYYY-MM-DD)")] = None,
        role: Annotated[Role | None, Query(description="lead (chủ trì) or support (phối hợp)")] = None,
        today: Annotated[date | None, Query(description="judge overdue / due soon against this day")] = None,
    ) -> None:
        check_range(start, end)
        self.start, self.end, self.role, self.today = start, end, role, today

    def run(self, store: Store, unit_id: str) -> list[Obligation]:
        return store.obligations(unit_id, start=self.start, end=self.end, role=self.role, today=self.today)


Filters = Annotated[ObligationQuery, Depends()]


@router.get("/{unit_id}/obligations", response_model=list[Obligation], responses=ERROR_RESPONSES)
def obligations(unit_id: str, store: StoreDep, filters: Filters) -> list[Obligation]:
    """Everything the unit must do, as lead or support (the same JSON as `planlink obligations`)."""
    return filters.run(store, unit_id)


def _attachment(unit_id: str, suffix: str) -> dict[str, str]:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", unit_id).strip("-.")[:80] or "unit"
    return {"Content-Disposition": f'attachment; filename="obligations-{stem}.{suffix}"'}


def _file_route(path: str, media_type: str, summary: str):
    return router.get(path, response_class=Response, summary=summary,
                      responses={**ERROR_RESPONSES, 200: {"content": {media_type: {}}, "description": summary}})


@_file_route("/{unit_id}/calendar.ics", "text/calendar", "Obligations as an iCalendar file")
def obligations_calendar(unit_id: str, store: StoreDep, filters: Filters) -> Response:
    unit = store.get_unit(unit_id)
    body = obligations_ics(filters.run(store, unit_id), unit=unit)
    return Response(body, media_type="text/calendar; charset=utf-8", headers=_attachment(unit_id, "ics"))


@_file_route("/{unit_id}/obligations.csv", "text/csv", "Obligations as CSV (UTF-8)")
def obligations_table(unit_id: str, store: StoreDep, filters: Filters) -> Response:
    store.get_unit(unit_id)  # 404 for an unknown unit rather than an empty file
    body = obligations_csv(filters.run(store, unit_id))
    return Response(body, media_type="text/csv; charset=utf-8", headers=_attachment(unit_id, "csv"))


@_file_route("/{unit_id}/obligations.xlsx", _XLSX, "Obligations as an Excel workbook")
def obligations_workbook(unit_id: str, store: StoreDep, filters: Filters) -> Response:
    unit = store.get_unit(unit_id)
    body = obligations_xlsx(filters.run(store, unit_id), unit=unit)
    return Response(body, media_type=_XLSX, headers=_attachment(unit_id, "xlsx"))
