"""One run per database: a second run waits or refuses, and a killed holder frees the lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from tracker.run.lock import LockBusy, run_lock

HOLD = """
import sys, time
from tracker.run.lock import run_lock
with run_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(60)
"""


def test_second_run_refuses_with_the_holder_named(db_path):
    with run_lock(db_path):
        with pytest.raises(LockBusy, match=r"is busy: another bootwatch run holds it \(pid \d+"):
            with run_lock(db_path):
                pass


def test_second_run_waits_for_the_first(db_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        started = time.monotonic()
        with pytest.raises(LockBusy):
            with run_lock(db_path, wait=0.3, poll=0.05):
                pass
        assert time.monotonic() - started >= 0.3
        holder.send_signal(signal.SIGKILL)  # a dead holder's lock is released by the kernel
        holder.wait(timeout=10)
        with run_lock(db_path, wait=5, poll=0.05):
            pass
    finally:
        holder.kill()
        holder.wait()
