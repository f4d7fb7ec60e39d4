"""The ``bootwatch`` command line: the group, and the commands that crawl and diff.

Each command is a few lines: it validates its input, calls one function in tracker/ or
db/, and prints. The commands that read what was recorded are in tracker/cli/records.py,
those for running unattended in tracker/cli/unattended.py; what they share (options,
console, one-line errors) in tracker/cli/options.py.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from config.schema import Config, ConfigError
from db.queries import latest_run, program_rows, run_by_id, run_programs
from tracker.cli import records, terminal, unattended
from tracker.cli.options import (
    CONTEXT_SETTINGS,
    UserError,
    alert_targets,
    config_option,
    console,
    db_option,
    json_option,
    open_database,
)
from tracker.diff.decide import DiffSettings
from tracker.run.crawl import run_crawl
from tracker.run.detect import diff_run, diff_settings
from tracker.run.lock import LockBusy
from tracker.words import count


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="bootwatch")
def cli() -> None:
    """Track coding-bootcamp facts (tuition, start dates, duration, guarantees) over time.

    Crawls each program's own pages, keeps every observation in SQLite and reports
    what changed, with evidence.

    Example:

    \b
        bootwatch demo
    """


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--program", "slugs", multiple=True, metavar="SLUG", help="Only this program.")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), help="Date the run treats as today.")
@click.option(
    "--wait",
    type=float,
    default=0,
    show_default=True,
    metavar="SECONDS",
    help="If another run holds the database, wait this long for it before giving up.",
)
@db_option
@config_option
def crawl(
    config: Config, config_path: Path, db_path: Path, slugs: tuple, as_of: Any, wait: float
) -> None:
    """Fetch the tracked programs' pages, store what they say and detect changes.

    The run's alerts (its digest and health notes, for each alert target) are queued,
    not sent: `bootwatch alerts --retry` sends them, or a running `bootwatch schedule`
    at its next run.

    Example:

    \b
        bootwatch crawl --program nucamp --db bootwatch.db
    """
    try:
        config.select(slugs)
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    targets = alert_targets(config)  # a bad BOOTWATCH_ALERT_URLS fails before the crawl
    open_database(db_path).close()  # fail on an unusable database before starting Scrapy
    try:
        result = crawl_with_progress(
            db_path, config, config_path, slugs, as_of and as_of.date(), wait=wait
        )
    except LockBusy as exc:
        raise click.ClickException(str(exc)) from None
    except (sqlite3.Error, OSError) as exc:  # a full disk, a vanished folder: say so in a line
        raise click.ClickException(f"{db_path}: cannot write the database: {exc}") from None
    db = open_database(db_path)
    console.print(terminal.run_summary(result.run, run_programs(db, result.run["id"])))
    completed = result.run["status"] == "completed"
    if completed:
        console.print(
            terminal.diff_summary(diff_run(db, result.run["id"], diff_settings(config.settings)))
        )
    queue_alerts_of_run(db, db_path, targets)
    if not completed:
        raise click.ClickException(
            f"crawl {result.run['status']}: {result.run['error']}\n{result.log}"
        )
    if not result.run["programs_ok"]:  # a run that saw nothing is not a success
        raise click.ClickException("no program could be observed: every fetch failed (above)")


def queue_alerts_of_run(db: Any, db_path: Path, targets: list) -> None:
    """Queue a manual crawl's alerts the way a scheduled run does (tracker.run.deliver) and
    say how many. If they cannot be queued now (the alert lock stays busy, the disk is
    full) the run stays not alerted, and the next `alerts --retry` queues them."""
    from tracker.run.deliver import queue_alerts

    try:
        queued = queue_alerts(db, db_path, targets)
    except (LockBusy, sqlite3.Error) as exc:
        raise click.ClickException(
            f"alerts not queued yet ({exc}); `bootwatch alerts --retry` queues them"
        ) from None
    if queued:
        console.print(
            f"Alerts: {count(queued, 'message')} queued; `bootwatch alerts --retry` sends"
            " them (a running `bootwatch schedule` does at its next run)"
        )


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--run", "run_id", type=int, help="Run to diff. [default: the latest]")
@db_option
@config_option
def diff(config: Config, config_path: Path, db_path: Path, run_id: int | None) -> None:
    """Detect changes in a run against each program's confirmed facts.

    `bootwatch crawl` does this at the end of every run; run it again after changing
    the change-detection settings, or for an older run. Re-running adds no duplicates.

    Example:

    \b
        bootwatch diff --run 12
    """
    db = open_database(db_path, must_exist=True)
    run = latest_run(db) if run_id is None else run_by_id(db, run_id)
    if run is None:
        raise UserError(f"no run {run_id} in {db_path}" if run_id else f"no runs in {db_path}")
    console.print(terminal.diff_summary(diff_run(db, run["id"], diff_settings(config.settings))))


def crawl_with_progress(
    db_path: Path,
    config: Config,
    config_path: Path,
    slugs: tuple,
    as_of: date | None,
    wait: float = 0.0,
) -> Any:
    """run_crawl with a progress bar on stderr (hidden when stderr is not a terminal)."""
    columns = (TextColumn("crawling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("crawl", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return run_crawl(
            db_path.resolve(),
            config,
            config_path.resolve(),
            slugs=slugs,
            as_of=as_of,
            progress=update,
            wait=wait,
        )


@cli.command(context_settings=CONTEXT_SETTINGS)
@db_option
@config_option
@json_option
def programs(config: Config, config_path: Path, db_path: Path, as_json: bool) -> None:
    """List the tracked programs and their latest observed state.

    Example:

    \b
        bootwatch programs --json
    """
    stored = (
        {row["slug"]: row for row in program_rows(open_database(db_path, read_only=True))}
        if db_path.exists()
        else {}  # nothing crawled yet: the config alone
    )
    rows = [terminal.program_row(p.model_dump(), stored.get(p.slug)) for p in config.programs]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    else:
        console.print(terminal.programs_table(rows))


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default="bootwatch-demo.db",
    show_default=True,
    help="Database for the demo (recreated on every run).",
)
def demo(db_path: Path) -> None:
    """Crawl the bundled sample pages of the seven programs, offline, and show the result.

    Serves the sample site from 127.0.0.1, crawls it into a fresh database and prints
    what was found.

    Example:

    \b
        bootwatch demo --db /tmp/demo.db
    """
    from tracker.demo.offline import run_demo

    run_demo(db_path, console=console, crawl=crawl_with_progress, settings=DiffSettings())


# The commands of the other two modules: every click.Command defined there.
for module in (records, unattended):
    for command in vars(module).values():
        if isinstance(command, click.Command):
            cli.add_command(command)
