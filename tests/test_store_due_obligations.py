"""Store.due_obligations (the explorer's "falling due in the next 30 days"): an engine's one-query answer is
the same as the interface's per-unit composition, on every engine of the contract suite."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from graph.store import Store
from test_store_contract import store, world  # noqa: F401  (fixtures: the engine matrix)


@pytest.mark.parametrize("today", [date(2025, 1, 10), date(2024, 12, 20), date(2020, 1, 1), date(2025, 6, 1)])
def test_one_query_answers_as_the_per_unit_composition(world: Store, today: date) -> None:  # noqa: F811
    end = today + timedelta(days=30)
    assert world.due_obligations(start=today, end=end, today=today) == \
        Store.due_obligations(world, start=today, end=end, today=today)


def test_what_falls_due_in_30_days(world: Store) -> None:  # noqa: F811
    today = date(2025, 1, 10)
    due = world.due_obligations(start=today, end=today + timedelta(days=30), today=today)
    by_text = {ob.text: (unit.name, ob.due_date, ob.status) for unit, ob in due}
    # the banners are due at the end of January ("trong tháng 01/2025"), the Party's 95th on 3 February
    assert by_text["Treo băng rôn, khẩu hiệu trên các tuyến phố"][1:] == ("2025-01-31", "due_soon")
    assert by_text["Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"][1] == "2025-02-03"
    assert "Tổ chức triển lãm ảnh về Đảng" not in by_text  # due in 2020
    assert "Theo dõi dư luận xã hội" not in by_text  # continuous work has no day to fall due on
    assert [ob.due_date for _, ob in due] == sorted(ob.due_date for _, ob in due)
    assert len(world.due_obligations(start=today, end=today + timedelta(days=30), today=today, limit=2)) == 2
