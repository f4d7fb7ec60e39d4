"""Extract a program page's facts in layers: user hints, structured data, embedded JSON, text.

``extract_facts(url, html, today=...)`` parses the HTML once with lxml and fills each field
from the first layer that finds it, so nothing is counted twice:

1. ``hint`` (:mod:`tracker.extract.hints`): the user's css/xpath selector for the field. A hint
   matching nothing readable is listed in ``evidence.hint_misses``; the next layers go on.
2. ``json-ld`` then ``microdata`` (:mod:`tracker.extract.structured`): Course,
   EducationalOccupationalProgram, Product, CourseInstance, Offer and AggregateOffer.
3. ``next-data`` (:mod:`tracker.extract.embedded`): JSON blobs (``__NEXT_DATA__``, an .ics
   feed's events, an API's JSON response shown as the page) walked with the key vocabulary
   of :mod:`tracker.extract.json_keys`.
4. ``text`` (:mod:`tracker.extract.text_layer`): the visible text split into blocks
   (:mod:`tracker.extract.blocks`); each normalizer sees only the blocks with its context words in
   them, in the heading above them or in the block before.

This module keeps only that order and what to do when layers agree or overlap: a duration
that states only a weekly load is completed by a lower layer's length; prices are deduped,
cohorts kept one per start, guarantees one per kind.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, TypeVar

import lxml.etree

from tracker.extract.embedded import from_embedded_json
from tracker.extract.evidence import count_mentions, values_seen
from tracker.extract.hints import from_hint
from tracker.extract.merge import fullest_prices
from tracker.extract.page import Page, complete, has_length
from tracker.extract.shown_sources import read_shown_sources
from tracker.extract.structured import faq_answers, from_schema, read_structured
from tracker.extract.text_layer import from_text
from tracker.facts import (
    EVIDENCE_OF,
    FIELDS,
    Cohort,
    Evidence,
    Facts,
    Guarantee,
    GuaranteeKind,
    PriceOption,
    present,
)

log = logging.getLogger(__name__)

_PRICE_KEY = ("amount", "amount_max", "currency", "period", "installments")
_Value = TypeVar("_Value", bound=Mapping[str, object])  # a fact value: PriceOption, Cohort, ...


def empty_facts(error: str | None = None) -> Facts:
    """Facts of a page where nothing was found; ``error`` says extraction itself failed
    (``evidence.extract_error``), so the page is a failed read, never "every fact removed"."""
    evidence: dict = dict.fromkeys(EVIDENCE_OF.values(), 0)  # every field unstated, unseen
    if error:
        evidence["extract_error"] = error[:200]
    return Facts(
        prices=[], income_share=None, start_dates=[], self_paced=None, duration=None,
        guarantees=[], evidence=evidence,  # type: ignore[typeddict-item]
    )  # fmt: skip


def extract_facts(
    url: str,
    html: str | bytes,
    *,
    today: datetime.date,
    hints: Mapping[str, Mapping[str, str]] | None = None,
    currency_hint: str | None = None,
) -> Facts:
    """Every fact on one page, each value with ``source`` (url, method, snippet) and ``raw``.

    ``html`` is text, or its UTF-8 bytes. ``hints`` maps a field to ``{"css": ...}`` or
    ``{"xpath": ...}``; ``currency_hint`` is the ISO code "$" means on this page. Pure and
    total: no network, and never raises; HTML that cannot be read gives :func:`empty_facts`.
    """
    try:
        root = _parse(data := _as_bytes(html))
    except Exception as exc:  # lxml raises several types on junk; all mean "no document"
        log.debug("unparseable page %s", url, exc_info=True)
        return empty_facts(f"unparseable HTML ({type(exc).__name__})")
    if root is None:
        return empty_facts()
    # No element has an attribute that the bytes never name, in any case: a page without
    # "itemscope" spares the microdata layer its search of every element.
    page = Page(url=url, root=root, today=today, microdata=b"itemscope" in data.lower())
    read_shown_sources(page, data)
    try:
        return _extract(page, hints or {}, currency_hint)
    except Exception as exc:  # a bug here must cost one page's facts, not the crawl
        log.exception("extraction failed on %s", url)
        return empty_facts(f"extraction failed ({type(exc).__name__}: {exc})")


#: Wrapper tags that carry no structure the layers read; dropped to flatten a page nested
#: deeper than libxml2 parses (it stops at 2048 levels and loses the rest of the page).
_WRAPPERS = re.compile(rb"</?(?:div|span|b|i|em|strong|font|section|article|a)\b[^>]*>", re.I)


def _as_bytes(html: str | bytes) -> bytes:
    return html.encode("utf-8", "replace") if isinstance(html, str) else bytes(html or b"")


def _parse(html: str | bytes) -> Any:
    data = _as_bytes(html)
    if not data or data.isspace():
        return None
    # lxml.etree's parser, not lxml.html's: the same tree, without a Python class lookup
    # for every element the layers touch (lxml.html's HtmlElement methods are not used).
    parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    root = lxml.etree.fromstring(data, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        root = lxml.etree.fromstring(_WRAPPERS.sub(b" ", data), parser=parser)
    return root


def _extract(
    page: Page, hints: Mapping[str, Mapping[str, str]], currency_hint: str | None
) -> Facts:
    def safe(fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except Exception:  # one broken layer must not lose what the others found
            log.exception("extraction layer failed on %s", page.url)
            return None

    structured = safe(lambda: read_structured(page)) or {"json-ld": [], "microdata": []}
    page.faq = tuple(safe(lambda: faq_answers(structured["json-ld"] + structured["microdata"]))
                     or ())  # fmt: skip
    page.currency = currency_hint or safe(
        lambda: page.page_currency(structured["json-ld"] + structured["microdata"])
    )
    found: dict[str, Any] = {}
    misses: list[str] = []
    for name, selector in hints.items():
        if name in FIELDS:
            value = safe(partial(from_hint, page, name, selector))
            if value:
                found[name] = value
            else:
                misses.append(name)
    layers: list[Callable[[], dict[str, Any]]] = [
        lambda: from_schema(page, structured["json-ld"], "json-ld"),
        lambda: from_schema(page, structured["microdata"], "microdata"),
        lambda: from_embedded_json(page),
        lambda: from_text(page, [f for f in FIELDS if _missing(found, f)]),
    ]
    for layer in layers:
        if all(not _missing(found, f) for f in FIELDS):
            break
        for name, value in (safe(layer) or {}).items():
            if value and not found.get(name):
                found[name] = value
            elif value and name == "duration" and _lends_to(found[name], value):
                found[name] = complete(found[name], value)  # a length gains a weekly load
            elif value and name == "prices" and _missing(found, name):
                found[name] = found[name] + _plans(found[name], value)
    facts = empty_facts()
    facts.update({k: v for k, v in found.items() if v})  # type: ignore[typeddict-item]
    facts["prices"] = fullest_prices(_dedupe(facts["prices"], _PRICE_KEY))
    facts["start_dates"] = _cohorts(facts["start_dates"])
    facts["guarantees"] = _best_guarantees(facts["guarantees"])
    unstated = [EVIDENCE_OF[f] for f in FIELDS if not present(f, facts.get(f))]
    # Every field stated: nothing to count, and no blocks to build when the structured
    # layers found everything.
    counted = safe(lambda: count_mentions(page.blocks(), unstated)) if unstated else {}
    if counted is None:  # counting failed: claim no mentions, as before counting
        counted = dict.fromkeys(unstated, 0)
    facts["evidence"] = counted  # type: ignore[typeddict-item]
    # What a later version's differ asks when an option or a cohort vanishes.
    listed = {f: page.read_for.get(f, []) for f in ("prices", "start_dates") if facts.get(f)}
    if listed:
        seen: Evidence = safe(lambda: values_seen(listed)) or Evidence()
        facts["evidence"].update(seen)
    if misses:
        facts["evidence"]["hint_misses"] = misses
    return facts


def _missing(found: dict[str, Any], name: str) -> bool:
    """Whether a lower layer may still add to field ``name``: it is unstated, a duration has
    no length or no weekly load (JSON-LD's "P14W" beside "10 to 15 hours a week" in the
    text), or the prices are one-time only (an Offer states the tuition, seldom the monthly
    plan beside it on the page)."""
    if name == "prices" and found.get(name):
        return all(o.get("period") == "one_time" for o in found[name])
    if name == "duration" and found.get(name):
        return not has_length(found[name]) or not found[name].get("hours_per_week_min")
    return not found.get(name)


def _lends_to(high: dict[str, Any], low: dict[str, Any]) -> bool:
    """Whether a lower layer's duration may fill what a higher one leaves unstated: the
    higher states no length, or no weekly load and the lower one states the same length
    (or none), so a part-time track's hours never join the full-time length."""
    if not has_length(high):
        return True
    if high.get("hours_per_week_min") or not low.get("hours_per_week_min"):
        return False
    return all(not low.get(k) or high.get(k) in (None, low[k]) for k in ("weeks", "months"))


