"""Crashes: SIGKILL at random moments of a 200-page crawl never corrupts or half-writes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from db.connect import open_db
from db.runs import mark_interrupted_runs
from tests.sites import FaultySite, write_config
from tracker.demo.sitehost import LocalSite

PAGE = """<html><body><h1>Program {n}</h1>
<h2>Tuition</h2><p>Tuition is ${price:,} total, or five payments of ${part}.</p>
<p>The next cohort starts Nov 14th, 2022. The program takes {weeks} weeks.</p></body></html>"""
PROGRAMS = 100  # two pages each: 200 pages


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    for n in range(PROGRAMS):
        price = 1000 + 5 * n
        (root / f"p{n}.html").write_text(PAGE.format(n=n, price=price, part=price // 5, weeks=12))
        (root / f"p{n}-dates.html").write_text(f"<p>Cohorts start Dec {1 + n % 28}, 2022.</p>")
    with LocalSite(root) as local:
        yield local


def start_crawl(config, db_path, as_of="2022-10-20", env=None):
    command = [sys.executable, "-m", "tracker", "crawl", "--config", str(config),
               "--db", str(db_path), "--as-of", as_of]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, env=env)  # fmt: skip


def check_whole(db_path) -> None:
    """The database is sound and every recorded observation has all of its fetches."""
    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    half = conn.execute(
        """
        select o.run_id, o.program_slug, count(f.id) as fetched from observations o
        join pages p on p.program_slug = o.program_slug
        left join fetches f on f.page_id = p.id and f.run_id = o.run_id
        group by o.run_id, o.program_slug having fetched != 2
        """
    ).fetchall()
    orphans = conn.execute(
        """
        select f.run_id, p.program_slug from fetches f join pages p on p.id = f.page_id
        left join observations o on o.run_id = f.run_id and o.program_slug = p.program_slug
        where o.run_id is null
        """
    ).fetchall()
    conn.close()
    assert half == [] and orphans == []


def wait_for_group_gone(group: int, timeout: float = 60) -> None:
    """Wait until every process of the killed crawl has died: the CLI's wait returns when
    the CLI dies, while its Scrapy child and extraction workers, SIGKILLed with it, may still
    be finishing a system call on a loaded machine (the next scheduled run starts later)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"a process of the killed crawl (group {group}) outlived SIGKILL")


@pytest.mark.slow
def test_sigkill_at_random_moments(tmp_path, site, db_path):
    urls = {
        f"p{n}": [f"{site.base_url}/p{n}.html", f"{site.base_url}/p{n}-dates.html"]
        for n in range(PROGRAMS)
    }
    config = write_config(tmp_path, urls, obey_robots=False)
    started = time.monotonic()
    first = start_crawl(config, db_path)
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    duration = time.monotonic() - started
    rng = random.Random(20221020)
    for attempt in range(10):
        crawl = start_crawl(config, db_path, as_of=f"2022-10-{21 + attempt}")
        time.sleep(rng.uniform(0.2, duration))
        os.killpg(crawl.pid, signal.SIGKILL)  # the CLI and its Scrapy child
        crawl.wait(timeout=30)
        wait_for_group_gone(crawl.pid)
        check_whole(db_path)
        db = open_db(db_path)
        killed = mark_interrupted_runs(db)
        last = db.execute("select id, status from runs order by id desc limit 1").fetchone()
        # Killed before the run row existed, or after it finished, leaves nothing to mark.
        assert killed in ([], [last[0]])
        assert last[1] in ("interrupted", "completed")
        db.close()

    final = start_crawl(config, db_path, as_of="2022-11-01")
    assert final.wait(timeout=300) == 0, final.stderr.read().decode()
    db = open_db(db_path)
    run = db.execute("select status, programs_ok from runs order by id desc limit 1").fetchone()
    assert run == ("completed", PROGRAMS)
    assert list(db.query("select summary from changes where severity != 'info'")) == []
    assert db["program_versions"].count == PROGRAMS  # one version each: nothing changed
    check_whole(db_path)


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(p) for p in found.stdout.split()]


