"""The explorer's pages run in Streamlit's AppTest over a real LadybugDB store: the seed documents loaded
through the real pipeline (as `planlink demo` does), and a hand-built graph whose answers are known exactly.

Writes (mark done, upload) go to a real `planlink serve` process, as in the product.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import factories
from graph.folding import fold
from graph.models import Deadline, Document, Event, Extraction, Reference, Span, Task, Unit
from graph.settings import Settings
from graph.engines import open_store
from loaders.pipeline import extract_text
from planlink.cli.explorer import load_samples, sample_files
from net import free_port

APP = str(Path(__file__).resolve().parents[1] / "ui" / "app.py")
PAGES = ["tong_quan", "truy_nguyen", "don_vi", "ngay_ky_niem", "van_ban", "tai_len"]
TOKEN = "ui-test-token-0123456789"

SPAN_TEXT = ("BAN TUYÊN GIÁO TỈNH ỦY LAI CHÂU\nSố 172-KH/BTGTU\nThực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.\n"
             "1. Sở Văn hóa, Thể thao và Du lịch <b>treo cờ</b> trước ngày 15/01/2025.\n"
             "Kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025).")


def _span(text: str, part: str) -> Span:
    start = SPAN_TEXT.index(part)
    return Span(start=start, end=start + len(part))


def spanned_plan() -> Extraction:
    """A short plan whose every fact carries its span, for the Văn bản page (with HTML-like text to escape)."""
    culture = Unit(name="Sở Văn hóa, Thể thao và Du lịch", canonical="Sở Văn hóa, Thể thao và Du lịch",
                   jurisdiction="Lai Châu", span=_span(SPAN_TEXT, "Sở Văn hóa, Thể thao và Du lịch"))
    task_text = "Sở Văn hóa, Thể thao và Du lịch <b>treo cờ</b> trước ngày 15/01/2025."
    return Extraction(
        source="172.txt", text=SPAN_TEXT,
        document=Document(symbol="172-KH/BTGTU", doc_type="Kế hoạch", issuer="Ban Tuyên giáo Tỉnh ủy Lai Châu",
                          issued_date="2024-12-01", jurisdiction="Lai Châu", source_file="172.txt",
                          content_hash="spanned-172", span=_span(SPAN_TEXT, "172-KH/BTGTU")),
        references=[Reference(symbol="35-CT/TW", doc_type="Chỉ thị", issuer="Bộ Chính trị", jurisdiction="Trung ương",
                              basis=True, clause="Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
                              span=_span(SPAN_TEXT, "35-CT/TW"))],
        tasks=[Task(text=task_text, lead=[culture], span=_span(SPAN_TEXT, task_text),
                    deadline=Deadline(kind="date", due="2025-01-15", text="trước ngày 15/01/2025",
                                      span=_span(SPAN_TEXT, "trước ngày 15/01/2025")))],
        events=[Event(name="Ngày thành lập Đảng", date="1930-02-03", years=95, anniversary_date="2025-02-03",
                      span=_span(SPAN_TEXT, "95 năm Ngày thành lập Đảng"))],
    )


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples loaded exactly as `planlink demo` loads them."""
    folder = tmp_path_factory.mktemp("ui-seeds") / "data"
    load_samples(folder)
    return folder


@pytest.fixture(scope="session")
def built_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hand-built graph: 35-CT/TW (2019 and 2024) ← Lai Châu's 171-KH/BTGTU ← Tam Đường's plan; Cao Bằng's
    413-KH/TU citing a 107-HD/BTGTW that is not loaded; a plan with every fact's span."""
    folder = tmp_path_factory.mktemp("ui-built") / "data"
    with open_store(Settings(engine="ladybug", data_dir=folder)) as store:
        for ex in (factories.directive(2019), factories.directive(2024), factories.province_plan(),
                   factories.district_plan(), factories.cao_bang_plan(), spanned_plan()):
            store.upsert(ex)
    return folder


