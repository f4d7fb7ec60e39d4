"""tracker.extract.evidence: the cheap mention counts the differ uses to tell a broken extractor."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.blocks import Block
from tracker.extract.evidence import count_mentions, values_seen
from tracker.extract.layers import extract_facts


def counts(*texts: str) -> tuple[int, int, int]:
    found = count_mentions([Block(t) for t in texts])
    return found["price_mentions"], found["date_mentions"], found["guarantee_mentions"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Graduates earn $85,000 a year.", "Save US$ 500 now."], (2, 0, 0)),
        (["Tuition: 15.950 € or 1,200 USD or 500 euros."], (3, 0, 0)),
        (["$12,000 USD upfront"], (1, 0, 0)),  # one number, one mention
        (["try 5 times", "usd 5", "12 weeks", "9.9% of income"], (0, 0, 0)),
        (["Dec 5th, 2022 to Mar 18th, 2023", "9th of January", "on 2022-11-14 or 11/14/2022"],
         (0, 5, 0)),
        (["January 2023", "May 45", "in 12 months"], (0, 0, 0)),
        (["Job guarantee\nGet hired or your money back.", "Deferred tuition: pay later."],
         (0, 0, 2)),
        (["There's no guarantee.", "Job guarantee is no longer offered."], (0, 0, 0)),
        (["Satisfaction guaranteed! Guaranteed fun.", "unguaranteed tuition"], (0, 0, 0)),
        ([], (0, 0, 0)),
    ],
    ids=["prices-before", "prices-after", "no-double-count", "no-money", "dates", "no-dates",
         "guarantee-per-block", "negated", "marketing", "empty"],
)  # fmt: skip
def test_count_mentions(texts: list[str], expected: tuple[int, int, int]) -> None:
    assert counts(*texts) == expected


def test_count_mentions_without_lowered_form() -> None:
    # "K" (Kelvin) has no position-true lowered form: the case-blind scan is used instead.
    assert counts("\u212a: refund of tuition if you withdraw")[2] == 1


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["A 16-week bootcamp, about 20 hours per week."], (2, 0)),
        (["Finish in twelve months or 1.5 years."], (2, 0)),
        (["Get hired within 6 months of graduating", "12-month payment plan",
          "Support 24 hours a day"], (0, 0)),  # windows, terms, sessions: as the reader skips
        (["Ages 4 years and up"], (1, 0)),  # not a length, but counted all the same
        (["a week of onboarding", "weekly demos", "5 weekends"], (0, 0)),
        (["Self-paced: start anytime.", "Learn at your own pace, whenever you like."], (0, 2)),
        (["This course is not self-paced.", "Our pace is brisk."], (0, 0)),
        ([Block("“I loved learning at my own pace.”", "quote"),
          Block("Self-paced courses", "links")], (0, 0)),  # text the text layer skips
    ],
    ids=["digits", "words", "not-lengths", "counted-anyway", "no-number", "self-paced-blocks",
         "negated", "quotes-and-links"],
)  # fmt: skip
def test_count_durations_and_self_paced(texts: list, expected: tuple[int, int]) -> None:
    found = count_mentions([t if isinstance(t, Block) else Block(t) for t in texts])
    assert (found["duration_mentions"], found["self_paced_mentions"]) == expected


@pytest.mark.parametrize(
    ("texts", "amounts", "days"),
    [
        (["Tuition $19,500 or $1,085 / month.", "Graduates land roles paying $70k+."],
         ["1085", "19500", "70"], []),
        (["Pay 15.950 € or 1,200.50 USD"], ["1200", "15950"], []),
        (["12 weeks, 9.9% of income, 2 payments"], [], []),  # no currency, no amount
        (["Next start: 7 May 2025. After that: 3 Aug 2025 and Oct. 12th"], [],
         ["05-07", "08-03", "10-12"]),
        (["Starts 2025-02-14", "May 2025", "in 12 months"], [], ["02-14"]),
        (["Intakes 07/03/2025, 23.02.2025", "v1.2.2025", "$1,010.00"], ["1010"],
         ["02-23", "03-07", "07-03"]),
    ],
    ids=["signs-thousands-k", "codes-and-decimals", "not-money", "day-month-forms",
         "iso-not-month-year", "numeric-both-orders"],
)  # fmt: skip
def test_values_seen(texts: list[str], amounts: list[str], days: list[str]) -> None:
    found = values_seen({"prices": texts, "start_dates": texts})
    assert found == {"amounts_seen": amounts, "days_seen": days}
    assert values_seen({}) == {}


def test_values_seen_only_where_the_text_layer_read_the_field() -> None:
    """A cohort table's dates are what its start-date reader was given; an amount in prose
    about salaries, read for no price, is not among what the page shows as a price."""
    facts = extract_facts(
        "https://example.com/p",
        "<h2>Upcoming cohorts</h2><ul><li>Starts May 7, 2025</li></ul>"
        "<h2>Tuition</h2><p>Tuition: $9,500.</p><h2>Outcomes</h2><p>Alumni: 120 hires.</p>",
        today=date(2025, 1, 15),
    )
    assert facts["evidence"]["days_seen"] == ["05-07"]
    assert facts["evidence"]["amounts_seen"] == ["9500"]
