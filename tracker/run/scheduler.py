"""Run unattended: crawl on a schedule, diff, alert; survive restarts and signals.

``bootwatch schedule`` runs :func:`run_scheduler` in the foreground. Jobs come from the
config (:func:`plan`): one for the programs on ``settings.schedule`` and one per program
with its own ``schedule``. They live in an SQLAlchemy job store in a file beside the
database, ``<db>.jobs.sqlite`` (kept apart so APScheduler's pickles stay out of the data
that sqlite-utils and the README describe), so a restart keeps each next run time and a
run missed while the process was down still happens once (coalesce) if it is less than
``settings.misfire_grace_seconds`` late. One run at a time: one worker thread,
``max_instances=1``, and the database's run lock, which waits for a manual crawl.

APScheduler's BackgroundScheduler is used with the main thread waiting, rather than the
BlockingScheduler: the jobs found in the store must be compared with the config while
the scheduler is paused, and a signal must reach the running crawl (:data:`STOP`).

Each job calls :func:`scheduled_run`, a top-level function with plain arguments (the
job store pickles a reference to it): crawl (Scrapy in a child process), diff, alerts.
The job and the scheduler that runs it share one module: its path is what the job store
pickles, and the stop signal, the lock and the job list are read on both sides.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger

from config.checks import crontab_trigger
from config.loading import load_config
from config.schema import Config, ConfigError
from db.connect import open_db
from tracker.alerts import targets as alerts
from tracker.run.crawl import run_crawl
from tracker.run.deliver import alerts_lock, deliver, enqueue_runs
from tracker.run.detect import diff_run, diff_settings
from tracker.run.lock import LockBusy
from tracker.words import count

log = logging.getLogger(__name__)

#: Set by SIGINT/SIGTERM: the running crawl stops its Scrapy child and is marked
#: "interrupted"; no new run starts.
STOP = threading.Event()


class Stopped(Exception):
    """The scheduler is stopping: the crawl in progress ends here."""


@dataclass(frozen=True)
class JobSpec:
    id: str  # "crawl" for the default schedule, "crawl:<slug>" for a program's own
    schedule: str  # the crontab line, for people
    slugs: tuple[str, ...]
    trigger: BaseTrigger


def plan(config: Config, trigger: BaseTrigger | None = None) -> list[JobSpec]:
    """The jobs the config asks for; ``trigger`` replaces every schedule (tests)."""
    s = config.settings

    def make(expr: str) -> BaseTrigger:
        return trigger or crontab_trigger(expr, jitter=s.jitter_seconds, timezone=s.timezone)

    shared = tuple(p.slug for p in config.programs if not p.schedule)
    specs = [JobSpec("crawl", s.schedule, shared, make(s.schedule))] if shared else []
    specs += [
        JobSpec(f"crawl:{p.slug}", p.schedule, (p.slug,), make(p.schedule))
        for p in config.programs
        if p.schedule
    ]
    return specs


def jobs_path(db_path: Path) -> Path:
    """The job store file: ``<db>.jobs.sqlite``."""
    return Path(f"{Path(db_path).resolve()}.jobs.sqlite")


def build_scheduler(db_path: Path, config: Config) -> BackgroundScheduler:
    """A scheduler on the database's job store: coalesce, one instance, one worker."""
    options: dict[str, Any] = {}
    if config.settings.timezone:
        options["timezone"] = config.settings.timezone
    return BackgroundScheduler(
        jobstores={
            "default": SQLAlchemyJobStore(url=f"sqlite:///{jobs_path(db_path)}"),
            "once": MemoryJobStore(),  # --run-now: not kept, so a restart does not repeat it
        },
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": config.settings.misfire_grace_seconds,
        },
        **options,
    )


def sync_jobs(
    scheduler: BackgroundScheduler,
    specs: list[JobSpec],
    db_path: Path,
    config_path: Path,
    grace: int,
) -> list[str]:
    """Make the stored jobs match ``specs``: keep a job whose trigger and arguments are
    unchanged (and so its next run time), replace the others, remove those no longer in
    the config. The scheduler must be started (paused). Returns what changed, for the log."""
    changed = []
    wanted = {spec.id: spec for spec in specs}
    for job in scheduler.get_jobs(jobstore="default"):
        if job.id not in wanted:
            job.remove()
            changed.append(f"removed {job.id}")
    for spec in specs:
        args = [str(Path(db_path).resolve()), str(Path(config_path).resolve()), list(spec.slugs)]
        name = f"{', '.join(spec.slugs)} at '{spec.schedule}'"
        job = scheduler.get_job(spec.id, jobstore="default")
        kept = job and (repr(job.trigger), list(job.args), job.name, job.misfire_grace_time)
        if kept == (repr(spec.trigger), args, name, grace):
            continue
        scheduler.add_job(
            scheduled_run, spec.trigger, args=args, id=spec.id, name=name,
            jobstore="default", replace_existing=True,
        )  # fmt: skip
        changed.append(f"{'updated' if job else 'added'} {spec.id}")
    return changed


