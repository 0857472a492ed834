"""Errors of the loaders: raised only when a file cannot be read at all."""
from __future__ import annotations

from pathlib import Path

from graph.errors import PlanlinkError


class UnreadableDocument(PlanlinkError):
    """A file that yields no usable text; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
