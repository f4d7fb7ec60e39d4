"""Decide what changed about a program since last run, and what only looks like a change.

Pure, like the rest of tracker/: the stored state, this run's observation and today's date
come in as arguments; changes, health problems and the next state come out. No database,
no network, no clock. The caller stores ``DiffResult.state`` (JSON-able via
``dataclasses.asdict``, read back with :meth:`ProgramState.from_dict`) for the next run.

    result = diff_program("Nucamp", state, Observation("ok", facts, pages), today=as_of)

:func:`diff_program` runs, in order:

1. page lifecycle (:func:`tracker.diff.pages.page_lifecycle`): 404/410 or off-site
   redirects for ``gone_after`` runs are a change, fewer are a problem;
2. failures: outcome "failed" (or no facts) is a ``fetch_failing`` problem, nothing else;
3. ``evidence.hint_misses``: one ``hint_missed`` problem per field;
4. the first observation is confirmed as is, with one info change "now tracked" (unless
   it has no facts at all: then it is ``extractor_broken`` and nothing is confirmed);
5. extraction health: 2+ fields emptied at once is ``extractor_broken`` (the whole
   observation is ignored: a captcha page has no facts and no evidence); one field emptied
   while the page still mentions that kind of value is ``value_lost`` (the last known value
   is kept for it, the other fields are compared). Emptied with no evidence left is real.
   A price option or cohort gone while the page still shows its amount or day
   (``evidence.amounts_seen``, ``days_seen``) is ``value_lost`` too, when the field gained
   nothing that could be it changed or moved;
6. flapping: ``flap_changes`` switches within ``flap_window`` observations with a value
   coming back is one ``flapping`` problem per field, and the confirmed facts stay;
7. confirmation: new facts become confirmed, and their changes are reported, once seen in
   ``confirm_runs`` consecutive observations. Failed or rejected runs neither count nor
   break the streak: they are not observations.

The field-by-field comparison alone is :func:`tracker.diff.fields.diff_facts`.

It is one module of about 280 lines because the steps above run in one order over one
state: each step may end the run's verdict (a failed fetch keeps the state whole), so they
read best as one function's sequence, each step a helper below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from tracker import describe
from tracker.diff.fields import Change, Problem, diff_facts
from tracker.diff.pages import Fetch, PageHistory, page_lifecycle
from tracker.diff.prices import pair_options
from tracker.facts import EVIDENCE_OF, FIELDS, Facts, facts_hash, present
from tracker.words import count

__all__ = ["Change", "DiffResult", "DiffSettings", "Fetch", "Observation", "PageHistory",
           "Problem", "ProgramState", "diff_facts", "diff_program"]  # fmt: skip

#: What each evidence count (tracker.facts.EVIDENCE_OF) counts: prices gone while the page
#: still mentions money is an extraction problem, not a price removal.
MENTIONED = {
    "price_mentions": "price",
    "date_mentions": "date",
    "self_paced_mentions": "self-paced statement",
    "duration_mentions": "duration",
    "guarantee_mentions": "guarantee",
}


@dataclass(frozen=True)
class DiffSettings:
    confirm_runs: int = 1  # consecutive sightings before new facts are confirmed
    flap_window: int = 6  # observations looked at for flapping
    flap_changes: int = 3  # switches within the window that make a field flap
    gone_after: int = 3  # runs of 404/410 or off-site redirects before a page is gone


@dataclass(frozen=True)
class ProgramState:
    """What the database keeps per program between runs."""

    confirmed: Facts | None  # last confirmed facts, None before the first observation
    pending_hash: str | None = None  # candidate facts not yet confirmed...
    pending_count: int = 0  # ...and in how many consecutive observations they were seen
    recent_hashes: tuple[str, ...] = ()  # facts hash per observation, newest last
    gone: tuple[str, ...] = ()  # page URLs already reported gone or redirected away

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgramState:
        """Read back ``dataclasses.asdict(state)`` after a JSON round trip (lists -> tuples)."""
        data = {**data, "recent_hashes": tuple(data.get("recent_hashes") or ())}
        return cls(**{**data, "gone": tuple(data.get("gone") or ())})


@dataclass(frozen=True)
class Observation:
    outcome: str  # ok | partial | failed (tracker.extract.merge)
    facts: Facts | None  # merged facts (tracker.extract.merge.observe_program), None if unobserved
    pages: tuple[PageHistory, ...] = ()


@dataclass(frozen=True)
class DiffResult:
    changes: tuple[Change, ...]
    problems: tuple[Problem, ...]
    state: ProgramState
    verdict: str = "unchanged"  # urlwatch's verbs: new | changed | unchanged | error
    pending: tuple[Change, ...] = field(default=())  # changes awaiting confirmation


def diff_program(
    name: str,
    state: ProgramState,
    observation: Observation,
    *,
    today: date,
    settings: DiffSettings = DiffSettings(),  # noqa: B008 - frozen, so sharing it is safe
) -> DiffResult:
    """Compare this run's ``observation`` of program ``name`` with its stored ``state``."""
    changes, problems, gone = _lifecycle(observation.pages, state.gone, settings)
    state = replace(state, gone=gone)
    facts = observation.facts
    if observation.outcome == "failed" or facts is None:
        kept = "last known facts kept" if state.confirmed is not None else "nothing known yet"
        problems.append(Problem("fetch_failing", None, f"no page could be read this run; {kept}"))
        return _result(changes, problems, state, "error")
    problems += [
        Problem("hint_missed", f, f"hint for {f} matched nothing")
        for f in (facts.get("evidence") or {}).get("hint_misses") or []
    ]
    if state.confirmed is None:
        if not any(present(f, facts.get(f)) for f in FIELDS):
            # Confirming nothing would make the first good run "add" every value.
            problems.append(Problem("extractor_broken", None, "nothing extracted yet"))
            return _result(changes, problems, state, "error")
        now = Change("lifecycle", "added", None, None, f"{name} now tracked", "info")
        state = ProgramState(facts, recent_hashes=(facts_hash(facts),), gone=gone)
        return _result([*changes, now], problems, state, "new")
    confirmed = state.confirmed
    facts, health = check_extraction(confirmed, facts)
    problems += health
    if facts is None:
        return _result(changes, problems, state, "error")
    new_hash = facts_hash(facts)
    recent = (*state.recent_hashes, new_hash)[-settings.flap_window :]
    state = replace(state, recent_hashes=recent)
    if new_hash == facts_hash(confirmed):
        state = replace(state, pending_hash=None, pending_count=0)
        return _result(changes, problems, state, "unchanged")
    found = diff_facts(name, confirmed, facts, today=today)
    if found and flapping(recent, settings):
        switches = _switches(recent)
        for f in dict.fromkeys(c.field for c in found):
            detail = (
                f"{f} flapping: {count(switches, 'switch', 'switches')} in the last "
                f"{count(len(recent), 'observation')}; keeping the confirmed value"
            )
            problems.append(Problem("flapping", f, detail))
        state = replace(state, pending_hash=None, pending_count=0)
        return _result(changes, problems, state, "unchanged")
    seen = state.pending_count + 1 if new_hash == state.pending_hash else 1
    if found and seen < settings.confirm_runs:
        state = replace(state, pending_hash=new_hash, pending_count=seen)
        return _result(changes, problems, state, "unchanged", pending=found)
    # Confirmed. A hash change with no change in words (self_paced False vs absent) is
    # confirmed silently, so the stored facts follow the page.
    state = replace(state, confirmed=facts, pending_hash=None, pending_count=0)
    return _result([*changes, *found], problems, state, "changed" if found else "unchanged")


