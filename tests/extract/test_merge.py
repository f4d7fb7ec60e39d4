"""tracker.extract.merge.merge_facts: one program's facts from all of its pages."""

from __future__ import annotations

from tracker.extract.merge import merge_facts
from tracker.facts import present


def test_a_page_saying_self_paced_wins_over_one_saying_not() -> None:
    """The differ counts only a true mode as stated (facts.present); a page saying "not
    self-paced" must not hide another page's "self-paced", whose count is then not made."""
    pages = [
        {"self_paced": {"value": False, "raw": "live classes"}, "evidence": {}},
        {"self_paced": {"value": True, "raw": "self-paced"}, "evidence": {}},
    ]
    merged = merge_facts(pages)  # type: ignore[arg-type]
    assert present("self_paced", merged["self_paced"])
    assert merge_facts(pages[:1])["self_paced"] == pages[0]["self_paced"]  # type: ignore[arg-type]


def test_evidence_adds_up_over_the_pages_that_counted() -> None:
    """Each page counts only what it did not state; the program's counts are their sum."""
    pages = [
        {"prices": [{"amount": "1925.00"}], "evidence": {"date_mentions": 1}},
        {"prices": [], "evidence": {"price_mentions": 2, "date_mentions": 3}},
    ]
    merged = merge_facts(pages)  # type: ignore[arg-type]
    assert merged["evidence"] == {"price_mentions": 2, "date_mentions": 4}
    assert merged["prices"] == [{"amount": "1925.00"}]


def test_a_plan_one_page_states_without_its_count_is_the_same_plan() -> None:
    """The tuition page's "$365/mo for 18 months" and the overview's "$365/mo" are one
    option; another monthly amount is not."""
    plan = {"amount": "365.00", "amount_max": None, "currency": "USD", "period": "month"}
    pages = [
        {"prices": [{**plan, "installments": None}], "evidence": {}},
        {"prices": [{**plan, "installments": 18}, {**plan, "amount": "395.00",
                                                   "installments": None}], "evidence": {}},
    ]  # fmt: skip
    merged = merge_facts(pages)  # type: ignore[arg-type]
    assert [(o["amount"], o["installments"]) for o in merged["prices"]] == [
        ("365.00", 18), ("395.00", None)
    ]  # fmt: skip
