"""Reads for auditing an article: each program's facts as of a date, and its change history.

"As of" a date means what the last run with ``as_of <= date`` observed: the version its
observation points at. Without a date, the latest run's observation. Every function takes
the sqlite-utils ``Database`` first and returns plain dicts with JSON decoded.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from db.diffs import decoded


def tracked_programs(db: Database) -> list[dict[str, Any]]:
    """Every program the database knows: slug, provider and name."""
    if not db.table("programs").exists():
        return []
    return list(db.query("select slug, provider, name from programs order by slug"))


def facts_as_of(db: Database, as_of: str | None = None) -> dict[str, dict]:
    """slug -> facts of the version current at the last run with ``as_of <= as_of``."""
    rows = db.query(
        """
        select o.program_slug, v.facts
        from observations o
        join runs r on r.id = o.run_id
        join program_versions v on v.id = o.version_id
        where :as_of is null or r.as_of <= :as_of
        order by r.as_of, r.id
        """,
        {"as_of": as_of},
    )
    # Later runs come last, so each program ends up with its latest observed version.
    return {row["program_slug"]: json.loads(row["facts"]) for row in rows}


def change_history(db: Database, as_of: str | None = None) -> dict[str, list[dict]]:
    """slug -> its recorded changes of runs with ``as_of <= as_of``, oldest first, each with
    ``field``, ``kind``, ``old``, ``new`` (comparable forms), ``summary`` and the run's
    ``as_of``. Page lifecycle events (a page appearing, moving) are left out."""
    rows = db.query(
        """
        select c.program_slug, c.field, c.kind, c.old, c.new, c.summary, r.as_of
        from changes c join runs r on r.id = c.run_id
        where c.field != 'lifecycle' and (:as_of is null or r.as_of <= :as_of)
        order by r.as_of, c.run_id, c.id
        """,
        {"as_of": as_of},
    )
    out: dict[str, list[dict]] = {}
    for row in rows:
        slug = row.pop("program_slug")
        out.setdefault(slug, []).append(decoded(row))
    return out


def audit_inputs(
    db: Database, as_of: str | None = None
) -> tuple[list[dict], dict[str, dict], dict[str, list[dict]]]:
    """What :func:`tracker.audit.verdicts.audit_text` needs: programs, facts and history as of."""
    return tracked_programs(db), facts_as_of(db, as_of), change_history(db, as_of)
