"""The built-in national catalog of Vietnamese historical events (graph/data/anniversaries.csv), read
into typed rows: each with its origin date, calendar and the named source the date was taken from.
"""
from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from graph.errors import InvalidInput
from graph.folding import nfc
from graph.models import IsoDate

CATALOG_PATH = Path(__file__).parent / "data" / "anniversaries.csv"

Category = Literal[
    "statutory_day",  # NĐ 145/2013/NĐ-CP Điều 4: the "ngày lễ lớn"
    "party",  # the Party's history: foundings, conferences, resolutions
    "congress",  # national Party congresses
    "state",  # the State: elections, constitutions, the National Assembly, the Government
    "army_police",  # founding and traditional days of the armed forces and the police
    "mass_org",  # the Front and the mass organisations, and their days
    "sector",  # traditional days of ministries and professions (ngày truyền thống ngành)
    "leader_birth",  # births of leaders of the Party and State, and of historic figures
    "hcm",  # events of Chủ tịch Hồ Chí Minh's life
    "uprising",  # uprisings and revolutionary movements before 1945
    "battle",  # battles and campaigns
    "liberation",  # liberation of a town or province
    "diplomacy",  # diplomatic relations and treaties
    "international",  # international days Vietnam marks
    "province",  # foundings, splits and mergers of provinces; their Party organisations
    "culture",  # cultural days and festivals
]
Calendar = Literal["solar", "lunar"]


class CatalogEvent(BaseModel):
    """One row of the catalog. ``origin`` may be a year only ("1499") when history gives no day."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    category: Category | Literal["document"]  # "document": known only from a loaded document
    calendar: Calendar = "solar"
    origin: IsoDate | None = None  # None only for a yearly observance with no first year (Tết)
    lunar_month: int | None = Field(default=None, ge=1, le=12)
    lunar_day: int | None = Field(default=None, ge=1, le=30)
    scope: str = "national"  # "national", or the province the event belongs to
    statutory: bool = False
    source: str = Field(min_length=3)
    aliases: tuple[str, ...] = ()

    @field_validator("name", "scope", "source")
    @classmethod
    def _nfc(cls, value: str) -> str:
        return nfc(value.strip())

    @field_validator("origin")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is not None and len(value) == 10:
            date.fromisoformat(value)  # 1930-02-31 is rejected here, not when it falls due
        return value

    @model_validator(mode="after")
    def _calendar_fields(self) -> "CatalogEvent":
        if self.calendar == "lunar":
            if self.lunar_month is None or self.lunar_day is None:
                raise ValueError(f"{self.id}: a lunar event needs lunar_month and lunar_day")
            if self.origin is not None and len(self.origin) != 4:
                raise ValueError(f"{self.id}: a lunar event's origin is its lunar year only, not {self.origin}")
        else:
            if self.lunar_month is not None or self.lunar_day is not None:
                raise ValueError(f"{self.id}: lunar_month/lunar_day are for calendar=lunar only")
            if self.origin is None:
                raise ValueError(f"{self.id}: a solar event needs an origin date")
        return self

    @property
    def origin_year(self) -> int | None:
        return int(self.origin[:4]) if self.origin else None


def parse_rows(rows: list[dict[str, str]], *, where: str) -> list[CatalogEvent]:
    """Catalog rows from CSV dicts; an unreadable row raises InvalidInput naming its line."""
    events = []
    for line, row in enumerate(rows, start=2):
        if None in row:  # csv.DictReader files surplus cells under None
            raise InvalidInput(f"{where} line {line} has more cells than columns: {row[None]!r}; "
                               "quote the field that holds a comma")
        fields = {k: v.strip() for k, v in row.items() if k and v and v.strip()}
        if "aliases" in fields:
            fields["aliases"] = tuple(nfc(a.strip()) for a in fields["aliases"].split("|") if a.strip())
        if "statutory" in fields:
            fields["statutory"] = fields["statutory"] in ("1", "true", "yes")
        try:
            events.append(CatalogEvent(**fields))
        except ValidationError as exc:
            raise InvalidInput(f"{where} line {line} ({fields.get('id')!r}) is not a valid entry: {exc}; "
                               "fix the row") from exc
    return events


def load_catalog(path: Path | None = None) -> list[CatalogEvent]:
    """The events of the catalog at ``path`` (default: the one shipped with planlink)."""
    return list(_load(path or CATALOG_PATH))


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[CatalogEvent, ...]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(parse_rows(rows, where=str(path)))
