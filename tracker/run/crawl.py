"""Run one crawl: open a run, let Scrapy fetch in a child process, close the run.

Scrapy runs as ``python -m scrapy crawl programs`` in a child process because Twisted's
reactor cannot be restarted in one process (scrapy#5026): the scheduler and the demo call
this many times from one long-lived process. The parent owns the run row, so a child that
dies still leaves a run marked failed, and every program it finished is stored whole.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from config.schema import Config
from db.connect import open_db
from db.queries import programs_observed
from db.runs import finish_run, mark_interrupted_runs, start_run
from db.store import sync_programs
from tracker.run.lock import run_lock
from tracker.words import count

#: Called with (programs done, programs total) while the crawl runs.
Progress = Callable[[int, int], None]


@dataclass
class CrawlResult:
    run: dict  # the finished runs row
    log: str  # the tail of Scrapy's log, for a failure message


def run_crawl(
    db_path: Path,
    config: Config,
    config_path: Path,
    *,
    slugs: tuple[str, ...] = (),
    as_of: date | None = None,
    progress: Progress | None = None,
    poll_seconds: float = 0.25,
    wait: float = 0.0,
    scrapy_settings: dict[str, object] | None = None,
) -> CrawlResult:
    """Crawl ``slugs`` (all programs when empty) into the database at ``db_path``.

    ``scrapy_settings`` are passed to Scrapy as ``-s NAME=value`` (they win over the
    config's). Holds the database's run lock throughout (waiting up to ``wait`` seconds
    for it): raises tracker.run.lock.LockBusy if another run has it."""
    day = as_of or today(config.settings.timezone)  # once: the run and its child agree
    with run_lock(db_path, wait=wait), closing(open_db(db_path)) as db:
        return _crawl(db, db_path, config, config_path, slugs, day, progress, poll_seconds,
                      scrapy_settings)  # fmt: skip


def today(timezone: str | None) -> date:
    """Today's date where the schedule lives (the machine's zone when none is set)."""
    return datetime.now(ZoneInfo(timezone)).date() if timezone else date.today()


def _crawl(
    db: Database,
    db_path: Path,
    config: Config,
    config_path: Path,
    slugs: tuple[str, ...],
    as_of: date,
    progress: Progress | None,
    poll_seconds: float,
    scrapy_settings: dict[str, object] | None = None,
) -> CrawlResult:
    programs = config.select(slugs)
    mark_interrupted_runs(db)
    sync_programs(db, [p.model_dump() for p in programs])
    run_id = start_run(db, as_of=as_of, config_path=str(config_path), programs=len(programs))
    with (
        tempfile.NamedTemporaryFile("w+", suffix=".log", prefix="bootwatch-scrapy-") as log,
        tempfile.TemporaryDirectory(
            prefix="bootwatch-", dir=_scratch_base(), ignore_cleanup_errors=True
        ) as scratch,
    ):
        snapshot: Path | None = None
        try:  # the config checked here, for the child; no alert targets: they hold secrets
            checked = Config(settings=config.settings, programs=programs)
            Path(scratch, "config.json").write_text(checked.model_dump_json())
            snapshot = Path(scratch, "config.json")
        except OSError:  # a full disk: the child reads the YAML file itself
            pass
        command = scrapy_command(db_path, config_path, run_id, programs=slugs, as_of=as_of,
                                 snapshot=snapshot)  # fmt: skip
        for name, value in (scrapy_settings or {}).items():
            command += ["-s", f"{name}={value}"]
        env = _child_env(scratch)
        child = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            while child.poll() is None:
                if progress:
                    progress(programs_observed(db, run_id), len(programs))
                try:  # wakes as soon as the child exits, not a poll interval later
                    child.wait(timeout=poll_seconds)
                except subprocess.TimeoutExpired:
                    pass
        except BaseException:
            # Scrapy stops gracefully on SIGTERM: it waits for the downloads in flight, up
            # to their timeout. A stop is meant now, so after a short grace it is killed;
            # each program is stored in a transaction, so a kill loses no stored program.
            child.terminate()
            try:
                child.wait(timeout=STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                pass
            finally:  # still running, or interrupted again: end it before its folder goes
                if child.poll() is None:
                    child.kill()
                    child.wait()
            finish_run(db, run_id, status="interrupted", error="stopped by the user")
            raise
        if progress:
            progress(programs_observed(db, run_id), len(programs))
        log.seek(0)
        tail = "".join(log.readlines()[-200:])
    status, error = "completed", None
    missing = len(programs) - programs_observed(db, run_id)
    if child.returncode != 0:
        status, error = "failed", f"scrapy exited with code {child.returncode}"
    elif missing:
        status, error = "failed", f"{missing} of {count(len(programs), 'program')} not recorded"
    if error:
        error = "; ".join(filter(None, [error, first_error(tail)]))
    run = finish_run(db, run_id, status=status, error=error)
    return CrawlResult(run=run, log=tail)


def first_error(log: str) -> str | None:
    """The first ERROR line of a Scrapy log, without its timestamp and logger."""
    for line in log.splitlines():
        if "] ERROR: " in line:
            return line.split("] ERROR: ", 1)[1].strip()
    return None


def scrapy_command(
    db_path: Path,
    config_path: Path,
    run_id: int,
    *,
    programs: tuple[str, ...] = (),
    as_of: date | None = None,
    snapshot: Path | None = None,
) -> list[str]:
    """The child's command line: ``scrapy crawl programs`` with this run's arguments; with
    ``snapshot`` (the validated config in JSON) the child reads that, not the YAML."""
    command = [sys.executable, "-m", "scrapy", "crawl", "programs"]
    command += ["-a", f"config={config_path}", "-s", f"BOOTWATCH_DB={db_path}"]
    command += ["-s", f"BOOTWATCH_RUN_ID={run_id}", "-s", "LOG_LEVEL=INFO"]
    command += ["-s", f"BOOTWATCH_PARENT_PID={os.getpid()}"]
    if programs:
        command += ["-a", f"programs={','.join(programs)}"]
    if as_of:
        command += ["-a", f"as_of={as_of.isoformat()}"]
    if snapshot:
        command += ["-a", f"snapshot={snapshot}"]
    return command


#: How long a stopped crawl's Scrapy may take to finish on its own before it is killed.
STOP_GRACE_SECONDS = 5.0


def _scratch_base() -> str:
    """Where the child's scratch folder goes: the usual temporary folder, unless its path
    is so long that the fork server's socket inside it (the base, then three generated
    names: ``bootwatch-...``, ``pymp-...`` and ``listener-...``, 52 bytes in all) would pass
    the 107 bytes a Unix socket path may have; then /tmp, where the workers can still start."""
    base = tempfile.gettempdir()
    return base if len(base) + 52 <= 107 or not os.path.isdir("/tmp") else "/tmp"


def _child_env(scratch: str) -> dict[str, str]:
    """Point Scrapy at our settings whatever the working directory (no scrapy.cfg needed),
    and its temporary files at ``scratch``, which this process removes when the child has
    ended: the extraction workers' fork server keeps its socket in a folder there that a
    killed child (out of memory, kill -9) never removes, and a scheduler running for
    months would leave one in /tmp for each such crawl."""
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="config.settings", TMPDIR=scratch)
    root = str(Path(__file__).resolve().parents[2])  # the checkout: tracker/run/crawl.py
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env
