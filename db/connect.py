"""Opening the bootwatch database: the one way in, so every caller gets the same database.

A crawl, the scheduler, the command line and the tests all open the file here, and so all
get WAL mode, the same pragmas and a schema migrated up to date, or a StoreError worded for
a one-line message when the file cannot be used (not SQLite, a folder that is not writable,
a schema from a newer bootwatch).

The commands that only read (report, show, history, body, audit, programs, alerts) use
:func:`open_db_readonly` instead: it never creates, migrates or writes, so a database on a
read-only mount or owned by another user can still be read.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from db.migrations import migrations
from tracker.words import count


class StoreError(Exception):
    """The database cannot be used: worded for a one-line message."""


class WritingDatabase(Database):
    """A sqlite-utils Database whose outermost ``atomic()`` block begins IMMEDIATE.

    sqlite-utils begins a deferred transaction: it reads first and asks for the write lock
    at its first write. In WAL mode, if another process committed in between, SQLite cannot
    upgrade that stale read and fails at once with "database is locked", whatever the busy
    timeout (a manual crawl recording its diff while the scheduler's run had just committed
    failed so). Taking the write lock at BEGIN makes the busy timeout apply: the second
    writer waits its turn instead. Nested blocks are savepoints, as before."""

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.rollback()
            raise


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
        db = WritingDatabase(sqlite3.connect(str(path), timeout=30))
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
    because the winner migrated first, or fails to record a migration the winner recorded
    (a UNIQUE constraint on the migrations table), so it looks again at what is still
    pending."""
    for attempt in range(attempts):
        try:
            migrations.apply(db)
            return
        except (sqlite3.OperationalError, sqlite3.IntegrityError):
            if db.conn.in_transaction:
                db.conn.rollback()  # the loser's half-recorded step is the winner's to keep
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


def open_db_readonly(path: str | Path) -> Database:
    """Open the existing database at ``path`` for reading only, as it is.

    SQLite opens a WAL database read-only only where it can use its ``-shm`` file: one that
    exists, or one it may create in the folder. When neither holds (a read-only folder or
    mount, and no writer open, so no ``-wal`` either) the file is opened ``immutable``:
    with no ``-wal`` beside it, every commit is in the file itself. Raises StoreError for a
    missing file, one that is not SQLite or not bootwatch's, or a schema this bootwatch
    does not have (newer, or older and not migrated: reading never migrates)."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such database; run `bootwatch crawl` first")
    try:
        db = _connect_readonly(path)
        check_schema(db)
        if not migrations.applied(db):
            raise StoreError(f"{path}: not a bootwatch database (no bootwatch tables)")
        if pending := migrations.pending(db):
            raise StoreError(
                f"{path}: the database has an older schema"
                f" ({count(len(pending), 'migration')} pending) and reading does not"
                " upgrade it; a `bootwatch crawl` does"
            )
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{path}: cannot read the database: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from exc
    return db


def _connect_readonly(path: Path) -> Database:
    """A ``mode=ro`` connection, or an ``immutable`` one where SQLite cannot use a -shm."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    wal = Path(f"{path}-wal")
    shm_usable = Path(f"{path}-shm").exists() or os.access(path.parent, os.W_OK)
    if not shm_usable and not wal.exists():
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("select count(*) from sqlite_master").fetchone()  # opens it: fails here
    return Database(conn)
