"""Dev loop for the date extractors: deadlines per gold task item, events and periods per seed.

    .venv/bin/python scripts/dev_score_dates.py [--verbose]

Items are approximated from the raw seeds (the quote's line up to the next bullet or number),
so the figures measure loaders.deadlines / events / periods alone, not the task segmentation.
Comparisons follow ../shared/eval/score.py (deadline_ok, match_events, match_periods).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from loaders.deadlines import find_deadline  # noqa: E402
from loaders.events import find_events  # noqa: E402
from loaders.periods import find_periods  # noqa: E402

SAMPLES = ROOT / "planlink" / "samples"
GOLD = ROOT / "tests" / "data" / "gold"
SCORER = Path("/work/shared/eval/score.py")
_BULLET = re.compile(r"^\s*(?:[-+•–]\s|\d+(?:\.\d+)*[./)]?\s|[IVX]+[-.]\s|[a-zđ]\)\s)")
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def clean(text: str) -> str:
    return _BOOKMARK.sub("", text).replace("**", "").replace("*", "")


def item_of(text: str, quote: str) -> str | None:
    """The quote's line and the "Thời gian thực hiện: …" / "Giao X chủ trì …" lines right after it."""
    words = [re.escape(w) for w in quote.split()]
    m = re.search(r"\s+".join(words), text, re.IGNORECASE)
    if m is None:
        return None
    start = text.rfind("\n", 0, m.start()) + 1
    lines = text[start:].split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if line.strip() and not re.match(r"\s*(?:\(?\s*thời\s+(?:gian|hạn)|giao\s)", line, re.IGNORECASE):
            break
        out.append(line)
    return "\n".join(out).strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    score = _scorer()
    stats = {"events": score.Tally(), "periods": score.Tally(), "task_deadline": score.Ratio(),
             "event_anniversary_date": score.Ratio()}
    for gold_file in sorted(GOLD.glob("*.gold.json")):
        stem = gold_file.name[: -len(".gold.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = clean((SAMPLES / f"{stem}.txt").read_text(encoding="utf-8"))
        issued = gold["document"].get("issued_date")
        notes: list[str] = []
        for task in gold["tasks"]:
            item = item_of(text, task["quote"])
            if item is None:
                notes.append(f"quote not found «{task['quote']}»")
                stats["task_deadline"].add(False)
                continue
            pred = find_deadline(item, issued_date=issued).model_dump(mode="json")
            ok = score.deadline_ok(task.get("deadline"), pred)
            stats["task_deadline"].add(ok)
            if not ok:
                notes.append(f"deadline «{task['quote'][:50]}»\n        gold {task.get('deadline')}\n"
                             f"        got  { {k: v for k, v in pred.items() if v is not None} }")
        found = find_events(text, jurisdiction=None)
        events = [e.model_dump(mode="json") for e in found.events]
        periods = [p.model_dump(mode="json") for p in find_periods(text, issued_date=issued)]
        sink: dict = {"events": score.Tally(), "periods": score.Tally(), "event_anniversary_date": score.Ratio()}
        for target in (stats, sink):
            score.match_events(gold.get("events", []), events, notes if target is sink else [], target)
            score.match_periods(gold.get("periods", []), periods, notes if target is sink else [], target)
        print(f"{stem}: events F1 {sink['events'].f1:.2f} (gold {sink['events'].gold}, pred {sink['events'].pred})"
              f"  periods F1 {sink['periods'].f1:.2f} (gold {sink['periods'].gold}, pred {sink['periods'].pred})")
        if args.verbose:
            for note in notes:
                print(f"    {note}")
            gold_ev = {(e.get("date"), e.get("years")) for e in gold.get("events", [])}
            for e in events:
                if (e.get("date"), e.get("years")) not in gold_ev:
                    print(f"    extra event {e['name']} {e.get('date')} ({e.get('years')} năm)")
            gold_pe = {(p.get("start"), p.get("end")) for p in gold.get("periods", [])}
            for p in periods:
                if (p.get("start"), p.get("end")) not in gold_pe:
                    print(f"    extra period {p['name']} {p.get('start')}..{p.get('end')}")
            for p in found.problems:
                print(f"    problem {p.code}: {p.message}")
    d = stats["task_deadline"]
    print(f"\ndeadline accuracy {d.value:.3f} ({d.ok}/{d.n})")
    a = stats["event_anniversary_date"]
    print(f"event anniversary date {a.value:.3f} ({a.ok}/{a.n})")
    for k in ("events", "periods"):
        t = stats[k]
        print(f"{k:8s} P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}  (gold {t.gold}, pred {t.pred}, hit {t.hit})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
