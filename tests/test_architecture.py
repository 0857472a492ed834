"""The package as installed, and the direction of its imports (loaders → graph; api → graph, loaders;
ui → graph; graph → none of them)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "graph": {"loaders", "api", "ui", "planlink"},
    "loaders": {"api", "ui", "planlink"},
    "api": {"ui"},
    "ui": {"api"},
}


def test_graph_models_imports_from_the_installed_package(tmp_path: Path) -> None:
    """Run from an unrelated folder, so the repo is not on sys.path by accident: a generic name like
    `graph` must still resolve to planlink's own package."""
    code = "import graph.models as m, sys; print(m.__file__); print(m.Extraction.__name__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    path, name = out.stdout.split()
    assert Path(path).resolve() == (ROOT / "graph" / "models.py").resolve()
    assert name == "Extraction"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_dependency_direction(package: str) -> None:
    offenders = {
        str(f.relative_to(ROOT)): sorted(_imports(f) & FORBIDDEN[package])
        for f in (ROOT / package).rglob("*.py")
        if _imports(f) & FORBIDDEN[package]
    }
    assert not offenders, f"{package} must not import {sorted(FORBIDDEN[package])}: {offenders}"
