"""Tables for tracker.diff.decide: what is a change, and what is noise or a broken extractor."""

import copy
import json
from dataclasses import asdict
from datetime import date

import pytest

from tracker.diff.decide import (
    DiffSettings,
    Fetch,
    Observation,
    PageHistory,
    ProgramState,
    diff_facts,
    diff_program,
)
from tracker.diff.fields import word_diff
from tracker.diff.pages import page_lifecycle
from tracker.facts import facts_hash
from tracker.normalize.prices import parse_prices

TODAY = date(2022, 10, 20)
URL = "https://www.nucamp.co/bootcamp/full-stack"


def src(method="text", snippet=""):
    return {"url": URL, "method": method, "snippet": snippet}


def option(amount, *, currency="USD", period="one_time", installments=None, label=None, raw=None):
    return {"amount": amount, "amount_max": None, "currency": currency, "period": period,
            "installments": installments, "label": label, "raw": raw or amount,
            "source": src(snippet=raw or amount)}  # fmt: skip


def cohort(start, end=None):
    return {"start": start, "end": end, "raw": f"{start} - {end}", "source": src()}


def guarantee(kind, terms, window=None):
    return {"kind": kind, "terms": terms, "window": window, "raw": terms, "source": src()}


UPFRONT = option("1925.00", label="upfront", raw="$1,925")
PLAN = option("385.00", period="installment", installments=5, label="payment_plan",
              raw="five payments of $385")  # fmt: skip
MONTHLY = option("199.00", period="month", label="monthly", raw="$199/month")
ISA = {"percent": "10", "months": 24, "income_floor": "40000.00", "currency": "USD",
       "raw": "10% of income for 24 months", "source": src()}  # fmt: skip
PAST, NOV, JAN = cohort("2022-10-03"), cohort("2022-11-14", "2023-02-25"), cohort("2023-01-09")
DURATION = {"weeks": 16, "months": None, "hours_total": None, "hours_per_week_min": 10,
            "hours_per_week_max": 15, "raw": "16 weeks", "source": src()}  # fmt: skip
JOB = guarantee("job_guarantee", "Get a job within six months of graduating or get a full refund",
                "within six months of graduating")  # fmt: skip
#: JOB's promise in new copy: the same window and refund, other words.
RESTATED = "If you are not employed within 6 months of graduation, we pay you back every cent."
EVIDENCE = {"price_mentions": 3, "date_mentions": 6, "guarantee_mentions": 1,
            "duration_mentions": 2, "self_paced_mentions": 1}  # fmt: skip
NO_EVIDENCE = dict.fromkeys(EVIDENCE, 0)


def facts(**fields):
    """Nucamp's facts with ``fields`` replaced: every fixture is one edit away from BASE."""
    base = {"prices": [UPFRONT, PLAN], "income_share": ISA, "start_dates": [PAST, NOV, JAN],
            "self_paced": None, "duration": DURATION, "guarantees": [JOB],
            "evidence": EVIDENCE}  # fmt: skip
    return copy.deepcopy({**base, **fields})


BASE = facts()
EMPTY = facts(prices=[], income_share=None, start_dates=[], duration=None, guarantees=[],
              evidence=NO_EVIDENCE)  # fmt: skip

