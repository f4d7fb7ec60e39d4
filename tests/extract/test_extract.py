"""extract_facts on small page snippets: each markup style, each layer, and the traps.

Each snippet in tests/fixtures/snippets/ is a few lines of HTML in one style (pricing table,
cards, prose, JSON-LD, microdata, __NEXT_DATA__, ...). The table below states the facts a
correct extractor finds in it, compared without provenance or labels; fields a case does
not list are not checked by it.
"""

from __future__ import annotations

import datetime
import html as markup
from typing import Any

import lxml.html
import pytest

from tests.paths import SNIPPETS
from tracker.extract.evidence import count_mentions
from tracker.extract.layers import _parse, empty_facts, extract_facts
from tracker.extract.page import Page
from tracker.extract.tables import read_row
from tracker.facts import EVIDENCE_OF, FIELDS, comparable, present

TODAY = datetime.date(2022, 11, 7)
URL = "https://example.com/program"
METHODS = {"hint", "json-ld", "microdata", "next-data", "text"}


def usd(amount: str, period: str = "one_time", *, amount_max: str | None = None,
        installments: int | None = None, currency: str = "USD") -> dict[str, Any]:  # fmt: skip
    return {"amount": amount, "amount_max": amount_max, "currency": currency, "period": period,
            "installments": installments}  # fmt: skip


def weeks(n: int | None = None, *, months: int | None = None, hours: int | None = None,
          per_week: tuple[int, int] | None = None) -> dict[str, Any]:  # fmt: skip
    low, high = per_week or (None, None)
    return {"weeks": n, "months": months, "hours_total": hours, "hours_per_week_min": low,
            "hours_per_week_max": high}  # fmt: skip


def extract(name: str, **kwargs: Any) -> dict[str, Any]:
    html = (SNIPPETS / name).read_text(encoding="utf-8")
    return extract_facts(kwargs.pop("url", URL), html, today=TODAY, **kwargs)


def simple(field: str, value: Any) -> Any:
    """A field as the table states it (cohorts as (start, end), guarantees by kind), without
    provenance or labels, lists sorted."""
    value = comparable(value)
    if field == "prices":
        return sorted(value, key=repr)
    if field == "start_dates":
        return sorted(c if isinstance(c, tuple) else (c["start"], c["end"]) for c in value)
    if field == "guarantees":
        return sorted(g if isinstance(g, str) else g["kind"] for g in value)
    if field == "self_paced":
        return bool(value)
    if field == "income_share" and value:
        return {k: value[k] for k in ("percent", "months", "income_floor")}
    return value


