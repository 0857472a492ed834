"""The planlink explorer: `streamlit run ui/app.py` (or `planlink ui`). Declares the six pages and the frame
they share; each page is a script in ui/screens/.

Not ui/pages/: Streamlit still treats a `pages/` folder beside the main script as a v1 multipage app until the
main script has run once, so a bookmarked page opened first after a restart ran alone, without this frame.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import streamlit as st

_PAGES = Path(__file__).parent / "screens"

st.set_page_config(page_title="planlink — Kế hoạch và nhiệm vụ", page_icon="📑", layout="wide",
                   initial_sidebar_state="expanded")

pages = {
    "Tra cứu": [
        st.Page(_PAGES / "tong_quan.py", title="Tổng quan", icon=":material/dashboard:", default=True),
        st.Page(_PAGES / "truy_nguyen.py", title="Truy nguyên", icon=":material/account_tree:"),
        st.Page(_PAGES / "don_vi.py", title="Đơn vị", icon=":material/apartment:"),
        st.Page(_PAGES / "ngay_ky_niem.py", title="Ngày kỷ niệm", icon=":material/event:"),
        st.Page(_PAGES / "van_ban.py", title="Văn bản", icon=":material/description:"),
    ],
    "Dữ liệu": [
        st.Page(_PAGES / "tai_len.py", title="Tải lên", icon=":material/upload_file:"),
    ],
}
page = st.navigation(pages)

with st.sidebar:
    # Statuses (quá hạn, sắp đến hạn…) are reckoned against this day; a past day replays an old plan.
    st.date_input("Tính đến ngày", value=date.today(), key="as_of", format="DD/MM/YYYY")
    st.caption("planlink · đồ thị văn bản kế hoạch: chỉ thị → kế hoạch → nhiệm vụ → đơn vị → sự kiện")

page.run()
