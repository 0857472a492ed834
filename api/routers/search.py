"""Search across documents, tasks, units and events; "dai hoi" finds "Đại hội"."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.errors import ERROR_RESPONSES
from graph.views import SearchHit

router = APIRouter(prefix="/search", tags=["search"])


@router.get("", response_model=list[SearchHit], responses=ERROR_RESPONSES)
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="words, with or without accents")],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[SearchHit]:
    return store.search(q, limit=limit)
