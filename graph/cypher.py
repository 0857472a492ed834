"""Every Cypher string planlink runs, shared by LadybugDB and Neo4j (a few Neo4j-only forms at the end).

Portable on purpose: parameters only, ISO date strings compared as strings, no date functions
(date arithmetic happens in Python). Nullable values are STRING properties: LadybugDB types an
all-null field of an UNWIND row list as STRING and will not cast it to INT64, and null
parameters as BOOL, so integers are only used where never null and filters take '' for "any".
Lists and nested values (sections, deadlines, spans, mentions) are JSON strings.
LadybugDB looks a node up by its key only in some shapes, and scans otherwise (seconds at 10k
documents), so: two nodes by id are matched one after the other (MATCH … WITH … MATCH), never
"MATCH (a {id: r.x}), (b {id: r.y})"; a lookup followed by a relationship takes its id as a
parameter ({id: $id}, one query per id), never from UNWIND; no "WHERE x.id IN $ids"; searches
carry no ORDER BY (sorting every match before LIMIT took 7.8 s; the caller sorts the page), and
neither do the per-id hops of trace and obligations (an ORDER BY costs ~0.2 ms even on 3 rows).
"""
from __future__ import annotations

import re

# --- properties ---------------------------------------------------------------------------
DOC_REF_PROPS = ("symbol", "symbol_key", "juris_key", "doc_type", "doc_type_key", "issuer",
                 "issuer_key", "issued_date", "year", "jurisdiction", "folded")
DOC_PROPS = DOC_REF_PROPS + ("place", "title", "signer_title", "signer_name", "recipients",
                             "source_file", "content_hash", "span", "text", "problems", "loaded_at",
                             "loaded", "n_tasks")
TASK_PROPS = ("id", "doc_id", "n", "text", "folded", "section", "deadline", "kind", "due", "span")
UNIT_PROPS = ("name", "canonical", "jurisdiction", "aliases", "is_group", "folded")
EVENT_PROPS = ("name", "kind", "event_date", "folded")
PERIOD_PROPS = ("id", "doc_id", "n", "name", "start_date", "end_date", "period", "folded")
STATUS_PROPS = ("status", "done_date", "note", "status_by", "status_at", "history")
REF_REL_PROPS = ("doc_id", "n", "reference", "clause")

INT_PROPS = frozenset({"n", "n_tasks", "years"})
BOOL_PROPS = frozenset({"loaded", "is_group"})


def _ddl_props(props: tuple[str, ...]) -> str:
    return ", ".join(f"{p} {'INT64' if p in INT_PROPS else 'BOOLEAN' if p in BOOL_PROPS else 'STRING'}"
                     for p in props if p != "id")


def _set(var: str, props: tuple[str, ...], src: str = "r", *, keep: bool = False) -> str:
    # keep=True fills only what is missing: a citation never overwrites what a loaded text says
    if keep:
        return ", ".join(f"{var}.{p} = coalesce({var}.{p}, {src}.{p})" for p in props)
    return ", ".join(f"{var}.{p} = {src}.{p}" for p in props if p != "id")


def _map(props: tuple[str, ...], src: str = "r") -> str:
    return "{" + ", ".join(f"{p}: {src}.{p}" for p in props) + "}"


def _ret(var: str, props: tuple[str, ...], prefix: str = "") -> str:
    return ", ".join(f"{var}.{p} AS {prefix}{p}" for p in props)


BRIEF = ("id", "symbol", "doc_type", "issuer", "issued_date", "title", "loaded", "source_file",
         "n_tasks")


def brief(var: str = "d", prefix: str = "plan_") -> str:
    return _ret(var, BRIEF, prefix)


