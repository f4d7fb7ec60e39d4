"""The alert outbox: every alert is a row before it is sent, and "sent" only after.

Delivery is at-least-once at the transport and exactly-once in the outbox: a row is
written (``pending``) in the same transaction that marks its run alerted, sent, then
marked ``sent`` in its own transaction right after the target accepted it. A process
that dies before sending leaves it ``pending`` for the next run; one that dies between
the send and the mark may send it once more (the only window for a duplicate). Rows are
unique per (target, key), so enqueueing the same run twice adds nothing.

Rows name their target by ``target_id`` (a hash of the URL) and a redacted URL only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from db.clock import stamp

#: Retry delays double from settings.alert_retry_seconds up to this.
MAX_RETRY_DELAY = timedelta(hours=6)


def enqueue(db: Database, rows: Iterable[dict[str, Any]], *, now: datetime) -> int:
    """Add alerts as ``pending``, due now; a (target_id, key) already there is kept as is.

    Each row needs target_id, target, key, kind, title, body (run_id optional). Returns
    rows added."""
    added = 0
    for row in rows:
        cursor = db.execute(
            """
            insert or ignore into outbox
              (target_id, target, key, kind, run_id, title, body, status, attempts,
               created_at, next_attempt_at)
            values (:target_id, :target, :key, :kind, :run_id, :title, :body, 'pending', 0,
                    :now, :now)
            """,
            {"run_id": None, **row, "now": stamp(now)},
        )
        added += cursor.rowcount
    return added


def enqueue_run(db: Database, run_id: int, rows: Iterable[dict[str, Any]], *, now: datetime) -> int:
    """:func:`enqueue` run ``run_id``'s alerts and mark the run alerted, in one transaction:
    a run is never alerted without its rows, nor queued twice. Returns rows added."""
    with db.atomic():
        added = enqueue(db, rows, now=now)
        db.table("runs").update(run_id, {"alerted_at": stamp(now)})
    return added


def due(db: Database, *, now: datetime, force: bool = False) -> list[dict[str, Any]]:
    """Pending alerts whose next attempt is due, oldest first; with ``force``, every
    pending or failed one whatever its time."""
    if force:
        sql = "select * from outbox where status in ('pending', 'failed') order by id"
        return list(db.query(sql))
    sql = "select * from outbox where status = 'pending' and next_attempt_at <= ? order by id"
    return list(db.query(sql, [stamp(now)]))


def mark_sent(db: Database, alert_id: int, *, now: datetime) -> None:
    with db.atomic():
        db.execute(
            "update outbox set status = 'sent', attempts = attempts + 1, sent_at = ?,"
            " next_attempt_at = null where id = ?",
            [stamp(now), alert_id],
        )


def mark_failed(
    db: Database,
    alert: dict[str, Any],
    error: str,
    *,
    now: datetime,
    retry_seconds: float,
    max_attempts: int,
) -> dict[str, Any]:
    """Count a failed attempt: retry after ``retry_seconds * 2**(attempts-1)`` (at most
    six hours), or give up (``failed``) after ``max_attempts``. Returns the new row."""
    attempts = alert["attempts"] + 1
    delay = min(timedelta(seconds=retry_seconds * 2 ** (attempts - 1)), MAX_RETRY_DELAY)
    status = "failed" if attempts >= max_attempts else "pending"
    with db.atomic():
        db.table("outbox").update(
            alert["id"],
            {"status": status, "attempts": attempts, "last_error": error[:500],
             "next_attempt_at": stamp(now + delay) if status == "pending" else None},
        )  # fmt: skip
    return db.table("outbox").get(alert["id"])


def open_alerts(db: Database) -> list[dict[str, Any]]:
    """Pending and failed alerts, for ``bootwatch alerts``."""
    sql = (
        "select id, target, kind, run_id, title, status, attempts, last_error, created_at,"
        " next_attempt_at from outbox where status != 'sent' order by id"
    )
    return list(db.query(sql))


def runs_to_alert(db: Database) -> list[int]:
    """Diffed (or failed) runs whose alerts are not in the outbox yet, oldest first.

    Only runs after the last alerted one count; on first use, only the latest diffed run,
    so turning alerts on does not replay a database's whole history."""
    rows = db.execute(
        """
        select id from runs
        where (diffed_at is not null or status = 'failed') and alerted_at is null
          and id > coalesce((select max(id) from runs where alerted_at is not null),
                            (select max(id) from runs
                             where diffed_at is not null or status = 'failed') - 1)
        order by id
        """
    ).fetchall()
    return [row[0] for row in rows]


def problems_opened_or_resolved(db: Database, run_id: int) -> list[dict[str, Any]]:
    """Health problems that ``run_id`` opened or resolved, with the program's provider."""
    sql = """
        select pr.*, p.provider from problems pr left join programs p on p.slug = pr.program_slug
        where pr.first_run_id = :run or pr.resolved_run_id = :run
        order by pr.program_slug, pr.kind, pr.field
    """
    return list(db.query(sql, {"run": run_id}))
