"""The text layer: facts read from the page's visible text, block by block.

Text is the last resort, since it states what the page says for people, with salaries,
testimonials and blog dates around the facts. Each block goes to a field's normalizer only
when the context words say it may be about that field (:mod:`tracker.extract.topics`), and the
normalizer sees only that block, with the heading over it when the heading is what gives the
block its meaning ("Upcoming cohorts" over a list of dates). Of several durations, the one
about the program ("The bootcamp takes 16 weeks") and the most detailed wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tracker.extract.blocks import Block
from tracker.extract.page import Page
from tracker.extract.topics import WORTH_READING, topics
from tracker.normalize import anchors

_STRONG_DURATION = re.compile(
    r"duration|length|\blong\b|\btakes?\b|\bruns?\b|full.time|part.time|program|course|\bpath\b"
    r"|boot ?camp|\btrack\b|commitment",
    re.I,
)
# _STRONG_DURATION for lowered text, each branch led by a letter so that re skips in C to
# the next letter that can begin one; (?<!\w.) after a first letter is the \b before it.
_STRONG_LOWERED = re.compile(
    r"d(?:uration)|l(?:ength|(?<!\w.)ong\b)|t(?<!\w.)(?:akes?|rack)\b|r(?<!\w.)uns?\b"
    r"|f(?:ull.time)|p(?:art.time|rogram|(?<!\w.)ath\b)|c(?:ourse|ommitment)|b(?:oot ?camp)"
)


def _is_strong(text: str) -> bool:
    """``_STRONG_DURATION.search(text)``, on lowered text where that finds the same (fast)."""
    low = anchors.lowered(text)
    return bool(_STRONG_LOWERED.search(low) if low is not None else _STRONG_DURATION.search(text))


_DURATION_PARTS = ("weeks", "months", "hours_total", "hours_per_week_min")


def from_text(page: Page, wanted: list[str]) -> dict[str, Any]:
    """The ``wanted`` fields as the page's text states them."""
    out: dict[str, Any] = {"prices": [], "start_dates": [], "guarantees": []}
    durations_found: list[tuple[tuple[bool, int, int], Any]] = []
    best: tuple[bool, int, int] | None = None  # the rank of the best duration so far
    prev: frozenset[str] = frozenset()
    for block in page.blocks():
        if block.kind in ("quote", "links"):
            prev = frozenset()
            continue
        # The heading over the block and a short block before it: their words are read
        # apart, as the text "context\nprevious block" would be (no context word spans lines).
        own = topics(block.text)
        around = topics(block.context) | prev
        prev = own if len(block.text) < 120 else frozenset()
        for name in wanted:
            if out.get(name) and name in ("income_share", "self_paced"):
                continue
            if not (name in own or name in around) or not WORTH_READING[name](block.text):
                continue
            if name == "duration" and not _may_beat(best, block):
                continue
            for text, label in _feeds(name, block, name in own):
                value = page.read(name, text, "text", block.text, label=label)
                if name in ("prices", "start_dates"):
                    page.read_for.setdefault(name, []).append(block.text)
                if isinstance(value, list):
                    out[name].extend(value)
                elif value and name == "duration":  # best: about the program, detailed
                    strong = _is_strong(f"{block.context} {block.text}")
                    detail = sum(1 for k, v in value.items() if v and k in _DURATION_PARTS)
                    rank = (not strong, -detail, len(durations_found))
                    durations_found.append((rank, value))
                    best = min(best, rank) if best else rank
                elif value:
                    out[name] = value
    if durations_found:
        out["duration"] = _with_length(sorted(durations_found, key=lambda found: found[0]))
    return out


def _with_length(ranked: list[tuple[Any, Any]]) -> Any:
    """The best duration, its unstated parts taken from the next ones that agree with it: a
    table's "Length | 14 weeks" row and "Weekly hours | 10 hours/week" row are one duration.
    Only a duration of the same length (or of none) lends parts, so a part-time track's
    hours never join the full-time length."""
    best = dict(ranked[0][1])
    for _, other in ranked[1:]:
        if any(best.get(k) and other.get(k) and best[k] != other[k] for k in _LENGTH):
            continue
        for part in (*_LENGTH, "hours_total", "hours_per_week_min", "hours_per_week_max"):
            if not best.get(part) and other.get(part):
                best[part] = other[part]
    return best


_LENGTH = ("weeks", "months")


def _may_beat(best: tuple[bool, int, int] | None, block: Block) -> bool:
    """Whether a duration read from ``block`` could rank before ``best``: once a duration
    about the program is found, only another one about the program can (it needs more
    detail, and reading it costs more than this test); nothing beats all four parts."""
    if best is None or best[0]:
        return True
    return _most_parts(block.text) > -best[1] and _is_strong(f"{block.context} {block.text}")


def _most_parts(text: str) -> int:
    """At most how many of ``_DURATION_PARTS`` a duration read from ``text`` can state: weeks
    and a weekly load need "week" or "wk", months "mo", "yr" or "year" (see
    tracker.normalize.durations); hours are not ruled out, since "10h" needs only an "h"."""
    low = anchors.lowered(text)
    if low is None:
        return len(_DURATION_PARTS)
    weekly = "week" in low or "wk" in low
    return 1 + 2 * weekly + ("mo" in low or "yr" in low or "year" in low)


def _feeds(name: str, block: Block, own_context: bool) -> Iterator[tuple[str, str | None]]:
    """The texts, with labels, that a block gives to field ``name``'s normalizer."""
    if name == "prices" and block.kind == "row":
        label = block.label
        if label and "prices" in topics(label) and all(h for h, _ in block.cells[1:]):
            for header, cell in block.cells[1:]:  # a plan per column: "Tuition | $1 | $2"
                yield f"{label}: {cell}", header
            return
        yield block.text, label
    elif name in ("start_dates", "income_share", "guarantees") and not own_context:
        yield f"{block.context}\n{block.text}", None  # the heading says "Upcoming cohorts"
    elif name == "guarantees" and block.context.endswith("?"):
        yield f"{block.context}\n{block.text}", None  # a FAQ answer under its question
    else:
        yield block.text, None
