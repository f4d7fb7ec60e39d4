"""Extract a program page's facts in layers: user hints, structured data, embedded JSON, text.

``extract_facts(url, html, today=...)`` parses the HTML once with lxml and fills each field
from the first layer that finds it, so nothing is counted twice:

1. ``hint``: the user's css/xpath selector for the field (dates read with context known).
   A hint that matches nothing, or nothing readable, is listed in ``evidence.hint_misses``
   and the field falls through to the generic layers.
2. ``json-ld`` then ``microdata`` (via extruct, only when the page has them): Course,
   EducationalOccupationalProgram, Product, CourseInstance, Offer and AggregateOffer.
   Blog posts, events, job postings, reviews, organizations and FAQ pages are skipped.
3. ``next-data``: ``<script type="application/json">`` blobs such as ``__NEXT_DATA__``,
   walked with the key vocabulary below.
4. ``text``: the visible text split into blocks (paragraphs, list items, table rows with their
   header cells, dt/dd pairs, details, small cards, headings); each normalizer sees only the
   blocks with its context words in them, in the heading above them or in the block before.

Embedded-JSON key vocabulary. Keys are split into lower-case words ("priceMonthly",
"price_monthly" -> price, monthly):

* prices: a key with a price/prices/tuition/cost/costs/fee/fees word (and no id, currency,
  name, discount, saving, scholarship, salary... word) holding a number or a money string;
  amount/value/total keys in a dict under a price/pricing/tuition/cost/fee/payment/plan key;
  low/min + high/max pairs as a range. Period from the key's words or a sibling
  period/interval/frequency/billing value (month, year, credit); installments from an
  installments/payments/numberOfPayments count. The currency must be stated: a
  currency/priceCurrency/currencyCode key in the dict or an ancestor, a symbol in the value,
  or the page's currency (caller's hint, JSON-LD, ``<html lang>``, country TLD).
* income share: isa or income+share keys (a string, or percent/rate, months/term,
  minIncome/floor/threshold).
* start dates: startDate/start_date/start/startsOn/startsAt/nextStart/cohortStart/beginDate
  with endDate/end/endsOn/graduationDate beside them; strings listed under
  cohorts/startDates/upcomingCohorts/sessions/batches/intakes. Never date/publishedAt/...
* duration: duration/length/programLength/timeRequired/timeToComplete (text or ISO 8601),
  weeks/durationWeeks, months/durationMonths, hours/totalHours, hoursPerWeek/weeklyHours.
* self-paced: selfPaced/isSelfPaced/onDemand true, or format/pace/schedule/mode text.
* guarantees: strings under a key with a guarantee/refund word; jobGuarantee-style flags.

Subtrees under blog/post/article/news/testimonial/review/salary/jobs keys are skipped.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import lxml.etree
import lxml.html
from extruct.jsonld import JsonLdExtractor
from extruct.w3cmicrodata import MicrodataExtractor
from parsel import Selector

from tracker import dates, durations, guarantees, prices
from tracker.facts import FIELDS, Facts, Method

log = logging.getLogger(__name__)

SNIPPET = 300  # characters of block text or JSON kept as a value's provenance
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main nav"
    " ol option p pre section select summary table tbody td tfoot th thead tr ul".split()
)
_NOISE_TAGS = frozenset(
    "script style noscript template svg nav footer iframe head object canvas math".split()
)
_GLUED = frozenset({"sup", "sub", "wbr"})  # "14<sup>th</sup>" is one word
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_HARD = frozenset({"tr", "li", "details", "dt", "dd", "option"})
_NOISE_ATTR = re.compile(r"cookie|consent|gdpr", re.I)
_COOKIE_TEXT = re.compile(
    r"\b(?:we|site|website) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie policy\b", re.I
)
_NOISE_ROLES = frozenset({"navigation", "contentinfo"})
_CARD_LIMIT = 240  # a container with at most this much text is one block (a pricing card)
_UNIT_LIMIT = 1500  # a row or list item longer than this is a layout wrapper, not a unit
_MAX_JSON_NODES = 200_000

#: Context words per field: a block is read for a field only with one of these in it, in
#: the heading above it or in the block before it. Words are matched whole or, in _STEMS,
#: by their start ("pric" for price, pricing, priced); Python's re is too slow for this on
#: thousands of blocks.
_WORDS = {
    "prices": "tuition cost costs plan plans fee fees upfront deposit monthly billed credit mo",
    "income_share": "income isa",
    "start_dates": "next upcoming",
    "self_paced": "anytime whenever paced",
    "duration": "week weeks month months hour hours hr hrs year years",
    "guarantees": "hired",
}
_STEMS = {
    "prices": "pric pay financ invest",
    "income_share": "share",
    "start_dates": "start cohort batch begin intake session class commenc calendar schedul kick",
    "self_paced": "pace",
    "guarantees": "guarant refund defer",
}
_PHRASES = {"money back": "guarantees", "money-back": "guarantees", "risk free": "guarantees",
            "risk-free": "guarantees", "any time": "self_paced", "up-front": "prices"}  # fmt: skip
_WORD_TOPIC = {w: field for field, words in _WORDS.items() for w in words.split()}
_STEM_TOPIC = tuple((s, field) for field, stems in _STEMS.items() for s in stems.split())
_TOKEN = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def _word_topic(word: str) -> str | None:
    if word in _WORD_TOPIC:
        return _WORD_TOPIC[word]
    return next((field for stem, field in _STEM_TOPIC if word.startswith(stem)), None)


@lru_cache(maxsize=4096)
def _topics(text: str) -> frozenset[str]:
    """The fields whose context words ``text`` holds."""
    low = text.lower()
    found = {_word_topic(w) for w in set(_TOKEN.findall(low))}
    found.update(field for phrase, field in _PHRASES.items() if phrase in low)
    found.discard(None)
    return frozenset(found)  # type: ignore[arg-type]


#: Money needs a currency (prices' own rule): a symbol, an ISO code or a currency word.
_MONEY = re.compile(
    r"[$€£₹¥₺₦₱₪]|zł|\b(?-i:[A-Z]{3})\b|\b(?:rs|kr|euros?|dollars?|pounds?|rupees?)\b", re.I
)
_DIGIT = re.compile(r"\d")
_PACE_PHRASE = re.compile(r"any ?time|whenever|own pace", re.I)
_NUMBER_WORD = re.compile(r"\b(?:a|one|two|three|four|six|nine|twelve) (?:week|month|year)", re.I)
#: What the block itself must hold before its field's normalizer is worth calling.
_VALUE: dict[str, Callable[[str], Any]] = {
    "prices": lambda text: _DIGIT.search(text) and _MONEY.search(text),
    "income_share": lambda text: "%" in text,
    "start_dates": _DIGIT.search,
    # A mode is a label ("Self-paced") or "start anytime"; a long sentence may be about a
    # part ("self-paced lessons during the week plus a live workshop").
    "self_paced": lambda text: _PACE_PHRASE.search(text) or len(text.split()) <= 12,
    "duration": lambda text: _DIGIT.search(text) or _NUMBER_WORD.search(text),
    "guarantees": lambda text: "guarantees" in _topics(text),
}
#: Words without which a block cannot hold a guarantee mention (see tracker.guarantees).
_PROMISE_WORDS = ("guarant", "refund", "money", "defer", "tuition", "isa", "income", "pay",
                  "hired", "job")  # fmt: skip
_STRONG_DURATION = re.compile(
    r"duration|length|\blong\b|\btakes?\b|\bruns?\b|full.time|part.time|program|course|\bpath\b"
    r"|boot ?camp|\btrack\b|commitment",
    re.I,
)
_DURATION_PARTS = ("weeks", "months", "hours_total", "hours_per_week_min")
_QUOTE = re.compile(r"\s*[“\"«„]")  # a testimonial speaks for one person, not the program
_REGION_CURRENCY = {
    "US": "USD", "CA": "CAD", "GB": "GBP", "UK": "GBP", "AU": "AUD", "NZ": "NZD", "IN": "INR",
    "SG": "SGD", "IE": "EUR", "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR",
    "AT": "EUR", "BE": "EUR", "PT": "EUR", "FI": "EUR", "SE": "SEK", "NO": "NOK", "DK": "DKK",
    "CH": "CHF", "PL": "PLN", "BR": "BRL", "MX": "MXN", "ZA": "ZAR", "NG": "NGN", "TR": "TRY",
}  # fmt: skip
_TLD_CURRENCY = {"ca": "CAD", "uk": "GBP", "au": "AUD", "nz": "NZD", "in": "INR", "sg": "SGD",
                 "ie": "EUR", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR",
                 "se": "SEK", "no": "NOK", "dk": "DKK", "ch": "CHF", "pl": "PLN", "br": "BRL",
                 "tr": "TRY"}  # fmt: skip


def empty_facts() -> Facts:
    """Facts of a page where nothing was found."""
    return Facts(
        prices=[], income_share=None, start_dates=[], self_paced=None, duration=None,
        guarantees=[],
        evidence={"price_mentions": 0, "date_mentions": 0, "guarantee_mentions": 0},
    )  # fmt: skip


def extract_facts(
    url: str,
    html: str,
    *,
    today: datetime.date,
    hints: Mapping[str, Mapping[str, str]] | None = None,
    currency_hint: str | None = None,
) -> Facts:
    """Every fact on one page, each value with ``source`` (url, method, snippet) and ``raw``.

    ``hints`` maps a field to ``{"css": ...}`` or ``{"xpath": ...}``; ``currency_hint`` is the
    ISO code "$" means on this page. Pure and total: no network, and never raises; HTML that
    cannot be read gives :func:`empty_facts`.
    """
    try:
        root = _parse(html)
    except Exception:  # lxml raises several types on junk; all of them mean "no document"
        log.debug("unparseable page %s", url, exc_info=True)
        return empty_facts()
    if root is None:
        return empty_facts()
    try:
        return _Page(url=url, root=root, today=today).extract(hints or {}, currency_hint)
    except Exception:  # a bug here must cost one page's facts, not the crawl
        log.exception("extraction failed on %s", url)
        return empty_facts()


def _parse(html: str) -> Any:
    data = html.encode("utf-8", "replace") if isinstance(html, str) else bytes(html or b"")
    if not data.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    return lxml.html.document_fromstring(data, parser=parser)


@dataclass
class _Block:
    """One unit of visible text; ``context`` is what stands above it (heading, table header)."""

    text: str
    kind: str = "block"  # block | heading | row
    label: str | None = None  # a table row's header cell
    context: str = ""
    cells: list[tuple[str, str]] = field(default_factory=list)  # (column header, cell text)


@dataclass
class _Page:
    """One page being extracted: the parsed tree, and what the layers share."""

    url: str
    root: Any
    today: datetime.date
    currency: str | None = None
    _blocks: list[_Block] | None = None

    def extract(self, hints: Mapping[str, Mapping[str, str]], currency_hint: str | None) -> Facts:
        structured = self._safe(self._structured) or {"json-ld": [], "microdata": []}
        self.currency = currency_hint or self._safe(lambda: self._page_currency(structured))
        found: dict[str, Any] = {}
        misses: list[str] = []
        for name, selector in hints.items():
            if name in FIELDS:
                value = self._safe(lambda n=name, s=selector: self._from_hint(n, s))
                if value:
                    found[name] = value
                else:
                    misses.append(name)
        layers: list[Callable[[], dict[str, Any]]] = [
            lambda: self._from_schema(structured["json-ld"], "json-ld"),
            lambda: self._from_schema(structured["microdata"], "microdata"),
            self._from_embedded_json,
            lambda: self._from_text([f for f in FIELDS if _missing(found, f)]),
        ]
        for layer in layers:
            if all(found.get(f) for f in FIELDS) and _has_length(found["duration"]):
                break
            for name, value in (self._safe(layer) or {}).items():
                if value and not found.get(name):
                    found[name] = value
                elif value and name == "duration" and not _has_length(found[name]):
                    found[name] = _complete(found[name], value)  # a weekly load gains a length
        facts = empty_facts()
        facts.update({k: v for k, v in found.items() if v})  # type: ignore[typeddict-item]
        facts["prices"] = _dedupe(facts["prices"], _PRICE_KEY)
        facts["start_dates"] = _cohorts(facts["start_dates"])
        facts["guarantees"] = _best_guarantees(facts["guarantees"])
        facts["evidence"] = self._safe(self._evidence) or empty_facts()["evidence"]
        if misses:
            facts["evidence"]["hint_misses"] = misses  # type: ignore[typeddict-unknown-key]
        return facts

    def _safe(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except Exception:  # one broken layer must not lose what the others found
            log.exception("extraction layer failed on %s", self.url)
            return None

    def _evidence(self) -> dict[str, int]:
        """Counts over the visible text. Each counter sees only the blocks that can hold its
        mentions (amounts and dates need a digit; promises need one of a few words), which
        keeps the counters' regexes cheap on long pages."""
        texts = [b.text for b in self.blocks()]
        numbers = "\n".join(t for t in texts if _DIGIT.search(t))
        promises = "\n".join(t for t in texts if any(w in t.lower() for w in _PROMISE_WORDS))
        return {
            "price_mentions": prices.count_price_mentions(numbers),
            "date_mentions": dates.count_date_mentions(numbers),
            "guarantee_mentions": guarantees.count_guarantee_mentions(promises),
        }

    def _stamp(self, value: Any, method: Method, snippet: str) -> Any:
        """``value`` (a fact dict or a list of them) with its provenance added."""
        source = {"url": self.url, "method": method, "snippet": _clip(snippet)}
        if isinstance(value, list):
            return [{**v, "source": source} for v in value]
        return {**value, "source": source} if value else None

    def _read(self, name: str, text: str, method: Method, snippet: str, **kw: Any) -> Any:
        """Field ``name``'s normalizer on ``text``, with provenance on what it finds."""
        try:
            value = _NORMALIZERS[name](self, text, **kw)
        except Exception:  # a normalizer bug on one block must not lose the page
            log.exception("normalizer for %s failed on %r", name, text[:80])
            return None
        if isinstance(value, str):  # is_self_paced returns the phrase
            value = {"value": True, "raw": value}
        return self._stamp(value, method, snippet)

    # -- layer 1: hints --------------------------------------------------------------------

    def _from_hint(self, name: str, selector: Mapping[str, str]) -> Any:
        sel = Selector(root=self.root, type="html")
        try:
            if selector.get("css"):
                matched = sel.css(selector["css"])
            elif selector.get("xpath"):
                matched = sel.xpath(selector["xpath"])
            else:
                return None
        except Exception as exc:  # a typo in the user's config is a miss, not a crash
            log.warning("hint for %s is not a valid selector: %s", name, exc)
            return None
        values: list[Any] = []
        for m in matched:
            text = (m.root if isinstance(m.root, str) else _element_text(m.root)).strip()
            value = self._read(name, text, "hint", text, context_known=True) if text else None
            if isinstance(value, list):
                values.extend(value)
            elif value:
                return value
        return values

    # -- layer 2: JSON-LD and microdata ----------------------------------------------------

    def _structured(self) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {"json-ld": [], "microdata": []}
        for script in self.root.iter("script"):
            if (script.get("type") or "").strip().lower() == "application/ld+json":
                try:  # one script at a time, so one broken script costs only itself
                    out["json-ld"].extend(JsonLdExtractor().extract_items(script))
                except Exception:
                    log.debug("bad JSON-LD on %s", self.url, exc_info=True)
        if self.root.find(".//*[@itemscope]") is not None:
            items = MicrodataExtractor().extract_items(self.root, base_url=self.url)
            out["microdata"] = [_from_microdata(i) for i in items]
        return out

    def _page_currency(self, structured: dict[str, list[Any]]) -> str | None:
        for node in _dicts(structured["json-ld"] + structured["microdata"]):
            code = node.get("priceCurrency")
            if isinstance(code, str) and prices.currency_code(code):
                return prices.currency_code(code)
        region = re.split(r"[-_]", self.root.get("lang") or "") + [""]
        if region[1].upper() in _REGION_CURRENCY:
            return _REGION_CURRENCY[region[1].upper()]
        host = re.sub(r"^[a-z]+://", "", self.url, flags=re.I).split("/")[0].split(":")[0]
        return _TLD_CURRENCY.get(host.rsplit(".", 1)[-1].lower())

    def _from_schema(self, items: list[Any], method: Method) -> dict[str, Any]:
        out: dict[str, Any] = {"prices": [], "start_dates": []}
        for node in _dicts(items, skip=_SKIP_TYPES):
            types = _types(node)
            snippet = _json(node)
            if types & {"Offer", "AggregateOffer"}:
                out["prices"] += self._stamp(self._offer(node), method, snippet)
            if types & _PROGRAM_TYPES:
                start, end = node.get("startDate"), node.get("endDate")
                if isinstance(start, str):
                    out["start_dates"] += self._stamp(self._cohort(start, end), method, snippet)
                for key in ("timeToComplete", "timeRequired", "duration", "courseWorkload"):
                    if isinstance(node.get(key), str):
                        found = _duration(node[key], weekly=key == "courseWorkload")
                        found = self._stamp(found, method, snippet)
                        current = out.get("duration")  # one program: its keys complete each other
                        out["duration"] = (
                            _complete(current, found) if current and found else current or found
                        )
                mode = node.get("courseMode") or node.get("educationalProgramMode")
                if not out.get("self_paced") and isinstance(mode, str):
                    out["self_paced"] = self._read("self_paced", mode, method, snippet)
        return out

    def _offer(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        """Price options of one Offer/AggregateOffer and its priceSpecification."""
        inner = node.get("offers")
        if "AggregateOffer" in _types(node) and any(isinstance(o, dict) for o in _list(inner)):
            return []  # its own offers are read one by one instead of as a range
        specs = [s for s in _list(node.get("priceSpecification")) if isinstance(s, dict)]
        out = []
        for entry in [node, *specs]:
            low = _first(entry, "price", "lowPrice", "minPrice")
            if low is None:
                continue
            currency = _first(entry, "priceCurrency") or node.get("priceCurrency")
            unit = " ".join(str(_first(e, "unitCode", "unitText", "billingDuration") or "")
                            for e in (entry, entry.get("referenceQuantity") or {})
                            if isinstance(e, dict))  # fmt: skip
            option = self._money(low, _first(entry, "highPrice", "maxPrice"), currency)
            if option:
                name = node.get("name") if isinstance(node.get("name"), str) else None
                monthly = name and re.search(r"\bmonthly\b|per month|/\s*mo\b", name, re.I)
                option["period"] = _period(unit) or ("month" if monthly else option["period"])
                option["label"] = name
                out.append(option)
        return out

    def _money(self, low: Any, high: Any, currency: Any) -> dict[str, Any] | None:
        """A price option from structured values: numbers, numeric strings or money text."""
        code = self.currency
        if isinstance(currency, str) and currency.strip():
            code = prices.currency_code(currency, hint=self.currency)
            code = code or (currency.upper() if re.fullmatch(r"[A-Za-z]{3}", currency) else None)
        raw = (
            f"{low}"
            + (f"-{high}" if high is not None else "")
            + (f" {currency}" if currency else "")
        )
        amount, amount_max = _decimal(low), _decimal(high) if high is not None else None
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

    def _cohort(self, start: str, end: Any) -> list[dict[str, Any]]:
        begin = dates.parse_iso_date(start)
        if begin is None:
            return dates.parse_start_dates(start, today=self.today, context_known=True)[:1]
        finish = dates.parse_iso_date(end) if isinstance(end, str) else None
        raw = f"{start} - {end}" if finish else start
        return [{"start": begin, "end": finish if finish and finish >= begin else None, "raw": raw}]

    # -- layer 3: embedded JSON ------------------------------------------------------------

    def _from_embedded_json(self) -> dict[str, Any]:
        blobs = []
        for script in self.root.iter("script"):
            kind = (script.get("type") or "").strip().lower()
            if kind == "application/json" or script.get("id") == "__NEXT_DATA__":
                try:
                    blobs.append(json.loads(script.text or ""))
                except ValueError:
                    continue
        return _EmbeddedJson(self).read(blobs) if blobs else {}

    # -- layer 4: text ---------------------------------------------------------------------

    def blocks(self) -> list[_Block]:
        if self._blocks is None:
            self._blocks = _blocks(self.root)
        return self._blocks

    def _from_text(self, wanted: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"prices": [], "start_dates": [], "guarantees": []}
        durations_found: list[tuple[tuple[bool, int, int], Any]] = []
        prev = ""
        for block in self.blocks():
            if block.kind in ("quote", "links"):
                prev = ""
                continue
            near = f"{block.context}\n{prev}"
            prev = block.text if len(block.text) < 120 else ""
            own, around = _topics(block.text), _topics(near)
            for name in wanted:
                if out.get(name) and name in ("income_share", "self_paced"):
                    continue
                if not (name in own or name in around) or not _VALUE[name](block.text):
                    continue
                for text, label in _feeds(name, block, name in own):
                    value = self._read(name, text, "text", block.text, label=label)
                    if isinstance(value, list):
                        out[name].extend(value)
                    elif value and name == "duration":  # best: about the program, detailed
                        strong = bool(_STRONG_DURATION.search(f"{block.context} {block.text}"))
                        detail = sum(1 for k, v in value.items() if v and k in _DURATION_PARTS)
                        rank = (not strong, -detail, len(durations_found))
                        durations_found.append((rank, value))
                    elif value:
                        out[name] = value
        if durations_found:
            out["duration"] = min(durations_found, key=lambda found: found[0])[1]
        return out


def _missing(found: dict[str, Any], name: str) -> bool:
    return not found.get(name) or name == "duration" and not _has_length(found[name])


def _feeds(name: str, block: _Block, own_context: bool) -> Iterator[tuple[str, str | None]]:
    """The texts, with labels, that a block gives to field ``name``'s normalizer."""
    if name == "prices" and block.kind == "row":
        label = block.label
        if label and "prices" in _topics(label) and all(h for h, _ in block.cells[1:]):
            for header, cell in block.cells[1:]:  # a plan per column: "Tuition | $1 | $2"
                yield f"{label}: {cell}", header
            return
        yield block.text, label
    elif name in ("start_dates", "income_share", "guarantees") and not own_context:
        yield f"{block.context}\n{block.text}", None  # the heading says "Upcoming cohorts"
    else:
        yield block.text, None


_NORMALIZERS: dict[str, Callable[..., Any]] = {
    "prices": lambda page, text, label=None, **_: prices.parse_prices(
        text, currency_hint=page.currency, label=label
    ),
    "income_share": lambda page, text, **_: prices.parse_income_share(
        text, currency_hint=page.currency
    ),
    "start_dates": lambda page, text, context_known=False, **_: dates.parse_start_dates(
        text, today=page.today, context_known=context_known
    ),
    "self_paced": lambda page, text, **_: dates.is_self_paced(text),
    "duration": lambda page, text, **_: durations.parse_duration(text),
    "guarantees": lambda page, text, **_: guarantees.parse_guarantees(text),
}


# -- embedded JSON ------------------------------------------------------------------------------

_SKIP_WORDS = frozenset(
    "blog blogs post posts article articles news testimonial testimonials review reviews "
    "salary salaries jobs seo".split()
)
_PRICE_WORDS = frozenset("price prices pricing tuition cost costs fee fees".split())
_PRICE_PATH = _PRICE_WORDS | {"payment", "payments", "plan", "plans", "financing", "options"}
_NOT_PRICE = frozenset(
    "id ids currency code type name title description desc note notes url slug key label unit "
    "discount discounts saving savings scholarship scholarships salary text html display "
    "period interval frequency".split()
)
_AMOUNT_WORDS = frozenset({"amount", "value", "total"})
_LOW, _HIGH = frozenset({"low", "min", "minimum", "from"}), frozenset({"high", "max", "maximum"})
_START_KEYS = frozenset(
    "startdate start startson startsat startingdate startingon cohortstart cohortstartdate "
    "nextstart nextstartdate begindate beginson classstart startdatetime".split()
)
_END_KEYS = frozenset("enddate end endson endsat graduationdate enddatetime finishdate".split())
_COHORT_LISTS = frozenset(
    "cohorts startdates upcomingcohorts upcomingstarts sessions batches intakes".split()
)
_DURATION_TEXT = (
    "duration length programlength courselength timecommitment timerequired timetocomplete"
).split()
#: A numeric duration key is a unit (weeks, months, hours) plus only these words:
#: "durationWeeks", "estimatedMonths", "totalHours", "hoursPerWeek", "weekly_hours".
_DURATION_WORDS = frozenset(
    "duration length estimated estimate total num number of in per approx approximate "
    "expected typical program course track avg average".split()
)
_DURATION_UNITS = {"week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
                   "hour": "hours_total", "hours": "hours_total"}  # fmt: skip
_MODE_KEYS = frozenset("format pace schedule mode coursemode learningformat delivery".split())
_CURRENCY_KEYS = ("currency", "priceCurrency", "currencyCode", "currency_code")


def _words(key: str) -> list[str]:
    """ "priceMonthly" / "price_monthly" -> ["price", "monthly"]."""
    return (
        re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", key)
        .lower()
        .replace("_", " ")
        .replace("-", " ")
        .split()
    )


class _EmbeddedJson:
    """Reads facts out of JSON blobs with the module's key vocabulary (see the docstring)."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.out: dict[str, Any] = {"prices": [], "start_dates": [], "guarantees": []}

    def read(self, blobs: list[Any]) -> dict[str, Any]:
        stack: list[tuple[Any, tuple[str, ...], str | None]] = [(b, (), None) for b in blobs]
        seen = 0
        while stack and seen < _MAX_JSON_NODES:
            node, path, currency = stack.pop()
            seen += 1
            if isinstance(node, list):
                if path and "".join(_words(path[-1])) in _COHORT_LISTS:
                    for item in (i for i in node if isinstance(i, str)):
                        self.add("start_dates", self.page._cohort(item, None), node)
                stack.extend((item, path, currency) for item in reversed(node))
            elif isinstance(node, dict) and len(path) < 40:
                currency = self.currency(node) or currency
                handled = self.visit(node, path, currency)
                for key, value in reversed(list(node.items())):
                    words = set(_words(str(key)))
                    if key in handled or not isinstance(value, (dict, list)):
                        continue
                    if words & _SKIP_WORDS and "guarantee" not in words:
                        continue
                    stack.append((value, (*path, str(key)), currency))
        return self.out

    def add(self, name: str, value: Any, node: Any) -> None:
        value = self.page._stamp(value, "next-data", _json(node))
        if isinstance(value, list):
            self.out[name].extend(value)
        elif value and name == "duration":
            self.out[name] = _longer(self.out.get(name), value)
        elif value and not self.out.get(name):
            self.out[name] = value

    def currency(self, node: dict[str, Any]) -> str | None:
        code = _first(node, *_CURRENCY_KEYS)
        return (
            prices.currency_code(code, hint=self.page.currency) if isinstance(code, str) else None
        )

    def visit(self, node: dict[str, Any], path: tuple[str, ...], currency: str | None) -> set[str]:
        """Read one dict's own keys; returns the keys whose values need no further walking."""
        handled: set[str] = set()
        parent = set(_words(path[-1])) if path else set()
        in_prices = bool(parent & _PRICE_PATH) or bool(
            len(path) > 1 and set(_words(path[-2])) & _PRICE_PATH
        )
        flat = {"".join(_words(str(k))): k for k in node}
        for key, value in node.items():
            words = _words(str(key))
            if ("isa" in words or {"income", "share"} <= set(words)) and value:
                self.add("income_share", self.income_share(value), {key: value})
                handled.add(key)
            elif {"guarantee", "guarantees", "refund"} & set(words):
                self.guarantee(key, value)
                handled.add(key)
        if in_prices or any(_is_price_key(k) for k in node):
            self.prices(node, in_prices, parent, currency)
        starts = [flat[k] for k in _START_KEYS if k in flat and isinstance(node[flat[k]], str)]
        if starts:
            end = next((node[flat[k]] for k in _END_KEYS if k in flat), None)
            self.add("start_dates", self.page._cohort(node[starts[0]], end), node)
        if not _has_length(self.out.get("duration")) and not in_prices:
            self.add("duration", _json_duration(node, flat), node)
        for k in flat.keys() & {"selfpaced", "isselfpaced", "ondemand"}:
            if node[flat[k]] is True:
                self.add("self_paced", {"value": True, "raw": f"{flat[k]}: true"}, node)
        for k in flat.keys() & _MODE_KEYS:
            if isinstance(node[flat[k]], str) and dates.is_self_paced(node[flat[k]]):
                self.add(
                    "self_paced", {"value": True, "raw": dates.is_self_paced(node[flat[k]])}, node
                )
        return handled

    def prices(
        self, node: dict[str, Any], in_prices: bool, parent: set[str], currency: str | None
    ) -> None:
        """Each price key of ``node`` (and a low/high pair) as one option."""
        names = (
            node[k] for k in ("name", "label", "plan", "title") if isinstance(node.get(k), str)
        )
        count = _first(node, "installments", "numberOfPayments", "payments", "numPayments")
        plan = {
            "label": next(names, None),
            "per": " ".join(str(node.get(k) or "") for k in ("period", "interval", "frequency")),
            "parent": " ".join(parent),
            "count": count if isinstance(count, int) and not isinstance(count, bool) else None,
            "currency": currency,
        }
        ranges = {}
        for key, value in node.items():
            words = set(_words(str(key)))
            if words & _NOT_PRICE or isinstance(value, (dict, list, bool)) or value is None:
                continue
            priced = words & _PRICE_WORDS or in_prices and words & _AMOUNT_WORDS
            if words & (_LOW | _HIGH) and (priced or in_prices):
                ranges["low" if words & _LOW else "high"] = value
            elif priced:
                self.price(node, value, None, words, plan)
        if "low" in ranges:
            self.price(node, ranges["low"], ranges.get("high"), set(), plan)

    def price(
        self, node: dict[str, Any], low: Any, high: Any, words: set[str], plan: dict[str, Any]
    ) -> None:
        if isinstance(low, str) and not re.search(r"\d", low):
            return
        option = self.page._money(low, high, plan["currency"])
        if not option:
            return
        period = option["period"]
        if period == "one_time":  # the key or a sibling may say what a bare number is per
            stated = _period(" ".join(words)) or _period(plan["per"]) or _period(plan["parent"])
            period = stated or period
        count = plan["count"] or option.get("installments")
        if count and period != "month":
            period = "installment"
        option.update(period=period, installments=count, label=plan["label"])
        self.add("prices", [option], node)

    def income_share(self, value: Any) -> dict[str, Any] | None:
        if isinstance(value, str):
            return prices.parse_income_share(value, currency_hint=self.page.currency)
        if not isinstance(value, dict):
            return None
        flat = {"".join(_words(str(k))): v for k, v in value.items()}
        percent = _first(flat, "percent", "percentage", "rate", "share", "incomepercent")
        if percent is None or _decimal(percent) is None:
            return None
        months = _first(flat, "months", "term", "termmonths", "paymentmonths", "duration")
        floor = _first(flat, "minincome", "minimumincome", "incomefloor", "floor", "threshold")
        floor = _decimal(floor) if floor is not None else None
        return {
            "percent": format(Decimal(str(percent)).normalize(), "f"),
            "months": months if isinstance(months, int) else None,
            "income_floor": str(floor) if floor else None,
            "currency": (self.currency(value) or self.page.currency) if floor else None,
            "raw": json.dumps(value, default=str)[:SNIPPET],
        }

    def guarantee(self, key: str, value: Any) -> None:
        if isinstance(value, str):
            self.add("guarantees", guarantees.parse_guarantees(value), {key: value})
        elif value is True:
            words = set(_words(key))
            kind = ("job_guarantee" if "job" in words else "money_back" if "money" in words
                    else "tuition_refund" if "refund" in words else None)  # fmt: skip
            if kind:
                self.add(
                    "guarantees",
                    [{"kind": kind, "terms": key, "window": None, "raw": f"{key}: true"}],
                    {key: value},
                )
        elif isinstance(value, (dict, list)):
            for item in _dicts([value]) if isinstance(value, list) else [value]:
                for k, v in item.items():
                    if isinstance(v, str) and k not in ("id", "url", "slug"):
                        self.add("guarantees", guarantees.parse_guarantees(v), item)


def _is_price_key(key: Any) -> bool:
    words = set(_words(str(key)))
    return bool(words & _PRICE_WORDS) and not words & _NOT_PRICE


def _json_duration(node: dict[str, Any], flat: dict[str, Any]) -> dict[str, Any] | None:
    for k in _DURATION_TEXT:
        if k in flat and isinstance(node[flat[k]], str):
            found = _duration(node[flat[k]])
            if found:
                return found
    numbers: dict[str, int] = {}
    raw = []
    for key, value in node.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            continue
        words = _words(str(key))
        units = [_DURATION_UNITS[w] for w in words if w in _DURATION_UNITS]
        if len(units) == 0 or not set(words) <= _DURATION_WORDS | set(_DURATION_UNITS) | {"weekly"}:
            continue
        unit = units[0]
        if unit == "hours_total" and ({"weekly", "week"} & set(words)):
            unit = "hours_per_week"
        numbers.setdefault(unit, round(value))
        raw.append(f"{key}: {value}")
    if not numbers:
        return None
    per_week = numbers.pop("hours_per_week", None)
    return {
        "weeks": numbers.get("weeks"), "months": numbers.get("months"),
        "hours_total": numbers.get("hours_total"), "hours_per_week_min": per_week,
        "hours_per_week_max": per_week, "raw": ", ".join(raw),
    }  # fmt: skip


# -- small helpers ----------------------------------------------------------------------------

_PROGRAM_TYPES = frozenset(
    {"Course", "CourseInstance", "EducationalOccupationalProgram", "Product"}
)
_SKIP_TYPES = frozenset(
    "Article BlogPosting NewsArticle Event JobPosting Review Person Organization WebSite "
    "BreadcrumbList FAQPage EducationalOrganization CollegeOrUniversity".split()
)
_PRICE_KEY = ("amount", "amount_max", "currency", "period", "installments")


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    return {str(t).rsplit("/", 1)[-1] for t in (kind if isinstance(kind, list) else [kind]) if t}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _first(node: dict[str, Any], *keys: str) -> Any:
    return next((node[k] for k in keys if node.get(k) not in (None, "")), None)


def _dicts(items: list[Any], skip: frozenset[str] = frozenset()) -> Iterator[dict[str, Any]]:
    """Every dict in ``items`` at any depth, in document order, without ``skip`` types."""
    stack = list(reversed(items))
    seen = 0
    while stack and seen < _MAX_JSON_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            if skip and _types(node) & skip:
                continue
            yield node
            stack.extend(reversed([v for v in node.values() if isinstance(v, (dict, list))]))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def _from_microdata(item: Any) -> Any:
    """An extruct microdata item in JSON-LD's shape: {"@type": "Course", "name": ...}."""
    if isinstance(item, list):
        return [_from_microdata(i) for i in item]
    if not isinstance(item, dict) or "properties" not in item and "type" not in item:
        return item
    out: dict[str, Any] = {"@type": [str(t).rsplit("/", 1)[-1] for t in _list(item.get("type"))]}
    out.update({k: _from_microdata(v) for k, v in (item.get("properties") or {}).items()})
    return out


def _decimal(value: Any) -> Decimal | None:
    """Two-place decimal of a JSON number or plain numeric string ("15950", "1,925.00")."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        return None
    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def _period(text: str) -> str | None:
    text = text.lower()
    if re.search(r"\bmon\b|month|\bmo\b", text):
        return "month"
    if re.search(r"\bann\b|year|annual", text):
        return "year"
    if "credit" in text:
        return "credit"
    return "installment" if "installment" in text else None


def _duration(value: str, weekly: bool = False) -> dict[str, Any] | None:
    """An ISO 8601 or worded duration; ``weekly`` reads bare hours as a weekly load, as
    schema.org's courseWorkload ("PT12H") means them."""
    found = durations.parse_iso_duration(value) or durations.parse_duration(value)
    if found and weekly and found.get("hours_total") and not found.get("hours_per_week_min"):
        hours = found["hours_total"]
        found = {**found, "hours_total": None, "hours_per_week_min": hours,
                 "hours_per_week_max": hours}  # fmt: skip
    return found


def _longer(current: Any, found: Any) -> Any:
    """Keep the first duration, completing one that states only a weekly load."""
    if not current:
        return found
    return _complete(current, found) if found and not _has_length(current) else current


def _has_length(duration: Any) -> bool:
    return bool(duration) and any(duration.get(k) for k in ("weeks", "months", "hours_total"))


def _complete(high: dict[str, Any], low: dict[str, Any]) -> dict[str, Any]:
    """A duration from a higher layer, its unstated parts filled from a lower layer's."""
    return {**high, **{k: v for k, v in low.items() if k != "source" and high.get(k) is None}}


def _json(node: Any) -> str:
    try:
        return json.dumps(node, ensure_ascii=False, default=str)[:SNIPPET]
    except (TypeError, ValueError):
        return str(node)[:SNIPPET]


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def _dedupe(values: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for value in values:
        k = tuple(value.get(f) for f in key)
        if k not in seen:
            seen.add(k)
            out.append(value)
    return out


def _best_guarantees(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One guarantee per kind, in order of first mention: the most specific statement of it
    (a window, then the longest terms), so reworded terms are seen even after a hero line."""
    best: dict[str, dict[str, Any]] = {}
    for value in values:
        kind = value.get("kind")
        rank = (bool(value.get("window")), len(value.get("terms") or ""))
        old = best.get(kind)
        if old is None or rank > (bool(old.get("window")), len(old.get("terms") or "")):
            best[kind] = value
    return list(best.values())


def _cohorts(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One cohort per start, the one stating an end preferred, sorted by start."""
    by_start: dict[str, dict[str, Any]] = {}
    for cohort in values:
        start = cohort.get("start")
        if start and (
            start not in by_start or cohort.get("end") and not by_start[start].get("end")
        ):
            by_start[start] = cohort
    return [by_start[k] for k in sorted(by_start)]


# -- page text to blocks ----------------------------------------------------------------------


def _is_noise(el: Any) -> bool:
    tag = el.tag
    if not isinstance(tag, str) or tag in _NOISE_TAGS or el.get("role") in _NOISE_ROLES:
        return True
    if tag in ("html", "body", "main", "article"):
        return False
    marks = f"{el.get('id') or ''} {el.get('class') or ''}"
    return bool(_NOISE_ATTR.search(marks)) if marks.strip() else False


def _squash(parts: list[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(
    root: Any, on_text: Callable[[Any, str], None], on_block: Callable[[Any, bool], None]
) -> None:
    """Visit the visible text under ``root`` in order; lxml's iterwalk keeps deep pages off
    the Python stack and skips noise subtrees in C.

    Words that only CSS keeps apart (``<span>Length</span>16 weeks``) get a space."""
    last = "\n"
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if _is_noise(el):
                walker.skip_subtree()
            elif tag == "br":
                on_text(el.getparent(), "\n")
                last = "\n"
            else:
                if tag in _BLOCK_TAGS:
                    on_block(el, True)
                    last = "\n"
                text = el.text
                if text:
                    if last[-1:].isalnum() and text[:1].isalnum() and tag not in _GLUED:
                        on_text(el, " ")
                    on_text(el, text)
                    last = text
            continue
        if tag in _BLOCK_TAGS:  # closing a block, or skipping a noise block, ends a text run
            on_block(el, False)
            last = "\n"
        tail = el.tail
        if tail and el is not root:
            if last[-1:].isalnum() and tail[:1].isalnum() and tag not in _GLUED:
                on_text(el.getparent(), " ")
            on_text(el.getparent(), tail)
            last = tail


def _element_text(el: Any) -> str:
    """Visible text of one element, with a line break at each block boundary."""
    parts: list[str] = []
    _walk(el, lambda _el, text: parts.append(text), lambda _el, _opening: parts.append("\n"))
    return _squash(parts)


def _segments(root: Any) -> tuple[list[tuple[Any, str]], dict[Any, int]]:
    """Text runs between block boundaries as (owning block element, text), in page order, and
    the visible text length under every block element, to tell a card from a layout wrapper."""
    segments: list[tuple[Any, str]] = []
    lengths: dict[Any, int] = {}
    buf: list[str] = []
    owners: list[Any] = [root]

    def on_text(el: Any, text: str) -> None:
        buf.append(text)
        lengths[owners[-1]] = lengths.get(owners[-1], 0) + len(text.strip())

    def on_block(el: Any, opening: bool) -> None:
        if buf:
            text = _squash(buf)
            if text:
                segments.append((owners[-1], text))
            buf.clear()
        if opening:
            owners.append(el)
        elif owners[-1] is el and len(owners) > 1:
            owners.pop()  # a block's size joins its enclosing block's when it closes
            lengths[owners[-1]] = lengths.get(owners[-1], 0) + lengths.get(el, 0)

    _walk(root, on_text, on_block)
    on_block(root, False)
    return segments, lengths


def _unit(owner: Any, lengths: dict[Any, int]) -> Any:
    """The element whose text forms one block with ``owner``'s: its row, list item, dt/dd
    pair or details, else the largest small container around it (a card)."""
    cur, depth = owner, 0
    while cur is not None and depth < 8:
        if cur.tag in _HARD and lengths.get(cur, 0) <= _UNIT_LIMIT:
            if cur.tag == "dd":  # a dd joins the dt before it
                return next(cur.itersiblings("dt", preceding=True), cur)
            return cur
        cur, depth = cur.getparent(), depth + 1
    best = cur = owner
    while True:  # inline wrappers (<a>, <span>) around blocks have no size of their own
        cur = cur.getparent()
        if cur is None or cur.tag in ("body", "html") or lengths.get(cur, 0) > _CARD_LIMIT:
            return best
        if cur.tag in _BLOCK_TAGS:
            best = cur


def _cell_text(cell: Any) -> str:
    return " ".join(_element_text(cell).split())


_HEADER_UNIT = re.compile(
    r"(?:\bper\b|/)\s*(credit(?:[\s-]hour)?|month|year|semester|week|hour)s?\b", re.I
)


def _with_unit(cell: str, header: str) -> str:
    """A bare amount under a "Cost per credit" column, read as "$215 per credit"."""
    unit = _HEADER_UNIT.search(header)
    if unit and re.search(r"\d", cell) and not re.search(r"\bper\b|/", cell):
        return f"{cell} per {unit.group(1)}"
    return cell


def _row_block(row: Any) -> _Block:
    """A table row as "cell | cell", with the table's column headers and row header."""
    cells = [c for c in row if c.tag in ("td", "th")]
    texts = [_cell_text(c) for c in cells]
    table = next(row.iterancestors("table"), None)
    headers: list[str] = []
    caption = ""
    if table is not None:
        caption = _cell_text(table.find("caption")) if table.find("caption") is not None else ""
        head = table.find(".//thead/tr")
        if head is None:
            first = table.find(".//tr")
            if first is not None and all(c.tag == "th" for c in first if isinstance(c.tag, str)):
                head = first
        if head is not None and head is not row:
            headers = [_cell_text(c) for c in head if c.tag in ("td", "th")]
    if len(headers) != len(texts):
        headers = [""] * len(texts)
    texts = [_with_unit(text, header) for text, header in zip(texts, headers, strict=True)]
    parts: list[str] = []
    for i, text in enumerate(texts):  # "Start | End" columns read as one cohort, not two
        joined = (
            i
            and re.search(r"start|begin", headers[i - 1], re.I)
            and re.search(r"end|finish|graduat", headers[i], re.I)
        )
        parts.append(f" - {text}" if joined else (" | " if parts else "") + text)
    first_is_label = bool(cells) and (cells[0].tag == "th" or not re.search(r"\d", texts[0]))
    label = texts[0] if first_is_label and len(texts) > 1 and texts[0] else None
    context = "\n".join(t for t in (caption, " | ".join(h for h in headers if h)) if t)
    return _Block("".join(parts), "row", label, context, list(zip(headers, texts, strict=True)))


def _blocks(root: Any) -> list[_Block]:
    """The page's visible text as blocks, each with the heading (or table header) above it."""
    segments, lengths = _segments(root)
    units: dict[Any, Any] = {}
    groups: dict[Any, list[str]] = {}
    for owner, text in segments:
        if owner not in units:
            units[owner] = _unit(owner, lengths)
        groups.setdefault(units[owner], []).append(text)
    blocks: list[_Block] = []
    heading = ""
    for el, texts in groups.items():
        if el.tag == "tr":
            block = _row_block(el)
            block.context = "\n".join(t for t in (heading, block.context) if t)
        elif el.tag in _HEADINGS:
            heading = block_text = "\n".join(texts)
            block = _Block(block_text, "heading")
        else:
            text = "\n".join(texts)
            kind = "quote" if _QUOTE.match(text) or el.tag in ("blockquote", "q") else "block"
            kind = "links" if kind == "block" and _all_links(el, text) else kind
            block = _Block(text, kind, context=heading)
            if kind == "block" and blocks and blocks[-1].kind == "heading":
                block.text = f"{blocks.pop().text}\n{text}"  # a heading and the text under it
        if block.text and not _COOKIE_TEXT.search(block.text):
            blocks.append(block)
    return blocks


def _all_links(el: Any, text: str) -> bool:
    """Whether a block is only links: a menu, tabs or buttons ("Job guarantee", "Apply now")."""
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a", "button"))
    return linked > 0 and linked >= 0.9 * len("".join(text.split()))
