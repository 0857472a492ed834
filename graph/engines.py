"""The engines by name, and open_store, which builds the one a Settings names: the store interface
(graph.store) knows none of them, and an engine's package is imported only when it is chosen."""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from graph.settings import Settings
from graph.store import Store

# name → "module:class"; the class builds itself from Settings (from_settings)
ENGINES: dict[str, str] = {
    "ladybug": "graph.ladybug_store:LadybugStore",
    "neo4j": "graph.neo4j_store:Neo4jStore",
}


def engine(name: str) -> Callable[[Settings], Store]:
    """The builder of the engine called ``name``."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}: choose {' or '.join(map(repr, ENGINES))} (PLANLINK_ENGINE)")
    module, cls = ENGINES[name].split(":")
    return getattr(import_module(module), cls).from_settings


def open_store(settings: Settings) -> Store:
    """The engine named by ``settings.engine``, opened with those settings."""
    return engine(settings.engine)(settings)
