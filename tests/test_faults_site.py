"""A hostile web: every misbehaviour ends as a recorded failure or a correct observation.

Three crawls of one local site: all pages good, then each program's page misbehaving in
its own way, then good again. No run may record a change, hang or crash, and each fetch
must say what went wrong.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from db.store import open_db
from tests.sites import FaultySite
from tracker.cli import cli

GOOD = """<html><body><h1>Backend Bootcamp</h1>
<h2>Tuition</h2><p>Tuition is $1,925 total, or five payments of $385.</p>
<h2>Schedule</h2><p>The next cohort starts Nov 14th, 2022 - Feb 25th, 2023.</p>
<p>The program takes 16 weeks at about 12 hours per week.</p></body></html>"""

#: program -> (fault during the second crawl, outcome recorded, error recorded)
CUT = "response cut short: fewer bytes than the server announced"
FAULTED = {
    "http-500": (500, "http_error", "HTTP 500"),
    "http-502": (502, "http_error", "HTTP 502"),
    "http-503": (503, "http_error", "HTTP 503"),
    "http-429": (429, "http_error", "HTTP 429"),
    "http-403": (403, "http_error", "HTTP 403"),
    "http-404": (404, "http_error", "HTTP 404"),
    "http-410": (410, "http_error", "HTTP 410"),
    "reset": ("reset", "network_error", CUT),
    "truncated": ("truncate", "network_error", CUT),
    "timeout": ("hang", "timeout", "timed out waiting for the server"),
    "loop": ("redirect_loop", "redirect_loop", "too many redirects (a redirect loop)"),
    "offsite": ("offsite", "offsite_redirect",
                "redirected off-site to http://localhost:{port}/parked.html"),
    "captcha": ("soft_error", "blocked",
                "the site served a captcha page instead of the program page"),
    "huge": ("huge", "too_large", "page too large: stopped at the configured size limit"),
    "empty": ("empty", "empty", "the server sent an empty page"),
    "binary": ("binary", "not_html", "the response is not an HTML page"),
}  # fmt: skip
#: programs whose page is always odd but holds real facts: they must be read correctly
ODD = {"cp1252": "wrong_charset", "nested": "nested"}
ROBOTS = "private"  # a page robots.txt disallows


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (root / "parked.html").write_text("<html><body>This domain is for sale.</body></html>")
    (root / "private").mkdir()
    for slug in [*FAULTED, *ODD]:
        (root / f"{slug}.html").write_text(GOOD)
    (root / "private" / "page.html").write_text(GOOD)
    with FaultySite(root) as local:
        for slug, fault in ODD.items():
            local.faults[f"/{slug}.html"] = fault
        yield local


def write_config(tmp_path, site):
    lines = [
        "settings: {allow_private_hosts: true, download_delay: 0, autothrottle: false,"
        " retries: 1, retry_backoff: 0.01, timeout: 2, max_page_bytes: 1000000}",
        "programs:",
    ]
    for slug in [*FAULTED, *ODD]:
        path = "loop" if slug == "loop" else f"{slug}.html"
        url = f"{site.base_url}/{path}"
        lines.append(f"  - {{slug: {slug}, provider: {slug}, name: Backend, urls: ['{url}']}}")
    lines.append(
        f"  - {{slug: {ROBOTS}, provider: P, name: B, urls: ['{site.base_url}/private/page.html']}}"
    )
    path = tmp_path / "programs.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def crawl(config, db_path, as_of):
    result = CliRunner().invoke(
        cli, ["crawl", "--config", str(config), "--db", str(db_path), "--as-of", as_of]
    )
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.slow
def test_a_hostile_site_records_failures_and_no_false_change(tmp_path, site, db_path):
    config = write_config(tmp_path, site)
    crawl(config, db_path, "2022-10-20")
    port = site.server.server_address[1]
    for slug, (fault, _, _) in FAULTED.items():
        site.faults["/loop" if slug == "loop" else f"/{slug}.html"] = fault
    crawl(config, db_path, "2022-10-21")
    for slug in FAULTED:
        site.faults.pop("/loop" if slug == "loop" else f"/{slug}.html")
    (site.root / "loop").write_text(GOOD)
    crawl(config, db_path, "2022-10-22")

    db = open_db(db_path)
    fetched = {
        (row["run_id"], row["program_slug"]): (row["outcome"], row["error"])
        for row in db.query(
            "select f.run_id, p.program_slug, f.outcome, f.error"
            " from fetches f join pages p on p.id = f.page_id"
        )
    }
    for slug, (_, outcome, error) in FAULTED.items():
        assert fetched[(2, slug)] == (outcome, error.format(port=port)), slug
    assert fetched[(2, ROBOTS)] == ("robots", "refused by robots.txt")
    real = db.query("select run_id, program_slug, summary from changes where severity != 'info'")
    assert list(real) == []  # no false change in any run, faults or not
    open_problems = {
        row["program_slug"] for row in db.query("select * from problems where first_run_id = 2")
    }
    assert set(FAULTED) - {"loop"} <= open_problems  # each failure shows as a health problem

    # The odd-but-real pages are read correctly on every run.
    cp1252 = json.loads(
        db.execute("select facts from program_versions where program_slug = 'cp1252'").fetchone()[0]
    )
    assert [(p["amount"], p["currency"]) for p in cp1252["prices"]] == [("6770.00", "EUR")]
    assert cp1252["duration"]["weeks"] == 22
    nested = db.execute("select price_max from program_versions where program_slug = 'nested'")
    assert nested.fetchone()[0] == 1925.0
    runs = list(db.query("select status from runs"))
    assert [r["status"] for r in runs] == ["completed"] * 3