CASES = [
    pytest.param(
        "pricing_table_rows.html", {},
        {"prices": [usd("2995.00"), usd("1495.00")], "start_dates": []},
        id="table-row-headers",
    ),
    pytest.param(
        "pricing_table_columns.html", {},
        {"prices": [usd("999.00"), usd("96.00", "month", installments=12), usd("2799.00")],
         "self_paced": True},
        id="table-plan-per-column",
    ),
    pytest.param(
        "per_credit_table.html", {},
        {"prices": [usd("215.00", "credit"), usd("490.00", "credit")], "duration": weeks(18)},
        id="table-unit-in-column-header",
    ),
    pytest.param(
        "pricing_cards.html", {},
        {"prices": [usd("9900.00"), usd("1450.00", "month")]},
        id="pricing-cards",
    ),
    pytest.param(
        "prose_tuition.html", {},
        {"prices": [usd("15950.00"), usd("5400.00", "installment", installments=3)],
         "duration": weeks(14, per_week=(50, 50))},
        id="prose",
    ),
    pytest.param(
        "prose_tuition.html", {},
        {"start_dates": [("2023-01-09", "2023-04-14")]},
        id="prose-start-and-ends",
    ),
    pytest.param(
        "jsonld_course_offer.html", {},
        {"prices": [usd("1925.00")], "start_dates": [("2022-11-14", "2023-02-25")],
         "duration": weeks(16, per_week=(12, 12))},
        id="json-ld-course-offer-instance",
    ),
    pytest.param(
        "jsonld_aggregate_offer.html", {},
        {"prices": [usd("11610.00", amount_max="16500.00")], "duration": weeks(months=9)},
        id="json-ld-aggregate-offer-range",
    ),
    pytest.param(
        "microdata_course.html", {},
        {"prices": [usd("6770.00", currency="EUR")], "start_dates": [("2023-01-31", None)],
         "duration": weeks(22, per_week=(20, 25))},
        id="microdata-course-weekly-load-completed-by-text",
    ),
    pytest.param(
        "next_data.html", {},
        {"prices": [usd("34.00", "month"), usd("24.00", "month")],
         "start_dates": [("2022-12-05", None)], "self_paced": True,
         "duration": weeks(months=6, hours=300, per_week=(10, 10)),
         "guarantees": ["job_guarantee"]},
        id="next-data",
    ),
    pytest.param(
        "definition_list.html", {},
        {"prices": [usd("13950.00")], "start_dates": [("2023-01-09", None)],
         "duration": weeks(12)},
        id="definition-list",
    ),
    pytest.param(
        "faq_details.html", {},
        {"guarantees": ["money_back"], "duration": None, "start_dates": []},
        id="faq-details-guarantee-and-24-7",
    ),
    pytest.param(
        "cohort_table.html", {},
        {"start_dates": [("2022-12-05", "2023-03-18"), ("2023-01-09", "2023-04-22")],
         "prices": []},
        id="cohort-table-start-end-columns",
    ),
    pytest.param(
        "job_guarantee_section.html", {},
        {"guarantees": ["deferred_tuition", "job_guarantee"]},
        id="heading-with-text-under-it",
    ),
    pytest.param(
        "hint_targets.html",
        {"hints": {"prices": {"css": ".tuition-amount"},
                   "start_dates": {"xpath": "//ul[@id='dates']/li"}}},
        {"prices": [usd("4500.00")], "start_dates": [("2023-03-06", None), ("2023-05-01", None)]},
        id="hints-css-and-xpath",
    ),
    pytest.param(
        "hint_targets.html", {"hints": {"prices": {"css": ".old-price"}}},
        {"prices": [usd("4500.00")], "start_dates": []},
        id="hint-miss-falls-back-to-text",
    ),
    pytest.param(
        "currency_from_lang.html", {},
        {"prices": [usd("3500.00", currency="CAD")]},
        id="currency-from-html-lang",
    ),
    pytest.param(
        "pricing_cards.html", {"url": "https://bootcamp.example.com.au/tuition"},
        {"prices": [usd("9900.00", currency="AUD"), usd("1450.00", "month", currency="AUD")]},
        id="currency-from-country-tld",
    ),
    pytest.param(
        "currency_from_lang.html", {"currency_hint": "USD"},
        {"prices": [usd("3500.00")]},
        id="currency-hint-from-caller-wins",
    ),
    pytest.param(
        "trap_salary.html", {},
        {"prices": [usd("12000.00")]},
        id="trap-salary-and-discount",
    ),
    pytest.param(
        "trap_blog_date.html", {},
        {"start_dates": [("2022-12-05", None)]},
        id="trap-post-date-updated-stamp-news",
    ),
    pytest.param(
        "trap_income_share.html", {},
        {"prices": [], "income_share": {"percent": "9.9", "months": 24, "income_floor": "40000.00"},
         "duration": weeks(months=3)},
        id="trap-income-share-percent-is-no-price",
    ),
    pytest.param(
        "trap_seat_counter.html", {},
        {"prices": [], "start_dates": [], "duration": None},
        id="trap-seat-counter-class-size-hiring-rate",
    ),
    pytest.param(
        "trap_24_7.html", {},
        {"start_dates": [], "duration": None, "self_paced": True},
        id="trap-24-7-support",
    ),
    pytest.param(
        "trap_cookie_banner.html", {},
        {"prices": [usd("3200.00")], "start_dates": []},
        id="trap-cookie-banner",
    ),
    pytest.param(
        "trap_jsonld_blogposting.html", {},
        {"prices": [], "start_dates": []},
        id="trap-json-ld-blogposting-event-jobposting",
    ),
    pytest.param(
        "nav_footer_noise.html", {},
        {"prices": [usd("7500.00")], "start_dates": [], "guarantees": [], "duration": weeks(10)},
        id="trap-nav-footer-link-menu",
    ),
    pytest.param(
        "faq_cohort_list.html", {},
        {"prices": [usd("13500.00"), usd("560.00", "month")],
         "start_dates": [("2023-01-09", None), ("2023-03-06", None), ("2023-05-01", None)]},
        id="faq-lead-in-list-deadlines-events-living-costs",
    ),
    pytest.param(
        "calendar_columns.html", {},
        {"prices": [usd("12900.00")],
         "start_dates": [("2023-01-09", "2023-04-14"), ("2023-03-06", "2023-06-09")],
         "duration": weeks(14, hours=140, per_week=(10, 10))},
        id="calendar-apply-by-orientation-columns-money-rows-length-row",
    ),
    pytest.param(
        "cards_starts_ends.html", {},
        {"prices": [usd("9900.00")], "start_dates": [("2023-01-09", None), ("2023-03-06", None)]},
        id="cards-starts-and-ends-labels",
    ),
    pytest.param(
        "next_data_plan_keys.html", {},
        {"prices": [usd("9800.00", currency="GBP"), usd("410.00", "month", currency="GBP")],
         "duration": weeks(16, per_week=(15, 20))},
        id="next-data-monthly-key-and-weekly-hours-range",
    ),
    pytest.param(
        "jsonld_offer_and_visible_plan.html", {},
        {"prices": [usd("7500.00", currency="EUR"), usd("625.00", "month", currency="EUR")]},
        id="json-ld-tuition-and-the-monthly-plan-in-text",
    ),
    pytest.param(
        "nuxt_state.html", {},
        {"prices": [usd("11900.00")], "start_dates": [("2023-01-09", "2023-04-14")],
         "duration": weeks(14, per_week=(15, 20)), "guarantees": ["job_guarantee"]},
        id="nuxt-2-state-object-literal",
    ),
    pytest.param(
        "redux_state_cents.html", {},
        {"prices": [usd("13950.00", currency="GBP"), usd("775.00", "month", currency="GBP")],
         "start_dates": [("2023-02-06", "2023-05-12")], "duration": weeks(14, per_week=(12, 18)),
         "guarantees": ["job_guarantee"],
         "income_share": {"percent": "11", "months": 30, "income_floor": "45000.00"}},
        id="state-in-cents-interval-of-the-installment-hours-range-dict-kind-named",
    ),
    pytest.param(
        "view_model_variable.html", {},
        {"prices": [usd("3150.00", currency="GBP"),
                    usd("650.00", "month", installments=5, currency="GBP")],
         "start_dates": [("2023-02-06", "2023-06-11"), ("2023-05-06", None)],
         "duration": weeks(18, per_week=(12, 12)), "guarantees": ["job_guarantee"]},
        id="view-model-variable-shown-fee-sign-ms-json-dates-display-keys-policies",
    ),
    pytest.param(
        "nocode_typed_fields.html", {"url": "https://example.no/program"},
        {"prices": [usd("48500.00", currency="NOK"), usd("4450.00", "month", currency="NOK")],
         "start_dates": [("2023-02-06", "2023-05-30"), ("2023-09-04", None)],
         "duration": weeks(16, per_week=(8, 8)), "guarantees": []},
        id="typed-field-names-epoch-starts-named-currency-key-schedule-text-titled-plan",
    ),
    pytest.param(
        "microdata_property_with_script.html", {},
        {"prices": [usd("5900.00", currency="EUR")], "start_dates": [("2023-03-06", None)]},
        id="microdata-property-holding-a-script-and-json-ld-beside-it",
    ),
    pytest.param(
        "jsonld_faq_answers.html", {},
        {"prices": [usd("8900.00")], "duration": weeks(20, per_week=(12, 12)),
         "guarantees": ["money_back"],
         "income_share": {"percent": "9", "months": 24, "income_floor": "45000.00"}},
        id="json-ld-faq-answers-read-as-text-weekly-load-from-text",
    ),
    pytest.param(
        "window_state_cost_dict.html", {},
        {"prices": [usd("6400.00", currency="EUR"), usd("560.00", "month", currency="EUR")],
         "start_dates": [("2023-03-13", None), ("2023-06-12", None)], "duration": weeks(20)},
        id="any-window-global-state-upfront-key-no-housing-grant-past-or-info-dates",
    ),
    pytest.param(
        "window_state_intakes.html", {},
        {"prices": [usd("4200.00", currency="GBP")],
         "start_dates": [("2023-02-06", None), ("2023-04-17", None)], "duration": weeks(12)},
        id="remix-context-full-fee-intakes-not-graduation-or-webinar",
    ),
    pytest.param(
        "numeric_dates_day_first.html", {},
        {"prices": [usd("4950.00", currency="EUR")],
         "start_dates": [("2023-03-07", "2023-06-17"), ("2023-05-02", "2023-08-12")]},
        id="numeric-dates-day-first-as-the-page-writes-them-events-not-starts",
    ),
    pytest.param(
        "numeric_dates_month_first.html", {},
        {"prices": [usd("3200.00")],
         "start_dates": [("2023-03-07", None), ("2023-05-02", None)]},
        id="numeric-dates-month-first-on-a-us-page-registration-and-info-night-not-starts",
    ),
    pytest.param(
        "json_commences_keys.html", {},
        {"prices": [usd("3900.00", currency="AUD")],
         "start_dates": [("2023-02-13", "2023-05-26"), ("2023-06-05", "2023-09-15")],
         "duration": weeks(15, per_week=(10, 12))},
        id="json-commences-concludes-study-load-keys-not-enrolment-event-application-dates",
    ),
    pytest.param(
        "remix_loader_state.html", {},
        {"guarantees": ["job_guarantee", "money_back"]},
        id="remix-loader-state-promises-list-badge-is-no-guarantee",
    ),
    pytest.param(
        "jsonld_faq_kind_questions.html", {},
        {"guarantees": ["money_back"]},
        id="json-ld-faq-question-names-the-kind-a-no-answer-denies-it",
    ),
    pytest.param(
        "promise_cards.html", {},
        {"guarantees": ["job_guarantee", "tuition_refund"]},
        id="promise-cards-pay-back-remedy-slogan-in-the-hero-left-out",
    ),
    pytest.param(
        "trap_slogan_only.html", {},
        {"guarantees": []},
        id="a-slogan-alone-is-no-guarantee",
    ),
    pytest.param(
        "table_row_per_field.html", {},
        {"start_dates": [("2023-03-06", None), ("2023-09-04", None)]},
        id="a-column-per-cohort-first-day-row-not-deadline-last-or-demo-day",
    ),
    pytest.param(
        "card_with_testimonial.html", {},
        {"prices": [], "start_dates": [("2023-03-06", None)]},
        id="a-testimonial-line-in-a-card-speaks-for-one-person",
    ),
    pytest.param(
        "state_weekly_load_key.html", {},
        {"duration": weeks(10, per_week=(12, 15))},
        id="a-weekly-commitment-key-beside-the-length-is-the-weekly-load",
    ),
    pytest.param(
        "price_lines.html", {},
        {"prices": [usd("15100.00"), usd("840.00", "month"), usd("13700.00"),
                    usd("570.00", "month")]},
        id="a-period-never-reaches-across-a-line-per-month-is-price-talk",
    ),
    pytest.param(
        "astro_island_props.html", {},
        {"prices": [usd("11950.00", currency="GBP")],
         "start_dates": [("2023-02-06", "2023-06-23"), ("2023-09-18", "2024-01-26")],
         "duration": weeks(20)},
        id="astro-client-only-island-props-not-enrol-by-webinar-or-salary-broken-props-skipped",
    ),
    pytest.param(
        "inertia_data_page.html", {},
        {"prices": [usd("14500.00", currency="NZD")],
         "start_dates": [("2023-02-20", None), ("2023-04-17", None)], "duration": weeks(16)},
        id="inertia-data-page-json-attribute-utc-start-on-the-local-day-not-a-css-selector",
    ),
    pytest.param(
        "json_minor_units.html", {},
        {"prices": [usd("94500.00", currency="KES"),
                    usd("7875.00", "month", installments=12, currency="KES")]},
        id="json-amount-in-cents-beside-its-display-string-an-instalment-with-months-no-deposit",
    ),
    pytest.param(
        "json_major_units.html", {},
        {"prices": [usd("15000.00"), usd("1300.00", "month", installments=12)]},
        id="json-amount-its-display-string-states-whole-a-saving-is-no-display",
    ),
    pytest.param(
        "sveltekit_fetched_body.html", {},
        {"prices": [], "start_dates": [("2023-02-13", "2023-07-21"), ("2023-05-08", "2023-10-13")]},
        id="json-string-inside-json-kickoff-key-not-an-open-campus-day-or-its-deadline",
    ),
    pytest.param(
        "sheet_title_row_table.html", {},
        {"prices": [usd("9900.00", currency="EUR")],
         "start_dates": [("2023-02-20", "2023-06-16"), ("2023-09-04", "2023-12-22")]},
        id="sheet-title-row-over-its-header-row-infoabend-bewerbungsschluss-hired-on",
    ),
    pytest.param(
        "named_dollar_page.html", {},
        {"prices": [usd("16500.00", currency="NZD"),
                    usd("915.00", "month", currency="NZD")]},
        id="a-bare-dollar-is-the-one-dollar-the-page-names-twice",
    ),
    pytest.param(
        "named_dollar_once.html", {},
        {"prices": [usd("16500.00")]},
        id="a-dollar-named-once-for-a-bursary-is-no-convention-of-the-page",
    ),
    pytest.param(
        "design_tool_label_frames.html", {},
        {"start_dates": [("2023-02-14", None)]},
        id="a-label-frame-over-its-value-frame-start-not-end-open-day-or-last-update",
    ),
    pytest.param(
        "wix_event_zones.html", {},
        {"prices": [], "start_dates": [("2023-02-20", "2023-06-09"), ("2023-05-01", None)]},
        id="wix-event-utc-starts-in-their-stated-zone-an-open-evening-event-is-no-start",
    ),
    pytest.param(
        "headerless_table_columns.html", {},
        {"prices": [usd("4350.00")],
         "start_dates": [("2023-01-09", "2023-03-24"), ("2023-04-03", "2023-06-16")],
         "duration": weeks(per_week=(12, 12))},
        id="a-table-without-th-first-day-final-day-enroll-by-columns-label-value-rows",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "kwargs", "expected"), CASES)
