"""Tables for tracker.normalize.durations: program length, and numbers that only look like one."""

import pytest

from tracker.normalize.durations import parse_duration, parse_iso_duration

# expected: (weeks, months, hours_total, hours_per_week_min, hours_per_week_max), or None
CASES = [
    ("weeks", "16 weeks", (16, None, None, None, None)),
    # in French, and what French pages count beside the length
    (
        "semaines-h-par-semaine",
        "16 semaines · temps plein, 40 h par semaine",
        (16, None, None, 40, 40),
    ),
    ("mois-a-range", "6 mois, 15 à 20 h par semaine", (None, 6, None, 15, 20)),
    (
        "heures-hebdomadaires",
        "Formation de 9 mois, 10 heures hebdomadaires",
        (None, 9, None, 10, 10),
    ),
    ("annees", "une formation de 2 années", (None, 24, None, None, None)),
    ("dans-les-6-mois", "92 % de nos diplômés en poste dans les 6 mois.", None),
    ("pendant-apres", "Accompagnement carrière pendant 6 mois après la formation.", None),
    ("isa-pendant", "payez 15 % de votre salaire mensuel pendant 24 mois", None),
    ("semaines-apres", "Six semaines après la soutenance, j'ai signé mon CDI.", None),
    ("mois-de-suivi", "12 mois de suivi carrière offerts", None),
    ("hyphenated-adjective", "A 16-week full-time program", (16, None, None, None, None)),
    ("approx-months", "~12 months", (None, 12, None, None, None)),
    ("number-word", "nine months of training", (None, 9, None, None, None)),
    ("number-word-hyphen", "a nine-month course", (None, 9, None, None, None)),
    ("twenty-four", "twenty-four weeks", (24, None, None, None, None)),
    ("a-year", "Become a developer in a year", (None, 12, None, None, None)),
    ("years-to-months", "1.5 years part-time", (None, 18, None, None, None)),
    ("plain-months", "3 months", (None, 3, None, None, None)),
    ("weeks-and-weekly-range", "22 weeks at 20-25 h/week", (22, None, None, 20, 25)),
    ("hours-per-week", "about 12 hours per week", (None, None, None, 12, 12)),
    ("h-slash-week", "10 h/week", (None, None, None, 10, 10)),
    ("hours-a-week-plus", "40+ hours a week", (None, None, None, 40, 40)),
    ("hours-total", "300 hours", (None, None, 300, None, None)),
    ("hours-total-thousands", "1,000 hours of coding", (None, None, 1000, None, None)),
    ("hours-months-weekly", "about 300 hours (~6 months at 10 h/week)", (None, 6, 300, 10, 10)),
    ("range-keeps-lower", "12-16 weeks", (12, None, None, None, None)),
    ("first-mention-wins", "Full-time 12 weeks, part-time 24 weeks", (12, None, None, None, None)),
    ("price-then-length", "Tuition is $15,000 for 16 weeks", (16, None, None, None, None)),
    ("hours-p-slash-w", "20-week course · study load 20 hrs p/w.", (20, None, None, 20, 20)),
    ("hours-pw", "Study load: 15 hours pw", (None, None, None, 15, 15)),
    ("label-then-number", "Hours / week | 20", (None, None, None, 20, 20)),
    ("label-then-range", "Hours per week: 15-20", (None, None, None, 15, 20)),
    ("card-caption-over-value", "Length\n16 wks\nPer week\n40 h", (16, None, None, 40, 40)),
    ("label-then-weeks-is-no-load", "Hours per week: 15 weeks", (15, None, None, None, None)),
    ("weekly-hours-cell", "Weekly hours | 10–15 (part-time)", (None, None, None, 10, 15)),
    ("weekly-commitment-hours", "Weekly time commitment: 15-20 hours", (None, None, None, 15, 20)),
    ("weekly-workload-bare", "Weekly workload: 12.", (None, None, None, 12, 12)),
    ("weekly-count-is-no-load", "Weekly commitment: 3 live sessions", None),
    ("weekly-count-unknown-noun", "Weekly commitment | 2 mentor calls", None),
    ("weekly-share-is-no-load", "Weekly hours billed at 20% off", None),
    ("weekly-days-is-no-load", "Weekly load: 3 days on campus", None),
    ("per-week-count-is-no-load", "Per week 3 live sessions", None),
    ("support-24-7", "24/7 support", None),
    ("workshop-hours", "Join our 2-hour workshop", None),
    ("hours-a-day", "Mentors on call 24 hours a day", None),
    ("payment-plan", "12-month payment plan", None),
    ("monthly-for", "$96/month for 12 months", None),
    ("isa-term", "9.9% of your income for 24 months", None),
    ("pay-over", "Pay it off over 12 months", None),
    ("salary-per-year", "Graduates earn $80,000 a year", None),
    ("guarantee-window", "Get hired within 6 months of graduation", None),
    ("after-graduation", "Job placement 3 months after graduating", None),
    ("access-period", "1 year access to the materials", None),
    ("career-support", "6 months of career support", None),
    ("cohort-rate", "Cohorts start every 2 weeks", None),
    ("twice-a-year", "We run it twice a year", None),
    ("countdown", "Offer ends in 09 Days 13 Hours 58 Minutes 40 Seconds", None),
    (
        "hours-of-what-per-week",
        "The Course runs for 16 weeks with 20 hours of scheduled learning per week",
        (16, None, None, 20, 20),
    ),
    ("hours-of-study-a-week", "Plan on 15 hours of study a week", (None, None, None, 15, 15)),
    ("content-volume", "Over 1,200 hours of curriculum and 500+ exercises", None),
    (
        "instruction-hours-beside-content",
        "16 weeks, 640 hours of live instruction, plus 40 hours of video",
        (16, None, 640, None, None),
    ),
    (
        "length-beside-payment",
        "A 12-week course with a 12-month payment plan",
        (12, None, None, None, None),
    ),
    ("date-not-duration", "Nov 14th, 2022", None),
    ("bad-date", "2022-13-45", None),
    ("empty", "", None),
    ("whitespace", " \n\t ", None),
    ("non-ascii", "Programa intensivo — 16 semanas 🚀 (16 weeks)", (16, None, None, None, None)),
    (
        "very-long",
        "Lorem ipsum dolor sit amet. " * 5000 + "It takes 16 weeks.",
        (16, None, None, None, None),
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_duration(text, expected):
    found = parse_duration(text)
    if expected is None:
        assert found is None
        return
    keys = ("weeks", "months", "hours_total", "hours_per_week_min", "hours_per_week_max")
    assert tuple(found[k] for k in keys) == expected
    assert found["raw"] and found["raw"] in text


def test_raw_spans_every_part():
    found = parse_duration("about 300 hours (~6 months at 10 h/week)")
    assert found["raw"] == "300 hours (~6 months at 10 h/week"


ISO_CASES = [
    ("weeks", "P16W", (16, None, None)),
    ("months", "P6M", (None, 6, None)),
    ("hours", "PT300H", (None, None, 300)),
    ("year-and-months", "P1Y6M", (None, 18, None)),
    ("whole-weeks-of-days", "P84D", (12, None, None)),
    ("odd-days", "P3D", None),
    ("bare-p", "P", None),
    ("bare-pt", "PT", None),
    ("garbage", "sixteen weeks", None),
    ("empty", "", None),
    ("none", None, None),
]


@pytest.mark.parametrize(
    "value, expected", [c[1:] for c in ISO_CASES], ids=[c[0] for c in ISO_CASES]
)
def test_parse_iso_duration(value, expected):
    found = parse_iso_duration(value)
    if expected is None:
        assert found is None
    else:
        assert (found["weeks"], found["months"], found["hours_total"]) == expected
        assert found["raw"] == value


def test_a_class_length_under_a_per_week_label_is_no_weekly_load():
    found = parse_duration("Classes per week: 3 hours each") or {}
    assert found.get("hours_per_week_min") is None
