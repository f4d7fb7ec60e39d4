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
from typing import TextIO


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
        _note_holder(handle, f"pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%S')}")
        try:
            yield
        finally:
            _note_holder(handle, "")
            fcntl.flock(handle, fcntl.LOCK_UN)


def _note_holder(handle: TextIO, text: str) -> None:
    """Say who holds the lock, for the message of a refused run. Best effort: on a full
    disk the note cannot be written, and the lock itself still holds."""
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(text)
        handle.flush()
    except OSError:
        pass
