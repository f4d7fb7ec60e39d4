"""Opening the bootwatch database: the one way in, so every caller gets the same database.

A crawl, the scheduler, the command line and the tests all open the file here, and so all
get WAL mode, the same pragmas and a schema migrated up to date, or a StoreError worded for
a one-line message when the file cannot be used (not SQLite, a folder that is not writable,
a schema from a newer bootwatch).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from db.migrations import migrations


class StoreError(Exception):
    """The database cannot be used: worded for a one-line message."""


def open_db(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path``, in WAL mode, schema up to date.

    Raises StoreError for a file that is not SQLite, a folder that is not writable, or a
    database written by a newer bootwatch (a migration this version does not know)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise StoreError(f"{path}: folder {path.parent} does not exist")
    if not path.exists() and not os.access(path.parent, os.W_OK):
        raise StoreError(f"{path}: cannot create the database: folder is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: the database file is not writable")
    try:
        db = Database(sqlite3.connect(str(path), timeout=30))
        db.execute("PRAGMA busy_timeout = 30000")
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a crash loses no commit
        db.execute("PRAGMA foreign_keys = ON")
        check_schema(db)
        if migrate:
            _migrate(db)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{path}: cannot use the database: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from exc
    return db


def _migrate(db: Database, attempts: int = 50) -> None:
    """Apply pending migrations. Two processes creating the same new database race here
    (the scheduler and a manual crawl, say): the loser sees "locked" or "already exists"
    because the winner migrated first, so it looks again at what is still pending."""
    for attempt in range(attempts):
        try:
            migrations.apply(db)
            return
        except sqlite3.OperationalError:
            if not migrations.pending(db):
                return
            if attempt == attempts - 1:
                raise
            time.sleep(0.2)


def check_schema(db: Database) -> None:
    """Refuse a database that a newer bootwatch has migrated past what this one knows."""
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise StoreError(
            f"the database has a newer schema ({', '.join(unknown)}); upgrade bootwatch"
        )
