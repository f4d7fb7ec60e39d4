"""The floor: a bare Scrapy spider that downloads the benchmark's pages and does nothing else.

Run by benchmarks/run.py as ``python -m scrapy runspider benchmarks/bare_spider.py -a
urls=FILE`` with the same concurrency settings as the bootwatch crawl it is compared with,
outside the project (no bootwatch settings, middlewares or pipelines).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls: str = "", **kw: Any) -> None:
        super().__init__(**kw)
        self.url_file = Path(urls)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.url_file.read_text().split():
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response: Any) -> None:
        return None
