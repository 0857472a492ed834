"""Tổng quan: what the graph holds, what was loaded lately, what falls due in the next 30 days, the next
anniversaries, and a search box that ignores accents."""
from __future__ import annotations

from datetime import timedelta

import streamlit as st

from ui import state
from ui.labels import tier_label, vn_date
from ui.tables import SEARCH_KINDS, documents_frame, obligations_frame, search_frame, status_style

store = state.store()
today = state.today()

st.title("Tổng quan")
st.caption(f"Tính đến ngày {today:%d/%m/%Y} · dữ liệu tại `{state.settings().data_dir}`")

stats = store.stats()
cols = st.columns(5)
cols[0].metric("Văn bản đã nạp", stats.documents)
cols[1].metric("Chỉ biết qua trích dẫn", stats.cited_only)
cols[2].metric("Nhiệm vụ", stats.tasks)
cols[3].metric("Đơn vị", stats.units)
cols[4].metric("Sự kiện", stats.events)

query = st.text_input("Tìm kiếm", placeholder="gõ có dấu hoặc không dấu, ví dụ: dai hoi, tuyen truyen, 35-CT/TW",
                      key="overview_search")
if query.strip():
    hits = store.search(query.strip(), limit=50)
    if not hits:
        st.info(f"Không tìm thấy kết quả nào cho “{query.strip()}”.")
    else:
        st.dataframe(search_frame(hits), hide_index=True, width="stretch")
        links = st.columns(4)
        shown = 0
        for hit in hits:
            if shown >= 8:
                break
            target = {"task": ("screens/truy_nguyen.py", "task"), "unit": ("screens/don_vi.py", "unit"),
                      "document": ("screens/van_ban.py", "doc")}.get(hit.kind)
            if target is None:
                continue
            label = hit.label if len(hit.label) <= 48 else hit.label[:48] + "…"
            links[shown % 4].page_link(target[0], label=f"{SEARCH_KINDS[hit.kind]}: {label}",
                                       query_params={target[1]: hit.id})
            shown += 1

st.subheader("Văn bản nạp gần đây")
recent = store.recent_documents(limit=8)
if recent:
    st.dataframe(documents_frame(recent).drop(columns=["Tệp"]), hide_index=True, width="stretch",
                 column_config={"Trích yếu": st.column_config.TextColumn(width="large")})
else:
    st.info("Chưa nạp văn bản nào.")

st.subheader("Nhiệm vụ đến hạn trong 30 ngày tới")
due = store.due_obligations(start=today, end=today + timedelta(days=30), today=today)
if due:
    frame = obligations_frame([ob for _, ob in due]).drop(columns=["Mã nhiệm vụ", "Cơ quan ban hành", "Thời hạn"])
    frame.insert(2, "Đơn vị", [unit.name for unit, _ in due])
    frame = frame[["Trạng thái", "Hạn chót", "Đơn vị", "Vai trò", "Nhiệm vụ", "Văn bản"]]
    st.dataframe(frame.style.map(status_style, subset=["Trạng thái"]), hide_index=True, width="stretch",
                 column_config={"Đơn vị": st.column_config.TextColumn(width="medium"),
                                "Nhiệm vụ": st.column_config.TextColumn(width="large")})
else:
    st.success("Không có nhiệm vụ nào đến hạn trong 30 ngày tới.")

st.subheader("Ngày kỷ niệm sắp tới")
coming = [a for a in state.anniversaries(today, today + timedelta(days=90)) if len(a.date) == 10][:8]
if not coming:
    st.info("Không có ngày kỷ niệm nào trong 90 ngày tới.")
cells = st.columns(4)
for n, item in enumerate(coming):
    ordinal = f"{item.years} năm " if item.years else ""
    meta = [f"âm lịch {item.lunar_date}" if item.lunar and item.lunar_date else "",
            tier_label(item.tier) if item.tier in ("tron", "le5") else "",
            f"{len(item.mentioned_in)} kế hoạch nhắc tới" if item.mentioned_in else ""]
    meta_text = " · ".join(m for m in meta if m)
    with cells[n % 4].container(border=True):
        st.markdown(f"**{vn_date(item.date)}**  \n{ordinal}{item.name}"
                    + (f"  \n:gray[{meta_text}]" if meta_text else ""))
st.page_link("screens/ngay_ky_niem.py", label="Xem lịch kỷ niệm cả năm", icon=":material/event:")
