"""A real headless Debian Chromium driven over the Chrome DevTools Protocol, for the browser tests.

The client is the `websockets` package Streamlit already depends on; no browser is downloaded.
"""
from __future__ import annotations

import base64
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
        self._ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=10)
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

    def wait_idle(self, *, timeout: float = 30.0) -> None:
        """Until Streamlit has finished its script run (no 'running' status widget) and the page is still."""
        self.wait_for("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout,
                      what="the script run to finish")
        time.sleep(0.8)  # charts and the diagram draw after the run

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
        clicked = self.evaluate(
            f"(() => {{ for (const el of document.querySelectorAll({json.dumps(selector)})) {{"
            # the last line: icons are ligatures whose names also count as innerText
            f" if (el.innerText.trim().split('\\n').pop().trim() === {json.dumps(text)}) {{"
            " el.click(); return true; } } return false; })()")
        assert clicked, f"nothing matching {selector!r} reads {text!r}"

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
            self._ws.close()
        finally:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            shutil.rmtree(self._profile, ignore_errors=True)
