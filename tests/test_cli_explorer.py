"""planlink.cli.explorer: `planlink ui` serves the explorer, `planlink demo` refuses a folder it would mix
into, and the samples it loads ship with the package. (The demo's full run is in test_ui_browser.py.)"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planlink.cli import _register, app
from planlink.cli.explorer import explorer_command, load_samples, sample_files
from net import free_port, answers

_register()
runner = CliRunner()


def test_the_samples_ship_with_the_package() -> None:
    names = [p.name for p in sample_files()]
    assert len(names) == 5 and all(p.is_file() and p.suffix == ".txt" for p in sample_files())
    assert names == sorted(names)


def test_demo_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "graph.lbug").write_text("someone's data")
    result = runner.invoke(app, ["demo", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "is not empty" in result.output and "--data-dir" in result.output
    assert (tmp_path / "graph.lbug").read_text() == "someone's data"


def test_load_samples_stores_every_sample_through_the_pipeline(tmp_path: Path) -> None:
    from graph.settings import Settings
    from graph.engines import open_store

    lines = load_samples(tmp_path / "data")
    assert len(lines) == len(sample_files())
    assert any("413-KH/TU" in line for line in lines)
    with open_store(Settings(engine="ladybug", data_dir=tmp_path / "data", read_only=True)) as store:
        assert store.stats().documents == len(sample_files())


def test_the_explorer_command_runs_this_interpreter_on_the_shipped_app() -> None:
    cmd = explorer_command(port=8765, host="127.0.0.1")
    assert cmd[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert Path(cmd[4]).name == "app.py" and Path(cmd[4]).is_file()
    assert (Path(cmd[4]).parent / ".streamlit" / "config.toml").is_file()
    assert cmd[cmd.index("--server.port") + 1] == "8765"


def test_ui_serves_the_explorer_until_stopped(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", "from planlink.cli import main; main()", "ui",
                             "--data-dir", str(tmp_path), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as resp:
                    assert resp.read() == b"ok"
                    break
            except OSError:
                assert proc.poll() is None, "planlink ui exited"
                time.sleep(0.1)
        else:
            raise AssertionError("planlink ui did not answer within 30 s")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_demo_stops_both_services_when_stopped(tmp_path: Path, stop: signal.Signals) -> None:
    api_port, ui_port = free_port(), free_port()
    log = tmp_path / "demo.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-c", "from planlink.cli import main; main()", "demo",
                                 "--data-dir", str(tmp_path / "data"), "--api-port", str(api_port),
                                 "--ui-port", str(ui_port)], stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            for _ in range(1200):
                if f"Explorer: http://127.0.0.1:{ui_port}" in log.read_text():
                    break
                assert proc.poll() is None, log.read_text()[-2000:]
                time.sleep(0.1)
            assert answers(f"http://127.0.0.1:{api_port}/health")
            assert f"API:      http://127.0.0.1:{api_port}" in log.read_text()
        finally:
            proc.send_signal(stop)
            proc.wait(timeout=30)
    assert not answers(f"http://127.0.0.1:{api_port}/health")
    assert not answers(f"http://127.0.0.1:{ui_port}/_stcore/health")
