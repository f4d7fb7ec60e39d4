"""One page being extracted: what every layer shares about it, and how a layer reads a value.

The layers differ in where they look (JSON-LD, embedded JSON, text blocks) but not in how a
value is read once found: with the page's currency for "$", with the crawl's date for a
yearless "Jan 9", through the field's normalizer, stamped with its provenance. ``Page``
holds that context, so a price read from JSON-LD and one read from a table are the same kind
of value, and the parsed tree and its blocks are built once for all layers.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from tracker.extract.blocks import Block, page_blocks
from tracker.extract.json_values import decimal
from tracker.extract.page_currency import page_currency
from tracker.extract.provenance import stamp
from tracker.facts import Cohort, Method
from tracker.normalize import dates, durations, guarantees, income_share, money, prices
from tracker.normalize.zones import country_zones, currency_zones

log = logging.getLogger(__name__)

#: Regions whose numeric dates put the month first ("03/07/2025" is March 7).
_MONTH_FIRST_REGIONS = frozenset({"US", "PH", "CA", "FM", "MH", "PW"})

_NORMALIZERS: dict[str, Callable[..., Any]] = {
    "prices": lambda page, text, label=None, **_: prices.parse_prices(
        text, currency_hint=page.currency, label=label
    ),
    "income_share": lambda page, text, **_: income_share.parse_income_share(
        text, currency_hint=page.currency
    ),
    "start_dates": lambda page, text, context_known=False, **_: dates.parse_start_dates(
        text,
        today=page.today,
        context_known=context_known,
        day_first=dates.has_numeric_date(text) and page.day_first,
    ),  # fmt: skip
    "self_paced": lambda page, text, **_: dates.is_self_paced(text),
    "duration": lambda page, text, **_: durations.parse_duration(text),
    "guarantees": lambda page, text, **_: guarantees.parse_guarantees(text),
}


@dataclass
class Page:
    """One page being extracted: the parsed tree, and what the layers share."""

    url: str
    root: Any
    today: datetime.date
    currency: str | None = None
    #: (question, answer) of the page's structured FAQ, read as text blocks after its own.
    faq: tuple[tuple[str, str], ...] = ()
    #: False when no element can carry ``itemscope`` (the page's bytes never name it).
    microdata: bool = True
    #: The one-off events of the page's iCalendar feeds (tracker.extract.icalendar_feed).
    calendar_events: tuple[dict[str, Any], ...] = ()
    #: The JSON documents shown as the page (tracker.extract.json_document).
    json_documents: tuple[Any, ...] = ()
    _blocks: list[Block] | None = None
    #: The texts the text layer gave each list field's reader: what the page shows where a
    #: reader takes it for that field (tracker.extract.evidence.values_seen).
    read_for: dict[str, list[str]] = field(default_factory=dict)

    def reset_blocks(self) -> None:
        """Forget the blocks built so far: the tree gained text (state_markup)."""
        self._blocks = None

    def blocks(self) -> list[Block]:
        if self._blocks is None:
            self._blocks = page_blocks(self.root)
            if self.faq:  # an answer the page also shows is read once, where it shows it
                shown = "\n".join(b.text for b in self._blocks)
                shown = " ".join(shown.split())
                self._blocks += [Block(answer, context=question) for question, answer in self.faq
                                 if answer not in shown]  # fmt: skip
        return self._blocks

    @cached_property
    def day_first(self) -> bool:
        """Whether this page writes numeric dates day first ("07/03/2025" is 7 March): as
        its unambiguous numeric dates do, else as ``<html lang>``'s region does (all but the
        US and the Philippines), else as its currency's countries do (not "$" of USD or
        CAD). Read once from the visible text, and only by a page whose dates need it."""
        said = dates.numeric_order(self.shown_text())
        if said is not None:
            return said
        if self.region:
            return self.region not in _MONTH_FIRST_REGIONS
        return self.currency not in (None, "USD", "CAD")

    @cached_property
    def region(self) -> str:
        """``<html lang>``'s region, upper case ("en-nz" -> "NZ"); "" when it names none."""
        return (re.split(r"[-_]", self.root.get("lang") or "") + [""])[1].upper()

    @cached_property
    def tld(self) -> str:
        """The last label of the URL's host, lower case ("nz" of "https://x.co.nz/p")."""
        host = re.sub(r"^[a-z]+://", "", self.url, flags=re.I).split("/")[0].split(":")[0]
        return host.rsplit(".", 1)[-1].lower()

    def shown_text(self) -> str:
        """The page's visible text, its blocks a line each."""
        return "\n".join(block.text for block in self.blocks())

    @cached_property
    def zones(self) -> tuple[str, ...]:
        """The time zones of this page's country, where a UTC start is read on the local
        calendar: ``<html lang>``'s region's, else its currency's country's, else its TLD's."""
        return (
            country_zones(self.region) or currency_zones(self.currency) or country_zones(self.tld)
        )

    def stamp(self, value: Any, method: Method, snippet: str) -> Any:
        """``value`` (a fact dict or a list of them) with this page as its source."""
        return stamp(self.url, value, method, snippet)

    def read(self, name: str, text: str, method: Method, snippet: str, **kw: Any) -> Any:
        """Field ``name``'s normalizer on ``text``, with provenance on what it finds."""
        try:
            value = _NORMALIZERS[name](self, text, **kw)
        except Exception:  # a normalizer bug on one block must not lose the page
            log.exception("normalizer for %s failed on %r", name, text[:80])
            return None
        if not value:  # most reads find nothing: no provenance to build
            return [] if isinstance(value, list) else None
        if isinstance(value, str):  # is_self_paced returns the phrase
            value = {"value": True, "raw": value}
        return self.stamp(value, method, snippet)

    def page_currency(self, structured: list[Any]) -> str | None:
        """What "$" means here (tracker.extract.page_currency)."""
        return page_currency(structured, self.region, self.tld, self.shown_text)

    def money(self, low: Any, high: Any, currency: Any) -> dict[str, Any] | None:
        """A price option from structured values: numbers, numeric strings or money text."""
        code = self.currency
        if isinstance(currency, str) and currency.strip():
            code = money.currency_code(currency, hint=self.currency)
            code = code or (currency.upper() if re.fullmatch(r"[A-Za-z]{3}", currency) else None)
        raw = (
            f"{low}"
            + (f"-{high}" if high is not None else "")
            + (f" {currency}" if currency else "")
        )
        amount, amount_max = decimal(low), decimal(high) if high is not None else None
        if amount is None:  # "$15,950" or "15.950 €": the text normalizer reads it
            found = prices.parse_prices(str(low), currency_hint=code)
            return {**found[0], "raw": raw} if found else None
        if code is None:
            return None
        if amount_max is not None and amount_max <= amount:
            amount_max = None
        return {
            "amount": str(amount), "amount_max": str(amount_max) if amount_max else None,
            "currency": code, "period": "one_time", "installments": None, "label": None,
            "raw": raw,
        }  # fmt: skip

    def cohort(
        self, start: str | int, end: Any, zones: tuple[str, ...] | None = None
    ) -> list[Cohort]:
        """One cohort from a structured start (and end): text, or an epoch timestamp; a UTC
        instant is read on the local calendar of ``zones``, by default this page's country's."""
        zones = self.zones if zones is None else zones
        begin = dates.parse_json_date(start, zones)
        if begin is None:
            if not isinstance(start, str):
                return []
            return dates.parse_start_dates(
                start, today=self.today, context_known=True,
                day_first=dates.has_numeric_date(start) and self.day_first,
            )[:1]  # fmt: skip
        finish = dates.parse_json_date(end, zones)
        raw = f"{start} - {end}" if finish else str(start)
        return [{"start": begin, "end": finish if finish and finish >= begin else None, "raw": raw}]


def has_length(duration: Any) -> bool:
    return bool(duration) and any(duration.get(k) for k in ("weeks", "months", "hours_total"))


def complete(high: dict[str, Any], low: dict[str, Any]) -> dict[str, Any]:
    """A duration from a higher layer, its unstated parts filled from a lower layer's."""
    return {**high, **{k: v for k, v in low.items() if k != "source" and high.get(k) is None}}
