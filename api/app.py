"""The application factory: settings in, a FastAPI app out, with the store opened once at start-up.

`create_app(settings)` opens the store named by the settings when the app starts and closes it at
shutdown; `create_app(settings, store=s)` serves a store the caller opened (and will close).
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api.cache import ReadCache
from api.errors import install_error_handlers
from api.gate import StoreGate
from api.uploads import BodyLimit
from api.routers import anniversaries, documents, export, health, periods, search, tasks, units
from graph.settings import Settings
from graph.engines import open_store
from graph.store import Store

DESCRIPTION = """\
planlink over HTTP: directives → plans → tasks → units → events.

* **Lists** are plain JSON arrays, except `GET /documents`, which is paged and returns
  `{"items": [...], "total": n}` (use `offset` and `limit`).
* **Errors** always have one shape: `{"error": {"code": "...", "message": "...", "detail": ...}}`;
  unknown ids give 404, bad input 400/413/415/422.
* **Writes** (POST, PATCH, DELETE) need `Authorization: Bearer <token>` equal to the server's
  `PLANLINK_API_TOKEN`; with no token configured, writes are refused (403). Reads are open.
* **Uploads** (`POST /documents`): .txt, .md, .html, .docx, .pdf (scanned pages are OCR'd) and page
  images (.png, .jpg, .tif, OCR'd), recognised by content; each file at most `PLANLINK_MAX_UPLOAD_BYTES` (20 MB by default). A request with any
  unreadable file stores nothing.
* Dates are ISO strings: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when a document gives only that.
"""


def create_app(settings: Settings, *, store: Store | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        if own:
            app.state.store = await run_in_threadpool(open_store, settings)
            app.state.gate = _gate_for(app.state.store)
        try:
            yield
        finally:
            if own:
                opened, app.state.store = app.state.store, None
                await run_in_threadpool(opened.close)

    app = FastAPI(title="planlink", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.store = store
    app.state.gate = _gate_for(store)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_file_bytes=settings.max_upload_bytes)
    app.add_middleware(ReadCache)
    for module in (health, documents, tasks, units, anniversaries, periods, search, export):
        app.include_router(module.router)
    return app


def _gate_for(store: Store | None) -> StoreGate:
    # The embedded store has a single writer: writes pass the gate one at a time, so concurrent
    # uploads queue instead of interleaving. Reads pass beside a write only when the store gives
    # each thread its own committed view; otherwise they wait for the write to finish.
    return StoreGate(isolate_readers=not (store is not None and store.concurrent_reads))
