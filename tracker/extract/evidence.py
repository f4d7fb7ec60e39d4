"""Evidence counts: how much fact-like text a page holds for the fields it gave no value.

A price that vanishes while the page still mentions money is more likely a broken extractor
than a change, so the differ compares these counts along with the facts; it only asks
whether a count is above zero, and only for a field the page gave no value, so a page is
counted for those fields alone (:data:`tracker.facts.EVIDENCE_OF`). They count over all
visible text, quotes and blog-like prose included, in one cheap pass over the page's blocks
instead of the normalizers' careful readers (which cost more than the rest of the text
layer together):

- a price mention is a number with a currency sign or code right before or after it
  ("$85,000", "US$ 5", "15.950 €", "1,200 USD", "500 euros"); salaries and discounts count;
- a date mention is a day number next to a month name ("Jan 9", "9th of January"), or an
  ISO or slashed date ("2022-11-14", "11/14/2022");
- a guarantee mention is a block with a guarantee, refund, money-back, deferral or income
  share word that is not negated ("no guarantee", "is no longer offered"), in a block that
  talks money, jobs or tuition ("Satisfaction guaranteed" alone is marketing);
- a duration mention is a number, in digits or words, right before a unit of weeks,
  months, hours or years ("16 weeks", "12-month", "twenty hours"), unless the words around
  it make it a window, a payment term or a session, as the duration reader skips them
  ("within 6 months of graduating", "12-month payment plan", "24 hours a day");
- for a list field the page does state (prices, start dates), :func:`values_seen` keeps the
  amounts and days shown where the text layer read that field, so an option or a cohort a
  later version loses while still showing it is told from one the site removed;
- a self-paced mention is a block that says the program is self-paced, as
  :func:`tracker.normalize.dates.is_self_paced` reads it (not negated), but a testimonial or a
  link-only block.

It is one module of about 250 lines because each field's count is one small scan over
the same blocks, done in one pass; apart, each would walk the page again.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from tracker.extract.blocks import Block
from tracker.facts import EVIDENCE_OF, Evidence
from tracker.normalize import anchors, dates, durations, guarantees, money

#: Every count there is.
KEYS = frozenset(EVIDENCE_OF.values())

_SPACES = (" ", "\u00a0")
_NUMBER_END = re.compile(r"\d[ \u00a0]?\Z")  # a number ends right before a currency after it
#: In lowered text, at a month name that begins a word: the month and a day number after it.
_DAY_AFTER = re.compile(rf"{dates._MONTH}\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b")
#: In lowered text, a day number right before a month name ("9th of january").
_DAY_BEFORE = re.compile(r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?\Z")
_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-\d\d?-\d\d?\b")  # at 4 before its first "-"
_SLASH_DATE = re.compile(r"(?<!\d)\d\d?/\d\d?/(?:19|20)\d\d\b")  # ends 5 after a "/"
#: Words a guarantee mention begins with, looked up in lowered text.
_PROMISE_WORDS = ("guarantee", "refund", "money", "defer", "income")
_PROMISE = re.compile(r"guarantee[ds]?\b|refund|money[- ]?back\b|defer|income[- ]share\b")
#: Where a duration unit can begin, in lowered text, and the unit itself.
_UNIT_STARTS = ("week", "wk", "month", "hour", "hr", "year", "yr")
_UNIT = re.compile(r"(?:weeks?|wks?|months?|hours?|hrs?|years?|yrs?)\b")
_NUMBER_WORDS = frozenset(durations._WORDS)  # "twelve", "twenty-four"...


def count_mentions(blocks: list[Block], keys: Iterable[str] = KEYS) -> dict[str, int]:
    """The counts named by ``keys`` (of :data:`KEYS`) over the blocks' text: the differ
    only asks for the count of a field the page gave no value, so extraction asks for those."""
    keys = set(keys)
    found: dict[str, int] = {}
    if "price_mentions" in keys:  # money is read in the text as written: no lowering
        found["price_mentions"] = count_money("\n".join(b.text for b in blocks))
    if keys - found.keys():
        lows = [b.text.lower() for b in blocks]
        low = "\n" + "\n".join(lows)  # a line break first: every word has a character before
        counters = {
            "date_mentions": lambda: count_dates(low),
            "guarantee_mentions": lambda: count_promises(low, lows),
            "duration_mentions": lambda: count_durations(low),
            # A page without any word of a self-paced phrase has no block with one.
            "self_paced_mentions": lambda: (
                count_self_paced(blocks, lows) if dates.may_be_self_paced(low) else 0
            ),
        }
        found.update((key, count()) for key, count in counters.items() if key in keys)
    return found


def values_seen(read_for: dict[str, list[str]]) -> Evidence:
    """For the list fields a page states (prices, start_dates), the values its text shows
    where a reader takes them for that field (the blocks the text layer gave that field's
    reader, ``Page.read_for``): ``amounts_seen`` and ``days_seen``. A price option or cohort
    that vanished while its amount or day is still shown so was lost by extraction, not
    removed by the site. A field read from structured data alone shows none."""
    found: Evidence = {}
    if "prices" in read_for:
        found["amounts_seen"] = amounts_seen("\n".join(read_for["prices"]))
    if "start_dates" in read_for:
        found["days_seen"] = days_seen("\n" + "\n".join(read_for["start_dates"]).lower())
    return found


def count_money(text: str) -> int:
    """Numbers with a currency sign or code right before or after them, each counted once.
    Signs and words are found with str.find, which outruns a regex scan of the page; codes
    (in capitals only: "try 5" is no price) with a pattern that re skips to capitals for."""
    return len(_money_starts(text))


def _money_starts(text: str) -> set[int]:
    """Where each number of :func:`count_money` begins."""
    before: set[int] = set()  # where each number with a currency before it begins
    after: set[int] = set()  # where each number with a currency after it ends
    for at in anchors.occurrences(text, money.SIGNS):
        digit = at + 2 if text[at + 1 : at + 2] in _SPACES else at + 1
        if text[digit : digit + 1].isdecimal():
            before.add(digit)
    for at in money.iso_codes(text):
        end = at + 3
        if text[at - 1 : at].isalpha() or text[end : end + 1].isalpha():
            continue
        digit = end + 1 if text[end : end + 1] in _SPACES else end
        if text[digit : digit + 1].isdecimal():
            before.add(digit)
        elif _NUMBER_END.search(text, max(0, at - 2), at):
            after.add(at)
    for at in anchors.occurrences(text, money.POST_SIGNS):
        if _NUMBER_END.search(text, max(0, at - 2), at):
            after.add(at)
    low = text.lower()
    for at in anchors.occurrences(low, money.CURRENCY_WORDS) if len(low) == len(text) else ():
        if _NUMBER_END.search(text, max(0, at - 2), at):
            after.add(at)
    # "$12,000 USD" is one mention: a currency after a number that has one before is not
    # counted again (the number's start is found by walking back over its characters).
    return before | {_number_start(text, at) for at in after}


def _number_start(text: str, at: int) -> int:
    i = at - 1 if text[at - 1 : at] in _SPACES else at
    while i and (text[i - 1].isdecimal() or text[i - 1] in ",.\u00a0\u202f"):
        i -= 1
    return i


def count_dates(low: str) -> int:
    """Dates in lowered text ``low``: a month name next to a day number, ISO, slashed."""
    count = 0
    for i in anchors.occurrences(low, dates._MONTH_STARTS):
        if i and low[i - 1].isalnum():
            continue
        if _DAY_AFTER.match(low, i):
            count += 1
        elif i and low[i - 1].isspace() and _DAY_BEFORE.search(low[max(0, i - 12) : i]):
            count += 1
    dashes = anchors.occurrences(low, ("-",))
    count += sum(1 for i in dashes if i >= 4 and _ISO_DATE.match(low, i - 4))
    slashes = anchors.occurrences(low, ("/",))
    return count + sum(1 for i in slashes if _SLASH_DATE.search(low, max(0, i - 2), i + 9))


def amounts_seen(text: str) -> list[str]:
    """The whole units of every amount with a currency in ``text``, as digits: "$19,500",
    "15.950 €" and "1,200.50 USD" give "19500", "15950", "1200". The differ asks whether a
    price option that vanished is still on the page (then extraction lost it)."""
    found = set()
    for start in _money_starts(text):
        number = _AMOUNT.match(text, start)
        if number:
            parts = _GROUP.split(number.group().rstrip(",."))
            whole = parts if len(parts) == 1 or len(parts[-1]) == 3 else parts[:-1]
            found.add(str(int("".join(whole))))
    return sorted(found)


_AMOUNT = re.compile(r"\d[\d,.\u00a0\u202f]*")
_GROUP = re.compile(r"[,.\u00a0\u202f]")


def days_seen(low: str) -> list[str]:
    """Month and day ("05-07") of every date in lowered text ``low``: a month name next to a
    day number, an ISO date, or a numeric one in both orders ("07/03/2025": 07-03, 03-07);
    the differ asks whether a cohort that vanished is still on the page. The year is left
    out: "May 7" states it as well as "7 May 2025"."""
    found = set()
    for i in anchors.occurrences(low, dates._MONTH_STARTS):
        if i and low[i - 1].isalnum():
            continue
        month = dates._MONTH_STARTS.index(low[i : i + 3]) + 1
        after = _DAY_AFTER.match(low, i)
        before = i and low[i - 1] in " \u00a0" and _DAY_BEFORE.search(low[max(0, i - 12) : i])
        for m in (after, before or None):
            day = _DAY_NUMBER.search(m.group()[-8:]) if m else None
            if day:
                found.add(f"{month:02d}-{int(day.group()):02d}")
    for i in anchors.occurrences(low, ("-",)):
        iso = _ISO_DATE.match(low, i - 4) if i >= 4 else None
        if iso:
            parts = iso.group().split("-")
            found.add(f"{int(parts[1]):02d}-{int(parts[2]):02d}")
    for m in dates.numeric_dates(low):  # "07/03/2025" is either order: both are shown
        if low[m.start() - 1 : m.start()] not in (".", "/"):
            a, b = int(m[1]), int(m[3])
            found.update(f"{x:02d}-{y:02d}" for x, y in ((a, b), (b, a)) if x <= 12 and y <= 31)
    return sorted(found)


_DAY_NUMBER = re.compile(r"(?:3[01]|[12]\d|0?[1-9])(?=\D*$)")


def count_self_paced(blocks: list[Block], lows: list[str]) -> int:
    """Blocks that say the program is self-paced, but testimonials and link-only blocks
    (the text layer reads neither, so neither may vouch for a lost value); ``lows`` are
    the blocks' texts lowered, to pass over blocks without a word every such phrase holds."""
    return sum(
        1
        for block, low in zip(blocks, lows, strict=True)
        if block.kind not in ("quote", "links")
        and dates.may_be_self_paced(low)
        and dates.is_self_paced(block.text)
    )


