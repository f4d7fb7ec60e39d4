"""A course's iCalendar feed on its page: sessions read as starts, the calendar's
description read as text once unfolded, and the feed's other events left out."""

from __future__ import annotations

import datetime
from typing import Any

import lxml.etree

from tracker.extract.icalendar_feed import read_calendars, unescape
from tracker.extract.layers import extract_facts

URL = "https://college.example/courses/web-dev"
TODAY = datetime.date(2025, 1, 6)

# Folded at 75 octets as RFC 5545 writes it: "$4\,1" / " 50" is one amount.
FEED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example College//Course Feeds//EN
X-WR-CALNAME:Web Development Certificate
X-WR-TIMEZONE:America/Chicago
X-WR-CALDESC:Job-ready training.\\n16 weeks · 12 hours per week\\nTuition: $4\\,1
 50 (books included)\\nEntry-level roles pay a median of $52\\,000 a year.
BEGIN:VEVENT
UID:1@example
DTSTART;VALUE=DATE:20250301
DTEND;VALUE=DATE:20250621
SUMMARY:Spring 2025 Session: Web Development Certificate
END:VEVENT
BEGIN:VEVENT
UID:2@example
DTSTART;TZID=America/Chicago:20250301T180000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20250620T235959Z
SUMMARY:Class meeting
END:VEVENT
BEGIN:VEVENT
UID:3@example
DTSTART;VALUE=DATE:20250128
SUMMARY:Free info session: Tue\\, Jan 28\\, 6:00 pm
END:VEVENT
BEGIN:VEVENT
UID:4@example
DTSTART;VALUE=DATE:20250215
SUMMARY:Last day to register
END:VEVENT
BEGIN:VEVENT
UID:5@example
DTSTART:20250510T030000Z
SUMMARY:Summer 2025 Session
END:VEVENT
BEGIN:VEVENT
UID:6@example
DTSTART;VALUE=DATE:20250412
SUMMARY:Evening Session (moved)
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""


def facts_in_pre(feed: str = FEED) -> dict[str, Any]:
    page = f"<html lang='en-US'><body><h1>Web Development</h1><pre>{feed}</pre></body></html>"
    return extract_facts(URL, page, today=TODAY)


def test_sessions_are_starts_and_the_feeds_other_events_are_not() -> None:
    starts = [c["start"] for c in facts_in_pre()["start_dates"]]
    # 2025-05-10 03:00 UTC is the evening of May 9 in the calendar's zone (Chicago).
    assert starts == ["2025-03-01", "2025-05-09"]


def test_an_all_day_events_end_is_the_day_before_its_dtend() -> None:
    first = facts_in_pre()["start_dates"][0]
    assert first["end"] == "2025-06-20"


def test_the_calendar_description_is_read_as_text_once_unfolded() -> None:
    facts = facts_in_pre()
    assert [(o["amount"], o["currency"]) for o in facts["prices"]] == [("4150.00", "USD")]
    assert facts["duration"]["weeks"] == 16
    assert facts["duration"]["hours_per_week_min"] == 12


def test_a_feed_served_as_the_page_itself_is_read_the_same() -> None:
    facts = extract_facts(URL.replace("web-dev", "web-dev.ics"), FEED, today=TODAY)
    assert [c["start"] for c in facts["start_dates"]] == ["2025-03-01", "2025-05-09"]
    assert [o["amount"] for o in facts["prices"]] == ["4150.00"]


def test_a_broken_feed_stays_text_and_costs_no_other_fact() -> None:
    page = (
        "<html><body><p>Tuition: $3,000. Next cohort starts March 3, 2025.</p>"
        "<pre>BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:not-a-date\nEND:VCALENDAR</pre>"
        "</body></html>"
    )
    facts = extract_facts(URL, page, today=TODAY)
    assert [o["amount"] for o in facts["prices"]] == ["3000.00"]
    assert [c["start"] for c in facts["start_dates"]] == ["2025-03-03"]
    assert "extract_error" not in facts["evidence"]


def test_the_feed_text_is_replaced_where_it_was_with_the_text_around_it_kept() -> None:
    root = lxml.etree.fromstring(
        f"<html><body><p>Subscribe: {FEED}Questions? Call us.</p></body></html>",
        lxml.etree.HTMLParser(),
    )
    events = read_calendars(root)
    assert len(events) == 4  # one-off and not cancelled: the deadline's title is judged later
    text = " ".join(" ".join(root.itertext()).split())
    assert text.startswith("Subscribe: Web Development Certificate Job-ready training.")
    assert "Tuition: $4,150 (books included)" in text
    assert text.endswith("Questions? Call us.")
    assert "BEGIN:VEVENT" not in text


def test_unescape_reads_rfc5545_text_escapes() -> None:
    assert unescape(r"a\, b\; c\\d\ne\Nf") == "a, b; c\\d\ne\nf"
