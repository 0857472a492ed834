"""loaders.pipeline: extract_text never raises on odd text and lists what it could not find;
every span it reports points into the normalised text it returns; extract_file reads real files."""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.models import Extraction
from loaders.errors import UnreadableDocument
from loaders.pipeline import extract_file, extract_text
from loaders.symbols import parse_symbol

SNIPPETS = Path(__file__).parent / "data" / "snippets"
NAMES = ["state_plan_982.txt", "guidance_btgdvtw.txt", "decision_ttg.md", "conclusion_kl_tw.txt",
         "official_letter_cv.txt"]


def _punctuation(n: int) -> str:
    rng = random.Random(20251121)
    return "".join(rng.choice("!@#$%^&*()_+-=[]{};':\",./<>?|\\`~–—…“”\n ") for _ in range(n))


ODD_TEXTS = {
    "empty": "",
    "spaces": "   \n\t \n \u00a0",
    "punctuation": _punctuation(5000),
    "paragraph-200KB": ("Tuyên truyền sâu rộng trong cán bộ, đảng viên và nhân dân về ý nghĩa lịch sử "
                        * 2700)[:200_000],
    "control-characters": "Số 1-KH/TU\x00\x01\x02 ngày\x0b\x0c",
    "slashes-and-dashes": "1/1/1/1/1/1 2-2-2-2/2/2 " * 500,
    "colons": ":" * 5000,
    "pipes": "|" * 2000 + "\n|" * 2000,
    "newlines": "\n" * 50_000,
    "only-a-heading": "III. TỔ CHỨC THỰC HIỆN",
    "only-markers": "I.\nII.\n1.\na)\n-\n+\n(1)\nPHỤ LỤC\nNơi nhận:\n",
    "mixed-scripts": "ТЕКСТ 文本 نص Số 5/KH-UBND ngày 1 tháng 13 năm 2025",
}


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_text_never_raises(name: str) -> None:
    ex = extract_text(ODD_TEXTS[name], source=f"{name}.txt")
    assert isinstance(ex, Extraction)
    assert ex.source == f"{name}.txt"
    codes = {p.code for p in ex.problems}
    assert {"no_date", "no_tasks"} <= codes
    assert ex.tasks == []
    # round-trips through JSON (what `planlink extract` writes)
    assert Extraction.model_validate_json(ex.model_dump_json()) == ex


@pytest.mark.parametrize(("raw", "codes"), [
    ("", {"no_symbol", "no_date", "no_tasks"}),
    ("KẾ HOẠCH\ntuyên truyền\n", {"no_symbol", "no_date", "no_tasks"}),
    ("Số 413-KH/TU\nCao Bằng, ngày 13 tháng 12 năm 2019\n", {"no_tasks"}),
    ("Số 413-KH/TU\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh ủy ban hành đề cương tuyên truyền.\n",
     {"no_date"}),
])
def test_problems_name_what_is_missing(raw: str, codes: set[str]) -> None:
    ex = extract_text(raw, source="x.txt")
    assert {p.code for p in ex.problems} == codes


def test_partly_understood_text_still_yields_what_was_found() -> None:
    ex = extract_text("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.\n"
                      "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh ủy ban hành đề cương tuyên truyền.\n",
                      source="partial.txt")
    assert [r.symbol for r in ex.references] == ["35-CT/TW"]
    assert [[u.canonical for u in t.lead] for t in ex.tasks] == [["Ban Tuyên giáo Tỉnh ủy"]]
    assert "no_symbol" in {p.code for p in ex.problems}


@pytest.mark.parametrize("name", NAMES)
def test_snippet_extracts_cleanly(name: str) -> None:
    raw = (SNIPPETS / name).read_text(encoding="utf-8")
    ex = extract_text(raw, source=name)
    # the letter's date line leaves its day blank ("ngày   …  tháng 5 năm 2025"): said, not guessed
    assert [p.code for p in ex.problems] == (["blank_day"] if name == "official_letter_cv.txt" else [])
    assert ex.document.source_file == name
    assert ex.document.content_hash == hashlib.sha256(ex.text.encode("utf-8")).hexdigest()
    assert ex.tasks
    assert ex.references or name == "conclusion_kl_tw.txt"  # the conclusion cites nothing by number


