"""`planlink ui` (the Streamlit explorer) and `planlink demo` (the bundled samples loaded into a fresh folder,
served by the API and the explorer together: the README's one "run" command)."""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from planlink.cli import app

DataDir = Annotated[Path | None, typer.Option("--data-dir", help="store folder (default: PLANLINK_DATA_DIR)")]
_START_TIMEOUT = 60.0


def explorer_command(*, port: int, host: str) -> list[str]:
    """`streamlit run ui/app.py` with this interpreter, headless (no browser popped open, no usage stats)."""
    app_path = resources.files("ui") / "app.py"
    return [sys.executable, "-m", "streamlit", "run", str(app_path), "--server.port", str(port),
            "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false"]


def _explorer_cwd() -> str:
    # Streamlit reads .streamlit/config.toml (the theme) from its working directory only.
    return str(resources.files("ui"))


@app.command()
def ui(
    data_dir: DataDir = None,
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8501,
    host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 to serve the network")] = "127.0.0.1",
) -> None:
    """Open the explorer (Vietnamese). It reads the store read-only; writes go to the API named by
    PLANLINK_API_URL with PLANLINK_API_TOKEN."""
    env = dict(os.environ)
    if data_dir is not None:
        env["PLANLINK_DATA_DIR"] = str(data_dir.resolve())
    typer.echo(f"planlink explorer on http://{host}:{port}", err=True)
    # Become Streamlit rather than wait on it: a signal to `planlink ui` then reaches the server itself,
    # and no orphan is left behind when this process is stopped.
    cmd = explorer_command(port=port, host=host)
    os.chdir(_explorer_cwd())
    os.execve(cmd[0], cmd, env)


def sample_files() -> list[Path]:
    """The sample documents shipped with the package (planlink/samples/*.txt)."""
    folder = resources.files("planlink") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def load_samples(data_dir: Path) -> list[str]:
    """Extract and store every sample through the real pipeline and store; one line per document."""
    from graph.settings import Settings
    from graph.engines import open_store
    from loaders.pipeline import extract_file

    lines = []
    with open_store(Settings(engine="ladybug", data_dir=data_dir)) as store:
        for path in sample_files():
            ex = extract_file(path)
            result = store.upsert(ex)
            lines.append(f"  {path.name}: {ex.document.symbol or '(no symbol)'} — {result.tasks} tasks, "
                         f"{len(ex.references)} references, {len(ex.events)} events")
    return lines


def _wait_ready(url: str, proc: subprocess.Popen, name: str) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with code {proc.returncode} before answering at {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{name} did not answer at {url} within {_START_TIMEOUT:.0f} s")


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@app.command()
def demo(
    data_dir: DataDir = None,
    api_port: Annotated[int, typer.Option("--api-port", min=1, max=65535)] = 8000,
    ui_port: Annotated[int, typer.Option("--ui-port", min=1, max=65535)] = 8501,
    host: Annotated[str, typer.Option(help="address both listen on")] = "127.0.0.1",
) -> None:
    """Load the bundled sample documents into a fresh folder, then run the API and the explorer on it
    until Ctrl-C."""
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="planlink-demo-"))
    elif data_dir.exists() and any(data_dir.iterdir()):
        typer.echo(f"{data_dir} is not empty: the demo loads into a fresh folder; pass a new or empty "
                   "--data-dir, or omit it for a temporary one.", err=True)
        raise typer.Exit(2)
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    typer.echo(f"Loading {len(sample_files())} sample documents into {data_dir}")
    for line in load_samples(data_dir):
        typer.echo(line)

    # A token for this run only: the explorer writes (mark done, upload) through the API with it.
    token = secrets.token_urlsafe(24)
    api_url = f"http://{host}:{api_port}"
    env = {**os.environ, "PLANLINK_ENGINE": "ladybug", "PLANLINK_DATA_DIR": str(data_dir),
           "PLANLINK_API_TOKEN": token, "PLANLINK_API_URL": api_url, "PLANLINK_API_TOKEN_NAME": "explorer"}
    serve = [sys.executable, "-c", "from planlink.cli import main; main()", "serve",
             "--data-dir", str(data_dir), "--host", host, "--port", str(api_port)]
    procs: list[subprocess.Popen] = []
    # `kill` (SIGTERM) or a closed terminal (SIGHUP) stop both services as Ctrl-C does, instead of
    # ending this process and leaving them running.
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _interrupt)
    try:
        procs.append(subprocess.Popen(serve, env=env))
        _wait_ready(f"{api_url}/health", procs[0], "the API")
        procs.append(subprocess.Popen(explorer_command(port=ui_port, host=host), env=env, cwd=_explorer_cwd()))
        _wait_ready(f"http://{host}:{ui_port}/_stcore/health", procs[1], "the explorer")
        typer.echo(f"\nAPI:      {api_url}  (docs: {api_url}/docs)\nExplorer: http://{host}:{ui_port}\n"
                   f"Data:     {data_dir}\nCtrl-C stops both.")
        while all(proc.poll() is None for proc in procs):
            time.sleep(0.5)
        typer.echo("A service stopped; stopping the other.", err=True)
        raise typer.Exit(1)
    except KeyboardInterrupt:
        typer.echo("\nStopping…")
    except RuntimeError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    finally:
        _stop(procs)
