"""Hand-built Extractions shaped like the seeds: a directive, a provincial plan carrying it out,
a district plan carrying that out, and a plan of another province with a unit of the same name.
"""
from __future__ import annotations

import hashlib

from graph.models import (Deadline, Document, Event, Extraction, Period, Problem, Reference, Span, Task,
                          Unit)


def _ext(source: str, text: str, document: Document, **parts: object) -> Extraction:
    digest = hashlib.sha256(text.encode()).hexdigest()
    document = document.model_copy(update={"source_file": source, "content_hash": digest})
    return Extraction(source=source, text=text, document=document, **parts)


def unit(name: str, jurisdiction: str, *, canonical: str | None = None) -> Unit:
    return Unit(name=name, canonical=canonical or name, jurisdiction=jurisdiction)


def directive(year: int = 2019) -> Extraction:
    """Chỉ thị 35-CT/TW: of 30/5/2019 (congresses) or of 14/6/2024 (a namesake)."""
    issued = "2019-05-30" if year == 2019 else "2024-06-14"
    text = f"BỘ CHÍNH TRỊ. Số 35-CT/TW. Hà Nội, ngày {issued}. CHỈ THỊ về đại hội đảng bộ các cấp."
    return _ext(f"ct35_{year}.txt", text, Document(
        symbol="35-CT/TW", doc_type="Chỉ thị", issuer="Bộ Chính trị", issued_date=issued,
        jurisdiction="Trung ương", title="về đại hội đảng bộ các cấp"))


def province_plan(*, version: int = 1) -> Extraction:
    """Ban Tuyên giáo Tỉnh ủy Lai Châu's 171-KH/BTGTU, carrying out 35-CT/TW of 2019."""
    text = ("BAN TUYÊN GIÁO TỈNH ỦY LAI CHÂU. Số 171-KH/BTGTU. Thực hiện Chỉ thị số 35-CT/TW, "
            "ngày 30/5/2019 của Bộ Chính trị. Giao Sở Văn hóa, Thể thao và Du lịch treo cờ."
            + " (sửa đổi)" * (version - 1))
    lai_chau_culture = unit("Sở Văn hóa, Thể thao và Du lịch", "Lai Châu")
    return _ext("171_btgtu.txt", text, Document(
        symbol="171-KH/BTGTU", doc_type="Kế hoạch", issuer="Ban Tuyên giáo Tỉnh ủy Lai Châu",
        issued_date="2023-05-30", jurisdiction="Lai Châu", title="tuyên truyền Đại hội"),
        references=[Reference(symbol="35-CT/TW", doc_type="Chỉ thị", issuer="Bộ Chính trị",
                              issued_date="2019-05-30", jurisdiction="Trung ương", basis=True,
                              clause="Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị",
                              span=Span(start=48, end=110))],
        tasks=[Task(text="Treo cờ, băng rôn tuyên truyền Đại hội đảng bộ các cấp",
                    lead=[lai_chau_culture], deadline=Deadline(kind="date", due="2025-01-15"))]
        + [Task(text=f"Việc bổ sung số {k}", lead=[lai_chau_culture]) for k in range(1, version)])


def district_plan() -> Extraction:
    """Huyện ủy Tam Đường's plan (no symbol of its own), carrying out 171-KH/BTGTU; one task of
    each deadline kind, an anniversary, a congress and a campaign phase."""
    text = ("HUYỆN ỦY TAM ĐƯỜNG. KẾ HOẠCH tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng. "
            "Thực hiện Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023 của Ban Tuyên giáo Tỉnh ủy.")
    board = unit("Ban Tuyên giáo Huyện ủy", "Tam Đường")
    office = unit("Văn phòng Huyện ủy", "Tam Đường")
    youth = unit("Huyện đoàn", "Tam Đường", canonical="Đoàn Thanh niên huyện")
    return _ext("004_tam_duong.txt", text, Document(
        doc_type="Kế hoạch", issuer="Huyện ủy Tam Đường", jurisdiction="Tam Đường",
        issued_date="2024-12-20", title="tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng"),
        references=[Reference(symbol="171-KH/BTGTU", doc_type="Kế hoạch",
                              issuer="Ban Tuyên giáo Tỉnh ủy", issued_date="2023-05-30",
                              jurisdiction="Lai Châu", basis=True,
                              clause="Thực hiện Kế hoạch số 171-KH/BTGTU, ngày 30/5/2023")],
        tasks=[
            Task(text="Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
                 lead=[board], support=[office, youth],
                 deadline=Deadline(kind="date", due="2025-02-03", text="ngày 03/02/2025")),
            Task(text="Treo băng rôn, khẩu hiệu trên các tuyến phố", lead=[office],
                 deadline=Deadline(kind="period", start="2025-01", due="2025-01",
                                   text="trong tháng 01/2025")),
            Task(text="Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy", lead=[board],
                 deadline=Deadline(kind="relative", anchor="Đại hội Đảng bộ huyện lần thứ XX",
                                   offset_days=15, text="sau Đại hội 15 ngày")),
            Task(text="Cập nhật tin bài lên cổng thông tin", lead=[youth],
                 deadline=Deadline(kind="recurring", rule="FREQ=MONTHLY;BYMONTHDAY=20",
                                   text="ngày 20 hằng tháng")),
            Task(text="Theo dõi dư luận xã hội", lead=[board],
                 deadline=Deadline(kind="continuous", text="thường xuyên")),
            Task(text="Hướng dẫn các chi bộ học tập", lead=[board]),
        ],
        events=[
            Event(name="Ngày thành lập Đảng Cộng sản Việt Nam", date="1930-02-03", years=95,
                  anniversary_date="2025-02-03"),
            Event(name="Đại hội Đảng bộ huyện lần thứ XX", kind="congress", date="2025-05-10"),
        ],
        periods=[Period(name="Đợt I", start="2025-01-01", end="2025-03-31")],
        problems=[Problem(code="no_symbol", message="no number-and-sign in the header")])


