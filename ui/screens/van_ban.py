"""Văn bản: one document's text with every extracted fact marked where it was read, the facts beside it,
and the problems the extractor reported."""
from __future__ import annotations

import streamlit as st

from graph.errors import NotFound
from graph.folding import fold
from graph.views import DocumentSummary
from ui import state
from ui.highlight import FACT_LABELS, STYLE, highlighted_html, legend_html, marks
from ui.labels import DOUBT_CODES, deadline_label, problem_label, vn_date
from ui.provenance import provenance_text
from ui.tables import plan_label

store = state.store()

st.title("Văn bản")


def _label(d: DocumentSummary) -> str:
    head = plan_label(d.doc_type, d.symbol)
    tail = " · ".join(part for part in (d.issuer, vn_date(d.issued_date)) if part)
    return f"{head} — {tail}" if tail else head


docs: list[DocumentSummary] = []
while True:  # every loaded document, a page at a time
    page = store.list_documents(offset=len(docs), limit=200)
    docs.extend(page.items)
    if not page.items or len(docs) >= page.total or len(docs) >= 2000:
        break
docs = [d for d in docs if d.loaded]
query = st.text_input("Lọc văn bản", placeholder="số hiệu, cơ quan, trích yếu (không cần dấu)", key="doc_filter")
# a link (?doc=ID) picks the document until the reader filters for another
wanted = None if query.strip() else st.query_params.get("doc")
if query.strip():
    needle = fold(query)
    docs = [d for d in docs if needle in fold(" ".join(filter(None, (d.symbol, d.issuer, d.title, d.doc_type,
                                                                     d.source_file))))]
if not docs:
    st.info("Không có văn bản nào khớp." if query.strip() else "Kho chưa có văn bản nào.")
    st.stop()

by_id = {d.id: d for d in docs}
ids = list(by_id)
state.keep_choice("doc_pick", ids, wanted)
doc_id = st.selectbox(f"Văn bản ({len(ids)})", ids, format_func=lambda i: _label(by_id[i]), key="doc_pick")
if doc_id != wanted:
    st.query_params["doc"] = doc_id

try:
    stored = store.get_document(doc_id)
except NotFound:
    st.error(f"Không còn văn bản mã `{doc_id}` trong kho.")
    st.stop()
ex = stored.extraction
summary = stored.summary
if ex is None:
    st.info(f"{plan_label(summary.doc_type, summary.symbol)}: chỉ biết qua trích dẫn, chưa nạp toàn văn.")
    st.stop()

doc = ex.document
with st.container(border=True):
    st.markdown(f"### {plan_label(doc.doc_type, doc.symbol)}")
    if doc.title:
        st.markdown(doc.title)
    meta = st.columns(4)
    meta[0].markdown(f"**Cơ quan ban hành**  \n{doc.issuer or '—'}")
    meta[1].markdown(f"**Ngày ban hành**  \n{vn_date(doc.issued_date) or '—'}")
    meta[2].markdown(f"**Người ký**  \n{' '.join(filter(None, (doc.signer_title, doc.signer_name))) or '—'}")
    meta[3].markdown(f"**Tệp nguồn**  \n{doc.source_file or ex.source}")
    if (read_by_ocr := provenance_text(ex)) is not None:
        st.info(read_by_ocr, icon=":material/document_scanner:")
    doubtful = [p for p in ex.problems if p.code in DOUBT_CODES]
    if doubtful:
        # a clean-looking page over a doubtful reading would mislead: say what to check first
        st.warning("**Kết quả trích xuất cần kiểm tra lại:** "
                   + "; ".join(dict.fromkeys(problem_label(p.code).lower() for p in doubtful))
                   + ". Xem thẻ “Vấn đề”.")

found = marks(ex)
text_col, facts_col = st.columns([3, 2], gap="large")
with text_col:
    st.html(STYLE + legend_html(found) + highlighted_html(ex.text, found))
with facts_col, st.container(height=760, border=False):
    tabs = st.tabs([f"Nhiệm vụ ({len(ex.tasks)})", f"Dẫn chiếu ({len(ex.references)})",
                    f"Sự kiện ({len(ex.events)})", f"Đợt ({len(ex.periods)})", f"Vấn đề ({len(ex.problems)})"])
    with tabs[0]:
        for n, task in enumerate(ex.tasks, 1):
            with st.container(border=True):
                st.markdown(f"**{n}.** {task.text[:300]}{'…' if len(task.text) > 300 else ''}")
                who = [f"Chủ trì: {', '.join(u.name for u in task.lead)}" if task.lead else "",
                       f"Phối hợp: {', '.join(u.name for u in task.support)}" if task.support else "",
                       f"Thời hạn: {deadline_label(task.deadline)}"]
                st.caption(" · ".join(part for part in who if part))
        if not ex.tasks:
            st.caption("Không đọc được nhiệm vụ nào.")
    with tabs[1]:
        for ref in ex.references:
            basis = " · :blue-badge[căn cứ]" if ref.basis else ""
            st.markdown(f"**{plan_label(ref.doc_type, ref.symbol)}**{basis}  \n"
                        f"{ref.issuer or 'chưa rõ cơ quan'} · {vn_date(ref.issued_date) or 'chưa rõ ngày'}")
            if ref.clause:
                st.caption(f"“{ref.clause.strip()}”")
        if not ex.references:
            st.caption("Văn bản không dẫn chiếu số hiệu nào.")
    with tabs[2]:
        for event in ex.events:
            years = f"{event.years} năm " if event.years else ""
            when = vn_date(event.anniversary_date) or vn_date(event.date)
            st.markdown(f"- **{years}{event.name}**" + (f" — {when}" if when else "")
                        + (" (âm lịch)" if event.lunar else ""))
        if not ex.events:
            st.caption("Không có sự kiện nào có ngày.")
    with tabs[3]:
        for period in ex.periods:
            start = vn_date(period.start) or period.start_anchor or "?"
            end = vn_date(period.end) or period.end_anchor or "?"
            st.markdown(f"- **{period.name}**: {start} → {end}")
        if not ex.periods:
            st.caption("Không có đợt hay khoảng thời gian nào.")
    with tabs[4]:
        for problem in ex.problems:
            where = f" (ký tự {problem.span.start}–{problem.span.end})" if problem.span else ""
            st.warning(f"**{problem_label(problem.code)}** (`{problem.code}`): {problem.message}{where}")
        if not ex.problems:
            st.success("Bộ trích xuất không báo vấn đề nào.")

st.caption("Tô màu: " + ", ".join(FACT_LABELS.values()) + ". Di chuột lên đoạn tô màu để xem loại thông tin.")
