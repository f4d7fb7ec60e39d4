"""One verdict rule per field: does an article's value still match what the page states?

Each rule takes the article's value (as read by the extractors' parsers), the program's
facts, its change history (``changes`` rows as dicts with ``field``, ``kind``, ``old``,
``new`` in comparable form and the run's ``as_of``, oldest first) and the audit date, and
returns a :class:`Verdict`. The rules, in the order each applies them:

- current: the page states the same value now;
- stale: the page once stated it and a recorded change replaced or removed it (``since`` is
  that run's date), or the page states a different value of the same kind now;
- expired: (start dates) the date is before the audit date;
- unverifiable: the page states nothing of the kind, or (prices) nothing close enough to
  be the same thing: less than half or more than twice every comparable page price reads
  as a book, a loan or another school, not as a price change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tracker import describe
from tracker.audit.wording import prose_list
from tracker.facts import comparable, upcoming


@dataclass(frozen=True)
class Verdict:
    verdict: str  # current | stale | expired | unverifiable | unparseable
    page_value: Any = None  # comparable form of what the page states (None: nothing)
    since: str | None = None  # ISO date the page stopped stating the article's value
    suggestion: str | None = None  # replacement for the claim's quote
    note: str = ""


def _changes(history: list[dict], field: str) -> list[dict]:
    return [c for c in history if c.get("field") == field]


def same_price(a: dict, p: dict | None) -> bool:
    """The article's option ``a`` is the page's ``p``. An article omitting the period of a
    per-credit or monthly price ("$215/$323/$490 per credit") or a plan's installment
    count still matches."""
    if not p or a.get("currency") != p.get("currency"):
        return False
    if Decimal(a["amount"]) != Decimal(p["amount"]):
        return False
    if (a.get("amount_max") or None) != (p.get("amount_max") or None):
        return False
    elided = a.get("period") == "one_time" and not a.get("installments")
    if a.get("period") != p.get("period") and not elided:
        return False
    return a.get("installments") in (None, p.get("installments")) or elided


def _range_current(a: dict, page: list[dict]) -> bool:
    """ "$24-$34/month" when the page lists $24/month and $34/month as two options."""
    if not a.get("amount_max"):
        return False
    same = [p for p in page if p.get("currency") == a.get("currency")
            and p.get("period") == a.get("period")]  # fmt: skip
    amounts = {Decimal(p["amount"]) for p in same}
    return {Decimal(a["amount"]), Decimal(a["amount_max"])} <= amounts


def _followed(old: dict, changes: list[dict], match: Any) -> tuple[Any, str] | None:
    """The value that replaced ``old`` and when, following a chain of recorded changes."""
    found = None
    for change in changes:
        if change.get("old") and match(old if found is None else found[0], change["old"]):
            found = (change.get("new"), change["as_of"])
            if found[0] is None:
                break
    return found


def _reword(quote: str, old: dict, new: dict) -> str:
    """``quote`` with the old amount swapped for the new, in the article's own style
    ("five payments of $385" -> "five payments of $421"), else the new option in words."""
    elided = old.get("period") == "one_time" and not old.get("installments")
    same_terms = all(old.get(k) == new.get(k) for k in ("currency", "amount_max")) and (
        elided or old.get("period") == new.get("period")
    )
    for m in re.finditer(r"\d[\d,.]*\d|\d", quote):
        if same_terms and Decimal(m.group().replace(",", "")) == Decimal(old["amount"]):
            cents = "." in m.group()
            number = f"{Decimal(new['amount']):,.2f}" if cents else f"{Decimal(new['amount']):,.0f}"
            number = number if "," in m.group() else number.replace(",", "")
            return quote[: m.start()] + number + quote[m.end() :]
    return describe.price({**new, "label": None})


def prices(a: dict, facts: dict, history: list[dict], quote: str, today: date) -> Verdict:
    page = [comparable(p) for p in facts.get("prices") or []]
    if any(same_price(a, p) for p in page) or _range_current(a, page):
        return Verdict("current", next((p for p in page if same_price(a, p)), None))
    replaced = _followed(a, _changes(history, "prices"), same_price)
    if replaced:
        new, since = replaced
        if new is None:
            return Verdict("stale", None, since, "(remove: the page no longer lists it)")
        return Verdict("stale", new, since, _reword(quote, a, new))
    alike = [p for p in page if p.get("currency") == a.get("currency")
             and p.get("period") == a.get("period")]  # fmt: skip
    ratio = lambda p: Decimal(p["amount"]) / Decimal(a["amount"] or 1)  # noqa: E731
    close = [p for p in alike if Decimal("0.5") <= ratio(p) <= 2]
    if close and a.get("amount_max") and len(alike) > 1:  # a range against the page's
        low, high = (
            min(alike, key=lambda p: Decimal(p["amount"])),
            max(alike, key=lambda p: Decimal(p["amount"])),
        )
        new = {**low, "amount_max": high["amount"]}
        return Verdict("stale", alike, None, describe.price({**new, "label": None}))
    if close:
        new = min(close, key=lambda p: abs(ratio(p) - 1))
        return Verdict("stale", new, None, _reword(quote, a, new),
                       "the page states another price; no change of it was recorded")  # fmt: skip
    return Verdict("unverifiable", page or None, note="the program's pages state no such price")


def _same_cohort(a: dict, p: dict | None) -> bool:
    if not p:
        return False
    return a.get("start") == p.get("start") and (
        not a.get("end") or not p.get("end") or a["end"] == p["end"]
    )


def start_dates(a: dict, facts: dict, history: list[dict], only: bool, today: date) -> Verdict:
    page = [comparable(c) for c in facts.get("start_dates") or []]
    ahead = [c for c in page if upcoming(c, today)]
    listed = [describe.cohort(c) for c in ahead]  # audit.worded fits them to the claim
    nxt = prose_list(listed) if listed else "(remove: no upcoming start listed)"
    if not upcoming(a, today):
        return Verdict("expired", ahead or None, a["start"], nxt, "this cohort has started")
    changes = _changes(history, "start_dates")
    if only and any(_same_cohort(a, p) for p in page) and len(ahead) > 1:
        added = [c["as_of"] for c in changes if c.get("new") and not _same_cohort(a, c["new"])]
        return Verdict("stale", ahead, max(added, default=None), nxt,
                       "the page now lists more than one start")  # fmt: skip
    if any(_same_cohort(a, p) for p in page):
        return Verdict("current", next(p for p in page if _same_cohort(a, p)))
    replaced = _followed(a, changes, _same_cohort)
    if replaced or ahead:
        since = replaced[1] if replaced else None
        return Verdict("stale", ahead or None, since, nxt)
    return Verdict("unverifiable", note="the program's pages list no start dates")


_UNITS = {"weeks": 1.0, "months": 52 / 12}


def duration(a: dict, facts: dict, history: list[dict], today: date) -> Verdict:
    p = facts.get("duration") or {}
    since = max((c["as_of"] for c in _changes(history, "duration")), default=None)
    if not p:
        state = "stale" if since else "unverifiable"
        return Verdict(state, None, since, note="the program's pages state no duration")
    agree, differ = 0, 0
    for key in ("hours_total", "hours_per_week_min", "hours_per_week_max", "weeks", "months"):
        if a.get(key) and p.get(key):
            agree, differ = (agree + 1, differ) if a[key] == p[key] else (agree, differ + 1)
    if not agree and not differ:  # weeks against months: within 10% counts as the same
        weeks = [a.get(u) and a[u] * f for u, f in _UNITS.items()] + [
            p.get(u) and p[u] * f for u, f in _UNITS.items()
        ]
        mine, theirs = weeks[0] or weeks[1], weeks[2] or weeks[3]
        if mine and theirs:
            agree, differ = (1, 0) if abs(mine - theirs) <= 0.1 * theirs else (0, 1)
    page = comparable(p)
    if differ:
        return Verdict("stale", page, since, describe.duration(p))
    return Verdict("current", page) if agree else Verdict("unverifiable", page)
