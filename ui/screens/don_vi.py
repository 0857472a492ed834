"""Đơn vị: pick a unit, see everything it owes (as lead or support) with status colours, on a timeline,
filter it, download it (ICS, CSV, Excel), and mark a task done through the API."""
from __future__ import annotations

from datetime import date

import streamlit as st

from graph.views import UnitHit
from ui import state
from ui.api_client import ApiError
from ui.charts import obligations_timeline
from ui.labels import ROLE_LABELS, STATUS_LABELS
from ui.tables import obligations_frame, status_style

store = state.store()
today = state.today()

st.title("Nghĩa vụ của đơn vị")

ALL = "Tất cả địa bàn"
query = st.text_input("Tìm đơn vị", placeholder="ví dụ: van hoa, tuyen giao, UBND", key="unit_search")
units, wanted = state.search_or_link(
    query, lambda text: store.search_units(text, limit=1000), store.get_unit, param="unit", noun="đơn vị",
    hint="Gõ tên hoặc tên viết tắt của đơn vị.", has_any=lambda: bool(store.stats().units))

places = sorted({u.jurisdiction or "Chưa rõ địa bàn" for u in units})
pick_col, unit_col = st.columns([1, 2])
wanted_unit = next((u for u in units if u.id == wanted), None)
state.keep_choice("unit_place", [ALL, *places],
                  (wanted_unit.jurisdiction or "Chưa rõ địa bàn") if wanted_unit else ALL)
place = pick_col.selectbox("Địa bàn", [ALL, *places], key="unit_place")
shown: list[UnitHit] = [u for u in units if place == ALL or (u.jurisdiction or "Chưa rõ địa bàn") == place]
shown.sort(key=lambda u: (u.jurisdiction or "", u.name))
by_id = {u.id: u for u in shown}
ids = list(by_id)
state.keep_choice("unit_pick", ids, wanted)
unit_id = unit_col.selectbox(
    f"Đơn vị ({len(ids)})", ids, key="unit_pick",
    format_func=lambda i: f"{by_id[i].name} — {by_id[i].jurisdiction or 'chưa rõ địa bàn'}")
if unit_id != wanted:
    st.query_params["unit"] = unit_id
unit = by_id[unit_id]
if unit.aliases:
    st.caption("Còn gọi là: " + ", ".join(unit.aliases))

with st.expander("Bộ lọc", expanded=True):
    f1, f2, f3 = st.columns([3, 2, 3])
    role_label = f1.radio("Vai trò", ["Tất cả", *ROLE_LABELS.values()], horizontal=True, key="unit_role")
    window = f2.date_input("Hạn trong khoảng", value=(), format="DD/MM/YYYY", key="unit_window",
                           help="Để trống để xem mọi thời hạn")
    statuses = f3.multiselect("Trạng thái", list(STATUS_LABELS.values()), key="unit_status",
                              placeholder="Mọi trạng thái") or list(STATUS_LABELS.values())
role = next((code for code, text in ROLE_LABELS.items() if text == role_label), None)
start, end = (window[0], window[1]) if isinstance(window, tuple) and len(window) == 2 else (None, None)

items = store.obligations(unit_id, start=start, end=end, role=role, today=today)
items = [o for o in items if STATUS_LABELS[o.status] in statuses]

counts = {code: sum(1 for o in items if o.status == code) for code in STATUS_LABELS}
metric_cols = st.columns(len(STATUS_LABELS))
for col, (code, text) in zip(metric_cols, STATUS_LABELS.items()):
    col.metric(text, counts[code])

if not items:
    st.info(f"{unit.name} không có nhiệm vụ nào khớp bộ lọc.")
    st.stop()

table_tab, chart_tab = st.tabs(["Bảng nhiệm vụ", "Dòng thời gian"])
with table_tab:
    frame = obligations_frame(items)
    st.dataframe(frame.drop(columns=["Mã nhiệm vụ", "Cơ quan ban hành"]).style.map(status_style,
                                                                                 subset=["Trạng thái"]),
                 hide_index=True, width="stretch",
                 column_config={"Nhiệm vụ": st.column_config.TextColumn(width="large"),
                                "Hạn chót": st.column_config.TextColumn(width="small")})
with chart_tab:
    chart = obligations_timeline(items, today=today)
    if chart is None:
        st.info("Không nhiệm vụ nào có hạn chót cụ thể để vẽ lên dòng thời gian.")
    else:
        st.altair_chart(chart, width="stretch")

client = state.api_client()
st.markdown("**Tải về**")
if client is None:
    st.caption("Tệp lịch (ICS), CSV và Excel do API tạo ra; hãy chạy kèm API (`planlink demo`, hoặc đặt "
               "PLANLINK_API_URL và PLANLINK_API_TOKEN) để tải.")
else:
    d1, d2, d3, _ = st.columns([1, 1, 1, 2])
    for col, label, filename, icon in (
        (d1, "Lịch (ICS)", "calendar.ics", ":material/calendar_month:"),
        (d2, "CSV", "obligations.csv", ":material/table:"),
        (d3, "Excel", "obligations.xlsx", ":material/grid_on:"),
    ):
        col.link_button(label, client.export_url(unit_id, filename, start=start, end=end, role=role, today=today),
                        icon=icon, width="stretch")

st.subheader("Đánh dấu đã hoàn thành")
open_items = [o for o in items if o.status != "done"]
if client is None:
    st.info("Chỉ xem: muốn ghi nhận hoàn thành, hãy chạy kèm API (`planlink demo`, hoặc đặt PLANLINK_API_URL "
            "và PLANLINK_API_TOKEN) để việc ghi đi qua cùng một đường với API.")
elif not open_items:
    st.success("Mọi nhiệm vụ trong danh sách đã hoàn thành.")
else:
    with st.form("mark_done", clear_on_submit=True):
        by_task = {o.task_id: o for o in open_items}
        state.keep_choice("done_task", list(by_task))
        chosen = st.selectbox("Nhiệm vụ", list(by_task), key="done_task",
                              format_func=lambda i: by_task[i].text[:120])
        c1, c2 = st.columns([1, 2])
        done_on: date = c1.date_input("Ngày hoàn thành", value=today, format="DD/MM/YYYY", key="done_on")
        note = c2.text_input("Ghi chú", key="done_note", placeholder="ví dụ: đã tổ chức lễ dâng hương")
        if st.form_submit_button("Đánh dấu đã xong", type="primary"):
            try:
                client.mark_done(chosen, done_on=done_on.isoformat(), note=note)
            except ApiError as exc:
                st.error(f"Chưa ghi được: {exc}")
            else:
                st.toast("Đã ghi nhận hoàn thành.")
                st.rerun()
