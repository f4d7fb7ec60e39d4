"""The scheduler end to end against real parts on 127.0.0.1: a local site whose pages
change, a JSON webhook and an SMTP server, real crawls (Scrapy child processes), a real
APScheduler, SIGKILL and SIGTERM. Every wait is a bounded poll on a condition."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from apscheduler.triggers.interval import IntervalTrigger
from click.testing import CliRunner

from config.loading import load_config
from db.connect import open_db
from tests.helpers import camp_config, camp_page, publish, run_job, serve_site
from tests.paths import ROOT
from tests.receivers import Mailbox, Webhook, wait_for
from tracker.cli.main import cli
from tracker.demo.sitehost import LocalSite
from tracker.run import scheduler

GRACE = 6 * 3600  # settings.misfire_grace_seconds by default


class SlowSite(LocalSite):
    """A LocalSite that holds each page but robots.txt for ``delay`` seconds (bounded), or
    until :attr:`released`; :attr:`waiting` lists the pages asked for, as they arrive."""

    delay = 0.0

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.released = threading.Event()  # one per site: a test's release is its own
        self.waiting: list[str] = []

    def handle(self, request):  # type: ignore[no-untyped-def]
        if self.delay and not request.path.startswith("/robots.txt"):
            self.waiting.append(request.path)
            self.released.wait(self.delay)
        return super().handle(request)


@pytest.fixture
def site(tmp_path):
    with serve_site(tmp_path, SlowSite) as local:
        yield local
        local.released.set()


def digests(hook: Webhook) -> list[str]:
    return [m["title"] for m in hook.messages if "change" in m["title"]]


def test_a_real_scheduler_runs_detects_and_delivers_to_webhook_and_email(tmp_path, site, db_path):
    publish(site, camp_page(0))
    with Webhook() as hook, Mailbox() as box:
        config_path = camp_config(tmp_path, site, hook.url(), box.url())
        config = load_config(config_path)
        db = open_db(db_path)  # created before the scheduler thread opens it too
        stop = threading.Event()
        thread = threading.Thread(
            target=scheduler.run_scheduler,
            args=(db_path, config_path, config),
            kwargs={"trigger": IntervalTrigger(seconds=1), "stop": stop},
        )
        thread.start()
        try:
            wait_for(lambda: db.execute("select count(*) from runs where alerted_at is not null")
                     .fetchone()[0] >= 1)  # fmt: skip
            publish(site, camp_page(1))  # the price changes
            wait_for(lambda: hook.messages and box.messages)
        finally:
            stop.set()
            thread.join(timeout=60)
        assert not thread.is_alive()
    runs = [(r["status"], r["error"]) for r in db.query("select * from runs order by id")]
    # Runs start every second: one may have begun after the alert, and stopping the
    # scheduler ends it, marked interrupted by design. Every earlier run completed.
    if runs[-1] == ("interrupted", "stopped by the user"):
        runs.pop()
    assert runs.count(("completed", None)) == len(runs) >= 2
    assert len(hook.messages) == len(box.messages) == 1
    title, body = hook.messages[0]["title"], hook.messages[0]["message"]
    assert title.startswith("bootwatch: 1 change in 1 program (run ")
    assert "## Camp" in body and "Camp tuition $1,925 -> $2,105 (+$180, +9.4%)" in body
    # the page, and the stored bodies on both sides (`bootwatch body` prints them)
    assert re.search(
        rf"\(\[source\]\({re.escape(site.base_url)}/camp/program\.html\); "
        r"bodies [0-9a-f]{10} → [0-9a-f]{10}\)",
        body,
    )
    assert "now tracked" not in body  # "info" is not alerted by default
    mail = box.messages[0]
    assert mail["Subject"] == title and mail["To"] == "ops@example.com"
    assert "Camp tuition $1,925 -> $2,105" in mail.get_body(("plain",)).get_content()
    # Jobs were stored and survive the process: the store file holds the job.
    assert scheduler.jobs_path(db_path).exists()


def test_a_target_down_for_two_runs_gets_every_alert_once_when_back(tmp_path, site, db_path):
    with Webhook() as hook:
        config = camp_config(tmp_path, site, hook.url())
        publish(site, camp_page(0))
        run_job(db_path, config)  # baseline: "now tracked" only, nothing alerted
        hook.down = True
        for n in (1, 2):  # two runs with changes while the receiver is down
            publish(site, camp_page(n))
            run_job(db_path, config)
        assert hook.messages == [] and hook.refused == 2  # run 3 tried run 2's digest only
        db = open_db(db_path)
        pending = list(db.query("select key, attempts, status from outbox order by id"))
        assert pending == [
            {"key": "run:2", "attempts": 2, "status": "pending"},
            {"key": "run:3", "attempts": 0, "status": "pending"},
        ]
        hook.down = False
        publish(site, camp_page(3))
        run_job(db_path, config)
        publish(site, camp_page(4))
        run_job(db_path, config)
        run_job(db_path, config)  # nothing new: nothing sent
    titles = digests(hook)
    assert [t.split("(run ")[1].split(",")[0] for t in titles] == ["2", "3", "4", "5"]
    assert len(set(titles)) == len(titles) == len(hook.messages)
    assert db.execute("select count(*) from outbox where status != 'sent'").fetchone()[0] == 0


def _schedule(db_path: Path, config: Path) -> subprocess.Popen:
    """`bootwatch schedule --run-now` in its own process group (like a systemd unit)."""
    code = "from tracker.cli.main import cli; cli()"
    command = [sys.executable, "-c", code, "schedule", "--run-now", "--db", str(db_path),
               "--config", str(config)]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _status(db_path: Path, run_id: int) -> str | None:
    try:  # read-only: polling must not create an empty file the crawl would refuse
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) as conn:
            row = conn.execute("select status from runs where id = ?", [run_id]).fetchone()
    except sqlite3.OperationalError:  # not created yet
        return None
    return row and row[0]


def test_sigkill_mid_run_then_restart_loses_and_repeats_nothing(tmp_path, site, db_path):
    with Webhook() as hook:
        config = camp_config(tmp_path, site, hook.url(), timeout=60)
        publish(site, camp_page(0))
        run_job(db_path, config)  # run 1: baseline
        publish(site, camp_page(1))
        site.delay = 20  # run 2 hangs on the page until killed
        first = _schedule(db_path, config)
        try:
            wait_for(lambda: _status(db_path, 2) == "running")
            wait_for(lambda: any(path.endswith("program.html") for path in site.waiting))
        finally:
            os.killpg(first.pid, signal.SIGKILL)  # the process and its Scrapy child
            first.wait(timeout=10)
        site.delay = 0
        site.released.set()
        second = _schedule(db_path, config)
        try:
            wait_for(lambda: _status(db_path, 3) == "completed" and digests(hook))
            wait_for(
                lambda: (
                    _status(db_path, 3)
                    and open_db(db_path)
                    .execute("select count(*) from outbox where status = 'sent'")
                    .fetchone()[0]
                    == 1
                )
            )
        finally:
            second.send_signal(signal.SIGTERM)
            _, stderr = second.communicate(timeout=60)
    assert second.returncode == 0, stderr
    assert "run 3 completed" in stderr
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _status(db_path, 2) == "interrupted"
    assert len(hook.messages) == 1 and "(run 3," in hook.messages[0]["title"]
    assert "$1,925 -> $2,105" in hook.messages[0]["message"]


def test_sigterm_mid_crawl_ends_the_child_and_marks_the_run(tmp_path, site, db_path):
    config = camp_config(tmp_path, site, timeout=60)  # the fetch is still waiting at SIGTERM
    publish(site, camp_page(0))
    site.delay = 30
    process = _schedule(db_path, config)
    try:
        wait_for(lambda: any(path.endswith("program.html") for path in site.waiting))
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        site.released.set()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, stderr
    assert time.monotonic() - started < 15  # did not wait for the 30 s page
    run = open_db(db_path)["runs"].get(1)
    assert (run["status"], run["error"]) == ("interrupted", "stopped by the user")
    assert "run interrupted" in stderr


def test_two_runs_at_once_one_waits_and_a_manual_one_refuses(tmp_path, site, db_path):
    config = camp_config(tmp_path, site)
    publish(site, camp_page(0))
    site.delay = 3  # the manual crawl holds the lock for a few seconds
    manual = subprocess.Popen(
        [sys.executable, "-c", "from tracker.cli.main import cli; cli()", "crawl",
         "--db", str(db_path), "--config", str(config)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_for(lambda: _status(db_path, 1) == "running")
        # A second manual crawl refuses at once, naming the holder.
        refused = CliRunner().invoke(cli, ["crawl", "--db", str(db_path), "--config", str(config)])
        assert refused.exit_code == 1
        assert "is busy: another bootwatch run holds it" in refused.output
        run = run_job(db_path, config)  # the scheduled run waits for the manual one
        out, err = manual.communicate(timeout=60)
    finally:
        if manual.poll() is None:
            manual.kill()
    assert manual.returncode == 0, err
    db = open_db(db_path)
    first, second = db["runs"].get(1), db["runs"].get(run["id"])
    assert run["id"] == 2 and second["status"] == "completed"
    assert second["started_at"] >= first["finished_at"]


def test_jobs_persist_across_restarts_and_follow_the_config(tmp_path, site, db_path):
    config_path = camp_config(tmp_path, site)
    config = load_config(config_path)
    first = scheduler.build_scheduler(db_path, config)
    first.start(paused=True)
    assert scheduler.sync_jobs(first, scheduler.plan(config), db_path, config_path, GRACE) == [
        "added crawl"
    ]
    next_run = first.get_job("crawl").next_run_time
    first.shutdown()
    again = scheduler.build_scheduler(db_path, config)  # a restart: same store
    again.start(paused=True)
    assert scheduler.sync_jobs(again, scheduler.plan(config), db_path, config_path, GRACE) == []
    assert again.get_job("crawl").next_run_time == next_run  # kept, not recomputed
    data = yaml.safe_load(config_path.read_text())
    data["settings"]["schedule"] = "30 5 * * 1-5"
    data["programs"][0]["schedule"] = "0 7 * * 0"
    config_path.write_text(yaml.safe_dump(data))
    changed = load_config(config_path)
    assert scheduler.sync_jobs(again, scheduler.plan(changed), db_path, config_path, GRACE) == [
        "removed crawl",
        "added crawl:camp",
    ]
    trigger = again.get_job("crawl:camp").trigger
    assert "day_of_week='sun'" in repr(trigger)  # cron's 0 is Sunday, not APScheduler's Monday
    again.shutdown()
    result = CliRunner().invoke(cli, ["jobs", "--db", str(db_path), "--config", str(config_path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("crawl:camp  '0 7 * * 0'  next run ")
    assert "(planned)" not in result.output  # read from the job store
    listed = CliRunner().invoke(
        cli, ["jobs", "--json", "--db", str(db_path), "--config", str(config_path)]
    )
    when = datetime.fromisoformat(json.loads(listed.output)[0]["next_run"])
    assert (when.isoweekday(), when.hour, when.minute) == (7, 7, 0)  # a Sunday, 07:00
