"""Benchmark the explorer: how long each page's script run takes in Streamlit's AppTest over a store of N
documents (the seeds scaled by scripts/bench_store.py's corpus), plus the overview's "falling due" query and
the cost of reopening the read-only store after a write. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_ui.py --docs 1000 [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_store import corpus, percentiles, timed  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from graph.settings import Settings  # noqa: E402
from graph.engines import open_store  # noqa: E402

PAGES = {  # page → what a reader does on it
    "tong_quan": None,
    "truy_nguyen": ("trace_search", "tuyen truyen"),
    "don_vi": ("unit_search", "so van hoa"),
    "ngay_ky_niem": None,
    "van_ban": None,
    "tai_len": None,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="planlink-bench-ui-")) / "data"
    started = time.perf_counter()
    with open_store(Settings(engine="ladybug", data_dir=data)) as store:
        for ex in corpus(args.docs):
            store.upsert(ex)
        stats = store.stats()
    print(f"store: {args.docs} documents loaded in {time.perf_counter() - started:.1f} s — {stats}")

    settings = Settings(engine="ladybug", data_dir=data, read_only=True)
    print(f"open read-only store        {percentiles(timed(lambda: open_store(settings).close(), args.runs))}")
    with open_store(settings) as store:
        today = date(2025, 3, 1)
        due = timed(lambda: store.due_obligations(start=today, end=today + timedelta(days=30), today=today),
                    args.runs)
        print(f"due_obligations (30 days)   {percentiles(due)}  ({len(store.search_units('', limit=10**6))} units)")

    os.environ["PLANLINK_DATA_DIR"] = str(data)
    os.environ.pop("PLANLINK_API_URL", None)
    at = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=600)
    at.session_state["as_of"] = date(2025, 3, 1)
    at.run()  # imports and the first store open, not counted
    for page, action in PAGES.items():
        at.switch_page(f"screens/{page}.py").run()
        if action:
            at.text_input(key=action[0]).input(action[1]).run()
        assert not at.exception, [e.value for e in at.exception]
        print(f"page {page:<22} {percentiles(timed(at.run, args.runs))}")


if __name__ == "__main__":
    main()
