"""Whether two statements of a guarantee's terms say the same thing.

Pages re-render terms in ways that change bytes and not meaning: typographic quotes for
straight ones, non-breaking or doubled spaces, left-over markup or entities, a fixed typo,
a dropped article. A changed number ("6 months" -> "12 months", "50%" -> "75%"), another
word, or a new condition sentence is a change of terms. So terms are compared as their
words, without quotes, punctuation, articles and case, and two words of five letters or
more spelled nearly alike ("recieve"/"receive") count as one; numbers must match exactly.
"""

from __future__ import annotations

import html
import re
from difflib import SequenceMatcher
from typing import Any

_TAG = re.compile(r"<[^>]{0,200}>")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?|[$€£¥₹]")
_ARTICLES = frozenset({"a", "an", "the"})
_TYPO_RATIO = 0.8  # SequenceMatcher ratio of two spellings of one word ("recieve", "receive")


def words(text: Any) -> list[str]:
    """The words that carry the meaning of ``text``: "the “Career Sprint”  phase" ->
    ["career", "sprint", "phase"]."""
    plain = html.unescape(_TAG.sub(" ", str(text or "")))
    tokens = (t.replace("’", "'") for t in _TOKEN.findall(plain.casefold()))
    return [t for t in tokens if t not in _ARTICLES]


def same_terms(old: Any, new: Any) -> bool:
    """Whether ``old`` and ``new`` terms mean the same (see the module docstring)."""
    a, b = words(old), words(new)
    if a == b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or _typo(x, y) for x, y in zip(a, b, strict=True))


def _typo(x: str, y: str) -> bool:
    if not (x.isalpha() and y.isalpha()) or min(len(x), len(y)) < 5:
        return False
    return sorted(x) == sorted(y) or SequenceMatcher(None, x, y).ratio() >= _TYPO_RATIO
