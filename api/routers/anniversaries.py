"""Anniversaries falling due in a window: the national catalog and the loaded documents' events,
each with ordinal, date, tier and the plans and tasks that mention it (graph.anniversaries)."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.errors import ERROR_RESPONSES, ApiError
from api.ranges import check_range
from graph.anniversaries import anniversaries
from graph.views import AnniversaryItem

router = APIRouter(prefix="/anniversaries", tags=["anniversaries"])

MAX_DAYS = 366 * 10  # a decade; longer windows are a batch job, not a request


@router.get("", response_model=list[AnniversaryItem], responses=ERROR_RESPONSES)
def list_anniversaries(
    store: StoreDep,
    start: Annotated[date | None, Query(alias="from", description="YYYY-MM-DD; default: 1 January this year")]
    = None,
    end: Annotated[date | None, Query(alias="to", description="YYYY-MM-DD; default: 31 December of `from`")]
    = None,
    tier: Annotated[Literal["default", "all", "tron"], Query(
        description="default: statutory days, năm tròn and năm lẻ 5; all: every ordinal; tron: năm tròn only")]
    = "default",
    scope: Annotated[str | None, Query(max_length=100, description="national events plus this province's")]
    = None,
) -> list[AnniversaryItem]:
    start = start or date(date.today().year, 1, 1)
    end = end or date(start.year, 12, 31)
    check_range(start, end)
    if (end - start).days > MAX_DAYS:
        raise ApiError(400, "window_too_long", f"from {start} to {end} is {(end - start).days} days; "
                       f"ask for at most {MAX_DAYS} days per request")
    return anniversaries(start, end, tier=tier, store=store, scope=scope)
