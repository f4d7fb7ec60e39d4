"""Where text breaks into sentences: one rule for the date, guarantee and audit readers.

Each reader looks for its cue words ("starts", "refund", "tuition") in the sentence around a
value, so a wrong break loses a fact ("Next cohort: Jan." | "5") and a missed one lends a
cue to the wrong value ("Apply by May 1. Classes begin June 5" read as one). Three copies of
this rule had drifted apart; this one keeps what each got right: a line break always ends a
sentence, ``.``, ``!`` or ``?`` end one before anything but a lower-case word, and a full stop
after an abbreviation, an initial or a currency's sign ("Jan. 5", "approx. $9,900", "e.g.
Python", "U.S. citizens", "Nu. 45,000") ends none, nor does one between numbers ("2025. 03.
14."); "6 p.m. Next cohort" does end one.
"""

from __future__ import annotations

import re

from tracker.normalize import money

# A whitespace run holding a line break, or after ".", "!", "?" (and ";" for clauses) before
# anything but a lower-case letter. Written to begin with \s, so that re skips to the next
# whitespace in C: the date reader splits every text block of a page.
_BREAK = re.compile(r"\s(?:\s*\n\s*|(?<=\n)\s*|(?<=[.!?]\s)\s*(?=[^\sa-z]))")
_CLAUSE_BREAK = re.compile(r"\s(?:\s*\n\s*|(?<=\n)\s*|(?<=;\s)\s*|(?<=[.!?]\s)\s*(?=[^\sa-z]))")
# A word that a full stop abbreviates rather than ends: titles and the short words of prices,
# lengths and lists; a single letter is an initial ("J. Smith", "U.S."). A month or weekday
# before a day's number is one too ("Jan. 5", "May. 8"), but not before a new sentence ("in
# June. Applications close").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos approx appr ca est incl excl min max vs cf wk wks hr hrs mo mos"
    " yr yrs e.g i.e a.k.a u.s u.k".split()
)
_CALENDAR = frozenset(
    "jan feb mar apr may jun june jul july aug sep sept oct nov dec"
    " mon tue tues wed thu thur thurs fri sat sun".split()
)
_LAST_WORD = re.compile(r"(?<![\w.])([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")  # "U.S.", Bulgarian "г."


def split_sentences(text: str, *, clauses: bool = False) -> list[str]:
    """The sentences of ``text``, stripped, each a substring of it; with ``clauses``, a
    semicolon ends one too ("Apply by May 1; classes begin June 5" is two statements)."""
    parts: list[str] = []
    start = 0
    for cut in (_CLAUSE_BREAK if clauses else _BREAK).finditer(text):
        before = text[start : cut.start()]
        if (
            before.endswith(".")
            and "\n" not in cut.group()
            and _abbreviated(before, text, cut.end())
        ):
            continue
        parts.append(before)
        start = cut.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _abbreviated(sentence: str, text: str, after: int) -> bool:
    """Whether ``sentence`` ends in an abbreviation's full stop, not a sentence's; what
    follows starts at ``text[after]``. A number's full stop before another number is part
    of a date as Central Europe writes it ("2025. 03. 14.", "10. 3. 2025")."""
    if sentence[-2:-1].isdigit() and text[after : after + 1].isdigit():
        return True
    word = _LAST_WORD.search(sentence[-12:])
    if not word:
        return False
    letters = word.group(1)
    name = letters.lower()
    if name in _CALENDAR:
        return text[after : after + 1].isdigit()
    if text[after : after + 1].isdigit() and money.currency_code(letters) is not None:
        return True  # a currency's sign before its amount: "Rs. 5,000", "Nu. 45,000"
    return len(letters) == 1 or name in _ABBREVIATIONS
