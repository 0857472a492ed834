"""api.gate: writes one at a time; readers held out of a write only when the store needs it."""
from __future__ import annotations

import threading
import time

from api.gate import StoreGate


def _run_together(*targets) -> None:
    threads = [threading.Thread(target=t) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
        assert not thread.is_alive()


def test_writes_never_overlap() -> None:
    gate, inside, overlaps = StoreGate(isolate_readers=False), [0], []

    def write() -> None:
        for _ in range(20):
            with gate.writing():
                inside[0] += 1
                overlaps.append(inside[0])
                time.sleep(0.0005)
                inside[0] -= 1

    _run_together(write, write, write)
    assert max(overlaps) == 1 and len(overlaps) == 60


def test_isolated_readers_never_see_a_write_in_progress() -> None:
    gate, state, seen = StoreGate(isolate_readers=True), {"writing": False}, []

    def write() -> None:
        for _ in range(20):
            with gate.writing():
                state["writing"] = True
                time.sleep(0.001)
                state["writing"] = False

    def read() -> None:
        for _ in range(200):
            with gate.reading():
                seen.append(state["writing"])

    _run_together(write, read, read, read)
    assert len(seen) == 600 and not any(seen)


def test_readers_run_together_and_beside_a_write_when_the_store_isolates_them() -> None:
    gate, entered = StoreGate(isolate_readers=False), threading.Barrier(3, timeout=5)

    def read() -> None:
        with gate.reading():
            entered.wait()  # all three inside at once, or the barrier times out

    with gate.writing():
        _run_together(read, read, read)