def test_snippet_facts(name: str, kwargs: dict[str, Any], expected: dict[str, Any]) -> None:
    facts = extract(name, **kwargs)
    for field, want in expected.items():
        assert simple(field, facts[field]) == simple(field, want), field


def values(facts: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for field in FIELDS:
        value = facts.get(field)
        out.extend(value if isinstance(value, list) else [value] if value else [])
    return out


@pytest.mark.parametrize("name", sorted(p.name for p in SNIPPETS.glob("*.html")))
def test_every_value_has_provenance(name: str) -> None:
    facts = extract(name, hints={"start_dates": {"xpath": "//ul[@id='dates']/li"}})
    for value in values(facts):
        source = value["source"]
        assert source["url"] == URL
        assert source["method"] in METHODS
        assert 0 < len(source["snippet"]) <= 300
        assert value["raw"]


@pytest.mark.parametrize(
    ("name", "kwargs", "methods"),
    [
        ("jsonld_course_offer.html", {}, {"prices": "json-ld", "start_dates": "json-ld"}),
        ("microdata_course.html", {}, {"prices": "microdata", "start_dates": "microdata"}),
        ("next_data.html", {}, {"prices": "next-data", "duration": "next-data"}),
        ("prose_tuition.html", {}, {"prices": "text", "duration": "text"}),
        (
            "hint_targets.html",
            {"hints": {"prices": {"css": ".tuition-amount"}}},
            {"prices": "hint"},
        ),
    ],
    ids=["json-ld", "microdata", "next-data", "text", "hint"],
)
def test_layer_method(name: str, kwargs: dict[str, Any], methods: dict[str, str]) -> None:
    facts = extract(name, **kwargs)
    for field, method in methods.items():
        found = facts[field] if isinstance(facts[field], list) else [facts[field]]
        assert {v["source"]["method"] for v in found} == {method}, field


def test_higher_layer_wins_without_double_counting() -> None:
    # JSON-LD and the prose both say $1,925: one option, from JSON-LD.
    facts = extract("jsonld_course_offer.html")
    assert [(p["amount"], p["source"]["method"]) for p in facts["prices"]] == [
        ("1925.00", "json-ld")
    ]


def _prices(html: str) -> list[tuple[Any, ...]]:
    facts = extract_facts(URL, html, today=TODAY)
    return [(o["amount"], o["period"], o["installments"]) for o in facts["prices"]]


def test_a_plan_stated_with_and_without_its_count_is_one_option() -> None:
    """A card's "$365/mo" and the text's "$365/mo for 18 months" are one payment plan; a
    different amount or period beside them stays its own option."""
    card = "<div class='plan'><h3>Payment plan</h3><p>$365/mo</p></div>"
    text = "<p>Choose a payment plan of $365/mo for 18 months.</p>"
    assert _prices(card + text) == [("365.00", "month", 18)]
    assert _prices(text + card) == [("365.00", "month", 18)]
    others = "<div class='plan'><p>$395/mo</p></div><div class='plan'><p>$365 a year</p></div>"
    assert _prices(card + text + others) == [
        ("365.00", "month", 18), ("395.00", "month", None), ("365.00", "year", None)
    ]  # fmt: skip


def test_a_json_plans_months_count_its_monthly_payments() -> None:
    """In a payment plan's object, "months" beside a monthly amount counts the payments;
    beside a one-time price it is the program's length, not a count."""
    data = (
        '<script id="__NEXT_DATA__" type="application/json">{"props": {"fee": {"total": 17700,'
        ' "currency": "USD", "paymentPlan": {"monthly": 985, "currency": "USD", "months": 18}}}}'
        "</script>"
    )
    assert ("985.00", "month", 18) in _prices(data)
    one_time = (
        '<script id="__NEXT_DATA__" type="application/json">{"props": {"program": '
        '{"price": 12000, "currency": "USD", "months": 4}}}</script>'
    )
    assert _prices(one_time) == [("12000.00", "one_time", None)]


def test_a_sentence_wrapped_across_positioned_lines_is_read_whole() -> None:
    """A PDF converted to HTML puts each printed line in its own element: a line that ends
    open ("get a") or is followed by a lower-case line goes on in the next one."""
    lines = [
        "Refer &amp; earn: get a",
        "CA$150 Amazon voucher for every friend who enrols.",
        "Programme fee $16,300 CAD",
        "Income Share Agreement: pay nothing upfront, then 15% of your monthly salary for 36",
        "months once you earn CA$50,000 a year or more.",
    ]
    html = "".join(f'<div class="t m0 x1 h3">{line}</div>' for line in lines)
    facts = extract_facts(URL, html, today=TODAY)
    assert [(o["amount"], o["currency"]) for o in facts["prices"]] == [("16300.00", "CAD")]
    assert facts["income_share"]["months"] == 36
    blocks = [b.text for b in Page(URL, _parse(html), today=TODAY).blocks()]
    assert "Programme fee $16,300 CAD" in blocks  # closed by no word: a line of its own
    cards = "<div>Pay in full</div><div>$8,300</div><div>Pay monthly</div><div>$790/mo</div>"
    # a label frame keeps its own line over its value: not run into one sentence
    assert [b.text for b in Page(URL, _parse(cards), today=TODAY).blocks()] == [
        "Pay in full\n$8,300", "Pay monthly\n$790/mo"]  # fmt: skip


def test_a_sentence_broken_by_a_line_break_is_read_whole() -> None:
    """A ``<br>`` inside a sentence ("cancel in<br>the first 30 days") does not end it; one
    after a closed line, or before a capital after a short label, still does."""
    html = (
        "<h2>Test phase</h2><div>Test phase: if the bootcamp is not for you, cancel in<br>"
        "the first 30 days and we pay back your complete fee.</div>"
        "<div>Next intakes:<br>March 3, 2025<br>May 5, 2025</div>"
    )
    [guarantee] = extract_facts(URL, html, today=TODAY)["guarantees"]
    assert (guarantee["kind"], guarantee["window"]) == ("money_back", "in the first 30 days")
    blocks = [b.text for b in Page(URL, _parse(html), today=TODAY).blocks()]
    assert "Next intakes:\nMarch 3, 2025\nMay 5, 2025" in blocks


def test_table_row_headers_become_labels() -> None:
    labels = {p["amount"]: p["label"] for p in extract("pricing_table_columns.html")["prices"]}
    assert labels == {"999.00": "Self-Paced", "96.00": "Self-Paced", "2799.00": "Instructor-Led"}
    labels = {p["amount"]: p["label"] for p in extract("per_credit_table.html")["prices"]}
    assert labels == {"215.00": "New Hampshire residents", "490.00": "Out of state"}


def test_a_first_row_names_the_columns_only_over_rows_with_figures() -> None:
    table = lxml.html.fromstring(
        "<table><tr><td>Intake</td><td>Commences</td><td>Finishes</td></tr>"
        "<tr><td>Spring</td><td>@March 6, 2023</td><td>@June 30, 2023</td></tr></table>"
    )
    rows = [read_row(r) for r in table.iter("tr")]
    assert rows[1].text == "Spring | @March 6, 2023 - June 30, 2023"
    assert rows[1].context == "Intake | Commences | Finishes"
    for html in (
        "<table><tr><td>Format</td><td>Online</td></tr><tr><td>Fee</td><td>$900</td></tr></table>",
        "<table><tr><td>Routing</td><td>Switching</td><td>Wi-Fi</td></tr>"
        "<tr><td>Cabling</td><td>Firewalls</td><td>Help desk</td></tr></table>",
        "<table><tr><td>Cohort</td><td>Start</td><td>2023</td></tr>"
        "<tr><td>Spring</td><td>March 6</td><td>yes</td></tr></table>",
    ):
        assert all(read_row(r).context == "" for r in lxml.html.fromstring(html).iter("tr"))


@pytest.mark.parametrize(
    ("hints", "misses"),
    [
        ({"prices": {"css": ".old-price"}}, ["prices"]),
        ({"prices": {"css": "!!not css"}, "duration": {"xpath": "//nope"}}, ["prices", "duration"]),
        ({"prices": {"css": ".tuition-amount"}}, None),
    ],
    ids=["css-matches-nothing", "invalid-selector-and-xpath-miss", "hint-hits"],
)
def test_hint_misses_are_reported(hints: dict[str, Any], misses: list[str] | None) -> None:
    assert extract("hint_targets.html", hints=hints)["evidence"].get("hint_misses") == misses


@pytest.mark.parametrize(
    ("name", "evidence"),
    [
        ("trap_salary.html", {"price_mentions": 3}),
        ("cohort_table.html", {"date_mentions": 4}),
        # "within 9 months of graduating" is a window, not a duration mention
        ("job_guarantee_section.html", {"guarantee_mentions": 3}),
        ("trap_cookie_banner.html", {"price_mentions": 1}),
    ],
    ids=["money-talk-without-prices", "dates", "guarantees", "cookie-banner-not-counted"],
)  # fmt: skip
def test_evidence_counts_visible_text(name: str, evidence: dict[str, int]) -> None:
    html = (SNIPPETS / name).read_text(encoding="utf-8")
    blocks = Page(url=URL, root=_parse(html), today=TODAY).blocks()
    assert count_mentions(blocks) == {**empty_facts()["evidence"], **evidence}


@pytest.mark.parametrize("name", ["cohort_table.html", "trap_salary.html"])
def test_evidence_is_counted_for_unstated_fields_only(name: str) -> None:
    """Only a field without a value can be lost, so only its count is worth its cost; a
    list field the page states gets the values its text shows, for an item it may lose."""
    facts = extract(name)
    unstated = {EVIDENCE_OF[f] for f in FIELDS if not present(f, facts[f])}
    seen = {k for f, k in (("prices", "amounts_seen"), ("start_dates", "days_seen")) if facts[f]}
    assert unstated and set(facts["evidence"]) == unstated | seen
    assert (name == "cohort_table.html") == ("date_mentions" not in unstated)


JUNK = {
    "empty": "",
    "whitespace": " \n\t ",
    "binary": bytes(range(256)).decode("latin-1") * 20,
    "nul-bytes": "<p>Tuition\x00 is $1,000</p>\x00",
    "deep-nesting": "<div>" * 5000 + "Tuition $1" + "</div>" * 5000,
    "broken-markup": "<html><body><table><tr><td>Tuition <p>$5,000<li><dd></table></b></i>",
    "xml-declaration": '<?xml version="1.0" encoding="utf-8"?><html><p>hi</p></html>',
    "json-not-html": '{"price": 100}',
    "bad-json-ld": '<script type="application/ld+json">{"@type": "Course", "offers": </script>',
    "bad-next-data": '<script id="__NEXT_DATA__" type="application/json">{"props": [</script>',
    "json-ld-odd-types": '<script type="application/ld+json">[1, "x", null, {"@type": 5,'
    ' "offers": [{"@type": "Offer", "price": {"a": 1}}], "startDate": 7}]</script>',
    "microdata-junk": '<div itemscope itemtype="x"><span itemprop="price">abc</span>'
    '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"></div></div>',
    "only-script": "<script>var price = '$5';</script>",
    "lone-surrogates": "<p>Tuition \ud800 $1,200</p>",
}


@pytest.mark.parametrize("html", JUNK.values(), ids=JUNK.keys())
def test_junk_never_raises(html: str) -> None:
    facts = extract_facts(URL, html, today=TODAY, hints={"prices": {"css": "p"}})
    assert set(FIELDS) <= set(facts)
    assert set(facts["evidence"]) >= {"price_mentions", "date_mentions", "guarantee_mentions"}


@pytest.mark.parametrize(
    ("lang", "body", "currency"),
    [
        # a French post on a platform whose template says lang="en": Québec's dollar
        ("en", "<p>Droits de scolarité : 18 100 $ pour les 16 semaines, avec vous.</p>", "CAD"),
        # English written with the sign after, and Spanish (Mexico prices in "$"): not Canada
        ("en", "<p>Tuition upfront: 18 100 $ for the whole course, paid to you.</p>", "USD"),
        ("es", "<p>Tuition (colegiatura): 18 100 $ para la generación de la primavera.</p>", "USD"),
        # a French page whose region names its currency keeps the region's reading
        ("fr-FR", "<p>Tarif : 18 100 $ pour les élèves et vous.</p>", "USD"),
    ],
)
def test_a_french_page_in_dollars_is_priced_in_canadian_dollars(
    lang: str, body: str, currency: str
) -> None:
    html = f"<html lang='{lang}'><body><h1>Bootcamp</h1>{body}</body></html>"
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [(o["amount"], o["currency"]) for o in facts["prices"]] == [("18100.00", currency)]


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # simplified Chinese: the yuan; traditional: the New Taiwan dollar; kana: the yen
        ("<p>学费 (tuition): ¥18,600，我们的课程</p>", "CNY"),
        ("<p>學費 (tuition): 18,600 元，我們的課程</p>", "TWD"),
        ("<p>受講料 (tuition): ¥18,600 です。コースの料金</p>", "JPY"),
        # no script to go by: the yen stays the default reading of "¥"
        ("<p>Tuition: ¥18,600 for the course.</p>", "JPY"),
    ],
)
def test_yen_sign_and_yuan_are_read_by_the_pages_script(body: str, currency: str) -> None:
    html = f"<html lang='en'><body><h1>Bootcamp</h1>{body}</body></html>"
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [(o["amount"], o["currency"]) for o in facts["prices"]] == [("18600.00", currency)]


