"""One rule for "upcoming": the differ and the audit agree on a cohort starting today."""

from __future__ import annotations

from datetime import date

from tracker.audit.rules import start_dates
from tracker.diff.fields import diff_facts
from tracker.facts import upcoming

TODAY = date(2026, 3, 9)


def test_a_cohort_is_upcoming_until_its_first_day() -> None:
    assert upcoming({"start": "2026-03-10"}, TODAY)
    assert not upcoming({"start": "2026-03-09"}, TODAY)
    assert not upcoming({"start": "2026-03-08"}, TODAY)
    assert upcoming({"start": "sometime"}, TODAY)  # unreadable: nothing says it began


def test_the_differ_calls_a_cohort_gone_on_its_first_day_started() -> None:
    old = {"start_dates": [{"start": "2026-03-09"}, {"start": "2026-05-04"}]}
    new = {"start_dates": [{"start": "2026-05-04"}]}
    [change] = diff_facts("Nucamp", old, new, today=TODAY)
    assert (change.kind, change.severity) == ("expired", "info")
    [change] = diff_facts("Nucamp", old, new, today=date(2026, 3, 8))
    assert change.kind == "removed"  # the day before, it was dropped before it started


def test_the_audit_calls_a_claim_of_todays_start_expired_and_offers_the_next() -> None:
    facts = {"start_dates": [{"start": "2026-03-09"}, {"start": "2026-05-04"}]}
    verdict = start_dates({"start": "2026-03-09"}, facts, [], False, TODAY)
    assert verdict.verdict == "expired"
    assert [c["start"] for c in verdict.page_value] == ["2026-05-04"]
    assert start_dates({"start": "2026-05-04"}, facts, [], False, TODAY).verdict == "current"
