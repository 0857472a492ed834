"""A real Neo4j 5 for the tests: the launcher jar scripts/test.sh builds from tests/neo4j (Neo4j's own
test harness, community 5.26 LTS), started once per session on a free port with a password, or any
Neo4j named by PLANLINK_TEST_NEO4J_URI (+ _USER, _PASSWORD, _DATABASE)."""
from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from net import free_port

ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = ROOT / ".venv" / "neo4j" / "planlink-neo4j.jar"  # built by scripts/neo4j.sh build
CLASS_ARCHIVE = LAUNCHER.with_name("classes.jsa")
# the JVM's share of a 2-core, shared machine: heap and page cache (the store's file cache, off heap)
HEAP = "768m"
PAGE_CACHE_MB = 256
START_TIMEOUT = 180  # seconds; a cold JVM on a busy 2-core machine took 24 s


@dataclass(frozen=True)
class Neo4jTarget:
    uri: str
    user: str | None
    password: str
    database: str | None = None

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.user else None

    def env(self) -> dict[str, str]:
        """The settings that point planlink (PLANLINK_*) at this server."""
        env = {"PLANLINK_ENGINE": "neo4j", "PLANLINK_NEO4J_URI": self.uri, "PLANLINK_NEO4J_PASSWORD": self.password}
        if self.user:
            env["PLANLINK_NEO4J_USER"] = self.user
        if self.database:
            env["PLANLINK_NEO4J_DATABASE"] = self.database
        return env


def external() -> Neo4jTarget | None:
    uri = os.environ.get("PLANLINK_TEST_NEO4J_URI")
    if not uri:
        return None
    return Neo4jTarget(uri, os.environ.get("PLANLINK_TEST_NEO4J_USER"),
                       os.environ.get("PLANLINK_TEST_NEO4J_PASSWORD", ""),
                       os.environ.get("PLANLINK_TEST_NEO4J_DATABASE"))


def missing() -> str | None:
    """Why the launcher cannot run here, or None."""
    if not shutil.which("java"):
        return ("no Java: install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), "
                "then run `bash scripts/test.sh`, which builds the Neo4j launcher; or set PLANLINK_TEST_NEO4J_URI")
    if not LAUNCHER.exists():
        return (f"no Neo4j launcher at {LAUNCHER.relative_to(ROOT)}: `bash scripts/test.sh` builds it with Maven "
                "(see .venv/neo4j-build.log if it failed); or set PLANLINK_TEST_NEO4J_URI")
    return None


@contextmanager
def launched(workdir: Path, *, heap: str = HEAP, page_cache_mb: int = PAGE_CACHE_MB) -> Iterator[Neo4jTarget]:
    """Start the launcher; stop it (and its scratch store) on exit. It also stops by itself when
    this process dies: it exits when its standard input closes."""
    password = secrets.token_urlsafe(18)
    port = free_port()
    log, errors = (workdir / "launcher.out").open("w"), (workdir / "launcher.err").open("w")
    proc = subprocess.Popen(
        ["java", f"-Xmx{heap}", *([f"-XX:SharedArchiveFile={CLASS_ARCHIVE}"] if CLASS_ARCHIVE.exists() else []),
         "-jar", str(LAUNCHER), "--port", str(port),
         "--page-cache-mb", str(page_cache_mb), "--dir", str(workdir), "--exit-on-eof"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, text=True,
        env={**os.environ, "PLANLINK_NEO4J_PASSWORD": password})
    ready = threading.Event()

    def drain() -> None:  # read everything it prints, so a full pipe never stalls it
        for line in proc.stdout:
            log.write(line)
            log.flush()
            if line.startswith("READY"):
                ready.set()

    threading.Thread(target=drain, daemon=True).start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not ready.wait(0.5):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Neo4j did not start (exit code {proc.poll()}); see {workdir}/launcher.err")
        yield Neo4jTarget(f"neo4j://127.0.0.1:{port}", "neo4j", password, "neo4j")
    finally:
        proc.stdin.close()  # the launcher's signal to stop (at once: the store is scratch)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        errors.close()
        for store in workdir.iterdir():  # the scratch store the harness made (it stopped without removing it)
            if store.is_dir():
                shutil.rmtree(store, ignore_errors=True)

