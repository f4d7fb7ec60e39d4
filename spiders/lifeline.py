"""Die with the process that started this one: a crawl's processes never outlive it.

``bootwatch crawl`` and the scheduler run Scrapy in a child process, and Scrapy runs its
extraction workers under multiprocessing's fork server. If the crawl is killed outright
(SIGKILL, the OOM killer), nothing would tell those processes, which would crawl on, or
wait on their queue, as orphans, and could overlap the next run, whose lock the dead parent no
longer holds. On Linux the kernel can send a process a signal when its parent dies
(PR_SET_PDEATHSIG). The signal is SIGKILL: a graceful stop would wait for downloads in
flight, and nothing is left to report to; every program already stored is whole (each
commits in one transaction), and the next run marks this one interrupted.

No Scrapy import here: the extraction workers run this, and they never load Scrapy.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import select
import signal
import sys
import threading
import time

logger = logging.getLogger(__name__)
PR_SET_PDEATHSIG = 1
LINUX = sys.platform.startswith("linux")


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when ``parent_pid`` (its parent) dies, and die
    now if it already has."""
    _arm()
    if os.getppid() != parent_pid:  # it died before the signal was armed
        _die("the process that started this one is gone")


def die_with_crawl(crawl_pid: int) -> None:
    """The extraction workers' initializer. A worker is a child of the fork server, not of
    the crawl process, and the kernel's parent-death signal watches only a parent, so a
    thread waits for ``crawl_pid`` to exit (on a pidfd: no polling) and then ends the
    worker; the fork server exits once its last worker has."""
    try:
        handle = os.pidfd_open(crawl_pid)
    except ProcessLookupError:
        _die("the crawl that started this extraction worker is gone")
        return
    except (AttributeError, OSError):  # no pidfds (not Linux 5.3+): check once a second
        handle = None
    threading.Thread(target=_wait_for, args=(crawl_pid, handle), daemon=True).start()


def _wait_for(pid: int, handle: int | None) -> None:
    if handle is not None:
        poller = select.poll()  # not select.select: it fails on descriptors over 1023
        poller.register(handle, select.POLLIN)
        poller.poll()  # readable once the process has exited
    else:
        while _exists(pid):
            time.sleep(1)
    _die("the crawl that started this extraction worker is gone")


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's (the pid was reused)
        return False
    return True


def _arm() -> None:
    if LINUX:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            logger.warning("bootwatch: cannot watch the parent process (prctl failed)")


def _die(why: str) -> None:
    logger.error("bootwatch: %s; stopping", why)
    os.kill(os.getpid(), signal.SIGKILL)
