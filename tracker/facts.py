"""The shape of the facts bootwatch extracts, shared by extraction, storage and the differ.

Facts are plain JSON-able dicts so they can be stored as JSON, hashed, diffed and shown
without any class in between. These TypedDicts document the contract; nothing enforces it
at run time.

Money is always a decimal *string* with two places ("1925.00"), never a float, so that a
stored value compares equal to a re-parsed one. Dates are ISO 8601 strings ("2022-11-14").
Every extracted value carries a ``source`` (provenance) and the ``raw`` text it came from;
:func:`canonical` strips them, leaving only what a change is judged on.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any, Literal, TypedDict

Method = Literal["hint", "json-ld", "microdata", "next-data", "text"]
Period = Literal["one_time", "month", "year", "credit", "installment"]
GuaranteeKind = Literal["money_back", "job_guarantee", "tuition_refund", "deferred_tuition"]
Field = Literal["prices", "income_share", "start_dates", "self_paced", "duration", "guarantees"]
EvidenceKey = Literal[
    "price_mentions", "date_mentions", "guarantee_mentions", "duration_mentions",
    "self_paced_mentions",
]  # fmt: skip

#: The fields of :class:`Facts` a change can happen in, in report order.
FIELDS: tuple[Field, ...] = (
    "prices", "income_share", "start_dates", "self_paced", "duration", "guarantees",
)  # fmt: skip

#: Keys that say where a value came from and the page's words for it: not the value.
PROVENANCE_KEYS = frozenset({"source", "raw"})
#: Keys that describe where a value came from or how it was worded, not what it is. A
#: price's label ("upfront", "Instructor-Led") names the option for people; it is kept in
#: the stored facts but a relabelled option is the same option.
PRESENTATION_KEYS = PROVENANCE_KEYS | {"label"}


class Source(TypedDict):
    """Where a value came from: the page, the extraction layer, and the text around it."""

    url: str
    method: Method
    snippet: str  # at most ~300 characters of the page text (or JSON) holding the value


class PriceOption(TypedDict, total=False):
    """One way to pay: "$34/month" is amount "34.00", currency "USD", period "month"."""

    amount: str  # decimal string, the lower end of a range
    amount_max: str | None  # upper end of a range ("$24-$34/month"), else None
    currency: str  # ISO 4217 code
    period: Period
    installments: int | None  # "five payments of $385" -> 5 (period "installment")
    label: str | None  # upfront, payment_plan, monthly, yearly, deferred, per_credit, ...
    raw: str
    source: Source


class IncomeShare(TypedDict, total=False):
    """Income-share terms: "9.9% of your monthly pre-tax income for 24 months"."""

    percent: str  # decimal string, "9.9"
    months: int | None
    income_floor: str | None  # decimal string
    currency: str | None  # of the floor
    raw: str
    source: Source


class Cohort(TypedDict, total=False):
    """A scheduled cohort: "Nov 14th, 2022 - Feb 25th, 2023" is start and end, not two starts."""

    start: str  # ISO date
    end: str | None  # ISO date
    raw: str
    source: Source


class Duration(TypedDict, total=False):
    """How long the program takes, as stated: weeks or months, and weekly hours when given."""

    weeks: int | None
    months: int | None
    hours_total: int | None
    hours_per_week_min: int | None
    hours_per_week_max: int | None
    raw: str
    source: Source


class Guarantee(TypedDict, total=False):
    """A promise: a kind, its terms text, and its window or conditions when stated."""

    kind: GuaranteeKind
    terms: str
    window: str | None  # "within the first two hours of the workshop"
    raw: str
    source: Source


class SelfPaced(TypedDict, total=False):
    """The program can be started at any time ("self-paced", "start anytime")."""

    value: bool
    raw: str
    source: Source


class Evidence(TypedDict, total=False):
    """Counts of fact-like text on a page, so a vanished value can be told from a broken
    extractor: prices that disappear while the page still mentions money are suspicious.
    A count is kept only for fields the page gave no value (:data:`EVIDENCE_OF`): for any
    other field there is nothing to vouch for, and counting costs about a twentieth of
    extraction."""

    price_mentions: int
    date_mentions: int
    guarantee_mentions: int
    duration_mentions: int
    self_paced_mentions: int
    hint_misses: list[str]  # fields whose configured hint matched nothing (extract.layers)
    # Of a page that states prices or start dates, the amounts ("19500") and days ("05-07")
    # its text shows: an option or a cohort gone while still shown was lost by extraction.
    amounts_seen: list[str]
    days_seen: list[str]
    extract_error: str  # extraction itself failed on the page (extract.layers.empty_facts)


#: The evidence count that vouches for each field when the field has no value.
EVIDENCE_OF: dict[Field, EvidenceKey] = {
    "prices": "price_mentions",
    "income_share": "price_mentions",
    "start_dates": "date_mentions",
    "self_paced": "self_paced_mentions",
    "duration": "duration_mentions",
    "guarantees": "guarantee_mentions",
}


def upcoming(cohort: dict, today: date) -> bool:
    """Whether ``cohort`` is still ahead on ``today``: it starts after that day. On its
    first day a cohort has started (an article's "next start" is no longer next), so the
    differ, the audit and the Datasette query all count it as begun. A cohort without a
    readable start counts as upcoming: nothing says it began."""
    try:
        return date.fromisoformat(cohort.get("start") or "") > today
    except ValueError:
        return True


def present(field: str, value: Any) -> bool:
    """Whether ``value`` states field ``field``: a self-paced mode must be true to count."""
    if field == "self_paced":
        return bool(value and value.get("value"))
    return bool(value)


class Facts(TypedDict, total=False):
    """Everything bootwatch knows about a program from one page, or merged from all of its
    pages. Absent or empty means "not found", never "guessed"."""

    prices: list[PriceOption]
    income_share: IncomeShare | None
    start_dates: list[Cohort]
    self_paced: SelfPaced | None
    duration: Duration | None
    guarantees: list[Guarantee]
    evidence: Evidence


def comparable(value: Any) -> Any:
    """Return ``value`` without presentation keys (source, raw, label), at any depth."""
    return without(value, PRESENTATION_KEYS)


def without(value: Any, keys: frozenset[str]) -> Any:
    """Return ``value`` without ``keys`` at any depth: :data:`PRESENTATION_KEYS` to judge
    a change, :data:`PROVENANCE_KEYS` to show a value as people read it (with its label)."""
    if isinstance(value, dict):
        return {k: without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [without(v, keys) for v in value]
    return value


def canonical(facts: Facts) -> dict[str, Any]:
    """The comparable part of ``facts``: every field, provenance and evidence removed, lists
    sorted, so two pages stating the same facts in different words canonicalise equally."""
    out: dict[str, Any] = {}
    for field in FIELDS:
        value = comparable(facts.get(field))
        if isinstance(value, list):
            value = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
        out[field] = value if value not in ([], {}) else None
    return out


def facts_hash(facts: Facts) -> str:
    """Stable sha1 of the canonical facts (git-history's sorted-JSON hash)."""
    blob = json.dumps(canonical(facts), sort_keys=True, separators=(",", ":"))
    return hashlib.sha1(blob.encode()).hexdigest()