def run_scheduler(
    db_path: Path,
    config_path: Path,
    config: Config,
    *,
    run_now: bool = False,
    trigger: BaseTrigger | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Run the schedule until SIGINT/SIGTERM (or ``stop``, from another thread).

    A signal stops the crawl in progress (its child ends, its run is marked interrupted)
    and waits for the job to return; a second signal kills the process at once, and the
    next start marks that run interrupted (db.runs.mark_interrupted_runs)."""
    stop = stop or threading.Event()
    STOP.clear()
    open_db(db_path).close()  # migrate now, not inside the first job
    scheduler = build_scheduler(db_path, config)
    restore = _on_signals(lambda: _set_all(STOP, stop))
    scheduler.start(paused=True)
    try:
        specs, grace = plan(config, trigger), config.settings.misfire_grace_seconds
        for change in sync_jobs(scheduler, specs, db_path, config_path, grace):
            log.info("job %s", change)
        if run_now:
            args = [str(Path(db_path).resolve()), str(Path(config_path).resolve()), []]
            scheduler.add_job(scheduled_run, args=args, id="run-now", jobstore="once",
                              name="all programs, now", misfire_grace_time=None)  # fmt: skip
        scheduler.resume()
        for job in scheduler.get_jobs():
            log.info("scheduled %s (%s): next run %s", job.id, job.name, job.next_run_time)
        stop.wait()
        log.info("stopping: the run in progress (if any) is ended and marked interrupted")
    finally:
        STOP.set()
        scheduler.shutdown(wait=True)
        STOP.clear()  # stopped: scheduled_run called directly afterwards runs again
        restore()


def _on_signals(handler: Callable[[], Any]) -> Callable[[], None]:
    """Call ``handler`` on the first SIGINT/SIGTERM; the second one ends the process.
    Only the main thread can set handlers: elsewhere (tests) this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def on_signal(signum: int, frame: Any) -> None:
        for sig in previous:
            signal.signal(sig, signal.SIG_DFL)
        handler()

    def restore() -> None:
        for sig, h in previous.items():
            signal.signal(sig, h)

    for sig in previous:
        signal.signal(sig, on_signal)
    return restore


def _set_all(*events: threading.Event) -> None:
    for event in events:
        event.set()


def scheduled_run(db_path: str, config_path: str, slugs: list[str]) -> dict[str, Any] | None:
    """One scheduled run: crawl ``slugs`` (all when empty), diff, queue and send alerts.

    Reads the config again, so edited alert targets and filters apply without a restart
    (a changed schedule needs one). Logs one line; returns the finished runs row, or None
    when the run did not start (the scheduler is stopping, or the config is broken)."""
    started = time.monotonic()
    try:
        config = load_config(config_path)
        targets = alerts.targets(config.alerts)
    except (ConfigError, alerts.AlertConfigError) as exc:
        log.error("run skipped: %s", exc)
        return None
    try:
        run = _crawl(Path(db_path), config, Path(config_path), tuple(slugs))
    except Stopped:
        log.warning("run interrupted: the scheduler is stopping")
        return None
    except LockBusy as exc:
        log.error("run skipped after waiting %.0fs: %s", config.settings.lock_wait_seconds, exc)
        return None
    with closing(open_db(db_path)) as db:
        changes = problems = 0
        if run["status"] == "completed":
            diff = diff_run(db, run["id"], diff_settings(config.settings))
            changes = sum(1 for c in diff.changes if c["severity"] != "info")
            problems = sum(len(p) for p in diff.problems.values())
        sent, failed = send_alerts(db, Path(db_path), config, targets)
    log.info(
        "run %d %s in %.1fs: %s (%d ok, %d failed), %s, %s; alerts: %d sent, %d failed",
        run["id"], run["status"], time.monotonic() - started,
        count(run["programs"] or 0, "program"), run["programs_ok"] or 0,
        run["programs_failed"] or 0, count(changes, "change"), count(problems, "problem"),
        sent, failed,
    )  # fmt: skip
    return run


def send_alerts(
    db: Any, db_path: Path, config: Config, targets: list[alerts.Target], *, force: bool = False
) -> tuple[int, int]:
    """Queue the alerts of runs not alerted yet, then send the due ones: (sent, failed)."""
    now = datetime.now(timezone.utc)
    s = config.settings
    with alerts_lock(db_path):
        enqueue_runs(db, targets, now=now)
        result = deliver(db, targets, now=now, retry_seconds=s.alert_retry_seconds,
                         max_attempts=s.alert_max_attempts, force=force)  # fmt: skip
    return len(result.sent), len(result.failed)


def _crawl(db_path: Path, config: Config, config_path: Path, slugs: tuple[str, ...]) -> dict:
    """run_crawl, waiting for a manual run's lock in short steps so a signal is heard."""
    deadline = time.monotonic() + config.settings.lock_wait_seconds
    while True:
        if STOP.is_set():
            raise Stopped
        try:
            step = max(0.0, min(1.0, deadline - time.monotonic()))
            return run_crawl(db_path, config, config_path, slugs=slugs,
                             progress=_check_stop, wait=step).run  # fmt: skip
        except LockBusy:
            if time.monotonic() >= deadline:
                raise


def _check_stop(done: int, total: int) -> None:
    """run_crawl's progress hook: raising here ends the child and marks the run."""
    if STOP.is_set():
        raise Stopped


def list_jobs(db_path: Path, config: Config) -> list[dict[str, Any]]:
    """The configured jobs with their next run time: from the job store when the
    scheduler has run (``stored`` true), else as the schedule would place them now."""
    stored: dict[str, Any] = {}
    if jobs_path(db_path).exists():
        scheduler = build_scheduler(db_path, config)
        scheduler.start(paused=True)
        try:
            stored = {job.id: job.next_run_time for job in scheduler.get_jobs(jobstore="default")}
        finally:
            scheduler.shutdown(wait=False)
    now = datetime.now(timezone.utc)
    return [
        {
            "id": spec.id,
            "programs": list(spec.slugs),
            "schedule": spec.schedule,
            "next_run": (
                stored.get(spec.id)
                if spec.id in stored
                else spec.trigger.get_next_fire_time(None, now)
            ),
            "stored": spec.id in stored,
        }  # fmt: skip
        for spec in plan(config)
    ]
