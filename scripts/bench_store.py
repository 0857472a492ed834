"""Benchmark the graph store: scale the five seed extractions to N documents (varied symbols,
jurisdictions, units and dates, plans implementing plans), load them through Store.upsert_many (the engine's batches), and print
load time, store size and p50/p95 of trace, obligations and search on each engine, beside a SQLite
recursive-CTE baseline on the same rows.

    .venv/bin/python scripts/bench_store.py --docs 10000 [--engines ladybug,neo4j,sqlite]
"""
from __future__ import annotations

import argparse
import contextlib
import itertools
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import identity, rows  # noqa: E402
from graph.models import DocumentRef, Extraction, Reference, Unit  # noqa: E402
from loaders.pipeline import extract_file  # noqa: E402

SEEDS = sorted((Path(__file__).resolve().parents[1] / "planlink" / "samples").glob("*.txt"))
PROVINCES = ["Cao Bằng", "Lai Châu", "Bắc Ninh", "Hà Giang", "Lạng Sơn", "Điện Biên", "Sơn La",
             "Yên Bái", "Tuyên Quang", "Thái Nguyên", "Phú Thọ", "Nghệ An", "Quảng Trị", "Huế",
             "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Khánh Hòa", "Đồng Nai",
             "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "An Giang", "Cà Mau", "Hải Phòng",
             "Hưng Yên", "Ninh Bình", "Thanh Hóa", "Hà Tĩnh", "Quảng Ninh", "Lào Cai"]
SEARCH_WORDS = ["dai hoi", "tuyen truyen", "ky niem", "so van hoa", "bao cao", "trien lam",
                "thanh nien", "treo co", "hoi thao", "chi bo"]


def _shift(iso: str | None, days: int) -> str | None:
    if not iso or len(iso) != 10:
        return iso
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _unit(u: Unit, province: str) -> Unit:
    return u.model_copy(update={"jurisdiction": province})


COMMUNES_PER_PROVINCE = 98  # 3,321 communes in 34 provinces since 1/7/2025


def corpus(n: int, *, seed: int = 7, keep_text: bool = True, commune_share: float = 0.75) -> Iterator[Extraction]:
    """n extractions made from the seeds: each a plan of a province (a quarter) or of one of its
    communes, with a fresh symbol and date, its units moved into that jurisdiction, and (for most) a
    basis citation of an earlier plan (a commune's: of its province or of itself), so IMPLEMENTS
    chains grow several levels deep."""
    rng = random.Random(seed)
    seeds = [extract_file(p) for p in SEEDS]
    earlier: dict[str, list[Reference]] = {}
    for i in range(n):
        base = seeds[i % len(seeds)]
        province = PROVINCES[rng.randrange(len(PROVINCES))]
        if rng.random() < commune_share:
            place = f"Xã {rng.randrange(COMMUNES_PER_PROVINCE) + 1}, {province}"
            issuer, parents = f"Đảng ủy {place.split(',')[0].lower()}", [place, province]
        else:
            place, issuer, parents = province, f"Tỉnh ủy {province}", [province]
        issued = date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365))
        delta = (issued - date.fromisoformat(base.document.issued_date or "2020-01-01")).days
        symbol = f"{100 + i}-KH/{'TU' if place == province else 'ĐU'}"
        doc = base.document.model_copy(update={
            "symbol": symbol, "issued_date": issued.isoformat(), "jurisdiction": place,
            "issuer": issuer, "content_hash": f"bench-{seed}-{i}", "source_file": f"bench_{i}.txt"})
        refs = [r.model_copy(update={"issued_date": _shift(r.issued_date, delta)})
                for r in base.references if r.jurisdiction == "Trung ương"]
        mine = earlier.get(rng.choice(parents), [])
        if mine and rng.random() < 0.8:
            parent = mine[-1 - rng.randrange(min(3, len(mine)))]
            refs.insert(0, parent.model_copy(update={"basis": True, "clause": f"Thực hiện Kế hoạch số {parent.symbol}"}))
        earlier.setdefault(place, []).append(Reference(**DocumentRef(
            symbol=symbol, doc_type="Kế hoạch", issuer=doc.issuer, issued_date=doc.issued_date,
            jurisdiction=place).model_dump()))
        tasks = [t.model_copy(update={
            "lead": [_unit(u, place) for u in t.lead],
            "support": [_unit(u, place) for u in t.support],
            "deadline": t.deadline.model_copy(update={"due": _shift(t.deadline.due, delta),
                                                      "start": _shift(t.deadline.start, delta)})})
            for t in base.tasks]
        yield base.model_copy(update={
            "source": f"bench_{i}.txt", "document": doc, "references": refs, "tasks": tasks,
            "text": base.text if keep_text else ""})


def percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"p50 {statistics.median(ms):7.2f} ms  p95 {p95:7.2f} ms"


