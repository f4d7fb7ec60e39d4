"""Say facts in words: "$1,925 one-time", "Nov 14, 2022 - Feb 25, 2023", "16 weeks".

One wording for the terminal, the reports and the alerts, so a price reads the same
everywhere. Scraped text shown in a terminal goes through :func:`safe_text` first.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from tracker.words import count

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}
PERIODS = {
    "one_time": "",
    "month": "/month",
    "year": "/year",
    "credit": " per credit",
    "installment": " per payment",
}
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, screen clears
    r"|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # other C0/C1 controls
    r"|[\u202a-\u202e\u2066-\u2069]"  # bidi overrides that reorder what the eye reads
)


def safe_text(text: Any, limit: int = 300) -> str:
    """Untrusted text made safe for a terminal: escape sequences and control characters
    removed, whitespace collapsed, cut to ``limit`` characters."""
    cleaned = " ".join(_CONTROL.sub("", str(text)).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def money(amount: str | None, currency: str | None) -> str:
    """``money("1925.00", "USD") == "$1,925"``; cents only when there are some."""
    if amount is None:
        return "?"
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return safe_text(amount)
    text = f"{value:,.2f}".removesuffix(".00")
    symbol = SYMBOLS.get(currency or "")
    return f"{symbol}{text}" if symbol else f"{text} {currency or ''}".strip()


def price(option: dict[str, Any]) -> str:
    """One price option in words: "$24-$34/month (monthly)", "5 x $385"."""
    amount = money(option.get("amount"), option.get("currency"))
    if option.get("amount_max"):
        amount += "-" + money(option["amount_max"], option.get("currency"))
    period = option.get("period") or "one_time"
    if period == "installment" and option.get("installments"):
        text = f"{option['installments']} x {amount}"
    else:
        text = amount + PERIODS.get(period, f" per {period}")
        if period == "month" and option.get("installments"):
            text += f" for {count(option['installments'], 'month')}"
    label = option.get("label")
    return f"{text} ({words(safe_text(label, 40))})" if label else text


def words(name: str) -> str:
    """An internal name read as words: "payment_plan" -> "payment plan"."""
    return name.replace("_", " ")


def income_share(terms: dict[str, Any] | None) -> str:
    if not terms:
        return "none"
    text = f"{terms.get('percent')}% of income"
    if terms.get("months"):
        text += f" for {count(terms['months'], 'month')}"
    if terms.get("income_floor"):
        text += f" above {money(terms['income_floor'], terms.get('currency'))}"
    return text


def day(iso: str | None) -> str:
    """``day("2022-11-14") == "Nov 14, 2022"``."""
    if not iso:
        return "?"
    try:
        return date.fromisoformat(iso).strftime("%b %-d, %Y")
    except ValueError:
        return safe_text(iso)


def cohort(item: dict[str, Any]) -> str:
    start = day(item.get("start"))
    return f"{start} - {day(item['end'])}" if item.get("end") else start


def duration(value: dict[str, Any] | None) -> str:
    if not value:
        return "not stated"
    parts = []
    if value.get("weeks"):
        parts.append(count(value["weeks"], "week"))
    if value.get("months"):
        parts.append(count(value["months"], "month"))
    if value.get("hours_total"):
        parts.append(count(value["hours_total"], "hour"))
    low, high = value.get("hours_per_week_min"), value.get("hours_per_week_max")
    if low:
        parts.append(f"{low}-{high} h/week" if high and high != low else f"{low} h/week")
    return ", ".join(parts) or "not stated"


def guarantee(item: dict[str, Any]) -> str:
    kind = str(item.get("kind", "guarantee")).replace("_", " ")
    window = item.get("window")
    return f"{kind} ({safe_text(window, 80)})" if window else kind


def field_text(field: str, value: Any) -> str:
    """Any field's value in words, for listings and change summaries."""
    if field == "prices":
        return "; ".join(price(p) for p in value or []) or "none"
    if field == "income_share":
        return income_share(value)
    if field == "start_dates":
        return "; ".join(cohort(c) for c in value or []) or "none"
    if field == "self_paced":
        return "yes" if value and value.get("value") else "no"
    if field == "duration":
        return duration(value)
    if field == "guarantees":
        return "; ".join(guarantee(g) for g in value or []) or "none"
    return safe_text(value)
