"""Shared fixtures: a migrated database, a database path, and a local web site."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from db.migrations import migrations
from tracker.demo.sitehost import LocalSite


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


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo's database (both crawls of the sample site and their diffs), built once per
    session, and what the demo printed beside it (``.txt``). Tests read them; one that
    needs to change the database makes its own."""
    import io

    from rich.console import Console

    from tracker.cli.main import crawl_with_progress
    from tracker.demo.offline import run_demo
    from tracker.diff.decide import DiffSettings

    path = tmp_path_factory.mktemp("demo") / "bootwatch-demo.db"
    printed = io.StringIO()
    console = Console(file=printed, width=400, color_system=None, soft_wrap=True)
    run_demo(path, console=console, crawl=crawl_with_progress, settings=DiffSettings())
    path.with_suffix(".txt").write_text(printed.getvalue())
    return path
