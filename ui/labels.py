"""Vietnamese words the explorer shows for the schema's codes (statuses, roles, deadline kinds), and dates
written the Vietnamese way (dd/mm/yyyy)."""
from __future__ import annotations

from graph.models import Deadline

STATUS_LABELS: dict[str, str] = {
    "overdue": "Quá hạn",
    "due_soon": "Sắp đến hạn",
    "later": "Còn hạn",
    "continuous": "Thường xuyên",
    "no_date": "Chưa có hạn",
    "done": "Đã xong",
}
# Muted colours a printed report could also carry: red, amber, green, blue, grey, slate.
STATUS_COLOURS: dict[str, str] = {
    "overdue": "#c0392b",
    "due_soon": "#d68910",
    "later": "#1e8449",
    "continuous": "#2471a3",
    "no_date": "#7f8c8d",
    "done": "#5d6d7e",
}
ROLE_LABELS: dict[str, str] = {"lead": "Chủ trì", "support": "Phối hợp"}
KIND_LABELS: dict[str, str] = {
    "date": "Ngày cụ thể",
    "period": "Trong khoảng",
    "relative": "Theo sự kiện",
    "recurring": "Định kỳ",
    "continuous": "Thường xuyên",
    "none": "Không nêu",
}
TIER_LABELS: dict[str, str] = {"tron": "Năm tròn", "le5": "Năm lẻ 5", "khac": "Năm khác", "other": "Năm khác"}
# What each problem code means, for the document view's "Vấn đề" tab; a code not listed shows as itself.
PROBLEM_LABELS: dict[str, str] = {
    "many_fragments": "Nhiều nhiệm vụ bị ngắt dòng",
    "tasks_without_unit": "Nhiệm vụ không nêu đơn vị",
    "no_tasks": "Không nhận ra nhiệm vụ",
    "no_symbol": "Không có số hiệu",
    "no_date": "Không có ngày ban hành",
    "symbol_from_annex": "Số hiệu lấy từ phụ lục",
    "symbol_from_heading": "Số hiệu lấy từ tiêu đề trang",
    "ordinal_mismatch": "Số năm kỷ niệm không khớp",
    "encoding_converted": "Đã chuyển mã ký tự",
    "invalid_utf8": "Ký tự lỗi mã hoá",
    "pdf_pages_without_text": "Trang PDF không có chữ",
    "pdf_reader_fallback": "Đọc PDF bằng thư viện dự phòng",
    "signature_stamp": "Bỏ dấu chữ ký số",
    "blank_number": "Số để trống",
    "unreadable_number": "Số không đọc được",
    "blank_day": "Ngày để trống",
    "unreadable_day": "Ngày không đọc được",
    "ocr_page": "Trang đọc bằng OCR",
    "ocr_page_empty": "Trang OCR không ra chữ",
    "ocr_page_failed": "Trang OCR lỗi",
    "ocr_repair": "Đã sửa lỗi OCR",
    "ocr_low_confidence": "Chữ OCR kém tin cậy",
}
# Problems that put the whole extraction in doubt: the document view warns above the text.
DOUBT_CODES = ("many_fragments", "tasks_without_unit", "no_tasks", "no_symbol", "symbol_from_annex",
               "symbol_from_heading", "unreadable_number")
_RRULE_FREQ = {"DAILY": "hằng ngày", "WEEKLY": "hằng tuần", "MONTHLY": "hằng tháng", "YEARLY": "hằng năm"}


def vn_date(iso: str | None) -> str:
    """'2025-02-03' → '03/02/2025'; partial dates keep their precision ('2025-08' → '08/2025')."""
    if not iso:
        return ""
    parts = iso.split("-")
    return "/".join(reversed(parts))


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def problem_label(code: str) -> str:
    return PROBLEM_LABELS.get(code, code)


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def tier_label(tier: str | None) -> str:
    return TIER_LABELS.get(tier or "", tier or "")


def deadline_label(deadline: Deadline) -> str:
    """What a reader would say of a deadline: the date, the window, the event it hangs on, or the phrase."""
    if deadline.kind == "date" and deadline.due:
        return f"Trước {vn_date(deadline.due)}"
    if deadline.kind == "period" and deadline.due:
        if not deadline.start:
            return f"Đến {vn_date(deadline.due)}"
        if deadline.start == deadline.due:  # "trong tháng 01/2025"
            return f"Trong {vn_date(deadline.due)}"
        return f"{vn_date(deadline.start)} – {vn_date(deadline.due)}"
    if deadline.kind == "relative" and deadline.anchor:
        days = deadline.offset_days or 0
        when = "trước" if days < 0 else "sau"
        return f"{abs(days)} ngày {when} {deadline.anchor}" if days else deadline.anchor
    if deadline.kind == "recurring" and deadline.rule:
        rule = dict(part.split("=", 1) for part in deadline.rule.split(";") if "=" in part)
        label = _RRULE_FREQ.get(rule.get("FREQ", ""), "định kỳ")
        if "BYMONTHDAY" in rule:
            label = f"ngày {rule['BYMONTHDAY']} {label}"
        return label.capitalize()
    if deadline.kind == "continuous":
        return "Thường xuyên"
    return deadline.text or "Không nêu thời hạn"
