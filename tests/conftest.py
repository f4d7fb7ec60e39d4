"""Shared fixtures: a migrated database, a database path, a local web site, and Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database

from db.migrations import migrations
from tests.helpers import build_demo, serve_site


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
    with serve_site(tmp_path) as local:
        yield local


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo's database (both crawls of the sample site and their diffs), built once per
    session, and what the demo printed beside it (``.txt``). Tests read them; one that
    needs to change the database makes its own."""
    path = tmp_path_factory.mktemp("demo") / "bootwatch-demo.db"
    path.with_suffix(".txt").write_text(build_demo(path))
    return path


def chromium_path() -> str | None:
    """Headless Chromium for the browser tests, by Debian's name or Ubuntu's."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without Chromium the browser tests skip with one line saying how to get it, so
    `make test` passes on a machine where nobody may install packages; .ci/run sets
    BOOTWATCH_REQUIRE_BROWSER=1, which makes a missing Chromium an error instead, so CI
    cannot go green without having looked."""
    browser = [item for item in items if item.get_closest_marker("browser")]
    if not browser or chromium_path():
        return
    reason = (
        "chromium not found: run `make browser` (apt-get install chromium)"
        f" to run the {len(browser)} browser tests"
    )
    if os.environ.get("BOOTWATCH_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"{reason} (BOOTWATCH_REQUIRE_BROWSER is set)")
    for item in browser:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def chromium() -> str:
    """Chromium's path; the browser tests are skipped before they ask when there is none."""
    path = chromium_path()
    assert path, "collection skips the browser tests without Chromium"
    return path
