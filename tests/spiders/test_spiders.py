"""The spider without a network: saved pages wrapped in responses, failures described."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import partial
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings
from twisted.internet.error import DNSLookupError, TimeoutError
from twisted.python.failure import Failure

from spiders.failures import describe_failure, is_offsite, looks_binary
from spiders.middlewares import retry_after_seconds
from spiders.programs import ProgramsSpider
from tests.paths import ROOT, SAMPLE_SITE

SAMPLES = SAMPLE_SITE / "2022-10"
CONFIG = """
settings: {allow_private_hosts: true}
programs:
  - {slug: nucamp, provider: Nucamp, name: Back End, urls: ["https://nucamp.test/overview.html"]}
"""


@pytest.fixture
def spider(tmp_path):
    path = tmp_path / "programs.yaml"
    path.write_text(CONFIG)
    return ProgramsSpider(config=str(path), as_of="2022-10-20")


def response(spider, body: bytes, status=200, url="https://nucamp.test/overview.html", **meta):
    page_url = "https://nucamp.test/overview.html"
    request = Request(url, meta={"program": spider.programs[0], "page_url": page_url, **meta})
    return HtmlResponse(url, status=status, body=body, request=request, headers={"ETag": '"x"'})


def test_every_spider_imports():
    loader = SpiderLoader.from_settings(get_project_settings())
    assert loader.list() == ["programs"]


def test_parse_extracts_facts_from_a_saved_page(spider):
    body = (SAMPLES / "nucamp" / "overview.html").read_bytes()
    [page] = list(spider.parse(response(spider, body)))
    assert page.outcome == "ok" and page.program == "nucamp" and page.etag == '"x"'
    amounts = {p["amount"] for p in page.facts["prices"]}
    assert "1925.00" in amounts
    assert all(p["source"]["url"] == page.url for p in page.facts["prices"])


@pytest.mark.parametrize(
    "status, body, meta, outcome",
    [
        pytest.param(304, b"", {}, "not_modified", id="304"),
        pytest.param(503, b"busy", {}, "http_error", id="503"),
        pytest.param(410, b"gone", {}, "http_error", id="410"),
        pytest.param(200, b"\x00\x01\x02PNG" * 50, {}, "not_html", id="binary-as-html"),
        pytest.param(
            200,
            b"<p>parked</p>",
            {"redirect_urls": ["https://nucamp.test/a"]},
            "offsite_redirect",
            id="offsite-redirect",
        ),
    ],
)
def test_parse_records_non_pages_without_facts(spider, status, body, meta, outcome):
    url = "https://parked.example/" if outcome == "offsite_redirect" else None
    kwargs = {"url": url} if url else {}
    [page] = list(spider.parse(response(spider, body, status, **kwargs, **meta)))
    assert page.outcome == outcome and page.facts is None and page.packed is None
    assert page.url == "https://nucamp.test/overview.html"  # the configured URL, even redirected


@pytest.mark.parametrize(
    "exception, outcome, error",
    [
        (IgnoreRequest("Forbidden by robots.txt"), "robots", "refused by robots.txt"),
        (TimeoutError(), "timeout", "timed out waiting for the server"),
        (DNSLookupError(), "network_error", "DNS lookup failed for nucamp.test"),
        (
            RuntimeError(
                "Cancelling download of https://x: expected response size (9) larger than "
                "download max size (5)."
            ),
            "too_large",
            "page too large: stopped at the configured size limit",
        ),
    ],
    ids=["robots", "timeout", "dns", "too-large"],
)
def test_failures_are_named(spider, exception, outcome, error):
    failure = Failure(exception)
    url = "https://nucamp.test/overview.html"
    failure.request = Request(url, meta={"program": spider.programs[0], "page_url": url})
    assert describe_failure(failure) == (outcome, error)
    [page] = list(spider.failed(failure))
    assert (page.outcome, page.error, page.facts) == (outcome, error, None)


def test_http_date_and_seconds_retry_after():
    now = datetime(2022, 10, 20, tzinfo=timezone.utc)
    assert retry_after_seconds(b"120") == 120.0
    assert (
        retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    )
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_offsite_and_binary_checks():
    assert is_offsite(["https://www.nucamp.co/a"], "https://parking.example/") is True
    assert is_offsite(["http://nucamp.co/a"], "https://www.nucamp.co/a") is False
    assert is_offsite([], "https://x.example/") is False
    assert is_offsite(["https://nucamp.co/a"], "https://learn.nucamp.co/a") is False
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00") and not looks_binary(
        b"<html>caf\xc3\xa9</html>"
    )


def test_scrapy_list_and_bootwatch_help_work_from_the_root():
    root = ROOT
    bin_dir = Path(sys.executable).parent
    listed = subprocess.run([bin_dir / "scrapy", "list"], cwd=root, capture_output=True, text=True)
    assert listed.returncode == 0 and listed.stdout.split() == ["programs"], listed.stderr
    helped = subprocess.run([bin_dir / "bootwatch", "--help"], cwd=root, capture_output=True)
    assert helped.returncode == 0 and b"Usage: bootwatch" in helped.stdout


def test_an_extractor_crash_is_a_failed_read_not_an_empty_page(spider, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("tracker.extract.layers._extract", broken)
    body = (SAMPLES / "nucamp" / "overview.html").read_bytes()
    [page] = list(spider.parse(response(spider, body)))
    assert page.outcome == "extract_error" and page.facts is None
    assert page.error == "extraction failed (RuntimeError: a bug)"


def test_a_worker_dying_costs_its_page_not_the_crawl(spider):
    """A worker killed mid-read (the OOM killer, say): that page is unread this run, not
    read again in Scrapy's process, where it could take the crawl down; the pages after
    it are read as usual."""
    spider.pool_size = 1  # as open_pool sets it under Scrapy's asyncio reactor
    spider.pool = spider.new_pool()
    body = (SAMPLES / "nucamp" / "overview.html").read_bytes()

    async def crawl():
        dying = spider.page("https://nucamp.test/overview.html", spider.programs[0], None)
        [died] = await spider.extract_in_pool(dying, partial(os._exit, 9))
        [read] = await spider.parse(response(spider, body))
        return died, read

    try:
        died, read = asyncio.run(crawl())
    finally:
        spider.close_pool()
    assert died.outcome == "extract_error" and "worker died" in died.error and not died.facts
    assert read.outcome == "ok" and "1925.00" in {p["amount"] for p in read.facts["prices"]}
    assert spider.pool_breaks == 1


def test_the_parents_snapshot_is_read_instead_of_the_yaml(tmp_path):
    """``bootwatch crawl`` hands Scrapy the config it validated, in JSON: a file edited
    since (here: broken) does not change what this run crawls."""
    from config.loading import parse_config

    checked = parse_config(CONFIG)
    snapshot = tmp_path / "config.json"
    snapshot.write_text(checked.model_dump_json())
    path = tmp_path / "programs.yaml"
    path.write_text("programs: [oops")
    spider = ProgramsSpider(config=str(path), snapshot=str(snapshot), as_of="2022-10-20")
    assert spider.programs == checked.programs
    assert spider.config_path == path
