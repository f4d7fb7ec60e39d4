"""tracker.extract.text_layer's shortcuts: they skip reads that cannot change the facts."""

from __future__ import annotations

import datetime
import sys

import pytest

from tests.paths import ROOT, SNIPPETS
from tracker.extract import text_layer, topics
from tracker.extract.blocks import Block
from tracker.extract.layers import extract_facts
from tracker.normalize import dates, durations

sys.path.insert(0, str(ROOT / "benchmarks"))
from extract_speed import make_page  # noqa: E402

TODAY = datetime.date(2022, 11, 7)


@pytest.mark.parametrize(
    ("best", "text", "expected"),
    [
        (None, "Lessons last 2 hours", True),  # nothing found yet
        ((True, -4, 0), "Lessons last 2 hours", True),  # the best so far is not about the program
        ((False, -2, 0), "Lessons last 2 hours", False),  # cannot rank before a program's
        ((False, -2, 0), "The program takes 12 weeks", True),
        ((False, -4, 0), "The program takes 12 weeks", False),  # nothing has more detail
    ],
)
def test_may_beat(best: tuple[bool, int, int] | None, text: str, expected: bool) -> None:
    assert text_layer._may_beat(best, Block(text)) is expected


def _pages() -> list[str]:
    snippets = [p.read_text() for p in sorted(SNIPPETS.glob("*.html"))]
    generated = [make_page(30, seed, kind) for seed in range(4) for kind in ("text", "json-ld")]
    return snippets + generated


def test_skipped_duration_reads_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages()
    fast = [extract_facts("https://example.com/p", html, today=TODAY) for html in pages]
    monkeypatch.setattr(text_layer, "_may_beat", lambda best, block: True)
    slow = [extract_facts("https://example.com/p", html, today=TODAY) for html in pages]
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Next cohort: the 3rd one this year, 20 seats", []),  # no date can begin: not split
        ("Next cohort starts Jan 9, 2023", ["2023-01-09"]),
        ("Start dates:\nMar 6 - Jun 2", ["2023-03-06"]),
    ],
)
def test_start_dates_without_any_date(text: str, expected: list[str]) -> None:
    assert [c["start"] for c in dates.parse_start_dates(text, today=TODAY)] == expected


@pytest.mark.parametrize(
    "text",
    ["Tuition: $9,500 (pay-as-you-go) or 12x monthly", "naïve façade costs", "\u212aelvin fee_s"],
)
def test_topic_tokens_are_the_letter_runs(text: str) -> None:
    low = text.lower()
    assert topics._tokens(low) == set(topics._TOKEN.findall(low))


def test_topics_table_starts_over_with_the_same_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Tuition and fees", "Next cohort starts soon", "16 weeks, 20 hours", "Job guarantee"]
    want = [topics.topics(t) for t in texts]
    assert want[0] == {"prices"} and "start_dates" in want[1] and want[3] == {"guarantees"}
    monkeypatch.setattr(topics, "_SEEN_LIMIT", 2)
    topics.topics.cache_clear()
    assert topics.topics("zyxwv qwxz") == frozenset()  # new words over the limit: start over
    assert topics._SEEN == {"zyxwv", "qwxz"} and not topics._TOPIC_OF
    assert [topics.topics(t) for t in texts] == want
    topics.topics.cache_clear()


@pytest.mark.parametrize(
    ("text", "most"),
    [
        ("Lessons last 2 hours", 1),
        ("Career coaching for 6 months", 2),
        ("16 weeks, 20 hours per week", 3),
        ("16 weeks, then 6 more months at 10 h/week", 4),
        ("16 WEEKS or 1 YR", 4),
        ("16 \u212aeeks", 4),  # no position-true lowered form: nothing ruled out
    ],
)
def test_most_parts_bounds_what_a_read_finds(text: str, most: int) -> None:
    assert text_layer._most_parts(text) == most
    found = durations.parse_duration(text) or {}
    assert sum(1 for k in text_layer._DURATION_PARTS if found.get(k)) <= most


def test_start_dates_need_a_start_word_unless_context_is_known() -> None:
    text = "Class schedule: Jan 9, 2023"  # "class" and "schedule" are topic words, not starts
    assert dates.parse_start_dates(text, today=TODAY) == []
    assert [c["start"] for c in dates.parse_start_dates(text, today=TODAY, context_known=True)] == [
        "2023-01-09"
    ]
