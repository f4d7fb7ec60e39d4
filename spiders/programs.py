"""The one generic spider: fetch every configured page of every tracked program.

Programs are data (config/programs.yaml), so this spider serves them all. It only fetches
and records what happened; reading facts out of HTML is tracker.extract.layers's job, and storing
them is the pipeline's. Every request ends in exactly one ProgramPage item, from ``parse``
or from ``failed``, so the pipeline can tell when a program's pages are all in.

Arguments (``-a name=value``): ``config`` (path to programs.yaml), ``programs``
(comma-separated slugs, default all), ``as_of`` (ISO date the run treats as today), and
``snapshot``: the config as ``bootwatch crawl`` validated it, in JSON, read instead of the
YAML file (tracker.run.crawl writes it).

It is one module of near 280 lines because the extraction pool's life is the spider's: it
opens with the spider, is replaced from ``parse`` when a worker dies and closes with it,
and ``parse``, the pool and ``failed`` together keep the one-item-per-request promise.
What runs inside a worker is in :mod:`spiders.workers`.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import scrapy
import yaml
from pydantic import ValidationError
from scrapy import signals
from scrapy.http import Response, TextResponse
from scrapy.utils.reactor import is_asyncio_reactor_installed
from twisted.python.failure import Failure

from config.loading import DEFAULT_CONFIG_PATH, load_config
from config.schema import Config, Program
from db.bodies import body_digest
from db.clock import stamp
from spiders.failures import describe_failure, is_offsite, looks_binary
from spiders.items import ProgramPage
from spiders.workers import Extraction, extract_page, start_worker

#: Times the extraction pool may fail (a worker killed, by the OOM killer say) before the
#: crawl stops using worker processes and reads pages in Scrapy's own.
POOL_BREAKS = 3

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
        spider.open_pool()
        crawler.signals.connect(spider.close_pool, signal=signals.spider_closed)
        return spider

    def __init__(
        self,
        config: str | None = None,
        programs: str = "",
        as_of: str | None = None,
        snapshot: str | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(**kw)
        self.config_path = Path(config) if config else None
        # The parent's snapshot is the config it checked, even if the file changed since,
        # and is read from JSON in Rust: 30 ms and 3 MB for 4000 programs, against 0.2 s and
        # 16 MB for the YAML (its node tree, and the memory that stays scattered after it).
        self.config: Config = (
            Config.model_validate_json(Path(snapshot).read_bytes())
            if snapshot
            else _load_config(self.config_path)
        )
        slugs = [s for s in programs.split(",") if s]
        self.programs: list[Program] = self.config.select(slugs)
        self.as_of = date.fromisoformat(as_of) if as_of else date.today()
        self.pool: ProcessPoolExecutor | None = None  # extraction workers (open_pool)
        self.pool_started: asyncio.Future | None = None  # the first worker is up (start_pool)
        self.pool_breaks = 0  # pools that failed so far (replace_pool)
        self.pool_size = 0  # workers per pool (open_pool)
        self.known_bodies: dict[str, str] = {}  # url -> sha1 of the body its facts came from

    async def start(self) -> AsyncIterator[scrapy.Request]:
        store = getattr(self, "store", None)  # set by StorePipeline when a database is used
        validators, self.known_bodies = store.page_validators(self.programs) if store else ({}, {})
        urls = [url for program in self.programs for url in program.urls]
        if self.pool is not None and any(url not in self.known_bodies for url in urls):
            self.start_pool()  # pages never read: have a worker ready when they arrive
        for program in self.programs:
            for url in program.urls:
                yield scrapy.Request(
                    url,
                    callback=self.parse,
                    errback=self.failed,
                    headers=validators.get(url, {}),
                    dont_filter=True,
                    meta={
                        "program": program,
                        "page_url": url,  # survives redirects: the page is stored under it
                        "handle_httpstatus_list": RECORDED_STATUSES,
                    },
                )

    def parse(self, response: Response) -> Any:
        """The page, or with a worker pool, a coroutine Scrapy awaits for it: extraction is
        CPU-bound, so in Scrapy's process it would stall downloading for its duration."""
        program: Program = response.meta["program"]
        page = self.page(response.meta["page_url"], program, response)
        if response.status == 304:
            page.outcome = "not_modified"
        elif response.status >= 400:
            page.outcome, page.error = "http_error", f"HTTP {response.status}"
        elif is_offsite(response.meta.get("redirect_urls", []), response.url):
            page.outcome, page.error = "offsite_redirect", f"redirected off-site to {response.url}"
        elif not isinstance(response, TextResponse) or looks_binary(response.body):
            page.outcome, page.error = "not_html", "the response is not an HTML page"
        elif not response.body or response.body.isspace():
            page.outcome, page.error = "empty", "the server sent an empty page"
        elif self.same_body(page.url, response.body):
            # The very bytes its stored facts were read from: as good as a 304 from a server
            # that does not do conditional requests, and no extraction to pay for.
            page.outcome = "not_modified"
        else:
            job = partial(
                extract_page,
                response.url,
                response.body,
                response.encoding,  # Scrapy's reading of headers, BOM and <meta>
                today=self.as_of,
                hints={k: v.model_dump(exclude_none=True) for k, v in program.hints.items()},
                currency_hint=program.currency,
            )
            if self.pool is None:
                return [self.fill(page, job())]
            return self.extract_in_pool(page, job)
        return [page]

    def same_body(self, url: str, body: bytes) -> bool:
        """Whether ``body`` is the one the page's stored facts were read from (hashed only
        for pages that have one)."""
        known = self.known_bodies.get(url)
        return known is not None and body_digest(body) == known

    async def extract_in_pool(self, page: ProgramPage, job: partial) -> list[ProgramPage]:
        pool = self.pool
        if pool is None:  # no workers left (see replace_pool): read here
            return [self.fill(page, job())]
        try:
            await asyncio.shield(self.start_pool())  # shared by every page waiting for it
            extraction = await asyncio.get_running_loop().run_in_executor(pool, job)
        except BrokenProcessPool:
            # A worker died reading, maybe of this very page (out of memory): reading it
            # again here could take the crawl down with it. It is unread this run.
            self.replace_pool(pool)
            page.outcome = "extract_error"
            page.error = "the extraction worker died while extracting the page (out of memory?)"
            return [page]
        except (OSError, RuntimeError) as exc:  # workers cannot start, or the pool was shut
            if isinstance(exc, OSError) and self.pool is pool:  # no pool again: read here
                self.logger.warning("bootwatch: no extraction workers (%s); extracting here", exc)
                self.close_pool()
            return [self.fill(page, job())]
        return [self.fill(page, extraction)]

    @staticmethod
    def fill(page: ProgramPage, extraction: Extraction) -> ProgramPage:
        """The page with its facts, unless they are not the program's: extraction failed,
        or the page is a captcha, login or maintenance page."""
        failed = (extraction.facts.get("evidence") or {}).get("extract_error")
        if failed:
            page.outcome, page.error = "extract_error", failed
        elif extraction.blocked:
            page.outcome, page.error = "blocked", extraction.blocked
        else:
            page.packed, page.facts = extraction.packed, extraction.facts
        return page

    def open_pool(self) -> None:
        """Set up the extraction processes (BOOTWATCH_EXTRACT_PROCESSES; by default one per
        CPU, none on a single CPU). They come from multiprocessing's fork server: a fresh
        interpreter that imports the extraction code once (spiders/preload.py); each worker
        forked from it shares those modules instead of importing them again, and inherits
        nothing of Scrapy's process: no threads, no database. Nothing starts here: see
        :meth:`start_pool`."""
        workers = self.settings.get("BOOTWATCH_EXTRACT_PROCESSES")
        if workers in (None, ""):
            # Scrapy's process mostly waits while pages are extracted, so one worker per CPU
            # beat one per spare CPU: 11.1 s against 13.9 s for 1000 first reads on 2 CPUs.
            workers = cpu if (cpu := os.cpu_count() or 1) > 1 else 0
        self.pool_size = int(workers) if is_asyncio_reactor_installed() else 0
        self.pool = self.new_pool()

    def new_pool(self) -> ProcessPoolExecutor | None:
        if self.pool_size < 1:
            return None
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["spiders.preload"])
        return ProcessPoolExecutor(
            self.pool_size,
            mp_context=context,
            initializer=start_worker,  # logs like Scrapy; ends with this process
            initargs=(os.getpid(),),
        )

    def start_pool(self) -> asyncio.Future:
        """Start the fork server and a first worker, once, in a thread: the server's import
        must not hold up the reactor. A first crawl calls this before its first request,
        so the import overlaps the downloads; a re-crawl only when a page changed, so one
        answered with 304s pays nothing for extraction."""
        if self.pool_started is None:
            pool = self.pool
            assert pool is not None
            self.pool_started = asyncio.ensure_future(
                asyncio.to_thread(lambda: pool.submit(int).result())
            )
            self.pool_started.add_done_callback(self._log_start_failure)
        return self.pool_started

    def _log_start_failure(self, started: asyncio.Future) -> None:
        if not started.cancelled() and started.exception() is not None:
            self.logger.warning("bootwatch: extraction workers did not start: %s",
                                started.exception())  # fmt: skip

    def replace_pool(self, broken: ProcessPoolExecutor) -> None:
        """After ``broken`` failed: a fresh pool, or none after POOL_BREAKS failures (pages
        are then read in Scrapy's process). Pages that saw the same failure call this too;
        only the first replaces the pool."""
        if self.pool is not broken:
            return
        self.close_pool()
        self.pool_breaks += 1
        if self.pool_breaks < POOL_BREAKS:
            self.logger.warning("bootwatch: an extraction worker died; starting new ones")
            self.pool = self.new_pool()
        else:
            self.logger.warning("bootwatch: extraction workers keep failing; extracting here")

    def close_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool, self.pool_started = None, None

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errbacks
        response = getattr(failure.value, "response", None)
        page = self.page(request.meta["page_url"], request.meta["program"], response)
        page.outcome, page.error = describe_failure(failure)
        yield page

    def page(self, url: str, program: Program, response: Response | None) -> ProgramPage:
        """A ProgramPage with what every outcome records: status, headers, timing."""
        page = ProgramPage(
            url=url,
            program=program.slug,
            fetched_at=stamp(),
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


def _load_config(path: Path | None) -> Config:
    """The config, read fast: libyaml and one validation. Only when that fails is the file
    read again by load_config, whose error names the line (it composes the YAML twice)."""
    path = path or DEFAULT_CONFIG_PATH
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return Config.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))
    except (OSError, yaml.YAMLError, ValidationError):
        return load_config(path)


def _header(headers: Any, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value else None