# id, new facts (old is BASE), expected [(field, kind, severity, summary)]
CHANGES = [
    (
        "price-raised",
        facts(prices=[option("2105.00", label="upfront", raw="$2,105"), PLAN]),
        [("prices", "changed", "high", "Nucamp tuition (upfront) $1,925 -> $2,105 (+$180, +9.4%)")],
    ),
    (
        "price-cut-unlabelled",
        facts(prices=[option("1750.00"), PLAN]),
        [("prices", "changed", "high", "Nucamp tuition $1,925 (upfront) -> $1,750 (-$175, -9.1%)")],
    ),
    (
        "option-added",
        facts(prices=[UPFRONT, PLAN, MONTHLY]),
        [("prices", "added", "high", "Nucamp new price option: $199/month (monthly)")],
    ),
    (
        "option-removed",
        facts(prices=[UPFRONT]),
        [("prices", "removed", "high", "Nucamp price option removed: 5 x $385 (payment plan)")],
    ),
    (
        "currency-changed",
        facts(prices=[option("1925.00", currency="EUR", label="upfront"), PLAN]),
        [("prices", "changed", "high", "Nucamp tuition (upfront) $1,925 -> €1,925")],
    ),
    (
        "period-changed",
        facts(prices=[option("1925.00", period="year", label="upfront"), PLAN]),
        [("prices", "changed", "high", "Nucamp tuition (upfront) $1,925 -> $1,925/year")],
    ),
    (
        "label-pairs-before-amount",
        facts(prices=[option("2105.00", label="Upfront"), option("1925.00", label="deferred")]),
        [
            (
                "prices",
                "changed",
                "high",
                "Nucamp tuition (Upfront) $1,925 -> $2,105 (+$180, +9.4%)",
            ),
            (
                "prices",
                "changed",
                "high",
                "Nucamp tuition 5 x $385 (payment plan) -> $1,925 (deferred)",
            ),
        ],  # fmt: skip
    ),
    (
        "income-share-terms",
        facts(income_share={**ISA, "percent": "12.5"}),
        [
            (
                "income_share",
                "changed",
                "high",
                "Nucamp income share 10% of income for 24 months"
                " above $40,000 -> 12.5% of income for 24 months above $40,000",
            )
        ],  # fmt: skip
    ),
    (
        "income-share-removed-no-evidence",
        facts(income_share=None),
        [
            (
                "income_share",
                "removed",
                "high",
                "Nucamp income share removed (was 10% of income for 24 months above $40,000)",
            )
        ],
    ),  # fmt: skip
    (
        "cohort-added",
        facts(start_dates=[PAST, NOV, JAN, cohort("2023-02-06")]),
        [("start_dates", "added", "medium", "Nucamp new cohort: Feb 6, 2023")],
    ),
    (
        "cohort-removed-upcoming",
        facts(start_dates=[PAST, NOV]),
        [
            (
                "start_dates",
                "removed",
                "medium",
                "Nucamp cohort removed before it started: Jan 9, 2023",
            )
        ],
    ),
    (
        "cohort-moved",
        facts(start_dates=[PAST, cohort("2022-12-05", "2023-03-18"), JAN]),
        [("start_dates", "moved", "medium", "Nucamp cohort moved Nov 14, 2022 -> Dec 5, 2022")],
    ),
    (
        "cohort-expired",
        facts(start_dates=[NOV, JAN]),
        [
            (
                "start_dates",
                "expired",
                "info",
                "Nucamp cohort Oct 3, 2022 started and is no longer listed",
            )
        ],
    ),
    (
        "cohort-expired-and-next-added-is-not-a-move",
        facts(start_dates=[NOV, JAN, cohort("2023-02-06")]),
        [
            (
                "start_dates",
                "expired",
                "info",
                "Nucamp cohort Oct 3, 2022 started and is no longer listed",
            ),
            ("start_dates", "added", "medium", "Nucamp new cohort: Feb 6, 2023"),
        ],
    ),
    (
        "cohort-end-changed",
        facts(start_dates=[PAST, cohort("2022-11-14", "2023-03-04"), JAN]),
        [
            (
                "start_dates",
                "changed",
                "low",
                "Nucamp cohort Nov 14, 2022 - Feb 25, 2023 now Nov 14, 2022 - Mar 4, 2023",
            )
        ],
    ),  # fmt: skip
    (
        "self-paced-on",
        facts(self_paced={"value": True, "raw": "Start anytime", "source": src()}),
        [("self_paced", "changed", "medium", "Nucamp now self-paced (start anytime)")],
    ),
    (
        "duration-changed",
        facts(duration={**DURATION, "weeks": 22, "raw": "22 weeks"}),
        [
            (
                "duration",
                "changed",
                "medium",
                "Nucamp duration 16 weeks, 10-15 h/week -> 22 weeks, 10-15 h/week",
            )
        ],
    ),  # fmt: skip
    (
        "duration-hours-changed",
        facts(duration={**DURATION, "hours_per_week_max": 20}),
        [
            (
                "duration",
                "changed",
                "medium",
                "Nucamp duration 16 weeks, 10-15 h/week -> 16 weeks, 10-20 h/week",
            )
        ],
    ),  # fmt: skip
    (
        "guarantee-added",
        facts(guarantees=[JOB, guarantee("money_back", "Money back", "within 14 days")]),
        [("guarantees", "added", "medium", "Nucamp guarantee added: money back (within 14 days)")],
    ),
    (
        "guarantee-removed",
        facts(guarantees=[]),
        [
            (
                "guarantees",
                "removed",
                "high",
                "Nucamp guarantee removed: job guarantee (within six months of graduating)",
            )
        ],
    ),  # fmt: skip
    (
        "guarantee-reworded",
        facts(
            guarantees=[
                guarantee(
                    "job_guarantee",
                    JOB["terms"].replace("six", "9"),
                    "within 9 months of graduating",
                )
            ]
        ),  # fmt: skip
        [
            (
                "guarantees",
                "changed",
                "medium",
                "Nucamp job guarantee terms changed: Get a job"
                " within [-six-] {+9+} months of graduating or …",
            )
        ],  # fmt: skip
    ),
    (
        "guarantee-new-condition",
        facts(
            guarantees=[{**JOB, "terms": JOB["terms"] + ". You must apply to five jobs a week."}]
        ),
        [
            (
                "guarantees",
                "changed",
                "medium",
                "Nucamp job guarantee terms changed: … or get a full [-refund-] {+refund. You must"
                " apply to five jobs a week.+}",
            )
        ],
    ),
    (
        "guarantee-restated-with-a-longer-window",
        facts(
            guarantees=[
                guarantee(
                    "job_guarantee",
                    RESTATED.replace("within 6", "within 12"),
                    "within 12 months of graduation",
                )
            ]
        ),
        [
            (
                "guarantees",
                "changed",
                "medium",
                "Nucamp job guarantee terms changed: [-Get a job-] {+If you are not employed+}"
                " within [-six-] {+12+} months of [-graduating or get a full refund-]"
                " {+graduation, we pay you back every cent.+}",
            )
        ],
    ),  # fmt: skip
    (
        "guarantee-refund-share",
        facts(guarantees=[{**JOB, "terms": JOB["terms"].replace("a full", "a 50%")}]),
        [
            (
                "guarantees",
                "changed",
                "medium",
                "Nucamp job guarantee terms changed: … graduating or get a [-full-] {+50%+} refund",
            )
        ],
    ),
]

