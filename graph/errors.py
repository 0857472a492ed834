"""Errors of the graph package; the API maps each class to one HTTP status and one JSON shape."""
from __future__ import annotations


class PlanlinkError(Exception):
    """Base of every planlink error; the message names the offending value and the fix."""


class NotFound(PlanlinkError):
    """An id that names nothing in the store."""


class StoreError(PlanlinkError):
    """The store could not be opened or written."""


class StoreUnavailable(StoreError):
    """The configured engine is not installed or not reachable."""


class InvalidInput(PlanlinkError):
    """A value the caller passed is not acceptable (bad date, unknown format...)."""
