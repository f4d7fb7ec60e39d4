"""Bad input from the user: one clear line, exit code 2, and nothing changed."""

from __future__ import annotations

import hashlib
import subprocess

import pytest
from click.testing import CliRunner

from tracker.cli.main import cli

GOOD = """programs:
  - slug: nucamp
    provider: Nucamp
    name: Back End
    urls: [https://www.nucamp.co/a]
"""


def with_url(url: str) -> str:
    return GOOD.replace("https://www.nucamp.co/a", url)


CONFIGS = {
    "invalid-yaml": ("programs: [ {", "invalid YAML"),
    "wrong-type": (GOOD.replace("[https://www.nucamp.co/a]", "42"), "Input should be a valid list"),
    "unknown-key": (GOOD + "    colour: red\n", "unknown key 'colour' (known: slug, provider,"),
    "duplicate-slug": (GOOD + GOOD.removeprefix("programs:\n"), "duplicate slug 'nucamp'"),
    "file-url": (with_url("file:///etc/passwd"), "not an http(s) URL"),
    "ftp-url": (with_url("ftp://nucamp.co/"), "not an http(s) URL"),
    "javascript-url": (with_url("'javascript:alert(1)'"),
                       "not an http(s) URL"),
    "localhost": (with_url("http://localhost/x"), "local or private"),
    "private-range": (with_url("http://10.0.0.8/x"),
                      "local or private"),
}  # fmt: skip


def fingerprint(path) -> str | None:
    return hashlib.sha1(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.mark.parametrize("case", CONFIGS, ids=list(CONFIGS))
@pytest.mark.parametrize("command", ["crawl", "programs"])
def test_bad_config(tmp_path, case, command):
    text, message = CONFIGS[case]
    config = tmp_path / "programs.yaml"
    config.write_text(text)
    db_path = tmp_path / "bootwatch.db"
    result = CliRunner().invoke(cli, [command, "--config", str(config), "--db", str(db_path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(config) in lines[0]
    assert not db_path.exists()


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "programs.yaml"
    path.write_text(GOOD)
    return path


def test_database_that_is_not_sqlite(tmp_path, config):
    db_path = tmp_path / "notes.db"
    db_path.write_text("my notes\n" * 500)
    before = fingerprint(db_path)
    result = CliRunner().invoke(cli, ["crawl", "--config", str(config), "--db", str(db_path)])
    assert result.exit_code == 2
    assert "not a usable SQLite database" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert fingerprint(db_path) == before


def test_database_folder_not_writable(tmp_path, config):
    folder = tmp_path / "readonly"
    folder.mkdir()
    # A read-only file system: even root cannot write there (chmod does not stop root).
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                             capture_output=True)  # fmt: skip
    if mounted.returncode != 0:
        folder.chmod(0o555)
    try:
        result = CliRunner().invoke(
            cli, ["crawl", "--config", str(config), "--db", str(folder / "x.db")]
        )
    finally:
        if mounted.returncode == 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    assert result.exit_code == 2, result.output
    assert "cannot create the database: folder is not writable" in result.output


def test_database_missing_folder(tmp_path, config):
    result = CliRunner().invoke(
        cli, ["crawl", "--config", str(config), "--db", str(tmp_path / "no" / "x.db")]
    )
    assert result.exit_code == 2 and "does not exist" in result.output