@pytest.mark.parametrize(("name", "document"), [
    ("state_plan_982.txt", {"symbol": "982/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Lai Châu",
                            "issued_date": "2025-03-15", "jurisdiction": "Lai Châu"}),
    ("guidance_btgdvtw.txt", {"symbol": "25-HD/BTGDVTW", "doc_type": "Hướng dẫn", "issued_date": "2025-07-02",
                              "jurisdiction": "Trung ương"}),
    ("decision_ttg.md", {"symbol": "2623/QĐ-TTg", "doc_type": "Quyết định", "issuer": "Thủ tướng Chính phủ",
                         "issued_date": "2025-11-26", "jurisdiction": "Trung ương"}),
    ("conclusion_kl_tw.txt", {"symbol": "126-KL/TW", "doc_type": "Kết luận", "issued_date": "2025-02-14",
                              "jurisdiction": "Trung ương", "signer_title": "Tổng Bí thư", "signer_name": "Tô Lâm"}),
    ("official_letter_cv.txt", {"symbol": "1234/SVHTTDL-QLVH", "doc_type": "Công văn", "issued_date": "2025-05",
                                "jurisdiction": "Cao Bằng", "place": "Cao Bằng",
                                "title": "tổ chức các hoạt động kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh"}),
])
def test_snippet_document(name: str, document: dict) -> None:
    ex = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    assert {k: getattr(ex.document, k) for k in document} == document


def test_normalised_text_is_what_spans_point_into() -> None:
    raw = ("**KẾ HOẠCH**\n[bookmark: b0]Số 413-KH/TU\n\nIII. TỔ CHỨC THỰC HIỆN\n"
           "1. Ban Tuyên giáo Tỉnh ủy ban hành đề cương¹.\n")
    ex = extract_text(raw, source="x.md")
    assert "**" not in ex.text and "bookmark" not in ex.text and "¹" not in ex.text
    assert ex.text[ex.document.span.start:ex.document.span.end] == "413-KH/TU"
    task = ex.tasks[0]
    assert ex.text[task.span.start:task.span.end] == "Ban Tuyên giáo Tỉnh ủy ban hành đề cương."


@pytest.mark.parametrize("name", NAMES)
def test_every_reference_span_covers_its_symbol(name: str) -> None:
    ex = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    for ref in ex.references:
        assert parse_symbol(ex.text[ref.span.start:ref.span.end]).symbol == ref.symbol


@pytest.mark.parametrize("name", [
    "state_plan_982.txt",
    "guidance_btgdvtw.txt",
    "conclusion_kl_tw.txt",
    "official_letter_cv.txt",
    "decision_ttg.md",
])
def test_every_task_span_begins_with_its_first_words(name: str) -> None:
    ex = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    for task in ex.tasks:
        first = " ".join(task.text.split()[:3])
        assert ex.text[task.span.start:task.span.end].startswith(first), task.text


@pytest.mark.parametrize("name", NAMES)
def test_every_span_is_inside_the_text(name: str) -> None:
    ex = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    spans = [x.span for x in (*ex.references, *ex.tasks, *ex.events, *ex.periods) if x.span is not None]
    spans += [t.deadline.span for t in ex.tasks if t.deadline.span is not None]
    assert spans
    for span in spans:
        assert 0 <= span.start <= span.end <= len(ex.text)


