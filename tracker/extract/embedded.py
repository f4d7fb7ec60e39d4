"""The embedded-JSON layer: facts in a page's ``<script type="application/json">`` blobs.

Next.js and similar sites render their pages from a JSON blob (``__NEXT_DATA__``; Nuxt 2 and
Redux assign a JavaScript object to ``window.__NUXT__`` and the like; Nuxt 3's payload and
Next's App Router flight data are JSON once decoded, by :mod:`tracker.extract.nuxt_payload`
and :mod:`tracker.extract.rsc_flight`) that holds
the program's data with far less noise than the text it becomes, so it is read after
structured data and before the text. The blob is walked once, without recursion (blobs can
be deep), each dict read with the key vocabulary of :mod:`tracker.extract.json_keys`; a currency
stated in a dict holds for everything under it.

It is one module of about 450 lines because that walk is one piece of state: the currency
inherited from above and the keys already read are shared by the price, income-share and
guarantee readers of every dict, which would otherwise pass them around between modules.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import chompjs

from tracker.extract.attribute_json import attribute_json
from tracker.extract.island_props import island_props
from tracker.extract.json_document import MARKUP
from tracker.extract.json_keys import (
    AMOUNT_WORDS,
    CURRENCY_KEYS,
    HIGH,
    LOW,
    MODE_KEYS,
    NOT_PRICE,
    PER_WORDS,
    PERIOD_KEYS,
    PRICE_PATH,
    PRICE_WORDS,
    SHOWN_WORDS,
    SKIP_WORDS,
    holds_other_dates,
    is_cohort_list,
    is_end_key,
    is_price_key,
    is_start_key,
    json_duration,
    key_words,
)
from tracker.extract.json_values import MAX_JSON_NODES, decimal, dicts, first, period_of
from tracker.extract.nuxt_payload import is_nuxt_payload, unflatten
from tracker.extract.page import Page, complete, has_length
from tracker.extract.provenance import SNIPPET, json_snippet
from tracker.extract.rsc_flight import flight_chunks, flight_rows
from tracker.extract.state_markup import show_unseen_markup
from tracker.facts import IncomeShare
from tracker.normalize import dates, guarantees, income_share, money, prices
from tracker.normalize.zones import currency_zones, valid_zone

#: A page's data assigned to a global or a variable in a script: Nuxt 2's
#: ``window.__NUXT__=(function(a,b){return {...}}(...))``, Redux's
#: ``window.__INITIAL_STATE__={...}``, Remix's ``window.__remixContext = {...}``, Apollo's,
#: Gatsby's, and a server-rendered view model's ``var courseJson = {...};`` that a client
#: library binds to empty markup. Only an object or array is read (``window.__renderedAt=1624...``
#: is not state). A JavaScript object literal, not JSON (unquoted keys, variables), so chompjs
#: reads it.
#: Found from the "=" (a literal the scan can jump to), then the name before it is checked.
_STATE = re.compile(r"=\s*(?:\(?\s*function\s*\([^)]*\)\s*\{\s*return\s+)?(?=[{\[])")
_ASSIGNEE = re.compile(r"(?:\bwindow\.\w+|\b(?:var|let|const)\s+[\w$]+)\s*$")

#: Words of a key whose value states guarantees: a course's "policies" list its refund and
#: job promises beside its other rules, which :func:`guarantees.parse_guarantees` sets apart.
_GUARANTEE_WORDS = frozenset({"guarantee", "guarantees", "refund", "promise", "promises",
                              "policy", "policies"})  # fmt: skip


def _is_shown_price(words: list[str]) -> bool:
    """Whether a key names the text a page shows for a price or plan ("PaymentPlanDisplay",
    "tuition_text"): its value is read as prose, where a bare amount key is read as a number."""
    rest = set(words) - SHOWN_WORDS
    return bool(set(words) & SHOWN_WORDS and rest and rest & PRICE_PATH
                and not rest & NOT_PRICE)  # fmt: skip


#: Keys over a dict of one plan's payments, whose "count" is how many there are.
_INSTALMENT_WORDS = frozenset({"installment", "installments", "instalment", "instalments",
                               "payments"})  # fmt: skip
#: Keys naming the time zone of the dates beside them (Wix events' ``timeZoneId``).
_ZONE_KEYS = frozenset({"timezone", "timezoneid", "tz", "tzid", "zone", "zoneid"})


def from_embedded_json(page: Page) -> dict[str, Any]:
    """Facts of every JSON blob (framework state, Astro island props, JSON attributes, a
    JSON document shown as the page, and iCalendar events in the same shape) on ``page``;
    a blob that does not parse is skipped."""
    blobs, flight = [], []
    for script in page.root.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind == "application/json" or script.get("id") == "__NEXT_DATA__":
            try:
                blob = json.loads(script.text or "")
            except ValueError:
                continue
            blobs.append(unflatten(blob) if is_nuxt_payload(script) else blob)
        elif kind in ("", "text/javascript") and script.text:
            code = script.text
            if "self.__next_f" in code:
                flight.append(flight_chunks(code) or "")
            elif "=" in code:
                blobs.extend(_state(code))
    if flight:  # a row may be split across two pushes: join them before reading rows
        blobs.extend(flight_rows("".join(flight)))
    blobs.extend(island_props(page.root))
    blobs.extend(attribute_json(page.root))
    blobs.extend(page.calendar_events)
    blobs.extend(page.json_documents)
    if not blobs:
        return {}
    reader = _EmbeddedJson(page)
    found = reader.read(blobs)
    if reader.markup:  # rich text the client renders: read by the text layer as shown
        show_unseen_markup(page, reader.markup)
    return found


def _state(code: str) -> list[Any]:
    """The state objects a script assigns (:data:`_STATE`); identifiers read as strings."""
    found: list[Any] = []
    for m in _STATE.finditer(code):
        if code[m.start() - 1 : m.start()] in ("=", "!", "<", ">") or not _ASSIGNEE.search(
            code, max(0, m.start() - 80), m.start()
        ):
            continue
        try:
            found.append(chompjs.parse_js_object(code[m.end() :]))
        except ValueError:
            continue
    return found


def _json_string(text: str) -> Any:
    """A JSON object or array written as a string inside JSON (a fetch response's body
    inlined by SvelteKit, a GraphQL payload), else the string itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _title(node: dict[str, Any]) -> str | None:
    """What a dict calls itself ("title", "name" or "label"), if it says."""
    return next((v for k in ("title", "name", "label") if isinstance(v := node.get(k), str)), None)