# id, new facts that state what BASE states, only worded, sourced or ordered differently
NOISE = [
    ("price-reformatted",
     facts(prices=[option("1925.00", label="upfront", raw="USD 1,925.00"), PLAN])),
    ("labels-raw-source-only",
     facts(prices=[{**UPFRONT, "label": "Instructor-Led", "raw": "Tuition: $1,925",
                    "source": src("json-ld")}, PLAN])),
    ("reordered-lists", facts(prices=[PLAN, UPFRONT], start_dates=[JAN, PAST, NOV])),
    ("label-swap-between-equal-prices", None),  # built below: two options trading labels
    ("self-paced-false-vs-absent",
     facts(self_paced={"value": False, "raw": "", "source": src()})),
    ("guarantee-terms-case-and-spacing",
     facts(guarantees=[{**JOB, "terms": "  " + JOB["terms"].upper()}])),
    ("guarantee-terms-typography-typo-article-markup",
     facts(guarantees=[{**JOB, "terms": "Get job within six months of <b>graduatng</b>  or get "
                                         "a “full” refund&nbsp;"}])),
    ("guarantee-restated-in-new-copy",
     facts(guarantees=[guarantee("job_guarantee", RESTATED, "within 6 months of graduation")])),
    ("guarantee-window-stated-on-one-side",
     facts(guarantees=[{**JOB, "window": None}])),
    ("cohort-end-stated-on-one-side-only",
     facts(start_dates=[PAST, cohort("2022-11-14"), JAN])),
    ("income-floor-currency-stated-on-one-side", facts(income_share={**ISA, "currency": None})),
    ("duration-sub-value-no-longer-stated",
     facts(duration={**DURATION, "hours_total": 500})),
    ("evidence-only",
     facts(evidence={**EVIDENCE, "price_mentions": 9, "hint_misses": ["duration"]})),
]  # fmt: skip
SWAP_OLD = facts(prices=[option("1925.00", label="upfront"), option("2000.00", label="plan")])
SWAP_NEW = facts(prices=[option("1925.00", label="plan"), option("2000.00", label="upfront")])


