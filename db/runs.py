"""Runs: the row that opens a crawl, closes it with its counts, or marks it interrupted.

Whoever owns a crawl (tracker.run.crawl, or the spider's pipeline when Scrapy runs alone) opens
its run here before any program is stored (db.store) and closes it after, with counts
computed from what was actually stored. A run left ``running`` by a process that died is
found and closed on the next start.
"""

from __future__ import annotations

import os
from datetime import date

from sqlite_utils import Database

from db.clock import stamp


def start_run(db: Database, *, as_of: date, config_path: str, programs: int) -> int:
    """Record a new run as ``running`` and return its id."""
    with db.atomic():
        table = db.table("runs").insert(
            {
                "started_at": stamp(),
                "as_of": as_of.isoformat(),
                "status": "running",
                "pid": os.getpid(),
                "config_path": config_path,
                "programs": programs,
            }
        )
    assert table.last_pk is not None  # insert() has just set it
    return int(table.last_pk)


def finish_run(db: Database, run_id: int, *, status: str, error: str | None = None) -> dict:
    """Close a run with its counts, computed from what was actually stored."""
    counts = next(
        db.query(
            """
            select
              (select count(*) from observations where run_id = :r and outcome != 'failed')
                as programs_ok,
              (select count(*) from observations where run_id = :r and outcome = 'failed')
                as programs_failed,
              (select count(*) from fetches where run_id = :r and outcome = 'ok')
                as pages_fetched,
              (select count(*) from fetches where run_id = :r and outcome = 'not_modified')
                as pages_not_modified,
              (select count(*) from fetches where run_id = :r
                 and outcome not in ('ok', 'not_modified')) as pages_failed
            """,
            {"r": run_id},
        )
    )
    with db.atomic():
        db.table("runs").update(
            run_id, {**counts, "status": status, "error": error, "finished_at": stamp()}
        )
    return db.table("runs").get(run_id)


def mark_interrupted_runs(db: Database) -> list[int]:
    """Mark runs left ``running`` by a process that no longer exists as ``interrupted``.

    Their observations are whole (each program commits atomically); only the run row was
    never closed."""
    stale = [
        row["id"]
        for row in db.query("select id, pid from runs where status = 'running'")
        if not _process_alive(row["pid"])
    ]
    for run_id in stale:
        finish_run(db, run_id, status="interrupted", error="the crawl process died")
    return stale


def _process_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
