"""planlink serve: the CLI starts uvicorn over the store in --data-dir, on a real socket."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from api_fixtures import TOKEN, load_seeds, settings_for
from graph.engines import open_store
from net import free_port


@pytest.mark.slow
def test_serve_answers_over_http_and_keeps_the_token_out_of_its_output(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    with open_store(settings_for(data_dir)) as store:
        load_seeds(store)
    port = free_port()
    env = {**os.environ, "PLANLINK_API_TOKEN": TOKEN}
    server = subprocess.Popen(
        [sys.executable, "-c", "from planlink.cli import main; main()", "serve", "--data-dir", str(data_dir),
         "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stdout.read().decode()
            try:
                health = httpx.get(f"{base}/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "planlink serve did not start within 60 s"
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["stats"]["documents"] >= 6
        denied = httpx.delete(f"{base}/documents/99-kh-tu-2024-cao-bang", headers={"Authorization": "Bearer no"})
        assert denied.status_code == 401
        deleted = httpx.delete(f"{base}/documents/99-kh-tu-2024-cao-bang",
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert deleted.status_code == 204
        assert httpx.get(f"{base}/documents/99-kh-tu-2024-cao-bang").status_code == 404
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode()
    assert "Uvicorn running" in output or "Application startup complete" in output
    assert TOKEN not in output
