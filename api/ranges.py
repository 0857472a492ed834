"""The `from` / `to` query pair shared by the date-range routes."""
from __future__ import annotations

from datetime import date

from api.errors import ApiError


def check_range(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise ApiError(400, "invalid_range", f"from={start.isoformat()} is after to={end.isoformat()}; "
                       "swap them")
