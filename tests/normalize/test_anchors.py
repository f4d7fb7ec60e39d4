"""tracker.normalize.anchors and the anchored scans built on it: the same matches as a full scan."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract import text_layer
from tracker.normalize import anchors, dates, durations, guarantees, prices, sentences

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = st.sampled_from(
    ["$", "US$", "€", "£", "1,925", "15.950", "9.9%", "per", "month", "weeks", "a", "a-month",
     "Nov 14th, 2022", "14 November", "Jan. 9", "2022-11-14", "11/14/2022", "-", "to", "starts",
     "guarantee", "money back", "refund", "two", "twenty-one", "one", "hours", "h", "/week",
     "USD", "Rs.", "kr", "zł", "euros", "k", "five payments of", "installments", "\n", ".", "!",
     "  ", "\u00a0", "\u017f", "\u212a", "\u0130", "\u0131", "_", "12", "٣",
     "ISA", "pay", "until", "Sep", "x 5"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.lists(WORDS, max_size=40).map("".join),
)
# The sentence splitters as first written, before they were rewritten to begin with \s.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^\sa-z])|\s*\n\s*")
CLAUSE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^\sa-z])|(?<=;)\s+|\s*\n\s*")


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_finditer_tries_only_the_given_starts():
    digits = re.compile(r"\d+")
    assert spans(anchors.finditer(digits, "a 12 b 3", [7, 2, 3, 2])) == [(2, 4), (7, 8)]
    assert spans(anchors.finditer(digits, "a 12 b 3", [7])) == [(7, 8)]


def test_finditer_sees_the_text_before_a_start():
    assert spans(anchors.finditer(re.compile(r"\b\d"), "a1 2", [1, 3])) == [(3, 4)]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Tuition $15,000", "tuition $15,000", id="ascii"),
        pytest.param("Ünïcödé — €", "ünïcödé — €", id="non-ascii"),
        pytest.param("Reſund", None, id="long-s-is-an-s-to-re"),
        pytest.param("İSA", None, id="dotted-capital-i-lowers-to-two-characters"),
        pytest.param("5 \u212ar", None, id="kelvin-sign"),
    ],
)
def test_lowered(text, expected):
    assert anchors.lowered(text) == expected


def test_occurrences_include_overlaps():
    assert sorted(anchors.occurrences("one twenty-one", ("one", "twenty"))) == [0, 4, 11]


@SETTINGS
@given(TEXT)
def test_anchored_scans_find_what_a_full_scan_finds(text):
    assert spans(prices._spans(text)) == spans(prices._SPAN.finditer(text))
    assert spans(dates._date_matches(text)) == spans(dates._DATE.finditer(text))
    starts = durations._starts(text)
    for pattern in (durations._PER_WEEK, durations._TOTAL, durations._SPAN):
        assert spans(durations._matches(pattern, text, starts)) == spans(pattern.finditer(text))


@SETTINGS
@given(TEXT)
def test_sentence_breaks_split_as_first_written(text):
    """The breaks are written to begin with \\s for speed; they split as the plain rule."""
    assert sentences._BREAK.split(text) == SENTENCE_BREAK.split(text)
    assert sentences._CLAUSE_BREAK.split(text) == CLAUSE_BREAK.split(text)


@SETTINGS
@given(TEXT)
def test_sentences_lose_no_text(text):
    """Sentences are stripped, hold no line break and, in order, are all of the text."""
    parts = sentences.split_sentences(text, clauses=True)
    assert all(part == part.strip() and part and "\n" not in part for part in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())
    at = 0
    for part in parts:
        at = text.index(part, at) + len(part)


@SETTINGS
@given(TEXT)
def test_guarantee_word_gates_pass_whatever_their_pattern_matches(text):
    low = anchors.lowered(text)
    for kind, pattern in guarantees._KINDS.items():
        if low is not None and pattern.search(text):
            assert guarantees._KIND_WORDS[kind].search(low)
            assert guarantees._ANY_WORD.search(low)
    if low is not None and guarantees._MENTION.search(text):
        assert guarantees._MENTION_WORD.search(low)


@SETTINGS
@given(TEXT)
def test_word_gates_pass_whatever_their_pattern_matches(text):
    low = anchors.lowered(text)
    if low is not None and dates._START.search(text):
        assert dates._START_WORD.search(low)
    if low is not None and dates._SELF_PACED.search(text):
        assert "pace" in low or "any" in low or "whenever" in low


@SETTINGS
@given(TEXT)
def test_patterns_rewritten_for_lowered_text_find_the_same(text):
    low = anchors.lowered(text)
    if low is not None:
        assert bool(text_layer._STRONG_LOWERED.search(low)) == bool(
            text_layer._STRONG_DURATION.search(text)
        )
        found = {m.start() for m in durations._NUMBER_WORDS.finditer(low)}
        words = [w for w in durations._WORDS if w.isalpha()]
        word_starts = {
            i
            for i in anchors.occurrences(low, words)
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")
        }
        assert word_starts <= found
    assert durations._ends_other(text) == bool(durations._BEFORE.search(text))
