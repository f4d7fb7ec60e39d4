"""The key vocabulary of embedded JSON: which keys of a Next.js-style blob hold which fact.

Sites built on React frameworks ship their content as JSON (``__NEXT_DATA__``) whose keys
are the only labels there are. Keys are split into lower-case words ("priceMonthly",
"price_monthly" -> price, monthly) and matched against these sets:

* prices: a key with a price/prices/tuition/cost/costs/fee/fees word (and no id, currency,
  name, discount, saving, scholarship, salary... word) holding a number or a money string;
  amount/value/total/cents/full/upfront keys in a dict under a price/pricing/tuition/cost/
  fee/payment/plan/billing/emi key, and there monthly/perMonth/yearly keys as the amount per
  that period (housing/rent/living/relocation keys never);
  low/min + high/max pairs as a range; a key with a "cents" word holds hundredths
  ("tuition_cents": 1220000 is 12,200.00); a deposit is part of a price, not an option.
  Period from the key's words or a sibling period/interval/frequency/billing value (month,
  year, credit): a bare "interval" speaks for every amount beside it,
  "installment_interval" only for the installment's; installments from an
  installments/payments/numberOfPayments count. The currency must be stated: a
  currency/priceCurrency/currencyCode key in the dict or an ancestor, a symbol in the value,
  the sign of the one amount the dict shows as text ("FeeText": "£3,150"), or the page's
  currency (caller's hint, JSON-LD, ``<html lang>``, country TLD). A key of shown text
  (display/text/formatted words) over a price or plan is read as prose
  ("PaymentPlanDisplay": "6 monthly payments of $1,260").
* income share: isa or income+share keys (a string, or a dict whose keys' words say
  percent/rate, months/term and floor/threshold/minimum, "rate_percent", "term_months",
  "income_floor_cents").
* start dates: a key of a start word and date words (startDate, start_date, startsOn,
  nextStart, cohortStartDate, beginDate, commences) with an end key beside it (endDate,
  endsOn, graduationDate, concludes); strings listed under a key of cohort, intake or batch
  words, of start plus date/next/upcoming words ("nextStartDates") or "sessions"; never
  under past/previous/deadline/info/event words. Never
  date/publishedAt/...
* duration: duration/length/programLength/timeRequired/timeToComplete (text or ISO 8601,
  also as shown text: "DurationDisplay"),
  weekly plus commitment/workload/hours words ("weeklyCommitment": "40 hours") a weekly load,
  weeks/durationWeeks, months/durationMonths, hours/totalHours, hoursPerWeek/weeklyHours/
  studyLoadHoursPerWeek (a number, a string of one or a range: "15-20", or a
  {"min": 15, "max": 20} dict).
* self-paced: selfPaced/isSelfPaced/onDemand true, or format/pace/schedule/mode text.
* guarantees: strings under a key with a guarantee/refund/promise/policy word; jobGuarantee-
  style flags.

Subtrees under blog/post/article/news/testimonial/review/salary/jobs keys are skipped.
It is one module of about 260 lines because it is one vocabulary, read together.
"""

from __future__ import annotations

import re
from typing import Any

from tracker.extract.json_values import duration, first
from tracker.facts import Duration

SKIP_WORDS = frozenset(
    "blog blogs post posts article articles news testimonial testimonials review reviews "
    "salary salaries jobs seo".split()
)
PRICE_WORDS = frozenset("price prices pricing tuition cost costs fee fees".split())
PRICE_PATH = PRICE_WORDS | {
    "payment",
    "payments",
    "plan",
    "plans",
    "financing",
    "options",
    "billing",
    "installment",
    "installments",
    "instalment",
    "instalments",
    "emi",  # an equated monthly instalment: India's word for a payment plan
}
NOT_PRICE = frozenset(
    "id ids currency code type name title description desc note notes url slug key label unit "
    "discount discounts saving savings scholarship scholarships bursary bursaries grant grants "
    "salary text html display "
    "period interval frequency deposit housing rent living accommodation relocation".split()
)
#: Under a price key, the words of a key that holds the amount: "amount", "total", and the
#: whole-sum words a price dict names its one-payment figure by ("full", "upfront").
AMOUNT_WORDS = frozenset({"amount", "value", "total", "cents", "full", "upfront"})
#: Words of a key that says what its siblings' amounts are per: "interval", "billingPeriod".
PER_WORDS = frozenset({"period", "interval", "frequency", "billing"})
#: Keys that are only a period ("monthly", "perMonth"): under a price key, the amount per it.
PERIOD_KEYS = frozenset("monthly permonth yearly annual annually peryear".split())
LOW, HIGH = frozenset({"low", "min", "minimum", "from"}), frozenset({"high", "max", "maximum"})
_START_WORDS = frozenset(
    "start starts starting begin begins beginning commence commences commencing commencement "
    "kickoff".split()
)
_END_WORDS = frozenset(
    "end ends ending finish finishes conclude concludes conclusion completion graduation".split()
)
#: Words a start or end key may hold beside its verb: "cohortStartDate", "classBeginsOn".
_DATE_KEY_WORDS = frozenset(
    "date dates datetime time on at day of cohort class classes course program programme intake "
    "batch session term semester next".split()
)


