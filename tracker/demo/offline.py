"""The offline demo: the seven programs' sample pages, served and crawled locally.

The sample site (tracker/demo/sample_site/) holds the programs' pages as the comparison quoted
them in October 2022 and later versions of them. The demo serves the first snapshot from
127.0.0.1, crawls it into a fresh database as of 2022-10-20 and prints what it found; then
switches the site to the later pages, crawls again as of 2022-11-07 and prints what changed:
raised prices, moved cohorts, guarantee changes, and nothing for the redesigned page or the
page whose only differences are noise.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from config.loading import parse_config
from config.schema import Config
from db.connect import open_db
from db.queries import run_programs
from tracker import describe
from tracker.cli import terminal
from tracker.demo.sitehost import LocalSite
from tracker.diff.decide import DiffSettings
from tracker.run.detect import RunDiff, diff_run
from tracker.words import count

SAMPLE_SITE = Path(__file__).with_name("sample_site")
#: The snapshots in the order the demo crawls them, with the day each crawl pretends it is.
SNAPSHOTS = (("2022-10", date(2022, 10, 20)), ("2022-11", date(2022, 11, 7)))


def demo_config(base_url: str, folder: Path) -> tuple[Config, Path]:
    """The sample programs pointed at ``base_url``, validated and written into ``folder``."""
    text = (SAMPLE_SITE / "programs.yaml").read_text(encoding="utf-8")
    text = text.replace("{base}", base_url)
    path = folder / "programs.yaml"
    path.write_text(text, encoding="utf-8")
    return parse_config(text, str(path)), path


def fresh_database(path: Path) -> None:
    """Remove a previous demo database, with its WAL files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_demo(
    db_path: Path, *, console: Console, crawl: Callable[..., Any], settings: DiffSettings
) -> list[RunDiff]:
    """Crawl each snapshot in turn into a fresh database; return each run's diff."""
    if db_path.exists():
        console.print(f"Starting over: {db_path} from an earlier demo is replaced.")
    fresh_database(db_path)
    diffs = []
    with LocalSite(SAMPLE_SITE) as site, tempfile.TemporaryDirectory() as tmp:
        config, config_path = demo_config(site.base_url, Path(tmp))
        for snapshot, as_of in SNAPSHOTS:
            site.root = SAMPLE_SITE / snapshot
            console.rule(f"Sample pages as of {snapshot}")
            console.print(
                f"Serving them at {site.base_url}; crawling"
                f" {count(len(config.programs), 'program')} as of {as_of} into {db_path}"
            )
            result = crawl(db_path, config, config_path, (), as_of)
            with closing(open_db(db_path)) as db:
                observed = run_programs(db, result.run["id"])
                console.print(terminal.run_summary(result.run, observed))
                console.print(found_table(observed))
                diffs.append(diff_run(db, result.run["id"], settings))
            console.print(terminal.diff_summary(diffs[-1]))
    console.print("\nExplore (the demo keeps its own database, so name it):")
    console.print(f"  bootwatch programs --db {db_path}\n  bootwatch show nucamp --db {db_path}")
    console.print(
        f"Evidence (the demo's site is gone, its pages are stored): bootwatch report --db"
        f" {db_path}, then bootwatch body HASH --db {db_path} -o page.html"
    )
    audit_sample_article(db_path, console=console, as_of=SNAPSHOTS[-1][1])
    return diffs


def audit_sample_article(db_path: Path, *, console: Console, as_of: date) -> None:
    """End of the story: what the later pages made stale in the sample comparison article."""
    from db.asof import audit_inputs
    from tracker.audit.report import markdown_lines
    from tracker.audit.verdicts import audit_text

    article = SAMPLE_SITE / "article.md"
    console.rule(f"Auditing the sample article {article.name} against the pages as of {as_of}")
    text = article.read_text(encoding="utf-8")
    with closing(open_db(db_path)) as db:
        inputs = audit_inputs(db, as_of.isoformat())
    result = audit_text(text, *inputs, as_of=as_of)
    console.print(Text("\n".join(markdown_lines(result, article.name, rest=False))))
    console.print(f"All claims: bootwatch audit {article} --as-of {as_of} --db {db_path}")


def found_table(programs: list[dict[str, Any]]) -> Table:
    """What the crawl found for each program, one column per main fact."""
    table = Table(title="What the pages say", title_justify="left", show_lines=True)
    for column in ("program", "prices", "starts", "duration", "guarantees"):
        table.add_column(column)
    for row in programs:
        facts = row["facts"] or {}
        starts = describe.field_text("start_dates", facts.get("start_dates"))
        if (facts.get("self_paced") or {}).get("value"):
            starts = "self-paced" if starts == "none" else f"self-paced; {starts}"
        table.add_row(
            Text(row["slug"]),
            Text(describe.field_text("prices", facts.get("prices")).replace("; ", "\n")),
            Text(starts),
            Text(describe.field_text("duration", facts.get("duration"))),
            Text(describe.field_text("guarantees", facts.get("guarantees"))),
        )
    return table
