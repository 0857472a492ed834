"""api.routers.units: search, one unit, obligations with filters, and the three file exports."""
from __future__ import annotations

import csv
import io

import openpyxl
from fastapi.testclient import TestClient
from icalendar import Calendar

from api_fixtures import client, seeded  # noqa: F401 - fixtures

UNIT = "cao-bang.so-van-hoa-the-thao-va-du-lich"
TODAY = {"today": "2024-06-01"}


def test_search_units_accent_insensitive(client: TestClient) -> None:
    hits = client.get("/units", params={"q": "so van hoa"}).json()
    assert UNIT in [u["id"] for u in hits]
    assert hits == client.get("/units", params={"q": "Sở Văn hóa"}).json()


def test_one_unit_and_unknown_unit(client: TestClient) -> None:
    unit = client.get(f"/units/{UNIT}").json()
    assert unit["name"] == "Sở Văn hóa, Thể thao và Du lịch" and unit["jurisdiction"] == "Cao Bằng"
    for path in ("", "/obligations", "/calendar.ics", "/obligations.csv", "/obligations.xlsx"):
        response = client.get(f"/units/nowhere.no-unit{path}")
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found", path


def _hand_made(items: list[dict]) -> list[dict]:
    return [o for o in items if o["plan"]["symbol"] == "99-KH/TU"]


def test_obligations_as_lead_and_support_with_status(client: TestClient) -> None:
    items = _hand_made(client.get(f"/units/{UNIT}/obligations", params=TODAY).json())
    by_task = {o["task_id"].split("#")[1]: o for o in items}
    assert set(by_task) == {"t1", "t2", "t3"}
    assert (by_task["t1"]["role"], by_task["t1"]["due_date"], by_task["t1"]["status"]) == \
        ("lead", "2024-06-15", "due_soon")
    assert by_task["t3"]["role"] == "support" and by_task["t3"]["status"] == "continuous"
    leads = _hand_made(client.get(f"/units/{UNIT}/obligations", params={**TODAY, "role": "lead"}).json())
    assert {o["task_id"].split("#")[1] for o in leads} == {"t1", "t2"}


def test_obligations_date_window(client: TestClient) -> None:
    inside = client.get(f"/units/{UNIT}/obligations",
                        params={**TODAY, "from": "2024-06-01", "to": "2024-06-30"}).json()
    assert "99-kh-tu-2024-cao-bang#t1" in [o["task_id"] for o in inside]
    after = client.get(f"/units/{UNIT}/obligations", params={**TODAY, "from": "2024-07-01"}).json()
    assert "99-kh-tu-2024-cao-bang#t1" not in [o["task_id"] for o in after]


def test_obligations_reject_bad_filters(client: TestClient) -> None:
    swapped = client.get(f"/units/{UNIT}/obligations", params={"from": "2024-07-01", "to": "2024-06-01"})
    assert swapped.status_code == 400 and swapped.json()["error"]["code"] == "invalid_range"
    for params in ({"from": "1/6/2024"}, {"role": "boss"}, {"today": "yesterday"}):
        assert client.get(f"/units/{UNIT}/obligations", params=params).status_code == 422, params


def test_calendar_file(client: TestClient) -> None:
    response = client.get(f"/units/{UNIT}/calendar.ics", params=TODAY)
    assert response.headers["content-type"].startswith("text/calendar")
    assert "attachment" in response.headers["content-disposition"]
    components = {str(c["uid"]).removesuffix("@planlink"): c for c in Calendar.from_ical(response.content).walk()
                  if c.name in ("VEVENT", "VTODO")}
    assert components["99-kh-tu-2024-cao-bang#t1"].name == "VEVENT"
    assert components["99-kh-tu-2024-cao-bang#t2"]["rrule"].to_ical() == b"FREQ=MONTHLY;BYMONTHDAY=20"
    assert components["99-kh-tu-2024-cao-bang#t3"].name == "VTODO"


def test_csv_and_xlsx_hold_the_same_rows_as_the_json(client: TestClient) -> None:
    expected = [o["task_id"] for o in client.get(f"/units/{UNIT}/obligations", params=TODAY).json()]
    table = client.get(f"/units/{UNIT}/obligations.csv", params=TODAY)
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert [r["task_id"] for r in rows] == expected
    book = client.get(f"/units/{UNIT}/obligations.xlsx", params=TODAY)
    sheet = openpyxl.load_workbook(io.BytesIO(book.content)).worksheets[0]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == expected
