"""What many test files do the same way, written once: crawl with the CLI, publish a page
on a local site, the camp program whose facts change step by step, the demo's database.

Sites themselves are in tests/sites.py (and tracker/demo/sitehost.py), the SMTP and
webhook receivers in tests/receivers.py, the fixtures in tests/conftest.py.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner, Result
from rich.console import Console

from db.connect import open_db
from tests.sites import write_config
from tracker.cli.main import cli, crawl_with_progress
from tracker.demo.offline import run_demo
from tracker.demo.sitehost import LocalSite
from tracker.diff.decide import DiffSettings
from tracker.run import scheduler

#: The camp program's page, in steps: each step changes one or two facts of the one before.
CAMP_PAGE = """<html><body><h1>Backend Bootcamp</h1>
<h2>Tuition</h2><p>Tuition is {price} total.</p>
<h2>Schedule</h2><p>The next cohort starts {start}, 2030 - Feb 25th, 2031.</p>
<p>The program takes {weeks} weeks at about 12 hours per week.</p>
</body></html>"""
CAMP_STEPS = [
    {"price": "$1,925", "start": "Nov 14th", "weeks": 16},
    {"price": "$2,105", "start": "Nov 14th", "weeks": 16},
    {"price": "$2,105", "start": "Dec 5th", "weeks": 16},
    {"price": "$2,105", "start": "Dec 5th", "weeks": 18},
    {"price": "$2,300", "start": "Dec 5th", "weeks": 18},
]
CAMP_PATH = "camp/program.html"


@contextmanager
def serve_site(folder: Path, kind: type[LocalSite] = LocalSite) -> Iterator[LocalSite]:
    """A ``kind`` of LocalSite on 127.0.0.1 serving ``folder``/site (made here)."""
    root = folder / "site"
    root.mkdir(parents=True, exist_ok=True)
    with kind(root) as local:
        yield local


def camp_page(step: int) -> str:
    return CAMP_PAGE.format(**CAMP_STEPS[step])


def publish(site: LocalSite, html: str, path: str = CAMP_PATH) -> None:
    """Put ``html`` at ``path`` on ``site``, as a site's next deploy would."""
    target = site.root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html)


def camp_config(tmp_path: Path, site: LocalSite, *alerts: str, **settings: object) -> Path:
    """The config of the camp program on ``site``, alerting ``alerts`` at once, no retries."""
    fast = {"retries": 0, "timeout": 5, "alert_retry_seconds": 0, "jitter_seconds": 0}
    urls = {"camp": [f"{site.base_url}/{CAMP_PATH}"]}
    return write_config(tmp_path, urls, alerts=alerts, **{**fast, **settings})


def crawl(
    config: Path, db_path: Path, as_of: str = "2022-10-20", *extra: str, exit_code: int = 0
) -> Result:
    """``bootwatch crawl`` in this process; fails the test unless it exits ``exit_code``."""
    args = ["crawl", "--config", str(config), "--db", str(db_path), "--as-of", as_of, *extra]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == exit_code, result.output
    return result


def future_schema(path: Path) -> Path:
    """A bootwatch database at ``path`` that a newer bootwatch has migrated once more."""
    open_db(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at)"
            " values ('bootwatch', 'm900_future', '2031-01-01')"
        )
    conn.close()
    return path


def run_job(db_path: Path, config: Path) -> dict:
    """One scheduled run, as the scheduler's job runs it."""
    run = scheduler.scheduled_run(str(db_path), str(config), [])
    assert run is not None
    return run


def build_demo(path: Path) -> str:
    """Run the offline demo (two crawls of the sample site, diffed) into ``path``; returns
    what it printed."""
    printed = io.StringIO()
    console = Console(file=printed, width=400, color_system=None, soft_wrap=True)
    run_demo(path, console=console, crawl=crawl_with_progress, settings=DiffSettings())
    return printed.getvalue()


#: Page text an attacker chose: a script, a javascript: link, an onerror image, terminal
#: escapes (colour and an OSC 8 link), bare and Markdown links.
PAYLOAD = (
    "<script>document.title='pw'+'ned'</script> [click](javascript:alert(1)) "
    "<img src=x onerror=\"document.body.append('pw'+'ned')\"> "
    "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07osc link\x1b]8;;\x07 "
    "see https://evil.example and www.evil.example ![img](https://evil.example/x.png)"
)


def hostile_copy(source: Path, target: Path) -> Path:
    """A copy of ``source`` plus one change and one problem made of attacker-chosen text."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    db = open_db(target)
    db["changes"].insert(
        {"id": "hostile", "run_id": 2, "program_slug": "nucamp", "field": "guarantees",
         "kind": "changed", "old": json.dumps({"terms": PAYLOAD}), "new": "null",
         "summary": f"Nucamp job guarantee terms changed: {PAYLOAD}", "severity": "high",
         "detected_at": "2022-11-07T06:00:00Z", "page_url": "javascript:alert(1)",
         "old_snippet": f"old {PAYLOAD}", "new_snippet": f"new {PAYLOAD} new",
         "old_body_hash": None, "new_body_hash": None}
    )  # fmt: skip
    db["problems"].insert(
        {"program_slug": "nucamp", "kind": "value_lost", "field": "prices",
         "detail": f"price vanished {PAYLOAD}", "first_run_id": 2, "last_run_id": 2, "runs": 1}
    )  # fmt: skip
    db.close()
    return target
