"""Periods: campaign phases and time windows that overlap a date range."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.errors import ERROR_RESPONSES
from api.ranges import check_range
from graph.views import PeriodHit

router = APIRouter(prefix="/periods", tags=["periods"])


@router.get("", response_model=list[PeriodHit], responses=ERROR_RESPONSES)
def list_periods(
    store: StoreDep,
    start: Annotated[date | None, Query(alias="from", description="YYYY-MM-DD")] = None,
    end: Annotated[date | None, Query(alias="to", description="YYYY-MM-DD")] = None,
) -> list[PeriodHit]:
    check_range(start, end)
    return store.periods(start=start, end=end)
