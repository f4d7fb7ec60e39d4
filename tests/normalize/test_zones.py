"""A UTC instant read on the calendar of the place a program runs."""

from __future__ import annotations

import datetime

import pytest

from tracker.normalize.dates import parse_iso_date
from tracker.normalize.zones import country_zones, local_day, valid_zone

NZ, US, AU = country_zones("NZ"), country_zones("US"), country_zones("AU")


def test_a_country_names_its_zones_and_a_currency_union_none() -> None:
    assert "Pacific/Auckland" in NZ and "America/New_York" in US
    assert country_zones("EU") == () and country_zones(None) == () and country_zones("") == ()


@pytest.mark.parametrize(
    ("value", "zones", "day"),
    [
        ("2025-02-16T20:00:00.000000Z", NZ, "2025-02-17"),  # 9:00 on Monday in Auckland
        ("2025-02-16T20:00:00+00:00", NZ, "2025-02-17"),
        ("2025-02-23T22:00:00Z", AU, "2025-02-24"),  # Perth to Sydney: all the 24th
        ("2025-02-24T14:00:00Z", US, "2025-02-24"),  # 9:00 in New York, 6:00 in LA
        ("2025-02-24T08:00:00Z", US, "2025-02-24"),  # 3:00 in New York, the 23rd in Hawaii
        ("2025-02-16T00:00:00.000Z", US, "2025-02-16"),  # a date serialized by JavaScript
        ("2025-02-17T09:00:00+13:00", US, "2025-02-17"),  # the writer's own wall clock
        ("2025-02-16T20:00:00Z", (), "2025-02-16"),  # no place known: the date part
        ("2025-02-16", NZ, "2025-02-16"),
        ("2025-02-16T20:00:00 UTC", NZ, "2025-02-16"),  # a time Python does not read
        ("2025-02-30T20:00:00Z", NZ, None),
    ],
)
def test_a_utc_start_falls_on_the_local_day_when_the_place_agrees(
    value: str, zones: tuple[str, ...], day: str | None
) -> None:
    assert parse_iso_date(value, zones) == day


def test_only_an_instant_in_utc_moves() -> None:
    evening = datetime.datetime(
        2025, 2, 16, 20, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
    )
    assert local_day(evening, NZ) == datetime.date(2025, 2, 16)


@pytest.mark.parametrize(
    ("name", "valid"),
    [("Pacific/Auckland", True), ("UTC", False), ("Mars/Olympus", False), (13, False),
     ("../../etc/passwd", False)],
)  # fmt: skip
def test_a_zone_is_a_tz_database_area_and_city(name: object, valid: bool) -> None:
    assert (valid_zone(name) is not None) is valid