# --- schema -------------------------------------------------------------------------------
# relationship tables: (from, to) label pairs and properties, in column order (bulk COPY relies on it)
REL_TABLES: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "IMPLEMENTS": ((("Document", "Document"),), REF_REL_PROPS),
    "CITES": ((("Document", "Document"),), REF_REL_PROPS),
    "ISSUED_BY": ((("Document", "Unit"),), ("doc_id",)),
    "HAS_TASK": ((("Document", "Task"),), ()),
    "HAS_PERIOD": ((("Document", "Period"),), ()),
    "ASSIGNED_TO": ((("Task", "Unit"),), ("doc_id", "role", "n", "mention")),
    "ABOUT": ((("Document", "Event"), ("Task", "Event")), ("doc_id", "n", "mention")),
    "DUE_RELATIVE_TO": ((("Task", "Event"),), ("doc_id", "anchor_date")),
    "IN_PERIOD": ((("Task", "Period"),), ("doc_id",)),
    "PART_OF": ((("Unit", "Unit"),), ()),
    "ANNIVERSARY_OF": ((("Event", "Event"),), ("doc_id", "years")),
}
NODE_PROPS = {"Document": DOC_PROPS, "Task": TASK_PROPS, "Unit": UNIT_PROPS, "Event": EVENT_PROPS,
              "Period": PERIOD_PROPS, "Status": STATUS_PROPS}
LADYBUG_SCHEMA = (
    f"CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, {_ddl_props(DOC_PROPS)})",
    f"CREATE NODE TABLE IF NOT EXISTS Task(id STRING PRIMARY KEY, {_ddl_props(TASK_PROPS)})",
    f"CREATE NODE TABLE IF NOT EXISTS Unit(id STRING PRIMARY KEY, {_ddl_props(UNIT_PROPS)})",
    f"CREATE NODE TABLE IF NOT EXISTS Event(id STRING PRIMARY KEY, {_ddl_props(EVENT_PROPS)})",
    f"CREATE NODE TABLE IF NOT EXISTS Period(id STRING PRIMARY KEY, {_ddl_props(PERIOD_PROPS)})",
    f"CREATE NODE TABLE IF NOT EXISTS Status(id STRING PRIMARY KEY, {_ddl_props(STATUS_PROPS)})",
    *(f"CREATE REL TABLE IF NOT EXISTS {name}("
      + ", ".join([*(f"FROM {a} TO {b}" for a, b in pairs), *(f"{p} {'INT64' if p in INT_PROPS else 'STRING'}" for p in props)])
      + ")" for name, (pairs, props) in REL_TABLES.items()),
)
LABELS = ("Document", "Task", "Unit", "Event", "Period", "Status")
SEARCHED = ("Document", "Task", "Unit", "Event")  # the labels whose folded text is searched
# Neo4j 5, run at start (idempotent): a uniqueness constraint on every id (it brings the index that
# key lookups use); TEXT indexes (trigram) on the folded text, which answer "folded CONTAINS $q"
# exactly (a FULLTEXT index matches whole analysed words, so "ai hoi" would miss "dai hoi" and the
# two engines would answer differently); range indexes for the other filters
NEO4J_SCHEMA = {
    **{f"{label.lower()}_id": f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
       for label in LABELS},
    **{f"{label.lower()}_folded": f"CREATE TEXT INDEX {label.lower()}_folded IF NOT EXISTS FOR (n:{label}) ON (n.folded)"
       for label in SEARCHED},
    "document_symbol": "CREATE INDEX document_symbol IF NOT EXISTS FOR (d:Document) ON (d.symbol_key, d.juris_key)",
    "document_loaded": "CREATE INDEX document_loaded IF NOT EXISTS FOR (d:Document) ON (d.loaded)",
    "task_kind": "CREATE INDEX task_kind IF NOT EXISTS FOR (t:Task) ON (t.kind)",
    "task_due": "CREATE INDEX task_due IF NOT EXISTS FOR (t:Task) ON (t.due)",
}
NEO4J_SCHEMA_NAMES = "SHOW INDEXES YIELD name RETURN name"  # a constraint's index has the constraint's name
NEO4J_AWAIT_INDEXES = "CALL db.awaitIndexes(300)"

# --- writes -------------------------------------------------------------------------------
DOC_STATE = "MATCH (d:Document {id: $id}) RETURN d.content_hash AS content_hash, d.loaded AS loaded"
DOC_STATES = ("UNWIND $ids AS i MATCH (d:Document {id: i}) "
              "RETURN d.id AS id, d.content_hash AS content_hash, d.loaded AS loaded")
ALL_SYMBOLS = ("MATCH (d:Document) WHERE d.symbol_key IS NOT NULL "
               "RETURN d.id AS id, d.symbol_key AS symbol_key, d.juris_key AS juris_key, d.year AS year")
EXISTING = {label: f"UNWIND $ids AS i MATCH (x:{label} {{id: i}}) RETURN x.id AS id"
            for label in ("Document", "Unit", "Event")}