def _rows(changes):
    return [(c.field, c.kind, c.severity, c.summary) for c in changes]


@pytest.mark.parametrize("new, expected", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_diff_facts_changes(new, expected):
    assert _rows(diff_facts("Nucamp", BASE, new, today=TODAY)) == expected


@pytest.mark.parametrize("new", [n for _, n in NOISE], ids=[i for i, _ in NOISE])
def test_diff_facts_noise(new):
    old = SWAP_OLD if new is None else BASE
    assert diff_facts("Nucamp", old, SWAP_NEW if new is None else new, today=TODAY) == []


MIRROR = {"added": "removed", "removed": "added", "expired": "added"}


@pytest.mark.parametrize("new, expected", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_diff_facts_changes_show_backwards_too(new, expected):
    back = diff_facts("Nucamp", new, BASE, today=TODAY)
    assert sorted((c.field, c.kind) for c in back) == sorted(
        (field, MIRROR.get(kind, kind)) for field, kind, *_ in expected
    )


@pytest.mark.parametrize("raw", ["$1,925", "USD 1,925.00", "$1925.00", "1,925 USD"])
def test_reformatted_price_is_no_change(raw):
    [parsed] = parse_prices(raw)
    old, new = facts(prices=parse_prices("$1,925")), facts(prices=[{**parsed, "source": src()}])
    assert diff_facts("Nucamp", old, new, today=TODAY) == []


def test_a_plans_count_stated_on_one_side_only_is_no_change():
    """ "$695/month" on one version and "$695/month for 18 months" on the next are one plan;
    a new amount, or a new count where both state one, is still a change."""
    bare = option("695.00", period="month", label="monthly", raw="$695/month")
    counted = option("695.00", period="month", installments=18, label="payment_plan")
    for old, new in ((bare, counted), (counted, bare)):
        assert diff_facts("Nucamp", facts(prices=[old]), facts(prices=[new]), today=TODAY) == []
    recount = {**counted, "installments": 24}
    [change] = diff_facts("Nucamp", facts(prices=[counted]), facts(prices=[recount]), today=TODAY)
    assert change.kind == "changed"
    dearer = {**counted, "amount": "745.00", "installments": None}
    [change] = diff_facts("Nucamp", facts(prices=[counted]), facts(prices=[dearer]), today=TODAY)
    assert "$695/month for 18 months -> $745/month" in change.summary


def test_price_change_unlabelled_reads_as_in_the_issue():
    old, new = facts(prices=parse_prices("$1,925")), facts(prices=parse_prices("$2,105"))
    [change] = diff_facts("Nucamp", old, new, today=TODAY)
    assert change.summary == "Nucamp tuition $1,925 -> $2,105 (+$180, +9.4%)"


def test_leaving_self_paced_and_rewording_a_window():
    self_paced = facts(self_paced={"value": True, "raw": "Start anytime", "source": src()})
    job = {**JOB, "window": "within 9 months of graduating"}
    changes = diff_facts("Nucamp", self_paced, facts(guarantees=[job]), today=TODAY)
    assert [c.summary for c in changes] == [
        "Nucamp no longer self-paced (start anytime)",
        "Nucamp job guarantee window changed: within [-six-] {+9+} months of graduating",
    ]


def test_price_change_carries_values_sources_and_delta():
    new = facts(prices=[option("2105.00", label="upfront", raw="$2,105"), PLAN])
    [change] = diff_facts("Nucamp", BASE, new, today=TODAY)
    assert change.old["amount"] == "1925.00" and "raw" not in change.old
    assert change.new["amount"] == "2105.00" and "label" not in change.new
    assert change.old_source == src(snippet="$1,925")
    assert change.delta == {"amount": "180.00", "percent": "9.4", "currency": "USD"}
    assert change.alert


FIXTURES = [("base", BASE), ("empty", EMPTY), ("swap", SWAP_OLD)] + [
    (case[0], case[1]) for case in CHANGES + NOISE if case[1] is not None
]


def noisy(value):
    """The same facts as a redesigned page would give them: lists reversed, every raw text,
    source and label reworded."""
    if isinstance(value, list):
        return [noisy(v) for v in reversed(value)]
    if isinstance(value, dict):
        out = {k: noisy(v) for k, v in value.items()}
        out.update({k: "reworded" for k in ("raw", "label") if k in value})
        return out | ({"source": src("next-data", "other")} if "source" in value else {})
    return value


@pytest.mark.parametrize("value", [f for _, f in FIXTURES], ids=[i for i, _ in FIXTURES])
def test_no_change_against_itself_or_its_redesign(value):
    assert diff_facts("Nucamp", value, copy.deepcopy(value), today=TODAY) == []
    assert diff_facts("Nucamp", value, noisy(value), today=TODAY) == []
    assert facts_hash(noisy(value)) == facts_hash(value)


def test_word_diff_keeps_context_short():
    assert word_diff("within six months", "within 9 months") == "within [-six-] {+9+} months"
    assert word_diff("a b c d e f g h x", "a b c d e f g h y", context=2) == "… g h [-x-] {+y+}"


# -- diff_program: health, confirmation, flapping -----------------------------------------

DEFAULTS = DiffSettings()
SHOWN = ["1925", "385", "43000"]  # BASE's amounts and a salary, as the page's text shows them
DAYS = ["10-03", "11-14", "01-09", "12-24"]  # BASE's cohorts' days and another date
CONFIRMED = ProgramState(confirmed=BASE, recent_hashes=(facts_hash(BASE),))
RAISED = facts(prices=[option("2105.00", label="upfront"), PLAN])
SELF_PACED = facts(self_paced={"value": True, "raw": "Self-paced", "source": src()})
SELF_PACED_STATE = ProgramState(confirmed=SELF_PACED, recent_hashes=(facts_hash(SELF_PACED),))

# id, state, observation, expected [(field, kind)], expected [(problem kind, field)],
# the facts confirmed afterwards, verdict
PROGRAM = [
    ("first-observation", ProgramState(None), Observation("ok", BASE),
     [("lifecycle", "added")], [], BASE, "new"),
    ("first-observation-empty", ProgramState(None), Observation("ok", EMPTY),
     [], [("extractor_broken", None)], None, "error"),
    ("unchanged", CONFIRMED, Observation("ok", noisy(BASE)), [], [], BASE, "unchanged"),
    ("price-raised", CONFIRMED, Observation("ok", RAISED),
     [("prices", "changed")], [], RAISED, "changed"),
    ("fetch-failed", CONFIRMED, Observation("failed", None),
     [], [("fetch_failing", None)], BASE, "error"),
    ("fetch-failed-with-stale-facts", CONFIRMED, Observation("failed", EMPTY),
     [], [("fetch_failing", None)], BASE, "error"),
    ("partial-is-observed", CONFIRMED, Observation("partial", RAISED),
     [("prices", "changed")], [], RAISED, "changed"),
    ("extractor-broken-with-evidence", CONFIRMED,
     Observation("ok", facts(prices=[], start_dates=[], guarantees=[])),
     [], [("extractor_broken", None)], BASE, "error"),
    ("extractor-broken-without-evidence", CONFIRMED,
     Observation("ok", facts(prices=[], start_dates=[], guarantees=[], evidence=NO_EVIDENCE)),
     [], [("extractor_broken", None)], BASE, "error"),
    ("soft-error-page", CONFIRMED, Observation("ok", EMPTY),
     [], [("extractor_broken", None)], BASE, "error"),
    ("prices-lost-with-evidence", CONFIRMED, Observation("ok", facts(prices=[])),
     [], [("value_lost", "prices")], BASE, "unchanged"),
    ("prices-gone-with-evidence-gone", CONFIRMED,
     Observation("ok", facts(prices=[], evidence={**EVIDENCE, "price_mentions": 0})),
     [("prices", "removed"), ("prices", "removed")], [], "new", "changed"),
    ("guarantee-lost-with-evidence", CONFIRMED, Observation("ok", facts(guarantees=[])),
     [], [("value_lost", "guarantees")], BASE, "unchanged"),
    ("guarantee-gone-with-evidence-gone", CONFIRMED,
     Observation("ok", facts(guarantees=[], evidence={**EVIDENCE, "guarantee_mentions": 0})),
     [("guarantees", "removed")], [], "new", "changed"),
    ("dates-lost-but-duration-changed", CONFIRMED,
     Observation("ok", facts(start_dates=[], duration={**DURATION, "weeks": 22})),
     [("duration", "changed")], [("value_lost", "start_dates")],
     facts(duration={**DURATION, "weeks": 22}), "changed"),
    ("duration-lost-with-evidence", CONFIRMED, Observation("ok", facts(duration=None)),
     [], [("value_lost", "duration")], BASE, "unchanged"),
    ("duration-gone-with-evidence-gone", CONFIRMED,
     Observation("ok", facts(duration=None, evidence={**EVIDENCE, "duration_mentions": 0})),
     [("duration", "removed")], [], "new", "changed"),
    # Facts stored before durations were counted have no such count: a removal, as then.
    ("duration-gone-without-its-count", CONFIRMED,
     Observation("ok", facts(duration=None, evidence={"price_mentions": 3, "date_mentions": 6,
                                                      "guarantee_mentions": 1})),
     [("duration", "removed")], [], "new", "changed"),
    ("self-paced-lost-with-evidence", SELF_PACED_STATE, Observation("ok", facts()),
     [], [("value_lost", "self_paced")], SELF_PACED, "unchanged"),
    ("self-paced-gone-with-evidence-gone", SELF_PACED_STATE,
     Observation("ok", facts(evidence={**EVIDENCE, "self_paced_mentions": 0})),
     [("self_paced", "changed")], [], "new", "changed"),
    # An option or a cohort gone while the page still shows its amount or day: lost.
    ("price-option-lost-while-shown", CONFIRMED,
     Observation("ok", facts(prices=[UPFRONT], evidence={**EVIDENCE, "amounts_seen": SHOWN})),
     [], [("value_lost", "prices")], BASE, "unchanged"),
    ("price-option-gone-and-not-shown", CONFIRMED,
     Observation("ok", facts(prices=[UPFRONT], evidence={**EVIDENCE, "amounts_seen": ["1925"]})),
     [("prices", "removed")], [], "new", "changed"),
    ("price-changed-while-old-amount-shown", CONFIRMED,
     Observation("ok", facts(prices=[option("2105.00", label="upfront"), PLAN],
                             evidence={**EVIDENCE, "amounts_seen": [*SHOWN, "2105"]})),
     [("prices", "changed")], [], "new", "changed"),
    ("cohort-lost-while-shown", CONFIRMED,
     Observation("ok", facts(start_dates=[PAST, NOV], evidence={**EVIDENCE, "days_seen": DAYS})),
     [], [("value_lost", "start_dates")], BASE, "unchanged"),
    ("cohort-moved-while-old-day-shown", CONFIRMED,
     Observation("ok", facts(start_dates=[PAST, NOV, cohort("2023-01-23")],
                             evidence={**EVIDENCE, "days_seen": [*DAYS, "01-23"]})),
     [("start_dates", "moved")], [], "new", "changed"),
    ("cohort-gone-and-not-shown", CONFIRMED,
     Observation("ok", facts(start_dates=[PAST, NOV],
                             evidence={**EVIDENCE, "days_seen": ["10-03", "11-14"]})),
     [("start_dates", "removed")], [], "new", "changed"),
    ("hint-missed", CONFIRMED,
     Observation("ok", facts(evidence={**EVIDENCE, "hint_misses": ["prices"]})),
     [], [("hint_missed", "prices")], BASE, "unchanged"),
]  # fmt: skip


@pytest.mark.parametrize(
    "state, observation, changes, problems, confirmed, verdict",
    [case[1:] for case in PROGRAM],
    ids=[case[0] for case in PROGRAM],
)
def test_diff_program(state, observation, changes, problems, confirmed, verdict):
    result = diff_program("Nucamp", state, observation, today=TODAY)
    assert [(c.field, c.kind) for c in result.changes] == changes
    assert [(p.kind, p.field) for p in result.problems] == problems
    if confirmed == "new":
        confirmed = observation.facts
    assert result.state.confirmed == confirmed
    assert result.verdict == verdict


def test_problem_wording():
    def detail(new):
        result = diff_program("N", CONFIRMED, Observation("ok", new), today=TODAY)
        return [p.detail for p in result.problems]

    assert detail(EMPTY) == [
        "extractor broken: page changed shape, 5 fields lost at once "
        "(prices, income_share, start_dates, duration, guarantees)"
    ]
    assert detail(facts(prices=[])) == [
        "prices: nothing extracted although the page still mentions 3 prices; last known value kept"
    ]
    assert detail(facts(start_dates=[PAST, NOV], evidence={**EVIDENCE, "days_seen": DAYS})) == [
        "start_dates: Jan 9, 2023 no longer extracted although the page still shows it; last "
        "known value kept"
    ]
    assert detail(facts(evidence={**EVIDENCE, "hint_misses": ["prices"]})) == [
        "hint for prices matched nothing"
    ]


def run(observations, *, state=CONFIRMED, settings=DEFAULTS):
    """Feed observations one run after another; return each run's result."""
    results = []
    for observation in observations:
        if not isinstance(observation, Observation):
            observation = Observation("ok", observation)
        result = diff_program("Nucamp", state, observation, today=TODAY, settings=settings)
        results.append(result)
        state = result.state
    return results


def test_confirm_runs_waits_for_a_second_sighting():
    first, second = run([RAISED, noisy(RAISED)], settings=DiffSettings(confirm_runs=2))
    assert first.changes == () and first.state.confirmed == BASE
    assert (first.state.pending_count, [c.field for c in first.pending]) == (1, ["prices"])
    assert [c.kind for c in second.changes] == ["changed"]
    assert facts_hash(second.state.confirmed) == facts_hash(RAISED)
    assert (second.state.pending_hash, second.state.pending_count) == (None, 0)


def test_confirm_runs_restarts_on_other_facts_but_not_on_failure():
    other = facts(prices=[option("2200.00", label="upfront"), PLAN])
    failed = Observation("failed", None)
    results = run([RAISED, other, failed, other], settings=DiffSettings(confirm_runs=2))
    assert [len(r.changes) for r in results] == [0, 0, 0, 1]
    assert results[-1].state.confirmed == other


def test_flapping_is_one_problem_and_keeps_the_confirmed_value():
    results = run([RAISED, BASE, RAISED, BASE, RAISED])
    assert [[c.field for c in r.changes] for r in results] == [["prices"], ["prices"], [], [], []]
    assert [[(p.kind, p.field) for p in r.problems] for r in results[2:]] == [
        [("flapping", "prices")], [], [("flapping", "prices")]
    ]  # fmt: skip
    assert results[-1].state.confirmed == BASE
    assert results[2].problems[0].detail == (
        "prices flapping: 3 switches in the last 4 observations; keeping the confirmed value"
    )


def test_steady_rises_are_not_flapping():
    prices = ["2000.00", "2100.00", "2200.00", "2300.00"]
    results = run([facts(prices=[option(p, label="upfront"), PLAN]) for p in prices])
    assert [len(r.changes) for r in results] == [1, 1, 1, 1]


def test_state_round_trips_through_json():
    state = run([RAISED], settings=DiffSettings(confirm_runs=2))[0].state
    assert ProgramState.from_dict(json.loads(json.dumps(asdict(state)))) == state


# -- page lifecycle -----------------------------------------------------------------------

GONE, OK = Fetch("http_error", 404), Fetch("ok", 200)
AWAY = Fetch("offsite_redirect", 301, "https://www.coursera.org/nucamp")

# id, fetches (newest last), already reported, expected change, expected problem, reported
LIFECYCLE = [
    ("fine", (OK, OK), False, None, None, False),
    ("404-once", (OK, GONE), False, None,
     ("page_missing", f"page missing (404), 1 of 3 runs: {URL}"), False),
    ("404-x3", (OK, GONE, GONE, GONE), False,
     ("removed", "high", f"page gone: {URL} (404 for 3 runs)"), None, True),
    ("410-x3", (Fetch("http_error", 410),) * 3, False,
     ("removed", "high", f"page gone: {URL} (410 for 3 runs)"), None, True),
    ("404-x4-already-reported", (GONE,) * 4, True, None,
     ("page_missing", f"page gone: {URL} (404 for 4 runs)"), True),
    ("404-then-back", (GONE, GONE, OK), False, None, None, False),
    ("reported-page-back", (GONE, GONE, GONE, OK), True,
     ("added", "low", f"page back: {URL}"), None, False),
    ("redirect-offsite-once", (OK, AWAY), False, None,
     ("redirected", f"{URL} redirects to https://www.coursera.org/nucamp (another site),"
      " 1 of 3 runs"), False),
    ("redirect-offsite-x3", (AWAY,) * 3, False,
     ("changed", "high", f"{URL} redirects to https://www.coursera.org/nucamp"), None, True),
    ("redirect-offsite-flagged-by-spider", (Fetch("offsite_redirect"),) * 3, False,
     ("changed", "high", f"{URL} redirects to another site"), None, True),
    ("redirect-same-site", (Fetch("ok", 200, "https://learn.nucamp.co/full-stack"),) * 3,
     False, None, None, False),
]  # fmt: skip


@pytest.mark.parametrize(
    "fetches, reported, change, problem, still",
    [case[1:] for case in LIFECYCLE],
    ids=[case[0] for case in LIFECYCLE],
)
def test_page_lifecycle(fetches, reported, change, problem, still):
    found = page_lifecycle(PageHistory(URL, fetches), reported=reported, gone_after=3)
    change_row = found.change and (found.change.kind, found.change.severity, found.change.summary)
    assert change_row == change
    assert (found.problem and (found.problem.kind, found.problem.detail)) == problem
    assert found.reported == still


def test_page_gone_is_announced_once_through_diff_program():
    history = [OK]
    observations = []
    for _ in range(4):
        history.append(GONE)
        pages = (PageHistory(URL, tuple(history)),)
        observations.append(Observation("partial", BASE, pages))
    results = run(observations)
    assert [[c.summary for c in r.changes] for r in results] == [
        [],
        [],
        [f"page gone: {URL} (404 for 3 runs)"],
        [],
    ]
    assert [[p.kind for p in r.problems] for r in results] == [
        ["page_missing"],
        ["page_missing"],
        [],
        ["page_missing"],
    ]
    assert results[-1].state.gone == (URL,)
    assert run([Observation("ok", BASE)], state=results[-1].state)[0].state.gone == (URL,)
