"""Load the HTTP API: p50/p95 latency of trace, obligations and search with N concurrent clients
over a store of D generated documents (the corpus of scripts/bench_store.py).

The API runs as its own process (`planlink serve`, uvicorn) on a real socket; the clients are
asyncio + httpx in this process, each sending its requests one after another.

    .venv/bin/python scripts/load_api.py --docs 10000 --clients 50 [--requests 2000] [--data-dir DIR]

The store is built once in --data-dir (default: a folder per size in the temp dir) and reused by
later runs.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_store import SEARCH_WORDS, corpus  # noqa: E402

TODAY = "2024-06-01"


def build_store(data_dir: Path, docs: int) -> None:
    """Load the generated corpus once; a folder that already holds enough documents is reused."""
    from graph.ladybug_store import LadybugStore

    with LadybugStore(data_dir) as store:
        have = store.stats().documents
        if have >= docs:
            print(f"store: reusing {data_dir} ({have} documents)")
            return
        started = time.perf_counter()
        stream, k = corpus(docs, keep_text=True), 0
        while batch := list(itertools.islice(stream, store.bulk_batch)):
            store.upsert_many(batch)
            k += len(batch)
            print(f"  loaded {k} documents, {time.perf_counter() - started:.0f} s", flush=True)
        print(f"store: {store.stats().documents} documents in {data_dir} "
              f"({time.perf_counter() - started:.0f} s to load)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PLANLINK_DATA_DIR": str(data_dir)}
    env.pop("PLANLINK_API_TOKEN", None)  # reads only; no secret in the child's environment
    process = subprocess.Popen(
        [sys.executable, "-c", "from planlink.cli import main; main()", "serve", "--data-dir", str(data_dir),
         "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"planlink serve exited: {process.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("planlink serve did not answer /health within 120 s")


def pick_targets(base: str) -> tuple[list[str], list[str]]:
    """Real task and unit ids, asked from the API itself."""
    tasks, units = [], []
    with httpx.Client(base_url=base, timeout=60) as client:
        for word in SEARCH_WORDS[:4]:
            tasks += [t["id"] for t in client.get("/tasks", params={"q": word, "limit": 500}).json()]
        for word in ("so van hoa", "ban tuyen giao", "uy ban nhan dan", "tinh doan"):
            units += [u["id"] for u in client.get("/units", params={"q": word, "limit": 500}).json()]
    if not tasks or not units:
        raise SystemExit("the store has no tasks or units to query; is the extractor working?")
    return sorted(set(tasks)), sorted(set(units))


async def run_clients(base: str, *, clients: int, requests: int, tasks: list[str],
                      units: list[str]) -> tuple[dict[str, list[float]], int, float]:
    rng = random.Random(5)
    plan = [rng.choice(("trace", "obligations", "search")) for _ in range(requests)]
    paths = {
        "trace": lambda: f"/tasks/{quote(rng.choice(tasks), safe='')}/trace",
        "obligations": lambda: f"/units/{quote(rng.choice(units), safe='')}/obligations?today={TODAY}",
        "search": lambda: f"/search?q={quote(rng.choice(SEARCH_WORDS))}&limit=50",
    }
    latencies: dict[str, list[float]] = {kind: [] for kind in paths}
    hits: dict[str, int] = {kind: 0 for kind in paths}
    errors = 0
    queue: asyncio.Queue[str] = asyncio.Queue()
    for kind in plan:
        queue.put_nowait(kind)

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            kind = queue.get_nowait()
            started = time.perf_counter()
            try:
                response = await client.get(paths[kind]())
                errors += response.status_code != 200
                hits[kind] += response.headers.get("x-planlink-cache") == "hit"
            except httpx.HTTPError:  # a timeout counts, with the time waited, rather than ending the run
                errors += 1
            latencies[kind].append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as client:
        await client.get("/health")
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    for kind, n in hits.items():  # answers the server kept from an identical earlier request
        print(f"  {kind:<12} {n} of {len(latencies[kind])} answered from the read cache")
    return latencies, errors, elapsed


def percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"n {len(ms):5d}  p50 {statistics.median(ms):8.1f} ms  p95 {p95:8.1f} ms  max {ms[-1]:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="total requests, spread over the clients")
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"planlink-load-{args.docs}"
    build_store(data_dir, args.docs)
    port = free_port()
    server = start_server(data_dir, port)
    try:
        base = f"http://127.0.0.1:{port}"
        tasks, units = pick_targets(base)
        print(f"targets: {len(tasks)} task ids, {len(units)} unit ids; {args.clients} concurrent clients, "
              f"{args.requests} requests; {os.cpu_count()} CPU cores shared by server and clients")
        latencies, errors, elapsed = asyncio.run(run_clients(
            base, clients=args.clients, requests=args.requests, tasks=tasks, units=units))
        for kind, samples in latencies.items():
            print(f"  {kind:<12} {percentiles(samples)}")
        print(f"  all          {percentiles([s for v in latencies.values() for s in v])}")
        print(f"throughput {args.requests / elapsed:.1f} requests/s over {elapsed:.1f} s; "
              f"{errors} failed (non-200 or timed out after 300 s)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still busy with queued requests
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
