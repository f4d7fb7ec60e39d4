"""End to end: three crawls of a site whose pages change, and a run that gets only 503s."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from db.connect import open_db
from tests.helpers import CAMP_PATH, crawl, publish, serve_site
from tests.sites import FaultySite, write_config
from tracker.cli.main import cli

V1 = """<html><body><h1>Backend Bootcamp</h1>
<h2>Tuition</h2><p>Tuition is $1,925 total, or five payments of $385.</p>
<h2>Schedule</h2><p>The next cohort starts Nov 14th, 2022 - Feb 25th, 2023.</p>
<p>The program takes 16 weeks at about 12 hours per week.</p>
<p>Only {seats} seats left! Page generated at {stamp}. <input name="csrf" value="{token}"></p>
</body></html>"""
V2 = V1.replace("$1,925", "$2,105").replace("$385", "$421").replace("Nov 14th", "Dec 5th")
V3 = V2.replace("16 weeks", "18 weeks")


@pytest.fixture
def site(tmp_path):
    with serve_site(tmp_path, FaultySite) as local:
        yield local


def noisy(template: str, n: int) -> str:
    """``template`` with the noise of fetch ``n``: seats left, a render time, a token."""
    return template.format(seats=10 - n, stamp=f"2022-10-2{n}T0{n}:00", token=f"tok{n}" * 4)


def camp_crawl(tmp_path, site, db_path, as_of, exit_code=0):
    urls = {"camp": [f"{site.base_url}/{CAMP_PATH}"]}
    config = write_config(tmp_path, urls, retries=1, retry_backoff=0.01, timeout=5)
    return crawl(config, db_path, as_of, exit_code=exit_code)


def changes(db, run_id):
    rows = db.query(
        "select field, kind, summary from changes where run_id = ? order by field, summary",
        [run_id],
    )
    return [(r["field"], r["kind"], r["summary"]) for r in rows]


def test_three_crawls_record_exactly_the_changes(tmp_path, site, db_path):
    publish(site, noisy(V1, 1))
    camp_crawl(tmp_path, site, db_path, "2022-10-20")
    publish(site, noisy(V1, 2))  # noise only: seats, timestamp, token
    camp_crawl(tmp_path, site, db_path, "2022-10-27")
    site.faults["*"] = 503  # the server is down for a run
    down = camp_crawl(tmp_path, site, db_path, "2022-10-30", exit_code=1)
    del site.faults["*"]
    publish(site, noisy(V2, 3))
    camp_crawl(tmp_path, site, db_path, "2022-11-01")
    publish(site, noisy(V3, 4))
    camp_crawl(tmp_path, site, db_path, "2022-11-03")

    db = open_db(db_path)
    assert changes(db, 1) == [("lifecycle", "added", "Camp now tracked")]
    assert changes(db, 2) == []
    assert changes(db, 3) == []
    assert "no page could be read this run; last known facts kept" in down.output
    assert "no program could be observed: every fetch failed" in down.output
    assert changes(db, 4) == [
        ("prices", "changed", "Camp tuition $1,925 -> $2,105 (+$180, +9.4%)"),
        ("prices", "changed", "Camp tuition (payment plan) 5 x $385 -> 5 x $421 (+$36, +9.4%)"),
        ("start_dates", "moved", "Camp cohort moved Nov 14, 2022 -> Dec 5, 2022"),
    ]
    assert [(f, k) for f, k, _ in changes(db, 5)] == [("duration", "changed")]
    problem = next(db.query("select * from problems where kind = 'fetch_failing'"))
    assert (problem["first_run_id"], problem["resolved_run_id"]) == (3, 4)

    # Evidence: the change rows point at stored bodies on both sides.
    row = next(db.query("select * from changes where run_id = 4 and field = 'start_dates'"))
    assert row["page_url"].endswith("/camp/program.html")
    bodies = {h: db["bodies"].get(h)["size"] for h in (row["old_body_hash"], row["new_body_hash"])}
    assert len(bodies) == 2

    # Re-running the differ for a run adds no duplicates.
    before = db["changes"].count
    result = CliRunner().invoke(
        cli,
        ["diff", "--run", "4", "--db", str(db_path), "--config", str(tmp_path / "programs.yaml")],
    )
    assert result.exit_code == 0, result.output
    assert db["changes"].count == before
    assert json.loads(row["new"])["start"] == "2022-12-05"


def test_diff_of_unknown_run_is_a_user_error(tmp_path, site, db_path):
    publish(site, noisy(V1, 1))
    camp_crawl(tmp_path, site, db_path, "2022-10-20")
    result = CliRunner().invoke(
        cli,
        ["diff", "--run", "99", "--db", str(db_path), "--config", str(tmp_path / "programs.yaml")],
    )
    assert result.exit_code == 2 and "no run 99" in result.output
