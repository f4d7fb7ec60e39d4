"""Exact regex scans that try a normalizer's pattern only where a match can begin.

Python's re tries a pattern at every position of a text, about a microsecond per character
for the normalizers' patterns, while a page of 30,000 characters has a few dozen places
where a price, date or duration can start: at a digit, a currency sign, a month name.
``finditer(pattern, text, starts)`` returns exactly what ``pattern.finditer(text)`` returns,
provided ``starts`` holds every position where a match can begin; each normalizer finds
those from cheap anchors with ``str.find`` and regexes that begin with a character class,
which re skips through in C.

Anchor words are looked up in ``lowered(text)``. re.IGNORECASE also matches four non-ASCII
letters to ASCII ones ("ſ" is an "s", "K" (Kelvin) a "k"), which ``str.lower`` does not; a
text holding one of them has no lowered form, and the callers scan it the slow way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_FOLDS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K: re.IGNORECASE reads them as i, i, s, k
DIGITS = re.compile(r"\d+")  # re's \d: any Unicode decimal digit, as the patterns use it


def lowered(text: str) -> str | None:
    """``text.lower()``, position for position, or None when a word looked up in it could
    miss what re.IGNORECASE finds in ``text``."""
    if text.isascii():
        return text.lower()
    if any(char in text for char in _FOLDS):  # a search for a wider character ends at once
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def finditer(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying matches only at ``starts``: the same matches when
    ``starts`` holds every position where ``pattern`` can match (and it never matches empty).

    >>> [m.group() for m in finditer(re.compile(r"\\d+"), "a 12 b 3", [2, 3, 7])]
    ['12', '3']
    """
    pos = 0
    for start in sorted(set(starts)):
        if start >= pos:
            m = pattern.match(text, start)
            if m:
                yield m
                pos = max(m.end(), start + 1)


def occurrences(low: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` occurs in ``low``, overlapping occurrences included."""
    out = []
    for word in words:
        i = low.find(word)
        while i >= 0:
            out.append(i)
            i = low.find(word, i + 1)
    return out


def has_any(low: str, words: Iterable[str]) -> bool:
    return any(word in low for word in words)
