"""GET /health: is the store open and answering, and how much does it hold."""
from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from api.deps import SettingsDep, StoreDep
from graph.views import Stats

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    engine: str
    stats: Stats


@router.get("/health", response_model=Health)
def health(store: StoreDep, settings: SettingsDep) -> Health:
    return Health(status="ok", engine=settings.engine, stats=store.stats())