def check_extraction(confirmed: Facts, facts: Facts) -> tuple[Facts | None, list[Problem]]:
    """Tell lost values from removed ones. Returns the facts to compare (None when the
    observation must be ignored) and the health problems found."""
    lost = [f for f in FIELDS if present(f, confirmed.get(f)) and not present(f, facts.get(f))]
    if len(lost) >= 2:
        detail = (f"extractor broken: page changed shape, {count(len(lost), 'field')} lost at once "
                  f"({', '.join(lost)})")  # fmt: skip
        return None, [Problem("extractor_broken", None, detail)]
    evidence = facts.get("evidence") or {}
    for f in lost:
        key = EVIDENCE_OF[f]
        what = MENTIONED[key]
        # Absent when the old facts were stored before this count existed; a field that
        # every page stated is never counted, but then it is not lost either.
        mentions = evidence.get(key, 0)
        if mentions:
            detail = (f"{f}: nothing extracted although the page still mentions "
                      f"{count(mentions, what)}; last known value kept")  # fmt: skip
            kept = facts.copy()
            kept[f] = confirmed[f]
            return kept, [Problem("value_lost", f, detail)]
    return _items_lost(confirmed, facts)


def _items_lost(confirmed: Facts, facts: Facts) -> tuple[Facts, list[Problem]]:
    """Price options and cohorts that vanished while the page still shows their amount or
    day (``evidence.amounts_seen``, ``days_seen``) were lost by extraction, most often
    because the page's layout changed: they are kept, with a ``value_lost`` problem, rather
    than reported removed. Only a pure removal is read so: when the field also gained an
    option or a cohort, the two may be one that changed or moved, and are compared."""
    evidence = facts.get("evidence") or {}
    problems = []
    kept = facts
    for f, seen_key, shown in (
        ("prices", "amounts_seen", _amount_shown),
        ("start_dates", "days_seen", _day_shown),
    ):
        seen: list[str] = evidence.get(seen_key) or []  # type: ignore[assignment]
        old: list[Any] = confirmed.get(f) or []  # type: ignore[assignment]
        new: list[Any] = facts.get(f) or []  # type: ignore[assignment]
        if not seen or not old or not new:
            continue
        gone, added = _removed(f, old, new)
        if added or not gone:
            continue
        lost = [item for item in gone if shown(item, set(seen))]
        if lost:
            kept = kept.copy() if kept is facts else kept
            kept[f] = [*new, *lost]  # type: ignore[literal-required]
            what = ", ".join(describe_item(f, item) for item in lost)
            detail = (f"{f}: {what} no longer extracted although the page still shows it; "
                      "last known value kept")  # fmt: skip
            problems.append(Problem("value_lost", f, detail))
    return kept, problems


