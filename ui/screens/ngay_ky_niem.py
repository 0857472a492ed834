"""Ngày kỷ niệm: the anniversaries of a chosen window (catalog and loaded documents) on a timeline and in a
table, each with the plans that mention it, and the campaign periods (Đợt I–V…) of loaded plans."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from graph.errors import InvalidInput
from graph.views import AnniversaryItem
from ui import state
from ui.charts import calendar_timeline
from ui.labels import tier_label, vn_date
from ui.tables import plan_label

store = state.store()
today = state.today()

st.title("Ngày kỷ niệm")
st.caption("Các ngày lễ lớn (Nghị định 145/2013/NĐ-CP) và ngày kỷ niệm năm tròn, năm lẻ 5 trong khoảng thời "
           "gian đã chọn, cùng các kế hoạch đã nạp có nhắc tới và các đợt tuyên truyền.")

SELECTIONS = {"Theo hướng dẫn hằng năm": "default", "Chỉ năm tròn": "tron", "Tất cả": "all"}
c1, c2, c3 = st.columns([2, 1, 1])
window = c1.date_input("Khoảng thời gian", value=(date(today.year, 1, 1), date(today.year, 12, 31)),
                       format="DD/MM/YYYY", key="anniv_window")
selection = c2.selectbox("Lựa chọn", list(SELECTIONS), key="anniv_tier")
scope = c3.text_input("Địa phương", placeholder="ví dụ: Cao Bằng", key="anniv_scope",
                      help="Giữ các sự kiện toàn quốc và của địa phương này; để trống để xem tất cả")
if not (isinstance(window, tuple) and len(window) == 2):
    st.info("Chọn ngày bắt đầu và ngày kết thúc.")
    st.stop()
start, end = window
try:
    items = state.anniversaries(start, end, tier=SELECTIONS[selection], scope=scope.strip() or None)
except InvalidInput as exc:
    st.error(str(exc))
    st.stop()
periods = store.periods(start=start, end=end)

m1, m2, m3, m4 = st.columns(4)
m1.metric("Ngày kỷ niệm", len(items))
m2.metric("Năm tròn", sum(1 for i in items if i.tier == "tron"))
m3.metric("Có kế hoạch nhắc tới", sum(1 for i in items if i.mentioned_in))
m4.metric("Đợt tuyên truyền", len(periods))


def _lane(item: AnniversaryItem) -> str:
    if item.statutory:
        return "Ngày lễ lớn"
    return tier_label(item.tier) if item.tier else "Hằng năm"


# full dates in order first; anniversaries known only by year ("526 năm thành lập tỉnh") after them
items.sort(key=lambda i: (len(i.date) != 10, i.date, i.name))
marks = pd.DataFrame([{
    "Ngày": pd.Timestamp(i.date), "Ngày hiển thị": vn_date(i.date), "Sự kiện": i.name,
    "Lần thứ": i.years, "Hạng": tier_label(i.tier) or "Hằng năm", "Lịch": "Âm lịch" if i.lunar else "Dương lịch",
    "Làn": _lane(i),
} for i in items if len(i.date) == 10])


def _first_day(iso: str) -> pd.Timestamp:
    return pd.Timestamp(iso if len(iso) == 10 else iso + ("-01" if len(iso) == 7 else "-01-01"))


def _last_day(iso: str) -> pd.Timestamp:
    # "2020-02" ends on 29/02/2020, "2020" on 31/12/2020
    if len(iso) == 10:
        return pd.Timestamp(iso)
    return _first_day(iso) + (pd.offsets.MonthEnd(0) if len(iso) == 7 else pd.offsets.YearEnd(0))


spans = pd.DataFrame([{
    "Bắt đầu": _first_day(p.period.start), "Kết thúc": _last_day(p.period.end),
    "Đợt": p.period.name, "Văn bản": plan_label(p.document.doc_type, p.document.symbol),
    "Từ": vn_date(p.period.start), "Đến": vn_date(p.period.end),
    "Làn": f"{plan_label(p.document.doc_type, p.document.symbol)} · {p.period.name}"[:60],
} for p in periods if p.period.start and p.period.end])

if marks.empty and spans.empty:
    st.info("Không có ngày kỷ niệm hay đợt tuyên truyền nào trong khoảng này.")
else:
    st.altair_chart(calendar_timeline(marks, spans, start=start, end=end), width="stretch")

st.subheader("Danh sách")
table = pd.DataFrame([{
    "Ngày": vn_date(i.date),
    "Sự kiện": i.name,
    "Lần thứ": i.years,
    "Hạng": tier_label(i.tier),
    "Âm lịch": i.lunar_date or "",
    "Ngày lễ lớn": i.statutory,
    "Gốc": vn_date(i.origin_date),
    "Kế hoạch nhắc tới": ", ".join(dict.fromkeys(plan_label(m.document.doc_type, m.document.symbol)
                                                  for m in i.mentioned_in)),
} for i in items], columns=["Ngày", "Sự kiện", "Lần thứ", "Hạng", "Âm lịch", "Ngày lễ lớn", "Gốc",
                            "Kế hoạch nhắc tới"])
st.dataframe(table, hide_index=True, width="stretch",
             column_config={"Lần thứ": st.column_config.NumberColumn(format="%d"),
                            "Ngày lễ lớn": st.column_config.CheckboxColumn()})

linked = [i for i in items if i.mentioned_in]
if linked:
    st.subheader("Kế hoạch nhắc tới")
    for item in linked:
        ordinal = f"{item.years} năm " if item.years else ""
        with st.expander(f"{vn_date(item.date)} · {ordinal}{item.name} ({len(item.mentioned_in)} văn bản)"):
            for m in item.mentioned_in:
                window_text = (f" · thời gian tuyên truyền {vn_date(m.window_start)} – {vn_date(m.window_end)}"
                               if m.window_start and m.window_end else "")
                st.markdown(f"**{plan_label(m.document.doc_type, m.document.symbol)}** · "
                            f"{m.document.issuer or ''}{window_text}  \nVăn bản viết: “{m.name}”")
                for problem in m.problems:
                    st.warning(f"`{problem.code}` {problem.message}")
                st.page_link("screens/van_ban.py", label="Xem văn bản", icon=":material/description:",
                             query_params={"doc": m.document.id})

if not spans.empty:
    st.subheader("Các đợt tuyên truyền")
    st.dataframe(spans[["Văn bản", "Đợt", "Từ", "Đến"]], hide_index=True, width="stretch")
