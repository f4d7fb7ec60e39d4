"""Suggested text an editor can paste: what the page states now, fitted into the article's
own sentence.

The verdict rules (tracker.audit.rules) say what the page states; this module says it in
the claim's words. Each function returns ``(span, replacement)``: the part of the claim's
text to replace (its quote, or more when the sentence must change to fit) and what to put
there. Lists read as prose ("Jan 31, 2023 and Aug 28, 2023"); "only one cohort" becomes
"two cohorts", with its verbs ("there are", "they start"); a duration or a guarantee's
window keeps the article's wording with the page's numbers.
"""

from __future__ import annotations

import re
from typing import Any

from tracker import describe

_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_NOUN = r"(?:cohort|batch|class|intake|session|start(?:ing)? date|start|date)"
#: "only one cohort", "the only start date", "a single batch", "one upcoming cohort".
_ONLY = re.compile(
    rf"\b(?P<the>the\s+)?(?:only(?:\s+one)?|sole|a\s+single|single|one)\s+"
    rf"(?P<adj>(?:upcoming|next|scheduled|remaining|planned)\s+)?(?P<noun>{_NOUN})\b(?!s)",
    re.I,
)
_THERE_IS = re.compile(r"\b(there)(?:\s+is|'s|’s)\s+$", re.I)
#: A claim about several cohorts (not "starts", which is more often the verb).
_PLURAL = re.compile(r"\b(?:cohorts|batches|classes|intakes|sessions|dates)\b", re.I)
#: A singular verb or pronoun near the claim, and its plural.
_AGREE = {"is": "are", "was": "were", "starts": "start", "begins": "begin", "runs": "run",
          "has": "have", "kicks": "kick", "it": "they", "its": "their"}  # fmt: skip
_VERB = re.compile(rf"\b({'|'.join(_AGREE)})\b", re.I)


def prose_list(items: list[str]) -> str:
    """``["A", "B", "C"]`` -> ``"A, B and C"``."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def number(n: int) -> str:
    """A count as a word up to twelve, as prose writes it."""
    return _WORDS[n] if n < len(_WORDS) else str(n)


def cohorts(text: str, quotes: list[str], listed: list[str], only: bool) -> tuple[str, str]:
    """Replace the start dates ``quotes`` of ``text`` by the page's upcoming ``listed``.

    Dates listed in one sentence ("start Nov 14 and Jan 9") are replaced as one list. A
    claim about one cohort ("the next batch runs ...") gets the next one; a plural one
    ("cohorts start ...") gets them all; a claim that there is only one ("there is only
    one cohort: it starts ...") is reworded to the count ("there are two cohorts: they
    start ... and ...")."""
    quote, at = quotes[0], text.find(quotes[0])
    if len(quotes) > 1 and at >= 0 and quotes[-1] in text[at:]:
        return text[at : text.index(quotes[-1], at) + len(quotes[-1])], prose_list(listed)
    if len(listed) == 1 or at < 0:
        return quote, listed[0]
    if not only:
        return (quote, prose_list(listed)) if _PLURAL.search(text[:at]) else (quote, listed[0])
    before = list(_ONLY.finditer(text[:at]))
    if before:  # "there is only one cohort on the calendar: it starts <quote>"
        m = before[-1]
        start = m.start()
        there = _THERE_IS.search(text[:start])
        head = f"{there[1]} are " if there else ""
        start = there.start() if there else start
        said = head + _plural(m, len(listed)) + _agree(text[m.end() : at])
        return text[start : at + len(quote)], said + prose_list(listed)
    after = _ONLY.search(text, at + len(quote))
    if after:  # "<quote> is the only start date"
        said = _agree(text[at + len(quote) : after.start()]) + _plural(after, len(listed))
        return text[at : after.end()], prose_list(listed) + said
    return quote, prose_list(listed)


def _plural(m: re.Match, count: int) -> str:
    """ "only one cohort" -> "two cohorts", "The only batch" -> "The two batches"."""
    noun = m["noun"]
    nouns = noun + ("es" if noun.lower().endswith(("ch", "ss")) else "s")
    words = f"{m['the'] or ''}{number(count)} {m['adj'] or ''}{nouns}"
    return words[0].upper() + words[1:] if m.group()[0].isupper() else words


def _agree(words: str) -> str:
    """The verbs and pronouns of ``words`` in the plural: "it starts" -> "they start"."""

    def plural(m: re.Match) -> str:
        said = _AGREE[m[1].lower()]
        return said.capitalize() if m[1][0].isupper() else said

    return _VERB.sub(plural, words)


def cohort_text(cohort: dict[str, Any], with_end: bool) -> str:
    """A cohort as the claim states one: its start, or its start and end."""
    return describe.cohort(cohort) if with_end else describe.day(cohort.get("start"))


_DURATION_KEYS = ("weeks", "months", "hours_total", "hours_per_week_min", "hours_per_week_max")
_NUMBER = re.compile(rf"\b(?:\d+|{'|'.join(_WORDS[1:])})\b", re.I)


def duration(quote: str, claimed: dict[str, Any], page: dict[str, Any]) -> str:
    """The duration ``quote`` with the page's numbers in the article's words ("about
    twelve weeks" -> "about 16 weeks"), or the page's duration in words when the claim
    counts in another unit."""
    swaps = [(claimed[k], page[k]) for k in _DURATION_KEYS
             if claimed.get(k) and page.get(k) and claimed[k] != page[k]]  # fmt: skip
    missing = [k for k in ("weeks", "months", "hours_total") if claimed.get(k) and not page.get(k)]
    if missing or not swaps:
        return duration_words(page)

    def swap(m: re.Match) -> str:
        said = m.group().lower()
        value = int(said) if said.isdigit() else _WORDS.index(said)
        for i, (old, new) in enumerate(swaps):
            if value == old:
                del swaps[i]
                return str(new)
        return m.group()

    reworded = _NUMBER.sub(swap, quote)
    return duration_words(page) if swaps else reworded


def duration_words(value: dict[str, Any]) -> str:
    """ "16 weeks at 12 hours a week", "9 months at 20-25 hours a week", "400 hours"."""
    units = [(value.get("weeks"), "week"), (value.get("months"), "month"),
             (value.get("hours_total"), "hour")]  # fmt: skip
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in units if n]
    if not parts:
        return describe.duration(value)
    said = " (".join(parts[:2]) + (")" if len(parts) > 1 else "")
    low, high = value.get("hours_per_week_min"), value.get("hours_per_week_max")
    if low:
        hours = f"{low}-{high}" if high and high != low else f"{low}"
        said += f" at {hours} hours a week"
    return said