def _per_keys(node: dict[str, Any]) -> dict[frozenset[str], str]:
    """The period keys of a price dict: each one's other words (what it is the period of:
    none for a bare "interval", {"installment"} for "installment_interval") to its value."""
    out: dict[frozenset[str], str] = {}
    for key, value in node.items():
        words = set(key_words(str(key)))
        if words & PER_WORDS and isinstance(value, str):
            rest = frozenset(words - PER_WORDS)
            out[rest] = f"{out.get(rest, '')} {value}".strip()
    return out


def _hundredths(value: Any) -> str | None:
    amount = decimal(value)
    return str((amount / 100).quantize(Decimal("0.01"))) if amount is not None else None


def _in_minor_units(node: dict[str, Any], amount: Any) -> bool:
    """Whether ``amount`` counts cents, as money libraries store it (Stripe, Laravel's
    money casts): a display string beside it states a hundredth of it ({"amount": 9450000,
    "formatted": "KES 94,500.00"})."""
    whole, cents = decimal(amount), _hundredths(amount)
    if whole is None or whole < 100 or not isinstance(amount, (int, str)):
        return False
    shown = _shown_amounts(node, None)
    return any(s[0] == cents for s in shown) and not any(Decimal(s[0]) == whole for s in shown)


def _shown_amounts(node: dict[str, Any], hint: str | None) -> list[tuple[str, str | None]]:
    """(amount, currency) of every string of a dict that shows an amount with a currency
    ("formatted": "KES 94,500.00"); ``hint`` is what an ambiguous sign means here."""
    return [
        read
        for v in node.values()
        if isinstance(v, str) and money.has_currency(v) and (read := money.read_amount(v, hint))
    ]


_PERCENT_WORDS = frozenset({"percent", "percentage", "rate", "share"})
_MONTHS_WORDS = frozenset({"months", "term", "duration"})
_FLOOR_WORDS = frozenset({"floor", "threshold", "minimum", "min"})


def _by_words(node: dict[str, Any], wanted: frozenset[str]) -> Any:
    """The first value whose key has one of the ``wanted`` words ("rate_percent")."""
    return next((v for k, v in node.items() if set(key_words(str(k))) & wanted
                 and v not in (None, "")), None)  # fmt: skip


#: What a guarantee dict's kind/type value says, by its words.
_KIND_OF = (("job", "job_guarantee"), ("hiring", "job_guarantee"),
            ("employment", "job_guarantee"), ("money", "money_back"),
            ("refund", "tuition_refund"), ("defer", "deferred_tuition"))  # fmt: skip
