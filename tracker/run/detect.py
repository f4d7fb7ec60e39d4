"""Run the differ over one crawl run: read state and observations, store what changed.

The decisions are tracker.diff.decide's (pure) and the SQL is db.diffs'; this module joins them:
rows in, tracker.diff.decide's dataclasses through the differ, rows out. Running it twice for
the same run changes nothing: changes have deterministic ids, and each run's differ state
is computed from the state before that run.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlite_utils import Database

from db import diffs
from db.queries import run_by_id, version_facts
from tracker.diff.decide import (
    DiffSettings,
    Fetch,
    Observation,
    PageHistory,
    Problem,
    ProgramState,
    diff_program,
)


@dataclass
class RunDiff:
    run_id: int
    changes: list[dict[str, Any]]  # the stored rows
    problems: dict[str, list[Problem]]  # per program


def diff_settings(settings: Any) -> DiffSettings:
    """The change-detection part of the config's settings block (config.schema.Settings)."""
    return DiffSettings(
        settings.confirm_runs, settings.flap_window, settings.flap_changes, settings.gone_after
    )


def diff_run(db: Database, run_id: int, settings: DiffSettings = DiffSettings()) -> RunDiff:  # noqa: B008
    """Diff every program the run observed against its confirmed state; store the result."""
    run = run_by_id(db, run_id)
    if run is None:
        raise LookupError(f"no run {run_id}")
    today = date.fromisoformat(run["as_of"])
    stored: list[dict[str, Any]] = []
    problems: dict[str, list[Problem]] = {}
    for obs in diffs.observations(db, run_id):
        slug = obs["program_slug"]
        observation = Observation(
            outcome=obs["outcome"],
            facts=version_facts(db, obs["version_id"]) if obs["outcome"] != "failed" else None,
            pages=_page_histories(db, slug, run_id, settings.gone_after),
        )
        previous = _state_before(db, slug, run_id)
        result = diff_program(
            f"{obs['provider']}", previous, observation, today=today, settings=settings
        )
        stored += diffs.record_diff(
            db, run_id, slug,
            [_row(change) for change in result.changes],
            [_row(problem) for problem in result.problems],
            None if result.state == previous else _row(result.state),
        )  # fmt: skip
        problems[slug] = list(result.problems)
    diffs.mark_diffed(db, run_id, len(stored))
    return RunDiff(run_id, stored, problems)


def _row(record: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict, for storing as JSON. Not ``dataclasses.asdict``: it
    deep-copies every value, the confirmed facts included, which was half the differ's
    time; the values are plain data, written out at once."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _page_histories(db: Database, slug: str, run_id: int, depth: int) -> tuple[PageHistory, ...]:
    """Each page's last ``depth`` fetches up to this run, oldest first."""
    return tuple(
        PageHistory(url, tuple(Fetch(**fetch) for fetch in fetches))
        for url, fetches in diffs.page_fetches(db, slug, run_id, depth)
    )


def _state_before(db: Database, slug: str, run_id: int) -> ProgramState:
    state = diffs.state_before(db, slug, run_id)
    return ProgramState.from_dict(state) if state is not None else ProgramState(None)
