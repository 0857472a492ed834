"""RDF export: every format parses back to the same graph, and the graph answers what the store does."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV, RDF, TIME

import factories as f
from graph.errors import InvalidInput
from graph.ladybug_store import LadybugStore
from graph.rdf import ELI, FORMATS, PL, node
from graph.views import TaskStatus


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LadybugStore]:
    with LadybugStore(tmp_path) as s:
        for extraction in (f.province_plan(), f.district_plan(), f.cao_bang_plan()):
            s.upsert(extraction)
        s.set_task_status("src-004-tam-duong#t1", TaskStatus(status="done", by="vp"))
        yield s


@pytest.fixture
def graph(store: LadybugStore) -> Graph:
    return Graph().parse(data=store.export("turtle"), format="turtle")


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's JSON-LD parser
def test_every_format_round_trips_to_the_same_graph(store: LadybugStore, graph: Graph) -> None:
    for fmt, rdflib_name in FORMATS.items():
        text = store.export(fmt)
        parsed = Graph().parse(data=text, format=rdflib_name)
        assert isomorphic(parsed, graph), fmt
        again = Graph().parse(data=parsed.serialize(format=rdflib_name), format=rdflib_name)
        assert isomorphic(again, parsed), fmt


def test_counts_match_the_store(store: LadybugStore, graph: Graph) -> None:
    stats = store.stats()
    assert len(set(graph.subjects(RDF.type, ELI.LegalResource))) == stats.documents + stats.cited_only
    assert len(set(graph.subjects(RDF.type, PL.Task))) == stats.tasks
    assert len(set(graph.subjects(RDF.type, ORG.Organization))) == stats.units
    assert len(set(graph.subjects(RDF.type, PL.Event))) == stats.events


def test_based_on_chain_and_its_evidence(graph: Graph) -> None:
    task = node("task", "src-004-tam-duong#t3")
    rows = graph.query(
        """SELECT ?symbol ?clause WHERE {
             ?plan pl:hasTask ?task . ?plan eli:based_on+ ?src . ?src eli:id_local ?symbol .
             OPTIONAL { ?c pl:cited ?src ; prov:value ?clause . } }""",
        initNs={"pl": PL._NS, "eli": ELI._NS, "prov": PROV}, initBindings={"task": task})
    found = {(str(r.symbol), str(r.clause)) for r in rows}
    assert found == {("171-KH/BTGTU", "Thực hiện Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023"),
                     ("35-CT/TW", "Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị"),
                     ("35-CT/TW", "theo tinh thần Chỉ thị số 35-CT/TW")}


def test_units_tasks_periods_and_status(graph: Graph) -> None:
    task = node("task", "src-004-tam-duong#t1")
    assert (task, PL.lead, node("unit", "tam-duong.ban-tuyen-giao-huyen-uy")) in graph
    assert (task, PL.status, Literal("done")) in graph
    assert (node("task", "src-004-tam-duong#t3"), PL.dueRelativeTo,
            node("event", "ev-2025-05-10-dai-hoi-dang-bo-huyen-lan-thu-xx")) in graph
    period = node("period", "src-004-tam-duong#p1")
    begin = graph.value(period, TIME.hasBeginning)
    assert str(graph.value(begin, TIME.inXSDDate)) == "2025-01-01"
    assert (node("task", "src-004-tam-duong#t2"), PL.inPeriod, period) in graph


def test_vocabularies_reject_typos() -> None:
    with pytest.raises(AttributeError):
        PL.Taks  # noqa: B018
    with pytest.raises(AttributeError):
        ELI.basedOn  # noqa: B018


def test_unknown_format_names_the_choices(store: LadybugStore) -> None:
    with pytest.raises(InvalidInput, match="turtle"):
        store.export("rdfxml")


def test_an_anniversary_points_at_the_event_it_counts(graph: Graph) -> None:
    founding = node("event", "ev-1930-02-03-ngay-thanh-lap-dang-cong-san-viet-nam")
    (occurrence,) = graph.subjects(PL.anniversaryOf, founding)
    assert graph.value(occurrence, PL.years) == Literal(95)
    assert str(graph.value(occurrence, PL.eventDate)) == "2025-02-03"
