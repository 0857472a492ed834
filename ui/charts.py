"""The explorer's pictures: the trace as a Graphviz diagram, and timelines (obligations, anniversaries and
campaign periods) as Altair charts with the status colours of ui.labels."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from urllib.parse import quote

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
    plan = trace.plan
    plan_text = _doc_label(plan.doc_type, plan.symbol, plan.issuer, plan.issued_date)
    out = [
        "digraph trace {",
        '  rankdir=BT; bgcolor="transparent"; nodesep=0.4; ranksep=0.5;',
        '  node [shape=box, style="rounded,filled", fontname="Noto Sans", fontsize=11, color="#5d6d7e"];',
        '  edge [fontname="Noto Sans", fontsize=9, color="#7f8c8d", fontcolor="#566573"];',
        f'  "task" [label="Nhiệm vụ\\n{_dot_text(task_text)}", fillcolor="#fdf6e3"];',
        f'  "{trace.plan.id}" [label="{_dot_text(plan_text)}", fillcolor="#d6eaf8", penwidth=1.5, '
        f'{_link(trace.plan.id)}];',
        f'  "task" -> "{trace.plan.id}" [label="thuộc"];',
    ]
    for src in trace.sources:
        label = _doc_label(src.doc_type, src.symbol, src.issuer, src.issued_date)
        if src.loaded:
            style = f'fillcolor="#d5f5e3", {_link(src.id)}'
        else:
            label += "\n(chỉ biết qua trích dẫn)"
            style = 'fillcolor="#f4f6f6", style="rounded,filled,dashed"'
        out.append(f'  "{src.id}" [label="{_dot_text(label)}", {style}];')
        parent = src.via or trace.plan.id
        out.append(f'  "{parent}" -> "{src.id}" [label="thực hiện"];')
    out.append("}")
    return "\n".join(out)


def _link(doc_id: str) -> str:
    """Node attributes that make a loaded document's box open its text on the Văn bản page."""
    return f'URL="van_ban?doc={quote(doc_id, safe="")}", target="_self", tooltip="Mở toàn văn"'


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


# Lanes of the anniversary timeline, top to bottom, with their colours.
CALENDAR_LANES = {"Ngày lễ lớn": "#c0392b", "Năm tròn": "#1f4e79", "Năm lẻ 5": "#d68910", "Năm khác": "#7f8c8d",
                  "Hằng năm": "#7f8c8d"}


def calendar_timeline(marks: pd.DataFrame, spans: pd.DataFrame, *, start: date, end: date) -> alt.Chart:
    """Anniversaries as points on their day, one lane per kind (statutory days, năm tròn, năm lẻ 5…), lunar
    ones as diamonds; below them each campaign period as a bar on its own lane.

    ``marks``: Ngày (timestamp), Ngày hiển thị, Sự kiện, Lần thứ, Hạng, Lịch, Làn (a key of CALENDAR_LANES);
    ``spans``: Bắt đầu, Kết thúc, Từ, Đến, Đợt, Văn bản, Làn.
    """
    domain = [pd.Timestamp(start), pd.Timestamp(end + timedelta(days=1))]
    axis = alt.Axis(format="%m/%Y", tickCount="month", grid=True, gridColor="#eaecee", labelAngle=0)
    lanes = [lane for lane in CALENDAR_LANES if not marks.empty and lane in set(marks["Làn"])]
    lanes += [] if spans.empty else list(dict.fromkeys(spans["Làn"]))
    y = alt.Y("Làn:N", title=None, sort=lanes, scale=alt.Scale(domain=lanes),
              axis=alt.Axis(labelLimit=300, labelFontSize=12))
    layers = []
    if not marks.empty:
        layers.append(alt.Chart(marks).mark_point(filled=True, size=140, opacity=0.85).encode(
            x=alt.X("Ngày:T", title=None, scale=alt.Scale(domain=domain), axis=axis), y=y,
            color=alt.Color("Làn:N", legend=None, scale=alt.Scale(domain=list(CALENDAR_LANES),
                                                                  range=list(CALENDAR_LANES.values()))),
            shape=alt.Shape("Lịch:N", scale=alt.Scale(domain=["Dương lịch", "Âm lịch"],
                                                       range=["circle", "diamond"]),
                            legend=alt.Legend(orient="top", title=None)),
            tooltip=["Ngày hiển thị", "Sự kiện", "Lần thứ", "Hạng", "Lịch"]))
    if not spans.empty:
        layers.append(alt.Chart(spans).mark_bar(cornerRadius=3, height=16, color="#a9cce3").encode(
            x=alt.X("Bắt đầu:T", title=None, scale=alt.Scale(domain=domain), axis=axis), x2="Kết thúc:T",
            y=y, tooltip=["Đợt", "Văn bản", "Từ", "Đến"]))
    return alt.layer(*layers).properties(height=max(160, 56 * len(lanes)))