@pytest.mark.parametrize("name", NAMES)
def test_extract_file_matches_extract_text(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text((SNIPPETS / name).read_text(encoding="utf-8"), encoding="utf-8")
    from_file = extract_file(path)
    from_text = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    assert from_file.source == name
    assert from_file.document == from_text.document
    assert from_file.tasks == from_text.tasks
    assert from_file.references == from_text.references


def test_extract_file_of_an_empty_file_names_it(tmp_path: Path) -> None:
    path = tmp_path / "trong.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument) as err:
        extract_file(path)
    assert "trong.txt" in str(err.value)


def test_extract_file_of_only_whitespace_names_it(tmp_path: Path) -> None:
    path = tmp_path / "khoang_trang.txt"
    path.write_text("   \n\n\t  \n", encoding="utf-8")
    with pytest.raises(UnreadableDocument) as err:
        extract_file(path)
    assert "khoang_trang.txt" in str(err.value)


DISTRICT_PLAN_NO_HEADER = """KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ

Thực hiện Kế hoạch số 12-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy Lai Châu, Huyện ủy Tam Đường ban hành kế hoạch tổ chức các hoạt động kỷ niệm như sau:

I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng.
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên.
2. Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung tuyên truyền.
"""


def test_district_plan_without_header_takes_its_issuer_from_the_body() -> None:
    ex = extract_text(DISTRICT_PLAN_NO_HEADER, source="tam_duong.txt")
    assert (ex.document.symbol, ex.document.issuer) == (None, "Huyện ủy Tam Đường")
    assert {p.code for p in ex.problems} == {"no_symbol", "no_date"}
    assert [(r.symbol, r.issuer, r.basis) for r in ex.references] == [
        ("12-KH/TU", "Ban Thường vụ Tỉnh ủy Lai Châu", True)]


def test_district_plan_finds_its_province_in_tinh_uy_x() -> None:
    ex = extract_text(DISTRICT_PLAN_NO_HEADER, source="tam_duong.txt")
    assert ex.document.jurisdiction == "Tam Đường, Lai Châu"
    assert [[u.jurisdiction for u in t.lead] for t in ex.tasks] == [["Tam Đường, Lai Châu"], ["Lai Châu"]]


# Pieces real documents are made of, shuffled: the pipeline must take any order of them.
_PIECES = [
    "I. ", "II- ", "1. ", "1.1. ", "a) ", "đ) ", "- ", "+ ", "(1) ", "| ", " |", "|---|", "\n", "\n\n", ": ", ", ",
    "; ", ". ", "KẾ HOẠCH", "PHỤ LỤC", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Số 413-KH/TU", "982/KH-UBND",
    "ngày 30/4/2020", "Quý II/2025", "Thời gian thực hiện:", "Giao", "Đề nghị", "phối hợp với", "chủ trì",
    "Ban Tuyên giáo Tỉnh ủy", "Sở Văn hóa, Thể thao và Du lịch", "Các huyện, thành ủy", "Thực hiện", "Căn cứ",
    "tổ chức", "thực hiện", "tỉnh Cao Bằng", "Cao Bằng, ngày 13 tháng 12 năm 2019", "kỷ niệm 90 năm",
    "(3/2/1930 - 3/2/2020)",
    "**", "*", "[bookmark: x]", "¹", "\u00a0", "–", "ủy", "uỷ", "Đại hội XIV", "hằng tháng", "thường xuyên",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=80))
def test_any_arrangement_of_document_pieces_extracts(pieces: list[str]) -> None:
    ex = extract_text("".join(pieces), source="pieces.txt")
    n = len(ex.text)
    spans = [x.span for x in (*ex.references, *ex.tasks, *ex.events, *ex.periods) if x.span is not None]
    if ex.document.span is not None:
        spans.append(ex.document.span)
    for span in spans:
        assert 0 <= span.start <= span.end <= n
    for ref in ex.references:
        assert parse_symbol(ex.text[ref.span.start:ref.span.end]).symbol == ref.symbol
    assert ("no_tasks" in {p.code for p in ex.problems}) == (not ex.tasks)


def test_older_document_with_the_same_number_is_a_reference() -> None:
    ex = extract_text("TỈNH ỦY CAO BẰNG\nSố 12-KH/TU\nCao Bằng, ngày 03 tháng 3 năm 2021\n\nKẾ HOẠCH\ntổng kết\n\n"
                      "Thực hiện Kế hoạch số 12-KH/TU ngày 05/01/2016 của Ban Thường vụ Tỉnh ủy (khóa XVII) về xây "
                      "dựng nông thôn mới, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch tổng kết như sau:\n\n"
                      "I. MỤC ĐÍCH\n1. Đánh giá kết quả.\n", source="x.txt")
    assert (ex.document.symbol, ex.document.issued_date) == ("12-KH/TU", "2021-03-03")
    assert [(r.symbol, r.issued_date, r.basis) for r in ex.references] == [("12-KH/TU", "2016-01-05", True)]


@pytest.mark.parametrize("name", NAMES)
def test_extracting_the_normalised_text_again_changes_nothing(name: str) -> None:
    first = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    again = extract_text(first.text, source=name)
    assert again.text == first.text
    assert again.document == first.document
    assert again.tasks == first.tasks
    assert again.references == first.references


