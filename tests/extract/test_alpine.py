"""tracker.extract.alpine: a page Alpine.js renders in the browser, rendered as it would be."""

from __future__ import annotations

import datetime

import lxml.html

from tracker.extract.alpine import render_alpine
from tracker.extract.layers import extract_facts
from tracker.extract.visible import element_text

TODAY = datetime.date(2025, 1, 15)


def _rendered(body: str) -> str:
    root = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    render_alpine(root)
    return element_text(root.find("body"))


def test_x_for_repeats_its_template_and_x_text_names_a_value() -> None:
    body = (
        "<ul x-data=\"{ notes: ['Tuition: $9,000', 'Next cohort starts 3 March 2025'] }\">"
        '<template x-for="note in notes"><li x-text="note"></li></template></ul>'
    )
    assert _rendered(body) == "Tuition: $9,000\nNext cohort starts 3 March 2025"


def test_paths_keys_indexes_and_joined_strings() -> None:
    body = (
        "<div x-data=\"{ plan: 'full', plans: { full: { line: 'Pay $9,000 upfront' } },"
        " cohorts: [{ name: 'Cohort 4', seats: 8 }] }\">"
        '<p x-text="plans[plan].line"></p>'
        "<template x-for=\"(c, i) in cohorts\"><p x-text=\"c.name + ': ' + c.seats + ' seats'\">"
        "</p></template></div>"
    )
    assert _rendered(body) == "Pay $9,000 upfront\nCohort 4: 8 seats"


def test_nested_templates_render_a_table() -> None:
    body = (
        "<table x-data=\"{ rows: [['Tuition', '$9,000'], ['Length', '12 weeks']] }\"><tbody>"
        '<template x-for="row in rows"><tr><template x-for="cell in row"><td x-text="cell">'
        "</td></template></tr></template></tbody></table>"
    )
    assert _rendered(body) == "Tuition\n$9,000\nLength\n12 weeks"


def test_what_cannot_be_read_without_running_code_stays_empty() -> None:
    body = (
        '<div x-data="{ open: false, price: 9000, fn() { return 1 } }">'
        "<p x-text=\"open ? 'Closed' : 'Open'\"></p><p x-text=\"missing.key\"></p>"
        '<p x-text="open"></p><p>Shown</p></div><div x-data="not an object"><p>Kept</p></div>'
    )
    assert _rendered(body) == "Shown\nKept"


def test_an_alpine_pages_facts_are_read_and_its_struck_list_price_is_not() -> None:
    body = (
        "<h1>Bootcamp</h1><section x-data=\"{ list: '$11,000', fee: 'Tuition: $9,000' }\">"
        '<h2>Tuition</h2><p class="line-through text-slate-400" x-text="list"></p>'
        '<p x-text="fee"></p></section>'
    )
    html = f"<html><body>{body}</body></html>"
    facts = extract_facts("https://school.example/p", html, today=TODAY)
    assert [o["amount"] for o in facts["prices"]] == ["9000.00"]


def test_a_tabs_entries_are_all_shown() -> None:
    # buttons set `plan`; each plan's line is the page's, whichever tab is open
    body = (
        "<div x-data=\"{ plan: 'a', plans: { a: { line: 'Tuition: $9,000' }, b: { line: "
        "'$800 a month for 12 months' } }, picked: 0, stats: ['87% hired'] }\">"
        '<p x-text="plans[plan].line"></p><p x-text="stats[picked]"></p></div>'
    )
    assert _rendered(body) == "Tuition: $9,000\n$800 a month for 12 months\n87% hired"