def is_start_key(key: str) -> bool:
    """Whether ``key`` names when a cohort starts: "startDate", "startsOn", "commences",
    "cohortStartDate", "classBeginsOn", "termBegins", "firstDayOfClass"; not
    "applicationStart" nor "enrolmentCloses" (see :func:`holds_other_dates` for an event's
    "startTime")."""
    return _is_date_key(key, _START_WORDS, "first")


def is_end_key(key: str) -> bool:
    """Whether ``key`` names when a cohort ends: "endDate", "endsOn", "concludes",
    "graduationDate", "finishDate", "lastDayOfClass"."""
    return _is_date_key(key, _END_WORDS, "last")


def _is_date_key(key: str, verbs: frozenset[str], ordinal: str) -> bool:
    """A key of one of ``verbs`` and date words only, or of ``ordinal`` ("first", "last")
    with a day or date: "firstDayOfClass", not "firstName" nor "lastUpdated". A verb
    written in two words is one ("kickOff", "kick_off" as "kickoff")."""
    words = set(" ".join(key_words(key)).replace("kick off", "kickoff").split())
    if not words <= verbs | _DATE_KEY_WORDS | {ordinal}:
        return False
    return bool(words & verbs) or ordinal in words and bool(words & {"day", "date"})


_COHORT_WORDS = frozenset("cohort cohorts intake intakes batch batches".split())
_NOT_COHORT_WORDS = frozenset(
    "past previous former completed graduated end ends deadline deadlines info webinar event "
    "events".split()
)


def holds_other_dates(path: tuple[str, ...]) -> bool:
    """Whether the keys over a dict say its dates are no cohort's: "events",
    "pastCohorts", "infoSessions", "deadlines" (the last two keys of ``path``)."""
    return any(set(key_words(key)) & _NOT_COHORT_WORDS for key in path[-2:])


def is_cohort_list(key: str) -> bool:
    """Whether a list under ``key`` holds cohort starts: "cohorts", "upcomingIntakes",
    "startDates", "nextStartDates", "sessions"; not "pastCohorts" or "infoSessionDates"."""
    words = set(key_words(key))
    if words & _NOT_COHORT_WORDS:
        return False
    return bool(
        words & _COHORT_WORDS
        or words & {"start", "starts"}
        and words & {"date", "dates", "upcoming", "next"}
        or words == {"sessions"}
    )


_DURATION_TEXT = (
    "duration length programlength courselength timecommitment timerequired timetocomplete schedule"
).split()
#: A numeric duration key is a unit (weeks, months, hours) plus only these words:
#: "durationWeeks", "estimatedMonths", "totalHours", "hoursPerWeek", "weekly_hours".
_DURATION_WORDS = frozenset(
    "duration length estimated estimate total num number of in per approx approximate "
    "expected typical program course track avg average".split()
)
_DURATION_UNITS = {"week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
                   "hour": "hours_total", "hours": "hours_total"}  # fmt: skip
MODE_KEYS = frozenset("format pace schedule mode coursemode learningformat delivery".split())
CURRENCY_KEYS = ("currency", "priceCurrency", "currencyCode", "currency_code")