_KIND_KEYS = ("kind", "type", "category")


def _shown_currency(node: dict[str, Any], hint: str | None) -> str | None:
    """The currency of the one amount a dict shows as text beside its bare numbers: a view
    model's ``{"TuitionAmount": 2725, "TuitionDisplay": "£2,725"}`` is in pounds, and "Rs."
    in the page's rupees (``hint``). None when its strings show no amount with a currency,
    or amounts in several."""
    shown = {currency for _, currency in _shown_amounts(node, hint)}
    return shown.pop() if len(shown) == 1 else None


def _stated_guarantees(item: dict[str, Any]) -> list[Any]:
    """The guarantees of one dict under a guarantee key. A dict that names its kind
    ({"kind": "job_guarantee", "summary": ..., "terms": ...}) is that one promise: a
    slogan beside its terms that reads as another kind is not a second one, and terms that
    name no kind are read under the kind's name, as under a heading."""
    texts = [v for k, v in item.items()
             if isinstance(v, str) and k not in ("id", "url", "slug", *_KIND_KEYS)]  # fmt: skip
    named = next((v for k in _KIND_KEYS if isinstance(v := item.get(k), str)), "")
    kind = next((kind for word, kind in _KIND_OF if word in named.lower()), None)
    found = [g for text in texts for g in guarantees.parse_guarantees(text)]
    if kind is None:
        return found
    mine = [g for g in found if g["kind"] == kind]
    if mine or not texts:
        return mine
    title = named.replace("_", " ").replace("-", " ")
    terms = max(texts, key=len)
    return [{**g, "raw": terms} for g in guarantees.parse_guarantees(f"{title}\n{terms}")
            if g["kind"] == kind]  # fmt: skip


def _longer(current: Any, found: Any) -> Any:
    """Keep the first duration, completing one that states only a weekly load."""
    if not current:
        return found
    return complete(current, found) if found and not has_length(current) else current


