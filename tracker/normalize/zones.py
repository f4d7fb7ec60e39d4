"""The calendar day an instant falls on where a program runs.

Booking and event widgets store a start as an instant in UTC: "2025-02-16T20:00:00Z" is
Monday 17 February, 9:00, in Auckland, so its date part is the day before for every zone
far enough east of UTC. Such an instant is read on the local calendar of the zone the data
names beside it (a ``timeZoneId``), else of the page's country when all of that country's
zones (the tz database's ``zone.tab``) agree on the day; otherwise its date part stands. A
time with another offset ("09:00+13:00") is already the writer's wall clock, and UTC
midnight is how JavaScript serializes a date without a time (``new Date("2025-02-16")``):
for both the date part is the local day.
"""

from __future__ import annotations

import datetime
import functools
import importlib.resources
import zoneinfo
from collections.abc import Sequence
from pathlib import Path

_UTC_OFFSET = datetime.timedelta(0)


def valid_zone(name: object) -> str | None:
    """``name`` when it is a tz database zone ("Pacific/Auckland"), else None."""
    if not isinstance(name, str) or "/" not in name:
        return None
    try:
        zoneinfo.ZoneInfo(name)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None
    return name


@functools.cache
def country_zones(country: str | None) -> tuple[str, ...]:
    """The zones of an ISO 3166 country code ("NZ"), from the system's tz database or the
    ``tzdata`` package; none for a code it does not list ("EU")."""
    if not country:
        return ()
    zones = [line.split("\t")[2] for line in _zone_table().splitlines()
             if line[:3] == f"{country.upper()}\t"]  # fmt: skip
    return tuple(zone for zone in zones if valid_zone(zone))


def currency_zones(code: str | None) -> tuple[str, ...]:
    """The zones of a currency's country: ISO 4217 codes open with the ISO 3166 one ("NZD"
    is New Zealand's); a union's ("EUR") names none."""
    return country_zones(code[:2]) if code else ()


@functools.cache
def _zone_table() -> str:
    for directory in zoneinfo.TZPATH:
        table = Path(directory) / "zone.tab"
        if table.is_file():
            return table.read_text(encoding="utf-8")
    try:
        return (importlib.resources.files("tzdata.zoneinfo") / "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


def local_day(instant: datetime.datetime, zones: Sequence[str]) -> datetime.date:
    """The day a UTC ``instant`` is in ``zones`` when they all agree; else its own date."""
    if instant.utcoffset() != _UTC_OFFSET or instant.time() == datetime.time() or not zones:
        return instant.date()
    days = {instant.astimezone(zoneinfo.ZoneInfo(zone)).date() for zone in zones}
    return days.pop() if len(days) == 1 else instant.date()
