"""The differ's side of the database: what a run observed, and the changes, problems and
state the differ stores for it. Reads of changes decode them with :func:`decoded`.

tracker.run.detect turns these plain rows into tracker.diff.decide's dataclasses and back; the SQL
and the row shapes live here. Storing a run's diff again adds nothing: a change's id is
a hash of what it says, a problem open since an earlier run is extended once per run, and
a state row is kept only when the state moved.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from db.clock import stamp
from db.store import insert_row


def observations(db: Database, run_id: int) -> list[dict[str, Any]]:
    """What run ``run_id`` observed of each program, with the program's ``provider``, by
    slug. Read fully, so the caller can write while going through them (writing under an
    open cursor locks)."""
    sql = """
        select o.*, p.provider from observations o join programs p on p.slug = o.program_slug
        where o.run_id = ? order by o.program_slug
    """
    return list(db.query(sql, [run_id]))


def page_fetches(
    db: Database, slug: str, run_id: int, depth: int
) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each page of ``slug`` with its last ``depth`` fetches up to run ``run_id``, oldest
    first: ``[(url, [{"outcome", "status", "final_url"}])]``."""
    out = []
    for page in db.query("select id, url from pages where program_slug = ? order by id", [slug]):
        rows = db.query(
            "select outcome, status, final_url from fetches"
            " where page_id = ? and run_id <= ? order by run_id desc limit ?",
            [page["id"], run_id, depth],
        )
        out.append((page["url"], list(rows)[::-1]))
    return out


def state_before(db: Database, slug: str, run_id: int) -> dict[str, Any] | None:
    """The differ's state of ``slug`` as the latest run before ``run_id`` left it, or None."""
    row = next(
        db.query(
            "select state from differ_state where program_slug = ? and run_id < ?"
            " order by run_id desc limit 1",
            [slug, run_id],
        ),
        None,
    )
    return json.loads(row["state"]) if row else None


def record_diff(
    db: Database,
    run_id: int,
    slug: str,
    changes: Iterable[Mapping[str, Any]],
    problems: Iterable[Mapping[str, Any]],
    state: Mapping[str, Any] | None,
) -> list[dict[str, Any]]:
    """Store the differ's verdict on one program in run ``run_id``, in one transaction.

    ``changes`` and ``problems`` are tracker.diff.decide's Change and Problem as dicts; ``state``
    is its ProgramState as a dict, or None when the run left the state as it was. Returns
    the stored change rows (a change stored before keeps its first detection time)."""
    with db.atomic():
        stored = [_store_change(db, run_id, slug, change) for change in changes]
        _store_problems(db, run_id, slug, problems)
        _store_state(db, run_id, slug, state)
    return stored


def mark_diffed(db: Database, run_id: int, changes: int) -> None:
    """Note that run ``run_id`` was diffed, and how many changes it has."""
    with db.atomic():
        db.table("runs").update(run_id, {"diffed_at": stamp(), "changes": changes})


def decoded(change: Mapping[str, Any]) -> dict[str, Any]:
    """A row of ``changes`` with ``old`` and ``new`` read back from the JSON stored here."""
    return {**change, "old": _json(change["old"]), "new": _json(change["new"])}


def _json(text: str | None) -> Any:
    return json.loads(text) if text else None


def _store_state(db: Database, run_id: int, slug: str, state: Mapping[str, Any] | None) -> None:
    """Keep a state row only when the state moved, so an unchanged run writes nothing.

    Plain SQL, as every write the differ makes per program (see db.store.insert_row)."""
    if state is None:
        db.execute("delete from differ_state where program_slug = ? and run_id = ?", [slug, run_id])
        return
    blob = json.dumps(state, sort_keys=True)
    db.execute(
        "insert into differ_state (program_slug, run_id, state, state_hash) values (?, ?, ?, ?)"
        " on conflict (program_slug, run_id) do update set state = excluded.state,"
        " state_hash = excluded.state_hash",
        [slug, run_id, blob, hashlib.sha1(blob.encode()).hexdigest()],
    )


def _store_change(
    db: Database, run_id: int, slug: str, change: Mapping[str, Any]
) -> dict[str, Any]:
    old, new = json.dumps(change["old"], sort_keys=True), json.dumps(change["new"], sort_keys=True)
    key = json.dumps([run_id, slug, change["field"], change["kind"], old, new])
    source = change["new_source"] or change["old_source"] or {}
    old_body, new_body = _evidence_bodies(db, run_id, slug, source.get("url"))
    row = {
        "id": hashlib.sha1(key.encode()).hexdigest(),
        "run_id": run_id,
        "program_slug": slug,
        "field": change["field"],
        "kind": change["kind"],
        "old": old,
        "new": new,
        "summary": change["summary"],
        "severity": change["severity"],
        "detected_at": stamp(),
        "page_url": source.get("url"),
        "old_snippet": (change["old_source"] or {}).get("snippet"),
        "new_snippet": (change["new_source"] or {}).get("snippet"),
        "old_body_hash": old_body,
        "new_body_hash": new_body,
    }
    existing = next(db.query("select * from changes where id = ?", [row["id"]]), None)
    if existing:
        return existing  # re-diffing a run: keep the first detection time
    insert_row(db, "changes", row)
    return row


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


def _store_problems(
    db: Database, run_id: int, slug: str, problems: Iterable[Mapping[str, Any]]
) -> None:
    """Open new problems, extend ongoing ones, resolve the ones this run no longer has."""
    open_rows = {
        (row["kind"], row["field"]): row
        for row in db.query(
            "select * from problems where program_slug = ? and resolved_run_id is null", [slug]
        )
    }
    seen = set()
    for problem in problems:
        key = (problem["kind"], problem["field"])
        seen.add(key)
        row = open_rows.get(key)
        if row is None:
            db.table("problems").insert(
                {"program_slug": slug, "kind": problem["kind"], "field": problem["field"],
                 "detail": problem["detail"], "first_run_id": run_id, "last_run_id": run_id,
                 "runs": 1},
            )  # fmt: skip
        elif row["last_run_id"] < run_id:
            db.table("problems").update(
                row["id"],
                {"detail": problem["detail"], "last_run_id": run_id, "runs": row["runs"] + 1},
            )
    for key, row in open_rows.items():
        if key not in seen and row["last_run_id"] < run_id:
            db.table("problems").update(row["id"], {"resolved_run_id": run_id})
