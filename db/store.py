"""Storing what a crawl observed of a program: its fetches, page bodies and versions.

The spider's pipeline writes here once per program (record_program), and reads back what a
re-crawl needs (page_states, page_validators). Opening the database is db.connect's job,
and the run a crawl belongs to is db.runs'. Every function takes the sqlite-utils
``Database`` first. Writes that belong together run in one ``db.atomic()`` block, so a crash
leaves either all of a program's observation for a run or none of it, and never half.
One module because those writes are one transaction: every statement a program's
observation makes is here, in the order it runs, where a reader can check that nothing
escapes the ``atomic()`` block.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from db.bodies import PackedBody, pack_body, unpack_body
from db.clock import stamp
from db.columns import flat_columns
from tracker.facts import Facts, facts_hash


def sync_programs(db: Database, programs: Iterable[Mapping[str, Any]]) -> None:
    """Insert or update the configured programs (slug, provider, name, urls)."""
    rows = [(p["slug"], p["provider"], p["name"], json.dumps(list(p["urls"]))) for p in programs]
    with db.atomic():  # one statement for all: every crawl syncs every program
        db.conn.executemany(
            """
            insert into programs (slug, provider, name, urls) values (?, ?, ?, ?)
            on conflict (slug) do update set provider = excluded.provider,
              name = excluded.name, urls = excluded.urls
            """,
            rows,
        )


def page_states(db: Database, urls: Iterable[str]) -> dict[str, dict]:
    """The stored state of each known page: validators, latest body hash and facts."""
    urls = list(urls)
    if not urls:
        return {}
    marks = ",".join("?" for _ in urls)
    rows = db.query(
        f"select url, etag, last_modified, body_hash, facts from pages where url in ({marks})",
        urls,
    )
    return {
        row["url"]: {**row, "facts": json.loads(row["facts"]) if row["facts"] else None}
        for row in rows
    }


def page_validators(db: Database, urls: Iterable[str]) -> dict[str, dict]:
    """Validators and body hash of each known page that has facts to reuse: what a crawl
    needs up front, without reading every page's facts (see :func:`page_states`)."""
    wanted = set(urls)
    rows = db.execute(
        "select url, etag, last_modified, body_hash from pages where facts is not null"
    )
    return {
        url: {"etag": etag, "last_modified": modified, "body_hash": body_hash}
        for url, etag, modified, body_hash in rows
        if url in wanted
    }


def record_program(
    db: Database,
    run_id: int,
    slug: str,
    pages: Sequence[Mapping[str, Any]],
    facts: Facts | None,
) -> dict:
    """Store one program's fetches for a run and, if its facts changed, a new version.

    ``pages`` are fetch results (url, status, outcome, error, final_url, etag,
    last_modified, content_type, body, elapsed_ms, fetched_at, facts); ``facts`` the
    merged facts of the program, or None when the run could not observe it (then the
    current version stays current). All in one transaction. Returns the observation row.

    A crawl calls this once per program, so it speaks plain SQL: sqlite-utils' table
    methods re-read the schema on every call, which cost more than the writes themselves.
    """
    with db.atomic():
        previous_bodies: dict[int, str | None] = {}
        for page in pages:
            page_id, old_body = _store_page(db, run_id, slug, page)
            previous_bodies[page_id] = old_body
        current_id = version_id = _current_version_id(db, slug)
        if facts is not None:
            version_id = _store_version(db, run_id, slug, facts, current_id, previous_bodies)
        if version_id is not None and version_id == current_id:
            _slide_evidence(db, slug, version_id, previous_bodies)
        failed = sum(1 for p in pages if p["outcome"] not in ("ok", "not_modified"))
        observation = {
            "run_id": run_id,
            "program_slug": slug,
            "version_id": version_id,
            "outcome": "failed" if facts is None else ("partial" if failed else "ok"),
            "pages_ok": len(pages) - failed,
            "pages_failed": failed,
        }
        db.execute(
            """
            insert into observations
              (run_id, program_slug, version_id, outcome, pages_ok, pages_failed)
            values (:run_id, :program_slug, :version_id, :outcome, :pages_ok, :pages_failed)
            on conflict (run_id, program_slug) do update set version_id = excluded.version_id,
              outcome = excluded.outcome, pages_ok = excluded.pages_ok,
              pages_failed = excluded.pages_failed
            """,
            observation,
        )
        db.execute(
            "update programs set last_run_id = ?, updated_at = ? where slug = ?",
            [run_id, stamp(), slug],
        )
        _prune_bodies(db, [h for h in previous_bodies.values() if h])
    return observation


