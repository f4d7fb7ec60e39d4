"""Property-based checks: no input makes extraction raise, and same facts mean no change."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.diff.decide import diff_facts
from tracker.extract.layers import extract_facts
from tracker.facts import canonical, facts_hash
from tracker.normalize.dates import parse_start_dates
from tracker.normalize.durations import parse_duration
from tracker.normalize.guarantees import parse_guarantees
from tracker.normalize.income_share import parse_income_share
from tracker.normalize.prices import parse_prices

TODAY = date(2022, 10, 20)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from(
    ["$", "€", "1,925", "9.9%", "per", "month", "credit", "weeks", "Nov 14th, 2022", "-", "to",
     "starts", "cohort", "guarantee", "money-back", "refund", "within", "two", "hours", "USD",
     "tuition", "five payments of", "<", ">", "&amp;", "\x00", "\u202e", "\ufffd", "2023", "k"]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))
TAGS = st.sampled_from(["div", "p", "table", "tr", "td", "li", "script", "h2", "span", "details"])


@st.composite
def html(draw) -> str:
    """Tag soup: unbalanced, nested, with text and attributes drawn from the traps."""
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(TAGS)
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{tag} class='{draw(st.text(max_size=5))}'>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(TEXT))
    if draw(st.booleans()):
        parts.append('<script type="application/ld+json">' + draw(TEXT) + "</script>")
    if draw(st.booleans()):
        parts.append('<script id="__NEXT_DATA__" type="application/json">{"props": ' + draw(TEXT))
    return "".join(parts)


@SETTINGS
@given(html())
def test_extraction_never_raises_on_tag_soup(page):
    facts = extract_facts("https://camp.test/p", page, today=TODAY)
    assert set(canonical(facts)) >= {"prices", "start_dates", "guarantees"}


@SETTINGS
@given(TEXT)
def test_normalizers_never_raise(text):
    parse_prices(text)
    parse_income_share(text)
    parse_start_dates(text, today=TODAY)
    parse_start_dates(text, today=TODAY, context_known=True)
    parse_duration(text)
    parse_guarantees(text)


AMOUNTS = st.decimals(min_value=1, max_value=99999, places=2).map(lambda d: f"{d:.2f}")
PRICE = st.fixed_dictionaries(
    {
        "amount": AMOUNTS,
        "amount_max": st.none() | AMOUNTS,
        "currency": st.sampled_from(["USD", "EUR", "SEK"]),
        "period": st.sampled_from(["one_time", "month", "year", "credit", "installment"]),
        "installments": st.none() | st.integers(2, 24),
        "label": st.none() | st.sampled_from(["upfront", "monthly", "Instructor-Led"]),
    }
)
DAY = st.dates(date(2022, 1, 1), date(2024, 12, 31)).map(date.isoformat)
COHORT = st.fixed_dictionaries({"start": DAY, "end": st.none() | DAY})
GUARANTEE = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["money_back", "job_guarantee", "tuition_refund"]),
        "terms": st.text(min_size=1, max_size=80),
        "window": st.none() | st.sampled_from(["within 14 days", "within the first two hours"]),
    }
)
FACTS = st.fixed_dictionaries(
    {
        "prices": st.lists(PRICE, max_size=4, unique_by=lambda p: (p["amount"], p["period"])),
        "start_dates": st.lists(COHORT, max_size=3, unique_by=lambda c: c["start"]),
        "duration": st.none()
        | st.fixed_dictionaries({"weeks": st.none() | st.integers(1, 80), "months": st.none()}),
        "guarantees": st.lists(GUARANTEE, max_size=3, unique_by=lambda g: g["kind"]),
        "self_paced": st.none() | st.just({"value": True}),
        "income_share": st.none(),
    }
)


def rerendered(facts: dict) -> dict:
    """The same facts as another page would give them: other raw text, sources, labels,
    list order."""

    def dress(item: dict, n: int) -> dict:
        source = {"url": f"https://camp.test/{n}", "method": "text", "snippet": "..."}
        dressed = {**item, "raw": f"written another way {n}", "source": source}
        if "amount" in item:
            dressed["label"] = (item.get("label") or "").upper() or None
        return dressed

    out = dict(facts)
    for field in ("prices", "start_dates", "guarantees"):
        out[field] = [dress(item, n) for n, item in enumerate(reversed(facts[field]))]
    return out


@SETTINGS
@given(FACTS)
def test_same_facts_are_no_change(facts):
    assert diff_facts("Camp", facts, facts, today=TODAY) == []
    copy = rerendered(facts)
    assert facts_hash(copy) == facts_hash(facts)
    assert diff_facts("Camp", facts, copy, today=TODAY) == []
