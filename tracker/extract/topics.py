"""Which fields a piece of text may be about: cheap word tests run before any normalizer.

Normalizers are careful and therefore slow, and most of a page is about none of the
fields. A block is read for a field only when it, its heading or the block before it holds
one of the field's context words (``topics``), and when the block itself holds what a value
needs (``worth_reading``: a digit and a currency for a price, "%" for an income share...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from tracker.normalize import anchors, money

#: Context words per field: a block is read for a field only with one of these in it, in
#: the heading above it or in the block before it. Words are matched whole or, in _STEMS,
#: by their start ("pric" for price, pricing, priced); Python's re is too slow for this on
#: thousands of blocks.
_WORDS = {
    "prices": "tuition cost costs plan plans fee fees upfront deposit monthly billed credit mo "
    "month "
    # and in French: "Tarif", "Prix", "Frais de formation", "Coût", "par mois"
    "prix frais mois coût",
    "income_share": "income isa revenus",
    "start_dates": "next upcoming dates prochaine prochaines",
    "self_paced": "anytime whenever paced rythme",
    "duration": "week weeks month months hour hours hr hrs year years mois heures semaine semaines",
    "guarantees": "hired",
}
_STEMS = {
    "prices": "pric pay financ invest tarif scolarit mensualit",
    "income_share": "share",
    "start_dates": "start cohort batch begin intake session class commenc calendar schedul kick "
    "début rentrée démarr calendrier",
    "self_paced": "pace",
    "guarantees": "guarant refund defer promis reimburs garanti rembours",
}
_PHRASES = {"money back": "guarantees", "money-back": "guarantees", "risk free": "guarantees",
            "risk-free": "guarantees", "tuition back": "guarantees", "any time": "self_paced",
            "up-front": "prices", "pay back": "guarantees", "pays back": "guarantees",
            "paid back": "guarantees", "pay you back": "guarantees",
            "penny back": "guarantees", "cent back": "guarantees",
            "first day": "start_dates"}  # fmt: skip
_WORD_TOPIC: dict[str, frozenset[str]] = {}
for _field, _words in _WORDS.items():  # a word may speak of two fields ("month": a price, a length)
    for _w in _words.split():
        _WORD_TOPIC[_w] = _WORD_TOPIC.get(_w, frozenset()) | {_field}
_STEM_TOPIC = tuple((s, field) for field, stems in _STEMS.items() for s in stems.split())
_TOKEN = re.compile(r"[^\W\d_]+")  # letters, accented ones too: "scolarité", "début"
#: Every byte but a-z as a space: ASCII text's words (``_TOKEN``'s runs) by bytes.translate
#: and split, in C and faster than findall (most of what topics costs).
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
#: _PHRASES in two groups: nine of them hold "back", so one test passes over all nine.
_BACK_PHRASES = tuple((p, f) for p, f in _PHRASES.items() if "back" in p)
_OTHER_PHRASES = tuple((p, f) for p, f in _PHRASES.items() if "back" not in p)


def _tokens(low: str) -> set[str]:
    """``set(_TOKEN.findall(low))``: the runs of letters in lowered text."""
    if low.isascii():
        return set(low.encode().translate(_LETTERS_ONLY).decode().split())
    return set(_TOKEN.findall(low))


def _word_topic(word: str) -> frozenset[str] | None:
    if word in _WORD_TOPIC:
        return _WORD_TOPIC[word]
    field = next((field for stem, field in _STEM_TOPIC if word.startswith(stem)), None)
    return frozenset({field}) if field else None


#: Every word seen so far, and those of them that are context words with their field: a
#: page's words are looked up with set operations in C, and only words never seen before
#: pay for the stems' loop.
_SEEN: set[str] = set()
_TOPIC_OF: dict[str, frozenset[str]] = {}
_SEEN_LIMIT = 100_000  # words kept before the tables start over, to bound a worker's memory


@lru_cache(maxsize=4096)
def topics(text: str) -> frozenset[str]:
    """The fields whose context words ``text`` holds."""
    low = text.lower()
    words = _tokens(low)
    new = words.difference(_SEEN)
    if new:
        if len(_SEEN) > _SEEN_LIMIT:
            _SEEN.clear()
            _TOPIC_OF.clear()
            new = words
        _SEEN.update(new)
        _TOPIC_OF.update((w, t) for w in new if (t := _word_topic(w)) is not None)
    found = set().union(*(_TOPIC_OF[w] for w in words.intersection(_TOPIC_OF)))
    if "back" in low:
        found.update(field for phrase, field in _BACK_PHRASES if phrase in low)
    found.update(field for phrase, field in _OTHER_PHRASES if phrase in low)
    return frozenset(found)


DIGIT = re.compile(r"\d")
_PACE_PHRASE = re.compile(r"any ?time|whenever|own pace", re.I)
_PACE_LOWERED = re.compile(_PACE_PHRASE.pattern)  # led by letters: fast on lowered text


def _has_pace_phrase(text: str) -> bool:
    low = anchors.lowered(text)
    return bool(_PACE_LOWERED.search(low) if low is not None else _PACE_PHRASE.search(text))


_NUMBER_WORD = re.compile(r"\b(?:a|one|two|three|four|six|nine|twelve) (?:week|month|year)", re.I)
#: What the block itself must hold before its field's normalizer is worth calling.
WORTH_READING: dict[str, Callable[[str], Any]] = {
    "prices": lambda text: DIGIT.search(text) and money.has_currency(text),
    "income_share": lambda text: "%" in text,
    "start_dates": DIGIT.search,
    # A mode is a label ("Self-paced") or "start anytime"; a long sentence may be about a
    # part ("self-paced lessons during the week plus a live workshop").
    "self_paced": lambda text: _has_pace_phrase(text) or len(text.split()) <= 12,
    "duration": lambda text: DIGIT.search(text) or _NUMBER_WORD.search(text),
    "guarantees": lambda text: "guarantees" in topics(text),
}
