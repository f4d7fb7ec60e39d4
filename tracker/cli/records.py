"""The commands that read what was recorded: show, body, report, history and audit."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from config.checks import unknown_program
from db.history import NotFound, field_history, report_data
from db.queries import body_hashes, current_facts, program_rows
from db.store import load_body
from tracker.cli import terminal
from tracker.cli.options import (
    CONTEXT_SETTINGS,
    UserError,
    console,
    db_option,
    json_option,
    open_database,
    output_option,
    read_config,
    write_output,
)
from tracker.facts import FIELDS
from tracker.report import html as report_html
from tracker.report.text import FORMATS, history_lines
from tracker.words import count


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("digest", metavar="HASH")
@output_option("Write the page to this file instead of standard output.")
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
    db = open_database(db_path, read_only=True)
    found = body_hashes(db, prefix)
    if len(found) != 1:
        why = "no stored body" if not found else "more than one stored body"
        raise UserError(f"{why} has a hash beginning {prefix!r}")
    content = load_body(db, found[0])
    if content is None:  # pruned since it was found
        raise UserError(f"body {found[0]} is no longer stored")
    if output:
        write_output(output, content)
        click.echo(f"{output}: {count(len(content), 'byte')}, body {found[0]}", err=True)
    elif sys.stdout.isatty():  # a page's bytes may hold escape codes for the terminal
        raise UserError("this prints a web page's raw bytes: give -o FILE, or pipe it")
    else:
        try:
            sys.stdout.buffer.write(content)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head` read enough; as Python's docs advise, point
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit's flush away


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("slug")
@db_option
@json_option
def show(slug: str, db_path: Path, as_json: bool) -> None:
    """Print a program's latest facts, each with where it came from.

    Example:

    \b
        bootwatch show nucamp
    """
    db = open_database(db_path, read_only=True)
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
        console.print(terminal.facts_panel(slug, current))


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Runs as of this date or later.")
@click.option("--run", "run_id", type=int, help="Only this run. [default: the latest]")
@click.option("--program", metavar="SLUG", help="Only this program.")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True
)
@output_option("Write here instead of standard output.")
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
            open_database(db_path, read_only=True),
            since=since and since.date().isoformat(),
            run_id=run_id,
            program=program,
        )
    except NotFound as exc:
        raise UserError(str(exc)) from None
    text = report_html.report_page(data) if fmt == "html" else "\n".join(FORMATS[fmt](data)) + "\n"
    if output:
        write_output(output, text)
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.command(context_settings=CONTEXT_SETTINGS)
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
    db = open_database(db_path, read_only=True)
    try:
        timelines = {f: field_history(db, slug, f) for f in ([field] if field else FIELDS)}
    except NotFound as exc:
        raise UserError(str(exc)) from None
    if as_json:
        click.echo(json.dumps({"program": slug, "fields": timelines}, indent=2))
    else:
        click.echo("\n".join(history_lines(slug, timelines)))


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True
)
@output_option("Write here instead of standard output.")
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
    from tracker.audit.report import format_audit
    from tracker.audit.verdicts import audit_text

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
    programs, facts, history = audit_inputs(open_database(db_path, read_only=True), stamp)
    if config_path:
        known = {p["slug"] for p in programs}
        programs += [
            p.model_dump() for p in read_config(config_path).programs if p.slug not in known
        ]
    result = audit_text(text, programs, facts, history, as_of=day)
    report = format_audit(result, str(article), fmt)
    if output:
        write_output(output, report)
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(report, nl=False)
