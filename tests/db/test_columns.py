"""db.columns: the plain columns of a version, and migration m005 that recomputes them."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from db.columns import flat_columns
from db.connect import open_db
from db.migrations import migrations


def price(amount: str, period: str = "one_time", **extra: str) -> dict:
    return {"amount": amount, "currency": "USD", "period": period, **extra}


def facts(*prices: dict) -> dict:
    return {"prices": list(prices), "start_dates": [], "guarantees": []}


@pytest.mark.parametrize(
    ("prices", "expected"),
    [
        ([price("1925.00"), price("385.00", "installment")], (1925.0, 1925.0, "one_time")),
        ([price("34.00", "month"), price("24.00", "month", amount_max="30.00"),
          price("299.00", "year")], (299.0, 299.0, "year")),
        ([price("34.00", "month"), price("24.00", "month")], (24.0, 34.0, "month")),
        ([price("490.00", "credit"), price("100.00", "installment")], (490.0, 490.0, "credit")),
        ([price("9000.00", "fortnight")], (9000.0, 9000.0, "fortnight")),  # unknown: as stated
        ([], (None, None, None)),
    ],
    ids=["one-time-over-plans", "year-over-month", "month-range", "credit", "other", "none"],
)  # fmt: skip
def test_price_range_is_over_one_period(prices: list[dict], expected: tuple) -> None:
    columns = flat_columns(facts(*prices))
    assert (columns["price_min"], columns["price_max"], columns["price_period"]) == expected


def test_m005_recomputes_versions_stored_with_mixed_periods(tmp_path) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m005_price_period")  # a database from before m005
    old["programs"].insert({"slug": "nucamp", "provider": "Nucamp", "name": "Backend"})
    mixed = facts(price("1925.00"), price("385.00", "installment"))
    old["program_versions"].insert({"program_slug": "nucamp", "version": 1, "facts_hash": "x",
                                    "facts": json.dumps(mixed), "price_min": 385.0,
                                    "price_max": 1925.0})  # fmt: skip
    old.close()
    db = open_db(path)
    version = db["program_versions"].get(1)
    assert (version["price_min"], version["price_max"], version["price_period"]) == (
        1925.0, 1925.0, "one_time")  # fmt: skip
    assert next(db.query("select price_period from current_facts"), None) is None  # no current
    assert "price_period" in db["current_facts"].columns_dict