def _descendants(pid: int) -> list[int]:
    """Children, their children and so on (extraction workers are the fork server's)."""
    found, todo = [], _children(pid)
    while todo:
        found.append(todo.pop())
        todo += _children(found[-1])
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie waiting for its (new) parent to reap it counts as gone.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.slow
def test_scrapy_child_stops_when_its_parent_is_killed(tmp_path, db_path):
    root = tmp_path / "slow"
    root.mkdir()
    (root / "ok.html").write_text(PAGE.format(n=1, price=9000, part=1800, weeks=12))
    with FaultySite(root) as slow:
        slow.faults["/hangs.html"] = "hang"  # the crawl would take a while
        config = write_config(
            tmp_path,
            {"s": [f"{slow.base_url}/ok.html", f"{slow.base_url}/hangs.html"]},
            obey_robots=False,
            timeout=30,
            retries=0,
        )
        parent = start_crawl(config, db_path)
        deadline = time.monotonic() + 30
        while not (child := _children(parent.pid)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert child, "the crawl did not start Scrapy"
        # Scrapy is up, waiting on the hanging page, and a worker has read the other one.
        while len(_descendants(child[0])) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        helpers = _descendants(child[0])  # fork server, extraction worker, resource tracker
        parent.send_signal(signal.SIGKILL)  # the parent only, not its process group
        parent.wait(timeout=10)
        stop_by = time.monotonic() + 5  # its page would hang for 8 s more
        while any(map(_alive, [*child, *helpers])) and time.monotonic() < stop_by:
            time.sleep(0.1)
        alive = [pid for pid in [*child, *helpers] if _alive(pid)]
        for pid in alive:
            os.kill(pid, signal.SIGKILL)
        assert len(helpers) >= 3, "expected the fork server and an extraction worker"
        assert not alive, "the Scrapy child or its workers outlived the parent"


@pytest.mark.slow
def test_a_killed_scrapy_child_leaves_no_temporary_folders(tmp_path, db_path):
    """The fork server keeps its socket in a folder that a SIGKILLed Scrapy process never
    removes; the crawl gives the child a scratch TMPDIR of its own and removes it."""
    root = tmp_path / "slow"
    root.mkdir()
    # Not under tmp_path: a Unix socket's path (the fork server's, in a folder in TMPDIR)
    # must stay under 108 bytes, and pytest's folders are long.
    temp = Path(tempfile.mkdtemp(prefix="bw-", dir="/tmp"))
    (root / "ok.html").write_text(PAGE.format(n=1, price=9000, part=1800, weeks=12))
    with FaultySite(root) as slow:
        slow.faults["/hangs.html"] = "hang"
        urls = {"s": [f"{slow.base_url}/ok.html", f"{slow.base_url}/hangs.html"]}
        config = write_config(tmp_path, urls, obey_robots=False, timeout=30, retries=0)
        parent = start_crawl(config, db_path, env={**os.environ, "TMPDIR": str(temp)})
        try:
            deadline = time.monotonic() + 30
            while not (child := _children(parent.pid)) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert child, "the crawl did not start Scrapy"
            while len(_descendants(child[0])) < 3 and time.monotonic() < deadline:
                time.sleep(0.1)  # the fork server and a worker are up: their folder exists
            assert list(temp.glob("bootwatch-*/pymp-*")), "expected the fork server's folder"
            os.kill(child[0], signal.SIGKILL)  # Scrapy's process only, as the OOM killer would
            assert parent.wait(timeout=30) != 0
            assert list(temp.iterdir()) == []
        finally:
            if parent.poll() is None:
                os.killpg(parent.pid, signal.SIGKILL)
                parent.wait()
            shutil.rmtree(temp, ignore_errors=True)


def test_a_long_tmpdir_moves_the_scratch_folder_to_tmp(monkeypatch, tmp_path):
    """A Unix socket path may have 107 bytes: under a long TMPDIR the fork server could
    not start, and every page would be read in Scrapy's own process."""
    from tracker.run.crawl import _scratch_base

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / ("x" * 60)))
    assert _scratch_base() == "/tmp"
    monkeypatch.setattr(tempfile, "tempdir", "/tmp")
    assert _scratch_base() == "/tmp"
    monkeypatch.setattr(tempfile, "tempdir", "/var/tmp")
    assert _scratch_base() == "/var/tmp"
