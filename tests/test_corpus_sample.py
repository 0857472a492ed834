"""Real documents as portals publish them (tests/data/corpus_sample, 26 of the 316-document corpus):
each extracts without an exception or a hang, and what comes out holds together — spans inside the
text, a plausible share of whole tasks, every task's text in the document."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from loaders.doubts import is_fragment
from loaders.pipeline import extract_file

SAMPLE = sorted(p for p in (Path(__file__).parent / "data" / "corpus_sample").glob("*.md") if p.name != "README.md")
HANG = 300  # seconds: a guard against a loop that never ends, not a measure of speed (scripts/ measure)


def _extract(path: Path) -> dict:
    ex = extract_file(path)
    spans = [t.span for t in ex.tasks] + [r.span for r in ex.references] + [e.span for e in ex.events]
    return {"tasks": [t.text for t in ex.tasks], "symbol": ex.document.symbol, "issuer": ex.document.issuer,
            "codes": [p.code for p in ex.problems], "text_len": len(ex.text),
            "spans_inside": all(s is None or 0 <= s.start <= s.end <= len(ex.text) for s in spans),
            # each task's span holds its opening words (a table row's task joins its cells: its first word)
            "tasks_in_text": all(t.span is not None and t.text.split()[0] in ex.text[t.span.start:t.span.end]
                                 for t in ex.tasks)}


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {path.name: pool.submit(_extract, path) for path in SAMPLE}
        return {name: future.result(timeout=HANG) for name, future in futures.items()}


def test_the_sample_is_there() -> None:
    assert len(SAMPLE) == 26


def test_every_file_extracts(results: dict[str, dict]) -> None:
    assert sorted(results) == [p.name for p in SAMPLE]
    for name, found in results.items():
        assert found["text_len"] > 0, name
        assert found["spans_inside"], name
        assert found["tasks_in_text"], name


def test_the_sample_reads_as_documents(results: dict[str, dict]) -> None:
    tasks = [t for found in results.values() for t in found["tasks"]]
    with_symbol = sum(1 for found in results.values() if found["symbol"])
    fragments = sum(1 for t in tasks if is_fragment(t))
    assert tasks and fragments <= 0.1 * len(tasks), f"{fragments} of {len(tasks)} tasks look like fragments"
    assert with_symbol >= 0.8 * len(results), f"only {with_symbol} of {len(results)} documents have a symbol"
    # a portal's banner never becomes the document's text
    for found in results.values():
        assert not any("THƯ VIỆN PHÁP LUẬT" in t or "Quý khách" in t for t in found["tasks"])
