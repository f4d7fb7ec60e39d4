"""The database schema, as sqlite-utils migrations applied in order.

bootwatch applies these itself (db/store.py ``open_db``); a maintainer can also run
``sqlite-utils migrate bootwatch.db db/migrations.py``. Add a step as a new function at
the end; never edit one that has shipped.

The tables follow git-history's shape: ``programs`` holds the latest state,
``program_versions`` a row only when a program's facts change, ``observations`` a small
"seen again" mark per run, so a run in which nothing changed adds a few dozen bytes per
program. Page bodies are stored once per distinct content (``bodies``, zlib-compressed)
and only while something still points at them.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("bootwatch")


@migrations()
def m001_crawl_tables(db: Database) -> None:
    db["programs"].create(
        {
            "slug": str,
            "provider": str,
            "name": str,
            "urls": str,  # JSON list, as configured
            "current_version_id": int,  # latest observed facts (program_versions.id)
            "last_run_id": int,
            "updated_at": str,
        },
        pk="slug",
    )
    db["runs"].create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "as_of": str,  # the date the run treats as today (start dates, expiry)
            "status": str,  # running | completed | failed | interrupted
            "pid": int,
            "config_path": str,
            "programs": int,
            "programs_ok": int,
            "programs_failed": int,
            "pages_fetched": int,
            "pages_not_modified": int,
            "pages_failed": int,
            "error": str,
        },
        pk="id",
    )
    db["bodies"].create(
        {
            "hash": str,  # sha1 of the raw body
            "content": bytes,  # zlib-compressed raw body
            "size": int,  # uncompressed bytes
            "content_type": str,
        },
        pk="hash",
    )
    db["pages"].create(
        {
            "id": int,
            "url": str,
            "program_slug": str,
            "body_hash": str,  # latest body fetched with 200
            "facts": str,  # JSON facts extracted from that body: reused on 304 or failure
            "etag": str,
            "last_modified": str,
            "last_status": int,
            "last_outcome": str,
            "last_fetched_at": str,
            "failures": int,  # consecutive failed fetches
        },
        pk="id",
        foreign_keys=[("program_slug", "programs", "slug")],
    )
    db["pages"].create_index(["url"], unique=True)
    db["pages"].create_index(["body_hash"])
    db["fetches"].create(
        {
            "id": int,
            "run_id": int,
            "page_id": int,
            "status": int,  # HTTP status, null when no response arrived
            "outcome": str,  # ok | not_modified | http_error | network_error | robots | ...
            "error": str,
            "final_url": str,  # only when redirected
            "etag": str,
            "last_modified": str,
            "body_hash": str,
            "elapsed_ms": int,
            "fetched_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id"), ("page_id", "pages", "id")],
    )
    db["fetches"].create_index(["run_id"])
    db["fetches"].create_index(["page_id", "run_id"])
    db["program_versions"].create(
        {
            "id": int,
            "program_slug": str,
            "version": int,  # 1, 2, ... per program
            "run_id": int,  # the run that first saw these facts
            "created_at": str,
            "facts_hash": str,  # sha1 of the canonical facts
            "facts": str,  # JSON facts with provenance
            # Flat copies of the main values so plain SQL can filter on them.
            "price_min": float,
            "price_max": float,
            "currency": str,
            "earliest_start": str,  # earliest listed cohort start
            "self_paced": int,
            "duration_weeks": int,
            "duration_months": int,
            "hours_per_week_min": int,
            "hours_per_week_max": int,
            "guarantees": str,  # comma-separated kinds
        },
        pk="id",
        foreign_keys=[("program_slug", "programs", "slug"), ("run_id", "runs", "id")],
    )
    db["program_versions"].create_index(["program_slug", "version"], unique=True)
    db["version_bodies"].create(
        {"version_id": int, "page_id": int, "role": str, "body_hash": str},
        pk=("version_id", "page_id", "role"),
        foreign_keys=[("version_id", "program_versions", "id"), ("page_id", "pages", "id")],
    )
    db["version_bodies"].create_index(["body_hash"])
    db["observations"].create(
        {
            "run_id": int,
            "program_slug": str,
            "version_id": int,  # the facts current after this run (may be an older version)
            "outcome": str,  # ok | partial | failed
            "pages_ok": int,
            "pages_failed": int,
        },
        pk=("run_id", "program_slug"),
        foreign_keys=[("run_id", "runs", "id"), ("program_slug", "programs", "slug")],
    )
    db["observations"].create_index(["program_slug", "run_id"])
