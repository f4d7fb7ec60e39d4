"""Whether two statements of a guarantee's terms say the same thing.

Pages re-render terms in ways that change bytes and not meaning: typographic quotes for
straight ones, non-breaking or doubled spaces, left-over markup or entities, a fixed typo,
a dropped article. A changed number ("6 months" -> "12 months", "50%" -> "75%"), another
word, or a new condition sentence is a change of terms. So terms are compared as their
words, without quotes, punctuation, articles and case, and two words of five letters or
more spelled nearly alike ("recieve"/"receive") count as one; numbers must match exactly.

That word-by-word reading holds for an *edit* of the same text: the two share a sentence,
or most of their words in order. A redesign often restates the promise in new copy
("Land a job within 9 months or get 100% of your tuition back" -> "If you aren't hired
within 9 months after graduation, we return 100% of the tuition"), where no word-level
comparison can tell meaning; such a *rewrite* is the same promise when it states the same
figures: its periods ("9 months", "the first 14 days"), refund shares ("100%") and sums
("$500"). So a rewrite that changes the window or the share is still a change, and so is
any edit; a rewrite's conditions in other words are not compared.

A window ("within 9 months of completing") is the same when its words are, or when it
states the same period counted from the same point: "of finishing", "of graduating" and
"the end of the course" are one point, "of enrolling" another (:func:`same_window`).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from difflib import SequenceMatcher
from typing import Any

from tracker.normalize.sentences import split_sentences

_TAG = re.compile(r"<[^>]{0,200}>")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?|[$€£¥₹]")
_ARTICLES = frozenset({"a", "an", "the"})
#: Words that name one thing: "get every penny back" and "every cent back" are one promise.
_SYNONYMS = {"penny": "cent", "pennies": "cents"}
_TYPO_RATIO = 0.8  # SequenceMatcher ratio of two spellings of one word ("recieve", "receive")
#: Words alike in order, as a share of both texts, above which a text is an edit of the other.
_EDIT_RATIO = 0.65
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}  # fmt: skip
_NUMBER_WORDS.update(fourteen="14", fifteen="15", twenty="20", thirty="30", sixty="60",
                     ninety="90", hundred="100")  # fmt: skip
_NUM = rf"\d+(?:[.,]\d+)*|\b(?:{'|'.join(_NUMBER_WORDS)})\b"
#: A promise's figures: a period of a number and a unit, a percentage, a sum of money.
_FIGURE = re.compile(
    rf"(?P<period>(?:{_NUM})[\s-]*(?P<unit>hour|day|week|month|year)s?\b)"
    rf"|(?P<percent>(?:{_NUM})\s*(?:%|percent\b))"
    rf"|(?P<money>[$€£¥₹]\s*\d[\d,.]*|\d[\d,.]*\s*(?:USD|EUR|GBP|dollars|euros|pounds)\b)",
    re.I,
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def words(text: Any) -> list[str]:
    """The words that carry the meaning of ``text``: "the “Career Sprint”  phase" ->
    ["career", "sprint", "phase"]."""
    plain = html.unescape(_TAG.sub(" ", str(text or "")))
    tokens = (t.replace("’", "'") for t in _TOKEN.findall(plain.casefold()))
    return [_SYNONYMS.get(t, t) for t in tokens if t not in _ARTICLES]


def same_terms(old: Any, new: Any) -> bool:
    """Whether ``old`` and ``new`` terms mean the same (see the module docstring)."""
    a, b = words(old), words(new)
    if _same_words(a, b):
        return True
    if _is_edit(str(old or ""), str(new or ""), a, b):
        return False
    return figures(old) == figures(new)


def _same_words(a: list[str], b: list[str]) -> bool:
    if a == b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or _typo(x, y) for x, y in zip(a, b, strict=True))


def _is_edit(old: str, new: str, a: list[str], b: list[str]) -> bool:
    """Whether ``new`` edits the text of ``old`` (a sentence in common, or most words alike
    in order) rather than restating it in other words."""
    if not a or not b:
        return True  # terms stated on one side only: nothing restated
    if SequenceMatcher(None, a, b, autojunk=False).ratio() >= _EDIT_RATIO:
        return True
    theirs = [words(s) for s in split_sentences(_TAG.sub(" ", new))]
    return any(
        mine and any(_same_words(mine, other) for other in theirs)
        for mine in (words(s) for s in split_sentences(_TAG.sub(" ", old)))
    )


def figures(text: Any) -> Counter[str]:
    """The periods, percentages and sums ``text`` states, number words as digits: "within
    six months ... 100% of your tuition" -> {"6 month", "100%"}."""
    plain = html.unescape(_TAG.sub(" ", str(text or "")))
    found: Counter[str] = Counter()
    for m in _FIGURE.finditer(plain):
        if m.group("period"):
            found[f"{_number(m.group('period'))} {m.group('unit').lower()}"] += 1
        elif m.group("percent"):
            found[f"{_number(m.group('percent'))}%"] += 1
        else:
            found[f"${_number(m.group('money'))}"] += 1
    return found


def _number(text: str) -> str:
    digits = _DIGITS.search(text)
    if digits:
        return digits.group().replace(",", "")
    word = re.search(r"[a-z]+", text.lower())
    return _NUMBER_WORDS.get(word.group(), "?") if word else "?"


def _typo(x: str, y: str) -> bool:
    if not (x.isalpha() and y.isalpha()) or min(len(x), len(y)) < 5:
        return False
    return sorted(x) == sorted(y) or SequenceMatcher(None, x, y).ratio() >= _TYPO_RATIO


def same_window(old: Any, new: Any) -> bool:
    """Whether two statements of a guarantee (their terms alike) give the same window. A
    window stated on one side only is the same when the other side's terms state its period
    ("Try the first 14 days risk-free" beside the window "during the first 14 days"): the
    window is read from the terms, and some wordings put no "within" before the period."""
    a, b = old.get("window"), new.get("window")
    if a and b:
        return same_terms(a, b) or _window_meaning(a) == _window_meaning(b) is not None
    stated, other = (a, new) if a else (b, old)
    if not stated:
        return True
    return figures(stated) <= figures(other.get("terms")) and bool(figures(stated))


#: Words that say a window counts from the end of the program, or from its start:
#: "within 9 months of completing" and "of finishing" are one window, "of enrolling" another.
_WINDOW_FROM = (
    ("end", re.compile(r"\b(?:complet\w*|finish\w*|graduat\w*|end|ending|conclu\w*)\b", re.I)),
    ("start", re.compile(r"\b(?:start\w*|begin\w*|commenc\w*|enrol\w*|joining)\b", re.I)),
)
_PERIOD_TEXT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty"
    r"|sixty|ninety)[\s-]*(?:hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
_WINDOW_WORDS = re.compile(r"\b(?:within|during|in|the|first|of|after|from|following|your|a"
                           r"|program\w*|course|bootcamp|business|calendar)\b", re.I)  # fmt: skip


def _window_meaning(window: str) -> tuple[Any, str] | None:
    """A window as its period and what it counts from: ("9 months", "end") for "within 9
    months of completing the course"; None when it holds words beside those (a condition
    such as "of passing the exam"), which only a comparison of its words can weigh."""
    period = figures(window)
    if not period:
        return None
    rest = _PERIOD_TEXT.sub(" ", window)
    anchor = next((name for name, pattern in _WINDOW_FROM if pattern.search(rest)), "")
    for _, pattern in _WINDOW_FROM:
        rest = pattern.sub(" ", rest)
    if _WINDOW_WORDS.sub(" ", rest).strip(" -–,."):
        return None
    return period, anchor
