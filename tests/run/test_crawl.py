"""End to end: `bootwatch crawl` against a real local web server into a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.connect import open_db
from tests.helpers import crawl
from tests.sites import write_config

PROGRAM = """<html><head><title>Backend Bootcamp</title></head><body>
<h1>Backend Bootcamp</h1>
<h2>Tuition</h2><p>Tuition is $1,925 total, or five payments of $385.</p>
<h2>Schedule</h2><p>The next cohort starts Nov 14th, 2022 - Feb 25th, 2023.</p>
<p>The program takes 16 weeks at about 12 hours per week.</p>
</body></html>"""


def local_config(tmp_path: Path, site, programs: dict[str, list[str]]) -> Path:
    """The config crawling ``programs`` (slug -> paths on ``site``), retrying once quickly."""
    urls = {slug: [f"{site.base_url}/{p}" for p in paths] for slug, paths in programs.items()}
    return write_config(tmp_path, urls, retries=1, retry_backoff=0.05, timeout=5)


@pytest.fixture
def pages(site):
    (site.root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (site.root / "camp").mkdir()
    (site.root / "camp" / "program.html").write_text(PROGRAM)
    (site.root / "camp" / "about.html").write_text("<html><body><p>About us.</p></body></html>")
    (site.root / "private").mkdir()
    (site.root / "private" / "page.html").write_text(PROGRAM)
    return site


def test_crawl_records_facts_then_uses_304(tmp_path, pages, db_path):
    config = local_config(tmp_path, pages, {"camp": ["camp/program.html", "camp/about.html"]})
    first = crawl(config, db_path)
    assert "1 program observed, 0 failed" in first.output
    db = open_db(db_path)
    version = db["program_versions"].get(1)
    # "5 x $385" is a payment plan: the range is over the one-time price alone
    assert (version["price_min"], version["price_max"]) == (1925.0, 1925.0)
    assert version["price_period"] == "one_time"
    assert version["earliest_start"] == "2022-11-14" and version["duration_weeks"] == 16
    body_bytes = db.execute("select sum(length(content)) from bodies").fetchone()[0]

    crawl(config, db_path)
    assert db["runs"].get(2)["pages_not_modified"] == 2
    assert db["program_versions"].count == 1
    assert db.execute("select sum(length(content)) from bodies").fetchone()[0] == body_bytes
    conditional = [r for r in pages.requests if r[1].startswith("/camp/")]
    assert [status for _, _, status in conditional] == [200, 200, 304, 304]


def test_failures_are_recorded_not_read_as_missing_facts(tmp_path, pages, db_path):
    config = local_config(
        tmp_path,
        pages,
        {
            "camp": ["camp/program.html"],
            "gone": ["camp/missing.html"],
            "secret": ["private/page.html"],
        },
    )
    result = crawl(config, db_path)
    db = open_db(db_path)
    outcomes = {
        row["program_slug"]: (row["outcome"], row["error"])
        for row in db.query(
            "select p.program_slug, f.outcome, f.error"
            " from fetches f join pages p on p.id = f.page_id"
        )
    }
    assert outcomes == {
        "camp": ("ok", None),
        "gone": ("http_error", "HTTP 404"),
        "secret": ("robots", "refused by robots.txt"),
    }
    observed = {r["program_slug"]: r["outcome"] for r in db.query("select * from observations")}
    assert observed == {"camp": "ok", "gone": "failed", "secret": "failed"}
    assert db["program_versions"].count == 1
    assert "/private/page.html" not in [path for _, path, _ in pages.requests], pages.requests
    assert "HTTP 404" in result.output and "refused by robots.txt" in result.output


def test_bad_config_exits_2_before_touching_the_database(tmp_path, db_path):
    config = tmp_path / "bad.yaml"
    config.write_text(
        "programs:\n  - slug: x\n    provider: X\n    name: X\n    urls: [ftp://x.org/]\n"
    )
    result = crawl(config, db_path, exit_code=2)
    assert "bad.yaml:5: programs[0] (x) urls: 'ftp://x.org/' is not an http(s) URL" in result.output
    assert not db_path.exists()


def test_unknown_program_exits_2(tmp_path, pages, db_path):
    config = local_config(tmp_path, pages, {"camp": ["camp/program.html"]})
    result = crawl(config, db_path, "2022-10-20", "--program", "nope", exit_code=2)
    assert "unknown program 'nope'" in result.output
