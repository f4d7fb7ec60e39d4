"""Read the facts one piece of article text claims, with the extractors' own parsers.

A piece is a table cell or a prose sentence. :func:`claimed_facts` returns one
:class:`ClaimedFact` per fact: each price option, income-share terms, each cohort, the duration,
each guarantee kind, "self-paced". Besides what the parsers find it reports:

- ``unparseable``: money-looking text no parser can read ("$f439", "$1,9 25"), and a table
  cell under a Price, Duration or Start column that states nothing readable ("Flexible");
- ``stat``: an amount the price parser deliberately refuses (a salary, a saving, a
  discount): no program page states it as a fact, so it can only be unverifiable;
- "no guarantee" / "there is no money-back guarantee": a guarantee claim whose value is
  ``{"kind": None}``, true while the page states no guarantee at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from tracker.normalize import money
from tracker.normalize.dates import is_self_paced, parse_start_dates
from tracker.normalize.durations import parse_duration
from tracker.normalize.guarantees import parse_guarantees
from tracker.normalize.income_share import parse_income_share
from tracker.normalize.prices import count_price_mentions, parse_prices

#: Column headings and sub-headings, and the field their text is about.
HINTS = (
    (re.compile(r"price|cost|tuition|fee", re.I), "prices"),
    (re.compile(r"start|date|cohort|batch|intake", re.I), "start_dates"),
    (re.compile(r"duration|length|how long|time", re.I), "duration"),
    (re.compile(r"guarantee|refund", re.I), "guarantees"),
)
_MONEYISH = re.compile(
    rf"[{money.SIGNS}]\s?[^\s;!?)]*\d[^\s;!?)]*|\b\d[\d,.]*\s?(?:euros?|dollars?)\b", re.I
)
#: Letters glued to the digits of an amount: a typo, not a price ("$f439", "$1,9f25").
_GARBLED = re.compile(rf"[{money.SIGNS}]\s?[^\s/]*?(?:[a-z]\d|\d[a-jl-z])", re.I)
_NO_GUARANTEE = re.compile(
    r"\bno\b[^.;]{0,30}?\b(?:guarantee|refund)s?\b(?:\s+(?:or|and)\s+[\w-]+(?:\s+polic(?:y|ies))?)?"
    r"|\b(?:doesn't|does not|don't|do not)\s+(?:offer|have|give|provide)\b[^.;]{0,40}?"
    r"\b(?:guarantee|refund)s?\b",
    re.I,
)
_ONLY = re.compile(r"\bonly\b|\bsingle\b|\bone (?:cohort|start|batch|intake)\b", re.I)
_NOTHING = re.compile(r"^\W*(?:n/?a|none|tbd|tba|-+|—|\?)?\W*$", re.I)


def hint_for(heading: str) -> str | None:
    """The field a column heading or sub-heading names: "Price" -> "prices"."""
    return next((field for pattern, field in HINTS if pattern.search(heading or "")), None)


@dataclass(frozen=True)
class ClaimedFact:
    """One fact read from a piece of text: ``value`` is None for unparseable and stat."""

    field: str  # a tracker.facts.FIELDS name, or "other"
    value: Any
    quote: str  # the span the value was read from, as written
    kind: str = "fact"  # fact | unparseable | stat
    only: bool = False  # start dates: "the only cohort" claims the full list


def _within(span: str, text: str, quotes: list[str]) -> bool:
    at = text.find(span)
    return any(0 <= (q_at := text.find(q)) <= at < q_at + len(q) for q in quotes if q)


def _money(text: str) -> list[ClaimedFact]:
    garbled = [
        m.group().rstrip(".,:") for m in _MONEYISH.finditer(text) if _GARBLED.match(m.group())
    ]
    found = [
        ClaimedFact("prices", option, option["raw"])
        for option in parse_prices(text)
        if not _within(option["raw"], text, garbled)  # "$1,9f25" is not "$1.90"
    ]
    quotes = [r.quote for r in found]
    for m in _MONEYISH.finditer(text):
        span = m.group().rstrip(".,:")
        if span in garbled:
            found.append(ClaimedFact("prices", None, span, "unparseable"))
            continue
        if _within(span, text, quotes) or "%" in span:
            continue
        if count_price_mentions(span):  # an amount, but refused in context: a salary...
            found.append(ClaimedFact("other", None, span, "stat"))
        else:
            found.append(ClaimedFact("prices", None, span, "unparseable"))
    return found


def claimed_facts(
    text: str, *, hint: str | None, today: date, cell: bool = False
) -> list[ClaimedFact]:
    """Every fact ``text`` claims; ``hint`` is the field its column or sub-heading names
    (dates under a "Start" heading need no "starts" word), ``today`` dates yearless days.
    A table ``cell`` under a fact column that states nothing readable is unparseable."""
    found = _money(text)
    terms = parse_income_share(text)
    if terms:
        found.append(ClaimedFact("income_share", terms, terms.get("raw") or text))
    only = bool(_ONLY.search(text))
    for cohort in parse_start_dates(text, today=today, context_known=hint == "start_dates"):
        found.append(ClaimedFact("start_dates", cohort, cohort["raw"], only=only))
    duration = parse_duration(text)
    if duration:
        found.append(ClaimedFact("duration", duration, duration["raw"]))
    guarantees = parse_guarantees(text)
    found += [ClaimedFact("guarantees", g, g["raw"]) for g in guarantees]
    none = _NO_GUARANTEE.search(text)
    if none and not guarantees:
        found.append(ClaimedFact("guarantees", {"kind": None}, none.group()))
    phrase = is_self_paced(text)
    if phrase:
        found.append(ClaimedFact("self_paced", {"value": True}, phrase))
    if (
        cell
        and not found
        and hint in ("prices", "duration", "start_dates")
        and not _NOTHING.match(text)
    ):
        found.append(ClaimedFact(hint, None, text.strip(), "unparseable"))
    return found
