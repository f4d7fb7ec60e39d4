"""The files the commands are given: databases they may only read (read-only, empty, of
another schema) and ``-o`` paths they cannot write. Each mistake is one line and exit 2,
and a reading command never creates, migrates or writes a database.

File modes do not stop root, and the tests run as root: :func:`bootwatch` runs the
command in a child without the capabilities that let root pass them, so a 0444 file in
a 0555 folder is as read-only to it as to any user.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.connect import StoreError, open_db, open_db_readonly
from db.migrations import migrations
from tests.helpers import future_schema
from tests.paths import ROOT

ARTICLE = ROOT / "tracker" / "demo" / "sample_site" / "article.md"
PR_CAPBSET_DROP = 24
#: CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER: what lets root ignore file modes.
ROOT_OVERRIDES = (1, 2, 3)


def _drop_root_overrides() -> None:
    """In the child before exec: drop them from the bounding set, so the new program
    starts without them even as uid 0."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in ROOT_OVERRIDES:
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def bootwatch(*args: str | Path) -> subprocess.CompletedProcess:
    """Run ``bootwatch ARGS`` as a process that file modes stop."""
    return subprocess.run(
        [sys.executable, "-m", "tracker", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_drop_root_overrides if _is_root() else None,
        timeout=120,
    )


def _is_root() -> bool:
    return os.geteuid() == 0


@pytest.fixture(scope="module")
def modes_bind(tmp_path_factory) -> None:
    """Skip when even the child can write into a 0555 folder (no way to drop root's
    overrides here, e.g. a container without CAP_SETPCAP)."""
    folder = tmp_path_factory.mktemp("probe")
    folder.chmod(0o555)
    try:
        probe = subprocess.run(
            [sys.executable, "-c", f"open({str(folder / 'x')!r}, 'w')"],
            capture_output=True,
            preexec_fn=_drop_root_overrides if _is_root() else None,
        )
    except subprocess.SubprocessError as exc:
        pytest.skip(f"cannot drop root's file-mode overrides in a child: {exc}")
    finally:
        folder.chmod(0o755)
    if probe.returncode == 0:
        pytest.skip("a 0555 folder does not stop this user: cannot test read-only files")


def sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def one_line_error(result: subprocess.CompletedProcess, text: str, code: int = 2) -> None:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.stderr


@pytest.fixture
def readonly_db(demo_db, tmp_path) -> Path:
    """A copy of the demo's database, mode 0444, in a folder of mode 0555: no -wal or -shm
    beside it, and none can be made."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "bootwatch.db"
    shutil.copyfile(demo_db, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)


def reading_commands(db_path: Path, out: Path) -> dict[str, list]:
    db = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
    body = db.execute("select hash from bodies order by hash limit 1").fetchone()[0]
    db.close()
    return {
        "report": ["report", "--format", "html", "-o", out / "report.html"],
        "show": ["show", "nucamp", "--json"],
        "history": ["history", "nucamp", "prices"],
        "body": ["body", body[:10], "-o", out / "body.html"],
        "audit": ["audit", ARTICLE, "--as-of", "2022-11-07", "-o", out / "audit.md"],
        "programs": ["programs", "--json"],
        "alerts": ["alerts"],
    }


def test_reading_commands_read_a_database_they_cannot_write(modes_bind, readonly_db, tmp_path):
    before = sha1(readonly_db)
    for name, args in reading_commands(readonly_db, tmp_path).items():
        result = bootwatch(*args, "--db", readonly_db)
        assert result.returncode == 0, (name, result.stderr)
    assert '"slug": "nucamp"' in bootwatch("show", "nucamp", "--json", "--db", readonly_db).stdout
    assert (tmp_path / "body.html").read_bytes().lstrip().lower().startswith(b"<!doctype html")
    assert "nucamp" in (tmp_path / "report.html").read_text()
    assert sha1(readonly_db) == before
    assert sorted(p.name for p in readonly_db.parent.iterdir()) == ["bootwatch.db"]
    # The writing commands refuse it, in a line, before anything starts.
    for args in (["diff"], ["crawl", "--program", "nucamp"]):
        one_line_error(bootwatch(*args, "--db", readonly_db), "the database file is not writable")


def test_a_readonly_file_in_a_writable_folder_is_read_too(modes_bind, demo_db, tmp_path):
    path = tmp_path / "bootwatch.db"
    shutil.copyfile(demo_db, path)
    path.chmod(0o444)
    before = sha1(path)
    result = bootwatch("history", "nucamp", "prices", "--db", path)
    assert result.returncode == 0, result.stderr
    assert "$2,105" in result.stdout and sha1(path) == before


@pytest.mark.parametrize("command", ["report", "show", "history", "body", "audit", "programs"])
def test_an_empty_file_is_not_made_into_a_database(tmp_path, command):
    empty = tmp_path / "bootwatch.db"
    empty.touch()
    args = {"report": ["report"], "show": ["show", "nucamp"], "history": ["history", "nucamp"],
            "body": ["body", "0af046a1ab"], "audit": ["audit", ARTICLE],
            "programs": ["programs"]}[command]  # fmt: skip
    one_line_error(bootwatch(*args, "--db", empty), "the file is empty (0 bytes)")
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bootwatch.db"]


def test_crawl_refuses_an_empty_file_too(tmp_path):
    empty = tmp_path / "bootwatch.db"
    empty.touch()
    result = bootwatch("crawl", "--program", "nucamp", "--db", empty)
    one_line_error(result, "delete the empty file")
    assert empty.stat().st_size == 0


def test_reading_never_migrates_an_older_schema(tmp_path):
    path = tmp_path / "bootwatch.db"
    last = migrations._migrations[-1].name
    db = open_db(path, migrate=False)
    migrations.apply(db, stop_before=last)
    db.close()
    before = sha1(path)
    for args in (["report"], ["show", "nucamp"], ["programs"], ["alerts"]):
        result = bootwatch(*args, "--db", path)
        one_line_error(result, "older schema (1 migration pending)")
    assert sha1(path) == before
    # A writing command upgrades it, as it always did.
    assert bootwatch("diff", "--db", path).returncode == 2  # no runs yet, but migrated
    assert not migrations.pending(open_db(path, migrate=False))


def test_every_way_in_refuses_a_newer_schema_and_leaves_it_alone(tmp_path):
    """The one newer-schema test: the store's two ways in, then writing and reading
    commands, each one line with exit 2, and the file not touched by any of them."""
    path = future_schema(tmp_path / "bootwatch.db")
    before = sha1(path)
    for way_in in (open_db, open_db_readonly):
        with pytest.raises(StoreError, match=r"newer schema \(m900_future\); upgrade bootwatch"):
            way_in(path)
    config = tmp_path / "programs.yaml"
    config.write_text(
        "programs:\n- {slug: camp, provider: Camp, name: Backend, urls: [https://camp.example/]}\n"
    )
    commands = (["crawl", "--config", config], ["diff"], ["show", "nucamp"], ["report"],
                ["history", "nucamp"])  # fmt: skip
    for command in commands:
        result = bootwatch(*command, "--db", path)
        one_line_error(result, "newer schema (m900_future); upgrade bootwatch")
    assert sha1(path) == before


def test_reading_refuses_a_foreign_database(tmp_path):
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table notes (text)")
    conn.close()
    before = sha1(other)
    one_line_error(bootwatch("report", "--db", other), "not a bootwatch database")
    assert sha1(other) == before


OUTPUT_COMMANDS = ("report", "body", "audit")


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_output_into_a_missing_folder_or_onto_a_folder(demo_db, tmp_path, command):
    missing = tmp_path / "no" / "such" / "out.txt"
    args = reading_commands(demo_db, tmp_path)[command][:-1]  # all but the -o path
    one_line_error(bootwatch(*args, missing, "--db", demo_db), f"folder {missing.parent} does")
    one_line_error(bootwatch(*args, tmp_path, "--db", demo_db), "is a folder")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_output_that_cannot_be_written(modes_bind, demo_db, tmp_path, command):
    args = reading_commands(demo_db, tmp_path)[command][:-1]
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "old.txt").write_text("kept")
    (locked / "old.txt").chmod(0o444)
    locked.chmod(0o555)
    try:
        result = bootwatch(*args, locked / "new.txt", "--db", demo_db)
        one_line_error(result, f"folder {locked} is not writable")
        one_line_error(
            bootwatch(*args, locked / "old.txt", "--db", demo_db), "file is not writable"
        )
    finally:
        locked.chmod(0o755)
    assert sorted(p.name for p in locked.iterdir()) == ["old.txt"]
    assert (locked / "old.txt").read_text() == "kept"
    # A failure no check foresees, at the write itself: a full disk.
    one_line_error(bootwatch(*args, "/dev/full", "--db", demo_db), "No space left on device")


def test_another_users_live_database_is_read_with_its_wal(modes_bind, demo_db, tmp_path):
    """A writer (the owner's scheduler) has it open: its last commit is only in the -wal,
    and the reader may write none of the three files nor the folder."""
    folder = tmp_path / "live"
    folder.mkdir()
    path = folder / "bootwatch.db"
    shutil.copyfile(demo_db, path)
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")  # the commit stays in the -wal
        writer.execute(
            "insert into outbox (target_id, target, key, kind, title, body, status, attempts,"
            " created_at, next_attempt_at) values ('t', 'json://127.0.0.1/x', 'k', 'digest',"
            " 'only in the wal', 'b', 'pending', 0, '2022-11-07', '2022-11-07')"
        )
        writer.commit()
        for name in ("bootwatch.db", "bootwatch.db-wal", "bootwatch.db-shm"):
            (folder / name).chmod(0o444)
        folder.chmod(0o555)
        result = bootwatch("alerts", "--db", path)
    finally:
        folder.chmod(0o755)
        writer.close()
    assert result.returncode == 0, result.stderr
    assert "pending digest to json://127.0.0.1/x: only in the wal" in result.stdout
