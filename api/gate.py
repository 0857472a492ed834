"""The store's door: one writer at a time, and readers kept out of a half-done write when the store
cannot isolate them itself (Store.concurrent_reads is False: one connection shared by all threads,
where a read during a write would see the write's uncommitted rows).

Not tied to threads: a request may enter in one worker thread and leave in another.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class StoreGate:
    def __init__(self, *, isolate_readers: bool) -> None:
        self.isolate_readers = isolate_readers
        self._writer = threading.Lock()  # writes queue here, in arrival order (roughly)
        self._state = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        if not self.isolate_readers:
            yield
            return
        with self._state:
            # a waiting or running write goes first, so a stream of reads cannot starve it
            self._state.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._state:
                self._readers -= 1
                if self._readers == 0:
                    self._state.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._writer:
            if not self.isolate_readers:
                yield
                return
            with self._state:
                self._writing = True
                self._state.wait_for(lambda: self._readers == 0)
            try:
                yield
            finally:
                with self._state:
                    self._writing = False
                    self._state.notify_all()
