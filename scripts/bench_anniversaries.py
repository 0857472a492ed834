"""Prints how long the anniversary calculator takes over the shipped catalog (no store), per window size.

Run: .venv/bin/python scripts/bench_anniversaries.py
"""
from __future__ import annotations

import time
from datetime import date

from graph.anniversaries import anniversaries
from graph.catalog import load_catalog


def main() -> None:
    started = time.perf_counter()
    catalog = load_catalog()
    print(f"catalog: {len(catalog)} events, loaded in {(time.perf_counter() - started) * 1000:.1f} ms")
    for label, start, end in (
        ("90 days", date(2025, 3, 1), date(2025, 5, 29)),
        ("1 year", date(2025, 1, 1), date(2025, 12, 31)),
        ("10 years", date(2025, 1, 1), date(2034, 12, 31)),
        ("50 years", date(2025, 1, 1), date(2074, 12, 31)),
    ):
        for run in ("first", "again"):  # lunar-vn caches its new moons: the second run shows the steady cost
            started = time.perf_counter()
            default = anniversaries(start, end, catalog=catalog)
            everything = anniversaries(start, end, catalog=catalog, tier="all")
            took = (time.perf_counter() - started) * 1000 / 2
            print(f"{label:>8} ({run}): {took:8.1f} ms per call; {len(default)} by default, {len(everything)} in all")


if __name__ == "__main__":
    main()
