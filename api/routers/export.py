"""The whole graph as RDF (graph.rdf: ELI, W3C ORG, PROV-O, OWL-Time and planlink's vocabulary)."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.deps import StoreDep
from api.errors import ERROR_RESPONSES

router = APIRouter(prefix="/export", tags=["export"])

MEDIA_TYPES = {"turtle": "text/turtle", "json-ld": "application/ld+json", "nt": "application/n-triples"}
SUFFIXES = {"turtle": "ttl", "json-ld": "jsonld", "nt": "nt"}


@router.get("", response_class=Response, responses={
    **ERROR_RESPONSES,
    200: {"description": "The graph in the chosen RDF syntax", "content": {m: {} for m in MEDIA_TYPES.values()}},
})
def export_graph(
    store: StoreDep,
    format: Annotated[Literal["turtle", "json-ld", "nt"], Query(description="RDF syntax")] = "turtle",
) -> Response:
    body = store.export(format)
    return Response(body.encode("utf-8"), media_type=f"{MEDIA_TYPES[format]}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="planlink.{SUFFIXES[format]}"'})
