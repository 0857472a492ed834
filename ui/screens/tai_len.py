"""Tải lên: send documents to the API (the one writer) a file at a time, with progress and a report per
file of what was read or why it was refused. Without an API the page only previews what would be read."""
from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from graph.errors import PlanlinkError
from ui import state
from ui.api_client import ApiError

OUTCOMES = {"created": "đã thêm mới", "unchanged": "không đổi (đã có bản này)", "replaced": "đã thay bản cũ"}

st.title("Tải lên văn bản")
client = state.api_client()
if client is None:
    st.info("Chế độ xem thử: explorer chưa được nối với API nên văn bản sẽ **không được lưu**. Chạy "
            "`planlink demo`, hoặc đặt PLANLINK_API_URL và PLANLINK_API_TOKEN, để nạp vào kho.")
else:
    st.caption(f"Văn bản được gửi tới API tại {client.base_url} và được lưu ngay sau khi đọc xong.")

files = st.file_uploader("Chọn tệp văn bản (.txt, .md, .docx, .pdf, .html) hoặc ảnh quét (.png, .jpg, .tif)",
                         accept_multiple_files=True, key="upload_files",
                         type=["txt", "md", "docx", "pdf", "html", "htm", "png", "jpg", "jpeg", "tif", "tiff"])
label = "Nạp vào kho" if client is not None else "Xem thử trích xuất"
if not st.button(label, type="primary", disabled=not files, key="upload_go"):
    st.stop()


def _preview(name: str, data: bytes) -> dict:
    # Only here does the explorer run the extractor itself: nothing is stored, so no second write path.
    from loaders.pipeline import extract_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(data)
        ex = extract_file(path)
    return {"source": name, "symbol": ex.document.symbol, "references": len(ex.references),
            "tasks": len(ex.tasks), "events": len(ex.events), "periods": len(ex.periods),
            "problems": [p.model_dump() for p in ex.problems], "document": None}


progress = st.progress(0.0, text="Đang xử lý…")
ok = 0
for n, upload in enumerate(files, 1):
    progress.progress((n - 1) / len(files), text=f"Đang đọc {upload.name} ({n}/{len(files)})")
    try:
        if client is not None:
            answer = client.upload(upload.name, upload.getvalue())
            report = answer[0] if isinstance(answer, list) and answer else answer
        else:
            report = _preview(upload.name, upload.getvalue())
    except (ApiError, PlanlinkError) as exc:
        with st.container(border=True):
            st.error(f"**{upload.name}**: không nạp được — {exc}")
        continue
    ok += 1
    with st.container(border=True):
        outcome = (report.get("document") or {}).get("outcome")
        head = f"**{upload.name}** — {report.get('symbol') or 'không đọc được số, ký hiệu'}"
        st.success(head + (f" · {OUTCOMES.get(outcome, outcome)}" if outcome else " · xem thử, chưa lưu"))
        cols = st.columns(4)
        cols[0].metric("Nhiệm vụ", report.get("tasks", 0))
        cols[1].metric("Dẫn chiếu", report.get("references", 0))
        cols[2].metric("Sự kiện", report.get("events", 0))
        cols[3].metric("Đợt", report.get("periods", 0))
        for problem in report.get("problems") or []:
            st.warning(f"`{problem.get('code')}` {problem.get('message')}")
        doc_id = (report.get("document") or {}).get("id")
        if doc_id:
            st.page_link("screens/van_ban.py", label="Xem văn bản vừa nạp", icon=":material/description:",
                         query_params={"doc": doc_id})
progress.progress(1.0, text=f"Xong: {ok}/{len(files)} tệp đọc được.")
