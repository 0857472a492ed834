"""Our own scorer for the seed regression gate: the same matching rules as the gold SPEC
(quote containment for tasks, symbol + year for references, date + ordinal for events, exact
bounds for periods, prefix-or-near unit names), written here so the gate needs nothing outside the repo.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from graph.folding import fold as _fold

_ABBR = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "mttq": "mat tran to quoc",
         "ubmttq": "uy ban mat tran to quoc", "btg": "ban tuyen giao", "vhttdl": "van hoa the thao va du lich"}


def fold(text: str | None) -> str:
    text = _fold(text)
    text = re.sub(r"[*_`]", "", text)
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"[\u201c\u201d\u201e\u00ab\u00bb]", '"', text)


def _tokens(name: str | None) -> list[str]:
    out: list[str] = []
    for word in re.findall(r"[a-z0-9&-]+", fold(name)):
        out.extend(_ABBR.get(word, word).split())
    return out


def same_unit(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long_[: len(short)] == short or SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() >= 0.9


def _sym(s: str | None) -> str:
    return re.sub(r"^so:?", "", re.sub(r"\s+", "", fold(s)))


@dataclass
class Count:
    gold: int = 0
    pred: int = 0
    hit: int = 0

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.hit / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    n: int = 0
    ok: int = 0

    def add(self, good: bool) -> None:
        self.n += 1
        self.ok += bool(good)

    @property
    def value(self) -> float:
        return self.ok / self.n if self.n else 1.0


@dataclass
class Score:
    references: Count = field(default_factory=Count)
    tasks: Count = field(default_factory=Count)
    events: Count = field(default_factory=Count)
    periods: Count = field(default_factory=Count)
    lead: Ratio = field(default_factory=Ratio)
    deadline: Ratio = field(default_factory=Ratio)
    document: Ratio = field(default_factory=Ratio)
    misses: list[str] = field(default_factory=list)

    @property
    def headline(self) -> float:
        parts = [self.references.f1, self.tasks.recall, self.tasks.precision, self.lead.value,
                 self.deadline.value, self.events.f1, self.periods.f1, self.document.value]
        return sum(parts) / len(parts)


def _deadline_ok(g: dict, p: dict) -> bool:
    kind, pk = g.get("kind", "none"), p.get("kind", "none")
    if kind in ("date", "period") and pk in ("date", "period") and kind != pk:
        return p.get("due") == g.get("due")
    if pk != kind:
        return False
    if kind == "date":
        return p.get("due") == g.get("due")
    if kind == "period":
        return p.get("due") == g.get("due") and (not g.get("start") or p.get("start") == g.get("start"))
    if kind == "relative":
        ga, pa = fold(g.get("anchor")), fold(p.get("anchor"))
        anchor_ok = not ga or ga[:12] in pa or SequenceMatcher(None, ga, pa).ratio() >= 0.6
        return p.get("offset_days") == g.get("offset_days") and anchor_ok
    if kind == "recurring":
        return fold(p.get("rule")).replace(" ", "") == fold(g.get("rule")).replace(" ", "")
    return True


def score_document(gold: dict, pred: dict, total: Score) -> None:
    name = gold.get("source", "?")
    gd, pd = gold.get("document", {}), pred.get("document") or {}
    total.document.add(_sym(gd.get("symbol")) == _sym(pd.get("symbol")) if gd.get("symbol") else not pd.get("symbol"))
    total.document.add(bool(pd.get("issuer")) and same_unit(gd["issuer"], pd["issuer"]) if gd.get("issuer") else True)
    total.document.add(gd.get("issued_date") == pd.get("issued_date"))

    used: set[int] = set()
    for g in gold.get("references", []):
        gy = (g.get("issued_date") or "")[:4]
        for i, p in enumerate(pred.get("references", [])):
            py = (p.get("issued_date") or "")[:4]
            if i not in used and _sym(p.get("symbol")) == _sym(g.get("symbol")) and (not gy or not py or gy == py):
                used.add(i)
                break
        else:
            total.misses.append(f"{name}: reference {g.get('symbol')}")
    total.references.gold += len(gold.get("references", []))
    total.references.pred += len(pred.get("references", []))
    total.references.hit += len(used)

    texts = [fold(p.get("text")) for p in pred.get("tasks", [])]
    used = set()
    for g in gold.get("tasks", []):
        q = fold(g["quote"])
        found = next((i for i, t in enumerate(texts) if i not in used and q in t), None)
        if found is None:
            total.misses.append(f"{name}: task «{g['quote']}»")
            if g.get("lead"):
                total.lead.add(False)
            total.deadline.add(False)
            continue
        used.add(found)
        p = pred["tasks"][found]
        if g.get("lead"):
            ok = all(any(same_unit(gl, pl) for pl in p.get("lead") or []) for gl in g["lead"])
            total.lead.add(ok)
            if not ok:
                total.misses.append(f"{name}: lead of «{g['quote']}»")
        ok = _deadline_ok(g.get("deadline") or {}, p.get("deadline") or {})
        total.deadline.add(ok)
        if not ok:
            total.misses.append(f"{name}: deadline of «{g['quote']}»")
    total.tasks.gold += len(gold.get("tasks", []))
    total.tasks.pred += len(texts)
    total.tasks.hit += len(used)

    used = set()
    for g in gold.get("events", []):
        gdte = g.get("date") or ""
        found = next((i for i, p in enumerate(pred.get("events", [])) if i not in used
                      and (p.get("date") or "")[: len(gdte)] == gdte and len(p.get("date") or "") >= len(gdte)
                      and (g.get("years") is None or p.get("years") == g.get("years"))), None)
        if found is None:
            total.misses.append(f"{name}: event {g.get('name')} {gdte}")
        else:
            used.add(found)
    total.events.gold += len(gold.get("events", []))
    total.events.pred += len(pred.get("events", []))
    total.events.hit += len(used)

    used = set()
    for g in gold.get("periods", []):
        found = next((i for i, p in enumerate(pred.get("periods", [])) if i not in used
                      and p.get("start") == g.get("start") and p.get("end") == g.get("end")), None)
        if found is None:
            total.misses.append(f"{name}: period {g.get('name')}")
        else:
            used.add(found)
    total.periods.gold += len(gold.get("periods", []))
    total.periods.pred += len(pred.get("periods", []))
    total.periods.hit += len(used)
