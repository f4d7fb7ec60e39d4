"""The ``bootwatch`` command line.

Each command is a few lines: it validates its input, calls one function in tracker/ or
db/, and prints. User errors (a bad config, an unusable database) end with one line on
stderr and exit code 2, before anything is written.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from config.schema import (
    DEFAULT_CONFIG_PATH,
    Config,
    ConfigError,
    load_config,
    unknown_program,
)
from db.history import NotFound, field_history, report_data
from db.queries import (
    body_hashes,
    current_facts,
    latest_run,
    program_rows,
    run_by_id,
    run_programs,
)
from db.store import StoreError, load_body, open_db
from tracker import render, report_html
from tracker.crawl import run_crawl
from tracker.detect import diff_run, diff_settings
from tracker.diff import DiffSettings
from tracker.facts import FIELDS
from tracker.lock import LockBusy
from tracker.report import FORMATS, history_lines

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
console = Console(highlight=False, soft_wrap=True)  # piped Markdown stays copyable


class UserError(click.ClickException):
    """A mistake in what the user gave us: one line, exit code 2."""

    exit_code = 2


def db_option(command: Callable) -> Callable:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default="bootwatch.db",
        envvar="BOOTWATCH_DB",
        show_default=True,
        help="SQLite database file (env BOOTWATCH_DB).",
    )(command)


def config_option(command: Callable) -> Callable:
    """Adds --config and passes the validated Config as ``config``."""

    @click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_CONFIG_PATH,
        envvar="BOOTWATCH_CONFIG",
        help="Tracked programs file (env BOOTWATCH_CONFIG). [default: config/programs.yaml]",
    )
    @functools.wraps(command)
    def wrapper(config_path: Path, **kwargs: Any) -> Any:
        return command(config=_load(config_path), config_path=config_path, **kwargs)

    return wrapper


def json_option(command: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(command)


def _load(path: Path) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        raise UserError(str(exc)) from None


def _open(path: Path, *, must_exist: bool = False) -> Any:
    if must_exist and not path.exists():
        raise UserError(f"{path}: no such database; run `bootwatch crawl` first")
    try:
        return open_db(path)
    except StoreError as exc:
        raise UserError(str(exc)) from None


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
    """Fetch the tracked programs' pages and store what they say.

    Example:

    \b
        bootwatch crawl --program nucamp --db bootwatch.db
    """
    try:
        config.select(slugs)
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    _open(db_path).close()  # fail on an unusable database before starting Scrapy
    try:
        result = crawl_with_progress(
            db_path, config, config_path, slugs, as_of and as_of.date(), wait=wait
        )
    except LockBusy as exc:
        raise click.ClickException(str(exc)) from None
    except (sqlite3.Error, OSError) as exc:  # a full disk, a vanished folder: say so in a line
        raise click.ClickException(f"{db_path}: cannot write the database: {exc}") from None
    db = _open(db_path)
    console.print(render.run_summary(result.run, run_programs(db, result.run["id"])))
    if result.run["status"] != "completed":
        raise click.ClickException(
            f"crawl {result.run['status']}: {result.run['error']}\n{result.log}"
        )
    found = diff_run(db, result.run["id"], diff_settings(config.settings))
    console.print(render.diff_summary(found))
    if not result.run["programs_ok"]:  # a run that saw nothing is not a success
        raise click.ClickException("no program could be observed: every fetch failed (above)")


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
    db = _open(db_path, must_exist=True)
    run = latest_run(db) if run_id is None else run_by_id(db, run_id)
    if run is None:
        raise UserError(f"no run {run_id} in {db_path}" if run_id else f"no runs in {db_path}")
    console.print(render.diff_summary(diff_run(db, run["id"], diff_settings(config.settings))))


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
    stored = {row["slug"]: row for row in program_rows(_open(db_path))} if db_path.exists() else {}
    rows = [render.program_row(p.model_dump(), stored.get(p.slug)) for p in config.programs]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    else:
        console.print(render.programs_table(rows))


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("digest", metavar="HASH")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Write the page to this file instead of standard output.",
)  # fmt: skip
@db_option
def body(digest: str, output: Path | None, db_path: Path) -> None:
    """Print a stored page body: the evidence of a change, as the page was when read.

    HASH is a body's sha1, or its first characters as reports show them ("bodies
    3f2a9c1e0b -> 9d8e7f6a5b"). A change keeps the bodies on both of its sides, and a page
    its latest one, long after the site has changed or gone.

    Example:

    \b
        bootwatch body 3f2a9c1e0b -o before.html
    """
    prefix = digest.strip().lower()
    if len(prefix) < 6 or any(c not in "0123456789abcdef" for c in prefix):
        raise UserError(f"{digest!r} is not a body hash: give at least 6 of its hex digits")
    db = _open(db_path, must_exist=True)
    found = body_hashes(db, prefix)
    if len(found) != 1:
        why = "no stored body" if not found else "more than one stored body"
        raise UserError(f"{why} has a hash beginning {prefix!r}")
    content = load_body(db, found[0])
    if content is None:  # pruned since it was found
        raise UserError(f"body {found[0]} is no longer stored")
    if output:
        output.write_bytes(content)
        click.echo(f"{output}: {len(content):,} bytes, body {found[0]}", err=True)
    elif sys.stdout.isatty():  # a page's bytes may hold escape codes for the terminal
        raise UserError("this prints a web page's raw bytes: give -o FILE, or pipe it")
    else:
        try:
            sys.stdout.buffer.write(content)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head` read enough; as Python's docs advise, point
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit's flush away


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("slug")
@db_option
@json_option
def show(slug: str, db_path: Path, as_json: bool) -> None:
    """Print a program's latest facts, each with where it came from.

    Example:

    \b
        bootwatch show nucamp
    """
    db = _open(db_path, must_exist=True)
    current = current_facts(db, slug)
    if current is None:
        known = {row["slug"]: row for row in program_rows(db)}
        if slug not in known:
            raise UserError(unknown_program(slug, known))
        last = known[slug]["last_outcome"] or "never crawled"
        raise UserError(f"no facts recorded for {slug!r} yet (its last crawl: {last})")
    if as_json:
        click.echo(json.dumps({"slug": slug, **current}, indent=2))
    else:
        console.print(render.facts_panel(slug, current))


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
    from tracker.demo import run_demo

    run_demo(db_path, console=console, crawl=crawl_with_progress, settings=DiffSettings())


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Runs as of this date or later.")
@click.option("--run", "run_id", type=int, help="Only this run. [default: the latest]")
@click.option("--program", metavar="SLUG", help="Only this program.")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here.")
@db_option
def report(
    db_path: Path, since: Any, run_id: int | None, program: str | None, fmt: str, output: Any
) -> None:
    """Report changes with their evidence, and open health problems.

    Markdown for a pull request or an email, one self-contained HTML page with
    before/after evidence and timelines, or JSON (shape in the README).

    Example:

    \b
        bootwatch report --since 2022-11-01 --format html -o report.html
    """
    if since and run_id is not None:
        raise UserError("--since and --run exclude each other; give one")
    try:
        data = report_data(
            _open(db_path, must_exist=True),
            since=since and since.date().isoformat(),
            run_id=run_id,
            program=program,
        )
    except NotFound as exc:
        raise UserError(str(exc)) from None
    text = report_html.render(data) if fmt == "html" else "\n".join(FORMATS[fmt](data)) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("slug")
@click.argument("field", required=False)
@db_option
@json_option
def history(slug: str, field: str | None, db_path: Path, as_json: bool) -> None:
    """Print how a program's field changed, version by version (all main fields by default).

    Example:

    \b
        bootwatch history nucamp prices
    """
    db = _open(db_path, must_exist=True)
    try:
        timelines = {f: field_history(db, slug, f) for f in ([field] if field else FIELDS)}
    except NotFound as exc:
        raise UserError(str(exc)) from None
    if as_json:
        click.echo(json.dumps({"program": slug, "fields": timelines}, indent=2))
    else:
        click.echo("\n".join(history_lines(slug, timelines)))


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here.")
@click.option("--as-of", metavar="DATE", help="Judge by the facts of this day. [default: today]")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="BOOTWATCH_CONFIG",
    help="Also match names of programs in this file that were never crawled.",
)
@db_option
def audit(
    article: Path, fmt: str, output: Any, as_of: str | None, config_path: Any, db_path: Path
) -> None:
    """Check a comparison article's claims (prices, dates, durations, guarantees) against
    what the programs' pages say, and suggest the fixes.

    Reads a Markdown article (front matter, comparison table, a section per bootcamp),
    maps its sections to tracked programs and gives each claim a verdict: current, stale,
    expired, unverifiable or unparseable. Markdown (for the article's pull request), a
    self-contained HTML page, or JSON (shape in the README).

    Example:

    \b
        bootwatch audit posts/best-backend-bootcamps.md --as-of 2022-11-07 -o audit.md
    """
    from db.asof import audit_inputs
    from tracker.audit import audit_text
    from tracker.audit_report import render as render_audit

    try:
        text = article.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{article}: cannot read the article: {exc}") from None
    try:
        day = date.fromisoformat(as_of) if as_of else date.today()
    except ValueError:
        raise UserError(f"--as-of {as_of!r}: not a date (YYYY-MM-DD)") from None
    # The ISO form, not what was typed: "20221107" parses as a date but compares as text.
    stamp = day.isoformat() if as_of else None
    programs, facts, history = audit_inputs(_open(db_path, must_exist=True), stamp)
    if config_path:
        known = {p["slug"] for p in programs}
        programs += [p.model_dump() for p in _load(config_path).programs if p.slug not in known]
    result = audit_text(text, programs, facts, history, as_of=day)
    report = render_audit(result, str(article), fmt)
    if output:
        output.write_text(report, encoding="utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(report, nl=False)


# --- Running unattended: schedule, jobs, alerts, notify-test (tracker/scheduler.py) ---


def _alert_targets(config: Config) -> list:
    """The config's alert targets plus BOOTWATCH_ALERT_URLS; a bad URL is a UserError."""
    from tracker.alerts import AlertConfigError, targets

    try:
        return targets(config.alerts)
    except AlertConfigError as exc:
        raise UserError(str(exc)) from None


def _log_to_stderr() -> None:
    """One line per event on stderr; Apprise says only warnings (its info is per send)."""
    import logging

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("apprise").setLevel(logging.WARNING)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--run-now", is_flag=True, help="Run every program once now, then keep the schedule.")
@db_option
@config_option
def schedule(config: Config, config_path: Path, db_path: Path, run_now: bool) -> None:
    """Crawl on the configured schedules, detect changes and send alerts, until stopped.

    Runs in the foreground until SIGINT or SIGTERM; the crawl in progress is then ended
    and marked interrupted. Jobs are kept in <db>.jobs.sqlite, so a restart keeps their
    next run times. Logs one line per run.

    Example:

    \b
        bootwatch schedule --run-now --db /var/lib/bootwatch/bootwatch.db
    """
    from tracker.scheduler import run_scheduler

    _alert_targets(config)
    _open(db_path).close()
    _log_to_stderr()
    run_scheduler(db_path, config_path, config, run_now=run_now)


@cli.command(context_settings=CONTEXT_SETTINGS)
@db_option
@config_option
@json_option
def jobs(config: Config, config_path: Path, db_path: Path, as_json: bool) -> None:
    """List the scheduled crawl jobs and their next run times.

    Times come from the job store when `bootwatch schedule` has run on this database,
    otherwise from the schedule as it would start now ("planned").

    Example:

    \b
        bootwatch jobs --db bootwatch.db
    """
    from tracker.scheduler import list_jobs

    rows = list_jobs(db_path, config)
    if as_json:
        out = [{**r, "next_run": r["next_run"] and r["next_run"].isoformat()} for r in rows]
        click.echo(json.dumps(out, indent=2))
        return
    for row in rows:
        when = row["next_run"].strftime("%Y-%m-%d %H:%M:%S %Z") if row["next_run"] else "never"
        state = "" if row["stored"] else " (planned)"
        click.echo(f"{row['id']}  '{row['schedule']}'  next run {when}{state}  "
                   f"programs: {', '.join(row['programs'])}")  # fmt: skip


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--retry", is_flag=True, help="Send the pending alerts that are due now.")
@click.option("--force", is_flag=True, help="With --retry: send every pending or failed alert now.")
@db_option
@config_option
@json_option
def alerts(
    config: Config, config_path: Path, db_path: Path, retry: bool, force: bool, as_json: bool
) -> None:
    """List alerts not delivered yet (pending or failed); --retry sends the due ones.

    Targets are shown redacted. Alerts of runs not alerted yet (a manual crawl) are
    queued by --retry first.

    Example:

    \b
        bootwatch alerts --retry --force
    """
    from db.outbox import open_alerts
    from tracker.scheduler import send_alerts

    if force and not retry:
        raise UserError("--force only goes with --retry")
    targets = _alert_targets(config)
    db = _open(db_path, must_exist=True)
    if retry:
        sent, failed = send_alerts(db, db_path, config, targets, force=force)
        click.echo(f"{sent} sent, {failed} failed")
    rows = open_alerts(db)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("No pending or failed alerts.")
    for row in rows:
        due = f", next try {row['next_attempt_at']}" if row["status"] == "pending" else ""
        error = f"\n    last error: {row['last_error']}" if row["last_error"] else ""
        click.echo(f"#{row['id']} {row['status']} {row['kind']} to {row['target']}: "
                   f"{row['title']} ({row['attempts']} attempts{due}){error}")  # fmt: skip


@cli.command("notify-test", context_settings=CONTEXT_SETTINGS)
@config_option
def notify_test(config: Config, config_path: Path) -> None:
    """Send a test message to every alert target and say which ones work.

    Exits with code 1 if any target fails. Targets are shown redacted.

    Example:

    \b
        BOOTWATCH_ALERT_URLS="mailto://user:pass@example.com" bootwatch notify-test
    """
    targets = _alert_targets(config)
    if not targets:
        raise UserError("no alert targets: add `alerts:` to the config or set BOOTWATCH_ALERT_URLS")
    failures = 0
    for target in targets:
        error = target.send("bootwatch: test message", "This is a test message from bootwatch.\n")
        click.echo(f"{'ok  ' if error is None else 'FAIL'} {target.kind:8} {target.redacted}"
                   + (f": {error}" if error else ""))  # fmt: skip
        failures += error is not None
    if failures:
        raise click.ClickException(f"{failures} of {len(targets)} targets failed")