def cao_bang_plan(*, cite_dateless: bool = True) -> Extraction:
    """Tỉnh ủy Cao Bằng's 413-KH/TU; its Sở Văn hóa is not Lai Châu's. Cites 35-CT/TW without a date."""
    text = ("TỈNH ỦY CAO BẰNG. Số 413-KH/TU. Căn cứ Hướng dẫn số 107-HD/BTGTW ngày 15/11/2019. "
            "Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức triển lãm.")
    culture = unit("Sở Văn hóa, Thể thao và Du lịch", "Cao Bằng")
    refs = [Reference(symbol="107-HD/BTGTW", doc_type="Hướng dẫn", issuer="Ban Tuyên giáo Trung ương",
                      issued_date="2019-11-15", jurisdiction="Trung ương", basis=True,
                      clause="Căn cứ Hướng dẫn số 107-HD/BTGTW ngày 15/11/2019")]
    if cite_dateless:
        refs.append(Reference(symbol="35-CT/TW", doc_type="Chỉ thị", jurisdiction="Trung ương",
                              clause="theo tinh thần Chỉ thị số 35-CT/TW"))
    return _ext("000_cao_bang.txt", text, Document(
        symbol="413-KH/TU", doc_type="Kế hoạch", issuer="Tỉnh ủy Cao Bằng",
        issued_date="2019-12-13", jurisdiction="Cao Bằng", title="kỷ niệm 90 năm thành lập Đảng"),
        references=refs,
        tasks=[Task(text="Tổ chức triển lãm ảnh về Đảng", lead=[culture],
                    deadline=Deadline(kind="date", due="2020-02-03")),
               Task(text="Phối hợp biểu diễn nghệ thuật",
                    lead=[unit("Ban Tuyên giáo Tỉnh ủy", "Cao Bằng")], support=[culture],
                    deadline=Deadline(kind="date", due="2020-01-25"))])


def citing_plan(number: int, *, cites_year: int | None, unit_name: str = "Tỉnh Đoàn Thanh niên") -> Extraction:
    """A small Hà Giang plan citing Chỉ thị 05-CT/TW, with the date given (cites_year) or without."""
    issued = f"20{10 + number:02d}-03-01"
    when = f", ngày 15/5/{cites_year}" if cites_year else ""
    text = f"TỈNH ỦY HÀ GIANG. Số {number}-KH/TU. Theo Chỉ thị số 05-CT/TW{when}. {unit_name} chủ trì."
    return _ext(f"hg_{number}.txt", text, Document(
        symbol=f"{number}-KH/TU", doc_type="Kế hoạch", issuer="Tỉnh ủy Hà Giang", issued_date=issued,
        jurisdiction="Hà Giang", title=f"kế hoạch {number}"),
        references=[Reference(symbol="05-CT/TW", doc_type="Chỉ thị", jurisdiction="Trung ương",
                              issued_date=f"{cites_year}-05-15" if cites_year else None,
                              clause=f"Theo Chỉ thị số 05-CT/TW{when}")],
        tasks=[Task(text=f"Tổ chức học tập chỉ thị (kế hoạch {number})", lead=[unit(unit_name, "Hà Giang")])])
