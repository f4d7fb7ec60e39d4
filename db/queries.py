"""Reads from the bootwatch database, for the command line, reports and the differ.

Every function takes the sqlite-utils ``Database`` first, uses parameters for anything a
user typed, and returns plain dicts.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from tracker.facts import Facts


def program_rows(db: Database) -> list[dict[str, Any]]:
    """Every known program with its current version and last run outcome."""
    if not db.table("programs").exists():
        return []
    return list(
        db.query(
            """
            select p.slug, p.provider, p.name, p.urls, v.version, v.created_at as changed_at,
                   o.outcome as last_outcome, p.last_run_id
            from programs p
            left join program_versions v on v.id = p.current_version_id
            left join observations o on o.run_id = p.last_run_id and o.program_slug = p.slug
            order by p.slug
            """
        )
    )


def current_facts(db: Database, slug: str) -> dict[str, Any] | None:
    """The program's current version with its facts decoded, or None if never observed."""
    row = next(
        db.query(
            """
            select v.id, v.version, v.run_id, r.as_of, v.created_at, v.facts, p.last_run_id
            from programs p join program_versions v on v.id = p.current_version_id
            join runs r on r.id = v.run_id
            where p.slug = ?
            """,
            [slug],
        ),
        None,
    )
    if row is None:
        return None
    return {**row, "facts": json.loads(row["facts"])}


def run_programs(db: Database, run_id: int) -> list[dict[str, Any]]:
    """What a run observed per program: outcome, version, and its failed fetches."""
    observed = {
        row["program_slug"]: row
        for row in db.query("select * from observations where run_id = ?", [run_id])
    }
    failures: dict[str, list[dict]] = {}
    for row in db.query(
        """
        select p.program_slug, p.url, f.outcome, f.status, f.error
        from fetches f join pages p on p.id = f.page_id
        where f.run_id = ? and f.outcome not in ('ok', 'not_modified')
        order by f.id
        """,
        [run_id],
    ):
        failures.setdefault(row.pop("program_slug"), []).append(row)
    out = []
    for slug in sorted(set(observed) | set(failures)):
        row = observed.get(slug, {"outcome": "not observed", "version_id": None})
        out.append(
            {
                "slug": slug,
                "outcome": row["outcome"],
                "facts": version_facts(db, row["version_id"]),
                "failures": failures.get(slug, []),
            }
        )
    return out


def version_facts(db: Database, version_id: int | None) -> Facts | None:
    """The facts of program version ``version_id``, decoded; None for no version."""
    if version_id is None:
        return None
    row = db.execute("select facts from program_versions where id = ?", [version_id]).fetchone()
    if row is None:  # as sqlite-utils' get() did: a version that is not there is a bug
        raise LookupError(f"no program version {version_id}")
    return json.loads(row[0])


def programs_observed(db: Database, run_id: int) -> int:
    """How many programs run ``run_id`` has stored so far: a crawl's progress."""
    return db.execute("select count(*) from observations where run_id = ?", [run_id]).fetchone()[0]


def run_by_id(db: Database, run_id: int) -> dict[str, Any] | None:
    """Run ``run_id``'s row, or None when the database has no such run."""
    return next(db.query("select * from runs where id = ?", [run_id]), None)


def latest_run(db: Database) -> dict[str, Any] | None:
    """The most recent run, or None before the first crawl."""
    if not db.table("runs").exists():
        return None
    return next(db.query("select * from runs order by id desc limit 1"), None)


def body_hashes(db: Database, prefix: str) -> list[str]:
    """Stored bodies whose sha1 begins with ``prefix`` (reports show ten characters), at
    most two: one is the body, two mean the prefix is too short."""
    rows = db.execute(
        "select hash from bodies where hash >= ? and hash < ? order by hash limit 2",
        [prefix, prefix + "g"],  # hex digits sort before "g": the range of the prefix
    )
    return [row[0] for row in rows]
