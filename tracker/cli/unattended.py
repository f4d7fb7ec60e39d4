"""The commands for running unattended: schedule, jobs, alerts and notify-test.

They drive tracker/run/scheduler.py and the alert outbox; Apprise and APScheduler are
imported only when one of them runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from config.schema import Config
from tracker.cli.options import (
    CONTEXT_SETTINGS,
    UserError,
    alert_targets,
    config_option,
    db_option,
    json_option,
    open_database,
)
from tracker.words import count


def _log_to_stderr() -> None:
    """One line per event on stderr; Apprise says only warnings (its info is per send)."""
    import logging

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("apprise").setLevel(logging.WARNING)


@click.command(context_settings=CONTEXT_SETTINGS)
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
    from tracker.run.scheduler import run_scheduler

    alert_targets(config)
    open_database(db_path).close()
    _log_to_stderr()
    run_scheduler(db_path, config_path, config, run_now=run_now)


@click.command(context_settings=CONTEXT_SETTINGS)
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
    from tracker.run.scheduler import list_jobs

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


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--retry", is_flag=True, help="Send the pending alerts that are due now.")
@click.option("--force", is_flag=True, help="With --retry: send every pending or failed alert now.")
@db_option
@config_option
@json_option
def alerts(
    config: Config, config_path: Path, db_path: Path, retry: bool, force: bool, as_json: bool
) -> None:
    """List alerts not delivered yet (pending or failed); --retry sends the due ones.

    A crawl queues its alerts; --retry sends them (queueing first those of any run not
    queued yet) and exits with code 1 when an alert could not be delivered, so
    `bootwatch crawl && bootwatch alerts --retry` in cron tells its monitor. Targets are
    shown redacted.

    Example:

    \b
        bootwatch alerts --retry --force
    """
    from db.outbox import open_alerts
    from tracker.run.scheduler import send_alerts

    if force and not retry:
        raise UserError("--force only goes with --retry")
    targets = alert_targets(config)
    db = open_database(db_path, must_exist=True, read_only=not retry)
    failed = 0
    if retry:
        sent, failed = send_alerts(db, db_path, config, targets, force=force)
        click.echo(f"{sent} sent, {failed} failed", err=as_json)  # keeps stdout JSON
    rows = open_alerts(db)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    else:
        _print_alerts(rows, configured=bool(targets))
    if failed:  # one line on stderr, exit 1: a monitor can tell nothing was delivered
        raise click.ClickException(f"{count(failed, 'alert')} could not be delivered (see above)")


def _print_alerts(rows: list[dict], *, configured: bool) -> None:
    if not rows:
        why = "" if configured else " (no alert targets: see `alerts:` in the README)"
        click.echo(f"No pending or failed alerts{why}.")
    for row in rows:
        due = f", next try {row['next_attempt_at']}" if row["status"] == "pending" else ""
        error = f"\n    last error: {row['last_error']}" if row["last_error"] else ""
        click.echo(f"#{row['id']} {row['status']} {row['kind']} to {row['target']}: "
                   f"{row['title']} ({count(row['attempts'], 'attempt')}{due}){error}")  # fmt: skip


@click.command("notify-test", context_settings=CONTEXT_SETTINGS)
@config_option
def notify_test(config: Config, config_path: Path) -> None:
    """Send a test message to every alert target and say which ones work.

    Exits with code 1 if any target fails. Targets are shown redacted.

    Example:

    \b
        BOOTWATCH_ALERT_URLS="mailto://user:pass@example.com" bootwatch notify-test
    """
    targets = alert_targets(config)
    if not targets:
        raise UserError("no alert targets: add `alerts:` to the config or set BOOTWATCH_ALERT_URLS")
    failures = 0
    for target in targets:
        error = target.send("bootwatch: test message", "This is a test message from bootwatch.\n")
        click.echo(f"{'ok  ' if error is None else 'FAIL'} {target.kind:8} {target.redacted}"
                   + (f": {error}" if error else ""))  # fmt: skip
        failures += error is not None
    if failures:
        raise click.ClickException(f"{failures} of {count(len(targets), 'target')} failed")
