"""How long a program takes, read from a short block of text or a JSON-LD ISO 8601 duration.

Recognised: "16 weeks", "16-week", "~12 months", "nine months" (number words one to
twenty-four), "a year" (12 months), "1.5 years" (18 months), "300 hours" (hours_total), and
weekly load as "20-25 h/week", "about 12 hours per week", "10 hrs a week", "10 hrs p/w" or
labelled before its number ("Hours / week: 20", "Per week 40 h"). A range of weeks
or months ("12-16 weeks") keeps its lower end, as prices keep theirs in ``amount``; the first
mention of each unit wins ("Full-time 12 weeks, part-time 24 weeks" is 12 weeks).
French is read the same way: "16 semaines", "6 mois", "2 années", "15 à 20 h par semaine",
"10 heures hebdomadaires", with its windows ("dans les 6 mois", "sous 6 mois"), terms
("pendant 24 mois" after a percentage) and support periods ("6 mois après la formation",
"12 mois de suivi") skipped.

Numbers near money or time limits describe something else, so they are skipped: payment
terms ("12-month payment plan", "$96/month for 12 months", "9.9% of income for 24 months"),
windows ("within 6 months of graduation", "3 months after graduating"), access or support
periods ("1 year access", "6 months of career support"), rates ("every 2 weeks", "twice a
year"), "24/7" and single-session hours ("2-hour workshop", "24 hours a day").

It is one module of about 250 lines because a length, a weekly load and a total are read
from the same numbers, and the words that rule a number out apply to all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from tracker.facts import Duration
from tracker.normalize import anchors

_WORDS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split(),
        1,
    )
}
_WORDS.update(
    {
        f"twenty{sep}{w}": 20 + i
        for i, w in enumerate(("one", "two", "three", "four"), 1)
        for sep in "- "
    }
)
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
)
_RANGE = rf"(?P<n>{_NUM})(?:\s*(?:-|–|to|à)\s*(?P<hi>{_NUM}))?"  # French: "15 à 20 h"
_PER_WEEK = re.compile(
    # what the hours are of may stand between: "20 hours of scheduled learning per week"
    rf"\b{_RANGE}\s*\+?\s*(?:h|hrs?|hours?|heures?)\.?\s*(?:of\s+(?:[a-z-]+\s+){{1,3}}?)?"
    r"(?:(?:/|per|a|each|every)\s*(?:week|wk)\b"
    r"|weekly\b|p/?w\b|(?:/|par)\s*semaine\b|hebdomadaires?\b)",
    re.IGNORECASE,
)
#: A weekly load labelled before its number: "Hours / week | 20", "Hours per week: 15-20",
#: "Per week\n40 h" (a card's caption over its value), "Weekly hours | 10-15 (part-time)".
_PER_WEEK_LABELS = (
    re.compile(
        rf"\b(?:hours?|hrs?)\s*(?:/|per|a|each)\s*(?:week|wk)\b[\s:|–-]{{0,4}}{_RANGE}\b"
        r"(?!\s*(?:weeks?|wks?|months?|years?|days?|%|[-/.,]\d))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:per|a|each)\s+(?:week|wk)\b[\s:|–-]{{0,4}}{_RANGE}\s*(?:h|hrs?|hours?)\b"
        r"(?!\s*(?:each|per|a|of)\b)",  # "Classes per week: 3 hours each" is a class's length
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bweekly\s+(?:hours|hrs|time\s+commitment|commitment|workload|load)\b[\s:|–-]{{0,4}}"
        rf"{_RANGE}(?=\s*(?:h|hrs?|hours?)\b|\s*[(|;,\n]|\s*$|\.(?!\d))",  # no unit but hours
        re.IGNORECASE,
    ),
)
#: The first words of each of _PER_WEEK_LABELS, where the scan for it begins.
_LABEL_WORDS = (
    ("hour", "hr"),
    ("per", "a ", "each"),
    ("weekly",),
)  # what each of _PER_WEEK_LABELS begins with
_TOTAL = re.compile(rf"\b{_RANGE}\s*\+?\s*(?:hours|hrs|h)\b(?![-/])", re.IGNORECASE)
_SPAN = re.compile(
    rf"(?:\b{_RANGE}|(?P<a>\ba))[-\s]*(?P<unit>weeks?|wks?|months?|mos?|years?|yrs?"
    r"|semaines?|mois|années?)\b(?!/)",  # and in French
    re.IGNORECASE,
)
#: Text right before a number that makes it a window, a rate or a payment term.
_BEFORE = re.compile(
    r"(?:\b(?:within|first|last|every|each|times|twice|once|per|ago"
    # and in French: "dans les 6 mois", "sous 6 mois", "tous les 3 mois", "chaque"
    r"|dans\s+les|sous|tous\s+les|chaque)"
    r"|(?:/\s*mo(?:nth)?\b|\bper month|\ba month|\bmonthly|\binstal+ments?|\bpayments?|\bloans?"
    r"|\bfinanc\w*|\baccess|%|\bincome)[^.;]{0,40}?\b(?:for|over|pendant|sur)"
    r"|\bpay\w*[^.;]{0,20}?\bover)\W*$",
    re.IGNORECASE,
)
_BEFORE_ENDS = ("within", "first", "last", "every", "each", "times", "twice", "once", "per",
                "ago", "for", "over", "les", "sous", "chaque", "pendant", "sur")  # fmt: skip
#: Text right after a unit that makes it something other than the program's length.
_AFTER = re.compile(
    r"[-\s']*(?:payments?|instal+ments?|financ|loans?|plans?|subscription|access|membership"
    r"|warranty|after|post|money|guarantee|salary|contract|ago|old|experience|free|workshop"
    r"|session|webinar|lecture|call|a day|per day|daily|of (?:access|support|career|mentor"
    r"|job|free|graduat|complet|finish|experience|teaching|industry|salary)"
    # French: "6 mois après la formation", "6 mois de suivi", "12 mois d'accès"
    r"|après|de\s+(?:garantie|suivi|stage|accompagnement|salaire|expérience)"
    r"|d'(?:accès|expérience|accompagnement)"
    # a countdown's hours, minutes after them ("13 Hours 58 Minutes"), and a library's
    # volume, not time in class ("1,200 hours of curriculum", "40 hours of video")
    r"|\W*\d{1,2}\s*(?:minutes?|mins?)\b"
    r"|of\s+(?:curriculum|content|material|videos?|recorded|self-paced|exercises|lessons))",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"(?:[\d,.]+k?|times|twice|once|per)\s*$", re.IGNORECASE)
_ISO = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:\d+M)?(?:\d+S)?)?"
)


# One to twenty in lowered text ("twenty" also begins "twenty-one"), grouped by first letter
# so that re skips in C to the next letter that can begin one. Letters only, so no match
# hides a word start from the next one.
_NUMBER_WORDS = re.compile(
    "|".join(
        f"{first}(?:{'|'.join(w[1:] for w in _WORDS if w.isalpha() and w[0] == first)})"
        for first in sorted({w[0] for w in _WORDS})
    )
)
_A_UNIT = re.compile(r"a[-\s]*[wmy]")  # "a week", "a-month", "a year", in lowered text


def _starts(text: str) -> list[int] | None:
    """Every position where a length or weekly load can begin in ``text``: a digit, a number
    word or an "a" before a unit; None when only a full scan is exact
    (see tracker.normalize.anchors)."""
    low = anchors.lowered(text)
    if low is None:
        return None
    starts = [m.start() for m in anchors.DIGITS.finditer(text)]
    starts += [m.start() for m in _NUMBER_WORDS.finditer(low)]
    return starts + [m.start() for m in _A_UNIT.finditer(low)]


def _matches(
    pattern: re.Pattern[str], text: str, starts: list[int] | None
) -> Iterator[re.Match[str]]:
    return pattern.finditer(text) if starts is None else anchors.finditer(pattern, text, starts)


def _weekly_loads(text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """Weekly loads stated after their number ("20 hrs p/w"), then those labelled before it
    ("Hours / week | 20"); the labelled form is looked for only in text with a "week"."""
    yield from _matches(_PER_WEEK, text, starts)
    low = anchors.lowered(text)
    if low is None:
        for pattern in _PER_WEEK_LABELS:
            yield from pattern.finditer(text)
    elif "week" in low or "wk" in low:  # each label begins at its first word
        for pattern, words in zip(_PER_WEEK_LABELS, _LABEL_WORDS, strict=True):
            yield from anchors.finditer(pattern, text, anchors.occurrences(low, words))


def _number(token: str) -> float:
    token = token.lower().replace(",", "")
    return float(_WORDS.get(token) or _WORDS.get(token.replace("-", " ")) or token)


def _is_other(text: str, m: re.Match[str]) -> bool:
    return is_other_period(text, m.start(), m.end())


def is_other_period(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]``, a number and its unit, make it a
    window, rate, payment term or session rather than a program's length (also how
    tracker.extract.evidence tells a duration mention)."""
    return _ends_other(text[max(0, start - 50) : start]) or bool(_AFTER.match(text, end))


