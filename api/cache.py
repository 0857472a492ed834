"""Recent answers to read requests, kept while the data they came from stands.

A GET of a read route is answered from memory when the same URL was answered before with the same
store data version on the same day (statuses like "due within 30 days" count from today). Only
stores that can say when their data changed are cached: the embedded store counts its own commits
(it is the only writer of its folder; a read-only store sees a fixed snapshot); a Neo4j server may
be written by others, so its answers are never kept. Responses carry `X-Planlink-Cache: hit|miss`.
"""
from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHED_PREFIXES = ("/tasks", "/units", "/search", "/periods", "/anniversaries", "/documents")


class ReadCache:
    def __init__(self, app: ASGIApp, *, entries: int = 4096, max_body_bytes: int = 1 << 20) -> None:
        self.app = app
        self.entries = entries
        self.max_body_bytes = max_body_bytes
        self._kept: OrderedDict[tuple[Any, ...], tuple[Message, bytes]] = OrderedDict()
        self.hits = self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(CACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        store = getattr(scope["app"].state, "store", None)
        version = store.data_version if store is not None else None
        if version is None:
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"], id(store), version, date.today())
        kept = self._kept.get(key)
        if kept is not None:
            self._kept.move_to_end(key)
            self.hits += 1
            start, body = kept
            await send({**start, "headers": [*start["headers"], (b"x-planlink-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
                message = {**message, "headers": [*message["headers"], (b"x-planlink-cache", b"miss")]}
            elif message["type"] == "http.response.body" and start is not None and size <= self.max_body_bytes:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if not message.get("more_body") and start["status"] == 200 and size <= self.max_body_bytes:
                    self._kept[key] = (start, b"".join(chunks))
                    if len(self._kept) > self.entries:
                        self._kept.popitem(last=False)
            await send(message)

        await self.app(scope, receive, keep)