def _removed(field: str, old: list[Any], new: list[Any]) -> tuple[list[Any], list[Any]]:
    """The items of ``old`` gone from ``new``, and those ``new`` gained."""
    if field == "prices":
        pairs = pair_options(old, new)
        return [a for a, b in pairs if b is None], [b for a, b in pairs if a is None]
    before, after = {c.get("start") for c in old}, {c.get("start") for c in new}
    return ([c for c in old if c.get("start") not in after],
            [c for c in new if c.get("start") not in before])  # fmt: skip


def _amount_shown(option: Any, seen: set[str]) -> bool:
    try:
        return str(int(Decimal(str(option.get("amount"))))) in seen
    except (InvalidOperation, ValueError, TypeError):
        return False


def _day_shown(cohort: Any, seen: set[str]) -> bool:
    start = str(cohort.get("start") or "")
    return len(start) == 10 and start[5:] in seen


def describe_item(field: str, item: Any) -> str:
    return describe.price(item) if field == "prices" else describe.cohort(item)


def flapping(recent: tuple[str, ...], settings: DiffSettings) -> bool:
    """At least ``flap_changes`` switches in the window, with a value coming back (so a
    price rising three times in a row is not flapping)."""
    switches = _switches(recent)
    return switches >= settings.flap_changes and len(set(recent)) < switches + 1


def _switches(recent: tuple[str, ...]) -> int:
    return sum(1 for a, b in pairwise(recent) if a != b)


def _lifecycle(
    pages: tuple[PageHistory, ...], gone: tuple[str, ...], settings: DiffSettings
) -> tuple[list[Change], list[Problem], tuple[str, ...]]:
    changes, problems = [], []
    # Pages not passed this run keep their mark, so they are not announced twice.
    still = [url for url in gone if url not in {p.url for p in pages}]
    for page in pages:
        found = page_lifecycle(page, reported=page.url in gone, gone_after=settings.gone_after)
        changes += [found.change] if found.change else []
        problems += [found.problem] if found.problem else []
        still += [page.url] if found.reported else []
    return changes, problems, tuple(still)


def _result(
    changes: list[Change],
    problems: list[Problem],
    state: ProgramState,
    verdict: str,
    *,
    pending: list[Change] | None = None,
) -> DiffResult:
    return DiffResult(tuple(changes), tuple(problems), state, verdict, tuple(pending or ()))