def test_a_json_api_response_shown_as_the_page_is_read_as_its_rendered_html() -> None:
    # a CMS's REST response in a browser's raw view: "\u20ac" escapes, "\/" slashes, rich
    # text as a string of HTML; the terms must not be the whole JSON
    content = (
        "<h2>Tuition<\\/h2><p>Course fee: 9 400 \\u20ac or 790 \\u20ac a month<\\/p>"
        "<h2>Refunds<\\/h2><p>Not for you? Leave within 14 days and get a full "
        "refund.<\\/p>"
    )
    doc = (
        '{"id": 7, "slug": "web-dev", "title": {"rendered": "Web Dev"}, '
        f'"content": {{"rendered": "{content}"}}}}'
    )
    shown = markup.escape(doc, quote=False)  # the browser shows the JSON as text
    page = f"<html><body><nav><a href='/'>Home</a></nav><pre>{shown}</pre></body></html>"
    facts = extract_facts("https://school.example/wp-json/wp/v2/pages/7", page, today=TODAY)
    assert [(o["amount"], o["currency"], o["period"]) for o in facts["prices"]] == [
        ("9400.00", "EUR", "one_time"), ("790.00", "EUR", "month")]  # fmt: skip
    (guarantee,) = facts["guarantees"]
    assert guarantee["kind"] == "tuition_refund" and "slug" not in guarantee["terms"]


