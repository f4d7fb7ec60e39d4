"""Run the differ over one crawl run: read state and observations, store what changed.

The decisions are tracker.diff's (pure); this module is the database edge around them.
Running it twice for the same run changes nothing: changes have deterministic ids, and
each run's differ state is computed from the state before that run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from db.store import now
from tracker.diff import (
    Change,
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
    run = db["runs"].get(run_id)
    today = date.fromisoformat(run["as_of"])
    stored: list[dict[str, Any]] = []
    problems: dict[str, list[Problem]] = {}
    observed = db.query(
        "select * from observations where run_id = ? order by program_slug", [run_id]
    )
    for obs in list(observed):  # read fully first: writing under an open cursor locks
        slug = obs["program_slug"]
        program = db["programs"].get(slug)
        observation = Observation(
            outcome=obs["outcome"],
            facts=_facts(db, obs["version_id"]) if obs["outcome"] != "failed" else None,
            pages=_page_histories(db, slug, run_id, settings.gone_after),
        )
        previous = _state_before(db, slug, run_id)
        result = diff_program(
            f"{program['provider']}", previous, observation, today=today, settings=settings
        )
        with db.atomic():
            stored += [_store_change(db, run_id, slug, change) for change in result.changes]
            _store_problems(db, run_id, slug, result.problems)
            _store_state(db, run_id, slug, previous, result.state)
        problems[slug] = list(result.problems)
    with db.atomic():
        db["runs"].update(run_id, {"diffed_at": now(), "changes": len(stored)})
    return RunDiff(run_id, stored, problems)


def _facts(db: Database, version_id: int | None) -> dict | None:
    if version_id is None:
        return None
    return json.loads(db["program_versions"].get(version_id)["facts"])


def _page_histories(db: Database, slug: str, run_id: int, depth: int) -> tuple[PageHistory, ...]:
    """Each page's last ``depth`` fetches up to this run, oldest first."""
    histories = []
    for page in db.query("select id, url from pages where program_slug = ? order by id", [slug]):
        rows = list(
            db.query(
                "select outcome, status, final_url from fetches"
                " where page_id = ? and run_id <= ? order by run_id desc limit ?",
                [page["id"], run_id, depth],
            )
        )
        fetches = tuple(Fetch(r["outcome"], r["status"], r["final_url"]) for r in reversed(rows))
        histories.append(PageHistory(page["url"], fetches))
    return tuple(histories)


def _state_before(db: Database, slug: str, run_id: int) -> ProgramState:
    row = next(
        db.query(
            "select state from differ_state where program_slug = ? and run_id < ?"
            " order by run_id desc limit 1",
            [slug, run_id],
        ),
        None,
    )
    return ProgramState.from_dict(json.loads(row["state"])) if row else ProgramState(None)


def _store_state(
    db: Database, run_id: int, slug: str, previous: ProgramState, state: ProgramState
) -> None:
    """Keep a state row only when the state moved, so an unchanged run writes nothing."""
    if state == previous:
        db.execute("delete from differ_state where program_slug = ? and run_id = ?", [slug, run_id])
        return
    blob = json.dumps(asdict(state), sort_keys=True)
    db["differ_state"].upsert(
        {"program_slug": slug, "run_id": run_id, "state": blob,
         "state_hash": hashlib.sha1(blob.encode()).hexdigest()},
        pk=("program_slug", "run_id"),
    )  # fmt: skip


def _store_change(db: Database, run_id: int, slug: str, change: Change) -> dict[str, Any]:
    old, new = json.dumps(change.old, sort_keys=True), json.dumps(change.new, sort_keys=True)
    key = json.dumps([run_id, slug, change.field, change.kind, old, new])
    source = change.new_source or change.old_source or {}
    old_body, new_body = _evidence_bodies(db, run_id, slug, source.get("url"))
    row = {
        "id": hashlib.sha1(key.encode()).hexdigest(),
        "run_id": run_id,
        "program_slug": slug,
        "field": change.field,
        "kind": change.kind,
        "old": old,
        "new": new,
        "summary": change.summary,
        "severity": change.severity,
        "detected_at": now(),
        "page_url": source.get("url"),
        "old_snippet": (change.old_source or {}).get("snippet"),
        "new_snippet": (change.new_source or {}).get("snippet"),
        "old_body_hash": old_body,
        "new_body_hash": new_body,
    }
    existing = db["changes"].get(row["id"]) if _exists(db, row["id"]) else None
    if existing:
        return existing  # re-diffing a run: keep the first detection time
    db["changes"].insert(row)
    return row


def _exists(db: Database, change_id: str) -> bool:
    return db.execute("select 1 from changes where id = ?", [change_id]).fetchone() is not None


def _evidence_bodies(
    db: Database, run_id: int, slug: str, url: str | None
) -> tuple[str | None, str | None]:
    """The stored bodies of ``url`` before and after the version this run created."""
    rows = db.query(
        """
        select vb.role, vb.body_hash from version_bodies vb
        join program_versions v on v.id = vb.version_id
        join pages p on p.id = vb.page_id
        where v.program_slug = :slug and v.run_id = :run and p.url = :url
        """,
        {"slug": slug, "run": run_id, "url": url},
    )
    bodies = {row["role"]: row["body_hash"] for row in rows}
    return bodies.get("before"), bodies.get("after")


def _store_problems(db: Database, run_id: int, slug: str, problems: tuple[Problem, ...]) -> None:
    """Open new problems, extend ongoing ones, resolve the ones this run no longer has."""
    open_rows = {
        (row["kind"], row["field"]): row
        for row in db.query(
            "select * from problems where program_slug = ? and resolved_run_id is null", [slug]
        )
    }
    seen = set()
    for problem in problems:
        key = (problem.kind, problem.field)
        seen.add(key)
        row = open_rows.get(key)
        if row is None:
            db["problems"].insert(
                {"program_slug": slug, "kind": problem.kind, "field": problem.field,
                 "detail": problem.detail, "first_run_id": run_id, "last_run_id": run_id,
                 "runs": 1},
            )  # fmt: skip
        elif row["last_run_id"] < run_id:
            db["problems"].update(
                row["id"],
                {"detail": problem.detail, "last_run_id": run_id, "runs": row["runs"] + 1},
            )
    for key, row in open_rows.items():
        if key not in seen and row["last_run_id"] < run_id:
            db["problems"].update(row["id"], {"resolved_run_id": run_id})
