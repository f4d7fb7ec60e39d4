"""A full disk: the run fails with one clear line and the previous data stays intact."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner

from tests.sites import write_config
from tracker.cli.main import cli
from tracker.demo.sitehost import LocalSite

PAGE = """<html><body><h2>Tuition</h2><p>Tuition is ${price} total.</p>
<p>The program takes 16 weeks.</p><!-- {padding} --></body></html>"""


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs: a real file system that really fills up."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder) -> None:
    """Write until the file system says it is full (bounded by its 3 MB)."""
    with open(folder / "filler", "wb", buffering=0) as filler:
        for _ in range(10_000):
            try:
                filler.write(b"\0" * 4096)
            except OSError:
                return


def publish(root, price: int, seed: int) -> None:
    for n in range(3):
        padding = "".join(chr(65 + (seed * 7 + i * n) % 26) for i in range(20_000))
        (root / f"p{n}.html").write_text(PAGE.format(price=price + n, padding=padding))


@pytest.mark.slow
def test_disk_full_fails_the_run_cleanly(tmp_path, small_disk):
    root = tmp_path / "site"
    root.mkdir()
    db_path = small_disk / "bootwatch.db"
    with LocalSite(root) as site:
        urls = {f"p{n}": [f"{site.base_url}/p{n}.html"] for n in range(3)}
        config = write_config(tmp_path, urls, obey_robots=False)
        crawl = ["crawl", "--config", str(config), "--db", str(db_path)]
        publish(root, 1000, seed=1)
        assert CliRunner().invoke(cli, [*crawl, "--as-of", "2022-10-20"]).exit_code == 0
        before = (
            sqlite3.connect(db_path)
            .execute("select program_slug, facts from program_versions order by id")
            .fetchall()
        )

        fill(small_disk)
        publish(root, 2000, seed=2)  # new bodies and new facts: both need space
        full = CliRunner().invoke(cli, [*crawl, "--as-of", "2022-10-21"])
        assert full.exit_code == 1, full.output
        message = next(ln for ln in full.output.splitlines() if ln.startswith("Error:"))
        assert "disk is full" in message or "No space left on device" in message, full.output

        conn = sqlite3.connect(db_path)
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        during = conn.execute(
            "select program_slug, facts from program_versions order by id"
        ).fetchall()
        conn.close()
        # SQLite may still reuse free pages inside its own file, so a program
        # can be stored whole before the disk refuses the next one. What must
        # never happen is a lost old version or a new one with wrong facts.
        assert during[: len(before)] == before
        for slug, facts in during[len(before) :]:
            expected = f"{2000 + int(slug[1:])}.00"
            assert json.loads(facts)["prices"][0]["amount"] == expected, (slug, facts)

        (small_disk / "filler").unlink()
        after = CliRunner().invoke(cli, [*crawl, "--as-of", "2022-10-22"])
        assert after.exit_code == 0, after.output
        conn = sqlite3.connect(db_path)
        prices = [
            json.loads(f)["prices"][0]["amount"]
            for (f,) in conn.execute(
                "select facts from program_versions where version = 2 order by program_slug"
            )
        ]
        assert prices == ["2000.00", "2001.00", "2002.00"]
