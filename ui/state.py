"""What every page of the explorer shares: its settings, the store opened read-only once per data version,
and the API client for writes.

LadybugDB lets one process write while others read, but a read-only connection keeps seeing the data as it was
when it opened (measured: a task marked done by the API stays open for it; a fresh read-only open, ~70 ms, sees
it). So the explorer reopens its store when the data folder's files change (see ``data_version``).
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st

from graph.anniversaries import anniversaries as graph_anniversaries
from graph.errors import NotFound, StoreError
from graph.settings import Settings
from graph.engines import open_store
from graph.store import Store
from graph.views import AnniversaryItem
from ui.api_client import ApiClient


def settings() -> Settings:
    """Settings from the environment (PLANLINK_*), always read-only: the explorer never writes directly."""
    return Settings(read_only=True)


def data_version(s: Settings) -> tuple:
    """A fingerprint of the embedded database's files; it changes whenever another process writes."""
    if s.engine != "ladybug" or not s.data_dir.exists():
        return ()
    return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                        for p in s.data_dir.iterdir() if p.is_file()))


class _Serialised:
    """The store behind a lock: Streamlit runs each browser session in its own thread, and one embedded
    connection is shared by all of them."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attr(*args, **kwargs)

        return locked


def _release(store: _Serialised) -> None:
    store.close()


@st.cache_resource(max_entries=1, on_release=_release, show_spinner="Đang mở kho dữ liệu…")
def _open(engine: str, data_dir: str, version: tuple, _s: Settings) -> _Serialised:
    # engine, data_dir and version are the cache key; the settings object itself is not hashed
    return _Serialised(open_store(_s))


def store() -> Store:
    """The shared read-only store for this data version; stops the page with a clear message if it is absent."""
    s = settings()
    if s.engine == "ladybug" and not _has_data(s.data_dir):
        st.warning(
            f"Chưa có dữ liệu trong thư mục `{s.data_dir}`. Nạp văn bản bằng `planlink load TỆP... "
            f"--data-dir {s.data_dir}` hoặc chạy `planlink demo` để xem dữ liệu mẫu.")
        st.stop()
    try:
        return _open(s.engine, str(s.data_dir), data_version(s), s)  # type: ignore[return-value]
    except StoreError as exc:
        st.error(f"Không mở được kho dữ liệu: {exc}")
        st.stop()


@st.cache_data(max_entries=64, show_spinner="Đang tính ngày kỷ niệm…")
def _anniversaries(start: date, end: date, tier: str, scope: str | None, data_dir: str, version: tuple,
                   _store: Store) -> list[AnniversaryItem]:
    # matching every mention against the catalog takes seconds on a large store (1.6 s at 200 documents),
    # and its answer only changes with the data: cached per data version
    return graph_anniversaries(start, end, tier=tier, store=_store, scope=scope)  # type: ignore[arg-type]


def anniversaries(start: date, end: date, *, tier: str = "default", scope: str | None = None) -> list[AnniversaryItem]:
    """graph.anniversaries over the shared store, cached until the data changes."""
    s = settings()
    return _anniversaries(start, end, tier, scope, str(s.data_dir), data_version(s), store())


def _has_data(data_dir: Path) -> bool:
    return data_dir.exists() and any(data_dir.iterdir())


def api_client() -> ApiClient | None:
    return ApiClient.from_settings(settings())


def today() -> date:
    """The day statuses are reckoned against: today, or the day chosen in the sidebar ("Tính đến ngày")."""
    chosen = st.session_state.get("as_of")
    return chosen if isinstance(chosen, date) else date.today()


def keep_choice(key: str, options: list[str], preferred: str | None = None) -> None:
    """Make a keyed picker's remembered choice one of its current options: a keyed widget keeps its value
    across reruns even when a new search has changed the options, and would show a stale item."""
    current = st.session_state.get(key)
    if current in options:
        return
    if preferred in options:
        st.session_state[key] = preferred
    elif options:
        st.session_state[key] = options[0]


def search_or_link(query: str, search: Callable[[str], list[Any]], get: Callable[[str], Any], *,
                   param: str, noun: str, hint: str, has_any: Callable[[], bool]) -> tuple[list[Any], str | None]:
    """A picker's items: what the search box finds, and, while the box is empty, the item a link
    (?param=ID) names, first. Returns the items and the linked id; with nothing to show, says why
    (no match, a hint, or an empty store) and stops the page."""
    text = query.strip()
    found = search(text)
    wanted = None if text else st.query_params.get(param)
    if wanted and all(item.id != wanted for item in found):
        try:
            found.insert(0, get(wanted))
        except NotFound:
            st.warning(f"Không có {noun} mã `{wanted}` trong kho; hãy chọn {noun} khác.")
    if not found:
        if text:
            st.info(f"Không tìm thấy {noun} nào khớp “{text}”.")
        else:
            st.info(hint if has_any() else f"Kho chưa có {noun} nào.")
        st.stop()
    return found, wanted
