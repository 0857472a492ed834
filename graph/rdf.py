"""The graph as RDF through rdflib: ELI for documents and their based_on / cites links, W3C ORG for
units, PROV-O for the clauses that evidence each link, OWL-Time for periods, and planlink's own
small vocabulary (PL) for tasks, deadlines and events.
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

from graph.errors import InvalidInput

FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "nt": "nt"}
BASE = "https://planlink.vn/id/"


class ELI(DefinedNamespace):
    """European Legislation Identifier ontology: the terms planlink uses."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalResource: URIRef
    id_local: URIRef
    title: URIRef
    date_document: URIRef
    passed_by: URIRef
    based_on: URIRef
    cites: URIRef


class PL(DefinedNamespace):
    """planlink's own terms, for what the standard vocabularies do not say."""

    _NS = Namespace("https://planlink.vn/ns#")
    _fail = True

    Task: URIRef
    Event: URIRef
    Period: URIRef
    Citation: URIRef
    EventMention: URIRef
    docType: URIRef
    issuedDate: URIRef  # partial dates ("2024-11") that xsd:date cannot hold
    jurisdiction: URIRef
    loaded: URIRef
    sourceFile: URIRef
    contentHash: URIRef
    isGroup: URIRef
    hasTask: URIRef
    text: URIRef
    section: URIRef
    lead: URIRef
    support: URIRef
    deadlineKind: URIRef
    deadlineText: URIRef
    dueDate: URIRef
    startDate: URIRef
    anchor: URIRef
    offsetDays: URIRef
    rule: URIRef
    about: URIRef
    dueRelativeTo: URIRef
    inPeriod: URIRef
    hasPeriod: URIRef
    citing: URIRef
    cited: URIRef
    basis: URIRef
    eventKind: URIRef
    eventDate: URIRef
    anniversaryDate: URIRef
    anniversaryOf: URIRef
    years: URIRef
    mentionOf: URIRef
    spanStart: URIRef
    spanEnd: URIRef
    status: URIRef
    statusBy: URIRef
    statusAt: URIRef
    doneDate: URIRef


def node(kind: str, ident: str) -> URIRef:
    """planlink id → URI: "https://planlink.vn/id/task/413-kh-tu-2019-cao-bang%23t3"."""
    return URIRef(f"{BASE}{kind}/{quote(ident, safe='')}")


def _date(iso: str | None) -> Literal | None:
    if not iso:
        return None
    return Literal(iso, datatype=XSD.date) if len(iso) == 10 else Literal(iso)


def _add(g: Graph, s: URIRef | BNode, p: URIRef, o: Any) -> None:
    if o is None or o == "" or o == []:
        return
    g.add((s, p, o if isinstance(o, (URIRef, BNode, Literal)) else Literal(o)))


