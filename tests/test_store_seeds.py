"""The issue's "done when" on the five seed documents, extracted by the real pipeline and loaded
into a real LadybugDB store."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from graph.ladybug_store import LadybugStore
from loaders.pipeline import extract_file

SAMPLES = Path(__file__).resolve().parents[1] / "planlink" / "samples"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LadybugStore]:
    with LadybugStore(tmp_path_factory.mktemp("seeds")) as s:
        for path in sorted(SAMPLES.glob("*.txt")):
            s.upsert(extract_file(path))
        yield s


def _plan_tasks(store: LadybugStore, symbol_or_id: str) -> list[str]:
    docs = [d for d in store.list_documents(limit=100).items
            if d.loaded and symbol_or_id in (d.symbol, d.id, d.source_file)]
    assert len(docs) == 1, symbol_or_id
    return [f"{docs[0].id}#t{n}" for n in range(1, docs[0].n_tasks + 1)]


def _sources(store: LadybugStore, task_id: str) -> set[tuple[str | None, str | None]]:
    return {(s.symbol, s.issued_date) for s in store.trace(task_id).sources}


def test_every_seed_loads_with_its_tasks(store: LadybugStore) -> None:
    stats = store.stats()
    assert stats.documents == 5 and stats.tasks > 100


def test_a_task_of_004_traces_to_171_kh_btgtu(store: LadybugStore) -> None:
    task = _plan_tasks(store, "004_c8534f40af56dc42.txt")[0]
    assert ("171-KH/BTGTU", "2023-05-30") in _sources(store, task)


def test_003_reaches_the_2019_directive_and_001_the_2024_one(store: LadybugStore) -> None:
    bac_ninh = _sources(store, _plan_tasks(store, "20-KH/ĐUK")[0])
    assert ("35-CT/TW", "2019-05-30") in bac_ninh and ("35-CT/TW", "2024-06-14") not in bac_ninh
    cao_bang = _sources(store, _plan_tasks(store, "390-KH/TU")[0])
    assert ("35-CT/TW", "2024-06-14") in cao_bang and ("35-CT/TW", "2019-05-30") not in cao_bang


def test_cao_bang_culture_department_owes_work_of_three_plans_only(store: LadybugStore) -> None:
    units = [u for u in store.search_units("so van hoa, the thao va du lich") if u.jurisdiction == "Cao Bằng"]
    assert len(units) == 1
    plans = {o.plan.symbol for o in store.obligations(units[0].id, today=date(2025, 1, 1))}
    assert plans == {"413-KH/TU", "199-KH/TU", "390-KH/TU"}


def test_reloading_the_seeds_changes_nothing(store: LadybugStore) -> None:
    before = store.stats()
    outcomes = {store.upsert(extract_file(p)).outcome for p in SAMPLES.glob("*.txt")}
    assert outcomes == {"unchanged"} and store.stats() == before


def test_accent_free_search_finds_the_congress(store: LadybugStore) -> None:
    hits = store.search("dai hoi dai bieu", limit=200)
    assert any(h.kind == "task" and "Đại hội đại biểu" in h.label for h in hits)