PART_OF_FROM = ("UNWIND $ids AS i MATCH (a:Unit {id: i})-[:PART_OF]->(b:Unit) "
                "RETURN a.id AS child, b.id AS parent")
DOCS_BY_SYMBOL = ("MATCH (d:Document) WHERE d.symbol_key = $symbol_key AND d.juris_key = $juris_key "
                  "RETURN d.id AS id, d.year AS year, d.loaded AS loaded")
DOC_NEIGHBOURS = (
    "MATCH (d:Document {id: $id})-[:CITES]->(c:Document) RETURN c.id AS id, 'Document' AS label",
    "MATCH (d:Document {id: $id})-[:IMPLEMENTS]->(c:Document) RETURN c.id AS id, 'Document' AS label",
    "MATCH (d:Document {id: $id})-[:ISSUED_BY]->(u:Unit) RETURN u.id AS id, 'Unit' AS label",
    "MATCH (d:Document {id: $id})-[:HAS_TASK]->(:Task)-[:ASSIGNED_TO]->(u:Unit) "
    "RETURN u.id AS id, 'Unit' AS label",
    "MATCH (d:Document {id: $id})-[:HAS_TASK]->(:Task)-[:ASSIGNED_TO]->(:Unit)-[:PART_OF]->(u:Unit) "
    "RETURN u.id AS id, 'Unit' AS label",
    "MATCH (d:Document {id: $id})-[:ABOUT]->(e:Event) RETURN e.id AS id, 'Event' AS label",
    "MATCH (d:Document {id: $id})-[:ABOUT]->(:Event)<-[:ANNIVERSARY_OF]-(a:Event) RETURN a.id AS id, 'Event' AS label",
)
DROP_OWNED = (
    "MATCH (d:Document {id: $id})-[:HAS_TASK]->(t:Task) DETACH DELETE t",
    "MATCH (d:Document {id: $id})-[:HAS_PERIOD]->(p:Period) DETACH DELETE p",
    "MATCH (d:Document {id: $id})-[r:CITES]->() DELETE r",
    "MATCH (d:Document {id: $id})-[r:IMPLEMENTS]->() DELETE r",
    "MATCH (d:Document {id: $id})-[r:ISSUED_BY]->() DELETE r",
    # a document's anniversaries hang off the events it names: found through its ABOUT links, so first
    "MATCH (d:Document {id: $id})-[:ABOUT]->(:Event)<-[r:ANNIVERSARY_OF]-(:Event) WHERE r.doc_id = $id DELETE r",
    "MATCH (d:Document {id: $id})-[r:ABOUT]->() DELETE r",
)
INCOMING_CITATIONS = tuple(
    f"MATCH (a:Document)-[r:{rel}]->(d:Document {{id: $id}}) RETURN count(r) AS n"
    for rel in ("IMPLEMENTS", "CITES"))
UNLOAD_DOC = ("MATCH (d:Document {id: $id}) SET d.loaded = false, d.n_tasks = 0, "
              + ", ".join(f"d.{p} = null" for p in DOC_PROPS
                          if p not in DOC_REF_PROPS and p not in ("loaded", "n_tasks")))
DELETE_DOC = "MATCH (d:Document {id: $id}) DETACH DELETE d"
# a node left with no relationship after a replace/delete goes (cited-only documents, units, events)
DELETE_ORPHANS = {
    label: (f"MATCH (x:{label} {{id: $id}}) OPTIONAL MATCH (x)-[r]-() "
            f"WITH x, count(r) AS n WHERE n = 0 {'AND x.loaded = false ' if label == 'Document' else ''}"
            "DETACH DELETE x")
    for label in ("Document", "Event")
}
# a unit stays while something is assigned to it, issued by it or part of it (its own PART_OF
# link upwards does not keep it); LadybugDB cannot chain the three counts in one statement
UNIT_IN_USE = tuple(
    f"MATCH (x:Unit {{id: $id}})<-[:{rel}]-() RETURN x.id AS id LIMIT 1"
    for rel in ("ASSIGNED_TO", "ISSUED_BY", "PART_OF"))