class _EmbeddedJson:
    """Reads facts out of JSON blobs with the key vocabulary of tracker.extract.json_keys."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.out: dict[str, Any] = {"prices": [], "start_dates": [], "guarantees": []}
        self.blob: Any = None  # the blob being walked (each is walked whole, in turn)
        self.blob_currency: list[str | None] = []  # its one currency, once asked for
        self.markup: list[str] = []  # HTML strings met on the way (tracker.extract.state_markup)

    def read(self, blobs: list[Any]) -> dict[str, Any]:
        stack: list[tuple[Any, tuple[str, ...], str | None, str]] = [
            (b, (), None, "") for b in blobs
        ]
        seen = 0
        while stack and seen < MAX_JSON_NODES:
            node, path, currency, title = stack.pop()
            seen += 1
            if not path and node is not self.blob:
                self.blob, self.blob_currency = node, []
            if isinstance(node, list):
                if path and is_cohort_list(path[-1]):
                    for item in (i for i in node if isinstance(i, str)):
                        self.add("start_dates", self.page.cohort(item, None), node)
                stack.extend((item, path, currency, title) for item in reversed(node))
            elif isinstance(node, dict) and len(path) < 40:
                currency = self.currency(node) or currency
                title = _title(node) or title
                handled = self.visit(node, path, currency, title)
                for key, value in reversed(list(node.items())):
                    if key in handled:
                        continue
                    if isinstance(value, str) and "<" in value and MARKUP.search(value):
                        self.markup.append(value)
                        continue
                    if isinstance(value, str) and value[:1] in ("{", "["):
                        value = _json_string(value)  # SvelteKit's fetched "body": JSON text
                    if not isinstance(value, (dict, list)):
                        continue
                    words = set(key_words(str(key)))
                    if words & SKIP_WORDS and "guarantee" not in words:
                        continue
                    stack.append((value, (*path, str(key)), currency, title))
        return self.out

    def add(self, name: str, value: Any, node: Any) -> None:
        value = self.page.stamp(value, "next-data", json_snippet(node))
        if isinstance(value, list):
            self.out[name].extend(value)
        elif value and name == "duration":
            self.out[name] = _longer(self.out.get(name), value)
        elif value and not self.out.get(name):
            self.out[name] = value

    def currency(self, node: dict[str, Any]) -> str | None:
        """The currency a dict states: under a currency key, or a key that names one among
        other words (a no-code tool's typed field, "currency_option_currency": "DKK")."""
        code = first(node, *CURRENCY_KEYS)
        if code is None:
            code = next((v for k, v in node.items()
                         if isinstance(v, str) and "currency" in str(k).lower()), None)  # fmt: skip
        return money.currency_code(code, hint=self.page.currency) if isinstance(code, str) else None

    def sole_currency(self) -> str | None:
        """The one currency the blob states, for a price dict that states none: a fee
        calculator's ``{"fee": 7800, "currency": "CAD"}`` beside ``{"emi": {"monthly":
        650}}`` is in dollars too, and so is a blob whose only amount with a sign is shown
        text (:func:`_shown_currency`). None when the blob names no currency, or several."""
        if not self.blob_currency:
            codes = {self.currency(n) for n in dicts([self.blob])} - {None} or {
                _shown_currency(n, self.page.currency) for n in dicts([self.blob])
            } - {None}
            self.blob_currency.append(codes.pop() if len(codes) == 1 else None)
        return self.blob_currency[0]

    def zones(self, node: dict[str, Any], flat: dict[str, Any]) -> tuple[str, ...]:
        """Where a UTC start in ``node`` falls (:mod:`tracker.normalize.zones`): in the zone
        stated beside it, else in the page's country, else in the country of the blob's one
        currency (a client-rendered page may name its country nowhere else). ``flat`` maps
        ``node``'s keys, their words run together, to the keys."""
        for name, key in flat.items():
            if name in _ZONE_KEYS and (zone := valid_zone(node[key])):
                return (zone,)
        return self.page.zones or currency_zones(self.sole_currency())

    def visit(
        self, node: dict[str, Any], path: tuple[str, ...], currency: str | None, title: str
    ) -> set[str]:
        """Read one dict's own keys; returns the keys whose values need no further walking.
        ``title`` is the nearest name over it: an "Open evening" event's dates are no start."""
        handled: set[str] = set()
        parent = set(key_words(path[-1])) if path else set()
        in_prices = bool(parent & PRICE_PATH) or bool(
            len(path) > 1 and set(key_words(path[-2])) & PRICE_PATH
        )
        flat = {"".join(key_words(str(k))): k for k in node}
        for key, value in node.items():
            words = key_words(str(key))
            if ("isa" in words or {"income", "share"} <= set(words)) and value:
                self.add("income_share", self.income_share(value), {key: value})
                handled.add(key)
            elif _GUARANTEE_WORDS & set(words):
                self.guarantee(key, value)
                handled.add(key)
            elif isinstance(value, str) and _is_shown_price(words):
                said = prices.parse_prices(value, currency_hint=currency or self.page.currency)
                self.add("prices", said, {key: value})
        if in_prices or any(is_price_key(k) for k in node):
            self.prices(node, in_prices, parent, currency, title)
        starts = [k for k, v in node.items() if isinstance(v, (str, int))
                  and not isinstance(v, bool) and is_start_key(str(k))]  # fmt: skip
        if starts and not holds_other_dates(path) and not dates.names_other_event(title):
            end = next((v for k, v in node.items() if is_end_key(str(k))), None)
            self.add(
                "start_dates", self.page.cohort(node[starts[0]], end, self.zones(node, flat)), node
            )
        if not has_length(self.out.get("duration")) and not in_prices:
            self.add("duration", json_duration(node), node)
        for k in flat.keys() & {"selfpaced", "isselfpaced", "ondemand"}:
            if node[flat[k]] is True:
                self.add("self_paced", {"value": True, "raw": f"{flat[k]}: true"}, node)
        for k in flat.keys() & MODE_KEYS:
            if isinstance(node[flat[k]], str) and dates.is_self_paced(node[flat[k]]):
                self.add(
                    "self_paced", {"value": True, "raw": dates.is_self_paced(node[flat[k]])}, node
                )
        return handled

    def prices(
        self,
        node: dict[str, Any],
        in_prices: bool,
        parent: set[str],
        currency: str | None,
        title: str,
    ) -> None:
        """Each price key of ``node`` (and a low/high pair) as one option; ``title`` is the
        nearest name over it, which may say what a bare amount is per ("Monthly instalment"
        over ``{"cost": {"value": 439500}}``)."""
        names = (
            node[k] for k in ("name", "label", "plan", "title") if isinstance(node.get(k), str)
        )
        count = first(node, "installments", "numberOfPayments", "payments", "numPayments")
        if count is None and parent & _INSTALMENT_WORDS:  # {"installments": {"count": 3, ...}}
            count = first(node, "count", "number")
        pers = _per_keys(node)
        plan = {
            "label": next(names, None),
            "per": "",  # set per amount key from ``pers``
            "parent": " ".join(parent),
            "count": count if isinstance(count, int) and not isinstance(count, bool) else None,
            "currency": currency
            or _shown_currency(node, self.page.currency)
            or self.sole_currency(),
            "in_prices": in_prices,
            "title": title,
        }
        ranges = {}
        for key, value in node.items():
            words = set(key_words(str(key)))
            if words & NOT_PRICE or isinstance(value, (dict, list, bool)) or value is None:
                continue
            per = in_prices and "".join(key_words(str(key))) in PERIOD_KEYS
            priced = words & PRICE_WORDS or in_prices and words & AMOUNT_WORDS or per
            if words & (LOW | HIGH) and (priced or in_prices):
                ranges["low" if words & LOW else "high"] = value
            elif priced:
                per_key = " ".join(v for w, v in pers.items() if w <= words or not w)
                self.price(node, value, None, words, {**plan, "per": per_key})
        if "low" in ranges:
            bare = " ".join(v for w, v in pers.items() if not w)
            self.price(node, ranges["low"], ranges.get("high"), set(), {**plan, "per": bare})

    def price(
        self, node: dict[str, Any], low: Any, high: Any, words: set[str], plan: dict[str, Any]
    ) -> None:
        if isinstance(low, str) and not re.search(r"\d", low):
            return
        if "cents" in words or _in_minor_units(node, low):  # 1220000 cents is 12,200.00
            low, high = _hundredths(low), _hundredths(high)
            if low is None:
                return
        option = self.page.money(low, high, plan["currency"])
        if not option:
            return
        period = option["period"]
        if period == "one_time":  # the key or a sibling may say what a bare number is per
            own, per = period_of(" ".join(words)), period_of(plan["per"])
            # "installment_cents" with "installment_interval": "month" is paid monthly
            stated = own if own not in (None, "installment") else per or own
            period = stated or period_of(plan["parent"]) or period_of(plan["title"]) or period
        count = plan["count"] or option.get("installments")
        if not count and period in ("month", "installment") and plan["in_prices"]:
            # a plan's {"monthly": 985, "months": 18} is "$985/month for 18 months", and so
            # is an instalment's {"amount": 985, "months": 18}
            months = first(node, "months", "numberOfMonths", "termMonths")
            if isinstance(months, int) and not isinstance(months, bool):
                count, period = months, "month"
        if count and period != "month":
            # the plan's own label may say its payments are monthly: {"count": 6, "amount":
            # 10050, "label": "EGP 10,050 a month over 6 months"}
            period = "month" if self.monthly_in(plan["label"], option["amount"]) else "installment"
        option.update(period=period, installments=count, label=plan["label"])
        self.add("prices", [option], node)

    def monthly_in(self, label: str | None, amount: str) -> bool:
        """Whether ``label`` states ``amount`` as paid each month."""
        said = prices.parse_prices(label or "", currency_hint=self.page.currency)
        return any(o["amount"] == amount and o["period"] == "month" for o in said)

    def income_share(self, value: Any) -> IncomeShare | None:
        if isinstance(value, str):
            return income_share.parse_income_share(value, currency_hint=self.page.currency)
        if not isinstance(value, dict):
            return None
        percent = _by_words(value, _PERCENT_WORDS)
        if percent is None or decimal(percent) is None:
            return None
        months = _by_words(value, _MONTHS_WORDS)
        floor_key = next((k for k in value if set(key_words(str(k))) & _FLOOR_WORDS), None)
        floor = None
        if floor_key is not None:
            cents = "cents" in key_words(str(floor_key))
            floor = decimal(_hundredths(value[floor_key]) if cents else value[floor_key])
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
            words = set(key_words(key))
            kind = ("job_guarantee" if "job" in words else "money_back" if "money" in words
                    else "tuition_refund" if "refund" in words else None)  # fmt: skip
            if kind:
                self.add(
                    "guarantees",
                    [{"kind": kind, "terms": key, "window": None, "raw": f"{key}: true"}],
                    {key: value},
                )
        elif isinstance(value, (dict, list)):
            for item in dicts([value]) if isinstance(value, list) else [value]:
                self.add("guarantees", _stated_guarantees(item), item)
            for text in (v for v in value if isinstance(v, str)) if isinstance(value, list) else ():
                self.add("guarantees", guarantees.parse_guarantees(text), {key: text})
