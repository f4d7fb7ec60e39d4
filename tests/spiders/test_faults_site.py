"""A hostile web: every misbehaviour ends as a recorded failure or a correct observation.

Three crawls of one local site: all pages good, then each program's page misbehaving in
its own way, then good again. No run may record a change, hang or crash, and each fetch
must say what went wrong.
"""

from __future__ import annotations

import json

import pytest

from db.connect import open_db
from tests.helpers import crawl
from tests.sites import FaultySite, write_config

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


def page_path(slug: str) -> str:
    return f"/{slug}.html"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Three crawls: all good, each program's page misbehaving its own way, good again.
    Returns (database, the site's port)."""
    tmp = tmp_path_factory.mktemp("hostile")
    root = tmp / "site"
    (root / "private").mkdir(parents=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (root / "parked.html").write_text("<html><body>This domain is for sale.</body></html>")
    (root / "private" / "page.html").write_text(GOOD)
    for slug in [*FAULTED, *ODD]:
        (root / f"{slug}.html").write_text(GOOD)
    with FaultySite(root) as site:
        for slug, fault in ODD.items():
            site.faults[page_path(slug)] = fault
        urls = {slug: [site.base_url + page_path(slug)] for slug in [*FAULTED, *ODD]}
        urls[ROBOTS] = [f"{site.base_url}/private/page.html"]
        config = write_config(
            tmp, urls, retries=1, retry_backoff=0.01, timeout=2, max_page_bytes=1000000
        )
        db_path = tmp / "bootwatch.db"
        crawl(config, db_path, "2022-10-20")
        site.faults.update({page_path(slug): fault for slug, (fault, _, _) in FAULTED.items()})
        crawl(config, db_path, "2022-10-21")
        for slug in FAULTED:
            del site.faults[page_path(slug)]
        crawl(config, db_path, "2022-10-22")
        yield open_db(db_path), site.server.server_address[1]


def fetch(db, run_id: int, slug: str) -> tuple[str, str | None]:
    row = next(db.query(
        "select f.outcome, f.error from fetches f join pages p on p.id = f.page_id"
        " where f.run_id = ? and p.program_slug = ?", [run_id, slug]))  # fmt: skip
    return row["outcome"], row["error"]


def changes(db, slug: str) -> list[str]:
    rows = db.query(
        "select summary from changes where program_slug = ? and severity != 'info'", [slug]
    )
    return [row["summary"] for row in rows]


@pytest.mark.slow
@pytest.mark.parametrize("slug", FAULTED)
def test_fault_is_recorded_and_no_change(crawled, slug):
    db, port = crawled
    _, outcome, error = FAULTED[slug]
    assert fetch(db, 2, slug) == (outcome, error.format(port=port))
    assert fetch(db, 3, slug)[0] in ("ok", "not_modified")  # and it recovers (304 or 200)
    assert changes(db, slug) == []
    problems = {
        row["kind"]: (row["first_run_id"], row["resolved_run_id"])
        for row in db.query("select * from problems where program_slug = ?", [slug])
    }
    assert problems["fetch_failing"] == (2, 3)  # shown as health, resolved by the next run
    assert set(problems.values()) == {(2, 3)}


@pytest.mark.slow
def test_robots_refusal_is_recorded_not_fetched(crawled):
    db, _ = crawled
    assert fetch(db, 2, ROBOTS) == ("robots", "refused by robots.txt")
    assert changes(db, ROBOTS) == []


@pytest.mark.slow
def test_wrong_charset_page_is_read_correctly(crawled):
    db, _ = crawled
    row = db.execute("select facts from program_versions where program_slug = 'cp1252'")
    facts = json.loads(row.fetchone()[0])
    assert [(p["amount"], p["currency"]) for p in facts["prices"]] == [("6770.00", "EUR")]
    assert facts["duration"]["weeks"] == 22
    assert db["program_versions"].count_where("program_slug = 'cp1252'") == 1


@pytest.mark.slow
def test_deeply_nested_malformed_page_is_read_correctly(crawled):
    db, _ = crawled
    rows = list(db.query("select price_max from program_versions where program_slug = 'nested'"))
    assert rows == [{"price_max": 1925.0}]


@pytest.mark.slow
def test_every_run_completes(crawled):
    db, _ = crawled
    assert [r["status"] for r in db.query("select status from runs")] == ["completed"] * 3
