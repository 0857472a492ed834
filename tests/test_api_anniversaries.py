"""api.routers.anniversaries: what falls due in a window, with tier, ordinal and mentioning plans."""
from __future__ import annotations

from fastapi.testclient import TestClient

from api_fixtures import client, seeded  # noqa: F401 - fixtures

YEAR_2025 = {"from": "2025-01-01", "to": "2025-12-31"}


def _by_id(client: TestClient, **params: str) -> dict[str, dict]:
    response = client.get("/anniversaries", params=params)
    assert response.status_code == 200, response.text
    return {item["id"]: item for item in response.json()}


def test_2025_lists_the_years_great_anniversaries_with_ordinal_and_tier(client: TestClient) -> None:
    items = _by_id(client, **YEAR_2025)
    party = items["thanh-lap-dang"]
    assert (party["date"], party["years"], party["tier"]) == ("2025-02-03", 95, "le5")
    assert (items["giai-phong-mien-nam"]["years"], items["giai-phong-mien-nam"]["tier"]) == (50, "tron")
    assert items["sinh-nhat-bac"]["years"] == 135


def test_anniversaries_link_the_plans_that_mention_them(client: TestClient) -> None:
    items = _by_id(client, **{"from": "2020-01-01", "to": "2020-03-01"})
    mentions = items["thanh-lap-dang"]["mentioned_in"]
    assert "413-KH/TU" in [m["document"]["symbol"] for m in mentions]  # seed 000, read by the pipeline


def test_tier_narrows_and_widens_the_selection(client: TestClient) -> None:
    default, tron, every = (_by_id(client, **YEAR_2025, tier=t) for t in ("default", "tron", "all"))
    assert set(tron) <= set(default) <= set(every)
    assert all(item["tier"] == "tron" for item in tron.values())
    assert len(every) > len(default)


def test_bad_windows_and_tiers_are_refused(client: TestClient) -> None:
    swapped = client.get("/anniversaries", params={"from": "2025-12-31", "to": "2025-01-01"})
    assert swapped.status_code == 400 and swapped.json()["error"]["code"] == "invalid_range"
    too_long = client.get("/anniversaries", params={"from": "1900-01-01", "to": "2100-01-01"})
    assert too_long.status_code == 400 and too_long.json()["error"]["code"] == "window_too_long"
    assert client.get("/anniversaries", params={"tier": "le5"}).status_code == 422


def test_default_window_is_the_current_year(client: TestClient) -> None:
    items = client.get("/anniversaries").json()
    assert items and len({item["date"][:4] for item in items}) == 1
