"""db/datasette.yaml served by a real Datasette on 127.0.0.1, as the README tells analysts.

Every canned query must run, on a database bootwatch has just created (no rows: a query
that names a missing column fails here, not in front of an analyst) and on the demo's.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from db.connect import open_db
from tests.paths import ROOT
from tests.receivers import wait_for

METADATA = ROOT / "db" / "datasette.yaml"
QUERIES = yaml.safe_load(METADATA.read_text())["databases"]["bootwatch"]["queries"]


class Datasette:
    """``datasette serve DB -m db/datasette.yaml`` on a free loopback port."""

    def __init__(self, database: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.name = database.stem
        command = [sys.executable, "-m", "datasette", "serve", str(database), "-m", str(METADATA)]
        command += ["-h", "127.0.0.1", "-p", str(self.port)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for(self._up, timeout=60)

    def _up(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"datasette exited: {self.process.stderr.read().decode()}")
        try:
            self.get("/-/versions.json")
        except OSError:
            return False
        return True

    def get(self, path: str) -> object:
        url = f"http://127.0.0.1:{self.port}{path}"
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.load(response)

    def query(self, name: str, **params: str) -> list[dict]:
        arguments = "".join(f"&{key}={value}" for key, value in params.items())
        return self.get(f"/{self.name}/{name}.json?_shape=array{arguments}")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def serve() -> Iterator:
    servers: list[Datasette] = []

    def start(database: Path) -> Datasette:
        servers.append(Datasette(database))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def test_metadata_names_the_demo_database_too() -> None:
    databases = yaml.safe_load(METADATA.read_text())["databases"]
    assert databases["bootwatch-demo"] == databases["bootwatch"]
    assert set(QUERIES) == {
        "price_history",
        "upcoming_cohorts",
        "changes_by_severity",
        "guarantee_wording",
    }


def test_every_canned_query_runs_on_a_new_database(tmp_path: Path, serve) -> None:
    database = tmp_path / "bootwatch.db"
    open_db(database).close()
    datasette = serve(database)
    listed = {query["name"] for query in datasette.get("/bootwatch.json")["queries"]}
    assert listed == set(QUERIES)
    for name in QUERIES:
        assert datasette.query(name) == [], name  # no parameters given: all empty, no error


def test_canned_queries_answer_on_the_demo_history(demo_db: Path, tmp_path: Path, serve) -> None:
    copy = tmp_path / demo_db.name  # served from a copy: Datasette may write -wal/-shm
    shutil.copy(demo_db, copy)
    datasette = serve(copy)

    prices = datasette.query("price_history", program="springboard")
    assert {row["program_slug"] for row in prices} == {"springboard"}
    assert [row["version"] for row in prices] == sorted(row["version"] for row in prices)
    assert {"1", "2"} <= {str(row["version"]) for row in prices}  # the price changed once

    every = datasette.query("price_history")
    assert len({row["program_slug"] for row in every}) > 1

    cohorts = datasette.query("upcoming_cohorts", today="2022-12-05")
    starts = [row["start"] for row in cohorts]
    assert starts and starts == sorted(starts)
    assert all(start > "2022-12-05" for start in starts)  # one starting that day has started
    assert datasette.query("upcoming_cohorts", today="2099-01-01") == []

    changes = datasette.query("changes_by_severity")
    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    ranks = [order[row["severity"]] for row in changes]
    assert changes and ranks == sorted(ranks)
    high = datasette.query("changes_by_severity", severity="high")
    assert high and {row["severity"] for row in high} == {"high"}
    assert datasette.query("changes_by_severity", since="2099-01-01") == []

    wording = datasette.query("guarantee_wording", program="knowledgehut")
    assert wording and all(row["terms"] for row in wording)
    assert {row["kind"] for row in wording} == {"money_back"}
