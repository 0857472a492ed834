"""graph.engines: an engine chosen by name, and the store interface knowing none of them."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from graph.engines import ENGINES, engine, open_store
from graph.ladybug_store import LadybugStore
from graph.neo4j_store import Neo4jStore
from graph.settings import Settings

GRAPH = Path(__file__).resolve().parents[1] / "graph"


def _graph_imports(module: str) -> set[str]:
    tree = ast.parse((GRAPH / f"{module}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module} | {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}


def test_each_engine_is_found_by_its_name() -> None:
    assert engine("ladybug") == LadybugStore.from_settings
    assert engine("neo4j") == Neo4jStore.from_settings
    assert set(ENGINES) == {"ladybug", "neo4j"}


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="'ladybug' or 'neo4j'.*PLANLINK_ENGINE"):
        engine("kuzu")


def test_open_store_builds_the_named_engine(tmp_path: Path) -> None:
    with open_store(Settings(engine="ladybug", data_dir=tmp_path)) as store:
        assert isinstance(store, LadybugStore) and store.data_dir == tmp_path


def test_the_interface_imports_no_engine_and_no_engine_imports_the_factory() -> None:
    engines = {"graph.ladybug_store", "graph.neo4j_store", "graph.cypher_store", "graph.engines"}
    assert not _graph_imports("store") & engines
    for module in ("ladybug_store", "neo4j_store", "cypher_store"):
        assert "graph.engines" not in _graph_imports(module), module
