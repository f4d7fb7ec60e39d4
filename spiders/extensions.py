"""Stop the crawl when the process that started it is gone.

``bootwatch crawl`` and the scheduler run Scrapy in a child process. If the parent is
killed outright (SIGKILL, the OOM killer), nothing would tell the child, which would crawl
on as an orphan and could overlap the next run, whose lock the dead parent no longer holds.
On Linux the kernel can send the child a signal when its parent dies (PR_SET_PDEATHSIG).
The signal is SIGKILL: a graceful stop would wait for downloads in flight, and nothing is
left to report to; every program already stored is whole (each commits in one
transaction), and the next run marks this one interrupted.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
from typing import Any

from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)
PR_SET_PDEATHSIG = 1


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


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when ``parent_pid`` (its parent) dies, and die
    now if it already has. Also the extraction workers' initializer: a worker orphaned by
    a killed crawl would otherwise wait on its queue forever."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            logger.warning("bootwatch: cannot watch the parent process (prctl failed)")
    if os.getppid() != parent_pid:  # it died before the signal was armed
        logger.error("bootwatch: the process that started this one is gone; stopping")
        os.kill(os.getpid(), signal.SIGKILL)