def test_a_code_sample_in_a_pre_is_not_read_as_the_page() -> None:
    # API docs showing a JSON example: one block among the page's prose
    prose = "<p>Our bootcamp teaches you to build and document web APIs from scratch.</p>" * 6
    sample = markup.escape('{"content": {"rendered": "<p>Price: 100 \\u20ac<\\/p>"}}')
    page = f"<html><body><h1>APIs</h1>{prose}<pre>{sample}</pre></body></html>"
    facts = extract_facts("https://school.example/p", page, today=TODAY)
    assert facts["prices"] == []


def test_a_turbo_streams_template_is_shown_text_and_a_plain_template_is_not() -> None:
    html = ("<html><body><h1>Bootcamp</h1><turbo-frame id='price'>…</turbo-frame>"
            "<turbo-stream action='update' target='price'><template><p>Tuition: $8,200</p>"
            "</template></turbo-stream>"
            "<template id='card'><p>Tuition: $1,111</p></template></body></html>")  # fmt: skip
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [o["amount"] for o in facts["prices"]] == ["8200.00"]


def test_a_blockquote_callout_is_read_and_a_quoted_testimonial_is_not() -> None:
    # blog platforms box a post's notes as blockquotes; a testimonial says who said it
    prose = "<p>" + "We teach web development in small groups, online and in person. " * 5
    html = ("<html><body><article><h1>Bootcamp</h1>" + prose + "</p><h2>Guarantees</h2>"
            "<blockquote><p>Job guarantee: no job offer within 6 months of graduating? We "
            "refund 100% of the tuition.</p></blockquote>" + prose + "</p><blockquote><p>They "
            "gave me a full refund within 14 days when I moved abroad.</p><p>— Dana K., 2024 "
            "graduate</p></blockquote></article></body></html>")  # fmt: skip
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [g["kind"] for g in facts["guarantees"]] == ["job_guarantee"]