DELETE_UNITS = "UNWIND $ids AS i MATCH (x:Unit {id: i}) DETACH DELETE x"
MERGE_DOC = (f"UNWIND $rows AS r MERGE (d:Document {{id: r.id}}) SET {_set('d', DOC_PROPS)}")
MERGE_CITED = ("UNWIND $rows AS r MERGE (d:Document {id: r.id}) ON CREATE SET d.loaded = false, "
               f"d.n_tasks = 0 SET {_set('d', DOC_REF_PROPS, keep=True)}")
GET_UNITS = f"UNWIND $ids AS i MATCH (u:Unit {{id: i}}) RETURN u.id AS id, {_ret('u', UNIT_PROPS)}"
MERGE_UNITS = f"UNWIND $rows AS r MERGE (u:Unit {{id: r.id}}) SET {_set('u', UNIT_PROPS)}"
MERGE_EVENTS = f"UNWIND $rows AS r MERGE (e:Event {{id: r.id}}) SET {_set('e', EVENT_PROPS, keep=True)}"
CREATE_TASKS = ("UNWIND $rows AS r MATCH (d:Document {id: r.doc_id}) "
                f"CREATE (d)-[:HAS_TASK]->(t:Task {_map(TASK_PROPS)})")
CREATE_PERIODS = ("UNWIND $rows AS r MATCH (d:Document {id: r.doc_id}) "
                  f"CREATE (d)-[:HAS_PERIOD]->(p:Period {_map(PERIOD_PROPS)})")
CREATE_REFS = {
    rel: ("UNWIND $rows AS r MATCH (a:Document {id: r.doc_id}) WITH a, r MATCH (b:Document {id: r.target}) "
          f"CREATE (a)-[:{rel} {_map(REF_REL_PROPS)}]->(b)")
    for rel in ("IMPLEMENTS", "CITES")
}
CREATE_ISSUED_BY = ("UNWIND $rows AS r MATCH (d:Document {id: r.doc_id}) WITH d, r MATCH (u:Unit {id: r.unit_id}) "
                    "CREATE (d)-[:ISSUED_BY {doc_id: r.doc_id}]->(u)")
CREATE_ASSIGNED = ("UNWIND $rows AS r MATCH (t:Task {id: r.task_id}) WITH t, r MATCH (u:Unit {id: r.unit_id}) "
                   "CREATE (t)-[:ASSIGNED_TO {doc_id: r.doc_id, role: r.role, n: r.n, "
                   "mention: r.mention}]->(u)")
MERGE_PART_OF = ("UNWIND $rows AS r MATCH (a:Unit {id: r.child}) WITH a, r "
                 "MATCH (b:Unit {id: r.parent}) MERGE (a)-[:PART_OF]->(b)")
CREATE_DOC_ABOUT = ("UNWIND $rows AS r MATCH (d:Document {id: r.doc_id}) WITH d, r MATCH (e:Event {id: r.event_id}) "
                    "CREATE (d)-[:ABOUT {doc_id: r.doc_id, n: r.n, mention: r.mention}]->(e)")
CREATE_TASK_ABOUT = ("UNWIND $rows AS r MATCH (t:Task {id: r.task_id}) WITH t, r MATCH (e:Event {id: r.event_id}) "
                     "CREATE (t)-[:ABOUT {doc_id: r.doc_id, n: r.n}]->(e)")
CREATE_DUE_RELATIVE = ("UNWIND $rows AS r MATCH (t:Task {id: r.task_id}) WITH t, r MATCH (e:Event {id: r.event_id}) "
                       "CREATE (t)-[:DUE_RELATIVE_TO {doc_id: r.doc_id, anchor_date: r.anchor_date}]->(e)")
CREATE_ANNIVERSARY_OF = ("UNWIND $rows AS r MATCH (a:Event {id: r.source}) WITH a, r MATCH (e:Event {id: r.target}) "
                         "CREATE (a)-[:ANNIVERSARY_OF {doc_id: r.doc_id, years: r.years}]->(e)")
CREATE_IN_PERIOD = ("UNWIND $rows AS r MATCH (t:Task {id: r.task_id}) WITH t, r MATCH (p:Period {id: r.period_id}) "
                    "CREATE (t)-[:IN_PERIOD {doc_id: r.doc_id}]->(p)")
MERGE_STATUS = ("MERGE (s:Status {id: $id}) SET "
                + ", ".join(f"s.{p} = ${p}" for p in STATUS_PROPS))
