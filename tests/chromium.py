"""A real headless Debian Chromium driven over the Chrome DevTools Protocol, for the browser tests.

The client is the `websockets` package Streamlit already depends on; no browser is downloaded.
"""
from __future__ import annotations

import base64
import contextlib
import itertools
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
         "--lang=vi-VN", "--remote-debugging-port=0"]


class Browser:
    """One Chromium process with one page; `evaluate` runs JavaScript in the page and returns its value."""

    def __init__(self, *, width: int = 1440, height: int = 1000) -> None:
        if CHROMIUM is None:
            raise RuntimeError("chromium is not installed: apt-get install -y chromium")
        self._profile = tempfile.mkdtemp(prefix="planlink-chromium-")
        self._proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--window-size={width},{height}",
                                       f"--user-data-dir={self._profile}", "about:blank"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._devtools_port()
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        page = next(t for t in targets if t["type"] == "page")
        # websockets 17 wants its connection used as a context manager; the stack closes it in close()
        self._stack = contextlib.ExitStack()
        self._ws = self._stack.enter_context(connect(page["webSocketDebuggerUrl"], max_size=None,
                                                     open_timeout=10))
        self._ids = itertools.count(1)
        self._width, self._height = width, height
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=False)

    def _devtools_port(self) -> int:
        marker = Path(self._profile) / "DevToolsActivePort"
        for _ in range(200):
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text().split()[0])
            if self._proc.poll() is not None:
                raise RuntimeError(f"chromium exited with code {self._proc.returncode}")
            time.sleep(0.05)
        raise RuntimeError("chromium did not open its DevTools port within 10 s")

    def send(self, method: str, **params: Any) -> dict:
        """One CDP command; events arriving meanwhile are skipped."""
        msg_id = next(self._ids)
        self._ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self._ws.recv(timeout=60))
            if reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def goto(self, url: str) -> None:
        self.send("Page.navigate", url=url)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"JavaScript failed: {result['exceptionDetails'].get('text')}: {expression[:200]}")
        return result["result"].get("value")

    def text(self) -> str:
        """What a person reads on the page: the rendered text of the body."""
        return self.evaluate("document.body ? document.body.innerText : ''") or ""

    def wait_for(self, condition: str, *, timeout: float = 30.0, what: str = "") -> None:
        """Poll a JavaScript condition until it is true; fail naming it and showing the page's text."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(f"Boolean({condition})"):
                return
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what or condition}; the page shows:\n{self.text()[:2000]}")

    def wait_for_text(self, *needles: str, timeout: float = 30.0) -> None:
        checks = " && ".join(f"document.body.innerText.includes({json.dumps(n)})" for n in needles)
        self.wait_for(f"document.body && {checks}", timeout=timeout, what=f"text {needles!r}")

    def wait_idle(self, *, timeout: float = 60.0, still: float = 1.5) -> None:
        """Until Streamlit reports no script run (stApp's data-test-script-state) and the page text has stayed
        the same for `still` seconds: a run starts a moment after the click that causes it, and elements
        keep drawing for a while after it ends."""
        deadline = time.monotonic() + timeout
        last, since = None, time.monotonic()
        while time.monotonic() < deadline:
            state = self.evaluate("(document.querySelector('[data-test-script-state]') || {getAttribute: () => ''})"
                                  ".getAttribute('data-test-script-state')")
            now = self.text()
            if state != "notRunning" or now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= still:
                return
            time.sleep(0.2)
        raise AssertionError(f"the page never settled; it shows:\n{(last or '')[:2000]}")

    def type_into(self, label: str, text: str) -> None:
        """Focus the text box with this aria-label, type the text as keystrokes and press Enter."""
        found = self.evaluate(
            f"(() => {{ const el = document.querySelector('input[aria-label={json.dumps(label)}]');"
            " if (!el) return false; el.focus(); el.select(); return true; })()")
        assert found, f"no text box labelled {label!r}"
        self.send("Input.insertText", text=text)
        enter = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
        self.send("Input.dispatchKeyEvent", type="keyDown", text="\r", **enter)
        self.send("Input.dispatchKeyEvent", type="keyUp", **enter)

    def click_text(self, selector: str, text: str) -> None:
        """A real mouse click (pressed and released at its centre) on the element matching `selector` whose
        last line of text is `text`; widgets built on pointer events ignore a scripted el.click()."""
        rect = self.evaluate(
            f"(() => {{ for (const el of document.querySelectorAll({json.dumps(selector)})) {{"
            # the last line: icons are ligatures whose names also count as innerText
            f" if (el.innerText.trim().split('\\n').pop().trim() === {json.dumps(text)}) {{"
            " el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; } } return null; })()")
        assert rect, f"nothing matching {selector!r} reads {text!r}"
        self.click_at(*rect)

    def click_at(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def click(self, selector: str) -> None:
        rect = self.evaluate(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)}); if (!el) return null;"
            " el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        assert rect, f"nothing matches {selector!r}"
        self.click_at(*rect)

    def screenshot(self, path: Path) -> Path:
        """The whole page as PNG: the window is stretched to the content's height first, because Streamlit
        scrolls inside its own container and nothing below the window would be painted."""
        height = self.evaluate(
            "Math.max(...['stMain', 'stAppViewContainer', 'stSidebarContent'].map(id =>"
            " (document.querySelector(`[data-testid=\"${id}\"]`) || {scrollHeight: 0}).scrollHeight),"
            " document.documentElement.scrollHeight)")
        full = min(max(int(height or 0), self._height), 6000)
        self.send("Emulation.setDeviceMetricsOverride", width=self._width, height=full, deviceScaleFactor=1,
                  mobile=False)
        time.sleep(1.0)  # let Streamlit re-lay out and charts redraw at the new size
        shot = self.send("Page.captureScreenshot", format="png")
        self.send("Emulation.setDeviceMetricsOverride", width=self._width, height=self._height,
                  deviceScaleFactor=1, mobile=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def close(self) -> None:
        try:
            self._stack.close()
        finally:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            shutil.rmtree(self._profile, ignore_errors=True)
