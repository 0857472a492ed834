"""api.routers.export: the graph as Turtle, JSON-LD and N-Triples, each parsed back by rdflib."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef

from api_fixtures import client, seeded  # noqa: F401 - fixtures
from graph.rdf import node


# rdflib's own parsers (JSON-LD's, and parse() setting up) build a deprecated ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


@pytest.mark.parametrize(("fmt", "media_type"), [
    ("turtle", "text/turtle"), ("json-ld", "application/ld+json"), ("nt", "application/n-triples")])
def test_each_format_parses_and_holds_the_plan(client: TestClient, fmt: str, media_type: str) -> None:
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert "attachment" in response.headers["content-disposition"]
    graph = Graph().parse(data=response.text, format=fmt)
    plan: URIRef = node("doc", "99-kh-tu-2024-cao-bang")
    assert (plan, None, None) in graph
    assert len(graph) > 1000  # the seeds' tasks, units and events too


def test_same_triples_in_every_format(client: TestClient) -> None:
    sizes = {fmt: len(Graph().parse(data=client.get("/export", params={"format": fmt}).text, format=fmt))
             for fmt in ("turtle", "json-ld", "nt")}
    assert len(set(sizes.values())) == 1, sizes


def test_unknown_format_is_a_422(client: TestClient) -> None:
    response = client.get("/export", params={"format": "rdfxml"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"
