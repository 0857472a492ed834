"""What only the embedded engine has to say: its files, one writer with readers beside it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import factories as f
from graph.errors import StoreError
from graph.ladybug_store import LadybugStore
from graph.settings import Settings
from graph.engines import open_store

READER = """
import sys
from graph.ladybug_store import LadybugStore
with LadybugStore(sys.argv[1], read_only=True) as store:
    print(store.stats().documents, [t.id for t in store.search_tasks("bao cao")])
"""


def test_another_process_reads_while_this_one_holds_the_writer(tmp_path: Path) -> None:
    with LadybugStore(tmp_path) as writer:
        writer.upsert(f.district_plan())
        done = subprocess.run([sys.executable, "-c", READER, str(tmp_path)], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split(maxsplit=1) == ["1", "['src-004-tam-duong#t3']\n"]


def test_a_read_only_store_refuses_writes_and_says_why(tmp_path: Path) -> None:
    with LadybugStore(tmp_path) as writer:
        writer.upsert(f.province_plan())
    with LadybugStore(tmp_path, read_only=True) as reader:
        assert reader.stats().documents == 1
        with pytest.raises(StoreError, match="read-only"):
            reader.upsert(f.district_plan())


def test_read_only_on_an_empty_folder_says_to_load_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="planlink load"):
        LadybugStore(tmp_path / "nothing", read_only=True)


def test_open_store_picks_ladybug_by_default(tmp_path: Path) -> None:
    with open_store(Settings(data_dir=tmp_path)) as store:
        assert isinstance(store, LadybugStore)
        assert store.upsert(f.district_plan()).outcome == "created"
        assert store.size_bytes() > 0


def test_a_bulk_load_lets_go_of_its_arrow_tables(tmp_path: Path) -> None:
    # ladybug keeps each statement that scanned an Arrow table, with the table, in its connection's
    # statement cache; the store drops that connection after a bulk transaction
    import gc

    import pyarrow as pa

    with LadybugStore(tmp_path) as store:
        store.copy_from_docs = 1  # every batch through COPY
        for k in range(3):
            store.upsert_many([f.citing_plan(20 + 3 * k + i, cites_year=2008) for i in range(3)])
        gc.collect()
        assert pa.total_allocated_bytes() == 0
        assert store.stats().documents == 9 and store.search_tasks("ke hoach 28")  # and reads still work


def test_reads_in_other_threads_see_only_committed_documents(tmp_path: Path) -> None:
    import threading

    with LadybugStore(tmp_path) as store:
        store.upsert(f.province_plan())
        seen: list[int] = []
        inside = threading.Event()
        release = threading.Event()
        original = store._absorb_undated

        def pause(*args: object) -> None:  # the write's rows are in, not yet committed
            original(*args)
            inside.set()
            release.wait(30)

        store._absorb_undated = pause  # type: ignore[method-assign]
        writer = threading.Thread(target=store.upsert, args=(f.district_plan(),))
        writer.start()
        assert inside.wait(30)
        reader = threading.Thread(target=lambda: seen.append(store.stats().documents))
        reader.start()
        reader.join(30)
        release.set()
        writer.join(30)
        assert seen == [1]  # the reader was not held back, and saw no half-written document
        assert store.stats().documents == 2
