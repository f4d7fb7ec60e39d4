"""Income-share terms: "9.9% of your monthly pre-tax income for 24 months, once you earn
$40,000 a year", and in French: "15 % de votre salaire mensuel pendant 48 mois, … avec au
moins 50 000 $ par an".

An income share is not a price: the student pays a share of later income, so the terms
are the percent, how long, and the income floor below which nothing is owed. The floor is
money in the text but never tuition.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tracker.facts import IncomeShare
from tracker.normalize import money

#: An amount and the period it is earned in: "$40,000 a year", "$3,500/month".
_FLOOR = re.compile(
    rf"(?P<amount>{money.AMOUNT})(?:\s*(?:/|\bper\b|\ban?\b|\bpar\b)\s*"
    r"(?:year|yr|annum|month|mo|an|mois)s?\b)?",
    re.IGNORECASE,
)
_ISA = re.compile(
    r"(?<![\d.,])(?P<pct>\d{1,2}(?:[.,]\d{1,2})?)[\s\u00a0\u202f]?%\s+(?:of|de|du|des)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:income|salary|earnings|pay|revenus?|salaire|rémunération)\b",
    re.IGNORECASE,
)
_ISA_MONTHS = re.compile(
    rf"\b(?:for|over|pendant|sur|durant)\s+(?:up\s+to\s+|a\s+max(?:imum)?\s+of\s+)?"
    rf"(?P<n>{money.NUMBER_WORD})\s+(?P<unit>month|year|mois|an)s?\b"
    r"|\b(?P<p>\d{1,3})\s+(?:monthly\s+)?payments\b",
    re.IGNORECASE,
)
_FLOOR_CUE = re.compile(
    r"(?:at\s+least|more\s+than|over|above|exceed\w*|minimum[\w\s]*?of|threshold\s+of|"
    r"earn\w*|making|au\s+moins|plus\s+de|gagne\w*|dépass\w*)\s*$",
    re.IGNORECASE,
)


def parse_income_share(text: str, *, currency_hint: str | None = None) -> IncomeShare | None:
    """Income-share terms from ``text``: the percent of income, for how many months, and the
    income floor below which nothing is paid. None when no "N% of ... income" is stated.

    >>> parse_income_share("9.9% of your monthly pre-tax income for 24 months")["months"]
    24
    """
    m = _ISA.search(text or "")
    if m is None:
        return None
    start, end = m.start(), m.end()
    window_start = max(0, start - 150)
    window = text[window_start : end + 250]
    months_match = _ISA_MONTHS.search(text, end, end + 120)
    months = None
    if months_match:
        n = money.count_word(months_match["n"] or months_match["p"])
        yearly = (months_match["unit"] or "").lower() in ("year", "an")
        months = n * 12 if n and yearly else n
        end = months_match.end()
    floor = currency = None
    for amount in _FLOOR.finditer(window):
        cue = window[max(0, amount.start() - 40) : amount.start()]
        read = money.read_amount(amount["amount"], currency_hint)
        if read and _FLOOR_CUE.search(cue):
            floor, currency = read
            start = min(start, window_start + amount.start())
            end = max(end, window_start + amount.end())
            break
    percent = format(Decimal(m["pct"].replace(",", ".")).normalize(), "f")
    return IncomeShare(
        percent=percent, months=months, income_floor=floor, currency=currency, raw=text[start:end]
    )
