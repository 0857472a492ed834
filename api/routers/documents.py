"""Documents: the paged list, one document with its facts, upload (extract + store) and delete."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile
from starlette.concurrency import run_in_threadpool

from api.deps import GateDep, SettingsDep, StoreDep, WriterDep
from api.errors import ERROR_RESPONSES, WRITE_ERROR_RESPONSES, ErrorBody
from api.gate import StoreGate
from api.uploads import MAX_FILES, extract_uploads, read_uploads
from graph.models import Extraction
from graph.store import Store
from graph.views import IngestReport, Page, StoredDocument

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("", response_model=Page, responses=ERROR_RESPONSES)
def list_documents(
    store: StoreDep,
    issuer: Annotated[str | None, Query(max_length=200, description="issuer contains (accent-insensitive)")] = None,
    type: Annotated[str | None, Query(max_length=100, description="document type, e.g. 'Kế hoạch'")] = None,
    year: Annotated[int | None, Query(ge=1000, le=9999, description="year of issue")] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page:
    """Loaded and cited documents, newest first, paged: `{"items": [...], "total": n}`."""
    if offset:
        # LadybugDB 0.22 kills the process (segfault) on `ORDER BY … SKIP n` for some n far past
        # the last row (measured: 20000 and 65535 over 25 rows): only ask for pages that exist.
        total = store.list_documents(issuer=issuer, doc_type=type, year=year, offset=0, limit=1).total
        if offset >= total:
            return Page(items=[], total=total)
    return store.list_documents(issuer=issuer, doc_type=type, year=year, offset=offset, limit=limit)


@router.get("/{doc_id}", response_model=StoredDocument, responses=ERROR_RESPONSES)
def get_document(doc_id: str, store: StoreDep) -> StoredDocument:
    """A document's metadata, text and extracted facts with their character spans."""
    return store.get_document(doc_id)


@router.post("", status_code=201, response_model=list[IngestReport],
             responses={**WRITE_ERROR_RESPONSES,
                        413: {"model": ErrorBody, "description": "A file over the size limit"},
                        415: {"model": ErrorBody, "description": "A file of a type planlink does not read"}})
async def upload_documents(
    files: Annotated[list[UploadFile], File(description=f"one to {MAX_FILES} documents")],
    store: StoreDep,
    settings: SettingsDep,
    gate: GateDep,
    _writer: WriterDep,
) -> list[IngestReport]:
    """Extract and store each uploaded file; returns, per file, what was read. Any unreadable
    file fails the whole request with a 4xx naming it, and nothing is stored."""
    uploads = await read_uploads(files, max_bytes=settings.max_upload_bytes)
    extractions = await run_in_threadpool(extract_uploads, uploads)
    return await run_in_threadpool(_store_all, store, gate, extractions)


def _store_all(store: Store, gate: StoreGate, extractions: list[Extraction]) -> list[IngestReport]:
    reports = []
    with gate.writing():
        for extraction in extractions:
            result = store.upsert(extraction)
            reports.append(IngestReport(
                source=extraction.source, document=result, symbol=extraction.document.symbol,
                references=len(extraction.references), tasks=len(extraction.tasks),
                events=len(extraction.events), periods=len(extraction.periods),
                problems=extraction.problems,
            ))
    return reports


@router.delete("/{doc_id}", status_code=204, response_class=Response, responses=WRITE_ERROR_RESPONSES)
def delete_document(doc_id: str, store: StoreDep, gate: GateDep, _writer: WriterDep) -> Response:
    """Remove a document and the facts only it held."""
    with gate.writing():
        store.delete_document(doc_id)
    return Response(status_code=204)