def test_a_slides_svg_text_is_read_and_an_icons_svg_is_not() -> None:
    # a deck published to the web sets each text box in SVG <text>, its lines in <tspan>s
    slide = (
        "<svg viewBox='0 0 960 540'><text><tspan x='40' y='48'>Tuition and financing</tspan>"
        "</text><text><tspan x='40' y='94'>Course fee: €17,100 for the whole 15-week</tspan>"
        "<tspan x='40' y='114'>programme</tspan></text></svg>"
    )
    icon = "<svg viewBox='0 0 24 24'><title>Price $1</title><path d='M0 0L24 24'/></svg>"
    html = f"<html><body><h1>Bootcamp</h1>{icon}{slide}</body></html>"
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [o["amount"] for o in facts["prices"]] == ["17100.00"]
    assert facts["duration"]["weeks"] == 15


def test_a_posts_published_time_is_no_start() -> None:
    # a forum reply's date, marked as when it was written, beside the real cohort start
    reply = (
        "<div class='crawler-post-meta'><span itemprop='author'>admissions</span>"
        "<span class='crawler-post-infos'><time itemprop='datePublished' datetime="
        "'2025-01-06T11:30:00Z' class='post-time'>2025-01-06</time></span></div>"
    )
    html = (
        "<html><body><h1>Bootcamp cohort start dates</h1><h2>Upcoming cohorts</h2>"
        f"{reply}<div itemprop='text'><p>Next cohort starts 3 March 2025.</p></div>"
        "</body></html>"
    )
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [c["start"] for c in facts["start_dates"]] == ["2025-03-03"]