MOVE_CITATIONS = {
    rel: (f"MATCH (a:Document)-[r:{rel}]->(u:Document {{id: $id}}) "
          f"RETURN a.id AS doc_id, {_ret('r', REF_REL_PROPS[1:])}")
    for rel in ("IMPLEMENTS", "CITES")
}
ALL_STATUSES = f"MATCH (s:Status) RETURN s.id AS id, {_ret('s', STATUS_PROPS)}"
GET_STATUSES = f"UNWIND $ids AS i MATCH (s:Status {{id: i}}) RETURN s.id AS id, {_ret('s', STATUS_PROPS)}"

# --- reads --------------------------------------------------------------------------------
GET_DOC = f"MATCH (d:Document {{id: $id}}) RETURN d.id AS id, {_ret('d', DOC_PROPS)}"
DOC_REFS = {
    rel: (f"MATCH (d:Document {{id: $id}})-[r:{rel}]->(c:Document) "
          f"RETURN c.id AS target, {_ret('r', REF_REL_PROPS)} ORDER BY r.n")
    for rel in ("IMPLEMENTS", "CITES")
}
DOC_ISSUER = ("MATCH (d:Document {id: $id})-[:ISSUED_BY]->(u:Unit) "
              "RETURN u.id AS id, u.canonical AS name, u.jurisdiction AS jurisdiction")
DOC_TASKS = ("MATCH (d:Document {id: $id})-[:HAS_TASK]->(t:Task) "
             f"RETURN {_ret('t', TASK_PROPS)}, {brief()} ORDER BY t.n")
DOC_EVENTS = ("MATCH (d:Document {id: $id})-[r:ABOUT]->(e:Event) "
              "RETURN e.id AS event_id, r.mention AS mention ORDER BY r.n")
DOC_PERIODS = (f"MATCH (d:Document {{id: $id}})-[:HAS_PERIOD]->(p:Period) "
               f"RETURN {_ret('p', PERIOD_PROPS)} ORDER BY p.n")
TASK_BY_ID = ("MATCH (t:Task {id: $id})<-[:HAS_TASK]-(d:Document) "
                f"RETURN {_ret('t', TASK_PROPS)}, {brief()}")
TASK_UNITS = ("MATCH (t:Task {id: $id})-[a:ASSIGNED_TO]->(u:Unit) "
              "RETURN t.id AS task_id, a.role AS role, a.n AS n, a.mention AS mention, u.id AS id, "
              "u.canonical AS name, u.jurisdiction AS jurisdiction")
# Searches scan a whole table, and LadybugDB reads every returned column of every row it scans,
# matching or not (116k units: 18 ms to count the matches, 120 ms to return their properties), so
# a search returns ids (and the sort key) and the page's rows are then looked up by key.
# Each search has two forms, keyed by whether there is a text: "folded CONTAINS $q" alone lets
# Neo4j use its text index (an "OR $q = ''" beside it would not), and LadybugDB finds nothing for
# CONTAINS '' where the empty text must list everything.


def _search(match: str, where: str, ret: str) -> dict[bool, str]:
    return {True: f"{match} WHERE {where} CONTAINS $q {ret}", False: f"{match} {ret}"}


SEARCH_TASKS = _search("MATCH (t:Task)", "t.folded", "RETURN t.id AS id LIMIT $limit")
TRACE_DEPTH = 8  # IMPLEMENTS links a trace climbs at most
IMPLEMENTS_HOP = ("MATCH (a:Document {id: $id})-[r:IMPLEMENTS]->(b:Document) "
                  f"RETURN a.id AS via, r.clause AS evidence, r.n AS n, {brief('b', '')}")
SEARCH_UNITS = _search("MATCH (u:Unit)", "u.folded", "RETURN u.id AS id, u.canonical AS canonical LIMIT $limit")
GET_UNIT = f"MATCH (u:Unit {{id: $id}}) RETURN u.id AS id, {_ret('u', UNIT_PROPS)}"
UNIT_PARENTS = ("MATCH (u:Unit {id: $id})-[:PART_OF]->(p:Unit) "
                f"RETURN p.id AS id, {_ret('p', UNIT_PROPS)} ORDER BY id")
UNIT_CHILDREN = ("MATCH (u:Unit {id: $id})<-[:PART_OF]-(c:Unit) "
                 f"RETURN c.id AS id, {_ret('c', UNIT_PROPS)} ORDER BY id")
