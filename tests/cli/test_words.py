"""Counted nouns: one of a thing is never plural, in the CLI, the reports, the alerts and
the scheduler's log (tracker/words.py is the one helper all of them use)."""

from __future__ import annotations

import logging

import pytest
from click.testing import CliRunner

from tests.helpers import camp_config, camp_page, publish, run_job
from tests.receivers import Webhook
from tracker import describe
from tracker.cli.main import cli
from tracker.words import count, noun


@pytest.mark.parametrize(
    ("n", "args", "wanted"),
    [
        (0, ("change",), "0 changes"),
        (1, ("change",), "1 change"),
        (2, ("change",), "2 changes"),
        (1, ("switch", "switches"), "1 switch"),
        (3, ("switch", "switches"), "3 switches"),
        (1200, ("byte",), "1,200 bytes"),
    ],
)
def test_count(n, args, wanted):
    assert count(n, *args) == wanted
    assert noun(n, *args) == wanted.split(" ", 1)[1]


def test_one_week_one_month_one_hour():
    assert describe.duration({"weeks": 1, "months": 1, "hours_total": 1}) == (
        "1 week, 1 month, 1 hour"
    )
    assert describe.duration({"weeks": 16}) == "16 weeks"
    assert describe.income_share({"percent": 10, "months": 1}) == "10% of income for 1 month"


def test_one_program_one_change_everywhere(tmp_path, site, db_path, caplog):
    caplog.set_level(logging.INFO, logger="tracker.run.scheduler")
    config = camp_config(tmp_path, site)
    args = ["--db", str(db_path), "--config", str(config)]
    runner = CliRunner()
    publish(site, camp_page(0))
    first = runner.invoke(cli, ["crawl", *args])
    assert "1 program observed, 0 failed" in first.output, first.output
    publish(site, camp_page(1))  # the price alone changes
    second = runner.invoke(cli, ["crawl", *args])
    assert "Run 2: 1 change\n" in second.output, second.output
    markdown = runner.invoke(cli, ["report", "--db", str(db_path)]).output
    assert "1 change in 1 program, 0 health problems" in markdown
    html = tmp_path / "report.html"
    runner.invoke(cli, ["report", "--format", "html", "-o", str(html), "--db", str(db_path)])
    page = html.read_text()
    assert "<b>1</b><span>change</span>" in page
    assert "<span>program changed</span>" in page
    assert "<b>0</b><span>open health problems</span>" in page
    publish(site, camp_page(2))
    run_job(db_path, config)
    assert "1 program (1 ok, 0 failed), 1 change, 0 problems" in caplog.text
    for text in (first.output, second.output, markdown, page, caplog.text):
        for slip in ("1 programs", "1 changes", "1 runs", "1 problems"):
            assert slip not in text


def test_one_failing_target(tmp_path, site):
    with Webhook() as hook:
        hook.down = True
        config = camp_config(tmp_path, site, hook.url())
        result = CliRunner().invoke(cli, ["notify-test", "--config", str(config)])
    assert result.exit_code == 1 and hook.refused == 1
    assert result.stderr.strip() == "Error: 1 of 1 target failed"
