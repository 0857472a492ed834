"""One contract for every store: LadybugDB, and Neo4j 5 (the session's server, conftest.neo4j_target)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InvalidInput, NotFound, StoreError
from graph.ladybug_store import LadybugStore
from graph.store import Store
from graph.views import TaskStatus
import factories as f

ENGINES = ["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)]
TODAY = date(2025, 1, 20)
DISTRICT = "src-004-tam-duong"
PROVINCE = "171-kh-btgtu-2023-lai-chau"
CT35_2019, CT35_2024 = "35-ct-tw-2019-trung-uong", "35-ct-tw-2024-trung-uong"
CAO_BANG = "413-kh-tu-2019-cao-bang"
BOARD = "tam-duong.ban-tuyen-giao-huyen-uy"


@pytest.fixture(params=ENGINES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")
        return
    with LadybugStore(tmp_path) as s:
        yield s


@pytest.fixture
def world(store: Store) -> Store:
    for extraction in (f.province_plan(), f.district_plan(), f.cao_bang_plan()):
        store.upsert(extraction)
    return store


def _task(store: Store, text: str) -> str:
    hits = store.search_tasks(text)
    assert len(hits) == 1, [h.text for h in hits]
    return hits[0].id


# --- ingest ---------------------------------------------------------------------------------
def test_reloading_the_same_text_changes_nothing(store: Store) -> None:
    assert store.upsert(f.district_plan()).outcome == "created"
    before = store.stats()
    result = store.upsert(f.district_plan())
    assert (result.id, result.outcome) == (DISTRICT, "unchanged")
    assert store.stats() == before


def test_a_new_version_replaces_only_its_own_subgraph(world: Store) -> None:
    district_before = world.get_document(DISTRICT)
    result = world.upsert(f.province_plan(version=3))
    assert (result.id, result.outcome, result.tasks) == (PROVINCE, "replaced", 3)
    assert world.get_document(PROVINCE).summary.n_tasks == 3
    assert [t.text for t in world.get_document(PROVINCE).extraction.tasks][1:] == [
        "Việc bổ sung số 1", "Việc bổ sung số 2"]
    assert world.get_document(DISTRICT) == district_before
    assert world.stats().tasks == 3 + 6 + 2


def test_get_document_gives_back_the_extraction(world: Store) -> None:
    stored = world.get_document(DISTRICT)
    assert stored.extraction == f.district_plan()
    assert stored.summary.loaded and stored.summary.n_tasks == 6
    cited = world.get_document(CT35_2019)
    assert not cited.summary.loaded and cited.extraction is None
    assert cited.summary.symbol == "35-CT/TW" and cited.summary.issued_date == "2019-05-30"


def test_ids_are_readable_and_stable(world: Store) -> None:
    assert {d.id for d in world.list_documents().items} == {
        DISTRICT, PROVINCE, CAO_BANG, CT35_2019, "107-hd-btgtw-2019-trung-uong"}
    assert _task(world, "bao cao ket qua") == f"{DISTRICT}#t3"


def test_a_failed_write_leaves_nothing_behind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.upsert(f.province_plan())
    before = store.stats()
    # a statement fails in the database itself after every row of the document was written
    # (the step that follows the writes runs a query the engine rejects)
    monkeypatch.setattr(type(store), "_absorb_undated",
                        lambda self, *_: self._run("MATCH (d:Document) RETURN nosuchvar"))
    with pytest.raises(StoreError):
        store.upsert(f.district_plan())
    monkeypatch.undo()
    assert store.stats() == before
    with pytest.raises(NotFound):
        store.get_document(DISTRICT)
    assert store.upsert(f.district_plan()).outcome == "created"


def test_a_batch_writes_what_one_document_at_a_time_writes(store: Store) -> None:
    # a dateless citation (413-KH/TU's 35-CT/TW) resolves to a document written earlier in the same
    # batch, as one by one; the repeated plan is "unchanged" within the batch. Of 05-CT/TW, one dated
    # citation makes the next dateless one join it, and a second dated one leaves the last undecided
    # (a dateless citation of a dated document must not count it as undated); the unit named in two
    # spellings keeps the latest, as one by one.
    docs = [f.directive(2019), f.province_plan(), f.district_plan(), f.cao_bang_plan(),
            f.directive(2024), f.cao_bang_plan(cite_dateless=True),
            f.citing_plan(11, cites_year=2008), f.citing_plan(12, cites_year=None),
            f.citing_plan(13, cites_year=2010, unit_name="Tỉnh Đoàn thanh niên"),
            f.citing_plan(14, cites_year=None)]
    store.copy_from_docs = 2  # LadybugDB: one by one through UNWIND, the batch through COPY
    one_by_one = [store.upsert(d) for d in docs]
    cited = {r["source"]: r["target"] for r in store.dump()["cites"] if r["source"].startswith("1")}
    assert cited == {"11-kh-tu-2021-ha-giang": "05-ct-tw-2008-trung-uong",
                     "12-kh-tu-2022-ha-giang": "05-ct-tw-2008-trung-uong",
                     "13-kh-tu-2023-ha-giang": "05-ct-tw-2010-trung-uong",
                     "14-kh-tu-2024-ha-giang": "05-ct-tw-trung-uong"}
    expected = store.dump()
    for doc_id in {r.id for r in one_by_one}:
        store.delete_document(doc_id)
    assert store.stats().documents == 0 and store.stats().units == 0
    batched = store.upsert_many(docs, batch_size=len(docs))
    assert [(r.id, r.outcome, r.tasks) for r in batched] == [(r.id, r.outcome, r.tasks) for r in one_by_one]
    assert store.dump() == expected
    assert [s.id for s in store.trace(f"{CAO_BANG}#t1").sources] == ["107-hd-btgtw-2019-trung-uong"]
    assert store.get_document(CT35_2019).summary.loaded


def test_a_batch_that_holds_a_document_twice_keeps_the_last_version(store: Store) -> None:
    results = store.upsert_many([f.province_plan(), f.province_plan(), f.province_plan(version=2)])
    assert [r.outcome for r in results] == ["created", "unchanged", "replaced"]
    assert [t.text for t in store.get_document(PROVINCE).extraction.tasks][-1] == "Việc bổ sung số 1"
    assert store.stats().tasks == 2
    again = store.upsert_many([f.province_plan(version=2), f.district_plan()], batch_size=1)
    assert [r.outcome for r in again] == ["unchanged", "created"]


def test_an_anniversary_is_a_node_linked_to_the_event_it_counts(store: Store) -> None:
    from graph import rows

    store.upsert(f.district_plan())
    founding = "ev-1930-02-03-ngay-thanh-lap-dang-cong-san-viet-nam"
    ninety_fifth = "ev-2025-02-03-95-nam-ngay-thanh-lap-dang-cong-san-viet-nam"
    assert store.dump()["anniversary_of"] == [
        {"source": ninety_fifth, "target": founding, "years": 95, "doc_id": DISTRICT}]
    events = {e["id"]: e for e in store.dump()["events"]}
    assert (events[ninety_fifth]["name"], events[ninety_fifth]["event_date"]) == (
        "95 năm Ngày thành lập Đảng Cộng sản Việt Nam", "2025-02-03")
    assert events[founding]["event_date"] == "1930-02-03"
    # another plan naming the same anniversary keeps it when the first plan goes, and no longer
    other = f.district_plan().model_copy(update={"source": "005_other.txt"})
    other.document = other.document.model_copy(update={"source_file": "005_other.txt", "content_hash": "other"})
    store.upsert(other)
    store.delete_document(DISTRICT)
    assert [r["doc_id"] for r in store.dump()["anniversary_of"]] == [rows.document_id(other)]
    store.delete_document(rows.document_id(other))
    assert store.dump()["anniversary_of"] == [] and store.stats().events == 0


# --- entity resolution ----------------------------------------------------------------------
def test_trace_climbs_implements_with_evidence(world: Store) -> None:
    trace = world.trace(_task(world, "bao cao ket qua"))
    assert trace.plan.id == DISTRICT
    assert [(s.id, s.depth, s.via, s.loaded) for s in trace.sources] == [
        (PROVINCE, 1, DISTRICT, True), (CT35_2019, 2, PROVINCE, False)]
    assert trace.sources[0].evidence == "Thực hiện Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023"


def test_a_cited_document_becomes_full_when_loaded_and_namesakes_stay_apart(world: Store) -> None:
    assert world.upsert(f.directive(2019)).id == CT35_2019
    assert world.upsert(f.directive(2024)).id == CT35_2024
    sources = world.trace(_task(world, "bao cao ket qua")).sources
    assert [(s.id, s.loaded) for s in sources] == [(PROVINCE, True), (CT35_2019, True)]
    assert sources[1].title == "về đại hội đảng bộ các cấp"
    assert world.stats().cited_only == 1  # only 107-HD/BTGTW is left known by citation alone


def test_a_dateless_citation_joins_the_one_known_document(world: Store) -> None:
    # Cao Bằng cites 35-CT/TW without a date; the only 35-CT/TW known is the 2019 one
    cited = {h.id for h in world.search("35-ct/tw") if h.kind == "document"}
    assert cited == {CT35_2019}


def test_dateless_citations_move_onto_the_dated_document_when_it_arrives(store: Store) -> None:
    store.upsert(f.cao_bang_plan())
    assert {h.id for h in store.search("35-ct/tw") if h.kind == "document"} == {"35-ct-tw-trung-uong"}
    store.upsert(f.directive(2019))
    assert {h.id for h in store.search("35-ct/tw") if h.kind == "document"} == {CT35_2019}
    assert store.stats().cited_only == 1


def test_a_dateless_citation_with_two_namesakes_stays_undecided(store: Store) -> None:
    store.upsert(f.directive(2019))
    store.upsert(f.directive(2024))
    store.upsert(f.cao_bang_plan())
    ids = {h.id for h in store.search("35-ct/tw") if h.kind == "document"}
    assert ids == {CT35_2019, CT35_2024, "35-ct-tw-trung-uong"}


def test_units_are_resolved_within_their_jurisdiction(world: Store) -> None:
    hits = world.search_units("so van hoa, the thao")
    assert {(u.id, u.jurisdiction) for u in hits} == {
        ("cao-bang.so-van-hoa-the-thao-va-du-lich", "Cao Bằng"),
        ("lai-chau.so-van-hoa-the-thao-va-du-lich", "Lai Châu")}
    plans = {o.plan.id for o in world.obligations("cao-bang.so-van-hoa-the-thao-va-du-lich", today=TODAY)}
    assert plans == {CAO_BANG}


def test_a_unit_keeps_every_name_it_was_given(world: Store) -> None:
    youth = world.search_units("huyen doan")
    assert [(u.name, u.aliases) for u in youth] == [("Đoàn Thanh niên huyện", ["Huyện đoàn"])]


# --- queries --------------------------------------------------------------------------------
def test_obligations_status_against_today(world: Store) -> None:
    got = {o.text: (o.role, o.due_date, o.status) for o in world.obligations(BOARD, today=TODAY)}
    assert got == {
        "Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam": ("lead", "2025-02-03", "due_soon"),
        # 15 days after the congress, whose date the same plan gives
        "Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy": ("lead", "2025-05-25", "later"),
        "Theo dõi dư luận xã hội": ("lead", None, "continuous"),
        "Hướng dẫn các chi bộ học tập": ("lead", None, "no_date"),
    }
    late = {o.text: o.status for o in world.obligations(BOARD, today=date(2025, 3, 1))}
    assert late["Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"] == "overdue"


def test_obligations_of_support_units_periods_and_recurring(world: Store) -> None:
    office = world.obligations("tam-duong.van-phong-huyen-uy", today=TODAY)
    assert [(o.role, o.due_date, o.status) for o in office] == [
        ("lead", "2025-01-31", "due_soon"), ("support", "2025-02-03", "due_soon")]
    assert [o.role for o in world.obligations("tam-duong.van-phong-huyen-uy", role="support",
                                                today=TODAY)] == ["support"]
    youth = world.obligations("tam-duong.doan-thanh-nien-huyen", today=TODAY)
    # "ngày 20 hằng tháng": today is the 20th, so today
    assert [(o.deadline.kind, o.due_date) for o in youth] == [("recurring", "2025-01-20"),
                                                              ("date", "2025-02-03")]
    later = world.obligations("tam-duong.doan-thanh-nien-huyen", today=date(2025, 1, 21))
    assert [o.due_date for o in later if o.deadline.kind == "recurring"] == ["2025-02-20"]


def test_obligations_in_a_window(world: Store) -> None:
    window = world.obligations(BOARD, start=date(2025, 5, 1), end=date(2025, 5, 31), today=TODAY)
    assert [o.text for o in window] == ["Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy",
                                        "Theo dõi dư luận xã hội"]


def test_a_recorded_status_marks_the_task_done_and_keeps_history(world: Store) -> None:
    task = _task(world, "to chuc ky niem 95 nam")
    world.set_task_status(task, TaskStatus(status="done", date="2025-02-03", by="vp", note="xong"))
    hit = world.set_task_status(task, TaskStatus(status="done", date="2025-02-04", by="btg"))
    assert hit.status.by == "btg" and hit.status.at
    statuses = {o.task_id: o.status for o in world.obligations(BOARD, today=TODAY)}
    assert statuses[task] == "done"
    assert [s.by for s in world.status_history(task)] == ["vp", "btg"]


def test_search_is_accent_insensitive(world: Store) -> None:
    for query in ("dai hoi", "ĐẠI HỘI", "Đại hội"):
        kinds = {(h.kind, h.id) for h in world.search(query)}
        assert ("task", f"{PROVINCE}#t1") in kinds
        assert ("event", "ev-2025-05-10-dai-hoi-dang-bo-huyen-lan-thu-xx") in kinds
        assert ("document", PROVINCE) in kinds
    assert world.search("khong co gi nhu the") == []
    assert [t.id for t in world.search_tasks("treo bang ron")] == [f"{DISTRICT}#t2"]


def test_task_hits_carry_plan_units_and_deadline(world: Store) -> None:
    hit = world.get_task(f"{DISTRICT}#t1")
    assert hit.plan.issuer == "Huyện ủy Tam Đường"
    assert [u.name for u in hit.lead] == ["Ban Tuyên giáo Huyện ủy"]
    assert [u.name for u in hit.support] == ["Văn phòng Huyện ủy", "Đoàn Thanh niên huyện"]
    assert hit.deadline.due == "2025-02-03"


def test_periods_in_a_window(world: Store) -> None:
    assert [p.period.name for p in world.periods()] == ["Đợt I"]
    assert [p.document.id for p in world.periods(start=date(2025, 3, 1), end=date(2025, 4, 1))] == [DISTRICT]
    assert world.periods(start=date(2025, 4, 1)) == []


def test_event_mentions_name_the_tasks(world: Store) -> None:
    mentions = {m.event.name: m for m in world.event_mentions()}
    anniversary = mentions["Ngày thành lập Đảng Cộng sản Việt Nam"]
    assert anniversary.event.anniversary_date == "2025-02-03" and anniversary.document.id == DISTRICT
    assert anniversary.task_ids == [f"{DISTRICT}#t1"]


def test_documents_listed_filtered_and_paged(world: Store) -> None:
    page = world.list_documents(limit=2)
    assert page.total == 5 and len(page.items) == 2 and all(d.loaded for d in page.items)
    assert [d.id for d in world.list_documents(year=2023).items] == [PROVINCE]
    assert {d.id for d in world.list_documents(issuer="tinh uy cao bang").items} == {CAO_BANG}
    assert world.list_documents(doc_type="Chỉ thị").total == 1
    assert world.list_documents(offset=4).items[0].loaded is False
    assert {d.id for d in world.recent_documents(limit=10)} == {DISTRICT, PROVINCE, CAO_BANG}


# --- deletes --------------------------------------------------------------------------------
def test_deleting_a_cited_document_turns_it_back_into_a_citation(world: Store) -> None:
    world.delete_document(PROVINCE)
    stored = world.get_document(PROVINCE)
    assert not stored.summary.loaded and stored.extraction is None
    assert [(s.id, s.loaded) for s in world.trace(f"{DISTRICT}#t3").sources] == [(PROVINCE, False)]
    # what only it cited or assigned went with it
    assert [u.jurisdiction for u in world.search_units("so van hoa")] == ["Cao Bằng"]
    # 35-CT/TW stays: Cao Bằng still cites it (without a date, resolved to the 2019 one)
    assert not world.get_document(CT35_2019).summary.loaded
    world.delete_document(CAO_BANG)
    with pytest.raises(NotFound):
        world.get_document(CT35_2019)


def test_deleting_an_uncited_document_removes_it(world: Store) -> None:
    world.delete_document(DISTRICT)
    with pytest.raises(NotFound):
        world.get_document(DISTRICT)
    assert world.search_units("huyen doan") == []
    assert world.event_mentions() == []
    assert world.stats().tasks == 1 + 2


def test_unknown_ids_raise_not_found(world: Store) -> None:
    for call in (lambda: world.get_task("nope#t1"), lambda: world.trace("nope#t1"),
                 lambda: world.get_unit("nope"), lambda: world.obligations("nope"),
                 lambda: world.get_document("nope"), lambda: world.delete_document("nope")):
        with pytest.raises(NotFound, match="nope"):
            call()
    with pytest.raises(InvalidInput, match="citations"):
        world.delete_document(CT35_2019)


def test_organs_are_part_of_their_committee(world: Store) -> None:
    board = "cao-bang.ban-tuyen-giao-tinh-uy"
    assert [u.id for u in world.unit_parents(board)] == ["cao-bang.tinh-uy-cao-bang"]
    assert board in {u.id for u in world.unit_children("cao-bang.tinh-uy-cao-bang")}
    world.delete_document(CAO_BANG)
    with pytest.raises(NotFound):
        world.get_unit(board)
    with pytest.raises(NotFound):
        world.get_unit("cao-bang.tinh-uy-cao-bang")


def test_quotes_and_backslashes_survive(store: Store) -> None:
    plan = f.district_plan()
    plan.tasks[0].section.append('II. Nhiệm vụ "trọng tâm" \\ 2025')
    store.upsert(plan)
    assert store.get_task(f"{DISTRICT}#t1").section == ['II. Nhiệm vụ "trọng tâm" \\ 2025']
