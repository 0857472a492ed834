"""Truy nguyên: pick a task, see the chain task → plan → the directives it carries out, as a diagram and as a
list quoting the clause that links each document."""
from __future__ import annotations

import streamlit as st

from graph.views import TaskHit
from ui import state
from ui.charts import trace_dot
from ui.labels import deadline_label, vn_date
from ui.tables import plan_label

store = state.store()

st.title("Truy nguyên nhiệm vụ")
st.caption("Chọn một nhiệm vụ để xem nó xuất phát từ kế hoạch nào, và kế hoạch đó thực hiện chỉ thị, "
           "văn bản nào của cấp trên.")


def _task_label(hit: TaskHit) -> str:
    text = hit.text if len(hit.text) <= 110 else hit.text[:110] + "…"
    return f"{text} — {plan_label(hit.plan.doc_type, hit.plan.symbol)}"


query = st.text_input("Tìm nhiệm vụ", placeholder="ví dụ: dang huong, treo co, hoi thao", key="trace_search")
hits, wanted = state.search_or_link(
    query, lambda text: store.search_tasks(text, limit=200), store.get_task, param="task", noun="nhiệm vụ",
    hint="Gõ vài từ của nhiệm vụ cần truy nguyên.", has_any=lambda: bool(store.stats().tasks))

by_id = {h.id: h for h in hits}
ids = list(by_id)
state.keep_choice("trace_task", ids, wanted)
task_id = st.selectbox(f"Nhiệm vụ ({len(ids)} kết quả)", ids, format_func=lambda i: _task_label(by_id[i]),
                       key="trace_task")
if task_id != wanted:
    st.query_params["task"] = task_id

trace = store.trace(task_id)
task = trace.task

with st.container(border=True):
    st.markdown(f"**{task.text}**")
    if task.section:
        st.caption(" › ".join(task.section))
    cols = st.columns(3)
    cols[0].markdown("**Chủ trì**  \n" + (", ".join(u.name for u in task.lead) or "—"))
    cols[1].markdown("**Phối hợp**  \n" + (", ".join(u.name for u in task.support) or "—"))
    cols[2].markdown("**Thời hạn**  \n" + deadline_label(task.deadline))

# The diagram gets the page's width: a plan citing several documents fans out sideways.
st.subheader("Sơ đồ")
st.caption("Bấm vào một văn bản đã nạp để xem toàn văn; khung nét đứt là văn bản chỉ biết qua trích dẫn.")
st.graphviz_chart(trace_dot(trace), width="content")
if not trace.sources:
    st.info("Kế hoạch này không dẫn chiếu văn bản nào làm căn cứ.")

st.subheader("Chuỗi văn bản")
plan = trace.plan
cards = st.columns(2, gap="medium")
with cards[0].container(border=True):
    st.markdown(f"**{plan_label(plan.doc_type, plan.symbol)}** · Kế hoạch chứa nhiệm vụ  \n"
                f"{plan.issuer or 'Chưa rõ cơ quan ban hành'} · {vn_date(plan.issued_date) or 'chưa rõ ngày'}")
    if plan.title:
        st.caption(plan.title)
    st.page_link("screens/van_ban.py", label="Xem toàn văn", icon=":material/description:",
                 query_params={"doc": plan.id})
for n, src in enumerate(sorted(trace.sources, key=lambda s: s.depth), start=1):
    with cards[n % 2].container(border=True):
        level = "Căn cứ trực tiếp" if src.depth == 1 else f"Căn cứ cấp {src.depth}"
        badge = "" if src.loaded else " · :gray-badge[chỉ biết qua trích dẫn]"
        st.markdown(f"**{plan_label(src.doc_type, src.symbol)}** · {level}{badge}  \n"
                    f"{src.issuer or 'Chưa rõ cơ quan ban hành'} · {vn_date(src.issued_date) or 'chưa rõ ngày'}")
        if src.title:
            st.caption(src.title)
        if src.evidence:
            st.markdown(f"> “{src.evidence.strip()}”")
        if src.loaded:
            st.page_link("screens/van_ban.py", label="Xem toàn văn", icon=":material/description:",
                         query_params={"doc": src.id})
