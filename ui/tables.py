"""The explorer's tables: store results turned into pandas frames with Vietnamese column names, shared by the
pages and by the CSV download (so what is downloaded is what is shown)."""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from graph.views import DocumentSummary, Obligation, SearchHit
from ui.labels import STATUS_COLOURS, STATUS_LABELS, deadline_label, role_label, status_label, vn_date

SEARCH_KINDS = {"document": "Văn bản", "task": "Nhiệm vụ", "unit": "Đơn vị", "event": "Sự kiện"}


def obligations_frame(items: Sequence[Obligation]) -> pd.DataFrame:
    rows = [{
        "Trạng thái": status_label(o.status),
        "Nhiệm vụ": o.text,
        "Vai trò": role_label(o.role),
        "Thời hạn": deadline_label(o.deadline),
        "Hạn chót": vn_date(o.due_date),
        "Văn bản": plan_label(o.plan.doc_type, o.plan.symbol),
        "Cơ quan ban hành": o.plan.issuer or "",
        "Mã nhiệm vụ": o.task_id,
    } for o in items]
    return pd.DataFrame(rows, columns=["Trạng thái", "Nhiệm vụ", "Vai trò", "Thời hạn", "Hạn chót", "Văn bản",
                                       "Cơ quan ban hành", "Mã nhiệm vụ"])


def status_style(label: str) -> str:
    """CSS for a status cell: white text on the status colour."""
    for code, text in STATUS_LABELS.items():
        if text == label:
            return f"background-color: {STATUS_COLOURS[code]}; color: white; font-weight: 600"
    return ""


def documents_frame(items: Sequence[DocumentSummary]) -> pd.DataFrame:
    rows = [{
        "Số, ký hiệu": d.symbol or "(chưa rõ số)",
        "Loại": d.doc_type or "",
        "Cơ quan ban hành": d.issuer or "",
        "Ngày ban hành": vn_date(d.issued_date),
        "Trích yếu": d.title or "",
        "Số nhiệm vụ": d.n_tasks,
        "Tệp": d.source_file or "",
    } for d in items]
    return pd.DataFrame(rows, columns=["Số, ký hiệu", "Loại", "Cơ quan ban hành", "Ngày ban hành", "Trích yếu",
                                       "Số nhiệm vụ", "Tệp"])


def search_frame(hits: Sequence[SearchHit]) -> pd.DataFrame:
    rows = [{
        "Loại": SEARCH_KINDS.get(h.kind, h.kind),
        "Kết quả": h.label,
        "Trích đoạn": h.snippet or "",
        "Văn bản": plan_label(h.document.doc_type, h.document.symbol) if h.document else "",
    } for h in hits]
    return pd.DataFrame(rows, columns=["Loại", "Kết quả", "Trích đoạn", "Văn bản"])


def plan_label(doc_type: str | None, symbol: str | None) -> str:
    """'Kế hoạch 413-KH/TU'; a document without a number says so rather than showing nothing."""
    return " ".join(part for part in (doc_type, symbol or "(chưa rõ số)") if part)
