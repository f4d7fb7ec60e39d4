"""Pair a program's old and new price options, and say a price change in words.

A price that went from $1,925 to $2,105 should read as one "changed" option, not as one
removed and one added. :func:`pair_options` decides which old option became which new one;
:func:`price_summary` words the result ("Nucamp tuition $1,925 -> $2,105 (+$180, +9.4%)").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypedDict

from tracker import describe
from tracker.facts import comparable

Option = dict[str, Any]
Pair = tuple[Option | None, Option | None]


class PriceDelta(TypedDict):
    """How far a price moved: ``amount`` signed; ``percent`` None when the old price was 0."""

    amount: str
    currency: str | None
    percent: str | None


def _label(option: Option) -> str:
    return str(option.get("label") or "").casefold().strip()


def _same(option: Option) -> str:
    return json.dumps(comparable(option), sort_keys=True)


def _uncounted(option: Option) -> str:
    """The option without its count of payments, which one statement may leave out."""
    return _same({**option, "installments": None})


def _count_said_once(old: Option, new: Option) -> bool:
    """ "$695/month" beside "$695/month for 18 months": the same plan, its count of payments
    stated on one side only; like a duration's hours, a sub-value no longer (or newly)
    stated is no change while the amount, currency and period hold."""
    counts = (old.get("installments"), new.get("installments"))
    return None in counts and _uncounted(old) == _uncounted(new)


def _terms(option: Option) -> tuple:
    return (option.get("currency"), option.get("period") or "one_time", option.get("installments"))


#: Matching passes, strictest first. Pairs whose comparable forms are equal are unchanged,
#: whatever pass found them. Identical options pair before relabelled ones, so a label
#: swap between two equal prices stays noise; "same label" pairs before "same amount", so
#: "upfront $1,925 -> $2,105" is found even when another option now costs $1,925. Options
#: still unpaired at the end are pairwise "changed" in order, extras added or removed.
PASSES: tuple[Callable[[Option], Any], ...] = (
    lambda o: (_same(o), _label(o)),  # the same option, label and all
    lambda o: (*_terms(o), _label(o)),  # the same named option, new amount
    _same,  # the same option, relabelled (noise)
    _uncounted,  # the same option, its count of payments stated on one side only (noise)
    _terms,  # the same kind of option, new amount
    lambda o: o.get("period") or "one_time",  # by position among the same period
    lambda o: _label(o) or id(o),  # the same named option, new period
    lambda o: None,  # by position: one option left on each side changed period and amount
)


def pair_options(old: Sequence[Option], new: Sequence[Option]) -> list[Pair]:
    """The options that changed, as (old, new) pairs: both set for a changed option, old
    None for an added one, new None for a removed one. Unchanged options are left out.
    Changed pairs come in old order, then removals (old order), then additions (new order).
    """
    left, right = list(old), list(new)
    paired: list[tuple[Option, Option]] = []
    for key in PASSES:
        for a in list(left):
            match = next((b for b in right if key(b) == key(a)), None)
            if match is not None:
                paired.append((a, match))
                left.remove(a)
                right.remove(match)
    order = {id(a): i for i, a in enumerate(old)}
    paired.sort(key=lambda p: order[id(p[0])])
    changed: list[Pair] = [
        (a, b) for a, b in paired if _same(a) != _same(b) and not _count_said_once(a, b)
    ]
    return changed + [(a, None) for a in left] + [(None, b) for b in right]


def price_delta(old: Option, new: Option) -> PriceDelta | None:
    """``{"amount": "180.00", "percent": "9.4", "currency": "USD"}`` for comparable prices
    (same currency, period and installments), else None. Percent is None from zero."""
    if _terms(old) != _terms(new):
        return None
    try:
        before, after = Decimal(old["amount"]), Decimal(new["amount"])
    except (KeyError, TypeError, InvalidOperation):
        return None
    if before == after:
        return None
    delta: PriceDelta = {
        "amount": f"{after - before:.2f}", "currency": old.get("currency"), "percent": None,
    }  # fmt: skip
    if before:
        percent = ((after - before) * 100 / before).quantize(Decimal("0.1"), ROUND_HALF_UP)
        delta["percent"] = str(percent)
    return delta


def delta_text(delta: PriceDelta) -> str:
    """``"+$180, +9.4%"``."""
    amount = Decimal(delta["amount"])
    text = ("+" if amount > 0 else "-") + describe.money(f"{abs(amount):.2f}", delta["currency"])
    if delta["percent"] is not None:
        percent = Decimal(delta["percent"])
        text += f", {'+' if percent > 0 else ''}{percent}%"
    return text


def price_summary(name: str, old: Option | None, new: Option | None) -> str:
    """One line for a changed, added (``old`` None) or removed (``new`` None) option."""
    if old is None:
        return f"{name} new price option: {describe.price(new or {})}"
    if new is None:
        return f"{name} price option removed: {describe.price(old)}"
    subject = f"{name} tuition"
    if _label(old) == _label(new):
        # One label for both sides: name the option once, not after each amount.
        if new.get("label"):
            subject += f" ({describe.words(describe.safe_text(new['label'], 40))})"
        old, new = {**old, "label": None}, {**new, "label": None}
    text = f"{subject} {describe.price(old)} -> {describe.price(new)}"
    delta = price_delta(old, new)
    return f"{text} ({delta_text(delta)})" if delta else text