def _ends_other(before: str) -> bool:
    """``_BEFORE.search(before)``, which only a text whose last word ends as one of
    ``_BEFORE_ENDS`` can match: that is checked first, since _BEFORE is slow to scan."""
    end = len(before)
    while end and not (before[end - 1].isalnum() or before[end - 1] == "_"):  # \W*$
        end -= 1
    tail = anchors.lowered(before[max(0, end - 8) : end])  # the longest end: "pendant"
    return (tail is None or tail.endswith(_BEFORE_ENDS)) and _BEFORE.search(before) is not None


#: A unit's letter (w, m, y) by its first three letters where its first letter is not it.
_UNIT = {"sem": "w", "ann": "y"}


def parse_duration(text: str) -> Duration | None:
    """The program length stated in ``text``, or None.

    >>> parse_duration("about 300 hours (~6 months at 10 h/week)")["months"]
    6
    """
    text = text or ""
    out: Duration = {
        "weeks": None,
        "months": None,
        "hours_total": None,
        "hours_per_week_min": None,
        "hours_per_week_max": None,
    }
    spans: list[tuple[int, int]] = []
    starts = _starts(text)
    for m in _weekly_loads(text, starts):
        if not _is_other(text, m):
            low, high = int(_number(m["n"])), int(_number(m["hi"] or m["n"]))
            out["hours_per_week_min"], out["hours_per_week_max"] = low, high
            spans.append(m.span())
            break
    taken = list(spans)
    for m in _matches(_TOTAL, text, starts):
        if not any(s <= m.start() < e for s, e in taken) and not _is_other(text, m):
            out["hours_total"] = int(_number(m["n"]))
            spans.append(m.span())
            break
    for m in _matches(_SPAN, text, starts):
        unit = _UNIT.get(m["unit"][:3].lower(), m["unit"][0].lower())
        key: Literal["weeks", "months"] = "weeks" if unit == "w" else "months"
        if out[key] is not None or any(s <= m.start() < e for s, e in taken):
            continue
        if m["a"] and (unit != "y" or _MONEY_BEFORE.search(text[: m.start()])):
            continue  # "a year" is 12 months; "$10,000 a year" and "a week" are not lengths
        if _is_other(text, m):
            continue
        amount = 1.0 if m["a"] else _number(m["n"])
        out[key] = round(amount * 12 if unit == "y" else amount)
        spans.append(m.span())
    if not spans:
        return None
    out["raw"] = text[min(s for s, _ in spans) : max(e for _, e in spans)].strip()
    return out


def parse_iso_duration(value: str) -> Duration | None:
    """A JSON-LD duration: "P16W" -> 16 weeks, "P6M"/"P1Y6M" -> months, "PT300H" -> hours_total.

    Days become weeks only when they divide evenly ("P84D" -> 12 weeks)."""
    m = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m or not any(m.groups()):
        return None
    years, months, weeks, days, hours = (int(g) if g else 0 for g in m.groups())
    if days and not weeks and days % 7 == 0:
        weeks = days // 7
    out: Duration = {
        "weeks": weeks or None,
        "months": years * 12 + months or None,
        "hours_total": hours or None,
        "hours_per_week_min": None,
        "hours_per_week_max": None,
        "raw": value,
    }
    return out if out["weeks"] or out["months"] or out["hours_total"] else None
