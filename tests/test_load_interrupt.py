"""Killing `planlink load` mid-way (SIGKILL) leaves a consistent store, and the next load completes:
on LadybugDB (both write paths) and on Neo4j."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.engines import open_store
from graph.settings import Settings
from loaders.pipeline import extract_file

SEED = Path(__file__).resolve().parents[1] / "planlink" / "samples" / "000_be368ab34b8ed495.txt"
N = 40


def _corpus(folder: Path) -> list[Path]:
    """N distinct plans: the seed 413-KH/TU renumbered."""
    text = SEED.read_text(encoding="utf-8")
    assert "413-KH/TU" in text
    paths = []
    for k in range(N):
        path = folder / f"plan_{k:03d}.txt"
        path.write_text(text.replace("413-KH/TU", f"{500 + k}-KH/TU"), encoding="utf-8")
        paths.append(path)
    return paths


def _load(folder: Path, data_dir: Path, *, batch: int, copy: bool, env: dict[str, str]) -> subprocess.Popen[str]:
    # copy: batches are written with COPY (LadybugDB's bulk path) however small
    code = ("import sys; from graph.ladybug_store import LadybugStore; "
            f"LadybugStore.copy_from_docs = {1 if copy else 10**6}; "
            "from planlink.cli import main; sys.argv[0] = 'planlink'; main()")
    return subprocess.Popen([sys.executable, "-c", code, "load", str(folder), "--data-dir", str(data_dir),
                             "--batch", str(batch), "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", **env})


def _check_consistent(data_dir: Path, expected_tasks: int, env: dict[str, str]) -> int:
    settings = Settings(**{k.removeprefix("PLANLINK_").lower(): v for k, v in env.items()},
                        data_dir=data_dir, read_only=True)
    with open_store(settings) as store:
        docs = [d for d in store.list_documents(limit=1000).items if d.loaded]
        for doc in docs:
            stored = store.get_document(doc.id)
            assert doc.n_tasks == expected_tasks == len(stored.extraction.tasks), doc.id
            assert stored.extraction.document.symbol == doc.symbol
        assert store.stats().tasks == expected_tasks * len(docs)
        return len(docs)


@pytest.fixture(params=["unwind", "copy", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def engine(request: pytest.FixtureRequest) -> tuple[bool, dict[str, str]]:
    """(write with COPY, the PLANLINK_* settings of the engine); Neo4j's graph starts empty."""
    if request.param != "neo4j":
        return request.param == "copy", {"PLANLINK_ENGINE": "ladybug"}
    request.getfixturevalue("neo4j_store")  # clears the session's server
    return False, request.getfixturevalue("neo4j_target").env()


@pytest.mark.slow
def test_a_killed_load_leaves_whole_documents_and_the_next_load_completes(
        tmp_path: Path, engine: tuple[bool, dict[str, str]]) -> None:
    copy, env = engine
    folder = tmp_path / "docs"
    folder.mkdir()
    _corpus(folder)
    expected_tasks = len(extract_file(folder / "plan_000.txt").tasks)
    data_dir = tmp_path / "store"
    proc = _load(folder, data_dir, batch=2, copy=copy, env=env)
    committed = 0
    for line in proc.stdout:  # one line per committed document, after its batch (of 2) commits
        committed += line.startswith("created")
        if committed == 3:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert committed == 3, proc.stderr.read()

    loaded = _check_consistent(data_dir, expected_tasks, env)
    assert 3 <= loaded < N  # killed mid-way: some documents in, whole; the rest not at all

    again = subprocess.run([sys.executable, "-c", "import sys; from planlink.cli import main; main()",
                            "load", str(folder), "--data-dir", str(data_dir), "--jobs", "2"],
                           capture_output=True, text=True, timeout=600, env={**os.environ, **env})
    assert again.returncode == 0, again.stderr
    outcomes = [line.split()[0] for line in again.stdout.splitlines() if line.endswith(".txt")]
    assert outcomes.count("unchanged") == loaded and outcomes.count("created") == N - loaded
    assert _check_consistent(data_dir, expected_tasks, env) == N