def timed(call: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        call()
        out.append(time.perf_counter() - t)
    return out


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# --- the engines --------------------------------------------------------------------------
def _sample_task_ids(docs: Iterable[Extraction], n: int, k: int = 300) -> list[str]:
    """Task ids of k documents spread over the corpus (one random task each), read while streaming."""
    rng = random.Random(1)
    picked = set(rng.sample(range(n), min(n, k)))
    return [identity.task_id(rows.document_id(d), rng.randrange(1, len(d.tasks) + 1))
            for i, d in enumerate(docs) if i in picked and d.tasks]


def bench_store(name: str, store, make_docs: Callable[[], Iterator[Extraction]], n: int, *, queries: int,
                workdir: Path, load: bool = True, batch_size: int | None = None) -> None:
    if load:
        t = time.perf_counter()
        step = batch_size or store.bulk_batch
        docs, done = make_docs(), 0
        while batch := list(itertools.islice(docs, step)):  # streamed: 100k documents do not fit twice
            store.upsert_many(batch, batch_size=batch_size)
            done += len(batch)
            if done % 1000 < len(batch) or done == n:
                print(f"  [{name}] {done} loaded, {time.perf_counter() - t:.0f} s", flush=True)
        seconds = time.perf_counter() - t
        print(f"{name}: loaded {n} documents in {seconds:.1f} s ({n / seconds:.1f} docs/s)")
    stats = store.stats()
    print(f"{name}: {stats.documents} documents, {stats.tasks} tasks, {stats.units} units, "
          f"{stats.cited_only} cited-only; size {_dir_size(workdir) / 1e6:.0f} MB", flush=True)
    rng = random.Random(1)
    task_ids = _sample_task_ids(make_docs(), n)
    units = [u.id for u in store.search_units("so van hoa", limit=100_000)] + \
            [u.id for u in store.search_units("ban tuyen giao", limit=100_000)]
    rounds = {"trace": lambda: store.trace(rng.choice(task_ids)),
              "obligations": lambda: store.obligations(rng.choice(units), today=date(2024, 6, 1)),
              "search": lambda: store.search_tasks(rng.choice(SEARCH_WORDS), limit=50)}
    depth = max((s.depth for tid in task_ids[:50] for s in store.trace(tid).sources), default=0)
    for label, call in rounds.items():
        call()  # warm the query cache
        print(f"  {label:<12} {percentiles(timed(call, queries))}"
              + (f"  (max depth {depth})" if label == "trace" else ""), flush=True)
    biggest = max(units[:2000], key=lambda u: len(store.obligations(u, today=date(2024, 6, 1))))
    count = len(store.obligations(biggest, today=date(2024, 6, 1)))
    print(f"  obligations of the busiest of {min(len(units), 2000)} units ({biggest}, {count} tasks): "
          f"{percentiles(timed(lambda: store.obligations(biggest, today=date(2024, 6, 1)), 20))}", flush=True)


def bench_sqlite(make_docs: Callable[[], Iterator[Extraction]], n: int, *, queries: int, workdir: Path) -> None:
    path = workdir / "bench.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE document(id TEXT PRIMARY KEY, symbol TEXT, issuer TEXT, issued_date TEXT, text TEXT);
        CREATE TABLE implements(src TEXT, dst TEXT, clause TEXT, PRIMARY KEY (src, dst));
        CREATE TABLE task(id TEXT PRIMARY KEY, doc_id TEXT, text TEXT, folded TEXT, kind TEXT, due TEXT);
        CREATE TABLE unit(id TEXT PRIMARY KEY, name TEXT, folded TEXT);
        CREATE TABLE assigned(task_id TEXT, unit_id TEXT, role TEXT);
        CREATE INDEX assigned_unit ON assigned(unit_id);
        CREATE INDEX task_doc ON task(doc_id);""")
    t = time.perf_counter()
    for d in make_docs():
        built = rows.build(d, resolve=lambda r: identity.document_id(r), loaded_at="")
        with db:
            db.execute("INSERT OR REPLACE INTO document VALUES (?,?,?,?,?)",
                       (built.doc_id, d.document.symbol, d.document.issuer, d.document.issued_date, d.text))
            db.executemany("INSERT OR IGNORE INTO document(id, symbol) VALUES (?,?)",
                           [(c["id"], c["symbol"]) for c in built.cited])
            db.executemany("INSERT OR REPLACE INTO implements VALUES (?,?,?)",
                           [(r["doc_id"], r["target"], r["clause"]) for r in built.refs["IMPLEMENTS"]])
            db.executemany("INSERT OR REPLACE INTO task VALUES (?,?,?,?,?,?)",
                           [(r["id"], r["doc_id"], r["text"], r["folded"], r["kind"], r["due"]) for r in built.tasks])
            db.executemany("INSERT OR IGNORE INTO unit VALUES (?,?,?)",
                           [(u["id"], u["name"], u["folded"]) for u in built.units])
            db.executemany("INSERT INTO assigned VALUES (?,?,?)",
                           [(a["task_id"], a["unit_id"], a["role"]) for a in built.assigned])
    load = time.perf_counter() - t
    print(f"sqlite: loaded {n} documents in {load:.1f} s; size {path.stat().st_size / 1e6:.0f} MB")
    rng = random.Random(1)
    task_ids = [r[0] for r in db.execute("SELECT id FROM task ORDER BY random() LIMIT 300")]
    units = [r[0] for r in db.execute(
        "SELECT id FROM unit WHERE folded LIKE '%so van hoa%' OR folded LIKE '%ban tuyen giao%'")]
    trace_sql = """
        WITH RECURSIVE up(id, depth, via, clause) AS (
          SELECT i.dst, 1, i.src, i.clause FROM task t JOIN implements i ON i.src = t.doc_id WHERE t.id = ?
          UNION SELECT i.dst, up.depth + 1, i.src, i.clause FROM up JOIN implements i ON i.src = up.id
          WHERE up.depth < 8)
        SELECT up.*, d.symbol, d.issuer, d.issued_date FROM up JOIN document d ON d.id = up.id"""
    obligations_sql = """
        SELECT t.id, t.text, a.role, t.kind, t.due, d.symbol FROM assigned a JOIN task t ON t.id = a.task_id
        JOIN document d ON d.id = t.doc_id WHERE a.unit_id = ?"""
    rounds = {"trace": lambda: db.execute(trace_sql, (rng.choice(task_ids),)).fetchall(),
              "obligations": lambda: db.execute(obligations_sql, (rng.choice(units),)).fetchall(),
              "search": lambda: db.execute("SELECT id, text FROM task WHERE folded LIKE ? LIMIT 50",
                                           (f"%{rng.choice(SEARCH_WORDS)}%",)).fetchall()}
    for label, call in rounds.items():
        call()
        print(f"  {label:<12} {percentiles(timed(call, queries))}")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep-ladybug", type=Path, metavar="DIR",
                        help="load LadybugDB into this (new) folder and keep it, to query again with --reuse-ladybug")
    parser.add_argument("--reuse-ladybug", type=Path, metavar="DIR",
                        help="query a LadybugDB store already loaded with this corpus (skip its load)")
    parser.add_argument("--engines", default="ladybug,sqlite",
                        help="comma-separated: ladybug, neo4j, sqlite (all on the same corpus, one after the other)")
    parser.add_argument("--engine", dest="engines", help="one engine (the same as --engines NAME)")
    parser.add_argument("--neo4j-heap", default="1g", help="the launcher's JVM heap (-Xmx)")
    parser.add_argument("--neo4j-page-cache-mb", type=int, default=2048, help="the launcher's page cache")
    args = parser.parse_args()
    engines = args.engines.split(",")
    n = args.docs

    def docs() -> Iterator[Extraction]:  # the same corpus every time (seeded), generated as it is read
        return corpus(n)

    t = time.perf_counter()
    tasks = text = 0
    for d in docs():
        tasks, text = tasks + len(d.tasks), text + len(d.text)
    print(f"corpus: {n} documents, {tasks} tasks, {text / 1e6:.0f} MB of text "
          f"(generated in {time.perf_counter() - t:.1f} s)", flush=True)
    if "ladybug" in engines and args.reuse_ladybug:
        from graph.ladybug_store import LadybugStore

        with LadybugStore(args.reuse_ladybug) as store:
            bench_store("ladybug", store, docs, n, queries=args.queries, workdir=args.reuse_ladybug, load=False)
    elif "ladybug" in engines and args.keep_ladybug:
        from graph.ladybug_store import LadybugStore

        with LadybugStore(args.keep_ladybug) as store:
            bench_store("ladybug", store, docs, n, queries=args.queries, workdir=args.keep_ladybug)
    elif "ladybug" in engines:
        from graph.ladybug_store import LadybugStore

        with tempfile.TemporaryDirectory() as tmp, LadybugStore(tmp) as store:
            bench_store("ladybug", store, docs, n, queries=args.queries, workdir=Path(tmp))
    if "neo4j" in engines:
        bench_neo4j(docs, n, queries=args.queries, heap=args.neo4j_heap, page_cache_mb=args.neo4j_page_cache_mb)
    if "sqlite" in engines:
        with tempfile.TemporaryDirectory() as tmp:
            bench_sqlite(docs, n, queries=args.queries, workdir=Path(tmp))


def bench_neo4j(make_docs: Callable[[], Iterator[Extraction]], n: int, *, queries: int, heap: str,
                page_cache_mb: int) -> None:
    """Neo4j 5: PLANLINK_TEST_NEO4J_URI's server (cleared first!), else the launcher started here with
    this heap and page cache."""
    import neo4j

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import neo4j_server

    from graph.neo4j_store import Neo4jStore

    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        target = neo4j_server.external()
        if target is None:
            if why := neo4j_server.missing():
                print(f"neo4j: skipped: {why}")
                return
            target = stack.enter_context(neo4j_server.launched(Path(tmp), heap=heap, page_cache_mb=page_cache_mb))
            print(f"neo4j: the launcher (Neo4j 5.26 community), heap {heap}, page cache {page_cache_mb} MB", flush=True)
        driver = stack.enter_context(neo4j.GraphDatabase.driver(target.uri, auth=target.auth))
        store = Neo4jStore(driver, database=target.database)
        store.clear()
        bench_store("neo4j", store, make_docs, n, queries=queries, workdir=Path(tmp))


if __name__ == "__main__":
    main()
