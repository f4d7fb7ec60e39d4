"""One sentence rule for the date, guarantee and audit readers."""

import pytest

from tracker.normalize.sentences import split_sentences


@pytest.mark.parametrize(
    "text, want",
    [
        ("Apply by May 1. Classes begin June 5.", ["Apply by May 1.", "Classes begin June 5."]),
        ("Refund within 30 days. 100% money back.", ["Refund within 30 days.", "100% money back."]),
        ("Tuition rose! $9,900 now.", ["Tuition rose!", "$9,900 now."]),
        ('He said so. "We refund you."', ["He said so.", '"We refund you."']),
        ("Next cohort\nMarch 9", ["Next cohort", "March 9"]),
        ("Info session at 6 p.m. Next cohort starts March 9.",
         ["Info session at 6 p.m.", "Next cohort starts March 9."]),
        ("Classes start in June. Applications close May 1.",
         ["Classes start in June.", "Applications close May 1."]),
        ("Costs $9.5k. Starts soon.", ["Costs $9.5k.", "Starts soon."]),
    ],
)  # fmt: skip
def test_breaks(text, want):
    assert split_sentences(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Next cohort starts Jan. 5 and Feb. 9",
        "Starts May. 8 in person",
        "Tuition is approx. $9,900 a year",
        "Languages, e.g. Python and Go",
        "Open to U.S. citizens only",
        "Taught by J. Smith since 2019",
        "the bootcamp ends. and then",  # a lower-case word goes on the sentence
    ],
)
def test_no_break_after_abbreviations_or_before_lower_case(text):
    assert split_sentences(text) == [text]


def test_semicolons_end_clauses_only_when_asked():
    text = "Apply by May 1; classes begin June 5"
    assert split_sentences(text) == [text]
    assert split_sentences(text, clauses=True) == ["Apply by May 1;", "classes begin June 5"]


def test_parts_are_substrings_in_order():
    text = "  One here.   Two there!\n\n Three  "
    parts = split_sentences(text)
    assert parts == ["One here.", "Two there!", "Three"]
    at = 0
    for part in parts:
        at = text.index(part, at) + len(part)


def test_empty_text_has_no_sentences():
    assert split_sentences("") == [] and split_sentences(" \n ") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Starts 2025. 03. 14. Apply now.", ["Starts 2025. 03. 14.", "Apply now."]),
        ("Start: 10. 3. 2025", ["Start: 10. 3. 2025"]),
        (
            "Начало 07.02.2025 г. Следващ 02.06.2025 г.",
            ["Начало 07.02.2025 г. Следващ 02.06.2025 г."],
        ),
        ("We have 5. Then more.", ["We have 5.", "Then more."]),
    ],
)
def test_full_stops_between_numbers_and_after_single_letters(text, expected):
    assert split_sentences(text) == expected


def test_a_currency_signs_full_stop_before_its_amount_ends_no_sentence():
    text = "Income share: once you earn at least Nu. 30,000 a month, pay 10%. Gs. 5.700.000 too."
    assert split_sentences(text) == [
        "Income share: once you earn at least Nu. 30,000 a month, pay 10%.",
        "Gs. 5.700.000 too.",
    ]