def test_an_articles_posted_time_is_no_start_and_a_cohorts_time_is() -> None:
    # a help centre's article header says when it was posted; the cohort list's own <time>
    # elements are the starts
    html = (
        "<html><body><h1>Bootcamp</h1><h2>Upcoming cohorts</h2><div class='article-meta'>"
        "<ul class='meta-group'><li class='meta-data'><time datetime='2025-01-06T10:12:00Z'>"
        "6 January 2025 10:12</time></li></ul></div><ul class='cohorts'><li>Cohort 12 "
        "starts <time datetime='2025-03-03'>3 March 2025</time></li></ul></body></html>"
    )
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [c["start"] for c in facts["start_dates"]] == ["2025-03-03"]


def test_rich_text_in_client_state_is_read_as_shown() -> None:
    # an embed renders the program's description from its state; the served page has none
    state = (
        '{"event": {"name": "Data Bootcamp", "description": {"html": "<p>14 weeks, '
        "about 15 hours per week.</p><p>Money-back guarantee: leave within the first 10 "
        'days and get a full refund.</p>"}}}'
    )
    html = (
        f"<html><body><h1>Data Bootcamp</h1><div id='app'></div><script>"
        f"window.__SERVER_DATA__ = {state};</script></body></html>"
    )
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert facts["duration"]["weeks"] == 14 and facts["duration"]["hours_per_week_min"] == 15
    assert [g["kind"] for g in facts["guarantees"]] == ["money_back"]


def test_rich_text_a_page_already_shows_is_not_added_again() -> None:
    from tracker.extract.layers import _parse
    from tracker.extract.state_markup import show_unseen_markup

    root = _parse("<html><body><h1>Bootcamp</h1><p>Tuition: $9,000 for 14 weeks.</p></body>"
                  "</html>")  # fmt: skip
    page = Page(url=URL, root=root, today=TODAY)
    assert not show_unseen_markup(page, ["<p>Tuition: $9,000 for 14 weeks.</p>"])
    assert show_unseen_markup(page, ["<p>Apply by 1 March.</p>"])
    assert "Apply by 1 March." in page.shown_text()


def test_a_declarative_shadow_root_is_shown_text() -> None:
    # Lit and other web components server-render their shadow DOM as a template that the
    # browser attaches to its host: its text is on screen, beside the host's slotted text
    html = ("<html><body><h1>Bootcamp</h1><fee-card><template shadowrootmode='open'>"
            "<style>:host{display:block}</style><p>Instalments: 4 monthly payments of €650"
            "</p><slot></slot></template><p>Programme fee: €2,600</p></fee-card>"
            "<template id='row'><p>Tuition: €1,111</p></template></body></html>")  # fmt: skip
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert sorted(o["amount"] for o in facts["prices"]) == ["2600.00", "650.00"]


def test_a_list_of_linked_cohort_cards_is_read_and_a_menu_is_not() -> None:
    # a CMS's list component links each cohort's own page, its date in a span beside it
    cards = "".join(
        f"<li><a href='/c/{n}'><span>Cohort {n} (Spring 2025): starts {d}</span>"
        f"<span>2024. 12. 0{n}.</span></a></li>"
        for n, d in ((1, "2025. 03. 14."), (2, "2025. 06. 06."))
    )
    menu = "<li><a href='/s'>Start dates 2025. 09. 01.</a></li><li><a href='/p'>Pricing</a></li>"
    html = (f"<html><body><h1>Bootcamp</h1><ul>{menu}</ul><h2>Upcoming cohorts</h2>"
            f"<ul>{cards}</ul></body></html>")  # fmt: skip
    facts = extract_facts("https://school.example/p", html, today=datetime.date(2025, 1, 15))
    assert [c["start"] for c in facts["start_dates"]] == ["2025-03-14", "2025-06-06"]


def test_an_elements_text_after_a_full_stop_is_a_new_word() -> None:
    root = _parse("<p><span>Starts 07.02.2025.</span><span>2024</span> and <b>$5.99</b></p>")
    (block,) = Page(URL, root, today=TODAY).blocks()
    assert block.text == "Starts 07.02.2025. 2024 and $5.99"