UNIT_TASKS = ("MATCH (u:Unit {id: $id})<-[a:ASSIGNED_TO]-(t:Task)<-[:HAS_TASK]-(d:Document) "
              f"RETURN a.role AS role, {_ret('t', TASK_PROPS)}, {brief()}")
# Candidates for "what falls due in [start, end]" across every unit: tasks with a stated due no later than
# the window's end and in or after its first year (partial dates like "2025-01" compare as prefixes), and the
# relative / recurring ones, whose day is only known in Python.
DUE_CANDIDATES = ("MATCH (u:Unit)<-[a:ASSIGNED_TO]-(t:Task)<-[:HAS_TASK]-(d:Document) "
                  "WHERE t.kind = 'relative' OR t.kind = 'recurring' OR (t.due >= $first_year AND t.due <= $last) "
                  f"RETURN u.id AS unit_id, {_ret('u', UNIT_PROPS, 'unit_')}, a.role AS role, "
                  f"{_ret('t', TASK_PROPS)}, {brief()}")
# one relative task's anchor, for lists that span units (due_obligations)
TASK_ANCHOR = ("MATCH (t:Task {id: $id})-[r:DUE_RELATIVE_TO]->(e:Event) "
               "RETURN t.id AS task_id, r.anchor_date AS anchor_date, e.event_date AS event_date")
UNIT_ANCHORS = ("MATCH (u:Unit {id: $id})<-[:ASSIGNED_TO]-(t:Task)-[r:DUE_RELATIVE_TO]->(e:Event) "
                  "RETURN t.id AS task_id, r.anchor_date AS anchor_date, e.event_date AS event_date")
EVENTS_ALL = ("MATCH (e:Event) RETURN e.id AS id, e.name AS name, e.folded AS folded, "
              "e.event_date AS event_date")
SEARCH_DOCS = _search("MATCH (d:Document)", "d.folded", "RETURN d.id AS id, d.loaded AS loaded LIMIT $limit")
DOC_BRIEF = f"MATCH (d:Document {{id: $id}}) RETURN {brief('d', '')}"
SEARCH_EVENTS = _search("MATCH (e:Event)", "e.folded",
                        f"RETURN e.id AS id, {_ret('e', EVENT_PROPS)} ORDER BY e.id LIMIT $limit")
ALL_PERIODS = ("MATCH (d:Document)-[:HAS_PERIOD]->(p:Period) "
               f"RETURN {_ret('p', PERIOD_PROPS)}, {brief()} ORDER BY p.start_date, p.id")
DOC_MENTIONS = ("MATCH (d:Document)-[r:ABOUT]->(e:Event) "
                f"RETURN e.id AS event_id, r.mention AS mention, r.n AS n, {brief()} ORDER BY d.id, n")
TASK_MENTIONS = ("MATCH (t:Task)-[r:ABOUT]->(e:Event) "
                 "RETURN t.doc_id AS doc_id, e.id AS event_id, t.id AS task_id ORDER BY t.n")
_DOC_FILTER = ("WHERE ($issuer = '' OR d.issuer_key CONTAINS $issuer) "
               "AND ($doc_type = '' OR d.doc_type_key = $doc_type) AND ($year = '' OR d.year = $year)")
LIST_DOCS = (f"MATCH (d:Document) {_DOC_FILTER} RETURN {brief('d', '')} "
             "ORDER BY d.loaded DESC, d.issued_date DESC, d.id SKIP $offset LIMIT $limit")
COUNT_DOCS = f"MATCH (d:Document) {_DOC_FILTER} RETURN count(d) AS n"
RECENT_DOCS = (f"MATCH (d:Document) WHERE d.loaded = true RETURN {brief('d', '')} "
               "ORDER BY d.loaded_at DESC, d.id LIMIT $limit")
# in batches, each its own transaction (Neo4j: run outside an explicit transaction)
CLEAR_ALL = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
ALL_DOC_IDS = "MATCH (d:Document) WHERE d.loaded = true RETURN d.id AS id ORDER BY d.id"
COUNT = {
    "documents": "MATCH (d:Document) WHERE d.loaded = true RETURN count(d) AS n",
    "cited_only": "MATCH (d:Document) WHERE d.loaded = false RETURN count(d) AS n",
    "tasks": "MATCH (t:Task) RETURN count(t) AS n",
    "units": "MATCH (u:Unit) RETURN count(u) AS n",
    "events": "MATCH (e:Event) RETURN count(e) AS n",
}

