"""End to end in a real headless Chromium: `planlink demo` serves the samples through the API and the explorer;
the browser opens the explorer, goes to Truy nguyên and Đơn vị as a person would (sidebar, search box, picker),
checks the rendered text, marks a task done, and keeps a screenshot of every page in artifacts/screenshots/."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from chromium import CHROMIUM, Browser
from net import free_port, answers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (apt-get install -y chromium)"),
]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """`planlink demo` in a fresh folder, stopped with Ctrl-C (SIGINT) at the end, as a person would."""
    folder = tmp_path_factory.mktemp("demo")
    api_port, ui_port = free_port(), free_port()
    log = (folder / "demo.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-c", "from planlink.cli import main; main()", "demo", "--data-dir", str(folder / "data"),
         "--api-port", str(api_port), "--ui-port", str(ui_port)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    urls = {"api": f"http://127.0.0.1:{api_port}", "ui": f"http://127.0.0.1:{ui_port}"}
    try:
        deadline = time.monotonic() + 120
        while "Explorer: " + urls["ui"] not in (folder / "demo.log").read_text():
            assert proc.poll() is None, "planlink demo exited:\n" + (folder / "demo.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "planlink demo did not start within 120 s"
            time.sleep(0.3)
        yield urls
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        log.close()
    assert not answers(urls["api"] + "/health") and not answers(urls["ui"] + "/_stcore/health"), \
        "Ctrl-C on planlink demo left a service running"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    b = Browser()
    try:
        yield b
    finally:
        b.close()


def _open(browser: Browser, demo: dict[str, str], nav_label: str, heading: str) -> None:
    """From the explorer's home, through the sidebar, as a person would."""
    browser.goto(demo["ui"])
    browser.wait_for_text("Tổng quan", "Văn bản đã nạp", timeout=60)
    browser.wait_idle()
    if nav_label != "Tổng quan":
        browser.click_text('[data-testid="stSidebarNav"] a', nav_label)
        browser.wait_for_text(heading)
        browser.wait_idle()


def _pick(browser: Browser, label: str, option: str) -> None:
    """Open the select box with this label and click the option, with the mouse."""
    browser.click(f"input[role='combobox'][aria-label='{label}'] + button")
    browser.wait_for("document.querySelector('[role=\"option\"]')", what=f"the options of {label!r}")
    browser.click_text('[role="option"]', option)
    browser.wait_idle()


def _metrics(browser: Browser) -> dict[str, str]:
    """The metric tiles as a person reads them: label → value."""
    tiles = browser.evaluate("Array.from(document.querySelectorAll('[data-testid=\"stMetric\"]'))"
                             ".map(m => m.innerText.trim().split('\\n').map(s => s.trim()).filter(Boolean))")
    return {lines[0]: lines[-1] for lines in tiles}


def test_a_bookmarked_page_opened_first_keeps_the_frame(browser: Browser, demo: dict[str, str]) -> None:
    # First request to a fresh server, straight to a page: it must still run inside app.py's frame
    # (Vietnamese navigation, wide layout), not alone as Streamlit's old folder-of-pages app would.
    browser.goto(demo["ui"] + "/ngay_ky_niem")
    browser.wait_for_text("Danh sách", timeout=60)
    browser.wait_idle()
    nav = browser.evaluate("document.querySelector('[data-testid=\"stSidebarNav\"]').innerText")
    assert "Ngày kỷ niệm" in nav and "Truy nguyên" in nav and "ngay ky niem" not in nav


def test_overview_shows_counts_and_the_next_anniversaries(browser: Browser, demo: dict[str, str]) -> None:
    _open(browser, demo, "Tổng quan", "Tổng quan")
    text = browser.text()
    assert _metrics(browser)["Văn bản đã nạp"] == "5"
    assert "Ngày kỷ niệm sắp tới" in text and "Nhiệm vụ đến hạn trong 30 ngày tới" in text
    browser.screenshot(SHOTS / "1_tong_quan.png")


def test_trace_of_a_tam_duong_task_in_the_browser(browser: Browser, demo: dict[str, str]) -> None:
    _open(browser, demo, "Truy nguyên", "Truy nguyên nhiệm vụ")
    browser.type_into("Tìm nhiệm vụ", "thuong xuyen don doc, kiem tra")
    browser.wait_for_text("171-KH/BTGTU", "chỉ biết qua trích dẫn", "Chuỗi văn bản")
    browser.wait_for("document.querySelector('[data-testid=\"stGraphVizChart\"] svg g.node')",
                     what="the trace diagram")
    browser.wait_idle()
    diagram = browser.evaluate("document.querySelector('[data-testid=\"stGraphVizChart\"] svg').textContent")
    assert "171-KH/BTGTU" in diagram and "Nhiệm vụ" in diagram
    text = browser.text()
    assert "Ban Tuyên giáo Huyện" in text  # the district board leads it
    assert "“Thực hiện" in text or "“" in text  # the quoted clause that links the plan to 171-KH/BTGTU
    browser.screenshot(SHOTS / "2_truy_nguyen.png")
    browser.click("[data-testid='stGraphVizChart'] svg a")  # the plan's box opens its text
    browser.wait_for_text("Tệp nguồn", "004_c8534f40af56dc42.txt")
    assert "/van_ban?doc=" in browser.evaluate("location.href")


def test_unit_obligations_and_mark_done_in_the_browser(browser: Browser, demo: dict[str, str]) -> None:
    _open(browser, demo, "Đơn vị", "Nghĩa vụ của đơn vị")
    browser.type_into("Tìm đơn vị", "so van hoa, the thao va du lich")
    browser.wait_idle()
    _pick(browser, "Địa bàn", "Cao Bằng")
    browser.wait_for_text("Quá hạn", "Bảng nhiệm vụ", "Lịch (ICS)")
    chosen = browser.evaluate("document.querySelector(\"input[role='combobox'][aria-label^='Đơn vị']\").value")
    assert chosen == "Sở Văn hóa, Thể thao và Du lịch — Cao Bằng"
    links = browser.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.href)")
    ics = next(href for href in links if "/calendar.ics" in href)
    assert ics.startswith(demo["api"] + "/units/")
    with urllib.request.urlopen(ics) as resp:
        calendar = resp.read().decode()
    assert "BEGIN:VCALENDAR" in calendar and "413-KH/TU" in calendar
    assert _metrics(browser)["Đã xong"] == "0"
    browser.screenshot(SHOTS / "3_don_vi.png")

    browser.click_text("button", "Đánh dấu đã xong")
    browser.wait_for(
        "Array.from(document.querySelectorAll('[data-testid=\"stMetric\"]'))"
        ".some(m => m.innerText.startsWith('Đã xong') && m.innerText.trim().endsWith('1'))",
        what="the task counted as done")
    browser.screenshot(SHOTS / "3b_don_vi_da_xong.png")


@pytest.mark.parametrize(("nav", "heading", "shot"), [
    ("Ngày kỷ niệm", "Ngày kỷ niệm", "4_ngay_ky_niem.png"),
    ("Văn bản", "Văn bản", "5_van_ban.png"),
    ("Tải lên", "Tải lên văn bản", "6_tai_len.png"),
])
def test_other_pages_render_in_the_browser(browser: Browser, demo: dict[str, str], nav: str, heading: str,
                                           shot: str) -> None:
    _open(browser, demo, nav, heading)
    text = browser.text()
    assert "Error" not in text and "Traceback" not in text
    browser.screenshot(SHOTS / shot)