_FETCH_COLUMNS = ("run_id", "page_id", "status", "outcome", "error", "final_url", "etag",
                  "last_modified", "body_hash", "elapsed_ms", "fetched_at")  # fmt: skip
_INSERT_FETCH = (
    f"insert into fetches ({', '.join(_FETCH_COLUMNS)}) "
    f"values ({', '.join(':' + c for c in _FETCH_COLUMNS)})"
)


def _store_page(db: Database, run_id: int, slug: str, page: Mapping[str, Any]) -> tuple:
    """Insert the fetch row, update the page's latest state; return (page_id, old body)."""
    url = page["url"]
    row = db.execute("select id, body_hash, failures from pages where url = ?", [url]).fetchone()
    if row is None:
        cursor = db.execute(
            "insert into pages (url, program_slug, failures) values (?, ?, 0)", [url, slug]
        )
        row = (cursor.lastrowid, None, 0)
    page_id, stored_hash, failures = row
    body_hash = None
    body = page.get("packed") or page.get("body")
    if body is not None:
        body_hash = store_body(db, body, page.get("content_type"))
    elif page["outcome"] == "not_modified":
        body_hash = stored_hash
    ok = page["outcome"] in ("ok", "not_modified")
    fetched_at = page.get("fetched_at") or stamp()
    fetch = {name: page.get(name) for name in _FETCH_COLUMNS}
    fetch.update(run_id=run_id, page_id=page_id, body_hash=body_hash, fetched_at=fetched_at)
    db.execute(_INSERT_FETCH, fetch)
    update: dict[str, Any] = {
        "last_status": page.get("status"),
        "last_outcome": page["outcome"],
        "last_fetched_at": fetched_at,
        "failures": 0 if ok else (failures or 0) + 1,
    }
    if page["outcome"] == "ok":
        update.update(
            body_hash=body_hash,
            facts=json.dumps(page.get("facts"), sort_keys=True),
            etag=page.get("etag"),
            last_modified=page.get("last_modified"),
        )
    assignments = ", ".join(f"{column} = :{column}" for column in update)
    db.execute(f"update pages set {assignments} where id = :id", {**update, "id": page_id})
    replaced = stored_hash if stored_hash != update.get("body_hash", stored_hash) else None
    return page_id, replaced


def store_body(db: Database, body: bytes | PackedBody, content_type: str | None = None) -> str:
    """Store a body once per distinct content; return its sha1. ``body`` is raw bytes, or
    already packed (the crawl packs bodies in its extraction workers)."""
    packed = body if isinstance(body, PackedBody) else pack_body(body)
    db.execute(
        "insert or ignore into bodies (hash, content, size, content_type) values (?, ?, ?, ?)",
        [packed.digest, packed.content, packed.size, content_type],
    )
    return packed.digest


def load_body(db: Database, digest: str) -> bytes | None:
    """The raw body stored under ``digest``, or None if it was pruned."""
    row = next(db.query("select content from bodies where hash = ?", [digest]), None)
    return unpack_body(row["content"]) if row else None


def _current_version_id(db: Database, slug: str) -> int | None:
    row = db.execute("select current_version_id from programs where slug = ?", [slug]).fetchone()
    if row is None:  # as sqlite-utils' get() did: a program must be synced first
        raise NotFoundError(slug)
    return row[0]