# --- export (graph.rdf): every node and relationship, in a stable order ----------------------
DUMP = {
    "documents": ("MATCH (d:Document) RETURN d.id AS id, "
                  + _ret("d", ("symbol", "doc_type", "issuer", "issued_date", "jurisdiction", "title",
                               "source_file", "content_hash", "loaded")) + " ORDER BY id"),
    "tasks": ("MATCH (t:Task) RETURN t.id AS id, t.doc_id AS doc_id, t.n AS n, t.text AS text, "
              "t.section AS section, t.deadline AS deadline, t.span AS span ORDER BY doc_id, n"),
    "units": f"MATCH (u:Unit) RETURN u.id AS id, {_ret('u', UNIT_PROPS)} ORDER BY id",
    "events": f"MATCH (e:Event) RETURN e.id AS id, {_ret('e', EVENT_PROPS)} ORDER BY id",
    "periods": "MATCH (p:Period) RETURN p.id AS id, p.doc_id AS doc_id, p.period AS period ORDER BY id",
    "statuses": f"MATCH (s:Status) RETURN s.id AS id, {_ret('s', STATUS_PROPS)} ORDER BY id",
    "implements": ("MATCH (a:Document)-[r:IMPLEMENTS]->(b:Document) RETURN a.id AS source, "
                   "b.id AS target, r.clause AS clause ORDER BY source, target"),
    "cites": ("MATCH (a:Document)-[r:CITES]->(b:Document) RETURN a.id AS source, b.id AS target, "
              "r.clause AS clause ORDER BY source, target"),
    "issued_by": ("MATCH (d:Document)-[:ISSUED_BY]->(u:Unit) RETURN d.id AS source, u.id AS target "
                  "ORDER BY source"),
    "assigned": ("MATCH (t:Task)-[a:ASSIGNED_TO]->(u:Unit) RETURN t.id AS source, u.id AS target, "
                 "a.role AS role, a.n AS n ORDER BY source, role, n"),
    "doc_about": ("MATCH (d:Document)-[r:ABOUT]->(e:Event) RETURN d.id AS source, e.id AS target, "
                  "r.n AS n, r.mention AS mention ORDER BY source, n"),
    "task_about": ("MATCH (t:Task)-[:ABOUT]->(e:Event) RETURN t.id AS source, e.id AS target "
                   "ORDER BY source, target"),
    "due_relative": ("MATCH (t:Task)-[:DUE_RELATIVE_TO]->(e:Event) RETURN t.id AS source, "
                     "e.id AS target ORDER BY source"),
    "part_of": ("MATCH (a:Unit)-[:PART_OF]->(b:Unit) RETURN a.id AS source, b.id AS target "
                "ORDER BY source"),
    "anniversary_of": ("MATCH (a:Event)-[r:ANNIVERSARY_OF]->(e:Event) RETURN a.id AS source, e.id AS target, "
                       "r.years AS years, r.doc_id AS doc_id ORDER BY source, target, doc_id"),
    "in_period": ("MATCH (t:Task)-[:IN_PERIOD]->(p:Period) RETURN t.id AS source, p.id AS target "
                  "ORDER BY source, target"),
}


# --- Neo4j only: one round trip where LadybugDB wants one query per id ----------------------
def per_id(query: str) -> str:
    """A query written for one id ($id) run for a list of them ($ids) in one statement. Each row
    carries ``each_k``, its id's place in the list, so the caller can keep the list's order."""
    inner = re.sub(r"\$id\b", "each_id", query)
    return (f"UNWIND range(0, size($ids) - 1) AS each_k CALL {{ WITH each_k "
            f"WITH each_k, $ids[each_k] AS each_id {inner} }} RETURN *")


# every IMPLEMENTS link reachable from a plan within the trace's depth, for a breadth-first walk in
# Python (one query instead of one per document on the way up)
IMPLEMENTS_REACHABLE = (f"MATCH (p:Document {{id: $id}})-[:IMPLEMENTS*0..{TRACE_DEPTH - 1}]->(a:Document) "
                        "WITH DISTINCT a "
                        "MATCH (a)-[r:IMPLEMENTS]->(b:Document) "
                        f"RETURN a.id AS via, r.clause AS evidence, r.n AS n, {brief('b', '')}")
