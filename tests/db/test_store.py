"""Storage: versions only on change, bodies once per content, failures keep the facts."""

from __future__ import annotations

import multiprocessing
import threading
import zlib
from datetime import date

import pytest

from db.connect import StoreError, open_db
from db.runs import finish_run, mark_interrupted_runs, start_run
from db.store import load_body, page_states, record_program, sync_programs
from tracker.extract.merge import observe_program

URLS = ["https://a.example/program", "https://a.example/tuition"]
PRICE = {"amount": "1925.00", "currency": "USD", "period": "one_time", "raw": "$1,925"}


def facts(amount="1925.00", raw="$1,925"):
    return {"prices": [{**PRICE, "amount": amount, "raw": raw}], "evidence": {"price_mentions": 1}}


def page(url, outcome="ok", body=b"<html>page</html>", page_facts=None, status=200):
    return {
        "url": url,
        "outcome": outcome,
        "status": status,
        "body": body if outcome == "ok" else None,
        "facts": page_facts if outcome == "ok" else None,
        "etag": '"e1"',
        "error": None if outcome in ("ok", "not_modified") else "HTTP 503",
    }


def crawl(db, pages):
    """One run over program 'a' the way the store pipeline does it."""
    run_id = start_run(db, as_of=date(2022, 10, 20), config_path="c.yaml", programs=1)
    stored = {url: s["facts"] for url, s in page_states(db, URLS).items()}
    observation = record_program(db, run_id, "a", pages, observe_program(pages, stored))
    finish_run(db, run_id, status="completed")
    return observation


@pytest.fixture
def program_db(db):
    sync_programs(db, [{"slug": "a", "provider": "A", "name": "Prog", "urls": URLS}])
    return db


def test_unchanged_recrawl_adds_no_version_and_no_body(program_db):
    pages = [page(URLS[0], page_facts=facts()), page(URLS[1], body=b"<p>t</p>", page_facts={})]
    crawl(program_db, pages)
    bodies = program_db.execute("select sum(length(content)) from bodies").fetchone()[0]
    second = crawl(program_db, pages)
    assert second["outcome"] == "ok" and second["version_id"] == 1
    assert program_db["program_versions"].count == 1
    assert program_db.execute("select sum(length(content)) from bodies").fetchone()[0] == bodies


def test_bodies_stored_with_zlib_before_zstandard_still_load(program_db):
    crawl(program_db, [page(URLS[0], body=b"<html>new</html>", page_facts=facts())])
    digest = page_states(program_db, URLS)[URLS[0]]["body_hash"]
    assert program_db.execute("select content from bodies").fetchone()[0][:4] == b"\x28\xb5\x2f\xfd"
    old = zlib.compress(b"<html>old</html>", 6)
    program_db.execute("update bodies set content = ? where hash = ?", [old, digest])
    assert load_body(program_db, digest) == b"<html>old</html>"


def test_noisy_bodies_replace_each_other_as_evidence(program_db):
    for n in range(5):
        body = f"<html>token {n}</html>".encode()
        crawl(
            program_db, [page(URLS[0], body=body, page_facts=facts()), page(URLS[1], page_facts={})]
        )
    # One body per page: the newest noisy copy stands as version 1's evidence.
    assert program_db["bodies"].count == 2
    latest = page_states(program_db, URLS)[URLS[0]]["body_hash"]
    assert load_body(program_db, latest) == b"<html>token 4</html>"
    evidence = program_db.execute(
        "select body_hash from version_bodies where page_id = 1 and role = 'after'"
    ).fetchone()[0]
    assert evidence == latest


def test_changed_facts_make_a_version_with_before_and_after_bodies(program_db):
    crawl(
        program_db, [page(URLS[0], body=b"old", page_facts=facts()), page(URLS[1], page_facts={})]
    )
    crawl(
        program_db, [page(URLS[0], body=b"noise", page_facts=facts()), page(URLS[1], page_facts={})]
    )
    crawl(
        program_db,
        [page(URLS[0], body=b"new", page_facts=facts("2105.00")), page(URLS[1], page_facts={})],
    )
    version = program_db["program_versions"].get(2)
    assert version["price_min"] == 2105.0
    roles = {
        (r["role"], load_body(program_db, r["body_hash"]))
        for r in program_db.query(
            "select * from version_bodies where version_id = 2 and page_id = 1"
        )
    }
    assert roles == {("before", b"noise"), ("after", b"new")}


def test_reformatted_price_is_the_same_version(program_db):
    crawl(program_db, [page(URLS[0], page_facts=facts()), page(URLS[1], page_facts={})])
    crawl(
        program_db,
        [page(URLS[0], page_facts=facts(raw="USD 1,925.00")), page(URLS[1], page_facts={})],
    )
    assert program_db["program_versions"].count == 1


def test_failed_page_keeps_its_last_facts(program_db):
    crawl(program_db, [page(URLS[0], page_facts=facts()), page(URLS[1], page_facts={})])
    observation = crawl(
        program_db, [page(URLS[0], "http_error", status=503), page(URLS[1], page_facts={})]
    )
    assert observation["outcome"] == "partial" and observation["version_id"] == 1
    assert program_db["program_versions"].count == 1
    fetch = next(program_db.query("select * from fetches where outcome = 'http_error'"))
    assert fetch["status"] == 503 and fetch["error"] == "HTTP 503"


