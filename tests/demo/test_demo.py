"""What ``bootwatch demo`` tells a new user to try next."""

from __future__ import annotations

from pathlib import Path


def test_every_next_step_names_the_demo_database(demo_db: Path) -> None:
    """The demo keeps its own database: a follow-up command without --db reads another
    one (bootwatch.db) and shows programs never crawled."""
    printed = demo_db.with_suffix(".txt").read_text()
    for command in ("programs", "show nucamp", "report", "body HASH"):
        assert f"bootwatch {command} --db {demo_db}" in printed, command
