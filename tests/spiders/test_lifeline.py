"""Extraction workers end when the crawl that started them does (spiders/lifeline.py).

Each test runs a stand-in worker in a real process and kills or ends a real stand-in
crawl process, then waits (bounded) for the worker to be SIGKILLed."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

WORKER = """
import os, sys, time
{setup}
from spiders.lifeline import die_with_crawl
die_with_crawl(int(sys.argv[1]))
print("armed", flush=True)
time.sleep(30)
"""
NO_PIDFD = "del os.pidfd_open  # as on a kernel without pidfds"


def _worker(crawl_pid: int, setup: str = "") -> subprocess.Popen:
    code = WORKER.format(setup=setup)
    return subprocess.Popen(
        [sys.executable, "-c", code, str(crawl_pid)], stdout=subprocess.PIPE, text=True
    )


@pytest.mark.parametrize("setup", ["", NO_PIDFD], ids=["pidfd", "polling"])
def test_worker_dies_when_the_crawl_is_killed(setup):
    crawl = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    worker = _worker(crawl.pid, setup)
    try:
        assert worker.stdout.readline().strip() == "armed"
        assert worker.poll() is None  # the crawl is alive: the worker works on
        crawl.kill()
        crawl.wait()
        assert worker.wait(timeout=5) == -signal.SIGKILL
    finally:
        for process in (crawl, worker):
            process.kill()
            process.wait()


def test_worker_dies_at_once_when_the_crawl_is_already_gone():
    crawl = subprocess.Popen([sys.executable, "-c", "pass"])
    crawl.wait()
    started = time.monotonic()
    worker = _worker(crawl.pid)
    try:
        assert worker.wait(timeout=5) == -signal.SIGKILL
        assert time.monotonic() - started < 5
    finally:
        worker.kill()
        worker.wait()
