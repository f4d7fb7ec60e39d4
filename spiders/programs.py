"""The one generic spider: fetch every configured page of every tracked program.

Programs are data (config/programs.yaml), so this spider serves them all. It only fetches
and records what happened; reading facts out of HTML is tracker.extract's job, and storing
them is the pipeline's. Every request ends in exactly one ProgramPage item, from ``parse``
or from ``failed``, so the pipeline can tell when a program's pages are all in.

Arguments (``-a name=value``): ``config`` (path to programs.yaml), ``programs``
(comma-separated slugs, default all), ``as_of`` (ISO date the run treats as today).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from config.schema import Config, Program, load_config
from spiders.failures import (
    block_page_reason,
    describe_failure,
    found_anything,
    is_offsite,
    looks_binary,
    page_text,
)
from spiders.items import ProgramPage
from tracker.extract import extract_facts

#: Statuses handed to ``parse`` instead of being dropped, so each is recorded. Redirects are
#: not listed: Scrapy follows them, and the page records where they ended.
RECORDED_STATUSES = [304, *range(400, 600)]


class ProgramsSpider(scrapy.Spider):
    name = "programs"

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> ProgramsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # The config's settings block tunes politeness; command-line -s still wins.
        crawler.settings.setdict(spider.config.settings.scrapy_settings(), priority="spider")
        return spider

    def __init__(
        self, config: str | None = None, programs: str = "", as_of: str | None = None, **kw: Any
    ) -> None:
        super().__init__(**kw)
        self.config_path = Path(config) if config else None
        self.config: Config = load_config(self.config_path) if config else load_config()
        slugs = [s for s in programs.split(",") if s]
        self.programs: list[Program] = self.config.select(slugs)
        self.as_of = date.fromisoformat(as_of) if as_of else date.today()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        validators = self.stored_validators()
        for program in self.programs:
            for url in program.urls:
                yield scrapy.Request(
                    url,
                    callback=self.parse,
                    errback=self.failed,
                    headers=validators.get(url, {}),
                    dont_filter=True,
                    meta={"program": program, "handle_httpstatus_list": RECORDED_STATUSES},
                )

    def stored_validators(self) -> dict[str, dict[str, str]]:
        """If-None-Match / If-Modified-Since headers for pages the store already holds."""
        store = getattr(self, "store", None)  # set by StorePipeline when a database is used
        return store.conditional_headers(self.programs) if store else {}

    def parse(self, response: Response) -> Any:
        program: Program = response.meta["program"]
        page = self.page(response.request.url, program, response)
        if response.status == 304:
            page.outcome = "not_modified"
        elif response.status >= 400:
            page.outcome, page.error = "http_error", f"HTTP {response.status}"
        elif is_offsite(response.request.meta.get("redirect_urls", []), response.url):
            page.outcome, page.error = "offsite_redirect", f"redirected off-site to {response.url}"
        elif not isinstance(response, TextResponse) or looks_binary(response.body):
            page.outcome, page.error = "not_html", "the response is not an HTML page"
        elif not response.body.strip():
            page.outcome, page.error = "empty", "the server sent an empty page"
        else:
            text = page_text(response)
            facts = extract_facts(
                response.url,
                text,
                today=self.as_of,
                hints={k: v.model_dump(exclude_none=True) for k, v in program.hints.items()},
                currency_hint=program.currency,
            )
            blocked = block_page_reason(text) if not found_anything(facts) else None
            if blocked:
                page.outcome, page.error = "blocked", blocked
            else:
                page.body, page.facts = response.body, facts
        yield page

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        response = getattr(failure.value, "response", None)
        page = self.page(request.url, request.meta["program"], response)
        page.outcome, page.error = describe_failure(failure)
        yield page

    def page(self, url: str, program: Program, response: Response | None) -> ProgramPage:
        """A ProgramPage with what every outcome records: status, headers, timing."""
        page = ProgramPage(
            url=url,
            program=program.slug,
            fetched_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if response is None:
            return page
        headers = response.headers
        page.status = response.status
        page.final_url = response.url if response.url != url else None
        page.etag = _header(headers, b"ETag")
        page.last_modified = _header(headers, b"Last-Modified")
        page.content_type = _header(headers, b"Content-Type")
        latency = response.meta.get("download_latency")
        page.elapsed_ms = round(latency * 1000) if latency is not None else None
        return page


def _header(headers: Any, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value else None
