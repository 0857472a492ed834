"""api.routers.documents: the paged list, one document, upload (good and bad files), delete."""
from __future__ import annotations

import io
import zipfile

import docx
from fastapi.testclient import TestClient

from api.app import create_app
from api_fixtures import AUTH, SAMPLES, client, seeded, settings_for, writable  # noqa: F401 - fixtures
from graph.engines import open_store
from graph.store import Store

PLAN = "99-kh-tu-2024-cao-bang"


def test_list_is_paged_with_items_and_total(client: TestClient) -> None:
    first = client.get("/documents", params={"limit": 2}).json()
    assert set(first) == {"items", "total"}
    assert first["total"] >= 7 and len(first["items"]) == 2  # 5 seeds, the plan, the directive it cites
    rest = client.get("/documents", params={"offset": 2, "limit": 500}).json()
    ids = [d["id"] for d in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == first["total"]


def test_list_filters_by_issuer_type_and_year(client: TestClient) -> None:
    for params in ({"issuer": "tinh uy cao bang"}, {"type": "Kế hoạch"}, {"year": 2024}):
        found = client.get("/documents", params=params).json()
        assert PLAN in [d["id"] for d in found["items"]], params
    assert client.get("/documents", params={"year": 1901}).json() == {"items": [], "total": 0}


def test_a_document_comes_with_its_text_and_facts(client: TestClient) -> None:
    body = client.get(f"/documents/{PLAN}").json()
    assert body["summary"]["symbol"] == "99-KH/TU" and body["summary"]["n_tasks"] == 4
    extraction = body["extraction"]
    assert "Sở Văn hóa" in extraction["text"]
    assert len(extraction["tasks"]) == 4 and extraction["references"][0]["symbol"] == "35-CT/TW"


def test_every_seed_is_listed_and_readable(client: TestClient) -> None:
    items = client.get("/documents", params={"limit": 500}).json()["items"]
    by_source = {d["source_file"]: d["id"] for d in items if d["source_file"]}
    for path in SAMPLES:
        body = client.get(f"/documents/{by_source[path.name]}").json()
        assert body["extraction"]["text"].strip()


def test_a_cited_only_document_has_no_extraction(client: TestClient) -> None:
    body = client.get("/documents/35-ct-tw-2019-trung-uong").json()
    assert body["summary"]["loaded"] is False and body["extraction"] is None


def test_unknown_document_is_404_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/documents/no-such-document")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert "no-such-document" in response.json()["error"]["message"]


def _docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_upload_stores_each_file_and_reports_what_was_read(writable: tuple[TestClient, Store]) -> None:
    test_client, store = writable
    before = store.stats().documents
    text = "TỈNH ỦY CAO BẰNG\nKẾ HOẠCH tuyên truyền\nBan Tuyên giáo Tỉnh ủy hướng dẫn.\n"
    files = [("files", ("ke-hoach-moi.txt", text.encode(), "text/plain")),
             ("files", ("ke-hoach.docx", _docx("KẾ HOẠCH\nTuyên truyền kỷ niệm"), "application/octet-stream"))]
    response = test_client.post("/documents", files=files, headers=AUTH)
    assert response.status_code == 201, response.text
    reports = response.json()
    assert [r["source"] for r in reports] == ["ke-hoach-moi.txt", "ke-hoach.docx"]
    assert {r["document"]["outcome"] for r in reports} == {"created"}
    assert store.stats().documents == before + 2
    stored = test_client.get(f"/documents/{reports[0]['document']['id']}").json()
    assert "Ban Tuyên giáo" in stored["extraction"]["text"]
    again = test_client.post("/documents", files=files[:1], headers=AUTH).json()
    assert again[0]["document"]["outcome"] == "unchanged"


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


BAD_FILES = [
    ("empty.txt", b"", 422, "empty_file"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", 422, "unreadable_document"),  # a page image, OCR'd: this one is cut off
    ("clip.gif", b"GIF89a\x01\x00\x01\x00", 415, "unsupported_type"),
    ("random.bin", bytes(range(256)) * 16, 415, "unsupported_type"),
    ("truncated.docx", _docx("KẾ HOẠCH")[:700], 422, "broken_file"),
    ("archive.docx", _zip({"readme.txt": "x"}), 415, "unsupported_type"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", 422, "unreadable_document"),
]


def test_each_unreadable_file_is_a_4xx_naming_it_and_nothing_changes(
        writable: tuple[TestClient, Store]) -> None:
    test_client, store = writable
    before = store.stats()
    for name, data, status, code in BAD_FILES:
        response = test_client.post("/documents", files={"files": (name, data)}, headers=AUTH)
        assert response.status_code == status, (name, response.text)
        error = response.json()["error"]
        assert error["code"] == code and name in error["message"], (name, error)
        assert error["detail"][0]["file"] == name
    assert store.stats() == before


def test_one_bad_file_fails_the_whole_request(writable: tuple[TestClient, Store]) -> None:
    test_client, store = writable
    before = store.stats()
    files = [("files", ("good.txt", "KẾ HOẠCH tuyên truyền mới".encode())),
             ("files", ("empty.txt", b""))]
    response = test_client.post("/documents", files=files, headers=AUTH)
    assert response.status_code == 422
    assert "nothing was stored" in response.json()["error"]["message"]
    assert store.stats() == before


def test_a_file_over_the_size_limit_is_413(tmp_path) -> None:
    settings = settings_for(tmp_path / "store", max_upload_bytes=1000)
    with open_store(settings) as store, TestClient(create_app(settings, store=store)) as test_client:
        over = test_client.post("/documents", files={"files": ("big.txt", b"a" * 1001)}, headers=AUTH)
        assert over.status_code == 413 and "big.txt" in over.json()["error"]["message"]
        huge = test_client.post("/documents", content=b"x" * 100_000, headers={
            **AUTH, "Content-Type": "multipart/form-data; boundary=xyz"})
        assert huge.status_code == 413 and huge.json()["error"]["code"] == "request_too_large"
        assert test_client.post("/documents", files={"files": ("ok.txt", b"a" * 1000)},
                                headers=AUTH).status_code == 201
        assert store.stats().documents == 1


def test_upload_without_files_is_a_422(client: TestClient) -> None:
    response = client.post("/documents", data={"other": "x"}, headers=AUTH)
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_delete_removes_a_document_then_404(writable: tuple[TestClient, Store]) -> None:
    test_client, store = writable
    assert test_client.delete(f"/documents/{PLAN}", headers=AUTH).status_code == 204
    assert test_client.get(f"/documents/{PLAN}").status_code == 404
    assert test_client.delete(f"/documents/{PLAN}", headers=AUTH).status_code == 404
    assert store.search_tasks("hoi nghi tuyen truyen") == []


def test_deleting_a_cited_only_document_is_a_400(writable: tuple[TestClient, Store]) -> None:
    test_client, _ = writable
    response = test_client.delete("/documents/35-ct-tw-2019-trung-uong", headers=AUTH)
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_input"