def _plans(prices: list[PriceOption], more: list[PriceOption]) -> list[PriceOption]:
    """The options of ``more`` that pay over time, in the currency of ``prices``."""
    currencies = {o.get("currency") for o in prices}
    return [o for o in more if o.get("period") != "one_time" and o.get("currency") in currencies]


def _dedupe(values: list[_Value], key: tuple[str, ...]) -> list[_Value]:
    unique: dict[tuple[Any, ...], _Value] = {}
    for value in values:
        unique.setdefault(tuple(value.get(f) for f in key), value)
    return list(unique.values())


def _best_guarantees(values: list[Guarantee]) -> list[Guarantee]:
    """One guarantee per kind, in order of first mention: the most specific statement of it
    (a window, then the longest terms), so reworded terms are seen even after a hero line."""
    best: dict[GuaranteeKind | None, Guarantee] = {}
    for value in values:
        kind = value.get("kind")
        rank = (bool(value.get("window")), len(value.get("terms") or ""))
        old = best.get(kind)
        if old is None or rank > (bool(old.get("window")), len(old.get("terms") or "")):
            best[kind] = value
    return list(best.values())


def _cohorts(values: list[Cohort]) -> list[Cohort]:
    """One cohort per start, the one stating an end preferred, sorted by start."""
    by_start: dict[str, Cohort] = {}
    for cohort in values:
        start = cohort.get("start")
        if start and (
            start not in by_start or cohort.get("end") and not by_start[start].get("end")
        ):
            by_start[start] = cohort
    return [by_start[k] for k in sorted(by_start)]
