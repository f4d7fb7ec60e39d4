"""Put a run's alerts in the outbox, then send what is due: the alerting half of a run.

:func:`enqueue_runs` writes every target's digest and health note for each diffed run
not alerted yet, and marks the run alerted, in one transaction. :func:`deliver` sends
due outbox rows one by one and marks each sent right after its target accepted it.
Both hold ``<db>.alerts.lock``, so the scheduler and ``bootwatch alerts --retry`` never
send the same row at once. A manual ``bootwatch crawl`` queues only (:func:`queue_alerts`):
what it found waits in the outbox for ``bootwatch alerts --retry`` or the scheduler.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import outbox
from db.history import report_data
from db.queries import run_by_id
from tracker.alerts import digest
from tracker.alerts.targets import Target
from tracker.run.lock import run_lock

log = logging.getLogger(__name__)


@dataclass
class Delivery:
    sent: list[dict[str, Any]] = field(default_factory=list)  # outbox rows
    failed: list[dict[str, Any]] = field(default_factory=list)  # rows after the failed try


def alerts_lock(db_path: Path, wait: float = 120.0) -> Any:
    """The lock that serialises sending (a second file, so a crawl does not block it)."""
    return run_lock(Path(f"{db_path}.alerts"), wait=wait)


def messages_for_run(
    db: Database, run: dict[str, Any], data: dict[str, Any] | None, target: Target
) -> list[dict[str, Any]]:
    """The outbox rows (without ids) of one run for one target: its digest, its health
    note and, for a crawl that failed as a whole, a failure note. ``data`` is the run's
    db.history.report_data (None when the run was not diffed)."""
    run_id = run["id"]
    found: list[tuple[str, str, tuple[str, str] | None]] = []
    if data is not None:
        found.append(("digest", f"run:{run_id}", digest.digest(data, target)))
        problems = outbox.problems_opened_or_resolved(db, run_id)
        health = digest.health_message(problems, run_id, target)
        found.append(("health", f"health:{run_id}", health))
    if run["status"] == "failed" and target.health:
        found.append(("health", f"failed:{run_id}", digest.failed_run_message(run)))
    return [
        {"target_id": target.id, "target": target.redacted, "key": key, "kind": kind,
         "run_id": run_id, "title": message[0], "body": message[1]}
        for kind, key, message in found
        if message is not None
    ]  # fmt: skip


def enqueue_runs(
    db: Database, targets: Sequence[Target], *, now: datetime, runs: Sequence[int] | None = None
) -> int:
    """Queue the alerts of every run waiting for them (db.outbox.runs_to_alert), or of
    ``runs``; each run's rows and its "alerted" mark commit together. Returns rows added."""
    added = 0
    for run_id in outbox.runs_to_alert(db) if runs is None else runs:
        run = run_by_id(db, run_id)
        if run is None:
            raise LookupError(f"no run {run_id}")
        data = report_data(db, run_id=run_id) if run["diffed_at"] and targets else None
        rows = [row for target in targets for row in messages_for_run(db, run, data, target)]
        added += outbox.enqueue_run(db, run_id, rows, now=now)
    return added


def queue_alerts(db: Database, db_path: Path, targets: Sequence[Target]) -> int:
    """:func:`enqueue_runs` under the alerts lock, as a scheduled run does before it sends:
    a manual crawl's alerts are queued, and sent by whoever sends next. Returns rows added."""
    with alerts_lock(db_path):
        return enqueue_runs(db, targets, now=datetime.now(timezone.utc))


def deliver(
    db: Database,
    targets: Sequence[Target],
    *,
    now: datetime,
    retry_seconds: float,
    max_attempts: int,
    force: bool = False,
) -> Delivery:
    """Send every due outbox row whose target is configured; one failing target is logged
    and retried later, the others go on. Rows of targets no longer configured wait (their
    URL is not stored, so they cannot be sent) and show in ``bootwatch alerts``."""
    by_id = {t.id: t for t in targets}
    result = Delivery()
    down: set[str] = set()  # failed in this pass: its later rows wait, keeping their order
    for row in outbox.due(db, now=now, force=force):
        target = by_id.get(row["target_id"])
        if target is None or target.id in down:
            continue
        error = target.send(row["title"], row["body"])
        if error is None:
            outbox.mark_sent(db, row["id"], now=now)  # right after the send: no duplicate
            result.sent.append(row)
            continue
        updated = outbox.mark_failed(
            db, row, error, now=now, retry_seconds=retry_seconds, max_attempts=max_attempts
        )
        log.warning(
            "alert %s to %s failed (attempt %d, %s): %s",
            row["key"], target.redacted, updated["attempts"],
            f"retry after {updated['next_attempt_at']}" if updated["status"] == "pending"
            else "gave up", error,
        )  # fmt: skip
        result.failed.append(updated)
        down.add(target.id)
    return result
