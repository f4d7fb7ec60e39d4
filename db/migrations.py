"""The database schema, as sqlite-utils migrations applied in order.

bootwatch applies these itself (db/connect.py ``open_db``); a maintainer can also run
``sqlite-utils migrate bootwatch.db db/migrations.py``. Add a step as a new function at
the end; never edit one that has shipped. It is one module, however long the schema grows, because
that is what ``sqlite-utils migrate`` reads: the file is the migration set.

The tables follow git-history's shape: ``programs`` holds the latest state,
``program_versions`` a row only when a program's facts change, ``observations`` a small
"seen again" mark per run, so a run in which nothing changed adds a few dozen bytes per
program. Page bodies are stored once per distinct content (``bodies``, compressed)
and only while something still points at them.
"""

from __future__ import annotations

import json

from sqlite_utils import Database, Migrations

from db.columns import flat_columns

migrations = Migrations("bootwatch")


@migrations()
def m001_crawl_tables(db: Database) -> None:
    db.table("programs").create(
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
    db.table("runs").create(
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
    db.table("bodies").create(
        {
            "hash": str,  # sha1 of the raw body
            "content": bytes,  # compressed raw body (db/bodies.py)
            "size": int,  # uncompressed bytes
            "content_type": str,
        },
        pk="hash",
    )
    db.table("pages").create(
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
    db.table("pages").create_index(["url"], unique=True)
    db.table("pages").create_index(["body_hash"])
    db.table("fetches").create(
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
    db.table("fetches").create_index(["run_id"])
    db.table("fetches").create_index(["page_id", "run_id"])
    db.table("program_versions").create(
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
    db.table("program_versions").create_index(["program_slug", "version"], unique=True)
    db.table("version_bodies").create(
        {"version_id": int, "page_id": int, "role": str, "body_hash": str},
        pk=("version_id", "page_id", "role"),
        foreign_keys=[("version_id", "program_versions", "id"), ("page_id", "pages", "id")],
    )
    db.table("version_bodies").create_index(["body_hash"])
    db.table("observations").create(
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
    db.table("observations").create_index(["program_slug", "run_id"])


@migrations()
def m002_change_tables(db: Database) -> None:
    db.table("changes").create(
        {
            "id": str,  # sha1 of (run, program, field, kind, old, new): re-diffing adds nothing
            "run_id": int,
            "program_slug": str,
            "field": str,  # prices | income_share | start_dates | self_paced | duration |
            #                guarantees | lifecycle
            "kind": str,  # added | removed | changed | moved | expired
            "old": str,  # JSON
            "new": str,  # JSON
            "summary": str,
            "severity": str,  # high | medium | low | info
            "detected_at": str,
            "page_url": str,
            "old_snippet": str,
            "new_snippet": str,
            "old_body_hash": str,
            "new_body_hash": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id"), ("program_slug", "programs", "slug")],
    )
    db.table("changes").create_index(["program_slug", "run_id"])
    db.table("changes").create_index(["run_id"])
    db.table("changes").enable_fts(["summary"], create_triggers=True)
    db.table("problems").create(
        {
            "id": int,
            "program_slug": str,
            "kind": str,  # fetch_failing | extractor_broken | value_lost | hint_missed | ...
            "field": str,
            "detail": str,
            "first_run_id": int,
            "last_run_id": int,
            "runs": int,  # how many runs reported it
            "resolved_run_id": int,  # null while open
        },
        pk="id",
        foreign_keys=[("program_slug", "programs", "slug")],
    )
    db.table("problems").create_index(["program_slug", "resolved_run_id"])
    db.table("differ_state").create(
        {"program_slug": str, "run_id": int, "state": str, "state_hash": str},
        pk=("program_slug", "run_id"),
        foreign_keys=[("program_slug", "programs", "slug"), ("run_id", "runs", "id")],
    )
    db.table("guarantee_terms").create(
        {"version_id": int, "program_slug": str, "kind": str, "terms": str},
        pk=("version_id", "kind"),
        foreign_keys=[("version_id", "program_versions", "id")],
    )
    db.table("guarantee_terms").enable_fts(["terms"], create_triggers=True)
    db.table("runs").add_column("diffed_at", str)
    db.table("runs").add_column("changes", int)
    for name, sql in VIEWS.items():
        if name == "current_facts":  # as shipped; m005 adds price_period
            sql = sql.replace("v.price_max, v.price_period,", "v.price_max,")
        db.create_view(name, sql, replace=True)


@migrations()
def m003_alert_outbox(db: Database) -> None:
    # Every alert is written here before it is sent (db/outbox.py), so a process that dies
    # between writing and sending loses nothing, and "sent" makes a resend a no-op.
    db.table("outbox").create(
        {
            "id": int,
            "target_id": str,  # sha256 prefix of the target's URL: never the URL itself
            "target": str,  # the URL redacted (json://user:****@host/path), for people
            "key": str,  # what it is about: run:12 | health:12 | test:<time>; one per target
            "kind": str,  # digest | health | test
            "run_id": int,
            "title": str,
            "body": str,  # Markdown
            "status": str,  # pending | sent | failed (gave up after settings.alert_max_attempts)
            "attempts": int,
            "last_error": str,  # redacted
            "created_at": str,
            "next_attempt_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("outbox").create_index(["target_id", "key"], unique=True)
    db.table("outbox").create_index(["status", "next_attempt_at"])
    # Set when a run's digests are in the outbox (none may be due: filters), so a run
    # diffed by a process that died before alerting is caught up by the next one.
    db.table("runs").add_column("alerted_at", str)


@migrations()
def m004_pages_by_program(db: Database) -> None:
    # Storing a new version and diffing a program read its pages by program_slug: without
    # this index each was a scan of every page, which made a first crawl of 5000 pages
    # quadratic (about 5 ms a program at 5000 pages, 19 s in all).
    db.table("pages").create_index(["program_slug"])


@migrations()
def m005_price_period(db: Database) -> None:
    # price_min and price_max mixed periods ("$385 a month" as the minimum of a "$1,925
    # total"); they now range over one period, named here (db/columns.py). Existing
    # versions are recomputed from their facts.
    db.table("program_versions").add_column("price_period", str)
    rows = db.execute("select id, facts from program_versions").fetchall()
    for version_id, facts in rows:
        columns = flat_columns(json.loads(facts))
        db.execute(
            "update program_versions set price_min = ?, price_max = ?, price_period = ?,"
            " currency = ? where id = ?",
            [columns["price_min"], columns["price_max"], columns["price_period"],
             columns["currency"], version_id],
        )  # fmt: skip
    db.create_view("current_facts", VIEWS["current_facts"], replace=True)


@migrations()
def m006_zstandard_bodies(db: Database) -> None:
    # From here on a body may be Zstandard data (db/bodies.py), which a bootwatch without
    # this migration cannot unpack. Recording it makes such a bootwatch refuse the database
    # as newer than itself (connect.check_schema) instead of failing on the first body it
    # reads. The tables themselves do not change.
    return None


#: Views for the questions analysts ask; the README shows them with sqlite-utils.
VIEWS = {
    "current_facts": """
        select p.slug, p.provider, p.name, v.version, v.created_at as since,
               v.price_min, v.price_max, v.price_period, v.currency, v.earliest_start,
               v.self_paced,
               v.duration_weeks, v.duration_months, v.hours_per_week_min, v.hours_per_week_max,
               v.guarantees, v.facts
        from programs p join program_versions v on v.id = p.current_version_id
    """,
    "price_history": """
        select v.program_slug, v.version, r.as_of, v.created_at,
               json_extract(o.value, '$.amount') as amount,
               json_extract(o.value, '$.amount_max') as amount_max,
               json_extract(o.value, '$.currency') as currency,
               json_extract(o.value, '$.period') as period,
               json_extract(o.value, '$.label') as label
        from program_versions v join runs r on r.id = v.run_id,
             json_each(v.facts, '$.prices') o
    """,
    "start_date_history": """
        select v.program_slug, v.version, r.as_of, v.created_at,
               json_extract(c.value, '$.start') as start, json_extract(c.value, '$.end') as "end"
        from program_versions v join runs r on r.id = v.run_id,
             json_each(v.facts, '$.start_dates') c
    """,
    "change_log": """
        select c.detected_at, r.as_of, c.run_id, c.program_slug, p.provider, c.field, c.kind,
               c.severity, c.summary, c.page_url
        from changes c join runs r on r.id = c.run_id join programs p on p.slug = c.program_slug
        order by c.run_id, c.program_slug, c.field
    """,
    "program_health": """
        select p.slug, o.outcome as last_outcome, p.last_run_id,
               (select group_concat(pr.kind || coalesce(' (' || pr.field || ')', '') || ': '
                                    || pr.detail, '; ')
                from problems pr
                where pr.program_slug = p.slug and pr.resolved_run_id is null) as open_problems,
               (select max(failures) from pages pg where pg.program_slug = p.slug)
                 as consecutive_failures
        from programs p
        left join observations o on o.run_id = p.last_run_id and o.program_slug = p.slug
    """,
}