def test_a_json_documents_plain_strings_are_read_under_their_keys() -> None:
    # a headless CMS's REST response: no HTML in it, the facts in plain strings
    doc = ('{"data": [{"id": 3, "attributes": {"title": "Data Bootcamp", "durationText": '
           '"16 weeks, part-time, 15 hours a week", "publishedAt": "2024-11-12T09:14:00Z", '
           '"startDate": "2025-03-04"}}]}')  # fmt: skip
    page = f"<html><body><pre>{markup.escape(doc, quote=False)}</pre></body></html>"
    facts = extract_facts("https://cms.example/api/courses", page, today=TODAY)
    assert (facts["duration"] or {}).get("weeks") == 16
    assert [c["start"] for c in facts["start_dates"]] == ["2025-03-04"]


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # dot-grouped "$" is a peso: one naming of the peso beats US-dollar salaries
        ("<p>Tuition from AR$ 2.900.000</p><p>Tuition (valor total): $ 2.900.000</p>"
         "<p>Remote salaries: USD 1.500 a month, paid in USD.</p>", "ARS"),
        # "Rs." is Pakistan's beside one "PKR", India's by default
        ("<p>Course fee: Rs. 290,000</p><p>Graduates placed at PKR 1.5 lakh a month.</p>", "PKR"),
        ("<p>Course fee: Rs. 290,000</p><p>Pay in three parts.</p>", "INR"),
        # comma-grouped "$" beside one "CAD" stays the US dollar (a note, not a convention)
        ("<p>Tuition: $2,900,000</p><p>C$500 off for Canadian students.</p>", "USD"),
        # "kr" is Denmark's beside one "DKK", Sweden's by default
        ("<p>Tuition: 68.600 kr. (DKK, momsfri)</p>", "DKK"),
        ("<p>Tuition: 45 000 kr</p>", "SEK"),
    ],
)  # fmt: skip
def test_a_page_names_its_peso_or_rupee(body: str, currency: str) -> None:
    html = f"<html lang='en'><body><h1>Bootcamp</h1>{body}</body></html>"
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert {o["currency"] for o in facts["prices"]} == {currency}


def test_a_json_plans_label_says_its_payments_are_monthly() -> None:
    state = ('{"course": {"price": 60400, "currency": "EGP", "installments": [{"count": 6, '
             '"amount": 10050, "label": "EGP 10,050 a month over 6 months"}]}}')  # fmt: skip
    html = (f"<html><body><h1>Bootcamp</h1><script id='__NEXT_DATA__' type='application/json'>"
            f"{state}</script></body></html>")  # fmt: skip
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    got = {(o["amount"], o["period"], o["installments"]) for o in facts["prices"]}
    assert ("10050", "month", 6) in {(a.split(".")[0], p, n) for a, p, n in got}


def test_a_dot_co_site_is_not_colombian() -> None:
    # .co is a generic TLD to startups everywhere: it says nothing of a "$"
    html = "<html><body><h1>Bootcamp</h1><p>Tuition: $12,900 for the course.</p></body></html>"
    facts = extract_facts("https://bootcamp.co/web", html, today=TODAY)
    assert [(o["amount"], o["currency"]) for o in facts["prices"]] == [("12900.00", "USD")]


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # "K" is the kwacha of Zambia and of Malawi and the kina: the code the page names
        ("<p>Skul fi (tuition): K 9,300</p><p>Pay PGK 9,300.00 at any bank branch.</p>", "PGK"),
        ("<p>Tuition: K 15,000</p><p>Or ZMW 1,500 a month for ten months.</p>", "ZMW"),
        ("<p>Tuition: K850,000</p><p>Receipts are issued in MWK.</p>", "MWK"),
        # "$" of the Caribbean and the Pacific, as their pages name it
        ("<p>Tuition: $29,000</p><p>All fees are in JMD (J$).</p><p>JMD accepted.</p>", "JMD"),
        # and "Br" (Ethiopia's or Belarus's), "руб." (Russia's or Belarus's), "lei" (Romania's
        # or Moldova's) and dinars: one naming of a code of the family decides
        ("<p>Tuition: 3 900 Br</p><p>Invoices in BYN.</p>", "BYN"),
        ("<p>Tuition: 3 900 руб.</p><p>Оплата в BYN.</p>", "BYN"),
        ("<p>Tuition: 38 000 lei</p><p>Achitare în MDL.</p>", "MDL"),
        ("<p>Course fee: 1,250 dinars</p><p>Paid in KWD by KNET.</p>", "KWD"),
        # Nicaragua's "C$" beside its code; the sign itself names neither
        ("<p>Tuition: C$ 52,000</p><p>Or C$ 4,400 a month. Prices in NIO.</p>", "NIO"),
    ],
)  # fmt: skip
def test_a_page_names_its_kwacha_kina_or_dollar(body: str, currency: str) -> None:
    html = f"<html lang='en'><body><h1>Bootcamp</h1>{body}</body></html>"
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert {o["currency"] for o in facts["prices"]} == {currency}


def test_markdown_a_script_renders_is_read_and_a_template_is_not() -> None:
    # Docsify: the shell is empty and the README is Markdown inside a script
    readme = (
        "\n# Web Bootcamp\n\n## Fees :id=fees\n\n| Item | Details |\n| --- | --- |\n"
        "| Fee | Tuition: FJ$ 4,800 |\n\n## Intakes\n\n- Intake 12 starts 10 March 2025\n"
    )
    html = ("<html><body><div id='app'>Loading ...</div>"
            f"<script type='text/markdown' id='README.md'>{readme}</script>"
            "<script type='text/template'><p>Tuition: FJ$ 1,111</p></script>"
            "<script>window.$docsify = {name: 'Academy'};</script></body></html>")  # fmt: skip
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [(o["amount"], o["currency"]) for o in facts["prices"]] == [("4800.00", "FJD")]
    assert [c["start"] for c in facts["start_dates"]] == ["2025-03-10"]
    assert ":id=" not in facts["prices"][0]["source"]["snippet"]