def key_words(key: str) -> list[str]:
    """ "priceMonthly" / "price_monthly" -> ["price", "monthly"]."""
    return (
        re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", key)
        .lower()
        .replace("_", " ")
        .replace("-", " ")
        .split()
    )


def is_price_key(key: Any) -> bool:
    words = set(key_words(str(key)))
    return bool(words & PRICE_WORDS) and not words & NOT_PRICE


#: Words that mark a key's value as the text a page shows for a field, not the field's data:
#: "DurationDisplay", "price_text", "formattedPrice".
SHOWN_WORDS = frozenset({"display", "text", "formatted", "string"})


def shown_as(key: Any) -> str:
    """A key's words without :data:`SHOWN_WORDS`, run together: "DurationDisplay" -> "duration"."""
    return "".join(w for w in key_words(str(key)) if w not in SHOWN_WORDS)


def json_duration(node: dict[str, Any]) -> Duration | None:
    """A duration from a text key ("duration": "16 weeks", "DurationDisplay": "16 weeks")
    or numeric unit keys."""
    texts = [v for k, v in node.items() if isinstance(v, str) and shown_as(k) in _DURATION_TEXT]
    for text in texts:
        found = duration(text)
        if found:
            return _with_load(found, node)
    numbers: dict[str, int] = {}
    raw = []
    ranges: dict[str, tuple[int, int]] = {}
    for key, value in node.items():
        span = _NUMBER_TEXT.match(value) if isinstance(value, str) else None
        if span:  # "hoursPerWeek": "15-20"
            low, high = int(span[1]), int(span[2] or span[1])
            ranges[str(key)], value = (low, high), low
        elif isinstance(value, dict):  # "hours_per_week": {"min": 15, "max": 20}
            bounds = [_whole(first(value, *names)) for names in (_LOW_KEYS, _HIGH_KEYS)]
            if bounds[0]:
                ranges[str(key)], value = (bounds[0], bounds[1] or bounds[0]), bounds[0]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            continue
        words = key_words(str(key))
        units = [_DURATION_UNITS[w] for w in words if w in _DURATION_UNITS]
        allowed = _DURATION_WORDS | set(_DURATION_UNITS) | {"weekly"} | _LOAD_WORDS
        if len(units) == 0 or not set(words) <= allowed:
            continue
        unit = units[0]
        if unit == "hours_total" and ({"weekly", "week"} & set(words)):
            unit = "hours_per_week"
        numbers.setdefault(unit, round(value))
        raw.append(f"{key}: {value}")
    if not numbers:
        return None
    per_week = numbers.pop("hours_per_week", None)
    per_week_max = next((hi for k, (lo, hi) in ranges.items() if lo == per_week), per_week)
    return {
        "weeks": numbers.get("weeks"), "months": numbers.get("months"),
        "hours_total": numbers.get("hours_total"), "hours_per_week_min": per_week,
        "hours_per_week_max": per_week_max, "raw": ", ".join(raw),
    }  # fmt: skip


#: Words of a key that, beside "weekly", name the hours a week takes ("weeklyCommitment").
_LOAD_WORDS = frozenset("commitment workload load effort time hours study".split())


def _with_load(found: Duration, node: dict[str, Any]) -> Duration:
    """``found`` with the weekly load a sibling key states ("programLength": "12 weeks"
    beside "weeklyCommitment": "40 hours"), when it states none itself."""
    if found.get("hours_per_week_min"):
        return found
    for key, value in node.items():
        named = set(key_words(str(key)))
        if isinstance(value, str) and named & {"weekly", "week"} and named & _LOAD_WORDS:
            said = value if re.search(r"week|/\s*w", value, re.I) else f"{value} per week"
            load = duration(said)
            if load and load.get("hours_per_week_min") and not load.get("weeks"):
                return {**found, "hours_per_week_min": load["hours_per_week_min"],
                        "hours_per_week_max": load["hours_per_week_max"],
                        "raw": f"{found.get('raw', '')}, {key}: {value}"}  # fmt: skip
    return found


_NUMBER_TEXT = re.compile(r"\s*(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?\s*$")
_LOW_KEYS, _HIGH_KEYS = ("min", "minimum", "low", "from"), ("max", "maximum", "high", "to")


def _whole(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return None
    return round(value)
