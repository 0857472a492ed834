"""`planlink load / delete / tasks / trace / units / obligations / search / periods / export` on a real
store in tmp_path, with the real extractor over the seed files."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

import planlink.cli.store  # noqa: F401  (registers the commands on app)
from planlink.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "planlink" / "samples"
runner = CliRunner()


def run(*args: str, ok: bool = True) -> str:
    result = runner.invoke(app, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code != 0, result.output
    return result.output if not ok else result.stdout


def as_json(*args: str) -> object:
    return json.loads(run(*args, "--json"))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("samples")
    for path in SAMPLES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    store = tmp_path_factory.mktemp("store")
    loaded = json.loads(run("load", str(folder), "--data-dir", str(store), "--json"))
    assert [r["outcome"] for r in loaded] == ["created"] * 5
    return str(store)


def test_load_again_is_unchanged_and_names_each_file(data_dir: str) -> None:
    text = run("load", str(SAMPLES / "000_be368ab34b8ed495.txt"), "--data-dir", data_dir)
    assert "unchanged" in text and "413-kh-tu-2019-cao-bang" in text and "1 loaded, 0 failed" in text


def test_load_reports_an_unreadable_file_and_fails(data_dir: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    out = run("load", str(missing), "--data-dir", data_dir, ok=False)
    assert "missing.txt" in out


def test_tasks_json_shape(data_dir: str) -> None:
    hits = as_json("tasks", "--search", "dai hoi", "--data-dir", data_dir)
    assert hits and {"id", "text", "plan", "lead", "support", "deadline"} <= set(hits[0])
    assert {"symbol", "issued_date", "issuer"} <= set(hits[0]["plan"])


def test_trace_json_reaches_the_directive(data_dir: str) -> None:
    found = as_json("trace", "20-kh-duk-2019-bac-ninh#t1", "--data-dir", data_dir)
    assert found["plan"]["symbol"] == "20-KH/ĐUK"
    sources = {(s["symbol"], s["issued_date"]): s for s in found["sources"]}
    assert sources[("35-CT/TW", "2019-05-30")]["depth"] == 1
    assert sources[("35-CT/TW", "2019-05-30")]["loaded"] is False
    assert "35-CT/TW" in sources[("35-CT/TW", "2019-05-30")]["evidence"]
    assert "35-CT/TW" in run("trace", "20-kh-duk-2019-bac-ninh#t1", "--data-dir", data_dir)


def test_units_and_obligations(data_dir: str) -> None:
    units = as_json("units", "--search", "so van hoa", "--data-dir", data_dir)
    unit = next(u for u in units if u["jurisdiction"] == "Cao Bằng")
    assert {"id", "name", "jurisdiction", "aliases"} <= set(unit)
    obligations = as_json("obligations", unit["id"], "--today", "2024-12-01", "--data-dir", data_dir)
    assert {o["plan"]["symbol"] for o in obligations} == {"413-KH/TU", "199-KH/TU", "390-KH/TU"}
    assert {"task_id", "text", "role", "plan", "deadline", "due_date", "status"} <= set(obligations[0])
    leads = as_json("obligations", unit["id"], "--role", "lead", "--data-dir", data_dir)
    assert leads and {o["role"] for o in leads} == {"lead"}


def test_bad_options_name_the_fix(data_dir: str) -> None:
    assert "YYYY-MM-DD" in run("obligations", "x", "--from", "1/2/2025", "--data-dir", data_dir, ok=False)
    assert "lead or support" in run("obligations", "x", "--role", "boss", "--data-dir", data_dir, ok=False)
    assert "units --search" in run("obligations", "nope", "--data-dir", data_dir, ok=False)
    assert "turtle" in run("export", "--format", "xml", "--data-dir", data_dir, ok=False)


def test_search_is_accent_insensitive(data_dir: str) -> None:
    kinds = {h["kind"] for h in as_json("search", "dai hoi", "--data-dir", data_dir)}
    assert "task" in kinds
    assert as_json("search", "dai hoi", "--data-dir", data_dir) == as_json("search", "Đại hội", "--data-dir", data_dir)


def test_periods_window(data_dir: str) -> None:
    everything = as_json("periods", "--data-dir", data_dir)
    window = as_json("periods", "--from", "2020-01-01", "--to", "2020-12-31", "--data-dir", data_dir)
    assert window and len(window) < len(everything)
    assert all(p["period"]["start"] is None or p["period"]["start"] <= "2020-12-31" for p in window)


def test_export_turtle_to_a_file(data_dir: str, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    run("export", "--format", "turtle", "--out", str(out), "--data-dir", data_dir)
    assert len(Graph().parse(out, format="turtle")) > 1000


def test_data_dir_defaults_to_the_environment(data_dir: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANLINK_DATA_DIR", data_dir)
    assert as_json("units", "--search", "so van hoa")


def test_queries_on_a_missing_store_say_how_to_make_one(tmp_path: Path) -> None:
    assert "planlink load" in run("tasks", "--data-dir", str(tmp_path / "none"), ok=False)


def test_delete_keeps_a_cited_document_as_a_citation(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    run("load", str(SAMPLES / "001_3d58be2be9bca5f6.txt"), "--data-dir", store)
    run("delete", "390-kh-tu-2024-cao-bang", "--data-dir", store)
    assert as_json("tasks", "--data-dir", store) == []
    assert "no document" in run("delete", "390-kh-tu-2024-cao-bang", "--data-dir", store, ok=False)
