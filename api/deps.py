"""What routes receive through Depends: the settings, the store, its gate and the writer's name.

Writes need `Authorization: Bearer <PLANLINK_API_TOKEN>`; reads are open. The token is compared
in constant time and never logged.
"""
from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.errors import ApiError
from api.gate import StoreGate
from graph.settings import Settings
from graph.store import Store

_bearer = HTTPBearer(auto_error=False, description="PLANLINK_API_TOKEN; needed for POST, PATCH and DELETE")


# Trivial dependencies are `async def`: FastAPI runs a plain `def` dependency in its thread pool,
# and every such hop costs a thread switch per request (measured under load: most of the time a
# trace request spent outside the store).
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> AsyncIterator[Store]:
    """The open store; when the store cannot isolate readers from a write under way, a read holds
    the gate's shared side until its route function returns."""
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise ApiError(503, "store_unavailable", "the store is not open yet; retry in a moment")
    gate: StoreGate = request.app.state.gate
    if request.method in ("GET", "HEAD") and gate.isolate_readers:
        reading = gate.reading()
        await run_in_threadpool(reading.__enter__)  # may wait for a write: off the event loop
        try:
            yield store
        finally:
            reading.__exit__(None, None, None)
    else:
        yield store  # writes take gate.writing() around the store call itself


async def get_gate(request: Request) -> StoreGate:
    return request.app.state.gate


def require_writer(
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The name recorded as `by` for this write; refuses the write without the configured token."""
    if settings.api_token is None or not settings.api_token.get_secret_value():
        raise ApiError(403, "writes_disabled",
                       "writes are disabled: set PLANLINK_API_TOKEN on the server and send "
                       "'Authorization: Bearer <token>'")
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise ApiError(401, "unauthorized", "this write needs 'Authorization: Bearer <PLANLINK_API_TOKEN>'",
                       headers=challenge)
    expected = settings.api_token.get_secret_value().encode("utf-8")
    if not hmac.compare_digest(credentials.credentials.encode("utf-8"), expected):
        raise ApiError(401, "unauthorized", "the bearer token does not match PLANLINK_API_TOKEN",
                       headers=challenge)
    return settings.api_token_name or "api"


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store, scope="function")]
GateDep = Annotated[StoreGate, Depends(get_gate)]
WriterDep = Annotated[str, Depends(require_writer)]
