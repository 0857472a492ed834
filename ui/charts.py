"""The explorer's pictures: the trace as a Graphviz diagram, and timelines (obligations, anniversaries and
campaign periods) as Altair charts with the status colours of ui.labels."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import altair as alt
import pandas as pd

from graph.views import Obligation, Trace
from ui.labels import STATUS_COLOURS, STATUS_LABELS, deadline_label, vn_date
from ui.tables import plan_label


def _dot_text(text: str, width: int = 38) -> str:
    """Escape for a DOT label and wrap each line on word boundaries (\\n = centred line break)."""
    lines: list[str] = []
    for paragraph in text.replace("\\", "/").replace('"', "'").split("\n"):
        line = ""
        for word in paragraph.split():
            if line and len(line) + len(word) + 1 > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    if len(lines) > 5:
        lines = lines[:5]
        lines[-1] += " …"
    return "\\n".join(lines)


def trace_dot(trace: Trace) -> str:
    """task → its plan → what the plan implements → … ; documents known only by citation are dashed."""
    task = trace.task
    task_text = task.text if len(task.text) <= 140 else task.text[:140] + "…"
    out = [
        "digraph trace {",
        '  rankdir=BT; bgcolor="transparent"; nodesep=0.4; ranksep=0.5;',
        '  node [shape=box, style="rounded,filled", fontname="Noto Sans", fontsize=11, color="#5d6d7e"];',
        '  edge [fontname="Noto Sans", fontsize=9, color="#7f8c8d", fontcolor="#566573"];',
        f'  "task" [label="Nhiệm vụ\\n{_dot_text(task_text)}", fillcolor="#fdf6e3"];',
        f'  "{trace.plan.id}" [label="{_dot_text(_doc_label(trace.plan.doc_type, trace.plan.symbol, trace.plan.issuer, trace.plan.issued_date))}", fillcolor="#d6eaf8", penwidth=1.5];',
        f'  "task" -> "{trace.plan.id}" [label="thuộc"];',
    ]
    for src in trace.sources:
        label = _doc_label(src.doc_type, src.symbol, src.issuer, src.issued_date)
        if src.loaded:
            style = 'fillcolor="#d5f5e3"'
        else:
            label += "\n(chỉ biết qua trích dẫn)"
            style = 'fillcolor="#f4f6f6", style="rounded,filled,dashed"'
        out.append(f'  "{src.id}" [label="{_dot_text(label)}", {style}];')
        parent = src.via or trace.plan.id
        out.append(f'  "{parent}" -> "{src.id}" [label="thực hiện"];')
    out.append("}")
    return "\n".join(out)


def _doc_label(doc_type: str | None, symbol: str | None, issuer: str | None, issued: str | None) -> str:
    head = plan_label(doc_type, symbol)
    tail = " · ".join(part for part in (issuer, vn_date(issued)) if part)
    return f"{head}\n{tail}" if tail else head


def _status_scale() -> alt.Scale:
    return alt.Scale(domain=list(STATUS_LABELS.values()), range=[STATUS_COLOURS[k] for k in STATUS_LABELS])


def obligations_timeline(items: Sequence[Obligation], *, today: date) -> alt.Chart | None:
    """A Gantt-style chart: a bar from a period's start to its due date, a diamond for a single due date."""
    rows = []
    for o in items:
        if not o.due_date or len(o.due_date) != 10:
            continue
        start = o.deadline.start if o.deadline.kind == "period" and o.deadline.start else o.due_date
        if len(start) != 10:
            start = o.due_date
        short = o.text if len(o.text) <= 60 else o.text[:60] + "…"
        rows.append({"Nhiệm vụ": short, "Bắt đầu": start, "Hạn chót": o.due_date,
                     "Trạng thái": STATUS_LABELS[o.status], "Thời hạn": deadline_label(o.deadline),
                     "Văn bản": plan_label(o.plan.doc_type, o.plan.symbol), "Đoạn": start != o.due_date})
    if not rows:
        return None
    frame = pd.DataFrame(rows)
    frame["Bắt đầu"] = pd.to_datetime(frame["Bắt đầu"])
    frame["Hạn chót"] = pd.to_datetime(frame["Hạn chót"])
    y = alt.Y("Nhiệm vụ:N", sort=alt.EncodingSortField("Hạn chót"), title=None,
              axis=alt.Axis(labelLimit=320))
    colour = alt.Color("Trạng thái:N", scale=_status_scale(), legend=alt.Legend(orient="top", title=None))
    tooltip = ["Nhiệm vụ", "Thời hạn", "Trạng thái", "Văn bản"]
    base = alt.Chart(frame)
    bars = base.transform_filter("datum['Đoạn']").mark_bar(cornerRadius=3, height=12).encode(
        x=alt.X("Bắt đầu:T", title=None, axis=alt.Axis(format="%d/%m/%Y")), x2="Hạn chót:T",
        y=y, color=colour, tooltip=tooltip)
    points = base.transform_filter("!datum['Đoạn']").mark_point(shape="diamond", size=120, filled=True).encode(
        x="Hạn chót:T", y=y, color=colour, tooltip=tooltip)
    rule = alt.Chart(pd.DataFrame({"Hôm nay": [pd.Timestamp(today)]})).mark_rule(
        color="#2c3e50", strokeDash=[4, 3]).encode(x="Hôm nay:T")
    height = max(120, 26 * frame["Nhiệm vụ"].nunique())
    return alt.layer(bars, points, rule).properties(height=height)


def calendar_timeline(marks: pd.DataFrame, spans: pd.DataFrame, *, start: date, end: date) -> alt.Chart:
    """Anniversaries as points on their day (one lane per tier) over campaign periods drawn as bands.

    ``marks``: columns Ngày (date), Sự kiện, Lần thứ, Hạng, Âm lịch; ``spans``: Bắt đầu, Kết thúc, Đợt, Văn bản.
    """
    domain = [pd.Timestamp(start), pd.Timestamp(end + timedelta(days=1))]
    x = alt.X("Ngày:T", title=None, scale=alt.Scale(domain=domain), axis=alt.Axis(format="%d/%m/%Y"))
    layers = []
    if not spans.empty:
        layers.append(alt.Chart(spans).mark_bar(opacity=0.55, cornerRadius=3, height=14).encode(
            x=alt.X("Bắt đầu:T", title=None, scale=alt.Scale(domain=domain), axis=alt.Axis(format="%d/%m/%Y")),
            x2="Kết thúc:T", y=alt.Y("Làn:N", title=None, axis=alt.Axis(labelLimit=260)),
            color=alt.value("#d68910"), tooltip=["Đợt", "Văn bản", "Từ", "Đến"]))
    if not marks.empty:
        layers.append(alt.Chart(marks).mark_point(filled=True, size=110).encode(
            x=x, y=alt.Y("Làn:N", title=None),
            color=alt.Color("Hạng:N", legend=alt.Legend(orient="top", title=None),
                            scale=alt.Scale(range=["#c0392b", "#2471a3", "#7f8c8d", "#7d3c98"])),
            shape=alt.Shape("Lịch:N", legend=alt.Legend(orient="top", title=None)),
            tooltip=["Sự kiện", "Lần thứ", "Hạng", "Ngày hiển thị", "Lịch"]))
    lanes = pd.concat([marks.get("Làn", pd.Series(dtype=str)), spans.get("Làn", pd.Series(dtype=str))]).nunique()
    return alt.layer(*layers).properties(height=max(140, 34 * lanes))