def test_never_read_page_failing_means_no_observation(program_db):
    observation = crawl(
        program_db, [page(URLS[0], page_facts=facts()), page(URLS[1], "network_error", status=None)]
    )
    assert observation["outcome"] == "failed" and observation["version_id"] is None
    assert program_db["program_versions"].count == 0


def test_not_modified_reuses_stored_facts(program_db):
    crawl(program_db, [page(URLS[0], page_facts=facts()), page(URLS[1], page_facts={})])
    observation = crawl(
        program_db,
        [page(URLS[0], "not_modified", status=304), page(URLS[1], "not_modified", status=304)],
    )
    assert observation["outcome"] == "ok" and observation["version_id"] == 1
    run = program_db["runs"].get(2)
    assert run["pages_not_modified"] == 2 and run["pages_failed"] == 0


def test_interrupted_run_is_marked(program_db):
    run_id = start_run(program_db, as_of=date.today(), config_path="c", programs=1)
    program_db["runs"].update(run_id, {"pid": 2**22 + 12345})  # no such process
    assert mark_interrupted_runs(program_db) == [run_id]
    assert program_db["runs"].get(run_id)["status"] == "interrupted"


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        open_db(path)
    assert path.read_text().startswith("these are my notes")


def test_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_db(tmp_path / "nope" / "x.db")


def test_wal_mode(db_path):
    assert open_db(db_path).journal_mode == "wal"


def test_a_change_keeps_evidence_on_both_sides_through_noise(program_db):
    crawl(
        program_db, [page(URLS[0], body=b"old", page_facts=facts()), page(URLS[1], page_facts={})]
    )
    crawl(
        program_db,
        [page(URLS[0], body=b"new", page_facts=facts("2105.00")), page(URLS[1], page_facts={})],
    )
    before, after = (
        program_db.execute(
            "select body_hash from version_bodies where version_id = 2 and page_id = 1"
            " and role = ?", [role]).fetchone()[0]
        for role in ("before", "after")
    )  # fmt: skip
    program_db.execute(
        "insert into changes (id, run_id, program_slug, field, kind, old_body_hash,"
        " new_body_hash) values ('c1', 2, 'a', 'prices', 'changed', ?, ?)",
        [before, after],
    )
    for n in range(3):
        body = f"new, noise {n}".encode()
        crawl(
            program_db,
            [page(URLS[0], body=body, page_facts=facts("2105.00")), page(URLS[1], page_facts={})],
        )
    change = program_db["changes"].get("c1")
    assert load_body(program_db, change["old_body_hash"]) == b"old"
    assert load_body(program_db, change["new_body_hash"]) == b"new, noise 2"
    assert program_db["bodies"].count == 3  # old (evidence), newest (evidence + latest), page 2


def _open_and_close(path, results) -> None:
    try:
        open_db(path).close()
        results.put("ok")
    except Exception as exc:  # reported to the test, which names it
        results.put(repr(exc))


def test_processes_creating_one_new_database_at_once(tmp_path):
    # Without care the losers of the migration race fail with "database is locked".
    # spawn, not fork: forking a test process that has threads can deadlock the child.
    context = multiprocessing.get_context("spawn")
    for round_ in range(5):
        path = tmp_path / f"race{round_}.db"
        results = context.Queue()
        workers = [context.Process(target=_open_and_close, args=(path, results)) for _ in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [results.get(timeout=5) for _ in workers] == ["ok"] * 3


def test_a_writer_that_read_first_waits_for_another_writer_instead_of_failing(tmp_path):
    """An ``atomic()`` block that reads, then writes after another connection committed,
    must wait its turn: a deferred BEGIN fails there with "database is locked" at once."""
    path = tmp_path / "two-writers.db"
    db = open_db(path)
    db.execute("create table notes (text text)")
    db.conn.commit()
    read, released, errors = threading.Event(), threading.Event(), []

    def read_then_write() -> None:
        first = open_db(path)
        try:
            with first.atomic():
                first.execute("select count(*) from notes").fetchone()
                read.set()
                released.wait(timeout=10)
                first.execute("insert into notes values ('first')")
        except Exception as exc:  # reported to the test, which names it
            errors.append(repr(exc))
        finally:
            read.set()

    def write() -> None:
        second = open_db(path)
        try:
            with second.atomic():
                second.execute("insert into notes values ('second')")
        except Exception as exc:
            errors.append(repr(exc))

    reader = threading.Thread(target=read_then_write)
    reader.start()
    assert read.wait(timeout=10)
    writer = threading.Thread(target=write)
    writer.start()
    writer.join(timeout=0.5)  # it waits for the first block's lock, or (deferred) commits
    released.set()
    reader.join(timeout=30)
    writer.join(timeout=30)
    assert errors == []
    assert sorted(r[0] for r in db.execute("select text from notes")) == ["first", "second"]
