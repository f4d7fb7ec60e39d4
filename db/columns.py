"""The plain columns a program version keeps beside its facts JSON, for filtering in SQL.

``price_min`` and ``price_max`` compare like with like: the range of the prices stated in
one period, ``price_period``. A program's one-time prices (its totals) are the ones it is
compared by; a program that states none is compared by its yearly, else monthly, else
per-credit, else instalment prices. Mixing them ("$385 a month" as the minimum of a
"$1,925 total") would rank programs by their payment plans.
"""

from __future__ import annotations

from typing import Any

from tracker.facts import Facts, canonical

#: Periods in the order a program is compared by.
PERIODS = ("one_time", "year", "month", "credit", "installment")


def flat_columns(facts: Facts) -> dict[str, Any]:
    """The main values of ``facts`` as plain columns."""
    plain = canonical(facts)
    period, prices = headline_prices(plain["prices"] or [])
    amounts = [float(p["amount"]) for p in prices if p.get("amount")]
    amounts += [float(p["amount_max"]) for p in prices if p.get("amount_max")]
    currencies = sorted({p["currency"] for p in prices if p.get("currency")})
    starts = sorted(c["start"] for c in plain["start_dates"] or [] if c.get("start"))
    duration = plain["duration"] or {}
    return {
        "price_min": min(amounts) if amounts else None,
        "price_max": max(amounts) if amounts else None,
        "price_period": period,
        "currency": ",".join(currencies) or None,
        "earliest_start": starts[0] if starts else None,
        "self_paced": 1 if (plain["self_paced"] or {}).get("value") else 0,
        "duration_weeks": duration.get("weeks"),
        "duration_months": duration.get("months"),
        "hours_per_week_min": duration.get("hours_per_week_min"),
        "hours_per_week_max": duration.get("hours_per_week_max"),
        "guarantees": ",".join(sorted(g["kind"] for g in plain["guarantees"] or [])) or None,
    }


def headline_prices(prices: list[dict[str, Any]]) -> tuple[str | None, list[dict[str, Any]]]:
    """The period a program's prices are compared in, and its prices in that period."""
    stated = [p.get("period") or "one_time" for p in prices]
    if not stated:
        return None, []
    period = next((p for p in PERIODS if p in stated), stated[0])
    return period, [p for p, s in zip(prices, stated, strict=True) if s == period]
