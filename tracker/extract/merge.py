"""Turn one run's page results for a program into the program's observed facts.

A program has several pages (overview, tuition, dates); its observation is the merge of
what each says. A page that could not be fetched this run contributes the facts it gave
last time it could, so a failing tuition page is reported as a failure, never as "price
removed". When a failed page has never been read, the program cannot be observed this run
at all and :func:`observe_program` returns None, as it does when no page answered: the last
known facts stay current.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from tracker.facts import Facts, PriceOption, comparable, present

#: Fetch outcomes whose facts describe the page as it is now.
FRESH = "ok"
UNCHANGED = "not_modified"


def observe_program(
    pages: Sequence[Mapping[str, Any]], stored: Mapping[str, Facts | None]
) -> Facts | None:
    """Merged facts for a program, or None when it could not be observed.

    ``pages`` are this run's fetch results in config order (``url``, ``outcome``,
    ``facts``); ``stored`` maps each URL to the facts last extracted from it."""
    if not any(page["outcome"] in (FRESH, UNCHANGED) for page in pages):
        return None  # nothing answered: this run saw nothing of the program
    per_page: list[Facts] = []
    for page in pages:
        if page["outcome"] == FRESH and page.get("facts") is not None:
            per_page.append(page["facts"])
        elif (last := stored.get(page["url"])) is not None:
            per_page.append(last)  # 304, or failed: last good facts hold
        else:
            return None
    return merge_facts(per_page)


def merge_facts(pages: Sequence[Facts]) -> Facts:
    """Merge several pages' facts: lists are united (first statement of a value wins, so
    its provenance is the earliest page's), single values come from the first page that
    states them, evidence counts add up."""
    merged: Facts = {
        "prices": fullest_prices(_union(p.get("prices") or [] for p in pages)),
        "income_share": _first(p.get("income_share") for p in pages),
        "start_dates": sorted(
            _union(p.get("start_dates") or [] for p in pages), key=lambda c: c.get("start", "")
        ),
        # A mode that says "not self-paced" states nothing the differ counts as present
        # (facts.present), so a page saying it is self-paced wins over it.
        "self_paced": _first(
            p.get("self_paced") for p in pages if present("self_paced", p.get("self_paced"))
        )
        or _first(p.get("self_paced") for p in pages),
        "duration": _first(p.get("duration") for p in pages),
        "guarantees": _union_by_kind(p.get("guarantees") or [] for p in pages),
    }
    evidence: dict[str, Any] = {}
    for page in pages:
        for key, value in (page.get("evidence") or {}).items():
            if isinstance(value, int):
                evidence[key] = evidence.get(key, 0) + value
            elif isinstance(value, list):
                evidence[key] = sorted(set(evidence.get(key, [])) | set(value))
    merged["evidence"] = evidence  # type: ignore[typeddict-item]
    return merged


def fullest_prices(options: list[PriceOption]) -> list[PriceOption]:
    """``options`` without those another states more fully: a pricing card's "$365/mo"
    beside the text's "$365/mo for 18 months" is one payment plan, whose count of payments
    one place left out, so one page style (or page) saying less makes no second option."""
    counted = {_way_to_pay(o) for o in options if o.get("installments")}
    return [o for o in options if o.get("installments") or _way_to_pay(o) not in counted]


def _way_to_pay(option: PriceOption) -> tuple[Any, ...]:
    return tuple(option.get(k) for k in ("amount", "amount_max", "currency", "period"))


def _key(value: Any) -> str:
    return json.dumps(comparable(value), sort_keys=True)


def _union(lists: Any) -> list:
    seen: dict[str, Any] = {}
    for items in lists:
        for item in items:
            seen.setdefault(_key(item), item)
    return list(seen.values())


def _union_by_kind(lists: Any) -> list:
    seen: dict[str, Any] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item.get("kind"), item)
    return list(seen.values())


def _first(values: Any) -> Any:
    return next((v for v in values if v), None)
