"""One run at a time per database: an exclusive lock file beside it.

The scheduler and a manual ``bootwatch crawl`` may start on the same database at once;
the second one waits (up to a limit) or refuses with a message naming the holder. The
lock is an ``flock`` on ``<db>.lock``, so the kernel releases it when its holder dies,
even by SIGKILL: no stale lock to clean up by hand.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockBusy(Exception):
    """Another run holds the database: worded for a one-line message."""


@contextmanager
def run_lock(db_path: Path, *, wait: float = 0.0, poll: float = 0.2) -> Iterator[None]:
    """Hold the run lock of ``db_path``; wait up to ``wait`` seconds for it, then raise."""
    path = Path(f"{db_path}.lock")
    with open(path, "a+") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise LockBusy(
                        f"{db_path} is busy: another bootwatch run holds it ({holder}); "
                        "try again when it has finished"
                    ) from None
                time.sleep(poll)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%S')}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
