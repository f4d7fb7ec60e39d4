"""Plain values out of parsed JSON, shared by the JSON-LD, microdata and embedded-JSON layers.

Structured data states the same things in many shapes: a type or a list of types, a number
or a numeric string, "P12W" or "12 weeks", "MON" or "per month". These helpers turn each
into one form, so the layers differ only in where they look, not in how they read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from tracker.facts import Duration
from tracker.normalize import durations

MAX_JSON_NODES = 200_000  # a page's JSON is walked this far at most


def types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    return {str(t).rsplit("/", 1)[-1] for t in (kind if isinstance(kind, list) else [kind]) if t}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def first(node: dict[str, Any], *keys: str) -> Any:
    return next((node[k] for k in keys if node.get(k) not in (None, "")), None)


def dicts(items: list[Any], skip: frozenset[str] = frozenset()) -> Iterator[dict[str, Any]]:
    """Every dict in ``items`` at any depth, in document order, without ``skip`` types."""
    stack = list(reversed(items))
    seen = 0
    while stack and seen < MAX_JSON_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            if skip and types(node) & skip:
                continue
            yield node
            stack.extend(reversed([v for v in node.values() if isinstance(v, (dict, list))]))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def decimal(value: Any) -> Decimal | None:
    """Two-place decimal of a JSON number or plain numeric string ("15950", "1,925.00")."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        return None
    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def period_of(text: str) -> str | None:
    text = text.lower()
    if re.search(r"\bmon\b|month|\bmo\b", text):
        return "month"
    if re.search(r"\bann\b|year|annual", text):
        return "year"
    if "credit" in text:
        return "credit"
    return "installment" if re.search("instal+ment", text) else None


def duration(value: str, weekly: bool = False) -> Duration | None:
    """An ISO 8601 or worded duration; ``weekly`` reads bare hours as a weekly load, as
    schema.org's courseWorkload ("PT12H") means them."""
    found = durations.parse_iso_duration(value) or durations.parse_duration(value)
    if found and weekly and found.get("hours_total") and not found.get("hours_per_week_min"):
        hours = found["hours_total"]
        found = {**found, "hours_total": None, "hours_per_week_min": hours,
                 "hours_per_week_max": hours}  # fmt: skip
    return found
