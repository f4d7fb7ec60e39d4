"""Shared fixtures: a migrated database, a database path, and a local web site."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from db.migrations import migrations
from tracker.sitehost import LocalSite


@pytest.fixture
def db() -> Database:
    """An in-memory database with the schema applied."""
    database = Database(memory=True)
    migrations.apply(database)
    return database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bootwatch.db"


@pytest.fixture
def site(tmp_path: Path):
    """A LocalSite on 127.0.0.1 serving tmp_path/site; write pages into ``site.root``."""
    root = tmp_path / "site"
    root.mkdir()
    with LocalSite(root) as local:
        yield local
