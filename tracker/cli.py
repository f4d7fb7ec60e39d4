"""The ``bootwatch`` command line.

Each command is a few lines: it validates its input, calls one function in tracker/ or
db/, and prints. User errors (a bad config, an unusable database) end with one line on
stderr and exit code 2, before anything is written.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from config.schema import DEFAULT_CONFIG_PATH, Config, ConfigError, load_config
from db.history import NotFound, field_history, report_data
from db.queries import current_facts, latest_run, program_rows, run_programs
from db.store import StoreError, open_db
from tracker import render, report_html
from tracker.crawl import run_crawl
from tracker.detect import diff_run
from tracker.diff import DiffSettings
from tracker.facts import FIELDS
from tracker.lock import LockBusy
from tracker.report import FORMATS, history_lines

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
console = Console(highlight=False)


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
    db = _open(db_path)
    console.print(render.run_summary(result.run, run_programs(db, result.run["id"])))
    if result.run["status"] != "completed":
        raise click.ClickException(
            f"crawl {result.run['status']}: {result.run['error']}\n{result.log}"
        )
    console.print(render.diff_summary(diff_run(db, result.run["id"], diff_settings(config))))


def diff_settings(config: Config) -> DiffSettings:
    """The config's change-detection settings."""
    s = config.settings
    return DiffSettings(s.confirm_runs, s.flap_window, s.flap_changes, s.gone_after)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--run", "run_id", type=int, help="Run to diff. [default: the latest]")
@db_option
@config_option
def diff(config: Config, config_path: Path, db_path: Path, run_id: int | None) -> None:
    """Detect changes in a run against each program's confirmed facts.

    `bootwatch crawl` does this at the end of every run; run it again after changing
    the change-detection settings, or for an older run. Re-running adds no duplicates.

    Example:

        bootwatch diff --run 12
    """
    db = _open(db_path, must_exist=True)
    run = (
        latest_run(db)
        if run_id is None
        else db["runs"].get(run_id)
        if db.execute("select 1 from runs where id = ?", [run_id]).fetchone()
        else None
    )
    if run is None:
        raise UserError(f"no run {run_id} in {db_path}" if run_id else f"no runs in {db_path}")
    console.print(render.diff_summary(diff_run(db, run["id"], diff_settings(config))))


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

        bootwatch programs --json
    """
    stored = {row["slug"]: row for row in program_rows(_open(db_path))} if db_path.exists() else {}
    rows = [render.program_row(p.model_dump(), stored.get(p.slug)) for p in config.programs]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    else:
        console.print(render.programs_table(rows))


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("slug")
@db_option
@json_option
def show(slug: str, db_path: Path, as_json: bool) -> None:
    """Print a program's latest facts, each with where it came from.

    Example:

        bootwatch show nucamp
    """
    current = current_facts(_open(db_path, must_exist=True), slug)
    if current is None:
        raise UserError(f"no observation of {slug!r} in {db_path}; crawl it first")
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
