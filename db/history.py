"""Reads for reports and history: which changes, which problems, how a program moved.

Every function takes the sqlite-utils ``Database`` first, uses parameters for anything a
user typed, and returns plain dicts with JSON columns decoded. A name the database does
not know (a run, a program, a field) raises :class:`NotFound` with a one-line message.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from sqlite_utils import Database

from config.checks import unknown_program
from db.diffs import decoded
from tracker.facts import FIELDS, PROVENANCE_KEYS, comparable, without


class NotFound(LookupError):
    """The user asked for a run, program or field the database does not have."""


def select_changes(
    db: Database, *, since: str | None = None, run_id: int | None = None, program: str | None = None
) -> list[dict[str, Any]]:
    """Changes of runs with ``as_of >= since``, of run ``run_id``, of ``program``, combined.

    Without ``since`` and ``run_id`` the latest run's changes are returned. Each row has
    the ``changes`` columns (``old``/``new`` decoded) plus the run's ``as_of`` and the
    program's ``provider`` and ``name``, ordered by run, program, severity, field.
    """
    where: list[str] = ["1 = 1"]
    params: dict[str, Any] = {}
    if since is not None:
        where.append("r.as_of >= :since")
        params["since"] = since
    if run_id is not None:
        _require_run(db, run_id)
        where.append("c.run_id = :run")
        params["run"] = run_id
    if since is None and run_id is None:
        where.append("c.run_id = :run")
        params["run"] = _latest_run_id(db)
    if program is not None:
        _require_program(db, program)
        where.append("c.program_slug = :program")
        params["program"] = program
    rows = db.query(
        f"""
        select c.*, r.as_of, p.provider, p.name
        from changes c join runs r on r.id = c.run_id
        left join programs p on p.slug = c.program_slug
        where {" and ".join(where)}
        order by c.run_id, c.program_slug,
                 case c.severity when 'high' then 0 when 'medium' then 1 when 'low' then 2
                                 else 3 end,
                 c.field, c.summary
        """,
        params,
    )
    return [decoded(row) for row in rows]


def open_problems(db: Database, program: str | None = None) -> list[dict[str, Any]]:
    """Unresolved health problems, each with its program's provider and since-when."""
    rows = db.query(
        """
        select pr.*, p.provider, p.name, r.as_of as first_as_of
        from problems pr left join programs p on p.slug = pr.program_slug
        left join runs r on r.id = pr.first_run_id
        where pr.resolved_run_id is null
          and (:program is null or pr.program_slug = :program)
        order by pr.program_slug, pr.kind, pr.field
        """,
        {"program": program},
    )
    return list(rows)


def program_timelines(db: Database, program: str | None = None) -> list[dict[str, Any]]:
    """Per program, each version's price range and cohort starts with its run's ``as_of``.

    ``{"slug", "provider", "name", "last_as_of", "points": [{"version", "run_id", "as_of",
    "price_min", "price_max", "price_period", "currency", "start_dates": ["2022-11-14",
    ...]}]}``, where ``last_as_of`` is the latest run that observed the program (the charts'
    right edge).
    """
    starts: dict[int, list[str]] = {}
    for row in db.query(
        """
        select v.id, json_extract(c.value, '$.start') as start
        from program_versions v, json_each(v.facts, '$.start_dates') c
        order by start
        """
    ):
        if row["start"]:
            starts.setdefault(row["id"], []).append(row["start"])
    out = []
    for p in db.query(
        """
        select p.slug, p.provider, p.name,
               (select max(r.as_of) from observations o join runs r on r.id = o.run_id
                where o.program_slug = p.slug) as last_as_of
        from programs p where (:program is null or p.slug = :program) order by p.slug
        """,
        {"program": program},
    ):
        points = db.query(
            """
            select v.id, v.version, v.run_id, r.as_of, v.price_min, v.price_max,
                   v.price_period, v.currency
            from program_versions v join runs r on r.id = v.run_id
            where v.program_slug = ? order by v.version
            """,
            [p["slug"]],
        )
        p["points"] = [
            {k: v for k, v in pt.items() if k != "id"} | {"start_dates": starts.get(pt["id"], [])}
            for pt in points
        ]
        out.append(p)
    return out


def field_history(db: Database, program: str, field: str) -> list[dict[str, Any]]:
    """Each version's value of ``field`` (without source and raw text), oldest first.

    ``[{"version", "run_id", "as_of", "created_at", "value", "changed"}]``; ``changed``
    says whether the value differs from the version before as the differ sees it
    (a relabelled price is not a change); it is true for the first version.
    """
    _require_program(db, program)
    if field not in FIELDS:
        close = difflib.get_close_matches(field, FIELDS, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise NotFound(f"unknown field {field!r}; {hint}choose from: {', '.join(FIELDS)}")
    out: list[dict[str, Any]] = []
    for row in db.query(
        """
        select v.version, v.run_id, r.as_of, v.created_at, v.facts
        from program_versions v join runs r on r.id = v.run_id
        where v.program_slug = ? order by v.version
        """,
        [program],
    ):
        value = without(json.loads(row.pop("facts")).get(field), PROVENANCE_KEYS)
        value = None if value in ([], {}) else value
        changed = not out or comparable(out[-1]["value"]) != comparable(value)
        out.append({**row, "value": value, "changed": changed})
    return out


def report_data(
    db: Database, *, since: str | None = None, run_id: int | None = None, program: str | None = None
) -> dict[str, Any]:
    """Everything a report shows: ``{"scope", "changes", "problems", "timelines"}``.

    ``scope`` is ``{"since", "run_id", "program", "runs": [{"id", "as_of", "status"}]}``,
    the runs selected (for ``since``: every run from that date, with changes or not).
    """
    changes = select_changes(db, since=since, run_id=run_id, program=program)
    if since is not None:
        runs = db.query(
            "select id, as_of, status from runs where as_of >= :since"
            " and (:run is null or id = :run) order by id",
            {"since": since, "run": run_id},
        )
    else:
        runs = db.query(
            "select id, as_of, status from runs where id = ?", [run_id or _latest_run_id(db)]
        )
    return {
        "scope": {"since": since, "run_id": run_id, "program": program, "runs": list(runs)},
        "changes": changes,
        "problems": open_problems(db, program),
        "timelines": program_timelines(db, program),
    }


def _latest_run_id(db: Database) -> int:
    row = db.execute("select max(id) from runs").fetchone() if db.table("runs").exists() else None
    if not row or row[0] is None:
        raise NotFound("no runs in the database; run `bootwatch crawl` first")
    return row[0]


def _require_run(db: Database, run_id: int) -> None:
    if not db.execute("select 1 from runs where id = ?", [run_id]).fetchone():
        raise NotFound(f"no run {run_id} in the database")


def _require_program(db: Database, slug: str) -> None:
    if not db.execute("select 1 from programs where slug = ?", [slug]).fetchone():
        known = [r[0] for r in db.execute("select slug from programs")]
        raise NotFound(unknown_program(slug, known))