def count_durations(low: str) -> int:
    """Numbers right before a duration unit in lowered text ``low``, found from the units
    (a page has fewer of them than numbers) by reading back over the characters before."""
    count = 0
    for at in anchors.occurrences(low, _UNIT_STARTS):
        unit = None if at and low[at - 1].isalpha() else _UNIT.match(low, at)
        if unit is None:
            continue
        end = at
        while end and low[end - 1] in " \u00a0-":  # "16 weeks", "16-week", "10hrs"
            end -= 1
        start = end
        while start and (low[start - 1].isalnum() or low[start - 1] in ".,-"):
            start -= 1
        number = low[start:end]
        if number.replace(".", "").replace(",", "").isdecimal() or number in _NUMBER_WORDS:
            # not "within 6 months of graduating", "12-month payment plan", "24 hours a day"
            count += not durations.is_other_period(low, start, unit.end())
    return count


def count_promises(low: str, lows: list[str]) -> int:
    """How many blocks make a guarantee mention that is not negated and talks money; ``low``
    is the blocks' lowered texts ``lows`` joined by line breaks after a first one."""
    starts = sorted(anchors.occurrences(low, _PROMISE_WORDS))
    if not starts:
        return 0
    ends = list(itertools.accumulate(len(t) + 1 for t in lows))  # just past each block
    counted: set[int] = set()
    for start in starts:
        index = bisect.bisect_right(ends, start - 1)  # ``low`` begins with one extra "\n"
        if index in counted or low[start - 1].isalnum():
            continue
        m = _PROMISE.match(low, start)
        if m is None:
            continue
        block_start = ends[index - 1] + 1 if index else 1
        block = lows[index]
        if guarantees.is_mention(block, start - block_start, m.end() - block_start):
            counted.add(index)
    return len(counted)