@pytest.mark.parametrize("name", [
    "guidance_btgdvtw.txt",
    "conclusion_kl_tw.txt",
    "official_letter_cv.txt",
    "state_plan_982.txt",
    "decision_ttg.md",
])
def test_every_deadline_span_is_its_phrase(name: str) -> None:
    ex = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    dated = [t.deadline for t in ex.tasks if t.deadline.span is not None]
    assert dated
    for deadline in dated:
        assert ex.text[deadline.span.start:deadline.span.end] == deadline.text


@pytest.mark.parametrize("name", NAMES)
def test_every_unit_span_is_its_name_as_written(name: str) -> None:
    ex = extract_text((SNIPPETS / name).read_text(encoding="utf-8"), source=name)
    units = [u for t in ex.tasks for u in (*t.lead, *t.support)]
    assert units
    for unit in units:
        assert unit.span is not None, unit.name
        assert ex.text[unit.span.start:unit.span.end] == unit.name


@pytest.mark.parametrize(("content", "max_bytes", "problem"), [
    ("Số 413-KH/TU\n" + "Tuyên truyền sâu rộng. " * 200, 1000, "too large"),
    (bytes(range(256)) * 10, None, "binary"),
], ids=["over-the-limit", "binary"])
def test_extract_file_refuses_unreadable_input_naming_the_file(content: str | bytes, max_bytes: int | None,
                                                              problem: str, tmp_path: Path) -> None:
    path = tmp_path / "ke_hoach.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableDocument) as err:
        extract_file(path, max_bytes=max_bytes)
    assert "ke_hoach.txt" in str(err.value) and problem in str(err.value)


def test_extract_file_of_a_missing_path_names_it(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument) as err:
        extract_file(tmp_path / "khong_co.txt")
    assert "khong_co.txt" in str(err.value)


def test_province_of_a_district_is_not_the_place_it_visits() -> None:
    ex = extract_text("HUYỆN ỦY TAM ĐƯỜNG\n*\nSố 45-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                      "Tam Đường, ngày 10 tháng 01 năm 2024\n\n"
                      "KẾ HOẠCH\ntổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ\n\n"
                      "Thực hiện Kế hoạch số 12-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy Lai Châu, Ban Thường "
                      "vụ Huyện ủy ban hành kế hoạch như sau:\n\nI. TỔ CHỨC THỰC HIỆN\n"
                      "1. Ban Tuyên giáo Huyện ủy tổ chức cho cán bộ thăm Khu di tích tại tỉnh Điện Biên.\n"
                      "2. Văn phòng Huyện ủy phối hợp với Ban Quản lý di tích tỉnh Điện Biên chuẩn bị chương trình.\n",
                      source="tam_duong.txt")
    assert ex.document.jurisdiction == "Tam Đường, Lai Châu"


SAMPLES = sorted((Path(__file__).resolve().parents[1] / "planlink" / "samples").glob("*.txt"))


def _quoted_spans(ex: Extraction) -> list[tuple[str, str, str]]:
    """(kind, the item's own text, the text at its span) for every item that quotes itself."""
    out = [("reference", r.symbol, parse_symbol(ex.text[r.span.start:r.span.end]).symbol) for r in ex.references]
    for task in ex.tasks:
        quoted = ex.text[task.span.start:task.span.end]
        out.append(("task", " ".join(task.text.split()[:3]), " ".join(quoted.split()[:3])))
        out += [("unit", u.name, ex.text[u.span.start:u.span.end] if u.span else "")
                for u in (*task.lead, *task.support)]
        if task.deadline.span is not None:
            d = task.deadline
            out.append(("deadline", d.text or "", ex.text[d.span.start:d.span.end]))
    out += [("event", e.text, ex.text[e.span.start:e.span.end]) for e in ex.events if e.span and e.text]
    out += [("period", p.text, ex.text[p.span.start:p.span.end]) for p in ex.periods if p.span and p.text]
    return out


@pytest.mark.parametrize("sample", [
    pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(
        strict=True, reason="two anniversaries sharing one date phrase ('70 năm ngày giải phóng … gắn với 70 năm "
        "ngày Bác Hồ gửi thư … (12/12/1953 - 12/12/2023)'): the second event's text is the whole phrase but its "
        "span covers only its own half")] if p.stem.startswith("004_") else [])
    for p in SAMPLES
])
def test_every_span_in_the_bundled_samples_quotes_its_item(sample: Path) -> None:
    ex = extract_file(sample)
    quoted = _quoted_spans(ex)
    assert len(quoted) > 10
    assert [q for q in quoted if q[1] != q[2]] == []