def build_graph(dump: dict[str, list[dict[str, Any]]]) -> Graph:
    """Triples for a store's dump (graph.cypher.DUMP rows)."""
    g = Graph()
    for prefix, ns in (("eli", ELI._NS), ("org", ORG), ("prov", PROV), ("time", TIME), ("skos", SKOS),
                       ("pl", PL._NS)):
        g.bind(prefix, ns)
    for d in dump["documents"]:
        doc = node("doc", d["id"])
        g.add((doc, RDF.type, ELI.LegalResource))
        _add(g, doc, ELI.id_local, d["symbol"])
        _add(g, doc, PL.docType, d["doc_type"])
        _add(g, doc, ELI.title, Literal(d["title"], lang="vi") if d["title"] else None)
        _add(g, doc, ELI.date_document if d["issued_date"] and len(d["issued_date"]) == 10
             else PL.issuedDate, _date(d["issued_date"]))
        _add(g, doc, PL.jurisdiction, d["jurisdiction"])
        _add(g, doc, PL.loaded, Literal(bool(d["loaded"])))
        _add(g, doc, PL.sourceFile, d["source_file"])
        _add(g, doc, PL.contentHash, d["content_hash"])
    for u in dump["units"]:
        unit = node("unit", u["id"])
        g.add((unit, RDF.type, ORG.Organization))
        _add(g, unit, SKOS.prefLabel, Literal(u["canonical"] or u["name"], lang="vi"))
        for alias in json.loads(u["aliases"] or "[]"):
            _add(g, unit, SKOS.altLabel, Literal(alias, lang="vi"))
        _add(g, unit, PL.jurisdiction, u["jurisdiction"])
        _add(g, unit, PL.isGroup, Literal(bool(u["is_group"])))
    for r in dump["part_of"]:
        g.add((node("unit", r["source"]), ORG.subOrganizationOf, node("unit", r["target"])))
    for r in dump["issued_by"]:
        g.add((node("doc", r["source"]), ELI.passed_by, node("unit", r["target"])))
    for rel, prop, basis in (("implements", ELI.based_on, True), ("cites", ELI.cites, False)):
        for r in dump[rel]:
            source, target = node("doc", r["source"]), node("doc", r["target"])
            g.add((source, prop, target))
            # the clause that makes the link, as a PROV entity quoted from the citing document
            citation = node("citation", f"{r['source']}>{r['target']}")
            g.add((citation, RDF.type, PL.Citation))
            g.add((citation, RDF.type, PROV.Entity))
            g.add((citation, PL.citing, source))
            g.add((citation, PL.cited, target))
            g.add((citation, PL.basis, Literal(basis)))
            g.add((citation, PROV.wasQuotedFrom, source))
            _add(g, citation, PROV.value, r["clause"])
    for t in dump["tasks"]:
        task, doc = node("task", t["id"]), node("doc", t["doc_id"])
        g.add((task, RDF.type, PL.Task))
        g.add((doc, PL.hasTask, task))
        g.add((task, PROV.wasDerivedFrom, doc))
        _add(g, task, PL.text, t["text"])
        _add(g, task, PL.section, " › ".join(json.loads(t["section"] or "[]")))
        span = json.loads(t["span"] or "null")
        if span:
            _add(g, task, PL.spanStart, Literal(span["start"]))
            _add(g, task, PL.spanEnd, Literal(span["end"]))
        dl = json.loads(t["deadline"] or "{}")
        _add(g, task, PL.deadlineKind, dl.get("kind"))
        _add(g, task, PL.deadlineText, dl.get("text"))
        _add(g, task, PL.dueDate, _date(dl.get("due")))
        _add(g, task, PL.startDate, _date(dl.get("start")))
        _add(g, task, PL.anchor, dl.get("anchor"))
        _add(g, task, PL.offsetDays, Literal(dl["offset_days"]) if dl.get("offset_days") is not None else None)
        _add(g, task, PL.rule, dl.get("rule"))
    for r in dump["assigned"]:
        g.add((node("task", r["source"]), PL.lead if r["role"] == "lead" else PL.support,
               node("unit", r["target"])))
    for e in dump["events"]:
        event = node("event", e["id"])
        g.add((event, RDF.type, PL.Event))
        _add(g, event, RDFS.label, Literal(e["name"], lang="vi") if e["name"] else None)
        _add(g, event, PL.eventKind, e["kind"])
        _add(g, event, PL.eventDate, _date(e["event_date"]))
    for r in dump["doc_about"]:
        doc, event = node("doc", r["source"]), node("event", r["target"])
        g.add((doc, PL.about, event))
        mention = json.loads(r["mention"] or "{}")
        m = node("mention", f"{r['source']}>{r['n']}")
        g.add((m, RDF.type, PL.EventMention))
        g.add((m, PL.mentionOf, event))
        g.add((m, PROV.wasQuotedFrom, doc))
        _add(g, m, PL.years, Literal(mention["years"]) if mention.get("years") is not None else None)
        _add(g, m, PL.anniversaryDate, _date(mention.get("anniversary_date")))
        _add(g, m, PROV.value, mention.get("text"))
    for r in dump["anniversary_of"]:  # the 95th ANNIVERSARY_OF the founding, as a plan names it
        occurrence = node("event", r["source"])
        g.add((occurrence, PL.anniversaryOf, node("event", r["target"])))
        _add(g, occurrence, PL.years, Literal(r["years"]) if r["years"] is not None else None)
    for rel, prop in (("task_about", PL.about), ("due_relative", PL.dueRelativeTo)):
        for r in dump[rel]:
            g.add((node("task", r["source"]), prop, node("event", r["target"])))
    for p in dump["periods"]:
        period, data = node("period", p["id"]), json.loads(p["period"] or "{}")
        g.add((period, RDF.type, PL.Period))
        g.add((period, RDF.type, TIME.ProperInterval))
        g.add((node("doc", p["doc_id"]), PL.hasPeriod, period))
        _add(g, period, RDFS.label, Literal(data.get("name"), lang="vi") if data.get("name") else None)
        for key, prop in (("start", TIME.hasBeginning), ("end", TIME.hasEnd)):
            if data.get(key):
                instant = node("period", f"{p['id']}@{key}")
                g.add((period, prop, instant))
                g.add((instant, RDF.type, TIME.Instant))
                g.add((instant, TIME.inXSDDate, _date(data[key])))
    for r in dump["in_period"]:
        g.add((node("task", r["source"]), PL.inPeriod, node("period", r["target"])))
    for s in dump["statuses"]:
        task = node("task", s["id"])
        _add(g, task, PL.status, s["status"])
        _add(g, task, PL.statusBy, s["status_by"])
        _add(g, task, PL.statusAt, Literal(s["status_at"], datatype=XSD.dateTime) if s["status_at"] else None)
        _add(g, task, PL.doneDate, _date(s["done_date"]))
    return g


def export_store(store: Any, fmt: str = "turtle") -> str:
    """The store's whole graph serialised as turtle, json-ld or nt."""
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown RDF format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return build_graph(store.dump()).serialize(format=FORMATS[fmt])
