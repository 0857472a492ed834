"""Which catalog event a document's dated event is: same origin date and a similar folded name.
A document event that matches none becomes an event of its own, sourced to the documents naming it.
"""
from __future__ import annotations

import hashlib
import re

from graph.catalog import CatalogEvent
from graph.folding import fold
from graph.views import EventMention

# Words every anniversary phrase carries; they say nothing about which event it is. "năm" and "Nam"
# fold alike, so "Việt Nam" is joined into one word before they are dropped.
_FILLER = frozenset(
    "ngay nam ky niem le cua va voi the cac nhung tai tu den lan thu truyen thong dau tien chu tich "
    "dong chi".split()
)
_WORD = re.compile(r"[a-z0-9]+")
_SAME_EVENT = 0.6  # share of the shorter name's words found in the other
_NAME_ONLY = 0.8  # for observances without an origin (Tết), the name alone must match closely


def words(name: str) -> frozenset[str]:
    """The folded words of an event's name that tell it apart from others."""
    folded = fold(name).replace("viet nam", "vietnam").replace("ho chi minh", "hochiminh")
    return frozenset(w for w in _WORD.findall(folded) if w not in _FILLER)


def similarity(a: str, b: str) -> float:
    left, right = words(a), words(b)
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def same_origin(stated: str | None, origin: str | None) -> bool:
    """"1950" and "1950-10-03" agree (one is less precise); "1950-10-03" and "1950-10-14" do not."""
    if not stated or not origin:
        return False
    return stated.startswith(origin) or origin.startswith(stated)


def match(mention: EventMention, catalog: list[CatalogEvent]) -> CatalogEvent | None:
    """The catalog event the mention names, or None."""
    stated = mention.event
    best, best_score = None, 0.0
    for event in catalog:
        if event.origin is None:
            threshold = _NAME_ONLY
        elif same_origin(stated.date, event.origin):
            threshold = _SAME_EVENT
        else:
            continue
        score = max(similarity(stated.name, name) for name in (event.name, *event.aliases))
        if score < threshold:
            continue
        if stated.date == event.origin:  # on a tie the exact date wins: "1950-10-03" over "1950"
            score += 0.01
        if score > best_score:
            best, best_score = event, score
    return best


def attach_mentions(
    catalog: list[CatalogEvent], mentions: list[EventMention],
) -> list[tuple[CatalogEvent, list[EventMention]]]:
    """Every catalog event with the mentions that name it, then the documents' own events (one per
    distinct date and name) with theirs. Mentions without an origin date name nothing datable."""
    linked: dict[str, list[EventMention]] = {event.id: [] for event in catalog}
    own: list[tuple[CatalogEvent, list[EventMention]]] = []
    for mention in mentions:
        found = match(mention, catalog)
        if found is not None:
            linked[found.id].append(mention)
            continue
        if not mention.event.date:
            continue
        for event, group in own:
            if same_origin(mention.event.date, event.origin) and similarity(mention.event.name, event.name) >= _SAME_EVENT:
                group.append(mention)
                break
        else:
            own.append((_document_event(mention), [mention]))
    result = [(event, linked[event.id]) for event in catalog]
    for event, group in own:
        result.append((event.model_copy(update={"source": _sources(group)}), group))
    return result


def _document_event(mention: EventMention) -> CatalogEvent:
    stated = mention.event
    key = hashlib.sha1(f"{stated.date}|{' '.join(sorted(words(stated.name)))}".encode()).hexdigest()[:10]
    # A lunar event a document dates is kept by its year only: the text gives no lunar day to repeat.
    origin = stated.date[:4] if stated.lunar else stated.date
    return CatalogEvent(
        id=f"doc-{key}", name=stated.name, category="document", origin=origin,
        source=_sources([mention]),
    )


def _sources(group: list[EventMention]) -> str:
    names = []
    for mention in group:
        doc = mention.document
        label = " ".join(part for part in (doc.doc_type, doc.symbol) if part) or doc.id
        if doc.issuer:
            label += f" ({doc.issuer})"
        if label not in names:
            names.append(label)
    return "; ".join(names)