def explorer(monkeypatch: pytest.MonkeyPatch, data_dir: Path, *, api_url: str | None = None,
             as_of: date | None = None) -> AppTest:
    monkeypatch.setenv("PLANLINK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("PLANLINK_ENGINE", "ladybug")
    for name in ("PLANLINK_API_URL", "PLANLINK_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    if api_url:
        monkeypatch.setenv("PLANLINK_API_URL", api_url)
        monkeypatch.setenv("PLANLINK_API_TOKEN", TOKEN)
    at = AppTest.from_file(APP, default_timeout=60)
    if as_of is not None:
        at.session_state["as_of"] = as_of
    return at.run()


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"screens/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything a reader sees as text on the page, one string."""
    parts = [el.value for kind in ("title", "subheader", "markdown", "caption", "info", "success", "warning",
                                   "error") for el in getattr(at, kind)]
    parts += [str(m.label) + " " + str(m.value) for m in at.metric]
    return "\n".join(str(p) for p in parts)


# --- every page -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("which", ["seed", "built"])
def test_every_page_renders_without_exception(page: str, which: str, request: pytest.FixtureRequest,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    at = explorer(monkeypatch, request.getfixturevalue(f"{which}_dir"))
    assert not at.exception
    open_page(at, page)
    assert at.title, f"page {page} shows no title"


def test_navigation_labels_are_vietnamese(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = explorer(monkeypatch, built_dir)
    assert at.date_input(key="as_of").label == "Tính đến ngày"
    assert [t.value for t in at.title] == ["Tổng quan"]


def test_empty_data_folder_says_what_to_do(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = explorer(monkeypatch, tmp_path / "nothing-here")
    assert not at.exception
    assert "planlink demo" in at.warning[0].value


# --- Tổng quan ------------------------------------------------------------------------------------------

def test_overview_counts_the_seed_documents(monkeypatch: pytest.MonkeyPatch, seed_dir: Path) -> None:
    at = explorer(monkeypatch, seed_dir)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Văn bản đã nạp"] == str(len(sample_files()))
    assert int(metrics["Nhiệm vụ"]) > 0
    recent = at.dataframe[0].value
    assert len(recent) == len(sample_files())


def test_overview_search_ignores_accents(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = explorer(monkeypatch, built_dir)
    at.text_input(key="overview_search").input("treo bang ron").run()
    assert not at.exception
    found = at.dataframe[0].value
    assert any("Treo băng rôn" in label for label in found["Kết quả"])
    links = [p.proto.label for p in at.get("page_link")]
    assert any(label.startswith("Nhiệm vụ: Treo băng rôn") for label in links)


def test_overview_lists_what_falls_due_in_30_days(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    # Seen from 10/01/2025: Tam Đường's banners (January, due 31/01) and the 95th of the Party (03/02) fall
    # due within 30 days; Cao Bằng's 2020 exhibition and the undated tasks do not.
    at = explorer(monkeypatch, built_dir, as_of=date(2025, 1, 10))
    due = at.dataframe[1].value
    tasks = set(due["Nhiệm vụ"])
    assert {"Treo băng rôn, khẩu hiệu trên các tuyến phố",
            "Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"} <= tasks
    assert "Tổ chức triển lãm ảnh về Đảng" not in tasks and "Theo dõi dư luận xã hội" not in tasks
    assert set(due["Trạng thái"]) == {"Sắp đến hạn"}
    assert "Ban Tuyên giáo Huyện ủy" in set(due["Đơn vị"])


# --- Truy nguyên ----------------------------------------------------------------------------------------

def _trace(at: AppTest, words: str) -> AppTest:
    open_page(at, "truy_nguyen")
    at.text_input(key="trace_search").input(words).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _dot(at: AppTest) -> str:
    charts = at.get("graphviz_chart")
    assert charts, "no trace diagram on the page"
    return charts[0].proto.spec


def test_trace_shows_the_chain_with_quoted_clauses(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = _trace(explorer(monkeypatch, built_dir), "treo co, bang ron")
    shown = texts(at)
    assert "Kế hoạch 171-KH/BTGTU" in shown and "Chỉ thị 35-CT/TW" in shown
    assert "“Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị”" in shown
    assert "30/05/2019" in shown and "14/06/2024" not in shown  # the 2019 directive, not its namesake
    dot = _dot(at)
    assert "171-KH/BTGTU" in dot and "35-CT/TW" in dot


def test_trace_marks_documents_known_only_by_citation(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = _trace(explorer(monkeypatch, built_dir), "trien lam anh")
    shown = texts(at)
    assert "Hướng dẫn 107-HD/BTGTW" in shown
    assert "chỉ biết qua trích dẫn" in shown
    dot = _dot(at)
    assert "chỉ biết qua trích dẫn" in dot and "dashed" in dot
    # a loaded document's box links to its text; a cited one has no text to open
    assert 'URL="van_ban?doc=413-kh-tu-2019-cao-bang"' in dot
    assert not any("107-HD/BTGTW" in line and "URL=" in line for line in dot.splitlines())


def test_trace_follows_a_deep_link(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    with open_store(Settings(engine="ladybug", data_dir=built_dir, read_only=True)) as store:
        task = store.search_tasks("bao cao ket qua ve ban tuyen giao")[0]
    at = explorer(monkeypatch, built_dir)
    at.query_params["task"] = task.id
    open_page(at, "truy_nguyen")
    assert at.selectbox(key="trace_task").value == task.id
    assert "Kế hoạch 171-KH/BTGTU" in texts(at)  # Tam Đường's plan carries out Lai Châu's


def test_trace_of_a_seed_task_of_tam_duong_reaches_171(monkeypatch: pytest.MonkeyPatch, seed_dir: Path) -> None:
    at = _trace(explorer(monkeypatch, seed_dir), "thuong xuyen don doc, kiem tra viec to chuc cac hoat dong")
    assert at.selectbox(key="trace_task").options, "the seed task of 004 was not found"
    shown = texts(at)
    assert "171-KH/BTGTU" in shown
    assert "chỉ biết qua trích dẫn" in shown  # Lai Châu's plan is cited, not loaded


def test_trace_of_a_seed_task_of_bac_ninh_reaches_the_2019_directive(monkeypatch: pytest.MonkeyPatch,
                                                                     seed_dir: Path) -> None:
    at = _trace(explorer(monkeypatch, seed_dir), "ban bien tap cong thong tin dien tu")
    shown = texts(at)
    assert "35-CT/TW" in shown and "30/05/2019" in shown and "14/06/2024" not in shown


# --- Đơn vị ---------------------------------------------------------------------------------------------

def test_unit_picker_names_a_bad_link_and_an_empty_search(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = explorer(monkeypatch, built_dir)
    at.query_params["unit"] = "cao-bang.khong-co-don-vi-nay"
    open_page(at, "don_vi")
    assert any("cao-bang.khong-co-don-vi-nay" in w.value for w in at.warning)
    at.text_input(key="unit_search").input("zzz khong co").run()
    assert any("Không tìm thấy đơn vị nào khớp “zzz khong co”" in i.value for i in at.info)
    assert not at.exception, [e.value for e in at.exception]


def _unit(at: AppTest, words: str, place: str) -> AppTest:
    open_page(at, "don_vi")
    at.text_input(key="unit_search").input(words).run()
    at.selectbox(key="unit_place").select(place).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_unit_obligations_are_grouped_by_jurisdiction(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = explorer(monkeypatch, built_dir, as_of=date(2025, 1, 10))
    open_page(at, "don_vi")
    at.text_input(key="unit_search").input("van hoa").run()
    assert {"Cao Bằng", "Lai Châu"} <= set(at.selectbox(key="unit_place").options)
    at = _unit(at, "van hoa", "Cao Bằng")
    table = at.dataframe[0].value
    assert set(table["Văn bản"]) == {"Kế hoạch 413-KH/TU"}  # not Lai Châu's 171-KH/BTGTU
    assert set(table["Vai trò"]) == {"Chủ trì", "Phối hợp"}
    assert set(table["Trạng thái"]) == {"Quá hạn"}  # due in early 2020, seen from 2025


def test_unit_statuses_timeline_and_role_filter(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = _unit(explorer(monkeypatch, built_dir, as_of=date(2025, 1, 10)), "ban tuyen giao huyen", "Tam Đường")
    table = at.dataframe[0].value
    by_text = dict(zip(table["Nhiệm vụ"], table["Trạng thái"]))
    assert by_text["Theo dõi dư luận xã hội"] == "Thường xuyên"
    assert by_text["Hướng dẫn các chi bộ học tập"] == "Chưa có hạn"
    assert by_text["Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"] == "Sắp đến hạn"
    assert at.get("vega_lite_chart"), "no timeline chart"
    at.radio(key="unit_role").set_value("Phối hợp").run()
    assert not at.exception
    assert "không có nhiệm vụ nào" in texts(at)  # the district board only leads


def test_unit_page_offers_downloads_and_marking_done_only_with_the_api(monkeypatch: pytest.MonkeyPatch,
                                                                        built_dir: Path) -> None:
    at = _unit(explorer(monkeypatch, built_dir), "van hoa", "Cao Bằng")
    assert not at.get("link_button")
    assert "PLANLINK_API_URL" in texts(at)
    assert not at.button


def test_seed_unit_has_obligations_from_cao_bang_plans_only(monkeypatch: pytest.MonkeyPatch,
                                                           seed_dir: Path) -> None:
    at = _unit(explorer(monkeypatch, seed_dir), "so van hoa, the thao va du lich", "Cao Bằng")
    plans = set(at.dataframe[0].value["Văn bản"])
    assert {"Kế hoạch 413-KH/TU", "Kế hoạch 199-KH/TU", "Kế hoạch 390-KH/TU"} <= plans
    assert not any("BTGTU" in p or "ĐUK" in p for p in plans)


# --- Văn bản --------------------------------------------------------------------------------------------

def test_document_text_has_every_fact_highlighted(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = explorer(monkeypatch, built_dir)
    open_page(at, "van_ban")
    at.text_input(key="doc_filter").input("172").run()
    assert not at.exception
    page = at.get("html")[0].proto.body
    for kind in ("pl-document", "pl-task", "pl-unit", "pl-deadline", "pl-reference", "pl-event"):
        assert f'class="{kind}' in page or f" {kind}" in page, kind
    assert "&lt;b&gt;treo cờ&lt;/b&gt;" in page and "<b>treo" not in page  # the text is escaped
    assert "Nhiệm vụ (1)" in page and "Đơn vị (1)" in page  # the legend counts facts
    assert "Bộ trích xuất không báo vấn đề nào." in texts(at)


def test_document_page_opens_from_a_link(monkeypatch: pytest.MonkeyPatch, seed_dir: Path) -> None:
    with open_store(Settings(engine="ladybug", data_dir=seed_dir, read_only=True)) as store:
        doc = next(d for d in store.list_documents(limit=50).items if d.source_file == sample_files()[0].name)
    at = explorer(monkeypatch, seed_dir)
    at.query_params["doc"] = doc.id
    open_page(at, "van_ban")
    assert at.selectbox(key="doc_pick").value == doc.id
    assert fold("Cao Bằng") in fold(at.get("html")[0].proto.body)


def test_document_page_shows_which_pages_were_ocrd(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A scanned page through the real pipeline and store: the view says it was OCR'd and how surely, and
    the spans still land on the words (the symbol highlighted is the symbol)."""
    from loaders.ocr import tesseract_missing
    from loaders.pipeline import extract_file

    if tesseract_missing():
        pytest.skip(tesseract_missing())
    ex = extract_file(Path(__file__).parent / "data" / "formats" / "scan_page.jpg")
    folder = tmp_path / "data"
    with open_store(Settings(engine="ladybug", data_dir=folder)) as store:
        store.upsert(ex)
    at = explorer(monkeypatch, folder)
    open_page(at, "van_ban")
    [info] = [el.value for el in at.info]
    assert info.startswith("Trang 1 (") and "OCR" in info and "độ tin cậy" in info
    page = at.get("html")[0].proto.body
    assert 'title="Số, ký hiệu: 413-KH/TU">413-KH/TU</span>' in page
    assert "Vấn đề (" in page or any("ocr_page" in w.value for w in at.warning)


# --- Ngày kỷ niệm ---------------------------------------------------------------------------------------

def test_anniversaries_of_2025_with_the_plans_that_name_them(monkeypatch: pytest.MonkeyPatch,
                                                              built_dir: Path) -> None:
    at = explorer(monkeypatch, built_dir, as_of=date(2025, 6, 1))
    open_page(at, "ngay_ky_niem")
    table = at.dataframe[0].value
    party = table[table["Ngày"] == "03/02/2025"]
    assert not party.empty and 95 in set(party["Lần thứ"])
    assert "Năm lẻ 5" in set(party["Hạng"])
    national_day = table[table["Ngày"] == "02/09/2025"]
    assert 80 in set(national_day["Lần thứ"]) and "Năm tròn" in set(national_day["Hạng"])
    assert any("172-KH/BTGTU" in plans for plans in party["Kế hoạch nhắc tới"])
    assert at.get("vega_lite_chart"), "no timeline"
    periods = at.dataframe[-1].value
    assert "Đợt I" in set(periods["Đợt"])


# --- Tải lên --------------------------------------------------------------------------------------------

def test_upload_preview_reports_each_file(monkeypatch: pytest.MonkeyPatch, built_dir: Path) -> None:
    at = explorer(monkeypatch, built_dir)
    open_page(at, "tai_len")
    sample = sample_files()[0]
    at.file_uploader(key="upload_files").upload(sample.name, sample.read_bytes(), "text/plain")
    at.file_uploader(key="upload_files").upload("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "application/pdf")
    at.run()
    at.button(key="upload_go").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(sample.name in s.value and "xem thử" in s.value for s in at.success)
    assert any("scan.pdf" in e.value for e in at.error)
    assert "1/2" in at.get("progress")[0].proto.text


# --- writes through a real API process ------------------------------------------------------------------

@pytest.fixture
def api_url(tmp_path: Path, built_dir: Path) -> Iterator[tuple[str, Path]]:
    """`planlink serve` over a copy of the hand-built store, with a token; the explorer reads the same folder."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(built_dir, data)
    port = free_port()
    env = {**os.environ, "PLANLINK_API_TOKEN": TOKEN, "PLANLINK_API_TOKEN_NAME": "explorer",
           "PLANLINK_ENGINE": "ladybug"}
    proc = subprocess.Popen([sys.executable, "-c", "from planlink.cli import main; main()", "serve",
                             "--data-dir", str(data), "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{url}/health", timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None, "planlink serve exited"
                time.sleep(0.1)
        yield url, data
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_mark_done_goes_through_the_api_and_shows(monkeypatch: pytest.MonkeyPatch,
                                                  api_url: tuple[str, Path]) -> None:
    url, data = api_url
    at = _unit(explorer(monkeypatch, data, api_url=url, as_of=date(2025, 1, 10)), "van hoa", "Cao Bằng")
    assert [b.proto.label for b in at.get("link_button")] == ["Lịch (ICS)", "CSV", "Excel"]
    ics = at.get("link_button")[0].proto.url
    with urllib.request.urlopen(ics) as resp:
        assert b"BEGIN:VCALENDAR" in resp.read()
    chosen = at.session_state["done_task"]  # the task id behind the picker's first, formatted option
    at.text_input(key="done_note").input("đã tổ chức")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Đã xong"] == "1"
    with open_store(Settings(engine="ladybug", data_dir=data, read_only=True)) as store:
        status = store.get_task(chosen).status
    assert status is not None and status.status == "done" and status.by == "explorer"
    assert status.note == "đã tổ chức" and status.date == "2025-01-10"


def test_upload_through_the_api_is_stored(monkeypatch: pytest.MonkeyPatch, api_url: tuple[str, Path]) -> None:
    url, data = api_url
    at = explorer(monkeypatch, data, api_url=url)
    before = {m.label: m.value for m in at.metric}["Văn bản đã nạp"]
    open_page(at, "tai_len")
    sample = sample_files()[1]
    at.file_uploader(key="upload_files").upload(sample.name, sample.read_bytes(), "text/plain").run()
    at.button(key="upload_go").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("đã thêm mới" in s.value for s in at.success)
    open_page(at, "tong_quan")
    after = {m.label: m.value for m in at.metric}["Văn bản đã nạp"]
    assert int(after) == int(before) + 1  # the explorer reopened its read-only store and sees the write


def test_document_page_warns_when_the_reading_is_doubtful(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    raw = ("KẾ HOẠCH\nTriển khai công tác năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
           + "".join(f"{n}. Sở Nội vụ chủ trì tổ chức\n\nHội nghị tổng kết\n\nNgành năm 2026.\n\n" for n in range(1, 6)))
    folder = tmp_path / "data"
    with open_store(Settings(engine="ladybug", data_dir=folder)) as store:
        store.upsert(extract_text(raw, source="vo-bo-cuc.txt"))
        store.upsert(spanned_plan())
    at = explorer(monkeypatch, folder)
    open_page(at, "van_ban")
    at.text_input(key="doc_filter").input("vo-bo-cuc").run()
    warning = next(w.value for w in at.warning if "cần kiểm tra lại" in w.value)
    assert "nhiều nhiệm vụ bị ngắt dòng" in warning and "không có số hiệu" in warning
    assert any("**Nhiều nhiệm vụ bị ngắt dòng** (`many_fragments`): 5/5 nhiệm vụ" in w.value for w in at.warning)
    # a clean reading carries no such warning
    at.text_input(key="doc_filter").input("172").run()
    assert not any("cần kiểm tra lại" in w.value for w in at.warning)
