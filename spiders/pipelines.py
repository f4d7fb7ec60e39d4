"""Store each program's pages once all of them are in, in one transaction.

Pages arrive one item at a time and in any order; a program's observation is the merge of
all its pages, so the pipeline holds a program's pages until the last one arrives, then
hands them to tracker.extract.merge (merge) and db.store (write) together. A crawl killed midway
leaves every program either fully recorded for the run or not at all.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from typing import Any

from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from config.loading import DEFAULT_CONFIG_PATH
from config.schema import Program
from db.connect import open_db
from db.runs import finish_run, start_run
from db.store import page_states, page_validators, record_program, sync_programs
from spiders.items import ProgramPage
from tracker.extract.merge import observe_program

logger = logging.getLogger(__name__)


class StorePipeline:
    """Writes to the SQLite file named by the ``BOOTWATCH_DB`` setting.

    With ``BOOTWATCH_RUN_ID`` (set by ``bootwatch crawl``) it adds to that run; without
    it (a bare ``scrapy crawl programs``) it opens and closes a run of its own."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("BOOTWATCH_DB")
        if not self.db_path:
            raise NotConfigured("BOOTWATCH_DB is not set")
        self.run_id: int | None = crawler.settings.getint("BOOTWATCH_RUN_ID") or None
        self.own_run = self.run_id is None
        self.waiting: dict[str, list[dict]] = defaultdict(list)

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        self.db = open_db(self.db_path)
        programs = self.crawler.spider.programs
        self.programs: dict[str, Program] = {p.slug: p for p in programs}
        sync_programs(self.db, [p.model_dump() for p in programs])  # one statement: cheap
        if self.own_run:
            self.run_id = start_run(
                self.db,
                as_of=self.crawler.spider.as_of,
                config_path=str(self.crawler.spider.config_path or DEFAULT_CONFIG_PATH),
                programs=len(programs),
            )
        self.crawler.spider.store = self

    def page_validators(
        self, programs: list[Program]
    ) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
        """For pages stored with facts: If-None-Match / If-Modified-Since headers, and the
        sha1 of the body the facts were read from (a page re-served byte for byte needs no
        extraction). Pages without facts get neither: nothing to reuse, ask for the page."""
        urls = [url for program in programs for url in program.urls]
        headers: dict[str, dict[str, str]] = {}
        bodies: dict[str, str] = {}
        for url, state in page_validators(self.db, urls).items():
            pair = {"If-None-Match": state["etag"], "If-Modified-Since": state["last_modified"]}
            headers[url] = {k: v for k, v in pair.items() if v}
            if state["body_hash"]:
                bodies[url] = state["body_hash"]
        return headers, bodies

    def process_item(self, item: ProgramPage) -> ProgramPage:
        program = self.programs[item.program]
        self.waiting[program.slug].append(vars(item).copy())  # asdict would deep-copy facts
        self.crawler.stats.inc_value(f"bootwatch/pages/{item.outcome}")
        if len(self.waiting[program.slug]) == len(program.urls):
            try:
                self.store(program)
            except sqlite3.Error as exc:
                # The transaction rolled back: nothing of this program was written. Stop
                # rather than fetch pages we cannot store (a full disk stays full).
                logger.error("bootwatch: storing %s failed: %s", program.slug, exc)
                self.crawler.stats.set_value("bootwatch/storage_error", str(exc))
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage_error"))
                raise DropItem(f"storing {program.slug} failed: {exc}") from exc
        return item

    def store(self, program: Program) -> None:
        pages = self.waiting.pop(program.slug)
        order = {url: i for i, url in enumerate(program.urls)}
        pages.sort(key=lambda page: order.get(page["url"], len(order)))
        stored = {url: s["facts"] for url, s in page_states(self.db, program.urls).items()}
        facts = observe_program(pages, stored)
        assert self.run_id is not None  # given in the settings, or started by open_spider
        observation = record_program(self.db, self.run_id, program.slug, pages, facts)
        self.crawler.stats.inc_value(f"bootwatch/programs/{observation['outcome']}")

    def close_spider(self, spider: Any = None) -> None:
        # A program whose pages did not all come back (cancelled crawl) is not observed.
        for slug in list(self.waiting):
            self.waiting.pop(slug)
            self.crawler.stats.inc_value("bootwatch/programs/incomplete")
        if self.own_run:
            assert self.run_id is not None  # open_spider started the run
            reason = self.crawler.stats.get_value("finish_reason")
            status = "completed" if reason in (None, "finished") else "failed"
            error = self.crawler.stats.get_value("bootwatch/storage_error")
            try:
                finish_run(self.db, self.run_id, status=status, error=error)
            except sqlite3.Error as exc:  # the next run marks it interrupted
                logger.error("bootwatch: could not close run %s: %s", self.run_id, exc)
        self.db.close()