def _store_version(
    db: Database,
    run_id: int,
    slug: str,
    facts: Facts,
    current_id: int | None,
    previous_bodies: Mapping[int, str | None],
) -> int:
    """Add a version when the canonical facts differ from the current one; return the id
    of the version current after this run. A new version keeps the page bodies of both
    sides as evidence: the bodies it was read from, and the ones they replaced."""
    digest = facts_hash(facts)
    if current_id is not None:
        current = db.execute(
            "select facts_hash from program_versions where id = ?", [current_id]
        ).fetchone()
        if current[0] == digest:
            return current_id
    number = (
        1
        + (
            db.execute(
                "select coalesce(max(version), 0) from program_versions where program_slug = ?",
                [slug],
            ).fetchone()[0]
        )
    )
    row = {
        "program_slug": slug,
        "version": number,
        "run_id": run_id,
        "created_at": stamp(),
        "facts_hash": digest,
        "facts": json.dumps(facts, sort_keys=True),
        **flat_columns(facts),
    }
    version_id = insert_row(db, "program_versions", row)
    for item in facts.get("guarantees") or []:
        terms = {"version_id": version_id, "program_slug": slug, "kind": item.get("kind"),
                 "terms": item.get("terms")}  # fmt: skip
        insert_row(db, "guarantee_terms", terms, replace=True)
    pages = db.execute("select id, body_hash from pages where program_slug = ?", [slug])
    for page_id, body_hash in pages.fetchall():
        evidence = [("after", body_hash), ("before", previous_bodies.get(page_id))]
        for role, evidence_hash in evidence:
            if evidence_hash:
                link = {"version_id": version_id, "page_id": page_id, "role": role,
                        "body_hash": evidence_hash}  # fmt: skip
                insert_row(db, "version_bodies", link, replace=True)
    db.execute("update programs set current_version_id = ? where slug = ?", [version_id, slug])
    return version_id


def insert_row(db: Database, table: str, row: dict[str, Any], *, replace: bool = False) -> int:
    """INSERT (OR REPLACE) one row in plain SQL; return its rowid. For writes made once per
    program: sqlite-utils' table methods read the schema again on every call."""
    verb = "insert or replace" if replace else "insert"
    columns = ", ".join(row)
    values = ", ".join(f":{name}" for name in row)
    rowid = db.execute(f"{verb} into {table} ({columns}) values ({values})", row).lastrowid
    assert rowid is not None  # a successful INSERT into a rowid table always sets it
    return rowid


def _slide_evidence(
    db: Database, slug: str, version_id: int, replaced: Mapping[int, str | None]
) -> None:
    """Point the current version's "after" evidence at the page's newest body.

    Facts unchanged but bytes changed (tokens, timestamps, seat counters): the newest body
    shows the current facts as well as the one the version was first read from, so it takes
    that body's place as evidence, in the version and in the changes that cite it, and the
    older copy can go. A page thus keeps one body per version, and a re-crawl in which no
    fact changed stores no extra body however noisy the page is."""
    for page_id, old in replaced.items():
        if not old:
            continue
        new = db.execute("select body_hash from pages where id = ?", [page_id]).fetchone()[0]
        db.execute(
            "update version_bodies set body_hash = ? where version_id = ? and page_id = ?"
            " and role = 'after' and body_hash = ?",
            [new, version_id, page_id, old],
        )
        db.execute(
            "update changes set new_body_hash = ? where program_slug = ? and new_body_hash = ?",
            [new, slug, old],
        )


def _prune_bodies(db: Database, hashes: list[str]) -> None:
    """Delete replaced bodies that no page, version or change points at any more."""
    for digest in hashes:
        db.execute(
            """
            delete from bodies where hash = :h
              and not exists (select 1 from pages where body_hash = :h)
              and not exists (select 1 from version_bodies where body_hash = :h)
              and not exists (select 1 from changes where old_body_hash = :h)
              and not exists (select 1 from changes where new_body_hash = :h)
            """,
            {"h": digest},
        )
