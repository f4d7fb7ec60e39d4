"""Stop the crawl when the process that started it is gone (see spiders/lifeline.py)."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import NotConfigured

from spiders.lifeline import die_with_parent


class ParentWatch:
    """Enabled by the ``BOOTWATCH_PARENT_PID`` setting, which the crawl runner sets."""

    def __init__(self, parent_pid: int) -> None:
        self.parent_pid = parent_pid

    @classmethod
    def from_crawler(cls, crawler: Any) -> ParentWatch:
        parent = crawler.settings.getint("BOOTWATCH_PARENT_PID")
        if not parent:
            raise NotConfigured("not started by bootwatch")
        watch = cls(parent)
        watch.arm()
        return watch

    def arm(self) -> None:
        die_with_parent(self.parent_pid)
